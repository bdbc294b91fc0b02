"""Grounding: find an LLM value's evidence in the posting, or flag it.

Every value the LLM returns is aligned against the clean text:

* strings and list items by token alignment: the value's words appear in order
  (``exact``), or most of them appear close together (``fuzzy``, coverage at
  least :data:`FUZZY_THRESHOLD`), or not (``ungrounded``);
* numbers (pay, hours, years) by finding the number written in any common form
  (``120000`` ~ ``120,000`` ~ ``120k`` ~ ``1,20,000``);
* enum values (workplace, employment type, degree) by a cue word for that value.

Spans are offsets into the clean text; the pipeline maps them to the raw input.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property
from typing import Optional

from extractor.provenance import AlignmentStatus

FUZZY_THRESHOLD = 0.75
_TOKEN = re.compile(r"\w+", re.UNICODE)

ENUM_CUES: dict[str, dict[str, str]] = {
    "workplace": {
        "remote": r"\bremote\b|work(?:ing)? from home|\bwfh\b|telecommut",
        "hybrid": r"\bhybrid\b|days? (?:a|per) week in (?:the )?office|days? in (?:the )?office",
        "onsite": r"\bon-?site\b|\bin[- ]office\b|\bin[- ]person\b|office[- ]based",
    },
    "employment_type": {
        "full_time": r"\bfull[- ]?time\b",
        "part_time": r"\bpart[- ]?time\b",
        "contract": r"\bcontract(?:or)?\b|\bfreelance\b",
        "temporary": r"\btemporary\b|\bfixed[- ]term\b|\bseasonal\b|\btemp\b",
        "internship": r"\bintern(?:ship)?s?\b|\bco-?op\b|\btrainee\b",
    },
    "education_level": {
        "high_school": r"high school|\bGED\b|\bGCSEs?\b|A[- ]levels?|secondary school|12th",
        "associate": r"\bassociate'?s? degree|\bHND\b|foundation degree",
        "bachelor": r"bachelor|\bB\.?S\.?c?\b|\bB\.?A\b|\bB\.?\s?Tech\b|\bB\.?E\b|\bBEng\b|undergraduate|degree",
        "master": r"master'?s|\bM\.?S\.?c?\b|\bM\.?A\b|\bMBA\b|\bM\.?\s?Tech\b|\bMEng\b|postgraduate",
        "doctorate": r"\bPh\.?\s?D\b|doctora|\bDPhil\b",
    },
}


@dataclass(frozen=True)
class Alignment:
    status: AlignmentStatus
    spans: tuple[tuple[int, int], ...] = ()
    coverage: float = 0.0


UNGROUNDED = Alignment(AlignmentStatus.UNGROUNDED)


class Aligner:
    """Aligns values against one clean text (token index built once)."""

    def __init__(self, text: str):
        self.text = text
        self.tokens: list[str] = []
        self.offsets: list[tuple[int, int]] = []
        for match in _TOKEN.finditer(text.lower()):
            self.tokens.append(match.group())
            self.offsets.append(match.span())

    @cached_property
    def _positions(self) -> dict[str, list[int]]:
        positions: dict[str, list[int]] = defaultdict(list)
        for index, token in enumerate(self.tokens):
            positions[token].append(index)
        return positions

    def align_text(self, value: str) -> Alignment:
        """Where do ``value``'s words appear in the text, in order?"""
        wanted = _TOKEN.findall(value.lower())
        if not wanted:
            return UNGROUNDED
        positions = self._positions
        anchors = [t for t in wanted if t in positions]
        if not anchors:
            return UNGROUNDED
        rarest = min(anchors, key=lambda t: len(positions[t]))
        offset_in_value = wanted.index(rarest)
        best: Optional[Alignment] = None
        size = len(wanted)
        for position in positions[rarest][:200]:
            lo = max(0, position - offset_in_value - size // 4 - 1)
            hi = min(len(self.tokens), position - offset_in_value + size + size // 4 + 1)
            window = self.tokens[lo:hi]
            matcher = SequenceMatcher(None, window, wanted, autojunk=False)
            blocks = [b for b in matcher.get_matching_blocks() if b.size]
            matched = sum(b.size for b in blocks)
            coverage = matched / size
            if best is not None and coverage <= best.coverage:
                continue
            first = lo + blocks[0].a
            last = lo + blocks[-1].a + blocks[-1].size - 1
            exact = matched == size and len(blocks) == 1
            status = AlignmentStatus.EXACT if exact else AlignmentStatus.FUZZY
            best = Alignment(status, ((self.offsets[first][0], self.offsets[last][1]),), coverage)
            if exact:
                break
        if best is None or best.coverage < FUZZY_THRESHOLD:
            return UNGROUNDED
        return best

    def align_number(self, number: float) -> Alignment:
        """Find ``number`` written in a common form (``120000``, ``120,000``, ``120k``, ``1,20,000``, ``37.5``)."""
        for pattern in _number_patterns(number):
            match = re.search(pattern, self.text, flags=re.IGNORECASE)
            if match:
                return Alignment(AlignmentStatus.EXACT, (match.span(),), 1.0)
        return UNGROUNDED

    def align_enum(self, field: str, value: str) -> Alignment:
        """Find a cue word for an enum value (``remote``, ``full_time``, ``bachelor``…)."""
        cue = ENUM_CUES.get(field, {}).get(value)
        if cue is None:
            return self.align_text(value.replace("_", " "))
        match = re.search(cue, self.text, flags=re.IGNORECASE)
        if match:
            return Alignment(AlignmentStatus.EXACT, (match.span(),), 1.0)
        return UNGROUNDED


def _number_patterns(number: float) -> list[str]:
    """Regexes for the ways ``number`` may be written in a posting."""
    if number != number or number < 0:  # NaN, negative
        return []
    whole = int(number)
    forms: list[str] = []
    if number == whole:
        plain = str(whole)
        forms += [f"{whole:,}", f"{whole:,}".replace(",", "."), f"{whole:,}".replace(",", " "), plain, _indian(whole)]
        if whole >= 1000 and whole % 100 == 0:
            forms.append(f"{whole / 1000:g}k")
        if whole >= 100000 and whole % 10000 == 0:
            forms.append(f"{whole / 100000:g} ?(?:lakhs?|l|lpa)")
        forms.append(f"{whole}\\.0+")
    else:
        forms += [f"{number:g}", f"{number:g}".replace(".", ",")]
    unique = list(dict.fromkeys(forms))
    return [rf"(?<![\d.,]){re.escape(f) if '?' not in f else f}(?![\d])" for f in unique]


def _indian(value: int) -> str:
    """``1800000`` → ``18,00,000`` (lakh grouping)."""
    digits = str(value)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups + [tail])
