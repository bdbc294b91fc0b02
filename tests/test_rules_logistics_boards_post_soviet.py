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

import datetime as dt

import pytest

from tests.rule_helpers import extracted_record, places, posting, rule_value


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


# --- classes from the blind batch s106 (agriculture and fisheries boards, mainland Southeast Asia, legacy data shapes), same session


@pytest.mark.parametrize(
    "banner",
    [
        "We and our partners use cookies to personalise content and ads. Accept | Reject | Settings",
        "Cookies on Harvest Hub: we use essential cookies to make this site work and optional ones to improve it. [Accept optional cookies] [Reject optional cookies]",
    ],
)
def test_a_cookie_banner_over_the_heading_is_chrome(banner):
    from extractor.normalize import normalize

    text = posting("Orchard Jobs\nFind a job   Post a job   Sign in\n\n" + banner + "\n\nApple Orchard Supervisor - Pruning Crew\n\nEmployer: Hawthorn Fruit Ltd")
    assert "cookies" not in normalize(text).text
    assert rule_value("title", text) == "Apple Orchard Supervisor - Pruning Crew"


def test_a_sites_name_over_its_jobs_section_is_no_title():
    text = posting("Farmers Guardian | Jobs\nNews  Markets  Dairy  Jobs  Subscribe\nHome › Jobs › Dairy\n\nRelief Milker - Autumn Calving\n\nJob Details\n  Employer:      Glenmore Farms\n  Location:      Mallow, Co. Cork")
    assert rule_value("title", text) == "Relief Milker - Autumn Calving"


@pytest.mark.parametrize("heading, title", [("Sheep Stockperson - Lambing (Weekend Rota)", "Sheep Stockperson - Lambing"), ("Mushroom Grower - Night Picking", "Mushroom Grower - Night Picking")])
def test_farm_job_nouns_and_a_weekend_rota(heading, title):
    text = posting("Agri Jobs Online\nFind a job   Recruiters   Sign in\n\n" + heading + "\n\nRecruiter        Fungi Staffing\nLocation         Malton, North Yorkshire")
    assert rule_value("title", text) == title


def test_an_employer_described_not_named_is_no_company():
    text = posting("JOB VACANCY\n\nPosition:     Quality Controller (Urgent - 3 Posts)\nEmployer:     A well-known seafood exporter (name disclosed at interview)\nLocation:     Mahachai, Thailand")
    assert rule_value("company", text) is None
    assert rule_value("title", text) == "Quality Controller"


def test_a_period_in_tetum_before_its_translation():
    text = posting("Loan Officer\nBanku Rural", "Saláriu / Salary: USD 500 – 700 kada fulan / per month (gross)\n")
    assert rule_value("salary", text) == {"min": 500.0, "max": 700.0, "currency": "USD", "period": "month"}


def test_a_notices_dateline_at_its_foot_dates_it():
    body = "Duties\n- Survey village ponds\n- Train farmer groups\n\nSend your CV to jobs@example.org.\n\n" + "Only shortlisted candidates will be contacted.\n" * 30 + "\nSemarang, 4 Desember 2026\n"
    assert rule_value("date_posted", posting("Field Officer\nYayasan Air Bersih", body)) == dt.date(2026, 12, 4)


def test_a_compact_date_after_a_posting_label():
    assert rule_value("date_posted", posting("Grain Elevator Operator\nPrairie Grain Co-op\nPosted     : 20261117\nCloses     : 20261201")) == dt.date(2026, 11, 17)


