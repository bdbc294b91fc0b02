"""List items on board postings (issue 15, round 23): a card's skill chips give no list item, a label in the
header block with a short value opens no list, and the clipped forms of the preferred mark ("… helpful",
"… a major plus", "… preferred or equivalent experience", "… is a benefit")."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules
from extractor.rules.lists import is_chip_row, marks_preferred


def _items(text: str, field: str) -> list[str]:
    found = run_rules(context_for(text), [field])
    return found[field].value if field in found else []


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Go  Kubernetes  gRPC  PostgreSQL", True),  # runs of spaces between chips
        ("Forklift, Inventory Control, Cycle Counting, SAP WM", True),
        ("Figma · Design Systems · Prototyping · User Research", True),
        ("Excel | Power BI | Tableau", True),
        ("Nursing, Patient Care", False),  # two chips are a pair, not a row
        ("Strong Excel, Power BI and Tableau", False),  # a phrase with a function word
        ("Experience with Docker, Helm, Terraform.", False),  # a sentence
        ("Languages: Dutch, English, French", False),  # a label
    ],
)
def test_chip_rows(line, expected):
    assert is_chip_row(line) is expected


@pytest.mark.parametrize(
    "posting",
    [
        (  # the chip row above the job details, under "Skills"
            "Backend Engineer\n\nSkills\nGo  Kubernetes  gRPC  PostgreSQL\n\nRequirements:\n"
            "- 4+ years of backend development in Go\n- Experience running services on Kubernetes\n"
        ),
        (  # "Key Skills" at the foot of the page, a company block after it
            "Warehouse Lead\n\nRequirements:\n- 4+ years of backend development in Go\n"
            "- Experience running services on Kubernetes\n\nKey Skills\nForklift, Inventory Control, Cycle Counting, SAP WM\n"
            "About company\nNordlager runs eleven warehouses in Sweden.\n"
        ),
        (  # a "Top Skills:" label with its chips on the line
            "UX Designer\n\nTop Skills: Figma, Design Systems, Prototyping, User Research\n\nWhat you'll bring:\n"
            "- 4+ years of backend development in Go\n- Experience running services on Kubernetes\n"
        ),
    ],
)
def test_skill_chips_give_no_items(posting):
    assert _items(posting, "minimum_qualifications") == [
        "4+ years of backend development in Go",
        "Experience running services on Kubernetes",
    ]


def test_skills_heading_over_a_bulleted_list_keeps_its_items():
    posting = "Analyst\n\nSkills\n- Advanced Excel and Power BI\n- Clear written English\n- SQL, Python, R\n"
    assert _items(posting, "minimum_qualifications") == ["Advanced Excel and Power BI", "Clear written English", "SQL, Python, R"]


@pytest.mark.parametrize(
    "header_line",
    [
        "Remote only · Hires remotely in Canada · Preferred timezones: Pacific, Mountain",
        "Full time · On site · Preferred languages: English, French",
    ],
)
def test_header_label_with_short_value_opens_no_list(header_line):
    text = f"Acme\nData Analyst\n{header_line}\nJob type Full Time\nAbout the job\nWe build tools for farmers.\n"
    kinds = [s.kind for s in context_for(text).sections]
    assert "preferred_qualifications" not in kinds


def test_skills_label_glued_to_a_camel_case_name_is_no_heading():
    text = "Acme\nFrontend Engineer\nSkills TypeScript · React · Node.js\nAbout the job\nWe build tools for farmers.\n"
    assert all("Type" not in s.heading for s in context_for(text).sections)


@pytest.mark.parametrize(
    "item, expected",
    [
        ("Experience with a dispatch system helpful", True),  # the clipped "… is helpful"
        ("Knowledge of Portuguese useful", True),
        ("A valid driving licence would be helpful", True),
        ("Friendly, patient and helpful", False),  # a trait in a row of traits
        ("Polite and always helpful", False),
        ("Experience with Salesforce a major plus", True),
        ("Event photography is a great bonus", True),
        ("Experience with Xero is a benefit", True),
        ("Health insurance benefit", False),
        ("Diploma in nursing preferred or equivalent experience", True),
        ("Diploma in nursing or equivalent experience", False),
        ("Knowledge of HACCP is a plus but is, by no means, a requirement.", True),
        ("Experience with ERP systems (SAP or Oracle; Dynamics) is preferred.", True),  # a ';' inside the brackets
        ("3 years in logistics; SAP experience is a plus", False),  # the mark covers the part after ';'
    ],
)
def test_clipped_preferred_marks(item, expected):
    assert marks_preferred(item) is expected


_LIST = "Store Assistant\n\nRequirements:\n- Two years of retail experience\n- Good spoken English\n\n"


@pytest.mark.parametrize(
    "tail, expected",
    [
        (  # the right to work, in a benefits block, its ';' clause about sponsorship left out
            "What we offer\nStaff discount and free parking.\nApplicants must be eligible to work in Portugal; we cannot sponsor visas.\n",
            "Applicants must be eligible to work in Portugal",
        ),
        ("How to apply\nSend your CV to the store manager.\nYou must have full working rights in New Zealand.\n", "You must have full working rights in New Zealand."),
        ("Additional information\nCandidates must hold a valid Schengen work permit.\n", "Candidates must hold a valid Schengen work permit."),
        (
            "Security\nTo pass vetting, applicants need to have lived in Australia for at least 10 of the\nlast 12 years.\n",
            "To pass vetting, applicants need to have lived in Australia for at least 10 of the last 12 years.",
        ),
        (
            "Security clearance\nThe requirement for this clearance is to have been present in the UK for 3 consecutive years.\n",
            "The requirement for this clearance is to have been present in the UK for 3 consecutive years.",
        ),
    ],
)
def test_eligibility_stated_outside_the_lists_is_a_minimum_item(tail, expected):
    assert _items(_LIST + tail, "minimum_qualifications") == ["Two years of retail experience", "Good spoken English", expected]


@pytest.mark.parametrize(
    "tail",
    [
        "Security\nApplicants would normally need to have lived in the UK for 5 years.\n",  # not absolute
        "Security\nYou should have been resident in Canada for the last 3 years.\n",
        "Benefits\nWe sponsor work visas for the right candidate.\n",  # an offer, not a requirement
        "About us\nOur founders have lived in Berlin for ten years.\n",  # no requirement
        "Security\nYou must pass a background check before you start.\n",  # a check, not a residence period
    ],
)
def test_no_eligibility_item_without_a_hard_requirement(tail):
    assert _items(_LIST + tail, "minimum_qualifications") == ["Two years of retail experience", "Good spoken English"]


@pytest.mark.parametrize(
    "item, expected",
    [
        ("We are a family-run bakery with four shops in Cork.", True),
        ("Our customers include hospitals, schools and city councils.", True),
        ("We’re proud of our flat structure and open-book finances.", True),
        ("At Nordlys, we build booking software for ferries.", True),
        ("We offer a company car and private health cover.", True),
        ("We are looking for someone who enjoys talking to customers.", False),  # what the employer looks for
        ("We expect you to own the release process.", False),
        ("We would appreciate a forklift licence.", False),
        ("Our ideal candidate has five years of payroll experience.", False),
        ("Weekend availability", False),  # not a "We" opener
        ("Work with our designers on new screens", False),
    ],
)
def test_company_voice(item, expected):
    from extractor.rules.lists import company_voice

    assert company_voice(item) is expected


def test_company_paragraph_under_a_list_heading_gives_no_items():
    posting = (
        "Field Engineer\n\nRequirements\n- Three years of HVAC service experience\n- A clean driving licence\n\n"
        "We are a growing family business with twelve vans across Leinster. Our customers include schools and hospitals.\n"
    )
    assert _items(posting, "minimum_qualifications") == ["Three years of HVAC service experience", "A clean driving licence"]


@pytest.mark.parametrize(
    "block, expected_extra",
    [
        ("Minimum Qualification\nHND\nExperience Length: 4 years\n\n", []),  # both repeat the list below
        ("Minimum Qualification\nMSc\nExperience Length: 4 years\n\n", ["MSc"]),  # a value the list does not hold stays
    ],
)
def test_board_summary_block_repeating_the_list(block, expected_extra):
    posting = (
        "Credit Officer\n\n" + block + "Requirements\n1. HND or B.Sc in Accounting or Banking\n"
        "2. At least 4 years of microfinance credit experience in Accra\n3. Own a smartphone\n"
    )
    assert _items(posting, "minimum_qualifications") == expected_extra + [
        "HND or B.Sc in Accounting or Banking",
        "At least 4 years of microfinance credit experience in Accra",
        "Own a smartphone",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The annual salary for this position is €41,000 to €47,000, plus overtime.",
        "Starting wage: £11.80 per hour, rising after probation.",
        "Monthly Salary Range KES 90,000 - 120,000",
        "Benefits include a pension, 25 days' holiday and a cycle-to-work scheme.",
    ],
)
def test_pay_and_benefit_sentences_in_a_list_are_no_items(line):
    posting = f"Barista\n\nRequirements\n- One year behind a busy espresso bar\n- Weekend availability\n- {line}\n"
    assert _items(posting, "minimum_qualifications") == ["One year behind a busy espresso bar", "Weekend availability"]


def test_our_opener_naming_a_thing_is_not_company_voice():
    from extractor.rules.lists import company_voice

    assert not company_voice("Our Go monolith and its Postgres database (about 3 TB)")
    assert company_voice("Our backend is built on C# and .NET.")


def test_short_preferred_item_beside_a_required_one_stays():
    posting = (
        "ICU Nurse\n\nRequirements\n- ADN or BSN from an accredited nursing program\n- Two years of ICU experience\n\n"
        "Preferred\n- BSN\n- CCRN certification\n"
    )
    assert _items(posting, "preferred_qualifications") == ["BSN", "CCRN certification"]
