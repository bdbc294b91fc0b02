"""Classes from the blind batch s97 (African boards, Caribbean territories, office files' XML), opened in the first
session of 2026-12-07, each in phrasings of our own: search results parted by em dashes over the opened job, a per
diem that is an allowance, a city's local name as written, an agency's letterhead naming its kind of firm, a French
elided article before an organisation's name, a unit that is not the employer, hours after a comma behind the type,
an office file's text run that keeps its line breaks, and tilde and guillemet bullets."""

from __future__ import annotations

import pytest

from tests.rule_helpers import extracted_record as _record, places, rule_value


def test_em_dash_result_cards_over_the_opened_job_are_other_jobs():
    text = ("Search: nurse      Location: Accra      [Search]\n\n"
            "Staff Nurse — Ridge Clinic — Kumasi — Full Time — 3 days ago\n"
            "Staff Nurse (Nights) — Korle Care Limited — Accra — Full Time — GHS 4,000 — 2 days ago   [selected]\n"
            "Ward Nurse — Savannah Health — Tamale — Contract — 1 week ago\n\n------\n\n"
            "Staff Nurse (Nights)\nKorle Care Limited\nAccra   Full Time\n\nJob Summary\nKorle Care runs two clinics.\n")
    assert [p[0] for p in places(text)] == ["Accra"]


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Salary: Confidential. A per diem of GHS 150 is paid for each field day.", None),
        ("Pay: GHS 150 per diem, paid weekly.", "day"),
    ],
)
def test_a_per_diem_before_its_amount_is_an_allowance(sentence, period):
    text = f"Field Enumerator\nSurvey Works Ltd\n\n{sentence}\n\nYou collect household data.\n"
    salary = rule_value("salary", text)
    assert (salary["period"] if salary else None) == period


def test_a_citys_local_name_is_kept_as_written():
    text = "Export Clerk\n\nLocation: Alger, Algeria\n\nYou prepare export documents.\n"
    assert [p[0] for p in places(text)] == ["Alger"]


def test_an_agencys_letterhead_naming_its_kind_of_firm_is_no_page_title():
    text = ("Windward Talent Partners — Recruitment & HR Services, Antigua\nHome | Candidates | Employers\n\n"
            "BOAT CAPTAIN\nJob Ref: WTP-0412\n\nAbout our client\nA charter company in English Harbour.\n")
    assert rule_value("title", text) == "BOAT CAPTAIN"


def test_a_french_elided_article_is_no_part_of_the_name():
    text = ("AVIS DE RECRUTEMENT / VACANCY NOTICE\n\nIntitulé du poste / Job title : Coordinateur / Coordinator\n"
            "Lieu de travail / Place of work : Basse-Terre\n\nPrésentation / About us\n"
            "L'association Vivre Ensemble accompagne depuis 2012 les familles du quartier.\n"
            "The coordinator runs our family projects.\n")
    assert (rule_value("company", text) or "").casefold() == "association vivre ensemble"


def test_a_unit_in_the_heading_card_is_not_the_employer():
    text = ("Graduate Engineer (2027 Intake)\n\nHarbour Bridge Engineering · Coastal Structures team · Bristol · Ref: GR-1\n\n"
            "About the role\nYou design sea defences under the guidance of senior engineers.\n")
    assert rule_value("company", text) != "Coastal Structures team"


@pytest.mark.parametrize(
    "line, hours",
    [
        ("Working time: Full-time, 37 hours", 37.0),
        ("Temps de travail : Temps plein, 35 heures", 35.0),
        ("Contract: full time (80 hours per fortnight)", None),
    ],
)
def test_hours_after_a_comma_behind_the_type(line, hours):
    text = f"Youth Worker\n\n{line}\n\nYou run our youth club.\n"
    assert rule_value("weekly_hours", text) == hours


def test_an_office_files_text_run_keeps_its_line_breaks():
    text = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
            "<si><t>Req ID</t></si><si><t>REQ-1</t></si><si><r><t>Forklift Operator</t></r><r><t xml:space=\"preserve\">\n"
            "Northline Freight\nLouisville, KY 40209\nRequisition: REQ-1\nDepartment: Yard Operations\nPosted: 12/01/2026\n\n"
            "Northline Freight is hiring a forklift operator for its Louisville hub.\n\n</t></r><r><t>What you will do</t></r>"
            "<r><t xml:space=\"preserve\">\n- Load and unload trailers\n- Count stock every week\n</t></r></si></sst>\n")
    assert rule_value("team", text) == "Yard Operations"


@pytest.mark.parametrize("mark", ["~", "»"])
def test_tilde_and_guillemet_bullets(mark):
    text = (f"Pool Attendant\nCoral Bay Hotel\n\nDUTIES\n{mark} Clean the pool deck\n{mark} Hand out towels\n\n"
            "Full-time, permanent. Apply at the front desk.\n")
    assert _record(text)["responsibilities"] == ["Clean the pool deck", "Hand out towels"]
