"""Normaliser tests: HTML → text, character cleanup, glued-scrape repair, boilerplate cut, offset map."""

from __future__ import annotations

import glob
import html
import random
import re
import time
from pathlib import Path

import pytest

from extractor.normalize import looks_like_html, normalize

SEEDS = sorted(glob.glob(str(Path(__file__).resolve().parents[1] / "golden" / "docs" / "00*.txt")))
GLUED_SEEDS = [p for p in SEEDS if "003_" not in p]

HTML_DOC = """<!DOCTYPE html>
<html><head><title>Senior Data Engineer | Acme</title>
<style>body { color: red; }</style>
<script>var x = "<p>not text</p>"; alert('hi');</script>
<meta charset="utf-8"></head>
<body>
<!-- tracking comment -->
<nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>
<h1>Senior Data Engineer</h1>
<p>Berlin &amp; Remote&nbsp;&ndash; Full&#8209;time &#8211; R&amp;D team &#x2014; AT&T</p>
<h2>Responsibilities</h2>
<ul><li>Build pipelines in <strong>Python</strong> &amp; SQL</li><li>Own the <em>data</em> platform</li></ul>
<noscript>Please enable JavaScript</noscript>
<svg><title>icon</title><path d="M0"/></svg>
<p>Line one<br>Line two<br/>Line three</p>
<template><p>hidden template</p></template>
<form><label>First Name</label><input name="x"><button>Submit</button></form>
</body></html>"""


def test_html_detection():
    assert looks_like_html(HTML_DOC)
    assert not looks_like_html("Senior Engineer\nRequirements: 5+ years of <Python>\n")
    assert not looks_like_html("salary < 50k and > 20k")


def test_html_to_text_drops_scripts_styles_and_chrome():
    doc = normalize(HTML_DOC)
    text = doc.text
    for gone in ("color: red", "alert", "not text", "tracking comment", "enable JavaScript", "icon", "hidden template", "First Name", "Submit"):
        assert gone not in text, gone
    assert text.splitlines()[0] == "Senior Data Engineer | Acme"  # <title> kept as the first line
    assert "Senior Data Engineer" in text.splitlines()[1:]
    assert "Berlin & Remote – Full\u2011time – R&D team — AT&T" in text
    assert "- Build pipelines in Python & SQL" in text.splitlines()
    assert "- Own the data platform" in text.splitlines()
    assert "Line one\nLine two\nLine three" in text


def test_entities_map_to_their_source_range():
    doc = normalize(HTML_DOC)
    i = doc.text.index("Berlin & Remote")
    amp = i + len("Berlin ")
    s, e = doc.source_span(amp, amp + 1)
    assert doc.source[s:e] == "&amp;"
    dash = doc.text.index("–", i)
    s, e = doc.source_span(dash, dash + 1)
    assert doc.source[s:e] == "&ndash;"
    emdash = doc.text.index("—", i)
    s, e = doc.source_span(emdash, emdash + 1)
    assert doc.source[s:e] == "&#x2014;"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Data\u200b Engineer\u200d\ufeff", "Data Engineer"),
        ("Senior\u00a0Nurse\u2009(Band\u00a05)", "Senior Nurse (Band 5)"),
        ("a\u202ab\u202cc\u2066d\u2069", "abcd"),
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("too  many\t spaces", "too many spaces"),
        ("Track sales activity    Manage sales teams now", "Track sales activity\nManage sales teams now"),
        ("Jobs   Recruiters   Career advice", "Jobs Recruiters Career advice"),  # a menu
        ("Position Title:        Project Engineer – Civil", "Position Title: Project Engineer – Civil"),  # a form
        ("Rev 3            Last reviewed: 2024", "Rev 3 Last reviewed: 2024"),  # columns
        ("placement goals   2.\tWork with the agencies", "placement goals\n2. Work with the agencies"),
        ("Spot   Source Solutions LLC", "Spot Source Solutions LLC"),  # one word before: a name
        ("1. Prime surfaces. 2.   Mix paint", "1. Prime surfaces. 2. Mix paint"),  # a marker keeps its item
        ("background; excel;   Strong skills", "background; excel; Strong skills"),
        ("- Finance •    MSc degree", "- Finance • MSc degree"),
        ("one\n\n\n\n\n\ntwo", "one\n\ntwo"),
        ("   padded line   \n   next line", "padded line\nnext line"),
        ("**Summary**\nText here", "Summary\nText here"),
        ("**Weekly Hours:**  40", "Weekly Hours: 40"),
        ("+ item one\n* item two", "+ item one\n* item two"),
    ],
)
def test_character_cleanup(raw, expected):
    assert normalize(raw).text == expected


