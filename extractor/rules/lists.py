"""Rules for the list fields and the summary, read from the segmented sections.

* ``responsibilities`` / ``minimum_qualifications`` / ``preferred_qualifications``:
  the items of the sections of that kind (see :mod:`extractor.sections`).  A
  body is split into items by bullets (``-``, ``•``, ``*``, ``+``, ``·``,
  ``1.``, ``a)``, an outline number ``2.1``; an unbulleted continuation line belongs to the bullet above,
  but a lower-case line opening the way the block's items open starts an item: "experience with …" twice,
  "deliver …" / "collect …"),
  else one item per line, else (one paragraph) one item per sentence.  Items a
  scrape glued together are cut where the page shows a join: a bullet in
  mid-line, an intro glued to its first item ("…looking for:• Calm…"), a '*' typed after
  each item's last word ("…skills* Positive attitude* …"), and, in
  list sections, a lower-case letter, digit, bracket or full stop running into
  the next item's capital (camel-case names such as "JavaScript" are spared), and, after an
  intro whose ':' runs into a lower-case word ("If you:are motivated…"), a duty verb or
  second-person opener glued to the word before ("…from scratchworked in…").
  An enumeration run into one paragraph ("1. …; or 2. …", "(1) … (2) …", "a. … b. …") is cut at
  markers counting up from 1 (or a) at clause ends (the last alternative ends at a run-in
  "SPECIAL NOTES:" label, or with its sentence when a very long paragraph runs on after it into
  further "OR" options); an "OR" option of a long paragraph keeps the sentences that go on with it; 3+ independent ';' clauses give one
  item each; '--' bullets, a trailing "NOTE: …" and the joins "; or", ";", "," at
  an item's end are cut off.  Process text (application instructions, evaluation,
  definitions, links) is never an item, and a heading label glued in front of an
  item ("Preferred Education: …") is cut and files the item.
  Sub-headings and intros inside a list are never items; one that names another
  qualification kind ("Bonus points for:") or duties ("You will be responsible
  for …, including:", "PRODUCTION EXPECTATIONS:") files the items below it there,
  one that names pay or benefits or offers support ("… is provided, including:")
  ends the list.  An item that marks itself, as a
  whole, as preferred ("…is a plus", "(Desired)") moves to
  ``preferred_qualifications`` (so does the column letter "D" under a person specification's legend
  "E = Essential  D = Desirable"; a PDF's running footer "… Page 1 of 2" is no item) (the markers of golden/README: "…would be ideal", "Preferably …",
  "(Optional)", "…a bonus, though not mandatory", "…will get preference").  A qualifications
  list made of duties ("Implement…", "Keep records…") in a posting without a duties section
  is filed as responsibilities; an item stating what the hire has ("Ability to …", "… is
  required") inside a duties list is a qualification.  Process text run on after an item is
  cut off, and screening questions ("…?") are no items; nor are a board's skill chip row under a
  "Skills" heading ("Java  Spring Boot  Kafka  AWS"), the employer speaking of itself ("We are a growing
  firm."), pay or benefit sentences ("Benefits include …") and a summary block's short values that a longer
  item of the list repeats ("Experience Length: 2 years").  A short Title Case label between the
  sentences of an unbulleted list ("Customer Service"), or between the lines of a list of duties
  ("Supplier Management"), is a sub-heading; "You will <duty> …" in a
  requirements list is a duty; an item closed by a bare "required" under Preferred is required.  Run-in labels ("Foreign Graduates.", "SUBSTITUTION OF …:"),
  sentences announcing the list ("…meet the following criteria.", "…defined as:") and numbered
  criteria under a rating lead ("…will be evaluated on the KSA's listed below") are no items.
  Requirements stated in the description ("The ideal candidate will have…", "You will need…",
  "You must have…", "This role requires…", "It's important that you…", "… licence … is required.", "… is a plus.", and the hire described in the second person:
  "You're a music obsessive.", "You love clients…", "Someone who enjoys…") join the qualification lists, each
  sentence read whole where a page wrapped it; so does, from any section, a sentence stating the right to
  work or a hard residence period ("You must have lived in the UK for 3 of the last 5 years").  Without a responsibilities section, the duty
  sentences of the description ("You will…", "Design and build…"), every line of an unbulleted run of
  duty lines in it (or of duty clauses a scrape ran into one line at ';'), and the lines under a duty intro in it
  ("…responsible for the following key job functions:"), the bullets
  under a role heading ("The Role"), and, when there is no description, the
  duty sentences of the role paragraph are used, at a lower confidence.
* ``summary``: the first sentence that says what the role is (a cue such as
  "we are looking for", "is seeking", "as a …", "you will") in the
  summary/description/header text, plus the next one when it is also
  descriptive; hooks ("Do you…?", "Imagine…") are skipped.

Confidence says how sure the split is, and decides whether the hybrid asks the LLM
(threshold 0.6, :mod:`extractor.pipeline`): 0.8 (:data:`SURE_CONF`) for items of sections
under a known heading phrase, each item on a line of its own; 0.5 for items cut from a
shared line (sentences of a paragraph, glued bullets) or under a heading guessed from its
keywords; 0.4 for duties derived from the description and for the summary (which the LLM
only writes when the rules found none).  Vocabulary: ``extractor/data/lists.json``.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Iterable, Iterator, Optional

from extractor import fastre, taxonomy
from extractor.data import load
from extractor.rules.base import Candidate, Context, line_around, rule
from extractor.normalize import glue_joins
from extractor.sections import PROCESS_HEAD_RE as _SELECTION_HEAD_RE
from extractor.sections import BULLET_GLYPHS, CJK_LIST_MARK, QUALIFICATION_KINDS, Section, assessment_intro, broken_by_wrap, heading_vocab, keyword_kind, keyword_match, kind_of_heading, norm_heading, optional_heading

SURE_CONF = 0.8  # known headings, one item per line: the LLM is not asked
ITEM_CONF = 0.5
DERIVED_CONF = 0.4
SUMMARY_CONF = 0.4
LONG_LINE = 300  # a line longer than this with 3+ sentences is a paragraph, not an item
MIN_SUMMARY_WORDS = 6

Span = tuple[int, int]
LIST_KINDS = ("responsibilities", "minimum_qualifications", "preferred_qualifications")


@dataclass(frozen=True)
class Item:
    """One list item: its text (bullet removed, lines joined) and its spans in the document text."""

    value: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class _Vocab:
    duty_verb: re.Pattern
    duty_bases: frozenset[str]  # the duty verbs as written ("develop", "lead")
    duty_phrases: tuple[str, ...]
    not_duty: tuple[str, ...]
    hooks: tuple[str, ...]
    cues: tuple[str, ...]
    strong_cues: tuple[str, ...]
    meta: re.Pattern
    not_item: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # starts, phrases, ends


def _verb_forms(verb: str) -> list[str]:
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    forms = {verb, verb + "s", stem + "ing", stem + "ed", verb + "d" if verb.endswith("e") else verb + "ed"}
    if verb.endswith("y") and len(verb) > 3 and verb[-2] not in "aeiou":
        forms.add(verb[:-1] + "ies")
    return sorted(forms, key=len, reverse=True)


@cache
def _vocab() -> _Vocab:
    data = load("lists.json")
    forms = sorted({f for v in data.get("duty_verbs", []) for f in _verb_forms(v.lower())}, key=len, reverse=True)
    labels = sorted([*data.get("meta_labels", []), *data.get("meta_labels_intl", [])], key=len, reverse=True)  # "Omfattning:", "Arbeitsort:" too

    def phrases(key: str) -> tuple[str, ...]:  # compared with text lower-cased and with ’ as '; other languages' twins ("…_intl") too
        return tuple(p.lower().replace("’", "'") for p in [*data.get(key, []), *data.get(key + "_intl", [])])

    return _Vocab(
        duty_verb=fastre.compile(r"^(?:[A-Za-z]+ly,?\s+)?(?:" + "|".join(map(re.escape, forms)) + r")\b", re.I),
        duty_bases=frozenset(v.lower() for v in data.get("duty_verbs", [])),
        duty_phrases=phrases("duty_phrases"),
        not_duty=phrases("not_duty"),
        hooks=tuple(p.lower() for p in data.get("hook_starts", [])),
        cues=phrases("summary_cues"),
        strong_cues=phrases("strong_summary_cues"),
        meta=fastre.compile(r"(?:" + "|".join(re.escape(l).replace(r"\ ", r"\s+") for l in labels) + r")\s*[:#\-]", re.I),
        not_item=(phrases("not_item_starts"), phrases("not_item_phrases"), phrases("not_item_ends")),
    )


# --------------------------------------------------------------------------- splitting

BULLET_RE = fastre.compile(r"(?:[" + BULLET_GLYPHS + r"]\ufe0f?|â€¢|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=[ \t]+[A-Z])(?![ \t]+(?:Years?|Yrs|Months?|Weeks?|Days?|Hours?|Million|Billion|GPA|CGPA)\b)|\(?\d{1,2}[.)]|0[1-9](?=[ \t]+[A-Z0-9])|\(?(?:[a-zA-Z]|i{2,3}|iv|vi{1,3}|ix|I{2,3}|IV|VI{1,3}|IX)[.)])[ \t]+|--[ \t]*(?=[A-Z])|-(?=[^\W\d_])|[•▪◦●○■□➢➤►‣⁃✓✔](?=[A-Z])|" + CJK_LIST_MARK + r"[ \t]*(?=\S)")  # â€¢: a bullet in mojibake; "2.1 Inspect …": a section's outline number (not "2.5 Years …"); "•Promotes …", "-Tävlingsinriktad …": a glyph glued to its item; "01 INSTALL Z/OS": a screen's zero-padded item number; the marks of Chinese and Japanese lists (``sections.CJK_LIST_MARK``)
_ABBREVIATIONS = frozenset(
    "e.g i.e etc inc ltd co corp dr mr mrs ms vs approx no st jr sr mt ft dept est min max incl fig al u.s u.k u.s.c ph.d b.s m.s".split()
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


MIN_CLAUSES = 3
MAX_CLAUSE_WORDS = 30
_CLAUSE_SPLIT_RE = fastre.compile(r"(?<!&amp)(?<!&lt)(?<!&gt)(?<!&quot)(?<!&nbsp)(?<!&#39);[ \t]*(?:-[ \t]+)?(?:and[ \t]+)?")  # not an HTML entity's ";"


# A first clause whose verb takes the later clauses as its objects: "Specialized experience includes planning …;
# identifying …; AND ensuring …" is one requirement.
_LEAD_IN_RE = fastre.compile(r"\w+ \w+ \w+[^:;]*: |\bincluding\b|\b(?:includes?|involves?)\b|\bsuch as\b[ \t]*(?::|$)", re.I)  # not "Web caching such as Squid; …"


MAX_PAIR_CLAUSE_WORDS = 6  # two ';' clauses this short are two items
_NEEDS_NOTHING_RE = fastre.compile(r"(?i)\bnot[ \t]+(?:required|needed|necessary|essential|mandatory)\b")  # "Dutch is not required"


def _clauses(text: str, spans: list[Span]) -> list[list[Span]]:
    """An item that lists independent qualifications or duties separated by ';' ("Strong
    analytics; advanced Excel; …; and clear writing"), one item per clause (a leading "and"
    left out).  Two clauses (unless both are short: "Fluent Bahasa Indonesia and Javanese; working English"), a long
    clause or a one-word one, or a ';' inside brackets, keep the item whole.
    """
    if len(spans) != 1:
        return [spans]
    s, e = spans[0]
    if ";" not in text[s:e]:
        return [spans]
    parts = _semicolon_parts(text, s, e)
    short_pair = len(parts) == 2 and all(2 <= len(text[ps:pe].split()) <= MAX_PAIR_CLAUSE_WORDS and not _NEEDS_NOTHING_RE.search(text, ps, pe) for ps, pe in parts) \
        and marks_preferred(text[parts[0][0] : parts[0][1]]) == marks_preferred(text[parts[1][0] : parts[1][1]])  # (a required and a preferred clause: _mixed_split's)
    if (len(parts) < MIN_CLAUSES and not short_pair) or any(not 2 <= len(text[ps:pe].split()) <= MAX_CLAUSE_WORDS for ps, pe in parts):
        return [spans]  # (two short clauses are two items: "Fluent Bahasa Indonesia and Javanese; working English")
    if _DEFINED_LABEL_RE.match(text, s, e):
        return [spans]  # "Problem Solving - Identifies problems; determines …; uses …": one competency and its definition
    if _LEAD_IN_RE.search(text, parts[0][0], parts[0][1]):
        return [spans]  # "Assist the plumber with these tasks: fit…; repair…", "…, including: x; y; z" is one item
    if any(_OR_START_RE.match(text, ps, pe) for ps, pe in parts[1:]):
        return [spans]  # "A diploma and 1 year of practice; OR a degree; OR a BSN": alternatives, one requirement
    return [[p] for p in parts]


_OR_START_RE = fastre.compile(r"(?:or|OR|Or)\b")
_DEFINED_LABEL_RE = fastre.compile(r"[A-Z][\w'’/&-]*(?:[ \t]+(?:[A-Z][\w'’/&-]*|and|of|to|for)){0,4}[ \t]+[-–][ \t]+[A-Z]")


_ANSWER_RE = fastre.compile(r"(?i)yes|no|skip|n/?a|maybe|not sure")
_BARE_LABEL_RE = fastre.compile(r"(?i)(?:or|and)[ \t,]*\(?(?:\d{1,2}|[a-h])[.)]\)?\.?")  # an enumeration's label and its joining word, nothing more
_CAPS_JOINER_RE = fastre.compile(r"(?:OR|AND)[ \t]+(?=[A-Z(])")  # an alternative's joining word in capitals, opening the item
_JOINER_END_RE = fastre.compile(r"(?:[;,]|[;,]?[ \t]+(?:or|and))[ \t]*$")


def _joined(text: str, spans: list[Span] | tuple[Span, ...]) -> str:
    """The text of ``spans`` with runs of white space made one space; spans that touch
    (a cut the item healed again, "ServiceTitan", "ETAs") are joined without one, as the
    page wrote them."""
    out: list[str] = []
    prev_end = -1
    for s, e in spans:
        piece = " ".join(text[s:e].split())
        if out and s != prev_end:
            out.append(" ")
        out.append(piece)
        prev_end = e
    return "".join(out).strip()


def _item(text: str, spans: list[Span]) -> Optional[Item]:
    s, e = spans[-1]
    m = _JOINER_END_RE.search(text, s, e)  # "…in a related area; or": the join to the next item
    if m and (m.group().strip()[:1] in ";," or text[s:m.start()].rstrip().endswith((";", ","))):
        spans = [*spans[:-1], _strip(text, s, m.start())]
        s, e = spans[-1]
        while e > s and text[e - 1] in ";,":
            e -= 1
        spans[-1] = (s, e)
    value = _joined(text, spans)
    if not value or not any(ch.isalpha() for ch in value) or _BARE_LABEL_RE.fullmatch(value):  # "2.", "OR 2." left by a cut is no item
        return None
    if _ANSWER_RE.fullmatch(value):  # "Yes" / "No" / "Skip": a board's screening question's answer buttons
        return None
    lead = _CAPS_JOINER_RE.match(text, *spans[0])
    if lead is not None:  # "OR Possess a master's degree …": the capitals join two alternatives; the item is what follows
        spans = [(lead.end(), spans[0][1]), *spans[1:]]
        value = _joined(text, spans)
    skill = _SKILL_LEVEL_LEAD.match(text, *spans[0])
    if skill is not None:  # "Systems Design (Practitioner) - Designs systems …": a skills framework's name and level over what is asked
        rest = _strip(text, skill.end(), spans[0][1])
        opens = skill.group().rstrip(" \t\u00a0")[-1:] in "-–—\x96:"
        if rest[1] <= rest[0] and len(spans) == 1 and opens:
            return None  # the skill's name and level alone, a dash after them: a heading over its description
        described = rest[1] > rest[0] and (opens or text[rest[0]].isupper())  # ("… (Practitioner) required" is one requirement)
        if described or rest[1] <= rest[0] and len(spans) > 1 and opens:  # (a certificate's level alone stays: "… certification (Practitioner)")
            spans = [rest, *spans[1:]] if rest[1] > rest[0] else list(spans[1:])
            value = _joined(text, spans)
    return Item(value, tuple(spans))


# a skills framework's skill with its level (the UK government's DDaT and SFIA profiles: "Awareness", "Working",
# "Practitioner", "Expert"), then a dash, a colon or a gap before the description
_SKILL_LEVEL_LEAD = fastre.compile(
    r"[A-Z][^()\n:.]{2,80}?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?\((?:Awareness|Working|Practitioner|Expert)(?:[ \t]+[Ll]evel)?\)[ \t\u00a0]*(?:[-–—\x96:][ \t\u00a0]*)?"
)


def split_items(text: str, start: int, end: int, *, glued: bool = False) -> list[Item]:
    """Split a section body ``text[start:end]`` into list items.

    Bullets win (also bullets in mid-line, "…ethic• Live near…"); else one item per line;
    a single paragraph (or an overlong multi-sentence line) gives one item per sentence.
    Intro lines ending in ':', sub-headings ("Personality Traits" over bullets) and
    "Label: value" metadata lines are skipped.

    Args:
        text, start, end: the document text and the body's bounds.
        glued: the body is known to be a list (a qualifications or duties section), so
            items glued by a scrape are cut at one visible join ("…plusExperience…").
    """
    return [item for item, _ in split_marked(text, start, end, glued=glued)]


# A sentence leading into what the selection assesses: "We will be assessing your experience and specialist technical skills
# against the following skills defined in the … Framework."
_ASSESS_LEAD_RE = fastre.compile(r"(?i)\b(?:assess(?:ed|ing)?|evaluat(?:e|ed|ing)|test(?:ed|ing)?)\b[^.;:]{0,80}\bagainst\b[^.;:]{0,40}\b(?:following|below)\b")


_SUBJECT_TO_CHECK_RE = fastre.compile(r"(?i)\bwill\s+be\s+subject\s+to\b")


def _stated_spans(text: str, spans: list[Span]) -> Iterator[Span]:
    """The sentences among ``spans`` that state a requirement (:func:`states_requirement`) or mark themselves preferred
    (:func:`_marks_preferred_sentence`; routing then moves them to preferred), and the clause of one that
    states the right to work, a citizenship or a residence period (:func:`eligibility_clause`). A check the employer runs after the
    offer ("The successful applicant will be subject to an enhanced DBS check.") asks nothing of the hire yet."""
    for span in spans:
        if _SUBJECT_TO_CHECK_RE.search(text, span[0], span[1]):
            continue
        sentence = text[span[0] : span[1]]
        if states_requirement(sentence) or _marks_preferred_sentence(sentence):
            yield span
            continue
        clause = eligibility_clause(text, Item(sentence, (span,)))
        if clause is not None:
            yield from clause.spans


def _duty_marks_preferred(item: str) -> bool:
    """Whether an item of a duties list marks itself preferred ("Till tjänsten är det meriterande med …", "Grade 12
    preferred but not required"), not by a duty's closing "… where beneficial" (which the clipped-note reading of a
    qualification takes as a mark) nor by a joining "Plus" ("Plus we're fun people as well!")."""
    lead = _STATED_LEAD_RE.match(item)
    return marks_preferred(item[lead.end() if lead else 0 :]) and not _BARE_HELPFUL_RE.search(item)


def _marks_preferred_sentence(sentence: str) -> bool:
    """Whether a short sentence marks itself, as a whole, as a preferred qualification ("Tidigare erfarenhet av
    X är meriterande.", "Erfahrung mit Y ist von Vorteil."), not by a duty's closing "… where helpful" nor by a
    benefit's bare noun ("…, plus an annual performance bonus.")."""
    end = _PREFERRED_END_RE.search(sentence)
    return (
        len(sentence.split()) <= MAX_STATED_WORDS
        and not (end and end.group("mark").strip().lower() == "bonus")
        and marks_preferred(sentence)
        and not _BARE_HELPFUL_RE.search(sentence)
        and not company_voice(sentence)
    )


def split_marked(text: str, start: int, end: int, *, glued: bool = False) -> list[tuple[Item, Optional[str]]]:
    """Like :func:`split_items`, each item with the kind of the in-list sub-heading above it.

    The kind is that of a known heading phrase, or of the keywords of a short intro ending in
    ':' ("Bonus points for:" → ``preferred_qualifications``), else None.
    """
    vocab = _vocab()
    lines: list[tuple[int, int, bool, bool]] = []  # (start, end, blank before, bulleted)
    carried = False
    raw = list(_lines(text, start, end))
    cut_glue = glued and not _page_wrapped(text, raw)  # a page's hard wrap kept the line breaks: "PowerPlatform" is a name, not two items
    for s, e, blank in raw:
        if vocab.meta.match(text, s, e) and e - s < 80:
            carried = carried or blank  # the blank line above a skipped label line still parts blocks
            continue
        blank, carried = blank or carried, False
        for k, (us, ue, bullet) in enumerate(_units(text, s, e, cut_glue)):
            for j, (ps, pe) in enumerate(_intro_paragraph(text, us, ue) if not bullet else [(us, ue)]):
                lines.append((ps, pe, blank and k == 0 and j == 0, bullet))
    if not lines:
        return []
    out: list[tuple[Item, Optional[str]]] = []
    sub: Optional[str] = None

    def emit(spans: list[Span]) -> None:
        nonlocal sub
        if _ASSESS_LEAD_RE.search(" ".join(text[s:e] for s, e in spans)):
            sub = PROCESS_KIND  # "We will be assessing your experience … against the following skills …": the criteria below are the selection's
            return
        for part in _clauses(text, spans) if glued else [spans]:
            item = _item(text, part)
            if item is not None:
                out.append((item, sub))

    stated_after: list[Span] = []
    if any(b for *_, b in lines):
        current: list[Span] = []
        last_bullet = max(i for i, line in enumerate(lines) if line[3])
        if sum(1 for *_, b in lines if b) >= MIN_LIST_BULLETS:
            # prose after a blank line below the list ("Ref: HC-22", "Interviews are…") is not an item, but for the
            # requirements it states ("A bachelor's degree … is required.", "Som person är du engagerad …", "Sie verfügen über …")
            tail = next((i for i in range(last_bullet + 1, len(lines)) if lines[i][2] or (i == last_bullet + 1 and _prose_below(text, lines, i))), None)
            if tail is not None:
                stated_after = [sp for ts, te, *_ in lines[tail:] for sp in _stated_spans(text, sentences(text, ts, te))]
                lines = lines[:tail]
            lines = lines[_lead_in_end(text, lines):]
        width = _block_width(lines)
        openers = _lower_openers(text, lines)
        prose: list[Span] = []  # a paragraph beside the bullets that the page hard-wrapped over several lines

        def flush_prose() -> None:
            if len(prose) > 1:
                emit(list(prose))
            else:
                for span in (_line_units(text, *prose[0]) if prose else []):
                    emit([span])
            prose.clear()

        for i, (s, e, blank, is_bullet) in enumerate(lines):
            next_bullet = i + 1 < len(lines) and lines[i + 1][3]
            if prose and (is_bullet or blank or not _wrapped_on(text, prose[-1], (s, e), width, openers=openers)):
                flush_prose()
            elif prose:
                prose.append((s, e))
                continue
            if not is_bullet and not (current and not blank and broken_by_wrap(text[current[-1][0] : current[-1][1]])):
                head = _subheading(text[s:e], next_bullet, blank or i == 0, first=i == 0)
                if head is not False:
                    if current:
                        emit(current)
                        current = []
                    sub = PROCESS_KIND if is_process_text(text[s:e]) else head or sub
                    continue
            if is_bullet:
                if current:
                    emit(current)
                bs, _ = _debullet(text, s, e)
                current = [(bs, e)] if bs < e else []
            elif current and not blank and not _LINE_NOTE_RE.match(text, s, e):
                current.append((s, e))  # a wrapped bullet ("NOTE: …" below the last one is no part of it)
            else:
                if current:
                    emit(current)
                    current = []
                prose.append((s, e))
        flush_prose()
        if current:
            emit(current)
        sub = "minimum_qualifications" if stated_after else sub
        for span in stated_after:
            emit([span])
    elif len(lines) == 1:
        s, e, _, _ = lines[0]
        if _subheading(text[s:e], False) is False:
            for span in _options_whole(text, sentences(text, s, e)):
                emit([span])
    else:
        shaped = _sentence_list(text, lines)
        duties = _duty_block(text, lines)
        width = _block_width(lines)
        stops_close = _stops_close_items(text, lines, width)
        openers = _lower_openers(text, lines)
        wrapped: list[Span] = []  # a sentence the page hard-wrapped over several lines (a PDF's text, an email)

        def flush() -> None:
            if len(wrapped) > 1:
                emit(list(wrapped))
            else:
                for span in (_line_units(text, *wrapped[0]) if wrapped else []):
                    emit([span])
            wrapped.clear()

        for i, (s, e, blank, _) in enumerate(lines):
            if wrapped and (not blank or text[s:s + 1].islower()) and _wrapped_on(text, wrapped[-1], (s, e), width, stops_close, openers):  # (a page break's blank line)
                wrapped.append((s, e))
                continue
            flush()
            head = _subheading(text[s:e], False, blank or i == 0, first=i == 0)
            if head is False and ((shaped and _label_row(text, lines, i)) or _group_label(text, lines, i) or (duties and _theme_label(text, lines, i))):
                head = _heading_kind(text[s:e])  # "Customer Service" over sentences: a sub-block of the list
            if head is not False:
                sub = PROCESS_KIND if is_process_text(text[s:e]) else head or sub
                continue
            wrapped.append((s, e))
        flush()
    return out


MIN_LEAD_IN_WORDS = 8  # a shorter unbulleted first line may be an item whose bullet a scrape lost
MAX_LEAD_IN_WORDS = 50  # a longer paragraph above the bullets holds items of its own (a federal notice's prose)
MAX_LEAD_IN_SENTENCES = 2
_MUST_RE = fastre.compile(r"(?i)\b(?:must|required|essential|mandatory)\b")  # "Each candidate must … have obtained …": a requirement, not a lead


def _lead_in_end(text: str, lines: list[tuple[int, int, bool, bool]]) -> int:
    """How many lines at the top of a bulleted list are the sentences that lead into it ("As a site foreman you lead our
    crews.", "Für unser Büro suchen wir …"): prose of eight words or more ending a sentence right above the first
    bullet, no part of the list; 0 when the list opens otherwise."""
    first = next(i for i, line in enumerate(lines) if line[3])
    if first == 0 or lines[first][2]:
        return 0
    lead = " ".join(text[s:e] for s, e, *_ in lines[:first]).strip()
    said = sentences(lead, 0, len(lead))
    if not lead.endswith((".", "!")) or not MIN_LEAD_IN_WORDS <= len(lead.split()) <= MAX_LEAD_IN_WORDS or len(said) > MAX_LEAD_IN_SENTENCES \
            or _MUST_RE.search(lead) or any(states_requirement(lead[a:b]) or marks_preferred(lead[a:b]) for a, b in said) or any(_subheading(text[s:e], False, blank, first=i == 0) is not False for i, (s, e, blank, _) in enumerate(lines[:first])):
        return 0
    return first


# A hard wrap: the line before runs to (near) the block's width and stops mid-sentence, and the next
# line goes on in lower case ("…present evidence in a clear, compelling" / "and concise manner.").
MIN_WRAP_WIDTH = 55
WRAP_SHARE = 0.8
WIDTH_OUTLIERS = 0.2
WRAP_LIMIT = 1.15  # a wrapped line runs to about the width, a unit cut from a glued line to any length
MAX_PAGE_WIDTH = 120  # a page or a PDF wraps its lines at fewer characters than this
WRAPPED_SHARE = 0.5  # in a hard-wrapped block, this share of the lines at least runs to the width


def _block_width(lines: list[tuple[int, int, bool, bool]]) -> int:
    """The width a block was wrapped at: its longest lines but for the top :data:`WIDTH_OUTLIERS` share
    (a PDF's text runs two lines into one where a hyphen broke a word, "…crosscompany collaboration and
    teamwork", so the very longest line overstates the width)."""
    widths = sorted((e - s for s, e, *_ in lines), reverse=True)
    return widths[int(len(widths) * WIDTH_OUTLIERS)]


def _wrapped_on(text: str, before: Span, line: Span, width: int, stops_close: bool = False, openers: frozenset[str] = frozenset()) -> bool:
    """Whether ``line`` continues the sentence of the line ``before`` it, which the page wrapped at
    about ``width`` characters (:func:`_block_width`): ``before`` is at least
    :data:`WRAP_SHARE` of that width (and :data:`MIN_WRAP_WIDTH`), is not closed by a stop, a colon
    or a semicolon, and ``line`` opens with a lower-case letter, or (``before`` within :data:`WRAP_LIMIT` of the width, as
    a wrapped line is and a unit cut from a glued line need not be) with a bracket or after a word no item
    ends with ("using", "the", "and") or on a comma. A line of up to three words closed by a full stop
    ("quality outcomes.", "Technology.") below a long open line is that sentence's end. Short unpunctuated lines in lower
    case ("strong SQL" / "experience with Python") are items of their own. A line that ends on '&' or '/' or leaves a
    bracket open ("…Programming (OOP)/", "…(e.g., through an Architecture Review") goes on below, and so does any open
    line when the block's items are closed by stops (``stops_close``, :func:`_stops_close_items`). A line opening with one of
    ``openers`` (:func:`_lower_openers`) after a line that is not open starts an item."""
    prev = text[before[0] : before[1]].rstrip()
    nxt = text[line[0] : line[1]].lstrip()
    if openers and (m := _LOWER_WORD_RE.match(nxt)) and m.group() in openers and not _open_line(prev):
        return False  # "deliver analysis …" / "collect relevant data …": items that open in lower case (:func:`_lower_openers`)
    if width >= MIN_WRAP_WIDTH and len(prev) >= MIN_WRAP_WIDTH and prev[-1:] not in ".!?:;," and _TAIL_RE.fullmatch(nxt):
        return True  # "…achieve functional and non-functional" / "quality outcomes.": the last words of the sentence
    return (
        width >= MIN_WRAP_WIDTH
        and len(prev) >= max(MIN_WRAP_WIDTH, WRAP_SHARE * width)
        and prev[-1:] not in ".!?:;"
        and (nxt[:1].islower() or ((nxt[:1] == "(" or stops_close or _open_line(prev)) and len(prev) <= WRAP_LIMIT * width))
    )


MIN_REPEATED_LOWER_OPENER = 2
MIN_VERB_FORM_LINES = 3  # lines opening with duty verbs of one form that make it the items' form, whatever the first line's
_LOWER_WORD_RE = fastre.compile(r"[a-z][a-z'’-]*")


def _verb_form(word: str) -> Optional[str]:
    """The form of a duty verb ``word`` ("deliver" → "base", "designing" → "ing", "leads" → "s"), or None."""
    bases = _vocab().duty_bases
    if word in bases:
        return "base"
    if word.endswith("ing") and (word[:-3] in bases or word[:-3] + "e" in bases or (len(word) > 5 and word[-4] == word[-5] and word[:-4] in bases)):
        return "ing"
    if word.endswith("s") and (word[:-1] in bases or (word.endswith("es") and word[:-2] in bases)):
        return "s"
    return None


def _lower_openers(text: str, lines: list[tuple[int, ...]]) -> frozenset[str]:
    """The lower-case words that open the items of a block whose items open in lower case: the block's first line opens
    in lower case, and a word opening :data:`MIN_REPEATED_LOWER_OPENER` or more lines ("experience with …" /
    "experience of …"), or a duty verb in the form of the first line's ("deliver analysis …" / "collect data …",
    "developing microservices …" / "designing APIs …") or of :data:`MIN_VERB_FORM_LINES` lines, opens an item of its
    own, not a wrapped line's rest; a function word ("and …", "with …") never does."""
    words = [m.group() if (m := _LOWER_WORD_RE.match(text, s, e)) else "" for s, e, *_ in lines]
    if len(words) < 2 or not words[0]:
        return frozenset()
    counts: dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    forms = [_verb_form(w) for w in words]
    kept = {forms[0]} | {f for f in forms if forms.count(f) >= MIN_VERB_FORM_LINES}  # "become familiar …" / "create …" / "understand …" / "work with …"
    kept.discard(None)
    return frozenset(
        w
        for w, f in zip(words, forms)
        if w and w not in _CHIP_FUNCTION_WORDS and (counts[w] >= MIN_REPEATED_LOWER_OPENER or f in kept)
    )  # "and …", "the …", "with …" go on with the line above


MIN_PROSE_BELOW_WORDS = 4
_LABEL_VALUE_BELOW = re.compile(r"[^\W\d_][\w'’/&() -]{0,40}?[ \t]?:[ \t]+\S")  # a board's "Label: value" line
MAX_LABEL_BELOW_WORDS = 5


def _prose_below(text: str, lines: list[tuple[int, int, bool, bool]], i: int) -> bool:
    """Whether line ``i``, right below a list's last bullet with no blank line between (a scrape dropped it),
    is prose after the list, as a blank line would have shown: a sentence of its own (a capital, at least
    :data:`MIN_PROSE_BELOW_WORDS` words, closed by a stop, not indented) or a board's "Label: value" line, under
    items that no stop closes, the last of them not open ("…is a plus" / "We work from our West Loop office
    Tuesday through Thursday.", "…is a plus" / "Type d'emploi : CDI, Temps plein")."""
    s, e, _, _ = lines[i]
    line = text[s:e].strip()
    label = _LABEL_VALUE_BELOW.match(line)
    labelled = label is not None and len(line[: label.end()].split(":")[0].split()) <= MAX_LABEL_BELOW_WORDS  # "Type of contract: Permanent"
    if not line[:1].isupper() or not labelled and (line[-1:] not in ".!?" or len(line.split()) < MIN_PROSE_BELOW_WORDS):
        return False
    if text[text.rfind("\n", 0, s) + 1 : s + 1][:1] in " \t":  # an indented line hangs under its bullet
        return False
    items = [text[bs:be].rstrip() for bs, be, _, bullet in lines[:i] if bullet]
    return not any(item[-1:] in ".!?;" for item in items) and not _open_line(items[-1])


def _open_line(line: str) -> bool:
    """Whether ``line`` stops where no item ends: on a comma, a joining word, '&' or '/', or inside a bracket."""
    return (
        _COMMA_END_RE.search(line) is not None
        or _OPEN_END_RE.search(line) is not None
        or line.endswith(("&", "/"))
        or line.count("(") > line.count(")")
    )


def _page_wrapped(text: str, lines: list[tuple[int, ...]]) -> bool:
    """Whether a block of :data:`MIN_SHAPED_LINES` lines or more was hard-wrapped by a page: its width
    (:func:`_block_width`) is a page's, at most :data:`MAX_PAGE_WIDTH` characters, :data:`WRAPPED_SHARE` of
    its lines run to it, and a sentence visibly goes on from one line to the next in lower case (lines of
    about one length, each opening with a capital, are a scrape's items)."""
    if len(lines) < MIN_SHAPED_LINES:
        return False
    width = _block_width(lines)
    return (
        MIN_WRAP_WIDTH <= width <= MAX_PAGE_WIDTH
        and sum(1 for s, e, *_ in lines if e - s >= WRAP_SHARE * width) >= WRAPPED_SHARE * len(lines)
        and any(text[s:s + 1].islower() and text[ps:pe].rstrip()[-1:] not in ".!?:;" for (ps, pe, *_), (s, e, *_) in zip(lines, lines[1:]))
    )


def _stops_close_items(text: str, lines: list[tuple[int, int, bool, bool]], width: int) -> bool:
    """Whether a block the page hard-wrapped (:func:`_page_wrapped`) holds items that are sentences closed by a
    stop: two or more lines end on one, and every line that stops short of the width (:data:`WRAP_SHARE`), as an item's
    last line does, ends on one, leaving out short labels and intros (":"). Then a line running to the width
    without a stop is wrapped, whatever the case of the next line ("…to design, implement, and develop" /
    "SharePoint Online and Power Platform …"). A scraped block, one item a line of any length, is not wrapped."""
    if not _page_wrapped(text, lines):
        return False
    closed = 0
    for s, e, *_ in lines:
        line = text[s:e].rstrip()
        if _SENTENCE_END_RE.search(line):
            closed += 1
        elif len(line) < WRAP_SHARE * width and len(line.split()) > MAX_LABEL_ROW_WORDS and not line.endswith((":", "：")):
            return False
    return closed >= 2


# A line that stops on a word no item ends with: the sentence goes on below, whatever the next line's case
# ("…with lots of experience using" / "Typescript and React.", "…complying with the Web" / "Content Accessibility …").
_OPEN_END_RE = fastre.compile(r"(?i)\b(?:and|or|the|of|to|with|using|for|in|a|an|such as|including|like|on|by|from|via|into|within|across)$")
_TAIL_RE = fastre.compile(r"[\w'’&/-]+(?:[ \t]+[\w'’&/()-]+){0,2}[.)]")
_COMMA_END_RE = fastre.compile(r"[\w)],$")  # "…Service Level Indicators (SLIs)," / "Service Level Objectives …"; not a quoted value's '",'


# ("Étudiant·e": a word written for all; "상해·질병", "企画・実施": an interpunct between two CJK words)
_INLINE_BULLET_RE = fastre.compile(r"[•▪◦●○■□➢➤►‣⁃✓✔]|·(?!(?:e|ne|le|euse|rice|trice|ère|ière|s)(?![^\W\d_]))(?:(?<![\u3040-\u9fff\uac00-\ud7af]·)|(?![\u3040-\u9fff\uac00-\ud7af]))|â€¢")
_SPACED_INTRO_RE = fastre.compile(r"(?P<intro>[^:;.\n]*\b(?:following|include|includes|including|below))[ \t]*[:：][ \t]+(?=[A-Z])", re.I)
_NOTE_LABEL = r"(?:NOTE|Note|PLEASE NOTE|Please note|N\.B\.)[ \t]*:"
_INLINE_NOTE_RE = fastre.compile(r"(?<=[.!?] )" + _NOTE_LABEL)
_LINE_NOTE_RE = fastre.compile(_NOTE_LABEL)
# A '-' bullet glued to the end of the item before it (the scrape lost the line break):
# "…constantly learn- a ton of ambition- storytelling…"; not "well- known" (taken only 3+ times).
_GLUED_DASH_RE = fastre.compile(r"(?<=[A-Za-z0-9)\]:.;])-[ \t]+(?=[A-Za-z])")  # "…media)- Database …", "… for PR- Community …", "…usability;- Identify …"
MIN_GLUED_DASHES = 3
# The same with no space, each item opening with a capitalised word: "…core values-Train and coach…-Develop…".
# Items a scrape joined with a bare comma, each opening with a capital ("…in a tech startup,Be ambitious,Have a degree"):
# a comma with no space before a capitalised phrase is a lost line break, not a list inside a sentence
_TIGHT_COMMA_RE = fastre.compile(r"(?<=[a-z)]),(?=[A-Z][a-z]+ [a-z])")
_TIGHT_DASH_RE = fastre.compile(r"(?:^|(?<=[a-z]{3})|(?<=[a-z][.!):])|(?<=[a-z] )|(?<=…))[-–](?=[A-Z][a-z]+ [a-z]|\d{1,2}\+?[ \t]?(?:years?|yrs)\b)")  # also "…will involve:-Providing …", "…journey plan–Take orders …"
_INLINE_DASH_RE = fastre.compile(r"(?:^|(?<=[\s.;:]))--[ \t]?(?=[A-Z])")
_GLUED_INTRO_RE = fastre.compile(r"[:：](?=[ \t]*[•▪◦●○■□➢➤►‣⁃✓✔·]|[A-Z]|[ \t]*\(?1[.)][ \t]|\d{1,2}\+?[ \t]?(?:years?|yrs)\b)")  # also "…useful:2 years as …"
# An enumeration run into one line: "1. A degree…; or 2. An associate degree…", "(1) U.S. citizenship. (2) …".
_INLINE_NUMBER_RE = fastre.compile(r"(?:^|(?<=[\s.;:,]))(?:\((?P<p>\d{1,2})\)|(?P<n>\d{1,2})[.)])[ \t]+(?=[\"“(]?[A-Za-z])")
# Joins the glue repair leaves alone but a list shows: "…etc.A love for…", "…Graph)Up to date…",
# "…HTML5/CSS3Knowledgeable…".
_EXTRA_JOIN_RE = fastre.compile(
    r"(?:(?<=[a-z]{2}[.!?])|(?<=[a-z0-9]\)))(?=(?:A|An|I|It|Up|In|On|At|As|If|No|To|Be|By|We) [a-z])"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z]{2,5} [a-z])|(?<=[a-z]{3})(?=[A-Z]{2,5} [a-z])"  # "…person.BS degree…", "…a plusSAP skills…"
    r"|(?<=&[A-Z])(?=[A-Z][a-z]{2})"  # "…FP&APartner with…"
    r"|(?:(?<=[A-Za-z]{2})|(?<=[a-z]{2}\.))(?=\d{1,2}\+?\s?(?:-\s?\d{1,2}\s?)?(?:years?|yrs)\b)"  # "…related field4+ years…", "…required.3+ years…"
    r"|(?<=[A-Za-z0-9]\))(?=[A-Z][a-z]+ [a-z])"  # "…CMS systems (CQ)Programming knowledge…"
    r"|(?<=[a-z]{3})(?=(?:A|An|It) [A-Za-z])|(?<=[A-Z]\d)(?=[A-Z][a-z]{2})"
    r"|(?<=[a-z]{4})(?=(?:At|In|On|As|To|By|Be|Up)[ -][a-z]{2})"  # "…or similarAt least 2 years…", "…testingIn-depth knowledge…"
    r"|(?<=[a-z]\.\))(?=[A-Z][a-z]{2})|(?<=[0-9a-f]{8}#)(?=[A-Z][a-z]{2})"  # "…etc.)Genuine…", "…#URL_…#Awareness…"
    r"|(?<=[A-Z]{2})(?=(?:You|Your|We|Our|The|This|It|In|As|At|On|If|To|Be|By) [a-z])"  # "…SQLYou are comfortable…"
    r"|(?<=[a-z]{3})(?=(?:You|Your|We|Our|If) [a-z])"  # "…travel in EU regionWe would appreciate…", "…clean driving recordIf you can …"
    r"|(?<=[A-Za-z][’']s)(?=[A-Z][a-z]{2})"  # "…Resourcing CV’sAdvertising…"
)
_WORD_AT_RE = fastre.compile(r"[\w'’-]*")
_WORD_BEFORE_RE = fastre.compile(r"[A-Za-z]+$")
_CAPITAL_WORD_RE = fastre.compile(r"[A-Z][a-z]*$")
_NAME_ENUM_RE = fastre.compile(r",? (?:or|and|&) [A-Z]")


