"""Table-driven tests of the third round of 2026-12-05: DynamoDB's typed JSON, an Erlang or Elixir map printed in a
shell, a Swift dump(), a TaskPaper list, a BibTeX entry, an OPML outline and a multipart form read as pages, and the
field classes the s42 and s43 blind batches missed (an "Issued:" date on a vacancy notice, a unit before the town in
a labelled place, hours with minutes, "Jobnr." and "Job Order No.", "/månad", "Year 12", "on_site", a bare
three-letter country code that is an acronym of the job). Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from tests.rule_helpers import extracted_field, raw_slice


def _posting(head: str, body: str = "About the role\nWe are looking for someone to join our busy team.\n") -> str:
    return head + "\n\n" + body


DYNAMODB = """$ aws dynamodb get-item --table-name jobs --key '{"pk":{"S":"JOB#WK-118"}}'
{
  "Item": {
    "pk": {"S": "JOB#WK-118"},
    "req_ref": {"S": "WK-118"},
    "title": {"S": "Dairy Farm Assistant"},
    "employer": {"S": "Greenvale Dairies"},
    "place": {"M": {"town": {"S": "Cambridge"}, "region": {"S": "Waikato"}, "country": {"S": "New Zealand"}}},
    "weekly_hours": {"N": "45"},
    "rate": {"M": {"min": {"N": "26"}, "max": {"N": "28.5"}, "currency": {"S": "NZD"}, "unit": {"S": "HOUR"}}},
    "archived": {"BOOL": false},
    "duties": {"L": [{"S": "Milk a herd of 400 cows on a rotary shed"}, {"S": "Feed calves and keep their records"}]}
  }
}
"""

ERLANG = """Eshell V14.2 (press Ctrl+G to abort, type help(). for help)
1> rp(Job).
#{<<"closing">> => {2027,1,15},
  <<"hours">> => 37,
  <<"location">> =>
      #{<<"city">> => <<"Cork">>,<<"country">> => <<"Ireland">>,<<"region">> => <<"Munster">>},
  <<"posted">> => {{2026,12,3},{9,30,0}},
  <<"ref">> => <<"LAB-0442">>,
  <<"remote">> => false,
  <<"salary">> => undefined,
  <<"tasks">> =>
      [<<"Prepare media and reagents for the QC lab">>,
       <<"Log samples in the LIMS"/utf8>>],
  <<"title">> => <<"Laboratory Assistant">>}
ok
"""

SWIFT_DUMP = """(lldb) po dump(job)
▿ Board.Job
  - ref: "GF-2231"
  - title: "Forklift Driver"
  ▿ employer: Board.Employer
    - name: "Harbourside Freight"
    - verified: true
  ▿ site: Board.Site
    - suburb: "Wiri"
    - state: "Auckland"
    - country: "NZ"
  - kind: Board.Kind.fullTime
  ▿ hours: Optional(40.0)
    - some: 40.0
  ▿ posted: 2026-11-30 20:00:00 +0000
    - timeIntervalSinceReferenceDate: 786225600.0
  - visa: nil
  ▿ duties: 2 elements
    - "Load and unload containers with a counterbalance forklift"
    - "Keep the yard tidy and safe"
"""

TASKPAPER = """Recruiting:
\t- Book the careers fair stand @due(2026-12-18)
\t- Ask finance about the budget @done(2026-11-20)

Vineyard Hand – Vintage 2027: @project(hiring) @owner(Ana)
\t- Post the ad on SEEK @done(2026-11-29)
\tAd copy:
\tVineyard Hand
\tBarossa Ridge Wines — Nuriootpa, SA
\tCasual, February to April 2027
\tWe grow shiraz and grenache on 60 hectares and hire a vintage crew each year.
\t\t- Hand-pick and sort fruit
\t\t- Clean bins and presses
"""

BIBTEX = """% vacancies.bib -- rendered on the group page
@misc{marine-lab-2026-ra,
  title        = {Research Assistant, Coastal Ecology},
  organization = {Tasman Institute of Marine Science},
  department   = {{Benthic Ecology Group}},
  address      = {Nelson, New Zealand},
  posted       = {2026-11-26},
  reqnumber    = {TIMS-26-077},
  month        = nov,
  duties       = {Run field surveys of seagrass beds
                  and process sediment cores in the lab.},
}
"""

OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Hiring board &#8211; spring</title><dateCreated>Mon, 02 Nov 2026 08:00:00 GMT</dateCreated></head>
  <body>
    <outline text="Open roles">
      <outline text="Groundskeeper &amp; Gardener" _note="Posted: 24/11/2026. Closing date: 8/12/2026.">
        <outline text="Employer: Kilbride Parks Trust"/>
        <outline text="Location: Kilbride, County Wicklow"/>
        <outline text="Duties">
          <outline text="Mow, edge and weed the formal gardens"/>
          <outline text="Maintain the ride-on mowers"/>
        </outline>
      </outline>
    </outline>
  </body>
</opml>
"""

