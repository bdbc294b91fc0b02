"""Classes from the blind batches s95 (Asia-Pacific boards in English; Tokelau, Pitcairn, Saint Helena, Cocos and Christmas
Islands notices; kcat, mbox and SQS prints), s100 (hospitality and cruise boards of Southern Europe and Peru; Central
African notices; Forgejo, Phabricator and Bitbucket pages), s116 (logistics and port boards; Pacific notices; chat API
replies) and s117 (media boards of Southern Europe and Belgium; Levant and Maghreb notices; Salesforce, HubSpot and
Freshdesk replies), opened in the seventh session of 2026-12-07, each in phrasings of our own: a place or site glued after a title's terms or headcount, a remote tail naming its country, a draft's "TBC", a
notice's word for itself before the job, counts in Italian and Spanish, a tracker task or pull request over the ad's copy,
a board's brand over its tagline and a cut menu, other jobs' cards in a search, "invites applications" after a greeting,
"Careers at Sea", a paragraph saying what the employer is, yearly pay in millions, a town with its province code before a
dashed region and country, years with "minimum" after them, the requirements' degree over a school's description, an
employer that handles the work permit, Remarkup's "= Heading =" and "|Label| value" rows; terms in a title's bracket or
after a dash in more languages, a site's breadcrumb trail over the heading, careers trails in more languages, legal forms
of Lebanon and Algeria, "cherche" as a hiring verb, a label with its translation before the colon, Dutch "u/h" hours,
days of smart working as hybrid, a start-date row that is no posting date, an Italian province's code after a town named
in Italian, and a CRM's job record."""

from __future__ import annotations

import json

import pytest

from tests.rule_helpers import extracted_record, places, rule_value

TITLE_CASES = [
    # a place or site after the title's terms or headcount is the board's chrome, cut with them
    ("terms_then_district", "Payroll Officer - Permanent - Shibaura\nKansai Optics K.K.\n\nOffice: 3 minutes from Shibaura Station.\n\nDuties\n- Run the payroll",
     "Payroll Officer"),
    ("part_time_then_area", "Care Worker - Part Time - Geelong & Surf Coast\nBellarine Home Care\n\nAbout the role\nSupport clients at home.", "Care Worker"),
    ("full_time_then_metro", "Plumber - Full-Time - Boise Metro\nRidgeline Plumbing Co.\nBoise, ID\n\nWhat you'll do\n- Install fixtures", "Plumber"),
    ("headcount_then_site", "POSITION:   Wind Turbine Technician (2 positions) - Kalani Village Power Station\nEMPLOYER:   Kalani Energy Trust\n\n"
     "The technician keeps the Kalani wind farm running.", "Wind Turbine Technician"),
    # a remote tail that names where one may work from
    ("remote_within_country", "Frontend Engineer — Fully Remote within Germany\nPixelhaus GmbH\n\nWhat you will do\n- Build the web app", "Frontend Engineer"),
    # a draft's placeholder
    ("draft_tbc", "[DRAFT]\nQuality Inspector - TBC\n\nWe are looking for a Quality Inspector to check incoming parts.", "Quality Inspector"),
    # a notice's word for itself before the job, set off by a dash
    ("oferta_de_empleo", "Grupo Andino de Servicios S.A.C.\n\nOFERTA DE EMPLEO – TÉCNICO DE MANTENIMIENTO – 2 PUESTOS\n\nLugar: Arequipa\n\nFunciones:\n- Mantener los equipos",
     "TÉCNICO DE MANTENIMIENTO"),
    # the number of posts in Spanish and Italian
    ("spanish_count", "Camarero/a – Temporada 2027 (3 posiciones)\nHotel Mirador del Cabo\n\nFunciones\n- Atender las mesas", "Camarero/a – Temporada 2027"),
    ("italian_count", "Receptionist – Stagione 2027 (2 posizioni)\nHotel Bellavista\n\nMansioni\n- Accoglienza ospiti", "Receptionist – Stagione 2027"),
    # a tracker's task or a pull request about the ad, over the ad's copy with its own heading
    ("tracker_task", "Tracker   Issues   Boards   Sign out\n\nPROJ-112 Publish vacancy: Payroll Clerk – Finance Operations (24 hours)\nStatus: Open\nAssignee: jdoe\n\n"
     "Description\nCopy approved by HR, please publish on Monday.\n\n= Payroll Clerk – Finance Operations =\n\nHarbourside Council runs the town's services.\n\n"
     "== What you will do ==\n- Process the payroll\n- Answer staff questions", "Payroll Clerk – Finance Operations"),
    # a contract's and a schedule's terms in one bracket, or after a dash, in more languages
    ("terms_bracket_fr", "RÉDACTEUR·RICE WEB – SPORT (CDI TEMPS PARTIEL)\nMédias du Sud SA\n\nMissions\n- Écrire des articles", "RÉDACTEUR·RICE WEB – SPORT"),
    ("terms_bracket_dot", "Ilustradora Editorial (Freelance · Remoto)\nEditorial Lumen\n\nFunciones\n- Ilustrar libros", "Ilustradora Editorial"),
    ("contract_tail_pt", "Jornalista (m/f) – Contrato sem termo\nDiário do Minho\n\nFunções\n- Escrever notícias", "Jornalista (m/f)"),
    ("shift_pair_tail", "Sound Technician (m/f/x) – Evening & Weekend Shifts\nRadio Kanal 5\n\nTasks\n- Run the desk", "Sound Technician (m/f/x)"),
    ("office_based_tail", "Freight Clerk – Office Based\nPacific Cargo Ltd\n\nDuties\n- Prepare the documents", "Freight Clerk"),
    # the site's trail ends with the heading it stands over: the heading and the employer under it are read
    ("trail_over_heading", "ANNUNCI · LAVORO\nNews | Eventi | Lavoro | Abbonati\n\nLavoro > Grafica > Graphic Designer\n\nGraphic Designer (1 posizione) – Bologna\n"
     "Studio Rossi Associati\nPubblicato il 3 dicembre 2026\n\nChi siamo\nStudio Rossi Associati è uno studio grafico.\n\nCosa farai\n- Impaginare", "Graphic Designer"),
    ("pull_request", "acme / careers-site\n\n#45  Add vacancy: Data Engineer – Analytics (Leeds, hybrid)\nOPEN   jobs-data-engineer  →  main\n\nDescription\nAdds the page.\n\n---\n\n"
     "**Data Engineer – Analytics**\n\nAcme Foods makes sauces for supermarkets across the UK.\n\n**What you'll do**\n- Build pipelines", "Data Engineer – Analytics"),
]


