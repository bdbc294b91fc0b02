"""List items whose line breaks a scrape lost (issue 15, round 19): no-break spaces standing for the breaks,
a '-' bullet glued to its heading or to the ';' that closed the item before, theme labels inside a list of duties."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.normalize import normalize
from extractor.rules.base import run_rules
from extractor.rules.lists import is_process_text, split_marked, states_requirement

NBSP = "\u00a0"


def _items(text: str, field: str) -> list[str]:
    found = run_rules(context_for(text), [field])
    return found[field].value if field in found else []


@pytest.mark.parametrize(
    "line, expected",
    [
        (  # unpunctuated items parted by no-break spaces only: each its own line
            f"Fluent Portuguese speaker{NBSP}Valid forklift certificate{NBSP}Flexible about night shifts",
            "Fluent Portuguese speaker\nValid forklift certificate\nFlexible about night shifts",
        ),
        (  # a closing bracket before the no-break space ends an item too
            f"Good grasp of spreadsheets (pivot tables){NBSP}Calm under deadlines{NBSP}Own transport",
            "Good grasp of spreadsheets (pivot tables)\nCalm under deadlines\nOwn transport",
        ),
        (  # a function word before the no-break space binds it to the name after it
            f"Join the{NBSP}Water Research Institute at{NBSP}Uppsala and the{NBSP}Nordic Centre",
            "Join the Water Research Institute at Uppsala and the Nordic Centre",
        ),
        (  # one such space in a line may keep a name with its verb: no list
            f"You will use{NBSP}Excel and Power BI every day.",
            "You will use Excel and Power BI every day.",
        ),
        (  # a capitalised word before the no-break space is a name running on ("Bakken Shale")
            f"Leader in the Bakken{NBSP}Shale and the Permian{NBSP}Basin",
            "Leader in the Bakken Shale and the Permian Basin",
        ),
    ],
)
def test_no_break_spaces_between_items_are_line_breaks(line, expected):
    assert normalize(line, []).text == expected


@pytest.mark.parametrize(
    "text, field, expected",
    [
        (  # no-break spaces between the items of a requirements block
            f"Warehouse Operative\n\nRequirements\nForklift licence{NBSP}Steel toe boots{NBSP}Availability for weekend shifts\n",
            "minimum_qualifications",
            ["Forklift licence", "Steel toe boots", "Availability for weekend shifts"],
        ),
        (  # a known heading glued after a sentence to its first '-' bullet, the next bullets glued to each ';'
            "Frontend Developer\n\nJob Description\nWe sell tickets for festivals in six countries. You will shape our web platform."
            "Key Responsibilities- Build reusable interface components;- Review the code of your peers;- Keep the page fast on mobile\n",
            "responsibilities",
            ["Build reusable interface components", "Review the code of your peers", "Keep the page fast on mobile"],
        ),
    ],
)
def test_lost_breaks_in_board_lists(text, field, expected):
    assert _items(text, field) == expected


@pytest.mark.parametrize(
    "block, expected",
    [
        (  # Title Case theme labels between duty lines label the duties below them
            "Vendor Relations\nNegotiate annual contracts with suppliers\nTrack delivery performance every month\n"
            "Reporting & Budget\nPrepare the monthly cost report\nForecast spend for the next quarter\n",
            ["Negotiate annual contracts with suppliers", "Track delivery performance every month", "Prepare the monthly cost report",
             "Forecast spend for the next quarter"],
        ),
        (  # with a '/' in the label
            "Plan weekly menus with the head chef\nOrder produce from local farms\nFront/Back Office\nGreet guests and take bookings\n"
            "Reconcile the till at closing\n",
            ["Plan weekly menus with the head chef", "Order produce from local farms", "Greet guests and take bookings",
             "Reconcile the till at closing"],
        ),
        (  # a short line in a list of requirements is an item: only a list of duties has theme labels
            "Three years of bookkeeping experience\nGood knowledge of payroll software\nMicrosoft Excel\n"
            "A valid driving licence and own car\nFluent written and spoken Spanish\n",
            ["Three years of bookkeeping experience", "Good knowledge of payroll software", "Microsoft Excel",
             "A valid driving licence and own car", "Fluent written and spoken Spanish"],
        ),
    ],
)
def test_theme_labels_in_a_list_of_duties_are_no_items(block, expected):
    assert [item.value for item, _ in split_marked(block, 0, len(block), glued=True)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # an unbulleted list of duties in the description, without a duties heading: every line of it, the ones
            # that open with no duty verb too
            "Client Partner\n\nJob Description\nWe are a digital agency in Lisbon. We build shops and apps for retailers.\n"
            "Owning the relationship with each client\nPrepare the quarterly business reviews\nThought leadership\nIt all adds up\n"
            "Coordinate the delivery teams across two offices\nGrowing repeat business with existing accounts\n",
            ["Owning the relationship with each client", "Prepare the quarterly business reviews", "Thought leadership",
             "Coordinate the delivery teams across two offices", "Growing repeat business with existing accounts"],
        ),
        (  # lines of a description that are no duties stay out, however many
            "Office Manager\n\nJob Description\nOur office is in Nairobi.\nFree lunch on Fridays\nA friendly team of twelve\n"
            "Hybrid work two days a week\nManage the office budget and suppliers.\n",
            ["Manage the office budget and suppliers."],
        ),
    ],
)
def test_a_run_of_duty_lines_in_the_description_is_taken_whole(text, expected):
    assert _items(text, "responsibilities") == expected


@pytest.mark.parametrize(
    "sentence, stated",
    [
        ("This role requires clear communication and structured thinking skills.", True),
        ("The position requires a Bachelor's degree in Chemistry and two years in a laboratory.", True),
        ("We require an experienced welder with a valid trade certificate.", True),
        ("It's important that you enjoy talking to customers on the phone.", True),
        ("It is essential for you to hold a forklift licence.", True),
        ("We require all applicants to apply online before Friday.", False),  # how to apply
        ("It is important that we hear from you soon.", False),
        ("The role is based in our Accra office.", False),
    ],
)
def test_requirements_stated_by_the_role_or_as_important(sentence, stated):
    assert states_requirement(sentence) is stated


@pytest.mark.parametrize(
    "item, process",
    [
        ("Submit resume (please don't call or visit).", True),
        ("Specify which position you are applying for.", True),
        ("Interested engineers may send your CV to #EMAIL_0a1b2c3d# or call the office", True),
        ("Visit: www.example.org/careers", True),
        ("Experience with submitting grant applications", False),
        ("Send and receive international parcels", False),
    ],
)
def test_application_instructions_are_process_text(item, process):
    assert is_process_text(item) is process


def test_a_pasted_style_sheet_is_no_item():
    text = (
        "Field Engineer\n\nRequirements\nNormal 0 false false false EN-US X-NONE X-NONE\n"
        "/* Style Definitions */ #URL_22932ad7#{mso-style-name:\"Table Normal\";mso-tstyle-rowband-size:0;}\n"
        "Degree in electrical engineering\nFive years of site experience\n"
    )
    assert _items(text, "minimum_qualifications") == ["Degree in electrical engineering", "Five years of site experience"]


def test_a_bulleted_list_is_no_run_of_duty_lines():
    text = (
        "Team Leader\n\nJob description\nThe Team Leader looks after a team of twelve advisers in Tunis.\n"
        "- Coach advisers through weekly one-to-ones\n- Track call quality and build action plans\n"
        "- Manage schedules and absences\n- Report daily performance to the site manager\n"
    )
    assert _items(text, "responsibilities") == [
        "Coach advisers through weekly one-to-ones", "Track call quality and build action plans",
        "Manage schedules and absences", "Report daily performance to the site manager",
    ]


@pytest.mark.parametrize(
    "text, field, expected",
    [
        (  # '-' bullets run into one line after a label, each after the full stop of the item before
            "Call Centre Agent\n\nRequirements\nResponsibilities - Answer inbound calls from customers. - Log every call in the CRM. "
            "- Book engineer visits. - Escalate complaints to the shift lead.\n",
            "responsibilities",
            ["Answer inbound calls from customers.", "Log every call in the CRM.", "Book engineer visits.",
             "Escalate complaints to the shift lead."],
        ),
        (  # an intro naming the position over a list of duties in the description
            "Loan Officer\n\nJob Description\nWe are a mortgage lender in Cork.\nThe Position:Originate residential mortgages\n"
            "Inform customers about rates and products\nGenerate leads through local campaigns\n",
            "responsibilities",
            ["Originate residential mortgages", "Inform customers about rates and products", "Generate leads through local campaigns"],
        ),
    ],
)
def test_run_on_dash_bullets_and_duty_intros(text, field, expected):
    assert _items(text, field) == expected


def test_dashes_in_prose_part_nothing():
    text = "We are a young company - Based in Paris - and we love food. Our chefs - Anna, Tom - cook daily.\n"
    assert [item.value for item, _ in split_marked(text, 0, len(text), glued=True)] == [
        "We are a young company - Based in Paris - and we love food.", "Our chefs - Anna, Tom - cook daily.",
    ]  # one item a sentence, as any paragraph


def test_a_pay_line_in_a_list_is_no_item():
    text = (
        "Telesales Agent\n\nRequirements\nTwo years of telephone sales experience\nCompensation $25-$30/hour + commissions.\n"
        "Pay attention to detail in every call\nSalary: competitive\n"
    )
    assert _items(text, "minimum_qualifications") == ["Two years of telephone sales experience", "Pay attention to detail in every call"]


def test_a_requirement_among_run_on_duty_bullets_is_a_qualification():
    text = (
        "Telesales Agent\n\nRequirements\nResponsibilities - Book appointments with business owners. - Make follow-up calls every week. "
        "- Previous telesales experience is a must. - Log every call in the CRM.\n"
    )
    found = run_rules(context_for(text), ["responsibilities", "minimum_qualifications"])
    assert found["responsibilities"].value == [
        "Book appointments with business owners.", "Make follow-up calls every week.", "Log every call in the CRM.",
    ]
    assert found["minimum_qualifications"].value == ["Previous telesales experience is a must."]
