"""Section segmentation: split clean posting text into headed sections.

A posting is a header (title, location, meta lines) followed by headed
sections ("Responsibilities", "What you'll need", "Benefits"…).  The heading
vocabulary lives in ``extractor/data/headings.json`` and maps a heading phrase
to a section kind (:data:`SECTION_KINDS`).  A line is a heading when it is

* a known heading phrase, possibly decorated (``**Summary**``, ``## About you``,
  ``Requirements:``);
* a known heading phrase followed by ``:`` and text on the same line
  (``Requirements: 5+ years of Python``) — the body starts after the colon;
* an unknown short line ending with ``:`` (``Your Toolbox:``), or an unknown
  short Title-Case line directly followed by a bulleted list — its kind comes
  from keywords (``…responsibilities…`` → responsibilities) or is ``other``;
* a wh-question naming a list over its items ("What will I be responsible for?");
* a known heading behind a section number (``2. Main duties and responsibilities``), as PDF job
  descriptions and terms of reference write them, unless the next line carries the next number;
* a known heading paired with the same heading in a script without Latin letters
  (``자격요건 (Requirements)``, ``福利厚生 / Benefits``);
* ``About <Company>`` on its own line (kind ``company``);
* inside a scraped line that lost its line breaks, an all-caps heading
  (``…transparent. KEY RESPONSIBILITIES``, ``…areas.QUALIFICATIONS:Demonstrated…``),
  a known phrase closing the line after a sentence, or a short intro naming a
  list glued to its first item (``Key duties include:Prepare…``), when it
  changes the kind of the section it sits in (:func:`inline_headings`); in a posting
  without headings, such a glued intro of two or more words opens the content.

A paragraph that opens an equal-opportunity statement ("Acme is an equal
opportunity employer…") starts a ``legal`` section with an empty heading.
Sub-blocks such as "Education & Experience" inherit the kind of the
qualification section they follow.

:func:`segment` never raises; spans index ``doc.text``.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Optional

from extractor import fastre
from extractor.data import load

log = logging.getLogger(__name__)

SECTION_KINDS = (
    "header",  # text before the first recognised heading (title, location, meta)
    "summary",  # Summary / About the role / Overview
    "description",  # Description / Job description / The role
    "responsibilities",  # Responsibilities / What you'll do / Duties
    "minimum_qualifications",  # Requirements / Minimum / Basic / Key qualifications / About you
    "preferred_qualifications",  # Preferred / Nice to have / Desirable / Bonus
    "benefits",  # Benefits / What we offer / Perks
    "pay",  # Pay / Compensation / Salary
    "company",  # About us / About <company>
    "legal",  # EEO / equal opportunity / privacy
    "other",  # a recognised heading we have no kind for (How to apply…)
)

QUALIFICATION_KINDS = ("minimum_qualifications", "preferred_qualifications")
# Kinds that end the header.  Before the first of them, "pay"/"other" headings
# ("Location: Leeds", "Salary: £30k", Workday's "time type") are header metadata.
CONTENT_KINDS = ("summary", "description", "responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits", "company", "legal")
MIN_INLINE_BODY = 40  # before the first section, "Experience: 5-8 years" is metadata, not a section

MAX_HEADING_CHARS = 70
MAX_HEADING_WORDS = 9
MAX_UNKNOWN_HEADING_WORDS = 6


@dataclass(frozen=True)
class Section:
    """A headed part of the document: ``doc.text[start:end]`` is its body."""

    kind: str
    heading: str
    heading_start: int
    start: int
    end: int


@dataclass(frozen=True)
class HeadingVocab:
    """The heading vocabulary, loaded once from ``headings.json``."""

    phrases: dict[str, str]  # normalised phrase -> kind
    raw_phrases: tuple[tuple[str, str], ...]  # (phrase as written, kind)
    no_glue: frozenset[str]  # normalised phrases never split out of glued text
    subheadings: dict[str, str]  # normalised phrase -> default kind
    keywords: tuple[tuple[str, str], ...]
    legal_starts: Optional[re.Pattern]
    words: frozenset[str] = frozenset()  # the words a heading recognised by its form alone may be made of
    qualifiers: frozenset[str] = frozenset()  # words that open a qualifier after a known heading ("Arbetsuppgifter för …")
    intl: frozenset[str] = frozenset()  # normalised phrases of other languages only (not English ones)
    openers: frozenset[str] = frozenset()  # words that open a sentence a heading of another language runs into ("Om dig Vi söker …")
    about: Optional[re.Pattern] = None  # "Om Academic Resource", "Über Acme": a profile heading in another language
    raw_intl: tuple[str, ...] = ()  # other languages' phrases as written ("Ihr Profil", "Missions")


_NOT_HEADING_CHAR = re.compile(r"[^\w' ]+|_")
_LOST_APOSTROPHE_RE = re.compile(r"\b(you|we|they) +(ll|re|ve|d)\b")


@lru_cache(maxsize=2048)  # pure; the segmenter and the normaliser ask for the same lines many times
def norm_heading(text: str) -> str:
    """Normalise heading text for lookup: HTML entities decoded, lower case, accents folded ("Descripción" → "descripcion"),
    '&' → 'and', punctuation → spaces, a contraction's lost apostrophe restored ("you ll" → "you'll"); letters of every
    script are kept.

    Args:
        text: the heading as written.
    """
    if "&" in text and ";" in text:
        text = html.unescape(text)  # a scrape that kept its entities: "What We&rsquo;re Looking For"
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\x92", "'").replace("&", " and ")  # \x92: a PDF's cp1252 apostrophe
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = _NOT_HEADING_CHAR.sub(" ", text)
    if " " in text:
        text = _LOST_APOSTROPHE_RE.sub(r"\1'\2", text)  # "you ll", "we re": a PDF's text that lost the curly apostrophe
    return " ".join(text.split())


@cache
def heading_vocab() -> HeadingVocab:
    """Load ``extractor/data/headings.json`` (cached).  Raises nothing: a broken file gives an empty vocabulary."""
    try:
        data = load("headings.json")
    except Exception as exc:  # noqa: BLE001 - segmentation must never fail
        from extractor.faults import strict

        if strict():
            raise
        log.error("cannot load headings.json: %s", exc)
        data = {}
    phrases: dict[str, str] = {}
    raw: list[tuple[str, str]] = []
    for kind, items in (data.get("headings") or {}).items():
        if kind not in SECTION_KINDS:
            continue
        for phrase in items:
            phrases.setdefault(norm_heading(phrase), kind)
            raw.append((phrase, kind))
    for kind, items in (data.get("headings_intl") or {}).items():  # other languages: whole lines only
        if kind in SECTION_KINDS:
            for phrase in items:
                phrases.setdefault(norm_heading(phrase), kind)
    subheadings = {}
    for phrase, kind in (data.get("subheadings") or {}).items():
        if kind in SECTION_KINDS:
            subheadings[norm_heading(phrase)] = kind
            raw.append((phrase, kind))
    words = {w for phrase, _ in raw for w in norm_heading(phrase).split()}
    words.update(norm_heading(" ".join(data.get("heading_words", []))).split())
    legal = data.get("legal_starts") or []
    legal_re = None
    if legal:
        try:
            legal_re = fastre.compile("|".join(f"(?:{p})" for p in legal))
        except re.error:
            log.exception("bad legal_starts pattern")
    return HeadingVocab(
        phrases=phrases,
        raw_phrases=tuple(raw),
        no_glue=frozenset(norm_heading(p) for p in data.get("no_glue", [])),
        subheadings=subheadings,
        keywords=tuple(
            (k.lower(), v) for k, v in [*data.get("keywords", []), *data.get("keywords_intl", [])] if v in SECTION_KINDS
        ),  # other languages' stems after the English ones: "Vem vi söker:", "Ihre Aufgaben im Überblick:"
        legal_starts=legal_re,
        words=frozenset(words),
        qualifiers=frozenset(norm_heading(w) for w in data.get("heading_qualifiers_intl", [])),
        intl=frozenset(norm_heading(p) for items in (data.get("headings_intl") or {}).values() for p in items) - {norm_heading(p) for p, _ in raw},
        about=_about_pattern(data.get("about_words_intl", [])),
        raw_intl=tuple(p for items in (data.get("headings_intl") or {}).values() for p in items),
        openers=frozenset(data.get("sentence_openers_intl", [])),
    )


@cache
def _phrase_first_words() -> frozenset[str]:
    """The first word of every known heading phrase, normalised."""
    return frozenset(key.split(" ", 1)[0] for key in heading_vocab().phrases)


def may_be_phrase(text: str) -> bool:
    """False when ``norm_heading`` of ``text``, or of a prefix of it holding its first word, cannot be a known heading phrase:
    the first word normalised opens none (one short word's normal form, mostly cached, instead of the whole text's).

    Exact: without '&' (entities, "and") :func:`norm_heading` maps each character on its own and splits on
    blanks, so the first word of the whole is the first word of the first blank-free chunk when that has one.
    """
    if "&" in text:
        return True
    chunk = text.split(None, 1)
    first = norm_heading(chunk[0]) if chunk else ""
    return not first or first.split(" ", 1)[0] in _phrase_first_words()


_QUALIFIED_STOP_RE = fastre.compile(r"[.;!?,]\s|[.;!,]$|\d{3}")  # sentence punctuation, or a number such as a year or a sum


def _about_pattern(words: list[str]) -> Optional[re.Pattern]:
    """"<about word> <Name>" in other languages ("Om Academic Resource", "Über Acme GmbH"): a line naming
    an organisation after the word, as English writes "About Acme"."""
    if not words:
        return None
    about = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return fastre.compile(r"^(?:" + about + r")\s+[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9&][\w&.'’-]*|och|og|und|en|et|y|de|of)){0,5}$")


def qualified_kind(text: str) -> Optional[str]:
    """The kind of a known heading in another language followed by a qualifier that names the role,
    the place or the employer ("Arbetsuppgifter för ortoped", "Aufgaben als Pflegefachkraft", "Missions au sein
    de l'équipe", "Ansökan till ortoped - Halmstad"): the known phrase, then one of ``heading_qualifiers_intl``.

    Args:
        text: the line without decoration and final ':'.
    """
    if not text[:1].isupper() or _QUALIFIED_STOP_RE.search(text):
        return None  # a sentence, not a heading with its qualifier
    vocab = heading_vocab()
    words = norm_heading(text).split()
    for n in range(min(len(words) - 1, MAX_HEADING_WORDS), 0, -1):
        head = " ".join(words[:n])
        if head in vocab.phrases:
            return vocab.phrases[head] if head in vocab.intl and words[n] in vocab.qualifiers else None
    return None


@lru_cache(maxsize=2048)
def kind_of_heading(text: str) -> Optional[str]:
    """The section kind of a known heading phrase (decorations and a final ':' allowed), else None."""
    bare = _strip_decor(text)[0]
    key = norm_heading(bare)
    vocab = heading_vocab()
    kind = vocab.subheadings.get(key) or vocab.phrases.get(key)
    if kind is None and bare.endswith(")") and (noted := _without_note(bare)) is not None:
        key = norm_heading(noted)  # a form's or an export's note on the field: "Responsibilities (one per line)"
        kind = vocab.subheadings.get(key) or vocab.phrases.get(key)
    if kind is None and (" / " in bare or _CJK_SIDE.search(bare)):
        kind = _bilingual_kind(bare)  # a bilingual heading: "Krøv / What we ask", "Main duties 主要職責"
    if kind is None and (number := _SECTION_NUMBER.match(bare)) is not None:
        kind = kind_of_heading(bare[number.end() :])  # a notice's numbered part: "II. TÂCHES ET RESPONSABILITÉS", "3) Profile"
    return kind


# the number of a notice's part before its heading: a roman or arabic numeral, or a letter, then "." or ")"
_SECTION_NUMBER = re.compile(r"^(?:[IVX]{1,5}|\d{1,2}|[A-H])[.)][ \t]+(?=\S)")


# a heading's translation in a CJK script before or after it: "Main duties 主要職責", "職位要求 Requirements"
_CJK_SIDE = re.compile(r"^[\u3040-\u9fff\uac00-\ud7af][^\n]*?[ \t]+(?=[A-Za-z])|(?<=[A-Za-z)])[ \t]+[\u3040-\u9fff\uac00-\ud7af][^A-Za-z\n]*$")


def _foreign_words(part: str) -> bool:
    """Whether a heading's half is in another language though written in ASCII ("Agava'a", "Mahitaji"): none of its words
    is a word of the known headings."""
    words = _HEADING_WORD_RE.findall(part)
    return bool(words) and not any(norm_heading(w) in heading_vocab().words for w in words)


# a word after a known heading that asks for what it names, in a bilingual heading's English half: "Behörighetsvillkor / Qualifications required"
_AFTER_WORD = re.compile(r" (?:required|needed|wanted|sought|expected)$")


def _phrase_kind(key: str) -> Optional[str]:
    """The kind of a known heading phrase (``key`` normalised), also followed by a word that asks for it ("qualifications
    required"), as one half of a bilingual heading writes it ("Behörighetsvillkor / Qualifications required")."""
    phrases = heading_vocab().phrases
    after = _AFTER_WORD.search(key)
    return phrases.get(key) or (phrases.get(key[: after.start()]) if after is not None else None)


def _bilingual_kind(heading: str) -> Optional[str]:
    """The kind of a heading written in two languages: the halves around one " / " where one is a known heading and the
    other a known heading of the same kind or a text in another script, with its letters or with no word of the known
    headings ("Krøv / What we ask", "Agava'a / Qualifications");
    not a table's header row of two English headings ("Essential / Desirable"). Else the heading without its CJK
    translation ("Main duties 主要職責")."""
    vocab = heading_vocab()

    def kind_of(part: str) -> Optional[str]:
        key = norm_heading(part.strip())
        return vocab.subheadings.get(key) or _phrase_kind(key)

    halves = heading.split(" / ")
    if len(halves) in (2, 3):  # (three languages: "Hödürleýäris / Предлагаем / We offer")
        kinds = [kind_of(h) for h in halves]
        known = {kind for kind in kinds if kind is not None}
        if len(known) == 1 and all(kind is not None or not half.isascii() or _foreign_words(half) for half, kind in zip(halves, kinds)):
            return known.pop()
        return None
    return kind_of(_CJK_SIDE.sub("", heading))


# "(one per line)", "(Not All Inclusive)": words only, not "(3+ years)" nor "(A+, Network+, etc.)"; a checklist's "4/4"
_HEADING_NOTE = re.compile(r"(?<=\w)[ \t]+(?:\([^\W\d_](?:[^\W\d_]|[ \-]){1,40}\)|\d{1,2}/\d{1,2})[ \t:]*$")  # ("(prestaciones superiores a las de ley)")
_CHECKLIST_LEAD = re.compile(r"(?i)^checklist[ \t]*:[ \t]*")


def _without_note(heading: str) -> Optional[str]:
    """``heading`` without the note or count closing it (:data:`_HEADING_NOTE`), or None when it has none."""
    note = _HEADING_NOTE.search(heading)
    return heading[: note.start()] if note is not None else None


def keyword_kind(text: str) -> str:
    """Kind of an unknown heading from its keywords (``headings.json`` ``keywords``), else ``other``."""
    return keyword_match(text) or "other"


_WHOLE_FIRST_WORDS = ("our ", "the ", "your ", "you ", "we ")  # a keyword opening with one of these words starts at a word


def keyword_match(text: str) -> Optional[str]:
    """Kind named by the first keyword stem found in ``text`` ("…Responsibilities Include…" →
    ``responsibilities``, "Physical Demands" → ``other``), None when no stem is there."""
    key = " " + norm_heading(text) + " "
    for needle, kind in heading_vocab().keywords:
        if (" " + needle if needle.startswith(_WHOLE_FIRST_WORDS) else needle) in key:  # "our mission" from a word's start, not in "pour missions"
            return kind
    return None


_HEADING_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NOT_FORM_RE = fastre.compile(r"[.;!?()\[\]\d$£€₹%@#*\"“”]")


def form_kind(text: str) -> Optional[str]:
    """The kind of a line recognised as a heading by its form alone: short, capitalised, no
    sentence punctuation, made only of heading words (``headings.json``: the
    words of the heading phrases and ``heading_words``), with a keyword stem naming its kind
    ("Required Technical And Professional Expertise" → ``minimum_qualifications``, "Why Work
    For Us" → ``benefits``).  None for anything else: an item in Title Case names something
    ("Strong Communication Skills", "Bachelor's Degree Preferred").

    Args:
        text: the line without decoration and final ':'.
    """
    if not text or _NOT_FORM_RE.search(text) or not text[0].isupper():
        return None
    words = _HEADING_WORD_RE.findall(text)
    if not 2 <= len(words) <= MAX_HEADING_WORDS:  # one word alone ("Profile") is as often a menu entry
        return None
    vocab = heading_vocab().words
    if any(norm_heading(w) not in vocab for w in words) or norm_heading(text) in _FORM_VALUES:
        return None
    return keyword_match(text)


# a value a form prints under its label, alone on its line ("Security clearance" / "Not Required"): no heading
_FORM_VALUES = frozenset({"not required", "not applicable", "none required", "not specified"})


LIST_KINDS = ("responsibilities", "minimum_qualifications", "preferred_qualifications")
# the words of a heading over a list, as opposed to an item in title case ("Experience With Kubernetes")
_LIST_HEADING_WORDS = fastre.compile(
    r"(?i)\b(?:you|your|you'll|you’ll|we|we're|we’re|our)\b"
    r"|\b(?:responsibilities|duties|tasks|requirements|qualifications|skills|preferred|nice to have|must haves?)(?:[ \t]+(?:required|include|needed))?[ \t]*$"
)
_DECOR_CHARS = "#*_=>|\t "
# the glyphs a list item opens with (a dash, a dot, an arrow, a check mark, "›", "»", "~", the CP-1252 bullet \x95), one
# character class for the sections reader and the list rules
BULLET_GLYPHS = r"-•*+·▪◦●○■□➢➤►›»~‣⁃–—✓✔→➔⇒\x95"
# the marks of Chinese and Japanese lists, written without a space before the item: "1、负责…", "（2）…", "①…", "・入荷検品"
CJK_LIST_MARK = r"(?:\d{1,2}[、．]|（\d{1,2}）|[\u2460-\u2473・◎◆◇])"
_BULLET_RE = fastre.compile(r"^\s*(?:(?:[" + BULLET_GLYPHS + r"]\ufe0f?|â€¢|\(?\d{1,2}[.)]|0[1-9](?=[ \t]+[A-Z0-9])|\(?[a-zA-Z][.)])\s+|" + CJK_LIST_MARK + r"\s*(?=\S))")
_INLINE_RE = fastre.compile(r"^(?P<head>[A-Z][^:\n]{1,60}?)\s*[:：]\s*(?P<rest>\S.*)$")
_QUESTION_INLINE_RE = fastre.compile(r"^(?P<head>[^\W\d_][^?:.!\n]{1,40}\?)\s+(?P<rest>[^\W_].*)$")  # "Vem är du? Minst 1 års erfarenhet …": a known question heading run into its first item
_ABOUT_RE = fastre.compile(r"^About (?:(?:the|our) )?(?:[A-Z0-9][\w&.'’-]*)(?: (?:[A-Z0-9&][\w&.'’-]*|of|and|the|de|for)){0,5}$")
# the employer's pitch under its name, as "Why join us" heads it: "Why Fernwerk", "Why join Acme?", "Why work at Acme Labs"
_WHY_US_RE = fastre.compile(r"^Why (?:join |work (?:at|for|with) )?(?!(?:We|You|Now|This|It|Our|They|I|Us|Should|Do|Does|Is|Are|Not|Apply|Work)\b)[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}\??$")
# the same in Japanese, Chinese or Korean: "西海銀行について", "公司簡介", "회사 소개"
_ABOUT_CJK_RE = fastre.compile(r"^[\u3040-\u9fff\uac00-\ud7afA-Za-z0-9・＆& ]{1,20}?(?:について|とは|簡介|简介|介紹|介绍|[ ]?소개)$")
_SENTENCE_PUNCT_RE = fastre.compile(r"[.!?;](?:\s|$)")
_NUMBERED_HEADING_RE = fastre.compile(r" \d{1,2}$")
_CONDITIONAL_RE = fastre.compile(r"\byou(?:'d| would)\b")
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with you your we our us you'll we're".split())


_HEADING_MARK = fastre.compile(r"[■□◆◇▶▷★☆][ \t]*")


def _strip_decor(line: str) -> tuple[str, bool]:
    """``line`` without markdown decoration; also whether it ended with ':'."""
    text = line.strip().strip(_DECOR_CHARS)
    colon = text.endswith((":", "："))
    text = text.rstrip(":：").strip(_DECOR_CHARS)
    return text, colon


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text)]
    if not words:
        return False
    if not words[0][0].isupper():
        return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return all(w[0].isupper() for w in big)


