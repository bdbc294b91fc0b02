"""Structured-field forms that failed on first sight of a blind batch (issue 11, round 19): the town closing an
employer or site line under the title, a remote tag in a city field, a postal district between a city and its
country, travel and meet-up destinations, an incremental salary scale, "basic" between a figure and its period,
a country's own ISO code after a figure, employment and occupation permits, a requirement item that opens with
"N+ years", years of study left, a board's "Code:" and a union's "Call #", the date of a non-posting label, a
form's "Remote: No" and "on site at the plant". Phrasings are invented for other boards and countries, not copied
from the gold. Offline, table-driven."""

from __future__ import annotations

import datetime as dt

import pytest

from rule_helpers import rule_value as _value, places as _places


@pytest.mark.parametrize(
    "text, expected",
    [
        # the employer, site or street, then the town after a comma, on a line of the head block
        ("Barista\nCafé Lune, Rue Haute, Namur\n\nWe are hiring.", [("Namur", None, None)]),
        ("Line Cook\nHotel Sol Caribe, Punta Cana\nPosted today\n", [("Punta Cana", None, None)]),
        ("Welder\nKiewit — Marine Yard, Tema\n", [("Tema", None, None)]),
        ("Records Clerk\nMinistry of Health, Honiara\n", [("Honiara", None, None)]),
        ("Maths Teacher\nSt Mary School, Kumasi\n", [("Kumasi", None, None)]),
        # a sentence is no such line, nor are two words that are no town, nor an address with its postcode
        ("Nurse\nWe are a clinic based near the hospital, Tema and more.\n", []),
        ("Engineer\nSales, Marketing\n", []),
        ("Store Manager\nAldi Stores Ltd, Reading RG1 2AB\n", []),
    ],
)
def test_town_closing_an_employer_line(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a remote tag in a city field names no city
        ("SRE\nCity: Remote\nState: \nCountry: United States\n", [(None, None, "United States")]),
        ("Dev\nCity: Remoto\nCountry: Mexico\n", [(None, None, "Mexico")]),
        ("Dev\nCity: Springfield\nState: Illinois\nCountry: United States\n", [("Springfield", "Illinois", "United States")]),
        # a one- or two-digit postal district between the city and its country
        ("Engineer\nLocation: Dublin 2, Ireland (hybrid)\n", [("Dublin", None, "Ireland")]),
        ("Developer\nLocation: Budapest 13, Hungary\n", [("Budapest", None, "Hungary")]),
        # travel and meet-up destinations are no places of work
        ("Officer\nDuty station: Lilongwe, with frequent travel to Mzuzu and Zomba\n", [("Lilongwe", None, None)]),
        ("Dev\n📍 Remote, Canada only (we meet up in Toronto twice a year)\n", [(None, None, "Canada")]),
        ("Engineer\nLocation: Lyon, France (occasional trips to Milan)\n", [("Lyon", None, "France")]),
        # an administrative unit with its kind between a site and the country
        ("Dive Guide\nLocation: Coral Cove Island Resort, Noonu Atoll, Maldives\n", [(None, "Noonu Atoll", "Maldives")]),
        ("Ranger\nLocation: Kasane, Chobe District, Botswana\n", [("Kasane", "Chobe", "Botswana")]),
    ],
)
def test_place_fields_and_destinations(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a board's country-first line with its city left empty: the title line above names the town
        ("Sales Executive - Leeds\nGB, , \n\nWe are hiring.", [("Leeds", None, "United Kingdom")]),
        ("Account Manager (Toronto)\nCA, , \n", [("Toronto", None, "Canada")]),
        ("Marketing Lead - Growth\nUS, , \n", [(None, None, "United States")]),
        ("Analyst - Singapore\nSG, , \n", [(None, None, "Singapore")]),  # a city-state is the country alone
    ],
)
def test_title_town_over_an_empty_city_field(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an incremental scale: start x step – top
        ("Clerk\nSalary scale: £21,000 x £600 - £24,000 per annum\n", (21000.0, 24000.0, "GBP", "year")),
        ("Officer\nLocation: Lusaka, Zambia\nSalary: K45,000 × K1,500 – K52,500 per annum\n", (45000.0, 52500.0, "ZMW", "year")),
        # "basic" between the figure and its period
        ("Fitter\nLocation: Durban, South Africa\nPay: R 18 500 basic per month\n", (18500.0, 18500.0, "ZAR", "month")),
        ("Electrician\nLocation: Windhoek, Namibia\nRemuneration: N$ 14,200 basic per month, plus housing\n", (14200.0, 14200.0, "NAD", "month")),
        # the places of work's own ISO code after the figure, even one that is an English word
        ("Agent\nLocation: Durrës, Albania\n- Salary 60,000 – 80,000 ALL per month\n", (60000.0, 80000.0, "ALL", "month")),
        ("Cashier\nLocation: Nukuʻalofa, Tonga\nWage: 350 TOP per week\n", (350.0, 350.0, "TOP", "week")),
    ],
)
def test_pay_grammar(text: str, expected: tuple) -> None:
    value = _value("salary", text)
    assert (value["min"], value["max"], value["currency"], value["period"]) == expected


