"""Reports: terminal table, JSON structure, HTML marks and field table, run comparison; the HTML in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extractor.evaluation.compare import compare_runs
from extractor.evaluation.report import (
    build_report,
    format_comparison,
    format_table,
    highlight,
    misses,
    render_comparison_html,
    render_html,
    spans_of,
    write_comparison,
    write_reports,
)
from extractor.schema import FIELD_NAMES

from eval_helpers import PROV_A, TEXT_A, TEXT_B, synthetic_run

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


class MarkCollector(HTMLParser):
    """Collects every <mark>'s attributes and text, and checks tags are balanced."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict] = []
        self._open: list[dict] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "br", "input"):
            self.stack.append(tag)
        if tag == "mark":
            item = dict(attrs, text="")
            self.marks.append(item)
            self._open.append(item)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> (open: {self.stack[-3:]})"
        self.stack.pop()
        if tag == "mark":
            self._open.pop()

    def handle_data(self, data):
        for item in self._open:
            item["text"] += data


def marks_of(html_text: str) -> list[dict]:
    parser = MarkCollector()
    parser.feed(html_text)
    parser.close()
    return parser.marks


# --------------------------------------------------------------------------- highlighting
def test_spans_of_uses_item_spans_for_lists_and_field_spans_otherwise():
    anns = spans_of(PROV_A)
    skills = [a for a in anns if a["field"] == "skills"]
    assert [TEXT_A[a["start"] : a["end"]] for a in skills] == ["Python", "SQL"]  # items only, no field-level duplicates
    assert {a["value"] for a in skills} == {"Python", "SQL"}
    title = [a for a in anns if a["field"] == "title"]
    assert TEXT_A[title[0]["start"] : title[0]["end"]] == "Senior Data Engineer" and title[0]["method"] == "title.first_line"


def test_highlight_escapes_text_and_splits_overlaps():
    text = "a <b> & c d"
    anns = [
        {"start": 0, "end": 5, "field": "title", "method": "title.rule", "confidence": 0.9},
        {"start": 2, "end": 9, "field": "summary", "method": "llm", "confidence": 0.7},
    ]
    out = highlight(text, anns)
    assert "<b>" not in out and "&lt;b&gt;" in out and "&amp;" in out
    marks = marks_of(f"<div>{out}</div>")
    assert [(m["data-fields"], m["text"]) for m in marks] == [("title", "a "), ("title summary", "<b>"), ("summary", " & c")]
    both = marks[1]
    assert "multi" in both["class"] and both["data-methods"] == "title.rule llm" and both["data-confidence"] == "0.90 0.70"
    assert "title · title.rule · confidence 0.90" in both["title"] and "summary · llm" in both["title"]
    # text is preserved exactly once
    assert re.sub(r"<[^>]+>", "", out).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text


def test_highlight_ignores_spans_outside_the_text():
    assert highlight("abc", [{"start": 2, "end": 10, "field": "title", "method": "x", "confidence": 1.0}]) == "abc"
    assert highlight("", []) == ""


# --------------------------------------------------------------------------- text and JSON reports
def test_format_table_lists_every_field_interval_and_cost(tmp_path):
    run = synthetic_run(tmp_path, "run-a")
    table = format_table(run.scores, run.manifest)
    for name in FIELD_NAMES:
        assert re.search(rf"^{name}\s", table, re.M), name
    assert "salary.min" in table and "OVERALL (macro)" in table and "95% CI" in table and "halluc." in table
    assert "2 LLM calls" in table and "200 prompt + 40 completion tokens" in table
    assert "run run-a" in table and "prompt=v1" in table


def test_build_report_structure_and_misses(tmp_path):
    run = synthetic_run(tmp_path, "run-a")
    report = build_report(run)
    assert set(report) >= {"run_id", "manifest", "overall", "fields", "subfields", "layouts", "methods", "cost", "documents", "misses"}
    assert set(report["fields"]) == set(FIELD_NAMES)
    for f in report["fields"].values():
        assert {"score", "ci", "hallucination_rate", "n", "null", "metric"} <= set(f)
    json.dumps(report, allow_nan=False)
    by_doc = {d["id"]: d for d in report["misses"]}
    assert "doc_a" not in by_doc  # doc_a is all right
    fields_b = {f["field"]: f for f in by_doc["doc_b"]["fields"]}
    assert set(fields_b) == {"title", "team", "employment_type"}
    assert fields_b["title"]["gold"] == "Barista" and fields_b["title"]["predicted"] == "Head Barista"
    assert fields_b["team"]["hallucinated"] is True and fields_b["team"]["method"] == "llm"
    assert report["methods"]["llm"]["fields"]["team"]["hallucinated"] == 1
    assert misses(run, threshold=0.0) == []


