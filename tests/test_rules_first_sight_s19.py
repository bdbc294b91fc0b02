"""Title, company, team, places and visa on page forms first seen in s16–s19 (issue 11, round 23): a schedule tail of a
status and a shift, a details table flattened with one space per row, a pay basis printed under the heading, a unit
the page labels shown beside the place, "The <word>" standing for the letterhead's name, several jobs under the same
labels on one page, a workplace cue before a locality the gazetteer does not know, a visa provided with other things
and the EU Blue Card. Every case uses boards, names, trades and countries of its own, not a golden posting's strings."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules
from tests.rule_helpers import places, rule_value

ANY = "<not asserted>"


def _found(text: str, fields: list[str]) -> dict:
    found = run_rules(context_for(text), fields)
    return {f: (found[f].value if f in found else None) for f in fields}


TITLE_CASES = [
    # a shift and an on-call rota in one tail, written in capitals or not
    ("days_and_on_call_rota", "Facilities Careers\nSearch Jobs\nMOBILE ELECTRICAL ENGINEER - DAYS + 1 IN 4 ON-CALL\nLocation: Swindon, Wiltshire\n\nAbout the role\nService our clients' sites.",
     "MOBILE ELECTRICAL ENGINEER"),
    ("nights_and_on_call", "Facilities Careers\nSearch Jobs\nLift Engineer - Nights & On Call\nLocation: Leeds\n\nAbout the role\nService lifts.",
     "Lift Engineer"),
    ("on_call_as_the_job", "Facilities Careers\nSearch Jobs\nOn-Call Maintenance Engineer\nLocation: Leeds\n\nAbout the role\nFix things at night.",
     "On-Call Maintenance Engineer"),
    # a status and a shift in one tail after the heading's specialty: both are cut, the specialty stays
    ("per_diem_nights", "Lakeshore Health Careers\nSearch Jobs   Sign In\nRespiratory Therapist - Pediatrics - Per Diem Nights\nLakeshore Children's Hospital\nMilwaukee, WI, United States\nReq ID 77120\n\nJob Description\nYou will treat children.",
     "Respiratory Therapist - Pediatrics"),
    ("part_time_evenings", "Harbour Foods Careers\nSearch Jobs\nWarehouse Associate - Grocery – Part-Time Evenings\nHalifax, NS\n\nAbout the role\nPick and pack orders.",
     "Warehouse Associate - Grocery"),
    ("nights_slash_weekends", "Prairie Care Careers\nSearch Jobs\nLicensed Practical Nurse - Long Term Care - Nights/Weekends\nRegina, SK\n\nAbout the role\nCare for residents.",
     "Licensed Practical Nurse - Long Term Care"),
    ("specialty_kept", "Prairie Care Careers\nSearch Jobs\nLicensed Practical Nurse - Long Term Care\nRegina, SK\n\nAbout the role\nCare for residents.",
     "Licensed Practical Nurse - Long Term Care"),
    ("specialty_then_bracketed_shift", "Respiratory Therapist - Home Ventilation (Nights)\nRiverside Care Partners\n4.1 out of 5 stars\nDayton, OH 45402\nPay: $31.00 - $39.00 per hour\n\nFull job description\nRiverside Care Partners needs a home ventilation therapist for its Home Ventilation service.",
     "Respiratory Therapist - Home Ventilation"),
    # a details table flattened with one space: a two-word label that says "title", then the title
    ("position_title_spaced", "JobsNZ Public Sector\nMinistry of Coastal Affairs\nPosition title Senior Advisor – Fisheries Policy\nVacancy number MCA-2291\nLocation Wellington\n\nAbout the role\nYou will advise the Minister.",
     "Senior Advisor – Fisheries Policy"),
    ("job_title_spaced", "City Careers Portal\nJob title Water Treatment Operator II\nJob number 24-0119\nSalary $31.10 Hourly\n\nDescription\nOperate the plant.",
     "Water Treatment Operator II"),
    # a job whose name opens with "Title" has no label before it
    ("title_examiner_not_a_label", "Lone Star Land Careers\nSearch Jobs\nTitle Examiner\nAustin, TX\n\nAbout the role\nYou will examine land titles.",
     "Title Examiner"),
]


@pytest.mark.parametrize("name, text, title", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_title_on_first_sight_forms(name, text, title):
    assert _found(text, ["title"])["title"] == title


TEAM_CASES = [
    # a public service's details table, one "Label Value" row a line: the department row is the team
    ("county_department_row", "County of Marin\nClass Specifications   Job Opportunities\nLibrary Assistant II\nSalary $28.40 - $34.52 Hourly\nLocation San Rafael, CA\nJob Type Full-Time\nJob Number 25-2210-01\nDepartment Marin County Free Library\nOpening Date 10/01/2025\nClosing Date 10/20/2025\n\nDescription\nHelp patrons.",
     "Marin County Free Library"),
    # an APS-style "Division/Branch/Section" path row among the vacancy's rows
    ("aps_division_branch_path", "Careers Portal\nDepartment of Inland Waters\nPosition title EL1 – Hydrology Lead\nVacancy number IW-25-088\nPosition number 5521\nAgency Department of Inland Waters\nDivision/Branch/Section Science Division / Groundwater Branch\nJob Type Ongoing, Full-time\nLocation Adelaide SA\nClassification Executive Level 1\n\nAbout the role\nLead a team of hydrologists.",
     "Science Division / Groundwater Branch"),
    # a hospital ATS's last row, "Job Category", under four rows of the table
    ("hospital_job_category_last_row", "Northbay Health Careers\nSearch Jobs\nSurgical Technologist - Operating Room\nNorthbay Medical Center\nFairfield, CA, United States\nPosting Date 09/12/2025\nReq ID 2025-55120\nJob Schedule Full Time\nJob Shift Days\nJob Category Surgical Services\nApply Now\nJob Description\nPrepare the operating room.",
     "Surgical Services"),
    # a row alone in prose is no table
    ("department_word_in_prose", "Northbay Health Careers\nSurgical Technologist\nFairfield, CA\n\nAbout us\nDepartment Heads meet weekly to plan the rota.\nYou will prepare the operating room.",
     None),
    # a pay basis under the heading is the header's metadata, not a team
    ("salaried_not_a_team", "Job Details\nPayroll Specialist\nOmaha, NE\nFull Time\nSalaried\nDescription\nFounded in 1971, Plainsview Mutual insures farms across Nebraska. We need a Payroll Specialist.",
     None),
    ("non_exempt_not_a_team", "Job Details\nWelder Fabricator\nTulsa, OK\nFull Time\nNon-Exempt\nDescription\nRedbud Steel builds trailers. We need a welder.",
     None),
]


@pytest.mark.parametrize("name, text, team", TEAM_CASES, ids=[c[0] for c in TEAM_CASES])
def test_team_on_first_sight_forms(name, text, team):
    assert _found(text, ["team"])["team"] == team


COMPANY_CASES = [
    # the unit the page labels (Department, on its own line) shown beside the place is not the employer
    ("labelled_department_beside_place", "Harborview Home Care Careers\nOccupational Therapist\nOccupational Therapy · Tacoma, Washington\nApply for This Job\nDepartment\nOccupational Therapy\nEmployment Type\nFull-Time\nHarborview Home Care serves older adults in their homes across Pierce County.",
     "Harborview Home Care"),
    # "The <word>" in the EEO line stands for the letterhead's longer name: never the employer's name
    ("the_district_back_reference", "North Plains Unified School District 14\nOnline Application   Job Postings\nSpecial Education Paraprofessional\nJobID: 9931\nLocation: Fargo, ND\n\nDescription\nSupport students in the resource room.\nThe District is an equal opportunity employer.",
     ANY),
    ("the_council_back_reference", "MIDLANDS JOINT APPRENTICESHIP COUNCIL\nPlumbers Local 52\n\nNOW ACCEPTING APPLICATIONS\nPLUMBING APPRENTICESHIP\n\nThe Midlands Joint Apprenticeship Council trains plumbers for commercial work.\nThe Council is an equal opportunity employer.",
     ANY),
    # "Careers | <Name>" whose full name is not said again (the footer is cut), its first word is (the site menu)
    ("careers_pipe_name_first_word", "Careers | Tamarind Logistics Parks\nHome  About Us  Life at Tamarind  Current Openings\nJob Title: Warehouse Supervisor\nLocation: Chennai, Tamil Nadu\n\nAbout the role\nRun the inbound dock.",
     "Tamarind Logistics Parks"),
    ("careers_pipe_generic_word", "Careers | Opportunities\nHome  Jobs\nJob Title: Warehouse Supervisor\nLocation: Chennai, Tamil Nadu\n\nAbout the role\nRun the inbound dock.",
     None),
    # "<Name> (Pty) Ltd, <what it is>, invites applications for …": a public notice's employer, its bracketed legal form kept
    ("invites_applications_bracketed_form", "VACANCY: STORES CLERK\nKalahari Mills (Pty) Ltd, a flour miller supplying the whole region, invites applications for the position of Stores Clerk at its mill in Gaborone.\nDuties\n- Keep stock records.",
     "Kalahari Mills (Pty) Ltd"),
    ("invites_suitably_qualified", "POST: DRIVER\nNakuru Dairy Cooperative invites suitably qualified candidates to apply for the post of Driver.\nDuties\n- Drive.",
     "Nakuru Dairy Cooperative"),
    # a careers page's heading "Join <Name>" alone on its line names the employer; "Join Today" / "Join Us Today" do not
    ("join_heading_alone", "Careers\nJoin Hotel Palazzo Verde\nPosition: Housekeeper\nLocation: Kotor\n\nOur 40-room hotel needs a housekeeper.",
     "Hotel Palazzo Verde"),
    ("join_heading_accented_name", "Careers\nJoin Clínica Dental Sonrisa\nRole: Dental Nurse\n\nWe need a nurse.",
     "Clínica Dental Sonrisa"),
    ("join_today_no_name", "Careers\nJoin Today\nRole: Barista\n\nWe need a barista.", None),
    ("join_us_today_no_name", "Careers\nJoin Us Today\nRole: Barista\n\nWe need a barista.", None),
    ("join_a_growing_team_no_name", "Careers\nJoin A Growing Team\nRole: Barista\n\nWe need a barista.", None),
    # a firm whose name opens with "The" and is not written longer on the page is still the employer
    ("the_firm_named_so", "Store Supervisor\nBristol, UK\n\nAbout us\nThe Bakehouse is an equal opportunity employer and bakes bread daily for 40 cafés.",
     "The Bakehouse"),
]


@pytest.mark.parametrize("name, text, company", COMPANY_CASES, ids=[c[0] for c in COMPANY_CASES])
def test_company_on_first_sight_forms(name, text, company):
    value = _found(text, ["company"])["company"]
    if company is ANY:
        assert value not in ("The District", "The Council")
    else:
        assert value == company


def test_letterhead_named_again_in_the_body_is_the_employer():
    text = COMPANY_CASES[2][1]
    assert _found(text, ["company"])["company"] != "The Council"


PLACE_CASES = [
    # an agency's digest of several jobs under the same labels: the first job's place only
    ("agency_digest", "Subject: Hot jobs this week\n\n1) CNC MACHINIST – DAYS\nLocation: Oldham\nPay: £15.20/hr\nShift: Mon–Fri 6am–2pm\nRef: GM-4410\nWhat you'll do:\n* Set and run a Haas mill\n\n2) PICKER PACKER – NIGHTS\nLocation: Bolton\nPay: £12.60/hr\nNo experience needed.\n\n3) HGV CLASS 2 DRIVER\nLocation: Wigan\nPay: £16.50/hr\n",
     [("Oldham", None, None)]),
    ("union_job_calls", "IBEW LOCAL 77 DISPATCH\nPosted: March 3, 2026\n\nJOB CALL #311\nCLASSIFICATION: Journeyman Lineman\nEMPLOYER: Cascade Line Builders\nLOCATION: Yakima, WA\nRATE: $68.10/hr\n\nREQUIREMENTS:\n- CDL Class A\n\nJOB CALL #312\nCLASSIFICATION: Groundman\nEMPLOYER: Ridge Utility Services\nLOCATION: Spokane, WA\nRATE: $38.40/hr\n",
     [("Yakima", "Washington", "United States")]),
    # one job with its place labelled once and other labels repeated in a summary is no digest
    ("one_job_two_places_one_label", "Store Manager\nLocation: Leeds; Bradford\nPay: £32,000\n\nAbout the role\nRun two stores.\nPay: reviewed yearly\n",
     [("Leeds", None, None), ("Bradford", None, None)]),
    # a workplace cue, a locality the gazetteer does not know, then the town
    ("cue_unknown_locality_town", "Cutting Room Supervisor\n\nLimpopo Leather (Pty) Ltd invites applications for a Cutting Room Supervisor at its factory in Seshego Industrial Park, Polokwane.\nYou will lead 20 operators.",
     [("Polokwane", None, None)]),
    ("resort_cue", "Line Cook\n\nAngkor Lotus Resort in Siem Reap is hiring cooks for the season.\nApply by message.",
     [("Siem Reap", None, None)]),
    # a town's district written after it with a space is no second place; the region after it is the town's
    ("city_district_on_label", "Accounts Assistant\nLocation\nAuckland Central, Auckland\nJob type\nPermanent\n\nAbout\nWe need help.",
     [("Auckland", None, None)]),
    ("city_district_then_region", "Barista\nLocation: Christchurch Central, Canterbury\n\nAbout\nCoffee.",
     [("Christchurch", "Canterbury", "New Zealand")]),
    ("position_word_before_town", "ETL Developer\n\nYou will be based in Central London, UK, on the client's site.\nBuild pipelines.",
     [("London", None, "United Kingdom")]),
    ("city_then_region_code_kept", "Analyst\nLocation: Sydney NSW\n\nAbout\nData.",
     [("Sydney", "New South Wales", "Australia")]),
    # a details table flattened with one space: "Job locations <site>, <town>, <postcode>"
    ("job_locations_spaced_label", "Staff Nurse\nCity Hospitals Trust\nJob locations Royal Infirmary, Derby, DE22 3NE\nSalary £29,970\n\nAbout\nCare.",
     [("Derby", None, None)]),
    ("work_location_spaced_label", "Staff Nurse\nWork location Kingsway Clinic, Glasgow\nContract Permanent\n\nAbout\nCare.",
     [("Glasgow", None, None)]),
    ("location_words_in_prose", "Staff Nurse\n\nAbout\nJob location changes may happen. Work location flexible.",
     []),
    ("farm_cue_unknown_estate", "Irrigation Supervisor\n\nYou will run the drip lines at our farm in Kakira Outgrower Estate, Jinja.\nReport to the farm manager.",
     [("Jinja", None, None)]),
]


@pytest.mark.parametrize("name, text, expected", PLACE_CASES, ids=[c[0] for c in PLACE_CASES])
def test_places_on_first_sight_forms(name, text, expected):
    assert places(text) == expected


VISA_CASES = [
    ("visa_and_ticket_provided", "What we offer: tax-free salary, housing, visa and annual flight ticket provided.", True),
    ("eu_blue_card_support", "We support international engineers with the EU Blue Card process and relocation.", True),
    ("visa_documents_requested", "Visa and passport copies must be provided with your application.", None),
]


@pytest.mark.parametrize("name, text, expected", VISA_CASES, ids=[c[0] for c in VISA_CASES])
def test_visa_on_first_sight_forms(name, text, expected):
    assert rule_value("visa_sponsorship", text) is expected
