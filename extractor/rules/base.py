"""The rule registry: what a rule receives, what it returns, how rules are found.

A rule is a function ``(ctx: Context) -> Iterable[Candidate]`` (a :class:`Candidate` is an
:class:`~extractor.provenance.Extraction`) registered with
``@rule("field_name", name="family.what")``.  One module per field family
(``pay``, ``dates``, ``ids``, ``location``…) registers its rules on import;
:func:`run_rules` runs every registered rule and keeps, per field, the
candidate with the highest confidence.  Spans in a candidate are offsets into
``ctx.doc.text`` (the clean text), the pipeline maps them back to the raw input.
The :class:`~extractor.context.Context` is built by the pipeline
(:func:`extractor.context.context_for`); rules only read it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from extractor import fastre
from extractor.context import Context
from extractor.faults import fault_warning, strict
from extractor.normalize import CARD_PAY_LINE, CARD_POINTER
from extractor.provenance import Extraction, TextSpan  # noqa: F401  (TextSpan re-exported for the rule modules)

log = logging.getLogger(__name__)

# What a rule returns: one :class:`~extractor.provenance.Extraction` (field, value, spans,
# confidence, the rule's name as ``method``; ``item_spans`` for a list), the same type the LLM
# stage and the merge use.
Candidate = Extraction


RuleFn = Callable[[Context], Iterable[Candidate]]


@dataclass(frozen=True)
class RegisteredRule:
    field: str
    name: str
    fn: RuleFn


REGISTRY: dict[str, list[RegisteredRule]] = {}


def rule(field_name: str, *, name: str) -> Callable[[RuleFn], RuleFn]:
    """Register ``fn`` as a rule for ``field_name`` under ``name`` (e.g. ``"pay.range"``)."""

    def register(fn: RuleFn) -> RuleFn:
        REGISTRY.setdefault(field_name, []).append(RegisteredRule(field_name, name, fn))
        return fn

    return register


@dataclass
class Cue:
    """One piece of evidence for an enum value (``remote``, ``full_time``…) at ``text[start:end]``."""

    value: str
    confidence: float
    start: int
    end: int
    labelled: bool = False


def vote(
    cues: list[Cue], *, specificity: dict[str, float], support_step: float, ceiling: float
) -> Optional[tuple[str, float, list[Cue]]]:
    """Pick the best-supported value among ``cues``.

    A value scores its best cue's confidence, plus ``support_step`` per further cue (at most
    0.1), plus its ``specificity`` (which only breaks near-ties); ties go to the value seen
    first.  The confidence drops by 0.1 when the runner-up is within 0.1, and is kept
    within [0.3, ``ceiling``].

    Returns:
        ``(value, confidence, supporting cues in text order)``, or None without cues.
    """
    if not cues:
        return None
    support: dict[str, list[Cue]] = {}
    for cue in cues:
        support.setdefault(cue.value, []).append(cue)
    scores = {
        value: max(c.confidence for c in group) + min(0.1, support_step * (len(group) - 1)) + specificity.get(value, 0.0)
        for value, group in support.items()
    }
    ranked = sorted(scores, key=lambda v: (scores[v], -min(c.start for c in support[v])), reverse=True)
    value = ranked[0]
    confidence = scores[value] - specificity.get(value, 0.0)
    if len(ranked) > 1 and scores[ranked[0]] - scores[ranked[1]] < 0.1:
        confidence -= 0.1
    return value, max(0.3, min(ceiling, confidence)), sorted(support[value], key=lambda c: c.start)


# The end of a sentence for the rules: ., !, ? or ; before a blank, or a line break.  A few rules
# cut differently on purpose and keep their own pattern: pay wants a capital (or "**") after the
# blank, experience also ends at a mark closing the text, location also before a glued capital
# ("…today.Seattle"), title ignores ";" and line breaks.
SENTENCE_END = fastre.compile(r"[.!?;](?=\s)|\n")


def sentence_around(text: str, start: int, end: int, *, reach: int, boundary: "re.Pattern[str]" = SENTENCE_END) -> tuple[str, str]:
    """The parts of the sentence before and after ``text[start:end]``.

    Each part is cut at the nearest ``boundary`` match and bounded to ``reach`` characters,
    so the cost stays constant whatever the text's length.
    """
    left = text[max(0, start - reach) : start]
    ends = list(boundary.finditer(left))
    if ends:
        left = left[ends[-1].end() :]
    right = text[end : end + reach]
    stop = boundary.search(right)
    if stop:
        right = right[: stop.start()]
    return left, right


def line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """``(line start, line end)`` of the line(s) holding ``text[start:end]``, without the line breaks."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(text)


