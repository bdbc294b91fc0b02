"""Structured-field forms from issue 11, round 20: pay stated per fortnight or bi-weekly (a period the schema
cannot name: figures kept, period null, unless a bracket restates them per year), a labelled working-time
pattern listing "Flexible working" (hours, not a workplace), a name the gazetteer cannot read closing a city's
line (its region, with the country only when the posting names the country the city lies in), a labelled
country after a town and an area ("Town, Area (Country)"), begin/start dates in more words, shifts worked
", on site", and "Grade 12" as a school-leaving level. Phrasings are invented for other boards, countries and
currencies, not copied from the gold. Offline, table-driven."""

from __future__ import annotations

import datetime as dt

import pytest

from rule_helpers import rule_value as _value, places as _places


@pytest.mark.parametrize(
    "text, expected",
    [
        # a period the schema has no name for: figures kept, period null
        ("Payroll Clerk\nPay: NZ$3,100 - NZ$3,600 fortnightly\n", (3100, 3600, "NZD", None)),
        ("Clerk\nRemuneration: K1,850 - K2,200 per fortnight (gross)\nLocation: Lae, Papua New Guinea\n", (1850, 2200, "PGK", None)),
        ("Analyst\nSalary: $3,000 - $3,400 biweekly\n", (3000, 3400, "USD", None)),
        # a bracketed total package is not the pay; the fortnight range stays
        ("Project Officer\nSalary: A$4,020.10 - A$4,410.00 per fortnight (total remuneration value up to A$128,000 per annum)\n",
         (4020.10, 4410.00, "AUD", None)),
        # the same pay restated per year in the bracket right after: the yearly figures win
        ("Grants Officer\nSalary: C$2,300.00 to C$3,050.50 bi-weekly (C$60,030 - C$79,610/year)\n", (60030, 79610, "CAD", "year")),
        ("Officer\nPay: K1,900 - K2,300 per fortnight (K49,400 - K59,800 per annum)\nLocation: Goroka, Papua New Guinea\n",
         (49400, 59800, "PGK", "year")),
        # a named period after the figure is read as before
        ("Roofer\nPay is $24–$31/hr DOE, paid every two weeks.\n", (24, 31, "USD", "hour")),
        ("Driver\nRate: $0.55 - $0.61 per mile\n", (0.55, 0.61, "USD", None)),
    ],
)
def test_pay_with_a_period_the_schema_cannot_name(text: str, expected: tuple) -> None:
    v = _value("salary", text)
    assert (v["min"], v["max"], v["currency"], v["period"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a working-time pattern that lists flexible working names hours, not a workplace
        ("Occupational Therapist\nWorking pattern: Part time, Flexible working\n", None),
        ("Policy Officer\nWorking pattern: Flexible working, Full-time, Job share\n", None),
        ("Caseworker\nWork pattern: Flexible working, Compressed hours\n", None),
        # flexible working alone, or with a workplace word, still reads hybrid
        ("Developer\nWork arrangement: Flexible working (2 days in the office)\n", "hybrid"),
        ("Developer\nWorking pattern: Hybrid, full time\n", "hybrid"),
    ],
)
def test_flexible_working_in_a_working_pattern(text: str, expected) -> None:
    assert _value("workplace", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a head line "City, <name the gazetteer cannot read>", on a board that names the city's country
        ("EMPLOIS BURKINA FASO — Offres\nComptable\nSahel Logistique SARL\nOuagadougou, Kadiogo\nPublié le 02/11/2026\n",
         [("Ouagadougou", "Kadiogo", "Burkina Faso")]),
        ("Jobs in Samoa | Post a job\nStores Clerk\nLocation: Apia, Upolu\n", [("Apia", "Upolu", "Samoa")]),
        ("Vanuatu Daily Post — Situations Vacant\nBarista\nLocation: Port Vila, Efate\n", [("Port Vila", "Efate", "Vanuatu")]),
        # a city of several countries: the one the page names ("George Town" is in Malaysia and the Cayman Islands)
        ("Cayman Islands Government — Careers\nRecords Clerk\nGeorge Town, Grand Cayman\n", [("George Town", "Grand Cayman", "Cayman Islands")]),
        # the country is not named: the region stays, no country
        ("Bookkeeper\nLocation: Lautoka, Viti Levu\n", [("Lautoka", "Viti Levu", None)]),
        # a site or unit name after the city is a part of the town, not a region
        ("Cashier\nLocation: Accra, Airport Residential Area\n", [("Accra", None, None)]),
        ("Guard\nLocation: Harare, Msasa Industrial Site\n", [("Harare", None, None)]),
        # a lone city on a national board's page still implies no country
        ("JobsNamibia — find work in Namibia\nChef\nLocation: Swakopmund\n", [("Swakopmund", None, None)]),
    ],
)
def test_unread_region_after_a_city(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a labelled country after a town and an area the gazetteer cannot read: town, area, country
        ("Lift Attendant\nLocation: Soldeu, Canillo (Andorra)\n", [("Soldeu", "Canillo", "Andorra")]),
        ("Ranger\nLocation: Kasane, Chobe (Botswana)\n", [("Kasane", "Chobe", "Botswana")]),
        ("Nurse\nDuty station: Kavieng, New Ireland, Papua New Guinea\n", [("Kavieng", "New Ireland", "Papua New Guinea")]),
        # a street before the town is no town and no area
        ("Clerk\nLocation: Rue Neuve, Esch (Luxembourg)\n", [(None, None, "Luxembourg")]),
        ("Guide\nLocation: Calle Mayor, Soller (Spain)\n", [(None, None, "Spain")]),
    ],
)
def test_town_and_area_before_a_labelled_country(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a job order's begin date, a contract's start in other languages: not the posting date
        ("Farm Worker\nJob Order Number: OR1201\nBegin Date: 09/01/2027      End Date: 10/30/2027\n", None),
        ("Camarero\nFecha de incorporación: 15/01/2027\n", None),
        ("Monteur\nArbeitsbeginn: 01.03.2027\n", None),
        # the posting date next to one is still read
        ("Clerk\nPosted: 12 November 2026\nBegin date: 4 January 2027\n", dt.date(2026, 11, 12)),
    ],
)
def test_begin_dates_are_not_posting_dates(text: str, expected) -> None:
    assert _value("date_posted", text) == expected


