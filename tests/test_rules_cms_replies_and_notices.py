"""Classes from the blind batches s120 (international-development, NGO and UN boards; East African and Horn notices;
Elasticsearch, Solr and Algolia replies) and s121 (hospitality boards of the US, Canada, the UK and Australia; Southern
African notices; WordPress, Contentful and Sanity replies), opened in the first session of 2026-12-08, each in phrasings
of our own: a board's "City:" field naming a town the gazetteer knows as a district only, search results listed with no
blank line between their cards, a fact table of "| label | value |" rows, a daily fee, "Home-based" as no town, the town
a heading names and the body places in the labelled country, a permit the employer supports, Somali months, a search
engine's YAML and XML replies, a box's "Job snapshot" label, "Immediate Starts", a venue's street before its town, a
requisition's pipe line with the team, a private bag as no employer, other vacancies' terms, a WordPress reply's rendered
title and entities, and Sanity's Portable Text."""

from __future__ import annotations

import json

import pytest

from tests.rule_helpers import extracted_record

CASES = [
    # a board's city field naming a town the gazetteer knows as a district only; the district of that name is no second place
    ("city_field_district_town", "Logistics Assistant\n\nDuty station: Ali Sabieh, Djibouti\n\nDuties\n- Track the convoys\n\nJob details\nCountry: Djibouti\nCity: Ali Sabieh\nPosted: 2 Dec 2026",
     "locations", [{"city": "Ali Sabieh", "region": None, "country": "Djibouti"}]),
    # search results over the opened job, their cards with no blank line between them: their employers are other jobs'
    ("cards_without_blank_lines", "Jobs › Search results for \"nutrition\" (3)\n\nNutrition Officer\nKasese Health Trust · Kampala, Uganda\nPosted 2 days ago\n"
     "Field Monitor\nLake Albert Water Board · Hoima, Uganda\nPosted 5 days ago\n▸ Data Clerk\nNile Basin Partners · Remote\nPosted 1 week ago\n\n"
     "Data Clerk\nNile Basin Partners\nRemote\n\nAbout the role\nYou will clean survey data.", "company", "Nile Basin Partners"),
    ("cards_without_blank_lines_workplace", "Jobs › Search results for \"nutrition\" (3)\n\n▸ Nutrition Officer\nKasese Health Trust · Kampala, Uganda\nPosted 2 days ago\n"
     "Field Monitor\nLake Albert Water Board · Hoima, Uganda\nPosted 5 days ago\nData Clerk\nNile Basin Partners · Remote\nPosted 1 week ago\n\n"
     "Nutrition Officer\nKasese Health Trust\nKampala, Uganda\n\nAbout the role\nYou will run nutrition surveys.", "workplace", None),
    # a fact table drawn with bars and no header rule
    ("pipe_pair_rows", "Programme Assistant (Livelihoods)\n\n| Vacancy number   | 40112                        |\n| Section          | Kigali Sub-Office – Livelihoods |\n"
     "| Duty station     | Kigali, Rwanda               |\n| Posting date     | 03-Dec-2026                  |\n\nDuties\n- Support the livelihoods team", "team", "Kigali Sub-Office – Livelihoods"),
    # a consultant's daily fee
    ("daily_fee", "Baseline Survey Consultant\nLocation: Nairobi, Kenya\n\nDaily fee: USD 280 – 330 per day, depending on experience.\n\nDeliverables\n- An inception report",
     "salary", {"min": 280.0, "max": 330.0, "currency": "USD", "period": "day"}),
    # a home-based assignment names no town
    ("home_based_location", "Gender Evaluation Consultant\n  Location          Home-based\n  Contract          Consultancy, 40 working days\n\nThe consultant will evaluate the programme.",
     "locations", []),
    # the town the heading names and the body places in the labelled country
    ("heading_town_body_country", "Careers > Vacancies > Kenya\n\nProtection Officer – Lodwar (1 position)\n\n"
     "Published: 4 December 2026  |  Apply before: 18 December 2026\nCountry: Kenya  |  Programme: Turkana Emergency Response\n\nAbout the role\n"
     "Riftbridge Aid is recruiting a Protection Officer to lead the protection team of its Turkana field office in Lodwar, Kenya.",
     "locations", [{"city": "Lodwar", "region": None, "country": "Kenya"}]),
    # a permit the employer supports the hire with
    ("supported_with_permit", "Policy Officer\nLocation: The Hague\n\nWhat we offer\n· Candidates from outside the EU can be supported with a skilled migrant (blue card) residence permit",
     "visa_sponsorship", True),
    # a date in Somali
    ("somali_month", "Branch Teller\nTaariikhda la soo dhigay / Posted: 12 Janaayo 2027\nGoobta / Location: Garowe, Somalia\n\nDuties\n- Serve customers", "date_posted", "2027-01-12"),
    # a box's label between the heading and its rows is no team; an advert's "Immediate Starts" is cut from the heading
    ("snapshot_label_not_team", "Line Cook – Immediate Starts (x4)\n\nJOB SNAPSHOT\n| Job ID     | CAL-2291                        |\n| Location   | Calgary, Alberta                |\n"
     "| Pay rate   | $19.00 – $21.00 per hour        |\n\nWhat you'll do\n- Prepare dishes", "team", None),
    ("immediate_starts_tail", "Line Cook – Immediate Starts (x4)\n\nJOB SNAPSHOT\n| Job ID     | CAL-2291                        |\n| Location   | Calgary, Alberta                |\n"
     "| Pay rate   | $19.00 – $21.00 per hour        |\n\nWhat you'll do\n- Prepare dishes", "title", "Line Cook"),
    # the venue's line under the heading, its street before the town
    ("venue_street_town", "Bar Supervisor - Full Time\nThe Crown & Anchor  ·  12 Quay Street, Bristol, BS1 4DJ\n[Full Time]  [£12.60 / Hour]\n\nYour Role\nRun the bar on shift.",
     "locations", [{"city": "Bristol", "region": None, "country": None}]),
    # a requisition's number, then the team and the place, by pipes
    ("requisition_pipe_team", "Room Attendant\nHarbourside Grand Hotel\nRequisition ID: 26-0077   |   Housekeeping   |   Darwin, NT\n\n▾ Overview\nKeep our rooms spotless.",
     "team", "Housekeeping"),
    # a postal bag on a letterhead is no employer
    ("private_bag_letterhead", "OTJIWARONGO MUNICIPALITY\nPrivate Bag 2209 · Hage Geingob Street · Otjiwarongo · Republic of Namibia\n\nVACANCY NOTICE\n\n"
     "The Otjiwarongo Municipality invites applications for the following position:\n\nPOST: ELECTRICIAN (1 POST)", "company", "Otjiwarongo Municipality"),
    # another vacancy's terms in the page's list of other vacancies
    ("other_vacancies_terms", "Branch Manager – Ndola\nCopperbelt Savings Bank\n\nAbout the role\nLead the Ndola branch.\n\nOther current vacancies\n"
     "Teller (Fixed Term) – Kitwe – Closing 12-Dec-2026\nCredit Analyst – Lusaka – Closing 18-Dec-2026", "employment_type", None),
]


