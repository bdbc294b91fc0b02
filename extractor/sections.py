"""Section segmentation: split clean posting text into headed sections.

(Interface placeholder; implemented in full below.)
"""

from __future__ import annotations

from dataclasses import dataclass

SECTION_KINDS = (
    "header",  # text before the first recognised heading (title, location, meta)
    "summary",  # Summary / About the role / Overview
    "description",  # Description / Job description / The role
    "responsibilities",  # Responsibilities / What you'll do / Duties
    "minimum_qualifications",  # Requirements / Minimum / Basic / Key qualifications / About you
    "preferred_qualifications",  # Preferred / Nice to have / Desirable / Bonus
    "benefits",  # Benefits / What we offer / Perks
    "pay",  # Pay / Compensation / Salary
    "company",  # About us / About <company>
    "legal",  # EEO / equal opportunity / privacy
    "other",  # a recognised heading we have no kind for (How to apply…)
)


@dataclass(frozen=True)
class Section:
    """A headed part of the document: ``doc.text[start:end]`` is its body."""

    kind: str
    heading: str
    heading_start: int
    start: int
    end: int


def segment(doc) -> list[Section]:
    """Placeholder: no sections until the segmenter lands."""
    return []
