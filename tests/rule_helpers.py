"""Shared helpers of the table-driven rule tests: run one field's rules on a text, read places as tuples."""

from extractor.context import context_for
from extractor.rules.base import run_rules


def rule_value(field: str, text: str):
    """The value the rules find for ``field`` in ``text``, or None when they find nothing."""
    cand = run_rules(context_for(text), [field]).get(field)
    return cand.value if cand is not None else None


def places(text: str) -> list[tuple]:
    """The rules' locations in ``text`` as ``(city, region, country)`` tuples, in order."""
    return [(p["city"], p["region"], p["country"]) for p in rule_value("locations", text) or []]
