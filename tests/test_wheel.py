"""The package as users install it: a wheel built from a clean copy of the checkout.

The sdist is built from the tracked files, the wheel from that sdist (``python -m build``),
so both carry what the package reads at run time: its modules, ``extractor/data`` and the
top-level ``prompts/`` folder (shipped as ``extractor/prompts``).  The wheel is installed
in a fresh venv outside the checkout on every Python that ``requires-python`` admits and
that this machine has (3.10, 3.11, 3.13; an absent one is skipped with a reason); there,
``extractor extract`` runs its LLM step against a fake endpoint over real HTTP with the
packaged prompt, ``extractor eval --no-llm`` scores the checkout's golden set into a
directory given on the command line, with the same records as the checkout's code, and
``extractor bench`` runs its hybrid section against its own fake endpoint likewise.

Slow (a build, then one venv and a dependency install per Python): one to two minutes per
Python on a busy 2-core machine with a warm pip cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from extractor.llm.prompts import load_prompt
from fake_openai import POSTING, FakeOpenAI

ROOT = Path(__file__).resolve().parents[1]
PYTHONS = ("3.10", "3.11", "3.13")

ANSWERS = {
    "responsibilities": ["Build weekly sales dashboards for the retail team"],
    "preferred_qualifications": ["Experience with Tableau would be a plus."],
}


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, timeout=kwargs.pop("timeout", 600), **kwargs)
    assert done.returncode == 0, f"{' '.join(map(str, command))} exited {done.returncode}:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done


def _clean_env(home: Path) -> dict[str, str]:
    """No settings, config file or import path from the caller: only what a fresh shell has."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("OPENAI_", "EXTRACTOR_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"), EXTRACTOR_CACHE_DIR=str(home / "extractor-cache"))
    return env


def _requires_python() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^requires-python\s*=\s*"([^"]+)"', text, re.MULTILINE)
    assert match, "pyproject.toml has no requires-python"
    return match.group(1)


def _admitted(version: str) -> bool:
    from packaging.specifiers import SpecifierSet

    return SpecifierSet(_requires_python()).contains(f"{version}.0")


