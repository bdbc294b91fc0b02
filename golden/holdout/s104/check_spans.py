"""Checks for batch s104 (run from anywhere): spans, benefits, duplicates, order, format, sizes, index, schema."""
import csv
import json
import re
import sys
from pathlib import Path

BATCH = Path(__file__).resolve().parent
sys.path.insert(0, "/work/main")
from extractor.schema import JobPosting  # noqa: E402

ORDER = ["title", "company", "team", "locations", "workplace", "job_id", "date_posted", "employment_type",
         "weekly_hours", "salary", "min_years_experience", "education_level", "skills", "responsibilities",
         "minimum_qualifications", "preferred_qualifications", "benefits", "summary", "visa_sponsorship"]
BENEFITS = {"health insurance", "dental insurance", "vision insurance", "life insurance", "disability insurance",
            "retirement plan", "stock", "bonus", "paid time off", "sick leave", "parental leave",
            "tuition reimbursement", "learning budget", "employee discount", "flexible hours", "remote work",
            "relocation assistance", "wellness program", "commuter benefits", "childcare", "meals",
            "employee assistance program", "company car", "phone allowance", "visa sponsorship"}
LISTS = ["responsibilities", "minimum_qualifications", "preferred_qualifications"]
MARKER = re.compile(r"^(\s|[•\-\+\*·▪►>–—]|\d+[\.\)]\s|\(\d+\)|[A-Za-z][\.\)]\s|--)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    problems = []
    ids = sorted(p.stem for p in (BATCH / "docs").glob("*.txt"))
    rows = list(csv.DictReader(open(BATCH / "index.csv", encoding="utf-8"))) if (BATCH / "index.csv").exists() else []
    if rows and list(rows[0].keys()) != ["id", "layout", "split", "notes"]:
        problems.append("index header")
    row_ids = [r["id"] for r in rows]
    for r in rows:
        if r["split"] != "test":
            problems.append(f"{r['id']}: split {r['split']}")
    for i in ids:
        if i not in row_ids:
            problems.append(f"{i}: no index row")
    for r in row_ids:
        if r not in ids:
            problems.append(f"{r}: index row without doc")
    counts = {"items": 0, "resp": 0, "min": 0, "pref": 0, "skills": 0, "benefits": 0, "summaries": 0, "filled": 0}
    for i in ids:
        raw = (BATCH / "docs" / f"{i}.txt").read_bytes()
        text = raw.decode("utf-8")
        if b"\r" in raw:
            problems.append(f"{i}: CR in doc")
        if not 1500 <= len(text) <= 5000:
            problems.append(f"{i}: doc length {len(text)}")
        ap = BATCH / "annotations" / f"{i}.json"
        if not ap.exists():
            problems.append(f"{i}: no annotation")
            continue
        atext = ap.read_text(encoding="utf-8")
        data = json.loads(atext)
        if list(data.keys()) != ORDER:
            problems.append(f"{i}: key order {list(data.keys())}")
        if atext.rstrip("\n") != json.dumps(data, ensure_ascii=False, indent=2):
            problems.append(f"{i}: not ensure_ascii=False indent=2")
        try:
            JobPosting.model_validate(data)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{i}: validate {e}")
        ntext = norm(text)
        spans = [("title", data["title"]), ("company", data["company"]), ("team", data["team"]),
                 ("job_id", data["job_id"]), ("summary", data["summary"])]
        for f in LISTS:
            spans += [(f, x) for x in data[f]]
        for f, v in spans:
            if v is not None and norm(v) not in ntext:
                problems.append(f"{i}: {f} not a span: {v!r}")
        seen = {}
        for f in LISTS:
            for x in data[f]:
                if x != x.strip() or MARKER.match(x):
                    problems.append(f"{i}: marker/space on {f} item {x!r}")
                if x.rstrip().endswith(";"):
                    problems.append(f"{i}: trailing ; on {x!r}")
                if x in seen:
                    problems.append(f"{i}: item twice ({seen[x]}, {f}): {x!r}")
                seen[x] = f
        for f in ("skills", "benefits"):
            if len(set(data[f])) != len(data[f]):
                problems.append(f"{i}: duplicate in {f}")
        for b in data["benefits"]:
            if b not in BENEFITS:
                problems.append(f"{i}: benefit not on list {b!r}")
        counts["resp"] += len(data["responsibilities"])
        counts["min"] += len(data["minimum_qualifications"])
        counts["pref"] += len(data["preferred_qualifications"])
        counts["skills"] += len(data["skills"])
        counts["benefits"] += len(data["benefits"])
        counts["summaries"] += data["summary"] is not None
        structured = ["title", "company", "team", "locations", "workplace", "job_id", "date_posted",
                      "employment_type", "weekly_hours", "salary", "min_years_experience", "education_level",
                      "visa_sponsorship"]
        counts["filled"] += sum(1 for f in structured if data[f] not in (None, []))
        print(f"{i}: {len(text)} chars")
    counts["items"] = counts["resp"] + counts["min"] + counts["pref"]
    print(counts, f"of {13 * len(ids)} structured")
    print("\n".join(problems) if problems else "CLEAN")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
