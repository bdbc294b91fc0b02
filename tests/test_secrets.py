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
from urllib.parse import parse_qsl, urlsplit

import pytest

from extractor import ExtractionError, Extractor, load_settings
from extractor.cli import main
from extractor.llm import client as _client  # noqa: F401 - on import it sets the HTTP loggers' default level
from extractor.evaluation.runner import public_settings

from fake_openai import FakeOpenAI, posting_of

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
        # ...in a broken answer (the posting keeps the rules' values with an "LLM answer unusable"
        # warning, which must not quote it): the SDK's DEBUG dump of the re-ask would quote that
        # answer, so this case runs with the HTTP stack's loggers at their default (WARNING)
        ([{"kind": "content", "content": f'{{"summary": ["{KEY}"]}}'}] * 2, False, False),
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
    assert ("unusable" in surfaces[1]) == bool(faults and not fails)  # the broken answer took the warning path
    assert server.authorizations and all(a == f"Bearer {KEY}" for a in server.authorizations)  # the key was in use
    assert any(r.name.startswith(("openai", "httpx")) for r in caplog.records) == sdk_debug  # quiet unless raised
    assert KEY not in caplog.text
    for surface in surfaces:
        assert KEY not in surface
    assert KEY.encode() not in files_bytes(tmp_path / "cache")


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
        # keys in the URL's query too (no user info: that would replace the bearer key by basic auth)
        url = server.base_url + "?" + "&".join(f"{name}={value}" for name, value in QUERY_SECRETS.items())
        echo = dict(ECHO_401, message=f"{ECHO_401['message']} (request to {url})")
        good, good_text = run_cli(["--base-url", url, *common], tmp_path, monkeypatch, capsys)
        written = out.read_bytes() + stats.read_bytes()
        good_line = json.loads(out.read_text(encoding="utf-8"))
        server.faults = [dict(echo) for _ in range(5)]
        refused, refused_text = run_cli(["--base-url", url, "--no-cache", *common], tmp_path, monkeypatch, capsys)
        server.faults = [dict(echo, on="models")]
        unusable, unusable_text = run_cli(["--base-url", url, *common], tmp_path, monkeypatch, capsys)
    assert good == 0 and good_line["responsibilities"]
    assert refused == 2 and "HTTP 401" in refused_text
    assert unusable == 2 and "HTTP 401" in unusable_text
    assert all(a == f"Bearer {KEY}" for a in server.authorizations)  # the key was in use
    assert all(dict(parse_qsl(urlsplit(path).query)) == QUERY_SECRETS for path in server.paths)  # so were the URL's keys
    assert "HTTP Request" in caplog.text  # the HTTP stack did log
    for secret in [KEY, *QUERY_SECRETS.values()]:
        for text in (good_text, refused_text, unusable_text, caplog.text):
            assert secret not in text
        for blob in (written, files_bytes(tmp_path / "cache")):
            assert secret.encode() not in blob


def test_the_sdk_debug_log_of_a_refused_run_does_not_carry_the_key(tmp_path):
    """A real process with the openai SDK's own debug logging on (``OPENAI_LOG=debug``)."""
    # duties without a list heading: the lists are asked (POSTING's only ask, its summary, is not:
    # its header holds no sentence to answer it from)
    unlisted = "Data Analyst\nLocation: Leeds, United Kingdom\n\nBuild weekly sales dashboards for the retail team.\nClean and reconcile data from the stores.\n"
    (tmp_path / "posting.txt").write_text(unlisted, encoding="utf-8")
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


PASSWORD = "pw-3c7e91d2a8f4-DoNotLeak"
QUERY_SECRETS = {"api-key": "qa-9d26a4be13c0-DoNotLeak", "key": "qk-5b1f0e77c4e2-DoNotLeak", "token": "qt-80aa1c6e5d39-DoNotLeak"}
URL_SECRETS = [PASSWORD, *QUERY_SECRETS.values()]


def with_credentials(base_url: str) -> str:
    """``base_url`` with a password in its user info and keys in its query string."""
    query = "&".join(f"{name}={value}" for name, value in QUERY_SECRETS.items())
    return base_url.replace("http://", f"http://user:{PASSWORD}@") + f"?{query}"


def test_eval_settings_and_run_ids_leave_credentials_in_the_endpoint_url_out():
    from extractor.evaluation.runner import settings_hash

    settings = load_settings(base_url=with_credentials("http://llm.example/v1"), api_key=KEY)
    assert public_settings(settings)["base_url"] == "http://llm.example/v1"
    # the run id does not depend on the credentials either
    assert settings_hash(settings, "hybrid", "x") == settings_hash(load_settings(base_url="http://llm.example/v1"), "hybrid", "x")


def _echo(body):
    """Answers that quote the posting, so the LLM step fills fields and the reports have content."""
    posting = posting_of(body)
    first = next((line.strip() for line in posting.splitlines() if line.strip()), "")
    return {"summary": first, "responsibilities": [first] if first else []}


