"""LLM layer against a fake OpenAI-compatible server over real HTTP: happy path, retries, fatal errors, re-asks."""

from __future__ import annotations

import diskcache
import pytest

from extractor import ExtractionError, Extractor, load_settings
from extractor.pipeline import LLM_ANSWER_UNUSABLE
from extractor.provenance import AlignmentStatus

from fake_openai import POSTING, FakeOpenAI


ANSWERS = {
    "responsibilities": ["Build weekly sales dashboards for the retail team", "Clean and reconcile data from the stores", "Fly to Mars every Friday"],
    "minimum_qualifications": ["2 years of experience with SQL"],
    "preferred_qualifications": ["Experience with Tableau would be a plus."],
    "summary": "Build weekly sales dashboards for the retail team",
}


def make_extractor(server: FakeOpenAI, tmp_path, **overrides) -> Extractor:
    # these tests exercise the LLM path: every rule value short of certain is asked (the
    # default threshold leaves POSTING's headed one-per-line lists to the rules)
    overrides.setdefault("confidence_threshold", 1.0)
    settings = load_settings(
        base_url=server.base_url,
        api_key="sk-test-secret",
        cache_dir=str(tmp_path / "cache"),
        backoff_base=0.01,
        backoff_cap=0.2,
        timeout=overrides.pop("timeout", 5.0),
        **overrides,
    )
    return Extractor(settings)


def test_happy_path_fills_grounded_items_and_drops_invented_ones(tmp_path):
    with FakeOpenAI(ANSWERS) as server:
        with make_extractor(server, tmp_path) as extractor:
            posting = extractor.extract(POSTING)
    assert posting.responsibilities == ANSWERS["responsibilities"][:2]  # the section's bullets, nothing invented
    assert any("responsibilities: dropped 1 LLM item" in w for w in posting.warnings)
    assert posting.preferred_qualifications == ANSWERS["preferred_qualifications"]
    prov = posting.provenance["preferred_qualifications"]
    # the rules file the item that marks itself preferred ("would be a plus"); the LLM confirms it
    assert prov.method == "lists.preferred_qualifications+llm" and prov.prompt_version == "v1"
    for item in prov.items:
        assert item.status == AlignmentStatus.EXACT
        assert item.value.startswith(POSTING[item.spans[0].start : item.spans[0].end])  # word span of the item
    assert posting.provenance["summary"].method == "llm"  # copied exactly: replaces the rule's guess
    assert posting.usage.llm_calls == 1 and posting.usage.prompt_tokens == 100


def test_second_run_is_served_from_cache_with_same_record(tmp_path):
    with FakeOpenAI(ANSWERS) as server:
        with make_extractor(server, tmp_path) as extractor:
            first = extractor.extract(POSTING)
        with make_extractor(server, tmp_path) as extractor:
            second = extractor.extract(POSTING)
        assert len(server.requests) == 1
    assert second.model_dump() == first.model_dump()
    assert second.usage.llm_calls == 0 and second.usage.cache_hits == 1
    assert second.provenance["preferred_qualifications"].method == "lists.preferred_qualifications+cache"


@pytest.mark.parametrize("change", [{"prompt_version": "v1", "temperature": 0.5}, {"max_tokens": 700}, {"model": "other-model"}])
def test_cache_key_covers_generation_settings_and_model(tmp_path, change):
    with FakeOpenAI(ANSWERS, models=("fake-model", "other-model")) as server:
        with make_extractor(server, tmp_path, model="fake-model") as extractor:
            extractor.extract(POSTING)
        with make_extractor(server, tmp_path, **{"model": "fake-model", **change}) as extractor:
            posting = extractor.extract(POSTING)
        assert len(server.requests) == 2
    assert posting.usage.llm_calls == 1


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "status", "status": 500},
        {"kind": "status", "status": 502},
        {"kind": "status", "status": 503},
        {"kind": "status", "status": 429, "headers": {"Retry-After": "0.05"}},
        {"kind": "reset"},
        {"kind": "sleep", "seconds": 1.5},
    ],
)
def test_transient_faults_are_retried_to_the_same_record(tmp_path, fault):
    with FakeOpenAI(ANSWERS) as server:
        with make_extractor(server, tmp_path / "clean", timeout=1.0) as extractor:
            clean = extractor.extract(POSTING)
        server.faults = [dict(fault), dict(fault)]
        with make_extractor(server, tmp_path / "faulty", timeout=1.0) as extractor:
            faulty = extractor.extract(POSTING)
    assert faulty.model_dump() == clean.model_dump()
    assert faulty.usage.attempts == 3


