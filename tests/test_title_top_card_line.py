"""A board's top card copied onto one line, its parts joined by spaced dots ("Role · Company · Place"), reads like a
pipe-joined heading (extractor/rules/title.py, title.split_heading)."""

import pytest

from extractor import extract

BODY = "\n\nAbout the role\nYou will keep the cold store's stock records right and plan the night picks.\n\nRequirements\n- A year of warehouse work\n"


@pytest.mark.parametrize(
    "head, title",
    [
        ("Inventory Controller · Kestrel Cold Storage · Hull, United Kingdom", "Inventory Controller"),
        ("Kestrel Cold Storage · Inventory Controller · Hull, United Kingdom", "Inventory Controller"),
        ("Inventory Controller • Kestrel Cold Storage • Hull, United Kingdom", "Inventory Controller"),
        ("Inventory Controller | Kestrel Cold Storage | Hull, United Kingdom", "Inventory Controller"),
    ],
)
def test_role_part_of_a_dot_joined_head_line_is_the_title(head, title):
    assert extract(head + BODY, use_llm=False).title == title


@pytest.mark.parametrize(
    "head",
    [
        "Kestrel Cold Storage · Inventory Controller · Stock Controller · Hull",  # two role parts: which one is unsure
    ],
)
def test_dot_joined_line_without_one_role_part_names_no_title_from_it(head):
    title = extract(head + BODY, use_llm=False).title
    assert title is None or title not in head
