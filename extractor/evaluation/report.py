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

The HTML has inline CSS and JavaScript only: no external resources, it opens offline.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any, Iterable, Optional

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
# HTML pieces
# ---------------------------------------------------------------------------------------------
def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


FIELD_COLORS = {name: f"hsl({round(i * 360 / len(FIELD_NAMES))}, 85%, 80%)" for i, name in enumerate(FIELD_NAMES)}

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2329;background:#f6f7f9}
header{background:#1d2733;color:#fff;padding:14px 24px}header h1{margin:0 0 4px;font-size:20px}
header .meta{font-size:12px;opacity:.85}main{padding:12px 24px 40px;max-width:1400px}
section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 16px;margin:14px 0}
h2{font-size:16px;margin:4px 0 10px}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #eceef1;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f5;font-weight:600;position:sticky;top:0}td.num{text-align:right;font-variant-numeric:tabular-nums}
.bar{position:relative;width:220px;height:14px;background:#eef0f3;border-radius:3px}
.bar .ci{position:absolute;top:3px;height:8px;background:#7aa7e0;border-radius:2px}
.bar .pt{position:absolute;top:0;width:2px;height:14px;background:#123d73}
.bar .zero{position:absolute;top:0;width:1px;height:14px;background:#888}
.bar.delta .ci.up{background:#6cc07a}.bar.delta .ci.down{background:#e4827a}.bar.delta .ci.flat{background:#bbb}
.sig-up{color:#17803d;font-weight:600}.sig-down{color:#b3261e;font-weight:600}
pre.doc{white-space:pre-wrap;word-wrap:break-word;font:12.5px/1.5 ui-monospace,Menlo,Consolas,monospace;background:#fbfbfc;border:1px solid #eceef1;padding:10px;max-height:640px;overflow:auto}
mark.hl{border-radius:2px;padding:0 1px;cursor:help}mark.hl.multi{outline:1px dashed #555}
body.hide-marks mark.hl{background:none!important;outline:none}
.legend label{display:inline-block;margin:2px 8px 2px 0;font-size:12px;cursor:pointer}
.legend .sw{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:3px;vertical-align:-1px}
details{margin:6px 0}summary{cursor:pointer;font-weight:600}
.miss td{font-size:12.5px}.val{white-space:pre-wrap;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.err{color:#b3261e}.muted{color:#6b7580;font-size:12px}.null{color:#99a;font-style:italic}
.halluc{background:#fde8e6}.kpi{display:inline-block;margin-right:24px}.kpi b{font-size:18px}
"""

JS = """
function toggleField(cb){
  var f=cb.getAttribute('data-field');
  document.querySelectorAll('mark.hl').forEach(function(m){
    var fs=(m.getAttribute('data-fields')||'').split(' ');
    if(fs.indexOf(f)>=0){
      var on=fs.some(function(x){var c=document.querySelector('input.fieldtoggle[data-field="'+x+'"]');return c&&c.checked;});
      m.classList.toggle('off',!on); m.style.background=on?m.getAttribute('data-color'):'none';
    }
  });
}
function allMarks(on){document.body.classList.toggle('hide-marks',!on);}
function expandAll(sel,on){document.querySelectorAll(sel).forEach(function(d){d.open=on;});}
function missesOnly(on){document.querySelectorAll('details.docview').forEach(function(d){
  d.style.display=(on&&d.getAttribute('data-misses')==='0')?'none':'';});}
"""


def _format_value(value: Any) -> str:
    """A record value as HTML: null, a list (one item per line), salary/location objects, scalars."""
    if value is None or value == [] or value == "":
        return '<span class="null">null</span>'
    if isinstance(value, list):
        return "<ol>" + "".join(f"<li>{_format_value(v)}</li>" for v in value) + "</ol>"
    if isinstance(value, dict):
        return _e(", ".join(f"{k}={v}" for k, v in value.items() if v is not None))
    return _e(value)


def _ci_bar(score: Optional[float], ci: Optional[list[float]], label: str) -> str:
    if score is None:
        return ""
    lo, hi = (ci or [score, score])
    return (
        f'<div class="bar" data-field="{_e(label)}" data-score="{score}" data-ci-low="{lo}" data-ci-high="{hi}" '
        f'title="{_e(label)}: {score:.3f} (95% CI {lo:.3f}–{hi:.3f})">'
        f'<div class="ci" style="left:{100 * lo:.2f}%;width:{max(0.4, 100 * (hi - lo)):.2f}%"></div>'
        f'<div class="pt" style="left:calc({100 * score:.2f}% - 1px)"></div></div>'
    )


def _delta_bar(delta: Optional[float], ci: Optional[list[float]], label: str) -> str:
    if delta is None:
        return ""
    lo, hi = (ci or [delta, delta])

    def x(v: float) -> float:  # -1..1 → 0..100 %
        return 50 + 50 * max(-1.0, min(1.0, v))

    direction = "up" if lo > 0 else "down" if hi < 0 else "flat"
    return (
        f'<div class="bar delta" data-field="{_e(label)}" data-delta="{delta}" data-ci-low="{lo}" data-ci-high="{hi}" '
        f'title="{_e(label)}: Δ {delta:+.3f} (95% CI {lo:+.3f} to {hi:+.3f})">'
        f'<div class="zero" style="left:50%"></div>'
        f'<div class="ci {direction}" style="left:{x(lo):.2f}%;width:{max(0.4, x(hi) - x(lo)):.2f}%"></div>'
        f'<div class="pt" style="left:calc({x(delta):.2f}% - 1px)"></div></div>'
    )


def _page(title: str, header_meta: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{_e(title)}</title>"
        f"<style>{CSS}</style></head><body><header><h1>{_e(title)}</h1><div class=\"meta\">{header_meta}</div></header>"
        f"<main>{body}</main><script>{JS}</script></body></html>\n"
    )


def _manifest_meta(m: dict[str, Any]) -> str:
    prompt = m.get("prompt") or {}
    model = m.get("model") or {}
    golden = m.get("golden") or {}
    code = m.get("code") or {}
    bits = [
        f"mode <b>{_e(m.get('mode'))}</b>",
        f"prompt <b>{_e(prompt.get('version'))}</b> ({_e(str(prompt.get('sha256', ''))[:12])})",
        f"model {_e(model.get('identity') or model.get('model') or '—')}",
        f"split {_e(m.get('split'))}",
        f"golden {_e(str(golden.get('commit', ''))[:12])} / {_e(str(golden.get('sha256', ''))[:12])}",
        f"code {_e(code.get('package'))} {_e(str(code.get('commit', ''))[:12])}{' (dirty)' if code.get('dirty') else ''}",
        f"{_e(m.get('created'))}",
        f"summary scorer {_e(m.get('summary_scorer'))}",
    ]
    return " · ".join(bits)


def _fields_section(scores: dict[str, Any]) -> str:
    rows = []
    for name in FIELD_NAMES:
        f = scores["fields"][name]
        ci = f.get("ci")
        rows.append(
            f'<tr class="field-row" data-field="{name}"><td><span class="sw" style="display:inline-block;width:10px;height:10px;background:{FIELD_COLORS[name]}"></span> {name}</td>'
            f'<td>{_e(f["metric"])}</td><td class="num score">{_num(f["score"])}</td>'
            f'<td class="num">{"[" + _num(ci[0]) + ", " + _num(ci[1]) + "]" if ci else "—"}</td><td>{_ci_bar(f["score"], ci, name)}</td>'
            f'<td class="num">{_pct(f.get("hallucination_rate"))}</td><td class="num">{_num(f.get("precision"))}</td>'
            f'<td class="num">{_num(f.get("recall"))}</td><td class="num">{f.get("n_gold", 0)}/{f["n"]}</td>'
            f'<td class="num muted">{f["null"]["tp"]}/{f["null"]["fp"]}/{f["null"]["fn"]}/{f["null"]["tn"]}</td></tr>'
        )
    for name, sub in scores.get("subfields", {}).items():
        ci = sub.get("ci")
        rows.append(
            f'<tr class="subfield-row" data-field="{name}"><td>&nbsp;&nbsp;↳ {name}</td><td>accuracy</td><td class="num score">{_num(sub["score"])}</td>'
            f'<td class="num">{"[" + _num(ci[0]) + ", " + _num(ci[1]) + "]" if ci else "—"}</td><td>{_ci_bar(sub["score"], ci, name)}</td>'
            f'<td></td><td></td><td></td><td class="num">{sub["n"]}</td><td></td></tr>'
        )
    o = scores["overall"]
    ci = o.get("ci")
    rows.append(
        f'<tr class="overall-row" data-field="overall"><td><b>overall (macro)</b></td><td></td><td class="num score"><b>{_num(o["score"])}</b></td>'
        f'<td class="num">{"[" + _num(ci[0]) + ", " + _num(ci[1]) + "]" if ci else "—"}</td><td>{_ci_bar(o["score"], ci, "overall")}</td>'
        f'<td class="num">{_pct(o.get("hallucination_rate"))}</td><td></td><td></td><td class="num">{scores["n_documents"]}</td><td></td></tr>'
    )
    return (
        '<section id="fields"><h2>Per-field scores (95% bootstrap intervals over documents)</h2>'
        '<table id="field-table"><thead><tr><th>field</th><th>metric</th><th>score</th><th>95% CI</th><th>interval</th>'
        '<th>hallucination</th><th>P</th><th>R</th><th>gold/n</th><th title="gold-null vs predicted-null: both filled / hallucinated / missed / both null">null tp/fp/fn/tn</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table></section>"
    )


def _cost_section(scores: dict[str, Any]) -> str:
    cost = scores.get("cost") or {}
    if not cost:
        return ""
    kpis = [
        ("documents", cost.get("documents")),
        ("failed", cost.get("errors")),
        ("LLM calls", cost.get("llm_calls")),
        ("cache hits", cost.get("cache_hits")),
        ("prompt tokens", cost.get("prompt_tokens")),
        ("completion tokens", cost.get("completion_tokens")),
        ("seconds", cost.get("seconds")),
        ("s/doc", cost.get("mean_seconds")),
    ]
    doc_rows = "".join(
        f'<tr><td>{_e(d["id"])}</td>' + "".join(f'<td class="num">{_e((d.get("cost") or {}).get(k, ""))}</td>' for k in ("llm_calls", "cache_hits", "prompt_tokens", "completion_tokens", "seconds")) + "</tr>"
        for d in scores["documents"]
    )
    return (
        '<section id="cost"><h2>Cost</h2>'
        + "".join(f'<span class="kpi">{_e(k)}: <b>{_e(v)}</b></span>' for k, v in kpis)
        + '<details><summary>per document</summary><table><thead><tr><th>document</th><th>LLM calls</th><th>cache hits</th><th>prompt tokens</th><th>completion tokens</th><th>seconds</th></tr></thead><tbody>'
        + doc_rows
        + "</tbody></table></details></section>"
    )


def _layouts_section(scores: dict[str, Any]) -> str:
    layouts = scores.get("layouts") or {}
    if not layouts:
        return ""
    head = "".join(f"<th>{_e(n)}</th>" for n in FIELD_NAMES)
    rows = "".join(
        f'<tr><td>{_e(name)}</td><td class="num">{v["n"]}</td><td class="num"><b>{_num(v["score"])}</b></td>' + "".join(f'<td class="num">{_num(v["fields"][n], 2)}</td>' for n in FIELD_NAMES) + "</tr>"
        for name, v in layouts.items()
    )
    return f'<section id="layouts"><h2>By layout</h2><div style="overflow-x:auto"><table><thead><tr><th>layout</th><th>n</th><th>macro</th>{head}</tr></thead><tbody>{rows}</tbody></table></div></section>'


def _methods_section(scores: dict[str, Any]) -> str:
    methods = scores.get("methods") or {}
    if not methods:
        return ""
    rows = []
    for method, m in methods.items():
        for name, f in m["fields"].items():
            rows.append(
                f'<tr data-method="{_e(method)}"><td>{_e(method)}</td><td>{_e(m["kind"])}</td><td>{_e(name)}</td><td class="num">{f["n"]}</td>'
                f'<td class="num">{f["tp"]}</td><td class="num">{f["fp"]}</td><td class="num"><b>{_num(f["precision"])}</b></td>'
                f'<td class="num">{_num(f["mean_score"])}</td><td class="num">{f["hallucinated"]}</td></tr>'
            )
    return (
        '<section id="methods"><h2>By method (which rule or the LLM filled the field)</h2>'
        '<p class="muted">precision = correct values (items for list fields) among those the method produced; hallucinated = documents where it filled a field the gold leaves empty.</p>'
        '<table><thead><tr><th>method</th><th>kind</th><th>field</th><th>docs</th><th>tp</th><th>fp</th><th>precision</th><th>mean score</th><th>hallucinated</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table></section>"
    )


def _misses_section(run: RunResult) -> str:
    items = misses(run)
    if not items:
        return '<section id="misses"><h2>Misses</h2><p>No misses: every field of every document matches the gold.</p></section>'
    blocks = []
    for doc in items:
        rows = "".join(
            f'<tr class="miss{" halluc" if f["hallucinated"] else ""}" data-doc="{_e(doc["id"])}" data-field="{f["field"]}"><td>{f["field"]}</td><td class="num">{_num(f["score"], 2)}</td>'
            f'<td class="val">{_format_value(f["gold"])}</td><td class="val">{_format_value(f["predicted"])}</td><td>{_e(f["method"] or "")}</td></tr>'
            for f in doc["fields"]
        )
        error = f'<p class="err">error: {_e(doc["error"])}</p>' if doc.get("error") else ""
        blocks.append(
            f'<details class="missdoc" data-doc="{_e(doc["id"])}"><summary>{_e(doc["id"])} <span class="muted">({_e(doc["layout"])}, score {_num(doc["score"], 2)}, {len(doc["fields"])} miss(es))</span></summary>{error}'
            f'<table><thead><tr><th>field</th><th>score</th><th>gold</th><th>predicted</th><th>method</th></tr></thead><tbody>{rows}</tbody></table></details>'
        )
    buttons = '<p><button type="button" onclick="expandAll(\'details.missdoc\',true)">expand all</button> <button type="button" onclick="expandAll(\'details.missdoc\',false)">collapse all</button></p>'
    return f'<section id="misses"><h2>Misses, document by document ({len(items)} documents)</h2>{buttons}{"".join(blocks)}</section>'


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


def _documents_section(run: RunResult) -> str:
    legend = "".join(
        f'<label><input type="checkbox" class="fieldtoggle" data-field="{n}" checked onchange="toggleField(this)"><span class="sw" style="background:{FIELD_COLORS[n]}"></span>{n}</label>'
        for n in FIELD_NAMES
    )
    docs = {d["id"]: d for d in run.scores["documents"]}
    blocks = []
    for rec in run.records:
        doc = docs.get(rec["id"], {})
        n_miss = sum(1 for r in (doc.get("fields") or {}).values() if r["score"] < MISS_THRESHOLD)
        anns = spans_of(rec.get("provenance") or {})
        filled = ", ".join(f"{k}: {v.get('method')}" for k, v in (rec.get("provenance") or {}).items())
        error = f'<p class="err">error: {_e(rec["error"])}</p>' if rec.get("error") else ""
        blocks.append(
            f'<details class="docview" data-doc="{_e(rec["id"])}" data-misses="{n_miss}"><summary>{_e(rec["id"])} '
            f'<span class="muted">({_e(rec.get("layout"))}, {_e(rec.get("source", ""))}, score {_num(doc.get("score"), 2)}, {n_miss} miss(es), {len(anns)} highlighted span(s))</span></summary>'
            f'{error}<p class="muted">filled by: {_e(filled) or "—"}</p><pre class="doc">{highlight(rec.get("text") or "", anns)}</pre></details>'
        )
    return (
        '<section id="documents"><h2>Documents with evidence highlighted</h2>'
        '<p class="muted">Each highlighted span is the evidence of an extracted value; hover for field, method and confidence. '
        'Spans index the raw input, so HTML postings are shown as their source.</p>'
        f'<div class="legend">{legend}<br><label><input type="checkbox" checked onchange="allMarks(this.checked)"> highlights</label>'
        '<label><input type="checkbox" onchange="missesOnly(this.checked)"> only documents with misses</label>'
        '<button type="button" onclick="expandAll(\'details.docview\',true)">expand all</button> '
        '<button type="button" onclick="expandAll(\'details.docview\',false)">collapse all</button></div>'
        + "".join(blocks)
        + "</section>"
    )


def render_html(run: RunResult) -> str:
    """The self-contained ``report.html`` of one run."""
    scores = run.scores
    note = scores.get("settings", {}).get("summary_scorer_note")
    errors = scores.get("overall", {}).get("errors", 0)
    intro = (
        f'<section id="overview"><span class="kpi">overall (macro) <b>{_num(scores["overall"]["score"])}</b></span>'
        f'<span class="kpi">hallucination rate <b>{_pct(scores["overall"].get("hallucination_rate"))}</b></span>'
        f'<span class="kpi">documents <b>{scores["n_documents"]}</b></span><span class="kpi">failed <b>{errors}</b></span>'
        + (f'<p class="muted">{_e(note)}</p>' if note else "")
        + "</section>"
    )
    body = intro + _fields_section(scores) + _cost_section(scores) + _layouts_section(scores) + _methods_section(scores) + _misses_section(run) + _documents_section(run)
    return _page(f"Evaluation {run.run_id}", _manifest_meta(run.manifest), body)


def render_comparison_html(comparison: dict[str, Any]) -> str:
    """The self-contained side-by-side page of a comparison (:func:`~extractor.evaluation.compare.compare_runs`)."""
    a, b = comparison["runs"]["a"], comparison["runs"]["b"]
    rows = []
    for name, f in [*comparison["fields"].items(), ("overall", comparison["overall"])]:
        delta = f.get("delta")
        cls = "" if not f.get("significant") else ("sig-up" if (delta or 0) > 0 else "sig-down")
        ci = f.get("delta_ci")
        rows.append(
            f'<tr class="cmp-row" data-field="{name}"><td>{"<b>overall (macro)</b>" if name == "overall" else name}</td><td class="num">{_num(f.get("a"))}</td><td class="num">{_num(f.get("b"))}</td>'
            f'<td class="num {cls}">{"—" if delta is None else format(delta, "+.3f")}</td>'
            f'<td class="num">{"—" if not ci else f"[{ci[0]:+.3f}, {ci[1]:+.3f}]"}</td><td>{_delta_bar(delta, ci, name)}</td>'
            f'<td class="num {cls}">{_num(f.get("p_value"), 4)}</td></tr>'
        )
    cost_rows = "".join(
        f'<tr data-cost="{k}"><td>{_e(k)}</td><td class="num">{_e(v["a"])}</td><td class="num">{_e(v["b"])}</td><td class="num">{v["delta"]:+g}</td></tr>'
        for k, v in comparison["cost"].items()
    )
    changed_rows = "".join(
        f'<tr class="changed" data-doc="{_e(c["id"])}" data-field="{c["field"]}"><td>{_e(c["id"])}</td><td>{c["field"]}</td>'
        f'<td class="val">{_format_value(c["gold"])}</td><td class="val">{_format_value(c["old"])}<div class="muted">{_num(c["old_score"], 2)} · {_e(c["old_method"] or "")}</div></td>'
        f'<td class="val">{_format_value(c["new"])}<div class="muted">{_num(c["new_score"], 2)} · {_e(c["new_method"] or "")}</div></td>'
        f'<td class="num {"sig-up" if c["new_score"] > c["old_score"] else "sig-down" if c["new_score"] < c["old_score"] else ""}">{c["new_score"] - c["old_score"]:+.2f}</td></tr>'
        for c in comparison["changed"]
    )
    warnings = "".join(f'<p class="err">warning: {_e(w)}</p>' for w in comparison.get("warnings", []))
    docs = comparison["documents"]
    body = (
        '<section id="runs"><table><thead><tr><th></th><th>run</th><th>mode</th><th>prompt</th><th>model</th><th>summary scorer</th></tr></thead><tbody>'
        + "".join(
            f'<tr><td><b>{k.upper()}</b></td><td>{_e(r["run_id"])}</td><td>{_e(r["mode"])}</td><td>{_e(r["prompt_version"])} <span class="muted">{_e(str(r.get("prompt_sha256") or "")[:12])}</span></td><td>{_e(r["model"] or "—")}</td><td>{_e(r["summary_scorer"])}</td></tr>'
            for k, r in (("a", a), ("b", b))
        )
        + f'</tbody></table><p class="muted">{docs["paired"]} paired documents; only in A: {len(docs["only_in_a"])}, only in B: {len(docs["only_in_b"])}. '
        f'Δ = B − A; intervals: paired bootstrap ({comparison["settings"]["resamples"]} resamples); p: {_e(comparison["settings"]["test"])}.</p>{warnings}</section>'
        '<section id="compare-fields"><h2>Per-field scores, A vs B</h2><table id="compare-table"><thead><tr><th>field</th><th>A</th><th>B</th><th>Δ</th><th>95% CI of Δ</th><th>interval (−1…+1)</th><th>p</th></tr></thead><tbody>'
        + "".join(rows)
        + '</tbody></table></section><section id="compare-cost"><h2>Cost (paired documents)</h2><table><thead><tr><th>measure</th><th>A</th><th>B</th><th>Δ</th></tr></thead><tbody>'
        + cost_rows
        + f'</tbody></table></section><section id="changed"><h2>Changed values ({len(comparison["changed"])})</h2>'
        + (
            '<table><thead><tr><th>document</th><th>field</th><th>gold</th><th>A (old)</th><th>B (new)</th><th>Δ score</th></tr></thead><tbody>' + changed_rows + "</tbody></table>"
            if comparison["changed"]
            else "<p>No predicted value differs between the runs.</p>"
        )
        + "</section>"
    )
    return _page(f"Comparison {a['run_id']} → {b['run_id']}", f"A: {_e(a['run_id'])} · B: {_e(b['run_id'])}", body)


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