GLUED = (
    "Data Analyst - Careers at Northwind Open MenuClose Menu Sign In Data AnalystLeeds, West Yorkshire, United Kingdom"
    "FinanceAdd to Favorites Back to search resultsOverviewPosted: Jan 3, 2025Job ID:R-1234We are hiring an analyst to "
    "support the finance team.ResponsibilitiesResponsibilitiesBuild monthly reports in ExcelMaintain dashboards in "
    "Power BI and TableauPartner with controllers on forecastsRequirementsRequirements3+ years of analytics experience"
    "Strong SQL skillsExperience with PyTorch, TensorFlow and JavaScript is a plusBenefitsBenefitsPension and private "
    "healthcare.Share this jobCopyright © 2025 Northwind Ltd. All rights reserved.Privacy PolicyTerms of Use"
)


def test_glued_headings_and_items_are_split():
    lines = normalize(GLUED).text.splitlines()
    for heading in ("Overview", "Responsibilities", "Requirements", "Benefits"):
        assert lines.count(heading) == 1, heading  # split out, repeated copy dropped
    for item in (
        "Build monthly reports in Excel",
        "Maintain dashboards in Power BI and Tableau",
        "Partner with controllers on forecasts",
        "3+ years of analytics experience",
        "Strong SQL skills",
        "Experience with PyTorch, TensorFlow and JavaScript is a plus",
        "Posted: Jan 3, 2025",
        "Job ID:R-1234",
    ):
        assert item in lines, item


def test_glued_header_keeps_title_location_team_and_drops_chrome():
    text = normalize(GLUED).text
    lines = [line for line in text.splitlines() if line]
    assert lines[0] == "Data Analyst - Careers at Northwind"
    assert lines[1:4] == ["Data Analyst", "Leeds, West Yorkshire, United Kingdom", "Finance"]
    for gone in ("Open Menu", "Sign In", "Add to Favorites", "Back to search results", "Share this job", "Copyright", "Privacy Policy"):
        assert gone not in text, gone
    assert lines[-1] == "Pension and private healthcare."


def test_similar_jobs_footer_in_other_languages_is_cut():
    raw = "Entwickler (m/w/d)\nKöln\n\nIhre Aufgaben\n- Code schreiben\n\nÄhnliche Jobs\nEntwickler – Düsseldorf – 50.000 €"
    text = normalize(raw).text
    assert "Code schreiben" in text and "Düsseldorf" not in text


def test_glued_header_metadata_is_split_not_dropped_as_a_menu():
    raw = (
        "AcmeProductPricingBlogCareersLog inCareersOpen rolesLife at AcmeField Sales RepresentativeRegional "
        "SalesHybridPermanentPosted 2025-01-04Apply for this jobAbout the roleAbout the roleYou will sell our tents to "
        "outdoor shops across the region.RequirementsRequirementsTwo years of sales experienceA driving licence"
    )
    lines = [line for line in normalize(raw).text.splitlines() if line]
    i = lines.index("Field Sales Representative")
    assert lines[i + 1 : i + 5] == ["Regional Sales", "Hybrid", "Permanent", "Posted 2025-01-04"]


@pytest.mark.parametrize(
    "word",
    ["iPhone", "iPad", "PyTorch", "TensorFlow", "JavaScript", "TypeScript", "GitHub", "LinkedIn", "DevOps", "McDonald",
     "OpenAI", "YouTube", "PowerPoint", "SharePoint", "macOS", "iOS", "eBay", "PhDs", "WordPress", "HubSpot"],
)
def test_protected_camel_case_words_survive_in_glued_text(word):
    raw = (
        f"RequirementsRequirementsExperience with {word} and other toolsStrong written skillsAbility to travel"
        f"Knowledge of {word} internalsBenefitsBenefitsGood pay"
    )
    text = normalize(raw).text
    assert text.count(word) == 2, text
    assert "Strong written skills" in text.splitlines()


