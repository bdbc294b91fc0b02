"""A hard wrap that breaks a bullet or a sentence after a word needing more ("…framework in" / "TypeScript") carries
the phrase on: the rest is no heading (extractor/sections.py) and stays in its item (extractor/rules/lists.py)."""

import pytest

from extractor import extract
from extractor.sections import broken_by_wrap, find_headings

POSTING = "Field Service Technician\nAltamira Pumps\n\nWhat you will do\n{duties}\n\nRequirements\n- Two years of hands-on maintenance work\n"


@pytest.mark.parametrize(
    "duties, first",
    [
        ("- Service centrifugal pumps at customer sites across the region of\n  Lombardy\n- Keep the fleet van stocked",
         "Service centrifugal pumps at customer sites across the region of Lombardy"),
        ("• Log every job, part and hour in the maintenance system for\n  SAP PM\n• Keep the fleet van stocked",
         "Log every job, part and hour in the maintenance system for SAP PM"),
        ("* Write clear service reports for the customer and the sales team and\n  Engineering\n* Keep the fleet van stocked",
         "Write clear service reports for the customer and the sales team and Engineering"),
        ("1. Commission new installations together with the electrical contractor on\n   Site\n2. Keep the fleet van stocked",
         "Commission new installations together with the electrical contractor on Site"),
    ],
)
def test_wrapped_rest_stays_in_its_item_and_the_list_goes_on(duties, first):
    posting = extract(POSTING.format(duties=duties), use_llm=False)
    assert posting.responsibilities[0] == first
    assert posting.responsibilities[-1] == "Keep the fleet van stocked"
    assert posting.minimum_qualifications == ["Two years of hands-on maintenance work"]


@pytest.mark.parametrize(
    "duties, items",
    [
        # a line closed by a full word: the short line under it is a heading, and ends the list
        ("- Service centrifugal pumps at customer sites across the region\nSafety\n- Wear the kit",
         ["Service centrifugal pumps at customer sites across the region"]),
        # a short line ending "in" is no wrapped line (a wrap runs to the width)
        ("- Work in\nSafety\n- Wear the kit", ["Work in"]),
    ],
)
def test_a_line_not_broken_by_a_wrap_keeps_its_reading(duties, items):
    assert extract(POSTING.format(duties=duties), use_llm=False).responsibilities == items


@pytest.mark.parametrize(
    "line, broken",
    [
        ("- Service centrifugal pumps at customer sites in", True),
        ("We are looking for people who enjoy working with the", True),
        ("Keep records of parts used on each job for", True),
        ("Keep records of parts used on each job.", False),  # closed
        ("Keep records of parts used on each job site", False),  # a full word
        ("Keep records of parts used on each job, Grade A", False),  # a capital designator, not the article
        ("Work in", False),  # too short for a wrap
    ],
)
def test_broken_by_wrap(line, broken):
    assert broken_by_wrap(line) is broken


@pytest.mark.parametrize(
    "above, heading_kept",
    [
        ("- Service centrifugal pumps at customer sites across the whole region in", False),  # wrapped: "Safety" goes on
        ("- Drive the service van with a licence valid across the EU, class A", True),  # a capital designator
        ("- Service centrifugal pumps at customer sites across the whole region.", True),
        ("- Work in", True),  # too short for a wrap
    ],
)
def test_heading_under_a_line_is_kept_unless_a_wrap_broke_that_line(above, heading_kept):
    text = f"Duties\n{above}\nSafety\n- Wear the kit\n"
    assert ("Safety" in [h.heading for h in find_headings(text)]) is heading_kept
