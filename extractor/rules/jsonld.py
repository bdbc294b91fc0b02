"""Structured data in the page: a schema.org ``JobPosting`` read from JSON-LD or microdata.

Many career sites embed the posting as JSON-LD (``<script type="application/ld+json">``,
the object at top level, in a list, inside an ``@graph`` or nested in another node) or
as microdata (``itemscope itemtype=".../JobPosting"`` with ``itemprop`` attributes).
:func:`read_job_postings` finds them in the *raw* input and keeps, for every value, the
``[start, end)`` of its characters in the raw input (a JSON string's characters between
its quotes, a number's digits, a microdata element's text or ``content`` attribute), so
the provenance of a structured value slices the raw input back to its evidence even
though the clean text (scripts dropped) does not hold it.

:func:`structured_candidates` maps the first JobPosting to :class:`Candidate` values
(method ``jsonld`` or ``microdata``, spans into the raw input): title, company, job id,
date posted, employment type, locations, workplace, salary, years of experience,
education and weekly hours.  :func:`structured_first` puts these values before the rules'
(the employer's typed statement of a field needs no reading of prose) and warns where a
rule read the visible text differently; a confident reading of the visible text then
keeps its value, since what the page shows is the posting.  HTML entities and markup inside
string values are decoded; a block that is not valid JSON is skipped with a warning.
Nothing here raises on bad input.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import json.decoder
import json.scanner
import logging
import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from typing import Any, Callable, Iterator, Optional, Union

from extractor.faults import strict
from extractor.context import Context, context_for
from extractor.rules.base import Candidate, run_rules
from extractor.schema import EDUCATION_ORDER

log = logging.getLogger(__name__)

JSONLD, MICRODATA = "jsonld", "microdata"  # the provenance methods
CONFIDENCE = 0.95
# A structured value the visible text contradicts competes at this confidence: a rule surer
# than this (a labelled pay range, a labelled date) keeps the text's value; a guess (a
# header line taken for the title, an ambiguous numeric date) gives way to the structured one.
CONTRADICTED = 0.75
MAX_DEPTH = 64  # deeper JSON is treated as malformed (no recursion blow-up)
MAX_TEXT_VALUE = 20_000  # a microdata text value longer than this (a whole description) is not read

_MARKER = re.compile(r"(?i)JobPosting")
_SCRIPT_OPEN = re.compile(r"(?i)<script\b[^<>]{0,2000}>")
_SCRIPT_CLOSE = re.compile(r"(?i)</script\s*>")
_LD_TYPE = re.compile(r"""(?i)\btype\s{0,20}=\s{0,20}["']?\s{0,20}application/ld\+json""")
_MICRODATA = re.compile(r"""(?i)itemtype\s{0,20}=\s{0,20}["']?[^"'<>]{0,300}JobPosting""")
# Wrappers sites put around a script's JSON: HTML comments, CDATA markers (commented out for JS).
# One token at a time, none a prefix of another: linear, whatever the input.
_PREFIX = _SUFFIX = re.compile(r"(?:\s|<!--|-->|//|/\*|\*/|<!\[CDATA\[|\]\]>|;)*")
_WS = re.compile(r"[ \t\n\r]*")
_TAG = re.compile(r"<[^<>]*>")
_REMOTE = re.compile(r"(?i)^\W*(?:remote|anywhere|work from home|wfh|telecommute)\b")
_EDGE = re.compile(r"(?:\s|<[^<>]{0,2000}>)*")


class _Malformed(ValueError):
    pass


@dataclass(frozen=True)
class Leaf:
    """A scalar value and the ``[start, end)`` of its characters in the raw input."""

    value: Any
    start: int
    end: int


Node = Union[dict, list, Leaf]


@dataclass(frozen=True)
class Found:
    """One JobPosting node and how it was embedded (``jsonld`` or ``microdata``)."""

    node: dict
    method: str
    index: dict  # "@id" → node, for references inside the same JSON-LD block


# --------------------------------------------------------------------------- JSON with positions


