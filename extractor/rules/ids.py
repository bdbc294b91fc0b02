"""Rules for ``job_id``: the identifier a posting states after a label.

Recognises "Role Number: 200550562", "Job ID - R-12345", "**Req #:** JR0123456",
"Requisition\\nREQ_2024_0042", "Ref. No 24-0193", a bare "ID 2025-4471" alone on a header line and the like (also a JSON export's
``"ref_no": "…"``, and with no label a competition code opening a heading, "EPSO/AD/412/25 — …").  The labels
live in ``extractor/data/job_id_labels.json``.  The value is one token of
letters, digits, ``-``, ``_``, ``.`` and ``/`` containing at least one digit,
written back exactly as the posting has it.  Scraped pages often glue the next
sentence to the value ("Role Number:200550562The VCV team..."): the token is
cut where a word starts right after a digit.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterable, Optional

from extractor import fastre
from extractor.data import load
from extractor.rules.base import Candidate, Context, rule

FIELD = "job_id"
MAX_VALUE_LEN = 40
MIN_BARE_LEN = 3  # shortest value accepted after a weak label or without a separator

# A label starts a word, or follows glued text ("2024Role Number", "SummaryJob ID").
_LABEL_START = r"(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=[A-Z]))"
# Between label and value: markdown emphasis, ':', '#', dashes, '|', spaces, at most one line break; a dot leader of any
# length first ("Referenz-Nr. .......... LJB-558120").
_SEPARATOR = r"(?P<sep>(?:[ \t]{0,3}[.…·]{4,})?[ \t\u00a0\u202f:：#=*_|\-\u2013\u2014.\"']{0,10}(?:\r?\n[ \t\u00a0:#*_|\-]{0,10}){0,2})"  # quotes: a JSON export's "ref_no": "…"
# the same label in a second language before the separator: "Competition No. / No de concours : 2025-047", "Job Code (کد آگهی): IT-118407",
# or before a table's column gap: "Reference number / Diarienummer      MNH 2026/1893"
_OTHER_LANGUAGE_LABEL = r"(?:[ \t]{0,2}/[ \t]{0,2}[^\W\d_][^\n:：#/|]{0,30}?(?=[ \t]{0,2}[:：#]|[ \t]{3,}|\t)|[ \t]{0,2}\([^\W\d_][^()\n:：#]{0,30}\)(?=[ \t]{0,2}[:：#]))?"
# one token; a code in capitals, one space and a number over a year stay one value ("PSC 41/2026", "SOCI 26/41", "ÅLR 2026/8841");
# a short bracketed part inside a code stays in it ("DSD/TO(C)/2026-04")
_VALUE = r"(?P<value>(?:[A-ZÀ-ÖØ-Þ]{2,6} (?=\d{1,4}/\d{2,4}(?![\w/])))?[A-Za-z0-9](?:[A-Za-z0-9\-_./]|\([A-Z0-9]{1,3}\)(?=[A-Za-z0-9\-_./])){0,60})"
# Where a glued scrape continues after the value: a word right after a digit.
_GLUED_WORD = fastre.compile(r"(?<=\d)(?:[A-Z][a-z]+|[a-z]{3,})")
_STRONG_SEP = fastre.compile(r"[:：#=\n|]|\*\*|__|\s[-\u2013\u2014]|[.…·]{4}")

CONF_STRONG_EXPLICIT = 0.92  # "Job ID: 12345"
CONF_STRONG_BARE = 0.8  # "Job ID 12345"
CONF_WEAK_EXPLICIT = 0.82  # "Ref: 12345"
CONF_WEAK_BARE = 0.55  # "reference 12345" in prose
# "Apply …, quoting reference RC-2025-014": the employer's own reference, which beats a board's listing number
# ("EURES Job ID: 2611876543210012") when the page shows both
CONF_QUOTED = 0.94


@cache
def _labels() -> dict[str, list[str]]:
    """The label vocabulary: ``{"strong": [...], "weak": [...], "quote": [...]}``; a job board's or ATS's own name
    before "ID" or after "Ref." ("Jobindex ID: h1587342", "Réf. Apec : 177289345W"; ``titles.json`` ``sites``) is a weak label: the board's listing
    number, which the employer's own reference outranks."""
    data = load("job_id_labels.json")
    labels = {kind: list(data.get(kind, [])) for kind in ("strong", "weak", "quote")}
    sites = [site.lower() for site in load("titles.json").get("sites", []) if not site.lower().endswith((".", " id"))]
    labels["weak"] += [f"{site} id" for site in sites]
    labels["weak"] += [f"{ref} {site}" for site in sites for ref in ("ref.", "réf.")]  # "Réf. Apec : 177289345W"
    return labels


