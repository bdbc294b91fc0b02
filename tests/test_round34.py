"""Table-driven tests of the fifth round of 2026-12-04: three more source formats the normaliser reads as their page
shows them (a TOML jobs data file, AsciiDoc source, a forum post's raw BBCode), a slide deck's "Slide N" marks as
part boundaries, pay whose currency stands on a label line or in brackets of its own, a bilingual period line, and
head-block, label and phrasing classes (a town and its state with no comma, a bilingual company label, a shift word
glued to a heading, a requisition number in brackets, a board's "X jobs in Y" search heading). Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor import Extractor
from extractor.evaluation.metrics import organisation_equal
from extractor.normalize import normalize
from tests.rule_helpers import lines_kept, raw_slice

EXTRACTOR = Extractor(use_llm=False)

TOML = '''# careers data for the static site
[site]
company = "Kereru Joinery Limited"

[[jobs]]
slug = "cabinet-maker"
draft = false
title = "Cabinet Maker"
department = "Workshop"
city = "Whanganui"
salary_min = 31
salary_max = 36
salary_currency = "NZD"
salary_period = "per hour"
summary = """
Build kitchens and vanities in our Whanganui workshop.
"""
duties = [
  "Cut and edge panels on the CNC router",  # the main machine
  "Assemble carcasses and fit hardware",
]

[[jobs]]
draft = true
title = "Estimator"
duties = ["TBC"]
'''

ADOC = """= Payroll Analyst
:company: Brightwater Foods
:location: Dundee, Scotland
:toc: left
:revdate: 2026-10-01

[.lead]
Brightwater Foods makes oatcakes.

== What you will do

* Run the monthly payroll for 900 staff
* Reconcile pension deductions

|===
|Grade |Salary
|B4 |£34,000 – £38,000
|===

// internal: check grade with HR
"""

BBCODE = """[b][size=140]Wanted: Tyre Fitter – Ballarat VIC[/size][/b]
[b]Ridgeback Tyres[/b] is a family business with two workshops.

[u]The job[/u]
[list]
[*]Fit and balance car and 4WD tyres
[*]Do wheel alignments
[/list]

