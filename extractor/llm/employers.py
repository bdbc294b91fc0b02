"""Employer names a posting gives of itself in passing, offered to the LLM to pick from (issue 12).

Where the company rules found no employer, the hybrid asks the model to *pick* one from numbered
names (prompt ``v5``/``v6``; :func:`extractor.llm.grounding.employer_candidates`), and asks nothing
when there is no name to offer.  The rules' own unsure readings cover a few forms; postings name
their employer in many more, each too loose for a rule to commit to, yet telling together:

* the host of the posting's own e-mail or web address ("jobs@parkdalelarder.ca" names "Parkdale
  Larder"; mail providers, boards and code hosts name no one);
* phrases that stand before the poster's own name ("About X", "Welcome to X", "Careers at X",
  "We're X,", "our family company, X") or after it ("X is a …", "X (XYZ) supports …",
  "X is an equal opportunity employer");
* a head line that is a name (or a name before a board's "·" separator), a name said again, a
  name built on an organisation's noun ("… College", "… Group") or a legal form.

An agency's name ("… Manpower", "… Recruitment") is offered only for a recruiting job: elsewhere
the agency places the worker with an employer it may not name.

Each cue has a weight (``extractor/data/employer_refs.json``); a name is offered at a total of 2 or
more, strongest first.  A name shaped as a job title, a place, a heading, a board or a pronoun
phrase is never offered.  The model's pick is the text's own name at the span where it stands:
nothing is written, and "null" stays available.  None where an intermediary leaves its client
unnamed (:func:`extractor.rules.title.client_unnamed`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Optional

from extractor.data import load
from extractor.rules.base import Context, run_rules
from extractor.rules.location import gazetteer
from extractor.rules.title import client_unnamed, has_job_noun, is_company_name, title_vocab
from extractor.sections import kind_of_heading

TextSpan = tuple[int, int]
_ARTICLES = frozenset({"The", "THE"})
# two lines glued where a scrape lost the break ("Agency RecruitmentIt is …"): a long lower-case run, then a capital
_GLUED = re.compile(r"[a-z]{6}[A-Z][a-z]?\b")
OFFER_AT = 2  # the total cue weight at which a name is offered
MAX_WORDS = 6
_WORD = re.compile(r"[^\s,;:()\[\]{}<>\"“”!?·•|/]+")
_HOST = re.compile(r"(?i)(?:[\w.+-]+@|\bhttps?://|\bwww\.)((?:[a-z0-9-]+\.)+[a-z]{2,})|\b((?:[a-z0-9-]+\.)+[a-z]{2,})/")


@dataclass(frozen=True)
class _Cue:
    name: str
    pattern: re.Pattern
    weight: int
    line_start: bool = False
    org_only: bool = False
    head_only: bool = False


@dataclass(frozen=True)
class _Vocab:
    after: tuple[_Cue, ...]
    before: tuple[_Cue, ...]
    links: frozenset[str]
    agency_words: tuple[str, ...]
    abbreviations: frozenset[str]
    not_after_article: frozenset[str]
    not_names: frozenset[str]
    mail_hosts: frozenset[str]
    weights: dict = field(default_factory=dict)


@cache
def _vocab() -> _Vocab:
    data = load("employer_refs.json")

    def cues(kind: str, flags: int) -> tuple[_Cue, ...]:
        return tuple(
            _Cue(name, re.compile(spec["pattern"], flags), int(spec["weight"]), bool(spec.get("line_start")), bool(spec.get("org_only")), bool(spec.get("head_only")))
            for name, spec in data[kind].items()
        )

    return _Vocab(
        after=cues("after", re.I),
        before=cues("before", 0),  # "(UCP)" is an acronym only in capitals; the verbs are written in lower case
        links=frozenset(data["links"]),
        agency_words=tuple(data["agency_words"]) + title_vocab().intermediary,
        abbreviations=frozenset(data["abbreviations"]),
        not_after_article=frozenset(data["not_after_article"]),
        not_names=frozenset(data["not_names"]),
        mail_hosts=frozenset(data["mail_hosts"]),
        weights={key: int(data[key]) for key in ("head_line", "repeated", "org_name", "domain", "head_lines")},
    )


@dataclass
class _Name:
    value: str
    span: TextSpan
    cues: dict[str, int] = field(default_factory=dict)

    @property
    def weight(self) -> int:
        return sum(self.cues.values())


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(ch.isalpha() for ch in word))


def _runs(text: str, start: int, end: int, links: frozenset[str]) -> list[tuple[int, int]]:
    """The runs of capitalised words (linking words inside) in ``text[start:end]``, words separated
    by single spaces or tabs only; each at most :data:`MAX_WORDS` words, trailing links dropped, a
    run closed after a word ending a sentence (not an abbreviation: "St. Canice's")."""
    abbreviations = _vocab().abbreviations
    out: list[tuple[int, int]] = []
    run: list[re.Match] = []

    def close() -> None:
        while run and run[-1].group().lower() in links:
            run.pop()
        if run:
            out.append((run[0].start(), run[-1].end()))
        run.clear()

    for m in _WORD.finditer(text, start, end):
        word = m.group()
        gap = text[run[-1].end() : m.start()] if run else " "
        if run and (gap.strip(" \t") or len(gap) > 2):
            close()
        if _capitalised(word) and len(run) < MAX_WORDS:
            run.append(m)
            if word.endswith(".") and word not in abbreviations:
                close()  # a sentence ends: "…, Acme Ltd. We …"
        elif run and word.lower() in links and len(run) < MAX_WORDS - 1:
            run.append(m)
        else:
            close()
    close()
    return out


def _run_at(text: str, start: int, links: frozenset[str]) -> Optional[TextSpan]:
    """The run of capitalised words opening at ``start`` (on its line), if any."""
    line_end = text.find("\n", start)
    runs = _runs(text, start, len(text) if line_end < 0 else line_end, links)
    return runs[0] if runs and not text[start : runs[0][0]].strip() else None


def _squash(value: str) -> str:
    return re.sub(r"\W|_", "", value.lower().replace("&", "and"))


def _labels(text: str, hosts: frozenset[str]) -> set[str]:
    """The names the posting's e-mail and web hosts are registered under ("jobs@mail.acme.co.uk" -> "acme")."""
    out = set()
    for m in _HOST.finditer(text):
        parts = (m.group(1) or m.group(2)).lower().split(".")
        parts = [p for p in parts if p != "www"]
        while len(parts) > 1 and (len(parts[-1]) <= 3 or parts[-1] in hosts):
            parts.pop()  # the top-level domains ("co.uk", "com.au", ".example")
        label = parts[-1] if parts else ""
        if len(label) >= 4 and label not in hosts and not label.isdigit():
            out.add(label)
            for tail in ("jobs", "careers", "career", "hr", "hiring", "recruiting"):
                if label.endswith(tail) and len(label) - len(tail) >= 4:
                    out.add(label[: -len(tail)])
    return out


def _names_label(words: list[str], label: str) -> bool:
    """Do the first words of a name spell the host ``label`` ("Peel Comfort" -> "peelcomfort"; "Tarheel
    Biotherapeutics" -> "tarheelbio": the label ends inside the last word it reaches)?"""
    spelled = ""
    for word in words:
        before = spelled
        spelled += _squash(word)
        if spelled == label:
            return True
        if not label.startswith(spelled):
            return bool(before) and label.startswith(before) and spelled.startswith(label)
    return False


def _org_shaped(value: str) -> bool:
    vocab = title_vocab()
    last = value.split()[-1].rstrip(".,")
    return bool(vocab.org_noun.fullmatch(last)) or bool(vocab.legal_form and vocab.legal_form.search(value))


def self_named_employers(ctx: Context) -> list[tuple[str, TextSpan, str]]:
    """The names the posting gives its employer in passing (see the module's docstring), strongest first.

    Args:
        ctx: the posting's rule context.

    Returns:
        ``(name, (start, end), cues)`` with ``cues`` naming what speaks for it ("domain, repeated");
        each name once (case-folded); empty where an intermediary leaves its client unnamed.
    """
    return ctx.once("_employers.self_named", _self_named)


def _self_named(ctx: Context) -> list[tuple[str, TextSpan, str]]:
    if client_unnamed(ctx):
        return []
    vocab, text = _vocab(), ctx.text
    found = _cued_names(text, vocab)
    title = run_rules(ctx, ["title"]).get("title")
    title_key = " ".join(str(title.value).split()).casefold() if title is not None else None
    out = []
    for key, name in found.items():
        value = " ".join(name.value.split())
        if key in vocab.not_names or key == title_key or not _acceptable(value) or _part_of_raw_word(ctx, name.span):
            continue
        if any(word in key for word in vocab.agency_words) and not any(word in (title_key or "") for word in title_vocab().intermediary_titles):
            continue  # "Gulf Manpower" for a nurse's job: the agency placing the nurse, not the employer
        said = len(re.findall(rf"(?<![\w#]){re.escape(value)}(?!\w)", text))
        if said >= 2:
            name.cues["repeated"] = vocab.weights["repeated"]
        if _org_shaped(value):
            name.cues["organisation"] = vocab.weights["org_name"]
        if has_job_noun(value) and name.weight < OFFER_AT + 1:
            continue  # "Revenue Cycle Analyst is a …": a role described, not its employer
        if name.weight >= OFFER_AT:
            out.append(name)
    out.sort(key=lambda n: (-n.weight, n.span[0]))
    return [(n.value, n.span, ", ".join(sorted(n.cues))) for n in out]


