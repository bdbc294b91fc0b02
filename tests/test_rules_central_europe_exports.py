"""Classes from the blind batch s86 (US boards, Eastern Europe and the Balkans, CSV/JSONL/TSV exports), opened in the
seventh session of 2026-12-06, each in phrasings of our own: a plural acronym ("APIs") is no region code, a seat's address
after "head office:" is no place of work, names whose capitals lie outside Latin-1 ("Łódź", "Žabljak"), hiring verbs of
Central and Eastern Europe, a heading's bilingual shift row, one job in three languages between slashes, an employer in
quotes after the heading's dash, more local posted-date labels and headcount words, spreadsheet exports' column names,
a skills column of chips, a "Computer skills:" item, "Required documents", bullets under a description's paragraph and
an inline bullet that opens on its amount."""

from __future__ import annotations

import pytest

from tests.rule_helpers import extracted_record as _record, places, rule_value


@pytest.mark.parametrize("tools", ["Agile, Jira, Figma, APIs", "Power BI, SQL, KPIs", "Kafka, Go, gRPC, REST APIs"])
def test_a_plural_acronym_is_no_region_code(tools):
    text = f"Product Analyst\nHarbor Analytics\nBoston, MA\n\nTop Skills: {tools}\n\nAbout the role\nYou will own our metrics.\n"
    assert places(text) == [("Boston", "Massachusetts", "United States")]


def test_an_address_after_the_head_office_label_is_no_place_of_work():
    text = ("Warehouse Operative\nLagerhaus Logistik GmbH\nPlace of work: Graz, Austria\n\nDuties\n- Pick and pack orders\n\n"
            "Send your CV to jobs@lagerhaus.example. Vienna head office: 1030 Wien, Rennweg 12.\n")
    assert [p[0] for p in places(text)] == ["Graz"]


@pytest.mark.parametrize(
    "sentence, company",
    [
        ("Obec Štrba vyhlasuje výberové konanie na pozíciu účtovníka.", "Obec Štrba"),
        ("Miasto Łomianki poszukuje kandydatów na stanowisko księgowej.", "Miasto Łomianki"),
        ("Općina Žminj zapošljava referenta za komunalne poslove.", "Općina Žminj"),
        ("Acme Logistique recherche un chef d'équipe pour son entrepôt.", "Acme Logistique"),
    ],
)
def test_a_hiring_verb_of_central_or_eastern_europe_names_the_employer(sentence, company):
    text = f"Accountant\n\n{sentence}\n\nRequirements:\n- Secondary education\n- 2 years of experience\n"
    assert rule_value("company", text) == company


def test_a_headings_tail_that_repeats_a_bilingual_shift_row_is_cut():
    text = ("Gépkezelő / Machine Operator (2 műszak)\n\nMunkarend / Schedule: 2 műszak (6–14, 14–22), heti 40 óra / two shifts, "
            "40 hours per week\nMunkavégzés helye / Place of work: Győr\n\nFeladatok / Duties\n- Operate the press line\n")
    assert rule_value("title", text) == "Gépkezelő / Machine Operator"


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Pardavėjas / Продавец / Sales Assistant", "Pardavėjas / Продавец / Sales Assistant"),
        ("Σερβιτόρος / Kelner / Waiter", "Σερβιτόρος / Kelner / Waiter"),
    ],
)
def test_one_job_named_in_three_languages_is_no_breadcrumb(heading, title):
    text = f"{heading}\n\nWe run a busy shop in the old town.\n\nDuties:\n- Serve customers\n- Keep the shelves stocked\n"
    assert rule_value("title", text) == title


def test_a_breadcrumb_trail_still_gives_way_to_the_heading_under_it():
    text = "Home / Jobs / Retail\n\nSales Assistant\nKaunas\n\nDuties:\n- Serve customers\n"
    assert rule_value("title", text) == "Sales Assistant"


@pytest.mark.parametrize(
    "heading, title, company",
    [
        ('Barista – kafejnīca "Zaļā Pupa", 3 vakances', "Barista", "Zaļā Pupa"),
        ("Cook - Restoran «Stari Mlin»", "Cook", "Stari Mlin"),
    ],
)
def test_an_employer_in_quotes_after_the_headings_dash(heading, title, company):
    text = (f"{heading}\n\nWe serve breakfast and lunch in the town centre; {company} is open seven days a week.\n\n"
            "Requirements:\n- Experience in a café\n- Friendly manner\n")
    record = _record(text)
    assert (record["title"], record["company"]) == (title, company)


@pytest.mark.parametrize(
    "label, raw, iso",
    [
        ("Datums", "04.11.2026", "2026-11-04"),
        ("Publicēts", "12.10.2026", "2026-10-12"),
        ("Objavljeno", "03.09.2026.", "2026-09-03"),
    ],
)
def test_local_posted_date_labels(label, raw, iso):
    text = f"Storekeeper\nRiga\n\n{label}: {raw}\n\nDuties:\n- Receive goods\n- Keep stock records\n"
    assert _record(text)["date_posted"] == iso


