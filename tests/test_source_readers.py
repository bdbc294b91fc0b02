"""Table-driven tests of the normaliser's source-format readers (a unified diff, MediaWiki source, an Org-mode file, a
YAML jobs file, RTF source) and of the visa phrasings added with them (an employer that obtains, processes or pays for
the work permit). Each reader turns its format into the text the page shows, keeps every character's offset, and
leaves other text alone. Phrasings are our own."""

from __future__ import annotations

import pytest

from extractor import Extractor
from extractor.normalize import normalize

EXTRACTOR = Extractor(use_llm=False)

DIFF = """commit 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b
Author: Sam Reyes <sam@tidewater.example>
Date:   Tue Nov 24 09:10:11 2026 -0500

    careers: publish Payroll Coordinator

diff --git a/jobs/payroll-coordinator.md b/jobs/payroll-coordinator.md
index 0a1b2c3..4d5e6f7 100644
--- a/jobs/payroll-coordinator.md
+++ b/jobs/payroll-coordinator.md
@@ -1,8 +1,8 @@
 ---
 title: "Payroll Coordinator"
-location: "Halifax, NS (on-site)"
+location: "Halifax, NS"
 type: "Part-time"
-pay: "$24 - $26 per hour"
+pay: "$27 - $30 per hour"
 ---
 
 Tidewater Freight moves containers for 300 Maritime shippers.
@@ -12,6 +12,7 @@ Tidewater Freight moves containers
 ## What you'll do
 
 - Run the bi-weekly payroll for 140 staff
-- File the monthly remittances
+- File the monthly remittances and year-end slips
+- Answer staff questions on pay and deductions
"""

WIKI = """{{Infobox vacancy
| title        = Volunteer Coordinator
| organisation = Harbourside Food Bank
| location     = Dunedin
| salary       = $29.50 per hour
}}
'''Volunteer Coordinator''' is a role at the [[Harbourside Food Bank]] in [[Dunedin|Ōtepoti Dunedin]].

== Responsibilities ==
* Recruit and roster 60 volunteers
* Run the Saturday distribution

[[Category:Vacancies]]
<!-- check the pay with the board -->
"""

ORG = """#+TITLE: Openings
#+AUTHOR: ops

* DONE Forklift Driver (Napier)                                       :filled:
* TODO Cold Store Supervisor                                          :open:
  :PROPERTIES:
  :COMPANY:  Kiwi Chill Logistics
  :LOCATION: Hastings
  :PAY:      $31 per hour
  :END:
** Duties
   - [ ] Lead a crew of eight on the night shift
   - [X] Keep the temperature logs
* TODO Office Junior                                                  :draft:
  - waiting on budget
"""

YAML = """# jobs.yml
- id: KC-101
  status: published
  title: "Cold Store Supervisor"
  team: Operations
  location:
    city: Hastings
    country: New Zealand
  summary: >
    Lead the night crew in our Hastings cold store.
  duties:
    - Lead a crew of eight on the night shift
    - Keep the temperature logs
- id: KC-102
  status: draft
  title: "Office Junior"
  team: Admin
  summary: >
    TODO
"""

# a writer ends a control word with one space of its own ("\b0 "), so a space the text shows comes after it
RTF = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Calibri;}}{\colortbl ;\red0\green0\blue0;}"
       "\n" r"{\*\generator Riched20}\pard\b Barista\b0\par" "\n"
       r"\b Rate:\b0  \'8016 \endash  \'8018 per hour\par" "\n"
       r"{\pntext\f1\'B7\tab}Make espresso drinks\par" "\n"
       r"{\pntext\f1\'B7\tab}Keep the bar clean\par" "\n"
       r"Caf\u233?s open at 7am\par}")

READERS = [
    # (id, raw, lines that must be in the normalised text, strings that must not be in it)
    ("diff_keeps_the_new_version", DIFF,
     ["Title: Payroll Coordinator", "Location: Halifax, NS", "Pay: $27 - $30 per hour",
      "- File the monthly remittances and year-end slips", "- Answer staff questions on pay and deductions"],
     ["$24 - $26", "(on-site)", "@@", "diff --git", "commit 1a2b", "- File the monthly remittances\n"]),
    ("mediawiki_as_the_page_reads", WIKI,
     ["Title: Volunteer Coordinator", "Organisation: Harbourside Food Bank", "Responsibilities",
      "Volunteer Coordinator is a role at the Harbourside Food Bank in Ōtepoti Dunedin."],
     ["{{", "[[", "'''", "==", "Category:", "check the pay"]),
    ("org_mode_open_entry_only", ORG,
     ["Cold Store Supervisor", "Company: Kiwi Chill Logistics", "Location: Hastings", "Duties",
      "- Lead a crew of eight on the night shift", "- Keep the temperature logs"],
     ["Forklift Driver", "Office Junior", ":PROPERTIES:", "TODO", "[ ]", "#+TITLE"]),
    ("yaml_first_live_record", YAML,
     ["Title: Cold Store Supervisor", "Team: Operations", "Location: Hastings, New Zealand", "Duties",
      "- Lead a crew of eight on the night shift", "Lead the night crew in our Hastings cold store."],
     ["Office Junior", "KC-102", "# jobs.yml"]),
    ("rtf_shows_its_text", RTF,
     ["Barista", "Rate: €16 – €18 per hour", "- Make espresso drinks", "- Keep the bar clean", "Cafés open at 7am"],
     ["\\par", "fonttbl", "Calibri", "Riched20", "\\'80"]),
]


