"""Classes read on the held-out batch of transport boards and chat shapes (s84): the tags a driver's or an aid
agency's heading carries after the job's name, a route after it, the employer after "at the", German
"-ID" labels, and a chat message's JSON carrying the posting as plain text beside its HTML, dated by its send
time. Table-driven and offline; the postings are this file's own, not the batch's."""

from __future__ import annotations

import json

import pytest

from extractor.context import context_for
from extractor.pipeline import Extractor
from extractor.rules.base import run_rules


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(use_llm=False)


def _best(text: str, field: str):
    return run_rules(context_for(text), [field]).get(field)


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Regional Class A Driver – Home Weekly – Day Dispatch", "Regional Class A Driver"),  # home time and dispatch tags
        ("Parcel Courier (Self-Employed)", "Parcel Courier"),  # an owner-driver's status in brackets
        ("Logistics Assistant – Self Employed", "Logistics Assistant"),
        ("Supply Officer (National Position)", "Supply Officer"),  # an aid agency's staff category
        ("Programme Manager (International Post)", "Programme Manager"),
        ("HC Interstate Driver – Brisbane to Melbourne", "HC Interstate Driver"),  # a route between two places
        ("Long Haul Driver - Winnipeg -> Calgary", "Long Haul Driver"),
        # not a route: the words around "to" are no places
        ("Translator – English to Portuguese", "Translator – English to Portuguese"),
        ("Self-Employed Hairdresser", "Self-Employed Hairdresser"),  # the status opening the name is the job's own
    ],
)
def test_heading_tags_and_routes(heading: str, title: str) -> None:
    text = f"{heading}\nRiverbend Haulage Ltd\n\nAbout the role\nYou will move freight safely and on time for our customers.\n"
    cand = _best(text, "title")
    assert cand is not None and cand.value == title


@pytest.mark.parametrize(
    "text, title, company",
    [
        ("Data Engineer at the Northfield Research Institute\n\nThe Northfield Research Institute is an independent lab "
         "that studies river systems.\n", "Data Engineer", "Northfield Research Institute"),
        ("Payroll Officer at Kestrel Foods, Leeds\n\nKestrel Foods is a family bakery that supplies shops across Yorkshire.\n",
         "Payroll Officer", "Kestrel Foods"),
    ],
)
def test_employer_after_at_the_or_before_its_town(text: str, title: str, company: str) -> None:
    ctx = context_for(text)
    best = run_rules(ctx, ["title", "company"])
    assert best["title"].value == title
    assert best["company"].value == company


@pytest.mark.parametrize(
    "label, value",
    [("Angebots-ID", "AN-2026-0193"), ("Anzeigen-ID", "77120-B"), ("Inserat-ID", "INS-5521"), ("Anzeigennummer", "A-90817")],
)
def test_german_id_labels(label: str, value: str) -> None:
    text = f"Lagerist (m/w/d)\nNordhafen Logistik GmbH\n\n{label}: {value}\nEinsatzort: Bremen\n"
    cand = _best(text, "job_id")
    assert cand is not None and cand.value == value


_BODY = (
    "Hiring: Support Engineer\n\nKelpie Systems makes scheduling software for clinics and is growing its support team.\n\n"
    "Location: Galway, Ireland (hybrid)\nSalary: €42,000 – €48,000 per year\n\nWhat you'll do:\n- Answer customer tickets "
    "by email and chat\n- Reproduce bugs and write them up for the engineers\n- Keep the help centre articles current\n"
    "- Run onboarding calls for new clinics\n\nWhat we need:\n- 2+ years in a technical support role\n- Clear written English\n"
    "- Comfort with SQL queries and reading logs\n\nWhat we offer:\n- 25 days of annual leave\n- Health insurance for you and your family\n"
)


def _event(stamp_key: str, stamp, with_html: bool = True) -> str:
    content = {"msgtype": "m.text", "body": _BODY}
    if with_html:
        content.update({"format": "org.matrix.custom.html",
                        "formatted_body": "<p><strong>Hiring: Support Engineer</strong></p><ul><li>Answer customer tickets</li></ul>"})
    event = {"type": "m.room.message", "sender": "@ana:kelpie.example", "content": content, stamp_key: stamp, "event_id": "$abc"}
    return json.dumps({"chunk": [event], "start": "t1", "end": "t2"}, indent=2, ensure_ascii=False)


@pytest.mark.parametrize(
    "stamp_key, stamp, date",
    [
        ("origin_server_ts", 1795435200000, "2026-11-23"),  # milliseconds since 1970, as a Matrix event gives it
        ("timestamp", 1795435200, "2026-11-23"),  # seconds, as a Zulip message gives it
        ("created_at", "2026-11-23T09:15:00Z", "2026-11-23"),  # a date string
    ],
)
def test_chat_message_json_with_html_is_read_as_its_plain_text(extractor: Extractor, stamp_key: str, stamp, date: str) -> None:
    raw = _event(stamp_key, stamp)
    posting = extractor.extract(raw)
    assert posting.title == "Support Engineer"
    assert posting.salary is not None and (posting.salary.min, posting.salary.currency) == (42000.0, "EUR")
    assert "Reproduce bugs and write them up for the engineers" in posting.responsibilities
    assert posting.date_posted is not None and posting.date_posted.isoformat() == date
    span = posting.provenance["date_posted"].spans[0]
    at = raw.index(str(stamp))
    assert at <= span.start < span.end <= at + len(str(stamp))  # the evidence is the stamp itself


