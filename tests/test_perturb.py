"""eval/perturb.py: the label-preserving transformations, the opened-row filter and the tally."""

import importlib.util
import json
import re
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("perturb", ROOT / "eval" / "perturb.py")
perturb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(perturb)

POSTING = (
    "Harbour Freight Co\n"
    "Fleet Maintenance Planner\n"
    "Location: Rotterdam, Netherlands\n"
    "Employment type: Full-time\n"
    "Salary: EUR 48,000 - 56,000 per year\n"
    "\n"
    "What you'll do\n"
    "• Plan preventive maintenance for 40 tractor units\n"
    "• Keep the workshop schedule in the fleet system\n"
    "\n"
    "Requirements\n"
    "- 3+ years in fleet or workshop planning\n"
    "- Dutch and English\n"
)
# the rules' evidence on POSTING, as the tool reads it from provenance (title line, meta lines)
BASE = {"provenance": {
    "title": {"spans": [{"start": POSTING.index("Fleet"), "end": POSTING.index("Fleet") + 25}]},
    "locations": {"spans": [{"start": POSTING.index("Rotterdam"), "end": POSTING.index("Rotterdam") + 9}]},
    "employment_type": {"spans": [{"start": POSTING.index("Full-time"), "end": POSTING.index("Full-time") + 9}]},
    "salary": {"spans": [{"start": POSTING.index("EUR"), "end": POSTING.index("per year") + 8}]},
},
    "gold": {"title": "Fleet Maintenance Planner", "company": "Harbour Freight Co", "date_posted": None,
             "locations": [{"city": "Rotterdam", "region": None, "country": "Netherlands"}]}}
VALUES = ["Fleet Maintenance Planner", "Rotterdam, Netherlands", "Full-time", "EUR 48,000 - 56,000 per year",
          "Plan preventive maintenance for 40 tractor units", "3+ years in fleet or workshop planning", "Harbour Freight Co"]


# these two write a gold value in another form the guide maps to the same record (tested below)
OTHER_FORM = {"state_swapped", "date_reformatted"}
# POSTING has no line long enough to wrap: tested on LONG_POSTING below
NEEDS_LONG_LINES = {"hard_wrapped"}
CASE_REWRITES = {"title_recased", "title_upper"}  # the scorer ignores case


@pytest.mark.parametrize("name", [n for n in perturb.TRANSFORMS if n not in OTHER_FORM | NEEDS_LONG_LINES])
def test_every_transformation_keeps_each_value_stated(name):
    out = perturb.apply(name, "x_01", POSTING, BASE, html=False)
    assert out is not None and out != POSTING
    flat = " ".join(out.replace("\r", "").split())
    for value in VALUES:
        value = " ".join(value.split())
        assert value in flat or (name in CASE_REWRITES and value.casefold() in flat.casefold()), (name, value)


@pytest.mark.parametrize(
    "name, check",
    [
        ("crlf", lambda out: out.count("\r\n") == POSTING.count("\n") and "\n" not in out.replace("\r\n", "")),
        ("blank_doubled", lambda out: "per year\n\n\nWhat you'll do" in out and "Full-time\nSalary" in out),
        ("blank_removed", lambda out: "\n\n" not in out),
        ("bullets_glued", lambda out: "tractor units• Keep the workshop" in out and "What you'll do\n• Plan" in out),
        ("bullets_glued_heading", lambda out: "What you'll do• Plan preventive maintenance for 40 tractor units• Keep the workshop" in out and "Requirements\n-" in out),
        ("headings_upper", lambda out: "\nWHAT YOU'LL DO\n" in out and "\nREQUIREMENTS\n" in out and "Fleet Maintenance Planner" in out),
        ("headings_title", lambda out: "\nWhat You'll Do\n" in out),
        ("label_newline", lambda out: "\nLocation\nRotterdam, Netherlands\n" in out and "Salary\nEUR" in out),
        ("meta_reordered", lambda out: out.index("Salary:") < out.index("Employment type:") < out.index("Location:") < out.index("What you'll do")),
        ("highlights", lambda out: out.count("Rotterdam, Netherlands") == 2 and out.index("Rotterdam") < out.index("What you'll do")),
        ("chrome_tail", lambda out: out.startswith(POSTING.rstrip("\n")) and len(out) > len(POSTING) + 100),
        ("chrome_head", lambda out: out.endswith(POSTING) and len(out) > len(POSTING) + 40),
        ("chrome_actions", lambda out: out.startswith("Harbour Freight Co\nFleet Maintenance Planner\n") and out.endswith(POSTING.split("Planner\n", 1)[1])),
        ("tabs", lambda out: "\t• Plan" in out and "\t- Dutch" in out),
        ("body_flattened", lambda out: out.startswith(POSTING.split("\n\n")[0] + "\n\n") and "What you'll do • Plan preventive" in out and out.count("\n") == POSTING.split("\n\n")[0].count("\n") + 3),
        ("body_glued", lambda out: "What you'll doPlan preventive maintenance for 40 tractor unitsKeep the workshop" in out and "•" not in out and "RequirementsDutch" not in out and "Requirements3+ years" in out),
    ],
)
def test_transformation_does_what_it_says(name, check):
    assert check(perturb.apply(name, "x_02", POSTING, BASE, html=False))