_BODY = "Nurse\nWe are a clinic.\n\nAbout you\n- Registered nurse\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a schedule or shift clause closed by ", on site": the shifts are worked on site
        (_BODY + "- Available for rotating shifts Monday to Saturday, on site\n", "onsite"),
        (_BODY + "- Rotas include weekends and bank holidays, on-site\n", "onsite"),
        (_BODY + "- Night shifts (22.00-06.00), on site.\n", "onsite"),
        # "on site" naming a facility, or offered beside remote, is no such clause
        (_BODY + "- Weekend shifts, on site gym available\n", None),
        (_BODY + "- Flexible schedule, on site or remote\n", None),
    ],
)
def test_shifts_worked_on_site(text: str, expected) -> None:
    assert _value("workplace", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Grade 12" (Canada, South Africa, Zambia, the Philippines) is a school-leaving level when it is a requirement
        ("Packer\nRequirements\n- Grade 12 required\n", "high_school"),
        ("Plant Worker\nWhat we look for\n1. Grade 12 preferred but not required\n", "high_school"),
        ("Clerk\nRequirements\n- Completion of Grade 12 with English\n", "high_school"),
        ("Clerk\nEducation: Grade 12\n", "high_school"),
        ("Teller\n- Grade 12 pass with Maths and English\n", "high_school"),
        # pupils taught and a pay grade are no requirement
        ("Teacher\nYou will teach Grade 12 students in Maths.\n", None),
        ("Officer\nPay: Grade 12 (£31,000)\n", None),
    ],
)
def test_grade_twelve(text: str, expected) -> None:
    assert _value("education_level", text) == expected
