"""Classes from the blind batches s112 (manufacturing boards of Latin America and Central Europe; Indian Ocean notices;
Exchange, Gmail and JMAP mail replies), s113 (security and facilities boards; Caribbean notices; curl, n8n and Step
Functions replies), s114 (Nordic and Baltic retail boards; Central Asian notices; OneNote, Joplin and Ansible output) and
s115 (education boards; South Asian notices; grpcurl, parquet-tools and ActivityPub replies), opened in the sixth session
of 2026-12-07, each in phrasings of our own: trade job nouns of more languages, shift tags and headcounts after a title,
"our client X" in more languages, a mail server's message flags, API replies whose strings hold HTML, curl's verbose
trace and Ansible's debug print around a posting, rupee/dirham/som marks read by the posting's country, labelled places
after a site, street or postcode, a site's menu of places and its search form, office addresses and travel destinations
that are no place of work, Arabic labels, Austrian minimum-salary sentences, pay-scale steps, part-time days on site."""

from __future__ import annotations

import json

import pytest

from tests.rule_helpers import extracted_record, places, posting, rule_value

TITLE_CASES = [
    # trade nouns of Portuguese, Czech, Polish, Hungarian, Lithuanian and Arabic boards, with their shift and count tails cut
    ("pt_inspector", "Inspetora de Solda - 3º Turno\nFundição Vale do Aço Ltda.\n\nAtividades:\n- inspecionar soldas", "Inspetora de Solda"),
    ("cz_setter_shift_tail", "Seřizovač lisů – dvousměnný provoz\nKovolis Hranice s.r.o.\n\nNáplň práce\n- seřizování lisů", "Seřizovač lisů"),
    ("pl_shift_tail", "Spawacz MIG/MAG – zmiana nocna\nStalbud Opole Sp. z o.o.\n\nObowiązki:\n- spawanie konstrukcji", "Spawacz MIG/MAG"),
    ("lt_count_tail", "SANDĖLININKAS (-Ė), 3 darbuotojai\nUAB „Baltų prekyba“\n\nPareigos:\n- prekių priėmimas", "SANDĖLININKAS (-Ė)"),
    ("lv_part_time_tail", "Kasieris – nepilna slodze, vakara maiņas\nSIA Rīgas Maize\n\nPienākumi:\n- klientu apkalpošana", "Kasieris"),
    ("ar_count_tail", "سائق توصيل – دوام ليلي – مطلوب 4 أفراد\nشركة النخبة للتوصيل\n\nالمهام:\n• توصيل الطلبات", "سائق توصيل"),
    # a heading in Arabic over its English line: the English line
    ("ar_over_english", "مطلوب محاسب – دوام كامل\nAccountant – Full Time\n\nالمهام / Duties:\n- إعداد القيود", "Accountant"),
    # a breadcrumb trail ending in a town names no job; the heading under it does
    ("trail_ends_in_town", "Home / Jobs / Engineering / Debrecen\n\nFolyamatmérnök – gépgyártás\nHirdető: Munkaerő Partner Kft.\n\nFeladatok:\n- folyamatok fejlesztése",
     "Folyamatmérnök – gépgyártás"),
    ("internal_vacancy_subject", "INTERNAL VACANCY: Stores Clerk – Spare Parts\nTasman Bearings Limited\n\nWhat you'll do\n- Issue parts to the workshop", "Stores Clerk – Spare Parts"),
    # an Australian university's tenure tail, a year after "Fixed Term"; a workload in brackets stays
    ("continuing_tail", "Senior Lecturer in Nursing (Level C) - Full-time, Continuing\nSouthern Cross Institute\n\nKey duties\n- Teach", "Senior Lecturer in Nursing (Level C)"),
    ("fixed_term_year_tail", "Library Technician (0.8 FTE) - Part Time, Fixed Term 2028\nBayside Grammar\n\nPosition type: Part Time, Fixed Term\nHours: 0.8 FTE\n\nKey duties\n- Shelve",
     "Library Technician (0.8 FTE)"),
    ("azeri_branch_tail", "Kassir / Cashier (Gəncə filialı)\nBazarStore MMC\n\nVəzifələr:\n- kassa əməliyyatları", "Kassir / Cashier"),
    ("casual_relief_tail", "Disability Support Worker - Casual/Relief\nHarbourlight Care\n\nWhat you will do:\n- Support clients", "Disability Support Worker"),
    ("french_start_tail", "MAÇON VRD (H/F) – CDI – DÉMARRAGE IMMÉDIAT\nTerrassements du Nord\n\nMissions :\n- poser les réseaux", "MAÇON VRD (H/F)"),
    # a post's name labelled after its translation ("পদের নাম / Name of the post:")
    ("translated_post_label", "JOB CIRCULAR\n\nপদের নাম / Name of the post: Data Officer – Nutrition\nকর্মস্থল / Place of work: Rangpur, Bangladesh\n\nResponsibilities\n- Enter data",
     "Data Officer – Nutrition"),
]


