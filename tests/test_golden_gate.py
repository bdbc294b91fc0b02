"""CI gate: the rules-only scores on the golden set never fall below eval/baseline.json."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_rules_do_not_regress_on_the_golden_set(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "eval", "--no-llm", "--split", "all", "--no-regress",
         "--no-html", "--no-progress", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "OVERALL" in done.stdout
