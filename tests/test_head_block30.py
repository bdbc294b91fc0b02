"""Table-driven tests of head-block reading changed in the 2026-12-04 round: a hosted careers page's software credit
("Powered by …") is never the employer; an employer's own openings page titled by its name; a site menu after the
name on the header line; a board card's employer line with a dotted place ("Name • City, ST (Hybrid)"); a heading's
town tail that a labelled place row gives with its region; and a browser's print header and footer around a
printed page. Phrasings are our own; cases that must stay as they are sit beside those that change."""

from __future__ import annotations

import pytest

import extractor.rules.title  # noqa: F401  (registers the rules)
from extractor.context import context_for
from extractor.normalize import normalize
from extractor.rules.base import run_rules

BODY = "\nAbout the role\nYou will keep the place running and look after guests every day of the week.\n"

COMPANY_CASES = [
    ("powered_by_credit_under_openings_page",
     "The Copper Kettle Bistro - Current openings\nPowered by Teamtailor\n\nSous Chef\nYork, England, United Kingdom · Kitchen · Full time\n"
     + BODY + "Copper Kettle Bistro Ltd, registered in England.\n",
     "The Copper Kettle Bistro"),
    ("job_openings_page_said_again",
     "Alder Creek Veterinary Group | Job openings\n\nVeterinary Nurse\nBoise, ID · Full-time\n"
     + BODY + "Alder Creek Veterinary Group is an equal opportunity employer.\n",
     "Alder Creek Veterinary Group"),
    ("card_name_dot_place_hybrid",
     "jobhub.co\nJobs   Salaries   Advice   Employers: Post a Job\n\nBilling Specialist\nSilverleaf Dental Partners • Tulsa, OK (Hybrid)\n"
     "Full-Time  |  Pay: Not provided\n" + BODY + "Silverleaf Dental Partners runs nine clinics.\n",
     "Silverleaf Dental Partners"),
    ("card_name_middle_dot_place_onsite",
     "jobhub.co\nJobs   Salaries   Advice   Employers: Post a Job\n\nWarehouse Clerk\nNorthwind Logistics · Bremen, Germany (On-site)\n"
     "Full-time\n" + BODY + "Northwind Logistics moves freight for retailers.\n",
     "Northwind Logistics"),
    ("employer_line_name_in_two_languages",
     "jobs.example.tm | Vacancies | Companies\n\nSite Engineer\nDemirýol Gurluşyk Kärhanasy (Railway Construction Enterprise)\nAshgabat, Turkmenistan\n"
     + BODY + "Railway Construction Enterprise builds stations across the country.\n",
     "Railway Construction Enterprise"),
    ("employer_line_bracket_kept_when_outer_name_said_again",
     "jobs.example.tm | Vacancies | Companies\n\nSite Engineer\nDemirýol Gurluşyk Kärhanasy (Railway Construction Enterprise)\nAshgabat, Turkmenistan\n"
     + BODY + "Demirýol Gurluşyk Kärhanasy builds stations; Railway Construction Enterprise is its English name.\n",
     "Demirýol Gurluşyk Kärhanasy (Railway Construction Enterprise)"),
    ("site_menu_after_name_on_header_line",
     "Machine Operator - Careers at Brookfield Dairy\nBrookfield Dairy Careers Our Story\nLife at Brookfield Locations Search Jobs\n\n"
     "Machine Operator\nEau Claire, WI | Production | Full Time\n" + BODY + "Brookfield Dairy makes cheese in Wisconsin.\n",
     "Brookfield Dairy"),
]


TITLE_CASES = [
    ("caps_town_tail_labelled_with_region",
     "OFFER REFERENCE: AB-26-0042\nINSTRUMENT FITTER (REFINERY) – LOBITO\nPublished: 02/11/2026\n\nCompany: Benguela Refining Lda\n"
     "Location: Lobito, Benguela Province\n" + BODY,
     "INSTRUMENT FITTER (REFINERY)"),
    ("specialty_tail_stays_when_place_row_differs",
     "Staff Nurse – Cardiology\n\nEmployer: St Brigid's Hospital\nLocation: Galway, County Galway\n" + BODY,
     "Staff Nurse – Cardiology"),
]