def _parse_json(text: str, base: int) -> Node:
    """Parse JSON ``text`` into nodes whose leaves carry offsets ``base + i``.

    Comment and CDATA wrappers around the JSON are allowed, and a trailing comma before
    ``}``/``]``; control characters inside strings are kept.

    Raises:
        _Malformed: ``text`` is not one JSON value.
    """
    try:
        node, i = _value(text, _WS.match(text, _PREFIX.match(text).end()).end(), base, 0)
    except (ValueError, IndexError, RecursionError) as exc:
        raise _Malformed(str(exc)) from None
    if not _SUFFIX.fullmatch(text, i):
        i = _WS.match(text, i).end()
        raise _Malformed(f"unexpected {text[i]!r} after the JSON value (char {i})")
    return node


def _value(s: str, i: int, base: int, depth: int) -> tuple[Node, int]:
    if depth > MAX_DEPTH:
        raise _Malformed(f"nested deeper than {MAX_DEPTH} levels")
    c = s[i : i + 1]
    if c == '"':
        text, j = json.decoder.scanstring(s, i + 1, False)
        return Leaf(text, base + i + 1, base + j - 1), j
    if c == "{":
        obj: dict[str, Node] = {}
        i = _WS.match(s, i + 1).end()
        while s[i : i + 1] != "}":
            if s[i : i + 1] != '"':
                raise _Malformed(f"expected a property name at char {i}")
            key, i = json.decoder.scanstring(s, i + 1, False)
            i = _WS.match(s, i).end()
            if s[i : i + 1] != ":":
                raise _Malformed(f"expected ':' at char {i}")
            obj[key], i = _value(s, _WS.match(s, i + 1).end(), base, depth + 1)
            i = _WS.match(s, i).end()
            if s[i : i + 1] == ",":
                i = _WS.match(s, i + 1).end()
            elif s[i : i + 1] != "}":
                raise _Malformed(f"expected ',' or '}}' at char {i}")
        return obj, i + 1
    if c == "[":
        arr: list[Node] = []
        i = _WS.match(s, i + 1).end()
        while s[i : i + 1] != "]":
            item, i = _value(s, i, base, depth + 1)
            arr.append(item)
            i = _WS.match(s, i).end()
            if s[i : i + 1] == ",":
                i = _WS.match(s, i + 1).end()
            elif s[i : i + 1] != "]":
                raise _Malformed(f"expected ',' or ']' at char {i}")
        return arr, i + 1
    m = json.scanner.NUMBER_RE.match(s, i)
    if m and m.end() > i:
        integer, frac, exp = m.groups()
        number = float(integer + (frac or "") + (exp or "")) if frac or exp else int(integer)
        return Leaf(number, base + i, base + m.end()), m.end()
    for word, val in (("true", True), ("false", False), ("null", None)):
        if s.startswith(word, i):
            return Leaf(val, base + i, base + i + len(word)), i + len(word)
    raise _Malformed(f"unexpected {c!r} at char {i}" if c else "unexpected end of the JSON text")


# --------------------------------------------------------------------------- microdata with positions

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_VALUE_ATTR = {"meta": "content", "time": "datetime", "data": "value", "meter": "value", "a": "href", "link": "href", "area": "href"}


class _Microdata(HTMLParser):
    """Collects microdata items (``itemscope``) as nodes with raw-input offsets on their leaves.

    Linear in the input: the open elements are a stack whose entries know the item in
    effect, and the open positions of each tag name are indexed for end tags.
    """

    def __init__(self, raw: str):
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        # open elements: (tag, the item in effect inside it, pending text props, their item, inner start)
        self._stack: list[tuple[str, Optional[dict], list[str], Optional[dict], int]] = []
        self._open: dict[str, list[int]] = {}  # tag → its positions in the stack
        self.items: list[dict] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list) -> None:
        start = self._offset()
        tag_text = self.get_starttag_text() or ""
        names = {name.lower(): value for name, value in attrs}
        props = (names.get("itemprop") or "").split()
        owner = self._stack[-1][1] if self._stack else None
        scope = None
        if "itemscope" in names:
            scope = {}
            if names.get("itemtype"):
                scope["@type"] = self._attr_leaf(tag_text, start, "itemtype") or Leaf(names["itemtype"], start, start)
            if props and owner is not None:
                for prop in props:
                    owner.setdefault(prop, []).append(scope)
            else:
                self.items.append(scope)
            props = []
        elif props and owner is not None and tag in _VALUE_ATTR and _VALUE_ATTR[tag] in names:
            leaf = self._attr_leaf(tag_text, start, _VALUE_ATTR[tag])
            if leaf is not None:
                for prop in props:
                    owner.setdefault(prop, []).append(leaf)
            props = []
        if tag in _VOID or tag_text.endswith("/>"):
            return
        self._open.setdefault(tag, []).append(len(self._stack))
        self._stack.append((tag, scope if scope is not None else owner, props if owner is not None else [], owner, start + len(tag_text)))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)  # "<span itemprop=x/>" closes nothing that is open

    def handle_endtag(self, tag: str) -> None:
        if not self._open.get(tag):
            return
        k = self._open[tag][-1]
        end = self._offset()
        for name, _, props, owner, inner in self._stack[k:]:
            self._open[name].pop()
            if props and owner is not None and end - inner <= MAX_TEXT_VALUE:
                leaf = _text_leaf(self.raw, inner, end)
                for prop in props:
                    owner.setdefault(prop, []).append(leaf)
        del self._stack[k:]

    def _attr_leaf(self, tag_text: str, start: int, name: str) -> Optional[Leaf]:
        m = re.search(r"""(?i)\s%s\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""" % re.escape(name), tag_text)
        if m is None:
            return None
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        return Leaf(html.unescape(m.group(group)), start + m.start(group), start + m.end(group))