def test_a_long_text_under_another_key_gets_no_send_date(extractor: Extractor) -> None:
    """An error tracker's event carries the posting under its own key; its event time is no posting date."""
    raw = json.dumps({"event_id": "9f1c", "timestamp": 1795435200, "level": "error",
                      "extra": {"raw_posting": _BODY}}, indent=2)
    posting = extractor.extract(raw)
    assert posting.date_posted is None
    assert posting.title == "Support Engineer"


@pytest.mark.parametrize(
    "line, place",
    [
        ("Location: Mexico, MO", ("Mexico", "Missouri", "United States")),  # a town named like a country, before a US state
        ("Yard: 22 Mill Road, Peru, Indiana 46970", ("Peru", "Indiana", "United States")),
        ("Location: Beirut, Lebanon", ("Beirut", None, "Lebanon")),  # a country after its town stays the country
    ],
)
def test_town_named_like_a_country(line: str, place: tuple) -> None:
    found = run_rules(context_for(f"Yard Jockey\nMillbrook Carriers\n\n{line}\nPay: $21 per hour\n"), ["locations"])["locations"].value
    assert [(p["city"], p["region"], p["country"]) for p in found] == [place]


@pytest.mark.parametrize(
    "sentence, company",
    [
        ("La société TRANSLOG SAHEL SARL, transitaire basé à Niamey, recrute :", "TRANSLOG SAHEL SARL"),
        ("L'entreprise Boulangerie Dumas SA recrute un vendeur.", "Boulangerie Dumas SA"),
        ("La empresa Frigoríficos Andes SA, con sede en Osorno, busca operarios.", "Frigoríficos Andes SA"),
    ],
)
def test_a_firm_named_after_its_kind_recruits(sentence: str, company: str) -> None:
    text = f"LE QUOTIDIEN — Journal d'information\nAnnonces\n\n{sentence}\n\nMANUTENTIONNAIRE\n\nLieu de travail : Niamey, Niger\n"
    cand = run_rules(context_for(text), ["company"])["company"]
    assert cand.value == company


@pytest.mark.parametrize(
    "heading",
    ["What Harbourline offers", "What the clinic offers you", "Ce que le cabinet offre", "Lo que la empresa ofrece", "Was Nordwerk dir bietet"],
)
def test_what_the_employer_offers_heads_the_benefits(heading: str) -> None:
    text = (f"Fleet Coordinator\nHarbourline Freight\n\nRequirements\n- 3 years of fleet coordination experience\n- A valid driving licence\n\n"
            f"{heading}\n- Medical insurance for you and your family\n- 25 days of annual leave\n- A yearly training budget\n")
    ctx = context_for(text)
    minimum = run_rules(ctx, ["minimum_qualifications"])["minimum_qualifications"].value
    assert minimum == ["3 years of fleet coordination experience", "A valid driving licence"]
    assert [s.kind for s in ctx.sections if s.kind == "benefits"]


@pytest.mark.parametrize("line", ["What you will do", "What our drivers say"])
def test_other_what_lines_are_no_benefits_heading(line: str) -> None:
    ctx = context_for(f"Driver\nAcme Haulage\n\n{line}\n- Drive the route\n- Load the van\n")
    assert not [s for s in ctx.sections if s.kind == "benefits"]


_STANZA = """<!-- console log, account ops@chat.example -->
<message from="jobs@rooms.example/ana" type="groupchat" id="m1">
  <body>Hiring: Network Engineer (Ostrava)

Dunaj Networks s.r.o. runs fibre access networks in Moravia and is hiring.

Location: Ostrava, Czech Republic
Salary: CZK 65 000 – 80 000 gross per month

What you will do:
* Configure and monitor our MikroTik and Juniper routers
* Plan fibre rollouts with the field teams
* Handle second-level support tickets

What we need:
* 3+ years of network operations
* Good English
</body>
</message>
"""


def test_an_xml_stanzas_text_keeps_its_lines(extractor: Extractor) -> None:
    """A chat client's XML console (an XMPP stanza behind a comment): the message text is read in its lines."""
    posting = extractor.extract(_STANZA)
    assert posting.responsibilities == [
        "Configure and monitor our MikroTik and Juniper routers",
        "Plan fibre rollouts with the field teams",
        "Handle second-level support tickets",
    ]
    assert posting.min_years_experience == 3.0
    assert posting.salary is not None and (posting.salary.min, posting.salary.max, posting.salary.currency) == (65000.0, 80000.0, "CZK")


@pytest.mark.parametrize(
    "heading, title, company",
    [
        ("Harbourside County Council — Planning Officer", "Planning Officer", "Harbourside County Council"),
        ("Northbank University – Research Data Steward", "Research Data Steward", "Northbank University"),
    ],
)
def test_an_organisation_opening_the_heading_said_once_more(heading: str, title: str, company: str) -> None:
    """A heading "<Organisation> — <Title>" whose organisation (a name ending in an organisation's noun) the posting
    names once more below."""
    org = company.split()[0]
    text = f"{heading} (Fixed term)\n\nAbout the post\nThe role sits in {company}'s central team and supports the {org} service plan.\n"
    best = run_rules(context_for(text), ["title", "company"])
    assert best["title"].value == title
    assert best["company"].value == company
