"""The LLM response cache (diskcache), keyed by everything that changes the answer.

The key is the SHA-256 of a canonical JSON object holding: the model identity
(model id, and the endpoint or, for the embedded model, the GGUF's hash instead
of its ever-changing port), the prompt version and the prompt file's hash, the
response schema's hash, the hash of the text sent, and the generation settings.
The API key is never part of it.  Only answers that passed validation are
written; an entry that cannot be read back is dropped and recomputed.

Several processes may share one cache directory (diskcache serialises writers
through SQLite).  The cache is an optimisation and never fails a document: an
unreadable database is moved aside and started afresh, and a write that fails
(disk full, database locked for too long) is logged and skipped.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, Optional

import diskcache

log = logging.getLogger(__name__)

CACHE_FORMAT = 1


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cache_key(
    *,
    model_identity: str,
    prompt_version: str,
    prompt_sha256: str,
    schema: dict[str, Any],
    input_text: str,
    generation: dict[str, Any],
    response_format: str,
) -> str:
    """The cache key for one LLM request (a hex digest)."""
    material = {
        "format": CACHE_FORMAT,
        "model": model_identity,
        "prompt_version": prompt_version,
        "prompt_sha256": prompt_sha256,
        "schema_sha256": sha256_text(json.dumps(schema, sort_keys=True)),
        "input_sha256": sha256_text(input_text),
        "generation": generation,
        "response_format": response_format,
    }
    return sha256_text(json.dumps(material, sort_keys=True, default=str))


class ResponseCache:
    """A directory of validated LLM answers (``dict`` payloads) shared by threads and processes."""

    def __init__(self, directory: Path):
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        path = directory / "responses"
        try:
            self._cache = diskcache.Cache(str(path), size_limit=2**32)
        except sqlite3.DatabaseError as exc:  # not a database any more: keep it for inspection, start afresh
            aside = path.with_name(f"responses.corrupt-{int(time.time())}-{os.getpid()}")
            log.warning("the response cache %s is unreadable (%s); moving it to %s and starting afresh", path, exc, aside.name)
            try:
                path.rename(aside)
            except FileNotFoundError:
                pass  # another process sharing the cache moved it first
            self._cache = diskcache.Cache(str(path), size_limit=2**32)

    def get(self, key: str) -> Optional[dict[str, Any]]:
        """The stored payload, or None when absent or unreadable (a corrupt entry is dropped)."""
        try:
            payload = self._cache.get(key)
        except Exception as exc:  # noqa: BLE001 - corrupt pickle/sqlite row: drop and recompute
            log.warning("dropping unreadable cache entry %s: %s", key[:12], exc)
            self._drop(key)
            return None
        if payload is not None and not isinstance(payload, dict):
            log.warning("dropping cache entry %s: a %s, not an answer", key[:12], type(payload).__name__)
            self._drop(key)
            return None
        return payload

    def _drop(self, key: str) -> None:
        try:
            self._cache.delete(key)
        except (sqlite3.Error, OSError, diskcache.Timeout) as exc:
            log.warning("cannot delete cache entry %s: %s", key[:12], exc)

    def set(self, key: str, payload: dict[str, Any]) -> None:
        """Store a validated answer; a failed write is logged, never raised (the answer is still used)."""
        try:
            self._cache.set(key, payload)
        except (sqlite3.Error, OSError, diskcache.Timeout) as exc:
            log.warning("cannot write cache entry %s: %s", key[:12], exc)

    def close(self) -> None:
        self._cache.close()
