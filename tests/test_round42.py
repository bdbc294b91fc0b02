"""Table-driven tests of the first round of 2026-12-05's evening: a record's typed members (Julia's dump, an IDE's
watch window), Pandoc's Markdown attributes, an MDX page's headings, a board's facts written name over value and its
search results written as blocks read as pages, and the field classes the s50 and s51 blind batches and the last round's
leftovers missed (a town named again as its region, an address block under a location label, "our client" in
French, an Australian labour agreement, workplace flags, title tails and headcount leads, pay labels over their
figures, the escudo's cifrão, a notice's own date over other jobs' dates, and more). Phrasings are ours."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.normalize import normalize
from tests.rule_helpers import extracted_field


def _posting(head: str, body: str = "About the role\nWe are looking for someone to join our busy team.\n") -> str:
    return head + "\n\n" + body


JULIA_DUMP = '''julia> dump(row)
Feeds.Vacancy
  board: String "vacatures.example"
  ref: String "VB-4471"
  title: String "Warehouse Team Leader"
  employer: String "Kanaal Logistiek"
  location: String "Tilburg, Noord-Brabant"
  hours: Int64 38
  remote: Bool false
  body: String "Kanaal Logistiek runs a cross-dock near the A58.\\n\\nWhat you do\\n- Plan the evening shift of twelve pickers\\n- Check inbound loads against the manifests\\n\\nWhat you bring\\n- At least 3 years of warehouse experience\\n- A forklift certificate"
'''

WATCH_WINDOW = '''Autos
Name\tValue\tType
\u25e2 job\t{Careers.Models.Job}\tCareers.Models.Job
  Id\t901\tint
  Code\t"HX-OPS-77"\tstring
  Title\t"Night Porter"\tstring
  Company\t"Harbourside Hotels"\tstring
  \u25e2 Place\t{Careers.Models.Place}\tCareers.Models.Place
    City\t"Aberdeen"\tstring
    Country\t"United Kingdom"\tstring
  Listed\t{02/11/2026 08:00:00}\tSystem.DateTime
  Hours\t40\tint
  Published\ttrue\tbool
  Summary\t"Harbourside Hotels is looking for a Night Porter.\\r\\n\\r\\nYou will:\\r\\n\u2022 Secure the building overnight\\r\\n\u2022 Help late arrivals with luggage"\tstring
'''

PANDOC = '''% Site Surveyor -- advert source
% People Team

<!-- pandoc survey.md -o survey.html -->

::: {.advert #surveyor}

# Site Surveyor {.job-title}

[Greystone Civil]{.company} · [Remote (anywhere in New Zealand)]{.location} · [Full-time]{.job-type}

Reference
:   GC-2210

## What you'll do {#duties}

- Set out foundations and drainage on housing sites
- Keep survey records in the project's system

:::
'''

MDX = '''---
title: "Platform Engineer"
draft: false
---

import { Meta } from '@site/src/components/Meta';

<Meta
  company="Tern Payments"
  location="Wellington"
  type="Full-time"
  salary="NZ$120,000 per year"
/>

# Platform Engineer

Tern Payments moves money for small shops.

## What we're looking for

- 4+ years of experience running services on Kubernetes
- Comfort with on-call rotations
'''

STACKED = '''Job Snapshot
Base Pay
$19.50 - $22.00 /Hour
Employee Type
Part-Time
Industry
Retail
Education
High School
Experience
At least 1 year(s)
Job ID
RT-88-201

Job Description
Our store in Fargo is hiring a cashier.

What You Bring:
Friendly manner with customers
Cash handling experience
'''

CARD_BLOCKS = '''Search results for "bookkeeper"

Maple & Pine Accounting 4.2 \u2605
Junior Bookkeeper
Tulsa, OK
$18.00 - $21.00 Per Hour (Employer est.)

Redbud Tax Services 3.9 \u2605
Payroll Clerk
Broken Arrow, OK
$40K - $46K (Employer est.)

Prairie Ledger LLC
Staff Accountant
Norman, OK
$55K - $62K (Glassdoor est.)

Osage Books 4.4 \u2605
Bookkeeper - Small Business Clients
Oklahoma City, OK
$48K - $54K (Employer est.)

-----

Osage Books 4.4 \u2605
Bookkeeper - Small Business Clients (Full-Time)
Oklahoma City, OK

Job details
Pay
$48,000 - $54,000 a year

Full job description
Osage Books keeps the accounts of 140 small businesses across central Oklahoma.
'''

READERS = [
    ("julia_dump_string_member", JULIA_DUMP, "company", "Kanaal Logistiek"),
    ("julia_dump_id_member", JULIA_DUMP, "job_id", "VB-4471"),
    ("julia_dump_text_member_lists", JULIA_DUMP, "responsibilities",
     ["Plan the evening shift of twelve pickers", "Check inbound loads against the manifests"]),
    ("watch_window_string_rows", WATCH_WINDOW, "title", "Night Porter"),
    ("watch_window_nested_record_rows", WATCH_WINDOW, "locations", [{"city": "Aberdeen", "region": None, "country": "United Kingdom"}]),
    ("watch_window_braced_date", WATCH_WINDOW, "date_posted", "2026-11-02"),
    ("pandoc_heading_attributes_cut", PANDOC, "title", "Site Surveyor"),
    ("pandoc_bracketed_span_company", PANDOC, "company", "Greystone Civil"),
    ("mdx_headings_kept_under_component_props", MDX, "min_years_experience", 4),
    ("stacked_facts_are_no_items", STACKED, "minimum_qualifications", ["Friendly manner with customers", "Cash handling experience"]),
    ("stacked_facts_id", STACKED, "job_id", "RT-88-201"),
    ("card_blocks_are_other_jobs_pay", CARD_BLOCKS, "salary", {"min": 48000.0, "max": 54000.0, "currency": "USD", "period": "year"}),
    ("card_blocks_are_other_jobs_title", CARD_BLOCKS, "title", "Bookkeeper - Small Business Clients"),
]

FIELDS = [
    ("town_named_again_as_its_region", _posting("Claims Officer\nNelson, Nelson, New Zealand"),
     "locations", [{"city": "Nelson", "region": "Nelson", "country": "New Zealand"}]),
    ("town_then_its_unit_is_no_repeat", _posting("Site Engineer\nBasra, Basra Governorate, Iraq"),
     "locations", [{"city": "Basra", "region": "Basra Governorate", "country": "Iraq"}]),
    ("address_block_under_a_location_label", _posting("Porter\nJob locations\nRoyal Hospital\nHospital Road\nTruro\nCornwall\nTR1 3LJ"),
     "locations", [{"city": "Truro", "region": "Cornwall", "country": "United Kingdom"}]),
    ("french_named_client_with_joiners", _posting(
        "Comptable", "Atlas RH recrute pour le compte de son client Société de l'Ogooué Forestière (SOF), un groupe forestier.\n"),
     "company", "Société de l'Ogooué Forestière"),
    ("labour_agreement_sponsorship", _posting(
        "Chef", "Sponsorship is available for eligible cooks under the Restaurant Industry Labour Agreement.\n"), "visa_sponsorship", True),
    ("json_workplace_flag", '{\n  "title": "Data Clerk",\n  "company": "Fenwick Ltd",\n  "city": "Leeds",\n  "hybrid": true,\n'
     '  "description": "We keep records. You will enter invoices every day."\n}', "workplace", "hybrid"),
    ("open_until_filled_tail", _posting("Park Ranger II - Open Until Filled\nLocation: Bend, OR"), "title", "Park Ranger II"),
    ("french_contract_tail", _posting("Magasinier (H/F) – CDD\nLieu : Dakar"), "title", "Magasinier (H/F)"),
    ("headcount_lead_in_words_and_figures", "Cabinet Sahel RH recrute :\n\nTROIS (03) CHAUFFEURS POIDS LOURDS (H/F)\n\n"
     "Lieu de travail : Niamey\n", "title", "CHAUFFEURS POIDS LOURDS (H/F)"),
    ("places_headcount_tail", _posting("Graduate Programme 2027 (12 places)\nLocation: Galway"), "title", "Graduate Programme 2027"),
    ("bulletin_number_label", _posting("Library Aide\nBULLETIN NUMBER: 26-117"), "job_id", "26-117"),
    ("competition_id_label", _posting("Clerical Officer\nCompetition ID: HSE-CO-551"), "job_id", "HSE-CO-551"),
    ("pay_labels_over_their_figures", _posting("Research Nurse\nPay Range Minimum:\n$62,000.00\nPay Range Maximum:\n$71,500.00\nPay Frequency:\nAnnual"),
     "salary", {"min": 62000.0, "max": 71500.0, "currency": "USD", "period": "year"}),
    ("cifrao_escudo_amounts", _posting("Mecânico\nLocal: Praia, Cabo Verde\nSalário: 60.000$00 a 70.000$00 por mês"),
     "salary", {"min": 60000.0, "max": 70000.0, "currency": "CVE", "period": "month"}),
    ("amount_in_words_before_the_period", _posting(
        "Technician\nDuty station: Asmara, Eritrea\nSalary: Nfa 6,400.00 (Six thousand four hundred Nakfa) gross per month"),
     "salary", {"min": 6400.0, "max": 6400.0, "currency": "ERN", "period": "month"}),
    ("other_jobs_dates_are_theirs", "Bamako, le 3 décembre 2026\n\nAVIS DE RECRUTEMENT\n\nPoste : Comptable\nLieu : Bamako\n\n"
     "Offres récentes\nChauffeur – Ségou – publiée le 27/11/2026\n", "date_posted", "2026-12-03"),
    ("menu_with_sign_in_is_no_page_title", "Pima County Jobs | Openings | Sign In | Create Account\n\nPIMA COUNTY\n"
     "invites applications for the position of:\n\nLibrarian I\n\nSALARY: $4,100.00 Monthly\n", "title", "Librarian I"),
    ("name_over_its_size_line", _posting("Brennan Walsh\nEngineering consultancy | 230 employees in Ireland\n\nGraduate Engineer\nLocation: Sligo"),
     "company", "Brennan Walsh"),
    ("english_label_before_its_arabic_name", "Vacancy No. / رقم الشاغر: AB-2026-9\nPosition Title / المسمى الوظيفي: Cashier\n"
     "Department / القسم: Finance Unit\nDuty Station / مكان العمل: Amman, Jordan\n", "team", "Finance Unit"),
    ("the_working_week_is_n_hours", _posting("Clerk", "The standard working week is 37 hours, Monday to Friday.\n"), "weekly_hours", 37),
    ("contract_for_a_length", _posting("Lab Analyst (fulltime)", "We offer a contract for 1 year, with the prospect of a permanent contract.\n"),
     "employment_type", "contract"),
    ("temporary_contract_for_a_length_stays_temporary", _posting("Lab Analyst", "A temporary contract for 6 months.\n"),
     "employment_type", "temporary"),
    ("person_specification_table", _posting("Research Fellow", "Person Specification\nCriteria | Essential/Desirable | Assessed by\n"
     "PhD in Physics | E | Application\nExperience with cryostats | D | Interview\n"),
     "preferred_qualifications", ["Experience with cryostats"]),
    ("plural_acronym_stays_whole", _posting("Billing Clerk", "What You Will Do:\nReconcile ERAs against the ledger\nPost payments\n"
     "Call payers about denials\n"), "responsibilities", ["Reconcile ERAs against the ledger", "Post payments", "Call payers about denials"]),
    ("french_profile_and_conditions_heading", _posting("Agent d'accueil", "Profil et conditions\n- Être titulaire du baccalauréat ;\n"
     "- Maîtrise de Word ;\n"), "minimum_qualifications", ["Être titulaire du baccalauréat", "Maîtrise de Word"]),
    ("remote_area_makes_a_meta_line", "Software Tester\n\nHarbour Byte · Remote (anywhere in Australia) · Full-time\n\nWe test payroll apps.\n",
     "company", "Harbour Byte"),
    ("on_site_facility_is_a_benefit", _posting("Research Associate", "We offer 30 days' leave and on-site nursery places.\n"), "workplace", None),
    ("office_based_with_on_site_parking", _posting("AP Clerk\nLeeds", "Office-based, free on-site parking\n"), "workplace", "onsite"),
    ("crediting_rules_are_no_requirements", _posting("Lab Technician", "Qualifications\n"
     "- One year of experience equivalent to the GS-5 level in a clinical laboratory.\n"
     "- A full year of work is considered to be 40 hours of work per week.\n"
     "- Part-time experience will be credited on the basis of the hours actually worked.\n"
     "- Applicants wishing to receive credit for volunteer work must describe it in their resume.\n"),
     "minimum_qualifications", ["One year of experience equivalent to the GS-5 level in a clinical laboratory."]),
    ("site_named_after_the_heading", _posting("Dental Assistant - Harbor View Community Dental Clinic (HVCDC)\nLocation: Duluth, MN"),
     "title", "Dental Assistant"),
    ("bracketed_place_of_work_and_a_schedule_after_it", "LPN - Community Living Center (Marlin) Part-time\n\nLocation\n\n- Marlin, Texas\n\n"
     "Duties\nCare for veterans in the living center.\n", "title", "LPN - Community Living Center"),

]


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS, ids=[c[0] for c in READERS + FIELDS])
def test_field_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


def test_julia_session_and_types_are_left_out():
    out = normalize(JULIA_DUMP).text
    assert "julia>" not in out and "String" not in out and "Int64" not in out and "Remote" not in out
    assert "Hours: 38\n" in out


def test_watch_window_header_and_object_rows_are_left_out():
    out = normalize(WATCH_WINDOW).text
    assert "Name: Value" not in out and "Careers.Models" not in out and "Published" not in out and "\tstring" not in out


def test_pandoc_fences_comments_and_attributes_are_left_out():
    out = normalize(PANDOC).text
    assert ":::" not in out and "<!--" not in out and "{." not in out and "{#" not in out and "]" not in out


def test_mdx_headings_stay_beside_component_props():
    out = normalize(MDX).text
    assert "\nWhat we're looking for\n" in out and "Company: Tern Payments" in out


def test_skill_after_the_dash_of_a_page_title_is_no_employer():
    """A real Workable ad (EMSCAD, CC0) whose body says "PHP is in the post title": the skill stays in the title."""
    text = (Path(__file__).resolve().parent.parent / "golden" / "real" / "docs" / "emscad_000379.txt").read_text(encoding="utf-8")
    assert extracted_field(text, "title") == "Web Developer - PHP"
