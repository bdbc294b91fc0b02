"""Round 27 of the metamorphic checks (eval/perturb.py, ``title_recased``): a job heading written all in lower case
is still the title when its shape and place say so (first lines, short, a job noun as its head, no verb, no stop)."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules
from extractor.rules.title import _lower_case_title


def _title(text: str):
    found = run_rules(context_for(text), ["title"])
    return found["title"].value if "title" in found else None


PAGE = (
    "{heading}\n"
    "Kestrel Valley Cooperative\n"
    "Dunedin, New Zealand\n"
    "\n"
    "About the role\n"
    "You will look after the packing floor on the early shift.\n"
    "\n"
    "What we need\n"
    "• Two years on a similar floor\n"
    "• A forklift licence\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "packhouse team leader",
        "orchard maintenance technician",
        "night fill supervisor (casual)",
        "dairy farm assistant – seasonal",
        "payroll officer",
    ],
)
def test_a_lower_case_heading_on_the_first_line_is_the_title(heading):
    # its schedule tail is cut as a capitalised heading's is ("(casual)", "– seasonal": golden/README's title calls)
    assert _title(PAGE.format(heading=heading)) == heading.split(" (")[0].split(" – ")[0]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("packhouse team leader", True),
        ("bilingual claims adjuster (french/english)", True),
        ("we are hiring a forklift driver", False),  # a sentence: pronoun, verb, article
        ("cleaners wanted", False),  # an advert's call
        ("join the crew as a picker", False),
        ("about the company", False),  # no job noun
        ("customer experience", False),
        ("our story.", False),
        ("Packhouse Team Leader", False),  # capitals: the ordinary rules' case, not this one
        ("one two three four five six seven operator", False),  # too long for a heading
    ],
)
def test_the_shape_of_a_lower_case_title(line, expected):
    assert _lower_case_title(line) is expected


def test_a_lower_case_line_below_the_first_lines_is_not_taken():
    text = (
        "Kestrel Valley Cooperative\n"
        "Dunedin, New Zealand\n"
        "Full-time, permanent\n"
        "posted 3 days ago\n"
        "packhouse team leader\n"
        "\n"
        "You will look after the packing floor.\n"
    )
    assert _title(text) != "packhouse team leader"
