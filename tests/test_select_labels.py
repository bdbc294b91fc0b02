"""Labelled lines (prompt v7): lines no rule took, each answered with a label, kept where it reads as its field."""

from __future__ import annotations

import pytest

from extractor import Extractor, load_settings
from extractor.context import context_for
from extractor.evaluation.examples import validate_example, validate_examples
from extractor.llm.prompts import load_prompt
from extractor.llm.select import Line, numbers_from_labels, open_lines, plan, reads_as
from extractor.llm.stage import _select_model

from fake_openai import FakeOpenAI, posting_of

# a job description in prose beside a duties list: the rules take the list, the prose is left to the model
POSTING = """Support Engineer
Brightwave - Lisbon, Portugal

Job Description
Brightwave builds booking software used by 2,000 clinics across Europe. You will answer customer tickets by email and phone. You have at least two years of experience in technical support.

Responsibilities
- Investigate bugs and report them to the engineering team
- Write help-centre articles for new features

Brightwave is an equal opportunity employer.
"""
PITCH = "Brightwave builds booking software used by 2,000 clinics across Europe."
DUTY = "You will answer customer tickets by email and phone."
NEED = "You have at least two years of experience in technical support."
RULE_DUTIES = ["Investigate bugs and report them to the engineering team", "Write help-centre articles for new features"]


def test_a_prose_paragraph_no_rule_took_is_shown_sentence_by_sentence_and_rule_lines_are_not_shown():
    request = plan(context_for(POSTING), ["responsibilities", "minimum_qualifications"], labels=True)
    assert [line.text for line in request.lines] == [PITCH, DUTY, NEED]
    assert [line.number for line in request.lines] == [1, 2, 3]
    for line in request.lines:  # each shown sentence is an exact span of the text
        assert POSTING[line.spans[0][0] : line.spans[-1][1]] == line.text
    # the numbers prompts (v3-v6) keep their lines: the rule's duties shown too
    numbered = [line.text for line in plan(context_for(POSTING), ["responsibilities", "minimum_qualifications"]).lines]
    assert numbered == [PITCH, DUTY, NEED, *RULE_DUTIES]


@pytest.mark.parametrize(
    "field, opens",
    [("responsibilities", [PITCH, DUTY, NEED]), ("minimum_qualifications", [PITCH, DUTY, NEED])],
)
def test_open_lines_are_the_lines_no_rule_took_outside_other_lists(field, opens):
    assert [line.text for line in open_lines(context_for(POSTING), field)] == opens


@pytest.mark.parametrize(
    "kind, text, field, reads",
    [
        ("description", "You will answer customer tickets by email and phone.", "responsibilities", True),
        ("description", "Brightwave builds booking software used by 2,000 clinics.", "responsibilities", False),  # a pitch
        ("description", "You must have a valid driving licence.", "minimum_qualifications", True),
        ("description", "You love what you do.", "minimum_qualifications", False),  # no requirement stated
        ("description", "Experience with SQL is a plus.", "preferred_qualifications", True),
        ("description", "Experience with SQL.", "preferred_qualifications", False),  # no preference marked
        ("minimum_qualifications", "Team player", "minimum_qualifications", True),  # its heading says so
    ],
)
def test_a_label_counts_where_the_heading_or_the_line_s_own_words_state_the_field(kind, text, field, reads):
    line = Line(1, text, ((0, len(text)),), kind, "Heading")
    assert reads_as(line, field) is reads


def test_labels_become_numbers_only_for_asked_fields_and_lines_that_read_as_them():
    lines = [
        Line(1, PITCH, ((0, 1),), "description", "Job Description"),
        Line(2, DUTY, ((2, 3),), "description", "Job Description"),
        Line(3, NEED, ((4, 5),), "description", "Job Description"),
    ]
    answer = {"line_1": "duty", "line_2": "duty", "line_3": "requirement", "company": 1}
    assert numbers_from_labels(answer, ("responsibilities", "minimum_qualifications", "company"), lines) == {
        "company": 1,
        "responsibilities": [2],  # the pitch labelled a duty is no duty in its own words
        "minimum_qualifications": [],  # "You have at least…" states no requirement the reader reads
    }


def test_the_labelling_model_has_one_key_per_line_holding_an_asked_field_s_label():
    model = _select_model(("responsibilities", "minimum_qualifications"), 3, 0, 0, True)
    schema = model.model_json_schema()
    assert sorted(schema["properties"]) == ["line_1", "line_2", "line_3"]
    assert schema["properties"]["line_1"]["enum"] == ["duty", "requirement", "other"]
    with pytest.raises(Exception):
        model.model_validate({"line_1": "duty", "line_2": "preferred", "line_3": "other"})  # preferred not asked


def make_extractor(server: FakeOpenAI, tmp_path) -> Extractor:
    settings = load_settings(base_url=server.base_url, api_key="sk-test", cache_dir=str(tmp_path / "cache"), backoff_base=0.01, timeout=5.0, prompt_version="v7")
    return Extractor(settings)


def labels_for(body: dict, wanted: dict[str, str]) -> dict[str, str]:
    answer = {}
    for row in posting_of(body).splitlines():
        head, _, rest = row.partition(". ")
        if head.isdigit():
            answer[f"line_{head}"] = wanted.get(rest, "other")
    return answer


def test_labelled_lines_add_to_the_rule_list_and_never_drop_a_rule_item(tmp_path):
    def answer(body: dict) -> dict:
        assert "line_1 to line_3" in body["messages"][-1]["content"]
        return labels_for(body, {PITCH: "duty", DUTY: "duty", NEED: "requirement"})

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path) as extractor:
            posting = extractor.extract(POSTING)
    assert posting.responsibilities == [DUTY, *RULE_DUTIES]  # text order; the pitch is no duty in its own words
    prov = posting.provenance["responsibilities"]
    assert [item.method for item in prov.items] == ["llm", "lists.responsibilities", "lists.responsibilities"]
    assert POSTING[prov.items[0].spans[0].start : prov.items[0].spans[-1].end] == DUTY
    assert prov.prompt_version == "v7"


def test_the_numbers_prompt_does_not_ask_lists_a_section_filled():
    calls = []
    with FakeOpenAI(lambda body: calls.append(body) or {}) as server:
        settings = load_settings(base_url=server.base_url, api_key="sk-test", use_cache=False, backoff_base=0.01, timeout=5.0, prompt_version="v6")
        with Extractor(settings) as extractor:
            posting = extractor.extract(POSTING)
    assert posting.responsibilities == RULE_DUTIES
    assert not any("responsibilities" in body["messages"][-1]["content"] for body in calls)


@pytest.mark.parametrize(
    "answer, problems",
    [
        ({"line_1": "duty", "line_2": "other"}, 0),
        ({"line_3": "duty"}, 1),  # no line 3 shown
        ({"line_1": "task"}, 1),  # no such label
    ],
)
def test_a_labelling_example_labels_shown_lines_with_known_labels(answer, problems):
    posting = "Numbered lines:\n[Job Description]\n1. You will answer tickets.\n2. We are a clinic software firm.\n"
    assert len(validate_example(posting, answer)) == problems


def test_prompt_v7_examples_are_grounded():
    assert load_prompt("v7").labels and validate_examples(load_prompt("v7")) == []
