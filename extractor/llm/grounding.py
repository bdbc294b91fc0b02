"""Grounding: does the posting state an LLM value *as that field*, and where?

Matching characters is not enough: "Founded in 2024" holds the digits of a 2024 date
and "1 office and 12 engineers" the numbers of a {1, 12} salary, yet neither states
that field.  So every typed value is checked with the parser the rules use for its
field, and counts only where that parser reads the same value:

* ``salary``: the pay parser (:func:`extractor.rules.pay.find_salaries`) must read a pay
  amount or range with those bounds (and the currency/period, when both state one);
* ``date_posted``: the date parser must read that date as the posting date (not a
  closing, start or range-end date) (:func:`extractor.rules.dates.posting_date_readings`);
* ``weekly_hours``: the hours parser must read that many hours per week;
* ``min_years_experience``: the experience parser must read that many years of experience;
* ``job_id``: the id parser must read that identifier after a job-id label;
* ``locations``: the gazetteer must read the place where the posting states a place of work;
* ``workplace``, ``employment_type``, ``education_level``: a rule cue for that value (its
  vocabulary, negation and sense filters applied) must be stated;
* ``title``, ``company``, ``team``: the words must appear verbatim (``exact``) or nearly so
  (``fuzzy``) where that field may stand (:func:`extractor.rules.title.title_places` and
  its company/team counterparts);
* list items: the words must appear in the (clean) posting text; the summary too, and it must
  be a sentence, not a heading, a label or the job title;
* a field whose grounder is ``by_rule`` (``visa_sponsorship``): the field's own rules must read
  the same value.

Which check a field gets is the ``grounder`` of its entry in :data:`extractor.fields.FIELDS`.

Each check gives an :class:`Alignment`: a status (``exact`` / ``fuzzy`` / ``ungrounded``),
the evidence spans (offsets into the clean text; the pipeline maps them to the raw input)
and a reason saying why.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from difflib import SequenceMatcher
from functools import cached_property
from typing import Any, Callable, Optional, Sequence

from extractor.fields import EDUCATION_ORDER, FIELDS
from extractor.provenance import AlignmentStatus
from extractor.rules.base import Context, Cue, run_rules
from extractor.rules.dates import DateReading, posting_date_readings
from extractor.rules.education import find_mentions
from extractor.rules.employment import HoursReading, employment_cues, find_hours
from extractor.rules.experience import find_statements
from extractor.rules.ids import find_job_ids
from extractor.rules.location import CITY, COUNTRY, STRONG_HOW, Found, gazetteer, place_readings
from extractor.rules.workplace import workplace_cues
from extractor.rules.pay import find_salaries
from extractor.rules.title import HEADER_LINES, posting_start, top_lines, company_places, team_places, title_places
from extractor.rules.title import board_tail, has_job_noun, looks_like_title, trimmed_hit, is_company_name, trim_title, menu_row
# the company rules' employer reader, read here as the rules read it (the LLM layer may import the rules, never the reverse)
from extractor.rules.title import client_unnamed, unsure_employer_names, weak_employer_names
from extractor.sections import kind_of_heading

FUZZY_THRESHOLD = 0.75
_TOKEN = re.compile(r"\w+", re.UNICODE)
TextSpan = tuple[int, int]

EXACT, FUZZY, UNGROUNDED = AlignmentStatus.EXACT, AlignmentStatus.FUZZY, AlignmentStatus.UNGROUNDED


@dataclass(frozen=True)
class Alignment:
    """Where (and how well) a value is stated in the clean text, and why."""

    status: AlignmentStatus
    spans: tuple[TextSpan, ...] = ()
    coverage: float = 0.0
    reason: str = ""
    value: Any = None  # the text's own reading of the value, when it differs from the answer (None: as answered)


def ungrounded(reason: str) -> Alignment:
    return Alignment(UNGROUNDED, (), 0.0, reason)


class Aligner:
    """Aligns free text against one clean text (token index built once)."""

    def __init__(self, text: str):
        self.text = text
        self.tokens: list[str] = []
        self.offsets: list[TextSpan] = []
        for match in _TOKEN.finditer(text.lower()):
            self.tokens.append(match.group())
            self.offsets.append(match.span())

    @cached_property
    def _positions(self) -> dict[str, list[int]]:
        positions: dict[str, list[int]] = defaultdict(list)
        for index, token in enumerate(self.tokens):
            positions[token].append(index)
        return positions

    def align_text(self, value: str, within: Optional[Sequence[TextSpan]] = None) -> Alignment:
        """Where do ``value``'s words appear in the text, in order?

        Args:
            value: the text to find.
            within: if given, only alignments lying wholly inside one of these spans count.

        Returns:
            ``exact`` (every word, contiguous), ``fuzzy`` (at least :data:`FUZZY_THRESHOLD`
            of the words close together) or ``ungrounded``.
        """
        wanted = _TOKEN.findall(value.lower())
        if not wanted:
            return ungrounded("no words in the value")
        positions = self._positions
        anchors = [t for t in wanted if t in positions]
        if not anchors:
            return ungrounded("not found in the text")
        rarest = min(anchors, key=lambda t: len(positions[t]))
        offset_in_value = wanted.index(rarest)
        best: Optional[Alignment] = None
        size = len(wanted)
        tried = 0
        for position in positions[rarest]:
            if within is not None and not _inside(self.offsets[position], within):
                continue
            tried += 1
            if tried > 200:
                break
            lo = max(0, position - offset_in_value - size // 4 - 1)
            hi = min(len(self.tokens), position - offset_in_value + size + size // 4 + 1)
            window = self.tokens[lo:hi]
            matcher = SequenceMatcher(None, window, wanted, autojunk=False)
            blocks = [b for b in matcher.get_matching_blocks() if b.size]
            matched = sum(b.size for b in blocks)
            coverage = matched / size
            if best is not None and coverage <= best.coverage:
                continue
            span = (self.offsets[lo + blocks[0].a][0], self.offsets[lo + blocks[-1].a + blocks[-1].size - 1][1])
            if within is not None and not _inside(span, within):
                continue
            exact = matched == size and len(blocks) == 1
            best = Alignment(EXACT if exact else FUZZY, (span,), coverage)
            if exact:
                break
        if best is None or best.coverage < FUZZY_THRESHOLD:
            return ungrounded("not found in the text")
        return best


def _inside(span: TextSpan, places: Sequence[TextSpan]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in places)


def _same(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=0.005)


def _number(value: Any) -> Optional[float]:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _written(text: str, number: float) -> bool:
    """Is ``number`` written somewhere in ``text`` ("12", "12.5", "12,5")?  Used only to explain a miss."""
    forms = {f"{number:g}", f"{number:g}".replace(".", ",")}
    if number == int(number):
        forms.add(f"{int(number):,}")
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d])", text) for f in forms)


def _show(number: float) -> str:
    return f"{number:g}"


class Grounder:
    """Grounds LLM values against one posting; the rule parsers run once each, on first need."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text
        self.aligner = Aligner(ctx.text)

    # -- dispatch -------------------------------------------------------------------
    def ground(self, field: str, value: Any) -> Alignment:
        """Ground one scalar value of ``field`` (anything but a list field).

        Args:
            field: a record field name.
            value: the LLM's value, as JSON (a salary is a dict, a date an ISO string).

        Returns:
            The :class:`Alignment`; never raises on odd values (they are ungrounded).
        """
        spec = FIELDS.get(field)
        grounder = spec.grounder if spec is not None else "free_text"
        if grounder == "by_rule":
            return self.by_rule(field, value)
        handler: Callable[[Any], Alignment] = getattr(self, grounder)
        return handler(value)

    def ground_item(self, field: str, item: Any) -> Alignment:
        """Ground one item of a list field (a place of ``locations``, or a text item)."""
        return self.ground(field, item)

    def by_rule(self, field: str, value: Any) -> Alignment:
        """A value the field's own rules read in the text (fields whose grounder is ``by_rule``)."""
        found = run_rules(self.ctx, [field]).get(field)
        if found is None:
            return ungrounded(f"no rule reads {field} in the text")
        if found.value != value:
            return ungrounded(f"the text states {found.value!r}, not {value!r}")
        return Alignment(EXACT, found.spans, 1.0, f"rule {found.method} reads this value at evidence")

    # -- numbers and dates -----------------------------------------------------------
    @cached_property
    def _salaries(self) -> list:
        return find_salaries(self.ctx)

    def salary(self, value: Any) -> Alignment:
        """A pay amount or range the pay parser reads with the same bounds (currency/period agreeing)."""
        if not isinstance(value, dict):
            return ungrounded("not a salary")
        low, high = _number(value.get("min")), _number(value.get("max"))
        if low is None and high is None:
            return ungrounded("no amount in the value")
        conflict = ""
        for cand in self._salaries:
            got = cand.value
            if not all(_same(mine, theirs) for mine, theirs in ((low, got["min"]), (high, got["max"])) if mine is not None):
                continue
            clash = [f"{key} {value[key]} where the pay phrase states {got[key]}" for key in ("currency", "period") if value.get(key) and got.get(key) and value[key] != got[key]]
            if clash:
                conflict = conflict or "; ".join(clash)
                continue
            added = [key for key in ("currency", "period") if value.get(key) and not got.get(key)]
            missing = [key for key in ("min", "max") if got[key] is not None and value.get(key) is None]
            if added or missing:
                return Alignment(FUZZY, cand.spans[:1], 1.0, f"pay phrase states the amount; {', '.join(added + missing)} not as stated")
            return Alignment(EXACT, cand.spans[:1], 1.0, "pay phrase at evidence states this amount")
        if conflict:
            return ungrounded(conflict)
        numbers = [n for n in (low, high) if n is not None]
        if any(_written(self.text, n) for n in numbers):
            return ungrounded("number found but no pay phrase states it as pay")
        return ungrounded("no pay phrase states this amount")

    @cached_property
    def _dates(self) -> list[DateReading]:
        return posting_date_readings(self.text)

    def date_posted(self, value: Any) -> Alignment:
        """A date the date parser reads as the posting date."""
        try:
            wanted = date.fromisoformat(str(value))
        except ValueError:
            return ungrounded("not an ISO date")
        other_use = False
        for reading in self._dates:
            found = reading.found
            if found.value == wanted:
                if reading.confidence is not None:
                    return Alignment(EXACT, ((reading.evidence_start, found.end),), 1.0, "date parser reads the posting date at evidence")
                other_use = True
        for reading in self._dates:
            found = reading.found
            if reading.confidence is not None and found.ambiguous and _swapped(found.value) == wanted:
                return Alignment(FUZZY, ((reading.evidence_start, found.end),), 1.0, "posting date whose day/month order the text leaves open")
        if other_use:
            return ungrounded("date stated, but not as the posting date (a closing, start or range date, or far from the top)")
        if _written(self.text, wanted.year):
            return ungrounded("no date parse yields this date (the year alone is not a posting date)")
        return ungrounded("no such date in the text")

    @cached_property
    def _hours(self) -> list[HoursReading]:
        return find_hours(self.ctx)

    def weekly_hours(self, value: Any) -> Alignment:
        """Hours per week the hours parser reads ("37.5 hours per week", "Weekly hours: 40")."""
        number = _number(value)
        if number is None:
            return ungrounded("not a number")
        for reading in self._hours:
            if _same(reading.value, number):
                return Alignment(EXACT, ((reading.start, reading.end),), 1.0, "hours parser reads these weekly hours at evidence")
        for reading in self._hours:
            if _same(reading.upper, number):
                return Alignment(FUZZY, ((reading.start, reading.end),), 1.0, "the upper end of a stated range of weekly hours")
        if _written(self.text, number):
            return ungrounded("number found but not as weekly hours")
        return ungrounded("no weekly hours stated")

    @cached_property
    def _statements(self) -> list:
        return find_statements(self.ctx)

    def min_years_experience(self, value: Any) -> Alignment:
        """Years the experience parser reads in an experience sense ("3+ years of experience")."""
        number = _number(value)
        if number is None:
            return ungrounded("not a number")
        for statement, _tier in self._statements:
            if _same(statement.value, number):
                return Alignment(EXACT, ((statement.start, statement.end),), 1.0, "experience parser reads these years at evidence")
        if _written(self.text, number):
            return ungrounded("number found but not as years of experience")
        return ungrounded("no years of experience stated")

    @cached_property
    def _job_ids(self) -> list:
        return find_job_ids(self.text)

    def job_id(self, value: Any) -> Alignment:
        """An identifier the id parser reads after a job-id label."""
        wanted = _id_key(str(value))
        if not wanted:
            return ungrounded("empty identifier")
        partial = None
        for cand in self._job_ids:
            got = _id_key(str(cand.value))
            if got == wanted:
                return Alignment(EXACT, cand.spans[:1], 1.0, "job-id label states this identifier")
            if partial is None and len(wanted) >= 3 and (wanted in got or got in wanted):
                partial = cand
        if partial is not None:
            return Alignment(FUZZY, partial.spans[:1], 1.0, f"job-id label states {partial.value}")
        if str(value).strip() and str(value).strip() in self.text:
            return ungrounded("found in the text but not after a job-id label")
        return ungrounded("no job-id label states this identifier")

    # -- places ----------------------------------------------------------------------
    @cached_property
    def _places(self) -> list[Found]:
        return place_readings(self.ctx)

    def location(self, value: Any) -> Alignment:
        """A place the gazetteer reads where the posting states a place of work."""
        if not isinstance(value, dict):
            return ungrounded("not a place")
        parts = {key: value.get(key) for key in ("city", "region", "country") if value.get(key)}
        if not parts:
            return ungrounded("no place in the value")
        not_work = None
        for found in self._places:
            inferred = _place_match(parts, found)
            if inferred is None:
                continue
            if "excluded" in found.how or not (found.how & (STRONG_HOW | {"body_chain"})):
                not_work = not_work or found
                continue
            spans = found.spans or ((found.start, found.end),)
            if inferred:
                return Alignment(FUZZY, spans, 1.0, f"place of work stated; {', '.join(inferred)} not stated")
            return Alignment(EXACT, spans, 1.0, "gazetteer reads this place of work at evidence")
        if not_work is not None:
            return ungrounded("place named, but not as the place of work")
        city = parts.get("city")
        if city and "city" not in _known(city):
            found = self.aligner.align_text(city)
            if found.status == EXACT:
                return Alignment(FUZZY, found.spans, 1.0, "city not in the gazetteer; its name is in the text")
        return ungrounded("no place of work in the text matches")

    # -- enums -----------------------------------------------------------------------
    def workplace(self, value: Any) -> Alignment:
        """A workplace cue for that value (labels, header tags, phrases; negation applied)."""
        return _from_cues(workplace_cues(self.ctx), str(value), "workplace")

    def employment_type(self, value: Any) -> Alignment:
        """An employment-type cue for that value (labels, header tags, phrases)."""
        return _from_cues(employment_cues(self.ctx), str(value), "employment type")

    def education_level(self, value: Any) -> Alignment:
        """A degree mention of that level (the lowest level stated is the field's value)."""
        mentions = find_mentions(self.ctx)
        same = [m for m in mentions if m.level == value]
        if not same:
            stated = sorted({m.level for m in mentions}, key=EDUCATION_ORDER.index)
            return ungrounded(f"degree mentions state {', '.join(stated)}, not {value}" if stated else "no degree stated")
        lowest = min((m.level for m in mentions), key=EDUCATION_ORDER.index)
        spans = tuple((m.start, m.end) for m in same[:3])
        if lowest != value:
            return Alignment(FUZZY, spans, 1.0, f"degree stated, but a lower level ({lowest}) is also accepted")
        return Alignment(EXACT, spans, 1.0, "degree mention of this level at evidence")

    # -- strings ---------------------------------------------------------------------
    def title(self, value: Any) -> Alignment:
        """A title where one stands, read as the title rules read it there: spelled as the text
        spells it, without the place, hours or id a board glues to it ("Employee at RhodeCode (Berlin)";
        an answer that stops inside the bracket, "Developer (Ref: 19092", is read to the bracket's close)
        nor the board's name after a page title's separator ("Interdisciplinary | USAJOBS"); shaped as
        the title rules shape one (no sentence: "2 native English teachers to start in May"); never
        the employer's name the company rules read (an agency line under a federal posting's heading),
        nor a line of the site's own above the posting (the board's name over its menu: "Poslovi Infostud")."""
        found = self._in_places(str(value), title_places(self.ctx), "a job title")
        if found.status != EXACT or not found.spans:
            return found
        hit = trimmed_hit(self.text, found.spans[0][0], found.spans[-1][1])
        if hit is None:
            return found
        if hit.value.count("(") > hit.value.count(")"):  # "Developer (Ref: 19092": read the bracket to its close
            line_end = self.text.find("\n", hit.end)
            close = self.text.find(")", hit.end, len(self.text) if line_end < 0 else line_end)
            if close >= 0:
                hit = trimmed_hit(self.text, hit.start, close + 1) or hit
        if hit.start < posting_start(self.ctx) or menu_row(self.ctx.doc, hit.start, hit.end):
            return ungrounded("a line of the site's own above the posting (the board's name, its menu), not the job's title")
        hit = trim_title(self.text, hit)
        board = board_tail(hit.value)
        if board is not None:  # "Interdisciplinary | USAJOBS": the page title's board
            hit = replace(hit, value=hit.value[:board], end=hit.start + board)
        if not looks_like_title(hit.value, need_job_noun=False):
            return ungrounded("not shaped as a title (a sentence, a label or a figure), as the title rules read one")
        employer = run_rules(self.ctx, ["company"]).get("company")
        if employer is not None and " ".join(str(employer.value).split()).casefold() == " ".join(hit.value.split()).casefold():
            return ungrounded("the employer's name the company rules read there, not a job title")
        ruled = run_rules(self.ctx, ["title"]).get("title")
        if not has_job_noun(hit.value) and ruled is not None and has_job_noun(str(ruled.value)):
            return ungrounded("names no job, where the title rules read one")  # "Government of Canada / …" over Job Bank's title
        return replace(found, spans=((hit.start, hit.end),), value=hit.value)

    def company(self, value: Any) -> Alignment:
        """The employer's name where an employer cue stands (:func:`employer_places`).

        An answer that holds such a name with more around it (a whole header line: "Vagas
        Tropicana Alimentos", "Larimer Valley County, CO") is read as that name. A heading or a
        label ("Company Description") is no name. In a recruiter's posting that hides its
        client, only the company rules' own reading counts.
        """
        if client_unnamed(self.ctx):  # only what the company rules read there (a label) names the client
            return self.by_rule("company", value)
        text, places = str(value), employer_places(self.ctx)
        found = self._in_places(text, places, "the employer's name")
        if found.status != EXACT:
            key = _name_key(text)
            # a name holding at least half the answer's words ("Norte" is no reading of "Metalúrgica del Norte, S.A.")
            names = [
                (s, e) for s, e in places
                if (name := _name_key(self.text[s:e])) and name in key and 2 * len(name.split()) >= len(key.split()) and is_company_name(" ".join(self.text[s:e].split()))
            ]
            if names:  # the longest name the answer holds
                s, e = max(names, key=lambda span: span[1] - span[0])
                found = Alignment(EXACT, ((s, e),), 1.0, "an employer cue names this part of the answer", value=" ".join(self.text[s:e].split()))
        shown = found.value if found.value is not None else text
        if found.status != UNGROUNDED and (kind_of_heading(shown) or not is_company_name(shown)):
            return ungrounded("a heading or a label, not a name")
        return found

    def team(self, value: Any) -> Alignment:
        return self._in_places(str(value), team_places(self.ctx), "a team")

    def _in_places(self, value: str, places: list[TextSpan], what: str) -> Alignment:
        found = self.aligner.align_text(value, within=places)
        if found.status != UNGROUNDED:
            how = "verbatim" if found.status == EXACT else "near-verbatim"
            return Alignment(found.status, found.spans, found.coverage, f"found {how} where {what} stands")
        if self.aligner.align_text(value).status != UNGROUNDED:
            return ungrounded(f"found in the text, but not where {what} stands")
        return ungrounded("not found in the text")

    def summary(self, value: Any) -> Alignment:
        """The summary: a sentence of the posting (:func:`is_sentence`), never a heading, a label or
        the job title the rules read (asked with a section that held only the title, the model
        answered the title as the summary)."""
        value = str(value)
        if not is_sentence(value):
            return ungrounded("a title, heading or label, not a sentence saying what the role is")
        title = run_rules(self.ctx, ["title"]).get("title")
        if title is not None and " ".join(str(title.value).split()).casefold() == " ".join(value.split()).casefold():
            return ungrounded("the job title, not a sentence saying what the role is")
        return self.free_text(value)

    def free_text(self, value: Any) -> Alignment:
        """Free text (a list item, the summary): its words in the posting, in order."""
        found = self.aligner.align_text(str(value))
        if found.status == UNGROUNDED:
            return found
        how = "verbatim" if found.status == EXACT else "near-verbatim"
        return Alignment(found.status, found.spans, found.coverage, f"found {how} in the posting")


