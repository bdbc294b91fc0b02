"""Golden-set loading, few-shot example validation, the runner (rules mode with a real Extractor,
hybrid against the fake OpenAI server) and the ``eval`` command's exit codes, gates and comparisons."""

from __future__ import annotations

import argparse
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from extractor.config import load_settings
from extractor.evaluation.cli import add_eval_parser, run_eval
from extractor.evaluation.gate import UsageError, check_regressions, parse_fail_under
from extractor.evaluation.examples import validate_example, validate_examples
from extractor.evaluation.golden import GoldenError, load_golden, validate_annotation
from extractor.evaluation.metrics import TokenF1Scorer
from extractor.evaluation.runner import EvalError, load_run, make_run_id, resolve_run_dir, run_golden, settings_hash
from extractor.llm.prompts import Example, Prompt, available_versions, load_prompt
from extractor.pipeline import Extractor
from extractor.schema import FIELD_NAMES

from eval_helpers import FIXTURE_GOLDEN, copy_golden, synthetic_run
from fake_openai import FakeOpenAI

RUN_ID = re.compile(r"^\d{8}T\d{6}Z-(rules|llm|hybrid)-[\w.]+-[0-9a-f]{8}(-\d+)?$")


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    """No user config, a private cache, the token-F1 summary scorer, and the real prompts unless a test says otherwise."""
    monkeypatch.delenv("EXTRACTOR_CONFIG", raising=False)
    for var in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "EXTRACTOR_MODEL", "EXTRACTOR_PROMPTS_DIR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("EXTRACTOR_PROMPT_VERSION", "v1")  # the fake server answers in write mode
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EXTRACTOR_EVAL_SUMMARY_SCORER", "token_f1")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


PROMPT_TEMPLATE = """
version = "{version}"
system = '''
{system}
'''
user = '''
Fill these fields:
{{fields}}

<posting>
{{posting}}
</posting>
'''

[fields]
responsibilities = "what the person will do, one item each"
summary = "one or two sentences that say what the role is"

[[examples]]
posting = '''
Warehouse Team Lead
You will lead a shift of 12 associates in our Leeds distribution centre.
What you'll do
- Plan daily picking and packing targets
Nice to have
- Experience with SAP
'''
answer = '''
{{"responsibilities": ["Plan daily picking and packing targets"], "preferred_qualifications": ["{preferred}"], "summary": "You will lead a shift of 12 associates in our Leeds distribution centre."}}
'''
"""


@pytest.fixture
def prompts_dir(tmp_path, monkeypatch):
    """A private prompts folder: ``t1``, ``t2`` (other system text) and ``bad`` (an example answer not in its posting)."""
    folder = tmp_path / "prompts" / "job_posting"
    folder.mkdir(parents=True)
    variants = {
        "t1": ("You extract facts from job postings into JSON.", "Experience with SAP"),
        "t2": ("You carefully extract facts from job postings into JSON. Copy text verbatim.", "Experience with SAP"),
        "bad": ("You extract facts from job postings into JSON.", "Experience with Oracle"),
    }
    for version, (system, preferred) in variants.items():
        (folder / f"{version}.toml").write_text(PROMPT_TEMPLATE.format(version=version, system=system, preferred=preferred), encoding="utf-8")
    monkeypatch.setenv("EXTRACTOR_PROMPTS_DIR", str(tmp_path / "prompts"))
    assert validate_examples(load_prompt("t1")) == [] and validate_examples(load_prompt("bad"))
    return folder


def rules_settings(**overrides):
    return load_settings(**overrides)


