"""Property-based tests (hypothesis) over normalisation, every rule and the rules-only pipeline.

Inputs are built from posting-like lines (pay ranges in any order and currency, real and
impossible dates, ids, locations, headings, bullets, noise), glued or separated in every way,
optionally wrapped in HTML with entities, and sprinkled with zero-width and bidi characters.
For every input: no rule raises; every span lies inside the text and slices the raw input
back to its evidence; a salary's min never exceeds its max; a date is a real date in range.
"""

from __future__ import annotations

import html
import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.normalize import normalize
from extractor.context import context_for
from extractor.pipeline import ExtractionError, Extractor
from extractor.rules import REGISTRY, Context
from extractor.rules.dates import MAX_YEAR, MIN_YEAR
from extractor.sections import segment

EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\u061c", "\ufeff", "\u00ad"]
MONTHS = ["Jan", "February", "Mar.", "April", "May", "June", "Sept", "October", "Dec"]

_amount = st.integers(min_value=0, max_value=2_000_000)
_pay = st.one_of(
    st.builds(
        lambda cur, a, b, sep, per: f"Salary: {cur}{a:,} {sep} {cur}{b:,} {per}",
        st.sampled_from(["$", "£", "€", "USD ", "₹", "CA$", ""]),
        _amount,
        _amount,
        st.sampled_from(["-", "to", "–", "and", "~"]),
        st.sampled_from(["per year", "per hour", "/hr", "a month", "annually", "", "per annum", "p.a."]),
    ),
    st.builds(lambda a, b: f"Pay: ${a}k-${b}k", st.integers(0, 400), st.integers(0, 400)),
    st.builds(lambda a, b: f"CTC: {a} - {b} LPA", st.integers(0, 90), st.integers(0, 90)),
    st.builds(lambda a: f"up to £{a:,} per year", _amount),
    st.builds(lambda a, b: f"€{a}.000 - {b}.000 brutto", st.integers(0, 200), st.integers(0, 200)),
    st.builds(lambda a, b: f"${a}.{b:02d}/hr", st.integers(0, 200), st.integers(0, 99)),
)
_date = st.one_of(
    st.builds(lambda y, m, d: f"Posted: {y}-{m:02d}-{d:02d}", st.integers(1900, 2200), st.integers(0, 13), st.integers(0, 32)),
    st.builds(lambda d, m, y: f"Posted on {d} {m} {y}", st.integers(0, 32), st.sampled_from(MONTHS), st.integers(1980, 2110)),
    st.builds(lambda m, d, y: f"Date posted: {m}/{d}/{y}", st.integers(0, 13), st.integers(0, 32), st.integers(0, 99)),
    st.builds(lambda m, d, y: f"{m} {d}, {y}", st.sampled_from(MONTHS), st.integers(0, 40), st.integers(1985, 2105)),
)
_fixed = st.sampled_from(
    [
        "Senior Nurse",
        "Data Analyst (m/w/d)",
        "Software Engineer II - Payments",
        "Acme Corp",
        "Job ID: R-12345",
        "Req #00981",
        "Location: Leeds, United Kingdom",
        "Remote (US)",
        "Hybrid - Berlin, Germany",
        "Full-time",
        "Part time, 20 hours per week",
        "40 hrs/week",
        "Contract",
        "3+ years of experience with SQL",
        "5-3 years of experience",
        "Bachelor's degree in Computer Science or equivalent",
        "PhD preferred",
        "Responsibilities",
        "Requirements:",
        "What you'll do",
        "Benefits",
        "About the role",
        "- Build weekly dashboards",
        "• Work with Python and Tableau",
        "* Health insurance and 401(k)",
        "Apply now",
        "Sign In",
    ]
)
_noise = st.text(alphabet=st.sampled_from(list("0123456789$£€,.-–/:()+#%& \tkKaAzZ\n") + INVISIBLE), max_size=40)
_line = st.one_of(_pay, _date, _fixed, _fixed, _noise)


@st.composite
def postings(draw) -> str:
    lines = draw(st.lists(_line, min_size=1, max_size=14))
    joiners = draw(st.lists(st.sampled_from(["\n", "\n\n", "\r\n", " ", "", "\n- "]), min_size=len(lines), max_size=len(lines)))
    text = "".join(line + joiner for line, joiner in zip(lines, joiners))
    if draw(st.booleans()):  # sprinkle invisible characters
        for _ in range(draw(st.integers(0, 8))):
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from(INVISIBLE)) + text[at:]
    if draw(st.integers(0, 3)) == 3:  # as HTML (one in four), with entities and a script
        body = "".join(f"<{tag}>{html.escape(line)}</{tag}>" for line, tag in zip(text.split("\n"), draw(st.lists(st.sampled_from(["p", "li", "div", "h2"]), min_size=1, max_size=1)) * 99))
        text = f"<html><head><title>Job</title><script>var x = '$9,999,999 per year';</script></head><body>{body.replace('$', '&#36;')}</body></html>"
    return text