def test_plain_paragraph_is_not_split():
    raw = "About the role\nWe use HubSpot, QuickBooks and NetSuite daily. Our CFO reports to the CEO and the VP Finance.\n"
    assert normalize(raw).text == raw.strip()


def test_footer_cut_after_last_section_in_plain_text():
    raw = (
        "Warehouse Associate\nReno, NV\n\nResponsibilities\n- Pick and pack orders\n- Load trucks\n\n"
        "Benefits\n- Paid time off\n\nSimilar jobs\nForklift Driver - Sparks, NV\nPicker - Reno, NV\n"
        "© 2025 JobBoard Inc. All rights reserved.\n"
    )
    text = normalize(raw).text
    assert text.endswith("- Paid time off")
    assert "Forklift Driver" not in text


def test_header_chrome_lines_dropped_but_content_kept():
    raw = "Skip to main content\nSign in\nApply now\nStaff Accountant\nCharlotte, NC\n\nJob Description\nWe are hiring.\n"
    text = normalize(raw).text
    assert text.splitlines()[:2] == ["Staff Accountant", "Charlotte, NC"]
    assert "We are hiring." in text


@pytest.mark.parametrize("path", GLUED_SEEDS, ids=lambda p: Path(p).name[:3])
def test_seed_boilerplate_cut(path):
    raw = Path(path).read_text(encoding="utf-8")
    text = normalize(raw).text
    for gone in ("Open Menu", "Close Menu", "Copyright", "All rights reserved", "Add to Favorites", "Sign In",
                 "Back to search results", "Submit Resume", "Privacy Policy", "Site Map", "Genius Bar"):
        assert gone not in text, gone
    lines = [line for line in text.splitlines() if line]
    assert lines[0].endswith(" - Careers at Apple")
    title = lines[0][: -len(" - Careers at Apple")]
    assert lines[1] == title
    assert re.fullmatch(r"[A-Z][a-z]+, [A-Z][a-z]+, United States", lines[2])
    for heading in ("Summary", "Description", "Key Qualifications", "Preferred Qualifications", "Pay & Benefits"):
        assert lines.count(heading) == 1, heading
    assert "is an equal opportunity employer" in text  # the posting's own EEO statement stays


def test_seed_000_content_kept():
    raw = Path(SEEDS[0]).read_text(encoding="utf-8")
    lines = [line for line in normalize(raw).text.splitlines() if line]
    assert "5+ years of industry or strong academic experience in CVML" in lines
    assert "Strong understanding of Python, and proficiency using ML toolkits, e.g., PyTorch" in lines
    assert lines[2:4] == ["Seattle, Washington, United States", "Machine Learning and AI"]
    assert "Posted: May 9, 2024" in lines


# --------------------------------------------------------------------------- offset map


def _words(s: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+", s)


def _check_random_spans(raw: str, rng: random.Random, n: int = 300) -> None:
    doc = normalize(raw)
    text = doc.text
    assert len(doc.starts) == len(doc.ends) == len(text)
    assert all(0 <= s <= e <= len(raw) for s, e in zip(doc.starts, doc.ends))
    if len(text) < 2:
        return
    for _ in range(n):
        s = rng.randrange(len(text) - 1)
        e = rng.randrange(s + 1, min(len(text), s + 80) + 1)
        a, b = doc.source_span(s, e)
        source = html.unescape(raw[a:b])
        source = source.replace("\u00a0", " ")
        words = _words(text[s:e])
        # words cut by the span edges may be partial; the inner ones must all be present in order
        inner = words[1:-1] if len(words) > 2 else []
        pos = 0
        for word in inner:
            found = source.find(word, pos)
            assert found >= 0, (text[s:e], raw[a:b], word)
            pos = found + len(word)
        # and every character that is copied (not synthetic) comes from inside the span
        for i in range(s, e):
            assert a <= doc.starts[i] <= doc.ends[i] <= b


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: Path(p).name[:3])
def test_offset_map_on_seeds(path):
    _check_random_spans(Path(path).read_text(encoding="utf-8"), random.Random(7))