# --------------------------------------------------------------------------- golden set
def test_load_golden_splits():
    assert [d.id for d in load_golden(FIXTURE_GOLDEN, "dev").docs] == ["acme_data_engineer", "cafe_barista_hourly"]
    assert [d.id for d in load_golden(FIXTURE_GOLDEN, "test").docs] == ["recruiter_email_nurse"]
    everything = load_golden(FIXTURE_GOLDEN, "all")
    assert len(everything) == 3 and len(everything.sha256) == 64
    doc = everything.docs[1]
    assert doc.layout == "greenhouse" and doc.path.suffix == ".html" and "<h1>Barista</h1>" in doc.text
    assert doc.gold["salary"] == {"min": 18.0, "max": 22.0, "currency": "USD", "period": "hour"}
    assert set(doc.gold) == set(FIELD_NAMES)


def _edit_annotation(root: Path, doc_id: str, **changes):
    path = root / "annotations" / f"{doc_id}.json"
    data = json.loads(path.read_text())
    for key, value in changes.items():
        if value is KeyError:
            data.pop(key)
        else:
            data[key] = value
    path.write_text(json.dumps(data))


@pytest.mark.parametrize(
    "breakage, message",
    [
        (lambda g: _edit_annotation(g, "acme_data_engineer", workplace="office"), "acme_data_engineer: annotation workplace: Input should be"),
        (lambda g: _edit_annotation(g, "acme_data_engineer", salary={"min": 9, "max": 1, "currency": "GBP", "period": "year"}), "salary"),
        (lambda g: _edit_annotation(g, "acme_data_engineer", salry=None), "unknown field(s): salry"),
        (lambda g: _edit_annotation(g, "acme_data_engineer", summary=KeyError), "missing field(s): summary"),
        (lambda g: _edit_annotation(g, "acme_data_engineer", date_posted="09/05/2024"), "date_posted"),
        (lambda g: (g / "annotations" / "acme_data_engineer.json").write_text("{not json"), "is not valid JSON"),
        (lambda g: (g / "annotations" / "acme_data_engineer.json").unlink(), "no annotation annotations/acme_data_engineer.json"),
        (lambda g: (g / "docs" / "acme_data_engineer.txt").unlink(), "no document docs/acme_data_engineer.txt"),
        (lambda g: (g / "index.csv").write_text((g / "index.csv").read_text() + "acme_data_engineer,plain_text,dev,dup\n"), "duplicate id"),
        (lambda g: (g / "index.csv").write_text((g / "index.csv").read_text().replace(",test,", ",holdout,")), "split must be one of dev, test"),
        (lambda g: (g / "index.csv").write_text("name,kind\nx,y\n"), "missing column(s) id, layout, split"),
        (lambda g: (g / "index.csv").unlink(), "golden index not found"),
    ],
)
def test_load_golden_reports_problems_clearly(tmp_path, breakage, message):
    golden = copy_golden(tmp_path)
    breakage(golden)
    with pytest.raises(GoldenError) as info:
        load_golden(golden, "all")
    assert message in str(info.value)


def test_load_golden_missing_dir_and_bad_split(tmp_path):
    with pytest.raises(GoldenError, match="golden directory not found"):
        load_golden(tmp_path / "nope")
    with pytest.raises(GoldenError, match="unknown split"):
        load_golden(FIXTURE_GOLDEN, "train")


def test_load_golden_collects_every_problem(tmp_path):
    golden = copy_golden(tmp_path)
    _edit_annotation(golden, "acme_data_engineer", workplace="office")
    _edit_annotation(golden, "cafe_barista_hourly", weekly_hours=-3)
    with pytest.raises(GoldenError) as info:
        load_golden(golden, "dev")
    assert "2 problem(s)" in str(info.value) and "cafe_barista_hourly" in str(info.value)


def test_validate_annotation_valid_and_lenient():
    record, problems = validate_annotation({"title": "Chef"}, require_all_fields=False)
    assert problems == [] and record["title"] == "Chef" and record["skills"] == []
    _, problems = validate_annotation({"title": "Chef"})
    assert problems and "missing field(s)" in problems[0]
    assert validate_annotation([1, 2])[1] == ["annotation must be a JSON object, got list"]