_INCLUDE_WORDS = frozenset(("include", "includes", "including"))
_HANDOVER_RE = fastre.compile(r"(?i)\bfollowing\b|\bnot (?:be )?limited to\b")
# words that open the sentence a heading runs into: "Qualifications To perform this job successfully, …"
_SENTENCE_OPENERS = frozenset("To The A An This These We You Our In All Candidates Applicants Employees Successful".split())
_LEAD_KINDS = (*LIST_KINDS, "other", "benefits", "pay", "legal")


def _heading_with_lead(line: str) -> Optional[tuple[str, str, int]]:
    """A known heading that opens a line and runs on into words of its own:
    ``(kind, heading, body offset)``, the body offset -1 when the body starts on the next line.

    "Essential Duties and Responsibilities include the following. Other duties may be
    assigned." is a heading over the list below; "Qualifications To perform this job
    successfully, an individual must…" and "Physical Demands The physical demands described
    here are…" are headings run into the first sentence of their body.
    """
    if not line[:1].isupper():
        return None
    words = line.split(" ")
    if len(words) < 3 or not may_be_phrase(line):
        return None
    phrases = heading_vocab().phrases
    for n in range(min(MAX_HEADING_WORDS, len(words) - 1), 0, -1):
        head = " ".join(words[:n])
        kind = phrases.get(norm_heading(head))
        if kind not in _LEAD_KINDS or head.endswith((":", "：", ",")):
            continue
        rest = words[n:]
        if rest[0].lower() in _INCLUDE_WORDS and len(rest) <= MAX_LIST_INTRO_WORDS and _HANDOVER_RE.search(" ".join(rest)):
            return kind, head, -1
        opener = rest[0] in _SENTENCE_OPENERS or (norm_heading(head) in heading_vocab().intl and rest[0] in heading_vocab().openers)
        if opener and len(rest) >= 4 and line.rstrip().endswith((".", ":")):
            return kind, head, len(head) + 1
        return None
    return None


