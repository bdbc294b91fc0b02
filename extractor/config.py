"""Settings: which endpoint and model to use, generation settings, cache, concurrency.

Resolution order for every setting: explicit argument > environment variable >
config file > default.  The config file is TOML, found at ``EXTRACTOR_CONFIG``
or ``<user config dir>/extractor/config.toml``, with the setting names as keys
(``base_url = "http://localhost:8000/v1"``, ``model = "qwen2.5"``…).

With no endpoint configured anywhere, ``base_url`` stays ``None`` and the
embedded local model is started on demand.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlsplit, urlunsplit

import platformdirs

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

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


class ConfigError(ValueError):
    """A setting has a value that cannot be used (raised with a message for the user)."""


@dataclass(frozen=True)
class Settings:
    """Everything that decides how a posting is extracted.

    Generation settings (temperature, top_p, max_tokens, seed) are sent with
    every request and are part of the cache key.
    """

    base_url: Optional[str] = None  # None: start the embedded local model
    api_key: Optional[str] = field(default=None, repr=False)
    model: Optional[str] = None  # None: the endpoint's first model / the embedded one
    model_path: Optional[str] = None  # GGUF for the embedded server; None: the packaged Qwen2.5-Coder-0.5B
    response_format: Optional[str] = None  # json_object+schema | json_object | json_schema; None: per backend
    prompt_version: str = "v1"
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
    llm_fields: str = "auto"  # auto: free text + unsure rule values; all: also every empty field
    keep_ungrounded: bool = False  # keep list items the text does not support
    fallback_rules: bool = False  # an unusable LLM leaves the rules' record (marked in warnings) instead of an error
    use_cache: bool = True
    cache_dir: Optional[str] = None  # None: <user cache dir>/extractor
    concurrency: int = 2
    local_threads: Optional[int] = None  # embedded server threads; None: all cores
    local_ctx: int = 8192  # prompt (≤ ~2,000 tokens) + max_tokens must fit

    def generation_settings(self) -> dict[str, Any]:
        """The sampling settings sent with a request (and keyed in the cache)."""
        settings = {"temperature": self.temperature, "max_tokens": self.max_tokens}
        if self.top_p is not None:
            settings["top_p"] = self.top_p
        if self.seed is not None:
            settings["seed"] = self.seed
        return settings

    def resolved_cache_dir(self) -> Path:
        return Path(self.cache_dir) if self.cache_dir else Path(platformdirs.user_cache_dir(APP_NAME))


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


def _coerce(name: str, raw: Any) -> Any:
    """Turn a string from the environment into the type of setting ``name``."""
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if not isinstance(raw, str):
        return raw
    try:
        if "float" in kind:
            return float(raw)
        if "int" in kind:
            return int(raw)
        if "bool" in kind:
            return raw.strip().lower() in {"1", "true", "yes", "on"}
    except ValueError as exc:
        raise ConfigError(f"setting {name} expects {kind}, got {raw!r}") from exc
    return raw


def load_settings(**overrides: Any) -> Settings:
    """Resolve settings: ``overrides`` (not None) > environment > config file > defaults.

    Raises:
        ConfigError: unknown setting names, unreadable config file, values of the wrong type.
    """
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    path = _config_file()
    if path is not None:
        try:
            from_file = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        unknown = set(from_file) - known
        if unknown:
            raise ConfigError(f"unknown settings in {path}: {', '.join(sorted(unknown))}")
        values.update(from_file)
    for name, var in ENV_VARS.items():
        if os.environ.get(var):
            values[name] = os.environ[var]
    unknown = set(overrides) - known
    if unknown:
        raise ConfigError(f"unknown settings: {', '.join(sorted(unknown))}")
    values.update({k: v for k, v in overrides.items() if v is not None})
    settings = Settings(**{k: _coerce(k, v) for k, v in values.items()})
    if settings.llm_fields not in ("auto", "all"):
        raise ConfigError(f"llm_fields must be 'auto' or 'all', got {settings.llm_fields!r}")
    if settings.concurrency < 1:
        raise ConfigError("concurrency must be at least 1")
    return settings


def with_overrides(settings: Settings, **changes: Any) -> Settings:
    """A copy of ``settings`` with ``changes`` applied (None values ignored)."""
    return replace(settings, **{k: v for k, v in changes.items() if v is not None})
