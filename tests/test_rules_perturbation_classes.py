"""Classes the metamorphic checks (eval/perturb.py) found fragile: a board's action buttons and ratings read as
the employer, a cookie banner ending the page header, prose right under a list's last bullet once a scrape
dropped the blank line between."""

from __future__ import annotations

import textwrap

import pytest

from extractor.context import context_for
from extractor.normalize import _is_boilerplate, normalize
from extractor.rules.base import run_rules


def _value(field: str, text: str):
    found = run_rules(context_for(text), [field])
    return found[field].value if field in found else None


@pytest.mark.parametrize(
    "line",
    [
        "Save   Report job",
        "Apply now | Save job | Share",
        "Sign in · Join now",
        "Accept all cookies   Manage preferences",
        "Share this job: Facebook  X  LinkedIn  Email",
        "Log in / Register / Post a job",
        "Find jobs   Company reviews   Find salaries",
        "Apply on the employer's website",
        "4.3 ★★★★☆ (2,310 reviews)",
        "3.9 ★ 87 company reviews",
        "Rated 4.5 out of 5 ★★★★★",
        "(1.2k+ ratings)",
    ],
)
def test_rows_of_board_buttons_and_ratings_are_chrome(line):
    assert _is_boilerplate(line, single_words=False)


@pytest.mark.parametrize(
    "line",
    [
        "Apply now · Full-time",  # a contract word: metadata
        "Save the Children",  # an employer's name
        "Report Writer",  # a title
        "Search Engineer",
        "Home Care Assistant",
        "Print Shop Operator (Nights)",
        "Share your ideas with the team",
        "Senior Analyst, Search & Jobs",
        "4.5 years of experience with Kotlin",  # a number is not a rating without its stars
        "Location: Share Street, Leeds",
    ],
)
def test_lines_that_only_share_a_word_with_chrome_stay(line):
    assert not _is_boilerplate(line, single_words=False)


@pytest.mark.parametrize(
    "page, company",
    [
        ("Dock Supervisor\nSave   Report job\nPortside Cold Storage Ltd\nFelixstowe, Suffolk\nPermanent\n\n"
         "About the role\nYou will run the night dock team of twelve people.\n", "Portside Cold Storage Ltd"),
        ("Pastry Chef\n4.2 ★★★★☆ (640 reviews)\nApply on company site\nMaison Brioche\nLyon, France\n\n"
         "Description\nWe bake for six cafés across the city and need a pastry chef for early shifts.\n", "Maison Brioche"),
        ("Claims Handler\nEasy Apply\nSave\nShare this job: Facebook  Twitter  LinkedIn  Email\nHarbor Mutual Insurance\n"
         "Hartford, CT\n\nResponsibilities\n- Handle property claims end to end\n- Talk to adjusters daily\n", "Harbor Mutual Insurance"),
    ],
)
def test_action_buttons_under_the_title_are_no_employer(page, company):
    assert _value("company", page) == company


@pytest.mark.parametrize(
    "banner",
    [
        "We use cookies to make this site work and to measure how it is used. By continuing you accept them.\n",
        "This site uses cookies to give you a better experience; you can change your settings at any time.\n",
    ],
)
def test_a_cookie_banner_does_not_end_the_page_header(banner):
    page = banner + "Menu\nSign in\n\nPlant Operator\nNorthfield Water\nGlasgow\n\nAbout the job\nRun the treatment works on a rota.\n"
    text = normalize(page).text
    assert "Menu" not in text.split("Plant Operator")[0]
    assert _value("company", page) == "Northfield Water"


@pytest.mark.parametrize(
    "body, preferred, minimum_not",
    [
        ("Requirements\n• 2+ years of payroll processing\n• Working knowledge of Sage\n• CIPP qualification would be an advantage\n"
         "Our office is open Monday to Friday and parking is free.\n",
         ["CIPP qualification would be an advantage"], "parking"),
        ("What we look for\n- A clean driving licence\n- Forklift ticket\n- Experience with SAP is a bonus\n"
         "Applications close on 30 June and interviews follow in July.\n",
         ["Experience with SAP is a bonus"], "Applications close"),
        ("Profil recherché\n- Permis B\n- Deux ans en entrepôt\n- La maîtrise de SAP serait un plus\nType de contrat : CDI, temps plein\n",
         ["La maîtrise de SAP serait un plus"], "CDI"),
        ("Nice to have\n- Experience with Tableau\n- Interest in logistics\nTargeted disciplines: Computer Science, Statistics\n",
         ["Experience with Tableau", "Interest in logistics"], "Computer Science"),
    ],
)
def test_prose_right_under_the_last_bullet_is_no_part_of_it(body, preferred, minimum_not):
    page = "Payroll Officer\nLeeds\n\n" + body
    assert _value("preferred_qualifications", page) == preferred
    assert not any(minimum_not in item for item in _value("minimum_qualifications", page) or [])