# --------------------------------------------------------------------------- few-shot example validation
POSTING = """Senior Nurse - Ward 7
St Mary's Hospital, Leeds, UK
Ref: NUR-2024-77
Posted 9 May 2024
Salary: £32,000 - £38,000 per annum, 37.5 hours per week
You will lead a team of five nurses on a busy surgical ward.
Requirements
- NMC registration
- At least 3 years of post-registration experience
Benefits: NHS pension, 27 days annual leave
"""


@pytest.mark.parametrize(
    "answer, problem",
    [
        ({"title": "Senior Nurse - Ward 7", "company": "st mary's   hospital"}, None),
        ({"job_id": "NUR-2024-77", "date_posted": "2024-05-09", "weekly_hours": 37.5}, None),
        ({"salary": {"min": 32000, "max": 38000, "currency": "GBP", "period": "year"}}, None),
        ({"min_years_experience": 3, "minimum_qualifications": ["NMC registration", "At least 3 years of post-registration experience"]}, None),
        ({"locations": [{"city": "Leeds", "region": None, "country": "United Kingdom"}]}, None),  # UK is an alias
        ({"benefits": ["retirement plan", "paid time off"], "workplace": None, "skills": []}, None),
        ({"summary": "You will lead a team of five nurses on a busy surgical ward."}, None),
        ({"title": "Staff Nurse"}, "title 'Staff Nurse' is not in the example's posting"),
        ({"minimum_qualifications": ["NMC registration", "Driving licence"]}, "minimum_qualifications[1] 'Driving licence' is not in"),
        ({"weekly_hours": 40}, "weekly_hours 40 is not written"),
        ({"salary": {"min": 30000, "max": 38000, "currency": "GBP", "period": "year"}}, "salary.min 30000"),
        ({"salary": {"min": 32000, "max": 38000, "currency": "EUR", "period": "year"}}, "salary.currency 'EUR'"),
        ({"date_posted": "2024-06-09"}, "its month is not written"),
        ({"locations": [{"city": "York", "region": None, "country": "United Kingdom"}]}, "locations[0].city 'York'"),
        ({"locations": [{"city": None, "region": None, "country": "France"}]}, "locations[0].country 'France'"),
        ({"benefits": ["free lunch"]}, "'free lunch' is not a canonical benefit name"),
        ({"workplace": "office"}, "workplace: Input should be"),
        ({"salaryy": 1}, "unknown field(s) in the answer: salaryy"),
    ],
)
def test_validate_example(answer, problem):
    problems = validate_example(POSTING, answer)
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    "posting, answer",
    [
        ("Pay: 12-18 LPA", {"salary": {"min": 1200000, "max": 1800000, "currency": "INR", "period": "year"}}),
        ("Salary €45.000 brutto", {"salary": {"min": 45000, "max": 45000, "currency": "EUR", "period": "year"}}),
        ("Base pay $129.3K - $150K", {"salary": {"min": 129300, "max": 150000, "currency": "USD", "period": "year"}}),
        ("₹18,00,000 per year", {"salary": {"min": 1800000, "max": 1800000, "currency": "INR", "period": "year"}}),
        ("five years of experience", {"min_years_experience": 5}),
        ("Posted 21/10/2024", {"date_posted": "2024-10-21"}),
        ("Remote (US)", {"locations": [{"city": None, "region": None, "country": "United States"}]}),
        ("Zurich office", {"locations": [{"city": "Zürich", "region": None, "country": None}]}),
    ],
)
def test_validate_example_number_and_place_formats(posting, answer):
    assert validate_example(posting, answer) == []


def test_validate_examples_names_version_and_example():
    good = Example(posting="Chef\nCook meals", answer={"responsibilities": ["Cook meals"]})
    bad = Example(posting="Chef\nCook meals", answer={"responsibilities": ["Wash dishes"]})
    prompt = Prompt(version="vx", sha256="0" * 64, system="s", user="u", field_descriptions={}, examples=(good, bad))
    assert validate_examples(prompt) == ["vx example 2: responsibilities[0] 'Wash dishes' is not in the example's posting"]


