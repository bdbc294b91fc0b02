"""Title, company and team on page shapes seen for the first time (issue 11, round 19): where the employer's name
stands on a board's search card, a newspaper's vacancy notice, a public body's letterhead, a heading closed by the
employer, a digest's numbered job headings, a union's job call, and the tails a classified ad or a school district
glues to the title. Phrasings are invented for other boards and countries, not copied from the gold. Offline,
table-driven."""

from __future__ import annotations

import pytest

from rule_helpers import rule_value as _value


_SEARCH_CARD = "{board}\n{menu}\n{query}\n\n{title}\n{company}\n{place}\n{pay}\n• {duty}\nPosted 2 days ago\n\n{title2}\n{company2}\n{place2}\n"


@pytest.mark.parametrize(
    "fields, company, team",
    [
        # a board's menu addresses employers beside a sign-in: the name line under the heading is the employer
        (dict(board="Jobhunt", menu="Find jobs   Career advice   Sign in   For Employers", query="welder jobs near Leeds · 212 jobs",
              title="MIG Welder", company="Calder Steel Fabrications", place="Leeds, West Yorkshire · Full-time", pay="£14.50 an hour",
              duty="Weld structural steel to drawings", title2="Fabricator", company2="Aire Works", place2="Bradford, West Yorkshire"),
         "Calder Steel Fabrications", None),
        (dict(board="seekwork", menu="Jobs   Companies   Log in | Employers / Post a job", query="What: nurse   Where: Perth WA",
              title="Registered Nurse", company="Swan Valley Aged Care", place="Perth WA", pay="$42 - $48 an hour",
              duty="Provide clinical care to residents", title2="Enrolled Nurse", company2="Coastal Health", place2="Fremantle WA"),
         "Swan Valley Aged Care", None),
        (dict(board="KarriereNord", menu="Jobs   Unternehmen   Arbeitgeber   Anmelden | Register", query="Lagerist Jobs in Hamburg",
              title="Warehouse Operative", company="Elbe Logistik", place="Location: Hamburg, Germany (on-site)", pay="Salary: €2,900 per month",
              duty="Pick and pack orders", title2="Driver", company2="Nordfracht", place2="Kiel, Germany"),
         "Elbe Logistik", None),
    ],
)
def test_search_card_name_line_is_the_employer(fields: dict, company: str, team) -> None:
    text = _SEARCH_CARD.format(**fields)
    assert _value("company", text) == company
    assert _value("team", text) == team


@pytest.mark.parametrize(
    "text, company",
    [
        # a notice's employer on its own line, the call opening the next line in lower case
        ("DAILY MONITOR – Classifieds\n\nVACANCY\nNILE BREWERIES LIMITED\ninvites applications from qualified Ugandans for:\n\nQUALITY SUPERVISOR\n"
         "Location: Jinja\n", "NILE BREWERIES LIMITED"),
        ("Times of Malta — Situations Vacant\n\nHarbour View Hotel\nSliema, Malta\n\nis looking for an experienced\n\nNIGHT AUDITOR\n", "Harbour View Hotel"),
        ("The Post Courier — Employment\n\nHighlands Timber Company\nseeks a motivated\n\nSAWMILL SUPERVISOR\nLocation: Lae\n", "Highlands Timber Company"),
        ("Kenya Vacancies\n\nRift Valley Dairies Ltd\nwishes to recruit a\n\nMILK COLLECTION CLERK\n", "Rift Valley Dairies Ltd"),
        # the name, an apposition, then the call
        ("Sunday News\n\nFIELD ENGINEER\nCoral Coast Telecoms Limited, a leading provider of mobile services in Fiji, invites applications for the post above.\n",
         "Coral Coast Telecoms Limited"),
        ("SITE FOREMAN\nNorthgate Builders, the region's largest home builder, is looking for a site foreman in Kamloops.\n", "Northgate Builders"),
        # "is pleased to announce" the vacancy
        ("Vacancy Announcement\n\nPema Hydro Limited is pleased to announce the following vacancy:\nPosition: Electrical Engineer\n", "Pema Hydro Limited"),
    ],
)
def test_notice_names_the_employer_over_its_call(text: str, company: str) -> None:
    assert _value("company", text) == company