@dataclass(frozen=True)
class _Heading:
    kind: str
    heading: str
    heading_start: int
    body_start: int
    subheading: bool = False
    inline: bool = False
    guessed: bool = False  # recognised by its form alone (:func:`form_kind`)


# A short line without sentence punctuation closed by a bracket that marks what follows optional:
# "Desired Qualifications (not required but desired)", "What we'd like you to have (but this part is not essential)".
_OPTIONAL_HEAD_RE = fastre.compile(
    r"(?i)(?P<head>[a-z][^.!?;:()\n]{2,60}?)[ \t]*\((?:but[ \t]+)?(?:this[ \t]+(?:part[ \t]+)?is[ \t]+)?"
    r"(?:not[ \t]+(?:essential|required|mandatory)|nice[ \t]+to[ \t]+have)\b[^()\n]{0,40}\)[ \t]*[:：]?$"
)


# An intro over the criteria a selection assesses, not over what the hire must have: "We'll assess you against
# these technical skills during the selection process:", "Candidates will be assessed on:".
_ASSESS_INTRO_RE = fastre.compile(r"(?i)\b(?:assess(?:ed)?|evaluated?|rated?|scored?|tested?)\s+(?:you\s+|candidates\s+|applicants\s+)?(?:against|on)\b")
# A step of the selection as its own heading: "Stage 1: Application", "Stage 2  Interviews", "Step 3 - Assessment centre"
# (U+0096/U+0097: a PDF's cp1252 dashes left as control characters).
_STAGE_HEAD_RE = fastre.compile(r"(?:Stage|Step)[ \t]+\d{1,2}\b[ \t]*[:\-–—\u0096\u0097]?[ \t]*(?:[A-Z][A-Za-z&/'’ -]{0,40})?")
MAX_ASSESSED_HEADING_WORDS = 5


def assessment_intro(text: str) -> bool:
    """Whether ``text`` (an intro, without its ':') says the criteria below are what the selection
    assesses ("We'll assess you against these behaviours during the selection process"), so the
    lines under it are no requirements list.

    Args:
        text: the intro line.
    """
    return _ASSESS_INTRO_RE.search(text) is not None


def optional_heading(line: str) -> bool:
    """Whether ``line`` is a heading that marks what follows optional: a short line without
    sentence punctuation closed by a bracket saying so ("Desired Qualifications (not required
    but desired)", "What we'd like you to have (but this part is not essential)").

    Args:
        line: the line, stripped of decoration.
    """
    m = _OPTIONAL_HEAD_RE.match(line)
    return m is not None and _optional_head_words(m.group("head"))


_QUESTION_HEAD_RE = fastre.compile(r"(?:What|Who|Which|Why)\b[^?]*\?$")
# A section number before a heading, as a PDF job description, a vacancy notice or terms of reference number
# their parts: "2. Main duties and responsibilities", "5) Qualifications", "3 . Scope of work".
_OUTLINE_NUMBER_RE = fastre.compile(r"[ \t]*(?P<n>\d{1,2}|[IVX]{1,5}(?=[.)]))[ \t]*[.)][ \t]+(?=[A-ZÀ-Þ])")  # (or a notice's roman "II.")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _outline_number(n: str) -> int:
    """The value of a section number written in figures or in roman numerals ("12", "IV")."""
    if n.isdigit():
        return int(n)
    values = [_ROMAN[c] for c in n]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# A heading written twice, in the page's language and in English: "주요업무 (What you will do)", "福利厚生 / Benefits".
_BILINGUAL_RE = fastre.compile(r"[ \t]*(?P<a>[^()（）/:\n]{1,40}?)[ \t]*(?:[(（](?P<b>[^()（）/:\n]{2,40})[)）]|/[ \t]*(?P<c>[^()（）/:\n]{2,40}?))[ \t]*[:：]?[ \t]*")


# a heading in Chinese, Japanese or Korean, then its English after a space: "工作內容 Job Description", "條件要求 Requirements"
_CJK_THEN_LATIN = fastre.compile(r"[ \t]*(?P<a>[\u3040-\u9fff\uac00-\ud7af][^\nA-Za-z]{0,15}?)[ \t]+(?P<b>[A-Za-z][A-Za-z'’& -]{1,40}?)[ \t]*[:：]?[ \t]*")
# and the English first: "Job Description 職位描述", "Requirements 入職要求"
_LATIN_THEN_CJK = fastre.compile(r"[ \t]*(?P<a>[A-Za-z][A-Za-z'’& -]{1,40}?)[ \t]+(?P<b>[\u3040-\u9fff\uac00-\ud7af][^\nA-Za-z]{0,15}?)[ \t]*[:：]?[ \t]*")


