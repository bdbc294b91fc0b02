"""Table-driven tests of the eighth round of 2026-12-04: records printed by a language's debug form (Rust, Ruby,
redis-cli), a report's dot leaders, a page builder's shortcodes, a screen reader's speech log, and the field
classes the s35/s37 blind batches missed (a labelled country, a dollar rate in three decimals, a type with its
nature, an e-mail's Spanish date, a street named after a country, a board's search results over the posting).
Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor import Extractor
from extractor.normalize import normalize
from tests.rule_helpers import extracted_field, lines_kept, places, raw_slice

EXTRACTOR = Extractor(use_llm=False)


def _posting(head: str, body: str = "About the role\nWe are looking for someone to join our busy team.\n") -> str:
    return head + "\n\n" + body


RUST_DEBUG = """[2026-03-02T08:00:00Z DEBUG crawler::jobs] Listing {
    source_id: "5521907",
    title: "Tischler (m/w/d) – Joiner",
    company: Some(
        "Alpenholz Werkstätten",
    ),
    location: Some(
        Location {
            raw: "Innsbruck, Tirol, Österreich",
            city: Some(
                "Innsbruck",
            ),
        },
    ),
    hours_per_week: Some(
        40.0,
    ),
    posted_at: Some(
        2026-02-27,
    ),
    salary: None,
    duties: [
        "Build and fit kitchens and wardrobes",
        "Read workshop drawings",
    ],
}
"""

RAILS_PP = """app(prod)> pp JobPosting.find(77)
#<JobPosting:0x00007f00aa11bb22
 id: 77,
 employer_id: 3,
 employer_name: "Cascade Valley Schools",
 title: "Custodian",
 req_number: "CUS-26-011",
 pay_min: 0.1925e2,
 pay_max: 0.2210e2,
 pay_unit: "hour",
 requirements:
  ["Able to lift 50 pounds",
   "Available for evening shifts"],
 posted_on: Tue, 03 Mar 2026>
"""

REDIS = """127.0.0.1:6379> HGETALL job:4411
 1) "title"
 2) "Stock Controller"
 3) "company"
 4) "Fenland Cold Stores"
 5) "ref"
 6) "FCS-0412"
 7) "salary"
 8) "\\xc2\\xa313.20 per hour"
 9) "description"
10) "We store frozen food for retailers.\\n\\nWhat you will do:\\n- Count stock\\n- Check deliveries"
"""

DOT_LEADERS = """TITLE..........: HIGHWAY MAINTENANCE WORKER I
EXAM NO........: 44-107
DEPARTMENT.....: PUBLIC WORKS
JURISDICTION...: ORANGE HILLS COUNTY
ANNUAL SALARY..: $41,200 - $47,900
"""

SHORTCODES = """<div>[vc_row][vc_column][vc_custom_heading text="Vineyard Hand – Pruning Season" font_container="tag:h1"][vc_column_text]
<p>Ridgeback Estate grows grapes on 60 hectares.</p>[/vc_column_text][/vc_column][vc_column width="1/3"][info_list]
[info_list_item list_title="Location" list_icon="map"]Adelaide SA[/info_list_item]
[info_list_item list_title="Pay" list_icon="dollar"]$31.00 p.h. + super[/info_list_item][/info_list][/vc_column][/vc_row]</div>"""

SPEECH_LOG = """Stores Assistant - Job details - Marsh Vale Borough Council Jobs — Mozilla Firefox
document
banner landmark
link  graphic  Marsh Vale Borough Council home
navigation landmark  Main menu
list  with 2 items
link  Home
link  Jobs
out of list
main landmark
heading  level 1  Stores Assistant
Reference:  MVBC-0091
heading  level 2  What you'll do
list  with 2 items
bullet  Receive and check deliveries
bullet  Keep stock records up to date
out of list
button  Apply for this job
© Marsh Vale Borough Council 2026
"""


HCL = """# careers/jobs/stores.tf
# Last applied: 2026-11-30T14:05:11Z by ci-bot

