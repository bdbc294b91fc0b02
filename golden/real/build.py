"""Build the real-postings evaluation set (``golden/real``) from the sources' own fields.

Every value in an annotation comes from a field the source itself recorded (the job board's
or the publisher's column), mapped to our field names and value conventions by the
functions below, then corrected by hand where the hand-check found an error
(``overrides.json``). The extractor is never run here.

Sources (origin, commit and licence are recorded in ``golden/README.md``, "Real postings"):

* ``emscad``: the Employment Scam Aegean Dataset (Workable job ads, 2012-2014), CC0 1.0, as
  ``fake_job_postings.csv``; only legitimate ads (``fraudulent == 0``) are used.
* ``nycjobs``: the City of New York's "NYC Jobs" open dataset (postings of City agencies), as
  ``nyc-jobs.csv``.

Usage (paths are the CSV files taken out of the fetched repositories with ``git show``)::

    python golden/real/build.py --emscad fake_job_postings.csv --nyc nyc-jobs.csv

It rewrites ``docs/``, ``annotations/`` and ``index.csv`` next to this file. Running it twice on
the same inputs gives the same files.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

HERE = Path(__file__).resolve().parent

N_EMSCAD = 140
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


def split_of(doc_id: str) -> str:
    """``dev`` or ``test`` from a stable hash of the id (about half each)."""
    return "dev" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


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
    """Legitimate ads: every one with a usable salary range, every telecommuting one, then others by stable rank."""
    legit = [r for r in rows if r.get("fraudulent") == "0" and r.get("job_id", "").strip() and r["title"].strip()]
    legit = [r for r in legit if len(r["description"]) >= 200]
    with_pay = [r for r in legit if re.fullmatch(r"\d+-\d+", r["salary_range"].strip())
                and 0 < int(r["salary_range"].split("-")[0]) <= int(r["salary_range"].split("-")[1])]
    remote = [r for r in legit if r["telecommuting"] == "1" and r not in with_pay]
    rest = sorted((r for r in legit if r not in with_pay and r not in remote), key=lambda r: rank("emscad:" + r["job_id"]))
    picked = sorted(with_pay, key=lambda r: rank("emscad:" + r["job_id"])) + sorted(remote, key=lambda r: rank("emscad:" + r["job_id"]))
    return (picked + rest)[:N_EMSCAD]


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


FIELD_ORDER = (
    "title", "company", "team", "locations", "workplace", "job_id", "date_posted", "employment_type",
    "weekly_hours", "salary", "min_years_experience", "education_level", "skills", "responsibilities",
    "minimum_qualifications", "preferred_qualifications", "benefits", "summary",
)


def build(sources: Iterable[tuple[str, str, list[dict[str, str]], Callable, Callable, Callable]], out: Path) -> list[str]:
    """Write docs, annotations and index.csv under ``out`` (replacing what is there).

    Args:
        sources: per source ``(prefix, layout, rows, select, make_doc, make_annotation)``.
        out: the set's folder; its ``overrides.json`` (hand corrections) is applied when present.

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
    for prefix, layout, rows, select, make_doc, make_ann in sources:
        for row in select(rows):
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
            ann = {name: ann[name] for name in FIELD_ORDER if name in ann}
            (out / "docs" / f"{doc_id}.txt").write_text(doc, encoding="utf-8", newline="\n")
            (out / "annotations" / f"{doc_id}.json").write_text(
                json.dumps(ann, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            note = overrides.get(doc_id, {}).get("_note", "")
            index_rows.append({"id": doc_id, "source": prefix, "layout": layout, "split": split_of(doc_id), "notes": note})
            all_flags += [f"{doc_id}: {flag}" for flag in flags]
    with (out / "index.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "source", "layout", "split", "notes"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(index_rows)
    return all_flags


def main(argv: Optional[list[str]] = None) -> int:
    """Command line: see the module docstring. Returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--emscad", type=Path, required=True, help="fake_job_postings.csv (EMSCAD)")
    parser.add_argument("--nyc", type=Path, required=True, help="nyc-jobs.csv (NYC Open Data)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: this script's folder)")
    parser.add_argument("--flags", action="store_true", help="print what the hand-check should look at")
    args = parser.parse_args(argv)
    try:
        emscad_rows, nyc_rows = read_csv(args.emscad), read_csv(args.nyc)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        print(f"error: cannot read a source file: {exc}", file=sys.stderr)
        return 2
    for path, rows, columns in ((args.emscad, emscad_rows, EMSCAD_COLUMNS), (args.nyc, nyc_rows, NYC_COLUMNS)):
        missing = [c for c in columns if not rows or c not in rows[0]]
        if missing:
            print(f"error: {path} has no rows or lacks the column(s) {', '.join(missing)}; is it the right file?",
                  file=sys.stderr)
            return 2
    try:
        flags = build([
            ("emscad", "workable_text", emscad_rows, emscad_select, emscad_doc, emscad_annotation),
            ("nycjobs", "nyc_jobs_text", nyc_rows, nyc_select, nyc_doc, nyc_annotation),
        ], args.out)
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