def _interpreter(version: str) -> str:
    """A ``python<version>`` that runs (pyenv shims need ``PYENV_VERSION``), or skip."""
    env = {**os.environ, "PYENV_VERSION": version}
    candidates = [shutil.which(f"python{version}")]
    if f"{sys.version_info[0]}.{sys.version_info[1]}" == version:
        candidates.insert(0, sys.executable)
    for candidate in filter(None, candidates):
        try:
            done = subprocess.run([candidate, "-c", "import sys, venv; print('%d.%d' % sys.version_info[:2])"], env=env, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0 and done.stdout.strip() == version:
            return candidate
    pytest.skip(f"python{version} (with venv) is not on this machine")


def _source_files(tree: Path) -> list[str]:
    return sorted(p.relative_to(tree).as_posix() for p in tree.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> dict[str, Path]:
    """sdist and wheel built from the checkout's tracked (and new, not ignored) files."""
    pytest.importorskip("build", reason="the 'build' package (test extra) builds the wheel")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the clean copy is made from git's file list")
    work = tmp_path_factory.mktemp("dist")
    source = work / "src"
    listed = _run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"]).stdout
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    _run([sys.executable, "-m", "build", "--outdir", str(work / "out"), str(source)])
    (wheel,) = (work / "out").glob("*.whl")
    (sdist,) = (work / "out").glob("*.tar.gz")
    return {"source": source, "wheel": wheel, "sdist": sdist}


def test_wheel_and_sdist_carry_every_module_data_and_prompt_file(dist):
    source = dist["source"]
    package_files = [f"extractor/{name}" for name in _source_files(source / "extractor")]
    prompt_files = _source_files(source / "prompts")
    assert any(name.startswith("extractor/data/") for name in package_files) and prompt_files
    with zipfile.ZipFile(dist["wheel"]) as wheel:
        in_wheel = set(wheel.namelist())
    missing = [name for name in package_files if name not in in_wheel]
    missing += [f"extractor/prompts/{name}" for name in prompt_files if f"extractor/prompts/{name}" not in in_wheel]
    assert not missing, f"not in the wheel: {missing}"
    with tarfile.open(dist["sdist"]) as sdist:
        in_sdist = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    missing = [name for name in [*package_files, *(f"prompts/{n}" for n in prompt_files)] if name not in in_sdist]
    assert not missing, f"not in the sdist: {missing}"


@pytest.fixture(scope="module")
def checkout_eval(tmp_path_factory) -> list[dict]:
    """Records of a rules-only eval of the whole golden set run by the checkout's code."""
    work = tmp_path_factory.mktemp("checkout-eval")
    _run([sys.executable, "-m", "extractor", "eval", *_EVAL_ARGS, "--out", str(work / "runs")], cwd=ROOT, env={**_clean_env(work), "PYTHONPATH": str(ROOT)})
    return _records(work / "runs")


_EVAL_ARGS = ["--no-llm", "--split", "all", "--golden", str(ROOT / "golden"), "--summary-scorer", "token_f1", "--resamples", "50", "--no-progress"]


def _records(runs: Path) -> list[dict]:
    (run,) = [p for p in runs.iterdir() if p.is_dir()]
    lines = (run / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
    return [{key: value for key, value in json.loads(line).items() if key not in ("cost", "seconds")} for line in lines]


@pytest.mark.parametrize("version", PYTHONS)
def test_installed_wheel_extracts_with_its_prompt_and_evaluates(version, dist, checkout_eval, tmp_path):
    if not _admitted(version):
        pytest.skip(f"requires-python {_requires_python()!r} does not admit {version}")
    python = _interpreter(version)
    venv = tmp_path / "venv"
    _run([python, "-m", "venv", "--without-pip", str(venv)], env={**os.environ, "PYENV_VERSION": version})
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    # this interpreter's pip installs into the new venv (--python): no pip bootstrap per venv
    pip = [sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install", "--quiet", "--no-compile", "--disable-pip-version-check"]
    # the eval extra: the harness runs below; no PYTHONPATH from the caller (a checkout on it holds the package's
    # egg-info, and pip would take the wheel's project as installed already)
    _run([*pip, f"{dist['wheel']}[eval]"], timeout=900, env={k: v for k, v in os.environ.items() if not k.startswith("PYTHON")})

    work = tmp_path / "work"  # outside the checkout: nothing there to import or read
    work.mkdir()
    env = _clean_env(tmp_path / "home")
    # the fake endpoint answers in write mode (v1) and POSTING's lists are sure (headed, one per
    # line): a config file asks for them anyway, so the LLM step runs
    config = tmp_path / "config.toml"
    config.write_text('prompt_version = "v1"\nconfidence_threshold = 1.0\n', encoding="utf-8")
    env["EXTRACTOR_CONFIG"] = str(config)
    probe = _run([str(bin_dir / "python"), "-c", "import extractor, extractor.llm.prompts as p; print(extractor.__file__); print(p.prompts_dir())"], cwd=work, env=env)
    module_file, prompts = (Path(line) for line in probe.stdout.splitlines())
    assert module_file.is_relative_to(venv) and prompts.is_relative_to(venv)

    # the LLM step loads the packaged prompt and sends it to the endpoint
    (work / "posting.txt").write_text(POSTING, encoding="utf-8")
    with FakeOpenAI(ANSWERS) as server:
        done = _run([str(bin_dir / "extractor"), "extract", "--base-url", server.base_url, "--with-provenance", "--stats", "stats.json", "posting.txt"], cwd=work, env=env, timeout=300)
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    prompt = load_prompt("v1")  # the checkout's prompt file
    assert len(server.requests) == 1
    system = server.requests[0]["messages"][0]
    assert system["role"] == "system" and prompt.system in system["content"]
    assert record["preferred_qualifications"] == ANSWERS["preferred_qualifications"]
    provenance = record["provenance"]["preferred_qualifications"]
    # the rules file the self-marked "…would be a plus" line; the LLM's answer confirms it under prompt v1
    assert provenance["method"] in ("llm", "lists.preferred_qualifications+llm") and provenance["prompt_version"] == "v1"
    assert json.loads((work / "stats.json").read_text(encoding="utf-8"))["llm_calls"] == 1

    # the harness: golden set and output directory from the command line, same records as the checkout
    _run([str(bin_dir / "extractor"), "eval", *_EVAL_ARGS, "--out", str(tmp_path / "runs")], cwd=work, env=env)
    (run,) = [p for p in (tmp_path / "runs").iterdir() if p.is_dir()]
    manifest = json.loads((run / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["prompt"]["sha256"] == hashlib.sha256((ROOT / "prompts" / "job_posting" / "v1.toml").read_bytes()).hexdigest()
    assert manifest["code"]["commit"] == "unknown"  # an installed wheel has no checkout
    assert (run / "report.html").is_file() and (run / "scores.json").is_file()
    assert _records(tmp_path / "runs") == checkout_eval

    # the bench likewise: its fake endpoint, the packaged prompt, golden and output folders as given
    bench_args = ["--quick", "--only", "hybrid", "--limit", "2", "--golden", str(ROOT / "golden"), "--out", str(tmp_path / "bench"), "--runs", str(tmp_path / "runs")]
    _run([str(bin_dir / "extractor"), "bench", *bench_args], cwd=work, env=env)
    (report,) = (tmp_path / "bench").glob("*.json")
    hybrid = json.loads(report.read_text(encoding="utf-8"))["sections"]["hybrid"]
    assert hybrid["error"] is None
    assert (hybrid["data"]["cold"]["llm_calls"], hybrid["data"]["cold"]["errors"], hybrid["data"]["warm"]["cache_hits"]) == (2, 0, 2)
    assert sorted(p.name for p in work.iterdir()) == ["posting.txt", "stats.json"]  # nothing written into the cwd
