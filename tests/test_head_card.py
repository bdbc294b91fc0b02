"""A board's top card printed on one line ("Title · Employer · Town · Pay · Type") gives its title and its
employer: of several parts that read as titles, the one the posting goes on to state as an organisation is
the employer, and a card prints the job first. Table-driven; the postings are this file's own.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import Extractor

BODY = (
    "\n\nAbout the job\n"
    "{company} is a {what}. We are looking for someone reliable to join a friendly team.\n\n"
    "Requirements\n- Reliable and punctual\n- Good communication skills\n"
)

CARDS = [
    # (card line, employer's sentence, title, company)
    ("Delivery Driver – Weekends · Harbourline Courier Partners · Tacoma, WA 98402 · $22 - $24 an hour · Part-time",
     "regional parcel carrier", "Delivery Driver", "Harbourline Courier Partners"),
    ("Payroll Officer • Kestrel Engineering Ltd • Bristol • £31,000 - £34,000 a year • Full time",
     "family-owned engineering firm", "Payroll Officer", "Kestrel Engineering Ltd"),
    ("Kitchen Assistant – Casual · Saltmarsh Dining Co. · Hobart TAS · Hospitality & Tourism (Kitchen Staff) · Casual · $28.50 per hour",
     "group of three seafood restaurants", "Kitchen Assistant", "Saltmarsh Dining Co."),
    # labelled facts after the job do not make the card a row of labels
    ("Stores Controller · Veldt Mining Supplies (Pty) Ltd · Rustenburg · Permanent · Published: 14 March 2026 · Ref: VMS-204",
     "supplier of mining consumables", "Stores Controller", "Veldt Mining Supplies (Pty) Ltd"),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(use_llm=False)


@pytest.mark.parametrize("card, what, title, company", CARDS)
def test_a_one_line_top_card_gives_title_and_employer(extractor: Extractor, card: str, what: str, title: str, company: str) -> None:
    record = extractor.extract("JobBoard\n\n" + card + BODY.format(company=company, what=what))
    assert record.title == title
    assert record.company == company


def test_an_informal_heading_naming_the_company_first_keeps_it() -> None:
    record = Extractor(use_llm=False).extract(
        "Quillstone Analytics | Data Engineer | Denver, CO | REMOTE OK | $140k-$165k\n\n"
        "We build forecasting tools for utilities. Email jobs@quillstone.example with your CV.\n"
    )
    assert record.title == "Data Engineer"
    assert record.company == "Quillstone Analytics"


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Claims Handler · UK, Manchester", "Claims Handler"),
        ("Site Electrician • Ballarat VIC • Casual", "Site Electrician"),
        ("Pharmacy Technician · DEPT OF HEALTH · 12 Main Street", "Pharmacy Technician"),
    ],
)
def test_a_title_ends_before_a_spaced_middle_dot_or_bullet(extractor: Extractor, heading: str, title: str) -> None:
    record = extractor.extract(heading + "\n\nAbout us\nWe are a friendly team looking for someone reliable.\n")
    assert record.title == title
