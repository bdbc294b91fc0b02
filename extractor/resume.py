"""``--resume``: the sources an interrupted output file already holds, its torn last line cut.

The local engine (:mod:`extractor.run`) skips the inputs whose ``source`` is already in the
output and appends the rest.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


class ResumeError(Exception):
    """The output file cannot be resumed (a complete line is not a record)."""


def resume_state(path: Path) -> dict[str, bool]:
    """The sources already in output file ``path`` (→ whether that record has an ``error``).

    A torn last line (the run died while writing it: no final newline) is cut off, so the
    file ends with complete records only and appending continues cleanly.

    Raises:
        ResumeError: a complete line is not a JSON record with a ``source``.
        OSError: the file cannot be read or truncated.
    """
    done: dict[str, bool] = {}
    if not path.exists():
        return done
    good_end = 0
    with path.open("rb+") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.endswith(b"\n"):
                break  # torn: cut below
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if not isinstance(record, dict) or not isinstance(record.get("source"), str):
                raise ResumeError(f"{path} line {number} is not an output record; not resuming (move the file away to start over)")
            done[record["source"]] = "error" in record
            good_end += len(line)
        if handle.seek(0, 2) > good_end:
            handle.truncate(good_end)
            print(f"extractor: {path}: cut a torn last line ({handle.tell() - good_end} bytes); that input is done again", file=sys.stderr)
    return done
