"""Compare two runs on the same golden documents: score deltas with intervals, p-values, cost, changes.

The comparison is paired: only documents present in both runs are used, each field's
score is recomputed on them from the per-document rows saved in ``scores.json``, the
delta's interval is a paired bootstrap and the p-value a paired permutation test
(``scipy.stats`` via :mod:`extractor.evaluation.metrics`).
"""

from __future__ import annotations

import json
from typing import Any

from extractor.evaluation.metrics import (
    DEFAULT_RESAMPLES,
    DEFAULT_SEED,
    field_aggregate,
    macro_score,
    paired_bootstrap_delta_ci,
    paired_permutation_test,
)
from extractor.evaluation.runner import COST_KEYS, RunResult
from extractor.schema import FIELD_NAMES

SIGNIFICANCE = 0.05


def _run_info(run: RunResult) -> dict[str, Any]:
    m = run.manifest
    return {
        "run_id": run.run_id,
        "mode": m.get("mode"),
        "prompt_version": (m.get("prompt") or {}).get("version"),
        "prompt_sha256": (m.get("prompt") or {}).get("sha256"),
        "split": m.get("split"),
        "model": (m.get("model") or {}).get("identity") or (m.get("model") or {}).get("model"),
        "summary_scorer": m.get("summary_scorer"),
        "dir": str(run.run_dir),
    }


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def compare_runs(a: RunResult, b: RunResult, *, n_resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """Paired comparison of run ``a`` (old) and run ``b`` (new).

    Returns:
        A JSON-ready dict: ``runs`` (a, b), ``documents`` (paired count, ids only in one run),
        ``overall`` and ``fields`` (``a``, ``b``, ``delta``, ``delta_ci``, ``p_value``,
        ``significant``), ``cost`` (totals of both and deltas), ``changed`` (per document and
        field: old, new and gold values and both scores), and ``warnings``.
    """
    docs_a = {d["id"]: d for d in a.scores["documents"]}
    docs_b = {d["id"]: d for d in b.scores["documents"]}
    common = [doc_id for doc_id in docs_a if doc_id in docs_b]
    warnings = []
    if a.manifest.get("summary_scorer") != b.manifest.get("summary_scorer"):
        warnings.append(f"the runs scored summaries differently ({a.manifest.get('summary_scorer')} vs {b.manifest.get('summary_scorer')})")
    if (a.manifest.get("golden") or {}).get("sha256") != (b.manifest.get("golden") or {}).get("sha256"):
        warnings.append("the runs used different golden data (content hashes differ); only shared document ids are compared")
    only_a = [d for d in docs_a if d not in docs_b]
    only_b = [d for d in docs_b if d not in docs_a]
    fields = {}
    for name in FIELD_NAMES:
        scored = [i for i in common if name in docs_a[i]["fields"] and name in docs_b[i]["fields"]]  # annotated in both
        rows_a = [docs_a[i]["fields"][name] for i in scored]
        rows_b = [docs_b[i]["fields"][name] for i in scored]
        fields[name] = _delta(rows_a, rows_b, field_aggregate(name), n_resamples, seed)
    full_a = [docs_a[i]["fields"] for i in common]
    full_b = [docs_b[i]["fields"] for i in common]
    overall = _delta(full_a, full_b, macro_score, n_resamples, seed)
    return {
        "runs": {"a": _run_info(a), "b": _run_info(b)},
        "documents": {"paired": len(common), "only_in_a": only_a, "only_in_b": only_b},
        "overall": overall,
        "fields": fields,
        "cost": _cost_delta(a, b, set(common)),
        "changed": _changes(a, b, set(common)),
        "warnings": warnings,
        "settings": {"resamples": n_resamples, "seed": seed, "significance": SIGNIFICANCE, "test": "paired permutation test"},
    }


def _delta(rows_a: list[Any], rows_b: list[Any], aggregate: Any, n_resamples: int, seed: int) -> dict[str, Any]:
    if not rows_a:
        return {"a": None, "b": None, "delta": None, "delta_ci": None, "p_value": None, "significant": False}
    score_a, score_b = aggregate(rows_a), aggregate(rows_b)
    ci = paired_bootstrap_delta_ci(rows_a, rows_b, aggregate, n_resamples=n_resamples, seed=seed)
    p = paired_permutation_test(rows_a, rows_b, aggregate, n_resamples=n_resamples, seed=seed)
    return {
        "a": round(score_a, 4),
        "b": round(score_b, 4),
        "delta": round(score_b - score_a, 4),
        "delta_ci": None if ci is None else [round(ci[0], 4), round(ci[1], 4)],
        "p_value": round(p, 4),
        "significant": p < SIGNIFICANCE,
    }


def _cost_delta(a: RunResult, b: RunResult, common: set[str]) -> dict[str, Any]:
    out = {}
    for key in (*COST_KEYS, "seconds"):
        total_a = sum(r["cost"].get(key, 0) for r in a.records if r["id"] in common)
        total_b = sum(r["cost"].get(key, 0) for r in b.records if r["id"] in common)
        if key == "seconds":
            total_a, total_b = round(total_a, 3), round(total_b, 3)
        out[key] = {"a": total_a, "b": total_b, "delta": round(total_b - total_a, 3)}
    return out


def _changes(a: RunResult, b: RunResult, common: set[str]) -> list[dict[str, Any]]:
    rec_a = {r["id"]: r for r in a.records}
    rec_b = {r["id"]: r for r in b.records}
    docs_a = {d["id"]: d for d in a.scores["documents"]}
    docs_b = {d["id"]: d for d in b.scores["documents"]}
    changed = []
    for doc_id in rec_a:
        if doc_id not in common or doc_id not in rec_b:
            continue
        old, new = rec_a[doc_id]["prediction"], rec_b[doc_id]["prediction"]
        for name in FIELD_NAMES:
            if name not in docs_a[doc_id]["fields"] or name not in docs_b[doc_id]["fields"]:
                continue  # not annotated: not scored
            if _canonical(old.get(name)) == _canonical(new.get(name)):
                continue
            changed.append(
                {
                    "id": doc_id,
                    "field": name,
                    "old": old.get(name),
                    "new": new.get(name),
                    "gold": rec_b[doc_id]["gold"].get(name),
                    "old_score": docs_a[doc_id]["fields"][name]["score"],
                    "new_score": docs_b[doc_id]["fields"][name]["score"],
                    "old_method": docs_a[doc_id]["fields"][name].get("method"),
                    "new_method": docs_b[doc_id]["fields"][name].get("method"),
                }
            )
    return changed
