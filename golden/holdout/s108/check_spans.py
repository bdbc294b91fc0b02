"""Checks for batch s108: spans, benefits, duplicates, markers, key order, format, sizes, index, schema."""
import csv, json, re, sys
from pathlib import Path

B = Path(__file__).resolve().parent
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
MARKER = re.compile(r"^(\s|[•\-\+\*·▪◦●>–—]|\d+[.)]\s|\(\w{1,3}\)\s|[A-Za-z][.)]\s|\\item|<item>|@ListItem)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


errors = []
ids = sorted(p.stem for p in (B / "docs").glob("*.txt"))
anns = sorted(p.stem for p in (B / "annotations").glob("*.json"))
if ids != anns:
    errors.append(f"docs/annotations mismatch: {set(ids) ^ set(anns)}")
for i in anns:
    raw_doc = (B / "docs" / f"{i}.txt").read_bytes()
    doc = raw_doc.decode("utf-8")
    if b"\r" in raw_doc:
        errors.append(f"{i}: CR in document")
    if not 1500 <= len(doc) <= 5000:
        errors.append(f"{i}: document length {len(doc)}")
    nd = norm(doc)
    text = (B / "annotations" / f"{i}.json").read_text(encoding="utf-8")
    ann = json.loads(text)
    if list(ann) != ORDER:
        errors.append(f"{i}: keys not in schema order")
    if text.rstrip("\n") != json.dumps(ann, ensure_ascii=False, indent=2):
        errors.append(f"{i}: not ensure_ascii=False two-space indent")
    try:
        JobPosting.model_validate(ann)
    except Exception as e:  # noqa: BLE001
        errors.append(f"{i}: validation {e}")
    for f in ["title", "company", "team", "job_id", "summary"]:
        v = ann.get(f)
        if v is not None and norm(v) not in nd:
            errors.append(f"{i}: {f} not a span: {v!r}")
    seen = {}
    for f in LISTS:
        items = ann[f]
        if len(items) != len(set(items)):
            errors.append(f"{i}: duplicate in {f}")
        for it in items:
            if norm(it) not in nd:
                errors.append(f"{i}: {f} item not a span: {it!r}")
            if MARKER.match(it) or it != it.strip():
                errors.append(f"{i}: {f} item has a marker/whitespace: {it!r}")
            if it in seen and seen[it] != f:
                errors.append(f"{i}: item in two lists ({seen[it]}, {f}): {it!r}")
            seen[it] = f
    for f in ["skills", "benefits"]:
        if len(ann[f]) != len(set(ann[f])):
            errors.append(f"{i}: duplicate in {f}")
    for b in ann["benefits"]:
        if b not in BENEFITS:
            errors.append(f"{i}: benefit not on the list: {b!r}")
    if ann["date_posted"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ann["date_posted"]):
        errors.append(f"{i}: date format")

rows = list(csv.DictReader(open(B / "index.csv", encoding="utf-8")))
if [r["id"] for r in rows] != anns:
    errors.append(f"index ids differ from annotations: {set(r['id'] for r in rows) ^ set(anns)}")
with open(B / "index.csv", encoding="utf-8") as fh:
    if fh.readline().strip() != "id,layout,split,notes":
        errors.append("index header")
for r in rows:
    if r["split"] != "test":
        errors.append(f"index {r['id']}: split {r['split']}")
    if None in r or not r["notes"] or not r["layout"]:
        errors.append(f"index {r['id']}: malformed row")

# counts
tot = {f: 0 for f in LISTS + ["skills", "benefits"]}
summ = filled = 0
STRUCT = ["title", "company", "team", "locations", "workplace", "job_id", "date_posted",
          "employment_type", "weekly_hours", "salary", "min_years_experience", "education_level",
          "visa_sponsorship"]
for i in anns:
    a = json.loads((B / "annotations" / f"{i}.json").read_text(encoding="utf-8"))
    for f in tot:
        tot[f] += len(a[f])
    summ += a["summary"] is not None
    filled += sum(1 for f in STRUCT if a[f] not in (None, []))
print(f"{len(anns)} annotations; items {sum(tot[f] for f in LISTS)} {dict((f, tot[f]) for f in tot)}; "
      f"summaries {summ}; structured filled {filled} of {13 * len(anns)}")
print("\n".join(errors) if errors else "OK: no errors")
sys.exit(1 if errors else 0)
