"""The real-postings set (``golden/real``) is well formed, and its build helpers cut lists as documented.

The set is data mapped from the sources' own fields (see golden/README.md, "Real postings"):
these tests check what must hold for every document, whatever the data: a document and an
annotation per index row, the split from the stable hash, every annotated field valid on its
own, list items verbatim in their document. The item-splitting helpers are checked on new
phrasings, not on the set's own texts.
"""

from __future__ import annotations

import csv
import html
import importlib.util
import json
from pathlib import Path

import pytest

from extractor.schema import FIELD_NAMES, JobPosting

REAL = Path(__file__).resolve().parents[1] / "golden" / "real"


def _build_module():
    spec = importlib.util.spec_from_file_location("real_set_build", REAL / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _build_module()


def _rows() -> list[dict[str, str]]:
    with (REAL / "index.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _document_text(doc_id: str) -> str:
    """A document's text: a text file as is, an HTML page with its entities decoded."""
    txt = REAL / "docs" / f"{doc_id}.txt"
    if txt.is_file():
        return txt.read_text(encoding="utf-8")
    return html.unescape((REAL / "docs" / f"{doc_id}.html").read_text(encoding="utf-8"))


def test_index_rows_have_a_document_an_annotation_and_their_split():
    rows = _rows()
    assert rows, "golden/real/index.csv has no rows"
    problems = []
    position: dict[str, int] = {}  # index rows are in each source's selection order
    for row in rows:
        doc_id = row["id"]
        at = position[row["source"]] = position.get(row["source"], -1) + 1
        if not (REAL / "docs" / f"{doc_id}.txt").is_file() and not (REAL / "docs" / f"{doc_id}.html").is_file():
            problems.append(f"{doc_id}: no document")
        if not (REAL / "annotations" / f"{doc_id}.json").is_file():
            problems.append(f"{doc_id}: no annotation")
        if row["split"] != build.split_of(doc_id, at):
            problems.append(f"{doc_id}: split {row['split']} is not {build.split_of(doc_id, at)}")
        if not row["source"] or not row["layout"]:
            problems.append(f"{doc_id}: empty source or layout")
    assert len({r["id"] for r in rows}) == len(rows), "duplicate ids in index.csv"
    assert not problems, "\n".join(problems)


def test_every_annotated_field_is_a_valid_record_value():
    problems = []
    for row in _rows():
        data = json.loads((REAL / "annotations" / f"{row['id']}.json").read_text(encoding="utf-8"))
        for name, value in data.items():
            if name not in FIELD_NAMES:
                problems.append(f"{row['id']}: unknown field {name}")
                continue
            try:
                JobPosting.model_validate({name: value})
            except ValueError as exc:
                problems.append(f"{row['id']}.{name}: {exc}")
    assert not problems, "\n".join(problems)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def test_list_items_and_titles_occur_verbatim_in_their_document():
    """Every list item is a span of its document (runs of whitespace compared as one space)."""
    problems = []
    for row in _rows():
        data = json.loads((REAL / "annotations" / f"{row['id']}.json").read_text(encoding="utf-8"))
        text = _document_text(row["id"])
        squeezed = _squeeze(text)
        for name in ("minimum_qualifications", "preferred_qualifications", "responsibilities"):
            problems += [f"{row['id']}.{name}: {item!r}" for item in data.get(name, [])
                         if not item.strip() or _squeeze(item) not in squeezed]
        if data.get("title") and data["title"] not in text:
            problems.append(f"{row['id']}.title: {data['title']!r}")
    assert not problems, "\n".join(problems)


def test_hand_annotated_lists_are_in_the_annotations_and_complete():
    """lists.json is what the annotations hold (the build or ``--apply-lists-only`` was run), and
    every hand-annotated posting has all three list fields."""
    lists = json.loads((REAL / "lists.json").read_text(encoding="utf-8"))
    ids = {row["id"] for row in _rows()}
    problems = []
    for doc_id, fields in lists.items():
        if doc_id.startswith("_"):
            continue
        if doc_id not in ids:
            problems.append(f"{doc_id}: not in index.csv")
            continue
        data = json.loads((REAL / "annotations" / f"{doc_id}.json").read_text(encoding="utf-8"))
        for name, items in fields.items():
            if not name.startswith("_") and data.get(name) != items:
                problems.append(f"{doc_id}.{name}: annotation differs from lists.json (run build.py --apply-lists-only)")
        if not fields.get("_reviewed_only") and not all(name in fields for name in build.LIST_FIELDS):
            problems.append(f"{doc_id}: a hand-annotated posting needs all three list fields")
    assert not problems, "\n".join(problems)


def _tiny_set(tmp_path, lists):
    (tmp_path / "docs").mkdir()
    (tmp_path / "annotations").mkdir()
    (tmp_path / "docs" / "a_1.txt").write_text("Duties\n- Drive the  forklift\nNeeds\n- Forklift licence\n", encoding="utf-8")
    (tmp_path / "docs" / "b_2.html").write_text("<p>Must hold R&amp;D experience</p>", encoding="utf-8")
    (tmp_path / "annotations" / "a_1.json").write_text(json.dumps({"title": "Driver", "minimum_qualifications": ["x"]}),
                                                       encoding="utf-8")
    (tmp_path / "annotations" / "b_2.json").write_text("{}", encoding="utf-8")
    (tmp_path / "lists.json").write_text(json.dumps(lists), encoding="utf-8")


def test_apply_lists_writes_complete_lists_in_schema_order_and_is_idempotent(tmp_path):
    _tiny_set(tmp_path, {
        "_about": "notes are skipped",
        "a_1": {"_note": "n", "responsibilities": ["Drive the forklift"], "minimum_qualifications": ["Forklift licence"],
                "preferred_qualifications": []},
        "b_2": {"minimum_qualifications": ["Must hold R&D experience"]},  # HTML entities decoded
    })
    assert build.apply_lists(tmp_path) == ["a_1", "b_2"]
    first = (tmp_path / "annotations" / "a_1.json").read_text(encoding="utf-8")
    assert list(json.loads(first)) == ["title", "responsibilities", "minimum_qualifications", "preferred_qualifications"]
    assert json.loads(first)["minimum_qualifications"] == ["Forklift licence"]  # replaces the build's list
    build.apply_lists(tmp_path)
    assert (tmp_path / "annotations" / "a_1.json").read_text(encoding="utf-8") == first
    assert build.main(["--apply-lists-only", "--out", str(tmp_path)]) == 0


@pytest.mark.parametrize(
    "lists, message",
    [
        ({"a_1": {"responsibilities": ["Drive a truck"]}}, "not verbatim"),
        ({"c_3": {"responsibilities": []}}, "not in the set"),
        ({"a_1": {"skills": ["Forklift"]}}, "not a list field"),
    ],
)
def test_apply_lists_refuses_what_is_not_in_the_text_or_the_set(tmp_path, lists, message):
    _tiny_set(tmp_path, lists)
    with pytest.raises(ValueError, match=message):
        build.apply_lists(tmp_path)


@pytest.mark.parametrize(
    "text, items",
    [
        # glued items: a word or a full stop runs into the next item's capital
        ("Fluent SpanishValid driving licenceAble to lift 20kg.Flexible hours",
         ["Fluent Spanish", "Valid driving licence", "Able to lift 20kg.", "Flexible hours"]),
        # camel-case words and acronyms are not boundaries
        ("Strong JavaScript and PowerPoint skillsWorked with MySQL and GitHub",
         ["Strong JavaScript and PowerPoint skills", "Worked with MySQL and GitHub"]),
        # a full stop followed by a space stays inside the item
        ("Three years in retail. Team lead a plusHappy to work weekends",
         ["Three years in retail. Team lead a plus", "Happy to work weekends"]),
        # bullets win over glue detection
        ("•  Degree in nursing •  Current RN licence•  Night shifts", ["Degree in nursing", "Current RN licence", "Night shifts"]),
        ("", []),
    ],
)
def test_split_items_cuts_at_bullets_and_glue(text, items):
    assert build.split_items(text) == items


@pytest.mark.parametrize(
    "items, ops, minimum, preferred",
    [
        (["What you bring:", "Fork-lift ticket"], [["drop", "What you bring:"]], ["Fork-lift ticket"], []),
        (["Sold to B2", "B clients", "Own car"], [["join", "Sold to B2"]], ["Sold to B2B clients", "Own car"], []),
        (["Any degree3 years in sales"], [["split", "Any degree", "3 years"]], ["Any degree", "3 years in sales"], []),
        (["Skills: Excel", "Tidy"], [["strip", "Skills:"]], ["Excel", "Tidy"], []),
        (["Calm under pressurePerks", "x"], [["cut", "Calm under", "Perks"]], ["Calm under pressure", "x"], []),
        (["SQL", "Nice to have:", "dbt", "Airflow"], [["preferred_from", "Nice to have"]], ["SQL"], ["dbt", "Airflow"]),
    ],
)
def test_apply_list_ops(items, ops, minimum, preferred):
    assert build.apply_list_ops(items, ops) == (minimum, preferred)


def test_apply_list_ops_names_a_missing_item():
    with pytest.raises(ValueError, match="no item starts with 'Degree'"):
        build.apply_list_ops(["Diploma"], [["drop", "Degree"]])


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("US, TX, Austin", [{"city": "Austin", "region": "Texas", "country": "United States"}]),
        ("CA, BC, Victoria", [{"city": "Victoria", "region": "British Columbia", "country": "Canada"}]),
        ("GB, , Leeds", [{"city": "Leeds", "region": None, "country": "United Kingdom"}]),
        ("US, , ", [{"city": None, "region": None, "country": "United States"}]),
        ("GB, LND, London", None),  # a region code we do not name: not annotated
        ("EG, C, Cairo, Nasr City", None),  # more than three parts
        ("ZZ, , Nowhere", None),  # unknown country code
    ],
)
def test_emscad_location_maps_codes_or_leaves_the_field_out(raw, expected):
    assert build.emscad_location(raw) == expected


