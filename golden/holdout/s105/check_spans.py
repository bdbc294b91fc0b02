"""Checks for batch s105: spans, benefits list, duplicates, markers, key order, format, sizes, index, schema."""
import csv, json, os, re, sys

BASE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main")
from extractor.schema import JobPosting  # noqa: E402

KEYS = ["title", "company", "team", "locations", "workplace", "job_id", "date_posted",
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
MARKER = re.compile(r"^\s*(?:[•\-\+\*–—›>·▪◦]|\d+[.)]|\([0-9a-zA-Z]+\)|[a-zA-Z][.)]\s|--)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    docs = sorted(f for f in os.listdir(os.path.join(BASE, "docs")))
    ids = [f.rsplit(".", 1)[0] for f in docs]
    anns = sorted(f[:-5] for f in os.listdir(os.path.join(BASE, "annotations")))
    if ids != anns:
        errors.append(f"doc/annotation id mismatch: {set(ids) ^ set(anns)}")
    for f in docs:
        i = f.rsplit(".", 1)[0]
        raw = open(os.path.join(BASE, "docs", f), "rb").read()
        text = raw.decode("utf-8")
        if b"\r" in raw:
            errors.append(f"{i}: CR in document")
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{i}: document length {len(text)}")
        ndoc = norm(text)
        ap = os.path.join(BASE, "annotations", i + ".json")
        if not os.path.exists(ap):
            continue
        src = open(ap, encoding="utf-8").read()
        d = json.loads(src)
        if src != json.dumps(d, ensure_ascii=False, indent=2) + "\n" and src != json.dumps(d, ensure_ascii=False, indent=2):
            errors.append(f"{i}: not ensure_ascii=False two-space indent")
        if list(d) != KEYS:
            errors.append(f"{i}: keys not in schema order")
        try:
            JobPosting.model_validate(d)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{i}: validation {e}")
        for k in ["title", "company", "team", "job_id", "summary"]:
            if d.get(k) is not None and norm(d[k]) not in ndoc:
                errors.append(f"{i}: {k} not a span: {d[k]!r}")
        seen = {}
        for k in LISTS:
            vals = d.get(k, [])
            if len(vals) != len(set(vals)):
                errors.append(f"{i}: duplicate in {k}")
            for it in vals:
                if norm(it) not in ndoc:
                    errors.append(f"{i}: {k} item not a span: {it!r}")
                if MARKER.match(it) or it != it.strip():
                    errors.append(f"{i}: {k} item has marker/whitespace: {it!r}")
                if it in seen and seen[it] != k:
                    errors.append(f"{i}: item in two lists ({seen[it]}, {k}): {it!r}")
                seen[it] = k
        for k in ["skills", "benefits"]:
            if len(d[k]) != len(set(d[k])):
                errors.append(f"{i}: duplicate in {k}")
        for b in d["benefits"]:
            if b not in BENEFITS:
                errors.append(f"{i}: benefit not on list: {b!r}")
        for s in d["skills"]:
            if not s.strip() or s != s.strip():
                errors.append(f"{i}: bad skill {s!r}")
    ip = os.path.join(BASE, "index.csv")
    if os.path.exists(ip):
        rows = list(csv.reader(open(ip, encoding="utf-8")))
        if rows[0] != ["id", "layout", "split", "notes"]:
            errors.append("index header")
        rids = [r[0] for r in rows[1:]]
        for r in rows[1:]:
            if len(r) != 4:
                errors.append(f"index row has {len(r)} fields: {r[0]}")
            elif r[2] != "test":
                errors.append(f"index split not test: {r[0]}")
        if sorted(rids) != ids:
            errors.append(f"index ids differ from docs: {set(rids) ^ set(ids)}")
    else:
        errors.append("no index.csv")
    for e in errors:
        print(e)
    print(f"{len(docs)} documents, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
