"""Offline unit tests: cache keys, grounding, prompts, settings resolution, the record and its JSON-LD."""

from __future__ import annotations

import json

import pytest

from extractor.cache import ResponseCache, cache_key
from extractor.config import ConfigError, load_settings
from extractor.llm.grounding import Aligner
from extractor.llm.prompts import PromptError, load_prompt
from extractor.llm.stage import ground_answer, response_model_for
from extractor.provenance import AlignmentStatus
from extractor.schema import JobPosting, Salary

BASE_KEY = dict(
    model_identity="http://x/v1|m",
    prompt_version="v1",
    prompt_sha256="abc",
    schema={"properties": {"a": {}}},
    input_text="posting",
    generation={"temperature": 0.0, "max_tokens": 10},
    response_format="json_object",
)


@pytest.mark.parametrize(
    "change",
    [
        {"model_identity": "http://x/v1|other"},
        {"prompt_version": "v2"},
        {"prompt_sha256": "abd"},
        {"schema": {"properties": {"b": {}}}},
        {"input_text": "posting!"},
        {"generation": {"temperature": 0.1, "max_tokens": 10}},
        {"generation": {"temperature": 0.0, "max_tokens": 11}},
        {"response_format": "json_schema"},
    ],
)
def test_cache_key_changes_with_everything_that_changes_the_answer(change):
    assert cache_key(**BASE_KEY) != cache_key(**{**BASE_KEY, **change})


def test_cache_key_is_stable_and_order_independent():
    reordered = {**BASE_KEY, "generation": {"max_tokens": 10, "temperature": 0.0}}
    assert cache_key(**BASE_KEY) == cache_key(**reordered)


def test_corrupt_cache_entry_is_dropped(tmp_path):
    cache = ResponseCache(tmp_path)
    cache.set("k", {"a": 1})
    assert cache.get("k") == {"a": 1}
    cache._cache.set("k", "not a dict")
    assert cache.get("k") is None
    assert cache.get("k") is None


TEXT = "Duties:\n- Build weekly  sales dashboards for retail.\nPay: £32,000 - £38,000 per year. Remote-first team.\nRequires a BSc degree."


@pytest.mark.parametrize(
    "value, status",
    [
        ("Build weekly sales dashboards for retail", AlignmentStatus.EXACT),
        ("build weekly sales dashboards", AlignmentStatus.EXACT),
        ("Build weekly sales dashboards for the retail team", AlignmentStatus.FUZZY),
        ("Negotiate supplier contracts in Paris", AlignmentStatus.UNGROUNDED),
        ("", AlignmentStatus.UNGROUNDED),
    ],
)
def test_text_alignment(value, status):
    found = Aligner(TEXT).align_text(value)
    assert found.status == status
    assert bool(found.spans) == (status != AlignmentStatus.UNGROUNDED)  # evidence exactly when grounded
    for start, end in found.spans:
        assert TEXT[start:end].lower().startswith(value.lower().split()[0])


def test_ground_answer_flags_invented_values():
    grounded = ground_answer(
        TEXT,
        {
            "salary": {"min": 32000, "max": 38000, "currency": "GBP", "period": "year"},
            "workplace": "remote",
            "education_level": "bachelor",
            "weekly_hours": 40,
            "employment_type": "part_time",
            "date_posted": "2024-05-09",
        },
    )
    assert grounded["salary"].status == AlignmentStatus.EXACT
    assert grounded["workplace"].status == AlignmentStatus.EXACT
    assert grounded["education_level"].status == AlignmentStatus.EXACT
    for invented in ("weekly_hours", "employment_type", "date_posted"):
        assert grounded[invented].status == AlignmentStatus.UNGROUNDED


def test_response_model_holds_only_the_missing_fields():
    model = response_model_for(("responsibilities", "summary"))
    assert set(model.model_fields) == {"responsibilities", "summary"}
    assert set(model.model_json_schema()["required"]) == {"responsibilities", "summary"}


def test_prompt_v1_loads_and_renders_only_requested_fields():
    prompt = load_prompt("v1")
    assert prompt.version == "v1" and len(prompt.sha256) == 64
    messages = prompt.messages("THE POSTING", ["responsibilities"])
    assert messages[0]["role"] == "system"
    assert "<posting>\nTHE POSTING\n</posting>" in messages[-1]["content"]
    assert "- responsibilities:" in messages[-1]["content"] and "- summary:" not in messages[-1]["content"]


def test_prompt_examples_are_trimmed_to_the_requested_fields(monkeypatch, tmp_path):
    (tmp_path / "job_posting").mkdir()
    (tmp_path / "job_posting" / "v9.toml").write_text(
        'system = "S"\nuser = "{fields} <posting>{posting}</posting>"\n'
        '[[examples]]\nposting = "Chef. Cook meals."\nanswer = \'{"responsibilities": ["Cook meals."], "summary": "Chef."}\'\n'
    )
    monkeypatch.setenv("EXTRACTOR_PROMPTS_DIR", str(tmp_path))
    messages = load_prompt("v9").messages("P", ["responsibilities"])
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert json.loads(messages[2]["content"]) == {"responsibilities": ["Cook meals."]}


def test_unknown_prompt_version_is_a_clear_error():
    with pytest.raises(PromptError, match="not found"):
        load_prompt("v999")


def test_settings_precedence(monkeypatch, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('model = "from-file"\ntemperature = 0.3\nbase_url = "http://file/v1"\n')
    monkeypatch.setenv("EXTRACTOR_CONFIG", str(config))
    monkeypatch.setenv("EXTRACTOR_MODEL", "from-env")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    settings = load_settings(temperature=0.7)
    assert settings.model == "from-env"
    assert settings.temperature == 0.7
    assert settings.base_url == "http://file/v1"
    assert load_settings().temperature == 0.3


@pytest.mark.parametrize("bad, named", [('nonsense = 1\n', "nonsense"), ('temperature = "hot"\n', "temperature")])
def test_bad_config_file_is_a_clear_error(monkeypatch, tmp_path, bad, named):
    """A ConfigError (the CLI's one-line message) that names the setting, not a TypeError from deep inside."""
    config = tmp_path / "config.toml"
    config.write_text(bad)
    monkeypatch.setenv("EXTRACTOR_CONFIG", str(config))
    with pytest.raises(ConfigError, match=named):
        load_settings()


def test_salary_rejects_min_above_max():
    with pytest.raises(ValueError):
        Salary(min=10, max=5, currency="USD", period="hour")


def test_json_ld_export():
    posting = JobPosting(
        title="Nurse",
        company="NHS Trust",
        job_id="R-1",
        employment_type="full_time",
        salary={"min": 32000, "max": 38000, "currency": "GBP", "period": "year"},
        locations=[{"city": "Leeds", "region": None, "country": "United Kingdom"}],
        date_posted="2024-05-09",
        education_level="bachelor",
        min_years_experience=2,
    )
    ld = posting.to_json_ld()
    assert ld["@type"] == "JobPosting" and ld["employmentType"] == "FULL_TIME"
    assert ld["baseSalary"]["value"] == {"@type": "QuantitativeValue", "unitText": "YEAR", "minValue": 32000, "maxValue": 38000}
    assert ld["jobLocation"][0]["address"] == {"@type": "PostalAddress", "addressLocality": "Leeds", "addressCountry": "United Kingdom"}
    assert ld["identifier"]["value"] == "R-1" and ld["datePosted"] == "2024-05-09"
    assert ld["experienceRequirements"]["monthsOfExperience"] == 24
