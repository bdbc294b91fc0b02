"""Checks for batch s102: spans, benefits, duplicates, markers, key order, format, lengths, index, schema.

Run from anywhere: python check_spans.py  (uses /work/main for extractor.schema)
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
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
MARKER = re.compile(r"^\s*([•\-\+\*–—>·▪◦]|\d+[.)]|\(\d+\)|[A-Za-z][.)]\s|\([a-z]\))")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "annotations")) if f.endswith(".json"))
    docs = sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
    if ids != docs:
        errors.append(f"docs/annotations mismatch: {set(ids) ^ set(docs)}")
    counts = {"resp": 0, "min": 0, "pref": 0, "skills": 0, "benefits": 0, "summaries": 0, "filled": 0}
    for i in ids:
        raw_doc = open(os.path.join(HERE, "docs", i + ".txt"), "rb").read()
        doc = raw_doc.decode("utf-8")
        if b"\r" in raw_doc:
            errors.append(f"{i}: CR in document")
        if not 1500 <= len(doc) <= 5000:
            errors.append(f"{i}: document length {len(doc)}")
        ndoc = norm(doc)
        raw = open(os.path.join(HERE, "annotations", i + ".json"), encoding="utf-8").read()
        ann = json.loads(raw)
        if list(ann) != ORDER:
            errors.append(f"{i}: keys not in schema order")
        if raw.rstrip("\n") != json.dumps(ann, ensure_ascii=False, indent=2):
            errors.append(f"{i}: not ensure_ascii=False two-space indent")
        try:
            JobPosting.model_validate(ann)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{i}: schema: {e}")
        for k in ["title", "company", "team", "job_id", "summary"]:
            v = ann[k]
            if v is not None and norm(v) not in ndoc:
                errors.append(f"{i}: {k} not a span: {v!r}")
        seen = {}
        for k in LISTS:
            items = ann[k]
            if len(items) != len(set(items)):
                errors.append(f"{i}: duplicate in {k}")
            for it in items:
                if norm(it) not in ndoc:
                    errors.append(f"{i}: {k} item not a span: {it!r}")
                if MARKER.match(it):
                    errors.append(f"{i}: {k} item has a leading marker: {it!r}")
                if it != it.strip():
                    errors.append(f"{i}: {k} item not trimmed: {it!r}")
                if it in seen and seen[it] != k:
                    errors.append(f"{i}: item in two lists ({seen[it]}, {k}): {it!r}")
                seen[it] = k
        for k in ["skills", "benefits"]:
            if len(ann[k]) != len(set(ann[k])):
                errors.append(f"{i}: duplicate in {k}")
        for b in ann["benefits"]:
            if b not in BENEFITS:
                errors.append(f"{i}: benefit not on the fixed list: {b!r}")
        counts["resp"] += len(ann["responsibilities"])
        counts["min"] += len(ann["minimum_qualifications"])
        counts["pref"] += len(ann["preferred_qualifications"])
        counts["skills"] += len(ann["skills"])
        counts["benefits"] += len(ann["benefits"])
        counts["summaries"] += ann["summary"] is not None
        structured = ["title", "company", "team", "locations", "workplace", "job_id", "date_posted",
                      "employment_type", "weekly_hours", "salary", "min_years_experience",
                      "education_level", "visa_sponsorship"]
        counts["filled"] += sum(1 for k in structured if ann[k] not in (None, []))
    with open(os.path.join(HERE, "index.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["id", "layout", "split", "notes"]:
        errors.append("index.csv header")
    idx = [r[0] for r in rows[1:]]
    for r in rows[1:]:
        if len(r) != 4:
            errors.append(f"index row has {len(r)} fields: {r[0]}")
        elif r[2] != "test":
            errors.append(f"index row split not test: {r[0]}")
    if sorted(idx) != ids:
        errors.append(f"index ids mismatch: {set(idx) ^ set(ids)}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(ids)} annotations; items {counts['resp'] + counts['min'] + counts['pref']} "
          f"({counts['resp']} resp, {counts['min']} min, {counts['pref']} pref); skills {counts['skills']}; "
          f"benefits {counts['benefits']}; summaries {counts['summaries']}; "
          f"structured filled {counts['filled']} of {13 * len(ids)}")
    print("CLEAN" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
