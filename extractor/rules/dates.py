"""Rules for ``date_posted``: the date a posting says it was posted or published.

A date counts when a posting label stands right before it ("Posted: May 9, 2024",
"Date posted 21/10/2024", "Published on Thursday, 9 May 2024").  Dates behind
other labels (closing date, apply by, deadline, start date...) are never taken.
An unlabelled date near the top of the text is offered at low confidence.
Relative dates ("5 days ago", "today") are not dates and yield nothing.

Formats: ISO ``2024-05-09`` / ``2024/05/09`` / ``2024.05.09``, month names
("May 9, 2024", "9 May 2024", "9th of May 2024", "Sept. 3 2025") and numeric
``21/10/2024``, ``10/21/2024``, ``21.10.2024``, ``21-10-2024``.  A numeric date is
day-first when its first number is over 12 and month-first when its second is;
when both could be the month, locale cues in the text (currency, places) decide,
falling back to day-first for dots and dashes and month-first for slashes, and
the confidence is lowered.  Vocabulary: ``extractor/data/dates.json``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Optional

from extractor import fastre
from extractor.data import load
from extractor.normalize import COMPACT_DATE
from extractor.rules.base import Candidate, Context, rule
from extractor.rules.location import find_locations, gazetteer, other_jobs_start
from extractor.rules.pay import dollar_currency

FIELD = "date_posted"
UNLABELLED_NEAR_LABEL_WINDOW = 40
OTHER_LABEL_WINDOW = 120  # a line's own label that is no posting one governs a value this long ("Closing: Open until filled — first review 12/07/2026")
TOP_OF_TEXT = 800  # an unlabelled date must start within this many characters...
TOP_FRACTION = 0.1  # ...or within this fraction of the text
MIN_YEAR, MAX_YEAR = 1990, 2100
BUDDHIST_ERA_FROM, BUDDHIST_ERA_OFFSET = 2500, 543  # Thai dates count years from 543 BC

CONF_LABELLED = 0.92
CONF_LABELLED_LOCALE = 0.75  # ambiguous numeric date settled by locale cues
CONF_LABELLED_DEFAULT = 0.65  # ambiguous numeric date settled by the separator default
CONF_WEAK_LABEL = 0.55  # "Date: 12 June 2024" (an e-mail header, a form field)
CONF_NEAR_LABEL = 0.6  # a posting label earlier on the same line, not right before
CONF_UNLABELLED = 0.45
CONF_UNLABELLED_AMBIGUOUS = 0.35


@dataclass(frozen=True)
class FoundDate:
    """A date found in the text: its value, where it is, and how sure the reading is."""

    value: dt.date
    start: int
    end: int
    ambiguous: bool = False  # numeric date whose day/month order was not fixed by the numbers
    settled_by_locale: bool = False  # ...and the locale cues (not the default) settled it
    short_year: bool = False


@cache
def _vocab() -> dict:
    return load("dates.json")


def _alternation(words: Iterable[str]) -> str:
    """Longest-first regex alternation of ``words`` (a trie, for use case-insensitively); inner spaces match any run of 1-3 blanks."""
    ordered = sorted(set(words), key=len, reverse=True)
    return fastre.alternation((fastre.word_pieces(w, r"[ \t\u00a0]{1,3}") for w in ordered), ignorecase=True)


@cache
def _date_pattern() -> re.Pattern[str]:
    months = f"(?i:{_alternation(_vocab()['months'])})"
    year = r"(?:19|20)\d{2}(?!\d)"
    blank = r"[ \t\u00a0]"
    iso = rf"(?<![\d./\-])(?P<iso_y>{year})(?P<iso_sep>[-/.])(?P<iso_m>\d{{1,2}})(?P=iso_sep)(?P<iso_d>\d{{1,2}})(?![\d]|\.\d)"
    mdy = (
        rf"(?<![A-Za-z])(?P<mdy_mon>{months})\.?{blank}{{1,3}}(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
        rf",?{blank}{{0,3}},?{blank}{{0,3}}(?P<mdy_y>{year})"
    )
    dmy = (
        rf"(?<![\d.])(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th|er|re|\.)?(?:{blank}{{1,3}}(?:of|de))?[ \t\u00a0\-]{{1,3}}"  # French "1er décembre"
        rf"(?P<dmy_mon>{months})(?![A-Za-zÀ-ÿ])\.?,?(?:[ \t\u00a0\-]{{1,3}}(?:de|del){blank}{{1,3}}|[ \t\u00a0\-]{{1,3}}|['’]{blank}{{0,2}}|{blank}{{1,3}}['’])"
        rf"(?P<dmy_y>{year}|25\d{{2}}(?!\d)|(?:(?<=['’])|(?<=['’][ \t]))\d{{2}}(?![\d:])|(?<=[A-Za-z]-)\d{{2}}(?![\d:/.\-])|(?<=[A-Za-z][ \t])\d{{2}}(?=[ \t]*(?:\n|$)|[ \t]+\d{{1,2}}:\d{{2}}))"  # 25xx: a Thai Buddhist-era year; "02-Dec-26";
        # "02 Dec 26" closing its line or before a time (a mail reader's header)
    )
    num = (
        r"(?<![\d./\-])(?P<n_a>\d{1,2})(?P<n_sep>[/.\-])(?P<n_b>\d{1,2})(?P=n_sep)"
        r"(?P<n_y>(?:19|20)\d{2}|\d{2})(?!\d|\.\d|/\d|-\d)"
        # "10. 3. 2025": Central European dots with a space after each (day first there)
        r"|(?<![\d.])(?P<n_a2>\d{1,2})\.[ \t\u00a0](?P<n_b2>\d{1,2})\.[ \t\u00a0](?P<n_y2>(?:19|20)\d{2})(?!\d)"
    )
    cjk = rf"(?P<cjk_y>{year})[ \t]?年[ \t]?(?P<cjk_m>\d{{1,2}})[ \t]?月[ \t]?(?P<cjk_d>\d{{1,2}})[ \t]?日"  # 2025年3月10日
    return fastre.compile("|".join([iso, mdy, dmy, num, cjk]))


@cache
def _label_pattern() -> re.Pattern[str]:
    """A label with what may follow it up to a date (separators, a weekday); group names tell its kind."""
    vocab = _vocab()
    start = r"(?:(?<![A-Za-z])|(?<=[a-z0-9])(?=[A-Z]))"
    weekday = f"(?i:{_alternation(vocab['weekdays'])})"
    source = (
        start
        + "(?i:"
        + f"(?P<other>{_alternation(vocab['other_date_labels'])})"
        + f"|(?P<posted>{_alternation(vocab['posted_labels'])})"
        + f"|(?P<issued>{_alternation(vocab['notice_issued_labels'])})"
        + f"|(?P<prep>{_alternation(vocab['other_date_prepositions'])})"
        + f"|(?P<weak>{_alternation(vocab['weak_posted_labels'])})"
        + ")"
        + r"(?![A-Za-z])[ \t\u00a0:#*_|,\-\u2013\u2014]{0,8}(?:\r?\n[ \t\u00a0*_:]{0,4}){0,2}"
        + rf"(?:{weekday}\.?,?[ \t\u00a0]{{1,3}})?(?:the[ \t]{{1,3}})?"
    )
    return fastre.compile(source)


@dataclass(frozen=True)
class _Label:
    start: int
    end: int  # where a date it labels would start
    kind: str  # "posted" | "weak" | "other" | "prep" (a preposition: "by", "from"...)


def find_labels(text: str) -> list[_Label]:
    """Every date label in ``text`` (posted, weak or other-date), in order; one linear pass."""
    out = []
    notice = None
    for m in _label_pattern().finditer(text):
        kind = next(k for k in ("other", "posted", "issued", "prep", "weak") if m.group(k))
        if kind == "issued":  # "Issued: 3rd December 2026": a vacancy notice's issue is its publication; a document's is its version
            notice = _VACANCY_NOTICE.search(text, 0, _NOTICE_HEAD) is not None if notice is None else notice
            kind = "posted" if notice else "other"
        out.append(_Label(m.start(), m.end(), kind))
    return out


# a posting that calls itself a vacancy notice, circular or advertisement, or that closes on a date (its "Issued:" date dates the call)
_VACANCY_NOTICE = re.compile(r"(?i)\bvacanc(?:y|ies)\b|\bcirculars?\b|\badvertisement\b|\bnotice\b|\bapplications are invited\b|\bclosing date\b")
_NOTICE_HEAD = 3000


@cache
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(day-first cues, month-first cues) as case-sensitive patterns."""
    vocab = _vocab()

    def build(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    day = fastre.compile(rf"(?<![A-Za-z])(?:{build(vocab['day_first_cues'])})(?![A-Za-z])")
    states = "|".join(vocab["us_state_codes"])
    month = fastre.compile(
        rf"(?<![A-Za-z])(?:{build(vocab['month_first_cues'])})(?![A-Za-z])"
        rf"|,[ \t]{{0,2}}(?:{states})(?![A-Za-z])"
    )
    return day, month


_BARE_DOLLAR = fastre.compile(r"(?<![\dA-Za-z$])\$(?=[ \t]?\d)")  # a month-first cue where the dollar is the US one (not an escudo's "54.500$00")


# the order a form spells out beside its dates: "Posting Date (dd/mm/yyyy)", "Date of birth (MM/DD/YYYY)"
_DAY_FIRST_FORMAT = fastre.compile(r"(?i)(?<![a-z])(?:dd|jj|tt)[/.\-]mm[/.\-](?:yy){1,2}(?![a-z])")
_MONTH_FIRST_FORMAT = fastre.compile(r"(?i)(?<![a-z])mm[/.\-]dd[/.\-](?:yy){1,2}(?![a-z])")


def locale_day_first(text: str, dollar_cue: bool = True) -> Optional[bool]:
    """Whether the text's locale cues say day-first (True), month-first (False) or nothing (None).
    A date format the text spells out ("dd/mm/yyyy") decides before any other cue.

    Args:
        text: the document text (only its first 200,000 characters are looked at).
        dollar_cue: whether a bare "$" before a figure counts as a month-first (US) cue.
    """
    day, month = _cue_patterns()
    sample = text[:200_000]
    day_format, month_format = _DAY_FIRST_FORMAT.search(sample), _MONTH_FIRST_FORMAT.search(sample)
    if bool(day_format) != bool(month_format):
        return bool(day_format)
    day_hits = sum(1 for _ in day.finditer(sample))
    month_hits = sum(1 for _ in month.finditer(sample)) + (sum(1 for _ in _BARE_DOLLAR.finditer(sample)) if dollar_cue else 0)
    if day_hits == month_hits:
        return None
    return day_hits > month_hits


def _make_date(year: int, month: int, day: int) -> Optional[dt.date]:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _read_numeric(m: re.Match[str], day_first_hint: Optional[bool]) -> Optional[FoundDate]:
    if m.group("n_a2"):  # "10. 3. 2025" is always day first
        value = _make_date(int(m.group("n_y2")), int(m.group("n_b2")), int(m.group("n_a2")))
        return None if value is None else FoundDate(value, m.start(), m.end(), False, True, False)
    a, b, sep = int(m.group("n_a")), int(m.group("n_b")), m.group("n_sep")
    year_text = m.group("n_y")
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    ambiguous = settled = False
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        month, day = a, b
    elif a == b:
        day = month = a
    elif a > 12 and b > 12:
        return None
    else:
        ambiguous = True
        if day_first_hint is not None:
            settled = True
            day_first = day_first_hint
        else:
            day_first = sep != "/"
        day, month = (a, b) if day_first else (b, a)
    value = _make_date(year, month, day)
    if value is None:
        return None
    return FoundDate(value, m.start(), m.end(), ambiguous, settled, len(year_text) == 2)


def _read(m: re.Match[str], months: dict[str, int], day_first_hint: Optional[bool]) -> Optional[FoundDate]:
    """The date a match of the date pattern stands for, or ``None`` when it is not a real date."""
    groups = m.groupdict()
    if groups.get("iso_y"):
        value = _make_date(int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"]))
    elif groups.get("cjk_y"):
        value = _make_date(int(groups["cjk_y"]), int(groups["cjk_m"]), int(groups["cjk_d"]))
    elif groups.get("mdy_mon"):
        month = months.get(re.sub(r"\s+", " ", groups["mdy_mon"].lower()))
        value = _make_date(int(groups["mdy_y"]), month, int(groups["mdy_d"])) if month else None
    elif groups.get("dmy_mon"):
        month = months.get(re.sub(r"\s+", " ", groups["dmy_mon"].lower()))
        year = int(groups["dmy_y"]) if len(groups["dmy_y"]) == 4 else 2000 + int(groups["dmy_y"])  # "12 Feb' 25"
        if year >= BUDDHIST_ERA_FROM:
            year -= BUDDHIST_ERA_OFFSET  # "17 มี.ค. 2568" -> 2025
        value = _make_date(year, month, int(groups["dmy_d"])) if month else None
        if value and len(groups["dmy_y"]) == 2:
            return FoundDate(value, m.start(), m.end(), short_year=True)
    else:
        return _read_numeric(m, day_first_hint)
    return FoundDate(value, m.start(), m.end()) if value else None


def find_dates(text: str, place_day_first: Optional[bool] = None, dollar_cue: bool = True) -> list[FoundDate]:
    """Every calendar date written in ``text``, in order (relative dates are not dates).

    Args:
        text: the clean document text.
        place_day_first: the order of the places of work's country (:func:`places_day_first`), where no cue settles it.
        dollar_cue: whether a bare "$" is a US (month-first) cue: not where it is the places of work's own dollar.

    Returns:
        The valid dates; impossible ones (Feb 30) are left out.  Never raises.
    """
    months = {k.lower(): v for k, v in _vocab()["months"].items()}
    hint: Optional[bool] = None
    hint_known = False
    out: list[FoundDate] = []
    matches = list(_date_pattern().finditer(text))
    for m in matches:
        if m.group("n_a") and not hint_known:
            hint, hint_known = _own_order(matches), True  # "Posted: 02-12-2026" beside "Closing date: 18-12-2026"
            if hint is None:
                hint = locale_day_first(text, dollar_cue)
            if hint is None:
                hint = place_day_first  # no locale cue either way: the country of the places of work decides
        found = _read(m, months, hint)
        if found is not None and not _OTHER_CALENDAR.match(text, found.end):
            out.append(found)
    return out


# an era written after a date of another calendar: Nepal's Bikram Sambat ("2083-08-15 B.S. (2026-12-01)"), Ethiopia's,
# the Hijri and the Solar Hijri calendars; the Gregorian date beside it is the posting's
_OTHER_CALENDAR = fastre.compile(r"[ \t]*(?:B\.[ \t]?S\.?|BS|V\.S\.?|E\.C\.?|A\.H\.?|AH|S\.H\.?|هـ|ه\.ش)(?![A-Za-z])")


def _own_order(matches: list[re.Match[str]]) -> Optional[bool]:
    """The day/month order the posting's own numeric dates fix: True when every numeric date whose numbers settle the
    order ("18-12-2026", "25/11/2026") is day first, False when every one is month first ("11/25/2026"), None when
    none settles it or they disagree. A posting writes its dates one way, so these settle its ambiguous ones."""
    orders = set()
    for m in matches:
        if not m.group("n_a"):
            continue
        a, b = int(m.group("n_a")), int(m.group("n_b"))
        if a > 12 and b <= 12:
            orders.add(True)
        elif b > 12 and a <= 12:
            orders.add(False)
    return orders.pop() if len(orders) == 1 else None


def _line_start(text: str, pos: int, floor: int) -> int:
    """Start of the line holding ``pos``, but not before ``floor``."""
    floor = max(0, floor)
    return max(floor, text.rfind("\n", floor, pos) + 1)


# a program's banner or session line before a date on it: its version, release, build or login stamp
_TOOL_BANNER = fastre.compile(r"(?i)\b(?:version|release|build|last[ \t]+(?:successful[ \t]+)?login(?:[ \t]+time)?)\b|\bv?\d+\.\d+\.\d+\b")


_LOG_STAMP_AFTER = re.compile(r"[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?[ \t]+(?:\[|(?:INFO|DEBUG|WARN|WARNING|ERROR|TRACE)\b)")
_FUTURE_BEFORE = re.compile(r"(?i)\b(?:will|shall|would|to|are[ \t]+to|is[ \t]+to)[ \t]+be[ \t]+$")


def _score(text: str, found: FoundDate, labels: list[_Label], label_starts: list[int]) -> tuple[Optional[float], int]:
    """Confidence that ``found`` is the posting date (None: it is not), and where its evidence starts."""
    # The last label that starts before the date; it labels the date when it ends right where the date starts.
    idx = bisect.bisect_left(label_starts, found.start) - 1
    label = labels[idx] if idx >= 0 else None
    if label is not None and label.end == found.start:
        if label.kind == "prep" and _opens_a_posted_period(text, labels, idx):
            label = _Label(labels[idx - 1].start, label.end, "posted")  # "Posting period: from 2026-11-23 to …"
        if label.kind in ("other", "prep"):
            return None, found.start
        if label.kind == "posted" and _FUTURE_BEFORE.search(text, max(0, label.start - 24), label.start):
            return None, found.start  # "The results will be published on 03.08.2027": a later notice's day, not the posting's
        if label.kind == "posted":
            if found.ambiguous:
                conf = CONF_LABELLED_LOCALE if found.settled_by_locale else CONF_LABELLED_DEFAULT
            else:
                conf = CONF_LABELLED
            return conf, label.start
        return (CONF_WEAK_LABEL - (0.1 if found.ambiguous else 0.0)), label.start
    if found.short_year:
        return None, found.start
    if _LOG_STAMP_AFTER.match(text, found.end) or text[found.end : found.end + 1] == "." and text[max(0, found.start - 1) : found.start] in ("-", "_"):
        return None, found.start  # "2026-12-08 06:14:25 [scrapy.core.engine] INFO": a log line's stamp; "ofertas-2026-12-08.jl": a file's name
    if _TOOL_BANNER.search(text, _line_start(text, found.start, found.start - 120), found.start):
        return None, found.start  # "R version 4.4.2 (2024-10-31)", "SQL*Plus: Release 19.0 - Production on Thu Dec 3 …": the tool's, not the ad's
    # Unlabelled: a label earlier on the same line (the nearest one) decides.
    # Prepositions and the bare word "date" only count right before the date.
    near_start = _line_start(text, found.start, found.start - UNLABELLED_NEAR_LABEL_WINDOW)
    while idx >= 0 and labels[idx].start >= near_start:
        near = labels[idx]
        if near.kind == "other":
            return None, found.start
        if near.kind == "posted":
            return CONF_NEAR_LABEL - (0.1 if found.ambiguous else 0.0), near.start
        idx -= 1
    if _opening_other_label(text, found, labels, label_starts):
        return None, found.start  # "Closing:   Open Until Filled — first review of applications 12/07/2026": the line's own label
    other = _OTHER_LABEL_BEFORE.search(text, _line_start(text, found.start, found.start - UNLABELLED_NEAR_LABEL_WINDOW), found.start)
    # (a bare "Date:" is no other label: "Date: Hidar 24, 2019 E.C. (December 3, 2026 G.C.)" dates the posting in two calendars)
    weak_label = other is not None and any(lab.kind == "weak" and other.start() <= lab.start < other.start("between") for lab in labels)
    if other is not None and not _weekday_only(other.group("between")) and not weak_label:
        return None, found.start  # "Start: paid training begins 7 December 2026": the value of a label that is not a posting one
    # A date that is the end of a range ("1 May 2024 - 30 May 2024") is not a posting date.
    before = text[max(0, found.start - 4) : found.start]
    if re.search(r"[\-\u2013\u2014~]\s*$|\b(?:to|a|al|au|bis|até|hasta|tot|till)\s*$", before):
        return None, found.start
    limit = max(TOP_OF_TEXT, int(len(text) * TOP_FRACTION))
    if found.start >= limit and not _view_count_stamp(text, found.start) and not _dateline(text, found):
        return None, found.start  # (a channel post's stamp under its text, "👁 3.2K   Dec 1, 2026 at 08:03", dates the post)
    after = text[found.end : found.end + 16]
    if re.match(r"\s*[\-\u2013\u2014~]\s*\d|\s*to\s", after) or _month_after_dash().match(after):
        return None, found.start  # the start of a range: "1 May 2024 - 30 May 2024", "May 26, 2027 - August 14, 2027"
    hours = _HOURS_AFTER.match(text, found.end)
    if hours is not None and re.search(r"(?i)[ap]\.?m|[:.]\d\d", hours.group()):
        return None, found.start  # "Saturday 7th November 2026, 10am – 2pm": an event's day (a job fair, an open day)
    return (CONF_UNLABELLED_AMBIGUOUS if found.ambiguous else CONF_UNLABELLED), found.start


# a notice's dateline, its town and its date alone on a line ("Jakarta, 1 Desember 2026", "Done at Suva, 2 December 2026")
_DATELINE_HEAD = re.compile(r"[ \t]*(?:(?:Done|Given|Issued|Dated)[ \t]+(?:at|in)[ \t]+)?[A-Z][^\W\d_]+(?:[ \t-][A-Z][^\W\d_]+){0,2},[ \t]*")


def _dateline(text: str, found: FoundDate) -> bool:
    """Whether ``found`` closes a notice's dateline: a town, a comma and the date alone on their line (at the foot of a
    letter or a notice, where it dates the notice)."""
    line_end = text.find("\n", found.end)
    rest = text[found.end : len(text) if line_end < 0 else line_end]
    head = _DATELINE_HEAD.fullmatch(text, _line_start(text, found.start, 0), found.start)
    return head is not None and not rest.strip(" \t.")


def _view_count_stamp(text: str, start: int) -> bool:
    """Whether the date at ``start`` is a channel post's stamp: its line, or the line above when the date opens its
    own, holds only a view count ("👁 3.2K   Dec 1, 2026", "👁 3.2K" over "Dec 1, 2026 at 08:03")."""
    line_start = _line_start(text, start, 0)
    if _VIEW_COUNT_LINE.match(text, line_start, start):
        return True
    return line_start > 0 and not text[line_start:start].strip() and _VIEW_COUNT_LINE.match(text, _line_start(text, line_start - 1, 0), line_start - 1) is not None


@cache
def _month_after_dash() -> re.Pattern[str]:
    """A dash, then a month's name opening the range's other end ("… - August 14, 2027"), not "— Page 7"."""
    months = sorted(_vocab()["months"], key=len, reverse=True)
    return re.compile(r"(?i)\s*[\-\u2013\u2014~]\s*(?:" + "|".join(re.escape(m) for m in months) + r")\.?\s\d")


def _opens_a_posted_period(text: str, labels: list[_Label], idx: int) -> bool:
    """Whether the preposition ``labels[idx]`` is "from" right after a posted label: the start of the
    posting's advertising period ("Posting period: from 2026-11-23 to 2026-12-07")."""
    prep, before = labels[idx], labels[idx - 1] if idx > 0 else None
    return (
        before is not None
        and before.kind == "posted"
        and before.end == prep.start
        and text[prep.start : prep.start + 4].casefold() == "from"
    )


# a label of its own opening the date's line or "|"/"·" part, words between it and the date ("Start: training begins …",
# "Interview day: Tuesday …"): no posting label (a date right after an unknown label, "Gepubliceerd: 02/11/2026", may be one)
_OTHER_LABEL_BEFORE = fastre.compile(r"(?m)(?:^|[|·•][ \t]*)[ \t*•-]{0,4}[A-Za-z][\w /&()'’-]{0,30}:[ \t](?P<between>[^|·•:\n]*[^\W\d_][^|·•:\n]*)$")


def _weekday_only(words: str) -> bool:
    """Is what stands between a label and its date only a weekday ("JOB CALLS FOR: Wednesday 11/25/2026")?"""
    return re.sub(r"[\s,.]+", " ", words).strip().casefold() in _vocab()["weekdays"]
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?)?"
_VIEW_COUNT_LINE = fastre.compile(r"[ \t]*(?:\U0001F441|\U0001F440)\ufe0f?[ \t]*\d[\d.,]*[KkMm]?(?:[ \t]+\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?,?)?[ \t]*$")
_HOURS_AFTER = fastre.compile(rf"(?i)[ \t]*[,;\u00b7|@]?[ \t]*(?:from[ \t]+)?{_CLOCK}[ \t]*(?:[-\u2013\u2014~]|to)[ \t]*{_CLOCK}(?![\d/.])")


@dataclass(frozen=True)
class DateReading:
    """A date of the text and whether it reads as the posting date (``confidence`` None: it does not)."""

    found: FoundDate
    confidence: Optional[float]
    evidence_start: int  # where its label (or the date itself) starts


def _opening_other_label(text: str, found: FoundDate, labels: list[_Label], label_starts: list[int]) -> bool:
    """Whether the date's line opens with a label of another date (closing, start, review …) whose value runs on to the
    date without another label between: the whole line is that label's value, however long (:data:`OTHER_LABEL_WINDOW`)."""
    line_start = _line_start(text, found.start, found.start - OTHER_LABEL_WINDOW)
    lead = len(text[line_start:found.start]) - len(text[line_start:found.start].lstrip(" \t*•-"))
    k = bisect.bisect_left(label_starts, found.start)
    return any(lab.kind == "other" and lab.start == line_start + lead and ":" not in text[lab.end : found.start] for lab in labels[max(0, k - 4) : k])


def posting_date_readings(text: str, place_day_first: Optional[bool] = None, dollar_cue: bool = True) -> list[DateReading]:
    """Every calendar date in ``text`` with its posting-date confidence (see the module docstring).

    Args:
        text: the clean document text.

    Returns:
        One reading per date, in order; dates behind a closing/start/deadline label, range ends
        and unlabelled dates far from the top have ``confidence`` None.  Never raises.
    """
    labels = find_labels(text)
    label_starts = [label.start for label in labels]
    readings = []
    for found in find_dates(text, place_day_first, dollar_cue):
        conf, evidence_start = _score(text, found, labels, label_starts)
        readings.append(DateReading(found, conf, evidence_start))
    for label in labels:  # "Posted : 20261124": a record's compact date, read only right after a posting label
        m = COMPACT_DATE.match(text, label.end) if label.kind == "posted" else None
        day = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m is not None else None
        if day is not None:
            readings.append(DateReading(FoundDate(day, m.start(), m.end()), CONF_LABELLED, label.start))
    readings.sort(key=lambda r: r.found.start)
    return readings



def places_day_first(ctx: Context) -> Optional[bool]:
    """Whether the country the posting's places of work lie in (one country only) writes numeric dates day first:
    False for the month-first countries (``month_first_countries``), None where both orders are common
    (``mixed_order_countries``) or no one country is known, True for every other country."""
    countries = set()
    for f in find_locations(ctx)[0]:
        if f.country:
            countries.add(f.country)
        elif f.city:  # the gazetteer knows a lone city's country
            known = {p.country for p in gazetteer().names.get(f.city.casefold(), []) if p.country}
            countries |= known if len(known) == 1 else {None}
    if len(countries) != 1 or None in countries:
        return None
    country = countries.pop()
    if country in _vocab().get("month_first_countries", ()):
        return False
    return None if country in _vocab().get("mixed_order_countries", ()) else True


@rule(FIELD, name="dates.posted")
def posted_date(ctx: Context) -> Iterable[Candidate]:
    """The posting date: the first date with the best label evidence (see the module docstring)."""
    best: Optional[Candidate] = None
    others = other_jobs_start(ctx)
    day_first = places_day_first(ctx)
    # "$95,000" in Mackay is Australia's dollar, no US cue for "02/12/2026" (Canada's writes both orders: the cue stays)
    local_dollar = day_first is True and dollar_currency(ctx) != "USD"
    for reading in posting_date_readings(ctx.text, day_first, dollar_cue=not local_dollar):
        conf, found = reading.confidence, reading.found
        if conf is None or reading.evidence_start >= others:
            continue  # (a date in the page's list of other jobs is theirs)
        if best is None or conf > best.confidence:
            best = Candidate(FIELD, found.value, ((reading.evidence_start, found.end),), conf, "dates.posted")
    return [best] if best else []