def _bilingual_heading(line: str, line_start: int) -> Optional[_Heading]:
    """A known heading phrase paired with the same heading in a script without Latin letters, in brackets, after a
    slash or a space ("자격요건 (Requirements)", "福利厚生 / Benefits", "條件要求 Requirements", "Requirements 入職要求"), or two known headings of one kind after a slash ("Profil
    recherché / Requirements"), or None: the kind of the known side."""
    m = _BILINGUAL_RE.fullmatch(line) or _CJK_THEN_LATIN.fullmatch(line) or _LATIN_THEN_CJK.fullmatch(line)
    if m is None:
        return None
    slashed = m.groupdict().get("c")  # (only _BILINGUAL_RE has the slash form)
    a, b = m.group("a").strip(), (m.group("b") or slashed or "").strip()
    lead = len(line) - len(line.lstrip())
    for known, other in ((b, a), (a, b)):
        kind = _phrase_kind(norm_heading(known))
        if kind and not re.search(r"[A-Za-z]", other) and not _SENTENCE_PUNCT_RE.search(other) and any(ch.isalpha() for ch in other):
            return _Heading(kind, line.strip().rstrip(":："), line_start + lead, line_start + len(line))
    kinds = {_phrase_kind(norm_heading(a)), _phrase_kind(norm_heading(b))} - {None}
    if len(kinds) == 2 and "description" in kinds and kinds & set(LIST_KINDS):
        kinds -= {"description"}  # "Opis posla / Duties", "Náplň práce / Job description": one side names the duties it describes
    # the same heading in two languages: "Profil recherché / Requirements", "El puesto / The job" (one side known)
    if slashed and len(kinds) == 1 and all(_SHORT_HEAD.fullmatch(x) for x in (a, b)):
        return _Heading(kinds.pop(), line.strip().rstrip(":："), line_start + lead, line_start + len(line))
    return None


_SHORT_HEAD = re.compile(r"[^\W\d_][^\W\d_'’ -]*(?: [^\W\d_'’-]+){0,3}")  # up to four words, no digit or punctuation


def _outline_heading(line: str, line_start: int, next_line: str) -> Optional[_Heading]:
    """A known heading phrase behind a section number ("2. Main duties and responsibilities" / "2.1 Inspect …",
    "5. Qualifications" / "- Master's degree …"), or None. A line followed by the next number of its series
    ("1. Communication" / "2. Teamwork") is an item of a numbered list, and so is a phrase known only by its form
    or one with text after a colon."""
    m = _OUTLINE_NUMBER_RE.match(line)
    if m is None:
        return None
    following = _OUTLINE_NUMBER_RE.match(next_line)
    if following is not None and _outline_number(following.group("n")) == _outline_number(m.group("n")) + 1:
        return None
    head = classify_line(line[m.end() :], line_start + m.end(), next_line)
    if head is None or head.guessed or head.inline or _SENTENCE_PUNCT_RE.search(head.heading):
        return None
    return replace(head, heading_start=line_start + len(line) - len(line.lstrip()))  # the number goes with its heading


# An intro that hands the reader the hire's qualities with a dangling verb of having: "You'll likely have",
# "Ideally you'd also bring", "We are looking for someone with", "The right candidate will possess" (words may stand
# between the subject and the verb, so the keyword stems "you'll have", "looking for" do not reach it).
_HAVE_INTRO_RE = fastre.compile(
    r"(?i)(?:[\w'’,]+[ \t]+){0,6}?(?:(?:you|you'll|you’ll|you'd|you’d|candidates?|applicants?)\b(?:[ \t]+[\w'’]+){0,3}?[ \t]+(?:have|bring|possess|offer)"
    r"|(?:someone|somebody|a[ \t]+person|people|candidates?|applicants?|an?[ \t]+(?:individual|professional|colleague|teammate))[ \t]+with)"
)
MAX_HAVE_INTRO_WORDS = 8


def have_intro_kind(text: str) -> Optional[str]:
    """The qualification kind an intro of the hire's qualities names ("You'll likely have", "You might be a fit if
    you have" → minimum; "It would be great if you also have", "It helps if you have" → preferred, as its keywords
    say), None when ``text`` is no such intro.

    Args:
        text: a line without decoration and final ':'; a capitalised line of at most
            :data:`MAX_HAVE_INTRO_WORDS` words without sentence punctuation or digits.
    """
    if not text[:1].isupper() or len(text.split()) > MAX_HAVE_INTRO_WORDS or re.search(r"[.;!?()\d]", text):
        return None
    if not _HAVE_INTRO_RE.fullmatch(text):
        return None
    kind = keyword_kind(text)
    if kind == "benefits":
        return None  # "In return you will have": what the hire gets
    return "preferred_qualifications" if kind == "preferred_qualifications" else "minimum_qualifications"


_WOULD_HELP_RE = fastre.compile(r"(?i)\b(?:would|could|helps?|also|extra|bonus)\b")


def _optional_head_words(head: str) -> bool:
    """Whether the words before "(not essential)" / "(nice to have)" head a list: they address the reader or name a
    list ("What we'd like you to have", "Skills"), say the list helps ("Things that would help"), or are all heading
    words; an item names its subject ("Experience with Gainsight or Totango", "Experience in retail")."""
    if _LIST_HEADING_WORDS.search(head) or _WOULD_HELP_RE.search(head):
        return True
    vocab = heading_vocab().words
    return all(norm_heading(w) in vocab for w in _HEADING_WORD_RE.findall(head))


@cache
def valediction_line() -> re.Pattern:
    """A letter's sign-off on a line of its own ("Best,", "Kind regards", "Mit freundlichen Grüßen"): ``titles.json``
    ``valedictions``, longest first, a space matching any run of spaces and tabs. The sections end a part there and
    the title rules read the lines after it as the writer's signature."""
    words = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(set(load("titles.json").get("valedictions", [])), key=len, reverse=True))
    return fastre.compile(rf"(?i)^[ \t]*(?:{words})[ \t]*[,.!]?[ \t]*$" if words else r"(?!)")


# a chat export's message stamp: "[01/12/2026 10:12] Priya Raman: ", "[2026-12-01 10:12:05] Tom: ", "[10:12] Ana: "
_CHAT_STAMP = fastre.compile(
    r"\[(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\][ \t]+"
    r"(?P<who>[^\W\d][^:\n\[\]]{0,40}?):[ \t]*"
)


# a slide deck's slide mark on a line of its own ("Slide 3", "Slide 3 of 7"), as a presentation exported to text writes it
_SLIDE_MARK = fastre.compile(r"(?i:slide)[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*:?$")


_CHIPS_MORE = re.compile(r",[ \t]*\+[ \t]?\d{1,3}[ \t]+more[ \t]*$")


# "What <the employer> offers" in English, French, Spanish, Portuguese and German: a heading over the benefits
_OFFERS_HEAD_RE = re.compile(
    r"(?i)^(?:what[ \t]+(?:the[ \t]+)?[\w&.'’-]+(?:[ \t]+[\w&.'’-]+){0,3}[ \t]+(?:offers|provides|gives)(?:[ \t]+(?:you|in[ \t]+return))?"
    r"|ce[ \t]+que[ \t]+(?:l['’]|le[ \t]+|la[ \t]+|les[ \t]+)?[\w&.'’-]+(?:[ \t]+[\w&.'’-]+){0,3}[ \t]+(?:offre|propose)(?:[ \t]+\w+)?"
    r"|lo[ \t]+que[ \t]+(?:el[ \t]+|la[ \t]+)?[\w&.'’-]+(?:[ \t]+[\w&.'’-]+){0,3}[ \t]+ofrece|o[ \t]+que[ \t]+(?:o[ \t]+|a[ \t]+)?[\w&.'’-]+(?:[ \t]+[\w&.'’-]+){0,3}[ \t]+oferece"
    r"|was[ \t]+[\w&.'’-]+(?:[ \t]+[\w&.'’-]+){0,3}[ \t]+(?:dir[ \t]+)?bietet)[ \t]*[:：]?$"
)


