"""Employment rules: ``employment_type`` and ``weekly_hours``.

``employment_type`` (full_time | part_time | contract | temporary | internship)
comes, best first, from a labelled value ("Employment type: Full-time",
"Job type:\\nPart-time", "Contract type: Fixed-term"), from a header line or
"·"-separated part of one that is only the type ("Full-time · Mid-Senior
level"), from a title tag ("Support Specialist (Seasonal)", "Research Intern"),
and from phrases in the body ("6-month contract", "temporary position",
"part-time").  "Permanent" alone is not a type; words used in another sense
("contract law", "federal contractor", "internship programme" in a benefits
list, "full-time equivalent") do not count or count weakly.  Vocabulary:
``extractor/data/employment.json``.

``weekly_hours`` is a number of hours per week: "Weekly Hours: 40",
"37.5 hours per week", "40 hrs/week", "a 40-hour work week", "30-40 hours per
week" (→ 30).  Values outside (0, 80] are rejected; hours per day or shift
("8 hour shift", "24/7") are not weekly hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Iterator, Optional

from extractor import fastre
from extractor.data import load
from extractor.rules.base import Candidate, Context, Cue, rule, vote
from extractor.rules.location import other_jobs_start

HEADER_MIN, HEADER_MAX = 1500, 3000
MAX_WEEKLY_HOURS = 84.0  # seven 12-hour shifts (a FIFO roster's week on site)

# Word end that tolerates scraped glue: "Full timeShift" ends at "time".
_END = r"(?-i:(?![a-z]))"
# A label starts a word, or follows glued text in a scraped page ("PermanentHours:", "WITime Type:").
LABEL_START = r"(?:(?<![A-Za-z])|(?-i:(?<=[A-Za-z])(?=[A-Z][a-z])))"
_SEGMENT_SPLIT_RE = fastre.compile(r"[·|•\t]| [-–—/] | {3,}|, ")


def _phrases(words: Iterable[str]) -> str:
    """Longest-first alternation for case-insensitive use (a trie); each space matches 1-3 blanks."""
    ordered = sorted(set(words), key=len, reverse=True)
    return fastre.alternation(([r"\s{1,3}" if ch == " " else ch for ch in w] for w in ordered), ignorecase=True)


@cache
def _vocab() -> dict:
    """Compile ``employment.json`` once."""
    data = load("employment.json")
    standalone = {}
    for value, words in data["standalone"].items():
        for word in words:
            standalone[word] = value
    value_alts = "|".join(f"(?P<{v['value']}>{v['pattern']})" for v in data["values"])
    hours_num = r"(?P<n>\d{1,3}(?:[.,]\d{1,2})?)(?:[ \t]{0,2}(?:-|–|—|to|or|à|a|bis|tot|till|til|do|até)[ \t]{0,2}(?P<m>\d{1,3}(?:[.,]\d{1,2})?))?"  # "36 or 48": a choice, read as a range
    per_week = (
        r"(?:per|a|each|every|/|an?)[ \t]{0,2}(?:week|wk)" + _END + r"|weekly" + _END + r"|p/?w" + _END
        + r"|(?:pro|in[ \t]der|/)[ \t]{0,2}woche|wöchentlich|(?:par|/)[ \t]{0,2}semaine|(?:por|a[ \t]la|/)[ \t]{0,2}semana|semana(?:is|les)"
        + r"|(?:alla|a|/)[ \t]{0,2}settimana|settimanal[ie]|(?:w[ \t]tygodniu|tygodniowo)|(?:per|/)[ \t]{0,2}(?:uke|vecka)|i[ \t]veckan"
        + r"|(?:per|om|pr\.?|/)[ \t]{0,2}(?:uge|ugen)|i[ \t]uken|/[ \t]{0,2}vko|viikossa|(?:per|/)[ \t]{0,2}viikko|hetente|haftal[ıi]k|týdně"
        + r"|hebdomadaires?|tjedno|nedeljno|tedensko|(?:na|/)[ \t]{0,2}teden|седмично|на[ \t]седмица|на[ \t]тиждень|щотижня|(?:την|/)[ \t]{0,2}εβδομάδα|εβδομαδιαίως|(?:mỗi|/)[ \t]{0,2}tuần|(?:per|/|se)[ \t]{0,2}minggu|/[ \t]{0,2}週|ต่อสัปดาห์|в[ \t]неделю|שבועיות|בשבוע"
    )
    units = (r"(?:hours?|hrs?\.?|h|stunden|std\.?|uur|heures?|horas|ore|godzin[y]?|timer|timmar|tim|tuntia|tuntia|tunnit|óra|ώρες|saat|giờ|jam"
             r"|시간|時間|小時|小时|ชั่วโมง|час(?:ов|а)?|hodin|sati|sata|ur|годин[иа]?|שעות|u(?=[ \t]{0,2}/[ \t]{0,2}(?:h\b|week)))")  # (Dutch "u" only before a slash: "38 u/h per week", "36 u/week")
    # the minutes after the hours: "38 h 15 min/vecka", "37 hours 30 minutes per week"
    minutes = r"(?:[ \t]{0,2}(?P<mins>[1-5]\d|[1-9])[ \t]{0,2}(?:minutes?|minuter|minutter|minuten|mins?)\.?)?"
    # the week word before the figure: "heti 40 óra", "주 40시간", "haftalık 45 saat", "每週 40 小時"
    week_before = r"(?:heti|haftal[ıi]k|haftada|주|週|每週(?:工作|工時)?|每周(?:工作|工时)?|周工作|týdně|weekly|εβδομαδιαίως|viikossa|ugentlig|veckovis)"
    return {
        # what may stand between a full-time and a part-time mention offered as alternatives
        "choice_gap": fastre.compile(
            r"(?i)(?:(?:[ \t]{0,3}[,/|·]|[ \t]{3})[ \t]{0,3}[^,.:;!?\n]{1,20}?"  # other items of the list between them
            r"|[ \t]{1,3}(?:" + _phrases(data.get("schedule_options", [])) + r"))*"  # or other schedule options ("Full Time Flex Time Reduced Time")
            r"[ \t]{0,3}(?:[,&/+|·]|" + _phrases(data.get("choice_joiners", [])) + r"(?![\w]))?[ \t]{0,3}"
        ),
        # (its translation may follow before the colon: "Type de contrat / نوع العقد :")
        "label": fastre.compile(r"(?i)" + LABEL_START + r"(?:" + _phrases(data["labels"]) + r")(?:[ \t]{1,2}/[ \t]{1,2}[^\n:：/|]{1,30}?)?[ \t]{0,3}[*_]{0,2}[ \t]{0,3}[:：][ \t*_]{0,6}"),
        # (after the label in the page's own language: "Shartnoma turi / Contract type:")
        "label_line": fastre.compile(r"(?im)^[ \t#*_>-]{0,6}(?:[^\W\d_][^\n:/|]{0,30}?[ \t]/[ \t])?(?:" + _phrases(data["labels"]) + r")[ \t*_:：]{0,4}$"),
        # "Position Type Staff - Fixed Term": an ATS details table copied without its colons, a label of two or
        # more words opening the line and its value after it (one-word labels are too common as words)
        "label_bare": fastre.compile(
            r"(?m)^[ \t]{0,3}(?=[A-Z])(?i:" + _phrases(w for w in data["labels"] if " " in w) + r")[ \t]{1,3}(?=[A-Z])"
        ),
        "value": fastre.compile(r"(?i)" + LABEL_START + r"(?:" + value_alts + r")" + _END),
        # "Full Time/Part Time   Full Time", "Full/Part Time: Full-Time", "Full or Part-Time: Full Time": an ATS field named after both
        # options, its value after it on the line (with "or" in the name, after a colon); the field may be a list's item ("- Full/Part Time: …")
        "choice_label": fastre.compile(
            r"(?im)^[ \t]{0,3}(?:[-*•·][ \t]+)?(?:(?:full(?:[- ]?time)?[ \t]{0,2}/[ \t]{0,2}part[- ]?time|part(?:[- ]?time)?[ \t]{0,2}/[ \t]{0,2}full[- ]?time|ft[ \t]{0,2}/[ \t]{0,2}pt)[ \t]{0,3}[:：]?"
            r"|(?:full(?:[- ]?time)?[ \t]{1,2}or[ \t]{1,2}part[- ]?time|part(?:[- ]?time)?[ \t]{1,2}or[ \t]{1,2}full[- ]?time)[ \t]{0,3}[:：])[ \t]{1,6}(?=\S)"
        ),
        "specificity": data["specificity"],
        "standalone": standalone,
        # a header line (or part) that is only a type, maybe with its term in brackets: "Contract (13 weeks)", "Temporary
        # (ongoing)"; not its hours ("Full-time (39.8 hours/week), fixed-term …": the fixed term decides)
        "standalone_re": fastre.compile(
            r"(?i)^[ \t(\[*_-]{0,4}(" + _phrases(standalone) + r")(?:[ \t]+\((?:\d{1,3}[ \t-]{0,2}(?:weeks?|wks?|months?|mths?|years?|yrs?)|[^\W\d_][^()\n\d]{0,25})\))?[ \t)\].*_]{0,4}$"
        ),
        # "Seasonal from $18/hr + commission", "Part-time $21 an hour": a header line that is the type, then the pay
        "standalone_pay_re": fastre.compile(
            r"(?i)^[ \t(\[*_-]{0,4}(" + _phrases(standalone) + r")[ \t)\],·-]{1,4}(?:(?:" + _phrases(data.get("pay_leads", [])) + r")[ \t]{1,2})?"
            r"(?:[$€£¥₹]|(?-i:[A-Z]{3})[ \t]?)\d"
        ),
        "title_tag": fastre.compile(
            r"(?i)(?:\(\s{0,2}|\[\s{0,2}|[-–—|·]\s{0,3})(" + _phrases(standalone) + r")(?:\s{0,2}[)\]]|(?=\s{0,3}(?:$|[-–—|·(,\n])))"
        ),
        "cues": [
            (fastre.compile(c["pattern"], 0 if c.get("case") else re.I), c["value"], float(c["confidence"]), bool(c.get("labelled")))
            for c in data["cues"]
        ],
        "weak_after": fastre.compile(data["weak_after"], re.I),
        "experience_after": fastre.compile(data["experience_after"], re.I),
        "permanent_before": fastre.compile(data["permanent_before"], re.I),
        "self_employed": fastre.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, data["self_employed_choice"])) + r")(?![\w])"),
        "skip_before": fastre.compile(data["skip_before"], re.I),
        "policy_before": fastre.compile(data["policy_before"], re.I),
        "staff_handled_before": fastre.compile(data["staff_handled_before"], re.I),
        "hours_label": fastre.compile(
            r"(?i)" + LABEL_START + r"(?:" + _phrases(data["hours_labels"]) + r")[ \t]{0,3}[*_]{0,2}[ \t]{0,3}[:：=-]?[ \t*_]{0,6}" + hours_num
            + r"(?![\d:])(?![ \t]{0,2}(?:am|pm|a\.m|p\.m|%|per[ \t]{1,2}(?:day|month|year|hour)|/[ \t]{0,2}(?:day|month|year)|days?\b|months?\b))"
        ),
        "hours_week_label": fastre.compile(
            r"(?i)" + LABEL_START + r"(?:" + _phrases(data["hours_week_labels"]) + r")[ \t]{0,3}[*_]{0,2}[ \t]{0,3}[:：][ \t*_]{0,6}" + hours_num
            + r"(?![\d:])(?![ \t]{0,2}(?:am|pm|a\.m|p\.m|%|per[ \t]{1,2}(?:day|month|year|hour)|/[ \t]{0,2}(?:day|month|year)|days?\b|months?\b))"
        ),
        # a labelled figure alone, as UK and Australian boards write the week's hours: "Hours: 37.5", "Working hours: 38 hrs"
        "hours_bare": fastre.compile(
            r"(?im)^[ \t*•-]{0,4}(?:hours|working[ \t]hours|hours[ \t]of[ \t]work)[ \t]{0,3}[:：][ \t]{0,6}(?P<n>[1-6]\d(?:[.,]\d{1,2})?)"
            r"(?:[ \t]{0,2}(?:hrs?|hours))?[ \t]*\.?[ \t]*$"
        ),
        "hours_generic": fastre.compile(
            r"(?i)" + LABEL_START + r"(?:" + _phrases(data["hours_generic_labels"]) + r")(?:[ \t]{0,3}[*_]{0,2}[ \t]{0,3}[:：][ \t*_]{0,6}|[ \t]*\n[ \t]*"  # or a table's cell over its value ("Working hours" / "36 - 40 per week")
            r"|[ \t]{1,2}(?:are|is)[ \t]{1,2}(?:usually[ \t]|typically[ \t]|normally[ \t])?)(?:up[ \t]to[ \t]|approx(?:imately|\.)?[ \t])?"  # "Hours are 50–60 per week"
            + hours_num + r"[ \t]{0,2}(?:\+[ \t]{0,2})?" + units + r"?[ \t]{0,2}(?:" + per_week + r")"
        ),
        "hours_phrase": fastre.compile(
            r"(?i)(?<![\d.,/])" + hours_num + r"[ \t]{0,2}(?:\+[ \t]{0,2})?"
            + r"(?:(?:" + _phrases(data.get("hours_qualifiers", [])) + r")[ \t]{1,2})?"  # "30 teaching hours per week"
            + units + minutes + r"(?:[ \t]{0,2}/[ \t]{0,2}" + units + r")?[ \t]{0,2}(?:" + per_week + r")"  # ("42 Stunden / hours per week")
        ),
        # the week named before its hours: "The standard working week is 35 hours", "a working week of 37.5 hours"
        "hours_week_is": fastre.compile(
            r"(?i)\b(?:working|work|standard|normal|contracted|full[- ]time)[ \t]{1,2}(?:working[ \t]{1,2})?week[ \t]{1,2}(?:is|will[ \t]be|of)[ \t]{1,2}"
            r"(?:(?:approx(?:imately|\.)?|around|about)[ \t]{1,2})?" + hours_num + r"[ \t]{0,2}" + units + _END
        ),
        # a unit that means hours a week by itself ("32 - 36 uur" on a Dutch board, "20 Wochenstunden")
        "hours_weekly_unit": fastre.compile(
            r"(?i)(?<![\d.,/])" + hours_num + r"[ \t]{0,2}(?:" + _phrases(data.get("weekly_units", ["hours a week"])) + r")" + _END
            + r"(?![ \t]{0,2}(?:per|pro|par|por|a|/)[ \t]{0,2}(?:dag|tag|day|jour|día|dia|maand|monat|month|mois|mes|jaar|jahr|year))"
        ),
        "hours_week_before": fastre.compile(
            r"(?i)(?<![\w])" + week_before + r"[ \t]{0,2}" + hours_num + r"[ \t]{0,2}" + units + _END
        ),
        # "full time (35 hours)", "fuld tid (37 timer)", "Temps plein, 35 heures": hours in brackets or after a comma after the type
        "hours_after_type": fastre.compile(
            r"(?i)(?:full[- ]?time|part[- ]?time|fuld[ ]?tid|heltid|deltid|vollzeit|teilzeit|voltijd|deeltijd|tiempo (?:completo|parcial)|tempo (?:pieno|parziale)|temps (?:plein|partiel)|kokoaikainen|osa-aikainen|(?-i:CDI|CDD))"
            r"(?:[ \t,]{0,3}\([ \t]{0,2}(?=\d[\d.,]{0,4}[ \t]{0,2}[^\W\d_]+[ \t]{0,2}\))"
            r"|[ \t]{0,2}[,–·-][ \t]{0,2}(?=\d[\d.,]{0,4}[ \t]{0,2}[^\W\d_]+" + _END + r"[ \t]*(?:$|[/|;·]|\n))"  # or after a comma: "Temps plein, 35 heures", "Temps plein · 35h"
            r"|[ \t]{1,2}(?=[1-4]\d[ \t]?h\b))"  # a French week's hours after the contract: "CDI 35h"
            + hours_num + r"[ \t]{0,2}" + units + r"(?:[ \t]{0,2}\))?"
        ),
        # "a 40-hour week", "39-Stunden-Woche", "38,5-Stunden-Woche", "38-urenweek", "a 42-hour average week"
        "hours_week": fastre.compile(
            r"(?i)(?<![\d.,/])(?P<n>\d{1,2}(?:[.,]\d{1,2})?)[- ](?:hours?|hrs?|h|stunden|std\.?|uren|uurs?)[- ]?"
            r"(?:(?:average|avg\.?|standard|normal|regular|typical|contracted)[ \t])?(?:work[- ]?|working[- ]|arbeits|werk)?(?:week|woche)" + _END
        ),
        "hours_skip_before": fastre.compile(data["hours_skip_before"], re.I),
        # the hours of a working week in brackets after its days: "Monday - Friday, 7:30 AM - 5:00 PM (40 hours)";
        # 15 or more, so a day's "(8 hours)" is not read
        # (in Spanish, French, Portuguese and German too: "lunes a viernes (40 horas / 40 hours)", "lundi au vendredi (35 heures)")
        "hours_days_paren": fastre.compile(
            r"(?i)\b(?:mon(?:day)?|sun(?:day)?|lunes|domingo|lundi|dimanche|segunda(?:-feira)?|montag|sonntag)\.?[ \t]{0,2}"
            r"(?:-|–|—|to|through|thru|a|al|au|à|bis|até)[ \t]{0,2}"
            r"(?:fri(?:day)?|sat(?:urday)?|thu(?:rsday)?|viernes|s[áa]bado|jueves|vendredi|samedi|jeudi|sexta(?:-feira)?|quinta(?:-feira)?|freitag|samstag|donnerstag)\b"
            r"[^()\n]{0,40}\([ \t]{0,2}(?P<n>(?:1[5-9]|[2-7]\d)(?:\.\d{1,2})?)[ \t]?(?:hours?|hrs?|horas|heures|stunden|std\.?)(?:[ \t]{0,2}/[^()\n]{1,20})?[ \t]{0,2}\)"  # not a day's "(8 hours)"
        ),
        # the week's days or shifts, then its hours: "6 days per week, 48 hours", "5 days a week / 40 hours", "4-5 shifts per week,
        # 35-40 hours", "Mon-Fri, 40+ hrs" (not "…, 8 hours a day": 15 or more, and not per day or shift)
        "hours_after_days": fastre.compile(
            r"(?i)(?:\b[1-7](?:[ \t]{0,2}[-–][ \t]{0,2}[1-7])?[ \t]{0,2}(?:days?|-day|shifts?)[ \t]{1,2}(?:per|a|each)[ \t]{1,2}week"
            r"|\b(?:[1-7]|four|five|six)[ \t]?-?[ \t]?day[ \t]{1,2}(?:work[ \t]?|working[ \t])?week"  # "a 4-day week, 48 hours"
            r"|\b(?:mon(?:day)?|sun(?:day)?)\.?[ \t]{0,2}(?:-|–|—|to|through|thru)[ \t]{0,2}(?:fri(?:day)?|sat(?:urday)?|thu(?:rsday)?)\b\.?)[ \t]{0,2}[,;/(–—-][ \t]{0,2}"
            r"(?P<n>(?:1[5-9]|[2-7]\d)(?:\.\d{1,2})?)(?:[ \t]{0,2}[-–][ \t]{0,2}(?P<m>(?:1[5-9]|[2-7]\d)(?:\.\d{1,2})?)|[ \t]{0,2}\+)?[ \t]{0,2}(?:hours?|hrs?)\b"
            r"(?![ \t]{0,2}(?:per|a|each|/)[ \t]{0,2}(?:day|shift|night))"
        ),
        # "four 10-hour shifts per week (40 hours)"
        "hours_paren": fastre.compile(
            r"(?i)(?:per|a|each)[ \t](?:week|wk)[ \t,]{0,2}\((?:=[ \t]?|total(?:l?ing)?[ \t]|approx(?:imately|\.)?[ \t])?"
            r"(?P<n>\d{1,2}(?:\.\d{1,2})?)[ \t]?(?:hours?|hrs?)(?:[ \t]total)?\)"
        ),
    }


def _header_end(ctx: Context) -> int:
    n = len(ctx.text)
    if not ctx.sections:
        return min(n, max(HEADER_MIN, min(HEADER_MAX, n // 6)))
    heads = ctx.sections_of("header")
    end = max((s.end for s in heads), default=ctx.sections[0].heading_start)
    return min(n, HEADER_MAX, max(end, 300))


def _ranges(ctx: Context, *kinds: str) -> list[tuple[int, int]]:
    return [(s.heading_start, s.end) for s in ctx.sections_of(*kinds)]


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _line_end(text: str, pos: int, cap: int) -> int:
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return min(end, pos + cap)


SENTENCE_VALUE_WORDS = 9  # a label's value this long, ending as a sentence, states its type near its start or not at all
SENTENCE_VALUE_REACH = 40


def _value_end(text: str, pos: int) -> int:
    """Where a label's value that starts at ``pos`` is read up to: its line (80 characters at most), or, when the line
    is a sentence ("37.5 hours per week, Monday to Friday, with some weekend work during seasonal launches."), its
    first 40 characters: a type named later in it qualifies something else."""
    end = _line_end(text, pos, 80)
    line_end = _line_end(text, pos, len(text))
    line = text[pos:line_end].rstrip()
    if line.endswith((".", "!")) and len(line.split()) >= SENTENCE_VALUE_WORDS:
        return min(end, pos + SENTENCE_VALUE_REACH)
    return end


# --------------------------------------------------------------------------- employment type

# a type's phrase that ends in a staff noun ("temporary staff", "seasonal workers"): it may name other people, not this job
_STAFF_NOUN_END = fastre.compile(r"(?i)\b(?:staff|workers?|employees?|hires|associates?)$")


def _value_in(text: str, start: int, end: int) -> Optional[tuple[str, int, int]]:
    """The employment type named in ``text[start:end]`` (a label's value).

    The first named type wins, except that a type directly qualified by another
    ("Full-time Internship", "Temporary full-time") takes the more specific one.
    """
    voc = _vocab()
    hits = []
    for m in voc["value"].finditer(text, start, end):
        value = next(k for k in voc["specificity"] if m.group(k))
        if value in ("part_time", "full_time") and m.group().upper() in ("PT", "FT") and not m.group().isupper():
            continue
        if value in ("temporary", "contract") and voc["permanent_before"].search(text, max(start, m.start() - 25), m.start()):
            continue  # "Indefinite term", "(permanent contract)": the contract's permanence, no contract or temporary type
        hits.append((value, m.start(), m.end()))
    if not hits or voc["self_employed"].search(text, start, end):
        return None
    best = hits[0]
    for nxt in hits[1:]:
        gap = text[best[2]: nxt[1]]
        if gap.strip(" -\t") == "" and voc["specificity"][nxt[0]] > voc["specificity"][best[0]]:
            best = (nxt[0], best[1], nxt[2])
        else:
            break
    if best[0] in ("full_time", "part_time"):
        # a schedule word and the contract's nature in one value ("Full-time, fixed-term 18 months"): the nature wins
        nature = next((h for h in hits if h[0] in ("temporary", "internship", "contract") and not voc["permanent_before"].search(text, max(start, h[1] - 25), h[1])), None)
        if nature is not None:
            best = nature
    return best


def employment_cues(ctx: Context) -> list[Cue]:
    """Every statement of an employment type (labelled values, header tags, phrases) with its confidence."""
    text = ctx.text
    voc = _vocab()
    head_end = _header_end(ctx)
    low_ranges = _ranges(ctx, "benefits", "company", "legal")
    cues: list[Cue] = []

    # 1. labelled values, on the label's line or (label alone on its line) the next line.
    for m in voc["label"].finditer(text):
        got = _value_in(text, m.end(), _value_end(text, m.end()))
        if got and not voc["skip_before"].search(text, max(m.end(), got[1] - 20), got[1]):
            cues.append(Cue(got[0], 0.9, m.start(), got[2], labelled=True))
    for m in voc["label_line"].finditer(text):
        pos = m.end()
        while pos < len(text) and text[pos] in "\r\n \t":
            pos += 1
        got = _value_in(text, pos, _value_end(text, pos))
        if got:
            cues.append(Cue(got[0], 0.88, got[1], got[2], labelled=True))
    for m in voc["label_bare"].finditer(text):
        got = _value_in(text, m.end(), _line_end(text, m.end(), 80))
        if got:
            cues.append(Cue(got[0], 0.86, m.start(), got[2], labelled=True))

    # 2. header lines (or their "·" parts) that are only a type; title tags "(Contract)".
    pos = 0
    while pos < head_end:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        seg_start = pos
        stop = min(end, pos + 400)
        bounds = [m.span() for m in _SEGMENT_SPLIT_RE.finditer(text, pos, stop)] + [(stop, stop)]
        if voc["self_employed"].search(text, pos, stop):
            bounds = []  # "plný úväzok, živnosť": employee or self-employed, no one type
        for a, b in bounds:
            seg = text[seg_start:a]
            sm = voc["standalone_re"].match(seg)
            if sm:
                value = voc["standalone"].get(re.sub(r"\s+", " ", sm.group(1).lower()))
                if value:
                    cues.append(Cue(value, 0.85, seg_start + sm.start(1), seg_start + sm.end(1)))
            seg_start = b
        pm = voc["standalone_pay_re"].match(text[pos:stop])
        if pm:
            value = voc["standalone"].get(re.sub(r"\s+", " ", pm.group(1).lower()))
            if value:
                cues.append(Cue(value, 0.8, pos + pm.start(1), pos + pm.end(1)))
        for tm in voc["title_tag"].finditer(text, pos, stop):
            value = voc["standalone"].get(re.sub(r"\s+", " ", tm.group(1).lower()))
            if value:
                cues.append(Cue(value, 0.8, tm.start(1), tm.end(1)))
        if nl < 0:
            break
        pos = nl + 1

    # 3. phrases.
    for regex, value, conf, labelled in voc["cues"]:
        for m in regex.finditer(text):
            if voc["skip_before"].search(text, max(0, m.start() - 25), m.start()) or voc["experience_after"].match(text, m.end()):
                continue  # "previous internships", "industrial placement experience": the candidate's past, not this job
            if value in ("full_time", "part_time") and voc["self_employed"].search(text, max(0, m.start() - 40), min(len(text), m.end() + 60)):
                continue  # "pełny etat (UoP) lub B2B": employee or self-employed
            if _STAFF_NOUN_END.search(m.group()) and voc["staff_handled_before"].search(text, max(0, m.start() - 80), m.start()):
                continue  # "Train new operators and temporary staff": the staff the job deals with
            c = conf
            if voc["weak_after"].match(text[m.end(): m.end() + 40]):
                if voc["policy_before"].search(text, max(0, m.start() - 12), m.start()):
                    continue  # "All full-time employees are eligible for …": a policy for a class of staff
                c = min(c, 0.45)
            if _inside(m.start(), low_ranges):
                c -= 0.25
            elif m.start() < head_end:
                c += 0.1 if value == "internship" and m.group() == "Intern" else 0.05
            cues.append(Cue(value, c, m.start(), m.end(), labelled=labelled))
    # 4. a field named "Full Time/Part Time": its value is labelled, the options in its name are no cues
    for m in voc["choice_label"].finditer(text):
        cues = [c for c in cues if not m.start() <= c.start < m.end()]
        got = _value_in(text, m.end(), _line_end(text, m.end(), 80))
        if got:
            cues.append(Cue(got[0], 0.9, got[1], got[2], labelled=True))
    others = other_jobs_start(ctx)  # ("Other current vacancies" / "Teller (Fixed Term) – Kitwe": another job's terms)
    return [c for c in cues if c.confidence > 0.3 and c.start < others]


def decide_employment(cues: list[Cue]) -> Optional[tuple[str, float, list[Cue]]]:
    """Labelled cues first (the first label wins), else the best-supported value.

    Returns:
        ``(value, confidence, supporting cues)`` or None.
    """
    if not cues:
        return None
    labelled = sorted((c for c in cues if c.labelled), key=lambda c: c.start)
    if labelled:
        value = labelled[0].value
        natures = [c.value for c in labelled if c.value in ("temporary", "internship", "contract")]
        if natures:
            # "Hours: Part-time" and "Contract: Fixed term": the contract's nature, labelled anywhere, beats the schedule;
            # of two natures the more specific ("Job type: Contract/Temp", "Duration: 9 month fixed term" → temporary)
            spec = _vocab()["specificity"]
            value = max(natures, key=lambda v: spec[v])
        support = [c for c in cues if c.value == value]
        return value, 0.9, sorted(support, key=lambda c: c.start)
    spec = _vocab()["specificity"]
    return vote(cues, specificity={v: 0.01 * w for v, w in spec.items()}, support_step=0.03, ceiling=0.9)


def offers_both(text: str, cues: list[Cue]) -> bool:
    """Does the posting offer full-time and part-time as alternatives ("Job Types: Full-time,
    Part-time", "Full Time & Part Time")? Then it states no one type.

    Args:
        text: the clean document text the cues point into.
        cues: the employment cues found in it.

    Returns:
        True when a full-time and a part-time cue stand side by side in one list, joined only
        by commas, ``&``, ``/`` or a joining word ("or", "und" …), other short items between
        them ("Flexible working, Full-time, Job share, Part-time").
    """
    gap = _vocab()["choice_gap"]
    spans = sorted({(c.start, c.end, c.value) for c in cues if c.value in ("full_time", "part_time")})
    for (_, a_end, a_value), (b_start, _, b_value) in zip(spans, spans[1:]):
        if a_value != b_value and 0 <= b_start - a_end <= 40 and gap.fullmatch(text, a_end, b_start):
            return True
    return False


@rule("employment_type", name="employment.type")
def employment_type_rule(ctx: Context) -> Iterator[Candidate]:
    """full_time / part_time / contract / temporary / internship, when the posting states it."""
    if not ctx.text:
        return
    cues = employment_cues(ctx)
    if offers_both(ctx.text, cues):
        return
    decided = decide_employment(cues)
    if not decided:
        return
    value, conf, support = decided
    spans = tuple(dict.fromkeys((c.start, c.end) for c in support[:3]))
    yield Candidate("employment_type", value, spans, round(conf, 3), "employment.type")


# --------------------------------------------------------------------------- weekly hours


def _hours(m: re.Match) -> Optional[float]:
    """The lower bound of the matched hours, or None when implausible."""
    try:
        value = float(m.group("n").replace(",", "."))
    except (TypeError, ValueError):
        return None
    if m.groupdict().get("mins"):
        value += int(m.group("mins")) / 60
    if not 0 < value <= MAX_WEEKLY_HOURS:
        return None
    return value


@dataclass(frozen=True)
class HoursReading:
    """One statement of weekly hours: ``value`` (the lower bound), ``upper`` (a range's upper end)."""

    value: float
    upper: Optional[float]
    confidence: float
    start: int
    end: int


# a benefit's eligibility threshold, not the job's hours: "coverage for associates working 20+ hours per week",
# "benefits are available to employees who work at least 30 hours a week"
_ELIGIBILITY_BEFORE = fastre.compile(
    r"(?i)\b(?:eligib\w*|coverage|benefits?|insurance|available|offered|qualify|entitled)\b[^.;!?\n]{0,60}?"
    r"\b(?:associates|employees|staff|team[ \t]members|workers|colleagues|those|anyone|partners|members|people)[ \t]{1,3}"
    r"(?:who[ \t]{1,3}(?:are[ \t]{1,3})?)?(?:working|work|works|scheduled(?:[ \t]{1,3}for)?)[ \t]{1,3}"
    r"(?:(?:at[ \t]least|a[ \t]minimum[ \t]of|an[ \t]average[ \t]of|over|more[ \t]than|or[ \t]more[ \t]than)[ \t]{1,3})?$"
)


def find_hours(ctx: Context) -> list[HoursReading]:
    """Every statement of hours per week in ``ctx.text`` ("37.5 hours per week", "Weekly Hours: 40"…).

    Hours per day or shift, implausible values and hours after a skip cue are not readings.
    Never raises on odd input.
    """
    text = ctx.text
    if not text:
        return []
    voc = _vocab()
    low_ranges = _ranges(ctx, "benefits", "company", "legal")
    found: list[HoursReading] = []
    for key, conf in (("hours_label", 0.9), ("hours_week_label", 0.9), ("hours_generic", 0.88), ("hours_bare", 0.7), ("hours_phrase", 0.75), ("hours_week", 0.72), ("hours_paren", 0.7), ("hours_days_paren", 0.7), ("hours_week_before", 0.72), ("hours_after_type", 0.72), ("hours_weekly_unit", 0.65), ("hours_after_days", 0.7), ("hours_week_is", 0.75)):
        for m in voc[key].finditer(text):
            if voc["hours_skip_before"].search(text, max(0, m.start() - 45), m.start()):
                continue
            if _ELIGIBILITY_BEFORE.search(text, max(0, m.start() - 140), m.start()):
                continue
            value = _hours(m)
            if value is None:
                continue
            upper = _upper_hours(m)
            c = conf - (0.25 if _inside(m.start(), low_ranges) else 0.0)
            found.append(HoursReading(value, upper, c, m.start(), m.end()))
    return found


def _upper_hours(m: re.Match) -> Optional[float]:
    """The upper end of a matched range ("30-40 hours"), when there is one."""
    upper = m.groupdict().get("m")
    try:
        return float(upper.replace(",", ".")) if upper else None
    except ValueError:
        return None


def find_weekly_hours(ctx: Context) -> Optional[tuple[float, float, tuple[int, int]]]:
    """``(hours, confidence, span)`` of the first stated weekly hours, labelled ones first."""
    found = find_hours(ctx)
    if not found:
        return None
    best_conf = max(f.confidence for f in found)
    first = min((f for f in found if f.confidence >= best_conf - 1e-9), key=lambda f: f.start)
    distinct = {f.value for f in found if f.confidence >= 0.7}
    conf = first.confidence - (0.1 if len(distinct) > 1 else 0.0)
    return first.value, conf, (first.start, first.end)


@rule("weekly_hours", name="employment.weekly_hours")
def weekly_hours_rule(ctx: Context) -> Iterator[Candidate]:
    """Hours per week as a number ("37.5 hours per week" → 37.5)."""
    got = find_weekly_hours(ctx)
    if got:
        value, conf, span = got
        yield Candidate("weekly_hours", value, (span,), round(conf, 3), "employment.weekly_hours")
