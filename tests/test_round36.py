"""Table-driven tests of the seventh round of 2026-12-04: a board's card written on one line ("Title · Company ·
Posted …", "Title • Company: X • Location: Y"), its place parts ("US, GA, Atlanta", "Fitzroy VIC 3065", "US-OH-Dayton"),
a type with its term in brackets, and an agency's "What you need to do now" closing. Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor import Extractor
from extractor.normalize import normalize
from extractor.sections import classify_line
from tests.rule_helpers import extracted_field, places, raw_slice

EXTRACTOR = Extractor(use_llm=False)


def _posting(head: str, body: str = "About the role\nWe are looking for someone to join our busy team.\n") -> str:
    return head + "\n\n" + body


CARDS = [
    # (case, text, field, expected)
    ("card_company_before_date", _posting("Job Bank\n\nCook · Harbour Light Kitchen · Posted on April 9, 2025 by employer"),
     "company", "Harbour Light Kitchen"),
    ("card_company_before_label", _posting("Trade Me Jobs\n\nHead Barista • Laneway Coffee Co. • Listed: Wed, 12 Mar • Pay: $28 - $31 per hour"),
     "company", "Laneway Coffee Co."),
    ("card_agency_with_job_noun", _posting("Data Analyst · Office of Water Statistics Agency · Job number: WS/2025/0112 · Location: Canberra ACT"),
     "company", "Office of Water Statistics Agency"),
    ("card_partners_before_place", _posting("Senior Nurse | Mercy Coast Health Partners | Galway, Ireland | 2 days ago"),
     "company", "Mercy Coast Health Partners"),
    ("card_labelled_title", _posting("Job Title: Marine Diesel Mechanic · Employer: Reefside Marine Services Ltd. · Location: George Town, Grand Cayman"),
     "title", "Marine Diesel Mechanic"),
    ("card_labelled_company", _posting("Payroll Officer • Company: Lagoon Outsourcing Ltd • Location: Ebène • Contract: Permanent"),
     "company", "Lagoon Outsourcing Ltd"),
    ("card_labelled_team", _posting("Position: Fraud Analyst · Business Unit: Retail Fraud · Ref No: INT-2026-118 · Closing date: 4 December 2026"),
     "team", "Retail Fraud"),
    ("contract_term_in_brackets", _posting("Travel RN - Days\nPhoenix, AZ\nJob ID: 48213   |   Posted: 11/16/2026   |   Contract (13 weeks)"),
     "employment_type", "contract"),
    ("hours_in_brackets_leave_the_term", _posting("Research Engineer\nFull-time (39.8 hours/week), fixed-term until 31.12.2029"),
     "employment_type", "temporary"),
]


@pytest.mark.parametrize("case_id,text,field,expected", CARDS, ids=[c[0] for c in CARDS])
def test_card_lines(case_id, text, field, expected):
    value = extracted_field(text, field)
    assert value == expected, (case_id, value)


PLACES = [
    ("country_first_part", _posting("Mid-Senior .NET Developer · US, GA, Atlanta"), [("Atlanta", "Georgia", "United States")]),
    ("country_first_region_part", _posting("Field Services Supervisor • US, WI, Western Wisconsin"), [(None, "Wisconsin", "United States")]),
    ("hyphen_codes_part", _posting("Maintenance Technician II · Job Locations US-OH-Dayton · ID 2025-4471"), [("Dayton", "Ohio", "United States")]),
    ("town_state_postcode_part", _posting("Youth Outreach Worker · Northside Youth Collective · Fitzroy VIC 3065 · Part Time"),
     [("Fitzroy", "Victoria", "Australia")]),
    ("labelled_place_part", _posting("Payroll Officer • Company: Lagoon Outsourcing Ltd • Location: Ebène • Contract: Permanent"),
     [("Ebène", None, None)]),
]


@pytest.mark.parametrize("case_id,text,expected", PLACES, ids=[c[0] for c in PLACES])
def test_card_place_parts(case_id, text, expected):
    assert places(text) == expected


def test_fact_row_becomes_lines_mapped_to_the_raw_text():
    raw = "Head Chef • Location: Leeds • Salary: £38,000 • Contract: Permanent\n\nWe cook."
    doc = normalize(raw)
    assert "Head Chef\nLocation: Leeds\nSalary: £38,000\nContract: Permanent" in doc.text
    assert raw_slice(raw, "Salary: £38,000") == "Salary: £38,000"


@pytest.mark.parametrize("line", [
    "Python | Django | PostgreSQL",                            # no labels: a skills row
    "Location: Leeds | hybrid",                                # one label only
    "| Location: Leeds | Salary: £38,000 |",                   # a table row
    "Note: " + "x" * 300 + " · Pay: £1 · Hours: 40 · " + "y" * 200,  # a page glued into one line, not a card
])
def test_other_rows_stay_one_line(line):
    assert line in normalize(line + "\n\nWe cook.").text


@pytest.mark.parametrize("line,kind", [("What you need to do now", "other"), ("What you need", "minimum_qualifications")])
def test_an_agency_closing_is_no_requirements_heading(line, kind):
    head = classify_line(line, 0, "If you're interested, send us your CV.")
    assert head is not None and head.kind == kind


@pytest.mark.parametrize("line,expected", [
    ("Remote: Yes", "remote"),
    ("Remote | Yes", "remote"),
    ("Remote | No", None),      # a table row flattened: the answer is no
    ("Remote\tNo", None),
    ("Remote", "remote"),
])
def test_a_remote_field_and_its_answer(line, expected):
    text = _posting(f"Dental Receptionist\nLocation: Ballarat VIC\n{line}")
    assert EXTRACTOR.extract(text).workplace == expected


FIELDS = [
    ("translated_title_label", _posting("Ажлын байрны зар / VACANCY ANNOUNCEMENT\nАлбан тушаал / Position: Rangeland Officer\nЗар нийтэлсэн / Posted: 2026.11.28"),
     "title", "Rangeland Officer"),
    ("translated_location_label", _posting("Protection Officer\nLocation / شوێن: Duhok, with regular travel to camps"),
     "locations", [{"city": "Duhok", "region": None, "country": None}]),
    ("hyphen_codes_label_at_the_foot", _posting("Registered Nurse", "About the role\nWe need a nurse.\n\n" + "Our ward is busy.\n" * 30 + "Primary Location: US-OH-Dayton\n"),
     "locations", [{"city": "Dayton", "region": "Ohio", "country": "United States"}]),
    ("taleo_heading_number", _posting("Registered Nurse (RN) - Medical/Surgical - Nights -(26004317)\nValley Health"), "job_id", "26004317"),
    ("a_year_in_brackets_is_no_id", _posting("Graduate Programme (2026)\nValley Health"), "job_id", None),
    ("logo_link_text", _posting("Kōtare Software home page\nCustomer Success Manager\nAuckland, New Zealand / Permanent",
                                "Kōtare Software makes rostering software for cafés.\n\nWhat you will do\n- Run onboarding\n"), "company", "Kōtare Software"),
    ("dashed_pay_scale_step", _posting("Assistant Engineer\nPay Scale: Nu. 20,540 - 410 - 26,690 per month"),
     "salary", {"min": 20540.0, "max": 26690.0, "currency": "BTN", "period": "month"}),
    ("dashed_range_no_step", _posting("Analyst\nSalary: $50,000 - $60,000 per year"),
     "salary", {"min": 50000.0, "max": 60000.0, "currency": "USD", "period": "year"}),
]


@pytest.mark.parametrize("case_id,text,field,expected", FIELDS, ids=[c[0] for c in FIELDS])
def test_field_classes(case_id, text, field, expected):
    value = extracted_field(text, field)
    assert value == expected, (case_id, value)


@pytest.mark.parametrize("line,kind", [
    ("What your week looks like", "responsibilities"),
    ("Typical duties", "responsibilities"),
    ("Supplemental Information", "other"),
    ("Meet the hiring team", "other"),
])
def test_board_headings(line, kind):
    head = classify_line(line, 0, "- Run the weekly review")
    assert head is not None and head.kind == kind


def test_a_chips_row_is_no_heading():
    assert classify_line("Skills: Digital Marketing, Email Marketing, +8 more", 0, "See how you compare") is None


def test_a_spanish_limited_company_form_is_ignored_by_the_scorer():
    from extractor.evaluation.metrics import organisation_equal

    assert organisation_equal("Honducall Solutions S. de R.L.", "Honducall Solutions")
    assert organisation_equal("Acme S. de R.L. de C.V.", "Acme")


PERL_DUMP = """$VAR1 = {
  'advert' => {
    'duties' => [
      'Issue and return books at the counter',
      'Run weekly story sessions for under-fives'
    ],
    'salary_text' => 'Grade C1/C2, pro rata',
  },
  'job_ref' => 'CHE-LIB-0429',
  'hours' => 22.2,
  'organisation' => 'Riverside City Council',
  'title' => 'Library Assistant'
};
"""


def test_a_perl_hash_dump_reads_as_its_page():
    text = normalize(PERL_DUMP).text
    assert "Duties\n- Issue and return books at the counter\n- Run weekly story sessions for under-fives" in text
    assert "Title: Library Assistant" in text and "Job ref: CHE-LIB-0429" in text and "Hours: 22.2" in text
    assert "=>" not in text and "$VAR1" not in text
    assert raw_slice(PERL_DUMP, "Riverside City Council") == "Riverside City Council"
    record = EXTRACTOR.extract(PERL_DUMP)
    assert (record.title, record.company, record.job_id) == ("Library Assistant", "Riverside City Council", "CHE-LIB-0429")


OUTLINE = """title:: Job - ECE Fernwood
status:: [[to-post]]
created:: [[Dec 1st, 2026]]

