"""Rules for the vocabulary list fields ``skills`` and ``benefits``.

Both fields are lists of canonical names found through alias tables:
``extractor/data/skills.json`` (canonical skill -> aliases) and
``extractor/data/benefits.json`` (canonical benefit -> strict / loose aliases).
Each table is compiled once into a single trie-shaped regular expression run
over a lower-cased copy of the text, so matching is linear in the text length
whatever the size of the vocabulary.  Word boundaries treat "C++", "C#",
".NET", "Node.js" and "CI/CD" as words; spaces and hyphens inside an alias
are interchangeable ("machine-learning"), a plural "s" is allowed.

Beyond the curated table, the taxonomy (about 25,000 terms from the ``skill-extractor``
gazetteer, with ESCO codes; see :mod:`extractor.taxonomy`) is matched in the same pass as a
dictionary of phrases, under the curated entries (a curated alias always wins).  Taxonomy terms
are never accepted right after a degree ("MSc in Bioinformatics"), nor in benefits, pay, company or
legal sections, nor on a board's metadata line ("Industry: Computer Software"); they count when
written as a name: mixed case or a short acronym ("TensorFlow", "AWS"), or capitalised inside
lower-case prose ("experience with Data Modeling"); when asked for as knowledge (a cue: "experience
in general ledger", "knowledge of X", "X skills"); a phrase of several words also anywhere in the
requirement sections; otherwise only in a list next to an accepted skill ("Python, Spark and data
pipelines"), or two names with capitals side by side on one line ("Debian, Ubuntu").  A short
term ("aws") counts only written with a capital; a hyphenated word's part ("state-of-the-art")
never; a term that is also an ordinary English word ("ajax", "basic") only written as a name
outside an all-capital line ("AJAX"), right after a cue at a phrase end ("interviewing skills",
not "basic tools"), or capitalised as an item of an in-line list next to an accepted skill
("Apache, Nginx").  Words glued by scraping ("indexingApache") are cut where a lower-case run meets
a capital.  Curated fields of knowledge, competences and spoken languages carry a ``cue`` guard: a
cue, a degree's subject ("degree in physics"), a requirement line that names no degree (languages:
a language word such as "fluent"), or a list; such a phrase of several words also counts in the
duties ("contract administration").  Credentials named by an acronym ("AAPC certification", "RN
license") are skills as written, and so is an open phrase right after a knowledge cue ("knowledge
of library science", "experience with Yardi") or a degree ("degree in geology, hydrology or
physics": one field per item) when it reads as the name of a skill (a few words up to a function
word or a punctuation mark, no vague head such as "environment", a single word only as a name or a
field: "bookkeeping", "pharmacology"); so are the names listed after a kind of tool ("web caching
such as Squid, Varnish", "CDN(Akamai, Edgecast)") and a capitalised run right before its kind
("Pactrac system").  A noun phrase headed by "skills", "abilities" or "acumen" names a skill by
the word or two before the head ("Solid computer skills", "leadership abilities"), without a word that
rates, counts or acts on the skills ("excellent", "develop your", "technical"), nor when "skills"
qualifies the next noun ("skills growth").  Nothing inside a tag or an anonymised identifier ("#EMAIL_27bc") counts.
Outside the requirement and duty sections an all-capital taxonomy acronym alone needs a cue or a
list ("OTE in year 1", "VIP family" are not skills); a lower-case requirement phrase right before
the noun it qualifies is none ("health care providers"), nor is a term joined to its neighbour by
a space alone ("HIPAA compliance"); places ("Palo Alto, CA"), an organisation's units and names,
departments the job works with, pay terms ("open, DOE"), verbs after a modal and, outside the
requirements, what the company sells ("a Human Capital Management platform") are dropped.  No
skill at all is read in the parts about how the employer hires (selection process, nationality and
vetting, feedback, contacts: ``process_headings`` of the skills data file), from an acronym spelled
out as an organisation, a scheme or a role ("Government Digital Service (GDS)"), from the medium of
an interview ("via Microsoft Teams") or from training a benefits section offers; a kind named right
before its examples ("analytics tools such as Google Analytics") is none, its examples are.  Nor are, when
not curated: a single -ing word with its object or a second verb ("designing and implementing secure
...", "sharing knowledge"), a duty after a knowledge cue ("experience of writing code"), a lower-case
phrase a wrapped line cut ("software / development lifecycle"), a phrase opened by a word of time
("modern application architectures"); nor, outside the requirements, the employer's own channels
("Visit our YouTube channel"), nor a single job noun before a tool's kind ("Lead Software Engineer").
A capability framework's list of the technical skills assessed (DDaT, SFIA: "We'll assess you against
these technical skills ...:" then one name a line) gives each name as written, without its level,
code or role ("Programming and build (software engineering) - Practitioner Level", "Software
Developer: Systems Design (Skill level: Working)"), even inside the hiring process; behaviours listed
beside them are not skills.  In the duties and requirements, a run-in label (a capitalised name, a dash
and a sentence: "Systems Design - Develop systems that balance risk ...") names a skill too.

Ambiguous aliases carry guards in the data files: exact case ("R", "Go",
"Excel", "Spark", "Swift"), a context word nearby ("R programming", "Epic
EHR") or a list of other skills around them ("Python, R, SQL"), and
before/after tests ("excel at" is not Excel, "no visa sponsorship" is not
visa sponsorship).

``skills``: every accepted alias anywhere except legal sections (EEO/privacy);
an acronym is dropped when its spelled-out skill also occurs ("Natural
Language Processing (NLP)").  ``benefits``: strict phrases anywhere except
legal sections (and not "health insurance industry ..."), loose ones only in a
benefits/pay section (found by the segmenter, or by a heading line when there
are no sections) or in a "benefits include ... / we offer ..." passage.  Lists
such as "medical, dental and vision coverage" give one benefit per listed word.

Values are in order of first appearance without duplicates; ``item_spans``
holds, per item, the span of its first accepted occurrence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any, Callable, Iterable, Optional, Sequence

from extractor import fastre, taxonomy
from extractor.data import load
from extractor.rules.base import SENTENCE_END, Candidate, Context, line_around, lower_same_length, rule
from extractor.sections import duty_verbs

SKILLS = "skills"
BENEFITS = "benefits"
CONF_SKILLS = 0.8
CONF_BENEFITS_SECTION = 0.8
CONF_BENEFITS_ELSEWHERE = 0.6

WINDOW = 60  # characters before/after a match seen by the before/after guards
NEAR_WINDOW = 50  # characters either side searched by 'near' / 'not_near' guards
CONTEXT_WINDOW = 40  # characters either side searched for a context word
DEGREE_WINDOW = 80  # characters before a match searched for a degree ("MSc in Statistics")
LIST_GAP = 25  # longest gap between two skills read as one list
ZONE_REACH = 3000  # a benefits heading without a next heading covers this much text
MAX_TEXT = 2_000_000

_SEP = r"[ \t\u00a0\-]{1,3}"  # a space or hyphen inside an alias
_APOS = "['’]?"
_APOSTROPHES = "'’`"
_GLUE = fastre.compile(r"[a-z](?=[A-Z])|(?<=[a-z]{2})\.(?=[A-Z][A-Za-z])")  # "usPaid", "required.BLS": a lower-case word glued to a capital
_WORD_START = fastre.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]|(?<=[a-z])[A-Z]")
GLUE_REACH = 40  # how far back an alias ending at a glue point may start
_KEY_SPLIT = re.compile(r"[\s\-]+")


def alias_key(text: str) -> str:
    """Lookup key of an alias or a matched text: lower case, no apostrophes, spaces/hyphens folded."""
    text = "".join(ch for ch in text.lower() if ch not in _APOSTROPHES)
    return " ".join(_KEY_SPLIT.split(text.strip()))


def _fold(text: str) -> str:
    """Like :func:`alias_key` but keeping case (for exact-case guards)."""
    text = "".join(ch for ch in text if ch not in _APOSTROPHES)
    return " ".join(_KEY_SPLIT.split(text.strip()))


# --------------------------------------------------------------------------- guards


@dataclass(frozen=True)
class Guard:
    """Extra tests an ambiguous alias must pass (see the data files' ``_doc``)."""

    case: bool = False
    context: Optional[re.Pattern[str]] = None
    list_only: bool = False  # needs context, but only list context can give it
    not_after: Optional[re.Pattern[str]] = None
    not_before: Optional[re.Pattern[str]] = None
    need_after: Optional[re.Pattern[str]] = None
    need_before: Optional[re.Pattern[str]] = None
    near: Optional[re.Pattern[str]] = None
    not_near: Optional[re.Pattern[str]] = None
    degree_subject: bool = False
    upper: bool = False  # a short term: the text writes it with a capital letter
    named: bool = False  # written as a name ("TensorFlow", "AWS", "with Data Modeling"), or cued, or in a list
    common: bool = False  # an ordinary word too: only written as a name ("AJAX", "WordPress")
    cue: bool = False  # asked for as knowledge ("experience in accounting", "accounting skills"), or in a list

    @property
    def needs_context(self) -> bool:
        return self.context is not None or self.list_only


def _words_pattern(words: Iterable[str]) -> Optional[re.Pattern[str]]:
    items = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    if not items:
        return None
    alternation = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in items)
    return fastre.compile(rf"(?<![\w])(?:{alternation})(?![\w])", re.IGNORECASE)


def _guard(spec: dict[str, Any], default_context: list[str]) -> Guard:
    """Build a :class:`Guard` from its data-file spec.

    Raises:
        re.error: if a regex in the spec does not compile (a data-file bug, caught by the tests).
    """

    def rx(name: str) -> Optional[re.Pattern[str]]:
        source = spec.get(name)
        return fastre.compile(source, re.IGNORECASE) if source else None

    context_spec = spec.get("context")
    context = None
    list_only = False
    if context_spec is True:
        context = _words_pattern(default_context)
    elif isinstance(context_spec, list):
        context = _words_pattern(context_spec)
        list_only = context is None
    return Guard(
        case=bool(spec.get("case")),
        context=context,
        list_only=list_only,
        not_after=rx("not_after"),
        not_before=rx("not_before"),
        need_after=rx("need_after"),
        need_before=rx("need_before"),
        near=rx("near"),
        not_near=rx("not_near"),
        degree_subject=bool(spec.get("degree_subject")),
        cue=bool(spec.get("cue")),
    )


def _proper_use(text: str, start: int, matched: str) -> bool:
    """Whether ``matched`` is capitalised inside lower-case prose: "work in Access", not "Access to"."""
    if not matched[:1].isupper():
        return False
    before = text[max(0, start - 40) : start].rstrip(" \t\u00a0")
    if not before or before[-1] in ".!?:;\n•*·-–—|(\"'“" or before[-1].isdigit():
        return False  # a sentence, line or item starts here
    words = before.split()
    return bool(words) and words[-1][:1].islower() and not text[start + len(matched) : start + len(matched) + 2].lstrip()[:1].isupper()


def _capitalised(matched: str) -> bool:
    """Whether every word of ``matched`` starts with a capital ("Apache", "Red Hat")."""
    return all(word[:1].isupper() for word in _KEY_SPLIT.split(matched) if word)


_LIST_BEFORE = re.compile(r"[,/][ \t]*(?:(?:and|or)[ \t]+)?\Z")
_LIST_AFTER = re.compile(r"[ \t]*[,/]")


def _in_line_list(text: str, start: int, end: int) -> bool:
    """Whether the match is an item of a comma or slash list inside a line ("Apache, Nginx", "Nginx, Apache")."""
    return bool(_LIST_BEFORE.search(text, max(0, start - 8), start) or _LIST_AFTER.match(text, end))


_LABEL_AFTER = re.compile(r"[ \t]*:(?!//)")
_VERSION = re.compile(r"[ \t]?v?\d+(?:\.\d+)*\b")


def _acronym_alone(text: str, start: int, end: int) -> bool:
    """Whether the match is an all-capital word ("OTE", "MSP") that no knowledge cue asks for, no
    version number follows ("IIS 7.0" names a product) and the text does not spell out beside it
    ("Know-Your-Customer (KYC)")."""
    matched = text[start:end]
    return (
        matched.isupper()
        and " " not in matched
        and not _VERSION.match(text, end)
        and not _cued(text, start, end)
        and _expansion(text, Hit("", start, end, "", False)) is None
    )


def _written_as_name(matched: str) -> bool:
    """Mixed case inside a word ("TensorFlow", "GraphQL") or a short all-capital acronym ("AWS")."""
    for word in _KEY_SPLIT.split(matched):
        if any(ch.isupper() for ch in word[1:]) and (word != word.upper() or len(word) <= 5):
            return True
    return False


# What may follow an ordinary word that names a skill: the end of the phrase or a knowledge word.
_PHRASE_END = re.compile(
    r"[ \t]*(?:$|[,.;:)/|\n]|(?:and|or|skills?|experience|knowledge|expertise)\b)", re.IGNORECASE | re.MULTILINE
)


# What may follow a lower-case phrase that names a skill: punctuation, a capital (the next word or
# item), a function word, a knowledge word ("skills"), "requirements", or a tool or role noun
# ("software", "administrator"); any other word is the noun the phrase qualifies.
_NAME_FOLLOWS = re.compile(
    r"(?:[ \t]*[A-Z]|[ \t]*(?:$|[^A-Za-z \t]|(?:and|or|of|to|in|for|with|on|at|by|as|from|including|such|is|are|was|"
    r"that|which|across|within|using|through|like|via|etc|skills?|experience|knowledge|expertise|principles|"
    r"concepts|techniques|methods|practices|procedures|background|certification|training|related|oriented|"
    r"focused|based|software|systems?|tools?|code|applications?|requirements|administrators?|developers?|engineers?|"
    r"analysts?|architects?|programmers?|specialists?|consultants?|technicians?)\b))",
    re.MULTILINE,
)


def _not_modifier(text: str, end: int) -> bool:
    """Whether the lower-case phrase ending at ``end`` is not a modifier of the next noun: "health care"
    in "health care providers", "follow-up" in "follow-up reminders" name no skill."""
    return bool(_NAME_FOLLOWS.match(text, end))


def _shouting(text: str, start: int, end: int) -> bool:
    """Whether the match sits in an all-capital line that is not a list ("CLEAN ROOMS", not "AJAX, XML"),
    or next to another all-capital word ("BASIC REQUIREMENTS:")."""
    line_start, line_end = line_around(text, start, end)
    line = text[line_start:line_end]
    if not any(ch.islower() for ch in line) and not any(ch in ",/;|" for ch in line):
        return True
    # or between capital words of a heading inside a flattened line ("BASIC REQUIREMENTS:")
    return bool(_CAPS_AFTER.match(text, end, end + 40) or _CAPS_BEFORE.search(text[max(0, start - 40) : start]))


