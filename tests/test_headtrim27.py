"""The last piece of a heading that the posting gives elsewhere as a place or a fact is cut (issue 11, round 27).

Each row: the posting's text, the heading as found, the title expected after :func:`trim_title`.
"""
import pytest

from extractor.rules.title import _Hit, piece_cut, trim_title

CASES = [
    # a place unknown to the gazetteer, opening the place line under the heading
    ("Port Operations Supervisor – Ruwais\nRuwais, Abu Dhabi, United Arab Emirates\nFull time",
     "Port Operations Supervisor – Ruwais", "Port Operations Supervisor"),
    ("Field Technician - Kilifi\nAcme Telecom Ltd\nKilifi, Kenya\n",
     "Field Technician - Kilifi", "Field Technician"),
    ("Warehouse Supervisor | Tema\nTema, Ghana\n", "Warehouse Supervisor | Tema", "Warehouse Supervisor"),
    ("Bookkeeper (Ballina)\nBallina, New South Wales\n", "Bookkeeper (Ballina)", "Bookkeeper"),
    # a fact row under a shift, schedule, place or terms label holds the piece
    ("Machine Operator - Continental rota\nRota: Continental rota\nPay: £13/h", "Machine Operator - Continental rota", "Machine Operator"),
    ("Packaging Technician - 4-on-4-off\nShift pattern: 4-on-4-off\n", "Packaging Technician - 4-on-4-off", "Packaging Technician"),
    ("Line Cook – Lakeshore Village\nLocation: Lakeshore Village\n", "Line Cook – Lakeshore Village", "Line Cook"),
    ("Software Engineer - Graduate Programme\nJob type: Graduate Programme\n", "Software Engineer - Graduate Programme",
     "Software Engineer - Graduate Programme"),  # a terms row is no place or shift: the programme stays
    # kept: the piece is said nowhere else, or only in prose, or the line under it is no place line
    ("Claims Handler - Motor\nClaims Handler, Motor team, Leeds\n", "Claims Handler - Motor", "Claims Handler - Motor"),
    ("Sales Engineer - Pumps\nPumps, valves and seals are what we sell.\n", "Sales Engineer - Pumps", "Sales Engineer - Pumps"),
    ("Account Manager - Northwind\nNorthwind, Inc.\n", "Account Manager - Northwind", "Account Manager - Northwind"),
    ("Physiotherapist - Outpatients\nWe run outpatients, wards and clinics.\nDepartment: Outpatients\n",
     "Physiotherapist - Outpatients", "Physiotherapist - Outpatients"),  # right after the job's name the labelled unit is
    # the title's specialty (golden/README.md, "title": a unit is cut only when glued after the heading's schedule)
    ("Senior Buyer (Fresh Produce)\nAisle 4, Fresh Produce\n", "Senior Buyer (Fresh Produce)", "Senior Buyer (Fresh Produce)"),
    ("Laboratory Analyst - Haematology\nShift: Days\n", "Laboratory Analyst - Haematology", "Laboratory Analyst - Haematology"),
    # the label of another field is no fact a heading drops
    ("Teacher - Chemistry\nSubject: Chemistry\n", "Teacher - Chemistry", "Teacher - Chemistry"),
]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_trim_title_cuts_a_piece_said_elsewhere(text, value, expected):
    start = text.index(value)
    hit = _Hit(value, start, start + len(value))
    got = trim_title(text, hit)
    assert got.value == expected
    assert text[got.start : got.end].split() == expected.split()  # a span of the input


@pytest.mark.parametrize("text,value,expected", [
    ("Courier - Lakeside Loop\nRoute: x\nWork location: Lakeside Loop\n", "Courier - Lakeside Loop", "Courier"),
    ("Courier - Lakeside Loop\nRoute: Lakeside Loop\n", "Courier - Lakeside Loop", "Courier - Lakeside Loop"),
])
def test_piece_cut_reads_only_its_labels(text, value, expected):
    assert piece_cut(text, _Hit(value, 0, len(value))).value == expected


def test_piece_cut_keeps_the_heading_when_the_head_is_no_title():
    text = "Northern Region - Leeds\nLeeds, West Yorkshire\n"
    value = "Northern Region - Leeds"
    assert piece_cut(text, _Hit(value, 0, len(value))).value == value


# A page title's dash piece is the employer only when the posting names it on its own; a piece said again only inside
# a longer capitalised name is the title's specialty ("Motor" in "our Motor Claims team").
PAGE_CASES = [
    ("Underwriter – Marine\n\nAbout the role\nYou will join our Marine Cargo desk in the city office.\n\nRequirements\n- Five years of underwriting\n",
     "Underwriter – Marine"),
    ("Speech Therapist - Home Visits\n\nMaplewood Home Visits brings therapy to families across the valley.\n\nWhat you will do\n- Assess clients\n",
     "Speech Therapist - Home Visits"),
    ("Backend Developer - Quillfern\n\nAbout Quillfern\nQuillfern builds billing software.\n\nRequirements\n- Go and Postgres\n",
     "Backend Developer"),
    ("Store Manager - Pantry Lane\n\nJoin Pantry Lane and run a busy store. Pantry Lane has 40 shops.\n\nRequirements\n- Retail experience\n",
     "Store Manager"),
]


@pytest.mark.parametrize("raw,expected", PAGE_CASES)
def test_page_title_piece_named_only_inside_a_longer_name_stays(raw, expected):
    from extractor.context import context_for
    from extractor.rules.title import title_page

    ctx = context_for(raw)
    values = [c.value for c in title_page(ctx)]
    assert values and values[0] == expected


@pytest.mark.parametrize("text,piece,count", [
    ("Nurse - Home Care\nBrightside Home Care is hiring.\n", "Home Care", 1),
    ("Analyst - Fernway\nAbout Fernway\nFernway is a bank.\n", "Fernway", 3),
    ("Planner - Rail\nOur Rail Projects unit\n", "Rail", 1),
])
def test_own_mentions(text, piece, count):
    from extractor.rules.title import _own_mentions

    assert _own_mentions(text, piece) == count


# A labelled heading loses a place as a bare heading does; its grade or band stays.
LABELLED_CASES = [
    ("Job Title: Forklift Driver - Wolverhampton\nSalary: £12.40 an hour\n\nAbout us\nWe move pallets.\n", "Forklift Driver"),
    ("Position: Dental Nurse (Cork)\n\nThe practice\nA busy family practice.\n", "Dental Nurse"),
    ("We're hiring: Barista (Ballarat)\n\nHi everyone, our café needs help on weekends.\n", "Barista"),
    ("Job Title: Staff Nurse (Band 5)\n\nThe ward\nA surgical ward.\n", "Staff Nurse (Band 5)"),
    ("Role Title: Site Engineer - Civils\n\nThe project\nA new bypass.\n", "Site Engineer - Civils"),
]


@pytest.mark.parametrize("raw,expected", LABELLED_CASES)
def test_labelled_title_loses_a_place(raw, expected):
    from extractor.context import context_for
    from extractor.rules.title import title_labelled

    values = [c.value for c in title_labelled(context_for(raw))]
    assert values and values[0] == expected
