"""Classes from the blind batches s103 (public-sector and school-district boards of the US and Canada; the US Virgin
Islands and the Dutch and British Caribbean; chat message exports) and s104 (retail and call-centre boards of France,
Belgium, Spain, Portugal and Italy; West African notices; document-converter outputs), opened in the fourth session of
2026-12-07, each in phrasings of our own: a details block whose labels and values are apart by a space only, a county
beside a state, a form's "allowed? No", labels and job nouns of public boards, an office at the foot of the page, a
body's number before its name, US Virgin Islands places, funding tags in titles, a capitals letterhead over "The …" in
the body, a classifieds page of several ads, letter-only reference codes, work-permit applications, chat exports
(Rocket.Chat, Webex, Skype rich text), list leads and eligibility paragraphs, French weekly hours, Spanish schedules,
Brussels communes, Portuguese and Italian titles and addresses, sentence-case Romance titles, the new leone, board
badges, the escudo's cifrão, Portuguese and Italian section headings, waived requirements and a role paragraph over its
duty list."""

from __future__ import annotations

import json

import pytest

from tests.rule_helpers import extracted_record, places, posting, rule_value

_DETAILS_BLOCK = (
    "Vacancy Details\n\nPosted On 11/20/26\nVacancy ID 77120\n\n"
    "Agency Parks, Recreation and Historic Preservation, Office of\n"
    "Title Park Ranger 2 (Trails) - 3 Vacancies\n"
    "Occupational Category Public Safety\n"
    "Salary Grade 14\n"
    "Bargaining Unit CSEA - Operational Services\n"
    "Salary Range From $48,100 to $61,200 Annually\n"
    "Employment Type Full-Time\n"
    "Appointment Type Permanent\n"
    "Workweek Mon-Fri\n"
    "Hours Per Week 40\n"
    "Telecommuting allowed? No\n"
    "County Erie\n"
    "City Buffalo\n"
    "State NY\n"
    "Zip Code 14202\n\n"
    "Duties Description\nPatrol trails and campgrounds and enforce park rules.\n"
)


def test_a_details_block_with_labels_apart_by_a_space_only():
    record = extracted_record(_DETAILS_BLOCK)
    assert record["title"] == "Park Ranger 2 (Trails)"
    assert record["company"] == "Parks, Recreation and Historic Preservation, Office of"
    assert record["weekly_hours"] == 40.0
    assert record["workplace"] is None  # a form's "Telecommuting allowed? No" states no workplace
    assert [(p["city"], p["region"]) for p in record["locations"]] == [("Buffalo", "New York")]  # the county lies inside the state


@pytest.mark.parametrize(
    "line, value",
    [
        ("Recruitment #          27-004411-0002", "27-004411-0002"),
        ("Please quote Ref: GMS-CSR with your application.", "GMS-CSR"),
        ("Reference: FULL-TIME", None),
    ],
)
def test_public_board_and_letter_only_reference_codes(line, value):
    assert rule_value("job_id", posting("Wildlife Aide\nState Parks Service\n" + line)) == value


def test_a_paraprofessional_heading_and_the_district_office_at_the_foot():
    text = ("K12 Jobs\n\nParaprofessional - Autism Support (Full Time)\nLakeview School District 91\nMeadow Elementary School, Joliet, IL\n\n"
            "About the Position\nSupport students in a self-contained classroom.\n\nDistrict Office: 12 Main Street, Aurora, IL 60505 | HR: (630) 555-0100\n")
    record = extracted_record(text)
    assert record["title"] == "Paraprofessional - Autism Support"
    assert [p["city"] for p in record["locations"]] == ["Joliet"]


def test_a_bodys_number_before_its_name_in_a_field():
    text = posting("Agrologist - Crop Protection\nGovernment of Saskatchewan\nMinistry: 045 Agriculture",
                   "About the role\nThe Ministry of Agriculture's crop branch is hiring an agrologist.\n")
    assert rule_value("company", text) == "Ministry of Agriculture"


