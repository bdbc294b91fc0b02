"""Title, company and places on head blocks seen for the first time (issue 11, s13–s18 classes): a postcode between
the town and the country of an address line, a numbered city district after the city, a town the gazetteer does not
know before a country on a board's "·" meta line, a job-id label standing over its value (no employer), a
"Town, Area" line under the title (no employer), and a brand line the body then opens a paragraph with (the
employer, not the title). Boards, countries and names are invented, not a golden posting's strings. Offline."""

from __future__ import annotations

import pytest

from extractor.rules.title import _town_area_line
from rule_helpers import places as _places, rule_value as _value


@pytest.mark.parametrize(
    "text, expected",
    [
        # an address puts the postcode between the town and the country
        ("Harrowgate Freight\nYard Supervisor\nUnit 4 Moorside Park, Leicester, LE4 9HA, United Kingdom\nFull-time\n\nYou run the yard.",
         [("Leicester", None, "United Kingdom")]),
        ("Forklift Operator\nNorthbank Storage\n1200 Marine Way, Vancouver, V6B 1A1, Canada\n\nAbout the job\nMove pallets.",
         [("Vancouver", None, "Canada")]),
        ("Planner\nSavanna Builders\nWestlands, Nairobi, 00100, Kenya\n\nYour tasks\nPlan works.",
         [("Nairobi", None, "Kenya")]),
        # a numbered district of the city closes the line: the city alone
        ("Accountant | Ostbahn Services GmbH\nWien, 3. Bezirk\nVollzeit\n\nIhre Aufgaben\nBook invoices.", [("Wien", None, None)]),
        ("Chef de rang\nMaison Vellard\nParis, 8e arrondissement\nCDI\n\nVos missions\nServe guests.", [("Paris", None, None)]),
        ("Sales Executive\nLotus Trading\nHo Chi Minh City, District 1\nFull-time\n\nDuties\nSell.", [("Ho Chi Minh City", None, None)]),
        # a town the gazetteer does not know, then its country, opening a board's meta line
        ("Drin Systems\nQA Engineer\nGjakovë, Kosovo · On-site · Full-time\nApply\n\nWhat you'll do\nTest apps.",
         [("Gjakovë", None, "Kosovo")]),
        ("Warehouse Lead\nSalten Fisk\nKnarrlagsund, Norway · Full-time\n\nAbout us\nWe farm fish.", [("Knarrlagsund", None, "Norway")]),
        # a district label word alone (no number) stays as before: not a district of the city
        ("Analyst\nAcme\nBudapest\nFull-time\n\nTasks\nAnalyse.", [("Budapest", None, None)]),
    ],
)
def test_head_block_places(text: str, expected: list) -> None:
    assert _places(text) == expected


def test_postcode_between_two_towns_joins_no_chain() -> None:
    # two offices with their postcodes: neither town takes the other's country
    found = _places("Policy Adviser\nLocation: Leeds LS1 4AP, Bristol BS1 6AA, United Kingdom\n\nThe role\nAdvise.")
    assert ("Leeds", None, "United Kingdom") not in found or ("Bristol", None, "United Kingdom") in found


@pytest.mark.parametrize(
    "value, place",
    [
        ("Klaksvík, Føroyar", True),
        ("Mosfellsbær, Ísland", True),
        ("Commandant, Coast Guard Stations", False),  # a military or public office written "Rank, Unit"
        ("Director, Harbour Board", False),
        ("Rivera, Inc.", False),
        ("Baker, Tilly & Co", False),
        ("Holm, Berg and Partners", False),
    ],
)
def test_town_area_line(value: str, place: bool) -> None:
    assert _town_area_line(value) is place


@pytest.mark.parametrize(
    "text, title, company",
    [
        # an ATS details table without colons: the id label over its value is no employer (the body's profile names it)
        ("Careers Home | Sign In\nRespiratory Therapist\nRequisition Number\nR-20931\nLocation\nDayton, OH\n\nOverview\nMiami Valley Care is a "
         "300-bed hospital.", "Respiratory Therapist", "Miami Valley Care"),
        ("Payroll Officer\nJob ID\n55821\nCategory\nFinance\n\nSummary\nRun payroll.", "Payroll Officer", None),
        # a "Town, Area" line under the title is a place, the body's own sentence names the employer
        ("Boat Skipper\nSkálavík, Sandoy\nSeasonal · 40 hours\nHavbrún is a family-owned fish farmer with sites on Sandoy. We need a skipper for the season.\n\nTasks\nSail.",
         "Boat Skipper", "Havbrún"),
        # a brand line over the title that the body opens a paragraph with: the employer, not the job
        ("Vela Tech\nCareers\nJunior Data Analyst\nSkopje, North Macedonia · Hybrid\nApply now\nVela Tech builds dashboards for retailers in the Balkans. We are looking for an analyst to join the team.\n\n"
         "What you'll do\n- Build reports", "Junior Data Analyst", "Vela Tech"),
        # a page's first paragraph whose subject goes on as "we": the employer introducing itself
        ("Inside Sales Representative\nAUSTIN, TX / SALES / FULL-TIME\nApply for this job\nCopperleaf Freight runs refrigerated trucks for 400 grocers. "
         "We're hiring a rep to grow our Texas accounts.\n\nWhat you'll do\nCall shippers.", "Inside Sales Representative", "Copperleaf Freight"),
        ("Norvik Build\nSite Engineer\nTromsø · Full-time\nNorvik Build is a contractor for hospitals and schools.\n\nTasks\n- Run the site",
         "Site Engineer", "Norvik Build"),
    ],
)
def test_head_block_employer_lines(text: str, title: str, company) -> None:
    assert _value("title", text) == title
    assert _value("company", text) == company


@pytest.mark.parametrize(
    "text",
    [
        # a recruiter introducing itself over a hidden client, or a role as the subject: no employer from the "we" paragraph
        "Medical Receptionist\nPhoenix, AZ\nBrightpath Staffing connects clinics with great people. We are recruiting for our client, a busy practice.\n\nDuties\nBook visits.",
        # (a short form of a longer name the head shows: never the short form)
        "NOW HIRING\nCOOKS\n\nSt. Brigid's Care Centre\nMain Street, Tralee\n\nSt. Brigid's is a 40-bed care centre. We are looking for cooks.\n\nTHE ROLE\n- Cook",
        # (a section heading glued before the name is no part of it)
        "Welder\nUS, OH, Toledo\n\nJob Description\nJob Overview Brennan is a steel fabricator. We are seeking a welder.\n\nDuties\nWeld.",
        "Registered Nurse\n\nThe Registered Nurse provides care to twelve patients. We offer a sign-on bonus.\n\nDuties\nCare.",
    ],
)
def test_we_paragraph_names_no_hidden_or_role_employer(text: str) -> None:
    assert _value("company", text) in (None, "St. Brigid's Care Centre", "Brennan")


@pytest.mark.parametrize(
    "text, title",
    [
        # a job introduced with an article, or a title line the body never opens with, stays the title
        ("Maintenance Technician\nHarbour Hotels\nThe Maintenance Technician keeps the rooms in order.\n\nDuties\nFix.", "Maintenance Technician"),
        ("Pharmacy Tech\nCedar Drugs\nAs a Pharmacy Tech you fill prescriptions.\n\nDuties\nFill.", "Pharmacy Tech"),
    ],
)
def test_title_line_kept_when_the_body_names_the_job(text: str, title: str) -> None:
    assert _value("title", text) == title