@pytest.mark.parametrize(
    "name, text",
    [
        ("bullets_swapped", "Nurse\nWe need a nurse who likes nights.\n"),  # no bullet
        ("bullets_glued", "Nurse\n- one\n- two\n"),  # a hyphen list is not glued (it reads as a dash)
        ("headings_upper", "Nurse\nWe need a nurse.\n"),  # no known heading
        ("label_synonym", "Nurse\nWe need a nurse.\n"),  # no label line
        ("meta_reordered", "Nurse\nWe need a nurse.\n"),  # no meta evidence
        ("blank_removed", "Nurse\nWe need a nurse.\n"),  # nothing to remove
    ],
)
def test_transformation_that_does_not_apply_gives_none(name, text):
    assert perturb.apply(name, "x_03", text, {}, html=False) is None


@pytest.mark.parametrize("name", ["tabs", "bullets_swapped", "headings_upper", "label_synonym", "meta_reordered", "highlights"])
def test_text_rewrites_skip_html(name):
    assert perturb.apply(name, "x_04", "<html><body><h1>Nurse</h1><ul><li>Nights</li></ul></body></html>", {}, html=True) is None


@pytest.mark.parametrize("name", ["chrome_head", "chrome_tail"])
def test_chrome_goes_inside_the_body_of_a_page(name):
    page = "<html><head><title>Nurse</title></head><body><h1>Nurse</h1></body></html>"
    out = perturb.apply(name, "x_05", page, {}, html=True)
    assert out.index("<body>") < out.index("board-chrome") < out.index("</body>")


@pytest.mark.parametrize("style_seed", range(6))
def test_bullets_swapped_keeps_item_text_and_changes_the_markers(style_seed):
    out = perturb.bullets_swapped(POSTING, random.Random(style_seed), BASE, False)
    if out is None:  # the drawn style equals both originals: impossible with two different originals
        pytest.fail("no change")
    assert "Plan preventive maintenance for 40 tractor units" in out
    markers = {line.split(" ", 1)[0] for line in out.splitlines() if "tractor" in line or "Dutch" in line}
    assert markers and markers != {"•", "-"}


@pytest.mark.parametrize(
    "label, expected_class",
    [("Location", "location"), ("WORK LOCATION", "location"), ("job type", "employment"), ("Req ID", "job_id"),
     ("Posted on", "date"), ("Compensation", "pay"), ("Department", None)],
)
def test_label_classes(label, expected_class):
    assert perturb._label_class(label) == expected_class


