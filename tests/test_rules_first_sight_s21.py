"""Structured fields on page forms first seen in s21 (issue 11, round 25), by class: a second "Label: value" pair
sharing a labelled line in a two-column header, a page title split at a dash inside its own bracket, a place tail
with a district or street in brackets, a board's facts block ("Role: …") below the description, a flattened
header line with a lone dash between wide gaps, a site menu ending in "Careers", an ATS vendor's name over its
"Recruiting" product, the category an employer's own careers site files a job under, a notice's "Date of issue",
a classified's "Ad #", hours after the week's shifts or days, years "of" a long-named field, a bracketed district
between a city and its region or country, travel areas named beside the place of work, and a professional
bachelor. Every case uses boards, names, trades and countries of its own, not a golden posting's strings;
near-misses that must not fire stand beside them."""

from __future__ import annotations

import pytest

from tests.rule_helpers import places, rule_value

TITLE_CASES = [
    # a PDF's two-column header: the second column's label after a wide gap is no part of the title
    ("pdf_two_columns_grade",
     "Northfield Housing                         JOB DESCRIPTION\n\nJob title:      Gas Engineer              Grade:      G4\n"
     "Department:     Asset Services            Reports to: Gas Manager\n\n1. Purpose\nService boilers.", "Gas Engineer"),
    ("pdf_two_columns_post_number",
     "Post title:   Finance Assistant\tPost number:   F-22\nLocation:   Derby\n\nMain duties\nProcess invoices.", "Finance Assistant"),
    # near-miss: a wide gap inside the value with no label after it cuts nothing here
    ("gap_without_label_keeps_value",
     "Job title:   Site Manager      Construction\nLocation: Derby\n\nMain duties\nRun the site.", "Site Manager Construction"),
    # a page title split at the dash inside its bracket: the open bracket goes with its tail
    ("page_title_open_bracket",
     "Brightline Careers - Data Engineer, Platform (Remote - US)\nHome   Teams   Open Roles\n\nData Engineer, Platform\n\n"
     "The role\nBuild pipelines for our analytics platform.", "Data Engineer, Platform"),
    # a place tail with its district or street in brackets
    ("place_tail_with_street",
     "Harvest Grocers Careers\nStore Supervisor - Leeds (Kirkstall Rd)\nRequisition ID: 5521\n\nResponsibilities:\n* Run the shop floor.",
     "Store Supervisor"),
    ("place_tail_with_district",
     "Porto Vida Careers\nPharmacy Assistant - Porto (Boavista)\nJob ID: 771\n\nWhat you'll do\n* Serve customers.", "Pharmacy Assistant"),
    # near-miss: a bracket after a word that is no place stays
    ("specialty_bracket_kept",
     "Harvest Grocers Careers\nSales Engineer - Automation (Robotics)\nRequisition ID: 5522\n\nResponsibilities:\n* Sell robot cells.",
     "Sales Engineer - Automation (Robotics)"),
    # a board's facts block below the description: its "Role:" is the board's taxonomy, the heading is the title
    ("facts_block_role_below",
     "Jobsy\n\nSenior Flutter Developer\nKavi Apps Pvt Ltd\n2-5 Years | Pune\n\nJob Description\nWe build mobile apps for retailers "
     "and need a developer to lead our Flutter work on two products.\n- Build features\n- Review code\n\nKey Details\n"
     "Role: Mobile Application Developer\nIndustry: Software\nFunction: IT", "Senior Flutter Developer"),
    # a flattened header line with a lone dash between wide gaps is the employer and place, not a menu
    ("dash_between_gaps_is_no_menu",
     "Gulfjobs\nJobs   Companies   Salaries   Employers\n\nQuantity Surveyor (Roads)\nAl Noor Contracting  -  Muscat, Oman\nPosted on 3 Nov 2025\n\nJob Description\n"
     "Al Noor Contracting builds highways.", "Quantity Surveyor (Roads)"),
]


