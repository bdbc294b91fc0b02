"""List items on real board postings (issue 15, round 22): tool names the glue repair must not part, the hire
described in the third person outside the lists, and run-in intros inside a glued requirements block."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules
from extractor.rules.lists import is_duty, split_items, split_marked, states_requirement
from extractor.sections import keyword_kind


def _items(text: str, field: str) -> list[str]:
    found = run_rules(context_for(text), [field])
    return found[field].value if field in found else []


@pytest.mark.parametrize(
    "line, expected",
    [
        (  # a one-word product name from the skills taxonomy keeps its inner capital
            "Hands-on work with RESTful services and message queuesFluent written German",
            ["Hands-on work with RESTful services and message queues", "Fluent written German"],
        ),
        (
            "Administration of IBM WebSphere application serversStrong scripting in Bash",
            ["Administration of IBM WebSphere application servers", "Strong scripting in Bash"],
        ),
        (
            "Daily bookkeeping in QuickBooks and XeroHappy to travel to our Bergen site",
            ["Daily bookkeeping in QuickBooks and Xero", "Happy to travel to our Bergen site"],
        ),
        (  # a conditional sentence glued to the item before it opens an item of its own
            "Valid forklift licence, clean driving recordIf you speak Polish, even better!",
            ["Valid forklift licence, clean driving record", "If you speak Polish, even better!"],
        ),
        (  # two ordinary words glued by a lost line break are still two items
            "Calm manner with anxious customersExcellent spoken Portuguese",
            ["Calm manner with anxious customers", "Excellent spoken Portuguese"],
        ),
    ],
)
def test_tool_names_are_not_glue_joins(line, expected):
    assert [i.value for i in split_items(line, 0, len(line), glued=True)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The ideal candidate will be curious, patient and well organised.", True),
        ("This individual must be comfortable on a ladder.", True),
        ("The applicant should have a Class B licence.", True),
        ("Our candidate will bring five years of retail banking.", True),
        ("The Site Supervisor must hold a CSCS card.", True),
        ("We seek people who are happy to work outdoors in all weathers.", True),
        ("We are looking for individuals who speak Finnish and Swedish.", True),
        # what the hire does or is given, not what the hire is
        ("The successful candidate will be responsible for three warehouses.", False),
        ("The candidate will be working closely with the plant manager.", False),
        ("This person will be based in our Lyon office.", False),
        ("The applicant will be given full training on our systems.", False),
        ("The candidate will lead the night shift.", False),
        ("The team must be ready for the audit by May.", False),
        ("The right candidate will be an integral part of our growing crew.", False),
        ("Our hire will be a valued member of the Tromsø office.", False),
        ("We are looking for people who are passionate about logistics to join our depot team.", False),  # a call to join

    ],
)
def test_hire_described_in_the_third_person(sentence, expected):
    assert states_requirement(sentence) is expected


@pytest.mark.parametrize(
    "sentence, requirement",
    [
        ("You will be a confident communicator with farmers and suppliers.", True),
        ("You'll be an expert with spreadsheets and pivot tables.", True),
        ("You’ll be a natural problem solver who enjoys a puzzle.", True),
        ("You’ll need to be patient, punctual and tidy.", True),
        # a place in the team or a task is no trait of the hire
        ("You will be a key member of the Gdańsk crew.", False),
        ("You will be a point of contact for our hotel partners.", False),
        ("You’ll need to visit clients across the region.", False),
    ],
)
def test_hire_as_a_kind_of_person_is_no_duty(sentence, requirement):
    assert states_requirement(sentence) is requirement
    if requirement:
        assert not is_duty(sentence)


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("What we look for", "minimum_qualifications"),
        ("Things We Look For In You", "minimum_qualifications"),
        ("What you'll do", "responsibilities"),
    ],
)
def test_look_for_headings_name_requirements(heading, kind):
    assert keyword_kind(heading) == kind


@pytest.mark.parametrize(
    "block, expected",
    [
        (  # run-in intros of a glued block: duties in the second person, then what the hire brings
            "Stuff you'll own:Plan the weekly delivery routes for our vans.Keep the depot stock sheet up to date.What we look for:"
            "A valid driving licenceCalm under pressure on busy days",
            [
                ("responsibilities", "Plan the weekly delivery routes for our vans."),
                ("responsibilities", "Keep the depot stock sheet up to date."),
                ("minimum_qualifications", "A valid driving licence"),
                ("minimum_qualifications", "Calm under pressure on busy days"),
            ],
        ),
        (  # an intro glued after the stop of the item before it, with no space
            "Tasks you will be doing:Answer the phones at the front desk.Book the meeting rooms for visitors.Nice to have:"
            "Some Italian",
            [
                ("responsibilities", "Answer the phones at the front desk."),
                ("responsibilities", "Book the meeting rooms for visitors."),
                ("preferred_qualifications", "Some Italian"),
            ],
        ),
    ],
)
def test_run_in_intros_in_a_glued_block(block, expected):
    assert [(kind, item.value) for item, kind in split_marked(block, 0, len(block), glued=True)] == expected


def test_run_in_duty_intro_files_requirements_block_items_as_duties():
    text = (
        "Depot Coordinator\nOslo, Norway\n\nJob Description\nWe deliver fresh produce to restaurants.\n\n"
        "Requirements\nThings you will do:Plan the weekly delivery routes for our vans.Keep the depot stock sheet up to date."
        "What we look for:A valid driving licenceCalm under pressure on busy days\n"
    )
    assert _items(text, "responsibilities") == [
        "Plan the weekly delivery routes for our vans.",
        "Keep the depot stock sheet up to date.",
    ]
    assert _items(text, "minimum_qualifications") == ["A valid driving licence", "Calm under pressure on busy days"]
