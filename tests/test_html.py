"""HTML read the way browsers read it: omitted and stray tags must not lose the posting.

Each page below is the same posting written the way real pages are (unclosed ``<head>``,
unclosed ``<nav>``, stray end tags, no end tags at all, upper-case tags, unquoted
attributes, ``<noscript>`` shells…).  A browser shows all of them alike, so the rules-only
extractor must give the same title, pay and duties as for the well-formed page, and every
provenance span must still slice the raw page back to its evidence.
"""

from __future__ import annotations

import html
import re

import pytest

from extractor import extract
from extractor.normalize import normalize

WELL_FORMED = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Senior Data Engineer - Acme Analytics</title>
<link rel="stylesheet" href="/site.css">
<script>window.dataLayer = [];</script>
</head>
<body>
<nav class="top"><a href="/">Home</a> <a href="/jobs">All jobs</a> <a href="/about">About us</a></nav>
<main>
<h1>Senior Data Engineer</h1>
<p>Acme Analytics &middot; Denver, CO &middot; Full-time</p>
<h2>Compensation</h2>
<p>$120,000 - $150,000 per year</p>
<h2>Responsibilities</h2>
<ul>
<li>Design and build batch and streaming data pipelines</li>
<li>Own the data warehouse schema and its documentation</li>
<li>Mentor junior engineers through code review</li>
</ul>
<h2>Requirements</h2>
<ul><li>5+ years of experience with Python and SQL</li></ul>
</main>
<footer><p>&copy; 2025 Acme Analytics</p></footer>
</body>
</html>"""

# The body of the posting, for variants that only change the page around it.
MAIN = WELL_FORMED[WELL_FORMED.index("<h1>") : WELL_FORMED.index("</main>")]

VARIANTS = {
    # <head> never closed and no <body>: the first body tag ends the head
    "unclosed_head": WELL_FORMED.replace("</head>\n<body>\n", ""),
    # the site menu's <nav> is never closed: a browser renders the rest inside it
    "unclosed_nav": WELL_FORMED.replace("</nav>", ""),
    # <nav> left open inside a header <div>: the </div> closes it, the menu stays out
    "nav_closed_by_parent": WELL_FORMED.replace(
        '<nav class="top"><a href="/">Home</a> <a href="/jobs">All jobs</a> <a href="/about">About us</a></nav>',
        '<div class="header"><nav class="top"><a href="/">Home</a> <a href="/jobs">All jobs</a></div>',
    ),
    # end tags with nothing to close are ignored
    "stray_end_tags": WELL_FORMED.replace("<main>", "</div></span></nav></form><main></li></td>").replace(
        "</h1>", "</h1></div></noscript></select>"
    ),
    # every end tag left out but </title> (without it a browser reads the whole page as the
    # title) and </ul>, even </a>, </nav>, </main>, </body> and </html>
    "no_end_tags": """<!DOCTYPE html>
<html lang=en>
<head>
<meta charset=utf-8>
<title>Senior Data Engineer - Acme Analytics</title>
<body>
<nav class=top><a href=/>Home<a href=/jobs>All jobs<a href=/about>About us
<main>
<h1>Senior Data Engineer
<p>Acme Analytics &middot; Denver, CO &middot; Full-time
<h2>Compensation
<p>$120,000 - $150,000 per year
<h2>Responsibilities
<ul>
<li>Design and build batch and streaming data pipelines
<li>Own the data warehouse schema and its documentation
<li>Mentor junior engineers through code review
</ul>
<h2>Requirements
<ul><li>5+ years of experience with Python and SQL
""",
    # the end tags the standard lets authors omit (<p>, <li>, <td>, <tr>), in a table layout
    "omitted_p_li_td": """<html><head><title>Senior Data Engineer - Acme Analytics</title></head><body>