@pytest.mark.parametrize(
    "line, place",
    [
        ("Duty Station: Frederiksted, St. Croix, USVI", ("Frederiksted", "St. Croix", "U.S. Virgin Islands")),
        ("Location: Cruz Bay, St. John, U.S. Virgin Islands", ("Cruz Bay", "St. John", "U.S. Virgin Islands")),
        ("Lieu de travail : Ixelles, Région de Bruxelles-Capitale", ("Ixelles", "Brussels-Capital Region", "Belgium")),
        ("Local de trabalho: Avenida da Liberdade 120, 4715-037 Braga, Portugal", ("Braga", None, "Portugal")),
        ("Luogo di lavoro: Collegno (TO)", ("Collegno", None, None)),
        ("Duty Stations: Bo (Bo Road branch) and Kenema (Hangha Road branch), Sierra Leone", ("Kenema", None, "Sierra Leone")),
    ],
)
def test_a_place_line(line, place):
    assert place in places(posting("Store Assistant\n" + line))


def test_a_funding_tag_and_a_capitals_letterhead_over_the_bodys_article():
    text = ("ISLAND FOOD SECURITY TRUST, INC.\nP.O. Box 204, Christiansted, St. Croix, VI 00821\n\nVACANCY NOTICE\n\n"
            "POSITION TITLE:   Farm Outreach Officer (Grant-Funded)\nDUTY STATION:   Frederiksted, St. Croix\n\n"
            "ABOUT US\nThe Island Food Security Trust supports small farmers across the Territory.\n\n"
            "The Island Food Security Trust is an equal opportunity employer.\n")
    record = extracted_record(text)
    assert record["title"] == "Farm Outreach Officer"
    assert record["company"] == "Island Food Security Trust"


def test_a_classifieds_page_of_several_ads_between_rules():
    rule = "-" * 40
    text = (f"Island Gazette | Classifieds\nHome  News  Classifieds\n\n{rule}\nBOAT CAPTAIN WANTED\nCharter company seeks a captain for day trips. Call 555-0144.\n"
            f"Posted: Monday 30th November 2026\n{rule}\n\nPASTRY COOK – FULL-TIME\nSeaview Bakery Ltd.\nLocation: West Bay, Cayman Islands\n"
            "Posted: Tuesday 1st December 2026\n\nSeaview Bakery is a busy bakery on the beach road. We are looking for a Pastry Cook to join our "
            "early-morning team of four, baking breads, pastries and cakes for the shop and two hotels.\n\nDuties:\n~ Prepare doughs and laminated pastry\n"
            "~ Bake to the daily production plan\n~ Keep the kitchen clean to food-safety standards\n\nRequirements:\n~ Two years of bakery experience\n"
            f"~ Food handler's certificate\n\nEmail your CV to jobs@seaview.example.\n\n{rule}\nGARDENER\nPart-time gardener for a villa. Text 555-0199.\n"
            f"Posted: Tuesday 1st December 2026\n{rule}\n\nShowing 3 of 12 ads\n")
    record = extracted_record(text)
    assert record["title"] == "PASTRY COOK"
    assert record["date_posted"] == "2026-12-01"


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("No work permit application will be made for this post.", False),
        ("A work permit application will be made for the successful candidate.", True),
    ],
)
def test_work_permit_applications(sentence, value):
    assert rule_value("visa_sponsorship", posting("Cashier\nHarbour Mart", "About the role\n" + sentence + "\n")) is value


_AD = ("We're hiring: Data Engineer (Python)\\n\\nCompany: Rio Claro Analytics\\nLocation: Porto, Portugal\\n\\nWe build forecasting "
       "tools for retailers and need an engineer to own our pipelines and warehouse.\\n\\nWhat you'll do\\n• Build ingestion jobs in Python\\n"
       "• Model data in dbt\\n• Run our Airflow deployment\\n\\nWhat we're looking for\\n• 3+ years of data engineering\\n• Good SQL")


def test_a_rocket_chat_history_dates_the_posting_by_its_own_message():
    text = json.dumps({"messages": [
        {"_id": "a1", "msg": "thanks, shared it", "ts": "2026-12-05T10:00:00.000Z", "u": {"username": "ana"}},
        {"_id": "a2", "msg": _AD.replace("\\n", "\n"), "ts": "2026-12-03T09:00:00.000Z", "u": {"username": "rui"}},
        {"_id": "a3", "msg": "is it remote?", "ts": "2026-12-01T08:00:00.000Z", "u": {"username": "joao"}},
    ], "count": 3, "success": True}, indent=2, ensure_ascii=False)
    assert extracted_record(text)["date_posted"] == "2026-12-03"