resource "careers_job_posting" "stores" {
  requisition_id  = "ZA-OPS-2026-041"
  title           = "Stores Controller"
  company         = "Karoo Freight"
  employment_type = "FULL_TIME"
  published       = true
  publish_date    = "2026-12-01"

  duties = [
    "Receive and check stock",
    "Run the weekly count",
  ]
}
"""

LUA = """-- data/careers/openings.lua
M.studio = "Pixel Fen Studios"
M.openings = {
  {
    id = "PFS-QA-031",
    title = "QA Tester",
    location = { city = "Montréal", region = "Québec", country = "Canada" },
    pay = nil, -- TODO
    posted = "2026-11-27",
    duties = {
      "Run test plans on devkits",
      "Log bugs in Jira",
    },
  },
}
"""

PROPERTIES = """# postings/CHC-DRV-2611.properties
#Tue Dec 01 09:12:44 NZDT 2026
posting.reference=CHC-DRV-2611
posting.published=2026-11-30
posting.title=Bus Driver
posting.employer=Metro Link Canterbury
posting.location.city=Christchurch
posting.pay.base=$29.50 per hour
posting.duties.1=Drive scheduled routes safely
posting.duties.2=Help passengers board
"""

SOAP = """HTTP/1.1 200 OK
Content-Type: text/xml; charset=utf-8

<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:pg="urn:pg">
  <soap:Body>
    <pg:Posting>
      <pg:PostingNumber>LIB-2026-0219</pg:PostingNumber>
      <pg:Title>Library Assistant II</pg:Title>
      <pg:Agency>Licking Vale County Public Library</pg:Agency>
      <pg:HoursPerWeek>24</pg:HoursPerWeek>
      <pg:OpenDate>2026-12-01</pg:OpenDate>
      <pg:Duties>
        <pg:Duty>Check materials in and out</pg:Duty>
        <pg:Duty>Lead weekly storytimes</pg:Duty>
      </pg:Duties>
    </pg:Posting>
  </soap:Body>
</soap:Envelope>
"""

NDJSON = (
    '{"ts":"2026-12-03T13:58:02Z","event":"heartbeat","ok":true}\n'
    '{"ts":"2026-12-03T14:02:17Z","event":"posting.created","posting_id":"SB-77310","data":{"title":"Barista","employer":"Grindstone Coffee Co.",'
    '"hours_per_week":{"min":20,"max":28},"pay":{"currency":"CAD","min":17.60,"max":18.25,"unit":"HOUR","note":"plus tips (avg. $4-6/hr)"}}}\n'
    '{"ts":"2026-12-03T14:02:18Z","event":"posting.description.set","posting_id":"SB-77310","data":{"summary":"We make coffee for the neighbourhood.",'
    '"duties":["Prepare espresso drinks to our recipes","Take orders and payments on Square"]}}\n'
)

IRB = """irb(main):015:0> pp posting.attributes
{"id"=>20931,
 "external_ref"=>"SWE-APP-27-04",
 "title"=>"First Year Apprentice Electrician",
 "employer_name"=>"Swan Electrical Group",
 "remote_ok"=>false,
 "published_on"=>Thu, 26 Nov 2026,
 "body_md"=>
  "## What you will do\\n" +
  "- Terminate power and data outlets under supervision\\n" +
  "- Read the site's drawings and mark out installations\\n"}