def test_shipped_prompt_examples_are_grounded():
    for version in available_versions():
        assert validate_examples(load_prompt(version)) == [], version


# --------------------------------------------------------------------------- runner
def test_make_run_id_and_settings_hash():
    when = datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc)
    assert make_run_id("rules", "v1", "1a2b3c4d", when) == "20250304T050607Z-rules-v1-1a2b3c4d"
    assert make_run_id("llm", "v2/x", "1a2b3c4d", when) == "20250304T050607Z-llm-v2_x-1a2b3c4d"
    base = load_settings()
    h = settings_hash(base, "hybrid", "a" * 64)
    assert len(h) == 8
    assert settings_hash(load_settings(concurrency=7, api_key="sk-x"), "hybrid", "a" * 64) == h  # no effect on answers
    assert settings_hash(load_settings(temperature=0.5), "hybrid", "a" * 64) != h
    assert settings_hash(base, "hybrid", "b" * 64) != h
    assert settings_hash(base, "rules", "a" * 64) != h


def test_run_golden_rules_mode_saves_a_complete_run(tmp_path):
    golden = load_golden(FIXTURE_GOLDEN, "dev")
    settings = load_settings(api_key="sk-secret-never-saved")
    result = run_golden(golden, settings, mode="rules", out_root=tmp_path / "runs", progress=False, summary=TokenF1Scorer(), n_resamples=100)
    assert RUN_ID.match(result.run_id) and "-rules-v1-" in result.run_id
    assert sorted(p.name for p in result.run_dir.iterdir()) == ["manifest.json", "predictions.jsonl", "scores.json"]
    manifest_text = (result.run_dir / "manifest.json").read_text()
    assert "sk-secret" not in manifest_text and "api_key" not in manifest_text
    manifest = json.loads(manifest_text)
    assert manifest["mode"] == "rules" and manifest["split"] == "dev" and manifest["documents"] == 2
    assert manifest["prompt"]["version"] == "v1" and len(manifest["prompt"]["sha256"]) == 64
    assert manifest["golden"]["sha256"] == golden.sha256 and manifest["golden"]["commit"]
    assert manifest["code"]["package"] and manifest["created"].endswith("+00:00")
    assert manifest["model"]["identity"] is None  # rules mode: no model
    lines = [json.loads(line) for line in (result.run_dir / "predictions.jsonl").read_text().splitlines()]
    assert [line["id"] for line in lines] == ["acme_data_engineer", "cafe_barista_hourly"]
    for line in lines:
        assert set(line["prediction"]) == set(FIELD_NAMES) and line["error"] is None
        assert line["cost"]["llm_calls"] == 0 and line["cost"]["seconds"] >= 0
        assert line["gold"] and line["text"]
        for name, prov in line["provenance"].items():
            assert prov["method"] not in ("llm", "cache")
            for span in prov.get("spans", []):
                assert line["text"][span["start"] : span["end"]].strip(), name
    scores = json.loads((result.run_dir / "scores.json").read_text())
    assert set(scores["fields"]) == set(FIELD_NAMES) and scores["n_documents"] == 2
    assert scores["cost"]["documents"] == 2 and scores["cost"]["llm_calls"] == 0
    assert set(scores["layouts"]) == {"plain_text", "greenhouse"}
    assert all(m["kind"] == "rule" for m in scores["methods"].values())
    # loading it back
    loaded = load_run(result.run_id, tmp_path / "runs")
    assert loaded.scores == scores and loaded.manifest == manifest and len(loaded.records) == 2