def test_a_webex_reply_of_two_messages_dates_the_posting_by_its_own_created():
    text = json.dumps({"items": [
        {"id": "m1", "text": "shared with the alumni list", "created": "2026-12-04T18:00:00.000Z"},
        {"id": "m2", "text": _AD.replace("\\n", "\n"), "markdown": "**" + _AD.replace("\\n", "\n") + "**", "created": "2026-12-02T16:00:00.000Z"},
    ]}, indent=2, ensure_ascii=False)
    assert extracted_record(text)["date_posted"] == "2026-12-02"


def test_a_skype_export_with_rich_text_messages_reads_as_the_posting():
    ad = ("<b>VACANCY: FIELD COORDINATOR (NUTRITION) – 12-MONTH CONTRACT</b>\nLakeside Child Health Trust (LCHT)\nLocation: Kisumu, Kenya\n\n"
          "LCHT is looking for a Field Coordinator to run its nutrition screening in three sub-counties.\n\nResponsibilities\n- Plan screening days\n"
          "- Supervise ten volunteers\n- Report monthly to the programme manager\n\nApply to <a href=\"mailto:jobs@lcht.example\">jobs@lcht.example</a>")
    text = json.dumps({"userId": "8:live:.cid.1", "exportDate": "2026-12-06T09:00:00Z", "conversations": [{"id": "19:x@thread.skype", "MessageList": [
        {"id": "1", "originalarrivaltime": "2026-12-05T11:00:00.000Z", "messagetype": "RichText", "content": "Is this open to Ugandans?"},
        {"id": "2", "originalarrivaltime": "2026-12-04T08:00:00.000Z", "messagetype": "RichText", "content": ad},
        {"id": "3", "originalarrivaltime": "2026-12-04T07:00:00.000Z", "messagetype": "RichText", "content": "Morning all"},
    ]}]}, indent=2, ensure_ascii=False)
    record = extracted_record(text)
    assert record["date_posted"] == "2026-12-04"
    assert record["title"] == "FIELD COORDINATOR (NUTRITION)"
    assert record["company"] == "Lakeside Child Health Trust"


def test_a_comments_heading_ends_the_preferred_list_and_a_lead_sentence_is_no_item():
    text = posting("Chemist 1\nDepartment of Health", "Preferred Qualifications\nPreference will be given to applicants who possess the following "
                   "preferred qualification(s).\n- Experience with GC-MS.\n- Familiarity with LIMS.\n\nAdditional Comments\n"
                   "This posting may be used to fill future vacancies.\n")
    assert extracted_record(text)["preferred_qualifications"] == ["Experience with GC-MS.", "Familiarity with LIMS."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Candidates must be legally allowed to work in Aruba. No work permit application will be made for this position.",
        "We can't sponsor visas for this role: you need the right to work in the EU.",
    ],
)
def test_a_right_to_work_paragraph_after_the_list_is_a_minimum_item(paragraph):
    text = posting("Customs Clerk\nHarbour Logistics N.V.", "Requirements\n1. Secondary school diploma.\n2. Two years in a freight office.\n\n"
                   + paragraph + "\n\nWe offer\n- A permanent position\n")
    assert paragraph.split(". No work")[0].rstrip(".") in [item.rstrip(".") for item in extracted_record(text)["minimum_qualifications"]]


@pytest.mark.parametrize(
    "line, hours",
    [
        ("Vendeur (H/F) - CDI 35h", 35.0),
        ("CDI          Temps plein · 39h      2 000 € brut / mois", 39.0),
    ],
)
def test_a_french_weeks_hours_after_the_contract(line, hours):
    assert rule_value("weekly_hours", posting("Vendeur (H/F)\n" + line)) == hours


@pytest.mark.parametrize(
    "line, value",
    [
        ("Jornada: Parcial - Mañana", "part_time"),
        ("Jornada: Completa", "full_time"),
        ("Part-time, seasonal: 1 April – 30 September 2027", "temporary"),
    ],
)
def test_schedules(line, value):
    assert rule_value("employment_type", posting("Dependiente\n" + line)) == value


