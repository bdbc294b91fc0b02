"""Table-driven tests of the normaliser's flattened-body reader (:func:`extractor.normalize._flat_breaks`): a posting
body whose line breaks a data export turned into spaces gets its headings and list items back on lines of their own;
short lines, prose and rows of names stay as they are. Phrasings are our own."""

from __future__ import annotations

import pytest

from extractor import Extractor
from extractor.normalize import normalize

EXTRACTOR = Extractor(use_llm=False)

FILLER = ("We run twelve depots across the region and ship fresh produce to shops every morning of the year. "
          "Our planners work from the Leeds office and talk to drivers all day. ")

LINES = [
    # (id, line, lines expected among the normalised text's lines, lines that must not appear)
    ("heading_after_a_sentence_and_dashed_items",
     FILLER + "What You Will Do - Plan the morning routes - Load and check the vans before dawn - Keep the delivery logs "
     "up to date Requirements - A full driving licence - Two years of delivery work",
     ["What You Will Do", "- Plan the morning routes", "- Keep the delivery logs up to date", "Requirements",
      "- Two years of delivery work"], []),
    ("heading_with_a_colon_then_bulleted_items",
     FILLER + "Responsibilities: • Answer calls from growers and shops about missed or late collections • Book the next "
     "day's collections with the night planners and confirm them by text • Raise credit notes when a load is short "
     "or damaged and send them to the accounts team • Keep the growers' contact sheet current",
     ["Responsibilities:", "• Answer calls from growers and shops about missed or late collections",
      "• Raise credit notes when a load is short or damaged and send them to the accounts team"], []),
    ("heading_before_a_capitalised_sentence",
     FILLER + "About The Role The planner keeps the fleet moving and reports to the depot manager each week. "
              "Benefits include a van allowance and a pension.",
     ["About The Role", "The planner keeps the fleet moving and reports to the depot manager each week. "
      "Benefits include a van allowance and a pension."], []),
    ("prose_without_marks_or_headings_stays_one_line",
     FILLER * 3 + "Our drivers know every farm road - and every farmer - by name.",
     [(FILLER * 3 + "Our drivers know every farm road - and every farmer - by name.").strip()], []),
    ("a_row_of_short_names_is_no_list",
     FILLER * 3 + "Depots: Leeds - York - Hull - Selby are all hiring.",
     [(FILLER * 3 + "Depots: Leeds - York - Hull - Selby are all hiring.").strip()], ["- York"]),
    ("a_single_dash_is_no_list",
     FILLER * 3 + "The role - Night Planner - reports to the depot manager.",
     [(FILLER * 3 + "The role - Night Planner - reports to the depot manager.").strip()], []),
    ("a_range_in_brackets_is_no_list",
     FILLER * 2 + "The late shift runs (2:00 PM - 10:30 PM, Monday - Friday, with one Saturday a month) from the Hull depot.",
     [(FILLER * 2 + "The late shift runs (2:00 PM - 10:30 PM, Monday - Friday, with one Saturday a month) from the Hull "
       "depot.").strip()], []),
    ("an_entity_semicolon_ends_no_sentence",
     FILLER + "Skills &amp; Experience - Two years of route planning in a depot - A full UK driving licence held for a year "
              "- Good spoken English for the radio",
     ["- Two years of route planning in a depot"], ["Skills &amp;", "Experience"]),
    ("a_list_in_lower_case_after_a_label_colon",
     FILLER + "What you will do: - plan the morning routes for the twelve vans - check the loads before the vans leave "
              "- answer the drivers' radio calls during the shift (two nights in five) Our expectations: - a full driving "
              "licence held for two years - good spoken English for the radio - some warehouse work - a calm voice when the "
              "roads are closed and the vans are late",
     ["- plan the morning routes for the twelve vans", "- check the loads before the vans leave", "Our expectations:",
      "- a full driving licence held for two years", "- some warehouse work"], []),
    ("a_label_and_its_explanation_stay_one_item",
     FILLER + "Why join us: - Flexible hours - we plan shifts around your week, not the other way round - Free parking "
              "- the yard has room for every car and van - Pension - six per cent from the first month of work",
     [], ["- we plan shifts around your week, not the other way round"]),
    ("numbers_that_count_on_start_items",
     FILLER + "Your day-to-day work includes: 1. Planning the morning routes for twelve vans 2. Checking the loads "
              "before dawn 3. Keeping the delivery logs up to date Who may apply: 1. drivers with a clean licence "
              "2. people who can start in March",
     ["1. Planning the morning routes for twelve vans", "2. Checking the loads before dawn",
      "3. Keeping the delivery logs up to date", "2. people who can start in March"], []),
    ("numbers_that_do_not_count_on_stay",
     FILLER * 2 + "The depot opened in 2019 with 4 vans; by 2024 it had 12. Vans and 3 planners on two shifts a day.",
     [], ["12. Vans and 3 planners on two shifts a day."]),
    ("a_pay_range_dash_is_no_item",
     FILLER + "Salaire : 34 000 € - 38 000 € par an, versé sur treize mois, avec une prime d'équipe de nuit - Profil : "
              "- Permis B en cours de validité - Deux ans d'expérience en livraison",
     ["- Permis B en cours de validité"], ["- 38 000 € par an, versé sur treize mois, avec une prime d'équipe de nuit"]),
    ("a_heading_of_another_language_with_a_spaced_colon",
     FILLER + "Nous recrutons un planificateur de nuit. Missions : - Planifier les tournées du matin - Contrôler le "
              "chargement des camions Profil : - Permis poids lourd - Deux ans d'expérience en entrepôt",
     ["Missions :", "- Planifier les tournées du matin", "- Contrôler le chargement des camions", "Profil :",
      "- Permis poids lourd"], []),
    ("the_last_item_runs_into_a_label",
     FILLER + "Requirements - A full UK driving licence - Two years of delivery or warehouse work Terms: a twelve-month "
              "contract, renewable, paid monthly",
     ["- Two years of delivery or warehouse work", "Terms: a twelve-month contract, renewable, paid monthly"], []),
    ("a_heading_word_pair_stays_together",
     FILLER + "Qualification Requirements A four-year high school diploma and one year of clerical work in a busy office. "
              "Skills - Typing at forty words a minute - Filing and keeping a diary for two managers",
     ["- Typing at forty words a minute"], ["Qualification", "Requirements"]),
]