# A degree naming its subject before a field ("degree in", "BS/MS in", "Bachelor of Science in").
_DEGREE_SUBJECT = re.compile(
    r"(?<!\d)(?<!\d[ \t])\b(?:degrees?|majors?|majoring|diploma|coursework|courses|studies|concentration|science|arts|"
    r"b\.?s\.?c?|m\.?s\.?c?|b\.?a|m\.?a|ph\.?d)\b[^.;:\n]{0,8}?\b(?:in|of)\b",
    re.IGNORECASE,
)
_CAPS_AFTER = re.compile(r"[ \t]+[A-Z]{3,}\b")
_CAPS_BEFORE = re.compile(r"\b[A-Z]{3,}[ \t]+\Z")


# A knowledge cue right before a term, in the same clause: "experience in", "knowledge of",
# "proficient with", "background in", then up to three modifier words ("knowledge of modern").
_CUE_BEFORE = re.compile(
    r"(?:\b(?:experience[ds]?|knowledge(?:able)?|proficien(?:cy|t)|familiar(?:ity)?|understanding|background|"
    r"expertise|expert|skill(?:s|ed)?|competen(?:ce|cy|cies|t)|exposure|trained|training|certifi(?:ed|cation)|"
    r"speciali[sz](?:ed|ing|ation)|versed|grounding|grasp|command|mastery|fluen(?:cy|t)|track\s+record)"
    r"[ \t]+(?:in|with|of|on|to|using|within|across)[ \t]+|\b(?:knowledge|understanding|skills|experience|expertise)[ \t]*:[ \t]*)"
    r"(?:[\w+#/&.\-]+,?[ \t]+){0,3}\Z",
    re.IGNORECASE,
)
# Or a word naming it as knowledge right after: "accounting skills", "Agile experience".
_CUE_AFTER = re.compile(
    r"[ \t]*(?:skills?|experience|knowledge|expertise|background|proficiency|certification|certificate|"
    r"principles|techniques|methodolog(?:y|ies)|concepts|best[ \t]+practices|fundamentals)\b",
    re.IGNORECASE,
)
CUE_REACH = 80  # characters before a term searched for a cue


_CUE_BEFORE_TIGHT = re.compile(_CUE_BEFORE.pattern.replace(r"(?:[\w+#/&.\-]+,?[ \t]+){0,3}\Z", r"\Z"), re.IGNORECASE)


def _cued(text: str, start: int, end: int, *, tight: bool = False, activity: bool = True) -> bool:
    """Whether the term at ``start:end`` is asked for as knowledge ("experience in X", "X skills").

    Args:
        tight: the cue must come right before the term ("experience in billing", not "knowledge
            of basic ..."): for ordinary words.
        activity: a knowledge word right after counts too ("billing experience"); off for
            ordinary words that may be adjectives ("basic knowledge").
    """
    before = (_CUE_BEFORE_TIGHT if tight else _CUE_BEFORE).search(text[max(0, start - CUE_REACH) : start])
    return bool(before or (activity and _CUE_AFTER.match(text, end, end + 40)))


# --------------------------------------------------------------------------- matcher

_INNER_SEP = re.compile(r"[\s\-]")  # a space or hyphen: a phrase of several words


@dataclass(frozen=True, slots=True)
class Alias:
    canonical: str
    form: str
    tier: str  # "strict" | "loose" for benefits, "" for skills
    guard: Optional[Guard]


@dataclass(frozen=True)
class Hit:
    """One accepted (or list-context-pending) alias occurrence."""

    canonical: str
    start: int
    end: int
    tier: str
    pending: bool  # accepted only if list context is found
    weak: bool = False  # pending taxonomy word: its list neighbour must itself be accepted
    name: bool = False  # a pending taxonomy name written with capitals: two side by side in a list accept each other
    lone: bool = False  # a pending acronym outside the requirements: its list needs a separator ("VIP Russian" is none)


def _tokens(alias: str) -> list[str]:
    """Regex tokens of a lower-cased alias: separators and apostrophes become classes."""
    tokens: list[str] = []
    for ch in alias.lower().strip():
        if ch in " -\t":
            if tokens and tokens[-1] != _SEP:
                tokens.append(_SEP)
        elif ch in _APOSTROPHES:
            tokens.append(_APOS)
        else:
            tokens.append(re.escape(ch))
    while tokens and tokens[-1] in (_SEP, _APOS):
        tokens.pop()
    return tokens


def trie_sources(forms: Iterable[str]) -> tuple[str, str]:
    """Regex sources matching ``forms`` in lower-cased text, as one trie per start kind.

    Returns ``(word_start, other_start)``: a trie of the forms that start with a
    letter or digit (the caller puts a word-start test before it) and a trie of
    the others (".NET").  Each form ends with its own boundary: after a letter
    or digit an optional plural "s" and no further letter, digit, "+" or "#";
    after a sign, no further "+" or "#".  Either source is "" when empty.
    """
    word_start: list[tuple[list[str], str]] = []
    other_start: list[tuple[list[str], str]] = []
    for form in forms:
        tokens = _tokens(form)
        stripped = form.strip()
        if not tokens or not stripped:
            continue
        boundary = r"s?(?![a-z0-9+#])" if stripped[-1].isalnum() else r"(?![+#])"
        (word_start if stripped[0].isalnum() else other_start).append((tokens, boundary))
    return fastre.trie(word_start), fastre.trie(other_start)


_WORD_SPLIT = re.compile(r"([a-z0-9](?:[a-z0-9+#]|['’](?=[a-z])|\.(?=[a-z0-9]))*)")


class _WordTrie:
    """Terms looked up word by word, in one left-to-right pass over a text's words.

    A large vocabulary compiled into one regular expression takes seconds to compile; a
    dictionary of phrases is built in a fraction of that and keeps little memory.  Words are
    split at spaces and hyphens (interchangeable, as in the regex tries); the last word may carry
    a plural "s".  At each word that can start a term, the longest term wins; matches do not
    overlap.
    """

    def __init__(self, terms: Iterable[tuple[str, str, Guard]]):
        self.phrases: dict[str, str] = {}  # lookup key -> name (the key itself when they agree)
        self.guards: dict[str, Guard] = {}  # lookup key -> guard, where not the default
        self.default: Optional[Guard] = None  # the most common guard
        self.root: dict[str, int] = {}  # first word -> most words of a term starting with it
        self.sizes: dict[str, set[int]] = {}  # first word -> the word counts of the terms starting with it
        for form, name, guard in terms:
            key = alias_key(form)
            if not key or key in self.phrases:
                continue
            self.phrases[key] = key if name == key else name
            if self.default is None:
                self.default = guard
            if guard is not self.default:
                self.guards[key] = guard
            first, _, rest = key.partition(" ")
            self.root[first] = max(self.root.get(first, 0), rest.count(" ") + 2 if rest else 1)
            self.sizes.setdefault(first, set()).add(rest.count(" ") + 2 if rest else 1)

    def find(self, lower: str, text: Optional[str] = None) -> list[tuple[Alias, int, int, bool]]:
        """``(alias, start, end, plural)`` of the longest term at each word, left to right.

        Args:
            lower: the lower-cased text searched.
            text: the text itself, if known: a word glued to the next by scraping ("indexingApache",
                "parcelsRecord keeping") is then split where a lower-case run of four letters or more
                meets a capital, so that a term may start or end there.
        """
        parts = _WORD_SPLIT.split(lower)  # separator, word, separator, word, ..., separator
        if text is not None:
            glued = [m.end() - 1 for m in _GLUED_WORDS.finditer(text)]
            if glued:
                parts = _split_at(parts, glued, keep=lambda w: w in self.root or w in self.phrases)
        words = parts[1::2]
        root = self.root
        candidates = [k for k, w in enumerate(words) if w in root or (w[-1] == "s" and w[:-1] in root)]
        if not candidates:
            return []
        offsets = list(accumulate(map(len, parts)))  # word k spans offsets[2k] .. offsets[2k + 1]
        phrases, guards, default = self.phrases, self.guards, self.default
        found = []
        n = len(words)
        resume = 0
        for i in candidates:
            if i < resume:
                continue
            first = words[i]
            most = max(root.get(first, 0), root.get(first[:-1], 0) if first[-1] == "s" else 0)
            last = i
            while last + 1 < min(n, i + most) and _joins(parts[2 * last + 2]):
                last += 1
            sizes = self.sizes.get(first, ())
            for j in range(last, i - 1, -1):  # longest first
                if j > i and j - i + 1 not in sizes:
                    continue  # no term of this many words opens with ``first`` (its plural form only ends a term)
                key = " ".join(words[i : j + 1])
                entry = phrases.get(key)
                plural = False
                if entry is None and key[-1] == "s" and len(words[j]) > 2:
                    key = key[:-1]
                    entry, plural = phrases.get(key), True
                if entry is not None:
                    alias = Alias(entry, key, "", guards.get(key, default))
                    found.append((alias, offsets[2 * i], offsets[2 * j + 1], plural))
                    resume = j + 1
                    break
        return found


_GLUED_WORDS = re.compile(r"[a-z]{4}[A-Z]")  # "indexingApache": the capital opens a new word


def _split_at(parts: list[str], points: list[int], keep: Callable[[str], bool] = lambda word: False) -> list[str]:
    """``parts`` (separator, word, ..., separator) with the words cut at the text offsets ``points``
    (sorted), an empty separator between the two halves; a word for which ``keep`` is true stays
    whole ("ActionScript" is a term)."""
    ends = list(accumulate(map(len, parts)))
    cuts: dict[int, list[int]] = {}
    for point in points:
        i = bisect_right(ends, point)  # the part holding the offset
        start = ends[i - 1] if i else 0
        if i < len(parts) and i % 2 == 1 and point > start:
            cuts.setdefault(i, []).append(point - start)
    out: list[str] = []
    done = 0
    for i, offsets in cuts.items():  # in text order
        word = parts[i]
        if keep(word):
            continue
        out += parts[done:i]
        cut = 0
        for offset in offsets:
            out += [word[cut:offset], ""]
            cut = offset
        out.append(word[cut:])
        done = i + 1
    return out + parts[done:] if out else parts


@cache
def _joins(gap: str) -> bool:
    """Whether the text between two words joins them into one term: up to three spaces or hyphens."""
    return 0 < len(gap) <= 3 and not gap.strip(" \t\u00a0-")


