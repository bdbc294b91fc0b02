"""Classes read on the held-out batch of utility boards and Caribbean notices (s85): the gourde written as a word,
a number word with its figure in brackets ("un (1) an"), a degree with a bracket before its field ("Licence
(diplôme …) en"), a posting number opening a board's meta line, a bilingual heading that pairs two languages twice,
a week's hours after Spanish or French weekdays or under a table cell. Table-driven and offline; the postings are
this file's own, not the batch's."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules


def _best(text: str, field: str):
    return run_rules(context_for(text), [field]).get(field)


@pytest.mark.parametrize(
    "line, amount",
    [("Salaire : 35 000 gourdes par mois", 35000.0), ("Rémunération : 62 500 gourdes (HTG) brut mensuel", 62500.0)],
)
def test_the_gourde_as_a_word(line: str, amount: float) -> None:
    value = _best(f"Caissier(ère)\nBanque du Nord S.A.\n\nLieu : Jacmel, Haïti\n{line}\n", "salary").value
    assert (value["min"], value["currency"], value["period"]) == (amount, "HTG", "month")


@pytest.mark.parametrize(
    "item, years",
    [
        ("Au moins un (1) an d'expérience en comptabilité ;", 1.0),
        ("Minimum of one (1) year of warehouse experience", 1.0),
        ("Najmanje jedna (1) godina radnog iskustva", 1.0),
        ("Au moins trois (3) ans d'expérience dans le secteur", 3.0),
    ],
)
def test_a_number_word_with_its_figure(item: str, years: float) -> None:
    cand = _best(f"Comptable\n\nProfil requis\n- {item}\n- Maîtrise d'Excel\n", "min_years_experience")
    assert cand is not None and cand.value == years


@pytest.mark.parametrize(
    "item, level",
    [
        ("a) Licence (diplôme universitaire de premier cycle) en gestion ou en économie ;", "bachelor"),
        ("Licence (Bac+3) en informatique", "bachelor"),
        ("Licence (permis) de conduire catégorie B", None),  # a driving licence stays none
    ],
)
def test_a_degree_with_a_bracket_before_its_field(item: str, level) -> None:
    cand = _best(f"Analyste\n\nProfil requis\n{item}\n", "education_level")
    assert (cand.value if cand else None) == level


def test_a_posting_number_opening_the_meta_line_is_no_employer() -> None:
    text = ("WARREN COUNTY WATER AUTHORITY\nCareers > Open Positions\n\nMETER TECHNICIAN\nPosting No. 2026-044  ·  Field Services  ·  Lebanon, OH\n"
            "Posted: 11/02/2026\n\nPosition Summary\nThe Meter Technician installs and reads water meters.\n")
    cand = _best(text, "company")
    assert cand is None or not cand.value.startswith("Posting No")


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Vendedor(a) / Sales Associate – Turno nocturno / Night shift", "Vendedor(a) / Sales Associate"),
        ("Enfermero(a) Graduado(a) / Registered Nurse – 3er turno / 3rd shift", "Enfermero(a) Graduado(a) / Registered Nurse"),
    ],
)
def test_a_heading_that_pairs_two_languages_twice_is_no_breadcrumb(heading: str, title: str) -> None:
    text = f"Empleos > Ventas > Región Norte\n\n{heading}\nTiendas Caribe, LLC\n\nLugar / Location: Arecibo, Puerto Rico\n"
    cand = _best(text, "title")
    assert cand is not None and cand.value == title


@pytest.mark.parametrize(
    "line, hours",
    [
        ("Horario / Schedule: 7:00 a.m. – 3:30 p.m., lunes a viernes (40 horas / 40 hours)", 40.0),
        ("Horaire : du lundi au vendredi, 8 h 30 – 16 h 30 (35 heures)", 35.0),
        ("Arbeitszeit: Montag bis Freitag, 7–15:30 Uhr (39 Stunden)", 39.0),
        ("│ Working hours      37 - 40 per week     │", 37.0),  # a table's cell over its value
        ("Schedule: Monday to Friday, 9 a.m. – 5 p.m. (8 hours)", None),  # a day's hours are no week's
    ],
)
def test_a_weeks_hours_after_weekdays_or_under_a_cell(line: str, hours) -> None:
    cand = _best(f"Operator\nAcme Plastics\n\n{line}\n\nDuties\n- Run the presses\n", "weekly_hours")
    assert (cand.value if cand else None) == hours
