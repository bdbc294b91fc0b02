"""A rule or a normalisation step that raises: the exception in strict mode, a warning on the record otherwise.

The suite runs strict (``tests/conftest.py``); these tests also switch strict mode off to
check the production behaviour: the record survives, says in ``warnings`` what failed, and
no traceback reaches the user.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import normalize as normalize_module
from extractor import sections as sections_module
from extractor.pipeline import Extractor
from extractor.context import context_for
from extractor.rules import base

ROOT = Path(__file__).resolve().parents[1]
POSTING = "Data Analyst\nLocation: Leeds, United Kingdom\nSalary: £30,000 per year\n\nResponsibilities\n- Build weekly sales dashboards\n"


def _broken_rule(ctx):
    raise RuntimeError("boom in a rule")
    yield  # pragma: no cover - a generator, like the real rules


def _repair_glue(*args, **kwargs):  # the warning names the step by the function that raised
    raise ValueError("boom in a step")


@pytest.fixture
def broken_rule(monkeypatch):
    """A rule for ``salary`` that raises, registered after the real ones."""
    monkeypatch.setitem(base.REGISTRY, "salary", [*base.REGISTRY["salary"], base.RegisteredRule("salary", "test.broken", _broken_rule)])


def _segment(text):
    raise KeyError("boom in segmentation")


@pytest.fixture
def broken_segmentation(monkeypatch):
    """Segmentation into sections raises."""
    monkeypatch.setattr(sections_module, "_segment", _segment)


@pytest.fixture
def broken_step(monkeypatch):
    """The glue-repair step of the normaliser raises."""
    monkeypatch.setattr(normalize_module, "_repair_glue", _repair_glue)


@pytest.mark.parametrize(
    "fault, call",
    [
        ("broken_rule", lambda: base.run_rules(context_for(POSTING), ["salary"])),
        ("broken_rule", lambda: Extractor(use_llm=False).extract(POSTING)),
        ("broken_step", lambda: normalize_module.normalize(POSTING)),
        ("broken_step", lambda: Extractor(use_llm=False).extract(POSTING)),
        ("broken_segmentation", lambda: Extractor(use_llm=False).extract(POSTING)),
    ],
    ids=["rule-run_rules", "rule-pipeline", "step-normalize", "step-pipeline", "segmentation-pipeline"],
)
def test_strict_mode_raises_the_fault(request, fault, call):
    request.getfixturevalue(fault)
    with pytest.raises((RuntimeError, ValueError, KeyError), match="boom in"):
        call()


@pytest.mark.parametrize(
    "fault, warning, kept",
    [
        # the broken rule is skipped; the real salary rule still fills the field
        ("broken_rule", "rule test.broken failed (RuntimeError: boom in a rule); salary has no value from it", {"salary": 30000.0, "title": "Data Analyst"}),
        # normalisation stops at the failed step; the rules still read the partly cleaned text
        ("broken_step", "normalisation step _repair_glue failed (ValueError: boom in a step); the text is only partly cleaned", {"salary": 30000.0, "title": "Data Analyst"}),
        # no sections: the rules read the whole text
        ("broken_segmentation", "segmentation into sections failed (KeyError: 'boom in segmentation'); the rules read the text without sections", {"salary": 30000.0, "title": "Data Analyst"}),
    ],
)
def test_without_strict_mode_the_fault_is_a_warning_on_the_record(request, monkeypatch, fault, warning, kept):
    monkeypatch.delenv("EXTRACTOR_STRICT")
    request.getfixturevalue(fault)
    posting = Extractor(use_llm=False).extract(POSTING)
    assert warning in posting.warnings
    assert posting.salary.min == kept["salary"] and posting.title == kept["title"]


def test_a_healthy_run_has_no_fault_warning(monkeypatch):
    monkeypatch.delenv("EXTRACTOR_STRICT")
    posting = Extractor(use_llm=False).extract(POSTING)
    assert not [w for w in posting.warnings if "failed" in w]


# a CLI process with a fault planted (a rule that raises, or a normaliser step that raises)
PLANTED = {
    "broken_rule": (
        "from extractor.rules import base\n"
        "def broken(ctx):\n    raise RuntimeError('boom in a rule')\n"
        "base.REGISTRY['salary'].append(base.RegisteredRule('salary', 'test.broken', broken))\n"
    ),
    "broken_step": (
        "from extractor import normalize\n"
        "def _repair_glue(*args, **kwargs):\n    raise ValueError('boom in a step')\n"
        "normalize._repair_glue = _repair_glue\n"
    ),
}


@pytest.mark.parametrize("fault", list(PLANTED))
def test_the_cli_prints_the_warning_and_no_traceback(tmp_path, fault):
    """A real process (its stderr is what the user sees), with the INFO log on, not strict."""
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    script = PLANTED[fault] + "import sys\nfrom extractor.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT), "HOME": str(tmp_path), "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", script, "extract", "--no-llm", "--verbose", str(tmp_path / "posting.txt")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout)
    assert any("failed" in w and "boom in a" in w for w in line["warnings"])
    assert line["salary"]["min"] == 30000.0
    assert "Traceback" not in done.stderr and "boom" not in done.stderr
