"""Reports of a run and of a comparison: a terminal table, a JSON report and one self-contained HTML page.

* :func:`format_table` / :func:`format_comparison` – plain-text tables for the terminal.
* :func:`build_report` – the JSON report (``report.json``): manifest, overall, fields with
  intervals and hallucination rates, salary sub-fields, layouts, methods, cost, misses.
* :func:`render_html` – ``report.html``: per-field scores with confidence intervals drawn as
  bars, by-layout and by-method tables, cost, the misses document by document (gold vs
  predicted) and every document's text with the evidence spans of each extracted value
  highlighted (``<mark>`` with ``title``/``data-*`` giving field, method and confidence).
* :func:`render_comparison_html` – the side-by-side view of two runs: both scores per field,
  deltas with intervals, p-values, token and time deltas, and the changed values.

The HTML pages are Jinja2 templates (``extractor/evaluation/templates``, package data) with
autoescaping: every value from a posting, a record or a manifest is escaped; only the
highlighted document text (:func:`highlight`, escaped piece by piece) goes in as markup.
They have inline CSS and JavaScript only: no external resources, they open offline.
"""

from __future__ import annotations

import html
import json
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Optional

from extractor.evaluation.metrics import MissingDependencyError
from extractor.evaluation.runner import RunResult
from extractor.schema import FIELD_NAMES

MISS_THRESHOLD = 1.0  # a field scoring below this on a document is listed as a miss


