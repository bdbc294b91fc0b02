"""What the hybrid does not ask: fields whose answer could change nothing (fake-free unit checks)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from extractor.context import context_for
from extractor.llm.select import plan
from extractor.llm.stage import _select_model
from extractor.pipeline import _other_value

DUTIES = "Data Analyst\nLeeds\n\nYou will build weekly sales dashboards for the retail team.\nYou will clean and reconcile data from the stores.\n"


@pytest.mark.parametrize(
    "text, field, value, asked",
    [
        ("Data Analyst\nWorkplace type: Hybrid\nA hybrid role, two days a week in the office.\n", "workplace", "hybrid", False),
        ("Data Analyst\nWorkplace type: Hybrid\nThis role can also be fully remote.\n", "workplace", "hybrid", True),
        ("Data Analyst\nJob type: Full-time\n", "employment_type", "full_time", False),
        ("Data Analyst\nJob type: Full-time\nPart-time hours are possible.\n", "employment_type", "full_time", True),
    ],
)
def test_a_cue_read_field_is_asked_only_when_a_cue_states_another_value(text, field, value, asked):
    assert _other_value(context_for(text), field, value) is asked


@pytest.mark.parametrize(
    "text, asked",
    [
        (DUTIES, False),  # no preferred section, no line marks a preference: no pick could be kept
        (DUTIES + "Experience with Tableau would be a plus.\n", True),
    ],
)
def test_preferred_items_are_asked_only_where_one_could_be_kept(text, asked):
    fields = ("responsibilities", "minimum_qualifications", "preferred_qualifications")
    assert ("preferred_qualifications" in plan(context_for(text), fields).fields) is asked


@pytest.mark.parametrize("numbers, valid", [([1, 2], True), ([1, 2, 1], False)])
def test_a_list_answer_holds_at_most_one_number_per_line_shown(numbers, valid):
    model = _select_model(("responsibilities",), 2)
    if valid:
        model.model_validate({"responsibilities": numbers})
    else:
        with pytest.raises(ValidationError):
            model.model_validate({"responsibilities": numbers})


@pytest.mark.parametrize(
    "text, asked",
    [
        # the description holds only a label line: asked with it alone, the model answers the title
        ("Technical Lead\nManchester\n\nJob Description\nRole: Technical Lead\n\nRequirements\n- Five years of PHP\n", False),
        ("Jr. QA Engineer\nUS\n\nJob Description\nJr. QA Engineer\n", False),
        ("Technical Lead\nManchester\n\nJob Description\nYou will lead a team of six engineers on our payments platform.\n", True),
        # no summary, description or header section: the opening of the text, when it holds a sentence
        ("- You will lead a team of six engineers on our payments platform.\n", True),
        ("- Python\n- SQL\n", False),
        ("求人概要\n首都圏の物流センターで入出荷作業のリーダー候補として活躍していただきます。\n", True),  # one CJK "word", ends as a sentence
    ],
)
def test_the_summary_is_asked_only_where_a_sentence_could_answer_it(text, asked):
    ctx = context_for(text)
    assert ("summary" in plan(ctx, ("summary",)).fields) is asked
