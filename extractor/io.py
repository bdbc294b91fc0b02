"""Reading inputs and writing record lines: the one place both engines name their sources.

Reading (:func:`iter_inputs`): text or HTML files, directories (their files, sorted), ``-``
for stdin, ``.jsonl`` files of ``{"id", "text"}`` objects and ``.parquet`` files with a
``text`` and an optional ``id`` column (needs pyarrow, the ``ray`` extra).  Each input
becomes an :class:`InputDoc` with its ``source`` label: the path, the ``id``, or
``<file>:<line>`` (``<file>:<row>`` in Parquet) when an item has no id.  Binary data is
sniffed and refused, bad UTF-8 is replaced with a warning, an input over the size limit is
refused unread, and a repeated source becomes ``<source>#2``, ``#3``… with a warning
(:func:`unique_sources`).  Problems become docs with an ``error``: every input gets its line.

Writing (:func:`record_line`): one JSON line per input, the record at the top level plus
``source`` and, if any, ``warnings``/``error``.  The local engine (:mod:`extractor.run`) and
the Ray engine (:mod:`extractor.scale`) both read and write through this module, so the
same input gives byte-identical lines on either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Optional

TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".eml", ""}
JSONL_SUFFIXES = {".jsonl"}
PARQUET_SUFFIXES = {".parquet", ".pq"}


@dataclass
class InputDoc:
    """One input as read: its ``source`` label, and its text or the reason it has none."""

    source: str
    text: Optional[str] = None
    error: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


# Magic numbers of binary formats people feed by mistake (documents, archives, images).
_BINARY_MAGIC = {
    b"%PDF-": "PDF",
    b"PK\x03\x04": "ZIP/Office document",
    b"\xd0\xcf\x11\xe0": "Office document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
}
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}


def max_input_chars() -> int:
    """The longest input (characters) the pipeline accepts (``pipeline.MAX_INPUT_CHARS``)."""
    from extractor.pipeline import MAX_INPUT_CHARS

    return MAX_INPUT_CHARS


def max_input_bytes() -> int:
    """The most bytes read for one input: UTF-8 needs at most 4 bytes a character."""
    return 4 * max_input_chars()


def _too_large(size: str) -> str:
    return f"input too large: {size} (limit {max_input_chars():,} characters); split the posting or drop it"


def decode(data: bytes) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Bytes → ``(text, error, warning)``: binary data is an error, bad UTF-8 is replaced with a warning."""
    head = data[:8192]
    for magic, kind in _BINARY_MAGIC.items():
        if head.startswith(magic):
            return None, f"binary file ({kind}): not a text or HTML posting", None
    if b"\x00" in head or (head and sum(b in _CONTROL for b in head) > len(head) // 10):
        return None, "binary file: not a text or HTML posting", None
    try:
        text, warning = data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        warning = f"input is not valid UTF-8 (first bad byte at {exc.start}); decoded with replacement characters"
        sample = text[:8192]
        if sample.count("\ufffd") > len(sample) // 4:
            return None, "binary file: mostly bytes that are not UTF-8 text", None
    if len(text) > max_input_chars():
        return None, _too_large(f"{len(text):,} characters"), None
    return text, None, warning


def _read_bounded(handle: IO[bytes], label: str) -> InputDoc:
    """Read one input of at most :func:`max_input_bytes` bytes (a larger one is refused unread)."""
    limit = max_input_bytes()
    data = handle.read(limit + 1)
    if len(data) > limit:
        return InputDoc(label, error=_too_large(f"more than {limit:,} bytes"))
    text, error, warning = decode(data)
    return InputDoc(label, text=text, error=error, warnings=[warning] if warning else [])


def _read_file(path: Path, label: str) -> InputDoc:
    try:
        size = path.stat().st_size
        if size > max_input_bytes():
            return InputDoc(label, error=_too_large(f"{size:,} bytes"))
        with path.open("rb") as handle:
            return _read_bounded(handle, label)
    except OSError as exc:
        return InputDoc(label, error=f"cannot read {label}: {exc.strerror or exc}")


def _bounded_lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, Optional[bytes]]]:
    """``(number, line)`` for each line of ``handle``; a line longer than ``limit`` bytes is skipped unread and given as None."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the oversized line in bounded pieces
                rest = handle.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def _read_jsonl(path: Path, label: str) -> Iterator[InputDoc]:
    # JSON may spell a character as a 6-byte \\uXXXX escape.
    limit = 6 * max_input_chars() + 4096
    with path.open("rb") as handle:
        for number, line in _bounded_lines(handle, limit):
            source = f"{label}:{number}"
            if line is None:
                yield InputDoc(source, error=f"line {number}: " + _too_large(f"more than {limit:,} bytes"))
                continue
            if not line.strip():
                continue
            warnings = []
            try:
                chars = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                chars = line.decode("utf-8", errors="replace")
                warnings.append(f"line {number} is not valid UTF-8 (first bad byte at {exc.start}); decoded with replacement characters")
            try:
                item = json.loads(chars)
            except json.JSONDecodeError as exc:
                yield InputDoc(source, error=f"line {number} is not JSON: {exc.msg}")
                continue
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                yield InputDoc(source, error=f"line {number} needs a JSON object with a string 'text'")
                continue
            yield _item_doc(source, item.get("id"), item["text"], warnings)


def _item_doc(fallback: str, ident: Any, text: str, warnings: list[str]) -> InputDoc:
    """One item of a ``.jsonl`` or Parquet file: named by its ``id`` (else ``fallback``), size-checked."""
    source = fallback if ident is None or isinstance(ident, (dict, list)) else str(ident)
    if len(text) > max_input_chars():
        return InputDoc(source, error=_too_large(f"{len(text):,} characters"), warnings=warnings)
    return InputDoc(source, text=text, warnings=warnings)


def _read_parquet(path: Path, label: str) -> Iterator[InputDoc]:
    """The rows of a Parquet file with a ``text`` and an optional ``id`` column, one batch at a time.

    A row without an id is ``<label>:<row>`` (rows count from 1, as ``.jsonl`` lines do).
    """
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield InputDoc(label, error="reading Parquet needs pyarrow: pip install 'job-posting-extractor[ray]'")
        return
    try:
        table = pq.ParquetFile(str(path))
    except ValueError as exc:  # pyarrow's ArrowInvalid: not a Parquet file
        yield InputDoc(label, error=f"cannot read {label} as Parquet: {exc}")
        return
    names = table.schema_arrow.names
    if "text" not in names:
        yield InputDoc(label, error=f"the Parquet input has no 'text' column (columns: {', '.join(names)})")
        return
    number = 0
    for batch in table.iter_batches(batch_size=256, columns=["text", "id"] if "id" in names else ["text"]):
        texts = batch.column("text").to_pylist()
        ids = batch.column("id").to_pylist() if "id" in names else [None] * len(texts)
        for ident, text in zip(ids, texts):
            number += 1
            doc = _item_doc(f"{label}:{number}", ident, text if isinstance(text, str) else "", [])
            if not isinstance(text, str):
                doc.text, doc.error = None, f"row {number}: the 'text' value is not a string"
            yield doc


def iter_inputs(paths: Iterable[str], stdin: Optional[IO[bytes]] = None) -> Iterator[InputDoc]:
    """Every input document named by ``paths``, in order, read one at a time; problems become error docs.

    Args:
        paths: files, directories (their files, sorted), ``.jsonl``/``.parquet`` files, or
            ``-`` for ``stdin``.
        stdin: the binary stream ``-`` reads.

    Returns:
        An iterator of :class:`InputDoc` with unique sources (see :func:`unique_sources`).
        Never raises for a bad input: a missing path, an unreadable or binary file, a bad
        ``.jsonl`` line each become a doc with an ``error``.
    """
    return unique_sources(_iter_raw_inputs(list(paths), stdin))


def unique_sources(docs: Iterable[InputDoc]) -> Iterator[InputDoc]:
    """``docs`` with unique sources: a repeated one becomes ``<source>#2``, ``#3``… with a warning.

    So every input has its own line (the same ``id`` twice in a ``.jsonl``, the same file named
    twice) and ``--resume`` can tell them apart.
    """
    seen: set[str] = set()
    for doc in docs:
        if doc.source in seen:
            base, n = doc.source, 2
            while f"{base}#{n}" in seen:
                n += 1
            doc.source = f"{base}#{n}"
            doc.warnings.append(f"duplicate source {base!r}: this input is {doc.source!r}")
        seen.add(doc.source)
        yield doc


def _iter_raw_inputs(paths: list[str], stdin: Optional[IO[bytes]]) -> Iterator[InputDoc]:
    for raw in paths:
        if raw == "-":
            yield _read_bounded(stdin, "-") if stdin is not None else InputDoc("-", error="no standard input to read")
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                files = sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix.lower() in TEXT_SUFFIXES or p.suffix in JSONL_SUFFIXES or p.suffix.lower() in PARQUET_SUFFIXES) and not p.name.startswith("."))
            except OSError as exc:
                yield InputDoc(raw, error=f"cannot list {raw}: {exc.strerror or exc}")
                continue
            for file in files:
                yield from _iter_path(file, str(file))
        elif path.exists():
            yield from _iter_path(path, raw)
        else:
            yield InputDoc(raw, error=f"no such file or directory: {raw}")


def _iter_path(path: Path, label: str) -> Iterator[InputDoc]:
    readers = {**dict.fromkeys(JSONL_SUFFIXES, _read_jsonl), **dict.fromkeys(PARQUET_SUFFIXES, _read_parquet)}
    reader = readers.get(path.suffix.lower())
    if reader is not None:
        try:
            yield from reader(path, label)
        except OSError as exc:
            yield InputDoc(label, error=f"cannot read {label}: {exc.strerror or exc}")
    else:
        yield _read_file(path, label)


def record_line(source: str, posting: Any = None, *, error: Optional[str] = None, warnings: Optional[list[str]] = None, with_provenance: bool = False) -> str:
    """One output line: the record (or the rules-only partial) plus ``source`` and, if any, ``error``/``warnings``."""
    line: dict[str, Any] = posting.model_dump(mode="json") if posting is not None else {}
    line["source"] = source
    if with_provenance and posting is not None:
        line["provenance"] = {name: prov.model_dump(mode="json", exclude_none=True) for name, prov in sorted(posting.provenance.items())}
    notes = list(warnings or []) + (list(posting.warnings) if posting is not None else [])
    if notes:
        line["warnings"] = notes
    if error:
        line["error"] = error
    return json.dumps(line, ensure_ascii=False, sort_keys=False)


