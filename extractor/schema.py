"""The record: ``JobPosting`` and its parts, plus the schema.org JSON-LD export.

Field names are the public JSON contract; a field the posting does not state is
``None`` (or an empty list), never a guess.  Provenance and token usage ride
along as private attributes (``posting.provenance``, ``posting.usage``) so that
``model_dump()`` is the record alone.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, create_model

from extractor.fields import (  # noqa: F401 - the value types are part of the schema's public names
    EDUCATION_ORDER,
    FIELD_NAMES,
    FIELDS,
    LIST_FIELDS,
    EducationLevel,
    EmploymentType,
    Location,
    PayPeriod,
    Salary,
    Workplace,
)


class _Record(BaseModel):
    """The record's behaviour; its fields come from :data:`extractor.fields.FIELDS`."""

    model_config = ConfigDict(extra="forbid")

    _provenance: dict[str, Any] = PrivateAttr(default_factory=dict)
    _usage: Any = PrivateAttr(default=None)
    _warnings: list[str] = PrivateAttr(default_factory=list)

    @property
    def provenance(self) -> dict[str, Any]:
        """``{field: FieldProvenance}`` for every filled field."""
        return self._provenance

    @property
    def usage(self) -> Any:
        """The :class:`extractor.provenance.Usage` spent on this record (LLM calls, tokens)."""
        return self._usage

    @property
    def warnings(self) -> list[str]:
        """Non-fatal notes about the input or the extraction."""
        return self._warnings

    def to_json_ld(self) -> dict[str, Any]:
        """Export as a schema.org ``JobPosting`` JSON-LD object (unset fields left out)."""
        return to_json_ld(self)


def _definition(spec: Any) -> tuple[Any, Any]:
    if spec.is_list:
        return spec.type, Field(default_factory=list, **spec.bounds)
    return spec.type, Field(default=None, **spec.bounds)


JobPosting = create_model(
    "JobPosting",
    __base__=_Record,
    __doc__="The structured record of one job posting.",  # its fields: extractor.fields.FIELDS
    __module__=__name__,
    **{name: _definition(spec) for name, spec in FIELDS.items()},
)


def to_json_ld(posting: "JobPosting") -> dict[str, Any]:
    """schema.org/JobPosting JSON-LD for ``posting``; fields the posting lacks are omitted (see each field's ``json_ld``)."""
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "JobPosting"}
    for name, spec in FIELDS.items():
        value = getattr(posting, name)
        if spec.json_ld is not None and value is not None and value != [] and value != "":
            ld.update(spec.json_ld(value, posting))
    return ld
