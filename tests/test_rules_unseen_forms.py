"""Structured-field forms that failed on first sight of the blind batches (issue 11, round 18): regions written
with their administrative kind or named like their capital, a posting-date label's language as a locale cue, an
engagement label, and the advert leads and tails boards glue to a title (headcount, perks with their amount, a
contract's length, a cover, a workplace with its pattern). Phrasings are invented for other boards and countries,
not copied from the gold. Offline, table-driven."""

from __future__ import annotations

import datetime as dt

import pytest

from rule_helpers import rule_value as _value, places as _places


@pytest.mark.parametrize(
    "text, expected",
    [
        # an administrative unit the gazetteer does not know, after a city, kept as written
        ("Clerk\nLocation: Kandy, Central Province, Sri Lanka\n", [("Kandy", "Central Province", "Sri Lanka")]),
        ("Mechanic\nLocation: Maun, North-West District\n", [("Maun", "North-West District", None)]),
        ("Agent\nLocation: Cairo, Cairo Governorate, Egypt\n", [("Cairo", "Cairo Governorate", "Egypt")]),
        # a labelled value that is the unit alone, or the unit's facility
        ("Clinical Officer\nDuty station: Dedza District\n", [(None, "Dedza District", None)]),
        ("Nurse\nDuty station: Kasungu District Hospital and outreach clinics\n", [(None, "Kasungu District", None)]),
        # the gazetteer's own region stands; a county or a known region is not rewritten
        ("Agent\nLocation: Sydney, Greater Sydney Region\n", [("Sydney", None, None)]),
        ("Nurse\nLocation: Kumasi, Ashanti Region, Ghana\n", [("Kumasi", "Ashanti", "Ghana")]),
        ("Nurse\nLocation: Eldoret, Uasin Gishu County\n", [("Eldoret", "Uasin Gishu", "Kenya")]),
        # a district in prose or in brackets is no region of the place of work
        ("Officer\nLocation: Portland, OR (Pearl District)\n", [("Portland", "Oregon", "United States")]),
    ],
)
def test_administrative_unit_as_region(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a province named like its capital: Latin American and Philippine boards write "City, Province"
        ("Agent\nLocation: Cebu City, Cebu\n", [("Cebu City", "Cebu", "Philippines")]),
        ("Agente\nUbicación: Guatemala, Guatemala\n", [("Guatemala", "Guatemala", "Guatemala")]),
        ("Agent\nLocation: Dublin, Dublin\n", [("Dublin", "Dublin", "Ireland")]),
        # a city-state stays one place
        ("Agent\nLocation: Singapore, Singapore\n", [(None, None, "Singapore")]),
        ("Agent\nLocation: Hong Kong, Hong Kong\n", [(None, None, "Hong Kong")]),
    ],
)
def test_province_named_like_its_capital(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a posting-date label in a day-first language decides an ambiguous numeric date
        ("Cocinero\nFecha de publicación: 05/10/2026\n", dt.date(2026, 10, 5)),
        ("Cuisinier\nDate de publication : 04/03/2026\n", dt.date(2026, 3, 4)),
        ("Vacature\nGepubliceerd: 02/11/2026\n", dt.date(2026, 11, 2)),
        # a US page keeps month first ($ and a state code outweigh the label)
        ("Cocinero\nFecha de publicación: 05/10/2026\nSalario: $18 por hora\nUbicación: Miami, FL\n", dt.date(2026, 5, 10)),
    ],
)
def test_date_label_language_is_a_locale_cue(text: str, expected) -> None:
    assert _value("date_posted", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Developer\nEngagement: Contractor\n", "contract"),
        ("Developer\nEngagement: Full-time, permanent\n", "full_time"),
        ("Developer\nEngagement: 6 months\n", None),
    ],
)
def test_engagement_label(text: str, expected) -> None:
    assert _value("employment_type", text) == expected


_BODY = "\nLocation: Leeds\n\nAbout the role\nWe need staff.\n"


@pytest.mark.parametrize(
    "heading, expected",
    [
        # advert leads before the title
        ("URGENT: Warehouse Operative", "Warehouse Operative"),
        ("Urgently Required: Delivery Driver", "Delivery Driver"),
        ("Job Vacancy: Primary School Teacher", "Primary School Teacher"),
        # headcount, perks with their amount, advert calls
        ("Staff Nurse (x3)", "Staff Nurse"),
        ("Care Worker (x 12)", "Care Worker"),
        ("Registered Nurse - Sign-on Bonus $10,000", "Registered Nurse"),
        ("Electrician – Hiring Now!", "Electrician"),
        ("Site Engineer – Visa Sponsorship Available", "Site Engineer"),
        # a contract's length or a cover after a dash or in brackets
        ("Accountant - 12 Month Fixed Term Contract", "Accountant"),
        ("Payroll Officer – 6 months contract", "Payroll Officer"),
        ("Receptionist (Maternity Cover)", "Receptionist"),
        ("HR Advisor - Fixed Term", "HR Advisor"),
        # a workplace word with its pattern
        ("Project Manager - Hybrid (2 days office)", "Project Manager"),
        # qualifiers of the job itself stay
        ("Teacher (Grades 9-12)", "Teacher (Grades 9-12)"),
        ("Contracts Manager", "Contracts Manager"),
        ("Software Engineer (Contract)", "Software Engineer (Contract)"),
    ],
)
def test_title_leads_and_tails(heading: str, expected: str) -> None:
    assert _value("title", heading + _BODY) == expected


