"""The real set's build: EMSCAD picks after the first 140 (``emscad2``) are capped per company, held out
as ``test`` and grouped apart in index.csv, while the first 140 keep their order and hash split."""

import hashlib
import importlib.util
from pathlib import Path

import pytest

BUILD = Path(__file__).resolve().parents[1] / "golden" / "real" / "build.py"
_spec = importlib.util.spec_from_file_location("real_build", BUILD)
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def _ad(job_id: int, profile: str) -> dict[str, str]:
    return {"job_id": str(job_id), "title": f"Job {job_id}", "fraudulent": "0", "description": "x" * 250,
            "salary_range": "", "telecommuting": "0", "company_profile": profile}


def _hash_split(doc_id: str) -> str:
    return "dev" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


@pytest.mark.parametrize("doc_id, position, split, group", [
    ("emscad_000135", 0, _hash_split("emscad_000135"), "emscad"),
    ("emscad_000439", 139, _hash_split("emscad_000439"), "emscad"),
    ("emscad_000288", 140, "test", "emscad2"),
    ("emscad_000083", 179, "test", "emscad2"),
    ("csj_383738", 10, "dev", "csj"),
    ("csj_384211", 60, "test", "csj"),
    ("usajobs_437342200", 200, _hash_split("usajobs_437342200"), "usajobs"),
])
def test_split_and_group_by_position(doc_id, position, split, group):
    assert build.split_of(doc_id, position) == split
    assert build.group_of(doc_id, position) == group


def test_picks_after_the_first_140_are_capped_per_company():
    # 140 ads of one company, then a run of one advertiser's ads, ads without a profile, and others.
    rows = [_ad(n, "Big Co") for n in range(1, 141)]
    rows += [_ad(n, "Teacher agency") for n in range(141, 161)]
    rows += [_ad(n, "") for n in range(161, 171)]
    rows += [_ad(n, f"Company {n}") for n in range(171, 451)]  # enough single advertisers for every later pick
    picks = build.emscad_select(rows)
    order = sorted(rows, key=lambda r: build.rank("emscad:" + r["job_id"]))
    assert picks[:build.N_EMSCAD_FIRST] == order[:build.N_EMSCAD_FIRST]  # the first picks are untouched
    later = picks[build.N_EMSCAD_FIRST:]
    assert len(picks) == build.N_EMSCAD
    per_company = {}
    for row in later:
        key = row["company_profile"] or row["job_id"]
        per_company[key] = per_company.get(key, 0) + 1
    assert max(per_company.values()) <= build.EMSCAD_PER_COMPANY
    # the later picks keep the stable order
    assert [order.index(row) for row in later] == sorted(order.index(row) for row in later)
