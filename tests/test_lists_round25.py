"""List items, round 25: the shapes of a PDF job description or terms of reference (section numbers before the
headings, outline numbers before the duties, running page footers, a person specification's E/D columns) and lists
whose items open in lower case on a hard-wrapped page — each in phrasings of our own, with near misses."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules
from extractor.rules.lists import BULLET_RE, marks_preferred, split_items
from extractor.sections import classify_line


def _items(text: str, field: str) -> list[str]:
    found = run_rules(context_for(text), [field])
    return found[field].value if field in found else []


@pytest.mark.parametrize(
    "line, next_line, kind",
    [
        ("2. Main duties and responsibilities", "2.1 Prepare the weekly rota.", "responsibilities"),
        ("3) Qualifications", "- A degree in nursing", "minimum_qualifications"),
        ("4. Scope of work", "The consultant will:", "responsibilities"),
        ("1. Purpose of the job", "To keep the fleet on the road.", "summary"),
        ("6. Fees", "EUR 400 per day, paid monthly.", "pay"),
        ("5. Deliverables", "An inception report and a final report.", "other"),
        # an item of a numbered list, followed by the next number: no heading
        ("1. Qualifications", "2. Experience", None),
        # a sentence after the number: an item
        ("2. Prepare and file the monthly returns.", "3. Reconcile the ledgers.", None),
    ],
)
def test_numbered_section_heading(line, next_line, kind):
    head = classify_line(line, 0, next_line)
    assert (head.kind if head else None) == kind
    if head is not None:
        assert head.heading_start == 0  # the number goes with its heading, not into the section above


@pytest.mark.parametrize(
    "line, bullet",
    [
        ("2.1 Inspect the pumping stations every quarter.", "2.1 "),
        ("3.2.1 Draft the tender documents.", "3.2.1 "),
        ("10.4. Chair the safety committee.", "10.4. "),
        ("2.5 Years of experience in retail banking", None),  # a number of years, no outline number
        ("1.5 hours of overtime a week", None),
    ],
)
def test_outline_number_bullet(line, bullet):
    m = BULLET_RE.match(line)
    assert (m.group() if m else None) == bullet


_TOR = """TERMS OF REFERENCE
Assignment: Nutrition Survey Lead
Duty station: Lilongwe

1. Background
Green Valleys Trust runs school feeding in four districts.

2. Scope of the assignment
The consultant will:
a) design the sampling frame for the survey;
b) train twenty field staff in anthropometry;
c) write the final report with recommendations.

3. Deliverables
Inception report; data set; final report.

4. Qualifications
- Master's degree in Nutrition or Public Health
- Five years of experience running household surveys
- Fluency in Chichewa is an advantage

5. Fees
USD 300 per day for 20 days.
"""


def test_numbered_terms_of_reference():
    assert _items(_TOR, "responsibilities") == [
        "design the sampling frame for the survey",
        "train twenty field staff in anthropometry",
        "write the final report with recommendations.",
    ]
    assert _items(_TOR, "minimum_qualifications") == [
        "Master's degree in Nutrition or Public Health",
        "Five years of experience running household surveys",
    ]
    assert _items(_TOR, "preferred_qualifications") == ["Fluency in Chichewa is an advantage"]


_PERSON_SPEC = """Northgate Water                                   ROLE PROFILE

1. Main duties and responsibilities
1.1  Plan and supervise the maintenance of twelve treatment works.
1.2  Keep asset records up to date in the maintenance system.

Northgate Water – Maintenance Planner                        Page 1 of 2
-----------------------------------------------------------------------
2. Person specification                     E = Essential   D = Desirable

Qualifications
HND in Mechanical or Electrical Engineering                     E
NEBOSH General Certificate                                      D