# the joins of a card's parts: "Heavy Diesel Fitter · Ironbark Mining · Newman WA · 4d ago", "Acme | Remote | Full-time"
CARD_JOIN = fastre.compile(r"[ \t]+[|·•—][ \t]+")  # (an em dash too: "Agent — Sterling Talk — Abuja — 1 week ago")
CARD_WINDOW = 4000  # how far from the top a board's search results may stand
# a result card's age, closing one of its parts: "4d ago", "1w ago", "3 days ago", "30+ days ago", "Just posted", "Today"
# (the card being read may carry the board's mark after it: "Posted 4 days ago  ◀ viewing")
_CARD_AGE = fastre.compile(
    r"(?i)(?:\d{1,2}\+?[ \t]?(?:[hdwm]|hrs?|hours?|days?|wks?|weeks?|mos?|months?)[ \t]+ago|just[ \t]+posted|today|yesterday|new)[ \t]*(?:$|[|·•]|[◀◄←▶►<]?[ \t]*[(\[]?(?:viewing|selected|current)[)\]]?[ \t]*$)", re.M
)


# a card written over lines closes with its age, alone or after a button: "Easy Apply 3d", "30d+", "24h", "2 days ago"
_BLOCK_CARD_AGE = fastre.compile(
    r"(?i)(?:^|[ \t])(?:\d{1,2}\+?[ \t]?(?:[hdwm]|hrs?|hours?|days?|wks?|weeks?)\+?(?:[ \t]+ago)?|just[ \t]+posted|today|yesterday"
    # the age in Spanish, Portuguese, French, German: "Hace 5 días", "há 3 dias", "il y a 2 jours", "vor 3 Tagen"
    r"|(?:hace|h[áa]|il[ \t]+y[ \t]+a|vor)[ \t]+(?:\d{1,2}|una?|um|uma|un|une|einem|einer)[ \t]+(?:horas?|d[íi]as?|semanas?|mes(?:es)?|meses|heures?|jours?|semaines?|mois|stunden?|tagen?|wochen?|monaten?)"
    r"|hoy|ayer|hoje|ontem|aujourd['’]hui|hier|heute|gestern)[ \t]*$"
)
# a card opening with the board's pointer mark: cards listed with no blank line between them ("▸ Agente de Ventas" / …)
_CARD_POINTER_LINE = fastre.compile(r"\n(?=" + CARD_POINTER.pattern + ")")
_BLOCK_CARD_LINES = (3, 6)  # a card's lines, its age's line included: employer, title, place, pay, age


def results_cards(ctx: Context) -> list[tuple[int, int]]:
    """The spans of a board's search results over the posting: runs of two or more consecutive lines, each a card
    of three or more parts with its age ("Auto Electrician · Pilbara Plant Hire · Port Hedland WA · 1w ago"), or of
    two or more consecutive blocks of three to six lines, each closing with its age ("Easy Apply 3d"), or three or
    more such blocks each with a pay line ("$56K - $64K (Employer est.)", the ages cut with the buttons), in the
    first :data:`CARD_WINDOW` characters. Their places and pay are other jobs' (the posting's own card repeats its
    head below them); a posting's own metadata rows ("Chicago, IL · Reposted 1 week ago" over "$112K/yr · Hybrid")
    do not all carry an age."""
    return ctx.once("_base.results_cards", _read_results_cards)  # type: ignore[no-any-return]


