"""Classes from the blind batch s96 (Nordic and Benelux boards, the Western Balkans and Afghanistan, legacy record
dumps), opened in the eighth session of 2026-12-06, each in phrasings of our own: a headcount in two languages after
a heading's dash, an employer named first in its own script, stock rotation ("FIFO") that is no fly-in roster, the
agency after "via" on the employer's line, an office to call at inside a sentence, a bilingual heading with a
question mark in one half, the role's sentence inside the employer's paragraph as the summary, and a Serbian or
Macedonian ad number."""

from __future__ import annotations

import pytest

from tests.rule_helpers import extracted_record as _record, places, rule_value


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Готвач / Cook – 2 позиции / 2 posts", "Готвач / Cook"),
        ("MONTER / FITTER – više izvršilaca / several vacancies", "MONTER / FITTER"),
    ],
)
def test_a_headcount_in_two_languages_after_a_dash_is_cut(heading, title):
    text = f"oglasi.example   Poslovi   Prijava\n\n{heading}\n\nAd No.: 55120\n\nTasks:\n* prepare meals\n* keep the kitchen clean\n"
    assert rule_value("title", text) == title


def test_an_employer_named_first_in_its_own_script_is_read_in_latin():
    text = ("Рецепционер / Receptionist\n\nМоруша Травел / Morusha Travel is a family travel agency with three offices in the "
            "south of the country. We are looking for a receptionist for our Bitola office.\n\nTasks:\n* greet clients\n")
    assert rule_value("company", text) == "Morusha Travel"


@pytest.mark.parametrize("duty", ["Store goods according to FIFO and check dates", "Follow FIFO and FEFO when putting stock away"])
def test_stock_rotation_is_no_fly_in_roster(duty):
    text = f"Warehouse Operative\nCoolchain BV\n\nWhat you will do\n• Load trucks\n• {duty}\n"
    assert rule_value("workplace", text) is None


def test_a_fly_in_roster_still_reads_as_on_site():
    text = "Heavy Diesel Fitter\nPilbara Haulage\n\nRoster: FIFO from Perth, 2 weeks on / 1 week off.\n"
    assert rule_value("workplace", text) == "onsite"


def test_the_agency_after_via_is_not_the_employer():
    text = ("Jobs portal   Log in\n\nProduction Operator – 3-shift\nNoordveld Foods via Randstad Zwolle\nZwolle, Overijssel\n\n"
            "About the job\nNoordveld Foods bakes bread for supermarkets.\n")
    assert rule_value("company", text) == "Noordveld Foods"


def test_an_office_to_call_at_inside_a_sentence_is_no_place_of_work():
    text = ("Order Picker\nFreshline BV\nVenlo, Limburg\n\nAbout the job\nYou pick orders for our supermarkets.\n\n"
            "Apply\nApply online or walk into our office: StaffPoint Eindhoven, Stationsplein 3, 5611 AC Eindhoven.\n")
    assert [p[0] for p in places(text)] == ["Venlo"]


def test_a_bilingual_heading_with_a_question_mark_in_one_half_heads_its_list():
    text = ("Chauffeur\nVanderveld Transport\n\nWat ga je doen? / What you will do\n• Drive the Benelux routes\n• Load and unload\n\n"
            "Wat vragen wij? / What we ask\n• A C/CE driving licence\n• Two years of experience\n")
    record = _record(text)
    assert record["responsibilities"] == ["Drive the Benelux routes", "Load and unload"]
    assert record["minimum_qualifications"] == ["A C/CE driving licence", "Two years of experience"]


def test_the_roles_sentence_inside_the_employers_paragraph_is_the_summary():
    text = ("JobsPortal.example — Jobs in the region\nHome | Jobs | Employers\n\nSous Chef\n\nÀ propos de l'employeur / About the employer\n"
            "Maison Delta is a 60-seat restaurant in the old town. We are looking for a Sous Chef to run the pass and lead a team of four cooks.\n\n"
            "Missions / Duties\n- Run the pass\n- Order stock\n")
    assert rule_value("summary", text).startswith("We are looking for a Sous Chef")


@pytest.mark.parametrize("line, job_id", [("Oglas br. 71-3304 · Zakupac: Drvo d.o.o.", "71-3304"), ("Оглас бр. 88412", "88412")])
def test_a_serbian_or_macedonian_ad_number_is_the_job_id(line, job_id):
    text = f"Stolar / Carpenter\nDrvo d.o.o.\n\nTasks:\n- Build furniture\n\n{line}\n"
    assert rule_value("job_id", text) == job_id
