"""Table-driven tests of the round of 2026-12-06 (second session, on the opened s68, s70 and s73 batches): surfaces read
as pages (a caption file, a timed transcript, a manual page and a mail reader in a pager, overstruck terminal text, a
notebook exported as source, a table written as code, nested front matter) and the field classes those batches missed
(bilingual id labels before a column gap, an id with a bracketed part, a mailing list's subject tag, "We're hiring a
…", remote days written "days of remote work", "N years running <tool>", a region of a stated country the data
places elsewhere, sentences said without headings filed as duties, needs and wishes). Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from tests.rule_helpers import extracted_field, places
from tests.rule_helpers import posting as _posting

CAPTIONS = """WEBVTT

NOTE exported by the channel's caption tool

1
00:00:01.000 --> 00:00:03.500
<v Host>Riverside Bakery is hiring a Pastry Chef.

2
00:00:03.600 --> 00:00:07.000
[oven timer beeps]

3
00:00:07.100 --> 00:00:11.000
<v Owner>You'll laminate dough and bake
the morning croissants.

4
00:00:11.100 --> 00:00:14.000
<v Owner>You'll plan the weekly cake orders with the front counter.

5
00:00:14.100 --> 00:00:18.000
<v Owner>You need two years in a professional pastry kitchen.

6
00:00:18.100 --> 00:00:21.000
<v Owner>You'll also need a food hygiene certificate.

7
00:00:21.100 --> 00:00:24.000
<v Owner>Knowing sugar work would be a bonus.
"""

TRANSCRIPT = """Community FM - Tuesday jobs segment
[00:00:01] ANNA: Good morning, it's time for local jobs.
[00:00:05] ANNA: What's the job?
[00:00:07] RAJ: We're after a Tyre Fitter for our depot. It's full-time, Monday to Saturday.
[00:00:15] ANNA: What would they do?
[00:00:17] RAJ: You'll fit and balance tyres on cars and vans. You'll run wheel alignments on the laser rig. You'll keep the bay tidy and the stock counted.
[00:00:30] RAJ: You need a full driving licence. You also need to be happy lifting heavy wheels.
"""

MAN_PAGE = """JOBS-DBA(7)             Quillon Data Services             JOBS-DBA(7)

N\bNA\bAM\bME\bE
       jobs-dba - Database Administrator, Storage Platform

S\bSY\bYN\bNO\bOP\bPS\bSI\bIS\bS
       apply-dba --ref _\bQ_\bD_\bS_\b-_\b7_\b7 --cv FILE

D\bDE\bES\bSC\bCR\bRI\bIP\bPT\bTI\bIO\bON\bN
       Quillon Data Services hosts the databases of regional hospitals.
 Manual page jobs-dba(7) line 1/40 30% (press h for help or q to quit)
       R\bRe\bef\bfe\ber\bre\ben\bnc\bce\be:\b:  QDS-77
"""

MUTT = """q:Quit  -:PrevPg  <Space>:NextPg  v:View Attachm.  d:Del  r:Reply  j:Next  ?:Help
From: Office <office@example.org>
Subject: [coastal-jobs] Job: Marine Technician (permanent) - Ref CJ-118
Date: Tue, 1 Dec 2026 09:00:00 +0000

Dear all, please circulate.

Marine Technician
-N-+-- 4/90: Office        [coastal-jobs] Job: Marine Technician  -- (40%)
:
The technician will maintain our survey vessels' instruments.
"""

DATABRICKS = """# Databricks notebook source
# MAGIC %md
# MAGIC ## Analytics Engineer
# MAGIC Lakeview Credit Union · Toronto, ON
# MAGIC
# MAGIC Job ID: LCU-5521
# MAGIC
# MAGIC You will model member data in dbt and build dashboards for the lending team.
# MAGIC
# MAGIC **What you bring**
# MAGIC - 2+ years writing SQL for analytics
# MAGIC - Experience with dbt
# MAGIC - A degree in a quantitative field

# COMMAND ----------

spark.sql("select 1")
"""

CODE_TABLE = """```{r facts}
facts <- tribble(
  ~Field, ~Value,
  "Reference",  "GRD-2026-14",
  "Location",   "Ballarat, Victoria",
  "Hours",      "30 hours per week",
)
```
"""

FRONT = """---
title: "Field Ecologist"
params:
  vacancy_id: "ECO-88"
  theme: cosmo
