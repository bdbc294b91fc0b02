"""Rules for ``min_years_experience``: the years of experience a posting requires.

Recognises "5+ years", "5+ yrs", "at least 2 years", "minimum of 3 years",
"min. 3 years", "3-5 years", "3 to 5 years", "three (3) years", "3 Years
experience", "over 4 years", "4 or more years", "2 years' experience", "4-6 yrs
exp", "Experience: 3-5 years", "6 months' experience" (0.5) and the like; the
value is the lower bound of the number or range.

A number of years only counts in an experience sense:

* *strong*: an experience word follows it closely ("years of experience",
  "yrs exp", "years PQE") or labels it ("Experience: 3-5 years");
* *weak*: an experience-ish word follows it ("years in industry", "years of
  professional ...", "years working in ...") or a marked number ("5+", "at
  least", a range) runs straight into a verb or preposition ("5+ years
  building distributed systems").

Ages ("18 years or older"), contract and warranty lengths, tenure ("after 5
years' service"), look-back windows ("in the last 3 years") and company history
("for over 40 years we have ...", "a 25-year-old company") are ruled out.

Choice among several statements (see the value conventions): the first
statement in a minimum/required qualifications section; failing that the first
one outside preferred sections (the whole text when there are no sections);
statements only in preferred sections (or marked "preferred" inline) count,
at a lower confidence, only when no required one exists.

Vocabulary: ``extractor/data/experience.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable, Optional

from extractor import fastre
from extractor.data import load
from extractor.rules.base import Candidate, Context, lower_same_length, rule, sentence_around
from extractor.sections import Section

FIELD = "min_years_experience"
MAX_YEARS = 50.0
AFTER_WINDOW = 60  # characters after "N years" searched for the experience sense
STRONG_REACH = 45  # an experience word this close after the unit is a strong sense
OF_REACH = 80  # after "of" the field comes first, so the experience word may stand further (within AFTER_WINDOW): "2 years of sterile processing or surgical instrument experience"
WEAK_REACH = 30
BEFORE_WINDOW = 70  # characters before the number searched for a label / negative words
SENTENCE_REACH = 160  # characters either side that make up "the sentence" for company checks
MAX_TEXT = 2_000_000  # longer inputs are cut (rules must stay linear and bounded)

REQUIRED_KINDS = ("minimum_qualifications",)
PREFERRED_KINDS = ("preferred_qualifications",)
QUALIFICATION_KINDS = REQUIRED_KINDS + PREFERRED_KINDS
SKIP_KINDS = ("company", "legal", "benefits", "pay")

# (tier, strength) -> confidence.  Tier: required section / plain text / preferred.
CONFIDENCE = {
    ("required", "strong"): 0.9,
    ("required", "weak"): 0.75,
    ("plain", "strong"): 0.8,
    ("plain", "weak"): 0.6,
    ("preferred", "strong"): 0.65,
    ("preferred", "weak"): 0.5,
}
TIER_ORDER = ("required", "plain", "preferred")

_SENTENCE_END = fastre.compile(r"[.!?;\n](?=\s|$)|\n")


@cache
def _vocab() -> dict[str, Any]:
    return load("experience.json")


def _phrase(words: Iterable[str]) -> str:
    """Longest-first alternation of phrases; inner spaces match any blank run."""
    items = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in item.split()) for item in items)


@dataclass(frozen=True)
class _Patterns:
    main: re.Pattern[str]
    qualifier: re.Pattern[str]
    number_words: dict[str, float]
    strong_after: re.Pattern[str]
    strong_after_of: re.Pattern[str]
    label_before: re.Pattern[str]
    weak_after: re.Pattern[str]
    lead_after: re.Pattern[str]
    negative_after: re.Pattern[str]
    negative_before: re.Pattern[str]
    soft_negative_before: re.Pattern[str]
    company: re.Pattern[str]
    candidate: re.Pattern[str]
    preferred: re.Pattern[str]


# Word edges that also hold inside Chinese, Japanese and Korean text, written without spaces ("3年以上大数据开发经验")
_CJK = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"  # Thai, kana, CJK, Hangul: no spaces between words
_WORD_START = rf"(?:(?<![\w-])|(?=[{_CJK}]))"
_WORD_END = rf"(?:(?![\w-])|(?<=[{_CJK}])|(?-i:(?<=[a-z])(?=[A-Z][a-z])))"  # or glued to the next bullet: "…experienceSafety boots"


@cache
def _patterns() -> _Patterns:
    """Compile the vocabulary into the patterns used by :func:`find_statements`."""
    vocab = _vocab()
    number_words = {k.lower(): float(v) for k, v in vocab["number_words"].items()}
    words = "|".join(sorted(number_words, key=len, reverse=True))
    # A digit may be glued to the previous word in scraped text ("Qualifications5+ years").
    num = (
        rf"(?:(?<![\d$£€¥₹.,])\d{{1,2}}(?:[.,]\d)?(?![\d%])(?:[ \t]{{0,2}}\([ \t]{{0,2}}(?:{words})[ \t]{{0,2}}\))?"  # "1 (one) year"
        rf"|\b(?:{words})\b(?:\s*\(\s*\d{{1,2}}\s*\))?"
        rf"|\b[^\W\d_]{{2,8}}\s*\(\s*\d{{1,2}}\s*\)(?=\s*[^\W\d_]))"  # any language's word with its figure: "un (1) an", "jedan (1) godina"
    )
    # "경력 3 ~ 7년", "3〜5年", "3 à 5 ans", "1 a 2 años", "2 bis 4 Jahre"; Arabic's dual is the number and its unit in one
    # word ("سنتين": two years), read as a number word with an empty unit after it
    range_part = rf"(?:\s*(?:-|–|—|~|〜|～|to|and|or|à|a|al|hasta|bis|do|до|até|tot|līdz|kuni)\s*(?P<n2>{num}))?"
    plus = r"(?P<plus>\s*\+|\s*plus\b|\s+or\s+more\b|\s+or\s+above\b)?"
    unit = r"\s*-?\s*(?P<unit>years?|yrs?|yr|months?|jahren?|jahre|jahr|años?|anos?|ans|an|ani|jaar|anni|lata?|let|rok|roky|rokov|roku|лет|года|год|års?|år|yıl|év|éves|vuotta|vuoden|χρόνια|χρόνων|έτη|ετών|godina|godine|leto|leti|leta|il|ildən|ilə|tahun|năm|ปี|metai|metų|metus|gadi|gadu|gadus|aasta|aastat|років|роки|рік|שנים|שנות|שנה|سنوات|سنة|سنين|वर्ष|साल|monate?n?|meses|mois|maanden|년|年|(?<=سنتين|سنتان|عامين|عامان))(?![a-zñçåäöüéèıőű])(?:['’]s?)?\.?(?P<plus2>\s*\+)?"
    # Run on the lower-cased text: the number comes first so the scan stays fast.
    main = fastre.compile(rf"(?P<n1>{num})" + range_part + plus + unit)
    qualifier = fastre.compile(rf"(?<![\w])(?:{_phrase(vocab['qualifiers'])})\s+\Z", re.IGNORECASE)

    def after(words_key: str, reach: int) -> re.Pattern[str]:
        return fastre.compile(rf"^[^\n.;!?]{{0,{reach}}}?{_WORD_START}(?:{_phrase(vocab[words_key])}){_WORD_END}", re.IGNORECASE)

    return _Patterns(
        main=main,
        qualifier=qualifier,
        number_words=number_words,
        strong_after=after("strong_after", STRONG_REACH),
        strong_after_of=fastre.compile(rf"^[ \t]+of[ \t][^\n.;!?]{{0,{OF_REACH}}}?{_WORD_START}(?:{_phrase(vocab['strong_after'])}){_WORD_END}", re.IGNORECASE),
        label_before=fastre.compile(
            rf"{_WORD_START}(?:{_phrase(vocab['label_before'])}){_WORD_END}[^\n.;!?]{{0,40}}(?::?[ \t*]*\n[ \t*•\-]*[^\n.;!?]{{0,40}})?\Z",
            re.IGNORECASE,
        ),
        weak_after=after("weak_after", WEAK_REACH),
        # the listed words, or any gerund ("3+ years editing in Premiere", "2+ years servicing lab equipment")
        lead_after=fastre.compile(rf"^\s*(?:{_phrase(vocab['lead_after'])}|[a-z]{{2,}}ing)\b", re.IGNORECASE),
        negative_after=fastre.compile(rf"^[ \t\-–]*(?:{_phrase(vocab['negative_after'])})(?![\w])", re.IGNORECASE),
        negative_before=fastre.compile(rf"(?<![\w])(?:{_phrase(vocab['negative_before'])})[\s,]*\Z", re.IGNORECASE),
        soft_negative_before=fastre.compile(
            rf"(?<![\w])(?:{_phrase(vocab['soft_negative_before'])})[\s,]*\Z", re.IGNORECASE
        ),
        company=fastre.compile(rf"(?<![\w])(?:{_phrase(vocab['company_words'])})", re.IGNORECASE),
        candidate=fastre.compile(rf"(?<![\w])(?:{_phrase(vocab['candidate_words'])})", re.IGNORECASE),
        preferred=fastre.compile(rf"(?<![\w])(?:{_phrase(vocab['preferred_words'])})(?![\w])", re.IGNORECASE),
    )


def states_preference(text: str) -> bool:
    """Does ``text`` mark something as preferred rather than required ("a plus", "ideally", "desirable"…)?"""
    return _patterns().preferred.search(text) is not None


@dataclass(frozen=True)
class Statement:
    """One "N years" statement read in an experience sense."""

    value: float
    start: int
    end: int
    strength: str  # "strong" | "weak"
    preferred_inline: bool
    alternative: bool = False  # the years of a degree substitution ("or … a Bachelor's degree and three years")


def _number(token: Optional[str], words: dict[str, float]) -> Optional[float]:
    """The value of a number token ("5", "1.5", "1,5", "three", "three (3)", "1 (one)")."""
    if not token:
        return None
    token = token.strip().lower()
    digits = re.match(r"\d{1,2}(?:[.,]\d)?", token)
    if digits:
        return float(digits.group(0).replace(",", "."))
    word = re.match(r"[^\W\d_]+", token)
    if word is None:
        return None
    figure = re.search(r"\(\s*(\d{1,2})\s*\)", token)  # "un (1)": the figure in brackets says what the word is
    return words.get(word.group(0), float(figure.group(1)) if figure else None)


_OBJECT_AFTER = re.compile(r"[ \t]+[a-z]")


def _clause_before(text: str, start: int) -> str:
    """Up to BEFORE_WINDOW characters before ``start``, cut after the last sentence end.

    A label line ending in ':' followed by one line break is kept ("Experience:\\n3 years").
    """
    window = text[max(0, start - BEFORE_WINDOW) : start]
    cut = 0
    for m in re.finditer(r"[.!?;](?=\s)|\n", window):
        if m.group(0) == "\n":
            # "Experience:\n3 years", or a label alone on its line ("Experience Requirements\n3 to 5 years")
            before = window[: m.start()]
            if before.rstrip(" \t*").endswith(":") or _label_line().search(before):
                continue
        cut = m.end()
    return window[cut:]


@cache
def _label_line() -> re.Pattern[str]:
    """An experience label alone at the end of a line ("Experience Requirements", "Work experience")."""
    return fastre.compile(rf"(?:^|\n)[ \t#*•\-]*(?:{_phrase(_vocab()['label_before'])})[ \t*]*\Z", re.IGNORECASE)


def _in(sections: list[Section], pos: int) -> bool:
    return any(s.heading_start <= pos < s.end for s in sections)


def _read(text: str, m: re.Match[str], pats: _Patterns, in_qualifications: bool) -> Optional[Statement]:
    """Judge one "N years" match: its value, evidence span and sense strength, or None."""
    value = _number(m.group("n1"), pats.number_words)
    if value is None:
        return None
    unit = m.group("unit").lower()
    if unit.startswith(("month", "monat", "mes", "mois", "maand")):
        value = round(value / 12.0, 2)
    if value > MAX_YEARS:
        return None
    start, end = m.start(), m.end()
    qual_window = text[max(0, start - 30) : start]
    qual = pats.qualifier.search(qual_window)
    qualifier = ""
    if qual:
        qualifier = qual.group(0).strip().lower()
        start -= len(qual_window) - qual.start()
    after = text[end : end + AFTER_WINDOW]
    if not qualifier and (late := _QUALIFIER_AFTER.match(after)) is not None:
        qualifier, after = late.group("q").lower(), after[late.end() :]  # "3 years minimum in export logistics": the floor after the figure
        end += late.end()
    before = _clause_before(text, start)
    if pats.negative_before.search(before):
        return None
    negative = pats.negative_after.search(after)
    if negative is not None and negative.group().strip(" \t-–").lower() == "running" and _OBJECT_AFTER.match(after, negative.end()):
        negative = None  # "3+ years running production Kubernetes": running something, not "five years running"
    if negative is not None:
        field = pats.strong_after_of.search(after)  # "5 years of accounts payable experience", "3 years of tax experience":
        if field is None or len(after[negative.end() : field.end()].split()) > 3 or re.search(r"\d", after[: field.end()]):
            return None                             # the field's words before the experience word, not "of accounts" kept

    strength = None
    strong = pats.strong_after.search(after) or pats.strong_after_of.search(after)
    if strong:
        strength = "strong"
        end = m.end() + strong.end()
    else:
        label = pats.label_before.search(before)
        if label:
            strength = "strong"
            start = start - len(before) + label.start()
    if strength is None:
        marked = bool(m.group("plus") or m.group("plus2") or m.group("n2") or qualifier)
        weak = pats.weak_after.search(after)
        if weak:
            strength = "weak"
            end = m.end() + weak.end()
        elif marked and pats.lead_after.search(after):
            strength = "weak"
        elif marked and in_qualifications and qualifier and qualifier != "over":
            strength = "weak"  # "minimum 3 years" as a bare bullet in a requirements list
        elif (m.group("plus") or m.group("plus2")) and _ITEM_START.search(text, max(0, start - 12), start) and _WORD_AFTER.match(after):
            strength = "weak"  # "• 6+ years frontend", "- 3+ years B2B sales": a list item that opens with the years asks for them
    if strength is None and in_qualifications:
        line_start = text.rfind("\n", 0, start) + 1
        opened = text.rfind("(", line_start, start)
        if opened >= 0 and not text[opened + 1 : start].strip() and _EXPERIENCE_WORD.search(text, line_start, opened):
            strength = "weak"  # "Experience supervising civil works crews (5 years or more)": the item's own years, in brackets
    if strength is None:
        return None
    if pats.soft_negative_before.search(before) and not (strong and in_qualifications):
        if not (strong and strong.start() < 12):
            return None

    left, right = sentence_around(text, start, m.end(), reach=SENTENCE_REACH, boundary=_SENTENCE_END)
    sentence = left + text[start : m.end()] + right
    if not in_qualifications and pats.company.search(sentence) and not pats.candidate.search(sentence):
        return None
    # "Ideally 3 years ..." / "3 years ... preferred", but not "5 years required, 7 preferred".
    own_right = re.split(r"\d", right, maxsplit=1)[0]
    # "3+ years closing deals, ideally selling to CFOs": a preference after a comma that goes on to
    # name something else qualifies that, not the years ("5 years of experience, preferred" still does)
    head, comma, tail = own_right.partition(",")
    after_comma = pats.preferred.search(tail) if comma else None
    tail_pref = after_comma is not None and not re.search(r"\w{3,}", tail[after_comma.end():].split(".")[0])
    preferred_inline = bool(pats.preferred.search(left) or pats.preferred.search(head) or tail_pref)
    return Statement(value, start, end, strength, preferred_inline, bool(_ALTERNATIVE_BEFORE.search(text, max(0, start - 120), start)))


_QUALIFIER_AFTER = fastre.compile(r"(?i)[ \t]*(?P<q>minimum|min\.|at[ \t]+least|au[ \t]+minimum|como[ \t]+m[ií]nimo|mindestens)(?=[ \t,])")
_EXPERIENCE_WORD = fastre.compile(r"(?i)\bexperience[ds]?\b")
_ITEM_START = fastre.compile(r"(?:^|\n)[ \t]*(?:[-*•·→▪►✓✔–—]|\d{1,2}[.)])?[ \t]*\Z")
_WORD_AFTER = fastre.compile(r"[ \t]{1,2}[^\W\d_]")


# "…; or an equivalent combination of a Bachelor's degree and three (3) years", "Secondary education, which will be
# considered with 6 years": the years that make up for a degree in an alternative, not the posting's own requirement
_ALTERNATIVE_BEFORE = fastre.compile(
    r"(?i)(?:\bor\b|\bcombination\s+of\b)[^.;:\n]{0,80}?\b(?:degree|diploma|bachelor['’]?s?|master['’]?s?|B\.?Sc?|B\.?A|M\.?Sc?|MBA|Ph\.?D)\b[^.;:\n]{0,40}?(?:\band\b|\bplus\b|\bwith\b|\+)[ \t]{1,3}(?:(?:at\s+least|a\s+minimum\s+of|minimum|min\.?)[ \t]{1,3})?$"
    r"|\b(?:will|may|can|shall)\s+be\s+(?:considered|accepted)\s+(?:with|if\s+combined\s+with)\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?$"
)


def find_statements(ctx: Context) -> list[tuple[Statement, str]]:
    """Every experience statement in ``ctx.text`` with its tier ("required", "plain", "preferred").

    Never raises on odd input; returns [] when nothing qualifies.
    """
    text = ctx.text[:MAX_TEXT]
    if not text:
        return []
    pats = _patterns()
    required = ctx.sections_of(*REQUIRED_KINDS)
    preferred = ctx.sections_of(*PREFERRED_KINDS)
    skipped = ctx.sections_of(*SKIP_KINDS)
    found: list[tuple[Statement, str]] = []
    lower = ctx.lower[:MAX_TEXT]
    if len(lower) != len(text):
        lower = lower_same_length(text)
    for m in pats.main.finditer(lower):
        pos = m.start()
        in_required = _in(required, pos)
        in_preferred = _in(preferred, pos)
        if not (in_required or in_preferred) and _in(skipped, pos):
            continue
        statement = _read(text, m, pats, in_required or in_preferred)
        if statement is None:
            continue
        if in_preferred or statement.preferred_inline:
            tier = "preferred"
        elif in_required:
            tier = "required"
        else:
            tier = "plain"
        found.append((statement, tier))
    return found


@rule(FIELD, name="experience.years")
def years_of_experience(ctx: Context) -> Iterable[Candidate]:
    """The minimum years of experience: the first statement of the best tier, lower bound."""
    found = find_statements(ctx)
    for tier in TIER_ORDER:
        in_tier = [s for s, t in found if t == tier]
        if not in_tier:
            continue
        first = next((s for s in in_tier if not s.alternative), in_tier[0])
        yield Candidate(
            FIELD,
            first.value,
            ((first.start, first.end),),
            CONFIDENCE[(tier, first.strength)],
            "experience.years",
        )
        return
