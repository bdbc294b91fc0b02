"""Table-driven tests of head-block reading changed in the 2026-12-03 round: title tails cut: a dash or bracket tail that a place line
below opens (the town unknown to the gazetteer), a shift system, and a place after a "hiring:" or "Job Title:"
label; and an employer's name over the title that a later line repeats with a board's follower or rating badge.
Phrasings are our own; the tails that must stay are as many as those that go."""

from __future__ import annotations

import pytest

import extractor.rules.title  # noqa: F401  (registers the rules)
from extractor.context import context_for
from extractor.rules.base import run_rules

CHROME = "jobsboard.example\nJobs   Companies   Salaries\n"  # a board's name and menu above the heading

CASES = [
    ("tail_town_over_area_and_country", CHROME + "Harbour Pilot – Barka\nMajan Marine LLC\nBarka, Wusta Region, Oman\nFull-time\n\nAbout us\nWe run tugs.\n",
     "Harbour Pilot"),
    ("tail_town_over_region", CHROME + "Cellar Supervisor - Kaiapoi\nRiverstone Wines\nKaiapoi, Canterbury\nSeasonal\n\nAbout us\nWe make wine.\n",
     "Cellar Supervisor"),
    ("tail_specialty_over_unplaced_line_stays", CHROME + "Claims Handler – Motor\nHarbour Insurance\nMotor, Claims Team\n\nAbout us\nWe insure cars.\n",
     "Claims Handler – Motor"),
    ("shift_system_tail", "Maintenance Fitter - 3-shift system\nScheldt Polymers\nGhent\n\nAbout us\nWe make resins.\n",
     "Maintenance Fitter"),
    ("three_shift_bracket", "Process Operator (Three-Shift)\nNordkem AB\n\nAbout us\nWe make paint.\n",
     "Process Operator"),
    ("hiring_label_bracket_place", "Channel: #referrals\nWe're hiring: Quantity Surveyor (Brisbane)\n\nHi all, please share.\n",
     "Quantity Surveyor"),
    ("job_title_label_dash_place", "Job Title: Barista – Galway\nEmployer: Salt Cellar Café\n\nAbout the job\nMake coffee.\n",
     "Barista"),
    ("job_title_label_band_stays", "Job Title: Staff Nurse (Band 5)\nEmployer: Mercy Trust\n\nAbout the job\nCare for patients.\n",
     "Staff Nurse (Band 5)"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_title_tail(text, expected):
    ctx = context_for(text)
    cand = run_rules(ctx, ["title"]).get("title")
    assert cand is not None, "no title found"
    assert cand.value == expected
    s, e = cand.spans[0]
    assert ctx.text[s:e] == expected


# the employer's name over the title, said again on a later line with a board's follower count or rating badge
BADGE_CASES = [
    ("followers_under_title", "Harbor Veterinary Partners\nVeterinary Technician\nHarbor Veterinary Partners · 912 followers\nTampa, FL\n\nAbout the job\nText.\n",
     "Veterinary Technician", "Harbor Veterinary Partners"),
    ("rating_under_title", "Northgate Nursing Services\nRegistered Nurse\nNorthgate Nursing Services 3.9 ★\nLeeds\n\nAbout the job\nText.\n",
     "Registered Nurse", "Northgate Nursing Services"),
    ("job_noun_name_with_followers", "Pinecrest Physician Partners\nBilling Specialist\nPinecrest Physician Partners · 2,310 followers\nDenver, CO · 3 days ago\n\nAbout the job\nPinecrest Physician Partners runs 12 clinics.\n",
     "Billing Specialist", "Pinecrest Physician Partners"),
]


@pytest.mark.parametrize("text,title,company", [c[1:] for c in BADGE_CASES], ids=[c[0] for c in BADGE_CASES])
def test_badged_name_is_the_employer(text, title, company):
    found = run_rules(context_for(text), ["title", "company"])
    assert found["title"].value == title
    assert found["company"].value == company


# a body that opens on a sentence about the employer, its legal form written with a full stop ("Inc.", "Ltd.")
PROSE_LEGAL_CASES = [
    ("inc_with_stop_provides", "Careers Home   Search Openings\n\nSurvey Technician\nJob ID 2027-118\n\nOverview\nBayou Geomatics Services, Inc. provides boundary and topographic surveys across south Louisiana.\n\nResponsibilities\n- Run GPS and total-station surveys\n",
     "Bayou Geomatics Services, Inc."),
    ("ltd_with_stop_manufactures", "Open roles\n\nCNC Machinist\nRef 5521\n\nThe company\nKelso Precision Engineering Ltd. manufactures valve bodies for the water industry.\n\nWhat you'll do\n- Set up 5-axis machines\n",
     "Kelso Precision Engineering Ltd."),
]


@pytest.mark.parametrize("text,company", [c[1:] for c in PROSE_LEGAL_CASES], ids=[c[0] for c in PROSE_LEGAL_CASES])
def test_employer_sentence_with_legal_form_stop(text, company):
    found = run_rules(context_for(text), ["company"])
    assert "company" in found and found["company"].value.rstrip(".") in (company, company.rstrip("."))
