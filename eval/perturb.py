"""Metamorphic checks: label-preserving perturbations of opened golden postings.

A blind batch loses mostly on page variations nobody wrote before. This tool takes the opened
golden postings (synthetic ``s3_`` … ``s26_`` and the opened real postings), rewrites each in ways
that must not change its correct record — board chrome around it, other whitespace and bullets,
other heading case, label synonyms, the head block's meta lines in another order, a board's
"Job highlights" block repeating lines already in the text, a page-title line or a breadcrumb naming
the title, label and value joined by " | " or a tab, a state written as its code or in full, the posting
date written another unambiguous way, the head block on one line joined by " · " or " | ", the
company line carrying a rating or follower count, "Show more"/"Apply now" rows between sections, the
body hard-wrapped at a fixed width, the title in capitals or lower case — runs the rules on the
original and on each variant, and counts per transformation and field how many right values became wrong (and
wrong became right). Every transformation keeps each gold value stated in the text (spans may
shift); one that does not apply to a posting (no heading, no bullet, an HTML page for a text-only
rewrite) leaves it out of that transformation's count.

usage: python eval/perturb.py [--golden DIR] [--real DIR] [--ids PREFIX ...] [--transforms NAME ...]
                              [--every N] [--jobs N] [--out FILE] [--examples N]
  --golden DIR      the synthetic golden set (default golden); only opened ids are read
  --real DIR        the real set (default golden/real; "" to skip); held-out rows are never read
  --ids PREFIX      only ids starting with one of these prefixes (repeatable)
  --transforms      only these transformations (default: all; ``--list`` prints them)
  --every N         every N-th posting only (a quicker sample)
  --jobs N          worker processes (default 1)
  --out FILE        write the counts and the changed values (gold, before, after) as JSON
  --list            print the transformations and stop

Which postings are opened is this round's policy (``HELD_OUT_*`` below): synthetic batches ``s3``
to ``s26``; real rows except the ``test`` rows of the held-out groups. Held-out rows are filtered
from the index before any document or annotation is read.

Output: per transformation, the number of postings it changed and, per field, ``right→wrong``
and ``wrong→right``; structured fields by exact score (1.0 or not), list fields by item F1 moving
by more than ``LIST_DELTA``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractor.evaluation.golden import _find_doc, read_set_info, validate_annotation  # noqa: E402
from extractor.evaluation.metrics import compare_field  # noqa: E402

STRUCTURED = ["title", "company", "team", "locations", "workplace", "job_id", "date_posted", "employment_type",
              "weekly_hours", "salary", "min_years_experience", "education_level", "visa_sponsorship"]
LISTS = ["responsibilities", "minimum_qualifications", "preferred_qualifications", "skills", "benefits"]
LIST_DELTA = 0.1  # a list field counts as changed when its item F1 moves by more than this

SYNTHETIC_OPENED = re.compile(r"s(?:[3-9]|1\d|2[0-6])_")
HELD_OUT_REAL_GROUPS = {"platsbanken", "emscad", "usajobs", "nycjobs"}  # their `test` rows are held out


# ------------------------------------------------------------------------------------------------
# loading opened postings only
# ------------------------------------------------------------------------------------------------
def opened_rows(index: Path, real: bool) -> list[dict[str, str]]:
    """The index rows this round may read: synthetic ``s3_``–``s26_``, real rows but held-out tests."""
    rows = list(csv.DictReader(index.open(encoding="utf-8-sig")))
    if real:
        return [r for r in rows if not (r.get("split") == "test" and (r.get("group") or r.get("source")) in HELD_OUT_REAL_GROUPS)]
    return [r for r in rows if SYNTHETIC_OPENED.match(r["id"])]


def load_opened(root: Path, real: bool, prefixes: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Postings of ``root`` that are opened (and start with one of ``prefixes``, if given).

    Returns:
        dicts with ``id``, ``group``, ``html`` (bool), ``text``, ``gold`` and ``annotated``.
    Raises:
        ValueError: an opened annotation does not validate.
    """
    _, partial = read_set_info(root)
    prefixes = tuple(prefixes)
    out = []
    for row in opened_rows(root / "index.csv", real):
        doc_id = row["id"]
        if prefixes and not doc_id.startswith(prefixes):
            continue
        path = _find_doc(root / "docs", doc_id)
        if path is None:
            continue
        data = json.loads((root / "annotations" / f"{doc_id}.json").read_text(encoding="utf-8-sig"))
        record, problems = validate_annotation(data, require_all_fields=not partial)
        if record is None:
            raise ValueError(f"{doc_id}: {problems}")
        annotated = [f for f in STRUCTURED + LISTS if not partial or f in data]
        group = row.get("group") or row.get("source") or (doc_id.split("_")[0])
        out.append({"id": doc_id, "group": group, "html": path.suffix != ".txt",
                    "text": path.read_bytes().decode("utf-8-sig"), "gold": record, "annotated": annotated})
    return out