def test_render_html_has_field_table_interval_bars_marks_and_no_external_resources(tmp_path):
    run = synthetic_run(tmp_path, "run-a")
    page = render_html(run)
    for name in FIELD_NAMES:
        assert f'<tr class="field-row" data-field="{name}">' in page
        assert f'class="bar" data-field="{name}"' in page
    marks = marks_of(page)  # also checks the tags are balanced
    texts = {(m["data-field"], m["text"]) for m in marks}
    assert ("title", "Senior Data Engineer") in texts
    assert ("salary", "£50,000 - £60,000 per year") in texts
    assert ("company", "Acme <Analytics> & Co") in texts  # escaped in the source, intact when parsed
    assert any(m["data-fields"] == "skills summary" and m["text"] == "Python" for m in marks)
    salary = next(m for m in marks if m["data-field"] == "salary")
    assert salary["data-methods"] == "pay.range" and salary["data-confidence"] == "0.95" and "salary · pay.range" in salary["title"]
    assert 'data-doc="doc_b"' in page and "Head Barista" in page and "hallucination" in page
    assert "<script src" not in page and "<link" not in page and "@import" not in page and "url(" not in page


def test_write_reports_writes_both_files(tmp_path):
    run = synthetic_run(tmp_path, "run-a")
    json_path, html_path = write_reports(run)
    assert json_path == run.run_dir / "report.json" and html_path == run.run_dir / "report.html"
    assert json.loads(json_path.read_text())["run_id"] == "run-a"
    assert html_path.read_text().startswith("<!DOCTYPE html>")


# --------------------------------------------------------------------------- comparison
def test_compare_identical_runs(tmp_path):
    a = synthetic_run(tmp_path, "run-a")
    b = synthetic_run(tmp_path, "run-b")
    comp = compare_runs(a, b, n_resamples=200)
    assert comp["documents"]["paired"] == 2 and comp["changed"] == []
    for f in comp["fields"].values():
        assert f["delta"] == 0 and f["p_value"] == 1.0 and f["delta_ci"] == [0.0, 0.0] and not f["significant"]
    assert comp["cost"]["prompt_tokens"] == {"a": 200, "b": 200, "delta": 0}
    assert comp["warnings"] == []


def test_compare_changed_runs_lists_changes_and_cost_deltas(tmp_path):
    a = synthetic_run(tmp_path, "run-a", prompt_version="v1")
    b = synthetic_run(
        tmp_path,
        "run-b",
        prompt_version="v2",
        changes={"doc_b": {"title": "Barista", "team": None, "employment_type": "part_time"}, "doc_a": {"skills": ["Python"]}},
        cost={"prompt_tokens": 150, "seconds": 0.25},
    )
    comp = compare_runs(a, b, n_resamples=200)
    assert comp["fields"]["title"]["a"] == 0.5 and comp["fields"]["title"]["b"] == 1.0 and comp["fields"]["title"]["delta"] == 0.5
    assert comp["fields"]["skills"]["delta"] < 0
    assert comp["overall"]["delta"] > 0
    assert comp["cost"]["prompt_tokens"] == {"a": 200, "b": 300, "delta": 100}
    assert comp["cost"]["seconds"]["delta"] == pytest.approx(-0.5)
    changes = {(c["id"], c["field"]): c for c in comp["changed"]}
    assert set(changes) == {("doc_b", "title"), ("doc_b", "team"), ("doc_b", "employment_type"), ("doc_a", "skills")}
    assert changes[("doc_b", "title")]["old"] == "Head Barista" and changes[("doc_b", "title")]["new"] == "Barista"
    assert changes[("doc_b", "title")]["old_score"] == 0.0 and changes[("doc_b", "title")]["new_score"] == 1.0
    text = format_comparison(comp)
    assert "run-a" in text and "run-b" in text and "+0.500" in text and "4 field value(s) changed" in text
    page = render_comparison_html(comp)
    for name in FIELD_NAMES:
        assert f'<tr class="cmp-row" data-field="{name}">' in page
    assert 'class="changed" data-doc="doc_b" data-field="title"' in page and 'data-cost="prompt_tokens"' in page
    marks_of(page)  # balanced
    json_path, html_path = write_comparison(comp, b.run_dir)
    assert json_path.name == "comparison-run-a.json" and html_path.exists()


def test_compare_warns_about_different_documents_and_scorers(tmp_path):
    a = synthetic_run(tmp_path, "run-a")
    b = synthetic_run(tmp_path, "run-b")
    b.manifest["summary_scorer"] = "embedding:all-MiniLM-L6-v2"
    b.scores["documents"] = b.scores["documents"][:1]
    comp = compare_runs(a, b, n_resamples=50)
    assert comp["documents"] == {"paired": 1, "only_in_a": ["doc_b"], "only_in_b": []}
    assert any("summaries differently" in w for w in comp["warnings"])