def classify_line(line: str, line_start: int, next_line: str) -> Optional[_Heading]:
    """A heading found on ``line`` (which starts at ``line_start``), or None. A letter's sign-off ends the part
    above it: what follows is the writer's signature (a part of kind ``other``)."""
    stripped = line.strip()
    if not stripped or stripped.endswith("more") and _CHIPS_MORE.search(stripped):
        return None  # "Skills: Digital Marketing, Email Marketing, +8 more": a board's chips row, no section
    lead = len(line) - len(line.lstrip())
    stamp = _CHAT_STAMP.match(stripped) if stripped[:1] == "[" else None
    if stamp is not None:  # a chat export's next message ("[01/12/2026 10:12] Priya Raman: …") ends the part above
        return _Heading("other", stamp.group("who"), line_start + lead, line_start + lead + stamp.end())
    if stripped[:1] in "Ss" and _SLIDE_MARK.match(stripped):  # a deck's next slide ends the part above
        return _Heading("other", stripped, line_start + lead, line_start + len(line))
    if len(stripped) <= 40 and valediction_line().match(stripped):
        return _Heading("other", stripped.rstrip(",.!"), line_start + lead, line_start + len(line))
    outline = _outline_heading(line, line_start, next_line) or _bilingual_heading(line, line_start)
    if outline is not None:
        return outline
    m = _OPTIONAL_HEAD_RE.match(stripped)
    if m and 2 <= len(m.group("head").split()) <= MAX_UNKNOWN_HEADING_WORDS and next_line.strip() and _optional_head_words(m.group("head")):
        # "What we'd like you to have (not essential)"; not an item marked so ("Experience with Gainsight (nice to have)")
        return _Heading("preferred_qualifications", stripped.rstrip(":："), line_start + lead, line_start + len(line))
    if _STAGE_HEAD_RE.fullmatch(stripped.rstrip(":：")) or (
        next_line.strip().endswith((":", "："))
        and assessment_intro(next_line)
        and len(stripped.split()) <= MAX_ASSESSED_HEADING_WORDS
        and stripped[:1].isupper()
        and not _SENTENCE_PUNCT_RE.search(stripped)
    ):
        # a step of the selection ("Stage 1: Application"), or the heading over the criteria it assesses
        # ("Behaviours" / "We'll assess you against these behaviours during the selection process:")
        return _Heading("other", stripped.rstrip(":："), line_start + lead, line_start + len(line))
    led = _heading_with_lead(stripped)
    if led is not None:
        kind, head, rest = led
        head_at = line_start + lead
        return _Heading(kind, head, head_at, line_start + len(line) if rest < 0 else head_at + rest)
    if len(stripped) > MAX_HEADING_CHARS + 8 and ":" not in stripped[:64]:
        return None
    vocab = heading_vocab()
    text, colon = _strip_decor(stripped)
    # "■ Key Responsibilities": a known English heading behind a mark Korean and Japanese pages head with (their own
    # language's "■ 仕事内容" heads a form's block whose labelled rows the form readers take, unless items follow it:
    # "■ 담당업무" over "- …" lines)
    marked = _HEADING_MARK.match(stripped)
    if marked is not None:
        text, colon = _strip_decor(stripped[marked.end() :])
    if text and len(text) <= MAX_HEADING_CHARS and len(text.split()) <= MAX_HEADING_WORDS \
            and (not _BULLET_RE.match(stripped) or marked is not None and norm_heading(text) in vocab.phrases
                 and (text.isascii() or _BULLET_RE.match(next_line.strip()) is not None and _HEADING_MARK.match(next_line.strip()) is None)
                 or marked is not None and _ABOUT_CJK_RE.match(text) is not None):
        key = norm_heading(text)
        numbered = _NUMBERED_HEADING_RE.sub("", key)
        if key not in vocab.phrases and numbered in vocab.phrases:
            key = numbered  # "Work Location 1": a known heading numbered by the board
        if key not in vocab.phrases and (noted := _without_note(text)) is not None:
            # a form's note on the field, a checklist's name and progress: "Responsibilities (one per line)", "Checklist: Must have 4/4"
            bare = norm_heading(_CHECKLIST_LEAD.sub("", noted))
            key = bare if bare in vocab.phrases else key
        if key not in vocab.phrases and _CONDITIONAL_RE.search(key):
            # "What you'd do", "What you would bring": a known heading in the conditional
            key = next((f for f in (_CONDITIONAL_RE.sub("you'll", key), _CONDITIONAL_RE.sub("you will", key)) if f in vocab.phrases), key)
        head_at = line_start + lead + max(0, stripped.find(text[:1]))
        body_at = line_start + len(line)
        if key in vocab.subheadings:
            return _Heading(vocab.subheadings[key], text, head_at, body_at, subheading=True)
        if key in vocab.phrases:
            return _Heading(vocab.phrases[key], text, head_at, body_at)
        if " / " in text and (bilingual := _bilingual_kind(text)) is not None:
            return _Heading(bilingual, text, head_at, body_at)  # "Wat ga je doen? / What you will do": a question's mark in one half
        if (_ABOUT_RE.match(text) or _ABOUT_CJK_RE.match(text) or (vocab.about and vocab.about.match(text))) and len(text.split()) <= 6:
            return _Heading("company", text, head_at, body_at)
        if _WHY_US_RE.match(text):
            return _Heading("benefits", text, head_at, body_at)  # "Why Fernwerk", "Why join Acme?": what the employer offers
        qualified = qualified_kind(text)
        if qualified:
            return _Heading(qualified, text, head_at, body_at)
        words = text.split()
        have_kind = have_intro_kind(text) if next_line.strip() else None
        if have_kind:
            return _Heading(have_kind, text, head_at, body_at)
        if (
            colon
            and len(words) <= MAX_HEADING_WORDS
            and text[0].isupper()
            and not _SENTENCE_PUNCT_RE.search(text)
            and not re.search(r"\d", text)
        ):
            kind = "other" if assessment_intro(text) else keyword_kind(text)  # "At application you will be assessed against the following:"
            if len(words) <= MAX_UNKNOWN_HEADING_WORDS or kind in (*LIST_KINDS, "benefits"):  # "Your day to day will look like:", "Detta erbjuder vi dig som barnvakt hos oss:"
                return _Heading(kind, text, head_at, body_at)
        if (
            text.endswith("?")
            and next_line.strip()
            and len(words) <= MAX_HEADING_WORDS
            and _QUESTION_HEAD_RE.match(text)
            and (question_kind := keyword_kind(text)) in LIST_KINDS
        ):
            # "What will I be responsible for?" over its items: a question of the reader's that names a list
            return _Heading(question_kind, text.rstrip("?"), head_at, body_at)
        if (
            not colon
            and next_line.strip()
            and len(words) <= MAX_HEADING_WORDS
            and _title_case(text)
            and _LIST_HEADING_WORDS.search(text)
            and not re.search(r"[.,;!?()\d$£€₹]", text)
            and keyword_kind(text) in LIST_KINDS
        ):
            # "What You'll Be Doing Day-to-Day" over unbulleted item lines: a Title-Case line that addresses
            # the reader or names a list, and whose keywords name a list kind
            return _Heading(keyword_kind(text), text, head_at, body_at)
        if next_line.strip() and len(words) <= MAX_UNKNOWN_HEADING_WORDS and _OFFERS_HEAD_RE.match(text):
            # "What EMR offers", "What the school offers", "Ce que le client offre": what the employer (named) gives, over its items
            return _Heading("benefits", text, head_at, body_at)
        guessed = form_kind(text) if not colon and next_line.strip() else None
        if guessed:
            # "Required Technical And Professional Expertise", "Why Work For Us" over item lines
            return _Heading(guessed, text, head_at, body_at, guessed=True)
        if (
            not colon
            and next_line
            and len(words) <= MAX_UNKNOWN_HEADING_WORDS
            and _BULLET_RE.match(next_line)
            and _title_case(text)
            and not re.search(r"[.,;!?()\d$£€₹]", text)
        ):
            kind = keyword_kind(text)
            return _Heading(kind, text, head_at, body_at)
    # "Requirements: 5+ years of ..." — a known heading with text on the same line.
    m = _INLINE_RE.match(stripped.lstrip(_DECOR_CHARS)) or _QUESTION_INLINE_RE.match(stripped.lstrip(_DECOR_CHARS))
    if m:
        head, _ = _strip_decor(m.group("head"))
        key = norm_heading(head)
        kind = vocab.subheadings.get(key) or vocab.phrases.get(key)
        if kind:
            offset = line_start + line.find(m.group("rest"), lead)
            head_at = line_start + line.find(head, lead) if head else line_start + lead
            return _Heading(kind, head, head_at, offset, subheading=key in vocab.subheadings, inline=True)
    return None


MAX_INLINE_HEADING_WORDS = 10
# An all-caps heading glued into a line: "…transparent. KEY RESPONSIBILITIES", "…areas.QUALIFICATIONS:Demonstrated…",
# "DESCRIPTIONAs an analyst…", "KEY DUTIES• Prepare…", "… SKILLS YOU SHOULD HAVE * 2+ years…" (a typed '*' bullet).
_CAPS_HEAD_RE = fastre.compile(
    r"(?:^|(?<=[\s.!?;:)a-z]))(?P<head>[A-Z][A-Z&/' -]{2,60}[A-Z])"
    r"(?P<tail>[ \t]*[:：][ \t]*|[ \t]*$|[ \t]*(?=[•·▪●◦➢►]|\*[ \t])|(?=[A-Z][a-z]))"
)
# A known heading phrase closing a line after a sentence: "…a bigger market opportunity. The Role".
_LINE_END_HEAD_RE = fastre.compile(r"(?<=[.!?] )(?P<head>[A-Z][A-Za-z&/' -]{2,60}?)[ \t]*[:：]?[ \t]*$")
# A short intro naming a list, glued to its first item: "Key responsibilities include:Production…",
# "Your duties may include:• Determining…".
_INTRO_HEAD_RE = fastre.compile(
    r"(?:^|(?<=[.!?] )|(?<=[a-z.!?)]))(?P<head>[A-Z][^.!?:\n]{2,120}?)(?P<tail>[:：][ \t]*)(?=[•·▪●◦○➢►\-]|\*[ \t]|[A-Z]|\(?1[.)][ \t]|$)"
)
# The same intro run on after a word of the paragraph with one space, short and without commas: "…open-source
# frameworks and technologies Ideally we are looking for candidate with:Red Hat…", "…external clients Bonus points if you have:…".
_SPACED_INTRO_HEAD_RE = fastre.compile(r"(?<=[a-z] )(?P<head>[A-Z][^.!?:;,()\n]{2,60}?)(?P<tail>[:：][ \t]*)(?=[A-Z•·▪●◦➢►])")
MAX_SPACED_INTRO_WORDS = 8
# An intro that hands over to a list may run long: "Duties will include, but are not limited to, the following:"
_LIST_INTRO_END_RE = fastre.compile(r"(?i)\b(?:include|includes|including|following|limited to)[ \t]*$")
MAX_LIST_INTRO_WORDS = 16
_GLUED_JOIN_RE = fastre.compile(r"[a-z][A-Z](?=[a-z])")  # "…clientsTechnology…": one item glued to the next


