"""List items, round 27 (issue 15, real postings): a list item or a sentence that marks itself preferred where the
page put it among the duties or in the prose below a list ("Till tjänsten är det meriterande med …", "… is a plus",
"Erfahrung mit … ist von Vorteil.") is a preferred qualification; a duty's closing "… where helpful" marks
nothing. Table-driven, with phrasings of our own in several languages and near misses."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules
from extractor.rules.lists import _duty_marks_preferred, _marks_preferred_sentence

FIELDS = ("responsibilities", "minimum_qualifications", "preferred_qualifications")


def _lists(text: str) -> dict[str, list[str]]:
    found = run_rules(context_for(text), list(FIELDS))
    return {field: (found[field].value if field in found else []) for field in FIELDS}


_DUTIES = "Lagerarbetare\n\nArbetsuppgifter\n- Plocka och packa order\n- Ta emot leveranser\n- {item}\n\nKrav\n- Truckkort\n"


@pytest.mark.parametrize(
    "item, preferred",
    [
        ("Vid tjänsten är det meriterande med erfarenhet av WMS-system.", True),
        ("Erfarenhet av inventering är meriterande.", True),
        ("Kunskap i Excel ser vi som ett plus.", True),
        # near misses: duties that name no mark, or close on a helper word
        ("Hjälpa kollegor där det behövs.", False),
        ("Sköta städning av lagerytan varje fredag.", False),
    ],
)
def test_preferred_item_in_a_duties_list(item, preferred):
    lists = _lists(_DUTIES.format(item=item))
    assert (item in lists["preferred_qualifications"]) is preferred
    assert (item in lists["responsibilities"]) is not preferred


def test_duty_closing_on_where_helpful_stays_a_duty():
    item = "Review the nightly builds and suggest new monitoring tools where helpful."
    text = (
        "Site Reliability Engineer\n\nWhat you will do\n- Run the on-call rota\n- Keep the runbooks current\n"
        f"- {item}\n\nWhat you need\n- Linux administration\n"
    )
    lists = _lists(text)
    assert item in lists["responsibilities"]
    assert lists["preferred_qualifications"] == []


@pytest.mark.parametrize(
    "tail, preferred",
    [
        ("Tidigare arbete inom äldreomsorg är meriterande.", ["Tidigare arbete inom äldreomsorg är meriterande."]),
        ("Erfahrung mit SAP ist von Vorteil.", ["Erfahrung mit SAP ist von Vorteil."]),
        ("Une expérience en logistique serait un atout.", ["Une expérience en logistique serait un atout."]),
        ("A forklift certificate is a plus.", ["A forklift certificate is a plus."]),
        # near misses: process and company prose below a list
        ("Urval sker löpande, så skicka gärna in din ansökan redan idag.", []),
        ("Vi erbjuder friskvårdsbidrag och flexibla arbetstider.", []),
        ("Intervjuer hålls i vecka 12.", []),
        ("Full pay during training, plus a quarterly attendance bonus.", []),  # a benefit's bare noun
        ("Staff also get free parking and an annual bonus.", []),
    ],
)
def test_preferred_sentence_below_a_list(tail, preferred):
    text = f"Undersköterska\n\nVi söker dig som\n- har undersköterskeexamen\n- talar god svenska\n\n{tail}\n"
    lists = _lists(text)
    assert lists["preferred_qualifications"] == preferred
    assert lists["minimum_qualifications"] == ["har undersköterskeexamen", "talar god svenska"]


@pytest.mark.parametrize(
    "sentence, marked",
    [
        ("Kunskaper i finska är meriterande.", True),
        ("Ervaring met Python is een pluspunt.", True),
        ("Conocimientos de inglés: se valorará.", False),  # a label's value, no whole-sentence mark
        ("We will adapt your workstation where helpful.", False),
        ("Vi är ett företag där det är meriterande att trivas. " * 4, False),  # too long for one stated item
    ],
)
def test_marks_preferred_sentence(sentence, marked):
    assert _marks_preferred_sentence(sentence) is marked


@pytest.mark.parametrize(
    "item, marked",
    [
        ("Körkort B är meriterande för tjänsten.", True),
        ("Forklift ticket preferred but not required", True),
        ("Plus we host a pizza night every month!", False),  # "Plus" joins, it marks nothing
        ("Suggest new tooling and adopt it where beneficial.", False),
    ],
)
def test_duty_marks_preferred(item, marked):
    assert _duty_marks_preferred(item) is marked