FORM_DATA = """POST /employers/jobs HTTP/1.1
Host: board.example
Content-Type: multipart/form-data; boundary=----FormBoundaryX7
Content-Length: 912

------FormBoundaryX7
Content-Disposition: form-data; name="authenticity_token"

2f9c1e0b7d
------FormBoundaryX7
Content-Disposition: form-data; name="job[title]"

Veterinary Nurse
------FormBoundaryX7
Content-Disposition: form-data; name="job[employer]"

Riverbend Animal Hospital
------FormBoundaryX7
Content-Disposition: form-data; name="job[workplace_type]"

on_site
------FormBoundaryX7
Content-Disposition: form-data; name="job[pay_min]"


------FormBoundaryX7
Content-Disposition: form-data; name="job[photo]"; filename="clinic.jpg"
Content-Type: image/jpeg

JFIF
------FormBoundaryX7
Content-Disposition: form-data; name="job[description]"

Riverbend is a busy small-animal practice.

Duties:
* Monitor anaesthesia
* Run in-house lab tests
------FormBoundaryX7--
"""

READERS = [
    ("dynamodb_typed_string", DYNAMODB, "title", "Dairy Farm Assistant"),
    ("dynamodb_typed_string_as_a_label", DYNAMODB, "company", "Greenvale Dairies"),
    ("dynamodb_typed_map_as_a_place", DYNAMODB, "locations", [{"city": "Cambridge", "region": "Waikato", "country": "New Zealand"}]),
    ("dynamodb_typed_number", DYNAMODB, "weekly_hours", 45),
    ("dynamodb_typed_map_as_a_pay_range", DYNAMODB, "salary", {"min": 26.0, "max": 28.5, "currency": "NZD", "period": "hour"}),
    ("dynamodb_typed_list_as_items", DYNAMODB, "responsibilities",
     ["Milk a herd of 400 cows on a rotary shed", "Feed calves and keep their records"]),
    ("erlang_binary_title", ERLANG, "title", "Laboratory Assistant"),
    ("erlang_nested_map_keys_sorted_as_a_place", ERLANG, "locations", [{"city": "Cork", "region": "Munster", "country": "Ireland"}]),
    ("erlang_datetime_tuple", ERLANG, "date_posted", "2026-12-03"),
    ("erlang_undefined_is_no_pay", ERLANG, "salary", None),
    ("erlang_list_of_binaries", ERLANG, "responsibilities", ["Prepare media and reagents for the QC lab", "Log samples in the LIMS"]),
    ("swift_title", SWIFT_DUMP, "title", "Forklift Driver"),
    ("swift_nested_record_with_a_name", SWIFT_DUMP, "company", "Harbourside Freight"),
    ("swift_enum_case_in_camel_case", SWIFT_DUMP, "employment_type", "full_time"),
    ("swift_optional_number", SWIFT_DUMP, "weekly_hours", 40),
    ("swift_date_node", SWIFT_DUMP, "date_posted", "2026-11-30"),
    ("swift_array_as_items", SWIFT_DUMP, "responsibilities",
     ["Load and unload containers with a counterbalance forklift", "Keep the yard tidy and safe"]),
    ("taskpaper_advert_title_below_its_todos", TASKPAPER, "title", "Vineyard Hand"),
    ("bibtex_title_field", BIBTEX, "title", "Research Assistant, Coastal Ecology"),
    ("bibtex_organization_field", BIBTEX, "company", "Tasman Institute of Marine Science"),
    ("bibtex_double_braces", BIBTEX, "team", "Benthic Ecology Group"),
    ("bibtex_req_number", BIBTEX, "job_id", "TIMS-26-077"),
    ("bibtex_posted_field", BIBTEX, "date_posted", "2026-11-26"),
    ("opml_outline_title_with_an_entity", OPML, "title", "Groundskeeper & Gardener"),
    ("opml_note_dates_the_posting_not_the_file_head", OPML, "date_posted", "2026-11-24"),
    ("opml_labelled_leaf", OPML, "company", "Kilbride Parks Trust"),
    ("opml_leaves_as_items", OPML, "responsibilities", ["Mow, edge and weed the formal gardens", "Maintain the ride-on mowers"]),
    ("form_field_named_in_brackets", FORM_DATA, "title", "Veterinary Nurse"),
    ("form_field_in_snake_case", FORM_DATA, "workplace", "onsite"),
    ("form_empty_pay_field_is_no_pay", FORM_DATA, "salary", None),
    ("form_text_field_as_a_section", FORM_DATA, "responsibilities", ["Monitor anaesthesia", "Run in-house lab tests"]),
]

