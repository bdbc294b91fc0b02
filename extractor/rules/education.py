"""Rules for ``education_level``: the lowest degree a posting accepts.

Every degree mention is found with one compiled alternation built from
``extractor/data/degrees.json`` (longest aliases first) and given a level
(high_school < associate < bachelor < master < doctorate).  The value is the
LOWEST level among the mentions ("BS/MS in CS" -> bachelor, "Master's or
PhD" -> master, "PhD preferred" alone -> doctorate); "or equivalent
experience" does not lower it.

Short or ambiguous forms need a degree context next to them: "MS in Computer
Science", "BS/MS", "BA or equivalent", "Bachelor's, MS preferred", "Education:
BSc".  This keeps out "MS Office", "MS Excel", "Boston, MA", "the BA team",
"masters of their craft", "Scrum Master", "master data management" and
"MUST BE ABLE".  A bare "degree in Physics" / "degree-qualified" stands for a
bachelor's at low confidence when nothing more precise is stated.

Mentions in company, legal and benefits sections, and in sentences about
paying for study ("tuition reimbursement for your Master's"), are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable, Optional

from extractor import fastre
from extractor.data import load
from extractor.rules.base import Candidate, Context, lower_same_length, rule, sentence_around
from extractor.rules.lists import marks_preferred
from extractor.rules.vocab import alias_key, trie_sources
from extractor.schema import EDUCATION_ORDER

FIELD = "education_level"
WEAK_LEVEL = "bachelor"
AFTER_WINDOW = 40
PHRASE_BRACKET_CHARS = 80  # how much further a phrase's own test reads, for a bracket after the phrase
BEFORE_WINDOW = 40
SENTENCE_REACH = 200
MAX_TEXT = 2_000_000

_REFUSED_AFTER = re.compile(
    r"(?i)[ \t]{0,2}(?:holders?|graduates?|candidates?)?[ \t]{0,2}(?:will|shall|are|is|cannot|can)?[ \t]{0,2}(?:not|n't|never)[ \t]{1,2}(?:be[ \t]{1,2})?(?:considered|accepted|eligible|sufficient)"
)
_EQUIVALENT_BEFORE = re.compile(r"(?i)\bequivalent\s{1,2}\Z")
WEAK_AFTER_PRECISE = 40  # characters: a bare "degree in" this close after a named degree is that degree
SKIP_KINDS = ("company", "legal", "benefits")
CASELESS_MIN_LEN = 4  # safe abbreviations this long also match in any case ("Msc", "B.TECH")
QUALIFICATION_KINDS = ("minimum_qualifications", "preferred_qualifications")

CONF_STRONG = 0.85  # a full phrase, or any mention inside a qualifications section
CONF_PLAIN = 0.75  # an abbreviation with a degree context outside any qualifications section
CONF_WEAK = 0.6  # only a bare "degree in X"

_RANK = {level: i for i, level in enumerate(EDUCATION_ORDER)}


@cache
def _vocab() -> dict[str, Any]:
    return load("degrees.json")


@dataclass(frozen=True)
class Entry:
    level: str
    kind: str  # "phrase" | "context_phrase" | "abbreviation" | "safe_abbreviation" | "weak"
    alias: str


@dataclass(frozen=True)
class _Compiled:
    pattern: re.Pattern[str]  # run on the lower-cased text
    glued: re.Pattern[str]  # the same without the word-start test, tried where a capital is glued on
    by_key: dict[str, Entry]  # case-insensitive forms
    by_exact: dict[str, Entry]  # case-sensitive forms (whitespace-collapsed)
    context_after: re.Pattern[str]
    context_before: re.Pattern[str]
    negative_after: re.Pattern[str]
    negative_before: re.Pattern[str]
    state_like: frozenset[str]
    state_like_before: re.Pattern[str]
    phrase_after: dict[str, re.Pattern[str]]
    phrase_before: dict[str, re.Pattern[str]]
    exclude_sentence: re.Pattern[str]
    proof_before: re.Pattern[str]
    shouting: frozenset[str]


@cache
def _compiled() -> _Compiled:
    """Build the mention pattern and the context tests from the vocabulary."""
    vocab = _vocab()
    by_key: dict[str, Entry] = {}
    by_exact: dict[str, Entry] = {}
    forms: list[str] = []
    for level, groups in vocab["levels"].items():
        for kind in ("phrases", "context_phrases"):
            for alias in groups.get(kind, []):
                by_key.setdefault(alias_key(alias), Entry(level, kind.rstrip("s"), alias))
                forms.append(alias)
        for kind in ("abbreviations", "safe_abbreviations"):
            for alias in groups.get(kind, []):
                entry = Entry(level, kind.rstrip("s"), alias)
                by_exact.setdefault(" ".join(alias.split()), entry)
                if kind == "safe_abbreviations" and len(alias) >= CASELESS_MIN_LEN:
                    by_key.setdefault(alias_key(alias), entry)
                forms.append(alias)
    for alias in vocab["weak_degree"]:
        by_key.setdefault(alias_key(alias), Entry(WEAK_LEVEL, "weak", alias))
        forms.append(alias)
    word_start, other_start = trie_sources(forms)
    pattern = fastre.compile("|".join(p for p in (rf"(?<![a-z0-9]){word_start}" if word_start else "", other_start) if p))
    glued = fastre.compile(word_start or r"(?!x)x")

    def ci(src: str) -> re.Pattern[str]:
        return fastre.compile(src, re.IGNORECASE)

    return _Compiled(
        pattern=pattern,
        glued=glued,
        by_key=by_key,
        by_exact=by_exact,
        context_after=ci(vocab["context_after"]),
        context_before=ci(vocab["context_before"]),
        negative_after=ci(vocab["negative_after"]),
        negative_before=ci(vocab["negative_before"]),
        state_like=frozenset(vocab.get("state_like", [])),
        state_like_before=fastre.compile(vocab["state_like_before"]),
        phrase_after={k: ci(v) for k, v in vocab.get("context_phrase_after", {}).items()},
        phrase_before={k: ci(v) for k, v in vocab.get("context_phrase_before", {}).items()},
        exclude_sentence=ci(vocab["exclude_sentence"]),
        proof_before=ci(vocab["proof_before"]),
        shouting=frozenset(vocab.get("shouting_guard", [])),
    )


@dataclass(frozen=True)
class Mention:
    """One accepted degree mention."""

    level: str
    start: int
    end: int
    kind: str
    in_qualifications: bool


MAX_SIGNATURE_CHARS = 80  # a name and its credentials before the degree, at most
# a person's name opening the line, then (other credentials and) a comma: a signature ("Jane Doe, MBA, PhD")
_CREDENTIAL_AFTER_NAME = re.compile(
    r"^[ \t]*(?:(?:Dr|Prof)\.?[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){1,2}(?:,[ \t]*[A-Z][A-Za-z.]{1,6})*,[ \t]*$",
    re.M,
)


def _lookup(c: _Compiled, matched: str) -> Optional[Entry]:
    """The entry for a matched text: exact-case forms first, then caseless ones, then without a plural 's'."""
    for form in (matched, matched[:-1] if matched.endswith("s") else None):
        if not form:
            continue
        exact = c.by_exact.get(" ".join(form.split()))
        if exact is not None:
            return exact
        entry = c.by_key.get(alias_key(form))
        if entry is not None:
            return entry
    return None


_GLUE = fastre.compile(r"[a-z](?=[A-Z])")


def _matches(c: _Compiled, text: str, lower: str) -> list[tuple[int, int]]:
    """Spans of vocabulary matches: at word starts, where a capital is glued to a word ("ExperienceBS"), and a weak
    "degree in" split by a bracket (:data:`_BRACKETED_DEGREE`)."""
    spans = [(m.start(), m.end()) for m in c.pattern.finditer(lower)]
    bracketed = [m.span() for m in _BRACKETED_DEGREE.finditer(text) if not any(a < m.end() and m.start() < b for a, b in spans)]
    spans = sorted(spans + bracketed) if bracketed else spans
    glued = []
    for g in _GLUE.finditer(text):
        m = c.glued.match(lower, g.end())
        if m and m.end() > m.start():
            glued.append((m.start(), m.end()))
    if not glued:
        return spans
    taken = spans[:]
    for start, end in glued:
        if not any(a < end and start < b for a, b in spans):
            taken.append((start, end))
    return sorted(taken)


def _is_shouting(text: str, start: int, end: int) -> bool:
    """True when the words around ``text[start:end]`` are all capitals ("MUST BE ABLE TO")."""
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 25) : start])[-2:]
    after = re.findall(r"[A-Za-z]+", text[end : end + 25])[:2]
    words = [w for w in before + after if len(w) > 1]
    return bool(words) and all(w.isupper() for w in words)


_SECTOR_BEFORE = re.compile(r"(?i)\b(?:experience|working|work|career|background|roles?|sector|jobs?)\s+(?:in|within)\s+(?:the\s+)?\Z")


def _accept(c: _Compiled, text: str, entry: Entry, start: int, end: int) -> bool:
    """Does the mention ``text[start:end]`` read as a degree (its context test)?"""
    after = text[end : end + AFTER_WINDOW]
    before = text[max(0, start - BEFORE_WINDOW) : start]
    line_start = text.rfind("\n", max(0, start - MAX_SIGNATURE_CHARS), start) + 1
    if line_start and _CREDENTIAL_AFTER_NAME.search(text, line_start, start):
        return False  # "Renata Sousa, PhD (she/her)": a signature's credential, not what the job asks for
    if entry.kind == "weak" and _SECTOR_BEFORE.search(before):
        return False  # "experience in higher education in Europe": the sector worked in, not a degree
    if entry.kind in ("phrase", "safe_abbreviation", "weak"):
        return True
    if entry.kind == "context_phrase":
        key = alias_key(entry.alias)
        after_test = c.phrase_after.get(key)
        before_test = c.phrase_before.get(key)
        if after_test is None and before_test is None:  # "master's", "associate's": the generic test
            return bool(c.context_after.search(after) or c.context_before.search(before))
        return bool(  # (a phrase's own test may read past a bracket: "Licence (diplôme universitaire de premier cycle) en …")
            (after_test is not None and after_test.search(text[end : end + AFTER_WINDOW + PHRASE_BRACKET_CHARS]))
            or (before_test is not None and before_test.search(before))
        )
    # abbreviation
    matched = text[start:end]
    if c.negative_after.search(after) or c.negative_before.search(before):
        return False
    if matched in c.state_like and c.state_like_before.search(before):
        return False
    if matched in c.shouting and _is_shouting(text, start, end):
        return False
    return bool(c.context_after.search(after) or c.context_before.search(before))


def _in(sections: list, pos: int) -> bool:
    return any(s.heading_start <= pos < s.end for s in sections)


def find_mentions(ctx: Context) -> list[Mention]:
    """Every accepted degree mention in ``ctx.text``, in document order (never raises on odd input)."""
    text = ctx.text[:MAX_TEXT]
    if not text:
        return []
    c = _compiled()
    skipped = ctx.sections_of(*SKIP_KINDS)
    qualifications = ctx.sections_of(*QUALIFICATION_KINDS)
    mentions: list[Mention] = []
    lower = ctx.lower[:MAX_TEXT]
    if len(lower) != len(text):
        lower = lower_same_length(text)
    for start, end in _matches(c, text, lower):
        entry = _lookup(c, text[start:end]) or (_BRACKETED_ENTRY if _BRACKETED_DEGREE.fullmatch(text, start, end) else None)
        if entry is None:
            continue
        in_qual = _in(qualifications, start)
        if not in_qual and _in(skipped, start):
            continue
        if not _accept(c, text, entry, start, end):
            continue
        if _REFUSED_AFTER.match(text, end, end + AFTER_WINDOW):
            continue  # "B.Sc. Nursing (Diploma holders will not be considered)": a degree the posting turns away
        if c.proof_before.search(text, max(0, start - BEFORE_WINDOW), start):
            continue  # "… attested by a diploma": the proof of a degree already named
        left, right = sentence_around(text, start, end, reach=SENTENCE_REACH)
        if c.exclude_sentence.search(left + text[start:end] + right):
            continue
        mentions.append(Mention(entry.level, start, end, entry.kind, in_qual))
    return mentions


def _wished(ctx: Context, mention: Mention) -> bool:
    """Whether ``mention`` stands in a preferred qualifications section or in a sentence that marks itself a wish
    ("… would be valued", "… is an asset")."""
    if _in(ctx.sections_of("preferred_qualifications"), mention.start):
        return True
    left, right = sentence_around(ctx.text, mention.start, mention.end, reach=SENTENCE_REACH)
    return marks_preferred(left + ctx.text[mention.start : mention.end] + right)


# a board's education field: "Education: Bachelor's Degree", "Required education: High School or equivalent"
_EDUCATION_LABEL = re.compile(r"(?i)^[ \t]*(?:(?:required|minimum)[ \t]+)?(?:education(?:[ \t]+level)?|qualifications?|degree|schooling|formaci[oó]n|escolaridad|escolaridade|formation|ausbildung)[ \t]*:", re.M)
# "a degree (2:2 or above) in a numerate subject": a bracket splitting the weak "degree in", read as that phrase
_BRACKETED_DEGREE = re.compile(r"(?i)(?<![\w-])degree[ \t]*\([^()\n]{1,30}\)[ \t]+in(?![\w-])")
_BRACKETED_ENTRY = Entry(WEAK_LEVEL, "weak", "degree in")


@rule(FIELD, name="education.degree")
def education_level(ctx: Context) -> Iterable[Candidate]:
    """The lowest degree level among the accepted mentions; its first mention is the evidence."""
    mentions = find_mentions(ctx)
    # "M.S. or Ph.D. degree in CS", "Master's or Diplom degree in": the bare "degree in" names the degree just stated
    precise_ends = [m.end for m in mentions if m.kind != "weak"]
    # and "a master's degree (or an equivalent university degree)": an equivalent of it is that degree
    mentions = [
        m
        for m in mentions
        if not (m.kind == "weak" or _EQUIVALENT_BEFORE.search(ctx.text, max(0, m.start - 20), m.start))
        or not any(0 <= m.start - e <= WEAK_AFTER_PRECISE for e in precise_ends)
    ]
    if not mentions:
        return
    duties = ctx.sections_of("responsibilities")
    mentions = [m for m in mentions if not _in(duties, m.start)] or mentions  # "Co-supervise two MSc students": a duty names no requirement
    # a requirements list that names a degree outranks degrees named elsewhere ("a school with pupils from primary to
    # bachillerato" over "Licenciatura o grado en …" among the requirements)
    mentions = [m for m in mentions if m.in_qualifications or _EDUCATION_LABEL.search(ctx.text, ctx.text.rfind("\n", 0, m.start) + 1, m.start)] or mentions
    required = [m for m in mentions if not _wished(ctx, m)]
    mentions = required or mentions  # "Bachelor's in Accounting" beside "a diploma in taxation would be valued": the
    # wish is no lower requirement ("PhD preferred" alone still says the degree)
    # Lowest level first; at the same level a precise mention beats a bare "degree in X".
    lowest = min(mentions, key=lambda m: (_RANK[m.level], m.kind == "weak", m.start))
    if lowest.kind == "weak":
        confidence = CONF_WEAK
    elif lowest.in_qualifications or lowest.kind in ("phrase", "safe_abbreviation"):
        confidence = CONF_STRONG
    else:
        confidence = CONF_PLAIN
    yield Candidate(FIELD, lowest.level, ((lowest.start, lowest.end),), confidence, "education.degree")