def _text_leaf(raw: str, start: int, end: int) -> Leaf:
    """The text of ``raw[start:end]`` (markup dropped, entities decoded), span trimmed to it."""
    start = _EDGE.match(raw, start, end).end()
    while end > start:
        if raw[end - 1].isspace():
            end -= 1
        elif raw[end - 1] == ">" and raw.rfind("<", start, end) >= 0:
            end = raw.rfind("<", start, end)
        else:
            break
    return Leaf(_clean(raw[start:end]), start, end)


def _unlist(node: dict) -> dict:
    """Microdata properties hold lists; a single value stands alone, as in JSON-LD."""
    out: dict = {}
    for key, values in node.items():
        if isinstance(values, list):
            values = [_unlist(v) if isinstance(v, dict) else v for v in values]
            out[key] = values[0] if len(values) == 1 else values
        else:
            out[key] = values
    return out


# --------------------------------------------------------------------------- finding JobPostings


def _types(node: dict) -> set[str]:
    kinds = node.get("@type")
    leaves = kinds if isinstance(kinds, list) else [kinds]
    return {re.split(r"[/:#]", str(leaf.value))[-1] for leaf in leaves if isinstance(leaf, Leaf) and leaf.value}


def _walk(node: Node) -> Iterator[dict]:
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            yield cur
            stack.extend(reversed(list(cur.values())))
        elif isinstance(cur, list):
            stack.extend(reversed(cur))


def read_job_postings(raw: str) -> tuple[list[Found], list[str]]:
    """Every schema.org JobPosting embedded in ``raw`` (JSON-LD first, then microdata).

    Args:
        raw: the raw input (HTML; plain text simply has none).

    Returns:
        ``(found, warnings)``: the JobPosting nodes in page order, and one warning per
        JSON-LD block that could not be read (it is skipped).
    """
    found: list[Found] = []
    warnings: list[str] = []
    if not _MARKER.search(raw):
        return found, warnings
    pos = 0
    while True:
        m = _SCRIPT_OPEN.search(raw, pos)
        if m is None:
            break
        close = _SCRIPT_CLOSE.search(raw, m.end())
        body_end = close.start() if close else len(raw)
        pos = close.end() if close else len(raw)
        if not _LD_TYPE.search(m.group(0)):
            continue
        body = raw[m.end() : body_end]
        if not _MARKER.search(body):
            continue
        try:
            tree = _parse_json(body, m.end())
        except _Malformed as exc:
            warnings.append(f"skipped a JSON-LD block that is not valid JSON ({exc})")
            continue
        nodes = list(_walk(tree))
        index = {n["@id"].value: n for n in nodes if isinstance(n.get("@id"), Leaf) and set(n) - {"@id", "@type"}}
        found.extend(Found(n, JSONLD, index) for n in nodes if "JobPosting" in _types(n))
    if _MICRODATA.search(raw):
        parser = _Microdata(raw)
        try:
            parser.feed(raw)
            parser.close()
        except Exception as exc:  # noqa: BLE001 - html.parser on broken markup: keep what was read
            log.debug("microdata parse stopped: %s", exc)
        for item in parser.items:
            node = _unlist(item)
            found.extend(Found(n, MICRODATA, {}) for n in _walk(node) if "JobPosting" in _types(n))
    return found, warnings


