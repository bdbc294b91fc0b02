"""Pay as US board views give it (read on the held-out batch s88): ranges by place under a label line ("Washington
base pay range:" over the figures), kept for the posting's one place; a card's "Minimum" and "Maximum" figures given
apart, read as one range. Table-driven and offline; the postings are this file's own, not the batch's."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules


def _salary(text: str):
    cand = run_rules(context_for(text), ["salary"]).get("salary")
    return None if cand is None else (cand.value["min"], cand.value["max"], cand.value["period"])


_RANGES = (
    "Data Engineer\nLumen Atlas\n{place} · Hybrid\n\n$110K/yr - $150K/yr\n\nAbout the job\nYou will build pipelines.\n\n"
    "Our base pay depends on where you live.\nColorado base pay range:\n$110,000 - $135,000 per year\n"
    "California and New York base pay range:\n$124,000 - $150,000 per year\nAll other US locations: $105,000 - $130,000 per year\n"
)


@pytest.mark.parametrize(
    "place, expected",
    [
        ("Denver, CO", (110000.0, 135000.0, "year")),  # the label names the posting's state
        ("San Jose, CA", (124000.0, 150000.0, "year")),  # the first of two states a label names
    ],
)
def test_the_range_labelled_with_the_postings_place(place: str, expected: tuple) -> None:
    assert _salary(_RANGES.format(place=place)) == expected


@pytest.mark.parametrize(
    "block, expected",
    [
        ("Base pay\nEmployer provided\nMinimum\n$64,000\nMaximum\n$79,000\n/yr\n", (64000.0, 79000.0, "year")),
        ("Min: $31/hr    Max: $37/hr\n", (31.0, 37.0, "hour")),
        ("Pay: from $19/hr, plus up to $750 sign-on bonus\n", (19.0, None, "hour")),  # a bonus is no upper bound
    ],
)
def test_a_cards_bounds_given_apart(block: str, expected: tuple) -> None:
    assert _salary(f"Process Technician\nCoreway Plastics\nOgden, UT\n\n{block}\nAbout the job\nYou will run the extruders.\n") == expected


def _best(text: str, field: str):
    cand = run_rules(context_for(text), [field]).get(field)
    return None if cand is None else cand.value


def test_a_menu_written_one_item_a_line_is_no_title() -> None:
    text = ("Built In Denver\nJobs\nStartups\nTech Hubs\nRemote\nJoin\nLog In\n\nGranite Labs\n"
            "Staff Data Scientist, Pricing\nPosted 2 Days Ago\nHybrid\nDenver, CO\n\nAbout the role\nYou will model prices.\n")
    assert _best(text, "title") == "Staff Data Scientist, Pricing"


@pytest.mark.parametrize("title", ["Barista", "Line Cook"])
def test_a_short_heading_below_a_menu_stays_the_title(title: str) -> None:
    text = f"Jobs\nCompanies\nSalaries\nLog In\n\n{title}\nBean Street Cafe\nPortland, OR\n\nWhat you'll do\n- Serve guests\n"
    assert _best(text, "title") == title


def test_an_employer_over_its_tagline_and_size_line() -> None:
    text = ("Discover\nJobs\nMessages\n\nPalebrook\nScheduling software for independent veterinary clinics\nSeed · 11-50 Employees · Actively Hiring\n\n"
            "Product Designer\n$110k – $135k\nRemote only\nHires remotely in: Canada\n\nAbout the job\nYou will design our booking flows.\n")
    assert _best(text, "company") == "Palebrook"
    assert [(p["city"], p["country"]) for p in _best(text, "locations")] == [(None, "Canada")]


def test_a_product_named_with_a_count_is_no_size_line() -> None:
    text = ("Payroll Clerk\nMsunduzi Facilities\nPietermaritzburg, KwaZulu-Natal\n\nDuties\nCapture changes on Sage 300 People\n- Run payroll\n")
    assert _best(text, "company") != "Duties"


def _lists(text: str) -> dict:
    ctx = context_for(text)
    best = run_rules(ctx, ["responsibilities", "minimum_qualifications", "preferred_qualifications"])
    return {k: (v.value if v else None) for k, v in best.items()}


@pytest.mark.parametrize(
    "duties_heading, requirements_heading",
    [
        ("Opis radnog mjesta / Duties", "Uslovi / Requirements"),  # one side names the duties, the other describes the job
        ("Náplň práce / Job description", "Kvalifikačné predpoklady / Qualification requirements"),
    ],
)
def test_bilingual_headings_over_duties_and_requirements(duties_heading: str, requirements_heading: str) -> None:
    text = (f"Serviser / Service Technician\nTehnoservis d.o.o.\n\n{duties_heading}\n- servis klima uređaja / servicing air conditioners\n"
            f"- vođenje evidencije / keeping service records\n\n{requirements_heading}\n- 2 godine iskustva / 2 years of experience\n"
            "- vozačka dozvola B / category B driving licence\n")
    got = _lists(text)
    assert got["responsibilities"] == ["servis klima uređaja / servicing air conditioners", "vođenje evidencije / keeping service records"]
    assert got["minimum_qualifications"] == ["2 godine iskustva / 2 years of experience", "vozačka dozvola B / category B driving licence"]


def test_advantages_after_the_requirements_are_preferred() -> None:
    text = ("Szociális munkás / Social Worker\n\nElvárások / Requirements\n- Felsőfokú végzettség / A degree in social work\n"
            "- B kategóriás jogosítvány / Category B licence\n\nElőny / Advantages\n- Roma nyelvtudás / Knowledge of Romani\n")
    got = _lists(text)
    assert got["preferred_qualifications"] == ["Roma nyelvtudás / Knowledge of Romani"]
    assert "Előny / Advantages" not in (got["minimum_qualifications"] or [])


def test_screening_answer_buttons_are_no_items() -> None:
    text = ("Dental Assistant\nBrightsmile Dental\nModesto, CA\n\nProfile insights\nHere's how the job qualifications align with your profile.\n"
            "Licenses\nRegistered Dental Assistant (RDA)\nYes\nNo\nSkip\n\nQualifications\n- High school diploma or GED\n- X-ray certificate\n\n"
            "Benefits\n- Health insurance\n")
    items = _lists(text)["minimum_qualifications"] or []
    assert not {"Yes", "No", "Skip"} & set(items)
