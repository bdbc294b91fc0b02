"""Hard-wrapped text (an e-mail, a PDF's text) is joined back into its lines by the normaliser.

Table-driven: each case is a posting wrapped at some width (or not wrapped at all) and the lines the
normalised text must hold, or must not hold. Phrasings are this file's own.
"""

from __future__ import annotations

import textwrap

import pytest

from extractor.normalize import normalize


def _wrapped(paragraphs: list[str], width: int) -> str:
    """The paragraphs wrapped at ``width`` the way a mail client does: bullets hang under their text."""
    out = []
    for para in paragraphs:
        if not para:
            out.append("")
            continue
        hang = "  " if para.startswith("- ") else ""
        out.append(textwrap.fill(para, width=width, subsequent_indent=hang, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


EMAIL = [
    "Warehouse Shift Lead",
    "Corvid Logistics",
    "",
    "Hi all, we are hiring a shift lead for our cross-dock in Leeds who will run the late shift, coach a team of twelve pickers and keep the dock safe and tidy at all times.",
    "",
    "What you will do:",
    "- Plan the picking waves with the transport office and make sure that every trailer leaves on time, fully loaded and with its paperwork checked",
    "- Run the toolbox talk at the start of each shift and record near misses in the safety log",
    "",
    "What you need:",
    "- Two years of experience leading a team in a warehouse, a distribution centre or a similar fast-moving operation",
    "- A counterbalance licence, or the willingness to gain one in your first three months",
]

JOINED = [
    EMAIL[3],
    EMAIL[6],
    EMAIL[7],
    EMAIL[10],
    EMAIL[11],
]


@pytest.mark.parametrize("width", [60, 66, 72, 80])
def test_a_wrapped_email_reads_as_its_lines(width: int) -> None:
    text = normalize(_wrapped(EMAIL, width)).text
    lines = text.split("\n")
    for line in JOINED:
        assert line in lines
    assert "What you will do:" in lines and "Warehouse Shift Lead" in lines


@pytest.mark.parametrize(
    "raw",
    [
        # short lines, one item each: no line runs to a width, nothing is joined
        "Barista\nFlat White Co\n\nRequirements\nlatte art\nearly starts\ncash handling\nfriendly manner\n",
        # paragraphs one to a line, longer than any wrap width
        "Nurse\n\n" + "We are a busy ward in the north of the city and we look after adults recovering from surgery, "
        "with a team that has grown by a third this year and a manager who protects training time.\n"
        "you will be part of a rota of twelve nurses and two healthcare assistants who share nights fairly and plan leave early.\n",
        # a PDF's lines break short of any one width: left to the list rules, which read them block by block
        "Planning Adviser\n\nWe support councils across the region with planning advice and\n"
        "guidance, and we are looking for an adviser who can work with\n"
        "officers, developers and communities to agree on the best use of land in each of the towns we serve\n"
        "and who enjoys explaining technical matters in plain words to people who are not planners\n",
        # lines of one length, each a closed sentence opening in capitals: a scrape's items, not a wrap
        "Duties\nPrepare the monthly management accounts for the three retail sites.\n"
        "Reconcile the bank and card accounts every week and chase differences.\n"
        "Support the auditors during the year end visit and answer their questions.\n",
    ],
)
def test_text_that_was_not_wrapped_keeps_its_lines(raw: str) -> None:
    assert normalize(raw).text == normalize(raw).text.strip()
    assert normalize(raw).text.split("\n") == [line.strip() for line in raw.strip().split("\n")]


@pytest.mark.parametrize(
    "raw, kept_apart",
    [
        # a paragraph's last line is short: the heading under it stays its own line
        (_wrapped(["We build scheduling software for community clinics and we are growing our small support team this spring.",
                   "and then some more words follow here to make the text clearly wrapped at this width today",
                   "Benefits", "- Twenty-eight days of leave and a pension with a five per cent match from the first month"], 64),
         "Benefits"),
    ],
)
def test_a_wrap_never_joins_a_heading_to_the_paragraph_above(raw: str, kept_apart: str) -> None:
    assert kept_apart in normalize(raw).text.split("\n")


def test_a_joined_line_maps_back_to_the_raw_text() -> None:
    raw = _wrapped(EMAIL, 64)
    doc = normalize(raw)
    start = doc.text.index(EMAIL[10][2:])
    end = start + len(EMAIL[10][2:])
    s, e = doc.source_span(start, end)
    assert " ".join(raw[s:e].split()) == EMAIL[10][2:]
