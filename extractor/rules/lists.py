"""Rules for the list fields and the summary, read from the segmented sections.

* ``responsibilities`` / ``minimum_qualifications`` / ``preferred_qualifications``:
  the items of the sections of that kind (see :mod:`extractor.sections`).  A
  body is split into items by bullets (``-``, ``•``, ``*``, ``+``, ``·``,
  ``1.``, ``a)``; an unbulleted continuation line belongs to the bullet above),
  else one item per line, else (one paragraph) one item per sentence.  Without
  a responsibilities section, the duty sentences of the description ("You
  will…", "Design and build…") are used, at a lower confidence.
* ``summary``: the first sentence that says what the role is (a cue such as
  "we are looking for", "is seeking", "as a …", "you will") in the
  summary/description/header text, plus the next one when it is also
  descriptive; hooks ("Do you…?", "Imagine…") are skipped.

Confidences are deliberately low (0.5 for items, 0.4 for summary and derived
duties): these fields are re-asked to the LLM when one is available, and
kept as they are otherwise.  Vocabulary: ``extractor/data/lists.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Iterable, Iterator, Optional

from extractor import fastre
from extractor.rules.base import Candidate, Context, rule
from extractor.sections import Section

ITEM_CONF = 0.5
DERIVED_CONF = 0.4
SUMMARY_CONF = 0.4
LONG_LINE = 300  # a line longer than this with 3+ sentences is a paragraph, not an item
MIN_SUMMARY_WORDS = 6

Span = tuple[int, int]


@dataclass(frozen=True)
class Item:
    """One list item: its text (bullet removed, lines joined) and its spans in the document text."""

    value: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class _Vocab:
    duty_verb: re.Pattern
    duty_phrases: tuple[str, ...]
    not_duty: tuple[str, ...]
    hooks: tuple[str, ...]
    cues: tuple[str, ...]
    strong_cues: tuple[str, ...]
    meta: re.Pattern


def _verb_forms(verb: str) -> list[str]:
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    forms = {verb, verb + "s", stem + "ing", stem + "ed", verb + "d" if verb.endswith("e") else verb + "ed"}
    if verb.endswith("y") and len(verb) > 3 and verb[-2] not in "aeiou":
        forms.add(verb[:-1] + "ies")
    return sorted(forms, key=len, reverse=True)


@cache
def _vocab() -> _Vocab:
    path = resources.files("extractor") / "data" / "lists.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    forms = sorted({f for v in data.get("duty_verbs", []) for f in _verb_forms(v.lower())}, key=len, reverse=True)
    labels = sorted(data.get("meta_labels", []), key=len, reverse=True)
    return _Vocab(
        duty_verb=fastre.compile(r"^(?:[A-Za-z]+ly,?\s+)?(?:" + "|".join(map(re.escape, forms)) + r")\b", re.I),
        duty_phrases=tuple(p.lower() for p in data.get("duty_phrases", [])),
        not_duty=tuple(p.lower() for p in data.get("not_duty", [])),
        hooks=tuple(p.lower() for p in data.get("hook_starts", [])),
        cues=tuple(p.lower() for p in data.get("summary_cues", [])),
        strong_cues=tuple(p.lower() for p in data.get("strong_summary_cues", [])),
        meta=fastre.compile(r"(?:" + "|".join(re.escape(l).replace(r"\ ", r"\s+") for l in labels) + r")\s*[:#\-]", re.I),
    )


# --------------------------------------------------------------------------- splitting

BULLET_RE = fastre.compile(r"(?:[-•*+·▪◦●○■□➢➤►‣⁃–—✓✔]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])[ \t]+")
_ABBREVIATIONS = frozenset(
    "e.g i.e etc inc ltd co corp dr mr mrs ms vs approx no st jr sr mt ft dept est min max incl fig al u.s u.k ph.d b.s m.s".split()
)
_SENTENCE_BREAK = fastre.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, blank_before)`` of the non-empty lines of ``text[start:end]``, stripped."""
    pos = start
    blank = False
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        s, e = pos, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e, blank
            blank = False
        else:
            blank = True
        pos = stop + 1


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (abbreviations like "e.g." do not end a sentence)."""
    out: list[Span] = []
    cur = start
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        before = text[max(cur, m.start() - 12) : m.start()].rstrip("\"”’)")
        word = re.split(r"[\s(]", before)[-1].rstrip(".!?").lower()
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        s, e = cur, m.start()
        if text[s:e].strip():
            out.append(_strip(text, s, e))
        cur = m.end()
    if text[cur:end].strip():
        out.append(_strip(text, cur, end))
    return out


def _strip(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _debullet(text: str, s: int, e: int) -> tuple[int, bool]:
    m = BULLET_RE.match(text, s, e)
    return (m.end(), True) if m else (s, False)


def _item(text: str, spans: list[Span]) -> Optional[Item]:
    value = " ".join(" ".join(text[s:e].split()) for s, e in spans).strip()
    if not value or not any(ch.isalnum() for ch in value):
        return None
    return Item(value, tuple(spans))


def split_items(text: str, start: int, end: int) -> list[Item]:
    """Split a section body ``text[start:end]`` into list items.

    Bullets win; else one item per line; a single paragraph (or an overlong
    multi-sentence line) gives one item per sentence.  Intro lines ending in
    ':' and "Label: value" metadata lines are skipped.
    """
    vocab = _vocab()
    lines = [(s, e, blank) for s, e, blank in _lines(text, start, end)]
    lines = [(s, e, b) for s, e, b in lines if not (vocab.meta.match(text, s, e) and e - s < 80)]
    if not lines:
        return []
    bulleted = [BULLET_RE.match(text, s, e) is not None for s, e, _ in lines]
    items: list[Item] = []
    if any(bulleted):
        current: list[Span] = []
        for (s, e, blank), is_bullet in zip(lines, bulleted):
            if is_bullet:
                if current:
                    items.append(_item(text, current))
                bs, _ = _debullet(text, s, e)
                current = [(bs, e)] if bs < e else []
            elif current and not blank and not text[s:e].endswith(":"):
                current.append((s, e))  # a wrapped bullet
            else:
                if current:
                    items.append(_item(text, current))
                    current = []
                if not text[s:e].endswith(":"):
                    items.extend(_item(text, [span]) for span in _line_units(text, s, e))
        if current:
            items.append(_item(text, current))
    elif len(lines) == 1:
        s, e, _ = lines[0]
        items = [_item(text, [span]) for span in sentences(text, s, e)]
    else:
        for s, e, _ in lines:
            if text[s:e].endswith(":"):
                continue
            items.extend(_item(text, [span]) for span in _line_units(text, s, e))
    return [item for item in items if item is not None]


def _line_units(text: str, s: int, e: int) -> list[Span]:
    """A line is one item unless it is a long paragraph of several sentences."""
    if e - s > LONG_LINE:
        parts = sentences(text, s, e)
        if len(parts) >= 3:
            return parts
    return [(s, e)]


# --------------------------------------------------------------------------- list fields


def _section_items(ctx: Context, kinds: tuple[str, ...]) -> tuple[list[Item], list[Section]]:
    items: list[Item] = []
    used: list[Section] = []
    seen: set[str] = set()
    for section in ctx.sections_of(*kinds):
        found = split_items(ctx.text, section.start, section.end)
        if found:
            used.append(section)
        for item in found:
            key = item.value.lower()
            if key not in seen:
                seen.add(key)
                items.append(item)
    return items, used


def _candidate(field: str, items: list[Item], sections: list[Section], conf: float, name: str) -> Candidate:
    spans = tuple((s.start, s.end) for s in sections) or tuple(sp for item in items for sp in item.spans)
    return Candidate(field, [i.value for i in items], spans, conf, name, item_spans=tuple(i.spans for i in items))


def _list_rule(field: str, kinds: tuple[str, ...]):
    def fn(ctx: Context) -> Iterable[Candidate]:
        items, used = _section_items(ctx, kinds)
        if items:
            yield _candidate(field, items, used, ITEM_CONF, f"lists.{field}")

    fn.__name__ = f"{field}_from_sections"
    fn.__doc__ = f"Items of the {', '.join(kinds)} sections."
    return fn


responsibilities_from_sections = rule("responsibilities", name="lists.responsibilities")(
    _list_rule("responsibilities", ("responsibilities",))
)
minimum_from_sections = rule("minimum_qualifications", name="lists.minimum_qualifications")(
    _list_rule("minimum_qualifications", ("minimum_qualifications",))
)
preferred_from_sections = rule("preferred_qualifications", name="lists.preferred_qualifications")(
    _list_rule("preferred_qualifications", ("preferred_qualifications",))
)


def is_duty(sentence: str) -> bool:
    """Whether a description sentence states a duty (what the hire will do)."""
    vocab = _vocab()
    low = " " + " ".join(sentence.lower().replace("’", "'").split()) + " "
    if any(p.replace("’", "'") in low for p in vocab.not_duty):
        return False
    if sentence.rstrip().endswith("?"):
        return False
    words = low.split()
    head = " " + " ".join(words[:14]) + " "
    if any(p.replace("’", "'") in head for p in vocab.duty_phrases):
        return True
    if "responsibilities will" in head or "responsibilities include" in head:
        return True
    return bool(vocab.duty_verb.match(sentence.strip()))


@rule("responsibilities", name="lists.description_duties")
def responsibilities_from_description(ctx: Context) -> Iterable[Candidate]:
    """Without a responsibilities section: the duty sentences of the description."""
    if ctx.sections_of("responsibilities"):
        return
    sections = ctx.sections_of("description")
    items: list[Item] = []
    used: list[Section] = []
    for section in sections:
        found = [i for i in split_items(ctx.text, section.start, section.end) if is_duty(i.value)]
        if found:
            used.append(section)
            items.extend(found)
    if items:
        yield _candidate("responsibilities", items, used, DERIVED_CONF, "lists.description_duties")


# --------------------------------------------------------------------------- summary


def _is_hook(sentence: str) -> bool:
    low = sentence.lower().lstrip("\"“ ")
    return sentence.rstrip().endswith(("?", "!")) or low.startswith(_vocab().hooks)


def _has(sentence: str, cues: tuple[str, ...]) -> bool:
    low = " " + " ".join(sentence.lower().replace("’", "'").split()) + " "
    return any(c.replace("’", "'") in low for c in cues)


def _summary_sentences(ctx: Context) -> list[Span]:
    text = ctx.text
    vocab = _vocab()
    for kinds in (("summary",), ("description",), ("header",)):
        spans: list[Span] = []
        for section in ctx.sections_of(*kinds):
            for s, e, _ in _lines(text, section.start, section.end):
                if vocab.meta.match(text, s, e) or BULLET_RE.match(text, s, e):
                    continue
                if len(text[s:e].split()) < MIN_SUMMARY_WORDS:
                    continue
                spans.extend(sentences(text, s, e))
        spans = [sp for sp in spans if len(text[sp[0] : sp[1]].split()) >= MIN_SUMMARY_WORDS]
        if spans:
            return spans
    if not ctx.sections:
        spans = []
        for s, e, _ in _lines(text, 0, min(len(text), 3000)):
            if len(text[s:e].split()) >= MIN_SUMMARY_WORDS and not BULLET_RE.match(text, s, e):
                spans.extend(sentences(text, s, e))
        return [sp for sp in spans if len(text[sp[0] : sp[1]].split()) >= MIN_SUMMARY_WORDS]
    return []


@rule("summary", name="lists.summary")
def summary(ctx: Context) -> Iterable[Candidate]:
    """One or two sentences that say what the role is."""
    text = ctx.text
    spans = _summary_sentences(ctx)
    if not spans:
        return
    vocab = _vocab()
    chosen: Optional[int] = None
    for i, (s, e) in enumerate(spans):
        sentence = text[s:e]
        if not _is_hook(sentence) and _has(sentence, vocab.cues):
            chosen = i
            break
    if chosen is None:
        chosen = next((i for i, (s, e) in enumerate(spans) if not _is_hook(text[s:e])), None)
    if chosen is None:
        return
    picked = [spans[chosen]]
    if chosen + 1 < len(spans):
        ns, ne = spans[chosen + 1]
        same_block = "\n\n" not in text[spans[chosen][1] : ns]
        nxt = text[ns:ne]
        if same_block and not _is_hook(nxt) and _has(nxt, vocab.strong_cues):
            picked.append((ns, ne))
    value = " ".join(" ".join(text[s:e].split()) for s, e in picked)
    yield Candidate("summary", value, tuple(picked), SUMMARY_CONF, "lists.summary")
