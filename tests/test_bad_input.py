"""Bad input: every broken, hostile or huge input gets its own line with a clear error or warning.

One command-line run over a batch of bad inputs (empty, whitespace, binary, a PDF, non-UTF-8
bytes, oversized files and .jsonl lines, repeated ids, a missing path, script-laden HTML,
zero-width and bidi characters) followed by a good posting: no traceback, the batch goes on,
exit code 1.  Oversized inputs are refused without being read (the process stays small).
Adversarial texts (long runs of digits, spaces, commas, ``$1,``, heading-like lines, 120k
characters without a newline…) go through every normalisation step and rule in linear time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from extractor.normalize import normalize
from extractor.pipeline import Extractor
from extractor.rules import REGISTRY, Context
from extractor.sections import segment

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Senior Nurse\nLocation: Leeds, United Kingdom\nSalary: £32,000 - £38,000 per year\nFull-time\n"


def _env(tmp_path: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path)}


def _cli(args: list[str], tmp_path: Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "extractor", "extract", "--no-llm", *args], capture_output=True, env=_env(tmp_path), cwd=ROOT, timeout=120, **kwargs
    )


# name → file content (bytes); .jsonl files hold several items
FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t \r\n  ",
    "nul.txt": b"\x00\x01\x02PK\x03\x04",
    "scan.pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> stream\n" + bytes(range(256)) * 4,
    "latin1.txt": "Café manager\nSalary: EUR 30.000 per year\n".encode("latin-1"),
    "over_chars.txt": b"Nurse pay $30,000 a year. " * 90_000,  # 2.3M characters, under the byte limit
    "script.html": (
        b"<html><head><title>Chef &amp; Cook</title><script>var pay = '$999,999 per year'; if (a < b && c) {}</script>"
        b"<style>p { color: red }</style></head><body><h1>Chef &amp; Cook</h1>"
        b"<p>Pay: &#36;18 &ndash; &#x24;22 per hour</p><p>Posted &nbsp;May&nbsp;1, 2024</p></body></html>"
    ),
    "zero_width.txt": "Nurse\nSalary: $12\u200b0,000 - $15\u200d0,000 per year\nPosted: May\u200e 1, 2\u200f024\n".encode(),
    "bidi.txt": "Nurse\nSalary: \u202a$120,000\u202c - \u2066$150,000\u2069 per year\u061c\nPosted on 2024-05-\u200f01\n".encode(),
    "items.jsonl": b"\n".join(
        [
            json.dumps({"id": "dup", "text": GOOD}).encode(),
            json.dumps({"id": "dup", "text": GOOD}).encode(),
            b'{"id": "bad-utf8", "text": "Caf\xe9 manager\\nSalary: EUR 30.000 per year"}',
            json.dumps({"id": "huge", "text": "x " * 1_100_000}).encode(),  # 2.2M characters
            json.dumps({"id": "zw-only", "text": " \u200b "}).encode(),
            b"{not json",
        ]
    )
    + b"\n",
    "zz_good.txt": GOOD.encode(),
}

# source (relative to the input folder, or literal) → what its line must say
EXPECTED = [
    ("empty.txt", "error", "empty input"),
    ("blank.txt", "error", "empty input"),
    ("nul.txt", "error", "binary file"),
    ("scan.pdf.txt", "error", "binary file (PDF)"),
    ("latin1.txt", "warnings", "not valid UTF-8"),
    ("over_chars.txt", "error", "input too large: 2,340,000 characters"),
    ("dup", None, None),
    ("dup#2", "warnings", "duplicate source 'dup'"),
    ("bad-utf8", "warnings", "line 3 is not valid UTF-8"),
    ("huge", "error", "input too large: 2,200,000 characters"),
    ("zw-only", "error", "empty input: no text left"),
    ("items.jsonl:6", "error", "line 6 is not JSON"),
    ("missing.txt", "error", "no such file or directory"),
    ("zz_good.txt", None, None),
]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad")
    folder = tmp / "in"
    folder.mkdir()
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    # the missing path sits between the folder and the last good file: the batch must go on after it
    done = _cli([str(folder), str(tmp / "missing.txt"), str(folder / "zz_good.txt")], tmp)
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    by_source = {Path(line["source"]).name if line["source"].startswith(str(tmp)) else line["source"]: line for line in lines}
    return done, lines, by_source


def test_batch_of_bad_inputs_exit_code_and_no_traceback(batch):
    done, lines, by_source = batch
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    assert b"input(s) failed" in done.stderr
    # every input has exactly one line: files, jsonl items, the missing path, the good file again
    jsonl_items = 6
    assert len(lines) == len(FILES) - 1 + jsonl_items + 1 + 1
    assert len({line["source"] for line in lines}) == len(lines)


@pytest.mark.parametrize("source, key, needle", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_each_bad_input_has_its_own_clear_line(batch, source, key, needle):
    _, _, by_source = batch
    line = by_source[source]
    if key is None:
        assert "error" not in line and line["salary"]["min"] == 32000.0
    elif key == "error":
        assert needle in line["error"], line
    else:
        assert any(needle in w for w in line[key]), line
        assert "error" not in line


def test_the_good_input_after_the_bad_ones_is_extracted(batch):
    _, lines, by_source = batch
    assert lines[-1]["source"].endswith("zz_good.txt#2")
    assert lines[-1]["salary"] == by_source["zz_good.txt"]["salary"] == {"min": 32000.0, "max": 38000.0, "currency": "GBP", "period": "year"}


@pytest.mark.parametrize(
    "name, field, value",
    [
        ("script.html", "title", "Chef & Cook"),
        ("script.html", "salary", {"min": 18.0, "max": 22.0, "currency": "USD", "period": "hour"}),
        ("zero_width.txt", "salary", {"min": 120000.0, "max": 150000.0, "currency": "USD", "period": "year"}),
        ("zero_width.txt", "date_posted", "2024-05-01"),
        ("bidi.txt", "salary", {"min": 120000.0, "max": 150000.0, "currency": "USD", "period": "year"}),
        ("bidi.txt", "date_posted", "2024-05-01"),
    ],
)
def test_html_entities_scripts_and_invisible_characters_do_not_break_rules(batch, name, field, value):
    _, _, by_source = batch
    assert by_source[name][field] == value
    assert "999" not in json.dumps(by_source[name])  # the script's text is never read


@pytest.mark.parametrize(
    "raw, field, value, evidence",
    [
        ("Nurse\nSalary: $12\u200b0,000 - $150,000 per year\n", "salary", 150000.0, "$12\u200b0,000 - $150,000 per year"),
        ("Nurse\nPosted: May\u200e 1, 2\u200f024\n", "date_posted", date(2024, 5, 1), "Posted: May\u200e 1, 2\u200f024"),
        ("Nurse\nSalary: \u2066$120,000\u2069 per year\n", "salary", 120000.0, "$120,000\u2069 per year"),
        ("<p>Chef &amp; Cook</p><p>Pay: &#36;18 &ndash; &#x24;22 per hour</p>", "salary", 22.0, "&#36;18 &ndash; &#x24;22 per hour"),
    ],
)
def test_spans_over_invisible_characters_and_entities_slice_the_raw_input(raw, field, value, evidence):
    posting = Extractor(use_llm=False).extract(raw)
    found = getattr(posting, field)
    assert (found.max if field == "salary" else found) == value
    assert [raw[s.start : s.end] for s in posting.provenance[field].spans] == [evidence]


# Starts the CLI and writes its peak memory to argv[1]. A child started straight from pytest
# shares pytest's pages until it execs, so its ru_maxrss would be pytest's size (which grows
# as the suite runs), not the CLI's: a small launcher process in between keeps them apart.
_LAUNCHER = (
    "import os, subprocess, sys\n"
    "proc = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(proc.pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def _run_limited(args: list[str], tmp_path: Path, stdin_path: Path | None = None) -> tuple[int, str, str, float]:
    """Run the CLI and return (exit code, stdout, stderr, peak memory in MB) of that process alone."""
    out, err, peak = tmp_path / "out.txt", tmp_path / "err.txt", tmp_path / "peak.txt"
    stdin = stdin_path.open("rb") if stdin_path else subprocess.DEVNULL
    try:
        with out.open("wb") as o, err.open("wb") as e:
            proc = subprocess.run(
                [sys.executable, "-c", _LAUNCHER, str(peak), sys.executable, "-m", "extractor", "extract", "--no-llm", *args],
                stdin=stdin, stdout=o, stderr=e, env=_env(tmp_path), cwd=ROOT,
            )
    finally:
        if stdin_path:
            stdin.close()
    return proc.returncode, out.read_text(), err.read_text(), int(peak.read_text()) / 1024


@pytest.mark.parametrize("via", ["path", "stdin"])
def test_a_huge_input_is_refused_without_reading_it(tmp_path, via):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(200 * 2**20)  # 200 MB (sparse): reading it whole would need 200 MB
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    if via == "path":
        code, out, err, peak_mb = _run_limited([str(huge), str(good)], tmp_path)
    else:
        code, out, err, peak_mb = _run_limited(["-", str(good)], tmp_path, stdin_path=huge)
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "Traceback" not in err
    assert "input too large" in lines[0]["error"] and "limit 2,000,000 characters" in lines[0]["error"]
    assert lines[1]["salary"]["min"] == 32000.0
    assert peak_mb < 120, f"peak memory {peak_mb:.0f} MB: the input was read"


def test_an_oversized_jsonl_line_is_skipped_unread(tmp_path):
    items = tmp_path / "items.jsonl"
    with items.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "big", "text": "word " * 3_000_000}) + "\n")  # a 15 MB line
        handle.write(json.dumps({"id": "ok", "text": GOOD}) + "\n")
    code, out, err, _ = _run_limited([str(items)], tmp_path)
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "Traceback" not in err
    assert [line["source"] for line in lines] == [f"{items}:1", "ok"]
    assert "line 1: input too large" in lines[0]["error"]
    assert lines[1]["salary"]["min"] == 32000.0


# ---------------------------------------------------------------------------- linear time

N = 120_000  # characters of each adversarial input; each is also run at N // 4
_HEADINGS = "Responsibilities\nRequirements:\nWhat you'll do\nBenefits\n"
ADVERSARIAL = {
    "digits": "1",
    "spaces": " ",
    "commas": ",",
    "dollar-one-comma": "$1,",
    "dollar-one-comma-space": "$1, ",
    "dollar-one-paren": "$1(",
    "range-dashes": "1-",
    "k-ranges": "100k-",
    "years": "5+ years ",
    "dates": "May 1, 2024 ",
    "heading-lines": _HEADINGS,
    "glued-headings": "ResponsibilitiesRequirements",
    "glued-navigation": "Sign InJobsCareers",
    "camel-digits": "R-1234We",
    "urls": "http://aB.com/xYz ",
    "html-divs": "<div>a</div>",
    "entities": "&#x200b;&amp;",
    "zero-width": "1\u200b",
    "no-newline-posting": "Senior Nurse Location: Leeds, United Kingdom Salary: £32,000 - £38,000 per year Full-time Job ID: R-12345 ",
}


def _steps(raw: str) -> dict[str, float]:
    """CPU seconds of each step of a rules-only extraction: normalise, segment, every rule."""
    times: dict[str, float] = {}
    start = time.process_time()
    doc = normalize(raw)
    times["normalize"] = time.process_time() - start
    start = time.process_time()
    ctx = Context(doc=doc, sections=segment(doc))
    times["segment"] = time.process_time() - start
    for rules in REGISTRY.values():
        for registered in rules:
            start = time.process_time()
            list(registered.fn(ctx))
            times[registered.name] = time.process_time() - start
    return times


@pytest.fixture(scope="module")
def normal_seconds_per_char() -> float:
    docs = sorted((ROOT / "golden" / "docs").iterdir())[:12]
    texts = [p.read_text(encoding="utf-8") for p in docs]
    _steps(texts[0])  # warm the compiled patterns
    start = time.process_time()
    for text in texts:
        _steps(text)
    return (time.process_time() - start) / sum(map(len, texts))


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_runs_in_linear_time(name, normal_seconds_per_char):
    unit = ADVERSARIAL[name]
    small_text = (unit * (N // 4 // len(unit) + 1))[: N // 4]
    big_text = (unit * (N // len(unit) + 1))[:N]
    small, big = _steps(small_text), _steps(big_text)
    # Each step: four times the input takes at most ~9 times as long (linear: 4, quadratic: 16);
    # 50 ms of slack absorbs timer noise on steps that take almost nothing.
    def too_slow(small, big):
        return {step: (small[step], big[step]) for step in big if big[step] > 9 * small[step] + 0.05}

    if too_slow(small, big):  # measure once more (a busy machine, a GC pause): the best of two counts
        again = _steps(big_text)
        big = {step: min(t, again[step]) for step, t in big.items()}
    slow = too_slow(small, big)
    assert not slow, f"super-linear steps on {name!r} (seconds at {N // 4:,} and {N:,} characters): {slow}"
    # The whole extraction stays within a generous multiple of a normal posting's time per character.
    per_char = sum(big.values()) / N
    assert per_char < 40 * normal_seconds_per_char + 2e-6, f"{per_char * 1e6:.1f} µs/char vs {normal_seconds_per_char * 1e6:.1f} for a normal posting"
