"""Table-driven tests of value readers changed in the 2026-12-04 round: a "Town, Area, Country" place line whose area
the gazetteer lacks; weekly hours after an "N-day week"; an on-site cue with the working days after it. Phrasings are
our own; cases that must stay as they are sit beside those that change."""

from __future__ import annotations

import pytest

from extractor import Extractor

EXTRACTOR = Extractor(use_llm=False)
HEAD = "Stock Controller\nNorthgate Trading Ltd\n"
BODY = "\n\nAbout the role\nYou will count stock and keep the records straight.\n"

PLACES = [
    ("labelled_town_area_country", HEAD + "Location: Kpalimé, Kloto, Togo" + BODY, [("Kpalimé", "Kloto", "Togo")]),
    ("work_location_label", HEAD + "Work location: Parakou, Borgou-Nord, Benin" + BODY, [("Parakou", "Borgou-Nord", "Benin")]),
    # the town lies in another country than the one named: three places stay apart as before (no merge)
    ("town_of_another_country_not_merged", HEAD + "Location: Cotonou, Zone Franche, Togo" + BODY, None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_town_area_country(text, expected):
    places = [(p.city, p.region, p.country) for p in EXTRACTOR.extract(text).locations]
    if expected is None:
        assert not any(city == "Cotonou" and region == "Zone Franche" for city, region, _ in places)
    else:
        assert places == expected


HOURS = [
    ("n_day_week_then_hours", "You will work a 4-day week, 48 hours, with two days off together.", 48.0),
    ("spelled_day_week_bracket", "We offer a five-day working week (37.5 hours) in the office.", 37.5),
    ("shift_hours_over_a_week_stay_unread", "Each shift is 12 hours over a 4-day week.", None),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in HOURS], ids=[c[0] for c in HOURS])
def test_hours_after_a_day_week(sentence, expected):
    assert EXTRACTOR.extract(HEAD + "\n" + sentence + BODY).weekly_hours == expected


WORKPLACE = [
    ("onsite_monday_to_friday", "The role is based at our depot, on site Monday to Friday 6am to 2:30pm.", "onsite"),
    ("onsite_five_days", "You will be on-site five days a week at the plant.", "onsite"),
    ("onsite_two_days_is_not_onsite", "On site Monday and Tuesday, at home the rest of the week.", None),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in WORKPLACE], ids=[c[0] for c in WORKPLACE])
def test_onsite_with_its_days(sentence, expected):
    assert EXTRACTOR.extract(HEAD + "\n" + sentence + BODY).workplace == expected