@pytest.mark.parametrize("name, text, title", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_titles(name, text, title):
    assert rule_value("title", text) == title


COMPANY_CASES = [
    ("hu_partner", "Karbantartó\nHirdető: Munkaerő Partner Kft.\n\nPartnerünk, a Dunamenti Öntöde Kft. részére keresünk karbantartót.", "Dunamenti Öntöde Kft."),
    ("pl_client", "Operator CNC\n\nDla naszego klienta, Metalplast Gniezno, poszukujemy operatora maszyn CNC.", "Metalplast Gniezno"),
    ("kind_before_quotes", "Повар\nКомпания: кафе-пекарня «Тёплый Хлеб»\nГрафик: 2/2\n\nТребования:\n- опыт от 1 года", "Тёплый Хлеб"),
    # an "Apply" button under the heading is no employer; the body's "X ships …" names it
    ("apply_button", "NORDKYST SPORT\nLedige stillinger  |  Om os\n\nLagermedarbejder – aftenhold\n\nAnsøg stillingen\n\nArbejdssted: Vejle\n\nNordkyst Sport ships running gear across Europe from our Vejle warehouse."
     "\n\nNordkyst Sport ApS · CVR 12 34 56 78", "Nordkyst Sport"),
]


@pytest.mark.parametrize("name, text, company", COMPANY_CASES, ids=[c[0] for c in COMPANY_CASES])
def test_companies(name, text, company):
    assert rule_value("company", text) == company


def test_a_mail_servers_message_flags_are_no_employer():
    subject = "Vacancy: Fleet Coordinator | Ref FC-77"
    body = "Fleet Coordinator\nKarori Logistics Limited\nLocation: Wellington, New Zealand\n\nWhat you'll do\n- Plan the routes\n- Book the services"
    reply = (
        '<?xml version="1.0" encoding="utf-8"?>\n<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
        '<m:GetItemResponse xmlns:m="urn:m" xmlns:t="urn:t"><m:ResponseMessages><m:GetItemResponseMessage ResponseClass="Success">'
        "<m:ResponseCode>NoError</m:ResponseCode><m:Items><t:Message><t:ItemClass>IPM.Note</t:ItemClass>"
        f"<t:Subject>{subject}</t:Subject><t:Sensitivity>Normal</t:Sensitivity>"
        f'<t:Body BodyType="Text">{body}</t:Body><t:Importance>High</t:Importance></t:Message></m:Items>'
        "</m:GetItemResponseMessage></m:ResponseMessages></m:GetItemResponse></s:Body></s:Envelope>"
    )
    record = extracted_record(reply)
    assert record["company"] == "Karori Logistics Limited"
    assert record["title"] == "Fleet Coordinator"


def _lever_reply() -> str:
    return json.dumps({
        "id": "7c2e", "text": "Payments Analyst", "categories": {"team": "Finance Operations", "location": "Porto, Portugal"},
        "description": "<div>Marlowe Pay runs card acquiring for small shops.</div><div>You will join the finance team.</div>",
        "lists": [
            {"text": "What you will do", "content": "<li>Reconcile the daily settlements</li><li>Chase failed payouts</li><li>Report the month's fees</li>"},
            {"text": "What you bring", "content": "<li>Two years in payments operations</li><li>Advanced Excel</li><li>Portuguese is a plus</li>"},
        ],
    })


def test_an_api_reply_whose_strings_hold_html_is_read_as_its_sections():
    record = extracted_record(_lever_reply())
    assert record["title"] == "Payments Analyst"  # Lever names its title "text"
    assert record["team"] == "Finance Operations"
    assert record["company"] is None  # the record's "categories" heading names no employer
    assert record["responsibilities"] == ["Reconcile the daily settlements", "Chase failed payouts", "Report the month's fees"]
    assert record["minimum_qualifications"] == ["Two years in payments operations", "Advanced Excel"]
    assert record["preferred_qualifications"] == ["Portuguese is a plus"]


def test_a_lever_reply_fetched_with_its_command_reads_its_team_within_the_department():
    reply = json.dumps({
        "additional": "<div>Benefits: health cover and a training budget.</div>", "additionalPlain": "Benefits: health cover and a training budget.",
        "categories": {"commitment": "Full-time", "department": "Operations", "location": "Leeds", "team": "Route Planning"},
        "descriptionPlain": "Kestrel Couriers delivers parcels across Yorkshire.\n", "description": "<div>Kestrel Couriers delivers parcels across Yorkshire.</div>",
        "id": "91ab", "lists": [
            {"text": "What you'll do", "content": "<li>Plan next-day routes for forty vans</li><li>Rebalance loads when a van is off the road</li><li>Report on missed deliveries</li>"},
            {"text": "What you'll bring", "content": "<li>Two years planning routes or shifts</li><li>Confident with spreadsheets</li><li>Experience with Descartes is a plus</li>"},
        ],
        "text": "Route Planner", "hostedUrl": "https://jobs.lever.co/kestrel/91ab",
    }, indent=2)
    record = extracted_record("$ curl -s https://api.lever.co/v0/postings/kestrel/91ab?mode=json | jq .\n" + reply)
    assert record["title"] == "Route Planner"
    assert record["team"] == "Route Planning"
    assert record["responsibilities"] == ["Plan next-day routes for forty vans", "Rebalance loads when a van is off the road", "Report on missed deliveries"]
    assert record["preferred_qualifications"] == ["Experience with Descartes is a plus"]


def test_html_escaped_as_unicode_inside_a_json_string_is_read_as_a_page():
    content = ("<p>Job: Community Manager</p><p>Tidewater Commons is a small cooperative from Leuven that builds tools for neighbourhood groups. We are looking for a Community Manager.</p>"
               "<p>What you will do:<br />• Run the member forum<br />• Plan the monthly meetups<br />• Write the newsletter</p>")
    note = json.dumps({"type": "Note", "published": "2027-02-01T09:00:00Z", "content": content, "tag": [{"type": "Hashtag", "name": "#jobs"}]})
    note = note.replace("<", "\\u003c").replace(">", "\\u003e")
    record = extracted_record(note)
    assert record["responsibilities"] == ["Run the member forum", "Plan the monthly meetups", "Write the newsletter"]
    assert record["company"] == "Tidewater Commons"


def test_curls_verbose_trace_around_a_reply_is_left_out():
    reply = json.dumps({"title": "Night Porter", "employer": "Harbour Inn", "location": "Oban, Scotland", "employment_type": "Full-time",
                        "description": "Harbour Inn is a 40-room hotel on the seafront.\n\nWhat you bring:\n- A calm manner\n"
                                       "- Experience on a hotel front desk\n- A clean licence"}, indent=2)
    transcript = ("$ curl -v https://api.example-jobs.test/v1/jobs/88\n*   Trying 192.0.2.10:443...\n* Connected to api.example-jobs.test (192.0.2.10) port 443\n"
                  "> GET /v1/jobs/88 HTTP/2\n> Host: api.example-jobs.test\n>\n< HTTP/2 200\n< content-type: application/json\n<\n"
                  + reply + "\n* Connection #0 to host api.example-jobs.test left intact\n")
    record = extracted_record(transcript)
    assert record["title"] == "Night Porter"
    assert record["minimum_qualifications"] == ["A calm manner", "Experience on a hotel front desk", "A clean licence"]


def test_an_ansible_debug_print_reads_as_its_message():
    message = ["Network Engineer – on-call", "Tatra Hosting s.r.o. | Žilina, Slovakia", "Department: Network Operations", "",
               "What you will do:", "- Run the core routers", "- Plan the fibre upgrades", "- Answer the night pages one week in five"]
    lines = "\n".join(f'        {json.dumps(line, ensure_ascii=False)},' for line in message)
    output = ("PLAY [Publish the careers page] ****\n\nTASK [careers : Show the ad] ****\nok: [web-01] => {\n    \"msg\": [\n"
              + lines.rstrip(",") + "\n    ]\n}\n\nPLAY RECAP ****\nweb-01 : ok=2 changed=0\n")
    record = extracted_record(output)
    assert record["title"] == "Network Engineer"
    assert record["team"] == "Network Operations"
    assert record["responsibilities"][0] == "Run the core routers"


PLACE_CASES = [
    # a labelled town after its site, its street and number, or its postcode
    ("after_street_and_postcode", "Lagermedarbejder\nArbejdssted: Industrivej 7, 7100 Vejle, Danmark\n", [("Vejle", None, "Denmark")]),
    ("after_town_hall_and_postcode", "Agent comptable\nLieu d'affectation : Mairie de Zzyzxville, 97600 Zzyzxville, Mayotte\n", [("Zzyzxville", None, "Mayotte")]),
    ("city_word_after_town", "Mechanic\nDuty station: Zzyzx city, Turkmenistan\n", [("Zzyzx", None, "Turkmenistan")]),
    ("arabic_comma", "حارس أمن\nالموقع: الشارقة، الإمارات العربية المتحدة\n", [("الشارقة", None, "United Arab Emirates")]),
    # a labelled city field longer than the town the gazetteer knows
    ("longer_town_in_city_field", "Operador\nCidade: São José dos Campos\nEstado: São Paulo\nPaís: Brasil\n", [("São José dos Campos", "São Paulo", "Brazil")]),
    # an office's postal address in another town, beside the labelled place of work
    ("office_address_beside_label", "ONG Santé Rurale — Lot 12 Ampefiloha, 101 Antananarivo, Madagascar\n\nChef de projet\nLieu d'affectation : Toamasina, Madagascar\n",
     [("Toamasina", None, "Madagascar")]),
    # travel destinations in brackets after the place
    ("travel_in_brackets", "Chef de projet\nLieu d'affectation : Toamasina, Madagascar (déplacements fréquents vers Antsirabe et Fianarantsoa)\n", [("Toamasina", None, "Madagascar")]),
    # a site's menu of countries and its search form are no place of work
    ("country_menu", "JobsGulf\nQatar ▾ | UAE | Kuwait | Oman      Login | Employers\n\nElectrician\nLocation: Al Wakrah, Qatar\n", [("Al Wakrah", None, "Qatar")]),
    ("search_form", "Empleos\nqué: soldador    dónde: Monterrey, N.L.    [Buscar]\n\nSoldador MIG\nApodaca, N.L.\n", [("Apodaca", "Nuevo León", "Mexico")]),
]


@pytest.mark.parametrize("name, text, expected", PLACE_CASES, ids=[c[0] for c in PLACE_CASES])
def test_places(name, text, expected):
    assert places(posting(text)) == expected


PAY_CASES = [
    # a bare "Rs" where the text names only another rupee country's towns
    ("rupee_by_town", "Salary: Rs 25,000 - Rs 30,000 monthly\nApply at our office in Quatre Bornes.", (25000.0, 30000.0, "MUR", "month")),
    ("dirham_by_country", "الراتب: 3,500 درهم شهرياً\nالموقع: أبوظبي، الإمارات العربية المتحدة", (3500.0, 3500.0, "AED", "month")),
    ("som_by_town", "Город: Бишкек\nЗП: от 40 000 сом в месяц", (40000.0, None, "KGS", "month")),
    ("french_plural_period", "Salaire : 1 980 € bruts mensuels", (1980.0, 1980.0, "EUR", "month")),
    ("turkmen_period", "Salary: 3 000 – 3 400 TMT aýda", (3000.0, 3400.0, "TMT", "month")),
    # an Austrian collective agreement's minimum: a floor, whatever the sentence's language
    ("minimum_salary_sentence", "The minimum salary under the collective agreement is EUR 2,450 gross per month; we are prepared to pay more.",
     (2450.0, None, "EUR", "month")),
    ("overpayment_note", "Gehalt: EUR 2.900 brutto pro Monat (Bereitschaft zur Überzahlung)", (2900.0, None, "EUR", "month")),
    # a pay scale's step number before the pay is no low end
    ("scale_step_before_pay", "Remuneration: Level 2, Step 4 – $31.40 to $33.05 per hour", (31.40, 33.05, "USD", "hour")),
]


@pytest.mark.parametrize("name, text, expected", PAY_CASES, ids=[c[0] for c in PAY_CASES])
def test_pay(name, text, expected):
    pay = rule_value("salary", posting("Warehouse Operative\n" + text))
    assert (pay["min"], pay["max"], pay["currency"], pay["period"]) == expected


OTHER_CASES = [
    ("hu_id_label", "job_id", "Betanított munkás\nAzonosító: MP-2027-118\n", "MP-2027-118"),
    ("fr_ad_ref", "job_id", "Plombier (H/F)\nRéf. annonce : GP-EMP-5531\n", "GP-EMP-5531"),
    ("az_vacancy_id", "job_id", "Satıcı\nVakansiya ID: BK-4410\n", "BK-4410"),
    ("hu_technical_degree", "education_level", "Mérnök\nElvárások:\n- felsőfokú műszaki végzettség\n", "bachelor"),
    ("higher_school_certificate", "education_level", "Supervisor\nRequirements:\n- Higher School Certificate or equivalent\n", "high_school"),
    ("pr_bachillerato_bs", "education_level", "Farmacéutico\nRequisitos:\n- Bachillerato (B.S.) en Farmacia\n", "bachelor"),
    ("teaching_the_leaving_cert", "education_level", "Teacher of English\nThe post involves teaching Leaving Certificate English.\nRequirements:\n- a Professional Master of Education\n", "master"),
    ("teaching_across_programs", "education_level", "Lecturer\nYou will teach across the Bachelor of Nursing program.\nRequirements:\n- A PhD in nursing\n", "doctorate"),
    ("ar_dual_years", "min_years_experience", "حارس أمن\nالمتطلبات:\n• خبرة لا تقل عن سنتين في الحراسة\n", 2.0),
    ("ar_visa", "visa_sponsorship", "حارس أمن\nالمزايا:\n• تأشيرة عمل على حساب الشركة\n", True),
    ("help_with_permit", "visa_sponsorship", "Engineer\nWe help non-EU hires with the single permit process.\n", True),
    ("da_weekly_hours_label", "weekly_hours", "Lagermedarbejder\nUgentlige timer: 30-37\n", 30.0),
    ("translated_contract_label", "employment_type", "Agronomist\nShartnoma turi / Contract type:\nFixed-term contract, 12 months\nIsh vaqti / Working time: Full-time\n", "temporary"),
    ("lv_deadline_not_posted", "date_posted", "Kasieris\nPublicēts: pirms 3 dienām\nPieteikties līdz: 20.04.2027\n", None),
    ("publish_time_key", "date_posted", "Engineer\nCreate time: 2027-01-10T08:00:00Z\nPublish time: 2027-01-12T07:00:00Z\n", "2027-01-12"),
    ("part_time_days_on_site", "workplace", "Teacher Aide (0.6 FTE)\nThe role is part time, worked over three days per week on site at the school.\n", "onsite"),
    ("service_term_is_no_team", "team", "Cashier\nService: Permanent, full time\nLocation: Pokhara, Nepal\n", None),
]


@pytest.mark.parametrize("name, field, text, expected", OTHER_CASES, ids=[c[0] for c in OTHER_CASES])
def test_other_fields(name, field, text, expected):
    value = rule_value(field, posting(text))
    assert (str(value) if value is not None and field == "date_posted" else value) == expected


LIST_CASES = [
    ("pl_atut", "Wymagania:\n- znajomość rysunku technicznego\n- prawo jazdy kat. B\n- uprawnienia SEP będą dodatkowym atutem\n", "uprawnienia SEP będą dodatkowym atutem"),
    ("es_preferible", "Requisitos:\n- título en enfermería\n- licencia vigente\n- experiencia en urgencias es preferible\n", "experiencia en urgencias es preferible"),
    ("ideal_for", "Requirements:\n- SIA licence\n- Good written English\n- A forklift licence would be ideal for cover shifts\n", "A forklift licence would be ideal for cover shifts"),
]


@pytest.mark.parametrize("name, text, preferred", LIST_CASES, ids=[c[0] for c in LIST_CASES])
def test_preferred_marks(name, text, preferred):
    record = extracted_record(posting("Technician\nAcme Ltd", text))
    assert preferred in record["preferred_qualifications"]
    assert preferred not in record["minimum_qualifications"]


def test_french_missions_heading_opens_the_duties():
    text = "Assistant comptable\nAssociation Les Palmiers\n\n2. MISSIONS DU POSTE\na) Saisir les factures ;\nb) Préparer la paie ;\nc) Classer les pièces.\n"
    assert extracted_record(text)["responsibilities"] == ["Saisir les factures", "Préparer la paie", "Classer les pièces."]
