"""Checks for batch s109: spans, benefits, duplicates, markers, key order, format, sizes, index, schema."""
import csv, json, re, sys
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
MARKER = re.compile(r"^\s*([•\-\+\*–—·>]|\d+[.)]|\([0-9a-z]+\)|[A-Za-z][.)]\s)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


problems = []
ids = sorted(p.stem for p in (BATCH / "annotations").glob("*.json"))
docs = {p.stem: p for p in (BATCH / "docs").glob("*.txt")}
if set(ids) != set(docs):
    problems.append(f"doc/annotation mismatch: {set(ids) ^ set(docs)}")
for id_ in ids:
    raw_json = (BATCH / "annotations" / f"{id_}.json").read_text(encoding="utf-8")
    ann = json.loads(raw_json)
    p = lambda m: problems.append(f"{id_}: {m}")
    if list(ann) != ORDER:
        p("keys not in schema order")
    if raw_json.rstrip("\n") != json.dumps(ann, indent=2, ensure_ascii=False):
        p("not ensure_ascii=False two-space indent")
    try:
        JobPosting.model_validate(ann)
    except Exception as e:  # noqa: BLE001
        p(f"model_validate: {e}")
    if id_ not in docs:
        continue
    raw = docs[id_].read_bytes()
    if b"\r" in raw:
        p("CR in document")
    text = raw.decode("utf-8")
    if not 1500 <= len(text) <= 5000:
        p(f"document length {len(text)}")
    ntext = norm(text)
    for f in ["title", "company", "team", "job_id", "summary"]:
        if ann[f] is not None and norm(ann[f]) not in ntext:
            p(f"{f} not a span: {ann[f]!r}")
    seen = {}
    for f in LISTS:
        for item in ann[f]:
            if norm(item) not in ntext:
                p(f"{f} item not a span: {item!r}")
            if MARKER.match(item):
                p(f"{f} item starts with a marker: {item!r}")
            if item != item.strip():
                p(f"{f} item has surrounding whitespace: {item!r}")
            if item in seen:
                p(f"item twice ({seen[item]} and {f}): {item!r}")
            seen[item] = f
    for f in ["skills", "benefits"]:
        if len(ann[f]) != len(set(ann[f])):
            p(f"duplicates in {f}")
    for b in ann["benefits"]:
        if b not in BENEFITS:
            p(f"benefit not on the fixed list: {b!r}")
idx = BATCH / "index.csv"
if idx.exists():
    with idx.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if rows[0] != ["id", "layout", "split", "notes"]:
        problems.append("index header")
    for r in rows[1:]:
        if len(r) != 4 or r[2] != "test":
            problems.append(f"index row bad: {r[:3]}")
    if sorted(r[0] for r in rows[1:]) != ids:
        problems.append("index ids differ from annotations")
else:
    problems.append("index.csv missing")
print("\n".join(problems) if problems else f"clean: {len(ids)} annotations")
sys.exit(1 if problems else 0)