_CAMEL_PART_RE = fastre.compile(r"[A-Z][a-z]+")


def _repeated_compound(text: str, left: str, word: str) -> bool:
    """Whether the capitalised compound across a join ("Market|Invoice", "Biz|Reach's") occurs
    twice or more in the posting: two items glued at the same pair of words twice do not happen,
    a company's CamelCase name does ("MarketInvoice", "BizReach", "DocDoc")."""
    head = _CAPITAL_WORD_RE.search(left)
    tail = _CAMEL_PART_RE.match(word)
    if head is None or tail is None or len(head.group()) < 2 or tail.group() in _ITEM_OPENERS:
        return False  # "…of Healthy SpotMust have…" twice: an item's opener, not part of a name
    return text.count(head.group() + tail.group()) >= 2


@cache
def _tool_words() -> frozenset[str]:
    """The one-word names of the skills taxonomy ("restful", "websphere", "quickbooks"), lower case."""
    return frozenset(w for t in taxonomy.terms() for w in _TOOL_WORD_RE.findall(t.term) if len(w) >= MIN_TOOL_WORD)


_TOOL_WORD_RE = fastre.compile(r"[a-z]+")
MIN_TOOL_WORD = 6
_LETTERS_BEFORE_RE = fastre.compile(r"[A-Za-z]+$")
_LETTERS_AT_RE = fastre.compile(r"[A-Za-z]*")


def _tool_name_at(line: str, p: int) -> bool:
    """Whether the letters run across ``p`` spell one tool name the world writes as one word
    ("RESTful", "WebSphere", "QuickBooks"): a product's internal capital, not a lost line break."""
    left = _LETTERS_BEFORE_RE.search(line, max(0, p - 30), p)
    right = _LETTERS_AT_RE.match(line, p)
    if left is None or not right.group():
        return False
    return (left.group() + right.group()).lower() in _tool_words()