def _child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A clean environment for the CLI under test: this checkout's code, no user config, its cache under ``tmp_path``.

    The child runs in ``tmp_path``, so whatever it writes by a relative path lands there too and is searched.
    """
    config = tmp_path / "forced_llm.toml"
    config.write_text("confidence_threshold = 1.0\n", encoding="utf-8")  # every field is asked: the LLM step must run
    return {
        "EXTRACTOR_CONFIG": str(config),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"),
        "EXTRACTOR_STRICT": "1",
        "OPENAI_API_KEY": KEY,
        **extra,
    }


def _assert_no_secret(tmp_path: Path, done: subprocess.CompletedProcess, least_files: int) -> list[Path]:
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert len(files) >= least_files, [str(p.relative_to(tmp_path)) for p in files]
    for secret in [KEY, *URL_SECRETS]:
        assert secret.encode() not in done.stdout + done.stderr, secret
        for path in files:
            assert secret not in str(path.relative_to(tmp_path)), path  # run ids name directories
            assert secret.encode() not in path.read_bytes(), (secret, str(path.relative_to(tmp_path)))
    return files


@pytest.mark.parametrize("sdk_log", ["", "debug"])
def test_eval_writes_no_credential_anywhere(tmp_path, sdk_log):
    """``extractor eval`` (two prompts, so a comparison too, and a baseline) against an endpoint URL
    that carries a password and keys, with the API key in the environment: every file it wrote,
    its cache included, and its output are searched for each secret."""
    runs, baseline = tmp_path / "runs", tmp_path / "baseline.json"
    command = [
        sys.executable, "-m", "extractor", "eval", "--mode", "hybrid", "--golden", str(ROOT / "golden"), "--split", "all",
        "--limit", "2", "--prompt", "v1", "--prompt", "v2", "--resamples", "20", "--summary-scorer", "token_f1",
        "--out", str(runs), "--baseline", str(baseline), "--update-baseline", "--no-progress",
    ]  # fmt: skip
    with FakeOpenAI(_echo) as server:
        done = subprocess.run(
            [*command, "--base-url", with_credentials(server.base_url)],
            capture_output=True,
            env=_child_env(tmp_path, **({"OPENAI_LOG": sdk_log} if sdk_log else {})),
            cwd=tmp_path,
            timeout=300,
        )
    assert done.returncode == 0, done.stderr.decode()
    assert len(server.requests) == 4  # 2 postings x 2 prompts: the LLM step ran
    # the credentials were in use: the query parameters reached the server, the password as basic auth
    assert all(dict(parse_qsl(urlsplit(path).query)) == QUERY_SECRETS for path in server.paths)
    assert all(a.startswith("Basic ") for a in server.authorizations)
    if sdk_log:
        assert b"Request options" in done.stderr  # the SDK's debug log was on
    files = _assert_no_secret(tmp_path, done, least_files=13)
    names = {p.name for p in files}
    assert {"manifest.json", "predictions.jsonl", "scores.json", "report.json", "report.html", "baseline.json"} <= names
    assert any(name.startswith("comparison-") for name in names)
    manifest = json.loads(next(runs.glob("*/manifest.json")).read_text(encoding="utf-8"))
    assert manifest["model"]["base_url"] == server.base_url  # the endpoint without its credentials
    assert manifest["model"]["identity"] == f"{server.base_url}|fake-model"


def test_bench_writes_no_credential_anywhere(tmp_path):
    """``extractor bench`` (its hybrid section, cold and warm) against a configured endpoint whose URL carries credentials."""
    command = [
        sys.executable, "-m", "extractor", "bench", "--only", "hybrid", "--llm", "configured", "--golden", str(ROOT / "golden"),
        "--limit", "2", "--out", str(tmp_path / "bench"), "--runs", str(tmp_path / "runs"),
    ]  # fmt: skip
    with FakeOpenAI(_echo) as server:
        done = subprocess.run([*command, "--base-url", with_credentials(server.base_url)], capture_output=True, env=_child_env(tmp_path), cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    assert server.requests and all(dict(parse_qsl(urlsplit(path).query)) == QUERY_SECRETS for path in server.paths)
    files = _assert_no_secret(tmp_path, done, least_files=1)
    (report,) = [p for p in files if p.suffix == ".json" and p.parent == tmp_path / "bench"]
    hybrid = json.loads(report.read_text(encoding="utf-8"))["sections"]["hybrid"]
    assert hybrid["error"] is None and hybrid["data"]["endpoint"] == f"{server.base_url} (fake-model)"


def test_llm_errors_mask_credentials_of_the_endpoint_url(tmp_path):
    """A server that quotes the request URL back in its refusal: the error shows neither password nor keys."""
    with FakeOpenAI(ANSWERS) as server:
        url = with_credentials(server.base_url)
        server.faults = [dict(kind="status", status=401, message=f"refused {url} for key {KEY}", on="models")]
        settings = load_settings(base_url=url, api_key=KEY, cache_dir=str(tmp_path / "cache"))
        with pytest.raises(Exception) as info:
            Extractor(settings).check_llm()
    assert "HTTP 401" in str(info.value) and "127.0.0.1" in str(info.value)
    for secret in [KEY, *URL_SECRETS]:
        assert secret not in str(info.value)