@pytest.mark.parametrize("raw", [HTML_DOC, GLUED, "Título: Engenheiro\r\n\u200bSalário\u00a0€ 45.000\r\n\r\n\r\nok"])
def test_offset_map_on_samples(raw):
    _check_random_spans(raw, random.Random(11))


def test_copied_characters_are_identical_to_source():
    for raw in [Path(p).read_text(encoding="utf-8") for p in SEEDS] + [GLUED]:
        doc = normalize(raw)
        for i, ch in enumerate(doc.text):
            s, e = doc.starts[i], doc.ends[i]
            if e - s == 1 and ch not in "\n ":
                assert raw[s] == ch


# --------------------------------------------------------------------------- robustness and speed


@pytest.mark.parametrize(
    "raw",
    [
        "",
        " ",
        "\n\n\n",
        "\x00\x01\x02\ufffd\ud7ff",
        "<",
        "<<<>>>",
        "<div><p>unclosed &#xZZZ; &bogus; &#99999999; <b",
        "<html><body><ul><li>a<li>b</ul></body>",
        "</p></div></li>",
        "&amp;" * 100,
        "A" * 50_000,
        "aB" * 20_000,
        "Summary" * 2000,
        ("x" * 30 + "\n") * 2000,
        bytes(range(256)).decode("latin-1"),
    ],
    ids=range(15),
)
def test_never_raises(raw):
    """The suite runs strict: a step that raises fails here (normalize() used to swallow it)."""
    warnings: list[str] = []
    doc = normalize(raw, warnings)
    assert warnings == []
    assert len(doc.starts) == len(doc.ends) == len(doc.text)
    for i, ch in enumerate(doc.text):  # the map stays in order and inside the input; copied characters are the input's
        assert 0 <= doc.starts[i] <= doc.ends[i] <= len(raw) and (i == 0 or doc.starts[i - 1] <= doc.starts[i])
        if doc.ends[i] - doc.starts[i] == 1 and not ch.isspace():
            assert raw[doc.starts[i]] == ch
    decoded = html.unescape(raw)
    assert all(word in raw or word in decoded for word in set(_words(doc.text))), "the clean text has words the input does not"
    if _words(raw.replace("&amp;", "")) and "<" not in raw:
        assert doc.text.strip(), "plain text with words lost everything"


def test_the_seed_tables_are_not_empty():
    assert len(SEEDS) >= 5 and len(GLUED_SEEDS) == len(SEEDS) - 1


def test_non_string_input():
    assert normalize(b"Senior Nurse\r\n").text == "Senior Nurse"
    assert normalize(None).text == ""


def test_time_grows_linearly_with_the_page():
    """CPU time for 20 pages in one input against one page (absolute speed: ``extractor bench --only long``)."""
    raw = Path(SEEDS[0]).read_text(encoding="utf-8")
    normalize(raw)

    def cpu(text: str, repeats: int) -> float:
        best = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            normalize(text)
            best = min(best, time.process_time() - start)
        return best

    one, twenty = cpu(raw, 5), cpu(raw * 20, 2)
    assert twenty < 5 * 20 * one + 0.05, f"20 pages: {twenty:.3f} s, one page: {one:.4f} s"  # linear: 1x, quadratic: 20x


@pytest.mark.parametrize(
    "raw",
    [HTML_DOC, GLUED, "  a  b \n\n\n\n c   d  \n", "Title\n\n\n\nAbout   us:    We build   Things   Here\n   x", *[Path(p).read_text(encoding="utf-8") for p in SEEDS]],
)
def test_space_cleanup_is_idempotent(raw):
    """normalize() skips _clean_space after a step that changed nothing: that relies on this."""
    from extractor.document import Document
    from extractor.normalize import _clean_chars, _clean_space

    clean = _clean_space(_clean_chars(Document.from_source(raw)))
    assert _clean_space(clean) is clean  # no edit: the same document back


# --------------------------------------------------------------------------- metadata the cut keeps

_PROSE = (
    "We are a small family business that has been baking bread for the neighbourhood since the early nineties "
    "and we are looking for someone to join the morning team."
)