def _read_results_cards(ctx: Context) -> list[tuple[int, int]]:
    return card_spans(ctx.text)


def card_spans(text: str) -> list[tuple[int, int]]:
    """:func:`results_cards` of a bare text (uncached: the head-block readers, which see no context, use it).

    One pass over the lines finds both kinds of one-line rows: cards closing with their age, and rows without ages
    listed over the job the reader opened (a search's split view: "Store Keeper   | Al Bahar Trading | Al Khobar |
    SAR 3,500 a month", two of one row's cells being lines of the header shown under the list)."""
    aged_runs: list[tuple[int, int]] = []
    listed_runs: list[tuple[int, int]] = []
    aged: list[tuple[int, int]] = []
    listed: list[tuple[int, int]] = []
    at = 0
    limit = min(len(text), CARD_WINDOW)
    while at < limit:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        row = len(CARD_JOIN.findall(text, at, end)) >= 2
        if row and _CARD_AGE.search(text, at, end):
            aged.append((at, end))
        else:
            aged = _closed(aged, aged_runs)
        if row:
            listed.append((at, end))
        else:
            listed = _closed(listed, listed_runs, opened_in=text)
        at = end + 1
    _closed(aged, aged_runs)
    _closed(listed, listed_runs, opened_in=text)
    return aged_runs + _block_cards(text, limit) + listed_runs


def _closed(run: list[tuple[int, int]], runs: list[tuple[int, int]], opened_in: Optional[str] = None) -> list[tuple[int, int]]:
    """Record ``run``'s span in ``runs`` when it holds two rows or more (with ``opened_in``, the text, only when one of
    its rows is the job opened below it: :func:`_row_opened_below`); return a new, empty run."""
    if len(run) >= 2 and (opened_in is None or _row_opened_below(opened_in, run)):
        runs.append((run[0][0], run[-1][1]))
    return []


_ROW_CELLS = fastre.compile(r"[ \t]+[|·•][ \t]+|[ \t]{3,}")
_ROW_BOX = fastre.compile(r"^[ \t]*(?:\[[ xX]?\]|[☐☑☒○●◯])[ \t]*")  # a result row's check box: "[ ] Staff Nurse …"
_OPENED_LINES = 8  # how far under the list the opened job's header is looked for


def _row_opened_below(text: str, run: list[tuple[int, int]]) -> bool:
    """Whether two cells of one row of ``run`` are lines among the first :data:`_OPENED_LINES` non-empty lines under it."""
    lines = [line for line in text[run[-1][1] : run[-1][1] + 1200].split("\n") if line.strip()][:_OPENED_LINES]
    below = {" ".join(line.split()) for line in lines}
    for a, b in run:
        cells = {" ".join(cell.split()) for cell in _ROW_CELLS.split(_ROW_BOX.sub("", text[a:b])) if cell.strip()}
        if len(cells & below) >= 2:
            return True
    return False


def _block_cards(text: str, limit: int) -> list[tuple[int, int]]:
    """Runs of consecutive blank-line-separated blocks of short lines, each a card closing with its age or holding a
    pay line (how many make a run: :func:`_card_run`)."""
    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    at = 0
    while at < limit:
        end = text.find("\n\n", at)
        end = len(text) if end < 0 else end
        pointer = _CARD_POINTER_LINE.search(text, at + 1, end)
        gap = 2
        if pointer is not None:
            end, gap = pointer.start(), 1
        lines = [line for line in text[at:end].split("\n") if line.strip()]
        low, high = _BLOCK_CARD_LINES
        if len(lines) > high and text[at:end].count("\n") + 1 == len(lines):  # cards listed with no blank line between them: one card
            aged_at = next((k for k, line in enumerate(lines[low - 1 : high], low - 1) if _BLOCK_CARD_AGE.search(line)), None)  # through its age
            if aged_at is not None:
                end, gap = at + sum(len(line) + 1 for line in lines[: aged_at + 1]) - 1, 1
                lines = lines[: aged_at + 1]
        card = low <= len(lines) <= high and all(len(line) <= 80 and not line.rstrip().endswith((".", ":")) for line in lines)
        if card and run and _repeats_card(text, run, lines):
            card = False  # the selected job's own header under the list, its title and employer as its card gave them
        if card and (_BLOCK_CARD_AGE.search(lines[-1]) or any(CARD_PAY_LINE.match(line) for line in lines)):
            run.append((at, end, bool(_BLOCK_CARD_AGE.search(lines[-1]))))
        else:
            runs.extend(_card_run(run))
            run = []
        at = end + gap
    return runs + _card_run(run)


