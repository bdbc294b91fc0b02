"""Table-driven tests of the place readers changed in the first 2026-12-05 round: a suburb or district the gazetteer does
not know, written before its town on a place line, is the place's city (golden/README, "Locations implied vs stated");
a board's "Town, <area> <STATE>" and "Town, <compass> <region>" head lines; a region code shared by two countries read
by the postcode after it; "Station:", "Venue:" and "Place of posting:" as place labels. Phrasings are our own; cases
that must stay as they are sit beside those that change."""

from __future__ import annotations

import pytest

from extractor import Extractor

EXTRACTOR = Extractor(use_llm=False)

PLACES = [
    # (id, text, expected [(city, region, country)])
    ("suburb_before_town_and_country",
     "Dental Nurse\nSmileworks Clinics\nPonsonby, Auckland, New Zealand\nFull time\n\nWe need a dental nurse.\n",
     [("Ponsonby", None, "New Zealand")]),
    ("district_in_a_dashed_meta_line",
     "Data Entry Clerk\nOrbit Outsourcing - Heliopolis, Cairo, Egypt - 2 days ago\n\nWe need a clerk.\n",
     [("Heliopolis", None, "Egypt")]),
    ("labelled_district_and_town",
     "Position: Credit Analyst\nLocation: Rosebank, Johannesburg\n\nWe need an analyst.\n",
     [("Rosebank", None, None)]),
    ("employer_before_town_stays_the_employer",
     "Driver\nBluegum Haulage, Perth WA\n\nBluegum Haulage is a family firm running 30 trucks.\n",
     [("Perth", "Western Australia", "Australia")]),
    ("postal_address_is_no_suburb",
     "Clerk\n\nLocation\nKingsway House, Newport, NP20 1HG\n\nWe need a clerk.\n",
     [("Newport", None, None)]),
    ("board_area_and_state_code",
     "Chef\nRiverbend Hotel\nToowoomba, Darling Downs & South West QLD\nFull time\n\nWe need a chef.\n",
     [("Toowoomba", "Queensland", "Australia")]),
    ("board_area_with_a_comma_and_state_code",
     "Plumber\nFlowright\nWollongong, Illawarra, South Coast NSW\nContract\n\nWe need a plumber.\n",
     [("Wollongong", "New South Wales", "Australia")]),
    ("suburb_of_a_town_with_state_code",
     "Storeperson\nCoolchain\nMoorebank West, Sydney NSW\nFull time\n\nWe need a storeperson.\n",
     [("Moorebank West", "New South Wales", "Australia")]),
    ("compass_part_of_a_nation",
     "Care Worker\nBrightcare\nSwansea, South West Wales\n\nWe need a care worker.\n",
     [("Swansea", "South West Wales", "United Kingdom")]),
    ("four_digit_postcode_is_australian",
     "Barista\nLocation: Broome WA 6725\n\nWe need a barista.\n",
     [("Broome", "Western Australia", "Australia")]),
    ("five_digit_postcode_is_american",
     "Barista\nLocation: Spokane, WA 99201\n\nWe need a barista.\n",
     [("Spokane", "Washington", "United States")]),
    ("station_label",
     "NURSING OFFICER\nSTATION: Gulu\n\nThe officer runs the ward.\n",
     [("Gulu", None, None)]),
    ("place_of_posting_label",
     "Accounts Assistant\nPlace of posting: Mzuzu, Malawi\n\nWe need an assistant.\n",
     [("Mzuzu", None, "Malawi")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_places(text, expected):
    record = EXTRACTOR.extract(text)
    assert [(p.city, p.region, p.country) for p in record.locations] == expected


HANGING = [
    # (id, text, expected responsibilities)
    ("rows_hung_under_a_dash_bullet",
     "Site Engineer\nKorbel Bau GmbH\n\nIhre Aufgaben\n- Bauleitung für Wohnbauprojekte im Großraum Linz mit bis zu\n  40 Wohneinheiten\n"
     "- Abstimmung mit Behörden und\n  Subunternehmern\n- Kostenkontrolle\n\nIhr Profil\n- HTL Hochbau\n",
     ["Bauleitung für Wohnbauprojekte im Großraum Linz mit bis zu 40 Wohneinheiten",
      "Abstimmung mit Behörden und Subunternehmern", "Kostenkontrolle"]),
    ("rows_hung_under_a_numbered_item",
     "Analyst\n\nDuties\n1. Reconcile the ledgers of the three Nordic entities each\n   Month End\n2. Prepare the VAT returns\n",
     ["Reconcile the ledgers of the three Nordic entities each Month End", "Prepare the VAT returns"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in HANGING], ids=[c[0] for c in HANGING])
def test_hanging_rows_join_their_bullet(text, expected):
    assert EXTRACTOR.extract(text).responsibilities == expected


@pytest.mark.parametrize("text,kept", [
    ("Duties\n- Reporting\n      Monthly Board Pack\n", "Reporting\nMonthly Board Pack"),  # deeper than the bullet's text: a block
    ("Duties\n- Reporting\n\n  Monthly Board Pack\n", "Reporting\n\nMonthly Board Pack"),  # a blank line between
], ids=["deeper_block", "blank_line_between"])
def test_rows_that_do_not_hang_keep_their_break(text, kept):
    from extractor.normalize import normalize

    assert kept in normalize(text).text


VALUES = [
    # (id, text, field, expected)
    ("figure_run_into_a_product_name_is_no_pay",
     "Consultant\n\nYou will run SAP S/4HANA migrations 3 days a week.\n", "salary", None),
    ("visa_heading_over_a_refusal",
     "Engineer\n\nVisa sponsorship\nWe cannot sponsor work visas for this role.\n", "visa_sponsorship", False),
    ("visa_heading_over_an_offer",
     "Engineer\n\nImmigration\nVisa sponsorship is available for strong candidates.\n", "visa_sponsorship", True),
    ("benefit_chip_alone_still_states_the_offer",
     "Engineer\n\nPerks\nVisa sponsorship\nGym membership\n", "visa_sponsorship", True),
    ("logo_link_text_before_the_name",
     "Brightfold logo\nData Analyst\nRemote\n\nBrightfold makes invoicing software for plumbers.\n", "company", "Brightfold"),
    ("initials_in_brackets_after_the_name",
     "Field Officer\n\nNorthern Water Trust (NWT)\nGulu, Uganda\n\nNWT drills boreholes across the north.\n", "company", "Northern Water Trust"),
    ("bracket_that_is_no_initials_stays",
     "Field Officer\n\nNorthern Water Trust (Uganda)\nGulu, Uganda\n\nWe drill boreholes.\n", "company", "Northern Water Trust (Uganda)"),
    ("name_in_cjk_after_its_latin_form",
     "Front Desk Agent\nHarbour View Hotel 海景酒店\n\nLocation: Kowloon, Hong Kong\n\nWe need an agent.\n", "company", "Harbour View Hotel"),
    ("portuguese_organisation_label",
     "TÉCNICO DE CAMPO\n\nOrganização: Associação Rio Limpo\nLocal de trabalho: Bafatá, Guiné-Bissau\n", "company", "Associação Rio Limpo"),
    ("legal_form_and_quotes_dropped_when_the_body_uses_the_name",
     "Технолог\n\nООО «Северный Хлеб»\nМинск\n\n«Северный Хлеб» — пекарня в Минске.\n", "company", "Северный Хлеб"),
]


@pytest.mark.parametrize("text,field,expected", [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(text, field, expected):
    assert getattr(EXTRACTOR.extract(text), field) == expected


MONEY_AND_PLACES = [
    # (id, text, expected salary (min, max, currency, period), expected places)
    ("cfp_franc_after_the_figure",
     "Chauffeur\nLieu : Nouméa, Nouvelle-Calédonie\nSalaire : 280 000 F CFP brut par mois\n",
     (280000.0, 280000.0, "XPF", "month"), [("Nouméa", None, "New Caledonia")]),
    ("spaced_cfa_mark_after_a_range",
     "Comptable\nLieu : Bamako, Mali\nSalaire : 200 000 - 250 000 F CFA par mois\n",
     (200000.0, 250000.0, "XOF", "month"), [("Bamako", None, "Mali")]),
    ("town_and_province_before_a_territory",
     "Mécanicien\nLieu : Koné, Province Nord, Nouvelle-Calédonie\nSalaire : 300 000 XPF par mois\n",
     (300000.0, 300000.0, "XPF", "month"), [("Koné", "Province Nord", "New Caledonia")]),
    ("macau_names_macao",
     "Dealer\nLocation: Taipa, Macau\nSalary: MOP 15,000 per month\n",
     (15000.0, 15000.0, "MOP", "month"), [("Taipa", None, "Macao")]),
    ("city_in_its_own_script",
     "Бухгалтер\nГород: Гомель\nЗарплата: 1 800 BYN в месяц\n",
     (1800.0, 1800.0, "BYN", "month"), [("Гомель", None, None)]),
]


@pytest.mark.parametrize("text,salary,places", [c[1:] for c in MONEY_AND_PLACES], ids=[c[0] for c in MONEY_AND_PLACES])
def test_money_and_places(text, salary, places):
    record = EXTRACTOR.extract(text)
    got = record.salary
    assert (got.min, got.max, got.currency, got.period) == salary
    assert [(p.city, p.region, p.country) for p in record.locations] == places


MORE = [
    # (id, text, field, expected)
    ("remote_label_answered_no_on_the_next_line",
     "Hydrologist\n\nRemote job\nNo\nTelework eligible\nYes\n", "workplace", None),
    ("remote_question_in_a_faq_states_nothing",
     "Data Analyst\n\nFAQ\nQ: Is this role remote?\nA: It depends on the team.\n", "workplace", None),
    ("chinese_office_attendance_refusing_remote",
     "数据分析师\n工作地点：广州\n\n问：可以远程吗？\n答：需要在广州办公室坐班，不支持远程。\n", "workplace", "onsite"),
    ("weekday_range_after_the_title_is_cut",
     "Prep Cook (Sat–Sun)\nBlue Door Kitchen\n\nWe need a prep cook.\n", "title", "Prep Cook"),
    ("weekday_words_in_brackets_stay_when_no_range",
     "Sunday School Coordinator (Sunday Services)\nGrace Church\n\nWe need a coordinator.\n", "title", "Sunday School Coordinator (Sunday Services)"),
    ("due_date_is_no_posting_date",
     "Cook\nJuniper\n\nDue date\nJan 9, 2027, 5:00 PM\n\nWe need a cook.\n", "date_posted", None),
]


@pytest.mark.parametrize("text,field,expected", [c[1:] for c in MORE], ids=[c[0] for c in MORE])
def test_more_values(text, field, expected):
    assert getattr(EXTRACTOR.extract(text), field) == expected


def test_country_named_with_an_ampersand_is_one_place():
    record = EXTRACTOR.extract("Installer\nLocation: Basseterre, St. Kitts & Nevis\n\nWe need an installer.\n")
    assert [(p.city, p.region, p.country) for p in record.locations] == [("Basseterre", None, "Saint Kitts and Nevis")]


NON_LATIN_LISTS = [
    # (id, text, expected responsibilities, minimum, preferred)
    ("russian_headings_and_marks",
     "Бухгалтер\n\nОбязанности:\n• ведение первичной документации;\n• сверка с контрагентами.\n\nТребования:\n• опыт работы от 2 лет;\n"
     "• знание 1С:Бухгалтерия;\n• знание английского языка будет преимуществом.\n\nУсловия:\n• официальное трудоустройство.\n",
     ["ведение первичной документации", "сверка с контрагентами."],
     ["опыт работы от 2 лет", "знание 1С:Бухгалтерия"], ["знание английского языка будет преимуществом."]),
    ("chinese_decorated_headings_and_enumeration",
     "运营专员\n\n—— 岗位职责 ——\n1、负责店铺日常运营；\n2、分析销售数据。\n\n—— 任职要求 ——\n1、大专及以上学历，电商相关专业优先；\n"
     "2、1年以上运营经验；\n3、有亚马逊经验者优先。\n\n—— 福利待遇 ——\n五险一金\n",
     ["负责店铺日常运营；", "分析销售数据。"],
     ["大专及以上学历，电商相关专业优先；", "1年以上运营经验；"], ["有亚马逊经验者优先。"]),
    ("japanese_headings_dots_and_welcome",
     "倉庫スタッフ\n\n仕事内容\n・入荷検品\n・ピッキング\n\n応募資格\n・倉庫での作業経験1年以上\n・フォークリフト免許をお持ちの方歓迎\n\n勤務地\n埼玉県川口市\n",
     ["入荷検品", "ピッキング"], ["倉庫での作業経験1年以上"], ["フォークリフト免許をお持ちの方歓迎"]),
    ("korean_headings",
     "백엔드 개발자\n\n주요업무\n- 주문 API 개발\n- 데이터 모델 설계\n\n자격요건\n- 백엔드 개발 경력 3년 이상\n\n우대사항\n- Kubernetes 운영 경험\n\n복리후생\n- 점심 식대 지원\n",
     ["주문 API 개발", "데이터 모델 설계"], ["백엔드 개발 경력 3년 이상"], ["Kubernetes 운영 경험"]),
]


@pytest.mark.parametrize("text,duties,minimum,preferred", [c[1:] for c in NON_LATIN_LISTS], ids=[c[0] for c in NON_LATIN_LISTS])
def test_non_latin_lists(text, duties, minimum, preferred):
    record = EXTRACTOR.extract(text)
    assert (record.responsibilities, record.minimum_qualifications, record.preferred_qualifications) == (duties, minimum, preferred)


MIME = (
    "From: Lab Manager <lab@example.edu>\n"
    "Subject: =?UTF-8?Q?Paid_help_in_the_Soil_Lab_=E2=80=93_apply_now?=\n"
    "MIME-Version: 1.0\n"
    'Content-Type: multipart/alternative; boundary="b1"\n'
    "\n"
    "--b1\n"
    'Content-Type: text/plain; charset="UTF-8"\n'
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "The Soil Lab needs a student for 8 hours a week on the Orono campus.\n"
    "\n"
    "What you need:\n"
    "- A valid driver=E2=80=99s license\n"
    "- Able to lift 40 lb bags and work in the field on long=\n"
    " days\n"
    "\n"
    "--b1\n"
    'Content-Type: text/html; charset="UTF-8"\n'
    "\n"
    "<div>The Soil Lab needs a student</div>\n"
    "--b1--\n"
)


def test_raw_email_source_reads_as_its_decoded_plain_part():
    from extractor.normalize import normalize

    doc = normalize(MIME)
    assert "Subject: Paid help in the Soil Lab – apply now" in doc.text
    assert "<div>" not in doc.text and "Content-Transfer-Encoding" not in doc.text
    record = EXTRACTOR.extract(MIME)
    assert record.minimum_qualifications == ["A valid driver’s license", "Able to lift 40 lb bags and work in the field on long days"]
    start, end = record.provenance["minimum_qualifications"].items[0].spans[0].start, record.provenance["minimum_qualifications"].items[0].spans[0].end
    assert MIME[start:end].startswith("A valid driver=E2=80=99s")  # the span slices the source back to the encoded text


@pytest.mark.parametrize("text,expected", [
    ("Lab help\n\nWe need help.\n\nThanks,\nRenata Sousa, PhD (she/her)\n", None),
    ("Chemist\n\nRequirements\n- PhD in chemistry\n", "doctorate"),
    ("Buyer\n\nQuestions to Jon Park, MBA, CPA\n\nRequirements\n- A bachelor's degree in business\n", "bachelor"),
], ids=["signature_credential", "required_doctorate", "credentials_after_a_contact_name"])
def test_a_signature_credential_is_no_degree(text, expected):
    assert EXTRACTOR.extract(text).education_level == expected


@pytest.mark.parametrize("text,field,expected", [
    ("Tornitore CNC\nOfferta n. 2026/0042\n\nCerchiamo un tornitore.\n", "job_id", "2026/0042"),
    ("Nurse\nUnit: 4 North – Cardiology, 28 beds\n\nWe need a nurse.\n", "team", "4 North – Cardiology"),
    ("Engineer\nTeam: Platform (14 engineers)\n\nWe need an engineer.\n", "team", "Platform"),
    ("Engineer\nTeam: Squad 42\n\nWe need an engineer.\n", "team", "Squad 42"),
], ids=["italian_offer_number", "unit_size_after_a_comma", "team_size_in_brackets", "a_number_in_the_name_stays"])
def test_ids_and_teams(text, field, expected):
    assert getattr(EXTRACTOR.extract(text), field) == expected


def test_a_domain_brand_line_without_a_separator_is_the_sites_own():
    from extractor.context import context_for
    from extractor.rules.title import posting_start

    text = "jobs.by   Работа в Минске\nВакансии   Резюме   Компании   Войти\n\nБухгалтер\nООО «Север»\n"
    ctx = context_for(text)
    assert ctx.text[posting_start(ctx):].startswith("Бухгалтер")


def test_a_newspapers_masthead_and_dateline_are_the_sites_own_lines():
    from extractor.context import context_for
    from extractor.rules.title import posting_start

    text = ("THE ISLAND TIMES\nApia, Samoa · Vol. 12, Issue 7 · 3 March 2026 · $2\nCLASSIFIEDS\n\n"
            "VACANCY: Stores Clerk\nMoana Shipping Ltd\n")
    ctx = context_for(text)
    assert ctx.text[posting_start(ctx):].startswith("VACANCY")