@pytest.mark.parametrize("count", ["2 izvršitelja", "3 vakances", "4 fő"])
def test_headcount_words_of_more_languages_are_cut(count):
    text = f"Electrician ({count})\n\nDuties:\n- Wire new buildings\n- Test installations\n"
    assert rule_value("title", text) == "Electrician"


def test_a_spreadsheet_export_with_a_business_column_and_slashed_header_names():
    text = ("Req #\tPosition\tBusiness\tTown\tState\tHours/wk\tPay\n"
            "HB-77\tKitchen Hand (Early Starts)\tHarbour Bites Cafe\tDevonport\tTAS\t20\t$29.50/hr\n")
    record = _record(text)
    assert (record["title"], record["company"]) == ("Kitchen Hand", "Harbour Bites Cafe")


def test_a_location_column_beside_a_state_column_is_the_town():
    text = ("Ref,Role,Company,Location,State,Type\nNW-1,Farm Hand,Green Acre Farms,Scottsdale,TAS,Casual\n\n"
            "About the role\nYou will pick and pack fruit.\n")
    assert places(text) == [("Scottsdale", "Tasmania", "Australia")]


def test_a_skills_column_of_chips_gives_no_list_items():
    text = ("Network Engineer\nRiverbend Health\nDenver, CO\n\nSkills\nCisco\nJuniper\nBGP\nPalo Alto\n\n"
            "Riverbend Health runs six hospitals across the Front Range and is moving its clinics onto a new WAN.\n\n"
            "Requirements\n* 5+ years of enterprise network experience\n* CCNP certification\n")
    assert _record(text)["minimum_qualifications"] == ["5+ years of enterprise network experience", "CCNP certification"]


def test_a_requirement_labelled_by_its_subject_keeps_the_label():
    text = ("Office Clerk\n\nRequirements:\n1. Secondary education\n2. Computer skills: Word, Excel and e-mail\n"
            "3. Language knowledge: English at B1 level\n")
    assert _record(text)["minimum_qualifications"] == [
        "Secondary education", "Computer skills: Word, Excel and e-mail", "Language knowledge: English at B1 level",
    ]


@pytest.mark.parametrize("heading", ["Required documents:", "Documents required:", "Potrebni dokumenti / Supporting documents:"])
def test_the_documents_to_send_are_no_qualifications(heading):
    text = ("Librarian\n\nRequirements:\n- University degree in library science\n- 1 year of experience\n\n"
            f"{heading}\n- CV\n- copy of the diploma\n- signed consent form\n")
    assert _record(text)["minimum_qualifications"] == ["University degree in library science", "1 year of experience"]


def test_bullets_under_a_description_paragraph_are_its_duties():
    text = ("Pharmacy Assistant\n\nOpis posla / Job description:\nApoteka Centar is a family pharmacy in the old town.\n"
            "- izdavanje lijekova / dispensing medicines on prescription\n- prijem robe / receiving deliveries\n"
            "- vođenje zaliha / stock records\n- rad na kasi / working the till\n\n"
            "Uslovi / Requirements:\n- pharmacy technician school\n")
    assert _record(text)["responsibilities"] == [
        "izdavanje lijekova / dispensing medicines on prescription", "prijem robe / receiving deliveries",
        "vođenje zaliha / stock records", "rad na kasi / working the till",
    ]


def test_a_flattened_cells_heading_before_an_item_that_opens_on_its_amount():
    text = ("Ref\tRole\tCompany\tAd text\nK-1\tKitchen Porter\tBlue Gum Cafe\tWe need a kitchen porter for our busy cafe in the "
            "city centre, mornings only, starting in January next year. What you will do • Wash dishes and pots • Keep the "
            "kitchen floor clean • Take out the rubbish What we need • Reliable attendance • Able to lift 15 kg • A food "
            "hygiene certificate is desirable for this job What we offer • $27.50 - $28.90 per hour plus super • Free "
            "breakfast every shift\n")
    record = _record(text)
    assert "A food hygiene certificate is desirable for this job" in record["preferred_qualifications"]
    assert not any("$27.50" in item for item in record["minimum_qualifications"] + record["preferred_qualifications"])


def test_perks_bulleted_under_a_description_paragraph_are_no_duties():
    text = ("Java Developer\nBrightpath Consulting\n\nDescription\nWe place consultants with banks in New York.\n"
            "- Medical and dental insurance\n- Referral program for employees\n- Green card filing after six months\n"
            "- Dedicated recruiter and HR manager\n")
    assert _record(text)["responsibilities"] == []