def test_failed_documents_score_as_all_null_and_do_not_stop_the_run(tmp_path):
    golden_dir = copy_golden(tmp_path)
    (golden_dir / "docs" / "blank.txt").write_text("   \n")
    (golden_dir / "annotations" / "blank.json").write_text(json.dumps({name: ([] if name in ("locations", "skills", "responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits") else None) for name in FIELD_NAMES}))
    with (golden_dir / "index.csv").open("a") as handle:
        handle.write("blank,plain_text,dev,empty file\n")

    class Flaky:
        """A real rules extractor that crashes on the barista posting."""

        def __init__(self):
            self.inner = Extractor(load_settings(), mode="rules")

        def extract(self, text):
            if "Barista" in text:
                raise RuntimeError("rule exploded")
            return self.inner.extract(text)

    golden = load_golden(golden_dir, "dev")
    result = run_golden(golden, load_settings(), mode="rules", out_root=tmp_path / "runs", extractor=Flaky(), progress=False, summary=TokenF1Scorer(), n_resamples=50)
    by_id = {r["id"]: r for r in result.records}
    assert by_id["blank"]["error"].startswith("empty input")
    assert by_id["cafe_barista_hourly"]["error"] == "RuntimeError: rule exploded"
    assert by_id["acme_data_engineer"]["error"] is None
    docs = {d["id"]: d for d in result.scores["documents"]}
    assert all(row["pred_null"] for row in docs["cafe_barista_hourly"]["fields"].values())
    assert docs["blank"]["score"] == 1.0  # all-null gold, all-null prediction
    assert result.scores["overall"]["errors"] == 2 and result.manifest["errors"] == 2


def test_resolve_run_dir(tmp_path):
    runs = tmp_path / "runs"
    first = synthetic_run(runs, "20250101T000000Z-rules-v1-aaaaaaaa")
    second = synthetic_run(runs, "20250102T000000Z-rules-v1-bbbbbbbb")
    assert resolve_run_dir(first.run_dir, runs) == first.run_dir
    assert resolve_run_dir(second.run_id, runs) == second.run_dir
    assert resolve_run_dir("20250101", runs) == first.run_dir
    assert resolve_run_dir("latest", runs) == second.run_dir
    with pytest.raises(EvalError, match="ambiguous"):
        resolve_run_dir("2025", runs)
    with pytest.raises(EvalError, match="no saved run"):
        resolve_run_dir("nothing", runs)


POSTING_ANSWERS = {
    "summary": "You will build and run the data platform that powers our analytics products.",
    "responsibilities": ["Build batch and streaming data pipelines in Python and SQL", "Maintain our Airflow deployment", "Invent a time machine"],
}


def test_hybrid_run_against_fake_llm_counts_cost_and_methods(tmp_path):
    golden = load_golden(FIXTURE_GOLDEN, "dev")
    with FakeOpenAI(POSTING_ANSWERS, usage=(100, 20)) as server:
        settings = load_settings(base_url=server.base_url, cache_dir=str(tmp_path / "cache"), backoff_base=0.01, backoff_cap=0.1, timeout=5.0, confidence_threshold=1.0)  # ask for the sure lists too
        first = run_golden(golden, settings, mode="hybrid", out_root=tmp_path / "runs", progress=False, summary=TokenF1Scorer(), n_resamples=50)
        second = run_golden(golden, settings, mode="hybrid", out_root=tmp_path / "runs", progress=False, summary=TokenF1Scorer(), n_resamples=50)
    assert first.scores["cost"]["llm_calls"] == 2 and first.scores["cost"]["prompt_tokens"] == 200 and first.scores["cost"]["completion_tokens"] == 40
    assert second.scores["cost"]["llm_calls"] == 0 and second.scores["cost"]["cache_hits"] == 2
    # the LLM confirmed the rule's responsibilities (its invented item is dropped by grounding)
    assert first.scores["methods"]["lists.responsibilities+llm"]["kind"] == "rule+llm"
    assert second.scores["methods"]["lists.responsibilities+cache"]["kind"] == "rule+llm"
    acme = next(r for r in first.records if r["id"] == "acme_data_engineer")
    assert acme["prediction"]["responsibilities"] == POSTING_ANSWERS["responsibilities"][:2]  # the invented item is dropped by grounding
    assert first.scores["fields"]["summary"]["score"] > 0.4
    assert first.manifest["model"]["identity"].endswith("|fake-model") and first.manifest["model"]["base_url"] == server.base_url
    assert first.run_id != second.run_id and RUN_ID.match(second.run_id)


