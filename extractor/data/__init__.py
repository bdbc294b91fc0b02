"""The package's data files (vocabularies, gazetteer, heading and phrasing tables) and their one loader."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """The parsed JSON file ``extractor/data/<name>``, read once per process.

    The result is shared between callers: read it, never change it.

    Raises:
        FileNotFoundError: no such data file.
        json.JSONDecodeError: the file is not valid JSON.
    """
    return json.loads((resources.files(__package__) / name).read_text(encoding="utf-8"))
