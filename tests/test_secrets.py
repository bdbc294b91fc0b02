"""The API key never shows: not in logs (ours or the HTTP stack's at DEBUG), errors, output,
stats, cache files, eval settings, nor when the server echoes it back in a 401 message.

A distinctive key goes through the fake server (which records the ``Authorization`` header,
to prove the key was really in use); every surface is then searched for it.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import ExtractionError, Extractor, load_settings
from extractor.cli import main
from extractor.llm import client as _client  # noqa: F401 - on import it sets the HTTP loggers' default level
from extractor.evaluation.runner import public_settings

from fake_openai import FakeOpenAI

ROOT = Path(__file__).resolve().parents[1]
KEY = "sk-SECRET-7f3a9c1e5b2d4680-DoNotLeak"
ANSWERS = {"responsibilities": ["Build weekly sales dashboards"], "summary": "Build weekly sales dashboards"}
POSTING = "Data Analyst\nLocation: Leeds, United Kingdom\nSalary: £30,000 per year\n\nResponsibilities\n- Build weekly sales dashboards\n"
ECHO_401 = {"kind": "status", "status": 401, "message": f"Incorrect API key provided: {KEY}. Bearer {KEY}"}
HTTP_LOGGERS = ("openai", "httpx", "httpcore", "httpx2", "httpcore2")


def files_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.mark.parametrize(
    "faults, fails, sdk_debug",
    [
        ([], False, True),  # a good run
        ([ECHO_401], True, True),  # the server quotes the key back in its refusal
        ([{"kind": "status", "status": 500, "message": f"upstream said {KEY}"}] * 3, True, True),  # ...in a 5xx
        # ...in a broken answer: the SDK's DEBUG dump of the re-ask would quote that answer, so
        # this case runs with the HTTP stack's loggers at their default (WARNING, set by the client)
        ([{"kind": "content", "content": f'{{"summary": ["{KEY}"]}}'}] * 2, True, False),
    ],
)
def test_the_key_is_absent_from_logs_errors_records_and_cache(tmp_path, caplog, faults, fails, sdk_debug):
    caplog.set_level(logging.DEBUG)
    for name in HTTP_LOGGERS if sdk_debug else ():  # even the SDK's own debug dump must not carry the header
        caplog.set_level(logging.DEBUG, logger=name)
    with FakeOpenAI(ANSWERS) as server:
        settings = load_settings(
            base_url=server.base_url, api_key=KEY, cache_dir=str(tmp_path / "cache"), backoff_base=0.01, transport_retries=2, timeout=5.0
        )
        assert KEY not in repr(settings)
        with Extractor(settings) as extractor:
            extractor.check_llm()
            server.faults = [dict(f) for f in faults]
            try:
                posting = extractor.extract(POSTING)
                surfaces, failed = [json.dumps(posting.model_dump(mode="json")), str(posting.warnings), repr(posting.provenance)], False
            except ExtractionError as exc:
                surfaces, failed = [str(exc), repr(exc), json.dumps(exc.partial.model_dump(mode="json"))], True
    assert failed == fails
    assert server.authorizations and all(a == f"Bearer {KEY}" for a in server.authorizations)  # the key was in use
    assert any(r.name.startswith(("openai", "httpx")) for r in caplog.records) == sdk_debug  # quiet unless raised
    assert KEY not in caplog.text
    for surface in surfaces:
        assert KEY not in surface
    assert KEY.encode() not in files_bytes(tmp_path / "cache")


def test_a_key_in_the_endpoint_url_is_not_quoted(tmp_path):
    with FakeOpenAI(ANSWERS) as server:
        url = server.base_url.replace("http://", f"http://user:{KEY}@") + f"?api-key={KEY}"
        server.faults = [dict(ECHO_401, on="models")]
        settings = load_settings(base_url=url, api_key=KEY, cache_dir=str(tmp_path / "cache"), backoff_base=0.01)
        with pytest.raises(Exception) as info:
            Extractor(settings).check_llm()
    assert "refused" in str(info.value) and "127.0.0.1" in str(info.value)
    assert KEY not in str(info.value)


def run_cli(args: list[str], tmp_path: Path, monkeypatch, capsys) -> tuple[int, str]:
    """The CLI in-process, so that caplog sees its log records at DEBUG."""
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for var in ("OPENAI_BASE_URL", "EXTRACTOR_MODEL", "EXTRACTOR_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    code = main(["extract", "--verbose", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_cli_never_prints_or_writes_the_key(tmp_path, monkeypatch, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    for name in HTTP_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    common = ["--with-provenance", "--output", str(out), "--stats", str(stats), str(tmp_path / "posting.txt")]
    with FakeOpenAI(ANSWERS) as server:
        good, good_text = run_cli(["--base-url", server.base_url, *common], tmp_path, monkeypatch, capsys)
        written = out.read_bytes() + stats.read_bytes()
        good_line = json.loads(out.read_text(encoding="utf-8"))
        server.faults = [dict(ECHO_401) for _ in range(5)]
        refused, refused_text = run_cli(["--base-url", server.base_url, "--no-cache", *common], tmp_path, monkeypatch, capsys)
        server.faults = [dict(ECHO_401, on="models")]
        unusable, unusable_text = run_cli(["--base-url", server.base_url, *common], tmp_path, monkeypatch, capsys)
    assert good == 0 and good_line["responsibilities"]
    assert refused == 2 and "HTTP 401" in refused_text
    assert unusable == 2 and "HTTP 401" in unusable_text
    assert all(a == f"Bearer {KEY}" for a in server.authorizations)  # the key was in use
    assert "HTTP Request" in caplog.text  # the HTTP stack did log
    for text in (good_text, refused_text, unusable_text, caplog.text):
        assert KEY not in text
    for blob in (written, files_bytes(tmp_path / "cache")):
        assert KEY.encode() not in blob


def test_the_sdk_debug_log_of_a_refused_run_does_not_carry_the_key(tmp_path):
    """A real process with the openai SDK's own debug logging on (``OPENAI_LOG=debug``)."""
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
    with FakeOpenAI(ANSWERS) as server:
        server.faults = [dict(ECHO_401) for _ in range(5)]
        done = subprocess.run(
            [sys.executable, "-m", "extractor", "extract", "--verbose", "--base-url", server.base_url, str(tmp_path / "posting.txt")],
            capture_output=True,
            env={**env, "OPENAI_API_KEY": KEY, "OPENAI_LOG": "debug"},
            cwd=ROOT,
            timeout=120,
        )
    assert done.returncode == 2 and b"HTTP 401" in done.stderr
    assert b"Request options" in done.stderr  # the SDK's debug log was on
    assert KEY.encode() not in done.stdout + done.stderr


def test_eval_settings_leave_the_key_out():
    assert KEY not in json.dumps(public_settings(load_settings(api_key=KEY)), default=str)


def test_eval_manifests_leave_credentials_in_the_endpoint_url_out():
    from extractor.evaluation.runner import settings_hash

    settings = load_settings(base_url=f"https://user:{KEY}@llm.example/v1?key={KEY}")
    assert KEY not in json.dumps(public_settings(settings), default=str)
    assert public_settings(settings)["base_url"] == "https://llm.example/v1"
    # the run id does not depend on the credentials either
    assert settings_hash(settings, "hybrid", "x") == settings_hash(load_settings(base_url="https://llm.example/v1"), "hybrid", "x")