SENTENCE_WORDS = 5  # a line of fewer words is a sentence only when it ends as one ("。", ".")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")


def is_sentence(line: str) -> bool:
    """Is ``line`` a sentence rather than a title, heading or label?  Five words or more, or a
    shorter line ending as a sentence does (a CJK sentence is one "word" ending in "。")."""
    line = line.strip()
    return len(line.split()) >= SENTENCE_WORDS or (len(line) >= 12 and bool(_SENTENCE_END.search(line)))


def holds_sentence(text: str) -> bool:
    """Does any line of ``text`` read as a sentence (:func:`is_sentence`)?"""
    return any(is_sentence(line) for line in text.splitlines())


def _name_key(value: str) -> str:
    """``value``'s words, lower-cased, space-joined and padded (a whole-word containment key)."""
    words = _TOKEN.findall(value.lower())
    return f" {' '.join(words)} " if words else ""


def employer_places(ctx: Context) -> list[TextSpan]:
    """Where an LLM's employer name counts: the company cues and labels of
    :func:`extractor.rules.title.company_places` outside the first header lines (those lines
    are what the company rules already read; a name standing only there is as likely the board's
    or a label), and the names of :func:`employer_candidates`. None in an intermediary's posting
    that leaves its client unnamed (the rules' :func:`extractor.rules.title.client_unnamed`): there
    only the company rules' own reading (a label) names the employer, any other name is the agency's."""
    if client_unnamed(ctx):
        return []
    top = set(top_lines(ctx, HEADER_LINES))
    return [place for place in company_places(ctx) if place not in top] + [name.span for name in employer_candidates(ctx)]


