"""Table-driven tests of the second evening round of 2026-12-05: records and logs read as pages (a Dhall record's
leading commas, Avro's JSON union branches, CBOR's diagnostic notation, a tab-separated fact strip, a Scribus layout,
a PostScript print file, an OpenTelemetry debug dump, a system log's dumped text, an error tracker's event, AbiWord's
metadata, a chat export's posting and its sender's follow-ups) and the field classes the opened s52-s55 batches missed
(the opened job's header under a list of result cards, title tails, letterhead and bilingual employer names,
Romance-language names and equal-opportunity lines, board-named ids, legal forms read as periods, a board's salary
forecast, site and accommodation words that set no workplace, and more). Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from tests.rule_helpers import extracted_field, places


def _posting(head: str, body: str = "About the role\nWe are looking for someone to join our busy team.\n") -> str:
    return head + "\n\n" + body


DHALL = '''-- postings/warehouse-lead.dhall
let T = ../types.dhall

in  T.Posting::{
    , ref = "WH-5521"
    , title = "Warehouse Team Lead"
    , employer = "Brannock Freight"
    , hoursPerWeek = Some 37
    , location = Some "Limerick, Ireland"
    , body =
        \'\'
        Brannock Freight runs two cross-docks near the Shannon.

        What you will do
        - Lead the night shift of eight operatives
        - Check inbound loads against the manifests
        \'\'
    }
'''

AVRO = ('CreateTime:1796223851000 | "K-88" | {"req_id":"K-88","title":"Plant Electrician","company":{"string":"Ostara Mills"},'
        '"pay":{"com.example.ats.PayRange":{"min":{"double":61000.0},"max":{"double":70000.0},"currency":"USD","interval":"YEAR"}},'
        '"description":{"string":"Ostara Mills is hiring a Plant Electrician for its flour mill.\\n\\nWhat you will do:\\n- Keep motors running"}}\n'
        'Processed a total of 1 messages\n')

CBOR = '''$ cbor2diag.rb vacancy.cbor
{
  "id": "TR-2026-310",
  "title": "Service Technician",
  "employer": {"name": "Kelmar Pumps"},
  "published": 0("2026-11-20T09:00:00Z"),
  "hours_per_week": 38,
  "etag": h'0A1B2C3D',
  "body": [_
    "Kelmar Pumps repairs industrial pumps across the region.",
    "",
    "What you will do",
    "- Service pumps at our workshop",
    "- Keep the service records"
  ]
}
'''

TAB_STRIP = ("Harbour View Clinic - Careers\n\nPractice Nurse\n\n"
             "Contract\tHours Per Week\tPay\tVacancy Ref\nPermanent\t30\t$41.20 per hour\tHVC-0917\n\n"
             "About the role\nOur clinic looks after 6,000 patients in the harbour suburbs.\n")

SCRIBUS = '''<?xml version="1.0" encoding="UTF-8"?>
<SCRIBUSUTF8NEW Version="1.5.8">
  <DOCUMENT TITLE="poster" AUTHOR="shop">
    <STYLE NAME="Dots" PARENT="Default Paragraph Style" Bullet="1" BulletStr="&#8226;"/>
    <PAGEOBJECT PTYPE="4" ANNAME="Text1">
      <StoryText>
        <ITEXT CH="Shop Assistant (m/f/x)"/>
        <para PARENT="Heading"/>
        <ITEXT CH="Kettle &amp; Crumb is a bakery in Leuven with two shops."/>
        <para/>
        <ITEXT CH="Serve customers at the counter"/>
        <para PARENT="Dots"/>
        <ITEXT CH="Bake bread in the early shift"/>
        <para PARENT="Dots"/>
        <trail/>
      </StoryText>
    </PAGEOBJECT>
  </DOCUMENT>
</SCRIBUSUTF8NEW>
'''

POSTSCRIPT = r'''%!PS-Adobe-3.0
%%Title: Microsoft Word - advert final.docx
%%EndComments
/F1 /Helvetica-Bold findfont 14 scalefont def
F1 setfont
72 780 moveto (HILLSIDE HOUSING ASSOCIATION) show
72 750 moveto (GROUNDS MAINTENANCE OPERATIVE) show
72 730 moveto (Salary: \24322,900 per annum) show
72 717 moveto (Issued: 2 November 2026) show
72 704 moveto (Closing date: 20 November 2026) show
72 680 moveto (The Association looks after 900 homes and their gardens in the valley.) show
84 660 moveto (\225 Mow, strim and edge the estates' green spaces) show
showpage
'''

OTEL = '''2026-11-30T08:00:00.000Z\tinfo\tTracesExporter\t{"kind": "exporter"}
ResourceSpans #0
Span #0
    Trace ID       : 11112222333344445555666677778888
    ID             : aa00bb11cc22dd33
    Name           : parse
Attributes:
     -> page.url: Str(https://jobs.example/ad/77)
     -> page.lang: Str(en)
     -> page.text: Str(Care Assistant

Brookside Lodge, Galway, Ireland

Brookside Lodge is a nursing home for 40 residents on the edge of the city. We are looking for a care assistant for day shifts.

Duties:
- Help residents with personal care and meals
- Record care notes in the home's system)
     -> page.status: Str(ok)
'''

JOURNAL = '''$ journalctl -u fetcher --no-pager
2026-11-28T10:00:01+0000 box1 fetcher[311]: INFO fetching https://jobs.example/99 ticket=9f8e7d6c
2026-11-28T10:00:02+0000 box1 fetcher[311]: | Boilermaker - Day Shift
2026-11-28T10:00:02+0000 box1 fetcher[311]: | Karoo Steelworks
2026-11-28T10:00:02+0000 box1 fetcher[311]: | Reference: KS-BM-221
2026-11-28T10:00:02+0000 box1 fetcher[311]: |
2026-11-28T10:00:02+0000 box1 fetcher[311]: | Karoo Steelworks fabricates hoppers and chutes for mines.
2026-11-28T10:00:03+0000 box1 fetcher[311]: INFO stored id=9f8e7d6c
'''

SENTRY = ('{"event_id": "0f0e0d0c0b0a", "level": "error", "logger": "ingest", "tags": {"source": "board"},'
          ' "extra": {"raw_text": "Payroll Administrator\\nFenwick Dairies | Cork, Ireland\\nRef: FD-PA-12\\nPosted: 01.12.2026\\n'
          'Employment: full-time, employment contract\\n\\nAbout the role\\nFenwick Dairies pays 900 people every week and needs help.\\n'
          'You will run the weekly payroll, answer payroll questions and reconcile the accounts with finance, working in a team of four.\\n'
          'Benefits\\n- Pension\\n- Canteen"}}\n')

ABIWORD = '''<?xml version="1.0" encoding="UTF-8"?>
<abiword template="false" version="3.0.5">
<metadata>
<m key="dc.title">Data Engineer - ad draft v7</m>
<m key="dc.creator">someone</m>
</metadata>
<section>
<p style="Heading 1">Data Engineer</p>
<p>Rannoch Analytics builds forecasting tools for grocers.</p>
<p>You will maintain our Python pipelines and our warehouse.</p>
</section>
</abiword>
'''

CHAT = '''Signal export · Thread: Dublin Kitchen Jobs
Exported: 2026-11-29 20:00:00 +0000

[2026-11-20 09:00:00] Admin:
One job per post please.

[2026-11-21 14:02:10] Fionn Walsh:
SOUS CHEF – Full Time
The Larder Rooms, Dublin 2, Ireland

The Larder Rooms is a 60-cover restaurant with a wine bar. We need a sous chef to run the pass four nights a week and to train two commis chefs.

What you'll do:
• Run the pass on service
• Order for the meat and fish sections
• Keep HACCP records up to date

[2026-11-21 14:30:00] Orla Byrne:
is there parking?

[2026-11-21 14:35:00] Fionn Walsh:
no parking, sorry. Quote ref LR-SC-09 when you apply.

[2026-11-22 08:00:00] Cian Doyle:
KITCHEN PORTER wanted, €14/hr, start ASAP
'''

CARDS = '''Top job picks for you

Stock Controller
Pellam Foods
Derby (On-site)
£27K/yr - £30K/yr

Warehouse Manager
Tarrant Logistics
Leicester (On-site)
£45K/yr - £52K/yr

Transport Planner
Ashby Haulage
Nottingham (Hybrid)
£31K/yr - £35K/yr

Tarrant Logistics
Warehouse Manager
Leicester, England, United Kingdom · 3 days ago · 61 applicants
£45K/yr - £52K/yr · On-site · Full-time
Your profile matches some of the required skills

About the job
Tarrant Logistics runs a 200,000 sq ft chilled warehouse. We need a manager for the site.
'''

RECORD_WITH_TEXT = ('{"role": "Night Baker", "pay": "£12.50 per hour", "shift": "nights", "start": "January", "description": "'
                    + "\\n".join(["We bake bread for forty cafes across the north of England every night of the week."] * 8) + '"}\n')

READERS = [
    ("posting_record_with_a_long_text_keeps_its_keys", RECORD_WITH_TEXT, "salary", {"min": 12.5, "max": 12.5, "currency": "GBP", "period": "hour"}),
    ("dhall_title", DHALL, "title", "Warehouse Team Lead"),
    ("dhall_id", DHALL, "job_id", "WH-5521"),
    ("dhall_hours", DHALL, "weekly_hours", 37.0),
    ("avro_company", AVRO, "company", "Ostara Mills"),
    ("avro_pay", AVRO, "salary", {"min": 61000.0, "max": 70000.0, "currency": "USD", "period": "year"}),
    ("cbor_id", CBOR, "job_id", "TR-2026-310"),
    ("cbor_hours", CBOR, "weekly_hours", 38.0),
    ("tab_strip_hours", TAB_STRIP, "weekly_hours", 30.0),
    ("tab_strip_id", TAB_STRIP, "job_id", "HVC-0917"),
    ("scribus_title", SCRIBUS, "title", "Shop Assistant (m/f/x)"),
    ("postscript_pay", POSTSCRIPT, "salary", {"min": 22900.0, "max": 22900.0, "currency": "GBP", "period": "year"}),
    ("postscript_issued", POSTSCRIPT, "date_posted", "2026-11-02"),
    ("otel_company", OTEL, "company", "Brookside Lodge"),
    ("otel_span_id_no_job_id", OTEL, "job_id", None),
    ("journal_title", JOURNAL, "title", "Boilermaker"),
    ("journal_ticket_no_job_id", JOURNAL, "job_id", "KS-BM-221"),
    ("sentry_title", SENTRY, "title", "Payroll Administrator"),
    ("sentry_employment_contract", SENTRY, "employment_type", "full_time"),
    ("abiword_title", ABIWORD, "title", "Data Engineer"),
    ("chat_message_date", CHAT, "date_posted", "2026-11-21"),
    ("chat_sender_follow_up", CHAT, "job_id", "LR-SC-09"),
    ("chat_other_ad_no_pay", CHAT, "salary", None),
    ("cards_then_opened_job", CARDS, "title", "Warehouse Manager"),
]

FIELDS = [
    ("title_hours_tail", _posting("Learning Support Assistant - 6.5 hrs/day\n\nLocation: Hill Top Primary"), "title", "Learning Support Assistant"),
    ("title_permanent_part_time", _posting("Ward Clerk - Permanent Part Time\n\nLocation: Ballarat, VIC"), "title", "Ward Clerk"),
    ("title_roster_named_first", _posting("Mechanical Fitter – Régimen 14x7\n\nLugar de trabajo: Arequipa, Perú"), "title", "Mechanical Fitter"),
    ("title_spanish_headcount", _posting("Operario de Almacén (4 PUESTOS)\n\nLugar: Mendoza, Argentina"), "title", "Operario de Almacén"),
    ("title_not_a_file_name", _posting("Outreach Worker\n\nLocation: Geelong, VIC\n\nPosition Description - Outreach Worker.pdf"), "title", "Outreach Worker"),
    ("title_lower_case_status_tail", "jobs > admin > leeds\n\nreception administrator - temp to perm\n\nlocation: Leeds\n\nWe are a dental group with five practices.\n", "title", "reception administrator"),
    ("company_letterhead_number", "Willow Creek School District 42\nCurrent Openings\n\nCustodian\n\nLocation: Willow Creek\n\nThe Willow Creek School District is an equal opportunity employer.\n", "company", "Willow Creek School District 42"),
    ("company_romance_eeo", _posting("Coordinador de Proyectos\n\nLugar: Ponce", "Sobre el puesto\nCoordinar el programa.\n\nFundación Luz del Valle es un patrono con igualdad de oportunidades en el empleo.\n"), "company", "Fundación Luz del Valle"),
    ("company_elided_article", _posting("Midwife\n\nLocation: Cayenne", "About us\nThe Centre Hospitalier de l'Est Guyanais is the hospital of the eastern coast.\n"), "company", "Centre Hospitalier de l'Est Guyanais"),
    ("company_mail_domain_no_common_word", "Bike Mechanic\n\nRingfiets is a repair cooperative in Ghent. We fix about 5,000 bikes a year.\n\nWhat you will do\n- Repair bikes\n\nApply to jobs@ringfiets.be today.\n", "company", "Ringfiets"),
    ("company_client_site_no_hidden_employer", _posting("HVAC Engineer\n\nLocation: Abu Dhabi", "Tarsis Facilities maintains hospitals and schools. You will work at a hospital operated by our client.\n\nTarsis Facilities employs 900 people.\n"), "company", "Tarsis Facilities"),
    ("job_id_board_number_below_employer_ref", _posting("Welder\n\nReference: WLD-2611\nJobindex ID: h1234567"), "job_id", "WLD-2611"),
    ("job_id_board_number_alone", _posting("Welder\n\nJobindex ID: h1234567"), "job_id", "h1234567"),
    ("job_id_bulletin", _posting("JOB BULLETIN PW-27-114\nGroundskeeper\n\nLocation: Salem, OR"), "job_id", "PW-27-114"),
    ("pay_legal_form_no_period", _posting("Analyst\n\nLocation: Milan", "Banca Nord S.p.A. — Via Roma 12, 20121 Milano — Capitale sociale € 10.000.000\n"), "salary", None),
    ("pay_label_glued_after_a_sentence", _posting("Family Advocate", "We offer paid holidays and more.Salary: BA $15.89/hr; MA $16.88/hr\n"), "salary", {"min": 15.89, "max": 15.89, "currency": "USD", "period": "hour"}),
    ("company_a_client_of_your_choosing_hides_no_one", _posting("Support Agent", "Brightline Partners LLC is a call-centre firm. Brightline Partners LLC hires agents to take calls for a client of your choosing.\n"), "company", "Brightline Partners LLC"),
    ("company_a_client_of_the_agency_is_hidden", _posting("Electrical Supervisor", "Andes Selección S.A.C.\n\nAn important cement company, a client of Andes Selección, is looking for a supervisor.\n"), "company", None),
    ("pay_board_forecast_is_not_pay", _posting("Process Engineer\n\nSalary forecast by XING: €58,000 – €71,000 per year", "What we offer\n- Annual gross salary of 62.000 € – 68.000 €\n"), "salary", {"min": 62000.0, "max": 68000.0, "currency": "EUR", "period": "year"}),
    ("pay_armenian_month_word", _posting("Pastry Cook\n\nSalary: 250,000 – 300,000 ֏ ամսական / per month"), "salary", {"min": 250000.0, "max": 300000.0, "currency": "AMD", "period": "month"}),
    ("workplace_customer_sites_not_onsite", _posting("Field Engineer\n\nLocation: Utrecht", "You install and repair our machines at customer sites across the Benelux.\n"), "workplace", None),
    ("workplace_accommodation_on_site", _posting("Rig Electrician\n\nWork location: Aktau, Kazakhstan (accommodation on site)"), "workplace", None),
    ("workplace_named_office_days", _posting("Management Accountant\n\nLocation: Leeds", "- Three days a week in the Leeds office, two from home\n"), "workplace", "hybrid"),
    ("employment_contract_is_no_contract_job", _posting("Payroll Specialist\n\nEmployment: full-time, employment contract"), "employment_type", "full_time"),
    ("education_phd_thesis_submitted", _posting("Research Fellow", "Essential\n- A PhD in ecology or a related field (or thesis submitted by the start date)\n"), "education_level", "doctorate"),
    ("education_postgraduate_students_no_degree", _posting("Lab Manager", "Duties\n- Co-supervise postgraduate students in the lab\n"), "education_level", None),
    ("date_two_digit_year", _posting("Supervisor\n\nPosted on 09-Nov-26"), "date_posted", "2026-11-09"),
    ("visa_permit_application_handled", _posting("Crew Coordinator", "What we offer\n• The company handles the work permit application for the successful candidate\n"), "visa_sponsorship", True),
]


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS, ids=[c[0] for c in READERS + FIELDS])
def test_field_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


@pytest.mark.parametrize(
    "case_id,text,expected",
    [
        ("where_label", _posting("Bike Mechanic\n\nWhere: our workshop at Dok Noord 4, 9000 Gent."), [("Gent", None, None)]),
        ("remote_value_with_company_base", _posting("Rust Engineer\n\nLocation: Remote within the EU (we're based in Leipzig, Germany)"), []),
        ("small_town_then_province", _posting("Maintenance Supervisor\n\nLocation: Si Racha, Chonburi, Thailand"), [("Si Racha", "Chonburi", "Thailand")]),
        ("street_then_suburb_state_postcode_note", _posting("Lifeguard\n\nWhere: 4 Quarry Lane, Moolap VIC 3224 (Geelong)"), [("Moolap", "Victoria", "Australia")]),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_places(case_id, text, expected):
    assert places(text) == expected


def test_log_and_trace_chrome_is_left_out():
    journal, otel = normalize(JOURNAL).text, normalize(OTEL).text
    assert "fetcher[311]" not in journal and "INFO" not in journal and journal.startswith("Boilermaker - Day Shift\n")
    assert "Trace ID" not in otel and "page.url" not in otel and otel.startswith("Care Assistant\n")


def test_print_and_layout_files_keep_only_their_text():
    ps, sla = normalize(POSTSCRIPT).text, normalize(SCRIBUS).text
    assert "moveto" not in ps and "%%Title" not in ps and "£22,900" in ps and "• Mow" in ps
    assert "<ITEXT" not in sla and "- Serve customers at the counter\n" in sla and "Kettle & Crumb" in sla
    assert "ad draft v7" not in normalize(ABIWORD).text  # the file's own title, in its metadata


def test_chat_export_keeps_the_posting_and_its_senders_follow_ups_only():
    out = normalize(CHAT).text
    assert out.startswith("Posted: 2026-11-21\n") and "LR-SC-09" in out
    assert "is there parking" not in out and "KITCHEN PORTER" not in out and "One job per post" not in out


def test_a_record_s_text_given_line_by_line_keeps_its_own_bullets():
    out = normalize(CBOR).text
    assert "\nWhat you will do\n- Service pumps at our workshop\n- Keep the service records" in out and "- - " not in out
    assert "h'" not in out and '0("' not in out


def test_prose_that_only_looks_like_cbor_is_left_as_it_is():
    out = normalize("Technician\n\nGrade: 7(1) on the pay scale {see table}\nExperience: 3(5) years\n\nWe fix pumps.\n").text
    assert "7(1)" in out and "3(5)" in out


SKILLS_PROFILE = _posting(
    "Data Engineer\n\nLocation: Newport",
    "Skills\n"
    "Data modelling (Practitioner) -\n"
    "Designs and reviews data models for a service of medium complexity.\n"
    "Data engineering (Working level) Builds and tests data pipelines using the agreed tools.\n"
    "- Cloud practitioner certificate (Practitioner)\n",
)


def test_a_skills_framework_s_names_and_levels_are_no_requirements():
    items = extracted_field(SKILLS_PROFILE, "minimum_qualifications")
    assert "Designs and reviews data models for a service of medium complexity." in items
    assert "Builds and tests data pipelines using the agreed tools." in items
    assert not any(i.startswith(("Data modelling", "Data engineering")) for i in items)
    assert "Cloud practitioner certificate (Practitioner)" in items  # a certificate's level alone stays