def test_unusable_llm_is_an_eval_error(tmp_path):
    golden = load_golden(FIXTURE_GOLDEN, "dev")
    settings = load_settings(base_url="http://127.0.0.1:9/v1", backoff_base=0.01, backoff_cap=0.05, timeout=2.0)
    with pytest.raises(EvalError, match="the LLM is not usable"):
        run_golden(golden, settings, mode="llm", out_root=tmp_path / "runs", progress=False)
    assert not (tmp_path / "runs").exists()


def test_runner_refuses_prompt_with_ungrounded_examples(prompts_dir, tmp_path):
    golden = load_golden(FIXTURE_GOLDEN, "dev")
    with pytest.raises(EvalError, match="Experience with Oracle"):
        # an unreachable endpoint: if the examples were not checked first, this would fail differently
        run_golden(golden, load_settings(prompt_version="bad", base_url="http://127.0.0.1:9/v1", timeout=1.0), mode="hybrid", out_root=tmp_path / "runs", progress=False)
    # rules mode never sends the prompt, so it runs
    result = run_golden(golden, load_settings(prompt_version="bad"), mode="rules", out_root=tmp_path / "runs", progress=False, n_resamples=20)
    assert "-rules-bad-" in result.run_id


# --------------------------------------------------------------------------- the eval command
def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="extractor")
    add_eval_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["eval", *argv])
    return run_eval(args)


def base_args(tmp_path: Path, *extra: str, golden: Path = FIXTURE_GOLDEN) -> list[str]:
    return ["--golden", str(golden), "--out", str(tmp_path / "runs"), "--resamples", "50", "--no-progress", *extra]


def unreachable_golden(tmp_path: Path) -> Path:
    """A golden copy whose titles and responsibilities no extractor can produce (not in the text): gates must fail."""
    golden = copy_golden(tmp_path)
    for doc_id in ("acme_data_engineer", "cafe_barista_hourly"):
        _edit_annotation(golden, doc_id, title="Zzz Unwritten Role", responsibilities=["Zzz an unwritten duty"])
    return golden


def test_cli_rules_run_prints_table_and_writes_reports(tmp_path, capsys):
    assert cli(*base_args(tmp_path, "--no-llm")) == 0
    out = capsys.readouterr().out
    assert "OVERALL (macro)" in out and "salary.currency" in out and "cost: 2 documents" in out
    (run_dir,) = (tmp_path / "runs").iterdir()
    assert {"manifest.json", "predictions.jsonl", "scores.json", "report.json", "report.html"} <= {p.name for p in run_dir.iterdir()}
    assert str(run_dir) in out


@pytest.mark.parametrize(
    "extra, code, message",
    [
        (["--fail-under", "1.0"], 1, "overall = "),
        (["--fail-under", "team=1", "--fail-under", "title=1.0"], 1, "title = "),
        (["--fail-under", "0", "--fail-under", "salary.min=0"], 0, None),
        (["--fail-under", "bogus=0.5"], 2, "unknown field 'bogus'"),
        (["--fail-under", "1.5"], 2, "between 0 and 1"),
        (["--fail-under", "title=high"], 2, "is not a number"),
        (["--limit", "0"], 2, "--limit must be at least 1"),
    ],
)
def test_cli_fail_under(tmp_path, capsys, extra, code, message):
    assert cli(*base_args(tmp_path, "--no-llm", *extra, golden=unreachable_golden(tmp_path))) == code
    err = capsys.readouterr().err
    if message:
        assert message in err and "Traceback" not in err
    if code == 1:
        assert "below --fail-under" in err


