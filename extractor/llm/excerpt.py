"""Send only what is needed: the lines of a posting where an asked field can stand.

An LLM value is kept only where the rule parser for its field reads it
(:mod:`extractor.llm.grounding`), so the only lines worth sending for a field are the
lines where that parser reads something: pay phrases for ``salary``, dated lines for
``date_posted``, job-id labels for ``job_id``, degree mentions for ``education_level``,
the places a title, an employer or a team may stand (header lines, labels, "About
<Company>", "Join <Company>", EEO sentences) for those fields, and so on.  A field with
no such line anywhere cannot be grounded: it is not asked at all.

:func:`evidence` finds those spans per field; :func:`excerpt` turns them into the text the
prompt holds (whole lines in text order, a long line cut to a window around its
evidence, gaps marked ``…``).
"""

from __future__ import annotations

from typing import Callable, Iterable

from extractor.rules.base import Context
from extractor.rules.dates import posting_date_readings
from extractor.rules.education import find_mentions
from extractor.rules.employment import employment_cues, find_hours
from extractor.rules.experience import find_statements
from extractor.rules.ids import find_job_ids
from extractor.rules.location import place_readings
from extractor.rules.workplace import workplace_cues
from extractor.rules.pay import find_salaries
from extractor.rules.title import team_places, title_places
from extractor.llm.grounding import employer_places, holds_sentence

TextSpan = tuple[int, int]
HEADER_CHARS = 600  # the top of the posting, shown whenever a header field is asked
WINDOW = 160  # characters kept either side of the evidence on a long line
LONG_LINE = 2 * WINDOW + 80
SUMMARY_CHARS = 700  # the opening of the summary/description, when the summary is asked
OPEN_FIELDS = frozenset({"skills", "benefits"})  # written from the whole list sections (LLM-only mode)
# the fields whose prompt shows the top of the posting; not the company: an LLM employer counts only
# at an employer cue outside the header lines (:func:`extractor.llm.grounding.employer_places`), and
# those cue lines are sent as its evidence
HEADER_FIELDS = frozenset({"title", "team", "locations", "workplace", "employment_type"})


def _spans_of(found: Iterable, how: Callable) -> list[TextSpan]:
    out = []
    for item in found:
        out.extend(how(item))
    return out


def evidence(ctx: Context, fields: Iterable[str]) -> dict[str, list[TextSpan]]:
    """Per asked field, the spans of ``ctx.text`` where its grounding parser reads something.

    Fields without a parser here (list fields, skills, benefits) are not in the result;
    a field with a parser that reads nothing maps to ``[]`` (it cannot be grounded).

    Args:
        ctx: the posting.
        fields: the fields to be asked.
    """
    finders: dict[str, Callable[[], list[TextSpan]]] = {
        "title": lambda: title_places(ctx),
        "company": lambda: employer_places(ctx),
        "team": lambda: team_places(ctx),
        "locations": lambda: _spans_of(place_readings(ctx), lambda f: f.spans or ((f.start, f.end),)),
        "workplace": lambda: [(c.start, c.end) for c in workplace_cues(ctx)],
        "employment_type": lambda: [(c.start, c.end) for c in employment_cues(ctx)],
        "job_id": lambda: _spans_of(find_job_ids(ctx.text), lambda c: c.spans[:1]),
        "date_posted": lambda: [(r.evidence_start, r.found.end) for r in posting_date_readings(ctx.text) if r.confidence is not None],
        "weekly_hours": lambda: [(r.start, r.end) for r in find_hours(ctx)],
        "salary": lambda: _spans_of(find_salaries(ctx), lambda c: c.spans[:1]),
        "min_years_experience": lambda: [(s.start, s.end) for s, _tier in find_statements(ctx)],
        "education_level": lambda: [(m.start, m.end) for m in find_mentions(ctx)],
        "summary": lambda: _summary_spans(ctx),
    }
    return {name: [s for s in finders[name]() if 0 <= s[0] < s[1] <= len(ctx.text)] for name in fields if name in finders}


def _summary_spans(ctx: Context) -> list[TextSpan]:
    """The opening of the first summary, description or header section that holds a sentence
    (:func:`extractor.llm.grounding.holds_sentence`); with none of them, the opening of the text,
    if it holds one.  Where those sections hold only a title or label lines ("Role: Technical
    Lead"), nothing: asked with them, the model answered the title as the summary."""
    kinds = ("summary", "description", "header")
    if not ctx.sections_of(*kinds):
        opening = (0, min(len(ctx.text), SUMMARY_CHARS))
        return [opening] if holds_sentence(ctx.text[: opening[1]]) else []
    for kind in kinds:
        for section in ctx.sections_of(kind):
            span = (section.start, min(section.end, section.start + SUMMARY_CHARS))
            if holds_sentence(ctx.text[span[0] : span[1]]):
                return [span]
    return []


def line_window(text: str, start: int, end: int) -> TextSpan:
    """The line around ``text[start:end]``; on a long line, a window around the span."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if le - ls <= LONG_LINE:
        return ls, le
    ws, we = max(ls, start - WINDOW), min(le, end + WINDOW)
    while ws > ls and not text[ws - 1].isspace():
        ws -= 1
    while we < le and not text[we].isspace():
        we += 1
    return ws, we


def _header_end(text: str) -> int:
    """Where the top of the posting shown for header fields ends: at a line end near
    :data:`HEADER_CHARS`, else at a space before it (a long first paragraph is cut)."""
    if len(text) <= HEADER_CHARS:
        return len(text)
    line_end = text.find("\n", HEADER_CHARS)
    if 0 <= line_end <= HEADER_CHARS + 80:
        return line_end
    before = text.rfind("\n", 0, HEADER_CHARS)
    if before >= HEADER_CHARS // 2:
        return before
    space = text.rfind(" ", 0, HEADER_CHARS)
    return space if space > 0 else HEADER_CHARS


def excerpt(ctx: Context, spans: Iterable[TextSpan], *, header: bool = False, extra: Iterable[TextSpan] = ()) -> str:
    """The text the prompt holds: the lines around ``spans`` (plus the top of the posting when
    ``header``, plus the ``extra`` regions whole), merged, in text order, gaps marked ``…``."""
    text = ctx.text
    regions = [line_window(text, s, e) for s, e in spans]
    if header and text:
        regions.append((0, _header_end(text)))
    regions.extend(extra)
    regions = sorted((s, e) for s, e in regions if e > s)
    merged: list[list[int]] = []
    for s, e in regions:
        if merged and s <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    parts = []
    for s, e in merged:
        chunk = "\n".join(line.strip() for line in text[s:e].splitlines() if line.strip())
        if chunk:
            parts.append(chunk)
    return "\n…\n".join(parts)


def open_regions(ctx: Context, fields: Iterable[str]) -> list[TextSpan]:
    """Whole sections for the fields written from free text (skills, benefits; LLM-only mode)."""
    wanted = set(fields)
    kinds = []
    if "skills" in wanted:
        kinds += ["minimum_qualifications", "preferred_qualifications"]
    if "benefits" in wanted:
        kinds += ["benefits"]
    return [(s.heading_start, s.end) for s in ctx.sections_of(*kinds)]
