"""Classes from the blind batch s102 (logistics and transport boards of German-speaking Europe, the Netherlands and the
Nordics; Russia's North Caucasus and Central Asia), opened in the third session of 2026-12-07, each in phrasings of our own:
a dot leader between an id label and its value, a town the gazetteer lacks before a location pin or in front of a
bracketed canton, a region's kind word that is also a town ("Canton de Vaud"), a breadcrumb trail that files the ad
under a region, a German on-site statement, an abbreviation inside a title, shift tags in Dutch, German and Nordic
titles, an allowance named by a compound word, "one year" written out in European languages, a Russian board's head
(a Cyrillic domain, a cookie banner, an arrow breadcrumb), Russian seasonal work, a letterhead in three languages,
"The Foundation" standing for a longer name, a town followed by "city", regions of Russia and Central Asia, and a
place line in two scripts."""

from __future__ import annotations

import pytest

from tests.rule_helpers import places, posting, rule_value


@pytest.mark.parametrize(
    "line, value",
    [
        ("Kennziffer ............ KZ-40871", "KZ-40871"),
        ("Job reference ............... HR/2026/118", "HR/2026/118"),
        ("Vacature-ID …………… VAC-3021", "VAC-3021"),
    ],
)
def test_a_dot_leader_between_an_id_label_and_its_value(line, value):
    text = posting("Lagerlogistiker (m/w/d)\nSpedition Albers GmbH\n" + line)
    assert rule_value("job_id", text) == value


@pytest.mark.parametrize(
    "line, place",
    [
        ("📍 Markt Indersdorf, Bayern", ("Markt Indersdorf", "Bavaria", "Germany")),
        ("Arbeitsort: Sirnach (Kanton Thurgau)", ("Sirnach", "Thurgau", "Switzerland")),
        ("Lieu de travail : Nyon, Canton de Vaud", ("Nyon", "Vaud", "Switzerland")),
        ("Location: Kazan, Republic of Tatarstan", ("Kazan", "Tatarstan", "Russia")),
        ("Duty station: Osh city, Osh Region, Kyrgyzstan", ("Osh", "Osh Region", "Kyrgyzstan")),
        ("Место работы: Подольск, Московская область / Podolsk, Moscow Oblast", ("Podolsk", "Moscow Oblast", "Russia")),
    ],
)
def test_a_place_line(line, place):
    text = posting("Warehouse Operative\nNordhafen Logistics\n" + line)
    assert places(text) == [place]


def test_a_known_town_after_a_region_word_that_is_a_town_too():
    assert places(posting("Warehouse Operative\nLocation: Canton, Ohio")) == [("Canton", "Ohio", "United States")]


def test_a_bracketed_code_after_a_title_is_no_town():
    text = posting("Line Cook (PM)\nHarbor Grill\nChicago, IL")
    assert places(text) == [("Chicago", "Illinois", "United States")]


def test_a_breadcrumb_region_gives_way_to_the_labelled_place():
    text = posting("Forside / Job / Midtjylland / Lager\n\nLagermedarbejder\nNordfrost A/S\nArbejdssted: Herning, Denmark")
    assert places(text) == [("Herning", None, "Denmark")]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Die Stelle ist eine reine Vor-Ort-Tätigkeit in unserem Verteilzentrum.", "onsite"),
        ("Mobiles Arbeiten ist leider nicht möglich, da die Arbeit im Lager stattfindet.", "onsite"),
        ("Sie beraten unsere Kunden vor Ort in ihren Filialen.", None),
    ],
)
def test_german_on_site_statements(sentence, value):
    text = posting("Lagerhelfer (m/w/d)\nSpedition Albers GmbH", "Ihre Aufgaben\n" + sentence + "\n")
    assert rule_value("workplace", text) == value


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Sachbearbeiter Zoll Abt. Export (80%)", "Sachbearbeiter Zoll Abt. Export (80%)"),
        ("Orderpicker (2-ploegendienst)", "Orderpicker"),
        ("Maschinenführer (3-Schicht)", "Maschinenführer"),
        ("Truckförare (treskift)", "Truckförare"),
    ],
)
def test_title_abbreviations_and_shift_tags(heading, title):
    text = posting("transportjobs.ch\nStellen  ·  Firmen  ·  Login\n\n" + heading + "\nNordhafen Logistik AG\n\nPubliziert\n02.12.2026")
    assert rule_value("title", text) == title


@pytest.mark.parametrize(
    "item",
    ["Fahrtkostenzuschuss von 600 € pro Jahr", "Reiskostenvergoeding van € 1.200 per jaar", "Schichtzulage von 150 € im Monat", "Weihnachtsgeld von 800 € pro Jahr"],
)
def test_an_allowance_named_by_a_compound_word_is_no_pay(item):
    text = posting("Lagerist (m/w/d)\nNordhafen Logistik GmbH", "Das erwartet dich\n* Schichtarbeit im Lager\n* " + item + "\n")
    assert rule_value("salary", text) is None


@pytest.mark.parametrize(
    "item",
    [
        "Mindestens ein Jahr Erfahrung im Lager",
        "Minimaal een jaar werkervaring in de logistiek",
        "Minst ett års erfarenhet av lagerarbete",
        "Al menos un año de experiencia en almacén",
    ],
)
def test_one_year_written_out(item):
    text = posting("Warehouse Operative\nNordhafen Logistics", "Requirements\n- " + item + "\n")
    assert rule_value("min_years_experience", text) == 1.0


