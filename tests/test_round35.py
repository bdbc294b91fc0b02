"""Table-driven tests of the sixth round of 2026-12-04: postings pasted as JSON (an API response, a notebook), as PHP
var_dump output or as psql's expanded display; quoted blocks, checkbox bullets and labels glued to their values;
headings with a field note, a checklist count or two languages; and field classes (a field name over its value, a
"Posted <date> by <employer>" byline, a town with an unknown region and its country, pay periods named apart from
the figures, ids and codes). Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor import Extractor
from extractor.normalize import normalize
from tests.rule_helpers import extracted_field, lines_kept, raw_slice
from extractor.sections import classify_line

EXTRACTOR = Extractor(use_llm=False)

API_JSON = """GET /v1/openings/7731 HTTP/1.1
HTTP/1.1 200 OK
content-type: application/json

{
  "opening": {
    "jobTitle": "Warehouse Team Leader",
    "hiringCompany": {"name": "Ostrander Freight Ltd", "region": "EMEA"},
    "location": {"suburb": "Trafford Park", "city": "Manchester", "country": "GB"},
    "hoursPerWeek": 40,
    "listedAt": "2026-10-14T08:00:00Z",
    "duties": [
      "Lead a shift team of twelve pickers",
      "Run the morning safety briefing"
    ],
    "benefits_text": "Pension and a free shuttle bus.",
    "remote": false
  }
}
"""

NOTEBOOK = """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "## Lab Technician\\n",
    "\\n",
    "### What you will do\\n",
    "- Prepare media and reagents\\n",
    "- Log every sample in the LIMS\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["shortlist = load()"]
  }
 ],
 "nbformat": 4,
 "nbformat_minor": 5
}
"""

VAR_DUMP = """php > var_dump($job);
array(4) {
  ["title"]=>
  string(15) "Joiner - Nights"
  ["pay_min"]=>
  float(21.5)
  ["duties"]=>
  array(2) {
    [0]=>
    string(19) "Hang doors and trim"
    [1]=>
    string(21) "Fit kitchen carcasses"
  }
  ["remote"]=>
  bool(false)
}
"""

PSQL = """jobs=# SELECT * FROM adverts WHERE id = 9;
-[ RECORD 1 ]--+---------------------------------------
id             | 9
title          | Kennel Assistant
employment_type| part_time
notes          | Walk the dogs twice a day.            +
               | Clean the runs before noon.
is_live        | t

jobs=#
"""

QUOTED = """Forwarding the ad below, can you post it?

> Bakery Assistant
> Crumb & Co
> - Shape loaves and rolls
> - Clean the proving room
> Nice to have
> - Food hygiene level 2

