"""Settings resolution (pydantic-settings): argument > environment > config file > default, types from the model."""

from __future__ import annotations

import pytest

from extractor.config import ENV_VARS, ConfigError, load_settings, with_overrides


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """No extractor variable set and no user config file; returns a writer of ``EXTRACTOR_CONFIG``."""
    for var in ENV_VARS.values():
        monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv("EXTRACTOR_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))  # the default config file does not exist

    def write_config(text: str):
        path = tmp_path / "config.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv("EXTRACTOR_CONFIG", str(path))
        return path

    return write_config


@pytest.mark.parametrize(
    "name, file_value, env_value, arg_value, expected_from_env, expected_from_file, default",
    [
        ("temperature", "0.3", "0.5", 0.7, 0.5, 0.3, 0.0),
        ("max_tokens", "512", "1024", 64, 1024, 512, 2048),
        ("concurrency", "3", "5", 9, 5, 3, 2),
        ("fallback_rules", "true", "yes", False, True, True, False),
        ("model", '"file-model"', "env-model", "arg-model", "env-model", "file-model", None),
        ("llm_fields", '"all"', "all", "auto", "all", "all", "auto"),
    ],
)
def test_each_level_wins_over_the_next(clean_env, monkeypatch, name, file_value, env_value, arg_value, expected_from_env, expected_from_file, default):
    assert getattr(load_settings(), name) == default
    clean_env(f"{name} = {file_value}\n")
    assert getattr(load_settings(), name) == expected_from_file
    monkeypatch.setenv(ENV_VARS[name], env_value)
    value = getattr(load_settings(), name)
    assert value == expected_from_env and type(value) is type(expected_from_env)  # the field's type, not the string
    assert getattr(load_settings(**{name: arg_value}), name) == arg_value
    assert getattr(load_settings(**{name: None}), name) == expected_from_env  # None means "not given"


@pytest.mark.parametrize(
    "var, value, words",
    [
        ("EXTRACTOR_TEMPERATURE", "hot", ["temperature", "EXTRACTOR_TEMPERATURE", "number", "'hot'"]),
        ("EXTRACTOR_MAX_TOKENS", "2.5k", ["max_tokens", "integer"]),
        ("EXTRACTOR_FALLBACK_RULES", "maybe", ["fallback_rules", "boolean"]),  # was silently False
        ("EXTRACTOR_CONCURRENCY", "0", ["concurrency", "greater than or equal to 1"]),
        ("EXTRACTOR_LLM_FIELDS", "some", ["llm_fields", "'auto' or 'all'"]),
    ],
)
def test_a_bad_environment_value_names_setting_and_variable(clean_env, monkeypatch, var, value, words):
    monkeypatch.setenv(var, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    for word in words:
        assert word in str(info.value)


@pytest.mark.parametrize(
    "text, words",
    [
        ("nonsense = 1\n", ["unknown settings", "nonsense", "config.toml"]),
        ('temperature = "hot"\n', ["temperature", "config file", "number"]),
        ("model = \n", ["cannot read config file", "config.toml"]),
        ("concurrency = 0\n", ["concurrency", "greater than or equal to 1"]),
    ],
)
def test_a_bad_config_file_is_a_config_error(clean_env, text, words):
    clean_env(text)
    with pytest.raises(ConfigError) as info:
        load_settings()
    for word in words:
        assert word in str(info.value)


def test_config_path_that_is_not_a_file(clean_env, monkeypatch, tmp_path):
    monkeypatch.setenv("EXTRACTOR_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="not a file"):
        load_settings()


def test_bad_arguments(clean_env):
    with pytest.raises(ConfigError, match="unknown settings: colour"):
        load_settings(colour="red")
    with pytest.raises(ConfigError, match=r"setting timeout \(argument\)"):
        load_settings(timeout="soon")


def test_only_the_documented_variables_are_read(clean_env, monkeypatch):
    """Neither bare names (MODEL, SEED) nor prefixed undocumented ones (EXTRACTOR_SEED) leak in; empty means unset."""
    for var, value in {"MODEL": "bare", "SEED": "5", "TIMEOUT": "1", "EXTRACTOR_SEED": "9", "EXTRACTOR_TOP_P": "0.5", "EXTRACTOR_MODEL": ""}.items():
        monkeypatch.setenv(var, value)
    settings = load_settings()
    assert (settings.model, settings.seed, settings.timeout, settings.top_p) == (None, 0, 120.0, None)


def test_settings_are_immutable_hashable_and_copied_with_validation(clean_env):
    settings = load_settings(model="m", api_key="sk-secret")
    with pytest.raises(Exception):
        settings.model = "other"  # frozen
    assert hash(settings) == hash(load_settings(model="m", api_key="sk-secret"))
    assert settings == load_settings(model="m", api_key="sk-secret") != load_settings(model="n", api_key="sk-secret")
    copy = with_overrides(settings, temperature="0.25", model=None)
    assert copy.temperature == 0.25 and copy.model == "m" and settings.temperature == 0.0
    with pytest.raises(ConfigError, match="concurrency"):
        with_overrides(settings, concurrency=0)
    with pytest.raises(ConfigError, match="unknown setting colour"):
        with_overrides(settings, colour="red")
    assert "sk-secret" not in repr(settings)


def test_secrets_are_not_echoed_in_errors(clean_env):
    with pytest.raises(ConfigError) as info:
        load_settings(api_key=123456789, base_url=["https://user:pw@host/v1"])
    message = str(info.value)
    assert "api_key" in message and "base_url" in message
    assert "123456789" not in message and "pw@" not in message

