"""Location rules: the ``locations`` list (city / region / country); ``workplace`` is in
:mod:`extractor.rules.workplace`.

``locations`` is found with a gazetteer (``extractor/data/locations.json``, completed by the generated ``world.json``):
every country, region and city name (and alias, and exact-case code such as
"TX" or "UK") that occurs in the text becomes a *mention*; mentions joined by
commas form a *chain* ("Seattle, Washington, United States"), and a chain is
resolved into one or more places by checking that its parts agree (a city
followed by its state, a state followed by its country).  A place is kept when
something says it is the place of work:

* it sits in a labelled value ("Location: Austin, TX; Seattle, WA"),
* it is tied to "remote" ("Remote (US)", "United Kingdom - Remote"),
* it follows a cue such as "this role is based in",
* it is a multi-part chain, or a line/segment of its own, near the top of the
  posting (scraped headers glue "…ScientistSeattle, Washington, United StatesMachine…",
  so a name may follow a lowercase letter when a region or country follows it).

Two optional keys of the data: a region with ``"match_name": false`` is matched only by its
aliases and codes (a region named like its capital, "Puebla" / "Pue.", "Kilkenny" / "Co.
Kilkenny"), and a city's ``"local"`` names are kept as the posting writes them ("Wien", "Praha").
A region code (a state abbreviation: "TX", "Jal.", "PR") alone is no place; it counts after a
city ("Austin, TX", "Zapopan, Jal.").

Mentions in "About us" / legal / pay sections, in EEO sentences ("authorized
to work in the United States"), next to a copyright notice, or inside names
("University of Washington") are dropped.  Only when no such evidence exists
do multi-part chains deeper in the body count, at low confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Iterable, Iterator, Optional

from extractor import fastre
from extractor.data import world
from extractor.document import Document
from extractor.rules.base import Candidate, Context, results_cards, rule
from extractor.sections import keyword_match, kind_of_heading


CITY, REGION, NATION, COUNTRY = 0.0, 1.0, 1.5, 2.0
MAX_LOCATIONS = 20  # a public service's hub list names up to ~18 towns
MAX_CANDIDATE_PLACES = 400
HEADER_MIN, HEADER_MAX = 1500, 3000

_LEVEL_OF_REGION_KIND = {"nation": NATION}
# Which region codes win an unresolved tie ("Springfield, WA" is Washington, not Western Australia).
_CODE_PRIORITY = {"United States": 0.05, "Canada": 0.04, "Australia": 0.03, "India": 0.02}
_BASE_SCORE = {CITY: 0.3, REGION: 0.2, NATION: 0.2, COUNTRY: 0.1}


# --------------------------------------------------------------------------- gazetteer


@dataclass(frozen=True)
class Place:
    """One reading of a mention: a known city, region or country (or an unknown city)."""

    level: float
    name: str
    region: Optional[str] = None
    country: Optional[str] = None
    form: str = "name"  # "name" | "abbrev" (usable alone: "UK") | "code" (only after a city: "DE")
    weak: bool = False
    city_state: bool = False
    known: bool = True
    priority: float = 0.0
    sole_city: Optional[str] = None  # a region that is one city: "D.C." follows Washington only ("Bogotá, D.C." is a capital district)


@dataclass
class Gazetteer:
    """The place names of ``locations.json``, indexed for matching."""

    names: dict[str, list[Place]]
    codes: dict[str, list[Place]]
    name_re: world.NameMatcher
    code_re: re.Pattern
    data: dict

    # the names known only as a town's spelling without its transliteration's accents ("Quillon" for Quillón): read in a
    # place's chain or labelled value, never enough on their own to call a name a place (brands share them)
    plain_only: frozenset[str] = frozenset()

    def knows(self, part: str) -> bool:
        """Whether ``part`` (one comma part of a place, stripped) is a place name or code here."""
        key = part.casefold()
        return key in self.names and key not in self.plain_only or part in self.codes


@cache
def _city_stopwords() -> frozenset[str]:
    """Words that never name a city the gazetteer lacks ("engineering", "remote", "county"), read once."""
    return frozenset(gazetteer().data["unknown_city_stopwords"])


def _trie_pattern(words: Iterable[str], space: str = "[ \u00a0]") -> str:
    """A regex alternation of ``words`` factored as a trie (fast, longest match first); a space matches ``space``."""
    return fastre.trie(([space if ch == " " else re.escape(ch) for ch in word], "") for word in words)


def _name_pattern(names: Iterable[str]) -> str:
    """First letter exactly as written (a capital, a letter of a caseless script, or the lower-case letter
    of a name the data writes in lower case), the rest case-insensitive."""
    by_first: dict[str, set[str]] = {}
    for name in names:
        # any letter: a name written in lower case in the data is matched so ("mazowieckie", "woj. śląskie")
        if name and name[0].isalpha():
            by_first.setdefault(name[0], set()).add(name[1:].lower())
    alts = []
    for first in sorted(by_first):
        tails = by_first[first]
        tail = _trie_pattern(t for t in tails if t)
        piece = re.escape(first)
        if tail:
            piece += "(?i:" + tail + ")" + ("?" if "" in tails else "")
        alts.append(piece)
    # Not followed by a lowercase letter or digit: "United StatesMachine" still ends at "s".
    return "(?:" + "|".join(alts) + ")(?![a-zß-öø-ÿ0-9])"


def _with_saint_forms(names: list[str]) -> list[str]:
    """``names`` and the short forms a town named after a saint is written in ("Saint Helier" → "St Helier",
    "St. Helier"; "Sankt Gallen" → "St. Gallen"), those the data does not list already."""
    out = list(names)
    for name in names:
        for long in ("Saint ", "Sankt "):
            if name.startswith(long):
                out.extend(short + name[len(long) :] for short in ("St ", "St. ") if short + name[len(long) :] not in names)
    return out


@cache
def gazetteer() -> Gazetteer:
    """Load ``locations.json`` once and build the lookup tables and regexes."""
    data = world.gazetteer_data()
    names: dict[str, list[Place]] = {}
    codes: dict[str, list[Place]] = {}

    def add_name(text: str, place: Place) -> None:
        names.setdefault(text.casefold(), []).append(place)

    def add_code(text: str, place: Place) -> None:
        codes.setdefault(text, []).append(place)

    country_flags = {}
    for c in data["countries"]:
        country_flags[c["name"]] = c
        base = dict(level=COUNTRY, name=c["name"], country=c["name"], weak=bool(c.get("weak")),
                    city_state=bool(c.get("city_state")))
        for text in [c["name"], *c.get("aliases", [])]:
            add_name(text, Place(**base))
        for text in c.get("abbrevs", []):
            add_code(text, Place(**base, form="abbrev"))
        for text in (c.get("iso2"), c.get("iso3")):
            if text and text not in c.get("abbrevs", []):
                add_code(text, Place(**base, form="code"))
    for r in data["regions"]:
        level = _LEVEL_OF_REGION_KIND.get(r.get("kind", ""), REGION)
        prio = _CODE_PRIORITY.get(r["country"], 0.0)
        base = dict(level=level, name=r["name"], region=r["name"], country=r["country"], priority=prio, sole_city=r.get("sole_city"))
        # "match_name": false -- a region named like its capital ("Puebla", "Kilkenny") is matched only
        # by its aliases and codes ("Pue.", "Co. Kilkenny", "大阪府"), so the city's name stays a city
        for text in [r["name"]] * r.get("match_name", True) + r.get("aliases", []):
            add_name(text, Place(**base))
        for text in r.get("codes", []):
            add_code(text, Place(**base, form="code"))
    for c in data["cities"]:
        flags = country_flags.get(c["country"], {})
        base = dict(level=CITY, name=c["name"], region=c.get("region"), country=c["country"],
                    weak=bool(c.get("weak")), city_state=bool(flags.get("city_state")) and c["name"] in (c["country"], *flags.get("aliases", [])))  # "Macau" of Macao
        for text in _with_saint_forms([c["name"], *c.get("aliases", [])]):
            add_name(text, Place(**base))
    plain = {t.casefold() for c in data["cities"] for t in c.get("plain", [])}
    others = {t.casefold() for group in ("countries", "regions", "cities") for e in data[group]
              for t in [e["name"], *(a for a in e.get("aliases", []) if a not in e.get("plain", []))]}

    all_names, generated = set(), set()  # the generated world names are looked up, not compiled into the regex
    for group in (data["countries"], data["regions"], data["cities"]):
        for entry in group:
            target = generated if entry.get("generated") else all_names
            if entry.get("match_name", True):
                target.add(entry["name"])
            target.update(entry.get("aliases", []))
            if group is data["cities"]:
                target.update(_with_saint_forms([entry["name"], *entry.get("aliases", [])]))
    name_re = world.NameMatcher(fastre.compile(_name_pattern(all_names)), generated)
    code_re = fastre.compile(
        r"(?<![A-Za-z0-9.&])(?:" + _trie_pattern(codes) + r")(?:(?![A-Za-z0-9])|(?=[A-Z][a-z]{2}))"
    )  # (a code glued to the next capitalised word, "WASeattle", not the start of a plural acronym: "APIs", "KPIs")
    return Gazetteer(names, codes, name_re, code_re, data, frozenset(plain - others))


def phrase_re(phrases: Iterable[str]) -> str:
    """A case-insensitive-ready alternation of ``phrases`` (lowercased, as a trie; spaces match 1-3 blanks)."""
    return _trie_pattern({p.lower() for p in phrases if p}, space=r"\s{1,3}")


def _line_label(labels: list[str]) -> re.Pattern:
    """One of ``labels`` and its colon opening a line (after bullets or markup), matched from the line's start; the label
    may follow its translation ("Hüquqi ünvan / Registered office: …")."""
    return fastre.compile(r"(?i)[ \t*_>•-]{0,6}(?:[^\W\d_][^\n:/|]{0,30}?[ \t]/[ \t]{1,2})?(?:" + phrase_re(labels) + r")[ \t]{0,3}[*_]{0,2}[ \t]{0,3}[:：]")


@cache
def _vocab_res() -> dict[str, re.Pattern]:
    g = gazetteer().data
    labels = phrase_re(g["labels"])
    return {
        # "Location: X", "**Job Location(s):** X", "Based in: X", "Location / شوێن: X" (its translation after a slash)
        "label": fastre.compile(
            r"(?i)" + LABEL_START + r"(?:" + labels + r")(?:[ \t]{1,2}/[ \t]{1,2}[^\W\d_][^\n:/|]{0,24}?)?[ \t]{0,3}[*_]{0,2}[ \t]{0,3}[:：][ \t*_]{0,6}"
        ),
        # a details row flattened to "Location | X": the label opens the line and one pipe follows it (not a menu's
        # "Jobs by Location | CV Writing | Login" nor a table's "| Location | Minimum |")
        "pipe_label": fastre.compile(r"(?im)^[ \t*_>•-]{0,6}(?:" + labels + r")[ \t]{0,3}\|[ \t]+(?=[^|\s][^|\n]*$)"),
        # "Location" alone on its line, the value on the next non-empty line.
        # also glued to the sentence before it, its value on the next line ("… internationally.Location" / "Mumbai or Delhi")
        "label_line": fastre.compile(r"(?im)(?:^[ \t#*_>-]{0,6}|(?<=[a-z][.!?]))(?:" + labels + r")[ \t*_:：]{0,4}$"),
        # "근무지역   부산 강서구": a label set off by a wide gap, no colon (see _gap_labels)
        "gap_label": fastre.compile(r"(?im)^[ \t*_>•-]{0,6}(?:" + labels + r")(?=[ \t\u00a0\u3000]+[^\s:：])"),
        "field": fastre.compile(
            r"(?i)" + LABEL_START + r"(?P<label>" + phrase_re(sum(g["field_labels"].values(), [])) + r")[\"']?[ \t]{0,3}[*_]{0,2}[ \t]{0,3}[:：][ \t*_\"']{0,6}"  # quotes: a JSON export's "city": "…"
        ),
        # "City Spokane" / "State WA": an ATS details table copied without its colons, the label opening its line
        "field_bare": fastre.compile(
            r"(?m)^[ \t]{0,3}(?=[A-Z])(?P<label>(?i:" + phrase_re(sum(g["field_labels"].values(), [])) + r"))[ \t]{1,3}(?=\S)"
        ),
        "blocked_before": fastre.compile(r"(?i)(?:^|[^A-Za-z])(?:" + phrase_re(g["blocked_before"]) + r")\s{1,3}$"),
        "blocked_after": fastre.compile(r"(?i)^[ \t]{1,2}(?:" + phrase_re(g["blocked_after"]) + r")(?![A-Za-z])"),
        # whole words, with a plural or "-ship" ("sponsorship", "citizens"): "Visa" is no cue inside "Visalia"
        "negative": fastre.compile(r"(?i)(?<![A-Za-z])(?:" + phrase_re(g["negative_cues"]) + r")(?:e?s|ship)?(?![A-Za-z])"),
        "based": fastre.compile(
            r"(?i)(?:^|[^A-Za-z])(?:" + phrase_re(g["based_cues"]) + r")\s{1,3}(?:the\s{1,3}|our\s{1,3}|greater\s{1,3}|beautiful\s{1,3}|vibrant\s{1,3}|sunny\s{1,3}|central\s{1,3}|downtown\s{1,3}){0,3}$"
        ),
        # "at its factory in Thetsane Industrial Area, Maseru": a cue, a locality the gazetteer does not know, then the town
        "based_area": fastre.compile(
            r"(?:^|[^A-Za-z])(?i:" + phrase_re(g["based_cues"]) + r")\s{1,3}(?:the\s{1,3})?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},[ \t]{1,2}$"
        ),
        "hq": fastre.compile(r"(?i)(?:" + phrase_re(g["hq_cues"]) + r")"),
        # "Residence Location: Oman; UAE", "Nationality: Indian": where the candidate lives or comes from, no place of work
        "residence_label": fastre.compile(r"(?im)^[ \t*_>•-]{0,6}(?:" + phrase_re(g["residence_labels"]) + r")[ \t]{0,3}[*_]{0,2}[ \t]{0,3}[:：]"),
        # "US/Canada time zones", "EU or UK" residency: time zones and areas that are no place of work
        "zone_after": fastre.compile(r"(?i)(?:[ \t]{0,2}(?:/|,|&|\+|or|and)[ \t]{0,2}[A-Z][\w.]{1,15}){0,3}[ \t]{0,2}(?:time[ -]?zones?|timezones?)\b|[ \t]{1,2}(?:business[ \t])?hours\b"),
        "area_before": fastre.compile(r"(?i)(?:^|[^\w])(?:" + phrase_re(g["areas"]) + r")[ \t]{0,2}(?:/|,|&|\+|or|and)[ \t]{0,2}$"),
        "area_after": fastre.compile(r"(?i)[ \t]{0,2}(?:/|,|&|\+|or|and)[ \t]{0,2}(?:" + phrase_re(g["areas"]) + r")(?![\w])"),
        # "Kontakt: Ing. Lenka Horáková, HR, tel. …": a contact line names a person, not a place of work
        "contact_line": _line_label(g["contact_labels"]),
        # "Headquarters: Portland, OR": the employer's seat, not the place of work when another place is labelled
        "hq_line": _line_label(g["hq_labels"]),
        # "Similar jobs" (or "Here are some related jobs") as a heading line: the listings after it are other postings.
        # ... or such a heading as a line's label, listings after it: "Andre job som Lagerkoordinator: Lagermedarbejder – Vejle"
        "similar": fastre.compile(
            r"(?im)^[ \t#*_>•-]{0,6}(?:(?:here[ \t]+are|see|show|view|browse|explore|check[ \t]+out)[ \t]+(?:(?:some|our|these|the|more)[ \t]+)?)?(?:" + phrase_re(g["similar_headings"]) + r")(?:[ \t*_:：]{0,4}$|(?:[ \t]+(?:som|as|como|comme|als)[ \t]+[^\n:：]{1,60})?[ \t]*[:：])"
        ),
        # "Calama, Región de Antofagasta", "Cebu City, Province of Cebu": a region's designator before its name
        "designator": fastre.compile(r"(?i)(?<![^\W\d_])(?:" + phrase_re(g["region_designators"]) + r")[ \t]{1,3}$"),
        # "Central", "Downtown", "Upper": a position word that, beside a town's name, names a part of that town
        "position_word": fastre.compile(r"(?i)(?:" + phrase_re(g["position_words"]) + r")$"),
        # what a region's name adds to its capital's: "Lagos State", "County Cork", "Osaka Prefecture", "Cairo Governorate"
        "region_name_words": fastre.compile(
            r"(?i)^(?:" + phrase_re(g["region_name_words"]["before"]) + r")[ ]+|[ ]+(?:" + phrase_re(g["region_name_words"]["after"]) + r")$"
        ),
    }


# A label starts a word, or follows glued text in a scraped page ("PermanentHours:", "WITime Type:").
LABEL_START = r"(?:(?<![A-Za-z])|(?-i:(?<=[A-Za-z])(?=[A-Z][a-z])))"
# a comma, or a postcode or a one- or two-digit postal district before it: "Austin 78701, TX", "Dublin 2, Ireland", "Praha 4, Czechia"
_JOIN_RE = fastre.compile(r"[ \t]{0,3}[,،，][ \t]{0,3}|[ \t]{1,2}\d{5}(?:-\d{4})?[ \t]{0,2},?[ \t]{0,3}|[ \t]\d{1,2}[ \t]{0,2},[ \t]{0,3}")
# an address puts its postcode between the town and the country: "Northampton, NN4 7PB, United Kingdom", "Calgary T2P 1J9,
# Canada", "Nairobi, 00100, Kenya" (before a country only: "Manchester M5 3LZ, Sheffield S3 8NU" lists two offices)
_POSTCODE_JOIN_RE = fastre.compile(
    r"(?:[ \t]{0,3},[ \t]{0,3}|[ \t]{1,2})(?:[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{4,6})[ \t]{0,3},[ \t]{0,3}"
)
_LIST_GAP_RE = fastre.compile(
    r"(?i)[ \t]{0,3}(?:[,;/|&+·•][ \t]{0,3}(?:\r?\n[ \t]{0,3})?(?:or[ \t]{1,3}|and[ \t]{1,3})?|(?:or|and)(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,3})|\n[ \t*•·-]{0,4})"
    r"(?:\d{5}[ \t]{0,2})?"
)
# A word of a place name: a capital (any cased script: "Μαρούσι"), then letters, dots, apostrophes, hyphens.
_NAME_WORD = r"(?=[^\W\d_])(?![a-zß-öø-ÿ])\w(?:[^\W\d_]|[.'’-]){1,30}"
_JOINERS = r"(?:de|del|della|dei|di|la|las|los|le|do|da|dos|das|am|an|der|im|sur|sul|upon|on|y|e|en|pe|nad|el|al|ech|ben|bin|van|von|aan|ter|op)"  # "Marsa el Brega", "Bergen op Zoom"
# up to four capitalised words, with the lower-case joiners of place names ("San Pedro Garza García",
# "São José dos Campos", "Casalecchio di Reno"), an optional bracketed province code ("(BO)"), then a comma
_UNKNOWN_CITY_RE = fastre.compile(
    r"(" + _NAME_WORD + r"(?:[ ](?:" + _JOINERS + r"[ ])?" + _NAME_WORD + r"){0,3})(?:[ ]?\([A-Z]{1,4}\))?[ \t]{0,3},[ \t]{0,3}$"
)
# "Woolloongabba QLD 4102", "Fitzroy VIC 3065", "Kanata ON K2K 3G4": suburb, state code and postcode alone on a line
_UNKNOWN_CITY_LINE_RE = fastre.compile(
    r"(?m)(?:^|(?<=[|·•/,] ))[ \t*•-]{0,4}(?:[^\W\d_][\w ]{0,30}:[ \t]{0,3})?(" + _NAME_WORD + r"(?:[ ](?:" + _JOINERS + r"[ ])?" + _NAME_WORD + r"){0,3})[ \t]{1,2}$"
)
# a town opening its line (or a label's value) with its region named in brackets: "Oftringen (Kanton Aargau)", "Arbeitsort: Sirnach (Thurgau)"
# "Arzachena (SS) – Sardegna – Italia": a town opening its line with its province's code, set off by a dash from its region
# and country (read only when the region and its country follow, see _unknown_city; without the code, "Sous Chef – Sardegna
# – Italia" would be a town)
_UNKNOWN_CITY_DASH_RE = fastre.compile(
    r"(?m)^[ \t]*(" + _NAME_WORD + r"(?:[ ](?:" + _JOINERS + r"[ ])?" + _NAME_WORD + r"){0,3})[ ]?\([A-Z]{2,3}\)[ \t]{1,2}[-–—][ \t]{1,2}$"
)
_DASH_COUNTRY_AFTER_RE = fastre.compile(r"[ \t]{1,2}[-–—][ \t]{1,2}(?P<c>[A-Z][^\n,–—-]{1,40}?)[ \t]*(?:\n|$)")
_UNKNOWN_CITY_BRACKET_RE = fastre.compile(
    r"(?m)(?:^|(?<=[|·•] ))[ \t*•-]{0,4}(?:[^\W\d_][\w ]{0,30}:[ \t]{0,3})?(" + _NAME_WORD + r"(?:[ ](?:" + _JOINERS + r"[ ])?" + _NAME_WORD + r"){0,3})[ \t]{0,2}\([ \t]{0,2}$"
)
_BRACKET_CLOSE_AFTER_RE = fastre.compile(r"[ \t]{0,2}\)")
# a building or a site, not a town: "St James's Hospital, Leeds", "Civic Centre, Huddersfield"
_SITE_WORDS = (
    r"hospital|infirmary|centre|center|house|court|building|campus|offices?|station|barracks|prison|school|college|"
    r"university|hall|square|road|street|lane|avenue|park|estate|site|depot|unit|floor|tower|plaza|quays?|wharf|base|headquarters|hq|"
    r"mairie|h[ôo]tel[ \t]+de[ \t]+ville|usine|h[ôo]pital|ayuntamiento|f[áa]brica|prefeitura"  # French, Spanish and Portuguese sites
)
_CITY_WORD = r"(?:city|town|хот|город|shahri|shahar|şäheri|şəhəri|şehri)"  # "Mary city", "Mary şäheri": the word "city" after a town's name
# an unknown city and a country, the whole line (or a card's part after " · "): "Munsbach, Luxembourg"; after a label, a site or street may come
# before the city: "Location: Le Rocquier School, St Saviour, Jersey", or a street and its number, and its postcode ("Lieu d'affectation : Mairie de Dembéni,
# 97660 Dembéni, Mayotte"); the label may carry its translation ("Location / الموقع:")
_UNKNOWN_CITY_WHOLE_RE = fastre.compile(
    r"(?m)(?:^|(?<=[|·•] ))[ \t*•-]{0,4}(?:[^\W\d_][\w /'’]{0,30}:[ \t]{0,3}(?:[^,:\n]{0,40}(?:(?i:\b(?:" + _SITE_WORDS + r")\b)[^,:\n]{0,20}|[^\W\d_]{3,}[ \t]\d{1,4}[A-Za-z]?),[ \t]{0,3})?(?:\d{4,5}[ \t])?)?(" + _NAME_WORD + r"(?:[ ](?!" + _CITY_WORD + r"\b)(?:" + _JOINERS + r"[ ])?" + _NAME_WORD + r"){0,3})(?:[ \t]" + _CITY_WORD + r")?(?:[ \t]{0,2}\([^()\n]{2,40}\))?[ \t]{0,3},[ \t]{0,3}$"
)  # (a bracketed note may follow the town: "Richard-Toll (Région de Saint-Louis), Sénégal")
# a city and its region code closing a line's last comma-separated part, no postcode: "…, Albury NSW" (after a comma: a
# line's own "Acme AB", "Fiduciaire SA", "Job Opening ID" are a legal form or a label, not a region)
_UNKNOWN_CITY_PART_RE = fastre.compile(r"(?<=,)[ \t]{0,3}(" + _NAME_WORD + r"(?:[ ](?:" + _JOINERS + r"[ ])?" + _NAME_WORD + r"){0,2})[ ]$")
# an address line's town between its street and the country closing the line: ", Taylors Road, Burnt Pine, "
_TOWN_AFTER_STREET_RE = fastre.compile(
    r"(?i:road|rd\.?|street|st\.?|avenue|ave\.?|lane|drive|highway|hwy)[ \t]{0,3},[ \t]{0,3}(" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){0,2})[ \t]{0,3},[ \t]{0,3}$"
)
_LINE_END_AFTER_RE = fastre.compile(r"[ \t]*(?:\r?\n|$)")
# a line's end or a "|"/"·" part's ("Truganina VIC | Yatala QLD"), or a bracketed note closing the line ("Ruyigi, Burundi
# (with field travel to the communes)")
_SEGMENT_END_AFTER_RE = fastre.compile(r"[ \t]*(?:\r?\n|$|[|·•/][ \t]|\([^()\n]{0,120}\)[ \t]*(?:\r?\n|$))")
_POSTCODE_SOURCE = r"[ \t]{1,2}(?:\d{4,6}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)[ \t]*"  # "3214", "K2K 3G4" after the state code
_POSTCODE_AFTER_RE = fastre.compile(_POSTCODE_SOURCE + r"(?:\r?\n|$|[|·•][ \t]|\([^()\n]{1,40}\)[ \t]*(?:\r?\n|$))")  # closing its line or a card's part (a bracketed note aside: "(Geelong)")
_POSTCODE_THEN_BRACKET = fastre.compile(_POSTCODE_SOURCE + r"\(")
_BOUNDARY_CHARS = set("\n\r\t(:;/|·•[–—-,&\U0001F4CD")  # "Cass Lake & Red Lake, Minnesota": a list's joiner; a location pin
_SENTENCE_END_RE = fastre.compile(r"[.!?](?=\s|[A-Z])|\n")
SEGMENT_SPLIT_RE = fastre.compile(r"[·|•\t]| [-–—/] | {3,}")
_SEGMENT_REST_RE = fastre.compile(
    r"(?i)^(?:[\s,.;:()\[\]\-–—\d*_/]|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|"
    r"remote|hybrid|on-?site|in[- ]office|office|area|bay|region|city|downtown|central|metro(?:politan)?|greater|hq|"
    r"headquarters|flexible|or|and|only|based|locations?|full[- ]?time|part[- ]?time|permanent|temporary|contract|internship|[A-Z]{1,2}\d{1,2}[A-Z]?(?![A-Z])|"
    r"\([^()\n]{1,25}\)|[-–][ \t]?[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,8}(?:区|區|县|縣|町|市|구|군|동)|"
    r",[ \t]{0,2}[^\W\d_][\w'’-]{1,30}[ \t](?:район|district|bezirk|dzielnica|kerület|округ|okrug|ilçesi|quận)|"
    r",[ \t]{0,2}(?:[IVXL]{1,6}\.|\d{1,2}(?:\.|er|e|st|nd|rd|th)?)[ \t](?:district|bezirk|kerület|arrondissement|obvod)|"
    r",[ \t]{0,2}(?:district|bezirk|arrondissement|quận|obvod)[ \t]\d{1,2}(?![\d.,])|"
    # the venue's number and street before the town: "The Weavers Arms · 41 Tib Street, Manchester, M4 1LG"
    r"\d{1,5}[a-z]?[ \t]+(?:[^\W\d_][\w'’.-]*[ \t]+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|place|pl|boulevard|blvd|terrace|parade|square|quay)\.?[ \t]*,|"
    # the office's street and number after the town: "Kraków, ul. Lubicz 17", "Vilnius, Konstitucijos pr. 21", "Wien, Praterstraße 31"
    r",[ \t]{0,2}(?:(?:ul\.|ulica|al\.|aleja|os\.|pl\.|plac|rue|calle|c/|avenida|av\.|rua|via|viale|corso|piazza|strada|str\.|stra[dț]a|bd\.|bul\.|ulitsa|vul\.)[ \t]*[^\W\d_][\w.'’-]*(?:[ \t][^\W\d_][\w.'’-]*){0,3}"
    r"|[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2}[ \t](?:pr\.|g\.|gatvė|iela|tn\.|tänav|prospekt|prospektas)|[^\W\d_]{3,}(?:straße|strasse|gasse|weg|allee|platz|laan|straat|gatan|gata|vej|gade|veien|katu|tie))[ \t]\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4})?|"
    r",[ \t]*(?-i:D\.[CF]\.)(?:,[ \t]*[^\W\d_][\w'’-]{1,30}(?:[ \t][^\W\d_][\w'’-]{1,30})?)?|"  # a capital district, then its locality: "Bogotá, D.C., Chapinero"
    r"(?-i:(?<=[ \t])[A-Z]{2}(?=[ \t]*$)))*$"  # a district in brackets: "Lima (Ate)",
    # "Gazipur (Konabari)", "İstanbul(Avr.)"; a CJK district after a dash: "苏州-工业园区"; a named district after a comma
    # ("Київ, Подільський район") or numbered ("Budapest, XIII. kerület", "Wien, 3. Bezirk", "Lyon, 7e arrondissement",
    # "Ho Chi Minh City, District 1"); a province code closing the line after a postcode and city ("24126 Bergamo BG")
)
# a remote tag beside a place ("Remote (US)", "Praca zdalna (Polska)"), not a partial one ("Bordeaux  Télétravail partiel")
_REMOTE_WORDS = (
    r"(?:remote|(?:remot[oa]|zdaln(?:a|ie|y)|t[ée]l[ée]travail|teletrabajo|teletrabalho|thuiswerken)"
    r"(?![ \t]{0,2}(?:partiel|occasionnel|parcial|posible|possible|poss[ií]vel|mogelijk|h[yíi]brid|[1-4]\b|un\b|deux\b|trois\b|jours?\b|d[ií]as?\b|:)))"
)
REMOTE_WORD_RE = fastre.compile(r"(?i)\b" + _REMOTE_WORDS + r"\b")
REMOTE_BEFORE_RE = fastre.compile(
    r"(?i)\b" + _REMOTE_WORDS + r"\b[ \t]{0,3}(?:[-–—:,(/|]|\bin\b|\bwithin\b|\bfrom\b|\bacross\b|\bbased in\b)?[ \t]{0,3}(?:\(|the[ \t]{1,3})?[ \t]{0,2}$"
)
REMOTE_AFTER_RE = fastre.compile(r"(?i)^[ \t]{0,3}(?:[-–—,(/|:][ \t]{0,3})?\(?[ \t]{0,2}" + _REMOTE_WORDS + r"\b(?![ \t]{0,2}(?:patient|monitor|sens|control|access|support))")
# "anywhere in the" before a country or region, a remote word earlier in the sentence: where a remote job may be done
_ANYWHERE_BEFORE_RE = fastre.compile(r"(?i)\banywhere[ \t]{1,3}(?:in|within|across)[ \t]{1,3}(?:the[ \t]{1,3})?$")
# a street's word before a place its name honours: "Av. República de El Salvador", "Avenida Brasil", "Calle Colombia",
# "Rua Bahia", "Jalan Sumatra", "Boulevard de la République"
_STREET_BEFORE_RE = fastre.compile(
    r"(?<![\w.])(?:Av\.|Avda\.|Avenida|Calle|C/|Carrera|Cra\.|Paseo|Rua|R\.|Rue|Via|Viale|Jl\.|Jalan|Boulevard|Bd\.|Ulica|Ul\.|ул\.|Triq|Vjal|Pjazza)[ \t]{1,2}"
    r"(?:(?:República|Republica|Rep\.|de|del|da|do|dos|das|la|las|los|el|des|l-|il-|ta['’])[ \t]{0,2}){0,3}$"
)
_PIPE_RE = fastre.compile(r"[ \t]\|[ \t]")
# A street address before the place on its line ("200 W Monroe St, Suite 1500, Chicago, IL"): a postal address
# (an office, a signature), not a stated place of work unless a label says so.
_ADDRESS_RE = fastre.compile(
    r"(?i)\b\d{1,5}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){1,4}(?:st|street|ave|avenue|road|rd|blvd|boulevard|drive|dr|lane|ln|way|parkway|pkwy|court|ct|highway|hwy|place|pl)\b\.?"
    r"|\b(?:suite|ste|floor|unit)\.?[ \t]+#?\d|\b(?:av|avda|avenida|calle|jl|jalan|rua|via|viale|strada|ul|ulica)\.?[ \t]+[^\W\d_][^,\n]{0,40}\d"
)
_VENUE_LEAD_RE = fastre.compile(r"[ \t]*[^\W\d][^|·•\n\d]{1,60}?[ \t]*[|·•][ \t]*")  # "The Weavers Arms · " before the venue's street
_CONTACT_LINE_RE = fastre.compile(r"[|·•]|(?i:\b(?:tel|phone|fax|e-?mail|contact|address|adresse|dirección|direccion|indirizzo)\b)")
_PHONE_AFTER_RE = fastre.compile(r"(?:[|·•,]|[ \t][—–-])[ \t]*(?:\+\d{1,3}[ \t]?\(?\d|(?i:tel|tél|phone|fax)\b\.?[ \t]*:?[ \t]*\+?\(?\d)")  # a telephone number after the place, on its line
_AGENCY_LINE_RE = fastre.compile(r"(?i)\b(?:recrutement|recruitment|recruiting|staffing|int[ée]rim|cabinet|headhunt\w*|agency|agence|selección de personal|personalvermittlung|personaldienstleist\w*|uitzendbureau)\b")
_HQ_AFTER_RE = fastre.compile(r"[ \t]+(?:HQ|headquarters|head[ \t]+office)\b", re.I)
# "Budapest head office: 1138 Budapest, Váci út 141": the address after the seat's label, inside a sentence
# (a street address may come first: "registered office: 14 Queen Street, Edinburgh")
_HQ_ADDRESS_BEFORE_RE = fastre.compile(r"(?i)\b(?:HQ|headquarters|head[ \t]+office|registered[ \t]+office)[ \t]*:[ \t]*(?:\d{1,5}[a-z]?[ \t]+[^\n:,]{2,40},[ \t]*)?(?:[A-Z]{0,2}-?\d{3,6}[ \t]+)?$")
_OFFICE_CUE_RE = fastre.compile(r"(?i)head[ \t]+office|main[ \t]+office|headquarters")  # an office named as a labelled place of work
_WORK_AT_BEFORE_RE = fastre.compile(r"(?i)\b(?:at|from|in|our|its|their|to|out[ \t]+of)[ \t]+(?:the[ \t]+|our[ \t]+|its[ \t]+|their[ \t]+)?$")
_COMPASS_OF_CONTINENT_RE = fastre.compile(
    r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Middle)(?:[ \t]*,[ \t]*[A-Z][a-z]+)*"
    r"(?:,?[ \t]+(?:or|and|&)[ \t]+[A-Z][a-z]+)?[ \t]+(?:America|Americas|Africa|Asia|Europe)\b"
)
_HQ_VERB_RE = fastre.compile(r"(?i)\b(?:based|located|headquartered|situated|offices?|hq)\b")
_COPYRIGHT_RE = fastre.compile(r"(?i)©|\bcopyright\b|all rights reserved")
# "any of our offices in …", "one of our locations in …": the places listed are a choice of places of work
_OUR_ONE_OF_RE = fastre.compile(r"(?i)\b(?:any|one|either|each)[ \t]{1,2}of[ \t]{1,2}(?:our|the|its|these)[ \t]{1,2}$")


# --------------------------------------------------------------------------- mentions and chains


@dataclass
class Mention:
    start: int
    end: int
    text: str
    places: list[Place]
    glued: bool = False


@dataclass
class Found:
    """One resolved place with where it was found."""

    city: Optional[str]
    region: Optional[str]
    country: Optional[str]
    start: int
    end: int
    parts: int
    weak: bool = False
    spans: tuple[tuple[int, int], ...] = ()
    how: set[str] = field(default_factory=set)

    def value(self) -> dict:
        return {"city": self.city, "region": self.region, "country": self.country}


def _in_bracket(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a bracket opened earlier on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.rfind("(", line_start, pos) > text.rfind(")", line_start, pos)


# a site's menu beside a choice of countries or regions: an account or employer link, or a drop-down's mark
_SITE_MENU_WORD_RE = fastre.compile(
    r"(?i)[▾▼⌄]|(?<![^\W_])(?:log[ \t]?in|sign[ \t]?(?:in|up)|register|se[ \t]+connecter|s['’]abonner|connexion|inscription|anmelden|registrieren|"
    r"iniciar[ \t]+sesi[óo]n|ingresar|entrar|employers|jobseekers|job[ \t]+seekers|candidats|entreprises|empresas|advertise)(?![^\W_])"
)
SWITCHER_PLACES = 3  # places each alone between a line's bars that make it a menu of countries or regions


def _place_switcher_line(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is a site's menu of places ("Martinique | Guadeloupe | Guyane | Monde    S'abonner |
    Se connecter"): at least :data:`SWITCHER_PLACES` of its bar-separated parts are each one place the gazetteer knows, and
    the line holds a menu word or a drop-down's mark (a list of places of work alone, "Berlin | Munich | Hamburg", holds neither)."""
    end = text.find("\n", line_start)
    line = text[line_start : len(text) if end < 0 else end]
    if line.count("|") < SWITCHER_PLACES - 1 or not _SITE_MENU_WORD_RE.search(line):
        return False
    parts = [p.strip(" \t▾▼⌄") for p in re.split(r"\||[ \t]{3,}", line)]
    return sum(1 for p in parts if p and gazetteer().knows(p)) >= SWITCHER_PLACES


