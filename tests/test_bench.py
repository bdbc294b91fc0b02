"""The benchmark: the generated corpus, every section in a tiny configuration against the fake
endpoint, reading saved eval runs, and the command line's table, JSON and exit codes."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.bench import BenchOptions, run_bench
from extractor.bench.corpus import generate, load_templates
from extractor.bench.fake_endpoint import FakeEndpoint, empty_answer
from extractor.bench.runner import SECTION_NAMES, BenchError, resolve_options
from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = str(ROOT / "golden")


def test_corpus_is_varied_deterministic_and_prefix_stable():
    templates = load_templates(GOLDEN)
    big = list(generate(templates, 2 * len(templates) + 5, seed=3))
    assert list(generate(templates, 10, seed=3)) == big[:10]
    assert list(generate(templates, 10, seed=4)) != big[:10]
    texts = [text for _, text in big]
    assert len(set(texts)) == len(texts)
    first = templates[0]
    varied = texts[0]
    assert abs(len(varied) - len(first.text)) < 0.2 * len(first.text)  # same posting, other values
    assert first.company and first.company not in varied
    assert first.job_id and first.job_id not in varied
    assert texts[len(templates)] != varied  # the same template again, other values


CORPUS_DIGEST = """
import hashlib, json, sys
from extractor.bench.corpus import generate, load_templates
templates = load_templates(sys.argv[1])
digest = hashlib.sha256()
for name, text in generate(templates, 2 * len(templates) + 5, seed=3):
    digest.update(json.dumps([name, text]).encode())