@pytest.mark.parametrize(
    "body, item",
    [
        # a wrapped bullet: the line above stops on an open word, or the item list closes its items with stops
        ("Requirements\n• 2+ years of payroll processing in a bureau using the\nSage 200 and Moneysoft Payroll Manager suites.\n• Working knowledge of pensions\n",
         "2+ years of payroll processing in a bureau using the Sage 200 and Moneysoft Payroll Manager suites."),
        ("Requirements\n• You have run payroll for 500+ staff.\n• You know auto-enrolment well.\nExperience with Sage is a plus for this post.\n",
         None),
    ],
)
def test_wrapped_bullets_still_join(body, item):
    page = "Payroll Officer\nLeeds\n\n" + body
    items = _value("minimum_qualifications", page) or []
    if item is not None:
        assert item in items
    else:  # items closed by stops: the line below is read as before (not cut as prose after the list)
        assert any("Sage" in i for i in items + (_value("preferred_qualifications", page) or []))


@pytest.mark.parametrize(
    "page, salary",
    [
        ("Editor\nManchester\n\nSalary\n28000-32000\nJob type\nFull-time\n", (28000.0, 32000.0)),
        ("Editor\n\nPay:\n52,500 - 61,000 per annum\n", (52500.0, 61000.0)),
        ("Editor\n\nCompensation\n95000 - 115000\n\nAbout us\nA small newsroom.\n", (95000.0, 115000.0)),
        # the label above a value that is not pay, or a heading more than a label: nothing
        ("Editor\n\nSalary\n3-5 years in a newsroom\n", None),
        ("Editor\n\nSalary and benefits\n25-28 days of annual leave\n", None),
        ("Editor\n\nSalary\n40000-50000 depending on the shifts you pick and the desk\n", None),
    ],
)
def test_a_bare_range_under_a_pay_label_line_reads_as_its_label_colon_form(page, salary):
    value = _value("salary", page)
    assert (value and (value["min"], value["max"])) == salary or (salary is None and value is None)


@pytest.mark.parametrize(
    "head, team",
    [
        ("Data Platform Engineer\nDenver, Colorado, United States · Data · Full-time\n", "Data"),  # right under the title
        ("Data Platform Engineer\nRequisition ID: DPE-2291\nWorkplace: Remote-friendly\n\nDenver, Colorado, United States · Data · Full-time\n", "Data"),
        ("Data Platform Engineer\nPosted: 3 March 2026\nDenver, Colorado, United States · Data · Full-time\n", "Data"),
        ("Plant Chemist\nJob number: 4471\nHamilton, Ontario, Canada · Quality Assurance · Permanent · On-site\n", "Quality Assurance"),
        # a paragraph between the title and the dotted line: no longer the title's head block
        ("Data Platform Engineer\nWe are a small team that ships every day and likes it that way.\nDenver, Colorado, United States · Data · Full-time\n", None),
    ],
)
def test_a_dotted_category_line_below_other_meta_lines_names_the_team(head, team):
    page = "Acme Analytics Careers\n\n" + head + "\nAbout the role\nYou will build the pipelines our analysts use.\n"
    assert _value("team", page) == team


@pytest.mark.parametrize(
    "line, split",
    [
        ("Requirements• Forklift licence• Two years in a warehouse", "Requirements\n• Forklift licence• Two years in a warehouse"),
        ("What you'll bring:• Python• dbt and Airflow• A calm head", "What you'll bring:\n• Python• dbt and Airflow• A calm head"),
        ("Deine Aufgaben▪ Kunden beraten▪ Angebote schreiben", "Deine Aufgaben\n▪ Kunden beraten▪ Angebote schreiben"),
        # chips parted by spaced bullets, a single glued bullet, a long sentence before the bullets: left alone
        ("Leeds • Full-time • Hybrid • £38,000", None),
        ("Requirements• Forklift licence", None),
        ("We are a growing family business in the north of England and we are hiring now• Forklift• Racking", None),
    ],
)
def test_a_list_glued_to_its_short_lead_goes_under_it(line, split):
    text = normalize("Warehouse Lead\n\n" + line + "\n").text
    assert ("\n" + (split or line) + "\n") in ("\n" + text + "\n") or (split is None and line in text)


@pytest.mark.parametrize(
    "page, field, items",
    [
        ("Care Assistant\n\nDuties include:• Help residents wash and dress• Serve meals• Keep daily notes\n",
         "responsibilities", ["Help residents wash and dress", "Serve meals", "Keep daily notes"]),
        ("Care Assistant\n\nRequirements• NVQ Level 2 in care• A full driving licence• Right to work in the UK\n",
         "minimum_qualifications", ["NVQ Level 2 in care", "A full driving licence", "Right to work in the UK"]),
    ],
)
def test_items_of_a_list_glued_to_its_heading_are_read(page, field, items):
    assert _value(field, page) == items


