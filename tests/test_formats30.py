"""Postings that arrive as a calendar invite (iCalendar) or a LaTeX source: the normaliser gives the rules the
text a reader sees, with offsets back into the raw input. Invites and sources are our own; plain texts that merely
mention these formats stay untouched."""

from __future__ import annotations

import pytest

from extractor import Extractor
from extractor.normalize import normalize

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Recruiting//EN\r\nBEGIN:VEVENT\r\n"
    "UID:open-day-77@harborbakery.example\r\nDTSTAMP:20261115T080000Z\r\n"
    "DTSTART;TZID=America/Chicago:20261120T100000\r\n"
    "SUMMARY:Open Interviews: Production Baker - Harbor Bakery\r\n"
    "LOCATION:Harbor Bakery\\, 12 Dock St\\, Duluth\\, MN 55802\r\n"
    "DESCRIPTION:Walk in with your resume.\\n\\nJob title: Production Baker\\nPay: $19.00 - $22.\r\n"
    " 50 per hour\\nJob type: Full-time\\n\\nWhat you will do:\\n- Mix and shape dough\\n- Run the deck\r\n"
    "  ovens\r\n"
    "ORGANIZER;CN=\"Harbor Bakery Hiring\":mailto:jobs@harborbakery.example\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder: interviews tomorrow\r\nEND:VALARM\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_ics_invite_reads_as_its_text():
    doc = normalize(ICS)
    text = doc.text
    assert text.splitlines()[0] == "Open Interviews: Production Baker - Harbor Bakery"
    assert "Location: Harbor Bakery, 12 Dock St, Duluth, MN 55802" in text
    assert "Pay: $19.00 - $22.50 per hour" in text  # a value folded mid-number is joined again
    assert "- Run the deck ovens" in text  # the fold's one space goes, the word's own space stays
    assert "Organizer: Harbor Bakery Hiring" in text
    for bookkeeping in ("UID", "DTSTAMP", "PRODID", "VALARM", "Reminder", "mailto"):
        assert bookkeeping not in text
    at = text.index("Duluth")
    s, e = doc.source_span(at, at + len("Duluth"))
    assert ICS[s:e] == "Duluth"


def test_ics_invite_fields():
    record = Extractor(use_llm=False).extract(ICS)
    assert record.title == "Production Baker"
    assert record.salary is not None and (record.salary.min, record.salary.max, record.salary.period) == (19.0, 22.5, "hour")
    assert [(p.city, p.region) for p in record.locations] == [("Duluth", "Minnesota")]
    assert record.date_posted is None  # the calendar's stamp is no posting date


LATEX = r"""% advert template -- do not edit
\documentclass[11pt]{article}
\usepackage{hyperref}
\begin{document}
\begin{center}
{\Large\textbf{Postdoctoral Researcher in Soil Microbiology}}\\[6pt]
Centre for Soil Health, University of Westmoor\\
Full-time \quad$\cdot$\quad Ref: \texttt{CSH-2026-14}
\end{center}

\noindent\textbf{Salary:} \pounds36,024--\pounds41,064 per annum\\
% TODO confirm grade
\section*{Main duties}
\begin{itemize}
  \item Run field trials \& lab assays
  \item Publish results, e.g.\ in peer-reviewed journals
\end{itemize}
Contact \href{mailto:hr@westmoor.example}{our HR team}.
\end{document}
"""


def test_latex_source_reads_as_the_typeset_text():
    text = normalize(LATEX).text
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[0] == "Postdoctoral Researcher in Soil Microbiology"
    assert "Salary: £36,024–£41,064 per annum" in text
    assert "Main duties" in lines
    assert "- Run field trials & lab assays" in lines
    assert "- Publish results, e.g. in peer-reviewed journals" in lines
    assert "Contact our HR team." in text
    for markup in ("\\", "{", "}", "TODO", "usepackage", "mailto"):
        assert markup not in text


