"""Table-driven tests of the fourth round of 2026-12-05: a Windows .reg export, a box table's header row over one
record, a shell's short print before the full Erlang map, BibTeX values with LaTeX in them, JSON strings with escapes,
a JSON chat export and a chat app's saved history, Excel's XML Spreadsheet, gdb's struct print, HOCON, an F# record
and a Nix block marked unpublished read as pages, and the field classes the s44-s47 blind batches missed (a
client named on a bilingual label, Catalan contract and hours words, a supported work visa, years a lesser education
makes up for, a department kept as the title's specialty unless glued after its schedule). Phrasings are
ours."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from tests.rule_helpers import extracted_field


def _posting(head: str, body: str = "About the role\nWe are looking for someone to join our busy team.\n") -> str:
    return head + "\n\n" + body


REG_EXPORT = """Windows Registry Editor Version 5.00

; exported from the shop's hiring screen

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Tidewater\\Kiosk]
"ShopName"="Tidewater Garden Centre - Truro"
"IdleMinutes"=dword:0000000a

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Tidewater\\Kiosk\\Postings\\TW-5521]
"Reference"="TW-5521"
"JobTitle"="Plant Area Assistant"
"Employer"="Tidewater Garden Centre"
"City"="Truro"
"Province"="Nova Scotia"
"Country"="Canada"
"EmploymentType"="Part-time"
"HoursPerWeek"=dword:00000018
"Duty01"="Water, feed and deadhead the bedding plants"
"Duty02"="Help customers choose shrubs and perennials"
"Req01"="Happy to work outdoors in all weathers"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Tidewater\\Kiosk\\Printer]
"Model"="Receipt printer"
"""

SQLITE_BOX = """sqlite> .mode box
sqlite> SELECT employer, title, place, pay, listed FROM ads WHERE id = 77;
┌───────────────────────┬──────────────────┬─────────────────┬───────────────────────┬────────────┐
│       employer        │      title       │      place      │          pay          │   listed   │
├───────────────────────┼──────────────────┼─────────────────┼───────────────────────┼────────────┤
│ Wattle Park Preschool │ Room Leader      │ Ballarat VIC    │ $38 - $42 per hour    │ 2026-11-20 │
└───────────────────────┴──────────────────┴─────────────────┴───────────────────────┴────────────┘
sqlite> SELECT n, line FROM ad_lines WHERE ad_id = 77;
┌───┬──────────────────────────────────────────────┐
│ n │                     line                     │
├───┼──────────────────────────────────────────────┤
│ 1 │ We are looking for a Room Leader.            │
│ 2 │ Duties:                                      │
│ 3 │ • Plan the daily program for the room        │
└───┴──────────────────────────────────────────────┘
"""

ERLANG_SHORT_PRINT_FIRST = """1> {ok, J} = store:get(<<"QX-310">>).
{ok,#{<<"ref">> => <<"QX-310">>,<<"source">> => <<"board">>,...}}
2> rp(J).
#{<<"ref">> => <<"QX-310">>,
  <<"title">> => <<"Night Shift Picker">>,
  <<"employer">> => <<"Odra Fulfilment">>,
  <<"hours_per_week">> => 40,
  <<"location">> => #{<<"city">> => <<"Wrocław"/utf8>>,<<"country">> => <<"Poland">>}}
"""

BIBTEX_LATEX = """@misc{kowhai_2026,
\ttitle = {Orchard {Supervisor} -- {Kowhai} {Orchards} {\\textbar} {Bay} {Fruit} {Jobs}},
\tauthor = {Kowhai Orchards},
\turl = {https://example.org/jobs/88},
\tabstract = {Orchard Supervisor
Kowhai Orchards is a family orchard near Hastings, New Zealand.
Pay: \\$29--\\$33 per hour depending on experience},
}
"""

JSON_ESCAPES = """{
  "title": "Line Cook",
  "company": "Harbour Kitchen",
  "location": "Galway, Ireland",
  "description": "About us\\nWe cook for 200 covers a night.\\n\\nWhat you will do\\n- Prep the grill station\\n- Plate to spec\\n"
}
"""

_LONG_MESSAGE = (
    "*Warehouse Team Leader*\\nKestrel Freight | Ref: KF-2210\\nLocation: Leeds | Full-time\\n\\n"
    "We move parcels for 40 online shops from our Leeds hub and need a team leader for the early shift.\\n\\n"
    "What you will do\\n- Run the early shift of 12 operatives\\n- Check inbound loads against their manifests\\n"
    "- Keep the pick faces stocked and safe\\n\\nWhat you bring\\n- 2 years leading a warehouse team\\n"
    "- Counterbalance forklift licence\\n\\nApply with your CV to jobs@example.com"
)
JSON_CHAT = (
    '{\n  "messages": [\n'
    '    {"creator": {"name": "Ana"}, "created_date": "Monday, November 30, 2026 at 9:00:00 AM UTC", "text": "Morning all"},\n'
    '    {"creator": {"name": "Ana"}, "created_date": "Monday, November 30, 2026 at 9:02:00 AM UTC", "text": "' + _LONG_MESSAGE + '"},\n'
    '    {"creator": {"name": "Raj"}, "created_date": "Tuesday, December 1, 2026 at 8:00:00 AM UTC", "text": "Shared it, thanks"}\n'
    '  ]\n}\n'
)

CHAT_LOG = (
    "[LINE] Chat history in Hsinchu Teachers\nSaved on: 2026/12/04 21:00\n\n2026/12/01(Tue)\n"
    "09:10\tTom\tmorning everyone\n\n2026/12/02(Wed)\n"
    "10:05\tMs Lin (Maple Tree)\t\"Job Opening – English Teacher (Kindergarten)\n\n"
    "School: Maple Tree Language School\nLocation: Hsinchu, Taiwan\nSchedule: 25 hours per week\n\n"
    "Job duties:\n• Teach phonics and stories to kindergarten classes\n• Write short weekly notes for parents\n\n"
    "Requirements:\n• Bachelor's degree in any field\n• A clear, friendly teaching style\n\n"
    "Send your CV and a short teaching video to the school office.\"\n"
    "10:07\tTom\tthanks for sharing\n"
    "10:09\tAmy\tIs it open to ARC holders already here?\n"
)

SPREADSHEET_XML = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Open Reqs">
  <Table>
   <Row>
    <Cell><Data ss:Type="String">Req #</Data></Cell>
    <Cell><Data ss:Type="String">Job Title</Data></Cell>
    <Cell><Data ss:Type="String">Location</Data></Cell>
    <Cell><Data ss:Type="String">Hours/Wk</Data></Cell>
    <Cell><Data ss:Type="String">Date Posted</Data></Cell>
    <Cell><Data ss:Type="String">Posting Text</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">PRX-0412</Data></Cell>
    <Cell><Data ss:Type="String">Payroll Clerk</Data></Cell>
    <Cell><Data ss:Type="String">Regina, SK</Data></Cell>
    <Cell><Data ss:Type="Number">37</Data></Cell>
    <Cell><Data ss:Type="DateTime">2026-11-23T00:00:00.000</Data></Cell>
    <Cell><Data ss:Type="String">Prairie Roofing &amp; Siding is hiring.&#10;&#10;What you will do:&#10;- Run the bi-weekly payroll&#10;- Answer staff pay questions</Data></Cell>
   </Row>
  </Table>
 </Worksheet>
</Workbook>
"""

GDB_PRINT = """(gdb) p *rec
$1 = {
  ref = 0x5555555a7010 "HW-7781",
  title = 0x5555555a7040 "Bakery Supervisor",
  employer = 0x5555555a7070 "Millstone Bakeries",
  location = 0x5555555a70b0 "York, North Yorkshire",
  schedule = SCHEDULE_FULL_TIME,
  hours_per_week = 39,
  salary_min = 0,
  salary_max = 0,
  next = 0x0
}
"""

HOCON = '''posting {
  id = "TR-2026-88"
  title = "Junior Planner"
  company = "Ribeira Transit"
  location {
    city = Porto
    country = PT
  }
  workplace = hybrid
  salary {
    min = 24000
    max = 28000
    currency = EUR
    period = year
  }
  description = """
Ribeira Transit runs the city's night buses.

### What you will do
- Build the weekly timetables
- Check driver rosters against the timetables
"""
}
'''

FSHARP_RECORD = """> let ad = Ads.load "ads/locum.json";;
val ad: Ads.JobAd =
  { Id = "RV-2026-31"
    Title = "Locum Pharmacist"
    Employer = Some "Riverside Pharmacy"
    HoursPerWeek = Some 30.0
    Pay = Some { Amount = 480.00M
                 Currency = "CAD"
                 Per = Day }
    Posted = 11/24/2026 12:00:00 AM }
"""

NIX_UNPUBLISHED = """{
  jobs = {
    welder-0101 = {
      published = true;
      title = "Welder Fabricator";
      company = "Calder Steelworks";
      salary = {
        min = 36000;
        max = 39000;
        currency = "GBP";
        per = "annum";
      };
    };
    # a draft: not rendered
    planner-0102 = {
      published = false;
      title = "Production Planner";
      salary = { min = 52000; max = 56000; currency = "GBP"; per = "annum"; };
    };
  };
}
"""

SWIFT_SITE = """▿ Crew.Listing
  - id: "CR-18"
  - title: "Rigger"
  ▿ employer: Crew.Employer
    - name: "Northbank Rigging"
  ▿ site: Crew.Site
    - name: "Power station outage"
    - city: "Port Hedland"
    - state: "WA"
    - country: "Australia"
"""

READERS = [
    ("reg_string_value", REG_EXPORT, "title", "Plant Area Assistant"),
    ("reg_largest_key_only", REG_EXPORT, "company", "Tidewater Garden Centre"),
    ("reg_dword_as_its_number", REG_EXPORT, "weekly_hours", 24),
    ("reg_numbered_values_as_items", REG_EXPORT, "responsibilities",
     ["Water, feed and deadhead the bedding plants", "Help customers choose shrubs and perennials"]),
    ("box_header_row_over_one_record", SQLITE_BOX, "company", "Wattle Park Preschool"),
    ("box_record_pay_column", SQLITE_BOX, "salary", {"min": 38.0, "max": 42.0, "currency": "AUD", "period": "hour"}),
    ("box_record_date_column", SQLITE_BOX, "date_posted", "2026-11-20"),
    ("erlang_full_map_after_a_short_print", ERLANG_SHORT_PRINT_FIRST, "title", "Night Shift Picker"),
    ("erlang_full_map_hours", ERLANG_SHORT_PRINT_FIRST, "weekly_hours", 40),
    ("bibtex_textbar_and_site_name", BIBTEX_LATEX, "title", "Orchard Supervisor"),
    ("bibtex_escaped_dollars_and_en_dash", BIBTEX_LATEX, "salary", {"min": 29.0, "max": 33.0, "currency": "NZD", "period": "hour"}),
    ("json_escaped_line_breaks", JSON_ESCAPES, "responsibilities", ["Prep the grill station", "Plate to spec"]),
    ("json_chat_longest_message", JSON_CHAT, "title", "Warehouse Team Leader"),
    ("json_chat_send_date", JSON_CHAT, "date_posted", "2026-11-30"),
    ("json_chat_message_ref", JSON_CHAT, "job_id", "KF-2210"),
    ("chat_log_longest_message", CHAT_LOG, "responsibilities",
     ["Teach phonics and stories to kindergarten classes", "Write short weekly notes for parents"]),
    ("chat_log_day_of_the_message", CHAT_LOG, "date_posted", "2026-12-02"),
    ("spreadsheet_xml_record", SPREADSHEET_XML, "job_id", "PRX-0412"),
    ("spreadsheet_xml_hours_per_wk", SPREADSHEET_XML, "weekly_hours", 37),
    ("spreadsheet_xml_date", SPREADSHEET_XML, "date_posted", "2026-11-23"),
    ("spreadsheet_xml_text_cell_with_line_breaks", SPREADSHEET_XML, "responsibilities",
     ["Run the bi-weekly payroll", "Answer staff pay questions"]),
    ("gdb_string_member", GDB_PRINT, "company", "Millstone Bakeries"),
    ("gdb_enum_member", GDB_PRINT, "employment_type", "full_time"),
    ("gdb_zeros_are_no_pay", GDB_PRINT, "salary", None),
    ("hocon_unquoted_city", HOCON, "locations", [{"city": "Porto", "region": None, "country": "Portugal"}]),
    ("hocon_unquoted_workplace", HOCON, "workplace", "hybrid"),
    ("hocon_unquoted_period", HOCON, "salary", {"min": 24000.0, "max": 28000.0, "currency": "EUR", "period": "year"}),
    ("hocon_triple_quoted_text", HOCON, "responsibilities",
     ["Build the weekly timetables", "Check driver rosters against the timetables"]),
    ("fsharp_option_value", FSHARP_RECORD, "company", "Riverside Pharmacy"),
    ("fsharp_decimal_suffix_and_union_case", FSHARP_RECORD, "salary", {"min": 480.0, "max": 480.0, "currency": "CAD", "period": "day"}),
    ("fsharp_datetime", FSHARP_RECORD, "date_posted", "2026-11-24"),
    ("nix_unpublished_block_left_out", NIX_UNPUBLISHED, "salary", {"min": 36000.0, "max": 39000.0, "currency": "GBP", "period": "year"}),
    ("swift_named_site_with_a_place", SWIFT_SITE, "locations",
     [{"city": "Port Hedland", "region": "Western Australia", "country": "Australia"}]),
]

FIELDS = [
    ("seek_state_code_glued_to_the_next_field", _posting(
        "Aged Care Cook\nWarrnambool, Warrnambool & Western District VICHospitality (Chefs/Cooks)Casual"),
     "locations", [{"city": "Warrnambool", "region": "Victoria", "country": "Australia"}]),
    ("seek_town_named_in_its_area", _posting("Farm Hand\nNarrabri, Narrabri Shire NSW"),
     "locations", [{"city": "Narrabri", "region": "New South Wales", "country": "Australia"}]),
    ("hours_are_a_range_per_week", _posting("Harvest Hand", "Hours are 45–55 per week during picking.\n"), "weekly_hours", 45),
    ("salary_packaging_is_no_pay", _posting("Enrolled Nurse", "Benefits\n- Salary packaging up to $15,900 a year\n"), "salary", None),
    ("tronc_is_no_pay", _posting("Chef de Partie\nKeswick\nCompetitive salary\n+ tronc (approx. £3,500 pa)"), "salary", None),
    ("hour_count_labels_pair_no_pay", _posting("Shop Assistant\nWeekly hours min: 16\nWeekly hours max: 24"), "salary", None),
    ("word_code_as_its_countrys_currency", _posting(
        "Field Officer\nDuty station: Gitega, Burundi\nSalary: BIF 1,900,000 gross per month"),
     "salary", {"min": 1900000.0, "max": 1900000.0, "currency": "BIF", "period": "month"}),
    ("bare_period_label", _posting("Picker\nMin: 7800\nMax: 8600\nCurrency: PLN\nPeriod: month"),
     "salary", {"min": 7800.0, "max": 8600.0, "currency": "PLN", "period": "month"}),
    ("years_of_a_field_after_of", _posting(
        "AP Supervisor", "Requirements\n- Minimum of six (6) years of accounts payable experience, with at least two (2) years as a lead\n"),
     "min_years_experience", 6),
    ("search_filter_chips_are_chrome", "Jobs   Companies   Salaries\nOrchard Hand × | Nelson ×\n\nFreshfield Orchards\n4.1 ★\nOrchard Worker (Seasonal)\n"
     "Nelson, New Zealand\n\nAbout the role\nThin apples in our Nelson orchards.\n", "title", "Orchard Worker"),
    ("street_before_the_town", _posting("Lab Assistant\nDuty station: Kwattaweg, Paramaribo, Suriname"),
     "locations", [{"city": "Paramaribo", "region": None, "country": "Suriname"}]),
    ("town_country_and_a_note", _posting("Protection Assistant\nDuty station: Makamba, Burundi (with travel to the border communes)"),
     "locations", [{"city": "Makamba", "region": None, "country": "Burundi"}]),
    ("ministry_under_a_republic", "REPUBLIC OF VANUATU\nMinistry of Lands and Natural Resources\n\nVACANCY NOTICE\n\n"
     "Post: Survey Technician\nDuty station: Port Vila\n", "company", "Ministry of Lands and Natural Resources"),
    ("ministry_in_capitals_leaves_the_company_to_the_text", "REPUBLIC OF SEYCHELLES\nMINISTRY OF FISHERIES\nHuman Resource Division\n\n"
     "VACANCY NOTICE\n\nThe Ministry of Fisheries invites applications for the following post:\n\nPOST: Fisheries Officer\n",
     "company", "Ministry of Fisheries"),
    ("notice_number_without_a_colon", "VACANCY NOTICE\nNo. MOF/HR/VN/22/2026\nDate: 1st December 2026\n\nPOST: Fisheries Officer\n",
     "job_id", "MOF/HR/VN/22/2026"),
    ("notice_number_under_a_bilingual_heading", "VACANCY ANNOUNCEMENT / AVIS DE VACANCE DE POSTE\nNo.: ORG/CIV/VA/2026/9\n\n"
     "Title: Driver\n", "job_id", "ORG/CIV/VA/2026/9"),
    ("colon_on_the_line_under_its_label", _posting(
        "Library Technician\nPrimary Location\n: Canada-Nova Scotia-Truro\nOrganization\n: Branch Services\nSchedule\n: Part-time"),
     "locations", [{"city": "Truro", "region": "Nova Scotia", "country": "Canada"}]),
    ("bilingual_client_label_and_a_hotels_stars", _posting(
        "Head Chef\nCliente / Client : Hôtel Baie Bleue (4*)", "Golfe Talents is recruiting a Head Chef on behalf of Hôtel Baie Bleue.\n"),
     "company", "Hôtel Baie Bleue"),
    ("support_a_named_work_visa", _posting("Backend Developer\nAuckland, New Zealand",
     "We are an accredited employer and can support an Accredited Employer Work Visa for the right person.\n"),
     "visa_sponsorship", True),
    ("catalan_season_contract", _posting("Cambrer / Waiter\nTipus de contracte: Temporada (01/12/2026 – 15/04/2027)"),
     "employment_type", "temporary"),
    ("catalan_hours_a_week", _posting("Cambrer / Waiter\nJornada: Completa – 40 h/setmana"), "weekly_hours", 40),
    ("years_a_lesser_education_is_considered_with", _posting("Project Associate", "Requirements\n"
     "- Secondary education, which will be considered with 7 years of relevant experience.\n"
     "- Minimum 2 years (with Bachelor's degree) of experience in project administration.\n"), "min_years_experience", 2),
    ("specialty_named_as_the_department_stays", _posting(
        "Title: Sales Associate – Garden Centre\nDepartment: Garden Centre\nLocation: Moncton, NB"), "title",
     "Sales Associate – Garden Centre"),
    ("department_glued_after_the_schedule_goes", _posting(
        "Registered Nurse - Per Diem - Cardiac Step-Down 5 East\nDepartment: Cardiac Step-Down 5 East\nLocation: Albany, NY"),
     "title", "Registered Nurse"),
    ("site_is_no_unknown_town", _posting("Pharmacy Technician\nDUTY STATION:   Anse Royale Hospital, Victoria, Mahé"),
     "locations", [{"city": "Victoria", "region": "Mahé", "country": None}]),
]


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS, ids=[c[0] for c in READERS + FIELDS])
def test_field_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


def test_reg_export_leaves_out_the_other_keys_and_the_header():
    out = normalize(REG_EXPORT).text
    assert "Registry Editor" not in out and "HKEY_" not in out and "Receipt printer" not in out and "Idle" not in out
    assert "Hours per week: 24\n" in out and "\nDuties\n- Water" in out


def test_json_chat_keeps_only_the_posting():
    out = normalize(JSON_CHAT).text
    assert "Morning all" not in out and "Shared it" not in out and "Ana" not in out
    assert out.lstrip().startswith("Posted: Monday, November 30, 2026")


def test_chat_log_drops_senders_times_and_quotes():
    out = normalize(CHAT_LOG).text
    assert "10:05" not in out and "Ms Lin" not in out and "thanks for sharing" not in out and '"' not in out


def test_gdb_session_and_pointers_are_left_out():
    out = normalize(GDB_PRINT).text
    assert "0x" not in out and "(gdb)" not in out and "Salary min" not in out and "Next" not in out