@pytest.mark.parametrize(
    "text",
    [
        # a newspaper's or board's masthead is never the employer
        "THE CHRONICLE – Classifieds › Jobs\n\nSTORE MANAGER\nWe are a busy hardware shop.\n",
        "Island Times – Classified Adverts – Situations Vacant\n\nDRIVER\nMust hold a clean licence.\n",
        # "Applications are invited" names no one; "Employer · Active 2 days ago" is a board's word
        "POST: CLERICAL OFFICER\n\nApplications are invited from suitably qualified persons for the post of Clerical Officer.\n",
        "Cook\nWinnipeg, MB\nEmployer · Active 3 days ago\n",
    ],
)
def test_publisher_lines_and_words_are_not_employers(text: str) -> None:
    assert _value("company", text) is None


@pytest.mark.parametrize(
    "text, company",
    [
        ("Pinecrest Jobs Board - Harbour Freight Careers\n\nWarehouse Lead\nAuckland · Permanent\n\nWe move freight across New Zealand.\n",
         "Harbour Freight"),
    ],
)
def test_careers_brand_on_a_publisher_masthead(text: str, company: str) -> None:
    assert _value("company", text) == company
    assert _value("title", text) == "Warehouse Lead"


@pytest.mark.parametrize(
    "text, company",
    [
        # a government's letterhead, then the ministry that hires
        ("GOVERNMENT OF GRENADA\nPUBLIC SERVICE COMMISSION NOTICE\nMinistry of Health and Social Security\n\nPOST: PHARMACIST\n", "Ministry of Health and Social Security"),
        ("Government of Saint Lucia\nDepartment of Public Service\n\nVacancy: Clerk II\n", "Department of Public Service"),
        # a federal page names the department, then the agency under it
        ("Park Ranger\nDepartment of the Interior\nNational Park Service\n\nOverview\nSalary: $45,000 per year\n", "National Park Service"),
        ("Soil Scientist\nDepartment of the Agriculture\nNatural Resources Conservation Service\n\nDuties\n", "Natural Resources Conservation Service"),
    ],
)
def test_agency_under_its_parent_body(text: str, company: str) -> None:
    assert _value("company", text) == company


@pytest.mark.parametrize(
    "text, title, company",
    [
        ("Trabajos Peru › Hotelería\nRecepcionista Bilingüe | Hotel Inca Real\nCusco · Tiempo completo\n\nHotel Inca Real (85 rooms) is looking for a receptionist.\n",
         "Recepcionista Bilingüe", "Hotel Inca Real"),
        ("Dev Forum › Jobs\n\n[Remote] Backend Engineer (Go) — Lantern Metrics\nposted by jdoe · 3 replies\n\nHi all, I'm the CTO at Lantern Metrics, a small team in Leeds.\n",
         "Backend Engineer (Go)", "Lantern Metrics"),
    ],
)
def test_heading_closed_by_the_employer(text: str, title: str, company: str) -> None:
    assert _value("title", text) == title
    assert _value("company", text) == company


@pytest.mark.parametrize(
    "text, title",
    [
        # a digest numbers its job headings; the first one over its metadata is the posting's
        ("Hi all,\nHere are this week's roles.\n\n1) WAREHOUSE PICKER – NIGHTS\nLocation: Reading\nPay: £12.10/hr\n\n2) DRIVER\nLocation: Slough\n", "WAREHOUSE PICKER"),
        ("We have two roles open.\n\n1. Library Assistant\nHobart · Part-time · 20 hours per week\nSalary: $31 per hour\n\n2. Archivist\nHobart\n", "Library Assistant"),
        # a numbered duty is no heading
        ("Duties\n1) Answer calls from customers.\n2) Book appointments.\n", None),
        # a union's job call names the trade under CLASSIFICATION; a grade there is no title
        ("LOCAL 99 – DISPATCH\nCALL #: 77-01\nCLASSIFICATION: Journeyman Electrician\nEMPLOYER: Sparks Ltd\n", "Journeyman Electrician"),
        ("Position Title: Planning Officer\nClassification: Band 5\n", "Planning Officer"),
        # tails a classified ad or a district glues to the title
        ("Welder – Experienced – $30/hr\nCompany: Prairie Steel\n", "Welder"),
        ("Kitchen Porter - No Experience Needed\nLocation: Cork\n", "Kitchen Porter"),
        ("Special Education Teacher – 2026-27 School Year\nJobID: 55\nLocation: Lincoln, NE\n", "Special Education Teacher"),
        ("Machine Operator - Afternoons\nLocation: Windsor, ON\n", "Machine Operator"),
    ],
)
def test_title_forms(text: str, title) -> None:
    assert _value("title", text) == title


