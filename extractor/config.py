"""Settings: which endpoint and model to use, generation settings, cache, concurrency.

Resolution order for every setting: explicit argument > environment variable >
config file > default.  The config file is TOML, found at ``EXTRACTOR_CONFIG``
or ``<user config dir>/extractor/config.toml``, with the setting names as keys
(``base_url = "http://localhost:8000/v1"``, ``model = "qwen2.5"``…).  Resolution and
type conversion are pydantic-settings' (one source per level); the types are the
fields' own, so ``EXTRACTOR_TEMPERATURE=hot`` or ``concurrency = 0`` is a
:class:`ConfigError` naming the setting and where it came from.

With no endpoint configured anywhere, ``base_url`` stays ``None`` and the
embedded local model is started on demand.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal, Optional
from urllib.parse import urlsplit, urlunsplit

import platformdirs
from pydantic import Field, ValidationError
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

APP_NAME = "extractor"

# setting name -> environment variable
ENV_VARS: dict[str, str] = {
    "base_url": "OPENAI_BASE_URL",
    "api_key": "OPENAI_API_KEY",
    "model": "EXTRACTOR_MODEL",
    "model_path": "EXTRACTOR_MODEL_PATH",
    "cache_dir": "EXTRACTOR_CACHE_DIR",
    "prompt_version": "EXTRACTOR_PROMPT_VERSION",
    "temperature": "EXTRACTOR_TEMPERATURE",
    "max_tokens": "EXTRACTOR_MAX_TOKENS",
    "timeout": "EXTRACTOR_TIMEOUT",
    "concurrency": "EXTRACTOR_CONCURRENCY",
    "response_format": "EXTRACTOR_RESPONSE_FORMAT",
    "llm_fields": "EXTRACTOR_LLM_FIELDS",
    "fallback_rules": "EXTRACTOR_FALLBACK_RULES",
}
# settings whose value is never echoed in an error message (credentials may ride in the URL)
_SECRET = frozenset({"api_key", "base_url"})


class ConfigError(ValueError):
    """A setting has a value that cannot be used (raised with a message for the user)."""


class Settings(BaseSettings):
    """Everything that decides how a posting is extracted (immutable and hashable).

    Build it with :func:`load_settings`; copy it with :func:`with_overrides`.  Generation
    settings (temperature, top_p, max_tokens, seed) are sent with every request and are
    part of the cache key.
    """

    model_config = SettingsConfigDict(frozen=True, extra="forbid", protected_namespaces=())  # "model_path" is a setting

    base_url: Optional[str] = None  # None: start the embedded local model
    api_key: Optional[str] = Field(default=None, repr=False)
    model: Optional[str] = None  # None: the endpoint's first model / the embedded one
    model_path: Optional[str] = None  # GGUF for the embedded server; None: the packaged Qwen2.5-Coder-0.5B
    response_format: Optional[str] = None  # json_object+schema | json_object | json_schema; None: per backend
    prompt_version: str = "v6"  # select mode, the company and a torn pay picked (README "Select vs write"); v1 writes the items
    temperature: float = 0.0
    top_p: Optional[float] = None
    max_tokens: int = 2048  # an every-field answer from the embedded model needs ~1,000-1,500
    seed: Optional[int] = 0
    timeout: float = 120.0  # seconds per HTTP request
    backoff_base: float = 1.0  # seconds; exponential backoff with full jitter between transport retries
    backoff_cap: float = 30.0  # seconds; longest backoff wait (a server's Retry-After is honoured up to 300 s)
    transport_retries: int = 6  # extra attempts after a timeout, connection error, 429 or 5xx (30% faults: 1 doc in ~4,500 fails)
    validation_retries: int = 1  # re-asks after an answer that breaks the schema
    confidence_threshold: float = 0.6  # rule values below this are re-asked to the LLM
    # all: free text, unsure rule values and every empty field (a value is kept only where grounding
    # finds it stated as that field); auto: free text and unsure rule values only. auto is the default:
    # "all" measured worse than the rules on the golden test split (README "Select vs write")
    llm_fields: Literal["auto", "all"] = "auto"
    keep_ungrounded: bool = False  # keep list items the text does not support
    fallback_rules: bool = False  # an unusable LLM endpoint leaves the rules' record (marked in warnings) instead of an error
    use_cache: bool = True
    cache_dir: Optional[str] = None  # None: <user cache dir>/extractor
    concurrency: int = Field(default=2, ge=1)
    local_threads: Optional[int] = None  # embedded server threads; None: all cores
    local_ctx: int = 8192  # prompt (≤ ~2,000 tokens) + max_tokens must fit

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Arguments > the :data:`ENV_VARS` variables > the config file (no .env, no secrets dir)."""
        path = _config_file()
        file = (_ConfigFile(settings_cls, path),) if path is not None else ()
        return (init_settings, _EnvVars(settings_cls), *file)

    def generation_settings(self) -> dict[str, Any]:
        """The sampling settings sent with a request (and keyed in the cache)."""
        settings = {"temperature": self.temperature, "max_tokens": self.max_tokens}
        if self.top_p is not None:
            settings["top_p"] = self.top_p
        if self.seed is not None:
            settings["seed"] = self.seed
        return settings

    def resolved_cache_dir(self) -> Path:
        """``cache_dir``, or the user cache directory (``~/.cache/extractor`` on Linux)."""
        return Path(self.cache_dir) if self.cache_dir else Path(platformdirs.user_cache_dir(APP_NAME))


