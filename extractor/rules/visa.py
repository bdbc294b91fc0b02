"""Rule for ``visa_sponsorship``: does the posting offer visa sponsorship (true), say it does not (false), or neither (null)?

The posting is read one sentence at a time (a line, or up to ``.``, ``!``, ``?`` or ``;``).
A sentence speaks to the field when it holds an *anchor* from ``extractor/data/visa.json``:
a form of "sponsor" used in its employment sense, "H-1B", "Skilled Worker visa", or an offer
of visa or work-permit support ("visa and relocation support", "help with your visa").
"sponsor" counts only in a sentence about the right to work (a visa, a work permit, work
authorisation…) or in an employment phrase ("sponsor candidates", "sponsorship for this role",
"require sponsorship"), and never in another sense ("corporate sponsorship", "event sponsorship",
"executive sponsor", "sponsorship deals").

A negation shortly before an anchor ("we are unable to sponsor", "without current or future
sponsorship", "not eligible for visa sponsorship") or after it ("sponsorship is not available",
"candidates requiring a Skilled Worker visa will not be considered") makes the sentence a
*no*; otherwise it is a *yes*.  An item of a benefits section that names a visa or permit as a thing given
("What the client provides: • Visa and air ticket") is a *yes* too (``benefit_item``).  Questions (an application form's "Do you require visa
sponsorship?") state nothing and are skipped.  "Must be authorised to work in the UK" alone
states no sponsorship policy and leaves the field null.

When sentences disagree the value the most sentences state wins (the first on a tie) at a
confidence below the LLM threshold, so that the hybrid pipeline asks the LLM.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Optional

from extractor import fastre
from extractor.data import load
from extractor.rules.base import Candidate, Context, TextSpan, rule

FIELD = "visa_sponsorship"
CONF_CLEAR = 0.9  # every sentence that speaks to the field says the same
CONF_MIXED = 0.5  # sentences disagree: below the LLM threshold
NEGATION_REACH = 6  # words before an anchor in which a negation counts
PREFILTER = ("sponsor", "visa", "lmia", "1b", "2a", "2b", "cw-1", "cw 1", "cw1", "permit", "permiso", "immigration", "iqama", "employment pass", "visum", "blue card", "blaue", "виз", "віз", "ビザ", "签证", "簽證", "비자", "تأشيرة")  # "work permit", "employment permit"  # a sentence without any of these cannot state the field
_SENTENCE_END = re.compile(r"[.!?](?=\s*$|\s+[^a-z\s])|;(?=\s)|\n")  # not after "U.S." in "the U.S. without"
# a line ending in a word no sentence ends with ("no", "without", "for"): the next line, opening in lower case, goes on with it
_WRAPPED_AFTER = re.compile(r"(?i)(?<![\w'’])(?:no|not|without|nor|and|or|of|to|for|with|any|the|an?|cannot|unable|visa|work)[ \t]*$")
_QUESTION_START = re.compile(r"^\W*(?:do|will|would|are|have|does|can|is) you\b")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2013]+")


@dataclass(frozen=True)
class _Phrasing:
    anchors: list[re.Pattern[str]]
    context: re.Pattern[str]
    employment_sense: re.Pattern[str]
    other_sense: re.Pattern[str]
    negation_before: re.Pattern[str]
    negation_after: list[re.Pattern[str]]
    benefit_item: re.Pattern[str]


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@cache
def phrasing() -> _Phrasing:
    """The compiled phrasing of ``visa.json`` (patterns match the folded sentence, see :func:`fold`)."""
    data = load("visa.json")
    return _Phrasing(
        anchors=[re.compile(p) for p in data["anchors"]],
        context=_any(data["context"]),
        employment_sense=_any(data["employment_sense"]),
        other_sense=_any(data["other_sense"]),
        negation_before=_any(data["negation_before"]),
        negation_after=[re.compile(p) for p in data["negation_after"]],
        benefit_item=_any(data["benefit_item"]),
    )


def fold(sentence: str) -> str:
    """Lower case with hyphens and runs of spaces as one space ("H-1B" -> "h 1b")."""
    return _SEPARATORS.sub(" ", sentence.lower()).strip()


def read_sentence(sentence: str) -> Optional[bool]:
    """What one sentence says about sponsorship: True (offered), False (not offered) or None.

    Args:
        sentence: one sentence of the posting, without its final punctuation.
    """
    p = phrasing()
    text = fold(sentence)
    if _QUESTION_START.search(text):
        return None
    about_work = bool(p.context.search(text) or p.employment_sense.search(text))
    other = [m.span() for m in p.other_sense.finditer(text)]
    verdict: Optional[bool] = None
    for anchor in p.anchors:
        for match in anchor.finditer(text):
            start, end = match.span()
            if any(s <= start < e or s < end <= e for s, e in other):
                continue  # "event sponsorship", "executive sponsor"
            if text[start:end].startswith("sponsor") and not about_work:
                continue
            if _negated(text, start, end, p):
                return False
            verdict = True
    return verdict


def _negated(text: str, start: int, end: int, p: _Phrasing) -> bool:
    before = " ".join(text[:start].split()[-NEGATION_REACH:])
    if p.negation_before.search(before):
        return True
    after = text[end:]
    return any(pattern.search(after) for pattern in p.negation_after)


def sentences(text: str) -> Iterable[TextSpan]:
    """``(start, end)`` of each sentence of ``text`` that may speak to the field (end excludes the stop)."""
    lowered = text.lower()
    if not any(word in lowered for word in PREFILTER):
        return
    start = 0
    for stop in _SENTENCE_END.finditer(text):
        if stop.group() == "\n" and _WRAPPED_AFTER.search(text, max(start, stop.start() - 12), stop.start()) \
                and text[stop.end() : stop.end() + 1].islower():
            continue  # "… no C2C, no" / "sponsorship.": a hard wrap inside the sentence, not its end
        yield from _if_relevant(lowered, start, stop.start())
        start = stop.end()
    yield from _if_relevant(lowered, start, len(text))


def _if_relevant(lowered: str, start: int, end: int) -> Iterable[TextSpan]:
    piece = lowered[start:end]
    if fastre.phrases(PREFILTER).found_in(piece):
        lead = len(piece) - len(piece.lstrip(" \t-*•·"))
        yield start + lead, start + len(piece.rstrip())


MAX_HEADING_WORDS = 4


def _heads_the_next(text: str, start: int, end: int, next_start: int) -> bool:
    """Is the sentence at ``start:end`` a short line of its own ("Visa sponsorship", "Immigration support:") right above
    the next sentence that speaks to the field?"""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1  # (a heading opens its line: a short look back will do)
    return (
        (line_start > 0 or start < 200)
        and not text[line_start:start].strip()
        and text[end : end + 1] in ("\n", "")
        and len(text[start:end].split()) <= MAX_HEADING_WORDS
        and not text[end:next_start].strip(" \t\r\n:")
    )


def _offered_item(sentence: str) -> bool:
    """Whether a benefits section's item names a visa or permit as a thing given ("Visa and air ticket", "Work
    permit & flights"), not negated ("Visa: not provided")."""
    p = phrasing()
    text = fold(sentence)
    m = p.benefit_item.search(text)
    return m is not None and not _negated(text, m.start(), m.end(), p)


@rule(FIELD, name="visa.statement")
def visa_statement(ctx: Context) -> Iterable[Candidate]:
    text = ctx.text
    said: dict[bool, list[TextSpan]] = {}
    read = []
    offered = ctx.sections_of("benefits")
    for start, end in sentences(text):
        if text[end : end + 1] == "?" or not text[start:end].strip():
            continue  # a question (an application form's) states nothing
        value = read_sentence(text[start:end])
        if value is None and any(s.start <= start < s.end for s in offered) and _offered_item(text[start:end]):
            value = True  # "What we provide: • Visa and air ticket": a visa among what the employer gives
        if value is not None:
            read.append((start, end, value))
    for k, (start, end, value) in enumerate(read):
        if k + 1 < len(read) and _heads_the_next(text, start, end, read[k + 1][0]):
            continue  # "Visa sponsorship" over "We are unable to sponsor …": a heading names the topic, the line says which way
        said.setdefault(value, []).append((start, end))
    if not said:
        return
    ranked = sorted(said, key=lambda v: (-len(said[v]), said[v][0][0]))
    value = ranked[0]
    yield Candidate(FIELD, value, tuple(said[value]), CONF_CLEAR if len(said) == 1 else CONF_MIXED, "visa.statement")
