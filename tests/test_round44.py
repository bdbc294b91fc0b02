"""Table-driven tests of the late-evening round of 2026-12-05: database and spreadsheet surfaces read as pages (a
pg_dump COPY block, cqlsh's expanded rows, a spreadsheet API's array of rows, an ATS's strip of capitalised labels, a
details table pasted without its colons, a scan's "1" for "l") and the field classes the opened s56 and s57 batches
missed (a job opened in place in a list of openings, count, rotation and bilingual schedule tails, a lower-case
qualifier in brackets, dates another word qualifies, Albanian months and pay periods, "higher education", quoted and
postal-box employer lines, a forwarded mail's own subject, lists of regions, a town after its street). Phrasings are
ours."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from tests.rule_helpers import extracted_field, places


def _posting(head: str, body: str = "About the role\nWe are looking for someone to join our busy team.\n") -> str:
    return head + "\n\n" + body


PG_DUMP = (
    "--\n-- PostgreSQL database dump\n--\n\nSET client_encoding = 'UTF8';\n\n"
    "COPY public.vacancies (id, code, state, job_title, company, town, weekly_hours, text) FROM stdin;\n"
    "77\tLG-0101\tdraft\tForklift Driver\tHalvard Logistik AB\tBorås\t40\tNot ready yet.\n"
    "78\tLG-0102\tlive\tWarehouse Planner\tHalvard Logistik AB\tBorås\t38\tHalvard Logistik runs two warehouses.\\n\\n"
    "Your tasks:\\n- Plan the inbound slots\\n- Keep the stock counts right\n"
    "\\.\n\n--\n-- PostgreSQL database dump complete\n--\n"
)

CQLSH = """reader@cqlsh:board> SELECT * FROM ads WHERE id = 'PX-9';

@ Row 1
------------+--------------------------------------------------
 id         | PX-9
 title      | Kiln Operator (12/12 rotation)
 employer   | Brennhaug Keramikk AS
 duties     | ['Load and fire the kilns', 'Log the firing curves']
 pay_max    | null
 work_mode  | onsite

(1 rows)
reader@cqlsh:board> SELECT id, title FROM ads;

 id   | title
------+--------------------------------
 PX-9 | Kiln Operator (12/12 rotation)
 PX-4 | Glaze Mixer (temporary cover)

(2 rows)
"""

SHEET = """{
  "range": "Jobs!A1:F3",
  "values": [
    ["Ref", "Status", "Title", "Site", "Hours", "Advert"],
    ["MX-11", "Paused", "Night Porter", "Leeds", "30", "Old advert."],
    ["MX-12", "Live", "Cellar Technician", "York", "37.5", "The Anchor Group runs six pubs.\\n\\nWhat you will do:\\n- Clean the lines weekly"]
  ]
}
"""

CAPS_STRIP = """Ridgeline Castings
Open Jobs

Core Room Operator - Nights
CITY Reno, NV | TEAM Foundry Operations | SCHEDULE Full Time | POSTED 10/02/2026

About the job
Ridgeline Castings pours aluminium parts for pumps and valves.
"""

SPACED_ROWS = """Clinical Coding Officer

Employer Westvale Health Board
Department Health Records
Location Westvale General Hospital
Salary £27,485 - £30,162 per annum
Hours 30 per week
Closing Date 02/02/2027

About the job
You will code inpatient episodes from the case notes.
"""

OCR_SCAN = """[scan: page_3.png]

TOWN OF KESTREL BAY
Pub1ished: 4 March 2026

The Town invites app1ications for the post be1ow. The Town is an equa1
opportunity emp1oyer.

PARKS LABOURER
Department: Parks and Gardens
Location: Kestrel Bay

C1osing date: 20 March 2026
"""

EXPANDED = """Open positions

Kitchen (2 jobs)

Line Cook, Weekends
Bergen, Norway · Part time

Sous Chef – Banqueting
Bergen, Norway · Full time
^ Hide details
Posted 2 days ago

Description
We run the banqueting kitchen of a conference hotel and need a sous chef to lead the morning team.

Service (1 job)

Waiter
Bergen, Norway · Part time
"""

FORWARD = """From: Front Desk <desk@example.org>
Subject: FW: Groundskeeper ad - it is up
To: Staff

Hi all, see below.

From: Schools Jobs Board <noreply@example.org>
Subject: Your job has been published: Groundskeeper / Kaitiaki Whenua

