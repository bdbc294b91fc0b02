"""Classes from the blind batch s92 (East Asian boards, the Pacific islands and Southern Africa, a Slack export, a
LaTeX flyer, a calendar's deadline), opened in the sixth session of 2026-12-06, each in phrasings of our own: an English
heading behind a "■" mark, a Chinese/Japanese/Korean heading with its English after a space, an organisation's name
over its site menu is no title, a calendar reminder's "Deadline:" lead, a LaTeX flyer's colours, sizes and drawings."""

from __future__ import annotations

import pytest

from tests.rule_helpers import extracted_record as _record

from extractor.context import context_for


def test_an_english_heading_behind_a_square_mark_heads_its_list():
    text = ("Logistics Coordinator\nBusan, Korea\n\n■ Key Responsibilities\n1. Book container space with carriers\n"
            "2. Track shipments and update customers\n\n■ Qualifications\n- Bachelor's degree in logistics or trade\n"
            "- 3 years of freight forwarding experience\n")
    record = _record(text)
    assert record["responsibilities"] == ["Book container space with carriers", "Track shipments and update customers"]
    assert record["minimum_qualifications"] == ["Bachelor's degree in logistics or trade", "3 years of freight forwarding experience"]


@pytest.mark.parametrize(
    "heading, field",
    [
        ("工作內容 Job Description", "responsibilities"),
        ("業務内容 Job Description", "responsibilities"),
    ],
)
def test_a_cjk_heading_with_its_english_after_a_space(heading, field):
    text = (f"Backend Engineer\nTaipei\n刊登日期 2026/11/20\n\n{heading}\nHarbourline builds ticketing software for ferry operators.\n\n"
            "• Design REST services in Go\n• Keep our PostgreSQL schema tidy\n\n福利 Benefits\n• Year-end bonus\n")
    assert set(_record(text)[field]) >= {"Design REST services in Go", "Keep our PostgreSQL schema tidy"}


@pytest.mark.parametrize(
    "brand, title",
    [
        ("BAKER LAKE CHAMBER OF COMMERCE", "Front Office Supervisor"),  # a brand holding a job noun ("Baker")
        ("Porter Creek Chamber of Commerce", "Dive Shop Assistant"),
    ],
)
def test_an_organisations_name_over_its_site_menu_is_no_title(brand, title):
    text = (f"{brand}\nMembers | Business Directory | Events | JOBS BOARD | News | Contact\n"
            "Talofa and welcome to the Chamber Jobs Board. Listings are posted by member businesses and are free for job seekers.\n\n"
            "Jobs Board › Tourism & Hospitality › Listing #CH-2026-0077\n\n"
            f"{title}\nMoana Reef Resort\n\nListed: 20/11/2026\nLocation: Apia, Samoa\n\nAbout the role\nYou will lead the front desk team.\n")
    assert _record(text)["title"] == title


def test_an_employers_own_careers_brand_over_its_menu_stays_the_employer():
    text = ("Northern Coast Local Health District\nNorthern Coast Local Health District - Careers\n"
            "Home   Search jobs   Working with us   Graduate programs   Contact us\n\n"
            "Ward Clerk - Surgical Ward - Permanent Full Time\nLocation: Coffs Harbour\n\nAbout the role\nYou will run the ward office.\n")
    assert _record(text)["company"] == "Northern Coast Local Health District"


@pytest.mark.parametrize(
    "summary, title",
    [
        ("Bewerbungsfrist: Elektroniker für Betriebstechnik (m/w/d)", "Elektroniker für Betriebstechnik (m/w/d)"),
        ("Application deadline: Harbour Pilot Trainee", "Harbour Pilot Trainee"),
    ],
)
def test_a_calendar_reminders_deadline_lead_is_no_part_of_the_title(summary, title):
    text = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Jobs//Reminder//EN\nBEGIN:VEVENT\nUID:abc-123@example.org\n"
            "DTSTAMP:20261203T194512Z\nDTSTART;VALUE=DATE:20270110\n"
            f"SUMMARY:{summary} –\n  Nordsee Energie GmbH\n"
            f"DESCRIPTION:{title}\\nNordsee Energie GmbH · Husum · Vollzeit\\n\\nIhre Aufgaben\\n- Wartung der Anlagen\\n- Störungen beheben\n"
            "END:VEVENT\nEND:VCALENDAR\n")
    assert _record(text)["title"] == title


def test_a_latex_flyers_colours_sizes_and_drawings_are_no_text():
    text = ("\\documentclass{article}\n\\usepackage{xcolor}\n\\usepackage{tikz}\n\\begin{document}\n"
            "\\begin{tikzpicture}[overlay]\n  \\fill[navy] (current page.north west) rectangle (current page.north east);\n\\end{tikzpicture}\n\n"
            "{\\color{white}\\Large\\bfseries KELP BAY KAYAKS}\n\n{\\color{white}\\fontsize{30}{36}\\selectfont WE'RE HIRING!}\n\n"
            "{\\color{white}\\LARGE Deckhand / Kayak Guide}\n\n\\textcolor{navy}{Kelp Bay Kayaks runs guided paddles on the bay.}\n\n"
            "\\textbf{You bring}\n\\begin{itemize}\n  \\item A paddling certificate\n  \\item First aid\n\\end{itemize}\n\\end{document}\n")
    shown = context_for(text).text
    assert "white" not in shown and "3036" not in shown and "rectangle" not in shown
    assert "Kelp Bay Kayaks runs guided paddles on the bay." in shown
    record = _record(text)
    assert record["title"] == "Deckhand / Kayak Guide"
    assert record["company"] == "Kelp Bay Kayaks"