def _usajobs_response(*items: dict) -> dict:
    """A USAJOBS Search API response holding ``items`` (each a MatchedObjectDescriptor plus its id)."""
    return {"LanguageCode": "EN", "SearchParameters": {}, "SearchResult": {
        "SearchResultCount": len(items), "SearchResultCountAll": len(items),
        "SearchResultItems": [{"MatchedObjectId": it.pop("id"), "MatchedObjectDescriptor": it} for it in items]}}


def _usajobs_item(**changes) -> dict:
    item = {
        "id": "512345600", "PositionID": "NAVFAC-16-77 (DE)", "PositionTitle": "Harbor Pilot & Boat Operator",
        "OrganizationName": "Naval Facilities Engineering Command", "DepartmentName": "Department of the Navy",
        "PositionLocation": [{"LocationName": "Rota, Spain", "CountryCode": "Spain", "CountrySubDivisionCode": "N/A",
                              "CityName": "Rota, Spain"}],
        "PositionSchedule": [{"Name": "Full-Time", "Code": "1"}],
        "PositionOfferingType": [{"Name": "Permanent", "Code": "15317"}],
        "PositionRemuneration": [{"MinimumRange": "52000.0", "MaximumRange": "67600", "RateIntervalCode": "Per Year"}],
        "JobGrade": [{"Code": "WG"}],
        "PublicationStartDate": "2017-02-14T00:00:00Z", "ApplicationCloseDate": "2017-03-01T00:00:00Z",
        "QualificationSummary": "Valid mariner credential <Master 100 GT> required.",
        "UserArea": {"Details": {"JobSummary": "Pilots tugs & barges in the harbor. " * 8, "LowGrade": "10",
                                 "HighGrade": "10", "WhoMayApply": {"Name": "Public", "Code": "1"}}},
    }
    item.update(changes)
    return item


