"""Select mode (prompt v3): numbered candidate lines, line-number answers, the excerpt sent."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from extractor import Extractor, load_settings
from extractor.llm.excerpt import evidence
from extractor.llm.select import candidate_lines, picked, plan
from extractor.llm.stage import _select_model
from extractor.context import context_for

from fake_openai import FakeOpenAI, posting_of

POSTING = """Data Analyst
Acme Foods - Leeds, United Kingdom
Job ID: DA-2291
Full Time

About the role
We are hiring a data analyst to support our retail arm with reporting.

Responsibilities
- Build weekly sales dashboards for the retail team
- Clean and reconcile data from the stores

Requirements
- 2 years of experience with SQL
- Experience with Tableau would be a plus.

Acme Foods is an equal opportunity employer.
"""


def lines_by_text(text: str) -> dict[str, object]:
    return {line.text: line for line in candidate_lines(context_for(text))}


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Build weekly sales dashboards for the retail team", "responsibilities"),
        ("2 years of experience with SQL", "minimum_qualifications"),
        ("Experience with Tableau would be a plus.", "preferred_qualifications"),  # the rules move it
        ("We are hiring a data analyst to support our retail arm with reporting.", None),
    ],
)
def test_candidate_lines_carry_the_field_the_rules_filed_them_under(text, owner):
    lines = lines_by_text(POSTING)
    assert lines[text].owner == owner
    assert POSTING[lines[text].spans[0][0] : lines[text].spans[-1][1]].endswith(text.split()[-1])


@pytest.mark.parametrize(
    "absent",
    ["Acme Foods is an equal opportunity employer.", "Full Time", "Job ID: DA-2291", "Responsibilities"],
)
def test_legal_text_labels_and_headings_are_not_candidates(absent):
    assert absent not in lines_by_text(POSTING)


def test_numbers_are_consecutive_in_text_order():
    lines = candidate_lines(context_for(POSTING))
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    assert [line.spans[0][0] for line in lines] == sorted(line.spans[0][0] for line in lines)


@pytest.mark.parametrize(
    "answer, valid",
    [
        ({"responsibilities": [1, 3]}, True),
        ({"responsibilities": []}, True),
        ({"responsibilities": [0]}, False),
        ({"responsibilities": [6]}, False),  # only five lines
        ({"responsibilities": ["Build dashboards"]}, False),  # text, not a number
    ],
)
def test_the_response_model_accepts_only_numbers_of_shown_lines(answer, valid):
    model = _select_model(("responsibilities",), 5)
    if valid:
        model.model_validate(answer)
    else:
        with pytest.raises(ValidationError):
            model.model_validate(answer)


def test_a_pick_never_moves_a_line_the_rules_placed_in_another_field():
    lines = candidate_lines(context_for(POSTING))
    number = {line.text: line.number for line in lines}
    chosen = picked(lines, "minimum_qualifications", [number["Build weekly sales dashboards for the retail team"], number["2 years of experience with SQL"], 999])
    assert [line.text for line in chosen] == ["2 years of experience with SQL"]


@pytest.mark.parametrize(
    "field, stated, shown",
    [
        ("salary", False, None),  # no pay phrase: not asked
        ("weekly_hours", False, None),
        ("job_id", True, "Job ID: DA-2291"),
        ("company", True, "Acme Foods is an equal opportunity employer."),
    ],
)
def test_only_fields_the_text_can_ground_are_asked_with_their_lines(field, stated, shown):
    request = plan(context_for(POSTING), [field, "responsibilities"])
    assert (field in request.fields) is stated
    assert (field in request.skipped) is (not stated)
    if shown:
        assert shown in request.posting
    assert "Numbered lines:" in request.posting


@pytest.mark.parametrize(
    "fields, sent, not_sent",
    [
        (["responsibilities"], ["Build weekly sales dashboards for the retail team"], ["2 years of experience with SQL", "Experience with Tableau would be a plus."]),
        (["minimum_qualifications"], ["2 years of experience with SQL"], ["Build weekly sales dashboards for the retail team", "Experience with Tableau would be a plus."]),
    ],
)
def test_lines_the_rules_filed_under_a_field_not_asked_are_not_sent(fields, sent, not_sent):
    request = plan(context_for(POSTING), fields)
    assert [line.number for line in request.lines] == list(range(1, len(request.lines) + 1))
    texts = [line.text for line in request.lines]
    assert all(t in texts for t in sent) and not any(t in texts for t in not_sent)
    assert "We are hiring a data analyst to support our retail arm with reporting." in texts  # no owner: may be picked


@pytest.mark.parametrize(
    "fields, header_sent",
    [
        (["title"], True),
        (["locations"], True),
        # an LLM employer counts only at an employer cue below the header: the cue line is sent, the header is not
        (["company"], False),
    ],
)
def test_the_top_of_the_posting_is_sent_only_for_fields_that_may_stand_there(fields, header_sent):
    request = plan(context_for(POSTING), fields)
    assert ("Full Time" in request.posting) is header_sent
    assert "company" not in fields or "Acme Foods is an equal opportunity employer." in request.posting


def test_evidence_of_an_unstated_field_is_empty():
    found = evidence(context_for(POSTING), ["salary", "date_posted", "min_years_experience"])
    assert found["salary"] == [] and found["date_posted"] == []
    assert found["min_years_experience"]


SELECT_PROMPTS = ("v3", "v4")  # v4: the fields described in the system text, the schema as grammar only


def make_extractor(server: FakeOpenAI, tmp_path, prompt: str, **overrides) -> Extractor:
    settings = load_settings(
        base_url=server.base_url, api_key="sk-test", cache_dir=str(tmp_path / "cache"),
        backoff_base=0.01, timeout=5.0, prompt_version=prompt, **{"confidence_threshold": 1.0, **overrides},  # ask every list
    )
    return Extractor(settings)


def number_of(body: dict, text: str) -> int:
    for row in posting_of(body).splitlines():
        head, _, rest = row.partition(". ")
        if head.isdigit() and rest == text:
            return int(head)
    raise AssertionError(f"{text!r} not numbered in the prompt")


@pytest.mark.parametrize("prompt", SELECT_PROMPTS)
def test_picked_lines_become_exact_items_spanning_the_line(tmp_path, prompt):
    def answer(body: dict) -> dict:
        return {
            "responsibilities": [number_of(body, "Clean and reconcile data from the stores"), number_of(body, "We are hiring a data analyst to support our retail arm with reporting.")],
            "minimum_qualifications": [number_of(body, "Build weekly sales dashboards for the retail team")],  # a rule line: not moved
            "company": "Acme Foods",
        }

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path, prompt) as extractor:
            posting = extractor.extract(POSTING)
    assert posting.responsibilities == [  # the summary line lies outside the responsibilities section
        "Build weekly sales dashboards for the retail team",
        "Clean and reconcile data from the stores",
    ]
    assert any("responsibilities: dropped 1 LLM item" in w and "outside its section" in w for w in posting.warnings)
    assert posting.minimum_qualifications == ["2 years of experience with SQL"]
    prov = posting.provenance["responsibilities"]
    assert prov.prompt_version == prompt
    for item in prov.items:
        assert POSTING[item.spans[0].start : item.spans[-1].end] == item.value
    assert [item.method for item in prov.items] == ["lists.responsibilities", "lists.responsibilities+llm"]


@pytest.mark.parametrize("prompt", SELECT_PROMPTS)
def test_a_number_that_names_no_line_is_re_asked_and_never_cached(tmp_path, prompt):
    calls = []

    def answer(body: dict) -> dict:
        calls.append(body)
        return {"responsibilities": [99] if len(calls) == 1 else [clean]}

    clean = next(line.number for line in candidate_lines(context_for(POSTING)) if line.text.startswith("Clean"))

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path, prompt, validation_retries=1) as extractor:
            first = extractor.extract(POSTING)
            again = extractor.extract(POSTING)
    assert len(server.requests) == 2  # one re-ask, then the valid answer served from the cache
    assert first.usage.attempts == 2 and again.usage.cache_hits == 1
    assert first.responsibilities == again.responsibilities


def test_a_fixed_system_text_describes_every_field_and_the_user_message_names_the_asked_ones():
    from extractor.llm.prompts import load_prompt

    messages = load_prompt("v4").messages("Numbered lines:\n1. Build dashboards", ["title", "responsibilities"])
    assert messages[0]["content"] == load_prompt("v4").messages("other posting", ["salary"])[0]["content"]
    assert "- salary:" in messages[0]["content"] and "{field_guide}" not in messages[0]["content"]
    assert "Fill these fields: title, responsibilities" in messages[-1]["content"]


@pytest.mark.parametrize(
    "fields, header_sent",
    [
        (("responsibilities", "preferred_qualifications"), False),  # lists only: no header, pay or benefits
        (("responsibilities", "title"), True),
    ],
)
def test_write_mode_sends_the_header_only_when_a_field_needs_it(fields, header_sent):
    from extractor.llm.stage import posting_for_prompt

    text = posting_for_prompt(context_for(POSTING + "\nBenefits\n- 25 days of holiday\n"), fields=fields)
    assert "Build weekly sales dashboards for the retail team" in text
    assert ("Job ID: DA-2291" in text) is header_sent
    assert "25 days of holiday" not in text or header_sent


@pytest.mark.parametrize("prompt", SELECT_PROMPTS)
def test_an_answer_picking_every_line_selects_nothing(tmp_path, prompt):
    def answer(body: dict) -> dict:
        shown = [int(row.partition(". ")[0]) for row in posting_of(body).splitlines() if row.partition(". ")[0].isdigit()]
        return {"responsibilities": shown, "minimum_qualifications": [], "preferred_qualifications": []}

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path, prompt) as extractor:
            posting = extractor.extract(POSTING)
    # the rule's items stay; no line is added from the model's pick-all answer, and the record says why
    assert posting.responsibilities == ["Build weekly sales dashboards for the retail team", "Clean and reconcile data from the stores"]
    assert posting.provenance["responsibilities"].method == "lists.responsibilities"
    assert any("every line picked" in w for w in posting.warnings)


@pytest.mark.parametrize("prompt", SELECT_PROMPTS)
def test_a_line_picked_for_two_lists_selects_nothing(tmp_path, prompt):
    # (the line marks a preference: without one, preferred items are not asked at all; under a heading, since the rules
    # file the sentences of a posting without any heading themselves)
    text = "Data Analyst\nLeeds\n\nAbout the role\nWe need someone to build weekly sales dashboards for the retail team.\nYou know SQL, and Tableau would be a plus.\n"

    def answer(body: dict) -> dict:
        shown = {row.partition(". ")[2]: int(row.partition(". ")[0]) for row in posting_of(body).splitlines() if row.partition(". ")[0].isdigit()}
        duty, skill = shown["We need someone to build weekly sales dashboards for the retail team."], shown["You know SQL, and Tableau would be a plus."]
        return {"responsibilities": [duty], "minimum_qualifications": [skill], "preferred_qualifications": [skill]}

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path, prompt) as extractor:
            posting = extractor.extract(text)
    # the duty picked once is kept; the line picked both as required and as preferred is no pick
    assert posting.responsibilities == ["We need someone to build weekly sales dashboards for the retail team."]
    assert posting.minimum_qualifications == [] and posting.preferred_qualifications == []
    assert any("picked for several lists" in w for w in posting.warnings)


@pytest.mark.parametrize(
    "line, kept",
    [
        # a shouted headline cut from a paragraph whose later sentence says "preferred" of something else
        ("ONLY ONE MANAGER POSITION PER CITY IS OPEN RIGHT NOW! WORK FROM HOME BY PHONE! OVER 40 CITIES STILL AVAILABLE! If you sell, read on. Our company has preferred relationships with funders.", False),
        ("Experience with Tableau is a plus. You will report to the sales lead.", True),  # the mark in the item
    ],
)
def test_a_preferred_item_without_a_preferred_section_needs_its_own_mark(tmp_path, line, kept):
    text = f"Data Analyst\nLeeds\n\nJob Description\n{line}\n"

    def answer(body: dict) -> dict:
        shown = {row.partition(". ")[2]: int(row.partition(". ")[0]) for row in posting_of(body).splitlines() if row.partition(". ")[0].isdigit()}
        first = next(iter(shown.values()), None)
        return {"responsibilities": [], "minimum_qualifications": [], "preferred_qualifications": [first] if first else []}

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path, "v5") as extractor:
            posting = extractor.extract(text)
    assert bool(posting.preferred_qualifications) is kept, (posting.preferred_qualifications, posting.warnings)
