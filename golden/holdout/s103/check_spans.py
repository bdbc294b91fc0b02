#!/usr/bin/env python3
"""Checks for batch s103: spans, lists, benefits, key order, formatting, lengths, index, schema."""
import csv, json, os, re, sys

BASE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main")
from extractor.schema import JobPosting  # noqa: E402

ORDER = ["title", "company", "team", "locations", "workplace", "job_id", "date_posted",
         "employment_type", "weekly_hours", "salary", "min_years_experience", "education_level",
         "skills", "responsibilities", "minimum_qualifications", "preferred_qualifications",
         "benefits", "summary", "visa_sponsorship"]
BENEFITS = {"health insurance", "dental insurance", "vision insurance", "life insurance",
            "disability insurance", "retirement plan", "stock", "bonus", "paid time off",
            "sick leave", "parental leave", "tuition reimbursement", "learning budget",
            "employee discount", "flexible hours", "remote work", "relocation assistance",
            "wellness program", "commuter benefits", "childcare", "meals",
            "employee assistance program", "company car", "phone allowance", "visa sponsorship"}
LISTS = ["responsibilities", "minimum_qualifications", "preferred_qualifications"]
MARKER = re.compile(r"^\s*([•\-\+\*–—·>]|\d+[\.\)]|\([0-9a-zA-Z]+\)|[A-Za-z][\.\)]\s|--)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    problems = []
    docs = os.path.join(BASE, "docs")
    anns = os.path.join(BASE, "annotations")
    ids = sorted(f[:-4] for f in os.listdir(docs) if f.endswith(".txt"))
    aids = sorted(f[:-5] for f in os.listdir(anns) if f.endswith(".json"))
    if ids != aids:
        problems.append(f"docs/annotations mismatch: {set(ids) ^ set(aids)}")
    for i in ids:
        raw = open(os.path.join(docs, i + ".txt"), "rb").read()
        text = raw.decode("utf-8")
        p = lambda m: problems.append(f"{i}: {m}")
        if b"\r" in raw:
            p("CR in document")
        if not 1500 <= len(text) <= 5000:
            p(f"document length {len(text)}")
        if "_json_" in i:
            try:
                json.loads(text)
            except ValueError as e:
                p(f"JSON-shaped document does not parse: {e}")
        apath = os.path.join(anns, i + ".json")
        if not os.path.exists(apath):
            continue
        atext = open(apath, encoding="utf-8").read()
        a = json.loads(atext)
        if list(a) != ORDER:
            p("keys not in schema order")
        if atext.rstrip("\n") != json.dumps(a, ensure_ascii=False, indent=2):
            p("not ensure_ascii=False two-space indent")
        try:
            JobPosting.model_validate(a)
        except Exception as e:  # noqa: BLE001
            p(f"schema: {e}")
        ntext = norm(text)
        for f in ["title", "company", "team", "job_id", "summary"]:
            v = a.get(f)
            if v is not None and norm(v) not in ntext:
                p(f"{f} not a span: {v!r}")
        seen = {}
        for f in LISTS:
            items = a.get(f) or []
            if len(items) != len(set(items)):
                p(f"duplicates in {f}")
            for it in items:
                if norm(it) not in ntext:
                    p(f"{f} item not a span: {it!r}")
                if MARKER.match(it):
                    p(f"{f} item has a leading marker: {it!r}")
                if it != it.strip():
                    p(f"{f} item not trimmed: {it!r}")
                if it in seen and seen[it] != f:
                    p(f"item in two lists ({seen[it]}, {f}): {it!r}")
                seen[it] = f
        for f in ["skills", "benefits"]:
            items = a.get(f) or []
            if len(items) != len(set(items)):
                p(f"duplicates in {f}")
        for b in a.get("benefits") or []:
            if b not in BENEFITS:
                p(f"benefit not on the fixed list: {b!r}")
        d = a.get("date_posted")
        if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            p(f"date not ISO: {d}")
    idx = os.path.join(BASE, "index.csv")
    if os.path.exists(idx):
        rows = list(csv.DictReader(open(idx, encoding="utf-8")))
        if list(rows[0].keys()) != ["id", "layout", "split", "notes"]:
            problems.append("index header")
        rids = [r["id"] for r in rows]
        if sorted(rids) != ids:
            problems.append(f"index ids mismatch: {set(rids) ^ set(ids)}")
        for r in rows:
            if r["split"] != "test":
                problems.append(f"{r['id']}: split {r['split']}")
            if None in r or any(v is None for v in r.values()):
                problems.append(f"{r['id']}: bad column count")
    else:
        problems.append("index.csv missing")
    for q in problems:
        print("PROBLEM", q)
    print(f"{len(ids)} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
