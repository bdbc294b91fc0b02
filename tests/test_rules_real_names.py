"""Title and company on real board postings: how an employer names itself in its profile (a defined long name, a founding
clause in British plural agreement, a sentence calling it a company, "We are <brand> - …"), a status the employer typed into
the board's title field, and a campus programme's intake year before the title."""

from __future__ import annotations

import pytest

from rule_helpers import rule_value

WORKABLE_HEAD = "{title}\n{place}\n\nEmployment type: Full-time\n\n"

COMPANY_CASES = [
    # (id, text, company)
    # a long name defined by the short form the posting then uses: the full entity, links and all
    ("defined_long_name_with_links", "Housing Officer\n\nCompany Description\nHarbour Valley Housing Trust of Dorset &amp; Somerset (Harbour Valley) "
     "was founded in 1972 to house families. Harbour Valley is the largest landlord in the county.\n\nJob Description\nYou will visit tenants.",
     "Harbour Valley Housing Trust of Dorset &amp; Somerset"),
    ("defined_long_name_with_and", "Staff Attorney\n\nCompany Description\nLegal Aid Society of Northern Ohio and Erie County (Legal Aid) "
     "provides free civil legal help. Legal Aid employs sixty lawyers.\n\nJob Description\nRepresent clients in housing court.",
     "Legal Aid Society of Northern Ohio and Erie County"),
    # a founding clause, then the name in British agreement with the plural
    ("founding_clause_plural_verb", "Yard Supervisor\n\nCompany Description\nEstablished in 1998 by two sailors, Brightwater Marine operate twelve "
     "boatyards across Scotland. Brightwater Marine look after 900 yachts.\n\nJob Description\nRun the yard team.",
     "Brightwater Marine"),
    ("founding_clause_have", "Data Analyst\n\nCompany Description\nFounded in 2012 in Utrecht, Kestrel Labs have grown to forty people. "
     "Kestrel Labs build tools for farmers.\n\nJob Description\nAnalyse yield data.",
     "Kestrel Labs"),
    # a profile opening on a name that ends in a job noun, in a sentence calling it a company
    ("firm_named_after_its_workers", "Driver\n\nCompany Description\nSwift Couriers is an independent same-day delivery company based in Leeds. "
     "Our vans cover the north. Drive swift and safe.\n\nJob Description\nDeliver parcels.",
     "Swift Couriers"),
    ("firm_named_after_its_carers", "Care Worker\n\nCompany Description\nHome Carers is a family-run home care agency in Cork. We visit "
     "older people at home across West Cork.\n\nJob Description\nSupport clients at home.",
     "Home Carers"),
    # the profile's opening sentence glued to a label the flattened page ran into it: the full name it opens with
    ("profile_sentence_glued_to_label", "Dental Nurse\n\nCompany Description\nMISSION:Brightmoor Dental Group is a family of clinics in "
     "Leeds. Brightmoor serves 9,000 patients and Brightmoor treats children free.\n\nJob Description\nAssist our dentists.",
     "Brightmoor Dental Group"),
    # a self-introduction by name, closed by a dash and a description or by the next sentence glued on
    ("we_are_lower_case_brand_dash", "Backend Developer\n\nCompany Description\nWe are lunchbox – the lunch delivery app for offices in Lisbon. "
     "Since 2019 lunchbox has served a million meals.\n\nJob Description\nBuild our order service.",
     "lunchbox"),
    ("we_are_brand_glued_quote", "Community Manager\n\nCompany Description\nHello, we are Brightkite“We make travel simple for everyone.” "
     "Brightkite started in Athens.\n\nJob Description\nGrow our community.",
     "Brightkite"),
    ("we_are_mood_is_no_brand", "Sales Assistant\n\nCompany Description\nWe are excited - the shop opens in May and we are excited to grow. "
     "Excited people apply.\n\nJob Description\nServe customers.",
     None),
    ("we_are_here_is_no_brand", "Sales Assistant\n\nCompany Description\nWe are here – the shop on the corner, here for you. We are here "
     "every day.\n\nJob Description\nServe customers.",
     None),
]


@pytest.mark.parametrize("case_id, text, company", COMPANY_CASES, ids=[c[0] for c in COMPANY_CASES])
def test_employer_names_itself_in_its_profile(case_id, text, company):
    assert rule_value("company", text) == company


TITLE_CASES = [
    # (id, text, title)
    # a status the employer typed into a board's title field stays part of the job's name; the default "Full Time" goes
    ("board_field_seasonal", WORKABLE_HEAD.format(title="Lifeguard - Seasonal", place="CA, BC, Whistler") + "Job Description\nGuard the pool.",
     "Lifeguard - Seasonal"),
    ("board_field_per_diem", WORKABLE_HEAD.format(title="Registered Nurse (Per Diem)", place="US, OH, Dayton") + "Job Description\nCover shifts.",
     "Registered Nurse (Per Diem)"),
    ("board_field_temporary", WORKABLE_HEAD.format(title="Warehouse Operative - Temporary", place="GB, , Leeds") + "Job Description\nPick orders.",
     "Warehouse Operative - Temporary"),
    # a campus programme's title opens with the intake year
    ("intake_year_programme", WORKABLE_HEAD.format(title="2016 Summer Analyst Internship - Investment Banking", place="GB, , London")
     + "Job Description\nJoin our ten-week programme.", "2016 Summer Analyst Internship - Investment Banking"),
    ("intake_year_plain_heading", "2025 Graduate Engineer\n\nAbout the role\nJoin our rail team in Perth.", "2025 Graduate Engineer"),
    # a year opening a line that names no job is no title
    ("year_without_job_is_no_title", "2024 Annual Report\n\nAbout us\nWe make bread in Ghent.", None),
]


@pytest.mark.parametrize("case_id, text, title", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_board_title_field_status_and_intake_year(case_id, text, title):
    assert rule_value("title", text) == title
