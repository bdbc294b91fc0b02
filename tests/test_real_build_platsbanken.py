"""golden/real/build.py, Source 5 (Platsbanken, the JobTech JobSearch API's ads): reading a saved response,
the selection (Sweden, a municipality, 200+ characters of text, at most 2 ads per employer), the document
laid out from the board's fields with personal data masked, the annotation from those fields, and the
split (the first 25 picks ``dev``, opened on 2026-12-02, the rest ``test``; group ``platsbanken``)."""

import copy
import csv
import importlib.util
import json
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "golden" / "real" / "build.py"
_SPEC = importlib.util.spec_from_file_location("real_build_platsbanken", _PATH)
build = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build)

_TEXT = ("Vi söker en driven utvecklare till vårt team i Malmö. Du arbetar med Python och SQL i nära samarbete "
         "med våra kunder och kollegor. Vi erbjuder kollektivavtal, friskvårdsbidrag och flexibla arbetstider.\n"
         "Vid frågor kontakta rekryterare Karin Berg på 070-123 45 67 eller karin.berg@exempel.se.\n"
         "Allmänna frågor: info@exempel.se\n"
         "/ Karin Berg")


def _ad(ad_id, org="5560000001", hours="Heltid", duration="Tills vidare", form="Vanlig anställning",
        country="Sverige", text=_TEXT, headline="Backendutvecklare"):
    return {
        "id": ad_id, "headline": headline, "application_deadline": "2025-10-09T23:59:59",
        "description": {"text": text},
        "employment_type": {"label": form}, "duration": {"label": duration}, "working_hours_type": {"label": hours},
        "salary_type": {"label": "Fast månads- vecko- eller timlön"}, "salary_description": "Enligt avtal.",
        "scope_of_work": {"min": 100, "max": 100} if hours == "Heltid" else {"min": 50, "max": 50},
        "employer": {"name": "Exempel AB", "organization_number": org, "workplace": "Exempel AB"},
        "occupation": {"label": "Mjukvaruutvecklare"},
        "workplace_address": {"municipality": "Malmö", "region": "Skåne län", "country": country, "city": None},
        "application_contacts": [{"name": None, "description": "Olle Ek, Enhetschef", "email": None}],
        "publication_date": "2025-09-11T11:25:17",
    }


def _response(*ads):
    return "export const testObject = " + json.dumps({"total": {"value": len(ads)}, "hits": list(ads)},
                                                     ensure_ascii=False, indent=2) + ";\n"


@pytest.fixture()
def rows(tmp_path):
    path = tmp_path / "testObject.ts"
    path.write_text(_response(_ad("100"), _ad("101"), _ad("102"), _ad("103", org="5560000002", hours="Deltid"),
                              _ad("104", org="5560000003", country="Norge"),
                              _ad("105", org="5560000004", text="För kort."),
                              _ad("106", org="5560000005", duration="6 månader eller längre")), encoding="utf-8")
    return build.read_platsbanken(path)


def test_reads_the_hits_of_a_saved_response_module(rows):
    assert [row["job_id"] for row in rows] == ["100", "101", "102", "103", "104", "105", "106"]


def test_selection_keeps_ads_in_sweden_with_text_and_caps_each_employer_at_two(rows):
    picked = [row["job_id"] for row in build.platsbanken_select(rows)]
    assert "104" not in picked and "105" not in picked  # abroad; text under 200 characters
    assert len([ad_id for ad_id in picked if ad_id in ("100", "101", "102")]) == 2  # same organisation number
    assert {"103", "106"} <= set(picked)
    assert picked == [row["job_id"] for row in build.platsbanken_select(list(reversed(rows)))]  # stable order


@pytest.mark.parametrize("line", ["Backendutvecklare", "Exempel AB", "Kommun: Malmö", "Län: Skåne län", "Land: Sverige",
                                  "Omfattning: Heltid", "Varaktighet: Tills vidare", "Publicerad: 11 september 2025",
                                  "Ansök senast: 9 oktober 2025", "Annons-Id: 100", "Enligt avtal."])