def _data(name):
    return json.loads((ROOT / "extractor" / "data" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "cls, vocabulary",
    [
        ("location", lambda: _data("locations.json")["labels"]),
        ("employment", lambda: _data("employment.json")["labels"]),
        ("job_id", lambda: _data("job_id_labels.json")["strong"] + _data("job_id_labels.json")["weak"]),
        ("date", lambda: _data("dates.json")["posted_labels"]),
        ("pay", lambda: _data("currencies.json")["pay_words"]),
    ],
)
def test_label_synonyms_already_exist_in_the_data_files(cls, vocabulary):
    known = {v.casefold() for v in vocabulary()}
    assert all(s.casefold() in known for s in perturb.LABEL_CLASSES[cls])


def test_label_synonym_keeps_case_and_value():
    text = "Nurse\nLOCATION: Cork, Ireland\njob type: Part-time\n"
    out = perturb.apply("label_synonym", "x_06", text, {}, html=False)
    head, place, kind = out.splitlines()
    assert place.endswith(": Cork, Ireland") and place.split(":")[0].isupper() and place.split(":")[0] != "LOCATION"
    assert kind.endswith(": Part-time") and kind.split(":")[0].casefold() != "job type"


def test_same_seed_same_output_other_seed_may_differ():
    a = perturb.apply("chrome_tail", "x_07", POSTING, BASE, html=False)
    assert a == perturb.apply("chrome_tail", "x_07", POSTING, BASE, html=False)
    outs = {perturb.apply("chrome_tail", f"x_{i}", POSTING, BASE, html=False) for i in range(20)}
    assert len(outs) > 1


@pytest.mark.parametrize(
    "row, opened",
    [
        ({"id": "a", "split": "test", "group": "platsbanken"}, False),
        ({"id": "b", "split": "test", "group": "emscad"}, False),
        ({"id": "c", "split": "test", "group": "usajobs"}, False),
        ({"id": "d", "split": "test", "group": "nycjobs"}, False),
        ({"id": "e", "split": "dev", "group": "platsbanken"}, True),
        ({"id": "f", "split": "test", "group": "emscad4"}, True),
        ({"id": "g", "split": "test", "group": "csj"}, True),
    ],
)
def test_held_out_real_rows_are_filtered_before_reading(tmp_path, row, opened):
    index = tmp_path / "index.csv"
    index.write_text("id,source,layout,split,notes,group\n" + f"{row['id']},x,y,{row['split']},,{row['group']}\n", encoding="utf-8")
    assert bool(perturb.opened_rows(index, real=True)) is opened


@pytest.mark.parametrize("doc_id, opened", [("s3_01_x", True), ("s20_30_x", True), ("s21_01_x", True), ("s22_01_x", True), ("s23_01_x", True), ("s24_01_x", True), ("s25_01_x", True), ("s26_01_x", True), ("s27_01_x", False), ("s2_01_x", False),
                                            ("b1_01_x", False), ("s10_05_x", True)])
def test_synthetic_opened_batches(tmp_path, doc_id, opened):
    index = tmp_path / "index.csv"
    index.write_text(f"id,layout,split,notes\n{doc_id},x,test,\n", encoding="utf-8")
    assert bool(perturb.opened_rows(index, real=False)) is opened


def test_tally_counts_right_to_wrong_and_back():
    results = [
        {"id": "a", "group": "g", "transforms": {"crlf": {"title": {"before": 1.0, "after": 0.0}}, "tabs": {}}},
        {"id": "b", "group": "g", "transforms": {"crlf": {"title": {"before": 0.0, "after": 1.0}, "skills": {"before": 0.9, "after": 0.5}}}},
    ]
    table = perturb.tally(results)
    assert table["crlf"]["postings"] == 2 and table["tabs"]["postings"] == 1
    assert table["crlf"]["fields"]["title"] == [1, 1] and table["crlf"]["fields"]["skills"] == [1, 0]


# ------------------------------------------------------------------------------------------------
# the rewrites built from the gold values
# ------------------------------------------------------------------------------------------------
def _gold_base(**gold):
    return {"provenance": {}, "gold": gold}


@pytest.mark.parametrize("doc_id", [f"x_{i}" for i in range(8)])
def test_page_title_line_names_title_and_company_on_top(doc_id):
    out = perturb.apply("page_title", doc_id, POSTING, BASE, html=False)
    first, rest = out.split("\n", 1)
    assert rest == POSTING
    assert first.startswith("Fleet Maintenance Planner") and "Harbour Freight Co" in first
    assert any(board in first for board in perturb.BOARDS)


def test_page_title_without_a_gold_company_names_no_company():
    out = perturb.apply("page_title", "x_20", "Night Porter\nWe need a porter.\n", _gold_base(title="Night Porter", company=None), html=False)
    first = out.split("\n", 1)[0]
    assert first.startswith("Night Porter") and not any(word in first for word in (" at ", "None"))


def test_page_title_replaces_the_title_element_of_a_page():
    page = "<html><head><title>Careers</title></head><body><h1>Night Porter</h1></body></html>"
    out = perturb.apply("page_title", "x_21", page, _gold_base(title="Night Porter", company="Hotel Tivoli"), html=True)
    assert "<title>Careers</title>" not in out and re.search(r"<title>Night Porter\b[^<]*Hotel Tivoli[^<]*</title>", out)


@pytest.mark.parametrize("name", ["page_title", "breadcrumb"])
def test_title_lines_need_a_gold_title(name):
    assert perturb.apply(name, "x_22", POSTING, _gold_base(title=None, company="Harbour Freight Co"), html=False) is None


def test_breadcrumb_ends_in_the_title():
    out = perturb.apply("breadcrumb", "x_23", POSTING, BASE, html=False)
    first, rest = out.split("\n", 1)
    assert rest == POSTING and first.endswith(" Fleet Maintenance Planner") and re.search(r"[›>»/]", first)


@pytest.mark.parametrize("doc_id", [f"x_{i}" for i in range(6)])
def test_label_inline_joins_label_and_value_by_pipe_or_tab(doc_id):
    out = perturb.apply("label_inline", doc_id, POSTING, BASE, html=False)
    assert re.search(r"\nLocation(?: \| |\t)Rotterdam, Netherlands\n", out)
    assert re.search(r"\nSalary(?: \| |\t)EUR 48,000", out) and "Location:" not in out
    assert "What you'll do\n" in out  # a heading is no label


US_POSTING = "Payroll Specialist\nMeridian Dental Group\nAustin, TX\nPosted: May 9, 2024\n\nRun payroll for 40 clinics.\n"
US_GOLD = {"title": "Payroll Specialist", "company": "Meridian Dental Group", "date_posted": "2024-05-09",
           "locations": [{"city": "Austin", "region": "Texas", "country": "United States"}]}


@pytest.mark.parametrize(
    "text, gold_loc, expected",
    [
        ("Nurse\nAustin, TX\n", {"city": "Austin", "region": "Texas"}, "Austin, Texas"),
        ("Nurse\nLocation: Halifax NS (on site)\n", {"city": "Halifax", "region": "Nova Scotia"}, "Halifax, Nova Scotia (on site)"),
        ("Nurse\nBased in Perth, Western Australia.\n", {"city": "Perth", "region": "Western Australia"}, "Perth, WA."),
        ("Nurse\nDenver, Colorado, United States\n", {"city": "Denver", "region": "Colorado"}, "Denver, CO, United States"),
    ],
)
def test_state_swapped_writes_the_region_the_other_way(text, gold_loc, expected):
    out = perturb.apply("state_swapped", "x_30", text, _gold_base(locations=[gold_loc]), html=False)
    assert expected in out


@pytest.mark.parametrize(
    "text, gold_loc",
    [
        ("Nurse\nLondon, UK\n", {"city": "London", "region": None}),  # no region
        ("Nurse\nLeeds, West Yorkshire\n", {"city": "Leeds", "region": "West Yorkshire"}),  # no code table for it
        ("Nurse\nTexas-wide role, Austin office\n", {"city": "Austin", "region": "Texas"}),  # not "City, ST"
    ],
)
def test_state_swapped_leaves_other_places_alone(text, gold_loc):
    assert perturb.apply("state_swapped", "x_31", text, _gold_base(locations=[gold_loc]), html=False) is None


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Posted: May 9, 2024\n", "2024-05-09"),
        ("Date posted 2024-05-09\n", "2024-05-09"),
        ("Published on 9th May, 2024\n", "2024-05-09"),
        ("Posted 09.05.2024\n", "2024-05-09"),  # day first, as the gold reads it
        ("Posted 12/03/2025\n", "2025-12-03"),  # month first, as the gold reads it
        ("Posting date: Sept. 14 2025\n", "2025-09-14"),
    ],
)
def test_date_reformatted_writes_the_gold_date_another_unambiguous_way(text, iso):
    out = perturb.apply("date_reformatted", "x_32", text, _gold_base(date_posted=iso), html=False)
    y, m, d = iso.split("-")
    month = perturb.MONTHS[int(m) - 1]
    forms = {f"{month} {int(d)}, {y}", f"{int(d)} {month} {y}", iso, f"{d} {month[:3]} {y}", f"{month[:3]} {int(d)}, {y}"}
    written = [f for f in forms if f in out]
    assert written and out != text


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Posted 3 days ago\n", "2024-05-09"),  # relative: not written as a date
        ("Closing date: June 1, 2024\n", "2024-05-09"),  # another date
        ("Posted: May 9, 2024\n", None),  # no gold date
    ],
)
def test_date_reformatted_needs_the_gold_date_written(text, iso):
    assert perturb.apply("date_reformatted", "x_33", text, _gold_base(date_posted=iso), html=False) is None