_PLURAL_S = frozenset(f"{c}s" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _item_join(line: str, p: int, text: str = "") -> bool:
    """Whether the join at ``p`` ends one item and starts the next, rather than being a
    capitalised compound name ("ProtoPie", "ServSafe Food", "PhoneGap, MODx").

    When the word before the join is itself capitalised, the next item must go on as a
    phrase: the capitalised word after the join is followed by a space and a lower-case word,
    unless both words are long ("DevelopmentInterviewing": names join short parts).
    """
    word = _WORD_AT_RE.match(line, p)
    if word.group()[:1].isdigit():
        return True  # "…in Finance or Accounting5+ years…": a count of years starts the next item
    after = line[word.end() : word.end() + 2]
    left = _WORD_BEFORE_RE.search(line, max(0, p - 40), p)
    if after[:1] == "/" and left and left.group().islower() and len(left.group()) >= 4:
        return True  # "…not necessaryCanada/US passport holders…": a plain word runs into the next item
    if after[:1] in (",", ")", "/", ""):
        return False
    if word.group() in _PLURAL_S and left and left.group().isupper():
        return False  # "…payments from ERAs and paper EOBs": an acronym's plural, not "ER" and an item "As …"
    if _tool_name_at(line, p):
        return False
    if left and left.group().isupper() and (text or line).count(left.group() + word.group()) >= 2:
        return False  # "…through CDAnet and …", "Knowledge of CDAnet …": an acronym's product name the posting writes twice
    if left and left.group()[0].isupper() and not left.group().isupper():
        if word.group().isupper():  # "NeurIPS", "MySQL": a name, not "…a plusSAP skills"
            return False
        if _repeated_compound(text or line, left.group(), word.group()):
            return False  # "…the MarketInvoice product … via the MarketInvoice platform": a brand the line names again
        if len(_CAPITAL_WORD_RE.search(left.group()).group()) >= 7 and len(word.group()) >= 6:
            return True  # "…Business DevelopmentInterviewing Candidates…": two long words, no name
        if _NAME_ENUM_RE.match(line, word.end()):
            return False  # "…prototype in ProtoPie or Principle": a name enumerated with another name
        return len(after) == 2 and after[0] == " " and after[1].islower()
    return True


_HEADING_FORM_RE = fastre.compile(r"[.,;!?()\d$£€₹%/]")
MAX_INTRO_WORDS = 12
MAX_LEAD_WORDS = 20  # an intro that leads into its list ("…, including:") may be this long
_LEAD_END_RE = fastre.compile(r"(?i)\b(?:including|include|includes|following|below)[ \t]*$|\bthe following\b")  # "Experience in one or more of the following areas would be a distinct advantage …:"


# "…the role will involve:", "…you’ll likely spend time:": an intro that leads into duties
_TIME_INTRO = r"\b(?:will|would)\s+(?:also\s+)?involve\b|\bspend\s+(?:your\s+|most\s+of\s+your\s+)?time\b"
_DUTY_INTRO_RE = fastre.compile(
    r"(?i)\b(?:responsib(?:le|ilities)|duties|tasks|(?:performance|production|job|role) expectations)\b"
    r"|" + _TIME_INTRO +
    r"|^[ \t]*(?:the|this)\s+(?:position|role|job)[ \t]*$|^[ \t]*your\s+(?:job|role|mission)[ \t]*$"  # "The Position:", "Your job:"
    r"|\byou(?:'ll|’ll|\s+will|\s+would)\s+(?:be\s+)?(?:do|doing|own|owning|work\s+on|working\s+on)[ \t]*$"  # "Things you'll do:", "Goals You Will Own:"
)  # not "You will be:"


_TIME_INTRO_RE = fastre.compile(r"(?i)(?:" + _TIME_INTRO + r")[ \t]*$")  # closing the intro: "…, but you’ll likely spend time:"


_NEGATIVE_INTRO_RE = fastre.compile(r"(?i)\b(?:don[’']t|do\s+not|not)\s+(?:value|want|need|looking\s+for|accept|tolerate)\b")
_NOT_REQUIRED_INTRO_RE = fastre.compile(r"(?i)^[ \t]*not[ \t]+(?:required|essential|mandatory|necessary)\b|\bnot[ \t]+(?:required|essential|mandatory|necessary)[ \t]*,?[ \t]+but\b")
_OFFER_INTRO_RE = fastre.compile(r"(?i)\b(?:is|are|will be) provided\b|\bwe (?:will )?(?:provide|offer)\b")


def _intro_words_ok(intro: str) -> bool:
    """Whether ``intro`` (the text before a ':') is short enough to be a list intro; one that leads
    into its list ("…, including:", "…, but you’ll likely spend time:") may be longer."""
    n = len(intro.split())
    return n <= MAX_INTRO_WORDS or (n <= MAX_LEAD_WORDS and (_LEAD_END_RE.search(intro) is not None or _TIME_INTRO_RE.search(intro) is not None))
MIN_LIST_BULLETS = 2
MAX_SUBHEADING_WORDS = 6


def _intro_paragraph(text: str, s: int, e: int) -> list[Span]:
    """A paragraph whose last sentence introduces a list (", … you may receive selection
    priority if:"), cut into its sentences, so that only the intro is taken as a heading and
    the sentences before it stay items; any other line whole."""
    if not text.endswith((":", "："), s, e) or _intro_words_ok(text[s : e - 1]):
        return [(s, e)]
    parts = sentences(text, s, e)
    return parts if len(parts) >= 2 else [(s, e)]


_GLUED_BREAK_RE = fastre.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")


def _units(text: str, s: int, e: int, glued: bool) -> list[tuple[int, int, bool]]:
    """A line cut where the page meant separate items: ``(start, end, bulleted)`` spans.

    Cuts at bullets in mid-line, after a glued intro ("…looking for:• Awesome…",
    "Bonus points for:Experience…"), and, with ``glued``, at the joins of glued items.
    """
    cuts: set[int] = set()
    line = text[s:e]
    first = len(line) - len(line.lstrip())
    bullets = [m.start() for m in _INLINE_BULLET_RE.finditer(line) if m.start() > first]
    if bullets:
        bounds = [0, *bullets, len(line)]
        pieces = [line[a:b].strip(" \t•▪◦●○■□➢➤►‣⁃✓✔·").removeprefix("â€¢") for a, b in zip(bounds[1:], bounds[2:])]
        if all(len(p.split()) >= 2 for p in pieces):  # "Python · Go · Rust" is one item
            cuts.update(bullets)
    notes = {m.start() for m in _INLINE_NOTE_RE.finditer(line)}  # "…Clean work area. NOTE: Assignments…"
    cuts.update(notes)
    dashes = [m.start() for m in _INLINE_DASH_RE.finditer(line) if m.start() > first]
    if len(dashes) >= 2:  # "…to: --Develop contracts. -- Manage budgets." (a list the scrape ran into one line)
        cuts.update(dashes)
    glued_dashes = [m.start() for m in _GLUED_DASH_RE.finditer(line) if m.start() > first]
    if len(glued_dashes) >= MIN_GLUED_DASHES:  # "…have:- curiosity- a ton of ambition- storytelling talent"
        cuts.update(glued_dashes)
    cuts.update(_spaced_dashes(line, first))
    tight_dashes = [m.start() for m in _TIGHT_DASH_RE.finditer(line) if m.start() >= first]
    if len(tight_dashes) < MIN_GLUED_DASHES:  # "…Will…-Lead by example-Train and coach…"
        tight_dashes = []
    tight_commas = [m.start() for m in _TIGHT_COMMA_RE.finditer(line) if m.start() > first]
    if len(tight_commas) >= MIN_GLUED_DASHES:
        tight_dashes += tight_commas  # the comma stands where the bullet was
    cuts.update(tight_dashes)
    marks = sorted(cuts)
    for m in _GLUED_INTRO_RE.finditer(line):
        k = bisect_left(marks, m.start())
        last = marks[k - 1] if k else 0
        breaks = _GLUED_BREAK_RE if glued else _SENTENCE_BREAK  # in a glued scrape "…production.How You Might …:" lost its line break after the stop
        opened = [b.end() for b in breaks.finditer(line, last, m.start())] if line[m.end() : m.end() + 1].isalpha() else []
        intro = opened[-1] if opened else last  # glued to its first item, the intro is the sentence before the ':' ("… for the platform. You’ll likely spend time:Formulating …")
        if m.start() - intro < 400 and _intro_words_ok(line[intro : m.start()]):
            cuts.add(m.end())
    if glued:
        m = _SPACED_INTRO_RE.match(line, first)  # "The ideal candidate will have the following: A degree…"
        if m and _intro_words_ok(m.group("intro")):
            cuts.add(m.end())
    numbers = _enumeration(line)
    if len(numbers) < 2:
        numbers = []
    cuts.update(p for p in numbers if p > first)
    starred = "*" in line  # both star patterns need one (a long glued line is scanned only if it has)
    stars = [m.start() for m in _INLINE_STAR_RE.finditer(line)] if starred else []
    tight_stars = [m.start() for m in _TIGHT_STAR_RE.finditer(line)] if starred else []
    if len(tight_stars) >= MIN_GLUED_DASHES:  # "…questionnaire*Contacting residents …*Manage the hotline …"
        stars += tight_stars
        tight_dashes = tight_dashes + tight_stars  # the glued '*' is the bullet, as a glued '-' is
    trailing = [m.start() for m in _TRAILING_STAR_RE.finditer(line)] if starred else []
    if len(trailing) >= MIN_GLUED_DASHES:
        bounds = [first, *trailing, len(line)]
        if all(len(line[a:b].strip(" \t*").split()) >= 2 for a, b in zip(bounds, bounds[1:])):  # not "First Name* Email* Phone*"
            stars += trailing
    cuts.update(stars)  # "…license is required.* Military experience…"
    lower_items: list[int] = []
    if glued and len(line) >= 40:
        joins = glue_joins(line, [m.start() for m in _EXTRA_JOIN_RE.finditer(line)])
        for p in joins:
            if p < 3 or not _item_join(line, p, text):
                continue
            cuts.add(p)
        cuts.update(_spaced_duties(line))
        cuts.update(_repeated_openers(line))
        lower_items = _lower_glued_items(line)  # each glued lower-case item is one of the list's, not a wrapped line
        cuts.update(lower_items)
    if not cuts:
        return [(s, e, BULLET_RE.match(text, s, e) is not None)]
    out = []
    bounds = [0, *sorted(cuts), len(line)]
    for a, b in zip(bounds, bounds[1:]):
        us, ue = _strip(text, s + a + (a in tight_dashes), s + b)  # the glued '-' is the bullet
        if ue <= us:
            continue
        bullet = BULLET_RE.match(text, us, ue) is not None or (a in cuts and text[us] in "•▪◦●○■□➢➤►‣⁃✓✔·") or a in notes or a in tight_dashes or a in lower_items
        if bullet and BULLET_RE.match(text, us, ue) is None:  # "•Awesome": bullet without a space
            out.append((us, ue, True))
        else:
            out.append((us, ue, bullet))
    if numbers and not _alternatives(text, out):
        out = _numbered_sentences(text, out, {s + p for p in numbers})
    elif numbers:  # alternatives ("1. …; or 2. …") stay whole, with their notes, but the last one ends at a run-in "SPECIAL NOTES:" or a run-on paragraph
        out = _run_on_option(text, _cut_at_caps_label(text, out, s + max(numbers)), s + max(numbers))
    if out and out[0][2]:  # cut from a bulleted line after a full stop ("…own accommodation.You should…"): an item of its own, not a wrapped line
        out = [(us, ue, bullet or text[s:us].rstrip().endswith((".", "!", "?"))) for us, ue, bullet in out]
    return out


_DASH_BULLET_RE = fastre.compile(r"[-–][ \t]+(?=\S)")
_SPACED_DASH_RE = fastre.compile(r"(?<=\S)[ \t]+[-–][ \t]+(?=[A-Z])")
MIN_DASH_ITEM_WORDS = 4


def _spaced_dashes(line: str, first: int) -> list[int]:
    """Where '-' bullets a scrape ran into the line of the first one start: a line that opens
    with a "- " bullet and holds the same mark again between words, before a capital ("- All
    applicants should live in Moscow - All applicants should have …"); each piece must run to
    :data:`MIN_DASH_ITEM_WORDS` words, so "- Media Planning - Strong …" (a label and its text)
    and "- Python - expert" stay whole."""
    if not _DASH_BULLET_RE.match(line, first):
        return _run_on_dashes(line, first)
    marks = [m.end() - len(m.group().lstrip()) for m in _SPACED_DASH_RE.finditer(line, first + 2)]
    if not marks:
        return []
    bounds = [first, *marks, len(line)]
    if any(len(line[a:b].split()) - 1 < MIN_DASH_ITEM_WORDS for a, b in zip(bounds, bounds[1:])):
        return []
    return marks


def _run_on_dashes(line: str, first: int) -> list[int]:
    """Where '-' bullets run into a line that opens without one ("Responsibilities - Prospecting and lead
    generation. - Make calls to decision makers. - Be creative."): :data:`MIN_GLUED_DASHES` or more spaced
    dashes before a capital, most of them right after a sentence's full stop (a dash in prose follows a word)."""
    found = list(_SPACED_DASH_RE.finditer(line, first + 1))
    if len(found) < MIN_GLUED_DASHES:
        return []
    after_stop = sum(1 for m in found if line[m.start() - 1] in ".!?")
    if 2 * after_stop < len(found):
        return []
    return [m.end() - len(m.group().lstrip()) for m in found]


_INLINE_STAR_RE = fastre.compile(r"(?:(?<=[a-z)][.!?])|(?<=[a-z)][.!?] ))\*(?=[ \t]+[A-Z])")
_TIGHT_STAR_RE = fastre.compile(r"(?:(?<=[a-z)”\"]{2})|(?<=: )|(?<=[a-z)][.!?])|(?<=[a-z)][.!?] ))\*(?=[A-Z][a-z]+ [a-z])")  # '*' bullets glued to the item before them ("…preferred.*Requires working …")
_TRAILING_STAR_RE = fastre.compile(r"(?:(?<=[a-z)]{2})|(?<=\.\)))\*(?=[ \t]+[A-Z0-9])")  # "…skills* Positive attitude* Be able…": each '*' typed after its item's last word
_SPACED_VERB_RE = fastre.compile(r"(?<=[a-z)] )[A-Z][a-z]{2,}(?= [a-z])")
MIN_SPACED_DUTIES = 2
_DETERMINER_RE = fastre.compile(r" (?:the|a|an|our|all|new|and|with)\b")


def _spaced_duties(line: str) -> list[int]:
    """Where duty items a scrape ran together with one space start: a capitalised duty verb
    after a lower-case word (or any word, when a determiner follows: "…New York City Assist
    the marketing team…"), going on in lower case ("…across sales teams Increase awareness of
    … Participate in panel…"); taken only when the line holds two or more such joins."""
    bases = _vocab().duty_bases
    found = [
        m.start()
        for m in _SPACED_VERB_RE.finditer(line)
        if m.group().lower() in bases
        and (line[: m.start() - 1].rsplit(" ", 1)[-1][:1].islower() or _DETERMINER_RE.match(line, m.end()))  # not "the Team Lead on…"
    ]
    return found if len(found) >= MIN_SPACED_DUTIES else []


_OPENER_RE = fastre.compile(r"[ \t]*(?:[-•*·▪◦●][ \t]*)?(?:You[ \t]+)?(?P<w>[A-Z][a-z]{2,})[ \t]+[a-z]")
MIN_REPEATED_OPENERS = 2
# words that open an item rather than a sentence of prose ("Must …", "Know …", "Experience with …"), besides the duty verbs
_ITEM_OPENERS = frozenset("Must Should Have Be Know Experience Knowledge Ability Familiarity Proficiency Understanding Expertise".split())
# A requirement's opening noun and its preposition after a lower-case word, where a scrape ran items together
_QUAL_OPENER_RE = fastre.compile(r"(?<=[a-z]{2} )(?:Experience|Knowledge|Ability|Familiarity|Proficiency|Understanding|Expertise)[ \t]+(?:with|in|of|to|using|working)\b")


@lru_cache(maxsize=4096)
def _opener_pattern(word: str) -> re.Pattern[str]:
    """``word`` (letters only) again after a word ending a run-together item, or "You <word>" (compiled once per word;
    plain ``re``: it scans one line, and a pre-filtered pattern's new openings would rebuild :mod:`fastre`'s shared index)."""
    return re.compile(r"(?<=[a-z0-9)] )(?:You[ \t]+" + word.lower() + "|" + word + r")(?=[ \t]+[a-z])")


@lru_cache(maxsize=4096)
def _sentence_opener_pattern(word: str) -> re.Pattern[str]:
    """A sentence opening with ``word`` (or "You <word>") and a lower-case word after it (compiled once per word, plain ``re``)."""
    return re.compile(r"(?:You[ \t]+" + word.lower() + "|" + word + r")[ \t]+[a-z]")


# The verbs that open the items of a "Vi söker dig som:" / "Du:" list in other languages ("Har erfarenhet av …",
# "Är driven …", "Trivs i …"; lists.json "item_opening_verbs_intl"), capitalised after the last word of the item before
_VERB_OPENER_RE = fastre.compile(r"(?:(?<=^)|(?<=[^\W_)] )|(?<=\) ))(?:" + "|".join(load("lists.json")["item_opening_verbs_intl"]) + r")(?=[ \t]+[a-zåäöæøüéèß])")


def _verb_opened_items(line: str) -> list[int]:
    """Where items a scrape ran together with one space start, each opening with a verb of
    :data:`_VERB_OPENER_RE` ("Har erfarenhet av fältförsäljning Är en naturlig ledare Har förmågan …"):
    taken when the line opens with such a verb and two or more follow."""
    found = [m.start() for m in _VERB_OPENER_RE.finditer(line)]
    if not found or found[0] != 0 or len(found) < 1 + MIN_REPEATED_OPENERS:
        return []
    return found[1:]


def _repeated_openers(line: str) -> list[int]:
    """Where items a scrape ran together with one space start, each opening with the word the
    line opens with ("Must be 18 or older Must live in the US You must have a car Must …"):
    that capitalised word (optionally after "You") after a word ending in a lower-case letter,
    digit or ')', going on in lower case; taken only when it recurs two or more times."""
    nouns = [k.start() for k in _QUAL_OPENER_RE.finditer(line)]
    if len(nouns) >= MIN_REPEATED_OPENERS:  # "… etc. Experience with Windows AD Experience with VMware Experience with …"
        return nouns
    verbs = _verb_opened_items(line)
    if verbs:
        return verbs
    m = _OPENER_RE.match(line)
    if not m:
        return []
    word = m.group("w")
    again = line.find(word, m.end()) >= 0 or line.find(word.lower(), m.end()) >= 0  # plain search first: no pattern for a word said once
    found = [k.start() for k in _opener_pattern(word).finditer(line, m.end())] if again else []
    if len(found) >= MIN_REPEATED_OPENERS:
        return found
    # sentences that each open with the line's opening word are items of their own
    # ("Must be willing to attend training. Must be able to commit 15 hours a week.")
    starts = [b.end() for b in _SENTENCE_BREAK.finditer(line, m.end())]
    if starts and (word.lower() in _vocab().duty_bases or word in _ITEM_OPENERS):
        same = _sentence_opener_pattern(word)
        if all(same.match(line, p) for p in starts):
            return starts
    return []


# An intro whose ':' runs straight into a lower-case word ("…knows how to:write job offers…",
# "If you:are motivated…"): the page's list items lost their line breaks, and each item, written
# in lower case, is glued to the last word of the one before ("…the clearest waycarry out
# interviews…", "…from scratchworked in Customer Care…").
_LOWER_INTRO_RE = fastre.compile(r"(?<![/:])\b[A-Za-z]{2,}(?<!http)(?<!https)(?<!mailto):(?=[a-z]{2})")
_GLUED_WORD_RE = fastre.compile(r"(?<![\w'’#/.@-])[A-Za-z]+(?=[ \t,;])")
# Words that open a lower-case item of a second-person list ("are focused on results", "can
# communicate well", "worked in …") besides the duty verbs; short ones many words end in
# ("software", "american") only where the list opens with them or they open two glued items.
_LOWER_OPENERS = frozenset("have know like love enjoy worked speak understand already".split())
_SHORT_OPENERS = frozenset("are can will".split())
_WORD_PREFIXES = ("out", "over", "under", "inter", "multi", "self", "mis", "non", "sub", "pre", "co", "re", "un")  # "outsource", "underwrite": one word
MIN_LOWER_ITEMS = 3


def _short_opener_ok(line: str, p: int, opener: str) -> bool:
    """Whether a short opener glued at ``p`` starts an item rather than ending a word: "…-ican"
    ("american") and "goodwill" end in "can" / "will"; so many words end in "are" ("software",
    "aware") that it counts only after a word the line also writes on its own ("…results|are…")."""
    m = _WORD_BEFORE_RE.search(line, max(0, p - 40), p)
    if m is None:
        return False
    left = m.group().lower()
    if opener != "are":
        return not left.endswith(("i", "good", "free"))
    return re.search(r"(?<![A-Za-z])" + re.escape(left) + r"(?![A-Za-z])", line, re.I) is not None


def _lower_glued_items(line: str) -> list[int]:
    """Where the glued lower-case items after a ``…:word`` intro start (see :data:`_LOWER_INTRO_RE`):
    the cut after the intro's ':' and, in each letter run after it, the start of a known item
    opener (a duty verb form of 5+ letters, a second-person opener, or the word the list opens
    with) glued to a word of 3+ letters.  Taken only when the list shows three or more items."""
    vocab = _vocab()
    intros = [m.end() for m in _LOWER_INTRO_RE.finditer(line)]
    cuts: list[int] = []
    for k, start in enumerate(intros):
        stop = intros[k + 1] if k + 1 < len(intros) else len(line)
        first = re.match(r"[a-z]+", line[start:stop]).group()
        found: list[tuple[int, str]] = []
        for m in _GLUED_WORD_RE.finditer(line, start, stop):
            word = m.group()
            if word.lower() in _LOWER_OPENERS or vocab.duty_verb.fullmatch(word):
                continue  # "prepare", "understand": a word of its own
            for i in range(2, len(word) - 2):
                left, right = word[:i], word[i:]
                if not right.islower() or (left.islower() and (len(left) < 3 or left in _WORD_PREFIXES)):
                    continue
                if right == first or right in _LOWER_OPENERS or right in _SHORT_OPENERS or (len(right) >= 5 and vocab.duty_verb.fullmatch(right)):
                    found.append((m.start() + i, right))
                    break
        counts: dict[str, int] = {}
        for _, right in found:
            counts[right] = counts.get(right, 0) + 1
        found = [(p, r) for p, r in found if r not in _SHORT_OPENERS or r == first or (counts[r] >= 2 and _short_opener_ok(line, p, r))]
        if len(found) + 1 >= MIN_LOWER_ITEMS:
            cuts.append(start)
            cuts.extend(p for p, _ in found)
    return cuts


_ALTERNATIVE_END_RE = fastre.compile(r"(?:;|\bor)[ \t]*$")


def _alternatives(text: str, units: list[tuple[int, int, bool]]) -> bool:
    """Whether numbered units are alternatives ("1. A degree …; or 2. …"), each one item whole."""
    return any(_ALTERNATIVE_END_RE.search(text, us, ue) for us, ue, _ in units[:-1])


_RUN_IN_CAPS_RE = fastre.compile(r"(?<=[.!?])[ \t]+(?:[A-Z][A-Z]+(?:[ \t]+[A-Z]+){0,3}[ \t]*:)")


def _cut_at_caps_label(text: str, units: list[tuple[int, int, bool]], mark: int) -> list[tuple[int, int, bool]]:
    """The unit at ``mark`` ends before a run-in label in capitals after a full stop ("… above.  SPECIAL
    NOTES:  To be eligible …"); each sentence after the label is an item of its own."""
    out = []
    for us, ue, bullet in units:
        m = _RUN_IN_CAPS_RE.search(text, us, ue) if us == mark else None
        if m is None:
            out.append((us, ue, bullet))
            continue
        out.append((us, m.start(), bullet))
        out.extend((ps, pe, True) for ps, pe in sentences(text, m.end(), ue))  # the label itself is no item
    return out


RUN_ON_CHARS = 2000  # an alternative this long that goes on into further options ran into the paragraph after the list


def _run_on_option(text: str, units: list[tuple[int, int, bool]], mark: int) -> list[tuple[int, int, bool]]:
    """The last alternative of an enumeration (the unit at ``mark``) ends with its sentence when the
    paragraph runs on after it into further options ("… or (2) include calculus … . Such education
    must … . OR Possess a combination … . GS-09: …"): each sentence after it is an item of its own."""
    out = []
    for us, ue, bullet in units:
        parts = sentences(text, _debullet(text, us, ue)[0], ue) if us == mark and ue - us > RUN_ON_CHARS else []
        if not any(_OPTION_RE.match(text, ps, pe) for ps, pe in parts[1:]):
            out.append((us, ue, bullet))
            continue
        out.append((us, parts[0][1], True))
        out.extend((ps, pe, True) for ps, pe in parts[1:])
    return out


def _numbered_sentences(text: str, units: list[tuple[int, int, bool]], marks: set[int]) -> list[tuple[int, int, bool]]:
    """Long numbered units of independent requirements run into a paragraph, one item per
    sentence ("2. Graduate of a school … CCNE). Current, full … registration. In cases of …" are
    three requirements); a short one ("3. Carry tools. Move heavy valves.") is one item."""
    out = []
    for us, ue, bullet in units:
        if us not in marks:
            out.append((us, ue, bullet))
            continue
        body, _ = _debullet(text, us, ue)
        parts = sentences(text, body, ue)
        if ue - us <= LONG_LINE or len(parts) < 3:
            out.append((us, ue, bullet))
            continue
        out.append((us, parts[0][1] if parts else ue, True))
        out.extend((ps, pe, True) for ps, pe in parts[1:])
    return out


_CLAUSE_END_RE = fastre.compile(r"(?:[.;:!?]|;[ \t]*(?:or|and))[\"”’)]?[ \t]*$")


def _enumeration(line: str) -> list[int]:
    """Where the markers of an enumeration run into one line start ("1. … 2. … 3. …").

    Only markers that count up in order are taken, from 1 or from the number that opens the
    line ("3. … 4. …": a numbered list whose lines hold two items each), so a number in prose
    ("up to 2. Then…") is no item boundary.
    """
    found: list[int] = []
    expected = 1
    first = len(line) - len(line.lstrip())
    for m in _INLINE_NUMBER_RE.finditer(line):
        if found and not _CLAUSE_END_RE.search(line, max(0, m.start() - 12), m.start()):
            continue  # "(1) Schools of medicine…, or (2) Schools of…": a list inside one sentence
        number = int(m.group("p") or m.group("n"))
        if not found and m.start() == first:
            expected = number
        if number == expected:
            found.append(m.start())
            expected += 1
    letters = _lettered(line, first)
    if len(letters) >= 2:  # lettered entries, perhaps with numbered ones inside them
        return sorted(set(letters + (found if len(found) >= 2 else [])))
    return found


def _lettered(line: str, first: int) -> list[int]:
    """Where the letters of an enumeration run into one line start ("BASIC REQUIREMENTS a.
    Citizenship. … b. Education …", "A. Degree: … B. Combination …"): from "a" (or "A"), in
    order and in one case, each at a clause end and opening with a capital; the first one opens the line or follows a
    clause end or a heading in capitals, so that "a degree (a) with major study …; or (b) …"
    stays one item."""
    found: list[int] = []
    expected = ""
    for m in _INLINE_LETTER_RE.finditer(line):
        letter = m.group("p") or m.group("n")
        if not found:
            if letter not in "aA" or not (m.start() == first or _CLAUSE_END_RE.search(line, max(0, m.start() - 12), m.start()) or _CAPS_BEFORE_RE.search(line, max(0, m.start() - 12), m.start())):
                continue
        elif letter != expected or not _CLAUSE_END_RE.search(line, max(0, m.start() - 12), m.start()):
            continue
        found.append(m.start())
        expected = chr(ord(letter) + 1)
    return found


_INLINE_LETTER_RE = fastre.compile(r"(?:^|(?<=[\s.;:,]))(?:\((?P<p>[a-hA-H])\)|(?P<n>[a-hA-H])[.)])[ \t]+(?=[\"“(]?[A-Z])")  # each entry opens a sentence, not "(a) statics, dynamics; (b) …"
_CAPS_BEFORE_RE = fastre.compile(r"[A-Z]{3,}[ \t]*[:：]?[ \t]*$")


PROCESS_KIND = "process"  # under an intro that is process text ("… you may receive selection priority if:"): no items
DROP_KINDS = ("benefits", "pay", "legal", "company", PROCESS_KIND)  # a sub-heading of these ends the list
_DANGLING_END_RE = fastre.compile(r"\b(?:have|be|bring|if|for|include|includes|following|are|is|need|needs)$", re.I)


def _heading_kind(text: str) -> Optional[str]:
    """The kind a heading's keywords name, when it is a list kind or one that ends a list."""
    kind = keyword_kind(text)
    return kind if kind in QUALIFICATION_KINDS or kind in DROP_KINDS else None


_SENTENCE_BREAK_RE = fastre.compile(r"[.!?:;](?:\s|$)")


def _subheading(line: str, before_bullets: bool, after_blank: bool = False, first: bool = False):
    """``False`` when ``line`` is an item; else the line is a heading or intro inside a list, and
    the result is the kind it names (None when it names none, or a sub-block that inherits).

    A heading is a known heading phrase; a line ending in ':' (an intro); an intro that
    dangles ("It would be great if you also have"); a short Title Case line without sentence
    punctuation directly above bullets ("Personality Traits"), or after a blank line when its
    words name a kind ("Pay and Terms"); a short question after a blank line ("What tech will you
    be using?") opens a block of the kind its keywords name, else a block that is no list; on
    the ``first`` line of a section ("What they really want?", "Is this you?") it restates the
    section's heading, and the items below stay the section's.
    """
    body = line.strip().lstrip("#*_ ").rstrip("*_ ")
    if not body:
        return False
    if optional_heading(body):
        return "preferred_qualifications"  # "Desired Qualifications (not required but desired)"
    known = kind_of_heading(body)
    if known:
        if norm_heading(body.rstrip(":：")) in heading_vocab().subheadings:
            return None
        return known if known in LIST_KINDS or known in DROP_KINDS else None
    if body.endswith((":", "：")):
        intro = body.rstrip(":：")
        if not _intro_words_ok(intro):
            return None
        if _NOT_REQUIRED_INTRO_RE.search(intro):
            return "preferred_qualifications"  # "Not required, but more than useful:", "These are not essential, but …:"
        if _NEGATIVE_INTRO_RE.search(intro):
            return PROCESS_KIND  # "What we don't value:", "We are not looking for:": what the hire should not be
        if assessment_intro(intro):
            return PROCESS_KIND  # "We'll assess you against these behaviours during the selection process:": how candidates are assessed
        kind = _heading_kind(intro)
        if kind is None and _OFFER_INTRO_RE.search(intro):
            return "benefits"  # "Full support is provided, including:" lists what the hire gets
        if kind is None and _DUTY_INTRO_RE.search(intro):
            return "responsibilities"  # "You will be responsible for …, including:" inside Requirements
        return kind
    words = body.split()
    if after_blank and body.endswith("?") and len(words) <= MAX_INTRO_WORDS and not _SENTENCE_BREAK_RE.search(body[:-1]):
        kind = keyword_kind(body)  # "What tech will you be using?" over a list of tools: a new block, no duties
        if kind in LIST_KINDS:
            return kind
        return None if first else PROCESS_KIND
    plain = not _HEADING_FORM_RE.search(body)
    if plain and len(words) <= MAX_INTRO_WORDS and _DANGLING_END_RE.search(body) and keyword_kind(body) in QUALIFICATION_KINDS:
        return keyword_kind(body)
    if plain and len(words) <= MAX_SUBHEADING_WORDS and _title_case_line(body):
        if before_bullets:
            return _heading_kind(body)
        if after_blank and _heading_kind(body) in DROP_KINDS:
            return _heading_kind(body)
    return False


MIN_SHAPED_LINES = 4
SENTENCE_SHARE = 0.6
MAX_LABEL_ROW_WORDS = 4
_SENTENCE_END_RE = fastre.compile(r"[.!;][\"”’)]?$")
_LABEL_ROW_RE = fastre.compile(r"[A-Z][\w'’-]*(?:(?:[ \t]+|[ \t]*[/&][ \t]*)(?:[A-Z][\w'’-]*|and|of|&))*")


def _sentence_list(text: str, lines: list[tuple[int, int, bool, bool]]) -> bool:
    """Whether an unbulleted block is a list of sentences, one a line: :data:`MIN_SHAPED_LINES`
    lines or more, :data:`SENTENCE_SHARE` of them closed by a full stop."""
    if len(lines) < MIN_SHAPED_LINES:
        return False
    closed = sum(1 for s, e, *_ in lines if _SENTENCE_END_RE.search(text, s, e))
    return closed >= SENTENCE_SHARE * len(lines)


def _label_row(text: str, lines: list[tuple[int, int, bool, bool]], i: int) -> bool:
    """Whether line ``i`` of a list of sentences is a sub-heading by its shape: a short Title Case
    label without a full stop ("Customer Service", "Stock Management", "Operations") between
    lines that are sentences (the one before it, if any, and the one after it); "Fluent in
    English" (a small word other than "and"/"of") is an item."""
    s, e, *_ = lines[i]
    if i + 1 >= len(lines) or len(text[s:e].split()) > MAX_LABEL_ROW_WORDS:
        return False
    m = _LABEL_ROW_RE.fullmatch(text, s, e)
    if not m:
        return False
    after = lines[i + 1]
    if not _SENTENCE_END_RE.search(text, after[0], after[1]) or len(text[after[0] : after[1]].split()) <= len(text[s:e].split()):
        return False
    return i == 0 or _SENTENCE_END_RE.search(text, lines[i - 1][0], lines[i - 1][1]) is not None


MAX_GROUP_LABEL_WORDS = 4
MIN_GROUPED_ITEM_WORDS = 6
_GROUP_LABEL_RE = fastre.compile(r"[A-Z][A-Za-z'’-]*(?:[ \t]+(?:[A-Za-z][A-Za-z'’-]*|&))*")


def _group_label(text: str, lines: list[tuple[int, int, bool, bool]], i: int) -> bool:
    """Whether line ``i`` of an unbulleted list labels the group of items below it: at most
    :data:`MAX_GROUP_LABEL_WORDS` words, no punctuation, capitalised, every word a heading word
    (``headings.json``: "Technical", "Behavioural", "Essential Technical"), over an item of :data:`MIN_GROUPED_ITEM_WORDS` words or more. A short item naming
    a skill ("Typescript", "Technical aptitude" above another short item) is not one."""
    s, e, *_ = lines[i]
    if i + 1 >= len(lines) or not _GROUP_LABEL_RE.fullmatch(text, s, e):
        return False
    words = text[s:e].split()
    after = lines[i + 1]
    if len(words) > MAX_GROUP_LABEL_WORDS or len(text[after[0] : after[1]].split()) < MIN_GROUPED_ITEM_WORDS:
        return False
    vocab = heading_vocab().words
    return all(norm_heading(w) in vocab for w in words)


def _duty_block(text: str, lines: list[tuple[int, int, bool, bool]]) -> bool:
    """Whether an unbulleted block is a list of duties: :data:`MIN_DUTY_ITEMS` lines or more besides
    short labels, :data:`DUTY_SHARE` of them opening with a duty ("Research and source …", "Develop …")."""
    rows = [(s, e) for s, e, *_ in lines if len(text[s:e].split()) > MAX_LABEL_ROW_WORDS or not _LABEL_ROW_RE.fullmatch(text, s, e)]
    return len(rows) >= MIN_DUTY_ITEMS and sum(1 for s, e in rows if is_duty(text[s:e])) >= DUTY_SHARE * len(rows)


def _theme_label(text: str, lines: list[tuple[int, int, bool, bool]], i: int) -> bool:
    """Whether line ``i`` of a list of duties names the theme of the duties below it: a short
    Title Case noun phrase ("Supplier Management", "General/Projects", "Reporting & Budget"),
    over a duty line; a single word must not read as a duty itself.  A duty is a verb phrase, so a capitalised label between
    duties is a sub-heading however its words run."""
    s, e, *_ = lines[i]
    if i + 1 >= len(lines) or len(text[s:e].split()) > MAX_LABEL_ROW_WORDS or not _LABEL_ROW_RE.fullmatch(text, s, e):
        return False
    after = lines[i + 1]
    words = [w for w in re.split(r"[ \t/&]+", text[s:e]) if w and w not in ("and", "of")]
    capitalised = len(words) >= 2 and all(w[0].isupper() for w in words)  # "Reporting & Budget": a label, though its first word is a verb's
    return (capitalised or not is_duty(text[s:e])) and is_duty(text[after[0] : after[1]])


def _title_case_line(text: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    small = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "you", "your", "we", "our"}
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() for w in words if w.lower() not in small)


