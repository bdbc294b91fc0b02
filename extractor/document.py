"""The normalised text of one posting, with a map back to the raw input.

Every rule and the LLM grounding step work on ``Document.text`` (clean text:
HTML stripped, boilerplate cut, glued headings split).  Each character of that
text remembers which characters of the raw input it came from, so a span found
in the clean text can be turned into a span of the raw input with
:meth:`Document.source_span`: slicing the raw input with it gives the evidence
back.

Transformations build a new document with :class:`TextBuilder`, copying runs
of an older document (their offsets come along) or inserting synthetic text
(a newline between glued headings) that points at a zero-width place.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import Sequence


def _offsets(values=()) -> "array[int]":
    """A compact int sequence for the offset map (8 bytes an entry, not a list of int objects)."""
    return array("q", values)


IDENTITY_CACHED = 1 << 18  # offsets below this are sliced from a shared array (2 MB), not counted out
_identity_cache = _offsets(range(IDENTITY_CACHED + 1))


def _run(start: int, stop: int) -> "array[int]":
    """``start, start + 1, ..., stop - 1`` as offsets (a slice of a shared array when in range: a copy, not a loop)."""
    if stop <= IDENTITY_CACHED:
        return _identity_cache[start:stop]
    return _offsets(range(start, stop))


def _repeat(value: int, count: int) -> "array[int]":
    """``value`` ``count`` times as offsets."""
    return _offsets((value,)) * count


@dataclass(frozen=True)
class Document:
    """Clean text plus, per character, the ``[start, end)`` it came from in ``source``."""

    source: str
    text: str
    starts: Sequence[int] = field(repr=False)
    ends: Sequence[int] = field(repr=False)

    @classmethod
    def from_source(cls, source: str) -> "Document":
        """A document whose text is the raw input itself (identity map)."""
        n = len(source)
        return cls(source, source, _run(0, n), _run(1, n + 1))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the ``(start, end)`` of its evidence in ``source``.

        Raises:
            ValueError: if the span is empty or outside the text.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is not inside a text of {len(self.text)} characters")
        src_start = self.starts[start]
        src_end = max(self.ends[end - 1], src_start)
        return src_start, src_end


class TextBuilder:
    """Builds a new :class:`Document` out of pieces of an older one."""

    def __init__(self, base: Document):
        self.base = base
        self._parts: list[str] = []
        self._starts = _offsets()
        self._ends = _offsets()

    def copy(self, start: int, end: int) -> None:
        """Append ``base.text[start:end]`` with its offsets."""
        if end <= start:
            return
        self._parts.append(self.base.text[start:end])
        self._starts.extend(self.base.starts[start:end])
        self._ends.extend(self.base.ends[start:end])

    def insert(self, text: str, at: int) -> None:
        """Append synthetic ``text`` that stands at base position ``at`` (zero width)."""
        if not text:
            return
        base = self.base
        if at < len(base.text):
            point = base.starts[at]
        else:
            point = base.ends[-1] if base.ends else 0
        self._parts.append(text)
        self._starts.extend(_repeat(point, len(text)))
        self._ends.extend(_repeat(point, len(text)))

    def replace(self, text: str, start: int, end: int) -> None:
        """Append ``text`` standing for ``base.text[start:end]`` (e.g. a decoded entity)."""
        if not text:
            return
        if end <= start:
            self.insert(text, start)
            return
        src_start = self.base.starts[start]
        src_end = self.base.ends[end - 1]
        self._parts.append(text)
        self._starts.extend(_repeat(src_start, len(text)))
        self._ends.extend(_repeat(src_end, len(text)))

    def build(self) -> Document:
        text = "".join(self._parts)
        return Document(self.base.source, text, self._starts, self._ends)


class SourceBuilder:
    """Builds a :class:`Document` straight from raw input (used by the HTML converter)."""

    def __init__(self, source: str):
        self.source = source
        self._parts: list[str] = []
        self._starts = _offsets()
        self._ends = _offsets()

    @property
    def last_char(self) -> str:
        return self._parts[-1][-1] if self._parts else ""

    def copy(self, start: int, end: int) -> None:
        """Append ``source[start:end]`` verbatim."""
        if end <= start:
            return
        self._parts.append(self.source[start:end])
        self._starts.extend(_run(start, end))
        self._ends.extend(_run(start + 1, end + 1))

    def emit(self, text: str, start: int, end: int) -> None:
        """Append ``text`` standing for ``source[start:end]`` (zero width when equal)."""
        if not text:
            return
        self._parts.append(text)
        self._starts.extend(_repeat(start, len(text)))
        self._ends.extend(_repeat(end, len(text)))

    def build(self) -> Document:
        return Document(self.source, "".join(self._parts), self._starts, self._ends)