@pytest.mark.parametrize("name", ["state_swapped", "date_reformatted"])
def test_other_form_rewrites_change_only_that_value(name):
    out = perturb.apply(name, "x_34", US_POSTING, _gold_base(**US_GOLD), html=False)
    assert out is not None
    assert out.splitlines()[0] == "Payroll Specialist" and out.endswith("Run payroll for 40 clinics.\n")
    assert sum(a != b for a, b in zip(out.splitlines(), US_POSTING.splitlines())) == 1


# ------------------------------------------------------------------------------------------------
# copy-paste and board layouts
# ------------------------------------------------------------------------------------------------
LONG_POSTING = (
    "Clinical Data Coordinator\n"
    "Northgate Research Institute\n"
    "Leeds, United Kingdom\n"
    "\n"
    "About the role\n"
    "You will coordinate data collection across six oncology trials, working closely with site nurses, "
    "statisticians and the sponsor's monitors to keep every case report form complete and on time.\n"
    "\n"
    "What you bring\n"
    "- At least two years of experience in clinical trial data management or a closely related research support role\n"
    "- Good working knowledge of GCP\n"
)
LONG_BASE = {"provenance": {"title": {"spans": [{"start": 0, "end": 25}]}},
             "gold": {"title": "Clinical Data Coordinator", "company": "Northgate Research Institute"}}