# ------------------------------------------------------------------------------------------------
# transformations: (text, rng, base) -> new text, or None where it does not apply
# ``base`` is the rules' record on the original with provenance (spans into the text) and, under
# ``gold``, the posting's gold record (the rewrites that restate a gold value read it there)
# ------------------------------------------------------------------------------------------------
HEAD_CHROME = [
    "Skip to main content\nSign in   Join now\nJobs   Companies   Salaries   Career advice\n",
    "We use cookies to give you the best experience. By continuing you agree to our Cookie Policy.\n"
    "Accept all cookies   Manage preferences\nMenu\nSearch jobs\n",
    "Home > Jobs > Search results\nBack to search results\nSign in to save this job\n",
    "Log in | Register | Post a job\nFind jobs   Company reviews   Find salaries\n",
]
ACTION_CHROME = [
    "Apply now   Save job   Share",
    "Easy Apply\nSave\nShare this job: Facebook  Twitter  LinkedIn  Email",
    "4.1 ★★★★☆ (1,284 reviews)\nApply on company site",
    "Be an early applicant\nSave   Report job",
]
TAIL_CHROME = [
    "Save job   Report this job\n\nSimilar jobs\nWarehouse Associate\nNorthwind Traders - Springfield, IL\n$18 - $21 an hour\n"
    "3.4 ★ 212 reviews\nSenior Accountant\nContoso Ltd - Leeds\n£45,000 - £52,000 a year\nPosted 3 days ago\n",
    "People also viewed\nProduct Designer at Globex Corporation\nRemote\nData Analyst at Initech\nAustin, TX · Full-time\n"
    "\n© 2026 JobBoard Inc. All rights reserved.\nPrivacy Policy   Terms of Use   Cookie settings\n",
    "Share this job\nFacebook   X   LinkedIn   Copy link\n\nJobs you may like\nCustomer Success Manager\nUmbrella Group · Dublin, Ireland\n"
    "Marketing Coordinator\nHooli · Toronto, ON · Contract\n\nAbout us   Careers   Help centre   Sitemap\n",
    "Was this job relevant? Yes  No\nReport this listing\n\nRelated jobs\nLogistics Planner (m/f/d) - Stark Industries GmbH - Hamburg\n"
    "Shift Supervisor - Wayne Enterprises - Gotham, NJ - $24/hr\n\nDownload our app\nFollow us\n",
]

BULLET = re.compile(r"^([ \t]*)(?:[•\-*·▪●◦‣–]|\d{1,2}[.)])[ \t]+(?=\S)", re.M)
BULLET_STYLES = ["• ", "- ", "* ", "· ", "▪ ", "#"]  # "#" = numbered

LABEL_CLASSES = {
    # each synonym also stands in the data file named in tests/test_perturb.py
    "location": ["Location", "Job location", "Work location", "Office location", "Place of work"],
    "employment": ["Employment type", "Job type", "Contract type", "Position type", "Work type"],
    "job_id": ["Job ID", "Req ID", "Reference number", "Requisition ID", "Job reference"],
    "date": ["Date posted", "Posted", "Posted on", "Posting date"],
    "pay": ["Salary", "Pay", "Compensation", "Base salary"],
}
_ALL_LABELS = sorted({s for syn in LABEL_CLASSES.values() for s in syn}, key=len, reverse=True)
LABEL_LINE = re.compile(r"^([ \t]*)(" + "|".join(re.escape(s) for s in _ALL_LABELS) + r")([ \t]*:[ \t]*)(\S.*)$", re.I | re.M)
HIGHLIGHT_HEADINGS = ["Job highlights", "Summary", "At a glance", "Key facts", "Job details"]
META_FIELDS = ("locations", "employment_type", "salary", "date_posted", "workplace", "job_id", "weekly_hours")


def _label_class(label: str) -> Optional[str]:
    for name, synonyms in LABEL_CLASSES.items():
        if label.casefold() in (s.casefold() for s in synonyms):
            return name
    return None


def _same_case(new: str, old: str) -> str:
    if old.isupper():
        return new.upper()
    if old.istitle():
        return new.title()
    return new


def _headings() -> set[str]:
    data = json.loads((ROOT / "extractor" / "data" / "headings.json").read_text(encoding="utf-8"))
    return {h.casefold() for names in data["headings"].values() for h in names}