@dataclass(frozen=True)
class EmployerName:
    """A name the rules' employer reader leaves unsure (:func:`employer_candidates`): its span and where it stands."""

    value: str
    span: TextSpan
    cue: str


MAX_EMPLOYER_NAMES = 6


def employer_candidates(ctx: Context) -> list[EmployerName]:
    """The names the rules' employer reader takes as the subject of a sentence about the
    organisation but does not keep, because the posting says them only once: the numbered
    names the LLM may pick the employer from (prompt ``v5``), those of the company profile
    first, each once, at most :data:`MAX_EMPLOYER_NAMES`. The reading and its refusals are the
    title rules' (:func:`extractor.rules.title.unsure_employer_names`).
    """
    names = unsure_employer_names(ctx)
    seen = {name.casefold() for name, _, _ in names}
    names += [(name, span, cue) for name, span, cue in weak_employer_names(ctx) if name.casefold() not in seen]
    return [EmployerName(name, span, cue) for name, span, cue in names[:MAX_EMPLOYER_NAMES]]


def _swapped(value: date) -> Optional[date]:
    try:
        return date(value.year, value.day, value.month)
    except ValueError:
        return None


def _id_key(value: str) -> str:
    return value.strip().lstrip("#").strip().casefold()


def _known(name: str) -> dict[str, set[str]]:
    """The canonical names a place name may stand for, by level: ``{"city": {...}, "region": ..., "country": ...}``."""
    gz = gazetteer()
    places = gz.names.get(name.casefold(), []) + gz.codes.get(name, []) + gz.codes.get(name.upper(), [])
    out: dict[str, set[str]] = {}
    for place in places:
        if place.level == CITY:
            out.setdefault("city", set()).add(place.name)
        elif place.level == COUNTRY:
            out.setdefault("country", set()).add(place.name)
        else:
            out.setdefault("region", set()).add(place.name)
    return out


