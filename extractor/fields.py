"""The field table: everything the project knows about each field of the record, in one place.

One :class:`Field` per field of :class:`~extractor.schema.JobPosting`, in record order.  The
schema builds the record from it, and every layer reads it instead of keeping its own list:

* ``type`` / ``bounds``: the record's annotation and its pydantic limits (:mod:`extractor.schema`);
  ``llm_type``: what the LLM returns when it differs (a date as an ISO string);
* ``rules``: the rule family (module of :mod:`extractor.rules`) that fills it; importing
  :mod:`extractor.rules` imports every family named here;
* ``llm``: when the hybrid pipeline asks the LLM (:class:`LLMPolicy`, :mod:`extractor.pipeline`);
* ``merge``: how a rule value and an LLM value combine (:data:`SCALAR`, :data:`LIST`,
  :data:`FREE_TEXT`; :func:`extractor.pipeline.merge`);
* ``grounder``: the name of the :class:`extractor.llm.grounding.Grounder` method that checks an
  LLM value at its evidence (named, not imported: this module imports no layer);
* ``scorer``: the comparator kind of :mod:`extractor.evaluation.metrics`; ``example_check``:
  the few-shot example check of :mod:`extractor.evaluation.examples`;
* ``description``: the field's line in a prompt (a prompt file's own ``[fields]`` line wins);
* ``json_ld``: the schema.org ``JobPosting`` properties the value maps to (None: no mapping).

The value types the fields use (:class:`Location`, :class:`Salary`, the enums) live here too,
so that this module depends on pydantic alone.  Adding a field is adding an entry (and its rule
family): see ``visa_sponsorship``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, Callable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field as PydanticField, model_validator

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
    currency: Optional[str] = PydanticField(default=None, pattern=r"^[A-Z]{3}$")
    period: Optional[PayPeriod] = None

    @model_validator(mode="after")
    def _ordered(self) -> "Salary":
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"salary min {self.min} is greater than max {self.max}")
        if self.min is None and self.max is None:
            raise ValueError("a salary needs at least a min or a max")
        return self


class LLMPolicy(str, Enum):
    """When the hybrid pipeline asks the LLM for a field (``mode="llm"`` asks for every field)."""

    NEVER = "never"  # a curated vocabulary decides: an empty result means the posting names nothing from it
    # text a rule copies from the posting: the LLM writes one only when no rule found any (on the
    # golden test split the embedded model's summaries scored 0.60 against the rule's 0.94)
    WHEN_EMPTY = "when_empty"
    WHEN_UNSURE = "when_unsure"  # a rule value below the confidence threshold (or any empty one, llm_fields="all")
    # a rule value below the threshold only, never an empty field: its grounding checks where the
    # words stand (a header line), not that they name the field. Asked for an empty team, the
    # embedded model wrote a header phrase on 16 of the 17 golden test postings without a team
    # (title and locations: 3 fills, none right), and grounding kept it.
    ONLY_UNSURE = "only_unsure"
    # the header's fields (title, employer): asked when empty or unsure. The prompt shows
    # the header lines and the lines where the field may stand; the answer is a span copied from
    # them, kept only where the rules' own place finder says that field stands.
    HEADER = "header"
    # the employer: as HEADER, but only when the rules found none. Asked for an unsure rule value,
    # the embedded model picked another candidate name on 13 real `test` postings where the rule's
    # was right (an agency's "Okinawa", "Indian Preference", the poster "Jungle Ventures") and on
    # none where it was wrong; filling an empty company is where it adds (0.926 -> 0.905 on
    # the real test split when asked for unsure values too).
    HEADER_EMPTY = "header_empty"
    # a value the field's parser reads (pay, dates, hours, years, ids): as WHEN_UNSURE, but an unsure
    # value is asked only when the text holds a reading the rule did not take. An LLM value counts
    # only where that parser reads it, so when the rule already holds every reading the LLM can add
    # nothing: a salary whose only doubt is a currency the posting does not state is not asked.
    READINGS = "readings"
    FREE_TEXT = "free_text"  # section text: asked when empty or unsure; LLM items add to the rule's items


SCALAR, LIST, FREE_TEXT = "scalar", "list", "free_text"  # merge kinds, see extractor.pipeline.merge

JsonLd = Callable[[Any, Any], dict[str, Any]]  # (value, record) -> schema.org properties


@dataclass(frozen=True)
class Field:
    """What the project knows about one record field (see the module docstring)."""

    name: str
    type: Any
    rules: str
    llm: LLMPolicy
    merge: str
    grounder: str
    scorer: str
    example_check: str
    description: str
    json_ld: Optional[JsonLd] = None
    bounds: dict[str, Any] = field(default_factory=dict)
    llm_type: Any = None

    @property
    def is_list(self) -> bool:
        return getattr(self.type, "__origin__", None) is list

    @property
    def answer_type(self) -> Any:
        """The type the LLM answers with (nullable scalars, lists of at most 40 items)."""
        return self.llm_type if self.llm_type is not None else self.type

    @property
    def section_bound(self) -> bool:
        """LLM items must lie inside a section of this field's kind, when the posting has one."""
        return self.merge == FREE_TEXT


