"""The command line, offline (--no-llm): inputs of every kind, order, errors in their own lines, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

POSTING = "Senior Nurse\nLocation: Leeds, United Kingdom\nSalary: £32,000 - £38,000 per year\nFull-time\n"


def run(args: list[str], tmp_path: Path, stdin: bytes = b"", hash_seed: str = "0") -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path), "EXTRACTOR_STRICT": "1", "PYTHONHASHSEED": hash_seed}
    return subprocess.run([sys.executable, "-m", "extractor", "extract", "--no-llm", *args], input=stdin, capture_output=True, env=env, cwd=ROOT, timeout=120)


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(POSTING, encoding="utf-8")
    (folder / "b.html").write_text("<html><body><h1>Chef</h1><p>Pay: $18 - $22 per hour</p></body></html>", encoding="utf-8")
    (folder / "items.jsonl").write_text(
        json.dumps({"id": "x1", "text": POSTING}) + "\n" + "not json\n" + json.dumps({"id": "x3", "text": ""}) + "\n", encoding="utf-8"
    )
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (folder / "latin1.txt").write_bytes("Café manager\nSalary: EUR 30.000 per year".encode("latin-1"))
    return folder


def test_every_input_gets_one_line_in_order_and_failures_set_exit_code(inputs, tmp_path):
    missing = str(tmp_path / "missing.txt")
    done = run([str(inputs / "a.txt"), missing, str(inputs), "-"], tmp_path, stdin=POSTING.encode())
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    sources = [line["source"] for line in lines]
    assert sources[0].endswith("a.txt") and sources[1] == missing and sources[-1] == "-"
    by_source = {line["source"]: line for line in lines}
    assert "no such file" in by_source[missing]["error"]
    assert "binary" in by_source[str(inputs / "binary.txt")]["error"]
    assert "x1" in by_source and "error" not in by_source["x1"]
    assert "not JSON" in by_source[f"{inputs / 'items.jsonl'}:2"]["error"]
    assert "empty input" in by_source["x3"]["error"]
    assert any("not valid UTF-8" in w for w in by_source[str(inputs / "latin1.txt")]["warnings"])
    assert by_source["-"]["salary"] == by_source["x1"]["salary"]


@pytest.fixture
def golden_sample(tmp_path):
    """Every fourth golden posting (every batch's layouts, a size that does not grow with each batch that joins)."""
    folder = tmp_path / "golden_sample"
    folder.mkdir()
    for path in sorted((ROOT / "golden" / "docs").iterdir())[::4]:
        shutil.copy(path, folder / path.name)
    return folder


def test_same_input_gives_byte_identical_lines(inputs, golden_sample, tmp_path):
    """Across processes whose string hashing differs (set and dict-of-set orders change with it)."""
    paths = [str(inputs), str(golden_sample)]
    first = run(["--with-provenance", *paths], tmp_path, hash_seed="1")
    second = run(["--with-provenance", *paths], tmp_path, hash_seed="2")
    assert first.stdout == second.stdout
    assert len(first.stdout.splitlines()) == 7 + len(list(golden_sample.iterdir()))


def test_worker_processes_write_the_same_lines_in_input_order(inputs, golden_sample, tmp_path):
    """--workers 3 over more inputs than one chunk: byte-identical to one worker, failures counted alike."""
    paths = [str(inputs), str(golden_sample), str(inputs / "a.txt")]
    one = run(["--workers", "1", "--with-provenance", *paths], tmp_path)
    three = run(["--workers", "3", "--with-provenance", *paths], tmp_path)
    assert one.returncode == three.returncode == 1
    assert one.stdout == three.stdout and one.stderr == three.stderr
    assert len(three.stdout.splitlines()) > 3 * 16  # several chunks per worker


@pytest.mark.parametrize(
    "args, message",
    [
        (["--workers", "0"], "--workers must be at least 1"),
        (["--workers", "2", "--fallback-rules"], None),  # rules only: accepted
    ],
)
def test_workers_setting_is_checked(inputs, tmp_path, args, message):
    done = run([*args, str(inputs / "a.txt")], tmp_path)
    if message is None:
        assert done.returncode == 0 and json.loads(done.stdout)["source"].endswith("a.txt")
    else:
        assert done.returncode == 2 and message in done.stderr.decode() and b"Traceback" not in done.stderr


def test_workers_with_the_llm_is_refused_with_the_setting_to_use(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path), "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}
    done = subprocess.run([sys.executable, "-m", "extractor", "extract", "--workers", "2", "-"], input=POSTING.encode(), capture_output=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and "--concurrency" in done.stderr.decode() and not done.stdout


def test_stats_output_and_provenance(inputs, tmp_path):
    stats = tmp_path / "stats.json"
    out = tmp_path / "out.jsonl"
    done = run(["--with-provenance", "--stats", str(stats), "--output", str(out), str(inputs / "a.txt")], tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(stats.read_text())
    assert set(data) == {"documents", "llm_calls", "cache_hits", "prompt_tokens", "completion_tokens", "seconds"}
    assert data["documents"] == 1 and data["llm_calls"] == 0
    line = json.loads(out.read_text())
    for name, prov in line["provenance"].items():
        for span in prov["spans"]:
            assert POSTING[span["start"] : span["end"]].strip(), name


def test_bad_setting_is_one_clear_message(tmp_path):
    done = run(["--concurrency", "0", "x"], tmp_path)
    assert done.returncode == 2
    assert b"concurrency" in done.stderr and b"Traceback" not in done.stderr


@pytest.mark.parametrize("count", [0, 1, 2, 40])
def test_pooled_lines_first_input_in_the_parent(count):
    """The pool extracts the first input before forking its workers: every line as one process writes it."""
    from extractor.config import load_settings
    from extractor.io import InputDoc
    from extractor.pipeline import Extractor
    from extractor.run import _line, in_order, pooled_lines

    texts = sorted((ROOT / "golden" / "docs").iterdir())[:count]
    docs = [InputDoc(source=str(p), text=p.read_text(encoding="utf-8")) for p in texts]
    settings = load_settings()
    alone = [_line(doc, result, True) for doc, result in in_order(Extractor(settings, use_llm=False), docs)]
    assert list(pooled_lines(iter(docs), settings, 2, True)) == alone