def test_cli_errors_are_one_message_and_exit_2(tmp_path, capsys, prompts_dir):
    assert cli("--golden", str(tmp_path / "missing"), "--no-llm") == 2
    assert "golden directory not found" in capsys.readouterr().err
    assert cli(*base_args(tmp_path, "--no-llm", "--prompt", "v9")) == 2
    assert "prompt version 'v9' not found" in capsys.readouterr().err
    assert cli(*base_args(tmp_path, "--mode", "hybrid", "--prompt", "bad", "--base-url", "http://127.0.0.1:9/v1")) == 2
    err = capsys.readouterr().err
    assert "few-shot examples whose answers are not in their postings" in err and "bad example 1: preferred_qualifications[0] 'Experience with Oracle'" in err
    assert cli(*base_args(tmp_path, "--no-llm", "--prompt", "t1", "--prompt", "t2", "--prompt", "t1")) == 2
    assert "at most two" in capsys.readouterr().err
    assert cli(*base_args(tmp_path, "--no-llm", "--prompt", "t1", "--against", "nothing")) == 2
    assert "no saved run 'nothing'" in capsys.readouterr().err
    assert not (tmp_path / "runs").exists()  # nothing ran


def test_cli_invalid_golden_annotation_exit_2(tmp_path, capsys):
    golden = copy_golden(tmp_path)
    _edit_annotation(golden, "acme_data_engineer", employment_type="full time")
    assert cli("--golden", str(golden), "--out", str(tmp_path / "runs"), "--no-llm") == 2
    err = capsys.readouterr().err
    assert "acme_data_engineer: annotation employment_type" in err and "Traceback" not in err


def test_cli_baseline_update_and_no_regress(tmp_path, capsys):
    baseline = tmp_path / "eval" / "baseline.json"
    args = base_args(tmp_path, "--no-llm", "--baseline", str(baseline), golden=unreachable_golden(tmp_path))
    assert cli(*args, "--no-regress") == 2
    assert "no baseline for rules/dev" in capsys.readouterr().err
    assert cli(*args, "--update-baseline") == 0
    data = json.loads(baseline.read_text())
    entry = data["entries"]["rules/dev"]
    assert set(entry["fields"]) == set(FIELD_NAMES) and entry["n_documents"] == 2 and entry["overall"] is not None
    assert cli(*args, "--no-regress") == 0
    capsys.readouterr()
    entry["fields"]["responsibilities"] = 1.0
    baseline.write_text(json.dumps(data))
    assert cli(*args, "--no-regress", "--update-baseline") == 1
    err = capsys.readouterr().err
    assert "responsibilities regressed: 1.0000 →" in err and "baseline not updated" in err
    assert json.loads(baseline.read_text())["entries"]["rules/dev"]["fields"]["responsibilities"] == 1.0
    assert cli(*args, "--no-regress", "--tolerance", "1.0") == 0


def test_check_regressions_and_parse_fail_under_units():
    scores = {"overall": {"score": 0.5}, "fields": {"title": {"score": 0.8}, "skills": {"score": 0.3}}, "subfields": {"salary.min": {"score": 0.9}}}
    entry = {"overall": 0.5, "fields": {"title": 0.8, "skills": 0.35}, "subfields": {"salary.min": 0.95}}
    assert check_regressions(scores, entry) == ["skills regressed: 0.3500 → 0.3000", "salary.min regressed: 0.9500 → 0.9000"]
    assert check_regressions(scores, entry, tolerance=0.06) == []


@pytest.mark.parametrize(
    "run_scorer, expected",
    [
        ("embedding:all-MiniLM-L6-v2", ["overall regressed: 0.9000 → 0.5000", "summary regressed: 0.9000 → 0.4000"]),
        ("token_f1", []),  # another scale: summary and overall are not compared
    ],
)
def test_summary_and_overall_are_compared_only_under_the_baseline_scorer(run_scorer, expected):
    scores = {"overall": {"score": 0.5}, "fields": {"summary": {"score": 0.4}}, "subfields": {}}
    entry = {"overall": 0.9, "fields": {"summary": 0.9}, "summary_scorer": "embedding:all-MiniLM-L6-v2"}
    assert check_regressions(scores, entry, summary_scorer=run_scorer) == expected