def test_a_belgian_upper_secondary_diploma():
    assert rule_value("education_level", posting("Agent (m/f/x)\nNiveau d'études: Secondaire supérieur")) == "high_school"


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Operador de Loja (m/f) - Tempo inteiro", "Operador de Loja (m/f)"),
        ("ADDETTI/E MAGAZZINO PART TIME 30H – 3 RISORSE", "ADDETTI/E MAGAZZINO"),
        ("Preparador/a de pedidos almacén - Turno noche", "Preparador/a de pedidos almacén"),
    ],
)
def test_romance_titles_and_their_tags(heading, title):
    assert extracted_record("Empleo\n\n" + heading + "\nAcme · Madrid\n\nSobre el puesto\nBuscamos personas.\n")["title"] == title


def test_an_agencys_client_after_ricerca_per():
    text = posting("ADDETTI/E VENDITA", "Descrizione\nAlfa Lavoro S.p.A. – Filiale di Milano ricerca, per Bottega Verde, catena di negozi, 3 addetti vendita.\n")
    assert rule_value("company", text) == "Bottega Verde"


def test_the_new_leone_and_a_verified_badge():
    text = posting("Cashier\nPosted by: Lumley Traders (Verified business ✔)", "Pay\nSalary: NLe 3,000 – NLe 3,600 per month\n")
    record = extracted_record(text)
    assert record["salary"]["currency"] == "SLE"
    assert record["company"] == "Lumley Traders"


def test_an_escudo_figure_is_no_us_dollar_and_a_capitals_letterhead_the_body_repeats():
    text = ("REPÚBLICA DE CABO VERDE\nCÂMARA MUNICIPAL DO TARRAFAL\n\nAVISO DE CONCURSO\nData de publicação: 03/11/2026\n\n"
            "Remuneração: 48.000$00 mensais.\n\nO Técnico presta atendimento presencial aos munícipes.\n\n"
            "As candidaturas são dirigidas ao Presidente da Câmara Municipal do Tarrafal.\n")
    record = extracted_record(text)
    assert record["date_posted"] == "2026-11-03"
    assert record["company"] == "Câmara Municipal do Tarrafal"
    assert record["workplace"] is None  # in-person service to citizens is no workplace


def test_a_capitals_letterhead_the_footer_address_repeats():
    text = ("RIVERSIDE HOME STORE\n\nWe're hiring! Christmas Sales Assistant\n\nPart-time, temporary · 20 hours per week\n\n"
            "Help customers and keep the shop floor tidy.\n\nRiverside Home Store, Mill Lane, Ludlow SY8 1BB · 01584 000 111\n")
    assert extracted_record(text)["company"] == "Riverside Home Store"


def test_portuguese_and_italian_section_headings():
    text = posting("Técnico Administrativo", "4. Conteúdo funcional\na) Registar requerimentos;\nb) Atender o público.\n\n5. Requisitos gerais de admissão\n"
                   "a) Ter idade igual ou superior a 18 anos;\nb) Possuir o 12.º ano de escolaridade.\nc) Um curso de atendimento constitui fator preferencial.\n")
    record = extracted_record(text)
    assert "Ter idade igual ou superior a 18 anos" in record["minimum_qualifications"]
    assert record["preferred_qualifications"] == ["Um curso de atendimento constitui fator preferencial."]
    italian = posting("ADDETTI VENDITA", "Le risorse si occuperanno di:\n- accoglienza dei clienti;\n- attività di cassa.\n")
    assert extracted_record(italian)["responsibilities"] == ["accoglienza dei clienti", "attività di cassa."]


@pytest.mark.parametrize("item", ["No experience required: we train you on day one", "No se requiere experiencia: te formamos el primer día"])
def test_a_waived_requirement_is_no_item(item):
    text = posting("Picker", "Requirements\n• " + item + "\n• Available for night shifts\n• Able to lift 20 kg\n")
    assert extracted_record(text)["minimum_qualifications"] == ["Available for night shifts", "Able to lift 20 kg"]


def test_a_role_paragraph_over_its_duty_list_is_no_duty():
    text = posting("Agent Service Clientèle", "Votre fonction\nEn tant qu'agent, vous êtes la voix de notre marque. Vous traitez les appels entrants.\n\n"
                   "Vos tâches\n• Vous répondez aux appels entrants\n• Vous traitez les e-mails\n")
    assert extracted_record(text)["responsibilities"] == ["Vous répondez aux appels entrants", "Vous traitez les e-mails"]