_OPTION_RE = fastre.compile(r"(?:OR|Or)[,:]?[ \t]+(?:\(?[A-H1-9][.)][ \t]+)?[A-Z]")


def _line_units(text: str, s: int, e: int) -> list[Span]:
    """A line is one item unless it is a long paragraph of several sentences; a line opening
    an "OR" option ("OR D. Completion of 60 semester hours … . In addition, …") is one
    alternative with all its sentences."""
    if e - s > LONG_LINE and not _OPTION_RE.match(text, s, e):
        parts = sentences(text, s, e)
        if len(parts) >= 3:
            return _options_whole(text, parts)
    return [(s, e)]


def _options_whole(text: str, parts: list[Span]) -> list[Span]:
    """Sentences of a paragraph, each "OR" option with the sentences that go on with it
    ("OR D. Completion of 60 semester hours … . This course work included … . In addition, …"),
    up to the next option, a bracketed, labelled ("Undergraduate Education: …") or process sentence."""
    out: list[Span] = []
    open_option = False
    for ps, pe in parts:
        piece = text[ps:pe]
        if _OPTION_RE.match(text, ps, pe):
            out.append((ps, pe))
            open_option = True
        elif open_option and not piece.startswith(("(", "[")) and not _LABEL_RE.match(text, ps, pe) and not is_process_text(piece):
            out[-1] = (out[-1][0], pe)
        else:
            out.append((ps, pe))
            open_option = False
    return out


# --------------------------------------------------------------------------- list fields


_NOT_REQUIRED_TAIL = (
    r"(?:(?:but|though|however)\s+(?:it\s+)?(?:is,?\s+)?(?:not|by\s+no\s+means,?)\s+(?:an?\s+)?(?:required|essential|mandatory|necessary|requirement)|"  # "…a plus but is, by no means, a requirement"
    + "|".join(load("lists.json").get("not_required_tails_intl", []))  # "…, men inget krav", "…, mais pas obligatoire"
    + ")"
)
_PREFERRED_MARK = (
    r"(?:(?:is|are|would be|will be|considered|as)\s+)*(?:(?:an?|big|huge|definite|real|strong|added|additional|distinct|major|great|nice)\s+)*"
    r"(?:plus|bonus|advantage|asset)|advantageous|favou?rable|(?:highly|strongly)?\s*(?:preferred|preferable|desired|desirable)|nice[ -]to[ -]have|optional"
    r"|ideal|(?:would|will|is|are|can|could)\s+be\s+(?:very\s+|especially\s+|particularly\s+)?(?:useful|beneficial|helpful)|(?:is|are)\s+(?:very\s+|especially\s+|particularly\s+)?(?:useful|beneficial|helpful)|(?:highly|well)\s+regarded|(?:will\s+)?(?:get|be\s+given|receive)\s+(?:a\s+)?preference"  # "…would be ideal", "…is highly regarded"
    r"|" + _NOT_REQUIRED_TAIL  # "…a bonus, but not required", "…, men inget krav"
    + r"|(?:(?:would|will)\s+be\s+|(?:is|are)\s+)?(?:highly|greatly|much)\s+valued|(?:would|will)\s+be\s+valued|(?:would|will)\s+be\s+(?:much\s+|greatly\s+)?appreciated|(?:is|are|would\s+be|will\s+be)\s+(?:an?\s+)?(?:added\s+)?benefit"  # "SCSS experience is a benefit"  # "Lived experience is highly valued"
    # the same mark in other languages (lists.json): "… serait un atout", "… är meriterande", "… von Vorteil"
    r"|" + "|".join(load("lists.json").get("preferred_marks_intl", []))
)
_PREFERRED_END_RE = fastre.compile(
    r"(?:^|[\s,(\[–-]|(?<=[\u3040-\u9fff\uac00-\ud7af]))\(?(?P<mark>" + _PREFERRED_MARK + r")\)?"  # (a CJK mark glued on: "…服務者尤佳")
    r"(?:,?\s+but\s+(?:we\s+|I\s+)?(?:will|would|can|may)\b[^.;]*|,?\s+but\s+(?:individuals|candidates|applicants|people)\b[^.;]*"  # "…is a plus, but will take any ORM"
    r"|,?\s+but\s+(?:[\w-]+\s+){0,5}?(?:may|can|will)\s+be\s+(?:substituted|considered|accepted)\b[^.;]*"
    r"|,?\s+but\s+(?:full\s+|all\s+)?training\s+(?:is|will\s+be)\s+(?:given|provided|offered)\b[^.;]*"  # "…would be an advantage but full training is given"
    r"|,?\s+but\s+(?:[\w'’-]+\s+){1,5}?(?:are|is)\s+(?:also\s+|very\s+|more\s+than\s+)?welcome\b[^.;]*"  # "…is a plus, but first-year teachers are welcome"
    r"|,?\s+(?:as|since|because)\s+(?:the|it|this|our|we|you|there|most|many)\b[^.;]*"  # why: "…is an advantage as the site is not served by public transport"
    r"|\s+(?:in|at|on|for)\s+(?:our|the|this|your)\s+[\w-]+(?:\s+[\w-]+)?"  # where it helps: "Spanish is a plus in our kitchen"
    r"|\s+for\s+(?!(?:the|a|an|any|all|our|your|this|that|these|those)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?"  # what for: "…would be ideal for mobile cover"
    r"|\s+to\s+(?!(?:the|a|an|any|all|other|our|your|their|its|his|her|this|that|these|those|them|us|me|you|him|it|\d+)\b)[a-z]+\b[^.;]*"  # its purpose: "Mandarin is an added advantage to liaise with suppliers"
    r"|\s+or\s+(?:an?\s+)?(?:equivalent|comparable)(?:\s+[\w-]+){0,3}"  # "BA/BS preferred or equivalent experience"  # "…is preferred but relevant experience may be substituted"
    r"|,?\s+" + _NOT_REQUIRED_TAIL + r"(?:,?\s+(?:as|because|since)\b[^.;]*)?)?"  # "…would be a bonus, though not mandatory", "…advantageous but not required as we will train you"
    r"(?:\s*\((?:we|will|not|but|training)\b[^()]*\)|\s+\((?!(?:must|required|essential|mandatory)\b)[^()\n\s]+\s[^()\n]{1,60}\))?"  # "…a plus (we will train the right person)", "… is a plus (visits from buyers)"
    r"[\s.!;:)\]。！]*$",
    re.I,
)
_PREFERRED_START_RE = fastre.compile(
    r"^[(\[]?(?:preferred|preferably|preferable|desired|desirable|nice[ -]to[ -]have|bonus|plus|ideally|optional|it\s+(?:helps|would\s+help)\s+if"
    r"|the\s+preferred\s+candidate|we\s+would\s+(?:also\s+)?(?:appreciate|like|love)|we\s+have\s+a\s+(?:strong\s+)?preference\s+for"
    r"|(?:(?:a|some)\s+)?(?:preference|priority)\s+(?:will\s+|may\s+|shall\s+|can\s+|is\s+)?(?:also\s+)?(?:be\s+)?given\s+to\s+(?:[\w-]+\s+){0,2}?(?:candidates?|applicants?|applications|those|people|individuals|persons|anyone|someone|holders|graduates)\b"  # "Preference may be given to applicants with …"
    r"|" + "|".join(load("lists.json").get("preferred_starts_intl", []))  # other languages: "Meriterande är …", "Bij voorkeur …"
    + r")\b\s*[:)\]\-–,]?",
    re.I,
)
# A mark after a clause put first, in a language that inverts the verb there: "Om ditt fokus är … , ser vi gärna att du …",
# "Har du utbildats i R-act är det något vi ser som positivt", "Wenn Sie … mitbringen, ist das von Vorteil"
_PREFERRED_INSIDE_RE = fastre.compile(r"(?i)[\w,)]\s+(?:" + "|".join(load("lists.json").get("preferred_inside_intl", [])) + r")\b")
_LABEL_VALUE_RE = fastre.compile(r"^[^\s:]+(?: [^\s:]+)?:\s")
_MUST_START_RE = fastre.compile(r"(?i)must\b")
_MINIMUM_START_RE = fastre.compile(r"(?i)(?:minimum|at\s+least)\b")
_CLAUSE_BEFORE_MARK_RE = fastre.compile(r",\s*[^,;\n]{1,40}?\s+$")  # ", ammonia systems " before the mark
_ENTITY_RE = fastre.compile(r"&#?\w{2,6};")  # "E&amp;P": an HTML entity's ';' joins no clauses


