"""Checks for batch s107 (run from /work/main with .venv/bin/python)."""
import csv, json, re, sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from extractor.schema import JobPosting  # noqa: E402

B = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/batches/s107")
BENEFITS = ["health insurance", "dental insurance", "vision insurance", "life insurance",
            "disability insurance", "retirement plan", "stock", "bonus", "paid time off",
            "sick leave", "parental leave", "tuition reimbursement", "learning budget",
            "employee discount", "flexible hours", "remote work", "relocation assistance",
            "wellness program", "commuter benefits", "childcare", "meals",
            "employee assistance program", "company car", "phone allowance", "visa sponsorship"]
ORDER = list(JobPosting.model_fields)
LISTS = ["responsibilities", "minimum_qualifications", "preferred_qualifications"]
MARKER = re.compile(r"^(?:[•\-\+\*–—>·▪◦●■□✓✔#=|]|\d{1,2}[.)]\s|\(\d{1,2}\)\s|\(?[a-zA-Z][.)]\s|\(?[ivx]{1,4}[.)]\s)")
ws = lambda s: re.sub(r"\s+", " ", s).strip()

errors = []
def err(i, m): errors.append(f"{i}: {m}")

ids = sorted(p.stem for p in (B / "docs").glob("*.txt"))
rows = list(csv.DictReader(open(B / "index.csv", encoding="utf-8"))) if (B / "index.csv").exists() else []
if rows and list(rows[0].keys()) != ["id", "layout", "split", "notes"]:
    errors.append("index header")
rid = [r["id"] for r in rows]
for r in rows:
    if r["split"] != "test":
        err(r["id"], "split not test")
    if r["id"] not in ids:
        err(r["id"], "index row without doc")
for i in ids:
    if i not in rid:
        err(i, "no index row")
    raw = (B / "docs" / f"{i}.txt").read_bytes()
    if b"\r" in raw:
        err(i, "CR in doc")
    doc = raw.decode("utf-8")
    if not 1500 <= len(doc) <= 5000:
        err(i, f"doc length {len(doc)}")
    ap = B / "annotations" / f"{i}.json"
    if not ap.exists():
        err(i, "no annotation"); continue
    text = ap.read_text(encoding="utf-8")
    a = json.loads(text)
    if list(a) != ORDER:
        err(i, f"key order {list(a)}")
    if text.rstrip("\n") != json.dumps(a, ensure_ascii=False, indent=2):
        err(i, "not ensure_ascii=False two-space indent")
    try:
        JobPosting.model_validate(a)
    except Exception as e:  # noqa: BLE001
        err(i, f"validate: {e}")
    nd = ws(doc)
    for f in ["title", "company", "team", "job_id", "summary"]:
        if a.get(f) is not None and ws(a[f]) not in nd:
            err(i, f"{f} not a span: {a[f]!r}")
    seen = {}
    for f in LISTS:
        for it in a[f]:
            if ws(it) not in nd:
                err(i, f"{f} item not a span: {it!r}")
            if MARKER.match(it) or it != it.strip():
                err(i, f"{f} item has marker/space: {it!r}")
            if it in seen:
                err(i, f"item twice ({seen[it]} / {f}): {it!r}")
            seen[it] = f
    for f in ["skills", "benefits"]:
        if len(set(a[f])) != len(a[f]):
            err(i, f"duplicate {f}")
    for b in a["benefits"]:
        if b not in BENEFITS:
            err(i, f"benefit not on list: {b}")

print(f"{len(ids)} docs, {len(rows)} index rows")
print("\n".join(errors) if errors else "clean")
sys.exit(1 if errors else 0)