_RU_HEAD = (
    "ВакансииЮга.рф — работа в Краснодаре и крае\n"
    "Вакансии | Компании | Разместить вакансию | Войти\n"
    "Мы используем файлы cookie, чтобы сайт работал лучше. [Хорошо]\n\n"
    "Главная → Вакансии → Склад → Краснодар\n\n"
    "Кладовщик-комплектовщик (ночные смены)\n"
    "Южный Терминал\n\n"
    "Город: Краснодар\n"
    "Занятость: сезонная работа\n"
)


def test_a_russian_board_head():
    text = _RU_HEAD + "\nО компании\nЮжный Терминал — складской оператор.\n"
    assert rule_value("title", text) == "Кладовщик-комплектовщик"  # the shift tag cut
    assert rule_value("company", text) == "Южный Терминал"
    assert rule_value("employment_type", text) == "temporary"


def test_a_letterhead_in_three_languages_names_the_employer_the_body_uses():
    text = ("ҚҚ «Жасыл Дала» / ОФ «Зелёная степь» / Public Association \"Green Steppe\"\n"
            "Алматы, Абай даңғылы 10 / г. Алматы, пр. Абая 10 / 10 Abai Ave, Almaty\n\n"
            "VACANCY ANNOUNCEMENT\n\nPosition: Project Accountant\nDuty station: Almaty, Kazakhstan\n\n"
            "Background\nPublic Association \"Green Steppe\" supports rangeland restoration.\n\n"
            "The Association is an equal opportunity employer.\n")
    assert rule_value("company", text) == "Public Association \"Green Steppe\""


def test_a_posting_held_as_one_escaped_string_of_a_data_dump_reads_as_the_page():
    body = ("Warehouse Team Leader\\n\\nKarroo Cold Chain (Pty) Ltd\\nLocation: Polokwane, Limpopo\\n\\nKey duties:\\n"
            "* Plan the night shift\\'s picking waves and allocate staff\\n* Check cold-room temperatures every two hours\\n"
            "* Report stock variances to the site manager\\n* Train new pickers on the RF scanners and safety rules\\n"
            "* Keep the shift\\'s dispatch paperwork complete for the drivers\\n\\nRequirements:\\n* Matric (Grade 12)\\n"
            "* At least 2 years of supervisory experience in a warehouse\\n* Valid forklift licence\\n\\n"
            "Karroo Cold Chain is an equal opportunity employer.")
    dump = ("% weekly export of scraped ads\n@RELATION ads_w48\n\n@ATTRIBUTE doc_id STRING\n@ATTRIBUTE body STRING\n"
            "@ATTRIBUTE label {0,1}\n\n@DATA\n'w48-0031','" + body + "',1\n")
    assert rule_value("title", dump) == "Warehouse Team Leader"
    assert rule_value("min_years_experience", dump) == 2.0
    assert places(dump) == [("Polokwane", "Limpopo", "South Africa")]


def test_a_town_with_its_other_name_in_brackets_is_one_place():
    text = posting("Sales Representative\nKarroo Seeds\nLocation: Gqeberha (Port Elizabeth), Eastern Cape")
    assert places(text) == [("Gqeberha", "Eastern Cape", "South Africa")]


def test_a_team_named_after_the_employer_on_its_line():
    text = posting("Junior Data Analyst\nBrightwater Dairies – Demand Planning team\nJob Ref: BWD-0192")
    assert rule_value("team", text) == "Demand Planning"
    assert rule_value("company", text) == "Brightwater Dairies"


# --- classes from the blind batch s107 (education boards of Africa and Latin America, Central America), same session


@pytest.mark.parametrize(
    "line, value",
    [
        ("CONCURSO EXTERNO N.° CE-12-2026", "CE-12-2026"),
        ("Convocatoria Interna y Externa No. 031-2026", "031-2026"),
        ("Concurso Público nº 2026/118", "2026/118"),
    ],
)
def test_a_public_competition_numbers_its_post(line, value):
    text = posting("MUNICIPALIDAD DE NARANJO\n\n" + line + "\n\nPuesto: Asistente Administrativo")
    assert rule_value("job_id", text) == value


@pytest.mark.parametrize(
    "item, level",
    [
        ("Bachillerato universitario en Administración de Empresas", "bachelor"),
        ("Título de Bachiller en Ciencias y Letras", "high_school"),
        ("Perito Mercantil y Contador Público", "high_school"),
    ],
)
def test_central_american_degree_names(item, level):
    text = posting("Asistente Contable\nCooperativa San Isidro", "Requisitos\n- " + item + "\n")
    assert rule_value("education_level", text) == level


def test_a_town_inside_a_buildings_name_is_no_country():
    text = posting("Inspector de Obras\nMunicipalidad de Chile", "Lugar de trabajo: Edificio Municipal de Chile, Chile, Guanacaste, Costa Rica\n")
    assert rule_value("locations", text) == [{"city": "Chile", "region": "Guanacaste", "country": "Costa Rica"}]


@pytest.mark.parametrize("heading, title", [("Lecturer: Marketing (Two Posts)", "Lecturer: Marketing"), ("Senior Lecturer: Civil Engineering", "Senior Lecturer: Civil Engineering")])
def test_a_job_then_its_field_after_a_colon_is_the_heading(heading, title):
    text = posting("Vacancies › Academic › Faculty of Commerce\n\n" + heading + "\n\nReference number     COM-27/2026\nClosing date         16 January 2027")
    assert rule_value("title", text) == title


def test_a_portuguese_part_time_tag_is_cut_from_the_title():
    text = posting("Professor(a) de Química – Ensino Médio (Meio Período)\nColégio Horizonte\nCampinas, SP")
    assert rule_value("title", text) == "Professor(a) de Química – Ensino Médio"