def test_document_lays_out_the_boards_fields(rows, line):
    assert line in build.platsbanken_doc(rows[0]).split("\n")


@pytest.mark.parametrize("personal", ["Karin Berg", "070-123 45 67", "karin.berg@exempel.se"])
def test_document_masks_personal_data(rows, personal):
    assert personal not in build.platsbanken_doc(rows[0])


def test_document_keeps_a_team_mailbox_and_masks_the_signature_too(rows):
    doc = build.platsbanken_doc(rows[0])
    assert "info@exempel.se" in doc
    assert "/ [name removed]" in doc


def test_a_contact_persons_recorded_name_is_masked_wherever_the_text_repeats_it():
    ad = _ad("200", text=_TEXT + "\nOlle Ek är din närmaste chef.")
    assert "Olle Ek" not in build.platsbanken_redact(ad["description"]["text"], ad)


@pytest.mark.parametrize("kwargs, expected", [
    ({}, "full_time"),
    ({"hours": "Deltid"}, "part_time"),
    ({"duration": "6 månader eller längre"}, None),  # a fixed term is a second type
    ({"form": "Behovsanställning"}, None),  # on call
])
def test_employment_type_only_for_ordinary_employment_until_further_notice(kwargs, expected):
    assert build.platsbanken_employment(_ad("300", **kwargs)) == expected


def test_annotation_maps_the_boards_fields(rows):
    flags = []
    ann = build.platsbanken_annotation(rows[0], build.platsbanken_doc(rows[0]), flags)
    assert ann == {"title": "Backendutvecklare", "company": "Exempel AB", "job_id": "100", "date_posted": "2025-09-11",
                   "locations": [{"city": "Malmö", "region": "Skåne län", "country": "Sweden"}],
                   "employment_type": "full_time"}
    assert flags == []  # a plain heading, the municipality as town, no hours word in the text


def test_a_heading_with_a_place_is_flagged_for_the_hand_check():
    row = {"job_id": "400", "ad": _ad("400", headline="Säljare till Uppsala!, Grundlön")}
    flags = []
    build.platsbanken_annotation(row, build.platsbanken_doc(row), flags)
    assert any("title may carry" in flag for flag in flags)


@pytest.mark.parametrize("position, split", [(0, "dev"), (24, "dev"), (25, "test"), (49, "test")])
def test_the_first_picks_are_dev_the_rest_test_with_the_source_as_group(position, split):
    assert build.split_of("platsbanken_30016593", position) == split
    assert build.group_of("platsbanken_30016593", position) == "platsbanken"


def test_build_writes_the_source_split_by_position(rows, tmp_path):
    out = tmp_path / "real"
    out.mkdir()
    build.build([("platsbanken", "platsbanken_text", "txt", copy.deepcopy(rows), build.platsbanken_select,
                  build.platsbanken_doc, build.platsbanken_annotation)], out)
    with (out / "index.csv").open(encoding="utf-8") as handle:
        index = list(csv.DictReader(handle))
    assert len(index) == len(build.platsbanken_select(rows))
    assert [(row["source"], row["layout"], row["split"], row["group"]) for row in index] == [
        ("platsbanken", "platsbanken_text", "dev" if position < build.DEV_PICKS["platsbanken"] else "test", "platsbanken")
        for position in range(len(index))]
    assert all((out / "docs" / f"{row['id']}.txt").is_file() for row in index)


def test_the_set_holds_the_platsbanken_postings_split_25_dev_then_test():
    with (_PATH.parent / "index.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["source"] == "platsbanken"]
    assert 40 <= len(rows) <= 60
    assert [(row["split"], row["group"]) for row in rows] == [
        ("dev" if position < 25 else "test", "platsbanken") for position in range(len(rows))]