@pytest.mark.parametrize(
    "place, expected",
    [
        ({"LocationName": "Tucson, Arizona", "CountryCode": "United States", "CountrySubDivisionCode": "Arizona"},
         {"city": "Tucson", "region": "Arizona", "country": "United States"}),
        # abroad the board writes "City, Country" and no region
        ({"LocationName": "Rota, Spain", "CountryCode": "Spain", "CountrySubDivisionCode": "N/A"},
         {"city": "Rota", "region": None, "country": "Spain"}),
        # a city-state, a region repeated as the city, a country-wide post: no city
        ({"LocationName": "Monaco", "CountryCode": "Monaco", "CountrySubDivisionCode": "N/A"},
         {"city": None, "region": None, "country": "Monaco"}),
        ({"LocationName": "Guam, Guam", "CountryCode": "United States", "CountrySubDivisionCode": "Guam"},
         {"city": None, "region": "Guam", "country": "United States"}),
        ({"LocationName": " Anywhere in the U.S. (remote job), United States", "CountryCode": "United States",
          "CountrySubDivisionCode": ""},
         {"city": None, "region": None, "country": "United States"}),
    ],
)
def test_usajobs_location_reads_the_board_place(place, expected):
    assert build.usajobs_location(place) == expected


@pytest.mark.parametrize(
    "schedule, offering, expected",
    [
        ("Full-Time", "Permanent", "full_time"),
        ("Work schedule is part-time.", "Career/Career Conditional", "part_time"),
        # a second type in the appointment leaves the field out rather than picking one
        ("Full Time", "Temporary NTE 1 Year", None),
        ("Full Time", "Seasonal", None),
        ("Part Time", "Internships NTE 120 days", None),
        ("Multiple Schedules", "Permanent", None),
        ("Full or part-time depending on workload", "Permanent", None),
        ("Intermittent", "Permanent", None),
    ],
)
def test_usajobs_employment_only_when_the_posting_states_one_type(schedule, offering, expected):
    item = _usajobs_item(PositionSchedule=[{"Name": schedule}], PositionOfferingType=[{"Name": offering}])
    assert build.usajobs_employment(item) == expected


