"""Table-driven tests of the first round of 2026-12-05: records printed by a language's default string form (Kotlin
or Lombok toString, Go's %+v), bilingual labels with the English name beside the local one, a printed form's check
boxes, SSML speech markup, and the field classes the s39 blind batch missed (a firm's name and tagline over its menu,
schedule tails, a US territory's postal code, a public body's unit, an acronym the letterhead spells out, a period
label on the line after a figure). Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from tests.rule_helpers import extracted_field, places, raw_slice


def _posting(head: str, body: str = "About the role\nWe are looking for someone to join our busy team.\n") -> str:
    return head + "\n\n" + body


KOTLIN_TO_STRING = (
    "03-01 10:00:00.100  812  830 D JobsRepo: loaded JobAd(id=5512, reference=KT-HOB-77, title=Line Cook (Casual), "
    "employer=Employer(name=Salamanca Wharf Kitchen, abn=null), location=Location(suburb=Battery Point, state=TAS, postcode=7004, "
    "country=Australia), hoursPerWeek=null, summary=We cook for a busy waterfront dining room., duties=[Prepare the grill station, "
    "Keep the cool room in order], isSaved=false)\n"
    "03-01 10:00:00.200  812  812 D DetailVm: state=Loaded(job=5512)\n"
)

GO_PRINTF = (
    "2026/03/01 10:00:00 ingest.go:12: parsed: &{ID:41 Ref:GO-PLM-09 Title:Plumber Company:Harbourline Services Ltd "
    "Department:Field Maintenance Location:{City:Halifax Province:NS Country:Canada} HoursPerWeek:37.5 "
    "Pay:{Min:31 Max:36.5 Currency:CAD Unit:HOUR} Remote:false}\n"
    "2026/03/01 10:00:01 ingest.go:30: done\n"
)

FAROESE_LABELS = _posting(
    "Tannlækni / Dentist\n"
    "Arbeiðsgevari (Employer): Suðuroyar kommuna\n"
    "Stað (Place of work): Tvøroyri, Føroyar / Faroe Islands\n"
    "Lýst (Published): 04.02.2026\n"
    "Starvsnr. (Ref.): SK-TAN-2026-3"
)

CJK_LABELS = _posting(
    "ORCHID HARBOUR HOTEL · 蘭港酒店\n\n"
    "職位 Job Title: 前台接待員 Front Desk Agent\n"
    "地點 Local / Location: Taipa, Macao\n"
    "職位編號 Ref. No.: FO-FDA-0203\n"
    "發佈日期 Data de publicação / Posted: 2026-02-03"
)

CHECKBOX_FORM = _posting(
    "RIVERBEND COUNTY SCHOOLS — CLASSIFIED POSTING\n"
    "Position Title: Library Aide\n"
    "Employment Status:   [ ] Full-time   [x] Part-time   [ ] Temporary\n"
    "Workplace:   ☐ Remote   ☒ On-site"
)

SSML = """<?xml version="1.0" encoding="UTF-8"?>
<speak version="1.0" xml:lang="en-GB">
  <p>
    <s>Ferncliff Buses is hiring part-time drivers in Exeter.</s>
    <s>The pay is <say-as interpret-as="currency">£14.80</say-as> an hour.</s>
  </p>
</speak>
"""

READERS = [
    ("kotlin_title", KOTLIN_TO_STRING, "title", "Line Cook"),
    ("kotlin_employer_name_under_its_parent", KOTLIN_TO_STRING, "company", "Salamanca Wharf Kitchen"),
    ("kotlin_reference_not_the_row_id", KOTLIN_TO_STRING, "job_id", "KT-HOB-77"),
    ("kotlin_place_record_as_one_line", KOTLIN_TO_STRING, "locations", [{"city": "Battery Point", "region": "Tasmania", "country": "Australia"}]),
    ("go_company", GO_PRINTF, "company", "Harbourline Services Ltd"),
    ("go_team", GO_PRINTF, "team", "Field Maintenance"),
    ("go_hours", GO_PRINTF, "weekly_hours", 37.5),
    ("go_pay_record", GO_PRINTF, "salary", {"min": 31.0, "max": 36.5, "currency": "CAD", "period": "hour"}),
    ("go_place", GO_PRINTF, "locations", [{"city": "Halifax", "region": "Nova Scotia", "country": "Canada"}]),
    ("faroese_bracketed_english_labels_id", FAROESE_LABELS, "job_id", "SK-TAN-2026-3"),
    ("faroese_bracketed_english_labels_date", FAROESE_LABELS, "date_posted", "2026-02-04"),
    ("faroese_endonym_country", FAROESE_LABELS, "locations", [{"city": "Tvøroyri", "region": None, "country": "Faroe Islands"}]),
    ("cjk_label_before_english_title", CJK_LABELS, "title", "前台接待員 Front Desk Agent"),
    ("cjk_label_before_english_id", CJK_LABELS, "job_id", "FO-FDA-0203"),
    ("cjk_and_portuguese_before_english_date", CJK_LABELS, "date_posted", "2026-02-03"),
    ("checkbox_ticked_status_only", CHECKBOX_FORM, "employment_type", "part_time"),
    ("checkbox_ticked_workplace_only", CHECKBOX_FORM, "workplace", "onsite"),
    ("ssml_say_as_inline_in_its_sentence", SSML, "salary", {"min": 14.8, "max": 14.8, "currency": "GBP", "period": "hour"}),
]

FIELDS = [
    ("brand_and_tagline_over_menu_no_title", _posting(
        "HARBOUR TALENT PARTNERS\nMalta's specialist recruiter for finance and gaming\nHome | Jobs | Candidates | Clients | Contact\n\n"
        "Jobs > Finance\n\nFund Accountant\nLocation: Sliema\nJob type: Permanent"), "title", "Fund Accountant"),
    ("schedule_tail_home_weekends", _posting("Regional Tanker Driver (Home Weekends)\nLocation: Macon, GA"), "title", "Regional Tanker Driver"),
    ("schedule_tail_holiday_cover", _posting("Shop Assistant – Christmas Cover\nLocation: Galway"), "title", "Shop Assistant"),
    ("department_agency_label_company", _posting(
        "VACANCY ANNOUNCEMENT\nPOSITION TITLE: Meter Reader\nDEPARTMENT/AGENCY: Department of Utilities, Billing Division\nLocation: Hagåtña, Guam"),
     "company", "Department of Utilities"),
    ("department_agency_label_team", _posting(
        "VACANCY ANNOUNCEMENT\nPOSITION TITLE: Meter Reader\nDEPARTMENT/AGENCY: Department of Utilities, Billing Division\nLocation: Hagåtña, Guam"),
     "team", "Billing Division"),
    ("acronym_spelled_out_on_the_letterhead", (
        "Highland Rural Health Network (HRHN)\nVACANCY NOTICE\n\nPosition: Community Nurse\nDuty station: Naryn, Kyrgyzstan\n\n"
        "About HRHN\nHRHN is a public foundation running village clinics since 2011.\n"), "company", "Highland Rural Health Network"),
    ("card_job_before_a_legal_name_without_facts", _posting(
        "pracuj.pl\nOferty pracy  Pracodawcy\n\nMagazynier | Odra Chłodnie Sp. z o.o. | O firmie"), "title", "Magazynier"),
    ("card_legal_name_is_the_company", _posting(
        "pracuj.pl\nOferty pracy  Pracodawcy\n\nMagazynier | Odra Chłodnie Sp. z o.o. | O firmie"), "company", "Odra Chłodnie Sp. z o.o."),
    ("card_lower_case_occupation_first", _posting(
        "Job Bank\n\nbaker · Tidewater Bread Company · Posted on March 3, 2026 by employer"), "title", "baker"),
    ("period_label_on_the_line_after_a_figure", _posting(
        "Pastry Cook\nLocation: Taipa, Macao\nRef.: PC-2026-07\nMonthly salary: MOP 16,000 – 19,000"),
     "salary", {"min": 16000.0, "max": 19000.0, "currency": "MOP", "period": "month"}),
    ("related_jobs_with_a_lead_are_other_postings", _posting(
        "Line Cook\nLocation: Truro (NS)",
        "We cook breakfast and lunch.\n\nHere are some related jobs\nCook - Antigonish (NS)   Dishwasher - Yarmouth (NS)\n"),
     "locations", [{"city": "Truro", "region": "Nova Scotia", "country": "Canada"}]),
]

PLACES = [
    ("us_territory_postal_code", "Office: Capitol Hill, Saipan, MP 96950\n", [("Saipan", None, "Northern Mariana Islands")]),
    ("capital_written_with_its_accents", "Place of work: Tórshavn, Faroe Islands\n", [("Tórshavn", None, "Faroe Islands")]),
    ("city_without_transliteration_accents", "Location: Aksehir, Turkey\n", [("Aksehir", None, "Turkey")]),
]


def test_a_town_spelled_without_accents_is_no_place_alone():
    from extractor.rules.location import gazetteer

    assert gazetteer().knows("Aksehir") is False  # (a brand may share the spelling: "Quillon" is Quillón, Chile)
    assert gazetteer().knows("Akşehir") is True


def test_azerbaijani_legal_form_is_ignored_by_the_company_scorer():
    from extractor.evaluation.metrics import compare_field

    assert compare_field("company", "Kura Freight", "Kura Freight MMC").score == 1.0


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS, ids=[c[0] for c in READERS + FIELDS])
def test_field_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


@pytest.mark.parametrize("case_id,text,expected", PLACES, ids=[c[0] for c in PLACES])
def test_place_classes(case_id, text, expected):
    assert places(text) == expected


def test_inline_record_values_map_back_to_the_raw_text():
    doc = normalize(KOTLIN_TO_STRING)
    assert "Title: Line Cook (Casual)\n" in doc.text
    assert "Location: Battery Point, TAS, 7004, Australia\n" in doc.text
    assert "Duties\n- Prepare the grill station\n- Keep the cool room in order\n" in doc.text
    assert raw_slice(KOTLIN_TO_STRING, "Keep the cool room in order") == "Keep the cool room in order"
    assert "Is saved" not in doc.text  # a nothing-value
    assert "D DetailVm: state=Loaded(job=5512)" in doc.text  # the log after the record is kept as it is


def test_translated_labels_leave_a_cjk_label_before_a_slash():
    doc = normalize("職種 / Position: バックエンドエンジニア Backend Engineer\n勤務地 / Location: Tokyo\n求人番号 / Job No.: X-1\n掲載日 / Posted: 2026-01-01\n")
    assert doc.text.startswith("職種 / Position:")


@pytest.mark.parametrize("text", [
    "- [ ] Send the contract\n- [x] Book the interview\n",  # a checklist of one box a line
    "Workplace: ☐ Remote ☐ Hybrid ☐ On-site\n",  # nothing ticked
])
def test_other_check_boxes_are_kept(text):
    assert normalize(text).text.strip() == text.strip()


@pytest.mark.parametrize("heading,kind", [
    ("Krav / What we ask", "minimum_qualifications"),
    ("Opgaver / Tasks", "responsibilities"),
    ("Vi tilbyder / We offer", "benefits"),
    ("Main duties 主要職責", "responsibilities"),
    ("職位要求 Requirements", "minimum_qualifications"),
    ("Criteria Essential / Desirable", None),  # a table's header row of two English headings
])
def test_bilingual_headings(heading, kind):
    from extractor.sections import kind_of_heading

    assert kind_of_heading(heading) == kind


def test_a_checklist_of_one_box_a_line_keeps_the_ticked_items():
    text = ("DUTIES (check all that apply):\n☒ Prepares food\n☐ Drives a district van\n☒ Washes dishes\n\n"
            "Acceptance criteria\n  [x] Pay band approved\n  [ ] Posted on the careers site\n")
    out = normalize(text).text
    assert "• Prepares food\n• Washes dishes\n" in out
    assert "Drives a district van" not in out
    assert "[ ] Posted on the careers site" in out  # a task list's to-do stays as written


MONGOSH = """careers> db.postings.findOne({ req: 'PH-1' })
{
  req: 'PH-2026-0917',
  title: 'Pharmacy Technician',
  workplaceType: 'on-site',
  employer: { name: 'Scioto Pharmacy', type: 'independent' },
  location: { city: 'Columbus', state: 'OH', zip: '43206' },
  description: 'We fill prescriptions.\\n' +
    '\\n' +
    'Responsibilities:\\n' +
    '- Count and label prescriptions\\n' +
    '- Manage the weekly order',
  hoursPerWeek: 24,
}
"""


def test_mongosh_text_built_by_plus_and_one_line_records():
    out = normalize(MONGOSH).text
    assert "Employer: Scioto Pharmacy\n" in out
    assert "Location: Columbus, OH\n" in out
    assert "Responsibilities:\n- Count and label prescriptions\n- Manage the weekly order" in out
    assert extracted_field(MONGOSH, "responsibilities") == ["Count and label prescriptions", "Manage the weekly order"]


def test_a_forms_value_under_its_label_is_no_heading():
    from extractor.sections import form_kind

    assert form_kind("Not Required") is None  # USAJOBS' "Security clearance" / "Not Required"
    assert form_kind("Nice To Have Not Required") == "preferred_qualifications"
