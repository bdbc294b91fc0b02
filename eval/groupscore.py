"""Structured fields right per group of golden postings, from one `extractor eval` run.

Groups are the id prefix (the first 45 postings as ``old``; the blind batches ``s3_``, ``s4_`` …),
or the ``group`` column where the index has one (the real set: the source, or a batch added later such as ``emscad2``), else its
``source`` column, crossed with the split in the index, each also pooled over its splits (``s6/all``).

usage: python eval/groupscore.py RUN_DIR [INDEX_CSV] [--fields]
  RUN_DIR    one run directory written by ``extractor eval --out DIR`` (or its scores.json)
  INDEX_CSV  the set's index (default golden/index.csv; golden/real/index.csv for the real set)
  --fields   also list, per group, the fields that are not all right
"""
import csv
import glob
import json
import os
import re
import sys

STRUCTURED = ["title", "company", "team", "locations", "workplace", "job_id", "date_posted", "employment_type",
              "weekly_hours", "salary", "min_years_experience", "education_level", "visa_sponsorship"]
BATCH = re.compile(r"(s\d+)_")


def main(argv: list[str]) -> None:
    run = argv[0]
    path = run if run.endswith(".json") else glob.glob(os.path.join(run, "**", "scores.json"), recursive=True)[0]
    scores = json.load(open(path, encoding="utf-8"))
    index = argv[1] if len(argv) > 1 and not argv[1].startswith("--") else "golden/index.csv"
    rows = list(csv.DictReader(open(index, encoding="utf-8")))
    split = {row["id"]: row["split"] for row in rows}
    source = {row["id"]: row.get("group") or row["source"] for row in rows if row.get("group") or row.get("source")}
    groups: dict[str, list[bool]] = {}
    per_field: dict[tuple[str, str], list[bool]] = {}
    for doc in scores["documents"]:
        batch = BATCH.match(doc["id"])
        name = source.get(doc["id"]) or (batch.group(1) if batch else "old")
        group = name + "/" + split.get(doc["id"], "?")
        for field in STRUCTURED:
            if field in doc["fields"]:
                right = doc["fields"][field]["score"] == 1.0
                for key in (group, group.split("/")[0] + "/all"):
                    groups.setdefault(key, []).append(right)
                    per_field.setdefault((key, field), []).append(right)
    for group, values in sorted(groups.items()):
        print(group, len(values), round(sum(values) / len(values), 3))
    if "--fields" in argv:
        for (group, field), values in sorted(per_field.items()):
            if sum(values) < len(values):
                print("  ", group, field, f"{sum(values)}/{len(values)}")


if __name__ == "__main__":
    if not sys.argv[1:] or sys.argv[1] in ("-h", "--help"):
        sys.exit(__doc__)
    main(sys.argv[1:])