def test_retry_after_is_honoured(tmp_path):
    import time

    with FakeOpenAI(ANSWERS) as server:
        server.faults = [{"kind": "status", "status": 429, "headers": {"Retry-After": "0.6"}}]
        with make_extractor(server, tmp_path) as extractor:
            started = time.monotonic()
            extractor.extract(POSTING)
            assert time.monotonic() - started >= 0.6  # a lower bound: a busy machine cannot make it fail
        assert len(server.requests) == 2  # the 429, then the retry


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_client_errors_fail_fast_without_retries(tmp_path, status):
    with FakeOpenAI(ANSWERS) as server:
        server.faults = [{"kind": "status", "status": status, "message": "nope"}] * 5
        with make_extractor(server, tmp_path) as extractor:
            with pytest.raises(ExtractionError) as info:
                extractor.extract(POSTING)
        assert len(server.requests) == 1
    assert f"HTTP {status}" in str(info.value)
    assert "sk-test-secret" not in str(info.value)
    assert info.value.partial is not None and info.value.partial.locations  # rules' work is kept


def test_malformed_json_is_reasked_and_tokens_of_every_attempt_count(tmp_path):
    with FakeOpenAI(ANSWERS) as server:
        server.faults = [{"kind": "content", "content": "{not json"}]
        with make_extractor(server, tmp_path) as extractor:
            posting = extractor.extract(POSTING)
        assert len(server.requests) == 2
    assert posting.responsibilities
    assert posting.usage.prompt_tokens == 200 and posting.usage.completion_tokens == 40


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "content", "content": '{"responsibilities": "not a list"}'},
        {"kind": "content", "content": '{"responsibilities": [], "minimum_qualifications": [], "summary": null', "finish_reason": "length"},
        {"kind": "no_choices"},
    ],
)
def test_invalid_answers_keep_the_rules_record_with_a_warning_and_are_never_cached(tmp_path, fault):
    with Extractor(use_llm=False) as rules_only:
        rules = rules_only.extract(POSTING)
    with FakeOpenAI(ANSWERS) as server:
        server.faults = [dict(fault) for _ in range(3)]
        with make_extractor(server, tmp_path, validation_retries=1) as extractor:
            kept = extractor.extract(POSTING)  # no error record: the answer, not the endpoint, failed
        assert kept.usage.prompt_tokens == 100 * len(server.requests)  # failed attempts are counted
        with diskcache.Cache(str(tmp_path / "cache" / "responses")) as cache:
            assert len(cache) == 0  # nothing was stored for the failed document
        server.faults = []
        with make_extractor(server, tmp_path) as extractor:
            posting = extractor.extract(POSTING)
    unusable = [w for w in kept.warnings if w.startswith(LLM_ANSWER_UNUSABLE)]
    assert len(unusable) == 1 and "responsibilities" in unusable[0] and "the rules' values kept" in unusable[0]
    assert kept.model_dump() == rules.model_dump()  # the fields asked stay as the rules left them
    assert posting.usage.llm_calls == 1 and posting.usage.cache_hits == 0
    assert posting.responsibilities


def test_unknown_model_is_reported_before_any_document(tmp_path):
    with FakeOpenAI(ANSWERS) as server:
        extractor = make_extractor(server, tmp_path, model="no-such-model")
        with pytest.raises(Exception) as info:
            extractor.check_llm()
        assert "no-such-model" in str(info.value) and not server.requests


@pytest.mark.parametrize(
    "llm_fields, threshold, asked, not_asked",
    [
        # POSTING's lists sit under known headings, one item per line: the rules are sure of them
        # (an empty list kind is then absent, not missed); the summary is empty, so it is asked
        ("auto", 0.6, {"summary"}, {"responsibilities", "minimum_qualifications", "preferred_qualifications", "salary", "job_id", "date_posted", "skills", "locations"}),
        ("all", 0.6, {"salary", "job_id", "date_posted", "summary"}, {"skills", "locations", "responsibilities"}),
    ],
)
def test_which_fields_go_to_the_llm(tmp_path, llm_fields, threshold, asked, not_asked):
    from fake_openai import _requested_fields

    with FakeOpenAI(ANSWERS) as server:
        with make_extractor(server, tmp_path, llm_fields=llm_fields, confidence_threshold=threshold) as extractor:
            extractor.extract(POSTING)
        fields = set(_requested_fields(server.requests[0]))
    assert asked <= fields
    assert not (not_asked & fields)  # filled confidently by rules, or not stated (auto)