# --------------------------------------------------------------------------- headless browser
def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    base = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run(base + args, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium) - the HTML report is not checked in a real browser")
def test_report_renders_in_headless_chromium(tmp_path):
    a = synthetic_run(tmp_path, "run-a")
    b = synthetic_run(tmp_path, "run-b", changes={"doc_b": {"title": "Barista"}})
    _, html_path = write_reports(a)
    url = html_path.resolve().as_uri()
    shot = tmp_path / "report.png"
    done = _chromium([f"--screenshot={shot}", "--window-size=1280,2000", url], tmp_path / "profile1")
    assert shot.is_file() and shot.stat().st_size > 10_000, done.stderr[-2000:]
    dom = _chromium(["--dump-dom", url], tmp_path / "profile2").stdout
    assert "Per-field scores" in dom and 'id="field-table"' in dom
    marks = marks_of(dom[dom.index("<body") :].replace("</html>", ""))
    assert {m["data-field"] for m in marks} >= {"title", "company", "salary", "skills", "summary"}
    assert any(m["text"] == "£50,000 - £60,000 per year" for m in marks)
    # the comparison page renders too
    comp = compare_runs(a, b, n_resamples=50)
    _, cmp_html = write_comparison(comp, b.run_dir)
    dom = _chromium(["--dump-dom", cmp_html.resolve().as_uri()], tmp_path / "profile3").stdout
    assert 'id="compare-table"' in dom and 'data-field="title"' in dom and "Head Barista" in dom


# --------------------------------------------------------------------------- escaping (Jinja2 autoescape)
SCRIPT = "<script>alert(1)</script>"


def test_posting_and_values_with_markup_are_escaped_in_both_pages(tmp_path):
    """Markup in a posting, in gold/predicted values, ids, methods and run ids is text in the page, never markup."""
    hostile = {"doc_b": {"title": SCRIPT, "team": '"><img src=x onerror=alert(2)>', "skills": [SCRIPT]}}
    a = synthetic_run(tmp_path, "run-a", save=False)
    b = synthetic_run(tmp_path, f"run-b{SCRIPT}", changes=hostile, save=False)
    for run in (a, b):
        run.records[1]["text"] = TEXT_B + SCRIPT  # after the evidence spans, which stay valid
        run.records[1]["source"] = f"{SCRIPT}.html"
        run.records[1]["provenance"]["title"]["method"] = SCRIPT
        run.scores["settings"]["summary_scorer_note"] = SCRIPT
    b.records[1]["error"] = SCRIPT
    pages = {"run": render_html(b), "comparison": render_comparison_html(compare_runs(a, b, n_resamples=20))}
    for kind, page in pages.items():
        assert SCRIPT not in page and "<img" not in page, kind
        assert page.count("<script>") == 1, kind  # only the page's own inline script
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, kind
        marks_of(page[page.index("<body") :].replace("</html>", ""))  # still balanced
    run_page = pages["run"]
    texts = re.findall(r'<pre class="doc">(.*?)</pre>', run_page, re.S)
    assert any(t.endswith("Part-time\n&lt;script&gt;alert(1)&lt;/script&gt;") for t in texts)  # the posting text in the documents section
    assert 'data-methods="&lt;script&gt;alert(1)&lt;/script&gt;"' in run_page  # attribute context
    assert "<title>Evaluation run-b&lt;script&gt;" in run_page


def test_templates_ship_as_package_data():
    """Every template file matches a package-data pattern in pyproject.toml, so a wheel carries it."""
    import fnmatch

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    root = Path(__file__).resolve().parents[1]
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["extractor.evaluation"]
    templates = sorted(p.name for p in (root / "extractor" / "evaluation" / "templates").iterdir())
    assert {"page.html.j2", "run.html.j2", "comparison.html.j2", "macros.html.j2"} <= set(templates)
    for name in templates:
        assert any(fnmatch.fnmatch(f"templates/{name}", pattern) for pattern in patterns), name


def test_missing_jinja2_is_a_clear_error(tmp_path, monkeypatch):
    import sys

    from extractor.evaluation import report
    from extractor.evaluation.metrics import MissingDependencyError

    run = synthetic_run(tmp_path, "run-a", save=False)
    report._templates.cache_clear()
    monkeypatch.setitem(sys.modules, "jinja2", None)
    try:
        with pytest.raises(MissingDependencyError, match=r"jinja2: pip install 'job-posting-extractor\[eval\]'"):
            render_html(run)
    finally:
        report._templates.cache_clear()
