"""Inter-annotator agreement: two independent hand annotations of the same postings, field by field.

Scores the second annotation against the first with the eval's own comparators
(:func:`extractor.evaluation.metrics.compare_records`), so an agreement figure reads like an
extractor score: the 13 structured fields exact (pay within the eval's tolerance, places by
city/region/country key), the list fields as item F1. With a run directory (``extractor eval
--out DIR``) it also splits the extractor's structured misses into those where the two
annotators agree (the extractor is wrong) and those where they disagree (the value is
ambiguous: no extractor can match both).

usage: python eval/agreement.py FIRST_DIR SECOND_DIR [--run RUN_DIR] [--list]
  FIRST_DIR   the first annotation (e.g. golden/annotations); only ids present in SECOND_DIR are read
  SECOND_DIR  the second annotation (e.g. golden/second/s26)
  --run       an eval run over the same ids: its structured misses, split by agreement
  --list      print every disagreement (first | second)
"""
from __future__ import annotations

import glob
import json
import os
import sys
from collections import Counter

from extractor.evaluation.metrics import compare_records

STRUCTURED = ["title", "company", "team", "locations", "workplace", "job_id", "date_posted", "employment_type",
              "weekly_hours", "salary", "min_years_experience", "education_level", "visa_sponsorship"]
LISTS = ["responsibilities", "minimum_qualifications", "preferred_qualifications"]


def _load(path: str) -> dict:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _run_misses(run: str) -> dict[tuple[str, str], bool]:
    """(id, field) -> the run scored the field right, for the structured fields of every document."""
    scores = _load(glob.glob(os.path.join(run, "**", "scores.json"), recursive=True)[0])
    return {(doc["id"], name): doc["fields"][name]["score"] >= 1 for doc in scores["documents"] for name in STRUCTURED
            if name in doc["fields"]}


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    first_dir, second_dir = argv[0], argv[1]
    run = argv[argv.index("--run") + 1] if "--run" in argv else None
    ids = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(second_dir, "*.json")))
    if not ids:
        print(f"no annotations in {second_dir}", file=sys.stderr)
        return 2
    right = _run_misses(run) if run else {}
    agree, total = Counter(), Counter()
    counts = {name: [0, 0, 0] for name in LISTS}
    split = Counter()  # extractor misses: annotators agree / disagree
    lines = []
    for doc_id in ids:
        first = _load(os.path.join(first_dir, doc_id + ".json"))
        second = _load(os.path.join(second_dir, doc_id + ".json"))
        result = compare_records(first, second, fields=STRUCTURED + LISTS)
        for name in STRUCTURED:
            same = result[name].score >= 1
            total[name] += 1
            agree[name] += same
            if not same:
                lines.append(f"{doc_id[:44]:44} {name:20} {json.dumps(first.get(name), ensure_ascii=False)[:90]} | "
                             f"{json.dumps(second.get(name), ensure_ascii=False)[:90]}")
            if (doc_id, name) in right and not right[(doc_id, name)]:
                split["agree" if same else "disagree"] += 1
        for name in LISTS:
            for k, v in enumerate((result[name].tp, result[name].fp, result[name].fn)):
                counts[name][k] += v
    n = sum(total.values())
    print(f"{len(ids)} postings, {n} structured values: the annotators agree on {sum(agree.values())} ({sum(agree.values()) / n:.3f})")
    for name in STRUCTURED:
        print(f"  {name:22} {agree[name]:3}/{total[name]:3}  {agree[name] / total[name]:.3f}")
    pooled = [sum(c[k] for c in counts.values()) for k in range(3)]
    for name, (tp, fp, fn) in list(counts.items()) + [("lists pooled", pooled)]:
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        print(f"  {name:22} item F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})")
    if run:
        print(f"extractor structured misses: {split['agree']} where the annotators agree, "
              f"{split['disagree']} where they disagree")
    if "--list" in argv:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
