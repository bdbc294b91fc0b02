"""Table-driven tests of the round of 2026-12-06 (third session, on the opened s74 and s76 batches): surfaces read as
pages (a mainframe application's screens, a COBOL copybook, a JCL deck's in-stream data, an OpenAPI description's
example, a Postman collection's request body) and the field classes those batches missed (an employer's own site
whose menu has a careers item, an acronym over the name it stands for, a gig page's described client, Portuguese,
Romanian and Russian labels, heading words and marks, "lei" in Moldova, a type named late in a label's sentence or
before "experience", items written in capitals). Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from tests.rule_helpers import extracted_field
from tests.rule_helpers import posting as _posting

PANEL = """PAY077   CALDERWOOD COUNTY CREDIT UNION - INTERNAL JOB POSTINGS
VACANCY BROWSE                                     03/02/27  14:05:51  L3270B
                                                                  SCREEN 01 OF 02
 POSTING NO . . : CU-1188           STATUS . . : OPEN
 JOB TITLE  . . : LOAN OPERATIONS SPECIALIST
 BRANCH . . . . : MORTGAGE SERVICING
 LOCATION . . . : SPRINGFIELD IL
 EMPL TYPE  . . : PART TIME
 POSTED . . . . : 02/24/27
 DUTIES:
 01 REVIEW LOAN FILES FOR MISSING DOCUMENTS
 02 BOOK NEW LOANS ON THE CORE SYSTEM
 03 ANSWER MEMBER QUESTIONS ABOUT PAYOFF AMOUNTS
                                                                      MORE...
 PF1=HELP  PF3=EXIT  PF8=FWD
===>
PAY077   CALDERWOOD COUNTY CREDIT UNION - INTERNAL JOB POSTINGS
VACANCY BROWSE                                     03/02/27  14:05:58  L3270B
                                                                  SCREEN 02 OF 02
 REQUIRED QUALIFICATIONS:
 01 TWO YEARS OF LOAN PROCESSING EXPERIENCE
 02 WORKING KNOWLEDGE OF SYMITAR
                                                                   BOTTOM
 PF1=HELP  PF3=EXIT  PF7=BKWD
