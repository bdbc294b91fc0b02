"""Table-driven tests of the second round of 2026-12-05: EDN maps, R and MATLAB sessions and Texinfo sources read as
pages, lines of a notice written twice (a non-Latin script, then English after a slash), and the field classes the
s40 and s41 blind batches missed (Taleo's heading under "Job Description" and over its details rows, its "Job:"
family, a requisition number glued to the heading, a standard's number, a learning stipend, a similar-jobs heading
with a verb, a province known only as a town, "1 (one) year", a fixed term as a label, a record's remote flag set
false, "Hours: 37.5"). Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from tests.rule_helpers import extracted_field, places, raw_slice


def _posting(head: str, body: str = "About the role\nWe are looking for someone to join our busy team.\n") -> str:
    return head + "\n\n" + body


EDN = """;; fixtures/jobs/baker.edn
;; exported by the ATS -- do not edit
{:job/id       "HB-BAK-0071"
 :job/title    "Artisan Baker"
 :job/employer {:org/name "Harbour Bread Co" :org/abn "11 222 333 444"}
 :job/location {:loc/city "Fremantle" :loc/state "WA" :loc/country "Australia"}
 :job/type     #{:type/full-time}
 :job/hours    38
 :job/pay      {:pay/currency "AUD" :pay/min 31M :pay/max 34M :pay/period :hour}
 #_:job/visa   #_true
 ;; :job/bonus  {:min 1 :max 2}
 :job/closed   nil
 :job/duties   ["Shape and bake sourdough loaves"
                "Keep the ovens and mixers clean"]
 :job/body
 "We bake for six cafes.

Hours start at 4am."}
"""

R_SESSION = """> job <- jsonlite::fromJSON("jobs/bus_driver.json")
> str(job)
List of 7
 $ ref       : chr "MT-BUS-204"
 $ title     : chr "Bus Driver (Part Time)"
 $ employer  : chr "Marlow Transit"
 $ site      :'data.frame':	1 obs. of  3 variables:
  ..$ city    : chr "Hamilton"
  ..$ region  : chr "Waikato"
  ..$ country : chr "New Zealand"
 $ intro     : chr "Marlow Transit runs the city's buses and is looking for part-time drivers to cover the"| __truncated__
 $ duties    : chr [1:2] "Drive scheduled routes safely and on time" "Help passengers with mobility aids"
 $ pay       :List of 3
> job$pay
$min
[1] 27.5

$max
[1] 29.1

$per
[1] "hour"

> cat(job$intro)
Marlow Transit runs the city's buses and is looking for part-time drivers to cover the weekday peaks.
> length(job$duties)
[1] 2
"""

MATLAB_SESSION = """>> job = jsondecode(fileread('exports/W-0042.json'))

job = 

  struct with fields:

         jobId: 'W-0042'
         title: 'Welder (m/f/d)'
       company: 'Elbe Stahlbau GmbH'
    department: 'Fabrication'
      location: [1×1 struct]
   hourlyRate: 21.5
      currency: 'EUR'
   description: '1×120 char'
         tasks: {2×1 cell}

>> job.location

ans = 

  struct with fields:

       city: 'Magdeburg'
    country: 'Germany'
     remote: 'no'

>> disp(job.description)
Elbe Stahlbau builds steel bridges. We need a welder for our hall in Magdeburg, on site, 40 hours per week.

>> job.tasks

ans =

  2×1 cell array

    {'Weld steel girders to drawing (MAG, 135/136)'}
    {'Check your seams and the team's fit-ups'      }
"""

TEXINFO = r"""\input texinfo   @c -*-texinfo-*-
@setfilename vacancy-cook.info
@settitle Cook (Breakfast) -- Vacancy 12
@set VACANCY 2026-12
@set CLOSES March 20, 2026

@titlepage
@title Cook (Breakfast)
@subtitle Ridgeview Care Home, Dubuque, Iowa
@end titlepage

@node Top
@top Cook (Breakfast)

Ridgeview Care Home is hiring a breakfast cook for its kitchen.

@table @asis
@item Department
Dietary Services
@item Closing date
@value{CLOSES}
@end table

@menu
* Duties::   What the cook does.
@end menu

@node Duties
@chapter Duties
@itemize @bullet
@item
Cook breakfast for 80 residents following the @strong{dietitian's} menus.
@item Keep the kitchen logs.
@end itemize

Send your application to @email{jobs@@ridgeview.example}.
@bye
"""

MACEDONIAN_NOTICE = (
    "ОПШТИНА ОХРИД / MUNICIPALITY OF OHRID\n"
    "Сектор за финансии / Finance Sector\n\n"
    "ЈАВЕН ОГЛАС / PUBLIC ANNOUNCEMENT\n\n"
    "Датум / Date: 02.03.2026\n\n"
    "The Municipality of Ohrid announces a public call for one accountant.\n\n"
    "Работно место / Position:\nJunior Accountant, Level B4\n\n"
    "Основна плата / Basic net salary: 31.200,00 денари (MKD) месечно\n\n"
    "Requirements\n- at least 1 (one) year of work experience in accounting\n"
)

TALEO_HEADING_OVER_DETAILS = (
    "Career Section | Job Description\nLakeshore General Hospital\nSign Out   Accessibility\n\nJob Description\n"
    "Apply Online   Add to My Job Cart   Send to a Friend\n\n"
    "Sterile Processing Technician - Evenings-\n"
    "Job Number  2604471\nPrimary Location  US-WI-Green Bay\nOrganization  Surgical Services\nSchedule  Full-time\n"
    "Job Posting  Nov 2, 2026\n\nDescription\nLakeshore General Hospital is a 300-bed hospital.\n"
)

TALEO_HEADING_UNDER_JOB_DESCRIPTION = (
    "Skip to main content\nJob Description\n Apply Online   Add to My Job Cart   Send to a Friend\n"
    "Pharmacy Buyer II-2600517\nDescription\n\nWe are a 200-bed hospital.\n\n"
    "Qualifications\n- High school diploma.\n\n"
    "Job: Pharmacy & Materials\nPrimary Location: United States-Ohio-Toledo\nOrganization: Main Campus\nSchedule: Full-time\n"
)

READERS = [
    ("edn_title", EDN, "title", "Artisan Baker"),
    ("edn_employer_map_gives_its_name", EDN, "company", "Harbour Bread Co"),
    ("edn_id", EDN, "job_id", "HB-BAK-0071"),
    ("edn_place_map_as_one_line", EDN, "locations", [{"city": "Fremantle", "region": "Western Australia", "country": "Australia"}]),
    ("edn_set_of_one_keyword", EDN, "employment_type", "full_time"),
    ("edn_number_with_its_bigdecimal_mark", EDN, "salary", {"min": 31.0, "max": 34.0, "currency": "AUD", "period": "hour"}),
    ("edn_discarded_form_is_no_statement", EDN, "visa_sponsorship", None),
    ("r_str_title", R_SESSION, "title", "Bus Driver"),
    ("r_str_employer", R_SESSION, "company", "Marlow Transit"),
    ("r_str_nested_place", R_SESSION, "locations", [{"city": "Hamilton", "region": "Waikato", "country": "New Zealand"}]),
    ("r_printed_list_as_a_pay_range", R_SESSION, "salary", {"min": 27.5, "max": 29.1, "currency": None, "period": "hour"}),
    ("r_str_vector_never_printed_in_full", R_SESSION, "responsibilities",
     ["Drive scheduled routes safely and on time", "Help passengers with mobility aids"]),
    ("matlab_title", MATLAB_SESSION, "title", "Welder (m/f/d)"),
    ("matlab_team", MATLAB_SESSION, "team", "Fabrication"),
    ("matlab_nested_struct_as_a_place", MATLAB_SESSION, "locations", [{"city": "Magdeburg", "region": None, "country": "Germany"}]),
    ("matlab_cell_array_as_items", MATLAB_SESSION, "responsibilities",
     ["Weld steel girders to drawing (MAG, 135/136)", "Check your seams and the team's fit-ups"]),
    ("texinfo_title", TEXINFO, "title", "Cook (Breakfast)"),
    ("texinfo_table_item_as_a_label", TEXINFO, "team", "Dietary Services"),
    ("texinfo_set_variable_as_a_label", TEXINFO, "job_id", "2026-12"),
    ("texinfo_items_with_inline_commands", TEXINFO, "responsibilities",
     ["Cook breakfast for 80 residents following the dietitian's menus.", "Keep the kitchen logs."]),
    ("bilingual_letterhead_names_the_employer", MACEDONIAN_NOTICE, "company", "Municipality of Ohrid"),
    ("bilingual_label_with_its_value_below", MACEDONIAN_NOTICE, "title", "Junior Accountant, Level B4"),
    ("denari_with_its_code_and_a_local_period", MACEDONIAN_NOTICE, "salary", {"min": 31200.0, "max": 31200.0, "currency": "MKD", "period": "month"}),
    ("years_with_the_number_spelled_in_brackets", MACEDONIAN_NOTICE, "min_years_experience", 1),
]

FIELDS = [
    ("taleo_heading_over_its_details_rows", TALEO_HEADING_OVER_DETAILS, "title", "Sterile Processing Technician"),
    ("taleo_heading_under_job_description", TALEO_HEADING_UNDER_JOB_DESCRIPTION, "title", "Pharmacy Buyer II"),
    ("taleo_requisition_glued_to_the_heading", TALEO_HEADING_UNDER_JOB_DESCRIPTION, "job_id", "2600517"),
    ("taleo_job_family_is_the_team", TALEO_HEADING_UNDER_JOB_DESCRIPTION, "team", "Pharmacy & Materials"),
    ("career_section_after_the_employer_is_no_team", _posting(
        "Prairie Care Society - Career Section\nJob Search   My Jobs   Sign Out\n\nLicensed Practical Nurse\nLocation: Red Deer, AB"),
     "team", None),
    ("standard_number_is_no_pay", _posting(
        "Quantity Surveyor\nLocation: Christchurch",
        "Duties\n- Prepare monthly progress claims and payment schedules under NZS 3910\n"), "salary", None),
    ("learning_stipend_is_no_pay", _posting(
        "Analytics Engineer\nLocation: Remote (US)", "Benefits\n- 401(k) with 4% match\n- $1,500 annual learning stipend\n"), "salary", None),
    ("similar_jobs_heading_with_a_verb", _posting(
        "Payroll Specialist\nLocation: Dublin",
        "We run payroll for 900 staff.\n\nShow more jobs like this\nPayroll Administrator  Swords  €34K - €38K\n"), "salary", None),
    ("perk_tail_van_and_fuel_card", _posting("Gas Service Engineer (Domestic) – Van + Fuel Card\nLocation: Bristol"), "title",
     "Gas Service Engineer (Domestic)"),
    ("contract_tail_with_its_length", _posting("Quality Technician - Fixed Term 11 months\nLocation: Mitchelstown"), "title", "Quality Technician"),
    ("fixed_term_label_beats_a_schedule_row", _posting(
        "Research Technician\ntime type\nFull time\n\nFixed Term: 24 months from start date"), "employment_type", "temporary"),
    ("hours_label_with_a_bare_figure", _posting("Kitchen Porter\nLocation: Leeds\nHours: 37.5"), "weekly_hours", 37.5),
    ("hours_label_with_a_day_length_is_no_week", _posting("Kitchen Porter\nLocation: Leeds\nHours: 8"), "weekly_hours", None),
    ("record_remote_flag_false", _posting("Night Auditor\nLocation: Savannah, GA\nremote position: 0"), "workplace", None),
    ("department_below_a_faculty", _posting(
        "Research Technician\nFaculty: Medical Sciences\nDepartment: Institute of Ageing Biology"), "team", "Institute of Ageing Biology"),
]

PLACES = [
    ("province_known_only_as_a_town", "City:          Mazar-i-Sharif\nProvince:      Balkh\n", [("Mazar-i-Sharif", "Balkh", "Afghanistan")]),
]


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS, ids=[c[0] for c in READERS + FIELDS])
def test_field_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


@pytest.mark.parametrize("case_id,text,expected", PLACES, ids=[c[0] for c in PLACES])
def test_place_classes(case_id, text, expected):
    assert places(text) == expected


def test_edn_values_map_back_to_the_raw_text():
    doc = normalize(EDN)
    assert "Title: Artisan Baker\n" in doc.text
    assert "Duties\n- Shape and bake sourdough loaves\n- Keep the ovens and mixers clean\n" in doc.text
    assert "Body\nWe bake for six cafes.\n\nHours start at 4am." in doc.text
    assert raw_slice(EDN, "Keep the ovens and mixers clean") == "Keep the ovens and mixers clean"
    assert "Closed" not in doc.text and "Bonus" not in doc.text and "Visa" not in doc.text  # nil, a comment, a discarded form


def test_r_session_keeps_written_text_and_drops_commands():
    doc = normalize(R_SESSION)
    assert "Marlow Transit runs the city's buses and is looking for part-time drivers to cover the weekday peaks.\n" in doc.text
    assert "> " not in doc.text and "__truncated__" not in doc.text and "[1] 2" not in doc.text
    assert raw_slice(R_SESSION, "Help passengers with mobility aids") == "Help passengers with mobility aids"


def test_matlab_sizes_and_commands_are_left_out():
    out = normalize(MATLAB_SESSION).text
    assert ">>" not in out and "1×120 char" not in out and "struct with fields" not in out
    assert "Elbe Stahlbau builds steel bridges." in out


def test_texinfo_commands_are_read_or_left_out():
    out = normalize(TEXINFO).text
    assert "@" not in out.replace("jobs@ridgeview", "") and "input texinfo" not in out and "Duties::" not in out
    assert "Closing date: March 20, 2026" in out


def test_company_scorer_ignores_the_names_own_acronym():
    from extractor.evaluation.metrics import compare_field

    assert compare_field("company", "Hindu Kush Relief Alliance", "Hindu Kush Relief Alliance (HRA)").score == 1.0
    assert compare_field("company", "Acme", "Acme (UK)").score == 0.0  # a bracket that is not the name's initials


@pytest.mark.parametrize("text", [
    "Похожие вакансии / Similar vacancies\nBookkeeper - Almaty\n",  # one such line: no bilingual notice
    "Должность / Position: Водитель / Driver\nМесто / Place: Ош / Osh\nДата / Date: 01.12.2026\n",  # labelled lines
])
def test_other_bilingual_lines_are_kept(text):
    assert normalize(text).text.strip() == text.strip()
