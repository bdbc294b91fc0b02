"""Table-driven tests for structured data in the page (extractor/rules/jsonld.py).

Pages embed a schema.org JobPosting as JSON-LD (top level, ``@graph``, a list, nested)
or microdata; its values fill the record with method ``jsonld``/``microdata`` and spans
that slice the raw input back to the value's own characters; a disagreement with the
visible text is a warning on the record; a broken block is skipped with a warning.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from extractor.pipeline import Extractor
from extractor.rules.jsonld import CONTRADICTED, Leaf, _Malformed, _parse_json, agrees, read_job_postings, structured_candidates


def ld(obj, *, raw: str | None = None) -> str:
    """A JSON-LD script element holding ``obj`` (or the text ``raw``)."""
    body = raw if raw is not None else json.dumps(obj, indent=2, ensure_ascii=False)
    return f'<script type="application/ld+json">{body}</script>'


def page(head: str, body: str = "<p>You will work with a friendly team and learn something new every day.</p>") -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"{head}</head><body><main>{body}<h2>How to apply</h2><p>Send us your CV and a short cover letter.</p></main></body></html>"
    )


@pytest.fixture(scope="module")
def rules():
    return Extractor(use_llm=False)


def org(name):
    return {"@type": "Organization", "name": name}


def salary(currency, lo, hi, unit):
    value = {"@type": "QuantitativeValue", "unitText": unit}
    if lo is not None:
        value["minValue"] = lo
    if hi is not None:
        value["maxValue"] = hi
    return {"@type": "MonetaryAmount", "currency": currency, "value": value}


def place(city=None, region=None, country=None):
    address = {"@type": "PostalAddress"}
    for key, val in (("addressLocality", city), ("addressRegion", region), ("addressCountry", country)):
        if val is not None:
            address[key] = val
    return {"@type": "Place", "address": address}


def L(city=None, region=None, country=None):
    return {"city": city, "region": region, "country": country}


MICRODATA_PAGE = page(
    "",
    """<div itemscope itemtype="https://schema.org/JobPosting">
  <h1 itemprop="title">Warehouse <b>Team Leader</b></h1>
  <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
    <span itemprop="name">Northgate Logistics</span></div>
  <meta itemprop="datePosted" content="2024-11-02">
  <p>Contract: <span itemprop="employmentType">Temporary</span></p>
  <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
    <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
      <span itemprop="addressLocality">Leeds</span>, <span itemprop="addressRegion">West Yorkshire</span>
      <meta itemprop="addressCountry" content="GB"></div></div>
  <div itemprop="baseSalary" itemscope itemtype="https://schema.org/MonetaryAmount">
    <meta itemprop="currency" content="GBP">
    <div itemprop="value" itemscope itemtype="https://schema.org/QuantitativeValue">
      &pound;<span itemprop="minValue">13.10</span> to &pound;<span itemprop="maxValue">14.25</span>
      <meta itemprop="unitText" content="HOUR"></div></div>
  <p itemprop="description">Lead a shift of pickers and packers.</p>