def test_usajobs_build_writes_an_html_page_and_the_board_values(tmp_path):
    response = tmp_path / "usajobs.json"
    response.write_text(json.dumps(_usajobs_response(_usajobs_item())), encoding="utf-8")
    items = build.read_usajobs([response])
    out = tmp_path / "out"
    build.build([("usajobs", "usajobs_html", "html", items, build.usajobs_select, build.usajobs_doc,
                  build.usajobs_annotation)], out)
    page = (out / "docs" / "usajobs_512345600.html").read_text(encoding="utf-8")
    assert "<h1>Harbor Pilot &amp; Boat Operator</h1>" in page
    assert "<dd>$52,000 to $67,600 per year</dd>" in page
    assert "&lt;Master 100 GT&gt;" in page  # the source text is escaped, not parsed as markup
    assert "<dd>02/14/2017 to 03/01/2017</dd>" in page
    ann = json.loads((out / "annotations" / "usajobs_512345600.json").read_text(encoding="utf-8"))
    assert ann == {
        "title": "Harbor Pilot & Boat Operator", "company": "Naval Facilities Engineering Command",
        "locations": [{"city": "Rota", "region": None, "country": "Spain"}], "job_id": "NAVFAC-16-77 (DE)",
        "date_posted": "2017-02-14", "employment_type": "full_time",
        "salary": {"min": 52000, "max": 67600, "currency": "USD", "period": "year"},
    }
    assert (out / "index.csv").read_text(encoding="utf-8").splitlines()[1].startswith("usajobs_512345600,usajobs,usajobs_html,")


