"""Items a scrape glued together at a typed mark (issue 15, emscad5): a '*' bullet typed straight after
the full stop of the item before it, and items run together at commas with no space after them."""

from __future__ import annotations

import pytest

from extractor.rules.lists import split_marked


def _split(block: str) -> list[str]:
    return [item.value for item, _ in split_marked(block, 0, len(block), glued=True)]


@pytest.mark.parametrize(
    "block, expected",
    [
        (  # '*' bullets glued to the full stop (or ';') that closed the item before
            "Holds a forklift licence and 3 years of warehouse work.*Knows stock control software well;"
            "*Can lift heavy loads safely.*Works night shifts when asked\n",
            ["Holds a forklift licence and 3 years of warehouse work.", "Knows stock control software well",
             "Can lift heavy loads safely.", "Works night shifts when asked"],
        ),
        (  # items run together at commas, each opening with a capitalised word
            "Speak fluent German and English,Know the payroll rules of Austria,Enjoy working with numbers,"
            "Be able to travel twice a month\n",
            ["Speak fluent German and English", "Know the payroll rules of Austria", "Enjoy working with numbers",
             "Be able to travel twice a month"],
        ),
        (  # fewer than three such commas is a typo or a place, not a list
            "Experience in retail sales in Lyon,France and Geneva\nGood people skills,Strong English\n",
            ["Experience in retail sales in Lyon,France and Geneva", "Good people skills,Strong English"],
        ),
        (  # a star after a full stop with a spaced capital is untouched by the tight rule (one star is no list)
            "A degree in nursing.*Current licence is required\n",
            ["A degree in nursing.*Current licence is required"],
        ),
    ],
    ids=["star_after_full_stop", "tight_commas", "few_tight_commas_stay", "single_star_stays"],
)
def test_glued_marks(block, expected):
    assert _split(block) == expected
