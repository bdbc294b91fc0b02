"""Deterministic field rules, one module per field family; importing this package registers them all."""

from __future__ import annotations

import importlib

from extractor.rules.base import REGISTRY, Candidate, Context, rule, run_rules

RULE_MODULES = ("title", "pay", "dates", "ids", "location", "workplace", "employment", "experience", "education", "vocab", "lists")

for _module in RULE_MODULES:
    try:
        importlib.import_module(f"extractor.rules.{_module}")
    except ModuleNotFoundError as exc:  # a family not written yet
        if exc.name != f"extractor.rules.{_module}":
            raise

__all__ = ["REGISTRY", "Candidate", "Context", "rule", "run_rules"]