HEADINGS = _headings()


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of lines that are a known section heading, with an optional colon."""
    spans = []
    for m in re.finditer(r"^[ \t]*([^\n]{3,60}?)[ \t]*:?[ \t]*$", text, re.M):
        if m.group(1).strip().casefold().rstrip(":") in HEADINGS:
            spans.append(m.span(1))
    return spans


def _recase(text: str, case: Callable[[str], str]) -> Optional[str]:
    spans = _heading_lines(text)
    out = text
    for a, b in reversed(spans):
        out = out[:a] + case(out[a:b]) + out[b:]
    return out if out != text else None


def _insert_html(text: str, block: str, at_end: bool) -> str:
    html = "".join(f"<p>{line}</p>" if line.strip() else "" for line in block.split("\n"))
    div = f"<div class=\"board-chrome\">{html}</div>"
    if at_end:
        m = re.search(r"</body\s*>", text, re.I)
        return text[:m.start()] + div + text[m.start():] if m else text + div
    m = re.search(r"<body[^>]*>", text, re.I)
    return text[:m.end()] + div + text[m.end():] if m else div + text


def chrome_head(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Another board's navigation, cookie banner and sign-in links before the posting."""
    block = rng.choice(HEAD_CHROME)
    return _insert_html(text, block, False) if html else block + "\n" + text


