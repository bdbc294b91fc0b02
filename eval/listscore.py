"""Pooled item precision / recall / F1 of the three list fields, from one `extractor eval` run.

Sums each document's tp/fp/fn (the run's scores.json) per field and per group. With ``--lists``
(the real set's golden/real/lists.json) a group is the entry's ``_holdout`` tag (``old`` when it
has none) crossed with the source (the id's first part); without it, one group ``all`` split by
id prefix. With ``--index`` (an index.csv with ``id`` and ``split`` columns) each group is further split
by the document's split (``platsbanken@test``), so a half-opened source reports its held-out half apart.

usage: python eval/listscore.py RUN_DIR [--lists golden/real/lists.json] [--index golden/real/index.csv]
"""
import csv
import glob
import json
import os
import sys

LIST_FIELDS = ["responsibilities", "minimum_qualifications", "preferred_qualifications"]


def main(argv: list[str]) -> None:
    run = argv[0]
    path = run if run.endswith(".json") else glob.glob(os.path.join(run, "**", "scores.json"), recursive=True)[0]
    scores = json.load(open(path, encoding="utf-8"))
    lists = json.load(open(argv[argv.index("--lists") + 1], encoding="utf-8")) if "--lists" in argv else {}
    splits = {}
    if "--index" in argv:
        with open(argv[argv.index("--index") + 1], encoding="utf-8", newline="") as handle:
            splits = {row["id"]: row["split"] for row in csv.DictReader(handle)}
    counts: dict[tuple[str, str], list[int]] = {}
    for doc in scores["documents"]:
        entry = lists.get(doc["id"]) if isinstance(lists.get(doc["id"]), dict) else {}
        tag = entry.get("_holdout", "old") if lists else "all"
        source = doc["id"].split("_")[0] if lists else doc["id"][:3]
        if doc["id"] in splits:
            tag = f"{tag}@{splits[doc['id']]}"
        for field in LIST_FIELDS:
            value = doc["fields"].get(field)
            if not value or "tp" not in value:
                continue
            for key in ((tag, "pooled"), (tag, field), (tag + "/" + source, "pooled")):
                total = counts.setdefault(key, [0, 0, 0])
                total[0] += value["tp"]
                total[1] += value["fp"]
                total[2] += value["fn"]
    for (group, field), (tp, fp, fn) in sorted(counts.items()):
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{group:22s} {field:26s} P {precision:.3f} R {recall:.3f} F1 {f1:.3f}  (tp {tp} fp {fp} fn {fn})")


if __name__ == "__main__":
    if not sys.argv[1:] or sys.argv[1] in ("-h", "--help"):
        sys.exit(__doc__)
    main(sys.argv[1:])