def test_usajobs_select_skips_unpaid_and_short_announcements_and_keeps_one_per_title():
    items = [
        _usajobs_item(id="1"),
        _usajobs_item(id="2"),  # same title and agency as 1
        _usajobs_item(id="3", PositionTitle="Volunteer Guide", PositionRemuneration=[
            {"MinimumRange": "0", "MaximumRange": "0", "RateIntervalCode": "Without Compensation"}]),
        _usajobs_item(id="4", PositionTitle="Clerk", UserArea={"Details": {"JobSummary": "Short."}}),
        _usajobs_item(id="5", PositionTitle="Nurse"),
    ]
    picked = build.usajobs_select([dict(it, MatchedObjectId=it.pop("id")) for it in items])
    assert sorted(p["PositionTitle"] for p in picked) == ["Harbor Pilot & Boat Operator", "Nurse"]


@pytest.mark.parametrize(
    "emscad_text, expected",
    [
        (None, "cannot read a source file"),  # no such file
        ("Job ID,Agency\n1,DEPT\n", "lacks the column(s) job_id"),  # the NYC file passed as EMSCAD
        ("", "has no rows"),
    ],
)
def test_build_refuses_a_wrong_source_file_with_a_clear_error(tmp_path, capsys, emscad_text, expected):
    emscad = tmp_path / "emscad.csv"
    if emscad_text is not None:
        emscad.write_text(emscad_text, encoding="utf-8")
    nyc = tmp_path / "nyc.csv"
    nyc.write_text(",".join(build.NYC_COLUMNS) + "\n" + ",".join("x" for _ in build.NYC_COLUMNS) + "\n", encoding="utf-8")
    usajobs = tmp_path / "usajobs.json"
    usajobs.write_text(json.dumps(_usajobs_response(_usajobs_item())), encoding="utf-8")
    out = tmp_path / "out"
    assert build.main(["--emscad", str(emscad), "--nyc", str(nyc), "--usajobs", str(usajobs), "--csj", str(tmp_path),
                       "--out", str(out)]) == 2
    assert expected in capsys.readouterr().err
    assert not out.exists()  # nothing half-written


def _emscad_and_nyc_files(tmp_path):
    """One-row EMSCAD and NYC source files (enough for the build to reach the file under test)."""
    emscad = tmp_path / "emscad.csv"
    emscad.write_text(",".join(build.EMSCAD_COLUMNS) + "\n" + ",".join("1" for _ in build.EMSCAD_COLUMNS) + "\n",
                      encoding="utf-8")
    nyc = tmp_path / "nyc.csv"
    nyc.write_text(",".join(build.NYC_COLUMNS) + "\n" + ",".join("x" for _ in build.NYC_COLUMNS) + "\n", encoding="utf-8")
    return emscad, nyc


@pytest.mark.parametrize(
    "usajobs_text, expected",
    [
        (None, "cannot read a USAJOBS file"),  # no such file
        ("{not json", "cannot read a USAJOBS file"),
        ('{"jobs": []}', "is not a USAJOBS search response"),  # another board's response
        (json.dumps(_usajobs_response()), "hold no search results"),
    ],
)
def test_build_refuses_a_wrong_usajobs_file_with_a_clear_error(tmp_path, capsys, usajobs_text, expected):
    emscad, nyc = _emscad_and_nyc_files(tmp_path)
    usajobs = tmp_path / "usajobs.json"
    if usajobs_text is not None:
        usajobs.write_text(usajobs_text, encoding="utf-8")
    out = tmp_path / "out"
    assert build.main(["--emscad", str(emscad), "--nyc", str(nyc), "--usajobs", str(usajobs), "--csj", str(tmp_path),
                       "--out", str(out)]) == 2
    assert expected in capsys.readouterr().err
    assert not out.exists()


# ------------------------------------------------------------------ Civil Service Jobs (held out)

