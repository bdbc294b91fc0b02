"""Deterministic field rules, one module per field family; importing this package registers them all.

The families are the ``rules`` entries of the field table (:data:`extractor.fields.RULE_FAMILIES`).
"""

from __future__ import annotations

import importlib

from extractor.fields import RULE_FAMILIES
from extractor.rules.base import REGISTRY, Candidate, Context, context_for, rule, run_rules

RULE_MODULES = RULE_FAMILIES

for _module in RULE_MODULES:
    try:
        importlib.import_module(f"extractor.rules.{_module}")
    except ModuleNotFoundError as exc:  # a family not written yet
        if exc.name != f"extractor.rules.{_module}":
            raise

__all__ = ["REGISTRY", "Candidate", "Context", "context_for", "rule", "run_rules"]