---

We survey wetlands across the region.
"""

READERS = [
    ("captions_title", CAPTIONS, "title", "Pastry Chef"),
    ("captions_duties", CAPTIONS, "responsibilities",
     ["You'll laminate dough and bake the morning croissants.", "You'll plan the weekly cake orders with the front counter."]),
    ("captions_needs", CAPTIONS, "minimum_qualifications",
     ["You need two years in a professional pastry kitchen.", "You'll also need a food hygiene certificate."]),
    ("captions_wishes", CAPTIONS, "preferred_qualifications", ["Knowing sugar work would be a bonus."]),
    ("transcript_duties", TRANSCRIPT, "responsibilities",
     ["You'll fit and balance tyres on cars and vans.", "You'll run wheel alignments on the laser rig.", "You'll keep the bay tidy and the stock counted."]),
    ("transcript_needs", TRANSCRIPT, "minimum_qualifications",
     ["You need a full driving licence.", "You also need to be happy lifting heavy wheels."]),
    ("man_page_title", MAN_PAGE, "title", "Database Administrator, Storage Platform"),
    ("man_page_overstruck_reference", MAN_PAGE, "job_id", "QDS-77"),
    ("mail_reader_subject_tag", MUTT, "title", "Marine Technician"),
    ("databricks_title", DATABRICKS, "title", "Analytics Engineer"),
    ("databricks_id", DATABRICKS, "job_id", "LCU-5521"),
    ("code_table_reference", CODE_TABLE, "job_id", "GRD-2026-14"),
    ("code_table_hours", CODE_TABLE, "weekly_hours", 30.0),
    ("nested_front_matter_id", FRONT, "job_id", "ECO-88"),
]

FIELDS = [
    ("bilingual_label_before_column_gap", _posting("Lab Engineer\nReference number / Diarienummer        UU 2026/418"), "job_id", "UU 2026/418"),
    ("finnish_search_id", _posting("Sosiaalityöntekijä\nHaku ID / Search ID: KSSHP-11-04-26-22"), "job_id", "KSSHP-11-04-26-22"),
    ("id_with_bracketed_part", _posting("Technical Officer\nReference No.: WSD/TO(E)/2027-02"), "job_id", "WSD/TO(E)/2027-02"),
    ("macedonian_code_label", _posting("Оператор\nШифра / Code: OP-BT-0112"), "job_id", "OP-BT-0112"),
    ("malay_advert_code", _posting("Pembantu Tadbir\nKod Iklan / Advertisement Code: JPA/N19/2026/07"), "job_id", "JPA/N19/2026/07"),
    ("we_are_hiring_a_title", "We're hiring a Dental Nurse at Harbour Smiles Clinic.\n\nCall the practice to apply.\n", "company", None),
    ("remote_days_of_work", _posting("Data Analyst", "About the role\nYou will be based at our Leeds office, with up to 2 days of remote work per week.\n"), "workplace", "hybrid"),
    ("years_running_a_tool", _posting("Platform Engineer", "Requirements\n- At least 5 years running PostgreSQL clusters\n- Good Bash\n"), "min_years_experience", 5.0),
    ("years_running_as_a_streak", _posting("Barista", "About us\nVoted the town's best café three years running.\n"), "min_years_experience", None),
    ("years_post_trade", _posting("Electrician", "Requirements\n- You need four years post-trade on commercial sites\n- A current licence\n"), "min_years_experience", 4.0),
]

PLACES = [
    ("region_of_the_stated_country", _posting("Field Officer\nDuty Station: Soma, West Coast Region, The Gambia"), [("Soma", "West Coast", "Gambia")]),
]


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS, ids=[c[0] for c in READERS + FIELDS])
def test_field_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


@pytest.mark.parametrize("case_id,text,expected", PLACES, ids=[c[0] for c in PLACES])
def test_places(case_id, text, expected):
    assert places(text) == expected


def test_caption_file_reads_as_what_is_said():
    text = normalize(CAPTIONS).text
    assert "-->" not in text and "<v " not in text and "oven timer" not in text
    assert "You'll laminate dough and bake the morning croissants." in text  # a cue's two lines joined


def test_transcript_prompts_are_dropped():
    text = normalize(TRANSCRIPT).text
    assert "What would they do?" not in text and "[00:00" not in text and "RAJ:" not in text


def test_pager_chrome_goes():
    text = normalize(MUTT).text
    assert "PrevPg" not in text and "(40%)" not in text


def test_prose_posting_with_bullets_is_not_read_as_said():
    card = "Store Supervisor\nAcme Foods - Winnipeg, MB\n• Previous retail experience is an asset.\n• Minimum 2 years of supervisory experience required.\n"
    assert extracted_field(card, "preferred_qualifications") == []


# --------------------------------------------------------------------------- cycle 2 (s69, s71 and s72 opened)

BILINGUAL_MENU = """Jobly.md
Locuri de muncă / Jobs
Companii / Companies
Contul meu / My account
Autentificare / Login