@pytest.mark.parametrize("doc_id", [f"x_{i}" for i in range(6)])
def test_head_one_line_joins_the_short_lines_around_the_title(doc_id):
    out = perturb.apply("head_one_line", doc_id, LONG_POSTING, LONG_BASE, html=False)
    first, rest = out.split("\n", 1)
    assert re.fullmatch(r"Clinical Data Coordinator( · | \| | • )Northgate Research Institute\1Leeds, United Kingdom", first)
    assert rest == LONG_POSTING.split("Kingdom\n", 1)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Nurse\n\nWe need a nurse.\n",  # the title line stands alone
        "Nurse\n• Nights\n• Weekends\n",  # bullets are no head block
        "Nurse\nRequirements\n- a licence\n",  # nor is a section heading
        "Nurse\n" + "We need a nurse who likes nights, weekends and the odd bank holiday on the ward, every month.\n",  # prose
    ],
)
def test_head_one_line_needs_two_short_head_lines(text):
    base = {"provenance": {"title": {"spans": [{"start": 0, "end": 5}]}}}
    assert perturb.apply("head_one_line", "x_40", text, base, html=False) is None


@pytest.mark.parametrize("doc_id", [f"x_{i}" for i in range(6)])
def test_company_rating_badges_the_company_line(doc_id):
    out = perturb.apply("company_rating", doc_id, LONG_POSTING, LONG_BASE, html=False)
    line = out.splitlines()[1]
    assert line.startswith("Northgate Research Institute") and line != "Northgate Research Institute"
    assert re.search(r"★|followers", line) and out.splitlines()[0] == "Clinical Data Coordinator"


