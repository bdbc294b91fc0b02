"""Partly annotated golden sets (the real postings): only annotated fields are scored, sets side by side."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from extractor.evaluation.cli import add_eval_parser, run_eval
from extractor.evaluation.gate import baseline_key
from extractor.evaluation.golden import GoldenError, load_golden
from extractor.evaluation.metrics import macro_score, score_document, structured_accuracy
from extractor.evaluation.runner import run_golden
from extractor.config import load_settings
from tests.eval_helpers import FIXTURE_GOLDEN

POSTING = "Store Manager\nNorthwind Foods\nLeeds, United Kingdom\n\nPay: £30,000 - £34,000 per year\nFull-time, permanent.\n"


def partial_set(tmp_path: Path, annotations: dict[str, dict], name: str = "real") -> Path:
    root = tmp_path / name
    (root / "docs").mkdir(parents=True)
    (root / "annotations").mkdir()
    rows = ["id,source,layout,split,notes"]
    for doc_id, ann in annotations.items():
        (root / "docs" / f"{doc_id}.txt").write_text(POSTING, encoding="utf-8")
        (root / "annotations" / f"{doc_id}.json").write_text(json.dumps(ann), encoding="utf-8")
        rows.append(f"{doc_id},board_a,board_text,test,")
    (root / "index.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (root / "set.json").write_text(json.dumps({"name": name, "annotations": "partial"}), encoding="utf-8")
    return root


def test_partial_set_loads_only_annotated_fields(tmp_path):
    root = partial_set(tmp_path, {"a": {"title": "Store Manager", "salary": None}})
    golden = load_golden(root, "all")
    (doc,) = golden.docs
    assert golden.name == "real" and golden.partial
    assert doc.annotated == ("title", "salary") and doc.source == "board_a"


def test_full_set_still_requires_every_field(tmp_path):
    root = partial_set(tmp_path, {"a": {"title": "Store Manager"}})
    (root / "set.json").unlink()
    with pytest.raises(GoldenError, match="missing field"):
        load_golden(root, "all")


@pytest.mark.parametrize("bad, message", [({}, "gives no field"), ({"title": 5}, "title"), ({"bogus": 1}, "unknown field")])
def test_partial_annotation_problems_are_reported(tmp_path, bad, message):
    root = partial_set(tmp_path, {"a": bad})
    with pytest.raises(GoldenError, match=message):
        load_golden(root, "all")


def test_unannotated_fields_are_not_scored():
    gold = {"title": "Store Manager", "company": None}
    pred = {"title": "Store Manager", "company": "Invented Ltd", "salary": {"min": 1, "max": 2, "currency": "USD", "period": "year"}}
    rows = score_document(gold, pred, fields=["title", "company"])
    assert set(rows) == {"title", "company"}  # salary is not annotated: no row, no penalty
    assert rows["company"]["gold_null"] and not rows["company"]["pred_null"]  # stated-as-absent still catches an invention
    # macro over the two annotated fields: (1 + 0) / 2, not over all 18 fields
    assert macro_score([rows]) == pytest.approx(0.5)
    assert structured_accuracy([rows]) == pytest.approx(0.5)


def test_structured_accuracy_ignores_sentence_lists_and_summary():
    rows = score_document({"title": "A", "responsibilities": ["x"], "summary": "s"}, {"title": "A"}, fields=["title", "responsibilities", "summary"])
    assert structured_accuracy([rows]) == 1.0
    assert macro_score([rows]) < 1.0


def test_run_on_partial_set_scores_what_is_annotated(tmp_path):
    root = partial_set(
        tmp_path,
        {
            "a": {"title": "Store Manager", "salary": {"min": 30000, "max": 34000, "currency": "GBP", "period": "year"}},
            "b": {"employment_type": "full_time", "team": None},
        },
    )
    result = run_golden(load_golden(root, "all"), load_settings(), mode="rules", out_root=tmp_path / "runs", progress=False, n_resamples=20)
    fields = result.scores["fields"]
    assert fields["title"]["n"] == 1 and fields["employment_type"]["n"] == 1 and fields["team"]["n"] == 1
    assert fields["company"]["n"] == 0 and fields["company"]["score"] is None
    assert result.manifest["golden"]["name"] == "real" and baseline_key(result.manifest) == "rules/all@real"
    assert result.scores["overall"]["structured_accuracy"] == pytest.approx(1.0)


def test_by_method_table_counts_only_annotated_fields(tmp_path):
    """The "by method" precision on a partial set: a rule's value for a field the source does not
    record is neither right nor wrong; a wrong value for an annotated field counts against its rule."""
    root = partial_set(tmp_path, {"a": {"title": "Store Manager", "company": "Someone Else Ltd"}})
    result = run_golden(load_golden(root, "all"), load_settings(), mode="rules", out_root=tmp_path / "runs", progress=False, n_resamples=20)
    methods = result.scores["methods"]
    counted = {field for m in methods.values() for field in m["fields"]}
    assert counted == {"title", "company"}  # salary, locations, employment_type were filled but are not annotated
    company = next(m["fields"]["company"] for m in methods.values() if "company" in m["fields"])
    assert (company["tp"], company["fp"], company["precision"]) == (0, 1, 0.0)


def test_cli_scores_sets_side_by_side(tmp_path, capsys):
    root = partial_set(tmp_path, {"a": {"title": "Store Manager", "company": "Northwind Foods"}})
    golden = tmp_path / "synthetic"
    shutil.copytree(FIXTURE_GOLDEN, golden)
    parser = argparse.ArgumentParser(prog="extractor")
    add_eval_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(
        ["eval", "--no-llm", "--split", "all", "--golden", str(golden), "--golden", str(root), "--out", str(tmp_path / "runs"), "--resamples", "20", "--no-progress", "--no-html"]
    )
    assert run_eval(args) == 0
    out = capsys.readouterr().out
    assert "Golden sets side by side" in out
    header = next(line for line in out.splitlines() if line.startswith("set "))
    assert "synthetic/v1" in header and "real/v1" in header
    assert len(list((tmp_path / "runs").iterdir())) == 2