- ## Draft ad
	- Location:: 1280 Gladstone Ave, Victoria, BC
	- ### What you'll do
		- Plan play-based activities for the preschool room
		- Build warm relationships with families
	- ### What you need
		- Valid BC ECE Certificate
"""


def test_an_outliner_page_reads_as_its_page():
    text = normalize(OUTLINE).text
    assert "\nWhat you'll do\n" in text and "#" not in text and "Location: 1280 Gladstone Ave" in text
    record = EXTRACTOR.extract(OUTLINE)
    assert record.responsibilities == ["Plan play-based activities for the preschool room", "Build warm relationships with families"]
    assert record.minimum_qualifications == ["Valid BC ECE Certificate"]
    assert [(p.city, p.region, p.country) for p in record.locations] == [("Victoria", "British Columbia", "Canada")]


def test_plain_text_with_one_property_is_left_alone():
    text = "Note:: bring your CV\n\nWe are hiring a cook.\n- Prep vegetables\n"
    assert normalize(text).text.startswith("Note:: bring your CV")


VCARD = """BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Harbour Lane Dental
ORG:Harbour Lane Dental
ADR;TYPE=work:;;14 Harbour Lane;Cork;;T23 KX80;Ireland
TEL;TYPE=work,voice;VALUE=uri:tel:+353-21-430-0000
NOTE:VACANCY - Dental Receptionist (Part-Time)\\n\\nHarbour Lane Dental is a busy
  family practice.\\n\\nThe role:\\n- Greet patients\\n- Book appointments
  in the practice system\\n\\nPay: €15.50 - €17.00 per hour