def test_an_urgent_note_is_no_title() -> None:
    assert _value("title", "Barista\nUrgent: applications close on Friday\n") == "Barista"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a US county named after a state or a town is neither
        ("Deputy\nLocation: Washington County, Oregon\n", [(None, "Oregon", "United States")]),
        ("Technician\nLocation: Springfield, Ohio\nEmployer: Ohio County Schools\n", [("Springfield", "Ohio", "United States")]),
        # a county that is a first-level region elsewhere stays
        ("Nurse\nLocation: Eldoret, Uasin Gishu County\n", [("Eldoret", "Uasin Gishu", "Kenya")]),
    ],
)
def test_us_county_is_not_the_state(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a labelled yes/no answer
        ("Developer\nVisa sponsorship: No\n", False),
        ("Developer\nSponsorship available: No\n", False),
        ("Developer\nVisa sponsorship: Yes\n", True),
        ("Nurse\nVisa: provided by the employer\n", True),
        # "sponsor" with no object, negated, closing the sentence
        ("Analyst\nWork authorization required; we are unable to sponsor at this time.\n", False),
        ("Analyst\nThe company does not sponsor.\n", False),
        # a bracketed gloss between the visa and who processes it (Gulf adverts)
        ("Nurse\nBenefits: employment visa and residence (iqama) processed by the employer.\n", True),
        # other senses and questions stay silent
        ("Analyst\nWe proudly sponsor.\n", None),
        ("Analyst\nWe sponsor the local youth football league.\n", None),
        ("Analyst\nDo you require visa sponsorship?\n", None),
    ],
)
def test_visa_answers_and_bare_verbs(text: str, expected) -> None:
    assert _value("visa_sponsorship", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the country (or region) a form gives under its own label on the next line completes the city above it
        ("Officer\nDuty Station: Kigali\nCountry: Rwanda\n", [("Kigali", None, "Rwanda")]),
        ("Officer\nDuty station: Lusaka\nCountry: Zambia\nGrade: G5\n", [("Lusaka", None, "Zambia")]),
        # a country that is not the city's stays a place of its own
        ("Officer\nDuty Station: Kigali\nCountry: Kenya\n", [("Kigali", None, None), (None, None, "Kenya")]),
    ],
)
def test_labelled_country_under_the_city(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "based at our head office in X": the role's place, though "head office" and "citizens" come before it
        ("Accountant\nWe invite applications from qualified citizens for the position of Accountant, based at our head office in Nairobi, Kenya.\n",
         [("Nairobi", None, "Kenya")]),
        ("Analyst\nCandidates must be eligible to work in Canada and will be based at our office in Toronto.\n", [("Toronto", None, None)]),
        # the employer's seat alone is still no place of work
        ("Accountant\nOur head office is in London, with offices across the UK.\n", []),
    ],
)
def test_based_at_our_office(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clerk\nQualifications:\n- Form Four certificate (CSEE) with passes in English\n", "high_school"),
        ("Clerk\nQualifications:\n- Senior Secondary Certificate or equivalent\n", "high_school"),
        ("Clerk\nQualifications:\n- SPM certificate with a credit in Bahasa Melayu\n", "high_school"),
        ("Clerk\nQualifications:\n- NCEA Level 2 or higher\n", "high_school"),
        ("Clerk\nQualifications:\n- UACE certificate\n", "high_school"),
    ],
)
def test_school_leaving_certificates(text: str, expected: str) -> None:
    assert _value("education_level", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ATS product's name before "| Careers at <Employer>" names the page, not the job: the heading does
        ("iCIMS | Careers at Harbor Freight Logistics\n\nWarehouse Supervisor\nHarbor Freight Logistics · Reno, NV\n", "Warehouse Supervisor"),
        ("BambooHR | Careers at Lakeside Dental\n\nDental Hygienist\nLakeside Dental · Boise, ID\n", "Dental Hygienist"),
        # the job in the same place stays
        ("Dental Hygienist | Careers at Lakeside Dental\n\nDental Hygienist\nLakeside Dental · Boise, ID\n", "Dental Hygienist"),
        # a pay-basis tag is cut like "(PRN)"
        ("Physical Therapist – Home Health (Per Visit)\nLocation: Knoxville, TN\n\nAbout\nWe visit.\n", "Physical Therapist – Home Health"),
    ],
)
def test_ats_product_is_no_title(text: str, expected: str) -> None:
    assert _value("title", text) == expected


@pytest.mark.parametrize("text", ["Rep\nRegion: EMEA Region\n", "Rep\nLocation: Sales Region\n"])
def test_business_regions_are_no_places(text: str) -> None:
    assert _places(text) == []