# -- schema.org JobPosting mappings ------------------------------------------------------------
_EMPLOYMENT = {"full_time": "FULL_TIME", "part_time": "PART_TIME", "contract": "CONTRACTOR", "temporary": "TEMPORARY", "internship": "INTERN"}
_UNIT = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}
_EDUCATION = {
    "high_school": "high school",
    "associate": "associate degree",
    "bachelor": "bachelor degree",
    "master": "postgraduate degree",
    "doctorate": "postgraduate degree",
}
_LOCATION_TYPE = {"remote": "TELECOMMUTE"}


def _plain(prop: str, render: Callable[[Any], Any] = lambda v: v) -> JsonLd:
    def to_ld(value: Any, record: Any) -> dict[str, Any]:
        out = render(value)
        return {prop: out} if out else {}

    return to_ld


def _places(value: Any, record: Any) -> dict[str, Any]:
    parts = (("addressLocality", "city"), ("addressRegion", "region"), ("addressCountry", "country"))
    return {
        "jobLocation": [
            {"@type": "Place", "address": {"@type": "PostalAddress", **{key: getattr(loc, part) for key, part in parts if getattr(loc, part)}}}
            for loc in value
        ]
    }


def _salary(value: Any, record: Any) -> dict[str, Any]:
    amount: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": _UNIT.get(value.period or "")}
    if value.min is not None:
        amount["minValue"] = value.min
    if value.max is not None:
        amount["maxValue"] = value.max
    return {"baseSalary": {"@type": "MonetaryAmount", "currency": value.currency, "value": {k: v for k, v in amount.items() if v is not None}}}


def _identifier(value: Any, record: Any) -> dict[str, Any]:
    return {"identifier": {"@type": "PropertyValue", "name": record.company or "job id", "value": value}}


def _education(value: Any, record: Any) -> dict[str, Any]:
    return {"educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": _EDUCATION[value]}}


def _experience(value: Any, record: Any) -> dict[str, Any]:
    return {"experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": int(round(value * 12))}}


def _lines(prop: str, joiner: str = "\n") -> JsonLd:
    return _plain(prop, lambda items: joiner.join(items) or None)


def _skills(names: list[str], record: Any) -> dict[str, Any]:
    """``skills`` as schema.org ``DefinedTerm``s, with the ESCO URI as ``termCode`` where the skill maps."""
    from extractor.taxonomy import ESCO_SET, skill_code  # data lookup only; loaded on first export

    terms = []
    for name in names:
        term: dict[str, Any] = {"@type": "DefinedTerm", "name": name}
        if code := skill_code(name):
            term.update(termCode=code, inDefinedTermSet=ESCO_SET)
        terms.append(term)
    return {"skills": terms}


# -- the table -----------------------------------------------------------------------------------
_W, _U, _E, _N, _F = LLMPolicy.WHEN_UNSURE, LLMPolicy.ONLY_UNSURE, LLMPolicy.WHEN_EMPTY, LLMPolicy.NEVER, LLMPolicy.FREE_TEXT
_H, _HE, _R = LLMPolicy.HEADER, LLMPolicy.HEADER_EMPTY, LLMPolicy.READINGS

FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        Field("title", Optional[str], "title", _H, SCALAR, "title", "text", "text", "the job title as written", _plain("title")),
        Field("company", Optional[str], "title", _HE, SCALAR, "company", "organisation", "text", "the hiring company's name, null if not named",
              lambda v, r: {"hiringOrganization": {"@type": "Organization", "name": v}}),
        Field("team", Optional[str], "title", _U, SCALAR, "team", "text", "text", "the team or department, null if not named"),
        # Never asked: an LLM place counts only where the gazetteer reads one, and on the held-out s5
        # batch the embedded model's places were right on 0 of 5 (parts swapped: "Ashanti, Bono", a
        # district for the city, a wrong country) and replaced one rule value: the gazetteer decides.
        Field("locations", list[Location], "location", _N, LIST, "location", "locations", "locations", "places of work, each {city, region, country}", _places),
        Field("workplace", Optional[Workplace], "workplace", _W, SCALAR, "workplace", "enum", "schema", "remote, hybrid or onsite, only if stated",
              _plain("jobLocationType", lambda v: _LOCATION_TYPE.get(v))),
        Field("job_id", Optional[str], "ids", _R, SCALAR, "job_id", "id", "text", "the job's reference/requisition number as written", _identifier),
        Field("date_posted", Optional[date], "dates", _R, SCALAR, "date_posted", "date", "date", "the posting date as YYYY-MM-DD, only if a date is written",
              _plain("datePosted", date.isoformat), llm_type=Optional[str]),
        Field("employment_type", Optional[EmploymentType], "employment", _W, SCALAR, "employment_type", "enum", "schema",
              "full_time, part_time, contract, temporary or internship, only if stated", _plain("employmentType", lambda v: _EMPLOYMENT.get(v))),
        Field("weekly_hours", Optional[float], "employment", _R, SCALAR, "weekly_hours", "number", "number", "hours per week, only if stated",
              _plain("workHours", lambda v: f"{v:g} hours per week"), bounds={"gt": 0, "le": 168}),
        Field("salary", Optional[Salary], "pay", _R, SCALAR, "salary", "salary", "salary",
              "the pay range: {min, max, currency (ISO code), period (hour/day/week/month/year)}", _salary),
        Field("min_years_experience", Optional[float], "experience", _R, SCALAR, "min_years_experience", "number", "number",
              "the minimum years of experience required, a number", _experience, bounds={"ge": 0, "le": 60}),
        Field("education_level", Optional[EducationLevel], "education", _W, SCALAR, "education_level", "enum", "schema",
              "lowest degree accepted: high_school, associate, bachelor, master or doctorate", _education),
        Field("skills", list[str], "vocab", _N, LIST, "free_text", "set", "text_list", "named tools, languages, technologies and methods required",
              _skills),
        Field("responsibilities", list[str], "lists", _F, FREE_TEXT, "free_text", "aligned", "text_list",
              "what the person will do: duties and tasks, one item each", _lines("responsibilities")),
        Field("minimum_qualifications", list[str], "lists", _F, FREE_TEXT, "free_text", "aligned", "text_list",
              "required qualifications and experience, one item each", _lines("qualifications")),
        Field("preferred_qualifications", list[str], "lists", _F, FREE_TEXT, "free_text", "aligned", "text_list",
              "preferred / nice-to-have qualifications, one item each"),
        Field("benefits", list[str], "vocab", _N, LIST, "free_text", "set", "benefits", "benefits offered", _lines("jobBenefits")),
        Field("summary", Optional[str], "lists", _E, SCALAR, "summary", "similarity", "text",
              "one or two sentences from the posting that say what the role is", _plain("description")),
        # Never asked: its grounding is the visa rule itself (an LLM value counts only where the rule
        # reads the same value), so the LLM could only repeat the rule.
        # schema.org has no sponsorship property: eligibilityToWorkRequirement is free text for the
        # applicant's legal requirements, and additionalProperty is not a JobPosting property.
        Field("visa_sponsorship", Optional[bool], "visa", _N, SCALAR, "by_rule", "enum", "schema",
              "true if the posting offers visa sponsorship, false if it says it does not sponsor, null if it does not say"),
    )
}

FIELD_NAMES: tuple[str, ...] = tuple(FIELDS)
LIST_FIELDS: tuple[str, ...] = tuple(name for name, f in FIELDS.items() if f.is_list)
RULE_FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(f.rules for f in FIELDS.values()))


def fields_where(test: Callable[[Field], bool]) -> frozenset[str]:
    """The names of the fields whose entry passes ``test`` (e.g. ``lambda f: f.llm is LLMPolicy.NEVER``)."""
    return frozenset(name for name, f in FIELDS.items() if test(f))
