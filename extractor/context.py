"""The document context every rule reads: the clean text and its sections, built once per posting.

:func:`context_for` is the one place a posting becomes a :class:`Context`: the raw input is
normalised (:mod:`extractor.normalize`), passages that speak to an AI model are masked
(:mod:`extractor.injection`: same length, so offsets still map back to the raw input) and the
masked text is segmented once (:mod:`extractor.sections`).  The pipeline builds it; the rules
(:mod:`extractor.rules`) and the LLM stage only read it.  This module sits below the rules
and imports neither them nor the LLM layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, TypeVar

from extractor.document import Document
from extractor.injection import instruction_spans, mask
from extractor.normalize import normalize
from extractor.sections import Section, segment

_T = TypeVar("_T")


@dataclass
class Context:
    """What every rule sees: the clean document and its sections.

    ``warnings`` collects the faults met while reading the document (a normalisation step or
    a rule that raised, see :mod:`extractor.faults`); the pipeline puts them on the record.
    """

    doc: Document
    sections: list[Section]
    extras: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.text

    def sections_of(self, *kinds: str) -> list[Section]:
        """The sections of the given kinds, in document order."""
        return [s for s in self.sections if s.kind in kinds]

    @cached_property
    def lower(self) -> str:
        return self.doc.text.lower()

    def once(self, key: str, compute: Callable[[Context], _T]) -> _T:
        """``compute(self)``, computed once per text and shared by every rule that asks for ``key``.

        The value is kept in :attr:`extras` beside the text it was computed for, so a context whose
        document was replaced computes it again.
        """
        cached = self.extras.get(key)
        if cached is not None and cached[0] is self.text:
            return cached[1]
        value = compute(self)
        self.extras[key] = (self.text, value)
        return value


def context_for(raw: str) -> Context:
    """Normalise ``raw``, mask the passages addressed to an AI model, segment once.

    Args:
        raw: the posting as given (HTML or text).

    Returns:
        The :class:`Context`; its ``warnings`` hold the normaliser's and the segmenter's faults
        and, when passages were masked, a note saying how many.

    Raises:
        Exception: whatever a step raised, in strict mode (``EXTRACTOR_STRICT=1``) only.
    """
    warnings: list[str] = []
    doc = normalize(raw, warnings)
    spans = instruction_spans(doc.text)
    if spans:
        doc = Document(doc.source, mask(doc.text, spans), doc.starts, doc.ends)
        warnings.append(f"ignored {len(spans)} passage(s) that read as instructions to an AI model (possible prompt injection)")
    return Context(doc=doc, sections=segment(doc, warnings), warnings=warnings)
