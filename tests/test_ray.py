"""Ray Data engine (extractor.scale) in a local Ray: same lines as the local engine, Parquet in
and out, and hybrid runs against the fake OpenAI-compatible server over real HTTP sharing one cache."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.config import load_settings
from extractor.scale import ScaleError, extract_dataset, iter_lines
from fake_openai import FakeOpenAI

# Ray and pyarrow are imported by the tests, not at collection: imported here they would
# grow the pytest process by ~150 MB for every test (and its children's ru_maxrss with it).
pytestmark = pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="the 'ray' extra is not installed")

ROOT = Path(__file__).resolve().parents[1]
DOCS = ("b1_05_lever_senior_backend_engineer_london.txt", "b1_15_recruiter_email_head_chef_bristol.txt", "h_07_glassdoor_bus_operator_portland.txt", "b2_15_plain_text_part_time_people_ops_coordinator.txt")


@pytest.fixture(scope="module")
def local_ray():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture
def postings(tmp_path):
    items = [{"id": name.split("_")[0] + "_" + name.split("_")[1], "text": (ROOT / "golden" / "docs" / name).read_text(encoding="utf-8")} for name in DOCS]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path, items


def test_rules_only_matches_local_engine_jsonl_and_parquet(local_ray, postings, tmp_path, capsys):
    path, items = postings
    assert main(["extract", "--no-llm", str(path), "-o", str(tmp_path / "local.jsonl")]) == 0
    stats = extract_dataset(path, tmp_path / "ray.jsonl", load_settings(cache_dir=str(tmp_path / "cache")), use_llm=False, workers=2, batch_size=1)
    assert stats.documents == len(items) and stats.failures == 0 and stats.llm_calls == 0
    assert (tmp_path / "ray.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()  # same lines, input order

    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": [i["id"] for i in items], "text": [i["text"] for i in items]}), str(tmp_path / "in.parquet"))
    code = main(["extract", "--engine", "ray", "--no-llm", "--workers", "2", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet")])
    assert code == 0, capsys.readouterr().err
    table = pq.read_table(str(tmp_path / "out.parquet"))
    assert table.column_names == ["source", "error", "record"]
    assert list(iter_lines(tmp_path / "out.parquet")) == list(iter_lines(tmp_path / "local.jsonl"))


def test_bad_lines_get_error_lines_and_bad_inputs_one_message(local_ray, tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": "Chef\nPay: $18 - $22 per hour\n"}) + "\nnot json\n" + json.dumps({"text": "Nurse, Leeds"}) + "\n", encoding="utf-8")
    stats = extract_dataset(path, tmp_path / "out.jsonl", use_llm=False, workers=1)
    lines = list(iter_lines(tmp_path / "out.jsonl"))
    assert stats.documents == 3 and stats.failures == 1
    assert lines[0]["source"] == "ok" and lines[0]["salary"]["min"] == 18
    assert "not JSON" in lines[1]["error"] and lines[2]["source"] == f"{path}:3"  # a line without an id: <file>:<line>, as locally
    with pytest.raises(ScaleError, match="no such file"):
        extract_dataset(tmp_path / "postings.txt", tmp_path / "x.jsonl", use_llm=False)
    with pytest.raises(ScaleError, match="format"):
        extract_dataset(path, tmp_path / "x.csv", use_llm=False)
    assert main(["extract", "--engine", "ray", "--no-llm", str(tmp_path / "missing.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_missing_and_repeated_ids_name_sources_as_the_local_engine_does(local_ray, tmp_path, capsys):
    texts = ["Chef\nPay: $18 - $22 per hour\n", "Nurse, Leeds\nFull-time\n", "Welder\n\xff bad byte", "Barista, Leeds\n"]
    lines = [{"id": "a", "text": texts[0]}, {"text": texts[1]}, {"id": "a", "text": texts[1]}, "not json", {"id": "a", "text": texts[3]}, {"text": texts[0]}]
    path = tmp_path / "ids.jsonl"
    path.write_bytes(b"".join((line if isinstance(line, str) else json.dumps(line)).encode() + b"\n" for line in lines) + b'{"id": "bad", "text": "Cook \xff"}\n')
    assert main(["extract", "--no-llm", "--with-provenance", str(path), str(path), "-o", str(tmp_path / "local.jsonl")]) == 1
    code = main(["extract", "--engine", "ray", "--workers", "2", "--no-llm", "--with-provenance", str(path), str(path), "-o", str(tmp_path / "ray.jsonl")])
    assert code == 1, capsys.readouterr().err
    assert (tmp_path / "ray.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    sources = [line["source"] for line in iter_lines(tmp_path / "ray.jsonl")]
    assert sources[:7] == ["a", f"{path}:2", "a#2", f"{path}:4", "a#3", f"{path}:6", "bad"]
    assert sources[7:9] == ["a#4", f"{path}:2#2"] and len(set(sources)) == len(sources) == 14


def test_hybrid_workers_share_the_endpoint_and_the_cache(local_ray, postings, tmp_path):
    path, items = postings
    with FakeOpenAI({"summary": None, "responsibilities": []}) as fake:
        settings = load_settings(base_url=fake.base_url, model="fake-model", cache_dir=str(tmp_path / "shared-cache"), concurrency=2, confidence_threshold=1.0)  # ask the sure lists too
        first = extract_dataset(path, tmp_path / "first.jsonl", settings, workers=2, batch_size=2)
        asked = len(fake.requests)
        second = extract_dataset(path, tmp_path / "second.jsonl", settings, workers=2, batch_size=2)
    assert first.failures == 0 and first.llm_calls == asked > 0
    assert second.llm_calls == 0 and second.cache_hits == asked and len(fake.requests) == asked  # served by the shared cache
    assert (tmp_path / "first.jsonl").read_bytes() == (tmp_path / "second.jsonl").read_bytes()
    assert [line["source"] for line in iter_lines(tmp_path / "first.jsonl")] == [i["id"] for i in items]