class _EnvVars(PydanticBaseSettingsSource):
    """The environment variables named in :data:`ENV_VARS` (an empty one counts as unset)."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        var = ENV_VARS.get(field_name)
        return (os.environ.get(var) or None) if var else None, field_name, False

    def __call__(self) -> dict[str, Any]:
        return {name: os.environ[var] for name, var in ENV_VARS.items() if os.environ.get(var)}


class _ConfigFile(TomlConfigSettingsSource):
    """The TOML config file; unreadable files and unknown keys are a :class:`ConfigError`."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path):
        try:
            super().__init__(settings_cls, toml_file=path)
        except (OSError, ValueError) as exc:  # a TOML decode error is a ValueError
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        unknown = set(self.toml_data) - set(settings_cls.model_fields)
        if unknown:
            raise ConfigError(f"unknown settings in {path}: {', '.join(sorted(unknown))}")


def safe_url(url: str) -> str:
    """``url`` without user info and query (where credentials may ride), for messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<the endpoint>"
    host = parts.hostname or ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _config_file() -> Optional[Path]:
    explicit = os.environ.get("EXTRACTOR_CONFIG")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"EXTRACTOR_CONFIG points to {explicit!r}, which is not a file")
        return path
    default = Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"
    return default if default.is_file() else None


def _describe(exc: ValidationError, arguments: set[str]) -> str:
    """One line per bad setting: its name, where the value came from, what is wrong."""
    problems = []
    for error in exc.errors(include_url=False):
        name = str(error["loc"][0]) if error["loc"] else "?"
        if error["type"] == "extra_forbidden":
            problems.append(f"unknown setting {name}")
            continue
        origin = "argument" if name in arguments else ENV_VARS[name] if os.environ.get(ENV_VARS.get(name, "")) else "config file"
        got = "" if name in _SECRET else f", got {error.get('input')!r}"
        problems.append(f"setting {name} ({origin}): {error['msg']}{got}")
    return "; ".join(problems)


def load_settings(**overrides: Any) -> Settings:
    """Resolve settings: ``overrides`` (not None) > environment > config file > defaults.

    Args:
        overrides: setting names and values; None means "not given".

    Raises:
        ConfigError: unknown setting names, an unreadable config file or one with unknown
            keys, values of the wrong type or out of range.
    """
    unknown = set(overrides) - set(Settings.model_fields)
    if unknown:
        raise ConfigError(f"unknown settings: {', '.join(sorted(unknown))}")
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, set(given))) from None


def with_overrides(settings: Settings, **changes: Any) -> Settings:
    """A copy of ``settings`` with ``changes`` applied (None values ignored), validated.

    Raises:
        ConfigError: an unknown setting or a value of the wrong type.
    """
    given = {k: v for k, v in changes.items() if v is not None}
    try:
        return Settings.model_validate({**settings.model_dump(), **given})
    except ValidationError as exc:
        raise ConfigError(_describe(exc, set(given))) from None
