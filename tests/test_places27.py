"""Table-driven tests of the head-block place lines the locations rules read since the 2026-12-03 round:
a town with its county or province the gazetteer lacks, a "Town, Area, Country" line of unknown names, a
meta line closed by a stacked " /", and the "Locality" / "Suburb" labels. Phrasings are our own."""

from __future__ import annotations

import pytest

import extractor.rules.location  # noqa: F401  (registers the rules)
from extractor.context import context_for
from extractor.rules.base import run_rules


def _loc(city=None, region=None, country=None):
    return {"city": city, "region": region, "country": country}


# (id, text, expected locations, the evidence the first item's first span slices to)
CASES = [
    ("county_of_capital", "Backend Developer\nRiigiTark OÜ\nTallinn, Harju County\nFull-time\n\nAbout us\n",
     [_loc("Tallinn", "Harju County", "Estonia")], "Tallinn"),
    ("province_of_city", "Trek Leader\nHimal Treks\nPokhara, Western Province\n\nWe guide groups.\n",
     [_loc("Pokhara", "Western Province", "Nepal")], "Pokhara"),
    ("plain_unknown_town_area_country", "Logistics Coordinator\nRamlah Freight\nDuqm, Al Wusta, Oman\n\nWe move cargo.\n",
     [_loc("Duqm", "Al Wusta", "Oman")], "Duqm"),
    ("stacked_slash_meta", "Onboarding Lead\nSunderland /\nOperations – Customer /\nPermanent – Full-time /\nHybrid\n\nAbout\n",
     [_loc("Sunderland", None, None)], "Sunderland"),
    ("locality_label", "Avionics Technician\nLocality: Birkirkara\nHours: 40\n\nAbout\n",
     [_loc("Birkirkara", None, None)], "Birkirkara"),
    ("suburb_label", "Warehouse Hand\nSuburb: Wetherill Park\nPay: $30 an hour\n\nAbout\n",
     [_loc("Wetherill Park", None, None)], "Wetherill Park"),
]


@pytest.mark.parametrize("text,expected,evidence", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_head_places(text, expected, evidence):
    ctx = context_for(text)
    cand = run_rules(ctx, ["locations"]).get("locations")
    assert cand is not None, "no locations found"
    assert cand.value == expected
    s, e = cand.item_spans[0][0]
    assert ctx.text[s:e] == evidence


# a head line of a firm, its team or a site and a country names no town; a US county is no region
NOT_PLACES = [
    ("firm_team_country", "Sales Manager\nAcme Foods, Sales Team, Kenya\n\nAbout us\n"),
    ("firm_legal_form_country", "Accountant\nBright Path Ltd, Finance, Kenya\n\nAbout us\n"),
    ("site_and_road_country", "Clerk\nThe Job Centre, Main Road, Oman\n\nAbout us\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_PLACES], ids=[c[0] for c in NOT_PLACES])
def test_no_town_from_firm_lines(text):
    cand = run_rules(context_for(text), ["locations"]).get("locations")
    assert cand is None or all(loc["city"] is None for loc in cand.value)


def test_us_county_is_no_region():
    cand = run_rules(context_for("Deputy Clerk\nSpringfield, Greene County\n\nAbout the county\n"), ["locations"]).get("locations")
    assert cand is None or all(loc["region"] != "Greene County" for loc in cand.value)