def test_latex_source_fields():
    record = Extractor(use_llm=False).extract(LATEX)
    assert record.title == "Postdoctoral Researcher in Soil Microbiology"
    assert record.job_id == "CSH-2026-14"
    assert record.salary is not None and (record.salary.min, record.salary.max, record.salary.currency) == (36024.0, 41064.0, "GBP")


@pytest.mark.parametrize("text", [
    "Calendar Administrator\nWe keep our BEGIN:VEVENT exports tidy.\nSUMMARY: a great team.\n",
    "LaTeX Typesetter\nYou will know \\textbf and \\section well; 50% of the job is proofreading.\n",
])
def test_plain_postings_mentioning_the_formats_stay(text):
    assert normalize(text).text.split() == text.split()


FRONT = (
    "---\nlayout: post\ntitle: \"Volunteer Coordinator (Part-Time)\"\norganization: 'Riverbend Food Bank'\n"
    "location: \"Winnipeg, MB\"\nemployment_type: part-time\npay: \"$24.00 per hour\"\npermalink: /jobs/volunteer-coordinator/\n"
    "tags: [jobs, volunteers]\n---\n\n{% include banner.html %}\n\nRiverbend Food Bank feeds 4,000 families a month.\n"
    "{{ page.apply_button }}\n\n## What you'll do\n\n* Recruit and schedule volunteers\n* Run orientation sessions\n"
)


FORM = (
    "### Company name\nKestrel Robotics GmbH\n\n### Role\nEmbedded Software Engineer\n\n### Employment type\nFull-time\n\n"
    "### Visa sponsorship\nNo — you must already have the right to work in the EU.\n\n"
    "### Description\nWe build inspection drones.\n\n- Write firmware in C\n- Test on hardware\n"
)


LABELLED_SHAPES = [
    ("front_matter", FRONT,
     ["Title: Volunteer Coordinator (Part-Time)", "Organization: Riverbend Food Bank", "Employment type: part-time"],
     ["layout", "permalink", "tags", "{%", "{{", "banner.html"],
     {"title": "Volunteer Coordinator", "locations": [("Winnipeg", "Manitoba")]}),
    ("markdown_form", FORM,
     ["Company name: Kestrel Robotics GmbH", "Role: Embedded Software Engineer",
      "Visa sponsorship: No — you must already have the right to work in the EU."],
     ["### Role"],
     {"title": "Embedded Software Engineer", "visa_sponsorship": False}),
]


@pytest.mark.parametrize("text,lines,gone,fields", [c[1:] for c in LABELLED_SHAPES], ids=[c[0] for c in LABELLED_SHAPES])
def test_shapes_read_as_labelled_lines(text, lines, gone, fields):
    clean = normalize(text).text
    assert all(line in clean for line in lines)
    assert not any(piece in clean for piece in gone)
    record = Extractor(use_llm=False).extract(text)
    for name, expected in fields.items():
        value = getattr(record, name)
        if name == "locations":
            value = [(p.city, p.region) for p in value]
        assert value == expected, name


@pytest.mark.parametrize("text", [
    # two answers only: no form, the headings stay
    "### Company name\nKestrel Robotics\n\n### Role\nEmbedded Engineer\n\n### About us\nWe build drones for farms.\n",
    # a page of headings over paragraphs and lists: no form
    "## About us\nWe build drones for farms and forests across three continents and ship weekly.\n\n## Responsibilities\n- Write firmware\n- Test it\n",
])
def test_markdown_headings_that_are_no_form_stay(text):
    assert normalize(text).text.count("#") == text.count("#")