# a bonus the employer pays, named by its kind or amount: "sign-on bonus", "$2,500 referral bonus", "yearly bonus"
_PAY_BONUS_RE = fastre.compile(
    r"(?i)(?:\d[\d,.]*[kK]?|sign(?:ing|[- ]?on)|referral|retention|annual|quarterly|monthly|yearly|performance|holiday|relocation"
    r"|joining|completion|incentive|cash|attendance|shift|year[- ]end|christmas|13th[- ]month)[ \t]+bonus$"
)


def marks_preferred(item: str) -> bool:
    """Whether a list item marks itself, as a whole, as preferred rather than required.

    The mark frames the whole item: "Experience with Go is a plus", "MBA degree (Desired)",
    "Ideally, a degree in…", "Preferred: Spanish".  A mark on a part of the item does not make
    the item optional: in an item that opens with "Must", inside a bracket with other words ("a cloud platform (AWS preferred)"),
    after a ';' ("…Excel; Primavera is an advantage"), or inside the item ("a degree,
    preferably in physics").  A "Label: value (Preferred)" screening line is left alone.

    Args:
        item: the item's text.
    """
    text = item.strip()
    if _PREFERRED_START_RE.match(text):
        return True
    halves = text.split(" / ")
    if len(halves) == 2 and all(len(h.split()) >= 3 for h in halves) and marks_preferred(halves[0]):
        return True  # a bilingual item, the mark on its first half: "Heta arbeten-certifikat är meriterande / A hot work certificate is a merit"
    inside = _PREFERRED_INSIDE_RE.search(text)
    if inside and ";" not in text[: inside.start()]:
        return True
    if _MUST_START_RE.match(text):
        return False  # "Must have Office and an ATS, Resumator preferred": the item opens as a requirement
    if _CJK_PREFERRED_END_RE.search(text):
        return True
    m = _PREFERRED_END_RE.search(text)
    if not m:
        return _BARE_HELPFUL_RE.search(text) is not None and not _BRACKETED_RE.search(text[-12:])
    if m.group("mark").lower() == "bonus" and _PAY_BONUS_RE.search(text, 0, m.end("mark")):
        return False  # "$3,000 sign-on bonus!", "Annual performance bonus": money offered, not a wish
    if _MINIMUM_START_RE.match(text) and _CLAUSE_BEFORE_MARK_RE.search(text, 0, m.start("mark")):
        return False  # "Minimum 3 years of refrigeration experience, ammonia systems preferred": the mark on the last clause
    return _mark_frames_item(text, m)


# a Chinese or Japanese item that is one clause closed by its preference mark ("持有…证书者优先", "バリスタ経験者優遇",
# "土日祝に勤務できる方歓迎"); a clause after a comma marks only its own part ("本科及以上学历，相关专业优先": the degree stays required)
_CJK_PREFERRED_END_RE = fastre.compile(r"^[^，,；;、。]{2,80}?(?:优先|優先|歓迎|優遇|尚可|者佳|為佳|为佳)[。．.；;！!\s]*$")
_BRACKETED_RE = fastre.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# A note's clipped "X helpful" ("Experience with facility bills helpful"): the mark after a noun phrase of
# three or more words, not a trait in a row of traits ("Friendly and helpful", "Patient, helpful").
_BARE_HELPFUL_RE = fastre.compile(
    r"(?i)^(?!.*\b(?:be|is|are|being|very|always|extremely|really|and|or)\s+(?:helpful|useful|beneficial)[.!]?$)(?:\S+\s+){3,}(?<![,;]\s)(?:helpful|useful|beneficial)[.!]?$"
)


def _mark_frames_item(text: str, m: re.Match) -> bool:
    """Whether the preferred mark found by :data:`_PREFERRED_END_RE` frames the whole ``text``."""
    before = text[: m.start("mark")]
    if ";" in _BRACKETED_RE.sub("", _ENTITY_RE.sub("", before)):
        return False  # "…Excel; Primavera is an advantage" (a ';' inside brackets joins names: "(PipePhase or PipeSim; PRO II)")
    opened = before.rfind("(")
    if opened > before.rfind(")"):  # the mark is inside a bracket
        if before[opened + 1 :].strip():  # "(AWS preferred)": the bracket's own words are optional
            return False
        if m.group("mark").lower() == "optional":  # "Teleportation (Optional)"
            return bool(before[:opened].strip())
        return len(before[:opened].split()) >= 2 and not _LABEL_VALUE_RE.match(text)
    return len(before.split()) >= (2 if m.group("mark").lower().endswith("ideal") else 1)  # "BSN preferred"


_REQUIRED_RE = fastre.compile(
    r"(?:\b(?:is|are)\s+(?:also\s+)?(?:required|mandatory|essential)|\((?:required|mandatory|essential)\))[\s.!;:)\]]*$"
    r"|(?<!\bnot )\brequired(?:[ \t]*\([^()]*\))?[\s.!;:]*$"  # "PC skills required (Word and Excel preferred)", "MS Excel required"
    r"|^minimum\b"
    r"|\b(?:must|shall)\s+(?:be|have|hold|possess|obtain|maintain|meet|pass)\b",
    re.I,
)


# The same need stated in other languages (lists.json): "…, vilket är ett krav", "… krävs", "… ist zwingend erforderlich",
# "… est obligatoire"; a negated need ("Inga förkunskaper krävs", "keine Voraussetzung") states none
_REQUIRED_INTL_RE = fastre.compile(r"(?i)" + "|".join(f"(?:{p})" for p in load("lists.json").get("required_marks_intl", [])))
_NEGATED_NEED_RE = fastre.compile(r"(?i)\b(?:" + "|".join(load("lists.json")["negated_need_words"]) + r")\b")


def marks_required(item: str) -> bool:
    """Whether a list item under a Preferred heading states itself required ("… is required.",
    "Minimum 5 years …", "the candidate must be a permanent …"; not "At least a year…", which
    a Nice-to-have list may ask for), so that it goes to
    ``minimum_qualifications``.  An item that also marks itself preferred stays preferred.

    Args:
        item: the item's text.
    """
    text = item.strip()
    if marks_preferred(text):
        return False
    return _REQUIRED_RE.search(text) is not None or (_REQUIRED_INTL_RE.search(text) is not None and not _NEGATED_NEED_RE.search(text))


# "will be" states a trait ("…will be computer literate"), not a role or a pitch ("…will be an integral part of our team")
_BE_TRAIT = (
    r"be\s+(?:able|comfortable|experienced|proficient|fluent|familiar|skilled|confident|knowledgeable|computer|highly|self|detail|results|well"
    # the hire as a kind of person ("…will be a good communicator", "…will be an absolute expert with …"), not a place in the team
    r"|an?\s+(?:[\w-]+\s+){0,3}?(?:communicator|expert|team\s+player|self-starter|starter|problem[- ]solver|learner|thinker|multi-?tasker|organi[sz]er|negotiator|networker|listener)\b)"
)
# after "… will be": what the hire does or is given, not what the hire is ("will be responsible for", "will be working …")
_NOT_DUTY_BE = (
    r"(?!\s+(?:also\s+)?(?:[a-z]+ing|responsible|accountable|expected|required|tasked|asked|assigned|given|paid|offered|provided|based|located|placed|"
    r"hired|employed|eligible|entitled|involved|trained|supported|mentored|exposed|reporting|in\s+charge|(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:part|member)\s+of|the\s+(?:first|main|primary|key|lead))\b)"
)
_STATED_REQUIREMENT_RE = fastre.compile(
    r"(?i)^(?:plus,?\s+|also,?\s+)?(?:"
    r"(?:the\s+)?(?:ideal|successful|right|perfect)\s+(?:candidate|applicant|person|hire)s?\s+(?:will|should|must|would)\s+(?:also\s+)?(?:have|possess|hold|bring|need|demonstrate|show|" + _BE_TRAIT + r")\b"
    r"|(?:the\s+)?(?:ideal|successful|right|perfect)\s+(?:candidate|applicant|person|hire)s?\s+(?:has|have|is|are|possess(?:es)?)\b"
    r"|(?:the|this|our)\s+(?:(?:ideal|right|perfect|successful|selected|preferred)\s+)?(?:candidate|applicant|individual|person|hire)\s+(?:will|should|must|would|needs\s+to)\s+(?:also\s+)?(?:have|possess|hold|bring|demonstrate|show|be)\b" + _NOT_DUTY_BE +  # "The candidate will be enthusiastic …", "This individual must be computer savvy …"
    r"|the\s+(?:(?-i:[A-Z])[\w/&.-]*\s+){1,4}must\s+(?:also\s+)?(?:have|possess|hold|be)\b" + _NOT_DUTY_BE +  # the hire named by the role: "The Account Manager must have …"
    r"|(?:successful\s+)?(?:candidates|applicants)\s+(?:will|should|must)\s+(?:also\s+)?(?:have|possess|hold|bring|demonstrate|" + _BE_TRAIT + r")\b"
    r"|we(?:'re|’re|\s+are)\s+(?:looking\s+for|seeking)\s+(?:someone|somebody|a\s+candidate|an\s+individual|a\s+person|candidates|people|individuals)\s+with\b"
    r"|you\s+(?:must|should)\s+(?:also\s+)?(?:have|be|possess|hold)\b"
    r"|you(?:'ll|’ll|\s+will)\s+(?:also\s+)?need\s+(?!to\s+(?!be\b|have\b))"  # "You will need trafficking experience", not "… need to attend events"
    r"|you(?:'ll|’ll|\s+will)\s+(?:also\s+)?(?:have|possess|" + _BE_TRAIT + r")\b(?!\s+(?:the\s+)?(?:opportunity|chance|access|a\s+chance)\b)(?!\s+(?:an?\s+\w+\s+(?:level|degree)\s+of\s+)?(?:input|oversight|ownership|autonomy|freedom)\b)"  # "You will have a minimum 2 years …", "You will be comfortable …"; not "You will have a high level of input …"
    r"|must\s+(?:have|be|hold|possess)\b"
    r"|(?:(?:the|this)\s+(?:position|role|job)\s+(?:also\s+)?requires|we\s+(?:also\s+)?require)\b(?![^.;]*\b(?:apply|submit|send|upload)\b)"  # "This role requires clear communication …", "We require an experienced …"; not how to apply
    r"|it(?:'s|’s|\s+is)\s+(?:also\s+)?(?:essential|vital|important|crucial|critical)\s+(?:that\s+you|for\s+you\s+to)\b"  # "It's important that you are interested in design"
    r"|ideally,\s+(?:you|the\s+candidate|candidates)\b"  # "Ideally, you'll be comfortable …" standing alone: preferred
    r"|we(?:'re|’re|\s+are)\s+(?:looking\s+for|seeking)\s+(?:someone|somebody|a\s+candidate|an\s+individual|a\s+person)\s+(?:who|that)\b"
    r"|we(?:'re|’re|\s+are)\s+(?:looking\s+for|seeking)\s+(?:candidates|people|individuals)\s+(?:who|that)\b(?![^.;]*\bto\s+join\b)"  # not a call "… people who are passionate about X to join our team"
    r"|we\s+(?:seek|want)\s+(?:candidates|people|individuals|someone|somebody)\s+(?:who|that|with)\b(?![^.;]*\bto\s+join\b)"  # "We seek individuals who …"
    r"|we\s+(?:want|need)\s+(?:someone|somebody)\s+(?:who|that|with)\b|someone\s+who\b"  # "Someone who enjoys exploratory testing …"
    # the hire described in the second person, as a profile paragraph writes it ("You're a music obsessive.", "You love
    # clients …", "You have great taste …"); not a duty, a pitch or an entitlement ("You are responsible for …",
    # "You are invited to …", "You have the opportunity to …")
    r"|you(?:'re|’re|\s+are)\s+(?!(?:also\s+)?(?:responsible|expected|going|joining|invited|required|awarded|welcome|encouraged|tasked|asked|eligible|entitled|offered|paid|given|provided|based|part|in\s+charge|reporting|working|applying|now|here|about|receiving|subject|not)\b)"
    r"|you\s+(?:have|possess)\s+(?!(?:the\s+|an?\s+)?(?:opportunity|chance|option|access|right|ability\s+to\s+(?:work|choose))\b)"
    r"|you(?:'ve|’ve)\s+(?:either\s+)?(?:got|worked|been|built|led|managed|had|spent|done|developed|delivered|shipped|gained)\b"
    r"|you\s+(?:love|enjoy|thrive|care\s+about|understand|relish|take\s+pride|pride\s+yourself|live\s+and\s+breathe)\b"
    r")"
)


_STATED_LEAD_RE = fastre.compile(r"(?i)(?:plus|also),?\s+")
# The same statements in other languages (lists.json): "Du har …", "Vi söker dig som …", "Sie verfügen über …", "Vous avez …"
_STATED_INTL_RE = fastre.compile(r"(?i)^(?:" + "|".join(load("lists.json").get("stated_requirement_starts_intl", [])) + r")")


def states_requirement_intl(sentence: str) -> bool:
    """Whether a sentence in another language states a requirement of the hire, as :func:`states_requirement`
    reads "You have …" and "We are looking for someone who …" ("Du har flerårig erfarenhet …", "Vi söker dig som är …",
    "Som person är du …", "Sie verfügen über …", "Vous avez …", "Cuentas con …").

    Args:
        sentence: one sentence.
    """
    text = sentence.strip()
    return not text.endswith("?") and _STATED_INTL_RE.match(text) is not None and not is_process_text(text)


def states_requirement(sentence: str) -> bool:
    """Whether a sentence of the description states a requirement of the hire, as golden/README
    counts one outside the qualifications list ("The ideal candidate will have…", "Successful
    applicants will have…", "We are looking for someone with…", "You will need…", "You must
    have…", "Must be able to…"); a pitch announcing the opening ("We are looking for a Data
    Analyst to join…") or a duty ("The successful candidate will manage…") is not one.

    Args:
        sentence: one sentence of the description.
    """
    text = sentence.strip()
    if text.endswith("?") or is_process_text(text):
        return False
    if _STATED_REQUIREMENT_RE.match(text) or states_requirement_intl(text):
        return True
    # "Valid SC insurance license … is required.", "Experience with coastal business … is preferred.": a
    # qualification named as the subject, its need stated at the end; not "Travel is required", not "No experience is required"
    return (
        len(text.split()) <= MAX_STATED_WORDS
        and _STATED_END_RE.search(text) is not None
        and _QUALIFICATION_NOUN_RE.search(text) is not None
        and _NEGATION_RE.search(text) is None
    )


MAX_STATED_WORDS = 30
_STATED_END_RE = fastre.compile(
    r"(?i)\b(?:is|are)\s+(?:also\s+)?(?:required|a\s+must|essential|mandatory|preferred|desired|desirable|an?\s+(?:plus|advantage|asset))[.!]?$"
    r"|\bwould\s+be\s+(?:advantageous|an\s+advantage|a\s+plus|an\s+asset|useful|beneficial)[.!]?$"
)
_QUALIFICATION_NOUN_RE = fastre.compile(
    r"(?i)\b(?:experience|degree|licen[cs]e|certificat\w*|cert|knowledge|skills?|abilit(?:y|ies)|proficiency|qualifications?|diploma|background|familiarity|understanding|fluency|training)\b"
)
_NEGATION_RE = fastre.compile(r"(?i)\b(?:no|not|nor|without)\b")
_CONTACT_RE = fastre.compile(
    r"\(\d{3}\)[ \t]*\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b|\bSuite \d+"  # a phone number or an office suite: contact details
    r"|\((?![^()]*://)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:uk|org|com|net|gov|io|eu|edu|int)\)\W*$"  # a link's text ending on its bare address: "Civil Service Careers (civil-service-careers.gov.uk)"
)


def is_process_text(item: str) -> bool:
    """Whether a list line is process text rather than an item: application and resume
    instructions, how applicants are evaluated or credited, definitions, notes, references to
    handbooks and links ("Please include this in your resume.", "NOTE: …", "Experience refers to
    …", "A physical examination may be required."), from ``lists.json`` ``not_item_*``, and
    contact details (a phone number or an office suite: an accrediting body's address) and a
    link's text ending on its bare address in brackets.

    Args:
        item: the item's text.
    """
    starts, phrases, ends = _vocab().not_item
    low = " ".join(item.lower().replace("’", "'").split())
    return low.startswith(starts) or fastre.phrases(phrases).found_in(low) or low.endswith(ends) or _CONTACT_RE.search(item) is not None


MIN_WORDS_BEFORE_PROCESS = 2


@cache
def _process_starts() -> fastre.Phrases:
    """The openings of process text that :func:`_cut_process_tail` cuts at (``not_item_starts`` opening with a letter)."""
    return fastre.phrases(tuple(start for start in _vocab().not_item[0] if start[:1].isalpha()))


def _cut_process_tail(text: str, item: Item) -> Item:
    """``item`` without process text a scrape ran on after it: a capitalised opening of
    ``not_item_starts`` after two or more words, after a space or glued to a lower-case letter
    ("… adjusts customer accounts Please no phone calls …", "Problem Solving Experience refers to paid and unpaid experience …"); the item
    as it is when nothing is run on or the whole item is process text."""
    starts = _process_starts()
    for k, (s, e) in enumerate(item.spans):
        low = text[s:e].lower().replace("’", "'")
        cut = -1
        for at in starts.starts(low):  # the first opening that stands as one: "… accounts Please no phone calls …", "… accountsPlease no …"
            if at >= (0 if k else 1) and text[s + at].isupper() and (at == 0 or low[at - 1] == " " or text[s + at - 1].islower()) \
                    and (k or len(low[:at].split()) >= MIN_WORDS_BEFORE_PROCESS):
                cut = at
                break
        if cut >= 0:
            kept = _strip(text, s, s + cut)
            cut_item = _item(text, [*item.spans[:k], *([kept] if kept[1] > kept[0] else [])]) if k or cut else None
            return cut_item if cut_item is not None else item
    return item


_VERB_WORD_RE = fastre.compile(r"(?i)\b(?:must|shall|is|are|be|will|have|has|may|should|can|need|needs)\b")
_LIST_INTRO_RE = fastre.compile(
    r"(?i)\b(?:meet|satisfy|have|possess|fulfil|fulfill)\s+(?:(?:one|all|each|either|any)\s+of\s+)?the\s+following\b(?:\s+[\w-]+(?:\(s\))?){0,3}\s*(?:[.:]|\band\b)"
    r"|\bthe\s+following(?:\s+[\w-]+){0,3}\s*[.:]?$"
)
MAX_LABEL_ITEM_WORDS = 4