[quote="someone"][quote="another"]is it full time?[/quote]what about weekends?[/quote]
Full time, Monday to Friday. Sorry, we can't sponsor at the moment – you'll need full work rights.
"""

READERS = [
    # (id, raw, lines that must be in the normalised text, strings that must not be in it)
    ("toml_first_live_record", TOML,
     ["Company: Kereru Joinery Limited", "Title: Cabinet Maker", "Department: Workshop", "Salary currency: NZD",
      "Duties", "- Cut and edge panels on the CNC router", "- Assemble carcasses and fit hardware",
      "Build kitchens and vanities in our Whanganui workshop."],
     ["Estimator", "TBC", "draft", "slug", "[[jobs]]", "# careers", "the main machine"]),
    ("asciidoc_as_the_page_reads", ADOC,
     ["Payroll Analyst", "Company: Brightwater Foods", "Location: Dundee, Scotland", "What you will do",
      "* Run the monthly payroll for 900 staff"],
     ["= Payroll", ":toc:", "Toc:", "Revdate", "2026-10-01", "[.lead]", "|===", "internal: check"]),
    ("bbcode_post_without_quotes", BBCODE,
     ["Wanted: Tyre Fitter – Ballarat VIC", "Ridgeback Tyres is a family business with two workshops.", "The job",
      "- Fit and balance car and 4WD tyres", "- Do wheel alignments"],
     ["[b]", "[/list]", "[*]", "is it full time", "what about weekends", "[quote"]),
]


@pytest.mark.parametrize("case_id,raw,present,absent", READERS, ids=[c[0] for c in READERS])
def test_source_format_reads_as_its_page(case_id, raw, present, absent):
    doc = normalize(raw)
    lines = [line.strip() for line in doc.text.split("\n")]
    for want in present:
        assert want in lines or (want in doc.text and "\n" not in want), (case_id, want, doc.text)
    for unwanted in absent:
        assert unwanted not in doc.text, (case_id, unwanted, doc.text)


@pytest.mark.parametrize("raw,value", [(TOML, "Kereru Joinery Limited"), (ADOC, "Brightwater Foods"), (BBCODE, "Ridgeback Tyres")])
def test_reader_offsets_slice_the_raw_source(raw, value):
    assert raw_slice(raw, value) == value


@pytest.mark.parametrize("text", [
    "Chef\n\nKey = value pairs are not a data file here.\n[see below]\n",  # one table-like line, no keys
    "= Not a title\n\nJust one equals sign at the top and no AsciiDoc marks.\n",
    "Barista [b]bold[/b] once only\n\nWe pour coffee.\n",
])
def test_other_text_is_left_alone(text):
    assert lines_kept(text) == []


def test_source_readers_fill_the_record():
    toml = EXTRACTOR.extract(TOML)
    assert (toml.title, toml.company, toml.team) == ("Cabinet Maker", "Kereru Joinery Limited", "Workshop")
    assert toml.salary is not None and (toml.salary.min, toml.salary.max, toml.salary.currency, toml.salary.period) == (31, 36, "NZD", "hour")
    adoc = EXTRACTOR.extract(ADOC)
    assert (adoc.title, adoc.company, adoc.date_posted) == ("Payroll Analyst", "Brightwater Foods", None)
    bb = EXTRACTOR.extract(BBCODE)
    assert (bb.title, bb.company, bb.visa_sponsorship) == ("Tyre Fitter", "Ridgeback Tyres", False)


def test_slide_marks_end_the_part_above():
    deck = ("Slide 1\nKOWHAI STUDIOS\nOpen day, 3 March\n\nSlide 2\nAbout us\n• 40 people making mobile games\n\n"
            "Slide 3\nOpen role: Build Engineer\nWhere: Wellington, New Zealand — hybrid\nSalary: NZ$95,000 per year\n\n"
            "Slide 4\nWhat you'll do\n• Keep the CI farm green\n")
    posting = EXTRACTOR.extract(deck)
    assert posting.title == "Build Engineer"
    assert [(loc.city, loc.country) for loc in posting.locations] == [("Wellington", "New Zealand")]


PAY = [
    # (id, pay lines, (min, max, currency, period))
    ("currency_label_line", "Salary from: 9000\nSalary to: 12000\nCurrency: BWP\nPay period: monthly", (9000, 12000, "BWP", "month")),
    ("currency_label_after_the_period", "Salary from: 9000\nSalary to: 12000\nPay period: monthly\nCurrency: BWP", (9000, 12000, "BWP", "month")),
    ("unknown_code_on_the_label_is_no_currency", "Salary: 9000\nCurrency: XYZ", (9000, 9000, None, None)),
    ("code_in_brackets_after_the_sign", "Salary: £31,200 per annum (Falkland Islands pounds, FKP)", (31200, 31200, "FKP", "year")),
    ("code_in_brackets_right_after_the_figure", "Pay: $2,900 (BZD) a month", (2900, 2900, "BZD", "month")),
    ("a_bracket_that_is_no_code", "Salary: $88,000 (OTE)", (88000, 88000, "USD", "year")),
    ("bilingual_period_line", "Salario: $1,900 – $2,300\nmensual / monthly", (1900, 2300, "USD", "month")),
    ("dobras_written_plural", "Local: Príncipe, São Tomé e Príncipe\nRemuneração: 7.000,00 Dbs a 8.500,00 Dbs por mês", (7000, 8500, "STN", "month")),
]


@pytest.mark.parametrize("case_id,lines,expected", PAY, ids=[c[0] for c in PAY])
def test_pay_currency_named_apart(case_id, lines, expected):
    salary = EXTRACTOR.extract("Store Clerk\n\n" + lines + "\n").salary
    assert salary is not None, case_id
    assert (salary.min, salary.max, salary.currency, salary.period) == expected, case_id


VISA = [
    ("cannot_sponsor_at_this_stage", "Sorry, we cannot sponsor at this stage – you will need full working rights.", False),
    ("unable_to_sponsor_for_this_role", "We are unable to sponsor for this role.", False),
    ("sponsor_in_another_sense", "We cannot sponsor community events this year.", None),
    ("named_transitional_visa", "This opening is not open to CW-1 workers.", False),
    ("seasonal_visa_hire", "We hire H-2B workers for the summer season.", True),
    ("wrapped_no_sponsorship", "Local candidates only; no relocation and no\nsponsorship.", False),
]


@pytest.mark.parametrize("case_id,sentence,expected", VISA, ids=[c[0] for c in VISA])
def test_visa_phrasings(case_id, sentence, expected):
    posting = EXTRACTOR.extract("Line Cook\nHarbour Grill\n\nWe need a line cook for our busy kitchen.\n\n" + sentence + "\n\nApply by e-mail.\n")
    assert posting.visa_sponsorship is expected, case_id


HEAD = [
    # (id, posting, title, company)
    ("wanted_label_and_town_state_tail", "Wanted: Tyre Fitter – Ballarat VIC\n\nRidgeback Tyres is a family business.\n",
     "Tyre Fitter", "Ridgeback Tyres"),
    ("help_wanted_label", "Help Wanted: Dishwasher\nRiverside Diner\n\nWe need a dishwasher.\n", "Dishwasher", None),
    ("shift_word_glued_to_the_heading", "Care Assistant - Dementia Unit Nights\nBrookfield Care\n\nShift: Nights (8pm-8am), alternate weekends\n\n"
     "Brookfield Care is a care home.\n", "Care Assistant - Dementia Unit", None),
    ("requisition_number_in_brackets", "Maintenance Planner (2026-30871)\nRequisition ID 2026-30871\n\nWe plan maintenance.\n",
     "Maintenance Planner", None),
    ("a_grade_in_brackets_stays", "Analyst (L3)\n\nGrade: L3\n", "Analyst (L3)", None),
    ("department_line_inside_a_longer_word_below", "Tallowfield\nAccount Manager, Retail\nSales\nRemote - Ireland\n\n"
     "Tallowfield makes candles for 400 shops.\n\n- Log every call in Salesloft\n- Report weekly\n", "Account Manager, Retail", "Tallowfield"),
    ("plural_of_the_line_below_in_the_body", "Sunny Vale Care Home\nCare Assistant\nCork\nFull Time\n\nWe are looking for Care Assistants to join us.\n",
     "Care Assistant", None),
    ("employer_dot_town_and_state", "Bakery Supervisor\nThe Flour Room · Bendigo VIC\nFull time\n\nThe Flour Room bakes sourdough.\n",
     "Bakery Supervisor", "The Flour Room"),
    ("employer_dash_town_with_departement", "Vendeur (H/F)\nBoulangerie du Port — Le Tampon (974)\nCDI\n\nLa Boulangerie du Port recrute.\n",
     "Vendeur (H/F)", "Boulangerie du Port"),
    ("bilingual_company_label", "Job Title: Driver\nOrganization / Organisation: Coastal Relief Trust (CRT)\n\nAbout CRT\nCRT delivers food aid.\n",
     "Driver", "Coastal Relief Trust"),
]


@pytest.mark.parametrize("case_id,posting,title,company", HEAD, ids=[c[0] for c in HEAD])
def test_head_and_labels(case_id, posting, title, company):
    record = EXTRACTOR.extract(posting)
    assert record.title == title, case_id
    if company is not None:
        assert record.company == company, case_id


def test_board_search_heading_is_no_place_of_work():
    page = ("Barista jobs in Geelong VIC\n< Back to results\n\nBarista\nCopper Kettle · Belmont, Geelong VIC\n"
            "$29 an hour\nPart time\n\nCopper Kettle is a café.\n")
    assert [loc.city for loc in EXTRACTOR.extract(page).locations] == ["Belmont"]


@pytest.mark.parametrize("line,team", [
    ("SECTION:   Water Quality Unit", "Water Quality Unit"),
    ("Section: Radiology, Central Hospital", "Radiology, Central Hospital"),
])
def test_section_label_names_the_team(line, team):
    assert EXTRACTOR.extract("Laboratory Technician\nMINISTRY: Ministry of Health\n" + line + "\n\nWe test water.\n").team == team


@pytest.mark.parametrize("sentence,expected", [
    ("The job is based on the farm; there is no remote component.", "onsite"),
    ("A remote component is possible two days a week.", None),
])
def test_no_remote_component(sentence, expected):
    assert EXTRACTOR.extract("Farm Hand\n\nWe need a farm hand.\n" + sentence + "\n").workplace == expected


@pytest.mark.parametrize("line,expected", [
    ("Tipo de contrato: Contrato a termo certo (6 meses)", "temporary"),
    ("Tipo de contrato: Contrato sem termo", None),
])
def test_portuguese_fixed_term(line, expected):
    assert EXTRACTOR.extract("Rececionista\n\n" + line + "\n").employment_type == expected


def test_scorer_drops_the_portuguese_legal_form():
    assert organisation_equal("Atlântico Pescas, Lda.", "Atlântico Pescas")
    assert not organisation_equal("Atlântico Pescas", "Atlântico Frio")


# ---------------------------------------------------------------------------------------- after s32 was opened

TROFF = r""".\" generated from the careers data; do not edit
.TH JOBS 7 "2026-10-02" "Quayside 1.0" "Quayside Careers"
.SH NAME
jobs \- openings at Quayside
.SH POSITION
.TP
.B Title
Embedded Firmware Engineer
.TP
.B Company
Quayside Robotics
.TP
.B Compensation
$120,000 \(en $140,000 base
.SH REQUIREMENTS
.IP \(bu 2
3+ years of C on microcontrollers
.IP \(bu 2
Comfort with oscilloscopes and logic analysers
"""

PYREPR = """>>> pprint(rows[3])
{'_fetched': '2026-10-01T08:00:00Z',
 'company': 'Tamarind Health',
 'description': ('We run eleven clinics.\\n'
                 '\\n'
                 'Requirements\\n'
                 '- Registered nurse licence\\n'
                 '- Two years in primary care'),
 'employment_type': 'PART_TIME',
 'remote': False,
 'title': 'Practice Nurse'}
"""

HR_XML = """<?xml version="1.0" encoding="UTF-8"?>
<PositionOpening xmlns="http://www.hr-xml.org/3">
  <PositionOpeningID>KLT-OPS-0042</PositionOpeningID>
  <PostingRequester><PartyName>Kestrel Logistics</PartyName><OrganizationUnit>Fleet Operations</OrganizationUnit></PostingRequester>
  <PositionProfile>
    <PositionTitle>Fleet Controller</PositionTitle>
    <RemunerationPackage>
      <RangeMinimum currencyID="NZD">64000</RangeMinimum>
      <RangeMaximum currencyID="NZD">71000</RangeMaximum>
      <RemunerationIntervalCode>Annual</RemunerationIntervalCode>
    </RemunerationPackage>
  </PositionProfile>
</PositionOpening>
"""


@pytest.mark.parametrize("raw,present,absent", [
    (TROFF, ["NAME", "Title: Embedded Firmware Engineer", "Company: Quayside Robotics", "Compensation: $120,000 – $140,000 base",
             "- 3+ years of C on microcontrollers"], [".TP", ".B ", "\\(en", ".TH", "do not edit", "2026-10-02"]),
    (PYREPR, ["Company: Tamarind Health", "Description", "We run eleven clinics.", "Requirements", "- Registered nurse licence",
              "Employment type: PART_TIME", "Title: Practice Nurse"], ["_fetched", "\\n", "False", "'title'"]),
])
def test_more_source_formats(raw, present, absent):
    text = normalize(raw).text
    lines = [line.strip() for line in text.split("\n")]
    for want in present:
        assert want in lines, (want, text)
    for unwanted in absent:
        assert unwanted not in text, (unwanted, text)


def test_more_source_formats_fill_the_record():
    man = EXTRACTOR.extract(TROFF)
    assert (man.title, man.company, man.date_posted) == ("Embedded Firmware Engineer", "Quayside Robotics", None)
    assert man.salary is not None and (man.salary.min, man.salary.max) == (120000, 140000)
    rec = EXTRACTOR.extract(PYREPR)
    assert (rec.title, rec.company, rec.employment_type) == ("Practice Nurse", "Tamarind Health", "part_time")
    xml = EXTRACTOR.extract(HR_XML)
    assert (xml.title, xml.company, xml.team, xml.job_id) == ("Fleet Controller", "Kestrel Logistics", "Fleet Operations", "KLT-OPS-0042")
    assert xml.salary is not None and (xml.salary.min, xml.salary.max, xml.salary.currency, xml.salary.period) == (64000, 71000, "NZD", "year")


def test_json_record_has_a_team_key():
    record = ('{"title": "Care Coordinator", "employer": {"name": "Rimu Lodge Trust"}, "department": "Resident Services",\n'
              ' "location": "Nelson", "summary": "Coordinate care for 40 residents."}\n')
    assert EXTRACTOR.extract(record).team == "Resident Services"


def test_json_dump_with_double_quotes_is_no_python_repr():
    dump = '{"title": "Accountant",\n "company": "Kandy Tea Ltd",\n "location": "Kandy",\n "salary": "LKR 150,000 per month",\n "notes": null}\n'
    assert "Title: Accountant" not in normalize(dump).text


@pytest.mark.parametrize("line,expected", [
    ("Ref: SOCI 26/41", "SOCI 26/41"),
    ("VACANCY NOTICE No. HRD 7/2026", "HRD 7/2026"),
    ("Ref: ABC 12345", None),  # a code and a bare number are two tokens
])
def test_code_space_number_over_year_ids(line, expected):
    assert EXTRACTOR.extract("Works Officer\n\n" + line + "\n\nWe maintain roads.\n").job_id == expected


@pytest.mark.parametrize("item,years", [
    ("Demonstrated experience supervising civil or municipal maintenance crews (5 years or more)", 5.0),
    ("Proven experience leading kitchen brigades in busy hotels and resorts (minimum 4 years)", 4.0),
    ("Current licence held by a person aged over (18 years old)", None),
])
def test_bracketed_years_close_an_experience_item(item, years):
    assert EXTRACTOR.extract("Supervisor\n\nEssential criteria:\n· " + item + "\n").min_years_experience == years


@pytest.mark.parametrize("posting,title", [
    ("Class Teacher (Years 3–4) – Harbourview School, Kaikōura\n\nWe teach 80 children.\n", "Class Teacher (Years 3–4)"),
    ("Staff Nurse – Kowhai Hospital, Waimarama Flats\n\nWe care for the district.\n", "Staff Nurse"),
    ("Teacher - Science, Biology\n\nWe teach.\n", "Teacher - Science, Biology"),  # no organisation's noun before the comma
    ("Developer (3-5 years)\n\nWe build apps.\n", "Developer"),
])
def test_heading_tails(posting, title):
    assert EXTRACTOR.extract(posting).title == title


@pytest.mark.parametrize("posting,company,team", [
    ("PORTSIDE HAULAGE COMPANY LIMITED\n        (PHC)\n\nVACANCY: DRIVER\n\nPHC moves containers.\n", "PORTSIDE HAULAGE COMPANY LIMITED", None),
    ("Careers portal\n\nDepartment of Coastal Fisheries\nResearch Officer\nStock Assessment Branch\nLocation: Hobart\n\nWe count fish.\n",
     "Department of Coastal Fisheries", "Stock Assessment Branch"),
    ("Find Jobs   Salaries   Sign In\nWelder   ·   Tulsa, OK   ·   Within 25 miles\n\nPipe Welder\nRedbud Fabrication\nTulsa, OK\n\n"
     "Redbud Fabrication builds tanks.\n", "Redbud Fabrication", None),
])
def test_head_block_employers(posting, company, team):
    record = EXTRACTOR.extract(posting)
    assert record.company == company
    if team is not None:
        assert record.team == team


def test_dollar_of_a_us_territory():
    posting = "Harbor Clerk\nLocation: Hagåtña, Guam\n\nSalary: $31,000 – $36,000 per annum\n\nNot to be confused with Samoa or Fiji.\n"
    salary = EXTRACTOR.extract(posting).salary
    assert salary is not None and salary.currency == "USD"


def test_plus_super_names_a_salary():
    salary = EXTRACTOR.extract("Site Supervisor\nLocation: Townsville QLD\n\n$118,000 – $126,000\n+ super + vehicle\n").salary
    assert salary is not None and (salary.currency, salary.period) == ("AUD", "year")


@pytest.mark.parametrize("sentence,expected", [
    ("Candidates must have the right to work in the UK; we are unable to offer sponsorship.", False),
    ("We offer sponsorship of local sports teams.", None),
])
def test_offer_sponsorship(sentence, expected):
    posting = "Field Sales Executive\nBrightline Print\n\nWe sell print.\n\n" + sentence + "\n"
    assert EXTRACTOR.extract(posting).visa_sponsorship is expected


@pytest.mark.parametrize("line,places", [
    ("Location: ACT - Canberra", [("Canberra", "Australian Capital Territory", "Australia")]),
    ("Location: QLD – Brisbane, VIC - Melbourne", [("Brisbane", "Queensland", "Australia"), ("Melbourne", "Victoria", "Australia")]),
    ("Location: Leeds - Manchester", [("Leeds", None, None), ("Manchester", None, None)]),  # two towns, no region first
])
def test_region_first_then_its_town(line, places):
    found = EXTRACTOR.extract("Policy Officer\n" + line + "\n\nWe write policy.\n").locations
    assert [(loc.city, loc.region, loc.country) for loc in found] == places


def test_hours_period_is_not_the_pay_period():
    salary = EXTRACTOR.extract("Coordinator\n\nPart-time (30 hours per week) · $61,000–$66,000 pro rata\n").salary
    assert salary is not None and salary.period != "week"
    weekly = EXTRACTOR.extract("Coordinator\n\nWeekly pay $900\n").salary
    assert weekly is not None and weekly.period == "week"


LABEL_TABLE = ("<html><body><p>A role for you</p><table>"
               "<tr><td><b>Role</b></td><td>Dental Nurse – Orthodontics</td></tr>"
               "<tr><td><strong>Employer:</strong></td><td>Kauri Dental Group</td></tr>"
               "<tr><td>Pay</td><td>NZ$31 – NZ$35 per hour</td></tr></table>"
               "<table><tr><td>SRE II</td><td>$148,000</td><td>RSUs</td></tr></table>"
               "<p>About the role</p><p>You will support four orthodontists.</p></body></html>")


def test_html_label_cells_head_their_values():
    text = normalize(LABEL_TABLE).text
    assert "Role\nDental Nurse – Orthodontics" in text and "Employer:\nKauri Dental Group" in text
    assert "SRE II $148,000 RSUs" in text  # a row of three cells is data: its short first cell is no label
    record = EXTRACTOR.extract(LABEL_TABLE)
    assert (record.title, record.company) == ("Dental Nurse – Orthodontics", "Kauri Dental Group")