# (page, a line that must stay, a line of another posting that must go)
METADATA_BEFORE_FOOTER = [
    # French board, no known heading: the reference and contract lines sit right above the similar offers
    ("Boulanger (H/F)\nBoulangerie Martin\nLyon\n\n" + _PROSE + "\n\nRéférence : BM-2291\nType de contrat : CDI\n\n"
     "Offres similaires\nPâtissier – Villeurbanne – 24 000 €", "Référence : BM-2291", "Pâtissier – Villeurbanne – 24 000 €"),
    # Dutch: a vacancy number and closing date, then the board's listing block
    ("Bakker\nBakkerij de Vries\nUtrecht\n\n" + _PROSE + "\n\nVacaturenummer: 48812\nSluitingsdatum: 30-06-2025\n\n"
     "Vergelijkbare vacatures\nBanketbakker - Amersfoort - € 2.600", "Vacaturenummer: 48812", "Banketbakker - Amersfoort - € 2.600"),
    # English, no heading: a pay line and a closing date before "Related jobs"
    ("Baker\nCorner Bakery\nLeeds\n\n" + _PROSE + "\n\n£11.44 per hour\nClosing date: 14 May 2025\n\nRelated jobs\n"
     "Kitchen Porter - Bradford - £11.44 per hour", "£11.44 per hour\nClosing date: 14 May 2025", "Kitchen Porter - Bradford"),
    # Portuguese: a workplace line that also appears in the header is no repeat to cut with the footer
    ("Padeiro\nPresencial\nPadaria Sol\nCuritiba\n\n" + _PROSE + "\n\nPresencial\n\nVagas semelhantes\n"
     "Confeiteiro - Pinhais - R$ 2.100,00", "Presencial\n\nVagas semelhantes", "Confeiteiro"),
    # a country picker right above the copyright line still goes with the footer; the contract line stays
    ("Baker\nCorner Bakery\n\n" + _PROSE + "\n\nContract: Permanent\nUnited Kingdom\n© 2025 Corner Bakery Ltd. All rights reserved.",
     "Contract: Permanent", "United Kingdom"),
]


@pytest.mark.parametrize("raw, kept, cut", METADATA_BEFORE_FOOTER, ids=["fr", "nl", "en", "pt", "picker"])
def test_footer_cut_keeps_metadata_right_above_it(raw, kept, cut):
    text = normalize(raw).text
    if kept.endswith("Vagas semelhantes"):  # the footer line itself goes; the metadata line above it stays
        kept = kept.split("\n")[0]
        assert text.rstrip().endswith(kept), text
    else:
        assert kept in text, text
    assert cut not in text, text


# (page, the text the page must end with)
METADATA_REPEATS = [
    # freelance board: the pay-period word is written once in the header and again under the rate
    ("Logo design for a bakery\nPosted 3 hours ago\nHourly\nLess than 10 hrs/week\n\n" + _PROSE + "\n\n$20.00 - $30.00\nHourly",
     "$20.00 - $30.00\nHourly"),
    # a job-details block after the body repeats the contract type and location of the header
    ("Warehouse Picker\nFull-time\nSparks, NV\n\n" + _PROSE + "\n\nJob type\nFull-time\nPay: $18 an hour\nSparks, NV",
     "Job type\nFull-time\nPay: $18 an hour\nSparks, NV"),
    # a German page without a known heading: "Vollzeit" again in the details block at the end
    ("Bäcker (m/w/d)\nVollzeit\nBäckerei Korn\n\n" + _PROSE + "\n\nArbeitszeit\nVollzeit\nGehalt: 2.800 € brutto",
     "Arbeitszeit\nVollzeit\nGehalt: 2.800 € brutto"),
]


@pytest.mark.parametrize("raw, ending", METADATA_REPEATS, ids=["hourly", "job-details", "de"])
def test_metadata_written_twice_is_kept_both_times(raw, ending):
    assert normalize(raw).text.endswith(ending)


@pytest.mark.parametrize(
    "raw, once",
    [
        ("Barista\nBarista\nCafé Uno\nWellington\n\nAbout the role\nMake coffee.", "Barista"),
        ("Line Cook\nThe Grill House\nLine Cook\nDenver, CO\n\n" + _PROSE, "Line Cook"),
    ],
)
def test_a_repeated_header_line_is_still_dropped(raw, once):
    assert normalize(raw).text.split().count(once.split()[0]) == 1