# a job board's search form copied with the page: a "what" box, then the "where" box the place is typed in
_SEARCH_FORM_RE = fastre.compile(r"(?im)(?:^|[ \t])(?:what|qu[ée]|quoi|was|o[ \t]+que|cosa)[ \t]*:[^\n]{1,80}?[ \t](?:where|d[óo]nde|o[ùu]|wo|onde|dove)[ \t]*:[ \t]*$")
_OFFICE_WORD_RE = fastre.compile(r"(?i)\b(?:office|offices|headquarters)\b")
_COUNTY_AFTER_RE = fastre.compile(r"[ \t](?:County|Parish|Township)\b")
_LOWER_CITY_AFTER_RE = fastre.compile(r"[ \t]" + _CITY_WORD + r"(?=[ \t]*[,(]|[ \t]*\r?\n|$)")
_CITY_WORD_AFTER_RE = fastre.compile(r" City(?![\w-]|[ \t]+(?:of|Council|Hall|Centre|Center)\b)")


# the word that makes a town's name of a region's or a country's: "Fort Saskatchewan", "Port Alberta", "Mount Victoria"
_TOWN_PREFIX_BEFORE = fastre.compile(r"(?<![\w.'’-])(?:Fort|Port|Mount|Mt\.?|Lake|Cape|Point)[ ]\Z")
_OTHER_TOWN_PREFIX_BEFORE = fastre.compile(r"(?<![\w.'’-])(?:New|Fort|Port)[ ]\Z")  # before a town's name, another town's


# a name and "de" before a known town's name, at the start of a line or of a value ("Ubicación: Juchitán de Zaragoza",
# "· Villanueva de la Serena"): a longer town's name, not the town it borrows
_NAMED_AFTER_BEFORE = fastre.compile(r"(?:^|(?<=[:·|,]))[ \t]*(?P<w>[A-ZÁÉÍÓÚÑ][a-záéíóúñüç'’-]{2,})[ ](?:de|del|de[ ]la|de[ ]los|do|da)[ ]\Z", re.M)
# the words that open an organisation's or area's name built the same way ("Universidad de Zaragoza", "Provincia de Buenos Aires")
_NAME_OPENING_UNITS = frozenset({
    "universidad", "universidade", "hospital", "banco", "municipio", "municipalidad", "ayuntamiento", "alcaldía", "alcaldia", "prefeitura", "provincia",
    "región", "region", "departamento", "estado", "ciudad", "cidade", "gobierno", "governo", "colegio", "instituto", "comunidad", "puerto", "porto",
    "aeropuerto", "aeroporto", "distrito", "cantón", "canton", "partido", "comuna", "parroquia", "diputación", "junta", "cámara", "camara", "secretaría",
    "ministerio", "consejo", "corte", "tribunal", "área", "area", "zona", "campus", "sede", "oficina", "planta", "centro", "clínica", "clinica",
})


