"""List forms of scraped board adverts (issue 15, round 17b): CamelCase names in glued lines,
glued company profiles, optional intros, typed '*' and '-' bullets, apply text and pitch sentences."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules
from extractor.rules.lists import is_duty, is_process_text


def _items(text: str, field: str) -> list[str]:
    found = run_rules(context_for(text), [field])
    return found[field].value if field in found else []


@pytest.mark.parametrize(
    "text, field, expected",
    [
        (  # a CamelCase brand the posting names more than once is one word, not two glued items
            "Partnerships Lead\n\nResponsibilities\n"
            "Present the BrightLedger product to partners and explain the BrightLedger platform to new clientsMaintain the partner database"
            "Report weekly on new partners to the board\n",
            "responsibilities",
            ["Present the BrightLedger product to partners and explain the BrightLedger platform to new clients",
             "Maintain the partner database", "Report weekly on new partners to the board"],
        ),
        (  # the same pair before an item's opener ("…StoreMust …") is still a join, however often it comes
            "Store Lead\n\nRequirements\n"
            "Must know the stock of Acme StoreMust be able to lift 20 kg at Acme StoreMust have a driving licence\n",
            "minimum_qualifications",
            ["Must know the stock of Acme Store", "Must be able to lift 20 kg at Acme Store", "Must have a driving licence"],
        ),
        (  # '-' bullets glued before a count of years
            "Engineering Manager\n\nRequirements\n"
            "-3+ years managing a team of engineers.-2+ years hands-on work in Python-Experience hiring engineers-4+ years with cloud platforms\n",
            "minimum_qualifications",
            ["3+ years managing a team of engineers.", "2+ years hands-on work in Python", "Experience hiring engineers",
             "4+ years with cloud platforms"],
        ),
        (  # an intro saying what follows is not required files the items as preferred, also glued to "2 years …"
            "Designer\n\nRequirements\nStrong visual design skills\nA portfolio of shipped work\n"
            "Not required, but a real plus:2 years at a digital agency\nMotion design skills\n",
            "preferred_qualifications",
            ["2 years at a digital agency", "Motion design skills"],
        ),
        (  # '*' typed after each item, the next one opening with a number
            "Support Analyst\n\nRequirements\n"
            "Certifications (A+, Network+, etc.)* 2-5 years of desktop support* Strong written communication* Calm under pressure\n",
            "minimum_qualifications",
            ["Certifications (A+, Network+, etc.)", "2-5 years of desktop support", "Strong written communication", "Calm under pressure"],
        ),
    ],
    ids=["repeated_camel_name", "repeated_pair_before_opener", "glued_dash_years", "not_required_intro", "trailing_star_number"],
)
def test_board_list_forms(text, field, expected):
    assert _items(text, field) == expected


@pytest.mark.parametrize(
    "text, field, expected",
    [
        (  # "About <Name>" glued after the last item: the company profile ends the list
            "Marketing Director\n\nResponsibilities\n"
            "Manage the paid search budget.Report on conversion every week.About NorthwindNorthwind was founded in 2009 to help "
            "clinics reach patients.We are backed by leading investors.\n",
            "responsibilities",
            ["Manage the paid search budget.", "Report on conversion every week."],
        ),
        (  # the same heading after an apply line and a URL placeholder
            "Clerk\n\nRequirements\nTwo years of accounts payable experience.\nKnowledge of MS Excel.\n"
            "Submit your resume today!#URL_0a1b2c3d4e5f60718293#About ApexApex is an engineering firm with 30 offices.\n",
            "minimum_qualifications",
            ["Two years of accounts payable experience.", "Knowledge of MS Excel."],
        ),
    ],
    ids=["about_after_items", "about_after_url"],
)
def test_glued_company_profile_ends_the_list(text, field, expected):
    assert _items(text, field) == expected


def test_about_you_is_no_company_profile():
    text = ("Analyst\n\nResponsibilities\nBuild the weekly sales reports.Maintain the dashboards.About You: you bring "
            "two years of SQL experience.\n")
    assert _items(text, "responsibilities") == ["Build the weekly sales reports.", "Maintain the dashboards."]
    assert _items(text, "minimum_qualifications") == ["you bring two years of SQL experience."]  # "About You" heads the requirements


@pytest.mark.parametrize(
    "item, process",
    [
        ("Want to join our team? Submit your resume for consideration today!", True),
        ("If you want to change a market for the better, apply today.", True),
        ("Riverside is an Equal Opportunity Employer.", True),
        ("Check out our website to learn more about our work.", True),
        ("Two years of accounts payable experience.", False),
        ("Prepare and submit monthly reports to the board.", False),
    ],
)
def test_apply_lines_are_process_text(item, process):
    assert is_process_text(item) is process


@pytest.mark.parametrize(
    "sentence, duty",
    [
        ("You'll work in a casual yet high energy environment alongside passionate people.", False),
        ("As a developer at Northwind you will join an engineering-led division.", False),
        ("You will be working in a fast-paced environment on a service-based application.", False),
        ("At Northwind you will experience a dynamic work environment.", False),
        ("You'll be supported by marketing reps to build a pipeline of accounts.", False),
        ("You will build and maintain the data pipelines.", True),
        ("You'll work closely with the design team on new features.", True),
    ],
)
def test_setting_sentences_are_no_duties(sentence, duty):
    assert is_duty(sentence) is duty
