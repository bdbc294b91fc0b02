"""eval/compare_records.py: records are read one per "\n"-terminated line, whatever their text holds."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "eval" / "compare_records.py"


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _run(*args: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)


@pytest.mark.parametrize(
    "text",
    ["line one\u2028line two", "next line\u0085here", "form\x0cfeed", "group\x1dsep", "para\u2029graph", "plain"],
)
def test_unicode_line_breaks_inside_a_string_stay_in_the_record(tmp_path, text):
    records = [{"source": "a.txt", "title": text}, {"source": "b.txt", "title": "Nurse"}]
    result = _run(_write(tmp_path / "before.jsonl", records), _write(tmp_path / "after.jsonl", records))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_changed_value_is_reported(tmp_path):
    before = _write(tmp_path / "before.jsonl", [{"source": "a.txt", "title": "Nurse\u2028RN"}])
    after = _write(tmp_path / "after.jsonl", [{"source": "a.txt", "title": "Nurse"}])
    result = _run(before, after)
    assert result.returncode == 1
    assert "a.txt" in result.stdout and "title" in result.stdout


def test_a_broken_line_names_its_file_and_line(tmp_path):
    good = _write(tmp_path / "good.jsonl", [{"source": "a.txt"}])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"source": "a.txt"}\n{"source": \n', encoding="utf-8")
    result = _run(good, bad)
    assert result.returncode == 2
    assert "bad.jsonl:2" in (result.stdout + result.stderr)