X-JOB-REF:HLD-REC-1226
END:VCARD
"""


def test_a_vcard_note_reads_as_its_page():
    text = normalize(VCARD).text
    assert "Work address: 14 Harbour Lane, Cork, T23 KX80, Ireland" in text and "Job ref: HLD-REC-1226" in text
    assert "- Book appointments in the practice system" in text and "TEL" not in text
    assert raw_slice(VCARD, "T23 KX80") == "T23 KX80"
    record = EXTRACTOR.extract(VCARD)
    assert (record.title, record.company, record.job_id) == ("Dental Receptionist", "Harbour Lane Dental", "HLD-REC-1226")
    assert [(p.city, p.country) for p in record.locations] == [("Cork", "Ireland")]
    assert record.responsibilities == ["Greet patients", "Book appointments in the practice system"]


TICKET = """Riverbend Valley CU / People Operations / Boards / Work Items

USER STORY 48213
Post req: analyst opening (hybrid)
State: Active       Tags: requisition; posting-ready

Description
Please post the approved ad below to the careers site. Hiring manager: Priya N.

Data Analyst II – Member Insights
Riverbend Valley Credit Union
Sacramento, CA (hybrid: Tuesday–Thursday in the office)
Full-time | Exempt

Riverbend Valley Credit Union serves 210,000 members across Northern California.

What you'll do
* Build and maintain Power BI dashboards
"""


def test_a_posting_wrapped_in_a_ticket_gives_its_own_head():
    record = EXTRACTOR.extract(TICKET)
    assert (record.title, record.company) == ("Data Analyst II – Member Insights", "Riverbend Valley Credit Union")


def test_a_search_results_card_is_no_header_title():
    text = ("Jora   Find jobs   Salary guide   Sign in\nSearch: \"diesel fitter\" in All Western Australia\n\n"
            "Heavy Diesel Fitter · FIFO 2:1 · Ironbark Mining · Newman WA · 4d ago\n"
            "Mechanical Fitter – Shutdowns · Kwinana WA · $55 an hour · 2d ago\n\n"
            "Heavy Diesel Fitter – FIFO 2:1 Roster\nIronbark Mining\nNewman WA\nFull time\n\n"
            "Job description\nIronbark Mining maintains haul fleets.\n")
    assert EXTRACTOR.extract(text).title != "Mechanical Fitter – Shutdowns"


def test_search_results_above_the_ad_are_the_sites_lines():
    text = ("totaljobs\nJobs  Salary checker  Sign in\n\n"
            "Your search: \"class 1 driver\" near NN11 · 214 jobs\n"
            "Class 1 Night Trunker · Hartwell Haulage Ltd · Daventry · Posted 3 days ago · £16.50 per hour\n"
            "Class 2 Multidrop Driver · Nene Valley Logistics · Northampton · Posted 1 week ago\n\n"
            "Class 1 Night Trunker\nHartwell Haulage Ltd\nDaventry, Northamptonshire\nPermanent\n\n"
            "Job description\nHartwell Haulage runs night trunks from DIRFT.\n")
    record = EXTRACTOR.extract(text)
    assert record.title == "Class 1 Night Trunker"
    assert record.company != "Class 1 Night Trunker"
