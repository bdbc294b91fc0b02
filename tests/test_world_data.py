"""Table-driven tests of the generated world data (``extractor/data/world.json`` via ``extractor/data/world.py``):
places and currencies of countries that no golden batch has, found by the location and pay rules."""

from __future__ import annotations

import re

import pytest

import extractor.rules.location  # noqa: F401  (registers the rules)
import extractor.rules.pay  # noqa: F401
from extractor.context import context_for
from extractor.data import load, world
from extractor.rules.base import run_rules


def _loc(city=None, region=None, country=None):
    return {"city": city, "region": region, "country": country}


def _run(text: str):
    found = run_rules(context_for(text), ["locations", "salary"])
    locs, pay = found.get("locations"), found.get("salary")
    return (locs.value if locs else None), (pay.value if pay else None)


# (id, text, expected locations) — cities, capitals and regions of countries no golden batch has
PLACES = [
    ("city_and_country", "Clerk\nLocation: Maseru, Lesotho\n", [_loc("Maseru", None, "Lesotho")]),
    ("capital_with_country", "Driver\nLocation: Banjul, Gambia\n", [_loc("Banjul", None, "Gambia")]),
    ("labelled_city_alone", "Nurse\nLocation: Honiara\n", [_loc("Honiara")]),
    ("hyphenated_name_with_a_space", "Nurse\nLocation: Port Vila, Vanuatu\n", [_loc("Port Vila", None, "Vanuatu")]),
    # a town's name followed by its administrative kind names the district, not the town
    ("town_name_with_district_kind", "Clinical Officer\nDuty station: Kabwe District Hospital\n", [_loc(None, "Kabwe District")]),
    ("town_name_with_province_kind", "Nurse\nLocation: Kabwe Province\n", [_loc(None, "Kabwe Province")]),
    ("town_alone_stays_a_town", "Nurse\nLocation: Kabwe, Zambia\n", [_loc("Kabwe", None, "Zambia")]),
    ("region_implies_country", "Clerk\nLocation: Hhohho Region\n", [_loc(None, "Hhohho", "Eswatini")]),
    ("capital_of_new_country", "Teacher\nDuty station: Monrovia, Liberia\n", [_loc("Monrovia", None, "Liberia")]),
]


@pytest.mark.parametrize("name, text, expected", PLACES, ids=[c[0] for c in PLACES])
def test_world_places(name: str, text: str, expected: list) -> None:
    assert _run(text)[0] == expected


# (id, text, currency): local letter symbols and bare "$" resolved by the country of the places of work
CURRENCIES = [
    ("letter_symbol_lesotho", "Clerk\nLocation: Maseru, Lesotho\nSalary: M 6,500 per month\n", "LSL"),
    ("letter_symbol_gambia", "Driver\nLocation: Banjul, Gambia\nSalary: D 15,000 per month\n", "GMD"),
    ("letter_symbol_eswatini", "Technician\nLocation: Mbabane, Eswatini\nSalary: E 9,000 per month\n", "SZL"),
    ("two_letter_symbol_vanuatu", "Nurse\nLocation: Port Vila, Vanuatu\nSalary: VT 120,000 per month\n", "VUV"),
    ("bare_dollar_liberia", "Teacher\nLocation: Monrovia, Liberia\nSalary: $1,200 per month\n", "LRD"),
    ("bare_dollar_solomon_islands", "Accountant\nDuty station: Honiara, Solomon Islands\nSalary: $6,000 per month\n", "SBD"),
    ("bare_dollar_country_named", "Fisheries Officer\nApplicants must be citizens of Tonga.\nSalary: $24,000 per annum\n", "TOP"),
    ("dollar_symbol_with_prefix", "Officer\nSalary: T$ 2,400 per month\n", "TOP"),
    ("iso_code_cayman", "Analyst\nSalary: KYD 4,000 per month\n", "KYD"),
]