def _mentions(text: str, lo: int = 0, hi: Optional[int] = None) -> list[Mention]:
    """Every gazetteer name or code in ``text[lo:hi]`` that is not part of a bigger name."""
    gz = gazetteer()
    res = _vocab_res()
    hi = len(text) if hi is None else hi
    found: list[Mention] = []
    for m in gz.name_re.finditer(text, lo, hi):
        s, e = m.span()
        word = m.group()
        if word.isupper() and len(word) > 3 and e < len(text) and text[e].isalpha():
            continue  # "INDIANAPOLIS" must not yield "INDIANA"
        places = gz.names.get(word.casefold().replace("\u00a0", " "))
        if places and len(word) <= 2 and word.isupper():
            places = [p for p in places if p.level != CITY]  # "(BO)": a province's code, not the town of Bo
        if not places:
            continue
        prev = text[s - 1] if s > 0 else ""
        glued = prev.isalnum()
        if glued and word.isupper():
            continue
        if _COUNTY_AFTER_RE.match(text, e):
            # "Delaware County", "Washington Parish": a US county, neither the state nor the town; a county that is a
            # first-level region elsewhere stays ("Uasin Gishu County", "Kilkenny County")
            regions = [p for p in places if p.level == REGION and p.country != "United States"]
            # a county named after its main town ("Nakuru County", "Kisumu County"): the county, a region of the town's country
            places = regions or [Place(REGION, p.name, None, p.country, known=False) for p in places[:1]
                                 if p.level == CITY and p.country not in (None, "United States")]
            if not places:
                continue
        prefix = _TOWN_PREFIX_BEFORE.search(text, max(0, s - 8), s)
        if prefix is not None and not any(p.level == CITY for p in places) and word[:1].isupper() and not word.isupper():
            s, word = prefix.start(), text[prefix.start() : e]  # "Fort Saskatchewan, AB": a town the gazetteer lacks, named after a region
            places = [Place(CITY, word, known=False)]
        elif (prefix := _OTHER_TOWN_PREFIX_BEFORE.search(text, max(0, s - 6), s)) is not None and word[:1].isupper() and not word.isupper() \
                and any(p.level == CITY for p in places) and text[prefix.start() : e].casefold() not in gz.names:
            s, word = prefix.start(), text[prefix.start() : e]  # "New Albany, OH": another town than Albany, one the gazetteer lacks
            places = [Place(CITY, word, known=False)]
        elif (prefix := _NAMED_AFTER_BEFORE.search(text, max(0, s - 30), s)) is not None and word[:1].isupper() and not word.isupper() \
                and any(p.level == CITY for p in places) and text[prefix.start("w") : e].casefold() not in gz.names \
                and prefix.group("w").casefold() not in _NAME_OPENING_UNITS and not gz.knows(prefix.group("w")):
            s, word = prefix.start("w"), text[prefix.start("w") : e]  # "Ubicación: Juchitán de Zaragoza, Oaxaca": a town the gazetteer
            places = [Place(CITY, word, known=False)]  # lacks, named with another's name after "de", opening its line or value
        city_word = _CITY_WORD_AFTER_RE.match(text, e)
        if city_word and any(p.level == CITY for p in places) and (word + city_word.group()).casefold() not in gz.names:
            e, word = city_word.end(), word + city_word.group()  # "Taipei City", "Cebu City": the city's name as the posting writes it
            places = [p for p in places if p.level == CITY]
        if (lower_city := _LOWER_CITY_AFTER_RE.match(text, e)) is not None and any(p.level == CITY for p in places):
            e = lower_city.end()  # "Karakol city, Issyk-Kul Region": the word says what the name is, the chain goes on after it
            places = [p for p in places if p.level == CITY]
        found.append(Mention(s, e, word, places, glued))
    for m in gz.code_re.finditer(text, lo, hi):
        places = gz.codes.get(m.group())
        if places and len({p.country for p in places}) > 1:
            places = _by_postcode(text, m.end(), places)
        if places:
            found.append(Mention(m.start(), m.end(), m.group(), places))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[Mention] = []
    last_end = -1
    for k, men in enumerate(found, 1):
        if men.start < last_end:
            continue
        before = text[max(0, men.start - 30): men.start]
        if before[-1:] in ("/", "@", "_", "#", "=", "\\", "."):
            if not (before[-1:] == "." and men.glued is False and before[-2:-1].islower()):
                continue
        if res["blocked_before"].search(before) or res["blocked_after"].match(text[men.end: men.end + 40]):
            continue
        if _INITIAL_AND_NAME.match(text, men.end) and men.text[:1].isupper() and not men.text.isupper():
            continue  # "Clayton J. Lloyd International Airport", "Jackson T. Reyes": a person's name, no place
        if kept and _OTHER_NAME_OPEN.fullmatch(text, kept[-1].end, men.start) and (close := _OTHER_NAME_CLOSE.match(text, men.end)) \
                and any(p.level == CITY for p in kept[-1].places) and any(p.level == CITY for p in men.places):
            kept[-1] = replace(kept[-1], end=close.end())  # "Mbombela (Nelspruit), Mpumalanga": the town's other name in brackets
            last_end = close.end()
            continue
        if k < len(found) and (nxt := found[k]).start - men.end <= 6 and any(p.level == REGION for p in nxt.places) \
                and (desig := res["designator"].search(text, men.start, nxt.start)) is not None and desig.start() == men.start:
            continue  # "Canton de Vaud": the word naming the region's kind, not the town of that name (Canton, Ohio)
        kept.append(men)
        last_end = men.end
    return kept


_OTHER_NAME_OPEN = fastre.compile(r"[ \t]{0,2}\([ \t]{0,2}")
_OTHER_NAME_CLOSE = fastre.compile(r"[ \t]{0,2}\)")
_INITIAL_AND_NAME = fastre.compile(r"[ \t][A-Z]\.[ \t]+[A-Z][a-z]{2,}")  # a middle initial, then a surname


# the postcode each country writes after its region code: "Fremantle WA 6160" is Western Australia, "Seattle, WA 98101"
# Washington
_POSTCODE_AFTER_CODE = {
    "United States": fastre.compile(r"[ \t]{1,2}\d{5}(?:-\d{4})?(?![\w-])"),
    "Australia": fastre.compile(r"[ \t]{1,2}\d{4}(?![\w-])"),
    "Canada": fastre.compile(r"[ \t]{1,2}[A-Z]\d[A-Z][ ]?\d[A-Z]\d(?![\w-])"),
    "India": fastre.compile(r"[ \t]{1,2}\d{3}[ ]?\d{3}(?![\w-])"),
}


def _by_postcode(text: str, end: int, places: list[Place]) -> list[Place]:
    """The readings of a region code shared by countries ("WA", "NT") whose country writes the postcode that follows
    it; all of them when no postcode follows or none fits."""
    fits = [p for p in places if (regex := _POSTCODE_AFTER_CODE.get(p.country)) is not None and regex.match(text, end)]
    return fits or places


_COUNTRY_CLOSING_RE = fastre.compile(r"[ \t]{0,2},[ \t]{0,2}(?P<c>[A-Z][^\n,]{1,40}?)[ \t]*(?:\n|$)")  # "Chermside QLD, Australia"


_COUNTRY_RESTATED_RE = fastre.compile(r"[ \t]{0,2}/[ \t]{0,2}(?P<c>[^\W\d_][^\n/,]{1,40}?)[ \t]*(?:\r?\n|$)")  # "Føroyar / Faroe Islands"


def _same_country_after(text: str, first: Mention) -> bool:
    """Is the country ``first`` names restated in another language after a slash, closing the line?"""
    m = _COUNTRY_RESTATED_RE.match(text, first.end)
    if m is None:
        return False
    named = {p.name for p in first.places if p.level == COUNTRY}
    return any(p.level == COUNTRY and p.name in named for p in gazetteer().names.get(m.group("c").casefold(), []))


_NEXT_IN_LIST_RE = fastre.compile(r"[ \t]*(?:,|&|and)[ \t]*(?P<n>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})")


def _unknown_city(text: str, first: Mention) -> Optional[Mention]:
    """A city missing from the gazetteer before a region ("Smallville, KS")."""
    line_end = bool(_LINE_END_AFTER_RE.match(text, first.end))
    if not any(p.level in (REGION, NATION) for p in first.places):
        # "Munsbach, Luxembourg" alone on its line, or opening a board's meta line: "Prishtinë, Kosovo · Hybrid · Full-time"
        if (line_end or _SEGMENT_END_AFTER_RE.match(text, first.end) or _same_country_after(text, first)) and any(p.level == COUNTRY for p in first.places):
            m = _UNKNOWN_CITY_WHOLE_RE.search(text, max(0, first.start - 70), first.start)
            if m is None and line_end:  # "The Pine Terrace, Taylors Road, Burnt Pine, Norfolk Island": the town after the street
                m = _TOWN_AFTER_STREET_RE.search(text, max(0, first.start - 120), first.start)
            return _unknown_city_mention(text, *m.span(1)) if m else None
        return None
    listed = _NEXT_IN_LIST_RE.match(text, first.end)
    if listed is not None and any(p.level == REGION for p in gazetteer().names.get(listed.group("n").casefold(), [])):
        return None  # "jobs across Yap, Chuuk, Pohnpei & Kosrae": a list of regions, the word before the first one another
    lo = max(0, first.start - 70)
    desig = _vocab_res()["designator"].search(text, max(0, first.start - 30), first.start)
    m = _UNKNOWN_CITY_RE.search(text, lo, desig.start() if desig else first.start)
    if not m and first.places[0].form == "name" and _BRACKET_CLOSE_AFTER_RE.match(text, first.end):
        m = _UNKNOWN_CITY_BRACKET_RE.search(text, lo, desig.start() if desig else first.start)  # "Oftringen (Kanton Aargau)", not "Cook (AM)"
        if m is not None and gazetteer().knows(m.group(1)):
            m = None  # "Québec (QC)": a town the gazetteer knows is read as such
    if not m and any(p.level == REGION for p in first.places) and (after := _DASH_COUNTRY_AFTER_RE.match(text, first.end)) is not None \
            and any(p.level == COUNTRY and any(q.country == p.name for q in first.places if q.level == REGION)
                    for p in gazetteer().names.get(after.group("c").casefold(), [])):
        m = _UNKNOWN_CITY_DASH_RE.search(text, lo, first.start)
    if not m and first.places[0].form == "code" and _POSTCODE_AFTER_RE.match(text, first.end):
        m = _UNKNOWN_CITY_LINE_RE.search(text, lo, first.start)  # "Woolloongabba QLD 4102": an address line, no comma
    country_after = _COUNTRY_CLOSING_RE.match(text, first.end)
    if country_after is not None and not any(p.level == COUNTRY for p in gazetteer().names.get(country_after.group("c").casefold(), [])):
        country_after = None
    if not m and first.places[0].form == "code" and (line_end or _SEGMENT_END_AFTER_RE.match(text, first.end) or country_after):
        m = _UNKNOWN_CITY_PART_RE.search(text, lo, first.start)  # "Murray Valley Correctional Centre, Albury NSW": the line's last part
        if not m and first.end - first.start == 3:
            m = _UNKNOWN_CITY_LINE_RE.search(text, lo, first.start)  # "Dandenong South VIC": a three-letter state code (never a legal form's two)
    if not m:
        return None
    return _unknown_city_mention(text, *m.span(1))


_FIRM_FORM_END = fastre.compile(r"[ \t](?:Co|Inc|Ltd|LLC|Corp|Pty|GmbH|PLC|Plc|S\.?A|S\.?L|B\.?V|A\.?G)\.?$")
_STREET_END_RE = fastre.compile(r"(?i)[ \t](?:square|street|road|avenue|lane|place|plaza|quay|terrace|crescent|parade|boulevard)$")
_SITE_NAME_RE = fastre.compile(r"(?i)\b(?:hospital|infirmary|clinic|campus|barracks|prison|airport|mine|refinery|plant|factory|warehouse|depot|(?:health|medical)[ \t]+cent(?:re|er)|station|office|branch)\b")


def _unknown_city_mention(text: str, start: int, end: int) -> Optional[Mention]:
    """The unknown city's mention for the name at ``start:end``, cut at camel-case glue and stop words."""
    if _FIRM_FORM_END.search(text, start, end):
        return None  # "Harbor Scallop Co., New Bedford, MA": the firm before its town
    words = text[start:end].split(" ")
    stop = _city_stopwords()
    # CamelCase glue from a scraped page: "ShiftGreen Bay" -> "Green Bay".
    run = text[start:end]
    cut = None
    for i in range(len(run) - 1, 0, -1):
        if run[i].isupper() and run[i - 1].islower():
            word_start = run.rfind(" ", 0, i) + 1
            if i - word_start >= 4:
                cut = i
            break
    if cut is not None:
        start += cut
        words = text[start:end].split(" ")
    elif len(words) > 1:
        before = text[max(0, start - 4) : start].rstrip(" ")  # "- Cherry Point, NC": a bullet and a space
        prev = before[-1] if before else "\n"
        if prev not in _BOUNDARY_CHARS:
            words = words[-1:]
            start = end - len(words[0])
    if len(words) > 1 and words[0].lower() == "the":
        return None  # "THE DAILY LEDGER, LAGOS": a name with an article is a paper or a firm (known cities are in the gazetteer)
    if len(words) > 1 and (_SITE_NAME_RE.search(" ".join(words)) or _STREET_END_RE.search(" ".join(words))):
        return None  # "Seychelles Hospital, Victoria": a site, not a town the gazetteer lacks; "St Francis Square": a street

    compass = {"north", "south", "east", "west"}  # after a name, part of it: "Dandenong South", "Kirkby North"
    lead = len(words) == 2 and re.sub(r"ern$", "", words[0].lower()) in compass and words[1].lower().strip(".'’") not in stop
    while words and words[0].lower().strip(".'’") in stop and not lead:  # a compass word before a name is part of it: "Eastern Creek", "West Ryde"
        start += len(words[0]) + 1
        words = words[1:]
    closing = compass | {"city"}  # after a name, part of it: "Dandenong South", "Jubail Industrial City"
    if not words or any(w.lower().strip(".'’") in stop and not (i and w.lower() in closing) and not (lead and i == 0) for i, w in enumerate(words)):
        return None
    name = " ".join(words)
    if len(name) < 3 or not name[0].isupper():
        return None
    return Mention(start, end, name, [Place(CITY, name, known=False)])


# the employer's site after its town's name (not a district's own name: "Salford Quays", "Canary Wharf", "Park Royal")
_SITE_GAP_RE = fastre.compile(
    r"[ \t]{1,2}(?:[A-Z][\w'’-]*[ \t]{1,2}){0,2}(?i:branch|branches|office|station|campus|hospital|clinic|depot|plant|factory|warehouse|"
    r"store|outlet|site|school|headquarters|hq|mine|refinery|(?:health|medical)[ \t]+cent(?:re|er))[ \t]{0,2},[ \t]{0,3}"
)
_THE_GAP_RE = fastre.compile(r"[ \t]{0,3},[ \t]{0,3}the[ \t]{1,2}")
_DASH_GAP_RE = fastre.compile(r"[ \t]{1,2}[-–—/][ \t]{1,2}")


_UNKNOWN_REGION_GAP = fastre.compile(r"[ \t]{0,2},[ \t]{0,2}(?P<region>[A-ZÀ-Þ][\w'’-]*(?:[ \t][A-ZÀ-Þ][\w'’-]*){0,3})[ \t]{0,2},[ \t]{0,2}")
_BRACKET_CLOSE_JOIN_RE = fastre.compile(r"\)[ \t]*,[ \t]*")
_NOTE_JOIN_RE = fastre.compile(r"[ \t]*\([^()\n,]{2,40}\)[ \t]*,[ \t]*")  # a bracketed district between a city and its comma