Thanks!
"""

READERS = [
    # (case, raw, lines the normalised text holds, text it must not hold)
    ("json-nested-and-camel", API_JSON,
     ["Job title: Warehouse Team Leader", "Hiring company: Ostrander Freight Ltd", "Location: Manchester, GB",
      "Hours per week: 40", "Listed at: 2026-10-14T08:00:00Z", "- Lead a shift team of twelve pickers",
      "Benefits: Pension and a free shuttle bus."], ["Trafford Park", "Remote:", '"jobTitle"']),
    ("notebook-cells-as-text", NOTEBOOK,
     ["## Lab Technician", "- Prepare media and reagents", "- Log every sample in the LIMS"],
     ["Cell type", "Execution count", "Nbformat", "Metadata"]),
    ("php-var-dump", VAR_DUMP,
     ["Title: Joiner - Nights", "Pay min: 21.5", "- Hang doors and trim", "- Fit kitchen carcasses"],
     ['["title"]=>', "bool(false)", "string(15)"]),
    ("psql-expanded", PSQL,
     ["Title: Kennel Assistant", "Employment type: part_time", "Notes: Walk the dogs twice a day.",
      "Clean the runs before noon."], ["-[ RECORD", "| 9"]),
    ("quoted-block", QUOTED, ["Bakery Assistant", "- Shape loaves and rolls", "Nice to have"], ["> Bakery"]),
    ("checkbox-bullets", "Deckhand\n\nMust have:\n☑ STCW basic safety\n☑ A head for heights\n",
     ["• STCW basic safety", "• A head for heights"], ["☑"]),
    ("glued-ats-labels", "Fitter\n\nLocationLeeds\nDepartmentMaintenance\nEmployment TypeFull time\n\nWe fit things.\n",
     ["Department: Maintenance", "Employment Type: Full time"], ["DepartmentMaintenance"]),
    ("ini-unpublished-section",
     "[site]\nbrand = Harbour Bikes\n\n[job.template]\ntitle = Job Title Here\npublished = false\n\n"
     "[job.mechanic]\npublished = true\ntitle = Cycle Mechanic\nlocation = Galway\n",
     ["Title: Cycle Mechanic"], ["Job Title Here"]),
]


@pytest.mark.parametrize("case_id,raw,present,absent", READERS, ids=[c[0] for c in READERS])
def test_source_shape_reads_as_its_page(case_id, raw, present, absent):
    text = normalize(raw).text
    lines = [line.strip() for line in text.split("\n")]
    for want in present:
        assert want in lines, (case_id, want, text)
    for unwanted in absent:
        assert unwanted not in text, (case_id, unwanted, text)


@pytest.mark.parametrize("raw,value", [(API_JSON, "Ostrander Freight Ltd"), (VAR_DUMP, "Fit kitchen carcasses"),
                                       (PSQL, "Clean the runs before noon."), (NOTEBOOK, "Log every sample in the LIMS")])
def test_reader_offsets_slice_the_raw_source(raw, value):
    assert raw_slice(raw, value) == value


@pytest.mark.parametrize("text", [
    'He said "yes" {not json} and left.\n\nWe hire drivers.\n',
    "Reply above.\n> one quoted line\n\nThe rest of the mail.\n",
    "Valve [0]=> once\n\nPlumber wanted.\n",
])
def test_other_text_is_left_alone(text):
    assert lines_kept(text) == []


@pytest.mark.parametrize("line,kind", [
    ("Responsibilities (one per line)", "responsibilities"),
    ("Perks (multi-select)", "benefits"),
    ("Checklist: Must have 3/4", "minimum_qualifications"),
    ("Profil recherché / Requirements", "minimum_qualifications"),
    ("El puesto / The job", "summary"),
])
def test_headings_with_notes_and_two_languages(line, kind):
    head = classify_line(line, 0, "- an item")
    assert head is not None and head.kind == kind


def test_a_slash_between_two_unknown_words_is_no_content_heading():
    head = classify_line("Sales / Marketing", 0, "- an item")
    assert head is None or head.kind == "other"


FIELDS = [
    # (case, posting, field, expected)
    ("field-name-over-title", "Record 42\nCreated: 01/10/2026\nStatus\nLive\n\nRole title\nPastry Chef (Senior)\n\nCompany\nCrumb & Co\n",
     "title", "Pastry Chef (Senior)"),
    ("created-is-weak", "Role title\nPastry Chef\n\nCreated: 01/10/2026\nDate published\n13/10/2026\n", "date_posted", "2026-10-13"),
    ("workplace-under-field-name", "Groundskeeper\n\nWork pattern\nOn site, outdoors\n\nWe mow lawns.\n", "workplace", "onsite"),
    ("count-tail-cut", "Job Title: Milking Assistant - 600 cow herd\nEmployer: Milk Farm Ltd\n\nWe milk cows.\n", "title", "Milking Assistant"),
    ("dated-byline", "Job posting\nwarehouse associate\nPosted on March 3, 2026 by Birchfield Storage Inc.\n\nWe store things.\n",
     "title", "warehouse associate"),
    ("dated-byline-employer", "Job posting\nwarehouse associate\nPosted on March 3, 2026 by Birchfield Storage Inc.\n\nWe store things.\n",
     "company", "Birchfield Storage Inc."),
    ("unknown-region-chain", "Store Clerk\nGulf Traders\nSohar, Al Batinah North, Oman\n\nWe sell things.\n", "locations",
     [{"city": "Sohar", "region": "Al Batinah North", "country": "Oman"}]),
    ("code-then-country", "Barista\nBean There\nFortitude Valley QLD, Australia\n\nWe pour coffee.\n", "locations",
     [{"city": "Fortitude Valley", "region": "Queensland", "country": "Australia"}]),
    ("req-code-whole", "Platform Engineer\n\nThe ad is on our site as REQ-5521.\n", "job_id", "REQ-5521"),
    ("bracketed-translation-label", "Welder\n\nJob Code (کد آگهی): WL-2207\n\nWe weld.\n", "job_id", "WL-2207"),
    ("number-under-notice", "VACANCY NOTICE\nNo.: KTM/VN/2026/12\n\nPost title: Driver\n", "job_id", "KTM/VN/2026/12"),
    ("pay-unit-label", "Title: Joiner\nPay min: 21.5\nPay max: 24\nPay unit: HOUR\n", "salary",
     {"min": 21.5, "max": 24.0, "currency": None, "period": "hour"}),
    ("slash-hourly-not-next", "Salary Range: $19.10 - $22.40 / hourly; $39,700 - $46,600 / annually\n", "salary",
     {"min": 19.1, "max": 22.4, "currency": "USD", "period": "hour"}),
    ("hourly-rate-above", "Hourly Rate\n$28.00 - $31.50\n\nUnion\nLocal 12\n", "salary",
     {"min": 28.0, "max": 31.5, "currency": "USD", "period": "hour"}),
    ("zero-led-code-no-amount", "Requisition\nR0031177\n\nForklift Driver\nNo pay stated.\n", "salary", None),
    ("higher-education-degree", "Requirements:\n- Higher education in soil science\n", "education_level", "bachelor"),
    ("higher-education-sector", "Requirements:\n- Experience in higher education in Wales\n", "education_level", None),
    ("bracketed-degree-note", "What you need\n- A degree (2:1 or above) in chemistry\n", "education_level", "bachelor"),
    ("department-over-category", "Nurse\n\nCategory\nNursing\nDepartment\n3 East Ortho/Neuro\n\nWe care.\n", "team", "3 East Ortho/Neuro"),
    ("board-function-no-team", "Clerk\n\nJob function\nFinance/Accounting\nIndustries\nRetail\n\nWe file.\n", "team", None),
    ("lmia-visa", "Cook\n\nOpen to citizens and permanent residents. We do not support LMIA applications.\n", "visa_sponsorship", False),
]


@pytest.mark.parametrize("case_id,text,field,expected", FIELDS, ids=[c[0] for c in FIELDS])
def test_field_classes(case_id, text, field, expected):
    value = extracted_field(text, field)
    assert value == expected, (case_id, value)


def test_initials_after_a_legal_form_are_cut():
    text = "HSE Officer\nSociété des Mines du Nord SA (SMN)\nLocation: Conakry\n\nSMN runs a mine.\n"
    assert EXTRACTOR.extract(text).company == "Société des Mines du Nord SA"


def test_odf_properties_and_docbook_history_are_no_text():
    fodt = ('<?xml version="1.0"?>\n<office:document xmlns:office="urn:o" xmlns:meta="urn:m" xmlns:dc="urn:d" xmlns:text="urn:t">'
            "<office:meta><dc:title>Draft advert v3</dc:title><dc:date>2026-01-02T10:00:00</dc:date></office:meta>"
            "<office:body><office:text><text:h>Porter</text:h><text:p>Advertised: 5 February 2026</text:p>"
            "</office:text></office:body></office:document>")
    record = EXTRACTOR.extract(fodt)
    assert record.title == "Porter" and record.date_posted.isoformat() == "2026-02-05"
    docbook = ('<?xml version="1.0"?>\n<article><articleinfo><title>Porter</title><revhistory><revision><date>2026-01-02</date>'
               "</revision></revhistory></articleinfo><para>Advertised: 5 February 2026</para></article>")
    assert "2026-01-02" not in normalize(docbook).text