<table class=layout>
<tr><td class=side><a href=/>Home</a>
<td class=content>
<h1>Senior Data Engineer</h1>
<p>Acme Analytics &middot; Denver, CO &middot; Full-time
<h2>Compensation</h2>
<p>$120,000 - $150,000 per year
<h2>Responsibilities</h2>
<ul>
<li>Design and build batch and streaming data pipelines
<li>Own the data warehouse schema and its documentation
<li>Mentor junior engineers through code review
</ul>
<h2>Requirements</h2>
<ul><li>5+ years of experience with Python and SQL</ul>
<tr><td colspan=2>&copy; 2025 Acme Analytics
</table>
</body></html>""",
    # no </body></html>
    "no_closing_body": WELL_FORMED.replace("</body>\n</html>", ""),
    # an "enable JavaScript" notice in <noscript>: not shown
    "noscript_notice": WELL_FORMED.replace("<main>", "<noscript><p>Please enable JavaScript to use this site.</p></noscript>\n<main>"),
    # a script-rendered shell whose readable copy is in <noscript>: that copy is the page
    "noscript_shell": """<!DOCTYPE html><html><head><title>Senior Data Engineer - Acme Analytics</title>
<script src="/app.js"></script></head>
<body><div id="app"></div>
<noscript>""" + MAIN + """</noscript>
<script>render(document.getElementById("app"));</script>
</body></html>""",
    # upper-case tags and attributes without quotes
    "uppercase_unquoted": re.sub(r"</?[a-z][a-z0-9]*", lambda m: m.group().upper(), WELL_FORMED).replace('"', ""),
    # ASP.NET wraps the whole page in one <form>
    "page_wide_form": WELL_FORMED.replace("<body>", '<body><form id="aspnetForm" method="post" action="./job.aspx">').replace(
        "</body>", "</form></body>"
    ),
    # an inline <svg> icon left open before the heading: the heading ends the foreign content
    "unclosed_svg": WELL_FORMED.replace("<main>", '<main><svg viewBox="0 0 8 8"><title>logo</title><path d="M0 0h8v8H0z">'),
}


def _visible(raw_slice: str) -> str:
    """What a reader sees of a slice of raw HTML: tags removed, entities decoded, spaces collapsed."""
    text = html.unescape(re.sub(r"<[^>]*>", " ", raw_slice))
    return " ".join(text.split())


def _summary(raw: str) -> tuple:
    posting = extract(raw, use_llm=False)
    return posting, (posting.title, posting.salary, tuple(posting.responsibilities))


def _assert_spans_slice_to_evidence(raw: str, posting) -> None:
    """Every span lies in the raw page, and for the checked fields slices back to the value."""
    for name, prov in posting.provenance.items():
        spans = list(prov.spans) + [s for item in prov.items or () for s in item.spans]
        for span in spans:
            assert 0 <= span.start < span.end <= len(raw), (name, span)
            assert _visible(raw[span.start : span.end]), (name, raw[span.start : span.end])
    assert _visible(raw[slice(*_span(posting, "title"))]) == posting.title
    pay = _visible(raw[slice(*_span(posting, "salary"))])
    assert "120,000" in pay and "150,000" in pay, pay
    for item in posting.provenance["responsibilities"].items:
        assert item.spans, item
        assert _visible(raw[item.spans[0].start : item.spans[-1].end]) == item.value


def _span(posting, name: str) -> tuple[int, int]:
    spans = posting.provenance[name].spans
    return spans[0].start, spans[-1].end


def test_well_formed_reference():
    posting, (title, salary, duties) = _summary(WELL_FORMED)
    assert title == "Senior Data Engineer"
    assert (salary.min, salary.max, salary.currency, salary.period) == (120000.0, 150000.0, "USD", "year")
    assert duties == (
        "Design and build batch and streaming data pipelines",
        "Own the data warehouse schema and its documentation",
        "Mentor junior engineers through code review",
    )
    _assert_spans_slice_to_evidence(WELL_FORMED, posting)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_variant_reads_like_the_well_formed_page(name):
    raw = VARIANTS[name]
    assert raw != WELL_FORMED
    _, expected = _summary(WELL_FORMED)
    posting, got = _summary(raw)
    assert got == expected
    _assert_spans_slice_to_evidence(raw, posting)


@pytest.mark.parametrize(
    "name, gone",
    [
        ("well_formed", "All jobs"),  # a closed <nav>
        ("nav_closed_by_parent", "All jobs"),  # a <nav> closed by its parent's end tag, all links
        ("noscript_notice", "enable JavaScript"),
        ("unclosed_svg", "logo"),
        ("stray_end_tags", "</"),
    ],
)
def test_chrome_stays_out(name, gone):
    raw = WELL_FORMED if name == "well_formed" else VARIANTS[name]
    assert gone not in normalize(raw).text


# Tree-construction rules one at a time: (html, clean text).
RULES = [
    # implied end tags
    ("<p>one<p>two<div>three</div>", "one\n\ntwo\n\nthree"),
    ("<ul><li>a<li>b</ul><p>after", "- a\n- b\n\nafter"),
    ("<ul><li>a<ul><li>inner</ul><li>b</ul>", "- a\n\n- inner\n\n- b"),
    ("<div><dl><dt>Pay<dd>$20 an hour<dt>Hours<dd>40 a week</dl></div>", "Pay\n\n$20 an hour\n\nHours\n\n40 a week"),  # as with </dt></dd>
    ("<table><tr><td>Pay<td>$20<tr><td>Hours<td>40</table>", "Pay\n$20\n\nHours\n40"),  # two-cell rows, a short label first
    ("<table><tr><td>Grade<td>$20<td>$24<tr><td>Hours<td>40<td>45</table>", "Grade $20 $24\n\nHours 40 45"),  # three cells: data rows
    ("<table><tr><th>Pay<td>$20<tr><th>Hours</th><td>40<td>a week</table>", "Pay\n$20\n\nHours\n40 a week"),  # a label cell over its value, as a definition list
    ("<h1>Role<h2>Duties</h2><p>Text", "Role\n\nDuties\n\nText"),
    # <head> ends where body content begins
    ("<html><head><title>T</title><meta charset=utf-8><p>Body text", "T\n\nBody text"),
    ("<head><title>T</title>Hello <b>world</b>", "T\nHello world"),
    ("<head><style>p{}</style><noscript><img src=x></noscript><title>T</title></head><p>Body", "T\n\nBody"),
    # stray end tags are ignored; </p> alone is an empty paragraph; </br> is <br>
    ("<p>text</div></span>more</p>", "textmore"),
    ("<p>one</p></p>two", "one\n\ntwo"),
    ("<p>one</br>two</p>", "one\ntwo"),
    # an end tag closes what was opened inside it; an inline end tag does not close a block
    ("<div><nav><a href=/>Home</a> <a href=/jobs>Jobs</a></div><p>Content", "Content"),
    ("<b><nav><a href=/>Menu</a></b> <a href=/x>more</a></nav><p>After", "After"),
    ("<div><span>a</div>b</span>", "a\nb"),
    # unclosed chrome keeps what is not mostly links
    ("<nav><a href=/teams>Our teams</a><h1>Role</h1><p>The text of the posting", "Our teams\n\nRole\n\nThe text of the posting"),
    ("<p>Intro<nav><a href=/a>one</a> <a href=/b>two</a> <a href=/c>three</a>", "Intro"),
    ("<div><nav><nav><p>The posting text</div>", "The posting text"),  # an empty outer <nav> keeps it too
    # deep nesting: scope checks look up indices instead of walking the stack
    ("<div>" * 3000 + "<p>Deep text" + "</div>" * 10, "Deep text"),
    # forms: an application form is chrome; a page-wide form is the page
    ("<p>About the role and the team</p><form><label>First name</label><input><button>Send</button></form>", "About the role and the team"),
    ("<form id=page><h1>Role</h1><p>All of the posting text</p></form><p>Footer", "Role\n\nAll of the posting text\n\nFooter"),
    ("<p>Team</p><select name=loc><option>Denver<option>Remote</select><p>Pay", "Team\n\nPay"),
    # foreign content ends at an HTML block tag
    ("<svg><title>icon</title><circle r=1><h1>Role</h1>", "Role"),
    ("<p>a<svg><title>icon</title></svg>b</p>", "ab"),
]


@pytest.mark.parametrize("raw, expected", RULES, ids=range(len(RULES)))
def test_tree_construction_rules(raw, expected):
    doc = normalize(raw)
    assert doc.text == expected
    for i, ch in enumerate(doc.text):  # copied characters come from the same character of the raw input
        s, e = doc.starts[i], doc.ends[i]
        assert 0 <= s <= e <= len(raw)
        if e - s == 1 and not ch.isspace():
            assert raw[s] == ch, (i, ch, raw[s])
