"""Reliability of the LLM step at batch scale, against the fault-injecting fake server.

* 200 postings with 30% transient faults (timeouts, 429 with Retry-After: 0, 500/502/503,
  connection resets) give the same records as a run without faults;
* 200 postings with 30% broken answers (malformed JSON, schema-breaking JSON, cut-off
  answers, empty choices): every posting ends with the clean record or, where the answers
  kept breaking, the rules' record with an ``LLM answer unusable`` warning (no error), the
  cache holds only valid answers, and the tokens of every answered attempt are counted;
* a refusing endpoint (401/403/404, unknown model) stops the run at once with one
  message and no retry storm;
* ``--fallback-rules`` keeps the rules' record, marked, when the LLM is unusable.

The figures tests print their numbers (``pytest -s -k figures``) for the notes.
"""

from __future__ import annotations

import json
import re
import socket
import time
from pathlib import Path

import diskcache
import pytest

from extractor import ExtractionError, Extractor, JobPosting, load_settings
from extractor.cli import main
from extractor.pipeline import LLM_ANSWER_UNUSABLE, LLM_UNAVAILABLE
from extractor.llm.stage import response_model_for

from fake_openai import _requested_fields, FakeOpenAI, posting_of

DOCS = 200
FAULT_RATE = 0.3
TRANSIENT_MIX = [
    {"kind": "sleep", "seconds": 3.0},  # longer than the 1.5 s client timeout
    {"kind": "status", "status": 429, "headers": {"Retry-After": "0"}},
    {"kind": "status", "status": 500},
    {"kind": "status", "status": 502},
    {"kind": "status", "status": 503},
    {"kind": "reset"},
]
CUT_OFF = {"kind": "content", "content": '{"responsibilities": ["Build', "finish_reason": "length"}  # the token limit hit mid-answer
BROKEN_MIX = [
    {"kind": "content", "name": "malformed json", "content": "{not json"},
    {"kind": "content", "name": "schema-breaking", "content": '{"responsibilities": "not a list", "summary": 7}'},
    {**CUT_OFF, "name": "cut off"},
    {"kind": "no_choices", "name": "no choices"},
]
CITIES = ["Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Norwich", "York", "Bath"]
TITLES = ["Data Analyst", "Payroll Officer", "Warehouse Supervisor", "Staff Nurse", "Backend Developer"]


def posting(i: int) -> str:
    """A distinct posting: title, place, an 'about' sentence, numbered duties and requirements."""
    return (
        f"{TITLES[i % len(TITLES)]}\nLocation: {CITIES[i % len(CITIES)]}, United Kingdom\n\n"
        f"About the role\nYou will look after ledger {i} for the regional office.\n\n"
        f"Responsibilities\n- Prepare weekly report {i} for the finance team\n- Review {i + 3} supplier invoices every day\n\n"
        f"Requirements\n- {i % 7 + 1} years of experience with spreadsheets\n- Knowledge of cost code {i * 11}\n"
    )


def echo(body: dict) -> dict:
    """A well-behaved model: copies the bullets and the 'about' sentence of the posting it is sent."""
    fields: dict[str, list[str]] = {"responsibilities": [], "minimum_qualifications": []}
    heading, summary = None, None
    for line in posting_of(body).splitlines():
        line = line.strip()
        if line in ("Responsibilities", "Requirements", "About the role"):
            heading = line
        elif line.startswith("- ") and heading == "Responsibilities":
            fields["responsibilities"].append(line[2:])
        elif line.startswith("- ") and heading == "Requirements":
            fields["minimum_qualifications"].append(line[2:])
        elif line and heading == "About the role" and summary is None:
            summary = line
    return {**fields, "summary": summary}


def settings_for(server: FakeOpenAI, cache_dir: Path, **overrides):
    values = dict(
        base_url=server.base_url,
        api_key="sk-test",
        cache_dir=str(cache_dir),
        backoff_base=0.01,
        backoff_cap=0.05,
        timeout=1.5,  # a normal answer takes milliseconds; 1.5 s leaves room for a loaded machine
        concurrency=4,
        confidence_threshold=1.0,  # the lists are headed one per line: ask the LLM anyway, it is what is tested
    )
    values.update(overrides)
    return load_settings(**values)