def _repeats_card(text: str, run: list[tuple[int, int, bool]], lines: list[str]) -> bool:
    """Whether two of a block's ``lines`` (its title and employer) are lines of one card of the ``run`` before it: the
    job the reader opened, its header shown under the list of results (LinkedIn's, Indeed's detail pane)."""
    own = {" ".join(line.split()) for line in lines}
    aged_inside = any(_BLOCK_CARD_AGE.search(part.strip()) for line in lines[:-1] for part in line.split("·")[1:])
    for a, b, _ in run:
        card = [" ".join(line.split()) for line in text[a:b].split("\n") if line.strip()]
        if len(own & set(card)) >= 2 or aged_inside and card and card[0] == " ".join(lines[0].split()):
            return True  # (its title alone when the page dropped its employer's line as a repeat: "Laval, QC · 1 week ago · 47 applicants")
    return False



def _card_run(run: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """The span of a run of card blocks: two or more that close with their age, or three or more with a pay line
    (a board's ages are often cut with its buttons)."""
    aged = all(a for _, _, a in run)
    return [(run[0][0], run[-1][1])] if len(run) >= (2 if aged else 3) else []


def lower_same_length(text: str) -> str:
    """``text.lower()`` with the same length as ``text``, so offsets into one index the other (a
    character whose lower case is longer, such as "İ", stays as it is): the rules' one case fold."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


_CARD_FIELDS = frozenset({"company", "team"})  # what a search result's card says of its own job (workplace cues: see workplace.py)


def _on_other_cards(ctx: Context, cand: Candidate) -> bool:
    """Whether all of ``cand``'s evidence stands on the search results listed over the posting (:func:`results_cards`):
    another job's employer, team or workplace (the opened job's head below the list repeats its own)."""
    cards = results_cards(ctx) if cand.spans and not cand.raw_spans else []
    return bool(cards) and all(any(a <= s and e <= b for a, b in cards) for s, e in cand.spans)


def run_rules(ctx: Context, fields: Optional[Iterable[str]] = None) -> dict[str, Candidate]:
    """Run the registered rules (for ``fields``, or all) and keep the best candidate per field.

    A rule that raises is skipped with a warning in ``ctx.warnings``: a rule bug never loses
    the record, and never goes unnoticed.  Ties in confidence go to the rule registered first.

    Raises:
        Exception: whatever a rule raised, in strict mode (``EXTRACTOR_STRICT=1``) only.
    """
    best: dict[str, Candidate] = {}
    wanted = list(REGISTRY) if fields is None else [f for f in fields if f in REGISTRY]
    for field_name in wanted:
        for registered in REGISTRY[field_name]:
            try:
                candidates = list(registered.fn(ctx))
            except Exception as exc:  # noqa: BLE001 - a faulty rule must not lose the record
                if strict():
                    raise
                log.debug("rule %s failed", registered.name, exc_info=True)  # the record says so; the traceback is for debugging
                ctx.warnings.append(fault_warning(f"rule {registered.name}", exc, f"{field_name} has no value from it"))
                continue
            for cand in candidates:
                if cand.field != field_name or field_name in _CARD_FIELDS and _on_other_cards(ctx, cand):
                    continue
                if field_name not in best or cand.confidence > best[field_name].confidence:
                    best[field_name] = cand
    return best

