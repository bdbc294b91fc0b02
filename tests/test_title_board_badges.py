"""A board's rating or follower badge beside the employer's name is cut from the company (extractor/rules/title.py)."""

import pytest

from extractor import extract
from extractor.rules.title import _before_badge


@pytest.mark.parametrize(
    "line, name",
    [
        ("Kestrel Cold Storage · 4,210 followers", "Kestrel Cold Storage"),
        ("Kestrel Cold Storage | 18k followers on LinkedIn", "Kestrel Cold Storage"),
        ("Kestrel Cold Storage 3.9 ★ (1,050 reviews)", "Kestrel Cold Storage"),
        ("Kestrel Cold Storage\t4.4★ 312 reviews", "Kestrel Cold Storage"),
        ("Kestrel Cold Storage 4,5 ★", "Kestrel Cold Storage"),
        ("Kestrel Cold Storage (87 ratings)", "Kestrel Cold Storage"),
        ("Boulangerie Vasseur · 1 240 abonnés", "Boulangerie Vasseur"),
        ("Kestrel Cold Storage4.2", "Kestrel Cold Storage"),
        # no badge: the name stays whole
        ("Kestrel Cold Storage", "Kestrel Cold Storage"),
        ("Studio 4.2 Architects", "Studio 4.2 Architects"),
        ("Route 66 Diner", "Route 66 Diner"),
        ("Five Star Reviews Ltd", "Five Star Reviews Ltd"),
        ("Kestrel Cold Storage · Leeds", "Kestrel Cold Storage · Leeds"),
    ],
)
def test_badge_is_cut_from_the_name(line, name):
    assert line[: _before_badge(line, 0, len(line))].rstrip() == name


HEAD = "Cold Chain Shift Lead\n{company}\nHull, United Kingdom · Full-time\n£31,000 a year\n\nAbout the job\nRun the night shift of a chilled warehouse.\n"


@pytest.mark.parametrize(
    "badge",
    [" · 4,210 followers", " · 18k followers on LinkedIn", " 3.9 ★ (1,050 reviews)", "\t4.4★ 312 reviews", ""],
)
def test_company_under_the_heading_keeps_its_name_without_the_badge(badge):
    posting = extract(HEAD.format(company="Kestrel Cold Storage" + badge), use_llm=False)
    assert posting.company == "Kestrel Cold Storage"


@pytest.mark.parametrize(
    "text",
    [
        "Warehouse Operative\nRated 4.1 ★ by 312 reviewers\nHull, United Kingdom\n\nPick chilled goods at night.\n",
        "Warehouse Operative\n4,210 followers\nHull, United Kingdom\n\nPick chilled goods at night.\n",
    ],
)
def test_a_badge_alone_names_no_company(text):
    assert extract(text, use_llm=False).company is None