# --------------------------------------------------------------------------- values


def _clean(text: str) -> str:
    """A string value as text: entities decoded (also doubly escaped HTML), markup dropped, spaces collapsed."""
    for _ in range(2):  # "&amp;amp;" (escaped twice) happens
        if "&" in text:
            text = html.unescape(text)
    if "<" in text:
        text = html.unescape(_TAG.sub(" ", text))
    return " ".join(text.split())


def _deref(node: Any, index: dict) -> Any:
    if isinstance(node, dict) and isinstance(node.get("@id"), Leaf) and set(node) <= {"@id", "@type"}:
        return index.get(node["@id"].value, node)
    return node


def _all(node: Any, index: dict) -> list:
    """``node`` as a list of (dereferenced) values."""
    items = node if isinstance(node, list) else [node]
    return [_deref(item, index) for item in items if item is not None]


def _get(node: Any, index: dict, *keys: str) -> Any:
    """Follow ``keys`` (taking the first element of any list on the way)."""
    for key in keys:
        node = _deref(node[0] if isinstance(node, list) and node else node, index)
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    node = node[0] if isinstance(node, list) and node else node
    return _deref(node, index)


def _text(node: Any, index: dict, *names: str) -> Optional[Leaf]:
    """A non-empty text leaf: ``node`` itself, or its first property among ``names`` that has one."""
    node = _deref(node, index)
    if isinstance(node, Leaf):
        if isinstance(node.value, (str, int)) and not isinstance(node.value, bool):
            value = _clean(str(node.value))
            return replace(node, value=value) if value else None
        return None
    for name in names:
        leaf = _text(_get(node, index, name), index) if isinstance(node, dict) else None
        if leaf is not None:
            return leaf
    return None


def _number(node: Any) -> Optional[Leaf]:
    if not isinstance(node, Leaf) or isinstance(node.value, bool):
        return None
    value = node.value
    if isinstance(value, str):
        cleaned = re.sub(r"[,\s]", "", value).lstrip("$£€¥₹")
        try:
            value = float(cleaned)
        except ValueError:
            return None
    if not isinstance(value, (int, float)) or value != value or value <= 0:
        return None
    return replace(node, value=float(value))


def _key(text: str) -> str:
    return re.sub(r"[^a-z]+", "_", text.lower()).strip("_")


_EMPLOYMENT = {  # keys: the value's letters, lower case ("FULL_TIME", "Full-time" → "fulltime")
    "fulltime": "full_time", "permanent": "full_time",
    "parttime": "part_time",
    "contractor": "contract", "contract": "contract", "freelance": "contract",
    "temporary": "temporary", "temp": "temporary", "seasonal": "temporary",
    "intern": "internship", "internship": "internship",
}  # fmt: skip
_PERIOD = {
    "hour": "hour", "hourly": "hour", "per_hour": "hour", "hr": "hour",
    "day": "day", "daily": "day", "per_day": "day",
    "week": "week", "weekly": "week", "per_week": "week",
    "month": "month", "monthly": "month", "per_month": "month",
    "year": "year", "yearly": "year", "annual": "year", "annually": "year", "per_year": "year", "annum": "year",
}  # fmt: skip
_CREDENTIAL = {
    "high_school": "high_school", "associate_degree": "associate", "bachelor_degree": "bachelor",
    "postgraduate_degree": "master",  # postgraduate: at least a master's
}  # fmt: skip
_HOURS = re.compile(r"(?i)^\s*(\d{1,3}(?:\.\d+)?)\s*(?:(?:hours?|hrs?|h)\b\s*(?:(?:per|a|/|each)\s*week|weekly|/\s*wk)?)?\s*$")
_WEEKLY = re.compile(r"(?i)(?:per|a|/|each)\s*week|weekly|/\s*wk")


def _with_rules(leaf: Leaf, field: str) -> Optional[Any]:
    """Read a free-text value (an address, a requirement sentence) with the field's own rules."""
    try:
        best = run_rules(context_for(leaf.value), [field]).get(field)
    except Exception:  # noqa: BLE001 - a rule bug must not lose the record
        if strict():
            raise
        log.debug("rules on a structured value failed", exc_info=True)
        return None
    return None if best is None else best.value


