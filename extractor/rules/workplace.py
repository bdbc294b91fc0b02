"""Workplace rule: ``workplace`` is "remote" / "hybrid" / "onsite".

Cues come from labelled lines ("Workplace type: Hybrid"), standalone header lines and title
tags ("Remote", "Senior Engineer (Remote)"), places tied to "remote" ("Remote (US)", found by
:mod:`extractor.rules.location`), and phrases (``extractor/data/workplace.json``) with
negation ("this is not a remote role" → onsite) and sense filters ("remote sensing" is not a
cue); :func:`decide_workplace` votes among them.  The rule keeps its name
``location.workplace`` (the method in the records' provenance).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterator, Optional

from extractor import fastre
from extractor.data import load
from extractor.rules.base import Candidate, Context, Cue, results_cards, rule, vote
from extractor.rules.location import (
    LABEL_START,
    REMOTE_AFTER_RE,
    REMOTE_BEFORE_RE,
    REMOTE_WORD_RE,
    SEGMENT_SPLIT_RE,
    find_locations,
    header_end,
    inside,
    other_jobs_start,
    phrase_re,
    section_ranges,
)


@cache
def _workplace_vocab() -> dict:
    data = load("workplace.json")
    labels = phrase_re(data["labels"])
    value_alts = "|".join(f"(?P<{v['value']}>{v['pattern']})" for v in data["label_values"])

    def after_re(words: list[str]) -> re.Pattern:
        return fastre.compile(r"(?i)^[ \t-]{1,2}(?:" + phrase_re(words) + r")(?![A-Za-z])")

    standalone = {}
    for value, words in data["standalone_values"].items():
        for w in words:
            standalone[w] = value
    return {
        # "Work pattern: On site", or a record's field name alone on its line over the value ("Work pattern" / "On site")
        "label": fastre.compile(r"(?i)" + LABEL_START + r"(?:(?:" + labels + r")[ \t]{0,3}[*_]{0,2}[ \t]{0,3}[:：\-–][ \t*_]{0,6}"
                                r"|(?<![^\n])(?:" + labels + r")[ \t]*\n[ \t]*)"),
        "value": fastre.compile(r"(?i)" + LABEL_START + r"(?:" + value_alts + r")(?-i:(?![a-z]))"),
        "cues": [(fastre.compile(c["pattern"], re.I), c["value"], float(c["confidence"])) for c in data["cues"]],
        "days_in_office": fastre.compile(data["days_in_office"], re.I),
        "office_days": fastre.compile(data["office_days"], re.I),
        "remote_days": fastre.compile(data["remote_days"], re.I),
        "excluded_after": {
            "remote": after_re(data["remote_excluded_after"]),
            "hybrid": after_re(data["hybrid_excluded_after"]),
            "onsite": after_re(data["onsite_excluded_after"]),
            "in_person": after_re(data["in_person_excluded_after"]),
        },
        "hours_patterns": fastre.compile(data["hours_patterns"], re.I),
        "benefit_before": fastre.compile(data["benefit_before"], re.I),
        "benefit_after": fastre.compile(data["benefit_after"], re.I),
        "negation_before": fastre.compile(data["negation_before"], re.I),
        "negation_after": fastre.compile(data["negation_after"], re.I),
        "conditional_before": fastre.compile(data["conditional_before"], re.I),
        "standalone": standalone,
        "standalone_re": fastre.compile(
            r"(?i)^[ \t(\[*_-]{0,4}(" + phrase_re(standalone) + r")[ \t)\].*_]{0,4}$"
        ),
        "title_tag": fastre.compile(r"(?i)(?:\(\s{0,2}|\[\s{0,2}|[-–—|·:,]\s{0,3})(" + phrase_re(standalone) + r")(?:\s{0,2}[)\]]|(?=\s{0,3}(?:$|[-–—|·(,\n])))"),
    }


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _num(word: Optional[str]) -> Optional[int]:
    if not word:
        return None
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower())


# A cue ending in one of these words is checked against the words that may follow it.
_SENSE_KEYS = (
    ("in-person", "in_person"), ("in person", "in_person"), ("remote", "remote"), ("hybrid", "hybrid"),
    ("onsite", "onsite"), ("on-site", "onsite"), ("on site", "onsite"),
)


def _sense_ok(text: str, end: int, matched: str) -> bool:
    """False when the cue word is used in another sense ("remote sensing", "on-site gym", "hybrid cloud")."""
    low = matched.lower().rstrip()
    for suffix, key in _SENSE_KEYS:
        if low.endswith(suffix):
            return not _workplace_vocab()["excluded_after"][key].match(text[end: end + 40])
    return True


def _polarity(text: str, start: int, end: int, floor: int = 0) -> str:
    """"negated", "conditional" or "plain" for the cue at ``text[start:end]``."""
    voc = _workplace_vocab()
    lo = max(floor, start - 45)
    before = text[lo:start]
    if voc["negation_before"].search(before):
        return "negated"
    if voc["negation_after"].match(text[end: end + 60]):
        return "negated"
    if voc["conditional_before"].search(before):
        return "conditional"
    return "plain"


def _apply_polarity(value: str, conf: float, polarity: str) -> Optional[tuple[str, float]]:
    if polarity == "plain":
        return value, conf
    if polarity == "negated":
        return ("onsite", max(conf, 0.75)) if value == "remote" else None
    return ("hybrid", 0.5) if value == "remote" else (value, conf - 0.15)


def workplace_cues(ctx: Context) -> list[Cue]:
    """Every statement of a workplace (labels, header tags, remote tags, phrases), negation applied."""
    text = ctx.text
    voc = _workplace_vocab()
    head_end = header_end(ctx)
    low_ranges = section_ranges(ctx, "benefits", "company", "legal")
    others = other_jobs_start(ctx)  # ("Otras vacantes" / "Analista · Monterrey (híbrido)": another job's workplace)
    cards = results_cards(ctx)  # (the search results over the posting: their jobs' workplaces)
    cues = [c for c in _label_cues(text, voc) + _header_cues(text, voc, head_end) + _remote_cues(ctx, head_end) + _phrase_cues(text, voc)
            if c.start < others and not inside(c.start, cards)]
    for cue in cues:
        if cue.labelled:
            continue
        if inside(cue.start, low_ranges):
            cue.confidence -= 0.2
        elif cue.start < head_end:
            cue.confidence += 0.05
    return [c for c in cues if c.confidence > 0.3]


_LABEL_NAME_END = fastre.compile(r"[ \t*_]*[:：\-–][ \t*_]*$|[ \t]*\n[ \t]*$")  # a label's colon (or line end) after its name


def _label_cues(text: str, voc: dict) -> list[Cue]:
    """Labelled lines: "Workplace type: Hybrid", "Location: Remote (US)". A label written again with another value
    further down is another record's (a feed's or a list's next job): the first one's value stands."""
    cues = []
    first_value: dict[str, str] = {}
    for m in voc["label"].finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        v = voc["value"].search(text, m.end(), min(line_end, m.end() + 80))
        if not v:
            continue
        value = next(k for k in ("remote", "hybrid", "onsite") if v.group(k))
        if not _sense_ok(text, v.end(), v.group()) or _a_benefit(text, v.start(), v.end(), voc):
            continue  # (nor what the place offers: "Kulsary (camp accommodation on site)")
        if v.group().lower().startswith("flexible") and voc["hours_patterns"].search(text, m.end(), line_end):
            continue  # "Working pattern: Full time, Flexible working": a working-time pattern, not a workplace
        got = _apply_polarity(value, 0.92, _polarity(text, v.start(), v.end(), floor=m.end()))
        name = _LABEL_NAME_END.sub("", m.group()).strip(" \t*_#>-").casefold()
        if got and first_value.setdefault(name, got[0]) != got[0]:
            continue
        if got:
            start = m.start() if v.start() - m.end() <= 20 else v.start()
            cues.append(Cue(got[0], got[1], start, v.end(), labelled=True))
    return cues


def _header_cues(text: str, voc: dict, head_end: int) -> list[Cue]:
    """A header line (or "·"/"|" part of one) that is only "Remote" / "Hybrid" / "On-site",
    or a title tag "Senior Engineer (Remote)", "Remote - UK"."""
    cues = []
    pos = 0
    while pos < head_end:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        for s, e in _split_segments(text, pos, min(end, pos + 400)):
            yes = _YES_ANSWER.search(text, s, e)  # "Remote: Yes": the word and its answer
            m = voc["standalone_re"].match(text[s : yes.start() if yes else e])
            if m and not _NO_ANSWER_AFTER.match(text, e):
                value = voc["standalone"].get(re.sub(r"\s+", " ", m.group(1).lower()))
                if value:
                    cues.append(Cue(value, 0.85, s + m.start(1), s + m.end(1)))
        for m in voc["title_tag"].finditer(text, pos, min(end, pos + 400)):
            value = voc["standalone"].get(re.sub(r"\s+", " ", m.group(1).lower()))
            if value and _sense_ok(text, m.end(1), m.group(1)):
                cues.append(Cue(value, 0.8, m.start(1), m.end(1)))
        m = _LEADING_TAG_RE.match(text, pos, end)
        if m and end - pos <= 120 and not _SENTENCE_STOP_RE.search(text, m.end(), end) and _sense_ok(text, m.end(1), m.group(1)) \
                and not _NO_ANSWER_AFTER.match(text, m.end(1)):
            cues.append(Cue(m.group(1).lower(), 0.75, m.start(1), m.end(1)))  # "Remote Payroll Specialist"
        if nl < 0:
            break
        pos = nl + 1
    return cues


# a word before "remote" that makes it part of the week: "Hybrid remote in Austin, TX", "partially remote in Leeds"
_HYBRID_BEFORE_REMOTE = fastre.compile(r"(?i)\b(hybrid|partially|partly)[ \t-]+$")


def _remote_cues(ctx: Context, head_end: int) -> list[Cue]:
    """"Remote (US)" / "Remote - UK" / "United States (Remote)" anywhere."""
    text = ctx.text
    cues = []
    found, _ = find_locations(ctx)
    for f in found:
        if "remote" in f.how:
            r = REMOTE_BEFORE_RE.search(text, max(0, f.start - 30), f.start)
            if r:
                w = REMOTE_WORD_RE.match(text, r.start())  # the tag word: "Remote", "Remoto", "Télétravail"
                part = _HYBRID_BEFORE_REMOTE.search(text, max(0, w.start() - 12), w.start())
                if part is not None:  # "Hybrid remote in Austin, TX": part of the week remote
                    cues.append(Cue("hybrid", 0.85 if f.start < head_end else 0.75, part.start(1), w.end()))
                    continue
                cues.append(Cue("remote", 0.85 if f.start < head_end else 0.75, w.start(), w.end()))
            else:
                r = REMOTE_AFTER_RE.match(text[f.end: f.end + 30])
                w = REMOTE_WORD_RE.search(text, f.end, f.end + r.end()) if r else None
                if w:
                    cues.append(Cue("remote", 0.85 if f.start < head_end else 0.75, w.start(), w.end()))
    return cues


# a word for working away from the office: without one, a part-time post's "three days a week on site" is its week
_PART_TIME_WORD = fastre.compile(r"(?i)\bpart[- ]?time\b|\b0[.,]\d{1,2}[ \t]*FTE\b")
_AWAY_WORD = fastre.compile(r"(?i)\b(?:remote(?:ly)?|home|hybrid|wfh|flexible|télétravail|teletrabajo|thuiswerk\w*|mobiles?[ \t]+arbeiten|distansarbete|etätyö)\b")


def _phrase_cues(text: str, voc: dict) -> list[Cue]:
    """Phrases in the body ("fully remote", "three days a week in the office"), negation applied."""
    cues = []
    for regex, value, conf in voc["cues"]:
        for m in regex.finditer(text):
            if not _sense_ok(text, m.end(), m.group()) or _a_benefit(text, m.start(), m.end(), voc) or _NO_ANSWER_AFTER.match(text, m.end()) \
                    or _asked(text, m.start(), m.end()):
                continue  # ("Remote job: No": a form's answer refuses it, and names no other workplace; a question states nothing)
            got = _apply_polarity(value, conf, _polarity(text, m.start(), m.end()))
            if got:
                cues.append(Cue(got[0], got[1], m.start(), m.end()))
    for key in ("days_in_office", "office_days"):
        for m in voc[key].finditer(text):
            n = _num(m.group("n"))
            hi = _num(m.group("m")) or n
            if n is None:
                continue
            if _polarity(text, m.start(), m.end()) == "negated":
                continue
            value = "onsite" if n >= 5 and hi >= 5 else "hybrid"
            if value == "hybrid" and _PART_TIME_WORD.search(text) is not None and _AWAY_WORD.search(text) is None:
                value = "onsite"  # "worked over three days per week on site" (a 0.6 FTE post): its days, all on site; no other place named
            cues.append(Cue(value, 0.8, m.start(), m.end()))
    for m in voc["remote_days"].finditer(text):
        cues.append(Cue("hybrid", 0.75, m.start(), m.end()))
    return cues


_NO_ANSWER_AFTER = fastre.compile(  # "Remote: No", "Remote | No", "Remote<TAB>No" (a table row flattened: "Remote No"), a record's
    # flag ("remote False", "remote position: 0"), a form's question ("Telecommuting allowed? No")
    r"(?i)[ \t]{0,2}(?:(?:(?:allowed|eligible|permitted|available|possible)[ \t]?)?[:?|][ \t*_]{0,4}(?:no|none|n/a|not[ \t]available|false)(?![\w-])"
    r"|(?:[:=][ \t]{0,2})?(?:no|none|n/a|not[ \t]available|false|0)[ \t.]*(?:\r?\n|$)"
    r"|\r?\n[ \t]*(?:no|none|n/a|not[ \t]available)[ \t.]*(?:\r?\n|$))"  # "Remote job" / "No": the answer on the next line
)
_YES_ANSWER = fastre.compile(r"(?i)[ \t]{0,2}:[ \t*_]{0,4}(?:yes|true)[ \t.]*$")
_QUESTION_END = fastre.compile(r"[^.!?。！？\n]{0,40}[?？]")
_QUESTION_OPEN = fastre.compile(r"(?i)(?:^|[.!?。！？\n])[ \t]*(?:Q[:：.][ \t]*|(?:is|are|can|could|do|does|will|would|may)[ \t]+|可以|能否|是否|能不能)[^.!?。！？\n]*$")


def _asked(text: str, start: int, end: int) -> bool:
    """Is the cue part of a question ("Q：可以远程办公吗？", "Is the role remote?"), which states nothing?"""
    q = _QUESTION_END.match(text, end)
    if q is None:
        return False
    return q.group().rstrip("?？ \t").endswith(("吗", "么", "嗎", "呢")) or _QUESTION_OPEN.search(text, max(0, start - 80), start) is not None


def _a_benefit(text: str, start: int, end: int, voc: dict) -> bool:
    """The cue names what an allowance pays for ("an allowance for commuting, working from home and
    internet costs", "WFH equipment budget"): a benefit, not the role's workplace."""
    return bool(voc["benefit_before"].search(text[max(0, start - 60) : start]) or voc["benefit_after"].match(text[end : end + 40]))


_LEADING_TAG_RE = fastre.compile(r"[ \t]{0,3}(remote|hybrid|Remote|Hybrid|REMOTE|HYBRID)[ \t]+(?=[A-Z])")  # a header line opening with the tag
_SENTENCE_STOP_RE = fastre.compile(r"[.!?](?:\s|$)")


def _split_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    segs, pos = [], start
    for m in SEGMENT_SPLIT_RE.finditer(text, start, end):
        segs.append((pos, m.start()))
        pos = m.end()
    segs.append((pos, end))
    return [(a, b) for a, b in segs if b > a]


_SPECIFICITY = {"hybrid": 0.06, "onsite": 0.03, "remote": 0.0}


def decide_workplace(cues: list[Cue]) -> Optional[tuple[str, float, list[Cue]]]:
    """Pick the workplace from its cues: labelled ones first, else the best-supported value.

    Returns:
        ``(value, confidence, supporting cues)`` or None when there is no cue.
    """
    if not cues:
        return None
    labelled = [c for c in cues if c.labelled]
    return vote(labelled or cues, specificity=_SPECIFICITY, support_step=0.04, ceiling=0.95)


@rule("workplace", name="location.workplace")
def workplace_rule(ctx: Context) -> Iterator[Candidate]:
    """remote / hybrid / onsite from labels, header tags and phrases."""
    if not ctx.text:
        return
    decided = decide_workplace(workplace_cues(ctx))
    if not decided:
        return
    value, conf, support = decided
    spans = tuple(dict.fromkeys((c.start, c.end) for c in support[:3]))
    yield Candidate("workplace", value, spans, round(conf, 3), "location.workplace")
