"""The package's layers hold: import-linter contracts in pyproject.toml ([tool.importlinter]),
no import cycles between modules, and light modules that load neither the rules nor the LLM layer."""

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    done = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
    assert 'type = "layers"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # the layers contract is among them


CYCLES = """
import json, grimp
graph = grimp.build_graph("extractor")
cycles = []
for module in sorted(graph.modules):
    for imported in sorted(graph.find_modules_directly_imported_by(module)):
        if imported != module and imported in graph.modules and graph.chain_exists(imported=module, importer=imported):
            cycles.append(f"{module} -> {imported} -> ... -> {module}")
print(json.dumps(cycles))
"""


def test_no_import_cycles_between_modules():
    if importlib.util.find_spec("grimp") is None:  # installed with import-linter
        pytest.skip("grimp is not installed")
    # In a child: the import graph would grow this process, and with it the peak memory the
    # memory tests read from their own children (forked from it).
    done = subprocess.run([sys.executable, "-c", CYCLES], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


LIGHT = ("extractor", "extractor.config", "extractor.schema", "extractor.provenance", "extractor.document")
HEAVY = ("extractor.rules", "extractor.llm", "extractor.pipeline", "extractor.normalize", "openai", "instructor")


@pytest.mark.parametrize("module", LIGHT)
def test_light_modules_load_neither_rules_nor_llm(module):
    probe = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    assert [name for name in loaded if name.startswith(HEAVY)] == []


def test_public_names_load_on_first_use():
    probe = "import sys, extractor; assert 'extractor.pipeline' not in sys.modules; from extractor import Extractor, JobPosting; print(Extractor.__module__, JobPosting.__module__)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["extractor.pipeline", "extractor.schema"]


def _rebound_top_level_names(source: str) -> list[str]:
    """Module-level names assigned or defined more than once in ``source``."""
    import ast
    from collections import Counter

    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(n for n, count in names.items() if count > 1)


def test_rebound_name_check_finds_a_second_definition():
    assert _rebound_top_level_names("_A = 1\n_B = 2\n_A = 3\ndef f(): pass\ndef f(): pass\n") == ["_A", "f"]


def test_no_module_binds_a_top_level_name_twice():
    """A second ``_DOMAIN = …`` further down a module silently replaces the first for every caller, including
    those written for the first (two such shadowed patterns once changed the company rules' readings)."""
    package = Path(__file__).resolve().parent.parent / "extractor"
    rebound = {str(p.relative_to(package)): names for p in sorted(package.rglob("*.py"))
               if (names := _rebound_top_level_names(p.read_text(encoding="utf-8")))}
    assert rebound == {}