@pytest.mark.parametrize("name, text, title", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_titles(name, text, title):
    assert rule_value("title", text) == title


COMPANY_CASES = [
    # a board's brand, its tagline and a menu the normaliser cuts: the employer is the line under the heading
    ("brand_tagline_menu", "JobNest\nBilingual Jobs in Korea | 한국의 이중언어 채용\nFind Jobs   Companies   Salaries   Sign In   Register\n"
     "We use cookies to improve your experience. [OK]\n\nHome > Jobs > Engineering > Testing\n\nTest Engineer - Permanent - Seongsu\nKitagawa Seimitsu K.K.\n"
     "Job ID: 55102   |   Posted: 2026/12/01\n\nJOB DETAILS\nLocation ........ Seoul, Korea\nNearest Station ......... Seongsu Station\n\nJOB DESCRIPTION\n"
     "Kitagawa Seimitsu K.K. builds laser modules. We are looking for a Test Engineer.\n\nApplications are handled by JobNest on behalf of the employer.\n\n"
     "About JobNest | Terms | Privacy\n© 2026 JobNest Co., Ltd.", "Kitagawa Seimitsu K.K."),
    # "Confidential company" on another job's card in the search results is no hidden client of the opened job
    ("confidential_card_in_results", "What: line cook     Where: All Auckland\n\n32 jobs\n\nLine Cook\nHarbour Grill Limited\nParnell, Auckland\n$26 – $28 per hour\n2d ago\n\n"
     "Sous Chef\nConfidential company\nPonsonby, Auckland\nCompetitive salary\n5d ago\n\nKitchen Hand\nFresh Bowl Ltd\nNewmarket, Auckland\n$24 per hour\n1w ago\n\n"
     "────────────\n\nLine Cook\nHarbour Grill Limited\nParnell, Auckland\nFull time\n$26 – $28 per hour\n\nHarbour Grill is a busy waterfront restaurant. We are hiring a Line Cook.\n\n"
     "Duties:\n1. Prepare the grill station", "Harbour Grill"),
    # the employer that invites applications after a greeting, without its article
    ("greeting_then_invites", "VACANCY NOTICE\n\nKia ora! The Harbour Trust of Opotiki invites applications from suitably qualified persons for the following position:\n\n"
     "POSITION:   Wharf Hand\nSALARY:   NZ$52,000 per annum", "Harbour Trust of Opotiki"),
    # "Careers at Sea" is the site's section; the name the posting says again is the employer
    ("careers_at_sea", "Northwind Ferries | Careers at Sea\nRoutes   Fares   Careers   Contact\n\nDECK OFFICER – SEASON 2027\n\nJoin our crew on the island routes.\n\n"
     "Requirements\n- STCW certificate\n\nNorthwind Ferries Ltd · Pier 4, Wellington · © 2026", "Northwind Ferries"),
    # the trail's heading, then the employer's line under it
    ("employer_under_trail_heading", "ANNUNCI · LAVORO\nNews | Eventi | Lavoro | Abbonati\n\nLavoro > Grafica > Graphic Designer\n\nGraphic Designer (1 posizione) – Bologna\n"
     "Studio Rossi Associati\nPubblicato il 3 dicembre 2026\n\nChi siamo\nStudio Rossi Associati è uno studio grafico.\n\nCosa farai\n- Impaginare\n\n© Annunci Lavoro", "Studio Rossi Associati"),
    # a careers trail in Italian after the employer's name
    ("lavora_con_noi", "Cantine Aurora S.r.l. | Lavora con noi\nPosizioni aperte    Area candidato    Accedi\n\nEnologo/a\n\nCodice annuncio   CA-12\n\n"
     "Descrizione azienda\nCantine Aurora è una cantina di Asti.\n\nAttività\n- Seguire la vendemmia", "Cantine Aurora S.r.l."),
    # a Lebanese legal form after a bilingual label; an Algerian one before the name, the body naming it without
    ("lebanese_form", "Comptable / Accountant\nSociété / Company : Haddad Frères Import s.a.l.\nLieu : Zahlé\n\nHaddad Frères Import distribue des produits.", "Haddad Frères Import"),
    ("cherche_after_apposition", "Chauffeur livreur (H/F)\n\n★ Vendeur vérifié — Sarl Tassili Boissons\n\nDescription\nTassili Boissons, distributeur de jus et d'eaux minérales, "
     "cherche des chauffeurs livreurs pour la wilaya de Béjaïa.\n\nMissions :\n- Livrer les clients", "Tassili Boissons"),
    # a paragraph that says what kind of organisation the employer is
    ("is_the_authority", "Junior Planner – Network Team\n\nLakeside Water Board is the regional water authority for the lake district.\n\nAs Junior Planner you plan the works.\n\n"
     "Location: Keswick", "Lakeside Water Board"),
]


@pytest.mark.parametrize("name, text, company", COMPANY_CASES, ids=[c[0] for c in COMPANY_CASES])
def test_companies(name, text, company):
    assert rule_value("company", text) == company


PAY_CASES = [
    # yearly pay in millions of a currency that counts it so, a year named after the figures
    ("twd_millions_year", "Salary: 900K ~ 1.3M TWD / year", {"min": 900000.0, "max": 1300000.0, "currency": "TWD", "period": "year"}),
    ("huf_millions_annum", "Bér: HUF 9.6M - 12M per annum", {"min": 9600000.0, "max": 12000000.0, "currency": "HUF", "period": "year"}),
    # the same without a year, or in dollars, is no pay
    ("twd_millions_no_period", "Series B: raised 2.5M TWD", None),
    ("usd_millions_year", "Salary: $1.2M - $1.5M per year", None),
]


@pytest.mark.parametrize("name, line, salary", PAY_CASES, ids=[c[0] for c in PAY_CASES])
def test_pay(name, line, salary):
    assert rule_value("salary", f"Customer Success Manager\n{line}\n\nWe build software for clinics.") == salary


def test_a_town_with_its_province_code_before_a_dashed_region_and_country():
    assert places("Cameriere di Sala\nHotel Scogliera\nScicli (RG) – Sicilia – Italia\n\nMansioni:\n- servizio ai tavoli") == [("Scicli", "Sicily", "Italy")]
    # without the code, the first part may be the job: only the region and the country are read
    assert places("Aiuto Cuoco – Sicilia – Italia\n\nMansioni:\n- preparazione dei piatti") == [(None, "Sicily", "Italy")]


@pytest.mark.parametrize("item, years", [
    ("* 3 years minimum in supply chain planning.", 3.0),
    ("- 2 ans minimum en logistique portuaire.", 2.0),
    ("- 4 years at least in retail banking, 6 preferred.", 4.0),
])
def test_years_with_minimum_after_them(item, years):
    assert rule_value("min_years_experience", f"Planner\n\nRequirements:\n{item}\n- Fluent English") == years


def test_the_requirements_degree_outranks_a_schools_description():
    text = ("Maths Teacher\n\nColegio Las Palmeras is a bilingual school with pupils from infantil to bachillerato.\n\n"
            "Requisitos:\n- Licenciatura o grado en Matemáticas / degree in Mathematics\n- Two years of teaching")
    assert rule_value("education_level", text) == "bachelor"


@pytest.mark.parametrize("line", [
    "- The hospital handles the work and residence permit.",
    "- Tramitamos el permiso de trabajo para el candidato seleccionado.",
])
def test_an_employer_that_handles_the_permit_sponsors_it(line):
    assert rule_value("visa_sponsorship", f"Staff Nurse\n\nWe offer:\n{line}\n- Housing") is True


def test_remarkup_headings_and_label_cells_read_as_a_page():
    text = ("Maniphest › T12\n\nT12 Publish vacancy: Bus Planner – Network Design\n\nDescription\n\n= Bus Planner – Network Design =\n\n"
            "Metro Lines North is the public transport operator for the north.\n\n|Team| Network Design\n|Location| Leeuwarden\n"
            "|Hours| 36 hours per week\n\n== What you will do ==\n- Plan the timetables\n- Count the passengers")
    record = extracted_record(text)
    assert record["title"] == "Bus Planner – Network Design"
    assert record["team"] == "Network Design"
    assert record["company"] == "Metro Lines North"
    assert record["weekly_hours"] == 36.0


def test_a_boards_education_field_counts_with_the_requirements():
    text = ("Field Technician\nEmployment Type: Full-time\nEducation: High School or equivalent\n\nRequirements:\n"
            "- Bachelor's degree in geology, or three years of field work\n- A clean driving record")
    assert rule_value("education_level", text) == "high_school"


@pytest.mark.parametrize("label, hours", [
    ("Uren / Heures ........ 36 u/h per week (early shifts)", 36.0),
    ("Uren: 32 u/week", 32.0),
])
def test_dutch_hours_with_u(label, hours):
    assert rule_value("weekly_hours", f"Cameraman\n{label}\n\nTaken\n- Filmen") == hours


def test_days_of_smart_working_are_hybrid():
    assert rule_value("workplace", "Redattore\nModalità di lavoro: 3 giorni di smart working a settimana, gli altri in redazione.") == "hybrid"
    assert rule_value("workplace", "Rédacteur\nOrganisation : 2 jours de télétravail par semaine.") == "hybrid"


def test_a_labelled_contract_with_its_translation_before_the_colon():
    text = "Délégué commercial (H/F)\nType de contrat / نوع العقد : CDD (contrat à durée déterminée) 6 mois – Temps plein\n\nMissions :\n- Visiter les clients"
    assert rule_value("employment_type", text) == "temporary"


def test_a_start_date_row_is_no_posting_date():
    text = "Motion Designer\nPublicado hace 3 días\nDisponibilidad      Incorporación el 15 de febrero de 2027\n\nFunciones\n- Animar"
    assert rule_value("date_posted", text) is None


def test_an_italian_town_with_its_province_code_is_not_in_brazil():
    assert places("Redattore\nSede di lavoro      Torino (TO) – via Garibaldi 12\n\nDescrizione") == [("Torino", None, None)]


def test_a_crm_job_record_reads_its_name_as_the_title_and_its_account_as_the_employer():
    record = {
        "attributes": {"type": "Job_Opening__c", "url": "/services/data/v60.0/sobjects/Job_Opening__c/a0K1"},
        "Id": "a0K1", "Name": "Warehouse Lead - Nights",
        "Account__c": "0015e00000Xy", "Account__r": {"attributes": {"type": "Account", "url": "/services/data/v60.0/sobjects/Account/0015e"}, "Name": "Prairie Freight Ltd."},
        "City__c": "Regina", "State_Province__c": "SK", "Country__c": "Canada", "Requisition_Number__c": "REQ-2026-1203",
        "Employment_Type__c": "Full-time", "Posted_Date__c": "2026-11-02",
        "Description__c": "Prairie Freight runs cross-docks across the prairies.\n\nWHAT YOU'LL DO\n- Lead the night crew\n- Check the loads\n- Train new staff\n\n"
                          "WHAT YOU BRING\n- 2 years of warehouse experience\n- Forklift certificate\n",
    }
    out = extracted_record(json.dumps(record, indent=2))
    assert out["title"] == "Warehouse Lead"
    assert out["company"] == "Prairie Freight"
    assert out["job_id"] == "REQ-2026-1203"
    assert out["locations"] == [{"city": "Regina", "region": "Saskatchewan", "country": "Canada"}]


@pytest.mark.parametrize("item", ["1. Completed Year 13 (secondary school)", "- Form 7 certificate or equivalent", "- Year 12 certificate"])
def test_pacific_school_completion_is_high_school(item):
    assert rule_value("education_level", f"Store Clerk\n\nRequirements:\n{item}\n- Two years in a store") == "high_school"


def test_no_support_for_a_singapore_pass_is_no_sponsorship():
    text = "Operations Executive\n\nWe regret that we are unable to support Employment Pass or S Pass applications for this role."
    assert rule_value("visa_sponsorship", text) is False


def test_a_labelled_day_of_home_work_a_week_is_hybrid():
    text = "Douanedeclarant\nThuiswerk / Télétravail : 1 dag per week na de inwerkperiode / 1 jour par semaine"
    assert rule_value("workplace", text) == "hybrid"


def _chat_reply(stamp_key: str, text: str, stamp: int = 1796030415) -> str:
    posts = [{"id": n, stamp_key: stamp - n * 100, "message": m} for n, m in enumerate(["thanks!", "done", "shared it"], 1)]
    posts.append({"id": 9, stamp_key: stamp, "message": text})
    return json.dumps({"posts": posts}, indent=2)


@pytest.mark.parametrize("key, stamp, day", [("create_at", 1796030415872, "2026-11-30"), ("timestamp", 1796374011, "2026-12-04")])
def test_a_chat_messages_numeric_send_time_is_its_posting_date(key, stamp, day):
    message = ("#### :rocket: We're hiring: Senior Platform Engineer (Remote – Canada)\n\n**Company:** Tidewater Labs\n**Team:** Platform\n\n"
               "What you'll do\n- Run the clusters\n- Keep the pipelines green\n- Write the runbooks\n\nWhat you bring\n- 5 years with Kubernetes\n"
               "- Terraform\n\nApply by DM to @recruiter.")
    record = extracted_record(_chat_reply(key, message, stamp))
    assert record["date_posted"] == day
    assert record["title"] == "Senior Platform Engineer"


def test_a_telegram_channel_post_of_a_vacancy_reads_as_the_page_under_its_send_date():
    post = ("#vacancy #warehouse\n\nVacancy: Warehouse Supervisor\n\nSilk Road Storage LLP\nOffice: Shymkent, Kazakhstan – office work only, no remote\n"
            "Salary: 350 000 – 420 000 KZT per month\n\nDuties:\n— Lead the shift of twelve storekeepers\n— Check incoming goods against the invoices\n"
            "— Keep the stock records in 1C\n\nRequirements:\n— 2 years in a warehouse\n— Russian fluent")
    reply = {"ok": True, "result": [{"update_id": 5512, "channel_post": {"message_id": 88, "chat": {"id": -1001, "title": "Jobs KZ", "type": "channel"},
                                                                        "date": 1796289342, "text": post}}]}
    record = extracted_record(json.dumps(reply, indent=2, ensure_ascii=False))
    assert record["date_posted"] == "2026-12-03"
    assert record["title"] == "Warehouse Supervisor"
    assert record["workplace"] == "onsite"


def test_a_newsletters_situations_vacant_block_gives_the_heading_and_its_employer():
    text = ("==========================\n     THE KINGSTON LETTER\n  Weekly news of Norfolk Island\n==========================\n\n"
            "SHIPPING\n  The supply ship is due on Tuesday.\n\nCOUNCIL NOTES\n  The council met on Monday and approved the new road.\n\n"
            "--------------------------\nSITUATIONS VACANT\n--------------------------\n\nNORFOLK GROWERS' CO-OPERATIVE\n"
            "Produce Packing Supervisor (part-time)\n\nThe Co-operative packs fruit for the island's shops. We are looking for a Packing "
            "Supervisor to run the packing shed three days a week.\n\nDuties:\n- Run the packing line\n- Keep the records")
    record = extracted_record(text)
    assert record["title"] == "Produce Packing Supervisor"
    assert record["company"] == "NORFOLK GROWERS' CO-OPERATIVE"


def test_a_situations_vacant_heading_over_its_terms_line_is_no_employer():
    text = ("SITUATIONS VACANT\nDOCK OPERATIVE\nPart-time, Ullapool Harbour\nMinch Marine Services Ltd\n£13.10 per hour, 20 hours per week\n"
            "We are looking for a Dock Operative to handle mooring lines.\nDuties include:\n• Handling ropes\n• Checking tickets")
    record = extracted_record(text)
    assert record["title"] == "DOCK OPERATIVE"
    assert record["company"] == "Minch Marine Services Ltd"


def test_a_legal_form_alone_is_no_employer():
    text = ("Customer Service Agent (Work From Home)\n\nEEO LLC is an independent business partnered with a contact-centre platform to answer "
            "calls for large retailers.\n\nDuties:\n- Answer inbound calls\n- Log each call")
    assert rule_value("company", text) not in ("LLC", "LLC.")
