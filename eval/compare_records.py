"""Compare two record JSONL files (``extractor extract`` output), ignoring named fields.

Used to show that a change leaves extraction output as it was, apart from the fields it
means to change: records are matched by their ``source`` (else by line number), and every
key is compared, including ``provenance``, ``warnings`` and ``error``; an ignored field is
left out of the record and of its provenance.

Usage::

    python eval/compare_records.py BEFORE.jsonl AFTER.jsonl [--ignore FIELD ...]

Prints one line per difference (``source: key: before -> after``) and a summary line.
Exit status: 0 when the files agree, 1 when they differ, 2 on a usage or input error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterator

SHOW = 160  # characters of a differing value shown


def read_records(path: Path) -> dict[str, dict[str, Any]]:
    """The records of ``path`` keyed by ``source`` (line number when a record has none).

    Raises:
        ValueError: a line is not a JSON object.
    """
    records: dict[str, dict[str, Any]] = {}
    # split at "\n" only: str.splitlines() also splits at U+2028, U+0085 and the like, which JSON
    # written with ensure_ascii=False keeps raw inside strings (a scraped posting's text holds them)
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not JSON ({exc})") from None
        if not isinstance(record, dict):
            raise ValueError(f"{path}:{number}: not a JSON object")
        key = str(record.get("source", f"line {number}"))
        while key in records:  # a repeated source: keep both, in order
            key += "#"
        records[key] = record
    return records


def strip(record: dict[str, Any], ignored: set[str]) -> dict[str, Any]:
    """``record`` without the ``ignored`` fields, at the top level and in ``provenance``."""
    out = {key: value for key, value in record.items() if key not in ignored}
    if isinstance(out.get("provenance"), dict):
        out["provenance"] = {key: value for key, value in out["provenance"].items() if key not in ignored}
    return out


def differences(before: Any, after: Any, where: str = "") -> Iterator[str]:
    """Human-readable differences between two JSON values (dicts compared key by key)."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in list(before) + [k for k in after if k not in before]:
            here = f"{where}.{key}" if where else str(key)
            if key not in after:
                yield f"{here}: removed"
            elif key not in before:
                yield f"{here}: added {_show(after[key])}"
            else:
                yield from differences(before[key], after[key], here)
    elif before != after:
        yield f"{where}: {_show(before)} -> {_show(after)}"


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= SHOW else text[: SHOW - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--ignore", action="append", default=[], metavar="FIELD", help="a record field to leave out (repeatable)")
    args = parser.parse_args(argv)
    try:
        before, after = read_records(args.before), read_records(args.after)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    ignored = set(args.ignore)
    found = 0
    for source in list(before) + [s for s in after if s not in before]:
        if source not in after:
            print(f"{source}: missing from {args.after}")
            found += 1
            continue
        if source not in before:
            print(f"{source}: missing from {args.before}")
            found += 1
            continue
        for line in differences(strip(before[source], ignored), strip(after[source], ignored)):
            print(f"{source}: {line}")
            found += 1
    ignoring = f" (ignoring {', '.join(sorted(ignored))})" if ignored else ""
    print(f"{len(before)} vs {len(after)} records, {found} difference(s){ignoring}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
