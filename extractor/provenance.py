"""Provenance data model: where each value came from and how sure we are.

An :class:`Extraction` is a value with its evidence on its way through the pipeline: a rule
proposes one, the LLM stage grounds one, the merge combines them (as langextract's
``Extraction`` with its ``CharInterval`` and ``AlignmentStatus``).  At the end the pipeline
writes each field's extraction out as its :class:`FieldProvenance`, the record's JSON form.

A :class:`Span` is a ``[start, end)`` interval of the *raw input* given to the
extractor: ``raw[span.start:span.end]`` is the evidence.  A
:class:`FieldProvenance` says which method filled a field (a rule's name,
``llm``, or ``cache`` for an LLM answer served from the cache), its evidence
spans, a confidence, and an :class:`AlignmentStatus` telling whether the value
was found in the text; for an LLM value, ``reason`` says why (the rule parser that
read it at its evidence, or where the words were found).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Iterable, Optional

from pydantic import BaseModel, Field


class AlignmentStatus(str, Enum):
    """How a value relates to the input text."""

    EXACT = "exact"  # the value (or its normalised evidence) was found verbatim
    FUZZY = "fuzzy"  # found with small differences (case, spacing, punctuation, a few words)
    UNGROUNDED = "ungrounded"  # could not be found in the text: flagged, dropped from lists by default


_STATUS_ORDER = (AlignmentStatus.EXACT, AlignmentStatus.FUZZY, AlignmentStatus.UNGROUNDED)
# how sure an LLM value is, by how well the text states it
STATUS_CONFIDENCE = {AlignmentStatus.EXACT: 0.7, AlignmentStatus.FUZZY: 0.55, AlignmentStatus.UNGROUNDED: 0.2}


def weakest(statuses: Iterable[AlignmentStatus]) -> AlignmentStatus:
    """The least grounded of ``statuses`` (``ungrounded`` when there are none)."""
    return max(statuses, key=_STATUS_ORDER.index, default=AlignmentStatus.UNGROUNDED)


TextSpan = tuple[int, int]  # a character interval [start, end) of the clean text (or of the raw input, see raw_spans)


@dataclass(frozen=True)
class Extraction:
    """One value of one field with its evidence, from a rule, the page's structured data or the LLM.

    ``spans`` locate the evidence in the clean text (``ctx.doc.text``); with ``raw_spans`` they
    index the raw input instead (evidence the clean text does not hold, such as a JSON-LD value
    inside a script).  ``method`` is the rule's name (``pay.amount``), ``jsonld``/``microdata``,
    ``llm`` or ``cache``, or two joined by ``+`` when both found it.  A list value has one
    extraction per item in ``items``; a rule may give only each item's spans (``item_spans``).
    ``status`` and ``reason`` say whether and why the value is found in the text (rules read
    the text, so their values are ``exact``); ``prompt_version`` is set on LLM values.
    """

    field: str
    value: Any
    spans: tuple[TextSpan, ...]
    confidence: float
    method: str
    item_spans: Optional[tuple[tuple[TextSpan, ...], ...]] = None
    raw_spans: bool = False
    status: AlignmentStatus = AlignmentStatus.EXACT
    reason: str = ""
    items: tuple["Extraction", ...] = ()
    prompt_version: Optional[str] = None

    def parts(self) -> tuple["Extraction", ...]:
        """One extraction per item of a list value (built from ``item_spans`` for a rule's list)."""
        if self.items or self.item_spans is None or not isinstance(self.value, list):
            return self.items
        return tuple(Extraction(self.field, value, spans, self.confidence, self.method) for value, spans in zip(self.value, self.item_spans))


class Span(BaseModel):
    """A character interval of the raw input: ``raw[start:end]`` is the evidence."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


class ItemProvenance(BaseModel):
    """Provenance of one item of a list field (a responsibility, a skill…)."""

    value: str
    spans: list[Span] = Field(default_factory=list)
    status: AlignmentStatus = AlignmentStatus.EXACT
    method: Optional[str] = None  # the rule's name or llm/cache, when it differs within one list
    reason: Optional[str] = None  # LLM items: why the item counts as exact/fuzzy (see extractor.llm.grounding)
    code: Optional[str] = None  # skills: the ESCO URI of the item, where it maps (extractor.taxonomy)


class FieldProvenance(BaseModel):
    """How one field of the record was filled."""

    method: str  # rule name such as "pay.range", or "llm", or "cache"
    confidence: float = Field(ge=0.0, le=1.0)
    status: AlignmentStatus = AlignmentStatus.EXACT
    spans: list[Span] = Field(default_factory=list)
    items: Optional[list[ItemProvenance]] = None  # list fields only
    prompt_version: Optional[str] = None  # LLM-filled fields only
    reason: Optional[str] = None  # LLM-filled fields only: why the value counts as exact/fuzzy


class Usage(BaseModel):
    """LLM cost of one or more extractions (summed over every attempt)."""

    llm_calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0

    def add(self, other: "Usage") -> None:
        for name in type(self).model_fields:
            setattr(self, name, getattr(self, name) + getattr(other, name))
