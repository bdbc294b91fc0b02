"""Structured-field classes found on the blind batch s15 (second wave): how boards and countries write
posting periods, id labels, pay with local marks and qualifiers, school-leaving certificates, refused
degrees, capitals and regions, and an employer closing the title's heading. Offline, table-driven."""

from __future__ import annotations

import datetime as dt

import pytest

from rule_helpers import rule_value as _value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Posting number: 2026-PAB-3341\nPosting period: from 2026-11-23 to 2026-12-07\n", dt.date(2026, 11, 23)),
        ("Advertising period: from 3 May 2026 to 4 June 2026\n", dt.date(2026, 5, 3)),
        # a "from" date under any other label is still no posting date
        ("Available from 2026-11-23\n", None),
        ("Closing date: from 2026-11-23\n", None),
    ],
)
def test_posting_period_start_is_the_posting_date(text: str, expected) -> None:
    assert _value("date_posted", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Oglas br. / Ad no.: 241187  ·  Published: 17.11.2026\n", "241187"),
        ("Ad number: GT-55120\n", "GT-55120"),
        ("💵 $168 per shift\nShift ID: SH-88213-GR\n", "SH-88213-GR"),
    ],
)
def test_classified_and_shift_id_labels(text: str, expected: str) -> None:
    assert _value("job_id", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # gross/net words in brackets between the figure (or its currency) and the period
        ("Salary: $1,300,000 liquid (net) per month + legal gratification", (1300000.0, 1300000.0, "month")),
        ("Salary: 900 - 1,200 USD (fresh) per month", (900.0, 1200.0, "month")),
        ("Salary: $50,000 (gross) per year", (50000.0, 50000.0, "year")),
    ],
)
def test_bracketed_qualifier_before_the_period(text: str, expected: tuple) -> None:
    value = _value("salary", text)
    assert (value["min"], value["max"], value["period"]) == expected


@pytest.mark.parametrize(
    "text, currency",
    [
        ("Location: Maun, Botswana\nRemuneration: P 9,800.00 per month (basic)", "BWP"),  # local letter after a space
        ("Location: Gaborone\nPay P 9,800 per month", "BWP"),
        ("Location: Lagos\nSalary: N250,000 - N350,000 per month", "NGN"),  # glued, as before
        ("Location: London\nGrade P 9,800 per month", None),  # "P" is no currency outside Botswana
        ("SALARY: MK 1,450,000 per month (gross), negotiable", "MWK"),  # Malawi's kwacha as written
        # a bare "$" in millions where the posting's dollar pays in millions (Jamaica's places)
        ("Location: Spanish Town, St. Catherine\nSalary: $2.4M - $2.8M per annum", "JMD"),
    ],
)
def test_currency_marks_of_the_posting_country(text: str, currency) -> None:
    value = _value("salary", text)
    assert value is not None and value["currency"] == currency


@pytest.mark.parametrize(
    "text",
    [
        "Location: New York\nSalary: $2.4M - $2.8M per annum",  # funding-sized in US dollars: no salary
        "We raised $2.4M last year.",
    ],
)
def test_dollar_millions_stay_funding_sized_elsewhere(text: str) -> None:
    assert _value("salary", text) is None


