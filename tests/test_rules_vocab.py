"""Table-driven tests for the ``skills`` and ``benefits`` rules (extractor/rules/vocab.py)."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from extractor.document import Document
from extractor.context import context_for
from extractor.rules.base import Context, run_rules
from extractor.rules.vocab import alias_key, benefits_matcher, skills_matcher
from extractor.sections import Section


def _run(text: str, field: str):
    ctx = context_for(text)
    return ctx, run_rules(ctx, [field]).get(field)


def _check_spans(ctx, cand):
    """One span per item, each slicing the text back to a non-empty piece of evidence."""
    assert cand.item_spans is not None and len(cand.item_spans) == len(cand.value)
    assert len(set(cand.value)) == len(cand.value), "no duplicates"
    starts = []
    for item, spans in zip(cand.value, cand.item_spans):
        assert len(spans) == 1
        (start, end), = spans
        piece = ctx.text[start:end]
        assert piece and piece == piece.strip(), (item, piece)
        starts.append(start)
    return [ctx.text[a:b] for (a, b), in cand.item_spans]


# --------------------------------------------------------------------------- skills

SKILLS_POSITIVE = [
    # (text, expected skills in order, evidence pieces in order)
    (
        "Strong proficiency with Python (Scikit learn, Jupyter), PyTorch, SQL-based languages. Working proficiency with Git.",
        ["Python", "scikit-learn", "Jupyter", "PyTorch", "SQL", "Git"],
        ["Python", "Scikit learn", "Jupyter", "PyTorch", "SQL", "Git"],
    ),
    (
        "Experience with C/C++, C#, .NET and Node.js; CI/CD pipelines",
        ["C", "C++", "C#", ".NET", "Node.js", "CI/CD"],
        ["C", "C++", "C#", ".NET", "Node.js", "CI/CD"],
    ),
    ("Knowledge of R programming and Go services", ["R", "Go"], ["R", "Go"]),
    ("Python, R, SQL and Go", ["Python", "R", "SQL", "Go"], ["Python", "R", "SQL", "Go"]),
    (
        "Advanced Excel (VLOOKUP, pivot tables) and SAP",
        ["Excel", "VLOOKUP", "Pivot Tables", "SAP"],
        ["Advanced Excel", "VLOOKUP", "pivot tables", "SAP"],
    ),
    (
        "natural language processing (NLP) and large language models (LLMs)",
        ["Natural Language Processing", "Large Language Models"],
        ["natural language processing", "large language models"],
    ),
    (
        "Expertise in Computer Vision and Generative AI, deep learning, diffusion models and reinforcement learning",
        ["Computer Vision", "Generative AI", "Deep Learning", "Diffusion Models", "Reinforcement Learning"],
        ["Computer Vision", "Generative AI", "deep learning", "diffusion models", "reinforcement learning"],
    ),
    ("machine-learning and Kubernetes (k8s) on AWS", ["Machine Learning", "Kubernetes", "AWS"], ["machine-learning", "Kubernetes", "AWS"]),
    (
        "Current BLS and ACLS certification; charting in Epic EHR",
        ["BLS certification", "ACLS certification", "Epic"],
        ["BLS", "ACLS certification", "Epic EHR"],
    ),
    ("Forklift certification a plus; RF scanners", ["Forklift certification", "RF Scanner"], ["Forklift certification", "RF scanners"]),
    ("Head Chef required, HACCP and Level 2 Food Hygiene", ["HACCP", "Food Hygiene Level 2"], ["HACCP", "Level 2 Food Hygiene"]),
    ("Full UK driving licence required", ["Driving licence"], ["Full UK driving licence"]),
    ("Valid CDL Class A and OSHA 10", ["CDL", "OSHA 10"], ["CDL Class A", "OSHA 10"]),
    (
        "Proficient in MS Office (Word, Excel, PowerPoint)",
        ["Microsoft Office", "Microsoft Word", "Excel", "PowerPoint"],
        ["MS Office", "Word", "Excel", "PowerPoint"],
    ),
    (
        "Salesforce, HubSpot, SEO and Google Ads experience",
        ["Salesforce", "HubSpot", "SEO", "Google Ads"],
        ["Salesforce", "HubSpot", "SEO", "Google Ads"],
    ),
    (
        "Working knowledge of QuickBooks, Xero and IFRS / US GAAP",
        ["QuickBooks", "Xero", "IFRS", "GAAP"],
        ["QuickBooks", "Xero", "IFRS", "US GAAP"],
    ),
    (
        "Tally Prime, GST and TDS filings, bank reconciliations",
        ["Tally Prime", "GST", "TDS", "Bank Reconciliation"],
        ["Tally Prime", "GST", "TDS", "bank reconciliations"],
    ),
    ("Experience with AWS (S3, EMR, Glue) and Apache Spark", ["AWS", "S3", "EMR", "Glue", "Spark"], ["AWS", "S3", "EMR", "Glue", "Apache Spark"]),
    ("Proficiency with deep learning toolkits such as PyTorchStrong software skills", ["Deep Learning", "PyTorch"], ["deep learning", "PyTorch"]),
    ("Figma, design systems and usability testing", ["Figma", "Design Systems", "Usability Testing"], ["Figma", "design systems", "usability testing"]),
    ("PLC programming (Allen-Bradley), VFDs and lockout/tagout", ["PLC", "Allen-Bradley", "VFD", "Lockout/Tagout"], ["PLC", "Allen-Bradley", "VFDs", "lockout/tagout"]),
    ("Python and Python again, then SQL and python", ["Python", "SQL"], ["Python", "SQL"]),
    # spoken languages where the job needs them; fields of knowledge and taxonomy terms asked for as knowledge
    ("Fluent English and Spanish; German is a plus.", ["English", "Spanish", "German"], ["English", "Spanish", "German"]),
    ("Fluent English; German is not required.", ["English"], ["English"]),
    ("Strong interviewing skills; knowledge of basic plumbing.", ["interviewing", "plumbing"], ["interviewing", "plumbing"]),
    ("Holds AAPC certification and a valid RN license; IT certification a plus", ["AAPC certification", "RN license"], ["AAPC certification", "RN license"]),
    ("Experience with Service Oriented Architecture (SOA); SOA (Service-Oriented Architecture)", ["Service Oriented Architecture"], ["Service Oriented Architecture"]),
    ("KYC checks daily. Investor Know-Your-Customer (KYC) checks", ["Know Your Customer"], ["Know-Your-Customer"]),  # one skill
    ("2 years of experience in property management and credit control", ["property management", "credit control"], ["property management", "credit control"]),
    ("3+ years of experience in accounting, payroll and procurement", ["accounting", "Payroll", "procurement"], ["accounting", "payroll", "procurement"]),
    ("Strong customer service skills and knowledge of general ledger", ["customer service", "general ledger"], ["customer service", "general ledger"]),
    # soft skills written as noun phrases (the real-postings guide counts them); a soft adjective counts paired with "and X skills"
    ("Excellent verbal and written communication skills and attention to detail", ["communication skills", "attention to detail"], ["verbal and written communication skills", "attention to detail"]),
    ("Strong interpersonal and communication skills", ["interpersonal", "communication skills"], ["interpersonal", "communication skills"]),
    ("Excellent communication, teamwork and problem-solving skills.", ["problem solving"], ["problem-solving skills"]),
    ("Technologies: AJAX, XML and SOAP web services", ["AJAX", "xml", "soap web services"], ["AJAX", "XML", "SOAP web services"]),
    # a skill written as a noun phrase headed by "skills": the words naming what it is about, without the rating
    ("Solid computer skills and ability to interact with customers.", ["computer skills"], ["computer skills"]),
    ("Must have good communication skills.Basic computer skills required.", ["communication skills", "computer skills"], ["communication skills", "computer skills"]),
    ("Solid time management and prioritization skills", ["time management", "prioritization skills"], ["time management", "prioritization skills"]),
    ("Excellent decision-making skills whilst working under tight deadlines", ["decision-making skills"], ["decision-making skills"]),
    ("Strong organizational and administrative skills", ["organizational", "administrative skills"], ["organizational", "administrative skills"]),
    ("Outstanding presence and leadership abilitiesBe extremely detail-oriented", ["leadership abilities"], ["leadership abilities"]),
    ("Strong financial acumen required", ["financial acumen"], ["financial acumen"]),
    # a noun of an activity joined by "and" shares the head; a trait or the end of a longer name does not
    ("Outstanding attention to detail, negotiation and presentation skills", ["attention to detail", "negotiation", "presentation skills"], ["attention to detail", "negotiation", "presentation skills"]),
    ("Demonstrated drive and leadership skills", ["leadership skills"], ["leadership skills"]),
    # credentials for teaching English, by acronym; the operating system named by its environment in lower case
    ("Requirements\nUniversity degree required. TEFL / TESOL / CELTA or teaching experience preferred", ["TEFL", "TESOL", "CELTA", "teaching"], ["TEFL", "TESOL", "CELTA", "teaching"]),
    ("Keyboarding and windows environment PC skills required", ["keyboarding", "Windows", "pc skills"], ["Keyboarding", "windows environment", "PC skills"]),
    # a list item ending in a mode of communication names no skill by itself
    ("Requirements\nExceptional verbal and written communication, interpersonal and public speaking skills", ["written communication", "public speaking"], ["written communication", "public speaking skills"]),
]

SKILL_PHRASES_NONE = [
    "You will develop your skills and grow with us.",  # a verb and a possessive rate or act on the skills
    "Excellent technical skills and key skills in sales",  # generic modifiers
    "COMPUTER SKILLS\nMS Office",  # a heading
    "Mentor developers and support skills growth.",  # "skills" qualifies the next noun
    "Able to work with HTML, although coding skills not a requirement.",  # denied
    "Must be a US Citizen Skills you have that are a bonus",  # a title-case run
    "Ten years of experience. Skills: to be discussed",  # a label
]


@pytest.mark.parametrize("text", SKILL_PHRASES_NONE)
def test_skill_phrases_none(text):
    _, cand = _run(text, "skills")
    assert not any(item.endswith("skills") for item in (cand.value if cand else [])), (text, cand and cand.value)

SKILLS_NEGATIVE = [
    "Go above and beyond for our customers.",
    "You will excel at building relationships.",
    "Our products spark joy. A swift response is expected.",
    "We are an epic team with a great outlook.",
    "Grade C or above in English.",
    "Our Chinese and Japanese markets grew.",  # a language word with no cue, language word or accepted list neighbour
    "Our finance and marketing teams.",  # fields of knowledge need a cue
    "Experience with basic tools; we are reporting to the board.",  # ordinary words: a modifier, no cue
    "We are a real estate company; billing is handled by our team.",  # competences need a cue
    "Friday BASIC REQUIREMENTS: U.S. citizenship",  # an ordinary word in a capitalised heading
    "Available on Monday.\nCLEAN ROOMS",  # ordinary words ('common' taxonomy terms) only written as names
    "Excellent communication, teamwork and people skills.",  # soft words in a list of three: only the full noun phrase, and "people skills" is none
    "Rust-proofing of vehicles and vehicle maintenance.",
    "MSc in Statistics or Data Science",
    "Ref: JS-40817",
    "© 2024 Workday, Inc. All rights reserved.",
    "R&D budget approved by the board.",
    "",
]


@pytest.mark.parametrize("text,expected,evidence", SKILLS_POSITIVE)
def test_skills_positive(text, expected, evidence):
    ctx, cand = _run(text, "skills")
    assert cand is not None, text
    assert cand.value == expected
    assert cand.confidence == pytest.approx(0.8)
    assert _check_spans(ctx, cand) == evidence


@pytest.mark.parametrize("text", SKILLS_NEGATIVE)
def test_skills_negative(text):
    _, cand = _run(text, "skills")
    assert cand is None, (text, cand and cand.value)


def test_skills_skip_legal_sections():
    text = "Requirements\nPython and SQL\nEqual opportunity\nWe use Workday and Excel to process applications."
    cut = text.index("Equal opportunity")
    sections = [
        Section("minimum_qualifications", "Requirements", 0, len("Requirements"), cut),
        Section("legal", "Equal opportunity", cut, cut + len("Equal opportunity"), len(text)),
    ]
    ctx = Context(doc=Document.from_source(text), sections=sections)
    cand = run_rules(ctx, ["skills"])["skills"]
    assert cand.value == ["Python", "SQL"]


# --------------------------------------------------------------------------- benefits

BENEFITS_POSITIVE = [
    # (text, expected benefits in order, evidence pieces, expected confidence)
    (
        "Benefits\n- Medical, dental and vision insurance\n- 401(k) with 4% match\n- 25 days PTO\n- Gym membership\n",
        ["health insurance", "dental insurance", "vision insurance", "retirement plan", "paid time off", "wellness program"],
        ["Medical", "dental", "vision insurance", "401(k)", "PTO", "Gym membership"],
        0.8,
    ),
    (
        "What we offer:\n• Private medical insurance\n• 28 days annual leave plus bank holidays\n• Pension scheme\n• Cycle to work scheme\n",
        ["health insurance", "paid time off", "retirement plan", "commuter benefits"],
        ["Private medical insurance", "days annual leave", "Pension scheme", "Cycle to work"],
        0.8,
    ),
    (
        "We offer health insurance, provident fund, ESOPs and a learning budget.",
        ["health insurance", "retirement plan", "stock", "learning budget"],
        ["health insurance", "provident fund", "ESOPs", "learning budget"],
        0.6,
    ),
    (
        "Apple employees also have the opportunity to become an Apple shareholder through participation in Apple’s "
        "discretionary employee stock programs. You’ll also receive benefits including: Comprehensive medical and dental "
        "coverage, retirement benefits, a range of discounted products and free services, and reimbursement for certain "
        "educational expenses — including tuition. Additionally, this role might be eligible for discretionary bonuses "
        "or commission payments as well as relocation.",
        ["stock", "health insurance", "dental insurance", "retirement plan", "employee discount", "tuition reimbursement",
         "bonus", "relocation assistance"],
        ["employee stock", "Comprehensive medical", "dental coverage", "retirement benefits", "discounted products",
         "educational expenses", "discretionary bonuses", "relocation"],
        0.6,
    ),
    ("Visa sponsorship and relocation assistance are available.", ["visa sponsorship", "relocation assistance"],
     ["Visa sponsorship", "relocation assistance"], 0.6),
    ("Perks while you're with usPaid time off that accrues from your first day", ["paid time off"], ["Paid time off"], 0.6),
    (
        "The package\n- £30k + annual bonus\n- Company car\n- 50% off dining\n- Staff meals on shift\n",
        ["bonus", "company car", "employee discount", "meals"],
        ["annual bonus", "Company car", "% off", "Staff meals"],
        0.8,
    ),
    (
        "Perks\nRSUs, 401k match, paid parental leave, childcare support and an employee assistance program",
        ["stock", "retirement plan", "parental leave", "childcare", "employee assistance program"],
        ["RSUs", "401k", "parental leave", "childcare support", "employee assistance program"],
        0.8,
    ),
    (
        "Benefits: life and long-term disability insurance, sick pay, flexible working hours, phone allowance",
        ["life insurance", "disability insurance", "sick leave", "flexible hours", "phone allowance"],
        ["life", "long-term disability", "sick pay", "flexible working hours", "phone allowance"],
        0.8,
    ),
    (
        "In return we offer superannuation, a wellbeing allowance, free lunches and a Deutschlandticket.",
        ["retirement plan", "wellness program", "meals", "commuter benefits"],
        ["superannuation", "wellbeing allowance", "free lunches", "Deutschlandticket"],
        0.6,
    ),
    (
        "Benefits\nHealth, dental & vision coverage\nTuition reimbursement\nWork from home allowance\nCompany car",
        ["health insurance", "dental insurance", "vision insurance", "tuition reimbursement", "remote work", "company car"],
        ["Health", "dental", "vision coverage", "Tuition reimbursement", "Work from home allowance", "Company car"],
        0.8,
    ),
]

BENEFITS_NEGATIVE = [
    "You will work with a health insurance industry client on claims data.",
    "Diversity, equity and inclusion are core to our values.",
    "Bonus points if you know Rust.",
    "Unfortunately we cannot offer visa sponsorship for this role.",
    "Responsibilities: prepare meals for residents and plan holiday activities.",
    "Equal Opportunity Employer. Reasonable accommodation and family leave under the FMLA.",
    "Our vision is to make medical devices safer.",
    "Process vacation requests and manage time off for the team.",
    "Must be willing to work weekends and bank holidays.",
    "Experience in the pension and retirement sector is a plus.",
    "",
]


@pytest.mark.parametrize("text,expected,evidence,confidence", BENEFITS_POSITIVE)
def test_benefits_positive(text, expected, evidence, confidence):
    ctx, cand = _run(text, "benefits")
    assert cand is not None, text
    assert cand.value == expected
    assert _check_spans(ctx, cand) == evidence
    assert cand.confidence == pytest.approx(confidence)


@pytest.mark.parametrize("text", BENEFITS_NEGATIVE)
def test_benefits_negative(text):
    _, cand = _run(text, "benefits")
    assert cand is None, (text, cand and cand.value)


def test_benefits_loose_alias_needs_a_benefits_section():
    text = "About the role\nYou will design medical and dental imaging software.\nBenefits\nMedical, dental\n"
    cut = text.index("Benefits")
    sections = [
        Section("description", "About the role", 0, len("About the role"), cut),
        Section("benefits", "Benefits", cut, cut + len("Benefits"), len(text)),
    ]
    ctx = Context(doc=Document.from_source(text), sections=sections)
    cand = run_rules(ctx, ["benefits"])["benefits"]
    assert cand.value == ["health insurance", "dental insurance"]
    assert all(a >= cut for (a, _), in cand.item_spans)
    assert cand.confidence == pytest.approx(0.8)


# --------------------------------------------------------------------------- data files and speed


def test_vocabularies_compile_without_conflicts():
    assert skills_matcher().conflicts == []
    assert benefits_matcher().conflicts == []
    skills = json.loads((resources.files("extractor") / "data" / "skills.json").read_text(encoding="utf-8"))
    assert len(skills["skills"]) >= 300
    benefits = json.loads((resources.files("extractor") / "data" / "benefits.json").read_text(encoding="utf-8"))
    canonical = json.loads((resources.files("extractor") / "data" / "eval_vocab.json").read_text(encoding="utf-8"))["benefits"]
    assert set(benefits["benefits"]) == set(canonical)
    for spec in list(skills["guards"].values()) + list(benefits["guards"].values()):
        for key in ("not_after", "not_before", "need_after", "need_before", "near", "not_near"):
            if spec.get(key):
                re.compile(spec[key])
    spoken = {"english", "spanish", "german", "french", "hindi", "mandarin"}
    for name in spoken:  # spoken languages count only where the job asks for them (a cue, a language word)
        [canonical] = [c for c in skills["skills"] if alias_key(c) == name]
        assert skills["guards"][canonical].get("cue") and skills["guards"][canonical].get("context"), canonical


def test_rules_on_long_text():
    """The value on a long posting (its speed is measured by ``extractor bench --only long``)."""
    block = (
        "We need Python, SQL, AWS and Kubernetes. Benefits include health insurance, 401(k) and PTO. "
        "Excellent communication skills and a can-do attitude are essential for this role in London.\n"
    )
    result = run_rules(context_for(block * 400), ["skills", "benefits"])  # ~80k characters
    assert result["skills"].value == ["Python", "SQL", "AWS", "Kubernetes", "communication skills"]
    assert result["benefits"].value == ["health insurance", "retirement plan", "paid time off"]
    assert len(result["skills"].item_spans) == 5  # each item once, at its first mention


@pytest.mark.parametrize(
    "text, skills, benefits",
    [
        ("\x00" * 100, None, None),
        ("#" * 5000, None, None),
        ("\ufffd\ud7ff" * 50, None, None),
        ("C++" * 1000, ["C++"], None),
        ("İstanbul İİİ Python", ["Python"], None),
        ("PTO" * 500 + " and Python", ["Python"], None),
    ],
    ids=["nul", "hashes", "replacement", "glued-c++", "dotted-capital-i", "glued-pto"],
)
def test_garbage_input(text, skills, benefits):
    """Garbage raises nothing (the suite runs strict: a rule exception fails here) and finds only what is there."""
    result = run_rules(context_for(text), ["skills", "benefits"])
    assert (result["skills"].value if "skills" in result else None) == skills
    assert (result["benefits"].value if "benefits" in result else None) == benefits


_TRIE_TERMS = ["data", "data pipelines", "data quality assurance", "supply chain", "supply chain risk management", "stakeholder management", "python"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("we run data quality assurance weekly", ["data quality assurance"]),  # the longest term at a word wins
        ("own data quality checks", ["data"]),  # no two-word term "data quality": back to the one-word term
        ("builds data pipelines in python", ["data pipelines", "python"]),
        ("supply chain risk management and supply chain risk", ["supply chain risk management", "supply chain"]),
        ("manage supply-chain risk management", ["supply chain risk management"]),  # a hyphen joins as a space
        ("stakeholder managements", ["stakeholder management"]),  # a plural last word
        ("stakeholders management", []),  # a plural inside a term is no term
    ],
)
def test_word_trie_longest_term_by_word_count(text, expected):
    """The word trie skips word counts no term opening with the word has, and still finds the longest term."""
    from extractor.rules.vocab import _WordTrie

    trie = _WordTrie((term, term, None) for term in _TRIE_TERMS)
    assert [alias.canonical for alias, _s, _e, _p in trie.find(text.lower(), text)] == expected