def _place_match(parts: dict[str, str], found: Found) -> Optional[list[str]]:
    """Do the LLM's place ``parts`` agree with ``found``?  None: no; else the parts the text does not state.

    A region or country the text leaves out counts as stated when the gazetteer knows the
    found city in exactly one place, and that place has it ("Pune" -> Maharashtra, India).
    """
    inferred = []
    agreed = 0
    implied = _implied(found)
    for key, name in parts.items():
        stated = getattr(found, key) or implied.get(key)
        if stated is None:
            if key == "city":
                return None  # a city the text does not name is not a reading of this place
            inferred.append(key)
            continue
        names = _known(name).get(key, set()) | {name}
        if stated.casefold() not in {n.casefold() for n in names}:
            return None
        agreed += 1
    return inferred if agreed else None


def _implied(found: Found) -> dict[str, str]:
    """Region and country of ``found``'s city when the gazetteer has one city of that name in its country."""
    if not found.city:
        return {}
    cities = [p for p in gazetteer().names.get(found.city.casefold(), []) if p.level == CITY]
    if found.country:
        cities = [p for p in cities if p.country == found.country]
    if len({(p.region, p.country) for p in cities}) != 1:
        return {}
    city = cities[0]
    return {key: value for key, value in (("region", city.region), ("country", city.country)) if value}


def _from_cues(cues: list[Cue], value: str, what: str) -> Alignment:
    same = sorted((c for c in cues if c.value == value), key=lambda c: (-c.labelled, -c.confidence, c.start))
    if same:
        spans = tuple(dict.fromkeys((c.start, c.end) for c in same[:3]))
        return Alignment(EXACT, spans, 1.0, f"{what} cue for {value} at evidence")
    stated = sorted({c.value for c in cues})
    if stated:
        return ungrounded(f"{what} cues state {', '.join(stated)}, not {value}")
    return ungrounded(f"no {what} cue in the text")