# A run of Title Case words closed by a colon in mid-line, whose last words are a known heading
# of two or more words: "…for all services Preferred Skills: The ideal candidate…".
_TITLE_COLON_RE = fastre.compile(r"(?<=[A-Za-z0-9,.!?)] )(?P<run>[A-Z][\w'’&/-]*(?: (?:[A-Z&][\w'’&/-]*|and|of|to|for))+)[ \t]*[:：][ \t]+")


# A list heading of two or more words run into a paragraph after a sentence, before its first item's capital:
# "…Willingness to travel. Job tasks Act as the primary contact…" (the run: the heading and the next word).
_SENTENCE_HEAD_RE = fastre.compile(r"(?<=[a-z)][a-z)][.!?] )(?P<run>[A-Z][a-z]+(?: [A-Za-z][a-z]*){1,4})")  # not after "i.e."


# A heading closed by an ellipsis in mid-paragraph, glued to its first item: "…at heart! The Ideal Candidate…MUST LOVE
# DOGS!…", "… The Store Manager Will…-Lead by example…"; a heading ending in "will" introduces duties.
_ELLIPSIS_HEAD_RE = fastre.compile(
    r"(?:(?:^|(?<=[.!?\"”)] ))(?P<head>[A-Z][\w'’&/-]*(?: [\w'’&/-]+){0,7}?)"  # after a sentence
    r"|(?<=[a-z] )(?P<title>[A-Z][\w'’&/-]*(?: [A-Z][\w'’&/-]*){1,7}))"  # or Title Case run on after a word
    r"[ \t]*(?:…|\.\.\.)(?=[ \t]*[-–•·]?[ \t]*[A-Z])"
)
_WILL_END_RE = fastre.compile(r"(?i)\bwill$")


# A company profile's "About <Name>" heading glued to the text before it: "…turnaround time.About DocDocDocDoc was
# founded…", "…today!#URL_…#About ApexApex is…"; not "About You", "About the Role" (those head the hire's lists).
_PROFILE = "profile"  # a candidate that is a company heading only inside a list
_GLUED_ABOUT_RE = fastre.compile(
    r"(?<=[a-z.!?#)])(?P<head>About[ \t]+(?!(?:You|Your|Yourself|Me)\b|(?:The|This|Our)[ \t]+(?:Role|Job|Position|Opportunity|Candidate|Person|Work)\b)[A-Z][\w&'’.-]*)"
    r"|^[ \t]*(?P<named>About[ \t]+(?P<name>[A-Z]\w+))(?P=name)"  # a line opening "About ApexApex is …": the heading glued to its paragraph
)


# A Title-Case heading opening a line, glued to its first item: "Technologies / Methodologies UsedC#…".
_LINE_START_HEAD_RE = fastre.compile(r"^[ \t]*(?P<head>[A-Z][a-z]+(?:[ \t]*[/&,-]?[ \t]+(?:[A-Z][a-z]+|and|or|of|to|for|the|you|your|we|our))*[ \t]+[A-Z][a-z]+)(?=[A-Z#0-9•·▪●◦➢►])")