@pytest.mark.parametrize(
    "tail",
    [
        "People also viewed\nLine Cook at Harbor Grill\nRemote\nBarista at Bean There\nAustin, TX · Part-time\n",
        "Similar jobs\nNight Porter - Grand Hotel - Suva\nFJD 9 per hour\n\n© 2026 Island Jobs. All rights reserved.\n",
    ],
)
def test_a_similar_jobs_footer_is_cut_after_an_ad_written_as_one_paragraph(tail):
    ad = ("SITUATIONS VACANT\nHARBOURSIDE BAKERY in Lautoka is hiring a HEAD BAKER. The Head Baker runs the night bake for our two "
          "shops and trains two apprentices; a trade certificate in baking and five years in a commercial bakery are needed. "
          "Salary FJD 1,200 per fortnight. Apply with CV to the Manager, PO Box 88, Lautoka, by 14 November 2025.\n\n")
    text = normalize(ad + tail).text
    assert "Lautoka, by 14 November 2025." in text
    assert all(word not in text for word in ("Harbor Grill", "Austin", "Night Porter", "Island Jobs"))


@pytest.mark.parametrize(
    "place, heading, currency",
    [
        ("Geelong VIC 3220", "ABOUT US", "AUD"),
        ("Christchurch 8011", "WHY JOIN US", "NZD"),
        ("Halifax, Nova Scotia", "WORK WITH US", "CAD"),
        ("Geelong VIC 3220", "About us", "AUD"),
        # the country, not the pronoun: a US cue still
        ("Geelong VIC 3220", "OPEN TO US CITIZENS ONLY", "USD"),
        ("Geelong VIC 3220", "Paid in US dollars", "USD"),
    ],
)
def test_an_upper_cased_about_us_heading_is_no_us_cue_for_a_bare_dollar(place, heading, currency):
    page = f"Youth Worker\n{place}\n\n{heading}\nWe run drop-in programmes for young people.\n\nREMUNERATION\n$46.13 per hour\n"
    assert _value("salary", page)["currency"] == currency


@pytest.mark.parametrize(
    "page, start_line",
    [
        # the board's name over its menu: the menu is cut as chrome, the name is still the site's own line
        ("Hireloop\nFind jobs   Companies   Salaries   Sign in\n\nLine Cook\nHarbor Grill\n\nYou will prep and cook.\n", "Line Cook"),
        ("Hireloop\nJobs   Career advice   Post a job\nLine Cook\nHarbor Grill\n", "Line Cook"),
        # no menu below a short first line: the posting starts there
        ("Line Cook\nHarbor Grill\n\nYou will prep and cook.\n", "Line Cook"),
        ("Line Cook\nLine Cook\nHarbor Grill\n\nYou will prep and cook.\n", "Line Cook"),
    ],
)
def test_the_board_name_over_a_cut_menu_stays_the_sites_own_line(page, start_line):
    from extractor.rules.title import posting_start

    ctx = context_for(page)
    assert ctx.text[posting_start(ctx):].startswith(start_line)



def _wrapped_mail(requirements: str, width: int = 72) -> str:
    """A plain-text e-mail hard-wrapped at ``width`` (paragraphs filled, the requirements as given)."""
    fill = lambda para: textwrap.fill(para, width)  # noqa: E731
    return "\n\n".join([
        "Subject: Opening for a Plant Electrician",
        fill("Hello all, we are hiring a Plant Electrician for our bottling site in Tralee. The role covers the filling "
             "lines, the compressors and the boiler house, and the person will work closely with the production "
             "supervisors on every shift, including the weekend crews and the contractors who service the boilers."),
        "What you need\n" + requirements,
        fill("Please reply to this message with your CV and a short cover note by the end of the month, and tell us "
             "when you could start and which shifts suit you."),
    ]) + "\n"


@pytest.mark.parametrize(
    "requirements, lines",
    [
        # prose wrapped at the width: the breaks before a capitalised word ("Allen" / "Bradley") are joined too
        (textwrap.fill("A Level 6 trade qualification in electrical installation. Three years of maintenance work in a "
                       "food or drinks plant. Experience with Allen Bradley PLCs and variable speed drives. A full "
                       "driving licence.", 72),
         ["A Level 6 trade qualification in electrical installation. Three years of maintenance work in a food or drinks "
          "plant. Experience with Allen Bradley PLCs and variable speed drives. A full driving licence."]),
        # a list of items a line each, one of them full by chance: each line stays a line
        ("Experience with PLCs and variable speed drives on busy bottling lines\n"
         "Willingness to work a rotating shift pattern including some weekends\n"
         "A full driving licence",
         ["Experience with PLCs and variable speed drives on busy bottling lines",
          "Willingness to work a rotating shift pattern including some weekends", "A full driving licence"]),
    ],
)
def test_a_hard_wrap_before_a_capital_in_prose_is_joined(requirements, lines):
    text = context_for(_wrapped_mail(requirements)).text.split("\n")
    for line in lines:
        assert line in text