=> nil
"""

READERS = [
    ("soap_list_container", SOAP, "responsibilities", ["Check materials in and out", "Lead weekly storytimes"]),
    ("irb_unquoted_date", IRB, "date_posted", "2026-11-26"),
    ("irb_concatenated_text", IRB, "responsibilities",
     ["Terminate power and data outlets under supervision", "Read the site's drawings and mark out installations"]),
    ("hcl_title", HCL, "title", "Stores Controller"),
    ("hcl_comment_stamp_is_no_date", HCL, "date_posted", "2026-12-01"),
    ("lua_table_studio", LUA, "company", "Pixel Fen Studios"),
    ("lua_inline_table_place", LUA, "locations", [{"city": "Montréal", "region": "Quebec", "country": "Canada"}]),
    ("properties_title", PROPERTIES, "title", "Bus Driver"),
    ("properties_stamp_is_no_date", PROPERTIES, "date_posted", "2026-11-30"),
    ("properties_pay", PROPERTIES, "salary", {"min": 29.5, "max": 29.5, "currency": "NZD", "period": "hour"}),
    ("soap_after_http_headers", SOAP, "job_id", "LIB-2026-0219"),
    ("soap_hours", SOAP, "weekly_hours", 24.0),
    ("soap_agency", SOAP, "company", "Licking Vale County Public Library"),
    ("ndjson_pay_record", NDJSON, "salary", {"min": 17.6, "max": 18.25, "currency": "CAD", "period": "hour"}),
    ("ndjson_later_line", NDJSON, "responsibilities", ["Prepare espresso drinks to our recipes", "Take orders and payments on Square"]),
    # (case, text, field, expected)
    ("rust_debug_title", RUST_DEBUG, "title", "Tischler (m/w/d) – Joiner"),
    ("rust_debug_company_in_some", RUST_DEBUG, "company", "Alpenholz Werkstätten"),
    ("rust_debug_number_in_some", RUST_DEBUG, "weekly_hours", 40.0),
    ("rust_debug_unquoted_date_in_some", RUST_DEBUG, "date_posted", "2026-02-27"),
    ("rust_debug_source_id", RUST_DEBUG, "job_id", "5521907"),
    ("rails_pp_exponent_pay", RAILS_PP, "salary", {"min": 19.25, "max": 22.1, "currency": None, "period": "hour"}),
    ("rails_pp_row_id_is_no_job_id", RAILS_PP, "job_id", "CUS-26-011"),
    ("rails_pp_employer", RAILS_PP, "company", "Cascade Valley Schools"),
    ("redis_hash_title", REDIS, "title", "Stock Controller"),
    ("redis_hash_byte_escapes", REDIS, "salary", {"min": 13.2, "max": 13.2, "currency": "GBP", "period": "hour"}),
    ("redis_hash_ref", REDIS, "job_id", "FCS-0412"),
    ("dot_leader_title", DOT_LEADERS, "title", "HIGHWAY MAINTENANCE WORKER I"),
    ("dot_leader_jurisdiction", DOT_LEADERS, "company", "ORANGE HILLS COUNTY"),
    ("dot_leader_exam_no", DOT_LEADERS, "job_id", "44-107"),
    ("shortcode_heading", SHORTCODES, "title", "Vineyard Hand – Pruning Season"),
    ("shortcode_labelled_item", SHORTCODES, "salary", {"min": 31.0, "max": 31.0, "currency": "AUD", "period": "hour"}),
    ("speech_log_jobs_site_employer", SPEECH_LOG, "company", "Marsh Vale Borough Council"),
    ("speech_log_title", SPEECH_LOG, "title", "Stores Assistant"),
]




def test_debug_record_lists_become_items_mapped_to_the_raw_text():
    doc = normalize(RUST_DEBUG)
    assert "Duties\n- Build and fit kitchens and wardrobes\n- Read workshop drawings" in doc.text
    assert raw_slice(RUST_DEBUG, "Read workshop drawings") == "Read workshop drawings"


def test_speech_log_roles_and_structure_are_left_out():
    text = normalize(SPEECH_LOG).text
    assert "- Receive and check deliveries" in text
    assert not any(word in text for word in ("landmark", "heading  level", "list  with", "out of list", "Mozilla"))


@pytest.mark.parametrize("text", [
    "The results are... interesting.\nPlease wait.... loading\nNo value here",   # two dotted lines at most: prose
    "Name: Ann\nRole: Baker\nShift: Early",                                      # colons without leaders
])
def test_other_text_keeps_its_dots(text):
    assert lines_kept(text) == []


FIELDS = [
    ("hand_is_a_job", _posting("Cellar Hand – Vintage 2027\nPosted 1 December 2026"), "title", "Cellar Hand – Vintage 2027"),
    ("higher_education_in_brackets", _posting("Clerk", "Requirements\n- Higher education (economics or law)\n"), "education_level", "bachelor"),
    ("three_decimal_dollar_rate", _posting("Unit Clerk\nLocation: Regina, Saskatchewan\nSalary Range  $24.113 - $26.942 Hourly"),
     "salary", {"min": 24.113, "max": 26.942, "currency": "CAD", "period": "hour"}),
    ("three_decimal_euro_is_thousands", _posting("Fahrer\nGehalt: 2.450 € pro Monat"),
     "salary", {"min": 2450.0, "max": 2450.0, "currency": "EUR", "period": "month"}),
    ("temporary_full_time_tag", _posting("Unit Clerk - Temporary Full-Time\nRegina General Hospital"), "employment_type", "temporary"),
    ("employee_status_bare_label", _posting("Unit Clerk\nEmployee Status  Temporary Full-Time\nSchedule  Days"), "employment_type", "temporary"),
    ("zafral_season", _posting("Recepcionista\nTipo de contrato: Zafral (temporada)"), "employment_type", "temporary"),
    ("full_slash_part_time_field", _posting("Lab Technician\nFull/Part Time: Full-Time\nRegular/Temporary: Regular"), "employment_type", "full_time"),
    ("uruguayan_peso_nominal_monthly", _posting("Recepcionista\nRemuneración: $U 48.000 nominales mensuales + propinas"),
     "salary", {"min": 48000.0, "max": 48000.0, "currency": "UYU", "period": "month"}),
    ("spanish_mail_date", "De: Ana <ana@talento.ec>\nFecha: jueves, 3 de diciembre de 2026, 9:18\nAsunto: Oportunidad: Analista\n\nHola.\n",
     "date_posted", "2026-12-03"),
    ("client_named_above_its_label", _posting("Asunto: Oportunidad – Banco Andino – Quito",
                                              "Estamos apoyando a Banco Andino en la búsqueda.\n\nRole: Java Developer\nClient: Banco Andino\n"),
     "company", "Banco Andino"),
    ("client_described_not_named", _posting("SAP Lead", "Client: Global consumer goods manufacturer (name disclosed at interview)\n"), "company", None),
    ("sea_time_years", _posting("Chief Engineer", "Requirements\n- At least 2 years' sea time as Chief Engineer\n"), "min_years_experience", 2.0),
    ("circular_number_of_year", _posting("MINISTRY OF HEALTH\nVACANCY CIRCULAR No. 41 of 2026\nNurse"), "job_id", "41 of 2026"),
    ("circular_gives_way_to_vacancy_number", _posting("MINISTRY OF HEALTH\nCIRCULAR No. 41 of 2026\nNurse\nVacancy No. MOH/NUR/2026/03"),
     "job_id", "MOH/NUR/2026/03"),
    ("labelled_figure_is_no_employer", _posting("1RUN DATE: 12/01/26 COUNTY CIVIL SERVICE PAGE 1\nTITLE: CLERK TYPIST"), "company", None),
    ("greenhouse_heading_under_openings", "Acme jobs\nCurrent openings at Acme\n\nEngineering\nBackend Engineer\nRemote - United States\n"
     "Sales\nAccount Executive\nRemote - United States\n\nAccount Executive\nat Acme\nRemote - United States\n\nApply\n\n"
     "Acme builds scheduling software.\n\nWhat you'll do\n- Run demos\n", "title", "Account Executive"),
    ("ticket_wrapped_ad_employer_and_place_on_one_line",
     "Post job ad: Apprentice Plumber – Dubbo\n\nAssignee Kim Lee\nDue date Dec 8\nStatus Ready\n\nDescription\nFinal ad copy below.\n\n"
     "Apprentice Plumber (1st year)\nWestern Plains Plumbing Pty Ltd | Dubbo NSW\n\nWestern Plains Plumbing is a family firm.\n\n"
     "What you'll do\n- Help on site\n", "company", "Western Plains Plumbing Pty Ltd"),
    ("rent_is_no_pay", _posting("Dairy Farm Assistant", "Perks\n- Three-bedroom house available at $120 per week (power not included)\n"), "salary", None),
    ("contract_terms_after_the_title", _posting("Java Developer - W2 or C2C\nKeystone IT"), "title", "Java Developer"),
    ("a_date_range_starts_no_posting", _posting("Data Analytics Intern\nNorth Star Mutual\nInternship · Full-time · May 26, 2027 - August 14, 2027"),
     "date_posted", None),
    ("a_masthead_date_before_its_page", _posting("THE DAILY LEDGER — TUESDAY, MARCH 18, 2025 — PAGE 34\nCLASSIFIEDS\nAccountant wanted"),
     "date_posted", "2025-03-18"),
    ("lower_case_job_with_its_shift", _posting("Indeed Flex   Find shifts   How it works\n\nwarehouse operative - Night Shift\nDaventry, Northamptonshire"),
     "title", "warehouse operative"),  # (its shift cut, as a capitalised heading's: golden/README's title calls)
    ("a_tax_form_number_is_no_pay", _posting("Staff Accountant", "What you'll do\n- Support the annual audit and the 1099 process\n"), "salary", None),
    ("a_wellness_stipend_is_no_pay", _posting("Staff Accountant", "Benefits\n- $100 monthly wellness stipend\n"), "salary", None),
    ("an_interns_stipend_is_pay", _posting("Intern\nPay: $2,000 monthly stipend"),
     "salary", {"min": 2000.0, "max": 2000.0, "currency": "USD", "period": "month"}),
    ("hours_offered_as_a_choice", _posting("Care Assistant\nContract: permanent, 36 or 48 hours a week"), "weekly_hours", 36.0),
    ("slovenian_hours_and_ad_id", _posting("Logistični planer\nVrsta zaposlitve: polni delovni čas (40 ur/teden)\nID oglasa: 742118"),
     "job_id", "742118"),
    ("a_channel_posts_stamp", _posting("Export Coordinator", "We export vanilla.\n\n" + "Apply by e-mail.\n" * 40 + "\U0001F441 3.2K\nDec 1, 2026 at 08:03\n"),
     "date_posted", "2026-12-01"),
    ("bosnian_masthead_date", _posting("OSLOBOĐENJE  •  OGLASI  •  Srijeda, 2. decembar 2026.  •  str. 23\nCNC OPERATOR"), "date_posted", "2026-12-02"),
    ("a_start_label_is_no_posting_date", _posting("Cook\nStart: Feb 1, 2027"), "date_posted", None),
    ("a_task_about_the_ad_is_no_page_title",
     "Post ad: Seasonal Ranch Hand – Calving 2027\nIncomplete\nAssignee: Marnie Olafson\n\nDescription\nAd copy below.\n\n"
     "SEASONAL RANCH HAND – CALVING SEASON\nThree Coulees Ranch, near Hanna, Alberta\n\nThree Coulees Ranch is a family-run cow-calf operation.\n\n"
     "The job\n- Check heifers\n", "company", "Three Coulees Ranch"),
    ("agency_brand_line_is_no_title", "Harbour Talent Partners | Recruitment & Executive Search | Nicosia · Limassol\n"
     "Home   Candidates   Vacancies\n\nCREW MANAGER\nLocation: Limassol, Cyprus\n\nAbout the role\nWe place crew.\n", "title", "CREW MANAGER"),
]


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS, ids=[c[0] for c in READERS + FIELDS])
def test_field_classes(case_id, text, field, expected):  # (the printed records and logs, then the field classes)
    value = extracted_field(text, field)
    assert value == expected, (case_id, value)


PLACES = [
    ("country_said_with_the_town_in_prose", _posting("Call Center Agent\nQyteti: Prizren",
                                                     "About us\nOur new floor in the centre of Prizren, Kosovo opened in 2025.\n"),
     [("Prizren", None, "Kosovo")]),
    ("country_label_places_the_towns", _posting("Agronome\nLieu d'affectation : Kara, avec déplacements à Bassar\nPays : Togo"),
     [("Kara", None, "Togo"), ("Bassar", None, "Togo")]),
    ("street_named_after_a_country", _posting("Developer\nLocation: Quito – Av. República de El Salvador, Quito, Ecuador"),
     [("Quito", None, "Ecuador")]),
    ("icims_code_and_town", _posting("Quality Engineer II\nJob Locations  IE-Ringaskiddy\nRequisition ID  2026-14477"),
     [("Ringaskiddy", None, "Ireland")]),
    ("town_the_data_knows_without_its_region", _posting("Heavy Diesel Fitter\nIronbark Mining\nKarratha WA"),
     [("Karratha", "Western Australia", "Australia")]),
    ("towns_listed_under_a_labelled_lead_in", _posting("Forestry Technician\nLocations: 2 vacancies in the following locations:\n"
                                                      "  Salmon, ID  1 vacancy\n  Challis, ID  1 vacancy\nRemote job: No"),
     [("Salmon", "Idaho", "United States"), ("Challis", "Idaho", "United States")]),
    ("offices_on_the_brand_line_give_way_to_the_label",
     _posting("Harbour Talent Partners | Recruitment | Nicosia · Larnaca\n\nCREW MANAGER\nLocation: Limassol, Cyprus"),
     [("Limassol", None, "Cyprus")]),
]


@pytest.mark.parametrize("case_id,text,expected", PLACES, ids=[c[0] for c in PLACES])
def test_place_classes(case_id, text, expected):
    assert places(text) == expected


SEARCH_RESULTS = _posting(
    'Jora   Find jobs   Sign in\nSearch: "fitter" in All Western Australia\n\n'
    "Heavy Diesel Fitter · FIFO · Ironbark Mining · Karratha WA · 4d ago\n"
    "Auto Electrician · Pilbara Plant Hire · Port Hedland WA · 1w ago\n"
    "Mechanical Fitter · Kwinana WA · $55 an hour · 2d ago\n\n"
    "Heavy Diesel Fitter – FIFO Roster\nIronbark Mining\nKarratha WA\nFull time")


def test_a_boards_search_results_give_no_place_or_pay():
    record = EXTRACTOR.extract(SEARCH_RESULTS)
    assert record.salary is None
    assert [(p.city, p.region) for p in record.locations] == [("Karratha", "Western Australia")]


def test_a_postings_own_metadata_rows_keep_their_pay():
    text = _posting("Senior Product Analyst\nChicago, IL · Reposted 1 week ago · Over 100 applicants\n$112K/yr - $138K/yr · Hybrid · Full-time")
    assert EXTRACTOR.extract(text).salary.min == 112000


JOB_BANK = _posting("Cook\nJob Bank #3214907", """Responsibilities
Tasks
Prepare and cook complete meals
Clean kitchen and work areas

Work setting
Restaurant
Bistro

Credentials
Certificates, licences, memberships, and courses
Food Safety Certificate

Who can apply to this job?
You are a Canadian citizen, a permanent or a temporary resident of Canada.
""")


def test_job_bank_credentials_and_who_can_apply_are_requirements():
    record = EXTRACTOR.extract(JOB_BANK)
    assert "Food Safety Certificate" in record.minimum_qualifications
    assert "You are a Canadian citizen, a permanent or a temporary resident of Canada." in record.minimum_qualifications
    assert not {"Restaurant", "Bistro", "Credentials"} & set(record.minimum_qualifications + record.responsibilities)