def _chains(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions joined by commas (or a ZIP code) into chains."""
    chains: list[list[Mention]] = []
    for men in mentions:
        if chains:
            prev = chains[-1][-1]
            gap = text[prev.end: men.start]
            desig = _vocab_res()["designator"].search(text, prev.end, men.start) if "," in gap else None
            between = _UNKNOWN_REGION_GAP.fullmatch(gap)
            country = next((p.name for p in men.places if p.level == COUNTRY), None)
            if between is not None and country is not None and not any(p.level != CITY for p in prev.places) \
                    and any(not p.known or p.country == country and p.region is None for p in prev.places) \
                    and not gazetteer().knows(between.group("region")):
                # "Sohar, Al Batinah North, Oman": a region the gazetteer lacks between a town and its country (a town whose
                # region the gazetteer knows has a district there: "Lyon, Part-Dieu, France"; "Cotonou, …, Togo" stays apart)
                s, e = prev.end + between.start("region"), prev.end + between.end("region")
                chains[-1].append(Mention(s, e, between.group("region"), [Place(REGION, between.group("region"), None, country, known=False)]))
                chains[-1].append(men)
                continue
            if _JOIN_RE.fullmatch(gap) or (
                _POSTCODE_JOIN_RE.fullmatch(gap) and any(p.level == COUNTRY for p in men.places)
            ) or (
                # "Eindhoven, the Netherlands": the country's name after its article
                _THE_GAP_RE.fullmatch(gap) and any(p.level == COUNTRY for p in men.places)
            ) or (
                # "Brikama, West Coast Region, The Gambia": the region's kind word after its name, then the country
                (kind := _AREA_KIND.match(gap)) is not None
                and len(chains[-1]) >= 2  # (a unit alone before its country, "Aiwo District, Nauru", is left to the unit's reading)
                and any(p.level == REGION for p in prev.places)
                and any(p.level == COUNTRY for p in men.places)
                and (_JOIN_RE.fullmatch(gap, kind.end()) or _THE_GAP_RE.fullmatch(gap, kind.end()))
            ) or (
                # "Bokhtar branch, Khatlon Region", "Naivasha Fire Station, Nakuru County": the employer's site in the town, then
                # the town's region or country
                _SITE_GAP_RE.fullmatch(gap) is not None
                and any(p.level != CITY for p in men.places)
                and any(p.level == CITY for p in prev.places)
            ) or (
                # "Calama, Región de Antofagasta": the region's designator sits in the gap
                desig
                and _JOIN_RE.fullmatch(text, prev.end, desig.start())
                and (any(p.level in (REGION, NATION) for p in men.places) or _same_name(men, prev))
            ) or (
                # "Sydney NSW", "London UK": a code right after a city, without a comma, naming the city's own region or country
                # ("Seller Central VA" is no place: Central is not in Virginia)
                gap in (" ", "  ", "\t")
                and men.places[0].form in ("code", "abbrev")
                and any(q.level == CITY and (p.name in (q.region, q.country) or not q.known or q.region is None and p.level == REGION and p.country == q.country)
                        for q in prev.places for p in men.places)  # (a town the world data knows without its region: "Karratha WA")
            ) or (
                # "Abu Dhabi - United Arab Emirates", "Leeds / West Yorkshire": a dash or slash before the city's region or country named in full
                _DASH_GAP_RE.fullmatch(gap)
                and men.places[0].form == "name"  # a bare code only as the city's own region (below): "Curitiba / PR" is not Puerto Rico
                and any(p.level != CITY for p in men.places)
                and any(p.level == CITY for p in prev.places)
            ) or (
                # "Sardegna – Italia": a region, then its own country after a dash
                _DASH_GAP_RE.fullmatch(gap)
                and men.places[0].form == "name"
                and any(p.level == COUNTRY and any(q.level == REGION and q.country == p.name for q in prev.places) for p in men.places)
            ) or (
                # "Curitiba / PR", "Pune - MH": a code after a dash or slash is the known city's own region
                _DASH_GAP_RE.fullmatch(gap)
                and any(q.region == p.name for q in prev.places if q.level == CITY and q.known for p in men.places if p.level == REGION)
            ) or (
                # "Christchurch Canterbury", "Hornby, Christchurch Canterbury": the known city's own region named in full, no comma
                gap == " "
                and men.places[0].form == "name"
                and any(q.region == p.name for q in prev.places if q.level == CITY and q.known for p in men.places if p.level == REGION)
            ) or (
                # "Gent (Zwijnaarde), Belgium", "Pune (Hinjewadi), Maharashtra": the city's district in brackets, then its region or country
                _NOTE_JOIN_RE.fullmatch(gap)
                and any(p.level != CITY for p in men.places)
                and any(p.level == CITY for p in prev.places)
            ) or (
                # "Douala (Littoral), Cameroun": the country after a bracketed region
                _BRACKET_CLOSE_JOIN_RE.fullmatch(gap)
                and text[prev.start - 1 : prev.start] == "("
                and any(p.level == COUNTRY for p in men.places)
            ) or (
                # "Ottawa (Ontario)", "Lyon (France)": the region or country in brackets after the city
                gap in (" (", "(")
                and text[men.end : men.end + 1] == ")"
                and any(p.level != CITY for p in men.places)
                and any(p.level == CITY for p in prev.places)
                # (a city written in its own language's name is of its own country: "Torino (TO)" is Turin's province, not
                # Brazil's Tocantins; "Truro (NS)" may be another Truro than the one the gazetteer knows)
                and any(q.level == CITY and (not q.known or prev.text.casefold() == q.name.casefold() or p.name in (q.region, q.country)
                                             or p.level == REGION and p.country == q.country)
                        for q in prev.places for p in men.places if p.level != CITY)
            ):
                chains[-1].append(men)
                continue
            if (
                # "based in UAE (Dubai)", "Germany (Munich)": a known town of the country or region just named, in brackets after it;
                # "ACT - Canberra", "Ontario – Toronto": after a dash, as boards list a place region first
                len(chains[-1]) == 1
                and (gap in (" (", "(") and text[men.end : men.end + 1] == ")" or _DASH_GAP_RE.fullmatch(gap) is not None)
                and all(p.level != CITY for p in prev.places)
                and any(q.level == CITY and q.known and (q.country in {p.name for p in prev.places} or q.region in {p.name for p in prev.places}) for q in men.places)
            ):
                chains[-1].insert(0, men)  # kept smallest first
                continue
            if _cjk_step(text, chains[-1], men):
                chains[-1].insert(0, men)  # "大阪府大阪市": the larger place first, no separator; kept smallest first
                continue
        chains.append([men])
    out = []
    for chain in chains:
        unknown = _unknown_city(text, chain[0]) if chain[0].start == min(m.start for m in chain) else None
        unknown = unknown or _cjk_city_after(text, chain)
        out.append([unknown, *chain] if unknown else chain)
    return out


# a city the gazetteer does not know, glued after its prefecture or province with its city suffix: "埼玉県川口市…" -> 川口
_CJK_CITY_AFTER_RE = fastre.compile(r"(?P<city>[\u4e00-\u9fff\u3040-\u30ff]{1,4}?)(?:市|시)")


def _cjk_city_after(text: str, chain: list[Mention]) -> Optional[Mention]:
    """The unknown city right after a chain that ends in a known CJK region ("埼玉県" + "川口市"), written without its suffix."""
    last = max(chain, key=lambda m: m.end)
    if not _CJK_RE.match(last.text) or not any(p.level == REGION for p in last.places) or any(p.level == CITY for m in chain for p in m.places):
        return None
    m = _CJK_CITY_AFTER_RE.match(text, last.end, last.end + 6)
    if m is None:
        return None
    return Mention(m.start("city"), m.end("city"), m.group("city"), [Place(CITY, m.group("city"), known=False)])


_CJK_RE = fastre.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _cjk_step(text: str, chain: list[Mention], men: Mention) -> bool:
    """Does ``men`` follow ``chain`` as Chinese, Japanese and Korean addresses write places: the larger
    first, glued ("中国广东省深圳市", "大阪府大阪市北区", "서울특별시 강남구")?"""
    last = max(chain, key=lambda m: m.start)
    if text[last.end : men.start] not in ("", " ", "\u3000") or not (_CJK_RE.match(last.text) and _CJK_RE.match(men.text)):
        return False
    smallest = min(p.level for p in chain[0].places)
    return chain[0] is last and max(p.level for p in men.places) < smallest


@dataclass
class _State:
    level: float
    city: Optional[str]
    city_places: list[Place]
    region: Optional[str]
    country: Optional[str]
    weak: bool
    city_state: bool
    country_stated: bool = False


def _compat(cur: _State, q: Place) -> Optional[float]:
    """How well ``q`` continues the place so far (None: it starts a new place)."""
    if q.level <= cur.level:
        return None
    if q.level in (REGION, NATION):
        if cur.level == CITY:
            if q.sole_city and (cur.city or "").casefold() != q.sole_city.casefold():
                return None
            known = [p for p in cur.city_places if p.known]
            if not known:
                return 0.5 + q.priority
            if any(p.region == q.name for p in known):
                return 2.0 + q.priority
            if q.level == NATION and any(p.country == q.country for p in known):
                return 2.0
            if not any(p.region for p in known) and any(p.country == q.country for p in known):
                return 1.0 + q.priority  # a city the data knows without its region: a region of its own country beats a namesake abroad
            # a region named like a country ("Dublin, Georgia"): the region of the countries whose regions win a tie
            return q.priority if q.form == "code" else 0.3 + q.priority
        if cur.level == REGION and q.level == NATION and cur.country == q.country:
            return 1.0
        return None
    # a country
    if cur.level in (REGION, NATION):
        return 2.0 if cur.country == q.name else None
    known = [p for p in cur.city_places if p.known]
    if any(p.country == q.name for p in known):
        return 2.0
    if q.form == "code":
        return None
    return 0.3 if known else 0.5


def _start(place: Place, mention: Mention, bare: bool) -> tuple[_State, float]:
    if bare:
        return _State(CITY, mention.text, [Place(CITY, mention.text, known=False)], None, None, False, False), -0.5
    score = _BASE_SCORE[place.level] + place.priority
    if place.form == "code":
        score -= 1.0
    if place.level == CITY:
        written = " ".join(mention.text.split())
        # Latin capitals ("Köln") and caseless scripts ("台北", "กรุงเทพมหานคร") alike; a short form of the
        # name is kept as written too ("Newcastle", "Newcastle-upon-Tyne"; a former name is not: "Bombay")
        local = not written[:1].islower() and not written.isupper() and (not written.isascii() or written.casefold() in _local_names() or _short_form(written, place.name)
                                                                         or written.casefold() == place.name.casefold() + " city" or _apostrophe_form(written, place.name))
        name = written if local else place.name  # a city under its local name as the posting writes it ("Köln", "Wien")
        return _State(CITY, name, [place], None, None, place.weak, place.city_state), score
    if place.level == COUNTRY:
        return _State(COUNTRY, None, [], None, place.name, place.weak, place.city_state, True), score
    return _State(place.level, None, [], place.name, place.country, False, False), score


def _apostrophe_form(written: str, name: str) -> bool:
    """Is ``written`` the gazetteer's ``name`` with a transliteration's apostrophe ("Sana'a" for "Sanaa")?"""
    return written != name and "'" in written.replace("’", "'") and re.sub(r"['’]", "", written).casefold() == re.sub(r"['’]", "", name).casefold()


def _short_form(written: str, name: str) -> bool:
    """Is ``written`` the gazetteer's ``name`` shortened or hyphenated ("Newcastle", "Newcastle-upon-Tyne"
    for "Newcastle upon Tyne"), as posters write it?"""
    short, full = " ".join(written.replace("-", " ").split()).casefold(), name.replace("-", " ").casefold()
    if re.match(r"(?:saint|sankt) ", full) and re.sub(r"^st\.? ", full.split()[0] + " ", short) == full:
        return True  # "St Helier" for "Saint Helier": the saint's short form as the posting writes it
    return short != full and full.startswith(short + " ") or (short == full and written != name)


@cache
def _local_names() -> frozenset[str]:
    """The cities' names in their own language written in ASCII ("Wien", "Praha"; ``local`` in the data), casefolded."""
    return frozenset(n.casefold() for c in gazetteer().data["cities"] for n in c.get("local", []))


@cache
def _shared_region(name: str) -> bool:
    """Is ``name`` a first-level region of more than one country (Punjab: India and Pakistan)?"""
    places = gazetteer().names.get(name.casefold(), [])
    return len({p.country for p in places if p.level in (REGION, NATION)}) > 1


def _continuations(cur: _State, places: list[Place], repeated: bool = False) -> list[Place]:
    """The readings of the next mention that may continue the place ``cur`` so far.

    After a town, a name that is also a town of its own region or Land is read as that region when the town's
    region is unknown or the same ("Sakai, Osaka": Osaka Prefecture, whose name the gazetteer matches only as
    its capital); a region that is also a town is no region of a town the data places in another region of its
    country ("Berlin, Hamburg and Munich" lists three cities, Berlin is not in Hamburg). With ``repeated`` (the
    chain's country follows), the town named again is its region, which the data lacks ("Wellington, Wellington,
    New Zealand"; "Erbil, Erbil Governorate" is left to the unit's own reading).
    """
    if cur.level != CITY:
        return places
    known = [p for p in cur.city_places if p.known]
    towns = [p for p in places if p.level == CITY]
    out = []
    for q in places:
        if q.level in (REGION, NATION) and towns and known and all(p.region and p.region != q.name and p.country == q.country for p in known):
            continue
        out.append(q)
    small = bool(known) and all(p.weak for p in known)  # a small town the data knows only by name ("Si Racha", "Bayan Lepas")
    for q in towns:
        region = q.region or (q.name if repeated and cur.city and q.name.casefold() == cur.city.casefold() else None)
        named = region is not None and region.casefold() == q.name.casefold()
        if named and known and all(p.country == q.country and p.region in (None, region) for p in known) and not any(p.level == REGION and p.name == region for p in places):
            out.append(replace(q, level=REGION, name=region))
        elif small and region is None and not q.weak and any(p.country == q.country for p in known) and not any(p.level == REGION for p in places):
            # "Si Racha, Chonburi, Thailand": after a small town, a larger town of its country the data gives no region is
            # the province named after it (the data lacks the provinces of many countries)
            out.append(replace(q, level=REGION, name=q.name))
    return out


def _stepped(state: _State, q: Place) -> _State:
    """A copy of ``state`` with the larger place ``q`` added (its region, or its country)."""
    state = replace(state)
    if q.level == COUNTRY:
        state.country = q.name
        state.city_state = False
        state.country_stated = True
    elif state.region is None:
        state.region, state.country = q.name, q.country
    state.level = q.level
    return state


def _goes_on(state: _State, mention: Mention) -> bool:
    """Whether one reading of ``mention`` continues the place ``state`` reads so far."""
    return any(_compat(state, q) is not None for q in _continuations(state, mention.places))


def _same_name(a: Mention, b: Mention) -> bool:
    """Whether two mentions write the same name ("Choluteca" twice), case and spacing aside."""
    return " ".join(a.text.split()).casefold() == " ".join(b.text.split()).casefold()


def _regions_of_stated_country(chain: list[Mention]) -> list[Mention]:
    """``chain`` where a region the data knows only in other countries stands right before a country: also read as a
    region of that country, which the data lacks ("Brikama, West Coast Region, The Gambia" is no New Zealand region)."""
    out = list(chain)
    for k in range(len(chain) - 1):
        here, nxt = chain[k], chain[k + 1]
        countries = {p.name for p in nxt.places if p.level == COUNTRY}
        if len(countries) == 1 and here.places and here.places[0].form == "name" \
                and all(p.level == REGION and p.country not in countries for p in here.places):
            out[k] = replace(here, places=[*here.places, Place(REGION, here.places[0].name, country=next(iter(countries)), known=False)])
    return out


def _resolve(chain: list[Mention], text: Optional[str] = None) -> list[Found]:
    """Cut a chain into places; each place takes as many agreeing parts as it can (``text``: the text the mentions are
    in, to see a unit's kind after a name)."""
    out: list[Found] = []
    chain = _regions_of_stated_country(chain)
    i, n = 0, len(chain)
    while i < n:
        best = None
        options = [(p, False) for p in chain[i].places]
        if i + 1 < n and all(p.level in (REGION, NATION) for p in chain[i].places) and chain[i].places[0].form == "name":
            # "Texas, Oklahoma, Louisiana": two regions of one country are a list, not a city and its region
            countries = {p.country for p in chain[i].places}
            # "Choluteca, Departamento de Choluteca": a region named again after it is the town the region is named after
            if _same_name(chain[i + 1], chain[i]) or not any(q.level == REGION and q.form == "name" and q.country in countries for q in chain[i + 1].places):
                options.append((chain[i].places[0], True))
        elif i + 1 < n and all(p.level == COUNTRY for p in chain[i].places) and chain[i].places[0].form == "name" \
                and any(q.level == REGION and q.country not in {p.name for p in chain[i].places} for q in chain[i + 1].places) \
                and (text is None or re.fullmatch(r",[ \t]*", text[chain[i].end : chain[i + 1].start]) is not None):
            # "Lebanon, TN", "Peru, Indiana": a town named like a country, before a region of another country
            options.append((chain[i].places[0], True))
        for place, bare in options:
            state, score = _start(place, chain[i], bare)
            cities = [place] if place.level == CITY and not bare else []
            j = i + 1
            while j < n:
                step = None
                repeated = j + 1 < n and any(p.level == COUNTRY for p in chain[j + 1].places) or (
                    _same_name(chain[j], chain[i])
                    and (text is None or _AREA_KIND.match(text, chain[j].end) is None)
                )  # "Córdoba, Córdoba": the province named like its capital ("Erbil, Erbil Governorate" is left to the unit's reading)
                for q in _continuations(state, chain[j].places, repeated):
                    s = _compat(state, q)
                    # "Fremantle, WA, Australia": a reading the next part goes on from beats a likelier one it cannot
                    key = (j + 1 < n and _goes_on(_stepped(state, q), chain[j + 1]), s) if s is not None else None
                    if key is not None and (step is None or key > step[0]):
                        step = (key, s, q)
                if step is None:
                    break
                _, s, q = step
                state = _stepped(state, q)
                score += s
                j += 1
            if cities and state.region:
                matching = [p for p in state.city_places if p.region == state.region]
                state.city_places = matching or state.city_places
            key = (j - i, score)
            if best is None or key > best[0]:
                best = (key, state, j)
        if best is None:
            i += 1
            continue
        _, state, j = best
        # A lone code that is only a country code ("DE") or a lone unknown city means nothing.
        lone = j - i == 1
        if lone and (chain[i].places[0].form == "code" or not chain[i].places[0].known or chain[i].glued):
            i = j
            continue
        country, city = state.country, state.city
        if state.region and not state.country_stated and _shared_region(state.region):
            country = None  # "Lahore, Punjab": a region name of two countries implies neither
        if state.city_state and city:
            country = state.city_places[0].country if state.city_places else country
        if city and country and city.casefold() == country.casefold():
            city = None  # a city-state ("Singapore") is named as the country, without a city
        elif city and lone and (cs := next((p for p in gazetteer().names.get(city.casefold(), []) if p.level == COUNTRY and p.city_state), None)) is not None:
            city, country = None, cs.name  # "Macau" alone: the city-state by another of its names, not a namesake town elsewhere
        lo, hi = min(m.start for m in chain[i:j]), max(m.end for m in chain[i:j])  # CJK chains run largest first
        out.append(Found(city, state.region, country, lo, hi, j - i, weak=state.weak and lone, spans=((lo, hi),)))
        i = j
    # "London, Manchester, UK": a trailing country also covers the bare cities before it.
    for k in range(len(out) - 1, 0, -1):
        nxt, cur = out[k], out[k - 1]
        if nxt.country and cur.city and not cur.country and not cur.region:
            places = gazetteer().names.get(cur.city.casefold(), [])
            if any(p.level == CITY and p.country == nxt.country for p in places):
                cur.country = nxt.country
    return out


# --------------------------------------------------------------------------- where a place counts


_POSTCODES = (
    # (country, pattern right after the city) — a postcode states the country.
    ("United Kingdom", fastre.compile(r"[ \t]{1,2}[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![A-Za-z0-9])")),
    ("India", fastre.compile(r"[ \t]{0,2}[-–,]?[ \t]{0,2}\d{3}[ \t]?\d{3}(?!\d)")),
)


def _postcode_country(text: str, places: list[Found]) -> None:
    """Fill the country of a "Manchester M4 1HN" / "Bengaluru - 560001" city from its postcode."""
    if not places:
        return
    f = places[-1]
    if not f.city or f.country:
        return
    known = {p.country for p in gazetteer().names.get(f.city.casefold(), []) if p.level == CITY}
    for country, regex in _POSTCODES:
        if country in known and regex.match(text[f.end: f.end + 14]):
            f.country = country
            return


