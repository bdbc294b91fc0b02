"""Load the golden set: ``index.csv``, the documents and their annotations.

Layout of a golden directory::

    golden/index.csv              columns id,layout,split,notes (split is dev or test)
    golden/docs/<id>.txt|.html    the posting as collected
    golden/annotations/<id>.json  the expected record, same field names as JobPosting
    golden/set.json               optional: {"name": "real", "annotations": "partial"}

In a set whose ``set.json`` says ``"annotations": "partial"`` (the real postings, whose
gold comes from what their source recorded), an annotation holds only the fields whose
gold is known: a field it leaves out is not scored, a field it gives as null or [] is
scored as "not stated".  Otherwise every annotation must give every field.

Every annotation is validated against :class:`extractor.schema.JobPosting`; all
problems of the whole set are collected and raised together in one
:class:`GoldenError`, so a broken annotation is found before any extraction runs.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from extractor.schema import FIELD_NAMES, JobPosting

SPLITS = ("dev", "test")
SPLIT_CHOICES = ("dev", "test", "all")
INDEX_COLUMNS = ("id", "layout", "split", "notes")
DOC_SUFFIXES = (".txt", ".html", ".htm")


class GoldenError(ValueError):
    """The golden set is missing, malformed, or an annotation breaks the schema."""


@dataclass(frozen=True)
class GoldenDoc:
    """One golden document: its text and its validated expected record.

    ``gold`` is the annotation as a JSON-mode dict (``JobPosting.model_dump(mode="json")``),
    so dates are ISO strings and every field is present.
    """

    id: str
    layout: str
    split: str
    notes: str
    path: Path
    text: str
    gold: dict[str, Any] = field(repr=False)
    annotated: tuple[str, ...] = FIELD_NAMES  # the fields whose gold is known (scored)
    source: str = ""  # where a real posting came from (index column ``source``)


@dataclass(frozen=True)
class GoldenSet:
    """The selected documents plus identity information for the run manifest."""

    root: Path
    split: str
    docs: list[GoldenDoc]
    sha256: str  # hash of index + documents + annotations of the selected docs
    name: str = "golden"  # the set's name (``set.json``), shown beside scores
    partial: bool = False  # annotations hold only the fields whose gold is known

    def __len__(self) -> int:
        return len(self.docs)


def validate_annotation(data: Any, *, require_all_fields: bool = True) -> tuple[Optional[dict[str, Any]], list[str]]:
    """Validate one annotation object against the record schema.

    Args:
        data: the parsed JSON annotation.
        require_all_fields: report fields of the record that the annotation leaves out
            (the convention is to write every field, null or [] when not stated).

    Returns:
        ``(record, problems)``: the normalised JSON-mode record (None when invalid) and the
        list of human-readable problems (empty when valid).
    """
    if not isinstance(data, dict):
        return None, [f"annotation must be a JSON object, got {type(data).__name__}"]
    problems: list[str] = []
    unknown = sorted(set(data) - set(FIELD_NAMES))
    if unknown:
        problems.append(f"unknown field(s): {', '.join(unknown)} (fields are: {', '.join(FIELD_NAMES)})")
    if require_all_fields:
        missing = [name for name in FIELD_NAMES if name not in data]
        if missing:
            problems.append(f"missing field(s): {', '.join(missing)} (write null or [] when not stated)")
    try:
        record = JobPosting.model_validate({k: v for k, v in data.items() if k in FIELD_NAMES})
    except ValidationError as exc:
        for err in exc.errors():
            where = ".".join(str(part) for part in err.get("loc", ())) or "(record)"
            problems.append(f"{where}: {err.get('msg')} (got {err.get('input')!r})")
        return None, problems
    return (record.model_dump(mode="json") if not problems else None), problems


def _read_index(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            header = tuple(h.strip() for h in (reader.fieldnames or ()))
            missing = [c for c in INDEX_COLUMNS[:3] if c not in header]
            if missing:
                raise GoldenError(f"{path}: missing column(s) {', '.join(missing)}; expected header {','.join(INDEX_COLUMNS)}")
            return [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader]
    except OSError as exc:
        raise GoldenError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except csv.Error as exc:
        raise GoldenError(f"{path} is not valid CSV: {exc}") from exc


def read_set_info(root: Path) -> tuple[str, bool]:
    """``(name, partial)`` from ``root/set.json`` (default: the folder's name, full annotations).

    Raises:
        GoldenError: ``set.json`` exists but is not a JSON object with a known ``annotations`` value.
    """
    path = root / "set.json"
    if not path.is_file():
        return root.name or "golden", False
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldenError(f"{path} is not valid JSON: {exc}") from exc
    annotations = info.get("annotations", "full") if isinstance(info, dict) else None
    if annotations not in ("full", "partial"):
        raise GoldenError(f"{path}: 'annotations' must be 'full' or 'partial', got {annotations!r}")
    return str(info.get("name") or root.name), annotations == "partial"


def _find_doc(docs_dir: Path, doc_id: str) -> Optional[Path]:
    for suffix in DOC_SUFFIXES:
        candidate = docs_dir / f"{doc_id}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def load_golden(root: str | Path, split: str = "dev", *, require_all_fields: bool = True) -> GoldenSet:
    """Load and validate the golden documents of ``split``.

    Args:
        root: the golden directory (holding ``index.csv``, ``docs/``, ``annotations/``).
        split: ``dev``, ``test`` or ``all``.
        require_all_fields: see :func:`validate_annotation`.

    Returns:
        The :class:`GoldenSet`, documents in index order.

    Raises:
        GoldenError: the directory or index is missing, the split is unknown, or any row has
            a problem (unknown split value, duplicate id, missing document or annotation,
            invalid JSON, schema violation); the message lists every problem found.
    """
    root = Path(root)
    if split not in SPLIT_CHOICES:
        raise GoldenError(f"unknown split {split!r}; use one of {', '.join(SPLIT_CHOICES)}")
    if not root.is_dir():
        raise GoldenError(f"golden directory not found: {root}")
    index = root / "index.csv"
    if not index.is_file():
        raise GoldenError(f"golden index not found: {index} (columns {','.join(INDEX_COLUMNS)})")
    name, partial = read_set_info(root)
    require_all_fields = require_all_fields and not partial
    rows = _read_index(index)
    problems: list[str] = []
    seen: set[str] = set()
    docs: list[GoldenDoc] = []
    digest = hashlib.sha256()
    for line, row in enumerate(rows, start=2):
        doc_id, row_split = row.get("id", ""), row.get("split", "")
        where = f"index.csv line {line}"
        if not doc_id:
            problems.append(f"{where}: empty id")
            continue
        if doc_id in seen:
            problems.append(f"{where}: duplicate id {doc_id!r}")
            continue
        seen.add(doc_id)
        if row_split not in SPLITS:
            problems.append(f"{where} ({doc_id}): split must be one of {', '.join(SPLITS)}, got {row_split!r}")
            continue
        if split != "all" and row_split != split:
            continue
        doc_path = _find_doc(root / "docs", doc_id)
        if doc_path is None:
            problems.append(f"{doc_id}: no document docs/{doc_id}.txt or .html")
            continue
        ann_path = root / "annotations" / f"{doc_id}.json"
        if not ann_path.is_file():
            problems.append(f"{doc_id}: no annotation annotations/{doc_id}.json")
            continue
        try:
            raw_doc = doc_path.read_bytes()
            text = raw_doc.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{doc_id}: cannot read {doc_path.name} as UTF-8: {exc}")
            continue
        try:
            raw_ann = ann_path.read_bytes()
            data = json.loads(raw_ann.decode("utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{doc_id}: annotations/{doc_id}.json is not valid JSON: {exc}")
            continue
        record, ann_problems = validate_annotation(data, require_all_fields=require_all_fields)
        problems.extend(f"{doc_id}: annotation {p}" for p in ann_problems)
        if record is None:
            continue
        for part in (doc_id.encode(), raw_doc, raw_ann):
            digest.update(hashlib.sha256(part).digest())
        annotated = FIELD_NAMES if not partial else tuple(n for n in FIELD_NAMES if n in data)
        if not annotated:
            problems.append(f"{doc_id}: annotation gives no field")
            continue
        docs.append(
            GoldenDoc(doc_id, row.get("layout", "") or "unknown", row_split, row.get("notes", ""), doc_path, text, record, annotated, row.get("source", ""))
        )
    if problems:
        shown = problems[:50]
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        raise GoldenError(f"golden set {root} has {len(problems)} problem(s):\n  " + "\n  ".join(shown) + more)
    if not docs:
        raise GoldenError(f"golden set {root} has no documents in split {split!r}")
    return GoldenSet(root=root, split=split, docs=docs, sha256=digest.hexdigest(), name=name, partial=partial)
