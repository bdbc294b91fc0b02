"""Checks for batch s115: spans, lists, benefits, key order, format, sizes, index, schema."""
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
MARKER = re.compile(r"^(\s|[•\-+*–—·>▪●○◦]|\d+[.)]\s|\(\d+\)\s|[A-Za-z][.)]\s|[ivx]+[.)]\s)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    ids = sorted(f[:-4] for f in os.listdir(os.path.join(BASE, "docs")) if f.endswith(".txt"))
    for i in ids:
        dpath = os.path.join(BASE, "docs", i + ".txt")
        apath = os.path.join(BASE, "annotations", i + ".json")
        raw = open(dpath, "rb").read()
        doc = raw.decode("utf-8")
        if b"\r" in raw:
            errors.append(f"{i}: CR in document")
        if not 1500 <= len(doc) <= 5000:
            errors.append(f"{i}: document length {len(doc)}")
        if not os.path.exists(apath):
            errors.append(f"{i}: no annotation")
            continue
        text = open(apath, encoding="utf-8").read()
        ann = json.loads(text)
        if text != json.dumps(ann, indent=2, ensure_ascii=False) + "\n" and text != json.dumps(ann, indent=2, ensure_ascii=False):
            errors.append(f"{i}: not ensure_ascii=False two-space indent")
        if list(ann) != ORDER:
            errors.append(f"{i}: keys not in schema order: {list(ann)}")
        try:
            JobPosting.model_validate(ann)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{i}: model_validate failed: {e}")
        ndoc = norm(doc)
        for f in ["title", "company", "team", "job_id", "summary"]:
            v = ann.get(f)
            if v is not None and norm(v) not in ndoc:
                errors.append(f"{i}: {f} not a span: {v!r}")
        seen = {}
        for f in LISTS:
            items = ann.get(f, [])
            if len(items) != len(set(items)):
                errors.append(f"{i}: duplicate items in {f}")
            for it in items:
                if norm(it) not in ndoc:
                    errors.append(f"{i}: {f} item not a span: {it!r}")
                if MARKER.match(it) or it != it.strip():
                    errors.append(f"{i}: {f} item has a leading marker/space: {it!r}")
                if it in seen and seen[it] != f:
                    errors.append(f"{i}: item in two lists ({seen[it]}, {f}): {it!r}")
                seen[it] = f
        for f in ["skills", "benefits"]:
            if len(ann[f]) != len(set(ann[f])):
                errors.append(f"{i}: duplicates in {f}")
        for b in ann["benefits"]:
            if b not in BENEFITS:
                errors.append(f"{i}: benefit not on the fixed list: {b!r}")
    idx = os.path.join(BASE, "index.csv")
    if os.path.exists(idx):
        with open(idx, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        if rows[0] != ["id", "layout", "split", "notes"]:
            errors.append("index.csv: bad header")
        rid = []
        for r in rows[1:]:
            if len(r) != 4:
                errors.append(f"index.csv: row with {len(r)} fields: {r[:1]}")
                continue
            rid.append(r[0])
            if r[2] != "test":
                errors.append(f"index.csv: {r[0]} split {r[2]}")
        if sorted(rid) != ids:
            errors.append(f"index.csv: ids differ from docs: {sorted(set(rid) ^ set(ids))}")
    else:
        errors.append("index.csv missing")
    for e in errors:
        print(e)
    print(f"{len(ids)} documents, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