def section_ranges(ctx: Context, *kinds: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the sections of the given kinds, headings included."""
    return [(s.heading_start, s.end) for s in ctx.sections_of(*kinds)]


def inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Is ``pos`` within one of ``ranges``?"""
    return any(a <= pos < b for a, b in ranges)


def header_end(ctx: Context) -> int:
    """End offset of the posting's header area (header section, else the first ~1500-3000 characters)."""
    n = len(ctx.text)
    fallback = min(n, max(HEADER_MIN, min(HEADER_MAX, n // 6)))
    if not ctx.sections:
        return fallback
    heads = ctx.sections_of("header")
    end = max((s.end for s in heads), default=ctx.sections[0].heading_start)
    return min(n, HEADER_MAX, max(end, 300))


def _sentence_start(text: str, pos: int, floor: int) -> int:
    lo = max(floor, pos - 160)
    start = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, pos):
        start = m.end()
    return start


# a location pin opening a line labels the place after it, as in chat posts and boards' header rows ("📍 Wrocław, ul. Długa 5")
_PIN_RE = fastre.compile("(?m)^[ \t>*-]{0,4}\U0001F4CD\uFE0F?[ \t]*")


_GAP_AFTER_LABEL = fastre.compile(r"[ \t]*\t[ \t]*| {2,}|[\u00a0\u3000]")


def _gap_labels(doc: Optional[Document]) -> list[tuple[int, int]]:
    """Values of labels set off by a wide gap, without a colon, at a line's start ("근무지역   부산 강서구",
    "Location\tLeeds"): two spaces, a tab or a full-width space in the raw input, which the normaliser folds."""
    if doc is None:
        return []
    text, out = doc.text, []
    for m in _vocab_res()["gap_label"].finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        value = m.end() + len(text[m.end() : end]) - len(text[m.end() : end].lstrip(" \t"))
        if value >= end or m.end() == value:
            continue
        raw_gap = doc.source[doc.source_span(m.end() - 1, m.end())[1] : doc.source_span(value, value + 1)[0]]
        if _GAP_AFTER_LABEL.search(raw_gap) and "\n" not in raw_gap:
            out.append((value, min(end, value + 200)))
    return out


# a details table flattened with one space, no colon: "Job locations St James's Hospital, Leeds, LS9 7TF" (a label that
# says where the job is, then a capital; a bare "Location" stays a word of prose)
_SPACED_LABEL_RE = fastre.compile(r"(?im)^[ \t]*(?:job|work|workplace|primary)[ \t]+locations?[ \t]+(?=(?-i:[A-Z]))")


# a flattened page's glue between a label's value and the sentence after it: a word of three lower-case letters or more
# running into a capitalised word ("New YorkExperience"); not a name's inner capital ("McAllen", "DeKalb", "LaGrange")
_GLUE_SEAM_RE = fastre.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{3,})")


_LABEL_IN_SENTENCE = fastre.compile(r"(?i)\b(?:our|your|by|visit)[ \t]+$")  # a label word inside a sentence: "come by our office: …"


def _label_values(text: str, doc: Optional[Document] = None) -> list[tuple[int, int]]:
    """``(start, end)`` of the values of location labels (a location pin at a line's start included;
    with ``doc``, a label set off by a wide gap too, see :func:`_gap_labels`)."""
    res = _vocab_res()
    out = _gap_labels(doc)
    if "\U0001F4CD" in text:
        for m in _PIN_RE.finditer(text):
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            out.append((m.end(), min(end, m.end() + 200)))
    for m in (*res["label"].finditer(text), *_SPACED_LABEL_RE.finditer(text), *res["pipe_label"].finditer(text)):
        if _LABEL_IN_SENTENCE.search(text[max(0, m.start() - 12) : m.start()].rstrip() + " "):
            continue  # "… or come by our office: Tempo-Team Rotterdam, Coolsingel 58": where to apply, no label of the place of work
        start = m.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        end = min(end, start + 200)  # a value is read at most this far (and the seam search bounded: a text without newlines is one line)
        seam = _GLUE_SEAM_RE.search(text, start, end)  # "Location : New YorkExperience in using …, AJAX": the value ends where the next sentence is glued on
        out.append((start, seam.start() if seam else end))
        if text[start:end].rstrip().endswith(":"):
            out.extend(_listed_below(text, end))  # "Locations: 2 vacancies in the following locations:" over "Salmon, ID" / "Challis, ID"
    for m in res["label_line"].finditer(text):
        pos = m.end()
        while pos < len(text) and text[pos] in "\r\n \t":
            pos += 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if pos < end:
            out.append((pos, min(end, pos + 200)))
            below = _listed_below(text, end)
            if below and _POSTCODE_LINE_RE.fullmatch(text[below[-1][0]:below[-1][1]].strip()):
                out.extend(below)  # an address block under the label, one part a line, closed by its postcode
    return out


_POSTCODE_LINE_RE = fastre.compile(r"[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|\d{4,6}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d")


_LISTED_PLACE_LINES = 10


def _listed_below(text: str, end: int) -> list[tuple[int, int]]:
    """The short lines right under a label's value that announces a list ("… in the following locations:"), up to a
    blank line or a labelled line."""
    out = []
    at = end + 1
    while at < len(text) and len(out) < _LISTED_PLACE_LINES:
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop].strip()
        if not line or ":" in line or len(line) > 60:
            break
        out.append((at, stop))
        at = stop + 1
    return out


_LABEL_CITY_RE = fastre.compile(  # after an optional area or department number ("74 - Morzine", a French board's form) or a postcode ("1050 Ixelles")
    r"[ \t*_]{0,4}(?:\d{1,3}[ \t]{1,2}[-–][ \t]{1,2}|(?:[A-Z]{1,2}-)?\d{4,5}[ \t]{1,2})?(" + _NAME_WORD + r"(?:[ ](?:" + _JOINERS + r"[ ])?" + _NAME_WORD + r"){0,3})[ \t]{0,2}(?=$|[,(;|/]|[ \t][-–—][ \t]|[ \t]{0,2}\d)"
)


def _uncased(name: str) -> bool:
    """A name in a script without capitals (Hebrew, Arabic, CJK, Thai…): no capital to look for."""
    return name[0].isalpha() and name[0].lower() == name[0].upper()


# a street's name: a street word ("Rue", "Calle", "Jalan", "Road") or a Dutch, German or Nordic street ending ("…laan",
# "…straße", "…gatan")
_STREET_NAME_RE = fastre.compile(
    r"(?i)\b(?:rue|calle|avenida|avenue|rua|jalan|jl\.|boulevard|blvd|ulica|ul\.|road|street|lane|drive)\b"
    r"|[^\W\d_]{3,}(?:straat|laan|weg|gracht|plein|kade|dreef|singel|stra(?:ss|ß)e|gasse|allee|platz|vej|gade|gatan|gata|vägen|veien)\b"
)


_PROVINCE_CODE_RE = fastre.compile(r"[A-Z]{2,3}")  # "(TO)", "(MI)": an Italian province's code after its town


def _foreign_code(text: str, m: Mention) -> bool:
    """Whether ``m`` is a code in brackets ("(TO)") that names a region only in countries the text never names (Brazil's
    Tocantins in an Italian ad): another country's code, such as the province an Italian board writes after a town.
    "Lunenburg (NS)" in a Canadian posting names Nova Scotia."""
    if text[m.start - 1 : m.start] != "(" or not _PROVINCE_CODE_RE.fullmatch(m.text):
        return False
    return not any(p.country and re.search(rf"(?i)\b{re.escape(p.country)}\b", text) for p in m.places)


# an address's postcode and town after its street: "…, 4470-605 Maia, Portugal", "…, 10115 Berlin", "…, B-1070 Anderlecht"
_POSTCODE_TOWN_RE = fastre.compile(
    r",[ \t]*(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3,4})?[ \t]+(?P<town>[A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+){0,2})[ \t]*(?=,|$|\()", re.M
)


def _postcode_town(text: str, start: int, end: int) -> Optional[Found]:
    """The town after a postcode in an address ``text[start:end]`` ("Rua Engenheiro Frederico Ulrich 2650, 4470-605
    Maia, Portugal"), or None."""
    post = _POSTCODE_TOWN_RE.search(text, start, end)
    if post is None or any(w.lower() in _city_stopwords() for w in post.group("town").split()):
        return None
    s, e = post.span("town")
    after = _COUNTRY_AFTER_RE.match(text, e, end)
    country = next((p.name for p in gazetteer().names.get(after.group("c").lower(), []) if p.level == COUNTRY), None) if after else None
    return Found(post.group("town"), None, country, s, after.end("c") if country else e, 1, spans=((s, e),), how={"label"})


_COUNTRY_AFTER_RE = fastre.compile(r",[ \t]*(?P<c>[^\W\d_][^,\n]{2,40}?)[ \t]*$", re.M)


_HOME_BASED_RE = fastre.compile(r"(?i)home[- ]?based|home[- ]office|work[- ]from[- ]home|from[- ]home")


def _label_city(text: str, start: int, end: int) -> Optional[Found]:
    """The city a location label names when the gazetteer does not know it ("Job Location: Gazipur (Konabari)").

    Only the value's first part counts, when it reads as a place name: capitalised words (and the
    joiners of place names) up to a comma, a bracket, a dash or a postcode.
    """
    area = _AREA_LABEL_RE.match(text, start, end)  # "Hunter Region - Maitland": the town in the area
    if area is not None:
        s, e = area.span("town")
        return Found(area.group("town"), None, None, s, e, 1, spans=((s, e),), how={"label"})
    unit = _ADMIN_REGION_VALUE_RE.match(text, start, end)  # "Duty station: Dedza District (Hospital)": a region
    stop = _city_stopwords()
    if unit is not None and not any(w.lower() in stop or w.isupper() for w in unit.group("region").split()[:-1]):  # not "Sales Region", "EMEA Region"
        s, e = unit.span("region")
        return Found(None, unit.group("region"), None, s, e, 1, spans=((s, e),), how={"label"})
    m = _LABEL_CITY_RE.match(text, start, end)
    if not m:
        return None
    name = m.group(1)
    if REMOTE_WORD_RE.fullmatch(name) or _HOME_BASED_RE.fullmatch(name):
        return None  # "City: Remoto", "Location: Home-based": a remote tag, no town
    if _STREET_NAME_RE.search(name) and (town := _postcode_town(text, m.end(1), end)) is not None:
        return town
    if _STREET_NAME_RE.search(name) or _SITE_NAME_RE.search(name):
        return None  # "Duty station: Letitia Vriesdelaan, Paramaribo": a street before the town; "Royal Hospital": a site
    if len(name) < (2 if _uncased(name) else 3) or not (name[0].isupper() or _uncased(name)) or any(w.lower().strip(".'’") in stop for w in name.split(" ")):
        return None
    if name.isupper() and len(name) <= 5:
        return None  # "Office: BPSS": an acronym (a clearance, a grade), not a town the gazetteer lacks
    if _uncased(name) and len(name) > 8:
        return None  # a CJK street address run together ("…工业园区星龙街"), not a city's name
    if kind_of_heading(name) or keyword_match(name):
        return None  # an empty label followed by the next heading ("Location" / "Benefits")
    s, e = m.span(1)
    return Found(name, None, None, s, e, 1, spans=((s, e),), how={"label"})


_TOWN_LIST_SPLIT_RE = fastre.compile(r"[ \t]*(?:[,;][ \t]*(?:(?:or|and)[ \t]+)?(?:\r?\n[ \t]*)?|[ \t]+(?:or|and|&)[ \t]+)")
_TOWN_RE = fastre.compile(_NAME_WORD + r"(?:[ -](?:" + _JOINERS + r"[ -])?" + _NAME_WORD + r"){0,3}")


_SITE_WORD_RE = fastre.compile(r"(?i)\b(?:" + _SITE_WORDS + r"|district|borough|ward|район|bezirk|dzielnica|kerület|quận|округ)\b")


def _listed_towns(text: str, start: int, end: int, places: list[Found]) -> list[Found]:
    """Towns the gazetteer does not know in a labelled list of places ("Location: Birmingham, Hastings,
    Leeds, London", wrapped over lines after a comma): when every part of the list is a known place or a
    capitalised name, and at least two are known cities, the unknown names are towns too."""
    while text[end - 1 : end] == "," and (nxt := text.find("\n", end + 1)) != -1 and nxt - end < 200:
        end = nxt  # a list wrapped after its comma goes on on the next line
    value = text[start:end].rstrip(" \t.")
    parts, pos = [], start
    for m in _TOWN_LIST_SPLIT_RE.finditer(value):
        parts.append((pos, start + m.start()))
        pos = start + m.end()
    parts.append((pos, start + len(value)))
    if len(parts) < 2:
        return []
    known = {(f.start, f.end): f for f in places if "excluded" not in f.how and start <= f.start < end}
    stop = _city_stopwords()
    out, cities = [], set()
    for lo, hi in parts:
        spanned = sorted((f for (s, e), f in known.items() if s < hi and e > lo), key=lambda f: f.start)
        if spanned and spanned[0].start <= lo and spanned[-1].end >= hi:
            cities |= {id(f) for f in spanned if f.city}  # a known place, or part of one ("Manchester, UK")
            continue
        name = text[lo:hi]
        if spanned or not _TOWN_RE.fullmatch(name) or any(w.lower().strip(".'’") in stop for w in re.split(r"[ -]", name)):
            return []
        if kind_of_heading(name) or keyword_match(name) or _SITE_WORD_RE.search(name):
            return []
        out.append(Found(name, None, None, lo, hi, 1, spans=((lo, hi),), how={"label"}))
    if len(cities) >= 2 or (len(parts) >= 3 and cities and all(known[k].parts == 1 for k in known)):
        return out
    return []  # one known city beside a name, or a city with its region: a district or a site of it ("Yuseong-gu, Daejeon")


@cache
def _field_label_kinds() -> dict[str, str]:
    """Each place-field label of the gazetteer's ``field_labels`` with its kind ("pays" → "country")."""
    return {label: kind for kind, labels in gazetteer().data["field_labels"].items() for label in labels}


def _field_kind(m: re.Match) -> Optional[str]:
    """The kind ("city", "region", "country") of the place-field label a ``field`` pattern matched, or None."""
    return _field_label_kinds().get(re.sub(r"\s+", " ", m.group("label").lower()))


# the rest of a town's name after a shorter town the gazetteer knows, to the line's end: " dos Pinhais", " del Río"
_LONGER_TOWN_RE = fastre.compile(r"[ ](?:" + _JOINERS + r")[ ][A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?(?=[ \t]*(?:\n|$|\"))")


def _field_locations(text: str) -> list[Found]:
    """Workday-style "City: Austin / State: Texas / Country: United States" fields, merged."""
    res = _vocab_res()
    parts: list[tuple[str, Mention]] = []
    bare = [(m, True) for m in res["field_bare"].finditer(text)] if "\nCity " in text or "\nState " in text or "\nCountry " in text else []
    for m, no_colon in sorted([(m, False) for m in res["field"].finditer(text)] + bare, key=lambda p: p[0].start()):
        kind = _field_kind(m)
        if not kind:
            continue
        end = text.find("\n", m.end())
        end = min(len(text) if end < 0 else end, m.end() + 80)  # (a line with no break after it is read 80 characters far too)
        mentions = _mentions(text, m.end(), end)
        if no_colon and not (mentions and mentions[0].start == m.end() and not text[mentions[0].end:end].strip()):
            continue  # without a colon, the place must be the whole rest of the line
        longer = _LONGER_TOWN_RE.match(text, mentions[0].end, end) if kind == "city" and mentions and mentions[0].start - m.end() <= 2 else None
        if longer is not None:  # "Cidade: São José dos Pinhais": the known "São José" opens a longer town's name
            name = text[mentions[0].start : longer.end()]
            parts.append((kind, Mention(mentions[0].start, longer.end(), name, [Place(CITY, name, known=False)])))
        elif mentions and mentions[0].start - m.end() <= 2:
            parts.append((kind, mentions[0]))
        elif kind == "city":
            word = re.match(r"[^\W\d_][\w.'’-]{1,30}(?: [^\W\d_][\w.'’-]{1,30}){0,2}(?=\s*$|\")", text[m.end():end])
            if word and word.group()[0].isupper() and not REMOTE_WORD_RE.fullmatch(word.group()):  # "Älvkarleby"; "City: Remote" names no city
                parts.append((kind, Mention(m.end(), m.end() + word.end(), word.group(), [Place(CITY, word.group(), known=False)])))
    out: list[Found] = []
    groups: list[list[tuple[str, Mention]]] = []
    for kind, men in parts:
        if groups and men.start - groups[-1][-1][1].end < 300 and kind not in {k for k, _ in groups[-1]}:
            groups[-1].append((kind, men))
        else:
            groups.append([(kind, men)])
    for group in groups:
        if len(group) < 2:
            continue
        city = region = country = None
        stated = {kind for kind, _ in group}
        for kind, men in group:
            if kind == "county" and "region" in stated:
                continue  # "County: Albany" beside "State: NY": the state is the region, the county lies inside it
            wanted = {"city": (CITY,), "region": (REGION, NATION), "county": (REGION, NATION), "country": (COUNTRY,)}[kind]
            place = next((p for p in men.places if p.level in wanted), None)
            if place is None and kind in ("region", "county") and (town := next((p for p in men.places if p.known and p.country), None)) is not None:
                region, country = men.text, country or town.country  # "Province: Balkh", known as a town only: the label names it a region
                continue
            if place is None and kind == "city" and (area := next((p for p in men.places if p.level == REGION and p.country), None)) is not None:
                city, country = men.text, country or area.country  # "City: Cox's Bazar", known as a district only: the label names it a town
                continue
            if place is None:
                continue
            if kind == "city":
                city = _start(place, men, False)[0].city  # a local name as written ("Göteborg", "Köln"), as chains keep it
            elif kind in ("region", "county"):
                region, country = place.name, country or place.country
            else:
                country = place.name
        if city or region or country:
            spans = tuple((men.start, men.end) for _, men in group)
            out.append(Found(city, region, country, spans[0][0], spans[-1][1], len(group), spans=spans, how={"label"}))
    return out


_COUNTRY_FIRST_RE = fastre.compile(
    r"(?:^|(?<=[ \t][·|•][ \t]))[ \t]*(?P<cc>[A-Z]{2,3}),[ \t]*(?P<rg>[A-Za-z0-9][A-Za-z0-9 .'’-]{0,40}?)?[ \t]*,[ \t]*(?P<city>[^\W\d][^,\n]{0,60}?)?[ \t]*(?:,[^,\n]{1,60}?)?[ \t]*(?=$|[ \t][·|•][ \t])", re.M
)


# iCIMS writes a place as country, region and city codes joined by hyphens: "US-OH-Dayton", "CA-ON-Toronto"
# (on its own line or as one part of a card's dotted line)
_HYPHEN_CODES_RE = fastre.compile(r"(?<![\w-])(?P<cc>[A-Z]{2})-(?P<rg>[A-Z]{2,3})-(?P<city>[A-Z][^\W\d_]*(?:[ .'’][A-Z][^\W\d_]*){0,3})(?=[ \t]*(?:$|[|,;·•]))", re.M)


# and, on a location label's line, as a country code and a city: "Job Locations  IE-Ringaskiddy"
_LABELLED_CODE_CITY_RE = fastre.compile(
    r"^[ \t]*(?i:(?:job[ \t]+)?locations?)[ \t]*:?[ \t]+(?P<cc>[A-Z]{2})-(?P<city>[A-Z][a-z][^\W\d_]*(?:[ .'’][A-Z][^\W\d_]*){0,3})[ \t]*$", re.M
)


# Taleo writes a place as country, region and city names joined by hyphens: "United States-Texas-Houston"
_HYPHEN_NAMES_RE = fastre.compile(
    r"(?P<cc>[A-Z][^\W\d_]+(?:[ ][A-Z][^\W\d_]+){0,3})-(?P<rg>[A-Z][^\W\d_]+(?:[ ][A-Za-z][^\W\d_]+){0,3})-(?P<city>[A-Z][^\W\d_]*(?:[ .'’][A-Z][^\W\d_]*){0,3})[ \t]*$",
    re.M,
)


def _hyphen_names(text: str, values: list[tuple[int, int]]) -> list[Found]:
    """Label values written "Country-Region-City" with the gazetteer's names ("United States-Texas-Houston");
    both the country and a region of that country must be known, the city is taken as written."""
    gz, out = gazetteer(), []
    for lo, hi in values:
        m = _HYPHEN_NAMES_RE.match(text, lo, hi)
        if not m:
            continue
        country = _country_of(gz.names.get(m.group("cc").casefold(), []))
        region = _region_of(gz.names.get(m.group("rg").casefold(), []), country)
        if country and region:
            out.append(Found(m.group("city"), region, country, m.start(), m.end(), 3, spans=((m.start(), m.end()),), how={"label"}))
    return out


def _country_of(readings: list[Place]) -> Optional[str]:
    """The country among a code's or a name's gazetteer readings, or None."""
    return next((p.name for p in readings if p.level == COUNTRY), None)


def _region_of(readings: list[Place], country: Optional[str]) -> Optional[str]:
    """The region (or constituent nation) of ``country`` among a code's or a name's readings, or None."""
    return next((p.name for p in readings if p.level in (REGION, NATION) and p.country == country), None)


_REGION_PART_RE = fastre.compile(r"(?i)(?:north|south|east|west|central|upstate|downstate)(?:ern|east|west|eastern|western)?[ ]\S.*")


_TOWN_CLOSING_LINE_RE = fastre.compile(r"(?:,|[ \t][-–—|][ \t]|\()[ \t]*(?P<city>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2})\)?[ \t]*$")


def _title_town(text: str, line_start: int, country: str) -> Optional[re.Match[str]]:
    """The town closing the line above a country-only header line ("Sales Executive - Leeds" over "GB, , "),
    when the gazetteer puts a city of that name in that country: the board left its city field empty and the
    title names it."""
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    town = _TOWN_CLOSING_LINE_RE.search(text, above, max(above, line_start - 1))
    if town is None:
        return None
    readings = gazetteer().names.get(town.group("city").casefold(), [])
    if any(p.city_state for p in readings):
        return None  # "… - Hong Kong" over "HK, , ": a city-state is named as the country alone
    return town if any(p.level == CITY and p.country == country for p in readings) else None


_EITHER_SPLIT_RE = fastre.compile(r"[ \t]+(?:or|and|&)[ \t]+|[ \t]*/[ \t]*")
_TOWN_NAME_RE = fastre.compile(r"[A-Z][^\W\d_]+(?:[ .'’-][A-Z][^\W\d_]*){0,3}")


def _either_towns(city: str, country: str) -> Optional[list[str]]:
    """The towns a board's city field joins with "or", "and", "&" or "/" ("Harlan or Ames", "Mumbai / Delhi"),
    each written as a name; a name the gazetteer knows whole ("Wilkes-Barre", "Trinidad and Tobago") stays one.
    With "and", both towns must be cities of ``country`` the gazetteer knows."""
    parts = _EITHER_SPLIT_RE.split(city)
    if len(parts) < 2 or gazetteer().names.get(city.casefold()) or not all(_TOWN_NAME_RE.fullmatch(p) for p in parts):
        return None
    if re.search(r"[ \t](?:and|&)[ \t]", city) and not all(any(q.level == CITY and q.country == country for q in gazetteer().names.get(p.casefold(), [])) for p in parts):
        return None
    return parts


def _country_first(text: str, lo: int, hi: int) -> list[Found]:
    """Board header lines (or parts of a card's dotted line) that write the place country first: "US, NY, New York", "GB, , Manchester",
    "EG, C, Cairo, Nasr City" (the district after the city is left out), "SG, , " (the country alone).

    The country is an ISO code; the region a code or name of that country's regions; the city
    is taken as written.  Only what the line states is filled (no region from the city).
    """
    gz = gazetteer()
    out = []
    for m in _COUNTRY_FIRST_RE.finditer(text, lo, hi):
        country = _country_of(gz.codes.get(m.group("cc"), []))
        if country is None:
            continue
        region = None
        if m.group("rg"):
            key = m.group("rg").strip()
            region = _region_of(gz.codes.get(key.upper(), []) + gz.names.get(key.casefold(), []), country)
        city = m.group("city").strip() if m.group("city") else None
        if city and region and _REGION_PART_RE.fullmatch(city) and city.split(" ", 1)[1].casefold() == region.casefold():
            city = None  # "US, WI, Western Wisconsin": a part of the region, not a city
        end = m.end() if region or city else m.end("cc")  # "SG, , ": the code alone is the evidence
        spans: tuple = ((m.start("cc"), end),)
        if not (city or region) and (town := _title_town(text, m.start(), country)) is not None:
            city, spans = town.group("city"), spans + (town.span("city"),)  # "Production Manager, London" over "GB, , "
        towns = _either_towns(city, country) if city else None
        if towns:  # "US, IA, Harlan or Ames": the board's city field names two towns
            base = m.start("city")
            for town in towns:
                at = text.index(town, base, m.end())
                out.append(Found(town, region, country, m.start("cc"), at + len(town), 3, spans=((m.start("cc"), m.end("cc")), (at, at + len(town))), how={"header_chain"}))
            continue
        out.append(Found(city, region, country, m.start("cc"), end, 3, spans=spans, how={"header_chain"} if city or region else {"header_chain", "country_field"}))
    for m in _HYPHEN_CODES_RE.finditer(text, lo, hi):  # both codes must be the country's and its region's
        country = _country_of(gz.codes.get(m.group("cc"), []))
        region = _region_of(gz.codes.get(m.group("rg"), []), country)
        if country and region:
            out.append(Found(m.group("city"), region, country, m.start(), m.end(), 3, spans=((m.start(), m.end()),), how={"header_chain"}))
    for m in _LABELLED_CODE_CITY_RE.finditer(text, lo, hi):  # "Job Locations  IE-Ringaskiddy": iCIMS without the region
        country = _country_of(gz.codes.get(m.group("cc"), []))
        if country:
            out.append(Found(m.group("city"), None, country, m.start("cc"), m.end(), 2, spans=((m.start("cc"), m.end()),), how={"header_chain", "label"}))
    return out


def _canon_city(name: str) -> str:
    """The gazetteer's name of a city written under an alias or in local script ("서울" -> "Seoul")."""
    places = gazetteer().names.get(name.casefold(), [])
    return next((p.name for p in places if p.level == CITY), name)


def _latin(name: str) -> bool:
    """Whether ``name`` is written in Latin letters."""
    return all(ch < "\u0250" for ch in name if ch.isalpha())


def _merge(found: list[Found]) -> list[Found]:
    """Deduplicate in order of appearance; a place that refines an earlier one fills its gaps."""
    out: list[Found] = []
    for f in found:
        for g in out:
            fields = [(f.region, g.region), (f.country, g.country)]
            if any(a and b and a != b for a, b in fields):
                continue
            same_city = f.city and g.city and (f.city == g.city or _canon_city(f.city) == _canon_city(g.city))
            if f.city and g.city and not same_city:
                continue
            shared = same_city or (
                not f.city and not g.city and ((f.region and f.region == g.region) or (not f.region and not g.region and f.country == g.country))
            )
            if shared:
                fuller = bool(f.region) + bool(f.country) - bool(g.region) - bool(g.country)
                if f.city and g.city != f.city and (fuller > 0 or fuller == 0 and _latin(f.city) and not _latin(g.city)):
                    g.city = f.city  # "서울 … / Seoul, South Korea": the fuller reading's spelling; of a line in two
                    # scripts, "Подольск, Московская область / Podolsk, Moscow Oblast", the Latin one
                g.city, g.region, g.country = g.city or f.city, g.region or f.region, g.country or f.country
                g.how |= f.how
                break
        else:
            out.append(f)
    # A town read without its country in a posting whose board field names one country alone ("IN, , " on the header line,
    # "Location: Mumbai or Delhi" in the body) is that country's town when the gazetteer knows a town of that name there;
    # a country named in prose stays a place of its own beside a town ("Bishkek" … "Kyrgyzstan").
    countries = {f.country for f in out if f.country and not f.city and not f.region and "country_field" in f.how}
    if len(countries) == 1:
        (country,) = countries
        for f in out:
            if f.city and not f.country and not f.region and any(
                p.level == CITY and p.country == country for p in gazetteer().names.get(f.city.casefold(), [])
            ):
                f.country = country

    # A bare country (or region) already covered by a fuller place is not a place of its own:
    # "Bengaluru, Karnataka, India" + "fully remote within India" -> one place.
    def covered(f: Found) -> bool:
        if f.city:
            return False
        return any(  # (a district named like its town, the town read too: "Cox's Bazar" the district and "City: Cox's Bazar")
            g is not f and g.city and g.country == f.country and (f.region is None or g.region == f.region or g.region is None and g.city == f.region)
            for g in out
        )

    return [f for f in out if not covered(f)][:MAX_LOCATIONS]


# the legal form closing a company's name: "Nordlys Foods A/S, Aarhus" on a board's employer line
LEGAL_FORM_AFTER_NAME = r"[ \t](?:Inc|Ltd|LLC|GmbH|AG|A/S|AS|ApS|AB|Oy|BV|B\.V|NV|N\.V|SA|S\.A|SAS|SARL|SRL|Limited|plc|PLC|Corp|Pte\.?[ \t]+Ltd|Pty[ \t]+Ltd)\.?"
_AFTER_LEGAL_NAME_RE = fastre.compile(LEGAL_FORM_AFTER_NAME + r",[ \t]*$")


def _after_legal_name(text: str, f: Found) -> bool:
    """Is the place the rest of an employer line, after the company's legal name ("Nordlys Foods A/S, Aarhus")?"""
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[f.end:line_end].strip()  # nothing after the place but a postal district ("Aarhus C", "Dublin 2")
    return f.start - line_start <= 80 and (not rest or re.fullmatch(r"[A-Z]{1,2}|\d{1,2}", rest) is not None) \
        and _AFTER_LEGAL_NAME_RE.search(text, line_start, f.start) is not None


# a head line that names an employer, a site or a street and then the town after a comma:
# "Hotel Mogren Bay, Budva", "Fisheries Division, Apia", "Acme Ltd — Quay Road, Tema", "Café Lune, Rue Haute, Namur"
_NAME_LINE_BEFORE_RE = fastre.compile(r"[ \t]*[^\W\d_][^\n:;?!]{0,100}?[^\W_][.)]?[ \t]{0,2},[ \t]{0,3}")
_NAME_LINE_REST_RE = fastre.compile(r"[ \t]*(?:[A-Z]{1,2}|\d{1,2})?[ \t]*")  # a postal district ("Aarhus C", "Dublin 2"), not a postcode: an address
_PROSE_RE = fastre.compile(r"[.!?][ \t]+[a-z]|\b(?:is|are|was|were|we|our|you|your|the[ \t]+(?:role|position))\b")


def _closes_name_line(text: str, f: Found) -> bool:
    """Is the place a town closing a head line after a comma, the line naming an employer, a site or a street
    before it ("Hotel Mogren Bay, Budva", "Salt & Crumb, Shop Street, Galway")? Boards and newspapers print the
    employer and its town so under the title; a sentence ("We are a studio based near Apia") is no such line."""
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line_end = len(text) if line_end < 0 else line_end
    return (
        _NAME_LINE_BEFORE_RE.fullmatch(text, line_start, f.start) is not None
        and _NAME_LINE_REST_RE.fullmatch(text, f.end, line_end) is not None
        and _PROSE_RE.search(text, line_start, f.start) is None
    )


def _segment_alone(text: str, f: Found) -> bool:
    """Is the place the whole of its line (or of a "·"/"|" separated part of it)?"""
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 300:
        return False
    seg_start, seg_end = line_start, line_end
    for m in SEGMENT_SPLIT_RE.finditer(text, line_start, line_end):
        if m.end() <= f.start:
            seg_start = m.end()
        elif m.start() >= f.end:
            seg_end = m.start()
            break
    rest = text[seg_start: f.start] + " " + text[f.end: seg_end]
    return bool(_SEGMENT_REST_RE.fullmatch(rest))


def find_locations(ctx: Context) -> tuple[list[Found], float]:
    """All places of work the posting states, and how sure we are (computed once per context).

    Returns:
        ``(places, confidence)``; ``([], 0.0)`` when the posting states none.
    """
    return ctx.once("_location.find_locations", _find_locations)


STRONG_HOW = frozenset({"label", "remote", "cue", "header_chain", "header_alone"})  # why a place is a place of work


def place_readings(ctx: Context) -> list[Found]:
    """Every place the gazetteer reads in ``ctx.text``, each with why it counts.

    ``how`` holds the evidence (:data:`STRONG_HOW`, ``body_chain``) or ``excluded`` (a
    company, legal, pay or benefits passage, an EEO sentence, a copyright line).  Labelled
    City/State/Country fields come last.  Never raises on odd input.
    """
    text = ctx.text
    if not text or not text.strip():
        return []
    places, fields = _flagged_places(ctx)
    return places + fields


_AREA_THEN_TOWN_RE = fastre.compile(
    r"[ \t]{1,2}(?:Region|Area|Metro(?:politan)?(?:[ \t]Area)?|District)[ \t]{0,2}[-–—][ \t]{0,2}"
    r"(?P<town>" + _NAME_WORD + r"(?:[ ](?:" + _JOINERS + r"[ ])?" + _NAME_WORD + r"){0,2})[ \t]*(?=$|[,;(|/])",
    re.M,
)


_AREA_LABEL_RE = fastre.compile(r"[ \t*_]{0,4}" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){0,2}?" + _AREA_THEN_TOWN_RE.pattern, re.M)


_EMPLOYER_SUBJECT_RE = fastre.compile(r"(?i)[ \t]+(?:is|are)[ \t]+(?:an?[ \t]+)?(?:proud[ \t]+)?(?:equal[ \t]+(?:opportunity|employment)|eeo\b|affirmative[ \t]+action)")


_KEY_LINE_RE = fastre.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?P<key>[^\W\d_][\w #./&'’-]{1,28}?)[ \t]*[:：][ \t]*\S")


def _next_job_start(text: str) -> int:
    """Where a second job's block starts on a page that lists several jobs with the same labels (an agency's "hot jobs"
    e-mail, a union hall's job calls, a council's notice of two posts): the first key repeated after the first labelled
    place, when the later block labels a place again and repeats at least one other key. The first block is the
    posting (as its title, pay and id are read); the later blocks' places are other jobs'. ``len(text)`` otherwise."""
    first = _vocab_res()["label"].search(text)
    if first is None:
        return len(text)
    keys = [(m.start(), " ".join(m.group("key").casefold().split())) for m in _KEY_LINE_RE.finditer(text)]
    seen: set[str] = set()
    start = None
    for pos, key in keys:
        if start is None and pos > first.end() and key in seen:
            start = pos
            seen_before = set(seen)
        seen.add(key)
    if start is None:
        return len(text)
    again = {key for pos, key in keys if pos >= start and key in seen_before}
    if len(again) < 2 or _vocab_res()["label"].search(text, start) is None:
        return len(text)
    return start


def other_jobs_start(ctx: Context) -> int:
    """Where a page's list of other jobs starts ("Similar jobs", "Offres récentes" as a heading), or ``len(ctx.text)``
    (computed once per context: the places and the posting date both ask)."""
    return ctx.once("_location.other_jobs_start", _other_jobs_start)


def _other_jobs_start(ctx: Context) -> int:
    similar = _vocab_res()["similar"].search(ctx.text)
    return similar.start() if similar else len(ctx.text)


def _flagged_places(ctx: Context) -> tuple[list[Found], list[Found]]:
    """The gazetteer's places with their evidence flags, and the labelled City/State/Country fields."""
    text = ctx.text
    res = _vocab_res()
    excluded = section_ranges(ctx, "company", "legal") + results_cards(ctx)  # (other jobs' cards: their places are theirs)
    excluded += [(m.end(), len(text) if (end := text.find("\n", m.end())) < 0 else end) for m in res["residence_label"].finditer(text)]
    offer = section_ranges(ctx, "pay", "benefits")  # a place there counts only when labelled ("복리후생 … / 근무지: 서울")
    head_end = header_end(ctx)
    labels = _label_values(text, ctx.doc)
    copyrights = [m.start() for m in _COPYRIGHT_RE.finditer(text)]
    similar_at = min(other_jobs_start(ctx), _next_job_start(text))

    places: list[Found] = []
    for chain in _chains(text, _mentions(text)):
        found = _resolve(chain, text)
        # "Palacio Municipal de Grecia, Grecia, Alajuela, Costa Rica": the town's name inside a building's, no country of its own
        found = [f for k, f in enumerate(found) if not (k + 1 < len(found) and f.country and not f.city and not f.region
                                                         and found[k + 1].city == text[f.start : f.end] and found[k + 1].country not in (None, f.country))]
        if places and found and found[0].start <= places[-1].start and places[-1].end <= found[0].end:
            places.pop()  # "Salford Quays, Greater Manchester": the known "Salford" is part of the longer unknown name
        places.extend(found)
        _postcode_country(text, places)
        if len(places) >= MAX_CANDIDATE_PLACES:
            del places[MAX_CANDIDATE_PLACES:]
            break  # pathological input: the evidence is in the first few hundred places

    for f in places:
        if f.parts == 1 and f.region is None and f.country is None and any(g.end <= f.start and _POSTCODE_THEN_BRACKET.fullmatch(text, g.end, f.start) for g in places):
            f.how.add("excluded")  # "Corio VIC 3214 (Geelong)": the larger town near the address, in a note
            continue
        if inside(f.start, excluded) or (inside(f.start, offer) and not any(a <= f.start < b for a, b in labels)) or any(abs(c - f.start) < 120 for c in copyrights) or f.start > similar_at or _EMPLOYER_SUBJECT_RE.match(text, f.end):
            f.how.add("excluded")  # "Riverside is an Equal Opportunity Employer": a place name that is the employer's name
            continue
        floor = max((a for a, b in labels if a <= f.start < b), default=0)
        sent = _sentence_start(text, f.start, floor)
        based = res["based"].search(text, max(0, f.start - 50), f.start)
        # "citizens … for the position, based at our head office in Suva": the role is based at the office, said last
        said_from = based.end() if based is not None and based.start() > sent and _OFFICE_WORD_RE.search(based.group()) else sent
        labelled = any(a <= f.start < b for a, b in labels)  # (a labelled place of work: "Location: Head Office, Birkirkara" is the office the job is at)
        if any(not _OUR_ONE_OF_RE.search(text, max(said_from, m.start() - 20), m.start()) and not (labelled and m.start() >= floor and _OFFICE_CUE_RE.fullmatch(m.group()))
               for m in res["negative"].finditer(text, said_from, f.start)):
            f.how.add("excluded")  # ("any of our offices in Leeds, Sheffield or Hull": a choice of places of work, not the company's offices)
            continue
        if _STREET_BEFORE_RE.search(text, max(0, f.start - 40), f.start):
            f.how.add("excluded")  # "Av. República de El Salvador", "Rua Bahia": a street named after a place
            continue
        if "label" not in f.how and (_HQ_AFTER_RE.match(text, f.end) and not _WORK_AT_BEFORE_RE.search(text, max(0, f.start - 16), f.start)
                                     or _HQ_ADDRESS_BEFORE_RE.search(text, max(0, f.start - 90), f.start)):
            f.how.add("excluded")  # "Kinetta · Lisbon HQ · 120 employees": the company's profile (not "from our Lisbon HQ"); "head office: 1138 Budapest"
            continue
        if _COMPASS_OF_CONTINENT_RE.match(text, f.start, min(len(text), f.end + 60)):
            f.how.add("excluded")  # "North, Central or South America": a part of a continent, no town named "Central"
            continue
        if res["zone_after"].match(text, f.end, f.end + 60) or res["area_before"].search(text, max(0, f.start - 30), f.start) or res["area_after"].match(text, f.end, f.end + 40):
            f.how.add("excluded")  # "(US/Canada time zones)", "live in the EU or UK": a time zone or residency area, no place of work
            continue
        if "label" not in f.how and res["contact_line"].match(text, text.rfind("\n", 0, f.start) + 1, f.start):
            f.how.add("excluded")
            continue
        if "label" not in f.how and _place_switcher_line(text, text.rfind("\n", 0, f.start) + 1):
            f.how.add("excluded")  # "Qatar ▾ | UAE | KSA | Kuwait        Jobseekers | Login": the site's choice of country, its menu
            continue
        if _SEARCH_FORM_RE.search(text, text.rfind("\n", 0, f.start) + 1, f.start):
            f.how.add("excluded")  # "qué: ingeniero diseño mecánico    dónde: Querétaro, Qro.": the board's search form, what the user typed
            continue
        if any(a <= f.start < b for a, b in labels):
            f.how.add("label")
        if REMOTE_BEFORE_RE.search(text, max(0, f.start - 30), f.start) or REMOTE_AFTER_RE.match(text[f.end: f.end + 30]):
            f.how.add("remote")
        elif f.city is None and _ANYWHERE_BEFORE_RE.search(text, max(0, f.start - 30), f.start) and REMOTE_WORD_RE.search(text, sent, f.start):
            f.how.add("remote")  # "a fully remote role open to candidates anywhere in the United States"
        cue = res["based"].search(text, max(0, f.start - 50), f.start) or res["based_area"].search(text, max(0, f.start - 90), f.start)
        about_company = res["hq"].search(text, max(sent, f.start - 80), f.start)
        if about_company and _HQ_VERB_RE.search(text, about_company.end(), f.start) and ("label" not in f.how or _in_bracket(text, about_company.start())):
            f.how.add("excluded")  # "we are a startup based in Berlin, Germany"; "Location: Remote within the EU (we're based in Leipzig)"
            continue
        if cue and not about_company:
            f.how.add("cue")
        if not f.how & {"label", "remote", "cue"}:
            line_start = text.rfind("\n", 0, f.start) + 1
            addr = _ADDRESS_RE.search(text, max(line_start, f.start - 120), f.start)
            contact = _CONTACT_LINE_RE.search(text, line_start, addr.start()) if addr else None
            venue = contact is not None and contact.group() in "|·•" and f.start < head_end and not _AGENCY_LINE_RE.search(text, line_start, addr.start()) \
                and _VENUE_LEAD_RE.fullmatch(text, line_start, addr.start()) is not None  # one name, then the address
            if contact and not venue:
                f.how.add("excluded")  # "Acme Staffing | 200 W Monroe St, Chicago, IL": a contact or footer line (not the venue's
                continue  # line under the heading: "The Weavers Arms · 41 Tib Street, Manchester")
            line_end = text.find("\n", f.end)
            if _PHONE_AFTER_RE.search(text, f.end, len(text) if line_end < 0 else line_end):
                f.how.add("excluded")  # "Villa 9412 - Dakar, Sénégal | +221 33 869 00 00": an office's contact line
                continue
        if f.start < head_end:
            if f.parts >= 2:
                f.how.add("header_chain")
            elif ((not f.weak and (_segment_alone(text, f) or _after_legal_name(text, f))) or (f.city and _closes_name_line(text, f))) \
                    and not _AGENCY_LINE_RE.search(text, text.rfind("\n", 0, f.start) + 1, f.start):
                f.how.add("header_alone")  # (not an agency's own line: "Cabinet de recrutement et d'intérim - Dakar" names its office)
        if f.parts >= 2 and not (f.city is None and f.region is None):
            f.how.add("body_chain")

    # "Location: Sydney Region - Parramatta": a labelled region or area, then the town in it after a dash
    for f in list(places):
        town = _AREA_THEN_TOWN_RE.match(text, f.end) if "label" in f.how and "excluded" not in f.how else None
        if town is not None:
            f.how.add("excluded")
            s, e = town.span("town")
            places.append(Found(_canon_city(town.group("town")), None, None, s, e, 1, spans=((s, e),), how={"label"}))

    # "Wellington Central", "Central London": a position word the gazetteer also knows as a town ("Central" in Hong Kong),
    # written with a space beside a town's name, names a part of that town, not a second place of work
    for a, b in zip(places, places[1:]):
        if not (a.city and b.city and a.city != b.city and text[a.end : b.start] in (" ", "\u00a0")) or "excluded" in a.how | b.how:
            continue
        position = _vocab_res()["position_word"]
        part, town = (b, a) if position.match(b.city) else (a, b) if position.match(a.city) else (None, None)
        if part is not None and town is not None:
            part.how.add("excluded")
            if not (town.region or town.country):  # "Christchurch Central, Canterbury": the region after the part is the town's
                town.region, town.country = part.region, part.country
    # A list continues what its first item is: "based in London or Manchester".
    for a, b in zip(places, places[1:]):
        if "excluded" in b.how or "excluded" in a.how:
            continue
        if a.how & {"label", "cue", "header_alone", "remote"} and _LIST_GAP_RE.fullmatch(text, a.end, b.start):
            b.how |= a.how & {"label", "cue", "header_alone", "remote"}
    # ... and a header line's list of towns closed by the remote option ("Warszawa, Kraków, Remote"), or a bracketed
    # list closing a heading ("… Commercial Projects (Portland / Beaverton)"), names every town, as its last one does
    for a, b in zip(places[::-1][1:], places[::-1]):
        if a.how or not (a.city and b.city) or text.count("\n", a.end, b.start) or not _LIST_GAP_RE.fullmatch(text, a.end, b.start):
            continue
        if "remote" in b.how:
            a.how.add("remote")
        elif "header_alone" in b.how and text[a.start - 1 : a.start] == "(" and text[b.end : b.end + 1] == ")":
            a.how.add("header_alone")
    for a, b in labels:
        if a < similar_at and not any(a <= f.start < b for f in places) and not _mentions(text, a, b):
            unknown = _label_city(text, a, b)
            if unknown:
                places.append(unknown)
        elif a < similar_at:
            places.extend(_listed_towns(text, a, b, places))
            if not any(a <= f.start < b and f.city for f in places):
                town = _postcode_town(text, a, b) if _STREET_NAME_RE.match(text, a, b) else None  # "Rua …, 4470-605 Maia, Portugal": the country known, the town not
                if town is None and not any(a <= f.start < b for f in places) and all(_foreign_code(text, m) for m in _mentions(text, a, b)):
                    town = _label_city(text, a, b)  # "Luogo di lavoro: Grugliasco (TO)": a province's code after a town the gazetteer lacks
                if town is not None:
                    places.append(town)
    places.sort(key=lambda f: f.start)
    offices = [f for f in places if "excluded" not in f.how and res["hq_line"].match(text, _segment_start(text, f.start), f.start)]
    seats = offices + [f for f in places if "excluded" not in f.how and f not in offices and "label" not in f.how and _on_crumb_line(text, f)]
    if seats and any("label" in f.how and f not in seats for f in places):  # (a board's breadcrumb trail, "Forside / Spedition /
        # Hovedstaden / Kastrup", files the ad under a place; the labelled place of work states it)
        for f in seats:
            f.how.add("excluded")
    elif offices and any(f.start < head_end and f not in offices and "excluded" not in f.how for f in places):
        for f in offices:  # "District Office: 780 Shoreline Drive, Aurora, IL" at the foot, the school's town in the header
            f.how.add("excluded")
    # (also a labelled value below the head: "Primary Location: US-OH-Dayton" at the foot of a Taleo page)
    country_first = _country_first(text, 0, head_end) + [f for a, b in labels if a >= head_end for f in _country_first(text, a, b)] + _hyphen_names(text, labels)
    for f in places:  # a header line written country first states the place; its parts are not other places
        if any(c.start <= f.start < c.end for c in country_first):
            f.how.add("excluded")
    return places, _field_locations(text) + country_first


def _segment_start(text: str, pos: int) -> int:
    """Where the line part holding ``pos`` starts: the line's start, or after the last " · " or " | " before ``pos``
    ("Acme CIC · Company no. 123 · Registered office: 10 Example Court, Edinburgh")."""
    line_start = text.rfind("\n", 0, pos) + 1
    cut = max(text.rfind(" · ", line_start, pos), text.rfind(" | ", line_start, pos))
    return cut + 3 if cut >= 0 else line_start


# a board's breadcrumb trail: three or more short parts parted by " / ", " > ", " › " or " » ", alone on the line
_CRUMB_LINE_RE = fastre.compile(r"[ \t]*[^\W\d_][^\n/>»›→]{0,30}(?:[ \t]+[/>»›→][ \t]+[^\n/>»›→]{1,40}){2,}[ \t]*(?:\r?\n|$)")


def _on_crumb_line(text: str, f: Found) -> bool:
    """Whether the place ``f`` stands on a breadcrumb line."""
    line_start = text.rfind("\n", 0, f.start) + 1
    return _CRUMB_LINE_RE.match(text, line_start) is not None


_SPACED_DASH_RE = fastre.compile(r"[ \t]+[-–][ \t]+")  # "Rio Verde - GO, Brasil"
# between a city and its region or country on the next line or after a district: "Warszawa, Mokotów" /
# "mazowieckie", "Bratislava - Ružinov, Slovensko"
_CITY_TO_REGION_GAP_RE = fastre.compile(
    r"[ \t]*(?:(?:,|[ \t]?[-–—/])[ \t]*[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*)?[ \t]*)?(?:,[ \t]*|[ \t]*\r?\n[ \t\r\n]*)"
    r"(?:(?i:country|region|state|province|county)[ \t]*:[ \t]*)?"  # its own label on the next line: "Duty Station: Kigali" / "Country: Rwanda"
)


def _region_completes_city(text: str, places: list[Found], keep: list[Found], head_end: int) -> None:
    """A kept region-only (or country-only) place right after a city of that region (country), on the
    next line or after the city's district, is that city's region (country): "Warszawa, Mokotów" over
    "mazowieckie" is one place, and so is "Bratislava - Ružinov, Slovensko"."""
    for f in list(places):
        if f.city or not (f.region or f.country) or "excluded" in f.how:
            continue
        g = max((g for g in places if g.end <= f.start and g is not f), key=lambda g: g.end, default=None)
        if g is None or "excluded" in g.how or not g.city or g.region or g.country:
            continue
        whole = Found(None, None, None, g.start, f.end, 2)
        # "Rio Verde - GO, Brasil" alone on a header line: the town of that region, wherever else the gazetteer knows its name
        alone = bool(f.region and f.country and g.start < head_end and _SPACED_DASH_RE.fullmatch(text, g.end, f.start) and _segment_alone(text, whole))
        if not alone and not _CITY_TO_REGION_GAP_RE.fullmatch(text, g.end, f.start):
            continue
        if f not in keep and g not in keep and not (g.start < head_end and _segment_alone(text, whole)):
            continue  # "Lyon, Rhône, France" alone on a header line counts like a place chain there
        readings = gazetteer().names.get(g.city.casefold(), [])
        if not alone and not any(p.level == CITY and (p.region == f.region or p.region is None and p.country == f.country if f.region else p.country == f.country) for p in readings):
            continue
        g.region, g.country = f.region, f.country
        g.how |= f.how | {"header_chain"}
        if f in keep:
            keep.remove(f)
        if g not in keep:
            keep.append(g)


# an administrative unit the gazetteer does not know, written with its kind: "Maun, North-West District",
# "Kandy, Central Province", "Dedza District" (counties are left out: a US "X County" names the employer)
_ADMIN_UNIT = r"[ \t](?:District|Province|Region|Governorate|Prefecture|Oblast|Atoll)"
_ADMIN_NAME = _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){0,2}?" + _ADMIN_UNIT
_ADMIN_REGION_AFTER_RE = fastre.compile(r",[ \t]{0,2}(?P<region>" + _ADMIN_NAME + r")(?=[ \t]*(?:[,|·•]|\r?\n|$))")
_ADMIN_REGION_VALUE_RE = fastre.compile(r"[ \t*_]{0,4}(?P<region>" + _ADMIN_NAME + r")(?=[ \t]*(?:$|[,(;|/])|[ \t]+[A-Z])")
_COMMA_GAP_RE = fastre.compile(r"[ \t]{0,2},[ \t]{0,2}")
# the unit between a site and the country in a labelled value: "Velaa Island Resort, Noonu Atoll, Maldives"
_ADMIN_REGION_BEFORE_RE = fastre.compile(r",[ \t]{0,2}(?P<region>" + _ADMIN_NAME + r")[ \t]{0,2},[ \t]{0,2}$")
_ADMIN_KIND_AFTER_RE = fastre.compile(_ADMIN_UNIT + r"(?![\w-])")


def _absorb_after(text: str, f: Found, places: list[Found], keep: list[Found], lo: int, hi: int) -> None:
    """Fold into ``f`` the places read inside ``text[lo:hi]`` (parts of a name already taken) and a
    country written right after it; they are not places of their own."""
    for g in places:
        if g is f or "excluded" in g.how:
            continue
        inner = lo <= g.start < hi
        country_after = g.start >= hi and g.country and not g.city and not g.region and _COMMA_GAP_RE.fullmatch(text, hi, g.start)
        if not (inner or country_after):
            continue
        if g.country and g.end > hi and not f.country:
            f.country = g.country
        f.spans += g.spans
        f.end = max(f.end, g.end)
        g.how.add("excluded")
        if g in keep:
            keep.remove(g)


def _line_alone(text: str, f: Found) -> bool:
    """Is the place ``f`` the whole of its line ("Salisbury" in an address block)?"""
    return text[text.rfind("\n", 0, f.start) + 1:f.start].strip() == "" and text[f.end:(text.find("\n", f.end) + 1 or len(text) + 1) - 1].strip() == ""


def _named_regions(text: str, places: list[Found], keep: list[Found]) -> None:
    """Regions a kept city's line writes after it that the gazetteer cannot read: an administrative unit
    with its kind ("Maun, North-West District", "Kandy, Central Province, Sri Lanka"), and a province named
    like its capital ("Cebu City, Cebu", "Panamá, Panamá"), both kept as written. A city only the
    generated world data knows, followed by an administrative kind ("Mangochi District Hospital"), names
    that unit, not the town."""
    for f in list(keep):
        if f not in keep or f.region or "excluded" in f.how:
            continue
        if f.city and f.spans and f.end == f.spans[-1][1] and (kind := _ADMIN_KIND_AFTER_RE.match(text, f.end)) is not None and all(
            p.weak for p in gazetteer().names.get(f.city.casefold(), []) if p.level == CITY
        ) and not any(g.city == f.city and _line_alone(text, g) for g in places):  # the town on a line of its own: a site named after it
            f.city, f.region, f.country = None, text[f.start:kind.end()], None
            f.end, f.spans = kind.end(), f.spans[:-1] + ((f.spans[-1][0], kind.end()),)
            continue
        if f.country and not f.city and not f.region and "label" in f.how and (unit := _ADMIN_REGION_BEFORE_RE.search(text, text.rfind("\n", 0, f.start) + 1, f.start)) \
                and not any(g is not f and g.start < f.start and g.end > unit.start() for g in places):
            f.region, f.start = unit.group("region"), unit.start("region")
            f.spans = ((unit.start("region"), unit.end("region")),) + f.spans
            continue
        if f.city and not any(p.region for p in gazetteer().names.get(f.city.casefold(), []) if p.level == CITY):
            unit = _ADMIN_REGION_AFTER_RE.match(text, f.end)  # "Sydney, Greater Sydney Region": the gazetteer's region stands
            if unit is not None:
                f.region = unit.group("region")
                _absorb_after(text, f, places, keep, unit.start("region"), unit.end())
                continue
        gap = _COMMA_GAP_RE.match(text, f.end)
        if gap is None or not (f.city or f.country):
            continue
        name = re.sub(r"[ \t]+City$", "", text[f.start:f.end]) if f.city else text[f.start:f.end]
        readings = gazetteer().names.get(name.casefold(), [])
        if not f.city and any(p.city_state for p in readings):
            continue  # a country named like its capital ("Panamá, Panamá") is the city in its province; a city-state is one place
        if not re.match(re.escape(name) + r"(?![\w-])", text[gap.end():gap.end() + len(name) + 1]):
            continue
        countries = {p.name if p.level == COUNTRY else p.country for p in readings}
        f.city, f.region = f.city or name, name
        f.country = f.country or (next(iter(countries)) if len(countries) == 1 else None)
        _absorb_after(text, f, places, keep, gap.end(), gap.end() + len(name))


# a name closing a city's line or label value after a comma: "Antananarivo, Analamanga", "George Town, Grand Cayman"
_UNREAD_REGION_AFTER_RE = fastre.compile(
    r"[ \t]{0,2},[ \t]{0,2}(?P<region>" + _NAME_WORD + r"(?:[ ](?:" + _JOINERS + r"[ ])?" + _NAME_WORD + r"){0,2})[ \t]*(?=\r?\n|$)"
)
_TOWN_PART_WORDS = (r"area|zone|district|municipality|ward|city|town|village|suburb|borough"
    r"|район|bezirk|dzielnica|kerület|quận|округ|distrito|arrondissement|colonia|barrio|bairro"
    r"|rue|calle|carrer|rua|via|viale|strasse|straße|str|ulica|ul|avenida|av|boulevard|blvd|chemin|route|camino|sokak|caddesi")  # streets
_FIRST_LEVEL_UNIT_WORDS = r"province|region|county|parish"  # a first-level unit's own word names a region, not a part of a town
_SITE_OR_PART_RE = fastre.compile(r"(?i)\b(?:" + _SITE_WORDS + r"|" + _TOWN_PART_WORDS + r")\b")
_SITE_OR_UNIT_RE = fastre.compile(r"(?i)\b(?:" + _SITE_WORDS + r"|" + _TOWN_PART_WORDS + r"|" + _FIRST_LEVEL_UNIT_WORDS + r")\b")
_FIRST_LEVEL_UNIT_RE = fastre.compile(r"(?i)\b(?:" + _FIRST_LEVEL_UNIT_WORDS + r")\b")  # "Harju County", "Gandaki Province"


def _unread_region_after(text: str, places: list[Found], keep: list[Found], head_end: int) -> None:
    """A name the gazetteer cannot read closing a stated city's line after a comma is its region (an island,
    a district, a province the world data lacks: "George Town, Grand Cayman", "Antananarivo, Analamanga"); such a
    head-block line, city first, states the place of work. A region places the city in the country the posting
    names, when the city lies in that country (a national board names its country: "Find work in The Gambia",
    "Sierra Leone's job site"); a city alone implies no country (golden/README). A name made of site or unit
    words ("Airport Residential Area") is a part of the town, not a region."""
    for f in places:
        if not f.city or f.region or f.country or "excluded" in f.how:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        head_line = f.start < head_end and not text[line_start:f.start].strip(" \t*•-")
        if f not in keep and not head_line:
            continue
        m = _UNREAD_REGION_AFTER_RE.match(text, f.end)
        if m is None or not m.group("region")[0].isupper() or gazetteer().knows(m.group("region")) or _SITE_OR_PART_RE.search(m.group("region")) \
                or m.group("region").casefold() in _city_stopwords():  # "Kraków, Remote": the remote option, no region
            continue  # ("📍 Самарканд, центр": a lower-case word is a part of town)
        if _COUNTY_AFTER_RE.search(m.group("region")) and "United States" in _city_countries(f.city):
            continue  # "Springfield, Greene County": a US county is no region (the state is)
        if any(g is not f and "excluded" not in g.how and m.start("region") <= g.start < m.end() for g in places):
            continue
        f.region = m.group("region")
        f.spans += ((m.start("region"), m.end("region")),)
        f.end = m.end("region")
        f.country = _named_country_of(text, f.city)
        if f.country is None and _FIRST_LEVEL_UNIT_RE.search(f.region):
            countries = _city_countries(f.city)  # "Tallinn, Harju County": a county of the one country the city lies in
            f.country = next(iter(countries)) if len(countries) == 1 else None
        if f not in keep:
            f.how.add("header_chain")
            keep.append(f)


# a town and an area, each up to three name words: "Soldeu, Canillo", "Duqm, Al Wusta"
_TOWN_AREA = (
    r"(?P<city>" + _NAME_WORD + r"(?:[ -](?:" + _JOINERS + r"[ -])?" + _NAME_WORD + r"){0,2}),[ \t]{0,2}"
    r"(?P<region>" + _NAME_WORD + r"(?:[ -](?:" + _JOINERS + r"[ -])?" + _NAME_WORD + r"){0,2})[ \t]{0,2}"
)
# a labelled value "Town, Area (Country)" / "Town, Area, Country" whose town and area the gazetteer cannot read
_TOWN_AREA_BEFORE_RE = fastre.compile(r":[ \t]{0,3}" + _TOWN_AREA + r"(?:\(|,)[ \t]{0,2}$")


# a head-block line that is only "Town, Area, Country"
_TOWN_AREA_LINE_RE = fastre.compile(r"[ \t]{0,3}" + _TOWN_AREA + r",[ \t]{0,2}$")


def _head_town_area_country(text: str, places: list[Found], keep: list[Found], head_end: int) -> None:
    """A head-block line that is only a town, an area and a known country ("Duqm, Al Wusta, Oman"), the town and
    area unknown to the gazetteer, states the place of work as a labelled one would."""
    stop = _city_stopwords()
    for f in places:
        if not f.country or f.city or f.region or "excluded" in f.how or f in keep or f.start >= head_end:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        if text[f.end : len(text) if line_end < 0 else line_end].strip():
            continue
        m = _TOWN_AREA_LINE_RE.fullmatch(text, line_start, f.start)
        if m is None:
            continue
        # the known names the line may hold: a town the gazetteer puts in that country beside its area named with its kind
        # ("Erbil, Erbil Governorate, Iraq"), or a town it knows only in other countries ("León" of Spain and Nicaragua)
        towns_in = _city_countries(m.group("city"))
        kind = _AREA_KIND.search(m.group("region"))
        if f.country in towns_in:
            named = {m.group("city"), m.group("region")[: kind.start()]} if kind else set()
        else:
            named = {m.group("city")} if towns_in else set()
        if any((gazetteer().knows(m.group(k)) and not (k == "city" and named)) or _SITE_OR_PART_RE.search(m.group(k))
               or any(w.casefold().strip(".'’") in stop for w in m.group(k).split()) for k in ("city", "region")):
            continue  # "Acme Foods, Sales Team, Kenya": a firm and its team
        if any(g is not f and "excluded" not in g.how and m.start("city") <= g.start < m.end() and g.city not in named for g in places):
            continue
        f.city, f.region, f.start = m.group("city"), m.group("region"), m.start("city")
        f.spans = ((m.start("city"), m.end("city")), (m.start("region"), m.end("region"))) + f.spans
        f.how.add("header_chain")
        keep.append(f)


# a name opening a place line (or a "·"/"|"/" - " part of one, or a label's value) right before ", <known town>":
# "Riccarton, Christchurch, New Zealand", "Nile Connect BPO - Nasr City, Cairo, Egypt", "Location: Sandton, Johannesburg"
_SUBURB_BEFORE_RE = fastre.compile(
    r"(?:^|(?<=[·|•\t:])|(?<=[ ][-–—/][ ]))[ \t*]{0,4}(?P<name>" + _NAME_WORD + r"(?:[ ](?:" + _JOINERS + r"[ ])?" + _NAME_WORD + r"){0,2})[ \t]{0,2},[ \t]{0,2}$",
    re.M,
)
_WARD_RE = fastre.compile(r"-(?:gu|ku|ward)$")  # a metropolitan city's ward ("Yuseong-gu, Daejeon"): the city is the place
_POSTCODE_IN_LINE_RE = fastre.compile(r"(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|\d{4,6})(?![\w-])")  # "BS34 8QW", "6160"
_SITE_OR_STREET_RE = fastre.compile(r"(?i)\b(?:" + _SITE_WORDS + r"|" + _TOWN_PART_WORDS.replace("city|", "") + r")\b")


def _named_as_employer(text: str, name: str) -> bool:
    """Does the posting use ``name`` as a subject or an owner ("Greyfield Logistics is …", "Greyfield's drivers"), as it
    does its employer and never a suburb?"""
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?:['’]s\b|[ \t]+(?:is|are|has|have|was|were|offers|provides|operates|runs|helps|builds)\b)", text) is not None


def _after_suburb(text: str, start: int, name: str) -> bool:
    """Whether the place at ``start`` follows ``name`` and a comma ("… hospital in Gomti Nagar, Lucknow"): the same suburb
    and town named again, not the town as a place of its own."""
    return re.search(re.escape(name) + r"[ \t]{0,2},[ \t]{0,2}$", text[max(0, start - len(name) - 6) : start]) is not None


def _suburb_before_town(text: str, places: list[Found], keep: list[Found]) -> list[Found]:
    """A suburb, district or neighbourhood the gazetteer does not know, written first on a place line before its town
    ("Riccarton, Christchurch, New Zealand", "Nasr City, Cairo, Egypt", "Location: Sandton, Johannesburg"), is the
    place's ``city``: the posting's most specific place, as addresses go from the small place to the large one. The
    town after it is kept as the region only where it is also a first-level region of its country ("Cairo"). A name
    the posting uses as a subject or owner ("Greyfield Logistics is …", "… 's") is an employer, not a suburb; a name
    known only as a small town abroad ("Heliopolis" in Algeria) may still be the suburb. Returns ``keep`` without the
    town where a later line names it again after the same suburb ("a hospital in Gomti Nagar, Lucknow")."""
    repeats: set[int] = set()
    for f in keep:
        if not f.city or "excluded" in f.how or not (f.how & {"label", "header_chain"} or (f.parts >= 2 and "header_alone" in f.how)):
            continue
        if not any(p.level == CITY and p.known for p in gazetteer().names.get(f.city.casefold(), [])):
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        m = _SUBURB_BEFORE_RE.search(text, max(line_start, f.start - 60), f.start)
        if m is None:
            continue
        name = m.group("name")
        if (any(p.country == f.country or not p.weak for p in gazetteer().names.get(name.casefold(), [])) or _SITE_OR_STREET_RE.search(name)
                or _STREET_NAME_RE.search(name) or _FIRST_LEVEL_UNIT_RE.search(name) or name.isupper() or _WARD_RE.search(name) or _FIRM_FORM_END.search(name)
                or any(w.casefold().strip(".'’") in _city_stopwords() for w in name.split() if w.casefold() not in ("city", "south", "north", "east", "west"))):
            continue
        if any(g is not f and "excluded" not in g.how and m.start("name") <= g.start < f.start for g in places):
            continue
        line_end = text.find("\n", f.end)
        if any(g is not f and g.city == f.city and not _after_suburb(text, g.start, name) for g in keep) or _POSTCODE_IN_LINE_RE.search(text, m.end("name"), len(text) if line_end < 0 else line_end):
            continue  # the town stated as a place of its own elsewhere (another job's card), or a postal address
        if _named_as_employer(text, name):
            continue
        repeats.update(id(g) for g in keep if g is not f and g.city == f.city)
        town_region = next((p.name for p in gazetteer().names.get(f.city.casefold(), []) if p.level == REGION and p.country == f.country), None)
        f.region = f.region or town_region
        f.city, f.start = name, m.start("name")
        f.spans = ((m.start("name"), m.end("name")),) + f.spans
        f.parts += 1
    return [g for g in keep if id(g) not in repeats]


# a head line (or its last "·"/"|" part) "Town, <board's area> <REGION CODE>" ("Geelong, Barwon & Western District VIC",
# "Newcastle, Newcastle, Maitland & Hunter NSW", "Dandenong South, Melbourne VIC") or "Town, <compass> <Region>"
# ("Bristol, South West England")
_TOWN_BOARD_AREA_RE = fastre.compile(
    r"(?:^|(?<=[·|•][ ]))[ \t]*(?P<town>" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){0,2})[ \t]*,[ \t]*"
    r"(?P<area>[^\W\d_][^\n\d,·|:]{0,40}?(?:,[ \t]*[^\W\d_][^\n\d,·|:]{0,40}?)?)[ \t]+(?P<code>[A-Z]{2,3})(?:[ \t]*$|(?=[A-Z][a-z]))",
    re.M,
)  # the code may be glued to the next field of a scraped card: "Ballarat, Ballarat & Central Highlands VICNursing"
_COMPASS_AREA_RE = fastre.compile(
    r"(?:^|(?<=[·|•][ ]))[ \t]*(?P<town>" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){0,2})[ \t]*,[ \t]*"
    r"(?P<area>(?:North|South|East|West)(?:[ -]?(?:East|West))?[ \t]+(?P<region>" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r")?))[ \t]*$",
    re.M,
)