@pytest.mark.parametrize("case_id,raw,present,absent", READERS, ids=[c[0] for c in READERS])
def test_source_format_reads_as_its_page(case_id, raw, present, absent):
    doc = normalize(raw)
    lines = [line.strip() for line in doc.text.split("\n")]
    for want in present:
        assert want in lines or (want in doc.text and "\n" not in want), (case_id, want, doc.text)
    for unwanted in absent:
        assert unwanted not in doc.text, (case_id, unwanted)


@pytest.mark.parametrize("case_id,raw,value", [
    ("diff", DIFF, "$27 - $30 per hour"),
    ("mediawiki", WIKI, "Harbourside Food Bank"),
    ("org", ORG, "Kiwi Chill Logistics"),
    ("yaml", YAML, "Cold Store Supervisor"),
    ("rtf", RTF, "Make espresso drinks"),
])
def test_offsets_slice_the_raw_source(case_id, raw, value):
    doc = normalize(raw)
    i = doc.text.index(value)
    s, e = doc.source_span(i, i + len(value))
    assert raw[s:e] == value


@pytest.mark.parametrize("text", [
    "Barista\nBean There Cafe\n\n- Location: Leeds\n- Hours: 30 a week\n- Pay: £12 an hour\n",  # bullets, no YAML
    "Warehouse Operative\n\nSkills - Forklift - Picking\n== not a wiki ==\n",  # one wiki-like mark only
    "Analyst\n\n* Build reports\n* TODO list upkeep\n",  # stars, no Org file
    "Engineer\n\n--- a note\n+++ more\n",  # no hunk
])
def test_other_text_is_left_alone(text):
    assert normalize(text).text == normalize(text).text  # deterministic
    assert normalize(text).text.split("\n")[0] == text.split("\n")[0]
    for line in (x.strip() for x in text.split("\n") if x.strip()):
        assert line in normalize(text).text


def test_source_readers_fill_the_record():
    wiki = EXTRACTOR.extract(WIKI)
    assert wiki.title == "Volunteer Coordinator" and wiki.company == "Harbourside Food Bank"
    diff = EXTRACTOR.extract(DIFF)
    assert diff.salary is not None and (diff.salary.min, diff.salary.max) == (27, 30)
    org = EXTRACTOR.extract(ORG)
    assert org.title == "Cold Store Supervisor" and org.company == "Kiwi Chill Logistics"


VISA = [
    ("employer_obtains_the_permit", "Relocation help is offered and the Ministry will obtain the necessary work permit.", True),
    ("permit_which_the_employer_processes", "Overseas applicants need a work permit, which the hotel will process.", True),
    ("permit_fees_paid_by_the_employer", "Flights, housing and work permit fees paid by the company.", True),
    ("apply_for_the_permit_for_a_non_national", "The company will apply for the work permit for a non-national hire.", True),
    ("support_your_work_visa", "We are an accredited employer and will support your work visa.", True),
    ("help_with_permit_applications_with_a_slash", "We help with Stamp 4 / General Employment Permit applications.", True),
    ("applicant_obtains_their_own_permit", "Candidates will need to obtain their own work permit.", None),
    ("you_obtain_the_permit", "You will obtain a work permit before your start date.", None),
    ("cannot_support_a_work_visa", "We cannot support your work visa for this role.", False),
    ("will_not_apply_for_permits", "The company will not apply for work permits for overseas applicants.", False),
]


@pytest.mark.parametrize("case_id,sentence,expected", VISA, ids=[c[0] for c in VISA])
def test_employer_permit_phrasings(case_id, sentence, expected):
    posting = EXTRACTOR.extract("Line Cook\nHarbour Grill\n\nWe need a line cook for our busy kitchen.\n\n" + sentence + "\n")
    assert posting.visa_sponsorship is expected, case_id