def test_parse_fail_under():
    assert parse_fail_under(["0.5", "skills=0.2", "salary.max=1"]) == {"overall": 0.5, "skills": 0.2, "salary.max": 1.0}
    with pytest.raises(UsageError):
        parse_fail_under(["=x"])


def test_cli_against_a_saved_run(tmp_path, capsys):
    assert cli(*base_args(tmp_path, "--no-llm")) == 0
    capsys.readouterr()
    assert cli(*base_args(tmp_path, "--no-llm", "--against", "latest")) == 0
    out = capsys.readouterr().out
    assert "Δ (B−A)" in out and "paired documents: 2" in out and "0 field value(s) changed" in out
    runs = sorted((tmp_path / "runs").iterdir())
    assert len(runs) == 2
    assert any(p.name.startswith("comparison-") and p.suffix == ".html" for p in runs[-1].iterdir())


def test_cli_two_prompts_side_by_side_with_fake_llm(tmp_path, capsys, prompts_dir):
    with FakeOpenAI(POSTING_ANSWERS, usage=(120, 30)) as server:
        code = cli(*base_args(tmp_path, "--mode", "llm", "--prompt", "t1", "--prompt", "t2", "--base-url", server.base_url))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    out = captured.out
    assert "-llm-t1-" in out and "-llm-t2-" in out and "Δ (B−A)" in out
    assert re.search(r"prompt_tokens\s+240\s+240\s+\+0", out)  # two documents per run, 120 tokens each, no cache sharing across prompts
    run_dirs = sorted((tmp_path / "runs").iterdir())
    assert len(run_dirs) == 2
    t2 = next(d for d in run_dirs if "-t2-" in d.name)
    comparison = json.loads(next(t2.glob("comparison-*.json")).read_text())
    assert comparison["runs"]["a"]["prompt_version"] == "t1" and comparison["runs"]["b"]["prompt_version"] == "t2"
    assert comparison["cost"]["llm_calls"] == {"a": 2, "b": 2, "delta": 0}
    manifest = json.loads((t2 / "manifest.json").read_text())
    assert manifest["prompt"]["version"] == "t2" and manifest["mode"] == "llm"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x1c", "\x0c"])
def test_load_run_keeps_records_whose_strings_hold_unicode_line_separators(tmp_path, separator):
    """A record's text may hold U+2028 and kin unescaped (JSON allows them); str.splitlines() would
    cut the JSON Lines record there, so a run must be read line by line on "\\n" only."""
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "manifest.json").write_text(json.dumps({"run_id": "r1"}), encoding="utf-8")
    (run_dir / "scores.json").write_text(json.dumps({"fields": {}}), encoding="utf-8")
    records = [{"id": "a", "text": f"line one{separator}line two"}, {"id": "b", "text": "plain"}]
    (run_dir / "predictions.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert load_run(run_dir).records == records


@pytest.mark.parametrize(
    "listed, scored",
    [
        ("acme_data_engineer\n", 1),
        ("# the open set\nacme_data_engineer  # one posting\ncafe_barista_hourly\n", 2),
        ("acme_data\n", 0),  # exact ids, not prefixes: a held-out id sharing a prefix stays out
    ],
)
def test_cli_ids_file_selects_exactly_the_listed_documents(tmp_path, capsys, listed, scored):
    ids = tmp_path / "ids.txt"
    ids.write_text(listed, encoding="utf-8")
    code = cli(*base_args(tmp_path, "--no-llm", "--ids-file", str(ids)))
    out, err = capsys.readouterr()
    if not scored:
        assert code == 2 and "no document id is listed in" in err
        return
    assert code == 0 and f"cost: {scored} document" in out