def _head_town_board_area(text: str, places: list[Found], keep: list[Found], head_end: int) -> list[Found]:
    """A head-block place line that names a town, then the board's area for it and a region code ("Geelong, Barwon &
    Western District VIC", as SEEK prints it) or a compass part of a region ("Bristol, South West England", as Reed
    does), is that one place: the town in the region the code names (or the compass area as written), not every known
    name the area holds. The town is a town the gazetteer puts in that region, or a suburb before such a town
    ("Dandenong South, Melbourne VIC")."""
    gz = gazetteer()
    out = list(keep)
    for regex in (_TOWN_BOARD_AREA_RE, _COMPASS_AREA_RE):
        coded = regex is _TOWN_BOARD_AREA_RE
        for m in regex.finditer(text, 0, head_end):
            town, area = m.group("town"), m.group("area")
            if coded:
                regions = [p for p in gz.codes.get(m.group("code"), []) if p.level == REGION]
            else:
                regions = [p for p in gz.names.get(m.group("region").casefold(), []) if p.level in (REGION, NATION)]
            def in_region(name: str) -> Optional[Place]:
                return next((r for r in regions for p in gz.names.get(name.casefold(), [])
                             if p.level == CITY and p.known and p.country == r.country and p.region in (r.name, None)), None)
            region = in_region(town)
            if region is None:
                first = area.split(",")[0].strip()
                suburb = not gz.knows(town) and _unknown_city_mention(text, *m.span("town")) and not _named_as_employer(text, town)
                region = in_region(first) if suburb else None
                if region is None and suburb and coded and len(regions) == 1 and area.startswith(town + " "):
                    region = regions[0]  # "Moree, Moree Plains NSW": a town the gazetteer lacks, in the area named after it
            if region is None or _SITE_OR_STREET_RE.search(town):
                continue
            if any(g.start < m.start("town") < g.end or ("label" in g.how and m.start() <= g.start < m.end()) for g in out):
                continue
            if not coded and gz.knows(area):
                continue  # "Leeds, West Yorkshire": a region the gazetteer reads whole
            out = [g for g in out if not m.start("town") <= g.start < m.end()]
            spans = ((m.start("town"), m.end("town")), m.span("code" if coded else "area"))
            out.append(Found(" ".join(town.split()), region.name if coded else area, region.country, m.start("town"), m.end(), 3,
                             spans=spans, how={"header_chain"}))
    return sorted(out, key=lambda f: f.start)