def test_llm_list_items_extend_a_rule_list_never_shorten_it(tmp_path):
    answers = {**ANSWERS, "responsibilities": ["Clean and reconcile data from the stores"]}
    with FakeOpenAI(answers) as server:
        with make_extractor(server, tmp_path) as extractor:
            posting = extractor.extract(POSTING)
    assert posting.responsibilities == ANSWERS["responsibilities"][:2]
    prov = posting.provenance["responsibilities"]
    assert prov.method == "lists.responsibilities+llm"  # the LLM confirmed one of the rule's items
    assert [item.method for item in prov.items] == ["lists.responsibilities", "lists.responsibilities+llm"]


def test_summary_is_asked_only_when_the_rules_found_none(tmp_path):
    from fake_openai import _requested_fields

    with_summary = "About the role\nYou will own the sales reporting of our retail arm.\n\n" + POSTING
    with FakeOpenAI(ANSWERS) as server:
        with make_extractor(server, tmp_path) as extractor:
            posting = extractor.extract(with_summary)
        assert "summary" not in _requested_fields(server.requests[0])
    assert posting.provenance["summary"].method == "lists.summary"


@pytest.mark.parametrize(
    "preferred_answer, kept",
    [
        (["Experience with Tableau would be a plus."], True),  # the line says it is preferred
        (["2 years of experience with SQL"], False),  # a required line filed as preferred
    ],
)
def test_llm_preferred_items_need_a_preferred_section_or_a_preference_cue(tmp_path, preferred_answer, kept):
    with FakeOpenAI({**ANSWERS, "preferred_qualifications": preferred_answer}) as server:
        with make_extractor(server, tmp_path) as extractor:
            posting = extractor.extract(POSTING)
    # the rules already file the line that marks itself preferred; the LLM may confirm it, never add a required line
    assert posting.preferred_qualifications == ["Experience with Tableau would be a plus."]
    assert kept or not set(preferred_answer) & set(posting.preferred_qualifications)


SURE = POSTING.replace("\n", "\nAbout the role\nYou will own the sales reporting of our retail arm.\n\n", 1)  # nothing to ask


@pytest.mark.parametrize(
    "text, asked",
    [
        # headed lists, one item per line, and a summary: the rules are sure, no request at all
        # (the title first: an empty title is asked; no company named: nothing to ask for it)
        (SURE, None),
        # the duties are sentences of one paragraph under their heading: the rules cut every
        # sentence into an item and an LLM item must lie in that section, so it could add nothing
        (POSTING.replace("- Build weekly sales dashboards for the retail team\n- Clean and reconcile data from the stores",
                         "Build weekly sales dashboards for the retail team. Clean and reconcile data from the stores."), set()),
        # no duties heading: the rules read duties from the description; the LLM could add only the
        # lines they judged no duty (measured: worse, never better), so nothing is asked
        (SURE.replace("Responsibilities\n- Build weekly sales dashboards for the retail team\n- Clean and reconcile data from the stores\n", ""),
         None),
        # no list section at all: every list kind is asked
        ("Data Analyst\nLeeds\n\nWe need someone to build weekly sales dashboards for the retail team.", {"responsibilities", "minimum_qualifications", "preferred_qualifications"}),
        # a salary whose only doubt is a currency the posting does not state: nothing the LLM could ground
        (SURE.replace("Location:", "Salary: 30000-40000\nLocation:"), None),
        # two pay figures, the rule unsure which: the other one is a reading the LLM may pick
        (SURE.replace("Location:", "Salary: 30000-40000\nPart-time salary: 15000-20000\nLocation:"), {"salary"}),
        # no company read by the rules, an employer's name in the company section: asked
        (SURE + "\nAbout us\nOur mission at Acme Foods is to feed the city.\n", {"company"}),
        # an employer cue the rules read, unsure: kept, not asked (the model replaced right unsure
        # companies with other names, never a wrong one with the right one)
        (SURE + "\nJoin Acme Foods and grow with us.\n", None),
        # a recruiter hiding its client: only a company label could name the employer, and none does
        (SURE + "\nWe are recruiting on behalf of our client. Brightwave Staffing is an equal opportunity employer.\n", None),
    ],
    ids=["sure", "paragraph", "description_duties", "no_lists", "pay_currency_unstated", "pay_two_readings", "company_in_prose", "company_cue_unsure", "company_hidden_client"],
)
def test_the_llm_is_asked_only_where_the_rules_are_unsure(tmp_path, text, asked):
    from fake_openai import _requested_fields

    with FakeOpenAI(ANSWERS) as server:
        with make_extractor(server, tmp_path, confidence_threshold=0.6) as extractor:
            posting = extractor.extract(text)
        requests = list(server.requests)
    if asked is None:
        assert not requests and posting.usage.llm_calls == 0
    else:
        fields = set(_requested_fields(requests[0]))
        assert asked <= fields and not ({"responsibilities", "minimum_qualifications", "preferred_qualifications"} - asked) & fields