_CSJ_PAGE = """Cookies on Civil Service Jobs
Accept additional cookies

Harbour Systems Engineer
Department for Transport
Apply before 11:55 pm on Friday 6th March 2026

Reference number
512340
Salary
£48,100 - £53,900
Higher rates apply for the London office.
Job grade
Senior Executive Officer
Contract type
Permanent
Business area
DFT - Maritime - Port Systems
Type of role
Engineering
Working pattern
Flexible working, Full-time
Number of jobs available
2

Contents
Location
About the job
Benefits

Location
Southampton, Hull

About the job
Job summary
Keep the port systems running. For a chat about the role contact Priya Natarajan
(priya.natarajan@example.gov.uk) or the team at port-jobs@example.gov.uk.
Contact point for applicants
Job contact :
Name :

Priya Natarajan

Telephone :

0161 496 0000

Recruitment team
Email :

Port Resourcing Team
"""


def test_csj_fields_reads_the_title_department_summary_box_and_location():
    fields = build.csj_fields(_CSJ_PAGE)
    assert fields["head"] == ["Harbour Systems Engineer", "Department for Transport"]
    assert fields["box"]["Salary"] == ["£48,100 - £53,900", "Higher rates apply for the London office."]
    assert fields["box"]["Working pattern"] == ["Flexible working, Full-time"]
    assert fields["location"] == ["Southampton, Hull"]
    assert build.csj_fields("no advert here") == {"head": [], "box": {}, "location": []}


@pytest.mark.parametrize(
    "line, expected",
    [("£48,100 - £53,900", (48100, 53900)), ("£31,000", (31000, 31000)), ("£9500 - £9,800 pro rata", (9500, 9800)),
     ("Up to £40,000", None), ("£50,000 - £45,000", None), ("Competitive", None)],
)
def test_csj_pay_reads_the_salary_line(line, expected):
    assert build.csj_pay(line) == expected


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["Southampton, Hull"], [{"city": "Southampton", "region": None, "country": None},
                                 {"city": "Hull", "region": None, "country": None}]),
        (["Kingston upon Thames"], [{"city": "Kingston upon Thames", "region": None, "country": None}]),
        (["Truro, South West England, TR1 3AY"], None),  # postcode and region: left to the hand-check
        (["Remote working (anywhere in the UK)"], None),
        (["Based in Derby or Crewe"], None),
        (["Derby, Crewe,", "Carlisle"], None),  # several lines
        ([], None),
    ],
)
def test_csj_places_maps_only_a_plain_list_of_towns(lines, expected):
    assert build.csj_places(lines) == expected


@pytest.mark.parametrize(
    "contract, pattern, expected",
    [
        (["Permanent"], ["Flexible working, Full-time, Compressed hours"], "full_time"),
        (["Permanent"], ["Part-time"], "part_time"),
        (["Permanent"], ["Full-time, Job share"], None),  # job share is part-time work: both named
        (["Fixed term"], ["Full-time"], None),  # a second type (temporary)
        (["Permanent", "Secondment"], ["Full-time"], None),
        (["Permanent"], ["Flexible working"], None),
    ],
)
def test_csj_employment_only_when_the_advert_states_one_type(contract, pattern, expected):
    assert build.csj_employment({"Contract type": contract, "Working pattern": pattern}) == expected


def test_csj_redact_masks_people_and_keeps_teams():
    page = build.csj_redact(_CSJ_PAGE)
    for personal in ("Priya Natarajan", "priya.natarajan@example.gov.uk", "0161 496 0000"):
        assert personal not in page
    assert "contact [name removed]" in page and "[email removed]" in page and "[telephone removed]" in page
    for kept in ("port-jobs@example.gov.uk", "Port Resourcing Team", "Harbour Systems Engineer", "Department for Transport"):
        assert kept in page
    assert build.csj_redact("Ask the hiring manager (Tom Okafor, Lead Engineer).") == \
        "Ask the hiring manager ([name removed], Lead Engineer)."
    assert build.csj_redact("Software Developer (Lead)") == "Software Developer (Lead)"
    assert build.csj_redact("email sam.ross-lee@example.gov.uk or jobs@example.gov.uk") == \
        "email [email removed] or jobs@example.gov.uk"  # a hyphenated surname too; a team mailbox stays