def chrome_tail(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Save/share links, a similar-jobs block (other titles, companies, places, pay, ratings) and a footer after it."""
    block = rng.choice(TAIL_CHROME)
    return _insert_html(text, block, True) if html else text.rstrip("\n") + "\n\n" + block


def _title_spans(base: dict) -> list[dict]:
    """The spans of the rules' title in the base extraction's provenance (none when it found no title)."""
    return ((base.get("provenance") or {}).get("title") or {}).get("spans") or []


def _title_line_end(text: str, base: dict) -> Optional[int]:
    """The end (after its newline) of the line holding the rules' title, else of the first line."""
    spans = _title_spans(base)
    at = spans[0]["end"] if spans else re.match(r"\s*", text).end()
    end = text.find("\n", at)
    return None if end < 0 else end + 1


def chrome_actions(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Board action buttons and a rating right under the title line."""
    if html:
        return None
    at = _title_line_end(text, base)
    return None if at is None else text[:at] + rng.choice(ACTION_CHROME) + "\n" + text[at:]


def crlf(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Windows line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def tabs(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Bullets indented by a tab, trailing blanks on every line."""
    if html:
        return None
    out = BULLET.sub(lambda m: "\t" + m.group(0).lstrip(" \t"), text)
    out = re.sub(r"(?m)(?<=\S)$", " \t", out)
    return out


def blank_doubled(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Every blank line doubled (a line break inside a paragraph stays one: a wrapped item is not cut)."""
    if html:
        return None
    out = re.sub(r"\n[ \t]*\n", "\n\n\n", text)
    return out if out != text else None


def blank_removed(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Blank lines removed."""
    if html:
        return None
    out = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)*", "\n", text)
    return out if out != text else None


def bullets_swapped(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Every bullet of a run becomes one other style (a run is numbered 1, 2, 3 when numbered)."""
    if html or not BULLET.search(text):
        return None
    style = rng.choice(BULLET_STYLES)
    counter = [0]
    last_end = [-10]

    def repl(m: re.Match) -> str:
        counter[0] = counter[0] + 1 if m.start() - last_end[0] < 400 and text[last_end[0]:m.start()].count("\n") <= 2 else 1
        last_end[0] = m.end()
        if style == "#":
            return f"{m.group(1)}{counter[0]}. "
        return m.group(1) + style

    out = BULLET.sub(repl, text)
    return out if out != text else None


def _joined_until_fixed(pattern: str, text: str) -> Optional[str]:
    """``text`` with every line break that ``pattern`` (group 1 kept) matches removed, repeated until nothing
    changes; None when nothing changed."""
    out = text
    while out != (again := re.sub(pattern, r"\1", out)):
        out = again
    return out if out != text else None


def bullets_glued(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """A scrape lost the line breaks between bullet items: "…production• Review code" (the heading keeps its line)."""
    if html:
        return None
    return _joined_until_fixed(r"(?m)^([ \t]*[•▪●·][ \t]+[^\n]*?\S)[ \t]*\n[ \t]*(?=[•▪●·][ \t]+\S)", text)


def bullets_glued_heading(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """A scrape lost every line break of a list, the one after its heading too: "We need:• 3+ years…• English…"."""
    if html:
        return None
    first = re.sub(r"(?m)^([^\n•▪●·]*\S)[ \t]*\n[ \t]*(?=[•▪●·][ \t]+\S)", r"\1", text)
    out = _joined_until_fixed(r"(?m)^([^\n]*\S)[ \t]*\n[ \t]*(?=[•▪●·][ \t]+\S)", first) or first
    return out if out != text else None


def headings_upper(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Known section headings upper-cased."""
    return None if html else _recase(text, str.upper)


def headings_title(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Known section headings title-cased."""
    return None if html else _recase(text, lambda s: re.sub(r"[A-Za-z][a-z']*", lambda w: w.group(0).capitalize(), s))


def label_synonym(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """``Location:`` ↔ ``Job location:`` ↔ ``Work location:``, and likewise for type, id, date and pay labels."""
    if html:
        return None

    def repl(m: re.Match) -> str:
        name = _label_class(m.group(2))
        others = [s for s in LABEL_CLASSES[name] if s.casefold() != m.group(2).casefold()]
        return m.group(1) + _same_case(rng.choice(others), m.group(2)) + m.group(3) + m.group(4)

    out = LABEL_LINE.sub(repl, text)
    return out if out != text else None


def label_newline(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """``Location: Berlin`` becomes the label on its own line and the value on the next."""
    if html:
        return None
    out = LABEL_LINE.sub(lambda m: f"{m.group(1)}{m.group(2)}\n{m.group(1)}{m.group(4)}", text)
    return out if out != text else None


def _span_lines(text: str, base: dict, fields: Iterable[str]) -> dict[int, str]:
    """Line starts of the lines holding the evidence of the rules' values of ``fields`` → field."""
    lines: dict[int, str] = {}
    prov = base.get("provenance") or {}
    for name in fields:
        for span in (prov.get(name) or {}).get("spans") or []:
            start = text.rfind("\n", 0, span["start"]) + 1
            end = text.find("\n", span["end"])
            end = len(text) if end < 0 else end
            if end - start <= 100 and "\n" not in text[start:span["end"]].rstrip("\n"):
                lines.setdefault(start, name)
    return lines


def meta_reordered(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """The head block's meta lines (place, type, pay, date …) in reverse order among themselves."""
    if html:
        return None
    starts = sorted(s for s in _span_lines(text, base, META_FIELDS) if s < max(1200, len(text) // 4))
    title_spans = _title_spans(base)
    title_lines = {text.rfind("\n", 0, s["start"]) + 1 for s in title_spans}
    starts = [s for s in starts if s not in title_lines]
    # the first cluster: meta lines with at most 2 other lines between neighbours
    cluster: list[int] = []
    for s in starts:
        if cluster and text.count("\n", cluster[-1], s) > 3:
            break
        cluster.append(s)
    if len(cluster) < 2:
        return None
    spans = [(s, (text.find("\n", s) if text.find("\n", s) >= 0 else len(text))) for s in cluster]
    lines = [text[a:b] for a, b in spans]
    if len(set(lines)) < 2:
        return None
    new = list(reversed(lines))
    out = text
    for (a, b), line in reversed(list(zip(spans, new))):
        out = out[:a] + line + out[b:]
    return out if out != text else None


def highlights(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """A board's chip block ("Job highlights") after the head block, repeating meta lines of the text."""
    if html:
        return None
    starts = sorted(_span_lines(text, base, META_FIELDS))
    lines = []
    for s in starts:
        end = text.find("\n", s)
        line = BULLET.sub("", text[s:end if end >= 0 else len(text)]).strip()
        if line and line not in lines:
            lines.append(line)
    at = _title_line_end(text, base)
    if not lines or at is None:
        return None
    blank = re.compile(r"\n[ \t]*\n").search(text, at - 1)  # the end of the head block under the title
    at = blank.end() if blank else at
    block = rng.choice(HIGHLIGHT_HEADINGS) + "\n" + "\n".join(lines) + "\n\n"
    return text[:at] + block + text[at:]


# ------------------------------------------------------------------------------------------------
# rewrites built from the gold values (the gold stays stated: the value is written in another form
# the annotation guide maps to the same record, or repeated in board chrome)
# ------------------------------------------------------------------------------------------------
BOARDS = ["JobBoard", "CareerHub.com", "WorkNet Jobs", "Hire Daily", "JobsNow"]
PAGE_TITLES = ["{t} - {c} | {b}", "{t} at {c} | {b}", "{t} | {c} | {b}", "{t} job - {c} - {b}"]
PAGE_TITLES_NO_COMPANY = ["{t} | {b}", "{t} - {b}", "{t} job - {b}"]
BREADCRUMBS = ["Home › Jobs › {t}", "Jobs / Search results / {t}", "Careers > Open positions > {t}", "Home » Vacancies » {t}"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DATE_TARGETS = ["{M} {d}, {y}", "{d} {M} {y}", "{y}-{mm}-{dd}", "{dd} {Mon} {y}", "{Mon} {d}, {y}"]
STATE_COUNTRIES = ("United States", "Canada", "Australia")  # where a region is as often written by its code


def _gold(base: dict) -> dict:
    return base.get("gold") or {}


def page_title(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """A board's page-title line on top ("<title> - <company> | Board"); in a page, the ``<title>`` element."""
    gold = _gold(base)
    if not gold.get("title"):
        return None
    form = rng.choice(PAGE_TITLES if gold.get("company") else PAGE_TITLES_NO_COMPANY)
    line = form.format(t=gold["title"], c=gold.get("company") or "", b=rng.choice(BOARDS))
    if not html:
        return line + "\n" + text
    if re.search(r"<title[^>]*>.*?</title\s*>", text, re.I | re.S):
        return re.sub(r"(<title[^>]*>).*?(</title\s*>)", lambda m: m.group(1) + line + m.group(2), text, count=1, flags=re.I | re.S)
    m = re.search(r"<head[^>]*>", text, re.I)
    return text[:m.end()] + f"<title>{line}</title>" + text[m.end():] if m else None


def breadcrumb(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """A breadcrumb trail ending in the title ("Home › Jobs › <title>") before the posting."""
    title = _gold(base).get("title")
    if not title:
        return None
    line = rng.choice(BREADCRUMBS).format(t=title)
    return _insert_html(text, line, False) if html else line + "\n" + text


def label_inline(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """``Location: Berlin`` becomes ``Location | Berlin`` or ``Location<TAB>Berlin`` (a table row flattened)."""
    if html:
        return None
    sep = rng.choice([" | ", "\t"])
    out = LABEL_LINE.sub(lambda m: f"{m.group(1)}{m.group(2)}{sep}{m.group(4)}", text)
    return out if out != text else None


def _regions_by_name() -> dict[str, dict]:
    data = json.loads((ROOT / "extractor" / "data" / "locations.json").read_text(encoding="utf-8"))
    return {r["name"].casefold(): r for r in data["regions"] if r.get("codes") and r["country"] in STATE_COUNTRIES}


REGIONS = _regions_by_name()


def state_swapped(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """A gold place's state or province written the other way: "Austin, TX" ↔ "Austin, Texas" (US, Canada, Australia)."""
    if html:
        return None
    out = text
    for loc in _gold(base).get("locations") or []:
        city, region = (loc or {}).get("city"), (loc or {}).get("region")
        entry = REGIONS.get((region or "").casefold())
        if not city or not entry:
            continue
        code = entry["codes"][0]
        c = re.escape(city)
        out = re.sub(rf"\b({c}),?[ \t]+{re.escape(code)}\b", lambda m: f"{m.group(1)}, {entry['name']}", out)
        if out == text:
            out = re.sub(rf"\b({c}),[ \t]*{re.escape(entry['name'])}\b", lambda m: f"{m.group(1)}, {code}", out)
    return out if out != text else None


def _date_forms(iso: str) -> tuple[list[str], dict[str, str]]:
    """The ways ``iso`` may be written in a posting (regexes) and the values to write it another way."""
    y, m, d = iso.split("-")
    month = MONTHS[int(m) - 1]
    mon = month[:3]
    di, mi = str(int(d)), str(int(m))
    values = {"y": y, "mm": m, "dd": d, "d": di, "M": month, "Mon": mon}
    day = rf"0?{di}"
    names = rf"(?:{month}|{month[:4]}\.?|{mon}\.?)"  # "Sept." too
    forms = [rf"\b{y}-{m}-{d}\b", rf"\b{names}[ \t]+{day}(?:st|nd|rd|th)?,?[ \t]+{y}\b",
             rf"\b{day}(?:st|nd|rd|th)?[ \t]+{names},?[ \t]+{y}\b"]
    # numeric forms in either order: the gold already says which order the posting uses
    forms += [rf"\b{y}/{m}/{d}\b", rf"\b{day}[./]0?{mi}[./]{y}\b", rf"\b0?{mi}[./]{day}[./]{y}\b"]
    return forms, values


def date_reformatted(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """The posting date written another unambiguous way: "2024-05-09" ↔ "May 9, 2024" ↔ "09 May 2024"."""
    iso = _gold(base).get("date_posted")
    if html or not iso or not re.fullmatch(r"\d{4}-\d\d-\d\d", str(iso)):
        return None
    forms, values = _date_forms(str(iso))
    for form in forms:
        m = re.search(form, text, re.I)
        if m:
            targets = [t.format(**values) for t in DATE_TARGETS]
            targets = [t for t in targets if t.casefold() != m.group(0).casefold()]
            return text[:m.start()] + rng.choice(targets) + text[m.end():]
    return None


# ------------------------------------------------------------------------------------------------
# copy-paste and board layouts: the head block on one line, a company rating, collapsed-section
# buttons, a hard-wrapped body, the title re-cased (each value stays stated; case and whitespace
# are normalised by the scorer)
# ------------------------------------------------------------------------------------------------
HEAD_SEPARATORS = [" · ", " | ", " • "]
COMPANY_BADGES = ["{c} 4.1 ★", "{c} · 12,345 followers", "{c}\t3.8 ★ (214 reviews)", "{c} 4.6★ 2,031 reviews",
                  "{c} · 873 followers on LinkedIn"]
SECTION_BUTTONS = ["Show more", "Show less", "See more", "Read more", "Apply now", "…see more"]
WRAP_WIDTHS = [64, 72, 80]
HEAD_LINE_MAX = 80  # a head-block line is short: a longer one is prose and ends the block


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _head_line(line: str) -> bool:
    body = line.strip()
    return bool(body) and len(body) <= HEAD_LINE_MAX and not BULLET.match(line) \
        and body.casefold().rstrip(":") not in HEADINGS


def head_one_line(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """The head block around the title (its short lines up to a blank line, heading or bullet) on one line,
    joined by " · ", " | " or " • ", as a board's top card prints it."""
    if html:
        return None
    spans = _title_spans(base)
    if not spans:
        return None
    a, b = _line_at(text, spans[0]["start"])
    if not _head_line(text[a:b]):
        return None
    lines = [(a, b)]
    while len(lines) < 8 and lines[0][0] > 0:  # upwards
        pa, pb = _line_at(text, lines[0][0] - 1)
        if not _head_line(text[pa:pb]):
            break
        lines.insert(0, (pa, pb))
    while len(lines) < 8 and lines[-1][1] < len(text):  # downwards
        na, nb = _line_at(text, lines[-1][1] + 1)
        if not _head_line(text[na:nb]):
            break
        lines.append((na, nb))
    if len(lines) < 2:
        return None
    joined = rng.choice(HEAD_SEPARATORS).join(text[x:y].strip() for x, y in lines)
    return text[:lines[0][0]] + joined + text[lines[-1][1]:]


def company_rating(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """The gold company's own line carries the board's rating or follower count: "Acme Corp 4.1 ★",
    "Acme Corp · 12,345 followers"."""
    company = _gold(base).get("company")
    if html or not company:
        return None
    m = re.search(rf"(?m)^([ \t]*){re.escape(company)}[ \t]*$", text)
    if not m:
        return None
    return text[:m.start()] + m.group(1) + rng.choice(COMPANY_BADGES).format(c=company) + text[m.end():]


def section_buttons(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """A collapsed-section button row ("Show more", "See more", "Apply now") after the last line before each
    known section heading, and one at the end."""
    if html:
        return None
    spans = _heading_lines(text)
    if not spans:
        return None
    button = rng.choice(SECTION_BUTTONS)
    out = text.rstrip("\n") + "\n" + button + "\n"
    for start, _ in reversed(spans):
        line_start = text.rfind("\n", 0, start) + 1
        before = text[:line_start].rstrip()
        if not before:
            continue
        out = out[:len(before)] + "\n" + button + out[len(before):]
    return out


def _wrap(line: str, width: int) -> str:
    indent = re.match(r"[ \t]*", line).group(0)
    marker = BULLET.match(line)
    hang = indent + " " * (marker.end() - len(indent)) if marker else indent
    words = line[len(indent):].split(" ")
    rows, row = [], indent
    for word in words:
        if row.strip() and len(row) + 1 + len(word) > width:
            rows.append(row)
            row = hang + word
        else:
            row = row + (" " if row.strip() else "") + word
    rows.append(row)
    return "\n".join(rows)


def hard_wrapped(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Every line longer than 64, 72 or 80 characters hard-wrapped at a space, as a plain-text email or a
    PDF copy breaks it; a bullet's continuation rows hang under its text."""
    if html:
        return None
    width = rng.choice(WRAP_WIDTHS)
    out = "\n".join(_wrap(line, width) if len(line) > width else line for line in text.split("\n"))
    return out if out != text else None


def _title_in_case(text: str, title: str, case: Callable[[str], str]) -> Optional[str]:
    """``text`` with every occurrence of ``title`` written in ``case`` (None where nothing changes)."""
    out = re.sub(re.escape(title), lambda m: case(m.group(0)), text)
    return out if out != text else None


def title_recased(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Every occurrence of the gold title in ALL CAPS or in lower case (the scorer ignores case)."""
    title = _gold(base).get("title")
    if html or not title or title.upper() == title.lower():
        return None
    return _title_in_case(text, title, rng.choice([str.upper, str.lower]))


def title_upper(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """Every occurrence of the gold title in ALL CAPS, as a notice, a newspaper column or a PDF heading prints it."""
    title = _gold(base).get("title")
    if html or not title or title.upper() == title:
        return None
    return _title_in_case(text, title, str.upper)


def _body_start(text: str, base: dict) -> int:
    """Where a posting's body starts: the first blank line after the gold title (-1 when there is none)."""
    spans = _title_spans(base)
    return text.find("\n\n", spans[0]["end"] if spans else 0)


def body_flattened(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """The body after the head block (from the first blank line after the title) with its line breaks turned
    into spaces, as a data export's description column stores a posting: "…the team. What you'll do • Build …"."""
    blank = -1 if html else _body_start(text, base)
    if blank < 0:
        return None
    return text[:blank] + "\n\n" + " ".join(text[blank:].split()) + "\n"


def body_glued(text: str, rng: random.Random, base: dict, html: bool) -> Optional[str]:
    """The body after the head block with its line breaks and bullet marks gone and nothing in their place, as a
    board's description field keeps a page's blocks when it takes their text alone:
    "…with the team.ResponsibilitiesBuild the pipelineReview code…"."""
    blank = -1 if html else _body_start(text, base)
    if blank < 0:
        return None
    lines = (BULLET.sub("", line).strip() for line in text[blank:].splitlines())
    return text[:blank] + "\n\n" + "".join(line for line in lines if line) + "\n"


TRANSFORMS: dict[str, Callable[[str, random.Random, dict, bool], Optional[str]]] = {
    "chrome_head": chrome_head,
    "chrome_tail": chrome_tail,
    "chrome_actions": chrome_actions,
    "crlf": crlf,
    "tabs": tabs,
    "blank_doubled": blank_doubled,
    "blank_removed": blank_removed,
    "bullets_swapped": bullets_swapped,
    "bullets_glued": bullets_glued,
    "bullets_glued_heading": bullets_glued_heading,
    "headings_upper": headings_upper,
    "headings_title": headings_title,
    "label_synonym": label_synonym,
    "label_newline": label_newline,
    "meta_reordered": meta_reordered,
    "highlights": highlights,
    "page_title": page_title,
    "breadcrumb": breadcrumb,
    "label_inline": label_inline,
    "state_swapped": state_swapped,
    "date_reformatted": date_reformatted,
    "head_one_line": head_one_line,
    "company_rating": company_rating,
    "section_buttons": section_buttons,
    "hard_wrapped": hard_wrapped,
    "title_recased": title_recased,
    "title_upper": title_upper,
    "body_flattened": body_flattened,
    "body_glued": body_glued,
}


def apply(name: str, doc_id: str, text: str, base: dict, html: bool, seed: int = 0) -> Optional[str]:
    """The text of ``doc_id`` under transformation ``name`` (None where it does not apply or changes nothing).

    The random choices (which chrome block, which synonym) depend only on ``seed``, the name and the id.
    Raises:
        KeyError: an unknown transformation.
    """
    rng = random.Random(f"{seed}:{name}:{doc_id}")
    out = TRANSFORMS[name](text, rng, base, html)
    return out if out is not None and out != text else None


# ------------------------------------------------------------------------------------------------
# running
# ------------------------------------------------------------------------------------------------
_EXTRACTOR = None


def _extract(text: str) -> dict:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from extractor.pipeline import Extractor
        _EXTRACTOR = Extractor(use_llm=False)
    try:
        posting = _EXTRACTOR.extract(text)
    except Exception as exc:  # noqa: BLE001 - a failing variant counts as all-empty
        return {"record": {}, "provenance": {}, "error": f"{type(exc).__name__}: {exc}"}
    prov = {name: {"spans": [{"start": s.start, "end": s.end} for s in p.spans]} for name, p in posting.provenance.items()}
    return {"record": posting.model_dump(mode="json"), "provenance": prov}


def scores(gold: dict, pred: dict, annotated: Iterable[str]) -> dict[str, float]:
    """Per annotated field, the eval score of ``pred`` against ``gold``."""
    return {f: compare_field(f, gold.get(f), pred.get(f)).score for f in annotated}


def run_doc(doc: dict, names: list[str], seed: int = 0) -> dict:
    """Base and per-transformation scores (and changed values) of one posting."""
    base = _extract(doc["text"])
    base_scores = scores(doc["gold"], base["record"], doc["annotated"])
    out = {"id": doc["id"], "group": doc["group"], "transforms": {}}
    for name in names:
        text = apply(name, doc["id"], doc["text"], {**base, "gold": doc["gold"]}, doc["html"], seed)
        if text is None:
            continue
        pred = _extract(text)["record"]
        new = scores(doc["gold"], pred, doc["annotated"])
        changes = {}
        for f, before in base_scores.items():
            after = new[f]
            if f in STRUCTURED:
                moved = (before == 1.0) != (after == 1.0)
            else:
                moved = abs(after - before) > LIST_DELTA
            if moved:
                changes[f] = {"before": round(before, 3), "after": round(after, 3),
                              "gold": doc["gold"].get(f), "base": base["record"].get(f), "pred": pred.get(f)}
        out["transforms"][name] = changes
    return out


def tally(results: list[dict]) -> dict[str, Any]:
    """Per transformation: postings changed, and per field right→wrong / wrong→right counts."""
    table: dict[str, Any] = {}
    for res in results:
        for name, changes in res["transforms"].items():
            row = table.setdefault(name, {"postings": 0, "fields": defaultdict(lambda: [0, 0])})
            row["postings"] += 1
            for f, ch in changes.items():
                row["fields"][f][0 if ch["after"] < ch["before"] else 1] += 1
    return table


def print_table(table: dict[str, Any], out=sys.stdout) -> None:
    print(f"{'transformation':16} {'postings':>8} {'r→w':>5} {'w→r':>5}  fields (r→w/w→r)", file=out)
    for name in TRANSFORMS:
        if name not in table:
            continue
        row = table[name]
        worse = sum(v[0] for v in row["fields"].values())
        better = sum(v[1] for v in row["fields"].values())
        detail = ", ".join(f"{f} {v[0]}/{v[1]}" for f, v in sorted(row["fields"].items(), key=lambda kv: -kv[1][0]))
        print(f"{name:16} {row['postings']:>8} {worse:>5} {better:>5}  {detail}", file=out)


_NAMES: list[str] = []


def _init(names: list[str]) -> None:
    _NAMES[:] = names


def _work(doc: dict) -> dict:
    return run_doc(doc, _NAMES)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--golden", default="golden", help="the synthetic golden set; only opened ids are read")
    parser.add_argument("--real", default="golden/real", help="the real set (\"\" to skip); held-out rows are never read")
    parser.add_argument("--ids", action="append", default=[], help="only ids starting with this prefix (repeatable)")
    parser.add_argument("--transforms", nargs="+", default=list(TRANSFORMS), help="only these transformations (default: all)")
    parser.add_argument("--every", type=int, default=1, help="every N-th posting only (a quicker sample)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--out", help="write the counts and the changed values (gold, before, after) as JSON")
    parser.add_argument("--list", action="store_true", help="print the transformations and stop")
    args = parser.parse_args(argv)
    if args.list:
        for name, fn in TRANSFORMS.items():
            print(name, "-", (fn.__doc__ or "").strip().split("\n")[0])
        return 0
    unknown = [n for n in args.transforms if n not in TRANSFORMS]
    if unknown:
        parser.error(f"unknown transformation(s): {', '.join(unknown)}")
    docs = load_opened(Path(args.golden), real=False, prefixes=args.ids) if args.golden else []
    if args.real:
        docs += load_opened(Path(args.real), real=True, prefixes=args.ids)
    docs = docs[:: max(1, args.every)]
    if args.jobs > 1:
        from multiprocessing import Pool
        with Pool(args.jobs, initializer=_init, initargs=(args.transforms,)) as pool:
            results = []
            for res in pool.imap(_work, docs, chunksize=2):
                results.append(res)
                if len(results) % 25 == 0:
                    print(f"{len(results)}/{len(docs)}", file=sys.stderr, flush=True)
    else:
        results = [run_doc(doc, args.transforms) for doc in docs]
    table = tally(results)
    print(f"{len(docs)} postings")
    print_table(table)
    if args.out:
        Path(args.out).write_text(json.dumps({"postings": len(docs), "table": {k: {"postings": v["postings"], "fields": dict(v["fields"])} for k, v in table.items()},
                                              "results": results}, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