_ALNUM = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^<>]*>")


def _alnum(text: str) -> str:
    return "".join(_ALNUM.findall(text)).casefold()


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def _check_span(ctx: Context, raw: str, start: int, end: int, what: str) -> None:
    assert 0 <= start < end <= len(ctx.text), f"{what}: span ({start}, {end}) outside a text of {len(ctx.text)}"
    src_start, src_end = ctx.doc.source_span(start, end)
    assert 0 <= src_start <= src_end <= len(raw), f"{what}: raw span ({src_start}, {src_end})"
    evidence = _alnum(ctx.text[start:end])
    raw_evidence = _alnum(html.unescape(_TAG.sub(" ", raw[src_start:src_end])))
    assert _is_subsequence(evidence, raw_evidence), f"{what}: {ctx.text[start:end]!r} is not what {raw[src_start:src_end]!r} says"
    if evidence and src_end > src_start and "&" not in raw and "<" not in raw:
        # tight: the raw evidence starts and ends with the clean evidence's first and last letters
        assert raw_evidence[0] == evidence[0] and raw_evidence[-1] == evidence[-1], f"{what}: {raw[src_start:src_end]!r} vs {ctx.text[start:end]!r}"


def _check_value(field: str, value, what: str) -> None:
    if field == "salary":
        low, high = value.get("min"), value.get("max")
        assert low is not None or high is not None, what
        assert low is None or high is None or low <= high, f"{what}: salary min {low} > max {high}"
        assert all(v is None or v > 0 for v in (low, high)), f"{what}: {value}"
    if field == "date_posted":
        assert isinstance(value, date) and MIN_YEAR <= value.year <= MAX_YEAR, f"{what}: {value!r}"


@EXAMPLES
@given(postings())
def test_rules_never_raise_and_spans_slice_the_raw_input(raw):
    doc = normalize(raw)
    ctx = Context(doc=doc, sections=segment(doc))
    for field, rules in REGISTRY.items():
        for registered in rules:
            for cand in registered.fn(ctx):  # a rule that raises fails the test
                what = f"{registered.name} on {raw!r}"
                assert cand.field == field and 0.0 <= cand.confidence <= 1.0, what
                for start, end in cand.spans:
                    _check_span(ctx, raw, start, end, what)
                for item in cand.item_spans or ():
                    for start, end in item:
                        _check_span(ctx, raw, start, end, what)
                if cand.item_spans is not None:
                    assert len(cand.item_spans) == len(cand.value), what
                _check_value(field, cand.value, what)
                evidence = " ".join(ctx.text[start:end] for start, end in cand.spans)
                if field == "date_posted":  # the span holds the date it stands for
                    assert f"{cand.value.year % 100:02d}" in evidence, f"{what}: {cand.value} from {evidence!r}"
                if field == "salary":
                    assert any(ch.isdigit() for ch in evidence), f"{what}: {cand.value} from {evidence!r}"


@EXAMPLES
@given(postings())
def test_offset_map_points_every_character_at_its_source(raw):
    doc = normalize(raw)
    assert len(doc.starts) == len(doc.ends) == len(doc.text)
    previous = 0
    for i, ch in enumerate(doc.text):
        start, end = doc.starts[i], doc.ends[i]
        assert previous <= start <= end <= len(raw), (i, ch, start, end)
        previous = start
        if ch.isspace() or end == start:
            continue  # spaces stand for any run of blanks; synthetic breaks and bullets have no width
        assert ch in html.unescape(raw[start:end]), f"{ch!r} at {i} comes from {raw[start:end]!r}"
    assert not any(c in doc.text for c in INVISIBLE), "invisible characters left in the clean text"


@EXAMPLES
@given(postings())
def test_pipeline_records_are_valid_and_their_spans_lie_in_the_input(raw):
    try:
        posting = Extractor(use_llm=False).extract(raw)
    except ExtractionError as exc:  # only for input with no text once markup and invisibles are gone
        assert "empty input" in str(exc) and not context_for(raw).text.strip()
        return
    if posting.salary is not None:
        _check_value("salary", posting.salary.model_dump(), raw)
    if posting.date_posted is not None:
        _check_value("date_posted", posting.date_posted, raw)
    for field, prov in posting.provenance.items():
        for span in prov.spans:
            assert 0 <= span.start < span.end <= len(raw), (field, span)
            assert raw[span.start : span.end].strip(), (field, span)
    assert not any("rejected by the schema" in w for w in posting.warnings), posting.warnings
