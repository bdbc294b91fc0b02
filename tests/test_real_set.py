"""The real-postings set (``golden/real``) is well formed, and its build helpers cut lists as documented.

The set is data mapped from the sources' own fields (see golden/README.md, "Real postings"):
these tests check what must hold for every document, whatever the data: a document and an
annotation per index row, the split from the stable hash, every annotated field valid on its
own, list items verbatim in their document. The item-splitting helpers are checked on new
phrasings, not on the set's own texts.
"""

from __future__ import annotations

import csv
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


def test_index_rows_have_a_document_an_annotation_and_the_hashed_split():
    rows = _rows()
    assert rows, "golden/real/index.csv has no rows"
    problems = []
    for row in rows:
        doc_id = row["id"]
        if not (REAL / "docs" / f"{doc_id}.txt").is_file() and not (REAL / "docs" / f"{doc_id}.html").is_file():
            problems.append(f"{doc_id}: no document")
        if not (REAL / "annotations" / f"{doc_id}.json").is_file():
            problems.append(f"{doc_id}: no annotation")
        if row["split"] != build.split_of(doc_id):
            problems.append(f"{doc_id}: split {row['split']} is not the hashed {build.split_of(doc_id)}")
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


def test_list_items_and_titles_occur_verbatim_in_their_document():
    problems = []
    for row in _rows():
        data = json.loads((REAL / "annotations" / f"{row['id']}.json").read_text(encoding="utf-8"))
        text = (REAL / "docs" / f"{row['id']}.txt").read_text(encoding="utf-8")
        for name in ("minimum_qualifications", "preferred_qualifications", "responsibilities"):
            problems += [f"{row['id']}.{name}: {item!r}" for item in data.get(name, []) if item not in text]
        if data.get("title") and data["title"] not in text:
            problems.append(f"{row['id']}.title: {data['title']!r}")
    assert not problems, "\n".join(problems)


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
    out = tmp_path / "out"
    assert build.main(["--emscad", str(emscad), "--nyc", str(nyc), "--out", str(out)]) == 2
    assert expected in capsys.readouterr().err
    assert not out.exists()  # nothing half-written