def _pdf_line(top: int, left: int, text: str, height: int = 14) -> str:
    return f'<text top="{top}" left="{left}" width="200" height="{height}" font="2">{text}</text>'


def test_a_pdftohtml_page_in_two_columns_reads_each_column_whole():
    rows = [_pdf_line(40, 56, "<b>PARK CAFE</b>", 30), _pdf_line(90, 56, "<b>Kitchen Porter (Summer 2027)</b>", 22),
            _pdf_line(200, 56, "<b>WHAT YOU’LL DO</b>", 16), _pdf_line(200, 470, "<b>ABOUT YOU</b>", 16)]
    duties = ["• Wash pots and pans", "• Keep the kitchen floor clean", "• Put away deliveries"]
    needs = ["• Reliable and on time", "• Happy to work weekends", "• Able to stand for long shifts"]
    for k, (duty, need) in enumerate(zip(duties, needs)):
        rows += [_pdf_line(224 + 18 * k, 56, duty), _pdf_line(224 + 18 * k, 470, need)]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE pdf2xml SYSTEM "pdf2xml.dtd">\n<pdf2xml producer="poppler">\n'
            '<page number="1" position="absolute" top="0" left="0" height="1263" width="892">\n' + "\n".join(rows) + "\n</page>\n</pdf2xml>\n")
    record = extracted_record(text)
    assert record["responsibilities"] == [d[2:] for d in duties]
    assert record["minimum_qualifications"] == [n[2:] for n in needs]


def test_a_provinces_code_in_capitals_is_no_two_letter_town():
    assert places(posting("Impiegato/a contabile\nSan Lazzaro di Savena (BO), Emilia-Romagna")) == [("San Lazzaro di Savena", "Emilia-Romagna", "Italy")]


# s105 (technology and startup boards of South Asia; small European states; typed API records), opened in the same session


def test_a_firestore_document_reads_as_labelled_lines():
    text = json.dumps({"name": "projects/acme/databases/(default)/documents/jobs/Xy12", "fields": {
        "heading": {"stringValue": "Wind Turbine Technician"},
        "jobCode": {"stringValue": "WT-TECH-0031"},
        "location": {"mapValue": {"fields": {"city": {"stringValue": "Port Elizabeth"}, "province": {"stringValue": "Eastern Cape"},
                                             "country": {"stringValue": "South Africa"}}}},
        "hoursPerWeek": {"integerValue": "44"},
        "pay": {"mapValue": {"fields": {"min": {"doubleValue": 88.5}, "max": {"integerValue": "110"}, "currency": {"stringValue": "ZAR"},
                                        "unit": {"stringValue": "per hour"}}}},
        "postedAt": {"timestampValue": "2026-11-20T06:30:00Z"},
        "duties": {"arrayValue": {"values": [{"stringValue": "Service turbines on a rota"}, {"stringValue": "Log faults in the maintenance system"}]}},
    }, "createTime": "2026-11-20T06:30:00Z"}, indent=2)
    record = extracted_record(text)
    assert record["job_id"] == "WT-TECH-0031"
    assert record["weekly_hours"] == 44.0
    assert record["date_posted"] == "2026-11-20"
    assert record["salary"] == {"min": 88.5, "max": 110.0, "currency": "ZAR", "period": "hour"}
    assert record["responsibilities"] == ["Service turbines on a rota", "Log faults in the maintenance system"]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("For nationals from outside the EEA we cannot apply for a work permit for this internship.", False),
        ("The employer applies for the work permit on the hired candidate's behalf.", True),
    ],
)
def test_who_applies_for_the_work_permit(sentence, value):
    assert rule_value("visa_sponsorship", posting("Marketing Intern\nAlpen Werke AG", "About the role\n" + sentence + "\n")) is value


def test_hours_written_in_two_languages():
    assert rule_value("weekly_hours", posting("Praktikant/in\nPensum / Workload: 100% (40 Stunden / hours per week)")) == 40.0


def test_a_san_marino_castello_and_the_republics_name():
    assert places(posting("Farmacista\nSede di lavoro / Place of work: Domagnano, Repubblica di San Marino")) == [("Domagnano", None, "San Marino")]


