"""Few-shot example validation: every answer value of a prompt's examples must be in its own posting.

A few-shot example that "answers" with text its posting does not contain teaches the
model to invent.  :func:`validate_examples` checks each example of a prompt version:

* strings (title, company, team, job_id, summary) and text list items (skills,
  responsibilities, qualifications) must occur in the posting after whitespace, case and
  quote normalisation (a punctuation-insensitive match is also accepted);
* numbers (weekly_hours, min_years_experience, salary min/max) must be written in the
  posting (digits with thousands separators, ``k``/lakh/LPA/million multipliers when such a
  marker occurs, or number words such as "five");
* ``date_posted``: its year, day and month (number or name) must be written;
* salary currency: its code or symbol must be written;
* locations: the city (when given) must be written, the country by name or alias
  (unless a region is given), the region by name unless the city is written;
* benefits: canonical benefit names (the record's vocabulary), not necessarily verbatim;
* enum fields and every value: valid for the :class:`~extractor.schema.JobPosting` schema;
  unknown field names are problems.

The eval CLI refuses to run an LLM mode with a prompt whose examples have problems.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any, Callable, Iterable

from pydantic import ValidationError

from extractor.evaluation.metrics import PUNCT_MAP, eval_vocab, normalize_text, strip_accents
from extractor.fields import FIELD_NAMES, FIELDS
from extractor.schema import JobPosting

_NUMBER = re.compile(r"\d(?:[\d,.'\u00a0 ]{0,20}\d)?")


def _loose(text: str) -> str:
    """Whitespace-, case- and quote-normalised text."""
    return " ".join(text.translate(PUNCT_MAP).casefold().split())


class _Posting:
    """The posting text in the forms the checks need (computed once per example)."""

    def __init__(self, text: str):
        self.text = text
        self.loose = _loose(text)
        self.plain = normalize_text(text)
        self.plain_ascii = normalize_text(strip_accents(text))
        self.numbers = _numbers_in(text)

    def contains(self, value: str) -> bool:
        """``value`` occurs in the posting (loose match, then punctuation-insensitive)."""
        loose = _loose(value)
        if not loose:
            return True
        if loose in self.loose:
            return True
        plain = normalize_text(value)
        if plain and f" {plain} " in f" {self.plain} ":
            return True
        ascii_plain = normalize_text(strip_accents(value))
        return bool(ascii_plain) and f" {ascii_plain} " in f" {self.plain_ascii} "

    def has_number(self, value: Any) -> bool:
        try:
            number = float(value)
        except (TypeError, ValueError):
            return False
        return any(abs(number - n) <= 1e-6 * max(1.0, abs(n)) for n in self.numbers)


def _parse_number(raw: str) -> set[float]:
    """Readings of a written number: "120,000" → 120000; "45.000" → 45000 or 45; "37.5" → 37.5."""
    raw = raw.replace("\u00a0", "").replace(" ", "").replace("'", "")
    readings: set[float] = set()
    for decimal, thousands in ((".", ","), (",", ".")):
        candidate = raw.replace(thousands, "")
        if candidate.count(decimal) <= 1:
            try:
                readings.add(float(candidate.replace(decimal, ".")))
            except ValueError:
                pass
    return readings


def _numbers_in(text: str) -> set[float]:
    vocab = eval_vocab()
    base: set[float] = set()
    for match in _NUMBER.finditer(text):
        base |= _parse_number(match.group())
        # a range written "30-40" or a number glued to units: also take each digit run alone
        for part in re.findall(r"\d+(?:\.\d+)?", match.group()):
            base.add(float(part))
    lowered = text.casefold()
    for word, value in vocab["number_words"].items():
        if re.search(rf"\b{word}\b", lowered):
            base.add(float(value))
    multipliers = {1.0}
    for marker, factor in vocab["number_multipliers"].items():
        if re.search(rf"\d\s{{0,2}}{re.escape(marker)}\b", lowered):
            multipliers.add(float(factor))
    return {n * m for n in base for m in multipliers}


def _check_text(posting: _Posting, where: str, value: Any) -> list[str]:
    if not isinstance(value, str):
        return [f"{where}: expected a string, got {type(value).__name__}"]
    return [] if posting.contains(value) else [f"{where} {_show(value)} is not in the example's posting"]


def _check_text_list(posting: _Posting, where: str, value: Any) -> list[str]:
    if not isinstance(value, list):
        return [f"{where}: expected a list, got {type(value).__name__}"]
    return [p for i, item in enumerate(value) for p in _check_text(posting, f"{where}[{i}]", item)]


def _check_number(posting: _Posting, where: str, value: Any) -> list[str]:
    return [] if posting.has_number(value) else [f"{where} {value!r} is not written in the example's posting"]


def _check_date(posting: _Posting, where: str, value: Any) -> list[str]:
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return [f"{where} {value!r} is not an ISO date (YYYY-MM-DD)"]
    months = {calendar.month_name[day.month].casefold(), calendar.month_abbr[day.month].casefold()}
    missing = []
    if not posting.has_number(day.year) and not posting.has_number(day.year % 100):
        missing.append("year")
    if not posting.has_number(day.day):
        missing.append("day")
    if not posting.has_number(day.month) and not any(re.search(rf"\b{m}", posting.loose) for m in months):
        missing.append("month")
    return [f"{where} {value!r}: its {', '.join(missing)} is not written in the example's posting"] if missing else []


def _check_salary(posting: _Posting, where: str, value: Any) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where}: expected an object, got {type(value).__name__}"]
    problems = [p for key in ("min", "max") if value.get(key) is not None for p in _check_number(posting, f"{where}.{key}", value[key])]
    currency = value.get("currency")
    if currency:
        evidence = [currency.casefold(), *eval_vocab()["currency_evidence"].get(currency, [])]
        if not any(e in posting.text.casefold() for e in evidence):
            problems.append(f"{where}.currency {currency!r}: neither its code nor its symbol is in the example's posting")
    return problems


def _country_names(country: str) -> list[str]:
    aliases = eval_vocab()["country_aliases"]
    for canonical, names in aliases.items():
        if normalize_text(canonical) == normalize_text(country) or any(normalize_text(n) == normalize_text(country) for n in names):
            return [canonical, *names]
    return [country]


def _check_locations(posting: _Posting, where: str, value: Any) -> list[str]:
    if not isinstance(value, list):
        return [f"{where}: expected a list, got {type(value).__name__}"]
    problems = []
    for i, loc in enumerate(value):
        here = f"{where}[{i}]"
        if not isinstance(loc, dict):
            problems.append(f"{here}: expected an object")
            continue
        city, region, country = loc.get("city"), loc.get("region"), loc.get("country")
        if city and not posting.contains(city):
            problems.append(f"{here}.city {_show(city)} is not in the example's posting")
        if region and not city and not posting.contains(region):
            problems.append(f"{here}.region {_show(region)} is not in the example's posting")
        if country and not region and not any(posting.contains(n) if len(n) > 3 else re.search(rf"\b{re.escape(n)}\b", posting.text) for n in _country_names(country)):
            problems.append(f"{here}.country {_show(country)} is not in the example's posting (by name or alias)")
    return problems


def _check_benefits(posting: _Posting, where: str, value: Any) -> list[str]:
    if not isinstance(value, list):
        return [f"{where}: expected a list, got {type(value).__name__}"]
    known = set(eval_vocab()["benefits"])
    return [f"{where}[{i}] {_show(v)} is not a canonical benefit name" for i, v in enumerate(value) if v not in known]


def _no_check(posting: _Posting, where: str, value: Any) -> list[str]:
    return []  # enums and booleans: validated by the schema below


_CHECK_KINDS: dict[str, Callable[[_Posting, str, Any], list[str]]] = {
    "text": _check_text,
    "text_list": _check_text_list,
    "number": _check_number,
    "date": _check_date,
    "salary": _check_salary,
    "locations": _check_locations,
    "benefits": _check_benefits,
    "schema": _no_check,
}
# each field's check: the ``example_check`` of its entry in the field table
CHECKS: dict[str, Callable[[_Posting, str, Any], list[str]]] = {name: _CHECK_KINDS[spec.example_check] for name, spec in FIELDS.items()}


def _show(value: str, limit: int = 60) -> str:
    value = " ".join(str(value).split())
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


def validate_example(posting: str, answer: dict[str, Any]) -> list[str]:
    """Problems of one example (``posting`` text, ``answer`` dict); empty when it is grounded."""
    if not isinstance(answer, dict):
        return [f"answer must be a JSON object, got {type(answer).__name__}"]
    problems = []
    unknown = sorted(set(answer) - set(FIELD_NAMES))
    if unknown:
        problems.append(f"unknown field(s) in the answer: {', '.join(unknown)}")
    known = {k: v for k, v in answer.items() if k in FIELD_NAMES}
    try:
        JobPosting.model_validate(known)
    except ValidationError as exc:
        for err in exc.errors():
            problems.append(f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg')}")
    text = _Posting(posting)
    for name, value in known.items():
        if value is None or value == [] or value == "":
            continue
        problems.extend(CHECKS[name](text, name, value))
    return problems


def validate_examples(prompt: Any) -> list[str]:
    """Problems of every few-shot example of ``prompt`` (a :class:`extractor.llm.prompts.Prompt`).

    Returns:
        Messages such as ``"v2 example 1: responsibilities[0] 'Fly…' is not in the example's
        posting"``; an empty list when every example is grounded in its own posting.
    """
    problems = []
    examples: Iterable[Any] = getattr(prompt, "examples", ()) or ()
    version = getattr(prompt, "version", "?")
    for number, example in enumerate(examples, start=1):
        for problem in validate_example(example.posting, example.answer):
            problems.append(f"{version} example {number}: {problem}")
    return problems