def _label_pattern(label: str) -> str:
    """Regex source for one label: spaces match ' ', '_', '-' or nothing; a final '.' is optional."""
    words = label.strip().split()
    parts = []
    for word in words:
        core = word.rstrip(".")
        piece = re.escape(core)
        if word.endswith(".") and core:
            piece += r"\.?"
        parts.append(piece)
    return r"[ \t_\-]{0,2}".join(parts)


@cache
def label_pattern() -> re.Pattern[str]:
    """The compiled label+value pattern; group ``weak`` is set when a weak label matched."""
    labels = _labels()
    alternation = "|".join(
        f"(?P<{kind}>{'|'.join(_label_pattern(lab) for lab in sorted(set(labels[kind]), key=len, reverse=True))})"
        for kind in ("quote", "strong", "weak")
        if labels[kind]
    )
    source = (
        _LABEL_START
        + r"(?:\*\*|__)?"
        + f"(?P<label>(?i:{alternation}))"
        + r"(?:(?<=#)|(?![A-Za-z]))"  # a label ending in '#' may run into its value: "Job #TH-558120"
        + _OTHER_LANGUAGE_LABEL
        + _SEPARATOR
        + _VALUE
    )
    return fastre.compile(source)


def clean_value(raw: str) -> Optional[str]:
    """Trim a raw value token: cut a glued following word and trailing punctuation.

    Args:
        raw: the token right after the label.

    Returns:
        The identifier, or ``None`` when what is left has no digit or is too long.
    """
    glued = _GLUED_WORD.search(raw)
    if glued:
        raw = raw[: glued.start()]
    raw = raw.rstrip("-_./")
    if not raw or len(raw) > MAX_VALUE_LEN or not any(ch.isdigit() for ch in raw) and not _LETTER_CODE.fullmatch(raw):
        return None
    return raw


# a code of capitals only, in two or three parts joined by hyphens: "HDS-HYG", "FIN-AP-SNR" (a word or "N/A" is no code)
_LETTER_CODE = fastre.compile(r"(?!(?:FULL|PART|HALF|LONG|SHORT|FIXED|NON|SELF|IN|ON|OFF)-)[A-Z]{2,6}(?:-[A-Z]{2,6}){1,2}")


def find_job_ids(text: str) -> list[Candidate]:
    """All labelled job identifiers in ``text``, in document order.

    Args:
        text: the clean document text.

    Returns:
        One candidate per label followed by a token with a digit; never raises on odd input.
    """
    pattern = label_pattern()
    out: list[Candidate] = []
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        pos = match.end()
        value = clean_value(match.group("value"))
        if value is None:
            # "… in relation to this vacancy. Ref: MSP-4471": a label word ending a sentence took the next
            # label as its value; the search goes on inside the match, so the next label is read
            pos = match.start("label") + 1
            continue
        weak = "weak" in pattern.groupindex and match.group("weak") is not None
        explicit = bool(_STRONG_SEP.search(match.group("sep")))
        of_year = _OF_YEAR.match(text, match.start("value") + len(value)) if value.isdigit() else None
        if len(value) < MIN_BARE_LEN and (weak or not explicit) and of_year is None:
            continue  # "Job #1 priority", "reference 2"
        if "quote" in pattern.groupindex and match.group("quote") is not None:
            confidence = CONF_QUOTED  # "quoting reference EURES-ALB-2611": the id the applicant is told to quote
        else:
            confidence = {
                (False, True): CONF_STRONG_EXPLICIT,
                (False, False): CONF_STRONG_BARE,
                (True, True): CONF_WEAK_EXPLICIT,
                (True, False): CONF_WEAK_BARE,
            }[(weak, explicit)]
        start = match.start("label")
        end = match.start("value") + len(value)
        if match.group("sep") in ("-", "_") and re.fullmatch(r"[A-Z]{2,5}", match.group("label")):
            value = text[start:end]  # "REQ-4471", "JR_0042": a code in capitals glued to its number is the id itself
        if not weak and explicit and value == match.group("value") and (more := _SPACED_REST.match(text, end)) and any(ch.isdigit() for ch in more.group()):
            end = more.end()  # "25-Programme Management-UNEP-251904-R-Nairobi (X)": a UN job opening number has spaces
            value = text[match.start("value") : end]
        elif not weak and explicit and value == match.group("value") and (tag := _TAG_AFTER.match(text, end)) and _id_tag(tag.group("tag")):
            end = tag.end("close")  # "FFR-SNG-16-049 (Local Hire)", "BSEE-16-TH-158(DEU)": an announcement's tag closing the line
            value = text[match.start("value") : end]
        if of_year is not None and value == match.group("value"):
            end = of_year.end()  # "Vacancy Circular No. 41 of 2026": a notice numbered within its year; a circular of
            value = text[match.start("value") : end]  # several posts may give each its own vacancy number, which wins
            confidence = min(confidence, CONF_STRONG_BARE - 0.01)
        out.append(Candidate(FIELD, value, ((start, end),), confidence, "ids.labelled"))
    return out


