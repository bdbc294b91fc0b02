"""Table-driven tests of the employer and title readers changed in the fourth 2026-12-04 round (from the opened
`s29`): "X is proud to be an equal opportunity employer"; the employer line under a job heading that the board's own
rows (its name, menu, reference and date rows) push below the page's third line; "X (XYZ), a …, invites qualified
nationals to apply"; job nouns of trades and offices the vocabulary lacked ("Observer", "Locksmith", "Chaplain").
Phrasings are our own; cases that must stay as they are sit beside those that change."""

from __future__ import annotations

import pytest

from extractor import Extractor

EXTRACTOR = Extractor(use_llm=False)

COMPANIES = [
    # (id, text, expected company)
    ("proud_to_be_an_eeo_employer",
     "Forklift Operator\nID 2026-5521\n\nOverview\nWe move freight for 40 stores.\n\n"
     "Bluecrest Home Goods is proud to be an Equal Opportunity Employer.\n",
     "Bluecrest Home Goods"),
    ("proud_to_be_lower_case",
     "Forklift Operator\n\nWe move freight for 40 stores.\n\nBluecrest Home Goods is proud to be an equal opportunity employer.\n",
     "Bluecrest Home Goods"),
    ("employer_line_under_board_rows",
     "JOBS-ISLANDS.NET · Vacancies in the islands\nHome · Jobs · Employers · Sign in\nLanguage : EN | FR\n"
     "Ref. : JI-2611-204\nPosted : 20-11-2026\nCloses : 10-12-2026\n\nSTOREKEEPER\nLagoon Fuel Distribution Company (LFDC)\n"
     "Port Town\n\nThe company imports and stores fuel for the three islands.\n",
     "Lagoon Fuel Distribution Company"),
    ("name_initials_apposition_invites_nationals",
     "VACANCY ANNOUNCEMENT\n\nHighland Rural Water Programme (HRWP), a national sanitation programme run with the Ministry of "
     "Water, Land and Environment, invites qualified nationals to apply for the following position.\n\nPosition: Site Engineer\n",
     "Highland Rural Water Programme"),
    ("a_sentence_about_pride_names_no_employer",
     "Forklift Operator\n\nWe move freight for 40 stores.\n\nOur team is proud to be an equal partner in the community.\n",
     None),
]


TITLES = [
    ("observer", "Scientific Fisheries Observer\nFixed-term contract: 24 months\n\nYou will spend most of your time at sea.\n",
     "Scientific Fisheries Observer"),
    ("locksmith", "Locksmith\nKeyworks Ltd\n\nWe fit and repair locks across the city.\n", "Locksmith"),
    ("chaplain", "Hospital Chaplain\nSt Brigid's Hospital\n\nYou will support patients and families.\n", "Hospital Chaplain"),
    ("a_sentence_stays_no_title", "Our observers visit every vessel.\n\nWe manage the fisheries.\n", None),
]


IDS = [
    ("job_bank_number_sign", "cook\nRiverside Grill Ltd.\nPosted on November 2, 2026 by employer\nJob Bank #4410983\n\nWe need a cook.\n",
     "4410983"),
    ("vacancy_circular", "GOVERNMENT NOTICE\nVACANCY CIRCULAR 12/2026\n\nPosition: Records Officer\n\nThe Ministry seeks a records officer.\n",
     "12/2026"),
    ("a_state_code_and_zip_is_no_id", "Dental Hygienist\nBright Smiles\nBoise, ID 83702\n\nWe need a hygienist.\n", None),
]


CASES = [("company", *c) for c in COMPANIES] + [("title", *c) for c in TITLES] + [("job_id", *c) for c in IDS]


@pytest.mark.parametrize("field,case_id,text,expected", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_field(field, case_id, text, expected):
    assert getattr(EXTRACTOR.extract(text), field) == expected, case_id


def test_a_person_named_like_a_town_is_no_place():
    posting = EXTRACTOR.extract("Customs Officer\nGovernment of Anguilla\n\nLOCATION: Sandy Ground Port and Clayton J. Lloyd "
                                "International Airport\n\nWe need a customs officer.\n")
    assert all(place.city != "Clayton" for place in posting.locations)


def test_heading_glued_to_a_currency_sign_splits_its_list():
    from extractor.normalize import normalize

    text = ("Site Foreman\nRedgum Civil\n\nWhat you'll bring\n- Five years running civil crews\n- A current White Card\n\n"
            "What's on offer$120,000 – $135,000 + super on a 2:1 roster (12 hours a day)FIFO flights from Darwin and meals on "
            "siteIncome protection insurance and 2 extra rest days a yearGenuine path to Project Manager\n")
    lines = normalize(text).text.split("\n")
    assert "What's on offer" in lines and "Income protection insurance and 2 extra rest days a year" in lines
    assert EXTRACTOR.extract(text).minimum_qualifications == ["Five years running civil crews", "A current White Card"]


@pytest.mark.parametrize("line,kept", [
    ("Log every site visit, defect and incident report in SiteDocs", "in SiteDocs"),  # a product's inner capital ends the line
    ("Plan the daily runs for eight vansCheck every van before it leaves the yardLog each delivery in FleetHub", "in FleetHub"),
])
def test_a_camel_case_name_ending_a_glued_line_stays_whole(line, kept):
    text = "Dispatcher\nRoadline Freight\n\nWhat you'll do\n" + line + "\n\nWhat you'll bring\n- Two years in dispatch\n"
    assert kept in EXTRACTOR.extract(text).responsibilities[-1]


def test_a_chat_exports_next_message_ends_the_list():
    text = ("Chat export\n\n[01/12/2026 10:06] Dana Reyes:\nData Analyst\nLarkfield Foods · Leeds\n\nWhat we need\n"
            "- Three years with SQL and dashboards\n- Strong Excel\n[01/12/2026 10:11] Sam Ode: looks good, ship it\n"
            "[01/12/2026 10:12] Dana Reyes: posted on the careers page\n")
    assert EXTRACTOR.extract(text).minimum_qualifications == ["Three years with SQL and dashboards", "Strong Excel"]


@pytest.mark.parametrize("line,expected", [
    ("Hours: 0.5 FTE (20 hours per week)", None),  # a full-time equivalent is no full-time statement
    ("Hours: 1.0 FTE", None),
    ("Job type: FT", "full_time"),
])
def test_fte_is_no_full_time_cue(line, expected):
    assert EXTRACTOR.extract("Records Clerk\nHarbour Trust\n\n" + line + "\n\nWe need a clerk.\n").employment_type == expected


def test_front_matter_type_that_names_the_work_is_read():
    page = '---\ntitle: "Line Cook"\nlayout: job\ntype: "Part-time"\n---\n\nWe need a line cook for our grill.\n'
    assert EXTRACTOR.extract(page).employment_type == "part_time"
    page = '---\ntitle: "Line Cook"\ntype: "post"\n---\n\nWe need a line cook for our grill.\n'
    assert EXTRACTOR.extract(page).employment_type is None
