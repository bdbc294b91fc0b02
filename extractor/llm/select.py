"""Select mode: the LLM answers list fields with the numbers of candidate lines.

A small model asked to *write* list items paraphrases and glues them.  In select mode
the posting's candidate lines (the items the rules' splitter cuts from each section,
glued bullets already split) are numbered, shown under their section headings, and the
model answers each list field with line numbers.  Every picked item is then the line
itself: grounded by construction (its span is the line's), a few dozen tokens long, and
no paraphrase can slip in.

The response model holds, per list field, a list of integers bounded by the number of
lines, so a number that names no line breaks the schema and is re-asked (never cached)
by the client's validation policy.  A line the rules placed in another list field from
a section of that kind is never moved by a pick: the LLM adds to what the rules found,
it does not take it away.

A prompt may also have a scalar field *picked* (``picks``; :data:`PICKABLE`): the employer is
answered with the number of one of the names the rules' employer reader leaves unsure
(:func:`extractor.llm.grounding.employer_candidates`), or null.  A small model asked to write the
name copies a piece of it ("Market" for "MarketInvoice", which the normaliser cut at the case
change); a picked name is the text's own, grounded by construction.  The pay is picked where
the pay rule is torn (:func:`pay_options`): among the ranges it ranks alike, its tie-break
(a figure called base pay, the posting's place) left the first one; the answer is the number
of one of them, and the kept value is the rule's own reading of that option.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated, Any, Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field, create_model

from extractor.llm.excerpt import line_window
from extractor.llm.grounding import EmployerName, employer_candidates
from extractor.rules.base import Context, run_rules
from extractor.rules import pay
from extractor.rules.lists import ITEM_CONF, split_items

# the list fields answered by line numbers
SELECT_FIELDS = ("responsibilities", "minimum_qualifications", "preferred_qualifications")
LIST_KINDS = frozenset(SELECT_FIELDS)
# scalar fields a prompt may have picked from numbered names (``picks`` in the prompt file), and their readers
PICKABLE = ("company", "salary")
# sections whose lines are never candidates: they hold no duty or qualification
SKIPPED_KINDS = frozenset({"legal", "company", "benefits", "pay"})
MAX_LINES = 120  # candidate lines shown; a longer posting's tail is not offered
MIN_WORDS = 4  # outside list sections, a shorter line is a label or a value, not an item
MAX_LINE_CHARS = 240  # a line is shown cut to this; its span (the item) stays whole

TextSpan = tuple[int, int]


@dataclass(frozen=True)
class Line:
    """One numbered candidate line: its text, spans in the clean text, and section."""

    number: int
    text: str
    spans: tuple[TextSpan, ...]
    kind: str
    heading: str
    owner: Optional[str] = None  # the list field the rules filed this line under (from its section)


def candidate_lines(ctx: Context) -> list[Line]:
    """The numbered candidate lines of the posting, in text order (at most :data:`MAX_LINES`).

    Lines come from the sections that may hold duties or qualifications (not legal, company,
    benefits or pay sections; the header only when the posting has no other section), split
    as the list rules split them; outside list sections, lines under :data:`MIN_WORDS` words
    are left out.  Each line knows the list field the rules filed it under
    when they took it from a section of that kind.
    """
    sections = [s for s in ctx.sections if s.kind not in SKIPPED_KINDS]
    if any(s.kind != "header" for s in sections):
        sections = [s for s in sections if s.kind != "header"]
    owners = _rule_owners(ctx)
    lines: list[Line] = []
    seen: set[str] = set()
    for section in sections:
        for item in split_items(ctx.text, section.start, section.end, glued=section.kind in LIST_KINDS):
            key = item.value.lower()
            if section.kind not in LIST_KINDS and len(item.value.split()) < MIN_WORDS:
                continue  # "Full Time", "Announcement number": header metadata, not a duty or requirement
            if key in seen:
                continue
            seen.add(key)
            owner = next((f for f, spans in owners.items() if any(_overlaps(item.spans, s) for s in spans)), None)
            lines.append(Line(len(lines) + 1, item.value, item.spans, section.kind, section.heading, owner))
            if len(lines) >= MAX_LINES:
                return lines
    return lines


def _rule_owners(ctx: Context) -> dict[str, list[tuple[TextSpan, ...]]]:
    """Per list field, the item spans the rules took from a section of that kind."""
    owners: dict[str, list[tuple[TextSpan, ...]]] = {}
    for name, cand in run_rules(ctx, SELECT_FIELDS).items():
        if cand.item_spans and cand.confidence >= ITEM_CONF:
            owners[name] = list(cand.item_spans)
    return owners


def _overlaps(a: Iterable[TextSpan], b: Iterable[TextSpan]) -> bool:
    b = list(b)
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


def _preference_possible(ctx: Context, lines: list[Line]) -> bool:
    """Could a picked line be kept as a preferred qualification?  Only under a preferred section,
    or where the line marks the preference itself (the pipeline's rule for postings without one)."""
    from extractor.rules.experience import states_preference

    if ctx.sections_of("preferred_qualifications"):
        return True
    return any(states_preference(ctx.text[ctx.text.rfind("\n", 0, line.spans[0][0]) + 1 : line.spans[-1][1]]) for line in lines if line.spans)


def _renumbered(lines: list[Line]) -> list[Line]:
    """``lines`` numbered 1, 2, 3… again (after some were left out)."""
    return [replace(line, number=i) for i, line in enumerate(lines, 1)]


def render_lines(lines: list[Line]) -> str:
    """The lines as the prompt shows them: ``[Heading]`` over each section's numbered lines."""
    out: list[str] = []
    last: Optional[tuple[str, str]] = None
    for line in lines:
        if (line.kind, line.heading) != last:
            last = (line.kind, line.heading)
            title = line.heading.strip().rstrip(":") or ("Posting" if line.kind == "header" else line.kind.replace("_", " ").capitalize())
            out.append(f"[{' '.join(title.split())[:80]}]")
        text = line.text if len(line.text) <= MAX_LINE_CHARS else line.text[:MAX_LINE_CHARS].rstrip() + "…"
        out.append(f"{line.number}. {text}")
    return "\n".join(out)


@dataclass(frozen=True)
class PayOption:
    """One pay reading the pay rule ranks among its best: the rule's value, its span, the line shown."""

    value: dict[str, Any]
    span: TextSpan
    shown: str
    candidate: Any  # the rule's :class:`~extractor.rules.base.Candidate`


MAX_PAY_OPTIONS = 4


def pay_options(ctx: Context) -> list[PayOption]:
    """The pay readings to pick from when the pay rule is torn, else ``[]``.

    Torn: the rule reads two or more different figures within its tie margin of the best one
    (:data:`extractor.rules.pay.TIE_MARGIN`) and its tie-break (a figure called base pay, the
    place the header names, a fuller range) chose one other than the first.  The options are
    those figures, each once, in text order (at most :data:`MAX_PAY_OPTIONS`), each shown as
    the line (or a window of it) where it stands, less those lying inside another option's range
    (the London band inside "Salary £42,914 - £53,081", the grade's base figure): the golden guide
    takes the first range stated for the job, and the embedded model, shown the parts, picked one
    (on three of five torn UK adverts).  Then one option may be left: the model confirms it or not.
    Read once per posting: the pipeline's ask policy and the prompt's plan both need it.
    """
    return ctx.once("_select.pay_options", _pay_options)


def _pay_options(ctx: Context) -> list[PayOption]:
    found = pay.find_salaries(ctx)
    if len(found) < 2:
        return []
    best = max(c.confidence for c in found)
    close, seen = [], set()
    for c in found:
        key = (c.value.get("min"), c.value.get("max"), c.value.get("currency"), c.value.get("period"))
        if c.confidence >= best - pay.TIE_MARGIN and key not in seen and c.spans:
            seen.add(key)
            close.append(c)
    if len(close) < 2:
        return []
    warnings = list(ctx.warnings)  # the rule's own choice, read again: its warnings are already on the record
    chosen = next(iter(pay.salary(ctx)), None)
    ctx.warnings[:] = warnings
    if chosen is None:
        return []
    if chosen.spans and pay.pay_kind(ctx.text, *chosen.spans[0]) == "base":
        # the base pay chosen over an OTE or total-package figure is the rule's policy, not a tie: those are no options
        close = [c for c in close if _same_pay(c.value, chosen.value) or pay.pay_kind(ctx.text, *c.spans[0]) != "target"]
    if len(close) < 2 or _same_pay(chosen.value, close[0].value):
        return []
    # a figure or range inside another option's range is a part of it restated (a place's band, the
    # grade's base, the offer's start): not the job's pay where the whole range is stated
    close = close[:MAX_PAY_OPTIONS]
    close = [c for c in close if not any(_inside(c.value, other.value) for other in close if other is not c)]
    out = []
    for c in close:
        start, end = c.spans[0]
        ws, we = line_window(ctx.text, start, end)
        shown = " ".join(ctx.text[max(ws, start - 60) : min(we, end + 60)].split())
        out.append(PayOption(c.value, (start, end), shown, c))
    return out


def _inside(part: dict[str, Any], whole: dict[str, Any]) -> bool:
    """Is the pay ``part`` another reading lying within the range ``whole`` (same currency)?  An
    open reading ("25万円以上", "from £40,000") is a floor or a cap, not a part: never inside."""
    low, high = whole.get("min"), whole.get("max")
    figures = (part.get("min"), part.get("max"))
    if low is None or high is None or low >= high or None in figures or _same_pay(part, whole):
        return False
    return part.get("currency") == whole.get("currency") and all(low <= v <= high for v in figures)


def _same_pay(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a.get(k) == b.get(k) for k in ("min", "max", "currency"))


def select_model(types: dict[str, Any], fields: tuple[str, ...], n_lines: int, n_names: int = 0, n_pay: int = 0) -> type[BaseModel]:
    """A response model: list fields as line numbers in ``1..n_lines``, the company as the number
    of one of ``n_names`` names when it is picked (``n_names > 0``), the salary as the number of
    one of ``n_pay`` pay options when it is picked, the others typed by ``types``.

    Raises:
        ValueError: a field has no type in ``types``.
    """
    unknown = [f for f in fields if f not in types and f not in LIST_KINDS]
    if unknown:
        raise ValueError(f"no LLM type for fields {unknown}")
    number = Annotated[int, Field(ge=1, le=max(1, n_lines))]
    definitions: dict[str, Any] = {}
    for name in fields:
        if name in LIST_KINDS:
            # at most one number per line shown: the embedded model otherwise repeats "12, 15, 12, 15…"
            # up to the cap, and every number costs tokens (an answer naming every line selects nothing)
            definitions[name] = (list[number], Field(..., max_length=max(1, min(40, n_lines))))  # type: ignore[valid-type]
        elif name == "company" and n_names:
            definitions[name] = (Optional[Annotated[int, Field(ge=1, le=n_names)]], ...)
        elif name == "salary" and n_pay:
            definitions[name] = (Optional[Annotated[int, Field(ge=1, le=n_pay)]], ...)
        elif name in ("skills", "benefits", "locations"):
            definitions[name] = (types[name], Field(..., max_length=40))
        else:
            definitions[name] = (types[name], ...)
    return create_model("SelectedFields", __config__=ConfigDict(extra="ignore"), **definitions)


def picked(lines: list[Line], field: str, numbers: Iterable[int]) -> list[Line]:
    """The lines ``numbers`` name for ``field``, in text order, without repeats and without
    lines the rules filed under another list field."""
    by_number = {line.number: line for line in lines}
    chosen = sorted({n for n in numbers if n in by_number})
    return [by_number[n] for n in chosen if by_number[n].owner in (None, field)]


@dataclass(frozen=True)
class Plan:
    """What one select-mode request asks and shows.

    ``fields``: the fields asked (a field whose grounding parser reads nothing in the text is
    left out: no answer for it could be kept); ``skipped``: those left out; ``posting``: the
    text the prompt holds (the excerpt for the scalar fields, then the numbered lines and names);
    ``names``: the numbered employer names, when the company is picked; ``pay``: the numbered
    pay options, when the salary is picked.
    """

    fields: tuple[str, ...]
    skipped: tuple[str, ...]
    posting: str
    lines: tuple[Line, ...]
    names: tuple[EmployerName, ...] = ()
    pay: tuple[PayOption, ...] = ()


def plan(ctx: Context, fields: Iterable[str], *, prune: bool = True, picks: Iterable[str] = ()) -> Plan:
    """The request for ``fields`` of the posting in ``ctx`` (see :class:`Plan`).

    Args:
        ctx: the posting.
        fields: the fields to ask, in record order.
        prune: leave out fields that cannot be grounded (off when ungrounded values are kept).
        picks: the scalar fields answered by a name's number (:data:`PICKABLE`); a picked
            company with no employer name in the text is not asked, its evidence is the
            sentences the names stand in; a picked salary is answered by an option's number
            only where the pay rule is torn (:func:`pay_options`), else as written.
    """
    from extractor.llm.excerpt import HEADER_FIELDS, evidence, excerpt, open_regions

    fields = list(fields)
    found = evidence(ctx, fields)
    names: tuple[EmployerName, ...] = ()
    if "company" in fields and "company" in picks:
        names = tuple(employer_candidates(ctx))
        found["company"] = [name.span for name in names]
    options: tuple[PayOption, ...] = ()
    if "salary" in fields and "salary" in picks:
        options = tuple(pay_options(ctx))  # none: the salary is asked as written, if at all
        if options:
            found["salary"] = [option.span for option in options]
    skipped = tuple(f for f in fields if prune and f in found and not found[f])
    lines = candidate_lines(ctx) if any(f in LIST_KINDS for f in fields) else []
    # a line the rules filed under a field not asked cannot be picked (:func:`picked`): not sent
    lines = _renumbered([line for line in lines if line.owner is None or line.owner in fields])
    if not lines:
        skipped += tuple(f for f in fields if f in LIST_KINDS)
    elif "preferred_qualifications" in fields and not _preference_possible(ctx, lines):
        skipped += ("preferred_qualifications",)
    asked = tuple(f for f in fields if f not in skipped)
    # picked pay options are shown as options only (their lines are the options' own text)
    spans = [span for f in asked if not (f == "salary" and options) for span in found.get(f, ())]
    header = any(f in HEADER_FIELDS for f in asked)
    parts = []
    context = excerpt(ctx, spans, header=header, extra=open_regions(ctx, asked)) if (spans or header or open_regions(ctx, asked)) else ""
    if context:
        parts.append(context)
    if lines:
        parts.append("Numbered lines:\n" + render_lines(lines))
    if names and "company" in asked:
        parts.append("Employer names:\n" + "\n".join(f"{n}. {name.value}" for n, name in enumerate(names, 1)))
    if options and "salary" in asked:
        parts.append("Pay options:\n" + "\n".join(f"{n}. {option.shown}" for n, option in enumerate(options, 1)))
    return Plan(asked, skipped, "\n\n".join(parts), tuple(lines), names if "company" in asked else (), options if "salary" in asked else ())
