"""Classes the metamorphic checks (eval/perturb.py) found fragile in the second round: a board's page title on
top of the text ("<Title> - <Employer> | <Board>"), a pay label joined to its value by a pipe or a tab."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules


def _value(field: str, text: str):
    found = run_rules(context_for(text), [field])
    return found[field].value if field in found else None


BODY = (
    "{heading}\n"
    "{employer}\n"
    "Springfield, IL\n"
    "\n"
    "About the role\n"
    "{employer} runs {what}. You will join a small crew.\n"
    "\n"
    "Requirements\n"
    "• Two years of experience\n"
)


@pytest.mark.parametrize(
    "top, heading, employer, what, title",
    [
        ("Night Auditor - Lakeshore Inn & Suites | HotelJobsDirect", "Night Auditor", "Lakeshore Inn & Suites", "a 90-room hotel", "Night Auditor"),
        ("Welder Fabricator – Prairie Steelworks | WeldBoard", "Welder Fabricator", "Prairie Steelworks", "a fabrication shop", "Welder Fabricator"),
        ("Dental Receptionist job - Maple Grove Dental | Careerly", "Dental Receptionist", "Maple Grove Dental", "two clinics", "Dental Receptionist"),
        ("Pastry Cook Vacancy - Boulangerie Rouge | Hospitality Hub", "Pastry Cook", "Boulangerie Rouge", "three bakeries", "Pastry Cook"),
    ],
)
def test_a_page_title_over_the_page_names_title_and_employer(top, heading, employer, what, title):
    text = top + "\n" + BODY.format(heading=heading, employer=employer, what=what)
    assert _value("title", text) == title
    assert _value("company", text) == employer


@pytest.mark.parametrize(
    "top, heading, employer, title",
    [
        # the dash part is a specialty the posting says again only in prose: it stays in the title
        ("Sales Executive - Medical Devices | TalentHub", "Sales Executive - Medical Devices", "Orion Medtech", "Sales Executive - Medical Devices"),
        ("Physiotherapist - MSK Outpatients | CareWorks", "Physiotherapist - MSK Outpatients", "Riverside Health Trust", "Physiotherapist - MSK Outpatients"),
        # "job" belongs to the title when the heading keeps it
        ("Odd Job Handyman | Oakridge Property Services", "Odd Job Handyman", "Oakridge Property Services", "Odd Job Handyman"),
    ],
)
def test_a_dash_part_that_is_no_employer_stays_in_the_title(top, heading, employer, title):
    text = top + "\n" + BODY.format(heading=heading, employer=employer, what="a regional network of Medical Devices and MSK Outpatients clinics")
    assert _value("title", text) == title
    assert _value("company", text) == employer


@pytest.mark.parametrize(
    "line, salary",
    [
        ("Salary | 42000-48000", (42000, 48000)),
        ("Pay\t18-22", (18, 22)),
        ("Compensation | 65,000 - 80,000", (65000, 80000)),
        ("Base salary\t90000 - 110000", (90000, 110000)),
    ],
)
def test_a_pay_label_joined_by_a_pipe_or_tab_reads_as_its_colon_form(line, salary):
    text = "Stock Controller\nHarbor Supply Co\n" + line + "\n\nWe keep the shelves full.\n"
    found = _value("salary", text)
    assert found is not None and (found["min"], found["max"]) == salary


@pytest.mark.parametrize(
    "line",
    [
        "Team size | 10-20",
        "Office hours\t9-17",
        "Floor | 2000-3000",
        "Payments processed 2000-3000 a day by the team",
    ],
)
def test_a_range_after_another_label_is_no_pay(line):
    text = "Stock Controller\nHarbor Supply Co\n" + line + "\n\nWe keep the shelves full.\n"
    assert _value("salary", text) is None


@pytest.mark.parametrize(
    "crumbs, heading, employer",
    [
        ("Home › Jobs › Physiotherapist - Band 6 - Cardio-Respiratory", "Physiotherapist - Band 6 - Cardio-Respiratory", "Eastfield Hospitals Trust"),
        ("Careers > Open positions > Account Executive – Spanish Speaking", "Account Executive – Spanish Speaking", "Solara Telecom"),
        ("Inicio » Empleos » Auxiliar Contable - Cuentas por Pagar", "Auxiliar Contable - Cuentas por Pagar", "Grupo Ferretero Andino"),
    ],
)
def test_a_breadcrumb_ending_in_the_title_is_no_page_title_to_split(crumbs, heading, employer):
    text = crumbs + "\n" + BODY.format(heading=heading, employer=employer, what="a regional network")
    assert _value("title", text) == heading
    assert _value("company", text) == employer


@pytest.mark.parametrize(
    "top, title",
    [
        ("Line Cook job - JobsNow", "Line Cook"),  # the board's word for the page ends the title, the board's name follows
        ("Warehouse Operative Job - Staffline Direct", "Warehouse Operative"),
        ("Line Cook - JobsNow", "Line Cook - JobsNow"),  # no word for the page, no heading of its own: the dash part stays
    ],
)
def test_a_board_word_for_the_page_ends_a_dash_split_title(top, title):
    text = top + "\n\nWe are a busy kitchen looking for a " + title.split(" - ")[0] + " to join us. Apply today.\n"
    assert _value("title", text) == title


@pytest.mark.parametrize(
    "head, employer",
    [
        # a place line with a short bracketed tag, repeated by a board's details block, is no employer
        ("Meridian Haulage Ltd.\nRoute Planner\nRed Deer, AB (On-site)\n", "Meridian Haulage"),  # (said short below: the suffix goes)
        ("Clearwater Dental Group\nDental Hygienist\nTampa, FL (Hybrid)\n", "Clearwater Dental Group"),
    ],
)
def test_a_place_line_with_a_bracketed_tag_repeated_below_is_no_employer(head, employer):
    place = head.strip().splitlines()[-1]
    text = head + "\nAbout the job\n" + employer.rstrip(".") + " keeps the region moving.\n\nJob details\n" + place + "\nFull-time\n\nWhat you need\n• A licence\n"
    assert _value("company", text) == employer


@pytest.mark.parametrize(
    "label_line",
    ["Location: Kirkby Industrial Park, Merseyside", "Work location: Docklands Campus", "City: Wollongong"],
)
def test_a_location_label_row_repeated_in_a_details_block_is_no_employer(label_line):
    text = ("Careers | Our stores | Search vacancies\n\nStock Analyst\n" + label_line + "\nContract: Permanent\n\n"
            "Key facts\n" + label_line + "\nContract: Permanent\n\nAbout us\nBrightway Homewares sells furniture online.\n")
    assert _value("company", text) != label_line


@pytest.mark.parametrize("heading", ["Job highlights", "At a glance", "Key facts", "Quick facts"])
def test_a_board_highlights_heading_is_no_employer(heading):
    text = ("Lagerarbetare\nNordisk Logistik AB\nGöteborg\n\n" + heading + "\nGöteborg\nHeltid\n\n"
            "Om jobbet\nNordisk Logistik AB söker lagerarbetare.\n")
    assert _value("company", text) == "Nordisk Logistik AB"


@pytest.mark.parametrize(
    "line, city",
    [
        ("Location | Kettering", "Kettering"),
        ("Job location | Ballarat, Victoria", "Ballarat"),
        ("Work location\tTauranga", "Tauranga"),
    ],
)
def test_a_location_label_joined_by_a_pipe_or_tab_reads_its_value(line, city):
    text = "Fleet Coordinator\nOrbit Couriers\n" + line + "\n\nWe move parcels.\n"
    found = _value("locations", text)
    assert found and found[0]["city"] == city


@pytest.mark.parametrize("line", ["Locations | Careers | Sign in", "Our locations | About us | Contact",
                                  "Find work | Jobs by Location | Career Advice | Login", "| Location | Minimum | Maximum |"])
def test_a_menu_row_opening_with_a_location_word_names_no_place(line):
    text = line + "\nFleet Coordinator\nOrbit Couriers\n\nWe move parcels.\n"
    assert not _value("locations", text)


@pytest.mark.parametrize(
    "first, row, title",
    [
        ("Account Manager - Hospitality", "Employment type: Contract", "Account Manager - Hospitality"),
        ("Data Engineer - Streaming", "Salary: 70000-85000", "Data Engineer - Streaming"),
        ("Support Analyst - Tier 2", "Department: Customer Operations", "Support Analyst - Tier 2"),
        ("Support Analyst - Tier 2", "Job ID: 48213", "Support Analyst - Tier 2"),
    ],
)
def test_a_dash_part_over_a_details_row_stays_in_the_title(first, row, title):
    text = first + "\n" + row + "\n\nNZ, AUK, Auckland\nExperience: Associate\n\nCompany Description\nWe build booking software for hotels.\n"
    assert _value("title", text) == title
    assert _value("company", text) != first.split(" - ")[1]


def test_a_dash_part_that_opens_a_later_line_is_still_the_employer():
    text = "Account Manager - Harbourline Hotels\nEmployment type: Contract\n\nHarbourline Hotels runs 12 hotels.\n"
    assert _value("title", text) == "Account Manager"
    assert _value("company", text) == "Harbourline Hotels"


@pytest.mark.parametrize(
    "top, heading, prose, title, employer",
    [
        ("Hydrogeologist - Tamarack Environmental | EnviroJobs", "Hydrogeologist", "Founded in 1994, Tamarack Environmental tests groundwater.",
         "Hydrogeologist", "Tamarack Environmental"),
        ("QA Tester - Nightjar Studios | GameDevWork", "QA Tester", "Our team at Nightjar Studios ships two games a year.", "QA Tester", "Nightjar Studios"),
        # the dash part is never said again: the heading still gives the title, and no employer is read from the line
        ("Sous Chef - Weekends | ChefBoard", "Sous Chef", "A busy brasserie needs a sous chef.", "Sous Chef", None),
    ],
)
def test_a_page_title_over_a_heading_of_the_title_alone(top, heading, prose, title, employer):
    text = top + "\n" + heading + "\nUS, OR, Bend\n\nCompany Description\n" + prose + "\n\nRequirements\n• Two years of experience\n"
    assert _value("title", text) == title
    assert _value("company", text) == employer
