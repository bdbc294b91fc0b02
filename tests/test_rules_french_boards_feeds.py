"""Classes from the blind batch s93 (French-speaking European boards, North Africa, a web archive capture, an AMP
page and a JSON Feed), opened in the first session of 2026-12-07, each in phrasings of our own: an office's name
kept when the name alone only names the parent group, a department number or postcode before a town under a place
label, bulleted rows led to their values by dots, staff the job handles that are no statement of its type, a hotel's
star rating in a title's sector suffix, Arabic and Dutch joiners inside town names, a state's motto under its name,
an expiry date, a page title closing with the site's name, a web archive's toolbar, a second record's label, a public
board's profile sub-headings and the field rows under its closing block, a chevron bullet, a call to apply after a list,
and a languages row in the head's details block."""

from __future__ import annotations

import pytest

from tests.rule_helpers import extracted_record as _record, places, rule_value


def test_an_office_name_stays_when_the_name_alone_names_only_the_parent_group():
    text = ("Management Controller (M/F)\n\nCompany: Bravallo Italia\nLocation: Milan\n\n"
            "Bravallo Italia, the Italian arm of a packaging group, is hiring a controller for its Milan office. "
            "It belongs to the Bravallo group, active in seven countries.\n")
    assert rule_value("company", text) == "Bravallo Italia"


@pytest.mark.parametrize(
    "place_block, town",
    [
        ("Lieu de travail\n73 - VALMORELLE - Voir sur la carte", "valmorelle"),
        ("Lieu de travail : 5591 Cinoville", "cinoville"),
        ("Place of work: B-5591 Cinoville", "cinoville"),
    ],
)
def test_a_department_number_or_postcode_before_a_town_under_a_place_label(place_block, town):
    text = f"Seasonal Cook (M/F)\n\n{place_block}\n\nDescription\nYou cook for 20 guests in a mountain chalet.\n"
    assert [(p[0] or "").casefold() for p in places(text)] == [town]


def test_bulleted_rows_led_to_their_values_by_dots_are_labels():
    text = ("Forklift Driver\nTransalpa Logistics\n\nJOB DETAILS\n› Sector .......... Logistics\n› Contract ........ CDI\n"
            "› Working time .... Part-time – 24 h / week\n› Start ........... 04.01.2027\n\n"
            "YOUR TASKS\n› Load trucks\n› Train new colleagues and temporary staff on the scanners\n")
    assert rule_value("employment_type", text) == "part_time"


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("You will supervise seasonal workers during the harvest.", None),
        ("Brief and coordinate the temporary staff on each shift.", None),
        ("We are hiring seasonal workers for the harvest.", "temporary"),
    ],
)
def test_staff_the_job_handles_are_no_statement_of_its_type(sentence, value):
    text = f"Orchard Team Leader\nPomaria Farms\n\nAbout the job\n{sentence}\n"
    assert rule_value("employment_type", text) == value


@pytest.mark.parametrize(
    "heading, title",
    [
        ("HEAD CHEF – 4-STAR HOTEL", "HEAD CHEF – 4-STAR HOTEL"),
        ("Farm Hand - 600 ewe flock", "Farm Hand"),
    ],
)
def test_a_star_rating_opens_a_sector_suffix_and_a_count_a_fact(heading, title):
    text = f"{heading}\n\nWe are looking for someone to join our team this winter.\n\nDuties:\n* Plan the work\n* Keep records\n"
    assert rule_value("title", text) == title


@pytest.mark.parametrize(
    "line, town",
    [
        ("Location: Bir el Hafouz, Tunisia", "Bir el Hafouz"),
        ("Location / Lieu: Sidi el Hanouf, Tunisia", "Sidi el Hanouf"),
        ("Location / الموقع: Ras al Maqtaa, Libya", "Ras al Maqtaa"),
        ("Location: Hoeven op Zoomdijk, Netherlands", "Hoeven op Zoomdijk"),
    ],
)
def test_joiners_inside_town_names_and_a_translated_label(line, town):
    text = f"Laboratory Technician\n\n{line}\n\nWe test water samples every day.\n"
    assert [p[0] for p in places(text)] == [town]


@pytest.mark.parametrize(
    "state, motto",
    [
        ("RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", "Honneur – Fraternité – Justice"),
        ("RÉPUBLIQUE DU MALI", "Un Peuple – Un But – Une Foi"),
    ],
)
def test_a_state_motto_under_its_name_is_no_employer_and_the_letterhead_under_it_is(state, motto):
    text = (f"{state}\n{motto}\n\nAGENCE DES ROUTES DU NORD (ARN)\nDirection Générale\n\n"
            "AVIS DE RECRUTEMENT / RECRUITMENT NOTICE\nN° 031/ARN/DG/2027\n\n"
            "Date de publication / Date of publication : 5 janvier 2027\n\nPoste / Position : Comptable / Accountant\n"
            "Lieu / Duty station : Kayes\n\nContexte / Background\nThe road agency maintains the northern roads.\n")
    assert (rule_value("company", text) or "").casefold() == "agence des routes du nord"  # the letterhead under it, its acronym's initials