@pytest.mark.parametrize(
    "heading, title",
    [
        ("QA Engineer - Immediate Hiring", "QA Engineer"),
        ("Assistant(e) de Direction (H/F) – CDD 9 mois", "Assistant(e) de Direction (H/F)"),
    ],
)
def test_title_tails(heading, title):
    assert extracted_record(heading + "\nAcme · Monaco\n\nAbout the role\nWe are hiring.\n")["title"] == title


def test_a_bilingual_heading_and_a_preference_mark_on_the_first_half():
    text = posting("Fastighetsskötare / Caretaker", "Vi önskar att du har / We would like you to have:\n- B-körkort / Category B driving licence\n"
                   "- Goda kunskaper i svenska / Good Swedish\n- Truckkort är meriterande / A forklift licence is a merit\n")
    record = extracted_record(text)
    assert record["minimum_qualifications"] == ["B-körkort / Category B driving licence", "Goda kunskaper i svenska / Good Swedish"]
    assert record["preferred_qualifications"] == ["Truckkort är meriterande / A forklift licence is a merit"]


def test_the_right_to_live_and_work_after_the_list():
    text = posting("Farm Mechanic\nIsland Agri Ltd", "Requirements\n- Three years repairing tractors\n- Full driving licence\n\n"
                   "Applicants must already have the right to live and work in Guernsey.\n")
    assert "Applicants must already have the right to live and work in Guernsey." in extracted_record(text)["minimum_qualifications"]


def test_a_json_api_document_names_its_related_resources():
    text = json.dumps({
        "jsonapi": {"version": "1.1"},
        "data": {"type": "job-postings", "id": "51", "attributes": {
            "title": "Claims Analyst", "reference": "CL-2026-07", "description": "About the role\nYou will review motor claims.\n"},
            "relationships": {"company": {"data": {"type": "companies", "id": "9"}},
                              "department": {"data": {"type": "departments", "id": "3"}},
                              "locations": {"data": [{"type": "locations", "id": "4"}]}}},
        "included": [
            {"type": "companies", "id": "9", "attributes": {"name": "Harbour Mutual", "hq-city": "Mombasa"}},
            {"type": "departments", "id": "3", "attributes": {"name": "Motor Claims"}},
            {"type": "locations", "id": "4", "attributes": {"city": "Kisumu", "country-name": "Kenya"}},
            {"type": "users", "id": "77", "attributes": {"display-name": "A. Recruiter", "role": "Talent Partner"}},
        ],
        "meta": {"internal-band": "G6"},
    }, indent=2)
    record = extracted_record(text)
    assert record["company"] == "Harbour Mutual"
    assert record["team"] == "Motor Claims"
    assert [(p["city"], p["country"]) for p in record["locations"]] == [("Kisumu", "Kenya")]


def test_an_xml_rpc_record_with_an_escaped_html_description():
    def member(name: str, value: str) -> str:
        return f"<member>\n<name>{name}</name>\n<value>{value}</value>\n</member>\n"

    description = ("&lt;p&gt;We build irrigation controllers.&lt;/p&gt;\n&lt;p&gt;&lt;b&gt;Location:&lt;/b&gt; Poznań, Poland&lt;/p&gt;\n"
                   "&lt;p&gt;&lt;b&gt;Your tasks&lt;/b&gt;&lt;/p&gt;\n&lt;ul&gt;\n&lt;li&gt;Write firmware in C&lt;/li&gt;\n"
                   "&lt;li&gt;Test boards in the lab&lt;/li&gt;\n&lt;/ul&gt;")
    text = ("<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><array><data>\n<value><struct>\n"
            + member("id", "<int>12</int>") + member("name", "<string>Firmware Developer</string>")
            + member("department_id", "<array><data>\n<value><int>3</int></value>\n<value><string>Controls Engineering</string></value>\n</data></array>")
            + member("x_posted_on", "<string>2026-10-05</string>") + member("website_published", "<boolean>1</boolean>")
            + member("description", f"<string>{description}</string>")
            + "</struct></value>\n</data></array></value>\n</param>\n</params>\n</methodResponse>\n")
    record = extracted_record(text)
    assert record["title"] == "Firmware Developer"
    assert record["team"] == "Controls Engineering"
    assert record["date_posted"] == "2026-10-05"
    assert record["responsibilities"] == ["Write firmware in C", "Test boards in the lab"]