Experience
Two years planning maintenance in a utility or factory          E
Use of SAP PM or Maximo                                         D
"""


def test_person_specification_columns():
    assert _items(_PERSON_SPEC, "responsibilities") == [
        "Plan and supervise the maintenance of twelve treatment works.",
        "Keep asset records up to date in the maintenance system.",
    ]
    assert _items(_PERSON_SPEC, "minimum_qualifications") == [
        "HND in Mechanical or Electrical Engineering",
        "Two years planning maintenance in a utility or factory",
    ]
    assert _items(_PERSON_SPEC, "preferred_qualifications") == ["NEBOSH General Certificate", "Use of SAP PM or Maximo"]


def test_column_letter_without_legend_stays():
    text = "Pharmacy Assistant\n\nRequirements\n- Knowledge of vitamin D\n- Able to lift boxes from shelf E\n- Good English\n"
    assert _items(text, "minimum_qualifications") == ["Knowledge of vitamin D", "Able to lift boxes from shelf E", "Good English"]


@pytest.mark.parametrize(
    "body, items",
    [
        (  # duties in the base form, each on its line, in lower case
            "prepare monthly management accounts and variance reports for the board\n"
            "reconcile supplier statements and resolve discrepancies with vendors\n"
            "support the annual audit\n",
            [
                "prepare monthly management accounts and variance reports for the board",
                "reconcile supplier statements and resolve discrepancies with vendors",
                "support the annual audit",
            ],
        ),
        (  # duties as gerunds
            "maintaining the booking platform written in Kotlin for our travel clients\n"
            "reviewing pull requests from the two junior developers\n"
            "building dashboards for the operations team in Grafana and Looker\n"
            "running the weekly release\n",
            [
                "maintaining the booking platform written in Kotlin for our travel clients",
                "reviewing pull requests from the two junior developers",
                "building dashboards for the operations team in Grafana and Looker",
                "running the weekly release",
            ],
        ),
        (  # a repeated opener, and a page that wrapped one item at about 75 characters
            "knowledge of payroll legislation and statutory deductions in Ireland and\n"
            "the UK\n"
            "knowledge of Sage Payroll or a similar package used by larger employers\n"
            "knowledge of pension auto-enrolment\n",
            [
                "knowledge of payroll legislation and statutory deductions in Ireland and the UK",
                "knowledge of Sage Payroll or a similar package used by larger employers",
                "knowledge of pension auto-enrolment",
            ],
        ),
        (  # a wrapped line whose rest opens with no opener of the block: still one item
            "experience with cloud platforms and infrastructure automation on large\n"
            "distributed systems across several regions\n"
            "a degree in computer science or a related field, or equivalent practice\n",
            [
                "experience with cloud platforms and infrastructure automation on large distributed systems across several regions",
                "a degree in computer science or a related field, or equivalent practice",
            ],
        ),
        (  # a repeated function word opens no item: "and …" goes on with the line above
            "advise the regional teams on procurement rules and contract management\n"
            "and the audit trail\n"
            "advise the finance board on supplier risk and market conditions\n"
            "and the exit plans\n",
            [
                "advise the regional teams on procurement rules and contract management and the audit trail",
                "advise the finance board on supplier risk and market conditions and the exit plans",
            ],
        ),
        (  # three lines open with base-form duty verbs, though the first line opens otherwise
            "become the first point of contact for the distributors in the north region\n"
            "negotiate annual volume agreements and rebates with the larger accounts\n"
            "prepare quarterly forecasts for the sales director and the factory\n"
            "attend trade fairs\n",
            [
                "become the first point of contact for the distributors in the north region",
                "negotiate annual volume agreements and rebates with the larger accounts",
                "prepare quarterly forecasts for the sales director and the factory",
                "attend trade fairs",
            ],
        ),
    ],
)
def test_lower_case_items_on_a_wrapped_page(body, items):
    assert [i.value for i in split_items(body, 0, len(body), glued=True)] == items


def test_page_footer_inside_a_wrapped_item_is_cut():
    text = (
        "Library Porter\n\nDuties\n"
        "1. Move book trolleys between the stacks and the reading rooms of the\n"
        "main building.\n"
        "Eastbank University Library – Porter JD                          Page 1 of 3\n"
        "2. Open and lock the building on the early and late rota.\n"
    )
    assert _items(text, "responsibilities") == [
        "Move book trolleys between the stacks and the reading rooms of the main building.",
        "Open and lock the building on the early and late rota.",
    ]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("What you'd do", "responsibilities"),  # a known heading in the conditional
        ("**What you would be doing**", "responsibilities"),
        ("What you'd bring", "minimum_qualifications"),
        ("What you would get", "benefits"),
        ("Your job", "responsibilities"),  # "Jouw job", "Ihr Job" in English
        ("Your duties:", "responsibilities"),
        ("What you'd love about Lisbon", None),  # no known heading behind the conditional
    ],
)
def test_heading_forms(line, kind):
    head = classify_line(line, 0, "- plan the weekly routes")
    assert (head.kind if head else None) == kind


@pytest.mark.parametrize(
    "item, preferred",
    [
        ("Cantonese would be an asset to deal with our Hong Kong buyers", True),  # the mark, then its purpose
        ("Arabic is a strong advantage to support clients in the Gulf", True),
        ("Knowledge of Polish to liaise with the Gdańsk plant", False),  # no mark
        ("A forklift licence is required to operate the reach trucks", False),
        ("Experience is preferred to the formal qualification", False),  # a comparison, not a purpose
        ("Terms favourable to our members and a spotless record", False),  # "to" and a noun phrase: no purpose
    ],
)
def test_preferred_mark_with_its_purpose(item, preferred):
    assert marks_preferred(item) is preferred


def test_required_and_preferred_clauses_split():
    text = "Requirements\n- Fluent English and Malay; Cantonese is an added advantage to serve Hong Kong buyers\n- A driving licence\n"
    assert _items(text, "minimum_qualifications") == ["Fluent English and Malay", "A driving licence"]
    assert _items(text, "preferred_qualifications") == ["Cantonese is an added advantage to serve Hong Kong buyers"]


def test_duty_clauses_run_into_one_description_line():
    text = (
        "Field Technician\n\nJob Description\n"
        "installing fibre terminations at customer sites;splicing cables in street cabinets;"
        "climbing poles to reach overhead drops;tidying the van stock at the end of each week;"
        "recording every visit in the work-order app.\n\nBenefits\nCompany van\n"
    )
    assert _items(text, "responsibilities") == [  # "splicing", "climbing", "tidying": duties as members of the run
        "installing fibre terminations at customer sites",
        "splicing cables in street cabinets",
        "climbing poles to reach overhead drops",
        "tidying the van stock at the end of each week",
        "recording every visit in the work-order app.",
    ]


def test_offer_clauses_in_a_description_are_no_duties():
    text = (
        "Field Technician\n\nJob Description\n"
        "a company van;a fuel card;twenty-five days of holiday;a pension with matched contributions.\n\n"
        "Requirements\n- A driving licence\n"
    )
    assert _items(text, "responsibilities") == []


@pytest.mark.parametrize(
    "line, kind",
    [
        ("담당업무 (Responsibilities)", "responsibilities"),  # the page's language, then the English heading
        ("応募資格 / Requirements", "minimum_qualifications"),
        ("待遇・福利厚生（Benefits）", "benefits"),
        ("Preferred / 우대사항", "preferred_qualifications"),
        ("Experience (3+ years)", None),  # a value in brackets, no second language
        ("Kotlin / Spring Boot", None),
    ],
)
def test_bilingual_heading(line, kind):
    head = classify_line(line, 0, "")
    assert (head.kind if head else None) == kind
