"""Build the real-postings evaluation set (``golden/real``) from the sources' own fields.

Every value in an annotation comes from a field the source itself recorded (the job board's
or the publisher's column), mapped to our field names and value conventions by the
functions below, then corrected by hand where the hand-check found an error
(``overrides.json``). The extractor is never run here.

Sources (origin, commit and licence are recorded in ``golden/README.md``, "Real postings"):

* ``emscad``: the Employment Scam Aegean Dataset (Workable job ads, 2012-2014), CC0 1.0, as
  ``fake_job_postings.csv``; only legitimate ads (``fraudulent == 0``) are used. The first 140 picks are
  split by the id hash; picks[140:180], the 40 ads ``emscad2``, picks[180:220], the 40 ads ``emscad3``,
  picks[220:260], the 40 ads ``emscad4``, picks[260:300], the 40 ads ``emscad5``, and picks[300:], the
  ``emscad6`` ads (23: our copy runs out of eligible ads at 323 picks), added later, are all ``test``
  (``TEST_FROM``).
* ``nycjobs``: the City of New York's "NYC Jobs" open dataset (postings of City agencies), as
  ``nyc-jobs.csv``.
* ``usajobs``: announcements of US federal agencies on usajobs.gov (2016), saved USAJOBS Search
  API responses ``usajobs_data1.json`` and ``usajobs_data2.json`` (US Government works, public
  domain); each written as an HTML page laid out like the board's announcement page.
* ``csj``: adverts of UK government departments on Civil Service Jobs (2025-2026, Open Government
  Licence), PDF prints of the advert pages in an archive's ``jobs/`` folder, read as text with
  ``pdftotext`` (poppler-utils), personal data masked; split by position in the selection
  (``DEV_PICKS``: the first 50 picks ``dev``, the next 30 ``test``).
* ``platsbanken`` (Source 5): ads on Platsbanken, the Swedish Public Employment Service's job board
  (Arbetsförmedlingen, 2025), one saved JobTech JobSearch API response (open data, CC0), each laid out
  like the board's ad page from its fields, personal data masked; split by position like csj (``DEV_PICKS``: the first 25 picks ``dev``, opened on
  2026-12-02, the other 24 ``test``). Optional
  on the command line (``--platsbanken``), but a build without it leaves the source out of the set.

Usage (paths are the files taken out of the fetched repositories with ``git show``, and the
``jobs`` folder with ``git archive``)::

    python golden/real/build.py --emscad fake_job_postings.csv --nyc nyc-jobs.csv \
        --usajobs usajobs_data1.json usajobs_data2.json --csj jobs --platsbanken testObject.ts

It rewrites ``docs/``, ``annotations/`` and ``index.csv`` (``id,source,layout,split,notes,group``; ``group``
is the source, or the batch name of picks held out by ``TEST_FROM``) next to this file, then writes the
hand-annotated list fields of ``lists.json`` and the hand-annotated ``company`` of
``company.json`` into the annotations (last). Running it twice on the same inputs gives the same
files. ``python golden/real/build.py --apply-lists-only`` does only those last steps, on the committed annotations (no source files needed).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from html import escape, unescape
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the checkout's extractor package: its field table only

from extractor.fields import FIELD_NAMES  # noqa: E402 - needs the path above

N_EMSCAD = 340  # asked for; our copy of the dataset runs out at 323 picks (emscad6 holds 23 ads, not 40)
# The first 140 EMSCAD picks (split by the id hash, like nycjobs and usajobs); picks[140:180], the 40 ads
# "emscad2", picks[180:220], the 40 ads "emscad3", picks[220:260], the 40 ads "emscad4", picks[260:300],
# the 40 ads "emscad5", all added on 2026-12-01, and picks[300:], the 23 ads "emscad6" (the copy's last
# eligible ads), added on 2026-12-02, are all ``test`` (``TEST_FROM``) and marked in index.csv's ``group`` column.
N_EMSCAD_FIRST = 140
EMSCAD_PER_COMPANY = 2  # cap per company (same company_profile) on all the picks after the first 140
N_NYC = 60

COUNTRIES = {
    "US": "United States", "GB": "United Kingdom", "GR": "Greece", "DE": "Germany", "CA": "Canada",
    "NZ": "New Zealand", "AU": "Australia", "IN": "India", "SG": "Singapore", "AE": "United Arab Emirates",
    "EG": "Egypt", "IL": "Israel", "PL": "Poland", "BE": "Belgium", "BR": "Brazil", "RU": "Russia",
    "ZA": "South Africa", "HK": "Hong Kong", "SA": "Saudi Arabia", "DK": "Denmark", "CY": "Cyprus",
    "TR": "Turkey", "IE": "Ireland", "LT": "Lithuania", "JP": "Japan", "NL": "Netherlands", "AT": "Austria",
    "KR": "South Korea", "FR": "France", "ES": "Spain", "IT": "Italy", "SE": "Sweden", "PH": "Philippines",
}
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
# First-level regions whose code we can name with confidence; any other region code drops the
# location from the annotation (a wrong region would score the whole place as wrong).
REGIONS = {
    "US": US_STATES,
    "CA": {"ON": "Ontario", "BC": "British Columbia", "AB": "Alberta", "MB": "Manitoba", "QC": "Quebec",
           "NS": "Nova Scotia", "NT": "Northwest Territories", "SK": "Saskatchewan"},
    "AU": {"NSW": "New South Wales", "QLD": "Queensland", "VIC": "Victoria", "WA": "Western Australia",
           "SA": "South Australia", "TAS": "Tasmania", "ACT": "Australian Capital Territory"},
    "IN": {"MP": "Madhya Pradesh", "AP": "Andhra Pradesh", "MH": "Maharashtra", "KA": "Karnataka",
           "TN": "Tamil Nadu", "DL": "Delhi", "UP": "Uttar Pradesh", "WB": "West Bengal"},
    "DE": {"BY": "Bavaria", "BE": "Berlin", "HH": "Hamburg", "HE": "Hesse", "NW": "North Rhine-Westphalia",
           "BW": "Baden-Württemberg"},
}
OWN_DOLLAR = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD"}
SYMBOLS = {"£": "GBP", "€": "EUR", "₹": "INR"}
# Countries paying in dollars, pounds or euros: there a five- or six-figure "Salary" is yearly pay (the
# convention's rule); elsewhere (roubles, rupees, pounds of Egypt…) the period stays unstated.
ANNUAL_BY_DEFAULT = {"US", "GB", "IE", "DE", "GR", "NL", "BE", "FR", "AT", "ES", "IT", "CY", "LT",
                     "CA", "AU", "NZ", "SG", "HK"}

EMSCAD_EMPLOYMENT = {"Full-time": "full_time", "Part-time": "part_time", "Contract": "contract", "Temporary": "temporary"}
EMSCAD_EDUCATION = {
    "High School or equivalent": "high_school", "Associate Degree": "associate", "Bachelor's Degree": "bachelor",
    "Master's Degree": "master", "Doctorate": "doctorate",
}
NYC_PERIOD = {"Annual": "year", "Hourly": "hour", "Daily": "day"}
# Degree words by level, to flag annotations where the text names a lower degree than the board's field.
DEGREE_WORDS = {
    "high_school": r"high school|\bGED\b|\bdiploma\b|secondary school",
    "associate": r"associate'?s? degree|\bHND\b",
    "bachelor": r"bachelor|\bB\.?S\.?c?\b|\bB\.?A\.?\b|undergraduate degree|baccalaureate|university degree|college degree|\bdegree\b",
    "master": r"master'?s|\bM\.?S\.?c?\b|\bMBA\b",
}
EDU_ORDER = ["high_school", "associate", "bachelor", "master", "doctorate"]
REMOTE_CUE = re.compile(r"remote|telecommut|work(ing)? from home|home[- ]based|from anywhere", re.I)


# Sources split by position in their selection rather than by hash: the first ``n`` picks are ``dev``, the
# rest ``test`` (csj: picks[:50] dev, the 50 adverts of the source's first round, opened for tuning on
# 2026-12-01; picks[50:] test, the 30 adverts "csj3" added then, held out; platsbanken: picks[:25] dev, opened
# on 2026-12-02, picks[25:] test, still held out; see golden/README.md).
DEV_PICKS = {"csj": 50, "platsbanken": 25}
# Sources whose picks from a position on are all ``test`` whatever their hash, as ``(start, group)`` batches in
# order: each batch runs from its start to the next one's (the last to the end) and gives its picks that group
# name in index.csv's ``group`` column (every other row's group is its source). emscad: picks[140:180] the 40
# ads "emscad2", picks[180:220] the 40 ads "emscad3", picks[220:260] the 40 ads "emscad4", picks[260:300] the
# 40 ads "emscad5", picks[300:] the 23 ads "emscad6", held out. platsbanken (Source 5) was held out
# whole in its first round; since 2026-12-02 it is split like csj (``DEV_PICKS``): its first 25 picks ``dev``.
TEST_FROM = {"emscad": [(N_EMSCAD_FIRST, "emscad2"), (180, "emscad3"), (220, "emscad4"), (260, "emscad5"),
                        (300, "emscad6")]}


def held_out_batch(source: str, position: int) -> Optional[str]:
    """The ``TEST_FROM`` batch holding the ``position``-th pick of ``source``, or None before the first."""
    batch = None
    for start, name in TEST_FROM.get(source, []):
        if position >= start:
            batch = name
    return batch


def split_of(doc_id: str, position: int) -> str:
    """The split of the posting ``doc_id``, the ``position``-th (from 0) pick of its source's selection:
    for a source in ``DEV_PICKS``, ``dev`` for the first picks and ``test`` after them; for a source in
    ``TEST_FROM``, ``test`` from its first batch's start on; for the others (and before it), ``dev`` or ``test`` from a
    stable hash of the id (about half each)."""
    source = doc_id.split("_", 1)[0]
    if held_out_batch(source, position):
        return "test"
    if source in DEV_PICKS:
        return "dev" if position < DEV_PICKS[source] else "test"
    return "dev" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def group_of(doc_id: str, position: int) -> str:
    """The group of the ``position``-th pick in index.csv: the batch name from ``TEST_FROM`` for the picks it
    holds out, else the source (the id's prefix)."""
    source = doc_id.split("_", 1)[0]
    return held_out_batch(source, position) or source


def rank(key: str) -> str:
    """A stable pseudo-random order for sampling."""
    return hashlib.sha256(("real-set-v1:" + key).encode("utf-8")).hexdigest()


def read_csv(path: Path) -> list[dict[str, str]]:
    """All rows of a CSV file (UTF-8), each a dict keyed by header."""
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# ---------------------------------------------------------------------------------------- EMSCAD


def emscad_location(raw: str) -> Optional[list[dict[str, Optional[str]]]]:
    """``"US, NY, New York"`` → one place; None (not annotated) when a part cannot be mapped."""
    parts = [p.strip() for p in raw.split(",")]
    if len(parts) != 3 or not parts[0]:
        return None
    country_code, region_code, city = parts
    country = COUNTRIES.get(country_code)
    if country is None:
        return None
    region = None
    if region_code:
        region = REGIONS.get(country_code, {}).get(region_code)
        if region is None:
            return None
    return [{"city": city or None, "region": region, "country": country}]


def emscad_doc(row: dict[str, str]) -> str:
    """One document, assembled the way a board page shows the fields (see README)."""
    header = [row["title"]]
    if row["location"].strip():
        header.append(row["location"])
    facts = [
        ("Department", row["department"]), ("Salary", row["salary_range"]),
        ("Employment type", row["employment_type"]), ("Experience", row["required_experience"]),
        ("Education", row["required_education"]), ("Industry", row["industry"]), ("Function", row["function"]),
    ]
    blocks = ["\n".join(header)]
    fact_lines = [f"{label}: {value}" for label, value in facts if value.strip()]
    if fact_lines:
        blocks.append("\n".join(fact_lines))
    for heading, key in (("Company Description", "company_profile"), ("Job Description", "description"),
                         ("Requirements", "requirements"), ("Benefits", "benefits")):
        if row[key].strip():
            blocks.append(f"{heading}\n{row[key]}")
    return "\n\n".join(blocks) + "\n"


def _number_forms(value: float) -> list[str]:
    if float(value).is_integer():
        value = int(value)
        forms = {str(value), f"{value:,}"}
        if value >= 1000 and value % 1000 == 0:
            forms |= {f"{value // 1000}k", f"{value // 1000}K"}
    else:
        forms = {f"{value:.2f}", f"{value:,.2f}"}
    return sorted(forms, key=len, reverse=True)


def currency_and_period(value: float, body: str, country_code: str) -> tuple[Optional[str], Optional[str]]:
    """Currency written before ``value`` in ``body`` and a period word right after it, when present."""
    for form in _number_forms(value):
        hit = re.search(r"(US\$|C\$|A\$|NZ\$|\$|£|€|₹|\b(?:USD|GBP|EUR|CAD|AUD|NZD|INR|SGD)\s?)\s?" + re.escape(form) + r"(?![\d,])", body)
        if not hit:
            continue
        symbol = hit.group(1).strip()
        if symbol == "$":
            currency = OWN_DOLLAR.get(country_code, "USD")
        elif symbol.endswith("$"):
            currency = {"US$": "USD", "C$": "CAD", "A$": "AUD", "NZ$": "NZD"}[symbol]
        else:
            currency = SYMBOLS.get(symbol, symbol)
        tail = body[hit.end(): hit.end() + 40].lower()
        found = []
        for words, name in ((r"per hour|/hr|/hour|an hour|hourly", "hour"), (r"per day|/day|daily", "day"),
                            (r"per week|/week|weekly", "week"), (r"per month|/month|monthly|/mo\b", "month"),
                            (r"per year|per annum|p\.a\.|/year|annual|a year|/yr", "year")):
            word = re.search(words, tail)
            if word:
                found.append((word.start(), name))
        return currency, (min(found)[1] if found else None)
    return None, None


def emscad_salary(row: dict[str, str], body: str, country_code: str) -> tuple[Optional[dict[str, Any]], str]:
    """The board's ``salary_range`` as a salary, currency/period from the text; (None, why) when unusable."""
    match = re.fullmatch(r"(\d+)-(\d+)", row["salary_range"].strip())
    if not match:
        return None, f"salary_range {row['salary_range']!r} is not a number range"
    low, high = int(match.group(1)), int(match.group(2))
    if low <= 0 or high < low:
        return None, f"salary_range {row['salary_range']!r} is empty or reversed"
    currency, period = currency_and_period(low, body, country_code)
    if period is None and low >= 10000 and country_code in ANNUAL_BY_DEFAULT:
        period = "year"  # a five/six-figure $/£/€ amount labelled "Salary" can only be annual pay
    return {"min": low, "max": high, "currency": currency, "period": period}, ""


def emscad_annotation(row: dict[str, str], doc: str, flags: list[str]) -> dict[str, Any]:
    """The annotation from the board's fields; ``flags`` collects what the hand-check must look at."""
    ann: dict[str, Any] = {"title": row["title"].strip()}
    if " - " in ann["title"] or "(" in ann["title"]:
        flags.append(f"title may carry a location or code: {ann['title']!r}")
    loc = emscad_location(row["location"]) if row["location"].strip() else None
    if loc is not None:
        ann["locations"] = loc
    if row["telecommuting"] == "1" and REMOTE_CUE.search(doc):
        ann["workplace"] = "remote"
    if row["department"].strip():
        ann["team"] = row["department"].strip()
    if row["employment_type"] in EMSCAD_EMPLOYMENT:
        ann["employment_type"] = EMSCAD_EMPLOYMENT[row["employment_type"]]
    if row["salary_range"].strip():
        salary, why = emscad_salary(row, doc, row["location"].split(",")[0].strip())
        if salary is not None:
            ann["salary"] = salary
        else:
            flags.append(why)
    level = EMSCAD_EDUCATION.get(row["required_education"])
    if level:
        ann["education_level"] = level
        body = doc.split("\n\n", 2)[-1]
        for lower in EDU_ORDER[: EDU_ORDER.index(level)]:
            if re.search(DEGREE_WORDS[lower], body, re.I):
                flags.append(f"education field {level} but text mentions {lower}")
                break
    return ann


def emscad_select(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Legitimate ads: every one with a usable salary range, every telecommuting one, then others by stable rank.

    The first ``N_EMSCAD_FIRST`` of that order are taken as they come; the picks after them continue the
    same order but skip an ad whose company (its ``company_profile``; an ad without one is its own company)
    already has ``EMSCAD_PER_COMPANY`` of those later picks (emscad2 to emscad6 counted together), so that
    one advertiser's near-identical ads do not fill them."""
    legit = [r for r in rows if r.get("fraudulent") == "0" and r.get("job_id", "").strip() and r["title"].strip()]
    legit = [r for r in legit if len(r["description"]) >= 200]
    with_pay = [r for r in legit if re.fullmatch(r"\d+-\d+", r["salary_range"].strip())
                and 0 < int(r["salary_range"].split("-")[0]) <= int(r["salary_range"].split("-")[1])]
    remote = [r for r in legit if r["telecommuting"] == "1" and r not in with_pay]
    rest = sorted((r for r in legit if r not in with_pay and r not in remote), key=lambda r: rank("emscad:" + r["job_id"]))
    picked = sorted(with_pay, key=lambda r: rank("emscad:" + r["job_id"])) + sorted(remote, key=lambda r: rank("emscad:" + r["job_id"]))
    order = picked + rest
    first, later, per_company = order[:N_EMSCAD_FIRST], [], {}
    for row in order[N_EMSCAD_FIRST:]:
        if len(first) + len(later) == N_EMSCAD:
            break
        company = " ".join(row["company_profile"].split()) or "job " + row["job_id"]
        if per_company.get(company, 0) < EMSCAD_PER_COMPANY:
            per_company[company] = per_company.get(company, 0) + 1
            later.append(row)
    return first + later


# Camel-case words whose inner capital is not an item boundary ("JavaScript", "LinkedIn", "MySQL").
_CAMEL_LEFT = re.compile(r"(?:Java|Power|Share|Word|Quick|Hub|Git|Linked|You|Sales|Face|Drop|Black|Post|My|No|Type|"
                         r"Coffee|Web|Mc|Mac|Mongo|Dev|Fin|Pay|Net|Inter|Pro|Smart|Work|Cloud|Zen|Tele|Auto|Photo|"
                         r"Dream|Free|Base)$")


def split_items(text: str) -> list[str]:
    """A requirements text cut into its items: at bullets, else where a word or full stop runs into
    the capital letter of the next item with no space ("…systemsResearching…"). A draft: the
    hand-check corrects it with list operations (see ``apply_list_ops``)."""
    text = text.strip()
    if re.search(r"[•·]", text):
        return [p.strip(" \t\u00a0-*") for p in re.split(r"[•·]", text) if p.strip(" \t\u00a0-*")]
    cuts = []
    for match in re.finditer(r"(?<=[a-z0-9.)!?%;:’'\"])(?=[A-Z])", text):
        left = re.search(r"([A-Za-z]*)$", text[: match.start()]).group(1)
        if left and (_CAMEL_LEFT.search(left) or (len(left) <= 2 and left.islower())
                     or (left[0].isupper() and any(c.isupper() for c in left[1:]))):
            continue
        cuts.append(match.start())
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def apply_list_ops(items: list[str], ops: list[list[str]]) -> tuple[list[str], list[str]]:
    """Hand corrections of a draft item list; each op names its item by how the item starts.

    ``["drop", start]`` removes a heading or non-item; ``["join", start]`` glues the item to the
    next one (a false cut inside "B2B"); ``["split", start, at]`` cuts an item where ``at`` begins;
    ``["strip", start]`` removes a heading glued in front of an item; ``["cut", start, at]`` drops
    the text from ``at`` on (a following heading); ``["preferred_from", start]`` drops that heading
    and sends the items after it to preferred_qualifications.

    Returns:
        ``(minimum_qualifications, preferred_qualifications)``.

    Raises:
        ValueError: an op names an item that is not there (the draft changed under the override).
    """
    items = list(items)
    preferred_at = None

    def find(start: str) -> int:
        for i, item in enumerate(items):
            if item.startswith(start):
                return i
        raise ValueError(f"no item starts with {start!r}")

    for op, start, *rest in ops:
        i = find(start)
        if op == "drop":
            del items[i]
        elif op == "join":
            items[i : i + 2] = [items[i] + items[i + 1]]
        elif op == "split":
            at = items[i].index(rest[0])
            items[i : i + 1] = [items[i][:at].strip(), items[i][at:].strip()]
        elif op == "strip":
            items[i] = items[i][len(start):].strip()
        elif op == "cut":
            items[i] = items[i][: items[i].index(rest[0])].strip()
        elif op == "preferred_from":
            del items[i]
            preferred_at = i
        else:
            raise ValueError(f"unknown list op {op!r}")
    if preferred_at is None:
        return items, []
    return items[:preferred_at], items[preferred_at:]


# ------------------------------------------------------------------------------------- NYC Jobs

EMSCAD_COLUMNS = (
    "job_id", "title", "location", "department", "salary_range", "company_profile", "description", "requirements",
    "benefits", "telecommuting", "employment_type", "required_experience", "required_education", "industry",
    "function", "fraudulent",
)
NYC_COLUMNS = ("Job ID", "Agency", "Posting Type", "Business Title", "Salary Range From", "Salary Range To",
               "Salary Frequency", "Work Location", "Division/Work Unit", "Job Description", "Posting Date")
NYC_FACTS = (
    "Job ID", "Posting Type", "# Of Positions", "Civil Service Title", "Title Code No", "Level", "Job Category",
    "Full-Time/Part-Time indicator", "Salary Range From", "Salary Range To", "Salary Frequency",
    "Division/Work Unit", "Posting Date", "Post Until", "Posting Updated",
)
NYC_TEXTS = (
    "Job Description", "Minimum Qual Requirements", "Preferred Skills", "Additional Information", "To Apply",
    "Hours/Shift", "Work Location 1", "Recruitment Contact", "Residency Requirement",
)


def nyc_doc(row: dict[str, str]) -> str:
    """One document: title, agency and work location lines, the fields, then the texts (see README)."""
    header = [row["Business Title"], row["Agency"]]
    if row["Work Location"].strip():
        header.append(row["Work Location"])
    blocks = ["\n".join(header), "\n".join(f"{k}: {row[k]}" for k in NYC_FACTS if row.get(k, "").strip())]
    for heading in NYC_TEXTS:
        if row.get(heading, "").strip():
            blocks.append(f"{heading}\n{row[heading]}")
    return "\n\n".join(blocks) + "\n"


def _money(raw: str) -> float:
    value = float(raw)
    return int(value) if value.is_integer() else value


def nyc_annotation(row: dict[str, str], doc: str, flags: list[str]) -> dict[str, Any]:
    """The annotation from the dataset's columns."""
    ann: dict[str, Any] = {
        "title": row["Business Title"].strip(),
        "company": row["Agency"].strip(),
        "job_id": row["Job ID"].strip(),
    }
    if row["Division/Work Unit"].strip():
        ann["team"] = row["Division/Work Unit"].strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", row["Posting Date"]):
        ann["date_posted"] = row["Posting Date"][:10]
    period = NYC_PERIOD.get(row["Salary Frequency"].strip())
    try:
        low, high = _money(row["Salary Range From"]), _money(row["Salary Range To"])
    except ValueError:
        low = high = None
    if period and low is not None and high is not None and 0 < low <= high:
        currency, _ = currency_and_period(low, doc, "US")
        ann["salary"] = {"min": low, "max": high, "currency": currency, "period": period}
    else:
        flags.append("no usable salary columns")
    return ann


def nyc_select(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per Job ID (the external posting when both exist), by stable rank."""
    by_id: dict[str, dict[str, str]] = {}
    for row in rows:
        job_id = row.get("Job ID", "").strip()
        if not job_id or len(row.get("Job Description", "")) < 200:
            continue
        if job_id not in by_id or row["Posting Type"] == "External":
            by_id[job_id] = row
    return sorted(by_id.values(), key=lambda r: rank("nyc:" + r["Job ID"]))[:N_NYC]


# ------------------------------------------------------------------------------------- USAJOBS

N_USAJOBS = 60
USAJOBS_MAX_PLACES = 5  # a page listing more places is skipped (the list would dominate the document)
USAJOBS_PERIOD = {"Per Year": "year", "Per Hour": "hour"}
# Appointment types that make the job temporary, seasonal, a term or a student post: with a
# full- or part-time schedule the posting states two employment types, so the field is left out.
USAJOBS_NOT_PLAIN = re.compile(r"tempor|term\b|seasonal|intern|student|graduate|summer|\bNTE\b|not[- ]to[- ]exceed|"
                               r"time limited|intermittent|multiple|indefinite|trust", re.I)


def read_usajobs(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """The search results (``SearchResult.SearchResultItems``) of saved USAJOBS Search API responses.

    Raises:
        OSError, UnicodeDecodeError, json.JSONDecodeError: a file cannot be read as JSON.
        KeyError: a file is not a USAJOBS search response.
    """
    items: list[dict[str, Any]] = []
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "SearchResult" not in data:
            raise KeyError(f"{path} is not a USAJOBS search response (no 'SearchResult')")
        for item in data["SearchResult"]["SearchResultItems"]:
            item = dict(item["MatchedObjectDescriptor"], MatchedObjectId=item["MatchedObjectId"])
            item["job_id"] = item["MatchedObjectId"]  # the control number names the document
            items.append(item)
    return items


def _usajobs_date(iso: str) -> str:
    """``2016-05-03T00:00:00Z`` → ``05/03/2016``, the way the board writes dates."""
    year, month, day = iso[:10].split("-")
    return f"{month}/{day}/{year}"


def _usajobs_pay_text(pay: dict[str, str]) -> str:
    """``$77,490 to $119,794 per year`` (the board's wording)."""
    def fmt(value: float) -> str:
        return f"${value:,}" if isinstance(value, int) else f"${value:,.2f}"
    low, high = _money(pay["MinimumRange"]), _money(pay["MaximumRange"])
    return f"{fmt(low)} to {fmt(high)} {pay['RateIntervalCode'].lower()}"


def _text(value: str) -> str:
    """Text as HTML character data (``&``, ``<``, ``>`` escaped; quotes kept as written)."""
    return escape(value, quote=False)


def usajobs_doc(item: dict[str, Any]) -> str:
    """One HTML page, laid out the way usajobs.gov shows an announcement (see README).

    Title heading; agency and department lines; the overview as a definition list (dates,
    salary, grade, locations, schedule, appointment type, who may apply, announcement and
    control numbers); then the ``Summary`` (JobSummary) and ``Qualifications``
    (QualificationSummary) sections, each text HTML-escaped and otherwise unchanged.
    """
    details = item["UserArea"]["Details"]
    pay = item["PositionRemuneration"][0]
    grade = item["JobGrade"][0]["Code"] if item.get("JobGrade") else ""
    low, high = details.get("LowGrade", ""), details.get("HighGrade", "")
    grade_text = f"{grade} {low}" + (f" - {high}" if high and high != low else "")
    places = "".join(f"<li>{_text(p['LocationName'])}</li>" for p in item["PositionLocation"])
    overview = [
        ("Open &amp; closing dates",
         f"{_usajobs_date(item['PublicationStartDate'])} to {_usajobs_date(item['ApplicationCloseDate'])}"),
        ("Salary", _text(_usajobs_pay_text(pay))),
        ("Pay scale &amp; grade", _text(grade_text.strip())),
        ("Location", f"<ul>{places}</ul>"),
        ("Work schedule", _text("; ".join(s["Name"] for s in item["PositionSchedule"]))),
        ("Appointment type", _text("; ".join(s["Name"] for s in item["PositionOfferingType"]))),
        ("Who may apply", _text(details.get("WhoMayApply", {}).get("Name", ""))),
        ("Announcement number", _text(item["PositionID"])),
        ("Control number", _text(item["MatchedObjectId"])),
    ]
    rows = "\n".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in overview if value)
    header = [f"<h1>{_text(item['PositionTitle'])}</h1>", f"<p class=\"agency\">{_text(item['OrganizationName'])}</p>"]
    if item["DepartmentName"].strip():
        header.append(f"<p class=\"department\">{_text(item['DepartmentName'])}</p>")
    return "\n".join([
        "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
        f"<title>{_text(item['PositionTitle'])} | USAJOBS</title>", "</head>", "<body>",
        *header,
        "<h2>Overview</h2>", "<dl>", rows, "</dl>",
        "<h2>Summary</h2>", f"<p>{_text(details['JobSummary'])}</p>",
        "<h2>Qualifications</h2>", f"<p>{_text(item['QualificationSummary'])}</p>",
        "</body>", "</html>",
    ]) + "\n"


def usajobs_location(place: dict[str, Any]) -> dict[str, Optional[str]]:
    """A ``PositionLocation`` entry as a place: ``LocationName`` "City, Region" with the region
    from ``CountrySubDivisionCode`` (``N/A`` abroad: "City, Country"), the country from ``CountryCode``.

    "Location Negotiable After Selection, United States" names the country only; a location
    that is the country itself ("Singapore") or repeats its region ("District of Columbia,
    District of Columbia") has no city.
    """
    name, region, country = place["LocationName"].strip(), place["CountrySubDivisionCode"].strip(), place["CountryCode"].strip()
    region = None if region in ("", "N/A") else region
    city = name
    for tail in (region, country):
        if tail and city.endswith(", " + tail):
            city = city[: -len(tail) - 2].strip()
            break
    if city in (country, region) or city.lower().startswith(("location negotiable", "anywhere")):
        city = None  # "Singapore"; "District of Columbia, District of Columbia"; a country-wide post
    return {"city": city or None, "region": region, "country": country or None}


def usajobs_employment(item: dict[str, Any]) -> Optional[str]:
    """full_time / part_time from the work schedule when the appointment type does not state a
    second type (temporary, term, seasonal, internship …); None (not annotated) otherwise."""
    schedule = " ".join(s["Name"] for s in item["PositionSchedule"])
    offering = " ".join(s["Name"] for s in item["PositionOfferingType"])
    full = re.search(r"\bfull\b", schedule, re.I)  # "Full or part-time" names both
    part = re.search(r"\bpart\b", schedule, re.I)
    if bool(full) == bool(part) or USAJOBS_NOT_PLAIN.search(offering) or USAJOBS_NOT_PLAIN.search(schedule):
        return None
    return "full_time" if full else "part_time"


def usajobs_annotation(item: dict[str, Any], doc: str, flags: list[str]) -> dict[str, Any]:
    """The annotation from the announcement's fields; ``flags`` collects what the hand-check must look at."""
    ann: dict[str, Any] = {
        "title": item["PositionTitle"].strip(),
        "company": item["OrganizationName"].strip(),
        "locations": [usajobs_location(p) for p in item["PositionLocation"]],
        "job_id": item["PositionID"].strip(),
        "date_posted": item["PublicationStartDate"][:10],
    }
    if re.search(r"[,(/]| - |\bNF-|\bGS-", ann["title"]):
        flags.append(f"title may carry a grade, place or second title: {ann['title']!r}")
    if ann["company"].lower().startswith("department of") and ann["company"].lower() != item["DepartmentName"].lower():
        flags.append(f"agency {ann['company']!r} differs from department {item['DepartmentName']!r}")
    for place in ann["locations"]:
        if place["city"] is None or place["region"] is None:
            flags.append(f"place without city or region: {place}")
    employment = usajobs_employment(item)
    if employment:
        ann["employment_type"] = employment
    pay = item["PositionRemuneration"][0]
    period = USAJOBS_PERIOD.get(pay["RateIntervalCode"])
    low, high = _money(pay["MinimumRange"]), _money(pay["MaximumRange"])
    if period and 0 < low <= high:
        ann["salary"] = {"min": low, "max": high, "currency": "USD", "period": period}
        if period == "year" and low < 15000 or period == "hour" and high > 200:
            flags.append(f"salary figures odd for the period: {low}-{high} {period}")
    else:
        flags.append(f"no usable pay: {pay}")
    return ann


def usajobs_select(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Announcements with a summary of 200+ characters, a yearly or hourly pay range and at
    most ``USAJOBS_MAX_PLACES`` places, one per (title, agency): every one with a place outside
    the United States first, then the others by stable rank, up to ``N_USAJOBS``."""
    usable = [it for it in items
              if len(it["UserArea"]["Details"].get("JobSummary", "")) >= 200
              and it["PositionRemuneration"] and it["PositionRemuneration"][0]["RateIntervalCode"] in USAJOBS_PERIOD
              and 0 < len(it["PositionLocation"]) <= USAJOBS_MAX_PLACES]
    usable.sort(key=lambda it: (all(p["CountryCode"] == "United States" for p in it["PositionLocation"]),
                                rank("usajobs:" + it["MatchedObjectId"])))
    seen, picked = set(), []
    for it in usable:
        key = (it["PositionTitle"].strip().lower(), it["OrganizationName"].strip().lower())
        if key not in seen:
            seen.add(key)
            picked.append(it)
    return picked[:N_USAJOBS]


# ---------------------------------------------------------------------------- Civil Service Jobs

N_CSJ = 80  # the first 50 (dev) are the source's first round; picks 50-79 (test) were added later
CSJ_PER_EMPLOYER = 3  # at most this many postings of one department, so no employer dominates
# The summary box of a Civil Service Jobs advert: each label on its own line, its value on the next ones.
CSJ_LABELS = ("Reference number", "Salary", "Job grade", "Contract type", "Length of employment", "Business area",
              "Type of role", "Working pattern", "Number of jobs available")
# Employers whose adverts are Crown copyright (ministerial and non-ministerial departments, their executive
# agencies, the devolved governments), hence under the Open Government Licence; adverts of other public bodies
# on the board (non-departmental bodies, companies, Parliament) are not used (see golden/README.md).
CSJ_CROWN = frozenset({
    "Animal and Plant Health Agency", "Cabinet Office", "Central Digital and Data Office", "Charity Commission",
    "Companies House", "Competition & Markets Authority", "Crown Commercial Service", "Crown Prosecution Service",
    "Defence Science and Technology Laboratory", "Department for Business and Trade",
    "Department for Culture, Media and Sport", "Department for Education", "Department for Energy Security & Net Zero",
    "Department for Environment, Food and Rural Affairs", "Department for Science, Innovation & Technology",
    "Department for Transport", "Department for Work and Pensions", "Driver and Vehicle Licensing Agency",
    "Driver and Vehicle Standards Agency", "FCDO Services", "Food Standards Agency",
    "Foreign, Commonwealth & Development Office", "Government Commercial Agency", "Government Digital Service",
    "Government Internal Audit Agency", "Government Legal Department", "Government Property Agency",
    "HM Courts and Tribunals Service", "HM Land Registry", "HM Prison & Probation Service", "HM Revenue and Customs",
    "HM Treasury", "Home Office", "Insolvency Service", "Intellectual Property Office", "Maritime and Coastguard Agency",
    "Medicines and Healthcare Products Regulatory Agency", "Met Office", "Ministry of Defence",
    "Ministry of Housing, Communities and Local Government", "Ministry of Justice", "National Crime Agency", "OFGEM",
    "Office for National Statistics", "Planning Inspectorate", "Registers of Scotland", "Rural Payments Agency",
    "Scottish Government", "Serious Fraud Office", "Social Security Scotland", "The National Archives",
    "UK Export Finance", "UK Health Security Agency", "UK Hydrographic Office", "Valuation Office Agency",
    "Welsh Government",
})
_CSJ_PAY = re.compile(r"£(\d{1,3}(?:,\d{3})+|\d+)(?:\s*-\s*£(\d{1,3}(?:,\d{3})+|\d+))?")
# "first.last@…", also with a hyphenated part ("first.last-name@…").
_CSJ_EMAIL = re.compile(r"\b[A-Za-z]+(?:[._-][A-Za-z]+)*\.[A-Za-z]+(?:-[A-Za-z]+)*\d*@[A-Za-z0-9.-]+\.[a-z]{2,}\b")
_CSJ_NOT_A_PERSON = re.compile(r"team|recruit|resourcing|services?\b|enquir|\bhr\b|people|jobs|@|digital|ddat|unit\b|"
                               r"centre|office|department|capability|campaign|helpdesk|support|mailbox|government|"
                               r"civil|commission|national|archives|\bthe\b|ministry|agency|\bhm\b|talent|acquisition|info|hello|"
                               r"careers|complaint|comms|admin|feedback|contact",
                               re.I)
# "please contact Jane Doe", "the hiring manager (Jane Doe - Head of …)": the two words after the cue.
_CSJ_NAMED = re.compile(r"(\b[Cc]ontact |\b[Hh]iring [Mm]anager \(|^Name : )([A-Z][a-z'’-]+ [A-Z][A-Za-z'’-]+)", re.M)
# "Jane Doe (Head of Data Management)": a name followed by a "Head of …" or "Director of …" title in brackets.
_CSJ_NAME_AND_ROLE = re.compile(r"\b[A-Z][a-z'’-]+ [A-Z][A-Za-z'’-]+(?= \((?:Head|Director|Deputy Director|Deputy Head) of\b)")
# Place names of the board's Location field that are regions or countries, not cities.
_CSJ_NOT_A_CITY = re.compile(r"england|scotland|wales|northern ireland|\bregion\b|midlands|north east|north west|"
                             r"south east|south west|yorkshire|humber|east of england|\buk\b|national|remote|"
                             r"anywhere|hub|office|based|home", re.I)


def read_pdf_text(path: Path) -> str:
    """The text of a PDF as ``pdftotext -enc UTF-8`` (poppler-utils) gives it, page breaks removed.

    Raises:
        OSError: ``pdftotext`` is not installed or cannot read the file.
    """
    import subprocess

    try:
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    except FileNotFoundError as exc:
        raise OSError("pdftotext (Debian package poppler-utils) is needed to read the Civil Service Jobs PDFs") from exc
    except subprocess.CalledProcessError as exc:
        raise OSError(f"pdftotext cannot read {path}: {exc.stderr.decode('utf-8', 'replace').strip()}") from exc
    return done.stdout.decode("utf-8").replace("\f", "")


def csj_fields(text: str) -> dict[str, Any]:
    """The board's fields in the text of a Civil Service Jobs advert page.

    Returns ``{"head": [...], "box": {label: [lines]}, "location": [lines]}``: the lines of the
    block right above "Apply before …" (title, then department), the summary box by label (the
    value lines up to the next label, the box ends at "Contents") and the lines of the
    ``Location`` section. Missing parts are empty.
    """
    lines = [line.strip() for line in text.split("\n")]
    head: list[str] = []
    apply_at = next((i for i, line in enumerate(lines) if line.startswith("Apply before ")), None)
    if apply_at is not None:
        i = apply_at - 1
        while i >= 0 and lines[i]:
            head.insert(0, lines[i])
            i -= 1
    box: dict[str, list[str]] = {}
    start = lines.index("Reference number") if "Reference number" in lines else len(lines)
    end = lines.index("Contents", start) if "Contents" in lines[start:] else len(lines)
    label = None
    for line in lines[start:end]:
        if line in CSJ_LABELS:
            label = line
            box[label] = []
        elif label and line:
            box[label].append(line)
    location: list[str] = []
    after = end + 1
    while after < len(lines) and lines[after]:  # the contents list, up to its blank line
        after += 1
    at = next((i for i in range(after, len(lines)) if lines[i] == "Location"), None)
    if at is not None:
        for line in lines[at + 1:]:
            if line == "About the job":
                break
            if line:
                location.append(line)
    return {"head": head, "box": box, "location": location}


def read_csj(folder: Path) -> list[dict[str, Any]]:
    """One row per advert PDF under ``folder`` (searched recursively, in path order): the page text
    (``read_pdf_text``), its fields (``csj_fields``), the reference number as ``job_id`` and the
    file's path relative to ``folder``.

    Raises:
        OSError: the folder holds no PDF, or a PDF cannot be read.
        KeyError: a page has no reference number (not a Civil Service Jobs advert).
    """
    paths = sorted(p for p in Path(folder).rglob("*.pdf") if p.is_file())
    if not paths:
        raise OSError(f"{folder} holds no PDF file")
    rows = []
    for path in paths:
        text = read_pdf_text(path)
        fields = csj_fields(text)
        ref = " ".join(fields["box"].get("Reference number", []))
        if not ref:
            raise KeyError(f"{path} has no 'Reference number': is it a Civil Service Jobs advert?")
        rows.append({"job_id": ref, "text": text, "fields": fields, "file": path.relative_to(folder).as_posix()})
    return rows


def csj_pay(line: str) -> Optional[tuple[int, int]]:
    """``£56,070 - £89,880`` → ``(56070, 89880)``; a single figure is both ends; None when the line
    does not start with a £ figure or range."""
    match = _CSJ_PAY.match(line.strip())
    if not match:
        return None
    low = int(match.group(1).replace(",", ""))
    high = int((match.group(2) or match.group(1)).replace(",", ""))
    return (low, high) if 0 < low <= high else None


def csj_places(lines: list[str]) -> Optional[list[dict[str, Optional[str]]]]:
    """The ``Location`` section as cities when it is one line of comma-separated place names
    ("Bristol, London, Manchester"); None (not annotated) for anything else: postcodes, regions,
    sentences, several lines. A city alone implies no country (guide, *locations*)."""
    if len(lines) != 1 or re.search(r"\d|[;:()/]|\band\b|\bor\b", lines[0]) or _CSJ_NOT_A_CITY.search(lines[0]):
        return None
    names = [name.strip() for name in lines[0].split(",")]
    if not all(re.fullmatch(r"[A-Z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,3}", name) for name in names):
        return None
    return [{"city": name, "region": None, "country": None} for name in names]


def csj_employment(box: dict[str, list[str]]) -> Optional[str]:
    """full_time / part_time when the advert is permanent only and its working pattern names one of
    the two (job share counts as part-time); None (not annotated) otherwise: a fixed-term, loan or
    secondment post states a second type, and a pattern offering both names no single one."""
    if box.get("Contract type") != ["Permanent"]:
        return None
    pattern = " ".join(box.get("Working pattern", []))
    full = bool(re.search(r"\bfull-time\b", pattern, re.I))
    part = bool(re.search(r"\bpart-time\b|\bjob share\b", pattern, re.I))
    if full == part:
        return None
    return "full_time" if full else "part_time"


def csj_select(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Adverts of Crown employers (``CSJ_CROWN``) whose title and department are one line each and
    whose salary box starts with a £ figure, one per reference number, by stable rank, at most
    ``CSJ_PER_EMPLOYER`` per department, up to ``N_CSJ``."""
    usable, seen = [], set()
    for row in sorted(rows, key=lambda r: rank("csj:" + r["job_id"])):
        head, box = row["fields"]["head"], row["fields"]["box"]
        if (row["job_id"] in seen or not row["job_id"].isdigit() or len(head) != 2 or head[1] not in CSJ_CROWN
                or not box.get("Salary") or csj_pay(box["Salary"][0]) is None):
            continue
        seen.add(row["job_id"])
        usable.append(row)
    picked: list[dict[str, Any]] = []
    per_employer: dict[str, int] = {}
    for row in usable:
        employer = row["fields"]["head"][1]
        if per_employer.get(employer, 0) < CSJ_PER_EMPLOYER:
            per_employer[employer] = per_employer.get(employer, 0) + 1
            picked.append(row)
    return picked[:N_CSJ]


def csj_redact(text: str) -> str:
    """The advert page with personal data masked (the Open Government Licence does not cover it):
    a person's email address (``first.last@…`` anywhere, ``jane@…`` as the contact block's
    ``Email :``); a person's name after "contact" or "hiring
    manager (", before a "(Head of …)" title, or as the value of the contact block's ``Name :``;
    a telephone number given as a ``Telephone:`` value. Team names, team mailboxes and helplines
    stay. A best effort by pattern, read over on every selected advert (see golden/README.md)."""
    text = _CSJ_EMAIL.sub("[email removed]", text)
    text = _CSJ_NAMED.sub(lambda m: m.group(1) + ("[name removed]" if _is_person(m.group(2)) else m.group(2)), text)
    text = _CSJ_NAME_AND_ROLE.sub(lambda m: "[name removed]" if _is_person(m.group(0)) else m.group(0), text)
    text = re.sub(r"(?im)^((?:telephone|tel|phone|mobile)\s*:\s*)\+?[\d ()-]{7,}$", r"\1[telephone removed]", text)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        label = line.strip()
        if label not in ("Name :", "Telephone :", "Email :"):
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        value = lines[j].strip() if j < len(lines) else ""
        if not value or value.endswith(":") or value in ("Recruitment team", "Further information"):
            continue  # the field is empty on this page
        if label == "Telephone :":
            lines[j] = "[telephone removed]"
        elif label == "Email :":
            if "@" in value and _is_person(value.split("@", 1)[0]):  # "jane@…"; team mailboxes stay
                lines[j] = "[email removed]"
        elif _is_person(value):
            lines[j] = "[name removed]"
    return "\n".join(lines)


def _is_person(value: str) -> bool:
    """A person's name: one to four words of letters, none of them a team or organisation word."""
    return bool(re.fullmatch(r"[A-Za-z'’-]+(?: [A-Za-z'’-]+){0,3}", value)) and not _CSJ_NOT_A_PERSON.search(value)


def csj_doc(row: dict[str, Any]) -> str:
    """The advert as ``pdftotext`` reads the board's page (the PDF the archive saved), from the
    title on: the page chrome above it (the cookie banner and the values of hidden form fields
    that the archive's unstyled print shows) is cut; the rest is unchanged but for personal data
    (``csj_redact``)."""
    lines = row["text"].split("\n")
    apply_at = next((i for i, line in enumerate(lines) if line.strip().startswith("Apply before ")), 0)
    start = apply_at
    while start > 0 and lines[start - 1].strip():
        start -= 1
    return csj_redact("\n".join(lines[start:])).rstrip("\n") + "\n"


def csj_annotation(row: dict[str, Any], doc: str, flags: list[str]) -> dict[str, Any]:
    """The annotation from the advert's own fields; ``flags`` collects what the hand-check must look at."""
    head, box = row["fields"]["head"], row["fields"]["box"]
    ann: dict[str, Any] = {"title": head[0], "company": head[1], "job_id": row["job_id"]}
    if re.search(r"[£\d(]| - |\bref\b|\bx\d", head[0], re.I):
        flags.append(f"title may carry a code, pay or a second title: {head[0]!r}")
    team = " ".join(box.get("Business area", []))
    if team:
        ann["team"] = team
        if len(box["Business area"]) > 1 or "|" in team:
            flags.append(f"business area over several lines: {team!r}")
    places = csj_places(row["fields"]["location"])
    if places is not None:
        ann["locations"] = places
    employment = csj_employment(box)
    if employment:
        ann["employment_type"] = employment
    low, high = csj_pay(box["Salary"][0])
    ann["salary"] = {"min": low, "max": high, "currency": "GBP", "period": "year"}
    if low < 15000 or high > 250000:
        flags.append(f"salary figures odd for a yearly salary: {low}-{high}")
    if len(box["Salary"]) > 1:
        flags.append(f"salary box has more lines: {box['Salary'][1:3]!r}")
    return ann


# ----------------------------------------------------------------------------------- Platsbanken

N_PLATSBANKEN = 50
PLATSBANKEN_PER_EMPLOYER = 2  # at most this many ads of one employer (organisation number), so none dominates
PLATSBANKEN_HOURS = {"Heltid": "full_time", "Deltid": "part_time"}
PLATSBANKEN_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                      "oktober", "november", "december")
_PB_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I)
_PB_MAILBOX_NOT_A_PERSON = re.compile(r"^(?:info|jobb|jobs?|career|karriar|rekrytering|recruit\w*|hr|kontakt|"
                                      r"contact|ansokan|apply|support|kundtjanst|office|kontoret|admin|saco|seko|ofr|vision|kommunal)\b", re.I)
_PB_PHONE = re.compile(r"(?<![\w/-])(?:\+46[\s-]?|0)\d{1,3}(?:[\s-]?\d{2,3}){2,4}(?![\w/-])")
_PB_NAME = (r"(?!\w*(?:chef|rekryterare|konsult|specialist)\b)"  # a role word is not a name
            r"[A-ZÅÄÖÉÜ][a-zåäöéüë'’]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüë'’]+)?")
# A person (first and last name) named after a contact cue ("kontakta", "Kontakt:", "contact", "Prof.") or a role
# word ending the same way as "enhetschef", "rekryterare", "rekryteringskonsult", "specialist"; or a first name
# alone after "Manager,".
_PB_NAMED = re.compile(r"((?:\b[Kk]ontakta|\b[Kk]ontakt(?:person)?:|\b[Cc]ontact|\bProf\.|\w*chef|\w*rekryterare|"
                       r"\w*konsult|\w*specialist)[ \t]+)(" + _PB_NAME + r"(?:[ \t]" + _PB_NAME + r"){1,2})"
                       r"|(\bManager,[ \t]+)(" + _PB_NAME + r")\b")
_PB_NOT_A_PERSON = re.compile(r"\b(?:Region|Kommun|Stad|AB|Rekrytering|Bemanning|Sverige|Sweden|HR|Servicecenter|"
                              r"Kundcenter|Vi|Oss|Du|Dig)\b")
# A contact block's own line: just a name, or a name and its role ("Jane Doe, rektor"), under a line about contact.
_PB_NAME_LINE = re.compile(r"^([ \t]*)(" + _PB_NAME + r"(?:[ \t]" + _PB_NAME + r"){1,2})((?:,[^\n]{0,60})?[ \t]*)$")


def read_platsbanken(path: Path) -> list[dict[str, Any]]:
    """The ads of a saved JobTech JobSearch response (``{"hits": [...]}``), as JSON or as the JavaScript
    module that holds it (everything from the first ``{`` to the last ``}`` is read as JSON), each as
    ``{"job_id": ad id, "ad": the ad}``.

    Raises:
        ValueError: the file holds no JSON object.
        KeyError: the object has no ``hits``.
    """
    text = path.read_text(encoding="utf-8")
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise ValueError(f"{path}: no JSON object")
    return [{"job_id": ad["id"], "ad": ad} for ad in json.loads(text[start:end + 1])["hits"]]


def platsbanken_select(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ads in Sweden with a numeric id, a municipality and a description of 200+ characters, one per id,
    by stable rank, at most ``PLATSBANKEN_PER_EMPLOYER`` per employer, up to ``N_PLATSBANKEN``."""
    picked, seen, per_employer = [], set(), {}
    for row in sorted(rows, key=lambda r: rank("platsbanken:" + r["job_id"])):
        ad = row["ad"]
        place = ad.get("workplace_address") or {}
        text = (ad.get("description") or {}).get("text") or ""
        if (row["job_id"] in seen or not row["job_id"].isdigit() or place.get("country") != "Sverige"
                or not place.get("municipality") or len(text) < 200):
            continue
        seen.add(row["job_id"])
        employer = ad["employer"].get("organization_number") or ad["employer"]["name"]
        if per_employer.get(employer, 0) < PLATSBANKEN_PER_EMPLOYER:
            per_employer[employer] = per_employer.get(employer, 0) + 1
            picked.append(row)
    return picked[:N_PLATSBANKEN]


def _label(concept: Optional[dict[str, Any]]) -> Optional[str]:
    return (concept or {}).get("label")


def _swedish_date(iso: str) -> str:
    """``2025-09-11T11:25:17`` → ``11 september 2025``, the board's way of writing a date."""
    year, month, day = iso[:10].split("-")
    return f"{int(day)} {PLATSBANKEN_MONTHS[int(month) - 1]} {year}"


def platsbanken_redact(text: str, ad: dict[str, Any]) -> str:
    """The ad text with personal data masked: the names of the ad's contact persons (its
    ``application_contacts``, full name as recorded) wherever the text repeats them, any other name after a
    contact cue or a role word ("kontakta …", "Kontakt: Enhetschef …", "Prof. …", "rekryterare …") or alone
    on a line under a line about contact (a contact block), and every other mention of a name so found (a
    signature), a person's email
    address (any mailbox but a role or team one such as ``info@``, ``jobb@``, ``rekrytering@``) and
    telephone numbers. Employer names, team mailboxes and web addresses stay. A best effort by
    pattern, read over on every selected ad (see golden/README.md)."""
    for contact in ad.get("application_contacts") or []:
        for raw in (contact.get("name"), (contact.get("description") or "").split(",")[0]):
            name = (raw or "").strip()
            if re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)+", name):
                text = re.sub(re.escape(name), "[name removed]", text)
    found = [m.group(2) or m.group(4) for m in _PB_NAMED.finditer(text)]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        match = _PB_NAME_LINE.match(line)
        if match and re.search(r"(?i)kontakt|contact", above):
            found.append(match.group(2))
    for name in sorted({name for name in found if not _PB_NOT_A_PERSON.search(name)}, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", "[name removed]", text)  # every mention, signatures too
    text = _PB_EMAIL.sub(lambda m: m.group(0) if _PB_MAILBOX_NOT_A_PERSON.match(m.group(0)) else "[email removed]", text)
    return _PB_PHONE.sub("[telephone removed]", text)


def platsbanken_doc(row: dict[str, Any]) -> str:
    """The ad laid out as Platsbanken (arbetsformedlingen.se/platsbanken) shows it, from the board's own
    fields, in Swedish: the headline; the employer; the occupation; the place (``Kommun``, ``Län``,
    ``Land``), hours, duration and employment form; the publication date; the ad text (the employer's,
    unchanged but for personal data, ``platsbanken_redact``); the pay type and pay text under ``Lön``;
    the closing date and the ad's id (``Annons-Id``). The contact block is left out (personal data)."""
    ad = row["ad"]
    place = ad["workplace_address"]
    lines = [ad["headline"], ad["employer"]["name"]]
    if _label(ad.get("occupation")):
        lines.append(_label(ad["occupation"]))
    lines.append("")
    for label, value in (("Kommun", place.get("municipality")), ("Län", place.get("region")),
                         ("Land", place.get("country")), ("Omfattning", _label(ad.get("working_hours_type"))),
                         ("Varaktighet", _label(ad.get("duration"))),
                         ("Anställningsform", _label(ad.get("employment_type"))),
                         ("Publicerad", _swedish_date(ad["publication_date"]))):
        if value:
            lines.append(f"{label}: {value}")
    lines += ["", "Om jobbet", "", platsbanken_redact(ad["description"]["text"].strip(), ad), "", "Lön", ""]
    lines += [value for value in (_label(ad.get("salary_type")), ad.get("salary_description")) if value]
    lines.append("")
    if ad.get("application_deadline"):
        lines.append(f"Ansök senast: {_swedish_date(ad['application_deadline'])}")
    lines.append(f"Annons-Id: {ad['id']}")
    return "\n".join(lines) + "\n"


def platsbanken_employment(ad: dict[str, Any]) -> Optional[str]:
    """``full_time`` / ``part_time`` from the working hours (``Heltid`` / ``Deltid``) only when the ad is an
    ordinary employment (``Vanlig anställning``) until further notice (``Tills vidare``): a fixed duration
    or an on-call employment (``Behovsanställning``) is a second type, so those stay unannotated."""
    if _label(ad.get("employment_type")) != "Vanlig anställning" or _label(ad.get("duration")) != "Tills vidare":
        return None
    return PLATSBANKEN_HOURS.get(_label(ad.get("working_hours_type")) or "")


def platsbanken_annotation(row: dict[str, Any], doc: str, flags: list[str]) -> dict[str, Any]:
    """The annotation from the ad's own fields; ``flags`` collects what the hand-check must look at."""
    ad = row["ad"]
    place = ad["workplace_address"]
    ann: dict[str, Any] = {"title": ad["headline"], "company": ad["employer"]["name"], "job_id": ad["id"],
                           "date_posted": ad["publication_date"][:10],
                           "locations": [{"city": place["municipality"], "region": place.get("region"),
                                          "country": "Sweden"}]}
    if re.search(r"\d|\(|\||/| - | – |, ", ad["headline"]):
        flags.append(f"title may carry a place, code or second title: {ad['headline']!r}")
    if place.get("city") and place["city"].casefold() != place["municipality"].casefold():
        flags.append(f"postal town {place['city']!r} differs from the municipality {place['municipality']!r}")
    employment = platsbanken_employment(ad)
    if employment:
        ann["employment_type"] = employment
        scope = ad.get("scope_of_work") or {}
        if (employment == "full_time") != (scope.get("min") == 100):
            flags.append(f"{employment} but scope of work {scope.get('min')}-{scope.get('max')} %")
    body = ad["description"]["text"]
    other = re.search(r"deltid|part[- ]time|heltid|full[- ]time|visstid|vikariat|tidsbegräns|provanställ|"
                      r"timanställ|behovsanställ|sommar|temporary|fixed[- ]term", body, re.I)
    if other:
        flags.append(f"hours or term word in the text: {other.group(0)!r}")
    return ann



# ---------------------------------------------------------------------------------------- build


def apply_overrides(doc_id: str, ann: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """Hand corrections: ``{field: value}`` sets, ``{field: "__absent__"}`` removes."""
    for name, value in overrides.get(doc_id, {}).items():
        if name.startswith("_"):
            continue
        if value == "__absent__":
            ann.pop(name, None)
        else:
            ann[name] = value
    return ann


FIELD_ORDER = FIELD_NAMES  # the record's field order (the field table)


def build(sources: Iterable[tuple[str, str, str, list[dict[str, Any]], Callable, Callable, Callable]], out: Path) -> list[str]:
    """Write docs, annotations and index.csv under ``out`` (replacing what is there).

    Args:
        sources: per source ``(prefix, layout, extension, rows, select, make_doc, make_annotation)``;
            ``extension`` is the document's file type (``txt`` or ``html``).
        out: the set's folder; its ``overrides.json`` (hand corrections) is applied when present,
            and its ``lists.json`` (hand-annotated lists, see ``apply_lists``) and ``company.json``
            (hand-annotated company, see ``apply_company``) last.

    Returns:
        What the hand-check should look at, one line per flag.

    Raises:
        ValueError: a hand-corrected list no longer fits its draft, or an item is not verbatim
            in its document.
        KeyError: a source file lacks a column the mapping reads.
    """
    overrides = json.loads((out / "overrides.json").read_text(encoding="utf-8")) if (out / "overrides.json").exists() else {}
    excluded = set(overrides.get("_exclude", {}))
    for sub in ("docs", "annotations"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for old in (out / sub).iterdir():
            old.unlink()
    index_rows = []
    all_flags = []
    for prefix, layout, extension, rows, select, make_doc, make_ann in sources:
        for position, row in enumerate(select(rows)):
            key = row.get("job_id") or row.get("Job ID")
            doc_id = f"{prefix}_{int(key):06d}"
            if doc_id in excluded:
                continue
            doc = make_doc(row)
            flags: list[str] = []
            ann = make_ann(row, doc, flags)
            ops = overrides.get(doc_id, {}).get("_list_ops")
            if ops is not None:  # list gold only where the split was hand-checked
                minimum, preferred = apply_list_ops(split_items(row["requirements"]), ops)
                ann["minimum_qualifications"] = minimum
                if preferred:
                    ann["preferred_qualifications"] = preferred
                missing = [item for item in minimum + preferred if item not in doc]
                if missing:
                    raise ValueError(f"{doc_id}: list items not verbatim in the text: {missing}")
            ann = apply_overrides(doc_id, ann, overrides)
            (out / "docs" / f"{doc_id}.{extension}").write_text(doc, encoding="utf-8", newline="\n")
            _write_annotation(out / "annotations" / f"{doc_id}.json", ann)
            note = overrides.get(doc_id, {}).get("_note", "")
            index_rows.append({"id": doc_id, "source": prefix, "layout": layout, "split": split_of(doc_id, position),
                               "notes": note, "group": group_of(doc_id, position)})
            all_flags += [f"{doc_id}: {flag}" for flag in flags]
    with (out / "index.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "source", "layout", "split", "notes", "group"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(index_rows)
    apply_lists(out)
    apply_company(out)
    return all_flags


LIST_FIELDS = ("responsibilities", "minimum_qualifications", "preferred_qualifications")


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def document_text(out: Path, doc_id: str) -> str:
    """A document's text as a reader sees it: a text file as is, an HTML page with its entities decoded.

    Raises:
        FileNotFoundError: the set has no document with that id.
    """
    txt = out / "docs" / f"{doc_id}.txt"
    if txt.is_file():
        return txt.read_text(encoding="utf-8")
    return unescape((out / "docs" / f"{doc_id}.html").read_text(encoding="utf-8"))


def apply_lists(out: Path) -> list[str]:
    """Write the hand-annotated list fields of ``out/lists.json`` into the annotations, last.

    ``lists.json`` maps a document id to the list fields annotated by hand from the text (see
    golden/README.md, "Hand-annotated lists"); each field given there is the complete list and
    replaces whatever the build produced for that field (an empty list means the posting has
    none). Keys starting with ``_`` are notes. Running it again on its own output changes nothing,
    so it can run after ``build`` or alone (``--apply-lists-only``) on the committed annotations.

    Args:
        out: the set's folder (``annotations/``, ``docs/``, optional ``lists.json``).

    Returns:
        The ids whose annotation was (re)written.

    Raises:
        ValueError: an entry names a document that is not in the set, a field that is not a list
            field, or an item that is not verbatim in its document (whitespace runs compared as one space).
    """
    written = []
    for doc_id, fields, ann_path in _overlay(out, "lists.json"):
        text = _squeeze(document_text(out, doc_id))
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        for name, items in fields.items():
            if name.startswith("_"):
                continue
            if name not in LIST_FIELDS or not isinstance(items, list):
                raise ValueError(f"lists.json: {doc_id}.{name} is not a list field")
            missing = [item for item in items if _squeeze(item) not in text]
            if missing:
                raise ValueError(f"lists.json: {doc_id}.{name}: items not verbatim in the text: {missing}")
            ann[name] = items
        _write_annotation(ann_path, ann)
        written.append(doc_id)
    return written


def apply_company(out: Path) -> list[str]:
    """Write the hand-annotated ``company`` of ``out/company.json`` into the annotations, last.

    ``company.json`` maps a document id to ``{"company": name or null, "_note": ...}``, read by
    hand from the text (see golden/README.md, "Source 1: EMSCAD"); the value replaces whatever
    the annotation held for ``company``. Keys starting with ``_`` are notes. Running it again on
    its own output changes nothing, so it runs after ``apply_lists`` in ``build`` and in
    ``--apply-lists-only``.

    Args:
        out: the set's folder (``annotations/``, ``docs/``, optional ``company.json``).

    Returns:
        The ids whose annotation was (re)written.

    Raises:
        ValueError: an entry names a document that is not in the set, lacks the ``company`` key,
            holds a value that is not a string or null, a name that is not verbatim in its
            document, or one that fails ``JobPosting`` validation.
    """
    from extractor.schema import JobPosting  # validation only; the extractor is not run
    from pydantic import ValidationError

    written = []
    for doc_id, entry, ann_path in _overlay(out, "company.json"):
        if "company" not in entry:
            raise ValueError(f"company.json: {doc_id} has no 'company' key")
        name = entry["company"]
        if name is not None and not isinstance(name, str):
            raise ValueError(f"company.json: {doc_id}: the company must be a string or null, not {name!r}")
        if name is not None and name not in document_text(out, doc_id):
            raise ValueError(f"company.json: {doc_id}: {name!r} is not verbatim in the text")
        try:
            JobPosting.model_validate({"company": name})
        except ValidationError as exc:
            raise ValueError(f"company.json: {doc_id}: {exc}") from exc
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        ann["company"] = name
        _write_annotation(ann_path, ann)
        written.append(doc_id)
    return written


def _overlay(out: Path, filename: str) -> Iterator[tuple[str, dict, Path]]:
    """The entries of the hand-annotation file ``out/filename`` (none when it is absent), each with
    its annotation's path; keys starting with ``_`` are notes.

    Raises:
        ValueError: an entry names a document that is not in the set.
    """
    path = out / filename
    if not path.exists():
        return
    for doc_id, entry in json.loads(path.read_text(encoding="utf-8")).items():
        if doc_id.startswith("_"):
            continue
        ann_path = out / "annotations" / f"{doc_id}.json"
        if not ann_path.is_file():
            raise ValueError(f"{filename}: {doc_id} is not in the set")
        yield doc_id, entry, ann_path


def _write_annotation(path: Path, ann: dict) -> None:
    """Write ``ann`` with its fields in schema order, as every annotation file is written."""
    ordered = {name: ann[name] for name in FIELD_ORDER if name in ann}
    path.write_text(json.dumps(ordered, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: Optional[list[str]] = None) -> int:
    """Command line: see the module docstring. Returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--emscad", type=Path, help="fake_job_postings.csv (EMSCAD)")
    parser.add_argument("--nyc", type=Path, help="nyc-jobs.csv (NYC Open Data)")
    parser.add_argument("--usajobs", type=Path, nargs="+",
                        help="saved USAJOBS Search API responses (usajobs_data1.json usajobs_data2.json)")
    parser.add_argument("--csj", type=Path,
                        help="folder of Civil Service Jobs advert PDFs (the archive's jobs/ folder; needs pdftotext)")
    parser.add_argument("--platsbanken", type=Path,
                        help="saved JobTech JobSearch response (Source 5, Platsbanken; JSON or the testObject.ts module)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: this script's folder)")
    parser.add_argument("--flags", action="store_true", help="print what the hand-check should look at")
    parser.add_argument("--apply-lists-only", action="store_true",
                        help="only write lists.json and company.json into the existing annotations (no source files needed)")
    args = parser.parse_args(argv)
    if args.apply_lists_only:
        try:
            apply_lists(args.out)
            apply_company(args.out)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        return 0
    if not (args.emscad and args.nyc and args.usajobs and args.csj):
        parser.error("--emscad, --nyc, --usajobs and --csj are required (unless --apply-lists-only)")
    try:
        emscad_rows, nyc_rows = read_csv(args.emscad), read_csv(args.nyc)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        print(f"error: cannot read a source file: {exc}", file=sys.stderr)
        return 2
    try:
        usajobs_items = read_usajobs(args.usajobs)
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        print(f"error: cannot read a USAJOBS file: {exc}", file=sys.stderr)
        return 2
    except KeyError as exc:
        print(f"error: {exc.args[0] if exc.args else exc}; is it the right file?", file=sys.stderr)
        return 2
    if not usajobs_items:
        print("error: the USAJOBS files hold no search results; are they the right files?", file=sys.stderr)
        return 2
    for path, rows, columns in ((args.emscad, emscad_rows, EMSCAD_COLUMNS), (args.nyc, nyc_rows, NYC_COLUMNS)):
        missing = [c for c in columns if not rows or c not in rows[0]]
        if missing:
            print(f"error: {path} has no rows or lacks the column(s) {', '.join(missing)}; is it the right file?",
                  file=sys.stderr)
            return 2
    try:
        csj_rows = read_csj(args.csj)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read the Civil Service Jobs PDFs: {exc}", file=sys.stderr)
        return 2
    except KeyError as exc:
        print(f"error: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    sources = [
        ("emscad", "workable_text", "txt", emscad_rows, emscad_select, emscad_doc, emscad_annotation),
        ("nycjobs", "nyc_jobs_text", "txt", nyc_rows, nyc_select, nyc_doc, nyc_annotation),
        ("usajobs", "usajobs_html", "html", usajobs_items, usajobs_select, usajobs_doc, usajobs_annotation),
        ("csj", "csj_pdf_text", "txt", csj_rows, csj_select, csj_doc, csj_annotation),
    ]
    if args.platsbanken:
        try:
            platsbanken_rows = read_platsbanken(args.platsbanken)
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            print(f"error: cannot read the Platsbanken file: {exc}", file=sys.stderr)
            return 2
        sources.append(("platsbanken", "platsbanken_text", "txt", platsbanken_rows, platsbanken_select,
                        platsbanken_doc, platsbanken_annotation))
    try:
        flags = build(sources, args.out)
    except KeyError as exc:
        print(f"error: a source file lacks the column {exc}; is it the right file?", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.flags:
        print("\n".join(flags))
    return 0


if __name__ == "__main__":
    sys.exit(main())