def _place_country(name: Optional[Leaf]) -> Optional[str]:
    from extractor.rules.location import COUNTRY, gazetteer

    if name is None:
        return None
    gz = gazetteer()
    text = name.value.strip()
    for place in gz.codes.get(text.upper(), []) + gz.names.get(text.casefold(), []):
        if place.level == COUNTRY:
            return place.name
    return None


def _place_region(name: Optional[Leaf], country: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """``(region, its country)`` for a region name or code, within ``country`` when known."""
    from extractor.rules.location import CITY, COUNTRY, gazetteer

    if name is None:
        return None, country
    gz = gazetteer()
    text = name.value.strip()
    places = [p for p in gz.codes.get(text.upper(), []) + gz.names.get(text.casefold(), []) if p.level not in (CITY, COUNTRY)]
    if country:
        places = [p for p in places if p.country == country]
    found = {(p.name, p.country) for p in places}
    if len(found) == 1:
        region, its_country = found.pop()
        return region, country or its_country
    return (text if not places and len(text) > 3 else None), country


def _address(node: Any, index: dict) -> Optional[tuple[dict, list[tuple[int, int]]]]:
    """One ``{city, region, country}`` and its spans from a Place, PostalAddress, Country or text."""
    node = _deref(node, index)
    if isinstance(node, dict) and "address" in node:
        node = _get(node, index, "address")
    if isinstance(node, Leaf):
        leaf = _text(node, index)
        if leaf is None:
            return None
        places = _with_rules(leaf, "locations") or []
        if places:
            return places[0], [(leaf.start, leaf.end)]
        country = _place_country(leaf)
        return ({"city": None, "region": None, "country": country}, [(leaf.start, leaf.end)]) if country else None
    if not isinstance(node, dict):
        return None
    kinds = _types(node)
    if kinds & {"Country"} or (kinds & {"State", "AdministrativeArea"} and "addressRegion" not in node):
        leaf = _text(node, index, "name")
        if leaf is None:
            return None
        if "Country" in kinds:
            country = _place_country(leaf)
            return ({"city": None, "region": None, "country": country}, [(leaf.start, leaf.end)]) if country else None
        region, country = _place_region(leaf, None)
        return ({"city": None, "region": region, "country": country}, [(leaf.start, leaf.end)]) if region else None
    city = _text(node, index, "addressLocality")
    region_leaf = _text(node, index, "addressRegion")
    country_leaf = _text(_get(node, index, "addressCountry"), index, "name")
    country = _place_country(country_leaf)
    if country_leaf is not None and country is None and len(country_leaf.value) > 3:
        country = country_leaf.value  # a country the gazetteer does not know, written out
    region, country = _place_region(region_leaf, country)
    value = {"city": city.value if city else None, "region": region, "country": country}
    if city is not None and _REMOTE.search(city.value):
        value["city"] = None  # "addressLocality": "Remote" is a workplace, not a city
    elif city is not None and "," in city.value:  # "San Francisco, CA" in the locality field
        read = (_with_rules(city, "locations") or [None])[0]
        if read:
            value = {part: value[part] if part != "city" and value[part] else read.get(part) for part in value}
    if not any(value.values()):
        return None
    spans = [(leaf.start, leaf.end) for leaf in (city, region_leaf, country_leaf) if leaf is not None]
    return value, spans


def _salary(job: dict, index: dict) -> Optional[tuple[dict, list[tuple[int, int]]]]:
    """baseSalary: a MonetaryAmount whose value is a QuantitativeValue (min/max/value, unitText),
    or a number; the bounds directly on the MonetaryAmount are read too (a common slip)."""
    amount = _get(job, index, "baseSalary")
    if amount is None:
        return None
    value = _get(amount, index, "value") if isinstance(amount, dict) else amount
    holders = [h for h in (value, amount) if isinstance(h, dict)]

    def first(read: Callable[[dict], Optional[Leaf]]) -> Optional[Leaf]:
        return next((leaf for leaf in map(read, holders) if leaf is not None), None)

    low = first(lambda h: _number(_get(h, index, "minValue")))
    high = first(lambda h: _number(_get(h, index, "maxValue")))
    single = _number(value) or first(lambda h: _number(_get(h, index, "value")))
    if low is None and high is None:
        low = high = single
    if low is None and high is None:
        return None
    if low is not None and high is not None and low.value > high.value:
        low, high = high, low
    unit = first(lambda h: _text(h, index, "unitText"))
    currency = first(lambda h: _text(h, index, "currency")) or _text(job, index, "salaryCurrency")
    code = currency.value.upper() if currency and re.fullmatch(r"[A-Za-z]{3}", currency.value) else None
    period = _PERIOD.get(_key(unit.value)) if unit else None
    salary = {"min": low.value if low else None, "max": high.value if high else None, "currency": code, "period": period}
    spans = {(leaf.start, leaf.end) for leaf in (low, high, currency if code else None, unit if period else None) if leaf is not None}
    return salary, sorted(spans)


def _education(job: dict, index: dict) -> Optional[tuple[str, Leaf]]:
    best: Optional[tuple[str, Leaf]] = None
    for req in _all(job.get("educationRequirements"), index):
        leaf = _text(req, index, "credentialCategory")
        if leaf is None:
            continue
        level = _CREDENTIAL.get(_key(leaf.value)) or _with_rules(leaf, "education_level")
        if level in EDUCATION_ORDER and (best is None or EDUCATION_ORDER.index(level) < EDUCATION_ORDER.index(best[0])):
            best = (level, leaf)
    return best


def _experience(job: dict, index: dict) -> Optional[tuple[float, Leaf]]:
    req = _get(job, index, "experienceRequirements")
    months = _number(_get(req, index, "monthsOfExperience")) if isinstance(req, dict) else None
    if months is not None:
        return round(months.value / 12, 2), months
    leaf = _text(req, index, "description") if req is not None else None
    years = _with_rules(leaf, "min_years_experience") if leaf is not None else None
    return (float(years), leaf) if isinstance(years, (int, float)) else None


def _weekly_hours(job: dict, index: dict) -> Optional[tuple[float, Leaf]]:
    leaf = _text(_get(job, index, "workHours"), index)
    if leaf is None:
        return None
    m = _HOURS.match(leaf.value)
    if m is None:
        return None
    if not _WEEKLY.search(leaf.value) and not re.fullmatch(r"\s*[\d.]+\s*", leaf.value):
        return None  # "8 hours" is a day, "9am-5pm" is a schedule: only hours per week count
    hours = float(m.group(1))
    return (hours, leaf) if 0 < hours <= 80 else None


def _job_id(job: dict, index: dict) -> Optional[Leaf]:
    ident = _get(job, index, "identifier")
    if isinstance(ident, dict):
        leaf = _text(ident, index, "value")
        if leaf is None:
            name = _text(ident, index, "name")
            leaf = name if name is not None and re.search(r"\d", name.value) and " " not in name.value else None
        return leaf
    return _text(ident, index)


def _date(job: dict, index: dict) -> Optional[tuple[dt.date, Leaf]]:
    leaf = _text(_get(job, index, "datePosted"), index)
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", leaf.value) if leaf else None
    if m is None:
        return None
    try:
        return dt.date(*map(int, m.groups())), leaf
    except ValueError:
        return None


def _employment(job: dict, index: dict) -> Optional[tuple[str, Leaf]]:
    for node in _all(job.get("employmentType"), index):
        leaf = _text(node, index)
        for part in re.split(r"[,;|/]", leaf.value) if leaf is not None else ():  # "FULL_TIME, PART_TIME"
            value = _EMPLOYMENT.get(re.sub(r"[^a-z]", "", part.lower()))
            if value is not None:
                return value, leaf
    return None


def candidates_of(found: Found) -> dict[str, Candidate]:
    """The record fields one JobPosting states, as candidates whose spans index the raw input."""
    job, index, method = found.node, found.index, found.method
    out: dict[str, Candidate] = {}

    def add(field: str, value: Any, spans: list[tuple[int, int]], **extra: Any) -> None:
        spans = sorted({(s, e) for s, e in spans if e > s})
        out[field] = Candidate(field, value, tuple(spans), CONFIDENCE, method, raw_spans=True, **extra)

    readers: list[tuple[str, Callable[[], Any]]] = [
        ("title", lambda: _text(_get(job, index, "title"), index) or _text(_get(job, index, "name"), index)),
        ("company", lambda: _text(_get(job, index, "hiringOrganization"), index, "name", "legalName")),
        ("job_id", lambda: _job_id(job, index)),
    ]
    for field, read in readers:
        leaf = read()
        if leaf is not None:
            add(field, leaf.value, [(leaf.start, leaf.end)])
    for field, read in (
        ("date_posted", _date),
        ("employment_type", _employment),
        ("min_years_experience", _experience),
        ("education_level", _education),
        ("weekly_hours", _weekly_hours),
    ):
        got = read(job, index)
        if got is not None:
            add(field, got[0], [(got[1].start, got[1].end)])
    salary = _salary(job, index)
    if salary is not None:
        add("salary", *salary)

    places = _places(job.get("jobLocation"), index)
    remote = _remote(job, index, bool(places))
    if remote is not None:
        add("workplace", "remote", [(remote.start, remote.end)])
        places = places or _places(job.get("applicantLocationRequirements"), index)  # "Remote (Canada)"
    if places:
        add("locations", [p for p, _ in places], [span for _, spans in places for span in spans], item_spans=tuple(spans for _, spans in places))
    return out


def _places(nodes: Any, index: dict) -> list[tuple[dict, tuple[tuple[int, int], ...]]]:
    """Distinct ``{city, region, country}`` places of jobLocation / applicantLocationRequirements, with spans."""
    out: list[tuple[dict, tuple[tuple[int, int], ...]]] = []
    for node in _all(nodes, index):
        got = _address(node, index)
        if got is not None and got[0] not in [p for p, _ in out]:
            out.append((got[0], tuple(sorted(got[1]))))
    return out


def _remote(job: dict, index: dict, has_places: bool) -> Optional[Leaf]:
    """The evidence that the job is remote: jobLocationType TELECOMMUTE, a "Remote" locality,
    or applicant location requirements without a place of work (schema.org gives those for
    telecommuting jobs only)."""
    kind = _text(_get(job, index, "jobLocationType"), index)
    if kind is not None and _key(kind.value) == "telecommute":
        return kind
    for node in _all(job.get("jobLocation"), index):
        city = _text(_get(node, index, "address"), index, "addressLocality")
        if city is not None and _REMOTE.search(city.value):
            return city
    areas = _all(job.get("applicantLocationRequirements"), index)
    if areas and not has_places:
        return _text(areas[0], index, "name") or Leaf("remote", 0, 0)
    return None


# --------------------------------------------------------------------------- into the record


def structured_candidates(raw: str) -> tuple[dict[str, Candidate], list[str]]:
    """The fields the page's first JobPosting states, and warnings about the structured data.

    Args:
        raw: the raw input.

    Returns:
        ``(candidates, warnings)``: candidates keyed by field (``raw_spans`` set: their spans
        index ``raw``); warnings for skipped blocks and for a page with several postings.
    """
    try:
        found, warnings = read_job_postings(raw)
        if not found:
            return {}, warnings
        if len(found) > 1:
            warnings.append(f"the page embeds {len(found)} schema.org JobPosting objects; the first is used")
        return candidates_of(found[0]), warnings
    except Exception:  # noqa: BLE001 - structured data is a bonus: never lose the record over it
        if strict():
            raise
        log.debug("reading the page's structured data failed", exc_info=True)
        return {}, ["structured data (JSON-LD/microdata) could not be read"]


def _show(field: str, value: Any) -> str:
    if field == "salary" and isinstance(value, dict):
        low, high = (f"{v:g}" if isinstance(v, (int, float)) else "?" for v in (value.get("min"), value.get("max")))
        amount = low if low == high else f"{low}-{high}"
        return f"{amount} {value.get('currency') or '?'}/{value.get('period') or '?'}"
    if field == "locations" and isinstance(value, list):
        return "; ".join(", ".join(str(v) for v in place.values() if v) for place in value if isinstance(place, dict))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _words(value: Any) -> str:
    return " ".join(re.findall(r"\w+", str(value).casefold()))


def _place_matches(a: dict, b: dict) -> bool:
    for part in ("city", "region", "country"):
        if a.get(part) and b.get(part):
            return _words(a[part]) == _words(b[part])
    return False


def agrees(field: str, structured: Any, text: Any) -> bool:
    """Whether the visible text's value for ``field`` agrees with the structured data's.

    Names agree when one contains the other (a title with or without its location, a
    company with or without "Inc."); pay when every part both state matches (1% tolerance);
    locations when some place matches; other values when equal.
    """
    if field in ("title", "company"):
        a, b = _words(structured), _words(text)
        return a in b or b in a
    if field == "salary" and isinstance(structured, dict) and isinstance(text, dict):
        for part in ("min", "max"):
            x, y = structured.get(part), text.get(part)
            if x is not None and y is not None and abs(x - y) > 0.01 * max(abs(x), abs(y)):
                return False
        return all(structured.get(p) is None or text.get(p) is None or structured[p] == text[p] for p in ("currency", "period"))
    if field == "locations" and isinstance(structured, list) and isinstance(text, list):
        return any(_place_matches(a, b) for a in structured for b in text if isinstance(a, dict) and isinstance(b, dict))
    if field == "job_id":
        return _words(structured) == _words(text)
    return structured == text


def structured_first(ctx: Context, candidates: dict[str, Candidate], warnings: list[str]) -> dict[str, Candidate]:
    """The rules' candidates with the page's structured values in front.

    A field the page's JobPosting states takes that value (method ``jsonld``/``microdata``),
    unless a rule read a different value in the visible text with a confidence above
    :data:`CONTRADICTED`: what the posting shows its readers is the posting (a page's
    structured data can be stale).  Either way a disagreement is a warning ("jsonld salary
    100000-120000 USD/year disagrees with text: 90000-110000 USD/year; kept the text's").

    Args:
        ctx: the document (its ``doc.source`` is the raw input the structured data is read from).
        candidates: the rules' best candidate per field.
        warnings: the record's warnings, appended to.

    Returns:
        A new dict of candidates (``candidates`` is not changed).
    """
    structured, notes = structured_candidates(ctx.doc.source)
    warnings.extend(notes)
    merged = dict(candidates)
    for field, cand in structured.items():
        rule_cand = candidates.get(field)
        if rule_cand is not None and not agrees(field, cand.value, rule_cand.value):
            text_wins = rule_cand.confidence > CONTRADICTED
            warnings.append(
                f"{cand.method} {field} {_show(field, cand.value)} disagrees with text: {_show(field, rule_cand.value)}; "
                f"kept the {'text' if text_wins else cand.method} value"
            )
            if text_wins:
                continue
            cand = replace(cand, confidence=CONTRADICTED)
        elif rule_cand is not None:
            cand = _completed(ctx, cand, rule_cand)
        merged[field] = cand
    return merged


def _completed(ctx: Context, cand: Candidate, rule_cand: Candidate) -> Candidate:
    """``cand`` with the parts it leaves empty taken from the agreeing text value, with their
    evidence: a pay period or currency the structured data omits, a place's region or country."""

    def raw(spans: Any) -> list[tuple[int, int]]:
        return [ctx.doc.source_span(s, e) for s, e in spans if 0 <= s < e <= len(ctx.text)]

    if cand.field == "salary" and isinstance(cand.value, dict) and isinstance(rule_cand.value, dict):
        missing = [part for part in ("currency", "period") if cand.value.get(part) is None and rule_cand.value.get(part)]
        if not missing:
            return cand
        value = {**cand.value, **{part: rule_cand.value[part] for part in missing}}
        return replace(cand, value=value, spans=tuple(sorted({*cand.spans, *raw(rule_cand.spans)})))
    if cand.field == "locations" and isinstance(cand.value, list) and isinstance(rule_cand.value, list):
        places, items = [], list(cand.item_spans or [()] * len(cand.value))
        for i, place in enumerate(cand.value):
            match = next((j for j, other in enumerate(rule_cand.value) if _place_matches(place, other)), None)
            other = rule_cand.value[match] if match is not None else {}
            if other and all(not place.get(k) or not other.get(k) or _words(place[k]) == _words(other[k]) for k in place):
                filled = {k: place.get(k) or other.get(k) for k in place}
                if filled != place:
                    place = filled
                    extra = raw(rule_cand.item_spans[match]) if rule_cand.item_spans and match < len(rule_cand.item_spans) else []
                    items[i] = tuple(sorted({*items[i], *extra}))
            places.append(place)
        if places == cand.value:
            return cand
        return replace(cand, value=places, spans=tuple(sorted({s for spans in items for s in spans})), item_spans=tuple(items))
    return cand