@pytest.mark.parametrize("case_id,line,present,absent", LINES, ids=[c[0] for c in LINES])
def test_flattened_line_gets_its_breaks_back(case_id, line, present, absent):
    text = "Route Planner\nFreshway Foods\nLeeds, UK\n\n" + line + "\n"
    out = normalize(text).text.split("\n")
    for want in present:
        assert want in out, (case_id, want, out)
    for unwanted in absent:
        assert unwanted not in out, (case_id, unwanted)


def test_short_lines_are_left_alone():
    text = "Route Planner - Nights\nFreshway Foods · Leeds · Full-time\n\nRequirements - A licence - Two years\n"
    assert normalize(text).text == text.rstrip("\n") or normalize(text).text.startswith("Route Planner - Nights\n")
    assert "Requirements - A licence - Two years" in normalize(text).text


def test_html_paragraphs_are_not_split():
    page = "<html><body><h1>Route Planner</h1><p>" + FILLER + "Requirements - A full driving licence - Two years of delivery work - Night shifts</p></body></html>"
    assert "- A full driving licence" not in normalize(page).text.split("\n")


def test_flattened_body_gives_its_lists_back():
    body = (FILLER + "Responsibilities - Plan the morning routes for twelve vans - Load and check the vans before dawn "
            "Requirements - A full UK driving licence - Two years of delivery or warehouse work "
            "Nice To Have - Forklift licence")
    posting = EXTRACTOR.extract("Route Planner\nFreshway Foods\nLeeds, UK\n\n" + body + "\n")
    assert posting.responsibilities == ["Plan the morning routes for twelve vans", "Load and check the vans before dawn"]
    assert "A full UK driving licence" in posting.minimum_qualifications
    assert "Forklift licence" not in posting.minimum_qualifications


def test_evidence_spans_still_slice_the_input():
    body = FILLER + "Requirements - A full UK driving licence - Two years of delivery or warehouse work"
    raw = "Route Planner\nFreshway Foods\n\n" + body + "\n"
    doc = normalize(raw)
    i = doc.text.index("A full UK driving licence")
    s, e = doc.source_span(i, i + len("A full UK driving licence"))
    assert raw[s:e] == "A full UK driving licence"