def _unit_words(name: str) -> bool:
    """Whether ``name`` holds a word that never names a town (a unit, a team, an office: "Environmental Health
    Department")."""
    stop = _city_stopwords()
    return any(w.casefold().strip(".'’()") in stop for w in name.split())


def _town_and_area_before_country(text: str, places: list[Found], keep: list[Found]) -> None:
    """A labelled country written after a town and an area the gazetteer cannot read ("Location: Soldeu,
    Canillo (Andorra)", "Duty station: Kavieng, New Ireland, Papua New Guinea") is that town in that area:
    addresses go from the small place to the large one."""
    for f in keep:
        if not f.country or f.city or f.region or "label" not in f.how or "excluded" in f.how:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        m = _TOWN_AREA_BEFORE_RE.search(text, line_start, f.start)
        if m is not None and m.group("region")[0].isupper() and not gazetteer().knows(m.group("region")) \
                and not _SITE_OR_PART_RE.search(m.group("region")) and _unit_words(m.group("city")) and not _unit_words(m.group("region")) \
                and not any(g is not f and "excluded" not in g.how and m.start("city") <= g.start < m.end() for g in places):
            f.city, f.start = m.group("region"), m.start("region")  # "Environmental Health Department, Brades, Montserrat":
            f.spans = ((m.start("region"), m.end("region")),) + f.spans  # the employer's unit, then the town
            continue
        # (the area may carry its unit's word: "Thio, Province Sud, Nouvelle-Calédonie")
        if m is None or any(not m.group(k)[0].isupper() or gazetteer().knows(m.group(k)) or (_SITE_OR_UNIT_RE if k == "city" else _SITE_OR_PART_RE).search(m.group(k))
                            for k in ("city", "region")):
            continue
        if any(g is not f and "excluded" not in g.how and m.start("city") <= g.start < m.end() for g in places):
            continue
        f.city, f.region, f.start = m.group("city"), m.group("region"), m.start("city")
        f.spans = ((m.start("city"), m.end("city")), (m.start("region"), m.end("region"))) + f.spans


# the kind of a first-level area written after its name ("Erbil Governorate", "Kayes Region", "Lagos State")
_AREA_KIND = fastre.compile(r"[ \t]+(?P<kind>(?i:governorate|province|region|district|state|county|department|prefecture|oblast|wilaya|emirate|parish))\b")


def _city_area_country(text: str, keep: list[Found]) -> list[Found]:
    """Three places read apart on one line, "Town, Area, Country", are one place when the gazetteer puts the town in
    that country and does not know the area ("Cotonou, Littoral, Benin", "Kpalimé, Kloto, Togo"): an address goes from
    the small place to the large one, so the unknown name between is the town's region, not a town of its own."""
    out: list[Found] = []
    i = 0
    while i < len(keep):
        f = keep[i]
        if i + 2 < len(keep):
            area, country = keep[i + 1], keep[i + 2]
            kind = _AREA_KIND.match(text, area.end, country.start)  # "Erbil, Erbil Governorate, Iraq": the area named with its kind
            area_end = kind.end("kind") if kind else area.end
            if (f.city and not f.region and not f.country and area.city and not area.region and not area.country
                    and country.country and not country.city and not country.region
                    and not text[f.end : area.start].strip(" \t,") and text[f.end : area.start].count(",") == 1
                    and not text[area_end : country.start].strip(" \t,") and text[area_end : country.start].count(",") == 1
                    and (kind is not None or not gazetteer().knows(area.city)) and country.country in _city_countries(f.city)):
                f.region, f.country, f.end = text[area.start : area_end], country.country, country.end
                f.spans = (f.spans or ((f.start, area.start),)) + (area.spans or ((area.start, area.end),)) + (country.spans or ((country.start, country.end),))
                f.how |= area.how | country.how
                out.append(f)
                i += 3
                continue
        out.append(f)
        i += 1
    return out


def _city_countries(city: str) -> set[str]:
    """The countries a city of this name lies in, by the gazetteer."""
    return {p.country for p in gazetteer().names.get(city.casefold(), []) if p.level == CITY and p.country}


def _labelled_country(text: str) -> Optional[str]:
    """The one country a country label states ("Country: Togo", "Pays : Togo", "País: Uruguay"), else ``None``."""
    named = set()
    for m in _vocab_res()["field"].finditer(text):
        if _field_kind(m) != "country":
            continue
        end = text.find("\n", m.end())
        mentions = _mentions(text, m.end(), len(text) if end < 0 else min(end, m.end() + 80))
        if mentions and mentions[0].start - m.end() <= 2:
            named |= {p.name for p in mentions[0].places if p.level == COUNTRY}
    return next(iter(named)) if len(named) == 1 else None


def _named_country_of(text: str, city: str) -> Optional[str]:
    """The one country the city lies in (by the gazetteer) that the text names, else ``None``."""
    countries = _city_countries(city)
    named = [c for c in countries if re.search(r"(?i)(?<![\w-])" + re.escape(c) + r"(?![\w-]|'s\w)", text)]
    return named[0] if len(named) == 1 else None


def _postal_address(text: str, f: Found) -> bool:
    """Is the place part of a postal address: a street before it on its line, a postcode right before it after a comma,
    or a postcode closing the line after it?"""
    line_start = text.rfind("\n", 0, f.start) + 1
    return bool(_POSTCODE_AFTER_RE.match(text, f.end) or _ADDRESS_RE.search(text, max(line_start, f.start - 120), f.start)
                or _POSTCODE_BEFORE_RE.search(text, max(line_start, f.start - 12), f.start))


_POSTCODE_BEFORE_RE = fastre.compile(r",[ \t]*\d{3,6}[ \t]+$")  # "…, 101 Antananarivo", "…, 97660 Dembéni": a postcode before the town


def _drop_contradicted_header_towns(keep: list[Found]) -> list[Found]:
    """Without an unlabelled "Town, XX" the gazetteer does not know as a city ("Driftchef, VA": an occupation and a
    code read as a state) whose country no labelled place of the posting shares: the page's labelled fields state
    where the job is."""
    labelled = {f.country for f in keep if "label" in f.how and f.country}
    if not labelled:
        return keep
    def unknown_town(f: Found) -> bool:
        return bool(f.city) and not any(p.level == CITY for p in gazetteer().names.get(f.city.casefold(), []))
    return [f for f in keep if "label" in f.how or not f.country or f.country in labelled or not unknown_town(f)]


def _drop_towns_holding_a_place(keep: list[Found]) -> list[Found]:
    """Without a bare town (no region, not labelled) that names the region of another kept place: the board's area over
    the posting's own town ("Lagos" over "Location: Ikeja, Lagos State", "Cork" over "our plant in Ballincollig, Co. Cork")."""
    words = _vocab_res()["region_name_words"]

    def key(name: str) -> str:
        return words.sub("", name).casefold()

    areas = {key(g.region) for g in keep if g.city and g.region}
    return [f for f in keep if not (f.city and f.region is None and "label" not in f.how and key(f.city) in areas
                                    and not any(g.city == f.city for g in keep if g is not f))]


def _drop_name_tails(text: str, keep: list[Found]) -> list[Found]:
    """Without a known town read as the tail (or head) of a longer town's name another kept place gives in full ("Ridge"
    in "City of Cedar Ridge, CO" beside "Cedar Ridge, CO" below): the same place, its name cut by the gazetteer's shorter
    entry."""
    out = []
    for f in keep:
        longer = [g for g in keep if g is not f and f.city and g.city and g.city.endswith(" " + f.city)
                  and (g.region, g.country) == (f.region, f.country)]
        if any(text[max(0, f.start - len(g.city) + len(f.city)) : f.start] == g.city[: len(g.city) - len(f.city)] for g in longer):
            continue
        # ... or its head: "our Dandenong South DC" beside the head line's "Dandenong South, Melbourne VIC"
        if f.city and not (f.region or f.country) and any(g is not f and g.city and g.city.startswith(f.city + " ")
                                                          and text.startswith(g.city, f.start) for g in keep):
            continue
        out.append(f)
    return out


def _find_locations(ctx: Context) -> tuple[list[Found], float]:
    text = ctx.text
    if not text or not text.strip():
        return [], 0.0
    places, fields = _flagged_places(ctx)
    keep = [f for f in places if "excluded" not in f.how and f.how & STRONG_HOW]
    if any("label" in f.how for f in keep):  # a labelled place of work: a "based in" / "plant in" aside elsewhere is no other one,
        # nor a town the page's first line names beside the site's name ("Meridian Talent Partners | … | Nicosia · Limassol": its offices)
        first_end = text.find("\n")
        towns = {f.city for f in keep if "label" in f.how and f.city}
        keep = [f for f in keep if f.how - {"cue"} and ("label" in f.how or not 0 <= f.start < first_end or not _PIPE_RE.search(text, 0, first_end))
                and ("label" in f.how or f.city in towns or not _postal_address(text, f))]
        # (nor an office's postal address in another town: "Lot II M 45 Ankadivato, 101 Antananarivo")
    head_end = header_end(ctx)
    _region_completes_city(text, places, keep, head_end)
    _named_regions(text, places, keep)
    _unread_region_after(text, places, keep, head_end)
    _town_and_area_before_country(text, places, keep)
    _head_town_area_country(text, places, keep, head_end)
    keep = _suburb_before_town(text, places, keep)
    keep = _head_town_board_area(text, places, keep, head_end)
    keep = _city_area_country(text, keep)
    keep = _drop_contradicted_header_towns(sorted(keep + fields, key=lambda f: f.start))
    # A later "Manchester, UK" completes an earlier bare "Manchester" (a postal address does not: an office's
    # "120 Collins St, Melbourne VIC 3000" or "…, Hyderabad, Telangana 500081" is no statement of the place of work).
    for f in keep:
        if f.city and not (f.region and f.country):
            for g in places:
                if g is f or g.city != f.city or g.parts < 2 or _postal_address(text, g) or _LIST_GOES_ON_RE.match(text, g.end):
                    continue  # (not a list of places: "present in Córdoba, Santa Fe and Buenos Aires")
                if (f.region and g.region and f.region != g.region) or (f.country and g.country and f.country != g.country):
                    continue
                f.region, f.country = f.region or g.region, f.country or g.country
                break
    keep = _drop_name_tails(text, _drop_towns_holding_a_place(keep))
    stated = _labelled_country(text) if any(f.city and not f.country for f in keep) else None
    for f in keep:
        if stated and f.city and not f.country and stated in _city_countries(f.city):
            f.country = stated  # "Lieu d'affectation : Kara" over "Pays : Togo": the form states the town's country
    if keep:
        hows = set().union(*(f.how for f in keep))
        if "label" in hows:
            conf = 0.9
        elif hows & {"remote", "header_chain"}:
            conf = 0.8
        elif "cue" in hows:
            conf = 0.75
        else:
            conf = 0.65
        _form_region_rows(text, keep)
        keep += _town_of_named_country(text, places, keep, head_end)
        return _merge(_region_then_country(text, keep)), conf
    body = [f for f in places if "excluded" not in f.how and "body_chain" in f.how]
    if body:
        return _merge(body), 0.5
    seat = _municipal_employer(text, head_end)
    if seat is not None:
        return [seat], 0.5
    return [], 0.0


def _town_of_named_country(text: str, places: list[Found], keep: list[Found], head_end: int) -> list[Found]:
    """When the kept places name one country only ("Country: Nigeria"), the town of that country the header names
    ("Finance Manager – Maiduguri (1 position)") and the body places in it ("… our field office in Maiduguri,
    Nigeria"): that town, its country said with it. Nothing otherwise."""
    countries = {f.country for f in keep}
    if not keep or any(f.city or f.region for f in keep) or len(countries) != 1:
        return []
    for g in places:
        if "body_chain" in g.how and "excluded" not in g.how and g.city and g.country in countries and g.start >= head_end \
                and re.search(rf"(?<!\w){re.escape(g.city)}(?!\w)", text[:head_end]):
            return [g]
    return []


def _form_region_rows(text: str, keep: list[Found]) -> None:
    """A form's labelled region and its labelled town, each on a row of its own below it ("Region: Pavlodar Region,
    Kazakhstan" over "Locality: Pavlodar"), are one place: the town in that region, unless the gazetteer puts the town's
    name elsewhere only (a town in the region's row, "Hela Province (FIFO ex Port Moresby)", is no town of it)."""
    regions = [f for f in keep if f.region and not f.city and "label" in f.how]
    if len({(f.region, f.country) for f in regions}) != 1:
        return  # (one region, in one script or two: "Павлодарская область / Pavlodar Region")
    region = regions[0]
    row_end = text.find("\n", region.end)
    for f in keep:
        readings = [p for p in gazetteer().names.get(f.city.casefold(), []) if p.level == CITY] if f.city else []
        if f.city and not f.region and not f.country and "label" in f.how and 0 <= row_end < f.start \
                and (not readings or any(p.country == region.country for p in readings)):
            f.region, f.country = region.region, region.country


def _region_then_country(text: str, keep: list[Found]) -> list[Found]:
    """A region read alone ("Geita Region", a unit the gazetteer lacks) with the country named right after it
    ("Geita Region, Tanzania") as one place: the region in its country; so is a town with its country after its
    street ("Ungheni, str. Națională 21, Republica Moldova")."""
    out: list[Found] = []
    for f in sorted(keep, key=lambda f: f.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.region and not prev.city and not prev.country and f.country and not f.city and not f.region
                and _COMMA_ONLY_RE.fullmatch(text, prev.end, f.start)):
            prev.country, prev.end, prev.spans = f.country, f.end, prev.spans + f.spans
            prev.how |= f.how
            continue
        if (prev is not None and prev.city and not prev.region and not prev.country and f.country and not f.city and not f.region
                and _STREET_BETWEEN_RE.fullmatch(text, prev.end, f.start) and f.country in _city_countries(prev.city)):
            prev.country = f.country  # "or. Ungheni, str. Națională 21, Republica Moldova": the town's street, then its country
            prev.how |= f.how
            continue
        out.append(f)
    return out


# a street address between a town and its country on one line: ", str. Națională 21, ", ", 14 Park Row, "
_STREET_BETWEEN_RE = fastre.compile(r"[ \t]*,[ \t]*(?=[^\n,]*\d)[^\n,]{3,50},[ \t]*")


_COMMA_ONLY_RE = fastre.compile(r"[ \t]*,[ \t]*")
_LIST_GOES_ON_RE = fastre.compile(r"[ \t]*(?:,|\b(?:and|y|e|et|und|en|och|og|i)\b|&)[ \t]*[A-ZÀ-Þ]")


# a local government named as the employer on a header line: "City of Moncton / Ville de Moncton",
# "Town of Banff", "Municipalité de Lévis", "Ayuntamiento de Gijón"
_MUNICIPAL_RE = fastre.compile(
    r"(?m)^[ \t]*(?:(?:The[ \t])?(?:City|Town|Village|Borough|Municipality|District Municipality)[ \t]of|Ville[ \t]de|Municipalit[ée][ \t]de"
    r"|Ciudad[ \t]de|Municipio[ \t]de|Ayuntamiento[ \t]de|Prefeitura[ \t](?:Municipal[ \t])?de|Stadt|Gemeinde|Comune[ \t]di|Gemeente|Miasto|Grad|Mesto|Občina)"
    r"[ \t](?P<city>[A-ZÀ-Þ][\w'’.-]+(?:[ -][A-ZÀ-Þ][\w'’.-]+){0,2})[ \t]*(?:$|[/|·–—(,-])"
)


def _municipal_employer(text: str, head_end: int) -> Optional[Found]:
    """The town a municipal employer named on a header line serves, when the posting names no other
    place of work: a city's own jobs are in that city.  The town must be a city the gazetteer knows."""
    m = _MUNICIPAL_RE.search(text, 0, max(head_end, 0) or min(len(text), 600))
    if m is None or m.start() > 600:
        return None
    name = m.group("city")
    if not any(p.level == CITY for p in gazetteer().names.get(name.casefold(), [])):
        return None
    s, e = m.span("city")
    return Found(name, None, None, s, e, 1, spans=((s, e),), how={"employer_seat"})


@rule("locations", name="location.gazetteer")
def locations_rule(ctx: Context) -> Iterator[Candidate]:
    """Places of work from labels, header lines, remote tags and "based in" cues."""
    found, conf = find_locations(ctx)
    if not found:
        return
    item_spans = tuple(f.spans for f in found)
    spans = tuple(s for f in found for s in f.spans)
    yield Candidate("locations", [f.value() for f in found], spans, conf, "location.gazetteer", item_spans=item_spans)