# ---------------------------------------------------------------------------------------------
# plain text
# ---------------------------------------------------------------------------------------------
def _num(value: Optional[float], digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _pct(value: Optional[float]) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _table(headers: list[str], rows: list[list[str]], right: Iterable[int] = ()) -> str:
    right = set(right)
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def format_table(scores: dict[str, Any], manifest: Optional[dict[str, Any]] = None) -> str:
    """The terminal report of one run: per-field score, 95 % interval, hallucination rate, n; then cost."""
    parts = []
    if manifest:
        prompt = manifest.get("prompt") or {}
        parts.append(
            f"run {manifest.get('run_id')}  mode={manifest.get('mode')}  prompt={prompt.get('version')}  "
            f"split={manifest.get('split')}  documents={scores.get('n_documents')}  summary scorer={scores.get('settings', {}).get('summary_scorer')}"
        )
    rows = []
    for name in FIELD_NAMES:
        f = scores["fields"][name]
        ci = f.get("ci")
        rows.append(
            [
                name,
                f["metric"],
                _num(f["score"]),
                f"[{_num(ci[0])}, {_num(ci[1])}]" if ci else "—",
                _pct(f.get("hallucination_rate")),
                _num(f.get("precision")),
                _num(f.get("recall")),
                f"{f.get('n_gold', 0)}/{f['n']}",
            ]
        )
    for name, sub in scores.get("subfields", {}).items():
        ci = sub.get("ci")
        rows.append([f"  {name}", "accuracy", _num(sub["score"]), f"[{_num(ci[0])}, {_num(ci[1])}]" if ci else "—", "", "", "", str(sub["n"])])
    overall = scores["overall"]
    ci = overall.get("ci")
    rows.append(["OVERALL (macro)", "", _num(overall["score"]), f"[{_num(ci[0])}, {_num(ci[1])}]" if ci else "—", _pct(overall.get("hallucination_rate")), "", "", str(scores["n_documents"])])
    if overall.get("structured_accuracy") is not None:
        sci = overall.get("structured_accuracy_ci")
        rows.append(["structured fields right", "", _num(overall["structured_accuracy"]), f"[{_num(sci[0])}, {_num(sci[1])}]" if sci else "—", "", "", "", ""])
    parts.append(_table(["field", "metric", "score", "95% CI", "halluc.", "P", "R", "gold/n"], rows, right=(2, 4, 5, 6, 7)))
    cost = scores.get("cost")
    if cost:
        parts.append(
            "cost: "
            + ", ".join(
                [
                    f"{cost['documents']} documents",
                    f"{cost['errors']} failed",
                    f"{cost['llm_calls']} LLM calls",
                    f"{cost['cache_hits']} cache hits",
                    f"{cost['prompt_tokens']} prompt + {cost['completion_tokens']} completion tokens",
                    f"{cost['seconds']:.2f} s ({cost['mean_seconds']:.3f} s/doc)",
                ]
            )
        )
    note = scores.get("settings", {}).get("summary_scorer_note")
    if note:
        parts.append(f"note: {note}")
    return "\n\n".join(parts)


def format_comparison(comparison: dict[str, Any]) -> str:
    """The terminal view of a comparison: scores of both runs, delta [CI], p-value; then cost deltas."""
    a, b = comparison["runs"]["a"], comparison["runs"]["b"]
    head = f"A = {a['run_id']} ({a['mode']}, {a['prompt_version']})\nB = {b['run_id']} ({b['mode']}, {b['prompt_version']})\npaired documents: {comparison['documents']['paired']}"
    rows = []
    for name, f in [*comparison["fields"].items(), ("OVERALL (macro)", comparison["overall"])]:
        ci = f.get("delta_ci")
        mark = "" if not f.get("significant") else (" ▲" if (f.get("delta") or 0) > 0 else " ▼")
        rows.append(
            [
                name,
                _num(f.get("a")),
                _num(f.get("b")),
                (f"{f['delta']:+.3f}" if f.get("delta") is not None else "—") + mark,
                f"[{ci[0]:+.3f}, {ci[1]:+.3f}]" if ci else "—",
                _num(f.get("p_value"), 4),
            ]
        )
    table = _table(["field", "A", "B", "Δ (B−A)", "95% CI of Δ", "p"], rows, right=(1, 2, 3, 5))
    cost_rows = [[key, str(v["a"]), str(v["b"]), f"{v['delta']:+g}"] for key, v in comparison["cost"].items()]
    cost = _table(["cost", "A", "B", "Δ"], cost_rows, right=(1, 2, 3))
    lines = [head, table, cost, f"{len(comparison['changed'])} field value(s) changed between the runs"]
    lines.extend(f"warning: {w}" for w in comparison.get("warnings", []))
    return "\n\n".join(lines)


# ---------------------------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------------------------
def misses(run: RunResult, threshold: float = MISS_THRESHOLD) -> list[dict[str, Any]]:
    """Per document, the fields scoring below ``threshold``: gold vs predicted, score, method, error."""
    docs = {d["id"]: d for d in run.scores["documents"]}
    out = []
    for rec in run.records:
        doc = docs.get(rec["id"])
        if doc is None:
            continue
        fields = []
        for name in FIELD_NAMES:
            row = doc["fields"].get(name)  # None: the field is not annotated (real postings)
            if row is not None and row["score"] < threshold:
                fields.append(
                    {
                        "field": name,
                        "gold": rec["gold"].get(name),
                        "predicted": None if rec.get("error") else rec["prediction"].get(name),
                        "score": row["score"],
                        "method": row.get("method"),
                        "hallucinated": row["gold_null"] and not row["pred_null"],
                    }
                )
        if fields or rec.get("error"):
            out.append({"id": rec["id"], "layout": rec.get("layout"), "score": doc.get("score"), "error": rec.get("error"), "fields": fields})
    return out


def build_report(run: RunResult) -> dict[str, Any]:
    """The JSON report of a run (``report.json``)."""
    s = run.scores
    return {
        "run_id": run.run_id,
        "manifest": run.manifest,
        "settings": s.get("settings"),
        "n_documents": s["n_documents"],
        "overall": s["overall"],
        "fields": s["fields"],
        "subfields": s.get("subfields", {}),
        "layouts": s.get("layouts", {}),
        "methods": s.get("methods", {}),
        "cost": s.get("cost"),
        "documents": [{"id": d["id"], "layout": d["layout"], "score": d["score"], "error": d.get("error"), "cost": d.get("cost")} for d in s["documents"]],
        "misses": misses(run),
    }


# ---------------------------------------------------------------------------------------------
# HTML (Jinja2 templates in extractor/evaluation/templates, autoescaped)
# ---------------------------------------------------------------------------------------------
def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


FIELD_COLORS = {name: f"hsl({round(i * 360 / len(FIELD_NAMES))}, 85%, 80%)" for i, name in enumerate(FIELD_NAMES)}


@cache
def _templates() -> Any:
    """The Jinja2 environment of the report templates (autoescaping every value).

    Raises:
        MissingDependencyError: jinja2 (the ``eval`` extra) is not installed.
    """
    try:
        import jinja2
    except ImportError as exc:
        raise MissingDependencyError(["jinja2"]) from exc
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("extractor.evaluation", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        num=_num,
        pct=_pct,
        pairs=lambda value: ", ".join(f"{k}={v}" for k, v in value.items() if v is not None),
        delta_x=lambda v: 50 + 50 * max(-1.0, min(1.0, v)),  # -1..1 -> 0..100 %
    )
    return env


def spans_of(provenance: dict[str, Any]) -> list[dict[str, Any]]:
    """Highlight annotations from a record's provenance: ``{start, end, field, method, confidence, value?}``.

    List fields with per-item provenance contribute their items' spans (with the item value);
    other fields their field spans.
    """
    out = []
    for name, prov in (provenance or {}).items():
        method, confidence, status = prov.get("method", "?"), prov.get("confidence"), prov.get("status", "")
        items = prov.get("items") or []
        if items:
            for item in items:
                for span in item.get("spans") or []:
                    out.append({"start": span["start"], "end": span["end"], "field": name, "method": method, "confidence": confidence, "status": item.get("status", status), "value": item.get("value")})
        else:
            for span in prov.get("spans") or []:
                out.append({"start": span["start"], "end": span["end"], "field": name, "method": method, "confidence": confidence, "status": status})
    return out


def highlight(text: str, annotations: list[dict[str, Any]]) -> str:
    """``text`` as escaped HTML with every annotated span wrapped in ``<mark class="hl">``.

    Overlapping spans are split at every boundary; a piece covered by several annotations is
    one ``<mark>`` listing all their fields (``data-fields``), methods and confidences.
    """
    anns = [a for a in annotations if 0 <= a["start"] < a["end"] <= len(text)]
    if not anns:
        return _e(text)
    cuts = sorted({0, len(text), *(a["start"] for a in anns), *(a["end"] for a in anns)})
    parts = []
    for left, right in zip(cuts, cuts[1:]):
        piece = _e(text[left:right])
        covering = [a for a in anns if a["start"] <= left and a["end"] >= right]
        if not covering:
            parts.append(piece)
            continue
        fields = list(dict.fromkeys(a["field"] for a in covering))
        tip = "\n".join(
            f"{a['field']} · {a['method']} · confidence {a['confidence'] if a['confidence'] is None else format(a['confidence'], '.2f')}"
            + (f" · {a['status']}" if a.get("status") else "")
            + (f" · “{a['value']}”" if a.get("value") else "")
            for a in covering
        )
        color = FIELD_COLORS.get(fields[0], "#ffe58a")
        parts.append(
            f'<mark class="hl{" multi" if len(fields) > 1 else ""}" style="background:{color}" data-color="{color}" '
            f'data-fields="{_e(" ".join(fields))}" data-field="{_e(fields[0])}" '
            f'data-methods="{_e(" ".join(dict.fromkeys(str(a["method"]) for a in covering)))}" '
            f'data-confidence="{_e(" ".join(dict.fromkeys("" if a["confidence"] is None else format(a["confidence"], ".2f") for a in covering)))}" '
            f'title="{_e(tip)}">{piece}</mark>'
        )
    return "".join(parts)


def _documents(run: RunResult) -> list[dict[str, Any]]:
    """Per record: what the documents section shows, the text already highlighted (escaped) markup."""
    from markupsafe import Markup

    docs = {d["id"]: d for d in run.scores["documents"]}
    out = []
    for rec in run.records:
        doc = docs.get(rec["id"], {})
        anns = spans_of(rec.get("provenance") or {})
        out.append(
            {
                "id": rec["id"],
                "layout": rec.get("layout"),
                "source": rec.get("source", ""),
                "score": doc.get("score"),
                "n_miss": sum(1 for r in (doc.get("fields") or {}).values() if r["score"] < MISS_THRESHOLD),
                "n_spans": len(anns),
                "filled": ", ".join(f"{k}: {v.get('method')}" for k, v in (rec.get("provenance") or {}).items()),
                "error": rec.get("error"),
                "text": Markup(highlight(rec.get("text") or "", anns)),
            }
        )
    return out


def _manifest_meta(m: dict[str, Any]) -> dict[str, Any]:
    prompt, model, golden, code = (m.get(key) or {} for key in ("prompt", "model", "golden", "code"))
    return {
        "mode": m.get("mode"),
        "prompt": prompt.get("version"),
        "prompt_sha": str(prompt.get("sha256", ""))[:12],
        "model": model.get("identity") or model.get("model") or "—",
        "split": m.get("split"),
        "golden": f"{str(golden.get('commit', ''))[:12]} / {str(golden.get('sha256', ''))[:12]}",
        "code": f"{code.get('package')} {str(code.get('commit', ''))[:12]}{' (dirty)' if code.get('dirty') else ''}",
        "created": m.get("created"),
        "summary_scorer": m.get("summary_scorer"),
    }


def render_html(run: RunResult) -> str:
    """The self-contained ``report.html`` of one run (template ``run.html.j2``).

    Raises:
        MissingDependencyError: jinja2 is not installed.
    """
    scores = run.scores
    return _templates().get_template("run.html.j2").render(
        title=f"Evaluation {run.run_id}",
        meta=_manifest_meta(run.manifest),
        scores=scores,
        note=scores.get("settings", {}).get("summary_scorer_note"),
        field_names=FIELD_NAMES,
        colors=FIELD_COLORS,
        misses=misses(run),
        documents=_documents(run),
    )


def render_comparison_html(comparison: dict[str, Any]) -> str:
    """The self-contained side-by-side page of a comparison (:func:`~extractor.evaluation.compare.compare_runs`; template ``comparison.html.j2``).

    Raises:
        MissingDependencyError: jinja2 is not installed.
    """
    a, b = comparison["runs"]["a"], comparison["runs"]["b"]
    return _templates().get_template("comparison.html.j2").render(
        title=f"Comparison {a['run_id']} → {b['run_id']}",
        a=a,
        b=b,
        documents=comparison["documents"],
        settings=comparison["settings"],
        warnings=comparison.get("warnings", []),
        rows=[*comparison["fields"].items(), ("overall", comparison["overall"])],
        cost=comparison["cost"],
        changed=comparison["changed"],
    )


# ---------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------
def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_reports(run: RunResult) -> tuple[Path, Path]:
    """Write ``report.json`` and ``report.html`` into the run directory; returns both paths."""
    json_path = _write(run.run_dir / "report.json", json.dumps(build_report(run), indent=2, ensure_ascii=False) + "\n")
    html_path = _write(run.run_dir / "report.html", render_html(run))
    return json_path, html_path


def write_comparison(comparison: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    """Write ``comparison-<A id>.json`` and ``.html`` into ``out_dir`` (usually run B's directory)."""
    stem = f"comparison-{comparison['runs']['a']['run_id']}"
    json_path = _write(out_dir / f"{stem}.json", json.dumps(comparison, indent=2, ensure_ascii=False) + "\n")
    html_path = _write(out_dir / f"{stem}.html", render_comparison_html(comparison))
    return json_path, html_path