def test_jamaican_millions_are_the_yearly_range() -> None:
    value = _value("salary", "Location: Kingston, Jamaica\nSalary: $2.4M - $2.8M per annum, plus pension")
    assert (value["min"], value["max"], value["currency"], value["period"]) == (2400000.0, 2800000.0, "JMD", "year")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Requirements:\n- Lyceum (Apolytirion) certificate; a university degree is an advantage\n", "high_school"),
        ("Requirements:\n- CSEC passes in five subjects including English and Mathematics\n", "high_school"),
        ("Requirements:\n- BGCSE with a credit in English\n", "high_school"),
        ("Education: Diploma/Bachelor's\n", "associate"),
        ("Requirements:\n• Diploma or Bachelor's in Hotel Management\n", "associate"),
        # a degree the posting turns away is no mention
        ("Requirements:\na) B.Sc. Nursing (Diploma holders will not be considered).\n", "bachelor"),
        ("Requirements:\n- Bachelor's degree in Nursing; diploma holders are not eligible\n", "bachelor"),
    ],
)
def test_education_local_terms_and_refusals(text: str, expected: str) -> None:
    assert _value("education_level", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Location: Skopje, North Macedonia\n", [{"city": "Skopje", "region": None, "country": "North Macedonia"}]),
        (
            "Location: Port Moresby, National Capital District, Papua New Guinea\n",
            [{"city": "Port Moresby", "region": "National Capital District", "country": "Papua New Guinea"}],
        ),
        (
            "The role is at its Spanish Town, St. Catherine office.\n",
            [{"city": "Spanish Town", "region": "Saint Catherine", "country": "Jamaica"}],
        ),
        ("Location: Lilongwe\n", [{"city": "Lilongwe", "region": None, "country": None}]),
    ],
)
def test_capitals_and_regions(text: str, expected: list) -> None:
    assert _value("locations", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the employer closing the heading, named again in the body as a name of its own
        (
            "Qatar Living › Jobs\n\nFront Office Supervisor | Pearl Dunes Hotel & Residences\nPosted on 22/11/2026\n"
            "Pearl Dunes Hotel & Residences, a 240-key hotel, is looking for a supervisor.\n",
            "Front Office Supervisor",
        ),
        ("Jobs › Sales\n\nSales Manager | Orbit Foods\nPosted on 22/11/2026\nOrbit Foods, a snack maker, is hiring.\n", "Sales Manager"),
        # a specialty the body uses as a modifier, or never names as a name, stays
        (
            "Jobs › Care\n\nNurse – Intensive Care Unit\nPosted on 22/11/2026\n"
            "You will work in the Intensive Care Unit. Intensive Care Unit nurses rotate.\n",
            "Nurse – Intensive Care Unit",
        ),
        ("Jobs › Sales\n\nSales Manager | Consumer Products\nPosted on 22/11/2026\nYou will sell Consumer Products.\n", "Sales Manager | Consumer Products"),
    ],
)
def test_employer_closing_the_heading(text: str, expected: str) -> None:
    assert _value("title", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a piece rate per parcel: the figure kept, no schema period; the van hire is a cost
        (
            "Salary: £1.35 per parcel\nPaid per parcel delivered, vans available to hire at £185 per week.\n",
            (1.35, 1.35, "GBP", None),
        ),
        # a volunteer's stipend is no wage: the paid phase's rate
        (
            "You'll volunteer two days a week (with a $60 per week volunteer stipend). From April the role is paid: "
            "$36.40 per hour plus 12% superannuation.\nLocation: Geelong VIC\n",
            (36.4, 36.4, "AUD", "hour"),
        ),
    ],
)
def test_piece_rates_and_stipends(text: str, expected: tuple) -> None:
    value = _value("salary", text)
    assert (value["min"], value["max"], value["currency"], value["period"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jobs › Mining\n\nHeavy Diesel Fitter – FIFO 2:1 Roster – Perth Based\nPosted today\n", "Heavy Diesel Fitter"),
        ("Jobs › Sales\n\nSales Manager – Leeds Based\nPosted today\n", "Sales Manager"),
        ("Jobs › Care\n\nNight Shift Nurse – Evidence Based\nPosted today\n", "Night Shift Nurse – Evidence Based"),  # no place
    ],
)
def test_place_based_tail(text: str, expected: str) -> None:
    assert _value("title", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Banquet Server\nGood to know\nPros on ShiftHive are independent contractors.\n", "contract"),
        ("Banquet Server\nYou will work as an independent contractor.\n", "contract"),
    ],
)
def test_independent_contractors(text: str, expected: str) -> None:
    assert _value("employment_type", text) == expected


def test_forum_subject_line_title() -> None:
    text = (
        "Elixir Community Forum › Jobs › Canada\n\n"
        "[Remote, Canada] Senior Elixir Engineer (contract, 6 months+) — Tidepool Analytics\n"
        "posted by mhalvorsen · Nov 26, 2026 · 3 replies\n\n"
        "Hi folks, I'm the CTO at Tidepool Analytics (tidepoolanalytics.ca), a small team in Halifax.\n"
    )
    assert _value("title", text) == "Senior Elixir Engineer"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clerical Officer\nLocation: County Hall, John Street, Kilkenny\nClosing Date: 10/12/2026\n", [{"city": "Kilkenny", "region": None, "country": None}]),
        # the facility label of health-network postings names the place of work
        ("Beneficiary attendant\nEstablishment: Centre d'hébergement Saint-Joseph, Trois-Rivières\nStatus: Permanent\n", [{"city": "Trois-Rivières", "region": None, "country": None}]),
        ("Clerk\nEstablishment: Permanent, full time\n", None),
    ],
)
def test_irish_towns_and_establishment_label(text: str, expected) -> None:
    assert _value("locations", text) == expected
