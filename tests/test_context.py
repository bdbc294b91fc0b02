"""Context.once: a rule's value computed once per posting text, and again when the text changes."""

from __future__ import annotations

from extractor.context import context_for


def test_once_computes_a_value_once_per_text_and_again_for_a_new_document():
    ctx = context_for("Payroll Officer\n\nRun the payroll.\n")
    seen: list[str] = []

    def length(c):
        seen.append(c.text)
        return len(c.text)

    assert ctx.once("length", length) == ctx.once("length", length) == len(ctx.text)
    assert len(seen) == 1
    ctx.doc = context_for("Nurse\n\nCare for patients on the ward.\n").doc
    assert ctx.once("length", length) == len(ctx.text) and len(seen) == 2
    assert ctx.once("other", lambda c: "x") == "x"  # keys are separate
