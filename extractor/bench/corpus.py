"""A benchmark corpus: any number of postings generated from the golden documents.

Posting ``i`` is golden document ``i mod n`` with its values varied by a RNG seeded with
``(seed, i)``: the company becomes a made-up name, the title another golden posting's
title, each city another golden city, the job id a random id of the same shape, month
names another month, and every number other digits of the same length (years stay
plausible years, small numbers stay small, so dates and pay still parse).  So the same
``(seed, i)`` always gives the same text, the first 1,000 postings of a 100,000 corpus are
the 1,000 corpus, and no two postings share their values — caches, interning and
memoised regex results cannot flatter a throughput figure.
"""

from __future__ import annotations

import json
import random
import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_MONTH_RE = re.compile(r"\b(?:" + "|".join(m for m in MONTHS if m != "May") + r")\b")
_NUMBER_RE = re.compile(r"(?<!&#)(?<!&#x)\d+")
_SYLLABLES = ("an", "bel", "cor", "da", "el", "fen", "gra", "hol", "is", "jun", "ka", "lum", "mar", "nor", "ol", "pen", "quin", "ros", "sol", "tor", "ul", "ver", "wes", "xan", "yor", "zen")
_COMPANY_SUFFIXES = ("", " Inc.", " Ltd", " GmbH", " Group", " Labs", " Health", " Systems", " & Co.", " Pvt. Ltd.")


@dataclass(frozen=True)
class Template:
    """A golden posting and the values in it that generation replaces."""

    id: str
    text: str
    company: str | None
    title: str | None
    cities: tuple[str, ...]
    job_id: str | None


def load_templates(golden_dir: str | Path = "golden") -> list[Template]:
    """The golden documents (all splits) as templates.

    Raises:
        GoldenError: the golden set is missing or invalid (from :func:`extractor.evaluation.golden.load_golden`).
    """
    from extractor.evaluation.golden import load_golden

    golden = load_golden(golden_dir, "all")
    templates = []
    for doc in golden.docs:
        gold = doc.gold
        # longest first (a city inside a longer name is replaced after it), then by name: a set's order changes with PYTHONHASHSEED
        cities = tuple(sorted({loc["city"] for loc in gold.get("locations") or [] if loc.get("city") and len(loc["city"]) > 2}, key=lambda c: (-len(c), c)))
        templates.append(Template(doc.id, doc.text, gold.get("company") or None, gold.get("title") or None, cities, gold.get("job_id") or None))
    return templates


def _company(rng: random.Random) -> str:
    name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return name + rng.choice(_COMPANY_SUFFIXES)


def _same_shape(rng: random.Random, value: str) -> str:
    out = []
    for ch in value:
        if ch.isdigit():
            out.append(rng.choice(string.digits))
        elif ch.isupper():
            out.append(rng.choice(string.ascii_uppercase))
        elif ch.islower():
            out.append(rng.choice(string.ascii_lowercase))
        else:
            out.append(ch)
    return "".join(out)


def _number(rng: random.Random, digits: str) -> str:
    value, width = int(digits), len(digits)
    if width == 4 and 1990 <= value <= 2035:
        return str(rng.randint(2019, 2026))
    if width <= 2 and value <= 12:
        return str(rng.randint(1, 12)).zfill(width)
    if width <= 2 and value <= 31:
        return str(rng.randint(1, 28)).zfill(width)
    if digits[0] == "0":
        return "".join(rng.choice(string.digits) for _ in range(width))
    return str(rng.randint(10 ** (width - 1), 10**width - 1))


def vary(template: Template, rng: random.Random, titles: list[str], cities: list[str]) -> str:
    """``template``'s text with its values replaced (see the module docstring)."""
    text = template.text
    replacements: list[tuple[str, str]] = []
    if template.job_id and len(template.job_id) >= 3:
        replacements.append((template.job_id, _same_shape(rng, template.job_id)))
    if template.company and len(template.company) >= 3:
        replacements.append((template.company, _company(rng)))
    if template.title and titles:
        replacements.append((template.title, rng.choice(titles)))
    for city in template.cities:
        if cities:
            replacements.append((city, rng.choice(cities)))
    for old, new in replacements:
        text = text.replace(old, new)
    text = _MONTH_RE.sub(lambda m: rng.choice(MONTHS), text)
    return _NUMBER_RE.sub(lambda m: _number(rng, m.group()), text)


def generate(templates: list[Template], count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """``count`` postings as ``(id, text)``, deterministic for ``seed`` (see the module docstring).

    Raises:
        ValueError: no templates.
    """
    if not templates:
        raise ValueError("no golden documents to generate a corpus from")
    titles = sorted({t.title for t in templates if t.title})
    cities = sorted({c for t in templates for c in t.cities})
    for index in range(count):
        template = templates[index % len(templates)]
        rng = random.Random(f"{seed}:{index}")
        yield f"bench-{index:07d}", vary(template, rng, titles, cities)


def write_jsonl(path: Path, postings: Iterator[tuple[str, str]]) -> tuple[int, int]:
    """Write ``{"id", "text"}`` lines to ``path``; returns ``(documents, UTF-8 bytes of text)``."""
    documents = size = 0
    with path.open("w", encoding="utf-8") as handle:
        for doc_id, text in postings:
            handle.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
            documents += 1
            size += len(text.encode("utf-8"))
    return documents, size
