"""Checks for batch s114: spans, lists, benefits, key order, formatting, sizes, index, schema."""
import csv, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
MARKER = re.compile(r"^(\s|[•\-+*–—>·●▪◦]|\d+[.)]|\(?[a-zA-Z][.)]\s|\(\d+\)|--|â€¢)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    rows = list(csv.DictReader(open(HERE / "index.csv", encoding="utf-8", newline="")))
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("index: duplicate ids")
    for r in rows:
        if r["split"] != "test":
            errors.append(f"{r['id']}: split {r['split']!r}")
        if not r["layout"] or not r["notes"]:
            errors.append(f"{r['id']}: empty layout/notes")
    docs = sorted(p.stem for p in (HERE / "docs").glob("*.txt"))
    anns = sorted(p.stem for p in (HERE / "annotations").glob("*.json"))
    if docs != anns or sorted(ids) != docs:
        errors.append(f"id sets differ: docs={len(docs)} anns={len(anns)} index={len(ids)}")
    for i in docs:
        raw = (HERE / "docs" / f"{i}.txt").read_bytes()
        text = raw.decode("utf-8")
        if b"\r" in raw:
            errors.append(f"{i}: CR in document")
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{i}: length {len(text)}")
        ntext = norm(text)
        ap = HERE / "annotations" / f"{i}.json"
        if not ap.exists():
            continue
        src = ap.read_text(encoding="utf-8")
        d = json.loads(src)
        if list(d) != ORDER:
            errors.append(f"{i}: keys not in schema order")
        if src.rstrip("\n") != json.dumps(d, ensure_ascii=False, indent=2):
            errors.append(f"{i}: not ensure_ascii=False two-space indent")
        try:
            JobPosting.model_validate(d)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{i}: model_validate: {e}")
        for k in ["title", "company", "team", "job_id", "summary"]:
            v = d.get(k)
            if v is not None and norm(v) not in ntext:
                errors.append(f"{i}: {k} not a span: {v!r}")
        seen = {}
        for k in LISTS:
            items = d.get(k) or []
            if len(items) != len(set(items)):
                errors.append(f"{i}: duplicate items in {k}")
            for it in items:
                if norm(it) not in ntext:
                    errors.append(f"{i}: {k} item not a span: {it!r}")
                if MARKER.match(it) or it != it.strip():
                    errors.append(f"{i}: {k} item has a marker or outer space: {it!r}")
                if it in seen and seen[it] != k:
                    errors.append(f"{i}: item in {seen[it]} and {k}: {it!r}")
                seen[it] = k
        for k in ["skills", "benefits"]:
            v = d.get(k) or []
            if len(v) != len(set(v)) or len({x.lower() for x in v}) != len(v):
                errors.append(f"{i}: duplicates in {k}")
        for b in d.get("benefits") or []:
            if b not in BENEFITS:
                errors.append(f"{i}: benefit not on the fixed list: {b!r}")
    for e in errors:
        print("ERROR", e)
    print(f"checked {len(docs)} documents, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