@pytest.mark.parametrize(
    "line",
    ["Ref: 4471 · Apply now · Save job · Share this job", "Posted: 2 days ago | Apply Now | Save Job"],
)
def test_chrome_phrases_do_not_take_a_labelled_line_with_them(line):
    raw = "Barista\nCafé Uno\n\nAbout the role\nMake coffee for our guests every morning.\n" + line + "\n"
    assert line.split(":")[0] + ":" in normalize(raw).text


def test_labelled_chrome_is_still_chrome():
    raw = "Barista\nCafé Uno\n\nAbout the role\nMake coffee.\nJob Alert: Sign In\n"
    assert "Job Alert" not in normalize(raw).text


@pytest.mark.parametrize("name", ["BrightPath", "NovaTek", "SkyLedger", "GreenLeafAI"])
def test_a_camel_case_name_written_twice_in_a_glued_page_is_not_split(name):
    raw = (
        f"About us{name} builds software for bakeries.ResponsibilitiesAs an engineer at {name} you ship features"
        "Write testsReview codeRequirementsThree years of PythonGood English"
    )
    text = normalize(raw).text
    assert text.count(name) == 2, text
    assert "Write tests" in text.splitlines() and "Review code" in text.splitlines(), text


@pytest.mark.parametrize("raw", [case[0] for case in METADATA_BEFORE_FOOTER + METADATA_REPEATS])
def test_offset_map_on_metadata_samples(raw):
    _check_random_spans(raw, random.Random(5))


@pytest.mark.parametrize(
    "raw, block",
    [
        ("Forklift Operator\nSparks, NV 89431\nPay: $19 an hour\n\nLocation\nSparks, NV 89431\n\nFull job description\n"
         "Drive forklifts.", "Location\nSparks, NV 89431"),
        ("Cook\nHarbour Kitchen\nDartmouth, NS\n\nWork site:\nDartmouth, NS\n\nDuties\nCook meals.", "Work site:\nDartmouth, NS"),
    ],
)
def test_a_header_line_repeated_under_a_label_is_its_value(raw, block):
    assert block in normalize(raw).text


@pytest.mark.parametrize("name", ["CloudVault", "MediTrack", "DataHarbor"])
def test_a_camel_case_product_named_in_different_phrases_of_a_glued_page_is_not_split(name):
    # never in a sentence, but followed by different words each time: a product name, not a glue
    raw = (
        f"ResponsibilitiesSupport the document servers, {name}, and SQL servers.Upgrade {name} Capture to the latest release"
        f"Write testsReview codeRequirementsTwo years with {name} Imaging softwareGood English"
    )
    text = normalize(raw).text
    assert text.count(name) == 3, text
    assert "Write tests" in text.splitlines() and "Review code" in text.splitlines(), text


def test_a_glue_a_listing_repeats_with_the_same_words_after_it_is_still_split():
    raw = (
        "Jobs near youPricing AnalystLondon, UKData AnalystLeeds, UKResponsibilitiesBuild pricing modelsReview marginsPricing AnalystLondon, UK"
        "Pricing AnalystLondon, UK\n"
    )
    assert "AnalystLondon" not in normalize(raw).text


@pytest.mark.parametrize(
    "line",
    ["Copyright 2024 Acme", "© Acme Ltd", "Acme Inc. All rights reserved.", "Similar jobs", "Ähnliche Stellenangebote",
     "Acme footer links", "We reserve all rights", "Apply now", "Follow us on LinkedIn", "Benefits and copyright notes"],
)
def test_footer_markers_split_find_what_the_one_alternation_finds(line):
    """The footer markers are tried as an anchored part (``match``) and a floating part (``search``): the
    same lines are footer lines as with every marker in one searched alternation."""
    import json

    from extractor.normalize import _boilerplate

    markers = json.loads((Path(__file__).parent.parent / "extractor" / "data" / "boilerplate.json").read_text())["footer"]
    boiler = _boilerplate()
    split = bool((boiler.footer and boiler.footer.match(line)) or (boiler.footer_anywhere and boiler.footer_anywhere.search(line)))
    assert split == bool(re.search("|".join(f"(?:{m})" for m in markers), line, re.IGNORECASE))
