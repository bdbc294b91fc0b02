"""The record: ``JobPosting`` and its parts, plus the schema.org JSON-LD export.

Field names are the public JSON contract; a field the posting does not state is
``None`` (or an empty list), never a guess.  Provenance and token usage ride
along as private attributes (``posting.provenance``, ``posting.usage``) so that
``model_dump()`` is the record alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

Workplace = Literal["onsite", "hybrid", "remote"]
EmploymentType = Literal["full_time", "part_time", "contract", "temporary", "internship"]
PayPeriod = Literal["hour", "day", "week", "month", "year"]
EducationLevel = Literal["high_school", "associate", "bachelor", "master", "doctorate"]

EDUCATION_ORDER: tuple[str, ...] = ("high_school", "associate", "bachelor", "master", "doctorate")


class Location(BaseModel):
    """One place of work; any part may be unknown."""

    model_config = ConfigDict(extra="forbid")

    city: Optional[str] = None
    region: Optional[str] = None
    country: Optional[str] = None


class Salary(BaseModel):
    """A pay range as stated: ``min``/``max`` in ``currency`` (ISO 4217) per ``period``."""

    model_config = ConfigDict(extra="forbid")

    min: Optional[float] = None
    max: Optional[float] = None
    currency: Optional[str] = Field(default=None, pattern=r"^[A-Z]{3}$")
    period: Optional[PayPeriod] = None

    @model_validator(mode="after")
    def _ordered(self) -> "Salary":
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"salary min {self.min} is greater than max {self.max}")
        if self.min is None and self.max is None:
            raise ValueError("a salary needs at least a min or a max")
        return self


LIST_FIELDS: tuple[str, ...] = (
    "locations",
    "skills",
    "responsibilities",
    "minimum_qualifications",
    "preferred_qualifications",
    "benefits",
)


class JobPosting(BaseModel):
    """The structured record of one job posting."""

    model_config = ConfigDict(extra="forbid")

    title: Optional[str] = None
    company: Optional[str] = None
    team: Optional[str] = None
    locations: list[Location] = Field(default_factory=list)
    workplace: Optional[Workplace] = None
    job_id: Optional[str] = None
    date_posted: Optional[date] = None
    employment_type: Optional[EmploymentType] = None
    weekly_hours: Optional[float] = Field(default=None, gt=0, le=168)
    salary: Optional[Salary] = None
    min_years_experience: Optional[float] = Field(default=None, ge=0, le=60)
    education_level: Optional[EducationLevel] = None
    skills: list[str] = Field(default_factory=list)
    responsibilities: list[str] = Field(default_factory=list)
    minimum_qualifications: list[str] = Field(default_factory=list)
    preferred_qualifications: list[str] = Field(default_factory=list)
    benefits: list[str] = Field(default_factory=list)
    summary: Optional[str] = None

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


FIELD_NAMES: tuple[str, ...] = tuple(JobPosting.model_fields)

_SCHEMA_ORG_EMPLOYMENT = {
    "full_time": "FULL_TIME",
    "part_time": "PART_TIME",
    "contract": "CONTRACTOR",
    "temporary": "TEMPORARY",
    "internship": "INTERN",
}
_SCHEMA_ORG_UNIT = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}
_SCHEMA_ORG_EDUCATION = {
    "high_school": "high school",
    "associate": "associate degree",
    "bachelor": "bachelor degree",
    "master": "postgraduate degree",
    "doctorate": "postgraduate degree",
}
_SCHEMA_ORG_LOCATION_TYPE = {"remote": "TELECOMMUTE"}


def _defined_term(name: str) -> dict[str, Any]:
    """A skill as a schema.org ``DefinedTerm``, with its ESCO URI as ``termCode`` where it maps."""
    from extractor.taxonomy import ESCO_SET, skill_code

    term: dict[str, Any] = {"@type": "DefinedTerm", "name": name}
    code = skill_code(name)
    if code:
        term.update(termCode=code, inDefinedTermSet=ESCO_SET)
    return term


def to_json_ld(posting: JobPosting) -> dict[str, Any]:
    """schema.org/JobPosting JSON-LD for ``posting``; fields the posting lacks are omitted."""
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "JobPosting"}
    simple = {
        "title": posting.title,
        "description": posting.summary,
        "datePosted": posting.date_posted.isoformat() if posting.date_posted else None,
        "employmentType": _SCHEMA_ORG_EMPLOYMENT.get(posting.employment_type or ""),
        "workHours": f"{posting.weekly_hours:g} hours per week" if posting.weekly_hours else None,
        "jobLocationType": _SCHEMA_ORG_LOCATION_TYPE.get(posting.workplace or ""),
        "responsibilities": "\n".join(posting.responsibilities) or None,
        "qualifications": "\n".join(posting.minimum_qualifications) or None,
        "jobBenefits": "\n".join(posting.benefits) or None,
    }
    ld.update({key: value for key, value in simple.items() if value})
    if posting.skills:
        ld["skills"] = [_defined_term(name) for name in posting.skills]
    if posting.company:
        ld["hiringOrganization"] = {"@type": "Organization", "name": posting.company}
    if posting.job_id:
        ld["identifier"] = {"@type": "PropertyValue", "name": posting.company or "job id", "value": posting.job_id}
    if posting.locations:
        ld["jobLocation"] = [
            {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    **{
                        key: value
                        for key, value in (
                            ("addressLocality", loc.city),
                            ("addressRegion", loc.region),
                            ("addressCountry", loc.country),
                        )
                        if value
                    },
                },
            }
            for loc in posting.locations
        ]
    if posting.salary:
        value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": _SCHEMA_ORG_UNIT.get(posting.salary.period or "")}
        if posting.salary.min is not None:
            value["minValue"] = posting.salary.min
        if posting.salary.max is not None:
            value["maxValue"] = posting.salary.max
        ld["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": posting.salary.currency,
            "value": {key: val for key, val in value.items() if val is not None},
        }
    if posting.education_level:
        ld["educationRequirements"] = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": _SCHEMA_ORG_EDUCATION[posting.education_level],
        }
    if posting.min_years_experience is not None:
        ld["experienceRequirements"] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": int(round(posting.min_years_experience * 12)),
        }
    return ld
