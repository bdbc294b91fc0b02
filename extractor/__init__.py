"""Hybrid job-posting extractor: deterministic rules first, a schema-constrained LLM for the rest.

>>> from extractor import extract
>>> posting = extract(text, use_llm=False)
>>> posting.salary, posting.provenance["salary"].spans

The public names below load on first use (module ``__getattr__``), so ``import extractor``
and light modules such as ``extractor.config`` or ``extractor.schema`` load neither the
rules nor the LLM layer.  The module map, in pipeline order, is in the README ("How it
works"); each sub-package's docstring says what lives there.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# public name -> the module that defines it
_PUBLIC = {
    "AlignmentStatus": "extractor.provenance",
    "ConfigError": "extractor.config",
    "ExtractionError": "extractor.pipeline",
    "Extractor": "extractor.pipeline",
    "FieldProvenance": "extractor.provenance",
    "ItemProvenance": "extractor.provenance",
    "JobPosting": "extractor.schema",
    "Location": "extractor.schema",
    "Salary": "extractor.schema",
    "Settings": "extractor.config",
    "Span": "extractor.provenance",
    "Usage": "extractor.provenance",
    "extract": "extractor.pipeline",
    "load_settings": "extractor.config",
    "to_json_ld": "extractor.schema",
}

if TYPE_CHECKING:  # for type checkers and IDEs; at run time the names load lazily
    from extractor.config import ConfigError, Settings, load_settings
    from extractor.pipeline import ExtractionError, Extractor, extract
    from extractor.provenance import AlignmentStatus, FieldProvenance, ItemProvenance, Span, Usage
    from extractor.schema import JobPosting, Location, Salary, to_json_ld


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use.

    Raises:
        AttributeError: ``name`` is not a public name of the package (nor a loaded submodule).
    """
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))


__all__ = sorted(_PUBLIC)