===>
"""

COPYBOOK = """000100*****************************************************************
000200* MEMBER     : VACREC02   EXTRACT OF ONE VACANCY FOR THE PORTAL
000300* CHANGED    : 2027-01-15 KLM  PAY BAND WIDENED
000400*****************************************************************
000500  01  VR-VACANCY.
000600     05  VR-REF           PIC X(10) VALUE 'HMB-27-044'.
000700     05  VR-EMPLOYER      PIC X(22)
000800             VALUE 'Harrowmere Mutual Bank'.
000900     05  VR-TITLE         PIC X(20) VALUE 'Mainframe Tester'.
001000     05  VR-SAL-MIN       PIC 9(6)  VALUE 041000.
001100     05  VR-SAL-MAX       PIC 9(6)  VALUE 047500.
001200     05  VR-SAL-CCY       PIC X(3)  VALUE 'GBP'.
001300     05  VR-SAL-PERIOD    PIC X(9)  VALUE 'PER ANNUM'.
001400     05  VR-DATE-POSTED   PIC X(10) VALUE '2027-01-18'.
001500     05  VR-TEXT.
001600         10 FILLER PIC X(10) VALUE 'THE ROLE'.
001700         10 FILLER PIC X(38) VALUE
001800            '- Write test cases for batch changes'.
"""

JCL = """//VACLD27  JOB (HR,WEB),'LOAD ONE VACANCY',CLASS=B,
//             MSGCLASS=H,NOTIFY=&SYSUID
//* RUN ON 2027-02-05 BY THE NIGHTLY SCHEDULE - NOT THE POSTING DATE
//STEP01   EXEC PGM=VACLOAD
//STEPLIB  DD DSN=HR.LOADLIB,DISP=SHR
//SYSIN    DD *
REF=PLT-0931
EMPLOYER=Kestrel Plate Glass
TITLE=Furnace Operator
LOCATION=Witbank, Mpumalanga, South Africa
POSTED=01/02/2027
BODY-START
Kestrel Plate Glass runs two float lines and hires a Furnace Operator.
BODY-END
/*
//
"""

OPENAPI = """openapi: 3.0.1
info:
  title: Harbour Outfitters Jobs API
  version: 1.2.0
paths:
  /jobs/{id}:
    get:
      responses:
        '200':
          content:
            application/json:
              examples:
                liveJob:
                  value:
                    reference: HO-DUB-19
                    title: Store Supervisor
                    hiringOrganization:
                      name: Harbour Outfitters
                    location:
                      addressLocality: Galway
                      addressCountry: IE
                    baseSalary:
                      currency: EUR
                      minValue: 31000
                      maxValue: 34000
                      unitText: YEAR
components:
  schemas:
    Job:
      type: object
"""

POSTMAN = """{
  "info": {
    "name": "Partner API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Create job ad",
      "request": {
        "method": "POST",
        "body": {
          "mode": "raw",
          "raw": "{\\n  \\"reference\\": \\"PRT-KH-207\\",\\n  \\"title\\": \\"Head Chef\\",\\n  \\"company\\": \\"Tidewater Dining Rooms\\",\\n  \\"description\\": \\"Tidewater Dining Rooms is hiring a Head Chef for its harbour restaurant. You will run a brigade of nine and write the seasonal menu.\\"\\n}"
        },
        "url": {"raw": "{{baseUrl}}/v2/jobads"}
      }
    }
  ]
}
"""

READERS = [
    ("panel_title", PANEL, "title", "LOAN OPERATIONS SPECIALIST"),
    ("panel_company", PANEL, "company", "CALDERWOOD COUNTY CREDIT UNION"),
    ("panel_id", PANEL, "job_id", "CU-1188"),
    ("panel_date", PANEL, "date_posted", "2027-02-24"),
    ("panel_items_in_capitals", PANEL, "minimum_qualifications", ["TWO YEARS OF LOAN PROCESSING EXPERIENCE", "WORKING KNOWLEDGE OF SYMITAR"]),
    ("copybook_title", COPYBOOK, "title", "Mainframe Tester"),
    ("copybook_company", COPYBOOK, "company", "Harrowmere Mutual Bank"),
    ("copybook_pay", COPYBOOK, "salary", {"min": 41000.0, "max": 47500.0, "currency": "GBP", "period": "year"}),
    ("copybook_date_not_the_comment", COPYBOOK, "date_posted", "2027-01-18"),
    ("jcl_title", JCL, "title", "Furnace Operator"),
    ("jcl_company", JCL, "company", "Kestrel Plate Glass"),
    ("jcl_id", JCL, "job_id", "PLT-0931"),
    ("jcl_date_not_the_run", JCL, "date_posted", "2027-02-01"),
    ("openapi_example_title", OPENAPI, "title", "Store Supervisor"),
    ("openapi_example_pay", OPENAPI, "salary", {"min": 31000.0, "max": 34000.0, "currency": "EUR", "period": "year"}),
    ("postman_body_title", POSTMAN, "title", "Head Chef"),
    ("postman_body_company", POSTMAN, "company", "Tidewater Dining Rooms"),
    ("postman_body_id", POSTMAN, "job_id", "PRT-KH-207"),
]

FIELDS = [
    ("own_site_menu_with_careers_item",
     "Banco Costa Verde\nParticulares | Empresas | Sobre nós | Carreiras | Contactos\n\nAnalista de Risco\n\nO Banco Costa Verde é um banco comercial.\n",
     "company", "Banco Costa Verde"),
    ("acronym_over_its_name",
     "INAG — Instituto Nacional de Águas e Gestão\nInício | Concursos | Contactos\n\nTécnico Hidrometrista\n\nO concurso é aberto no Instituto Nacional de Águas e Gestão.\n",
     "company", "Instituto Nacional de Águas e Gestão"),
    ("portuguese_subject_is_a_company",
     _posting("Motorista", "Sobre nós\nA Transportes Limpopo Lda é uma empresa de logística com sede na Matola.\n"), "company", "Transportes Limpopo Lda"),
    ("gig_page_client_described", _posting("Warehouse Picker\nGig ID   GX-4410\nClient   A regional grocery chain"), "company", None),
    ("gig_id_label", _posting("Warehouse Picker\nGig ID   GX-4410\nClient   A regional grocery chain"), "job_id", "GX-4410"),
    ("mission_reference_label", _posting("Commis de cuisine\nRéférence mission : MSN-55012"), "job_id", "MSN-55012"),
    ("concurso_number_label", _posting("Técnico de Laboratório\nConcurso n.º 14/LNI/2027"), "job_id", "14/LNI/2027"),
    ("announcement_number_romanian", _posting("Sudor\nNr. anunțului: 55102938"), "job_id", "55102938"),
    ("portuguese_full_time_regime", _posting("Contabilista\nRegime: contrato sem termo, tempo inteiro"), "employment_type", "full_time"),
    ("portuguese_fixed_term_contract_phrase",
     _posting("Técnico", "Condições\nContrato de trabalho a termo certo por 12 meses, renovável.\n"), "employment_type", "temporary"),
    ("russian_full_employment_label", _posting("Кладовщик\nЗанятость: полная"), "employment_type", "full_time"),
    ("freelance_mission_type", _posting("Serveur\nType de mission : Freelance (auto-entrepreneur)"), "employment_type", "contract"),
    ("type_late_in_a_labels_sentence",
     _posting("Trainee Planner\nFull time, Permanent", "Working hours\n37 hours a week, Monday to Friday, with some extra cover during seasonal peaks.\n"),
     "employment_type", "full_time"),
    ("placement_before_experience",
     _posting("Graduate Surveyor", "Requirements\n- A civil engineering degree\n- Industrial placement experience would be welcome\n"), "employment_type", None),
    ("dobras_per_month", _posting("Caixa\nVencimento: 9.500,00 a 11.000,00 Dobras por mês"), "salary",
     {"min": 9500.0, "max": 11000.0, "currency": "STN", "period": "month"}),
    ("lei_in_moldova", _posting("Sudor\nRegiunea: Chișinău, Moldova\nSalariu: de la 15 000 lei pe lună"), "salary",
     {"min": 15000.0, "max": None, "currency": "MDL", "period": "month"}),
    ("lei_elsewhere_is_romanian", _posting("Sudor\nOraș: Brașov, România\nSalariu: 5 200 lei pe lună"), "salary",
     {"min": 5200.0, "max": 5200.0, "currency": "RON", "period": "month"}),
    ("per_diem_is_no_pay", _posting("Водитель\nОплата: оклад 1 500 BYN в месяц + суточные 50 EUR в день"), "salary",
     {"min": 1500.0, "max": 1500.0, "currency": "BYN", "period": "month"}),
    ("cyrillic_sentence_case_title", _posting("Механик по ремонту грузовых автомобилей\nМесто работы: Гомель"), "title",
     "Механик по ремонту грузовых автомобилей"),
    ("romanian_title_with_shift_and_posts", _posting("Bucătar / Повар — tura de zi, 2 posturi\nSalariu: 11 000 lei"), "title", "Bucătar / Повар"),
    ("update_date_is_no_posting_date", _posting("Casier\nData actualizării: 28 nov. 2026, 10:15"), "date_posted", None),
    ("schengen_visa_arranged", _posting("Водитель", "Условия:\n— оформление рабочей визы за счёт работодателя;\n"), "visa_sponsorship", True),
    ("portuguese_preferred_heading",
     _posting("Técnico", "Requisitos de admissão\na) Licenciatura em Informática;\n\nRequisitos preferenciais\na) Certificação ITIL.\n"),
     "preferred_qualifications", ["Certificação ITIL."]),
    ("wish_with_a_bracketed_note",
     _posting("Shift Lead", "Requirements\n- Two years leading a shift\n- Polish is a plus (many of our drivers speak it)\n"),
     "preferred_qualifications", ["Polish is a plus (many of our drivers speak it)"]),
    ("wish_after_semicolon_split",
     _posting("Clerk", "Requirements\n- Fluent English; isiXhosa will be an advantage\n"), "minimum_qualifications", ["Fluent English"]),
    ("appreciated_marks_a_wish",
     _posting("Intern", "Profile\n- Studying marketing or statistics\n- An interest in cycling would be appreciated\n"),
     "preferred_qualifications", ["An interest in cycling would be appreciated"]),
    ("romanian_advantage_mark",
     _posting("Brutar", "Cerințe:\n• experiență în panificație;\n• cunoașterea limbii engleze constituie un avantaj.\n"),
     "preferred_qualifications", ["cunoașterea limbii engleze constituie un avantaj."]),
]


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS, ids=[c[0] for c in READERS + FIELDS])
def test_field_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


def test_panel_chrome_goes():
    text = normalize(PANEL).text
    assert "PF1=HELP" not in text and "===>" not in text and "SCREEN 01 OF 02" not in text and "14:05:51" not in text
    assert text.count("CALDERWOOD COUNTY CREDIT UNION") == 1  # the second screen's header repeats the first's


def test_copybook_comments_and_pictures_go():
    text = normalize(COPYBOOK).text
    assert "PIC" not in text and "PAY BAND WIDENED" not in text and "000600" not in text
    assert "Salary min: 41000" in text


def test_job_deck_cards_go():
    text = normalize(JCL).text
    assert "//" not in text and "EXEC PGM" not in text and "BODY-START" not in text
    assert text.startswith("Ref: PLT-0931")


def test_item_in_capitals_with_a_section_noun_is_still_a_heading():
    from extractor.rules.lists import is_heading_line

    assert is_heading_line("BASIC REQUIREMENTS FOR ALL GRADES.")
    assert not is_heading_line("HANDS-ON JES2 AND SDSF EXPERIENCE")


# --------------------------------------------------------------------------- cycle 2 (s75, s77)

TURTLE = """@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://data.example.org/id/> .

ex:museum a schema:Museum ;
    schema:name "Riverside Heritage Museum" .

ex:job-77 a schema:JobPosting ;
    schema:identifier "RHM-2027-03" ;
    schema:title "Collections Assistant"@en ;
    schema:hiringOrganization ex:museum ;
    schema:datePosted "2027-01-12"^^xsd:date ;
    schema:jobLocation [ a schema:Place ;
        schema:address [ a schema:PostalAddress ;
            schema:addressLocality "Ghent" ;
            schema:addressCountry "Belgium" ] ] ;
    schema:baseSalary [ a schema:MonetaryAmount ;
        schema:currency "EUR" ;
        schema:value [ a schema:QuantitativeValue ;
            schema:minValue 2900 ;
            schema:maxValue 3300 ;
            schema:unitText "MONTH" ] ] ;
    schema:description "The museum is hiring a Collections Assistant to catalogue its textile holdings."@en .
"""

NTRIPLES = """<https://example.org/org/7> <https://schema.org/name> "Lakeside Water Board" .
<https://example.org/job/9> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/JobPosting> .
<https://example.org/job/9> <https://schema.org/title> "Water Quality Technician" .
<https://example.org/job/9> <https://schema.org/hiringOrganization> <https://example.org/org/7> .
<https://example.org/job/9> <https://schema.org/datePosted> "2027-02-03"^^<http://www.w3.org/2001/XMLSchema#date> .
<https://example.org/job/9> <https://schema.org/identifier> _:i .
_:i <https://schema.org/value> "LWB-114" .
<https://example.org/job/9> <https://schema.org/description> "Collect and log water samples across the district." .
"""

SPARQL = """{
  "head": {"vars": ["job", "title", "orgName", "locality"]},
  "results": {"bindings": [
    {"job": {"type": "uri", "value": "https://example.org/job/1"},
     "title": {"type": "literal", "value": "Field Agronomist"},
     "orgName": {"type": "literal", "value": "Highland Seed Research Station"},
     "locality": {"type": "literal", "value": "Nakuru"}}
  ]}
}
"""

CYCLE2 = [
    ("turtle_title", TURTLE, "title", "Collections Assistant"),
    ("turtle_company_by_its_node", TURTLE, "company", "Riverside Heritage Museum"),
    ("turtle_identifier", TURTLE, "job_id", "RHM-2027-03"),
    ("turtle_pay_node", TURTLE, "salary", {"min": 2900.0, "max": 3300.0, "currency": "EUR", "period": "month"}),
    ("ntriples_title", NTRIPLES, "title", "Water Quality Technician"),
    ("ntriples_company", NTRIPLES, "company", "Lakeside Water Board"),
    ("ntriples_identifier_node", NTRIPLES, "job_id", "LWB-114"),
    ("sparql_title", SPARQL, "title", "Field Agronomist"),
    ("sparql_org_name", SPARQL, "company", "Highland Seed Research Station"),
    ("organisation_over_its_unit",
     "Academic Jobs\nFind jobs | Employers | Sign in\n\nUppsala Institute of Technology\nSchool of Civil Engineering\n\nLecturer in Hydraulics\nUppsala, Sweden\n\n"
     "About the role\nUppsala Institute of Technology is hiring a lecturer.\n", "company", "Uppsala Institute of Technology"),
    ("research_board_stacked_fields",
     _posting("Research Engineer", "Job Information\nCountry\nSpain\nType of Contract\nTemporary\nJob Status\nFull-time\nHours Per Week\n37.5\nReference Number\nUPV-RE-22\n"),
     "weekly_hours", 37.5),
    ("duty_degree_is_no_requirement",
     _posting("Postdoctoral Fellow", "Main tasks\n- Co-supervise MSc students in the lab\n\nRequirements\n- PhD in Ecology\n"), "education_level", "doctorate"),
    ("weeks_after_a_range_is_no_pay",
     _posting("Oceanographer", "Duties\n- Join two research cruises per year (2–3 weeks each)\n"), "salary", None),
    ("hours_range_with_em_dash", _posting("Lab Technician\nHours: 32 — 38 hours per week"), "weekly_hours", 32.0),
    ("recrute_lead_on_the_title_line", "RECRUTE : ÉLECTRICIEN DE MAINTENANCE (2 POSTES)\nVille : Niamey, Niger\n\nMissions\n- Entretenir les tableaux\n", "title",
     "ÉLECTRICIEN DE MAINTENANCE"),
    ("french_firm_recruits_after_its_appositive",
     _posting("Technicien", "Présentation\nSahel Froid SARL, société de froid industriel présente à Niamey et Zinder, recrute deux techniciens.\n"), "company", "Sahel Froid SARL"),
    ("travel_allowance_is_no_pay", _posting("Technicien", "Conditions\nSalaire à négocier. Prime de déplacement de 4 000 FCFA par jour de mission.\n"), "salary", None),
    ("client_label_with_its_acronym",
     _posting("HSE Officer\nClient: Sahara Drilling Company (SDC)", "Description\nOur agency recruits for its client SDC.\n"), "company", "Sahara Drilling Company"),
    ("letterhead_address_is_no_meta_employer",
     "MARINA NORTE S.A. — Servicios portuarios\nMuelle Comercial · Avenida del Puerto s/n · Malabo\n\nJEFE DE TURNO\n\nMarina Norte gestiona la terminal.\n", "company", "Marina Norte"),
    ("turkish_weekly_hours_label", _posting("CNC Operatörü\nHaftalık Çalışma : 45 saat"), "weekly_hours", 45.0),
    ("hebrew_weekly_hours", _posting("Electrician\nהיקף: 40 שעות שבועיות"), "weekly_hours", 40.0),
    ("turkish_legal_form_dropped",
     _posting("CNC Machine Operator\nEge Döküm Makina San. ve Tic. Ltd. Şti.\nİzmir", "Hakkımızda\nEge Döküm Makina is a foundry in İzmir.\n"), "company", "Ege Döküm Makina"),
    ("hebrew_legal_form_dropped",
     "Drushim\n\nBuyer / קניין\nNegev Parts בע\"מ\n\nNegev Parts is the importer of tractor parts. We are looking for a Buyer.\n", "company", "Negev Parts"),
    ("bracketed_english_name_the_body_uses",
     _posting("Driver\nCompany: Хан Тээвэр ХХК (Khan Transport LLC)", "About us\nKhan Transport LLC hauls freight across Mongolia.\n"), "company", "Khan Transport LLC"),
    ("mongolian_month_word", _posting("Driver\nLocation: Darkhan, Mongolia\nSalary: 2,400,000₮ сард / per month"), "salary",
     {"min": 2400000.0, "max": 2400000.0, "currency": "MNT", "period": "month"}),
    ("macau_is_the_territory", _posting("Cashier\nPlace of work: Macau\nSalary: MOP 15,000 per month"), "salary",
     {"min": 15000.0, "max": 15000.0, "currency": "MOP", "period": "month"}),
    ("hybrid_propulsion_is_no_workplace",
     _posting("Marine Engineer", "Requirements\n- Experience with hybrid or battery-electric propulsion is an advantage\n"), "workplace", None),
    ("turkish_hybrid_tail", _posting("Muhasebe Uzmanı - Hibrit\nİzmir"), "title", "Muhasebe Uzmanı"),
    ("clause_that_needs_nothing_is_dropped",
     _posting("PhD Candidate", "Requirements\n- A master's degree in oceanography\n- Good written English; Dutch is not required\n"), "minimum_qualifications",
     ["A master's degree in oceanography", "Good written English"]),
    ("turkish_duties_heading_and_plus_mark",
     _posting("CNC Operatörü", "GÖREVLER\n* Tezgâh ayarını yapmak\n* Ölçümleri kaydetmek\n\nARANAN NİTELİKLER\n* En az 2 yıl deneyim\n* Ehliyet sahibi olmak artı puandır\n"),
     "preferred_qualifications", ["Ehliyet sahibi olmak artı puandır"]),
    ("what_the_job_includes_heading",
     _posting("Shipping Clerk", "What the job includes:\n1. Booking freight with forwarders\n2. Filing customs papers\n"), "responsibilities",
     ["Booking freight with forwarders", "Filing customs papers"]),
]


@pytest.mark.parametrize("case_id,text,field,expected", CYCLE2, ids=[c[0] for c in CYCLE2])
def test_cycle2_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


def test_fictionbook_metadata_goes():
    fb2 = ('<?xml version="1.0" encoding="UTF-8"?>\n<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">\n<description><title-info>'
           "<book-title>Press Bulletin</book-title></title-info><document-info><program-used>FB Editor 2.6</program-used>"
           "</document-info></description>\n<body><section><title><p>Vacancy</p></title><subtitle>Copy Editor</subtitle>"
           "<p>We are hiring a Copy Editor.</p></section></body>\n</FictionBook>\n")
    text = normalize(fb2).text
    assert "FB Editor" not in text and "Press Bulletin" not in text and "Copy Editor" in text


# --------------------------------------------------------------------------- cycle 3 (s78, s79)

HOCR = """<?xml version='1.0' encoding='UTF-8'?>
<html xmlns='http://www.w3.org/1999/xhtml'><head><title>harbour_ads_p3.png</title>
<meta name='ocr-system' content='tesseract 5.3.4'/></head><body>
<div class='ocr_page' id='page_1' title='image "harbour_ads_p3.png"; bbox 0 0 800 1000'>
<p class='ocr_par'>
<span class='ocr_line' title='bbox 10 10 400 40'><span class='ocrx_word'>NET</span> <span class='ocrx_word'>MENDER</span></span>
<span class='ocr_line' title='bbox 10 50 400 80'><span class='ocrx_word'>Bayside</span> <span class='ocrx_word'>Trawlers</span> <span class='ocrx_word'>Ltd,</span> <span class='ocrx_word'>Grimsby</span></span>
<span class='ocr_line' title='bbox 10 90 400 120'><span class='ocrx_word'>Full-time.</span></span>
</p></div></body></html>
"""

ALTO = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">
<Description><sourceImageInformation><fileName>gazette_p12.tif</fileName></sourceImageInformation></Description>
<Layout><Page ID="p1"><PrintSpace><TextBlock ID="b1">
<TextLine ID="l1"><String CONTENT="PIER"/><SP/><String CONTENT="ATTENDANT"/></TextLine>
<TextLine ID="l2"><String CONTENT="Part-time,"/><SP/><String CONTENT="25"/><SP/><String CONTENT="hours"/><SP/><String CONTENT="per"/><SP/><String CONTENT="week"/></TextLine>
</TextBlock></PrintSpace></Page></Layout></alto>
"""

PAGE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
<Metadata><Creator>Transkribus</Creator><Created>2026-12-04T09:12:44Z</Created></Metadata>
<Page imageFilename="board.jpg"><TextRegion id="r1">
<TextLine id="l1"><Coords points="0,0 1,1"/><TextEquiv><Unicode>Slipway Welder</Unicode></TextEquiv></TextLine>
<TextLine id="l2"><Coords points="0,0 1,1"/><TextEquiv><Unicode>Competition No. SW-27-004</Unicode></TextEquiv></TextLine>
</TextRegion></Page></PcGts>
"""

EDIFACT = """UNA:+.? '
UNB+UNOC:3+111:14+222:14+270105:0900+X1++JOBOFF'
UNH+1+JOBOFF:D:03B:UN'
FTX+AAI+++Job title?: Forklift driver+EN'
FTX+AAI+++Vacancy reference?: VAC-NL-27-118+EN'
FTX+AAI+++Working hours?: 40 hours per week+EN'
UNT+5+1'
UNZ+1+X1'
"""

HL7 = """MSH|^~\\&|HRIS|HOSP|JOBS|CAREERS|20270110||MFN^Z01|M1|P|2.5.1
NTE|1|P|Respiratory Therapist II - Critical Care
NTE|2|P|Lakeshore Health \\F\\ Respiratory Services \\F\\ Thunder Bay, ON
NTE|3|P|Posted: January 10, 2027
"""

SWIFT = """== SAA MESSAGE PRINT ==
{1:F01ABCDLULLAXXX1234567890}{2:I999ABCDBEBBXXXXN}{3:{108:HRVAC1}}{4:
:20:HR-VAC-1
:21:NONREF
:79:VACANCY REF: LUX-OPS-44
POSITION: PAYMENTS OPERATIONS OFFICER -
SEPA INSTANT
-}{5:{CHK:ABCDEF}}
"""

CYCLE3 = [
    ("hocr_lines", HOCR, "title", "NET MENDER"),
    ("alto_title", ALTO, "title", "PIER ATTENDANT"),
    ("alto_hours", ALTO, "weekly_hours", 25.0),
    ("page_xml_title", PAGE_XML, "title", "Slipway Welder"),
    ("page_xml_id", PAGE_XML, "job_id", "SW-27-004"),
    ("edifact_free_text", EDIFACT, "title", "Forklift driver"),
    ("edifact_reference", EDIFACT, "job_id", "VAC-NL-27-118"),
    ("hl7_notes_title", HL7, "title", "Respiratory Therapist II - Critical Care"),
    ("hl7_notes_company", HL7, "company", "Lakeshore Health"),
    ("hl7_notes_unit", HL7, "team", "Respiratory Services"),
    ("swift_narrative_wrapped", SWIFT, "title", "PAYMENTS OPERATIONS OFFICER - SEPA INSTANT"),
    ("swift_reference", SWIFT, "job_id", "LUX-OPS-44"),
    ("firm_with_form_is_no_suburb", _posting("Deckhand\nBayview Fisheries Co., Gloucester, MA"), "locations",
     [{"city": "Gloucester", "region": "Massachusetts", "country": "United States"}]),
    ("employer_label_clause_cut",
     _posting("Packer\nEmployer: Dunmore Frozen Foods NV, on behalf of which Staffline Interim recruits", "About\nDunmore Frozen Foods runs a cold store.\n"),
     "company", "Dunmore Frozen Foods"),
    ("sentence_case_title_shift_tail", _posting("Job title: Order picker - chilled goods (night shift)"), "title", "Order picker - chilled goods"),
    ("permanent_position_tail", _posting("ARCHIVE ASSISTANT – permanent position\nBergen"), "title", "ARCHIVE ASSISTANT"),
]


@pytest.mark.parametrize("case_id,text,field,expected", CYCLE3, ids=[c[0] for c in CYCLE3])
def test_cycle3_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


# --------------------------------------------------------------------------- cycle 4 (s80, s81)

SYSLOG = "\n".join(
    [
        '<134>1 2027-01-05T08:00:00.001Z feed01 jobfeed 77 FETCH [fetch@1 src="careers.example.org" status="200"] fetched /jobs/rss',
        '<134>1 2027-01-05T08:00:00.010Z feed01 jobfeed 77 ADSTART [ad@1 id="LAB-2201" posted="2027-01-04" lang="en"] begin ad body',
        '<134>1 2027-01-05T08:00:00.011Z feed01 jobfeed 77 ADLINE [ad@1 n="01"] Laboratory Assistant',
        '<134>1 2027-01-05T08:00:00.012Z feed01 jobfeed 77 ADLINE [ad@1 n="02"] Northgate Testing Services - Moncton, NB',
        '<134>1 2027-01-05T08:00:00.013Z feed01 jobfeed 77 ADLINE [ad@1 n="03"] Full-time | 37.5 hours/week',
        '<134>1 2027-01-05T08:00:00.014Z feed01 jobfeed 77 ADLINE [ad@1 n="04"] Responsibilities:',
        '<134>1 2027-01-05T08:00:00.015Z feed01 jobfeed 77 ADLINE [ad@1 n="05"] - Log and prepare samples',
        '<134>1 2027-01-05T08:00:00.016Z feed01 jobfeed 77 ADEND - end ad body',
    ]
) + "\n"

MAKEFILE = """# Makefile: careers page for a small food bank
SHELL := /bin/bash
JOB_REQ := FB-OPS-0044
JOB_POSTED := 2027-01-06

define JOB_AD
Warehouse Coordinator - Full Time
Riverside Food Bank | Dayton, OH
Pay: $$41,000 - $$46,000 per year
We do not require a college degree.

What you'll do
* Schedule inbound donations and volunteer shifts
* Keep the pallet racking audit up to date
endef
export JOB_AD

.PHONY: publish
publish:
\t@printf '%s\\n' "$$JOB_AD" > site/job.md
"""

GOPHER = "\n".join(
    ["i  ___ _ _ _   \tfake\t(NULL)\t0", "1Back\t/\texample.org\t70", "1Status\t/status/\texample.org\t70", "i\tfake\t(NULL)\t0",
     "iPOST:     Network Technician\tfake\t(NULL)\t0", "iEMPLOYER: Wearside Broadband Co-operative\tfake\t(NULL)\t0",
     "iREF:      WB-2027-02\tfake\t(NULL)\t0", "i\tfake\t(NULL)\t0", "iWe are hiring a network technician.\tfake\t(NULL)\t0"]
) + "\n"

FIDONET = """==============================================================================
 NL.JOBS            Vacatures
 Msg  : 42 of 50
 From : Piet Jansen                      2:280/1027       05 Jan 27  10:02:11
 To   : All
 Subj : [AANBOD] Netwerkbeheerder (m/v/x) - Utrecht
==============================================================================
\x01MSGID: 2:280/1027 1a2b3c4d
\x01PID: GED 1.1
Hallo allemaal,

Position: Netwerkbeheerder (m/v/x)
Firma: Domstad Netwerken B.V.

--- GoldED 1.1
 * Origin: Domstad BBS (2:280/1027)
SEEN-BY: 280/1027
"""

CYCLE4 = [
    ("syslog_ad_lines_title", SYSLOG, "title", "Laboratory Assistant"),
    ("syslog_structured_id", SYSLOG, "job_id", "LAB-2201"),
    ("syslog_structured_posted", SYSLOG, "date_posted", "2027-01-04"),
    ("makefile_define_block_title", MAKEFILE, "title", "Warehouse Coordinator"),
    ("makefile_doubled_dollar_pay", MAKEFILE, "salary", {"min": 41000.0, "max": 46000.0, "currency": "USD", "period": "year"}),
    ("makefile_variable_id", MAKEFILE, "job_id", "FB-OPS-0044"),
    ("degree_not_required_sentence", MAKEFILE, "education_level", None),
    ("gopher_info_lines_title", GOPHER, "title", "Network Technician"),
    ("gopher_info_lines_company", GOPHER, "company", "Wearside Broadband Co-operative"),
    ("fidonet_header_date", FIDONET, "date_posted", "2027-01-05"),
    ("fidonet_greeting_is_no_team", FIDONET, "team", None),
    ("irish_clg_form_dropped",
     _posting("Shop Manager\nOrganisation: Bridgewater Hospice CLG", "About us\nBridgewater Hospice runs six charity shops.\n"), "company", "Bridgewater Hospice"),
    ("diocese_careers_brand", "Anglican Diocese of Southern Cross — Careers\nHome  About  Parishes  Careers\n\nPARISH ADMINISTRATOR\nLocation: Bathurst NSW 2795\n\nThe role\nYou will run the parish office.\n",
     "company", "Anglican Diocese of Southern Cross"),
    ("spanish_forklift_title", _posting("CARRETILLERO/A - TURNO DE NOCHE (2 PUESTOS)\nOferta nº 0220270011"), "title", "CARRETILLERO/A"),
    ("spanish_offer_number", _posting("CARRETILLERO/A\nOferta nº 0220270011"), "job_id", "0220270011"),
    ("japanese_spaced_label_rows",
     "求人情報\n職種　　　　　　溶接工（アルミ）\n事業所名　　　　株式会社北陸溶接\n所在地　　　　　富山県高岡市\n求人番号　　　　16010-00012345\n", "company", "株式会社北陸溶接"),
    ("legal_name_line_under_notice_heading",
     "Island Times — Jobs\nNews | Jobs | Notices\n\nVACANCY ANNOUNCEMENT\nCoral Freight Services Pvt Ltd\nVacancy No: CFS/2027/03\n\nPosition: Store Keeper\n", "company",
     "Coral Freight Services Pvt Ltd"),
    ("long_term_tail", _posting("Finance Officer — Long-Term\nChiang Mai, Thailand"), "title", "Finance Officer"),
    ("model_year_is_no_low_end", _posting("Mechanic", "Classifieds\nVends Peugeot Partner 2019 – 11 900 € – Mamoudzou\n"), "salary", None),
    ("age_range_is_no_pay", _posting("Teacher\nAge range ....... 25–65\nTerm ............ Long-term\nSchedule ........ Full-time"), "salary", None),
    ("occupation_permit_arranged",
     _posting("IT Officer", "Eligibility\nExpatriate applicants are welcome; the company will apply for the occupation permit on behalf of the successful candidate.\n"),
     "visa_sponsorship", True),
    ("box_frame_labels",
     _posting("Hoitaja (2 tointa)\nHoivakoti Aurora Oy", "┌─ Job details ──────────\n│ Type of employment  Fixed-term (1.2.2027–31.7.2027)\n│ Working time        Full-time, 38.25 h/week\n└────────────────────────\n"),
     "employment_type", "temporary"),
]


@pytest.mark.parametrize("case_id,text,field,expected", CYCLE4, ids=[c[0] for c in CYCLE4])
def test_cycle4_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected
