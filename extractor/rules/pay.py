"""Rules for ``salary``: a stated pay range (or single figure), its currency and period.

The value is a dict ``{"min", "max", "currency", "period"}`` (see the value
conventions): numbers are plain floats ("$120k" -> 120000, "₹18,00,000" ->
1800000, "€45.000,50" -> 45000.5, "12-18 LPA" -> 1200000-1800000 INR/year).

How it works:

1. Find every money amount: an optional currency mark before the number
   (``$ £ € ₹ ¥``, ``C$``, ``USD``, ``Rs.``...), the number in US, Indian,
   European or space-grouped notation, an optional multiplier (``k``, ``lakh``,
   ``L``, ``LPA``, ``crore``; funding-sized ``M``/``B`` rule the amount out) and an
   optional currency mark after it (``45,000 EUR``, ``45.000 €``).
2. Join neighbours into ranges (``-``, ``–``, ``to``, "between ... and ...").
3. Read the period right after the amount ("per year", "/hr", "p.a.", "pcm"...)
   or, failing that, from words before it on the same line ("Hourly rate:",
   "Annual salary", "CTC"); otherwise guess "year" from the size of the number
   at a lower confidence, or leave it null.
4. Keep amounts that are pay: the nearest keyword before the amount must not be
   a non-pay word (raised, revenue, bonus, 401(k), price...) and the words right
   after it must not make it something else ("in funding", "sign-on bonus").
   Pay keywords (salary, pay, rate, wage, CTC, stipend...) or a ``pay`` section
   raise the confidence.  The first good base-pay range wins.

All vocabulary is in ``extractor/data/currencies.json``, completed by the generated ``world.json`` (``extractor/data/world.py``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable, Optional

from extractor import fastre
from extractor.data import world
from extractor.rules.base import Candidate, Context, line_around, results_cards, rule
from extractor.rules.location import find_locations, gazetteer

FIELD = "salary"
CONTEXT_WINDOW = 120  # characters before an amount searched for pay / non-pay words
AFTER_WINDOW = 60
MAX_GAP = 30  # longest text between the two ends of a range
PERIOD_ABOVE_WINDOW = 250  # how far above a range's line a "Hourly base pay" heading may stand
PERIOD_PAY_GAP = 12  # at most this many characters between the period word and its pay word
YEAR_FROM_DEFAULT = 15_000.0  # a figure this large with no period is a yearly salary
YEAR_FROM_FIVE_FIGURES = 10_000.0  # the same with no currency written, in a dollar/pound/euro/franc country
TIE_MARGIN = 0.1  # the first candidate within this of the best one wins
MAX_VALUE = 1e9  # larger figures are never pay

_BLANK = r"[ \t\u00a0\u202f\u2009]"
# no letter follows ("45 000 Kč" is not 45 000 k); Japanese, Chinese and Korean script may ("25万円", "4,000만원")
_NO_LETTER = r"(?![^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
# US/Indian grouping, European dot grouping, space grouping, plain; optional 1-2 decimals.
_NUM = (
    r"(?:\d{1,3}(?:,\d{2})*(?:,\d{3})+(?!\d)"
    r"|\d{1,3}(?:\.\d{3})+(?![\d])"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+"
    r"|\d{1,3}(?:['’]\d{3}(?!\d))+"  # Swiss grouping: 110'000
    r"|\d+)"
    r"(?:[.,]\d{1,2}(?!\d))?"
)


@dataclass
class Amount:
    """One money amount found in the text."""

    start: int
    end: int
    raw: float  # the number as written, before the multiplier
    value: float
    currency: Optional[str]
    bare_dollar: bool  # currency came from a bare "$"
    multiplier: Optional[str]  # normalised multiplier word ("k", "lakh", "lpa"...)
    bare_rupee: bool = False  # currency came from a bare "Rs" (India's by default; Sri Lanka, Pakistan, Nepal write it too)


@cache
def _vocab() -> dict[str, Any]:
    return world.currency_vocab()


def _alt(words: Iterable[str], *, spaced: bool = True) -> str:
    """Longest-first alternation; inner spaces match 1-3 blanks when ``spaced`` (then, for use case-insensitively, as a trie)."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not spaced:
        return "|".join(re.escape(w) for w in ordered)
    return fastre.alternation((fastre.word_pieces(w, rf"{_BLANK}{{1,3}}") for w in ordered), ignorecase=True)


