"""Deterministic field rules, one module per field family; importing this package registers them all.

* :mod:`extractor.rules.base` – the registry (``@rule``), :class:`Candidate`, :func:`run_rules`
  (best candidate per field), and the helpers rules share (cue voting, the sentence around a
  match, the case fold).
* :mod:`~extractor.rules.title` (title, company, team), :mod:`~extractor.rules.pay` (salary),
  :mod:`~extractor.rules.dates` (date posted), :mod:`~extractor.rules.ids` (job id),
  :mod:`~extractor.rules.location` (locations, with the gazetteer),
  :mod:`~extractor.rules.workplace` (remote / hybrid / onsite),
  :mod:`~extractor.rules.employment` (employment type, weekly hours),
  :mod:`~extractor.rules.experience` (years), :mod:`~extractor.rules.education` (degree),
  :mod:`~extractor.rules.vocab` (skills, benefits), :mod:`~extractor.rules.lists`
  (responsibilities, qualifications, summary): one module per field family.
* :mod:`extractor.rules.jsonld` – schema.org structured data in the page, which comes first.

Rules read the :class:`~extractor.context.Context` the pipeline builds
(:func:`extractor.context.context_for`); they never normalise or segment, and never import
the LLM layer.
"""

from __future__ import annotations

import importlib

from extractor.fields import RULE_FAMILIES
from extractor.rules.base import REGISTRY, Candidate, Context, rule, run_rules

# One family (module) per ``rules`` entry of the field table.
RULE_MODULES = RULE_FAMILIES

for _module in RULE_MODULES:
    try:
        importlib.import_module(f"extractor.rules.{_module}")
    except ModuleNotFoundError as exc:  # a family not written yet
        if exc.name != f"extractor.rules.{_module}":
            raise

__all__ = ["REGISTRY", "Candidate", "Context", "rule", "run_rules"]
