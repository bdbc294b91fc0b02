"""Input normalisation: raw posting (HTML or text) → clean :class:`Document`.

Every rule works on ``Document.text``; each of its characters remembers where
it came from in the raw input, so every pass below keeps the offset map right
(``SourceBuilder`` for HTML → text, ``TextBuilder`` afterwards).

Passes, in order:

1. **HTML → text** when the input looks like HTML (``html.parser`` with
   ``convert_charrefs=False`` so entities map to their source range, and a
   stack of open elements that applies the HTML standard's implied end tags,
   so omitted, stray and unclosed tags end where a browser ends them; see
   :class:`_HtmlToText`): script, style, head (except ``<title>``), nav, forms
   and other non-content elements are dropped, unless an unclosed one holds
   the posting; block tags and ``<br>`` become newlines; ``<li>`` becomes a
   ``- `` bullet; comments are dropped.
2. **Characters**: zero-width/bidi controls removed, Unicode spaces → space,
   CRLF → LF, markdown ``**`` removed; a no-break space that parts list items (a lower-case word
   before it, a capitalised word after it, two or more such in a line) → line break.
3. **Spaces**: lines stripped, runs of spaces collapsed, blank-line runs collapsed to one;
   a run of three or more spaces inside a line (where a text export lost a line
   break between items) becomes a line break when it parts two items (at most 8 wide, two or more
   words before it (four before a colon) and three after, no bullet, list marker or ';' ',' right before, a capital or digit after).
   **Hard wraps**: a text wrapped at a character count (an e-mail, a terminal: the longest line 50–110
   wide, sentences visibly broken where the next word would not fit, none broken short of it) has
   those line breaks turned into spaces, so a wrapped item or sentence is one line again; a PDF's or
   a page's own breaks are left to the list rules (see :func:`_wrap_width`).
4. **Glued-scrape repair**: scraped pages glue headings, list items and
   navigation together ("…resultsSummaryPosted: May 9…", "…in CVMLExperience
   with…").  Known headings (``data/headings.json``) glued to their
   neighbours get their own line and an immediately repeated heading is
   dropped ("DescriptionDescription").  In lines that are clearly glued, list
   items are split at lower/digit→Upper joins and at full stops with no space,
   except inside protected camel-case words (``data/camelcase.json``) and URLs;
   navigation phrases (``data/boilerplate.json``) are split out; space-free
   menu tokens ("AppleStoreMaciPadiPhone…") before the first heading are dropped.
   A camel-case word written twice, once in running text ("… at DataFinch you …"),
   is a name and is not split.
   **Flattened bodies** (text only): a line of 300 characters or more that a data export made of a whole
   body (its line breaks turned into spaces) gets its breaks back before known headings that follow a
   sentence's end and precede a capital, a colon or a list, and before each mark of a spaced list
   ("… hire Preferred Qualifications - Associate degree - Spanish"); see :func:`_flat_breaks`.
5. **Boilerplate cut**: lines made mostly of navigation phrases are removed,
   repeated short header lines are dropped (the header ends at the first content
   heading or the first line of prose), and the page footer (from the first footer
   marker after the first content heading) is cut, with the chrome and header repeats
   right above it.  A line that states posting metadata (a "Label: value" pair, pay,
   a date, a workplace/contract/pay-period word on a short line; see
   :func:`_is_metadata`), or repeats a header line under a label, is never cut by
   this pass; similar-jobs blocks below the footer marker still are.

:func:`normalize` never raises and runs in linear time.
"""

from __future__ import annotations

import html
import logging
import base64
import binascii
import itertools
import json
import re
from datetime import datetime, timezone
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from html.parser import HTMLParser
from typing import Callable, Iterable, Iterator, Optional

from extractor import fastre
from extractor.data import load
from extractor.document import Document, SourceBuilder, TextBuilder
from extractor.sections import CONTENT_KINDS, MIN_INLINE_BODY, classify_line, heading_vocab, inside_protected_word, kind_of_heading, may_be_phrase, norm_heading

log = logging.getLogger(__name__)

Edit = tuple[int, int, str]  # replace text[start:end] with str (start == end: insert)


# --------------------------------------------------------------------------- data


def _load(name: str) -> dict:
    try:
        return load(name)
    except Exception as exc:  # noqa: BLE001 - normalisation must never fail
        from extractor.faults import strict

        if strict():
            raise
        log.error("cannot load %s: %s", name, exc)
        return {}


def _compile(patterns: Iterable[str], flags: int = 0, *, suffix: str = "") -> Optional[re.Pattern]:
    good = []
    for pattern in patterns:
        try:
            re.compile(pattern, flags)
            good.append(pattern)
        except re.error:
            log.warning("bad pattern skipped: %r", pattern)
    if not good:
        return None
    return fastre.compile("|".join(f"(?:{p}){suffix}" for p in good), flags)


_NEVER = re.compile("(?!)")


@dataclass(frozen=True)
class _Boilerplate:
    glued: Optional[re.Pattern]  # navigation phrases, case-sensitive, anywhere
    line: Optional[re.Pattern]  # whole-line chrome, case-insensitive (fullmatch)
    line_run: Optional[re.Pattern]  # two or more closed 'line' phrases in a row ("Save  Report job"), fullmatch
    footer: Optional[re.Pattern]  # footer start markers anchored at the line's start ("^copyright"), case-insensitive
    footer_anywhere: Optional[re.Pattern]  # the other footer markers ("all rights reserved"), case-insensitive
    menu_min: int
    menu_keep: frozenset[str]  # pieces that make a glued token posting metadata, not a menu


@cache
def _boilerplate() -> _Boilerplate:
    data = _load("boilerplate.json")
    glued = data.get("glued", [])
    return _Boilerplate(
        # A phrase must not run on into a lower-case letter ("Sign In" ≠ "Sign Insurance").
        glued=_compile(glued, suffix=r"(?![a-z])"),
        line=_compile(data.get("line", []), re.IGNORECASE),
        line_run=_line_run(data.get("line", [])),
        # split so that a line is tried once at its start for the anchored markers and scanned only for the rest
        footer=_compile([p for p in data.get("footer", []) if fastre.anchored_at_start(p, re.IGNORECASE)], re.IGNORECASE),
        footer_anywhere=_compile([p for p in data.get("footer", []) if not fastre.anchored_at_start(p, re.IGNORECASE)], re.IGNORECASE),
        menu_min=int(data.get("menu_min_boundaries", 3) or 3),
        menu_keep=frozenset(w.lower() for w in data.get("menu_keep_words", [])),
    )


_RUN_SEPARATOR = r"[\s|·•/,:]+"
_RUN_MAX_WORDS = 8  # a run of chrome phrases is a short line


def _line_run(patterns: list[str]) -> Optional[re.Pattern]:
    """A line made of two or more 'line' phrases in a row, separated by blanks or ``| · • / , :``.

    Only the closed phrases take part: a pattern with an open class ("careers at [\\w…]{1,40}") would
    swallow the rest of any line.
    """
    closed = [p for p in patterns if "[\\w" not in p and "[^" not in p]
    one = _compile(closed, re.IGNORECASE)
    if one is None:
        return None
    return re.compile(f"(?:{one.pattern})(?:{_RUN_SEPARATOR}(?:{one.pattern}))+", re.IGNORECASE)


def _phrase_tokens(phrase: str) -> list[str]:
    """Regex tokens for a heading phrase as it appears in glued text (first letter upper case)."""
    out = []
    at_word_start = True
    for i, ch in enumerate(phrase):
        if ch in "'\u2019":
            out.append("['\u2019]")
        elif ch == "&":
            out.append("(?:&|and)")
        elif ch == " ":
            out.append(" ")
        elif ch.isalpha() and at_word_start and i > 0:
            out.append(f"[{ch.upper()}{ch.lower()}]")
        else:
            out.append(re.escape(ch))
        at_word_start = ch in " -/"
    return out


@cache
def _glue_headings(with_common: bool = False) -> Optional[re.Pattern]:
    """Known headings written with a capital; ``with_common``: also those too common to split a glued word run at
    ("Compensation", "Overview") and those of other languages ("Ihr Profil", "Missions"), for :func:`_flat_breaks`,
    which reads them only before a capital, a colon or a list mark."""
    vocab = heading_vocab()
    phrases = {p for p, _ in vocab.raw_phrases if p[:1].isupper() and (with_common or norm_heading(p) not in vocab.no_glue)}
    if with_common:
        phrases.update(p for p in vocab.raw_intl if p[:1].isupper())
    if not phrases:
        return None
    # Longest match wins: the trie tries longer continuations first, the final
    # (?![^\W\d_A-Z]) makes a shorter phrase fail when a word runs on ("Profil" in "Profile").
    return fastre.compile("(?=[A-Z\u00c0-\u00de])" + fastre.trie((_phrase_tokens(p), "") for p in phrases) + r"(?![^\W\d_A-Z])")


# --------------------------------------------------------------------------- helpers


def _apply(doc: Document, edits: list[Edit]) -> Document:
    """Apply sorted, non-overlapping edits (overlapping ones are skipped)."""
    if not edits:
        return doc
    edits.sort(key=lambda e: (e[0], e[1]))
    builder = TextBuilder(doc)
    pos = 0
    for start, end, text in edits:
        if start < pos:
            continue
        builder.copy(pos, start)
        if text:
            if end > start:
                builder.replace(text, start, end)
            else:
                builder.insert(text, start)
        pos = max(pos, end)
    builder.copy(pos, len(doc.text))
    return builder.build()


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line (end excludes the newline)."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            out.append((pos, n))
            break
        out.append((pos, nl))
        pos = nl + 1
    return out


# --------------------------------------------------------------------------- 1. HTML


_HTML_HINT = re.compile(
    r"<(?:html|body|head|p|div|br|li|ul|ol|h[1-6]|table|tr|td|span|section|article|strong|b|em|a|meta|title)\b[^<>]{0,400}>"
    r"|</(?:p|div|li|ul|ol|h[1-6]|span|strong|b|a|td|tr|section|article|body|html)\s*>",
    re.IGNORECASE,
)

# Element classes, from the HTML Living Standard's tree construction (§13.2.6), reduced to
# what changes the text.  Tag names are lower case (the tokenizer folds them).
_HIDDEN_TAGS = frozenset("script style template head".split())  # never rendered: content always dropped
# Rendered, but page chrome or form controls rather than posting text: dropped unless they
# hold the page (see _HtmlToText).
_CHROME_TAGS = frozenset("nav form select button textarea iframe object canvas noscript datalist svg math".split())
_CHROME_BLOCKS = frozenset(("nav", "form", "noscript"))  # on their own lines when kept
_WRAPPER_TAGS = frozenset(("form", "noscript"))  # chrome that may wrap a whole page
_FOREIGN_TAGS = frozenset(("svg", "math"))
# a speech script's markup (SSML: "<say-as interpret-as=\"currency\">$29.50</say-as> an hour"): how a word is spoken, inline
# in its sentence, never a labelled element of a data feed
_SPEECH_MARKUP = frozenset("speak voice prosody say-as emphasis sub phoneme lang w mark audio break".split())
_VOID_TAGS = frozenset("br hr img image input meta link area base basefont bgsound col embed frame keygen param source track wbr".split())
_PARA_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 ul ol table blockquote pre dl section article header footer main aside figure".split())
_LINE_TAGS = frozenset("div tr dt dd address figcaption caption fieldset legend details summary title center".split())
_CELL_TAGS = frozenset(("td", "th"))
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Allowed in <head>; any other start tag (or text) ends the head and starts the body.
_HEAD_CONTENT = frozenset("base basefont bgsound link meta title noscript noframes style script template".split())
# Start tags that close an open <p> ("p in button scope").
_CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup "
    "main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form table hr xmp plaintext li dd dt".split()
)
# The "special" category: an end tag of another element does not close these.
_SPECIAL = frozenset(
    "address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd "
    "details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header "
    "hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object "
    "ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot "
    "th thead title tr track ul wbr xmp".split()
)
_SCOPE = frozenset("applet caption html table td th marquee object template".split())  # "has an element in scope"
_BUTTON_SCOPE = _SCOPE | {"button"}
_LIST_SCOPE = _SCOPE | {"ol", "ul"}
_TABLE_SCOPE = frozenset(("html", "table", "template"))
_TABLE_PARTS = frozenset("table caption tbody thead tfoot tr td th".split())
# Inside <svg>/<math> these start tags leave the foreign content (the standard's breakout list).
_BREAKOUT = frozenset(
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta "
    "nobr ol p pre ruby s small span strong strike sub sup table tt u ul var".split()
)
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")  # white space other than a single plain space
_INTEGRATION = frozenset("foreignobject desc title mi mo mn ms mtext annotation-xml".split())  # HTML again inside svg/math
# an XML document (a job feed: Indeed/ZipRecruiter-style <source><job>…, RSS <item>, a board's export), not a web page
_HTTP_RESPONSE_HEAD = re.compile(r"\AHTTP/\d(?:\.\d)?[ \t]\d{3}[^\n]*\r?\n(?:[\w-]{1,60}:[^\n]*\r?\n){0,40}\r?\n")
_XML_SPACE_PRESERVE = re.compile(r"<[^<>]{0,120}?\bxml:space[ \t]*=[ \t]*[\"']preserve[\"']")
_XML_TEXT_LINES = re.compile(r"\S[^\n]*\n[ \t]*\n[ \t]*\S[^\n]*\n[ \t]*\S")  # a paragraph break and two lines after it, or more
_XML_DOC = re.compile(r"\A\s*(?:<!--.*?-->\s*)*(?:<\?xml\b|<(?:rss|feed|source|jobs|job|positions|vacancies|joblist|items?|message|presence|iq|stream:stream)\b)", re.IGNORECASE | re.S)
_HTML_ELEMENTS = frozenset(
    "html head body title base link meta style script noscript template slot a abbr b bdi bdo cite code data dfn em i kbd mark q rp rt"
    " ruby s samp small span strong sub sup time u var del ins wbr img picture video audio source track map area label input button"
    " select option optgroup textarea output progress meter iframe object embed param canvas svg math nav form main header footer"
    " section article aside h1 h2 h3 h4 h5 h6 p div ul ol li dl dt dd table caption thead tbody tfoot tr td th col colgroup"
    " blockquote pre hr br figure figcaption address details summary fieldset legend center font big tt strike dialog menu"
    " datalist keygen frame frameset noframes marquee applet basefont bgsound image plaintext xmp listing nobr".split()
)


# the elements of a job feed (the XML formats boards and ATSs publish, e.g. "<source><job><company>…") that hold a
# posting's fact, and the label a page writes for it; other elements (an RSS channel's own title, link, language or build
# date; ids; categories) only open a line of their own
_FEED_LABELS = {
    "company": "Company", "companyname": "Company", "company_name": "Company", "employer": "Employer", "hiringorganization": "Company",
    "city": "City", "state": "State", "region": "Region", "country": "Country", "postalcode": "Postal code", "zipcode": "Zip code",
    "location": "Location", "joblocation": "Location", "job_location": "Location",
    "referencenumber": "Reference number", "requisitionid": "Requisition ID", "jobid": "Job ID", "job_id": "Job ID", "reference": "Reference",
    "date": "Date posted", "pubdate": "Date posted", "dateposted": "Date posted", "date_posted": "Date posted", "posted": "Date posted",
    "salary": "Salary", "pay": "Pay", "compensation": "Compensation", "jobtype": "Job type", "job_type": "Job type",
    "employmenttype": "Employment type", "employment_type": "Employment type", "remotetype": "Remote type", "remote": "Remote",
    "education": "Education", "experience": "Experience", "department": "Department", "team": "Team",
    # HR-XML / HR Open Standards "PositionOpening"
    "positiontitle": "Job title", "positionopeningid": "Job ID", "postingdate": "Date posted", "postingexpirydate": "Closing date",
    "partyname": "Company", "organizationname": "Company", "organizationunit": "Department", "cityname": "City",
    "countrysubdivisioncode": "State", "countrycode": "Country", "positionscheduletypecode": "Job type", "workinghours": "Hours per week",
    "rangeminimum": "Salary from", "rangemaximum": "Salary to", "remunerationintervalcode": "Pay period", "workarrangement": "Workplace",
    # an HR system's API record ("<pg:PostingNumber>", "<pg:HoursPerWeek>", "<pg:OpenDate>")
    "postingnumber": "Posting number", "jobnumber": "Job number", "agency": "Agency", "schedule": "Schedule", "hoursperweek": "Hours per week",
    "opendate": "Open date", "closedate": "Closing date", "closingdate": "Closing date",
}
_XML_LIST_KINDS = frozenset({"responsibilities", "minimum_qualifications", "preferred_qualifications"})  # an element named as a list section
_CURRENCY_ATTRIBUTE = re.compile(r"""\bcurrency(?:ID|Code)?[ \t]*=[ \t]*["'](?P<code>[A-Z]{3})["']""", re.I)  # "<RangeMinimum currencyID="CAD">"


_LABEL_CELL = re.compile(r"[^\W\d_][\w'’/&().-]*(?:[ ][^\W\d_][\w'’/&().-]*){0,2}[ ]?:?")


def _label_cell(text: str) -> bool:
    """Whether a table row's first cell reads as the label of the cell after it: one to three words with no figure,
    at most 25 characters ("Location", "Job ref", "Employer:")."""
    text = " ".join(text.split())
    return 0 < len(text) <= 25 and _LABEL_CELL.fullmatch(text) is not None


def _element_label(tag: str) -> Optional[str]:
    """The label a page writes for a feed element's fact ("referencenumber" → "Reference number"), or None."""
    return _FEED_LABELS.get(tag.lower())


_OCR_LINE_CLASS = re.compile(r"\bocrx?_(?:line|header|caption|textfloat)\b")
_IMAGE_FILE_NAME = re.compile(r"(?i)[\w.-]{1,120}\.(?:png|jpe?g|tiff?|gif|bmp|jp2|webp|pdf)")


def _xml_properties(tag: str) -> bool:
    """Whether an XML document's element ``tag`` holds the file's own properties, never shown as its text: an
    OpenDocument file's ``<office:meta>`` (creator, dates), a DocBook ``<revhistory>`` (revision dates), an AbiWord
    file's ``<metadata>`` (its title, author and dates), a Word 2003 XML file's ``<o:DocumentProperties>``, a FictionBook's
    ``<title-info>``, ``<document-info>`` and ``<publish-info>`` (the book's title, program, dates) and its ``<binary>`` images;
    a mail server's reply's status and flags for a message (Exchange's ``<m:ResponseCode>``, ``<t:ItemClass>``,
    ``<t:Sensitivity>``, ``<t:Importance>``, ``<t:IsRead>``: "NoError", "IPM.Note", "Normal")."""
    return tag.endswith((":meta", "documentproperties", *_MAIL_ITEM_FLAGS)) or tag in ("revhistory", "metadata", "title-info", "document-info", "publish-info", "src-title-info", "binary")


_MAIL_ITEM_FLAGS = (":responsecode", ":itemclass", ":sensitivity", ":importance", ":isread", ":isdraft", ":isfromme", ":isresend",
                    ":isunmodified", ":isassociated", ":hasattachments", ":isreadreceiptrequested", ":isdeliveryreceiptrequested", ":culture", ":size")


def looks_like_html(raw: str) -> bool:
    """True when ``raw`` has at least two HTML tags of the usual block/inline kinds."""
    count = 0
    for _ in _HTML_HINT.finditer(raw, 0, min(len(raw), 200_000)):
        count += 1
        if count >= 2:
            return True
    return False


_EMPHASIS_TAG = re.compile(r"</?(?:em|strong|b|i|mark)\b", re.I)
# a chat message's rich-text marks: emphasis, a link, a line break (their attributes' quotes escaped inside the JSON string)
_INLINE_TAG = re.compile(r"</?(?:em|strong|b|i|u|s|mark|a|span|font)\b[^<>]{0,300}>|<br[ \t]*/?>", re.I)


def _markdown_with_breaks(raw: str) -> bool:
    """True when ``raw`` is Markdown holding a table whose only tags are the "<br>" a cell writes for a line break
    (:func:`_markdown_table`): text to read, not an HTML page."""
    hints = list(_HTML_HINT.finditer(raw, 0, min(len(raw), 200_000)))
    return bool(hints) and all(_BR_TAG.match(h.group()) for h in hints) and _MD_TABLE.search(raw) is not None


_BR_TAG = re.compile(r"(?i)<br\b")


def _yaml_with_marks(raw: str) -> bool:
    """True when ``raw`` is a YAML reply holding a list of records whose only tags are a search engine's highlighting
    ("- \"… a <em>Water</em> Treatment Operator …\""): YAML to read, not an HTML page."""
    hints = list(_HTML_HINT.finditer(raw, 0, min(len(raw), 200_000)))
    return bool(hints) and all(_EMPHASIS_TAG.match(h.group()) is not None for h in hints) and _YAML_RECORD.search(raw) is not None


def _json_with_marks(raw: str) -> bool:
    """True when ``raw`` is a JSON document whose only tags are the emphasis a search engine's highlighter puts in its
    strings ("Process bi-weekly <em>payroll</em>"), or that carries the posting as a plain text beside its HTML:
    JSON to read, not an HTML page."""
    hints = list(_HTML_HINT.finditer(raw, 0, min(len(raw), 200_000)))
    if not hints:
        return False
    spans = _json_spans(raw)
    if not spans:
        return False
    if all(_EMPHASIS_TAG.match(h.group()) is not None for h in hints):
        return True
    tokens = [(m.start(), m.end()) for m in _JSON_TOKEN.finditer(raw, *spans[0])]
    if all(_INLINE_TAG.match(h.group()) is not None for h in hints) and _chat_texts(raw, tokens) >= _MIN_CHAT_MESSAGES:
        return True  # a chat's export whose messages are rich text (Skype's "RichText": "<b>…</b>", "<a href=…>"): JSON to read
    # a message's JSON carrying the text twice, as plain text and as HTML (a Matrix event's "body" and
    # "formatted_body"): the plain text is the page
    page = _embedded_page(raw, tokens)
    if page is not None and _HTML_HINT.search(raw, *page) is None:
        return True
    # an API's reply whose strings hold HTML (Lever's "description": "<div>…", "lists": [{"content": "<li>…"}]): every
    # tag inside a string of the one JSON document (a command line above it holds none); its strings are read as pages
    # (_json_html)
    if len(spans) != 1:
        return False
    strings = [(a, b) for a, b in tokens if raw[a] == '"']
    starts = [a for a, _ in strings]
    def in_string(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and strings[k][0] < at < strings[k][1]
    return all(in_string(h.start()) for h in hints)


@dataclass
class _Region:
    """The output of one chrome element (``<nav>``, ``<form>``, ``<noscript>``…): ops ``[start, end)``."""

    tag: str
    start: int
    parent: int  # index of the enclosing region, -1 for none
    end: int = -1
    proper: bool = False  # closed by its own end tag (or a rule of the standard), not by an ancestor's or the end of input
    chars: int = 0  # non-space characters of its own text (nested regions excluded)
    link_chars: int = 0  # of which inside <a>


class _HtmlToText(HTMLParser):
    """HTML → :class:`Document` with exact source offsets, read the way a browser builds its tree.

    The stdlib tokenizer gives the tags with their source positions (``convert_charrefs=False``
    so every entity maps to its ``&…;`` range); a stack of open elements applies the HTML
    standard's tree-construction rules that decide where an element ends:

    * implied end tags: ``<p>`` is closed by a block start tag, ``<li>``/``<dd>``/``<dt>``
      by the next item, ``<td>``/``<th>``/``<tr>`` by the next cell or row, ``<option>`` by
      the next option, a heading by another heading;
    * an end tag closes the nearest open element of its name within scope, and every element
      opened inside it; a stray end tag (nothing to close) is ignored, and ``</p>`` alone is
      an empty paragraph, as in a browser;
    * ``<head>`` ends at the first start tag or text that cannot stand in a head (so an
      unclosed head does not hide the body); ``</body>`` and ``</html>`` close nothing;
    * inside ``<svg>``/``<math>`` an HTML block tag ends the foreign content.

    What is shown: elements that are never rendered (script, style, template, head
    except ``<title>``) are dropped.  Chrome elements (``_CHROME_TAGS``: navigation,
    forms and their controls, frames, ``<noscript>``, svg/math) are dropped too, with two
    exceptions that keep content a browser would show rather than lose it:

    * an element left open (closed only by an ancestor's end tag or the end of the input)
      keeps its text unless that text is mostly link text: a browser renders everything
      after an unclosed ``<nav>`` inside it, and that is usually the posting;
    * a ``<form>`` or ``<noscript>`` holding more than half of the page's text, not mostly
      links, is the page itself (ASP.NET wraps the whole body in a ``<form>``; a
      script-rendered page keeps its readable copy in ``<noscript>``).  So ``<noscript>``
      is shown only when it is where the content is: browsers with scripting show none
      of it, and "enable JavaScript" notices stay out.
    """

    def __init__(self, raw: str):
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0]
        for m in re.finditer("\n", raw):
            self.line_starts.append(m.end())
        self.stack: list[tuple[str, bool, int]] = []  # open elements: (tag, foreign, region index or -1)
        self.ops: list[tuple[Optional[str], int, int]] = []  # (text, start, end); text None: copy raw[start:end]
        self.regions: list[_Region] = []
        self.region = -1  # innermost open region
        self.chars = 0  # non-space characters of all emitted text
        self.hidden = 0  # open never-rendered elements
        self.titles = 0
        self.pres = 0
        self.preserved: list[int] = []  # stack indices of the open XML elements that say xml:space="preserve"
        # Stack indices, so that every scope check is a few look-ups, not a walk down the stack
        # (a page of 50,000 unclosed <div>s stays linear):
        self.where: dict[tuple[str, bool], list[int]] = {}  # per (tag, foreign): indices of its open elements
        self.links: list[int] = []  # of the open <a> elements
        self.blocks: list[int] = []  # of the open special elements
        self.item_stops: list[int] = []  # of the open special elements that stop an implied </li>, </dd>, </dt>
        self.html: list[int] = []  # of the open HTML (not svg/math) elements
        self.head = False  # an explicit <head> is open
        self.body = False  # body content has begun (a later <head> is ignored)
        self.cell = ""  # the last table cell started in the current row ("th": a label cell)
        self.cells = 0  # the cells started in the current row
        self.cell_op = 0  # ops index where the current cell's text starts
        self.label_break: Optional[int] = None  # ops index of the line break after a row's first cell read as a label
        # an XML feed's elements: each opens a line, and one that holds only a fact's text gets its label
        # ("<company>Acme</company>" → "Company: Acme"); ops index of each open element's label, None when it has none
        head = _HTTP_RESPONSE_HEAD.match(raw)  # (after an API answer's status line and headers)
        self.xml = _XML_DOC.match(raw[head.end() :] if head else raw) is not None
        self.xml_labels: list[Optional[int]] = []

    # ------------------------------------------------------------------ positions and output

    def _pos(self) -> int:
        line, col = self.getpos()
        if 0 < line <= len(self.line_starts):
            return min(self.line_starts[line - 1] + col, len(self.raw))
        return len(self.raw)

    def _visible(self) -> bool:
        return not self.hidden or (self.hidden == 1 and self.head and self.titles > 0)  # the <title> in <head>

    def _count(self, chars: int) -> None:
        self.chars += chars
        if self.region >= 0:
            region = self.regions[self.region]
            region.chars += chars
            if self.links and (not self.blocks or self.links[-1] > self.blocks[-1]):  # a block inside a link is not link text
                region.link_chars += chars

    def _break(self, text: str, at: int) -> None:
        if self._visible():
            self.ops.append((text, at, at))

    # ------------------------------------------------------------------ the stack of open elements

    def _top(self, tags, foreign: bool = False) -> int:
        """Stack index of the topmost open element among ``tags``, or -1."""
        top = -1
        for tag in tags:
            at = self.where.get((tag, foreign))
            if at and at[-1] > top:
                top = at[-1]
        return top

    def _find(self, targets, barriers) -> int:
        """Index of the topmost open element in ``targets`` with no barrier above it ("in scope"), or -1."""
        i = self._top(targets)
        if i < 0 or self._top(barriers) > i or self._top(_INTEGRATION, foreign=True) > i:
            return -1
        return i

    def _close(self, targets, barriers, at: int) -> bool:
        """Close the topmost open element in ``targets`` within scope (and all above it)."""
        i = self._find(targets, barriers)
        if i < 0:
            return False
        self._pop_to(i, at, proper=True)
        return True

    def _pop_to(self, index: int, at: int, proper: bool) -> None:
        """Pop the open elements down to ``index`` (inclusive); only that one counts as properly closed."""
        while len(self.stack) > index:
            i = len(self.stack) - 1
            self._popped(*self.stack.pop(), at, proper=proper and i == index)

    def _pop_foreign(self, at: int) -> None:
        """Leave svg/math: pop the foreign elements above the topmost HTML one."""
        self._pop_to(self.html[-1] + 1 if self.html else 0, at, proper=True)

    def _push(self, tag: str, at: int, foreign: bool) -> None:
        region = -1
        if tag in _CHROME_TAGS and (not foreign or tag in _FOREIGN_TAGS):
            region = len(self.regions)
            self.regions.append(_Region(tag, len(self.ops), self.region))
            self.region = region
        self.stack.append((tag, foreign, region))
        index = len(self.stack) - 1
        self.where.setdefault((tag, foreign), []).append(index)
        if foreign:
            return
        self.html.append(index)
        if tag in _SPECIAL:
            self.blocks.append(index)
            if tag not in ("address", "div", "p"):
                self.item_stops.append(index)
        if tag in _HIDDEN_TAGS or self.xml and _xml_properties(tag):
            self.hidden += 1
            self.head = self.head or tag == "head"
        elif tag == "title":
            self.titles += 1
        elif tag == "pre":
            self.pres += 1
        elif tag == "a":
            self.links.append(index)
        if self.xml and _XML_SPACE_PRESERVE.match(self.raw, at, at + 200):
            self.preserved.append(index)  # "<t xml:space="preserve">": an office file's text run keeps its line breaks, as in <pre>
            self.pres += 1
        if tag in _CHROME_BLOCKS:
            self._break("\n", at)
        else:
            self._start_break(tag, at)
        if self.xml and tag not in _HTML_ELEMENTS and tag not in _SPEECH_MARKUP:
            self._xml_element_starts(tag, at)
        elif self.xml and (tag in _PARA_TAGS or tag in _LINE_TAGS or tag == "li"):
            self._xml_label_dropped(at)  # "<description><![CDATA[<p>…": a body of its own, under no label

    def _xml_label_dropped(self, at: int) -> None:
        if self.xml_labels and self.xml_labels[-1] is not None:
            self.ops[self.xml_labels[-1]] = ("\n", at, at)
            self.xml_labels[-1] = None

    def _xml_element_starts(self, tag: str, at: int) -> None:
        self._xml_label_dropped(at)  # the parent holds elements: no label of its own
        self._break("\n", at)
        raw_name = re.match(r"<(?:[\w.-]+:)?([^\s/>:]+)", self.raw[at : at + 80])  # "<dc:creator>": the local name
        label = _element_label(raw_name.group(1) if raw_name else tag)
        if label is None:
            self.xml_labels.append(None)
            name = _json_key_label(raw_name.group(1)) if raw_name else ""
            if self.xml and name and heading_vocab().phrases.get(norm_heading(name)) in _XML_LIST_KINDS:
                self.ops.append(("\n" + name + "\n", at, at))  # "<pg:Duties>" over its "<pg:Duty>" items: the section's heading
            return
        tag_end = self.raw.find(">", at, at + 400)
        currency = _CURRENCY_ATTRIBUTE.search(self.raw, at, tag_end) if tag_end > 0 else None
        self.ops.append((label + ": " + (currency.group("code") + " " if currency else ""), at, at))  # the amount's currency attribute shown
        self.xml_labels.append(len(self.ops) - 1)

    def _xml_element_ends(self, at: int) -> None:
        label = self.xml_labels.pop() if self.xml_labels else None
        if label is not None and not any(text is None or text.strip() for text, _, _ in self.ops[label + 1 :]):
            self.ops[label] = ("\n", at, at)  # an empty element: no label
        self._break("\n", at)

    def _popped(self, tag: str, foreign: bool, region: int, at: int, proper: bool) -> None:
        if not foreign and tag in _CHROME_BLOCKS:
            self._break("\n", at)
        if region >= 0:
            r = self.regions[region]
            r.end = len(self.ops)
            r.proper = proper or foreign
            self.region = r.parent
        self.where[(tag, foreign)].pop()
        if foreign:
            return
        if self.xml and tag not in _HTML_ELEMENTS and tag not in _SPEECH_MARKUP:
            self._xml_element_ends(at)
        self.html.pop()
        if tag in _SPECIAL:
            self.blocks.pop()
            if tag not in ("address", "div", "p"):
                self.item_stops.pop()
        if tag in _HIDDEN_TAGS or self.xml and _xml_properties(tag):
            self.hidden -= 1
            if tag == "head":
                self.head = False
                self.body = True
                if not proper:  # ended by body content, not by </head>: keep that content off the title's line
                    self._break("\n", at)
        elif tag == "title":
            self.titles -= 1
        elif tag == "pre":
            self.pres -= 1
        elif tag == "a":
            self.links.pop()
        if self.preserved and self.preserved[-1] == len(self.stack):
            self.preserved.pop()
            self.pres -= 1
        if tag in _PARA_TAGS:
            self._break("\n\n", at)
        elif tag in _LINE_TAGS:
            self._break("\n", at)

    def _start_break(self, tag: str, at: int) -> None:
        if tag == "br":
            self._break("\n", at)
        elif tag == "li":
            self._break("\n- ", at)
        elif tag in _PARA_TAGS or tag == "hr":
            self._break("\n\n", at)
        elif tag in _LINE_TAGS:
            self._break("\n", at)
        elif tag in _CELL_TAGS:
            # a value cell after its label cell ("<th>Department</th><td>Finance</td>", or a row's first cell holding a
            # short label: "<td><b>Location</b></td><td>Leeds</td>") goes on the next line, as in a definition list
            # ("Department" / "Finance"); other cells follow after a space
            label_cell = self.cell == "th" or self.cell == "td" and self.cells == 1 and _label_cell(self._cell_text())
            if self.cells == 2 and self.label_break is not None:
                _, start, end = self.ops[self.label_break]
                self.ops[self.label_break] = (" ", start, end)  # a third cell: a data row, its first cell no label
            self.label_break = len(self.ops) if tag == "td" and label_cell and self.cell == "td" and self._visible() else None
            self._break("\n" if tag == "td" and label_cell else " ", at)
            self.cell = tag
            self.cells += 1
            self.cell_op = len(self.ops)
        if tag == "tr":
            self.cell, self.cells, self.label_break = "", 0, None

    def _cell_text(self) -> str:
        """The text the current table cell has shown so far."""
        return "".join(self.raw[s:e] if text is None else text for text, s, e in self.ops[self.cell_op :])

    def _head_ends(self, proper: bool = False) -> None:
        """Close the head: ``</head>`` (``proper``), or content that cannot stand in a head arrived.

        Tags inside a ``<noscript>`` or ``<template>`` of the head are raw text there and do not end it.
        """
        head = self._top(("head",))
        if head < 0 or not proper and self._top(("noscript", "template")) > head:
            return
        self._pop_to(head, self._pos(), proper=proper)

    # ------------------------------------------------------------------ tokens

    def handle_starttag(self, tag, attrs):
        if tag == "span" and any(k == "class" and v and _OCR_LINE_CLASS.search(v) for k, v in attrs):
            self._break("\n", self._pos())  # hOCR: each recognised line is a <span class="ocr_line"> of word spans
        self._start(tag, self._pos(), closed=False)

    def handle_startendtag(self, tag, attrs):
        self._start(tag, self._pos(), closed=True)

    def _start(self, tag: str, at: int, closed: bool) -> None:
        if self.stack and self.stack[-1][1] and self.stack[-1][0] not in _INTEGRATION:  # in svg/math
            if tag not in _BREAKOUT:
                if not closed:
                    self._push(tag, at, foreign=True)
                return
            self._pop_foreign(at)
        if tag == "html":
            return
        if self.head and tag not in _HEAD_CONTENT:
            self._head_ends()
        if tag == "head":
            if not self.head and not self.body:
                self._push(tag, at, foreign=False)
            return
        if tag not in _HEAD_CONTENT:
            self.body = True
        if tag == "body":
            return
        # implied end tags
        if tag == "li":
            self._close_item(("li",), at)
        elif tag in ("dd", "dt"):
            self._close_item(("dd", "dt"), at)
        elif tag in ("td", "th", "tr", "tbody", "thead", "tfoot"):
            self._close(_CELL_TAGS, _TABLE_SCOPE, at)
            if tag != "td" and tag != "th":
                self._close(("tr",), _TABLE_SCOPE, at)
            if tag in ("tbody", "thead", "tfoot"):
                self._close(("tbody", "thead", "tfoot"), _TABLE_SCOPE, at)
        elif tag in ("option", "optgroup"):
            if self.stack and self.stack[-1][0] == "option":
                self._pop_to(len(self.stack) - 1, at, proper=True)
            if tag == "optgroup" and self.stack and self.stack[-1][0] == "optgroup":
                self._pop_to(len(self.stack) - 1, at, proper=True)
        elif tag == "a":
            self._close_other("a", at)
        if tag in _CLOSES_P:
            self._close(("p",), _BUTTON_SCOPE, at)
        if tag in _HEADINGS and self.stack and self.stack[-1][0] in _HEADINGS and not self.stack[-1][1]:
            self._pop_to(len(self.stack) - 1, at, proper=True)
        if tag in _FOREIGN_TAGS:
            if not closed:
                self._push(tag, at, foreign=True)
            return
        if tag in _VOID_TAGS:
            self._start_break(tag, at)
            return
        if closed and (tag in _HIDDEN_TAGS or tag in _CHROME_TAGS):
            return  # <nav/>, <script/>: empty (a browser would open them; dropping nothing is the safer reading)
        self._push(tag, at, foreign=False)

    def _close_item(self, targets: tuple[str, ...], at: int) -> None:
        """``<li>``, ``<dd>``, ``<dt>``: close the open item unless a special element other than address/div/p is above it."""
        i = self._top(targets)
        if i >= 0 and not (self.item_stops and self.item_stops[-1] > i):
            self._pop_to(i, at, proper=True)

    def _close_other(self, tag: str, at: int) -> bool:
        """End tag of an ordinary element: close it if no special (or svg/math) element stands above it."""
        i = self._top((tag,))
        if i < 0 or (self.blocks and self.blocks[-1] > i) or self.stack[-1][1]:
            return False
        self._pop_to(i, at, proper=True)
        return True

    def handle_endtag(self, tag):
        at = self._pos()
        if self.stack and self.stack[-1][1]:  # in svg/math: close the foreign element of that name
            if tag in ("br", "p"):
                self._pop_foreign(at)
            else:
                i = self._top((tag,), foreign=True)
                if i >= 0 and not (self.html and self.html[-1] > i):
                    self._pop_to(i, at, proper=True)
                    return
        if tag == "br":  # </br> is read as <br>
            self._start("br", at, closed=True)
            return
        if self.head and tag in ("body", "html"):
            self._head_ends()
        if tag in ("head", "body", "html"):
            if tag == "head" and self.head:
                self._head_ends(proper=True)
            return
        if tag == "p":
            if not self._close(("p",), _BUTTON_SCOPE, at):
                self._break("\n\n", at)  # </p> with no open <p> is an empty paragraph
        elif tag == "li":
            self._close(("li",), _LIST_SCOPE, at)
        elif tag in _HEADINGS:
            self._close(_HEADINGS, _SCOPE, at)
        elif tag in _TABLE_PARTS:
            self._close((tag,), _TABLE_SCOPE, at)
        elif tag in _SPECIAL or tag in _CHROME_TAGS:
            self._close((tag,), _SCOPE, at)
        else:
            self._close_other(tag, at)  # stray end tags are ignored

    def handle_data(self, data):
        if not data:
            return
        at = self._pos()
        if not data.isspace():
            if self.head and self.stack and self.stack[-1][0] == "head":
                self._head_ends()  # text cannot stand in a head: the body has begun
            elif not self.head:
                self.body = True
        if not self._visible():
            return
        if self.titles and _IMAGE_FILE_NAME.fullmatch(data.strip()):
            return  # an OCR page's <title> names the scanned image ("classifieds_p14_crop3.png"): no page title
        if self.raw[at : at + len(data)] != data:  # should not happen; keep the text anyway
            self.ops.append((data, at, min(at + len(data), len(self.raw))))
            self._count(len(data) - sum(map(str.isspace, data)))
            return
        if self.pres or self.xml and _XML_TEXT_LINES.search(data.strip()):
            # (an XML record's text written in lines, a chat stanza's <body>: its line breaks are the page's, as in <pre>)
            self.ops.append((None, at, at + len(data)))
            self._count(len(data) - sum(map(str.isspace, data)))
            return
        # Runs of white space become one space standing for the run; text and single spaces are copied.
        pos = 0
        for m in _SPACE_RUN.finditer(data):
            if m.start() > pos:
                self._copy_text(data, at, pos, m.start())
            self.ops.append((" ", at + m.start(), at + m.end()))
            pos = m.end()
        if pos < len(data):
            self._copy_text(data, at, pos, len(data))

    def _copy_text(self, data: str, at: int, start: int, end: int) -> None:
        """Copy ``data[start:end]`` (no white space but single spaces), which stands at ``raw[at:]``."""
        self.ops.append((None, at + start, at + end))
        self._count(end - start - data.count(" ", start, end))

    def _ref(self, prefix: str, name: str) -> None:
        at = self._pos()
        end = at + len(prefix) + len(name)
        if self.raw[at : at + len(prefix)] != prefix:
            return
        if self.raw[end : end + 1] == ";":
            end += 1
        source = self.raw[at:end]
        decoded = html.unescape(source)
        if not decoded.isspace():
            if self.head and self.stack and self.stack[-1][0] == "head":
                self._head_ends()
            elif not self.head:
                self.body = True
        if not self._visible():
            return
        if decoded == source:
            self.ops.append((None, at, end))
        else:
            self.ops.append((decoded, at, end))
        self._count(len(decoded) - sum(map(str.isspace, decoded)))

    def handle_entityref(self, name):
        self._ref("&", name)

    def handle_charref(self, name):
        self._ref("&#", name)

    # ------------------------------------------------------------------ result

    def document(self) -> Document:
        """The text of everything shown (call after :meth:`close`): ops outside dropped chrome regions."""
        self._pop_to(0, len(self.raw), proper=False)  # the end of input closes what is still open
        keep: list[bool] = []
        drops: list[tuple[int, int]] = []
        for r in self.regions:  # a parent region comes before its children
            parent_kept = r.parent < 0 or keep[r.parent]
            mostly_links = 2 * r.link_chars > r.chars
            wrapper = r.tag in _WRAPPER_TAGS and 2 * r.chars > self.chars
            shown = not mostly_links and (not r.proper or wrapper)
            keep.append(parent_kept and shown)
            if parent_kept and not shown:
                drops.append((r.start, r.end))
        out = SourceBuilder(self.raw)
        pos = 0
        for start, end in drops + [(len(self.ops), len(self.ops))]:
            for text, s, e in self.ops[pos:start]:
                if text is None:
                    out.copy(s, e)
                else:
                    out.emit(text, s, e)
            pos = max(pos, end)
        return out.build()


# an XML character-data section: a feed's item description holds its HTML there ("<description><![CDATA[<p>…</p>]]>")
_CDATA_MARK = re.compile(r"<!\[CDATA\[|\]\]>")


def _html_to_text(raw: str) -> Document:
    parser = _HtmlToText(raw)
    # A feed reader renders a CDATA section's HTML; the HTML tokenizer would swallow it as one unknown declaration
    # (and Python versions differ there). The two marks become spaces of their length, so every offset still
    # points into ``raw``; white space is never copied from the source, so the marks leave no trace in the text.
    parser.feed(_CDATA_MARK.sub(lambda m: " " * len(m.group()), raw) if "<![CDATA[" in raw else raw)
    parser.close()
    return parser.document()


_OPML_OPENING = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<opml\b", re.IGNORECASE)
_OPML_TAG = re.compile(r"<(?P<close>/)?outline\b(?P<attrs>[^>]*?)(?P<leaf>/)?>", re.IGNORECASE)
_XML_ATTR = re.compile(r"""(?P<name>[\w:-]+)[ \t\n]*=[ \t\n]*(?P<q>["'])(?P<v>.*?)(?P=q)""", re.S)
_XML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def _copy_unescaped(builder: SourceBuilder, raw: str, start: int, end: int) -> None:
    """Copy ``raw[start:end]`` with its XML entities read ("&amp;" as "&", "&#10;" a line break), each at its source."""
    at = start
    for e in _XML_ENTITY.finditer(raw, start, end):
        builder.copy(at, e.start())
        builder.emit(html.unescape(e.group()), e.start(), e.end())
        at = e.end()
    builder.copy(at, end)


def _opml_to_text(raw: str) -> Optional[Document]:
    """An outline saved as OPML (an outliner's or a feed reader's export): the outline read as a page — a node with
    children as a heading over them, a leaf as a "- " item (a "Label: value" leaf as its line), a node's note
    ("_note") as a paragraph under it; the file's head (its own title, dates, owner) left out. Entities are read;
    every character maps back to the source. None when the text is no OPML file."""
    if not _OPML_OPENING.match(raw):
        return None
    builder = SourceBuilder(raw)

    def attribute(attrs: re.Match, name: str) -> Optional[tuple[int, int]]:
        for a in _XML_ATTR.finditer(raw, attrs.start("attrs"), attrs.end("attrs")):
            if a.group("name").lower() == name and a.group("v").strip():
                return a.start("v"), a.end("v")
        return None

    def write(start: int, end: int) -> None:
        _copy_unescaped(builder, raw, start, end)

    for m in _OPML_TAG.finditer(raw):
        if m.group("close"):
            continue
        shown = attribute(m, "text") or attribute(m, "title")
        note = attribute(m, "_note")
        if shown is not None:
            labelled = _MIME_HEADER_LINE.match(raw, *shown) is not None
            builder.emit("\n" + ("- " if not labelled else "") if m.group("leaf") else "\n\n", shown[0], shown[0])
            write(*shown)
        if note is not None:
            builder.emit("\n", note[0], note[0])
            write(*note)
            builder.emit("\n", note[1], note[1])
    out = builder.build()
    return out if out.text.strip() else None


# an Android app's string resources: '<string name="careers_job_title">Warehouse Associate</string>'
_ANDROID_RESOURCES = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<resources\b", re.S)
_ANDROID_STRING = re.compile(r'<string\b[^>]*?\bname="(?P<key>[\w.]{1,80})"[^>]*>(?P<value>[^<]*)</string>'
                             r'|<string-array\b[^>]*>|<item>(?P<item>[^<]*)</item>')  # (an array's items, not a plural's forms)
_ANDROID_ESCAPE = re.compile(r"\\(?:(?P<n>n)|(?P<ch>['\"@?\\]))")


def _android_strings(raw: str) -> Optional[Document]:
    """An Android app's strings.xml holding a posting: each string on a line of its own, labelled after its name as
    :func:`_resource_strings` labels a key ("careers_job_id" → "Job ID: WH-MSS-0412"), entities and escapes read
    ("\\n" a line break, "\\'" a quote), a string array's items as "- " items; the file's other elements (plurals,
    comments) left out. None when the text is no such file or names no job title."""
    if not _ANDROID_RESOURCES.match(raw):
        return None
    entries = [m for m in _ANDROID_STRING.finditer(raw) if (m.group("value") or m.group("item") or "").strip()]
    labels = [_resource_label(m.group("key")) if m.group("key") else None for m in entries]
    if len(entries) < MIN_RESOURCE_STRINGS or "Job title" not in labels:
        return None
    builder = SourceBuilder(raw)
    for m, label in zip(entries, labels):
        vs, ve = m.span("item") if m.group("item") is not None else m.span("value")
        builder.emit("\n- " if m.group("item") is not None else "\n\n" + (label + ": " if label else ""), vs, vs)
        at = vs
        for esc in _ANDROID_ESCAPE.finditer(raw, vs, ve):
            _copy_unescaped(builder, raw, at, esc.start())
            builder.emit("\n" if esc.group("n") else esc.group("ch"), esc.start(), esc.end())
            at = esc.end()
        _copy_unescaped(builder, raw, at, ve)
    out = builder.build()
    return out if out.text.strip() else None


# a scanned page's OCR as layout XML: ALTO ("<TextLine …><String CONTENT=\"FERRY\"/><SP/><String CONTENT=\"TERMINAL\"/>")
# or PAGE ("<TextLine …><TextEquiv><Unicode>Marine Engine Mechanic</Unicode></TextEquiv></TextLine>")
_OCR_XML_OPENING = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?P<root>alto|PcGts)\b", re.S)
_ALTO_TOKEN = re.compile(r"<String\b[^>]*?\bCONTENT=\"(?P<v>[^\"]*)\"[^>]*/?>|<(?P<sp>SP|HYP)\b[^>]*/?>|</(?P<line>TextLine)>|</(?P<block>TextBlock)>")
_PAGE_LINE = re.compile(r"<TextLine\b.*?<TextEquiv\b[^>]*>\s*<Unicode>(?P<v>.*?)</Unicode>.*?</TextLine>|</(?P<block>TextRegion)>", re.S)


def _ocr_layout_xml(raw: str) -> Optional[Document]:
    """An OCR engine's page as layout XML (ALTO, PAGE) read as the page it scanned: each text line's words (ALTO's
    String CONTENT, PAGE's line-level Unicode) on a line of their own, a blank line after each text block or region;
    the file's description, metadata, coordinates and glyph-level alternatives left out. Entities are read and every
    character maps back to the source. None for any other text."""
    m = _OCR_XML_OPENING.match(raw)
    if m is None:
        return None
    builder = SourceBuilder(raw)
    if m.group("root") == "alto":
        for t in _ALTO_TOKEN.finditer(raw):
            if t.group("v") is not None:
                _copy_unescaped(builder, raw, t.start("v"), t.end("v"))
            elif t.group("sp"):
                builder.emit(" ", t.start(), t.start())
            else:
                builder.emit("\n\n" if t.group("block") else "\n", t.start(), t.start())
    else:
        for t in _PAGE_LINE.finditer(raw):
            if t.group("v") is not None:
                _copy_unescaped(builder, raw, t.start("v"), t.end("v"))
                builder.emit("\n", t.end("v"), t.end("v"))
            else:
                builder.emit("\n", t.start(), t.start())
    out = builder.build()
    return out if out.text.strip() else None


# an XML-RPC reply (Odoo's external API: execute_kw(…, 'read', …)): a record's members and their typed values
_XMLRPC_OPENING = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<methodResponse>", re.S)
_XMLRPC_TOKEN = re.compile(
    r"<name>(?P<k>[^<]*)</name>|<(?P<t>string|int|i4|i8|double|dateTime\.iso8601)>(?P<v>[^<]*)</(?P=t)>|<(?P<end>/member)>"
)
_XMLRPC_SKIPPED = frozenset({"id", "website_published", "active", "__last_update", "display_name", "write_date"})
_ESCAPED_TAG = re.compile(r"&lt;(?P<close>/)?(?P<tag>[A-Za-z][A-Za-z0-9]*)(?:(?!&gt;)[^\n])*?&gt;")
_ESCAPED_BLOCK_TAGS = frozenset("p div ul ol h1 h2 h3 h4 h5 h6 br tr table section".split())


def _xml_rpc(raw: str) -> Optional[Document]:
    """An XML-RPC reply holding a posting's record (Odoo's hr.job read over its external API): each member as the labelled
    line a page writes ("Department: Firmware Development" for a many-to-one pair [5, "Firmware Development"], the
    custom field's "x_" and the relation's "_id" left off its name: "x_posted_on" is "Posted on"; the record's "name"
    as its job title), a text holding
    escaped HTML (the job's description) read as its page — block tags as line breaks, list items as "- " lines, other
    tags left out; ids, flags and booleans left out. Every character maps back to the source. None for any other text."""
    if not _XMLRPC_OPENING.match(raw):
        return None
    builder = SourceBuilder(raw)
    key, strings, numbers = None, [], []
    for m in _XMLRPC_TOKEN.finditer(raw):
        if m.group("k") is not None:
            key, strings, numbers = m.group("k"), [], []
        elif m.group("v") is not None:
            (strings if m.group("t") in ("string", "dateTime.iso8601") else numbers).append(m.span("v"))
        elif key is not None:
            _xml_rpc_member(builder, raw, key, [v for v in strings if v[1] > v[0]] or numbers)
            key = None
    out = builder.build()
    return out if out.text.strip() else None


def _xml_rpc_member(builder: SourceBuilder, raw: str, key: str, values: list[tuple[int, int]]) -> None:
    """Write one member of an XML-RPC record (see :func:`_xml_rpc`)."""
    name = re.sub(r"_ids?$", "", re.sub(r"^x_(?:studio_)?", "", key))
    if key in _XMLRPC_SKIPPED or not values or not name:
        return
    label = "Job title" if name == "name" else _key_label(name)  # (a job record's name is the job's title)
    if len(values) == 1 and _ESCAPED_TAG.search(raw, *values[0]):
        builder.emit(label + "\n", values[0][0], values[0][0])
        _escaped_html(builder, raw, *values[0])
        builder.emit("\n\n", values[0][1], values[0][1])
        return
    builder.emit(label + ": ", values[0][0], values[0][0])
    for k, (a, b) in enumerate(values):
        if k:
            builder.emit(", ", a, a)
        _copy_unescaped(builder, raw, a, b)
    builder.emit("\n", values[-1][1], values[-1][1])


def _escaped_html(builder: SourceBuilder, raw: str, start: int, end: int, tags: re.Pattern = _ESCAPED_TAG) -> None:
    """Copy ``raw[start:end]``, HTML escaped inside XML ("&lt;p&gt;…&lt;/p&gt;"), as the page it marks up: a block tag a
    line break, a list item a "- " line, any other tag nothing; entities read. ``tags``: how a tag is written (escaped;
    or as it is, ``_RAW_TAG``, in a CDATA section)."""
    at = start
    for m in tags.finditer(raw, start, end):
        _copy_unescaped(builder, raw, at, m.start())
        tag = m.group("tag").lower()
        if tag == "li" and not m.group("close"):
            builder.emit("\n- ", m.start(), m.end())
        elif tag in _ESCAPED_BLOCK_TAGS:
            builder.emit("\n", m.start(), m.end())  # (an item's end tag writes nothing: the next item or the list's end breaks the line)
        at = m.end()
    _copy_unescaped(builder, raw, at, end)


# an XML job feed's record (Personio's "/xml", an ATS's export): its leaf elements and its CDATA texts
_XML_FEED_OPENING = re.compile(r"(?:\A|\n)[ \t]*<\?xml[^>]*\?>\s*(?:<!--.*?-->\s*)*<[A-Za-z][\w:.-]*[^>]*>", re.S)
_XML_FEED_LEAF = re.compile(r"<(?P<tag>[A-Za-z][\w:.-]*)(?:[ \t][^<>]*)?>(?:<!\[CDATA\[(?P<cdata>.*?)\]\]>|(?P<v>[^<]*))</(?P=tag)>", re.S)
_RAW_TAG = re.compile(r"<(?P<close>/)?(?P<tag>[A-Za-z][A-Za-z0-9]*)[^<>]*>")
# a feed's field names as a careers page labels them ("name" is the job's title, "office" its place; any other as written)
_XML_FEED_LABELS = {"name": "Job title", "title": "Job title", "id": "Job ID", "office": "Location", "createdat": "Posted",
                    "publishedat": "Posted", "subcompany": "Company"}
_XML_FEED_KEYS = frozenset("id name title office department subcompany company createdat publishedat employmenttype schedule location".split())
_MIN_FEED_KEYS = 4
_XML_SECTION_NAMES = frozenset("name title heading label".split())  # a section's name over its text
_XML_OPEN_TAG_BEFORE = re.compile(r"<(?P<tag>[A-Za-z][\w:.-]*)(?:[ \t][^<>]*)?>\s*\Z")


def _xml_feed(raw: str) -> Optional[Document]:
    """An XML job feed's record (Personio's "<workzag-jobs><position>…", an Indeed-style "<source><job>…"), after any
    request and response lines above it: each leaf element as the labelled line a page writes ("<department>Customer
    Success</department>" as "Department: Customer Success", "<name>" as the job's title, "<office>" its place), a
    section's name over its HTML text as the section's heading, a CDATA text holding HTML read as its page (block tags
    as line breaks, list items as "- " lines). Only the feed's first record: the others are other jobs. Needs four of
    a job record's fields (``_XML_FEED_KEYS``); None for any other text."""
    opening = _XML_FEED_OPENING.search(raw, 0, 2000)
    if opening is None:
        return None
    leaves = list(_XML_FEED_LEAF.finditer(raw, opening.end()))
    if not leaves or len({m.group("tag").lower() for m in leaves if (m.group("v") or m.group("cdata") or "").strip()} & _XML_FEED_KEYS) < _MIN_FEED_KEYS:
        return None
    record = _XML_OPEN_TAG_BEFORE.search(raw, opening.start(), leaves[0].start())  # the element the first leaf opens
    close = raw.find(f"</{record.group('tag')}>", leaves[0].start()) if record is not None else -1
    if close > 0:
        leaves = [m for m in leaves if m.end() <= close]
    builder = SourceBuilder(raw)

    def page(m: Optional[re.Match]) -> bool:  # a CDATA text holding HTML
        return m is not None and m.group("cdata") is not None and _RAW_TAG.search(raw, *m.span("cdata")) is not None

    for k, m in enumerate(leaves):
        if page(m):
            a, b = m.span("cdata")
            builder.emit("\n", a, a)
            _escaped_html(builder, raw, a, b, _RAW_TAG)
            builder.emit("\n\n", b, b)
            continue
        a, b = m.span("cdata") if m.group("cdata") is not None else m.span("v")
        while a < b and raw[a].isspace():
            a += 1
        while b > a and raw[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        tag = m.group("tag").split(":")[-1]
        after = leaves[k + 1] if k + 1 < len(leaves) else None
        if tag.lower() in _XML_SECTION_NAMES and page(after) and not _RAW_TAG.sub("", raw[m.end() : after.start()]).strip():
            builder.emit("\n", a, a)  # a section's name over its text: the section's heading
            _copy_unescaped(builder, raw, a, b)
            builder.emit("\n", b, b)
            continue
        builder.emit(_XML_FEED_LABELS.get(tag.lower()) or _json_key_label(tag), a, a)
        builder.emit(": ", a, a)
        _copy_unescaped(builder, raw, a, b)
        builder.emit("\n", b, b)
    out = builder.build()
    return out if out.text.strip() else None


# pdftohtml's XML output (poppler's -xml): a page's text lines with their positions
_PDF2XML_OPENING = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?<pdf2xml\b")
_PDF2XML_TEXT = re.compile(r"<text\b(?=[^>]*\btop=\"(?P<top>\d+)\")(?=[^>]*\bleft=\"(?P<left>\d+)\")(?=[^>]*\bheight=\"(?P<h>\d+)\")[^>]*>(?P<v>.*?)</text>|</page>", re.S)
_INLINE_XML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_ROW_SLACK = 3  # points: the lines of one row stand at the same top, give or take
_COLUMN_SLACK = 15  # points: the lines of one column start at the same left, give or take
_MIN_COLUMN_ROWS = 3  # rows holding a line in each of two columns: the page is set in two columns there


def _pdf2xml_text(raw: str) -> Optional[Document]:
    """A PDF converted by pdftohtml to XML: its text lines read as the page shows them — a row's lines left to right on
    one line, a blank line where the page leaves a gap; where the page sets two columns side by side ("WHAT YOU'LL DO"
    beside "ABOUT YOU", three rows or more holding a line in each), the left column's lines first, then the right's.
    Inline tags are left out, entities read; every character maps back to the source. None for any other text."""
    if not _PDF2XML_OPENING.match(raw):
        return None
    builder = SourceBuilder(raw)
    page: list[tuple[int, int, int, int, int]] = []  # top, left, height, value start, value end
    for m in _PDF2XML_TEXT.finditer(raw):
        if m.group("v") is None:
            _pdf2xml_page(builder, raw, page)
            page = []
        elif m.group("v").strip():
            page.append((int(m.group("top")), int(m.group("left")), int(m.group("h")), m.start("v"), m.end("v")))
    _pdf2xml_page(builder, raw, page)
    out = builder.build()
    return out if out.text.strip() else None


def _pdf2xml_page(builder: SourceBuilder, raw: str, lines: list[tuple[int, int, int, int, int]]) -> None:
    """Write one page's lines (see :func:`_pdf2xml_text`)."""
    rows: list[list[tuple[int, int, int, int, int]]] = []
    for line in sorted(lines, key=lambda t: (t[0], t[1])):
        if rows and abs(line[0] - rows[-1][0][0]) <= _ROW_SLACK:
            rows[-1].append(line)
        else:
            rows.append([line])
    i, last = 0, None
    while i < len(rows):
        run = _column_run(rows, i)
        if run:
            left, right = run[0][0][1], run[0][-1][1]
            for column in (left, right):
                for row in run:
                    for line in row:
                        if abs(line[1] - column) <= _COLUMN_SLACK:
                            last = _pdf2xml_line(builder, raw, [line], last)
                last = None  # a blank line between the columns
            i += len(run)
            continue
        last = _pdf2xml_line(builder, raw, rows[i], last)
        i += 1
    builder.emit("\n", len(raw), len(raw))


def _column_run(rows: list[list[tuple[int, int, int, int, int]]], i: int) -> list[list[tuple[int, int, int, int, int]]]:
    """The rows from ``rows[i]`` on that stand in two columns side by side (a row of two lines far apart opens them; each
    row's lines start at one of the two columns' lefts; three rows or more hold a line in each), or []."""
    if len(rows[i]) != 2 or rows[i][1][1] - rows[i][0][1] < 10 * _COLUMN_SLACK:
        return []
    left, right = rows[i][0][1], rows[i][1][1]
    j, end = i, i
    while j < len(rows) and len(rows[j]) <= 2 and all(abs(t[1] - left) <= _COLUMN_SLACK or abs(t[1] - right) <= _COLUMN_SLACK for t in rows[j]):
        if len(rows[j]) == 2:
            end = j + 1
        elif rows[j][0][0] - rows[j - 1][0][0] > 2 * rows[j - 1][0][2]:
            break  # a gap: the columns ended above (one column running a line or two longer stays in)
        else:
            end = j + 1
        j += 1
    run = rows[i:end]
    return run if sum(1 for row in run if len(row) == 2) >= _MIN_COLUMN_ROWS else []


def _pdf2xml_line(builder: SourceBuilder, raw: str, row: list[tuple[int, int, int, int, int]], last: Optional[tuple[int, int]]) -> tuple[int, int]:
    """Write a row's lines on one line, a blank line before it when the page leaves a gap above it (more than the
    height of a line); returns the row's (top, height)."""
    top, height = row[0][0], max(t[2] for t in row)
    if builder.last_char:
        builder.emit("\n" if last is not None and top - (last[0] + last[1]) <= last[1] else "\n\n", row[0][3], row[0][3])
    for k, (_, _, _, start, end) in enumerate(sorted(row, key=lambda t: t[1])):
        if k:
            builder.emit(" ", start, start)
        at = start
        for tag in _INLINE_XML_TAG.finditer(raw, start, end):
            _copy_unescaped(builder, raw, at, tag.start())
            at = tag.end()
        _copy_unescaped(builder, raw, at, end)
    return top, height


_SCRIBUS_OPENING = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?<SCRIBUSUTF8(?:NEW)?\b")
_SCRIBUS_BULLET_STYLE = re.compile(r"<STYLE\b(?=[^>]*\bBullet=\"1\")[^>]*\bNAME=\"(?P<name>[^\"]*)\"")
_SCRIBUS_TOKEN = re.compile(
    r"<ITEXT\b[^>]*?\bCH=\"(?P<ch>[^\"]*)\"[^>]*>|<(?P<para>para|trail)\b(?P<attrs>[^>]*)>|<(?P<br>breakline)\b[^>]*>|<(?P<tab>tab)\b[^>]*>|</StoryText>"
)
_SCRIBUS_PARENT = re.compile(r"\bPARENT=\"(?P<name>[^\"]*)\"")


def _scribus_to_text(raw: str) -> Optional[Document]:
    """A Scribus layout file (.sla, a flyer or a printed notice laid out for print): its text frames' stories read as a
    page — each run of text (``<ITEXT CH="…">``) in order, a paragraph mark (``<para/>``, which follows its paragraph)
    ending a line, a paragraph in a bulleted style written as a "- " item, a story ending in a blank line; the
    document's settings, styles, colours and images left out. Entities are read; every character maps back to the
    source. None when the text is no Scribus file."""
    if not _SCRIBUS_OPENING.match(raw):
        return None
    bullets = {m.group("name") for m in _SCRIBUS_BULLET_STYLE.finditer(raw)}
    builder = SourceBuilder(raw)
    runs: list[tuple[int, int]] = []  # the paragraph's text runs so far; a line break as an empty run
    for m in _SCRIBUS_TOKEN.finditer(raw):
        if m.group("ch") is not None:
            runs.append(m.span("ch"))
        elif m.group("br") or m.group("tab"):
            runs.append((m.start(), -1 if m.group("br") else -2))
        else:  # a paragraph's mark, or the story's end
            parent = _SCRIBUS_PARENT.search(m.group("attrs") or "")
            texts = [r for r in runs if r[1] >= 0 and r[1] > r[0]]
            if texts:
                if parent is not None and parent.group("name") in bullets or "Bullet=\"1\"" in (m.group("attrs") or ""):
                    builder.emit("- ", texts[0][0], texts[0][0])
                for a, b in runs:
                    if b >= 0:
                        _copy_unescaped(builder, raw, a, b)
                    else:
                        builder.emit("\n" if b == -1 else " ", a, a)
                builder.emit("\n", m.start(), m.start())
            runs = []
            if m.group("para") is None or m.group("para") == "trail":
                builder.emit("\n", m.start(), m.start())
    out = builder.build()
    return out if out.text.strip() else None


_SPREADSHEET_XML = re.compile(r"\A\s*<\?xml[^>]*\?>\s*(?:<\?mso-application[ \t]+progid=\"Excel\.Sheet\"\?>|<Workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet)")
_SHEET_ROW = re.compile(r"<(?:ss:)?Row\b[^>]*>(?P<cells>.*?)</(?:ss:)?Row>", re.S)
_SHEET_CELL = re.compile(r"<(?:ss:)?Cell\b(?P<attrs>[^>]*)>\s*(?:<(?:ss:)?Data\b[^>]*>(?P<v>[^<]*)</(?:ss:)?Data>)?", re.S)
_SHEET_INDEX = re.compile(r"ss:Index=\"(?P<n>\d{1,3})\"")


def _spreadsheet_xml(raw: str) -> Optional[Document]:
    """A sheet saved as Excel's XML Spreadsheet (SpreadsheetML 2003, an ATS's or a hiring manager's export) or as a
    Gnumeric workbook: its first row names the columns and the row under it is the posting, read as "Column: value" lines
    (a value holding line breaks under its column as a heading); the file's properties, styles and other rows left out.
    Entities are read ("&#10;" a line break); every character maps back to the source. None when the text is no such
    sheet or its first table has no header row over a record."""
    if _SPREADSHEET_XML.match(raw):
        rows = []
        for row in itertools.islice(_SHEET_ROW.finditer(raw), 2):
            cells, column = {}, 0
            for cell in _SHEET_CELL.finditer(raw, row.start("cells"), row.end("cells")):
                index = _SHEET_INDEX.search(cell.group("attrs"))
                column = int(index.group("n")) if index else column + 1  # a cell may skip empty columns ("ss:Index")
                if cell.group("v") is not None and cell.group("v").strip():
                    cells[column] = cell.span("v")
            rows.append(cells)
    elif _GNUMERIC.match(raw):
        rows = [{}, {}]
        for cell in _GNUMERIC_CELL.finditer(raw):  # each cell names its row and column ("<gnm:Cell Row="1" Col="6" …>")
            row = int(cell.group("row"))
            if row < 2 and cell.group("v").strip():
                rows[row][int(cell.group("col"))] = cell.span("v")
    else:
        return None
    if len(rows) < 2 or len(rows[0]) < 3 or not rows[1]:
        return None
    builder = SourceBuilder(raw)
    for column, (start, end) in rows[1].items():
        if column not in rows[0]:
            continue
        label = html.unescape(raw[slice(*rows[0][column])]).strip()
        value = html.unescape(raw[start:end])
        builder.emit(("\n" + label + "\n") if "\n" in value.strip() else label + ": ", start, start)
        _copy_unescaped(builder, raw, start, end)
        builder.emit("\n\n" if "\n" in value.strip() else "\n", end, end)
    out = builder.build()
    return out if out.text.strip() else None


_SOLR_DOC = re.compile(r"<doc>(?P<body>.*?)</doc>", re.S)
_SOLR_FIELD = re.compile(r"<(?P<tag>str|int|long|float|double|date|bool|arr)\b[^>]*\bname=\"(?P<name>[^\"]{1,60})\"[^>]*>(?P<v>.*?)</(?P=tag)>", re.S)
_SOLR_ITEM = re.compile(r"<(?:str|int|long|float|double|date)>(?P<v>[^<]*)</(?:str|int|long|float|double|date)>")
MIN_SOLR_FIELDS = 4


def _solr_xml(raw: str) -> Optional[Document]:
    """A search engine's XML reply (Apache Solr's select with "wt=xml"): the first result's fields, each "<str
    name=\"title_t\">…</str>" written as a page's "Title: …" line (the index's type suffix left out), a multi-valued
    field ("<arr name=\"responsibilities\">") as a heading over "- " items; the reply's header and parameters left out.
    None for any other text, or a result of fewer than :data:`MIN_SOLR_FIELDS` fields."""
    if "<response" not in raw[:400] or "<result" not in raw:
        return None
    doc = _SOLR_DOC.search(raw)
    fields = list(_SOLR_FIELD.finditer(raw, *doc.span("body"))) if doc is not None else []
    if len(fields) < MIN_SOLR_FIELDS:
        return None
    builder = SourceBuilder(raw)
    for field in fields:
        label = _json_key_label(field.group("name"))
        if field.group("tag") == "arr":
            items = [m for m in _SOLR_ITEM.finditer(raw, *field.span("v")) if m.group("v").strip()]
            if items:
                builder.emit("\n" + label + "\n", items[0].start("v"), items[0].start("v"))
                for item in items:
                    builder.emit("- ", item.start("v"), item.start("v"))
                    _copy_unescaped(builder, raw, *item.span("v"))
                    builder.emit("\n", item.end("v"), item.end("v"))
                builder.emit("\n", items[-1].end("v"), items[-1].end("v"))
        elif field.group("v").strip() and "<" not in field.group("v"):
            start, end = field.span("v")
            builder.emit(label + ": ", start, start)
            _copy_unescaped(builder, raw, start, end)
            builder.emit("\n", end, end)
    out = builder.build()
    return out if out.text.strip() else None


_GNUMERIC = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?<gnm:Workbook\b")
_GNUMERIC_CELL = re.compile(r"<gnm:Cell\b(?=[^>]*\bRow=\"(?P<row>\d{1,6})\")(?=[^>]*\bCol=\"(?P<col>\d{1,4})\")[^>]*>(?P<v>[^<]*)</gnm:Cell>")


# --------------------------------------------------------------------------- 2-3. characters and spaces


# a checkbox, arrowhead or diamond opening a line as its item's mark ("☑ 2+ years on the line", "▸ Install conduit"): a bullet
_GLYPH_BULLET = re.compile("^[ \t]*([\u2610\u2611\u2612\u25b8\u25b9\u25c6\u25c7\u2756\u279c\u279d\u279e\u2726\u2727\u2605\u2606\U0001f539\U0001f538])(?=[ \t])", re.M)
_CHAR_RE = re.compile(
    r"\x1b\[[0-9;?]*[ -/]*[@-~]"  # a terminal's colour and cursor codes ("\x1b[32;1m", "\x1b[0K") → removed
    r"|\r\n?|[\u2028\u2029\x0b\x0c\x85]"  # line breaks → \n
    r"|[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\u180e\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]+"  # invisible (zero-width, bidi, soft hyphen, controls) → removed
    r"|\*\*+"  # markdown bold markers → removed
    r"|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"  # other spaces → ' '
)


# A no-break space where a rich-text editor's line break was lost between list items: a plain lower-case word
# (not a function word: "the\u00a0Language", "an\u00a0Equal" are one phrase) ends one item and a capitalised word opens
# the next ("Passion for innovation\u00a0Cross-functional teaming\u00a0Preference for …").
_NBSP_ITEM_BREAK_RE = re.compile(r"(?<![\w'’-])(?!(?:and|or|of|the|to|in|on|at|for|with|by|from|an|a|as|is|are|was|be|our|your|their|its|via|into|per|have|has)\u00a0)[a-z]{3,}\)?(?P<nbsp>\u00a0)(?=[A-Z][a-z])")
MIN_NBSP_ITEM_BREAKS = 2  # one such join in a line may be a name kept together ("use\u00a0Excel"); two or more are a list


def _nbsp_item_breaks(text: str) -> set[int]:
    """Offsets of the no-break spaces that part list items, in lines holding :data:`MIN_NBSP_ITEM_BREAKS` or more."""
    if "\u00a0" not in text:
        return set()
    out: set[int] = set()
    start = 0
    for line in text.split("\n"):
        found = [m.start("nbsp") for m in _NBSP_ITEM_BREAK_RE.finditer(line)]
        if len(found) >= MIN_NBSP_ITEM_BREAKS:
            out.update(start + p for p in found)
        start += len(line) + 1
    return out


# a pager's or man's bold and underline written by overstriking: "N\bNA\bA" (bold), "_\bP" (underlined P)
_OVERSTRIKE = re.compile(r"([^\x08\n])\x08(?=\1)|_\x08(?=[^\x08\n])|(?<=[^\x08\n])\x08_")


# a terminal's colour code whose escape byte a copy lost ("[0K", "[36;1m", "[0;m" of a CI job's log seen in a browser);
# five or more in a text, where one alone may be the text's own
_BARE_TERMINAL_CODE = re.compile(r"\[[0-9;]{1,12}[mK](?!\])")
_MIN_BARE_TERMINAL_CODES = 5


def _clean_chars(doc: Document) -> Document:
    if "\x08" in doc.text:  # overstruck letters as the one letter a terminal shows
        doc = _apply(doc, [(m.start(), m.end(), "") for m in _OVERSTRIKE.finditer(doc.text)])
    lost_escapes = list(_BARE_TERMINAL_CODE.finditer(doc.text))
    if len(lost_escapes) >= _MIN_BARE_TERMINAL_CODES:
        doc = _apply(doc, [(m.start(), m.end(), "") for m in lost_escapes])
    edits: list[Edit] = []
    breaks = _nbsp_item_breaks(doc.text)
    for m in _CHAR_RE.finditer(doc.text):
        ch = m.group()[0]
        if ch in "\r\u2028\u2029\x0b\x0c\x85" or m.start() in breaks:
            edits.append((m.start(), m.end(), "\n"))
        elif ch == "*":
            edits.append((m.start(), m.end(), ""))
        elif ch in "\t\u00a0\u1680\u202f\u205f\u3000" or "\u2000" <= ch <= "\u200a":
            edits.append((m.start(), m.end(), " "))
        else:
            edits.append((m.start(), m.end(), ""))
    edits.extend(_glyph_bullets(doc.text))
    return _apply(doc, sorted(edits))


def _glyph_bullets(text: str) -> list[Edit]:
    """The edits that write "•" for a checkbox or arrowhead glyph marking the items of a list (two lines or more in a
    row opening with the same glyph); a glyph before a heading ("▸ Benefits", "✅ Duties:") stays a decoration."""
    out: list[Edit] = []
    run: list[re.Match] = []
    for m in _GLYPH_BULLET.finditer(text):
        line_end = text.find("\n", m.end())
        item = text[m.end() : len(text) if line_end < 0 else line_end].strip()
        if not item or item.endswith((":", "：")) or kind_of_heading(item):
            continue
        if run and (run[-1].group(1) != m.group(1) or text.count("\n", run[-1].end(), m.start()) > 1):
            out.extend(_bullet_run(run))
            run = []
        run.append(m)
    return out + _bullet_run(run)


def _bullet_run(run: list[re.Match]) -> list[Edit]:
    """"•" for each glyph of ``run`` when it marks two items or more."""
    return [(m.start(1), m.end(1), "•") for m in run] if len(run) >= 2 else []


MAX_NEWLINES = 2  # at most one blank line between paragraphs
BREAK_SPACES = 3  # a run of this many spaces inside a line (text exports' lost line breaks) becomes a line break
MAX_BREAK_SPACES = 8  # ... up to this many
MIN_INTRO_WORDS = 4  # before a gap, a colon closes an intro of this many words, else a form label
# A run of two or more spaces/newlines, or a single one at either end.  Opening with the
# class lets the regex engine jump from blank to blank instead of trying every position.
_SPACE_RE = re.compile(r"[ \n](?:[ \n]+|(?<=\A[ \n])|\Z)")


_GAP_RE = re.compile(r" {3,}")
_MARKER_END_RE = re.compile(r"(?:^|\s)\(?\d{1,2}[.)]$")


def _item_gap(text: str, s: int, e: int) -> bool:
    """Whether the space run ``text[s:e]`` inside a line parts two items: at most
    ``MAX_BREAK_SPACES`` wide, two or more words before it (four before a colon: a shorter
    text is a form label) and three or more after it (up to the next such run), ending in a letter, digit or closing punctuation (not a bullet,
    a list marker "2." or a joiner ";" ","), and a capital or digit after it."""
    if e - s > MAX_BREAK_SPACES:  # a wider gap is a column layout ("Rev 3            Last reviewed")
        return False
    before = _GAP_RE.split(text[text.rfind("\n", 0, s) + 1 : s])[-1]
    end = text.find("\n", e)
    after = _GAP_RE.split(text[e : end if end >= 0 else len(text)])[0]
    return (
        len(before.split()) >= (MIN_INTRO_WORDS if text[s - 1] == ":" else 2)  # "Reports to:   Manager" is a form
        and len(after.split()) >= 3  # an item, not a menu ("Jobs   Recruiters   Sign in")
        and (text[s - 1].isalnum() or text[s - 1] in ".:)!?\"”’")
        and not _MARKER_END_RE.search(before)
        and (text[e].isupper() or text[e].isdigit())
    )


def _clean_space(doc: Document) -> Document:
    """Strip lines, collapse runs of spaces and of blank lines (one blank line kept); trim the ends.

    A run of ``BREAK_SPACES`` or more spaces inside a line becomes a line break (HTML input
    never has one here: the HTML pass already made each white-space run one space).
    """
    edits: list[Edit] = []
    text = doc.text
    n = len(text)
    for m in _SPACE_RE.finditer(text):
        s, e = m.span()
        chunk = m.group()
        if s == 0 or e == n:
            edits.append((s, e, ""))
            continue
        newlines = chunk.count("\n")
        if not newlines:
            if e - s >= BREAK_SPACES and _item_gap(text, s, e):
                edits.append((s, e, "\n"))  # a wide gap in a line parts two items a text export ran together
            else:
                edits.append((s + 1, e, ""))  # keep the first space
            continue
        keep = min(newlines, MAX_NEWLINES)
        if chunk == "\n" * keep:
            continue
        first = s + chunk.index("\n")
        edits.append((s, first, ""))  # spaces before the line break
        if keep > 1:
            edits.append((first + 1, e, "\n" * (keep - 1)))
        else:
            edits.append((first + 1, e, ""))
    return _apply(doc, [x for x in edits if x[1] > x[0] or x[2]])


# --------------------------------------------------------------------------- 3b. hard wraps


MIN_WRAP_WIDTH = 50  # a text whose longest line is narrower is a list of short lines, not a page wrapped at a width
MAX_WRAP_WIDTH = 110  # an e-mail, a PDF's text or a terminal wraps at fewer characters than this
MIN_CLEAR_WRAPS = 3  # sentences visibly broken at the width (the next line goes on in lower case) before a text counts as wrapped
MAX_EARLY_BREAKS = 0.1  # the share of visible sentence breaks that may stop short of the width in a text wrapped by a count
# a line that stops where no sentence ends: on a comma, an ampersand, a slash, an open bracket, a hyphen or a joining word
_JOINING_END = re.compile(
    r"(?i)(?:[,&/(\u2013-]|\b(?:and|or|nor|but|the|of|to|with|using|for|in|a|an|as|such as|including|like|on|at|by|from|via"
    r"|into|within|across|our|your|their|its|is|are|be|will|can|that|who|which|per|than|this|these|all|any|both|each))$"
)


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> Optional[int]:
    """The width a text was hard-wrapped at by a character count (an e-mail, a terminal), or None.

    The width is the longest line that holds a space (a URL is never wrapped), between :data:`MIN_WRAP_WIDTH`
    and :data:`MAX_WRAP_WIDTH`. Where a sentence visibly goes on (an open line of half the width or more, the
    next line opening in lower case), the wrap must have broken it: the next line's first word would not have
    fitted. At least :data:`MIN_CLEAR_WRAPS` such breaks, and no more than :data:`MAX_EARLY_BREAKS` of them
    early: a PDF's text or a page's own line breaks stop short of any one width, and are left to the list
    rules, which read them block by block.
    """
    width = max((e - s for s, e in lines if " " in text[s:e]), default=0)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    broken = early = 0
    for (s, e), (s2, e2) in zip(lines, lines[1:]):
        body, below = text[s:e], text[s2:e2]
        if not below[:1].islower() or body[-1:] in ".!?:;" or 2 * (e - s) < width:
            continue
        if (e - s) + 1 + len(below.split(" ", 1)[0]) > width:
            broken += 1
        else:
            early += 1
    return width if broken >= MIN_CLEAR_WRAPS and early <= MAX_EARLY_BREAKS * (broken + early) else None


def _broken_by_wrap(text: str, line: tuple[int, int], nxt: tuple[int, int], width: int) -> bool:
    """Whether a wrap at ``width`` broke ``line`` before ``nxt``, the line under it: the first word of ``nxt`` would
    not have fitted on ``line``, ``nxt`` is no bullet, ``line`` no heading or intro (':') and no closed sentence, and
    the sentence goes on: ``nxt`` opens in lower case, or ``line`` stops where no sentence ends (:data:`_JOINING_END`)."""
    (s, e), (s2, e2) = line, nxt
    if e <= s or e2 <= s2:
        return False
    body, below = text[s:e], text[s2:e2]
    if body[-1:] in ".!?:;" or _BULLET_START.match(below):
        return False
    if (e - s) + 1 + len(below.split(" ", 1)[0]) <= width:
        return False  # the word would have fitted: the line ended there on purpose
    return below[:1].islower() or _JOINING_END.search(body) is not None or _goes_on_in_capitals(body, below)


# a line opening with a label ("Benefits: …", "Closing date:") or a heading ("Requirements", "WHAT YOU BRING") of its own
_OWN_LINE_START = re.compile(r"[^\W\d_][\w'’/&()-]*(?:[ ][\w'’/&()-]+){0,3}[ ]?:|[^\W\d_a-z][^\W\d_]*(?:[ ][^\W\d_]+){0,4}[ ]*:?$")


_SENTENCE_INSIDE = re.compile(r"[a-z0-9)][.!?] +[A-Z]")


def _goes_on_in_capitals(body: str, below: str) -> bool:
    """Whether a full line (the next word would not have fitted) goes on in a word written with a capital: a name, an
    acronym or a sentence's next word ("…a Utah Grade II Water Treatment" / "Operator certification. Must …"), in
    prose: one of the two lines holds a sentence's end and the next one's start (a list of items a line each, each
    item full by chance, holds none). Not where the line ends in capitals (a heading) or the next line opens with a
    label or is a short heading of its own."""
    if not body[-1:].isalnum() and body[-1:] not in ")]\u201d\"'’":
        return False
    last = body.rsplit(" ", 1)[-1]
    if last.isupper() and len(last) > 1 and body.upper() == body:
        return False
    if not below[:1].isupper() or _OWN_LINE_START.match(below) is not None:
        return False
    return _SENTENCE_INSIDE.search(body) is not None or _SENTENCE_INSIDE.search(below) is not None  # prose, not a list of items a line each


_HANGING_LABEL = re.compile(r"[^\W\d_][\w.'’/&()-]*(?:[ ][\w.'’/&()-]+){0,3}[ ]?:[ \t]+\S")  # "Ref. No.: NCPSB/…", "Duty Station: …"
_HANGING_BULLET_RE = re.compile(r"[ \t]*(?:[-•*+·▪◦●○■□➢➤►‣⁃–]|\d{1,2}[.)])[ \t]+(?=\S)")  # (no letter: "(u." / "  a. SAP)")


def _hanging_rows(doc: Document) -> Document:
    """Join the rows a wrap hung under a bullet's text to that bullet ("• …mit Java 21 und" / "  Spring Boot"), as a
    plain-text e-mail or a PDF copy wraps a long item: an unbulleted row indented past the bullet's mark and no further
    than its text, directly under the bullet line or under that bullet's earlier hanging rows. Under a numbered post that
    opens with a label ("1.   POST: Fire Officer"), only a row going on in lower case is wrapped: the others
    ("Department: …", "JOB GROUP 'H'") are the post's facts. Each such line break
    and indent becomes one space; a row indented deeper (a nested block) or a blank line between keeps its break."""
    text = doc.text
    if "\n " not in text and "\n\t" not in text:
        return doc
    edits: list[Edit] = []
    lines = _lines(text)
    hang: Optional[tuple[int, int]] = None  # (the bullet's indent, the column its text starts at)
    labelled = False  # the bullet's text opens with a label ("1.   POST: …"): rows under it opening with one are its facts
    for s, e in lines:
        line = text[s:e]
        bullet = _HANGING_BULLET_RE.match(line)
        if bullet:
            hang = (len(line) - len(line.lstrip(" \t")), bullet.end())
            labelled = _HANGING_LABEL.match(line, bullet.end()) is not None
            continue
        depth = len(line) - len(line.lstrip(" \t"))
        if hang is not None and line.strip() and hang[0] < depth <= hang[1] and "\t" not in line[:depth] \
                and not (labelled and not line[depth:depth + 1].islower()):
            edits.append((s - 1, s + depth, " "))
            continue
        hang = None
    return _apply(doc, edits)


def _wrap_width_of(doc: Document) -> Optional[int]:
    return _wrap_width(doc.text, _lines(doc.text))


_READ_WIDTH = -1  # _unwrap's default: read the width from the document itself


def _unwrap(doc: Document, width: Optional[int] = _READ_WIDTH) -> Document:
    """Join the lines a hard wrap broke (:func:`_wrap_width`, :func:`_broken_by_wrap`) into the line they were:
    each such line break becomes a space, so an item, a sentence or a label's value reads as one line again.
    ``width``: the wrap width when already known (read from the text before :func:`_hanging_rows` joined rows)."""
    text = doc.text
    lines = _lines(text)
    width = _wrap_width(text, lines) if width == _READ_WIDTH else width
    if width is None:
        return doc
    edits: list[Edit] = [(e, s2, " ") for (s, e), (s2, e2) in zip(lines, lines[1:]) if _broken_by_wrap(text, (s, e), (s2, e2), width)]
    return _apply(doc, edits)


# --------------------------------------------------------------------------- 4. glued scrapes


# Where a glued list item ends and the next begins (zero-width positions).
_CAMEL_RE = re.compile(
    r"(?=[A-Z\-\u2022\u00b7\d])(?:"
    r"(?<=[^\W\d_]{2}[a-zß-öø-ÿ])(?=[A-Z][a-z]{2})"  # modelsStrong, ScientistSeattle, díasTiempo
    r"|(?<=[A-Z]{2})(?=[A-Z][a-z]{3})"  # CVMLExperience, ISECupertino
    r"|(?<=\d\d)(?=[A-Z][a-z]{2}|(?:We|It|In|As|At|An|On|If|Is|Or|By|To|Us|My|Be|Do|No|So|Up)\b)"  # 2024Role, R-1234We
    r"|(?<=[A-Za-z]{2}[.!?])(?=[A-Z][a-z])"  # programming.Experience, ID?Create
    r"|(?<=[0-9)%][.!?])(?=[A-Z][a-z])"  # 2024.The, (AR).Experience
    r"|(?<=[a-z0-9]\))(?=[A-Z][a-z]{2})"  # (ex. ARKit)Experience
    r"|(?<=[a-z][.!?])(?=[\-\u2022\u00b7] ?[A-Z][a-z])"  # products.- Experience (glued bullets)
    r"|(?<=[a-z]{2}\.)(?=\d{1,2}(?:\.\d{1,2})?[.)]? ?[A-Z][a-z])"  # accommodation.2.2 Investigate (numbered items)
    r"|(?<=[a-z]{4})(?=[A-Z]{3,5}(?![A-Za-z]))"  # experienceEPA 608, recordNATE certification (an item opening with an acronym)
    r"|(?<=[^\W\d_])(?=[A-Z][^\W\d_A-Z]{2,}(?: [^\W\d_]+){0,2}:[ \t])"  # GmbHArbeitsort: 73430 Aalen (a value glued to the next label)
    r")"
)
_URL_RE = re.compile(r"\S*(?:://|www\.|@)\S*")
_GLUE_LEFT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!?)]\"\u201d:;")
MIN_GLUE_SIGNALS = 3


_WORD_RUN = re.compile(r"[A-Za-z0-9.+#'’-]+")


def _unprotected(line: str, candidates: list[int]) -> list[int]:
    """The candidate split points of ``line`` not inside a URL or a protected camel-case word."""
    if not candidates:
        return []
    mask = bytearray(len(line) + 1)
    has_url = "://" in line or "www." in line or "@" in line
    for m in _URL_RE.finditer(line) if has_url else ():
        mask[m.start() + 1 : m.end()] = b"\x01" * max(0, m.end() - m.start() - 1)
    return [p for p in candidates if not mask[p] and not inside_protected_word(line, p)]


def glue_joins(line: str, extra: Iterable[int] = ()) -> list[int]:
    """Offsets in ``line`` where one glued list item runs into the next ("…systemsResearching…").

    The same joins the glue repair cuts in clearly glued lines (lower case, digit, closing
    bracket or full stop running into a capital; an all-caps run into a capitalised word),
    minus those inside URLs and protected camel-case words ("JavaScript", "iOS", "McKinsey").
    For callers that already know ``line`` is a list (a requirements block), where one join is
    enough evidence.

    Args:
        line: one line of clean text.
        extra: further candidate offsets (the caller's own joins), filtered the same way.
    """
    found = {m.start() for m in _CAMEL_RE.finditer(line) if line[m.start()].isupper()} | set(extra)
    return _unprotected(line, sorted(found))


def _mask(n: int, spans: Iterable[tuple[int, int]], *, inclusive: bool = False) -> bytearray:
    """A per-position flag: 1 strictly inside one of ``spans`` (or on its ends with ``inclusive``)."""
    mask = bytearray(n + 1)
    for s, e in spans:
        lo, hi = (s, e + 1) if inclusive else (s + 1, e)
        if hi > lo:
            mask[lo:hi] = b"\x01" * (hi - lo)
    return mask




@dataclass
class _GlueStats:
    glued_lines: int = 0


_CURRENCY_SIGNS = frozenset("$€£¥₹")


def _heading_splits(line: str, base: int, edits: list[Edit], names: Callable[[], frozenset[str]] = frozenset) -> list[tuple[int, int]]:
    """Split glued headings out of ``line``; returns the accepted heading spans (line offsets). A heading word that
    ends a camel-case name the text writes as one word (``names``, read when first needed: "MekongPay") is none."""
    pattern = _glue_headings()
    if pattern is None or line.islower() or not any(c.isupper() for c in line):  # islower(): no capital, found in C
        return []
    accepted: list[tuple[int, int]] = []
    prev_end = -1
    prev_text = ""
    n = len(line)
    # where the line's text begins and ends (not line[:s].strip() per match: that is quadratic)
    text_start, text_end = n - len(line.lstrip()), len(line.rstrip())
    for m in pattern.finditer(line):
        s, e = m.span()
        word = m.group()
        before = line[s - 1] if s > 0 else ""
        after = line[e] if e < n else ""
        left_start = s <= text_start
        left_glued = bool(before) and before in _GLUE_LEFT
        left_sentence = s >= 2 and before == " " and line[s - 2] in ".!?"
        right_glued = bool(after) and (after.isupper() or after.isdigit() or after in _CURRENCY_SIGNS)  # "What's on offer$145,000"
        right_colon = after in (":", "\uff1a") and bool(after)
        right_end = e >= text_end
        right_space_upper = after == " " and e + 1 < n and line[e + 1].isupper()
        if s == prev_end and word == prev_text:  # "DescriptionDescription"
            edits.append((base + s, base + e, ""))
            accepted.append((s, e))
            prev_end = e
            continue
        ok = (
            (left_glued and (right_glued or right_colon or right_end or right_space_upper))
            or (left_start and right_glued)
            or (left_sentence and (right_colon or right_glued))
        )
        if not ok or left_glued and before.isalpha() and _inside_name(line, s, names()):
            continue
        if not left_start and s != prev_end:
            edits.append((base + s, base + s, "\n"))
        elif s == prev_end and prev_end >= 0:
            edits.append((base + s, base + s, "\n"))
        if right_glued or right_space_upper:
            edits.append((base + e, base + e, "\n"))
        accepted.append((s, e))
        prev_end, prev_text = e, word
    return accepted


_CAMEL_RUN = re.compile(r"(?<![A-Za-z])[A-Za-z]*[a-z][A-Z][A-Za-z]*")
_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
MAX_NAME_LEN = 24
MAX_NAME_PARTS = 3
MIN_NAME_CONTEXTS = 3  # different continuations of a camel-case word that make it a name


def _camel_names(run: str) -> Iterable[str]:
    """The words of two or three camel-case parts in a letter run ("usBrightPath" → "usBright", "BrightPath", …)."""
    parts = [m.span() for m in _CAMEL_PART.finditer(run)]
    for i in range(len(parts)):
        for j in range(i + 1, min(len(parts), i + MAX_NAME_PARTS)):
            if parts[j][1] - parts[i][0] <= MAX_NAME_LEN:
                yield run[parts[i][0] : parts[j][1]]


_LEGAL_FORM_AFTER = re.compile(r" (?:Plc|PLC|Ltd|Limited|Inc|LLC|GmbH|AG|Pty|Corp|Co|S\.?A\.?|B\.?V\.?)\b")


def _repeated_camel_words(text: str) -> frozenset[str]:
    """Camel-case words ("DataFinch", "HubSpot") written two or more times in ``text``, once in running text.

    Two glued list items rarely meet twice in the same way, a brand written in camel case does,
    and somewhere it stands in a sentence ("… at DataFinch you will …") or before its legal form ("MekongPay Plc"): a join inside such a word
    is no item boundary.  A glue repeated by a listing ("Pricing AnalystLondon," twice) never
    stands between a space and a lower-case word.  A name written after a space and followed by
    different words ("… KnowledgeLake, and …", "KnowledgeLake Capture", "KnowledgeLake Imaging")
    is one too, even where it never stands in a sentence: a listing repeats its glue with the
    same words after it.
    """
    counts: dict[str, int] = {}
    in_prose: set[str] = set()
    followers: dict[str, set[str]] = {}  # a whole run written after a space: the words that follow it
    n = len(text)
    for m in _CAMEL_RUN.finditer(text):
        s, e = m.span()
        for word in set(_camel_names(m.group())):
            counts[word] = counts.get(word, 0) + 1
        if (s == 0 or text[s - 1] == " ") and e + 1 < n and text[e] == " " and (text[e + 1].islower() or _LEGAL_FORM_AFTER.match(text, e)):
            in_prose.add(m.group())  # "… at DataFinch you will …", "© 2026 MekongPay Plc."
        if s == 0 or text[s - 1] in " (":
            followers.setdefault(m.group(), set()).add(text[e : e + 4])  # ", an", " Cap", " Ima"
    named = {w for w, after in followers.items() if len(after) >= MIN_NAME_CONTEXTS}
    return frozenset(w for w in in_prose | named if counts.get(w, 0) > 1)


def _name_end(line: str, p: int, names: Callable[[], frozenset[str]]) -> int:
    """Where the camel-case name that offset ``p`` of ``line`` cuts ends ("Mekong|PayBenefits" → after "Pay"), when
    that name is one the text writes as one word; ``p`` otherwise."""
    if not (0 < p < len(line) and line[p - 1].isalpha() and line[p].isupper()) or not _inside_name(line, p, names()):
        return p
    s = p
    while s > 0 and line[s - 1].isascii() and line[s - 1].isalpha():
        s -= 1
    for m in re.finditer(r"[A-Z][a-z]+", line[p : p + MAX_NAME_LEN]):
        if line[s : p + m.end()] in names():
            return p + m.end()
    return p


def _inside_name(line: str, p: int, names: frozenset[str]) -> bool:
    """Whether the split point ``p`` of ``line`` falls inside one of the repeated camel-case ``names``."""
    if not names:
        return False
    lo = max(0, p - MAX_NAME_LEN)
    hi = min(len(line), p + MAX_NAME_LEN)
    s = p
    while s > lo and line[s - 1].isascii() and line[s - 1].isalpha():
        s -= 1
    e = p
    while e < hi and line[e].isascii() and line[e].isalpha():
        e += 1
    starts = [s] + [i for i in range(s + 1, p) if line[i].isupper()]
    ends = [i for i in range(p + 1, e) if line[i].isupper()] + [e]
    return any(line[a:b] in names for a in starts for b in ends)


def _holds_metadata(token: str, joins: list[int], boiler: _Boilerplate) -> bool:
    """Whether a glued token has a piece that is posting metadata ("…EngineeringRemoteFull-timePosted")."""
    cuts = [0, *joins, len(token)]
    return any(token[a:b].strip(_CHROME_STRIP).lower() in boiler.menu_keep for a, b in zip(cuts, cuts[1:]))


_GLUED_BULLET = re.compile(r"(?<=\S)[•▪●](?=[ \t]+\S)")  # a bullet glued to the text before it: "…production• Review code"
MIN_GLUED_BULLETS = 2
MAX_LIST_LEAD_WORDS = 8


def _glued_list_lead(line: str) -> Optional[int]:
    """Where a list glued to its short lead starts ("Requirements• Active RN license• 2+ years…", "What we need:• …"):
    two or more bullets each glued to the text before it, under a lead of at most :data:`MAX_LIST_LEAD_WORDS`
    words. A row of chips parted by spaced bullets ("London • Full-time • Hybrid") is no glued list."""
    if _BULLET_START.match(line):
        return None
    marks = [m.start() for m in _GLUED_BULLET.finditer(line)]
    if len(marks) < MIN_GLUED_BULLETS:
        return None
    lead = line[: marks[0]].strip()
    if not lead or len(lead.split()) > MAX_LIST_LEAD_WORDS or re.search(r"[.!?]\S", lead):
        return None  # "We pay weekly!!Key Requirements• …": a sentence glued to a heading, which the heading reader splits
    return marks[0]


def _repair_glue(doc: Document) -> tuple[Document, _GlueStats]:
    text = doc.text
    stats = _GlueStats()
    if not text:
        return doc, stats
    boiler = _boilerplate()
    vocab = heading_vocab()
    edits: list[Edit] = []
    seen_heading = False
    names: Optional[frozenset[str]] = None  # camel-case words written more than once (built on the first glued line)

    def camel_names() -> frozenset[str]:
        nonlocal names
        if names is None:
            names = _repeated_camel_words(text)
        return names
    for ls, le in _lines(text):
        line = text[ls:le]
        if not line.strip():
            continue
        bare = line.strip().strip("#*_ ").rstrip(":")
        if may_be_phrase(bare) and norm_heading(bare) in vocab.phrases:
            seen_heading = True
            continue
        line_edits: list[Edit] = []
        lead = _glued_list_lead(line)
        if lead is not None:  # "Duties include:• Plan routes• Allocate work": the list goes under its lead's line
            line_edits.append((ls + lead, ls + lead, "\n"))
        heads = _heading_splits(line, ls, line_edits, camel_names)
        # glue signals beyond headings
        camel = [m.start() for m in _CAMEL_RE.finditer(line)]
        phrases = [m.span() for m in boiler.glued.finditer(line)] if boiler.glued is not None else []
        glued_heads = [h for h in heads]
        signals = len(camel) + len(phrases) + len(glued_heads)
        if signals < MIN_GLUE_SIGNALS or len(line) < 40:
            edits.extend(line_edits)
            if heads:
                seen_heading = True
            continue
        camel = _unprotected(line, camel)
        if camel:
            camel = [q for q in camel if not _inside_name(line, q, camel_names())]
        if len(camel) + len(phrases) + len(glued_heads) < MIN_GLUE_SIGNALS:
            edits.extend(line_edits)
            if heads:
                seen_heading = True
            continue
        stats.glued_lines += 1
        blocked = _mask(len(line), heads + phrases, inclusive=True)
        first_head = heads[0][0] if heads else len(line)
        # menu tokens (space-free runs with many camel joins) before the first heading
        dropped: list[tuple[int, int]] = []
        if not seen_heading:
            free = [p for p in camel if not blocked[p]]  # sorted: camel is in text order
            for tok in re.finditer(r"\S{12,}", line[:first_head]):
                ts, te = tok.span()
                inner = bisect_left(free, te) - bisect_right(free, ts)  # joins strictly inside the token
                if inner >= boiler.menu_min and te + 1 < len(line) and line[te] == " " and line[te + 1].islower():
                    te = free[bisect_left(free, te) - 1]  # "…CompartirGuardarCajero(a) de Farmacia": the last part opens a phrase
                    inner -= 1
                if inner >= boiler.menu_min and not _holds_metadata(line[ts:te], [p - ts for p in free if ts < p < te], boiler):
                    dropped.append((ts, te))
                    line_edits.append((ls + ts, ls + te, "\n"))
        dropped_mask = _mask(len(line), dropped, inclusive=True)
        for s, e in phrases:
            if dropped_mask[s] or dropped_mask[e]:
                continue
            e = _name_end(line, e, camel_names)  # "Life at MekongPayBenefits": the phrase's lazy name runs to the name's end
            if s > 0:
                line_edits.append((ls + s, ls + s, "\n"))
            if e < len(line):
                line_edits.append((ls + e, ls + e, "\n"))
        last_space = line.rstrip().rfind(" ")  # no space after a join: the line's last word
        for p in camel:
            if blocked[p] or dropped_mask[p]:
                continue
            if p > last_space and line[p - 1 : p].isalpha():
                continue  # "… incident reports in HammerTech" ending the line: one word's inner capital, no item after it
            line_edits.append((ls + p, ls + p, "\n"))
        edits.extend(line_edits)
        if heads:
            seen_heading = True
    # de-duplicate identical insertions
    unique = sorted(set(edits), key=lambda e: (e[0], e[1], e[2] != "\n"))
    return _apply(doc, unique), stats


# A posting body stored with its line breaks turned into spaces (a data export's description column): its
# headings and list items follow one another on one long line ("… in our branch. Responsibilities Greet clients …
# Basic Qualifications - High school diploma - 2 years of …").
MIN_FLAT_LINE = 300
MIN_FLAT_MARKS = 2
MIN_FLAT_ITEM = 8  # characters between two marks of one list
_FLAT_LOOK_BACK = 40  # characters read before a heading
MIN_FLAT_LOWER_MARKS = 3  # a list whose items open in lower case needs this many marks (and a label's colon before)
_FLAT_MARK = re.compile(r"(?<=\S) ([-\u2013\u2022*\u00b7\u25aa\u25cf]) (?=[^\W_]|(?<=[\u2022*\u00b7\u25aa\u25cf] )[$€£¥₹]\d)")  # (an item may open on its amount: "• $30.10 per hour …")
_FLAT_NUMBER = re.compile(r"(?<=\S) (\d{1,2})[.)] (?=[^\W\d_])")
_FLAT_LIST_LABEL = re.compile(r"(?<=[^\s:]) [A-Z][\w'’/&-]*(?: [\w'’/&-]+){0,3}:(?= )")  # a label before a list's first mark
_FLAT_TAIL_LABEL = re.compile(r"(?<=[a-z0-9)]) (?=[A-Z][\w'’-]*(?: [\w'’-]+){0,2}: \S)")  # a label after an item's last word
_FLAT_RANGE_LEFT = re.compile(r"\d[\d ,.]*(?:[kK]|[$€£¥₹]|[A-Z]{3})?$")  # a range's first figure ends before a dash
_SENTENCE_END = frozenset(".!?:;")
_TITLE_WORD_END = re.compile(r"(?<![\w'’-])[A-Z][a-z]+$")
_ENTITY_END = re.compile(r"&#?\w{1,8};$")  # "Skills &amp; Experience": an entity's ";" left in a scraped text ends no sentence


def _heading_word_before(left: str, whole: bool) -> bool:
    """Whether ``left`` ends in a capitalised word that opens its sentence ("Qualification" before "Requirements"):
    the first word of a longer heading, not an item's last word. ``whole``: ``left`` runs from the line's start."""
    m = _TITLE_WORD_END.search(left)
    if m is None:
        return False
    before = left[: m.start()].rstrip()
    return before[-1:] in _SENTENCE_END if before else whole


def _flat_list(marks: list[re.Match]) -> bool:
    """Whether ``marks`` (one mark character's places in a line) are a list's: two or more, items not too short."""
    return len(marks) >= MIN_FLAT_MARKS and all(b.start() - a.end() >= MIN_FLAT_ITEM for a, b in zip(marks, marks[1:]))


def _lower_items(line: str, marks: list[re.Match]) -> list[re.Match]:
    """The marks of ``marks`` that start an item written in lower case ("Our requirements: - min. 5 years of Java -
    very good knowledge of Spring"): where :data:`MIN_FLAT_LOWER_MARKS` or more do and one of the marks follows a
    label's colon, each that follows an item of three words or more, or the colon itself; "- Work/life balance - while
    we're …" is one item."""
    lower = [m for m in marks if line[m.end()].islower()]
    if len(lower) < MIN_FLAT_LOWER_MARKS or not any(line[m.start() - 1] == ":" for m in marks):
        return []
    out = []
    before = 0
    for m in marks:
        if line[m.end()].islower() and (line[m.start() - 1] == ":" or len(line[before : m.start()].split()) >= 3):
            out.append(m)
        before = m.end()
    return out if _flat_list(out) else []


def _numbered_run(line: str) -> list[int]:
    """Where the items of a numbered list flattened into ``line`` start (the blank before each number): numbers
    that count on from 1 ("1. …  2. …  3. …"), two or more, each item :data:`MIN_FLAT_ITEM` long or longer."""
    starts: list[int] = []
    run: list[re.Match] = []
    for m in _FLAT_NUMBER.finditer(line):
        number = int(m.group(1))
        if run and number == int(run[-1].group(1)) + 1 and m.start() - run[-1].end() >= MIN_FLAT_ITEM:
            run.append(m)
            continue
        if len(run) >= MIN_FLAT_MARKS:
            starts.extend(r.start() for r in run)
        run = [m] if number == 1 else []
    if len(run) >= MIN_FLAT_MARKS:
        starts.extend(r.start() for r in run)
    return starts


def _flat_breaks(doc: Document) -> Document:
    """Give back the line breaks of a body flattened into one long line. A list mark (" - ", " • ", " * " …) used
    two or more times in the line, each before a capital or a digit and after some text, starts an item; a known
    heading starts a line, and so does its text, where it follows a sentence's end (or opens the line) and comes
    before a capital, a digit, a colon or a list mark, or, in a line already read as flattened that way, follows an
    item's last word ("… within 90 days of hire Preferred Qualifications - Associate degree"). Only lines of at
    least :data:`MIN_FLAT_LINE` characters: a short line that holds a heading word or a dash is a title, a chip
    row or a sentence, and is left as it is."""
    text = doc.text
    pattern = _glue_headings(with_common=True)
    edits: list[Edit] = []
    for ls, le in _lines(text):
        if le - ls < MIN_FLAT_LINE:
            continue
        line = text[ls:le]
        opening = len(line) - len(line.lstrip())  # where the line's text starts
        strong: list[Edit] = []
        weak: list[Edit] = []
        by_mark: dict[str, list[re.Match]] = {}
        listed: set[int] = set()  # where the marks of a list stand
        depth = 0
        pos = 0
        for m in _FLAT_MARK.finditer(line):
            depth += line.count("(", pos, m.start()) - line.count(")", pos, m.start())
            pos = m.start()
            range_dash = line[m.end()].isdigit() and _FLAT_RANGE_LEFT.search(line, max(0, m.start() - 12), m.start()) is not None
            if depth <= 0 and not range_dash:  # "(2:00 PM - 10:30 PM, Monday - Friday)", "34 000 € - 38 000 €": a range, no item
                by_mark.setdefault(m.group(1), []).append(m)
        for marks in by_mark.values():
            items = [m for m in marks if not line[m.end()].islower()]
            if not _flat_list(items):
                items = []  # "A - B - C": a row of short names, not a list
            items.extend(_lower_items(line, marks))
            strong.extend((ls + m.start(), ls + m.start() + 1, "\n") for m in items)
            listed.update(m.start() for m in items)
        for m in _numbered_run(line):  # "… include: 1. Writing SQL queries … 2. Building dashboards …"
            strong.append((ls + m, ls + m + 1, "\n"))
            listed.add(m)
        for m in pattern.finditer(line) if pattern is not None else ():
            s, e = m.span()
            back = max(opening, s - _FLAT_LOOK_BACK)  # a bounded look back: linear time
            left = line[back:s].rstrip()
            after = line[e : e + 2]
            if after == " :":  # French typography: "Missions : - Assurer …"
                e += 1
                after = line[e : e + 2]
            colon = after[:1] == ":"
            marked = after[:1] == " " and e in listed  # "The role - Night Planner - reports …": one dash makes no list
            if not (colon or marked or (after[:1] == " " and (after[1:2].isupper() or after[1:2].isdigit()))):
                continue
            if left and line[s - 1] != " ":
                continue
            splits = [(ls + s - 1, ls + s, "\n")] if left else []
            cut = e + 1 if colon else e
            if cut < len(line) and line[cut] == " " and not marked:
                splits.append((ls + cut, ls + cut + 1, "\n"))
            if not left or (left[-1] in _SENTENCE_END and not _ENTITY_END.search(left)):
                strong.extend(splits)
            elif (left[-1].isalnum() or left[-1] == ")") and not _heading_word_before(left, back == opening):
                weak.extend(splits)  # after an item's last word, not after a dash, a comma or a heading's first word ("Qualification Requirements")
        for m in _FLAT_LIST_LABEL.finditer(line):  # a label that opens a list: "… (1 week in 7) Our requirements: - min. 5 years"
            word = line[max(0, m.start() - _FLAT_LOOK_BACK) : m.start()].rsplit(" ", 1)[-1]
            if m.end() in listed and (word[-1:] in ".!?)" or word[-1:].isdigit() or word[:1].islower()):
                strong.append((ls + m.start(), ls + m.start() + 1, "\n"))
        if listed:  # the last item runs on into a label the list does not hold: "- Spoken Kiswahili Terms: 12-month contract"
            tail = _FLAT_TAIL_LABEL.search(line, max(listed) + 2)
            if tail is not None:
                strong.append((ls + tail.start(), ls + tail.start() + 1, "\n"))
        if strong:
            edits.extend(strong + weak)
    return _apply(doc, sorted(set(edits)))


# --------------------------------------------------------------------------- 5. boilerplate


_BULLET_START = re.compile(r"^\s*(?:[-•*+·▪◦●○■□➢➤►›»~‣⁃]|\d{1,2}[.)])\s")
_CHROME_STRIP = " .:|-–—•*>»«/\\"


# Posting metadata a line may carry: a "Label: value" pair (a label of one to four words), an
# amount of money, a date, or a workplace/contract/pay-period word on a short line.  Such a line is
# never chrome, never a dropped header repeat, and the footer cut does not take it with the footer.
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’./&()-]*")
MAX_LABEL_LEN = 40
MAX_LABEL_WORDS = 4
_MONEY = re.compile(r"(?:[$€£¥₹₱₩]|\b(?:R\$?|RM|Rs\.?|CHF|USD|EUR|GBP|CAD|AUD|INR|AED|SAR|PKR|EGP|zł))\s?\d|\d\s?(?:[$€£¥₹]|zł|(?:USD|EUR|GBP|CHF|INR)\b)")
_DATE_LIKE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}\b",
    re.IGNORECASE,
)
MAX_METADATA_WORDS = 6  # a bare metadata word counts on a line this short ("Hourly", "Full-time · Remote")
# a short line that ends in a reference code with letters, digits and "-" or "/" ("Nabídka práce č. JC-2025-88213",
# "Vacancy ref CVC/CF/0417"): the posting's id, kept when the footer after it is cut
_ID_CODE_END = re.compile(r"(?<!\S)(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]*[A-Za-z])[A-Za-z0-9]{1,10}(?:[-/][A-Za-z0-9]{1,12}){1,5}$")


def _colon(t: str) -> int:
    """Where the first ':' (or a full-width one) of ``t`` is within a label's length, -1 for none."""
    c = t.find(":", 0, MAX_LABEL_LEN + 3)
    return c if c >= 0 else t.find("\uff1a", 0, MAX_LABEL_LEN + 3)


def _labelled(t: str) -> bool:
    """Whether ``t`` is a "Label: value" line: one to four words, a colon, then a value."""
    c = _colon(t)
    if c <= 0 or not t[c + 1 :].strip():
        return False
    words = t[:c].strip(" -•*·").split()
    return 0 < len(words) <= MAX_LABEL_WORDS and all(_LABEL_WORD.fullmatch(w) for w in words)


@cache
def _metadata_words() -> frozenset[str]:
    """Words that make a short line posting metadata (``menu_keep_words`` and ``metadata_words``)."""
    return _boilerplate().menu_keep | frozenset(w.lower() for w in _load("boilerplate.json").get("metadata_words", []))


def _is_metadata(line: str) -> bool:
    """Whether ``line`` states posting metadata: a labelled value, pay, a date, or a workplace/contract word.

    Args:
        line: one line of clean text.
    """
    t = line.strip()
    if not t or len(t) > 200:
        return False
    if _labelled(t):
        label = t[: _colon(t)].strip(_CHROME_STRIP)
        boiler = _boilerplate()
        chrome = (boiler.line is not None and boiler.line.fullmatch(label)) or (boiler.glued is not None and boiler.glued.fullmatch(label))
        if not chrome:
            return True
    if _MONEY.search(t) or _DATE_LIKE.search(t):
        return True
    if len(t.split()) <= MAX_METADATA_WORDS and _ID_CODE_END.search(t):
        return True
    return len(t.split()) <= MAX_METADATA_WORDS and _has_metadata_word(t)


def _has_metadata_word(line: str) -> bool:
    """Whether ``line`` holds a workplace, contract or pay-period word (``_metadata_words``) anywhere."""
    vocab = _metadata_words()
    return any(w.strip(_CHROME_STRIP + ",;()").lower() in vocab for w in line.split())


_BILINGUAL_ITEM_WORDS = 4


def _is_boilerplate(line: str, *, single_words: bool) -> bool:
    """Whether ``line`` (stripped) is page chrome: no letters/digits, a whole-line chrome phrase, or mostly nav phrases.

    A line that states posting metadata (:func:`_is_metadata`) is never chrome.
    """
    t = line.strip()
    if not t:
        return False
    if not any(ch.isalnum() for ch in t):
        return True
    boiler = _boilerplate()
    core = t.strip(_CHROME_STRIP)
    if boiler.line is not None and boiler.line.fullmatch(core):
        if single_words or " " in core:
            return not _is_metadata(t)
    if boiler.line is not None and core.count(" / ") == 1 and ":" not in t:  # a menu item in two languages: "Prijava / Login" (not a heading: "Profil / Profile:")
        sides = [side.strip(_CHROME_STRIP) for side in core.split(" / ")]
        if all(len(side.split()) <= _BILINGUAL_ITEM_WORDS for side in sides) and any(boiler.line.fullmatch(side) for side in sides) \
                and not any(kind_of_heading(side) or classify_line(side, 0, "") for side in sides):  # ("Perfil / Profile" heads a list)
            return not _is_metadata(t)
    rest = t
    if boiler.glued is not None:
        rest = boiler.glued.sub(" ", t)
        if rest != t:
            total = sum(map(str.isalpha, t))
            remaining = sum(map(str.isalpha, rest))
            if remaining < 4 or (remaining <= 0.25 * total and remaining < 15):
                return not _is_metadata(t)
    # a row of chrome phrases ("Sign in | Join now"), or what a glued phrase leaves of its row ("Report job" + "Save")
    if boiler.line_run is not None and len(t.split()) <= _RUN_MAX_WORDS:
        rest = rest.strip(_CHROME_STRIP + "|·•/,: ")
        run = boiler.line_run.fullmatch(rest) or (rest != t.strip(_CHROME_STRIP) and boiler.line is not None and boiler.line.fullmatch(rest))
        if run:
            return not _is_metadata(t)
    return False


_FIELD_NAME_LINE = re.compile(r"(?i)(?:job[ \t]+)?(?:department|team|division|business[ \t]+unit|category|function|location|"
                              r"employment[ \t]+type|job[ \t]+type|schedule|shift|workplace(?:[ \t]+type)?|location[ \t]+type)")


def _under_label(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` is the value of a label or heading on the line before ("Location" / "Reno, NV")."""
    j = i - 1
    while j >= 0 and not text[lines[j][0] : lines[j][1]].strip():
        j -= 1
    if j < 0 or j < i - 2:
        return False
    prev = text[lines[j][0] : lines[j][1]].strip()
    if prev.endswith((":", "\uff1a")) or _FIELD_NAME_LINE.fullmatch(prev):
        return True  # "Department" / "Field Operations": a field's name over its value
    head = classify_line(prev, lines[j][0], text[lines[i][0] : lines[i][1]])
    return head is not None and bool(head.heading) and not head.inline


MIN_PROSE_WORDS = 15
MIN_PROSE_LOWER = 8


def _is_prose(line: str) -> bool:
    """Whether ``line`` reads as running text (many words, most in lower case), not header metadata."""
    words = line.split()
    if len(words) < MIN_PROSE_WORDS:
        return False
    return sum(1 for w in words if w[:1].islower()) >= MIN_PROSE_LOWER


def _first_content_heading(text: str, lines: list[tuple[int, int]]) -> Optional[int]:
    """Index of the first line holding a heading of a content kind (summary, responsibilities…)."""
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            continue
        nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
        head = classify_line(line, s, nxt)
        if head is None or not head.heading or head.kind not in CONTENT_KINDS:
            continue
        if head.inline and (head.kind in ("company", "legal") or len(line.strip()) - len(head.heading) < MIN_INLINE_BODY):
            continue
        return i
    return None


_AT_EMPLOYER_LINE = re.compile(r"[ \t]*(?:at|@)[ \t]+[A-Z0-9][^\n]{0,60}$")  # Greenhouse's line under a job's heading: "at Lumenfold"


# a result card's pay line, a figure with its currency sign ("£45K/yr - £52K/yr", "$56K - $64K (Employer est.)"); the rules'
# search-result cards (rules/base.py) read it too
CARD_PAY_LINE = re.compile(r"[ \t]*(?:[$£€₹₱₡]|[A-Z]{1,3}\$|(?:Q|S/|Bs\.?|(?:MXN|ARS|CLP|COP|PEN|GTQ|BRL|USD|EUR|GBP|INR)[ \t]))[ \t]?\d")  # ("Q 5,800.00 (Mensual)")
CARD_POINTER = re.compile(r"[ \t]*[▸►▶][ \t]")  # a card opening with the board's pointer mark, no blank line between cards


def _in_result_card(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` belongs to a result card: a block of three to six short lines (between blank lines, or from
    one pointer-marked line to the next) holding a pay line of its own, as a board's list of jobs shows each one."""
    lo = i
    while lo > 0 and text[lines[lo - 1][0] : lines[lo - 1][1]].strip() and not CARD_POINTER.match(text, *lines[lo]):
        lo -= 1
    hi = i
    while hi + 1 < len(lines) and text[lines[hi + 1][0] : lines[hi + 1][1]].strip() and not CARD_POINTER.match(text, *lines[hi + 1]):
        hi += 1
    block = [text[a:b] for a, b in lines[lo : hi + 1]]
    return 3 <= len(block) <= 6 and all(len(line) <= 80 for line in block) and any(CARD_PAY_LINE.match(line) for line in block)


def _cut_boilerplate(doc: Document, glued: bool) -> Document:
    """Drop chrome lines, repeated header lines and the page footer."""
    text = doc.text
    if not text:
        return doc
    boiler = _boilerplate()
    lines = _lines(text)
    first_head = _first_content_heading(text, lines)
    # The header (where repeated short lines and single chrome words go) ends at the first
    # content heading or the first line of prose, whichever comes first: a page without a known
    # heading is not all header.
    header_end = first_head if first_head is not None else len(lines)
    for i in range(header_end):
        s, e = lines[i]
        if _is_prose(text[s:e]) and not _is_boilerplate(text[s:e], single_words=False):  # a cookie banner is no prose
            header_end = i
            break
    # footer: the first footer marker after the first content heading (or in the second half without one, of
    # the lines or of the characters: a newspaper ad written as one paragraph is one long line)
    footer_at = None
    if first_head is not None:
        begin = first_head + 1
    else:
        half = len(text) // 2
        begin = max(1, min(len(lines) // 2, next((i for i, (s, _) in enumerate(lines) if s >= half), len(lines))))
    if boiler.footer is not None or boiler.footer_anywhere is not None:
        at_start, anywhere = boiler.footer or _NEVER, boiler.footer_anywhere or _NEVER
        for i in range(begin, len(lines)):
            s, e = lines[i]
            t = text[s:e].strip()
            if t and len(t) <= 150 and (at_start.match(t) or anywhere.search(t)):
                footer_at = i
                break
    body_end = footer_at if footer_at is not None else len(lines)
    drop = [False] * len(lines)
    header_seen: dict[str, int] = {}  # a short header line's text → where it first occurs
    for i in range(body_end):
        if i == first_head:
            continue
        s, e = lines[i]
        line = text[s:e]
        in_header = i < header_end
        if _is_boilerplate(line, single_words=glued or in_header):
            drop[i] = True
            continue
        if in_header:
            key = " ".join(line.split()).lower()
            if key and len(key.split()) <= 12 and not _BULLET_START.match(line):
                if key in header_seen:
                    # "Hourly" again beside a pay line, a location again under "Location": values, no repeats; a heading
                    # again over "at <Employer>" is the posting's own, under a careers board's list of openings; so is
                    # a title or employer a result card above gave (the opened job's header under the list)
                    drop[i] = not _is_metadata(line) and not _under_label(text, lines, i) \
                        and not (i + 1 < len(lines) and _AT_EMPLOYER_LINE.match(text, *lines[i + 1])) \
                        and not _in_result_card(text, lines, header_seen[key])
                else:
                    header_seen[key] = i
    if footer_at is not None:
        # the footer takes with it the chrome and header repeats right before it (on a page without
        # a known heading: any short line, such as a country picker), never a line that states posting
        # metadata ("Reference: …", a pay line, "Trabalho presencial …")
        j = footer_at - 1
        while j >= begin:
            s, e = lines[j]
            t = text[s:e].strip()
            if not t or drop[j]:
                j -= 1
                continue
            key = " ".join(t.split()).lower()
            short = first_head is None and len(key.split()) <= 12 and not _BULLET_START.match(t)
            if (short or header_seen.get(key, j) < j) and not _is_metadata(t) and not _has_metadata_word(t):
                j -= 1
                continue
            break
        for i in range(j + 1, len(lines)):
            drop[i] = True
    edits: list[Edit] = []
    for i, (s, e) in enumerate(lines):
        if drop[i]:
            end = min(e + 1, len(text))
            if edits and edits[-1][1] == s:
                edits[-1] = (edits[-1][0], end, "")  # merge runs of dropped lines
            else:
                edits.append((s, end, ""))
    return _apply(doc, edits)


# --------------------------------------------------------------------------- 1b. one record of a CSV export


# a header row of column names ("req_id,title,department,location,…"), at least four of them
_CSV_HEADER_RE = re.compile(r"[ \t]*[A-Za-z][A-Za-z0-9_ ]{0,40}(?:,[A-Za-z][A-Za-z0-9_ ]{0,40}){3,}[ \t]*\r?\n")
_CSV_FIELD_RE = re.compile(r'"(?:[^"]|"")*"|[^,\n"]*')
_CSV_TITLE_COLUMNS = frozenset({"title", "job title", "job_title", "jobtitle", "position", "position title", "role", "job name"})


def _csv_record(doc: Document) -> Document:
    """An ATS or board's CSV export of one posting (a header row of column names, one record under it) as
    labelled lines, one per filled cell ("salary_min,…" / "72000,…" → "Salary min: 72000"), so the rules
    read the cells as they read a labelled page. The label stands at its cell (zero width); the cell's text
    keeps its offsets (a quoted cell without its quotes, a doubled quote as one). Any other text, or a CSV
    of several records or with no title column, is left as it is."""
    text = doc.text
    head = _CSV_HEADER_RE.match(text)
    if head is None:
        return doc
    names = [n.strip() for n in head.group().split(",")]
    if not any(n.lower() in _CSV_TITLE_COLUMNS for n in names):
        return doc
    cells, pos = _record_cells(text, head.end(), _CSV_FIELD_RE, ",", len(names) + 1)
    if len(cells) != len(names) or text[pos:].strip():
        return doc
    builder = TextBuilder(doc)
    for name, (start, end) in zip(names, cells):
        if end - start >= 2 and text[start] == '"':
            start, end = start + 1, end - 1
        if not text[start:end].strip():
            continue
        label = name.replace("_", " ").strip()
        builder.insert(label[:1].upper() + label[1:] + ": ", start)
        _copy_csv_cell(builder, text, start, end)
        builder.insert("\n", end)
    return builder.build()


def _record_cells(text: str, pos: int, cell_re: re.Pattern[str], separator: str, most: int) -> tuple[list[tuple[int, int]], int]:
    """The ``(start, end)`` of a record's cells from ``pos`` on (each matched by ``cell_re``, ``separator`` between them,
    at most ``most``), and where the record ends."""
    cells: list[tuple[int, int]] = []
    while len(cells) < most and pos <= len(text):
        cell = cell_re.match(text, pos)
        cells.append((cell.start(), cell.end()))
        pos = cell.end()
        if text[pos : pos + 1] != separator:
            break
        pos += 1
    return cells, pos


def _copy_csv_cell(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Copy a CSV cell's text ``text[start:end]`` (its quotes already left out) with each doubled quote as one."""
    at = start
    for quote in re.finditer('""', text[start:end]):
        builder.copy(at, start + quote.start())
        builder.replace('"', start + quote.start(), start + quote.end())
        at = start + quote.end()
    builder.copy(at, end)


# a vertical export's header: two columns, the field's name and its value ("field,value", "key,value", "Property,Value")
_CSV_PAIR_HEADER_RE = re.compile(r"[ \t]*(?i:field|key|name|attribute|property|column|label)[ \t]*,[ \t]*(?i:value|content|text|data)[ \t]*\r?\n")
_CSV_PAIR_NAME_RE = re.compile(r"[ \t]*(?P<name>[A-Za-z][A-Za-z0-9_ .-]{0,40})[ \t]*,")
MIN_CSV_PAIR_ROWS = 5


def _csv_field_rows(doc: Document) -> Document:
    """A CSV export of one posting written one row per field under a "field,value" header ("title,Logistics Planner",
    a quoted cell over several lines for the description) as labelled lines ("Title: Logistics Planner"; a cell of
    several lines under its label on a line of its own), so the rules read it as a labelled page. The cells keep their
    offsets (a quoted cell without its quotes, a doubled quote as one). Any other text, or an export of fewer than five
    rows or with no title row, is left as it is."""
    text = doc.text
    head = _CSV_PAIR_HEADER_RE.match(text)
    if head is None:
        return doc
    rows: list[tuple[str, int, int]] = []
    pos = head.end()
    while pos < len(text):
        name = _CSV_PAIR_NAME_RE.match(text, pos)
        if name is None:
            if text[pos:].strip():
                return doc  # a line that is no row: not such an export
            break
        cell = _CSV_FIELD_RE.match(text, name.end())
        rows.append((name.group("name").strip(), cell.start(), cell.end()))
        pos = cell.end()
        if text[pos : pos + 1] not in ("\n", "\r", ""):
            return doc
        pos = text.find("\n", pos)
        pos = len(text) if pos < 0 else pos + 1
    if len(rows) < MIN_CSV_PAIR_ROWS or not any(n.lower() in _CSV_TITLE_COLUMNS for n, _, _ in rows):
        return doc
    builder = TextBuilder(doc)
    for name, start, end in rows:
        if end - start >= 2 and text[start] == '"':
            start, end = start + 1, end - 1
        if not text[start:end].strip():
            continue
        label = name.replace("_", " ").strip()
        builder.insert(label[:1].upper() + label[1:] + (":\n" if "\n" in text[start:end] else ": "), start)
        _copy_csv_cell(builder, text, start, end)
        builder.insert("\n\n" if "\n" in text[start:end] else "\n", end)
    return builder.build()


# --------------------------------------------------------------------------- calendar invites


_ICS_START = re.compile(r"^BEGIN:V(?:CALENDAR|EVENT|CARD)[ \t]*\r?$", re.M)
_ICS_END = re.compile(r"^END:V(?:CALENDAR|CARD)[ \t]*\r?$", re.M)
_ICS_PROPERTY = re.compile(r"(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<params>(?:;[^:\n]*)?):")
_ICS_ESCAPE = re.compile(r"\\([nN,;\\])")
_ICS_CN = re.compile(r";CN=(?:\"(?P<q>[^\"\n]*)\"|(?P<v>[^;:\n]*))", re.IGNORECASE)
# the properties a reader of the invite sees, with the label their value gets: the event's title, place and
# description, its organiser's name; the rest (ids, stamps, times, alarms) is the calendar's bookkeeping
_ICS_SHOWN = {"SUMMARY": "", "LOCATION": "Location: ", "DESCRIPTION": "", "ORGANIZER": "Organizer: ", "CONTACT": "Contact: "}
# a vCard (RFC 6350, a contact export holding a vacancy in its note): the organisation, its address, the note, and
# the exporting tool's own "X-" fields ("X-JOB-REF:…" → "Job ref: …"); names, phones and stamps are the contact's
_VCARD_SHOWN = {"ORG": "Organization: ", "ADR": "Address: ", "NOTE": ""}


def _ics_record(doc: Document) -> Document:
    """An iCalendar file (a hiring event's invite, RFC 5545) or a vCard (:data:`_VCARD_SHOWN`) as the text its reader sees: folded lines joined (the line
    break and the one space or tab that folds them go), the escapes read ("\\n" a line break, "\\," a comma), the
    title, place, description and organiser's name kept, one per paragraph, and the calendar's bookkeeping (ids,
    stamps, times, alarms) left out. The kept text keeps its offsets. Any other text is left as it is."""
    text = doc.text
    begin = _ICS_START.search(text, 0, 5000)
    if begin is None or _ICS_PROPERTY.match(text, begin.end() + 1) is None:
        return doc
    end_mark = _ICS_END.search(text, begin.end())
    block_end = end_mark.end() if end_mark is not None else len(text)
    props: list[list[tuple[int, int]]] = []
    for start, end in _lines(text[: block_end]):
        if start < begin.start():
            continue
        if end > start and text[end - 1] == "\r":
            end -= 1
        if end > start and text[start] in " \t" and props:
            props[-1].append((start + 1, end))  # a folded line: its first space or tab is the fold's
        elif end > start and props and _ICS_PROPERTY.match(text, start, end) is None:
            props[-1].append((start - 1, end))  # a line a mail client wrapped again: its line break kept
        elif end > start:
            props.append([(start, end)])
    builder = TextBuilder(doc)
    builder.copy(0, begin.start())  # what stands around the calendar (a mail's text) is kept as it is
    vcard = begin.group().strip().upper() == "BEGIN:VCARD"
    in_alarm = False
    for parts in props:
        first_start, first_end = parts[0]
        line = text[first_start:first_end]
        m = _ICS_PROPERTY.match(line)
        if m is None:
            continue
        name = m.group("name").upper()
        value = line[m.end() :].strip().upper()
        if name in ("BEGIN", "END") and value == "VALARM":
            in_alarm = name == "BEGIN"
            continue
        if vcard:
            label = _VCARD_SHOWN.get(name, _json_key_label(name[2:].replace("-", "_")) + ": " if name.startswith("X-") else None)
            if label is None:
                continue
            if name == "ADR":  # ";;14 Lee Road;Cork;;T23 KX80;Ireland": the address's parts, the empty ones left out
                work = re.search(r"(?i)type=[^:;]*\bwork\b", line[: m.end()]) is not None
                builder.insert("Work address: " if work else label, first_start + m.end())
                parts_at = [(a, b) for a, b in _semicolon_parts(text, first_start + m.end(), first_end) if b > a]
                for k, (a, b) in enumerate(parts_at):
                    builder.copy(a, b)
                    if k + 1 < len(parts_at):
                        builder.insert(", ", b)
                builder.insert("\n\n", parts[-1][1])
                continue
            _write_ics_value(builder, text, label, first_start + m.end(), first_end, parts)
            continue
        if in_alarm or name not in _ICS_SHOWN:
            continue
        if name == "ORGANIZER":
            cn = _ICS_CN.search(line, 0, m.end())
            if cn is None:
                continue
            group = "q" if cn.group("q") is not None else "v"
            builder.insert(_ICS_SHOWN[name], first_start)
            builder.copy(first_start + cn.start(group), first_start + cn.end(group))
            builder.insert("\n\n", first_end)
            continue
        _write_ics_value(builder, text, _ICS_SHOWN[name], first_start + m.end(), first_end, parts)
    builder.copy(block_end, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


def _write_ics_value(builder: TextBuilder, text: str, label: str, start: int, first_end: int, parts: list[tuple[int, int]]) -> None:
    """Write ``label`` and a property's value (from ``start`` on its first line, then its folded lines), its escapes read,
    as one paragraph."""
    builder.insert(label, start)
    for piece_start, piece_end in [(start, first_end), *parts[1:]]:
        at = piece_start
        for esc in _ICS_ESCAPE.finditer(text, piece_start, piece_end):
            builder.copy(at, esc.start())
            char = esc.group(1)
            builder.replace("\n" if char in "nN" else char, esc.start(), esc.end())
            at = esc.end()
        builder.copy(at, piece_end)
    builder.insert("\n\n", parts[-1][1])


def _semicolon_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between its semicolons, blanks trimmed."""
    out, at = [], start
    for i in range(start, end + 1):
        if i == end or text[i] == ";":
            out.append(_stripped(text, at, i))
            at = i + 1
    return out


# --------------------------------------------------------------------------- LaTeX sources


_LATEX_HINT = re.compile(r"\\documentclass\b|\\begin\{document\}")
_LATEX_COMMANDS = re.compile(r"\\(?:section|subsection|textbf|emph|item|begin|end|textit|href)\b")
_LATEX_BODY = re.compile(r"\\begin\{document\}[ \t]*\r?\n?")
_LATEX_END = re.compile(r"\\end\{document\}")
# each LaTeX form and what a reader of the typeset page sees in its place (None: nothing; a str: that text)
_LATEX_FORMS: list[tuple[str, Optional[str]]] = [
    (r"(?<!\\)%[^\n]*\n?", None),                                   # a comment, to the line's end
    (r"\$\\cdot\$|\\textperiodcentered\b|\\textbullet\b", "·"),
    (r"\\pounds(?![A-Za-z])[ ]?", "£"), (r"\\(?:text)?euro(?![A-Za-z])[ ]?", "€"), (r"\\textdollar(?![A-Za-z])[ ]?", "$"), (r"\\textbar(?![A-Za-z])", "|"),
    (r"\\([$%&_#{}])", None),                                       # an escaped character: itself (handled below)
    (r"\\\\(?:\[[^\]\n]*\])?[ \t]*", "\n"),                         # a forced line break, "\\[4pt]"
    (r"\\(?:sub)*section\*?\{|\\paragraph\*?\{|\\subsubsection\*?\{", "\n"),  # a heading: its own paragraph
    (r"\\item\b(?:\[[^\]\n]*\])?[ \t]*", "- "),
    (r"(?s:\\begin\{(?P<pic>tikzpicture|picture|figure)\}.*?\\end\{(?P=pic)\})", None),  # a drawing: no text
    (r"\\(?:begin|end)\{[^{}\n]*\}(?:\[[^\]\n]*\]|\{[^{}\n]*\})*[ \t]*", None),
    (r"\\href\{[^{}\n]*\}", None),                                  # a link's address ("\href{url}{text}" keeps its text)
    (r"\\(?:vspace|hspace|setlist|label|ref|pagestyle|thispagestyle|setlength|addtolength|newcommand|renewcommand|includegraphics|color|fontsize|qrcode)\*?"
     r"(?:\[[^\]\n]*\])?\{[^{}\n]*\}(?:\{[^{}\n]*\})?", None),       # a command whose arguments are no text
    (r"\\textcolor\{[^{}\n]*\}", None),                            # "\textcolor{red}{text}": the colour goes, the text stays
    (r"\\q?quad\b[ ]?", "  "),
    (r"\\(?:ldots|dots)(?![A-Za-z])", "…"), (r"---", "—"), (r"--", "–"), (r"``|''", '"'),
    (r"\\[ ,;!]", " "), (r"~", " "),
    (r"\\[A-Za-z]+\*?(?:\[[^\]\n]*\])?[ ]?", None),                 # any other command: its name goes, its argument's text stays
    (r"[{}$]", None),                                                # groups and math shifts
]
_LATEX_FORM = re.compile("|".join(f"(?P<f{i}>{pattern})" for i, (pattern, _) in enumerate(_LATEX_FORMS)))


def _latex_source(doc: Document) -> Document:
    """A posting's LaTeX source (an advert template) as the text its typeset page shows: the preamble, comments
    and layout commands gone, headings on their own lines, items as "- " lines, forced breaks as line breaks,
    "\\textbf{X}" as X, "\\pounds" as "£", "--" as "–". The text keeps its offsets. Any other text is left as it is."""
    text = doc.text
    if not _LATEX_HINT.search(text) and len(_LATEX_COMMANDS.findall(text, 0, 20_000)) < 6:
        return doc
    body = _LATEX_BODY.search(text)
    start = body.end() if body is not None else 0
    end_mark = _LATEX_END.search(text, start)
    return _read_latex(doc, start, end_mark.start() if end_mark is not None else len(text))


def _read_latex(doc: Document, start: int, end: int) -> Document:
    """``doc.text[start:end]`` as the text its typeset page shows (see :func:`_latex_source`); the rest goes."""
    text = doc.text
    builder = TextBuilder(doc)
    builder.insert("", start)
    at = start
    for m in _LATEX_FORM.finditer(text, start, end):
        builder.copy(at, m.start())
        index = int(m.lastgroup[1:])
        replacement = _LATEX_FORMS[index][1]
        if m.group().startswith("\\") and len(m.group()) == 2 and m.group()[1] in "$%&_#{}":
            builder.copy(m.start() + 1, m.end())  # "\&" is "&"
        elif replacement:
            builder.replace(replacement, m.start(), m.end())
        at = m.end()
    builder.copy(at, end)
    out = builder.build()
    return out if out.text.strip() else doc


# --------------------------------------------------------------------------- Texinfo source

# a LyX document: "#LyX 2.3 created this file", its layouts between "\begin_layout Name" and "\end_layout"
_LYX_HEAD = re.compile(r"\A#LyX[ \t]+\d")
_LYX_COMMAND = re.compile(r"\\(?P<cmd>[a-z_]+)(?:[ \t]+(?P<arg>[^\n]*?))?[ \t]*$")
_LYX_ITEM_LAYOUTS = frozenset({"Itemize", "Enumerate"})
_LYX_SHOWN_INSET_KEY = re.compile(r'name[ \t]+"(?P<v>[^"\n]*)"[ \t]*$')  # a link's text ("target" is its address)


def _lyx_source(doc: Document) -> Document:
    """A posting's LyX source as its printed page: each layout (title, section, paragraph) on its own lines, an
    Itemize or Enumerate layout as a "- " item, a Newline inset a line break, a link's shown text kept; the header,
    font commands ("\\series bold") and inset parameters left out. LyX breaks a paragraph's text over lines with the
    space at the next line's start, so those breaks go. Any other text is left as it is."""
    text = doc.text
    body = text.find("\\begin_body")
    if _LYX_HEAD.match(text) is None or body < 0:
        return doc
    builder = TextBuilder(doc)
    insets: list[str] = []  # the open insets' kinds
    line_start = text.find("\n", body) + 1
    while 0 < line_start < len(text):
        end = text.find("\n", line_start)
        end = len(text) if end < 0 else end
        s, line_start = line_start, end + 1
        command = _LYX_COMMAND.match(text, s, end) if text.startswith("\\", s) else None
        if command is not None:
            cmd, arg = command.group("cmd"), command.group("arg") or ""
            if cmd == "begin_layout":
                builder.insert("\n- " if arg in _LYX_ITEM_LAYOUTS else "\n", s)
            elif cmd == "end_layout":
                builder.insert("\n", s)
            elif cmd == "begin_inset":
                kind = arg.split(" ")[0]
                insets.append(kind)
                builder.insert({"Newline": "\n", "Quotes": '"'}.get(kind, ""), s)
            elif cmd == "end_inset":
                del insets[-1:]
            elif cmd == "backslash":
                builder.insert("\\", s)
            continue
        if insets and insets[-1] not in ("Text", "Flex", "Foot", "Box"):
            shown = _LYX_SHOWN_INSET_KEY.match(text, s, end)
            if shown is not None:  # a link's text
                builder.copy(*shown.span("v"))
            continue
        if insets and text.startswith("status ", s):
            continue  # an inset's open/collapsed state
        builder.copy(s, end)  # a paragraph's text: its line break is LyX's, the space opens the next line
    out = builder.build()
    return out if out.text.strip() else doc


# a Lout document: "@SysInclude { doc }", "@Doc @Text @Begin"; its symbols ("@B", "@Heading"), braces and comments
_LOUT_HEAD = re.compile(r"^@(?:SysInclude|Include)[ \t]*\{[^}\n]*\}|^@(?:Doc|Report|Book)[ \t]+@Text[ \t]+@Begin", re.M)
_LOUT_TOKEN = re.compile(r'@(?P<sym>[A-Za-z]+)(?P<open>[ \t]*\{)?|(?P<brace>[{}])|"(?P<quoted>[^"\n]*)"|(?m:^[ \t]*#[^\n]*\n?)')
_LOUT_LINE_SYMBOLS = frozenset({"Heading", "Title", "Display", "CentredDisplay", "CenteredDisplay", "LeftDisplay", "IndentedDisplay", "Section", "SubSection"})
_LOUT_BREAKS = frozenset({"LP", "LLP", "PP", "DP", "NP", "CNP", "BulletList", "NumberedList", "List", "EndList", "LeftList", "IndentedList", "End", "Begin"})


def _lout_source(doc: Document) -> Document:
    """A posting's Lout source (typeset with ``lout``) as its printed page: a heading or display on its own line, a
    "@ListItem { … }" as a "- " line, a paragraph symbol ("@LP", "@PP") a line break; font symbols ("@B { … }"),
    braces, the include and document lines and "#" comments left out, a quoted string's text kept. Any other
    text is left as it is."""
    text = doc.text
    head = _LOUT_HEAD.search(text, 0, 5_000)
    if head is None:
        return doc
    builder = TextBuilder(doc)
    braces: list[str] = []  # what each open brace closes with
    at = 0
    for m in _LOUT_TOKEN.finditer(text):
        builder.copy(at, m.start())
        at = m.end()
        sym = m.group("sym")
        if sym in ("SysInclude", "Include") and m.group("open"):
            close = text.find("}", m.end())
            at = close + 1 if close >= 0 else at  # the included package's name
        elif sym is not None and m.group("open"):
            lead = "\n- " if sym == "ListItem" else "\n" if sym in _LOUT_LINE_SYMBOLS else ""
            builder.insert(lead, m.start())
            braces.append("\n" if lead else "")
        elif sym is not None:
            builder.insert("\n" if sym in _LOUT_BREAKS else "", m.start())
        elif m.group("brace") == "{":
            braces.append("")
        elif m.group("brace") == "}":
            builder.insert(braces.pop() if braces else "", m.start())
        elif m.group("quoted") is not None:
            builder.copy(*m.span("quoted"))
        else:
            builder.insert("\n", m.start())  # a comment line
    builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


# a TeXmacs document: "<TeXmacs|2.1>", its text in "<\body>" … "</body>", tags "<name|arg|…>" and blocks "<\name>" … "</name>"
_TEXMACS_HEAD = re.compile(r"\A[ \t\n]*<TeXmacs\|[\d.]+>")
_TEXMACS_TOKEN = re.compile(r"<\\(?P<block>[\w-]+)(?:(?P<bargs>\|)|>)|</(?P<close>[\w-]+)>|<(?P<tag>[\w-]+)(?:(?P<targs>\|)|>)|\\\||\||>")
_TEXMACS_WRAP = re.compile(r"[ \t]*\n[ \t]*(?!\n)")  # a line break inside a paragraph (a blank line ends one)
_TEXMACS_LINE_TAGS = frozenset("doc-title doc-subtitle doc-date doc-author author-name chapter section subsection subsubsection paragraph".split())
_TEXMACS_HIDDEN = frozenset("label style image initial collection associate hidden specific".split())
_TEXMACS_SIGNS = {"less": "<", "gtr": ">", "item": "\n- ", "next-line": "\n", "new-line": "\n"}


def _texmacs_source(doc: Document) -> Document:
    """A posting's TeXmacs source as its printed page: the document's title, headings and dates on their own lines,
    "<item>" a "- " line, a "<with|…|text>" tag's text without its settings, a link's shown text; the style, the
    page settings and labels left out, "\\|" read as "|". Any other text is left as it is."""
    text = doc.text
    body = text.find("<\\body>")
    if _TEXMACS_HEAD.match(text) is None or body < 0:
        return doc
    builder = TextBuilder(doc)
    tokens = list(_TEXMACS_TOKEN.finditer(text, body + len("<\\body>")))
    # each open tag: [name, argument number, whether it shows]; an argument shows when the tag and its parents show it
    stack: list[list] = []
    at = body + len("<\\body>")

    def shown() -> bool:
        return all(_texmacs_arg_shown(f[0], f[1], f[3]) for f in stack)

    def arg_count(i: int) -> int:  # how many arguments the tag opened at token i has (depth-counted)
        depth, count = 0, 1
        for t in tokens[i + 1 :]:
            g = t.group()
            if t.group("tag") and t.group("targs") or t.group("block") and t.group("bargs"):
                depth += 1
            elif t.group("tag") or t.group("block") or t.group("close") or g == "\\|":
                continue
            elif g == "|" and depth == 0:
                count += 1
            elif g == ">":
                if depth == 0:
                    return count
                depth -= 1
        return count

    def copy_text(start: int, end: int) -> None:  # the file's line breaks inside a paragraph are spaces
        for wrap in _TEXMACS_WRAP.finditer(text, start, end):
            if text[wrap.start() - 1] != "\n":
                builder.copy(start, wrap.start())
                builder.replace(" ", wrap.start(), wrap.end())
                start = wrap.end()
        builder.copy(start, end)

    for i, m in enumerate(tokens):
        if shown():
            copy_text(at, m.start())
        at = m.end()
        g = m.group()
        if m.group("close") == "body":
            break
        if m.group("block"):
            if m.group("bargs"):
                stack.append([m.group("block"), 0, "block-args", 0])  # a block's settings: never shown
            elif shown() and m.group("block") in _TEXMACS_LINE_TAGS:
                builder.insert("\n", m.start())
        elif m.group("close"):
            if shown():
                builder.insert("\n", m.start())
        elif m.group("tag"):
            name = m.group("tag")
            if m.group("targs"):
                if shown() and name in _TEXMACS_LINE_TAGS:
                    builder.insert("\n", m.start())
                stack.append([name, 0, "tag", arg_count(i) if name == "with" else 0])
            elif shown():
                builder.insert(_TEXMACS_SIGNS.get(name, ""), m.start())
        elif g == "\\|":
            if shown():
                builder.replace("|", m.start(), m.end())
        elif g == "|" and stack:
            stack[-1][1] += 1
            if shown() and stack[-1][0] not in ("with",):
                builder.insert(" ", m.start())
        elif g == ">" and stack:
            name, _, kind, _ = stack.pop()
            if shown() and kind == "tag" and name in _TEXMACS_LINE_TAGS:
                builder.insert("\n", m.start())
        elif shown():
            builder.copy(m.start(), m.end())  # a "|" or ">" in the text
    out = builder.build()
    return out if out.text.strip() else doc


def _texmacs_arg_shown(name: str, arg: int, count: int) -> bool:
    """Whether a TeXmacs tag's argument number ``arg`` is shown on the page (``count``: the tag's number of
    arguments, known for "with" only)."""
    if name in _TEXMACS_HIDDEN:
        return False
    if name == "with":
        return arg == count - 1  # "<with|font-series|bold|text>": the last argument is the text
    if name in ("hlink", "href", "block-args"):
        return arg == 0 and name != "block-args"
    return True


_TEXINFO_HINT = re.compile(r"\A[ \t]*\\input[ \t]+texinfo\b|^@(?:setfilename|settitle|node|chapter)[ \t]", re.M)
_TEXINFO_LINE = re.compile(r"[ \t]*@(?P<cmd>[a-z]+)(?:[ \t]+(?P<arg>[^\n]*?))?[ \t]*")
_TEXINFO_INLINE = re.compile(r"@(?P<cmd>[a-z]+)\{(?P<arg>[^{}\n]*)\}|@(?P<esc>[@{}])")
_TEXINFO_HEADINGS = frozenset("title subtitle chapter section subsection subsubsection heading subheading majorheading chapheading unnumbered appendix".split())
_TEXINFO_BLOCKS = ("table", "vtable", "ftable", "itemize", "enumerate", "multitable")  # blocks whose "@item" lines the reader reads
_TEXINFO_SPECIAL = {"tie": " ", "dots": "...", "minus": "-", "bullet": "•", "result": "=>", "equiv": "=="}


def _texinfo_inline(builder: TextBuilder, text: str, start: int, end: int, values: dict[str, tuple[int, int]]) -> None:
    """Copy ``text[start:end]`` with its inline commands read: "@strong{Polaris}" as Polaris, "@value{CLOSES}" as the
    variable's text (its offsets those of the "@set" line), "@tie{}" as a space, "@@" as "@"."""
    at = start
    for m in _TEXINFO_INLINE.finditer(text, start, end):
        builder.copy(at, m.start())
        if m.group("esc"):
            builder.copy(m.start() + 1, m.end())
        elif m.group("cmd") == "value" and m.group("arg") in values:
            builder.copy(*values[m.group("arg")])
        elif m.group("cmd") in _TEXINFO_SPECIAL:
            builder.replace(_TEXINFO_SPECIAL[m.group("cmd")], m.start(), m.end())
        else:
            _texinfo_inline(builder, text, m.start("arg"), m.end("arg"), values)  # "@strong{…}", "@email{hr@@…}", "@uref{…}"
        at = m.end()
    builder.copy(at, end)


def _texinfo_source(doc: Document) -> Document:
    """A posting's Texinfo source (a vacancy sheet built with texi2any) as its printed page: headings ("@title",
    "@chapter", "@section") on their own lines, "@set NAME value" as "Name: value", a "@table" item as "Label: value",
    an "@itemize"/"@enumerate" item as a "- " line, inline commands read (:func:`_texinfo_inline`); comments, nodes,
    menus and "@end" lines left out. Any other text is left as it is."""
    text = doc.text
    if len(_TEXINFO_HINT.findall(text, 0, 20_000)) < 2:
        return doc
    values = {m.group(1): m.span(2) for m in re.finditer(r"(?m)^@set[ \t]+(\w+)[ \t]+([^\n]*?)[ \t]*$", text)}
    builder = TextBuilder(doc)
    blocks: list[str] = []  # the open "@table" / "@itemize" / "@enumerate" blocks
    in_menu, item_open = False, False  # an "@item" alone on its line: its text on the next
    line_start = 0
    for line in text.splitlines(keepends=True):
        s, e = line_start, line_start + len(line.rstrip("\r\n"))
        line_start += len(line)
        command = _TEXINFO_LINE.fullmatch(text, s, e)
        cmd, arg = (command.group("cmd"), command.group("arg")) if command is not None else (None, None)
        if in_menu:
            in_menu = cmd != "end"
            continue
        if text.startswith("\\input", s):
            continue  # "\\input texinfo": the file's first line
        if cmd == "menu":
            in_menu = True
        elif cmd in _TEXINFO_BLOCKS:
            blocks.append(cmd)
        elif cmd == "end" and arg in _TEXINFO_BLOCKS:
            del blocks[-1:]
        elif cmd in ("item", "itemx"):
            a, b = command.span("arg") if arg else (e, e)
            in_table = bool(blocks) and blocks[-1].endswith("table")
            if arg and in_table:
                builder.insert("\n", a)
                _texinfo_inline(builder, text, a, b, values)
                builder.insert(": ", b)  # "@item Department" / "Youth Services": the label, its value on the next line
            elif arg:
                builder.insert("- ", a)
                _texinfo_inline(builder, text, a, b, values)
                builder.insert("\n", b)
            item_open = not arg and not in_table
            continue
        elif cmd == "set" and arg:
            name = re.match(r"(\w+)[ \t]+", arg)
            if name is not None:
                a = command.start("arg") + name.end()
                builder.insert(name.group(1).replace("_", " ").capitalize() + ": ", a)
                _write_line(builder, "", a, command.end("arg"))
        elif cmd in _TEXINFO_HEADINGS and arg:
            builder.insert("\n", command.start("arg"))
            _texinfo_inline(builder, text, *command.span("arg"), values)
            builder.insert("\n", command.end("arg"))
        elif cmd is None:  # a line of text (a layout command the page does not show is left out)
            lead = "- " if item_open and blocks and not blocks[-1].endswith("table") else ""
            if lead:
                builder.insert(lead, s)
            _texinfo_inline(builder, text, s, line_start, values)
            item_open = False
        continue
    out = builder.build()
    return out if out.text.strip() else doc


# --------------------------------------------------------------------------- source formats


_DIFF_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@", re.M)
_DIFF_FILE = re.compile(r"^(?:diff --git |\+\+\+ b/|--- a/|Index: \S[^\n]*\n={20,}$)", re.M)  # (Subversion's "Index: path" over its rule)


_SOURCE_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]*)\b[^<>\n]{0,300}>")
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer".split())


def _copy_without_tags(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Copy ``text[start:end]``, a line of a page's HTML source, as its text: its tags left out, a list item opened
    with "- ", a block's tag a line break."""
    at = start
    for m in _SOURCE_TAG.finditer(text, start, end):
        builder.copy(at, m.start())
        name = m.group("name").lower()
        if name == "li" and not m.group("close"):
            builder.replace("\n- ", m.start(), m.end())
        else:
            builder.replace("\n" if name in _BLOCK_TAGS else "", m.start(), m.end())
        at = m.end()
    builder.copy(at, end)


# a Dockerfile's LABEL instruction and its key="value" pairs, over lines joined by "\"
_DOCKER_LABEL = re.compile(r"^LABEL[ \t]+(?:[^\n]*\\[ \t]*\n)*[^\n]*$", re.M)
_DOCKER_PAIR = re.compile(r'(?P<key>[A-Za-z0-9][\w.-]*)="(?P<v>(?:[^"\\\n]|\\.)*)"')
_HIRING_SEGMENT = frozenset("hiring job jobs careers career vacancy vacancies recruiting".split())
_MIN_DOCKER_PAIRS = 4


def _docker_labels(doc: Document) -> Document:
    """A posting carried by a container image's labels (a Dockerfile's "LABEL com.acme.hiring.title=…"): the labels under
    a hiring namespace written as a page shows them, "Title: …" for a named value, a numbered key's values as "- "
    items under its name ("you-will.1", "you-will.2" → "You will" over its items); the image's own labels and the
    build steps go. Four such labels or more; any other text is left as it is."""
    text = doc.text
    if "LABEL" not in text:
        return doc
    pairs = []
    for block in _DOCKER_LABEL.finditer(text):
        for m in _DOCKER_PAIR.finditer(text, block.start(), block.end()):
            segments = m.group("key").lower().split(".")
            at = next((i for i, seg in enumerate(segments) if seg in _HIRING_SEGMENT), None)
            if at is not None and at + 1 < len(segments):
                pairs.append((segments[at + 1 :], m))
    if len(pairs) < _MIN_DOCKER_PAIRS:
        return doc
    builder = TextBuilder(doc)
    heading = None
    for key, m in pairs:
        numbered = len(key) > 1 and key[-1].isdigit()
        name = _json_key_label("_".join(key[:-1] if numbered else key))
        if numbered:
            if name != heading:
                builder.insert("\n" + name + "\n", m.start("v"))
                heading = name
            _write_line(builder, "- ", *m.span("v"))
        else:
            heading = None
            _write_line(builder, name + ": ", *m.span("v"))
    return builder.build()


# a comment line of a config file, a script or a unit: "# text", "// text", "; text" (a rule line of dashes or equals is none)
# a notebook exported as source marks its text cells too ("# MAGIC ## Data Engineer", "# MAGIC %md")
_COMMENT_LINE = re.compile(r"^[ \t]*(?:#|//|;)(?:[ \t]?MAGIC(?![^ \t\n]))?(?:[ \t]?(?P<t>[^\n]*))?$", re.M)
_NOTEBOOK_TEXT_LINE = re.compile(r"^(?:#|//|--)[ \t]?MAGIC(?![^ \t\n])", re.M)
_MIN_NOTEBOOK_MARKS = 3  # a notebook's text cells are the page however short they are
_CELL_MAGIC = re.compile(r"%[a-z]{1,12}[ \t]*")  # a notebook cell's language line ("%md", "%sql")
_COMMENT_RULE = re.compile(r"[ \t]*[-=_*~#/]{8,}[ \t]*")
_MIN_COMMENT_LINES = 12
_MIN_COMMENT_TEXT = 600  # characters: a posting, not a file's own notes


def _comment_block_page(doc: Document) -> Document:
    """A posting written in the comments of a config file, a unit file or a script (an easter egg in a systemd unit's
    or an nginx site's header): the longest run of comment lines (twelve or more, 600 characters of text or more) is
    the page, without its comment marks and rule lines; the settings around it go. Any other text is left as it is."""
    text = doc.text
    if "#" not in text and "//" not in text and ";" not in text:
        return doc
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for m in _COMMENT_LINE.finditer(text):
        if run and m.start() != run[-1].end() + 1:
            best, run = max(best, run, key=len), []
        run.append(m)
    best = max(best, run, key=len)
    notebook = text.count("MAGIC") >= _MIN_NOTEBOOK_MARKS and len(_NOTEBOOK_TEXT_LINE.findall(text)) >= _MIN_NOTEBOOK_MARKS
    if not notebook and (len(best) < _MIN_COMMENT_LINES or sum(len(m.group("t") or "") for m in best) < _MIN_COMMENT_TEXT):
        return doc
    builder = TextBuilder(doc)
    for m in best:
        if m.group("t") is not None and not _COMMENT_RULE.fullmatch(m.group("t")) and not _CELL_MAGIC.fullmatch(m.group("t")):
            builder.copy(*m.span("t"))
        builder.insert("\n", m.end())
    return builder.build()


# a code review's or a viewer's file shown line by line with its numbers ("1   Site Reliability Engineer", "2", "3   Company: …")
_NUMBERED_LINE = re.compile(r"^(?P<n>\d{1,4})(?:[ \t]{1,6}(?P<t>\S[^\n]*))?[ \t]*$", re.M)
_MIN_NUMBERED_LINES = 12
_INDENTED_LINES = re.compile(r"(?:[ \t]+[^\n]*\n)*")  # what a viewer shows between two numbered lines: indented notes only


def _numbered_file_view(doc: Document) -> Document:
    """A file shown by a code review or a viewer with its line numbers (Gerrit, a pager's "cat -n"): twelve or more
    lines numbered 1, 2, 3 … in order. Only the file's text is the page, without its numbers; the tool's own lines
    around it and the comments it shows between the numbered lines (a reviewer's note under line 10) go. Any other
    text is left as it is."""
    text = doc.text
    run: list[re.Match[str]] = []
    for m in _NUMBERED_LINE.finditer(text):
        n = int(m.group("n"))
        between = text[run[-1].end() + 1 : m.start()] if run else ""
        if run and n == int(run[-1].group("n")) + 1 and _INDENTED_LINES.fullmatch(between):  # (a caption file's cue numbers hold
            run.append(m)  # their text on lines of their own, not indented: no file shown with its numbers)
        elif len(run) >= _MIN_NUMBERED_LINES:
            break
        else:
            run = [m] if n == 1 else []
    if len(run) < _MIN_NUMBERED_LINES:
        return doc
    builder = TextBuilder(doc)
    for m in run:
        if m.group("t") is not None:
            builder.copy(*m.span("t"))
        builder.insert("\n", m.end())
    return builder.build()


def _diff_source(doc: Document) -> Document:
    """A change to a careers page pasted as a unified diff ("diff --git …", Subversion's "Index: …", "@@ -1,12 +1,12 @@"):
    the page as it reads after the change — its kept and added lines without their " " and "+" marks, of the largest
    file when the change touches several; the removed lines, the hunk and file headers and the commit message around
    them go. Any other text is left as it is."""
    text = doc.text
    if not _DIFF_FILE.search(text) or not _DIFF_HUNK.search(text):
        return doc
    files: list[list[tuple[int, int]]] = []  # per file of the change, the spans its page keeps (marks left out)
    inside = False
    for s, e in _lines(text):
        line = text[s:e]
        if _DIFF_HUNK.match(line):
            inside = True
            continue
        if line.startswith(("diff --git ", "index ", "Index: ", "--- ", "+++ ")):
            if inside or not files or line.startswith(("diff --git ", "Index: ")) and files[-1]:
                files.append([])
            inside = False
            continue
        if inside and line[:1] in (" ", "+"):
            files[-1].append((s + 1, min(len(text), e + 1)))
        elif inside and line == "":
            files[-1].append((s, min(len(text), e + 1)))
    largest = max(files, key=lambda spans: sum(e - s for s, e in spans), default=[])
    builder = TextBuilder(doc)
    marked = looks_like_html("".join(text[s:e] for s, e in largest))
    for span in largest:  # a change to several files: the posting is the largest page (the jobs index beside it is a list)
        if marked:
            _copy_without_tags(builder, text, *span)  # a page's HTML source changed: its text
        else:
            builder.copy(*span)
    out = builder.build()
    return out if out.text.strip() else doc


_WIKI_HINT = re.compile(r"^\{\{[ \t]*Infobox\b|^==+[^=\n]+==+[ \t]*$|^=[ \t]+[^=\n]+[ \t]+=[ \t]*$|\[\[[^\]\n]+\]\]|'''[^'\n]+'''", re.M)
_WIKI_FORM = re.compile(
    r"(?P<box>^\{\{[ \t]*Infobox[^\n|}]*$)"  # an infobox's opening line
    r"|(?P<field>^\|[ \t]*(?P<key>[A-Za-z][\w -]{0,40}?)[ \t]*=[ \t]*)"  # "| key = value"
    r"|(?P<close>^\}\}[ \t]*$)"
    r"|(?P<heading>^==+[ \t]*|[ \t]*==+[ \t]*$)"
    r"|(?P<top>^=[ \t]+(?P<top_text>[^=\n]+?)[ \t]+=[ \t]*$)"  # the page's own heading, "= Junior Data Analyst =" (also Phabricator's Remarkup)
    r"|(?P<cell>^\|(?P<cell_key>[^|=\n]{1,40}?)\|[ \t]*(?=[^|\s]))"  # a label cell before its value: "|Team| Mobility Insights"
    r"|(?P<category>^\[\[(?:Category|Kategorie|Catégorie):[^\]\n]*\]\][ \t]*$)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<link>\[\[(?:[^\]|\n]*\|)?)(?=[^\]\n]*\]\])"  # "[[target|" of a link: its shown text stays
    r"|(?P<linkend>\]\])"
    r"|(?P<bold>'{2,3})",
    re.M | re.S,
)


# txt2tags' source: its settings ("%! target : html") and comment lines ("% HR note …"), which the page never shows
_T2T_SETTING = re.compile(r"^%![ \t]*[A-Za-z]+[^\n]*:", re.M)
_T2T_COMMENT = re.compile(r"^%[^\n]*\n?", re.M)


def _txt2tags_source(doc: Document) -> Document:
    """A page's txt2tags source as the page reads: its settings lines ("%! target : html") and "%" comment lines left
    out (an editor's note may hold an old advert's pay). Only a text with a settings line; any other text is left as
    it is."""
    text = doc.text
    if "%!" not in text or _T2T_SETTING.search(text) is None:
        return doc
    return _apply(doc, [(m.start(), m.end(), "") for m in _T2T_COMMENT.finditer(text)])


# MoinMoin's page source: its processing instructions and comments ("#format wiki", "## note"), a macro alone on its line
# ("<<TableOfContents(2)>>"), "= Heading =", a two-cell table row with a bold label and a date macro
# ("<<Date(2026-12-03T17:00:00Z)>>")
_MOIN_HINT = re.compile(r"^#format[ \t]+wiki\b|^\|\|[^\n]*\|\|[^\n]*\|\|[ \t]*$", re.M)
_MOIN_FORM = re.compile(
    r"(?P<pi>^#(?:#|(?:format|language|acl|pragma|redirect|refresh|deprecated)\b)[^\n]*\n?)"
    r"|(?P<macro>^<<[A-Za-z]+(?:\([^()\n]*\))?>>[ \t]*\n?)"
    r"|(?P<heading>^=+[ \t]+|[ \t]+=+[ \t]*$)"
    r"|(?P<row>^\|\|(?:'{2,3})?(?P<label>[^|\n']{1,60})(?:'{2,3})?\|\|(?P<value>[^\n]*?)\|\|[ \t]*$)"
    r"|(?P<date><<Date\((?P<d>[^()\n]{4,40})\)>>)"
    r"|(?P<bold>'{2,3})",
    re.M,
)


def _moinmoin_source(doc: Document) -> Document:
    """A wiki page's MoinMoin source as the page reads: its processing instructions, comments and lone macros gone,
    "= Heading =" as the heading, a two-cell table row as a labelled line (a bold "Employer" cell over "Acme" as
    "Employer: Acme"), a date macro as its date, bold and italic quotes gone. Only a text that says "#format wiki" or
    holds three such table rows; any other text is left as it is."""
    text = doc.text
    if "||" not in text and "#format" not in text:
        return doc
    if len(_MOIN_HINT.findall(text, 0, 20_000)) < 3:
        return doc
    edits: list[Edit] = []
    for m in _MOIN_FORM.finditer(text):
        if m.group("row") is not None:
            edits.append((m.start(), m.start("label"), ""))
            edits.append((m.end("label"), m.start("value"), ": "))
            edits.append((m.end("value"), m.end(), ""))
        elif m.group("date") is not None:
            edits.append((m.start(), m.start("d"), ""))
            edits.append((m.end("d"), m.end(), ""))
        else:
            edits.append((m.start(), m.end(), ""))
    return _apply(doc, edits)


def _mediawiki_source(doc: Document) -> Document:
    """A wiki page's MediaWiki source as the page reads: an infobox's "| key = value" rows as labelled lines
    ("| organisation = Acme Trust" → "Organisation: Acme Trust"), "== Heading ==" as the heading, "[[target|text]]"
    as its text, bold and italic quotes, category links and comments gone. Only a page with two or more of those
    marks; any other text is left as it is."""
    text = doc.text
    if len(_WIKI_HINT.findall(text, 0, 20_000)) < 2:
        return doc
    builder = TextBuilder(doc)
    at = 0
    for m in _WIKI_FORM.finditer(text):
        builder.copy(at, m.start())
        at = m.end()
        if m.group("field") is not None:
            builder.replace(_key_label(m.group("key").strip()) + ": ", m.start(), m.end())
        elif m.group("top") is not None:
            builder.copy(m.start("top_text"), m.end("top_text"))
        elif m.group("cell") is not None:
            builder.copy(m.start("cell_key"), m.end("cell_key"))
            builder.replace(": ", m.end("cell_key"), m.end())
    builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


_ORG_HINT = re.compile(r"^#\+(?:TITLE|AUTHOR|STARTUP|TAGS|OPTIONS):|^[ \t]*:PROPERTIES:[ \t]*$", re.M | re.I)
_ORG_STATES = r"(?:TODO|DONE|NEXT|WAIT|WAITING|HOLD|CANCELL?ED|DRAFT)"  # a headline's state words
_ORG_ENTRY = re.compile(
    r"^\*[ \t]+(?P<todo>" + _ORG_STATES + r"[ \t]+)?(?P<head>[^\n]*?)(?P<tags>[ \t]+:[\w@:]+:)?[ \t]*$", re.M
)
_ORG_FORM = re.compile(
    r"(?P<drawer>^[ \t]*:(?:PROPERTIES|END|LOGBOOK):[ \t]*(?:\n|$))"
    r"|(?P<prop>^[ \t]*:(?P<key>[A-Za-z][\w-]{0,30}):[ \t]+)"  # ":KEY:   value"
    r"|(?P<stars>^\*+[ \t]+(?:" + _ORG_STATES + r"[ \t]+)?)"
    r"|(?P<indent>^[ \t]+(?=\S))"
    r"|(?P<check>(?<=- )\[[ xX-]\][ \t]+)"  # "- [ ] item"
    r"|(?P<tags>[ \t]+:[\w@:]+:[ \t]*$)",
    re.M,
)
_CLOSED_STATES = ("DONE", "CANCELLED", "CANCELED")


def _org_source(doc: Document) -> Document:
    """An Org-mode file of openings: the entry that holds the posting (the open top-level entry with the most
    lines), its properties drawer as labelled lines (":COMPANY: Acme" → "Company: Acme"), the stars, state words,
    tags, indents and check boxes of its headlines and items gone; the file's keywords and its other entries
    (closed, drafts, shorter) left out. Any other text is left as it is."""
    text = doc.text
    if not _ORG_HINT.search(text, 0, 20_000):
        return doc
    entries = list(_ORG_ENTRY.finditer(text))
    if not entries:
        return doc
    spans = [(m, m.start(), entries[i + 1].start() if i + 1 < len(entries) else len(text)) for i, m in enumerate(entries)]
    open_ = [x for x in spans if (x[0].group("todo") or "").strip().upper() not in _CLOSED_STATES]
    _, start, end = max(open_ or spans, key=lambda x: text.count("\n", x[1], x[2]))
    builder = TextBuilder(doc)
    at = start
    for m in _ORG_FORM.finditer(text, start, end):
        builder.copy(at, m.start())
        at = m.end()
        if m.group("prop") is not None:
            label = m.group("key").replace("_", " ").capitalize()
            builder.replace(label + ": ", m.start(), m.end())
    builder.copy(at, end)
    out = builder.build()
    return out if out.text.strip() else doc


# a record of a YAML list: "- key: value" over three or more keys indented under it
# (the list may stand indented under a key: a search engine's "hits:" over "  - _index: …" / "    _source: …")
_YAML_RECORD = re.compile(r"^(?P<lead>[ ]{0,8})- [A-Za-z_][\w-]{0,30}:[^\n]*\n(?:(?P<in>(?P=lead)[ ]{2,4})[A-Za-z_][\w-]{0,30}:[^\n]*\n)(?:(?P=in)[A-Za-z_][\w-]{0,30}:[^\n]*\n|(?P=in)[ ]+[^\n]*\n){2,}", re.M)
_YAML_LINE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<dash>- )?(?:(?P<key>[A-Za-z_][\w-]{0,40}):(?:[ \t]+(?P<value>[^\n]*?))?|(?P<item>[^\n]*?))[ \t]*$", re.M
)
# the status words that mark a record as not shown on the site; a database row or a sheet's row also says it in more words
_UNSHOWN_WORDS = r"draft|closed|archived|filled|hidden"
_UNSHOWN_STATUS = re.compile(r"(?i)" + _UNSHOWN_WORDS + r"|expired|deleted|inactive|unpublished|on[ _-]?hold|paused|cancell?ed")
_YAML_DRAFT = re.compile(r"^[ \t]*(?:- )?(?:status|state)[ \t]*:[ \t]*[\"']?(?:" + _UNSHOWN_WORDS + r")\b", re.M | re.I)
_YAML_BLOCK = frozenset((">", "|", ">-", "|-"))
_YAML_EMPTY = frozenset(("null", "~", "[]", "{}", "''", '""'))


# a spreadsheet's formula bar holding the posting as a formula: string pieces joined by "&" with CHAR(10) line breaks
# ("=\"Warehouse Team Lead\"&CHAR(10)&", "\"Req: \"&A7&CHAR(10)&")
_FORMULA_LINE = re.compile(r'^[ \t]*=?(?="(?:[^"\n]|"")*")(?P<body>[^\n]*?)[ \t]*$', re.M)
_FORMULA_PIECE = re.compile(r'"(?P<s>(?:[^"\n]|"")*)"|(?P<br>CHAR\(1[03]\))')
_FORMULA_JOINS = re.compile(r"&[ \t]*CHAR\(1[03]\)", re.I)


def _formula_source(doc: Document) -> Document:
    """A posting written as a spreadsheet formula, copied from the formula bar: each line's quoted pieces as text and
    its CHAR(10) as a line break; cell references and functions between the pieces left out (their values are the
    cells', shown elsewhere). Only a text with three such lines; any other text is left as it is."""
    text = doc.text
    if len(_FORMULA_JOINS.findall(text, 0, 20_000)) < 3:
        return doc
    builder = TextBuilder(doc)
    at = 0
    for line in _FORMULA_LINE.finditer(text):
        if not _FORMULA_JOINS.search(line.group("body")) and not line.group("body").rstrip().endswith('"'):
            continue
        builder.copy(at, line.start())
        for piece in _FORMULA_PIECE.finditer(text, line.start("body"), line.end("body")):
            if piece.group("br") is not None:
                builder.insert("\n", piece.start())
            elif piece.group("s") and text[line.start("body") : piece.start()].rstrip()[-1:] in ("", "=", "&"):
                builder.copy(piece.start("s"), piece.end("s"))  # (a piece inside a function, "TEXT(F7,\"mmmm d\")", is a format)
        at = line.end() + (1 if text.startswith("\n", line.end()) else 0)  # the formula's own line breaks are its CHAR(10)s
    builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


# a board's list items marked with ">" ("Duties on board" / "> Plan, supervise and document …"), as an e-mail never quotes:
# each run of such lines under a line of its own that is not quoted, with no bare ">" line and no "… wrote:" in the text
_ANGLE_ITEM = re.compile(r"^[ \t]*>[ \t]+(?=[^\s>])", re.M)
_QUOTE_SIGNS = re.compile(r"^[ \t]*>[ \t]*$|\bwrote:[ \t]*$|^[ \t]*>[ \t]*>", re.M)
_MIN_ANGLE_RUNS = 2


def _angle_bullets(doc: Document) -> Document:
    """Lists whose items open with ">" (a job board's or a mailer's list mark, not an e-mail's quoting): the marks read
    as bullets ("- "), when two or more runs of two or more such lines each stand under an unquoted line. Any other text
    (an e-mail reply quoting its thread) is left as it is."""
    text = doc.text
    if "\n>" not in text and not text.startswith(">") and "\n >" not in text:
        return doc
    if _QUOTE_SIGNS.search(text):
        return doc
    marks = list(_ANGLE_ITEM.finditer(text))
    runs: list[list[re.Match]] = []
    for m in marks:
        line_start = text.rfind("\n", 0, m.start()) + 1
        previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if runs and runs[-1] and text.find("\n", runs[-1][-1].end()) + 1 == line_start:
            runs[-1].append(m)  # the line right under the run's last item
        else:
            above = text[previous_start : max(previous_start, line_start - 1)].strip()
            runs.append([m] if above and not above.startswith(">") else [])
    runs = [run for run in runs if len(run) >= 2]
    if len(runs) < _MIN_ANGLE_RUNS:
        return doc
    return _apply(doc, [(m.start(), m.end(), "- ") for run in runs for m in run])


# a results list copied with its selection boxes: "[ ] Mechatroniker (m/w/d) – Altmühl Kunststoff – Eichstätt – vor 2 Tagen",
# "[x] …" (the job opened below it); each row a card of three or more parts
_CHECKBOX_CARD = re.compile(r"^[ \t]*\[[ xX✓✔]\][ \t]+[^\n]*?(?:[ \t][–|·-][ \t][^\n]*?){2,}$", re.M)
_MIN_CHECKBOX_CARDS = 3


def _checkbox_results(doc: Document) -> Document:
    """A board's results list copied with the boxes that select its rows, above the job opened from it: three or more
    such rows (each a title, an employer, a place and an age apart by dashes, bars or dots) left out, as other jobs'
    cards. Any other text (a form's checked options) is left as it is."""
    text = doc.text
    if "[" not in text:
        return doc
    rows = list(_CHECKBOX_CARD.finditer(text, 0, min(len(text), 20_000)))
    if len(rows) < _MIN_CHECKBOX_CARDS:
        return doc
    return _apply(doc, [(m.start(), m.end(), "") for m in rows])


# a browser's accessibility snapshot (Playwright's ARIA snapshot: "- heading \"Title\" [level=1]", "- listitem: text",
# "- term: Pay" over "- definition: $30 hourly"): a YAML outline of the page's roles, names and texts
_ARIA_LINE = re.compile(
    r'^(?P<indent>[ \t]*)- (?P<role>/?[a-z]+)(?:[ \t]+"(?P<name>(?:[^"\\\n]|\\.)*)")?(?:[ \t]*\[[^\]\n]*\])*'
    r"(?::[ \t]*(?P<value>[^\n]*?))?[ \t]*$",
    re.M,
)
_ARIA_HEADING = re.compile(r'^[ \t]*- heading "[^"\n]+" \[level=\d\]', re.M)
_ARIA_TEXT_ROLES = frozenset("paragraph text listitem cell gridcell definition term status alert note blockquote caption rowheader columnheader".split())
_ARIA_CHROME_ROLES = frozenset("navigation banner contentinfo search dialog alertdialog menubar menu toolbar".split())


def _aria_snapshot(doc: Document) -> Document:
    """A page's accessibility snapshot as the page reads: a heading's name as its line, a paragraph's, list item's or
    cell's text as its line (a list item as "- " item), a term over its definition as "Term: definition"; links,
    buttons, images and the page's navigation, banner and footer left out. Only a text with a "[level=N]" heading
    and a dozen role lines; any other text is left as it is."""
    text = doc.text
    if "[level=" not in text or _ARIA_HEADING.search(text) is None:
        return doc
    rows = list(_ARIA_LINE.finditer(text))
    if len(rows) < 12:
        return doc
    builder = TextBuilder(doc)
    skip_deeper_than: Optional[int] = None
    term_open = False
    for m in rows:
        indent, role = len(m.group("indent").expandtabs()), m.group("role")
        if skip_deeper_than is not None:
            if indent > skip_deeper_than:
                continue
            skip_deeper_than = None
        if role in _ARIA_CHROME_ROLES:
            skip_deeper_than = indent
            continue
        value = m.group("value")
        if role == "heading" and m.group("name"):
            builder.insert("\n", m.start("name"))
            _write_line(builder, "", m.start("name"), m.end("name"))
        elif role in _ARIA_TEXT_ROLES and value:
            start, end = _unquoted(text, m.start("value"), m.end("value"))
            if role == "term":
                builder.copy(start, end)
                builder.insert(": ", end)
                term_open = True
                continue
            _write_line(builder, "- " if role == "listitem" and not term_open else "", start, end)
        term_open = False
    out = builder.build()
    return out if out.text.strip() else doc


def _yaml_records(doc: Document) -> Document:
    """A site's jobs data file in YAML (a list of records, "- id: …" with indented keys): the first record that is
    not a draft, written as a careers page shows it — "title: \"Data Engineer\"" as "Title: Data Engineer", a key
    over a list ("requirements:" over "- …") as a heading over "- " items, a key over a folded text or a nested
    record as a heading over its lines; comments and the other records left out. Any other text is left as it
    is."""
    text = doc.text
    starts = [m.start() for m in _YAML_RECORD.finditer(text)]
    if not starts:
        return doc
    bounds = [(a, starts[i + 1] if i + 1 < len(starts) else len(text)) for i, a in enumerate(starts)]
    live = [b for b in bounds if not _YAML_DRAFT.search(text, b[0], b[1])]
    start, end = (live or bounds)[0]
    builder = TextBuilder(doc)
    _write_yaml(builder, text, start, end)
    out = builder.build()
    return out if out.text.strip() else doc


def _write_yaml(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Write the YAML of ``text[start:end]`` as a careers page shows it (see :func:`_yaml_records`); a nested record's
    "name" under its parent's label ("hiringOrganization:" / "name: Acme" → "Hiring organization: Acme")."""
    parent: Optional[str] = None
    lines = [m for m in _YAML_LINE.finditer(text, start, end) if m.start() < m.end() and not text[m.start() : m.end()].lstrip().startswith("#")]
    skip_to = 0
    for n, m in enumerate(lines):
        if n < skip_to:
            continue
        key, value, item = m.group("key"), m.group("value"), m.group("item")
        if key is not None:
            label = "Job ID" if key.lower() == "id" else _json_key_label(key)  # a job record's own id
            if value is None and (child_end := _yaml_range_block(builder, text, lines, n, label)):
                skip_to = child_end  # "baseSalary:" over currency, minValue, maxValue, unitText: one line, "Base salary: EUR 38000 - 42000 per year"
                continue
            if value is None or value.strip() in _YAML_BLOCK:
                builder.insert(label + "\n", m.start("key"))
                parent = label if value is None else None
                continue
            if value.strip() in _YAML_EMPTY:
                continue
            if parent is not None and key.lower() in _NAME_KEYS:
                label = parent
            parent = None
            _write_line(builder, label + ": ", *_unquoted(text, m.start("value"), m.end("value")))
        elif item and item.strip():
            parent = None
            _write_line(builder, "- " if m.group("dash") else "", m.start("item"), m.end("item"))


def _yaml_range_block(builder: TextBuilder, text: str, lines: list[re.Match[str]], n: int, label: str) -> int:
    """When the YAML block under ``lines[n]`` is a range record (see :func:`_range_record`; schema.org's "minValue",
    "unitText" read as "min", "unit") or a place record ("addressLocality", "city", "country"), write it as one line
    under ``label`` and return the index of the line after it; else write nothing and return 0."""
    indent = len(lines[n].group("indent"))
    ends: dict[str, tuple[int, int]] = {}
    k = n + 1
    while k < len(lines) and len(lines[k].group("indent")) > indent:
        child = lines[k]
        if child.group("key") is None or child.group("value") is None:
            return 0
        ends[_RANGE_KEY_SUFFIX.sub("", child.group("key").lower())] = _unquoted(text, child.start("value"), child.end("value"))
        k += 1
    if k == n + 1:
        return 0
    places = {_ADDRESS_PREFIX.sub("", key): span for key, span in ends.items()}
    if set(places) <= _PLACE_KEYS | {"postalcode", "streetaddress"}:  # "location:" over addressLocality, addressRegion, …
        town = bool(places.keys() & {"city", "town"})
        shown = [span for key, span in places.items() if span[1] > span[0] and not (key in ("postcode", "postalcode", "zip", "postal_code", "street", "streetaddress", "address")
                                                                                  or town and key in _BELOW_TOWN_KEYS)]
        if not shown:
            return 0
        _write_place_line(builder, label, shown)
        return k
    if not _range_record(ends.keys()):
        return 0
    _write_range(builder, text, label, ends, lines[n].start("key"), max(b for _, b in ends.values()))
    return k


def _write_place_line(builder: TextBuilder, label: str, spans: list[tuple[int, int]]) -> None:
    """Write a place record's parts, the input's ``spans`` (town, region, country …), as one line "``label``: a, b, c"."""
    builder.insert(label + ": ", spans[0][0])
    for i, span in enumerate(spans):
        builder.copy(*span)
        builder.insert(", " if i + 1 < len(spans) else "\n", span[1])


_ADDRESS_PREFIX = re.compile(r"^address(?=[a-z])")  # schema.org's "addressLocality", "addressRegion", "addressCountry"


_RANGE_KEY_SUFFIX = re.compile(r"(?<=.)(?:value|text|code)$")  # schema.org's "minValue", "unitText"


# an OpenAPI (Swagger) description whose example response carries a posting: "examples:" / "<name>:" / "value:" over
# the record's indented keys
_OPENAPI_HEAD = re.compile(r"\A[ \t\n]*(?:openapi|swagger)[ \t]*:[ \t]*['\"]?\d")
_OPENAPI_EXAMPLE_VALUE = re.compile(r"^(?P<indent>[ ]*)(?:value|example)[ \t]*:[ \t]*\n", re.M)
_MIN_EXAMPLE_KEYS = 4


def _openapi_example(doc: Document) -> Document:
    """An OpenAPI (Swagger) description in YAML as the posting its first sizeable example carries (see
    ``_OPENAPI_EXAMPLE_VALUE``), written as :func:`_yaml_records` writes a record: the API's own paths, schemas and
    parameters go. Needs an example of four keys or more; any other text is left as it is."""
    text = doc.text
    if _OPENAPI_HEAD.match(text) is None:
        return doc
    for m in _OPENAPI_EXAMPLE_VALUE.finditer(text):
        indent = len(m.group("indent"))
        end = m.end()
        keys = 0
        for line in _YAML_LINE.finditer(text, m.end()):
            body = line.group()
            if body.strip() and len(body) - len(body.lstrip(" ")) <= indent:
                break
            keys += line.group("key") is not None
            end = line.end()
        if keys >= _MIN_EXAMPLE_KEYS:
            builder = TextBuilder(doc)
            _write_yaml(builder, text, m.end(), end)
            out = builder.build()
            return out if out.text.strip() else doc
    return doc


_JSON_OPEN = re.compile(r"^(?:[^\n{\[]{0,200}?[|\t=][ \t]*(?=\{))?[ \t]*[{\[]", re.M)  # (or after a log line's "key | " / "payload=")
_RANGE_ENDS = frozenset("min max minimum maximum from to".split())
_RANGE_KEYS = frozenset("min max minimum maximum from to currency currency_code unit period interval per note notes text".split())  # a range record
_JSON_LINE = re.compile(r"[ \t]*\r?\n[ \t]*\{")  # a JSON Lines log: the next line opens an object
_JSON_TABLE_OPEN = re.compile(r"\[\s*\[\s*\"")  # an array of arrays of strings: a table's rows
_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|[{}\[\]:,]')
_CAMEL_BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# the keys of a nested record that together name a place ("location": {"suburb": …, "state": …}): one "Location:" line
_PLACE_KEYS = frozenset("address street suburb locality city town district county state region province postcode zip postal_code country country_code".split())
# a notebook's own bookkeeping (.ipynb): its cells' kinds, ids, run counts, outputs and metadata say nothing of the posting
_JSON_TOOL_KEYS = frozenset("metadata outputs execution_count cell_type nbformat nbformat_minor attachments".split())
_JSON_TEXT_KEYS = frozenset("cells source".split())  # a notebook's cells and their text: no heading of their own
_BELOW_TOWN_KEYS = frozenset("address street suburb locality postcode zip postal_code".split())
_PLACE_KEY_RANK = {"district": 2, "county": 2, "state": 3, "region": 3, "province": 3, "postcode": 3.5, "zip": 3.5, "postal_code": 3.5,
                   "country": 4, "country_code": 4}
# a nested record's key whose value is the record's own name ("employer": {"name": …}): written under the parent's label
_NAME_KEYS = frozenset("name display text label value".split())
_HTML_TEXT_KEYS = frozenset("content body html".split())  # the key of a section's HTML text beside its name
_LEVER_KEYS = frozenset("categories lists hostedurl descriptionplain applyurl".split())  # a Lever posting's own keys beside its "text"


def _lever_posting(text: str, tokens: list[tuple[int, int]], pos: int) -> bool:
    """Whether the record whose first member is at ``tokens[pos]`` is a Lever posting (its postings API's reply): a
    "text" member, which is the job's title there, beside two of Lever's own keys."""
    keys = set()
    while (member := _json_member(text, tokens, pos)) is not None:
        keys.add(member[0].lower())
        pos = _value_end(text, tokens, member[2])
    return "text" in keys and len(keys & _LEVER_KEYS) >= 2


def _range_record(keys: Iterable[str]) -> bool:
    """Whether a nested record's keys make it a range ({"min", "max", "currency", "unit"}): a low end, a high end and
    nothing but range keys."""
    keys = set(keys)
    return keys <= _RANGE_KEYS and bool(keys & {"min", "minimum", "from"}) and bool(keys & {"max", "maximum", "to"})


def _write_range(builder: TextBuilder, text: str, label: str, ends: dict[str, tuple[int, int]], at: int, end: int) -> None:
    """A range record's values (``ends``: each key's value span, without quotes) as one line at ``at``, "Pay: CAD
    17.60 - 18.25 per hour", then its note on a line of its own; the line ends at ``end``."""
    builder.insert(label + ": ", at)
    for key in ("currency", "currency_code"):
        if key in ends:
            builder.copy(*ends[key])
            builder.insert(" ", ends[key][1])
    low = ends.get("min") or ends.get("minimum") or ends.get("from")
    high = ends.get("max") or ends.get("maximum") or ends.get("to")
    builder.copy(*low)
    builder.insert(" - ", low[1])
    builder.copy(*high)
    unit = next((ends[k] for k in ("unit", "period", "interval", "per") if k in ends), None)
    if unit is not None:
        builder.insert(" " if text[unit[0] : unit[1]].lower().startswith("per ") else " per ", unit[0])  # ("unit": "per hour")
        builder.replace(text[unit[0] : unit[1]].lower(), *unit)
    builder.insert("\n", end)
    for key in ("note", "notes", "text"):
        if key in ends:
            _write_line(builder, _json_key_label(key) + ": ", *ends[key])


# a flag's label that names the workplace ("remote", "isRemote", "onSite", "hybrid_ok"): its "true" says what a page's tag would
_WORKPLACE_FLAG_LABEL = re.compile(r"(?i)(?:is[ _]?)?(?:remote|on[ _-]?site|hybrid|wfh)(?:[ _](?:ok|allowed|friendly|eligible|role|job|position|only))?")


def _workplace_flag(label: str, value: str) -> bool:
    """Is ``label: value`` a true flag naming the workplace ("On site: true"), which a record's reader keeps?"""
    return value == "true" and _WORKPLACE_FLAG_LABEL.fullmatch(label) is not None


# a CRM record's type that says it is a job (Salesforce's "attributes": {"type": "Job_Posting__c", …})
_CRM_JOB_TYPE = re.compile(r'"type"[ \t]*:[ \t]*"[^"\n]{0,40}(?i:job|posting|requisition|vacanc|opening|position)[^"\n]{0,40}"')


def _crm_job_record(text: str, tokens: list[tuple[int, int]], at: int) -> bool:
    """Whether the record whose first member is ``tokens[at]`` opens with an "attributes" record whose "type" names a
    job (a Salesforce sObject of a custom job object): its "Name" is then the job's title."""
    member = _json_member(text, tokens, at)
    if member is None or member[0] != "attributes" or text[tokens[member[2]][0]] != "{":
        return False
    inner_end = _value_end(text, tokens, member[2])
    return _CRM_JOB_TYPE.search(text, tokens[member[2]][0], tokens[min(inner_end, len(tokens) - 1)][1]) is not None


_CUSTOM_FIELD_SUFFIX = re.compile(r"(?<=[A-Za-z0-9])__(?:c|r|pc|x|e|b)$")
_INDEX_TYPE_SUFFIX = re.compile(r"(?<=[a-z])_(?:s|t|i|l|f|d|b|dt|ss|txt|txt_en|ts|is|ls|fs|ds|dts|tdt)$")


def _json_key_label(key: str) -> str:
    """A JSON key as the label a page writes: "hoursPerWeek" → "Hours per week", "job_type" → "Job type",
    "benefits_text" → "Benefits"."""
    key = _CUSTOM_FIELD_SUFFIX.sub("", key)  # a CRM's custom field or relation: "City__c", "Account__r" (Salesforce)
    words = _CAMEL_BREAK.sub("_", key).lower()
    words = re.sub(r"(?<=.)_(?:text|html|md|markdown|plain|raw|keyword)$", "", words)  # "benefits_text": the benefits
    return _key_label(_INDEX_TYPE_SUFFIX.sub("", words))  # a search index's field type: "title_t", "city_s", "published_dt"


_JSON_KEY_COLON = re.compile(r'"[ \t]*:')  # (a pretty printer may put a space before the colon: "took" : 6)


def _json_spans(text: str) -> list[tuple[int, int]]:
    """The span of the first JSON object or array of some size that opens a line in the first 3,000 characters
    (after an API call's headers or a sentence pasted above it), and, in a JSON Lines log, of each later object
    of some size on a line of its own; empty without one."""
    decoder = json.JSONDecoder()

    def value_end(start: int) -> int:
        """Where the JSON value opening at ``start`` ends; -1 when none does."""
        try:
            return decoder.raw_decode(text, start)[1]
        except ValueError:
            return -1

    def sized(start: int, end: int) -> bool:
        return end - start >= 200 and (len(_JSON_KEY_COLON.findall(text, start, end)) >= 4 or _JSON_TABLE_OPEN.search(text, start, end) is not None)

    spans: list[tuple[int, int]] = []
    for m in _JSON_OPEN.finditer(text, 0, min(len(text), 3000)):
        end = value_end(m.end() - 1)
        if end >= 0 and sized(m.end() - 1, end):
            spans.append((m.end() - 1, end))
            break
    cursor = spans[0][1] if spans else -1
    while cursor >= 0 and (line := _JSON_LINE.match(text, cursor)) is not None:  # the next line opens another object
        start, cursor = line.end() - 1, value_end(line.end() - 1)
        if cursor >= 0 and sized(start, cursor):
            spans.append((start, cursor))  # (a small object between, a log's heartbeat, is read past)
    return spans


def _token_tree(text: str, tokens: list[tuple[int, int]], pos: int) -> tuple[object, int]:
    """The JSON value whose first token is ``tokens[pos]`` as a tree (a dict, a list, or a scalar's token span) and
    the position after it."""
    a, _ = tokens[pos]
    if text[a] == "{":
        out: dict[str, object] = {}
        pos += 1
        while (member := _json_member(text, tokens, pos)) is not None:
            out[member[0]], pos = _token_tree(text, tokens, member[2])
        return out, pos + 1
    if text[a] == "[":
        items: list[object] = []
        pos += 1
        while pos < len(tokens) and text[tokens[pos][0]] != "]":
            if text[tokens[pos][0]] == ",":
                pos += 1
                continue
            item, pos = _token_tree(text, tokens, pos)
            items.append(item)
        return items, pos + 1
    return tokens[pos], pos + 1


def _portable_text(text: str, tokens: list[tuple[int, int]], pos: int) -> Optional[tuple[list[tuple[bool, bool, list[tuple[int, int]]]], int]]:
    """The blocks of the JSON array at ``tokens[pos]`` when it is rich text in Sanity's Portable Text (objects with
    "_type": "block", their "children" spans holding the "text"): per block whether it is a heading ("style": "h1"…
    "h6"), whether it is a list item ("listItem"), and its spans' string tokens; and the position after the array.
    None for any other array."""
    if pos + 1 >= len(tokens) or text[tokens[pos + 1][0]] != "{" or '"_type"' not in text[tokens[pos][0] : tokens[pos][0] + 200]:
        return None
    tree, after = _token_tree(text, tokens, pos)
    if not isinstance(tree, list) or not tree or not all(isinstance(b, dict) and isinstance(b.get("_type"), tuple) for b in tree):
        return None
    blocks = []
    for block in tree:
        if text[slice(*block["_type"])] != '"block"' or not isinstance(block.get("children"), list):
            continue  # an image or an embed: nothing a reader sees as text
        spans = [child["text"] for child in block["children"] if isinstance(child, dict) and isinstance(child.get("text"), tuple) and text[child["text"][0]] == '"']
        style = text[slice(*block["style"])].strip('"') if isinstance(block.get("style"), tuple) else ""
        if spans:
            blocks.append((bool(re.fullmatch(r"h[1-6]", style)), "listItem" in block, spans))
    return (blocks, after) if blocks else None


def _json_member(text: str, tokens: list[tuple[int, int]], pos: int) -> Optional[tuple[str, int, int]]:
    """The next member of the JSON object whose tokens go on at ``pos`` (commas skipped): its key, where the key
    starts and the position of its value's first token; None at the object's closing brace."""
    while pos < len(tokens) and text[tokens[pos][0]] == ",":
        pos += 1
    if pos + 2 >= len(tokens) or text[tokens[pos][0]] == "}":
        return None
    ka, kb = tokens[pos]
    return text[ka + 1 : kb - 1], ka, pos + 2  # the key, its colon


_TYPED_SCALARS = frozenset(  # DynamoDB's typed values: {"S": "Baker"}, {"N": "37.5"}; Avro's union branches: {"string": "Baker"};
    # Firestore's: {"stringValue": "Baker"}, {"integerValue": "45"}, {"timestampValue": "2026-11-26T06:30:00Z"}
    "S N BOOL NULL string int long float double boolean bytes stringValue integerValue doubleValue booleanValue timestampValue nullValue referenceValue"
    " rendered".split()  # (WordPress's {"rendered": "…"})
)
_TYPED_CONTAINERS = frozenset("M L array map".split())  # {"M": {…}} a record, {"L": […]} a list
_WRAPPED_CONTAINERS = {"mapValue": "fields", "arrayValue": "values"}  # Firestore's {"mapValue": {"fields": {…}}}, {"arrayValue": {"values": […]}}
_AVRO_RECORD_NAME = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+\.[A-Z]\w*")  # an Avro union's named branch: {"com.acme.ats.PayRange": {…}}


def _typed_value(text: str, tokens: list[tuple[int, int]], pos: int) -> Optional[tuple[int, int]]:
    """When ``tokens[pos]`` opens a DynamoDB typed value ({"S": "Baker"}, {"N": "37.5"}, {"M": {…}}, {"L": […]}) or
    an Avro union's branch ({"string": "Baker"}, {"com.acme.Pay": {…}}), or a Firestore typed value ({"stringValue": …},
    {"mapValue": {"fields": {…}}}, {"arrayValue": {"values": […]}}):
    the position of the value inside and the position after the whole typed value; None for any other value.
    Only the first is known for a record or list (the second is then minus the number of closing braces that follow
    it: -1, or -2 for Firestore's wrapped ones): the caller reads on to them."""
    if text[tokens[pos][0]] != "{" or pos + 3 >= len(tokens):
        return None
    member = _json_member(text, tokens, pos + 1)
    if member is None:
        return None
    key, _, inner = member
    if key in _TYPED_SCALARS and inner + 1 < len(tokens) and text[tokens[inner + 1][0]] == "}":
        return inner, inner + 2
    if key == "rendered" and inner + 5 < len(tokens) and text[tokens[inner + 5][0]] == "}" and text[tokens[inner + 1][0]] == "," \
            and text[tokens[inner + 2][0] : tokens[inner + 2][1]] == '"protected"':
        return inner, inner + 6  # WordPress's {"rendered": "…", "protected": false}: the rendered text
    if (key in _TYPED_CONTAINERS or _AVRO_RECORD_NAME.fullmatch(key)) and text[tokens[inner][0]] in "{[":
        return inner, -1
    if key in _WRAPPED_CONTAINERS and text[tokens[inner][0]] == "{" and (wrapped := _json_member(text, tokens, inner + 1)) is not None \
            and wrapped[0] == _WRAPPED_CONTAINERS[key] and text[tokens[wrapped[2]][0]] in "{[":
        return wrapped[2], -2  # (two closing braces after the value: the wrapper's and the typed record's)
    return None


_LINE_ITEM_MARK = re.compile(r'"[-•*·][ \t]')  # a string opening with its own bullet: "- Install machines"


def _text_lines(text: str, tokens: list[tuple[int, int]], pos: int) -> bool:
    """Whether the JSON array whose first item is ``tokens[pos]`` holds a text cut into lines: strings, most of
    them ending in an escaped line break ("# Graduate Data Analyst\\n", "\\n", "- Build dashboards\\n"), or a
    paragraph's lines with empty strings between them and items that carry their own bullets ("", "- Install …")."""
    items, empty, marked = [], 0, 0
    while pos < len(tokens) and text[tokens[pos][0]] != "]":
        a, b = tokens[pos]
        if text[a] != ",":
            if text[a] != '"':
                return False
            items.append(text.endswith("\\n", a, b - 1))
            empty += b - a == 2
            marked += _LINE_ITEM_MARK.match(text, a) is not None
        pos += 1
    return len(items) >= 2 and (sum(items) * 2 >= len(items) or empty >= 1 and marked >= 2)


_POSTSCRIPT_OPENING = re.compile(r"\A%!PS")
# a string painted on the page: "72 745 moveto (COUNTRYSIDE RANGER) show", its position before it when given
_POSTSCRIPT_SHOW = re.compile(r"(?:(?P<x>-?[\d.]+)[ \t]+(?P<y>-?[\d.]+)[ \t]+moveto[ \t]+)?\((?P<s>(?:[^()\\\n]|\\.|\\[0-7]{1,3})*)\)[ \t]*(?:show|ashow|widthshow|awidthshow|xshow|xyshow)\b")
_POSTSCRIPT_ESCAPE = re.compile(r"\\(?:(?P<oct>[0-7]{1,3})|(?P<ch>[nrtbf\\()]))")
_POSTSCRIPT_CHARS = {"n": "\n", "r": "", "t": " ", "b": "", "f": "", "\\": "\\", "(": "(", ")": ")"}
_POSTSCRIPT_PARAGRAPH_GAP = 16  # points: a step down the page wider than a line's leading starts a paragraph


def _postscript_source(doc: Document) -> Document:
    """A page printed to a PostScript file (a word processor's print driver: "%!PS-Adobe-3.0"): the strings it paints
    ("(…) show"), each on a line of its own in the order printed, a step down the page wider than a line starting a
    paragraph; escapes read ("\\243" as "£" in the Windows character set the drivers write, "\\(" as "("); the
    file's comments, prolog, fonts and drawing left out. Any other text is left as it is."""
    text = doc.text
    if not _POSTSCRIPT_OPENING.match(text):
        return doc
    shows = list(_POSTSCRIPT_SHOW.finditer(text))
    if len(shows) < 3:
        return doc
    builder = TextBuilder(doc)
    last_y: Optional[float] = None
    for m in shows:
        if m.group("y") is not None:
            y = float(m.group("y"))
            if last_y is not None and last_y - y > _POSTSCRIPT_PARAGRAPH_GAP:
                builder.insert("\n", m.start("s"))
            last_y = y
        at = m.start("s")
        for e in _POSTSCRIPT_ESCAPE.finditer(text, m.start("s"), m.end("s")):
            builder.copy(at, e.start())
            char = bytes([int(e.group("oct"), 8) & 0xFF]).decode("cp1252", "replace") if e.group("oct") else _POSTSCRIPT_CHARS[e.group("ch")]
            builder.replace(char, e.start(), e.end())
            at = e.end()
        builder.copy(at, m.end("s"))
        builder.insert("\n", m.end("s"))
    out = builder.build()
    return out if out.text.strip() else doc


# a log line's head (journalctl's, syslog's, a container's): "2026-12-03T09:14:22+0200 scr2 jobscrape[21433]: ",
# "Dec  3 09:14:22 scr2 jobscrape[21433]: "
_LOG_HEAD = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?|[A-Z][a-z]{2}[ \t]+\d{1,2}[ \t]+\d{2}:\d{2}:\d{2})"
    r"[ \t]+[\w.-]{1,60}[ \t]+[\w./@-]{1,60}(?:\[\d{1,8}\])?:[ \t]?",
    re.M,
)
_LOG_DUMP_MARK = re.compile(r"\|(?: |$)", re.M)  # a program's dump of a text, one line per log line: "| Millwright (Artisan)"
_MIN_LOG_LINES = 5


def _log_lines(doc: Document) -> Document:
    """A system log holding a posting (journalctl, syslog, a container's output): the log lines' heads (time, host,
    program) left out; where the program dumped a text with a "| " mark before each of its lines, only that text is
    the page (the program's own messages, ids and the log's header are the log's). Needs five log lines; any other
    text is left as it is."""
    text = doc.text
    heads = list(_LOG_HEAD.finditer(text, 0, 200_000))
    if len(heads) < _MIN_LOG_LINES:
        return doc
    dumped = [m for m in heads if _LOG_DUMP_MARK.match(text, m.end())]
    builder = TextBuilder(doc)
    if len(dumped) >= _MIN_LOG_LINES:
        for m in dumped:
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            builder.copy(min(m.end() + 2, end), end)
            builder.insert("\n", end)
        return builder.build()
    at = 0
    for m in heads:
        builder.copy(at, m.start())
        at = m.end()
    builder.copy(at, len(text))
    return builder.build()


# a CI job's log line head: the runner's time stamp alone (GitHub Actions' "2026-12-01T09:14:18.1878550Z ", Jenkins'
# timestamper's "[2026-12-03T06:00:04.266Z] ")
_CI_TIME_HEAD = re.compile(r"(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z|\[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z\])(?: |$)")
# the runner's own lines: GitHub's workflow commands ("##[group]Run …", "##[endgroup]"), Jenkins' pipeline steps
# ("[Pipeline] stage"), GitLab's section marks ("section_start:1764837601:get_sources")
_CI_RUNNER_LINE = re.compile(r"##\[[a-z]+\]|\[Pipeline\](?: |$)|section_(?:start|end):\d+:")
# a step's command as the runner echoes it: "##[group]Run cat jobs/x.md", "$ cat postings/x.md", "+ cat ads/x.txt"
_CI_COMMAND = re.compile(r"(?P<echo>##\[group\]Run |\$ |\+ )(?P<cmd>[a-z.~/][\w./-]*)(?: |$)")
_CI_PRINTERS = frozenset("cat type more less bat head".split())  # commands that print a file as it is


def _next_command(text: str, row: tuple[int, int, int], echo: str) -> bool:
    """Whether ``row`` (line start, end, content start) is the runner's echo of a next command in the form ``echo``."""
    command = _CI_COMMAND.match(text, row[2], row[1])
    return command is not None and command.group("echo") == echo


def _ci_job_log(doc: Document) -> Document:
    """A CI job's log (GitHub Actions, GitLab CI, Jenkins) in which a step printed a posting's file ("cat ads/x.txt"):
    that file's lines, without the runner's time stamps, are the page (the runner's own lines, the other steps' output
    and the ids they print are the log's). A log with no such step keeps its lines without time stamps and the
    runner's own lines. Needs two runner lines; any other text is left as it is."""
    text = doc.text
    lines = _lines(text)
    heads = [(s, e, _CI_TIME_HEAD.match(text, s, e)) for s, e in lines]
    stamped = sum(1 for _, _, m in heads if m)
    rows = [(s, e, m.end() if m and stamped >= _MIN_LOG_LINES else s) for s, e, m in heads]  # (line start, end, content start)
    runner = [_CI_RUNNER_LINE.match(text, c, e) is not None for _, e, c in rows]
    if sum(runner) < 2:
        return doc
    best: tuple[int, int] = (0, 0)  # the longest printed file, as a range of rows
    for i, (_, e, c) in enumerate(rows):
        command = _CI_COMMAND.match(text, c, e)
        if command is None or command.group("cmd") not in _CI_PRINTERS:
            continue
        first = i + 1
        if command.group("echo").startswith("##"):  # GitHub's group holds the command's echo and its shell: skip it
            first = next((j + 1 for j in range(first, len(rows)) if text.startswith("##[endgroup]", rows[j][2])), first)
        last = first
        while last < len(rows) and not runner[last] and not _next_command(text, rows[last], command.group("echo")):
            last += 1
        if last - first > best[1] - best[0]:
            best = (first, last)
    keep = range(*best) if best[1] - best[0] >= _MIN_LOG_LINES else [i for i in range(len(rows)) if not runner[i]]
    if len(keep) == len(rows) and stamped < _MIN_LOG_LINES:
        return doc
    builder = TextBuilder(doc)
    for i in keep:
        _, e, c = rows[i]
        builder.copy(c, e)
        builder.insert("\n", e)
    out = builder.build()
    return out if out.text.strip() else doc


# an RFC 5424 syslog line: "<134>1 2026-12-03T09:14:02.163Z host app 4411 ADLINE [ad@49152 n=\"01\"] the message"
_SYSLOG_LINE = re.compile(
    r"^<\d{1,3}>\d{1,2}[ \t]+\S+[ \t]+\S+[ \t]+\S+[ \t]+\S+[ \t]+(?P<msgid>\S+)[ \t]+(?P<sd>-|(?:\[[^\]\n]*\])+)(?:[ \t](?P<msg>[^\n]*))?$", re.M
)
_SYSLOG_PARAM = re.compile(r"(?P<key>[\w.-]{1,32})=\"(?P<v>(?:[^\"\\\n]|\\.)*)\"")
# a structured-data parameter about the transport, not the posting
_SYSLOG_TECHNICAL = frozenset("n seq lang lines src status bytes pid level len size count host port ms took".split())


def _syslog_lines(doc: Document) -> Document:
    """RFC 5424 syslog lines carrying a posting: the messages of the most frequent message id (the posting's lines)
    as the page, the other lines' structured-data parameters about the posting ("id=\\"HFX-CSW-0412\\"
    posted=\\"2026-11-30\\"") as labelled lines ("Job ID: …", "Posted: …"); headers, transport parameters and the
    program's other messages go. Needs five such lines; any other text is left as it is."""
    text = doc.text
    if not text.startswith("<"):
        return doc
    lines = list(_SYSLOG_LINE.finditer(text))
    if len(lines) < _MIN_LOG_LINES:
        return doc
    counts: dict[str, int] = {}
    for m in lines:
        counts[m.group("msgid")] = counts.get(m.group("msgid"), 0) + 1
    body = max(counts, key=lambda k: counts[k])
    builder = TextBuilder(doc)
    for m in lines:
        if m.group("msgid") == body:
            if m.group("msg") is not None:
                _write_line(builder, "", m.start("msg"), m.end("msg"))
            continue
        for p in _SYSLOG_PARAM.finditer(text, m.start("sd"), m.end("sd")):
            if p.group("key").lower() not in _SYSLOG_TECHNICAL and p.group("v").strip():
                label = "Job ID" if p.group("key").lower() == "id" else _json_key_label(p.group("key"))
                _write_line(builder, label + ": ", p.start("v"), p.end("v"))
    out = builder.build()
    return out if out.text.strip() else doc


# a container runtime's JSON-file log line: Docker's {"log":"…\n","stream":"stdout","time":"…"} (also "message",
# "msg" or "line" as the text's key, before the runtime's own members)
_CONTAINER_LOG_LINE = re.compile(r'^\{[ \t]*"(?:log|message|msg|line)"[ \t]*:[ \t]*"(?P<v>(?:[^"\\\n]|\\.)*)"[ \t]*,[^\n]*\}[ \t]*$', re.M)


def _container_log(doc: Document) -> Document:
    """A container's JSON-file log (``docker logs`` as stored, one object per output line): the lines' texts, their
    escapes read, as the page; the runtime's stream and time members go (a log line's time is when it was written,
    not when the job was posted), and text around the lines is kept. Needs five such lines; any other text is left
    as it is."""
    text = doc.text
    lines = list(_CONTAINER_LOG_LINE.finditer(text, 0, 400_000))
    if len(lines) < _MIN_LOG_LINES:
        return doc
    builder = TextBuilder(doc)
    at = 0
    for m in lines:
        builder.copy(at, m.start())
        _repr_string(builder, text, m.start("v"), m.end("v"))
        if not text.endswith("\\n", m.start("v"), m.end("v")):  # a line the runtime split, or one without its break
            builder.insert("\n", m.end())
        at = m.end() + 1
    builder.copy(min(at, len(text)), len(text))
    return builder.build()


# a curl -v transcript's own lines: the command, curl's trace ("* Connected to …"), the request's and the response's
# headers ("> GET /v2/postings/4471 HTTP/2", "< content-type: …"), a bare ">" or "<" closing them, a body's size note ("{ [5 bytes data]")
_CURL_TRACE_LINE = re.compile(r"[ \t]*(?:\$[ \t]+curl[ \t][^\n]*|\*(?:[ \t][^\n]*)?|[<>](?:[ \t][^\n]*)?|[{}][ \t]\[[^\n]*\])?[ \t]*$")
_CURL_TRACE_HINT = re.compile(r"^\*[ \t]+(?:Trying[ \t]|Connected[ \t]+to[ \t])|^>[ \t](?:GET|POST|PUT|PATCH|DELETE|HEAD)[ \t]", re.M)


def _curl_trace(doc: Document) -> Document:
    """A ``curl -v`` transcript: the run of curl's own lines before the reply's body (the command, the trace, the
    request's and the response's headers) and the run after it ("* Connection #0 to host … left intact") go; the body
    between (a JSON reply, read by the readers after this one) stays. Needs curl's connection line and a request line;
    any other text is left as it is."""
    text = doc.text
    if len(_CURL_TRACE_HINT.findall(text, 0, 20_000)) < 2:
        return doc
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*(?:\n|$)", text) if m.end() > m.start()]

    def traced(k: int) -> bool:  # line k is curl's own (its break left out)
        start, end = lines[k]
        return _CURL_TRACE_LINE.fullmatch(text, start, end - (text[end - 1] == "\n")) is not None

    head = 0
    while head < len(lines) and traced(head):
        head += 1
    tail = len(lines)
    while tail > head and traced(tail - 1):
        tail -= 1
    if head == 0 or head >= tail:
        return doc
    builder = TextBuilder(doc)
    builder.copy(lines[head][0], lines[tail - 1][1])
    return builder.build()


# an Ansible run's debug print: "ok: [host] => {" then a "msg" member holding a list of strings, one a line, or one string
_ANSIBLE_HINT = re.compile(r"^TASK \[[^\n]*\]|^PLAY (?:RECAP|\[)", re.M)
_ANSIBLE_MSG = re.compile(r'^(?:ok|changed): \[[^\]\n]+\] => \{\n[ \t]*"msg": (?:\[\n(?P<lines>(?:[ \t]*"(?:[^"\\\n]|\\.)*",?\n)+)[ \t]*\]|"(?P<one>(?:[^"\\\n]|\\.)*)")', re.M)
_ANSIBLE_LINE = re.compile(r'[ \t]*"(?P<v>(?:[^"\\\n]|\\.)*)",?\n')


def _ansible_debug(doc: Document) -> Document:
    """An Ansible run's output whose debug task prints a posting: the longest ``"msg"`` (a list of strings, one a line,
    or one string) with its escapes read, as the page; the play's tasks, hosts and recap go. Needs a play's or a task's
    banner; any other text is left as it is."""
    text = doc.text
    if _ANSIBLE_HINT.search(text, 0, 5_000) is None:
        return doc
    msgs = list(_ANSIBLE_MSG.finditer(text, 0, 400_000))
    if not msgs:
        return doc
    best = max(msgs, key=lambda m: (m.end("lines") - m.start("lines")) if m.group("lines") is not None else len(m.group("one")))
    builder = TextBuilder(doc)
    if best.group("one") is not None:
        _repr_string(builder, text, best.start("one"), best.end("one"))
    else:
        for line in _ANSIBLE_LINE.finditer(text, best.start("lines"), best.end("lines")):
            _repr_string(builder, text, line.start("v"), line.end("v"))
            builder.insert("\n", line.end())
    return builder.build()


# a Makefile carrying a posting: "define JOB_AD" … "endef" holds its text, "JOB_REQ := CRFB-IT-0917" its facts
_MAKE_DEFINE = re.compile(r"^define[ \t]+(?P<name>[A-Za-z_][\w-]*)[ \t]*(?:=|:=)?[ \t]*\n(?P<body>.*?)^endef\b", re.M | re.S)
_MAKE_VARIABLE = re.compile(r"^(?P<key>[A-Z][A-Z0-9_]{1,40})[ \t]*(?::=|::=|\?=|=)[ \t]*(?P<v>[^\n$#]*?)[ \t]*$", re.M)
_MAKE_DOLLARS = re.compile(r"\$\$")  # Make's escaped "$"
_MAKE_RECIPE_HINT = re.compile(r"^\.PHONY:|^[\w.-]+:[ \t]*[\w. -]*\n\t", re.M)


def _makefile(doc: Document) -> Document:
    """A Makefile whose ``define`` block holds a posting: the block's text as the page ("$$" read as "$"), the
    variables that share its prefix ("JOB_REQ := CRFB-IT-0917" next to "define JOB_AD") as labelled lines before it;
    recipes, comments and the build's own variables go. Any other text is left as it is."""
    text = doc.text
    if "endef" not in text or _MAKE_RECIPE_HINT.search(text) is None:
        return doc
    blocks = [m for m in _MAKE_DEFINE.finditer(text) if len(m.group("body")) >= 200]
    if not blocks:
        return doc
    block = max(blocks, key=lambda m: len(m.group("body")))
    prefix = block.group("name").split("_")[0] + "_" if "_" in block.group("name") else None
    builder = TextBuilder(doc)
    for v in _MAKE_VARIABLE.finditer(text, 0, block.start()):
        key = v.group("key")
        if prefix is not None and key.startswith(prefix) and v.group("v"):
            label = "Job ID" if key[len(prefix):] in ("REQ", "ID", "REF") else _key_label(key[len(prefix):].lower())
            _write_line(builder, label + ": ", v.start("v"), v.end("v"))
    _copy_escaped(builder, text, block.start("body"), block.end("body"), _MAKE_DOLLARS, lambda e: "$")
    return builder.build()


# a FidoNet echomail message as a reader shows it: the header block between "=====" rules ("Msg  : 1187 of 1203",
# "From : Uwe Brandtner   2:240/5832   02 Dec 26  09:14:33", "Subj : …"), kludge lines (AREA:, MSGID:, PID: …),
# then the text up to its tearline ("--- ") and origin line, SEEN-BY and PATH; a reply may follow
_FIDO_FROM = re.compile(r"^[ \t]*From[ \t]*:[ \t]*.+?[ \t]\d{1,5}:\d{1,5}/\d{1,6}(?:\.\d+)?[ \t]+(?P<date>\d{1,2}[ \t][A-Z][a-z]{2}[ \t]\d{2})\b[^\n]*$", re.M)
_FIDO_SUBJECT = re.compile(r"^[ \t]*Subj[ \t]*:[ \t]*(?P<s>[^\n]*?)[ \t]*$", re.M)
_FIDO_KLUDGE = re.compile(r"^(?:AREA|MSGID|REPLY|PID|TID|TZUTC|CHRS|CHARSET|INTL|FMPT|TOPT|NOTE|Via|SEEN-BY|PATH)\b:?[^\n]*\n?", re.M)
_FIDO_END = re.compile(r"^---(?:[ \t][^\n]*)?$|^[ \t]\*[ \t]Origin:", re.M)
_FIDO_RULE = re.compile(r"^={20,}[ \t]*$", re.M)


def _fidonet_message(doc: Document) -> Document:
    """A FidoNet echomail message (see ``_FIDO_FROM``) as its first message's text, under its subject and date
    ("Subject: …", "Posted: 02 Dec 26"); the header block, kludges, tearline, origin, SEEN-BY and PATH lines and any
    reply after it go. Any other text is left as it is."""
    text = doc.text
    sender = _FIDO_FROM.search(text, 0, 3000)
    if sender is None or "MSGID" not in text[:4000]:
        return doc
    rules = [m for m in _FIDO_RULE.finditer(text)]
    body_start = next((m.end() for m in rules if m.start() > sender.end()), None)
    if body_start is None:
        return doc
    end = _FIDO_END.search(text, body_start)
    body_end = end.start() if end is not None else len(text)
    builder = TextBuilder(doc)
    subject = _FIDO_SUBJECT.search(text, 0, body_start)
    if subject is not None and subject.group("s"):
        _write_line(builder, "Subject: ", subject.start("s"), subject.end("s"))
    _write_line(builder, "Posted: ", sender.start("date"), sender.end("date"))
    at = body_start
    for k in _FIDO_KLUDGE.finditer(text, body_start, body_end):
        builder.copy(at, k.start())
        at = k.end()
    builder.copy(at, body_end)
    return builder.build()


# a Gopher menu as a client fetched it: "<type><display>\t<selector>\t<host>\t<port>" lines; info lines ("i") hold the
# page's text, the other types are links
_GOPHER_LINE = re.compile(r"^(?P<type>[0-9A-Za-z+:;<])(?P<shown>[^\t\n]*)\t[^\t\n]*\t[^\t\n]*\t\d{1,5}[ \t]*$", re.M)
_MIN_GOPHER_LINES = 8


def _gopher_menu(doc: Document) -> Document:
    """A Gopher menu as the page its info lines write: each "i" line's display text a line (an empty one a blank
    line), the links, selectors, hosts and ports gone; a line of ASCII art before the text stays a line. Needs eight
    menu lines; any other text is left as it is."""
    text = doc.text
    if "\t" not in text:
        return doc
    lines = list(_GOPHER_LINE.finditer(text))
    if len(lines) < _MIN_GOPHER_LINES:
        return doc
    builder = TextBuilder(doc)
    for m in lines:
        if m.group("type") == "i":
            _write_line(builder, "", m.start("shown"), m.end("shown"))
    return builder.build()


# an OpenTelemetry collector's debug exporter (or a log pipeline's dump of the same form): "     -> posting.text: Str(…)"
_OTEL_ATTRIBUTE = re.compile(r"^[ \t]*->[ \t]+[\w.:/-]{1,80}:[ \t]+(?P<type>Str|Int|Double|Bool|Bytes|Slice|Map|Empty)\(", re.M)
_OTEL_STRUCTURE = re.compile(r"^(?:Span|ResourceSpans|ResourceLog|LogRecord|ScopeSpans|ScopeLogs|SpanEvent)[ \t]+#\d+", re.M)
_OTEL_MIN_TEXT = 200  # characters: a text attribute long enough to be the posting


def _otel_dump(doc: Document) -> Document:
    """A trace or log printed by an OpenTelemetry collector's debug exporter (see ``_OTEL_ATTRIBUTE``) that carries
    the posting in a text attribute ("-> posting.text: Str(…)" over many lines): only that text is the page — the
    longest such value, without its type's brackets; the spans' ids, times, statuses, events and the other
    attributes are the pipeline's. Needs three attribute lines and a span or log record's heading; any other text is
    left as it is."""
    text = doc.text
    if "->" not in text or _OTEL_STRUCTURE.search(text) is None:
        return doc
    attributes = list(_OTEL_ATTRIBUTE.finditer(text))
    if len(attributes) < 3:
        return doc
    ends = sorted([m.start() for m in attributes] + [m.start() for m in _OTEL_STRUCTURE.finditer(text)]
                  + [m.start() for m in re.finditer(r"^(?:Attributes|Events|Links|Resource attributes)[ \t]*:+", text, re.M)] + [len(text)])
    best: Optional[tuple[int, int]] = None
    for m in attributes:
        if m.group("type") != "Str":
            continue
        end = next(e for e in ends if e > m.start())
        value_end = end
        while value_end > m.end() and text[value_end - 1] in " \t\n":
            value_end -= 1
        if value_end > m.end() and text[value_end - 1] == ")":
            value_end -= 1
        if value_end - m.end() >= _OTEL_MIN_TEXT and "\n" in text[m.end() : value_end] and (best is None or value_end - m.end() > best[1] - best[0]):
            best = (m.end(), value_end)
    if best is None:
        return doc
    builder = TextBuilder(doc)
    builder.copy(*best)
    return builder.build()


_CBOR_HINT = re.compile(r"[:\[,][ \t]*\d{1,5}\([\"\d]|[\[{]_[ \t]*\n")  # a tag (0("2026-11-29T…"), 1(1798675200)) or an indefinite-length array ([_ …)
_CBOR_TOKEN = re.compile(r'''"(?:[^"\\\n]|\\.)*"|(?P<tag>(?<![\w.])\d{1,5}\()|(?P<open>\()|(?P<close>\))|(?<=[\[{])(?P<indefinite>_)|(?<![\w.])(?P<bytes>(?:h|b32|h32|b64)'[^'\n]*')''')


def _cbor_diagnostic(doc: Document) -> Document:
    """CBOR's diagnostic notation (RFC 8949 §8, what cbor2diag or cbor.me print) read as the JSON it extends: a tag's
    number and brackets left out around its value ("published": 0("2026-11-29T08:30:00Z") → the date string), an
    indefinite-length array's or map's "_" mark dropped, a byte string (h'9F3C…') read as null; the JSON reader then reads it. Needs a JSON object and one of
    those marks, and JSON once they are dropped; any other text is left as it is."""
    text = doc.text
    if "{" not in text or _CBOR_HINT.search(text, 0, 40_000) is None:
        return doc
    builder = TextBuilder(doc)
    at = 0
    tags: list[bool] = []  # for each open bracket: whether it is a tag's
    for m in _CBOR_TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "open":
            tags.append(False)
            continue
        if kind == "tag":
            tags.append(True)
        elif kind == "close":
            if not tags or not tags.pop():
                continue
        elif kind not in ("indefinite", "bytes"):
            continue  # a string
        builder.copy(at, m.start())
        if kind == "bytes":
            builder.insert("null", m.start())  # a byte string (h'9F3C…') is no text of the page
        at = m.end()
    if at == 0:
        return doc
    builder.copy(at, len(text))
    out = builder.build()
    return out if _json_spans(out.text) else doc  # (no JSON once read so: a text that only looked like it, "Grade: 7(1)")


def _json_table_rows(text: str, tokens: list[tuple[int, int]]) -> Optional[list[list[tuple[int, int]]]]:
    """The rows of the first table in a JSON value written as an array of arrays (a spreadsheet API's "values": a row
    of column names over rows of cells), each row its cells' token spans; None without one of a header of three
    names or more and a row of as many cells."""
    for i in range(len(tokens) - 1):
        if text[tokens[i][0]] != "[" or text[tokens[i + 1][0]] != "[":
            continue
        rows: list[list[tuple[int, int]]] = []
        row: Optional[list[tuple[int, int]]] = None
        for a, b in tokens[i + 1 :]:
            ch = text[a]
            if ch == "[" and row is None:
                row = []
            elif ch == "]" and row is not None:
                rows.append(row)
                row = None
            elif ch == "]" or ch in "{}":
                break  # the table's end, or no table of cells
            elif row is not None and ch not in ",:":
                row.append((a, b))
        header = rows[0] if rows else []
        if len(header) >= 3 and all(text[a] == '"' for a, _ in header) and any(len(r) == len(header) for r in rows[1:]):
            return rows
        return None
    return None


def _json_table(builder: TextBuilder, text: str, tokens: list[tuple[int, int]]) -> bool:
    """Write a JSON table's posting row (:func:`_json_table_rows`) as a careers page shows it: each column name as the
    label over its cell, a text with escaped line breaks under its name as a heading; the first row whose cells do not
    mark it unshown ("On hold", "Draft", "Closed" …), empty cells left out. False (nothing written) without a table."""
    rows = _json_table_rows(text, tokens)
    if rows is None:
        return False
    header, body = rows[0], [r for r in rows[1:] if len(r) == len(rows[0])]
    row = next((r for r in body if not any(_UNSHOWN_STATUS.fullmatch(text[a + 1 : b - 1].strip()) for a, b in r)), body[0])
    for (ha, hb), (a, b) in zip(header, row):
        if text[a] == '"' and b - a > 2:
            _write_quoted_value(builder, text, _json_key_label(text[ha + 1 : hb - 1]), [(a + 1, b - 1)])
        elif text[a] != '"' and text[a:b] not in ("null", "true", "false"):
            _write_line(builder, _json_key_label(text[ha + 1 : hb - 1]) + ": ", a, b)
    return True


# --------------------------------------------------------------------------- linked data: RDF and SPARQL results

# a Turtle or N-Triples token: an IRI, a prefixed name, a literal (long or short, with its language or datatype), a
# number, the keyword "a", a blank node's label or punctuation; comments and directives are read past
_RDF_TOKEN = re.compile(
    r'(?P<long>"""(?P<lv>(?:[^"\\]|\\.|"(?!""))*)""")(?:@[\w-]+|\^\^\S+?(?=[\s;,.\]]))?'
    r'|"(?P<sv>(?:[^"\\\n]|\\.)*)"(?:@[\w-]+|\^\^(?:<[^>\n]*>|[\w-]*:[\w-]+))?'
    r"|(?P<iri><[^>\s]*>)|(?P<blank>_:[\w-]+)|(?P<num>[-+]?\d+(?:\.\d+)?)(?![\w:])"
    r"|(?P<pname>[A-Za-z][\w-]*:[A-Za-z_][\w-]*(?:\.[\w-]+)*|:[A-Za-z_][\w-]*)|(?P<a>\ba\b)"
    r"|(?P<punct>[\[\];,.])|(?P<comment>#[^\n]*)|(?P<directive>@(?:prefix|base)[^\n]*|(?i:PREFIX|BASE)[ \t][^\n]*)"
)
_RDF_HEAD = re.compile(r"^[ \t]*(?:@prefix[ \t]|(?i:PREFIX)[ \t]+\w*:[ \t]*<)|^(?:<[^>\s]+>|_:\w+)[ \t]+<[^>\s]+>[ \t]+\S", re.M)
_MIN_RDF_STATEMENTS = 6


def _rdf_local(name: str) -> str:
    """The local name of an IRI or prefixed name ("<https://schema.org/title>" → "title", "schema:title" → "title")."""
    name = name.strip("<>")
    return re.split(r"[#/:]", name)[-1]


def _rdf_triples(text: str) -> list[tuple[str, str, tuple[str, int, int]]]:
    """The triples of a Turtle or N-Triples document, in source order: ``(subject, predicate's local name, object)``,
    an object being ``("node", id, 0)`` or ``("literal", start, end)`` (its text's span, escapes unread) or
    ``("number", start, end)``; a nested blank node ("[ … ]") gets an id of its own."""
    tokens = [m for m in _RDF_TOKEN.finditer(text) if not (m.group("comment") or m.group("directive"))]
    triples: list[tuple[str, str, tuple[str, int, int]]] = []
    stack: list[tuple[str, Optional[str]]] = []  # (subject, predicate) of each open "[ … ]"
    subject: Optional[str] = None
    predicate: Optional[str] = None
    blank = 0
    for m in tokens:
        kind = m.lastgroup if m.lastgroup not in ("lv", "sv") else ("long" if m.group("long") else "sv")
        if m.group("long") is not None:
            kind = "long"
        elif m.group("sv") is not None:
            kind = "short"
        if kind == "punct":
            p = m.group()
            if p == "[":
                blank += 1
                node = f"_:[{blank}]"
                if subject is not None and predicate is not None:
                    triples.append((subject, predicate, ("node", node, 0)))
                    stack.append((subject, predicate))
                else:
                    stack.append((node, None))
                subject, predicate = node, None
            elif p == "]":
                if stack:
                    subject, predicate = stack.pop()
                    if predicate is None:  # "[ … ] a schema:X ." : the bracket was the subject
                        predicate = None
            elif p == ";":
                predicate = None
            elif p == "." and not stack:
                subject, predicate = None, None
            continue
        if kind == "long":
            obj = ("literal", m.start("lv"), m.end("lv"))
        elif kind == "short":
            obj = ("literal", m.start("sv"), m.end("sv"))
        elif kind == "num":
            obj = ("number", m.start(), m.end())
        else:
            obj = ("node", m.group(), 0)
        if subject is None:
            subject = obj[1] if obj[0] == "node" else None
        elif predicate is None:
            predicate = "type" if kind == "a" else _rdf_local(m.group())
        else:
            triples.append((subject, predicate, obj))
    return triples


def _linked_data(doc: Document) -> Document:
    """A posting published as linked data — Turtle or N-Triples with a schema.org JobPosting — as the page it
    describes: the first posting's properties as labelled lines ("schema:title \\"…\\"" → "Title: …"), a node it points
    to by its name ("hiringOrganization bml:org" → "Hiring organization: Bibliothèque Lumière"), a place node as one
    "Job location: town, region, country" line and a pay node as one range line, long texts with their escapes read;
    prefixes, types, other postings and other nodes go. Needs six statements and a JobPosting; any other text is
    left as it is."""
    text = doc.text
    if "JobPosting" not in text or _RDF_HEAD.search(text, 0, 4000) is None:
        return doc
    triples = _rdf_triples(text)
    if len(triples) < _MIN_RDF_STATEMENTS:
        return doc
    by_subject: dict[str, list[tuple[str, tuple[str, int, int]]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(s, []).append((p, o))
    posting = next((s for s, p, o in triples if p == "type" and o[0] == "node" and _rdf_local(o[1]) == "JobPosting"), None)
    if posting is None:
        return doc
    lines: list[tuple[int, Callable[[TextBuilder], None]]] = []

    def literal(o: tuple[str, int, int]) -> bool:
        return o[0] in ("literal", "number") and o[2] > o[1]

    def leaves(node: str, depth: int = 0) -> list[tuple[str, tuple[str, int, int]]]:
        """A node's literal properties, its nested nodes' too (an address inside a place)."""
        out = []
        for p, o in by_subject.get(node, []):
            if literal(o):
                out.append((p, o))
            elif o[0] == "node" and p != "type" and depth < 3:
                out.extend(leaves(o[1], depth + 1))
        return out

    def add_line(label: str, o: tuple[str, int, int]) -> None:
        def write(builder: TextBuilder, label: str = label, o: tuple[str, int, int] = o) -> None:
            multiline = "\n" in text[o[1] : o[2]] or "\\n" in text[o[1] : o[2]]
            builder.insert(label + ("\n" if multiline else ": "), o[1])
            _repr_string(builder, text, o[1], o[2])
            builder.insert("\n\n" if multiline else "\n", o[2])
        lines.append((o[1], write))

    for p, o in by_subject[posting]:
        if p == "type":
            continue
        label = _json_key_label(p)
        if literal(o):
            add_line(label, o)
            continue
        if o[0] != "node":
            continue
        found = leaves(o[1])
        keys = {_ADDRESS_PREFIX.sub("", q.lower()): obj for q, obj in found}
        name = next((obj for q, obj in found if q.lower() in _NAME_KEYS), None)
        if keys and set(keys) <= _PLACE_KEYS | {"postalcode", "streetaddress"}:
            shown = [(obj[1], obj[2]) for q, obj in keys.items() if q not in ("postcode", "postalcode", "streetaddress", "street", "address", "zip")]
            if shown:
                lines.append((shown[0][0], lambda builder, label=label, shown=shown: _write_place_line(builder, label, shown)))
        elif _range_record({_RANGE_KEY_SUFFIX.sub("", q.lower()) for q in keys}):
            ends = {_RANGE_KEY_SUFFIX.sub("", q.lower()): (obj[1], obj[2]) for q, obj in found}
            first = min(a for a, _ in ends.values())
            lines.append((first, lambda builder, label=label, ends=ends, first=first: _write_range(builder, text, label, ends, first, max(b for _, b in ends.values()))))
        elif name is not None:
            add_line(label, name)
        else:
            for q, obj in found:  # a pay node's "description" is the pay: "Base salary: $36.12 - $42.50 per hour"
                add_line(label if q.lower() in ("description", "text", "value") else _json_key_label(q), obj)
    if not lines:
        return doc
    builder = TextBuilder(doc)
    for _, write in sorted(lines, key=lambda line: line[0]):
        write(builder)
    return builder.build()


# SPARQL query results as JSON ("head": {"vars": …}, "results": {"bindings": [{"title": {"type": "literal", "value": …}}]})
_SPARQL_BINDING = re.compile(r'"(?P<var>[A-Za-z_][\w-]*)"[ \t\n]*:[ \t\n]*\{(?P<body>[^{}]*)\}')
_SPARQL_VALUE = re.compile(r'"value"[ \t\n]*:[ \t\n]*"(?P<v>(?:[^"\\\n]|\\.)*)"')
_SPARQL_URI = re.compile(r'"type"[ \t\n]*:[ \t\n]*"(?:uri|bnode)"')


def _sparql_results(doc: Document) -> Document:
    """SPARQL query results in JSON as the page the first result describes: each of its literal bindings as a labelled
    line ("title" → "Title: Data Engineer"), long values with their escapes read; IRIs, the head and other results go,
    text around the JSON (the command that fetched it) stays. Any other text is left as it is."""
    text = doc.text
    head = text.find('"bindings"')
    if head < 0 or '"vars"' not in text[:head]:
        return doc
    spans = _json_spans(text)
    if not spans:
        return doc
    start, end = spans[0]
    first = text.find("{", head)
    builder = TextBuilder(doc)
    builder.copy(0, start)
    depth, stop = 0, end
    for i in range(first, end):  # the first result's own braces
        depth += (text[i] == "{") - (text[i] == "}")
        if depth == 0:
            stop = i + 1
            break
    for m in _SPARQL_BINDING.finditer(text, first + 1, stop):
        value = _SPARQL_VALUE.search(m.group("body"))
        if value is None or _SPARQL_URI.search(m.group("body")) or not value.group("v").strip():
            continue
        a, b = m.start("body") + value.start("v"), m.start("body") + value.end("v")
        _write_quoted_value(builder, text, _json_key_label(m.group("var")), [(a, b)])
    builder.copy(end, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


# --------------------------------------------------------------------------- business messages carrying a posting

# UN/EDIFACT: segments closed by "'", data elements by "+", components by ":", "?" releasing the next character;
# the posting's text is in its FTX (free text) segments: "FTX+AAI+++Job title?: Reach truck driver+EN'"
_EDIFACT_HEAD = re.compile(r"\A\s*(?:UNA.{6}\s*)?UNB\+")
_EDIFACT_FTX = re.compile(r"^FTX\+[^+'\n]*\+[^+'\n]*\+[^+'\n]*\+(?P<t>(?:[^'?+\n]|\?.)*)(?:\+[A-Za-z]{2,3})?'[ \t]*$", re.M)
_EDIFACT_RELEASE = re.compile(r"\?(.)|:")


def _edifact_message(doc: Document) -> Document:
    """A UN/EDIFACT interchange carrying a posting as the text of its free-text (FTX) segments, one a line: the
    release character read ("?:" → ":"), components joined by a space; the envelope and the other segments go.
    Any other text is left as it is."""
    text = doc.text
    if _EDIFACT_HEAD.match(text) is None:
        return doc
    segments = list(_EDIFACT_FTX.finditer(text))
    if not segments:
        return doc
    return _escaped_lines(doc, [m.span("t") for m in segments], _EDIFACT_RELEASE, lambda e: e.group(1) if e.group(1) is not None else " ")


def _escaped_lines(doc: Document, spans: list[tuple[int, int]], escape: re.Pattern, shown: Callable[[re.Match], str]) -> Document:
    """``doc`` as the text of ``spans``, one a line, each ``escape`` match in them written as ``shown`` says."""
    builder = TextBuilder(doc)
    for start, end in spans:
        _copy_escaped(builder, doc.text, start, end, escape, shown)
        builder.insert("\n", end)
    return builder.build()


def _copy_escaped(builder: TextBuilder, text: str, start: int, end: int, escape: re.Pattern, shown: Callable[[re.Match], str]) -> None:
    """Copy ``text[start:end]`` to ``builder``, each ``escape`` match in it written as ``shown`` says."""
    at = start
    for e in escape.finditer(text, start, end):
        builder.copy(at, e.start())
        builder.replace(shown(e), e.start(), e.end())
        at = e.end()
    builder.copy(at, end)


# HL7 version 2: segments one a line, fields split by "|"; a note (NTE) segment's comment field holds the text
_HL7_HEAD = re.compile(r"\A\s*MSH\|\^~\\&\|")
_HL7_NOTE = re.compile(r"^NTE\|[^|\n]*\|[^|\n]*\|(?P<t>[^|\n]*)(?:\|[^\n]*)?$", re.M)
_HL7_ESCAPE = re.compile(r"\\(?P<e>[FSTRE])\\")
_HL7_ESCAPED = {"F": "|", "S": "^", "T": "&", "R": "~", "E": "\\"}


def _hl7_message(doc: Document) -> Document:
    """An HL7 version 2 message carrying a posting in its note (NTE) segments: each note's text on a line of its own,
    HL7's escapes read ("\\F\\" → "|"); the header and the coded segments go. Any other text is left as it is."""
    text = doc.text
    if _HL7_HEAD.match(text) is None:
        return doc
    notes = list(_HL7_NOTE.finditer(text))
    if len(notes) < 2:
        return doc
    return _escaped_lines(doc, [m.span("t") for m in notes], _HL7_ESCAPE, lambda e: _HL7_ESCAPED[e.group("e")])


# a SWIFT FIN message as a printout shows it: its blocks "{1:F01…}{2:I999…}{3:{108:…}}{4:" then tagged fields
# (":20:", ":79:" …) and "-}{5:{CHK:…}}"; the narrative (":79:", ":72:", ":77E:") is the text
_SWIFT_BLOCKS = re.compile(r"\{1:F\d\d[A-Z0-9]{10,}\}")
_SWIFT_CHROME = re.compile(
    r"^(?:[ \t]*==[^\n]*==[ \t]*|\{1:[^\n]*\{4:[ \t]*|-\}(?:\{5:[^\n]*)?|:(?:20|21|13[A-Z]?|23[A-Z]?|32[A-Z]|50[A-Z]?|52[A-Z]?|53[A-Z]?|59[A-Z]?|71[A-Z]):[^\n]*)[ \t]*(?:\n|$)", re.M
)
_SWIFT_NARRATIVE_TAG = re.compile(r"^:(?:79|72|77[A-Z]?|70):", re.M)
_SWIFT_WRAP = re.compile(r"(?<=[^\n:])\n(?=[A-Z0-9(][^\n:]*(?:\n|$))(?![A-Z][A-Z /()&.-]{1,40}:|\d{1,2}[.)][ \t]|[-–•*][ \t]|-\}|\{|==|:\d)")


def _swift_message(doc: Document) -> Document:
    """SWIFT FIN messages (MT 999, MT 199 …) printed as their blocks and tagged fields: the narrative fields' text
    stays, the basic, application and trailer blocks, the print banners and the reference fields go. Any other text
    is left as it is."""
    text = doc.text
    if _SWIFT_BLOCKS.search(text, 0, 2000) is None or _SWIFT_NARRATIVE_TAG.search(text) is None:
        return doc
    edits: list[Edit] = [(m.start(), m.end(), "") for m in _SWIFT_CHROME.finditer(text)]
    edits += [(m.start(), m.end(), "") for m in _SWIFT_NARRATIVE_TAG.finditer(text)]
    # a narrative wraps at the field's line width (35 or 50 characters): a line that opens no label, item or heading
    # goes on with the line above ("POSITION: TRADE FINANCE OFFICER -" / "DOCUMENTARY CREDITS")
    edits += [(m.start(), m.end(), " ") for m in _SWIFT_WRAP.finditer(text)]
    return _apply(doc, edits)


# a Postman collection (its "info" names the collection schema): the posting is a request's raw body, a JSON record
# held as one escaped string ("raw": "{\n  \"title\": \"Kitchen Manager\", …}")
_POSTMAN_SCHEMA = re.compile(r'"schema"[ \t]*:[ \t]*"https?://schema\.getpostman\.com/')
_POSTMAN_RAW = re.compile(r'"raw"[ \t]*:[ \t]*"(?P<v>\{(?:[^"\\\n]|\\.)*)"')
_MIN_POSTMAN_BODY = 200


def _postman_collection(doc: Document) -> Document:
    """A Postman collection as the posting its longest request body carries: that body's escaped JSON read as the
    JSON it holds (its escapes read, offsets kept), for the JSON reader after it; the collection's requests, URLs,
    headers and saved responses go. Any other text is left as it is."""
    text = doc.text
    if _POSTMAN_SCHEMA.search(text, 0, 2000) is None:
        return doc
    bodies = [m for m in _POSTMAN_RAW.finditer(text) if m.end("v") - m.start("v") >= _MIN_POSTMAN_BODY]
    if not bodies:
        return doc
    body = max(bodies, key=lambda m: m.end("v") - m.start("v"))
    builder = TextBuilder(doc)
    _repr_string(builder, text, body.start("v"), body.end("v"))
    builder.insert("\n", body.end("v"))
    return builder.build()


# an app's string resource: '"careers.job.title" = "Bike Mechanic";' (iOS .strings), '"jobTitle": "Night Receptionist",'
# (a Flutter .arb)
_RESOURCE_STRING = re.compile(r'^[ \t]*"(?P<key>[A-Za-z_@][\w.@-]{0,80})"[ \t]*(?P<sep>[=:])[ \t]*"(?P<value>(?:[^"\\\n]|\\.)*)"[ \t]*[;,]?[ \t]*$', re.M)
_ARB_METADATA = re.compile(r'^[ \t]*"@@?[A-Za-z_]\w*"[ \t]*:', re.M)  # a Flutter .arb's "@@locale" or "@jobTitle": {…}
_RESOURCE_ESCAPE = re.compile(r'\\(?:(?P<n>[nr])|(?P<t>t)|(?P<ch>["\\/\'])|u(?P<u>[0-9A-Fa-f]{4}))')
_RESOURCE_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# the key's last word that names a field, and the label the page gives it
_RESOURCE_FIELDS = {"title": "Job title", "company": "Company", "employer": "Employer", "location": "Location", "city": "Location",
                    "type": "Employment type", "schedule": "Schedule", "hours": "Hours", "pay": "Pay", "salary": "Salary",
                    "wage": "Pay", "posted": "Posted", "id": "Job ID", "ref": "Reference", "reference": "Reference",
                    "department": "Department", "team": "Team"}
# a part of the posting the key names before its last word: "duties.title", "requirementsHeading" are the part's heading
_RESOURCE_PARTS = frozenset("duties tasks responsibilities requirements qualifications profile skills benefits offer perks about "
                            "apply application description summary intro list header section app page screen tab dialog button".split())
MIN_RESOURCE_STRINGS = 5


def _resource_strings(doc: Document) -> Document:
    """An app's string resources holding a posting (an iOS Localizable.strings, a Flutter .arb with its "@" metadata):
    each text on a line of its own, its escapes written out ("\\n" a line break), labelled after its key where the key's
    last word names a field ("careers.job.title" → "Job title: …", "jobNightReceptionPay" → "Pay: …") and not a part
    of the posting or of the app ("careers.job.duties.title" is the duties' heading, "appTitle" the app's name);
    comments, metadata entries ("@jobTitle" and what nests in them) and the file's other lines left out. Needs five such entries and one labelled a title; any other text is left as it
    is."""
    text = doc.text
    entries = [m for m in _RESOURCE_STRING.finditer(text, 0, 200_000) if not m.group("key").startswith("@") and m.group("value").strip()]
    if not entries or entries[0].group("sep") == ":" and _ARB_METADATA.search(text, 0, 200_000) is None:
        return doc  # other JSON is read by the JSON reader
    if entries[0].group("sep") == "=" and not all(m.group().rstrip().endswith(";") for m in entries):
        return doc  # a registry export's '"Name"="value"' lines, without the strings file's ';'
    indent = min((len(m.group()) - len(m.group().lstrip()) for m in entries), default=0)
    entries = [m for m in entries if len(m.group()) - len(m.group().lstrip()) == indent]  # (an entry's metadata object nests deeper)
    labels = [_resource_label(m.group("key")) for m in entries]
    if len(entries) < MIN_RESOURCE_STRINGS or "Job title" not in labels:
        return doc
    builder = TextBuilder(doc)
    for m, label in zip(entries, labels):
        vs, ve = m.span("value")
        builder.insert((label + ": ") if label else "", vs)
        _copy_escaped(builder, text, vs, ve, _RESOURCE_ESCAPE, _resource_char)
        builder.insert("\n\n" if label is None else "\n", ve)
    return builder.build()


def _resource_char(esc: re.Match) -> str:
    """What a resource string's escape stands for: "\\n" a line break, "\\t" a space, "\\u00e9" its character."""
    return "\n" if esc.group("n") else " " if esc.group("t") else esc.group("ch") or chr(int(esc.group("u"), 16))


def _resource_label(key: str) -> Optional[str]:
    """The label of a resource key's text: its last word's field, unless the word before names a part of the posting."""
    words = [w.lower() for part in re.split(r"[._-]", key) for w in _RESOURCE_KEY_WORD.findall(part)]
    if not words or words[-1] not in _RESOURCE_FIELDS or len(words) > 1 and words[-2] in _RESOURCE_PARTS:
        return None
    return _RESOURCE_FIELDS[words[-1]]


_JOB_TITLE_MEMBER = re.compile(r'"(?:title|job_?title|jobTitle|position|name)"[ \t]*:[ \t]*"', re.I)  # a job record's title member


def _json_source(doc: Document) -> Document:
    """A posting pasted or fetched as JSON (an API response, a data export), after any text above it: written as a
    careers page shows it — "\"job_title\": \"Baker\"" as "Job title: Baker", a key over an array of strings as a
    heading over "- " items, a nested record's name under its parent's label ("employer": {"name": …} as
    "Employer: …"), a nested place record as one "Location: town, state, country" line; numbers kept, true/false/null
    and punctuation left out; a chat's export only as its longest message (:func:`_chat_message`). Strings keep their
    offsets (without their quotes). Of a JSON Lines export whose records each hold a job's title (a scraper's feed of a
    listing's card and the job's detail), only the longest record: the posting, the other jobs' cards left out. Text
    around the JSON is kept as it is, and any other text is left as it is."""
    text = doc.text
    spans = _json_spans(text)
    if not spans:
        return doc
    cards: list[tuple[int, int]] = []
    if len(spans) >= 2 and all(_JOB_TITLE_MEMBER.search(text, *span) for span in spans):
        detail = max(spans, key=lambda span: span[1] - span[0])  # a scraper's JSON Lines export of several jobs: the detail record
        cards = [span for span in spans if span != detail]
    builder = TextBuilder(doc)
    at = 0
    for start, end in spans:  # one object, or each object of a JSON Lines log ("{…}\n{…}")
        if (start, end) in cards:
            builder.copy(at, start)
            at = end  # another job's card: left out
            continue
        for line in _JS_COMMENT_LINE.finditer(text, at, start):  # "// Power Automate run … · inputs": the tool's note, no page text
            builder.copy(at, line.start())
            at = line.end()
        builder.copy(at, start)
        builder.insert("\n", start)
        tokens = [(m.start(), m.end()) for m in _JSON_TOKEN.finditer(text, start, end)]
        if text[start] == "{" and _lever_posting(text, tokens, 1):
            _write_json(builder, text, tokens, end)  # a Lever posting: its lists' "text"/"content" pairs are sections, not chat messages
            builder.insert("\n", end)
            at = end
            continue
        if _adaptive_card(builder, text, tokens) or _id_keyed_cells(builder, text, start, end) or _chat_message(builder, text, tokens) \
                or _json_api(builder, text, tokens):
            builder.insert("\n", end)
            at = end
            continue
        if _json_table(builder, text, tokens):
            builder.insert("\n", end)
            at = end
            continue
        page = _embedded_page(text, tokens)
        if page is not None:  # an error tracker's event, a pipeline's record: the posting it carries is the page
            _message_sent(builder, text, tokens, page)
            (_json_html if len(_JSON_BLOCK_TAG.findall(text, *page)) >= _MIN_JSON_BLOCK_TAGS else _repr_string)(builder, text, *page)
            builder.insert("\n", end)
            at = end
            continue
        _write_json(builder, text, tokens, end)
        builder.insert("\n", end)
        at = end
    builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


_POSTING_RECORD_KEYS = frozenset("role job job_name location locations city salary pay compensation".split())  # a posting record's own keys
_MIN_EMBEDDED_PAGE = 500  # characters: a text value long enough to be a posting
_MIN_EMBEDDED_LINES = 6  # its escaped line breaks


@cache
def _posting_keys() -> frozenset[str]:
    """A posting record's own JSON keys, lower case (see :func:`_embedded_page`)."""
    vocab = _load("titles.json")
    keys = {k.lower() for group in ("json_title_keys", "json_company_keys", "json_team_keys") for k in vocab.get(group, [])}
    return frozenset(keys | _POSTING_RECORD_KEYS)


def _embedded_page(text: str, tokens: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """The inside of the JSON's one long text (500 characters and six escaped line breaks or more) when the JSON is
    no posting record (no title, employer, team, role, place or pay key: ``titles.json``'s ``json_*_keys`` and
    ``_POSTING_RECORD_KEYS``): an error tracker's event or a pipeline's log record carrying the raw posting ("extra":
    {"raw_posting": "Customer Support Specialist\\n…"}); None otherwise."""
    title_keys = _posting_keys()
    best: Optional[tuple[int, int]] = None
    for i, (a, b) in enumerate(tokens):
        if text[a] != '"':
            continue
        if i + 1 < len(tokens) and text[tokens[i + 1][0]] == ":":
            if _CUSTOM_FIELD_SUFFIX.sub("", text[a + 1 : b - 1]).lower() in title_keys:
                return None  # (a CRM's custom field too: "City__c")
            continue
        if b - a >= _MIN_EMBEDDED_PAGE and text.count("\\n", a, b) >= _MIN_EMBEDDED_LINES and (best is None or b - a > best[1] - best[0]):
            best = (a + 1, b - 1)
    return best


_CHAT_TEXT_KEYS = frozenset("text message content body msg markdown".split())  # ("msg": Rocket.Chat's; "markdown": Webex's)
_CHAT_DATE_KEYS = frozenset("originalarrivaltime created created_date createdate created_at createdat date timestamp sent_at sentat time ts".split())
_EPOCH_DATE_KEYS = _CHAT_DATE_KEYS | {"origin_server_ts", "date_sent", "sent", "create_at"}  # a message's send time, as a number too
_EPOCH = re.compile(r"(?P<s>1[5-9]\d{8})(?P<ms>\d{3})?")  # seconds (or milliseconds) since 1970: 2017 … 2033


def _records(text: str, tokens: list[tuple[int, int]]) -> tuple[list[int], dict[int, int]]:
    """For each of a JSON's ``tokens``, a number naming the innermost record (``{…}``) holding it (0: none), and each
    record's parent record."""
    out, stack, opened, parents = [], [0], 0, {}
    for a, _ in tokens:
        if text[a] == "{":
            opened += 1
            parents[opened] = stack[-1]
            stack.append(opened)
        out.append(stack[-1])
        if text[a] == "}" and len(stack) > 1:
            stack.pop()
    return out, parents


def _message_sent(builder: TextBuilder, text: str, tokens: list[tuple[int, int]], page: tuple[int, int]) -> None:
    """Write "Posted: <date>" before a chat message's text (``page``, under a "body", "text", "content" or "message"
    key) from the send time its record gives before it: a date string, or a Unix time in seconds or milliseconds
    (a Matrix event's "origin_server_ts", a Zulip message's "timestamp") written as its UTC date, standing for the
    number. Nothing for any other long text (an error tracker's event time is no posting date)."""
    keyed = [(text[a + 1 : b - 1].lower(), i) for i, (a, b) in enumerate(tokens[:-2]) if text[a] == '"' and text[tokens[i + 1][0]] == ":"]
    page_key, page_at = next(((key, i) for key, i in keyed if tokens[i + 2] == (page[0] - 1, page[1] + 1)), (None, -1))
    if page_key not in _CHAT_TEXT_KEYS:
        return
    records, parents = _records(text, tokens)
    stamped = {records[i]: tokens[i + 2] for key, i in reversed(keyed) if key in _EPOCH_DATE_KEYS}
    record = records[page_at]
    while record and record not in stamped:
        record = parents[record]  # a Matrix event's "origin_server_ts" stands outside its "content"
    if record not in stamped:
        return
    va, vb = stamped[record]  # the message's own: its record's stamp, before or after its text
    if text[va] == '"':
        builder.insert("Posted: ", va + 1)
        builder.copy(va + 1, vb - 1)
        builder.insert("\n\n", vb)
    else:
        _posted_day(builder, text, va, vb)


def _posted_day(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Write "Posted: <day>" for the Unix time ``text[start:end]`` (seconds or milliseconds), its UTC date standing for
    the number; nothing when the number is no such time."""
    m = _EPOCH.fullmatch(text, start, end)
    if m is None:
        return
    builder.insert("Posted: ", start)
    builder.replace(datetime.fromtimestamp(int(m.group("s")), tz=timezone.utc).date().isoformat(), start, end)
    builder.insert("\n\n", end)
_MIN_CHAT_MESSAGES = 3
_MIN_CHAT_POSTING = 250  # characters: a message long enough to be the posting


_JS_COMMENT_LINE = re.compile(r"^[ \t]*//[^\n]*\n?", re.M)
_CARD_MARKS = frozenset({'"AdaptiveCard"', '"application/vnd.microsoft.card.adaptive"'})


# a sheet row's cell that names its column by id, and a column's record that gives the id its title (a Smartsheet row
# fetched with its columns: {"columnId": 1002, "value": "…", "displayValue": "…"}, {"id": 1002, "title": "Job Title", …})
_CELL_OBJECT = re.compile(r'\{[^{}]*"columnId"[ \t]*:[ \t]*(?P<id>\d+)[^{}]*\}')
_COLUMN_OBJECT = re.compile(r'\{[^{}]*?"id"[ \t]*:[ \t]*(?P<id>\d+)[^{}]*?"title"[ \t]*:[ \t]*"(?P<title>(?:[^"\\\n]|\\.){1,80})"[^{}]*\}')
_CELL_VALUE = re.compile(r'"(?P<key>displayValue|value)"[ \t]*:[ \t]*(?:"(?P<s>(?:[^"\\]|\\.)*)"|(?P<n>-?\d[\d.]*))')
MIN_TITLED_CELLS = 3


def _id_keyed_cells(builder: TextBuilder, text: str, start: int, end: int) -> bool:
    """A sheet's row whose cells name their columns by id, the columns' titles listed in the same reply (a Smartsheet
    row fetched with its columns): each cell written as a page's "Title: value" line (its shown value over its stored
    one), a text with escaped line breaks under its title as a heading. Writes it and returns True; False (writing
    nothing) for any other JSON or without :data:`MIN_TITLED_CELLS` cells whose column the reply names."""
    if '"columnId"' not in text[start:end]:
        return False
    titles = {m.group("id"): m.group("title") for m in _COLUMN_OBJECT.finditer(text, start, end) if '"columnId"' not in m.group()}
    cells = [m for m in _CELL_OBJECT.finditer(text, start, end) if m.group("id") in titles]
    if len(cells) < MIN_TITLED_CELLS:
        return False
    for cell in cells:
        values = {v.group("key"): v for v in _CELL_VALUE.finditer(text, cell.start(), cell.end())}
        value = values.get("displayValue") or values.get("value")
        if value is None:
            continue
        label = titles[cell.group("id")].replace('\\"', '"')
        if value.group("s") is not None and value.group("s").strip():
            _write_quoted_value(builder, text, label, [value.span("s")])
        elif value.group("n") is not None:
            _write_line(builder, label + ": ", *value.span("n"))
    return True


def _adaptive_card(builder: TextBuilder, text: str, tokens: list[tuple[int, int]]) -> bool:
    """A message card posted by a bot (a Microsoft Adaptive Card: its "TextBlock" texts and its "FactSet" facts): each
    text as a paragraph, its escapes read, each fact as the labelled line a page writes ("Department: Supply Chain
    Analytics"); the card's types, sizes, schema and actions left out. Writes it and returns True; False (writing
    nothing) for any other JSON. ``tokens`` are the JSON's."""
    if not any(text[a:b] in _CARD_MARKS for a, b in tokens if text[a] == '"'):
        return False
    wrote = facts_last = False
    i = 0
    while i < len(tokens) - 2:
        a, b = tokens[i]
        if text[a] != '"' or text[tokens[i + 1][0]] != ":" or text[tokens[i + 2][0]] != '"':
            i += 1
            continue
        key, (va, vb) = text[a + 1 : b - 1], tokens[i + 2]
        fact = tokens[i + 6] if key == "title" and i + 6 < len(tokens) and text[slice(*tokens[i + 4])] == '"value"' else None
        if fact is not None and text[fact[0]] == '"':
            builder.copy(va + 1, vb - 1)
            builder.insert(": ", vb - 1)
            _repr_string(builder, text, fact[0] + 1, fact[1] - 1)
            builder.insert("\n", fact[1] - 1)
            wrote, facts_last, i = True, True, i + 7
            continue
        if key == "text" and vb - va > 2:
            if facts_last:
                builder.insert("\n", va + 1)  # the facts end: a blank line before the text
            _repr_string(builder, text, va + 1, vb - 1)
            builder.insert("\n\n", vb - 1)
            wrote, facts_last = True, False
        i += 3
    return wrote


def _value_end(text: str, tokens: list[tuple[int, int]], pos: int) -> int:
    """The position after the JSON value whose first token is ``tokens[pos]``."""
    depth = 0
    while pos < len(tokens):
        ch = text[tokens[pos][0]]
        depth += 1 if ch in "{[" else -1 if ch in "}]" else 0
        pos += 1
        if depth <= 0:
            return pos
    return pos


def _members(text: str, tokens: list[tuple[int, int]], pos: int) -> dict[str, tuple[int, int]]:
    """The members of the JSON object opening at ``tokens[pos]``: each key with its value's first position and the
    position after it."""
    out: dict[str, tuple[int, int]] = {}
    at = pos + 1
    while (member := _json_member(text, tokens, at)) is not None:
        key, _, first = member
        at = _value_end(text, tokens, first)
        out[key] = (first, at)
    return out


def _string_at(text: str, tokens: list[tuple[int, int]], span: Optional[tuple[int, int]]) -> Optional[str]:
    """The string a value's span holds (its quotes off), or None for any other value."""
    if span is None or span[1] - span[0] != 1 or text[tokens[span[0]][0]] != '"':
        return None
    a, b = tokens[span[0]]
    return text[a + 1 : b - 1]


_JSONAPI_NAME_KEYS = ("name", "title", "display-name", "display_name", "displayName", "full-name", "full_name", "label")


def _json_api(builder: TextBuilder, text: str, tokens: list[tuple[int, int]]) -> bool:
    """A JSON:API document (a top-level "data" resource with its "type" and "attributes", its related resources in
    "included"): the resource's attributes written as a page writes its fields, then each related resource the data
    names under its relationship ("relationships": {"company": {"data": {"type": "companies", "id": "41"}}}) as that
    relationship's line ("Company: Pesalink Mobile", its name; "Locations" with a place's fields); the identifiers,
    links, meta and unrelated resources left out. Writes it and returns True; False (writing nothing) for any other JSON.
    ``tokens`` are the JSON's."""
    if not tokens or text[tokens[0][0]] != "{":
        return False
    root = _members(text, tokens, 0)
    data = root.get("data")
    if data is None or text[tokens[data[0]][0]] != "{" or "included" not in root:
        return False
    resource = _members(text, tokens, data[0])
    if "attributes" not in resource or "type" not in resource:
        return False
    related: dict[tuple[str, str], str] = {}  # (type, id) of a related resource -> the relationship's name
    if "relationships" in resource and text[tokens[resource["relationships"][0]][0]] == "{":
        for name, (first, _) in _members(text, tokens, resource["relationships"][0]).items():
            link = _members(text, tokens, first).get("data") if text[tokens[first][0]] == "{" else None
            links = [link] if link is not None and text[tokens[link[0]][0]] == "{" else []
            if link is not None and text[tokens[link[0]][0]] == "[":
                at = link[0] + 1
                while at < link[1] - 1:
                    if text[tokens[at][0]] == "{":
                        links.append((at, _value_end(text, tokens, at)))
                        at = links[-1][1]
                    else:
                        at += 1
            for first_link, _ in links:
                ident = _members(text, tokens, first_link)
                kind, key = _string_at(text, tokens, ident.get("type")), _string_at(text, tokens, ident.get("id"))
                if kind is not None and key is not None:
                    related[(kind, key)] = name
    first, after = resource["attributes"]
    _write_json(builder, text, tokens[first:after], tokens[after - 1][1])
    builder.insert("\n", tokens[after - 1][1])
    included = root["included"]
    at = included[0] + 1
    while at < included[1] - 1:
        if text[tokens[at][0]] != "{":
            at += 1
            continue
        end = _value_end(text, tokens, at)
        other = _members(text, tokens, at)
        name = related.get((_string_at(text, tokens, other.get("type")) or "", _string_at(text, tokens, other.get("id")) or ""))
        attributes = other.get("attributes")
        if name is not None and attributes is not None and text[tokens[attributes[0]][0]] == "{":
            fields = _members(text, tokens, attributes[0])
            label = _json_key_label(name)
            named = next((fields[k] for k in _JSONAPI_NAME_KEYS if _string_at(text, tokens, fields.get(k))), None)
            if named is not None:
                a, b = tokens[named[0]]
                _write_quoted_value(builder, text, label, [(a + 1, b - 1)])
            else:
                builder.insert(label + "\n", tokens[attributes[0]][0])
                _write_json(builder, text, tokens[attributes[0] : attributes[1]], tokens[attributes[1] - 1][1])
                builder.insert("\n", tokens[attributes[1] - 1][1])
        at = end
    return True


def _chat_message(builder: TextBuilder, text: str, tokens: list[tuple[int, int]]) -> bool:
    """A chat's export as JSON (Google Chat's Takeout, a Slack or Discord export: three or more messages, each a
    record with a "text"): only its longest message is the page, under its send date ("Posted: …"), its escapes read;
    the senders, stamps, reactions and the other messages are the chat's. Writes it and returns True; False (writing
    nothing) for any other JSON or when no message is long enough to be a posting. ``tokens`` are the JSON's."""
    texts: list[tuple[int, int, int]] = []  # a message's text and the record holding it
    dates: dict[int, tuple[int, int]] = {}  # each record's send date
    records = _records(text, tokens)[0]
    for i, key, (va, vb) in _string_members(text, tokens):
        if key in _CHAT_DATE_KEYS:
            dates.setdefault(records[i], (va + 1, vb - 1))
        elif key in _CHAT_TEXT_KEYS and vb - va > 2:  # (an API reply's empty "msg": "" is no message)
            texts.append((va + 1, vb - 1, records[i]))
    stamps: dict[int, tuple[int, int]] = {}  # a send time written as a number: Mattermost's "create_at", Nextcloud Talk's "timestamp"
    for i, (a, b) in enumerate(tokens[:-2]):
        if text[a] == '"' and text[tokens[i + 1][0]] == ":" and text[a + 1 : b - 1].lower() in _EPOCH_DATE_KEYS and _EPOCH.fullmatch(text, *tokens[i + 2]):
            stamps.setdefault(records[i], tokens[i + 2])
    if len(texts) < _MIN_CHAT_MESSAGES and not (texts and _BOT_UPDATE.search(text, tokens[0][0], tokens[-1][1])):
        return False  # (a bot API's updates may carry one message: a Telegram channel's post of a vacancy)
    ms, me, record = max(texts, key=lambda m: m[1] - m[0])
    read = _json_html if len(_JSON_BLOCK_TAG.findall(text, ms, me)) >= _MIN_JSON_BLOCK_TAGS else _repr_untagged if _INLINE_TAG.search(text, ms, me) else _repr_string
    sent = dates.get(record)  # the message's own stamp, before or after its text ("ts" closes a Slack or Rocket.Chat record)
    if me - ms < _MIN_CHAT_POSTING:
        return False
    if sent is not None:
        builder.insert("Posted: ", sent[0])
        builder.copy(*sent)
        builder.insert("\n\n", sent[1])
    elif (stamp := stamps.get(record)) is not None and not _OWN_POSTED.search(text, ms, me):
        _posted_day(builder, text, *stamp)  # (a message that carries the ad with its own "Posted: 24 November 2026" keeps that date)
    read(builder, text, ms, me)
    builder.insert("\n", me)
    return True


def _write_json(builder: TextBuilder, text: str, tokens: list[tuple[int, int]], end: int) -> None:
    """Write the JSON value whose ``tokens`` end at ``end`` as a careers page shows it (see :func:`_json_source`)."""
    pos = 0

    def value(label: str) -> None:
        """Write the value whose first token is ``tokens[pos]`` under ``label``; leave ``pos`` after it."""
        nonlocal pos
        typed = _typed_value(text, tokens, pos)
        if typed is not None:
            pos = typed[0]
            value(label)
            if typed[1] < 0:
                for _ in range(-typed[1]):
                    if pos < len(tokens) and text[tokens[pos][0]] == "}":
                        pos += 1  # the typed record's or list's own closing brace (and a wrapper's)
            else:
                pos = max(pos, typed[1])
            return
        a, b = tokens[pos]
        first = text[a]
        if first == "{":
            pos += 1
            pairs: list[tuple[str, int, int]] = []  # a record of scalars is written as one line or as labelled lines
            nested_at = pos
            scalars = True
            while (member := _json_member(text, tokens, pos)) is not None:
                key, _, pos = member
                typed = _typed_value(text, tokens, pos)
                if typed is not None and typed[1] > 0:
                    pos, after = typed
                else:
                    after = pos + 1
                va, vb = tokens[pos]
                if text[va] in "{[":
                    scalars = False
                    pos = nested_at
                    break
                pairs.append((key, va, vb))
                pos = after
            if scalars and pairs and all(k.lower() in _PLACE_KEYS for k, _, _ in pairs):
                builder.insert((label or "Location") + ": ", pairs[0][1])
                keys = {k.lower() for k, _, _ in pairs}
                strings, seen = [], set()
                for k, va, vb in pairs:  # the town over its suburb or street; a district named as its town once
                    if text[va] != '"' or vb - va <= 2 or keys & {"city", "town"} and k.lower() in _BELOW_TOWN_KEYS \
                            or text[va + 1 : vb - 1].casefold() in seen:
                        continue
                    seen.add(text[va + 1 : vb - 1].casefold())
                    strings.append((va + 1, vb - 1))
                for i, (sa, sb) in enumerate(strings):
                    if i:
                        builder.insert(", ", sa)
                    builder.copy(sa, sb)
                builder.insert("\n", b)
                pos += 1  # the closing brace
                return
            ends = {k.lower(): (va, vb) for k, va, vb in pairs}
            if scalars and _range_record(ends.keys()):
                # {"currency": "CAD", "min": 17.60, "max": 18.25, "unit": "HOUR"}: one line, "Pay: CAD 17.60 - 18.25 per hour"
                shown = {k: _unquoted(text, va, vb) if k in _RANGE_ENDS else (va + 1, vb - 1) for k, (va, vb) in ends.items()
                         if k in _RANGE_ENDS or text[va] == '"'}  # (a currency, unit or note only as a string)
                _write_range(builder, text, label or "Range", shown, pairs[0][1], b)
                pos += 1  # the closing brace
                return
            pos = nested_at
            # a section as a record of its name and its HTML text (Lever's {"text": "What you will do", "content": "<li>…"}):
            # the name as the section's heading, the text under it, neither labelled
            html_section = scalars and any(text[va] == '"' and len(_JSON_BLOCK_TAG.findall(text, va + 1, vb - 1)) >= _MIN_JSON_BLOCK_TAGS for _, va, vb in pairs)
            lever = not label and _lever_posting(text, tokens, nested_at)
            crm_job = not label and _crm_job_record(text, tokens, nested_at)
            while (member := _json_member(text, tokens, pos)) is not None:
                key, ka, pos = member
                if key.lower() in _JSON_TOOL_KEYS or key.startswith("_") and text[tokens[pos][0]] not in "{[":
                    pos = _value_end(text, tokens, pos)  # (written nothing; nor a store's own fields: "_id", "_type", "_rev")
                    continue
                child = label if label and key.lower() in _NAME_KEYS else _json_key_label(key)
                if html_section and key.lower() in _NAME_KEYS | _HTML_TEXT_KEYS:
                    child = ""
                elif lever and key == "text":
                    child = "Job title"  # Lever's posting names its title "text"
                elif crm_job and key == "Name":
                    child = "Job title"  # a CRM's job record names its title "Name"
                elif crm_job and key.lower() == "account__r":
                    child = "Employer"  # …and its employer's record "Account"
                if crm_job and key == "attributes":
                    pos = _value_end(text, tokens, pos)  # the API's own type and address of the record: nothing to show
                    continue
                typed = _typed_value(text, tokens, pos)
                shown = typed[0] if typed is not None else pos
                if text[tokens[shown][0]] in "{[" and child and key.lower() not in _JSON_TEXT_KEYS:
                    builder.insert("\n" + child + "\n", ka)
                value(child)
            pos += 1
        elif first == "[" and (blocks := _portable_text(text, tokens, pos)) is not None:
            for heading, bullet, spans in blocks[0]:  # a CMS's rich text (Sanity's Portable Text): its blocks as lines
                builder.insert("\n" if heading else "- " if bullet else "", spans[0][0])
                for a, b in spans:
                    _repr_string(builder, text, a + 1, b - 1)
                builder.insert("\n", spans[-1][1])
            builder.insert("\n", spans[-1][1])
            pos = blocks[1]
        elif first == "[":
            pos += 1
            lines = _text_lines(text, tokens, pos)  # a notebook cell's "source": its text line by line, not a list
            while pos < len(tokens) and text[tokens[pos][0]] != "]":
                if text[tokens[pos][0]] == ",":
                    pos += 1
                    continue
                ia, ib = tokens[pos]
                typed = _typed_value(text, tokens, pos)
                if typed is not None and typed[1] > 0 and text[tokens[typed[0]][0]] == '"':
                    ia, ib = tokens[typed[0]]
                    _write_line(builder, "- ", ia + 1, ib - 1)
                    pos = typed[1]
                elif text[ia] == '"':
                    if lines:
                        _write_line(builder, "", ia + 1, ib - 3 if text.endswith("\\n", ia, ib - 1) else ib - 1)
                    else:
                        _write_line(builder, "- ", ia + 1, ib - 1)
                    pos += 1
                else:
                    value(label)
            builder.insert("\n", tokens[pos][0] if pos < len(tokens) else end)  # the list ends: a blank line before what follows
            pos += 1
        else:
            pos += 1
            if first == '"' and len(_JSON_BLOCK_TAG.findall(text, a + 1, b - 1)) >= _MIN_JSON_BLOCK_TAGS:
                if label:
                    builder.insert("\n" + label + "\n", a + 1)
                _json_html(builder, text, a + 1, b - 1)  # "content": "<p>📣 Job: …</p><p>…": the HTML a page shows
                builder.insert("\n", b - 1)
            elif first == '"' and b - a > 2 and label and ("\\" in text[a + 1 : b - 1] or _STRING_ENTITY.search(text, a + 1, b - 1)):
                _write_quoted_value(builder, text, label, [(a + 1, b - 1)])  # "Line one\nLine two", "Nurse &#8211; Full Time": read
            elif first == '"' and b - a > 2:
                _write_line(builder, label + ": " if label else "", a + 1, b - 1)
            elif first not in "tfn" and label or _workplace_flag(label, text[a:b]):  # a number, or "remote": true; other flags
                _write_line(builder, label + ": ", a, b)  # (true, false, null) say nothing a page would show

    value("")


_VAR_DUMP_KEY = re.compile(r'^[ \t]*\[(?:"(?P<key>[^"\n]{1,60})"|(?P<index>\d{1,4}))\]=>[ \t]*$', re.M)  # PHP var_dump: ["title"]=>
_VAR_DUMP_VALUE = re.compile(r'^[ \t]*(?:string\(\d+\)[ \t]"(?P<string>.*)"|(?:int|float)\((?P<number>-?[\d.]+)\)|(?P<array>array\(\d+\)[ \t]*\{)|bool\(\w+\)|NULL)[ \t]*$', re.M | re.S)
_PRINT_R_LINE = re.compile(r"^[ \t]*\[(?P<key>[^\]\n]{1,60})\][ \t]=>[ \t]?(?P<value>[^\n]*)$", re.M)  # PHP print_r: [title] => Baker
# psql's "-[ RECORD 1 ]---+---" or cqlsh's "@ Row 1" over its "-----+-----" rule
_PSQL_RECORD = re.compile(r"^(?:-\[ RECORD \d+ \]-*\+?-*|@ Row \d+[ \t]*\n[ \t]*-+\+-+)$", re.M)
_PSQL_RESULT_END = re.compile(r"^\(\d+ rows?\)[ \t]*$", re.M)  # "(1 rows)": the result's end; what follows is another query's
_CQL_LIST = re.compile(r"\[(?:[ \t]*'(?:[^'\n]|'')*'[ \t]*,?)+\]")  # a CQL list value: ['Feed the fish', 'Maintain nets']
_CQL_ITEM = re.compile(r"'(?P<item>(?:[^'\n]|'')*)'")
# Perl's Data::Dumper or a Ruby hash printed: "'title' => 'Baker'," / "'duties' => [" / "'Issue books'," / "],"
_HASH_DUMP_LINE = re.compile(
    r"""^[ \t]*(?:\{[ \t]*)?(?:(?P<q>['"])(?P<key>[^'"\n]{1,60})(?P=q)[ \t]*=>[ \t]*(?:(?P<vq>['"])(?P<value>.*)(?P=vq)|(?P<number>-?\d[\d.]*)|(?P<open>[\[{])"""
    r"""|(?P<nothing>nil|undef|true|false)|(?P<plain>[A-Z][^\n]*?)|\S.*?|(?P<bare>))"""
    r"""|(?P<pq>['"])(?P<part>(?:(?!(?P=pq))[^\\\n]|\\.)*\\n)(?P=pq)[ \t]*(?:\+|[\]}][\]});,]*)?"""  # a text's line: "- Terminate outlets\n" +
    r"""|(?P<iq>['"])(?P<item>.*)(?P=iq)|(?P<close>[\]}][\]});,]*)|\$VAR\d+[ \t]*=[ \t]*\{)[ \t]*,?[ \t]*$""",
    re.M,
)
_HASH_DUMP_KEY = re.compile(r"""^[ \t]*['"][^'"\n]{1,60}['"][ \t]*=>""", re.M)
_PSQL_ROW = re.compile(r"^(?:[ \t]?(?P<key>[A-Za-z_][\w]{0,60})[ \t]*|[ \t]+)\|[ \t]?(?P<value>[^\n]*?)[ \t]*\+?[ \t]*$", re.M)
_MIN_DUMP_KEYS = 4


def _record_dump(doc: Document) -> Document:
    """A posting printed as a record by a tool — PHP's var_dump ("[\"title\"]=>" over "string(36) \"…\"") or print_r
    ("[title] => …"), Perl's Data::Dumper or a Ruby hash ("'title' => '…',"), or psql's expanded display ("title | …" rows, "+" closing a wrapped value's lines): written as a
    careers page shows it, "Title: …" for a named value, "- …" for an array's item, a key over an array as a heading;
    numbers kept, true/false/null and the tool's own marks left out. Values keep their offsets; any other line is
    kept as it is, and any other text is left as it is."""
    text = doc.text
    if "]=>" in text and len(_VAR_DUMP_KEY.findall(text, 0, 20_000)) >= _MIN_DUMP_KEYS:
        return _var_dump(doc)
    if "] => " in text and len(_PRINT_R_LINE.findall(text, 0, 20_000)) >= _MIN_DUMP_KEYS:
        builder = TextBuilder(doc)
        at = 0
        for m in _PRINT_R_LINE.finditer(text):
            builder.copy(at, m.start())
            key, value = m.group("key").strip("'\""), m.group("value").strip()
            if value == "Array":
                builder.insert("\n" + _json_key_label(key) + "\n", m.start())
            elif value:
                _write_line(builder, "- " if key.isdigit() else _json_key_label(key) + ": ", *_stripped(text, m.start("value"), m.end("value")))
            at = m.end() + 1 if m.end() < len(text) else m.end()
        builder.copy(at, len(text))
        return builder.build()
    if "=>" in text and len(_HASH_DUMP_KEY.findall(text, 0, 20_000)) >= _MIN_DUMP_KEYS:
        return _hash_dump(doc)
    record = _PSQL_RECORD.search(text)
    if record is None:
        return doc
    builder = TextBuilder(doc)
    builder.copy(0, record.start())
    at = record.end()
    for m in _PSQL_ROW.finditer(text, record.end()):
        if text[at : m.start()].strip():
            break  # the record ends where a line is no row
        if m.group("key"):
            if _CQL_LIST.fullmatch(m.group("value")):
                builder.insert("\n" + _json_key_label(m.group("key")) + "\n", m.start())
                for item in _CQL_ITEM.finditer(text, m.start("value"), m.end("value")):
                    _write_line(builder, "- ", *item.span("item"))
                builder.insert("\n", m.end("value"))
            elif m.group("value") and m.group("value") not in ("null", "True", "False"):
                _write_line(builder, _json_key_label(m.group("key")) + ": ", m.start("value"), m.end("value"))
        elif m.group("value"):
            _write_line(builder, "", m.start("value"), m.end("value"))  # a wrapped value's next line
        else:
            builder.insert("\n", m.start())
        at = m.end()
    end = _PSQL_RESULT_END.search(text, at)
    builder.copy(at, end.end() if end is not None else len(text))
    return builder.build()


def _hash_dump(doc: Document) -> Document:
    """The lines of a Perl Data::Dumper or Ruby hash print as a page shows them (see :func:`_record_dump`): "Key: value"
    for a quoted or numeric value, the key over an array as a heading and its quoted items as "- …", brackets and
    the "$VAR1 = {" line left out; any other line is kept as it is."""
    text = doc.text
    builder = TextBuilder(doc)
    at = 0
    for m in _HASH_DUMP_LINE.finditer(text):
        builder.copy(at, m.start())
        at = m.end() + 1 if m.end() < len(text) else m.end()
        if m.group("vq") == '"' and "\\n" in m.group("value"):  # Ruby's inspect of a text (Logstash's rubydebug): its escapes read
            _write_quoted_value(builder, text, _json_key_label(m.group("key")), [(m.start("value"), m.end("value"))])
        elif m.group("value") is not None and m.group("value").strip():
            _write_line(builder, _json_key_label(m.group("key")) + ": ", *_stripped(text, m.start("value"), m.end("value")))
        elif m.group("number") is not None:
            _write_line(builder, _json_key_label(m.group("key")) + ": ", m.start("number"), m.end("number"))
        elif m.group("open") == "[":
            builder.insert("\n" + _json_key_label(m.group("key")) + "\n", m.start())
        elif m.group("plain") is not None:
            _write_line(builder, _json_key_label(m.group("key")) + ": ", m.start("plain"), m.end("plain"))  # "Thu, 26 Nov 2026", unquoted
        elif m.group("nothing") is not None:
            pass
        elif m.group("part") is not None:
            _repr_string(builder, text, m.start("part"), m.end("part"))  # one line of a text built by concatenation
            if "+" not in text[m.end("part") : m.end()]:
                builder.insert("\n", m.end())  # its last line: the record ends
        elif m.group("item") is not None and m.group("item").strip():
            _write_line(builder, "- ", *_stripped(text, m.start("item"), m.end("item")))
        elif m.group("close") is not None:
            builder.insert("\n", m.start())
        elif m.group("key") is not None and m.group("open") is None and m.group("bare") is None:
            at = m.start()  # an unquoted value ("undef", a blessed object): kept as written
    builder.copy(at, len(text))
    return builder.build()


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the blanks at its ends."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def _var_dump(doc: Document) -> Document:
    """The lines of a PHP var_dump as a page shows them (see :func:`_record_dump`)."""
    text = doc.text
    builder = TextBuilder(doc)
    at = 0

    def copy_to(end: int) -> None:  # the text between two values, without an array's closing brace
        nonlocal at
        for brace in _CLOSING_BRACE.finditer(text, at, end):
            builder.copy(at, brace.start())
            builder.insert("\n", brace.start())
            at = brace.end()
        builder.copy(at, end)

    for m in _VAR_DUMP_KEY.finditer(text):
        copy_to(m.start())
        value_start = m.end() + 1
        close = text.find('"\n', value_start)
        line_end = text.find("\n", value_start)
        line_end = len(text) if line_end < 0 else line_end
        if text[value_start:line_end].lstrip().startswith("string(") and close > line_end:
            line_end = close + 1  # a string value over several lines
        v = _VAR_DUMP_VALUE.match(text, value_start, line_end)
        at = line_end + 1 if line_end < len(text) else line_end
        if v is None:
            at = m.end()
            continue
        label = _json_key_label(m.group("key")) if m.group("key") else ""
        if v.group("array"):
            builder.insert("\n" + label + "\n" if label else "\n", m.start())
        elif v.group("string") is not None and v.group("string").strip():
            _write_line(builder, label + ": " if label else "- ", *_stripped(text, v.start("string"), v.end("string")))
        elif v.group("number") is not None and label:
            _write_line(builder, label + ": ", v.start("number"), v.end("number"))
    copy_to(len(text))
    return builder.build()


_CLOSING_BRACE = re.compile(r"^[ \t]*\}[ \t]*$", re.M)


_TOML_TABLE = re.compile(r"^\[(?P<array>\[)?[ \t]*(?P<name>[A-Za-z_][\w.-]{0,40})[ \t]*\]\]?[ \t]*(?:#[^\n]*)?$", re.M)
_TOML_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,40})[ \t]*=[ \t]*(?P<value>[^\n]*?)[ \t]*$", re.M)
_TOML_STRING = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'")
_TOML_UNLISTED = re.compile(r"(?im)^[ \t]*(?:draft[ \t]*=[ \t]*true|(?:published|listed|active)[ \t]*=[ \t]*false"
                            r"|(?:status|state)[ \t]*=[ \t]*[\"']?(?:" + _UNSHOWN_WORDS + r"))\b")
_TOML_LONG_STRING = ('"""', "'''")


def _toml_records(doc: Document) -> Document:
    """A site's jobs data file in TOML or INI ("[site]" tables, "[[jobs]]" records, "key = value" lines): the file's
    tables and its first record that is no draft, written as a careers page shows them — "title = \"Baker\"" as
    "Title: Baker", a table's name as a heading, a key over an array of strings, over a multi-line string or over
    indented continuation lines as a heading over its items or text, a numbered key ("duty1 = …") as a "- " item;
    true/false flags, a site generator's own keys, comments, the other records and the tables marked unpublished left out. Values keep their
    offsets; any other line is kept as it is, and any other text is left as it is."""
    text = doc.text
    tables = list(_TOML_TABLE.finditer(text, 0, 20_000))
    if not tables or len(_TOML_KEY.findall(text, 0, 20_000)) < 4:
        return doc
    sections = [(m, m.end(), tables[i + 1].start() if i + 1 < len(tables) else len(text)) for i, m in enumerate(tables)]
    records = [x for x in sections if x[0].group("array")]
    live = [x for x in records if not _TOML_UNLISTED.search(text, x[1], x[2])]
    tables_shown = [x for x in sections if not x[0].group("array") and not _TOML_UNLISTED.search(text, x[1], x[2])]
    shown = tables_shown + (live or records)[:1]  # an INI section marked unpublished ("published = false") is no page's
    builder = TextBuilder(doc)
    _toml_lines(builder, text, 0, tables[0].start())
    for m, start, end in sorted(shown, key=lambda x: x[1]):
        name = _key_label(m.group("name").rsplit(".", 1)[-1])
        if not m.group("array") and norm_heading(name) in heading_vocab().phrases:
            builder.insert("\n" + name + "\n", m.start())  # "[responsibilities]": a heading; "[site]" none
        _toml_lines(builder, text, start, end)
    out = builder.build()
    return out if out.text.strip() else doc


_TOML_NUMBERED_KEY = re.compile(r"[A-Za-z_-]*\d{1,3}$")  # "duty1", "req_2", "3": one item of a list written key by key


def _toml_lines(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """The lines of one TOML/INI table (``text[start:end]``) as a page shows them (see :func:`_toml_records`)."""
    at = start
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        line = text[at:line_end]
        m = _TOML_KEY.match(text, at, line_end)
        if not line.strip():
            builder.insert("\n", at)
        elif line.lstrip()[:1] in "#;" or _TOML_TABLE.match(text, at, line_end):
            pass  # a comment; an inner table's own header line
        elif m is None:
            builder.copy(at, line_end)
            builder.insert("\n", line_end)
        else:
            at = _toml_value(builder, text, m, end)
            continue
        at = line_end + 1


def _toml_value(builder: TextBuilder, text: str, m: re.Match, end: int) -> int:
    """Write one "key = value" of :func:`_toml_lines`; returns where the next line starts."""
    key, vs, ve = m.group("key"), m.start("value"), m.end("value")
    value = text[vs:ve]
    next_line = min(end, ve + 1)
    if value in ("true", "false") or (key.lower() in _FRONT_BOOKKEEPING and not _DATE_LIKE.search(value)):
        return next_line
    if value.startswith(_TOML_LONG_STRING):  # a multi-line string: its lines under the key as a heading
        close = text.find(value[:3], vs + 3, end)
        close = end if close < 0 else close
        builder.insert(_key_label(key) + "\n", vs)
        builder.copy(vs + 3, close)
        builder.insert("\n", close)
        after = text.find("\n", close, end)
        return end if after < 0 else after + 1
    if value.startswith("["):  # an array of strings: its items under the key as a heading
        close = _toml_array_end(text, vs, end)
        items = list(_TOML_STRING.finditer(text, vs, close))
        if items:
            builder.insert(_key_label(key) + "\n", vs)
            for item in items:
                _write_line(builder, "- ", item.start() + 1, item.end() - 1)
        after = text.find("\n", close, end)
        return end if after < 0 else after + 1
    string = _TOML_STRING.match(value)
    ve = vs + string.end() - 1 if string else vs + len(value.split(" #")[0].split(" ;")[0].rstrip())
    vs = vs + 1 if string else vs
    continued = []  # INI's indented continuation lines under the key
    at = next_line
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        if not text[at:line_end].strip() or text[at] not in " \t" or _TOML_KEY.match(text, at, line_end):
            break
        continued.append((at + len(text[at:line_end]) - len(text[at:line_end].lstrip()), line_end))
        at = line_end + 1
    if continued:
        if norm_heading(_key_label(key)) in heading_vocab().phrases:
            builder.insert(_key_label(key) + "\n", vs)  # "duties =" over its lines; "items =" under "[requirements]" adds nothing
        for cs, ce in ([(vs, ve)] if ve > vs else []) + continued:
            _write_line(builder, "- ", cs, ce)
        return at
    if ve > vs:
        _write_line(builder, "- " if _TOML_NUMBERED_KEY.fullmatch(key) else _key_label(key) + ": ", vs, ve)
    return next_line


def _toml_array_end(text: str, start: int, end: int) -> int:
    """Where the array opened at ``text[start]`` closes (its "]" outside strings and comments), or ``end``."""
    at = start + 1
    while at < end:
        string = _TOML_STRING.match(text, at)
        if string is not None:
            at = string.end()
        elif text[at] == "#":  # a comment runs to the line's end
            newline = text.find("\n", at, end)
            at = end if newline < 0 else newline
        elif text[at] == "]":
            return at
        else:
            at += 1
    return end


_ADOC_TITLE = re.compile(r"\A[ \t\r\n]*(?://[^\n]*\n[ \t\r\n]*)*=[ \t]+\S")  # the document's title, "= Title"
_ADOC_MARKS = re.compile(r"^(?::[A-Za-z][\w-]{0,30}:(?:[ \t]|$)|\|===[ \t]*$|\[\.?[A-Za-z][^\]\n]{0,60}\][ \t]*$|[a-z]+::[^\n]*\[[^\]\n]*\][ \t]*$"
                         r"|==+[ \t]+[^=\n]+$)", re.M)
_ADOC_FORM = re.compile(
    r"(?P<comments>^////[ \t]*\n.*?^////[ \t]*(?:\n|\Z))"           # a comment block
    r"|(?P<attr>^:(?P<key>[A-Za-z][\w-]{0,30}):(?:[ \t]+(?P<value>[^\n]*?))?[ \t]*(?:\n|\Z))"  # ":company: Acme"
    r"|(?P<drop>^(?://[^\n]*|\[[^\]\n]*\]|[a-z]+::[^\n]*\[[^\]\n]*\]|\|===|----|\.\.\.\.|\*\*\*\*|====|\+)[ \t]*(?:\n|\Z))"
    r"|(?P<heading>^=+[ \t]+(?=\S))",                                # "== Responsibilities": the heading's text stays
    re.M | re.S,
)
# the attributes AsciiDoc reads for itself (layout, revision, author, rendering), not the posting's facts
_ADOC_BUILT_IN = frozenset(
    "toc toc-title toclevels icons sectnums sectanchors sectlinks imagesdir doctype revdate revnumber revremark author"
    " email authors experimental source-highlighter nofooter noheader description keywords lang stem idprefix idseparator"
    " homepage hardbreaks linkattrs showtitle notitle outfilesuffix docinfo stylesheet linkcss".split()
)


def _asciidoc_source(doc: Document) -> Document:
    """A posting's AsciiDoc source (a handbook or careers repository's page): "= Title" and "== Heading" as their
    text, the header's ":key: value" attributes as labelled lines (":company: Acme" → "Company: Acme"; AsciiDoc's own
    attributes such as ":toc:" or ":revdate:" left out), block attributes, macros, delimiters and comments gone, table
    rows kept as "|" rows. Only a document opening with its "= Title" and holding two more AsciiDoc marks; any other
    text is left as it is."""
    text = doc.text
    if not _ADOC_TITLE.match(text) or len(_ADOC_MARKS.findall(text, 0, 20_000)) < 3:
        return doc
    builder = TextBuilder(doc)
    at = 0
    for m in _ADOC_FORM.finditer(text):
        builder.copy(at, m.start())
        at = m.end()
        if m.group("attr") is not None:
            key, value = m.group("key"), m.group("value")
            if value and key.lower() not in _ADOC_BUILT_IN:
                _write_line(builder, _key_label(key) + ": ", m.start("value"), m.end("value"))
    builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


_BB_TAG = re.compile(
    r"\[(?P<close>/)?(?P<tag>b|i|u|s|size|colou?r|font|url|email|img|quote|list|\*|code|center|left|right|h[1-6]|spoiler|indent)"
    r"(?:=[^\]\n]{0,200})?\]",
    re.I,
)
_BB_CLOSE = re.compile(r"\[/(?:b|i|u|size|colou?r|url|quote|list)\]", re.I)
_BB_HIDDEN = frozenset(("quote", "img"))  # a quoted reply is another poster's words; an image's address shows nothing


def _bbcode_source(doc: Document) -> Document:
    """A forum post's raw BBCode ("[b]…[/b]", "[list][*]…[/list]", "[quote=…]…[/quote]") as the post reads: the tags
    gone, a link's text kept, "[*]" as a "- " item, the lines holding only list tags dropped, and what stands inside
    "[quote]" (the words of the post being answered) and "[img]" left out, nested quotes included. Only a text with
    three or more closing tags; any other text is left as it is."""
    text = doc.text
    if len(_BB_CLOSE.findall(text, 0, 20_000)) < 3:
        return doc
    builder = TextBuilder(doc)
    hidden = 0  # how deep inside quotes and images
    at = 0
    for m in _BB_TAG.finditer(text):
        tag = m.group("tag").lower()
        if not hidden:
            builder.copy(at, m.start())
        at = m.end()
        if tag in _BB_HIDDEN:
            hidden = max(0, hidden - 1) if m.group("close") else hidden + 1
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not hidden and tag == "*" and not text[line_start : m.start()].strip():
            builder.insert("- ", m.end())
        elif not hidden and tag == "list":  # "[list]" alone on its line: the line goes with it
            line_end = text.find("\n", m.end())
            if not text[line_start : m.start()].strip() and not text[m.end() : len(text) if line_end < 0 else line_end].strip():
                at = len(text) if line_end < 0 else line_end + 1
    if not hidden:
        builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


# a WordPress page builder's shortcodes left in the page ("[vc_row][vc_column_text]…", "[et_pb_text …]",
# "[fusion_builder_column …]", "[contact-form-7 id=\"418\"]"): a name with "_" or "-" in it, quoted attributes
_BUILDER_TAG = re.compile(r"""\[(?P<close>/)?(?P<name>[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+)(?P<attrs>(?:[ \t]+[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s\]"']+))*)[ \t]*/?\]""")
_BUILDER_TAG_ATTR = re.compile(r"""(?<![\w-])(?P<name>[\w-]+)=(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)')""")
_BUILDER_HEADING_ATTRS = ("text", "title", "heading")  # shown by a heading's shortcode ("[vc_custom_heading text=…]")
_BUILDER_LABEL_ATTRS = ("list_title", "item_title", "label")  # a labelled item's label ("[info_list_item list_title=\"Pay\"]$32.50")
_MIN_BUILDER_TAGS = 3


def _builder_tag_attr(m: re.Match, names: tuple[str, ...]) -> Optional[tuple[int, int]]:
    """The span of the first of the attributes ``names`` that the shortcode ``m`` gives a text, or None."""
    for a in _BUILDER_TAG_ATTR.finditer(m.string, m.start("attrs"), m.end("attrs")):
        group = "dq" if a.group("dq") is not None else "sq"
        if a.group("name").lower() in names and a.group(group).strip():
            return a.start(group), a.end(group)
    return None


def _page_builder_tags(doc: Document) -> Document:
    """A page saved with its page builder's shortcodes (see ``_BUILDER_TAG``) as the page shows it: each tag a line
    break, a heading's text attribute its own line ("[vc_custom_heading text=\"Cellar Hand\" …]" → "Cellar Hand"),
    a labelled item's label before its content ("[info_list_item list_title=\"Pay\"]$32.50" → "Pay: $32.50"), other
    attributes (styles, form ids) gone. Needs three tags, one of them closing; any other text is left as it is."""
    text = doc.text
    if "[/" not in text:
        return doc
    tags = list(_BUILDER_TAG.finditer(text))
    if len(tags) < _MIN_BUILDER_TAGS or not any(m.group("close") for m in tags):
        return doc
    builder = TextBuilder(doc)
    at = 0
    for m in tags:
        builder.copy(at, m.start())
        at = m.end()
        builder.insert("\n", m.start())
        if m.group("close"):
            continue
        name = m.group("name").lower()
        shown = _builder_tag_attr(m, _BUILDER_HEADING_ATTRS) if "heading" in name or "title" in name else None
        if shown is not None:
            _write_line(builder, "", *shown)
        elif (label := _builder_tag_attr(m, _BUILDER_LABEL_ATTRS)) is not None:
            builder.copy(*label)
            builder.insert(": ", label[1])
    builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


_TROFF_REQUEST = re.compile(r"^\.(?:TH|SH|SS|PP|LP|P|IP|TP|HP|B|I|BR|BI|IB|RB|IR|RI|br|sp|nf|fi|in|RS|RE)\b", re.M)
_TROFF_ESCAPE = re.compile(r"\\f[BIRP1-4]|\\f\([A-Z]{2}|\\\((?P<glyph>em|en|bu|hy|lq|rq|co|rg|de|mu|aq|dq)|\\(?P<char>[-e&|^ ])")
_TROFF_GLYPHS = {"em": "\u2014", "en": "\u2013", "bu": "\u2022", "hy": "-", "lq": "\u201c", "rq": "\u201d", "co": "\u00a9",
                 "rg": "\u00ae", "de": "\u00b0", "mu": "\u00d7", "aq": "'", "dq": '"'}
_TROFF_CHARS = {"-": "-", "e": "\\", "&": "", "|": "", "^": "", " ": " "}
_TROFF_FONT_LINE = re.compile(r"\.(?:B|I|BR|BI|IB|RB|IR|RI)[ \t]+")


def _troff_text(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Copy ``text[start:end]`` with its troff escapes read ("\\fB" gone, "\\(em" as "—", "\\-" as "-")."""
    at = start
    for m in _TROFF_ESCAPE.finditer(text, start, end):
        builder.copy(at, m.start())
        shown = _TROFF_GLYPHS[m.group("glyph")] if m.group("glyph") else _TROFF_CHARS[m.group("char")] if m.group("char") else ""
        builder.replace(shown, m.start(), m.end())
        at = m.end()
    builder.copy(at, end)


# a manual page as man shows it: its running head "NAME(7)   Centre text   NAME(7)", repeated in its footer
_MAN_HEAD = re.compile(r"^[ \t]*(?P<page>[\w.:-]{1,40}\(\d\w{0,3}\))[ \t]{2,}(?P<centre>\S[^\n]*?)[ \t]{2,}(?P=page)[ \t]*$", re.M)
_MAN_NAME_LINE = re.compile(r"^NAME[ \t]*\n[ \t]+(?P<name>[\w.:,-]{1,40}(?:[ \t]*,[ \t]*[\w.:-]{1,40})*[ \t]+[-\u2013\u2014\\]+[ \t]+)\S", re.M)
_MAN_SYNOPSIS = re.compile(r"^SYNOPSIS[ \t]*\n(?:[ \t]*\n|[ \t]+[^\n]*\n)*", re.M)
# a pager's status line ("Manual page careers-sre(7) line 1/57 39% (press h for help or q to quit)", "lines 1-40")
_PAGER_STATUS = re.compile(r"^[ \t]*(?:Manual page [^\n]{1,60}? line \d+[^\n]*|[^\n]{0,60}\blines? \d+(?:[-/]\d+)+[^\n]{0,40}\((?:END|press [^\n]*)\)[^\n]*)$", re.M)


# a mail reader's key bar ("q:Quit  -:PrevPg  <Space>:NextPg  v:View Attachm."), its index line for the open message
# ("-N-+-- 3/212: Ruth Addo   [list] Job: …  -- (49%)"), a pager's lone ":" prompt
_PAGER_KEYS = re.compile(r"^[ \t]*(?:\S{1,7}:[A-Z][\w.]*(?: [A-Z][\w.]*)?[ \t]{1,4}){3,}\S{1,7}:[^\n]*$", re.M)
_MAIL_INDEX_LINE = re.compile(r"^-[-A-Z*%+]{2,8}[ \t]*\d+/\d+:[^\n]*\(\d{1,3}%\)[ \t]*$|^:[ \t]*$", re.M)


def _pager_screen(doc: Document) -> Document:
    """Text copied from a terminal pager or mail reader (less, man, mutt): its key bars, status and index lines and
    lone ":" prompts go, the text they interrupt is joined. Only on a page with a key bar or a status line; any other
    text is left as it is."""
    text = doc.text
    if not (_PAGER_STATUS.search(text) or _PAGER_KEYS.search(text)):
        return doc
    found = [*_PAGER_STATUS.finditer(text), *_PAGER_KEYS.finditer(text), *_MAIL_INDEX_LINE.finditer(text)]
    return _apply(doc, [(m.start(), min(m.end() + 1, len(text)), "") for m in found])



# a mainframe application's screen (IBM 3270: ISPF, CICS, IMS panels) copied as text: its function-key legend
# ("PF1=HELP  PF3=EXIT  PF8=FWD", "F3=Exit  F7=Bkwd"), command line ("===>", "COMMAND ===>   SCROLL ===> PAGE"),
# scroll marks ("MORE...", "MORE+", "BOTTOM") and screen counter ("SCREEN 01 OF 02")
_PANEL_KEYS = re.compile(r"^[ \t]*P?F\d{1,2}[ \t]*=[ \t]*\S+(?:[ \t]+P?F\d{1,2}[ \t]*=[ \t]*\S+)+[ \t]*$", re.M)
_PANEL_COMMAND = re.compile(r"^[ \t]*(?:[A-Z]{3,10}[ \t]*)?===>[^\n]*$", re.M)
_PANEL_MARKS = re.compile(r"^[ \t]*(?:MORE(?:\.{3}|[ \t]*[-+]{1,2})|BOTTOM|TOP|(?:SCREEN|PAGE)[ \t]+\d{1,3}[ \t]+OF[ \t]+\d{1,3})[ \t]*$", re.M)
# the panel's clock under its title ("JOB POSTING DISPLAY      12/04/26  09:42:17  T3270A"): the line is the program's
# own; and the panel's name before the title on its first line ("HRJP01   NUTMEG STATE MUTUAL – JOB POSTINGS")
_PANEL_CLOCK = re.compile(r"^[^\n]*\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?\b[^\n]*$", re.M)
_PANEL_NAME = re.compile(r"[ \t]*[A-Z][A-Z0-9]{1,7}\d[A-Z0-9]{0,3}[ \t]{2,}(?=\S)")
_PANEL_HEAD_LINES = 4  # the lines at a screen's top that are its header (a later screen repeats them)


def _terminal_panel(doc: Document) -> Document:
    """A mainframe application's screens (see ``_PANEL_KEYS``) as the record they show: each screen's key legend,
    command line, scroll marks, counter and clock line go, the panel's name before its title goes, and a later
    screen's header lines that repeat the first screen's go. Needs a key legend and a command line; any other text
    is left as it is."""
    text = doc.text
    if "===>" not in text or not _PANEL_KEYS.search(text) or not _PANEL_COMMAND.search(text):
        return doc
    edits: list[Edit] = []
    ends = set()
    for pattern in (_PANEL_KEYS, _PANEL_COMMAND, _PANEL_MARKS):
        for m in pattern.finditer(text):
            edits.append((m.start(), min(m.end() + 1, len(text)), ""))
            ends.add(m.end())
    first_head: set[str] = set()
    screen_top, screen = True, 0
    head_left = 0
    for start, end in _lines(text):
        line = text[start:end]
        if end in ends:
            screen_top = True
            continue
        name = None
        if screen_top and line.strip():
            screen, screen_top, head_left = screen + 1, False, _PANEL_HEAD_LINES
            if (name := _PANEL_NAME.match(text, start, end)) is not None:
                line = text[name.end() : end]
        if head_left <= 0 or not line.strip():
            continue
        head_left -= 1
        if _PANEL_CLOCK.fullmatch(line) is not None or (screen > 1 and line.strip() in first_head):
            edits.append((start, min(end + 1, len(text)), ""))
            continue
        if screen == 1:
            first_head.add(line.strip())
        if name is not None:
            edits.append((name.start(), name.end(), ""))
    return _apply(doc, edits)


# a COBOL copybook that carries a record's values (a test fixture, an extract's layout): "05  JA-TITLE  PIC X(26)
# VALUE 'COBOL Developer'.", the sequence numbers in columns 1-6 and comment lines ("000200* …") around them
_COBOL_ITEM = re.compile(r"^(?:\d{6})?[ \t]+\d{2}[ \t]+(?P<name>[A-Z][A-Z0-9-]*)\b", re.M)
_COBOL_VALUE = re.compile(
    r"\bVALUES?(?:[ \t]+IS)?(?:[ \t]|\n\d{0,6})+(?:'(?P<sq>(?:[^'\n]|'')*)'|\"(?P<dq>(?:[^\"\n]|\"\")*)\"|(?P<num>[+-]?\d+(?:\.\d+)?))(?=[ \t]*\.?[ \t]*$)",
    re.M,
)
_COBOL_PICTURE = re.compile(r"\bPIC(?:TURE)?[ \t]+(?:IS[ \t]+)?[SXAV9Z()\d.]+")
_MIN_COBOL_ITEMS = 4
# the abbreviations COBOL data names use, as a label writes them ("JA-SAL-CCY" → "Salary currency")
_COBOL_WORDS = {
    "SAL": "salary", "CCY": "currency", "CUR": "currency", "CURR": "currency", "DT": "date", "DTE": "date", "DEPT": "department",
    "LOC": "location", "HRS": "hours", "WKLY": "weekly", "NBR": "number", "NUM": "number", "DESC": "description", "TXT": "text",
    "AMT": "amount", "PCT": "percent", "TGT": "target", "REF": "reference", "REQ": "requisition", "QUAL": "qualifications",
    "RESP": "responsibilities", "EXP": "experience", "YRS": "years", "ADDR": "address", "ORG": "organisation",
}


def _cobol_copybook(doc: Document) -> Document:
    """A COBOL copybook holding one record's values (see ``_COBOL_ITEM``) as the labelled page it describes: each
    item's value on a line of its own under its data name as a label ("JA-SAL-MIN … VALUE 048000." → "Salary min:
    48000"; the prefix every name shares and a number's leading zeros go), a FILLER's text alone; sequence
    numbers, comments, pictures and items without a value go. Needs four items with a picture; any other text is left
    as it is."""
    text = doc.text
    if "PIC" not in text or "VALUE" not in text:
        return doc
    items = list(_COBOL_ITEM.finditer(text))
    if len(items) < _MIN_COBOL_ITEMS or len(_COBOL_PICTURE.findall(text)) < _MIN_COBOL_ITEMS:
        return doc
    valued: list[tuple[str, re.Match[str]]] = []
    for m in _COBOL_VALUE.finditer(text):
        owner = next((item for item in reversed(items) if item.end() <= m.start()), None)
        if owner is not None:
            valued.append((owner.group("name"), m))
    if not valued:
        return doc
    named = [name.split("-") for name, _ in valued if name != "FILLER"]
    shared = named[0][0] if named and all(len(parts) >= 2 and parts[0] == named[0][0] for parts in named) else None
    builder = TextBuilder(doc)
    for name, m in valued:
        group = m.lastgroup
        start, end = m.span(group)
        if group == "num":  # a number's sign and leading zeros are its picture's padding ("048000")
            start += len(m.group(group)) - len(m.group(group).lstrip("+0")) if m.group(group).lstrip("+0")[:1].isdigit() else 0
        if name != "FILLER":
            parts = name.split("-")
            parts = parts[1:] if parts[0] == shared else parts
            label = " ".join(_COBOL_WORDS.get(part, part.lower()) for part in parts)
            builder.insert(label[:1].upper() + label[1:] + ": ", start)
        quote = {"sq": "''", "dq": '""'}.get(group)
        at = start
        for doubled in re.finditer(quote, text[start:end]) if quote else ():
            builder.copy(at, start + doubled.start())
            builder.replace(quote[0], start + doubled.start(), start + doubled.end())
            at = start + doubled.end()
        builder.copy(at, end)
        builder.insert("\n", end)
    out = builder.build()
    return out if out.text.strip() else doc


# a mainframe job deck (JCL) that loads a posting: its "//NAME JOB …" card, its steps and comments ("//*") go, the
# in-stream data a "DD *" or "DD DATA" card opens (up to "/*", "//" or the card's own DLM=) is the posting
_JCL_JOB_CARD = re.compile(r"\A(?:[ \t]*\n)*//[A-Z$#@][A-Z0-9$#@]{0,7}[ \t]+JOB\b")
_JCL_IN_STREAM = re.compile(r"^//[^\n*][^\n]*?[ \t]DD[ \t]+(?:\*|DATA)(?:,(?:[^\n]*?\bDLM=(?P<dlm>'[^'\n]{2}'|\S{2}))?[^\n]*)?[ \t]*$", re.M)
# in the data, a control card's "KEY=value" ("VACANCY-REF=JHB-OPS-2611") and its text's own bounds ("TEXT-START")
_CONTROL_CARD = re.compile(r"(?P<key>[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*)[ \t]*=[ \t]*(?=\S)")
_CONTROL_BOUND = re.compile(r"[A-Z][A-Z0-9]*[-_](?:START|END|BEGIN|STOP)[ \t]*")


def _job_control_deck(doc: Document) -> Document:
    """A JCL job deck (see ``_JCL_JOB_CARD``) as the in-stream data it carries: the cards go, the data's control
    cards read as labelled lines ("EMPLOYER=Acme Bank" → "Employer: Acme Bank") and its text's bound markers go.
    Needs a JOB card and a "DD *" card; any other text is left as it is."""
    text = doc.text
    if _JCL_JOB_CARD.match(text) is None:
        return doc
    builder = TextBuilder(doc)
    found = False
    for card in _JCL_IN_STREAM.finditer(text):
        dlm = (card.group("dlm") or "").strip("'")
        at = card.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            if line.startswith(dlm or "/*") or (not dlm and line.startswith("//")):
                break
            found = True
            key = _CONTROL_CARD.match(text, at, end)
            if key is not None:
                _write_line(builder, _key_label(key.group("key").lower()) + ": ", key.end(), end)
            elif _CONTROL_BOUND.fullmatch(line) is None:
                builder.copy(at, end)
                builder.insert("\n", end)
            at = end + 1
    out = builder.build()
    return out if found and out.text.strip() else doc

def _man_page(doc: Document) -> Document:
    """A manual page as man shows it: the running head (its centre, the manual's name, stays) and foot (the page's
    name and section at both ends of the line), the SYNOPSIS (a command's usage) and the "name - " before the NAME section's one-line
    description go,
    so that the description heads the page as its title. Any other text is left as it is."""
    text = doc.text
    head = _MAN_HEAD.search(text, 0, 3000)
    if head is None:
        return doc
    edits: list[Edit] = [(head.start(), head.start("centre"), ""), (head.end("centre"), head.end(), "")]  # the centre stays: the manual's name
    page = head.group("page")
    for m in re.finditer(r"^[^\n]*" + re.escape(page) + r"[ \t]*$", text[head.end():], re.M):
        edits.append((head.end() + m.start(), head.end() + m.end(), ""))  # the footer: "Corrie Systems  2026-11-25  NAME(7)"
    if (name := _MAN_NAME_LINE.search(text, head.end())) is not None:
        edits.append((name.start(), name.end("name"), ""))
    if (usage := _MAN_SYNOPSIS.search(text, head.end())) is not None:
        edits.append((*usage.span(), ""))  # a command's usage, not the posting's text
    return _apply(doc, edits)


def _troff_source(doc: Document) -> Document:
    """A careers page written as a man page's troff source (".TH", ".SH POSITION", ".TP" / ".B Title" / value): the
    text "man" shows — ".SH" headings on lines of their own, a ".TP" tag and the one line under it as "Tag: value",
    ".IP \\(bu" items as "- " items, font lines as their words, escapes read ("\\(em" "—", "\\-" "-"); comments,
    the ".TH" header line and the other requests left out. The text keeps its offsets. Only a text with three or more
    requests that opens with a comment or ".TH"; any other text is left as it is."""
    text = doc.text
    if not re.match(r"\A\s*\.(?:\\\"|TH\b)", text) or len(_TROFF_REQUEST.findall(text, 0, 20_000)) < 3:
        return doc
    lines = _lines(text)
    builder = TextBuilder(doc)
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        i += 1
        if line.startswith(('.\\"', "'\\\"", ".TH")):
            continue
        if line.startswith((".SH", ".SS")):
            builder.insert("\n", s)
            _troff_text(builder, text, min(e, s + 4), e)
            builder.insert("\n", e)
            continue
        if line.startswith(".TP") and i + 1 < len(lines):  # a tagged paragraph: the tag, then its one line of text
            (ts, te), (vs, ve) = lines[i], lines[i + 1]
            tag = _TROFF_FONT_LINE.match(text, ts, te)
            if not text[vs:ve].startswith(".") and len(text[ts:te].split()) <= 5:
                _troff_text(builder, text, tag.end() if tag else ts, te)
                builder.insert(": ", te)
                _troff_text(builder, text, vs, ve)
                builder.insert("\n", ve)
                i += 2
            continue
        if line.startswith(".IP"):
            if "\\(bu" in line or "\\(em" in line or re.match(r"\.IP[ \t]+(?:-|\*|\\-)", line):
                builder.insert("- ", e)
            continue
        font = _TROFF_FONT_LINE.match(line)
        if font is not None:
            _troff_text(builder, text, s + font.end(), e)
            builder.insert("\n", e)
            continue
        if line.startswith("."):
            if line.startswith((".PP", ".LP", ".P", ".br", ".sp")):
                builder.insert("\n", s)
            continue
        _troff_text(builder, text, s, e)
        builder.insert("\n", e)
    out = builder.build()
    return out if out.text.strip() else doc


_REPR_KEY = re.compile(r"""^[ \t]*[{,]?[ \t]*'(?P<key>[A-Za-z_][\w-]{0,40})'[ \t]*:[ \t]*""", re.M)  # Python quotes keys in '…' (JSON in "…")
_REPR_STRING = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\"""")
_REPR_ESCAPE = re.compile(r"\\(?:(?P<c>[nrt'\"\\/])|u(?P<u>[0-9a-fA-F]{4}))")
_REPR_LITERAL = re.compile(r"(?P<lit>None|True|False|null|true|false)\b|(?P<num>-?\d+(?:\.\d+)?)(?=[ \t]*[,}\n])")
_REPR_GAP = re.compile(r"[ \t]*(?:\r?\n[ \t]*)*")


def _string_members(text: str, tokens: list[tuple[int, int]]) -> Iterator[tuple[int, str, tuple[int, int]]]:
    """Each member of a JSON's ``tokens`` whose value is a string: its key's position, the key in lower case and the
    value's token (its quotes included)."""
    for i, (a, b) in enumerate(tokens[:-2]):
        if text[a] == '"' and text[tokens[i + 1][0]] == ":" and text[tokens[i + 2][0]] == '"':
            yield i, text[a + 1 : b - 1].lower(), tokens[i + 2]


def _chat_texts(text: str, tokens: list[tuple[int, int]]) -> int:
    """How many non-empty string values a JSON's ``tokens`` hold under a chat message's text keys (``_CHAT_TEXT_KEYS``)."""
    return sum(1 for _, key, (va, vb) in _string_members(text, tokens) if key in _CHAT_TEXT_KEYS and vb - va > 2)


def _repr_untagged(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """:func:`_repr_string` for a rich-text message: its inline marks (``_INLINE_TAG``) left out, a "<br>" a line break."""
    at = start
    for m in _INLINE_TAG.finditer(text, start, end):
        _repr_string(builder, text, at, m.start())
        builder.replace("\n" if m.group().lower().startswith("<br") else "", m.start(), m.end())
        at = m.end()
    _repr_string(builder, text, at, end)


def _repr_string(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Copy the inside of the string literal ``text[start:end]`` (quotes excluded) with its escapes read (a lone
    surrogate half of "\\ud83d\\udc47" dropped)."""
    at = start
    for m in _REPR_ESCAPE.finditer(text, start, end):
        _copy_entities(builder, text, at, m.start())
        c = m.group("c")
        code = int(m.group("u"), 16) if not c else 0
        builder.replace({"n": "\n", "t": " ", "r": ""}.get(c, c) if c else "" if 0xD800 <= code <= 0xDFFF else chr(code), m.start(), m.end())
        at = m.end()
    _copy_entities(builder, text, at, end)


_STRING_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z]{2,8});")


def _copy_entities(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Copy ``text[start:end]`` with the HTML character references an API left in its strings read ("Nurse &#8211;
    Full Time", "&euro;36,000": a WordPress reply's rendered text); an unknown name stays as written."""
    at = start
    for m in _STRING_ENTITY.finditer(text, start, end) if "&" in text[start:end] else ():
        read = html.unescape(m.group())
        if read != m.group():
            builder.copy(at, m.start())
            builder.replace(read, m.start(), m.end())
            at = m.end()
    builder.copy(at, end)


def _write_quoted_value(builder: TextBuilder, text: str, label: str, pieces: list[tuple[int, int]],
                        read: Callable[[TextBuilder, str, int, int], None] = _repr_string) -> None:
    """Write a quoted value under ``label``: the insides of its string literals (``pieces``, one or a run of them)
    with their escapes read by ``read``, as "Label: value" on one line, or under the label as a heading when the
    value holds an escaped line break (a text)."""
    multiline = any("\\n" in text[a:b] for a, b in pieces)
    builder.insert(label + ("\n" if multiline else ": "), pieces[0][0])
    for a, b in pieces:
        read(builder, text, a, b)
    builder.insert("\n\n" if multiline else "\n", pieces[-1][1])


def _python_repr_source(doc: Document) -> Document:
    """A scraped record printed as a Python dict ("{'title': 'Data Analyst', 'company': …}", pprint's layout with
    its long strings split into "('…' '…')" runs): each key as the label a page writes over its value ("'job_id':
    'SL-1'" → "Job id: SL-1"), a text with line breaks under its key as a heading, the escapes read ("\\n" a line
    break), None/True/False values and the scraper's own keys ("_scraped_at") left out. Only a text with four or more
    quoted keys; any other text is left as it is."""
    text = doc.text
    keys = list(_REPR_KEY.finditer(text, 0, 40_000))
    if len(keys) < 4 or not _REPR_STRING.match(text, keys[0].end()) and not _REPR_LITERAL.match(text, keys[0].end()):
        return doc
    builder = TextBuilder(doc)
    for m in keys:
        key = m.group("key")
        if key.startswith("_"):
            continue
        at = m.end() + (1 if text.startswith("(", m.end()) else 0)
        strings = []
        while True:
            gap = _REPR_GAP.match(text, at)
            s = _REPR_STRING.match(text, gap.end())
            if s is None:
                break
            strings.append((s.start() + 1, s.end() - 1))
            at = s.end()
        if not strings:
            literal = _REPR_LITERAL.match(text, m.end())
            if literal is not None and literal.group("num"):
                _write_line(builder, _key_label(key) + ": ", literal.start(), literal.end())
            continue
        _write_quoted_value(builder, text, _key_label(key), strings)
    out = builder.build()
    return out if out.text.strip() else doc


# a record printed by a language's debug or inspect form — Rust's "{:#?}", Ruby's pp or inspect (a Rails console),
# Node's util.inspect: unquoted keys, quoted strings, a comma closing each value ("    title: \"Baker\",")
_DEBUG_VALUE_LINE = re.compile(r"""^[ \t]*[A-Za-z_]\w{0,40}:[ \t]+(?:Some\()?(?P<q>["']).*(?P=q)\)?,[ \t]*$""", re.M)
_DEBUG_STRING_LINE = re.compile(r"""^[ \t]*\[?(?P<q>["']).*(?P=q)\]?,[ \t]*$""", re.M)  # a value on the line under its key, a list's item
_DEBUG_KEY = re.compile(r"[ \t]*(?P<key>[A-Za-z_]\w{0,40}):(?:[ \t]+|(?=[ \t]*$))")
_INLINE_PAIR = re.compile(r"""(?P<k>[A-Za-z_]\w{0,40}):[ \t]*(?:(?P<q>["'])(?P<v>(?:\\.|(?!(?P=q)).)*)(?P=q)|(?P<bare>[\w.+-]+))""")


def _write_inline_record(builder: TextBuilder, text: str, label: str, start: int, end: int) -> None:
    """A nested record printed on one line ("{ city: 'Columbus', state: 'OH', zip: '43206' }") as a page shows it: a
    place record as one "Label: town, state" line (the town over its postcode or street), a record with a name as
    "Label: name", any other as its own "Key: value" lines; nothing-values left out."""
    pairs = [(m.group("k").lower(), m.start("v") if m.group("q") else m.start("bare"), m.end("v") if m.group("q") else m.end("bare"))
             for m in _INLINE_PAIR.finditer(text, start, end)]
    pairs = [(k, a, b) for k, a, b in pairs if b > a and not _DEBUG_NOTHING.fullmatch(text[a:b])]
    if pairs and all(k in _PLACE_KEYS for k, _, _ in pairs):
        _write_place(builder, label, [(k, a, text[a:b]) for k, a, b in pairs])
        return
    name = next(((a, b) for k, a, b in pairs if k in _NAME_KEYS), None)
    if name is not None:
        _write_line(builder, label + ": ", *name)
        return
    for k, a, b in pairs:
        _write_line(builder, _json_key_label(k) + ": ", a, b)


_JOINED_PIECE = re.compile(r"""[ \t]*(?P<q>["'])(?P<v>(?:\\.|(?!(?P=q)).)*)(?P=q)[ \t]*(?:(?P<plus>\+)|,)?[ \t]*""")
_DEBUG_NEWTYPE = re.compile(r"(?:Some|[A-Z]\w{0,40})\(")
_DEBUG_WRAPPER = re.compile(r"(?:Some|[A-Z]\w{0,30}(?:\.\w{1,30}){0,3})\((?=[\"'])")
_DEBUG_NOTHING = re.compile(r"(?:None|nil|null|undefined|true|false|True|False)\)?")
_DEBUG_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")
_DEBUG_CLOSERS = re.compile(r"[ \t]*[\]})>,]+[ \t]*")
_DEBUG_ROW_ID = re.compile(r"(?:\w+_)?id")  # a row's own id or a foreign key ("employer_id: 14"), not the posting's reference
_DEBUG_SCALAR = re.compile(r"[\w.:+-]+(?:[ \t][\w.:+-]+){0,3},?")  # an unquoted value alone on its line: 38.5, 2026-12-01
_DEBUG_SHOWN_KEYS = frozenset({"raw", "name", "display", "display_name", "formatted", "text", "label"})
_MIN_DEBUG_VALUES = 4


def _debug_record_source(doc: Document) -> Document:
    """A scraped record printed by a language's debug or inspect form (Rust's pretty Debug, Ruby's pp in a Rails
    console, Node's util.inspect): each key as the label a page writes ("source_id: \"7739120\"," → "Source id:
    7739120"), a value in "Some(…)" or on the line under its key read as the key's, a list under its key as a heading
    over "- …" items, a text with "\\n" escapes as a heading over its text; nothing-values (None, nil, true), a row's
    numeric ids, brackets and closing lines left out, a number in exponent form written out ("0.2365e2" → "23.65").
    Needs two keyed string values closed by commas and four quoted values in all; any other line is kept as it is."""
    text = doc.text
    keyed = len(_DEBUG_VALUE_LINE.findall(text, 0, 40_000))
    if keyed < 2 or keyed + len(_DEBUG_STRING_LINE.findall(text, 0, 40_000)) < _MIN_DEBUG_VALUES:
        return doc
    builder = TextBuilder(doc)
    pending: Optional[str] = None  # the label of a key whose value is on the next line
    parent: Optional[str] = None  # the label of the nested record being read
    label: Optional[str] = None
    in_list = False

    def write_value(label: str, string: re.Match) -> None:
        _write_quoted_value(builder, text, label, [(string.start() + 1, string.end() - 1)])

    joined: Optional[tuple[str, list[tuple[int, int]]]] = None  # a text built by "+" over lines: its label and pieces so far

    line_start = 0
    for line in text.splitlines(keepends=True):
        s, e = line_start, line_start + len(line.rstrip("\r\n"))
        line_start += len(line)
        if joined is not None:
            piece = _JOINED_PIECE.fullmatch(text, s, e)
            if piece is not None:
                joined[1].append((piece.start("v"), piece.end("v")))
                if piece.group("plus"):
                    continue
            _write_quoted_value(builder, text, joined[0], joined[1])
            joined = None
            if piece is not None:
                continue
        key = _DEBUG_KEY.match(text, s, e)
        body = text[s:e].strip(" \t")
        if key is None and pending is not None and (body.startswith("[") or body.rstrip(",").endswith("{")):
            key, at, rest = None, s + text[s:e].index(body[0]), body.rstrip(",")  # the value under its key opens a list or record
            label, pending = pending, None
        elif key is not None:
            label, at = _json_key_label(key.group("key")), key.end()
            rest = text[at:e].rstrip(" \t,")
            if parent is not None and key.group("key") in _DEBUG_SHOWN_KEYS:
                label = parent  # a nested record's shown text ("raw: \"8055 Graz\"") is its parent's value
            pending = None
        if key is not None or label is not None:
            in_list = False
            if rest == "" or _DEBUG_NEWTYPE.fullmatch(rest):  # "Some(", "PostingId(": the value on the lines below
                pending = label
            elif rest.startswith("["):
                builder.insert("\n" + label + "\n", s)
                in_list = not rest.endswith("]")
                for item in _REPR_STRING.finditer(text, at, e):
                    _write_line(builder, "- ", item.start() + 1, item.end() - 1)
            elif rest.endswith("{"):
                parent = label  # a nested record's opening: its keys follow
            elif rest.startswith("{") and rest.endswith("}"):
                _write_inline_record(builder, text, label, at, at + len(rest))  # "employer: { name: 'Scioto Pharmacy', type: … }"
            elif _DEBUG_NOTHING.fullmatch(rest):
                pass  # a value that says nothing
            elif _DEBUG_NUMBER.fullmatch(rest):
                if not _DEBUG_ROW_ID.fullmatch(key.group("key")):
                    end = at + len(rest)
                    builder.insert(label + ": ", at)
                    if "e" in rest:
                        builder.replace(format(Decimal(rest).normalize(), "f"), at, end)
                    else:
                        builder.copy(at, end)
                    builder.insert("\n", end)
            else:
                wrapper = _DEBUG_WRAPPER.match(rest)  # "Some(\"…\")", Elixir's "Decimal.new(\"22.5\")": the string inside
                string = _REPR_STRING.match(text, at + (wrapper.end() if wrapper else 0))
                if string is not None and text[string.end() : e].strip(" \t") == "+":
                    joined = (label, [(string.start() + 1, string.end() - 1)])  # mongosh's long text: "'…\\n' +" over lines
                elif string is not None:
                    write_value(label, string)
                else:
                    _write_line(builder, label + ": ", at, at + len(rest))  # an unquoted value, kept as written
            label = None
            continue
        if pending is not None and _DEBUG_SCALAR.fullmatch(body):
            _write_line(builder, pending + ": ", *_stripped(text, s, e - (1 if body.endswith(",") else 0)))  # "Some(\n 38.5,\n)"
            pending = None
            continue
        strings = list(_REPR_STRING.finditer(text, s, e))
        if strings and not _DEBUG_CLOSERS.sub("", _REPR_STRING.sub("", text[s:e])).strip(" \t[(,"):
            if pending is not None and not in_list:
                write_value(pending, strings[0])
                pending = None
            else:
                for item in strings:
                    _write_line(builder, "- ", item.start() + 1, item.end() - 1)
            if text[s:e].rstrip(" \t,").endswith("]"):
                in_list = False
            continue
        if _DEBUG_CLOSERS.fullmatch(text, s, e):
            in_list = in_list and "]" not in text[s:e]
            parent = None if "}" in text[s:e] else parent
            continue
        if in_list and re.fullmatch(r"[ \t]*\w+,?[ \t]*", text[s:e]):
            _write_line(builder, "- ", *_stripped(text, s, e - (1 if text[s:e].rstrip().endswith(",") else 0)))  # an enum's variant
            continue
        builder.copy(s, line_start)
    out = builder.build()
    return out if out.text.strip() else doc


# a record printed on one run of text by a language's default string form — Kotlin's or Lombok's toString
# ("JobAd(id=88213, title=Room Attendant, employer=Employer(name=Reefview Hotel), duties=[Service rooms, …])"), Go's
# "%+v" ("&{ID:7731 Title:Forklift Operator Company:Northshore Logistics Inc. Pay:{Min:23.75 Max:26.5}}"): keys glued
# to their values by "=" or ":", values unquoted and running to the next key
_INLINE_KEY = re.compile(r"(?<=[{(\[,\s])(?P<key>[A-Za-z_][A-Za-z0-9_]{1,30})(?P<sep>[=:])(?![/\s=:])")
_INLINE_OPENER = re.compile(r"(?:&?\{|[A-Z]\w{0,40}[({])\Z")  # "&{", "{", "Employer(": a record opens
_INLINE_NOTHING = frozenset({"null", "nil", "<nil>", "none", "None", "true", "false", "[]", "{}", ""})
_INLINE_ITEM_BREAK = re.compile(r",[ \t]+(?=[A-Z0-9])")  # a list's items: "[Service rooms, Replenish amenities]"
_MIN_INLINE_KEYS = 6
_MAX_INLINE_GAP = 3000  # characters from one key to the next: a long description between them
_MAX_INLINE_OPENERS = 20


def _inline_record_keys(text: str) -> tuple[list[re.Match[str]], int]:
    """The keys of the first printed record (see ``_INLINE_KEY``) and where it closes: opened by a bracket, six keys
    or more with one separator before its closing bracket, none further than ``_MAX_INLINE_GAP`` from the one
    before; no keys when there is none."""
    keys = list(_INLINE_KEY.finditer(text, 0, 40_000))
    openers = 0
    for i, first in enumerate(keys):
        if text[first.start() - 1 : first.start()] not in ("{", "(") or "<" in text[max(0, first.start() - 200) : first.start()]:
            continue
        openers += 1
        if openers > _MAX_INLINE_OPENERS:
            break  # (each look for the closing bracket reads on: a text of many brackets is no printed record)
        close = _record_close(text, first.start())
        run = [first]
        for m in keys[i + 1 :]:
            if m.start() >= close or m.group("sep") != first.group("sep") or m.start() - run[-1].end() > _MAX_INLINE_GAP:
                break
            run.append(m)
        if len(run) >= _MIN_INLINE_KEYS:
            return run, close
    return [], 0


def _inline_record_source(doc: Document) -> Document:
    """A record printed by a language's default string form (see ``_INLINE_KEY``) as a careers page shows it: each
    key as a label over its value on a line of its own ("title=Room Attendant," → "Title: Room Attendant"), a nested
    record's name under its parent's label, a nested place record as one "Location: town, state, country" line, a
    list as a heading over "- " items, nothing-values (null, <nil>, false) and a row's numeric ids left out, the
    brackets dropped. Text before and after the record is kept as it is."""
    text = doc.text
    keys, close = _inline_record_keys(text)
    if not keys:
        return doc
    entries = []  # (key, label, value start, value, closing brackets after it; None for a nested record's opening)
    for n, key in enumerate(keys):
        vs = key.end()
        value = text[vs : keys[n + 1].start() if n + 1 < len(keys) else close].rstrip(" \t\r\n,")
        if _INLINE_OPENER.fullmatch(value):
            entries.append((key.group("key"), _json_key_label(key.group("key")), vs, value, None))
            continue
        closers = 0
        while value and value[-1] in ")}]" and value.count(value[-1]) > value.count({")": "(", "}": "{", "]": "["}[value[-1]]):
            value, closers = value[:-1].rstrip(" \t\r\n,"), closers + 1  # "logoUrl=null)": the nested record closes
        if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
            vs, value = vs + 1, value[1:-1]
        entries.append((key.group("key"), _json_key_label(key.group("key")), vs, value, closers))
    builder = TextBuilder(doc)
    opener = _INLINE_OPENER.search(text, max(0, keys[0].start() - 41), keys[0].start())
    builder.copy(0, opener.start() if opener else keys[0].start())
    builder.insert("\n", keys[0].start())
    parents: list[str] = []
    n = 0
    while n < len(entries):
        key, label, vs, value, closers = entries[n]
        n += 1
        if closers is None:
            inner = entries[n : next((i + 1 for i in range(n, len(entries)) if entries[i][4]), n)]
            ends = {e[0].lower(): (e[2], e[2] + len(e[3])) for e in inner if e[4] is not None and e[3] not in _INLINE_NOTHING}
            scalars = bool(inner) and inner[-1][4] and all(e[4] is not None for e in inner)
            if scalars and all(e[0].lower() in _PLACE_KEYS for e in inner):
                _write_place(builder, label, [(e[0].lower(), e[2], e[3]) for e in inner])  # "location=Location(suburb=…, state=QLD)"
            elif scalars and _range_record(ends.keys()):
                _write_range(builder, text, label, ends, inner[0][2], max(b for _, b in ends.values()))  # "Pay:{Min:23.75 Max:26.5 Unit:HOUR}"
            else:
                parents.append(label)  # "employer=Employer(": the nested record's keys follow
                continue
            n += len(inner)
            del parents[max(0, len(parents) - inner[-1][4] + 1) :]  # (its last closing bracket closes the nested record)
            continue
        if parents and key.lower() in _NAME_KEYS:
            label = parents[-1]  # "employer=Employer(name=Reefview Hotel": the employer's name
        if value.startswith("[") and value.endswith("]"):
            builder.insert("\n" + label + "\n", vs)
            at = vs + 1
            for item in _INLINE_ITEM_BREAK.split(value[1:-1]):
                start = text.index(item, at) if item else at
                if item.strip():
                    _write_line(builder, "- ", start, start + len(item))
                at = start + len(item)
        elif value not in _INLINE_NOTHING and not (value.isdigit() and _DEBUG_ROW_ID.fullmatch(key.lower())):
            _write_line(builder, label + ": ", vs, vs + len(value))
        del parents[max(0, len(parents) - closers) :]
    builder.insert("\n", close)
    builder.copy(close, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


def _write_place(builder: TextBuilder, label: str, parts: list[tuple[str, int, str]]) -> None:
    """A nested place record's parts ``(key, value start, value)`` as one "Location: town, state, country" line: the
    town over its suburb or street, the parts from the smallest place to the country whatever the record's key order
    (a shell prints a map's keys sorted: city, country, region), nothing-values left out."""
    keys = {k for k, _, _ in parts}
    parts = sorted(parts, key=lambda part: _PLACE_KEY_RANK.get(part[0], 1))
    shown = [(vs, value) for k, vs, value in parts if value not in _INLINE_NOTHING and not (keys & {"city", "town"} and k in _BELOW_TOWN_KEYS)]
    if not shown:
        return
    builder.insert("\n" + label + ": ", shown[0][0])
    for i, (vs, value) in enumerate(shown):
        if i:
            builder.insert(", ", vs)
        builder.copy(vs, vs + len(value))
    builder.insert("\n", shown[-1][0] + len(shown[-1][1]))


def _record_close(text: str, start: int) -> int:
    """Where the printed record whose first key is at ``start`` closes: after the bracket that closes the one opening
    it (the end of the text when none does within 40,000 characters)."""
    depth = 0
    for m in _BRACKETS.finditer(text, start, start + 40_000):
        depth += 1 if m.group() in "([{" else -1
        if depth < 0:
            return m.end()
    return len(text)


_BRACKETS = re.compile(r"[()\[\]{}]")


# a Redis hash printed by redis-cli (HGETALL): numbered replies alternating a field's name and its value,
# ' 5) "title"' over ' 6) "Warehouse Team Leader"'; a value's non-ASCII bytes escaped ("\xc2\xa3" for "£")
_REDIS_REPLY = re.compile(r'^[ \t]*(?P<n>\d{1,4})\)[ \t]+"(?P<v>(?:[^"\\\n]|\\.)*)"[ \t]*$', re.M)
_REDIS_FIELD = re.compile(r"[A-Za-z_][\w.-]{0,40}")
_BYTE_ESCAPES = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_MIN_REDIS_PAIRS = 4


def _redis_text(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Copy a redis-cli value ``text[start:end]`` with its escapes read: bytes as their UTF-8 text, "\\n" a line break."""
    at = start
    for m in _BYTE_ESCAPES.finditer(text, start, end):
        _repr_string(builder, text, at, m.start())
        builder.replace(bytes.fromhex(m.group().replace("\\x", "")).decode("utf-8", errors="replace"), m.start(), m.end())
        at = m.end()
    _repr_string(builder, text, at, end)


def _redis_hash(doc: Document) -> Document:
    """A Redis hash printed by redis-cli (see ``_REDIS_REPLY``) as a page shows it: "Title: Warehouse Team Leader",
    a value with line breaks under its field's name as a heading, escapes read. Needs a run of four numbered pairs
    whose odd replies are field names; any other line is kept as it is."""
    text = doc.text
    if ') "' not in text:
        return doc
    replies = list(_REDIS_REPLY.finditer(text))
    runs: list[list[re.Match]] = []
    for m in replies:
        if runs and int(m.group("n")) == int(runs[-1][-1].group("n")) + 1 and text.count("\n", runs[-1][-1].end(), m.start()) == 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    pairs = [run for run in runs if len(run) >= 2 * _MIN_REDIS_PAIRS and all(_REDIS_FIELD.fullmatch(m.group("v")) for m in run[0::2])]
    if not pairs:
        return doc
    builder = TextBuilder(doc)
    at = 0
    for run in pairs:
        for key, value in zip(run[0::2], run[1::2]):
            builder.copy(at, key.start())
            at = value.end() + 1 if value.end() < len(text) else value.end()
            a, b = value.span("v")
            if a == b:
                continue
            _write_quoted_value(builder, text, _json_key_label(key.group("v")), [(a, b)], _redis_text)
    builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


# a record written as code that assigns its values: Terraform/HCL ("title = \"Baker\""), a Lua table ("title = \"Baker\",",
# "M.studio = \"Acme\"", "[[long text]]"), a Java/INI properties file ("posting.title=Baker")
_ASSIGNED_STRING = re.compile(r"""^[ \t]*(?:[{,][ \t]*)?(?:[A-Za-z_]\w*\.)?[A-Za-z_][\w-]{0,40}[ \t]*=[ \t]*(?:Some[ \t]+)?(?:"(?:[^"\\\n]|\\.)*"|\[\[)""", re.M)
_ASSIGNMENT = re.compile(
    r"""[ \t]*(?:[{,][ \t]*)?(?:[A-Za-z_]\w*\.)?(?P<key>[A-Za-z_][\w-]{0,40})[ \t]*=[ \t]*(?P<rest>[^\n]*?)[ \t]*,?[ \t]*(?:(?:#|--|//)[^\n"]*)?$"""
)
_INLINE_ASSIGNMENT = re.compile(r"""(?P<key>[A-Za-z_][\w-]{0,40})[ \t]*=[ \t]*(?P<value>"(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?)(?:[MLmfFdD]\b)?""")
_CODE_COMMENT = re.compile(r"[ \t]*(?:#|--|//)")
_CODE_NOTHING = re.compile(r"(?:true|false|nil|null|none)")
_OPTION_SOME = re.compile(r"Some(?:[ \t]+(?=\S)|\()")
_CODE_NUMBER = re.compile(r"(?P<n>-?\d+(?:\.\d+)?)[MLmfFdD]?")  # a literal's type suffix: F#'s decimal "520.00M"
_CODE_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?)?")
_UNQUOTED_WORDS = re.compile(r"[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,3}(?:[ \t]+\d{1,4})?")  # words, no dots or brackets: no reference ("local.office")
_PROPERTY_LINE = re.compile(r"^(?P<key>[A-Za-z][\w-]*(?:\.[\w-]+)+)[ \t]*[=:][ \t]*(?P<value>\S(?:[^\n]*\S)?)[ \t]*$", re.M)
_PROPERTY_COMMENT = re.compile(r"^[ \t]*[#!][^\n]*\n?", re.M)
_GENERIC_LAST_KEYS = frozenset("base note text value name raw min max from to".split())
_MIN_ASSIGNED = 4
_MARKDOWN_HEADING = re.compile(r"[ \t]*(?P<marks>#{2,6}[ \t]+)(?=[^\W\d_])")
_MAX_ASSIGNMENT_LINE = 2000  # a longer line is kept as written (the assignment pattern's lazy value is read once per line)


_BLOCK_OPENER = re.compile(r"(?m)^(?P<i>[ \t]*)[^\n]*\{[ \t]*$")  # "planner = {": a line opening a block


def _unlisted_blocks(text: str) -> list[tuple[int, int]]:
    """The blocks of a record written as code that say they are not shown ("planner = {" over "published = false;"
    … "};", a site's draft): from the opening line's start to the closing line's end, the closing line being the first
    one after the mark indented like the opening one."""
    blocks = []
    for mark in _TOML_UNLISTED.finditer(text, 0, 40_000):
        indent = len(mark.group()) - len(mark.group().lstrip(" \t\n"))
        opener = None
        for line in _BLOCK_OPENER.finditer(text, max(0, mark.start() - 2000), mark.start()):
            if len(line.group("i")) < indent:
                opener = line
        if opener is None:
            continue
        close = re.compile(r"(?m)^" + re.escape(opener.group("i")) + r"\}[^\n]*$").search(text, mark.end())
        if close is not None:
            blocks.append((opener.start(), close.end()))
    return blocks


# a table written as code, one row a line: R's tribble("Reference", "SCE-01",), a Python list of pairs ("Hours", "38"),
_QUOTED_PAIR_ROW = re.compile(
    r"^[ \t]*[(\[]?(?P<q>[\"'])(?P<key>[^\W\d_][^\"'\n]{0,40})(?P=q)[ \t]*,[ \t]*(?P<q2>[\"'])(?P<value>[^\"'\n]{1,300})(?P=q2)[ \t]*[)\]]?[ \t]*,?[ \t]*$",
    re.M,
)
_MIN_PAIR_ROWS = 3


def _quoted_pair_rows(doc: Document) -> Document:
    """A posting's facts written as a table in code, one quoted key and one quoted value a row (an R Markdown
    chunk's ``tribble``, a script's list of pairs): each row as the labelled line a page shows ("Reference:
    SCE-2026-0931"). Needs three rows; any other text is left as it is."""
    text = doc.text
    if text.count(",") < _MIN_PAIR_ROWS:
        return doc
    rows = list(_QUOTED_PAIR_ROW.finditer(text, 0, 40_000))
    if len(rows) < _MIN_PAIR_ROWS:
        return doc
    edits: list[Edit] = []
    for m in rows:
        edits.append((m.start(), m.start("key"), ""))
        edits.append((m.end("key"), m.start("value"), ": "))
        edits.append((m.end("value"), m.end(), ""))
    return _apply(doc, edits)


def _assigned_record(doc: Document) -> Document:
    """A record written as code (see ``_ASSIGNED_STRING``) as a page shows it: "Title: Baker" for a quoted value, a
    key over a list of strings as a heading over "- " items, a table's inline values each on a line of its own
    ("location = { city = \"Montréal\", … }" → "City: Montréal"), a Lua long string as its text; a properties file's
    dotted keys by their last part ("posting.location.city=Christchurch" → "City: Christchurch", "posting.duties.1=…"
    an item under "Duties"). Comments, blocks' own lines, braces, flags, references and the blocks marked unpublished
    (:func:`_unlisted_blocks`) left out. Needs four quoted
    assignments, or six dotted properties; any other text is left as it is."""
    text = doc.text
    if "=" not in text:
        return doc
    if len(_PROPERTY_LINE.findall(text, 0, 40_000)) >= 6 and len(_ASSIGNED_STRING.findall(text, 0, 40_000)) < _MIN_ASSIGNED:
        return _properties(doc)
    if len(_ASSIGNED_STRING.findall(text, 0, 40_000)) < _MIN_ASSIGNED:
        return doc
    builder = TextBuilder(doc)
    in_list: Optional[str] = None
    unlisted = _unlisted_blocks(text)
    at = 0
    while at < len(text):
        if (skip := next((b for a, b in unlisted if a <= at < b), None)) is not None:
            at = skip + 1
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        body = line.strip()
        m = _ASSIGNMENT.fullmatch(text, at, end) if "=" in line and end - at <= _MAX_ASSIGNMENT_LINE else None
        if m is not None and not body.startswith(("#", "--", "//")):
            label, rest, v = _json_key_label(m.group("key")), m.group("rest"), m.start("rest")
            if (option := _OPTION_SOME.match(rest)) is not None:  # F#'s and OCaml's "Some \"Acme\"", Rust's "Some(32.0)"
                rest = rest[option.end() : -1 if option.group().endswith("(") and rest.endswith(")") else None]
                v += option.end()
            in_list = None
            opening = "[[" if rest.startswith("[[") else '"""' if rest.startswith('"""') else ""
            closing = {"[[": "]]", '"""': '"""'}.get(opening, "")
            if opening and closing not in rest[len(opening) :]:  # a Lua or HOCON long string over several lines
                v += len(opening) - 2
                close = text.find(closing, v + 2)
                close = len(text) if close < 0 else close
                builder.insert(label + "\n", v + 2)
                builder.copy(v + 2, close)
                builder.insert("\n\n", close)
                end = text.find("\n", close)
                end = len(text) if end < 0 else end
            elif rest.startswith("[[") and rest.rstrip(",").endswith("]]"):
                _write_line(builder, label + ": ", *_stripped(text, v + 2, v + len(rest.rstrip(",")) - 2))
            elif rest in ("[", "{", ""):
                in_list = label  # its items follow, or its keys (or, after "Summary =", its text)
            elif rest.startswith(("[", "{")):
                strings = list(_REPR_STRING.finditer(text, v, v + len(rest)))
                pairs = list(_INLINE_ASSIGNMENT.finditer(text, v, v + len(rest)))
                if pairs:
                    if rest.startswith("{") and not rest.rstrip(";,").endswith("}"):
                        builder.insert("\n" + label + "\n", v)  # a record going on over the next lines: its name over its keys
                    for pair in pairs:
                        value = pair.group("value")
                        a, b = pair.span("value")
                        _write_line(builder, _json_key_label(pair.group("key")) + ": ", *((a + 1, b - 1) if value.startswith('"') else (a, b)))
                elif strings:
                    builder.insert("\n" + label + "\n", at)
                    for item in strings:
                        _write_line(builder, "- ", item.start() + 1, item.end() - 1)
            elif rest.startswith('"'):
                string = _REPR_STRING.match(text, v)
                if string is not None and string.end() - string.start() > 2:
                    builder.insert(label + ": ", string.start() + 1)
                    _repr_string(builder, text, string.start() + 1, string.end() - 1)
                    builder.insert("\n", string.end() - 1)
            elif (number := _CODE_NUMBER.fullmatch(rest.rstrip(";, }"))) is not None:  # "min = 41500;" (Nix), "520.00M" (F#)
                _write_line(builder, label + ": ", v, v + number.end("n"))
            elif _CODE_DATE.fullmatch(bare := rest.rstrip(" }]")):
                _write_line(builder, label + ": ", v, v + len(bare))  # "Posted = 11/27/2026 12:00:00 AM" (.NET's DateTime)
            elif _UNQUOTED_WORDS.fullmatch(bare) and not _CODE_NOTHING.fullmatch(bare.lower()):
                _write_line(builder, label + ": ", v, v + len(bare))  # HOCON's unquoted "city = Lisbon", F#'s "Per = Day }"
            elif _workplace_flag(label, flag := rest.rstrip(";, }")):
                _write_line(builder, label + ": ", v, v + len(flag))  # Nix's "onSite = true;"
            # flags (true, nil), references (local.office) and blocks ("resource \"x\" {") are left out
        elif (heading := _MARKDOWN_HEADING.match(text, at, end)) is not None:
            _write_line(builder, "", heading.end("marks"), end)  # an MDX page's heading (its component props look like assignments)
        elif body.startswith(("#", "--", "//")) or _CODE_NOTHING.fullmatch(body.rstrip(",")):
            pass
        elif in_list is not None and (strings := list(_REPR_STRING.finditer(text, at, end))) and not _DEBUG_CLOSERS.sub("", _REPR_STRING.sub("", line)).strip(" \t,;["):
            if text[at:end].lstrip().lstrip("[").lstrip().startswith('"') and in_list:
                builder.insert("\n" + in_list + "\n", at)
                in_list = ""  # the heading is written once
            for item in strings:
                _write_line(builder, "- ", item.start() + 1, item.end() - 1)
        elif _DEBUG_CLOSERS.fullmatch(text, at, end) or not body or body.endswith("{") and " " in body and "=" not in body:
            in_list = None if body and body[0] in "]}" else in_list  # a closer, a blank line, or a block's opening line
            if not body:
                builder.insert("\n", at)
        else:
            builder.copy(at, end)
            builder.insert("\n", end)
        at = end + 1
    out = builder.build()
    return out if out.text.strip() else doc


def _properties(doc: Document) -> Document:
    """A properties file's lines as a page shows them (see :func:`_assigned_record`)."""
    text = doc.text
    builder = TextBuilder(doc)
    at = 0
    heading = None
    for m in _PROPERTY_LINE.finditer(text):
        for comment in _PROPERTY_COMMENT.finditer(text, at, m.start()):  # "#Tue Dec 01 …": the file's own stamp
            builder.copy(at, comment.start())
            at = comment.end()
        builder.copy(at, m.start())
        at = m.end() + 1 if m.end() < len(text) else m.end()
        parts = [p for p in m.group("key").split(".")]
        if parts[-1].isdigit():  # "posting.duties.1": one item of a list
            parent = _json_key_label(parts[-2]) if len(parts) >= 2 else ""
            if parent != heading:
                builder.insert("\n" + parent + "\n", m.start())
                heading = parent
            _write_line(builder, "- ", m.start("value"), m.end("value"))
            continue
        heading = None
        label = _json_key_label(parts[-1])
        if parts[-1].lower() in _GENERIC_LAST_KEYS and len(parts) >= 2:
            label = _json_key_label(parts[-2]) + " " + label.lower()  # "pay.base" → "Pay base"
        _write_line(builder, label + ": ", m.start("value"), m.end("value"))
    builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


_RTF_HINT = re.compile(r"\A\s*\{\\rtf1?\b")
_RTF_TOKEN = re.compile(
    r"\\'(?P<hex>[0-9a-fA-F]{2})|\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?|\\(?P<sym>[^a-zA-Z'])|(?P<brace>[{}])|(?P<nl>\r?\n)"
)
# destinations that show nothing: tables, document info, pictures, and the list text a bullet's own group prints
_RTF_SKIP_GROUPS = frozenset(
    "fonttbl colortbl stylesheet info pict header footer listtable listoverridetable generator xmlnstbl rsidtbl themedata"
    " latentstyles pntext pntxta pntxtb".split()
)
_RTF_CHARS = {"par": "\n", "line": "\n", "row": "\n", "sect": "\n", "page": "\n", "tab": "\t", "cell": "\t",
              "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
              "ldblquote": "\u201c", "rdblquote": "\u201d"}
_RTF_GROUP_WORD = re.compile(r"\\\*|\\([a-zA-Z]+)")


def _rtf_source(doc: Document) -> Document:
    """A Word or WordPad document saved as RTF and pasted as its source ("{\\rtf1\\ansi …"): the text it shows —
    control words and the font, colour and style tables gone, "\\par" as a line break, "\\'80" as the Windows-1252
    character it codes ("€"), "\\u8364?" as its Unicode character, a list item's bullet group as "- ". The text
    keeps its offsets. Any other text is left as it is."""
    text = doc.text
    if not _RTF_HINT.match(text):
        return doc
    builder = TextBuilder(doc)
    depth = 0
    skip_below: Optional[int] = None  # inside a destination group that shows nothing
    at = 0
    unicode_fallback = False  # the one character after "\uN" that readers without Unicode show instead
    for m in _RTF_TOKEN.finditer(text):
        if skip_below is None:
            begin = at + 1 if unicode_fallback and m.start() > at else at
            builder.copy(begin, m.start())
        unicode_fallback = False
        at = m.end()
        if m.group("brace") == "{":
            depth += 1
            word = _RTF_GROUP_WORD.match(text, m.end())
            if skip_below is None and word is not None and (word.group(1) is None or word.group(1) in _RTF_SKIP_GROUPS):
                skip_below = depth
                if word.group(1) and word.group(1).startswith("pntext"):
                    builder.replace("- ", m.start(), m.end())
            continue
        if m.group("brace") == "}":
            if skip_below is not None and depth <= skip_below:
                skip_below = None
            depth -= 1
            continue
        if skip_below is not None or m.group("nl") is not None:
            continue
        if m.group("hex") is not None:
            builder.replace(bytes([int(m.group("hex"), 16)]).decode("cp1252", errors="replace"), m.start(), m.end())
        elif m.group("word") is not None:
            word, arg = m.group("word"), m.group("arg")
            if word == "u" and arg is not None:
                builder.replace(chr(int(arg) % 65536), m.start(), m.end())
                unicode_fallback = True
            elif word in _RTF_CHARS:
                builder.replace(_RTF_CHARS[word], m.start(), m.end())
        elif m.group("sym") in ("\\", "{", "}"):
            builder.copy(m.start() + 1, m.end())
        elif m.group("sym") == "~":
            builder.replace(" ", m.start(), m.end())
    if skip_below is None:
        builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


# --------------------------------------------------------------------------- front matter


_FRONT_MATTER = re.compile(r"\A[ \t\r\n]*---[ \t]*\r?\n(?P<body>(?:(?!---)[^\n]*\n){1,80}?)---[ \t]*\r?\n")
_FRONT_KEY = re.compile(r"^[ \t]{0,8}(?P<key>[A-Za-z][\w -]{0,40}?)[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t\r]*$", re.M)  # (a nested key too: "params:" / "  req_id: …")
_TEMPLATE_TAG = re.compile(r"\{%-?[^\n]*?-?%\}|\{\{[^\n]*?\}\}")  # Liquid / Jinja tags of a static site's page
# the keys a site generator reads for itself, not the posting's facts
_FRONT_BOOKKEEPING = frozenset(
    "layout permalink tags categories category published draft slug sitemap comments excerpt_separator redirect_from"
    " redirect_to author_profile toc sidebar image header weight aliases type render"
    " theme toc_float highlight self_contained code_folding number_sections df_print publish".split()
)


def _key_label(key: str) -> str:
    """A data file's key as the label a page writes: "employment_type" → "Employment type"."""
    label = key.replace("_", " ").replace("-", " ")
    return label[:1].upper() + label[1:]


# an HTML tag inside a JSON string (its slash may be escaped, "<\/p>", and its brackets too: "\u003cp\u003e", as
# Mastodon and Greenhouse write them), and the block tags that make the string a page
_JSON_LT, _JSON_GT = r"(?:<|\\u003[cC])", r"(?:>|\\u003[eE])"
_JSON_HTML_TAG = re.compile(_JSON_LT + r"(?P<close>\\?/)?(?P<tag>[A-Za-z][A-Za-z0-9]*)(?:[ \t](?:(?!\\u003[eE])[^<>\n]){0,400})?/?" + _JSON_GT)
_JSON_BLOCK_TAG = re.compile(_JSON_LT + r"(?:\\?/)?(?i:p|div|ul|ol|li|h[1-6]|br)\b(?:(?!\\u003[eE])[^<>\n]){0,400}" + _JSON_GT)
_MIN_JSON_BLOCK_TAGS = 2


def _json_html(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Copy the JSON string ``text[start:end]`` that holds HTML (an API's "content" or "description") as the page it
    marks up: its escapes read, a block tag a line break, a list item a "- " line, any other tag nothing."""
    at = start
    for m in _JSON_HTML_TAG.finditer(text, start, end):
        _repr_string(builder, text, at, m.start())
        tag = m.group("tag").lower()
        builder.replace("\n- " if tag == "li" and not m.group("close") else "\n" if tag in _ESCAPED_BLOCK_TAGS else "", m.start(), m.end())
        at = m.end()
    _repr_string(builder, text, at, end)


def _write_line(builder: TextBuilder, lead: str, start: int, end: int) -> None:
    """Write ``lead`` ("Title: ", "- "), then the source's ``[start, end)`` with its offsets kept, then a line break."""
    if lead:
        builder.insert(lead, start)
    builder.copy(start, end)
    builder.insert("\n", end)


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the value ``text[start:end]`` without the quotes around it, if it has them."""
    if end - start >= 2 and text[start] == text[end - 1] and text[start] in "\"'":
        return start + 1, end - 1
    return start, end


_WORK_TYPE_VALUE = re.compile(r"(?i)\b(?:full|part)[- ]?time\b|\b(?:permanent|temporary|contract|casual|seasonal|internship|freelance)\b")


def _front_matter(doc: Document) -> Document:
    """A static site's page (Jekyll, Hugo, Eleventy) opening with YAML front matter: its keys as the labelled lines a
    careers page shows ("title: \"Baker\"" → "Title: Baker", "employment_type: part-time" → "Employment type:
    part-time"), the site's own keys (layout, permalink, tags …) and the page's template tags ("{% include … %}")
    left out. Values keep their offsets, without their quotes. Any other text is left as it is."""
    text = doc.text
    front = _FRONT_MATTER.match(text)
    if front is None or not _FRONT_KEY.search(text, front.start("body"), front.end("body")):
        return doc
    builder = TextBuilder(doc)
    for m in _FRONT_KEY.finditer(text, front.start("body"), front.end("body")):
        key = m.group("key").strip()
        if (key.lower() in _FRONT_BOOKKEEPING and not (key.lower() == "type" and _WORK_TYPE_VALUE.search(m.group("value")))) \
                or m.group("value")[:1] in "[{|>":
            continue  # a site's own key; "type: Full-time" is the job's, not the page's content type
        _write_line(builder, _key_label(key) + ": ", *_unquoted(text, m.start("value"), m.end("value")))
    builder.insert("\n", front.end())
    at = front.end()
    for tag in _TEMPLATE_TAG.finditer(text, front.end()):
        builder.copy(at, tag.start())
        at = tag.end()
    builder.copy(at, len(text))
    return builder.build()


# --------------------------------------------------------------------------- Markdown forms


# an issue form's answer: a Markdown heading, then one short line that is no sentence, then a blank line or a heading
_FORM_ANSWER = re.compile(
    r"^(?P<hashes>#{2,6}[ \t]+)(?P<label>[^\n#:]{2,60}?)[ \t]*\n(?:[ \t]*\n)?(?P<value>[^\n#*>|-][^\n]{0,199})[ \t]*\n(?=[ \t]*\n|#)", re.M
)
_SENTENCE_IN = re.compile(r"[.!?](?:\s|$)")


def _markdown_form(doc: Document) -> Document:
    """A Markdown page filled in from a form (a GitHub issue template, a wiki's job form): "### Company name" over
    "Acme GmbH" as the labelled line "Company name: Acme GmbH", the way a careers page writes its facts. Only a
    page with three or more short answers (no sentence) is a form; there an answer of one line up to 200 characters
    is read too. A heading over a list, a longer paragraph, or on a page that is no form stays."""
    text = doc.text
    if "#" not in text:
        return doc
    answers = [m for m in _FORM_ANSWER.finditer(text) if len(m.group("label").split()) <= 6]
    if sum(1 for m in answers if len(m.group("value")) <= 100 and not _SENTENCE_IN.search(m.group("value"))) < 3:
        return doc  # in a form, an answer may also be a sentence ("No — you must already have the right to work")
    edits: list[Edit] = []
    for m in answers:
        edits.append((m.start("hashes"), m.end("hashes"), ""))
        edits.append((m.end("label"), m.start("value"), ": "))
    return _apply(doc, edits)


# --------------------------------------------------------------------------- box-drawn tables


_BOX_BARS = "│┃║"
_BOX_BORDER = re.compile(r"^[ \t]*[┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬╞╡╪╒╕╘╛╓╖╙╜┏┓┗┛┣┫┳┻╋╭╮╯╰]+[ \t]*$", re.M)
_BOX_ROW = re.compile(r"^[ \t]*[│┃║](?P<cells>[^\n]*)[│┃║][ \t]*$", re.M)
_BOX_JOINS = re.compile(r"[├┤┼╞╡╪╠╣╬┣┫╋]")  # a rule between rows, not a table's bottom border


_MIME_HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_MULTIPART = re.compile(r'(?im)^content-type:[ \t]*multipart/(?P<kind>[a-z-]+);[^\n]*?boundary="?(?P<b>[^"\s;]+)"?')
_HTTP_REQUEST_LINE = re.compile(r"(?:POST|PUT|PATCH)[ \t]+\S+[ \t]+HTTP/[\d.]+[ \t]*$")
# a form's part: its header naming the field (a file's part, with a file name, is no field), any other headers, a blank line
_FORM_PART = re.compile(r'(?im)[ \t]*content-disposition:[ \t]*form-data;[ \t]*name="(?P<name>[^"\n]{1,80})"(?P<file>[^\n]*filename=)?[^\n]*\n(?:[\w-]+:[^\n]*\n)*[ \t]*\n')
_FORM_TOOL_FIELDS = frozenset("csrf_token csrf _token token authenticity_token csrfmiddlewaretoken __requestverificationtoken _method method utf8 step submit action nonce _wpnonce".split())
_PART_TYPE = re.compile(r"(?im)^content-type:[ \t]*(?P<t>[a-z]+/[a-z+.-]+)")
_QP_PART = re.compile(r"(?im)^content-transfer-encoding:[ \t]*quoted-printable[ \t]*$")
_QP_RUN = re.compile(r"=\r?\n|(?:=[0-9A-F]{2})+")  # a soft line break, or a run of encoded bytes
_ENCODED_WORD = re.compile(r"=\?(?P<cs>[\w-]+)\?(?P<enc>[QqBb])\?(?P<data>[^?\s]*)\?=(?:\r?\n[ \t]+(?==\?))?")


def _qp_edits(text: str, start: int, end: int) -> list[Edit]:
    """Edits that decode the quoted-printable body ``text[start:end]``: soft line breaks join, encoded bytes read as
    the UTF-8 text they are ("=E2=80=99" → "’")."""
    edits: list[Edit] = []
    for m in _QP_RUN.finditer(text, start, end):
        if m.group()[1:2] in ("\n", "\r"):
            edits.append((m.start(), m.end(), ""))
        else:
            edits.append((m.start(), m.end(), bytes.fromhex(m.group().replace("=", "")).decode("utf-8", errors="replace")))
    return edits


def _encoded_word(m: re.Match) -> str:
    """One RFC 2047 encoded word of a header ("=?UTF-8?Q?Paid_spring_help?=") as its text; as written when unreadable."""
    try:
        data = m.group("data")
        raw = (base64.b64decode(data + "=" * (-len(data) % 4)) if m.group("enc") in "Bb"
               else re.sub(rb"=([0-9A-Fa-f]{2})", lambda b: bytes([int(b.group(1), 16)]), data.replace("_", " ").encode("latin-1")))
        return raw.decode(m.group("cs"), errors="replace")
    except (LookupError, ValueError, binascii.Error):
        return m.group()


def _mime_source(doc: Document) -> Document:
    """An e-mail pasted as its raw source (headers, then a multipart body): its headers stay, with their encoded words
    decoded ("=?UTF-8?Q?…?="); of the body only the first text/plain part stays (the HTML alternative, the part
    headers and the boundaries go), its quoted-printable encoding decoded. A form posted as multipart/form-data
    (after header lines or an HTTP request line) is read by :func:`_form_data`. Every character maps back to the
    source. Text that does not open with header lines and a multipart boundary is left as it is."""
    text = doc.text
    first = text.lstrip()[:200].split("\n", 1)[0]
    boundary = _MULTIPART.search(text, 0, 4000) if _MIME_HEADER_LINE.match(first) or _HTTP_REQUEST_LINE.match(first) else None
    if boundary is None:
        return doc
    cuts = [m.start() for m in re.finditer(r"(?m)^--" + re.escape(boundary.group("b")), text)][:200]
    if len(cuts) < 2:
        return doc
    if boundary.group("kind").lower() == "form-data":
        return _form_data(doc, cuts)
    cuts = cuts[:20]
    edits: list[Edit] = [(m.start(), m.end(), _encoded_word(m)) for m in _ENCODED_WORD.finditer(text, 0, cuts[0])]
    kept = False
    for a, b in zip(cuts, cuts[1:] + [len(text)]):
        body = text.find("\n\n", a)
        body = b if body < 0 or body > b else body + 2
        kind = _PART_TYPE.search(text, a, body)
        if not kept and kind is not None and kind.group("t").lower() == "text/plain":
            kept = True
            edits.append((a, body, ""))  # the boundary and the part's headers
            if _QP_PART.search(text, a, body):
                edits.extend(_qp_edits(text, body, b))
        else:
            edits.append((a, b, ""))
    return _apply(doc, edits) if kept else doc


def _form_data(doc: Document, cuts: list[int]) -> Document:
    """A form posted as multipart/form-data (a request copied from a browser's network panel): each named field's
    value as the page would show it, "Job title: Dental Hygienist" for a one-line value, a text under its field's
    name as a heading; the request line, headers, boundaries, empty fields, files and the form's own fields (a CSRF
    token, the submit button) left out. ``cuts`` are where the boundary lines start."""
    text = doc.text
    builder = TextBuilder(doc)
    for a, b in zip(cuts, cuts[1:]):
        boundary_end = text.find("\n", a, b)
        part = _FORM_PART.match(text, boundary_end + 1) if boundary_end >= 0 else None
        if part is None or part.group("file"):
            continue
        name = (re.findall(r"[^\W\d]\w*", part.group("name")) or [""])[-1]  # "job[title]": its last key
        start, end = part.end(), b
        while end > start and text[end - 1].isspace():
            end -= 1
        if not name or end <= start or name.lower() in _FORM_TOOL_FIELDS:
            continue
        label = _json_key_label(name)
        if "\n" in text[start:end]:
            builder.insert("\n" + label + "\n", start)
            builder.copy(start, end)
            builder.insert("\n\n", end)
        else:
            _write_line(builder, label + ": ", *_stripped(text, start, end))
    out = builder.build()
    return out if out.text.strip() else doc


# a text box drawn around a block ("┌─ Job details ────", "│ Location   Oulu", "└──────"): its title stays, its frame goes
_BOX_TOP = re.compile(r"^[ \t]*[┌╭][─━]+[ \t]*(?P<title>[^─━\n]*?)[ \t]*[─━]*[┐╮]?[ \t]*$", re.M)
_BOX_SIDE = re.compile(r"^[ \t]*[│┃][ \t]?", re.M)
_BOX_BOTTOM = re.compile(r"^[ \t]*[└╰][─━]+[┘╯]?[ \t]*$", re.M)
_BOX_SIDE_END = re.compile(r"[ \t]*[│┃][ \t]*$", re.M)


def _box_frame(doc: Document) -> Document:
    """A block drawn inside a text box (box-drawing characters, one column): the top border's title kept as a line of
    its own, the borders and the side marks before (and after) each line removed. Tables of several columns are
    :func:`_box_table`'s. Any other text is left as it is."""
    text = doc.text
    if "└" not in text and "╰" not in text:
        return doc
    edits: list[Edit] = []
    for top in _BOX_TOP.finditer(text):
        bottom = _BOX_BOTTOM.search(text, top.end())
        if bottom is None:
            continue
        inner = text[top.end() : bottom.start()]
        if "┼" in inner or "┬" in text[top.start() : top.end()]:
            continue  # a table of several columns
        edits.append((top.start(), top.start("title"), ""))
        edits.append((top.end("title"), top.end(), ""))
        edits += [(m.start(), m.end(), "") for m in _BOX_SIDE.finditer(text, top.end(), bottom.start())]
        edits += [(m.start(), m.end(), "") for m in _BOX_SIDE_END.finditer(text, top.end(), bottom.start()) if m.start() > text.rfind("\n", 0, m.start()) + 2]
        edits.append((bottom.start(), bottom.end(), ""))
    return _apply(doc, edits)


_PIPE_FRAMED_LINE = re.compile(r"^[ \t]*\|[ \t]?(?P<inner>[^|\n]*?)[ \t]*\|[ \t]*$", re.M)
MIN_FRAMED_LINES = 3


def _pipe_frame(doc: Document) -> Document:
    """A block printed inside a frame of ASCII bars, one cell a line (a statistics package's listing of a long text
    variable, a console's boxed message: "| - Valid Working at Heights certificate |"): the bars go. Needs a run of
    :data:`MIN_FRAMED_LINES` such lines; a row of several cells ("| a | b |") is a table's and stays."""
    text = doc.text
    if "|\n" not in text and not text.rstrip().endswith("|"):
        return doc
    edits: list[Edit] = []
    for run in _line_runs(_PIPE_FRAMED_LINE, text):
        for r in run:
            edits += [(r.start(), r.start("inner"), ""), (r.end("inner"), r.end(), "")]
    return _apply(doc, edits)


def _line_runs(pattern: re.Pattern, text: str) -> Iterator[list[re.Match]]:
    """The runs of :data:`MIN_FRAMED_LINES` or more consecutive lines that ``pattern`` (a whole-line, multi-line
    pattern) matches in ``text``, each as its lines' matches."""
    run: list[re.Match] = []
    for m in list(pattern.finditer(text)) + [None]:
        if m is not None and (not run or text.count("\n", run[-1].end(), m.start()) == 1):
            run.append(m)
            continue
        if len(run) >= MIN_FRAMED_LINES:
            yield run
        run = [m] if m is not None else []


_TABLE_RULE = re.compile(r"[ \t]*\|[ \t:|\-=+]*-[ \t:|\-=+]*\|?[ \t]*")
_PIPE_PAIR = re.compile(r"^[ \t]*\|[ \t]*(?P<label>[^|\n]*?[^\W\d_][^|\n]*?)[ \t]*\|[ \t]*(?P<value>[^|\n]*?)[ \t]*\|[ \t]*$", re.M)


def _pipe_pairs(doc: Document) -> Document:
    """A fact table drawn with ASCII bars and no header rule, one "| label | value |" row a line (a portal's boxed
    facts copied as text: "| Duty station | Amman, Jordan |"): each row reads as the labelled line a page writes
    ("Duty station: Amman, Jordan"). Needs a run of :data:`MIN_FRAMED_LINES` such rows; any other text is left as it is."""
    text = doc.text
    if "|" not in text:
        return doc
    edits: list[Edit] = []
    for run in _line_runs(_PIPE_PAIR, text):
        above = text[text.rfind("\n", 0, max(0, run[0].start() - 1)) + 1 : max(0, run[0].start() - 1)]
        if _TABLE_RULE.fullmatch(above):
            continue  # (under a header's rule: a table of columns, the Markdown table's)
        for r in run:
            edits.append((r.start(), r.start("label"), ""))
            edits.append((r.end("label"), r.start("value") if r.group("value") else r.end(), ": " if r.group("value") else ""))
            if r.group("value"):
                edits.append((r.end("value"), r.end(), ""))
    return _apply(doc, edits)


def _box_table(doc: Document) -> Document:
    """A table drawn with box characters (a terminal's or an intranet's text view: "│ Position │ Welder │"): its
    border lines go, and a row of two cells reads as the labelled line a page writes ("Position: Welder"), a row
    whose first cell is empty or a row number as the line going on under the label ("• Rebuild gearboxes …"). Rows of more cells
    keep their cells apart with "|", except a header row ruled off over one record, whose columns read as "Name:
    value" lines. A text needs a border line and three rows to be such a table."""
    text = doc.text
    if "│" not in text and "┃" not in text and "║" not in text:
        return doc
    borders = list(_BOX_BORDER.finditer(text))
    rows = list(_BOX_ROW.finditer(text))
    if not borders or len(rows) < 3:
        return doc
    edits: list[Edit] = [(m.start(), m.end(), "") for m in borders]
    border_at = {m.start(): m for m in borders}

    def cells_of(m: re.Match) -> list[tuple[int, int]]:
        start, end = m.start("cells"), m.end("cells")
        bars = [start - 1] + [i for i in range(start, end) if text[i] in _BOX_BARS] + [end]
        return [(a + 1, b) for a, b in zip(bars, bars[1:])]

    transposed: set[int] = set()
    for head, row in zip(rows, rows[1:]):  # a header row over one record: each column's value under its name
        rule = border_at.get(head.end() + 1)
        bottom = border_at.get(row.end() + 1)
        names, values = cells_of(head), cells_of(row)
        if (len(names) >= 3 and len(values) == len(names) and rule is not None and rule.end() + 1 == row.start()
                and bottom is not None and not _BOX_JOINS.search(bottom.group())):
            edits.append((head.start(), head.end() + 1, ""))
            at = row.start()
            for (ns, ne), (vs, ve) in zip(names, values):
                value = _stripped(text, vs, ve)
                if value[1] > value[0] and text[ns:ne].strip():
                    edits.append((at, value[0], _json_key_label(text[ns:ne].strip()) + ": "))
                    edits.append((value[1], value[1], "\n"))
                    at = value[1]
            edits.append((at, row.end(), ""))
            transposed.update((head.start(), row.start()))
    for m in rows:
        if m.start() in transposed:
            continue
        start, end = m.start("cells"), m.end("cells")
        cells = cells_of(m)
        bars = [start - 1] + [b for _, b in cells]
        edits.append((m.start(), start, ""))  # the row's opening bar
        edits.append((end, m.end(), ""))  # its closing bar
        if len(cells) == 2:
            (ls, le), (vs, ve) = cells
            label, value = text[ls:le].strip(), text[vs:ve].strip()
            value_at = vs + len(text[vs:ve]) - len(text[vs:ve].lstrip())
            if label and not label.isdigit():  # a row number ("│ 12 │ • Rebuild … │") is no label
                label_end = ls + len(text[ls:le].rstrip())
                edits.append((ls, ls + len(text[ls:le]) - len(text[ls:le].lstrip()), ""))
                edits.append((label_end, value_at if value else ve + 1, ": " if value else ""))
            else:
                edits.append((ls, value_at if value else ve + 1, ""))
        else:
            edits.extend((b, b + 1, "|") for b in bars[1:-1])
    return _apply(doc, edits)


# --------------------------------------------------------------------------- mailing-list digests


# a digest's message: "Message: 2" over its header lines (a folded header's rows indented), up to the next rule of dashes
_DIGEST_MESSAGE = re.compile(r"^Message:[ \t]*\d+[ \t]*\n(?=(?:Date|From|Subject|To):)", re.M)
_DIGEST_RULE = re.compile(r"^-{20,}[ \t]*$", re.M)
MIN_DIGEST_MESSAGES = 2


def _mail_digest(doc: Document) -> Document:
    """A mailing list's digest (Mailman's "Message: 1 … Message: 3", each under its Date/From/Subject lines): the longest
    message, the posting among the list's replies and notes, read alone with its header lines; the digest's own
    preamble, its table of topics and the other messages go. Any other text is left as it is."""
    text = doc.text
    if "Message:" not in text:
        return doc
    starts = [m.start() for m in _DIGEST_MESSAGE.finditer(text)]
    if len(starts) < MIN_DIGEST_MESSAGES:
        return doc
    spans = []
    for k, start in enumerate(starts):
        limit = starts[k + 1] if k + 1 < len(starts) else len(text)
        rule = _DIGEST_RULE.search(text, start, limit)
        spans.append((start, rule.start() if rule is not None else limit))
    start, end = max(spans, key=lambda span: span[1] - span[0])
    return _apply(doc, [(0, start, ""), (end, len(text), "")])


# --------------------------------------------------------------------------- Markdown pipe tables


# a Markdown table: a row of cells between bars, its rule ("|---|:---:|"), then its rows
_MD_TABLE = re.compile(
    r"^[ \t]*\|(?P<head>[^\n]*)\|[ \t]*\n[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*\n(?P<rows>(?:[ \t]*\|[^\n]*\|[ \t]*(?:\n|\Z))+)",
    re.M,
)
_MD_CELL_BAR = re.compile(r"(?<!\\)\|")
_MD_BREAK = re.compile(r"(?i)<br[ \t]*/?>")
MIN_MD_POSTING_ROW = 300  # characters of the row that holds a posting among a list's short rows
MD_POSTING_ROW_SHARE = 3  # ... at least this many times the longest other row


def _markdown_table(doc: Document) -> Document:
    """A Markdown table that carries one posting (a README's "who is hiring" list, a wiki's table of openings): the row
    holding it, the only row or one at least :data:`MD_POSTING_ROW_SHARE` times as long as any other (and
    :data:`MIN_MD_POSTING_ROW` characters), reads as the labelled lines a page writes, each cell under its column's
    name ("Role: Senior SRE", "Salary (JPY): …"), its "<br>" breaks as line breaks; the header, the rule and the other
    rows (other postings' one-line entries) go. Any other table, and any other text, is left as it is."""
    text = doc.text
    if "|" not in text or "-|" not in text.replace(" ", "").replace(":", ""):
        return doc
    edits: list[Edit] = []
    for table in _MD_TABLE.finditer(text):
        names = [n.strip().strip("*_ ").strip() for n in _MD_CELL_BAR.split(table.group("head"))]
        rows = list(re.finditer(r"[^\n]+", table.group("rows")))
        if not rows:
            continue
        lengths = sorted((len(m.group()) for m in rows), reverse=True)
        row = max(rows, key=lambda m: len(m.group()))
        if len(rows) > 1 and (lengths[0] < MIN_MD_POSTING_ROW or lengths[0] < MD_POSTING_ROW_SHARE * lengths[1]):
            continue
        base = table.start("rows") + row.start()
        line = row.group()
        bars = [base + m.start() for m in _MD_CELL_BAR.finditer(line)]
        if len(bars) - 1 != len(names):
            continue
        pieces = []  # (value start, value end, name) of each filled cell
        for (a, b), name in zip(zip(bars, bars[1:]), names):
            vs, ve = _stripped(text, a + 1, b)
            if ve > vs and name:
                pieces.append((vs, ve, name))
        if len(pieces) < 2:
            continue
        at, lead = table.start(), ""
        for vs, ve, name in pieces:
            edits.append((at, vs, lead + name + ": "))
            edits.extend((m.start(), m.end(), "\n") for m in _MD_BREAK.finditer(text, vs, ve))
            at, lead = ve, "\n"
        end = table.end()
        edits.append((at, end, "\n" if end < len(text) or text.endswith("\n") else ""))
    return _apply(doc, edits)


# --------------------------------------------------------------------------- chat marks


# a chat's emoji shortcode (":rotating_light:", ":round_pushpin:") and its one-asterisk bold ("*Senior Designer*")
_SHORTCODE = re.compile(r"(?<![\w:/]):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,40}:(?![\w:/])")
_BOT_UPDATE = re.compile(r'"(?:update_id|channel_post|edited_channel_post)"[ \t]*:')  # a Telegram Bot API getUpdates reply
_OWN_POSTED = re.compile(r"(?i)\b(?:posted|published|date[ \t]+posted|publication[ \t]+date|publi[ée]e?[ \t]+le|publicado)\b")
_LINE_LEAD = re.compile(r"[ \t#>*-]*")  # what may stand before a shortcode that opens its line: heading marks, a bullet
_CHAT_BOLD = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(?P<inner>[^*\n]{1,120}?)(?<=[^\s*\\])\*(?![\w*])")


def _chat_marks(doc: Document) -> Document:
    """A message copied from a chat (Slack, Teams, Discord; known by two or more emoji shortcodes): the shortcodes go,
    and a word run in single asterisks loses them ("We're hiring! *Senior Product Designer* at *Acme*"), so the rules
    read the words as a page shows them. Markdown's "**bold**", "* item" bullets and a lone asterisk stay, and any
    other text is left as it is."""
    text = doc.text
    if ":" not in text and "*" not in text:
        return doc
    codes = list(_SHORTCODE.finditer(text))
    opening = any(_LINE_LEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()) for m in codes)
    if len(codes) < 2 and not opening:
        return doc  # no chat: a page's "*never*" keeps its marks as written (one shortcode opening a line, as a chat's
        # heading does, "#### :rocket: We're hiring: …", is one too)
    edits: list[Edit] = [(m.start(), m.end(), "") for m in codes]
    for m in _CHAT_BOLD.finditer(text):
        edits.append((m.start(), m.start() + 1, ""))
        edits.append((m.end() - 1, m.end(), ""))
    return _apply(doc, edits)


_QUOTED_LINE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)  # "> text", "> > text", a lone ">"
_QUOTE_RUN = 4  # lines in a row that make a quoted block, not a stray ">"


def _quote_marks(doc: Document) -> Document:
    """A posting quoted in an e-mail reply, a forward or a chat message ("> DevOps Engineer II" / "> - Own our …"):
    the quote marks at the start of each line of a run of four or more quoted lines go, so the rules read the
    lines as the posting wrote them. Any other text is left as it is."""
    text = doc.text
    if ">" not in text:
        return doc
    edits: list[Edit] = []
    run: list[re.Match] = []
    at = 0
    for line in text.split("\n") + [""]:
        m = _QUOTED_LINE.match(text, at) if line.lstrip().startswith(">") else None
        if m is not None:
            run.append(m)
        else:
            if len(run) >= _QUOTE_RUN:
                edits.extend((q.start(), q.end(), "") for q in run)
            run = []
        at += len(line) + 1
    return _apply(doc, edits) if edits else doc


# a facts block copied from a page that set its labels and values apart by style only: "Employment TypeFull time",
# "DepartmentInfrastructure", "Compensation$172K – $205K" (an ATS's job header)
_GLUED_FIELD = re.compile(
    r"^(?P<label>Location Type|Workplace Type|Employment Type|Job Type|Work Type|Time Type|Location|Department|Team|Division|"
    r"Compensation|Salary|Pay|Job ID|Req(?:uisition)? ID|Category|Commitment|Posted(?: On| Date)?)(?=[A-Z$£€¥₹\d])(?![A-Z][a-z]*[ \t]*:)", re.M
)
_MIN_GLUED_FIELDS = 3


# a record's key written in CamelCase at the start of its line ("HoursPerWeek:  37.5", "ReqNumber: WBL-26-118", "$UpdatedBy: …"):
# a form export's or a directory entry's field names, read as the words a page writes
_CAMEL_KEY = re.compile(r"^[ \t]*\$?(?P<key>[A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z]))+)(?=:[ \t]+\S)", re.M)
_CAMEL_HUMP = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])")
_MIN_CAMEL_KEYS = 3


def _camel_key_record(doc: Document) -> Document:
    """Three or more lines opening with a CamelCase key and a colon ("JobTitle:  Docketing Specialist", "HoursPerWeek:  37.5"):
    each key written as words ("Job title", "Hours per week"; an acronym stays in capitals). Any other text is left as it is."""
    text = doc.text
    found = list(_CAMEL_KEY.finditer(text))
    if len(found) < _MIN_CAMEL_KEYS:
        return doc
    edits: list[Edit] = []
    for m in found:
        key = m.group("key")
        humps = _CAMEL_HUMP.findall(key)
        if inside_protected_word(key, len(humps[0])):
            continue  # "JavaScript: 3 years", "PowerShell: scripting": a name with a capital inside, no key
        words = [humps[0]] + [h if h.isupper() else h.lower() for h in humps[1:]]
        edits.append((m.start("key"), m.end("key"), " ".join(words)))
    return _apply(doc, edits)


def _glued_field_labels(doc: Document) -> Document:
    """Three or more labels glued to their values at the start of their lines ("DepartmentInfrastructure"): a colon
    and a space written between each label and its value. Any other text is left as it is."""
    text = doc.text
    found = list(_GLUED_FIELD.finditer(text, 0, min(len(text), 4000)))
    if len(found) < _MIN_GLUED_FIELDS:
        return doc
    return _apply(doc, [(m.end(), m.end(), ": ") for m in found])


# a bilingual notice's label in its own language beside the English one (or its two languages', "Oras / Uren / Hours:"): in brackets after it ("Arbeiðsgevari (Employer): …",
# "Starvsnr. (Ref.): …"), before it after a slash ("Албан тушаал / Position: …", "地點 Local / Location: …") or, in a
# CJK script, before it after a blank ("職位 Job Title: …"); a CJK label before a slash ("職種 / Position: …") is left as
# written (the title rules read such a label's value as the title in two languages)
_ENGLISH_LABEL = (
    r"(?i:employer|company|organi[sz]ation|place[ \t]of[ \t]work|work[ \t]?place|location|duty[ \t]station|published|posted|date[ \t]posted|"
    r"deadline|closing(?:[ \t]date)?|application[ \t]deadline|start(?:[ \t]date)?|workload|(?:working[ \t])?hours|(?:basic[ \t])?(?:net[ \t]|gross[ \t])?(?:monthly[ \t]|annual[ \t])?"
    r"(?:pay|salary|wage)|ref\.?(?:[ \t]no\.?)?|reference(?:[ \t]no\.?)?|job[ \t]id|position(?:[ \t](?:title|code))?|(?:job[ \t])?title|contract|(?:employment[ \t])?type|"
    r"department|unit|contact|education|experience|date|city|town|region|country|schedule)"
)
_TRANSLATED_LABEL = re.compile(
    rf"^[ \t]*(?:(?P<own>[^\W\d_][^\n():/]{{0,40}}?[ \t]*\(){_ENGLISH_LABEL}(?P<close>\))"
    rf"|(?P<before>(?:[\u3040-\u9fff\uac00-\ud7af][^\n:：/]{{0,12}}?[ \t]+)?(?:(?![\u3040-\u9fff\uac00-\ud7af])[^\W\d_][^\n():/]{{0,40}}?[ \t]/[ \t]){{1,2}})"
    rf"{_ENGLISH_LABEL}|(?P<cjk>[\u3040-\u9fff\uac00-\ud7af]+[ \t]+){_ENGLISH_LABEL}"
    # the English name first, the notice's own after a slash, in another script: "Department / القسم: …"
    rf"|{_ENGLISH_LABEL}(?P<after>[ \t]/[ \t](?=[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u06ff\u10a0-\u10ff\u3040-\u9fff\uac00-\ud7af])[^\n:：/]{{1,40}}?))[ \t]*:(?:[ \t]|$)",
    re.M,
)
_MIN_TRANSLATED_LABELS = 3


def _translated_labels(doc: Document) -> Document:
    """Three or more labels of a bilingual notice written in its own language beside their English name
    ("Arbeiðsgevari (Employer): Tórshavnar kommuna", "職位 Job Title: …") read by the English name alone
    ("Employer: Tórshavnar kommuna"); any other text is left as it is."""
    text = doc.text
    found = list(_TRANSLATED_LABEL.finditer(text, 0, min(len(text), 6000)))
    if len(found) < _MIN_TRANSLATED_LABELS:
        return doc
    edits: list[Edit] = []
    for m in found:
        for group in ("own", "close", "before", "cjk", "after"):
            if m.group(group) is not None:
                edits.append((m.start(group), m.end(group), ""))
    return _apply(doc, edits)


# Pandoc's Markdown attributes: a heading's or a span's "{.class #id key=value}", a bracketed span "[Acme]{.company}" and
# a fenced div's "::::: {.job-ad}" lines
_PANDOC_ATTRS = re.compile(r"[ \t]*\{[ \t]*[.#][^{}\n]{0,120}\}")
_PANDOC_SPAN = re.compile(r"\[(?P<t>[^\[\]\n]{1,200})\](?P<a>\{[ \t]*[.#][^{}\n]{0,120}\})")
_PANDOC_FENCE = re.compile(r"^[ \t]*:{3,}[^\n]*\n?", re.M)
_MIN_PANDOC_ATTRS = 3
_MARKDOWN_COMMENT = re.compile(r"^[ \t]*<!--[^\n]*?-->[ \t]*\n?", re.M)  # a source comment on a line of its own: not on the page


def _pandoc_attributes(doc: Document) -> Document:
    """Pandoc Markdown with three or more attribute blocks read as its page shows it: a bracketed span as its text
    ("[Acme]{.company}" → "Acme"), a heading's attributes ("# Analyst {.job-title}"), fenced divs' lines and source
    comments on lines of their own left out; any other text is left as it is."""
    text = doc.text
    if "{." not in text and "{#" not in text:
        return doc
    attrs = list(_PANDOC_ATTRS.finditer(text))
    if len(attrs) < _MIN_PANDOC_ATTRS:
        return doc
    edits: list[Edit] = [(m.start(), m.end(), "") for m in (*_PANDOC_FENCE.finditer(text), *_MARKDOWN_COMMENT.finditer(text))]
    spans = list(_PANDOC_SPAN.finditer(text))
    for m in spans:
        edits += [(m.start(), m.start() + 1, ""), (m.end("t"), m.end(), "")]
    inside = [(m.start("a"), m.end("a")) for m in spans]
    edits += [(m.start(), m.end(), "") for m in attrs if not any(a <= m.end() <= b for a, b in inside)]
    return _apply(doc, edits)


# a line of a bilingual notice written twice, in a non-Latin script and then in English after a slash:
# "ОПШТИНА БИТОЛА / MUNICIPALITY OF BITOLA", "Сектор за информатичка технологија / IT Sector" (no label, no colon)
_NON_LATIN = "\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u06ff\u10a0-\u10ff"
_BILINGUAL_LINE = re.compile(
    rf"^[ \t]*(?P<own>[{_NON_LATIN}][^\n/:：A-Za-z]{{0,100}}?[ \t]+/[ \t]+)(?=[A-Za-z])[^\n/:：{_NON_LATIN}]{{2,100}}$", re.M
)
_MIN_BILINGUAL_LINES = 3


def _bilingual_lines(doc: Document) -> Document:
    """Three or more lines of a notice written in its own non-Latin script and again in English after a slash
    (a letterhead, its unit and headings: "ОПШТИНА БИТОЛА / MUNICIPALITY OF BITOLA") read in English alone, so the
    heading and letterhead rules read one name; a labelled line ("Должность / Position: …") and any other text are
    left as they are."""
    text = doc.text
    found = list(_BILINGUAL_LINE.finditer(text, 0, min(len(text), 6000)))
    if len(found) < _MIN_BILINGUAL_LINES:
        return doc
    return _apply(doc, [(m.start("own"), m.end("own"), "") for m in found])


# a printed form's row of check boxes, one or more ticked: "Employment Status:  ☐ Full-time  ☒ Part-time  ☐ Temporary",
# "Workplace: [ ] Remote [x] On-site"
_FORM_BOX = re.compile(r"(?P<box>[\u2610\u2611\u2612]|\[[ xX\u2713]\])[ \t]*(?P<option>[^\u2610\u2611\u2612\[\n]*?)[ \t]*(?=[\u2610\u2611\u2612]|\[[ xX\u2713]\]|$)", re.M)
_TICKED = frozenset("\u2611\u2612")


def _form_checkboxes(doc: Document) -> Document:
    """A printed form's check boxes read as filled in: on a line of two or more boxes with one ticked, the options not
    ticked are left out and the ticked ones kept without their boxes ("Employment Status: Part-time"); in a run of
    lines of one box each, some ticked ("ESSENTIAL DUTIES (check all that apply)" over "☒ Serves meals" / "☐ Drives a
    district vehicle"), the lines not ticked are left out and a ticked box opening its line is written as a bullet.
    Any other text (a checklist of one box a line with nothing or everything ticked) is left as it is."""
    text = doc.text
    if "\u2612" not in text and "\u2611" not in text and "[x]" not in text and "[X]" not in text:
        return doc
    edits: list[Edit] = []
    run: list[tuple[int, int, re.Match[str]]] = []  # lines of one box each: (line start, end with its break, the box)

    def close_run() -> None:
        if len(run) >= 2 and any(_ticked(m) for _, _, m in run) and not all(_ticked(m) for _, _, m in run):
            for s, e, m in run:
                if not _ticked(m):
                    edits.append((s, e, ""))
                elif not text[s : m.start()].strip():
                    edits.append((m.start("box"), m.start("option"), "• "))
                else:
                    edits.append((m.start("box"), m.start("option"), ""))
        run.clear()

    line_start = 0
    for line in text.splitlines(keepends=True):
        s, e = line_start, line_start + len(line.rstrip("\r\n"))
        line_start += len(line)
        boxes = list(_FORM_BOX.finditer(text, s, e))
        if len(boxes) == 1 and boxes[0].group("box")[0] != "[":  # (a "[ ]" line is a task list's item, a to-do)
            run.append((s, line_start, boxes[0]))
            continue
        close_run()
        ticked = [m for m in boxes if _ticked(m)]
        if len(boxes) < 2 or not ticked or len(ticked) == len(boxes):
            continue
        for m in boxes:
            if m in ticked:
                edits.append((m.start("box"), m.start("option"), ""))
            else:
                edits.append((m.start(), m.end(), ""))
    close_run()
    return _apply(doc, edits)


def _ticked(box: re.Match[str]) -> bool:
    return box.group("box") in _TICKED or box.group("box")[1:2] in ("x", "X", "\u2713")


# a browser window's title copied with the page: "Library Assistant - Job details - Acme Jobs — Mozilla Firefox"
_BROWSER_NAME = re.compile(
    r"[ \t]+[-–—|][ \t]+(?:Mozilla[ \t]+Firefox|Firefox|Google[ \t]+Chrome|Chromium|Microsoft[ \t]+Edge|Microsoft[\u200b ]?Edge|Safari|Opera|Brave|Vivaldi)[ \t]*$",
    re.M,
)


def _browser_window_title(doc: Document) -> Document:
    """The browser's name closing the first line (a window title copied with the page) left out; any other text is
    left as it is."""
    text = doc.text
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    m = _BROWSER_NAME.search(text, max(0, first_end - 80), first_end)  # (the line's end only: a run of blanks is read once)
    return _apply(doc, [(m.start(), m.end(), "")]) if m else doc


# a web archive's capture line ("The Wayback Machine - https://web.archive.org/web/20261129043512/https://…"), which the
# archive writes over its toolbar and again under it, where the captured page begins
_ARCHIVE_CAPTURE_LINE = re.compile(r"^[^\n]{0,60}https?://web\.archive\.org/web/\d{8,14}\S*[^\n]*$", re.M)
_ARCHIVE_TOOLBAR_REACH = 3000


def _archive_toolbar(doc: Document) -> Document:
    """A web archive's toolbar copied with the captured page (capture counts, a calendar, "About this capture") left
    out: from the capture line that opens the text to the same line written again where the page begins, both lines
    included. Any other text is left as it is."""
    text = doc.text
    first = _ARCHIVE_CAPTURE_LINE.search(text, 0, min(len(text), 400))
    if first is None or text[: first.start()].strip():
        return doc
    again = text.find(first.group(), first.end(), first.end() + _ARCHIVE_TOOLBAR_REACH)
    if again < 0:
        return doc
    return _apply(doc, [(first.start(), again + len(first.group()), "")])


_TAB_ROW = re.compile(r"^[^\t\n]*(?:\t[^\t\n]*){2,}$", re.M)  # a pasted table's row: three or more cells apart by tabs


# a sheet's row of cells apart by tabs, its row number first where the sheet shows one ("2<TAB>Position<TAB>Dental …")
_SHEET_ROW_NUMBER = re.compile(r"\d{1,4}\t")
_SHEET_FIELD_NAMES = frozenset({"field", "key", "label", "item", "attribute", "property"})
_SHEET_VALUE_NAMES = frozenset({"value", "content", "text", "entry", "details"})
# a formula that only joins quoted text and line breaks: '=CONCATENATE("…", CHAR(10), "…")', '="…"&CHAR(10)&"…"'
_SHEET_JOINED_TEXT = re.compile(r'=(?:CONCATENATE\(|CONCAT\()?[ ]*"(?:[^"]|"")*"(?:[ ]*(?:,|&)[ ]*(?:"(?:[^"]|"")*"|CHAR\(1[03]\)))*[ ]*\)?$', re.I)


def _sheet_field_rows(doc: Document) -> Document:
    """A sheet of one posting written one row per field, copied with its tabs: a header row naming a "Field" and a
    "Value" column (beside others: "Notes", "Owner"), each row under it read as a labelled line ("Position: Dental
    Assistant"); the other columns (a recruiter's notes) and a formula's cell whose value the copy does not show
    ("=B5+21") are left out, and a formula of quoted text ('=CONCATENATE("…", CHAR(10), "…")') keeps it for the
    formula reader. Any other text is left as it is."""
    text = doc.text
    if "\t" not in text:
        return doc
    lines = _lines(text)
    for h, (hs, he) in enumerate(lines[:12]):
        cells = [c.strip().lower() for c in text[hs:he].split("\t")]
        field = next((i for i, c in enumerate(cells) if c in _SHEET_FIELD_NAMES), None)
        value = next((i for i, c in enumerate(cells) if c in _SHEET_VALUE_NAMES), None)
        if field is not None and value is not None and field < value:
            break
    else:
        return doc
    builder = TextBuilder(doc)
    rows = 0
    for s, e in lines[h + 1 :]:
        parts = text[s:e].split("\t")
        if len(parts) <= value or not _SHEET_ROW_NUMBER.match(text, s, e) and field > 0 and parts[0].strip():
            continue
        starts = [s + sum(len(p) + 1 for p in parts[:i]) for i in range(len(parts))]
        name, cell = parts[field].strip(), parts[value].strip()
        joined = _SHEET_JOINED_TEXT.match(cell)
        if not name or not cell or cell.startswith("=") and joined is None:
            continue  # a formula whose value the copy does not show ("=B5+21", "=IF(…)")
        at = starts[value] + len(parts[value]) - len(parts[value].lstrip())
        builder.insert(name + ":" + ("\n" if joined else " "), at)
        if joined is None:
            builder.copy(at, at + len(cell))
        for piece in _FORMULA_PIECE.finditer(text, at, at + len(cell)) if joined else ():
            if piece.group("br") is not None:
                builder.insert("\n", piece.start())
            else:
                builder.copy(piece.start("s"), piece.end("s"))
        builder.insert("\n", at + len(cell))
        rows += 1
    if rows < 3:
        return doc
    return builder.build()


_TSV_CELL = re.compile(r'"(?:[^"]|"")*"(?=[\t\n]|$)|[^\t\n]*')
MIN_TSV_RECORD_COLUMNS = 6


def _tab_quoted_record(doc: Document) -> Document:
    """A sheet's one record exported as tab-separated text under its row of column names, a long cell in quotes over
    several lines (a tracker's "Ad Text"; a pivot's "show details" sheet): each filled cell read as a labelled line
    ("Job Title: Inbound Sales Agent"; a cell of several lines under its label on a line of its own), and the workbook's
    other sheets printed around it (the pivot's counts, a sheet's refresh line) left out. Needs six columns, one quoted
    cell of several lines and no second record; any other text is left as it is."""
    text = doc.text
    if "\t" not in text or '"' not in text:
        return doc
    for head in _TAB_ROW.finditer(text):
        names = head.group().split("\t")
        if len(names) < MIN_TSV_RECORD_COLUMNS or not all(_label_cell(n) for n in names):
            continue
        cells, pos = _record_cells(text, head.end() + 1, _TSV_CELL, "\t", len(names) + 1)
        if len(cells) != len(names) or re.search(r"^[^\n]*" + r"\t[^\n]*" * (len(names) - 1) + "$", text[pos:], re.M) \
                or not any(text.count("\n", a, b) >= 2 for a, b in cells):
            continue
        builder = TextBuilder(doc)
        for name, (start, end) in zip(names, cells):
            if end - start >= 2 and text[start] == '"':
                start, end = start + 1, end - 1
            start, end = _stripped(text, start, end)
            if end <= start:
                continue
            several = "\n" in text[start:end]
            builder.insert(" ".join(name.split()).rstrip(":") + (":\n" if several else ": "), start)
            _copy_csv_cell(builder, text, start, end)
            builder.insert("\n\n" if several else "\n", end)
        return builder.build()
    return doc


def _tab_header_record(doc: Document) -> Document:
    """A page's fact strip pasted as a table of one record: a row of column names over one row of values, their cells
    apart by tabs ("Employment Type<TAB>Remuneration<TAB>Hours Per Week" over "Permanent Part Time<TAB>$36.52 per
    hour<TAB>32"), read as the labelled lines a page writes ("Hours Per Week: 32"), an empty cell left out. The names
    must all read as labels (:func:`_label_cell`), a value must hold a figure or be longer than a label, and no third
    row of as many cells may follow (a table of several records is a list); any other text is left as it is."""
    text = doc.text
    if "\t" not in text:
        return doc
    rows = list(_TAB_ROW.finditer(text))
    edits: list[Edit] = []
    for i, (head, row) in enumerate(zip(rows, rows[1:])):
        names, values = head.group().split("\t"), row.group().split("\t")
        after = rows[i + 2] if i + 2 < len(rows) else None
        if (row.start() != head.end() + 1 or len(values) != len(names) or not all(_label_cell(n) for n in names)
                or not any(any(c.isdigit() for c in v) or len(v.strip()) > 25 for v in values)
                or after is not None and after.start() == row.end() + 1 and after.group().count("\t") == len(names) - 1):
            continue
        edits.append((head.start(), row.start(), ""))
        at = cell = row.start()
        for name, value in zip(names, values):
            vs, ve = _stripped(text, cell, cell + len(value))
            if ve > vs:
                edits.append((at, vs, " ".join(name.split()).rstrip(":") + ": "))
                edits.append((ve, ve, "\n"))
                at = ve
            cell += len(value) + 1
        edits.append((at, row.end(), ""))
    return _apply(doc, edits)


# a chat export's message head: Signal's and WhatsApp's "[2026-12-01 10:47:53] Declan Murphy (+353 87 …):", "[03/12/2026,
# 07:42] Name: text", an SMS backup's "[Nov 28, 2026 9:14:07 AM] 1 (410) 200-0500:"; WhatsApp's Android form "03/12/2026, 07:42 - Name: text"
_CHAT_HEAD = re.compile(
    r"^(?:\[(?P<d1>\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[A-Z][a-z]{2,8}\.?[ ]\d{1,2},[ ]\d{4}),?[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[APap][Mm])?\]"
    r"|(?P<d2>\d{1,2}/\d{1,2}/\d{2,4}),[ \t]\d{1,2}:\d{2}(?:[ \t]?[APap][Mm])?[ \t]-)"
    r"[ \t]*(?P<who>[^:\n\[\]]{1,80}):[ \t]*",
    re.M,
)


# a long SMS's later part: "(Con't) 2 of 8", "(2/8)"
_SMS_PART = re.compile(r"[ \t]*\n?[ \t]*(?:\(con['’]?t\)[ \t]*\d{1,2}[ \t]*of[ \t]*\d{1,2}|\(\d{1,2}/\d{1,2}\))[ \t]*\n?", re.I)
# an e-mail-to-SMS gateway's fields at the start of a message's lines: "FRM:recruiting@…", "SUBJ:NOW HIRING - …", "MSG:(1/8) …"
_GATEWAY_FIELD = re.compile(r"^(?P<f>FRM|SUBJ|MSG):[ \t]*(?:\(\d{1,2}/\d{1,2}\)[ \t]*)?", re.M)
_GATEWAY_LABELS = {"FRM": "From: ", "SUBJ": "Subject: ", "MSG": ""}


def _copy_gateway_message(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Copy a message ``text[start:end]``, an e-mail-to-SMS gateway's field marks written as a mail's labels
    ("SUBJ:" as "Subject: ", "MSG:(1/8) " gone)."""
    at = start
    for m in _GATEWAY_FIELD.finditer(text, start, end):
        builder.copy(at, m.start())
        builder.replace(_GATEWAY_LABELS[m.group("f")], m.start(), m.end())
        at = m.end()
    builder.copy(at, end)


def _chat_export(doc: Document) -> Document:
    """A chat's export as text (Signal, WhatsApp, Teams, a channel's history; see ``_CHAT_HEAD``) holding a posting
    among other messages: its longest message is the page, under the day it was sent ("Posted: 2026-12-01"), with
    what its sender wrote after it (an edit, the requisition number, "we can't sponsor"); the export's header, the
    senders, times and the other people's messages (replies, other ads) are the chat's. Needs three messages and
    one long enough to be a posting; any other text (a single forwarded message) is left as it is."""
    text = doc.text
    if "[" not in text and " - " not in text:
        return doc
    heads = list(_CHAT_HEAD.finditer(text, 0, 400_000))
    if len(heads) < _MIN_CHAT_MESSAGES:
        return doc
    messages = list(zip(heads, [m.start() for m in heads[1:]] + [len(text)]))
    groups: list[list[int]] = []  # a long text sent in parts ("(Con't) 2 of 8"): one message
    for i, (m, _) in enumerate(messages):
        if groups and _SMS_PART.match(text, m.end()) and messages[groups[-1][-1]][0].group("who") == m.group("who"):
            groups[-1].append(i)
        else:
            groups.append([i])
    size = [sum(messages[i][1] - messages[i][0].end() for i in g) for g in groups]
    longest = max(range(len(groups)), key=size.__getitem__)
    head = messages[groups[longest][0]][0]
    if size[longest] < _MIN_CHAT_POSTING:
        return doc
    builder = TextBuilder(doc)
    date = head.span("d1") if head.group("d1") else head.span("d2")
    _write_line(builder, "Posted: ", *date)
    builder.insert("\n", date[1])
    for i in groups[longest]:
        m, m_end = messages[i]
        part = _SMS_PART.match(text, m.end())
        a, b = _stripped(text, part.end() if part else m.end(), m_end)
        _copy_gateway_message(builder, text, a, b)
        builder.insert("\n", b)
    sender = " ".join(head.group("who").split())
    for later, later_end in messages[groups[longest][-1] + 1 :]:
        if " ".join(later.group("who").split()) == sender:
            a, b = _stripped(text, later.end(), later_end)
            if b > a:
                builder.insert("\n\n", a)
                builder.copy(a, b)
    return builder.build()


# a chat app's saved history (LINE, KakaoTalk): "21:48<TAB>Marcus T.<TAB>message" lines under "2026/12/03(Thu)" date lines,
# a message of several lines in double quotes
_CHAT_LOG_LINE = re.compile(r"^(?:\d{1,2}:\d{2}(?:[ \t]?[AP]M)?|[AP]M[ \t]?\d{1,2}:\d{2})\t[^\t\n]{1,60}\t", re.M)
_CHAT_LOG_DATE = re.compile(r"^(?P<date>\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(?:[ \t]*\(\w{1,4}\)|[ \t]+\w{2,9})?[ \t]*$", re.M)


def _chat_log(doc: Document) -> Document:
    """A chat's saved history (see ``_CHAT_LOG_LINE``) holding a posting: only its longest message is the page (its
    quotes gone), under the day it was sent ("Posted: 2026/12/03"); the history's header, the other messages, the
    senders and the times are the chat's. Needs three message lines and a message long enough to be a posting;
    any other text is left as it is."""
    text = doc.text
    if "\t" not in text:
        return doc
    lines = list(_CHAT_LOG_LINE.finditer(text))
    if len(lines) < _MIN_CHAT_MESSAGES:
        return doc
    days = list(_CHAT_LOG_DATE.finditer(text))
    ends = sorted([m.start() for m in lines[1:]] + [m.start() for m in days] + [len(text)])
    start, end = max(((m.end(), next(e for e in ends if e > m.start())) for m in lines), key=lambda span: span[1] - span[0])
    start, end = _stripped(text, start, end)
    while end > start and text[end - 1] in "\r\n":
        start, end = _stripped(text, start, end - 1)
    if end - start < _MIN_CHAT_POSTING:
        return doc
    if text[start] == '"' and text[end - 1] == '"':
        start, end = start + 1, end - 1
    builder = TextBuilder(doc)
    day = next((m for m in reversed(days) if m.start() < start), None)
    if day is not None:
        _write_line(builder, "Posted: ", *day.span("date"))
        builder.insert("\n", day.end("date"))
    builder.copy(start, end)
    return builder.build()


# a caption file (WebVTT, SubRip): its cue timings ("00:00:04.000 --> 00:00:08.200 line:85%"), each with the cue's name
# or number on the line above it, the file's header and style blocks, speakers' voice tags and sound descriptions
_CUE_TIMING = re.compile(r"^(?:[^\n]{1,40}\n)?[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[^\n]*\n", re.M)
_CAPTION_HEAD = re.compile(r"\A[ \t]*WEBVTT\b[^\n]*\n|^(?:STYLE|REGION|NOTE)(?:[ \t][^\n]*)?\n(?:[^\n]+\n)*", re.M)  # (a NOTE block: the file's comment)
_CAPTION_TAG = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[ .][^<>\n]{0,60})?>")
_SOUND_LINE = re.compile(r"^[ \t]*[\[(♪][^\n\])]{1,60}[\])♪][ \t]*\n", re.M)
_MIN_CUES = 4


# a transcript's turn: "[00:00:53] DEAN: You need …", "(01:12) Host - …", "00:01:12 Speaker 2: …"
_TIMED_TURN = re.compile(
    r"^[ \t]*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]+"
    r"(?:(?P<who>[A-Z][\w.'’-]*(?:[ \t](?:[A-Z0-9][\w.'’-]*|said|says|asked))?(?:[ \t][A-Z0-9][\w.'’-]*){0,2})[ \t]?[:\-–][ \t]+)?(?=\S)",  # "8:02 AM  You said: …"
    re.M,
)
# a turn said in quotes, as an assistant's activity log writes it ("Google Assistant: "Dental Receptionist.""), and a
# spoken list's count after its heading ("What you'll do. Item 1 of 5.")
_QUOTED_TURN = re.compile(r"[\"“](?P<said>[^\"“”\n]*)[\"”][ \t]*$")
_SPOKEN_COUNT = re.compile(r"[ \t]+Item[ \t]+\d{1,2}[ \t]+of[ \t]+\d{1,2}\.?(?=[\"”]?[ \t]*$)")
_MIN_TURNS = 4
_MAX_PROMPT_WORDS = 12


# desktop-publishing tagged text: InDesign's ("<UNICODE-MAC>", "<ParaStyle:REC_Head>Electrician <0x2013> Nights") and
# QuarkXPress's ("<v13.00><e9>", "@PV Head:Field Agronomist", "<\#8211>", "<\n>")
_DTP_HEAD = re.compile(r"\A[ \t\n]*(?:<(?:UNICODE|ASCII|ANSI)-(?:MAC|WIN)>|<v\d{1,2}\.\d{1,2}><e\d{1,2}>)")
_DTP_DEFINITION = re.compile(r"^[ \t]*(?:<(?:Version|FeatureSet|ColorTable|Define\w+)[^\n]*|@[^\n:=<]{1,40}=[^\n]*|<(?:UNICODE|ASCII|ANSI)-(?:MAC|WIN)>|<v\d{1,2}\.\d{1,2}><e\d{1,2}>)[ \t]*\n", re.M)
_DTP_STYLE_START = re.compile(r"^[ \t]*@[^\n:=<@]{1,40}:", re.M)  # Quark's paragraph style before its text
_DTP_TAG = re.compile(r"<(?:0x(?P<hex>[0-9A-Fa-f]{4})|\\#(?P<dec>\d{2,6})|\\(?P<esc>[nt])|(?:ParaStyle|CharStyle|pstyle|cstyle|cTypeface|cSize|cColor|cFont|pLeftIndent|pFirstLineIndent|[BIUPO]|\*[A-Z]|[a-z]\d*|[fz]\"[^\"<>\n]*\"|[fz][\d.]+)[^<>\n]{0,60})>")


def _dtp_tagged_text(doc: Document) -> Document:
    """A layout program's tagged-text export (InDesign, QuarkXPress): its header and style definitions go, the style
    tags before each paragraph and inside it go, and character codes ("<0x2013>", "<\\#8211>") and escapes ("<\\n>")
    are read as the characters they stand for. Any other text is left as it is."""
    text = doc.text
    if _DTP_HEAD.match(text) is None:
        return doc
    edits: list[Edit] = [(m.start(), m.end(), "") for m in _DTP_DEFINITION.finditer(text)]
    edits += [(m.start(), m.end(), "") for m in _DTP_STYLE_START.finditer(text)]
    for m in _DTP_TAG.finditer(text):
        code = m.group("hex") and int(m.group("hex"), 16) or m.group("dec") and int(m.group("dec"))
        shown = chr(code) if code else {"n": "\n", "t": " "}.get(m.group("esc") or "", "")
        edits.append((m.start(), m.end(), shown))
    return _apply(doc, edits)


# a pickle shown by "python -m pickletools": one opcode a line ("  166: \x8c     SHORT_BINUNICODE 'Senior Dialysis …'")
_PICKLE_OPCODE = re.compile(r"^[ \t]*\d{1,7}:[ \t]+\S{1,4}[ \t]+(?P<op>[A-Z][A-Z0-9_]{1,20})\b[^\n]*$", re.M)
_PICKLE_TEXT = re.compile(r"(?:SHORT_BINUNICODE|BINUNICODE8?|UNICODE|SHORT_BINSTRING|BINSTRING|STRING)[ \t]+(?P<q>['\"])(?P<v>[^\n]*)(?P=q)[ \t]*$")
_PICKLE_KEY = re.compile(r"[a-z][a-z0-9_]{1,30}")
_MIN_PICKLE_OPS = 12


def _pickle_listing(doc: Document) -> Document:
    """A pickled record shown opcode by opcode (``python -m pickletools``): its strings as the record's fields, a
    key (a name like "title_raw") and the string after it as the labelled line a page shows ("Title: …"), a long
    text with its escapes read; the opcodes, memo marks and everything around the listing go. Needs twelve opcode
    lines; any other text is left as it is."""
    text = doc.text
    if "PROTO" not in text and "STOP" not in text:
        return doc
    ops = list(_PICKLE_OPCODE.finditer(text))
    if len(ops) < _MIN_PICKLE_OPS:
        return doc
    strings = [m for m in (_PICKLE_TEXT.search(text, op.start("op"), op.end()) for op in ops) if m is not None]
    builder = TextBuilder(doc)
    key: Optional[re.Match[str]] = None
    for m in strings:
        value = m.group("v")
        if key is None and _PICKLE_KEY.fullmatch(value):
            key = m
            continue
        if key is not None:
            builder.insert(_json_key_label(key.group("v")) + ": ", m.start("v"))
        _repr_string(builder, text, m.start("v"), m.end("v"))
        builder.insert("\n", m.end("v"))
        key = None
    return builder.build()


def _reader_of(text: str, turns: list[re.Match[str]]) -> Optional[str]:
    """The speaker who says most in a transcript written as quoted turns (a voice assistant's activity log: "8:02 AM
    Google Assistant: "Dental Receptionist.""), when two or more speakers are named and most turns are quoted; else None."""
    said: dict[str, int] = {}
    quoted = 0
    for m in turns:
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if m.group("who") is None:
            return None
        if _QUOTED_TURN.fullmatch(text, m.end(), end) is not None:
            quoted += 1
        said[m.group("who")] = said.get(m.group("who"), 0) + end - m.end()
    if len(said) < 2 or quoted * 2 < len(turns):
        return None
    return max(said, key=said.__getitem__)


def _timed_transcript(doc: Document) -> Document:
    """A transcript of speech (a radio segment, a meeting, an interview): the time stamp and speaker before each turn
    go, so that each turn reads as the sentences said; a turn that only asks a short question (an interviewer's
    prompt) goes whole. Needs four timed turns; any other text is left as it is."""
    text = doc.text
    if ":" not in text:
        return doc
    turns = list(_TIMED_TURN.finditer(text))
    if len(turns) < _MIN_TURNS:
        return doc
    reader = _reader_of(text, turns)
    edits: list[Edit] = []
    previous = None
    for m in turns:
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        said = text[m.end() : end].strip()
        quoted = _QUOTED_TURN.fullmatch(text, m.end(), end)
        if quoted is not None:
            said = quoted.group("said").strip()
        who, before, previous = m.group("who"), previous, m.group("who")
        if reader is not None and (who != reader or who != before and len(said.split()) <= 2):
            edits.append((m.start(), min(end + 1, len(text)), ""))
            continue  # the listener's commands to the assistant reading the posting ("Hey Google, pause."), and its short answer ("Paused.")
        asked = said.endswith("?") and len(said.split()) <= _MAX_PROMPT_WORDS and "?" not in said[:-1]
        if asked or quoted is None:
            edits.append((m.start(), min(end + 1, len(text)) if asked else m.end(), ""))  # a host's prompt ("So what are you looking for?") is no heading
            continue
        edits.append((m.start(), quoted.start("said"), ""))
        count = _SPOKEN_COUNT.search(text, quoted.start("said"), quoted.end("said") + 1)
        edits.append((count.start() if count is not None else quoted.end("said"), end, ""))
    return _apply(doc, edits)


def _caption_cues(doc: Document) -> Document:
    """A video's caption file (WebVTT or SubRip) as what is said: its timings and cue names or numbers, the file's
    header, style and comment (NOTE) blocks, the speakers' voice tags and the sound descriptions ("[gentle piano music]") go; the
    lines of one cue are joined into one. Needs four timed cues; any other text is left as it is."""
    text = doc.text
    if "-->" not in text:
        return doc
    cues = list(_CUE_TIMING.finditer(text))
    if len(cues) < _MIN_CUES:
        return doc
    edits: list[Edit] = [(m.start(), m.end(), "") for m in cues]
    edits += [(m.start(), m.end(), "") for m in _CAPTION_HEAD.finditer(text)]
    edits += [(m.start(), m.end(), "") for m in _CAPTION_TAG.finditer(text)]
    edits += [(m.start(), m.end(), "") for m in _SOUND_LINE.finditer(text)]
    for m in cues:  # a cue's lines joined: "We're hiring: Senior Care Assistant (Nights)" / "at Wensum Court Care Home."
        end = text.find("\n\n", m.end())
        end = len(text) if end < 0 else end
        edits += [(at, at + 1, " ") for at in range(m.end(), end) if text[at] == "\n"]
    return _apply(doc, edits)


# a screen reader's speech log of a page (NVDA, JAWS, VoiceOver): each element spoken with its role first ("heading
# level 2 About the role", "link Apply", "bullet Issue books"), the page's structure spoken on lines of its own ("list with
# 5 items", "out of list", "main landmark")
_SPOKEN_ROLE = re.compile(
    r"^[ \t]*(?P<role>(?:(?:visited[ \t]+)?link|button|graphic|heading[ \t]+level[ \t]+\d|bullet|clickable|edit|combo[ \t]+box|check[ \t]+box|radio[ \t]+button|tab)"
    r"(?:[ \t]+(?:graphic|link|clickable))*)[ \t]+(?=\S)",
    re.M,
)
_SPOKEN_STRUCTURE = re.compile(
    r"^[ \t]*(?:document|list[ \t]+with[ \t]+\d+[ \t]+items?|out[ \t]+of[ \t]+(?:list|table|frame)|table[ \t]+with[ \t]+\d+[ \t]+rows?.*"
    r"|(?:[\w-]+[ \t]+)?landmark(?:[ \t].*)?|(?:banner|main|navigation|contentinfo|complementary|region|search|form)[ \t]+landmark.*)[ \t]*$",
    re.M,
)
_MIN_SPOKEN_ROLES = 6


def _speech_log(doc: Document) -> Document:
    """A screen reader's speech log (see ``_SPOKEN_ROLE``) as the page reads: the roles spoken before the elements
    gone ("heading level 1 Library Assistant" → "Library Assistant"), a bullet's role written "- ", the lines that
    only speak the page's structure ("list with 5 items", "navigation landmark") left out. Needs six roles spoken
    and two structure lines; any other text is left as it is."""
    text = doc.text
    if "landmark" not in text and "out of list" not in text:
        return doc
    roles = list(_SPOKEN_ROLE.finditer(text))
    structure = list(_SPOKEN_STRUCTURE.finditer(text))
    if len(roles) < _MIN_SPOKEN_ROLES or len(structure) < 2:
        return doc
    edits: list[Edit] = [(m.start(), m.end(), "- " if m.group("role").startswith("bullet") else "") for m in roles]
    edits += [(m.start(), min(len(text), m.end() + 1), "") for m in structure]
    return _apply(doc, edits)


# a label whose colon and value a scrape put on the next line (Taleo's "Primary Location" over ": Canada-Nova Scotia-Halifax")
_COLON_UNDER_LABEL = re.compile(r"^[ \t]*[^\W\d_][\w'’/&()#-]*(?:[ ][\w'’/&()#-]+){0,5}(?P<gap>[ \t]*\r?\n[ \t]*:[ \t]*)(?=\S)", re.M)
_MIN_COLONS_UNDER = 2


def _colons_under_labels(doc: Document) -> Document:
    """Two or more labels whose colon opens the next line ("Job Field" / ": Nursing"): each joined to its value as a
    page writes it ("Job Field: Nursing"). Any other text is left as it is."""
    text = doc.text
    if "\n:" not in text and "\n :" not in text:
        return doc
    return _labels_joined(doc, _COLON_UNDER_LABEL, "gap", _MIN_COLONS_UNDER)


def _labels_joined(doc: Document, pattern: re.Pattern, gap: str, minimum: int) -> Document:
    """``doc`` with each ``gap`` group of ``pattern`` written as a label's colon (": "), when it matches ``minimum``
    times or more; else ``doc`` as it is."""
    found = list(pattern.finditer(doc.text))
    if len(found) < minimum:
        return doc
    return _apply(doc, [(m.start(gap), m.end(gap), ": ") for m in found])


# a Japanese or Chinese details table copied as text: a field's name, a run of ideographic spaces, its value
# ("職種　　　　　　CNC旋盤オペレーター", "事業所名　　　　株式会社相模精密工業")
_CJK_SPACED_ROW = re.compile(r"^(?P<label>[\u3040-\u30ff\u4e00-\u9fff]{2,12})(?P<gap>\u3000{2,}|\u3000[ \t]+|[ \t]{3,})(?=\S)", re.M)
_MIN_CJK_ROWS = 4


def _cjk_spaced_rows(doc: Document) -> Document:
    """Four or more lines that each open with a CJK field name and a run of (ideographic) spaces before its value: the
    run written as a full-width colon ("職種：CNC旋盤オペレーター"), as the same table with its cells would read. Any
    other text is left as it is."""
    return _labels_joined(doc, _CJK_SPACED_ROW, "gap", _MIN_CJK_ROWS)


# a form or a printed report that leads each label to its value with dots: "TITLE..........: WATER PLANT OPERATOR",
# "Closing date ........ 12 May 2027", "▸ Contract .......... CDI" (a bulleted row), a mainframe panel's spaced ones ("JOB TITLE . . . : SR PROGRAMMER", "DEPT . :")
_DOT_LEADER = re.compile(r"^[ \t]*(?:[-•*·▪◦●■➢➤►▸▹›»‣⁃][ \t]+)?[^\W\d_][\w'’/&()#-]*(?:[ ][\w'’/&()#-]+){0,4}(?P<leader>[ \t]*(?:\.[ \t]?){2,}[ \t]*:[ \t]*|[ \t]+\.[ \t]*:[ \t]*|[ \t]*\.{4,}[ \t]*|[ \t]+\.{3}[ \t]+)(?=\S)", re.M)
_MIN_DOT_LEADERS = 3


def _dot_leaders(doc: Document) -> Document:
    """Three or more labels led to their values by dots ("EXAM NO........: 68-412"): the dots written as a label's
    colon ("EXAM NO: 68-412"). Any other text is left as it is."""
    text = doc.text
    if ".." not in text and ". ." not in text and ". :" not in text:
        return doc
    return _labels_joined(doc, _DOT_LEADER, "leader", _MIN_DOT_LEADERS)


# an outliner's page (Logseq, Roam): every block opens with "- ", a heading block with "- ## ", a page property is
# written "key:: value"
_OUTLINE_HEADING = re.compile(r"^(?P<mark>[ \t]*-[ \t]+#{1,6}[ \t]+)\S", re.M)
_OUTLINE_PROPERTY = re.compile(r"^[ \t]*(?:-[ \t]+)?[^\W\d_][\w -]{0,30}?(?P<colons>::)[ \t]+\S", re.M)
_MIN_OUTLINE_MARKS = 2


def _outline_blocks(doc: Document) -> Document:
    """An outliner's page as a page shows it: a heading block's indent, "- " and "#" marks dropped ("  - ### What you'll
    do" → "What you'll do"), a property's "::" written as a label's colon ("Location:: Victoria, BC" → "Location: Victoria, BC").
    Needs two heading blocks or two properties; any other text is left as it is."""
    text = doc.text
    if "- #" not in text and "::" not in text:
        return doc
    heads = list(_OUTLINE_HEADING.finditer(text))
    props = list(_OUTLINE_PROPERTY.finditer(text))
    if len(heads) < _MIN_OUTLINE_MARKS and len(props) < _MIN_OUTLINE_MARKS:
        return doc
    edits: list[Edit] = [(m.start("mark"), m.end("mark"), "") for m in heads]
    edits += [(m.start("colons"), m.end("colons"), ":") for m in props]
    return _apply(doc, edits)


# a board's snapshot of facts, each name on a line over its value ("Base Pay" / "$21.00 - $25.50 /Hour", "Education" / "2 Year
# Degree", "Job ID" / "GPO-MBS-1147"): the names a board gives its fields, and any short capitalised name between them
_FIELD_NAMES = (
    r"base[ \t]pay|pay|salary|other[ \t]pay|pay[ \t]range|compensation|employee[ \t]type|employment[ \t]type|job[ \t]type|"
    r"education|experience|job[ \t]id|job[ \t]number|reference|req(?:uisition)?[ \t]id|date[ \t]posted|posted|industry|category|"
    r"location|schedule|shift|department|manages[ \t]others|relocation|travel|work[ \t]hours|hours|contract[ \t]type|"
    # a research board's fields (EURAXESS: "Type of Contract" / "Temporary", "Hours Per Week" / "35")
    r"country|city|type[ \t]of[ \t]contract|job[ \t]status|hours[ \t]per[ \t]week|reference[ \t]number|application[ \t]deadline|"
    r"organi[sz]ation/company|company/institute|research[ \t]field|researcher[ \t]profile|offer[ \t]starting[ \t]date"
)
# the same names on boards in French, Spanish, Portuguese, Italian and German ("Expérience" / "Minimum 5 ans")
_FIELD_NAMES_OTHER = (
    r"salaire|rémunération|expérience|formation|niveau[ \t]d['’]études|éducation|lieu|lieu[ \t]de[ \t]travail|localisation|type[ \t]de[ \t]contrat|"
    r"contrat|statut(?:[ \t]du[ \t]poste)?|horaires?|télétravail|secteur(?:[ \t]d['’]activité)?|métier|prise[ \t]de[ \t]poste|date[ \t]de[ \t]publication|"
    r"salario|sueldo|experiencia|ubicación|tipo[ \t]de[ \t]contrato|jornada|modalidad|salário|experiência|localização|tipo[ \t]de[ \t]contrato|"
    r"retribuzione|esperienza|sede|gehalt|erfahrung|arbeitsort|vertragsart|arbeitszeit|anstellungsart|"
    r"estudios[ \t]mínimos|experiencia[ \t]mínima|conocimientos[ \t]necesarios|imprescindible[ \t]residente[ \t]en|tipo[ \t]de[ \t]industria|categoría|nivel|"
    r"salaris|uren|dienstverband|ervaring|werklocatie|standplaats|locatie|referentie|opleiding|werktijden|contractvorm|"
    r"level[ \t]of[ \t]education|education[ \t]level|professional[ \t]level|career[ \t]level|seniority[ \t]level|experience[ \t]level|job[ \t]function|"
    r"cause[ \t]areas?|work[ \t]model|workplace[ \t]type"
)
_STACKED_KNOWN = re.compile(r"(?i)(?:" + _FIELD_NAMES + "|" + _FIELD_NAMES_OTHER + ")")
_STACKED_NAME = re.compile(r"[A-ZÀ-Þ][^\W\d_'’/&()-]*(?:[\w'’/&()-]*)(?:[ ][^\W\d_'’/&()-][\w'’/&()-]*){0,4}")
_MIN_STACKED = 4  # pairs in a run, two of them under a board's known field names
_MAX_STACKED_VALUE = 100


def _stacked_facts(doc: Document) -> Document:
    """A run of four or more facts written name over value, line by line, two or more under the names boards give
    their fields ("Education" / "2 Year Degree"): each name joined to its value as a label ("Education: 2 Year
    Degree"), so that the values are read as facts and not as a section's items. Any other text is left as it is."""
    text = doc.text
    lines = list(_lines(text))
    edits: list[Edit] = []
    i = 0
    while i + 1 < len(lines):
        run, known, j = [], 0, i
        while j + 1 < len(lines):
            (na, nb), (va, vb) = lines[j], lines[j + 1]
            name, value = text[na:nb].strip(), text[va:vb].strip()
            if not name or not value:
                break
            is_known = _STACKED_KNOWN.fullmatch(name) is not None
            if not (is_known or run) or not _STACKED_NAME.fullmatch(name) or _STACKED_KNOWN.fullmatch(value) or len(value) > _MAX_STACKED_VALUE \
                    or value.endswith(":") or va != nb + 1:
                break
            run.append((nb, va, is_known))
            known += is_known
            j += 2
            if j < len(lines) and (lines[j][0] != lines[j - 1][1] + 1 or not text[lines[j][0] : lines[j][1]].strip()):
                after = [text[a:b].strip() for a, b in lines[j + 1 : j + 3]] if not text[lines[j][0] : lines[j][1]].strip() else []
                if len(after) == 2 and all(after) and _STACKED_KNOWN.fullmatch(after[0]) and run[-1][2]:
                    j += 1  # "Estudios mínimos" / "Grado" ⏎ "Experiencia mínima" / "3 años": known pairs a blank line apart
                    continue
                break  # a blank line closes the run
        while run and not run[-1][2]:
            run.pop()  # the run ends at its last known name: an address block may follow ("Odstock Road" / "Salisbury")
            j -= 2
        if len(run) >= _MIN_STACKED and known >= 2:
            edits += [(nb, va, ": ") for nb, va, _ in run]
            i = j
        else:
            i += 1
    return _apply(doc, edits) if edits else doc


# a details table flattened one row a line, its label and value apart by a space only ("Hours 37 per week", "Closing Date
# 11/12/2026", "NHS Board NHS Highland"): a known field name, then a value opening with a capital, a figure or a currency
# (a public-sector board's names first, longest first: "Salary Range", "Salary Grade" before "Salary"; "Agency",
# "Title", "County", "State", "Zip Code" only inside a block of such rows, see _spaced_label_rows)
_SPACED_NAMES = sorted(  # longest first: "Hours Per Week" before "Hours"
    {*_FIELD_NAMES.split("|"), *_FIELD_NAMES_OTHER.split("|"), r"salary[ \t]range", r"salary[ \t]grade", r"appointment[ \t]type",
     r"travel[ \t]percentage", r"applications?[ \t]due", r"vacancy[ \t]id", r"zip[ \t]code", r"postal[ \t]code", r"street[ \t]address",
     "agency", "title", "county", "state", r"closing[ \t]date", r"interview[ \t]date", r"job[ \t]reference", "contract", "employer",
     r"(?:nhs|health)[ \t]board", "grade", "band", r"job[ \t]title", r"work[ \t]pattern"},
    key=lambda name: (-len(name), name),
)
_SPACED_ROW = re.compile(r"^[ \t]*(?P<label>(?i:" + "|".join(_SPACED_NAMES) + r"))[ \t]+(?=[A-Z0-9$£€¥₹])(?P<value>[^\n:]{1,100})$", re.M)
_BLOCK_ONLY_NAMES = frozenset({"agency", "title", "county", "state"})  # common words: a label only among the block's rows
_MIN_SPACED_ROWS = 6
_SHORT_ROW = 100  # a details block's line: a label and its value, not a paragraph


def _spaced_label_rows(doc: Document) -> Document:
    """Known fields' names and their values apart by a space only (a details table pasted without its cells: "Hours 37
    per week" / "Contract Fixed term"): a colon written after each name, in six or more such lines in a row, or in a
    block of short lines (no blank line, no paragraph) holding six or more among rows of names the rules do not read
    ("Bargaining Unit PS&T"). "Agency", "Title", "County" and "State" count only in such a block. Any other text is
    left as it is."""
    text = doc.text
    if len(_SPACED_ROW.findall(text, 0, 40_000)) < _MIN_SPACED_ROWS:
        return doc
    edits: list[Edit] = []
    for start, end in _blocks(text):
        rows = list(_SPACED_ROW.finditer(text, start, end))
        if len(rows) < _MIN_SPACED_ROWS:
            continue
        if not any(len(line) > _SHORT_ROW or line.rstrip().endswith(".") for line in text[start:end].split("\n")):
            edits += [(r.end("label"), r.start("value"), ": ") for r in rows]
            continue
        run: list[re.Match[str]] = []
        for m in rows + [None]:
            if m is None or m.group("label").lower() in _BLOCK_ONLY_NAMES or run and m.start() != run[-1].end() + 1:
                edits += [(r.end("label"), r.start("value"), ": ") for r in run] if len(run) >= _MIN_SPACED_ROWS else []
                run = []
            if m is not None and m.group("label").lower() not in _BLOCK_ONLY_NAMES:
                run.append(m)
    return _apply(doc, edits) if edits else doc


def _blocks(text: str) -> Iterable[tuple[int, int]]:
    """``(start, end)`` of each run of non-blank lines of ``text``."""
    for m in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text):
        yield m.start(), m.end()


# a board's card that runs its labelled facts on one line: "Payroll Officer • Company: Cyberdome Ltd • Location: Ebène",
# "Job Title: Mechanic · Employer: Seven Mile Marine · Location: George Town", "**Role:** X • **Pay:** €4,200"
_FACT_SEPARATOR = re.compile(r"[ \t]+[·|•][ \t]+")
_FACT_LABEL = re.compile(r"[*_]{0,2}[^\W\d_][\w'’/&().-]*(?:[ ][\w'’/&().-]+){0,3}[ \t]?[*_]{0,2}[:：][*_]{0,2}[ \t]+\S")
_MIN_FACTS = 2
# a part of such a line labelled in capitals without a colon (JazzHR's strip): "DEPARTMENT Machining", "POSTED 11/04/2026"
_CAPS_FACT = re.compile(r"[ \t]*(?P<label>[A-Z][A-Z.#/&]{2,}(?:[ ][A-Z][A-Z.#/&]+){0,2})[ \t]+(?=[A-Z][a-z]|[$£€¥₹\d])")
_MIN_CAPS_FACTS = 3
_MAX_FACT_ROW = 500


def _fact_rows(doc: Document) -> Document:
    """A line of parts joined by " · ", " | " or " • " of which two or more are labelled facts ("Location: …"): one
    line per part, as a card's facts stand on their own lines elsewhere. A table row ("| a | b |") is left as it is."""
    text = doc.text
    if not any(sep in text for sep in ("·", "|", "•")):
        return doc
    edits: list[Edit] = []
    for start, end in _lines(text):
        line = text[start:end]
        if end - start > _MAX_FACT_ROW or line.lstrip().startswith("|") or not any(sep in line for sep in ("·", "|", "•")):
            continue  # (a longer line is a page glued into one, not a card)
        cuts = list(_FACT_SEPARATOR.finditer(text, start, end))
        if not cuts:
            continue
        starts = [start] + [c.end() for c in cuts]
        if sum(1 for at in starts if _FACT_LABEL.match(text, at, end)) >= _MIN_FACTS:
            edits.extend((c.start(), c.end(), "\n") for c in cuts)
            continue
        capped = [_CAPS_FACT.match(text, at, end) for at in starts]
        if len(starts) >= _MIN_CAPS_FACTS and all(capped):  # "LOCATION Ashland, VA | DEPARTMENT Machining | TYPE Full Time"
            edits.extend((c.start(), c.end(), "\n") for c in cuts)
            edits.extend((m.start("label"), m.end(), " ".join(m.group("label").split()).capitalize() + ": ") for m in capped)
    return _apply(doc, edits) if edits else doc


# --------------------------------------------------------------------------- browser print margins


# a browser's print header: the date and time the page was printed, a wide gap, the page's title
# ("12/2/26, 3:14 PM      Title - Careers at X", "02/12/2026, 15:14     X", "2026-12-02 15:14   X"),
# or the title first and the date and time last
_PRINT_STAMP = r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}),?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_MAX_PRINT_MARGIN = 400
_PRINT_HEADER = re.compile(r"^[ \t]*(?:(?P<stamp>" + _PRINT_STAMP + r")[ \t]{2,}(?P<title>\S.*?)|(?P<title2>\S.*?)[ \t]{2,}" + _PRINT_STAMP + r")[ \t]*$")
# its footer: the page's address and the page number ("https://…   1/3", "Page 2 of 3   https://…")
_PRINT_FOOTER = re.compile(
    r"^[ \t]*(?:(?:https?://|file:///|www\.)\S+[ \t]{2,}(?:\d{1,3}/\d{1,3}|Page[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3})"
    r"|(?:\d{1,3}/\d{1,3}|Page[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3})[ \t]{2,}(?:https?://|file:///|www\.)\S+)[ \t]*$"
)


def _print_margins(doc: Document) -> Document:
    """A page printed from a browser (to PDF, then copied as text): the header and footer the browser
    wrote on every printed page are not the posting. The first header keeps the page's title (the
    page's own words: its title often names the job and the employer), without the print stamp; the
    header repeated at each page break and every footer go. A text needs both a header and a footer
    to be read as printed, so a dated line in an ordinary posting is never touched."""
    text = doc.text
    if "  " not in text:
        return doc
    headers, footers = [], []
    for start, end in _lines(text):
        line = text[start:end]
        if not 12 <= len(line) <= _MAX_PRINT_MARGIN or "  " not in line:
            continue  # (a printed page's header or footer is one short line; a long one is read no further)
        if _PRINT_FOOTER.match(line):
            footers.append((start, end))
        else:
            m = _PRINT_HEADER.match(line)
            if m is not None:
                headers.append((start, end, m))
    if not headers or not footers:
        return doc
    edits: list[Edit] = [(start, end, "") for start, end in footers]
    first_start, first_end, m = headers[0]
    group = "title" if m.group("title") is not None else "title2"
    edits.append((first_start, first_start + m.start(group), ""))
    edits.append((first_start + m.end(group), first_end, ""))
    page_title = " ".join(m.group(group).split())
    edits.extend((s, e, "") for s, e, later in headers[1:] if " ".join((later.group("title") or later.group("title2")).split()) == page_title)
    return _apply(doc, [e for e in edits if e[1] > e[0]])


# a paginated print's running head: the same words on every page's first line with the page's number at the far side
# ("CYMRU SIGHT SUPPORT            p2", "Page 3     Acme Careers", "Acme Careers — job advert    4")
_RUNNING_HEAD = re.compile(
    r"^[ \t]*(?:(?P<head>\S[^\n]{2,80}?)[ \t]{2,}(?:p(?:age)?\.?[ \t]?)?(?P<n>\d{1,3})"
    r"|(?:p(?:age)?\.?[ \t]?)?(?P<n2>\d{1,3})[ \t]{2,}(?P<head2>\S[^\n]{2,80}?))[ \t]*$",
    re.I | re.M,
)
_MIN_RUNNING_HEADS = 3


# a scan's or a PDF's page marker on its own line: "--- Page 1 of 2 ---", "=== Page 2 ===", "[Page 1/3]"
_PAGE_MARKER = re.compile(r"^[ \t]*(?:[-=~*#]{2,}[ \t]*|\[)(?i:page)[ \t]+(?P<n>\d{1,3})(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?[ \t]*(?:[-=~*#]{2,}|\])[ \t]*(?:\n|$)", re.M)
_MAX_SCAN_PREAMBLE = 1500  # characters: how much an app's export header before the first page may hold


def _page_markers(doc: Document) -> Document:
    """A scanned or printed document's text marked page by page ("--- Page 1 of 2 ---"): the markers go, and so does
    what stands before the first page's marker (the scanning app's export header and session log), when it is short.
    Needs a first page's marker; any other text is left as it is."""
    text = doc.text
    if "age" not in text:
        return doc
    marks = list(_PAGE_MARKER.finditer(text))
    if not marks or marks[0].group("n") != "1":
        return doc
    edits: list[Edit] = [(m.start(), m.end(), "") for m in marks]
    if marks[0].start() <= _MAX_SCAN_PREAMBLE and len(marks) >= 2:
        edits[0] = (0, marks[0].end(), "")
    return _apply(doc, edits)


def _running_heads(doc: Document) -> Document:
    """A paginated print (a braille-ready or large-print edition, a PDF's text) as one text: the running head that
    opens every page with its page number goes, except the first one's words (often the employer's name). Only heads
    repeated word for word on three or more lines whose numbers rise; any other text is left as it is."""
    text = doc.text
    if "  " not in text:
        return doc
    heads: dict[str, list[tuple[int, int, re.Match]]] = {}
    for start, end in _lines(text):
        if end - start > 120 or "  " not in text[start:end]:
            continue
        m = _RUNNING_HEAD.match(text, start, end)
        if m is not None:
            words = " ".join((m.group("head") or m.group("head2")).split()).casefold()
            heads.setdefault(words, []).append((start, end, m))
    edits: list[Edit] = []
    for rows in heads.values():
        numbers = [int(m.group("n") or m.group("n2")) for _, _, m in rows]
        if len(rows) < _MIN_RUNNING_HEADS or any(b <= a for a, b in zip(numbers, numbers[1:])):
            continue
        first_start, first_end, first = rows[0]
        group = "head" if first.group("head") is not None else "head2"
        edits.append((first_start, first.start(group), ""))
        edits.append((first.end(group), first_end, ""))
        edits.extend((start, end, "") for start, end, _ in rows[1:])
    return _apply(doc, sorted(e for e in edits if e[1] > e[0])) if edits else doc


# --------------------------------------------------------------------------- entry point


# the readers of text in a shape of its own, in the order they run (TOML before MediaWiki, whose link form "[[x]]" a
# TOML record's header also has); each returns the document it was given when the text is not its shape
# ----------------------------------------------------------------------- an EDN record (Clojure)

# a keyword key and the start of its value: ":posting/title \"…\"", ":job/hours 38", ":job/type :contract"
_EDN_PAIR = re.compile(r"""(?:^|[{\s,])(?::[\w.*+!?-]+/|:)[\w.*+!?-]+[ \t,]+(?:"|#inst|#uuid|#\{|\[|\{|:[\w-]|-?\d)""", re.M)
_EDN_OPENING = re.compile(r"(?:[ \t]*;[^\n]*\n|[ \t]*\n)*[ \t]*\{[ \t]*:")
_EDN_TOKEN = re.compile(
    r"""(?P<s>"(?:[^"\\]|\\.)*")|(?P<kw>:(?:[\w.*+!?-]+/)?(?P<name>[\w.*+!?<>=-]+))|(?P<num>-?\d+(?:\.\d+)?)(?P<suffix>[MN]?)(?![\w.])"""
    r"""|(?P<open>#\{|[\[{(])|(?P<close>[\]})])|(?P<tag>#(?!_)[\w.-]+)|(?P<discard>#_)|(?P<word>[^\s,;\[\]{}()"]+)"""
)
_EDN_GAP = re.compile(r"(?:[\s,]+|;[^\n]*)*")
_MIN_EDN_PAIRS = 4


class _EdnNode:
    """One read EDN form: a string (its inside), a keyword (its name), a number, a word, a map (keyed by each key's
    name), a vector, list or set (its items); nothing-words (nil, true, false) have the kind "nothing"."""

    __slots__ = ("kind", "start", "end", "items")

    def __init__(self, kind: str, start: int, end: int, items: Optional[list] = None):
        self.kind, self.start, self.end, self.items = kind, start, end, items or []


def _edn_form(text: str, pos: int, depth: int = 0) -> tuple[Optional[_EdnNode], int]:
    """The EDN form at ``pos`` (after comments and discarded forms) and where it ends; ``None`` at a closing bracket,
    the text's end or past a nesting of 40."""
    while True:
        pos = _EDN_GAP.match(text, pos).end()
        m = _EDN_TOKEN.match(text, pos)
        if m is None or m.lastgroup == "close" or depth > 40:
            return None, pos
        if m.lastgroup != "discard":
            break
        _, pos = _edn_form(text, m.end(), depth + 1)  # "#_:job/visa #_true": a form written, then left out
    if m.group("s") is not None:
        return _EdnNode("string", m.start() + 1, m.end() - 1), m.end()
    if m.group("kw") is not None:
        return _EdnNode("keyword", m.start("name"), m.end("name")), m.end()
    if m.group("num") is not None:
        return _EdnNode("number", m.start("num"), m.end("num")), m.end()
    if m.group("tag") is not None:  # "#inst \"2026-12-01…\"", "#uuid \"…\"": the tagged value
        return _edn_form(text, m.end(), depth + 1)
    if m.group("word") is not None:
        kind = "nothing" if m.group("word") in ("nil", "true", "false") else "word"
        return _EdnNode(kind, m.start(), m.end()), m.end()
    opening, items, pos = m.group("open"), [], m.end()
    while True:
        item, pos = _edn_form(text, pos, depth + 1)
        if item is None:
            break
        items.append(item)
    close = _EDN_TOKEN.match(text, pos)
    pos = close.end() if close is not None and close.lastgroup == "close" else pos
    if opening == "{":
        pairs = [(text[k.start : k.end], v) for k, v in zip(items[::2], items[1::2]) if k.kind == "keyword"]
        return _EdnNode("map", m.start(), pos, pairs), pos
    return _EdnNode("list", m.start(), pos, items), pos


_CAMEL_STEP = re.compile(r"[a-z](?=[A-Z])")


def _write_edn(builder: TextBuilder, text: str, label: str, node: _EdnNode) -> None:
    """Write one keyed EDN value as a page shows it: a string as "Label: value" (a text with line breaks as a heading
    over it), a keyword's name or a number likewise, a place map as one "Label: town, state, country" line, a map
    with a name as "Label: name" (and its place parts, if it has some, as a place line), a range map as one pay line, any other map as its own keyed lines, a list of
    strings as a heading over "- " items."""
    if node.kind == "string":
        if "\n" in text[node.start : node.end]:
            builder.insert("\n" + label + "\n", node.start)
            _repr_string(builder, text, node.start, node.end)
            builder.insert("\n\n", node.end)
        else:
            _write_quoted_value(builder, text, label, [(node.start, node.end)])
    elif node.kind == "word" and _CAMEL_STEP.search(text, node.start, node.end):  # an enum case: "partTime" as "part Time"
        builder.insert(label + ": ", node.start)
        at = node.start
        for step in _CAMEL_STEP.finditer(text, node.start, node.end):
            builder.copy(at, step.start() + 1)
            builder.insert(" ", step.start() + 1)
            at = step.start() + 1
        builder.copy(at, node.end)
        builder.insert("\n", node.end)
    elif node.kind in ("keyword", "number", "word"):
        _write_line(builder, label + ": ", node.start, node.end)
    elif node.kind == "date":  # an Erlang date tuple {2026,11,28}: written "2026-11-28", each number from its place
        builder.insert(label + ": ", node.start)
        for i, part in enumerate(node.items):
            builder.insert("-" if i else "", part.start)
            builder.insert("0" if part.end - part.start == 1 else "", part.start)
            builder.copy(part.start, part.end)
        builder.insert("\n", node.end)
    elif node.kind == "map":
        keys = {key.replace("-", "_"): value for key, value in node.items if value.kind != "nothing"}
        scalars = {k: (v.start, v.end) for k, v in keys.items() if v.kind in ("string", "keyword", "number", "word")}
        if scalars and len(scalars) == len(keys) and set(keys) <= _PLACE_KEYS | {"area"}:
            _write_place(builder, label, [(k, a, text[a:b]) for k, (a, b) in scalars.items() if k != "area" or "city" not in keys])
        elif scalars and len(scalars) == len(keys) and _range_record(keys):
            _write_range(builder, text, label, scalars, node.start, node.end)
        elif (name := next((scalars[k] for k in scalars if k in _NAME_KEYS), None)) is not None:
            _write_line(builder, label + ": ", *name)
            place = [(k, a, text[a:b]) for k, (a, b) in scalars.items() if k in _PLACE_KEYS]
            if len(place) >= 2:  # a site with its name and its town: "Site: Refinery shutdown" over "Location: Kwinana, WA, Australia"
                _write_place(builder, "Location", place)
        else:
            for key, value in keys.items():
                _write_edn(builder, text, _json_key_label(key), value)
    elif node.kind == "list":
        shown = [item for item in node.items if item.kind != "nothing"]
        if len(shown) == 1 and shown[0].kind in ("keyword", "word"):
            _write_edn(builder, text, label, shown[0])  # "#{:type/full-time}": one value
        elif shown and all(item.kind in ("string", "keyword", "word") for item in shown):
            builder.insert("\n" + label + "\n", shown[0].start)
            for item in shown:
                builder.insert("- ", item.start)
                _repr_string(builder, text, item.start, item.end)
                builder.insert("\n", item.end)
        else:
            for item in shown:
                _write_edn(builder, text, label, item)


def _edn_source(doc: Document) -> Document:
    """A posting kept as an EDN map (a Clojure app's fixture or export: ";; comment" lines over "{:posting/title
    \"…\" …}") read as a page: each keyword key as the label a page writes (its name without the namespace,
    ":posting/req-no" → "Req no"), its value by :func:`_write_edn`; comments, discarded forms ("#_…") and nothing-
    values (nil, true, false) left out. Needs the map to open the text and four keyed values; any other text is left
    as it is."""
    text = doc.text
    opening = _EDN_OPENING.match(text)
    if opening is None or len(_EDN_PAIR.findall(text, 0, 40_000)) < _MIN_EDN_PAIRS:
        return doc
    return _keyed_record_page(doc, _edn_form(text, opening.end() - 2)[0])


def _keyed_record_page(doc: Document, record: Optional[_EdnNode]) -> Document:
    """``doc`` read as a page from its one keyed ``record`` (each key as the label a page writes, its value by
    :func:`_write_edn`, nothing-values left out); ``doc`` itself when the record is no map of four keyed values or
    writes nothing."""
    if record is None or record.kind != "map" or len(record.items) < _MIN_EDN_PAIRS:
        return doc
    builder = TextBuilder(doc)
    _write_keyed_values(builder, doc.text, record.items)
    out = builder.build()
    return out if out.text.strip() else doc


def _write_keyed_values(builder: TextBuilder, text: str, items: list[tuple[str, _EdnNode]]) -> None:
    """A read record's keyed values, each under the label a page writes for its key (":req-no" and "reqNo" as "Req
    no"), by :func:`_write_edn`; nothing-values left out."""
    for key, value in items:
        if value.kind != "nothing":
            _write_edn(builder, text, _json_key_label(key.replace("-", "_")), value)


# ----------------------------------------------------------------------- an Erlang or Elixir term (a shell's print)

# a binary or string, a map's key-value arrow, an atom, a number, a bracket: Erlang's "<<\"Baker\"/utf8>>",
# "#{…}", "[…]", "{…}", "undefined", Elixir's "%{…}" and "title: …" keys
_TERM_TOKEN = re.compile(
    r"""<<(?P<b>"(?:[^"\\]|\\.)*")(?:/utf8)?>>|(?P<s>"(?:[^"\\]|\\.)*")|(?P<empty><<>>)|(?P<arrow>=>|:=)"""
    r"""|(?P<key>[a-z_]\w*):(?=[ \t])|(?P<num>-?\d+(?:\.\d+)?)(?![\w.])|(?P<open>[#%]\{|[\[{])|(?P<close>[\]}])"""
    r"""|(?P<atom>[a-z][\w@]*|'(?:[^'\\\n]|\\.)*')"""
)
_TERM_GAP = re.compile(r"[\s,]*")
_TERM_OPENING = re.compile(r"(?m)^[ \t]*(?:\{ok,[ \t]*)?[#%]\{")
_TERM_NOTHING = frozenset("undefined nil null true false none ok".split())


def _term_form(text: str, pos: int, depth: int = 0) -> tuple[Optional[_EdnNode], int]:
    """The Erlang or Elixir term at ``pos`` as an :class:`_EdnNode` (a binary or string, an atom as a word, a map
    keyed by its keys' text, a list or tuple; a date tuple {2026,11,28} or {{2026,11,28},{8,0,0}} as a "date" of its
    three numbers) and where it ends; ``None`` at a closing bracket, the text's end or past a nesting of 40."""
    pos = _TERM_GAP.match(text, pos).end()
    m = _TERM_TOKEN.match(text, pos)
    if m is None or m.lastgroup in ("close", "arrow", "key") or depth > 40:
        return None, pos
    if m.group("b") is not None or m.group("s") is not None:
        quoted = "b" if m.group("b") is not None else "s"
        return _EdnNode("string", m.start(quoted) + 1, m.end(quoted) - 1), m.end()
    if m.group("num") is not None:
        return _EdnNode("number", m.start(), m.end()), m.end()
    if m.group("atom") is not None or m.group("empty") is not None:
        kind = "nothing" if m.group("empty") or m.group("atom") in _TERM_NOTHING else "word"
        return _EdnNode(kind, m.start(), m.end()), m.end()
    opening, items, pos = m.group("open"), [], m.end()
    pairs: list[tuple[str, _EdnNode]] = []
    while True:
        pos = _TERM_GAP.match(text, pos).end()
        key = _TERM_TOKEN.match(text, pos)
        if key is not None and key.lastgroup == "key":  # Elixir's "title: …"
            value, pos = _term_form(text, key.end(), depth + 1)
            if value is None:
                break
            pairs.append((key.group("key"), value))
            continue
        item, pos = _term_form(text, pos, depth + 1)
        if item is None:
            break
        arrow = _TERM_TOKEN.match(text, _TERM_GAP.match(text, pos).end())
        if arrow is not None and arrow.lastgroup == "arrow":
            value, pos = _term_form(text, arrow.end(), depth + 1)
            if value is None:
                break
            if item.kind in ("string", "word"):
                pairs.append((text[item.start : item.end].strip("'"), value))
            continue
        items.append(item)
    close = _TERM_TOKEN.match(text, pos)
    pos = close.end() if close is not None and close.lastgroup == "close" else pos
    if pairs:
        return _EdnNode("map", m.start(), pos, pairs), pos
    if opening == "{" and len(items) == 2 and items[0].kind == "date" and items[1].kind == "list" and len(items[1].items) == 3:
        return _EdnNode("date", m.start(), pos, items[0].items), pos  # {{2026,11,28},{8,0,0}}: the date, its time left out
    if opening == "{" and len(items) == 3 and all(i.kind == "number" for i in items) and len(text[items[0].start : items[0].end]) == 4:
        return _EdnNode("date", m.start(), pos, items), pos
    return _EdnNode("list", m.start(), pos, items), pos


def _term_source(doc: Document) -> Document:
    """A posting printed as an Erlang or Elixir map in a shell (rp(Job) in erl, IEx's inspect): "#{<<\"title\">> =>
    <<\"…\">>, …}" or "%{\"title\" => \"…\"}" read as a page by :func:`_write_edn` — each key as the label a page
    writes, a date tuple as "2026-11-28", atoms as words, nothing-atoms (undefined, true, false…) left out; the
    shell's banner, prompts, commands and shorter prints ("{ok,#{…,...}}") dropped. Needs a map of four keyed values
    among the first five printed; any other text is left as it is."""
    text = doc.text
    if text.count("=>") < _MIN_EDN_PAIRS:
        return doc
    for opening in itertools.islice(_TERM_OPENING.finditer(text, 0, 20_000), 5):  # a shell's short print ("…}") first
        record = _term_form(text, opening.end() - 2)[0]
        if record is not None and record.kind == "map" and len(record.items) >= _MIN_EDN_PAIRS:
            return _keyed_record_page(doc, record)
    return doc


# ----------------------------------------------------------------------- a debugger's print of a C struct (gdb)

_GDB_PRINT = re.compile(r"^(?:\(gdb\)[ \t]+p(?:rint)?\b[^\n]*\n)?\$\d+[ \t]*=[ \t]*\{[ \t]*$", re.M)
# one member: "title = 0x5555555a7040 \"Assistant Store Manager\",", "contract = CONTRACT_PERMANENT,", "hours = 40,"
_GDB_MEMBER = re.compile(
    r'^[ \t]*(?P<key>[A-Za-z_]\w{0,60})[ \t]*=[ \t]*(?:0x[0-9a-fA-F]+[ \t]+)?(?:"(?P<s>(?:[^"\\\n]|\\.)*)"(?:\.\.\.)?'
    r"|(?P<enum>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)|(?P<num>-?\d+(?:\.\d+)?)|(?P<other>[^\n]*?))[ \t]*,?[ \t]*$", re.M)
_MIN_GDB_MEMBERS = 4


def _gdb_print(doc: Document) -> Document:
    """A record printed by gdb ("(gdb) p *rec" over "$1 = {" and "key = value," members): each member as the line a page
    writes — a string without its pointer ("title = 0x…a70 \"Baker\"" → "Title: Baker", its escapes read), an enum
    constant without its type's prefix ("SCHEDULE_FULL_TIME" → "Schedule: full time"), a number other than 0; the
    session's commands and output, null pointers, zeros and true/false left out. Needs four members; any other text
    is left as it is."""
    text = doc.text
    opening = _GDB_PRINT.search(text, 0, 20_000) if "$" in text else None
    if opening is None:
        return doc
    members = [m for m in _GDB_MEMBER.finditer(text, opening.end()) if not m.group("other")]
    if len(members) < _MIN_GDB_MEMBERS:
        return doc
    builder = TextBuilder(doc)
    for m in members:
        label = _json_key_label(m.group("key"))
        if m.group("s"):
            _write_quoted_value(builder, text, label, [m.span("s")])
        elif m.group("enum"):
            start = m.start("enum") + m.group("enum").index("_") + 1  # "SCHEDULE_FULL_TIME": its type's word goes
            builder.insert(label + ": ", start)
            builder.replace(text[start : m.end("enum")].replace("_", " ").lower(), start, m.end("enum"))
            builder.insert("\n", m.end("enum"))
        elif m.group("num") and float(m.group("num")) != 0:
            _write_line(builder, label + ": ", *m.span("num"))
    out = builder.build()
    return out if out.text.strip() else doc


# ----------------------------------------------------------------------- a record's typed members (Julia's dump, an IDE's watch window)

# one member with its type: Julia's dump ("  title: String \"Baker\"", "  hours: Int64 36") or a row of an IDE's watch window
# copied as text ("  Title\t\"Baker\"\tstring", "  PostedUtc\t{27/11/2026 09:12:44}\tSystem.DateTime"); list items ("1: …",
# "[0]") have no name and nested records ("◢ Location\t{Acme.Location}\t…") no value of their own
_TYPED_MEMBER = re.compile(
    r'^[ \t\u25e2\u25b6\u25b8\u25ba\u25be\u25bf+-]*(?P<key>[A-Za-z_]\w{0,60})(?::[ \t]+(?P<type>[A-Z]\w*(?:\.\w+)*(?:\{[^}\n]*\})?)[ \t]+|\t)'
    r'(?:"(?P<s>(?:[^"\\\n]|\\.)*)"|\{(?P<braced>[^{}\n]*\d[^{}\n]*)\}|(?P<num>-?\d+(?:\.\d+)?)|(?P<word>[A-Za-z]\w*))'
    r'(?(type)|\t[^\t\n]+)[ \t]*$', re.M)
_WATCH_HEADER = re.compile(r"^[ \t]*Name\tValue\tType[ \t]*$", re.M)
_MIN_TYPED_MEMBERS = 4


def _typed_members(doc: Document) -> Document:
    """A record listed member by member with each member's type, as Julia's ``dump`` prints it or an IDE's watch window
    copies it (under its "Name / Value / Type" header): each member as the line a page writes ("title: String
    \"Baker\"" → "Title: Baker", its escapes read; a bracketed date as its date; an enum's word; a number other than
    0); the session's commands, the types, nested records' own rows, list items and flags (true/false, but a
    workplace's) left out. Needs four members, two of them strings; any other text is left as it is."""
    text = doc.text
    if ": String " not in text and _WATCH_HEADER.search(text, 0, 5_000) is None:
        return doc
    members = list(_TYPED_MEMBER.finditer(text))
    if len(members) < _MIN_TYPED_MEMBERS or sum(1 for m in members if m.group("s") is not None) < 2:
        return doc
    builder = TextBuilder(doc)
    for m in members:
        if _WATCH_HEADER.match(text, m.start(), m.end()):
            continue
        label = _json_key_label(m.group("key"))
        if m.group("s"):
            _write_quoted_value(builder, text, label, [m.span("s")])
        elif m.group("braced"):
            _write_line(builder, label + ": ", *m.span("braced"))
        elif m.group("num") and float(m.group("num")) != 0:
            _write_line(builder, label + ": ", *m.span("num"))
        elif (word := m.group("word")) and (word.lower() not in ("true", "false", "null", "nothing", "missing") or _workplace_flag(label, word)):
            _write_line(builder, label + ": ", *m.span("word"))
    out = builder.build()
    return out if out.text.strip() else doc


# ----------------------------------------------------------------------- a Windows registry export (.reg)

_REG_HEADER = re.compile(r"\A\ufeff?[ \t]*(?:Windows Registry Editor Version \d+\.\d+|REGEDIT4)[ \t]*\r?$", re.M)
_REG_KEY = re.compile(r"^[ \t]*\[(?P<gone>-)?HKEY_[^\]\n]*\][ \t]*\r?$", re.M)
# one named value: a string ("Title"="Baker") or a DWORD ("Hours"=dword:00000028); binary and other hex types are
# a program's own settings
_REG_VALUE = re.compile(r'^[ \t]*"(?P<name>(?:[^"\\\n]|\\.){1,80})"[ \t]*=[ \t]*(?:"(?P<s>(?:[^"\\\n]|\\.)*)"|dword:(?P<dword>[0-9A-Fa-f]{8}))[ \t]*\r?$', re.M)
_MIN_REG_VALUES = 4


# a data key's short stem for a list written key by key ("Req01", "pref_2")
_LIST_KEY_STEMS = {"req": "Requirements", "reqs": "Requirements", "pref": "Preferred", "resp": "Responsibilities", "qual": "Qualifications"}


def _numbered_run_heading(stem: str) -> str:
    """The heading a page writes over a list written key by key ("Duty01", "Duty02" → "Duties"): the stem's label,
    or its plural or its spelled-out form when that is a heading the sections know."""
    label = _json_key_label(stem) or "Items"
    for heading in (_LIST_KEY_STEMS.get(stem.lower()), label, label + "s", label[:-1] + "ies"):
        if heading and norm_heading(heading) in heading_vocab().phrases:
            return heading
    return label


def _reg_export(doc: Document) -> Document:
    """A posting kept in the Windows registry and exported as a .reg file (a kiosk's or a desktop tool's settings):
    of its keys, the one with the most named values is read as a page — each value under the label a page writes
    ("EmploymentType" → "Employment type: Part-time"), a DWORD as its decimal number (standing at its hex digits), a
    run of numbered values ("Duty01", "Duty02") as "- " items under a heading (:func:`_numbered_run_heading`); the header, comments, key paths, deleted keys and the
    other keys left out. Needs the export's header line and a key of four values; any other text is left as it is."""
    text = doc.text
    if _REG_HEADER.match(text) is None:
        return doc
    keys = list(_REG_KEY.finditer(text))
    spans = [(m.end(), keys[i + 1].start() if i + 1 < len(keys) else len(text)) for i, m in enumerate(keys) if not m.group("gone")]
    values = max(([*_REG_VALUE.finditer(text, a, b)] for a, b in spans), key=len, default=[])
    if len(values) < _MIN_REG_VALUES:
        return doc
    builder = TextBuilder(doc)
    run = None
    for m in values:
        name = m.group("name")
        if _TOML_NUMBERED_KEY.fullmatch(name) and m.group("s") is not None:
            if (stem := name.rstrip("0123456789_-")) != run:
                run = stem
                builder.insert("\n" + _numbered_run_heading(stem) + "\n", m.start("s"))
            builder.insert("- ", m.start("s"))
            _repr_string(builder, text, m.start("s"), m.end("s"))
            builder.insert("\n", m.end("s"))
        elif m.group("s"):
            _write_quoted_value(builder, text, _json_key_label(name), [m.span("s")])
        elif m.group("dword") is not None:
            builder.insert(_json_key_label(name) + ": ", m.start("dword"))
            builder.replace(str(int(m.group("dword"), 16)), m.start("dword"), m.end("dword"))
            builder.insert("\n", m.end("dword"))
    return builder.build()


# ----------------------------------------------------------------------- a BibTeX entry

_BIBTEX_ENTRY = re.compile(r"(?m)^[ \t]*@(?P<type>[A-Za-z]{2,20})[ \t]*\{[ \t]*[^,\s{}]{1,80}[ \t]*,[ \t]*$")
_BIBTEX_FIELD = re.compile(r"\s*(?P<name>[A-Za-z][\w-]{0,40})[ \t]*=[ \t]*(?:(?P<open>[{\"])|(?P<bare>[\w.-]+))")
_BIBTEX_COMMENT = re.compile(r"(?m)^[ \t]*%[^\n]*\n?")
_BIBTEX_COMMA = re.compile(r"[ \t]*,?")  # after a field's value
_BIBTEX_CLOSE = re.compile(r"\s*\}")  # the entry's closing brace
_MIN_BIBTEX_FIELDS = 4


def _bibtex_source(doc: Document) -> Document:
    """A posting kept as a BibTeX entry (a lab's list of positions rendered by a site generator: "@misc{key," over
    "title = {…}," fields) read as a page: each field as "Title: …" (a value of several lines under its name as a
    heading), its braces and quotes, the entry's head and the "%" comment lines left out, the LaTeX inside the
    values read (:func:`_read_latex`: "\\$32--\\$36" as "$32–$36"). Needs four fields; any other text is left as it is."""
    text = doc.text
    entry = _BIBTEX_ENTRY.search(text, 0, 20_000)
    if entry is None:
        return doc
    edits: list[Edit] = [(m.start(), m.end(), "") for m in _BIBTEX_COMMENT.finditer(text, 0, entry.start())]
    edits.append((entry.start(), entry.end(), ""))
    pos, fields = entry.end(), 0
    while (field := _BIBTEX_FIELD.match(text, pos)) is not None:
        label = _json_key_label(field.group("name"))
        if field.group("bare") is not None:
            edits.append((field.start("name"), field.start("bare"), label + ": "))
            end = field.end()
        else:
            close, depth, end = "}" if field.group("open") == "{" else '"', 0, field.end()
            while end < len(text) and not (text[end] == close and depth == 0):
                if text[end] == "{" or text[end] == "}" and depth > 0:
                    depth += 1 if text[end] == "{" else -1
                    edits.append((end, end + 1, ""))  # a brace inside the value ("{{Kowalczyk Lab}}")
                end += 1
            value_start = field.end()
            multiline = "\n" in text[value_start:end].strip()
            edits.append((field.start("name"), value_start, label + (":\n" if multiline else ": ")))
            edits.append((end, end + 1, ""))
            end += 1
        comma = _BIBTEX_COMMA.match(text, end)
        edits.append((end, comma.end(), ""))
        pos, fields = comma.end(), fields + 1
    if fields < _MIN_BIBTEX_FIELDS:
        return doc
    close = _BIBTEX_CLOSE.match(text, pos)
    if close is not None:
        edits.append((close.end() - 1, close.end(), ""))
    page = _apply(doc, edits)
    return _read_latex(page, 0, len(page.text)) if "\\" in page.text or "--" in page.text else page


# ----------------------------------------------------------------------- a TaskPaper list (an outliner's to-dos)

_TASKPAPER_TAG = r"@[A-Za-z][\w-]{0,30}(?:\([^()\n]{0,60}\))?"
# a task carrying tags ("- Post the ad on Indeed @done(2026-11-28)"), a project's tags ("Harvest Lead: @project(hiring)")
_TASKPAPER_TASK = re.compile(rf"(?m)^[ \t]*-[ \t][^\n]*?(?:[ \t]{_TASKPAPER_TAG})+[ \t]*(?:\n|\Z)")
_TASKPAPER_PROJECT_TAGS = re.compile(rf"(?m)(?<=:)(?:[ \t]+{_TASKPAPER_TAG})+[ \t]*$")
_MIN_TASKPAPER_TAGS = 3


def _taskpaper_source(doc: Document) -> Document:
    """A TaskPaper list (projects as "Name:" lines, tasks as "- " lines, "@done(2026-11-28)" tags) holding a posting
    between its to-dos: the tagged tasks (the hiring's own to-dos: "- Post ad on Indeed @done(…)") go, and a project
    line loses its tags, so the posting's text reads as a page. Needs three tags on task or project lines; untagged
    lines (the advert's own "- " items) and any other text are left as they are."""
    text = doc.text
    if "@" not in text:
        return doc
    tasks = list(_TASKPAPER_TASK.finditer(text))
    projects = list(_TASKPAPER_PROJECT_TAGS.finditer(text))
    if len(tasks) + len(projects) < _MIN_TASKPAPER_TAGS or not projects:
        return doc
    return _apply(doc, [(m.start(), m.end(), "") for m in tasks + projects])


# ----------------------------------------------------------------------- a Swift dump() (a debugger's print)

# a line of Swift's dump(): "▿ employer: Kit.Employer" (a value with children), "  - title: \"Baker\"" (a leaf),
# "    - \"Pick orders\"" (an array's item); the marks ▿ (open) and ▹ (folded) open a node with children
_SWIFT_LINE = re.compile(r"(?m)^(?P<indent>[ \t]*)(?P<mark>[▿▹-])[ \t](?:(?P<key>[A-Za-z_]\w{0,60}):[ \t])?(?P<value>[^\n]*?)[ \t]*$")
_SWIFT_DATE = re.compile(r"(?:Optional\()?(?P<date>\d{4}-\d\d-\d\d(?:[ T][\d:]{5,8})?)")
_SWIFT_NOTHING = frozenset(("nil", "true", "false"))
_MIN_SWIFT_LINES = 6


def _swift_node(lines: list[re.Match], at: int) -> tuple[_EdnNode, int]:
    """The dump() node whose line is ``lines[at]`` as an :class:`_EdnNode` (a quoted leaf as a string, a number or an
    enum case as a word — "Kit.WorkType.partTime" as its case —, nil and booleans as nothing, a date with its
    children (its seconds since 2001) as the date's text, "Optional(…)" with its "some" child as that child, keyed
    children as a map, unkeyed ones as a list) and the index of the first line after it."""
    line = lines[at]
    depth = len(line.group("indent"))
    end = at + 1
    while end < len(lines) and len(lines[end].group("indent")) > depth:
        end += 1
    vs, ve = line.span("value")
    value = line.group("value")
    date = _SWIFT_DATE.match(value)
    if date is not None:
        return _EdnNode("word", vs + date.start("date"), vs + date.end("date")), end
    if end > at + 1:  # children
        kids, i = [], at + 1
        while i < end:
            child, after = _swift_node(lines, i)
            kids.append((lines[i], child))
            i = after
        keyed = [(m.group("key"), node) for m, node in kids if m.group("key")]
        if len(keyed) == 1 and keyed[0][0] == "some":
            return keyed[0][1], end
        if keyed:
            return _EdnNode("map", vs, ve, keyed), end
        return _EdnNode("list", vs, ve, [node for _, node in kids]), end
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return _EdnNode("string", vs + 1, ve - 1), end
    if value in _SWIFT_NOTHING or not value:
        return _EdnNode("nothing", vs, ve), end
    case = value.rsplit(".", 1)[-1] if not _R_NUMBER.fullmatch(value) else value
    return _EdnNode("word", ve - len(case), ve), end


def _swift_dump_source(doc: Document) -> Document:
    """A posting printed by Swift's dump() in a debugger ("(lldb) po dump(listing)"): "▿ Kit.JobListing" over
    "- title: \"…\"" leaves and "▿ employer: Kit.Employer" nodes, read as a page by :func:`_write_edn` — each key as
    the label a page writes ("hoursPerWeek" → "Hours per week"), an enum case as its words ("partTime" → "part
    Time"); the debugger's prompt and the types' names left out. Needs six dump lines, one of them a ▿ node; any
    other text is left as it is."""
    text = doc.text
    if "▿" not in text:
        return doc
    lines = list(_SWIFT_LINE.finditer(text))
    if len(lines) < _MIN_SWIFT_LINES:
        return doc
    builder = TextBuilder(doc)
    at = 0
    while at < len(lines):
        if lines[at].group("key") is not None:
            at += 1
            continue  # a keyed line outside any root record (a stray "- note: …"): left out
        node, at = _swift_node(lines, at)
        if node.kind == "map":
            _write_keyed_values(builder, text, node.items)
    out = builder.build()
    return out if out.text.strip() else doc


# ----------------------------------------------------------------------- an R session (str() and printed values)

# a line of str()'s listing: " $ title        : chr \"Teacher of Mathematics\"", "  ..$ suburb  : chr \"Waggrakine\"", " $ fte : num 0.8"
_R_STR_LINE = re.compile(r"[ \t]{0,4}(?P<depth>(?:\.\.)*)\$[ \t](?P<key>[\w.]{1,40})[ \t]*:(?P<rest>[^\n]*)")
_R_STR_SCALAR = re.compile(r"""[ \t]*(?:(?P<chr>chr|Factor\w*)[ \t]+(?P<q>")(?P<v>(?:[^"\\\n]|\\.)*)"|(?:num|int|dbl)[ \t]+(?P<n>-?\d+(?:\.\d+)?))[ \t]*""")
_R_NESTED = re.compile(r"[ \t]*(?:List[ \t]+of[ \t]+\d+|'data\.frame':)")
# a command at the prompt: a field read by "$" or "[[…]]" (printed), text written out by cat(), or str() itself
_R_ACCESSOR = re.compile(r"""[ \t]*(?:print\()?[\w.]+(?:\$(?P<k>[\w.]+)|\[\[["'](?P<k2>[\w.]+)["']\]\])\)?[ \t]*""")
_R_WRITER = re.compile(r"[ \t]*(?:cat|writeLines|message)\(")
_R_INDEXED = re.compile(r"[ \t]*\[\d{1,4}\][ \t]")
_R_SUBKEY = re.compile(r"\$(?P<k>[\w.]{1,40})[ \t]*")
_R_VECTOR = re.compile(r"[ \t]*chr[ \t]+\[1:\d{1,4}\][ \t]")
_R_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?")
_MIN_R_VALUES = 4


def _write_r_group(builder: TextBuilder, text: str, label: str, parts: list[tuple[str, int, int]]) -> None:
    """A printed R list's named values (``parts``: each key with its value's span) under ``label``: a place list as one
    place line, a range list as one pay line, any other as its own "Key: value" lines."""
    keys = [k.replace(".", "_") for k, _, _ in parts]
    if keys and set(keys) <= _PLACE_KEYS:
        _write_place(builder, label, [(k, a, text[a:b]) for k, (_, a, b) in zip(keys, parts)])
    elif _range_record(keys):
        _write_range(builder, text, label, {k: (a, b) for k, (_, a, b) in zip(keys, parts)}, parts[0][1], parts[-1][2])
    else:
        for k, a, b in parts:
            _write_line(builder, _json_key_label(k.replace(".", "_")) + ": ", a, b)


def _r_session_source(doc: Document) -> Document:
    """A posting read into an R session and printed (str()'s listing, fields printed by "job$duties", text written by
    cat()) read as a page: str()'s "$ key : chr \"…\"" lines as "Key: …" (a truncated or many-valued field left to
    its full print below, a nested list's place or pay parts as one line), a printed field's "[1] \"…\"" values as
    "Key: …" or as a heading over "- " items, cat()'s text as it is; the prompt's commands and other output left
    out. Needs four such values; any other text is left as it is."""
    text = doc.text
    if len(re.findall(r"(?m)^[ \t]?(?:\.\.)*\$[ \t][\w.]{1,40}[ \t]*:[ \t]*(?:chr|num|int|logi|List|'data)", text[:40_000])) \
            + len(re.findall(r"(?m)^>[ \t]*[\w.]+\$[\w.]+[ \t]*$", text[:40_000])) < _MIN_R_VALUES:
        return doc
    builder = TextBuilder(doc)
    mode, label = None, ""
    values: list[tuple[int, int]] = []  # a printed field's values
    group: list[tuple[str, int, int]] = []  # a nested list's named values
    group_label = ""
    vectors: dict[str, list[tuple[int, int]]] = {}  # str()'s many-valued fields: their whole values
    printed: set[str] = set()  # the fields printed in full by a command

    def flush() -> None:
        nonlocal values, group
        if group:
            _write_r_group(builder, text, group_label, group)
        if len(values) == 1:
            _write_quoted_value(builder, text, label, values)
        elif values:
            builder.insert("\n" + label + "\n", values[0][0])
            for a, b in values:
                builder.insert("- ", a)
                _repr_string(builder, text, a, b)
                builder.insert("\n", b)
        values, group = [], []

    line_start = 0
    for line in text.splitlines(keepends=True):
        s, e = line_start, line_start + len(line.rstrip("\r\n"))
        line_start += len(line)
        if text.startswith(">", s) or (mode is not None and text.startswith("+ ", s)):
            flush()
            accessor = _R_ACCESSOR.fullmatch(text, s + 1, e)
            if accessor is not None:
                printed.add(accessor.group("k") or accessor.group("k2"))
                mode, label = "value", _json_key_label((accessor.group("k") or accessor.group("k2")).replace(".", "_"))
                group_label = label
            else:
                mode = "text" if _R_WRITER.match(text, s + 1, e) else "str" if re.match(r"[ \t]*str\(", text[s + 1 : e]) else "skip"
            continue
        if mode is None or mode == "text":
            builder.copy(s, line_start)
        elif mode == "str":
            m = _R_STR_LINE.fullmatch(text, s, e)
            if m is None:
                continue
            key, depth = m.group("key"), len(m.group("depth")) // 2
            if depth == 0:
                flush()
            if depth == 0 and _R_NESTED.match(m.group("rest")):
                group_label = _json_key_label(key.replace(".", "_"))
                continue
            scalar = _R_STR_SCALAR.fullmatch(text, m.start("rest"), m.end("rest"))
            vector = _R_VECTOR.match(text, m.start("rest"), m.end("rest")) if scalar is None and depth == 0 else None
            if vector is not None:  # "chr [1:4] \"…\" \"…\" …": its whole values, unless printed in full below
                vectors[key] = [(v.start() + 1, v.end() - 1) for v in _REPR_STRING.finditer(text, vector.end(), e)
                                if not text.startswith("| __truncated__", v.end())]
            if scalar is None:
                continue  # "chr \"…\"| __truncated__", "logi TRUE": printed in full below, or nothing
            span = scalar.span("v") if scalar.group("q") else scalar.span("n")
            if depth > 0:
                group.append((key, *span))
            elif scalar.group("q"):
                _write_quoted_value(builder, text, _json_key_label(key.replace(".", "_")), [span])
            else:
                _write_line(builder, _json_key_label(key.replace(".", "_")) + ": ", *span)
        elif mode == "value":
            sub = _R_SUBKEY.fullmatch(text, s, e)
            if sub is not None:
                group.append((sub.group("k"), -1, -1))  # "$min": its value on the "[1] …" line below
                continue
            indexed = _R_INDEXED.match(text, s, e)
            if indexed is None:
                continue
            strings = [(m.start() + 1, m.end() - 1) for m in _REPR_STRING.finditer(text, indexed.end(), e)]
            if not strings and (number := _R_NUMBER.match(text, indexed.end(), e)) is not None:
                strings = [number.span()]
            if group and group[-1][1] < 0 and strings:
                group[-1] = (group[-1][0], *strings[0])
            elif not group:
                values.extend(strings)
    flush()
    for key, items in vectors.items():
        if key not in printed and items:
            label, values = _json_key_label(key.replace(".", "_")), items
            flush()
    out = builder.build()
    return out if out.text.strip() else doc


# ----------------------------------------------------------------------- a MATLAB session (struct display)

_MATLAB_FIELD = re.compile(r"[ \t]*(?P<key>[A-Za-z]\w{0,40}):[ \t]+(?:'(?P<v>[^\n]*)'|(?P<n>-?\d+(?:\.\d+)?))[ \t]*")
_MATLAB_CELL = re.compile(r"[ \t]*\{'(?P<v>[^\n]*)'[ \t]*\}[ \t]*")
_MATLAB_SCALAR = re.compile(r"[ \t]*(?:'(?P<v>[^\n]*)'|(?P<n>-?\d+(?:\.\d+)?))[ \t]*")
_MATLAB_ACCESSOR = re.compile(r"[ \t]*[A-Za-z]\w*\.(?P<k>[A-Za-z]\w{0,40})[ \t]*;?[ \t]*")
_MATLAB_SIZE = re.compile(r"\d+[×x]\d+[ \t]+\w+")
_MATLAB_WRITER = re.compile(r"[ \t]*(?:disp|fprintf|display)\(")
_MIN_MATLAB_FIELDS = 4


def _matlab_session_source(doc: Document) -> Document:
    """A posting read into MATLAB and displayed (">> job = jsondecode(…)", its "struct with fields:" listing, fields
    displayed by ">> job.tasks", text by disp()) read as a page: each "key: 'value'" or "key: 2100" field as "Key: …"
    (a nested struct's place fields as one place line), a displayed field's value as "Key: …", its cell array as a
    heading over "- " items, disp()'s text as it is; the prompt's commands, "ans =" lines and sizes ("[1×1 struct]",
    "{6×1 cell}") left out. Needs a struct listing and four fields; any other text is left as it is."""
    text = doc.text
    if "struct with fields:" not in text[:40_000] or len(re.findall(r"(?m)^[ \t]*[A-Za-z]\w{0,40}:[ \t]+'", text[:40_000])) < _MIN_MATLAB_FIELDS:
        return doc
    builder = TextBuilder(doc)
    mode, label = "skip", ""
    group: list[tuple[str, int, int]] = []
    items: list[tuple[int, int]] = []

    def flush() -> None:
        nonlocal group, items
        place = [(k.lower(), a, text[a:b]) for k, a, b in group if k.lower() in _PLACE_KEYS]
        if len(place) >= 2:
            _write_place(builder, label, place)  # a place struct's parts as one line, its other fields on their own
        for k, a, b in group:
            if len(place) < 2 or k.lower() not in _PLACE_KEYS:
                _write_line(builder, _json_key_label(k) + ": ", a, b)
        if items:
            builder.insert("\n" + label + "\n", items[0][0])
            for a, b in items:
                _write_line(builder, "- ", a, b)
        group, items = [], []

    line_start = 0
    for line in text.splitlines(keepends=True):
        s, e = line_start, line_start + len(line.rstrip("\r\n"))
        line_start += len(line)
        if text.startswith(">>", s):
            flush()
            command = text[s + 2 : e]
            accessor = _MATLAB_ACCESSOR.fullmatch(command)
            if accessor is not None:
                mode, label = "value", _json_key_label(accessor.group("k"))
            else:
                mode = "text" if _MATLAB_WRITER.match(command) else "fields" if "=" in command else "skip"
                label = ""
            continue
        if mode == "text":
            builder.copy(s, line_start)
            continue
        field = _MATLAB_FIELD.fullmatch(text, s, e)
        cell = _MATLAB_CELL.fullmatch(text, s, e) if field is None else None
        scalar = _MATLAB_SCALAR.fullmatch(text, s, e) if field is None and cell is None and mode == "value" else None
        if field is not None and field.group("v") is not None and _MATLAB_SIZE.fullmatch(field.group("v")):
            continue  # "description: '1×478 char'": a long value's size, displayed in full below
        if field is not None and mode in ("fields", "value"):
            span = field.span("v") if field.group("v") is not None else field.span("n")
            if mode == "value":
                group.append((field.group("key"), *span))  # a nested struct's field, under the displayed field's name
            elif field.group("v") is not None:
                _write_line(builder, _json_key_label(field.group("key")) + ": ", *span)
            elif not _DEBUG_ROW_ID.fullmatch(field.group("key").lower()):
                _write_line(builder, _json_key_label(field.group("key")) + ": ", *span)
        elif cell is not None and mode == "value":
            items.append(cell.span("v"))
        elif scalar is not None and label:
            _write_line(builder, label + ": ", *(scalar.span("v") if scalar.group("v") is not None else scalar.span("n")))
    flush()
    out = builder.build()
    return out if out.text.strip() else doc


# a pg_dump's data block: "COPY public.job_ads (id, title, …) FROM stdin;" over its rows, one per line, cells apart by
# tabs, "\N" a null, closed by a line "\."
_PG_COPY = re.compile(r"^COPY [\w.\"]+ \((?P<cols>[^)\n]{1,2000})\) FROM stdin;\n(?P<rows>(?:[^\n]*\n)*?)\\\.$", re.M)
_LINE = re.compile(r"[^\n]+")


def _pg_copy_source(doc: Document) -> Document:
    """A posting in a database dump's COPY block (pg_dump's plain format): the first row not marked unshown
    (a cell "archived", "draft", "closed" …) written as a careers page shows it, each column's name as the label over
    its cell ("Employer: …"), a text with escaped line breaks under its name as a heading, its escapes read; nulls
    ("\\N") and the row's own id left out, the dump's statements and other rows dropped. Any other text is left as it is."""
    text = doc.text
    block = _PG_COPY.search(text) if "FROM stdin;" in text else None
    if block is None:
        return doc
    names = [c.strip().strip('"') for c in block.group("cols").split(",")]
    rows = [m for m in _LINE.finditer(text, block.start("rows"), block.end("rows"))
            if m.group().count("\t") == len(names) - 1]
    if not rows:
        return doc
    row = next((m for m in rows if not any(_UNSHOWN_STATUS.fullmatch(c) for c in m.group().split("\t"))), rows[0])
    builder = TextBuilder(doc)
    cell = row.start()
    for name, value in zip(names, row.group().split("\t")):
        start, end = cell, cell + len(value)
        cell = end + 1
        if value in ("\\N", "") or _DEBUG_ROW_ID.fullmatch(name.lower()):
            continue
        _write_quoted_value(builder, text, _json_key_label(name), [(start, end)])
    out = builder.build()
    return out if out.text.strip() else doc


# a classified page's other ads around the posting, each a paragraph of its own: "FOR SALE — Yamaha generator, $650 ono.",
# "TO LET: 2-bedroom flat, Al Mouj, OMR 450 per month", "FOR RENT: Shop in Farwaniya, KD 700."
_OTHER_CLASSIFIED = re.compile(r"(?:\A|(?<=\n\n)|(?<=[-=_*]{3}\n))[ \t]*(?i:for[ \t]+sale|for[ \t]+rent|to[ \t]+let|to[ \t]+rent|wanted[ \t]+to[ \t]+buy|tender(?:[ \t]+notice)?|invitation[ \t]+(?:to|for)[ \t]+(?:bids?|tenders?)|(?:public[ \t]+)?auction)[ \t]*[:—–-][^\n]{0,300}(?:\n|\Z)")


def _other_classifieds(doc: Document) -> Document:
    """A classified page's other ads (things for sale or to let, each a paragraph of one line): left out, so that their
    places and prices are not read as the job's. Any other text is left as it is."""
    text = doc.text
    if "\n\n" not in text:
        return doc
    return _apply(doc, [(m.start(), m.end(), "") for m in _OTHER_CLASSIFIED.finditer(text)])


# a rule line between a page's ads: "-----", "=====", "*****"
_AD_RULE = re.compile(r"^[ \t]*([-=*_~])\1{9,}[ \t]*$", re.M)
# a short ad of its own: a heading in capitals, and its own posting date or a number or address to answer it at
_AD_POSTED = re.compile(r"(?im)^[ \t]*(?:posted|date[ \t]posted|published)[ \t]*:")
_AD_CONTACT = re.compile(r"(?i)(?:call|tel|phone|whatsapp|text|contact)[ \t.:]{0,3}\+?\d[\d \t-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.]+")
_AD_HEADING = re.compile(r"[ \t]*[A-Z][A-Z0-9 &/,'’()-]{3,60}\n")
_MIN_AD_SHARE = 3  # the posting is three times as long as any other ad on the page
_MAX_SHORT_AD = 500


def _ads_between_rules(doc: Document) -> Document:
    """A classifieds page whose ads stand between rule lines ("-----"), one of them the posting, three times as long as
    any other: the other ads left out when each reads as an ad of its own (a heading in capitals, and its own "Posted:"
    line or a number or address to answer it at), so that their titles, dates and places are not the job's. The
    page's header and footer outside the rules, and any other text, are left as they are."""
    text = doc.text
    rules = list(_AD_RULE.finditer(text))
    if len(rules) < 3:
        return doc
    ads = [(a.end() + 1, b.start()) for a, b in zip(rules, rules[1:])]
    sizes = sorted((len(text[a:b].strip()) for a, b in ads), reverse=True)
    if sizes[0] < _MIN_AD_SHARE * sizes[1]:
        return doc
    others = [(a, b) for a, b in ads if len(text[a:b].strip()) < sizes[0]]
    if not all(len(text[a:b].strip()) <= _MAX_SHORT_AD and _AD_HEADING.match(text[a:b].lstrip("\n")) and (_AD_POSTED.search(text, a, b) or _AD_CONTACT.search(text, a, b))
               for a, b in others):
        return doc
    return _apply(doc, [(a, b, "") for a, b in others])


# a word an OCR engine read with "1" for "l" ("app1ications", "Municipa1ity", "wi11", "Te1:", "C1osing"): letters and the
# digit one, no other figure, not opening with the digit
_OCR_ONE_WORD = re.compile(r"(?<![\w@./-])[A-Za-z][A-Za-z1]*1[A-Za-z1]*(?![\w-])")
_MIN_OCR_ONES = 5


def _ocr_misread(word: str) -> bool:
    """Whether ``word`` (letters and ones) reads as a word with "l" misread: two lower-case letters, or a capital and one
    ("Te1"); "B1", "H1B" and "A1" are codes."""
    lower = sum(c.islower() for c in word)
    return lower >= 2 or lower == 1 and word[0].isupper() and len(word) >= 3


def _ocr_one_for_l(doc: Document) -> Document:
    """A scan's text in which the OCR engine read the letter "l" as the digit "1" in five words or more
    ("app1ications", "C1osing date", "Te1:"): the letter written back in each such word, so labels and words read again.
    A text with fewer such words (a product code "Ax1", a level "B1") is left as it is."""
    text = doc.text
    if "1" not in text:
        return doc
    words = [m for m in _OCR_ONE_WORD.finditer(text) if _ocr_misread(m.group())]
    if len(words) < _MIN_OCR_ONES:
        return doc
    return _apply(doc, [(m.start() + i, m.start() + i + 1, "l") for m in words for i, c in enumerate(m.group()) if c == "1"])


# a File-AID (or similar mainframe) formatted print of one record: "LVL NAME PICTURE NUM START END LEN value" rows
_FILE_AID_ROW = re.compile(
    r"^[ \t]*\d{1,2}[ \t]+(?P<name>[A-Z][A-Z0-9-]*(?:[ \t]\(\d{1,3}\))?)[ \t]+(?P<pic>GROUP|[XA9SV](?:\(\d{1,4}\))?(?:V9(?:\(\d{1,2}\))?)?)"
    r"[ \t]+\d{1,4}[ \t]+\d{1,6}[ \t]+\d{1,6}[ \t]+\d{1,6}(?:[ \t](?P<value>[^\n]*))?$",
    re.M,
)
_MIN_FILE_AID_ROWS = 6
# a record's compact date, yyyymmdd ("20261203"); the date rules read it after a posting label too
COMPACT_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


def _file_aid_print(doc: Document) -> Document:
    """A mainframe utility's formatted print of one record (File-AID's "LVL NAME PICTURE NUM START END LEN" rows): each
    field as "Name: value" (a yyyymmdd date in a DATE field written as its ISO date), the lines of a repeated text
    field ("AD-LINE (1)", "AD-LINE (2)" …) as the text's own lines, group headers, the print's page headers and control
    cards left out. Needs six such rows; any other text is left as it is."""
    text = doc.text
    if "PICTURE" not in text:
        return doc
    rows = list(_FILE_AID_ROW.finditer(text))
    if len(rows) < _MIN_FILE_AID_ROWS:
        return doc
    builder = TextBuilder(doc)
    for m in rows:
        value = (m.group("value") or "").strip()
        if m.group("pic") == "GROUP" or not value:
            continue
        a = m.start("value") + len(m.group("value")) - len(m.group("value").lstrip())
        b = a + len(value)
        if "(" in m.group("name"):  # one line of a repeated text field: the text's own line
            _write_line(builder, "", a, b)
            continue
        label = _key_label(m.group("name").split()[0].lower())
        date = COMPACT_DATE.fullmatch(value) if "DATE" in m.group("name") else None
        if date is not None:
            builder.insert(label + ": ", a)
            builder.replace(f"{date.group('y')}-{date.group('m')}-{date.group('d')}", a, b)
            builder.insert("\n", b)
        else:
            _write_line(builder, label + ": ", a, b)
    out = builder.build()
    return out if out.text.strip() else doc


# an IBM i (AS/400) "Display Spooled File" screen: its title, the File/Control/Find prompts, the column ruler, the
# function-key line and "Bottom"/"More..." marks; a report's own header line (program name … RUN DATE … PAGE n)
_SPOOLED_SCREEN = re.compile(r"\A[ \t]*Display Spooled File[ \t]*\n")
_SPOOLED_CHROME = re.compile(
    r"^[ \t]*(?:Display Spooled File|(?:File|Control|Find)[ \t]*(?:\.[ \t]?){2,}[^\n]*|\*\.\.\.\+[^\n]*|F3=Exit[^\n]*|(?:Bottom|More\.\.\.)"
    r"|\*{3}[ \t]*END OF REPORT[ \t]*\*{3})[ \t]*(?:\n|\Z)",
    re.M,
)
_REPORT_HEAD_PROGRAM = re.compile(r"^([ \t]*)([A-Z][A-Z0-9]{3,9}[ \t]{2,})(?=\S)", re.M)
_REPORT_HEAD_TAIL = re.compile(r"[ \t]{2,}(?:RUN[ \t]+DATE|DATE|TIME)[ \t]+[\d/:.-]+(?:[ \t]+PAGE[ \t]+\d+)?[ \t]*$", re.M)


def _spooled_file_screen(doc: Document) -> Document:
    """A report shown on an IBM i "Display Spooled File" screen: the screen's own lines (its title, the File, Control
    and Find prompts, the column ruler, the function keys, "Bottom"), the report's program name opening its header
    line and the run date, time and page number closing it, and the end-of-report mark left out; the report itself
    kept. Any other text is left as it is."""
    text = doc.text
    if not _SPOOLED_SCREEN.match(text):
        return doc
    edits: list[Edit] = [(m.start(), m.end(), "") for m in _SPOOLED_CHROME.finditer(text)]
    head_end = min(len(text), 2000)
    for m in _REPORT_HEAD_PROGRAM.finditer(text, 0, head_end):
        line_end = text.find("\n", m.end())
        if _REPORT_HEAD_TAIL.search(text, m.end(), len(text) if line_end < 0 else line_end):
            edits.append((m.start(2), m.end(2), ""))  # the program's name opening a header line that closes on its run date
    edits += [(m.start(), m.end(), "") for m in _REPORT_HEAD_TAIL.finditer(text, 0, head_end)]
    return _apply(doc, edits)


# a PmWiki page file (wiki.d/Group.Page): "version=pmwiki-…" among its "key=value" lines, the page in "text=", its line
# breaks and per cents written "%0a" and "%25" (and "<" as "%3c")
_PMWIKI_FILE = re.compile(r"\A(?:[^\n]*\n){0,3}?version=pmwiki-")
_PMWIKI_TEXT = re.compile(r"^text=(?P<t>[^\n]*)$", re.M)
_PMWIKI_ESCAPE = re.compile(r"%(?:0a|25|3c)", re.I)
_PMWIKI_ESCAPED = {"%0a": "\n", "%25": "%", "%3c": "<"}
_PMWIKI_MARKUP = re.compile(
    r"\(:title[ \t]+(?P<title>[^\n]*?):\)"  # the page's title directive: its text
    r"|\(:cellnr:\)[ \t]*(?:'{2,3})?(?P<label>[^\n']{1,60}?)(?:'{2,3})?[ \t]*\n\(:cell:\)"  # a table's label cell over its value cell
    r"|\[\[(?:[^|\]\n]*\|[ \t]*)?(?P<link>[^\]\n]*)\]\]"  # a link: its text
    r"|(?P<drop>\(:[^\n]*?:\)[ \t]*\n?|^!{1,6}[ \t]*|^->[ \t]*|%[a-z]+%[ \t]*(?:Attach:[^\s]+)?[ \t]*\n?|'{2,3})",  # directives, marks, quotes
    re.M,
)


def _pmwiki_source(doc: Document) -> Document:
    """A PmWiki page file as the page reads: its "text=" value with "%0a" as a line break (and "%25", "%3c" as "%",
    "<"), the title directive as the first line, a table's bold label cell over its value cell as "Label: value",
    "!!" heading marks, bold and italic quotes, other directives and "[[target | text]]" links' targets gone; the file's
    other lines (author, host, diffs) left out. Any other text is left as it is."""
    text = doc.text
    if not _PMWIKI_FILE.match(text):
        return doc
    body = _PMWIKI_TEXT.search(text)
    if body is None:
        return doc
    builder = TextBuilder(doc)
    _copy_escaped(builder, text, body.start("t"), body.end("t"), _PMWIKI_ESCAPE, lambda e: _PMWIKI_ESCAPED[e.group().lower()])
    page = builder.build()
    edits: list[Edit] = []
    for m in _PMWIKI_MARKUP.finditer(page.text):
        for group in ("title", "link"):
            if m.group(group) is not None:
                edits.append((m.start(), m.start(group), ""))
                edits.append((m.end(group), m.end(), "\n" if group == "title" else ""))
                break
        else:
            if m.group("label") is not None:
                edits.append((m.start(), m.start("label"), ""))
                edits.append((m.end("label"), m.end(), ": "))
            else:
                edits.append((m.start(), m.end(), ""))
    return _apply(page, edits)


# a TiddlyWiki tiddler file (.tid): "field: value" lines, a blank line, the text in its wikitext
_TIDDLER_HEAD = re.compile(r"\A(?:[a-z][\w.$:/-]{0,40}:[^\n]*\n){2,30}?type:[ \t]*text/(?:vnd\.tiddlywiki|x-tiddlywiki)[ \t]*\n(?:[a-z][\w.$:/-]{0,40}:[^\n]*\n){0,30}")
_TIDDLER_TITLE = re.compile(r"^title:[ \t]*(?:[^\n/]*/)*(?P<t>[^\n/]+?)[ \t]*$", re.M)
_TIDDLER_MARKUP = re.compile(
    r"^\|!(?P<label>[^|\n]{1,60}?)[ \t]*\|[ \t]*(?P<value>[^|\n]*?)[ \t]*\|[ \t]*$"  # a table row with a header cell first
    r"|\[\[(?P<link>[^|\]\n]*?)(?:\|[^\]\n]*)?\]\]"  # a link: its text ("[[text|target]]", "[[Target]]")
    r"|(?P<drop>^<<[^\n]*>>[ \t]*\n?|^!{1,6}[ \t]*|(?<!:)//|'')",  # macros, heading marks, italic and bold marks
    re.M,
)


def _tiddlywiki_source(doc: Document) -> Document:
    """A TiddlyWiki tiddler file (.tid) as the page shows it: its fields (created, modifier, tags …) left out but the
    title (the last part of a "Jobs/…" path) as the first line, a "|!Label |value |" row as "Label: value", links as
    their text, macros, heading marks and italic and bold marks gone. Any other text is left as it is."""
    text = doc.text
    head = _TIDDLER_HEAD.match(text) if "tiddlywiki" in text[:3000] else None
    if head is None:
        return doc
    title = _TIDDLER_TITLE.search(text, 0, head.end())
    edits: list[Edit] = [(0, head.end(), "")]
    if title is not None:
        edits = [(0, title.start("t"), ""), (title.end("t"), head.end(), "\n")]
    for m in _TIDDLER_MARKUP.finditer(text, head.end()):
        if m.group("label") is not None:
            edits += [(m.start(), m.start("label"), ""), (m.end("label"), m.start("value"), ": "), (m.end("value"), m.end(), "")]
        elif m.group("link") is not None:
            edits += [(m.start(), m.start("link"), ""), (m.end("link"), m.end(), "")]
        else:
            edits.append((m.start(), m.end(), ""))
    return _apply(doc, edits)


# a Foswiki (TWiki) topic's source: "%META:…{…}%" lines, "---+" headings, "| *Label* | value |" rows, form fields (a topic
# that opens with a META line is read as text even when it holds HTML tags: its "<div>"s lay out the wiki's own markup)
_FOSWIKI_META = re.compile(r"^%META:(?P<kind>[A-Z]+)\{(?P<attrs>[^\n]*)\}%[ \t]*$", re.M)
_LEADING_SPACE = re.compile(r"\s*")


def _foswiki_topic(raw: str) -> bool:
    """Whether ``raw`` opens (after blank space) with a Foswiki META line within its first 4,000 characters."""
    start = _LEADING_SPACE.match(raw).end()
    return _FOSWIKI_META.match(raw[start : start + 4000]) is not None


_FOSWIKI_ATTR = re.compile(r'(?P<name>\w+)="(?P<v>[^"\n]*)"')
_FORMFIELD = r"%FORMFIELD\{\"(?P<field>\w+)\"[^}\n]*\}%"  # a form field's value, written where the page shows it
_FOSWIKI_MARKUP = re.compile(
    _FORMFIELD
    + r"|^\|[ \t]*\*(?P<label>[^*|\n]{1,60})\*[ \t]*\|[ \t]*(?P<value>[^|\n]*?)[ \t]*\|[ \t]*$"  # a two-cell row, bold label first
    r"|(?P<heading>^---\++!?[ \t]*)"
    r"|(?P<drop>^%META:[^\n]*\n?|^%(?:TOC|INCLUDE)(?:\{[^}\n]*\})?%[ \t]*\n?|^</?div\b[^>\n]*>[ \t]*\n?|^--[ \t]+Main\.\w+[^\n]*\n?)",
    re.M,
)


def _foswiki_source(doc: Document) -> Document:
    """A Foswiki (or TWiki) topic's source as the page reads: "---+" heading marks gone, a "| *Label* | value |" row as
    "Label: value", a "%FORMFIELD{"Name"}%" written as the value its "%META:FIELD" line gives (a field the form marks
    hidden, attributes "H", is left out), the META lines, the table of contents, includes, layout divs and the
    author's signature gone. Only a text with a META line; any other text is left as it is."""
    text = doc.text
    if "%META:" not in text:
        return doc
    metas = list(_FOSWIKI_META.finditer(text))
    if not metas:
        return doc
    fields: dict[str, tuple[int, int]] = {}
    for m in metas:
        if m.group("kind") != "FIELD":
            continue
        attrs = {a.group("name"): a for a in _FOSWIKI_ATTR.finditer(text, m.start("attrs"), m.end("attrs"))}
        if "name" in attrs and "value" in attrs and "H" not in attrs.get("attributes", attrs["name"]).group("v"):
            fields[attrs["name"].group("v")] = attrs["value"].span("v")
    builder = TextBuilder(doc)
    at = 0
    for m in _FOSWIKI_MARKUP.finditer(text):
        builder.copy(at, m.start())
        at = m.end()
        if m.group("field") is not None:
            if (span := fields.get(m.group("field"))) is not None:
                builder.copy(*span)
        elif m.group("label") is not None:
            builder.copy(m.start("label"), m.end("label"))
            builder.replace(": ", m.end("label"), m.start("value"))
            value = _FOSWIKI_FIELD_ONLY.fullmatch(text, m.start("value"), m.end("value"))
            if value is not None:
                if (span := fields.get(value.group("field"))) is not None:
                    builder.copy(*span)
            else:
                builder.copy(m.start("value"), m.end("value"))
            builder.insert("\n", m.end())
            at = m.end() + 1 if text[m.end() : m.end() + 1] == "\n" else m.end()
    builder.copy(at, len(text))
    out = builder.build()
    return out if out.text.strip() else doc


_FOSWIKI_FIELD_ONLY = re.compile(_FORMFIELD)


# one string literal of a data dump, on one line, its line breaks escaped: R's dput() ("text = \"Bookkeeper\\nGreen …\""),
# a Weka ARFF row ('…\\nKey Responsibilities:\\n* Visit …'), a Python list's item
_LONG_DOUBLE_QUOTED = re.compile(r'"(?P<v>(?:[^"\\\n]|\\.){2,})"')  # (no possessive quantifiers: Python 3.10 has none)
# a field or column name of the dump: before "=" or ":" ("title = …", "title: …", "'title': …"), or quoted in a column
# list ("(`id`, `title`, …)")
_DUMP_NAME = re.compile(r"""(?<![\w.])[`"']?([A-Za-z_][A-Za-z0-9_]*)(?:[`"']?[ \t]*[=:](?![=:])|[`"'](?=[ \t]*[,)]))""")
_LONG_SINGLE_QUOTED = re.compile(r"'(?P<v>(?:[^'\\\n]|\\.){2,})'")


def _escaped_text_literal(doc: Document) -> Document:
    """A posting held as one string literal of a data dump that no reader before knew (an R object's dput(), a Weka
    ARFF data row, a list printed by some language): the longest literal of 500 characters or more with six escaped
    line breaks or more, read as the page (its escapes read), the dump around it left out, when the dump names none
    of a posting record's own fields (a title, an employer, a place, pay: see :func:`_embedded_page`). Any other text
    is left as it is."""
    text = doc.text
    if text.count("\\n") < _MIN_EMBEDDED_LINES:
        return doc
    best = None
    for pattern in (_LONG_DOUBLE_QUOTED, _LONG_SINGLE_QUOTED):
        for m in pattern.finditer(text):
            a, b = m.span("v")
            if b - a >= _MIN_EMBEDDED_PAGE and text.count("\\n", a, b) >= _MIN_EMBEDDED_LINES and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
    if best is None:
        return doc
    keys = _posting_keys()
    if any(m.group(1).lower() in keys for part in (text[: best[0]], text[best[1] :]) for m in _DUMP_NAME.finditer(part)):
        return doc  # a record with the posting's own fields (a title, an employer, a place): its reader's, or the rules'
    builder = TextBuilder(doc)
    _repr_string(builder, text, *best)
    out = builder.build()
    return out if out.text.strip() else doc


_TEXT_SOURCE_READERS = (
    _foswiki_source, _mail_digest, _numbered_file_view, _diff_source, _makefile, _fidonet_message, _docker_labels, _job_control_deck, _linked_data, _edifact_message, _hl7_message, _swift_message, _comment_block_page, _rtf_source, _postscript_source, _otel_dump, _container_log, _curl_trace, _ansible_debug, _syslog_lines, _log_lines, _ci_job_log, _chat_export, _caption_cues, _timed_transcript, _dtp_tagged_text, _pickle_listing, _bibtex_source, _cbor_diagnostic, _postman_collection, _sparql_results, _resource_strings, _json_source, _record_dump, _troff_source, _openapi_example, _cobol_copybook, _terminal_panel, _pager_screen, _man_page, _quoted_pair_rows, _python_repr_source, _debug_record_source, _inline_record_source, _edn_source, _term_source, _swift_dump_source, _taskpaper_source, _r_session_source, _matlab_session_source, _redis_hash, _reg_export, _gdb_print, _toml_records, _assigned_record, _escaped_text_literal, _pmwiki_source, _tiddlywiki_source, _file_aid_print, _spooled_file_screen, _page_builder_tags, _bbcode_source, _asciidoc_source,
    _txt2tags_source, _moinmoin_source, _mediawiki_source, _org_source, _aria_snapshot, _formula_source, _angle_bullets, _checkbox_results, _yaml_records,
    _box_frame, _box_table, _pipe_frame, _markdown_table, _pipe_pairs, _ics_record, _lyx_source, _lout_source, _texmacs_source, _texinfo_source, _latex_source, _front_matter, _outline_blocks, _markdown_form, _print_margins, _running_heads, _page_markers, _quote_marks, _browser_window_title, _archive_toolbar, _speech_log, _colons_under_labels, _cjk_spaced_rows, _dot_leaders, _camel_key_record, _glued_field_labels, _spaced_label_rows, _pandoc_attributes, _translated_labels, _bilingual_lines, _form_checkboxes, _fact_rows, _stacked_facts, _chat_marks, _ocr_one_for_l, _other_classifieds, _ads_between_rules,
)


def normalize(raw: str, warnings: Optional[list[str]] = None) -> Document:
    """Clean ``raw`` (HTML or text) into a :class:`Document` mapped back to ``raw``.

    Args:
        raw: the posting as obtained (bytes are decoded as UTF-8 with replacement;
            other non-str values are converted with ``str``).
        warnings: where a failed step's warning goes (see :mod:`extractor.faults`).

    Returns:
        The clean document; ``doc.source`` is ``raw`` (as a str).  If a step fails,
        the text of the last good step is returned and a warning is appended to ``warnings``.

    Raises:
        Exception: whatever a step raised, in strict mode (``EXTRACTOR_STRICT=1``) only.
    """
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    elif not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    doc = Document.from_source(raw)
    try:
        mime = _mime_source(doc)  # an e-mail's raw source: its plain-text part, decoded (never its HTML alternative)
        head = _HTTP_RESPONSE_HEAD.match(raw)  # an API's answer pasted with its status line and headers
        body = raw[head.end() :] if head else raw
        diff = _DIFF_HUNK.search(raw) is not None and _DIFF_FILE.search(raw) is not None  # a change to a page's source: read as a diff
        html = mime is doc and not diff and _DTP_HEAD.match(raw) is None and _TEXMACS_HEAD.match(raw) is None and not _foswiki_topic(raw) \
            and (looks_like_html(raw) and not _json_with_marks(body) and not _yaml_with_marks(body) and not _markdown_with_breaks(body) or _XML_DOC.match(body) is not None)  # an XML feed or record is markup too (a layout program's tagged text is not)
        doc = (_opml_to_text(raw) or _android_strings(raw) or _scribus_to_text(raw) or _ocr_layout_xml(raw) or _pdf2xml_text(raw) or _xml_rpc(raw) or _solr_xml(raw) or _xml_feed(raw) or _spreadsheet_xml(raw) or _page_builder_tags(_html_to_text(raw))) if html else _chat_log(_typed_members(_tab_header_record(_tab_quoted_record(_sheet_field_rows(_gopher_menu(_pg_copy_source(_csv_record(_csv_field_rows(mime)))))))))  # (its tabs before they go)
        doc = _clean_chars(doc)
        if not html:  # text in a shape of its own: read as the text its reader sees (each step leaves other text as it is)
            for read in _TEXT_SOURCE_READERS:
                doc = read(doc)
        hung = doc if html else _hanging_rows(doc)
        # the wrap width is read before the hanging rows are joined (a joined bullet is longer than any wrapped line)
        doc = _unwrap(_clean_space(hung), _READ_WIDTH if hung is doc else _wrap_width_of(_clean_space(doc)))
        # _clean_space is idempotent: it runs again only on a document a step changed
        # (a step that edits nothing returns the same object)
        repaired, stats = _repair_glue(doc)
        if repaired is not doc:
            doc = _clean_space(repaired)
        if not html:  # a page keeps its paragraphs and items in its tags: a long line there is one paragraph
            doc = _flat_breaks(doc)
        cut = _cut_boilerplate(doc, glued=stats.glued_lines > 0)
        if cut is not doc:
            doc = _clean_space(cut)
    except Exception as exc:  # noqa: BLE001 - never lose the document
        import traceback

        from extractor.faults import fault_warning, strict

        if strict():
            raise
        frames = traceback.extract_tb(exc.__traceback__)
        step = frames[1].name if len(frames) > 1 else "normalize"  # the step normalize() called
        log.debug("normalisation step %s failed", step, exc_info=True)  # the record says so; the traceback is for debugging
        if warnings is not None:
            warnings.append(fault_warning(f"normalisation step {step}", exc, "the text is only partly cleaned"))
    return doc
