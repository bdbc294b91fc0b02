"""What a fault in a rule or a normalisation step does: a warning on the record, or, in strict mode, the exception.

A rule or a normaliser step that raises must never lose the record nor reach the user as a
traceback, and must never go unnoticed either.  By default the failed rule (or the rest of
the normalisation) is skipped and the record's ``warnings`` say what failed.  With
``EXTRACTOR_STRICT=1`` in the environment the exception propagates instead: the test suite
runs strict (``tests/conftest.py``), so a rule bug fails the test that meets it.
"""

from __future__ import annotations

import os

STRICT_ENV = "EXTRACTOR_STRICT"


def strict() -> bool:
    """True when ``EXTRACTOR_STRICT`` is ``1``, ``true``, ``yes`` or ``on`` (faults raise)."""
    return os.environ.get(STRICT_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def fault_warning(what: str, exc: BaseException, consequence: str) -> str:
    """The record's warning for a fault: ``<what> failed (<Error>: <message>); <consequence>``."""
    message = str(exc).strip()
    return f"{what} failed ({type(exc).__name__}{': ' + message if message else ''}); {consequence}"