@pytest.mark.parametrize(
    "text, company, team",
    [
        # a school or faculty line under the heading of a university's jobs site is its unit
        ("University of Northbridge – Jobs\nSearch vacancies | Help\n\nLab Technician (Genomics)\nFaculty of Medicine\nLocation: Main Campus\n"
         "Salary: Grade 5\n\nThe University of Northbridge is a research university.\n", "University of Northbridge", "Faculty of Medicine"),
        # a ministry's division line under the heading, with its town
        ("MINISTRY OF WORKS\nVACANCY\n\nThe Ministry of Works invites applications from qualified citizens for the following position:\n\n"
         "SENIOR SURVEYOR – LAND SECTION\nSurvey Division, Lautoka\nSalary: Level 9\n", "Ministry of Works", "Survey Division"),
    ],
)
def test_unit_line_under_the_heading(text: str, company: str, team: str) -> None:
    assert _value("company", text) == company
    assert _value("team", text) == team


@pytest.mark.parametrize(
    "text",
    [
        # a city with its region code in a board's dotted metadata line is the place, no team
        "Sales Executive\nAdelaide SA · Permanent · Full Time\nSalary: $80,000\n",
        "Site Supervisor\nDarwin NT · Contract · Full Time\n",
    ],
)
def test_city_and_region_code_is_no_team(text: str) -> None:
    assert _value("team", text) is None


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Field Agronomist", True), ("Senior Epidemiologist", True), ("Anaesthetist", True), ("Entomologist", True),
        ("Application Checklist", False), ("Shortlist", False), ("We Assist", False), ("Artist", True),
    ],
)
def test_practitioner_nouns_name_a_job(word: str, expected: bool) -> None:
    from extractor.rules.title import has_job_noun

    assert has_job_noun(word) is expected


@pytest.mark.parametrize(
    "text, title, company",
    [
        # a social post's heading: an engagement tag, the role, "at" the employer its own link names
        ("Bluesky\n\nFreelance: Motion Designer at Quillfeather Studio ✨\n\n📍 Remote, EU\nDM me or apply at quillfeather.studio/jobs\n",
         "Motion Designer", "Quillfeather Studio"),
        ("Internship: Data Analyst at Brightwater Analytics\nSend your CV to hr@brightwateranalytics.com\n", "Data Analyst", "Brightwater Analytics"),
        # a label about the contract's terms is no heading
        ("Graphic Designer\nContract: 6 months\nLocation: Leeds\n", "Graphic Designer", None),
    ],
)
def test_post_heading_with_engagement_tag(text: str, title: str, company) -> None:
    assert _value("title", text) == title
    assert _value("company", text) == company


@pytest.mark.parametrize(
    "text, company",
    [
        # a Word or PDF document's page footer names the organisation beside the page number, on every page
        ("POSITION DESCRIPTION\nPosition Title: Records Officer\n\nTaranaki Regional Council Page 1 of 2\n\n1. PURPOSE\nKeep records.\n\n"
         "Taranaki Regional Council Page 2 of 2\n", "Taranaki Regional Council"),
        ("Position Title: Youth Worker\n\nHarbourside Community Trust | Page 1\n\nDuties\nRun the drop-in.\n\nHarbourside Community Trust | Page 2\n",
         "Harbourside Community Trust"),
        # the document's own name in its footer is no employer; a footer printed once is not read
        ("Position Title: Records Officer\n\nPosition Description Page 1 of 2\n\nDuties\nKeep records.\n\nPosition Description Page 2 of 2\n", None),
        ("Position Title: Records Officer\n\nDuties\nKeep records.\n\nNorthern Rivers Trust Page 1 of 1\n", None),
    ],
)
def test_page_footer_names_the_organisation(text: str, company) -> None:
    assert _value("company", text) == company


@pytest.mark.parametrize(
    "text, company",
    [
        # a labelled name with its acronym: the name (as the head block and letterheads read it)
        ("Job title: Field Officer\nOrganisation: Kivu Rural Water Trust (KRWT)\nDuty station: Goma\n", "Kivu Rural Water Trust"),
        ("Position: Nurse\nEmployer: Coastal Health Network (CHN)\n", "Coastal Health Network"),
        # brackets that do not spell the name stay
        ("Position: Nurse\nEmployer: Atlas Care (UK)\n", "Atlas Care (UK)"),
    ],
)
def test_labelled_name_with_its_acronym(text: str, company: str) -> None:
    assert _value("company", text) == company
