"""Shared builders for the evaluation tests: a synthetic run with known provenance, the fixture golden set."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any, Optional

from extractor.evaluation.metrics import TokenF1Scorer, score_run
from extractor.evaluation.runner import RunResult, cost_totals, save_run
from extractor.schema import JobPosting

FIXTURE_GOLDEN = Path(__file__).parent / "fixtures" / "eval_golden"

TEXT_A = (
    "Senior Data Engineer\n"
    "Acme <Analytics> & Co\n"
    "Salary: £50,000 - £60,000 per year\n"
    "You will build pipelines in Python and SQL.\n"
)
TEXT_B = "Barista\nPay: $18 - $22 per hour\nPart-time\n"


def span(text: str, needle: str) -> dict[str, int]:
    start = text.index(needle)
    return {"start": start, "end": start + len(needle)}


def record(**values: Any) -> dict[str, Any]:
    return JobPosting.model_validate(values).model_dump(mode="json")


GOLD_A = record(
    title="Senior Data Engineer",
    company="Acme <Analytics> & Co",
    salary={"min": 50000, "max": 60000, "currency": "GBP", "period": "year"},
    skills=["Python", "SQL"],
    summary="You will build pipelines in Python and SQL.",
)
GOLD_B = record(title="Barista", salary={"min": 18, "max": 22, "currency": "USD", "period": "hour"}, employment_type="part_time")

PRED_A = record(
    title="Senior Data Engineer",
    company="Acme <Analytics> & Co",
    salary={"min": 50000, "max": 60000, "currency": "GBP", "period": "year"},
    skills=["Python", "SQL"],
    summary="You will build pipelines in Python and SQL.",
)
PROV_A = {
    "title": {"method": "title.first_line", "confidence": 0.9, "status": "exact", "spans": [span(TEXT_A, "Senior Data Engineer")]},
    "company": {"method": "llm", "confidence": 0.7, "status": "exact", "spans": [span(TEXT_A, "Acme <Analytics> & Co")]},
    "salary": {"method": "pay.range", "confidence": 0.95, "status": "exact", "spans": [span(TEXT_A, "£50,000 - £60,000 per year")]},
    "skills": {
        "method": "vocab.skills",
        "confidence": 0.8,
        "status": "exact",
        "spans": [],
        "items": [
            {"value": "Python", "spans": [span(TEXT_A, "Python")], "status": "exact"},
            {"value": "SQL", "spans": [span(TEXT_A, "SQL")], "status": "exact"},
        ],
    },
    # overlaps the skills spans: the overlap becomes one <mark> naming both fields
    "summary": {"method": "cache", "confidence": 0.55, "status": "fuzzy", "spans": [span(TEXT_A, "You will build pipelines in Python and SQL.")]},
}
PRED_B = record(title="Head Barista", team="Coffee bar", salary={"min": 18, "max": 22, "currency": "USD", "period": "hour"})
PROV_B = {
    "title": {"method": "title.first_line", "confidence": 0.6, "status": "exact", "spans": [span(TEXT_B, "Barista")]},
    "team": {"method": "llm", "confidence": 0.2, "status": "ungrounded", "spans": []},
    "salary": {"method": "pay.range", "confidence": 0.9, "status": "exact", "spans": [span(TEXT_B, "$18 - $22 per hour")]},
}


def synthetic_run(
    out_root: Path,
    run_id: str,
    *,
    changes: Optional[dict[str, dict[str, Any]]] = None,
    cost: Optional[dict[str, Any]] = None,
    prompt_version: str = "v1",
    mode: str = "hybrid",
    save: bool = True,
    n_resamples: int = 100,
) -> RunResult:
    """A two-document run with known predictions and provenance; ``changes`` = {doc id: {field: value}}."""
    records = []
    for doc_id, layout, text, gold, pred, prov in (
        ("doc_a", "plain_text", TEXT_A, GOLD_A, PRED_A, PROV_A),
        ("doc_b", "greenhouse", TEXT_B, GOLD_B, PRED_B, PROV_B),
    ):
        pred = copy.deepcopy(pred)
        pred.update((changes or {}).get(doc_id, {}))
        records.append(
            {
                "id": doc_id,
                "layout": layout,
                "split": "dev",
                "source": f"{doc_id}.txt",
                "text": text,
                "gold": gold,
                "prediction": pred,
                "provenance": copy.deepcopy(prov),
                "warnings": [],
                "error": None,
                "cost": dict({"llm_calls": 1, "cache_hits": 0, "prompt_tokens": 100, "completion_tokens": 20, "attempts": 1, "seconds": 0.5}, **(cost or {})),
            }
        )
    scores = score_run(records, summary=TokenF1Scorer(), n_resamples=n_resamples)
    scores["cost"] = cost_totals(records)
    for doc, rec in zip(scores["documents"], records):
        doc["cost"] = rec["cost"]
    manifest = {
        "run_id": run_id,
        "created": "2025-01-01T00:00:00+00:00",
        "mode": mode,
        "split": "dev",
        "prompt": {"version": prompt_version, "sha256": "ab" * 32, "examples": 1},
        "model": {"identity": "http://127.0.0.1:1/v1|fake-model", "model": "fake-model"},
        "settings": {"prompt_version": prompt_version},
        "golden": {"dir": "golden", "commit": "unknown", "sha256": "cd" * 32, "documents": 2},
        "code": {"package": "0.1.0", "commit": "unknown", "dirty": None},
        "summary_scorer": "token_f1",
        "documents": 2,
        "errors": 0,
    }
    result = RunResult(run_id, out_root / run_id, manifest, records, scores)
    if save:
        save_run(result)
    return result


def copy_golden(tmp_path: Path) -> Path:
    """A writable copy of the fixture golden set."""
    target = tmp_path / "golden"
    shutil.copytree(FIXTURE_GOLDEN, target)
    return target