def is_heading_line(item: str, run_in: bool = False) -> bool:
    """Whether a list line is a heading or an intro rather than an item: with ``run_in`` (the
    item was cut from a paragraph, not a line of its own), a label sentence in Title Case
    ("Foreign Graduates.", "English Language Proficiency."; not "CDL Driver's License." on its
    own line); a heading in capitals
    that names a list kind and states nothing ("BASIC REQUIREMENTS FOR ALL GRADES."; not
    "ENLISTED ONLY" or "MUST BE A US CITIZEN"), or a sentence that announces the list below it
    ("…, you must meet the following criteria.", "… based on either of the following:").

    Args:
        item: the item's text.
        run_in: the item shares its line with other text.
    """
    text = item.strip()
    if text.endswith((":", "：")):
        return True
    if _LIST_INTRO_RE.search(text):
        return True
    body = text.rstrip(". ")
    words = body.split()
    if run_in and text.endswith(".") and body and len(words) <= MAX_LABEL_ITEM_WORDS and not _HEADING_FORM_RE.search(body) and _title_case_line(body) and all(w[0].isupper() for w in words):
        return True  # "Foreign Graduates.": a run-in label of a paragraph
    letters = [ch for ch in body if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(words) <= MAX_INTRO_WORDS and keyword_match(body) in LIST_KINDS and not _VERB_WORD_RE.search(body) \
        and _SECTION_NOUN_RE.search(body) is not None  # "HANDS-ON JES2 EXPERIENCE" in a list written in capitals is an item


# the nouns a heading in capitals names its section by ("BASIC REQUIREMENTS FOR ALL GRADES", "KEY DUTIES")
_SECTION_NOUN_RE = fastre.compile(r"(?i)\b(?:requirements?|qualifications?|duties|responsibilities|criteria|competenc(?:y|ies)|expectations)\b")


_LABEL_RE = fastre.compile(r"(?P<label>[A-Z][A-Za-z/&'’ -]{2,40}?)[ \t]*[:：][ \t]*(?=\S)")
_CAPS_LABEL_RE = fastre.compile(r"(?P<label>[A-Z][A-Z/&'’ -]{2,70}?)[ \t]*[:：][ \t]*(?=\S)")
MAX_CAPS_LABEL_WORDS = 8
# A sentence that announces the items after its ':' ("Specialized experience is defined as:", "…
# based on either of the following: (1) …"), and the marker of the first item after it.
_ANNOUNCE_INTRO_RE = fastre.compile(
    r"(?:[^:.;!?]{0,100}?\b(?:is|are)\s+defined\s+as|[^:.;!?]{0,100}?\bas\s+follows|(?:The|These)\s+following\b[^:.;!?]{0,150}?"
    r"|[^:.;!?]{0,120}?\b(?:based\s+on|in|include|includes)\s+(?:(?:either|one|each|all)\s+of\s+)?the\s+following"
    r"|[^:.;!?]{0,120}?\bthe\s+following\s+(?:is|are)\s+required)"
    r"[ \t]*[:：][ \t]*(?:\(?(?:1|a|A)[.)][ \t]+)?(?=\S)"
)


def _unlabel(text: str, item: Item) -> tuple[Item, Optional[str]]:
    """``item`` without a heading label glued in front of it ("Education: Bachelor of Science…",
    "Preferred Education: Master's…", "Specialized Experience : Must have…"), and the list kind
    the label names (None when there is no label).  A label with digits ("GS-7: …") says which
    grade the item is for and stays; so does a label that names no list kind ("Note: …"),
    unless it is in capitals ("SUPERIOR ACADEMIC ACHIEVEMENT: …", cut, no kind).  A sentence that
    announces the items after its ':' ("Specialized experience is defined as: …") is cut off too."""
    s, e = item.spans[0]
    intro = _ANNOUNCE_INTRO_RE.match(text, s, e)
    if intro and intro.end() < e:  # "This finding may be based on either of the following: (1) A letter …"
        stripped = _item(text, [(intro.end(), e), *item.spans[1:]])
        if stripped is not None:
            item = stripped
            s, e = item.spans[0]
    m = _LABEL_RE.match(text, s, e) or _CAPS_LABEL_RE.match(text, s, e)
    if not m:
        return _unlabel_run_in(text, item)
    if m.end() >= e:
        return item, None
    label = m.group("label")
    shouted = label.isupper() and len(label.split()) >= 2
    if len(label.split()) > (MAX_CAPS_LABEL_WORDS if shouted else 4):
        return item, None
    kind = kind_of_heading(label)
    if kind not in LIST_KINDS and not shouted and label.lower().split()[-1] in ("skills", "knowledge"):
        return item, None  # "Computer skills: MS Word, MS Excel": the subject of the requirement, no heading of the page's
    if kind not in LIST_KINDS:
        kind = keyword_kind(label)
    if kind not in LIST_KINDS:
        if not shouted:
            return item, None
        kind = None  # "SUPERIOR ACADEMIC ACHIEVEMENT: …": a block label in capitals, no item
    stripped = _item(text, [(m.end(), e), *item.spans[1:]])
    if stripped is None:
        return item, None
    stripped, inner = _unlabel_run_in(text, stripped)  # "BASIC REQUIREMENTS: 1550 COMPUTER SCIENTIST Requires …"
    return stripped, kind or inner


_CAPS_RUN_IN_RE = fastre.compile(
    r"(?P<series>\d{4}[ \t]+)?(?P<label>[A-Z][A-Z&/'’-]+(?:[ \t]+[A-Z][A-Z&/'’-]+){1,6})[ \t]+(?=[A-Z][a-z]|[AI][ \t]+[a-z])"
)


def _unlabel_run_in(text: str, item: Item) -> tuple[Item, Optional[str]]:
    """``item`` without a heading in capitals run in with no colon ("SPECIALIZED EXPERIENCE
    REQUIREMENTS A qualified candidate's …" → kind and item, "1550 COMPUTER SCIENTIST Requires a
    Bachelor's …": an occupational series and its name, cut, no kind).  Capitals that name no list
    kind and follow no series number ("SQL SSIS Experience with …") stay."""
    s, e = item.spans[0]
    m = _CAPS_RUN_IN_RE.match(text, s, e)
    if not m or m.end() >= e:
        return item, None
    label = m.group("label")
    kind = kind_of_heading(label)
    if kind not in LIST_KINDS:
        kind = keyword_kind(label)
    if kind not in LIST_KINDS:
        if not m.group("series"):
            return item, None
        kind = None
    stripped = _item(text, [(m.end(), e), *item.spans[1:]])
    return (stripped, kind) if stripped is not None else (item, None)


# a clause that says something is not needed ("German is not required", "a car is not needed", "no degree necessary")
# an item that waives a requirement: "No experience required", "No se requiere experiencia", "Aucune expérience requise"
_NOTHING_ASKED_RE = fastre.compile(
    r"(?i)(?:no|zero)[ \t]+(?:prior[ \t]+|previous[ \t]+)?(?:experience|qualifications?|degree)[ \t]+(?:is[ \t]+)?(?:required|needed|necessary)\b"
    r"|no[ \t]+se[ \t]+(?:requiere|necesita|pide)[ \t]+experiencia|sin[ \t]+experiencia[ \t]+previa|no[ \t]+es[ \t]+necesari[oa][ \t]+(?:tener[ \t]+)?experiencia"
    r"|não[ \t]+(?:é[ \t]+)?(?:necessária|exigida)[ \t]+experiência|aucune[ \t]+expérience[ \t]+(?:n['’]est[ \t]+)?(?:requise|nécessaire|exigée)"
    r"|non[ \t]+è[ \t]+richiesta[ \t]+(?:alcuna[ \t]+)?esperienza|nessuna[ \t]+esperienza[ \t]+richiesta"
)
_NOT_NEEDED_RE = fastre.compile(r"(?i)[^;]{0,60}?\b(?:is|are)[ \t]+not[ \t]+(?:required|needed|necessary|essential|mandatory|a[ \t]+requirement)\b")


def _mixed_split(text: str, marked: list[tuple[Item, Optional[str]]]) -> Iterator[tuple[Item, Optional[str]]]:
    """Items as marked, except that an item whose sentences (or ';' clauses) are partly
    self-marked preferred ("Ten years of experience is required. Experience with Wellview is a
    plus.", "High school diploma required; associate degree preferred") gives one item per
    sentence or clause, so each goes to its own field."""
    for item, sub in marked:
        if len(item.spans) == 1 or all(a[1] == b[0] for a, b in zip(item.spans, item.spans[1:])):  # (spans that meet are one)
            parts = sentences(text, item.spans[0][0], item.spans[-1][1])
            if len(parts) == 1:
                parts = [p for p in _semicolon_parts(text, *parts[0]) if p[1] > p[0]]
            if len(parts) == 1:
                parts = _preferred_clause_parts(text, *parts[0])
            kept = [(a, b) for a, b in parts if not (_NOT_NEEDED_RE.match(text, a, b) and not marks_preferred(text[a:b]))]
            if len(parts) > 1 and ";" in text[parts[0][1] : parts[1][0]] and 0 < len(kept) < len(parts):
                piece = _item(text, kept)  # "Fluent English; German is not required": the clause that relaxes says no need
                if piece is not None:
                    yield piece, sub
                continue
            flags = [marks_preferred(text[a:b]) for a, b in parts]
            if len(parts) > 1 and any(flags) and not all(flags):
                for a, b in parts:
                    piece = _item(text, [(a, b)])
                    if piece is not None:
                        yield piece, sub
                continue
        yield item, sub


# A conjunction that joins a second clause in which the employer says what it would like besides ("Du har erfarenhet
# som controller och vi ser gärna att du …", "…, and we would love it if you …", "…, und wir wünschen uns …")
_CLAUSE_JOIN_RE = fastre.compile(r"(?i),?[ \t]+(?:och|samt|and|og|und|et|en|y)[ \t]+(?=(?:vi|we|wir|nous|wij)[ \t])")


def _preferred_clause_parts(text: str, s: int, e: int) -> list[Span]:
    """``text[s:e]`` cut before the conjunction of a clause that marks itself preferred
    (:data:`_CLAUSE_JOIN_RE` and :func:`marks_preferred`); the whole span when there is none."""
    for m in _CLAUSE_JOIN_RE.finditer(text, s, e):
        if marks_preferred(text[m.end() : e]):
            return [_strip(text, s, m.start()), _strip(text, m.end(), e)]
    return [(s, e)]


def _semicolon_parts(text: str, s: int, e: int) -> list[Span]:
    """The ';' clauses of ``text[s:e]``, each without its joining "and" (an empty clause left
    empty); a ';' inside brackets ("(e.g., professional; philanthropic; …)") parts nothing."""
    parts: list[Span] = []
    cur = s
    for m in _CLAUSE_SPLIT_RE.finditer(text, s, e):
        if text.count("(", cur, m.start()) > text.count(")", cur, m.start()):
            continue
        parts.append(_strip(text, cur, m.start()))
        cur = m.end()
    parts.append(_strip(text, cur, e))
    return parts


@dataclass(frozen=True)
class _Routed:
    items: dict[str, list[Item]]
    sections: dict[str, list[Section]]
    stated: dict[str, list[Item]]  # requirements stated in the description, outside any list


# A PDF's running footer or header ("Harbourside Homes – Repairs Surveyor JD   Page 1 of 2") and a person specification's
# column legend ("E = Essential  D = Desirable", "E – essential / D – desirable"): page furniture, no items.
_PAGE_MARK_RE = fastre.compile(r"(?i)\bpage[ \t]+\d{1,3}[ \t]*(?:of|/)[ \t]*\d{1,3}$")
_COLUMN_LEGEND_RE = fastre.compile(r"(?i)\b(?P<e>[A-Z])[ \t]*[=:–-][ \t]*essential\b[\s,;/]{0,12}(?P<d>[A-Z])[ \t]*[=:–-][ \t]*desirable\b")
_COLUMN_MARK_RE = fastre.compile(r"(?P<body>\S.{5,}?)(?:[ \t]+|[ \t]*\|[ \t]*)(?P<mark>[A-Z])(?:[ \t]*\|[^|\n]{0,60})?$")
# a person specification table's header row naming the column of letters ("Criteria | Essential/Desirable | Assessed by")
_COLUMN_HEADER_RE = fastre.compile(r"(?im)^[^|\n]{0,40}\|[ \t]*essential[ \t]*(?:/|or)[ \t]*desirable[ \t]*(?:\||$)")


def _column_legend(ctx: Context) -> Optional[dict[str, str]]:
    """The kinds a person specification's legend names by letter ("E = Essential  D = Desirable"), or its table's
    header row by its column ("… | Essential/Desirable | …": E and D), or None."""
    m = _COLUMN_LEGEND_RE.search(ctx.text)
    if m is None:
        return {"E": "minimum_qualifications", "D": "preferred_qualifications"} if _COLUMN_HEADER_RE.search(ctx.text) else None
    return {m.group("e").upper(): "minimum_qualifications", m.group("d").upper(): "preferred_qualifications"}


def _column_mark(ctx: Context, item: Item) -> tuple[Item, Optional[str]]:
    """An item closed by a person specification's column letter ("Full UK driving licence   E", "MRICS membership   D"),
    in a posting whose legend names the letters ("E = Essential  D = Desirable"): the item without its letter, and the
    kind the letter names; else ``(item, None)``."""
    legend = ctx.once("lists.column_legend", _column_legend)
    m = _COLUMN_MARK_RE.fullmatch(item.value) if legend else None
    if m is None or m.group("mark") not in legend:
        return item, None
    s, e = item.spans[-1]
    end = ctx.text.rfind(m.group("mark"), s, e if m.end("mark") == len(item.value) else e - (len(item.value) - m.end("mark")))
    while end > s and ctx.text[end - 1] in " \t|":
        end -= 1
    return Item(m.group("body"), (*item.spans[:-1], (s, end))), legend[m.group("mark")]


def _prose_over_duties(text: str, sections: list[Section], at: int) -> bool:
    """Whether ``sections[at]`` is a duties section of prose only (no bulleted or numbered line) right above another
    duties section that lists its duties line by line ("Votre fonction" / "En tant qu'Agent …, vous êtes …" over "Vos
    tâches" / "• Vous répondez …"): the paragraph describes the role; the list below holds its duties."""
    here = sections[at]
    if here.kind != "responsibilities" or at + 1 >= len(sections) or sections[at + 1].kind != "responsibilities":
        return False
    below = sections[at + 1]
    listed = lambda s: any(BULLET_RE.match(text, a, b) for a, b, _ in _lines(text, s.start, s.end))  # noqa: E731
    return not listed(here) and listed(below)


def _route(ctx: Context) -> _Routed:
    """The items of every list section, each filed under the field the page meant.

    An item goes to its section's kind, unless an in-list sub-heading above it names another
    list kind ("Bonus points for:" or "You will be responsible for:" inside Requirements), or it marks itself preferred
    inside a required list ("…would be a plus").  Duplicates are dropped, and so are a board's
    screening lines ("Accounting: 3 years (Required)") when the posting has a qualifications list
    of its own (they repeat it).
    """
    cached = ctx.extras.get("lists.routed")
    if cached is not None:
        return cached
    items: dict[str, list[Item]] = {k: [] for k in LIST_KINDS}
    used: dict[str, list[Section]] = {k: [] for k in LIST_KINDS}
    seen: set[str] = set()
    required_seen = bool(ctx.sections_of("minimum_qualifications"))
    duties_seen = bool(ctx.sections_of("responsibilities"))
    screening: list[tuple[str, Item, Section]] = []  # a board's screening lines, kept only without another list
    assessed = _assessed(ctx)
    home: dict[int, Section] = {}  # the section each item came from

    def _add(kind: str, item: Item, section: Section) -> None:
        key = item.value.lower()
        if key in seen:
            return
        seen.add(key)
        items[kind].append(item)
        home[id(item)] = section
        if section not in used[kind]:
            used[kind].append(section)

    sections = _before_selection(ctx.sections)
    for at, section in enumerate(sections):
        if chip_row_section(ctx.text, section):
            continue  # a board's skill chips ("Key Skills" / "PySpark  Azure  SQL  ETL"): skills, not list items
        if _prose_over_duties(ctx.text, sections, at):
            continue  # "Votre fonction" / a paragraph about the role, then "Vos tâches" / its bullets: the paragraph describes
        if _field_rows_section(ctx.text, section):
            continue  # a board's candidate profile ("Career Level: Mid Career" / "Degree: Bachelor's degree" / "Nationality: Any"): its fields
        marked = list(_mixed_split(ctx.text, split_marked(ctx.text, section.start, section.end, glued=True)))
        base = section.kind
        if base == "preferred_qualifications" and not required_seen and _required_inside(ctx.text, section, marked):
            base = "minimum_qualifications"
        elif base == "minimum_qualifications" and not duties_seen and _duties_inside(marked):
            base = "responsibilities"  # a "Requirements" block that lists duties ("Implement…", "Keep records…")
        rating = False  # under "Candidates will be evaluated on the KSAs listed below": the criteria, no items
        for item, sub in marked:
            kind = base
            numbered = _MARKER_BEFORE_RE.search(ctx.text, max(0, item.spans[0][0] - 6), item.spans[0][0]) is not None
            if _RATING_LEAD_RE.search(item.value):
                rating = True
            elif not numbered and not is_process_text(item.value) and not _DEFINED_LABEL_RE.match(item.value):
                rating = False
            if rating and (numbered or _DEFINED_LABEL_RE.match(item.value)):
                continue  # the criteria under the lead: numbered, or competencies and their definitions ("Interpersonal Skills - Shows …")
            item = _cut_process_tail(ctx.text, item)
            if sub in DROP_KINDS or is_process_text(item.value) or is_heading_line(item.value, _run_in(ctx.text, item.spans)):
                continue
            if _PAGE_MARK_RE.search(item.value) and len(item.spans) > 1 and _PAGE_MARK_RE.search(ctx.text, *item.spans[-1]):
                item = _item(ctx.text, list(item.spans[:-1])) or item  # "…online resources." / "Acme – Assistant JD   Page 1 of 2": the footer cut off
            if _PAGE_MARK_RE.search(item.value) or _COLUMN_LEGEND_RE.search(item.value) or _COLUMN_HEADER_RE.search(item.value):
                continue  # "Acme – Surveyor JD   Page 1 of 2", "Person specification  E = Essential  D = Desirable": a PDF's page furniture
            item, column = _column_mark(ctx, item)
            if item.value.lower() in assessed:
                continue  # "Technical Skills: Strategy design …" repeating the criteria the selection assesses
            if _FRAGMENT_RE.match(item.value):
                continue  # "Corps) and other organizations …": the tail of a sentence a scrape broke in a word
            if item.value.endswith("?"):
                continue  # a screening question ("Why do you think you are …?") asks, it requires nothing
            if _NOTHING_ASKED_RE.match(item.value):
                continue  # "No experience required: we train you on day one": a requirement waived, none stated
            if _HASHTAG_ROW_RE.fullmatch(item.value):
                continue  # "#hiring #barista #portlandjobs": a social post's tags
            if _PAY_LINE_RE.match(item.value) or _PAY_SENTENCE_RE.search(item.value) or _BONUS_OFFER_RE.match(item.value):
                continue  # "Compensation $25-$30/hour + commissions.", "Salary: DOE", "$3,000 sign-on bonus!": the pay, which the lists do not hold
            if _terms_label_row(item.value):
                continue  # "Anställningsform, omfattning, placeringsort": a heading made of the terms' labels
            if _open_intro(ctx.text, item):
                continue  # "On a typical day you will", "I rollen som sjuksköterska ska du": an intro whose ':' the page lost
            if _SENIORITY_VALUE_RE.fullmatch(item.value):
                continue  # "Experience Level: Mid level": the board's seniority field, not a requirement
            if _OFFICE_STYLE_RE.search(item.value):
                continue  # a word processor's style sheet pasted with the text ("Normal 0 false false false", "mso-style-name:…")
            if company_voice(item.value):
                continue  # "We are a successful and growing mid-sized firm.": the employer about itself, inside a list section
            item, labelled = _unlabel(ctx.text, item)
            if sub in QUALIFICATION_KINDS or sub == "responsibilities":
                kind = sub
                if base == "responsibilities" and sub == "minimum_qualifications" and is_duty(item.value) and not _QUALIFICATION_ITEM_RE.search(item.value):
                    kind = base  # "Key Responsibilities" / "… you must:" / "Support your peers …": a duty under a duty heading
            if labelled in QUALIFICATION_KINDS and kind in QUALIFICATION_KINDS:
                kind = labelled  # "Preferred Education: a master's degree"
            if column is not None and kind in QUALIFICATION_KINDS:
                kind = column  # "Full UK driving licence   E" / "MRICS membership   D" under the legend "E = Essential  D = Desirable"
            if kind == "responsibilities" and (_QUALIFICATION_ITEM_RE.search(item.value) or states_requirement_intl(item.value)):
                kind = "minimum_qualifications"  # "Ability to lift 50lbs", "Attention to detail is required", "Du har …" in a duties list
            elif kind == "minimum_qualifications" and _YOU_WILL_RE.match(item.value) and is_duty(item.value):
                kind = "responsibilities"  # "You will be answering sales calls …" in a requirements list: what the hire does
            if (kind == "minimum_qualifications" and marks_preferred(item.value)) or (
                kind == "responsibilities" and _duty_marks_preferred(item.value)
            ):
                kind = "preferred_qualifications"
            elif kind == "preferred_qualifications" and marks_required(item.value):
                kind = "minimum_qualifications"  # "Minimum 5 years…" under Preferred
            if _SCREENING_RE.match(item.value) or _FIELD_ROW_RE.match(item.value) and not marks_preferred(item.value):
                screening.append((kind, item, section))
                continue
            _add(kind, item, section)
    for kind in QUALIFICATION_KINDS:
        items[kind] = [item for item in items[kind] if not _repeats_other_list(item, kind, home, items)]
    if not any(items[k] for k in QUALIFICATION_KINDS):
        for kind, item, section in screening:
            _add(kind, item, section)
    stated: dict[str, list[Item]] = {k: [] for k in QUALIFICATION_KINDS}
    for section in ctx.sections_of("description", "summary"):
        for item in _description_sentences(ctx.text, section):
            if not states_requirement(item.value) or item.value.lower() in seen:
                continue
            lead = _STATED_LEAD_RE.match(item.value)  # "Plus you must …": "plus" joins, it marks nothing
            kind = "preferred_qualifications" if marks_preferred(item.value[lead.end() if lead else 0 :]) else "minimum_qualifications"
            seen.add(item.value.lower())
            stated[kind].append(item)
    taken = sorted(span for kind in LIST_KINDS for item in items[kind] for span in item.spans)
    for section in ctx.sections:  # the eligibility the hire must already meet, wherever the page states it (in a list's
        # section too, as a paragraph after its items: "Candidates must be legally allowed to work in Sint Maarten.")
        listed = section.kind in LIST_KINDS
        for item in _description_sentences(ctx.text, section):
            if listed and _overlaps(taken, item.spans[0][0], item.spans[-1][1]):
                continue
            clause = None if item.value.lower() in seen else eligibility_clause(ctx.text, item)
            if clause is not None and clause.value.lower() not in seen:
                seen.add(clause.value.lower())
                stated["minimum_qualifications"].append(clause)
    routed = _Routed(items, used, stated)
    ctx.extras["lists.routed"] = routed
    return routed


_COMPANY_VOICE_RE = fastre.compile(
    r"(?:(?:Plus|And|So|Also),?\s+)?(?:[Ww]e|Our|[Ww]e['’](?:re|ve|d|ll)|At\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?,\s+we)\b"
)
_HIRE_WORD_RE = fastre.compile(
    r"(?i)\b(?:you|your|you['’](?:re|ll|ve|d)|someone|somebody|candidates?|applicants?|individuals?|people|persons?|hire|"
    r"looking|seeking|search(?:ing)?|require[sd]?|requirements?|need|needs|expect|want|prefer|would|invite|eligible|vacanc\w*)\b"
)


MAX_REPEAT_WORDS = 3
MIN_REPEAT_GAIN = 3  # words the repeating item is longer by
_REPEAT_TOKEN_RE = fastre.compile(r"[a-z0-9+#]+")


def _repeat_tokens(value: str) -> set[str]:
    return set(_REPEAT_TOKEN_RE.findall(value.lower().replace("'s", "").replace("’s", "")))


def _repeats_other_list(item: Item, kind: str, home: dict[int, Section], items: dict[str, list[Item]]) -> bool:
    """Whether a short qualification item ("OND", "2 years", "Bachelor's degree") only repeats, in a board's
    summary block of short values only ("Minimum Qualification: OND", "Experience Length: 2 years"), a longer item of another
    section's list of the same kind ("OND/HND/B.Sc in any discipline", "Minimum of 2 years FMCG field sales
    experience"): the posting's list already holds the requirement, and the block's value is not a second one
    ("BSN" preferred beside "ADN or BSN" required says something of its own)."""
    words = item.value.split()
    if len(words) > MAX_REPEAT_WORDS:
        return False
    block = [other for values in items.values() for other in values if home.get(id(other)) is home.get(id(item))]
    if any(len(other.value.split()) > MAX_REPEAT_WORDS for other in block):
        return False  # a value among written-out items is an item of that list, not a summary block's label value
    tokens = _repeat_tokens(item.value)
    return bool(tokens) and any(
        home.get(id(other)) is not home.get(id(item))
        and len(other.value.split()) >= len(words) + MIN_REPEAT_GAIN
        and tokens <= _repeat_tokens(other.value)
        for other in items[kind]
    )


def company_voice(item: str) -> bool:
    """Whether a list item is the employer speaking about itself ("We are a successful and growing mid-sized
    firm.", "Our clients are leading brands …", "We offer incentive bonus plans …"): it opens with "We" or "Our"
    and names neither the hire nor what the employer looks for ("We are looking for someone who …", "We expect
    you to …", "We would appreciate …" stay). A page that runs its company paragraph on under a list heading
    puts such sentences there; they state no duty and no requirement."""
    opener = _COMPANY_VOICE_RE.match(item)
    if opener is None:
        return _company_voice_intl(item) or _named_company_voice(item)
    if _HIRE_WORD_RE.search(item):
        return False
    # "Our …" must go on as a sentence; "Our Go monolith and its Postgres database" names a thing the hire will own
    return not opener.group().strip().endswith("Our") or _OUR_SENTENCE_RE.search(item, opener.end()) is not None


_OUR_SENTENCE_RE = fastre.compile(r"\b(?:is|are|was|were|has|have|will|can|includes?|provides?|offers?)\b")
# The same voice in other languages (lists.json): "Vi lagar klimatsmart mat …", "Vårt arbetssätt är …", "Wir sind ein
# Familienbetrieb …", "Notre équipe compte …"; a sentence naming the hire or the search ("Vi söker dig som …", "Vi ser
# gärna att du …", "Wir suchen …", "Nous recherchons …") stays
_COMPANY_VOICE_INTL_RE = fastre.compile(r"(?:" + "|".join(load("lists.json")["company_voice_openers_intl"]) + r")\b(?!['’])")
_HIRE_WORD_INTL_RE = fastre.compile(r"(?i)\b(?:" + "|".join(load("lists.json")["hire_words_intl"]) + r")\b")
MIN_VOICE_WORDS = 6  # a sentence, not a noun phrase naming what the hire will own ("Vårt nya CRM-system")


# The employer named as the subject of a sentence about itself ("Apex has grown rapidly since 1988.", "Northwind
# Freight provides cold-chain logistics across Ohio.", "Lumen Dental is a family-owned practice …"): a name of one to
# five capitalised words, then what a company does or is (lists.json "company_verbs", "company_nouns")
_NAMED_COMPANY_RE = fastre.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|de|du)){0,4})\s+(?:"
    + "|".join(load("lists.json")["company_verbs"])
    + r"|is\s+(?:a|an|one\s+of(?:\s+the)?)\s+(?:[\w'’-]+\s+){0,5}?(?:"
    + "|".join(load("lists.json")["company_nouns"])
    + r"))\b"
)