def _marks(words: Iterable[str]) -> str:
    """Alternation of currency marks; marks starting with a letter must not follow a letter."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w)
        parts.append(rf"(?<![A-Za-z]){esc}" if w[:1].isalpha() else esc)
    return "|".join(parts)


@cache
def _amount_pattern() -> re.Pattern[str]:
    v = _vocab()
    mult = _alt(v["multipliers"])
    return fastre.compile(
        rf"(?:(?P<pre>{_marks(v['prefix'])}){_BLANK}{{0,2}})?"
        rf"(?<![\d.,])(?P<num>{_NUM})"
        rf"(?:{_BLANK}{{0,2}}(?P<mult>(?i:{mult})){_NO_LETTER})?"
        rf"(?:{_BLANK}{{0,2}}(?P<suf>{_marks(v['suffix'])}){_NO_LETTER})?"
        r"(?![A-Z]{2})"  # a figure run into a capitalised name is part of it: "SAP S/4HANA", "B2B", "4GLTE"
    )


# a word that says which hours or days are paid, between "per" and the unit: "per flat-rate hour", "per billable hour"
_UNIT_QUALIFIER = r"(?:flat[- ]rate|billable|billed|worked|working|contact|teaching|clinical|scheduled|calendar|paid|productive)"


@cache
def _period_source() -> str:
    """Regex source matching one period expression; the group name ``p_<period>`` tells which (a longer word of another
    period wins over this period's word it opens with)."""
    groups = []
    periods = _vocab()["periods"]
    for period, spec in periods.items():
        units = _alt(spec.get("units", []))
        slash_units = _alt(list(spec.get("units", [])) + list(spec.get("slash_units", [])))
        words = _alt(spec.get("words", []))
        # another period's longer word that opens with one of this period's ("pa luna", a month, after "pa", a year): not this period
        longer = [x for other, o_spec in periods.items() if other != period for x in o_spec.get("words", [])
                  if any(x.casefold().startswith(w.casefold() + " ") for w in spec.get("words", []))]
        guard = rf"(?!(?:{_alt(longer)})(?![^\W\d_]))" if longer else ""
        groups.append(
            rf"(?P<p_{period}>{guard}(?:(?:per|a|an|each|every){_BLANK}{{1,2}}(?:{_UNIT_QUALIFIER}{_BLANK}{{1,2}})?(?:{units})"
            rf"|/{_BLANK}{{0,1}}(?:{slash_units}|{words})|(?<![A-Za-z])(?:{words}))(?-i:(?![^\W\d_A-Z])(?![A-Z]{{2}})))"  # "$24.13 / hourly" too  # "per hourA list…": a capital glued on by the scrape; "/hó" is not "/h"
            # (nor a code in capitals: "/ TJS per month" is no "/t", an hour)
        )
    return "(?i:" + "|".join(groups) + ")"


@cache
def _after_period_pattern() -> re.Pattern[str]:
    """A period stated right after an amount ("per year", "USD/yr", "/- per month", "(gross p.a.)")."""
    codes = _marks(_vocab()["suffix"])
    fillers = (
        r"(?i:gross|base|basic|brutto|bruto|brut|bruta|bruto|brüt|bruttó|nettó|μικτά|μεικτά|καθαρά|lordo|lordi|netti|net|netto|neto|líquido|total|fixed|pre-tax|before tax|after tax|tax[- ]free|salary|approx\.?|roughly|pesos|soles|arası|arasında|"
        r"\(?(?:\+|plus|excl\.?|excluding|incl\.?|including)[ \t]{0,2}VAT\)?|VAT|CTC|cost[ \t]to[ \t]company|kr\.?|:-|"
        + _alt(_vocab()["period_fillers"])  # more languages' gross/net words, as data
        + ")"
    )
    return fastre.compile(
        rf"(?:{_BLANK}{{0,2}}[/,.][-–])?{_BLANK}{{0,3}}"  # "₹25,000/- per month", "€ 3.600,- brutto"
        rf"(?:\([^\W\d_][^()\n\d]{{2,80}}\){_BLANK}{{1,3}}(?=\S))?"  # the amount in words: "Nfa 7,250.00 (Seven thousand … Nakfa) gross per month"
        rf"(?:[(,]{_BLANK}{{0,2}})?"
        rf"(?:(?:/{_BLANK}{{0,2}})?(?:{codes}){_BLANK}{{0,3}})?(?:{fillers}\)?(?:{_BLANK}{{1,3}}\(?|(?=/))){{0,2}}"  # "lei brut/lună", "kr/mån", "USD (fresh) per month"
        # the allowances added to it before the period that covers them all: "KWD 650 basic + KWD 150 housing + KWD 50 transport (monthly)"
        rf"(?:(?:{_BLANK}{{0,2}}\+{_BLANK}{{1,2}}(?:[A-Z]{{2,3}}{_BLANK}?)?\d[\d,.]*{_BLANK}{{1,2}}[^\W\d_]{{3,15}}){{1,4}}{_BLANK}{{1,3}}\(?)?"
        + _period_source()
    )


@cache
def _gap_pattern() -> re.Pattern[str]:
    """What may stand between the two ends of a range."""
    return fastre.compile(
        rf"{_BLANK}{{0,3}}(?:/-)?{_BLANK}{{0,2}}(?:{_period_source()}{_BLANK}{{0,3}})?"
        rf"(?P<conn>-{{1,2}}|\u2013|\u2014|\u2212|~|\u301c|\uff5e|(?i:to|and|en|und|et|y|e|och|og|i|és|ve|și|till|through|thru|up{_BLANK}to(?:{_BLANK}a{_BLANK}maximum{_BLANK}of)?|upto|(?:(?:and|,){_BLANK}{{1,2}}(?:it{_BLANK}|then{_BLANK})?|\({_BLANK}{{0,2}})?(?:rising|rises|increasing|increases|goes{_BLANK}up|going{_BLANK}up|progressing|progresses|moving{_BLANK}up){_BLANK}to(?:{_BLANK}a{_BLANK}maximum{_BLANK}of)?|a|à|al|hasta|até|bis|do|до|tot|à|až|sampai|hingga|s/d|s\.d\.|đến|tới|ile|iki|līdz|kuni|έως|עד|إلى|至|到)(?![^\W\d_])){_BLANK}{{0,3}}"
    )


@cache
def _context_pattern() -> re.Pattern[str]:
    """Pay words, non-pay words and period words, to search in the text before an amount."""
    v = _vocab()
    period_groups = "|".join(f"(?P<c_{p}>{_alt(words)})" for p, words in v["context_periods"].items())
    # (a period word after a letter and a dot is the tail of a legal form: the "p.A." of "Banca X S.p.A.")
    return fastre.compile(
        rf"(?<![A-Za-z])(?i:(?<![A-Za-z]\.)(?:{period_groups})|(?P<pay>{_alt(v['pay_words'])})|(?P<notpay>{_alt(v['not_pay_words'])}))(?![A-Za-z])"
        # the closing part of a compound that names an allowance or a bonus: "Friskvårdsbidrag", "Schichtzulage", "reiskostenvergoeding"
        rf"|(?<=[^\W\d_]{{3}})(?P<notpay_compound>(?i:{_alt(v['not_pay_compound_ends'], spaced=False)}))(?![^\W\d_])"
    )


@cache
def _after_not_pay_pattern() -> re.Pattern[str]:
    return fastre.compile(
        rf"{_BLANK}{{0,3}}(?i:(?:of|in|as|for){_BLANK}{{1,2}})?(?:(?!(?i:plus|and|with|incl)\b)[A-Za-z0-9\-/.]{{0,14}}[A-Za-z0-9\-/]{_BLANK}{{1,2}}){{0,3}}"  # no word ending a sentence
        rf"(?i:{_alt(_vocab()['after_not_pay'])})(?![A-Za-z])"
    )


_QUALIFIER = fastre.compile(
    r"(?<![^\W\d_])(?i:(?P<between>between|tussen|zwischen|entre|tra|mellan|mellom|między|mezi|között|între)|(?P<max>up\s{0,2}to|upto|max(?:imum)?(?:\s{1,2}of)?|not\s{1,2}to\s{1,2}exceed|no\s{1,2}more\s{1,2}than|as\s{1,2}much\s{1,2}as|bis\s{1,2}zu|jusqu['’]\s?à|hasta|até|tot\s{1,2}maximaal|tot|până\s{1,2}la|до|iki|līdz|kuni)"
    r"|(?P<min>from|starting\s{1,2}(?:at|from)|starts\s{1,2}at|starting|min(?:imum)?(?:\s{1,2}of)?|at\s{1,2}least|upwards\s{1,2}of|in\s{1,2}excess\s{1,2}of|over|more\s{1,2}than|mindest\w{0,12}(?:\s{1,2}(?:laut|lt\.|gemäß|nach)\s{1,2}(?:[\w.-]{1,30}\s{1,2}){1,6}?)?(?:\s{1,2}(?:von|beträgt|liegt\s{1,2}bei|ab))?|minimum\s{1,2}(?:gross\s{1,2}|monthly\s{1,2}|annual\s{1,2})?(?:salary|pay|wage)(?:\s{1,2}[\w.,-]{1,30}){0,9}?\s{1,2}(?:is|of|amounts\s{1,2}to)|ab|à\s{1,2}partir\s{1,2}de|a\s{1,2}partir\s{1,2}de|desde|vanaf|från|fra|od|dès|de\s{1,2}la|от|nuo|alates))"
    r"[ \t:]{0,3}$"
)
_SENTENCE_END = fastre.compile(r"[.!?;](?:\s+|\*\*)(?=[A-Z*])|\n")


def parse_number(text: str, has_multiplier: bool = False) -> Optional[float]:
    """The value of a number as written in US, Indian, European or space-grouped notation.

    Args:
        text: the digits and separators ("120,000", "18,00,000", "45.000,50", "45 000", "129.3").
        has_multiplier: a multiplier follows ("129.300k" is read as 129.3, not 129300).

    Returns:
        The float, or ``None`` if ``text`` is not a number.
    """
    s = re.sub(r"[ \u00a0\u202f\u2009'’]", "", text)
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        s = s.replace(",", "") if len(parts[-1]) == 3 else "".join(parts[:-1]) + "." + parts[-1]
    elif "." in s:
        parts = s.split(".")
        if len(parts) > 2 or (len(parts[-1]) == 3 and not has_multiplier):
            s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


_THREE_DECIMALS = re.compile(r"[^\d]{0,4}\d{1,3}\.\d{3}[^\d]{0,4}")  # "$24.113": no multiplier, one dot, three digits after it
_CODE_DIGITS = re.compile(r"00|0\d{3}")  # a number opening with zeros is a code, never an amount ("0042187"; "0.5" and "0,75" are)
_CODE_BEFORE_DOLLAR = re.compile(r"(?<![A-Za-z])([A-Z]{3})[ \t]?$")


def find_amounts(text: str) -> list[Amount]:
    """Every number in ``text`` with its currency marks and multiplier (most have neither).

    Args:
        text: the clean document text.
    """
    v = _vocab()
    prefix, suffix, factors = v["prefix"], v["suffix"], v["multipliers"]
    out: list[Amount] = _cifrao_amounts(text) if "$" in text else []
    taken = [(a.start, a.end) for a in out]
    for m in _amount_pattern().finditer(text):
        if taken and any(s < m.end() and m.start() < e for s, e in taken):
            continue
        mult = m.group("mult")
        mult_key = re.sub(r"\s+", " ", mult.lower()) if mult else None
        raw = parse_number(m.group("num"), mult is not None)
        if raw is None or _CODE_DIGITS.match(m.group("num")):
            continue  # "R0042187": a requisition's code, its digits led by zeros, no rand amount
        pre, suf = m.group("pre"), m.group("suf")
        currency = prefix.get(pre) if pre else (suffix.get(suf) if suf else None)
        if pre == "$" and suf and suffix.get(suf):
            currency, pre = suffix[suf], None  # "$25,000 MXN": the code after the figure says which dollar
        elif pre == "$" and (code := _CODE_BEFORE_DOLLAR.search(text, max(0, m.start() - 5), m.start())) and prefix.get(code.group(1)) == code.group(1):
            currency, pre = code.group(1), None  # "FJD $38,000": the code before the sign says which dollar
        out.append(
            Amount(
                start=m.start(),
                end=m.end(),
                raw=raw,
                value=round(raw * factors.get(mult_key, 1), 2) if mult_key else raw,
                currency=currency,
                bare_dollar=pre == "$" or (pre is None and suf == "$"),  # "22,50 $" (French Canada): which dollar, as a prefix "$"
                multiplier=mult_key,
                bare_rupee=pre in v["rupee_marks"],
            )
        )
    spelled = _spelled_amounts(text)
    return sorted(out + spelled, key=lambda a: a.start) if spelled else out


# the escudo's cifrão between units and centavos, as Cabo Verde writes its money: "85.000$00", "1.500$00"
_CIFRAO = fastre.compile(r"(?<![\d.,$])(?P<units>\d{1,3}(?:\.\d{3})+|\d{1,6})\$(?P<cents>\d{2})(?![\d$])")


def _cifrao_amounts(text: str) -> list[Amount]:
    """Amounts written with the cifrão as the decimal mark ("85.000$00"): Cabo Verde escudos."""
    out = []
    for m in _CIFRAO.finditer(text):
        value = float(m.group("units").replace(".", "")) + int(m.group("cents")) / 100
        out.append(Amount(m.start(), m.end(), value, value, "CVE", False, None))
    return out


@cache
def _spelled_pattern() -> re.Pattern[str]:
    """An amount written in words before a currency word ("two hundred quid", "fifteen pounds", ``spelled_numbers``)."""
    v = _vocab()
    numbers = _alt(v["spelled_numbers"], spaced=False)
    words = _alt([w for w in v["suffix"] if w.isalpha() and w.islower() and len(w) > 3], spaced=False)
    return fastre.compile(
        rf"(?i)(?<![\w-])(?P<num>(?:an?[ \t]+(?:hundred|thousand)|{numbers})(?!\w)"
        rf"(?:[ \t-]{{1,2}}(?:and[ \t]+)?(?:{numbers}|hundred|thousand)(?!\w))*)[ \t]{{1,2}}(?P<suf>{words})(?![\w-])"
    )


def _spelled_value(words: str) -> float:
    """The number that ``words`` spell ("two hundred" → 200, "a thousand five hundred" → 1500)."""
    units = _vocab()["spelled_numbers"]
    total = current = 0
    for word in re.split(r"[ \t-]+", words.lower()):
        if word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        else:  # a number word; "a" and "and" add nothing
            current += units.get(word, 0)
    return float(total + current)


def _spelled_amounts(text: str) -> list[Amount]:
    """Amounts written in words before a currency word, as a transcript writes them ("two hundred quid a day")."""
    suffix = _vocab()["suffix"]
    out = []
    for m in _spelled_pattern().finditer(text):
        value = _spelled_value(m.group("num"))
        currency = suffix.get(m.group("suf")) or suffix.get(m.group("suf").lower())
        if value > 0 and currency:
            out.append(Amount(m.start(), m.end(), value, value, currency, False, None))
    return out


_STREET_WORDS = r"(?:St|Street|Rd|Road|Ave|Avenue|Lane|Quay|Terrace|Tce|Blvd|Boulevard)"


@cache
def _dollar_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """``(currency, place names)`` patterns, the United States' first."""
    v = _vocab()
    places = [("USD", v["us_cues"]), *v["dollar_locales"].items()]
    # a place name before a street word names a street ("Cuba St", "Victoria Road"), not the country
    # (nor a name glued to another by a slash: "ImageJ/Fiji" is software)
    return [(code, fastre.compile(rf"(?<![A-Za-z/])(?:{_alt(names, spaced=False)})(?![A-Za-z])(?![ \t]+{_STREET_WORDS}\b)")) for code, names in places]


_MARKUP_LEAD = fastre.compile(r"^[ \t]*[=#*_>.\\-]+[a-z]*\d?[ \t]*")  # a heading's markup: "=head1 ", "## ", ".SH "


def _pronoun_us(text: str, m: re.Match[str]) -> bool:
    """The US cue ``m`` is the pronoun of an upper-cased heading ("ABOUT US", "JOIN US", "WHY US"): no country."""
    if m.group() != "US":
        return False
    line_start, line_end = line_around(text, m.start(), m.end())
    line = _MARKUP_LEAD.sub("", text[line_start:line_end])  # "=head1 WHY JOIN US" (Perl POD), "## ABOUT US"
    before = text[line_start : m.start()].split()
    return line == line.upper() and bool(before) and before[-1].lower() in _vocab()["us_pronoun_before"]


_US_STATUS_AFTER = re.compile(r"(?i)[ \t]+(?:dollars?|citizens?|citizenship|nationals?|persons|residents?|work[ \t]+authori[sz]ation)\b")


def dollar_currency(ctx: Context) -> str:
    """Which dollar (or peso) a bare "$" means in this posting: USD when the text names that currency
    ("USD $2,800"), else the "$" currency of the country its places of work lie in ("Calama, Región de
    Antofagasta" -> CLP, "Laval, QC" -> CAD), else USD when another US cue is named, else the one of
    another dollar country the text names, else USD (computed once per context)."""
    return ctx.once("_pay.dollar_currency", _dollar_currency_of)


def _dollar_currency_of(ctx: Context) -> str:
    sample = ctx.text[:200_000]
    patterns = _dollar_patterns()
    found = [m for m in patterns[0][1].finditer(sample) if not _pronoun_us(sample, m)]
    if any(m.group() in ("USD", "US$") or _US_STATUS_AFTER.match(sample, m.end()) for m in found):
        return "USD"  # the currency named ("USD $2,800", "Paid in US dollars") or who may take the job ("US citizens only")
    local = _local_currency(ctx)
    if local != "USD" and local in _vocab()["dollar_sign_currencies"]:
        return local  # the places of work lie in another dollar country: another US cue is a market or a route ("the US Northeast")
    if found:
        return "USD"
    if local == "USD" and any(f.country and f.country != "United States" for f in find_locations(ctx)[0]):
        return "USD"  # places in a country of the US dollar ("Pago Pago, American Samoa", "Quito, Ecuador"): no other dollar named wins
    return next((code for code, pattern in patterns[1:] if pattern.search(sample)), "USD")


@cache
def _locale_patterns(table: str, default: str, *, bounded: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(currency, places)`` patterns for the currencies that share one mark (``table``: "rupee_locales", "yuan_locales"),
    in the table's order: the table's own names and, when ``bounded``, for a currency other than ``default``, the
    gazetteer's towns of the countries paying in it that no other country has ("Curepipe" for MUR). ``bounded``: a
    name must not run into a Latin letter ("India" is not "Indiana"); unbounded, CJK names stand glued to their
    neighbours and no town is added (a Latin town's name in a CJK text is too often a word: "Seller Central")."""
    patterns = []
    for code, names in _vocab()[table].items():
        listed = _alt(names, spaced=False)
        pieces = [rf"(?<![A-Za-z])(?:{listed})(?![A-Za-z])" if bounded else listed]
        own = _towns_by_currency().get(code, []) if bounded and code != default else []
        if own:
            pieces.append(rf"(?<![A-Za-z])(?:{_alt(own, spaced=False)})(?![A-Za-z])")
        patterns.append((code, fastre.compile("|".join(pieces))))
    return tuple(patterns)


@cache
def _towns_by_currency() -> dict[str, list[str]]:
    """The gazetteer's town names that only one country has, grouped by that country's currency (read once)."""
    towns: dict[str, set[str]] = {}
    for place in world.gazetteer_data()["cities"]:
        for name in (place["name"], *place.get("aliases", [])):
            towns.setdefault(name, set()).add(place["country"])
    country_currency = _vocab()["country_currency"]
    by_currency: dict[str, list[str]] = {}
    for name, countries in towns.items():
        if len(countries) == 1 and (code := country_currency.get(next(iter(countries)))) is not None:
            by_currency.setdefault(code, []).append(name)
    return by_currency


def _named_currency(ctx: Context, table: str, default: str, *, bounded: bool = True) -> str:
    """The one currency of ``table`` whose places the text names, else ``default`` (also when several are named)."""
    sample = ctx.text[:200_000]
    named = [code for code, pattern in _locale_patterns(table, default, bounded=bounded) if pattern.search(sample)]
    return named[0] if len(named) == 1 else default


def _rupee_currency(ctx: Context) -> str:
    """Which rupee a bare "Rs" means: INR when India is named (or nothing is), else the one rupee country named."""
    return _named_currency(ctx, "rupee_locales", "INR")


def _yuan_currency(ctx: Context) -> str:
    """Which currency a "元" means: the one of Taiwan, Hong Kong or Macau whose places the text names (yuan_locales),
    else CNY."""
    return _named_currency(ctx, "yuan_locales", "CNY", bounded=False)


@dataclass
class _Context:
    pay: Optional[bool]  # nearest keyword before: pay word (True), non-pay word (False), none (None)
    period: Optional[str]  # period stated by words before the amount
    period_span: Optional[tuple[int, int]]


@dataclass(frozen=True)
class _Keyword:
    start: int
    end: int
    kind: str  # "pay" | "notpay" | a period name ("year", "hour"...)


class _Keywords:
    """All pay / non-pay / period words of a text, found in one pass, looked up by position."""

    def __init__(self, text: str):
        self.items: list[_Keyword] = []
        for m in _context_pattern().finditer(text):
            name = m.lastgroup or ""
            kind = name[2:] if name.startswith("c_") else "notpay" if name == "notpay_compound" else name
            self.items.append(_Keyword(m.start(), m.end(), kind))
        self.starts = [k.start for k in self.items]

    def between(self, lo: int, hi: int) -> list[_Keyword]:
        """The keywords lying inside ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return [k for k in self.items[i:j] if k.end <= hi]


def _context_before(text: str, start: int, keywords: _Keywords) -> _Context:
    """Keywords in the part of the sentence/line before ``start`` (the nearest pay/non-pay word decides)."""
    lo = max(0, start - CONTEXT_WINDOW)
    cut = 0
    for cut_match in _SENTENCE_END.finditer(text, lo, start):
        cut = cut_match.end() - lo
    pay: Optional[bool] = None
    period = None
    period_span = None
    for k in keywords.between(lo + cut, start):
        if k.kind == "notpay":
            pay, period, period_span = False, None, None  # "annual bonus": the period was the bonus's
        elif k.kind == "pay":
            pay = True
        elif _HOURS_BEFORE.search(text, max(0, k.start - 16), k.start):
            continue  # "(0.8 FTE, 32 hours per week) · $68,000–$74,000": the week is the hours', not the pay's
        elif _FIGURE_BEFORE.search(text, max(0, k.start - 8), k.start):
            continue  # "$24.13 - $30.76 / hourly; $50,383 - $64,226 / annually": the hour is the figure's before
        elif pay is False:
            continue  # "Budget Midpoint (hourly): $23.50": the period is the non-pay figure's
        else:
            pay, period, period_span = True, k.kind, (k.start, k.end)
    return _Context(pay, period, period_span)


_FIGURE_BEFORE = fastre.compile(r"\d[ \t]*/?[ \t]*\Z")  # (\Z: not a figure closing the line above)
_HOURS_BEFORE = fastre.compile(r"(?i)\b\d{1,2}(?:[.,]\d)?[ \t]*(?:hours?|hrs?|h)[ \t]*\Z")


@cache
def _piece_rate_pattern() -> re.Pattern[str]:
    """What a piece rate is paid per, right after an amount ("per mile", "/km", "per delivery"): ``piece_units``;
    or a pay period the schema has no name for ("per fortnight", "bi-weekly"): ``unnamed_periods``."""
    unnamed = _vocab().get("unnamed_periods", {})
    units = _alt([*_vocab().get("piece_units", []), *unnamed.get("units", [])])
    return fastre.compile(
        rf"(?i){_BLANK}{{0,3}}(?:(?:per|a|/|pro|par|por|every|each|cada){_BLANK}{{0,2}}(?:{units})|(?:{_alt(unnamed.get('words', []))}))(?![^\W\d_])"
    )


def _period_after(text: str, end: int) -> Optional[tuple[str, int]]:
    """The period stated right after ``end`` and where its expression ends."""
    m = _after_period_pattern().match(text, end, min(len(text), end + AFTER_WINDOW))
    if not m or not m.lastgroup or not m.lastgroup.startswith("p_"):
        return None
    return m.lastgroup[2:], m.end()


@cache
def _struck_label() -> re.Pattern[str]:
    """An open bracket with a deletion label and no closing bracket after it, up to the end of a line's part."""
    return fastre.compile(rf"[\[(][ \t]{{0,2}}(?i:{_alt(_vocab()['struck_out_labels'])})[ \t]{{0,2}}:[^\])\n]*$")


def _struck_out(text: str, start: int) -> bool:
    """True when the figure at ``start`` stands in text an editor struck out: inside a bracket opened by a
    deletion label ("[Suggested deletion: £26,500 per annum]", ``struck_out_labels``) or between markdown
    ``~~`` marks on its line ("~~£26,500~~ £27,900"). The replacement figure next to it is the pay."""
    line_start = text.rfind("\n", max(0, start - CONTEXT_WINDOW), start) + 1
    lo = max(line_start, start - CONTEXT_WINDOW)
    return text.count("~~", lo, start) % 2 == 1 or _struck_label().search(text, lo, start) is not None


_DURATION_AFTER = fastre.compile(r"[ \t]{0,2}(?i:weeks?|days?|months?|years?|hours?|hrs?|minutes?|mins?)\b")


def _is_something_else(text: str, end: int) -> bool:
    """True when the words right after an amount make it funding, a bonus, a count, a percentage..."""
    if text[end : end + 1] == "%":
        return True
    return bool(_after_not_pay_pattern().match(text, end, min(len(text), end + AFTER_WINDOW)))


@cache
def _estimate_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an estimate word later on the line, an employer word that makes the estimate the employer's own)."""
    v = _vocab()
    return fastre.compile(
        rf"[^\n]{{0,50}}?(?<![^\W\d_])(?i:{_alt(v['estimate_words'])})(?![^\W\d_])"
    ), fastre.compile(rf"(?i:{_alt(v['estimate_by_employer'])})")


# a board's estimate named before its figures: "Salary forecast by XING: €61,500 – €79,000", "Estimated salary from Indeed:",
# "Faixa salarial estimada pela Catho para este cargo: R$ …", "Sueldo estimado por Bumeran:"
_ESTIMATE_BY = fastre.compile(
    r"(?i)\b(?:(?:salary|pay|wage)[ \t]+(?:forecast|estimate|prediction)|estimated[ \t]+(?:salary|pay)|forecast|estimated|estimad[oa]|estimé[e]?|geschätzt)"
    r"[ \t]+(?:by|from|por|pela|pelo|par|von)[ \t]+\S[^\n]{0,45}$"
)


def _board_estimate(text: str, end: int, start: int = -1) -> bool:
    """True when the line after a figure calls it an estimate that is not the employer's: a job board's
    own salary estimate ("CHF 84'000 – 98'000 / Jahr (Schätzung von jobs.ch)", "(Glassdoor est.)") is
    not pay the posting states; "(Employer est.)" is. So is a figure starting at ``start`` that the line names
    before it as someone's estimate ("Salary forecast by XING: …")."""
    estimate, employer = _estimate_pattern()
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + 80)
    if start >= 0:
        line_start = max(text.rfind("\n", max(0, start - 60), start) + 1, start - 60)  # (the line's last 60 characters)
        lead = _ESTIMATE_BY.search(text, line_start, start)
        if lead is not None and not employer.search(text, line_start, start):
            return True
        own_start = text.rfind("\n", 0, start) + 1
        above_start = text.rfind("\n", 0, max(0, own_start - 1)) + 1
        if own_start > 0 and own_start - above_start <= 61 and len(text[own_start:start].strip()) <= 4 \
                and estimate.match(text, above_start, own_start - 1) is not None and not employer.search(text, above_start, own_start):
            return True  # "Lohnschätzung von jobs.ch" over "CHF 78'000 – 92'000 pro Jahr": the board's estimate named above its figures
    return estimate.match(text, end, line_end) is not None and not employer.search(text, end, line_end)


def _local_currency(ctx: Context) -> Optional[str]:
    """The currency of the country the posting's places of work lie in (one country only), else ``None``."""
    found, _ = find_locations(ctx)
    countries = set()
    for f in found:
        if f.country:
            countries.add(f.country)
        elif f.city:  # "Kommun: Göteborg": the gazetteer knows the city's country
            known = {p.country for p in gazetteer().names.get(f.city.casefold(), []) if p.country}
            countries |= known if len(known) == 1 else {None}
    codes = {_vocab()["country_currency"].get(c) if c else None for c in countries}
    return codes.pop() if len(codes) == 1 else None


def _infer_period(ctx: Context, value: float, currency: Optional[str], named: bool) -> Optional[str]:
    """``"year"`` for a figure with no period word that can only be a yearly salary: called pay
    (``named``: a pay word before it, or at least not a bare figure under the title) and large
    for its currency.  With no currency written, the posting's country decides: a five-figure
    amount is yearly where salaries are counted in dollars, pounds, euros or francs, and no
    period is guessed elsewhere ("Salary: 28000-38000" in Mumbai may be monthly)."""
    if not named:
        return None
    if currency is None and (local := _local_currency(ctx)) is not None:
        if local not in _vocab()["yearly_figure_currencies"]:
            return None
        return "year" if value >= YEAR_FROM_FIVE_FIGURES else None
    threshold = float(_vocab()["year_from"].get(currency or "", YEAR_FROM_DEFAULT))  # per currency in the data
    return "year" if value >= threshold else None


def _in_pay_section(ctx: Context, pos: int) -> bool:
    """In a pay section, or on a header line of its own (job boards show the pay under the title)."""
    return any(s.start <= pos < s.end for s in ctx.sections_of("pay")) or _alone_in_header(ctx, pos)


def _alone_in_header(ctx: Context, pos: int) -> bool:
    """The amount opens a line of the header (a bare figure under the title, no label)."""
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    return any(s.start <= pos < s.end for s in ctx.sections_of("header")) and not ctx.text[line_start:pos].strip()


def _pay_label_above(text: str, pos: int, keywords: _Keywords) -> bool:
    """The line above the amount's line is a short pay label ("Salary" over "$61,008 - $66,000", a table row)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip() or line_start == 0:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return line_start - above <= 40 and any(k.kind == "pay" for k in keywords.between(above, line_start))


LABEL_ABOVE_VALUE_MAX = 40  # the amount's own line under a bare pay label is a short value ("30000-40000", "45,000 - 55,000 per year")


def _bare_pay_label_above(text: str, pos: int, keywords: _Keywords) -> bool:
    """The amount opens a short line under a line that is nothing but a pay label ("Salary" or "Pay:" over
    "30000-40000"): the label-above form of "Salary: 30000-40000", which reads a figure without a currency."""
    line_start, line_end = line_around(text, pos, pos)
    if line_start == 0 or text[line_start:pos].strip() or line_end - line_start > LABEL_ABOVE_VALUE_MAX:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    label = text[above : line_start - 1].rstrip().rstrip(":").rstrip()
    lead = len(text[above : line_start - 1]) - len(text[above : line_start - 1].lstrip())
    found = keywords.between(above, line_start)
    if not (label and len(found) == 1 and found[0].kind == "pay" and found[0].start == above + lead and found[0].end == above + lead + len(label)):
        return False
    # the value line holds figures and at most a period ("per year"): "2-3 years of experience" is no pay
    periods = [k for k in keywords.between(line_start, line_end) if k.kind not in ("pay", "notpay")]
    return all(not ch.isalpha() or any(k.start <= i < k.end for k in periods) for i, ch in enumerate(text[line_start:line_end], line_start))


_PAY_IN_PHRASE = re.compile(r"(?i)[ \t](?:pay|rate|salary|wages?|compensation|earnings)\b")


def _period_above(text: str, pos: int, keywords: _Keywords) -> Optional[tuple[str, tuple[int, int]]]:
    """A period named with a pay word in the lines just above a range's line ("Hourly base pay" heading a
    table's column, "The hourly base pay ranges are:"), when nothing on its own line says what it is."""
    line_start = text.rfind("\n", 0, pos) + 1
    found = None
    for k in keywords.between(max(0, line_start - PERIOD_ABOVE_WINDOW), line_start):
        if k.kind == "notpay":
            found = None
        elif k.kind != "pay" and (_PAY_IN_PHRASE.search(text, k.start, k.end) or any(  # "Hourly Rate", "Annual salary": a pay phrase of its own
            j.kind == "pay" and -PERIOD_PAY_GAP <= j.start - k.end <= PERIOD_PAY_GAP for j in keywords.between(k.start - 30, k.end + 30)
        )):
            found = (k.kind, (k.start, k.end))
    return found


# a label ended by a colon, or by a pipe or a tab where a details table was flattened ("Salary | 70000-90000")
_LABEL_BEFORE = re.compile(r"[ \t]*[A-Za-z][\w ()/&.'’-]{0,50}(?::[ \t]*|[ \t]*\|[ \t]*|\t[ \t]*)")


def _labelled(text: str, start: int) -> bool:
    """True when the amount is the value of a label line ("Salary: 70000-90000", "Pay rate: 15-18", a table row
    flattened to "Salary | 70000-90000" or "Salary<TAB>70000-90000")."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 60:
        return False
    return _LABEL_BEFORE.fullmatch(text, line_start, start) is not None or _bare_pay_label().fullmatch(text, line_start, start) is not None


@cache
def _bare_pay_label() -> re.Pattern[str]:
    """A line opening with nothing but a pay word before the amount: a table row whose tab the normaliser made a
    space ("Salary 55000-75000")."""
    return re.compile(rf"(?i)[ \t]*(?:{_alt(_vocab()['pay_words'])})[ \t]+")


def _confidence(*, is_range: bool, has_currency: bool, pay_ctx: bool, period_how: str) -> float:
    """Score a salary candidate (see the module docstring); ``period_how`` is stated/inferred/none.

    A lone figure with no pay word near it ("$99/month plan"?) stays a weak guess.
    """
    conf = 0.45
    conf += 0.1 if is_range else 0.0
    conf += 0.1 if has_currency else 0.0
    conf += 0.2 if pay_ctx else 0.0
    conf += {"stated": 0.1, "inferred": 0.0, "none": -0.05}[period_how]
    if period_how == "none" or not has_currency:
        conf = min(conf, 0.5)
    if not is_range and not pay_ctx:
        conf = min(conf, 0.55)
    return round(min(conf, 0.95), 3)


# (a label over its value, the value on the next line, as Workday writes it: "Pay Range Minimum:" / "$51,400.00")
_LOW_LABEL = re.compile(r"(?i)[ \t]*(?:[A-Za-z][\w ()/&.'’-]{0,50}?\b)?(?:from|min|minimum|low|lower|lowest|starting)\b[\w ()/&.'’-]{0,30}:[ \t]*(?:\r?\n[ \t]*)?")
# a label line naming a count that is no pay ("Weekly hours min:", "Experience years max:", "Age from:")
_COUNT_LABEL = re.compile(r"(?i)\b(?:hours?|hrs|years?|yrs|age|experience|headcount|openings|vacancies|positions|staff)\b")
_HIGH_LABEL_GAP = re.compile(
    r"(?i)[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?P<conn>(?:[A-Za-z][\w ()/&.'’-]{0,50}?\b)?(?:to|max|maximum|high|higher|highest|upper)\b[\w ()/&.'’-]{0,30}:)[ \t]*(?:\r?\n[ \t]*)?"
)


@cache
def _period_label_pattern() -> re.Pattern[str]:
    """A period on the label line after a pay figure ("Salary Frequency: Annual", "Pay basis: per hour"),
    or alone on the next line, as boards show it under the figure ("$3,800 to $4,600" / "Monthly"), also in two
    languages ("mensual / monthly"); a record's bare "Period: month" too."""
    label = r"(?:[A-Za-z][\w ()/&.'’-]{0,40}?)?(?<![^\W\d_])(?i:frequency|period|basis|unit|interval|type|per)[ \t]*:[ \t]*"
    # under such a label a data file writes the unit alone: "Pay unit: HOUR", "Salary period: Month"
    units = "|".join(rf"(?P<u_{period}>{_alt(spec.get('units', []))})" for period, spec in _vocab()["periods"].items() if spec.get("units"))
    return fastre.compile(
        rf"[ \t]*\r?\n[ \t]*(?:{label}(?i:{units})(?![^\W\d_])|(?:{label})?"
        + _period_source()
        + r")(?:[ \t]*/[ \t]*[^\W\d_]{3,15})?[ \t.]*(?=\r?\n|$)"
    )


# a currency code on a label line of its own next to the figures, as a data file or a feed writes it
# ("Salary max: 27000" / "Salary currency: ZAR" / "Salary period: per month")
_CURRENCY_LABEL = re.compile(r"[ \t]*\r?\n[ \t]*(?:[A-Za-z][\w ()/&.'’-]{0,30}?)?(?i:currency)[ \t]*:[ \t]*(?P<code>[A-Z]{3})[ \t.]*(?=\r?\n|$)")


@cache
def _currency_codes() -> frozenset[str]:
    """The ISO codes the vocabulary knows (written after figures, or a country's own)."""
    v = _vocab()
    return frozenset(c for c in [*v["suffix"].values(), *v["country_currency"].values()] if len(c) == 3 and c.isupper())


# a code in brackets after the figure and its period names the currency its sign writes ("£24,460 per annum (St Helena
# pounds, SHP)", "$3,200 a month (BZD)")
_CODE_IN_BRACKETS = re.compile(r"[ \t]{0,2}\((?:[^()\n]{0,40}?[ \t,])?(?P<code>[A-Z]{3})\)")


def _code_in_brackets(text: str, end: int) -> Optional[re.Match[str]]:
    """The bracket right after ``end`` that names a known currency code, or ``None``."""
    return _known_code(_CODE_IN_BRACKETS, text, end, 60)


def _currency_label_after(text: str, end: int) -> Optional[re.Match[str]]:
    """The label line naming a known currency code right after ``end``, or ``None``."""
    return _known_code(_CURRENCY_LABEL, text, end, 80)


def _known_code(pattern: re.Pattern[str], text: str, end: int, reach: int) -> Optional[re.Match[str]]:
    """``pattern`` matched right at ``end`` (within ``reach`` characters) when its group ``code`` is a currency the
    vocabulary knows, else ``None``."""
    m = pattern.match(text, end, min(len(text), end + reach))
    return m if m is not None and m.group("code") in _currency_codes() else None


# "… $70,000 to a maximum pay of $95,000", "$52,000 and a maximum of $61,000": the top end named in words
_MAX_WORDS_GAP = fastre.compile(
    r"(?i)[ \t]{0,3},?[ \t]{0,3}(?P<conn>to|and|through|up[ \t]to|-|\u2013)[ \t]{1,3}(?:(?:an?|the)[ \t]{1,3})?"
    r"(?:max(?:imum)?\b\.?|highest\b|top\b|upper\b)(?:[ \t]{1,3}[a-z]{2,12}){0,3}?[ \t]{0,3}(?:of|is|at|:)?[ \t]{0,3}"
)


_AND_WORDS = frozenset("and en und et y e och og i és ve și".split())
_BETWEEN_BEFORE = fastre.compile(r"(?i:between|tussen|zwischen|entre|tra|fra|mellan|mellom|między|mezi|között|arasında|între)\s{1,3}$")


# two cells of one table row ("| Huntsville, AL | $108,000 | $142,000 |") under a header row that names
# the columns low and high ("| Location | Minimum | Maximum |", "Min | Max", "From | To")
_CELL_GAP = fastre.compile(r"[ \t]*\|[ \t]*")
_LOW_HIGH_HEADER = fastre.compile(
    r"(?im)^[ \t]*\|?[^\n]*\|[ \t]*(?:min(?:imum)?|low(?:est)?|from|starting|minimo|mínimo|von|de)\b[^|\n]{0,30}\|[ \t]*"
    r"(?:max(?:imum)?|high(?:est)?|to|top|maximo|máximo|bis|a)\b[^|\n]{0,30}\|?[ \t]*$"
)
TABLE_HEADER_WINDOW = 400  # how far above a row its header row may stand


def _table_cells(text: str, a: Amount, b: Amount) -> Optional[re.Match[str]]:
    """The cell border when ``a`` and ``b`` are adjacent cells of a table row whose header row
    names the two columns the low and the high end of the pay."""
    if "|" not in text[a.end:b.start]:
        return None
    gap = _CELL_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    row = text.rfind("\n", max(0, a.start - TABLE_HEADER_WINDOW), a.start)
    if row < 0:
        return None  # no header row within reach
    window = text[max(0, row - TABLE_HEADER_WINDOW):row + 1]
    return gap if _LOW_HIGH_HEADER.search(window) else None


# letters written right before a figure, glued or after one space: the "CI" of "CI$3,200", the "Ar " of "Ar 900 000"
_LETTERS_BEFORE = re.compile(r"(?<![^\W\d_])[A-Za-z]{1,3}\.?[ \t\u00a0]?\Z")


def _repeated_mark(text: str, a: Amount, b: Amount) -> int:
    """How many characters of the gap before ``b`` repeat the currency letters written before ``a``, so that
    "CI$3,200 - CI$4,100", "B$48,000 - B$58,000" and "D 9,500 - D 12,000" pair like "$3,200 - $4,100"; else 0."""
    m = _LETTERS_BEFORE.search(text, max(0, a.start - 5), a.start)
    if m is None or not text.endswith(m.group(), a.end, b.start) or text[b.start - len(m.group()) - 1].isalpha():
        return 0
    return len(m.group())


_YEAR_FIGURE = fastre.compile(r"(?:19[5-9]|20[0-4])\d")  # a model year as written: four digits, no separator
_SCALE_STEP_BEFORE = fastre.compile(r"(?i)\b(?:range|level|step|grade|band|class|tier|scale|pay[ \t]+point)[ \t]*\Z")


def _pair(text: str, a: Amount, b: Amount) -> Optional[re.Match[str]]:
    """The connector when ``a`` and ``b`` form a range ("$120k - $150k", "between X and Y"), or the
    two label lines of a range written over two lines ("Salary From: 90000" / "Salary To: 110000")."""
    if b.start - a.end > MAX_GAP + 60:
        return None
    if a.currency is None and b.currency is not None and _YEAR_FIGURE.fullmatch(text, a.start, a.end) and b.value > 3 * a.value:
        return None  # "Renault Trafic 2018 – 14 500 €": a model year before a price, no range
    if a.currency is None and b.currency is not None and _SCALE_STEP_BEFORE.search(text, max(0, a.start - 14), a.start):
        return None  # "Level 3, Range 2 – $35.12 to $38.90": a pay scale's step number before the pay, no range
    line_start = text.rfind("\n", 0, a.start) + 1
    if line_start > 1 and not text[line_start:a.start].strip():
        line_start = text.rfind("\n", 0, line_start - 1) + 1  # the figure alone on its line: its label is the line above
    if _LOW_LABEL.fullmatch(text, line_start, a.start) and (labels := _HIGH_LABEL_GAP.fullmatch(text, a.end, b.start)):
        return None if _COUNT_LABEL.search(text, line_start, a.start) else labels  # "Weekly hours min: 20": no pay
    if b.start - a.end > MAX_GAP:
        return None
    worded = _MAX_WORDS_GAP.fullmatch(text, a.end, b.start)
    if worded is not None:
        return worded
    gap = _gap_pattern().fullmatch(text, a.end, b.start)
    repeated = 0
    if gap is None and (repeated := _repeated_mark(text, a, b)):
        gap = _gap_pattern().fullmatch(text, a.end, b.start - repeated)
    if gap is None:
        # the low end closing a line with its dash, the high end opening the next: "CA$128,000 –" / "CA$151,000 per year"
        broken = _LINE_END_DASH.fullmatch(text, a.end, b.start) or (_LINE_END_DASH.fullmatch(text, a.end, b.start - repeated) if repeated else None)
        return broken or _table_cells(text, a, b)
    if gap.group("conn").lower() in _AND_WORDS and not _BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start):
        return None  # "between X and Y", "tussen X en Y", "zwischen X und Y": "and" joins a range only after "between"
    return gap


_LINE_END_DASH = fastre.compile(rf"{_BLANK}*(?P<conn>-|\u2013|\u2014){_BLANK}*\n{_BLANK}*")
# the step of an incremental salary scale, written between its two ends in Commonwealth public-service notices:
# "$68,448 x $1,704 – $80,376", "£21,000 x £600 - £24,000", "K45,000 × 1,500 – K52,500"
_INCREMENT_GAP = fastre.compile(r"[ \t]{0,2}[x×][ \t]{0,2}")
# or between dashes, South Asian pay scales: "Nu. 20,540 - 410 - 26,690", "Rs. 9,300 - 300 - 12,000" (a step under a tenth of the start)
_INCREMENT_DASH = fastre.compile(r"[ \t]{0,2}[-–][ \t]{0,2}")
MAX_DASHED_STEP_SHARE = 0.1


def _scale_step(text: str, amounts: list[Amount], i: int) -> Optional[re.Match[str]]:
    """The connector between a scale's step and its top end when ``amounts[i:i+3]`` read "start x step – top"
    (the step smaller than the start, the top above it), else ``None``."""
    if i + 2 >= len(amounts):
        return None
    low, step, top = amounts[i:i + 3]
    if not (step.value < low.value < top.value):
        return None
    if not _INCREMENT_GAP.fullmatch(text, low.end, step.start) and not (
        _INCREMENT_DASH.fullmatch(text, low.end, step.start) and step.value <= MAX_DASHED_STEP_SHARE * low.value
    ):
        return None
    return _pair(text, step, top)


def find_salaries(ctx: Context) -> list[Candidate]:
    """Every amount or range in the text that reads as pay, in document order.

    Args:
        ctx: the clean document and its sections.

    Returns:
        One candidate per pay amount or range (the rule keeps the best); never raises on odd input.
    """
    text = ctx.text
    v = _vocab()
    reject, inr_units, year_units = set(v["reject_multipliers"]), set(v["inr_multipliers"]), set(v["year_multipliers"])
    amounts = _with_million_dollars(ctx, _with_local_marks(ctx, find_amounts(text)), reject)
    keywords: Optional[_Keywords] = None
    dollar: Optional[str] = None
    rupee: Optional[str] = None
    cards = results_cards(ctx)
    out: list[Candidate] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        b = amounts[i + 1] if i + 1 < len(amounts) else None
        gap = _pair(text, a, b) if b is not None else None
        step = _scale_step(text, amounts, i)
        if step is not None:  # "$68,448 x $1,704 – $80,376": the scale's ends, its yearly step left out
            b, gap = amounts[i + 2], step
        parts = [a, b] if gap is not None and b is not None else [a]
        i += len(parts) + (step is not None)
        if not _worth_a_look(text, parts, reject, inr_units) or any(s <= a.start < e for s, e in cards):
            continue  # (a board's search results over the posting: other jobs' pay)
        keywords = keywords or _Keywords(text)
        cand = _candidate(ctx, parts, gap, keywords, reject, inr_units, year_units)
        if cand is None:
            continue
        if cand.value["currency"] == "USD" and any(p.bare_dollar for p in parts):
            dollar = dollar or dollar_currency(ctx)
            if dollar != "USD":
                cand = Candidate(
                    FIELD, {**cand.value, "currency": dollar}, cand.spans, round(cand.confidence - 0.05, 3), cand.method
                )
        if cand.value["currency"] == "INR" and any(p.bare_rupee for p in parts):
            rupee = rupee or _rupee_currency(ctx)
            if rupee != "INR":
                cand = Candidate(FIELD, {**cand.value, "currency": rupee}, cand.spans, cand.confidence, cand.method)
        if cand.value["period"] == "hour" and cand.value["currency"] in _vocab()["dot_decimal_currencies"] \
                and all(_THREE_DECIMALS.fullmatch(text, p.start, p.end) for p in parts):
            # "$24.113 - $26.942 Hourly" (a Canadian union's wage grid): a dollar hour's rate in three decimals, not thousands
            low, high = (None if v is None else round(v / 1000, 3) for v in (cand.value["min"], cand.value["max"]))
            cand = Candidate(FIELD, {**cand.value, "min": low, "max": high}, cand.spans, cand.confidence, cand.method)
        out.append(cand)
    return out


def _with_million_dollars(ctx: Context, amounts: list[Amount], reject: set[str]) -> list[Amount]:
    """Bare-"$" amounts in millions read in the posting's own dollar when pay runs to millions in it
    ("$2.4M - $2.8M per annum" in Jamaica is JMD, ``million_pay_currencies``); elsewhere they stay funding-sized."""
    if not any(a.bare_dollar and a.multiplier in reject for a in amounts):
        return amounts
    dollar = dollar_currency(ctx)
    if dollar not in _vocab()["million_pay_currencies"]:
        return amounts
    return [dataclasses.replace(a, currency=dollar) if a.bare_dollar and a.multiplier in reject else a for a in amounts]


@cache
def _local_mark_codes() -> tuple[dict[str, set[str]], tuple[int, ...]]:
    """``local_marks`` read once: each mark with the currencies it writes ("K" is the kwacha in Zambia and Malawi,
    the kina in Papua New Guinea), and the lengths of the marks of two or more characters."""
    marks: dict[str, set[str]] = {}
    for code, ms in _vocab().get("local_marks", {}).items():
        for m in ms if code != "_doc" else ():
            marks.setdefault(m, set()).add(code)
    return marks, tuple(sorted({len(m) for m in marks if len(m) > 1}))


def _with_local_marks(ctx: Context, amounts: list[Amount]) -> list[Amount]:
    """Amounts with a letter before them that is the currency where the posting's places of work lie
    ("N250,000 - N350,000" in Lagos is naira, ``local_marks``); the letter counts in no other country."""
    text, (marks, long_lengths) = ctx.text, _local_mark_codes()
    marked = [(i, m) for i, a in enumerate(amounts) if a.currency is None for m in [_local_mark_before(text, a.start, marks)] if m]
    coded = [(i, m) for i, a in enumerate(amounts) if a.currency is None for m in [_CODE_AFTER.match(text, a.end)] if m]
    trailing = [(i, m) for i, a in enumerate(amounts) if a.currency is None for m in [_LOCAL_MARK_AFTER.match(text, a.end)] if m and m.group("mark") in marks]
    # a written sign that is another currency at home: "C$ 18,500" in Managua is the córdoba, not the Canadian dollar
    own = [(i, m) for i, a in enumerate(amounts) if a.currency for m in (text[a.start : a.start + n] for n in long_lengths) if len(m) > 1 and m in marks]
    if not marked and not coded and not trailing and not own:
        return amounts
    local = _local_currency(ctx)
    out = list(amounts)
    for i, mark in own:
        if local in marks[mark]:
            out[i] = dataclasses.replace(amounts[i], currency=local, bare_dollar=False)
    for i, (start, mark) in marked:
        a = amounts[i]
        if local in marks[mark]:
            out[i] = Amount(start, a.end, a.raw, a.value, local, False, a.multiplier)
    for i, mark in trailing:  # "1.600 KM neto" in Zenica, "450 000 Ar" in Antananarivo: the local mark after the figure
        a = out[i]
        if local in marks[mark.group("mark")] and a.currency is None:
            out[i] = Amount(a.start, mark.end(), a.raw, a.value, local, False, a.multiplier)
    for i, code in coded:  # "70,000 – 90,000 ALL per month" in Tirana: the country's own ISO code, even one that is an English word
        a = out[i]
        if code.group("code") == local and a.currency is None:
            out[i] = Amount(a.start, code.end(), a.raw, a.value, local, False, a.multiplier)
    return out


# an ISO code in capitals right after a figure, read as a currency only where it is the places of work's own
_CODE_AFTER = re.compile(r"[ \t\u00a0]{1,2}(?P<code>[A-Z]{3})(?![A-Za-z])")


# a local mark of two or more letters after a figure (a single letter there is too often a unit or an initial)
_LOCAL_MARK_AFTER = re.compile(r"[ \t\u00a0]{1,2}(?P<mark>[A-Z](?:[A-Za-z]{1,3}|[ .][A-Z]{3})\.?)(?![A-Za-z])")  # "Ar", "KM", "F CFA", "F.CFP"
_LOCAL_MARK_BEFORE = re.compile(r"(?<![^\W\d_])(?P<mark>[A-Z][A-Za-z]{0,3}\.?) ?\Z")  # "K", "MK", "Bs", "Nu.", "FCFA"


def _local_mark_before(text: str, start: int, marks: dict[str, set[str]]) -> Optional[tuple[int, str]]:
    """The local mark written right before an amount, glued or after one space ("K1,850", "P 9,800.00", "MK 1,450,000"),
    as ``(where it starts, the mark)``; a mark must not end a longer word."""
    m = _LOCAL_MARK_BEFORE.search(text, max(0, start - 6), start)
    return (m.start(), m.group("mark")) if m and m.group("mark") in marks else None


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d\.0")
# a single figure open at the top: "$20+", "時給1,200円〜", "月給25万円以上" (a tilde with no second figure after it)
_OPEN_TOP = re.compile(r"\+|[〜～~](?![ \t\u3000]{0,2}[\d¥$€£])|以上")
# the sentence goes on to offer more than the figure (an Austrian collective agreement's minimum): "…; we are prepared to
# pay more depending on …", "…, Bereitschaft zur Überzahlung", "… (Überzahlung je nach Qualifikation möglich)"
_OVERPAY_AFTER = re.compile(r"(?i)[^\n.]{0,120}?\b(?:prepared|willing|ready|able)\s{1,2}to\s{1,2}pay\s{1,2}more\b|[^\n.]{0,120}?\büberzahlung")


def _rejected(parts: list[Amount], reject: set[str], text: str) -> bool:
    """A funding-sized multiplier ("$2 million"), unless monthly pay runs to millions in the figures' currency ("2.5 million
    KRW"), or yearly pay does and a year follows the figures: "1.1M ~ 1.5M TWD / year"."""
    if not any(p.multiplier in reject for p in parts):
        return False
    currency = next((p.currency for p in reversed(parts) if p.currency), None)
    if currency in _vocab()["million_pay_currencies"]:
        return False
    period = _period_after(text, parts[-1].end)
    return currency not in _vocab()["million_year_pay_currencies"] or period is None or period[0] != "year"


def _worth_a_look(text: str, parts: list[Amount], reject: set[str], inr_units: set[str]) -> bool:
    """Cheap first filter: positive amounts, no funding-sized multiplier, and a currency (or a currency label after a
    lone figure: "Amount: 520.00" / "Currency: CAD"), an Indian unit or a decimal-free figure."""
    if _rejected(parts, reject, text) or any(not 0 < p.value <= MAX_VALUE for p in parts):
        return False
    if len(parts) == 1 and parts[0].currency is None and parts[0].multiplier is None and _YEAR_LIKE.fullmatch(str(parts[0].raw)):
        return False  # "MARCH 18, 2025": a bare year is never pay
    return any(p.currency is not None or p.multiplier in inr_units for p in parts) or len(parts) == 2 or parts[0].value >= 1000 \
        or _currency_label_after(text, parts[0].end) is not None


def _candidate(
    ctx: Context,
    parts: list[Amount],
    gap: Optional[re.Match[str]],
    keywords: _Keywords,
    reject: set[str],
    inr_units: set[str],
    year_units: set[str],
) -> Optional[Candidate]:
    """Turn one amount or one range into a salary candidate, or ``None`` when it is not pay."""
    text = ctx.text
    first, last = parts[0], parts[-1]
    if _rejected(parts, reject, text):
        return None
    if any(p.value <= 0 for p in parts):
        return None
    is_range = len(parts) == 2
    low, high = first.value, last.value
    if is_range:
        # "$120-150k", "12-18 LPA", "4,200~5,000만원": the multiplier written once applies to both ends
        # (a bare low end at most the top end's written figure is in the same unit).
        if last.multiplier and not first.multiplier and (first.raw < 1000 or first.raw <= last.raw):
            low = round(first.raw * _vocab()["multipliers"][last.multiplier], 2)
        elif first.multiplier and not last.multiplier and last.raw < 1000:
            high = round(last.raw * _vocab()["multipliers"][first.multiplier], 2)
        elif not first.multiplier and not last.multiplier and first.raw == int(first.raw) and 1 <= high / (first.raw * 1000 or 1) < 10:
            low = first.raw * 1000  # "£40-65,000": the thousands written once, on the top end
        if low > high:
            return None
    multipliers = {p.multiplier for p in parts if p.multiplier}
    # an explicit mark beats a bare "$" ("$25,000 - $30,000 MXN")
    explicit = next((p.currency for p in parts if p.currency and not p.bare_dollar), None)
    currency = explicit or first.currency or last.currency or ("INR" if multipliers & inr_units else None)
    shared = _vocab()["shared_marks"].get(currency or "")
    if shared is not None:  # "kr.", "lei", "درهم": the currency of the posting's country among those writing that mark
        local = _local_currency(ctx)
        currency = local if local in shared["currencies"] else shared["otherwise"]
    elif currency == "YUAN":  # "元" is the yuan of the one yuan country the text names, else the renminbi
        currency = _yuan_currency(ctx)

    end = last.end
    if text[end : end + 1] == "+" and not is_range:
        end += 1
    if _is_something_else(text, end) or (is_range and _is_something_else(text, first.end)):
        return None
    if currency is None and _DURATION_AFTER.match(text, end):
        return None  # "two cruises per year (2–3 weeks each)": a figure of time, no money
    if _board_estimate(text, end, first.start) or _struck_out(text, first.start):
        return None
    before = _context_before(text, first.start, keywords)
    if before.pay is False:
        return None
    if currency is None and (code := _CODE_BEFORE.search(text, max(0, first.start - 12), first.start)) is not None \
            and code.group(1).lower() not in _vocab()["pay_words"]:
        return None  # "under NZS 3910", "ISO 9001": a standard's or a form's number after its code, not a figure of pay
    called_base = _BASE_CALLED.match(text, end, min(len(text), end + 12)) is not None  # "£32,000 basic + commission": named pay
    # "$130,000 – $145,000 + super": the retirement contribution paid on top of a salary names the figures as salary
    called_base = called_base or _PLUS_SUPER.match(text, end, min(len(text), end + 30)) is not None
    pay_ctx = bool(before.pay) or _in_pay_section(ctx, first.start) or called_base

    # Period: right after the amount, inside the range gap, from the multiplier, before it, or by size.
    spans: list[tuple[int, int]] = []
    period, period_how = None, "none"
    named_code = _currency_label_after(text, end) if currency is None else None
    if named_code is not None:
        currency, end = named_code.group("code"), named_code.end()
    signed = currency is not None and not text[first.start : first.start + 3].isalpha()  # written with a sign, not a code
    if signed and (coded := _code_in_brackets(text, end)) is not None:
        currency, end, signed = coded.group("code"), coded.end(), False  # "$2,900 (BZD) a month"
    after = _period_after(text, end)
    if after is None and (label := _period_label_pattern().match(text, end, min(len(text), end + 120))) and label.lastgroup:
        after = (label.lastgroup[2:], label.end())
        if currency is None and (named_code := _currency_label_after(text, label.end())) is not None:
            currency = named_code.group("code")  # "Pay period: Monthly" / "Currency: BWP"
    gap_period = next((g[2:] for g, val in gap.groupdict().items() if g.startswith("p_") and val), None) if gap else None
    piece = _piece_rate_pattern().match(text, end, min(len(text), end + AFTER_WINDOW)) if after is None and not gap_period else None
    if after is not None:
        period, end = after[0], after[1]
    elif piece is not None:
        end = piece.end()  # "$0.62 - $0.68 per mile": a piece rate, its unit stated and no period the schema names
    elif gap_period:
        period = gap_period
    elif multipliers & year_units:
        period = "year"
    elif before.period:
        period = before.period
        if before.period_span:
            spans.append(before.period_span)
    elif is_range and before.pay is None and (above := _period_above(text, first.start, keywords)):
        period = above[0]
        spans.append(above[1])
    if period or piece is not None:
        period_how = "stated"
    else:
        named = bool(before.pay) or called_base or not _alone_in_header(ctx, first.start) or _pay_label_above(text, first.start, keywords)
        named = named or (is_range and "k" in multipliers and currency is not None)  # "$150k – $190k" under the title: salary shorthand
        sized_in = dollar_currency(ctx) if currency == "USD" and any(p.bare_dollar for p in parts) and named else currency
        period = _infer_period(ctx, high, sized_in, named)  # "$ 32.000" in Uruguay is sized as pesos
        period_how = "inferred" if period else "none"

    if signed and (coded := _code_in_brackets(text, end)) is not None:
        currency, end = coded.group("code"), coded.end()  # "£24,460 per annum (St Helena pounds, SHP)"

    # "0.8-1.2万/月": an East Asian unit with a stated period is pay shorthand on its own, with no currency written
    shorthand = period_how == "stated" and bool(multipliers & set(_vocab()["pay_shorthand_multipliers"]))
    pay_ctx = pay_ctx or shorthand
    if currency is None and not (pay_ctx and period_how == "stated") and not (before.pay and _labelled(text, first.start)) \
            and not _bare_pay_label_above(text, first.start, keywords):
        return None
    if not is_range and not pay_ctx and period_how != "stated":
        return None

    # Single figure: "up to £40,000" is a max, "from $20/hr" / "$20+" a min.
    start = first.start
    q = _QUALIFIER.search(text, max(0, start - 80), start)
    value_min: Optional[float] = low
    value_max: Optional[float] = high
    if q is not None and (q.group("between") or not is_range or q.group("min")):
        start = q.start()
    if not is_range:
        if q is not None and q.group("max"):
            value_min = None
        elif (q is not None and q.group("min")) or _OPEN_TOP.match(text, last.end) or _OVERPAY_AFTER.match(text, last.end):
            value_max = None

    confidence = _confidence(is_range=is_range, has_currency=currency is not None, pay_ctx=pay_ctx, period_how=period_how)
    value = {"min": value_min, "max": value_max, "currency": currency, "period": period}
    return Candidate(FIELD, value, tuple([(start, end)] + spans), confidence, "pay.amount")


@rule(FIELD, name="pay.amount")
def salary(ctx: Context) -> Iterable[Candidate]:
    """The first base-pay range (or figure) among the best-scored money amounts in the text."""
    candidates = find_salaries(ctx)
    if not candidates:
        return []
    best = max(c.confidence for c in candidates)
    close = [c for c in candidates if c.confidence >= best - TIE_MARGIN]
    kinds = [pay_kind(ctx.text, c.spans[0][0], c.spans[0][1]) for c in close]
    if "base" in kinds:  # a base range wins over an OTE or total-package one, not over pay stated plainly before it
        close = [c for c, kind in zip(close, kinds) if kind is None or (kind == "base" and not _inside_a_range(ctx.text, c, close))]
    elif all(kind == "target" for kind in kinds):  # "Up to £32,000 basic + uncapped commission (OTE £50,000)": the basic,
        base = [c for c in candidates if pay_kind(ctx.text, c.spans[0][0], c.spans[0][1]) == "base"]  # though scored lower (one figure)
        close = base[:1] or close
    chosen = _for_the_posting_place(ctx, close)
    chosen = _restated_with_period(ctx.text, chosen, candidates)
    if chosen.value["max"] is None and chosen.value["min"] is not None:  # "月給25万円以上" in the heading, "月給25万円～32万円" under 給与
        fuller = [c for c in candidates if c.confidence >= chosen.confidence and c.value["min"] == chosen.value["min"] and c.value["max"]
                  and c.value["currency"] == chosen.value["currency"] and c.value["period"] == chosen.value["period"]]
        chosen = fuller[0] if fuller else chosen
    chosen = _paired_bounds(chosen, candidates)
    # the same figures stated again with their period ("₪32K – ₪42K" in the header, "… gross per month" below)
    same = [c for c in candidates if c.confidence > chosen.confidence and _figures(c) == _figures(chosen) and c.value["period"]]
    if same:
        better = max(same, key=lambda c: c.confidence)
        chosen = Candidate(FIELD, {**chosen.value, "period": better.value["period"]}, chosen.spans + better.spans[:1], better.confidence, chosen.method)
    return [chosen]


PAIR_REACH = 200  # characters between a card's "Minimum" and "Maximum" figures
PAIR_SPREAD = 2.0  # how far apart two bounds may lie when only one of them says its period


def _paired_bounds(chosen: Candidate, candidates: list[Candidate]) -> Candidate:
    """A lower bound and an upper bound a card gives apart ("Minimum / $92,000 / Maximum / $118,000", "Min: $40/hr
    Max: $48/hr"): one range, when the other bound stands near, in the same currency, above the lower one."""
    low, high = chosen.value["min"], chosen.value["max"]
    if (low is None) == (high is None):
        return chosen  # a range, or a single figure (its min and max alike), already has both bounds
    start = chosen.spans[0][0]
    for c in candidates:
        other = c.value
        if c is chosen or other["currency"] != chosen.value["currency"] or abs(c.spans[0][0] - start) > PAIR_REACH:
            continue
        if low is not None and other["min"] is None and other["max"] is not None and other["max"] > low:
            lo_c, hi_c = chosen, c
        elif high is not None and other["max"] is None and other["min"] is not None and other["min"] < high:
            lo_c, hi_c = c, chosen
        else:
            continue
        period = lo_c.value["period"] or hi_c.value["period"]
        if lo_c.value["period"] != hi_c.value["period"] and (lo_c.value["period"] and hi_c.value["period"] or hi_c.value["max"] > PAIR_SPREAD * lo_c.value["min"]):
            continue  # another period, or (one period unsaid) a figure of another size: "from $20/hr … up to $500 sign-on"
        value = {**chosen.value, "min": lo_c.value["min"], "max": hi_c.value["max"], "period": period}
        return Candidate(FIELD, value, tuple(sorted(lo_c.spans[:1] + hi_c.spans[:1])), max(lo_c.confidence, hi_c.confidence), chosen.method)
    return chosen


_BRACKET_OPEN = fastre.compile(r"[ \t]{0,2}[(\[][ \t]{0,2}")


def _restated_with_period(text: str, chosen: Candidate, candidates: list[Candidate]) -> Candidate:
    """Pay with no period the schema names ("$2,413.91 to $3,185.61 bi-weekly") restated in the bracket right after
    it with a named one ("($63,003 - $83,144/year)") is the same pay: the bracket's figures win. A bracketed
    total package ("(total remuneration value up to $134,880 per annum)") is not a restatement."""
    if chosen.value["period"] is not None:
        return chosen
    bracket = _BRACKET_OPEN.match(text, chosen.spans[0][1])
    if bracket is None:
        return chosen
    for c in candidates:
        start, end = c.spans[0]
        if start == bracket.end() and c.value["period"] and pay_kind(text, start, end) != "target":
            return c
    return chosen


def _figures(c: Candidate) -> tuple:
    return (c.value["min"], c.value["max"], c.value["currency"])


_PLACE_AFTER = fastre.compile(r"[ \t]{0,3}\(?(?:[a-z]+[ \t]{1,2}){0,3}?(?:in|for|at|-|\u2013)[ \t]{1,3}(?:the[ \t])?(?P<place>[A-Z][\w.'’]*(?:[ \t,]{1,2}[A-Z][\w.'’]*){0,3})")
_PLACE_BEFORE = fastre.compile(r"(?P<place>[A-Z][\w.'’]*(?:[ \t,]{1,2}[A-Z][\w.'’]*){0,3})[ \t]{0,2}(?:\([^)\n]{0,30}\))?[ \t]{0,2}:[ \t]{0,3}$")


# a line that labels the pay below it with a place: "Washington base pay range:", "California and New York:", "NYC salary range:"
_PLACE_LABEL_LINE = fastre.compile(
    r"[ \t*_-]{0,4}(?P<place>[A-Z][\w.'’]*(?:[ \t]{1,2}[A-Z][\w.'’]*){0,3})(?:[ \t]+(?:and|&|or)[ \t]+[A-Z][\w.'’]*(?:[ \t]{1,2}[A-Z][\w.'’]*){0,3})*"
    r"(?:[ \t]+(?i:base[ \t]+)?(?i:pay|salary|compensation|hiring|wage)(?:[ \t]+(?i:range|band))?)?[ \t*_]{0,3}:[ \t*_]{0,3}$"
)


def _known_place(value: str) -> bool:
    """True when the gazetteer knows the place (its first or last comma part): "Austin, TX", "Bay Area" is not."""
    parts = [p.strip() for p in value.split(",")]
    return gazetteer().knows(parts[0]) or gazetteer().knows(parts[-1])


def _for_the_posting_place(ctx: Context, candidates: list[Candidate]) -> Candidate:
    """Of several ranges given per place ("$150k-$180k in New York; $130k-$160k in Austin"), the one for the
    place the posting's header names; else the first, with a warning that others were stated."""
    if len(candidates) < 2:
        return candidates[0]
    text = ctx.text
    headers = ctx.sections_of("header")
    first_line = text.rfind("\n", 0, candidates[0].spans[0][0]) + 1
    header = text[: min(headers[0].end if headers else 400, first_line)]  # the header lines above the pay
    places = []
    for c in candidates:
        start, end = c.spans[0]
        window = max(0, start - 60)  # bounded look-back: a text without newlines must stay linear
        line_start = text.rfind("\n", window, start) + 1
        m = _PLACE_AFTER.match(text, end, min(len(text), end + 60)) or _PLACE_BEFORE.search(text, max(line_start, window), start)
        if m is None and not text[line_start:start].strip() and line_start >= 2:  # the place labels the line above: "Washington base pay range:"
            above = text.rfind("\n", 0, line_start - 1) + 1
            m = _PLACE_LABEL_LINE.match(text, above, line_start - 1)
        place = m.group("place").strip(" ,.") if m else None
        places.append(place if place and (place.split(",")[0] in header or _known_place(place)) else None)
    if sum(p is not None for p in places) < 2:
        return candidates[0]
    for c, place in zip(candidates, places):
        if place and place.split(",")[0] in header:
            return c
    found = find_locations(ctx)[0]
    posting = {name.casefold() for name in (found[0].city, found[0].region) if name} if len(found) == 1 else set()  # one place of work only
    for c, place in zip(candidates, places):
        if place and place.split(",")[0].strip().casefold() in posting:
            return c  # "Washington base pay range: …" for a job in Seattle, Washington
    ctx.warnings.append("salary: pay ranges stated for several places; kept the first (the posting's place is not among them)")
    return candidates[0]


_BASE_OR_TARGET = fastre.compile(
    r"(?i)\b(?:(?P<base>base|basic)|OTE|on[- ]target|target[ \t]earnings|total[ \t](?:target[ \t])?(?:compensation|comp|cash|earnings|pay)|"
    r"total[ \t](?:remuneration|package|rewards?)|remuneration[ \t]package|package[ \t]value|commission|with[ \t]bonus|variable)\b"
)
_BASE_AFTER = fastre.compile(r"(?i)[ \t]{0,2}[(,]?[ \t]{0,2}(?:\w+[ \t]){0,2}?(?:base|basic)\b")


def pay_kind(text: str, start: int, end: int) -> Optional[str]:
    """What the words around a pay figure call it: ``"base"`` ("base salary of $60,000", "$60,000 base",
    "£30,000 base salary"), ``"target"`` (OTE, total compensation, commission…) or ``None``."""
    lo = max(0, start - 60)
    for cut in _SENTENCE_END.finditer(text, lo, start):
        lo = cut.end()
    last = None
    for last in _BASE_OR_TARGET.finditer(text, lo, start):
        pass
    if last is not None:
        return "base" if last.group("base") else "target"
    if _BASE_AFTER.match(text, end, min(len(text), end + 25)) or _BASE_WITHIN.search(text, start, end):
        return "base"
    return None


_BASE_WITHIN = fastre.compile(r"(?i)\b(?:base|basic)\b")
_CODE_BEFORE = fastre.compile(r"(?<![\w&])([A-Z]{2,6})[ \t]?\Z")
_PLUS_SUPER = fastre.compile(r"(?i)[ \t]*\r?\n?[ \t]*(?:\+|plus)[ \t]*(?:super(?:annuation)?|kiwisaver)\b")
_BASE_CALLED = fastre.compile(r"(?i)[ \t]{1,2}(?:base|basic)(?:[ \t]+(?:salary|pay))?\b(?![ \t]*(?:rate[ \t]+)?(?:of|for)\b)")  # the figure's own name right after it


def _inside_a_range(text: str, single: Candidate, candidates: list[Candidate]) -> bool:
    """True when a single base figure lies inside another stated range that is not an OTE or
    total-compensation one: "Salary £42,000 - £50,000 … the base salary of this grade is £46,000
    for London" explains the range (a grade's entry point or one place's rate), the range is the pay."""
    lo, hi = single.value["min"], single.value["max"]
    if lo is None or lo != hi:
        return False
    return any(
        c is not single
        and c.value["min"] is not None
        and c.value["max"] is not None
        and c.value["min"] < c.value["max"]
        and c.value["currency"] == single.value["currency"]
        and c.value["min"] <= lo <= c.value["max"]
        and pay_kind(text, c.spans[0][0], c.spans[0][1]) is None
        for c in candidates
    )
