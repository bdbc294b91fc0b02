"""Checks for batch s106: spans, fixed benefits list, duplicates, markers, key order, format, sizes, index rows, schema."""
import csv, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
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
MARKER = re.compile(r"^(\s|[•\-+*–—>·]|\d+[.)]|\(\d+\)|[a-zA-Z][.)]\s|--)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    rows = list(csv.DictReader(open(ROOT / "index.csv", encoding="utf-8")))
    ids = [r["id"] for r in rows]
    if len(rows) != 14:
        errors.append(f"index has {len(rows)} rows")
    for r in rows:
        if r["split"] != "test":
            errors.append(f"{r['id']}: split {r['split']}")
        if list(r.keys()) != ["id", "layout", "split", "notes"]:
            errors.append("index header")
    for ann_path in sorted((ROOT / "annotations").glob("*.json")):
        i = ann_path.stem
        if i not in ids:
            errors.append(f"{i}: no index row")
        raw = ann_path.read_text(encoding="utf-8")
        data = json.loads(raw)
        doc_raw = (ROOT / "docs" / f"{i}.txt").read_text(encoding="utf-8")
        doc = norm(doc_raw)
        e = lambda m: errors.append(f"{i}: {m}")  # noqa: E731
        if "\r" in doc_raw:
            e("CR in document")
        if not 1500 <= len(doc_raw) <= 5000:
            e(f"document length {len(doc_raw)}")
        if list(data.keys()) != ORDER:
            e("keys not in schema order")
        if raw.rstrip("\n") != json.dumps(data, ensure_ascii=False, indent=2):
            e("not ensure_ascii=False two-space indent")
        try:
            JobPosting.model_validate(data)
        except Exception as ex:  # noqa: BLE001
            e(f"model_validate: {ex}")
        for f in ["title", "company", "team", "job_id", "summary"]:
            v = data[f]
            if v is not None and norm(v) not in doc:
                e(f"{f} not a span: {v!r}")
        seen = {}
        for f in LISTS:
            items = data[f]
            if len(items) != len(set(items)):
                e(f"duplicate in {f}")
            for it in items:
                if norm(it) not in doc:
                    e(f"{f} item not a span: {it!r}")
                if MARKER.match(it):
                    e(f"{f} item has a leading marker: {it!r}")
                if it != it.strip():
                    e(f"{f} item untrimmed: {it!r}")
                if it in seen and seen[it] != f:
                    e(f"item in two lists ({seen[it]}, {f}): {it!r}")
                seen[it] = f
        for f in ["skills", "benefits"]:
            if len(data[f]) != len(set(x.lower() for x in data[f])):
                e(f"duplicate in {f}")
        for b in data["benefits"]:
            if b not in BENEFITS:
                e(f"benefit not on the fixed list: {b!r}")
    for i in ids:
        if not (ROOT / "annotations" / f"{i}.json").exists():
            errors.append(f"{i}: no annotation")
    print("\n".join(errors) if errors else "clean: %d annotations" % len(ids))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
