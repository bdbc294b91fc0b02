"""Input normalisation (placeholder: identity until the full normaliser lands)."""

from __future__ import annotations

from extractor.document import Document


def normalize(raw: str) -> Document:
    """Clean ``raw`` (HTML or text) into a :class:`Document` mapped back to ``raw``."""
    return Document.from_source(raw)