def run_batch(server: FakeOpenAI, cache_dir: Path, texts: list[str], **overrides):
    with Extractor(settings_for(server, cache_dir, **overrides)) as extractor:
        extractor.check_llm()
        started = time.monotonic()
        results = list(extractor.extract_many(texts))
    return results, time.monotonic() - started


def rules_records(server: FakeOpenAI, cache_dir: Path, texts: list[str]) -> list[JobPosting]:
    """The rules-only records of ``texts``: what a failed LLM step must leave in place."""
    with Extractor(settings_for(server, cache_dir), use_llm=False) as extractor:
        return list(extractor.extract_many(texts))


def test_figures_transient_faults_at_30_percent_change_no_record(tmp_path):
    texts = [posting(i) for i in range(DOCS)]
    with FakeOpenAI(echo) as server:
        clean, _ = run_batch(server, tmp_path / "clean", texts)
        clean_requests = len(server.requests)
        server.random_faults(FAULT_RATE, TRANSIENT_MIX, seed=5)
        faulty, seconds = run_batch(server, tmp_path / "faulty", texts)
        requests = len(server.requests) - clean_requests
    assert all(isinstance(r, JobPosting) for r in clean + faulty)
    identical = sum(a.model_dump() == b.model_dump() for a, b in zip(clean, faulty))
    faults = sum(server.injected.values())
    attempts = sum(r.usage.attempts for r in faulty)
    calls = sum(r.usage.llm_calls for r in faulty)
    print(
        f"\nFIGURES transient: documents={DOCS} requests={requests} faults_injected={faults} "
        f"({faults / requests:.0%} of requests; {dict(sorted(server.injected.items()))}) "
        f"retries={attempts - calls} identical_records={identical}/{DOCS} wall_seconds={seconds:.1f}"
    )
    assert identical == DOCS
    assert clean[0].responsibilities and clean[0].summary  # the records do hold LLM values
    assert 0.2 < faults / requests < 0.4
    assert attempts - calls >= faults  # every fault cost one retry, none was skipped
    assert {"sleep", "reset", "status 429", "status 500", "status 502", "status 503"} <= set(server.injected)
    assert sum(r.usage.prompt_tokens for r in faulty) == sum(r.usage.prompt_tokens for r in clean)


def cached_answers(cache_dir: Path) -> list:
    with diskcache.Cache(str(cache_dir / "responses")) as cache:
        return [cache[key] for key in cache.iterkeys()]


def test_figures_broken_answers_never_reach_the_cache_and_their_tokens_count(tmp_path):
    texts = [posting(i) for i in range(DOCS)]
    with FakeOpenAI(echo) as server:
        clean, _ = run_batch(server, tmp_path / "clean", texts, use_cache=False)
        server.requests.clear()
        server.random_faults(FAULT_RATE, BROKEN_MIX, seed=11)
        results, seconds = run_batch(server, tmp_path / "broken", texts, validation_retries=2, timeout=10.0)  # no slow answers here: a client timeout would count an answered request twice
    assert all(isinstance(r, JobPosting) for r in results)  # a broken answer costs the LLM values, not the record
    failed = [r for r in results if any(w.startswith(LLM_ANSWER_UNUSABLE) for w in r.warnings)]
    completed = [(r, c) for r, c in zip(results, clean) if r not in failed]
    entries = cached_answers(tmp_path / "broken")
    model = response_model_for(tuple(_requested_fields(server.requests[0])))  # the fields every document asks for
    answered = len(server.requests)  # every request got an HTTP 200 answer with usage
    tokens = sum(r.usage.prompt_tokens for r in results)
    print(
        f"\nFIGURES broken answers: documents={DOCS} requests={answered} faults_injected={sum(server.injected.values())} "
        f"({dict(sorted(server.injected.items()))}) completed_identical={sum(r.model_dump() == c.model_dump() for r, c in completed)} "
        f"rules_record_kept={len(failed)} cache_entries={len(entries)} prompt_tokens_counted={tokens} "
        f"(= {answered} answers x 100) wall_seconds={seconds:.1f}"
    )
    assert all(r.model_dump() == c.model_dump() for r, c in completed)
    assert failed and all(f.locations and f.responsibilities for f in failed)  # the rules' work kept
    assert len(entries) == len(completed)  # one entry per completed document, none for a failed one
    for entry in entries:
        model.model_validate(entry)  # raises if anything invalid was stored
    assert tokens == answered * 100  # failed attempts included
    assert all(f.usage.prompt_tokens >= 100 for f in failed)


