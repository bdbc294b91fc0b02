"""Test set-up: the helpers in this folder are importable, and the code under test runs strict.

Strict mode (``EXTRACTOR_STRICT=1``, see :mod:`extractor.faults`) turns a rule or normaliser
step that raises into a failing test instead of a warning on the record; it is set in the
environment so that the CLI subprocesses the tests start run strict too.  A test of the
production behaviour (the fault becomes a warning) unsets it with ``monkeypatch``.

The fake-server tests answer in write mode (list items as text), so the prompt is ``v1`` unless
a test names another (select-mode tests pass ``prompt_version``; the live tests run the default).
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ["EXTRACTOR_STRICT"] = "1"
os.environ.setdefault("EXTRACTOR_PROMPT_VERSION", "v1")