HEAD_CASES = [("company", *c) for c in COMPANY_CASES] + [("title", *c) for c in TITLE_CASES]


@pytest.mark.parametrize("field,text,expected", [(c[0], *c[2:]) for c in HEAD_CASES], ids=[f"{c[0]}-{c[1]}" for c in HEAD_CASES])
def test_head_field(field, text, expected):
    ctx = context_for(text)
    cand = run_rules(ctx, [field]).get(field)
    assert cand is not None, f"no {field} found"
    assert cand.value == expected
    s, e = cand.spans[0]
    assert " ".join(ctx.text[s:e].split()) == expected  # the span slices the evidence back


PRINTED = (
    "11/30/26, 9:05 AM                         Line Cook - Jobs at Saltmarsh Kitchen\n"
    "Line Cook\nCharleston, SC | Kitchen | Part Time\n\nWe are a seafood restaurant on the harbour.\n"
    "https://jobs.saltmarsh.example/roles/88/line-cook                                   1/2\n\n"
    "11/30/26, 9:05 AM                         Line Cook - Jobs at Saltmarsh Kitchen\n"
    "Benefits\nStaff meals every shift.\n"
    "https://jobs.saltmarsh.example/roles/88/line-cook                                   2/2\n"
)


def test_print_margins_cut_keeping_the_page_title():
    text = normalize(PRINTED).text
    assert text.splitlines()[0] == "Line Cook - Jobs at Saltmarsh Kitchen"
    assert "9:05" not in text and "https://" not in text
    assert text.count("Line Cook - Jobs at Saltmarsh Kitchen") == 1
    assert "Staff meals every shift." in text


@pytest.mark.parametrize("text", [
    # a dated line in an ordinary posting, no footer: untouched
    "Posted 11/30/26, 9:05 AM       by the hiring team\nLine Cook\nWe cook.\n",
    # a footer-like address with no header: untouched
    "Line Cook\nWe cook.\nhttps://jobs.example/roles/1      1/2\n",
])
def test_print_margins_need_header_and_footer(text):
    assert normalize(text).text.split() == text.split()


def test_printed_page_title_and_company():
    found = run_rules(context_for(PRINTED), ["title", "company"])
    assert found["title"].value == "Line Cook"
    assert found["company"].value == "Saltmarsh Kitchen"


CALL_CASES = [
    ("forum_post_call", "Re: Hiring thread\n\nYes! We (Harbor Mutual) are looking for a Network Security Engineer in Tulsa, OK. Full time, $120k.\n",
     "Network Security Engineer"),
    ("chat_call_with_describing_word", "hey all - we're hiring an experienced Payroll Administrator to join our finance team, DM me\n",
     "Payroll Administrator"),
    ("list_call_title_on_its_own_line", "Dear colleagues,\n\nThe Institute for Coastal Research in Kiel is hiring a\n\n    Data Engineer (m/f/d) -- ocean observations\n    Reference: ICR-77\n",
     "Data Engineer (m/f/d) -- ocean observations"),
    ("call_for_no_job_name_gives_nothing", "We are looking for a passionate individual to join our friendly team.\n", None),
    ("title_line_wins_over_the_call", "Warehouse Associate\nNorthgate Foods\n\nWe are looking for a Forklift Driver too, see our other ad.\n",
     "Warehouse Associate"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CALL_CASES], ids=[c[0] for c in CALL_CASES])
def test_title_called_for_in_a_sentence(text, expected):
    cand = run_rules(context_for(text), ["title"]).get("title")
    assert (cand.value if cand is not None else None) == expected


def test_company_named_in_brackets_after_we():
    text = "Re: Hiring thread\n\nYes! We (Harbor Mutual Insurance) are looking for a Network Security Engineer in Tulsa, OK.\n"
    assert run_rules(context_for(text), ["company"])["company"].value == "Harbor Mutual Insurance"