def test_csj_build_writes_the_page_and_the_board_values_in_the_split_of_its_position(tmp_path):
    row = {"job_id": "512340", "text": _CSJ_PAGE, "fields": build.csj_fields(_CSJ_PAGE), "file": "x/a.pdf"}
    out = tmp_path / "out"
    build.build([("csj", "csj_pdf_text", "txt", [row], build.csj_select, build.csj_doc, build.csj_annotation)], out)
    doc = (out / "docs" / "csj_512340.txt").read_text(encoding="utf-8")
    assert doc.startswith("Harbour Systems Engineer\nDepartment for Transport\nApply before")  # chrome above cut
    assert "Priya Natarajan" not in doc
    ann = json.loads((out / "annotations" / "csj_512340.json").read_text(encoding="utf-8"))
    assert ann == {
        "title": "Harbour Systems Engineer", "company": "Department for Transport", "team": "DFT - Maritime - Port Systems",
        "locations": [{"city": "Southampton", "region": None, "country": None}, {"city": "Hull", "region": None, "country": None}],
        "job_id": "512340", "employment_type": "full_time",
        "salary": {"min": 48100, "max": 53900, "currency": "GBP", "period": "year"},
    }
    assert (out / "index.csv").read_text(encoding="utf-8").splitlines()[1] == "csj_512340,csj,csj_pdf_text,dev,,csj"  # 1st pick (group: its source)


def test_csj_select_keeps_crown_employers_one_line_titles_and_one_row_per_reference():
    def row(ref, title="Harbour Systems Engineer", employer="Department for Transport", salary="£48,100"):
        page = _CSJ_PAGE.replace("512340", ref).replace("Harbour Systems Engineer", title)
        page = page.replace("Department for Transport", employer).replace("£48,100 - £53,900", salary)
        return {"job_id": ref, "text": page, "fields": build.csj_fields(page), "file": ref + ".pdf"}
    rows = [row("1"), row("1"), row("2", employer="Student Loans Company"), row("3", title="Harbour Systems\nEngineer"),
            row("4", salary="Competitive"), row("5"), row("6"), row("7")]
    picked = [r["job_id"] for r in build.csj_select(rows)]
    assert len(picked) == len(set(picked)) == 3  # one row per reference, at most three per employer
    assert set(picked) <= {"1", "5", "6", "7"}  # not a non-Crown body, a wrapped title or a salary without £


@pytest.mark.parametrize("doc_id, position, split", [
    ("csj_477231", 0, "dev"), ("csj_459282", 49, "dev"),  # csj: the first 50 picks are opened
    ("csj_454951", 50, "test"), ("csj_383738", 79, "test"),  # the picks after them held out, whatever the id
    ("emscad_000003", 0, "test"), ("emscad_000003", 99, "test"),  # other sources: the id's hash, not the position
    ("emscad_000135", 0, "dev"), ("emscad_000135", 99, "dev"),
])
def test_split_is_the_position_for_csj_and_the_hash_elsewhere(doc_id, position, split):
    assert build.split_of(doc_id, position) == split


def test_csj_first_fifty_are_dev_and_the_rest_test_in_the_index():
    csj = [row for row in _rows() if row["source"] == "csj"]
    assert len(csj) == 80
    assert [row["split"] for row in csj] == ["dev"] * 50 + ["test"] * 30


def test_build_refuses_a_folder_without_advert_pdfs(tmp_path, capsys):
    emscad, nyc = _emscad_and_nyc_files(tmp_path)
    usajobs = tmp_path / "usajobs.json"
    usajobs.write_text(json.dumps(_usajobs_response(_usajobs_item())), encoding="utf-8")
    (tmp_path / "csj").mkdir()
    out = tmp_path / "out"
    assert build.main(["--emscad", str(emscad), "--nyc", str(nyc), "--usajobs", str(usajobs),
                       "--csj", str(tmp_path / "csj"), "--out", str(out)]) == 2
    assert "holds no PDF" in capsys.readouterr().err
    assert not out.exists()