FILE_AID = (
    "FILE-AID  RELEASE 17.02.01                  BATCH PROCESSING                       PAGE 0001\n"
    "RECORD:        12     LENGTH:  900     LAYOUT: JOBREC\n"
    "LVL NAME            PICTURE NUM START   END  LEN ----+----1----+----2\n"
    "5  REQ-NO          X(10)     1     1    10   10 FRM-2026-7\n"
    "5  JOB-TITLE       X(60)     2    11    70   60 Dairy Herd Manager\n"
    "5  EMPLOYER        X(40)     3    71   110   40 Lindholm Gård AS\n"
    "5  ORG-UNIT        X(30)     4   111   140   30 Milk Production\n"
    "5  WORK-PLACE      X(40)     5   141   180   40 Stavanger, Norway\n"
    "5  DATE-POSTED     9(8)      6   181   188    8 20261122\n"
    "5  AD-TEXT         GROUP     7   189   900  712 OCCURS 1 TO 9 DEPENDING ON AD-LINE-CNT\n"
    "10 AD-LINE (1)     X(80)     8   189   268   80 Lindholm Gård milks 180 cows in a robot barn.\n"
    "10 AD-LINE (2)     X(80)     8   269   348   80 RESPONSIBILITIES\n"
    "10 AD-LINE (3)     X(80)     8   349   428   80 - Plan feeding and breeding for the herd\n"
    "10 AD-LINE (4)     X(80)     8   429   508   80 - Lead two herd workers\n"
)


def test_a_file_aid_formatted_print_reads_as_a_record():
    record = extracted_record(FILE_AID)
    assert record["job_id"] == "FRM-2026-7"
    assert record["title"] == "Dairy Herd Manager"
    assert record["team"] == "Milk Production"
    assert record["date_posted"] == "2026-11-22"
    assert record["responsibilities"] == ["Plan feeding and breeding for the herd", "Lead two herd workers"]


SPOOLED = (
    "                              Display Spooled File\n"
    " File  . . . . . :   QSYSPRT                          Page/Line   1/1\n"
    " Control . . . . .   ________                         Columns     1 - 78\n"
    " Find  . . . . . .   ______________________________\n"
    " *...+....1....+....2....+....3....+....4....+....5....+....6....+....7....+...\n"
    " HRV200R   KAROO WINE ESTATES                     RUN DATE 2026/11/28 PAGE   1\n"
    "           VACANCY BULLETIN                       TIME     09:12:44\n"
    " VACANCY NO ....: KW-2026-31\n POSITION ......: CELLAR HAND\n LOCATION ......: ROBERTSON, WESTERN CAPE\n\n"
    " DUTIES\n - CLEAN TANKS AND BARRELS\n - ASSIST WITH PUMP-OVERS\n\n KAROO WINE ESTATES IS AN EQUAL OPPORTUNITY EMPLOYER.\n"
    "                                                                  Bottom\n F3=Exit   F12=Cancel   F19=Left   F20=Right   F24=More keys\n"
)


def test_a_spooled_file_screen_keeps_the_report_only():
    record = extracted_record(SPOOLED)
    assert record["company"] == "KAROO WINE ESTATES"
    assert record["job_id"] == "KW-2026-31"
    assert record["title"] == "CELLAR HAND"


@pytest.mark.parametrize(
    "item, minimum, preferred",
    [
        ("Fluent Thai and Burmese; working English", ["Fluent Thai and Burmese", "working English"], []),
        ("French is an advantage; Spanish is desirable", [], ["French is an advantage", "Spanish is desirable"]),
    ],
)
def test_two_short_clauses_joined_by_a_semicolon_are_two_items(item, minimum, preferred):
    text = posting("Field Officer\nMekong Fisheries Trust", "Requirements\n- Degree in aquaculture or a related field\n- " + item + "\n- Motorbike licence\n")
    record = extracted_record(text)
    assert [x for x in record["minimum_qualifications"] if x in minimum] == minimum
    assert record["preferred_qualifications"] == preferred


def test_a_sentence_denying_sponsorship_leaves_the_right_to_work_item():
    text = posting("Greenhouse Technician\nNiagara Greens", "Requirements\n- Two years of greenhouse experience\n"
                   "- Must be legally entitled to work in Canada. Unfortunately we cannot sponsor work permits for this role.\n")
    assert extracted_record(text)["minimum_qualifications"][-1] == "Must be legally entitled to work in Canada."
