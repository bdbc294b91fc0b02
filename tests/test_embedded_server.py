"""The embedded server process (extractor.llm.embedded_server): its settings and how it fails.

Offline: the llama.cpp parameters are checked on xllamacpp's real ``CommonParams`` (no model
is loaded), and a file that is not a GGUF must end the process with a message, not hang.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.llm import embedded_server, local_server

ROOT = Path(__file__).resolve().parents[1]

BASE = ["--model", "m.gguf", "--alias", "qwen", "--port", "8123", "--threads", "2"]


@pytest.mark.parametrize(
    "extra, expected",
    [
        ([], {"n_ctx": 8192, "n_parallel": 1, "n_batch": 2048, "n_ubatch": 512, "cache_ram_mib": 0, "port": 8123, "hostnames": ["127.0.0.1"]}),
        (["--ctx", "4096", "--parallel", "2"], {"n_ctx": 8192, "n_parallel": 2}),  # the context is per slot
        (["--batch", "256", "--ubatch", "512"], {"n_batch": 256, "n_ubatch": 256}),  # a physical batch never exceeds the logical one
        (["--cache-ram-mib", "128"], {"cache_ram_mib": 128, "cache_prompt": True}),
    ],
)
def test_llama_cpp_parameters_follow_the_command_line(extra, expected):
    xlc = pytest.importorskip("xllamacpp", reason="the 'local' extra is not installed")
    params = embedded_server.params_from_args(embedded_server.parser().parse_args(BASE + extra), xlc)
    assert {name: getattr(params, name) for name in expected} == expected
    assert params.model.path == "m.gguf" and params.model_alias == {"qwen"}
    assert params.cpuparams.n_threads == params.cpuparams_batch.n_threads == 2


@pytest.mark.parametrize(
    "extra, attribute, member",
    [
        (["--flash-attn", "on"], "flash_attn_type", "LLAMA_FLASH_ATTN_TYPE_ENABLED"),
        (["--flash-attn", "off"], "flash_attn_type", "LLAMA_FLASH_ATTN_TYPE_DISABLED"),
        (["--kv-type", "q8_0"], "cache_type_k", "GGML_TYPE_Q8_0"),
        (["--kv-type", "q8_0"], "cache_type_v", "GGML_TYPE_Q8_0"),
    ],
)
def test_attention_and_kv_cache_settings(extra, attribute, member):
    xlc = pytest.importorskip("xllamacpp", reason="the 'local' extra is not installed")
    params = embedded_server.params_from_args(embedded_server.parser().parse_args(BASE + extra), xlc)
    assert getattr(params, attribute).name == member


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.2"])
def test_the_server_refuses_any_address_but_loopback(host, capsys):
    with pytest.raises(SystemExit):
        embedded_server.parser().parse_args([*BASE, "--host", host])
    assert "invalid choice" in capsys.readouterr().err


def test_a_file_that_is_not_a_model_fails_the_start_with_the_log_named(tmp_path):
    pytest.importorskip("xllamacpp", reason="the 'local' extra is not installed")
    model = tmp_path / "model.gguf"
    model.write_bytes(b"not a GGUF at all" * 64)
    server = local_server.LocalServer(model, log_path=tmp_path / "logs" / "server.log", threads=1, n_ctx=512)
    with pytest.raises(local_server.LocalModelError, match=r"exited with code 1; see .*server\.log"):
        server.start(timeout=120)
    assert not server.alive()
    assert "could not start" in (tmp_path / "logs" / "server.log").read_text(errors="replace")


def test_the_server_process_names_a_missing_xllamacpp(tmp_path):
    (tmp_path / "xllamacpp.py").write_text("raise ImportError('stand-in: not installed')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-m", "extractor.llm.embedded_server", *BASE], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert done.returncode == 1
    assert "xllamacpp is not installed" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "base, expected",
    [
        ({"PATH": "/bin"}, "PASSIVE"),  # idle OpenMP threads sleep: spinning ones starve a busy machine
        ({"PATH": "/bin", "OMP_WAIT_POLICY": "ACTIVE"}, "ACTIVE"),  # the user's choice stands
    ],
)
def test_the_server_environment_sets_openmp_threads_to_sleep_when_idle(base, expected):
    env = local_server.server_env(base)
    assert env["OMP_WAIT_POLICY"] == expected and env["PATH"] == "/bin"
