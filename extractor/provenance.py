"""Provenance data model: where each value came from and how sure we are.

A :class:`Span` is a ``[start, end)`` interval of the *raw input* given to the
extractor: ``raw[span.start:span.end]`` is the evidence.  A
:class:`FieldProvenance` says which method filled a field (a rule's name,
``llm``, or ``cache`` for an LLM answer served from the cache), its evidence
spans, a confidence, and an :class:`AlignmentStatus` telling whether the value
was found in the text; for an LLM value, ``reason`` says why (the rule parser that
read it at its evidence, or where the words were found).
"""

from __future__ import annotations

from enum import Enum
from typing import Optional

from pydantic import BaseModel, Field


class AlignmentStatus(str, Enum):
    """How a value relates to the input text."""

    EXACT = "exact"  # the value (or its normalised evidence) was found verbatim
    FUZZY = "fuzzy"  # found with small differences (case, spacing, punctuation, a few words)
    UNGROUNDED = "ungrounded"  # could not be found in the text: flagged, dropped from lists by default


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
