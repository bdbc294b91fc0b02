"""A perk the posting says it does not give is no benefit ("Remote work is not possible", "No relocation
assistance"); the same perk stated plainly still is. Table-driven and offline; the postings are this file's own."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules


def _benefits(text: str) -> list[str]:
    cand = run_rules(context_for(text), ["benefits"]).get("benefits")
    return [] if cand is None else cand.value


@pytest.mark.parametrize(
    "line, perk",
    [
        ("Remote work is not possible: the control room is staffed around the clock.", "remote work"),
        ("- No relocation assistance for this role", "relocation assistance"),
        ("Relocation assistance is not offered.", "relocation assistance"),
        ("- A company car is not provided", "company car"),
    ],
)
def test_a_perk_said_not_to_be_given(line: str, perk: str) -> None:
    text = f"Control Room Operator\nNorthgrid Energy\n\nWhat we offer\n- Health insurance\n- 25 days of paid leave\n{line}\n"
    got = _benefits(text)
    assert "health insurance" in got and perk not in got


@pytest.mark.parametrize("line, perk", [("- Remote work two days a week", "remote work"), ("- Relocation assistance", "relocation assistance")])
def test_the_same_perk_stated_plainly(line: str, perk: str) -> None:
    assert perk in _benefits(f"Analyst\nNorthgrid Energy\n\nWhat we offer\n- Health insurance\n{line}\n")
