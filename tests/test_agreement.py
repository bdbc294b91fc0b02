"""eval/agreement.py: two annotations compared field by field, and a run's misses split by agreement."""

import importlib.util
import json
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "eval" / "agreement.py"
_spec = importlib.util.spec_from_file_location("agreement", _PATH)
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)

_BASE = {
    "title": "Night Baker", "company": "Crumb & Co", "team": None,
    "locations": [{"city": "Leeds", "region": "England", "country": "United Kingdom"}],
    "workplace": "onsite", "job_id": None, "date_posted": None, "employment_type": "part_time", "weekly_hours": 20.0,
    "salary": {"min": 12.5, "max": 12.5, "currency": "GBP", "period": "hour"}, "min_years_experience": None,
    "education_level": None, "skills": [], "responsibilities": ["Bake the morning bread", "Clean the ovens"],
    "minimum_qualifications": [], "preferred_qualifications": [], "benefits": [], "summary": None, "visa_sponsorship": None,
}


def _write(folder: Path, doc_id: str, record: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc_id}.json").write_text(json.dumps(record), encoding="utf-8")


@pytest.mark.parametrize("change, field, agreed", [
    ({}, "title", "2/  2"),
    ({"title": "Baker"}, "title", "1/  2"),
    ({"title": "NIGHT BAKER"}, "title", "2/  2"),  # the eval's text comparison ignores case
    ({"salary": {"min": 12.5, "max": 12.5, "currency": "GBP", "period": "day"}}, "salary", "1/  2"),
    ({"locations": []}, "locations", "1/  2"),
    ({"weekly_hours": None}, "weekly_hours", "1/  2"),
])
def test_structured_agreement_per_field(tmp_path, capsys, change, field, agreed):
    for doc_id in ("a_1", "a_2"):
        _write(tmp_path / "first", doc_id, _BASE)
    _write(tmp_path / "second", "a_1", {**_BASE, **change})
    _write(tmp_path / "second", "a_2", _BASE)
    assert agreement.main([str(tmp_path / "first"), str(tmp_path / "second")]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.strip().startswith(field + " "))
    assert agreed in line


def test_list_items_and_run_misses_split_by_agreement(tmp_path, capsys):
    _write(tmp_path / "first", "a_1", _BASE)
    _write(tmp_path / "second", "a_1", {**_BASE, "title": "Baker", "responsibilities": ["Bake the morning bread"]})
    fields = {name: {"score": 1.0} for name in agreement.STRUCTURED}
    fields["title"] = {"score": 0.0}  # the annotators disagree here
    fields["company"] = {"score": 0.0}  # and agree here
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "scores.json").write_text(json.dumps({"documents": [{"id": "a_1", "fields": fields}]}), encoding="utf-8")
    agreement.main([str(tmp_path / "first"), str(tmp_path / "second"), "--run", str(tmp_path / "run")])
    out = capsys.readouterr().out
    assert "responsibilities       item F1 0.667 (tp 1 fp 0 fn 1)" in out
    assert "extractor structured misses: 1 where the annotators agree, 1 where they disagree" in out


def test_an_empty_second_folder_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "second").mkdir()
    assert agreement.main([str(tmp_path), str(tmp_path / "second")]) == 2
    assert "no annotations" in capsys.readouterr().err