_OF_YEAR = fastre.compile(r"[ \t]of[ \t](?:19|20)\d\d(?!\w)")  # a number within its year: "No. 41 of 2026"
# The rest of the label's line when it continues one id with spaces inside: words joined by "-" to the
# value, another "-"-joined part with a digit, up to the line's end (an optional "(X)" tag at the end).
_SPACED_REST = fastre.compile(
    r"(?=[ \t][A-Za-z])(?:[ \t][A-Za-z][A-Za-z0-9]{0,20}){1,3}(?:-[A-Za-z0-9]{1,20}){2,8}(?:[ \t]\([A-Z]{1,3}\))?[ \t]*(?=\r?\n|$)"
)
# A bracketed tag right after the value, closing the label's line: glued ("158(DEU)") or after one space
_TAG_AFTER = fastre.compile(r"[ ]?\((?P<tag>[A-Z0-9][A-Za-z0-9 .&/-]{0,24})(?P<close>\))[ \t]*(?=\r?\n|$)")
# a tag that says something else about the job (its workplace, hours, contract or place), not part of the id
_OTHER_TAG = fastre.compile(
    r"(?i)\b(?:remote|hybrid|on-?site|office|home|full|part|time|contract|temp\w*|permanent|fixed|intern\w*|casual|seasonal|"
    r"closed|open|new|urgent|internal|external|ft|pt)\b"
)


def _id_tag(tag: str) -> bool:
    """Is a bracketed tag after an id part of it ("(DEU)", "(MP)", "(Local Hire)", "(READVERTISEMENT)"), not a note
    on the job's workplace, hours, contract or place ("(Remote)", "(Part-time)", "(London)")?"""
    from extractor.rules.location import gazetteer  # a place's name is no id tag

    code = len(tag) <= 3 and tag.isupper()  # "(DEU)", "(MP)": a tag, not Germany's or a state's code
    return not _OTHER_TAG.search(tag) and (code or not gazetteer().knows(tag))


# An unlabelled competition or vacancy code opening a heading line: "EPSO/AD/412/25 — Administrators", "COM/2025/1234 - …".
_HEADING_CODE = fastre.compile(
    r"(?m)^[ \t#*]{0,4}(?P<value>[A-Z]{2,8}(?:/[A-Z0-9](?:[A-Z0-9-]{0,8}[A-Z0-9])?){2,4})[ \t]{1,3}[\u2013\u2014-][ \t]{1,3}[A-Za-z]"
)
HEADING_WINDOW = 1500
CONF_HEADING_CODE = 0.6
# a bare "ID" label alone on a header line (iCIMS: "ID 2025-4471", "ID: 2025-4471"), or a board's "Code: TB-2026441"
# as a line or a "|" part of the header's meta line: the posting's id; too common words to be labels anywhere else.
# A data record's "Id:" (its key "id") holds the posting's id when it is a code of letters and digits ("IE-FARM-0388"),
# not a row's number
_BARE_ID_LINE = fastre.compile(
    r"(?m)(?:^|(?<=[|·•][ ]))[ \t]*(?:ID[ \t]*[:#]?|Id[ \t]*:(?=[ \t]+(?=[\w./-]*[A-Za-z])[\w./-]*\d)|(?i:code|c[óo]digo|kod|kode)[ \t]*:)[ \t]+(?P<value>[A-Za-z0-9][A-Za-z0-9\-_./]{2,40})[ \t]*(?=$|[|·•])"
)
CONF_BARE_ID = 0.6


