"""Segmenter tests: layouts from Greenhouse, Lever, Workday, LinkedIn, Indeed, emails, UK and Indian postings, and the seeds."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest

from extractor.document import Document
from extractor.normalize import normalize
from extractor.sections import SECTION_KINDS, Section, form_kind, inline_headings, kind_of_heading, segment

GREENHOUSE_HTML = """<html><head><title>Job Application for Backend Engineer at Quill</title></head><body>
<div id="header"><h1 class="app-title">Backend Engineer</h1><span class="company-name">at Quill</span>
<div class="location">Toronto, Ontario, Canada</div></div>
<div id="content">
<p><strong>About Quill</strong></p><p>Quill builds invoicing tools for small firms.</p>
<p><strong>What you'll do</strong></p><ul><li>Design APIs in Go</li><li>Run services on GCP</li></ul>
<p><strong>What you'll bring</strong></p><ul><li>4+ years of backend experience</li><li>Strong SQL</li></ul>
<h3>Nice to have</h3><ul><li>Kafka</li></ul>
<h3>Compensation</h3><p>CA$120,000 – CA$150,000 per year.</p>
<p>Quill is an equal opportunity employer and values diversity.</p>
</div></body></html>"""

LEVER = """Senior Product Designer
London
Design – Product Design /
Full-time /
Hybrid

Kinetic is building the operating system for modern logistics teams.

What you'll be doing:
- Own end-to-end design for our dispatch product
- Run user research with drivers

What we're looking for:
- 5+ years of product design experience
- A portfolio of shipped B2B work

Bonus points:
- Experience with design systems

Apply for this job
"""

WORKDAY = """Staff Accountant
locations
Charlotte, NC
time type
Full time
job requisition id
JR-20431

Job Description
As a Staff Accountant you will own month-end close for two entities.

Key Responsibilities
• Prepare journal entries and reconciliations
• Support the external audit

Basic Qualifications
• Bachelor's degree in Accounting
• 2+ years of accounting experience

Preferred Qualifications
• CPA or progress toward CPA

Benefits
• 401(k) with match
"""

LINKEDIN = """Data Scientist
Brightlane · Amsterdam, North Holland, Netherlands (Hybrid)
Full-time · Mid-Senior level

About the job
Brightlane is hiring a Data Scientist to work on pricing.

Responsibilities:
Build pricing models in Python
Run A/B tests with product teams

Qualifications:
MSc in a quantitative field
3+ years in applied data science

Perks and benefits:
Learning budget of €1,500
"""

INDEED = """Warehouse Associate
Reliant Logistics
Reno, NV
$18.50 - $21.00 an hour - Full-time

Job details
Pay: $18.50 - $21.00 an hour
Job type: Full-time

Full job description
We are looking for reliable warehouse associates for our Reno distribution center.

Duties:
- Pick, pack and ship orders
- Load and unload trucks

Requirements:
- Able to lift 50 lbs
- High school diploma or GED

Benefits:
- Paid time off
- Health insurance
"""

EMAIL = """Subject: Contract Data Analyst - 6 months - Remote (UK)

Hi Priya,

I hope you're well. I'm recruiting for a Data Analyst on behalf of our client, a leading insurer.

Requirements: 3+ years of SQL and Power BI, insurance experience preferred.

Rate: £450 per day outside IR35

Let me know if you are interested.

Kind regards,
Tom Bell
Senior Recruiter, Harbour Talent
"""

UK = """Family Support Worker
Ref: FSW-0425
Location: Bristol
Salary: £26,421 - £28,770 per annum

Job purpose
To support families in need across the city.

Main duties and responsibilities
1. Carry out home visits
2. Keep accurate case records

Person specification
Essential criteria
- NVQ Level 3 in Health and Social Care
Desirable criteria
- Full UK driving licence
"""

INDIAN = """Senior Java Developer
Company: Infotrix Solutions Pvt Ltd
Location: Hyderabad, Telangana
Experience: 5-8 years
CTC: 18-24 LPA

Job Description:
We are hiring a Senior Java Developer for our banking platform team.

Roles & Responsibilities:
- Develop microservices with Spring Boot
- Review code and mentor juniors

Desired Candidate Profile:
- B.Tech / M.Tech in Computer Science
- Strong Java 17 and Spring skills

Perks and Benefits:
- Health insurance for family
"""

MARKDOWN = """# Machine Learning Engineer

**About the role**
You will build ranking models.

## What you'll do
* Train models
* Ship them

### Requirements
+ Python
+ PyTorch