Groundskeeper / Kaitiaki Whenua
Riverside School
Hamilton, New Zealand
"""

READERS = [
    ("pg_copy_shown_row_title", PG_DUMP, "title", "Warehouse Planner"),
    ("pg_copy_shown_row_hours", PG_DUMP, "weekly_hours", 38.0),
    ("pg_copy_company", PG_DUMP, "company", "Halvard Logistik AB"),
    ("cqlsh_title_rotation_cut", CQLSH, "title", "Kiln Operator"),
    ("cqlsh_other_query_not_read", CQLSH, "employment_type", None),
    ("sheet_rows_live_row_title", SHEET, "title", "Cellar Technician"),
    ("sheet_rows_live_row_hours", SHEET, "weekly_hours", 37.5),
    ("caps_strip_team", CAPS_STRIP, "team", "Foundry Operations"),
    ("caps_strip_date", CAPS_STRIP, "date_posted", "2026-10-02"),
    ("spaced_rows_hours", SPACED_ROWS, "weekly_hours", 30.0),
    ("spaced_rows_health_board", SPACED_ROWS, "company", "Westvale Health Board"),
    ("ocr_ones_posted", OCR_SCAN, "date_posted", "2026-03-04"),
    ("expanded_card_title", EXPANDED, "title", "Sous Chef – Banqueting"),
    ("expanded_card_group_team", EXPANDED, "team", "Kitchen"),
    ("forwarded_mail_own_subject", FORWARD, "title", "Groundskeeper / Kaitiaki Whenua"),
]

FIELDS = [
    ("title_under_cookie_banner", "Brightwater Homes\nHomes\nAbout\nCareers\nNews\nContact\nStaff login\n\n"
     "This website uses cookies to give you a better experience.\n\nPlumber\nMaintenance · Tralee\n\n"
     "We look after 900 homes and need a plumber for our repairs team.\n", "title", "Plumber"),
    ("title_count_after_comma", _posting("Care Assistant, 3 positions\n\nLocation: Tralee"), "title", "Care Assistant"),
    ("title_bilingual_count", _posting("Kuzhinier / Cook (3 vende / 3 positions)\n\nLocation: Durrës"), "title", "Kuzhinier / Cook"),
    ("title_bilingual_night_shifts", _posting("Operator linii / Line Operator (zmiany nocne / night shifts)\n\nLocation: Łódź"), "title", "Operator linii / Line Operator"),
    ("title_night_rotation_tail", _posting("Boiler Operator – Night Rotation\n\nLocation: Fort McMurray, AB"), "title", "Boiler Operator"),
    ("title_lower_case_bracket_kept", _posting("Главная › Вакансии › Оператор\n\nОператор (линия розлива напитков)\n\nГород: Самара"), "title", "Оператор (линия розлива напитков)"),
    ("title_over_rows_after_a_paragraph", "CITY OF LARKSPUR\n\nThe City invites applications for the post below. Preference goes to candidates in line "
     "with its Employment Equity Plan.\n\nPLUMBER (GRADE 6)\nDepartment: Water Services\nRef No: LP/WS/04\nLocation: Larkspur\n"
     "Remuneration: R 250 000 per annum\n\nDuties:\n- Repair water mains\n", "title", "PLUMBER (GRADE 6)"),
    ("title_not_the_agency_over_its_contact_line", "NORTHWIND RECRUITMENT\nStaff for the islands since 2001\nOffice: 3 Harbour Rd, Avarua · Tel (682) 21 400\n\n"
     "Job Order 5512\nDeckhand – 2 openings – Day Rotation\n\nLocation: Avarua, Cook Islands\n", "title", "Deckhand"),
    ("date_qualified_weak_label_is_no_posting", _posting("Lab Assistant\n\nInterview date\n2026-04-02"), "date_posted", None),
    ("date_albanian_month", _posting("Recepsionist / Receptionist\n\nPublikuar / Published: 14 qershor 2026"), "date_posted", "2026-06-14"),
    ("pay_albanian_month", _posting("Kamarier / Waiter\n\nPaga / Salary: 600 – 750 € në muaj"), "salary", {"min": 600.0, "max": 750.0, "currency": "EUR", "period": "month"}),
    ("education_higher_education_item", _posting("Logistics Analyst", "Requirements\n- Higher education, ideally in transport or economics\n- Good Excel\n"), "education_level", "bachelor"),
    ("education_higher_education_sector_no_degree", _posting("Payroll Officer", "About us\nWe are a leader in higher education, serving 20,000 students.\n"), "education_level", None),
    ("education_upper_secondary", _posting("Farm Hand", "Requirements\n- Completed upper secondary school\n"), "education_level", "high_school"),
    ("education_grade_12_with_abbreviation", _posting("Meter Reader", "Requirements\n- Grade 12 (NSC) or equivalent\n"), "education_level", "high_school"),
    ("company_label_in_guillemets", _posting("Кладовщик / Storekeeper\n\nEmployer: «Северная Звезда» (agency client)\nLocation: Kazan"), "company", "Северная Звезда"),
    ("company_not_a_postal_box", "RAROTONGA FIBRE LTD\nBP 455 · Avarua · Tel. (+682) 20 100\n\nVACANCY NOTICE\n\nPosition:\nField Technician\n\n"
     "Place of work: Avarua, Cook Islands\n\nAbout us\nRarotonga Fibre Ltd connects homes across the island.\n", "company", "Rarotonga Fibre Ltd"),
]


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS, ids=[c[0] for c in READERS + FIELDS])
def test_field_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


LISTS = [
    ("major_duties_heading", _posting("Pump Operator", "Position summary\nThe operator runs the town's two pump stations.\n\nMajor duties\n(1) Start and stop the pumps;\n(2) Log the flow readings.\n"),
     "responsibilities", ["Start and stop the pumps", "Log the flow readings."]),
    ("key_performance_areas_heading", _posting("Fitter", "Key performance areas:\n- Service the pumps\n- Keep the job cards\n"), "responsibilities", ["Service the pumps", "Keep the job cards"]),
    ("role_includes_heading", _posting("Cleaner", "The role includes:\n• Cleaning the classrooms\n• Emptying the bins\n"), "responsibilities", ["Cleaning the classrooms", "Emptying the bins"]),
    ("client_requires_heading", _posting("Welder", "What the client requires\nA trade certificate in welding\nTwo years on pipelines\n\nBenefits provided by the client\nFree meals\n"),
     "minimum_qualifications", ["A trade certificate in welding", "Two years on pipelines"]),
    ("ascii_bilingual_heading", _posting("Clerk", "Mahitaji / Requirements\n- A diploma in accounting\n- Good Excel\n"), "minimum_qualifications", ["A diploma in accounting", "Good Excel"]),
    ("minimum_with_a_preferred_clause_stays_required", _posting("Technician", "Requirements\n- Minimum 4 years of boiler experience, marine boilers preferred\n- Own tools\n"),
     "minimum_qualifications", ["Minimum 4 years of boiler experience, marine boilers preferred", "Own tools"]),
]


@pytest.mark.parametrize("case_id,text,field,expected", LISTS, ids=[c[0] for c in LISTS])
def test_list_sections(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


@pytest.mark.parametrize(
    "case_id,text,expected",
    [
        ("bilingual_city_label", _posting("Shitës / Sales Assistant\n\nQyteti / City: Velipojë, Shqipëri\nOrari / Schedule: 6 ditë / 6 days a week\n"
                                            "Paga / Salary: 500 € në muaj"), [("Velipojë", None, "Albania")]),
        ("list_of_regions_is_no_town", "Island Jobs — work across Yap, Chuuk, Pohnpei & Kosrae\n\nLine Mechanic\n\nLocation: Kolonia, Pohnpei\n\n"
         "We keep the island's power lines running.\n", [("Kolonia", "Pohnpei", "Micronesia")]),
        ("town_after_street_before_country", _posting("COOK WANTED\nBluefin Diner, Mission Road, Longridge, Norfolk Island"), [("Longridge", None, "Norfolk Island")]),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_places(case_id, text, expected):
    assert places(text) == expected


def test_database_surfaces_keep_one_record():
    dump, cql, sheet = normalize(PG_DUMP).text, normalize(CQLSH).text, normalize(SHEET).text
    assert "Forklift Driver" not in dump and "SET client_encoding" not in dump and "- Plan the inbound slots\n" in dump
    assert "Glaze Mixer" not in cql and "- Load and fire the kilns\n" in cql and "Pay max" not in cql
    assert "Night Porter" not in sheet and "Title: Cellar Technician\n" in sheet


def test_ocr_ones_are_read_as_letters_only_in_a_scan():
    assert "Closing date: 20 March 2026" in normalize(OCR_SCAN).text
    few = "Level B1 German, Win11 laptops and an H1B visa.\nShift A1 starts at 6.\n"
    assert normalize(few).text == few.strip()  # fewer than five misread words: codes stay as written