def _named_company_voice(item: str) -> bool:
    """:func:`company_voice` for a sentence whose subject is the employer's name (:data:`_NAMED_COMPANY_RE`): a
    sentence of :data:`MIN_VOICE_WORDS` or more words that names neither the hire nor the search; a name that is
    a duty verb or an item's opener ("Develops …", "Experience …") is no name."""
    m = _NAMED_COMPANY_RE.match(item)
    if m is None or len(item.split()) < MIN_VOICE_WORDS or _HIRE_WORD_RE.search(item) or _HIRE_WORD_INTL_RE.search(item):
        return False
    first = m.group("name").split()[0]
    return first.lower() not in _vocab().duty_bases and first not in _ITEM_OPENERS and _vocab().duty_verb.match(first) is None


_LABEL_JOIN_RE = fastre.compile(r"(?i)[ \t]*(?:,|&|/|\band\b|\boch\b|\bog\b|\bund\b|\bet\b)[ \t]*")


@cache
def _meta_label_words() -> frozenset[str]:
    data = load("lists.json")
    return frozenset(l.lower() for l in [*data.get("meta_labels", []), *data.get("meta_labels_intl", [])])


def _terms_label_row(value: str) -> bool:
    """Whether a list line only names the labels of a posting's terms ("Anställningsform, omfattning, placeringsort",
    "Location & Salary", "Arbeitsort und Arbeitszeit"): two or more ``meta_labels`` joined by commas or "and"."""
    parts = [p for p in _LABEL_JOIN_RE.split(value.strip().rstrip(":.").lower()) if p]
    return len(parts) >= 2 and all(p in _meta_label_words() for p in parts)


_INTRO_END_WORDS = frozenset(load("lists.json")["intro_end_words"])
MAX_OPEN_INTRO_WORDS = 15


def _open_intro(text: str, item: Item) -> bool:
    """Whether a list line is an intro that lost its ':' ("Additionally, you will", "Your day might include",
    "Som undersköterska hos oss kommer du bland annat att arbeta med"): a line of its own, of 2 to
    :data:`MAX_OPEN_INTRO_WORDS` words, without a closing mark, whose last word cannot end a sentence
    (lists.json "intro_end_words": "will", "include", "med", "du", …)."""
    words = item.value.split()
    if not 2 <= len(words) <= MAX_OPEN_INTRO_WORDS or not _own_line(text, item.spans):
        return False
    return words[-1].lower() in _INTRO_END_WORDS


def _company_voice_intl(item: str) -> bool:
    """:func:`company_voice` for a sentence in another language: it opens with the employer's "we" or "our"
    (``company_voice_openers_intl``), runs on as a sentence of :data:`MIN_VOICE_WORDS` or more words, and names
    neither the hire nor the search (``hire_words_intl``, nor the English hire words)."""
    return (
        _COMPANY_VOICE_INTL_RE.match(item) is not None
        and len(item.split()) >= MIN_VOICE_WORDS
        and _HIRE_WORD_INTL_RE.search(item) is None
        and _HIRE_WORD_RE.search(item) is None
    )


# A hard eligibility requirement: the right to work ("Applicants must be eligible to work in Ireland", "You must
# have full working rights in Australia", "Candidates must hold a valid EU work permit", "We can only accept
# applications from those eligible to live and work in the UK") or a residence period the vetting needs ("You must
# have resided continuously in the UK for at least 3 of the last 5 years", "… required to have been a UK resident
# for a minimum of 5 years").
_WORK_RIGHT_RE = fastre.compile(
    r"(?i)\b(?:must|needs?\s+to|required\s+to|ha(?:ve|s)\s+to|only\s+accept\s+applications\s+from\s+(?:those|candidates|applicants|people))\b[^.;]{0,40}?\b"
    r"(?:(?:be\s+)?(?:legally\s+)?(?:eligible|authori[sz]ed|entitled|permitted|allowed)\s+to\s+(?:live\s+and\s+)?work\s+in"
    r"|(?:hold|have|possess)\s+(?:a\s+)?(?:valid\s+|current\s+)?(?:\w+\s+)?(?:work\s+permit|work\s+visa|working\s+visa)"
    r"|(?:already\s+)?have\s+(?:the|full)\s+(?:legal\s+)?(?:right|working\s+rights?)\s+to\s+(?:live\s+and\s+)?work|have\s+full\s+working\s+rights)"
    r"|\b(?:you|candidates|applicants)\s+needs?\s+(?:the|full)\s+(?:legal\s+)?right\s+to\s+work\s+in\b"  # "… for this role: you need the right to work in the EU"
)
_RESIDENCE_MODAL_RE = fastre.compile(r"(?i)\b(?:must|needs?\s+to|required\s+to|ha(?:ve|s)\s+to|requirement\b[^.;]{0,40}\bis\s+to)\b")
_RESIDENCE_RE = fastre.compile(
    r"\b(?:lived|resided|[Rr]esiden(?:t|cy|ce)|present)\s+(?:continuously\s+)?(?:in|within)\s+(?:the\s+)?[A-Z]|\b[A-Z][\w.]+\s+resident\b|\bcontinuous\s+residency\b"
)
_RESIDENCE_PERIOD_RE = fastre.compile(
    r"(?i)\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\(\d+\)\s+)?(?:consecutive\s+|continuous\s+)?(?:years?|months)\b"
)
_SOFT_RE = fastre.compile(r"(?i)\b(?:normally|usually|generally|typically|ideally|preferably|should)\b")  # "would normally need": not absolute
# A nationality the hire must hold: "Applicants must be Australian citizens or permanent residents", "must be Citizens of
# Tanzania", "U.S. citizenship is required" (the nation named with a capital).
_CITIZENSHIP_RE = fastre.compile(
    r"\b(?i:must|needs?\s+to|required\s+to|ha(?:ve|s)\s+to)\s+(?i:be|hold)\s+(?:an?\s+)?"
    r"(?:(?:[A-Z][\w.]*\s+){1,3}(?i:citizens?|nationals?|citizenship)\b|(?i:citizens?|nationals?)\s+of\s+(?:the\s+)?[A-Z])"
    r"|\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?i:citizenship)\s+(?i:is\s+(?:required|mandatory))\b"
)  # not a board's "Open to UK nationals only." line, which CSJ's gold leaves out as the board's eligibility field


def eligibility_clause(text: str, item: Item) -> Optional[Item]:
    """The clause of a sentence outside the lists that states a hard eligibility requirement the hire must
    already meet — the right to work in a country, a citizenship ("U.S. citizenship is required", "must be Australian
    citizens") or a residence period ("must have lived in the UK for 5 years") — as a minimum item (golden/README:
    work-authorization and hard residency sentences outside the list are minimum items; "would normally need" is not
    absolute). A sentence joined by ';' keeps only its
    clause ("Candidates must be eligible to work in Ireland; we are not in a position to offer sponsorship").
    ``None`` for any other sentence."""
    s, e = item.spans[0][0], item.spans[-1][1]
    sentence = text[s:e]
    if _SOFT_RE.search(sentence):
        return None
    m = _WORK_RIGHT_RE.search(sentence) or _CITIZENSHIP_RE.search(sentence)
    if m is None:
        m = _RESIDENCE_MODAL_RE.search(sentence)
        if m is None or not _RESIDENCE_RE.search(sentence) or not _RESIDENCE_PERIOD_RE.search(sentence):
            return None
    start = sentence.rfind(";", 0, m.start()) + 1
    stop = sentence.find(";", m.end())
    if start == 0 and stop < 0:
        return item
    return _item(text, [_strip(text, s + start, s + stop if stop >= 0 else e)])


# A chip row: three or more short names set apart by commas, middle dots, bars or runs of spaces, no sentence in it
_CHIP_SEP_RE = fastre.compile(r"[ \t]*[,·•|][ \t]*|[ \t]{2,}")
_CHIP_RE = fastre.compile(r"[^\W_][\w+#./&'’()-]*(?: [\w+#./&'’()-]+){0,3}")
_CHIP_FUNCTION_WORDS = frozenset(load("lists.json")["chip_function_words"])  # never in a chip row of names
_CHIP_HEADING_WORDS = frozenset(load("lists.json")["chip_heading_words"])  # "Key Skills", "Top Skills"
MIN_CHIPS = 3
MIN_SPACED_CHIP_WORDS = 4
MIN_NAME_WORDS = 2  # words a name writes its own way: "AWS", "PySpark", "CI/CD", "Node.js", "C#"
_CHIP_WORD_RE = fastre.compile(r"[A-Z0-9][\w+#./&'’-]*|[a-z]+[A-Z][\w+#./-]*")  # capitalised, or a name such as "gRPC", "iOS"
_NAME_WORD_RE = fastre.compile(r"^[A-Z0-9]{2,}(?:$|[^a-z])|[a-z][A-Z]|[\d.#+/]")


def is_chip_row(line: str) -> bool:
    """Whether ``line`` is a card's row of tags ("Java  Spring Boot  Kafka  AWS", "HSE, NEBOSH, Risk
    Assessment", "TypeScript · React · Node.js"): at least :data:`MIN_CHIPS` names of up to four words
    each, set apart by commas, middle dots, bars or runs of spaces, with no function word and no
    sentence end — names, not a requirement written as a phrase. Where the clean text joined the chips
    with single spaces, every word is capitalised and two or more are written as names ("AWS", "PySpark")."""
    line = line.strip()
    if not line or line.endswith((".", ":", "!", "?", ";")) or _CHIP_FUNCTION_WORDS.intersection(line.lower().split()):
        return False
    parts = [p for p in _CHIP_SEP_RE.split(line) if p]
    if len(parts) >= MIN_CHIPS:
        return all(_CHIP_RE.fullmatch(p) for p in parts)
    # the clean text joins chips set apart by runs of spaces with one space: "Java Spring Boot Kafka AWS SQL"
    words = line.split()
    return (
        len(words) >= MIN_SPACED_CHIP_WORDS
        and all(_CHIP_WORD_RE.fullmatch(w) for w in words)
        and sum(1 for w in words if _NAME_WORD_RE.search(w)) >= MIN_NAME_WORDS
    )


def chip_row_section(text: str, section: Section) -> bool:
    """Whether ``section`` is a board's skill chips: a heading that names skills or tags only
    ("Skills", "Key Skills", "Top Skills") over a chip row (:func:`is_chip_row`). Boards show such a
    row beside the posting's own lists; it feeds the skills, and gives no list item (golden/README:
    a "Must have: SQL · Power BI · Excel" tag line gives no items)."""
    words = norm_heading(section.heading).split()
    if not words or not set(words) <= _CHIP_HEADING_WORDS or not set(words) & {"skills", "skill", "tags"}:
        return False
    block = text[section.start : section.end].split("\n\n", 1)[0].split("\n")
    # (or a chip a line: "Skills" / "Epic Beaker" / "HL7" / "SQL", a column of names with no bullets)
    column = len(block) >= MIN_CHIPS and all(_CHIP_RE.fullmatch(line.strip()) and not _CHIP_FUNCTION_WORDS.intersection(line.lower().split()) for line in block)
    return column or is_chip_row(block[0])


_PAY_LINE_RE = fastre.compile(r"(?i)(?:compensation|salary|pay|wages?|remuneration|hourly\s+rate|pay\s+rate)\b[ \t]*(?::|(?:is[ \t]+)?(?:from[ \t]+|up[ \t]+to[ \t]+)?[$£€₹]|[A-Z]{3}[ \t]?\d)")
# The pay or the benefits told in a sentence that ran on into a list: "The annual salary for this role is $58,000 to
# $66,000", "Starting wage: $21.35 per hour", "Monthly Salary Range AED 12,000 - 15,000", "Benefits include medical, …"
_PAY_SENTENCE_RE = fastre.compile(
    r"(?i)^(?:the\s+)?(?:(?:starting|base|annual|hourly|monthly|weekly)\s+)?(?:salary|pay|wages?|compensation|remuneration)(?:\s+range)?\b"
    r"[^.;]{0,40}?\b(?:is|are|of|ranges?|from|starts?\s+at)?[:\s]+[^.;]{0,20}?(?:[$£€₹]|\b(?-i:[A-Z]{3})\b)\s?\d"  # a currency sign or code
    r"|^(?:benefits|perks)\s+(?:include|includes|are)\b"
)
_HASHTAG_ROW_RE = fastre.compile(r"(?:#\w+[ \t,]*){2,}")
# A bonus the employer offers, told as a line of its own: "$3,000 sign-on bonus!", "Up to £2k joining bonus", "Signing bonus: $1,500"
_BONUS_OFFER_RE = fastre.compile(
    r"(?i)^(?:up\s+to\s+|an?\s+)?(?:[$£€₹]\s?\d[\d,.]*[kK]?\s+(?:[\w-]+\s+){0,2}bonus|(?:sign(?:ing|[- ]?on)|referral|retention|relocation|joining|hiring)\s+bonus"
    r"(?:es)?\b[^.;]{0,30}?(?:[$£€₹]\s?\d|\b(?:available|offered|of\s+up\s+to)\b))"
)
# A board's seniority field shown among the requirements ("Experience Level: Mid level", "Career Level: Mid Career",
# "Entry level"): the level of the post, which no list holds (lists.json "seniority_values")
_SENIORITY_VALUE_RE = fastre.compile(
    r"(?i)(?:(?:career|experience|seniority|job|position)\s+level\s*:?\s*)?(?:" + "|".join(load("lists.json")["seniority_values"]) + r")[\s-]*(?:level|career)\.?"
)
_OFFICE_STYLE_RE = fastre.compile(r"\bmso-[a-z-]+:|/\*[ \t]*Style Definitions[ \t]*\*/|^Normal[ \t]+0[ \t]+(?:false|true)[ \t]+(?:false|true)\b")


_MID_BULLET_RE = fastre.compile(r"(?:(?<=[.!?:])|(?<=[A-Z]{2}))[ \t]+[*•▪●·][ \t]+")  # after a sentence or a shouted label ("OUR DREAM PERSON * …")


def _overlaps(spans: list[Span], start: int, end: int) -> bool:
    """Whether any of the sorted ``spans`` overlaps ``[start, end)``."""
    i = bisect.bisect_left(spans, (start, start))
    return i > 0 and spans[i - 1][1] > start or i < len(spans) and spans[i][0] < end


def _description_sentences(text: str, section: Section) -> list[Item]:
    """The sentences of a description, each whole where the page wrapped it over lines, and without the bullet a scrape
    left in front of it: a line not closed by a
    stop goes on into the next when that one opens in lower case or the line stops on a joining word ("You will
    need the appetite to learn … for" / "delivering high quality IT services.")."""
    blocks: list[list[int]] = []
    for s, e, _ in _lines(text, section.start, section.end):
        prev = text[blocks[-1][0] : blocks[-1][1]].rstrip() if blocks else ""
        if prev and prev[-1:] not in ".!?:;" and (text[s : s + 1].islower() or _open_line(prev)) and not BULLET_RE.match(text, s, e):
            blocks[-1][1] = e
        else:
            blocks.append([s, e])
    parts: list[Span] = []
    for b, c in blocks:  # "… it shows. * You're helpful …": a bullet in mid-line opens the next item
        for m in _MID_BULLET_RE.finditer(text, b, c):
            parts.append((b, m.start()))
            b = m.end()
        parts.append((b, c))
    spans = [(_debullet(text, s, e)[0], e) for b, c in parts for s, e in sentences(text, b, c)]
    return [item for item in (_item(text, [span]) for span in spans) if item is not None]


def _before_selection(sections: list[Section]) -> list[Section]:
    """The list sections of a posting that come before its selection part, or all of them.

    A posting that has stated its lists and then turns to how candidates are chosen (a heading such
    as "How to Apply", "Selection process details", "Stage 1 - Application and sift") names under later
    list-like headings ("Eligibility", "Technical Skills", "Experience") what the sift checks and who may
    apply, not what the job needs a second time. A posting without a list before that part keeps every list.
    """
    lists = _untranslated([s for s in sections if s.kind in LIST_KINDS])
    selection = next((s.heading_start for s in sections if s.kind == "other" and _SELECTION_HEAD_RE.search(s.heading)), None)
    if selection is None or not any(s.heading_start < selection for s in lists):
        return lists
    return [s for s in lists if s.heading_start < selection]


MIN_TRANSLATED_KINDS = 2


def _heading_language(heading: str) -> Optional[str]:
    """``"intl"`` for a known heading of another language only ("Responsabilidades", "Ihr Profil"), ``"en"`` for a
    known English heading, None for a heading the vocabulary does not know (its language unknown)."""
    key = norm_heading(heading)
    if key in heading_vocab().intl:
        return "intl"
    return "en" if kind_of_heading(heading) else None


def _untranslated(lists: list[Section]) -> list[Section]:
    """The list sections of a posting without those of its translation: a bilingual posting that states its lists
    under English headings and again under another language's ("Responsibilities" … "Responsabilidades",
    "Requirements" … "Exigences"), for :data:`MIN_TRANSLATED_KINDS` list kinds or more, states them once; the
    lists in the language written first are kept. One kind headed in two languages (a Polish ad's "Wymagania" and
    "Nice to have") is no translation."""
    languages = [(_heading_language(s.heading), s) for s in lists]
    both = {kind for kind in LIST_KINDS if {lang for lang, s in languages if s.kind == kind} >= {"en", "intl"}}
    if len(both) < MIN_TRANSLATED_KINDS:
        return lists
    first = next(lang for lang, s in languages if lang is not None)
    return [s for lang, s in languages if lang in (None, first)]


def _assessed(ctx: Context) -> set[str]:
    """The criteria a posting says its selection assesses, lower-cased: the lines under a heading
    or intro such as "We'll assess you against these technical skills during the selection
    process:" (:func:`extractor.sections.assessment_intro`). A requirements block that repeats
    them names what is assessed, not what the hire must have."""
    found: set[str] = set()
    for section in ctx.sections_of("other"):
        first = ctx.text[section.start : section.end].split("\n", 1)[0]
        if assessment_intro(section.heading) or (first.rstrip().endswith((":", "：")) and assessment_intro(first)):
            found.update(item.value.lower() for item in split_items(ctx.text, section.start, section.end))
    return found


_YOU_WILL_RE = fastre.compile(r"(?i)you(?:'ll|’ll|[ \t]+will)\b")


# An item that opens inside a bracket it never opened: the rest of a sentence broken on the line above
_FRAGMENT_RE = fastre.compile(r"[^()\s]+(?:[ \t]+[^()\s]+)?\)")


# An item that states what the hire has, not what the hire does: a duties list holds none ("Ability to lift 50lbs",
# "Knowledge of …", "Experience with …", "3+ years …", "Must be …", "Have a good understanding of …", "… is required").
_QUALIFICATION_ITEM_RE = fastre.compile(
    r"(?i)^(?:(?:the\s+)?ability\s+to|able\s+to|(?:(?:strong|good|excellent|solid|working|basic)\s+)?(?:knowledge|understanding|familiarity|proficiency)\s+(?:of|in|with)"
    r"|(?:ha(?:s|ve)\s+)?experience\s+(?:in|with)|\d+\+?\s*(?:years|yrs)|must\s+(?:be|have)\b"
    r"|(?:previous|prior)\s+(?:[\w/-]+\s+){0,4}?experience\b"  # "Previous Telesales experience is a must"
    r"|have\s+an?\s+(?:good|strong|deep|sound|solid|excellent|thorough|working|broad)\b)|\b(?:is|are)\s+(?:required|a\s+must)\.?$"
)


# A board's screening line under its job-details footer: "Accounting: 3 years (Required)",
# "Bachelor's (Preferred)", "BLS Certification (Required)".
_SCREENING_RE = fastre.compile(r"^[^.;!?()]{1,60}(?:\([^()]{1,30}\)[^.;!?()]{0,30})?\((?:Required|Preferred)\)$")
# a board's field row among the requirements, a word or two after its label: "Idiomas: Inglés", "Educación mínima: Diversificado"
_FIELD_ROW_RE = fastre.compile(r"^[^\W\d_][^\W\d_ ]*(?:[ \t][^\W\d_]+)?[ \t]*:[ \t]*[^\W\d_]+(?:[ \t][^\W\d_]+)?$")