FIELDS = [
    ("issued_date_on_a_vacancy_notice", _posting(
        "VACANCY NOTICE No. 12/2026                 Issued: 4th December 2026\n\nSENIOR PLANNING OFFICER\nLocation: Plymouth, Montserrat"),
     "date_posted", "2026-12-04"),
    ("issued_date_of_a_job_description_document", _posting(
        "JOB DESCRIPTION\nPost: Income Officer\nGrade: 5\nDate issued: 20/11/2026"), "date_posted", None),
    ("employer_unit_before_the_town", _posting(
        "PLANNING OFFICER\nLocation:        Physical Planning Department, Brades, Montserrat"),
     "locations", [{"city": "Brades", "region": None, "country": "Montserrat"}]),
    ("hours_with_minutes", _posting("Practical Nurse\nArbetstid / Working hours: 38 h 15 min/vecka"), "weekly_hours", 38.25),
    ("hours_and_minutes_in_words", _posting("Care Assistant", "You will work 37 hours 30 minutes per week on a rota.\n"),
     "weekly_hours", 37.5),
    ("jobnr_label", _posting("Warehouse Operative\nArbejdssted: Nuuk\nJobnr.: 2026-0412"), "job_id", "2026-0412"),
    ("job_order_number_label", _posting("Marine Mechanic\nJob Order No.: JO-2026-0093"), "job_id", "JO-2026-0093"),
    ("month_word_after_a_slash", _posting("Home Care Nurse\nLön / Salary: grundlön 2 350,00 €/månad"),
     "salary", {"min": 2350.0, "max": 2350.0, "currency": "EUR", "period": "month"}),
    ("year_12_or_equivalent", _posting("Pharmacy Assistant", "Requirements\n- Year 12 or equivalent\n- Retail experience\n"),
     "education_level", "high_school"),
    ("year_12_students_are_no_requirement", _posting(
        "Maths Tutor", "Requirements\n- Able to tutor year 12 students in calculus\n"), "education_level", None),
    ("bare_iso3_acronym_of_the_job", _posting("Teaching Assistant Level 2 (SEN)\nLocation: Sheffield"), "title",
     "Teaching Assistant Level 2 (SEN)"),
    ("bare_iso3_code_of_a_named_country", _posting(
        "Country Sales Manager (AUS)\nLocation: Sydney, Australia"), "title", "Country Sales Manager"),
    ("educator_is_a_job", _posting("Job Title: Early Childhood Educator (Level 3)\nLocation: Calgary, AB"), "title",
     "Early Childhood Educator (Level 3)"),
]


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS, ids=[c[0] for c in READERS + FIELDS])
def test_field_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


def test_typed_json_values_map_back_to_the_raw_text():
    doc = normalize(DYNAMODB)
    assert "Title: Dairy Farm Assistant\n" in doc.text
    record = doc.text.split("\n", 1)[1]  # (the command line above the JSON is kept as it is)
    assert '"S"' not in record and '"N"' not in record and "Archived" not in record  # the type tags, a false flag
    assert raw_slice(DYNAMODB, "Feed calves and keep their records") == "Feed calves and keep their records"


def test_erlang_shell_and_type_marks_are_left_out():
    out = normalize(ERLANG).text
    assert "<<" not in out and "Eshell" not in out and "rp(Job)" not in out and "undefined" not in out
    assert "Posted: 2026-12-03\n" in out and "Closing: 2027-01-15\n" in out


def test_swift_debugger_and_type_names_are_left_out():
    out = normalize(SWIFT_DUMP).text
    assert "lldb" not in out and "Board." not in out and "timeInterval" not in out and "▿" not in out
    assert "Site: Wiri, Auckland, NZ\n" in out


def test_taskpaper_keeps_the_advert_and_drops_tagged_tasks():
    out = normalize(TASKPAPER).text
    assert "@" not in out and "Book the careers fair stand" not in out
    assert "- Hand-pick and sort fruit" in out and "Vineyard Hand – Vintage 2027:" in out


def test_opml_head_is_left_out():
    out = normalize(OPML).text
    assert "Hiring board" not in out and "Nov 2026" not in out and "&amp;" not in out


def test_form_data_drops_its_own_fields_and_files():
    out = normalize(FORM_DATA).text
    assert "2f9c1e0b7d" not in out and "JFIF" not in out and "Content-Disposition" not in out and "Host:" not in out
    assert "Employer: Riverbend Animal Hospital\n" in out