**Pay & Benefits:** $150k - $180k base
"""

LAYOUTS = [
    ("greenhouse", GREENHOUSE_HTML, ["header", "company", "responsibilities", "minimum_qualifications", "preferred_qualifications", "pay", "legal"]),
    ("lever", LEVER, ["header", "responsibilities", "minimum_qualifications", "preferred_qualifications"]),
    ("workday", WORKDAY, ["header", "description", "responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits"]),
    ("linkedin", LINKEDIN, ["header", "description", "responsibilities", "minimum_qualifications", "benefits"]),
    ("indeed", INDEED, ["header", "description", "responsibilities", "minimum_qualifications", "benefits"]),
    ("email", EMAIL, ["header", "minimum_qualifications", "pay", "other"]),
    ("uk", UK, ["header", "summary", "responsibilities", "minimum_qualifications", "preferred_qualifications"]),
    ("indian", INDIAN, ["header", "description", "responsibilities", "minimum_qualifications", "benefits"]),
    ("markdown", MARKDOWN, ["header", "summary", "responsibilities", "minimum_qualifications", "pay"]),
]


def _kinds(raw: str) -> list[str]:
    return [s.kind for s in segment(normalize(raw))]


@pytest.mark.parametrize("name, raw, expected", LAYOUTS, ids=[l[0] for l in LAYOUTS])
def test_layout_section_kinds(name, raw, expected):
    assert _kinds(raw) == expected


@pytest.mark.parametrize("name, raw, expected", LAYOUTS, ids=[l[0] for l in LAYOUTS])
def test_sections_index_clean_text(name, raw, expected):
    doc = normalize(raw)
    sections = segment(doc)
    previous_end = 0
    for section in sections:
        assert section.kind in SECTION_KINDS
        assert 0 <= section.heading_start <= section.start < section.end <= len(doc.text)
        assert section.heading_start >= previous_end
        body = doc.text[section.start : section.end]
        assert body == body.strip() and body
        if section.heading:
            assert doc.text[section.heading_start :].startswith(section.heading)
        previous_end = section.end


SEED_KINDS = {
    "000": ["header", "summary", "description", "minimum_qualifications", "preferred_qualifications", "pay", "legal"],
    "001": ["header", "summary", "description", "minimum_qualifications", "preferred_qualifications", "preferred_qualifications", "pay", "legal"],
    "002": ["header", "summary", "description", "minimum_qualifications", "preferred_qualifications", "preferred_qualifications", "pay", "legal"],
    "003": ["description", "summary", "description", "minimum_qualifications", "preferred_qualifications", "pay", "legal"],
    "004": ["header", "summary", "description", "minimum_qualifications", "preferred_qualifications", "preferred_qualifications", "pay", "legal"],
}


@pytest.mark.parametrize("path", sorted(glob.glob(str(Path(__file__).resolve().parents[1] / "golden" / "docs" / "00*.txt"))), ids=lambda p: Path(p).name[:3])
def test_seed_section_kinds(path):
    raw = Path(path).read_text(encoding="utf-8")
    assert _kinds(raw) == SEED_KINDS[Path(path).name[:3]]


def test_inline_heading_body_starts_after_colon():
    doc = Document.from_source(
        "Senior Nurse\nExperience: 2 years\nRequirements: Active RN license, BLS and two years of acute care.\nBenefits: Dental"
    )
    sections = segment(doc)
    assert [(s.kind, s.heading, doc.text[s.start : s.end]) for s in sections] == [
        ("header", "", "Senior Nurse\nExperience: 2 years"),  # short label lines before any section are metadata
        ("minimum_qualifications", "Requirements", "Active RN license, BLS and two years of acute care."),
        ("benefits", "Benefits", "Dental"),
    ]


def test_subheadings_inherit_the_qualification_kind():
    text = "Preferred Qualifications\nEducation & Experience\nMSc\nAdditional Requirements\nRust\n\nResponsibilities\nShip\nEducation\nBSc"
    sections = segment(Document.from_source(text))
    assert [(s.kind, s.heading) for s in sections] == [
        ("preferred_qualifications", "Education & Experience"),
        ("preferred_qualifications", "Additional Requirements"),
        ("responsibilities", "Responsibilities"),
        ("minimum_qualifications", "Education"),
    ]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("What you'll bring", "minimum_qualifications"),
        ("What You’ll Bring:", "minimum_qualifications"),
        ("**Key Responsibilities**", "responsibilities"),
        ("## Nice-to-haves", "preferred_qualifications"),
        ("Perks & Benefits", "benefits"),
        ("Salary and Benefits", "pay"),
        ("Pay and Benefits", "pay"),
        ("EEO Statement", "legal"),
        ("About you", "minimum_qualifications"),
        ("About the role", "summary"),
        ("How to apply", "other"),
        ("We are hiring", None),
    ],
)
def test_kind_of_heading(line, kind):
    assert kind_of_heading(line) == kind


def test_unknown_headings():
    text = (
        "Ops Lead\nShift Pattern:\n- Days\n\nThings You Will Own:\n- Budget\n\nYour Toolbox:\n- Excel\n- SQL\n\n"
        "Key Skills Required\n- Negotiation\n\nThis sentence ends with a colon but is long and not a heading at all:\nText"
    )
    sections = segment(Document.from_source(text))
    assert [(s.kind, s.heading) for s in sections] == [
        ("header", ""),  # "Shift Pattern:" (kind other) before any section stays in the header
        ("responsibilities", "Things You Will Own"),
        ("other", "Your Toolbox"),
        ("minimum_qualifications", "Key Skills Required"),
    ]


def test_about_company_heading():
    sections = segment(Document.from_source("Chef\n\nAbout Harbour Kitchen\nWe cook.\n\nAbout you\nYou cook."))
    assert [(s.kind, s.heading) for s in sections] == [
        ("header", ""),
        ("company", "About Harbour Kitchen"),
        ("minimum_qualifications", "About you"),
    ]


def test_no_headings_is_one_header():
    doc = Document.from_source("Just a paragraph about a job.\nAnother line.")
    assert segment(doc) == [Section("header", "", 0, 0, len(doc.text))]


@pytest.mark.parametrize("text", ["", "   \n\n", "Requirements", "Requirements:", ":::", "\x00" * 10, "Summary\n" * 500])
def test_segment_never_raises(text):
    sections = segment(Document.from_source(text))
    assert all(s.start < s.end for s in sections)


def test_segment_of_something_that_is_no_document(monkeypatch):
    """Strict (the suite): the fault surfaces.  Otherwise: no sections, and a warning says why."""
    with pytest.raises(AttributeError):
        segment(object())
    monkeypatch.delenv("EXTRACTOR_STRICT")
    warnings: list[str] = []
    assert segment(object(), warnings) == []
    assert len(warnings) == 1 and warnings[0].startswith("segmentation into sections failed (AttributeError")


# --------------------------------------------------------------------------- headings as real pages write them


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Responsibilities Include But Not Limited To", "responsibilities"),
        ("Duties include but are not limited to:", "responsibilities"),
        ("What You Can Expect Day-to-day", "responsibilities"),
        ("Desired Skills and Experience", "preferred_qualifications"),
        ("BONUS POINTS FOR", "preferred_qualifications"),
        ("What they need", "minimum_qualifications"),
        ("Experience & Qualifications", "minimum_qualifications"),
        ("What you\x92ll do:", "responsibilities"),  # a PDF's cp1252 apostrophe
    ],
)
def test_real_heading_phrasings(line, kind):
    assert kind_of_heading(line) == kind


@pytest.mark.parametrize(
    "line, kind",
    [
        # other languages, accents and case folded (headings.json "headings_intl")
        ("Requisitos:", "minimum_qualifications"),
        ("PROFIL RECHERCHÉ", "minimum_qualifications"),
        ("Profil recherche", "minimum_qualifications"),
        ("Vəzifə öhdəlikləri:", "responsibilities"),
        ("Ihre Aufgaben", "responsibilities"),
        ("Zakres obowiązków", "responsibilities"),
        ("Se valorará:", "preferred_qualifications"),
        ("Wir bieten", "benefits"),
        ("Descripción del puesto", "description"),
        ("職務内容", "responsibilities"),
        ("岗位职责：", "responsibilities"),
        ("任职要求", "minimum_qualifications"),
        ("Требования:", "minimum_qualifications"),
        ("우대사항", "preferred_qualifications"),
        ("東京都渋谷区", None),
    ],
)
def test_headings_in_other_languages(line, kind):
    assert kind_of_heading(line) == kind


def test_other_language_headings_split_a_posting():
    text = "Analista\nAcme S.A.\n\nFunciones:\n• Analizar solicitudes\n• Elaborar informes\n\nRequisitos:\n• Título en Economía\n\nOfrecemos:\n• Seguro médico\n"
    assert [k for k, _ in _kinds_and_bodies(text)] == ["header", "responsibilities", "minimum_qualifications", "benefits"]


@pytest.mark.parametrize(
    "line, kind",
    [
        # Nordic, German, Dutch, French, Spanish, Italian and Portuguese section headings (headings.json "headings_intl")
        ("Om jobbet", "description"),
        ("Om stillingen", "summary"),
        ("ANSVARSOMRÅDEN", "responsibilities"),
        ("Dine arbeidsoppgaver:", "responsibilities"),
        ("Työtehtävät", "responsibilities"),
        ("Ihre Tätigkeiten", "responsibilities"),
        ("Jouw werkzaamheden", "responsibilities"),
        ("Vos principales missions :", "responsibilities"),
        ("Le tue mansioni", "responsibilities"),
        ("O que você vai fazer", "responsibilities"),
        ("Vem är du?", "minimum_qualifications"),
        ("Krav", "minimum_qualifications"),
        ("Hvem er du", "minimum_qualifications"),
        ("Odotamme sinulta", "minimum_qualifications"),
        ("Voraussetzungen", "minimum_qualifications"),
        ("Wie zoeken wij?", "minimum_qualifications"),
        ("Profilo ricercato", "minimum_qualifications"),
        ("MERITERANDE", "preferred_qualifications"),
        ("Det er en fordel om du har:", "preferred_qualifications"),
        ("Een pré", "preferred_qualifications"),
        ("Costituisce titolo preferenziale:", "preferred_qualifications"),
        ("Requisitos desejáveis", "preferred_qualifications"),
        ("Vad vi erbjuder:", "benefits"),
        ("Hvad tilbyder vi?", "benefits"),
        ("Om oss", "company"),
        ("Qui sommes-nous ?", "company"),
        ("Lön", "pay"),
        ("Övrig information", "other"),
        ("Ansøgning", "other"),
    ],
)
def test_nordic_and_european_headings(line, kind):
    assert kind_of_heading(line) == kind


@pytest.mark.parametrize(
    "line, kind",
    [
        # an unknown heading closed by ':' takes its kind from a stem of its language (headings.json "keywords_intl")
        ("Som montör kommer du att:", "responsibilities"),
        ("Dina huvudsakliga arbetsuppgifter blir:", "responsibilities"),
        ("Ihre Aufgaben im Überblick:", "responsibilities"),
        ("Vi söker nu dig som:", "minimum_qualifications"),
        ("Extrajobbet passar dig som:", "minimum_qualifications"),
        ("Das bringst du idealerweise mit:", "minimum_qualifications"),
        ("Det är meriterande med:", "preferred_qualifications"),
        ("Detta kan vi erbjuda:", "benefits"),
        ("Kontakta oss:", "other"),
        ("Detta erbjuder vi dig som barnvakt hos oss:", "benefits"),  # a long intro naming benefits still opens them
    ],
)
def test_unknown_headings_named_by_a_stem_of_their_language(line, kind):
    text = f"Montör\nAcme AB\n\nOm jobbet\nVi bygger hus.\n\n{line}\n- Första raden\n- Andra raden\n"
    assert [k for k, _ in _kinds_and_bodies(text)][-1] == kind


def test_a_swedish_ad_splits_into_its_sections():
    text = (
        "Lagerarbetare\nAcme AB\n\nKommun: Umeå\n\nOm jobbet\nVi växer och söker fler kollegor.\n\nDina arbetsuppgifter\n"
        "- Plocka och packa order\n- Ta emot gods\n\nVem är du?\n- Truckkort A och B\n- Meriterande: erfarenhet av WMS\n\n"
        "Vi erbjuder\n- Friskvårdsbidrag\n\nLön\nFast månadslön\n"
    )
    assert [k for k, _ in _kinds_and_bodies(text)] == [
        "header", "description", "responsibilities", "minimum_qualifications", "benefits", "pay"
    ]


def test_a_cards_tag_line_in_the_header_opens_no_section():
    text = "Marketing Manager\nDenver, CO\nSkills: Email Marketing, Customer Segmentation, Braze, +6 more\nEasy Apply\n\nAbout the job\nWe sell gear.\n"
    assert [k for k, _ in _kinds_and_bodies(text)] == ["header", "description"]


def _kinds_and_bodies(text):
    doc = Document.from_source(text)
    return [(s.kind, doc.text[s.start : s.end].split("\n")[0]) for s in segment(doc)]


@pytest.mark.parametrize(
    "body, kind, first",
    [
        # an all-caps heading closing a sentence, its list on the next lines
        ("We print labels for 300 breweries. MAIN DUTIES\nPlan the print runs\nService the presses", "responsibilities", "Plan the print runs"),
        # an all-caps heading glued between a full stop and its first item
        ("We print labels.CORE REQUIREMENTS:Forklift licence\nTwo years on a press", "minimum_qualifications", "Forklift licence"),
        # glued to a lower-case word, first item after a bullet
        ("The site runs two shiftsKEY TASKS• Load the trucks• Count the stock", "responsibilities", "• Load the trucks• Count the stock"),
        # a short intro naming the list, glued to its first item
        ("You join a small team. The post holder's duties will include:Answering the phones", "responsibilities", "Answering the phones"),
        ("Typical requirements are as follows:A clean driving licence", "minimum_qualifications", "A clean driving licence"),
        # a long intro that hands over to a numbered list, also in capitals
        (
            "We run the depot. Duties of the new driver will include, but are not limited to, the following: 1. Drive the van. 2. Load it.",
            "responsibilities",
            "1. Drive the van. 2. Load it.",
        ),
        ("We run the depot. DUTIES WILL INCLUDE BUT NOT BE LIMITED TO: --Drive the van. -- Load it.", "responsibilities", "--Drive the van. -- Load it."),
        # a known heading in Title Case closed by a colon in mid-line
        ("We run the depot for all the city shops Preferred Skills: Forklift licence", "preferred_qualifications", "Forklift licence"),
        # a list heading of two or more words run into the paragraph after a sentence
        ("We run the depot. Job requirements A clean licence; Two years on a forklift", "minimum_qualifications", "A clean licence; Two years on a forklift"),
        # a heading closed by an ellipsis and glued to its first item, after a sentence or as a Title Case run
        ("We love bikes! Who We Are Looking For…Must ride dailyMust fix punctures", "minimum_qualifications", "Must ride dailyMust fix punctures"),
        ("Must fix punctures The Workshop Lead Will…-Open the shop-Book the repairs", "responsibilities", "-Open the shop-Book the repairs"),
        # an intro whose subject is the candidate, before a white-circle bullet; one that names characteristics
        ("We run the depot. The successful candidate will be:○ Calm under pressure○ Tidy", "minimum_qualifications", "○ Calm under pressure○ Tidy"),
        ("We run the depot. Good drivers should possess these characteristics:• Calm• Tidy", "minimum_qualifications", "• Calm• Tidy"),
        # an intro glued to the last item of the list before it; its last noun names it ("Technology requirements")
        (
            "We run the depot. Load the trucksCount the stockKeep the yard clean and clear of pallets at all timesTechnology requirements:Excel",
            "minimum_qualifications",
            "Excel",
        ),
    ],
)
def test_glued_headings_inside_a_description(body, kind, first):
    found = _kinds_and_bodies("Warehouse Lead\n\nJob Description\n" + body + "\n")
    assert (kind, first) in found


@pytest.mark.parametrize(
    "body",
    [
        "WE ARE GROWING FAST AND WANT YOU ON BOARD TODAY! PLUS: FREE LUNCH ON FRIDAYS",  # shouted prose
        "You will also receive benefits including:Free parking and a pension",  # an intro that names no list
        "We work with SQL:Postgres mostly, and some MySQL",  # a colon inside a sentence
        "You will report to our Head of Operations: Jane runs the depot",  # Title Case that is no known heading
        "Our team uses AWS and GCP for everything we run in production",  # acronyms are no heading
        "We run the depot. The Team Lead runs the night shift",  # a sentence that opens with a name
        "Obtain the approvals, i.e. Certificate to Proceed, before work starts",  # after an abbreviation
        "We ride. Then Came The Storm…And the shop kept going",  # an ellipsis after words that name no list
    ],
)
def test_no_glued_heading_in_prose(body):
    found = _kinds_and_bodies("Warehouse Lead\n\nJob Description\n" + body + "\n")
    assert [k for k, _ in found] == ["header", "description"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Title-Case heading that addresses the reader, over item lines without bullets
        ("Site Engineer\nKestrel Build\n\nWhat You'll Be Getting Up To\nWalk the site daily\nCheck the pours\n",
         [("responsibilities", "What You'll Be Getting Up To")]),
        ("Nurse\n\nWhat We Need From You\nA current NMC pin\nTwo years on a ward\n",
         [("minimum_qualifications", "What We Need From You")]),
        # a longer unknown heading with a colon, when its keywords name a list
        ("Payroll Lead\n\nHere is what your day to day will involve:\nRun payroll\n", [("responsibilities", "Here is what your day to day will involve")]),
        ("Buyer\n\nThe Person We're After:\nCommercial sense\n", [("minimum_qualifications", "The Person We're After")]),
        # a short line closed by a bracket that marks what follows optional
        ("Buyer\n\nRequirements\nCommercial sense\nThings that would help (but this part is not essential)\nA forklift licence\n",
         [("minimum_qualifications", "Requirements"), ("preferred_qualifications", "Things that would help (but this part is not essential)")]),
        ("Buyer\n\nRequirements\nCommercial sense\nExtra skills we'd welcome (not required but valued)\nA forklift licence\n",
         [("minimum_qualifications", "Requirements"), ("preferred_qualifications", "Extra skills we'd welcome (not required but valued)")]),
        # one item marked "(optional)" stays an item
        ("Buyer\n\nRequirements\nCommercial sense\nForklift licence (optional)\nA van licence\n", [("minimum_qualifications", "Requirements")]),
    ],
)
def test_headings_by_form_without_bullets(text, expected):
    sections = segment(Document.from_source(text))
    assert [(s.kind, s.heading) for s in sections if s.kind != "header"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dev\n\nRequirements\nStrong Python Skills Across Teams\nExperience With Kubernetes\n",  # title-case items stay items
        "Dev\n\nSummary\nSenior Platform Engineer Wanted\nWe build tools.\n",  # no list words: not a list heading
    ],
)
def test_title_case_items_are_not_headings(text):
    sections = segment(Document.from_source(text))
    assert [s.heading for s in sections if s.kind != "header"] in (["Requirements"], ["Summary"])


@pytest.mark.parametrize(
    "line, kind",
    [
        # made only of heading words, its kind from its keyword stems
        ("Required Technical And Professional Expertise", "minimum_qualifications"),
        ("Preferred Technical And Professional Expertise", "preferred_qualifications"),
        ("Primary Functions", "responsibilities"),
        ("Minimum Education And Experience", "minimum_qualifications"),
        ("ASSET QUALIFICATIONS", "preferred_qualifications"),
        ("Conditions of employment", "minimum_qualifications"),
        ("Why Work For Us", "benefits"),
        ("What's on offer", "benefits"),
        ("Salary Expectations", "pay"),
        ("Physical Demands And Work Environment", "other"),
        ("Preferred Work Environment", "other"),  # the workplace the employer offers, no preferred list
        ("Contact information", "other"),
        # an item names something the heading words do not
        ("Strong Communication Skills", None),
        ("Bachelor's Degree Preferred", None),
        ("Customer Service Experience", None),
        ("Profile", None),  # one word alone is as often a menu entry
        ("Experience: 5 years", None),
        ("what you bring", None),  # not capitalised
    ],
)
def test_heading_kind_by_form(line, kind):
    assert form_kind(line) == kind


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sysadmin\n\nIntroduction\nWe run hospitals' IT.\n\nYour Role And Responsibilities\nPatch servers\n"
            "Required Technical And Professional Expertise\nFive years of Linux\nPreferred Technical And Professional Expertise\n"
            "Red Hat certification\nWhy Work For Us\nWeekly pay\n",
            [
                ("summary", "Introduction"),
                ("responsibilities", "Your Role And Responsibilities"),
                ("minimum_qualifications", "Required Technical And Professional Expertise"),
                ("preferred_qualifications", "Preferred Technical And Professional Expertise"),
                ("benefits", "Why Work For Us"),
            ],
        ),
        # a menu of the page before the posting: no heading
        ("Jobs\nLocation\nWork Experience\nJob highlights\nB.Tech with 3 years\n", []),
        # colon intros whose words say what follows: duties ("… will:", "You'd handle:"), requirements ("… will have:", "Need:")
        (
            "Teaching Assistant\n\nWe are a school.\n\nThe successful candidate will:\n- support pupils\n- run groups\n\n"
            "The successful candidate will have:\n- GCSEs\n- a TA qualification\n\nYou'd handle:\n✔️ payroll\n\nNeed:\n✔️ QuickBooks\n",
            [
                ("responsibilities", "The successful candidate will"),
                ("minimum_qualifications", "The successful candidate will have"),
                ("responsibilities", "You'd handle"),
                ("minimum_qualifications", "Need"),
            ],
        ),
    ],
)
def test_headings_by_form_and_meaning(text, expected):
    sections = segment(Document.from_source(text))
    assert [(s.kind, s.heading) for s in sections if s.kind != "header"] == expected


def test_headings_that_run_on_into_their_first_sentence():
    text = (
        "Maintenance Technician\n\nPosition Summary\nThe technician keeps our lines running.\n\n"
        "Essential Duties and Responsibilities include the following. Other duties may be assigned.\n"
        "Troubleshoot equipment\nLog repairs\n\n"
        "Qualifications To perform this job successfully, an individual must perform each duty.\n"
        "Education and/or Experience\nAssociate's degree\n\n"
        "Physical Demands The physical demands described here are representative.\n"
    )
    doc = Document.from_source(text)
    got = [(s.kind, s.heading, doc.text[s.start : s.end].split("\n")[0]) for s in segment(doc)][1:]
    assert got == [
        ("summary", "Position Summary", "The technician keeps our lines running."),
        ("responsibilities", "Essential Duties and Responsibilities", "Troubleshoot equipment"),
        ("minimum_qualifications", "Qualifications", "To perform this job successfully, an individual must perform each duty."),
        ("minimum_qualifications", "Education and/or Experience", "Associate's degree"),
        ("other", "Physical Demands", "The physical demands described here are representative."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Responsibilities include managing the team and the budget.",  # a sentence, not a heading over a list
        "Requirements gathering with the client team.",  # no sentence opener after the phrase
        "Skills Matrix",
    ],
)
def test_heading_phrase_opening_a_sentence_is_no_heading(line):
    sections = segment(Document.from_source("Analyst\n\nJob Description\nWe analyse.\n" + line + "\n"))
    assert [s.kind for s in sections] == ["header", "description"]


@pytest.mark.parametrize(
    "line, expected",
    [
        # a heading of heading words glued to its first item at the start of a line
        ("Technologies / Methodologies UsedC#, MVC, REST", [("other", "Technologies / Methodologies Used")]),
        ("Preferred Skills And ExperienceKafka, Terraform", [("preferred_qualifications", "Preferred Skills And Experience")]),
        # two items run together, a name: no heading
        ("Business DevelopmentInterviewing Candidates", []),
        ("Microsoft ExcelPowerPoint and Word", []),
    ],
)
def test_heading_glued_to_its_first_item_at_line_start(line, expected):
    sections = segment(Document.from_source("Developer\n\nResponsibilities\n- Write code\n" + line + "\nTest the code in staging\n"))
    assert [(s.kind, s.heading) for s in sections][2:] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the selection's steps and the sub-block under them; the heading over assessed criteria
            "Analyst\n\nJob description\nYou will analyse data.\n\nBehaviours\nWe'll assess you against these behaviours during the selection process:\n"
            "Working Together\nSelection process details\nThe sift is on CVs.\nStage 1 \u0096 Sift\nExperience\nYour CV will be read.\n",
            [
                ("description", "Job description"),
                ("other", "Behaviours"),
                ("other", "Selection process details"),
                ("other", "Experience"),
            ],
        ),
        (  # a one-word sentence opener closing a wrapped line is no heading
            "Analyst\n\nPerson specification\nAll candidates must obtain clearance for this vacancy. You\n"
            "will normally need five years of residency.\n",
            [("minimum_qualifications", "Person specification")],
        ),
    ],
)
def test_selection_process_headings(text, expected):
    sections = segment(Document.from_source(text))
    assert [(s.kind, s.heading) for s in sections if s.kind != "header"] == expected


@pytest.mark.parametrize(
    "line, kinds",
    [
        # in a duties list, a duty labelled by its theme opens no requirements section (third wave)
        ("Build skills and knowledge: Coach the newer analysts", []),
        ("Improve skills and knowledge: Take part in training", []),
        # a label naming the requirements still does
        ("Skills and knowledge: Python", ["minimum_qualifications"]),
    ],
)
def test_a_labelled_duty_is_no_heading(line, kinds):
    assert [h.kind for h in inline_headings(line, 0, "responsibilities")] == kinds


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a hard wrap leaves a heading word alone on a line: the sentence goes on, no heading
            "Analyst\n\nJob description\nWe support colleagues through a range of different professional\n"
            "qualifications.\nYou will analyse data.\n",
            [("description", "Job description")],
        ),
        (  # a lower-case line under an open line is no heading, even when it names one
            "Analyst\n\nJob description\nYou will analyse data.\nYour CV should include:\nno personal details\ncareer history\nqualifications\nYour statement matters.\n",
            [("description", "Job description"), ("other", "Your CV should include")],
        ),
        (  # a line ending on "and" whose sentence goes on in lower case below is no heading
            "Analyst\n\nJob description\nYou will analyse data.\nFor more information about the recruitment process, benefits and\n"
            "allowances, please see our website.\n",
            [("description", "Job description")],
        ),
        (  # a known phrase closing a line is no heading when its sentence goes on below in lower case
            "Analyst\n\nJob description\nYou will partner with policy leads across the department. You will\n"
            "collaboratively develop capability models.\n",
            [("description", "Job description")],
        ),
        (  # ... and still one when a new block starts below it
            "Analyst\n\nJob description\nWe are a small team. You will\nBuild models\nReview code\n",
            [("description", "Job description"), ("responsibilities", "You will")],
        ),
        (  # "we do not discriminate" opens an equal-opportunity paragraph, read across the wrap
            "Analyst\n\nEssential\nExperience of SQL.\nWe welcome the unique contribution diverse applicants bring and do not\n"
            "discriminate based on culture or background.\n",
            [("minimum_qualifications", "Essential"), ("legal", "")],
        ),
    ],
    ids=["word_wrapped_alone", "lowercase_item", "open_end", "inline_runs_on", "inline_heading_kept", "does_not_discriminate"],
)
def test_hard_wrapped_sentences_hold_no_headings(text, expected):
    sections = segment(Document.from_source(text))
    assert [(s.kind, s.heading) for s in sections if s.kind != "header"] == expected


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("We're interested in people who have:", "minimum_qualifications"),
        ("We are looking for people with:", "minimum_qualifications"),
        # what the employer's team is responsible for describes the team, not the hire's duties
        ("We are responsible for:", "company"),
        ("Our team is responsible for:", "company"),
        ("You will be responsible for:", "responsibilities"),
    ],
)
def test_headings_naming_the_people_wanted(heading, kind):
    sections = segment(Document.from_source(f"Analyst\n\nJob description\nYou will analyse data.\n{heading}\nStrong SQL\nClear writing\n"))
    assert sections[-1].kind == kind


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # an intro closed by ':' right under a list heading opens its list
            "Engineer\n\nResponsibilities\nThe role will include:\nDevelop software.\nCoach colleagues.\n\nBenefits\nA pension.\n",
            [("header", ""), ("responsibilities", "Responsibilities"), ("benefits", "Benefits")],
        ),
        (  # ... but a step of the selection or what it assesses stays a heading of its own
            "Engineer\n\nEssential criteria\nStage 1: Application\nSend a CV.\n",
            [("header", ""), ("other", "Stage 1: Application")],  # (the heading with an empty body is left out)
        ),
        (  # ... and so does an intro with text between it and the heading
            "Engineer\n\nResponsibilities\nBuild services.\nShift Pattern:\nDays and nights.\n",
            [("header", ""), ("responsibilities", "Responsibilities"), ("other", "Shift Pattern")],
        ),
        (  # a sentence intro naming another list kind keeps the heading's kind: requirements, not duties
            "Engineer\n\nRequirements\nThe ideal candidate will:\nHave 3 years of Python.\n\nBenefits\nA pension.\n",
            [("header", ""), ("minimum_qualifications", "Requirements"), ("benefits", "Benefits")],
        ),
        (  # ... also when the scrape glued the items onto the intro
            "Assistant\n\nRequirements\nThe ideal candidate will:Have 2 years of experience in a busy office,Be organised and calm under pressure,Be fluent with spreadsheets and calendars,Have a degree\n\nBenefits\nA pension.\n",
            [("header", ""), ("minimum_qualifications", "Requirements"), ("benefits", "Benefits")],
        ),
        (
            "Analyst\n\nNice to have\nYou should also have:\n- Go\n- Rust\n",
            [("header", ""), ("preferred_qualifications", "Nice to have")],
        ),
        (  # ... while a heading naming its own list is a new section, however close
            "Engineer\n\nRequirements\nWhat you'll do:\n- Build services\n",
            [("header", ""), ("responsibilities", "What you'll do")],
        ),
    ],
    ids=["intro_opens_list", "stage_heading", "intro_after_text", "sentence_intro_keeps_kind", "glued_sentence_intro", "should_have_under_preferred", "named_list_heading"],
)
def test_intro_directly_under_a_list_heading(text, expected):
    assert [(s.kind, s.heading) for s in segment(Document.from_source(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a wh-question of the reader's naming a list, over its items
        ("What will I be responsible for?\nDesigning game play\nPre launch QA\n", [("responsibilities", "What will I be responsible for")]),
        ("What are we looking for?\nPassionate gamer\n", [("minimum_qualifications", "What are we looking for")]),
        # a yes/no hook and a question naming no list are no headings
        ("Are you looking for a new challenge?\nWe build games.\n", []),
        ("Who is Acme Games?\nFounded in 2011 we build games.\n", []),
        # a screening question of an application form is no heading
        ("How many years of design experience do you have?*\nPowered by Acme\n", []),
    ],
)
def test_question_heading_over_its_items(text, expected):
    sections = segment(Document.from_source("Designer\n\nJob Description\nWe build games.\n" + text))
    assert [(s.kind, s.heading) for s in sections][2:] == expected


@pytest.mark.parametrize(
    "line, current, expected",
    [
        # an all-caps heading run into a paragraph, before a typed '*' bullet
        ("Seeking an office manager for our startup. * You are kind and you love your work. EXPERIENCE AND SKILLS YOU SHOULD HAVE * 2+ years as an Office Manager.", "description",
         [("minimum_qualifications", "EXPERIENCE AND SKILLS YOU SHOULD HAVE")]),
        ("You have great taste in music and design. THINGS YOU GET TO DO * Pay bills.", "minimum_qualifications", [("responsibilities", "THINGS YOU GET TO DO")]),
        # an intro that hands the duties over with a verb ("expected to"), glued to its first item
        ("Associates are typically expected to: Demonstrate the ability to learn", "description", [("responsibilities", "Associates are typically expected to")]),
        # an intro handing over "the following" list, glued to a typed '*' bullet
        ("The role would suit anyone with the following experience:* Great communication skills* Positive attitude", "description",
         [("minimum_qualifications", "The role would suit anyone with the following experience")]),
        # capitals without a bullet or colon after them: no heading
        ("We use AWS AND GCP every day.", "description", []),
    ],
)
def test_inline_headings_of_handover_intros_and_typed_bullets(line, current, expected):
    assert [(h.kind, h.heading) for h in inline_headings(line, 0, current)] == expected


@pytest.mark.parametrize(
    "heading, kind",
    [
        # a scrape that kept its HTML entities names the same heading
        ("What We&rsquo;re Looking For", "minimum_qualifications"),
        ("What We&rsquo;re Offering", "benefits"),
        ("Skills &amp; Experience", "minimum_qualifications"),
    ],
)
def test_heading_with_html_entities(heading, kind):
    assert kind_of_heading(heading) == kind


def test_glued_intro_opens_a_posting_without_headings():
    text = (
        "Storeperson – Multiple Sites\nCasual · $31.50 per hour\n\nOur client needs reliable storepersons for peak season.\n\n"
        "Duties include:Picking and packing orders using RF scanners\nLoading and unloading containers\n"
    )
    sections = segment(Document.from_source(text))
    assert [(s.kind, s.heading) for s in sections] == [("header", ""), ("responsibilities", "Duties include")]
    assert text[sections[1].start : sections[1].end].startswith("Picking and packing")


def test_one_word_label_in_the_header_stays_metadata():
    text = "SAP Consultant\nLocation: Chennai\nQualification: B.E / B.Tech / MBA (Operations)\n\nJob Description:\n* Handle SAP MM\n"
    sections = segment(Document.from_source(text))
    assert [(s.kind, s.heading) for s in sections] == [("header", ""), ("description", "Job Description")]


@pytest.mark.parametrize(
    "raw, expected",
    [
        (  # what the hire is measured on closes the duties: the KPIs are no duties
            "Marketing Director\n\nResponsibilities\nManage the digital channels.\nPrepare a weekly dashboard.\n"
            "Key Performance Indicators\nMaximize the number of bookings.\nDecrease booking turnaround time.\n",
            ["header", "responsibilities", "other"],
        ),
        (  # a trait block under its own heading inside a duties list is qualifications
            "Frontend Developer\n\nPrimary Responsibilities\nDevelop the web services\nStay up to date on technologies\n"
            "Attitude\nEager to learn, adapt and improve\nValues attitude over competence\n",
            ["header", "responsibilities", "minimum_qualifications"],
        ),
        (  # a company profile's heading glued to the end of such a block still opens the profile
            "Marketing Director\n\nResponsibilities\nManage the digital channels.\nKey Performance Indicators\n"
            "Increase the retention rate.\nDecrease booking turnaround time.About DocDocDocDoc was founded to transform healthcare.\n",
            ["header", "responsibilities", "other", "company"],
        ),
    ],
)
def test_kpi_and_trait_blocks(raw, expected):
    assert _kinds(raw) == expected


@pytest.mark.parametrize(
    "line, current, expected",
    [
        # each pattern family still finds its heading once the line holds the literal it needs
        ("We are hiring for a great opportunity. The Role", "description", [("summary", "The Role")]),  # after a sentence
        ("Willingness to travel. Job tasks Act as the primary contact", "description", [("responsibilities", "Job tasks")]),
        ("Key duties include:Prepare the monthly reports", "description", [("responsibilities", "Key duties include")]),  # a colon
        ("We serve clients in all states for all services Preferred Skills: The ideal candidate", "responsibilities",
         [("preferred_qualifications", "Preferred Skills")]),
        ("You will love it here at heart! The Ideal Candidate…MUST LOVE DOGS!", "description", [("minimum_qualifications", "The Ideal Candidate")]),
        ("Apply today with a quick turnaround time.About Docadoc was founded in 2010", "responsibilities", [("company", "About Docadoc")]),
        ("Paid weekly per hour!!Job Requirements• Superior attention to detail", "description", [("minimum_qualifications", "Job Requirements")]),
        ("Technologies / Methodologies UsedC#, MVC and SQL", "responsibilities", [("other", "Technologies / Methodologies Used")]),
        # a line without a capital holds no heading
        ("key duties include: prepare the monthly reports. the role", "description", []),
    ],
)
def test_inline_headings_by_the_literal_each_form_needs(line, current, expected):
    assert [(h.kind, h.heading) for h in inline_headings(line, 0, current)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Responsibilities include the following duties",
        "Key Responsibilities: own the roadmap",
        "Qualifications To perform this job well you need",
        "Our benefits & perks",
        "  Requirements",
        "Lorem ipsum dolor sit amet",
        "Zebra crossings are painted daily",
        "¨Vorteile für dich",
        "Ihre Aufgaben im Überblick",
        "Dina arbetsuppgifter",
        "",
        "----",
    ],
)
def test_may_be_phrase_never_refuses_a_known_heading(line):
    """may_be_phrase is a pre-check: when it says no, no prefix holding the first word normalises to a known phrase."""
    from extractor.sections import heading_vocab, may_be_phrase, norm_heading

    words = line.split(" ")
    known = [" ".join(words[:n]) for n in range(1, len(words) + 1) if norm_heading(" ".join(words[:n])) in heading_vocab().phrases]
    if not may_be_phrase(line):
        assert known == []
    if line.strip().startswith(("Responsibilities", "Key Responsibilities", "Qualifications", "Requirements")):
        assert may_be_phrase(line) and known  # a known English heading opens these lines