@pytest.mark.parametrize("glued, items", [
    # a section's numbered items glued to the full stop that closed the one before
    ("KEY DUTIES\n3.1 Inspect the cold stores on each site every week.3.2 Record the readings in the log and report "
     "any fault the same day.3.3 Train the new starters on the hand scanners and the safety rules.3.4 Order the "
     "spare parts for the forklifts.",
     ["3.2 Record the readings in the log and report any fault the same day.",
      "3.3 Train the new starters on the hand scanners and the safety rules."]),
    ("Duties\nYou will plan the routes for the vans.4. Check the loads before dawn and sign the sheets.5. Answer the "
     "drivers' calls on the radio during the night shift.6. Keep the depot logs up to date.",
     ["4. Check the loads before dawn and sign the sheets.", "5. Answer the drivers' calls on the radio during the night shift."]),
])
def test_numbered_items_glued_to_a_full_stop_get_their_lines(glued, items):
    lines = normalize("Depot Planner\nFreshway Foods\n\n" + glued + "\n").text.split("\n")
    for item in items:
        assert item in lines, (item, lines)


def test_a_version_number_after_a_word_is_no_item():
    text = "Depot Planner\nFreshway Foods\n\nWe run Windows 11 on every laptop.The scanners run Android 13 and the app v.2 Release is due soon.\n"
    assert "We run Windows 11 on every laptop.The scanners run Android 13 and the app v.2 Release is due soon." in normalize(text).text


@pytest.mark.parametrize("heading, kind", [
    ("What we need", "minimum_qualifications"),
    ("You'll bring", "minimum_qualifications"),
    ("Your duties will include", "responsibilities"),
    ("What you'd be doing", "responsibilities"),
    ("Desirable qualifications", "preferred_qualifications"),
])
def test_headings_said_as_a_phrase_split_out_of_a_glued_body(heading, kind):
    """A heading phrase of the vocabulary glued between the items of a scraped page still opens its section."""
    body = ("Pack the orders for the morning vansLabel every crate with its route code" + heading
            + "A forklift licence held for a yearTwo years of warehouse work in a cold store")
    posting = EXTRACTOR.extract("Warehouse Operative\nFreshway Foods\nLeeds, UK\n\nAbout the job\n" + body + "\n")
    assert "A forklift licence held for a year" in getattr(posting, kind), (heading, posting)


def test_an_item_opening_with_an_acronym_is_cut_from_the_item_before():
    glued = ("Requirements\nFour years of commercial refrigeration experienceEPA 608 certificationClean driving recordOSHA 30 "
             "card or the will to earn it within a yearWorking knowledge of CosmosDB, ActiveMQ and TypeORM\n")
    lines = normalize("Refrigeration Technician\nColdline Services\n\n" + glued).text.split("\n")
    assert "Four years of commercial refrigeration experience" in lines
    assert "EPA 608 certification" in lines
    assert "OSHA 30 card or the will to earn it within a year" in lines
    assert "Working knowledge of CosmosDB, ActiveMQ and TypeORM" in lines  # names with capitals inside stay whole
    posting = EXTRACTOR.extract("Refrigeration Technician\nColdline Services\n\n" + glued)
    assert posting.min_years_experience == 4


def test_a_value_glued_to_the_next_label_is_cut_before_the_label():
    glued = ("Arbeitgeber: Rheinblick Energie GmbHArbeitsort: 50667 KölnAbteilung: NetzbetriebVertragsart: unbefristet"
             "Über uns: Wir versorgen die Region mit Strom und Wärme.\n")
    lines = normalize("Netzplaner (m/w/d)\n\n" + glued).text.split("\n")
    assert "Arbeitgeber: Rheinblick Energie GmbH" in lines
    assert "Arbeitsort: 50667 Köln" in lines
    assert "Abteilung: Netzbetrieb" in lines
    assert "Skills: JavaScript: three years" in normalize("Developer\n\nSkills: JavaScript: three years\n").text.split("\n")


def test_a_record_with_camelcase_keys_reads_as_labels():
    record = ("Form:  JobPost\nJobTitle:  Night Shift Dispatcher\nEmployer:  Coastline Freight\nHoursPerWeek:  36\n"
              "ReqNumber:  CF-26-0412\nPayRange:  $24.00 - $27.50 per hour\n")
    text = normalize(record).text
    assert "Job title:  Night Shift Dispatcher" in text or "Job title: Night Shift Dispatcher" in text
    posting = EXTRACTOR.extract(record)
    assert posting.title == "Night Shift Dispatcher"
    assert posting.weekly_hours == 36
    assert posting.job_id == "CF-26-0412"
    skills = "Developer\n\nSkills\nJavaScript: 3 years\nTypeScript: 2 years\nPowerShell: scripting\n"
    assert "JavaScript: 3 years" in normalize(skills).text  # names with a capital inside are no keys