def test_an_expiry_date_is_no_posting_date():
    text = ("Ingénieur méthodes (H/F)\nPubliée il y a 3 jours · 120 vues\n\nFiche du poste\n"
            "Date d'expiration : 15/01/2027\nContrat : CDI\n\nDescription\nYou improve our assembly lines.\n")
    assert rule_value("date_posted", text) is None


def test_the_site_name_a_page_title_closes_with_is_no_job_heading():
    text = ("Dental Nurse – Part Time | Jobs | Derbyshire Courier\n\nDerbyshire Courier\n\nDental Nurse – Part Time\n\n"
            "Ashgate Dental Care\n\nLocation\n\nDerby\n\nAbout the role\n\nJoin the team at Ashgate Dental Care, a family practice with four surgeries.\n")
    assert rule_value("company", text) == "Ashgate Dental Care"


def test_a_web_archive_toolbar_is_left_out():
    capture = "The Wayback Machine - https://web.archive.org/web/20270105120000/https://careers.kestrel.example.gov/parks-officer"
    text = (f"{capture}\n\nINTERNET ARCHIVE\nWayback Machine\n12 captures\n3 Jan 2027 - 9 Feb 2027\nJAN\tFEB\tMAR\n"
            f"About this capture\nCOLLECTED BY\n\n{capture}\n\nKestrel Valley Shire Council\nSkip to content   Services   Careers\n\n"
            "Home > Careers > Current vacancies > Parks Officer\n\nParks Officer – Fixed Term Full Time\nPosition No.: 7731\n"
            "Location: Castlemaine VIC\n\nAbout the role\nYou look after the parks.\n\n"
            "Acknowledgement of Country: Kestrel Valley Shire Council acknowledges the Traditional Owners.\n")
    assert rule_value("company", text) == "Kestrel Valley Shire Council"


def test_a_second_records_location_label_does_not_override_the_first():
    text = ("Title: Payroll Lead\nLocation: Remote (UK)\nDepartment: Finance\n\nYou run payroll for 300 people.\n\n"
            "Title: Accounts Clerk\nLocation: Leeds (hybrid)\nDepartment: Finance\n\nYou process invoices.\n")
    assert rule_value("workplace", text) == "remote"


def test_a_public_boards_profile_subheadings_and_its_closing_blocks():
    text = ("Serveur / Serveuse (H/F)\nPublié le 3 janvier 2027 - offre n° 203XKQT\n\nDescription du poste\n"
            "You serve guests in our brasserie.\n\nYour duties:\n- Serve food and drinks\n- Lay and clear tables\n\n"
            "Profil souhaité\n\nSavoirs et savoir-faire\nPrendre une commande\nEncaisser un règlement\n\n"
            "Savoir-être professionnels\nSens du service\nRéactivité\n\nPermis\nB - Véhicule léger - Exigé\n\n"
            "Informations complémentaires\nQualification : Employé qualifié\nSecteur d'activité : Restauration traditionnelle\n\n"
            "Entreprise\nBRASSERIE DU PORT\n10 à 19 salariés\n")
    assert _record(text)["minimum_qualifications"] == [
        "Prendre une commande", "Encaisser un règlement", "Sens du service", "Réactivité", "B - Véhicule léger - Exigé"]


def test_a_chevron_bullet_and_a_call_to_apply_after_the_list():
    text = ("Warehouse Operative\nNordlager SA\n\nYOUR PROFILE\n› Valid forklift licence\n› Two years in a warehouse\n\n"
            "Interested? Apply with your CV via our careers page. Our HR team is based in Foetz.\n\nSIMILAR JOBS\n")
    assert _record(text)["minimum_qualifications"] == ["Valid forklift licence", "Two years in a warehouse"]


def test_a_languages_row_in_the_heads_details_block_is_no_requirements_section():
    text = ("Industrial Mechanic\nAliments Boréal inc.\n\nJOB DETAILS\nSalary: 31 $ an hour\nStatus: Permanent, full time\n"
            "Languages: French (advanced), English (basic)\nReference: AB-MAINT-9\n\nDESCRIPTION\nWe process vegetables.\n\n"
            "REQUIREMENTS\n- Three years in industrial maintenance\n")
    assert _record(text)["minimum_qualifications"] == ["Three years in industrial maintenance"]