Operator de depozit / Warehouse Operator
Nistru Logistics
"""

CYCLE2 = [
    ("bilingual_menu_is_chrome", BILINGUAL_MENU, "title", "Operator de depozit / Warehouse Operator"),
    ("notice_number_alone", _posting("LLAMADO A CONCURSO\nN° 14/2027\nAsistente de Campo"), "job_id", "14/2027"),
    ("notice_number_after_its_name", _posting("CONVOCATORIA EXTERNA No. 112-2027\nTécnico de Laboratorio"), "job_id", "112-2027"),
    ("breadcrumb_offer_number", _posting("Empleo > Agricultura > Oferta N° MUNI-PM-2027-0041\nTractorista"), "job_id", "MUNI-PM-2027-0041"),
    ("licence_number_is_no_id", _posting("Third Engineer\nMLC Licence No.: MLC-DEL-77120\nRPSL NO.: RPSL-DEL-004411"), "job_id", None),
    ("phone_number_is_no_id", _posting("Driver\nPhone No.: 0722-555-101"), "job_id", None),
    ("short_form_without_legal_suffix", "Backend Developer\nKoraltech OOD\nKoraltech is a Plovdiv-based studio building booking software.\n\n"
     "About the role\nYou will build APIs in Go.\n", "company", "Koraltech"),
    ("urgent_opening_tail", _posting("Payroll Officer (Urgent Opening)"), "title", "Payroll Officer"),
    ("headcount_and_eligibility_tails", _posting("CRANE OPERATOR (3 NOS) – LOCALS ONLY"), "title", "CRANE OPERATOR"),
    ("night_duty_rota_tail", _posting("Staff Nurse (Night Duty Rota)"), "title", "Staff Nurse"),
    ("weekdays_and_weekends_tail", _posting("Support Worker - Weekdays & Weekends"), "title", "Support Worker"),
    ("wished_diploma_is_no_lower_requirement", _posting("Tax Accountant", "Requirements\n- Bachelor's degree in Accounting\n- A diploma in payroll administration would be valued\n"),
     "education_level", "bachelor"),
    ("would_be_valued_marks_a_wish", _posting("Tax Accountant", "Requirements\n- Bachelor's degree in Accounting\n- Knowledge of SAP would be valued\n"),
     "preferred_qualifications", ["Knowledge of SAP would be valued"]),
    ("czech_contract_tail", _posting("Účetní | HPP, plný úvazek"), "title", "Účetní"),
    ("other_calendar_date_beside_gregorian", _posting("Receptionist\nPublished: 2083-09-02 B.S. (2026-12-17)"), "date_posted", "2026-12-17"),
    ("document_title_over_its_heading", "Warehouse Supervisor advert\n\nWarehouse Supervisor, Cold Store\nKestrel Freight\n\n"
     "About the role\nYou will run the night shift.\n", "title", "Warehouse Supervisor, Cold Store"),
    ("word_xml_properties_are_no_text", '<?xml version="1.0"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
     'xmlns:o="urn:schemas-microsoft-com:office:office"><o:DocumentProperties><o:Title>Chef advert</o:Title><o:Author>Admin Team</o:Author>'
     '</o:DocumentProperties><w:body><w:p><w:r><w:t>Sous Chef</w:t></w:r></w:p><w:p><w:r><w:t>Harbour Kitchen Ltd</w:t></w:r></w:p>'
     '<w:p><w:r><w:t>You will run the pass on busy evenings and train two commis chefs.</w:t></w:r></w:p></w:body></w:wordDocument>', "title", "Sous Chef"),
]


INDESIGN = """<UNICODE-WIN>
<Version:17><FeatureSet:InDesign-Roman>
<DefineParaStyle:Head=<cTypeface:Bold><cSize:14.000000>>
<ParaStyle:Employer>Kestrel Bakeries Ltd
<ParaStyle:Head>Shift Baker <0x2013> Early Starts
<ParaStyle:Body>Location: Truro, Cornwall
<ParaStyle:Body><CharStyle:Bold>Ref:<CharStyle:> KB/PRD/0931
"""

QUARK = """<v12.00><e9>
@Normal=<Ps100t0h100z10k0b0c"Black"f"Helvetica">
@Ad Head=[S"","Ad Head"]<*L*h"Standard"Ps100t0h100z18k0b0c"Black"f"Futura-Bold">
@Ad Employer:WESTERN PLAINS GRAIN
@Ad Head:Grain Receival Officer
@Ad Body:<B>Moree NSW<B><\\n>$62,000 <\\#8211> $68,000 per annum<\\n>Ref no. WPG-GR-12
@Ad Body:You will sample and grade grain at our receival site during harvest.
"""

PICKLE = """$ python -m pickletools item.pkl
    0: \\x80 PROTO      4
    2: \\x95 FRAME      900
   11: \\x8c SHORT_BINUNICODE 'crawler.items'
   26: \\x94 MEMOIZE    (as 0)
   27: \\x8c SHORT_BINUNICODE 'Item'
   33: \\x93 STACK_GLOBAL
   34: )    EMPTY_TUPLE
   35: \\x81 NEWOBJ
   36: }    EMPTY_DICT
   37: (    MARK
   38: \\x8c     SHORT_BINUNICODE 'title_raw'
   49: \\x8c     SHORT_BINUNICODE 'Pharmacy Assistant'
   69: \\x8c     SHORT_BINUNICODE 'body_text'
   80: X        BINUNICODE 'Pharmacy Assistant\\nGreenleaf Pharmacy, Pune\\n\\nJob Code: GP/PA/27\\nYou will dispense medicines.'
  190: \\x8c     SHORT_BINUNICODE 'lang'
  197: \\x8c     SHORT_BINUNICODE 'en'
  201: u        SETITEMS   (MARK at 37)
  202: .    STOP
"""

DTP = [
    ("pickletools_title", PICKLE, "title", "Pharmacy Assistant"),
    ("pickletools_escaped_body_id", PICKLE, "job_id", "GP/PA/27"),
    ("indesign_tagged_text_id", INDESIGN, "job_id", "KB/PRD/0931"),
    ("quark_tags_title", QUARK, "title", "Grain Receival Officer"),
    ("quark_tags_pay_range", QUARK, "salary", {"min": 62000.0, "max": 68000.0, "currency": "AUD", "period": "year"}),
]

PLACES_2 = [
    ("interview_venue_is_no_place_of_work", _posting("Customer Support Associate\nJob Location: Pune, Maharashtra\nVenue: Hotel Sunrise, 12 MG Road, Camp, Nashik - 422001"),
     [("Pune", "Maharashtra", "India")]),
    ("parts_of_a_continent", _posting("Support Engineer\nLocation: Americas only, you must live in North, Central or South America"), []),
    ("company_profile_hq_is_no_place", "Analyst\nKinetta · Lisbon HQ · 120 employees\n\nLocation: Remote (Spain)\n", [(None, None, "Spain")]),
    ("position_at_its_head_office", _posting("Accountant", "About the role\nThe post is at its Eldoret, Kenya head office.\n"), [("Eldoret", None, "Kenya")]),
]


@pytest.mark.parametrize("case_id,text,field,expected", DTP, ids=[c[0] for c in DTP])
def test_layout_tagged_text(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


@pytest.mark.parametrize("case_id,text,expected", PLACES_2, ids=[c[0] for c in PLACES_2])
def test_places_cycle2(case_id, text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("case_id,text,field,expected", CYCLE2, ids=[c[0] for c in CYCLE2])
def test_cycle2_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


def test_bilingual_heading_is_no_menu():
    text = normalize("Analista\n\nPerfil / Profile\n- Licenciatura em Economia\n- Excel avançado\n").text
    assert "Perfil / Profile" in text