def _in_compound(lower: str, start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` is only part of a hyphenated word ("state-of-the-art", "art-based")."""
    before = lower[max(0, start - 2) : start]
    after = lower[end : end + 2]
    return (len(before) == 2 and before[1] == "-" and before[0].isalnum()) or (
        len(after) == 2 and after[0] == "-" and after[1].isalnum()
    )


class Matcher:
    """A compiled alias table: finds accepted alias occurrences in a text."""

    def __init__(
        self,
        aliases: list[Alias],
        *,
        degree_words: Optional[str] = None,
        list_gap: Optional[str] = None,
        terms: Iterable[tuple[str, str, "Guard"]] = (),
    ):
        self.words = _WordTrie(terms)
        self.table: dict[str, Alias] = {}
        self.conflicts: list[tuple[str, str, str]] = []
        forms = []
        for alias in aliases:
            key = alias_key(alias.form)
            if not key:
                continue
            known = self.table.get(key)
            if known is not None:
                if known.canonical != alias.canonical:
                    self.conflicts.append((key, known.canonical, alias.canonical))
                continue
            self.table[key] = alias
            forms.append(alias.form)
        word_start, other_start = trie_sources(forms)
        parts = []
        if word_start:
            parts.append(r"(?<![a-z0-9.@_])" + word_start)  # not inside a word, a file name or an address
        if other_start:
            parts.append(other_start)
        self.pattern = fastre.compile("|".join(parts) if parts else r"(?!x)x")
        # Tried only where scraped text glued two words together ("usPaid time off", "PyTorchStrong").
        self.glued = fastre.compile(word_start or r"(?!x)x")
        self.degree_words = fastre.compile(degree_words, re.IGNORECASE) if degree_words else None
        self.list_gap = fastre.compile(list_gap, re.IGNORECASE) if list_gap else None

    def _lookup(self, matched: str) -> tuple[Optional[Alias], bool]:
        key = alias_key(matched)
        alias = self.table.get(key)
        if alias is not None:
            return alias, False
        if key.endswith("s"):
            return self.table.get(key[:-1]), True
        return None, False

    def _degree_line(self, text: str, start: int) -> bool:
        """Whether the line around ``start`` names a degree ("BS in Computer Science, Mathematics or ...")."""
        if self.degree_words is None:
            return False
        line_start, line_end = line_around(text, start, start)
        return bool(self.degree_words.search(text[line_start:line_end]))

    def _passes(self, text: str, alias: Alias, start: int, end: int, plural: bool, zone: bool = False) -> Optional[bool]:
        """None if the guard rejects the match; else whether it still needs list context."""
        guard = alias.guard
        if guard is None:
            return False
        matched = text[start:end]
        if guard.case:
            if plural or _fold(matched) != _fold(alias.form):
                return None
        if guard.upper and matched.islower():
            return None
        after = text[end : end + WINDOW]
        before = text[max(0, start - WINDOW) : start]
        if guard.not_after is not None and guard.not_after.search(after):
            return None
        if guard.not_before is not None and guard.not_before.search(before):
            return None
        if guard.need_after is not None and not guard.need_after.search(after):
            return None
        if guard.need_before is not None and not guard.need_before.search(before):
            return None
        if guard.near is not None or guard.not_near is not None:
            around = text[max(0, start - NEAR_WINDOW) : end + NEAR_WINDOW]
            if guard.near is not None and not guard.near.search(around):
                return None
            if guard.not_near is not None and guard.not_near.search(around):
                return None
        if guard.degree_subject and self.degree_words is not None:
            clause = text[max(0, start - DEGREE_WINDOW) : start]
            ends = list(SENTENCE_END.finditer(clause))
            if ends:
                clause = clause[ends[-1].end() :]
            if self.degree_words.search(clause):
                # a field is a degree's subject ("BS in physics"); a tool is not
                return False if guard.cue and _DEGREE_SUBJECT.search(clause) else None
        if guard.common:
            if _written_as_name(matched):
                return None if _shouting(text, start, end) else False
            if not _PHRASE_END.match(text, end):
                return None  # a modifier ("basic tools"), not the name of a skill
            if _cued(text, start, end, tight=True, activity=matched.endswith("ing")):
                return False
            # written with a capital inside a line's list ("Apache, Nginx"): a name, if its neighbour is a skill
            return True if _capitalised(matched) and _in_line_list(text, start, end) and not _shouting(text, start, end) else None
        if guard.named:
            if zone and (" " in matched or "-" in matched) and _not_modifier(text, end):
                return False
            return not (_written_as_name(matched) or _proper_use(text, start, matched) or _cued(text, start, end))
        if guard.cue and (
            _cued(text, start, end)
            or (zone and guard.context is None and _PHRASE_END.match(text, end) and not self._degree_line(text, start))
        ):
            return False
        if guard.needs_context:
            if guard.context is not None:
                line_start = text.rfind("\n", max(0, start - CONTEXT_WINDOW), start) + 1
                line_end = text.find("\n", end, end + CONTEXT_WINDOW)
                if line_end < 0:
                    line_end = min(len(text), end + CONTEXT_WINDOW)
                window = text[max(line_start, start - CONTEXT_WINDOW) : start] + " " + text[end:line_end]
                if guard.context.search(window):
                    return False
            return True
        return guard.cue

    def find(
        self,
        text: str,
        lower: Optional[str] = None,
        zones: Sequence[tuple[int, int]] = (),
        duty_zones: Sequence[tuple[int, int]] = (),
        prose: Sequence[tuple[int, int]] = (),
    ) -> list[Hit]:
        """Accepted alias occurrences in document order (pending ones resolved by list context).

        Args:
            text: the text searched.
            lower: its lower-cased copy of the same length, if the caller has one.
            zones: spans where a taxonomy phrase of several words counts even in lower case
                (the requirement sections).
            duty_zones: spans where a curated ``cue`` phrase of several words counts like in
                ``zones`` ("contract administration" in the duties); a single word does not
                ("billing" in "troubleshoot billing issues").
            prose: spans outside the requirement and duty sections, where a taxonomy acronym alone
                needs a cue or a list ("OTE in year 1", "VIP family"); none when the sections are
                unknown (a lone sentence).
        """
        if lower is None or len(lower) != len(text):
            lower = lower_same_length(text)
        raw: list[Hit] = []
        for start, end in self._spans(text, lower):
            alias, plural = self._lookup(text[start:end])
            if alias is None:
                continue
            zone = (
                alias.guard is not None
                and alias.guard.cue
                and (_inside(zones, start) or (_inside(duty_zones, start) and bool(_INNER_SEP.search(text, start, end))))
            )
            verdict = self._passes(text, alias, start, end, plural, zone=zone)
            if verdict is None:
                continue
            weak = verdict and alias.guard is not None and alias.guard.cue
            raw.append(Hit(alias.canonical, start, end, alias.tier, verdict, weak=weak))
        if self.words.phrases:
            raw = self._add_terms(text, lower, raw, zones, prose)
        if not any(h.pending for h in raw):
            return raw
        return self._resolve_lists(text, raw)

    def _add_terms(
        self,
        text: str,
        lower: str,
        raw: list[Hit],
        zones: Sequence[tuple[int, int]] = (),
        prose: Sequence[tuple[int, int]] = (),
    ) -> list[Hit]:
        """``raw`` plus the accepted taxonomy terms that do not overlap one of its hits.

        In ``prose`` (outside the requirement and duty sections) an all-capital acronym alone ("VIP
        family", "OTE in year 1", "MSP hiring preference", "(STEM)") names a role, a pay term or a
        programme more often than a skill: there it needs a cue or a list neighbour ("JSON, AJAX").
        A term before a colon is a label ("Experience/Qualifications: BSN"), not a list item.
        """
        taken = [(h.start, h.end) for h in raw]  # in text order
        extra = []
        k = 0
        for alias, start, end, plural in self.words.find(lower, text):
            while k < len(taken) and taken[k][1] <= start:
                k += 1
            if k < len(taken) and taken[k][0] < end:
                continue  # overlaps a curated hit
            if _in_compound(lower, start, end):
                continue  # "state-of-the-art" is not "art"
            verdict = self._passes(text, alias, start, end, plural, zone=_inside(zones, start))
            if verdict and _LABEL_AFTER.match(text, end):
                continue  # a label ("Experience/Qualifications: BSN"), not a list item
            lone = verdict is False and _inside(prose, start) and _acronym_alone(text, start, end)
            if lone:
                verdict = True
            if verdict is not None:
                guard = alias.guard
                name = verdict and guard is not None and not guard.common and _capitalised(text[start:end])
                extra.append(Hit(alias.canonical, start, end, alias.tier, verdict, weak=verdict, name=name, lone=lone))
        if not extra:
            return raw
        return sorted(raw + extra, key=lambda h: h.start)

    def _spans(self, text: str, lower: str) -> list[tuple[int, int]]:
        """Match spans at word boundaries, plus those found at glued word boundaries."""
        spans = [(m.start(), m.end()) for m in self.pattern.finditer(lower)]
        glued: list[tuple[int, int]] = []
        for g in _GLUE.finditer(text):
            point = g.end()
            m = self.glued.match(lower, point)  # an alias starting at the glue point
            if m and m.end() > point:
                glued.append((point, m.end()))
            window_start = max(0, point - GLUE_REACH)
            for w in _WORD_START.finditer(text, window_start, point):  # an alias ending at it
                m = self.glued.fullmatch(lower, w.start(), point)
                if m:
                    glued.append((w.start(), point))
                    break
        if not glued:
            return spans
        kept: list[tuple[int, int]] = []
        for start, end in sorted(spans + glued, key=lambda se: (se[0], -se[1])):
            if kept and start < kept[-1][1]:
                continue
            kept.append((start, end))
        return kept

    def _resolve_lists(self, text: str, hits: list[Hit]) -> list[Hit]:
        """Accept a pending hit when a neighbouring skill sits next to it in a list ("Python, R")."""

        def lower_weak(hit: Hit) -> bool:
            return hit.weak and text[hit.start : hit.end].islower()

        def adjacent(left: Hit, right: Hit) -> bool:
            gap = text[left.end : right.start]
            spaces = gap and not gap.strip() and "\n" not in gap
            if spaces and (left.lone or right.lone or lower_weak(left) or lower_weak(right)):
                return False  # a modifier before its head ("HIPAA compliance", "VIP Russian family"), not a list
            return len(gap) <= LIST_GAP and self.list_gap is not None and bool(self.list_gap.match(gap))

        def names(left: Hit, right: Hit) -> bool:  # two taxonomy names with capitals in a list: "Debian, Ubuntu"
            return left.name and right.name and adjacent(left, right) and "\n" not in text[left.end : right.start]

        accepted = []
        for i, hit in enumerate(hits):
            ok = not hit.pending
            ok = ok or (i > 0 and (names(hits[i - 1], hit) or (not hit.weak and adjacent(hits[i - 1], hit))))
            ok = ok or (i + 1 < len(hits) and (names(hit, hits[i + 1]) or (not hit.weak and adjacent(hit, hits[i + 1]))))
            accepted.append(ok)
        changed = True
        while changed:  # a weak hit needs an accepted neighbour ("Python, Access"), not another weak one
            changed = False
            for i, hit in enumerate(hits):
                if accepted[i] or not hit.weak:
                    continue
                if (i > 0 and accepted[i - 1] and adjacent(hits[i - 1], hit)) or (
                    i + 1 < len(hits) and accepted[i + 1] and adjacent(hit, hits[i + 1])
                ):
                    accepted[i] = changed = True
        return [h for h, ok in zip(hits, accepted) if ok]


# --------------------------------------------------------------------------- vocabularies


@cache
def skills_vocab() -> dict[str, Any]:
    """The skills data file, loaded once."""
    return load("skills.json")


@cache
def benefits_vocab() -> dict[str, Any]:
    """The benefits data file, loaded once."""
    return load("benefits.json")


_TAXONOMY_GUARDS = {
    "": Guard(degree_subject=True, named=True),
    "upper": Guard(degree_subject=True, upper=True, named=True),
    "common": Guard(degree_subject=True, named=True, common=True),
}
# Sections where a taxonomy phrase of several words counts even written in lower case: what the
# candidate must or should know ("customer service", "general ledger").
TAXONOMY_OPEN_SECTIONS = ("minimum_qualifications", "preferred_qualifications")
# Sections where a curated field or competence of several words (a ``cue`` guard) counts too:
# what the job does ("contract administration", "preventive maintenance").
CUE_DUTY_SECTIONS = ("responsibilities",)
# Sections whose words are not the job's skills ("health insurance", "small businesses").
TAXONOMY_SKIP_SECTIONS = ("legal", "benefits", "pay", "company")


def _dropped_term() -> Callable[[str], bool]:
    """A test for the taxonomy terms that name no skill, by class (``taxonomy_drop`` in the skills
    data file): a benefit ("life insurance": any alias of the benefits vocabulary), an organisation
    ("department of defense"), a generic modifier before a generic head ("technical experience",
    "engineering principles", "it services", "business processes"), and the listed ``terms`` (a
    business metric, a document or a carrier written as an acronym: "ROI", "SOW", "UPS").
    """
    spec = skills_vocab().get("taxonomy_drop", {})
    benefits = {alias_key(form) for entry in benefits_vocab()["benefits"].values() for form in entry.get("strict", [])}
    heads = _generic_words()[0]
    starts = _organisation_starts()
    named = {alias_key(t) for t in spec.get("terms", [])}

    def dropped(term: str) -> bool:
        words = term.split()
        return (
            alias_key(term) in benefits
            or alias_key(term) in named
            or term.startswith(starts)
            or _generic_phrase(words)
            or (len(words) == 3 and words[1] == "and" and words[2] in heads)
        )

    return dropped


@cache
def skills_matcher() -> Matcher:
    """The compiled skills table: the curated aliases, then the taxonomy terms."""
    vocab = skills_vocab()
    default_context = vocab.get("context_words", [])
    guards = {form: _guard(spec, default_context) for form, spec in vocab.get("guards", {}).items()}
    aliases = []
    for canonical, forms in [*vocab["skills"].items(), *vocab.get("soft_skills", {}).items()]:
        for form in [canonical, *forms]:
            aliases.append(Alias(canonical, form, "", guards.get(form)))
    dropped = _dropped_term()
    terms = ((t.term, t.name, _TAXONOMY_GUARDS[t.flags]) for t in taxonomy.terms() if not dropped(t.term))
    return Matcher(aliases, degree_words=vocab.get("degree_words"), list_gap=vocab.get("list_gap"), terms=terms)


@cache
def benefits_matcher() -> Matcher:
    """The compiled benefits table (strict and loose aliases)."""
    vocab = benefits_vocab()
    guards = {form: _guard(spec, []) for form, spec in vocab.get("guards", {}).items()}
    aliases = []
    for canonical, tiers in vocab["benefits"].items():
        for tier in ("strict", "loose"):
            for form in tiers.get(tier, []):
                aliases.append(Alias(canonical, form, tier, guards.get(form)))
    return Matcher(aliases)


@dataclass(frozen=True)
class _BenefitPatterns:
    strict_not_after: re.Pattern[str]
    cues: re.Pattern[str]
    cue_reach: int
    coordination: re.Pattern[str]
    coordination_word: re.Pattern[str]
    coordination_map: dict[str, str]
    zone_heading: re.Pattern[str]
    any_heading: re.Pattern[str]


def _heading_line(phrases: Iterable[str], *, allow_text_after: bool) -> re.Pattern[str]:
    items = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    alternation = "|".join(
        r"\s+".join(re.escape(w).replace("'", "['’]").replace("\\&", "(?:&|and)") for w in p.split()) for p in items
    )
    tail = r"[ \t*_]*(?::[^\n]*)?$" if allow_text_after else r"[ \t*_]*:?[ \t*_]*$"
    return fastre.compile(rf"^[ \t#*_>•\-]*(?:{alternation}){tail}", re.IGNORECASE | re.MULTILINE)


@cache
def _benefit_patterns() -> _BenefitPatterns:
    vocab = benefits_vocab()
    coord = vocab["coordination"]
    words = sorted(coord["words"], key=len, reverse=True)
    word_alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    heads = "|".join(sorted(map(re.escape, coord["heads"]), key=len, reverse=True))
    joiner = r"\s*(?:,\s*(?:and\s+|&\s*)?|/|&|\band\b|\bor\b|\+)\s*"
    # Both run on the lower-cased text (case-sensitive patterns scan much faster).
    coordination = fastre.compile(
        rf"(?<![\w])(?:{word_alt.lower()})(?:{joiner}(?:{word_alt.lower()})){{1,6}}\s+(?:{heads.lower()})(?![\w])"
    )
    headings = load("headings.json").get("headings", {})
    zone_phrases = list(headings.get("benefits", [])) + list(headings.get("pay", []))
    all_phrases = [p for phrases in headings.values() for p in phrases]
    return _BenefitPatterns(
        strict_not_after=fastre.compile(vocab["strict_not_after"], re.IGNORECASE),
        cues=fastre.compile(vocab["cues"]),  # lower-case source, run on the lower-cased text
        cue_reach=int(vocab.get("cue_reach", 600)),
        coordination=coordination,
        coordination_word=fastre.compile(rf"(?<![\w])(?:{word_alt})(?![\w])", re.IGNORECASE),
        coordination_map={alias_key(k): v for k, v in coord["words"].items()},
        zone_heading=_heading_line(zone_phrases, allow_text_after=True),
        any_heading=_heading_line(all_phrases, allow_text_after=False),
    )


# --------------------------------------------------------------------------- helpers


def _spans_of(ctx: Context, *kinds: str) -> list[tuple[int, int]]:
    return [(s.heading_start, s.end) for s in ctx.sections_of(*kinds)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def _ordered_items(hits: Iterable[Hit]) -> list[Hit]:
    """First hit per canonical name, in order of appearance."""
    first: dict[str, Hit] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        first.setdefault(hit.canonical, hit)
    return list(first.values())


def _candidate(field: str, items: list[Hit], confidence: float, rule_name: str) -> Candidate:
    spans = tuple((h.start, h.end) for h in items)
    return Candidate(
        field,
        [h.canonical for h in items],
        spans,
        confidence,
        rule_name,
        item_spans=tuple(((h.start, h.end),) for h in items),
    )


# --------------------------------------------------------------------------- skills


# A job board's metadata line ("Industry: Computer Software", "Function: Information Technology"):
# it files the posting, it does not ask for a skill.
_META_LINE = (
    r"^[ \t]*(?:industry|industries|function|job\s+function|department|category|job\s+category|sector|"
    r"business\s+unit|division(?:/work\s+unit)?|field)[ \t]*:[^\n]*$"
)


# A civil-service grade: "Grade: SEO", or the board's label line with the grade's name and code on the
# next lines ("Job grade / Senior Executive Officer / SEO"): a pay band, not a skill, even a curated one.
_GRADE_LINE = r"^(?P<grade>[ \t]*(?:job[ \t]+|pay[ \t]+)?grade[ \t]*(?::[^\n]*|(?:\n[^\n:]{1,60}){1,2}))$"


@cache
def _meta_or_process_line() -> re.Pattern[str]:
    """One line scan for a board's metadata line (:data:`_META_LINE`) and for a heading of the hiring
    process (``process_headings`` in the skills data file; group ``process``)."""
    phrases = "|".join(skills_vocab().get("process_headings", {}).get("phrases", [])) or r"(?!)"
    return re.compile(
        rf"{_META_LINE}|{_GRADE_LINE}|^(?P<process>[ \t]*(?:(?:the|our|civil\s+service)[ \t]+)?(?:(?:additional|further|important)[ \t]+)?(?:{phrases})(?:[ \t]+(?:information|details))?)[ \t]*:?[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


# Sections that say what the job is and needs: they end a part about the hiring process.
_JOB_KINDS = ("summary", "description", "responsibilities", "minimum_qualifications", "preferred_qualifications")


def _off_the_job(ctx: Context, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The metadata lines, and the parts of the posting about how the employer hires (the selection
    process, nationality, vetting, feedback, contacts: ``process_headings``): each runs from its
    heading line to the next section about the job whose heading is not one of them and that holds
    none of them ("Things you need to know" ... "Technical skills"; a section such as "Experience"
    read from a line of the process, "Stage 1 Sift ... Experience ... Nationality requirements", is
    part of it)."""
    meta: list[tuple[int, int]] = []
    heads: list[int] = []
    grades: list[tuple[int, int]] = []
    for m in _meta_or_process_line().finditer(text):
        if m.group("grade") is not None:
            grades.append((m.start(), m.end()))
        elif m.group("process") is None:
            meta.append((m.start(), m.end()))
        else:
            heads.append(m.start())
    if not heads:
        return meta, grades
    ends = [  # where a part may end: a section about the job, not itself a part of the process
        s.heading_start
        for s in ctx.sections
        if s.kind in _JOB_KINDS
        and not _meta_or_process_line().match(s.heading.strip())
        and bisect_left(heads, s.heading_start) == bisect_left(heads, s.end)
    ]
    process = grades
    for head in heads:
        i = bisect_right(ends, head)
        process.append((head, ends[i] if i < len(ends) else len(text)))
    return meta, process


# A credential named by its acronym: "AAPC certification", "GDC registration", "RN license".
_CREDENTIAL = re.compile(
    r"(?<![\w/.-])([A-Z][A-Z0-9+&]{1,6})[ \t-]+(certification|certificate|license|licence|registration|accreditation)s?\b"
)
# Acronyms that are not a credential's name ("IT certification", "Level II certificate", "UK licence").
_NOT_CREDENTIAL = frozenset("IT II III IV VI US USA UK EU ID HR PC OR AND THE".split())


def _with_credentials(text: str, hits: list[Hit], curated: dict[str, Any], skip: list[tuple[int, int]]) -> list[Hit]:
    """``hits`` plus the credentials named by an acronym, unless a curated skill already covers the place.

    A taxonomy hit on the acronym alone gives way to the credential.
    """
    extra = []
    drop = set()
    for m in _CREDENTIAL.finditer(text):
        if m.group(1) in _NOT_CREDENTIAL or _inside(skip, m.start()):
            continue
        overlapping = [i for i, h in enumerate(hits) if h.start < m.end() and m.start() < h.end]
        if any(hits[i].canonical in curated for i in overlapping):
            continue
        drop.update(overlapping)
        extra.append(Hit(f"{m.group(1)} {m.group(2).lower()}", m.start(), m.end(), "", False))
    if not extra:
        return hits
    return sorted([h for i, h in enumerate(hits) if i not in drop] + extra, key=lambda h: h.start)


_ACRONYM = re.compile(r"(?:[A-Z][A-Za-z]?[A-Z]{1,5}|[A-Z]a{1,2}[A-Z])s?")  # "SOA", "DevOps"-like "SoA", "PaaS", "IaC"
_EXPANSION_WORD = re.compile(r"[A-Za-z][\w+#.]*")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words).upper()


def _expansion(text: str, hit: Hit) -> Optional[tuple[int, int]]:
    """The span of the spelled-out name of an acronym hit: "Service Oriented Architecture (SOA)"
    or "SOA (Service-Oriented Architecture)", the name wrapped over one line break by a PDF's text
    ("infrastructure\nas code (IaC)"); None when the words' initials do not spell it."""
    acronym = text[hit.start : hit.end]
    if not _ACRONYM.fullmatch(acronym):
        return None
    letters = acronym.rstrip("s").upper()
    n = len(letters)
    before = text[max(0, hit.start - 120) : hit.start]
    if before.endswith("("):
        words = list(_EXPANSION_WORD.finditer(before[:-1]))
        tail = before[:-1][words[-n].start() :] if len(words) >= n else ""
        if tail and _initials(_KEY_SPLIT.split(tail.strip())) == letters and tail.count("\n") <= (1 if n > 2 else 0):
            return hit.start - len(before) + words[-n].start(), hit.start - 1 - (len(before[:-1]) - len(before[:-1].rstrip()))
    after = text[hit.end : hit.end + 120]
    m = re.match(r"\s*\(([^()\n]{3,100})\)", after)
    if m and _initials(_KEY_SPLIT.split(m.group(1).strip())) == letters:
        return hit.end + m.start(1), hit.end + m.end(1)
    return None


# A spelled-out name that is an organisation or one of its schemes, not the skill the taxonomy's acronym
# means: "Government Digital Service (GDS)", "Department for Transport (DfT)", "Disability Confident
# Scheme (DCS)", "Defence Business Services (DBS)".
_ORGANISATION_NAME = re.compile(
    r"\b(?:Government|Defen[cs]e|Department|Ministry|Council|Agency|Commission|Authority|Directorate|Scheme)\b"
)


def _spelled_out(text: str, hits: list[Hit], curated: dict[str, Any]) -> list[Hit]:
    """Taxonomy acronyms next to their spelled-out name become that name ("Service Oriented Architecture").

    Hits inside the spelled-out words are dropped; curated skills keep their own canonical name.  An
    acronym spelled out as an organisation, a scheme (:data:`_ORGANISATION_NAME`) or a role ("Senior
    Executive Officers (SEOs)") is dropped, here and wherever the posting writes it again.
    """
    out = list(hits)
    spelled: dict[str, str] = {}
    others: set[str] = set()  # acronyms of an organisation, a scheme or a role
    for hit in hits:
        span = _expansion(text, hit)
        if span is None:
            continue
        a, b = span
        name = " ".join(_KEY_SPLIT.split(text[a:b].strip()))  # one name for "Service-Oriented" and "Service Oriented"
        last = name.rsplit(None, 1)[-1].lower()
        if _ORGANISATION_NAME.search(name) or (last.rstrip("s") in _job_nouns() and _PERSON_NOUN.fullmatch(last)):
            others.add(text[hit.start : hit.end].rstrip("s").upper())
            continue
        if hit.canonical in curated:
            continue
        lo, hi = min(a, hit.start), max(b, hit.end)
        out = [h for h in out if h is not hit and not (lo <= h.start and h.end <= hi)]
        out.append(Hit(name, a, b, hit.tier, False))
        spelled[text[hit.start : hit.end].rstrip("s").upper()] = name
    if spelled or others:  # the same acronym elsewhere is the same skill, or no skill
        out = [
            h
            for h in out
            if (h.canonical in curated or text[h.start : h.end].rstrip("s").upper() not in spelled)
            and text[h.start : h.end].rstrip("s").upper() not in others
        ]
    return sorted(out, key=lambda h: h.start)


# An open phrase asked for as knowledge: "knowledge of library science", "experience in contract
# administration", "proficient with Yardi".  The phrase runs to the next function word or punctuation.
_KNOWLEDGE_CUE = fastre.compile(
    r"\b(?:knowledge|understanding|proficiency|expertise|experience|background|familiarity|grounding|skilled|"
    r"trained|certified|experienced|proficient|versed|speciali[sz]ed|knowledgeable)[ \t]+(?:of|in|with|about)[ \t]+"
    r"|\bareas?[ \t]+of[ \t]+(?=[a-z])"
    r"|(?P<degree>\b(?<!of[ \t])education[ \t]+(?:must[ \t]+have[ \t]+been[ \t]+|must[ \t]+be[ \t]+|was[ \t]+)?in[ \t]+(?=[a-z])"
    r"|\bdegrees?[ \t]+from[ \t]+(?:an?[ \t]+)?(?:accredited[ \t]+)?(?:college|university)(?:[ \t]+or[ \t]+university)?[ \t]+in[ \t]+(?=[a-z])"
    r"|\b(?-i:Degree):[ \t]+(?=[a-z])"
    r"|\b(?:degrees?|majors?|majoring|diploma|coursework|course[ \t]+work|courses|studies|concentration|"
    r"(?:of|in)[ \t]+(?:science|arts|applied[ \t]+science))[ \t]+in[ \t]+"
    r"|\b(?:semester|quarter|credit)[ \t]+hours[ \t]+(?:(?:of[ \t]+)?(?:course[ \t]*work|courses)[ \t]+)?(?:in|of)[ \t]+"
    r"|\bin[ \t]+the[ \t]+(?:general[ \t]+)?fields?[ \t]+of[ \t]+)",
    re.IGNORECASE,
)
_PHRASE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&+#'’\-]*")
MAX_PHRASE_WORDS = 4


@cache
def _phrase_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that end an open phrase, heads that make it vague, single words that are not skills)."""
    spec = skills_vocab().get("open_phrases", {})
    return tuple(frozenset(w.lower() for w in spec.get(key, [])) for key in ("stop", "vague_heads", "not_single"))  # type: ignore[return-value]


_PARTICIPLE = re.compile(r"[a-z]{2}(?<!e)ed\Z")


_SHORT_GAP = re.compile(r"[ \t]{1,3}")


def _open_phrase(text: str, start: int, *, field: bool = False, item: bool = False) -> Optional[tuple[int, int]]:
    """The span of the phrase starting at ``start`` (right after a knowledge cue), or None when there is
    none or it does not read as the name of a skill (see ``open_phrases`` in the skills data file).

    The phrase runs over at most :data:`MAX_PHRASE_WORDS` words on one line, up to a function word
    ("and", "to", "preferred"), a punctuation mark or a word glued to the next sentence
    ("practiceStrong"); a longer run is not a name.  Its last word must not be a vague head
    ("environment", "products"); a single word must be written as a name ("Yardi") or read as a
    field or a method ("bookkeeping", "economics", "pharmacology").

    Args:
        field: the phrase is a degree's subject ("degree in geology"): any single word is a
            field unless it reads as an adverb or a verb ("approximately", "meets").
        item: the phrase is a list's item: a single word is taken as a field or as any other
            open phrase ("geology", "air-conditioning").
    """
    stop, vague, not_single = _phrase_words()
    end = start
    count = 0
    for m in _PHRASE_WORD.finditer(text, start):
        if m.start() != end and (count == 0 or not _SHORT_GAP.fullmatch(text, end, m.start())):
            break
        word = m.group(0).rstrip("'’-")
        if word.lower() in stop or word.lower().endswith(("n't", "n’t")) or (count and _PARTICIPLE.search(word)):
            break  # a function word, or a participle: "engineering provided", "detail oriented" (a trait)
        count += 1
        if count > MAX_PHRASE_WORDS:
            return None
        glued = _GLUE.search(word)
        end = m.start() + (glued.start() + 1 if glued else len(word))
        if glued:
            break
    if count == 0:
        return None
    phrase = text[start:end]
    last = phrase.rsplit(None, 1)[-1].lower()
    if last in vague or (last.endswith("s") and last[:-1] in vague) or _generic_phrase(phrase.lower().split()):
        return None
    if count == 1 and (field or item) and _FIELD_NAME.fullmatch(phrase):
        return start, end
    if count == 1 and field:
        return None
    if count == 1 and (phrase.lower() in not_single or not (phrase[:1].isupper() or _FIELD_WORD.search(phrase))):
        return None
    return start, end


@cache
def _generic_words() -> tuple[frozenset[str], frozenset[str]]:
    """(generic heads, generic modifiers) of ``taxonomy_drop`` in the skills data file."""
    spec = skills_vocab().get("taxonomy_drop", {})
    return frozenset(spec.get("generic_heads", [])), frozenset(spec.get("generic_modifiers", []))


def _generic_phrase(words: list[str]) -> bool:
    """Whether lower-case ``words`` are generic modifiers before a generic head ("technical experience",
    "fundamental engineering science"): no skill's name."""
    heads, modifiers = _generic_words()
    return len(words) >= 2 and words[-1] in heads and all(w in modifiers for w in words[:-1])


# A single word as a degree's subject: not an adverb ("approximately") nor a verb ("meets").
_FIELD_NAME = re.compile(r"[A-Za-z]{2,}(?:[^sy\W]|ics|ies|ss|sis|[^l]y)(?<!ed)")  # nor a participle ("provided")
_FIELD_WORD = re.compile(r"(?:ing|ics|ogy|ship|ism|ment|ance|ation)$")


# Between two items of a list of open phrases: "hydrology, soil mechanics and GIS".
_ITEM_SEP = re.compile(r"[ \t]*(?:[,;/][ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+)")
MAX_ITEMS = 6


def _new_items(
    text: str,
    start: int,
    hits: list[Hit],
    limit: int,
    item_at: Callable[[int, Optional[Hit]], Optional[tuple[int, int]]],
    separator: re.Pattern,
) -> list[tuple[int, int]]:
    """Spans of the items of a list that starts at ``start`` and that no hit overlaps.

    Up to ``limit`` items: at each one ``item_at(pos, covering)`` gives its span (``covering`` is the
    hit starting there, if any) or None to end the list; the list goes on past a ``separator``.
    """
    new, pos = [], start
    for _ in range(limit):
        covering = next((h for h in hits if h.start == pos), None)
        span = item_at(pos, covering)
        if span is None:
            break
        a, b = span
        if covering is None and not any(h.start < b and a < h.end for h in hits):
            new.append(span)
        sep = separator.match(text, b)
        if sep is None or sep.end() == b:
            break
        pos = sep.end()
    return new


def _merged(hits: list[Hit], extra: list[Hit]) -> list[Hit]:
    """``hits`` with ``extra`` added, in text order (``hits`` itself when there is nothing to add)."""
    return sorted(hits + extra, key=lambda h: h.start) if extra else hits


def _with_open_phrases(text: str, hits: list[Hit], skip: list[tuple[int, int]]) -> list[Hit]:
    """``hits`` plus the open phrases asked for as knowledge where no hit covers them (see :func:`_open_phrase`).

    A list after the cue gives one phrase per item ("knowledge of hydrology, soil mechanics and
    GIS"), up to the first item that is not one; an item a hit already covers is skipped.
    """
    extra = []
    for m in _KNOWLEDGE_CUE.finditer(text):
        degree = m.group("degree")
        if _inside(skip, m.start()) or (
            degree and degree[:1] in "dD" and text[max(0, m.start() - 2) : m.start()].strip()[-1:].isdigit()
        ):
            continue  # "59 degrees in winter" is no degree ("16 semester hours in" is a subject)
        first, field = m.end(), m.group("degree") is not None

        def phrase_at(pos: int, covering: Optional[Hit]) -> Optional[tuple[int, int]]:
            if covering is not None:
                return pos, covering.end
            span = _open_phrase(text, pos, field=field)
            if span is None:
                return None
            a, b = span
            first_word, _, rest = text[a:b].partition(" ")
            if rest and first_word.endswith("ing") and first_word.lower() not in _FIELD_GERUNDS and _duty_verb(first_word.lower()):
                return None  # a duty with its object ("experience of writing code", "producing reports")
            if pos != first and " " not in text[a:b] and text[a].isupper() and not _written_as_name(text[a:b]):
                return None  # a capital after a separator opens the next sentence ("SQL;Willingness to ...")
            return span

        extra += [Hit(" ".join(text[a:b].split()), a, b, "", False) for a, b in _new_items(text, first, hits, MAX_ITEMS, phrase_at, _ITEM_SEP)]
    return _merged(hits, extra)


# A skill written as a noun phrase headed by "skills" (or "abilities", "acumen"): "computer skills",
# "planning skills", "decision-making skills", "leadership abilities", "financial acumen"; "skill
# set", "skill level" and a heading's "Skills:" are no such head.
_SKILLS_HEAD = fastre.compile(r"[ \t]+(?:skills?|abilities|acumen)(?-i:(?![a-z0-9]))(?![ \t]*(?:(?:sets?|levels?|gaps?)\b|:))", re.IGNORECASE)
_MODIFIER_BEFORE = re.compile(r"(?<![A-Za-z0-9&+#'’\-\u00ad])[A-Za-z][A-Za-z\-\u00ad]*[ \t]*\Z")
MAX_SKILL_MODIFIERS = 2
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z\-]*)")


@cache
def _not_skill_modifiers() -> frozenset[str]:
    """Words before "skills" that rate, count or act on skills rather than name one ("excellent", "new",
    "develop"): the open phrases' stop words and ``skill_phrases.not_modifiers`` of the skills data file."""
    stop, _, _ = _phrase_words()
    return stop | frozenset(w.lower() for w in skills_vocab().get("skill_phrases", {}).get("not_modifiers", []))


def _modifiers_start(text: str, end: int, stop: frozenset[str], limit: int) -> int:
    """Where the words naming a skill before ``end`` start (``end`` itself when there is none): up to
    ``limit`` words, up to a word in ``stop``, a punctuation mark or a capital glued to the word before."""
    start = end
    for _ in range(limit):
        w = _MODIFIER_BEFORE.search(text, max(0, start - 40), start)
        if w is None:
            break
        raw = w.group(0).rstrip()
        glued = list(_GLUE.finditer(raw))
        word = raw[glued[-1].start() + 1 :] if glued else raw  # "requiredBasic computer skills": the capital opens it
        if word.lower() in stop or word.endswith(("-", "\u00ad")):
            break
        start = w.start() + len(raw) - len(word)
        if glued:
            break
    return start


_AND_BEFORE = re.compile(r"[ \t]+(?:and|&)[ \t]+\Z")


def _with_skill_phrases(text: str, hits: list[Hit], skip: list[tuple[int, int]]) -> list[Hit]:
    """``hits`` plus the skills written as a noun phrase headed by "skills" that no hit overlaps.

    The phrase is the word or two right before "skills" that name what the skill is about
    ("Solid computer skills", "time management and prioritization skills" gives "prioritization
    skills"); a word that rates, counts or acts on the skills ends it ("excellent", "your", "new",
    "develop"), and so does a possessive, a punctuation mark or a conjunction.  A single noun of an
    activity or a field joined to the phrase by "and" shares the head and is a skill too ("negotiation
    and presentation skills": "negotiation"; not a trait: "drive and leadership skills").
    """
    stop = _not_skill_modifiers()
    extra: list[Hit] = []
    names = {alias_key(h.canonical) for h in hits}

    def free(a: int, b: int) -> bool:
        return not any(h.start < b and a < h.end for h in hits) and not any(h.start < b and a < h.end for h in extra)

    for m in _SKILLS_HEAD.finditer(text):
        if _inside(skip, m.start()):
            continue
        follower = _NEXT_WORD.match(text, m.end())
        if follower and (follower.group(1) not in stop or follower.group(1) == "not") and not follower.group(1).endswith("ed"):
            continue  # "skills" qualifies the next noun ("skills growth", "skill trades") or is denied ("coding skills not a requirement")
        a, b = _modifiers_start(text, m.start(), stop, MAX_SKILL_MODIFIERS), m.end()
        if a == m.start():
            continue
        if text[a:b].isupper() or (text[a].isupper() and text[m.end() - len(m.group(0).strip())].isupper()):
            continue  # a heading or a title-case name ("COMPUTER SKILLS", "US Citizen Skills you have ...")
        if free(a, b):
            extra.append(Hit(" ".join(text[a:b].replace("\u00ad", "-").lower().split()), a, b, "", False))
            names.add(alias_key(extra[-1].canonical))
        conj = _AND_BEFORE.search(text, max(0, a - 8), a)
        if conj is None:
            continue
        c = _modifiers_start(text, conj.start(), stop, 1)
        word = text[c : conj.start()]
        key = alias_key(word)
        if c == conj.start() or _modifiers_start(text, c, stop, 1) != c:
            continue  # no word, or the last word of a longer name ("problem solving and ...")
        if word.isupper() or not _FIELD_WORD.search(key) or key in names or key + " skills" in names:
            continue
        if free(c, conj.start()):
            extra.append(Hit(key, c, conj.start(), "", False))
            names.add(key)
    return _merged(hits, extra)


# A list item right before a separator: "dendrology, forest ecology, silvics" read leftwards.
_SEP_BEFORE = re.compile(r"(?:[,;][ \t]*(?:(?:and|or)[ \t]+)?(?:\(?[a-z0-9]\)[ \t]*)?|[ \t]+(?:and|or)[ \t]+)\Z")
# Between two items of such a list, an enumerator may follow the separator: "statics; (b) dynamics".
_LIST_SEP = re.compile(r"[ \t]*(?:[,;/][ \t]*(?:(?:and|or)[ \t]+)?(?:\(?[a-z0-9]\)[ \t]*)?|(?:and|or)[ \t]+)")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9&+#'’\-])[A-Za-z][A-Za-z0-9&+#'’\-]*[ \t]*\Z")


def _list_phrase(text: str, start: int) -> Optional[tuple[int, int]]:
    """The open phrase at ``start`` read as a list item: a field's name or any other open phrase
    ("geology", "air-conditioning")."""
    return _open_phrase(text, start, item=True)


def _item_before(text: str, end: int) -> Optional[tuple[int, int]]:
    """The longest open phrase (see :func:`_open_phrase`) that ends right at ``end``, or None."""
    best, pos = None, end
    for _ in range(MAX_PHRASE_WORDS):
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None:
            break
        pos = m.start()
        if _list_phrase(text, pos) == (pos, end):
            best = (pos, end)
    return best


# A single lower-case word as a list item: a field or a method ("dendrology", "dynamics", "routing"),
# not an act ("installation", "improvement", "maintenance": a duty's step, not a skill's name).
MAX_LIST_ITEMS = 16  # items read each way from a found skill or an example cue
_LIST_WORD = re.compile(r"[a-z]{3,}(?:-[a-z]+)*(?:ing|ics|ogy|omy|ism|graphy|istry|culture|tecture)")


def _list_item(text: str, a: int, b: int, known: set[str]) -> Optional[bool]:
    """Whether ``text[a:b]`` (an open phrase in a list) is a skill the hits do not already name;
    None when it is no list item at all (a capital after a separator that opens the next sentence:
    "SQL;Willingness"), False for an item that is no skill ("installation") or one already found
    (its :func:`alias_key` in ``known``)."""
    item = text[a:b]
    if " " not in item:
        if _ROMAN.fullmatch(item):
            return None  # a level's numeral ("Developer I and II"), not a name
        if item[:1].isupper() and not _written_as_name(item):
            return None
        if item.islower() and (not _LIST_WORD.fullmatch(item) or item in _list_acts()):
            return False
        if item.islower() and item.endswith("ing") and _GERUND_OBJECT.match(text, b):
            return False  # a verb with its object ("designing Cloud-based ETL", "shaping and implementing data ...")
    if _GLUED_ITEM.search(item):
        return None  # scraped lines run together ("events-Attend")
    words = item.lower().split()
    if words[-1] in _SHARED_ADJECTIVES:
        return False  # it qualifies the noun the list shares ("Exceptional verbal and written communication")
    if len(words) >= 2 and _duty_verb(words[0]):
        return False  # a duty ("resolve scheduling conflicts", "translating findings"), not a skill's name
    if words[-1] in _job_nouns() and _PERSON_NOUN.fullmatch(words[-1]):
        return False  # a role ("program analyst", "computer operator"), not a skill
    return alias_key(item) not in known


_ROMAN = re.compile(r"[IVX]{1,4}")
# Adjectives of a mode of communication: a list item ending in one names no skill by itself.
_SHARED_ADJECTIVES = frozenset("verbal oral written spoken".split())


# Gerunds of duty verbs that also name a field ("engineering technology", "testing methods").
_FIELD_GERUNDS = frozenset(
    "engineering testing programming coding scripting accounting marketing nursing teaching training planning "
    "manufacturing processing modelling modeling networking publishing auditing budgeting".split()
)


# Duty verbs that are also the first noun of a skill's name ("use case analysis", "process mapping").
_NOUN_TOO = frozenset("use test process design research report plan schedule support review draft work lead train".split())


# After a single -ing item: its object or a second verb of the pair, so the item is a duty's verb, not a
# field's name ("motivating Quality Assurance teams", "measuring and assessing outcomes", "prioritising
# requirements" across a wrapped line).
_GERUND_SEP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=[a-z]))"  # a space, or a wrapped line going on in lower case
_GERUND_OBJECT = re.compile(
    rf"(?:{_GERUND_SEP}(?:and|or|&|/)[ \t\n]+[a-z]+ing)?{_GERUND_SEP}"
    r"(?!(?:and|or|of|etc|skills?|abilit(?:y|ies)|experience|knowledge|background|such|like|including|e\.g)\b)[A-Za-z0-9]"
)
_GLUED_ITEM = re.compile(r"[a-z]{2}-[A-Z][a-z]")
_PERSON_NOUN = re.compile(r"[a-z]+(?:er|or|ist|yst|ant|ent|ive|ian|ee|rep|man|men|person)s?")


@cache
def _list_acts() -> frozenset[str]:
    """Single words of a list that name an act or a thing, not a skill (``list_acts`` of ``open_phrases``
    in the skills data file: "planning", "training", "having")."""
    return frozenset(w.lower() for w in skills_vocab().get("open_phrases", {}).get("list_acts", []))


@cache
def _job_nouns() -> frozenset[str]:
    """The nouns that name a job (``job_nouns`` of the titles data file: "analyst", "operator")."""
    return frozenset(w.lower() for w in load("titles.json").get("job_nouns", []))


def _duty_verb(word: str) -> bool:
    """Whether ``word`` is a duty verb (see :func:`extractor.sections.duty_verbs`) or its -ing form ("translating")
    and not also the first noun of a skill's name ("process", "test")."""
    verbs = duty_verbs()
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        return stem in verbs or stem + "e" in verbs or (stem[-1:] == stem[-2:-1] and stem[:-1] in verbs)
    return word in verbs and word not in _NOUN_TOO


def _with_list_neighbours(
    text: str, hits: list[Hit], zones: list[tuple[int, int]], skip: list[tuple[int, int]], cues: Sequence[re.Match[str]] = ()
) -> list[Hit]:
    """``hits`` plus the other items of a list in which a skill was found, in the requirement and
    duty sections ("statics, dynamics; (d) thermodynamics", "routing, subnetting, HSRP,
    stacking, VPN"): a list names things of one kind, so an item that reads as the name of a skill
    (see :func:`_open_phrase`) is one even when no vocabulary has it.  The list runs both ways from
    each found skill, item by item, up to the first phrase that is not an item; a single word that
    is an item but no skill ("installation" in "design, installation, troubleshooting") is passed
    over (see :func:`_list_item`).  A list of three items or more after an example cue ("such as",
    "e.g.", "including": ``cues``, the matches of :data:`_EXAMPLE_CUE`) counts the same way without
    a found skill ("courses such as dendrology, forest ecology, silvics").
    """
    anchors = [h for h in hits if not h.pending and _inside(zones, h.start) and not _inside(skip, h.start)]
    starts = [m.end() for m in cues if m.group(0)[:1] not in "(lL" and _inside(zones, m.start()) and not _inside(skip, m.start())]
    if not anchors and not starts:
        return hits
    anchor_set = set(anchors)
    found = list(hits)
    known = {alias_key(h.canonical) for h in hits}
    extra: list[Hit] = []

    def add(spans: list[tuple[int, int]]) -> None:
        for a, b in spans:
            hit = Hit(" ".join(text[a:b].split()), a, b, "", False)
            extra.append(hit)
            found.append(hit)
            known.add(alias_key(hit.canonical))

    def rightwards(pos: int, first: bool) -> tuple[list[tuple[int, int]], int, int]:
        """The new skills of the list going on at ``pos`` (its first item there when ``first``), how
        many items it has and where its reading stopped."""
        new: list[tuple[int, int]] = []
        items = 0
        for _ in range(MAX_LIST_ITEMS):
            if not first:
                sep = _LIST_SEP.match(text, pos)
                if sep is None or sep.end() == pos:
                    break
                pos = sep.end()
            first = False
            covering = next((h for h in found if h.start == pos), None)
            if covering is not None:
                pos, items = covering.end, items + 1
                continue
            span = _list_phrase(text, pos)
            if span is None:
                break
            inside = [h for h in found if h.start < span[1] and span[0] < h.end]
            if inside:  # an item a skill was found in ("wood anatomy")
                pos, items = max(span[1], *(h.end for h in inside)), items + 1
                continue
            verdict = _list_item(text, *span, known)
            if verdict is None:
                break
            items += 1
            if verdict:
                new.append(span)
            pos = span[1]
        return new, items, pos

    for start in starts:
        new, items, _ = rightwards(start, True)
        if items >= 3:
            add(new)
    reach = -1
    for anchor in anchors:  # in text order
        if anchor.end > reach:  # not inside the list an earlier skill's reading went through
            new, _, reach = rightwards(anchor.end, False)
            add(new)
        end = anchor.start
        for _ in range(MAX_LIST_ITEMS):  # leftwards
            sep = _SEP_BEFORE.search(text, max(0, end - 16), end)
            if sep is None:
                break
            covering = next((h for h in found if h.end == sep.start()), None)
            if covering is not None:
                if covering in anchor_set:
                    break  # its own reading goes on from there
                end = covering.start
                continue
            span = _item_before(text, sep.start())
            if span is None:
                break
            inside = [h for h in found if h.start < span[1] and span[0] < h.end]
            if inside:
                end = min(span[0], *(h.start for h in inside))
                continue
            verdict = _list_item(text, *span, known)
            if verdict is None:
                break
            if verdict:
                add([span])
            end = span[0]
    return _merged(hits, extra)


# Named examples of a kind of tool: "frameworks such as JQuery, Backbone, Underscore", "web caching
# such as Squid, Varnish", "application server support (Jetty)".  The head names a kind of tool, so the
# names after it are tools even when the vocabulary lacks them.
_EXAMPLE_CUE = fastre.compile(
    r"\b(?:such[ \t]+as|like|e\.g\.|including|includes?|incl\.|for[ \t]+example)(?![\w])[,:]?[ \t]+|\((?=[^()\n]{2,80}\))", re.IGNORECASE
)
_PAREN_HEAD = re.compile(
    r"\b(?:tools?|software|frameworks?|languages?|librar(?:y|ies)|databases?|packages?|utilities|servers?|engines?|"
    r"caching|ides|editors?|distributions?|distros|protocols?|cdns?|toolkits?|sdks?|orm)[ \t]*\Z",
    re.IGNORECASE,
)
_EXAMPLE_HEAD = re.compile(
    r"\b(?:tools?|software|frameworks?|languages?|librar(?:y|ies)|technolog(?:y|ies)|platforms?|databases?|"
    r"applications?|packages?|utilities|servers?|suites?|stacks?|engines?|caching|ides|editors?|distributions?|"
    r"distros|protocols?|cms|crm|erp|os|dbms|rdbms|orm|cdns?|toolkits?|sdks?|apis),?[ \t]+\Z",
    re.IGNORECASE,
)
# One named example: up to three words, each written as a name (a capital, a digit or an inner capital:
# "Backbone", "Google Maps", "PHP-FPM", "jQuery", "Node.js").
_NAME_ITEM = re.compile(
    r"(?:[A-Z][\w+#.\-]*|[a-z][a-z0-9]*[A-Z0-9][\w+#.\-]*)(?:[ \t](?:[A-Z0-9][\w+#.\-]*)){0,2}(?![\w])"
)
_NAME_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|/|[ \t](?:and/or|and|or)[ \t]+)")
_NOT_NAME = frozenset("etc etc. and or other others similar equivalent the a an any all more".split())


def _with_example_names(text: str, hits: list[Hit], skip: list[tuple[int, int]], cues: Optional[Sequence[re.Match[str]]] = None) -> list[Hit]:
    """``hits`` plus the names listed after a kind of tool (see :data:`_EXAMPLE_CUE`) that no hit covers.

    The list runs over items written as names ("Squid, Varnish", "JQuery, Backbone, Underscore") or
    already found; it stops at the first other word ("etc.", "or equivalents", a verb).
    """
    def name_at(pos: int, covering: Optional[Hit]) -> Optional[tuple[int, int]]:
        item = _NAME_ITEM.match(text, pos)
        if item is not None and item.group(0).rstrip(".").lower() in _NOT_NAME:
            item = None
        if covering is not None:
            return pos, max(covering.end, item.end() if item else 0)
        if item is None:
            return None
        a, b = item.start(), item.end()
        while text[b - 1] in ".-":
            b -= 1
        return a, b

    extra = []
    for m in _EXAMPLE_CUE.finditer(text) if cues is None else cues:
        head = _PAREN_HEAD if m.group(0) == "(" else _EXAMPLE_HEAD
        if not head.search(text, max(0, m.start() - 30), m.start()) or _inside(skip, m.start()):
            continue
        extra += [Hit(text[a:b], a, b, "", False) for a, b in _new_items(text, m.end(), hits, MAX_ITEMS + 2, name_at, _NAME_SEP)]
    return _merged(hits, extra)


# A tool named by its kind right after it (:data:`_TOOL_HEAD`, then :data:`_TOOL_NAME` before it): "Master Tax Software", "Pactrac system", "Maximo work order
# system".  The name is the run of capitalised words before the head; generic words
# ("Management", "Payroll", "Information") name no product, so a run of only those is not one.
_TOOL_HEAD = fastre.compile(r"[ \t](?:[Ss]oftware|[Ss]ystems?|[Pp]latform|[Ss]uite|ERP|CRM|EHR|EMR|HRIS|CMS|erp|crm|ehr|emr|hris|cms)\b")
_TOOL_NAME = re.compile(
    r"(?:(?<![A-Za-z0-9&'’])|(?<=[a-z])(?=[A-Z]))((?:[A-Z][A-Za-z0-9+#&\-]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:[ \t]+[A-Z0-9][A-Za-z0-9+#&\-]*){0,2})"
    r"(?:[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?\Z"
)
_GENERIC_NAME_WORDS = frozenset(
    """management information operating computer computerized computerised accounting payroll tracking security
    control data business financial learning quality inventory point sale order work health record records
    electronic medical human resource resources time attendance phone telephone online web new our the this your
    their its any all company internal current existing it hr building fire alarm audio video automated
    integrated enterprise document content case customer relationship planning project ticketing help desk
    billing scheduling use using maintain manage operate run utilize utilise update enter access a an and or
    of in on for with to by at as is are will we you they ensure knowledge experience proficiency familiarity
    familiar working strong solid good excellent basic advanced various other similar related such
    file filing reporting booking reservation reservations ordering warehouse library student school state
    federal national city county government public safety emergency communication communications network
    networks storage backup telephony voice mail email e-mail office computer-based cloud based mobile
    application applications operation operations support service services sales marketing payment payments
    banking insurance claims claim patient clinical laboratory lab test testing design engineering production
    manufacturing""".split()
)


def _with_named_tools(text: str, hits: list[Hit], skip: list[tuple[int, int]]) -> list[Hit]:
    """``hits`` plus the tools named by a capitalised run before their kind (see :data:`_TOOL_NAME`)."""
    extra = []
    for head in _TOOL_HEAD.finditer(text):
        m = _TOOL_NAME.search(text, max(0, head.start() - 60), head.start())
        if m is None:
            continue
        a, b = m.span(1)
        if _inside(skip, a) or _shouting(text, a, b):
            continue
        words = text[a:b].split()
        before = text[max(0, a - 3) : a].rstrip(" \t")
        if not before or before[-1] in ".!?:;\n•*·-–—|(" or (before[-1].islower() and text[a].isupper()):
            if len(words) == 1:
                continue  # a sentence's first word may be a verb ("Understand the system")
            a += len(words[0])  # so it is dropped ("Use Pactrac system")
            a += len(text[a:b]) - len(text[a:b].lstrip())
            words = words[1:]
        if not any(ch.isalpha() for w in words for ch in w) or all(w.lower().strip("-") in _GENERIC_NAME_WORDS for w in words):
            continue
        if len(words) == 1 and words[0].lower() in _job_nouns():
            continue  # a role, not a tool: "Lead Software Engineer", "The Developer works on software"
        if any(h.start < b and a < h.end for h in hits) or any(h.start < b and a < h.end for h in extra):
            continue
        extra.append(Hit(" ".join(words), a, b, "", False))
    return _merged(hits, extra)


_URL_BEFORE = re.compile(r"(?:https?://|www\.)[^\s()<>\"']*\Z")
# Inside a code of capitals and digits joined by hyphens: "AMA-16-JS-T38" (an announcement number).
_CODE_AROUND = re.compile(r"(?<![\w-])[A-Z0-9]+-\d+-\Z")
# An occupational series, not a skill: "General Physical Science GS-1301", "Electrician WG-2805".
_SERIES_AFTER = re.compile(r"[ \t,]+(?:GS|WG|WS|GG)-?\d{4}\b")


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Whether the match is part of a tag, an identifier or an address ("#EMAIL_27bc85", "@python",
    "job_email", ".../biological-science-technician-series-0404/", "justicejobs.tal.net"), a code
    ("AMA-16-JS-T38"), or names an occupational series ("General Physical Science GS-1301")."""
    return (
        (start > 0 and text[start - 1] in "#@_")
        or text[end : end + 1] == "_"
        or (start > 0 and not text[start - 1].isspace() and bool(_URL_BEFORE.search(text, max(0, start - 200), start)))
        or (text[start - 1 : start] == "-" and text[end : end + 1] == "-" and bool(_CODE_AROUND.search(text, max(0, start - 12), start)))
        or bool(_SERIES_AFTER.match(text, end))
    )


_US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
    "PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
# A name that is a place: "Palo Alto, CA", "based in Palo Alto", "3343 Peachtree Road".
_PLACE_AFTER = re.compile(r",[ \t]*(?:" + "|".join(_US_STATES.split()) + r")(?=[ \t]*(?:$|[,.;)\n]|\d))", re.MULTILINE)
_STREET_AFTER = re.compile(r"[ \t]+(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Lane|Parkway|Pkwy|Highway|Hwy)\b")
_PLACE_BEFORE = re.compile(r"\b(?:based|located|headquartered|offices?)[ \t]+in[ \t]+\Z", re.IGNORECASE)
# An organisation's unit named by a field: "the local Human Resources Office", "Finance Department".
_UNIT_AFTER = re.compile(r"[ \t]+(?:Office|Department|Dept|Division|Branch|Staff|Unit|Directorate|Bureau|Agency)\b")
# Departments a job works with, not skills it needs: "coordinates sales effort with marketing,
# accounting, logistics and technical service groups", "liaise with finance and HR".
_DEPARTMENTS_BEFORE = re.compile(
    r"\b(?:coordinat|liais|collaborat|interfac|partner)\w*\b[^.;:\n]{0,40}?\bwith[ \t]+(?:the[ \t]+|our[ \t]+|other[ \t]+)?"
    r"(?:[A-Za-z&]+(?:[ \t]+[A-Za-z&]+){0,2}[ \t]*(?:,|/|\band\b|\bor\b)[ \t]*){0,6}\Z",
    re.IGNORECASE,
)


@cache
def _field_names() -> frozenset[str]:
    """Canonical names of the curated skills with a ``cue`` guard: fields and competences, ordinary words."""
    vocab = skills_vocab()
    guards = vocab.get("guards", {})
    return frozenset(
        name for name, forms in vocab["skills"].items() if any(guards.get(f, {}).get("cue") for f in (name, *forms))
    )


# What a company sells or is, named by a field before it: "an end-to-end Human Capital Management
# platform", "a Property Management Company" (outside the requirement and duty sections).
_BUSINESS_AFTER = re.compile(
    r"[ \t]+(?:platforms?|company|companies|firms?|providers?|agency|agencies|vendors?|startups?|solutions?|"
    r"products?|industry|sector|market|clients?|customers?)\b",
    re.IGNORECASE,
)
# An organisation named by a field: "Deputy Director of Technical Planning", "the Cost Estimating Section
# of Capital Planning", "Department of Information Technology and Telecommunications" (case-sensitive).
_ORG_OF_BEFORE = re.compile(
    r"\b(?:Department|Dept\.?|Office|Division|Bureau|Section|Unit|Branch|Director|Directorate|Ministry|Institute|"
    r"School|Center|Centre|Council|Board|Committee|Commission|Agency)[ \t]+of[ \t]+(?:the[ \t]+)?\Z"
)
# A unit one joins, not a skill: "join our Partnership Management", "joining the Data Science team".
_JOIN_BEFORE = re.compile(r"\bjoin(?:ing)?[ \t]+(?:our|the)[ \t]+(?:[A-Z][\w&-]*[ \t]+){0,2}\Z", re.IGNORECASE)
# Inside an institution's name: "VA North Texas Health Care System", "Acme Data Analytics Inc" (the
# word before the match is capitalised too).
_INSTITUTION_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w&'-]*){0,3}?[ \t]+(?:Care[ \t]+System|Healthcare[ \t]+System|Health[ \t]+System|System(?<=[Cc]are[ \t]System)|"
    r"Medical[ \t]+Cent(?:er|re)|Hospital|Clinic|Institute|Foundation|Association|Society|Authority|University|"
    r"College|Academy|Inc|LLC|Ltd|Corporation|Corp)\b"
)
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![.!?:;\n•*])[ \t][A-Z][\w&'-]*[ \t]+\Z")
# Vendors named as partners, not tools the job uses: "partnerships with established vendors such as
# SAP, TIBCO Spotfire, Tableau and MongoDB", "strategic partners such as SAP, TIBCO".
_PARTNERS_BEFORE = re.compile(
    r"\b(?:partners?|partnerships?|resellers?|alliances?)\b[^.;:\n•*]{0,40}?\b(?:such[ \t]+as|including|like)[ \t]+"
    r"(?:[A-Za-z&]+(?:[ \t]+[A-Za-z&]+){0,2}[ \t]*(?:,|/|\band\b|\bor\b)[ \t]*){0,6}\Z",
    re.IGNORECASE,
)
# Something one has, not a skill: "Have access to Android or iPad", "with access to a computer".
_ACCESS_BEFORE = re.compile(
    r"\b(?:have|has|having|with|need|needs)[ \t]+access[ \t]+to[ \t]+(?:(?:an?|the|your|own|reliable)[ \t]+)*\Z", re.IGNORECASE
)
# A kind of company, after an article: "in a high-growth SaaS or software/technology company", "a
# Business Intelligence and Analytics firm" (in any section).
_COMPANY_KIND_AFTER = re.compile(
    r"(?:[ \t]*(?:and|or|&|/)[ \t]*[\w-]+(?:/[\w-]+)?)?[ \t]+(?:companies|company|firms?|agency|agencies|startups?|start-ups?|"
    r"industry|sector|organi[sz]ations?)\b",
    re.IGNORECASE,
)
# The medium of the hiring, not a tool of the job: "interviews will be held via Microsoft Teams",
# "apply through LinkedIn" (the window before the match, lower-cased).
_MEDIUM_BEFORE = re.compile(
    r"\b(?:(?:interview\w*|apply|applying)\b[^.;:]{0,60}?\b(?:via|over|through|on|using|by)|apply(?:ing)?[ \t]+with)[ \t]+(?:the[ \t]+|an?[ \t]+|your[ \t]+)?\Z"
)
# The same after an interview is named: "... invited to a panel interview. This will be held remotely on
# Microsoft Teams"; or the tool names the interview or its link: "Stage 2: Microsoft Teams Interview",
# "use the Microsoft Teams link below".
_HELD_BEFORE = re.compile(r"\b(?:held|conducted|take[s]?[ \t]+place)\b[^.;:]{0,40}?\b(?:via|over|on|using|through)[ \t]+(?:the[ \t]+|an?[ \t]+)?\Z")
_MEDIUM_AFTER = re.compile(r"[ \t]+(?:interviews?|(?:meeting[ \t]+|video[ \t]+)?links?)\b", re.IGNORECASE)
# Acronyms naming schemes or programmes, not skills: "apply under the DCS, GPTW or RIS schemes".
_SCHEME_AFTER = re.compile(r"(?:[ \t]*(?:,|/|\band\b|\bor\b)[ \t]*[A-Z]{2,6})*[ \t]+(?:schemes?|programmes?)\b")
# The hiring exercise named by a field: "this recruitment campaign".
_HIRING_AFTER = re.compile(r"[ \t\n]+(?:campaigns?|exercises?|timelines?)\b", re.IGNORECASE)
# A kind of tool or method, named before its examples: "analytics tools such as Google Analytics",
# "modern web technologies (e.g., d3, Mantine)", "delivery models such as Scrum" (the examples are the skills).
_KIND_HEAD = re.compile(r"[ \t-](?:tools|technologies|models|methodologies|techniques)\Z", re.IGNORECASE)
_EXAMPLES_AFTER = re.compile(r"[ \t]*(?:\((?:e\.g\.|i\.e\.|eg\b)|,?[ \t\n]+(?:such[ \t\n]+as|e\.g\.|including|like)\b)", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the[ \t]+nation['’]s)[ \t]+(?:[\w-]+[ \t]+){0,2}\Z", re.IGNORECASE)
# An all-capital acronym in brackets after a capitalised name whose initials begin it abbreviates that
# name, not the skill the taxonomy means: "Child Development (CDC/SAS) Facilities".
_BRACKET_GROUP = re.compile(r"\(((?:[A-Z][A-Z0-9&]*[ \t]*/[ \t]*)*)\Z")


def _abbreviates_name(text: str, start: int, end: int) -> bool:
    """Whether the acronym ``text[start:end]`` sits in brackets after the name it abbreviates (see
    :data:`_BRACKET_GROUP`); the full spelled-out case is :func:`_spelled_out`'s."""
    group = _BRACKET_GROUP.search(text, max(0, start - 20), start)
    if group is None:
        return False
    first = (group.group(1).split("/")[0].strip() or text[start:end]).upper()
    words = text[max(0, group.start() - 80) : group.start()].split()
    run = []
    for word in reversed(words):
        if not word[:1].isupper() or not word.isalpha():
            break
        run.insert(0, word)
    for k in range(len(run), 1, -1):
        initials = _initials(run[-k:])
        if first.startswith(initials) and first != initials:
            return True
    return False


# The employer's own channels, outside the requirements: "Visit our YouTube channel", "follow us on LinkedIn".
_OUR_BEFORE = re.compile(r"\b(?:our|us[ \t]+on)[ \t]+\Z", re.IGNORECASE)
_FOLLOW_BEFORE = re.compile(r"\b(?:follow|subscribe[ \t]+to|like|find)[ \t]+(?:us[ \t]+on|our)[ \t]+\Z", re.IGNORECASE)
_CHANNEL_AFTER = re.compile(r"[ \t]+(?:careers?[ \t]+)?(?:channel|page|profile|account|feed|group)s?\b", re.IGNORECASE)


# Pay words before an acronym in its sentence: "The salary on this role is open, DOE", "£30,000 OTE".
_PAY_BEFORE = re.compile(r"(?:\b(?:salary|pay|compensation|wages?|remuneration)\b|[£$€]\s?\d)[^.;!?()\n]*\Z", re.IGNORECASE)
# A verb, not a noun: "must follow up with", "to follow up".
_VERB_BEFORE = re.compile(r"\b(?:must|to|will|shall|should|can|may|please)[ \t]+\Z", re.IGNORECASE)


@cache
def _organisation_starts() -> tuple[str, ...]:
    """Openings of an organisation's name ("department of"): ``organisation_starts`` in the skills data file."""
    return tuple(w + " " for w in skills_vocab().get("taxonomy_drop", {}).get("organisation_starts", []))


def _not_the_job(text: str, hit: Hit, curated: dict[str, Any], prose: bool = False) -> bool:
    """Whether a name found is not a skill the job needs: a place, an organisation's unit or spelled-out
    name, a department the job works with, a pay term, a verb, or (in ``prose``, outside the
    requirement and duty sections) what the company sells.  See :data:`_PLACE_AFTER`,
    :data:`_UNIT_AFTER`, :data:`_DEPARTMENTS_BEFORE`, :data:`_PAY_BEFORE`, :data:`_VERB_BEFORE`,
    :data:`_BUSINESS_AFTER`, :data:`_ORG_OF_BEFORE`, :data:`_JOIN_BEFORE`, :data:`_INSTITUTION_AFTER`.
    Curated tools and languages keep their place ("Python, OR", "Microsoft Office"), except before a
    street word ("Peachtree Road"), in a list of vendors named as partners (:data:`_PARTNERS_BEFORE`),
    after "have access to" (:data:`_ACCESS_BEFORE`), before a kind of company after an article
    (:data:`_COMPANY_KIND_AFTER`), as the medium of an interview or application
    (:data:`_MEDIUM_BEFORE`), naming the hiring exercise (:data:`_HIRING_AFTER`) or as an acronym
    abbreviating the name before it (:func:`_abbreviates_name`)."""
    matched = text[hit.start : hit.end]
    if prose and (
        _FOLLOW_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        or (_OUR_BEFORE.search(text, max(0, hit.start - 10), hit.start) and _CHANNEL_AFTER.match(text, hit.end))
    ):
        return True  # even a curated name: the employer's own channel ("Visit our YouTube channel")
    if matched[:1].isupper() and _STREET_AFTER.match(text, hit.end):
        return True  # even a curated name ("Peachtree Road")
    window = text[max(0, hit.start - 160) : hit.start].lower()  # the regexes run only where their word is
    if (any(w in window for w in ("partner", "reseller", "allian")) and _PARTNERS_BEFORE.search(window)) or (
        "access" in window[-40:] and _ACCESS_BEFORE.search(window[-40:])
    ):
        return True  # even a curated name ("partners such as SAP, Tableau", "access to Android")
    if _COMPANY_KIND_AFTER.match(text, hit.end) and _ARTICLE_BEFORE.search(text, max(0, hit.start - 40), hit.start):
        return True  # a kind of company ("a SaaS company")
    if ("interview" in window[-80:] or "appl" in window[-80:]) and _MEDIUM_BEFORE.search(window[-80:]):
        return True  # even a curated tool: the medium of the hiring ("interviews held via Microsoft Teams")
    if ("interview" in window and _HELD_BEFORE.search(window[-60:])) or (matched[:1].isupper() and _MEDIUM_AFTER.match(text, hit.end)):
        return True  # even a curated tool: the medium of the interview ("This will be held on Microsoft Teams")
    if matched.isupper() and _SCHEME_AFTER.match(text, hit.end):
        return True  # even a curated acronym: a scheme ("the DCS, GPTW or RIS schemes")
    if _HIRING_AFTER.match(text, hit.end):
        return True  # the hiring exercise itself ("this recruitment campaign")
    if hit.canonical not in curated and _KIND_HEAD.search(matched) and _EXAMPLES_AFTER.match(text, hit.end):
        return True  # a kind named before its examples ("analytics tools such as Google Analytics")
    if matched.isupper() and hit.start and text[hit.start - 1] in "(/" and _abbreviates_name(text, hit.start, hit.end):
        return True  # even a curated acronym ("Child Development (CDC/SAS) Facilities")
    if hit.canonical in curated and hit.canonical not in _field_names():
        return False
    if _capitalised(matched) and (
        _ORG_OF_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        or _JOIN_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        or (_INSTITUTION_AFTER.match(text, hit.end) and _CAPITAL_WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start))
    ):
        return True  # an organisation or a unit named by a field
    if matched[:1].isupper() and (
        _PLACE_AFTER.match(text, hit.end) or _PLACE_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    ):
        return True
    if _capitalised(matched) and _UNIT_AFTER.match(text, hit.end):
        return True
    if prose and _BUSINESS_AFTER.match(text, hit.end):
        return True
    if hit.canonical not in curated and (
        hit.canonical.lower().startswith(_organisation_starts())
        or (matched.isupper() and _PAY_BEFORE.search(text, max(0, hit.start - 80), hit.start))
    ):
        return True  # an organisation spelled out ("Department of Energy (DOE)") or a pay term ("open, DOE")
    if matched.islower() and hit.canonical not in curated and _VERB_BEFORE.search(text, max(0, hit.start - 12), hit.start):
        return True
    return bool(_DEPARTMENTS_BEFORE.search(text, max(0, hit.start - 160), hit.start))


def _verb_with_object(text: str, hit: Hit, curated: dict[str, Any]) -> bool:
    """Whether an uncurated single -ing word is a verb with its object or a second verb, not a field's
    name: "experience in designing and implementing secure cloud solutions", "sharing knowledge",
    "collaborating with development teams" (see :data:`_GERUND_OBJECT`)."""
    matched = text[hit.start : hit.end]
    return (
        hit.canonical not in curated
        and matched.islower()
        and matched.isalpha()
        and len(matched) > 5
        and matched.endswith("ing")
        and (
            bool(_GERUND_OBJECT.match(text, hit.end))
            or ((matched in _list_acts() or _duty_verb(matched)) and bool(_KNOWLEDGE_OBJECT.match(text, hit.end)))
        )
    )


# Knowledge as the object of an act: "sharing knowledge", "applying knowledge and experience".
_KNOWLEDGE_OBJECT = re.compile(r"[ \t]+(?:their[ \t]+|your[ \t]+)?knowledge\b")


# A lower-case phrase opened by a word of time names a kind in fashion, not a skill: "modern application
# architectures", "emerging technologies", "latest tools" (a curated name stays: "Modern Standards Approach").
_CURRENT_KIND = re.compile(r"(?:modern|emerging|latest)[ \t]")


WRAP_WIDTH = 40  # a line this long that ends inside a sentence was wrapped by the source (a PDF's text)
_WRAPPED_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9-]*[ \t]*\n[ \t]*\Z")
_WRAPPED_AFTER = re.compile(r"[ \t]*\n[ \t]*([a-z][a-z-]*)")


def _cut_by_wrap(text: str, hit: Hit, curated: dict[str, Any]) -> bool:
    """Whether an uncurated lower-case phrase is only part of a longer one that a wrapped line cut:
    "software\ndevelopment lifecycle", "common design\npatterns".  The line before (or the phrase's
    own line) is at least :data:`WRAP_WIDTH` long and ends in a word; the word across the break is
    no function word (``stop`` of ``open_phrases``: "Experience with\ndata pipelines" is whole)."""
    matched = text[hit.start : hit.end]
    if hit.canonical in curated or not matched.islower():
        return False
    stop = _phrase_words()[0]
    line_start = text.rfind("\n", 0, hit.start) + 1
    if not text[line_start : hit.start].strip() and line_start:
        before = _WRAPPED_BEFORE.search(text, max(0, line_start - 40), hit.start)
        previous = text.rfind("\n", 0, line_start - 1) + 1
        if before and line_start - previous > WRAP_WIDTH and before.group(0).split()[0].lower() not in stop:
            return True
    after = _WRAPPED_AFTER.match(text, hit.end)
    if after and hit.end - line_start > WRAP_WIDTH:
        word = after.group(1)
        vague = _phrase_words()[1]
        head = word in stop or word in vague or word.rstrip("s") in vague or _NAME_FOLLOWS.match(" " + word)
        return not (head or _KIND_WORD.fullmatch(word))
    return False


# A kind after a skill's name: "web development stacks", "data platforms" (the name is the skill).
_KIND_WORD = re.compile(
    r"(?:stacks?|frameworks?|languages?|librar(?:y|ies)|technolog(?:y|ies)|platforms?|environments?|practices?|"
    r"methods?|methodolog(?:y|ies)|standards?|tooling|solutions?|capabilit(?:y|ies)|projects?|roles?|teams?)"
)


# A list of named skills one per line under a lead-in that names them as the skills assessed: a
# capability framework's (DDaT, SFIA) "Technical skills / We'll assess you against these technical
# skills ...:", "the following skills defined in the Lead Developer role:".  The lead-in is a line
# about technical skills alone or ending in a colon, or a colon line that assesses skills.
_SKILL_LIST_LEAD = re.compile(
    r"^[ \t]*(?:(?:[A-Z]{2,6}[ \t]+)?technical[ \t]+skills[ \t]*:?"
    r"|[^\n]{0,120}\b(?:technical[ \t]+skills|skills[ \t]+defined)\b[^\n]{0,80}:"
    r"|[^\n]{0,60}\bassess\w*\b[^\n]{0,80}\bskills\b[^\n]{0,60}:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A framework level or code after the name: "(Expert)", "- Practitioner Level", "(Level: Practitioner)",
# "(ITSP) Level 4".
# Dashes, with the en and em dash of Windows-1252 read as Latin-1 (U+0096, U+0097), as scraped pages carry them.
_DASHES = "\u2013\u2014\u0096\u0097"
_LEVEL_WORD = r"(?:awareness|working|practitioner|expert|foundation|senior[ \t]+practitioner|strategic)"
_SKILL_LEVEL = re.compile(
    rf"(?:[ \t]*\((?:(?:skill[ \t]+)?level[ \t]*:?[ \t]*)?{_LEVEL_WORD}(?:[ \t]+level)?\)"
    rf"|[ \t]*[-{_DASHES}:][ \t]*(?:(?:skill[ \t]+)?level[ \t]*:?[ \t]*)?{_LEVEL_WORD}(?:[ \t]+level)?"
    rf"|[ \t]+{_LEVEL_WORD}[ \t]+level"
    r"|[ \t]+(?:awareness|practitioner|expert)"  # a level word that is no part of a skill's name, without a dash
    rf"|[ \t]*[-{_DASHES}:]?[ \t]*\(?(?:skill[ \t]+)?level[ \t]*:?[ \t]*(?:\d|{_LEVEL_WORD})\)?"
    r"|[ \t]*\((?-i:[A-Z]{3,5})\))+[ \t.]*\Z",
    re.IGNORECASE,
)
_GLOSS = re.compile(r"[ \t]*\([^()]*(?:[ \t][^()]*){4,}\)")  # a gloss in brackets: "(Communicating between the technical and non-technical)"
_FRAMEWORK_TAG = re.compile(rf"^(?:DDaT|SFIA)[ \t]*[-{_DASHES}:][ \t]*", re.IGNORECASE)  # "DDaT - Strategy design"
_NOT_SKILLS_HEAD = re.compile(r"\b(?:behaviou?rs?|strengths?|experience|ability|abilities)\b", re.IGNORECASE)  # a sub-list of another kind
_OTHER_LIST_HEAD = re.compile(r"(?:[A-Z][\w-]*[ \t]+){0,2}(?:behaviou?rs?|strengths?|experience)[ \t]*:?", re.IGNORECASE)
_SELECTION_WORD = re.compile(r"\b(?:questions?|interviews?|assessments?|applications?|exercises?)\b", re.IGNORECASE)  # a stage, not a skill
_ROLE_NAME = re.compile(
    r"\b(?:architect|manager|engineer|developer|analyst|lead|tester|designer|owner|officer|specialist|consultant|administrator|scientist)s?\Z",
    re.IGNORECASE,
)
_SKILL_LINE = re.compile(r"[A-Za-z][\w&/'’,()\- \t\u2011]*")
MAX_SKILL_LINE_WORDS = 8
MAX_SKILL_LINES = 12


@cache
def _curated_by_key() -> dict[str, str]:
    """The curated skill names by :func:`alias_key` (built once: a name read as written maps to its
    curated spelling)."""
    return {alias_key(name): name for name in skills_vocab()["skills"]}


def _skill_list_lines(text: str, stops: list[int], sub_heads: frozenset[int] = frozenset()) -> list[Hit]:
    """The skills named one per line after a lead-in (:data:`_SKILL_LIST_LEAD`), each as written
    without its level or code ("Architecture communication (Expert)" gives "Architecture
    communication"; "Test Manager - Test Analysis" gives "Test Analysis").  A sub-heading with a
    colon ("Strategy & Architecture:") is passed over, one of another kind ("Behaviours") stops the
    reading until a skills one; the list ends at two blank lines, a section heading (``stops``;
    headings of kind "other" that end in a colon, ``sub_heads``, are sub-headings), a stage of the
    selection ("Technical questions") or a line that reads as prose (a question, more than a few
    words)."""
    names = _curated_by_key()
    hits: list[Hit] = []
    seen: set[str] = set()
    for lead in _SKILL_LIST_LEAD.finditer(text):
        pos = lead.end() + 1
        blanks = 0
        found = 0
        reading = True
        while pos < len(text) and found < MAX_SKILL_LINES:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip():
                blanks += 1
                if blanks > 1:
                    break
                pos = end + 1
                continue
            blanks = 0
            stripped = line.strip()
            if stripped.count("(") > stripped.count(")"):  # a level wrapped onto the next line: "(Skill" / "level: Working)"
                nxt = text.find("\n", end + 1)
                nxt = len(text) if nxt < 0 else nxt
                if text[end + 1 : nxt].strip():
                    stripped = f"{stripped} {text[end + 1 : nxt].strip()}"
                    end = nxt
            i = bisect_left(stops, pos)
            if i < len(stops) and stops[i] <= end and not (stripped.endswith(":") and stops[i] in sub_heads):
                break  # a section heading ends the list, a sub-heading with a colon does not
            if stripped.endswith(":") or _SKILL_LIST_LEAD.match(line):
                reading = not _NOT_SKILLS_HEAD.search(stripped) or bool(_SKILL_LIST_LEAD.match(line))
                pos = end + 1
                continue
            if _OTHER_LIST_HEAD.fullmatch(stripped):
                reading = False
            if reading and _SELECTION_WORD.search(stripped):
                break
            if not reading:
                pos = end + 1
                continue
            name = _FRAMEWORK_TAG.sub("", _GLOSS.sub("", _SKILL_LEVEL.sub("", stripped))).strip(" .\t")
            if " - " in name:  # a role and its skill, either way round
                before, after = (part.strip() for part in name.rsplit(" - ", 1))
                name = before if _ROLE_NAME.search(after) else after
            elif ": " in name and _ROLE_NAME.search(name.split(": ", 1)[0]):  # "Software Developer: Systems Design"
                name = name.split(": ", 1)[1].strip()
            words = name.split()
            if not words:  # a level wrapped onto its own line
                pos = end + 1
                continue
            if (
                len(words) > MAX_SKILL_LINE_WORDS
                or not _SKILL_LINE.fullmatch(name)
                or name.endswith(",")
                or "?" in stripped
            ):
                break
            start = pos + max(line.find(name), 0)
            canonical = names.get(alias_key(name), name)
            if alias_key(canonical) in seen:
                pos = end + 1
                found += 1
                continue
            seen.add(alias_key(canonical))
            hits.append(Hit(canonical, start, start + len(name), "", False))
            found += 1
            pos = end + 1
    return hits


# A run-in label in the duties or requirements: a line that opens with a capitalised name of a few
# words, a dash and a sentence describing it ("Systems Design - Develop systems that balance risk ...",
# "Incident Management – Lead the detection, ...").  Adverts that assess a competency framework
# (DDaT, SFIA) or a person specification write each competency so; the label is the skill.
_RUN_IN_LABEL = re.compile(
    r"^[ \t]*(?:[\u2022*\u00b7][ \t]*)?"
    r"(?P<name>[A-Z][\w&/'\u2019\u2011\-]*(?:[ \t]+(?:and|&|of|for|to|in|[A-Z(][\w&/()'\u2019\u2011\-]*)){1,6})"
    rf"[ \t]+[-{_DASHES}][ \t]+(?P<tail>[A-Z][^\n]*)",
    re.MULTILINE,
)
_AGENT_NOUN = re.compile(r"[A-Za-z]{3,}(?:er|or|ist)s?")  # a person ("Ultimate Multitasker"), not a competency
MIN_RUN_IN_TAIL_WORDS = 5  # the description after the dash is a sentence, not a place or a team name


def _run_in_labels(text: str, spans: list[tuple[int, int]], skip: list[tuple[int, int]]) -> list[Hit]:
    """The skills named by run-in labels (:data:`_RUN_IN_LABEL`) inside ``spans`` (the duties and
    requirements), each as written without its framework level or code; a role ("Software
    Engineer - ...") or a stage of the selection is none."""
    names = _curated_by_key()
    hits = []
    for m in _RUN_IN_LABEL.finditer(text):
        if not _inside(spans, m.start()) or _inside(skip, m.start()):
            continue
        if len(m.group("tail").split()) < MIN_RUN_IN_TAIL_WORDS:
            continue
        name = _SKILL_LEVEL.sub("", m.group("name")).strip()
        if len(name.split()) < 2 or _ROLE_NAME.search(name) or _AGENT_NOUN.fullmatch(name.split()[-1]) or _SELECTION_WORD.search(name) or _duty_verb(name.split()[0].lower()):
            continue
        canonical = names.get(alias_key(name), name)
        hits.append(Hit(canonical, m.start("name"), m.start("name") + len(name), "", False))
    return hits


# How to apply: the portals and steps named there are not the job's skills ("go to Employee Self Service (ESS)").
_APPLY_HEADING = re.compile(r"\bappl(?:y|ying|ication)\b", re.IGNORECASE)


def find_skills(ctx: Context) -> list[Hit]:
    """The first accepted occurrence of each skill, in order (legal sections and the parts about the
    hiring process skipped)."""
    text = ctx.text[:MAX_TEXT]
    if not text:
        return []
    lower = ctx.lower[:MAX_TEXT]
    meta, process = _off_the_job(ctx, text)
    legal = _spans_of(ctx, "legal") + process
    skip = _spans_of(ctx, *TAXONOMY_SKIP_SECTIONS) + meta
    benefits = _spans_of(ctx, "benefits")  # training offered names what one will learn ("trainings on SEO")
    skip += [(s.heading_start, s.end) for s in ctx.sections_of("other") if _APPLY_HEADING.search(s.heading)]
    off_job = legal + skip
    job_spans = _spans_of(ctx, *TAXONOMY_OPEN_SECTIONS, *CUE_DUTY_SECTIONS)  # the duties and requirements
    curated = skills_vocab()["skills"]
    prose = [(s.heading_start, s.end) for s in ctx.sections if s.kind not in TAXONOMY_OPEN_SECTIONS + CUE_DUTY_SECTIONS]
    hits = [
        h
        for h in skills_matcher().find(
            text, lower, _spans_of(ctx, *TAXONOMY_OPEN_SECTIONS), _spans_of(ctx, *CUE_DUTY_SECTIONS), prose
        )
        if not _inside(legal, h.start)
        and ((h.canonical in curated and h.canonical not in _field_names() and not _inside(benefits, h.start)) or not _inside(skip, h.start))
        and not _in_identifier(text, h.start, h.end)
    ]
    hits = _with_credentials(text, hits, curated, off_job)
    hits = _with_open_phrases(text, hits, off_job)
    cues = list(_EXAMPLE_CUE.finditer(text))
    hits = _with_example_names(text, hits, off_job, cues)
    hits = _with_named_tools(text, hits, off_job)
    hits = _with_list_neighbours(text, hits, job_spans, off_job, cues)
    hits = _with_skill_phrases(text, hits, off_job)
    hits = _spelled_out(text, hits, curated)
    hits = [
        h
        for h in hits
        if not _not_the_job(text, h, curated, _inside(prose, h.start))
        and not _verb_with_object(text, h, curated)
        and not _cut_by_wrap(text, h, curated)
        and not (h.canonical not in curated and _CURRENT_KIND.match(text, h.start))
    ]
    stops = sorted(s.heading_start for s in ctx.sections)
    sub_heads = frozenset(s.heading_start for s in ctx.sections_of("other"))
    listed = [h for h in _skill_list_lines(text, stops, sub_heads) if not _inside(_spans_of(ctx, "legal"), h.start)]
    listed += _run_in_labels(text, job_spans, off_job)
    if listed:
        have = {alias_key(h.canonical) for h in hits}
        hits = _merged(hits, [h for h in listed if alias_key(h.canonical) not in have])
    items = _ordered_items(hits)
    acronyms = skills_vocab().get("acronyms", {})
    present = {h.canonical: h for h in items}
    positions = {h.canonical: h.start for h in items}
    for acronym, full in acronyms.items():
        if acronym in present and full in present:  # keep the spelled-out name, at the earlier place
            positions[full] = min(positions[full], positions.pop(acronym))
    return sorted((present[name] for name in positions), key=lambda h: positions[h.canonical])


@rule(SKILLS, name="vocab.skills")
def skills(ctx: Context) -> Iterable[Candidate]:
    """Canonical skills named in the posting (see the module docstring)."""
    items = find_skills(ctx)
    if items:
        yield _candidate(SKILLS, items, CONF_SKILLS, "vocab.skills")


# --------------------------------------------------------------------------- benefits


def _section_zones(ctx: Context, text: str) -> list[tuple[int, int]]:
    """Benefits/pay sections; without them, the text under a benefits/pay heading line."""
    zones = _spans_of(ctx, "benefits", "pay")
    if zones:
        return zones
    pats = _benefit_patterns()
    found = []
    for m in pats.zone_heading.finditer(text):
        limit = min(len(text), m.start() + ZONE_REACH)
        nxt = pats.any_heading.search(text, m.end() + 1, limit)
        found.append((m.start(), nxt.start() if nxt else limit))
    return found


def _cue_zones(text: str, lower: str) -> list[tuple[int, int]]:
    """Passages opened by "benefits include", "we offer"...: up to the paragraph end."""
    pats = _benefit_patterns()
    zones = []
    for m in pats.cues.finditer(lower):
        limit = min(len(text), m.start() + pats.cue_reach)
        para = text.find("\n\n", m.end(), limit)
        zones.append((m.start(), para if para >= 0 else limit))
    return zones


# a perk the posting says it does not give: "Remote work is not possible", "no remote work", "Relocation is not offered"
_NEGATED_AFTER = re.compile(r"(?i)[ \t]+(?:is|are)[ \t]+not[ \t]+(?:possible|available|offered|provided|supported|an[ \t]+option)\b")
_NEGATED_BEFORE = re.compile(r"(?i)(?<![\w-])(?:no|without)[ \t]+\Z")


def _negated_benefit(text: str, start: int, end: int) -> bool:
    """Whether the benefit named at ``text[start:end]`` is said not to be given."""
    return _NEGATED_AFTER.match(text, end, end + 40) is not None or _NEGATED_BEFORE.search(text, max(0, start - 10), start) is not None


def find_benefits(ctx: Context) -> tuple[list[Hit], bool]:
    """The first accepted occurrence of each benefit, in order, and whether any came from a section."""
    text = ctx.text[:MAX_TEXT]
    if not text:
        return [], False
    lower = ctx.lower[:MAX_TEXT]
    pats = _benefit_patterns()
    legal = _spans_of(ctx, "legal")
    sections = _section_zones(ctx, text)
    if len(lower) != len(text):
        lower = lower_same_length(text)
    cues = _cue_zones(text, lower)
    kept: list[tuple[Hit, bool]] = []
    for hit in benefits_matcher().find(text, lower):
        if _inside(legal, hit.start) or _negated_benefit(text, hit.start, hit.end):
            continue
        in_section = _inside(sections, hit.start)
        in_zone = in_section or _inside(cues, hit.start)
        if hit.tier == "loose" and not in_zone:
            continue
        if hit.tier == "strict" and not in_zone and pats.strict_not_after.search(text[hit.end : hit.end + WINDOW]):
            continue
        kept.append((hit, in_section))
    for m in pats.coordination.finditer(lower):
        if _inside(legal, m.start()):
            continue
        in_section = _inside(sections, m.start())
        if not (in_section or _inside(cues, m.start())) and pats.strict_not_after.search(
            text[m.end() : m.end() + WINDOW]
        ):
            continue
        for w in pats.coordination_word.finditer(text, m.start(), m.end()):
            canonical = pats.coordination_map.get(alias_key(w.group(0)))
            if canonical:
                kept.append((Hit(canonical, w.start(), w.end(), "strict", False), in_section))
    items = _ordered_items(h for h, _ in kept)
    first_ids = {(h.canonical, h.start) for h in items}
    from_section = any(sec for h, sec in kept if (h.canonical, h.start) in first_ids)
    return items, from_section


@rule(BENEFITS, name="vocab.benefits")
def benefits(ctx: Context) -> Iterable[Candidate]:
    """Canonical benefits the posting offers (see the module docstring)."""
    items, from_section = find_benefits(ctx)
    if items:
        confidence = CONF_BENEFITS_SECTION if from_section else CONF_BENEFITS_ELSEWHERE
        yield _candidate(BENEFITS, items, confidence, "vocab.benefits")