# a notice's number on the line under its heading: "VACANCY ANNOUNCEMENT" / "No.: TCD/VA/2026/041", "VACANCY NOTICE" /
# "No. MOH/HRM/VN/118/2026" (the heading may be bilingual: "VACANCY ANNOUNCEMENT / AVIS DE VACANCE DE POSTE")
_NUMBER_UNDER_NOTICE = fastre.compile(
    r"(?im)^[^\n]{0,40}\b(?:vacancy|announcement|notice|advert(?:isement)?|circular)\b[^\n]{0,40}\n[ \t]*(?:No|N[°º]|Nr|Ref)(?:\.[ \t]*[:#]?|[ \t]*[:#])[ \t]*"
    r"(?P<value>[A-Za-z0-9][A-Za-z0-9\-_./]{2,40})[ \t]*$"
)


# a notice's number on a header line of its own, its label alone or after the notice's name, in one or two languages:
# "N° 09/2026", "Nr. / No.: PSC-VA-11/2026", "CONVOCATORIA EXTERNA No. 041-2026", "… > Oferta N° OMIL-CAS-2026-0388"
# (a code with a "/" or "-": a bare "No. 5" is a count; a phone's, a tax record's or an address's number is no notice's)
_NUMBER_LINE = fastre.compile(
    r"(?im)^[ \t#*]{0,4}(?:[^\n]{0,80}>[ \t]*)?"
    r"(?!(?:[^\n]{0,30}?)\b(?:phone|tel|telephone|fax|mobile|cell|contact|account|acct|registration|reg|vat|tax|ruc|rut|nit|cif|nif|kvk|siret|abn|plot|p\.?o\.?[ \t]*box|box|house|room|unit|flat|office|page|licen[cs]e|passport|id[ \t]*card)\b)"
    r"(?:(?:vacancy|announcement|notice|advert\w*|circular|convocatoria(?:[ \t]+(?:externa|interna|p[úu]blica|abierta))?|llamado|concurso|aviso|oferta|avis|appel|offre|bando|oglas|konkurs)[ \t]+)?"
    r"(?:[^\W\d_][\w.'’]{0,15}[ \t]*/[ \t]*)?(?:No|N[°º]|Nr|Broj)\.?[ \t]*[:#]?[ \t]*"
    r"(?P<value>(?=[\w./-]*\d)(?=[\w./-]*[/-])[A-Za-z0-9][A-Za-z0-9\-_./]{2,40})[ \t]*$"
)


# a requisition number in brackets closing the job's heading, as Taleo prints it: "Registered Nurse - Nights -(26004317)"
_HEADING_NUMBER_TAIL = fastre.compile(r"(?m)^[ \t#*]{0,4}[A-Za-z][^\n]{2,150}?[ \t]*-?[ \t]*\((?P<value>\d{6,10})\)[ \t]*$")
# ... or glued to it with a hyphen: "Facilities Maintenance Mechanic II-2600412"
_HEADING_GLUED_NUMBER = fastre.compile(r"(?m)^[ \t#*]{0,4}[A-Z][^\n:]{2,150}?[A-Za-z)]-(?P<value>\d{6,9})[ \t]*$")


@rule(FIELD, name="ids.labelled")
def labelled_job_id(ctx: Context) -> Iterable[Candidate]:
    """The first best-labelled job identifier ("Job ID: R-12345" beats a bare "reference 12")."""
    candidates = find_job_ids(ctx.text)
    if not candidates:
        code = _HEADING_CODE.search(ctx.text, 0, HEADING_WINDOW)
        if code is not None and any(ch.isdigit() for ch in code.group("value")):
            return [Candidate(FIELD, code.group("value"), (code.span("value"),), CONF_HEADING_CODE, "ids.heading_code")]
        bare = _BARE_ID_LINE.search(ctx.text, 0, HEADING_WINDOW) or _NUMBER_UNDER_NOTICE.search(ctx.text, 0, HEADING_WINDOW) \
            or _NUMBER_LINE.search(ctx.text, 0, HEADING_WINDOW) or _HEADING_NUMBER_TAIL.search(ctx.text, 0, HEADING_WINDOW) or _HEADING_GLUED_NUMBER.search(ctx.text, 0, HEADING_WINDOW)
        value = clean_value(bare.group("value")) if bare is not None else None
        if bare is not None and value == bare.group("value"):
            return [Candidate(FIELD, value, ((bare.start("value"), bare.end("value")),), CONF_BARE_ID, "ids.labelled")]
        return []
    best = max(c.confidence for c in candidates)
    return [next(c for c in candidates if c.confidence == best)]
