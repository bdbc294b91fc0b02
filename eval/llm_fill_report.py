"""Per field: how often the LLM filled what the rules left empty, how often rightly, and how
often grounding stopped a value (an invention, or a right value it could not place).

Usage (from the checkout's root, after a rules run and a hybrid run of the same split):

    python eval/llm_fill_report.py eval/runs/<hybrid run> eval/runs/<rules run>

Reads both runs' ``predictions.jsonl``.  For each scalar field of each document whose gold
is annotated: *filled* = the rules left it empty and the hybrid's value came from the LLM
(provenance method ``llm`` or ``cache``); *right* = that value scores 1 against the gold;
*stopped* = the hybrid record warns that grounding left the LLM's value empty, split into
*inventions* (the gold is empty or differs) and *lost* (the stopped value was right).
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

from extractor.evaluation.metrics import compare_field, is_null

FIELDS = (
    "title", "company", "team", "locations", "workplace", "job_id", "date_posted", "employment_type",
    "weekly_hours", "salary", "min_years_experience", "education_level",
)
_STOPPED = re.compile(r"^(\w+): LLM value (.*) left empty: ")


def load(run: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in (run / "predictions.jsonl").read_text(encoding="utf-8").split("\n") if line.strip()]
    return {row["id"]: row for row in rows}


def main(hybrid_dir: str, rules_dir: str) -> None:
    hybrid, rules = load(Path(hybrid_dir)), load(Path(rules_dir))
    table = {name: {"asked_empty": 0, "filled": 0, "right": 0, "stopped": 0, "inventions": 0, "lost": 0} for name in FIELDS}
    for doc_id, row in hybrid.items():
        base = rules.get(doc_id)
        if base is None:
            continue
        stopped = {}
        for warning in row.get("warnings", []):
            m = _STOPPED.match(warning)
            if m:
                try:
                    stopped[m.group(1)] = ast.literal_eval(m.group(2))
                except (ValueError, SyntaxError):
                    stopped[m.group(1)] = m.group(2)
        for name in FIELDS:
            if name not in row.get("annotated", FIELDS):
                continue
            counts = table[name]
            gold = row["gold"].get(name)
            empty_before = is_null(base["prediction"].get(name)) or base["prediction"].get(name) == []
            method = row.get("provenance", {}).get(name, {}).get("method", "")
            if empty_before and method in ("llm", "cache"):
                counts["filled"] += 1
                counts["right"] += compare_field(name, gold, row["prediction"].get(name)).score == 1.0
            if name in stopped:
                counts["stopped"] += 1
                if not is_null(gold) and compare_field(name, gold, stopped[name]).score == 1.0:
                    counts["lost"] += 1
                else:
                    counts["inventions"] += 1
    print("| field | filled by the LLM where the rules left it empty | of which right | stopped by grounding | of which inventions | of which right values lost |")
    print("| --- | --- | --- | --- | --- | --- |")
    total = {key: 0 for key in ("filled", "right", "stopped", "inventions", "lost")}
    for name, c in table.items():
        print(f"| {name} | {c['filled']} | {c['right']} | {c['stopped']} | {c['inventions']} | {c['lost']} |")
        for key in total:
            total[key] += c[key]
    print(f"| all | {total['filled']} | {total['right']} | {total['stopped']} | {total['inventions']} | {total['lost']} |")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