def _shouting(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 20 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


_LIST_NOUN_RE = fastre.compile(
    r"(?i)\b(?:responsibilit|the following (?:\w+ )?(?:experience|knowledge)\b|(?:be|are|is) (?:\w+ )?expected to\b|(?:will|would) involve\b|involves\b|duties|tasks|accountabilit|qualification|requirement|preferred|nice to have|bonus point|desired|desirable|must[ -]have|skill[ -]?set|skills\b|traits\b|qualities\b|attributes\b|characteristics\b|(?:successful|ideal|qualified) candidates?\b"
    r"|looking for (?:an? )?(?:candidates?|someone|somebody|people|individuals?|applicants?|students?|graduates?|persons?) (?:with|who))"
)
# A known heading glued between a sentence and the inline bullet of its first item: "…per hour!!Job Requirements• Superior…",
# "…our continued list.Essential Duties and Responsibilities• Handle…".
_INLINE_BULLETS = "[•·▪●◦➢►]"
_INLINE_BULLET_CHARS_RE = re.compile(_INLINE_BULLETS)
_BULLET_HEAD_RE = fastre.compile(r"(?:^|(?<=[.!?])|(?<=[.!?] ))(?P<head>[A-Z][A-Za-z&/'’ -]{2,60}?)[ \t]*(?=" + _INLINE_BULLETS + r"|(?<=[a-z])-[ \t]+[A-Z0-9])")  # also a '-' bullet glued to the heading: "…solutions.Responsibilities- Design …"
_GLUED_DASH_BULLET_RE = fastre.compile(r"[a-z]-[ \t]+[A-Z0-9]")


@cache
def duty_verbs() -> frozenset[str]:
    """The verbs that open a duty (``duty_verbs`` of the lists data file: "develop", "resolve"),
    lower-cased; shared by the segmenter and the skills rules."""
    return frozenset(v.lower() for v in load("lists.json").get("duty_verbs", []))


@cache
def _protected_index() -> dict[tuple[str, str], tuple[tuple[str, int], ...]]:
    """Protected camel-case words (``data/camelcase.json``: "TypeScript", "iOS") indexed by the two
    characters around each inner position: ``{("y", "T"): (("PyTorch", 2), ...)}``."""
    index: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for word in set(load("camelcase.json").get("protected", [])):
        for k in range(1, len(word)):
            index.setdefault((word[k - 1], word[k]), []).append((word, k))
    return {key: tuple(items) for key, items in index.items()}


def inside_protected_word(line: str, p: int) -> bool:
    """Whether offset ``p`` of ``line`` falls inside a protected camel-case word (a split there would
    cut "Type|Script"); the glue repair and the glued-heading reader both ask."""
    for word, k in _protected_index().get((line[p - 1 : p], line[p : p + 1]), ()):
        if line.startswith(word, p - k):
            return True
    return False


def inline_headings(line: str, line_start: int, current: Optional[str]) -> list[_Heading]:
    """Headings glued inside ``line`` (which starts at ``line_start``), for scraped text whose
    headings lost their line breaks.

    Found by form and meaning: a Title-Case heading made of heading words opening the line,
    glued to its first item ("Technologies / Methodologies UsedC#…"), an all-caps run naming a heading ("KEY RESPONSIBILITIES"), a
    known phrase closing a line after a sentence ("… opportunity. The Role"), a list heading of two
    or more words run into the paragraph after a sentence ("… to travel. Job tasks Act as …"), a known phrase of
    two or more words in Title Case closed by a colon ("… services Preferred Skills: The…"), or a short intro
    whose keywords name a list, glued to its first item ("Key duties include:Prepare…"), or a known
    heading between a sentence and an inline bullet ("…per hour!!Job Requirements• Superior…") or a '-' bullet
    glued to it ("…solutions.Responsibilities- Design …").  Only
    a heading that changes the kind of the section it sits in (``current``) counts.

    Args:
        line: one line of the clean text.
        line_start: its offset in the text.
        current: the kind of the section the line is in (None before any).
    """
    found: list[_Heading] = []
    taken: list[tuple[int, int]] = []

    def add(kind: Optional[str], head: str, hs: int, body: int) -> None:
        nonlocal current
        if not kind or kind == current or kind == "other" or any(a < body and hs < b for a, b in taken):
            return
        found.append(_Heading(kind, head, line_start + hs, line_start + body))
        taken.append((hs, body))
        current = kind

    if line.islower():
        return found  # every pattern below needs an ASCII capital
    # the literals some patterns need, looked up once: a colon, a blank after a sentence's end
    colon = ":" in line or "：" in line
    after_sentence = ". " in line or "! " in line or "? " in line
    candidates = []
    bullet = _BULLET_RE.match(line)
    for m in _CAPS_HEAD_RE.finditer(line):
        head = m.group("head").strip(" -/&'")
        if _shouting(line[max(0, m.start() - 60) : m.start()]):
            continue  # capitals in shouted prose are no heading
        if bullet is not None and m.start("head") == bullet.end() and m.end() >= len(line.rstrip()) and ":" not in m.group("tail"):
            continue  # "02 IBM Z/OS CERTIFICATION": a list's item written in capitals, whole
        if sum(ch.isalpha() for ch in head) < 4 or len(head.split()) > MAX_UNKNOWN_HEADING_WORDS:
            continue
        if ":" not in m.group("tail") and norm_heading(head) in heading_vocab().no_glue:
            continue  # "PLUS", "EXPERIENCE" in shouted prose
        kind = kind_of_heading(head) or (keyword_kind(head) if keyword_kind(head) in LIST_KINDS else None)
        candidates.append((m.start("head"), kind, head, m.end()))
    m = _LINE_END_HEAD_RE.search(line) if after_sentence else None
    if m and len(m.group("head").split()) <= MAX_UNKNOWN_HEADING_WORDS and m.group("head") not in _SENTENCE_OPENERS:  # "…for this vacancy. You" / "will …": a wrapped sentence
        candidates.append((m.start("head"), kind_of_heading(m.group("head")), m.group("head"), len(line)))
    for m in _INTRO_HEAD_RE.finditer(line) if colon else ():
        head, hs = m.group("head"), m.start("head")
        glued = [j.start() + 1 for j in _GLUED_JOIN_RE.finditer(head)]
        if glued and len(head.split()) > MAX_INLINE_HEADING_WORDS:  # the intro glued to the item before it
            hs += glued[-1]  # "…as needed by clientsTechnology requirements:Server…"
            head = head[glued[-1] :]
        words = len(head.split())
        limit = MAX_LIST_INTRO_WORDS if _LIST_INTRO_END_RE.search(head) else MAX_INLINE_HEADING_WORDS
        if words > limit or (head.isupper() and words <= MAX_UNKNOWN_HEADING_WORDS) or not _LIST_NOUN_RE.search(head):
            continue  # (a short all-caps heading is the capitals rule's)
        kind = kind_of_heading(head)
        if kind is None:
            if current == "responsibilities" and head.split()[0].lower() in duty_verbs():
                continue  # a duty labelled by its theme: "Build and transfer skills and knowledge: Take responsibility for …"
            kind = keyword_kind(head)
            kind = kind if kind in LIST_KINDS else None
        candidates.append((hs, kind, head, m.end()))
    for m in _SPACED_INTRO_HEAD_RE.finditer(line) if colon else ():
        head = m.group("head")
        before = line[: m.start()].split()
        if len(head.split()) > MAX_SPACED_INTRO_WORDS or not _LIST_NOUN_RE.search(head) or not before[-1].islower():
            continue  # not inside a name ("… EAD / Green Card / US Citizens Requirements :")
        kind = kind_of_heading(head) or keyword_kind(head)
        if kind in LIST_KINDS:
            candidates.append((m.start("head"), kind, head, m.end()))
    for m in _BULLET_HEAD_RE.finditer(line) if _INLINE_BULLET_CHARS_RE.search(line) or _GLUED_DASH_BULLET_RE.search(line) else ():  # only lines holding an inline bullet
        head = m.group("head").strip()
        kind = kind_of_heading(head) or form_kind(head)
        if kind in LIST_KINDS or kind in ("benefits", "pay", "legal", "company"):
            candidates.append((m.start("head"), kind, head, m.end()))
    for m in _SENTENCE_HEAD_RE.finditer(line) if after_sentence else ():
        words = m.group("run").split(" ")
        for n in range(len(words) - 1, 1, -1):  # the longest run of 2+ words that names a list heading
            head = " ".join(words[:n])
            kind = kind_of_heading(head) or form_kind(head)
            if kind in LIST_KINDS and words[n][:1].isupper() and words[n - 1].lower() not in _SMALL_WORDS:
                candidates.append((m.start("run"), kind, head, m.start("run") + len(head) + 1))
                break
    for m in _TITLE_COLON_RE.finditer(line) if colon else ():
        words = m.group("run").split()
        for k in range(max(0, len(words) - MAX_UNKNOWN_HEADING_WORDS), len(words) - 1):
            head = " ".join(words[k:])
            kind = kind_of_heading(head)
            if kind:
                start = m.start("run") + len(" ".join(words[:k])) + (1 if k else 0)
                candidates.append((start, kind, head, m.end()))
                break
    for m in _ELLIPSIS_HEAD_RE.finditer(line) if "…" in line or "..." in line else ():
        head = m.group("head") or m.group("title")
        kind = "responsibilities" if _WILL_END_RE.search(head) else kind_of_heading(head) or form_kind(head)
        if kind in LIST_KINDS:
            candidates.append((m.start(), kind, head, m.end()))
    for m in _GLUED_ABOUT_RE.finditer(line) if "About" in line else ():
        group = "head" if m.group("head") else "named"
        candidates.append((m.start(group), _PROFILE, m.group(group), m.end(group)))
    m = _LINE_START_HEAD_RE.match(line)
    if m and inside_protected_word(line, m.end()):
        m = None  # "Skills TypeScript · React": the capital inside a name the world writes as one word, no glued heading
    if m and not any(kind for _, kind, _, _ in candidates):
        head = m.group("head").strip()
        kind = kind_of_heading(head) or form_kind(head)
        if kind and kind != current:  # "Technologies / Methodologies UsedC#, MVC…": a heading (here "other") ends the list
            found.append(_Heading(kind, head, line_start + m.start("head"), line_start + m.end()))
            return found
    for hs, kind, head, body in sorted(candidates, key=lambda c: c[0]):
        if kind == _PROFILE:
            kind = "company" if current in LIST_KINDS or current in ("description", "other") else None  # a profile heading only ends a list, a job description or a block such as KPIs
        add(kind, head, hs, body)
    return found


# A heading over the steps of the selection: a sub-block under it ("Experience", "Qualifications") says what the
# stages assess, not what the hire must have.
PROCESS_HEAD_RE = fastre.compile(r"(?i)\b(?:selection|application|interview|assessment|recruitment|hiring|stage|step|sift)\b")


def _legal_start(line: str, next_line: str = "") -> bool:
    """Whether ``line`` opens an equal-opportunity paragraph (``headings.json`` ``legal_starts``); the
    next line is read with it, since a hard wrap may split the phrase ("…and do not" / "discriminate …")."""
    pattern = heading_vocab().legal_starts
    return bool(pattern and pattern.match(f"{line.strip()} {next_line.strip()}"))


# A card's tag line: short names joined by commas, maybe closed by a count ("Email Marketing, Customer Segmentation,
# Braze, +6 more"); no sentence in it.
_TAG_LIST_RE = fastre.compile(r"[^\W\d][\w+#./&' -]{0,30}(?:,[ \t]*[^\W\d][\w+#./&' -]{0,30}){2,}(?:,[ \t]*\+\d+ more)?[ \t]*")


_OPEN_END_WORDS = r"[ \t,](?:and|or|of|the|to|with|for|in|on|a|an|by|from)$"  # a word that needs more after it
_OPEN_END_RE = fastre.compile("(?i)" + _OPEN_END_WORDS)
_CLOSED_END = (".", ":", "：", "!", "?", ";")
# a long line ending on a lower-case word that needs more is a line a hard wrap broke ("Grade A" / "Duties" is not)
_OPEN_END_LOWER_RE = fastre.compile(_OPEN_END_WORDS)
MIN_WRAPPED_CHARS = 40


def broken_by_wrap(line: str) -> bool:
    """Whether a hard wrap broke ``line`` off mid-phrase: at least :data:`MIN_WRAPPED_CHARS` long, it ends on a
    lower-case word that needs more ("…test framework in", "…for bank and"), so the next line carries it on.

    Args:
        line: one line of text, with or without its bullet.
    """
    line = line.rstrip()
    return len(line.strip()) >= MIN_WRAPPED_CHARS and _OPEN_END_LOWER_RE.search(line) is not None


def _wrapped_line(lines: list[str], i: int, next_line: str) -> bool:
    """Whether line ``i`` is part of a sentence a hard wrap broke, so no heading: it opens in lower case
    and the line above runs on into it ("…entitled to a large range of" / "benefits."), or it ends on a
    word that needs more and the next line carries on in lower case ("…the recruitment process, benefits and" /
    "allowances …"). A line closed by ':' still announces what follows."""
    line = lines[i].strip()
    if not line or line.endswith((":", "：")):
        return False
    above = lines[i - 1].rstrip() if i else ""
    if line[0].islower() and above and not above.endswith(_CLOSED_END):
        return True
    if _BULLET_RE.match(above) and broken_by_wrap(above):
        return True  # "- …the Playwright test framework in" / "TypeScript": a name the wrap put on its own line
    nxt = next_line.strip()
    return bool(nxt[:1].islower() and lines[i + 1].strip() and _OPEN_END_RE.search(line))


def _runs_on(text: str, inline: _Heading, lines: list[str], i: int) -> bool:
    """Whether a heading found closing line ``i`` ("…technology innovation. You will") is the start of a
    sentence a hard wrap carried on to the next line ("collaboratively develop …"): no colon after it and the
    next line opens in lower case."""
    rest = text[inline.body_start : inline.body_start + len(lines[i])].split("\n", 1)[0]
    nxt = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
    return not rest.strip() and not text[inline.heading_start : inline.body_start].rstrip().endswith((":", "：")) and nxt[:1].islower()


_SENTENCE_INTRO_RE = fastre.compile(
    r"(?i)(?:the|an?|our|you|you'll|you’ll)\b[\w '’-]{0,40}?\b(?:will|shall|should|must|would|can)(?:\s+\w+){0,3}"
)


def _intro_under_heading(text: str, above: _Heading, head: _Heading, line: str) -> bool:
    """Whether ``head`` (found on ``line``) is an intro closed by ':' directly under a list heading ``above``
    with nothing between them: it opens that heading's list, not a section of its own. That holds for an intro
    naming no kind ("The role will include:") and for a sentence intro whose words name another list kind
    ("The ideal candidate will:" under "Requirements" introduces requirements, not duties). A selection step or
    what the selection assesses stays a heading."""
    if above.kind not in LIST_KINDS or text[above.body_start : head.heading_start].strip():
        return False
    if head.kind in LIST_KINDS:  # "The ideal candidate will:", its items on the next lines or glued on ("…will:Have")
        closed = text[head.heading_start : head.body_start].rstrip().endswith((":", "："))
        return closed and bool(_SENTENCE_INTRO_RE.fullmatch(head.heading.strip()))
    return (
        line.rstrip().endswith((":", "："))
        and head.kind == "other"
        and kind_of_heading(head.heading) is None
        and not assessment_intro(head.heading)
        and not _STAGE_HEAD_RE.fullmatch(head.heading)
    )


def _field_row_under(text: str, above: _Heading, inline: _Heading, line_end: int) -> bool:
    """Whether ``inline``, a one-word label with a short value ("Qualification : Employé qualifié"), is a field row
    of the non-list section ``above`` ("Informations complémentaires", "Job details") it stands in, not a heading:
    only field rows lie between them."""
    if above.kind in LIST_KINDS or len(inline.heading.split()) != 1 or line_end - inline.body_start >= MIN_INLINE_BODY:
        return False
    between = text[above.body_start : inline.heading_start].strip()
    return all(FIELD_ROW_RE.match(row.strip()) for row in between.split("\n") if row.strip())


_FIELD_VALUE_MAX = 60  # a field row's value is short; a sentence of requirements after its label is a list's item


def _among_field_rows(lines: list[str], i: int) -> bool:
    """Whether line ``i`` stands between field rows ("Salary: …" above, "Reference: …" below), blank lines aside."""
    above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
    below = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
    return bool(FIELD_ROW_RE.match(above.strip()) and FIELD_ROW_RE.match(below.strip()))


FIELD_ROW_RE = fastre.compile(r"[^\W\d][^:：\n]{0,30}[ \t]*[:：][ \t]*\S")  # a field row: "Réf. : EK-2611-073", "Qualification : Employé qualifié"


def _label_inside_list(text: str, above: _Heading, head: _Heading, absorbed: Optional[_Heading]) -> bool:
    """Whether ``head``, a short Title Case line of no known kind ("Fleet Scheduling", "Craft"), is a label grouping
    the items of the list heading ``above``: it stands directly under ``above`` with nothing between them, or
    ``above`` already holds such a label (``absorbed``: "Vendor Relations" after "Fleet Scheduling"'s items) or is a
    known sub-block of the list ("Education" / "- …" / "Office Software" / "- …"); bullets follow it. A line whose
    words name a kind ("Physical Demands", "Benefits") or a known phrase is a heading of its own, and so is a label
    over unbulleted lines ("Behaviours" / "We'll assess you against these behaviours …")."""
    if above.kind not in LIST_KINDS or head.kind != "other" or head.inline or head.subheading or head.guessed:
        return False
    label = head.heading.strip()
    if not _title_case(label) or keyword_match(label) is not None or kind_of_heading(label) is not None:
        return False
    below = text[head.body_start : head.body_start + 200].lstrip().split("\n", 1)[0]
    if not _BULLET_RE.match(below):
        return False
    return absorbed is above or above.subheading or not text[above.body_start : head.heading_start].strip()


# a site's navigation line: a back link ("← All open roles", "< Back to search results")
_BACK_LINK = re.compile(r"[ \t]*(?:[←‹«][ \t]*\S|<[ \t]*(?i:back|all|return)\b)")
# a language switch among a menu's entries: "EN", "Français", "ខ្មែរ" (no Latin letter)
_LANGUAGE_ENTRY = re.compile(r"(?:[A-Z]{2}|English|Français|Deutsch|Español|Português|中文|[^\sA-Za-z0-9]+)")


def _nav_line(line: str) -> bool:
    """A site's navigation line: a back link, or a short menu whose entries, parted by bars, switch the language
    ("Contact | EN | ខ្មែរ"); a table's header row ("Criteria | Essential/Desirable | Assessed by") is none."""
    if _BACK_LINK.match(line):
        return True
    parts = [p.strip() for p in line.split(" | ")] if " | " in line and len(line) <= 80 else []
    return len(parts) >= 2 and any(_LANGUAGE_ENTRY.fullmatch(p) for p in parts)


def find_headings(text: str) -> list[_Heading]:
    """Every heading in ``text`` in order (kinds already resolved for sub-headings)."""
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    found: list[_Heading] = []
    previous_kind: Optional[str] = None
    content_seen = False
    absorbed: Optional[_Heading] = None  # the list heading whose body holds labels grouping its items
    for i, line in enumerate(lines):
        nxt = ""
        for j in range(i + 1, min(i + 3, len(lines))):
            if lines[j].strip():
                nxt = lines[j]
                break
        head = None if _wrapped_line(lines, i, nxt) else classify_line(line, starts[i], nxt)
        if head is None:
            if found and _legal_start(line, lines[i + 1] if i + 1 < len(lines) else "") and previous_kind != "legal":
                lead = len(line) - len(line.lstrip())
                head = _Heading("legal", "", starts[i] + lead, starts[i] + lead)
            elif content_seen and previous_kind != "legal":
                for inline in inline_headings(line, starts[i], previous_kind):
                    if _runs_on(text, inline, lines, i) or (found and _intro_under_heading(text, found[-1], inline, line)) \
                            or (found and _field_row_under(text, found[-1], inline, starts[i] + len(line.rstrip()))):
                        continue
                    found.append(inline)
                    previous_kind = inline.kind
                continue
            elif not content_seen and i:
                # a posting without headings (a flyer, an agency ad): a glued intro naming a list opens the content
                # ("Duties include:Picking and packing orders…"); a one-word label is header metadata ("Qualification: B.E")
                for inline in inline_headings(line, starts[i], previous_kind):
                    short_body = starts[i] + len(line.rstrip()) - inline.body_start < MIN_INLINE_BODY  # "Preferred timezones: Eastern, Central"
                    if inline.kind in LIST_KINDS and len(inline.heading.split()) >= 2 and not short_body and not _runs_on(text, inline, lines, i):
                        found.append(inline)
                        previous_kind = inline.kind
                        content_seen = True
                continue
            else:
                continue
        if not content_seen and head.inline and head.subheading and len(line) - (head.body_start - starts[i]) < _FIELD_VALUE_MAX \
                and _among_field_rows(lines, i):
            continue  # "Languages: French (advanced), English" among "Salary: …" and "Reference: …": a field row of the head's details block
        if not content_seen:
            if head.kind not in CONTENT_KINDS:
                continue
            if head.guessed and i and lines[i - 1].strip():
                continue  # "Location / Work Experience / Job highlights": a menu of the page, not a heading
            if i + 1 < len(lines) and _nav_line(lines[i + 1]):
                continue  # "Benefits" over "← All open roles", "About us" over "Contact | EN": a site's menu over the posting
            if head.inline and (
                head.kind in ("company", "legal")
                or len(line.rstrip()) - (head.body_start - starts[i]) < MIN_INLINE_BODY  # the body after the label, not the line
                and not (head.kind in LIST_KINDS and _BULLET_RE.match(line[head.body_start - starts[i] :]))  # "Duties: • Run the boiler": a list's first item
                or _TAG_LIST_RE.fullmatch(text, head.body_start, starts[i] + len(line.rstrip()))
            ):
                continue  # header metadata, or a card's tag line ("Skills: Email Marketing, Braze, +6 more")
            content_seen = True
        if head.subheading and previous_kind in QUALIFICATION_KINDS:
            head = _Heading(previous_kind, head.heading, head.heading_start, head.body_start, True)
        elif head.subheading and previous_kind == "other" and PROCESS_HEAD_RE.search(found[-1].heading):
            head = _Heading("other", head.heading, head.heading_start, head.body_start, True)  # "Experience" under "Selection process details": what the sift assesses
        if found and found[-1].heading == head.heading and head.heading and not text[found[-1].body_start : head.heading_start].strip():
            continue  # "Description\nDescription": one heading
        if found and _intro_under_heading(text, found[-1], head, line):
            continue  # "Responsibilities" / "The role will include:": the list's intro, in the section it opens
        if found and _label_inside_list(text, found[-1], head, absorbed):
            absorbed = found[-1]
            continue  # "Responsibilities" / "Fleet Scheduling" / "- Plan …": a label grouping the list's items
        found.append(head)
        previous_kind = head.kind
        if head.inline and previous_kind != "legal":  # the body on the heading's line may hold more glued headings:
            body = head.body_start - starts[i]  # "Preferred Experience: 2-3 years … Salary Information: … Education/Experience Requirements: Nurse I …"
            for inline in inline_headings(line[body:], head.body_start, previous_kind):
                if inline.heading_start > head.body_start:
                    found.append(inline)
                    previous_kind = inline.kind
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(doc, warnings: Optional[list[str]] = None) -> list[Section]:
    """Split ``doc.text`` into :class:`Section` objects in document order.

    Text before the first heading is a ``header`` section; a heading's body
    runs to the next heading.  Sections with an empty body are left out.
    On an internal error the result is ``[]`` and a warning goes to ``warnings``.

    Args:
        doc: a :class:`extractor.document.Document` (anything with a ``text`` str).
        warnings: where the warning of a failure goes (see :mod:`extractor.faults`).

    Raises:
        Exception: whatever segmentation raised, in strict mode (``EXTRACTOR_STRICT=1``) only.
    """
    try:
        return _segment(doc.text)
    except Exception as exc:  # noqa: BLE001 - rules fall back to the whole text
        from extractor.faults import fault_warning, strict

        if strict():
            raise
        log.debug("segmentation failed", exc_info=True)
        if warnings is not None:
            warnings.append(fault_warning("segmentation into sections", exc, "the rules read the text without sections"))
        return []


def _segment(text: str) -> list[Section]:
    if not text or not text.strip():
        return []
    heads = find_headings(text)
    sections: list[Section] = []
    first = heads[0].heading_start if heads else len(text)
    s, e = _trim(text, 0, first)
    if e > s:
        sections.append(Section("header", "", 0, s, e))
    for i, head in enumerate(heads):
        end = heads[i + 1].heading_start if i + 1 < len(heads) else len(text)
        s, e = _trim(text, min(head.body_start, end), end)
        if e > s:
            sections.append(Section(head.kind, head.heading, head.heading_start, s, e))
    return sections