@pytest.mark.parametrize(
    "text, company",
    [
        ("Nurse\nJoin Northgate Research Institute today.\n", "Northgate Research Institute"),  # not its own line
        ("Nurse\nNorthgate Research Institute\n", None),  # no gold company
    ],
)
def test_company_rating_needs_the_company_on_its_own_line(text, company):
    assert perturb.apply("company_rating", "x_41", text, _gold_base(company=company), html=False) is None


def test_section_buttons_end_each_section_and_the_text():
    out = perturb.apply("section_buttons", "x_42", LONG_POSTING, LONG_BASE, html=False)
    button = out.rstrip("\n").rsplit("\n", 1)[1]
    assert button in perturb.SECTION_BUTTONS
    assert f"Kingdom\n{button}\n\nAbout the role\n" in out and f"on time.\n{button}\n\nWhat you bring\n" in out
    assert out.count(button) == 3


def test_section_buttons_need_a_heading():
    assert perturb.apply("section_buttons", "x_43", "Nurse\nWe need a nurse.\n", {}, html=False) is None


@pytest.mark.parametrize("doc_id", [f"x_{i}" for i in range(6)])
def test_hard_wrapped_breaks_long_lines_and_keeps_every_word(doc_id):
    out = perturb.apply("hard_wrapped", doc_id, LONG_POSTING, LONG_BASE, html=False)
    assert max(len(line) for line in out.splitlines()) <= max(perturb.WRAP_WIDTHS)
    assert out.split() == LONG_POSTING.split()
    assert out.startswith("Clinical Data Coordinator\nNorthgate Research Institute\nLeeds, United Kingdom\n\nAbout the role\n")
    rows = out.split("What you bring\n", 1)[1].splitlines()
    assert rows[0].startswith("- At least") and rows[1].startswith("  ") and not rows[1].startswith("   ")


def test_hard_wrapped_leaves_short_lines_alone():
    assert perturb.apply("hard_wrapped", "x_44", POSTING, BASE, html=False) is None


@pytest.mark.parametrize("doc_id", [f"x_{i}" for i in range(6)])
def test_title_recased_writes_every_occurrence_in_one_case(doc_id):
    text = "Clinical Data Coordinator\nNorthgate\n\nAs Clinical Data Coordinator you keep the forms.\n"
    out = perturb.apply("title_recased", doc_id, text, LONG_BASE, html=False)
    assert out.casefold() == text.casefold() and "Clinical Data Coordinator" not in out
    assert out.count("CLINICAL DATA COORDINATOR") == 2 or out.count("clinical data coordinator") == 2


@pytest.mark.parametrize("title", [None, "Coordinator of Clinical Data"])  # none, or not written as such
def test_title_recased_needs_the_gold_title_written(title):
    assert perturb.apply("title_recased", "x_45", LONG_POSTING, _gold_base(title=title), html=False) is None


def test_title_upper_writes_every_occurrence_in_capitals():
    text = "Clinical Data Coordinator\nNorthgate\n\nAs Clinical Data Coordinator you keep the forms.\n"
    out = perturb.apply("title_upper", "x_47", text, LONG_BASE, html=False)
    assert out.count("CLINICAL DATA COORDINATOR") == 2 and out.casefold() == text.casefold()
    assert perturb.apply("title_upper", "x_47", text.replace("Clinical Data Coordinator", "CLINICAL DATA COORDINATOR"),
                         _gold_base(title="CLINICAL DATA COORDINATOR"), html=False) is None  # already in capitals


@pytest.mark.parametrize("name", ["head_one_line", "company_rating", "section_buttons", "hard_wrapped", "title_recased", "title_upper"])
def test_layout_rewrites_skip_html(name):
    page = "<html><body><h1>Clinical Data Coordinator</h1><p>Northgate Research Institute</p></body></html>"
    assert perturb.apply(name, "x_46", page, LONG_BASE, html=True) is None