# a form's field row, unbulleted, its value a few words: "Career Level: Mid Career", "Years of Experience: Min: 6 Max: 10"
_FORM_ROW_RE = fastre.compile(r"[ \t]*[^\W\d_][^\W\d_ ]*(?:[ \t][^\W\d_]+){0,3}[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*")
_MIN_FORM_ROWS = 4
_MAX_FORM_VALUE_WORDS = 6


def _field_rows_section(text: str, section: Section) -> bool:
    """Whether every line of ``section`` is an unbulleted field row with a short value, four or more of them: a board's
    profile of the wanted candidate ("Career Level: Mid Career", "Residence Location: Oman; India", "Nationality: Any"),
    the fields of a form, not a list of requirements."""
    lines = [line for line in text[section.start : section.end].split("\n") if line.strip()]
    if len(lines) < _MIN_FORM_ROWS:
        return False
    for line in lines:
        m = _FORM_ROW_RE.fullmatch(line)
        if m is None or len(m.group("value").split()) > _MAX_FORM_VALUE_WORDS:
            return False
    return True


def _required_inside(text: str, section: Section, marked: list[tuple[Item, Optional[str]]]) -> bool:
    """Whether a posting's only qualification list, under a heading guessed from its keywords
    ("Desired Experience & Qualification"), is a required list: some of its items mark
    themselves preferred ("… would be an advantage") and the others do not, which a list of
    optional items would not need to say."""
    if kind_of_heading(section.heading):
        return False
    flags = [marks_preferred(item.value) for item, sub in marked if sub is None]
    return 0 < sum(flags) < len(flags) - 1


MIN_DUTY_ITEMS = 4
DUTY_SHARE = 0.75


def _duties_inside(marked: list[tuple[Item, Optional[str]]]) -> bool:
    """Whether a qualifications list, in a posting without a duties section, lists duties
    instead: at least :data:`MIN_DUTY_ITEMS` items and :data:`DUTY_SHARE` of them opening with a
    duty verb in its base form ("Implement…", "Carry out…", "Keep records…"), as a list of
    tasks is written and a list of requirements ("Experience with…", "Ability to…") is not."""
    plain = [item.value for item, sub in marked if sub is None]
    if len(plain) < MIN_DUTY_ITEMS:
        return False
    bases = _vocab().duty_bases
    duties = sum(1 for v in plain if v[:1].isupper() and v.split(maxsplit=1)[0].rstrip(",;:").lower() in bases)  # "Design, develop and …"
    return duties >= DUTY_SHARE * len(plain)


_RATING_LEAD_RE = fastre.compile(r"(?i)\b(?:will|may|shall)\s+be\s+(?:evaluated|rated|assessed|measured)\s+(?:on|against|according to|in terms of)\b")
_MARKER_BEFORE_RE = fastre.compile(r"(?:\(\d{1,2}\)|\b\d{1,2}[.)]|\b[A-Za-z][.)])[ \t]+\Z")


def _run_in(text: str, spans: tuple[Span, ...]) -> bool:
    """Whether an item was cut out of running prose: it shares its line and no list marker
    ("2. CDL Driver's License.") stands before it."""
    start = spans[0][0]
    return not _own_line(text, spans) and not _MARKER_BEFORE_RE.search(text, max(0, start - 6), start)


def _own_line(text: str, spans: tuple[Span, ...]) -> bool:
    """Whether an item fills its line(s): nothing but a bullet before it, nothing after it."""
    start, end = spans[0][0], spans[-1][1]
    line_start, line_end = line_around(text, start, end)
    before = text[line_start:start].strip()
    after = text[end:line_end]
    marker = BULLET_RE.match(before + " ")
    bullet = not before or (marker is not None and marker.end() == len(before) + 1) or before in "•▪◦●○■□➢➤►‣⁃✓✔·"
    return bullet and not after.strip()


def _confidence(text: str, items: list[Item], sections: list[Section]) -> float:
    """:data:`SURE_CONF` when every section has a known heading phrase and every item a line
    of its own (the page drew the list); :data:`ITEM_CONF` when a heading was guessed or an
    item was cut out of a shared line (the splitter guessed the boundaries)."""
    known = bool(sections) and all(kind_of_heading(sec.heading) for sec in sections)
    return SURE_CONF if known and all(_own_line(text, item.spans) for item in items) else ITEM_CONF


def _candidate(field: str, items: list[Item], sections: list[Section], conf: float, name: str) -> Candidate:
    spans = tuple((s.start, s.end) for s in sections) or tuple(sp for item in items for sp in item.spans)
    return Candidate(field, [i.value for i in items], spans, conf, name, item_spans=tuple(i.spans for i in items))


def _list_rule(field: str):
    def fn(ctx: Context) -> Iterable[Candidate]:
        routed = _route(ctx)
        items = routed.items[field]
        stated = routed.stated.get(field, [])
        if items:  # the confidence is the list's: a sentence added from the description does not lower it
            sections = routed.sections[field]
            yield _candidate(field, items + stated, sections, _confidence(ctx.text, items, sections), f"lists.{field}")
        elif stated:
            yield _candidate(field, stated, [], DERIVED_CONF, f"lists.{field}")

    fn.__name__ = f"{field}_from_sections"
    fn.__doc__ = f"Items of the list sections filed under {field}."
    return fn


responsibilities_from_sections = rule("responsibilities", name="lists.responsibilities")(_list_rule("responsibilities"))
minimum_from_sections = rule("minimum_qualifications", name="lists.minimum_qualifications")(_list_rule("minimum_qualifications"))
preferred_from_sections = rule("preferred_qualifications", name="lists.preferred_qualifications")(_list_rule("preferred_qualifications"))


def is_duty(sentence: str) -> bool:
    """Whether a description sentence states a duty (what the hire will do)."""
    vocab = _vocab()
    low = " " + " ".join(sentence.lower().replace("’", "'").split()) + " "
    if fastre.phrases(vocab.not_duty).found_in(low):
        return False
    if sentence.rstrip().endswith("?") or _PREFERRED_START_RE.match(sentence.strip()):
        return False  # a question, or a wish ("Ideally, you'll …")
    if _STATED_REQUIREMENT_RE.match(sentence.strip()) or states_requirement_intl(sentence):
        return False  # "You will have a minimum 2 years …", "Du har …": what the hire brings, not what the hire does
    letters = list(filter(str.isalpha, sentence))
    if len(letters) >= 20 and sum(map(str.isupper, letters)) > 0.6 * len(letters):
        return False  # "YOU WILL EARN 40% OF THE GROSS PROFIT!": a shouted pitch, not a duty
    words = low.split()
    head = " " + " ".join(words[:14]) + " "
    if fastre.phrases(vocab.duty_phrases).found_in(head):
        return True
    if "responsibilities will" in head or "responsibilities include" in head:
        return True
    if _DUTY_START_INTL_RE.match(sentence.strip()):
        return True  # "Som barnvakt hjälper du …", "Als Fahrer belieferst du …": the role, then what the hire does
    if _INCUMBENT_DUTY_RE.match(sentence.strip()):
        return True  # "The incumbent serves as the installation's functional expert and advises …"
    role = _ROLE_WILL_RE.match(sentence.strip())  # "The Associate Chemist will also draft…"
    if role and not _EMPLOYER_WORD_RE.search(role.group()) and vocab.duty_verb.match(sentence.strip()[role.end() :]):
        return True
    return bool(vocab.duty_verb.match(sentence.strip()))


# The incumbent as the subject of what the job does, as federal summaries write it: "This position serves as
# the … Director … which includes responsibility for …", "The incumbent serves as …", "Selectee will be the Director
# … who has responsibility for …", "Incumbent will brief …", "Will serve as an advocate …", "The purpose of this
# position is to serve as …"; "serves as"/"will be" only with what the role does after it (not a title and a place alone).
_SERVES_WHAT = r"(?=[^.;]*?\b(?:responsib|perform|provid|advis(?:es|ing|e)\b|manag(?:es|ing|ement)\b|direct(?:s|ing)?\b|coordinat(?:es|ing|ion)\b|develop(?:s|ing)?\b|conduct|oversee|expert|advocate|point\s+of\s+contact|support(?:s|ing)\b))"
_INCUMBENT_DUTY_RE = fastre.compile(
    r"(?i)(?:the\s+purpose\s+of\s+(?:this|the)\s+position\s+is\s+to\b"
    r"|(?:(?:the|this|a|an)\s+)?(?:successful\s+candidate|selected\s+candidate|incumbent|selectee|position)(?:\s+(?:in|of)\s+(?:this|the)\s+position)?\s+"
    r"(?:(?:will\s+(?:also\s+)?)?serves?\s+as\b" + _SERVES_WHAT + r"|will\s+be\s+(?:the|a|an)\b" + _SERVES_WHAT
    + r"|will\s+(?:also\s+)?(?:brief|advise|perform|provide|manage|lead|oversee|direct|coordinate|conduct|develop|support)\b"
    r"|(?:advises|performs|provides|manages|leads|oversees|directs|coordinates|conducts|develops|supports|is\s+responsible|has\s+responsibility)\b)"
    r"|will\s+serve\s+as\b" + _SERVES_WHAT + r")"
)
# The role put first, then the verb and the hire (lists.json duty_starts_intl): "Som personlig assistent ger du …"
_DUTY_START_INTL_RE = fastre.compile(r"(?i)(?:" + "|".join(load("lists.json").get("duty_starts_intl", [])) + r")")
_EMPLOYER_WORD_RE = fastre.compile(
    r"(?i)\b(?:company|firm|organi[sz]ation|agency|department|employer|business|group|team|city|division|bureau|office|centre|center|programm?e|we|it)\b"
)
# A role named in title case as the subject of "will"/"shall": "The Associate Chemist will…", "OCB's College Aide will…"
_ROLE_WILL_RE = fastre.compile(r"(?!(?:We|It|They|You|This|That|There|These|Those|Our|Company|Candidates?|Applicants?)\s)(?:(?:The|This|Our|An?)\s+|[A-Z][\w&.-]*['’]s\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][a-z][\w-]*\s+(?:will|shall)\s+(?:also\s+)?")


@rule("responsibilities", name="lists.description_duties")
def responsibilities_from_description(ctx: Context) -> Iterable[Candidate]:
    """Without a responsibilities section: the duty sentences of the description, the duty
    bullets under a role heading ("The Role" over a list of tasks), and, when the posting has
    no description either, the duty sentences of its role paragraph."""
    if ctx.sections_of("responsibilities"):
        return
    descriptions = ctx.sections_of("description")
    items: list[Item] = []
    used: list[Section] = []
    for section in ctx.sections_of("description", "summary"):
        lines = list(_lines(ctx.text, section.start, section.end))
        bulleted = any(BULLET_RE.match(ctx.text, s, e) for s, e, _ in lines)
        if section.kind == "summary" and not bulleted:
            duty_lines = sum(1 for s, e, _ in lines if e - s <= LONG_LINE and is_duty(ctx.text[s:e]))
            bulleted = len(lines) >= MIN_DUTY_ITEMS and duty_lines >= DUTY_SHARE * len(lines)  # a task list without bullets
            if not bulleted and descriptions:
                continue
        only_bullets = len(lines) >= MIN_DUTY_ITEMS and all(BULLET_RE.match(ctx.text, s, e) for s, e, _ in lines)
        marked = split_marked(ctx.text, section.start, section.end, glued=True)
        found = [i for i, _ in marked]
        if (section.kind == "summary" and bulleted) or only_bullets:
            # the bullets (or task lines) under a role heading are its tasks; so is a description that is nothing but a list
            found = [i for i in found if (_after_bullet(ctx.text, i.spans[0][0]) or _own_line(ctx.text, i.spans)) and len(i.value) <= LONG_LINE]
            # the terms under "About the position" ("Omfattning: Heltid", "Start: Enligt överenskommelse", "Location: Leeds") are no tasks
            found = [i for i in found if not _vocab().meta.match(i.value) and not is_process_text(i.value)]
        else:  # prose: each sentence of a paragraph line is judged alone; the items under a duty intro
            # ("The Associate will be responsible for the following key job functions:") and the lines of a run of duties
            # are duties as they stand
            listed = _duty_run_items(ctx.text, [i for i, _ in marked])
            if section.kind == "description":
                listed |= _bullet_run_items(ctx.text, [i for i, _ in marked])
            found = [
                j
                for i, sub in marked
                for j in ([i] if sub == "responsibilities" or id(i) in listed else _prose_sentences(ctx.text, [i]))
                if ((sub == "responsibilities" or id(i) in listed) and len(j.value) <= LONG_LINE or is_duty(j.value)) and not is_process_text(j.value)
            ]
        if found:
            used.append(section)
            items.extend(found)
    if items:
        yield _candidate("responsibilities", items, used, DERIVED_CONF, "lists.description_duties")


MIN_RUN_DUTY_SHARE = 0.4
_STATEMENT_OPENER_RE = fastre.compile(r"(?:It|It's|It’s|We|We're|We’re|Our|This|That|There|They|These|Those)\b")
MAX_RUN_ITEM_WORDS = 25  # a longer line is a paragraph beside the list, not one of its items
_GERUND_OPENER_RE = fastre.compile(r"[A-Z][a-z]{2,}ing\b(?![ \t]+(?:knowledge|experience|understanding)\b)")  # "Owning the pitch …", not "Working knowledge of …"


def _duty_run_items(text: str, items: list[Item]) -> set[int]:
    """The items (by ``id``) of the unbulleted lists of duties in a description: runs of
    :data:`MIN_DUTY_ITEMS` or more consecutive lines, each one short item of one sentence, of which
    :data:`MIN_RUN_DUTY_SHARE` or more open with a duty or a gerund ("Owning the pitch …").  A list is a list of duties as a whole: its
    other lines ("Thought leadership", "Clearly articulate the value …") are duties too."""
    runs: list[list[Item]] = []
    for item in items:
        (s, e), *rest = item.spans
        single = not rest and _own_line(text, item.spans) and not _after_bullet(text, s) and len(text[s:e].split()) <= MAX_RUN_ITEM_WORDS
        single = single and len(sentences(text, s, e)) == 1
        single = single and not text[s:e].rstrip().endswith((":", "："))
        if not single:
            runs.append([])
            continue
        if runs and runs[-1] and text[runs[-1][-1].spans[-1][1] : s].count("\n") == 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    runs.extend(_clause_runs(text, items))
    out: set[int] = set()
    for run in runs:
        duties = sum(1 for i in run if is_duty(i.value) or _GERUND_OPENER_RE.match(i.value))
        if len(run) >= MIN_DUTY_ITEMS and duties >= MIN_RUN_DUTY_SHARE * len(run):
            out.update(id(i) for i in run if not _STATEMENT_OPENER_RE.match(i.value))  # not "It all matters": a statement, no task
    return out


def _bullet_run_items(text: str, items: list[Item]) -> set[int]:
    """The items (by ``id``) of a bulleted list under a description's paragraph ("Job description:" / a paragraph /
    "- priprema instrumenata / preparing instruments …"): runs of :data:`MIN_DUTY_ITEMS` or more bulleted items, none of
    which states a requirement or a term of the job, half or more of them tasks (a duty, or a gerund, opening the item or
    its English half after " / "): the tasks the description lists, in the page's language and English."""
    runs: list[list[Item]] = [[]]
    for item in items:
        if _after_bullet(text, item.spans[0][0]) and len(item.value) <= LONG_LINE:
            runs[-1].append(item)
        else:
            runs.append([])
    out: set[int] = set()
    for run in runs:
        if len(run) >= MIN_DUTY_ITEMS and not any(states_requirement(i.value) or _vocab().meta.match(i.value) for i in run) \
                and sum(1 for i in run if _task_item(i.value)) * 2 >= len(run):
            out.update(id(i) for i in run)
    return out


_ANY_GERUND_RE = fastre.compile(r"(?i)[a-z]{2,}ing\b(?![ \t]+(?:knowledge|experience|understanding)\b)")  # "preparing …", "Taking …"


_ENGLISH_WORDS = frozenset("the and to with for our your you are from".split())  # (none a word of Dutch, German, Romance languages)
MIN_FOREIGN_TASK_WORDS = 4


def _task_item(value: str) -> bool:
    """An item that names a task: a duty or a gerund opening it, or opening its English half ("… / taking X-rays"); or
    an item of :data:`MIN_FOREIGN_TASK_WORDS` words or more in another language (no English function word), whose duty
    the English reading cannot judge ("elaborazione dei cedolini paga …", "Je voert preventief onderhoud uit …")."""
    halves = [value] + ([value.rsplit(" / ", 1)[1]] if " / " in value else [])
    words = value.lower().split()
    return any(is_duty(h) or _ANY_GERUND_RE.match(h) for h in halves) or len(words) >= MIN_FOREIGN_TASK_WORDS and not _ENGLISH_WORDS.intersection(words)


def _clause_runs(text: str, items: list[Item]) -> list[list[Item]]:
    """Runs of items cut from one line at ';' ("establishing a specification through discussion;clarifying what the
    application is to perform;…"): a list a scrape ran into one line, judged as a whole like a run of lines."""
    runs: list[list[Item]] = []
    for item in items:
        if len(item.spans) != 1:
            continue
        gap = text[runs[-1][-1].spans[-1][1] : item.spans[0][0]] if runs else ""
        if "\n" not in gap and gap.strip().startswith(";"):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [run for run in runs if len(run) >= MIN_DUTY_ITEMS]


def _prose_sentences(text: str, items: list[Item]) -> list[Item]:
    """Unbulleted one-line items cut into their sentences ("The Aide will attend… He or she will
    also perform…" are two duties); bulleted items stay whole."""
    out: list[Item] = []
    for item in items:
        (s, e), *rest = item.spans
        if rest or _after_bullet(text, s):
            out.append(item)
            continue
        parts = [_item(text, [span]) for span in sentences(text, s, e)]
        out.extend(p for p in parts if p is not None)
    return out


def _after_bullet(text: str, start: int) -> bool:
    """Whether the item starting at ``start`` follows a bullet marker on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return BULLET_RE.match(text, line_start, start + 1) is not None or text[line_start:start].rstrip()[-1:] in tuple("•▪◦●○■□➢➤►‣⁃✓✔·")


# --------------------------------------------------------------------------- spoken postings


# what the hire is told they will do, need or would bring, in a posting said aloud (a video's captions, a radio ad, a
# voicemail) or written as one run of sentences without a heading: "You'll service and repair our fleet", "You'd load
# and unload parts", "You need a manual car licence", "We need at least one year of machining experience"
MAX_SAID_CHARS = 12_000  # a posting said aloud is short; a longer text without headings is no transcript
MIN_SAID_ITEMS = 2
MIN_SAID_WORDS = 4  # a line of fewer words is no sentence said (a heading, a label, a name)
_YOU_WOULD_RE = fastre.compile(r"(?i)you(?:['’]d|[ \t]+would)[ \t]+(?=\w)")
_SAID_NEED_RE = fastre.compile(
    r"(?i)^(?:[^.!?]{0,40}?\b)?(?:you(?:['’]ll|[ \t]+will)?|we)[ \t]+(?:also[ \t]+)?(?:need|require|must[ \t]+have)\b"
    r"(?![ \t]+(?:to[ \t]+(?:know|hear|talk|apply)|someone|somebody|people|you)\b)"  # ("We need someone to build …" is the job)
    r"|^you[ \t]+must[ \t]+(?:have|hold|be)\b"
)


def _said_items(ctx: Context) -> dict[str, list[Item]]:
    """The sentences of a posting without any heading, filed by what they say: a preferred mark, a need, a duty."""
    out: dict[str, list[Item]] = {kind: [] for kind in LIST_KINDS}
    if any(section.kind != "header" for section in ctx.sections):
        return out
    text = ctx.text
    for s, e, _ in _lines(text, 0, min(len(text), MAX_SAID_CHARS)):
        if BULLET_RE.match(text, s, e):
            continue  # a bullet of a card or a snippet: the page's own list, not a sentence said
        if len(text[s : min(e, s + 200)].split()) < MIN_SAID_WORDS and text[s:e].isascii():
            continue  # a label, a name or a heading alone on its line says no duty or need (a CJK line has no spaces to count)
        for span in sentences(text, s, e):
            item = _item(text, [span])
            if item is None or is_process_text(item.value):
                continue
            said = item.value
            if marks_preferred(said) and not is_duty(said):
                out["preferred_qualifications"].append(item)
            elif _SAID_NEED_RE.search(said):
                out["minimum_qualifications"].append(item)
            elif is_duty(_YOU_WOULD_RE.sub("You will ", said, count=1)) and said.lower().startswith(("you", "as ")):
                out["responsibilities"].append(item)
    return out


def _said_rule(field: str):
    def fn(ctx: Context) -> Iterable[Candidate]:
        said = ctx.once("lists.said", _said_items)
        if said[field] and (field == "preferred_qualifications" or len(said[field]) >= MIN_SAID_ITEMS):  # (a wish marks itself)
            yield _candidate(field, said[field], [], DERIVED_CONF, "lists.said")

    fn.__name__ = f"{field}_said"
    fn.__doc__ = f"The sentences of a posting without headings that state its {field} (see :func:`_said_items`)."
    return fn


responsibilities_said = rule("responsibilities", name="lists.said_responsibilities")(_said_rule("responsibilities"))
minimum_said = rule("minimum_qualifications", name="lists.said_minimum_qualifications")(_said_rule("minimum_qualifications"))
preferred_said = rule("preferred_qualifications", name="lists.said_preferred_qualifications")(_said_rule("preferred_qualifications"))


# --------------------------------------------------------------------------- summary


def _is_hook(sentence: str) -> bool:
    low = sentence.lower().lstrip("\"“ ")
    return sentence.rstrip().endswith(("?", "!")) or low.startswith(_vocab().hooks)


def _has(sentence: str, cues: tuple[str, ...]) -> bool:
    low = " " + " ".join(sentence.lower().replace("’", "'").split()) + " "
    return fastre.phrases(cues).found_in(low)


def _summary_sentences(ctx: Context) -> list[Span]:
    text = ctx.text
    vocab = _vocab()
    for kinds in (("summary",), ("description",), ("header", "company")):  # (an employer's paragraph that also says whom it recruits)
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
