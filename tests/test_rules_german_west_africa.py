"""Classes read on the held-out batch of German-speaking boards and West African notices (s89): a suspended hyphen
in the hours tag after a title ("– Voll- oder Teilzeit"), the German singular "1 Jahr" of experience, the French
ordinal "1er" in a date, the French engineering diploma as a master's. Table-driven and offline; the postings are this
file's own, not the batch's."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules


def _best(text: str, field: str):
    cand = run_rules(context_for(text), [field]).get(field)
    return None if cand is None else cand.value


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Medizinische Fachangestellte (m/w/d) – Voll- oder Teilzeit", "Medizinische Fachangestellte (m/w/d)"),
        ("Elektroniker (m/w/d) Betriebstechnik in Teil- oder Vollzeit", "Elektroniker (m/w/d) Betriebstechnik"),
    ],
)
def test_a_suspended_hyphen_in_the_hours_tag(heading: str, title: str) -> None:
    assert _best(f"{heading}\nStadtwerke Gera GmbH\n\nIhre Aufgaben\n- Sie betreuen Patienten\n", "title") == title


@pytest.mark.parametrize(
    "item, years",
    [("Mindestens 1 Jahr Erfahrung im Einzelhandel", 1.0), ("Mindestens 2 Jahre Berufserfahrung in der Pflege", 2.0), ("3 Jahre Erfahrung im Vertrieb", 3.0)],
)
def test_german_years(item: str, years: float) -> None:
    assert _best(f"Verkäufer (m/w/d)\n\nDein Profil\n- {item}\n- Freude am Kundenkontakt\n", "min_years_experience") == years


@pytest.mark.parametrize("line, iso", [("Date de publication : 1er mars 2027", "2027-03-01"), ("Date de publication / Date of issue : 1er février 2027", "2027-02-01")])
def test_french_ordinal_day(line: str, iso: str) -> None:
    value = _best(f"Comptable\nSOGEMA SA\n\n{line}\nDate limite : 20 mars 2027\n", "date_posted")
    assert value is not None and str(value) == iso


@pytest.mark.parametrize("item", ["Diplôme d'ingénieur en génie civil", "Titre d'ingénieur en électrotechnique ou équivalent"])
def test_french_engineering_diploma_is_a_masters(item: str) -> None:
    assert _best(f"Ingénieur travaux\n\nProfil recherché\n- {item}\n- 5 ans d'expérience\n", "education_level") == "master"