</div>""",
)

# (case id, raw page, expected fields, method, per field the raw text one of its spans must slice to)
CASES = [
    (
        "top-level, US, hourly, state code, ISO timestamp",
        page(
            ld(
                {
                    "@context": "https://schema.org",
                    "@type": "JobPosting",
                    "title": "Pharmacy Technician",
                    "hiringOrganization": org("Riverbend Health"),
                    "identifier": {"@type": "PropertyValue", "name": "Riverbend Health", "value": "RB-20931"},
                    "datePosted": "2025-03-14T09:00:00-05:00",
                    "employmentType": "PART_TIME",
                    "jobLocation": place("Austin", "TX", "US"),
                    "baseSalary": salary("USD", 19.5, 24, "HOUR"),
                }
            )
        ),
        {
            "title": "Pharmacy Technician",
            "company": "Riverbend Health",
            "job_id": "RB-20931",
            "date_posted": "2025-03-14",
            "employment_type": "part_time",
            "locations": [L("Austin", "Texas", "United States")],
            "salary": {"min": 19.5, "max": 24.0, "currency": "USD", "period": "hour"},
        },
        "jsonld",
        {"title": "Pharmacy Technician", "job_id": "RB-20931", "date_posted": "2025-03-14T09:00:00-05:00", "salary": "19.5"},
    ),
    (
        "@graph with an @id reference, EU monthly pay, degree and months of experience",
        page(
            ld(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {"@type": "Organization", "@id": "https://example.de/#org", "name": "Lindqvist Software GmbH", "url": "https://example.de"},
                        {"@type": "WebPage", "@id": "https://example.de/jobs/1", "name": "Jobs"},
                        {
                            "@type": "JobPosting",
                            "title": "Backend-Entwickler (m/w/d)",
                            "hiringOrganization": {"@id": "https://example.de/#org"},
                            "employmentType": ["FULL_TIME"],
                            "jobLocation": [place("Berlin", None, "DE")],
                            "baseSalary": salary("EUR", 4800, 6200, "MONTH"),
                            "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "bachelor degree"},
                            "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 36},
                        },
                    ],
                }
            )
        ),
        {
            "title": "Backend-Entwickler (m/w/d)",
            "company": "Lindqvist Software GmbH",
            "employment_type": "full_time",
            "locations": [L("Berlin", None, "Germany")],
            "salary": {"min": 4800.0, "max": 6200.0, "currency": "EUR", "period": "month"},
            "education_level": "bachelor",
            "min_years_experience": 3.0,
        },
        "jsonld",
        {"company": "Lindqvist Software GmbH", "min_years_experience": "36", "education_level": "bachelor degree"},
    ),
    (
        "a list at top level, India, string amounts, country object, weekly hours",
        page(
            ld(
                [
                    {"@context": "https://schema.org", "@type": "WebSite", "name": "Careers"},
                    {
                        "@context": "https://schema.org",
                        "@type": ["JobPosting"],
                        "title": "Data Analyst",
                        "hiringOrganization": "Kaveri Analytics",
                        "datePosted": "2024-12-01",
                        "employmentType": "Full-time",
                        "workHours": "45 hours per week",
                        "jobLocation": {
                            "@type": "Place",
                            "address": {
                                "@type": "PostalAddress",
                                "addressLocality": "Bengaluru",
                                "addressRegion": "Karnataka",
                                "addressCountry": {"@type": "Country", "name": "India"},
                            },
                        },
                        "baseSalary": {
                            "@type": "MonetaryAmount",
                            "currency": "INR",
                            "value": {"@type": "QuantitativeValue", "minValue": "6,00,000", "maxValue": "9,00,000", "unitText": "YEAR"},
                        },
                    },
                ]
            )
        ),
        {
            "title": "Data Analyst",
            "company": "Kaveri Analytics",
            "date_posted": "2024-12-01",
            "employment_type": "full_time",
            "weekly_hours": 45.0,
            "locations": [L("Bengaluru", "Karnataka", "India")],
            "salary": {"min": 600000.0, "max": 900000.0, "currency": "INR", "period": "year"},
        },
        "jsonld",
        {"weekly_hours": "45 hours per week", "company": "Kaveri Analytics", "salary": "6,00,000"},
    ),
    (
        "remote: TELECOMMUTE with applicant countries, single pay value, nested in a WebPage",
        page(
            ld(
                {
                    "@context": "https://schema.org",
                    "@type": "WebPage",
                    "mainEntity": {
                        "@type": "JobPosting",
                        "title": "Support Engineer",
                        "hiringOrganization": org("Polar Apps"),
                        "jobLocationType": "TELECOMMUTE",
                        "applicantLocationRequirements": {"@type": "Country", "name": "Canada"},
                        "employmentType": "CONTRACTOR",
                        "baseSalary": {"@type": "MonetaryAmount", "currency": "CAD", "value": {"@type": "QuantitativeValue", "value": 7000, "unitText": "MONTH"}},
                    },
                }
            )
        ),
        {
            "title": "Support Engineer",
            "workplace": "remote",
            "locations": [L(None, None, "Canada")],
            "employment_type": "contract",
            "salary": {"min": 7000.0, "max": 7000.0, "currency": "CAD", "period": "month"},
        },
        "jsonld",
        {"workplace": "TELECOMMUTE", "locations": "Canada", "employment_type": "CONTRACTOR"},
    ),
    (
        "applicant location requirements alone (a state), a bare identifier, a credential in prose",
        page(
            ld(
                {
                    "@context": "https://schema.org",
                    "@type": "JobPosting",
                    "title": "Claims Adjuster",
                    "identifier": 448812,
                    "applicantLocationRequirements": [{"@type": "State", "name": "Ohio"}, {"@type": "State", "name": "Indiana"}],
                    "educationRequirements": "Associate's degree in business or a related field",
                    "experienceRequirements": "At least 2 years of claims handling experience",
                }
            )
        ),
        {
            "workplace": "remote",
            "locations": [L(None, "Ohio", "United States"), L(None, "Indiana", "United States")],
            "job_id": "448812",
            "education_level": "associate",
            "min_years_experience": 2.0,
        },
        "jsonld",
        {"workplace": "Ohio", "job_id": "448812", "locations": "Indiana"},
    ),
    (
        "entities, markup and JSON escapes inside string values",
        page(
            ld(
                None,
                raw='{"@context":"https://schema.org","@type":"JobPosting",'
                '"title":"R&amp;D Engineer &ndash; Sensors",'
                '"hiringOrganization":{"@type":"Organization","name":"Smith &amp; Sons <b>Ltd</b>"},'
                '"description":"&lt;p&gt;Build &lt;strong&gt;sensors&lt;/strong&gt;.&lt;/p&gt;",'
                '"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Z\\u00fcrich","addressCountry":"CH"}},'
                '"datePosted":"2025-01-20"}',
            )
        ),
        {
            "title": "R&D Engineer – Sensors",
            "company": "Smith & Sons Ltd",
            "locations": [L("Zürich", None, "Switzerland")],
            "date_posted": "2025-01-20",
        },
        "jsonld",
        {"title": "R&amp;D Engineer &ndash; Sensors", "company": "Smith &amp; Sons <b>Ltd</b>", "locations": "Z\\u00fcrich"},
    ),
    (
        "ATS habits: a 'Remote' locality, 'City, ST' in the locality, a joined type list, doubly escaped entities",
        page(
            ld(
                {
                    "@context": "http://schema.org",
                    "@type": "JobPosting",
                    "title": "Billing &amp;amp; Collections Lead",
                    "employmentType": "FULL_TIME, PART_TIME",
                    "jobLocation": [
                        {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Remote", "addressCountry": "USA"}},
                        {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "San Francisco, CA"}},
                    ],
                }
            )
        ),
        {
            "title": "Billing & Collections Lead",
            "employment_type": "full_time",
            "workplace": "remote",
            "locations": [L(None, None, "United States"), L("San Francisco", "California", "United States")],
        },
        "jsonld",
        {"workplace": "Remote", "title": "Billing &amp;amp; Collections Lead", "locations": "San Francisco, CA"},
    ),
    (
        "microdata with nested items, meta content and text values",
        MICRODATA_PAGE,
        {
            "title": "Warehouse Team Leader",
            "company": "Northgate Logistics",
            "date_posted": "2024-11-02",
            "employment_type": "temporary",
            "locations": [L("Leeds", "West Yorkshire", "United Kingdom")],
            "salary": {"min": 13.1, "max": 14.25, "currency": "GBP", "period": "hour"},
        },
        "microdata",
        {"title": "Warehouse <b>Team Leader", "company": "Northgate Logistics", "date_posted": "2024-11-02", "salary": "13.10"},
    ),
]


@pytest.mark.parametrize("name, raw, expected, method, evidence", CASES, ids=[c[0] for c in CASES])
def test_structured_values_fill_the_record_with_raw_spans(rules, name, raw, expected, method, evidence):
    posting = rules.extract(raw)
    record = posting.model_dump(mode="json")
    for field, value in expected.items():
        assert record[field] == value, field
        prov = posting.provenance[field]
        assert prov.method == method, field
        assert prov.confidence >= 0.9
        assert prov.spans, field
        for span in prov.spans:
            assert 0 <= span.start < span.end <= len(raw)
            assert "<script" not in raw[span.start : span.end] and '"' not in raw[span.start : span.end], field
    for field, text in evidence.items():
        assert text in [raw[s.start : s.end] for s in posting.provenance[field].spans], field
    assert not [w for w in posting.warnings if "disagrees" in w]


def test_location_items_carry_their_own_spans(rules):
    raw = page(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": "Site Engineer",
                "jobLocation": [place("Perth", "WA", "AU"), place("Darwin", "Northern Territory", "Australia")],
            }
        )
    )
    posting = rules.extract(raw)
    assert [loc.model_dump() for loc in posting.locations] == [
        L("Perth", "Western Australia", "Australia"),
        L("Darwin", "Northern Territory", "Australia"),
    ]
    items = posting.provenance["locations"].items
    assert [[raw[s.start : s.end] for s in item.spans] for item in items] == [["Perth", "WA", "AU"], ["Darwin", "Northern Territory", "Australia"]]


# (visible text, JSON-LD fields, the field that disagrees, which value stays, words the warning must hold)
DISAGREEMENTS = [
    (  # a labelled pay range in the text: the text's (a page's structured data can be stale)
        "<h1>Payroll Specialist</h1><p>Salary: $90,000 - $110,000 per year.</p>",
        {"title": "Payroll Specialist", "baseSalary": salary("USD", 100000, 120000, "YEAR")},
        "salary",
        "text",
        ["jsonld salary 100000-120000 USD/year disagrees with text: 90000-110000 USD/year; kept the text value"],
    ),
    (
        "<h1>Barista</h1><p>Pay: £11.80 per hour</p>",
        {"title": "Barista", "baseSalary": salary("GBP", 12.5, 12.5, "HOUR")},
        "salary",
        "text",
        ["12.5 GBP/hour", "11.8 GBP/hour"],
    ),
    (
        "<p>Job type: Part-time</p><h2>About the role</h2><p>Help our customers.</p>",
        {"title": "Customer Adviser", "employmentType": "FULL_TIME"},
        "employment_type",
        "text",
        ["employment_type full_time", "text: part_time"],
    ),
    (
        "<p>Posted: 3 February 2025</p><p>Join us.</p>",
        {"title": "Welder", "datePosted": "2025-01-06"},
        "date_posted",
        "text",
        ["date_posted 2025-01-06", "text: 2025-02-03"],
    ),
    (  # the text's title is a guess from a header line: the structured title
        "<p>Acme Robotics</p><p>Robot Technician</p><h2>About the role</h2><p>Keep our robots running.</p>",
        {"title": "Robotics Maintenance Technician", "hiringOrganization": org("Acme Robotics")},
        "title",
        "jsonld",
        ["jsonld title Robotics Maintenance Technician disagrees with text: Robot Technician; kept the jsonld value"],
    ),
    (  # an ambiguous numeric date settled by the separator default: the structured ISO date
        "<p>Posted: 04/05/2025</p><p>Join our team.</p>",
        {"title": "Cashier", "datePosted": "2025-05-04"},
        "date_posted",
        "jsonld",
        ["date_posted 2025-05-04", "text: 2025-04-05", "kept the jsonld value"],
    ),
]


@pytest.mark.parametrize("body, fields, field, winner, words", DISAGREEMENTS, ids=[d[2] + str(i) for i, d in enumerate(DISAGREEMENTS)])
def test_a_disagreement_with_the_visible_text_is_a_warning(rules, body, fields, field, winner, words):
    raw = page(ld({"@context": "https://schema.org", "@type": "JobPosting", **fields}), body)
    posting = rules.extract(raw)
    plain = rules.extract(page("", body))  # the same page without the JSON-LD
    assert plain.provenance[field].method != "jsonld"
    assert not [w for w in plain.warnings if "disagrees" in w]
    warning = [w for w in posting.warnings if w.startswith(f"jsonld {field} ")]
    assert len(warning) == 1, posting.warnings
    for word in words:
        assert word in warning[0]
    if winner == "text":
        assert getattr(posting, field) == getattr(plain, field)
        assert posting.provenance[field].method == plain.provenance[field].method
    else:
        assert getattr(posting, field) != getattr(plain, field)
        assert posting.provenance[field].method == "jsonld"
        assert posting.provenance[field].confidence == CONTRADICTED


def test_agreeing_text_gives_no_warning(rules):
    fields = {
        "title": "Payroll Specialist",
        "hiringOrganization": org("Acme Payroll Inc."),
        "baseSalary": salary("USD", 90000, 110000, "YEAR"),
        "employmentType": "FULL_TIME",
    }
    body = "<h1>Payroll Specialist</h1><p>Company: Acme Payroll</p><p>Full-time. Salary: $90,000 - $110,000 per year.</p>"
    posting = rules.extract(page(ld({"@context": "https://schema.org", "@type": "JobPosting", **fields}), body))
    assert posting.provenance["salary"].method == "jsonld"
    assert not [w for w in posting.warnings if "disagrees" in w], posting.warnings


# (visible text, JSON-LD fields, field, expected value, a raw slice from the text that must be among the spans)
COMPLETED = [
    (
        "<p>Salary: $100,000 - $120,000 per year</p>",
        {"title": "Analyst", "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": "QuantitativeValue", "minValue": 100000, "maxValue": 120000}}},
        "salary",
        {"min": 100000.0, "max": 120000.0, "currency": "USD", "period": "year"},
        "per year",
    ),
    (
        "<p>Gehalt: 3.900 € brutto pro Monat</p>",
        {"title": "Elektriker", "baseSalary": {"@type": "MonetaryAmount", "value": 3900}},
        "salary",
        {"min": 3900.0, "max": 3900.0, "currency": "EUR", "period": "month"},
        "€",
    ),
    (
        "<p>Location: Austin, TX</p>",
        {"title": "Analyst", "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Austin"}}},
        "locations",
        [L("Austin", "Texas", "United States")],
        "TX",
    ),
]


@pytest.mark.parametrize("body, fields, field, expected, evidence", COMPLETED)
def test_parts_the_structured_value_omits_come_from_the_agreeing_text(rules, body, fields, field, expected, evidence):
    raw = page(ld({"@context": "https://schema.org", "@type": "JobPosting", **fields}), body)
    posting = rules.extract(raw)
    assert posting.model_dump(mode="json")[field] == expected
    prov = posting.provenance[field]
    assert prov.method == "jsonld"
    slices = [raw[s.start : s.end] for s in prov.spans]
    assert any(evidence in piece for piece in slices), slices
    assert any(raw.index("</script>") > s.start for s in prov.spans)  # the script's own value stays evidence
    assert not [w for w in posting.warnings if "disagrees" in w]


# (case id, scripts in the page, expected title or None, a warning fragment or None)
BROKEN = [
    ("trailing garbage", ld(None, raw='{"@type": "JobPosting", "title": "Chef"} oops'), None, "not valid JSON"),
    ("unquoted key", ld(None, raw='{"@type": "JobPosting", title: "Chef"}'), None, "not valid JSON"),
    ("cut off", ld(None, raw='{"@type": "JobPosting", "title": "Chef", "baseSalary": {"value": 12'), None, "not valid JSON"),
    ("too deep", ld(None, raw='{"@type": "JobPosting", "x": ' + "[" * 5000 + "]" * 5000 + "}"), None, "not valid JSON"),
    (
        "broken block then a good one",
        ld(None, raw='{"@type": "JobPosting", "title": }') + ld({"@type": "JobPosting", "title": "Sous Chef"}),
        "Sous Chef",
        "not valid JSON",
    ),
    ("trailing comma and CDATA wrapper", ld(None, raw='//<![CDATA[\n{"@type": "JobPosting", "title": "Line Cook",}\n//]]>'), "Line Cook", None),
    ("HTML comment wrapper", ld(None, raw='<!-- {"@type": "JobPosting", "title": "Pastry Cook"}; -->'), "Pastry Cook", None),
    ("not a JobPosting", ld({"@context": "https://schema.org", "@type": "Organization", "name": "JobPosting Corp"}), None, None),
    ("wrong script type", '<script type="text/javascript">var x = {"@type": "JobPosting", "title": "Chef"};</script>', None, None),
]


@pytest.mark.parametrize("name, scripts, title, warning", BROKEN, ids=[b[0] for b in BROKEN])
def test_malformed_or_foreign_blocks_are_skipped_never_a_crash(rules, name, scripts, title, warning):
    posting = rules.extract(page(scripts, "<p>Kitchen staff wanted for our bistro.</p>"))
    if title is None:
        assert all(p.method not in ("jsonld", "microdata") for p in posting.provenance.values())
    else:
        assert posting.title == title and posting.provenance["title"].method == "jsonld"
    notes = [w for w in posting.warnings if "JSON-LD" in w]
    assert bool(notes) == bool(warning)
    if warning:
        assert warning in notes[0]


def test_several_postings_on_one_page_use_the_first_with_a_warning():
    raw = page(ld([{"@type": "JobPosting", "title": "Porter"}, {"@type": "JobPosting", "title": "Housekeeper"}]))
    candidates, warnings = structured_candidates(raw)
    assert candidates["title"].value == "Porter"
    assert any("2 schema.org JobPosting" in w for w in warnings)


def test_plain_text_and_pages_without_structured_data_are_untouched(rules):
    for raw in ("Senior Nurse\nSalary: £35,000 per annum\nJobPosting guidelines apply.", page("", "<h1>Nurse</h1><p>Full-time.</p>")):
        assert read_job_postings(raw) == ([], [])
        posting = rules.extract(raw)
        assert all(p.method not in ("jsonld", "microdata") for p in posting.provenance.values())


# (JSON text, its leaves in order: (value, the raw slice that must equal the value's JSON text))
PARSER = [
    (
        '{"a": "x", "b": [1, 2.5, -3e2], "c": {"d": true, "e": null}}',
        [("x", "x"), (1, "1"), (2.5, "2.5"), (-300.0, "-3e2"), (True, "true"), (None, "null")],
    ),
    ('  [ "caf\\u00e9" , "a\\"b" ]  ', [("café", "caf\\u00e9"), ('a"b', 'a\\"b')]),
    ('{"multi\nline": "keeps\ncontrol chars"}', [("keeps\ncontrol chars", "keeps\ncontrol chars")]),
]


@pytest.mark.parametrize("text, leaves", PARSER)
def test_the_json_reader_keeps_every_value_s_position(text, leaves):
    base = 17
    raw = "x" * base + text
    seen = []

    def walk(n):
        if isinstance(n, dict):
            for v in n.values():
                walk(v)
        elif isinstance(n, list):
            for v in n:
                walk(v)
        else:
            assert isinstance(n, Leaf)
            seen.append((n.value, raw[n.start : n.end]))

    walk(_parse_json(text, base))
    assert [(type(v), v, t) for v, t in seen] == [(type(v), v, t) for v, t in leaves]


@pytest.mark.parametrize("text", ['{"a": 1', '{"a" 1}', "[1 2]", '{"a": tru}', "", '"open'])
def test_the_json_reader_rejects_broken_json(text):
    with pytest.raises(_Malformed):
        _parse_json(text, 0)


AGREES = [
    ("title", "Senior Data Engineer", "Senior Data Engineer - Remote", True),
    ("title", "Data Engineer", "Product Designer", False),
    ("company", "Acme Inc.", "Acme", True),
    ("salary", {"min": 100000, "max": 120000, "currency": "USD", "period": "year"}, {"min": 100500, "max": 120000, "currency": "USD", "period": "year"}, True),
    ("salary", {"min": 100000, "max": 120000, "currency": "USD", "period": "year"}, {"min": 100000, "max": 120000, "currency": "USD", "period": "month"}, False),
    ("salary", {"min": 30, "max": 30, "currency": "EUR", "period": None}, {"min": 30, "max": 35, "currency": "EUR", "period": "hour"}, False),
    ("locations", [L("Austin", "Texas", "United States")], [L("Dallas", "Texas", "United States"), L("Austin", "Texas", "United States")], True),
    ("locations", [L(None, None, "Canada")], [L("Toronto", "Ontario", "Canada")], True),
    ("locations", [L("Leeds", None, "United Kingdom")], [L("York", None, "United Kingdom")], False),
    ("date_posted", dt.date(2025, 1, 6), dt.date(2025, 1, 6), True),
    ("job_id", "REQ-123", "req 123", True),
]


@pytest.mark.parametrize("field, structured, text, expected", AGREES)
def test_agreement_rules(field, structured, text, expected):
    assert agrees(field, structured, text) is expected


def test_structured_fields_are_not_sent_to_the_llm():
    extractor = Extractor(use_llm=True)
    raw = page(ld({"@type": "JobPosting", "title": "Courier", "baseSalary": salary("EUR", 2200, 2600, "MONTH")}))
    from extractor.context import context_for
    from extractor.rules import run_rules
    from extractor.rules.jsonld import structured_first

    ctx = context_for(raw)
    candidates = structured_first(ctx, run_rules(ctx), [])
    assert not extractor._ask_llm(ctx, "salary", candidates["salary"])
    assert not extractor._ask_llm(ctx, "title", candidates["title"])