@pytest.mark.parametrize("name, text, value", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_title_page_forms(name, text, value):
    assert rule_value("title", text) == value


TEAM_CASES = [
    ("pdf_two_columns_department",
     "Post title:   Finance Assistant\nDepartment:   Corporate Finance        Line manager:   Head of Finance\n\nMain duties\nPay bills.",
     "Corporate Finance"),
    # the category an employer's own careers site files the job under
    ("careers_site_job_category",
     "Career Center | Ridgeback Freight Co\nSearch Openings   Candidate Login\n\nDispatcher\n\nLocation\nReno, NV, US\n"
     "Job Category: Transportation & Logistics\nPosition Type: Full-Time\n\nDescription\nRoute our trucks.", "Transportation & Logistics"),
    # near-miss: a public portal naming the hiring agency apart from the site: its category is the portal's
    ("portal_with_agency_label",
     "State of Montana Careers\nHome | Search Jobs\n\nROAD MAINTENANCE WORKER\nJob ID: 99120\nAgency: Department of Transportation\n"
     "Job Category: Transportation\n\nJob Description\nPlow roads.", None),
]


@pytest.mark.parametrize("name, text, value", TEAM_CASES, ids=[c[0] for c in TEAM_CASES])
def test_team_page_forms(name, text, value):
    assert rule_value("team", text) == value


@pytest.mark.parametrize("text, wrong", [
    # a site menu ending in "Careers" names no brand
    ("Casa Verde Bistro\nMenu   Reservations   Private Dining   Careers\n\nWe're hiring!\n\nPrep Cook\nLocation: Austin, TX\n", "Menu Reservations Private Dining"),
    # an ATS vendor's name over its "Recruiting" product is the site, not the employer
    ("Paycom | Recruiting\nRidgeway Plumbing Inc.\nCurrent Openings > Plumber\n\nPlumber\nLocation: Boise, ID\n\nDescription\n"
     "Ridgeway Plumbing Inc. is a family-owned plumbing contractor.", "Paycom"),
])
def test_site_names_are_no_employer(text, wrong):
    assert rule_value("company", text) != wrong


@pytest.mark.parametrize("text, value", [
    ("VACANCY NOTICE\nVacancy Notice No.: KE/HLT/2026/004\nDate of issue: 12 March 2026\nClosing date: 26 March 2026\n\nPost title: Nutrition Officer", "2026-03-12"),
    ("Call for applications\nIssue date: 04/05/2026\nDeadline: 18/05/2026\n\nPosition: Field Monitor, Gulu, Uganda", "2026-05-04"),
    # near-miss: a closing date alone is no posting date
    ("VACANCY NOTICE\nClosing date: 26 March 2026\n\nPost title: Nutrition Officer", None),
])
def test_issue_date_is_the_posting_date(text, value):
    got = rule_value("date_posted", text)
    assert (str(got) if got is not None else None) == value


@pytest.mark.parametrize("text, value", [
    ("PAINTER req'd for busy crew. Own transport. Call Mia 027 555 0101.\nListed: Mon 3 Mar   Ad #5521   Otago Daily Classifieds", "5521"),
    ("CHEF WANTED. Split shifts. Ring 555 2020.\nAdvert # 30917", "30917"),
    # near-miss: a listing day without a label gives no id
    ("CHEF WANTED. Split shifts. Ring 555 2020.\nListed: Mon 3 Mar", None),
])
def test_classified_ad_number(text, value):
    assert rule_value("job_id", text) == value


@pytest.mark.parametrize("text, value", [
    ("Line Cook\nSchedule: 4-5 shifts per week, 32-38 hours, evenings and weekends\n", 32.0),
    ("Glazier wanted. $30/hr. Mon-Fri, 45+ hrs. Call Ana.\n", 45.0),
    ("Warehouse Operative\nMonday to Friday, 37 hours\n", 37.0),
    # near-misses: a day's or a shift's hours are no weekly hours
    ("Care Assistant\nMon-Fri, 8 hours a day\n", None),
    ("Nurse\n3 shifts per week, 12 hours per shift\n", None),
])
def test_hours_after_the_weeks_shifts_or_days(text, value):
    assert rule_value("weekly_hours", text) == value


@pytest.mark.parametrize("text, value", [
    ("Requirements:\n- Two years of hotel housekeeping or laundry supervisory experience.\n", 2.0),
    ("Requirements:\n- Six months of hospital sterile supply or surgical tray set experience\n", 0.5),
    # near-miss: years of the company's history, no experience asked
    ("About us:\nWe have 30 years of history serving households across the region with great experience.\n", None),
])
def test_years_of_a_long_named_field(text, value):
    assert rule_value("min_years_experience", text) == value


@pytest.mark.parametrize("text, expected", [
    ("Process Operator\nPolyNord NV\nAntwerpen (Berchem), Belgium\nFull-time\n\nAbout the job\nRun the line.", [("Antwerpen", None, "Belgium")]),
    ("Java Developer\nLocation: Pune (Hinjewadi), Maharashtra\n\nAbout the job\nBuild services.", [("Pune", "Maharashtra", "India")]),
    # travel areas named beside the place of work are no places of work
    ("Job title: Surveyor\nLocation: Exeter (with travel across Somerset and Dorset)\n\nDuties\nInspect homes.", [("Exeter", None, None)]),
])
def test_places_with_notes(text, expected):
    got = places(text)
    assert [(c, r, k) for c, r, k in got][: len(expected)] == expected and len(got) == len(expected)


@pytest.mark.parametrize("text, value", [
    ("Profile:\nYou hold a master's degree in physics, or a professional bachelor with relevant experience.\n", "bachelor"),
    ("Your profile\n- A professional bachelor in electromechanics\n", "bachelor"),
    # near-miss: the bare word without its degree kind stays unread
    ("Your profile\n- Our bachelor party budget is generous\n", None),
])
def test_professional_bachelor(text, value):
    assert rule_value("education_level", text) == value


@pytest.mark.parametrize("text, value", [
    ("Benefits:\nWe can help with your General Employment Permit application.\n", True),
    ("Relocation:\nWe will support you with the residence permit process.\n", True),
    # near-miss: a permit the applicant must already hold is no support
    ("Requirements:\nYou must already hold a valid employment permit for Ireland.\n", None),
])
def test_support_with_an_employment_or_residence_permit(text, value):
    assert rule_value("visa_sponsorship", text) == value


# a message's header: the sender's name with the network degree, then the sender's own headline; the subject
# line names the job, its employer and its place after dashes
INMAIL = (
    "LinkedIn\nMessaging\n\nCiara Doyle · 2nd\nLead Recruiter at Harbourline Energy\nOct 2, 2025\n\n"
    "Data Platform Engineer - Harbourline Energy - Cork (hybrid)\n\nHi Sam,\n\n"
    "I'm hiring a Data Platform Engineer for our analytics team at Harbourline Energy and your profile stood out.\n"
)


def test_message_header_headline_is_the_senders_job():
    assert rule_value("title", INMAIL) == "Data Platform Engineer"
    assert rule_value("company", INMAIL) == "Harbourline Energy"


def test_person_line_without_degree_leaves_the_heading():
    # near-miss: a name line with no network degree is no message header; the heading under it stays the title
    text = "Careers\n\nWarehouse Team Leader\nDock Street Logistics\n\nAbout the role\nLead a shift of pickers at Dock Street Logistics."
    assert rule_value("title", text) == "Warehouse Team Leader"


@pytest.mark.parametrize("text, value", [
    # a figure called "basic" or "base" right after it is named pay, wherever it stands; the OTE beside it is no salary
    ("Benefits\nUp to £29,000 basic + uncapped commission (OTE £45,000)\nCompany car\n", {"min": None, "max": 29000.0, "currency": "GBP", "period": "year"}),
    ("What we offer\n€45,000 base plus bonus\n", {"min": 45000.0, "max": 45000.0, "currency": "EUR", "period": "year"}),
    # near-misses: an allowance or a grant called "basic" is no salary
    ("Benefits\nA £500 basic kit allowance\n", None),
    ("Benefits\nA £2,000 basic relocation grant\n", None),
])
def test_figure_called_basic_is_pay(text, value):
    assert rule_value("salary", text) == value


def test_one_word_category_under_the_place_line():
    # a hosted careers page: heading, place, category, schedule, workplace, then the page's tabs
    text = ("apply.workable.com/fenwick-bikes/j/77A1/\nFenwick Bikes\n\nWorkshop Mechanic\nLeeds, England, United Kingdom\nService\n"
            "Full time\nOn-site\n\nOVERVIEW   APPLICATION\n\nDescription\nFenwick Bikes repairs and sells bicycles.")
    assert rule_value("team", text) == "Service"