def _cued_names(text: str, vocab: _Vocab) -> dict[str, _Name]:
    """Every name a cue speaks for, by case-folded name, with the cues' weights."""
    found: dict[str, _Name] = {}

    def note(span: TextSpan, cue: str, weight: int) -> None:
        value = text[span[0] : span[1]].strip(" .'’")
        if not value:
            return
        key = value.casefold()
        name = found.get(key)
        if name is None:
            name = found[key] = _Name(value, (span[0], span[0] + len(value)))
        name.cues[cue] = max(name.cues.get(cue, 0), weight)

    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    head = [(s, e) for s, e in lines if text[s:e].strip()][: vocab.weights["head_lines"]]
    head_end = head[-1][1] if head else 0
    for cue in vocab.after:
        for m in cue.pattern.finditer(text):
            if cue.line_start and text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip(" \t#*-•"):
                continue
            span = _run_at(text, m.end(), vocab.links)
            if span is None or (cue.org_only and not _org_shaped(text[span[0] : span[1]])):
                continue
            note(span, cue.name, cue.weight)
    labels = _labels(text, vocab.mail_hosts)
    runs = _runs(text, 0, len(text), vocab.links)
    for s, e in runs:
        value = text[s:e]
        for cue in vocab.before:
            if cue.head_only and s >= head_end:
                continue
            m = cue.pattern.match(text, e)
            if m is None or (m.groupdict().get("next") or "").lower() in vocab.not_after_article:
                continue
            note((s, e), cue.name, cue.weight)
        words = value.split()
        if labels and any(_names_label(words, label) or (words[0] in _ARTICLES and _names_label(words[1:], label)) for label in labels):
            note((s, e), "domain", vocab.weights["domain"])  # "The Parkdale Larder" for parkdalelarder.ca
        for ls, le in head:
            if s == ls + len(text[ls:le]) - len(text[ls:le].lstrip()) and not text[e:le].strip():
                note((s, e), "head line", vocab.weights["head_line"])
    return found


def _part_of_raw_word(ctx: Context, span: TextSpan) -> bool:
    """Is the name at ``span`` a piece of a longer word of the raw input (the normaliser cut
    "MarketLoop" at its case change: neither "Market" nor "Loop" is a name)?"""
    source = ctx.doc.source
    start, end = ctx.doc.source_span(*span)
    return (start > 0 and source[start - 1].isalnum()) or (end < len(source) and source[end].isalnum())


def _acceptable(value: str) -> bool:
    """Shaped as an employer's name: a company name, no heading, no place, no site."""
    if not is_company_name(value) or kind_of_heading(value) or gazetteer().knows(value):
        return False
    words = value.split()
    if all(not w[:1].isupper() for w in words) or _GLUED.search(value):
        return False
    if words[0] in _ARTICLES and len(words) == 2 and title_vocab().org_noun.fullmatch(words[1]):
        return False  # "The District is an equal opportunity employer": the organisation's noun, not its name
    return not (len(words) == 1 and len(value) < 3)