print(digest.hexdigest())
"""


def test_corpus_does_not_depend_on_the_string_hash_seed():
    """The same corpus in processes with different ``PYTHONHASHSEED`` (set iteration order differs between them)."""
    digests = set()
    for hash_seed in ("1", "2", "12345"):
        done = subprocess.run(
            [sys.executable, "-c", CORPUS_DIGEST, GOLDEN], capture_output=True, text=True, cwd=ROOT, timeout=120, env={**os.environ, "PYTHONHASHSEED": hash_seed}
        )
        assert done.returncode == 0, done.stderr
        digests.add(done.stdout.strip())
    expected = hashlib.sha256()
    for name, text in generate(load_templates(GOLDEN), 2 * len(load_templates(GOLDEN)) + 5, seed=3):
        expected.update(json.dumps([name, text]).encode())
    assert digests == {expected.hexdigest()}


def test_fake_endpoint_answers_every_requested_field_empty():
    body = {"response_format": {"type": "json_object", "schema": {"properties": {"summary": {"anyOf": [{"type": "string"}, {"type": "null"}]}, "skills": {"type": "array"}}}}}
    assert empty_answer(body) == {"summary": None, "skills": []}
    with FakeEndpoint(0) as endpoint:
        assert endpoint.base_url.startswith("http://127.0.0.1:")


def test_every_section_runs_in_a_tiny_configuration(tmp_path, monkeypatch):
    config = tmp_path / "forced_llm.toml"
    config.write_text("confidence_threshold = 1.0\n", encoding="utf-8")  # the two golden postings call the LLM however sure the rules are
    monkeypatch.setenv("EXTRACTOR_CONFIG", str(config))
    options = BenchOptions(
        quick=True,
        golden=GOLDEN,
        corpus_size=12,
        processes=2,
        memory_sizes=(5, 15),
        llm="fake",
        fake_latency=0.01,
        concurrency_levels=(1, 2),
        concurrency_docs=3,
        golden_limit=2,
        model_docs=1,
        generation_tokens=4,
        out_dir=str(tmp_path / "bench"),
    )
    lines: list[str] = []
    report, path = run_bench(options, echo=lines.append)
    assert path.parent == tmp_path / "bench" and json.loads(path.read_text()) == report
    assert list(report["sections"]) == list(SECTION_NAMES)
    errors = {name: s["error"] for name, s in report["sections"].items() if s["error"]}
    assert not errors
    rules = report["sections"]["rules"]
    assert rules["data"]["documents"] == 12 and rules["data"]["processes"] == 2
    assert all(row["met"] is not None for row in rules["rows"] if row["target"])
    assert set(report["sections"]["memory"]["data"]) >= {"5", "15", "growth"}
    hybrid = report["sections"]["hybrid"]["data"]
    assert hybrid["warm"]["llm_calls"] == 0 and hybrid["warm"]["cache_hits"] == hybrid["cold"]["llm_calls"] > 0
    tokens = report["sections"]["tokens"]["data"]
    assert tokens["hybrid"]["source"] == "measured" and tokens["llm"]["cost"]["completion_tokens"] > 0
    assert set(report["sections"]["concurrency"]["data"]["levels"]) == {"1", "2"}
    model = report["sections"]["model"]
    assert len(model["data"]["prefix"]) == 2 and len(model["data"]["seconds_per_doc"]) == 1
    assert any(row["metric"].startswith("repeated prompt prefix") for row in model["rows"])
    table = lines[-2]
    assert "rules-only throughput" in table and ">= 1,000 /core" in table and "met" in table.lower()


def _saved_run(root: Path, run_id: str, mode: str, score: float, completion: int) -> None:
    run = root / run_id
    run.mkdir(parents=True)
    manifest = {"run_id": run_id, "mode": mode, "split": "all", "golden": {"sha256": "abc"}}
    cost = {"documents": 10, "llm_calls": 10, "prompt_tokens": 5000, "completion_tokens": completion}
    (run / "report.json").write_text(json.dumps({"manifest": manifest, "overall": {"score": score}, "cost": cost}))
    (run / "manifest.json").write_text(json.dumps(manifest))


def test_tokens_from_saved_eval_runs(tmp_path):
    runs = tmp_path / "runs"
    _saved_run(runs, "20250101T000000Z-hybrid-v1-aaaa", "hybrid", 0.9, 3000)
    _saved_run(runs, "20250101T000000Z-llm-v1-bbbb", "llm", 0.8, 10000)
    options = BenchOptions(only=("tokens",), golden=GOLDEN, hybrid_run="20250101T000000Z-hybrid", llm_run="20250101T000000Z-llm", runs_dir=str(runs), out_dir=str(tmp_path / "out"))
    report, _ = run_bench(options, echo=lambda line: None)
    section = report["sections"]["tokens"]
    rows = {row["metric"]: row for row in section["rows"]}
    assert section["data"]["completion_ratio"] == pytest.approx(0.3)
    assert rows["completion tokens hybrid / LLM-only"]["met"] is True
    assert rows["accuracy hybrid (overall)"]["met"] is True

    wrong = BenchOptions(only=("tokens",), golden=GOLDEN, hybrid_run="20250101T000000Z-llm", llm_run="20250101T000000Z-llm", runs_dir=str(runs), out_dir=str(tmp_path / "out"))
    report, _ = run_bench(wrong, echo=lambda line: None)
    assert "is a llm run, expected hybrid" in report["sections"]["tokens"]["error"]


def test_options_and_command_line_errors(tmp_path, capsys):
    with pytest.raises(BenchError, match="unknown section"):
        resolve_options(BenchOptions(only=("nope",)))
    with pytest.raises(BenchError, match="at least 1"):
        resolve_options(BenchOptions(corpus_size=0))
    with pytest.raises(BenchError, match="no golden set"):
        resolve_options(BenchOptions(golden=str(tmp_path)))
    assert resolve_options(BenchOptions(quick=True, golden=GOLDEN)).llm == "fake"
    assert resolve_options(BenchOptions(golden=GOLDEN)).corpus_size >= 10_000
    with pytest.raises(SystemExit) as exit_info:
        main(["bench", "--only", "rules,nope"])
    assert exit_info.value.code == 2
    code = main(["bench", "--only", "tokens", "--hybrid-run", "missing", "--llm-run", "missing", "--runs", str(tmp_path), "--out", str(tmp_path / "out"), "--golden", GOLDEN])
    captured = capsys.readouterr()
    assert code == 1 and "section(s) failed: tokens" in captured.err and "Traceback" not in captured.err
    assert "no saved run" in captured.out


@pytest.mark.parametrize(
    "answer, cached",
    [
        ({"usage": {"prompt_tokens": 900, "prompt_tokens_details": {"cached_tokens": 700}}}, 700),  # OpenAI's field
        ({"usage": {"prompt_tokens": 900}, "timings": {"cache_n": 650}}, 650),  # llama.cpp's timings
        ({"usage": {"prompt_tokens": 900, "prompt_tokens_details": {"cached_tokens": 0}}, "timings": {"cache_n": 5}}, 0),
        ({"usage": {"prompt_tokens": 900}}, None),  # not reported
    ],
)
def test_cached_prompt_tokens_are_read_from_either_report(answer, cached):
    from extractor.bench.sections import _cached_tokens

    assert _cached_tokens(answer) == cached


def test_peak_memory_of_a_running_process_and_of_none():
    import os

    from extractor.bench.sections import _peak_rss_mb

    mine = _peak_rss_mb(os.getpid())
    assert mine is None or mine > 1  # None where /proc is missing (not Linux)
    assert _peak_rss_mb(None) is None