@pytest.mark.parametrize("text,field,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_field(text, field, expected):
    assert extracted_record(text)[field] == expected


ES_YAML = """$ curl -s "https://search.example:9200/jobs/_search?q=req:R-881&format=yaml"
---
took: 3
timed_out: false
hits:
  total:
    value: 1
  hits:
  - _index: "jobs-2027.01"
    _id: "Zq81kd0w"
    _score: 7.2
    _source:
      req: "R-881"
      title: "Wastewater Operator"
      employer: "Gippsland River Water"
      department: "Plant Operations"
      posted_at: "2027-01-05T08:00:00+11:00"
      description: |
        Gippsland River Water treats wastewater for 60,000 people.

        About the role
        - Run the treatment plant
  highlight:
    title:
    - "<em>Wastewater</em> Operator"
"""

SOLR_XML = """<?xml version="1.0" encoding="UTF-8"?>
<response>
<lst name="responseHeader"><int name="status">0</int><lst name="params"><str name="q">ref_s:"MT-881"</str></lst></lst>
<result name="response" numFound="1" start="0">
  <doc>
    <str name="ref_s">MT-881</str>
    <str name="title_t">Maintenance Technician</str>
    <str name="company_s">Wrekin Plastics Ltd</str>
    <str name="location_s">Shrewsbury, Shropshire</str>
    <date name="posted_dt">2027-01-04T09:00:00Z</date>
    <arr name="responsibilities_txt"><str>Maintain the moulding machines</str><str>Log every repair</str></arr>
  </doc>
</result>
</response>
"""

WORDPRESS = json.dumps({
    "id": 5120, "date": "2027-01-06T10:00:00", "slug": "senior-barista",
    "title": {"rendered": "Senior Barista &#8211; Weekends"},
    "content": {"rendered": "<p>Harbour Lane Coffee roasts its own beans.</p><h3>What you will do</h3><ul><li>Pull shots</li><li>Train new staff</li></ul>"
                            "<p>Pay: &euro;15.50 per hour</p>", "protected": False},
}, indent=2)

SANITY = json.dumps({
    "ms": 5, "result": {
        "_id": "vacancy-7e1f-curator", "_type": "vacancy", "title": "Assistant Curator", "location": "Nelson, New Zealand",
        "body": [
            {"_key": "a1", "_type": "block", "children": [{"_key": "a2", "_type": "span", "marks": [], "text": "Tasman Bay Museum is seeking an Assistant Curator for its natural history collection."}],
             "markDefs": [], "style": "normal"},
            {"_key": "a3", "_type": "block", "children": [{"_key": "a4", "_type": "span", "marks": [], "text": "What you will do"}], "markDefs": [], "style": "h3"},
            {"_key": "a5", "_type": "block", "children": [{"_key": "a6", "_type": "span", "marks": [], "text": "Catalogue new specimens"}],
             "markDefs": [], "style": "normal", "level": 1, "listItem": "bullet"},
        ]}})


@pytest.mark.parametrize("text,expected", [
    (ES_YAML, {"title": "Wastewater Operator", "company": "Gippsland River Water", "team": "Plant Operations", "job_id": "R-881"}),
    (SOLR_XML, {"title": "Maintenance Technician", "job_id": "MT-881", "date_posted": "2027-01-04", "responsibilities": ["Maintain the moulding machines", "Log every repair"]}),
    (WORDPRESS, {"title": "Senior Barista", "salary": {"min": 15.5, "max": 15.5, "currency": "EUR", "period": "hour"}}),
    (SANITY, {"company": "Tasman Bay Museum", "job_id": None, "responsibilities": ["Catalogue new specimens"]}),
], ids=["elasticsearch_yaml_with_highlights", "solr_xml_reply", "wordpress_rendered_entities", "sanity_portable_text"])
def test_replies(text, expected):
    record = extracted_record(text)
    assert {field: record[field] for field in expected} == expected
