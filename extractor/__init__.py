"""Hybrid job-posting extractor: deterministic rules first, a schema-constrained LLM for the rest.

>>> from extractor import extract
>>> posting = extract(text, use_llm=False)
>>> posting.salary, posting.provenance["salary"].spans
"""

from extractor.config import ConfigError, Settings, load_settings
from extractor.pipeline import ExtractionError, Extractor, extract
from extractor.provenance import AlignmentStatus, FieldProvenance, ItemProvenance, Span, Usage
from extractor.schema import JobPosting, Location, Salary, to_json_ld

__all__ = [
    "AlignmentStatus",
    "ConfigError",
    "ExtractionError",
    "Extractor",
    "FieldProvenance",
    "ItemProvenance",
    "JobPosting",
    "Location",
    "Salary",
    "Settings",
    "Span",
    "Usage",
    "extract",
    "load_settings",
    "to_json_ld",
]
