"""Shared helpers of the table-driven rule tests: run one field's rules (or the whole rules-only pipeline) on a text, read places as tuples."""

from functools import cache

from extractor.context import context_for
from extractor.rules.base import run_rules


def rule_value(field: str, text: str):
    """The value the rules find for ``field`` in ``text``, or None when they find nothing."""
    cand = run_rules(context_for(text), [field]).get(field)
    return cand.value if cand is not None else None


@cache
def _rules_only():
    from extractor import Extractor

    return Extractor(use_llm=False)


def extracted_record(text: str) -> dict:
    """The rules-only pipeline's record for ``text``, as its JSON writes it."""
    return _rules_only().extract(text).model_dump(mode="json")


def extracted_field(text: str, field: str):
    """The rules-only pipeline's value for ``field`` in ``text``, as the record's JSON writes it."""
    return extracted_record(text)[field]


def places(text: str) -> list[tuple]:
    """The rules' locations in ``text`` as ``(city, region, country)`` tuples, in order."""
    return [(p["city"], p["region"], p["country"]) for p in rule_value("locations", text) or []]


def raw_slice(raw: str, value: str) -> str:
    """The raw input's characters that the normalised text's first ``value`` maps back to."""
    from extractor.normalize import normalize

    doc = normalize(raw)
    i = doc.text.index(value)
    s, e = doc.source_span(i, i + len(value))
    return raw[s:e]


def lines_kept(text: str) -> list[str]:
    """The non-empty lines of ``text`` that its normalised text no longer holds (a reader that left it alone: none)."""
    from extractor.normalize import normalize

    out = normalize(text).text
    return [line for line in (x.strip() for x in text.split("\n") if x.strip()) if line not in out]


def posting(head: str, body: str = "About the role\nWe are looking for someone to join our busy team.\n") -> str:
    """A short posting: ``head`` (a heading and its fact lines), a blank line, then ``body``."""
    return head + "\n\n" + body