@pytest.mark.parametrize("name, text, currency", CURRENCIES, ids=[c[0] for c in CURRENCIES])
def test_world_currencies(name: str, text: str, currency: str) -> None:
    pay = _run(text)[1]
    assert pay is not None and pay["currency"] == currency


# a local symbol is no currency outside its country; a common word named like a town is no place
NOT_THERE = [
    ("vatu_mark_in_leeds", "Analyst\nLocation: Leeds, United Kingdom\nSalary: VT 35,000 per year\n", "salary", "VUV"),
    ("loti_mark_in_leeds", "Analyst\nLocation: Leeds, United Kingdom\nSalary: M 35,000 per year\n", "salary", "LSL"),
    ("word_towns_in_prose", "Mobile Developer\nWe sell mobile apps from our Temple Street office.\n", "locations", None),
]


@pytest.mark.parametrize("name, text, field, value", NOT_THERE, ids=[c[0] for c in NOT_THERE])
def test_world_data_stays_out(name: str, text: str, field: str, value) -> None:
    locs, pay = _run(text)
    if field == "salary":
        assert pay is None or pay["currency"] != value
    else:
        assert not locs


def test_hand_made_entries_win() -> None:
    """The merge keeps every hand-made mark and country currency as it was."""
    hand, merged = load("currencies.json"), world.currency_vocab()
    for table in ("prefix", "suffix", "country_currency"):
        assert all(merged[table][k] == v for k, v in hand[table].items())
    assert merged["dollar_sign_currencies"][: len(hand["dollar_sign_currencies"])] == hand["dollar_sign_currencies"]
    hand_cities = load("locations.json")["cities"]
    assert world.gazetteer_data()["cities"][: len(hand_cities)] == hand_cities


def test_world_file_records_its_sources() -> None:
    source = load("world.json")["_source"]
    assert {"countries_and_regions", "cities", "currencies"} <= set(source)
    licences = ("LGPL", "MIT", "BSD", "Apache", "CC BY")
    assert all(any(name in text for name in licences) for key, text in source.items() if key != "built")


_NAMES = ["Apia", "Port-Vila", "Port Vila", "San Pedro Garza García", "Garza García", "The Valley", "St. John's", "Sankt Gallen", "Male"]


@pytest.mark.parametrize(
    "text,lo,hi,expected",
    [
        ("Based in Apia, Samoa", 0, None, ["Apia"]),
        ("based in apia", 0, None, []),  # a name opens with a capital
        ("Apia-based team, Male's office", 0, None, []),  # part of a longer word
        ("X3Apia and _Apia", 0, None, ["Apia"]),  # glued to a digit: no opening; after "_": one
        ("Port-Vila or Port Vila or Port\u00a0Vila or PORT VILA", 0, None, ["Port-Vila", "Port Vila", "Port\u00a0Vila", "PORT VILA"]),
        ("Monterrey, San Pedro Garza García", 0, None, ["San Pedro Garza García"]),  # the longest run, not its tail
        ("Office Garza García", 0, None, []),  # the tail of a capitalised run is part of it
        ("Hello. Garza García", 0, None, ["Garza García"]),  # a stop is no join
        ("in St. John's today", 0, None, ["St. John's"]),
        ("Sankt  Gallen", 0, None, []),  # two spaces are no join
        ("at The Valley - Anguilla", 0, None, ["The Valley"]),
        ("xxApia, Apia", 2, None, ["Apia"]),  # a window's edge glued to a letter: no opening there
        ("Apia Port Vila", 0, 9, ["Apia"]),  # a run stops at the window's end
        ("Apia", 0, 3, []),
    ],
)
def test_name_matcher_word_runs(text: str, lo: int, hi, expected: list) -> None:
    matcher = world.NameMatcher(re.compile("(?!)"), _NAMES)
    found = [m.group() for m in matcher.finditer(text, lo, hi)]
    assert found == expected
    assert [m.group() for m in matcher.finditer(text, lo, hi)] == expected  # asked again: the same matches