FEED = """<?xml version="1.0" encoding="utf-8"?>
<source>
<publisher>Example ATS</publisher>
<lastBuildDate>Mon, 30 Nov 2026 06:00:00 GMT</lastBuildDate>
<job>
<title><![CDATA[Dispatch Coordinator]]></title>
<date><![CDATA[Fri, 27 Nov 2026 14:00:00 GMT]]></date>
<referencenumber><![CDATA[DC-3381]]></referencenumber>
<company><![CDATA[Bluewater Freight]]></company>
<city><![CDATA[Tacoma]]></city>
<state><![CDATA[WA]]></state>
<country><![CDATA[US]]></country>
<postalcode></postalcode>
<salary><![CDATA[$22 - $26 per hour]]></salary>
<jobtype><![CDATA[fulltime]]></jobtype>
<description><![CDATA[<p>Bluewater Freight moves containers from the Port of Tacoma.</p><ul><li>Plan driver routes</li><li>Track loads</li></ul>]]></description>
</job>
</source>"""


def test_job_feed_elements_as_labelled_lines():
    text = normalize(FEED).text
    for line in ("Company: Bluewater Freight", "Reference number: DC-3381", "Salary: $22 - $26 per hour", "Date posted: Fri, 27 Nov 2026 14:00:00 GMT"):
        assert line in text.splitlines()
    assert "Postal code" not in text  # an empty element gets no label
    assert "Publisher:" not in text and "Description:" not in text  # no fact label: the element only opens a line
    record = Extractor(use_llm=False).extract(FEED)
    assert (record.title, record.company, record.job_id) == ("Dispatch Coordinator", "Bluewater Freight", "DC-3381")
    assert [(p.city, p.region) for p in record.locations] == [("Tacoma", "Washington")]
    assert str(record.date_posted) == "2026-11-27"


def test_web_page_tags_get_no_feed_labels():
    page = "<html><body><h1>Dispatch Coordinator</h1><p>Company info</p><company>Bluewater</company><p>Plan routes.</p></body></html>"
    assert "Company:" not in normalize(page).text


def test_ics_invite_after_a_mail_text_and_rewrapped():
    wrapped = ICS.replace("DESCRIPTION:Walk in with your resume.", "DESCRIPTION:Walk in with your\r\nresume.")
    text = normalize("Forwarded invite below.\n\n" + wrapped).text
    assert text.startswith("Forwarded invite below.")
    assert "Walk in with your\nresume." in text  # a line a mail client broke again stays with its property
    assert "Location: Harbor Bakery, 12 Dock St, Duluth, MN 55802" in text and "UID" not in text


def test_print_margins_with_crlf_line_ends():
    from tests.test_head_block30 import PRINTED

    text = normalize(PRINTED.replace("\n", "\r\n")).text
    assert text.splitlines()[0] == "Line Cook - Jobs at Saltmarsh Kitchen" and "https://" not in text


CHAT = (
    "#jobs\nRina Okafor  9:12 AM\n:mega: :mega: We're hiring a *Warehouse Team Lead* in Reno, NV :round_pushpin:\n"
    "*Must have:*\n• 2+ years leading a shift\n• Forklift certification\n*Nice to have:* WMS experience\n"
    "4 replies\n  Sam Diaz  9:30 AM\n  is this night shift?\n"
)


def test_chat_message_marks_and_thread():
    text = normalize(CHAT).text
    assert "We're hiring a Warehouse Team Lead in Reno, NV" in text
    assert ":mega:" not in text and ":round_pushpin:" not in text
    assert "Must have:" in text.splitlines()
    assert "is this night shift?" not in text  # the thread under "4 replies" is no part of the posting
    record = Extractor(use_llm=False).extract(CHAT)
    assert record.title == "Warehouse Team Lead"
    assert record.preferred_qualifications == ["WMS experience"]


@pytest.mark.parametrize("text", [
    "Markdown page\n\n**Requirements**\n* Python\n* SQL\nPrice: 5 * 3 units\n",
    "Meeting at 10:42:30, see https://intranet.example:8080/jobs and note: *required fields\n",
])
def test_text_without_chat_marks_stays(text):
    assert normalize(text).text.split() == text.replace("**", "").split()