def test_an_english_word_code_abroad_is_no_currency() -> None:
    assert _value("salary", "Driver\nLocation: Boston, MA\nWe deliver 70,000 ALL year round\n") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Acme does not sponsor Critical Skills Employment Permits for graduate roles.", False),
        ("Non-Mauritian applicants: an Occupation Permit (OP) will be processed by the hotel.", True),
        ("Employment permits are arranged by the company for overseas hires.", True),
        ("Parking permits are provided.", None),
        ("Building permits are processed by our team.", None),
    ],
)
def test_employment_and_occupation_permits(text: str, expected) -> None:
    assert _value("visa_sponsorship", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list item that opens with "N+ years" asks for them
        ("Must have:\n- 5+ years Java and Spring\n", 5.0),
        ("What you need:\n• 4+ years B2B sales in logistics\n", 4.0),
        ("Requirements:\n1. 7+ yrs SQL Server\n", 7.0),
        # ages, warranties and company history stay out; years of study left are no experience
        ("Requirements:\n* 18+ years old\n", None),
        ("Benefits:\n- 2+ years warranty on tools\n", None),
        ("Requirements:\n1. Studying towards a BSc, with at least one year left to complete\n", None),
        ("You have:\n- enrolled in a diploma with at least 2 years remaining\n", None),
    ],
)
def test_years_opening_an_item(text: str, expected) -> None:
    assert _value("min_years_experience", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vendedor\nCódigo: AV-3391 · Publicado hoy\n", "AV-3391"),
        ("Analyst\nPublished: 02/11/2026 | Code: 551902 | Vacancies: 2\n", "551902"),
        ("Agronomist\nCode: BO-88120\n", "BO-88120"),
        ("Lineman\nJob Call No. 4471\n", "4471"),
        ("Wireman\nCALL #: 26-0412-07\n", "26-0412-07"),
        ("Dev\nPostal code: 12345\n", None),
        ("Dev\nDress code: smart\n", None),
        ("Support\nCall #1 priority\n", None),
    ],
)
def test_board_code_and_union_call(text: str, expected) -> None:
    assert _value("job_id", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rep\nStart: induction week begins 11 January 2027\n", None),
        ("Rep\nInterview day: at the depot on 3 March 2026\n", None),
        # only a weekday between the label and the date: the label dates the page ("JOB CALLS FOR: …")
        ("Lineman\nDispatch for: Friday 4 December 2026\n", dt.date(2026, 12, 4)),
        ("Rep\nLocation: Lagos · 12 May 2026\n", dt.date(2026, 5, 12)),
        ("Rep\nAcme Ltd\n12 May 2026\n", dt.date(2026, 5, 12)),
        ("Rep\nPublished: 25.11.2026 | Valid until: 31.01.2027\n", dt.date(2026, 11, 25)),
    ],
)
def test_a_date_under_another_label(text: str, expected) -> None:
    assert _value("date_posted", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Biologist\nRemote job: No\nTelework eligible: Yes\n", None),
        ("Dev\nThis is a remote job: yes, fully.\n", "remote"),
        ("Nurse\nYou will work 12-hour shifts on-site at our Leeds hospital.\n", "onsite"),
        ("Fitter\nRoster: 14/14, day shift, on site at the processing plant.\n", "onsite"),
        ("Dev\nBenefits: free parking on site at the office\n", None),
    ],
)
def test_workplace_form_answers_and_sites(text: str, expected) -> None:
    assert _value("workplace", text) == expected


@pytest.mark.parametrize(
    "text",
    ["Requirements:\n- Completed secondary school; university students welcome\n", "You need:\n* finished high school and a driving licence\n"],
)
def test_completed_school(text: str) -> None:
    assert _value("education_level", text) == "high_school"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a permanent or indefinite contract states permanence, neither a contract nor a temporary type
        ("Analista\nContract: Indefinite term\n", None),
        ("Engineer\nType: Graduate scheme (permanent contract)\n", None),
        ("Dev\nContract type: permanent contract, full-time\n", "full_time"),
        ("Dev\nContract type: Fixed-term contract\n", "temporary"),
        ("Dev\nType: Contract\n", "contract"),
    ],
)
def test_permanent_contract_is_no_contract_type(text: str, expected) -> None:
    assert _value("employment_type", text) == expected