def free_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"  # nothing listens there any more


def run_cli(args: list[str], tmp_path: Path, monkeypatch, capsys) -> tuple[int, list[dict], str]:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for var in ("OPENAI_BASE_URL", "EXTRACTOR_MODEL"):
        monkeypatch.delenv(var, raising=False)
    tmp_path.mkdir(parents=True, exist_ok=True)
    config = tmp_path / "config.toml"
    config.write_text("confidence_threshold = 1.0\n", encoding="utf-8")  # ask the LLM for the sure lists too
    monkeypatch.setenv("EXTRACTOR_CONFIG", str(config))
    inputs = tmp_path / "inputs.jsonl"
    inputs.write_text("".join(json.dumps({"id": f"d{i}", "text": posting(i)}) + "\n" for i in range(20)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["extract", "--output", str(out), *args, str(inputs)])
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return code, lines, capsys.readouterr().err


@pytest.mark.parametrize(
    "fault, model, max_chat_requests",
    [
        ({"kind": "status", "status": 401, "message": "invalid api key"}, "fake-model", 2),
        ({"kind": "status", "status": 403, "message": "no access to this model"}, "fake-model", 2),
        ({"kind": "status", "status": 404, "message": "no such route"}, "fake-model", 2),
        ({"on": "models", "status": 401, "message": "invalid api key"}, "fake-model", 0),
        (None, "no-such-model", 0),
    ],
)
def test_refusing_endpoint_stops_the_run_at_once_with_one_message(tmp_path, monkeypatch, capsys, fault, model, max_chat_requests):
    with FakeOpenAI(echo) as server:
        server.faults = [dict(fault) for _ in range(100)] if fault else []
        code, lines, err = run_cli(["--base-url", server.base_url, "--model", model, "--concurrency", "2"], tmp_path, monkeypatch, capsys)
    assert code == 2
    assert len(server.requests) <= max_chat_requests  # no retry storm: one request per worker at most
    assert server.model_requests == 1  # the health check is not retried either
    assert "Traceback" not in err
    assert len(re.findall(r"^extractor:", err, flags=re.M)) == 1, err
    assert "no-such-model" in err if fault is None else f"HTTP {fault['status']}" in err
    assert len(lines) < 20


def test_fallback_rules_keeps_marked_rules_records_when_the_endpoint_is_down(tmp_path, monkeypatch, capsys):
    url = free_port_url()
    rules_code, rules_lines, _ = run_cli(["--no-llm"], tmp_path / "rules", monkeypatch, capsys)
    code, lines, err = run_cli(["--base-url", url, "--fallback-rules"], tmp_path / "fallback", monkeypatch, capsys)
    stop_code, stop_lines, stop_err = run_cli(["--base-url", url], tmp_path / "stop", monkeypatch, capsys)
    assert rules_code == 0 and code == 0
    assert "the LLM is not usable" in err and "--fallback-rules" in err and "Traceback" not in err
    assert len(lines) == len(rules_lines) == 20
    for line, rules_line in zip(lines, rules_lines):
        assert "error" not in line
        assert [w for w in line["warnings"] if w.startswith(LLM_UNAVAILABLE)], line
        assert {k: v for k, v in line.items() if k != "warnings"} == {k: v for k, v in rules_line.items() if k != "warnings"}
    assert stop_code == 2 and not stop_lines and "use --no-llm" in stop_err  # without the flag: loud stop


@pytest.mark.parametrize(
    "fault, systemic",
    [
        ({"kind": "status", "status": 500}, False),  # transient faults outlast the retries
        ({"kind": "status", "status": 401}, True),  # the endpoint refuses every request
    ],
)
def test_a_failing_llm_gives_an_error_or_with_fallback_the_marked_rules_record(tmp_path, fault, systemic):
    texts = [posting(i) for i in range(6)]
    with FakeOpenAI(echo) as server:
        rules = rules_records(server, tmp_path / "rules", texts)
        server.faults = [dict(fault) for _ in range(1000)]
        strict, _ = run_batch(server, tmp_path / "strict", texts, transport_retries=2, concurrency=1)
        strict_requests = len(server.requests)
        fallback, _ = run_batch(server, tmp_path / "fallback", texts, transport_retries=2, concurrency=1, fallback_rules=True)
        fallback_requests = len(server.requests) - strict_requests
    assert all(isinstance(r, ExtractionError) and r.systemic == systemic for r in strict)
    assert all(isinstance(r, JobPosting) for r in fallback)
    for record, rules_record in zip(fallback, rules):
        assert record.model_dump() == rules_record.model_dump()
        assert any(w.startswith(f"{LLM_UNAVAILABLE} (") for w in record.warnings)
    if systemic:  # asked once, then never again
        assert strict_requests == fallback_requests == 1


@pytest.mark.parametrize("fallback_rules", [False, True])
@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "content", "content": "{not json"},  # answers keep breaking the schema
        CUT_OFF,
    ],
)
def test_an_unusable_answer_keeps_the_rules_record_with_or_without_fallback(tmp_path, fault, fallback_rules):
    texts = [posting(i) for i in range(3)]
    with FakeOpenAI(echo) as server:
        rules = rules_records(server, tmp_path / "rules", texts)
        server.faults = [dict(fault) for _ in range(1000)]
        kept, _ = run_batch(server, tmp_path / "kept", texts, validation_retries=1, concurrency=1, fallback_rules=fallback_rules)
        requests = len(server.requests)
    assert all(isinstance(r, JobPosting) for r in kept)
    for record, rules_record in zip(kept, rules):
        assert record.model_dump() == rules_record.model_dump()
        warning = [w for w in record.warnings if w.startswith(LLM_ANSWER_UNUSABLE)]
        assert len(warning) == 1 and "responsibilities" in warning[0], record.warnings
        assert not any(w.startswith(LLM_UNAVAILABLE) for w in record.warnings)  # the endpoint is not down
    assert requests <= 2 * len(texts)  # each document re-asked at most validation_retries times, then dropped
    assert not cached_answers(tmp_path / "kept")


def test_a_cut_off_answer_gives_the_cli_the_rules_line_and_exit_code_0(tmp_path, monkeypatch, capsys):
    rules_code, rules_lines, _ = run_cli(["--no-llm"], tmp_path / "rules", monkeypatch, capsys)
    with FakeOpenAI(echo) as server:
        server.faults = [dict(CUT_OFF) for _ in range(1000)]
        code, lines, err = run_cli(["--base-url", server.base_url, "--model", "fake-model"], tmp_path / "cut", monkeypatch, capsys)
    assert rules_code == 0 and code == 0 and "Traceback" not in err
    assert len(lines) == len(rules_lines) == 20
    for line, rules_line in zip(lines, rules_lines):
        assert "error" not in line
        assert [w for w in line["warnings"] if w.startswith(LLM_ANSWER_UNUSABLE) and "cut off" in w], line["warnings"]
        assert {k: v for k, v in line.items() if k != "warnings"} == {k: v for k, v in rules_line.items() if k != "warnings"}
