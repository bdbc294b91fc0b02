"""Rules for ``title``, ``company`` and ``team``.

* **title** — a labelled line ("Job Title: Nurse (Band 5)"); a page title
  ("<Title> - Careers at <Company>", "Job Application for <Title> at <Company>",
  "<Company> hiring <Title> in <Place> | LinkedIn", "<Title> | <Company>");
  an email subject; a JSON export's title key; an informal post's one-line heading
  ("Company | Role | Place | …", "[Hiring] Role - pay"); else the first header line
  that looks like a job title (short, capitalised, contains a job noun).  A title
  found twice (page title and job heading) is more certain.
* **company** — "Careers at X", "… at X" in page titles, a "Company:" label,
  an "About X" heading, "X is an equal opportunity employer", "X is hiring",
  "Join X", "At X, we…", "on behalf of X"; the subject of a sentence in the
  employer's own profile ("Founded in 1999, X is a …", "X, formerly Y, delivers …").
  "Posted by X", "I run X,", a JSON export's employer key.
  Nothing for anonymous recruiter postings ("our client, a leading bank") or a
  profile of a staffing agency or an investor posting for another employer.
  :func:`employer_candidates` and :func:`client_unnamed` give the same reading to
  other modules (the LLM grounder).
* **team** — "Team:"/"Department:"/"Business unit:" labels, and the category a
  careers site prints after the job heading and its location
  ("<Title>\\n<City, Region, Country>\\n<Team>").

Vocabularies live in ``extractor/data/titles.json``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Callable, Iterable, Iterator, Optional

from extractor import fastre
from extractor.data import load
from extractor.document import Document
from extractor.rules.base import CARD_JOIN, Candidate, Context, card_spans, line_around, results_cards, rule
from extractor.rules.ids import label_pattern as id_label_pattern
from extractor.rules.location import CITY, LEGAL_FORM_AFTER_NAME, gazetteer, inside
from extractor.rules.vocab import skills_vocab
from extractor.sections import FIELD_ROW_RE, kind_of_heading, valediction_line

MAX_TITLE_CHARS = 110
MAX_TITLE_WORDS = 14
HEADER_LINES = 8  # how many header lines may hold the job heading
SKIPPED_HEAD_LINES = 4  # how many more when the site's menu, crumbs or labels stand among them
_LIST_MARK = re.compile(r"[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]+")


@dataclass(frozen=True)
class _Vocab:
    job_nouns: frozenset[str]
    job_nouns_cjk: tuple[str, ...]
    title_label: re.Pattern
    title_label_block: re.Pattern
    company_label: re.Pattern
    job_noun_suffixes: tuple[str, ...]
    team_label: re.Pattern
    team_label_block: re.Pattern
    weak_team_labels: frozenset[str]
    category_labels: frozenset[str]
    anonymous: tuple[str, ...]
    not_company: frozenset[str]
    sites: frozenset[str]
    greeting: Optional[re.Pattern]
    schedule_tail: Optional[re.Pattern]
    headcount_tail: Optional[re.Pattern]
    careers_prefix: Optional[re.Pattern]
    legal_form: Optional[re.Pattern]
    legal_form_leading: Optional[re.Pattern]
    perk_tail: Optional[re.Pattern]
    hiring_verb: Optional[re.Pattern]
    we_are: Optional[re.Pattern]
    org_noun: re.Pattern
    employer_sentence: Optional[re.Pattern]
    renamed: Optional[re.Pattern]
    intermediary: tuple[str, ...]
    intermediary_products: tuple[str, ...]
    intermediary_titles: tuple[str, ...]
    not_a_subject: frozenset[str]
    function_words: frozenset[str]  # open a sentence without naming anyone: pronouns, question words, quantifiers
    json_title: Optional[re.Pattern]
    json_company: Optional[re.Pattern]
    json_team: Optional[re.Pattern]
    hiring_tag: Optional[re.Pattern]
    valediction: Optional[re.Pattern]
    hiring_tail_cjk: Optional[re.Pattern] = None
    selling_tail: Optional[re.Pattern] = None
    selling_head: Optional[re.Pattern] = None
    board_menu: Optional[re.Pattern] = None


_JSON_STRING = r'"(?P<v>(?:[^"\\\n]|\\.){2,160})"'


def _labels_regex(labels: Iterable[str], *, loose_spaces: bool = True) -> str:
    """An alternation of ``labels``, longest first; a space in a label matches any run of spaces and
    tabs unless ``loose_spaces`` is false."""
    ordered = sorted(set(labels), key=len, reverse=True)
    if not loose_spaces:
        return "|".join(re.escape(label) for label in ordered)
    return "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for label in ordered)


_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?"  # a weekday, short or in full
# beside a contract's or a schedule's terms in a title's bracket: the workplace, a freelance engagement ("(Freelance · Remoto)";
# "- Freelance (Contract)" alone names the job and stays)
_BRACKET_TERMS = ["remote", "remoto", "remota", "hybrid", "híbrido", "hybride", "on-site", "onsite", "presencial", "télétravail", "teletrabajo", "freelance"]
_CONTRACT_TAG = re.compile(r"(?i)contract|\bw2\b|\bc2c\b")  # a contract's kind in brackets names the job's terms: "(Contract)" stays


# a label's translation written before it on a bilingual notice: "Албан тушаал / Position: …", "Títulu pozisaun / Position title: …"
# (not a CJK label: "職種 / Position: <Japanese title> <English title>" gives the title in two languages)
_TRANSLATION_BEFORE = r"(?:(?![\u3040-\u9fff\uac00-\ud7af])[^\W\d_][^\n:/›»>·|]{0,40}?[ \t]/[ \t])?"


def _bracketed_legal_form(data: dict) -> str:
    """A legal form written with brackets after the name, which the name's pattern does not span: "Maloti Garments (Pty) Ltd"."""
    forms = [f for f in data.get("legal_forms", []) if f.startswith("(")]
    return r"(?:[ \t]+(?:" + _labels_regex(forms, loose_spaces=False) + r"))?" if forms else ""


def _comma_legal_form(data: dict) -> str:
    """A legal form after a comma, which the name's pattern does not span: "Transportes Andinos, S.A. de C.V., … busca"."""
    forms = [f for f in data.get("legal_forms", []) if not f.startswith("(")]
    return r"(?:,[ \t]*(?:" + _labels_regex(forms, loose_spaces=False) + r")(?=,))?" if forms else ""


@cache
def title_vocab() -> _Vocab:
    data = load("titles.json")
    # a full-width colon on CJK boards ("会社名：…"); a dash with a space on one side at least ("Arbeitgeber-Bewertungen" is one word)
    sep = r"(?:[ \t]*[:：|][ \t]*|[ \t]+[\-\u2013\u2014][ \t]*|[\-\u2013\u2014][ \t]+|\t+)"
    # a details table flattened with one space: "Position title APS Level 5 – Policy Officer" (a two-word label that
    # says "title", then a capital; a job named "Title Examiner" has no word before "Title")
    spaced_title = r"(?<=[ \t]title)[ \t]+(?=(?-i:[A-Z0-9]))"
    bracket_terms = _labels_regex(data["schedule_tags"] + _BRACKET_TERMS) if data.get("schedule_tags") else ""  # (see schedule_tail)
    return _Vocab(
        job_nouns=frozenset(w.lower() for w in data.get("job_nouns", [])),
        job_nouns_cjk=tuple(data.get("job_noun_cjk", [])),
        job_noun_suffixes=tuple(w.lower() for w in data.get("job_noun_suffixes", [])),
        title_label=fastre.compile(rf"^{_TRANSLATION_BEFORE}(?:1[.)][ \t]+)?[^\w\n]{{0,4}}(?P<label>{_labels_regex(data['title_labels'])})(?:[ \t]*/[ \t]*[^\W\d_][^\W\d_ '’]*(?:[ \t][^\W\d_'’]+){{0,2}})?(?![\w#])(?:{sep}|{spaced_title})(?P<value>[^\n]{{2,160}})$", re.I | re.M),
        # a record's field name that says "title" alone on its line, the value on the next ("Role title" / "Workshop Mechanic"),
        # a page's "Job Description" over the job's name (Taleo), or another title label with its colon ("Position:" / the job)
        title_label_block=fastre.compile(
            rf"^[ \t]*(?P<label>{_labels_regex([w for w in data['title_labels'] if w.lower().endswith((' title', ' description'))])}"
            rf"|(?:{_labels_regex([w for w in data['title_labels'] if not w.lower().endswith((' title', ' description'))])})(?=[ \t]*:))[ \t]*:?[ \t]*\n[ \t]*(?P<value>[^\n]{{2,120}})$",
            re.I | re.M,
        ),
        company_label=fastre.compile(rf"^{_TRANSLATION_BEFORE}(?:[ \t\-*•#]|[^\w\s]{{1,2}}(?=[ \t]))?[ \t\-*•#]{{0,4}}(?P<label>{_labels_regex(data['company_labels'])})(?:[ \t]*/[ \t]*[^\W\d_][^\W\d_ '’]*(?:[ \t][^\W\d_'’]+){{0,2}}(?=[ \t]*[:：]))?(?![\w#]){sep}(?P<value>[^\n]{{2,120}})$", re.I | re.M),
        team_label=fastre.compile(
            rf"^(?:[^\n›»>]{{1,60}}[ \t][›»>→][ \t]+|[^\n]{{1,240}}?[ \t][·|][ \t]+|[^\W\d_][^\n:/›»>·|]{{0,25}}?[ \t]/[ \t])?[ \t\-*•#]{{0,4}}(?P<label>{_labels_regex(data['team_labels'])})(?:[ \t]*/[ \t]*[A-Za-z][\w ]{{1,20}}?)?(?![\w#]){sep}(?P<value>[^\n]{{2,100}})$",
            re.I | re.M,
        ),  # "Division/Work Unit: …" too; after a breadcrumb: "Join the Crew › Department: Café Operations"; in a dotted
        # facts line: "Location: Denver, CO · Employment Type: Full time · Department: Customer Experience"; after the label
        # in another language: "Service / Department: Urgences adultes / Adult Emergency"
        team_label_block=fastre.compile(
            rf"^[ \t]*(?P<label>{_labels_regex([w for w in data['team_labels'] if w not in data.get('weak_team_labels', [])])})[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<value>[^\n]{{2,80}})$",
            re.I | re.M,
        ),  # a definition list: "Department" / "Natural Resources"
        weak_team_labels=frozenset(w.lower() for w in data.get("weak_team_labels", [])),
        category_labels=frozenset(w.lower() for w in data.get("category_labels", [])),
        anonymous=tuple(p.lower() for p in data.get("anonymous", [])),
        board_menu=fastre.compile(rf"(?i)(?:^|(?<=[ \t|·•]))(?:{_labels_regex(data['board_menu_items'])})(?=[ \t|·•]|$)") if data.get("board_menu_items") else None,
        not_company=frozenset(w.lower() for w in data.get("not_company", [])),
        sites=frozenset(w.lower() for w in data.get("sites", [])),
        greeting=fastre.compile(rf"(?i)^(?:{'|'.join(re.escape(g) for g in data['greetings'])})\b") if data.get("greetings") else None,
        careers_prefix=fastre.compile(
            rf"^(?:{_labels_regex(data['careers_words'])})(?:[ \t]+(?i:at|@|bei|chez|na|em|en|in))?(?:[ \t]*[-–—:|][ \t]*|[ \t]+)(?P<c>{_COMPANY_RE})[ \t]*$"
        ) if data.get("careers_words") else None,
        legal_form=fastre.compile(
            rf"(?:(?<=[\s,])|(?<=[^\x00-\u2fff]))(?:{_labels_regex(data['legal_forms'], loose_spaces=False)})\.?$"
        ) if data.get("legal_forms") else None,
        legal_form_leading=fastre.compile(
            rf"^(?:{_labels_regex(data['legal_forms_leading'], loose_spaces=False)})(?:[ \t]+(?=\S)|(?=[^\x00-\u2fff]))"
        ) if data.get("legal_forms_leading") else None,
        perk_tail=fastre.compile(
            rf"[ \t]*[／/|｜・][ \t]*[^／/|｜\n]{{0,12}}(?:{'|'.join(re.escape(w) for w in data['perk_tags_cjk'])})[^／/|｜\n]{{0,8}}$"
        ) if data.get("perk_tags_cjk") else None,
        hiring_verb=fastre.compile(
            r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:" + _labels_regex(data.get("elided_articles", [])) + r")['’]|(?:" + _labels_regex(data.get("name_articles", [])) + r")[ \t]+(?=[A-Z]))?(?!(?:" + "|".join(re.escape(w) for w in data.get("not_a_subject", ["We"])) + r")\b)(?P<c>" + _COMPANY_RE + _bracketed_legal_form(data) + r")" + _comma_legal_form(data) + r"(?:,[ \t][^,\n.]{3,120}(?:,[^,\n.]{2,80}){0,3},|[ \t]*\([^()\n]{2,80}\))?[ \t]+(?:"
            + "|".join(re.escape(v) for v in data["hiring_verbs"]) + r")(?:[ \t]+(?:(?:" + _labels_regex(data.get("object_articles", [])) + r")[ \t]+)?\w|[ \t]*:[ \t]*$)",  # (or "… recrute :" over the job)
            re.M,
        ) if data.get("hiring_verbs") else None,
        # "Somos Mercado Austral, la plataforma…", "We are Acme, a…": an introduction by name, in several languages
        we_are=fastre.compile(
            r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:" + _labels_regex(data["we_are"]) + r")[ \t]+(?P<c>" + _COMPANY_RE + r")(?=,[ \t]|[ \t]+and[ \t]+(?:we|our)\b)", re.M  # "We are Acme and we build …"
        ) if data.get("we_are") else None,
        org_noun=fastre.compile(r"(?i)\b(?:" + _labels_regex(data.get("organisation_nouns", []), loose_spaces=False) + r")\b"),
        # a sentence about the organisation, opening with its name: "Founded in 1999, Acme is …", "Acme Co., Inc. is …",
        # "Acme (#URL_…#) provides …", "Acme, formerly Bolt Ltd, delivers …", "Acme’s mission is …"; also glued to a label a
        # flattened page runs into it ("MISSION:Acme Care is …")
        employer_sentence=fastre.compile(
            r"(?:^|(?<=[.!?])|(?<=\n)|(?<=[a-f0-9]\#)|(?<=[A-Za-z]:))[ \t]*(?:(?:" + _labels_regex(data.get("opening_phrases", ["Since"])) + r"|" + _PARTICIPLE + r")\b[^.,\n]{0,80},[ \t]+)?"
            r"(?P<c>" + _COMPANY_RE + r"|[a-z]{2,12}[A-Z][\w&'’\-]{0,30}(?=[ \t,(]))(?P<legal>,?[ \t]+(?:" + _labels_regex(data.get("legal_forms", ["Inc"]), loose_spaces=False) + r")\.?(?:,?[ \t]+(?:Inc|Ltd|LLC)\.?)?)?"
            r"(?:[ \t]*\(#URL_\w+#\)|[ \t]+\([A-Z]{2,6}\)|,[ \t]+[a-z][^,\n]{2,80},|[ \t]+[—–][ \t]+[a-z][^—–\n]{2,80}?[ \t]+[—–]|[ \t]+\([a-z][^()\n]{2,80}\))?"  # "(#URL_…#)", "(UCP)", ", formerly Bolt Ltd,", ", headquartered in Leeds,", " — formerly X —", " (previously Bolt)"
            r"(?:[ \t]+(?:" + _labels_regex(data["employer_verbs"]) + r")\b|(?P<poss>['’]s[ \t]+[a-z]))",
            re.M,
        ) if data.get("employer_verbs") else None,
        renamed=fastre.compile(r"(?i)(?<!\w)(?:" + _labels_regex(data["renamed_words"]) + r")(?!\w)") if data.get("renamed_words") else None,
        intermediary=tuple(w.lower() for w in data.get("intermediary_words", [])),
        intermediary_products=tuple(w.lower() for w in data.get("intermediary_products", [])),
        intermediary_titles=tuple(w.lower() for w in data.get("intermediary_titles", [])),
        not_a_subject=frozenset(w.lower() for w in data.get("not_a_subject", [])),
        function_words=frozenset(w.lower() for w in data.get("function_words", [])),
        json_title=fastre.compile(rf'"(?:{_labels_regex(data["json_title_keys"], loose_spaces=False)})"[ \t]*:[ \t]*' + _JSON_STRING, re.I) if data.get("json_title_keys") else None,
        json_company=fastre.compile(  # "employer": "Acme" or "employer": {"name": "Acme", …}
            rf'"(?:{_labels_regex(data["json_company_keys"], loose_spaces=False)})"[ \t]*:[ \t]*(?:\{{[^{{}}]*?"name"[ \t]*:[ \t]*)?' + _JSON_STRING, re.I | re.S
        ) if data.get("json_company_keys") else None,
        json_team=fastre.compile(rf'"(?:{_labels_regex(data["json_team_keys"], loose_spaces=False)})"[ \t]*:[ \t]*' + _JSON_STRING, re.I) if data.get("json_team_keys") else None,
        valediction=valediction_line() if data.get("valedictions") else None,
        hiring_tag=fastre.compile(rf"(?i)^[ \t]*[\[(](?:{_labels_regex(data['hiring_tags'])})[\])][ \t]*", re.M) if data.get("hiring_tags") else None,
        # "- Part Time", ", Nights (7p-7a)", "- Per Diem Nights" or in brackets "(Part-Time)", "(Temporary, 6 Months)"; a bare "(Contract)" stays
        schedule_tail=fastre.compile(
            rf"(?i)(?:(?:[ \t]+[-–—|]|,)[ \t]+(?:{_labels_regex(data['schedule_tags'])})"
            # a status and a shift in one tail: "- Per Diem Nights", "– Part-Time Days", "- Nights/Weekends", "- Days + 1 in 5 On-Call",
            # "– Permanent with on-call", "– fast stilling med vaktordning"
            rf"(?:(?:[ \t]*[/&+,][ \t]*|[ \t]+(?:(?:and|with|med|mit|avec|con|com)[ \t]+)?)(?:\d{{1,2}}[ \t]+in[ \t]+\d{{1,2}}[ \t]+)?(?:{_labels_regex(data['schedule_tags'])})){{0,2}}(?:[ \t]*(?:[-–—][ \t]*)?\([^()\n]{{1,40}}\)|[ \t]*[-–:]?[ \t]*\d{{1,2}}[ \t]*(?:months?|weeks?|years?|mths?|mois|meses|mesi|monate|maanden|semaines|semanas|settimane)|[ \t]+\d{{1,2}}(?:[.,]\d)?[ \t]*(?:std\.?|stunden|hours|hrs|h)(?![^\W\d_])|(?:(?<=[Tt]erm)|(?<=[Cc]ontract))[ \t]+20\d\d(?:[ \t]*[-–/][ \t]*20\d\d)?)?"  # "- Fixed Term 11 months", "– Teilzeit 25 Std.", "- Fixed Term 2027" (a season's year stays: "– Seasonal 2027")
            # (the same in the page's language first: "(ночные смены / night shifts)")
            rf"|[ \t]*\((?:[^\W\d_][^()/\n]{{1,30}}/[ \t]*)?(?:{_labels_regex([t for t in data['schedule_tags'] if not _CONTRACT_TAG.search(t)])})(?:[ \t]*[,;/][^()\n]{{1,30}}|[ \t]+(?i:por|de|for|für|pour|per)[ \t]+\d{{1,2}}[ \t]+[^\W\d_]+)?\)"
            rf"|[ \t]*\({_WEEKDAY}[ \t]*(?:[-–—/&]|to|and)[ \t]*{_WEEKDAY}\)"  # the days worked: "(Fri–Sun)", "(Mon to Thu)"
            # two terms or more in one bracket, a contract's among them: "(CDI TEMPS PLEIN)", "(Freelance · Remoto)"
            rf"|[ \t]*\((?:{bracket_terms})(?:[ \t]*[,;/+&·|]?[ \t]*(?:{bracket_terms}))+\))$"
            rf"|(?<=\))[ \t]+(?:{_labels_regex(data['schedule_tags'])})$"  # after a bracket, a space will do: "RN - Domiciliary (Bonham) Part-time"
            r"|[ \t]+(?i:(?:part[- ]?time|full[- ]?time)(?:[ \t]+\d{1,2}[ \t]?(?:h|hrs?|ore|hours))?|(?:1er|2do|3er|[123][ºo°]|1st|2nd|3rd|primer|segundo|tercer)[ \t]+(?:turno|shift))$"  # "AUXILIAR DE FARMACIA PART-TIME", "ADDETTI/E VENDITA PART TIME 24H", "Supervisor de Almacén 2do Turno"
        ) if data.get("schedule_tags") else None,
        headcount_tail=fastre.compile(  # the number of posts a public service glues after the title: "- 3 POST(S)", "(2 Vacancies)", "(Two Posts)", ", 2 positions", "(2 vende / 2 positions)", "(02 vị trí / 2 positions)", "– 3 позиции / 3 posts" (the count in the page's language first), "– مطلوب 10 أفراد" (a word for "wanted" before it)
            rf"(?i)(?:[ \t]+[-–—|][ \t]*(?:(?:\d{{1,3}}[ \t]+)?[^\W\d_]{{2,15}}(?:[ \t][^\W\d_]{{2,15}})?[ \t]*/[ \t]*|[^\W\d_]{{2,15}}[ \t]+(?=\d))?|[ \t]*\((?:\d{{1,3}}[ \t]+[^\W\d_]{{2,15}}(?:[ \t][^\W\d_]{{2,15}})?[ \t]*/[ \t]*|(?:{_labels_regex(data.get('selling_tags', []))}|urgent)!*[ \t]*[-–—,;:][ \t]*)?|,[ \t]*)(?:\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten|several|multiple)(?:[ \t]*\(\d{{1,3}}\))?[ \t]*"
            rf"(?:{_labels_regex(data['headcount_nouns'])})\.?(?:\(s\))?\)?$"  # (an abbreviation's stop: "(10 NOS.)")
        ) if data.get("headcount_nouns") else None,
        selling_tail=fastre.compile(
            rf"(?i)[ \t]+[-–—|][ \t]+(?:(?:up[ \t]+to[ \t]+)?[$£€][ \t]?[\d,.]+[kK]?[ \t]+)?(?:{_labels_regex(data['selling_tags'])})!*"
            r"(?:[ \t]+(?:of[ \t]+)?(?:up[ \t]+to[ \t]+)?[$£€][ \t]?[\d,.]+[kK]?)?$"  # the amount after the perk: "- Sign-on Bonus $10,000"
            rf"|[ \t]*[\[(](?:{_labels_regex(data['selling_tags'])})!*[\])]$"  # in brackets: "(URGENT)", "[Immediate start]"
        ) if data.get("selling_tags") else None,
        # the same tag before the title, set off by a bar, a colon or a dash: "WALK-IN | QC Chemist", "URGENT: Line Cook"
        selling_head=fastre.compile(rf"(?i)^(?:{_labels_regex(data['selling_tags'])})!*(?:[ \t]*[|:]|[ \t]+[-–—])[ \t]*(?=\S)") if data.get("selling_tags") else None,
        # "해외영업 담당자 채용 (경력 3년 이상)", "백엔드 개발자 … 경력 채용": a CJK board's hiring word (and career tags, a bracket) after the title
        hiring_tail_cjk=fastre.compile(
            rf"[ \t]+(?:(?:{_labels_regex(data.get('career_tags_cjk', []), loose_spaces=False) or '(?!)'})[ \t]+)*(?:{_labels_regex(data['hiring_words_cjk'], loose_spaces=False)})(?:[ \t]*[(（][^()（）\n]{{1,40}}[)）])?$"
        ) if data.get("hiring_words_cjk") else None,
    )


# --------------------------------------------------------------------------- helpers

# an English participle opening a sentence about the organisation: "Founded in 1999, …", "Headquartered in Leeds, …",
# "Serving 40 countries, …", "Backed by leading investors, …"
_PARTICIPLE = r"[A-Z][a-z]{2,}(?:ing|ed)"

_WORD_RE = fastre.compile(r"[^\W\d_][^\W\d_'’]*")
# the capitals of the Latin alphabets (Latin-1 and Latin Extended-A: "Žilina", "Łódź", "Şişli"), for names' first letters
_LATIN_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_COMPANY_RE = r"[0-9" + _LATIN_CAPITALS + r"][\w&.'’\-]{0,40}(?:[ \t]+(?:&amp;|[0-9&" + _LATIN_CAPITALS + r"][\w&.'’\-]{0,40}|[dl]['’][A-ZÀ-ÖØ-Þ][\w&.'’\-]{0,40}|of|and|et|und|the|de|del|della|du|des|da|do|dos|das|la|für|for|&)){0,7}"  # "&amp;": a scrape keeps the entity
_LOCATION_LINE = fastre.compile(  # "Leeds, West Yorkshire", "Linz, Oberösterreich", "Chișinău, Moldova": letters of any Latin alphabet
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ](?:[^\W\d_]|[.'\-])*(?:[ \t][A-ZÀ-ÖØ-ÞĀ-ſ](?:[^\W\d_]|[.'\-])*){0,3})(?:,[ \t]*[A-ZÀ-ÖØ-ÞĀ-ſ](?:[^\W\d_]|[.'\-])*(?:[ \t][^\W\d_](?:[^\W\d_]|[.'\-])*){0,3}){1,3}$"
)
_SENTENCE_END = fastre.compile(r"[.!?](?:\s|$)")
_JOBS_LISTING = fastre.compile(r"(?i)\bjobs\b")  # "Payroll Officer jobs in Leeds": a board's listing, not a title
_SITE_SECTION = fastre.compile(r"(?i)\b(?:jobs|careers?|vacancies|openings)\b")  # "Acme Foods Careers Our Company": a site's menu after the name


@dataclass(frozen=True)
class _Hit:
    value: str
    start: int
    end: int


def _clean(value: str) -> str:
    return " ".join(value.strip().strip("*_#|:").split()).strip(" -–—|,;:")


def _decoration(char: str) -> bool:
    """Whitespace, markup marks, or a pictograph ("🔧", "★", "®") edging a heading."""
    if char in "㈜㈱":
        return False  # a legal form written as one sign ("㈜바다물산")
    return char.isspace() or char in "*_#|:-–—,;\ufe0e\ufe0f" or unicodedata.category(char) in ("So", "Sk", "Cf", "Co")  # not a script's vowel sign (Mn)


def trimmed_hit(text: str, start: int, end: int) -> Optional[_Hit]:
    """A hit for ``text[start:end]`` trimmed of decoration; None when nothing is left."""
    while start < end and _decoration(text[start]):
        start += 1
    while end > start and _decoration(text[end - 1]):
        end -= 1
    if end <= start:
        return None
    return _Hit(" ".join(text[start:end].split()), start, end)


# what a board glues after a title: a place ("-Omaha", ", Hong Kong", "(Near Oshkosh, WI)", "- Leeds (City Centre)") or an advert phrase
_TAIL_PLACE_SOURCE = (
    r"(?:[ \t]*[-–—,|][ \t]*|(?<=[a-z])-|[ \t]+(?=\()|[ \t]+(?=(?i:in|based[ \t]in)[ \t]))\(?(?:(?i:near|in|based[ \t]in)[ \t]+)?"
    r"(?P<place>[A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*){0,2}?(?:,[ \t]*[A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*){0,2}?){0,2})(?:[ \t]+(?i:based))?\)?$"  # "– Perth Based"
)
_TAIL_PLACE = fastre.compile(_TAIL_PLACE_SOURCE)
_TAIL_PLACE_NOTED = fastre.compile(_TAIL_PLACE_SOURCE[:-1] + r"[ \t]+\([^()\n]{2,40}\)$")  # "- Burlington (Shelburne Rd)": a district or street after the place
_TAIL_ADVERT = fastre.compile(
    r"(?i)[ \t]+(?:[-–—][ \t]+)?(?:(?:position|job|role|vacancy|opening)[ \t]+)?(?:available|wanted|needed|opening|now[ \t]+hiring|hiring[ \t]+now|urgently[ \t]+hiring|hiring[ \t]+immediately|immediate[ \t]+hiring)!*$"
    r"|[ \t]+(?:wanted|needed)!?[ \t]+[-–—|][ \t]+[^\n]{1,60}$"  # the advert's call, then its headline: "Telemarketer Wanted - Digital Solutions"
)
# an id, a pay grade or the default hours a board glues after the title: "(Job Opening 258814)", ", GS-0460-7/9", "(EC-05)", "- Full Time"
# a public service's classification after a comma or dash: ", Clerk Grade 7/8", "- Grade 9" (a teacher's is the class taught,
# "Bilingual Teacher (Spanish) - Grade 2": it stays, see _trim_chrome)
_CLASS_GRADE_TAIL = fastre.compile(r"(?:,|[ \t][-–—|])[ \t]*(?:[A-Z][a-z]+[ \t]+){0,2}Grade[ \t]+\d{1,2}(?:[ \t]*[/\-][ \t]*\d{1,2})?$")
_TEACHING = fastre.compile(r"(?i)\b(?:teach\w*|instructor|educator|tutor|paraprofessional|para-educator)\b")
_TAIL_CHROME = (
    fastre.compile(r"(?i)[ \t]*[(\[][ \t]*(?:job[ \t]+opening|job[ \t]+id|job[ \t]+no\.?|post[ \t]+(?:no\.?|number)|req(?:uisition)?|ref(?:erence)?|vacancy|posting|id)[ \t#:.]*[A-Z0-9][\w\-/.]*\d[\w\-/.]*[ \t]*[)\]]$"),
    # the posting's reference after a bar or a dash: "Fleet Coordinator | Ref FC-77", "… – Req. 20441" (before the grade pattern
    # below reads its code alone)
    fastre.compile(r"(?i)[ \t]+[-–—|][ \t]+(?:ref(?:erence)?|req(?:uisition)?|job[ \t]+(?:id|no|ref)|vacancy[ \t]+(?:no|ref))[ \t#:.]*[A-Z0-9][\w\-/.]*\d[\w\-/.]*$"),
    # a grade, with an office code after it: ", GS-0199-9/11, Census-D-TH"
    fastre.compile(r"(?:[ \t]*,[ \t]*|[ \t]+|[ \t]+[-–—][ \t]+)\(?[A-Z]{2,3}-\d{1,4}(?:[-/]\d{1,4}){0,3}\)?(?:[ \t]+\([A-Z]{2,5}\))?(?:,[ \t]*[A-Z][A-Za-z]*(?:-[A-Z0-9]{1,4})+)?$"),
    fastre.compile(r"[ \t]*(?:\([A-Z]{2,5}\)[ \t]*){2,}$"),  # announcement codes in a row: "(OCA)(DE)"
    fastre.compile(r"(?i)[ \t]*(?:[ \t][-–—|][ \t]*|,[ \t]*|\()full[- ]?time\)?$"),  # "Part-time" qualifies the job and stays
    fastre.compile(r"[ \t]*\(\d{3,4}(?:[/,][ \t]?\d{3,4})*\)$"),  # an occupational series: "(801/808)"
    # the hours or the share of a full post a district glues after the title: "- 7.0 hrs/day", "– 20 hours per week", "- 0.5 FTE"
    fastre.compile(r"(?i)[ \t]+[-–—|][ \t]+\d{1,2}(?:\.\d{1,3})?[ \t]*(?:hrs?\.?|hours?)(?:[ \t]*(?:/|per|a)[ \t]*(?:day|week|wk))?$|[ \t]+[-–—|][ \t]+[01]?\.\d{1,3}[ \t]*FTE$"
                   r"|[ \t]*\(\d{1,2}[ \t]?(?:h|hrs?|horas|heures|std\.?|Stunden)(?:[ \t]*(?:/|por|par|pro)[ \t]*(?:semana|sem|week|wk|semaine|Woche))?\)$"),  # "(30h)", "(20 horas/semana)"
    # the site the job is at, named after the heading: "- Trident Community Based Outpatient Clinic (CBOC)", "– Lakeview
    # Regional Hospital" (three capitalised words or more: "- Primary School" is a level, "- Emergency Department" a unit)
    fastre.compile(r"[ \t]+[-–—|][ \t]+(?:[A-Z][\w.'’&-]*[ \t]+){2,6}(?:Clinic|Hospital|Medical[ \t]Cent(?:er|re)|Health[ \t]Cent(?:er|re)|Campus)(?:[ \t]*\([A-Z]{2,6}\))?$"),
    # the application window a public board glues after the heading: "- Open Until Filled", "(Continuous)"
    fastre.compile(r"(?i)(?:[ \t]+[-–—|][ \t]+|[ \t]*\()(?:open[ \t]+until[ \t]+filled|(?:open[ \t]+)?continuous(?:[ \t]+(?:recruitment|posting))?)\)?$"),
    fastre.compile(r"[ \t]*\(\d{5,9}\)$"),  # a requisition number alone in brackets: "Forklift Operator (55120)"
    fastre.compile(r"(?i)[ \t]+[-–—|][ \t]+(?:store|branch|restaurant|shop)[ \t]*(?:#|no\.?)?[ \t]*\d{1,6}$"),  # the outlet's number: "- Store #412"
    # who may apply, tagged after the heading: "Software Engineer - EXT", "Analyst INT", "(Internal Candidates Only)"
    fastre.compile(r"(?:[ \t]+[-–—|]?[ \t]*(?:EXT|INT)|[ \t]*\((?i:(?:internal|external)(?:[ \t]+(?:candidates|applicants))?(?:[ \t]+only)?)\))$"),
    # the pay a classified ad or a recruiter puts in its heading: "- $28-$38/hr DOE", "– up to 140k CZK/month"
    fastre.compile(r"[ \t]+[-–—|][ \t]+(?i:up[ \t]+to[ \t]+|from[ \t]+)?(?:[$£€₹¥][ \t]?\d|\d[\d.,]*[ \t]?(?:[kK]\b|[A-Z]{3}\b))[^\n]*$"),
    # pay glued after the title by a space, marked by its currency sign: "Production Operator $16.50/hr", "Cook £11 per hour"
    fastre.compile(r"(?i)[ \t]+(?:up[ \t]+to[ \t]+|from[ \t]+)?[$£€₹¥][ \t]?\d[\d.,]*[kK]?(?:[ \t]*[-–][ \t]*[$£€₹¥]?[ \t]?\d[\d.,]*[kK]?)?(?:[ \t]*(?:/|per[ \t]+|an[ \t]+|a[ \t]+)[ \t]*(?:hr|hour|h|yr|year|annum|month|mo|week|wk|day)\b[^\n]{0,12})?$"),
    # the employer, and what the advert says of it, after an at sign: "Food Production Manager @ PGI, a food company"
    fastre.compile(r"[ \t]+@[ \t]+\S[^\n]*$"),
    # a workplace word, in English or a board's own language: "– Prague, hybrid", "- Hybrid (2 days in office)", "– Híbrido",
    # "- Télétravail", "– Presencial"; or the live-in arrangement a hotel or care job offers: "- Live-in"
    fastre.compile(r"(?i)(?:[ \t]+[-–—|]|,)[ \t]+(?:fully[ \t]+)?(?:remote|hybrid|on-?site|in[- ]office|h[íi]brido|remoto|presencial|hybride|t[ée]l[ée]travail|teletrabajo|live[- ]in|work[ \t]+from[ \t]+home|wfh|(?:office|home|site)[- ]based)(?:[ \t]*\([^()\n]{1,30}\))?"
                   r"(?:[ \t]+(?:within|in|across|from|anywhere[ \t]+in)[ \t]+(?-i:[A-Z][\w.'’]*(?:[ \t]+(?:[A-Z][\w.'’]*|&))*))?$"),  # "— Fully Remote within Japan"
    # German hours after the title, with or without "in": "Elektroniker (m/w/d) in Vollzeit", "Verkäufer Teilzeit / Vollzeit"
    fastre.compile(r"(?i)[ \t]+(?:[-–—|][ \t]+)?(?:in[ \t]+)?(?:voll|teil)(?:zeit|-)(?:[ \t]*(?:/|oder|und|&)[ \t]*(?:voll|teil)zeit)?$"),  # also "Voll- oder Teilzeit"
    # the same in brackets: "Grants Manager (Remote)", "Accounts Payable Specialist (Hybrid)", "(Work From Home)"
    fastre.compile(r"(?i)[ \t]*\((?:fully[ \t]+|100%[ \t]+)?(?:remote|hybrid|on-?site|in[- ]office|work[ \t]+from[ \t]+home|wfh)\)$"),
    # a place tag standing for several places: "– Multiple Sites", "(Various Locations)", "- Multiple Locations"
    fastre.compile(r"(?i)(?:[ \t]+[-–—|][ \t]+|[ \t]*\()(?:multiple|various|several|multi)[ \t-]+(?:sites|locations|stores|branches|cities|offices)\)?$"),
    fastre.compile(r"[ \t]+\d[\d.,]*[ \t]*[-–~〜][ \t]*\d[\d.,]*[ \t]*[KkMm万千][^\n]*$"),  # pay glued after the title: "25-35K·14薪", "0.8-1.2万/月 · 13薪"
    # an international organisation's grade after a comma: ", P3", ", P-4", ", D-1", ", G5", ", FS-5", ", NO-B"
    fastre.compile(r"[ \t]*,[ \t]*(?:(?:P|D|G|FS|GS|SB|NO|LSC?)-?(?:\d{1,2}|[A-D])|G[A-H])$"),  # and the World Bank's ", GF"
    # a staffing agency's hiring arrangement in brackets: "(Contract-to-Hire)", "(Temp to Perm)"; "(Contract)" stays
    fastre.compile(r"(?i)[ \t]*\((?:contract[- ]to[- ](?:hire|perm)|temp[- ]to[- ](?:hire|perm)|right[- ]to[- ]hire|c2h)\)$"),
    # a contract's length in brackets: "(Kontrak 12 Bulan)", "(12-month contract)", "(Fixed Term, 6 Months)"; a bare "(Contract)" stays
    fastre.compile(r"(?i)[ \t]*\((?=[^()\n]{0,30}\d)(?=[^()\n]{0,30}\b(?:contract|kontrak|kontrakt|fixed[- ]term|befristet|cdd|contrato|contratto|kontrat|ftc)\b)[^()\n]{3,40}\)$"),
    # the same after a dash: "- 12 Month Fixed Term Contract", "– 6 months contract"
    fastre.compile(r"(?i)[ \t]+[-–—|][ \t]+(?=[^\n]{0,12}\d)(?=[^\n]{0,30}\b(?:contract|fixed[- ]term|ftc)\b)\d{1,2}[- ]?(?:months?|mths?|weeks?|years?)\b[^\n]{0,30}$"),
    # the document the title heads: "Youth Worker JD", "Payroll Officer – Job Description", "Care Assistant (Role Profile).docx"
    fastre.compile(r"(?:[ \t]+[-–—|][ \t]+|[ \t]+\(?)(?:JD|J\.D\.|(?i:job[ \t]+description|role[ \t]+profile|job[ \t]+profile|person[ \t]+specification))\)?(?:\.(?:docx?|pdf|odt))?$"),
    fastre.compile(r"(?:[ \t]*\([ \t]*[x×][ \t]?\d{1,3}[ \t]*\)|[ \t]+[x×][ \t]?\d{1,3})$"),  # the number of posts: "Staff Nurse (x3)", "REGISTERED NURSE x 4"
    # an internship's pay status, alone or before its terms: "(paid, 6 months)", "(Unpaid)"; "(paid internship)" names the post and stays
    fastre.compile(r"(?i)[ \t]*\((?:paid|unpaid)(?:[ \t]*[,;][^()\n]{1,30})?\)$"),
    fastre.compile(r"(?i)[ \t]+[-–—|][ \t]+(?:turno|shift|schicht|vuoro|skift)(?:[ \t]+(?:pattern|rota|roster))?[ \t]+\S{1,12}$"),  # a rota: "- Turno 7x7", "– Shift Pattern B"
    # a rotation's days on and off under its name: "- DIAGRAMA 14x14", "– Rol 6x1", "- Roster 14/7", "– Escala 12x36"
    fastre.compile(r"(?i)[ \t]+[-–—|][ \t]+(?:diagrama|rol|r[ée]gimen|regime|escala|roster|rotation|rotaci[óo]n|sistema|swing)[ \t]+\d{1,2}[ \t]?[x×/:][ \t]?\d{1,2}$"),
    # a CJK board's tags after the job's name: "【福岡勤務／リモート併用】※未経験の業界OK", "急徵" (urgent), and a place after a dash
    # that follows the bracketed specialty ("國外採購專員（半導體設備零件）－竹北總部", "仓储主管（冷链仓）-花桥")
    fastre.compile(r"[ \t]*【[^】\n]{1,40}(?:】[^\n]*)?$"),
    fastre.compile(r"(?<=[^\s※])[ \t]*※[^\n]{1,40}$"),  # a remark after the name: "※経験者歓迎／転勤なし"
    fastre.compile(r"[ \t]*(?:急徵|急聘|急招|急募|急征)[!！]?$"),
    fastre.compile(r"[ \t]+(?:경력|신입)(?:[ \t]*\d{1,2}[ \t]*년[ \t]*(?:↑|이상)?)?$"),  # a Korean board's experience tag: "경력 3년↑"
    fastre.compile(r"(?<=[）)])[ \t]*[－\-—–][ \t]*[\u3400-\u9fff][^\n（(]{0,14}$"),
    # a public service's terms in brackets: "(PERMANENT AND PENSIONABLE)", "(Pensionable)"
    fastre.compile(r"(?i)[ \t]*\((?:permanent[ \t]+and[ \t]+)?pensionable\)$"),
    # an offer of relocation after a dash: "– RELOCATION TO THESSALONIKI", "- Relocation package"
    fastre.compile(r"(?i)[ \t]+[-–—|][ \t]+relocat(?:ion|e)\b[^\n]{0,40}$"),
    # the area a sales or field post covers after a dash: "– ZONE MARADI / ZINDER", "- Zona Norte" (a "– Sector Salud" names the job's field)
    fastre.compile(r"(?i)[ \t]+[-–—|][ \t]+(?:zone|zona|territoire|territory)[ \t]+[^\n]{1,40}$"),
    # the site's name closing a page title after a pipe: "… | Aspen Ridge Dental Careers"
    fastre.compile(r"[ \t]+\|[ \t]+[^|\n]{2,60}[ \t]Careers$"),  # (a board's "| Marlborough Wine Jobs" after an employer: title.labelled)
    # a fly-in roster: "- FIFO 2:1 Roster", "– 8/6 rotation"
    fastre.compile(r"(?i)(?:[ \t]+[-–—|][ \t]+(?:(?:FIFO|DIDO|BIBO)\b[^\n]{0,24}|\d{1,2}[:/x]\d{1,2}[ \t]+(?:roster|rotation|swing|rota))"
                   r"|[ \t]*\((?:FIFO|DIDO|BIBO|\d{1,2}[:/x]\d{1,2})[ \t]+(?:roster|rotation|swing|rota)\))$"),
    # the same named first, after a dash or in brackets: "– RÉGIMEN 14x7", "(вахта 28/28)", "(rotation 14/14)"
    fastre.compile(r"(?i)(?:[ \t]+[-–—|][ \t]+|[ \t]*\()(?:r[ée]gimen|sistema|escala|roster|rotation(?:al)?|rota|rotating|swing|вахта)[ \t]+\d{1,2}[ \t]*[x×/:][ \t]*\d{1,2}\)?$"),
    # a pay range in brackets after the title: "(Thu Nhập 15 - 20 Triệu)", "(£30-35k)"; a workload "(80-100%)" and the
    # grades, ages or bands a teacher's or a grade's title names ("(Grades 9-12)", "(Ages 3-5)", "(Band 6-7)") stay
    fastre.compile(r"[ \t]*\((?=[^()%\n]*\d[\d.,]*[ \t]*[-–~][ \t]*\d)(?![^()\n]*\b(?:19|20)\d\d\b)(?![^()\n]*\b(?i:grades?|ages?|aged|key[ \t]+stages?|levels?|bands?|classes|years?(?=[ \t]+\d))\b)[^()%\n]{3,50}\)$"),
    # pay in brackets marked by its currency sign, the range's dash lost in a PDF's text: "(£42,848 £57,400)", "($95k)"
    fastre.compile(r"[ \t]*\((?=[^()\n]*[$£€₹¥][ \t]?\d)[^()%\n]{2,50}\)$"),
    fastre.compile(r"(?i)[ \t]*\([ \t]*\d(?:[.,]\d)?[- ]?days?[ \t]+(?:work|week)[^()\n]{0,30}\)$"),  # a working pattern: "(5-day work)"
    # a requisition number glued after the heading by a dash (Taleo): "Senior Substation Design Engineer-2500417"
    fastre.compile(r"(?:(?<=[A-Za-z)])|[ \t]+)[-–—][ \t]*\d{5,9}$"),
    # a classified ad's call on experience after a dash: "Roofer – Experienced", "- Entry Level", "- No Experience Needed"
    fastre.compile(r"(?i)[ \t]+[-–—|][ \t]+(?:experienced|entry[- ]level|no[ \t]+experience(?:[ \t]+(?:needed|required|necessary))?|immediate[ \t]+start|urgente?|urgently[ \t]+(?:required|needed))!?$"),
    # the school year a district's heading closes with after a dash: "– 2026-27 School Year" (a bracketed year stays, s4/s10 calls)
    fastre.compile(r"(?i)[ \t]+[-–—|][ \t]+(?:\d{4}[-/–]\d{2,4}[ \t]+)?(?:school|academic)[ \t]+year(?:[ \t]+\d{4}[-/–]\d{2,4})?$"),
    fastre.compile(r"(?:[ \t]+[-–—|][ \t]+|[ \t]*\()(?:TBC|TBA|TBD)\)?$"),  # a draft's placeholder for what is still open: "- TBC"
    _CLASS_GRADE_TAIL,
)
# the last dash-split part of a heading: "… - Medical/Surgical 4 West"
_LAST_PART = fastre.compile(r"[ \t]+[-–—|][ \t]+(?P<part>[^\n\-–—|]{2,60})$")


def _labelled_units(text: str) -> frozenset[str]:
    """The units the posting gives under a department label ("Department: Medical/Surgical 4 West"), casefolded."""
    vocab = title_vocab()
    return frozenset(
        " ".join(m.group("value").split()).casefold()
        for m in vocab.team_label.finditer(text, 0, min(len(text), 4000))
        if m.group("label").lower() not in vocab.category_labels and m.group("label").lower() not in vocab.weak_team_labels
    )
# a schedule word before the job's name, after an advert's call: "HIRING: Part-time Bookkeeper"
_HEAD_SCHEDULE = fastre.compile(r"(?i)^(?:part[- ]?time|full[- ]?time)[ \t]+(?=\S)")
# an advert's call before the job's name: "Hiring for Senior MIS Executive", "Now hiring: Line Cook", "We're hiring - Barista"
_HEAD_HIRING = fastre.compile(r"(?i)^(?:(?:(?:we(?:['’]re|[ \t]+are)|now)[ \t]+hiring|hiring)[ \t]+for|(?:we(?:['’]re|[ \t]+are)|now)[ \t]+hiring|hiring[ \t]*[:!]"
                              # a classified's call in its own language: "SE NECESITA …", "Se busca …", "Lowongan …", "Dibutuhkan …"
                              r"|se[ \t]+(?:necesita|busca|solicita|requiere)n?|precisa-se(?:[ \t]+de)?|lowongan(?:[ \t]+kerja)?|dibutuhkan|dicari"
                              # the notice's word for itself set off by a dash or a colon: "OFFRE D'EMPLOI – TECHNICIEN …", "Stellenangebot: …"
                              r"|(?:offre[ \t]+d['’]emploi|oferta[ \t]+de[ \t]+(?:empleo|trabajo|emprego)|offerta[ \t]+di[ \t]+lavoro|stellenangebot|vacature"
                              r")(?=[ \t]*[:\-–—][ \t])"
                              # an app's alert: "New match: Dental Hygienist"
                              r"|(?:new[ \t]+(?:job[ \t]+)?(?:match|job|listing|opening)|job[ \t]+alert|(?:top|best)[ \t]+match|recommended(?:[ \t]+for[ \t]+you)?"
                              # a calendar's reminder of the closing date: "Bewerbungsfrist: Servicetechniker …", "Deadline: …"
                              r"|(?:application[ \t]+)?deadline|bewerbungsfrist|bewerbungsschluss|reminder|erinnerung|date[ \t]+limite|fecha[ \t]+l[ií]mite)[ \t]*:)"
                              r"(?:[ \t]*[:!\-–—])?[ \t]+(?:(?:an?|one)[ \t]+)?(?=\S)")  # "We're hiring a Warehouse Lead"
_HEAD_TAG_CJK = fastre.compile(r"^【[^】\n]{1,10}】[ \t]*", re.M)
_HEAD_NAME_BRACKET = fastre.compile(r"^\[[^\[\]\n\d]{2,30}\][ \t]*(?=\S)")  # Korean boards open the heading with the employer's name: "[Acme] …"
# a reference code before the heading: "EPSO/AD/412/25 — Administrators …", "REQ-2025-014 | Nurse"
_HEAD_CODE = fastre.compile(r"^(?=[A-Z0-9/.\-]*\d)[A-Z][A-Z0-9]*(?:[/.\-][A-Z0-9]+){2,}[ \t]+[-–—:|][ \t]+(?=\S)", re.M)
_BREADCRUMB = fastre.compile(r"[ \t]+[>»›→/][ \t]+")
# the number of posts a notice writes before the job, in words and figures: "UN (01) RESPONSABLE …", "DEUX (02) COMPTABLES"
_HEAD_COUNT = fastre.compile(
    r"(?i)^(?:(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|seven|eight|nine|ten|uno|dos|tres|cuatro|cinco|um|duas|dois)[ \t]*)?"
    r"\(\d{1,3}\)[ \t]+(?=\S)"
)


def _trim_chrome(text: str, hit: _Hit) -> _Hit:
    """``hit`` without a breadcrumb trail before it ("Home > Internships > …") and an id, grade or hours after it."""
    value = hit.value
    brackets = [m.span() for m in _BRACKETED.finditer(value)] if "(" in value else []
    crumbs = [c for c in _BREADCRUMB.finditer(value) if not any(a < c.start() < b for a, b in brackets)]  # not "(2 vende / 2 positions)"
    start, end = 0, len(value)
    dashes = [d.start() for d in _DASH_PIECES.finditer(value)]
    # a trail's steps run in one piece: "Vendedor(a) / Sales Associate – Turno nocturno / Night shift" pairs two languages twice
    one_piece = len({sum(d < c.start() for d in dashes) for c in crumbs[-2:]}) == 1
    trail = next((piece for piece in _DASH_PIECES.split(value) if len(_BREADCRUMB.findall(piece)) >= 2), "")
    if len(crumbs) >= 2 and one_piece and not _slash_titles(trail):
        start = crumbs[-1].end()  # (not one job named in three languages: "Pavārs / Повар / Cook – …")
    tails = (*_TAIL_CHROME, title_vocab().schedule_tail, title_vocab().headcount_tail, title_vocab().perk_tail, title_vocab().hiring_tail_cjk, title_vocab().selling_tail)

    def chrome_before(at: int) -> bool:
        """Whether ``value[start:at]`` closes with a tail the loop cuts (a schedule, a headcount …)."""
        return any(p is not None and (t := p.search(value, start, at)) is not None and t.start() - start >= 3 for p in tails)

    changed = True
    counted = False  # a headcount was cut: "(1 poste)" is never part of a job's name, whatever the case of the words before it
    shifted = False  # so was a schedule: "Reach truck driver - cold store (night shift)", a sentence-case heading
    while changed:
        changed = False
        for pattern in tails:
            m = pattern.search(value, start, end) if pattern is not None else None
            if m is not None and pattern is _CLASS_GRADE_TAIL and _TEACHING.search(value, start, m.start()):
                continue  # "Bilingual Teacher (Spanish) - Grade 2": the class the teacher takes
            if m is not None and m.start() - start >= 3:
                end, changed = m.start(), True
                counted = counted or pattern is title_vocab().headcount_tail
                shifted = shifted or pattern is title_vocab().schedule_tail
        unit = _LAST_PART.search(value, start, end)
        if unit is not None and unit.start() - start >= 3 and chrome_before(unit.start()) \
                and (" ".join(unit.group("part").split()).casefold() in _labelled_units(text) or _site_after_terms(text, value, start, unit)):
            # the unit the page also gives under its Department label, glued after the heading's schedule ("CNA - Per Diem -
            # Medical/Surgical 4 West"); right after the job's name it is the title's specialty ("Sales Associate – Paint & Décor")
            end, changed = unit.start(), True
    head = _HEAD_HIRING.match(value, start, end)
    if head is not None and has_job_noun(value[head.end() : end]):
        start = head.end()
        schedule = _HEAD_SCHEDULE.match(value, start, end)  # "HIRING: Part-time Bookkeeper": the call's terms; a heading
        if schedule is not None and has_job_noun(value[schedule.end() : end]):  # that opens with them keeps them ("Part-Time Barista")
            start = schedule.end()
    tag = title_vocab().selling_head.match(value, start, end) if title_vocab().selling_head is not None else None
    if tag is not None and has_job_noun(value[tag.end() : end]):
        start = tag.end()
    bracket = _HEAD_TAG_CJK.match(value, start, end) or _HEAD_NAME_BRACKET.match(value, start, end)
    if bracket is not None and end - bracket.end() >= 2 and not has_job_noun(bracket.group().strip(" []【】")):
        start = bracket.end()  # "【急募】介護職員": an advert tag before the title; "[Acme] Sales Manager": the employer's name
    code = _HEAD_CODE.match(value, start, end) or _HEAD_COUNT.match(value, start, end)
    if code is not None and end - code.end() >= 3:
        start = code.end()
    if (start, end) == (0, len(value)):
        return hit
    piece = value[start:end].strip(" -–—,")
    at = " ".join(text[hit.start : hit.end].split()).find(piece)
    pos = text.find(piece, hit.start, hit.end) if at >= 0 else -1
    # a heading cut at its tail keeps its job noun: "Registered Nurse - Emergency Department - Per Diem Nights" reads as a
    # unit's name once the shift is cut, but the heading it came from was a title
    cut_tail = start == 0 and end < len(value) and has_job_noun(piece) and looks_like_title(value)
    shifted = shifted and piece[:1].isupper() and has_job_noun(piece)
    return _Hit(piece, pos, pos + len(piece)) if pos >= 0 and (looks_like_title(piece, need_job_noun=False) or cut_tail or counted or shifted or _lower_case_title(piece)) else hit


def _site_after_terms(text: str, value: str, start: int, part: re.Match[str]) -> bool:
    """Whether the heading's last dash piece is the place or site of work glued after its terms or its headcount
    ("- Part Time - Wollongong & Illawarra", "(1 position) - Kalani Village Power Station"): capitalised, no job
    noun, and opening with a known place or a name the posting uses again."""
    name = " ".join(part.group("part").split())
    terms = (title_vocab().schedule_tail, title_vocab().headcount_tail)
    if not name[:1].isupper() or len(name.split()) > 5 or has_job_noun(name) \
            or not any(p is not None and p.search(value, start, part.start()) for p in terms):
        return False
    first = name.split()[0].strip(",.")
    return gazetteer().knows(first) or gazetteer().knows(name) or len(re.findall(rf"(?<!\w){re.escape(first)}(?!\w)", text)) >= 2


def _lead_place_cut(text: str, hit: _Hit) -> _Hit:
    """``hit`` without a place opening it when the location line right under it names that place
    ("Edinburgh Fragrance and Beauty Promotional Staff" over "GB, , Edinburgh")."""
    words = hit.value.split(" ")
    nl = text.find("\n", hit.end)
    if len(words) < 3 or nl < 0:
        return hit
    below = text[nl + 1 : nl + 120].lstrip("\n").split("\n", 1)[0]
    if "," not in below or len(below) > 80:
        return hit
    for k in (3, 2, 1):
        name, rest = " ".join(words[:k]), " ".join(words[k:])
        if len(words) - k >= 2 and name[:1].isupper() and gazetteer().knows(name) and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", below) \
                and has_job_noun(rest) and looks_like_title(rest) and f"{name} {words[k]}" not in text[hit.end :]:  # "Boston Scientific" said again: a name
            pos = hit.start + hit.value.find(rest)
            return _Hit(rest, pos, pos + len(rest)) if text[pos : pos + len(rest)] == rest else hit
    return hit


# a pictograph standing between words of a post's heading, as a pipe would: "Part-Time Barista 🥐 Salt & Crumb, Galway"
_EMOJI_SPLIT = fastre.compile("[ \t]+[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d\U0001f300-\U0001faff]*[ \t]+")


def _emoji_cut(text: str, hit: _Hit) -> _Hit:
    """``hit`` up to a pictograph that splits it, when what stands before is a job's name ("Part-Time Barista 🥐 Salt &
    Crumb, Shop Street" -> "Part-Time Barista"); a heading with no job noun before it is kept whole."""
    m = _EMOJI_SPLIT.search(hit.value)
    if m is None or m.start() < 3 or not looks_like_title(hit.value[: m.start()]):
        return hit
    cut = trimmed_hit(text, hit.start, hit.start + len(hit.value[: m.start()]))
    return cut if cut is not None and cut.value == hit.value[: m.start()] else hit


def trim_title(text: str, hit: _Hit) -> _Hit:
    """``hit`` cut by :func:`_trim_title`, then without a last piece the posting gives elsewhere as a place or a fact
    (:func:`piece_cut`), and cut again where that piece hid a tail ("- 7.0 hrs/day - Tangent Elementary")."""
    trimmed = _trim_title(text, hit)
    cut = piece_cut(text, trimmed)
    return cut if cut is trimmed else _trim_title(text, cut)


def _trim_title(text: str, hit: _Hit) -> _Hit:
    """``hit`` without a place or an advert phrase glued to its end ("Sales Manager, Hong Kong",
    "IT Consultant Position Available"), a breadcrumb before it, or an id, a grade or the hours after it;
    the title itself is kept when nothing would be left."""
    hit = _article_cut(text, _lead_place_cut(text, _trim_chrome(text, _skill_list_cut(text, _emoji_cut(text, _card_dot_cut(text, hit))))))
    value = hit.value
    m = _TAIL_ADVERT.search(value)
    placed = m is None  # a place closes the heading (an advert's call may stand before it)
    for pattern in (_TAIL_PLACE, _TAIL_PLACE_NOTED):
        if m is not None:
            break
        m = pattern.search(value)
        if m is not None:
            gaz = gazetteer()
            parts = [p.strip() for p in m.group("place").split(",")]
            if len(parts) == 1 and not gaz.knows(parts[0]) and _town_and_state(parts[0]):
                parts = parts[0].rsplit(None, 1)
            if not all(gaz.knows(p) for p in parts[1:]) or not gaz.knows(parts[-1]) or _unsaid_country_code(text, hit, parts):
                m = None
            elif len(parts) == 2 and not gaz.knows(parts[0]) and _only_a_city(parts[1]):
                m = re.search(r"[ \t]*,[ \t]*" + re.escape(parts[1]) + r"(?:[ \t]+\([^()\n]*\))?$", value)  # "Production Manager - Video Production, London"
    if m is None:
        m = _place_employer_tail(value) or _org_town_tail(value) or _branch_tail(value) or _route_tail(value)
    if m is not None and value.rfind("(", 0, m.start()) > value.rfind(")", 0, m.start()):
        m, placed = re.search(r"[ \t]*\($", value[: value.rfind("(", 0, m.start()) + 1]), False  # "Officer (5-day work, Kwun Tong)": the whole bracket goes
    if m is None or m.start() < 3 or not looks_like_title(value[: m.start()].strip(" -–—,"), need_job_noun=False):
        return hit
    cut = trimmed_hit(text, hit.start, hit.start + len(value[: m.start()].rstrip(" -–—,")))
    if cut is None or cut.value != value[: m.start()].rstrip(" -–—,"):
        return hit
    cut = _trim_chrome(text, cut)  # what the place closed: "Heavy Diesel Fitter – FIFO 2:1 Roster – Perth Based"
    return _advert_cut(text, cut) if placed else cut


# the run a driver's or a crew's job covers, after the title: "– Melbourne to Sydney", "- Leeds ⇄ Glasgow", "| Calgary -> Edmonton"
_ROUTE = r"[A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*){0,2}"
_TAIL_ROUTE = fastre.compile(rf"[ \t]+[-–—|][ \t]+(?P<a>{_ROUTE})[ \t]+(?:to|->|→|⇄|↔|<->)[ \t]+(?P<b>{_ROUTE})$")


def _route_tail(value: str) -> Optional[re.Match[str]]:
    """The route after a title, both ends places the gazetteer knows; else None."""
    m = _TAIL_ROUTE.search(value)
    return m if m is not None and gazetteer().knows(m.group("a")) and gazetteer().knows(m.group("b")) else None


# an advert's indefinite article before the job it seeks: "UN(E) RESPONSABLE QUALITÉ", "Une infirmière", "Einen Elektriker"
_LEAD_ARTICLE = fastre.compile(r"(?i)^(?:un[ \t]?\(e\)|un·e|une|un|una|uno|um|uma|ein|eine|einen|een)[ \t]+(?=[^\W\d_])")


def _article_cut(text: str, hit: _Hit) -> _Hit:
    """``hit`` without an indefinite article a call for staff puts before the job's name; else ``hit``."""
    m = _LEAD_ARTICLE.match(hit.value)
    if m is None or not looks_like_title(hit.value[m.end() :], need_job_noun=False):
        return hit
    return trimmed_hit(text, hit.start + m.end(), hit.end) or hit


def _unsaid_country_code(text: str, hit: _Hit, parts: list[str]) -> bool:
    """Whether a heading's tail is a bare three-letter country code (ISO 3166 alpha-3: "(SEN)", "- CAN") that the
    posting nowhere else says, nor its country: then an acronym of the job ("Teaching Assistant (SEN)"), no place."""
    if len(parts) != 1 or len(parts[0]) != 3:
        return False
    places = gazetteer().codes.get(parts[0], ())
    if not places or any(place.form != "code" for place in places):
        return False
    rest = text[: hit.start] + " " + text[hit.end :]
    return not any(re.search(rf"\b(?:{re.escape(parts[0])}|{re.escape(place.country or place.name)})\b", rest) for place in places)


# the last piece of a heading: after a dash or a pipe, or in closing brackets ("… - Ebène", "… | Night rota", "… (Tulsa)");
# a dash between two figures is a range ("CFC 60 – 80%"), no piece
_LAST_PIECE = fastre.compile(r"(?:(?:(?<!\d)[ \t]+[-–—|][ \t]+|(?<=\d)[ \t]+[-–—|][ \t]+(?!\d))(?P<dash>(?:(?![ \t][-–—|][ \t])[^\n()–—|]){2,40})|[ \t]*\((?P<bracket>[^()\n]{2,40})\))$")
_COMMA_PIECE = fastre.compile(r",[ \t]+(?P<piece>[A-Z][^\n,()]{2,50})$")  # a heading's last part after a comma
# a row of the posting's facts block: "Shift pattern: Rotating nights"
_FACT_ROW = fastre.compile(r"^[ \t]*(?P<label>[^\W\d_][\w /'’.-]{1,40}?)[ \t]*:[ \t]*(?P<value>[^\n:]{2,160}?)[ \t]*$", re.M)


@lru_cache(maxsize=64)  # pure: every head line of a posting asks about the same text
def _tail_facts(text: str) -> frozenset[str]:
    """The values of the posting's fact rows whose label names a place or a shift (``tail_fact_labels``),
    casefolded, read in the first 4,000 characters (the facts block): a heading that ends in one of them glued it
    from there."""
    labels = tail_fact_labels()
    values = [" ".join(m.group("value").split()).casefold() for m in _FACT_ROW.finditer(text, 0, min(len(text), 4000))
              if any(part.strip().casefold() in labels for part in m.group("label").split("/"))]  # (a bilingual label: "Munkarend / Schedule")
    # a place row's town before its region or its note ("Location: Port-Gentil, Ogooué-Maritime (offshore)")
    towns = [v.split(",")[0].split("(")[0].strip() for v in values if "," in v or "(" in v]  # (or its bracketed note: "Richard-Toll (Région de Saint-Louis)")
    return frozenset(values + [t for t in towns if len(t) >= 3])


_FIRST_WORD = fastre.compile(r"[^\W\d_]{3,}(?=[ \t]*(?:[(,;/]|$))")


@lru_cache(maxsize=64)
def _tail_fact_words(text: str) -> frozenset[str]:
    """The one word that opens a place or shift fact row before its note ("Shift: Nights (7p–7a), rotating weekends"
    gives "nights"), casefolded: a heading's last word that repeats it was glued from there ("ICU Nights")."""
    return frozenset(m.group().casefold() for v in _tail_facts(text) for m in [_FIRST_WORD.match(v)] if m is not None)


@cache
def tail_fact_labels() -> frozenset[str]:
    """The fact labels (a place, a shift) whose value a heading does not keep (``titles.json`` ``tail_fact_labels``), lower case."""
    return frozenset(w.casefold() for w in load("titles.json").get("tail_fact_labels", []))


def _place_line_opened_by(text: str, end: int, piece: str) -> bool:
    """One of the three lines under ``end`` opens with ``piece``, then a comma and places the gazetteer knows
    ("Duqm, Al Wusta, Oman" under "… – Duqm"): the piece is that place, unknown to the gazetteer itself."""
    gaz = gazetteer()
    for line in text[end : end + 300].split("\n")[1:5]:
        line = line.strip()
        if not line.startswith((piece + ",", piece + " ")):
            continue
        rest = [p.strip() for p in line[len(piece) + 1 :].split(",")]
        if line[len(piece)] == " " and not all(p and gaz.knows(p) for p in rest):
            continue  # "Chermside QLD, Australia": the town, then its state's code without a comma
        return 0 < len(rest) <= 3 and all(p and gaz.knows(p) or i < len(rest) - 1 and p[:1].isupper() for i, p in enumerate(rest))
    return False


def _place_listed(text: str, piece: str) -> bool:
    """A line of the posting opens with ``piece`` (after a bullet) followed by a comma and a place the gazetteer knows
    ("- Bonham, Texas"): the bracketed piece of a heading names the place of work."""
    if not piece[:1].isupper() or len(piece.split()) > 3:
        return False
    gaz = gazetteer()
    for m in re.finditer(r"(?m)^[ \t•*-]*" + re.escape(piece) + r",[ \t]*(?P<rest>[^\n,]{2,40}?)[ \t]*(?:,|$)", text):
        if gaz.knows(m.group("rest")):
            return True
    return False


_BRACKET_CODE = fastre.compile(r"(?=[A-Za-z0-9#/-]*\d{4})[A-Za-z0-9#]{1,12}(?:[-/][A-Za-z0-9]{1,12}){0,4}")  # "2026-14382", "R-0048213", "#4471"


# a hotel's star rating opening a title's sector suffix ("Chief Engineer – 5-Star Resort"): the sector, not a count
_STAR_RATING = fastre.compile(r"(?i)\d[ -]?stars?\b")


def piece_cut(text: str, hit: _Hit) -> _Hit:
    """``hit`` without its last piece when the posting gives that piece elsewhere as a place or a fact the title does not
    keep: a line under the heading opens with it as a place ("Marine Planner – Kavala" over "Kavala, Macedonia, Greece"),
    or a facts row under a place or shift label holds it ("Electrician - Rotating shifts" and "Shift: Rotating
    shifts"). A specialty the facts give as the department ("- Surgery", "Department: Surgery") stays."""
    comma = _COMMA_PIECE.search(hit.value)
    if comma is not None and comma.start() >= 3 and " ".join(comma.group("piece").split()).casefold() in _tail_facts(text):
        return _title_head(text, hit, hit.value[: comma.start()].rstrip())  # "…, University Hospital Galway" over "Location: University Hospital Galway, …"
    m = _LAST_PIECE.search(hit.value)
    if m is None or m.start() < 3:
        return hit
    piece = " ".join((m.group("dash") or m.group("bracket")).split())
    if m.group("bracket") and _BRACKET_CODE.fullmatch(piece) and text.count(piece) >= 2:
        return _title_head(text, hit, hit.value[: m.start()].rstrip())  # "… HVAC (2026-14382)": the requisition the page numbers again
    if m.group("dash") and piece[0].isdigit() and not _STAR_RATING.match(piece):
        return _title_head(text, hit, hit.value[: m.start()].rstrip(" -–—|,"))  # "Farm Assistant - 900 cow rotary": a count opens a fact
    if m.group("bracket") and _place_listed(text, piece):
        return _title_head(text, hit, hit.value[: m.start()].rstrip())  # "RN - Domiciliary (Bonham)" over "Location" / "- Bonham, Texas"
    if m.group("bracket") and _WORKLOAD_PIECE.fullmatch(piece):
        return hit  # "(0.6 FTE)", "(80–100%)": the workload a title keeps, even where an hours row repeats it
    facts = _tail_facts(text)
    named = piece.casefold() in facts or len(piece.split()) >= 2 and any(f.startswith(piece.casefold() + " ") for f in facts)
    if not (_place_line_opened_by(text, hit.end, piece) or named):  # (or a site the place row names in full: "- Tangent Elementary", "Location: Tangent Elementary School, …")
        words = piece.split()
        if m.group("dash") and len(words) >= 2 and words[-1].casefold() in _tail_fact_words(text):
            return _title_head(text, hit, hit.value[: len(hit.value) - len(words[-1])].rstrip())  # "RN - ICU Nights", "Shift: Nights (…)"
        return hit
    return _title_head(text, hit, hit.value[: m.start()].rstrip(" -–—|,"))


_WORKLOAD_PIECE = fastre.compile(r"(?i)\d(?:[.,]\d{1,2})?[ \t]*FTE|\d{1,3}[ \t]*(?:[-–][ \t]*\d{1,3}[ \t]*)?%")


# a dash, then a tail of capitalised words: "Assistant Language Teacher (ALT) - Osaka Prefecture Public Schools"
_DASH_TAIL = fastre.compile(r"[ \t]+[-–—|][ \t]+(?P<tail>[A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*){1,5})$")


# a dash, then the branch or office the post is in: "– Agence de Zinder", "- Branch of Kisumu", "– Sucursal Cusco"
_BRANCH_TAIL = fastre.compile(
    r"[ \t]+[-–—|][ \t]+(?i:agence|agencia|agência|branch|filiale|succursale|sucursal|antenne|délégation|delegación|oficina|bureau)"
    r"(?:[ \t]+(?i:de|du|des|of|in|at|en|da|do)[ \t]+|[ \t]*(?i:d['’])[ \t]*|[ \t]+)(?P<place>[^\W\d_][\w'’ -]{1,40}?)[ \t]*$"
)


# the same with the place first ("– Garland Branch"), or the organisation's own office ("– Head Office")
_PLACE_BRANCH_TAIL = fastre.compile(r"[ \t]+[-–—|][ \t]+(?P<place>[^\W\d_][\w'’ -]{1,40}?)[ \t]+(?i:branch|office|depot|store|plant|campus)$")
# in brackets: "Əczaçı / Pharmacist (Sumqayıt filialı)", "(Izmir Şubesi)", "(Leeds branch)"
_BRACKET_BRANCH_TAIL = fastre.compile(r"[ \t]*\((?P<place>[^\W\d_][\w'’ -]{1,40}?)[ \t]+(?i:filialı|filiali|filial|şubesi|şube|branch|office|филиал)\)$")
_OWN_OFFICE_TAIL = fastre.compile(r"[ \t]+[-–—|][ \t]+(?i:head|main|central|country|regional)[ \t]+(?i:office|branch)$")


def _branch_tail(value: str) -> Optional[re.Match[str]]:
    """The dash tail of ``value`` that names the branch or office the post is in: of a known place ("… – AGENCE DE
    ZINDER", "… – Garland Branch") or the organisation's head office ("… – Head Office"); None otherwise."""
    m = _BRANCH_TAIL.search(value) or _PLACE_BRANCH_TAIL.search(value) or _BRACKET_BRANCH_TAIL.search(value)
    if m is not None and gazetteer().knows(m.group("place")):
        return m
    return _OWN_OFFICE_TAIL.search(value)


def _place_employer_tail(value: str) -> Optional[re.Match[str]]:
    """The dash tail of ``value`` that names an employer by its place: a known place, then words ending in an
    organisation's noun ("– Osaka Prefecture Public Schools", "- Kildare County Council"); None otherwise."""
    m = _DASH_TAIL.search(value)
    if m is None:
        return None
    words = m.group("tail").split()
    if not _org_noun_word(words[-1]):
        return None
    gaz = gazetteer()
    if any(gaz.knows(" ".join(words[:k])) for k in range(min(3, len(words) - 1), 0, -1)):
        return m
    return None


# a dash tail naming a workplace by its own name and its town: "– Matiti School, Nukunonu", "- Riverside Clinic, Dundee"
_ORG_TOWN_TAIL = fastre.compile(r"[ \t]+[-–—|][ \t]+(?P<org>[A-Z][\w.'’&]*(?:[ \t]+(?:[A-Z][\w.'’&]*|of|the|and|de)){0,4}),[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}$")


def _org_town_tail(value: str) -> Optional[re.Match[str]]:
    """The dash tail of ``value`` that names a workplace by name, its last word an organisation's noun, then its town
    after a comma ("Primary School Teacher – Matiti School, Nukunonu"); None otherwise."""
    m = _ORG_TOWN_TAIL.search(value)
    return m if m is not None and _org_noun_word(m.group("org").split()[-1]) else None


def _org_noun_word(word: str) -> bool:
    """Whether ``word`` is an organisation's noun, or its plural ("School", "Schools", "Council")."""
    last = word.lower()
    return bool(title_vocab().org_noun.fullmatch(last) or last.endswith("s") and title_vocab().org_noun.fullmatch(last[:-1]))


def _only_a_city(name: str) -> bool:
    """``name`` is known only as a city: no region or country of that name. A name before it is then no town of that
    region ("Smallville, Texas") but a part of the job's name the city closes ("… - Video Production, London")."""
    places = gazetteer().names.get(name.casefold(), [])
    return bool(places) and all(p.level == CITY for p in places)


_LIST_TAIL = fastre.compile(r"[ \t]*(?::|[ \t][-–—|])[ \t]+(?P<items>[^\n:]{3,160})$")
_LIST_ITEM_SPLIT = fastre.compile(r"[ \t]*[,/|;][ \t]*")


def _skill_list_cut(text: str, hit: _Hit) -> _Hit:
    """``hit`` without the keywords an advert lists after the job's name to be found by search ("Front End
    Web Developer - HTML5, CSS3, JavaScript", "QA Engineer: Cucumber / Jenkins / Web Testing"): a tail of
    three or more short items, at least two of them, and half, known skills or tools."""
    m = _LIST_TAIL.search(hit.value)
    if m is None:
        return hit
    items = [i for i in _LIST_ITEM_SPLIT.split(m.group("items").strip()) if i]
    known = sum(1 for i in items if i.lower() in _skill_names())
    if len(items) < 3 or known < 2 or 2 * known < len(items) or any(len(i.split()) > 3 for i in items):
        return hit
    return _title_head(text, hit, hit.value[: m.start()].rstrip(" -–—|:,"))


_CARD_DOT = fastre.compile(r"[ \t]+[·•][ \t]+")


def _card_dot_cut(text: str, hit: _Hit) -> _Hit:
    """``hit`` cut before a spaced middle dot or bullet ("Account Executive · US", "Analyst • DEPT OF HEALTH • …"):
    a board's card parts its facts with them, and no job title holds one; kept whole when the start is no title."""
    m = _CARD_DOT.search(hit.value)
    if m is None or _badged_name(text, hit.start, hit.end) is not None:
        return hit  # "Acme Partners · 2,310 followers": the employer's line with its badge, no title to cut
    opened = hit.value.rfind("(", 0, m.start())
    if opened > hit.value.rfind(")", 0, m.start()) and hit.value.find(")", m.end()) > 0:
        return hit  # "Motion Designer (Freelance · Remote)": the dot parts a bracket's terms, which the tail rules read whole
    return _title_head(text, hit, hit.value[: m.start()])


def _title_head(text: str, hit: _Hit, head: str) -> _Hit:
    """``hit`` cut to ``head``, the start of its value, when that is still a title; ``hit`` otherwise."""
    cut = trimmed_hit(text, hit.start, hit.start + len(head))
    return cut if cut is not None and cut.value == head and looks_like_title(head) else hit


def _advert_cut(text: str, hit: _Hit) -> _Hit:
    """``hit`` without the advert's call a place followed ("Doctors Opening in UAE", "Welders Wanted - Leeds"):
    the call stands before the place, so it ends the heading only once the place is cut."""
    m = _TAIL_ADVERT.search(hit.value)
    if m is None or m.start() < 3:
        return hit
    cut = trimmed_hit(text, hit.start, hit.start + len(hit.value[: m.start()].rstrip(" -–—,")))
    if cut is None or cut.value != hit.value[: m.start()].rstrip(" -–—,") or not looks_like_title(cut.value, need_job_noun=False):
        return hit
    return cut


_CO_OP = fastre.compile(r"(?i)\bco-operative")


@lru_cache(maxsize=2048)  # pure: the title and company rules ask about the same lines again
def has_job_noun(value: str) -> bool:
    """True if ``value`` contains a job noun from ``titles.json`` (a plural 's' allowed)."""
    nouns = title_vocab().job_nouns
    if any(noun in value for noun in title_vocab().job_nouns_cjk):
        return True  # scripts without spaces: "资深前端工程师", "백엔드 개발자"
    value = _CO_OP.sub("cooperative", value)  # "Bay Harvest Kiwifruit Co-operative": a firm's form, no "operative"
    words = [re.sub(r"['’]s$", "", w.lower()).strip("'’") for w in _WORD_RE.findall(value)]  # "Plumber's" -> "plumber"
    suffixes = title_vocab().job_noun_suffixes
    for i, word in enumerate(words):
        if word in nouns or (word.endswith("s") and word[:-1] in nouns):
            return True
        if len(word) > 8 and word.endswith(suffixes) and not word.endswith("s"):
            return True  # a compound: "Softwareentwickler", "Projectmedewerker"
        if len(word) > 8 and word.endswith("ist") and not word.endswith(("list", "sist")):
            return True  # an English practitioner's noun the list lacks: "Agronomist", "Epidemiologist" (not "Checklist", "Assist")
        if i + 1 < len(words) and f"{word} {words[i + 1]}" in nouns:
            return True
    return False


# the gender tag European ads put in the title: "(m/w/d)", "(H/F)", "(f/m/x)", "(all genders)", Dutch "(m/v)",
# Polish "(k/m)", Serbo-Croatian "(m/ž)"; French boards also write it bare after the title ("… H/F", "… F/H")
_GENDER_TAG = fastre.compile(
    r"(?i)\((?:[mwfdhxvkž][ \t]*/[ \t]*){1,3}[mwfdhxvkž]\*?\)|\((?:all[ \t]+genders|alle[ \t]+geschlechter)\)"
    r"|(?<=[ \t])(?-i:H/F|F/H|H/F/X|F/H/X)(?![\w/])"
    # a job's name written for all: "Mécanicien(ne)", "Chargé(e)", "Assistant·e", "Ingeniero(a)"
    r"|(?-i:(?<=[a-zà-ÿ])(?:\((?:e|ne|le|se|euse|rice|trice|ère|ière|a)\)|·(?:e|ne|le|euse|rice|trice|ère|ière)(?![\w·])))"
)


def _capital(char: str) -> bool:
    """An upper-case letter, or a letter of a script without case (Chinese, Thai, Korean…; Georgian's Mkhedruli, which
    Unicode files as lower case since its rare capitals gained their own letters)."""
    return char.isupper() or (char.isalpha() and not char.islower()) or "\u10d0" <= char <= "\u10ff"


_INITIALS = fastre.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")  # "U.S.", "U.X."
# an abbreviation inside a title, a capital, a digit or a bracket after it: "Chauffeur Kat. C/CE Kühltransport", "Dipl. Ing. (FH)"
_ABBREVIATION_BEFORE = fastre.compile(r"(?<![\w.'’-])[A-Z][a-z]{1,3}\Z")
_AFTER_ABBREVIATION = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ0123456789(")
_ABBREVIATION_END = fastre.compile(r"(?<![\w.])[A-Z][a-z]{1,3}\.$")  # a heading closing on an abbreviation: "… Industry Exp."


# the intake year a campus programme's title opens with: "2015 MBA Internship", "2025 Summer Analyst"
_INTAKE_YEAR = fastre.compile(r"(?:19|20)\d\d[ \t]+[A-Z]")


_CLOCK_END = fastre.compile(r"(?<![\d:])\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?$")  # a time of day closing a line


_ASIDE_NOTE = fastre.compile(r"[ \t]+\((?:an?|part[ \t]+of|member[ \t]+of|formerly|a[ \t]+member)\b[^()\n]{2,60}\)$")  # what the firm is, in brackets after its name
_CYRILLIC_START = fastre.compile(r"[\u0400-\u042f]")
_FORM_BEFORE_QUOTES = fastre.compile(r"(?:[A-Z\u0410-\u042f]{2,5}\.?[ \t]+){1,2}(?P<q>[«“„\"'])")  # a legal form before the quoted name
_KIND_BEFORE_QUOTES = fastre.compile(r"[a-z\u0430-\u044f][\w-]*(?:[ \t][a-z\u0430-\u044f][\w-]*){0,3}[ \t]+(?P<q>[«“„\"])")  # the kind of business in lower case before the quoted name
_TAIL_DASH = fastre.compile(r"[ \t][-–—][ \t]")  # a heading's tail after a dash ("Baker — night shift, 3 posts"): read without it


def _known_tail(value: str) -> bool:
    """Whether ``value`` closes with a tail the title vocabulary names: a shift or schedule, a number of posts, a selling
    tag ("— tura de noapte, 3 posturi", "— срочно!"), not a results count ("– 37 Jobs") or an employer."""
    v = title_vocab()
    return any(p is not None and p.search(value) for p in (v.schedule_tail, v.headcount_tail, v.selling_tail))


@lru_cache(maxsize=2048)
def looks_like_title(value: str, *, need_job_noun: bool = True) -> bool:
    """Short, capitalised, no sentence punctuation, with a job noun (unless ``need_job_noun`` is False)."""
    value = value.strip()
    if not value or len(value) > MAX_TITLE_CHARS or not (_capital(value[0]) or value[0] == "." and value[1:2].isupper() or _INTAKE_YEAR.match(value) and has_job_noun(value)):  # ".NET Developer"
        return False
    words = value.split()
    if len(words) > MAX_TITLE_WORDS:
        return False
    ends = list(_SENTENCE_END.finditer(value))
    if ends and not list(_SENTENCE_END.finditer(_INITIALS.sub(lambda m: "I" * len(m.group()), value))) and not _organisation_name(value):
        ends = []  # "Web U.I./U.X. Designer": initials end no sentence ("U.S. Army Corps of Engineers" names an organisation)
    ends = [m for m in ends if not (_ABBREVIATION_BEFORE.search(value, 0, m.start()) and value[m.end() : m.end() + 1][:1] in _AFTER_ABBREVIATION)]
    if ends and not re.search(r"\b(?:Sr|Jr|Snr|Asst|Mgr)\.", value) and not (len(ends) == 1 and _ABBREVIATION_END.search(value)):
        return False
    if kind_of_heading(value) or _JOBS_LISTING.search(value) or _OPERATED_BY.match(value) or _UNIT_LINE.match(value) or _FIRM_KIND_TAIL.search(value):
        return False  # "Owned and operated by Acme LLC" names the employer
    if _CLOCK_END.search(value):
        return False  # "Milly (bot) 9:01 AM": a chat's speaker line with its time stamp
    if _GENDER_TAG.search(value):
        return True  # "Chef de projet marketing B2B (H/F)": only a job ad's title carries the tag, in any case style
    # a qualifier in brackets is in the page's case: "Инженер-технолог (литьё пластмасс под давлением)", "Forklift driver (maiņu darbs) - Jelgava";
    # its lower-case words do not count
    bracketed = " ".join(w for m in _ANY_BRACKET.finditer(value) for w in _WORD_RE.findall(m.group()) if _capital(w[0]))
    unbracketed = _ANY_BRACKET.sub(" ", value)
    caps = [w for w in _WORD_RE.findall(unbracketed + " " + bracketed if unbracketed.strip() else value) if len(w) > 3]
    if caps and sum(1 for w in caps if _capital(w[0])) < len(caps) / 2 and not _CYRILLIC_START.match(value) \
            and not (len(words) <= _SENTENCE_CASE_WORDS and _SENTENCE_CASE_TITLE.fullmatch(value) and has_job_noun(words[0])
                     and not any(w.lower() in title_vocab().function_words for w in words[1:])):  # scripts without case count as capitals
        return False  # (Cyrillic titles are written in sentence case: "Водитель-экспедитор категории CE"; so are Romance ones
        # that open with the job's noun: "Preparador/a de pedidos e-commerce")
    return has_job_noun(value) or not need_job_noun


# a firm's name over what kind of firm it is: "Atlas Talent Partners – Cabinet de recrutement", "Northwind – Recruitment Agency"
_FIRM_KIND_TAIL = fastre.compile(
    r"(?i)[ \t][-–—|][ \t]+(?:cabinet[ \t]+de[ \t]+recrutement|agence[ \t]+(?:de[ \t]+placement|d['’]int[ée]rim|de[ \t]+recrutement)|"
    r"(?:recruitment|staffing|employment|placement|executive[ \t]+search|hr)(?:[ \t]*(?:&|and)[ \t]*(?:hr|recruitment|staffing|payroll|training))?"
    r"[ \t]+(?:agency|consultancy|consultants|firm|specialists|solutions|services|partners)(?:,[ \t]*[A-Z][^\n,|–—]{1,40})?|"  # ("Recruitment & HR Services, Anguilla")
    r"executive[ \t]+search|personalberatung|personaldienstleister|agencia[ \t]+de[ \t]+(?:empleo|colocaci[óo]n|reclutamiento)"
    r"|[^\n|–—]{0,40}(?:компани[яи]?|агентство|şirketi))[ \t]*$"  # "Steppe Talent Partners | Хүний нөөцийн зөвлөх компани" (an HR consulting company)
)
_ANY_BRACKET = fastre.compile(r"\([^()\n]{1,60}\)")
_SENTENCE_CASE_WORDS = 6
_SENTENCE_CASE_TITLE = fastre.compile(r"[^\W\d_][^\W\d_ /()'’-]*(?:[ /()'’-]+[^\W\d_][^\W\d_ /()'’-]*)*\)?")  # words only: no figures, quotes or braces

# a full stop after a lowercase word ends a sentence; "U.S. Bank", "J.P. Morgan", "DEPT OF BUSINESS SERV." do not
_NAME_SENTENCE_END = fastre.compile(r"(?:[a-z]{2}|\b[a-z])[.!?](?:\s|$)|[!?]")


_ADVERT_WORDS = fastre.compile(r"(?i)\b(?:available|wanted|needed|apply|now[ \t]+hiring|all[ \t]+shifts|vacanc(?:y|ies)|openings)\b")
# a post's byline: the poster's name, then a headline with the poster's own job ("Mara Olsen • Head of Talent at Brightkite")
# a person's name with the network degree a message or comment shows ("Aoife Brennan · 1st"): the line under it is
# that person's own headline ("Senior Talent Partner at …"), not the posting's job
_PERSON_DEGREE = fastre.compile(r"[ \t]*[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3}[ \t]*[·•|][ \t]*(?:1st|2nd|3rd\+?)[ \t]*$")
_BYLINE = fastre.compile(r"^[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){1,2}[ \t]*[•·|][ \t]*[^\n]*?[ \t](?:at|@)[ \t]+[A-Z]")


# an event a flyer announces, never an employer or a unit: "JOBS FAIR", "Recruitment Day", "Open House", "Walk-in Interviews"
EVENT_NAME = fastre.compile(
    r"^(?i:(?:(?:jobs?|careers?|recruitment|hiring|employment)[ \t]+(?:fair|day|event|open[ \t]+day)|open[ \t]+(?:day|house)|walk-?in[ \t]+(?:interviews?|drive)))s?[ \t!.]*$"
)


@cache
def board_chrome() -> frozenset[str]:
    """A board's badges and counters ("Promoted", "Easy Apply", "Actively recruiting"; ``board_chrome``), lower case."""
    return frozenset(w.casefold() for w in load("titles.json").get("board_chrome", []))


_MAIL_SUBJECT_LEAD = fastre.compile(r"(?i)(?:re|fwd?|aw|wg|tr|sv|vs)[ \t]*:")  # reply and forward marks of e-mail subjects (English, German, French, Nordic)


_POST_BOX = fastre.compile(r"(?i)(?:B\.?P\.?|P\.?O\.?[ \t]*Box|Box|C\.?P\.?|Apartado|Casilla|Postfach|Caixa[ \t]+Postal|Private[ \t]+Bag|P\.?[ \t]*Bag)[ \t]*[A-Z]?\d{1,6}$")


_ID_LABELLED = fastre.compile(
    r"(?i)(?:posting|job|req(?:uisition)?|ref(?:erence)?|vacancy|position|competition|announcement|listing|advert)[ \t]*(?:no\.?|nr\.?|number|#|id)[ \t:#.]*[\w-]*\d"
)


_NAME_JOINERS = frozenset({"of", "and", "et", "und", "the", "de", "del", "della", "du", "des", "da", "do", "dos", "das", "la", "für", "for"})


def _name_words(value: str) -> int:
    """How many words a name has, its lower-case joiners aside when all its other words are capitalised ("Cooperativa de
    Caficultores del Sur del Huila" has four; "Cabinet de recrutement et de conseil …", a description, has all its words)."""
    words = value.split()
    named = [w for w in words if w not in _NAME_JOINERS]
    return len(named) if all(w[0].isupper() for w in named) else len(words)


def is_company_name(value: str, *, max_words: int = 6) -> bool:
    vocab = title_vocab()
    low = value.lower().strip()
    if not value or low in vocab.not_company or low in vocab.sites or low in board_chrome() or EVENT_NAME.match(value):
        return False
    if not re.search(r"[^\W\d_]", value):
        return False  # "4.0": a rating over "4.0 out of 5 stars"
    if value.strip(" .,()") in _legal_form_words():
        return False  # "LLC" alone: the form a name closes with, cut from a name the reader took for a label ("EEO LLC")
    if _POST_BOX.match(value):
        return False  # "BP 120", "P.O. Box 4412": a letterhead's postal box
    if _ID_LABELLED.match(value):
        return False  # "Posting No. 2026-118", "Req #44120": a posting's number under its label
    if not _capital(value[0]) and not value[0].isdigit():
        return False
    if vocab.greeting is not None and vocab.greeting.match(value):
        return False  # "Hi Tom," opening a recruiter's letter
    if _MAIL_SUBJECT_LEAD.match(value):
        return False  # "FW: New Requisition Released": a forwarded e-mail's subject line
    if len(value) > 10 * max_words or _name_words(value) > max_words:
        return False
    if _ADVERT_WORDS.search(value):
        return False  # "All Shifts Available", "Apply in person": a flyer's lines
    return not _NAME_SENTENCE_END.search(value) or _legal_name(value) or bool(re.search(r"\b(?:Inc|Ltd|Co|Corp|plc|LLC|S\.A|N\.V|B\.V)\.?$", value))


# a recruiter describing its client instead of naming it: "… is partnering with a growing, family-owned manufacturer … to hire a …"
_PARTNER_TO_HIRE = fastre.compile(
    r"\b(?:partnering|partnered|working)[ \t]+with[ \t]+an?[ \t]+(?:[\w'’-]+,?[ \t]+){0,6}?(?:company|firm|business|organi[sz]ation|employer|manufacturer|client|brand|provider|group)\b"
    r"[^.\n]{0,80}?\bto[ \t]+(?:hire|recruit|find|fill|appoint)\b"
)


# "client" as the first word of a compound noun: "our client base", "our client services team" (the employer's customers)
_CLIENT_COMPOUND = r"[ \t]+(?:bases|base|portfolios?|relationships?|relations|accounts?|lists?|rosters?|satisfaction|experiences?|services|success|management|onboarding|retention|care|delivery|journeys?|costs?|expenses?|fees|billing|invoic(?:es?|ing)|reimbursements?|payments?)\b"  # "our client portfolios"; "direct client costs" is bookkeeping


# a recruiter's client described, not named, as the object of the hire: "… for our Fortune 500 insurance client.", "… with our
# leading retail client in Leeds" (lower-cased text; one to four words between "our" and a singular "client" closing the phrase)
_DESCRIBED_CLIENT = fastre.compile(
    r"\b(?:for|with|to|at|of)[ \t]+our[ \t]+(?:[\w’'&-]+[ \t]+){1,4}client(?=[ \t]*[.,;:)]|[ \t]+(?:in|based|located|who|which|that)\b)"
    r"|\bat[ \t]+one[ \t]+of[ \t]+our[ \t]+(?:[\w’'&-]+[ \t]+){1,4}clients\b"  # "a contract at one of our pharmaceutical clients" (a studio's
    # work "with one of our superannuation clients" is its own)
    # or a gig or agency page's "Client" field that describes the client instead of naming it: "Client   A national home-goods retailer"
    r"|(?m:^[ \t]*(?:end[ \t]+)?client[ \t]*(?::[ \t]*|[ \t]+)(?:an?|one[ \t]+of|confidential|undisclosed)\b)"
)


def anonymous_posting(ctx: Context) -> bool:
    """True when the posting is a recruiter's that hides its client ("our client, a leading bank"); a phrase
    counts as a whole word ("our clients" is an employer's customers, not a hidden client; nor is "our client-centric culture")."""
    low = ctx.lower
    if _PARTNER_TO_HIRE.search(low) or "client" in low and (_DESCRIBED_CLIENT.search(low) or _CLIENT_OF_NAMED.search(ctx.text)):
        return True
    own = None  # a company profile that is no intermediary's: the poster is the employer
    for phrase in title_vocab().anonymous:
        if phrase not in low:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w|-(?:centric|focused|facing|oriented|driven|first)\b|{_CLIENT_COMPOUND})", low):
            if inside(m.start(), results_cards(ctx)):
                continue  # "Confidential company" on another job's card in the board's search results over the posting
            if _representing().search(low, max(0, m.start() - 40), m.start()):
                continue  # "att representera vår kund och sälja …": an outsourced sales team sells for its client and employs its staff
            if _RUN_BY.search(low, max(0, m.start() - 20), m.start()):
                continue  # "a hospital operated by our client": a service firm's customer, whose site the firm's staff work at
            if re.match(r"s?['’]s?[ \t]+[a-z]", low[m.end() : m.end() + 4]):
                if own is None:
                    own = _own_profile(ctx)
                if own:
                    continue  # "sales for our client’s services" in an outsourcer's own posting: its customer, no hidden employer
            return True
    return False


# "An important cement company, a client of Andes Talento, is looking for …": the agency names itself, not the employer
_CLIENT_OF_NAMED = fastre.compile(r"(?i:company|firm|employer|organi[sz]ation|group|business|manufacturer|chain)[ \t]*,[ \t]*(?i:a|one)[ \t]+client[ \t]+of[ \t]+[A-Z]")
_RUN_BY = fastre.compile(r"\b(?:operated|owned|managed|run)[ \t]+by[ \t]+$")


@cache
def _representing() -> re.Pattern:
    """A verb of representing just before a client phrase ("represent our client", "representera vår kund")."""
    verbs = load("titles.json").get("representing_verbs", [])
    return fastre.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in verbs) + r")[ \t]+$")


def _own_profile(ctx: Context) -> bool:
    """True when the posting describes its own employer: a company profile that is no intermediary's, or, with
    no profile section, a body that opens on a sentence about an organisation it names again ("Acme Cloud is a
    cloud developer based in Denver. …")."""
    text = ctx.text
    profiles = ctx.sections_of("company")[:1]
    if profiles:
        return any(not _intermediary(ctx, text[s.start : s.end]) for s in profiles)
    pattern = title_vocab().employer_sentence
    section = next((s for s in ctx.sections if s.kind != "header"), None)
    m = pattern.match(text, section.start, section.end) if section is not None and pattern is not None else None
    if m is None:
        return False
    name = _TRAILING_CONNECTOR.sub("", m.group("c")).strip(" .,")
    return _employer_name(ctx, name) and _said(text, name) >= 2 and _name_shaped(name) and not _intermediary(ctx, text[section.start : section.end])


def _lines(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[tuple[int, int]]:
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            yield pos, stop
        pos = stop + 1


def _header_range(ctx: Context) -> tuple[int, int]:
    headers = ctx.sections_of("header")
    if headers:
        return headers[0].start, headers[0].end
    if ctx.sections:
        return 0, 0
    return 0, min(len(ctx.text), 1500)


# --------------------------------------------------------------------------- page titles

_PAGE_PATTERNS: tuple[tuple[re.Pattern, float, float], ...] = (
    # (pattern, title confidence, company confidence)
    (fastre.compile(r"^(?P<t>.{3,140}?)[ \t]+[-–—|:][ \t]+(?:Careers|Jobs)[ \t]+(?:at|@)[ \t]+(?P<c>" + _COMPANY_RE + r")[ \t]*$"), 0.85, 0.85),
    (fastre.compile(r"^(?:Job[ \t]+Application[ \t]+for[ \t]+)(?P<t>.{3,140}?)[ \t]+at[ \t]+(?P<c>" + _COMPANY_RE + r")[ \t]*$"), 0.85, 0.85),
    # (the one hiring is a name, not "We're hiring a …")
    (fastre.compile(r"^(?!(?i:we|we['’]re|i|i['’]m|they|they['’]re|you)\b)(?P<c>" + _COMPANY_RE + r")[ \t]+hiring[ \t]+(?:an?[ \t]+)?(?P<t>.{3,140}?)(?:[ \t]+in[ \t]+[^|\n]{2,80})?(?:[ \t]*\|[ \t]*LinkedIn)?[ \t]*$"), 0.8, 0.8),
    (fastre.compile(r"^(?P<c>" + _COMPANY_RE + r")[ \t]+is[ \t]+hiring[ \t]+(?:an?[ \t]+)?(?P<t>.{3,140}?)(?:[ \t]+in[ \t]+[^|\n]{2,80})?[ \t]*[.!]?$"), 0.75, 0.75),
    # a careers site's section name before the heading in the browser title: "Career Opportunities: Maintenance Technician (48213)"
    (fastre.compile(r"^(?i:careers?|career[ \t]+opportunities|(?:job|employment)[ \t]+opportunities|job[ \t]+openings|current[ \t]+(?:openings|vacancies)|vacancies)"
                    r"[ \t]*:[ \t]+(?P<c>)(?P<t>[^:\n]{3,140}?)[ \t]*$"), 0.7, 0.0),
)
_AT_PATTERN = fastre.compile(r"^(?P<t>.{3,120}?)[ \t]+(?:at|@)[ \t]+(?P<c>" + _COMPANY_RE + r")(?:[ \t]*[|\-–—][ \t]*[^\n]{0,60})?$")
_YEARS_PIECE = fastre.compile(r"(?i)^\d{1,2}(?:\.\d)?[ \t]*(?:\+[ \t]*|(?:[-–]|to)[ \t]*\d{1,2}[ \t]*\+?[ \t]*)?(?:yrs?|years?)\b")
_JOB_IN_PLACE = fastre.compile(r"(?i)[ \t]+(?:job|vacancy|opening)[ \t]+in[ \t]+\S[^\n]*$")  # "… job in Greenville, SC"
_SPLIT_PATTERN = fastre.compile(r"[ \t]+[|–—\-][ \t]+(?<!\d[ \t][–—\-][ \t])|(?<=\d)[ \t]+[|–—\-][ \t]+(?!\d)")  # (not inside a range of figures: "CFC 60 – 80%")
_PIPE_PATTERN = fastre.compile(r"[ \t]+\|[ \t]+")


_CRUMB_TRAIL = fastre.compile(r"[ \t][>»›→][ \t][^\n]*[ \t][>»›→][ \t]")  # two crumb separators or more


@dataclass(frozen=True)
class _Page:
    title: Optional[_Hit]
    company: Optional[_Hit]
    title_conf: float
    company_conf: float


_NEAR_PLACE = fastre.compile(r",[ \t]+(?:near|outside|nr\.?)[ \t]+")
# (a tracker's key or a pull request's number may open it: "T4821 Publish vacancy: …", "#87 Add vacancy: …")
_TASK_TITLE = fastre.compile(
    r"(?i)^[ \t]*(?:(?:(?-i:[A-Z]{1,10}-?\d{1,7})|#\d{1,7})[ \t]+)?(?:post|publish|draft|review|approve|update|repost|schedule|add|create)[ \t]+(?:the[ \t]+)?(?:job[ \t]+)?(?:ad|advert|listing|posting|vacancy)[ \t]*:"
    # a commit's or merge request's subject, under a title label or not: "jobs: add Summer Intern – Data (2027) ad",
    # "careers(site): publish Embedded Linux Engineer opening (Tampere)": the job named between the verb and the ad's word
    r"|^[ \t]*(?:title:[ \t]+)?[a-z][\w-]{1,20}(?:\([\w/-]{1,20}\))?:[ \t]+(?:post|publish|add|create|update|draft)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:new[ \t]+)?"
    r"(?P<n>\S.{2,120}?)[ \t]+(?:job[ \t]+)?(?:ad|advert|listing|posting|vacancy|opening|role)\b"
)


def _page_title(ctx: Context) -> Optional[_Page]:
    """Title/company from the first line of the document when it is a page title."""
    text = ctx.text
    first = next(_lines(text, 0, min(len(text), 400)), None)
    if first is None:
        return None
    ls, le = first
    line = text[ls:le]
    if _SUBJECT_RE.match(line) or re.match(r"\s*(?:from|to|date|dear|hi|hello)\b", line, re.I):
        return None  # an email, see title.subject
    if _PUBLISHER_SECTION.search(line):
        return None  # "JobAdder Job Board - Acme Careers": the publisher's masthead, not a page title
    if _TASK_TITLE.match(line):
        return None  # "Post ad: Seasonal Ranch Hand – Calving 2027": a task about the ad, whose copy follows below
    if _BYLINE.match(" ".join(line.split())):
        return None  # a social post's byline: the poster's own headline, not the posting's title
    if _CRUMB_TRAIL.search(line):
        return None  # "Home › Jobs › Nurse - Band 5": a breadcrumb trail, the site's own line; its last crumb is no page title to split
    if _FILTER_CHIP.search(line):
        return None  # "Orchard Hand × | Nelson ×": a search's filter chips, not a page title
    if _SIGN_IN.search(line) and _menu_line(" ".join(line.split())):
        return None  # "Lewis County Careers | Job Opportunities | Sign In | Create Account": the site's menu
    if _FIRM_KIND_TAIL.search(line):
        return None  # "Steppe Talent Partners | HR consulting company": a firm's name and what it is, no page title
    for pattern, tconf, cconf in _PAGE_PATTERNS:
        m = pattern.match(line)
        if m:
            title = trimmed_hit(text, ls + m.start("t"), ls + m.end("t"))
            company = _company_hit(text, ls + m.start("c"), ls + m.end("c")) if m.group("c") else None
            if company and not is_company_name(company.value):
                company = None
            if title and (len(title.value) > MAX_TITLE_CHARS or not title.value[0].isalnum() or title.value.lower() in title_vocab().sites):
                title = None  # "isolved Hire | Careers at Acme": the ATS product names the page, not the job
            return _Page(title, company, tconf, cconf)
    m = _AT_PATTERN.match(line)
    if m and looks_like_title(m.group("t")):
        company = _company_hit(text, ls + m.start("c"), ls + m.end("c"))
        if company and not is_company_name(company.value):
            company = None
        lead = _ENGAGEMENT_LEAD.match(line, m.start("t"))  # "Internship: Data Analyst at Acme": the post's engagement tag
        job_in = _JOB_IN_PLACE.search(line, m.start("t"), m.end("t"))  # "Welder job in Dayton, OH at Acme": the board's page title
        end = job_in.start() if job_in is not None and looks_like_title(line[m.start("t") : job_in.start()]) else m.end("t")
        return _Page(trimmed_hit(text, ls + (lead.end() if lead else m.start("t")), ls + end), company, 0.7, 0.65)
    # "<Title> | <Company>", "<Company> - <Title>": a pipe always separates; a dash only when the
    # other side is a name the posting repeats (else "Nurse - Nights" is one title)
    tail = title_vocab().schedule_tail.search(line) if title_vocab().schedule_tail is not None else None
    if tail is not None and tail.group().lstrip()[:1] in "-–—|" and len(_SPLIT_PATTERN.findall(line, 0, tail.start())) >= 1:
        line = line[: tail.start()]  # "Nurse - Long Term Care - Nights/Weekends": the shift goes first, the specialty is no employer
    whole = trimmed_hit(text, ls, ls + len(line))
    chrome = _trim_chrome(text, whole) if whole is not None else None
    if chrome is not None and chrome.start == whole.start and chrome.end < whole.end and not _PIPE_PATTERN.search(line) \
            and re.search(r"\d", text[chrome.end : whole.end]):
        line = text[ls : chrome.end]  # "Registered Nurse (RN) - Med Surg - $5,000 Sign-On Bonus": the advert's pay and perks go before the parts are read
    pipe = [(m.start(), m.end()) for m in _PIPE_PATTERN.finditer(line)]
    splits = list(_SPLIT_PATTERN.finditer(line))
    if not pipe and splits and line[splits[-1].end() :].strip().casefold() in _page_tags():
        line = line[: splits[-1].start()]  # "Registered Nurse - ICU - job post": the board's own tag for the page
        splits = splits[:-1]
        if not splits:
            hit = trimmed_hit(text, ls, ls + len(line))
            return _Page(hit, None, 0.65, 0.5) if hit and looks_like_title(hit.value) else None
    separators = pipe or [(m.start(), m.end()) for m in splits]
    parts = []
    pos = 0
    for sep_start, sep_end in separators:
        parts.append((pos, sep_start))
        pos = sep_end
    parts.append((pos, len(line)))
    if len(parts) > 2:  # "Library Assistant - Job details - Acme Council Jobs": the board's tag for the page, inside
        parts = [p for p in parts if line[p[0] : p[1]].strip().casefold() not in _page_tags()]
    if len(parts) == 2 and looks_like_title(line[: parts[0][1]].strip()):
        site = line[parts[1][0] : parts[1][1]].strip()
        jobs = _JOBS_AFTER_NAME.search(site)
        if jobs is not None and _said_below(text, le, site[: jobs.start()]) and is_company_name(site[: jobs.start()]):
            # "Library Assistant - Wyvern Vale District Council Jobs": the employer's jobs site, its name said again below
            at = ls + line.index(site, parts[1][0])
            title = trimmed_hit(text, ls, ls + parts[0][1])
            return _Page(title, trimmed_hit(text, at, at + jobs.start()), 0.65, 0.5) if title is not None else None
    if not pipe and len(parts) >= 2:
        page = _heading_under_page_title(text, ls, le, line, parts)
        if page is not None:
            return page
    if not pipe and len(parts) == 2 and looks_like_title(line[: parts[0][1]].strip()):
        qualifier = line[parts[1][0] :].strip()
        if _own_mentions(text, qualifier) < 2 or _board_header_below(text, le, line[: parts[0][1]].strip(), qualifier) or _unit_name(text, le, qualifier) \
                or qualifier.lower() in _skill_names():  # "Web Developer - PHP": a skill the body names again, no employer
            hit = trimmed_hit(text, ls, ls + len(line))
            return _Page(hit, None, 0.65, 0.5) if hit and looks_like_title(hit.value) else None
    if not pipe and len(parts) == 2 and _employer_below(text, le, line[: parts[0][1]].strip()) and looks_like_title(line[parts[1][0] :].strip()):
        hit = trimmed_hit(text, ls, ls + len(line))  # "DDaT - Technical Architect" over "Ministry of Defence": a unit's tag in the title
        return _Page(hit, None, 0.65, 0.5) if hit and looks_like_title(hit.value, need_job_noun=False) else None
    if len(parts) < 2 or len(parts) > 4:
        return None
    sites = title_vocab().sites
    pieces = [(s, e, line[s:e].strip()) for s, e in parts]
    pieces = [p for p in pieces if p[2].lower() not in sites]
    titled = [p for p in pieces if looks_like_title(p[2])]
    if pipe and titled and titled[0][0] == 0 and _plural_job_noun(titled[0][2]) \
            and (len(parts) >= 3 or any(p[2].split(" / ")[-1].strip().casefold() in _careers_words() for p in pieces if p is not titled[0])):
        return None  # "Meridian Talent Partners | Recruitment & Executive Search | Nicosia · Limassol": a firm's brand line;
        # "Baltic Workforce Partners | Darbo skelbimai / Job offers": the firm's jobs page
    if not titled and len(pieces) == 1 < len(parts) and _heading_repeats(text, le, pieces[0][2]) and _first_line_shaped_as_title(pieces[0][2]):
        titled = pieces  # "Interdisciplinary | USAJOBS" over the heading "Interdisciplinary": the board's page names the job twice
    if not titled:
        return None  # the job heading comes first; later title-like pieces are crumbs or the site
    ts, te, _ = titled[0]
    if pipe:
        inner = _employer_in_piece(text, ls, le, titled[0], [p for p in pieces if p is not titled[0]])
        if inner is not None:
            return _Page(inner[0], inner[1], 0.65, 0.5)
    schedule = title_vocab().schedule_tail
    others = [p for p in pieces if p is not titled[0] and _page_employer_piece(text, le, p[2])]
    if len(others) > 1:  # "Title | Acme Foods | JobsNow": the name the posting says again is the employer, the other the site
        others = [p for p in others if _said_below(text, le, p[2])]
    company = None
    if len(others) == 1 and not has_job_noun(others[0][2]):
        company = trimmed_hit(text, ls + others[0][0], ls + others[0][1])
    return _Page(_job_word_cut(text, le, trimmed_hit(text, ls + ts, ls + te)), company, 0.65, 0.5)


# a word before a name that is no part of it: "About Acme", "Join Acme", "Life at Acme"
_NAME_LEAD_WORDS = frozenset("about join why welcome careers jobs life working work and of by to".split())


def _own_mentions(text: str, piece: str) -> int:
    """How often ``text`` says ``piece`` as a name of its own: a mention inside a longer capitalised name counts not
    ("Home Health" in "Columbine Home Health provides …", "Motor" in "our Motor Claims team"), so a heading's
    specialty suffix that only such names repeat ("Physical Therapist - Home Health") is no employer's name."""
    count = 0
    for m in re.finditer(rf"(?<![\w&'’-]){re.escape(piece)}(?![\w&'’-])", text):
        after = re.match(r" ([A-Z][\w&'’-]*)", text[m.end() : m.end() + 40])
        before = re.search(r"(?:^|[\s(])([A-Z][\w&'’-]*) $", text[max(0, m.start() - 40) : m.start()])
        lead = before is not None and before.group(1).lower() not in _NAME_LEAD_WORDS and before.group(1).lower() not in title_vocab().function_words
        if after is None and not lead:
            count += 1
    return count


def _later_line(text: str, end: int, value: str, lines: int = 8) -> bool:
    """True when one of the next ``lines`` lines after ``end`` is ``value`` (case and blanks aside)."""
    want = " ".join(value.split()).casefold()
    return any(" ".join(text[s:e].split()).casefold() == want for s, e in list(_lines(text, end, min(len(text), end + 1500)))[:lines])


def _heading_under_page_title(text: str, ls: int, le: int, line: str, parts: list[tuple[int, int]]) -> Optional[_Page]:
    """A dash-split page title whose first part is the job: the page's heading is that part alone, or the part ends
    in a board's word for the page ("Line Cook job - Bluegrass Diner - JobsNow" over "Line Cook - Overnight"). The
    first part (without that word) is the title, and a later part that opens a line of the page is the employer.
    None when the heading repeats the whole line."""
    first = trimmed_hit(text, ls, ls + parts[0][1])
    lead = _job_word_cut(text, le, first)
    if lead is None or not looks_like_title(lead.value) or _later_line(text, le, line):
        return None
    if lead.value == first.value and not _later_line(text, le, lead.value):
        return None  # neither the board's word for the page ("… job - …") nor the heading alone says where the title ends
    names = []
    for s, e in parts[1:]:
        piece = line[s:e].strip()
        if piece and _page_employer_piece(text, le, piece) and re.search(rf"(?m)^[ \t]*{re.escape(piece)}(?!\w)", text[le:]):
            names.append(_company_hit(text, ls + s + line[s:e].index(piece), ls + s + line[s:e].index(piece) + len(piece)))
    return _Page(lead, names[0] if len(names) == 1 else None, 0.65, 0.5)


def _page_employer_piece(text: str, end: int, value: str) -> bool:
    """True when a page title's piece may name the employer: a name, not a place, a shift or a labelled unit."""
    schedule = title_vocab().schedule_tail
    return (is_company_name(value) and (not _LOCATION_LINE.match(value) or _legal_name(value)) and not gazetteer().knows(value)
            and not _YEARS_PIECE.match(value)  # "Java Developer | Pune | 6-9 Yrs | Acme Pvt. Ltd.": the experience asked
            and not (schedule is not None and schedule.fullmatch(" - " + value))  # "Technician - 2nd Shift": the shift, not an employer
            and " ".join(value.split()).casefold() not in _labelled_units(text))  # "… - Cardiac 5 North" under "Department: Cardiac 5 North"


def _said_below(text: str, end: int, value: str) -> bool:
    """True when ``value`` stands again, as whole words, after ``end`` (the first line's end), as written or in
    capitals ("STEEL VALLEY YOUTH TRUST" on the letterhead line under "… – Steel Valley Youth Trust")."""
    below = text[end:]
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", below) is not None or re.search(rf"(?<!\w){re.escape(value.upper())}(?!\w)", below) is not None


_AT_SPLIT = fastre.compile(r"[ \t]+(?:at|@)[ \t]+(?=\S)")


def _employer_in_piece(text: str, ls: int, le: int, piece: tuple[int, int, str],
                       rest: list[tuple[int, int, str]]) -> Optional[tuple[_Hit, Optional[_Hit]]]:
    """Title and employer of a piece "<Title> - <Employer>" before a board's name in a page title
    ("Line Cook - Bluegrass Diner | JobsNow"): the board's name after the pipe is never said again, and the
    employer opens a later line, or the page's heading is the title alone and the posting names the employer
    again. A dash part that is a place, a shift, a unit or a job's qualifier stays in the title, unless the
    page's heading is the title alone (then the title without it, and no employer)."""
    ps, _, value = piece
    if not rest or any(_said_below(text, le, p[2]) for p in rest):
        return None
    at_word = _AT_SPLIT.search(value)  # "Line Cook at Bluegrass Diner | …"; else the last dash: "Nurse - ICU - Acme Health | …"
    split = at_word or ([m for m in _SPLIT_PATTERN.finditer(value) if "|" not in m.group()] or [None])[-1]
    if split is None:
        return None
    head, employer = value[: split.start()].strip(), value[split.end() :].strip()
    if not looks_like_title(head, need_job_noun=at_word is None):
        return None
    title = _job_word_cut(text, le, trimmed_hit(text, ls + ps, ls + ps + split.start()))
    if title is None:
        return None
    heading_alone = _later_line(text, le, title.value)
    if not _page_employer_piece(text, le, employer) or _unit_name(text, le, employer):
        return (title, None) if heading_alone else None
    # a name with a job noun ("Kodra Tech") only as a line of its own
    name = re.escape(employer)
    opens = re.search(rf"(?m)^[ \t]*{name}" + (r"[ \t]*$" if has_job_noun(employer) else r"(?!\w)"), text[le:])
    if not opens and not (heading_alone and not has_job_noun(employer) and _said_below(text, le, employer)):
        return (title, None) if heading_alone else None
    at = ls + ps + value.index(employer, split.end())
    return title, _company_hit(text, at, at + len(employer))


def _job_word_cut(text: str, end: int, hit: Optional[_Hit]) -> Optional[_Hit]:
    """"Line Cook job" in a page title ("Line Cook job - Bluegrass Diner | …"): the board's word for the page
    (``page_title_words``) cut when the posting says the title again without it; else ``hit``."""
    if hit is None:
        return hit
    lead = _page_title_lead().match(hit.value)  # "Offre d'emploi Contrôleur de gestion H/F": the word before the job
    if lead is not None and lead.end() < len(hit.value):
        core = hit.value[lead.end() :]
        if looks_like_title(core) and re.search(rf"(?<!\w){re.escape(core)}", text[end:], re.I) is not None:
            return _Hit(core, hit.start + lead.end(), hit.end)
    m = _page_title_word().search(hit.value)
    if m is None or m.start() == 0:
        return hit
    core = hit.value[: m.start()].rstrip()
    if not looks_like_title(core) or re.search(rf"(?<!\w){re.escape(core)}(?![ \t]*{re.escape(m.group().strip())})", text[end:], re.I) is None:
        return hit
    return _Hit(core, hit.start, hit.start + len(core))


@cache
def _page_title_word() -> re.Pattern:
    """A board's word for the page right after the job in its page title ("Line Cook job"): ``page_title_words``."""
    words = load("titles.json").get("page_title_words", [])
    return re.compile(r"(?i)[ \t]+(?:" + "|".join(re.escape(w) for w in words) + r")$" if words else r"(?!)")


@cache
def _page_title_lead() -> re.Pattern:
    """The same word before the job, as French, Spanish, Portuguese and Italian boards write it ("Offre d'emploi Cariste")."""
    words = [w for w in load("titles.json").get("page_title_words", []) if w != "job"]  # ("Job Coach" is a job)
    return re.compile(r"(?i)^(?:" + "|".join(re.escape(w) for w in words) + r")(?:[ \t]+de)?[ \t]*[:\-–—]?[ \t]+" if words else r"(?!)")


@cache
def _page_tags() -> frozenset[str]:
    """What a board's page title puts after the job to say what the page is ("- job post", "- Stellenangebot"): ``page_tags``."""
    return frozenset(w.casefold() for w in load("titles.json").get("page_tags", []))


def _heading_repeats(text: str, end: int, value: str) -> bool:
    """True when the first line after ``end`` (a page title's) is ``value`` again: the page's job heading."""
    nxt = next(_lines(text, end, min(len(text), end + 400)), None)
    return nxt is not None and " ".join(text[nxt[0] : nxt[1]].split()) == value


def _unit_name(text: str, end: int, name: str) -> bool:
    """True when every later use of ``name`` is followed by a team word or a job noun ("the Corporate FP&A team",
    "the FP&A Manager"): a unit of the employer, kept in the title ("Financial Analyst II - FP&A")."""
    uses = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[end:])]
    if not uses:
        return False
    for at in uses:
        word = re.match(r"[ \t]+([A-Za-z]+)", text[end + at : end + at + 40])
        if word is None or not (_TEAM_WORD.fullmatch(word.group(1)) or has_job_noun(word.group(1))):
            return False
    return True


def _employer_below(text: str, end: int, prefix: str) -> bool:
    """True when the line under a "<Prefix> - <Title>" first line names another organisation and the posting
    never says ``prefix`` again: the board's title / employer header, the prefix a tag of the job's own (a
    profession, a unit, a programme), not the employer."""
    below = next(_lines(text, end, min(len(text), end + 200)), None)
    if below is None or looks_like_title(prefix) or text.count(prefix) > 1:
        return False
    value = " ".join(text[below[0] : below[1]].split())
    if not value or prefix.lower() in value.lower() or kind_of_heading(value) or _place_line(value) or _PLACE_LINE.match(value):
        return False
    capitalised = all(w[0].isupper() or w[0].isdigit() or w in ("of", "and", "the", "for", "&") for w in value.split())
    return capitalised and (_organisation_name(value) or _legal_name(value)) and not has_job_noun(value) and _could_be_employer_line(value)


def _board_header_below(text: str, end: int, title: str, qualifier: str) -> bool:
    """True when the line under a "<Title> - <Qualifier>" first line is a place or another name
    ("Web Developer - PHP" over "US, OR, Eugene" or over "Acme Corp"): the first line is then a
    board's title field, and the dash part belongs to the title, not to a site or company."""
    below = next(_lines(text, end, min(len(text), end + 200)), None)
    if below is None:
        return False
    value = " ".join(text[below[0] : below[1]].split())
    if not value or value == qualifier or value.startswith(title) or kind_of_heading(value):
        return False
    if re.search(rf"(?m)^[ \t]*{re.escape(qualifier)}\b", text[end:]):
        return False  # the qualifier opens a later line ("Acme Analytics · Denver, CO"): it is the employer
    if _COUNTRY_FIRST_LINE.match(value) or _PLACE_LINE.match(value) or _place_line(value) or _field_row(value):
        return True
    capitalised = all(w[0].isupper() or w[0].isdigit() or w in ("of", "and", "the", "for", "&") for w in value.split())
    return capitalised and is_company_name(value) and not has_job_noun(value) and _could_be_employer_line(value)


_FIELD_ROW = fastre.compile(r"^(?P<label>[A-Z][\w /&'’.-]{1,30}?)[ \t]*:[ \t]*\S")


def _field_row(value: str) -> bool:
    """A board's details row ("Employment type: Full-time", "Location: Leeds", "Salary: 45000-60000", "Department:
    Finance"): a label the rules read for a field of the record."""
    m = _FIELD_ROW.match(value)
    return m is not None and (m.group("label").strip().casefold() in _field_row_labels() or title_vocab().team_label.match(value) is not None)


@cache
def _field_row_labels() -> frozenset[str]:
    """The labels of the record's meta fields, from their data files (place, type, pay, id, date)."""
    loc, emp = load("locations.json"), load("employment.json")
    ids, dates = load("job_id_labels.json"), load("dates.json")
    words = [*loc["labels"], *emp["labels"], *ids["strong"], *ids["weak"], *dates["posted_labels"], *load("currencies.json")["pay_words"]]
    return frozenset(w.casefold() for w in words)


# --------------------------------------------------------------------------- title


_FORWARDED = fastre.compile(r"(?i)fwd?[ \t]*:")
# a board's notice that it published the ad, the job after its colon: "Your vacancy has been published: Caretaker / Kaitiaki"
_NOTICE_SUBJECT = fastre.compile(r"(?i)(?:your[ \t]+)?(?:vacancy|job|ad|advert|listing|posting)[ \t]+(?:has[ \t]+been|is(?:[ \t]+now)?)[ \t]+(?:published|posted|approved|live)[ \t]*:[ \t]*")
_SUBJECT_RE = fastre.compile(r"^[ \t]*Subject[ \t]*:[ \t]*(?P<v>[^\n]{3,200})$", re.I | re.M)
_SUBJECT_NOISE = fastre.compile(
    r"(?:(?:re|fwd?|fw)[ \t]*:[ \t]*)*(?:\[[a-z0-9][\w.-]{1,40}\][ \t]*)?(?:urgent(?:ly)?[ \t]*[:\-–]?[ \t]*)?"  # (a mailing list's tag: "[ocean-jobs]")
    r"(?:(?:new[ \t]+)?(?:job[ \t]+)?(?:opportunity|opening|requirement|vacancy|position|role)[ \t]*(?:for|:|\-|–)[ \t]*(?:an?[ \t]+)?|job[ \t]*:[ \t]*"
    r"|(?:we[ \t]+are[ \t]+)?hiring[ \t]*(?:for|:|\-|–)?[ \t]*(?:an?[ \t]+)?)?",
    re.I,
)


_FILE_NAME_END = fastre.compile(r"(?i)\.(?:pdf|docx?|odt|rtf|pptx?|xlsx?)$")


_ID_LIKE = re.compile(r"#?[A-Z0-9]+(?:[-_/.#][A-Z0-9]+)*")  # one token of capitals and figures


@rule("title", name="title.labelled")
def title_labelled(ctx: Context) -> Iterable[Candidate]:
    """``Job Title: …`` / ``Position: …`` / ``Role: …`` lines."""
    text = ctx.text
    for m in title_vocab().title_label.finditer(text):
        label = m.group("label").lower()
        hit = trimmed_hit(text, m.start("value"), m.end("value"))
        if hit is None or len(hit.value) > MAX_TITLE_CHARS or len(hit.value.split()) > MAX_TITLE_WORDS:
            continue
        if not (_capital(hit.value[0]) or hit.value[0].isdigit()) or not any(ch.isalpha() for ch in hit.value) or _SENTENCE_END.search(hit.value + " ") and hit.value.count(" ") > 6:
            continue
        if (label in ("role", "position", "post", "job", "title", "opening", "job role", "role type", "job function", "vacature") or label.startswith(("urgent", "job ", "career "))
                and not label.endswith(" title")) and not has_job_noun(hit.value):  # an advert's lead ("URGENT: …", "Job vacancy: …") must name a job;
            continue  # a label that says "title" ("Job Title: Farmworker - Apple Harvest") names one whatever its nouns
        if label.endswith((" description", " profile")) and (not (has_job_noun(hit.value) and looks_like_title(hit.value)) or _FILE_NAME_END.search(hit.value)):
            continue  # a document's heading over the job's name ("Job Description – Youth Worker (…)"), never its prose; a download's file name ("Position Description - MCH Nurse.pdf")
        if label == "classification":  # a union's job call names the trade ("CLASSIFICATION: Journeyman Wireman"); "Classification: Band 6"
            if not re.search(r"\d", hit.value) and has_job_noun(hit.value):  # is a grade; a state's or agency's class ("ANALYST II", "Accountant - Corporate") yields to the heading
                yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.48, "title.labelled")
            continue
        if "/" in text[m.end("label") : m.start("value")] and not label.isascii():
            continue  # "職種 / Position: <local title> <English title>": the heading gives the title
        if _headcount().match(hit.value):
            continue  # "Hiring: 1 person", "Vacancies: 3 positions": how many, not what
        if _ID_LIKE.fullmatch(hit.value) and sum(ch.isdigit() for ch in hit.value) >= 3:
            continue  # "Vacancy: TT-2026-388", "Position: 40021877": the opening's number, not its name
        if label in ("role", "job role") and re.search(rf"(?m)^[ \t]*{re.escape(hit.value)}[ \t]+[-–—|,][ \t]*\w", text[: m.start()]):
            continue  # the board's role taxonomy ("Role: Data Analyst") under the heading "Data Analyst - Credit Risk"
        if label in ("role", "job role", "cargo", "puesto") and m.start() > _header_range(ctx)[1]:
            yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.55, "title.labelled")
            continue  # a board's facts block below the description ("More Info / Role: Back End Developer"): its taxonomy
        if label in ("role", "job role", "position") and re.split(r"[ \t]*[,/][ \t]*", hit.value.lower())[0] in title_vocab().not_company:
            yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.45, "title.labelled")
            continue  # "Role: Engineering, Full stack": a board's function and specialty, the heading names the job
        if label in ("job role", "role type", "job function") or label == "job" and (len(hit.value.split()) == 1 or _over_details_rows(text, m.start(), m.end())):  # often the board's category
            # ("Job Role: Engineering"; Taleo's "Job: Facilities & Engineering" over its other fields is the job family, the heading is the title)
            yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.45 if label == "job" else 0.55, "title.labelled")
            continue  # the one-word job family below the head block's heading (0.5)
        hit = _open_bracket_cut(text, trim_title(text, second_pair_cut(ctx, hit)))  # a labelled heading loses a place as a bare one does
        # ("Job Title: Welder - Leeds"), and a bracket the cut left open: "Officer (Urgent - 2 Posts)"
        if "|" in next(reversed(list(_PREFIX_SPLIT.finditer(hit.value))), _NO_MATCH).group():
            if (employer := _employer_tail(text, hit)) is not None:  # "We're Hiring: Transit Bus Operator | Red River Transit": the employer after the pipe
                hit = employer
            elif (site := _site_tail(text, hit)) is not None:  # "… – Kerewai Estate | Marlborough Wine Jobs": the site, then the employer
                hit = _employer_tail(text, site) or site
        schedule = _HEAD_SCHEDULE.match(hit.value) if "hiring" in label or "recruiting" in label else None
        if schedule is not None and has_job_noun(hit.value[schedule.end() :]):  # "HIRING: Part-time Bookkeeper": the call's terms
            hit = trimmed_hit(text, hit.start + schedule.end(), hit.end) or hit
        hit = _heading_qualified(ctx, hit) or _ad_copy_heading(ctx.text, hit) or hit
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.9, "title.labelled")
        return
    for m in title_vocab().title_label_block.finditer(text, 0, min(len(text), 4000)):
        hit = trimmed_hit(text, m.start("value"), m.end("value"))
        described = m.group("label").lower().endswith(" description")  # Taleo's "Job Description" over the job's name, or over prose
        named = described or not m.group("label").lower().endswith(" title")  # "Position:" over a job's name, or over a sentence
        if hit is not None and len(hit.value) <= MAX_TITLE_CHARS and looks_like_title(hit.value, need_job_noun=named) \
                and not (described and _SENTENCE_END.search(hit.value + " ")):
            hit = trim_title(text, hit)  # a description's heading is weak: the page's own heading wins
            yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.5 if described else 0.88, "title.labelled")
            return


@cache
def _gapped_title_label() -> re.Pattern:
    """A title label and its value on one line with no colon ("Position          Forklift Operator")."""
    labels = _labels_regex(load("titles.json").get("title_labels", []))
    return fastre.compile(rf"^[ \t]*(?P<label>(?i:{labels}))[ \t]+(?P<value>[A-Z0-9][^\n:|]{{1,100}}?)[ \t]*$", re.M)


@rule("title", name="title.labelled_gap")
def title_labelled_gap(ctx: Context) -> Iterable[Candidate]:
    """A title label set apart from its value by a tab or two spaces or more in the raw input, with no colon (a PDF's,
    a Notion page's or a text export's property row: "Position          Forklift Operator"); a job's name only."""
    text, doc = ctx.text, ctx.doc
    if doc is None or doc.source is doc.text:
        return
    for m in _gapped_title_label().finditer(text, 0, min(len(text), 3000)):
        gap = doc.source[doc.source_span(m.end("label") - 1, m.end("label"))[1] : doc.source_span(m.start("value"), m.start("value") + 1)[0]]
        if not _WIDE_GAP.fullmatch(gap):
            continue
        hit = trimmed_hit(text, m.start("value"), m.end("value"))
        if hit is not None and has_job_noun(hit.value) and looks_like_title(hit.value):
            hit = trim_title(text, hit)
            yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.85, "title.labelled")
            return


def _heading_qualified(ctx: Context, hit: _Hit) -> Optional[_Hit]:
    """The page's job heading when it is the labelled title with a bracketed qualifier the label's value leaves out
    ("DevOps Engineer (AWS / Terraform)" over "Job Title: DevOps Engineer"): the job's name as the heading shows it
    (golden/README keeps qualifiers in brackets), or None. The heading is the head block's, already trimmed of its
    chrome (contract, place, workplace tails)."""
    found = _head_title(ctx.text, ctx.doc)
    if found is None or found[1].end > line_around(ctx.text, hit.start, hit.end)[0]:
        return None  # no heading above the label's line (the label may be the heading itself)
    head = trim_title(ctx.text, found[1])
    rest = head.value[len(hit.value) :] if head.value.startswith(hit.value) else ""
    if re.fullmatch(r"[ \t]+\([^()\n]{2,30}\)", rest) and not re.search(r"\d", rest):
        return head
    return None


# the heading a sheet's or tracker's column gives the advert's copy ("Ad text", "Posting Text", "Advert copy")
_AD_COPY_LABEL = fastre.compile(r"(?im)^[ \t]*(?:job[ \t]+)?(?:ad|advert|advertisement|posting|listing)[ \t]+(?:text|copy|body|content)[ \t]*:?[ \t]*$")


def _ad_copy_heading(text: str, hit: _Hit) -> Optional[_Hit]:
    """The heading of the advert's copy a sheet's row holds under the labelled title ("Role: Greenhouse Supervisor" …
    "Ad text" / "Greenhouse Supervisor – Roses (Night Shift)"; "Position: WTP Operator II" … "Water Treatment Plant
    Operator II – Permanent Full-Time"): the job as the advert names it, when it is the label's value with a dash's
    qualifier after it or with its leading acronym spelled out, trimmed as a heading; None otherwise."""
    copy = _AD_COPY_LABEL.search(text, hit.end, min(len(text), hit.end + 3000))
    line = next(_lines(text, copy.end(), min(len(text), copy.end() + 400)), None) if copy is not None else None
    if line is None:
        return None
    heading = trimmed_hit(text, *line)
    if heading is None:
        return None
    value = hit.value
    acronym = re.match(r"([A-Z]{2,5})[ \t]+", value)
    if acronym is not None:
        words = heading.value.split()
        letters = acronym.group(1)
        if len(words) > len(letters) and "".join(w[0] for w in words[: len(letters)]) == letters:
            value = " ".join(words[: len(letters)]) + " " + value[acronym.end() :]
    if not heading.value.startswith(value):
        return None
    if value == hit.value and heading.value != value and not re.match(r"[ \t]+[-–—][ \t]+\w", heading.value[len(value) :]):
        return None  # the value said whole, then more than a dash's qualifier: another job's heading
    cut = trim_title(text, heading)
    return cut if cut.value.startswith(value) else None


def _unsaid_board_field_piece(text: str, piece: _Hit) -> bool:
    """True when ``piece``, a part of the first line, stands on a board's title field (the line under it is the board's
    location field, "US, TX, Houston") and the posting never names it outside a line repeating that field: a unit or
    an advert's words ("RNs Needed ASAP - ER & ICU - APPLY NOW!!"), not the employer the body would name."""
    first_end = text.find("\n")
    second = text[first_end + 1 : text.find("\n", first_end + 1)] if first_end >= 0 else ""
    if first_end < 0 or piece.start >= first_end or not _COUNTRY_FIRST_LINE.match(" ".join(second.split())):
        return False
    heading = " ".join(text[:first_end].split())
    for m in _mention(piece.value).finditer(text, first_end):
        ls, le = line_around(text, m.start(), m.end())
        if " ".join(text[ls:le].split()) != heading:
            return False
    return True


# a status word the employer typed into a board's title field: "Part Time Quickbooks Bookkeeper", "Customer Service Manager (Part-time)"
_STATUS_WORD = r"(?:part|full)[- ]?time"
_STATUS_LEAD = fastre.compile(rf"(?i){_STATUS_WORD}[ \t]+")
# a status the employer typed into the board's title field, not the default: "- Part Time", "- Seasonal", "(Per Diem)"; a closing
# "- Full Time" is the board's default hours (cut)
_STATUS_TAIL = fastre.compile(r"(?i)[ \t]*(?:[-–—|,][ \t]*|\()?(?:part[- ]?time|seasonal|temporary|per[- ]diem|on[- ]call)\)?")
# the contract's terms in brackets, "(6 months fixed-term contract)", and a second job after a pipe, "General Manager | Managing Partner"
_TERMS_TAIL = fastre.compile(r"(?i)[ \t]*\([^()\n]{0,30}\b(?:contract|fixed[- ]term|temporary|permanent)\b[^()\n]{0,30}\)")
_SECOND_JOB = fastre.compile(r"[ \t]+\|[ \t]+(?P<job>[^|\n]{3,60})")


def _board_field_tail(tail: str) -> bool:
    """True when ``tail``, cut from a board's title field, belongs to the job's name as the employer typed it."""
    if _STATUS_TAIL.fullmatch(tail) or _TERMS_TAIL.fullmatch(tail):
        return True
    second = _SECOND_JOB.fullmatch(tail)
    return second is not None and has_job_noun(second.group("job")) and looks_like_title(second.group("job").strip())


@rule("title", name="title.board_field")
def title_board_field(ctx: Context) -> Iterable[Candidate]:
    """The title as a board's own title field gives it, when the posting opens with its title line over the board's
    location field ("Senior Programme Analyst" / "US, NC, Raleigh"): the site's name for the job. It outranks a
    "Job Title:" label in the body, the employer's text with its typos and glued labels ("Job Title: … Tier
    1/2Location: Franklin, TN"), and keeps what the employer typed into the field as the job's name: a status word
    ("Part Time Quickbooks Bookkeeper", "Customer Service Associate - Part Time"), the contract's terms in brackets,
    a second job after a pipe ("General Manager | Managing Partner"), which the page-title cuts would drop.
    Yields only where it changes the heading rules' answer."""
    text = ctx.text
    lines = list(_lines(text, 0, min(len(text), 600)))
    if len(lines) < 2 or not _COUNTRY_FIRST_LINE.match(" ".join(text[lines[1][0] : lines[1][1]].split())):
        return
    heads = [c for c in (*title_page(ctx), *title_header_line(ctx), *title_head_block(ctx)) if c.spans and c.spans[0][0] < lines[0][1]]
    head = max(heads, key=lambda c: c.confidence, default=None)
    if head is None:
        yield from _bare_board_field(ctx, lines[0])
        return
    value, spans = head.value, head.spans
    line = trimmed_hit(text, *lines[0])
    if line is not None and line.value != value and len(head.spans) == 1:
        lead, tail = line.value[: len(line.value) - len(value)], line.value[len(value) :]
        if line.value.startswith(value) and _board_field_tail(tail) or line.value.endswith(value) and _STATUS_LEAD.fullmatch(lead):
            value, spans = line.value, ((line.start, line.end),)
    labelled = next(iter(title_labelled(ctx)), None)
    if labelled is not None and labelled.confidence >= 0.9 and " ".join(value.split()).casefold() != " ".join(labelled.value.split()).casefold():
        yield Candidate("title", value, spans, 0.91, "title.board_field")
    elif value != head.value:
        yield Candidate("title", value, spans, round(head.confidence + 0.01, 2), "title.board_field")


def _bare_board_field(ctx: Context, line: tuple[int, int]) -> Iterator[Candidate]:
    """The board's title field as the job's name where no heading rule reads it as a title, having no job noun or
    few capitals ("GPS/GNSS signal processing", a research internship's name): the board prints the job there. Not an
    advert's call ("… NEEDED TODAY!", "Multiple Oil & Gas Jobs!", "200K + POSITION FOR …": figures, shouting), a
    sentence or a label, and not a name the body then introduces as the employer."""
    hit = trimmed_hit(ctx.text, *line)
    if hit is None or not (_capital(hit.value[0]) or hit.value[0].isdigit()) or len(hit.value.split()) > MAX_TITLE_WORDS:
        return
    if re.search(r"[:!?\d]", hit.value) or hit.value.isupper() or _SENTENCE_END.search(hit.value) or _ADVERT_WORDS.search(hit.value) or _JOBS_LISTING.search(hit.value):
        return  # figures ("200K + …") or capitals throughout: an advert's headline
    if _employer_said(ctx.text, hit.value, hit.end) or _opens_body_as_subject(ctx.text, hit.value, hit.end):
        return
    hit = trim_title(ctx.text, hit)
    yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.4, "title.board_field")


@cache
def _headcount() -> re.Pattern:
    """A number of people to hire ("1 person", "2 positions", "3 plazas", "5"), as a "Hiring:" label gives it."""
    nouns = _labels_regex(load("titles.json").get("headcount_nouns", []))
    return fastre.compile(rf"(?i)^\d{{1,4}}(?:[ \t]*(?:{nouns})\.?)?$")


def _open_bracket_cut(text: str, hit: _Hit) -> _Hit:
    """``hit`` without a bracket it opens and never closes: the page title was split at a dash inside the
    bracket ("Customer Success Manager (Remote - Canada)" → "Customer Success Manager (Remote")."""
    value = hit.value
    depth, opened = 0, -1
    for at, char in enumerate(value):
        if char == "(":
            depth, opened = depth + 1, at if depth == 0 else opened
        elif char == ")" and depth:
            depth -= 1
    if depth == 0 or opened < 3:
        return hit
    return trimmed_hit(text, hit.start, hit.start + len(value[:opened].rstrip(" -–—,"))) or hit


@rule("title", name="title.page")
def title_page(ctx: Context) -> Iterable[Candidate]:
    """A page title on the first line, confirmed when the job heading repeats it."""
    page = _page_title(ctx)
    if page is None or page.title is None:
        return
    conf = page.title_conf
    hs, he = _header_range(ctx)
    title = _open_bracket_cut(ctx.text, trim_title(ctx.text, page.title))
    lead = _HIRING_LEAD.match(title.value)
    if lead is not None:  # "RECRUTE : DÉLÉGUÉ COMMERCIAL (H/F)": the hiring word before the job's name
        title = _Hit(title.value[lead.end() :], title.start + lead.end(), title.end)
    quoted = _quoted_employer(ctx.text, title)
    if quoted is not None:
        title = quoted[0]  # "Cook - Restoran «Stari Mlin»": the employer in quotes closes the page title
    if any(" ".join(m.group("value").split()).casefold() == title.value.casefold() for m in title_vocab().company_label.finditer(ctx.text)):
        return  # "HSE.ie | Health Service Executive" over "Employer: Health Service Executive": the site's brand, no job
    want = {page.title.value.lower(), title.value.lower()}
    repeated = False
    for ls, le in _lines(ctx.text, hs, he):
        if ls > page.title.start and " ".join(ctx.text[ls:le].split()).lower() in want:
            conf, repeated = round(min(0.92, conf + 0.07), 2), True
            break
    if not repeated and _SITE_JOBS_SECTION.match(ctx.text, page.title.end):
        return  # "Farmers Journal | Jobs", never said again: a site's name over its jobs section, no job
    lines = list(_lines(ctx.text, 0, min(len(ctx.text), 2000)))[:2]
    if not repeated and len(lines) == 2 and lines[0][0] <= page.title.start < lines[0][1] and _menu_line(" ".join(ctx.text[slice(*lines[1])].split())):
        return  # "Pleiades HR Solutions | Executive Search & Recruitment" over "Home | Jobs | Contact": a firm's name and tagline over its menu
    line_end = ctx.text.find("\n", title.end)
    if line_end >= 0 and _latin_line_under(ctx.text, title, list(_lines(ctx.text, line_end + 1, min(len(ctx.text), line_end + 300)))[:1]) is not None:
        return  # "مطلوب محاسب – دوام كامل" over "Accountant – Full Time": the posting is read by the translation (title.header_line)
    yield Candidate("title", title.value, ((title.start, title.end),), conf, "title.page")


_SITE_JOBS_SECTION = fastre.compile(r"[ \t]+[|–—-][ \t]+(?i:jobs|careers|vacancies|job[ \t]+search|classifieds|stellen|emplois|empleos|vagas)[ \t]*(?:\n|$)")
_SUBJECT_TAIL = fastre.compile(r"(?i)[ \t]+(?:opportunity|opening|vacancy|role|position|search)$")  # "Controller opportunity"


# a sentence that calls for the job by its name: "We're looking for a PostgreSQL Database Administrator in Columbus",
# "Acme (GWDZ) in Göttingen is hiring a" over the title on its own line; a describing word or two may stand before it
_CALL_FOR = fastre.compile(
    r"(?i:\b(?:we(?:['’]re|[ \t]+are)|we|(?:i['’]m|i[ \t]+am)|is|are)[ \t]+(?:(?:currently|now|still|urgently)[ \t]+)?"
    r"(?:looking[ \t]+for|hiring|seeking|recruiting)[ \t]+(?:an?|one|two|three)\b)(?P<gap>[ \t]*\n[ \t\n]*|[ \t]+)"
    r"(?:(?i:experienced|talented|motivated|passionate|skilled|qualified|dedicated|reliable|friendly|new|full[- ]time|part[- ]time|permanent|temporary)[ \t]+){0,2}"
)
_CALLED_NAME = fastre.compile(r"[A-Z0-9.][\w/&+#.’'-]*(?:[ \t]+(?:[A-Z0-9(][\w/&+#.’'()-]*|of|and|&|de|du|la))*")


# a public notice's call for the post by name: "Call for Applications for the post of Assistant Librarian in the Ministry
# for …", "… invites applications for the position of Senior Clerk (Grade 7), Department of …"
_NOTICE_POST_TITLE = fastre.compile(
    r"(?i:applications?|appointment|recruitment|vacancy|vacancies)[ \t]+(?i:for|to)[ \t]+(?i:the[ \t]+)?(?i:post|position)[ \t]+of[ \t]+(?:(?i:an?|the)[ \t]+)?"
    r"(?P<t>[A-Z][^.\n,;()]{2,80}?)(?=[ \t]+(?i:in|within|at|with)[ \t]+(?i:the[ \t]+)?[A-Z]|[ \t]*[,.;(]|[ \t]*$)",
    re.M,
)


_CALL_HEADING = fastre.compile(r"[ \t]*(?i:call[ \t]+for[ \t]+)?(?=(?i:applications?)[ \t])")


@rule("title", name="title.notice_post")
def title_notice_post(ctx: Context) -> Iterable[Candidate]:
    """The post a public notice calls for in its first lines ("Call for Applications for the post of Assistant Librarian
    in the Ministry for …"), where no heading gives the title (a low confidence: a heading outranks it)."""
    text = ctx.text
    if not _PUBLIC_NOTICE.search(text, 0, min(len(text), 800)):
        return
    m = _NOTICE_POST_TITLE.search(text, 0, min(len(text), 1500))
    hit = trimmed_hit(text, m.start("t"), m.end("t")) if m is not None else None
    if hit is not None and looks_like_title(hit.value):
        heading = _CALL_HEADING.match(text, text.rfind("\n", 0, m.start()) + 1, m.end())
        # (over a heading that is the call itself, "Call for Applications for the post of X in the Ministry …", which the
        # header rule would take whole)
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.62 if heading else 0.45, "title.notice_post")


@rule("title", name="title.task_copy")
def title_task_copy(ctx: Context) -> Iterable[Candidate]:
    """The heading of an ad's copy that a task about the ad names ("T4821 Publish vacancy: Junior Data Analyst – Mobility
    Insights (32–36 uur)" in a tracker, over a description whose own heading line reads "Junior Data Analyst – Mobility
    Insights"): the later line that the task's words open with."""
    text = ctx.text
    for ls, le in list(_lines(text, 0, min(len(text), 1500)))[:HEAD_LINES]:
        task = _TASK_TITLE.match(text[ls:le])
        if task is None:
            continue
        named = " ".join((task.group("n") if task.group("n") else text[ls + task.end() : le]).split())
        for s, e in _lines(text, le, min(len(text), le + 3000)):
            hit = trimmed_hit(text, s, e)
            if hit is not None and len(hit.value.split()) >= 2 and named.startswith(hit.value) and looks_like_title(hit.value) \
                    and (len(named) == len(hit.value) or not named[len(hit.value)].isalnum()):
                yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.66, "title.task_copy")
                return
        return


# a newspaper's or newsletter's section of job adverts: "SITUATIONS VACANT", "Positions Vacant", "JOB VACANCIES"
_VACANCIES_SECTION = fastre.compile(r"(?im)^[ \t]*(?:situations?[ \t]+vacant|positions?[ \t]+vacant|job[ \t]+vacancies|vacancies)[ \t]*:?[ \t]*$")


def vacancies_block(ctx: Context) -> Optional[tuple[_Hit, _Hit]]:
    """The (title, employer) a newsletter's "SITUATIONS VACANT" section opens its advert with: the employer's line over
    the job's heading, or the heading over the employer's line, past rule lines and blank lines; None otherwise (read
    once per posting: the title and the company rules share it)."""
    return ctx.once("_title.vacancies_block", _read_vacancies_block)  # type: ignore[no-any-return]


def _read_vacancies_block(ctx: Context) -> Optional[tuple[_Hit, _Hit]]:
    text = ctx.text
    m = _VACANCIES_SECTION.search(text)
    if m is None:
        return None
    lines = [(s, e) for s, e in _lines(text, m.end(), min(len(text), m.end() + 600)) if not _RULE_LINE.fullmatch(text[s:e].strip())][:2]
    hits = [trimmed_hit(text, s, e) for s, e in lines]
    if len(hits) < 2 or hits[0] is None or hits[1] is None:
        return None
    for employer, heading in ((hits[0], hits[1]), (hits[1], hits[0])):
        if is_company_name(employer.value, max_words=8) and (_organisation_name(employer.value) or _legal_name(employer.value)) \
                and not _organisation_name(heading.value) and looks_like_title(heading.value):  # (a named organisation, not "Part-time, Stornoway …")
            return trim_title(text, heading), employer
    return None


@rule("title", name="title.vacancies_block")
def title_vacancies_block(ctx: Context) -> Iterable[Candidate]:
    """The job heading under a newsletter's "SITUATIONS VACANT" section (see :func:`vacancies_block`)."""
    found = vacancies_block(ctx)
    if found is not None:
        yield Candidate("title", found[0].value, ((found[0].start, found[0].end),), 0.62, "title.vacancies_block")


@rule("company", name="company.vacancies_block")
def company_vacancies_block(ctx: Context) -> Iterable[Candidate]:
    """The employer's line beside the job heading under a newsletter's "SITUATIONS VACANT" section."""
    found = vacancies_block(ctx)
    if found is not None and not anonymous_posting(ctx):
        yield Candidate("company", found[1].value, ((found[1].start, found[1].end),), 0.6, "company.vacancies_block")


@rule("title", name="title.call_for")
def title_call_for(ctx: Context) -> Iterable[Candidate]:
    """The job a sentence near the top calls for by name, when the posting prints no title line (a forum post, a
    chat message, a mailing-list call): "We're looking for a PostgreSQL Database Administrator in Columbus" →
    "PostgreSQL Database Administrator"; the words must read as a title (capitalised, a job noun). When the call
    ends its line ("… is hiring a" / the title indented below), the next line is the title, whole. Low confidence:
    any title line the other rules read wins."""
    text = ctx.text
    m = _CALL_FOR.search(text, 0, min(len(text), 3000))
    if m is None:
        return
    if "\n" in m.group("gap"):
        line_end = text.find("\n", m.end())
        hit = trimmed_hit(text, m.end(), len(text) if line_end < 0 else line_end)
    else:
        name = _CALLED_NAME.match(text, m.end())
        hit = trimmed_hit(text, m.end(), name.end()) if name is not None else None
        while hit is not None and hit.value.split()[-1] in ("of", "and", "&", "de", "du", "la"):
            hit = trimmed_hit(text, hit.start, hit.start + len(hit.value) - len(hit.value.split()[-1]))
        if hit is not None and len(hit.value.split()) > 8:
            return  # a run of capitalised words that long is no job's name said in passing
    if hit is None or not looks_like_title(hit.value):
        return
    yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.3, "title.call_for")


# a notice's sentence announcing the post on the lines below: "…, Faso Talents Conseil recrute :", "Acme is hiring:",
# "… invites applications for the following position:", "… wishes to recruit:", "…, pretende recrutar:"
_ANNOUNCING_LINE = fastre.compile(
    r"(?im)^[^\n]{0,240}?\b(?:recrute|recrutent|recherche|embauche|busca|contrata|sucht|zoekt|cerca|is[ \t]+hiring|are[ \t]+hiring|"
    r"is[ \t]+(?:recruiting|looking[ \t]+for)|invites?[ \t]+applications[^\n:]{0,60}|(?:wishes|seeks|intends)[ \t]+to[ \t]+(?:recruit|hire|appoint)|"
    r"(?:pretende|deseja|precisa)[ \t]+(?:recrutar|admitir|contratar)|recruta|procura|admite)[ \t]*:[ \t]*$"
)
ANNOUNCED_REACH = 1500  # how far from the top such a sentence may stand


@rule("title", name="title.announced")
def title_announced(ctx: Context) -> Iterable[Candidate]:
    """The heading on the line after a sentence that announces it ("… recrute :" over "UN (01) RESPONSABLE MAINTENANCE
    (H/F)"), when it reads as a job's name."""
    text = ctx.text
    m = _ANNOUNCING_LINE.search(text, 0, min(len(text), ANNOUNCED_REACH))
    if m is None:
        return
    nxt = next(_lines(text, m.end(), min(len(text), m.end() + 300)), None)
    if nxt is None:
        return
    hit = trimmed_hit(text, *nxt)
    if hit is not None and looks_like_title(hit.value) and not _LABEL_COLON.search(hit.value):
        hit = trim_title(text, hit)
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.62, "title.announced")


@rule("title", name="title.subject")
def title_subject(ctx: Context) -> Iterable[Candidate]:
    """The role named in an email subject ("Subject: Java Developer - Hyderabad - 6 months")."""
    text = ctx.text
    m = _SUBJECT_RE.search(text)
    if not m:
        return
    if _FORWARDED.match(text, m.start("v")):  # "FW: Caretaker vacancy - now live": the forwarded message's own subject names it whole
        m = next((later for later in _SUBJECT_RE.finditer(text, m.end()) if _NOTICE_SUBJECT.match(text, later.start("v"))), m)
    vs = m.start("v")
    tag = title_vocab().hiring_tag.match(text[vs : m.end("v")]) if title_vocab().hiring_tag is not None else None
    vs += tag.end() if tag else 0  # "Subject: [Hiring] QA Engineer - Remote"
    notice = _NOTICE_SUBJECT.match(text, vs, m.end("v"))
    vs = notice.end() if notice else vs
    noise = _SUBJECT_NOISE.match(text, vs, m.end("v"))
    start = noise.end() if noise else vs
    segment = text[start : m.end("v")]
    pos = 0
    pieces = []
    for sep in re.finditer(r"[ \t]*(?:[|–—(),]|[ \t]-[ \t])[ \t]*", segment):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, len(segment)))
    for k, (s, e) in enumerate(pieces):
        hit = trimmed_hit(text, start + s, start + e)
        tail = _SUBJECT_TAIL.search(hit.value) if hit else None
        if hit and tail and tail.start() >= 3:
            hit = trimmed_hit(text, hit.start, hit.start + len(hit.value[: tail.start()])) or hit
        if hit and looks_like_title(hit.value):
            qualifier = _SUBJECT_QUALIFIER.match(text, hit.end, m.end("v"))
            if qualifier is not None and not _subject_noise_word(qualifier.group("q")):
                hit = trimmed_hit(text, hit.start, qualifier.end()) or hit  # "Senior Data Analyst (Power BI)": the bracket names the job's tool
            elif k + 1 < len(pieces):
                hit = _subject_in_body(text, m.end(), hit, segment[pieces[k + 1][0] : pieces[k + 1][1]]) or hit
            yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.6, "title.subject")
            return


def _subject_in_body(text: str, after: int, hit: _Hit, rest: str) -> Optional[_Hit]:
    """The message's own heading for the role a subject names in pieces, when it writes the subject's next piece as
    the title's qualifier ("Subject: [JOB] Research Software Engineer, genomics pipelines, Heidelberg" over the
    heading "Research Software Engineer - Genomics Pipelines"): the heading, whole."""
    rest = " ".join(rest.split())
    if len(rest) < 3:
        return None
    line = re.search(rf"(?im)^[ \t]*(?P<t>{re.escape(hit.value)}[ \t]*(?:[-–—:|,][ \t]*|[ \t]\()(?i:{re.escape(rest)})\)?)[ \t]*$", text[after : after + 3000])
    return trimmed_hit(text, after + line.start("t"), after + line.end("t")) if line is not None else None


_SUBJECT_QUALIFIER = fastre.compile(r"[ \t]*\((?P<q>[^()\n\d$£€¥₹%]{2,30})\)(?=[ \t]*(?:[|–—,]|[ \t]-[ \t]|$))")


def _subject_noise_word(value: str) -> bool:
    """A bracket in a subject line that is no part of the job's name: a place, a workplace or contract word, a shift."""
    value = " ".join(value.split())
    schedule = title_vocab().schedule_tail
    return bool(_META_PART.match(value) or value.lower() in _contract_words() or gazetteer().knows(value) or _place_line(value)
                or (schedule is not None and schedule.fullmatch(" - " + value)) or _SHIFT_WORD.search(value))


# a job's name, a colon, then three or more words or phrases between slashes (not a date "13/03/2025")
_KEYWORD_HEADING = fastre.compile(r"[ \t]*(?P<t>[^:\n]{3,60}?)[ \t]*:[ \t]+[^/:\d\n]{1,40}(?:[ \t]*/[ \t]*[^/:\d\n]{1,40}){2,}[ \t]*$")
_LABEL_COLON = fastre.compile(r"(?<!\d):(?!in(?:nen)?\b)|:(?!\d|in(?:nen)?\b)")  # not the ratio of "FIFO 2:1 Roster", nor a German gender colon ("Elektrotechniker:in")


# a call for staff before the heading on its line: "RECRUTE : TECHNICIEN SOLAIRE", "Now hiring: Line Cook", "Se busca: Camarero"
_HIRING_LEAD = fastre.compile(
    r"(?i)^[ \t]*(?:recrute|recrutement|on[ \t]+recrute|nous[ \t]+recrutons|we[ \t]+are[ \t]+hiring|we['’]re[ \t]+hiring|now[ \t]+hiring|hiring|wanted|"
    r"se[ \t]+busca|precisa-se|procura-se|contrata|recruta|se[ \t]+solicita|(?:internal|external|new)[ \t]+(?:vacanc(?:y|ies)|opening|job[ \t]+posting))[ \t]*[:!–—-][ \t]*(?=\S)"
)  # ("INTERNAL VACANCY: Laboratory Technician", a message's subject)
_ENGAGEMENT_LEAD = fastre.compile(r"(?i)^[ \t]*(?:contract|freelance|internship|temp(?:orary)?|permanent|part[- ]?time|full[- ]?time|volunteer|locum|seasonal)[ \t]*:[ \t]+(?=\S)")


def _opens_body_as_subject(text: str, value: str, after: int) -> bool:
    """Does a line after ``after`` open with ``value`` as its subject, no article before it and a verb after
    ("Kodra Tech builds and maintains …", "Nordlys Energi is …")? A job is introduced with an article ("The
    Maintenance Supervisor leads …", "As a Data Engineer you …"); a company by its bare name."""
    if text.find(value, after) < 0:
        return False  # plain search first: no pattern compiled for a value the rest does not hold
    return re.search(r"(?m)^[ \t]*" + re.escape(value) + r"[ \t]+(?:is|are|has|was|(?!needs\b)[a-z]{3,}s)\b", text[after:]) is not None


def _heading_under_openings(text: str, lines: list[tuple[int, int]]) -> Optional[_Hit]:
    """A careers board's list of openings over the posting (Greenhouse: "Engineering / Senior Backend Engineer /
    Remote - United States / Sales / Account Executive / …"): the posting's heading is the line over "at <Employer>",
    one the list has named already; None without such a pair."""
    values = [" ".join(text[a:b].split()) for a, b in lines]
    for k in range(2, len(values)):
        if _AT_COMPANY.match(values[k]) and values[k - 1] in values[: k - 1] and looks_like_title(values[k - 1]):
            return trimmed_hit(text, *lines[k - 1])
    return None


# a job list's control under the one job opened in place (Workable's widget, accordion career pages): "▾ Hide details",
# "Show less", "Collapse"
_EXPANDED_MARK = fastre.compile(r"(?im)^[ \t]*[▾▴▼▲⌃⌄^-]?[ \t]*(?:hide[ \t]+(?:job[ \t]+)?details|show[ \t]+less|less[ \t]+details|collapse(?:[ \t]+details)?)[ \t]*$")
# a department's group heading over its jobs in such a list: "Bakery production (3 jobs)", "Engineering (12 openings)"
_GROUP_HEADING = fastre.compile(r"(?im)^[ \t]*(?P<g>[^\W\d_][^\n()]{1,60}?)[ \t]*\(\d{1,3}[ \t]+(?:jobs?|openings?|positions?|roles?|vacancies)\)[ \t]*$")


def expanded_card(ctx: Context) -> Optional[_Hit]:
    """The heading of the job a list of openings shows opened in place: the first line of the card block right above
    the list's "Hide details" control (the collapsed cards around it are other jobs), or None."""
    text = ctx.text
    mark = _EXPANDED_MARK.search(text, 0, min(len(text), 4000))
    if mark is None:
        return None
    block = text.rfind("\n\n", 0, mark.start())
    card = list(_lines(text, block + 2 if block >= 0 else 0, mark.start()))
    if not 2 <= len(card) <= 4:
        return None
    hit = trimmed_hit(text, *card[0])
    return hit if hit is not None and looks_like_title(hit.value) else None


@rule("title", name="title.expanded_card")
def title_expanded_card(ctx: Context) -> Iterable[Candidate]:
    """The job a list of openings shows opened in place (see :func:`expanded_card`)."""
    hit = expanded_card(ctx)
    if hit is not None:
        hit = trim_title(ctx.text, hit)
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.7, "title.expanded_card")


@rule("team", name="team.expanded_card_group")
def team_expanded_card_group(ctx: Context) -> Iterable[Candidate]:
    """The department heading ("Bakery production (3 jobs)") the list groups the opened job under (see
    :func:`expanded_card`): the nearest such heading above it."""
    hit = expanded_card(ctx)
    if hit is None:
        return
    group = None
    for group in _GROUP_HEADING.finditer(ctx.text, 0, hit.start):
        pass
    if group is not None:
        yield Candidate("team", group.group("g"), (group.span("g"),), 0.75, "team.expanded_card_group")


_SLASH_STEP = fastre.compile(r"[ \t]+/[ \t]+")


def _heading_under_crumbs(text: str, lines: list[tuple[int, int]]) -> Optional[tuple[int, _Hit]]:
    """Where a breadcrumb trail starts and the heading its last step names, on one of the next three lines and opening
    with that step's words ("Home > Jobs > Accountancy & Finance > Payroll Officer" over "Payroll Officer - 4 Month Temp
    Assignment"), trimmed as a title (the step's own words when the heading runs on glued: "… - FMCGAmman, Jordan");
    None without one. The site's brand and menu above the trail are no heading."""
    for n, (a, b) in enumerate(lines):
        steps = list(_CRUMB_STEP.finditer(text, a, b))
        if len(steps) < 2:
            steps = list(_SLASH_STEP.finditer(text, a, b))  # "home / jobs / customer service / bilingual rep"
            if len(steps) < 3:
                continue
        last = " ".join(text[steps[-1].end() : b].split())
        if len(last) < 3 or not has_job_noun(last):
            return None
        for c, d in lines[n + 1 : n + 4]:
            hit = trimmed_hit(text, c, d)
            if hit is None or not " ".join(hit.value.split()).casefold().startswith(last.casefold()):
                continue
            at = text.find(last[: len(last.split()[0])], hit.start)
            rest = hit.value[len(last):]
            if rest[:1].isalnum() and at >= 0:
                hit = trimmed_hit(text, at, at + len(last)) or hit  # glued to the next field by the scrape
            hit = trim_title(text, hit)  # (its tails cut first: "… - work from home")
            return (a, hit) if looks_like_title(hit.value) or _lower_case_title(hit.value) else None
        return None
    return None


def _page_heading_below(text: str, below: list[tuple[int, int]], value: str) -> bool:
    """Whether ``value`` is a document's title naming the page ("Gas Engineer advert", "Line Cook job") and one of the
    ``below`` lines the page's own heading that opens with the job it names."""
    core = _page_title_word().sub("", value).strip()
    if core == value or len(core) < 3:
        return False
    return any((line := " ".join(text[a:b].split())) != value and line.startswith(core) for a, b in below)


_JOB_COLON = fastre.compile(r"^[ \t]*(?P<job>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}):[ \t]+(?P<field>[A-Z][\w&'’-]*(?:[ \t]+(?:and|&|of|[A-Z][\w&'’-]*)){0,4})(?:[ \t]+\([^()\n]{1,30}\))?[ \t]*$")


def _job_colon_heading(line: str) -> bool:
    """A heading that names the job, a colon, then its field ("Lecturer: Accounting (Two Posts)", "Senior Lecturer:
    Marketing"), not a label and its value: the part before the colon is a job, no label the vocabulary knows."""
    m = _JOB_COLON.match(line)
    if m is None or not has_job_noun(m.group("job")):
        return False
    v = title_vocab()
    return not any(p is not None and p.match(m.group("job") + ": x") for p in (v.title_label, v.company_label, v.team_label))


@rule("title", name="title.header_line")
def title_header_line(ctx: Context) -> Iterable[Candidate]:
    """The first header line that looks like a job title."""
    text = ctx.text
    hs, he = _header_range(ctx)
    lines = list(_lines(text, hs, he))
    crumb = None
    listed = _heading_under_openings(text, lines[:HEAD_LINES])
    if listed is not None:
        yield Candidate("title", listed.value, ((listed.start, listed.end),), 0.6, "title.header_line")
        return
    cards = results_cards(ctx)
    if cards:
        lines = [(a, b) for a, b in lines if not inside(a, cards)]  # a board's search results: other jobs' cards
    crumbed = _heading_under_crumbs(text, lines[:HEADER_LINES + 3])  # (trail, heading) or None
    badged = [_badged_name(text, a, b) for a, b in lines[: HEADER_LINES + 3]]
    menu = _vertical_menu(ctx, lines[: HEADER_LINES + SKIPPED_HEAD_LINES])
    read = 0  # the lines read as possible headings so far (the site's menu, crumbs and labels skipped)
    skipped = 0  # the site's and the labels' lines passed over: they take no place of a heading's
    for n, (ls, le) in enumerate(lines[: HEADER_LINES + SKIPPED_HEAD_LINES]):
        if n - min(skipped, SKIPPED_HEAD_LINES) >= HEADER_LINES:
            break
        line = text[ls:le]
        if n >= HEADER_LINES and _LIST_MARK.match(line):
            break  # past the usual header, a list has begun: its items are the body's
        lead = _ENGAGEMENT_LEAD.match(line) or _HIRING_LEAD.match(line)
        if lead is not None and has_job_noun(line[lead.end() :]):
            ls, line = ls + lead.end(), line[lead.end() :]  # "Contract: Senior Engineer at Acme": a post's engagement tag before its heading
        label = _LABEL_COLON.search(line) is not None and not _job_colon_heading(line)  # not the ratio of "FIFO 2:1 Roster"
        keywords = _KEYWORD_HEADING.match(line) if label else None
        if keywords is not None and looks_like_title(" ".join(keywords.group("t").split())):
            label, le = False, ls + keywords.end("t")  # "QA Engineer: Cucumber / LAMP / Jenkins": the job's name, then search keywords
        if not label and crumb is None and _CRUMBS.search(line):
            crumb = (ls, le)  # a breadcrumb's last step names the job when no heading follows
        if label or n in menu or _chrome_line(" ".join(line.split())) or _careers_site_line(" ".join(line.split())) or _raw_menu(ctx.doc, ls, le):
            skipped += 1
            continue  # a label, the site's menu (on one line or one item a line) or a breadcrumb trail (the heading under it is the title)
        if _brand_over_site_line(n, [" ".join(text[a:b].split()) for a, b in lines[: n + 3]], lambda k: _menu_line(" ".join(text[lines[k][0] : lines[k][1]].split())) or _raw_menu(ctx.doc, *lines[k])):
            continue  # a short brand line over the site's menu ("Keystone Staffing Partners / Home | Find a Job | …"); a menu only here, a
            # breadcrumb-like "London / Platform / Full-time" under the heading is the posting's own metadata
        if title_vocab().valediction is not None and title_vocab().valediction.match(line):
            break  # "Cheers,\nTom Hale\nDirector": a letter's signature holds the writer's job, not the posting's
        if _card_line(line) or _BYLINE.match(" ".join(line.split())) or n and _PERSON_DEGREE.match(text, *lines[n - 1]):
            continue  # "Acme | Remote (US) | Senior Engineer | Full-time", "X - Days · Agency · Rugby · Recently": a heading or a card in parts (title.split_heading)
        hit = trimmed_hit(text, ls, le)
        read += 1
        if hit and _page_heading_below(text, lines[n + 1 : n + 4], hit.value):
            continue  # "Program Coordinator job posting" (the document's title) over its heading "Program Coordinator, Refugee …"
        if hit and n + 1 < len(lines) and _opens_body_as_subject(text, hit.value, le):
            continue  # "Kodra Tech" over "Senior .NET Developer", the body opening "Kodra Tech builds …": the employer's name
        if hit and hit.value in badged[n + 1 : n + 4]:
            continue  # the name a later line repeats with a board's follower or rating badge: the employer over its title
        if hit and (looks_like_title(hit.value) or _sentence_case_heading(text, lines, n, hit.value) or _exclaimed_title(hit.value) or read <= _LOWER_TITLE_LINES and _lower_case_title(hit.value)
                    or _TAIL_DASH.search(hit.value) and _known_tail(hit.value) and looks_like_title(trim_title(text, hit).value)) and not _place_line(hit.value) \
                and not _REGION_CODE_LINE.match(hit.value):  # "Laval, QC": not a quality controller
            if _OPEN_END.search(hit.value) and n + 1 < len(lines):  # a heading wrapped over two lines (PDF text)
                joined = trimmed_hit(text, ls, lines[n + 1][1])
                if joined is not None and text[lines[n + 1][0] : lines[n + 1][1]].strip()[:1].isupper() and looks_like_title(joined.value):
                    hit = joined
            if n + 1 < len(lines) and text.find(trim_title(text, hit).value, le) < 0:  # "Customer Support / Support Team Lead": the board's category above the heading
                below = trimmed_hit(text, *lines[n + 1])
                if below is not None and looks_like_title(below.value) and not _place_line(below.value) and not _LABEL_COLON.search(below.value) \
                        and not (_legal_name(below.value) or _organisation_name(below.value) or _plural_job_noun(below.value)) \
                        and below.value not in hit.value and re.compile(rf"(?<!\w){re.escape(below.value)}(?:e?s)?(?!\w)").search(text, below.end) \
                        and not re.search(re.escape(below.value) + r"[ \t]+(?:is|are|has)[ \t]", text):  # not a page title's heading under it, nor the employer the body names
                    # ("Meridian Travel Nursing is seeking …" under "Travel Nurse RN - ICU - $2,684 per week")
                    hit = below  # the body names the second line's job again, never the first
            prefix = _employer_prefix(text, hit)
            if prefix is not None:
                hit = prefix[1]  # "Ladder Finserv - Product Manager - Lending Platform": the employer opens the heading
            suffix = _employer_suffix(text, hit) if prefix is None else None
            if suffix is not None:
                hit = suffix[0]  # "Driver Needed - Acme Ltd, Nairobi": the employer's legal name closes it
            at = (_at_employer(text, hit) or _quoted_employer(text, hit)) if prefix is None and suffix is None else None
            if at is not None:
                hit = at[0]  # "Senior Product Designer @ Lumafield Health": the employer after "@" or "at" (or in quotes after a dash)
            tail = _employer_tail(text, hit) if prefix is None and suffix is None and at is None else None
            if tail is not None:
                hit = tail  # "Front Office Supervisor | Pearl Dunes Hotel & Residences": the employer the body names again
            hit = _end_marks(text, trim_title(text, hit))
            if prefix is None and suffix is None and at is None and tail is None:
                hit = _employer_tail(text, hit) or hit  # "Platform Engineer - Acme Pay - Cork (hybrid)": the employer stood before the place
            if crumbed is not None and hit.end <= crumbed[0]:
                hit = crumbed[1]  # a brand line above the trail ("HAYS Recruiting experts worldwide"): the heading the trail names
            hit = _latin_line_under(text, hit, lines[n + 1 : n + 2]) or hit
            yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.6, "title.header_line")
            return
    if crumbed is not None:  # no heading read as one above: the one the trail names ("home / jobs / … / bilingual rep" over it)
        yield Candidate("title", crumbed[1].value, ((crumbed[1].start, crumbed[1].end),), 0.6, "title.header_line")
        return
    hit = trimmed_hit(text, *crumb) if crumb is not None else None
    steps = list(re.finditer(r"[ \t]+[>»›→][ \t]+", hit.value)) if hit is not None else []
    if hit is not None and steps and not looks_like_title(hit.value):  # "Jobs › Jordan › Amman › Sales › Key Account Manager": its last step
        last = text.rfind(hit.value[steps[-1].end() :], hit.start, hit.end)
        hit = trimmed_hit(text, last, hit.end) if last >= 0 else None
    if hit is not None and looks_like_title(hit.value):
        hit = trim_title(text, hit)
        if not gazetteer().knows(hit.value):  # "Home / Jobs / Engineering / Győr": a trail that ends in a town names no job
            yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.55, "title.header_line")
            return
    yield from _title_first_line(ctx)


_NO_MATCH = re.match("", "")  # an empty match, for a search that found nothing
_PREFIX_SPLIT = fastre.compile(r"[ \t]+[-–—|][ \t]+")
# a heading that says who hires before the job: "Senegal Palms Hotel is hiring a Receptionist", "Acme is now recruiting: Driver"
_HIRING_SPLIT = fastre.compile(r"(?i)[ \t]+(?:is|are)[ \t]+(?:now[ \t]+)?(?:hiring|recruiting)(?:[ \t]*:)?(?:[ \t]+(?:an?|the))?[ \t]+(?=\S)")
# a heading naming the employer after the role: "Senior Product Designer @ Lumafield Health", "QA Engineer at Quillon SRL"
_AT_EMPLOYER = fastre.compile(r"[ \t]+(?:@|at)[ \t]+(?:the[ \t]+(?=[A-Z]))?(?=[A-Z0-9])")  # "… at the Alpine Mobility Lab"
_NAME_PLACE = fastre.compile(r",[ \t]*(?P<place>[^,\n]{2,40})$")  # the employer's town after its name: "… at Acme Foods, Leeds"


def _latin_line_under(text: str, hit: _Hit, below: list[tuple[int, int]]) -> Optional[_Hit]:
    """The title in Latin letters on the line under a heading written without any ("مطلوب صيدلاني – فترة مسائية" over
    "Pharmacist – Evening Shift (2 posts)"): the heading's translation, the one the posting is read by; None otherwise."""
    if _LATIN_LETTER.search(hit.value) or not below:
        return None
    under = trimmed_hit(text, *below[0])
    if under is None or not _LATIN_LETTER.search(under.value[:1]) or not looks_like_title(under.value):
        return None
    return trim_title(text, under)


_LATIN_LETTER = fastre.compile(r"[A-Za-z]")


def _exclaimed_title(value: str) -> bool:
    """A job heading an advert closes with "!" ("Dental Assistant - Now Hiring!", "HVAC Technician - $5,000 Sign On Bonus!"):
    a title once the marks go; a sentence inside it still is none."""
    return value.endswith("!") and looks_like_title(value.rstrip("! ")) and "!" not in value.rstrip("! ")


def _at_employer(text: str, hit: _Hit) -> Optional[tuple[_Hit, _Hit]]:
    """The role and the employer of a heading "<Role> @ <Employer>" or "<Role> at [the] <Employer>[, <town>]", when the
    role reads as a job title and the posting names the employer again after the heading (its name, or the name
    without its legal form): feed posts, newsletters and boards write headings so; a place after "at" is not an employer."""
    m = None
    for m in _AT_EMPLOYER.finditer(hit.value):
        pass  # the last "at": "Head of Data at Scale at Acme" keeps its role whole
    if m is None:
        return None
    role = trimmed_hit(text, hit.start, hit.start + m.start())
    name = trimmed_hit(text, hit.start + m.end(), hit.end)
    town = _NAME_PLACE.search(name.value) if name is not None else None
    if town is not None and gazetteer().knows(town.group("place").strip()):
        name = trimmed_hit(text, name.start, name.start + town.start())
    if role is None or name is None or not is_company_name(name.value) or has_job_noun(name.value):
        return None
    if not (looks_like_title(role.value) or _capital(role.value[0]) and has_job_noun(role.value) and looks_like_title(hit.value)):
        return None  # a role in sentence case, "UI/UX developer at StartTech Ventures", as the whole heading reads as a title
    if gazetteer().knows(name.value) or _place_line(name.value) or re.search(r"[,·|:]", name.value):
        return None
    legal = title_vocab().legal_form
    core = legal.sub("", name.value).strip(" ,") if legal is not None and _legal_name(name.value) else name.value
    if len(core) < 3 or re.search(rf"(?<!\w){re.escape(core)}(?!\w)", text[hit.end :]) is None and not _domain_of(text[hit.end :], core):
        return None
    return role, name


# a heading's tail naming the employer in quotes, after at most two words of what it is: "Cook – kafejnīca "Vecā Maiznīca",
# 2 vakances", "Barista - Café «Kolibri»" (a count or a place may follow it after a comma)
_QUOTED_TAIL = fastre.compile(
    r"[ \t]+[-–—|][ \t]+(?:[^\W\d_][\w.'’-]*[ \t]+){0,2}[\"“„«](?P<n>[^\W\d_][^\"“”„«»\n]{1,60})[\"”“»](?:[ \t]*,[^\n,]{2,30})?$"
)


def _quoted_employer(text: str, hit: _Hit) -> Optional[tuple[_Hit, _Hit]]:
    """The role and the employer of a heading closed by the employer's name in quotes (:data:`_QUOTED_TAIL`), when the
    role reads as a job title and the posting writes the name again after the heading; or None."""
    m = _QUOTED_TAIL.search(hit.value)
    if m is None or m.start() < 3:
        return None
    role = trimmed_hit(text, hit.start, hit.start + m.start())
    name = _Hit(m.group("n").strip(), hit.start + m.start("n"), hit.start + m.end("n"))
    if role is None or not looks_like_title(role.value) or has_job_noun(name.value) or text.find(name.value, hit.end) < 0:
        return None
    return role, name


def _domain_of(text: str, name: str) -> bool:
    """True when ``text`` links the employer's own site, its name run together as the domain ("Fernleaf Energy" →
    "fernleaf.energy/jobs", "fernleafenergy.com", "jobs@fernleaf-energy.co.uk"), or a long first word of it alone
    ("Pebblebrook Health" → "pebblebrook.com/careers")."""
    words = [re.escape(w.lower()) for w in re.findall(r"[^\W_]+", name)]
    if not words or sum(len(w) for w in words) < 5:
        return False
    forms = ["".join(words), "-".join(words), r"\.".join(words)]  # "fernleafenergy", "fernleaf-energy", "fernleaf.energy"
    if len(words) >= 2 and len(words[0]) >= 7:
        forms.append(words[0])  # "Pebblebrook Health" → "pebblebrook.example/careers": a long first word alone as the domain
    low = text.lower()
    return any(re.search(r"(?<![\w.-])(?:[\w-]+\.)?" + form + r"(?:\.[a-z]{2,})*(?:\.[a-z]{2,}|/)", low) for form in forms)


@rule("company", name="company.at_heading")
def company_at_heading(ctx: Context) -> Iterable[Candidate]:
    """The employer a heading names after the role ("<Role> @ <Employer>", see :func:`_at_employer`; "<Role> – café
    "<Employer>"", see :func:`_quoted_employer`)."""
    if anonymous_posting(ctx):
        return
    text = ctx.text
    for c in title_header_line(ctx):
        start = c.spans[0][0]
        end = text.find("\n", start)
        line = trimmed_hit(text, start, len(text) if end < 0 else end)
        at = (_at_employer(text, line) or _quoted_employer(text, line)) if line is not None else None
        if at is not None:
            yield Candidate("company", at[1].value, ((at[1].start, at[1].end),), 0.55, "company.at_heading")


_LOWER_TITLE_LINES = 3  # a heading written all in lower case is taken only among the page's first lines
_LOWER_TITLE_WORDS = 6
_LOWER_HEAD = fastre.compile(r"[ \t]*(?:\([^()\n]*\)|[-–—/][^\n]*)$")  # the qualifier after the head noun: "(nights)", "– civil works"


@cache
def _lower_stop_words() -> frozenset[str]:
    """Words a job's name never holds in a lower-case heading: pronouns, articles, hiring verbs (``titles.json``)."""
    data = load("titles.json")
    words = data.get("function_words", []) + data.get("not_a_subject", []) + data.get("indefinite_articles", [])
    return frozenset(w.lower() for w in words + data.get("lower_title_stop_words", []))


def _lower_case_title(value: str) -> bool:
    """A first line whose job's name is written all in lower case ("warehouse shift leader", "staff nurse – theatre",
    "respiratory therapist - Nights") whose shape is a job's name.

    Boards and copy-pasted e-mails drop the capitals; the line is taken when it is short (at most ``_LOWER_TITLE_WORDS``
    words), has no sentence punctuation, its head (the words before a bracket or a dash) ends on a job noun of
    ``titles.json``, and the same words capitalised pass :func:`looks_like_title`. Never raises.
    """
    if not value or not any(ch.isalpha() for ch in value) or re.search(r"[.:;!?,@#]", value):
        return False
    named = _LOWER_HEAD.sub("", value)
    if not named or named != named.lower():
        return False  # (the qualifier after a dash or in brackets may keep its capitals: "warehouse operative - Night Shift")
    if len(named.split()) > _LOWER_TITLE_WORDS or _ADVERT_WORDS.search(value) or not _lower_stop_words().isdisjoint(_WORD_RE.findall(value)):
        return False  # "we are hiring a driver", "drivers wanted": a sentence or an advert, not the job's name
    head = _LOWER_HEAD.sub("", value).split()
    if not head or not has_job_noun(head[-1]) and not (len(head) > 1 and has_job_noun(" ".join(head[-2:])) and not has_job_noun(head[-2])):
        return False
    return looks_like_title(re.sub(r"[^\W\d_]+", lambda w: w.group(0).capitalize(), value))


def _sentence_case_heading(text: str, lines: list[tuple[int, int]], n: int, value: str) -> bool:
    """A heading in sentence case that opens with an occupation ("Tecnico manutentore elettromeccanico",
    "Auxiliar administrativo"), as Romance-language boards write titles, confirmed by an employer's legal
    name on the next line ("Officine Brambilla S.p.A.")."""
    if not _capital(value[:1]) or ":" in value or _SENTENCE_END.search(value + " ") or n + 1 >= len(lines) or not _occupation_first(value):
        return False
    below = " ".join(text[lines[n + 1][0] : lines[n + 1][1]].split())
    return bool(below) and _legal_name(below)


def _employer_prefix(text: str, hit: _Hit) -> Optional[tuple[_Hit, _Hit]]:
    """A heading that opens with the employer's name, "<Employer> - <Title>" (boards that print the company
    first: "Acme Lending - Product Manager - Payments"): the name and the rest, or None.

    The first part must be an organisation's name (no job noun, not a title, a place or a heading word)
    that the posting writes again at least twice, always capitalised ("About Acme Lending:", "… at Acme
    Lending"), and the rest must read as a title."""
    hiring = _HIRING_SPLIT.search(hit.value)
    cut = hiring or _PREFIX_SPLIT.search(hit.value)
    if cut is None or cut.start() < 2:
        return None
    name, rest = hit.value[: cut.start()], trimmed_hit(text, hit.start + cut.end(), hit.end)
    if rest is None or not looks_like_title(rest.value) or not is_company_name(name) or has_job_noun(name):
        return None
    if gazetteer().knows(name) or _place_line(name) or kind_of_heading(name) or name == name.lower():
        return None
    if hiring is not None:
        return _Hit(name, hit.start, hit.start + len(name)), rest  # the verb says who hires: "Acme Hotel is hiring a Night Porter"
    elsewhere = text[: hit.start] + "\n" + text[hit.end :]
    about = re.search(rf"(?mi)^[ \t#*]*about[ \t]+(?:us[ \t]*[-–—:][ \t]*)?{re.escape(name)}[ \t*:]*$", elsewhere)  # an "About Acme Lending" heading
    said = _said(elsewhere, name)
    organisation = title_vocab().org_noun is not None and title_vocab().org_noun.fullmatch(name.split()[-1]) is not None  # "… University", "… Council"
    if (said < 2 and about is None and not (organisation and said >= 1)) or re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", elsewhere):
        return None
    return _Hit(name, hit.start, hit.start + len(name)), rest


def _employer_suffix(text: str, hit: _Hit) -> Optional[tuple[_Hit, _Hit]]:
    """A heading that closes with the employer's legal name, and maybe its place, after a dash
    ("*DELIVERY DRIVER NEEDED* - Mwangaza Distributors Ltd, Industrial Area Nairobi"): the title part and
    the name, or None."""
    cuts = list(_PREFIX_SPLIT.finditer(hit.value))
    if not cuts or cuts[-1].start() < 3:
        return None
    rest = hit.value[cuts[-1].end() :]
    name = rest.split(",")[0].strip()
    if not _legal_name(name) or not is_company_name(name) or has_job_noun(name):
        return None
    line_end = text.find("\n", hit.start)
    at = text.find(name, hit.start, len(text) if line_end < 0 else line_end)
    left = trimmed_hit(text, hit.start, text.rfind(cuts[-1].group().strip(), hit.start, at) if at >= 0 else -1) if at >= 0 else None
    if left is None or not looks_like_title(left.value):
        return None
    return trim_title(text, left), _Hit(name, at, at + len(name))


def _employer_tail(text: str, hit: _Hit) -> Optional[_Hit]:
    """The title part of a heading closed by its employer's name after " | " or a dash ("Front Office
    Supervisor | Pearl Dunes Hotel & Residences", "… — Tidepool Analytics"), or None.

    The last part must be shaped as an organisation's name (no job noun, not a known place, place line or
    heading word) that the posting writes again, always capitalised, outside the heading ("Pearl Dunes
    Hotel & Residences, a 240-key hotel …", "I'm the CTO at Tidepool Analytics"); the rest must read as a
    title. Boards' and sites' names after the title ("… | Indeed") are not said in the body."""
    cuts = list(_PREFIX_SPLIT.finditer(hit.value))
    if not cuts or cuts[-1].start() < 3:
        return None
    name = hit.value[cuts[-1].end() :].strip()
    if len(name.split()) < 2 or not is_company_name(name) or has_job_noun(name) or gazetteer().knows(name) \
            or _place_line(name) or kind_of_heading(name):
        return None
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    elsewhere = text[:line_start] + "\n" + text[len(text) if line_end < 0 else line_end :]
    if not re.search(rf"(?m)(?:^[ \t]*|[.!?][ \t]+|\b(?:at|by|with|join|Join|from)[ \t]+){re.escape(name)}(?=[ \t]*(?:[,.;:!?(\n]|$|(?:is|are|was|has|have|invites|seeks|offers)\b))", elsewhere) \
            or re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", elsewhere):
        return None  # said as a name of its own (opening a sentence or after "at"/"by"/"join", then punctuation or a verb), not inside a longer name
    left = trimmed_hit(text, hit.start, hit.start + cuts[-1].start())
    return left if left is not None and looks_like_title(left.value) else None


def _site_tail(text: str, hit: _Hit) -> Optional[_Hit]:
    """The title part of a labelled title closed by " | " and a site's name the posting never says again ("Title:
    Vineyard Supervisor – Kerewai Estate | Marlborough Wine Jobs", a reference manager's copy of the page's title),
    or None. The name must have two words or more, no job noun, no figure and no known place."""
    cut = next(reversed(list(_PREFIX_SPLIT.finditer(hit.value))), None)
    if cut is None or "|" not in cut.group() or cut.start() < 3:
        return None
    name = hit.value[cut.end() :].strip()
    if len(name.split()) < 2 or has_job_noun(name) or re.search(r"\d", name) or gazetteer().knows(name) or _place_line(name):
        return None
    if text.lower().count(name.lower()) > 1:
        return None  # said again: a name the posting owns, not the site's
    left = trimmed_hit(text, hit.start, hit.start + cut.start())
    return left if left is not None and looks_like_title(left.value) else None


_NAME_TAG = fastre.compile(r"[ \t]+\((?:[A-Z]{1,3}[ \t]?)?[A-Z]?\d{2,4}\)$")  # "(W25)", "(YC S21)", "(S19)": a batch or cohort code


def _heading_employer(ctx: Context) -> Iterator[Candidate]:
    """The employer opening the title's heading line ("<Employer> - <Title>", see :func:`_employer_prefix`),
    or closing it with its legal name ("<Title> - <Employer> Ltd, <Place>", see :func:`_employer_suffix`)."""
    for cand in title_header_line(ctx):
        if cand.method != "title.header_line":
            return
        start = cand.spans[0][0]
        ls = ctx.text.rfind("\n", 0, start) + 1
        found = _employer_prefix(ctx.text, _Hit(ctx.text[ls:cand.spans[0][1]], ls, cand.spans[0][1]))
        if found is not None and found[1].start == start:
            name = found[0]
            tag = _NAME_TAG.search(name.value)
            if tag is not None:  # "Tillwright (W25) is hiring …": an accelerator's batch code after the name is no part of it
                name = _Hit(name.value[: tag.start()], name.start, name.start + tag.start())
            yield Candidate("company", name.value, ((name.start, name.end),), 0.7, "company.heading_prefix")
            return
        le = ctx.text.find("\n", start)
        line = trimmed_hit(ctx.text, ls, len(ctx.text) if le < 0 else le)
        found = _employer_suffix(ctx.text, line) if line is not None else None
        if found is not None and found[0].start == start:
            yield Candidate("company", found[1].value, ((found[1].start, found[1].end),), 0.65, "company.heading_suffix")
            return
        gap = _PREFIX_SPLIT.match(ctx.text, cand.spans[0][1]) if line is not None else None
        if gap is not None:  # "<Title> - <Employer> - <Place>": the employer the title's tail named, before the place trim_title cut
            after = _PREFIX_SPLIT.search(ctx.text, gap.end(), line.end)
            probe = trimmed_hit(ctx.text, start, after.start() if after else line.end)
            left = _employer_tail(ctx.text, probe) if probe is not None else None
            name = trimmed_hit(ctx.text, gap.end(), probe.end) if left is not None and left.end == cand.spans[0][1] else None
            if name is not None:
                yield Candidate("company", name.value, ((name.start, name.end),), 0.6, "company.heading_suffix")
        return


_REGION_CODE_LINE = fastre.compile(r"^[A-Z][^\W\d_]+(?:[ \t-][A-Z][^\W\d_]+){0,2},[ \t]*[A-Z]{2}$")  # "Lévis, QC", "Sainte-Foy, QC": a city and its region code
_OPEN_END = fastre.compile(r"(?i)[ \t](?:for|of|and|in|with|to|at|&)$")
# a hiring unit's own line: "Department of Electrical Engineering", "School of Nursing", "Policy Analysis Branch"
_UNIT_LINE = fastre.compile(
    r"^(?:(?:Department|Dept\.?|Faculty|School|College|Division|Directorate|Institute)[ \t]+of[ \t]+[A-Z][\w&,'’ \-]{2,60}"
    r"|[A-Z][\w&'’ \-]{2,50}[ \t]+(?:Department|Division|Branch|Directorate))$"
)


@rule("team", name="team.unit_line")
def team_unit_line(ctx: Context) -> Iterable[Candidate]:
    """The hiring unit printed on its own line under the job heading, without a label
    ("PhD Candidate in …\\nDepartment of Electrical Engineering"), as golden/README's team rule allows;
    the employer's line and a place line may stand between ("Academic Advisor II\\nLlano State University\\n
    Lubbock, Texas\\nCollege of Engineering")."""
    text = ctx.text
    heading = next(iter(title_header_line(ctx)), None)
    if heading is None or heading.method != "title.header_line":
        return
    employers = None
    after = text.find("\n", heading.spans[0][1])  # the heading's own line ends after a tail the title left out ("… - Evenings")
    after = len(text) if after < 0 else after
    for below in list(_lines(text, after, min(len(text), after + 300)))[:3]:
        hit = trimmed_hit(text, *below)
        if hit is None:
            return
        if employers is None:
            employers = _employer_names(ctx)
        tail = _NAME_PLACE_TAIL.search(hit.value)
        if tail is not None and tail.group(0).startswith(",") and _place_tail(tail.group(0)) and _UNIT_LINE.match(hit.value[: tail.start()]):
            hit = trimmed_hit(text, hit.start, hit.start + tail.start()) or hit  # "Fisheries Division, Apia": the unit and its town
        if _UNIT_LINE.match(hit.value) and hit.value.casefold() not in employers:
            yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.6, "team.unit_line")
            return
        parts = hit.value.split(" | ")
        if len(parts) == 3 and parts[0].casefold() in employers and (_place_line(parts[2]) or gazetteer().knows(parts[2])) and _team_line(parts[1]):
            at = hit.start + len(parts[0]) + 3  # "Red River Regional Health | Laboratory Medicine | Winnipeg, MB": the unit between
            yield Candidate("team", parts[1], ((at, at + len(parts[1])),), 0.6, "team.unit_line")
            return
        if not (hit.value.casefold() in employers or _place_line(hit.value)):
            break
    above = [trimmed_hit(text, *line) for line in _lines(text, max(0, heading.spans[0][0] - 300), heading.spans[0][0])][-2:]
    if len(above) == 2 and all(above) and _UNIT_LINE.match(above[1].value) and above[0].value.casefold() in (employers or _employer_names(ctx)):
        yield Candidate("team", above[1].value, ((above[1].start, above[1].end),), 0.55, "team.unit_line")  # "Ghent University" / "Faculty of …" / the heading


_FIRST_NUMBERED = fastre.compile(r"^[ \t]*(?:#[ \t]*)?1[).:][ \t]+(?P<t>[^\n]{3,120}?)[ \t]*$", re.M)
_LABEL_ROW = fastre.compile(r"^[ \t]*[A-Z][\w#/&'’ .-]{1,30}:[ \t]*\S")


@rule("title", name="title.numbered_heading")
def title_numbered_heading(ctx: Context) -> Iterable[Candidate]:
    """A digest of several jobs (an agency's e-mail, a council's page with two roles) numbers its job headings:
    "1) FORKLIFT OPERATOR – AFTERNOONS" over "Location: …", "1) Water Services Operator" over "Te Awamutu · Permanent
    full-time"; the first one is the posting's title. A numbered duty is a sentence, not a heading over metadata."""
    text = ctx.text
    m = _FIRST_NUMBERED.search(text, 0, min(len(text), 3000))
    if m is None:
        return
    nxt = next(_lines(text, m.end(), min(len(text), m.end() + 300)), None)
    below = " ".join(text[nxt[0] : nxt[1]].split()) if nxt is not None else ""
    hit = trimmed_hit(text, m.start("t"), m.end("t"))
    if hit is None or _SENTENCE_END.search(hit.value + " ") or not looks_like_title(hit.value):
        return
    if _LABEL_ROW.match(below) or _meta_line(below) or _card_place_line(below):
        hit = trim_title(text, hit)
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.55, "title.numbered_heading")


@rule("title", name="title.json")
def title_json(ctx: Context) -> Iterable[Candidate]:
    """A posting pasted as a JSON export: the first title key's string ("job_title": "Accountant")."""
    hit = _json_key_hit(ctx, title_vocab().json_title)
    if hit is not None and looks_like_title(hit.value, need_job_noun=False) and not _SENTENCE_END.search(hit.value):
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.85, "title.json")


def _json_key_hit(ctx: Context, pattern: Optional[re.Pattern]) -> Optional[_Hit]:
    """The string value of the first JSON key ``pattern`` matches (group ``v``), trimmed; None without one, or when the
    value holds an escape (a text, not a name)."""
    m = pattern.search(ctx.text) if pattern is not None and '":' in ctx.text else None
    hit = trimmed_hit(ctx.text, m.start("v"), m.end("v")) if m is not None else None
    return hit if hit is not None and "\\" not in hit.value else None


def json_company(ctx: Context) -> Optional[_Hit]:
    """A JSON export's employer: the first company key's string, or the "name" of its object
    ("employer": {"name": "Acme Ltd", …}, "hiringOrganization": {"name": …}); None without one."""
    hit = _json_key_hit(ctx, title_vocab().json_company)
    if hit is None or not is_company_name(hit.value, max_words=8) or re.search(r"(?i)confidential|undisclosed|anonymous|\bclient\b", hit.value):
        return None  # "company": "Confidential" names no one
    return hit


_MENU_COUNT = fastre.compile(r"[ \t]*\(\d{1,4}\)$")
_SPLIT_PARTS = fastre.compile(r"[ \t]+[|·•][ \t]+|[ \t]+[-–—][ \t]+")  # a board's top card joins its parts with dots too
_DOT_PARTS = CARD_JOIN


def _card_line(value: str) -> bool:
    """Whether ``value`` is a heading or card in parts: two or more joins by " | ", " · " or " • "."""
    return len(_DOT_PARTS.findall(value)) >= 2
_PART_JOIN = fastre.compile(r"[|·•]")  # the joins that list a name beside the role (a dash may be part of a name)
_CONFIRMS_HEADING = fastre.compile(r"\d|[$£€₹¥₩]|(?i:\b(?:remote|hybrid|on-?site|onsite|full[- ]?time|part[- ]?time|contract|freelance|casual|permanent|temporary|seasonal|intern(?:ship)?|visa)\b)")


def _split_heading(ctx: Context) -> Optional[tuple[_Hit, Optional[_Hit]]]:
    return _memo("split", ctx.text, None, lambda: _read_split_heading(ctx))  # type: ignore[return-value]


def _read_split_heading(ctx: Context) -> Optional[tuple[_Hit, Optional[_Hit]]]:
    """An informal post's one-line heading, its parts split by pipes, spaced dots or spaced dashes, one of them the job:
    a Hacker News "Company | Role | Place | ONSITE | $…" line, a classified ad's "CITY - Role - pay - start",
    a tagged "[Hiring] Role - $40/hr, remote". Another part must be a place, pay, a date or a work word, or
    the line carries a hiring tag. Returns the title and, for a pipe line opening with a name, the company."""
    text = ctx.text
    vocab = title_vocab()
    for ls, le in list(_lines(text, 0, min(len(text), 4000)))[:40]:
        if kind_of_heading(" ".join(text[ls:le].split()).strip("*#: ")):
            break  # the body's sections have begun: a pipe list there is a skills or benefits line
        if _SIGN_IN.search(text, ls, le) and _menu_line(" ".join(text[ls:le].split())):
            continue  # "Placements | Internships | Top 100 | Sign in": the site's menu
        tag = vocab.hiring_tag.match(text, ls, le) if vocab.hiring_tag is not None else None
        start = tag.end() if tag else ls
        cuts = list(_DOT_PARTS.finditer(text, start, le)) or list(_SPLIT_PARTS.finditer(text, start, le))  # "Data Analyst - Credit Risk · Acme": dots part the card, the dash is the title's
        if len(cuts) < (1 if tag else 2):
            continue
        bounds = list(zip([start] + [c.end() for c in cuts], [c.start() for c in cuts] + [le]))
        parts = [trimmed_hit(text, a, b) for a, b in bounds]
        titled = [
            n for n, p in enumerate(parts)
            if p is not None and (looks_like_title(p.value) or tag and _occupation_first(p.value)) and not _place_line(p.value) and not _CONFIRMS_HEADING.search(_SPLIT_PARTS.split(p.value)[0])
        ]  # a tagged post's heading may be in sentence case ("[Hiring] Bookkeeper for a small bakery"); a dashed tail of
        # the title's own part may hold a figure ("Maintenance Technician II - 2nd Shift")
        legal = False
        if len(titled) > 1:
            titled = _card_title(text, le, parts, titled)
        elif not titled and not tag and _legal_card(parts):
            titled, legal = [0], True  # "Logisztikai ügyintéző • Danubia Parts Kft. • Győr • Feladva: …": the job before a firm's legal name
        elif not titled and not tag and _occupation_card(parts):
            titled = [0]  # "cook · Rosie's Harbourfront Kitchen · Posted on April 9, 2025": a board's lower-case job name
        if len(titled) != 1 or not tag and _LABEL_COLON.search(text, start, bounds[titled[0]][1]):
            continue  # "Job Title: X | Location: Y" is a row of labels; "X · Acme · Posted: 2 May" a card with labelled facts after the job
        others = [_MENU_COUNT.sub("", p.value) for n, p in enumerate(parts) if p is not None and n != titled[0]]  # "Saved Jobs (0)": a menu's count
        gaz = gazetteer()
        legal_form = vocab.legal_form
        if not tag and not legal and not any(_CONFIRMS_HEADING.search(v) or _place_line(v) or gaz.knows(v.split("(")[0].strip().title())
                                             or legal_form is not None and legal_form.search(v) for v in others):
            continue
        title = trim_title(text, parts[titled[0]])
        company = None
        first = parts[0]
        if first is not None and re.search(r"[ \t]\([^()\n]{1,30}\)$", first.value):  # "Acme Robotics (YC W21)"
            first = trimmed_hit(text, first.start, first.start + first.value.rfind(" ("))
        if titled[0] >= 1 and _PART_JOIN.search(text, bounds[0][1], bounds[1][0]) and first is not None and is_company_name(first.value) \
                and (not has_job_noun(first.value) or _stated_as_organisation(text, le, first.value)) \
                and not _CONFIRMS_HEADING.search(first.value) and not _place_line(first.value) and not gaz.knows(first.value):
            company = first
        for k in range(titled[0] + 1, min(len(parts), titled[0] + 3)) if company is None else ():
            after = parts[k]  # the name after the role (past a dashed tail of the role's: "Role – Part Time · Acme Co · …")
            if after is None or not _PART_JOIN.search(text, bounds[k - 1][1], bounds[k][0]):
                continue
            carded = _card_facts(parts[k + 1:])  # "… · National Water Accounts Agency · Job number: …": an organisation's noun
            if is_company_name(after.value) and (not has_job_noun(after.value) or _stated_as_organisation(text, le, after.value) or carded and _org_noun_word(after.value.split()[-1])) \
                    and not _CONFIRMS_HEADING.search(after.value) and not _place_line(after.value) and not gaz.knows(after.value) \
                    and not _UNIT_NAME_END.search(after.value) and (text.find(after.value, le) >= 0 or carded or legal_form is not None and legal_form.search(after.value)):
                company = after  # "[HIRING] Role | Acme Robotics | Austin, TX": the name after the role, said again in the post, followed by the card's facts or legal
            break
        if legal and company is None and _PART_JOIN.search(text, bounds[0][1], bounds[1][0]):
            company = parts[1]  # the firm's legal name that made the card (whatever its words)
        return title, company
    return None


# a unit of the organisation, not the organisation: "Water and Flood Resilience team", "Finance Department"
_UNIT_NAME_END = fastre.compile(r"(?i)[ \t](?:team|department|dept\.?|division|unit)$")


def _legal_card(parts: list[Optional[_Hit]]) -> bool:
    """Whether a one-line heading is a card whose second part is a firm's legal name and whose later parts are the
    card's facts (or whose first part names an occupation: "Specjalista ds. kadr i płac | Wisła Logistyka Sp. z o.o. |
    O firmie"), so that its first part, whatever its language, is the job."""
    if not _card_opening(parts):
        return False
    job, firm = parts[0].value, parts[1].value  # type: ignore[union-attr]
    legal = title_vocab().legal_form
    return legal is not None and legal.search(firm) is not None and (_card_facts(parts[2:]) or has_job_noun(job))


def _occupation_card(parts: list[Optional[_Hit]]) -> bool:
    """Whether a one-line heading is a card that opens with an occupation however written ("cook", "Tecnico
    manutentore"), then a name, then the card's facts (a place, an age, pay)."""
    if not _card_opening(parts):
        return False
    job, name = parts[0].value, parts[1].value  # type: ignore[union-attr]
    return has_job_noun(job) and not has_job_noun(name) and is_company_name(name) and not _place_line(name) and _card_facts(parts[2:])


def _card_opening(parts: list[Optional[_Hit]]) -> bool:
    """Whether a one-line heading of three parts or more opens with a part that may be the job: no label, place, pay or
    work word, and not the site's name."""
    if len(parts) < 3 or parts[0] is None or parts[1] is None:
        return False
    job = parts[0].value
    return not _LABEL_COLON.search(job) and not _place_line(job) and not _CONFIRMS_HEADING.search(job) and job.lower() not in title_vocab().sites


def _card_facts(parts: list[Optional[_Hit]]) -> bool:
    """Whether the parts after a one-line heading's name are a board card's facts about the job: a place, a
    date or posting age, a labelled fact, pay or a work word ("Cook · Rosie's Kitchen · Posted on April 9, 2025",
    "Head Barista • Cuba Street Coffee Co. • Listed: Wed, 12 Mar", "… · Officine Brambilla S.p.A. · 24126 Bergamo BG")."""
    following = [p.value for p in parts if p is not None]
    gaz = gazetteer()
    return bool(following) and any(_place_line(v) or gaz.knows(v.split(",")[0].strip()) or _AGE_OR_CROWD.search(v) or _LABEL_COLON.search(v)
                                   or _CONFIRMS_HEADING.search(v) for v in following)


_ORG_AFTER = fastre.compile(r"[ \t]+(?:is|are|was|has|have|provides|offers|operates|runs)\b|['’]s\b")


def _card_title(text: str, end: int, parts: list[Optional[_Hit]], titled: list[int]) -> list[int]:
    """Of several parts of a one-line heading that read as titles, the job's: a part the posting goes on to
    state as an organisation ("Buckeye Fulfillment Partners is a …", "Acme's") is the employer, not the job;
    of the rest, a board's top card (three parts or more) prints the job first, so a first part that reads as
    a title is it ("Retail Sales Assistant · Bayside Co · Melbourne VIC · Retail & Consumer Products (…)")."""
    kept = [n for n in titled if not _stated_as_organisation(text, end, parts[n].value)]  # type: ignore[union-attr]
    if len(kept) > 1 and kept[0] == 0 and len(parts) >= 3:
        return [0]
    return kept


def _stated_as_organisation(text: str, end: int, name: str) -> bool:
    """Whether ``name`` is said again after ``end`` as the subject of a sentence about an organisation ("Acme is …",
    "Acme's", "Kodra Tech builds …")."""
    pattern = title_vocab().employer_sentence
    if pattern is not None and text.find(name, end) >= 0 and any(s.group("c").strip() == name for s in pattern.finditer(text, end)):
        return True
    at = text.find(name, end)
    while at >= 0:
        if _ORG_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + len(name))
    return False


@rule("title", name="title.split_heading")
def title_split_heading(ctx: Context) -> Iterable[Candidate]:
    """The job part of an informal post's one-line heading (see :func:`_split_heading`)."""
    found = _split_heading(ctx)
    if found is not None:
        hit = found[0]
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.52, "title.split_heading")


@rule("title", name="title.above_employer")
def title_above_employer(ctx: Context) -> Iterable[Candidate]:
    """The line above a board's employer line: copies of Indeed or LinkedIn pages print the job heading
    there, after the site's navigation ("<Title>\\n<Company> · <Place> · 1 week ago", or
    "<Title>\\n<Company>\\n4.1 out of 5 stars")."""
    text = ctx.text
    head = min(len(text), 1500)
    for pattern in (_META_LINE, _RATING_LINE):
        m = pattern.search(text, 0, head)
        if m is None or (pattern is _META_LINE and not _employer_meta_line(text, m)):
            continue
        company = _company_hit(text, m.start("c"), m.end("c"))
        if company is None or not is_company_name(company.value) or gazetteer().knows(company.value):
            continue
        above = list(_lines(text, max(0, m.start() - 300), m.start()))
        if not above:
            continue
        hit = trimmed_hit(text, *above[-1])
        if hit is None or hit.value.lower() in title_vocab().sites or not _first_line_shaped_as_title(hit.value) or not looks_like_title(hit.value):
            continue
        hit = trim_title(text, hit)
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.62, "title.above_employer")
        return


_NOT_A_TITLE_START = fastre.compile(r"(?i)(?:from|to|date|dear|hi|hello|hey|greetings|subject|re|fw|fwd)\b")
_PLACE_LINE = fastre.compile(r"^(?:[A-Z]{2}|[A-Z][\w.'’\- ]{1,40}),[ \t]*[\w.'’\- ]{0,40}(?:,[ \t]*[\w.'’\- ]{0,40})?$")


_BOARD_TAIL = fastre.compile(r"[ \t]+[|\-–—:][ \t]+(?P<site>(?:(?![ \t][|\-–—:][ \t])[^\n]){2,40})$")  # "… | USAJOBS", "… - Indeed"


def board_tail(value: str) -> Optional[int]:
    """Where a job board's name closes ``value`` after a separator ("Interdisciplinary | USAJOBS",
    "Nurse - Indeed"), or None: the site's own words (``sites`` in titles.json), as :func:`_site_line`
    reads a whole line of them.

    Args:
        value: a line or a page title.

    Returns:
        The offset where the separator before the board's name starts, or None.
    """
    m = _BOARD_TAIL.search(value)
    return m.start() if m is not None and m.group("site").casefold() in title_vocab().sites else None


def _site_line(value: str) -> bool:
    """A line naming only job boards ("Platsbanken — Arbetsförmedlingen", "StepStone.at | Jobs finden")."""
    parts = [p.strip() for p in re.split(r"[ \t]+[|–—\-][ \t]+|[ \t]{2,}", value) if p.strip()]
    return bool(parts) and parts[0].lower() in title_vocab().sites and all(p.lower() in title_vocab().sites or not looks_like_title(p) for p in parts)


def _first_line_shaped_as_title(value: str) -> bool:
    """A first line that reads as a job title by its shape alone (no label, greeting, sentence or site name)."""
    if ":" in value or value.endswith(",") or _NOT_A_TITLE_START.match(value) or _chrome_line(value) or _legal_name(value) or _leading_legal_name(value) or _BYLINE.match(value):
        return False
    if title_vocab().careers_prefix is not None and title_vocab().careers_prefix.match(value):
        return False  # "Werken bij Polderwind": the careers site's name
    return looks_like_title(value, need_job_noun=False)


def _employer_said(text: str, value: str, start: int) -> bool:
    """Does the body, after ``start``, open a sentence about the organisation with ``value`` ("Founded in 1999,
    Acme is …", "For 25 years, Acme has made …")?"""
    pattern = title_vocab().employer_sentence
    return pattern is not None and any(" ".join(m.group("c").split()) == value for m in pattern.finditer(text, start))


def _title_first_line(ctx: Context) -> Iterator[Candidate]:
    """A board page's header block: the posting's first line is its title when it is shaped like one
    and the next line is a place ("US, NY, New York", "Leeds, UK") or a short name line, even
    when the title has no job noun from the vocabulary ("Medical Coder", "Area Vehicle Purchaser")."""
    text = ctx.text
    lines = list(_lines(text, 0, min(len(text), 600)))
    first = _posting_start([" ".join(text[s:e].split()) for s, e in lines], _chrome_flags(ctx.doc, lines))  # after the board's name, menu, breadcrumbs
    while first + 1 < len(lines) and _repeats(text, lines[first + 1], lines[first]):
        first += 1  # a page title ("Park Ranger | CityWorks"), then the heading that repeats it
    if len(lines) < first + 2:
        return
    (ls, le), (ns, ne) = lines[first], lines[first + 1]
    hit = trimmed_hit(text, ls, le)
    following = text[ns:ne].strip()
    if not hit or not _first_line_shaped_as_title(hit.value):
        return
    if not has_job_noun(hit.value) and _employer_said(text, hit.value, hit.end):
        return  # "Northwoods Foods" over the careers menu, and "…, Northwoods Foods has made cheese …": the employer
    if _PLACE_LINE.match(following) or (len(following.split()) <= 6 and not _SENTENCE_END.search(following) and ":" not in following):
        hit = trim_title(text, hit)
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.45, "title.first_line")


# --------------------------------------------------------------------------- company

_LEGAL_AFTER_COMMA = r"(?:,[ \t]*(?:Inc|LLC|L\.L\.C|Ltd|LLP|Corp|PLC|Co)\.?)?"  # "Acme Group, LLC is an …"
_EEO_COMPANY = fastre.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<c>" + _COMPANY_RE + _LEGAL_AFTER_COMMA + r")[ \t]+(?:is|are)[ \t]+(?:proud[ \t]+to[ \t]+be[ \t]+)?(?:an?[ \t]+)?(?:proud[ \t]+)?(?:equal[ \t]+(?:opportunity|employment)|EEO|affirmative)", re.M)
# the same sentence in title case ("… is an Equal Opportunity Employer"), weaker: a parent body or an acronym
# often stands there ("The IHS is an Equal Opportunity Employer"), so a header name outranks it; also "… is an Affirmative Action/Equal Opportunity Employer"
_EEO_TITLE_CASE = fastre.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<c>" + _COMPANY_RE + _LEGAL_AFTER_COMMA + r")[ \t]+(?:is|are)[ \t]+(?:proud[ \t]+to[ \t]+be[ \t]+)?(?:an?[ \t]+)?(?:Proud[ \t]+)?(?:Equal[ \t]+(?:Opportunity|Employment)|Affirmative[ \t]+Action)", re.M)
# the same sentence in Spanish, Portuguese or French: "Alianza Salud es un patrono con igualdad de oportunidades", "Acme est un
# employeur souscrivant au principe de l'égalité", "Acme é um empregador que oferece igualdade de oportunidades"
_EEO_ROMANCE = fastre.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<c>" + _COMPANY_RE.replace("|la|", "|la|le|los|las|y|e|et|") + _LEGAL_AFTER_COMMA + r")[ \t]+(?:es|est|é)[ \t]+(?:un[ae]?|uma?)[ \t]+"
    r"(?:patrono|empleador(?:a)?|employeur|empregador(?:a)?)\b[^.\n]{0,60}?\b(?:igualdad|égalité|igualdade|equidad|équité)\b", re.M
)
# "The Acme Apprenticeship Committee does not discriminate …", "Acme Foods provides equal employment opportunities …"
_EEO_OTHER = fastre.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The[ \t]+)?(?P<c>" + _COMPANY_RE + r")[ \t]+(?:does[ \t]+not[ \t]+discriminate|provides[ \t]+equal[ \t]+(?:employment[ \t]+)?opportunit"
    r"|is[ \t]+committed[ \t]+to[ \t]+(?:equal[ \t]+(?:employment[ \t]+)?opportunit|equality\b))", re.M
)  # "The Government of Jersey is committed to equal opportunities."
_HIRING = fastre.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[^\w\s.,;:'\"()\[\]\-]{1,3}[ \t]+)?(?P<c>" + _COMPANY_RE + r")[ \t]+is[ \t]+(?:currently[ \t]+)?(?:hiring|recruiting|looking[ \t]+for|seeking|pleased[ \t]+to[ \t]+(?:announce|invite))\b", re.M)
# "Acme Health seeks an experienced …": not after an article or "Our", which open a unit ("The School of Computing seeks a …")
_SEEKS = fastre.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?!(?:The|Our|This|Each|Every)[ \t])(?P<c>" + _COMPANY_RE + r")[ \t]+seeks[ \t]+(?:an?|to[ \t]+(?:hire|recruit|appoint|fill))[ \t]", re.M)
# the employer, then where it is, then the call: "St. Brendan Parish, Dayton, Ohio, is seeking …", "Coral Breeze Resort in San
# Pedro, Ambergris Caye is looking for …" (a parish bulletin, a classified, a group post); the place is checked against the gazetteer
_PLACE_WORDS = r"[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3}"
_HIRING_PLACED = fastre.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<c>" + _COMPANY_RE + r")(?:,[ \t]+(?P<place>" + _PLACE_WORDS + r"(?:,[ \t]+" + _PLACE_WORDS + r")?),"
    r"|[ \t]+(?:in|at)[ \t]+(?P<place_in>" + _PLACE_WORDS + r"(?:,[ \t]+" + _PLACE_WORDS + r")?))"
    r"[ \t]+(?:is|are)[ \t]+(?:now[ \t]+|currently[ \t]+)?(?:hiring|recruiting|looking[ \t]+for|seeking)\b",
    re.M,
)
# the same call in the languages that put the verb after the name and what the firm is: "Solaris Sahel SARL, société
# d'installation solaire présente à Niamey, recrute trois techniciens", "Frigoríficos Andes SA busca …"
_RECRUITS = fastre.compile(
    r"(?:^|(?<=\n))(?:(?:La|Le|Les|El|Los|Las|A|O|Die|Der|Das|De|Het|The)[ \t]+|L['’](?=[a-zé]))?(?!(?:Unser|Unsere|Notre|Nos|Nuestro|Nuestra|Nosso|Nossa|Our|Onze|Ons|Wir|Nous)\b)"
    r"(?:(?:soci[ée]t[ée]|entreprise|compagnie|firme|empresa|compa[ñn][íi]a|companhia|firma|company|firm)[ \t]+(?=[A-Z0-9]))?"  # "La société Acme SA, …, recrute"
    r"(?P<c>" + _COMPANY_RE + r")(?:[ \t]*,[^\n]{3,160}?,)?[ \t]+"
    r"(?:recrute|recrutent|busca|buscan|contrata|recruta|procura|sucht|zoekt|cerca)[ \t]", re.M
)


def _recruiting_firm(ctx: Context) -> Iterator[Candidate]:
    """The firm opening a sentence that recruits (see ``_RECRUITS``): a name of two words or more, or one its appositive
    describes ("Acme, société de …, recrute"); a lone word before the verb is an adverb ("Jetzt sucht unser Team …")."""
    text = ctx.text
    for m in _RECRUITS.finditer(text):
        hit = _company_hit(text, m.start("c"), m.end("c"))
        appositive = text[m.end("c") : m.end()].lstrip().startswith(",")
        if hit and is_company_name(hit.value) and (len(hit.value.split()) >= 2 or appositive) and not _A_UNIT.match(hit.value) and not _cut_after_break(ctx, hit.start):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.6, "company.hiring")
            return


_HIRING_AT = fastre.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[^\w\s.,;:'\"()\[\]\-]{1,3}[ \t]+)?(?i:we(?:['’]re|[ \t]+are)[ \t]+(?:now[ \t]+)?(?:hiring|recruiting))[ \t]+at[ \t]+(?P<c>" + _COMPANY_RE + r")(?=[ \t]*[,.!:;]|[ \t]*$)", re.M)  # "We're hiring at Acme Property, New Farm!"
# South Asian press and board adverts: the employer's name heads the advert, then (under a tagline) "Invites applications for …"
# "The Ministry of Health invites applications for" (the article dropped before a name of two words or more), also after a
# greeting on the line: "Malo ni! The Village Council of Atafu invites applications …"
_INVITES_SAME_LINE = fastre.compile(
    # (after a sentence, only a name of two words or more: "… Mayuge. The SACCO invites …" names it again)
    r"(?:(?:^|(?<=\n))[ \t]*|(?<=[.!?][ \t])(?![A-Z]\S*[ \t]+(?i:invites?)\b|The[ \t]+\S+[ \t]+(?i:invites?)\b))"
    r"(?:The[ \t]+(?=[A-Z][\w&.'’-]*[ \t]+(?!(?i:invites?)\b)\S))?(?P<c>" + _COMPANY_RE + r")[ \t]+(?i:invites?[ \t]+applications)\b", re.M
)
_INVITES = fastre.compile(r"^[ \t]*(?P<c>[^\n]{2,80}?)[ \t]*\n(?:[ \t]*\n)*[ \t]*(?i:invites?[ \t]+applications)\b", re.M)
# the name, then what it is between commas: "Barka Water & Power Company SAOG, operator of the Barka III plant, invites applications"
_INVITES_APPOSITIVE = fastre.compile(r"(?:^|(?<=\n))[ \t]*(?P<c>" + _COMPANY_RE + r"),[ \t]+[^,\n]{3,80}(?:\n[^,\n]{0,80})?,[ \t]*\n?[ \t]*(?i:invites?[ \t]+applications)\b", re.M)
_INVITES_UNDER_TAGLINE = fastre.compile(r"^[ \t]*(?P<c>[^\n]{2,80}?)[ \t]*\n[^\n]{0,120}\n(?:[ \t]*\n)*[ \t]*(?i:invites?[ \t]+applications)\b", re.M)
_JOIN = fastre.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))Join[ \t]+(?P<c>" + _COMPANY_RE + r")(?=[ \t]+(?:as|and|in|on|to|at)\b|[,.!])"
    # or a careers page's heading alone, a name of two words or more that is not "Our Team" / "The Crew": "Join Résidence Les Filaos"
    r"|^[ \t]*Join[ \t]+(?!(?i:our|the|us|a|an|today|now|in|a[ \t]+team)\b)(?P<c2>[A-Z0-9][\w&.'’\-]{0,40}(?:[ \t]+(?:[A-Z0-9&][\w&.'’\-]{0,40}|of|and|de|du|la|les|&)){1,5})[ \t]*$",
    re.M,
)
# a heading that asks why one should work for the employer: "Why work for Acme Health?", "Why join Acme?", "Why choose Acme?"
_WHY_JOIN = fastre.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*Why[ \t]+(?i:(?:work(?:ing)?[ \t]+(?:for|at|with)|join(?:ing)?|choose|choosing)[ \t]+)(?P<c>" + _COMPANY_RE + r")[ \t]*\?", re.M)
_AT_START = fastre.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:At|Chez|Bij|Hos)[ \t]+(?P<c>" + _COMPANY_RE + r")(?:,[ \t]+[a-z]|[ \t]+we(?:['’](?:re|ve)|[ \t]+are)[ \t])", re.M)  # "At Acme, we …", "At Acme, safety comes first", "At Acme we’re …" (French "Chez Acme, nous …", Dutch "Bij", Nordic "Hos")
# the same sentence glued to the heading before it by a scrape that dropped the line break ("Working at AcmeAt Acme, we put …",
# "Life on boardAt Acme we’re …"): only the first person after the name, so a word ending in "At" reads as nothing
_AT_GLUED = fastre.compile(r"(?<=[^\W\d_])At[ \t]+(?P<c>" + _COMPANY_RE + r")(?:,[ \t]+we[ \t]|[ \t]+we(?:['’](?:re|ve)|[ \t]+are)[ \t])")
# the name that opens the company section's first sentence, before a verb ("Tallybook is…", "Northmoor Foods bakes…")
_LEAD_SUBJECT = fastre.compile(r"[ \t\n]*(?P<c>" + _COMPANY_RE + r")[ \t]+(?:is|are|was|has|have|(?!(?:was|has|is)\b)[a-z]{3,}s)\b")
_OPERATED_BY = fastre.compile(r"(?:^|\b)(?i:(?:independently[ \t]+)?(?:owned[ \t]+and[ \t]+operated|owned|operated))[ \t]+by[ \t]+(?P<c>" + _COMPANY_RE + r")", re.M)  # a franchisee
# a paragraph that opens with a full name and says what the organisation is or how long it has been
_PARAGRAPH_SUBJECT = fastre.compile(
    r"^(?:(?:A|O|La|El|Le)[ \t]+)?(?P<c>" + _COMPANY_RE + r")[ \t]+(?:has[ \t]+been|have[ \t]+been|is[ \t]+one[ \t]+of|are[ \t]+one[ \t]+of|was[ \t]+(?:founded|established)|"
    r"is[ \t]+an?[ \t]+(?:leading|global|growing|family|independent|privately|fast|award|national|regional|local|[a-z]+-(?:owned|run|based|growing)"
    r"|\d[\d,]*[- ](?:person|people|strong|employee|staff))"  # "… is a 300-person consultancy", "… is a 40-strong practice"
    # what kind of organisation it is, a few lower-case words before: "… is the public transport authority for …", "… is a ferry company"
    r"|is[ \t]+(?:the|an?)[ \t]+(?:[a-z][a-z-]*[ \t]+){0,3}(?:company|authority|operator|provider|agency|organi[sz]ation|firm|association|charity|co-?operative"
    r"|council|utility|foundation|institute|network|bank|insurer|manufacturer|maker|producer|retailer|distributor|consultancy|airline|carrier|employer)"
    # the same in Portuguese, Spanish or French, the article before the name: "A Corredor Logística é uma empresa moçambicana …"
    r"|(?:é|es|est)[ \t]+(?:uma|una|une|um|un)[ \t]+(?:empresa|entreprise|société|organização|organización|organisation|instituição|institución|associação|asociación|ONG))\b",
    re.M,
)
_BEHALF = fastre.compile(r"\bon[ \t]+behalf[ \t]+of[ \t]+(?P<c>" + _COMPANY_RE + r")", re.M)


# Structural cues of job boards and careers pages (layout, not wording of one site):
_META_LINE = fastre.compile(r"^(?P<c>" + _COMPANY_RE + r")[ \t]+[·•][ \t]+\S", re.M)  # "Acme · Berlin, Germany · 2 weeks ago"
# a review site's rating beside the employer's name: "Acme\n4.1 out of 5 stars", "Acme 3.8 ★", "Acme ★ 4,2"
_RATING_LINE = fastre.compile(
    r"^(?P<c>" + _COMPANY_RE + r")(?:[ \t]*\n[ \t]*\d(?:\.\d)?[ \t]+out[ \t]+of[ \t]+5(?:[ \t]+stars)?"
    r"|[ \t]+(?:[1-5][.,]\d[ \t]*[★☆⭐]|[★☆⭐][ \t]*[1-5][.,]\d)[ \t]*$)", re.M)
# an employer's name over the line a board gives its size on: "Hartigan Moore" / "Accountancy, banking & finance | 420 employees in Ireland"
_SIZE_LINE = fastre.compile(  # (its tagline may stand between: "Harvestline" / "Software that helps grocers …" / "Series A · 11-50 Employees")
    r"^(?P<c>" + _COMPANY_RE + r")[ \t]*\n(?:[A-Z][^\n\d]{10,120}\n)?[^\n]{0,80}?(?<![\w.,])\d[\d,.]*(?:[ \t]*[-–][ \t]*\d[\d,.]*)?\+?[ \t]+(?:[Ee]mployees|[Ss]taff|people)\b[^\n]{0,40}$", re.M)  # ("Sage 300 People" is a product)
_CAREERS_BRAND = fastre.compile(r"(?P<c>" + _COMPANY_RE + r")[ \t]+Careers(?=[A-Z]|\s|$)")  # "Acme Foods CareersSign In"
# an announcement that names the body with the vacancies ("There are currently vacancies with the Department of
# Environmental Conservation in Albany", "positions are at the Office of Mental Health"), as central civil-service
# exams run by one agency for another do
_VACANCIES_WITH = fastre.compile(
    r"\b(?i:vacanc(?:y|ies)|positions?|openings?)[ \t]+(?:(?:is|are|exists?)[ \t]+)?(?:currently[ \t]+)?(?:with|at)[ \t]+the[ \t]+(?P<c>" + _COMPANY_RE + r")"
)
_HIRING_FOR = fastre.compile(r"^(?P<c>" + _COMPANY_RE + r")[ \t]+[-–—|:][ \t]+(?:is[ \t]+)?(?i:hiring|recruiting|now[ \t]+hiring)\b", re.M)
# "our client X", and in French, Spanish and Portuguese ("pour le compte de son client Banque de l'Estuaire (BEG)"),
# a name's lower-case joiners and elided articles kept ("de l'Estuaire", "do Norte")
_NAMED_CLIENT = fastre.compile(
    r"\b(?i:(?:our|my)[ \t]+client|(?:son|notre|leur)[ \t]+client|(?:nuestro|su|nosso|seu)[ \t]+cliente"
    r"|(?:ricerca|seleziona|recherche|recrute|busca|selecciona|sucht)(?:[ \t]*,)?[ \t]+(?:per|pour|para|für)"  # an agency's "ricerca, per Giocabimbo, …"
    r"|(?:partnerünk|ügyfelünk|megbízónk)(?:[ \t]*,)?[ \t]+az?|(?:pro[ \t]+našeho|náš)[ \t]+klienta?|(?:dla[ \t]+naszego[ \t]+klienta|nasz[ \t]+klient)"  # Hungarian, Czech, Polish
    r"|(?:für[ \t]+unseren[ \t]+Kunden|unser[ \t]+Kunde)|(?:voor[ \t]+)?onze[ \t]+(?:klant|opdrachtgever)),?[ \t]+"
    r"(?P<c>(?:[^\W_a-z][\w&.'’\-]{0,40})(?:[ \t]+(?:(?:de|du|des|del|la|le|do|da|dos|das)[ \t]+)?(?:[ld]['’])?(?:[^\W_a-z]|&)[\w&.'’\-]{0,40}){0,4})"  # (capitals of any script: "Öntöde")
    r"(?=[ \t]*[,.(]|[ \t]+(?:is|are|has|in|as|to|est|es|é|részére|számára)\b)"
)


# a CJK profile's sentence opening with the employer's name: "恒拓精密成立于2006年…", "珈琲工房は1998年創業…"
_CJK_FOUNDED = fastre.compile(r"^[ \t]*(?P<c>[\u4e00-\u9fff\u3040-\u30ffA-Za-z]{2,14}?)(?:成立于|成立於|创立于|創立於|創業|設立|创办于|創辦於)", re.M)


def _cjk_founded(ctx: Context) -> Iterator[Candidate]:
    """The name a CJK profile's "X成立于…" sentence opens with, when a legal name in the posting holds it
    ("苏州恒拓精密机械有限公司" / "恒拓精密成立于2006年"): the short form the posting uses."""
    text = ctx.text
    legal = title_vocab().legal_form
    if legal is None:
        return
    for m in _CJK_FOUNDED.finditer(text):
        name = m.group("c")
        for ls, le in _lines(text):
            line = text[ls:le].strip()
            if name in line and line != name and legal.search(line) and len(line) <= 40:
                yield Candidate("company", name, (m.span("c"),), 0.55, "company.prose")
                return


_TEAM_SIGN = fastre.compile(r"^[ \t]*[—–-]*[ \t]*(?:The[ \t]+team[ \t]+at[ \t]+(?P<c>" + _COMPANY_RE + r")|The[ \t]+(?P<c2>" + _COMPANY_RE + r")[ \t]+[Tt]eam)[ \t]*[.!]?[ \t]*$", re.M)
_SIGN_SPLIT = fastre.compile(r"[ \t]+\|[ \t]+|,[ \t]+|[ \t]+at[ \t]+|[ \t]+@[ \t]+")


_PERSON_LINE = fastre.compile(r"[ \t]*[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+){1,2}[ \t]*$")  # "Nino Beridze", "Anna-Lena Vogt"


@cache
def _valediction_team() -> re.Pattern:
    """A sign-off and the team on one line: "Cheers! – the Acme Café team", "Thanks, The Acme Team"."""
    words = _labels_regex(load("titles.json").get("valedictions", []))
    return fastre.compile(rf"(?m)^[ \t]*(?i:{words})[ \t]*[,.!]*[ \t]*(?:[—–-]+[ \t]*)?[Tt]he[ \t]+(?P<c>{_COMPANY_RE})[ \t]+[Tt]eam[ \t]*[.!]*[ \t]*$")


def _signature_company(ctx: Context) -> Iterator[Candidate]:
    """The employer in a letter's signature: "— The team at X" / "The X Team" closing the post, or the writer's
    own job line after a sign-off ("Kind regards, / Jane Doe / Talent Partner, X", "Marco Rossi | Owner | X")."""
    text = ctx.text
    signed_team = _valediction_team().search(text)  # "Cheers! – the Kōwhai Lane Espresso team": the sign-off names the team, wherever the card ends
    if signed_team is not None:
        hit = _company_hit(text, signed_team.start("c"), signed_team.end("c"))
        if hit and is_company_name(hit.value) and not has_job_noun(hit.value) and not gazetteer().knows(hit.value):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.4, "company.signature")
            return
    lines = list(_lines(text))
    tail = lines[-8:]
    valediction = title_vocab().valediction
    after = None
    for n, (s, e) in enumerate(tail):
        if valediction is not None and valediction.match(text[s:e]):
            after = n
    for n, (s, e) in enumerate(tail):
        m = _TEAM_SIGN.match(text, s, e)
        group = None if m is None else ("c" if m.group("c") else "c2")
        if m is not None:
            hit = _company_hit(text, m.start(group), m.end(group))
            if hit and is_company_name(hit.value) and not has_job_noun(hit.value) and not gazetteer().knows(hit.value):
                yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.4, "company.signature")
                return
        signed = after is not None and after < n <= after + 4
        if not signed and not (0 < n < len(tail) - 1 and _PERSON_LINE.match(text, *tail[n - 1]) and "@" in text[tail[n + 1][0] : tail[n + 1][1]]):
            continue  # without a sign-off: a name above the job line and an email address under it ("Nino Beridze / HR Manager | X / hr@…")
        cuts = list(_SIGN_SPLIT.finditer(text, s, e))
        if not cuts:
            continue
        last = trimmed_hit(text, cuts[-1].end(), e)
        before = text[s : cuts[-1].start()]
        if last is not None and has_job_noun(before) and is_company_name(last.value) and not has_job_noun(last.value) \
                and not gazetteer().knows(last.value) and "@" not in last.value and not re.search(r"\d", last.value) \
                and not _TEAM_WORD.search(last.value) and not _POSTER_UNIT.search(last.value):  # "Talent Partner, Finance & Accounting Practice"
            yield Candidate("company", last.value, ((last.start, last.end),), 0.4, "company.signature")
            return


def _said_again(text: str, name: str, after: int) -> bool:
    """``name`` said again after ``after``, in full or by its first word when the name has several ("Careers | Saffron
    Retail Ventures" over the site menu's "Life at Saffron"; the footer that repeats the full name is often cut as chrome)."""
    first = name.split()[0]
    return _mention(name).search(text, after) is not None or len(name.split()) > 1 and len(first) >= 4 and first[0].isupper() and _mention(first).search(text, after) is not None


# a document's heading marks around a careers line: Markdown's "# " before it, an edit note after it ("(updated Wed 2 Dec 2026)")
_DOC_HEADING_MARKS = fastre.compile(r"^[ \t]*(?P<h>#{1,3}[ \t]+)?[^\n]*?(?P<note>[ \t]*\((?i:(?:last[ \t]+)?updated|edited|as[ \t]+of)[ \t][^()\n]{3,40}\))?[ \t]*$")


def _careers_prefix_company(ctx: Context) -> Iterator[Candidate]:
    """The employer after a careers word on the first line, or in one of its pipe-separated parts
    ("Vagas Acme Alimentos", "採用情報 | Careers — Acme", "Werken bij Acme")."""
    pattern = title_vocab().careers_prefix
    text = ctx.text
    first = next(_lines(text, 0, min(len(text), 400)), None)
    if pattern is None or first is None:
        return
    ls, le = first
    bounds = [ls] + [ls + m.end() for m in _PIPE_PATTERN.finditer(text[ls:le])]
    ends = [ls + m.start() for m in _PIPE_PATTERN.finditer(text[ls:le])] + [le]
    heading = _DOC_HEADING_MARKS.match(text, ls, le)  # a Markdown export's "# Hiring board - Acme Group (updated Wed 2 Dec 2026)"
    if heading is not None and (heading.group("h") or heading.group("note")):
        ls, le = heading.end("h") if heading.group("h") else ls, heading.start("note") if heading.group("note") else le
        bounds, ends = [ls], [le]
    for start, end in [(ls, le), *zip(bounds, ends)]:  # the whole line ("Careers | Acme Bank"), then each part
        m = pattern.match(text[start:end].strip())
        if m is None:
            continue
        offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        hit = _company_hit(text, offset + m.start("c"), offset + m.end("c"))
        if hit and (start, end) == (ls, le) and bounds[1:] and not _said_again(text, hit.value, le):
            continue  # "Careers | Opportunities": across the line's parts, only a name the posting says again
        said = [(b, e) for b, e in zip(bounds, ends) if (b, e) != (start, end) and _said_again(text, " ".join(text[b:e].split()), le)]
        if hit and (start, end) != (ls, le) and said and not _said_again(text, hit.value, le):
            other = trimmed_hit(text, *said[0])  # "Aegean Blue Cruises | Careers at Sea": the name the posting says again is another part's
            if other is not None and len(said) == 1 and is_company_name(other.value) and not has_job_noun(other.value):
                yield Candidate("company", other.value, ((other.start, other.end),), 0.6, "company.careers_prefix")
            return
        if hit and is_company_name(hit.value) and not has_job_noun(hit.value) and not gazetteer().knows(hit.value):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.65, "company.careers_prefix")
            return


_TAG = fastre.compile(r"<[^>\n]*>")
_BRAND_SUFFIX = fastre.compile(r"^(?P<c>" + _COMPANY_RE + r")[ \t]+(?:[-–—|:][ \t]+)?(?:Careers|Jobs|Karriere|Stellenangebote|Carrières|Emplois|Vacatures|Empleos|Vagas|Kariera)$")


# an employer's own vacancies page titled by its name: "Waipā Ridge District Council — Current Vacancies", "Harbour Trust | Job opportunities",
# its careers chat or portal: "Sierra Basin Distribution – Careers Chat", its staff system's "… - Internal Job Postings"
_VACANCIES_PAGE = fastre.compile(
    r"^(?P<c>" + _COMPANY_RE + r")[ \t]+[-–—|:][ \t]+(?i:(?:current|open|latest|internal)[ \t]+)?(?i:vacancies|job[ \t]+vacancies|(?:job[ \t]+)?(?:openings|postings)|positions|roles|job[ \t]+opportunities|career[ \t]+opportunities|careers(?:[ \t]+(?:chat|portal|site|hub|centre|center|page))?|work[ \t]+for[ \t]+us|work[ \t]+with[ \t]+us)[ \t]*$"
)


def _vacancies_page_company(ctx: Context) -> Iterator[Candidate]:
    """The employer naming its own vacancies page on the first line ("<Name> — Current Vacancies"), when the name is
    an organisation's ("… District Council", "Ministry of …"), a legal one, or one the posting says again; a board's
    name ("Belize Jobs & Opportunities", "Seek — Careers") is none of these."""
    text = ctx.text
    first = next(_lines(text, 0, min(len(text), 400)), None)
    if first is None:
        return
    m = _VACANCIES_PAGE.match(text[first[0] : first[1]].strip())
    if m is None:
        return
    offset = first[0] + len(text[first[0] : first[1]]) - len(text[first[0] : first[1]].lstrip())
    hit = _company_hit(text, offset + m.start("c"), offset + m.end("c"))
    if hit is None or not is_company_name(hit.value) or has_job_noun(hit.value) or gazetteer().knows(hit.value) or _JOBS_LISTING.search(hit.value) \
            or _chrome_line(hit.value):
        return
    bare = re.sub(r"^(?:The|the)[ \t]+", "", hit.value)  # "The Harbour Inn" said again as "Harbour Inn Ltd"
    names = [hit.value] + ([bare] if bare != hit.value and len(bare.split()) >= 2 else [])
    if _organisation_name(hit.value) or _legal_name(hit.value) or any(_mention(name).search(text, first[1]) is not None for name in names):
        yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.65, "company.careers_prefix")


def _legal_name_line(ctx: Context) -> Iterator[Candidate]:
    """A line of the head that is a firm's legal name and nothing else ("Medora Pharma Distributors Pvt Ltd" under a
    notice's "VACANCY ANNOUNCEMENT"), when no board's or site's brand: weak, any other reading wins."""
    text = ctx.text
    for ls, le in list(_lines(text, posting_start(ctx), min(len(text), 1500)))[:HEADER_LINES * 2]:
        value = " ".join(text[ls:le].split())
        if not _legal_name(value) or ":" in value or _chrome_line(value) or not is_company_name(value, max_words=8):
            continue
        core = _without_legal_form(value)
        if core and _name_shaped(core) and not has_job_noun(core) and not gazetteer().knows(core):
            hit = trimmed_hit(text, ls, le)
            if hit is not None:
                yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.45, "company.legal_line")
        return


def _cut_brand_company(ctx: Context) -> Iterator[Candidate]:
    """The employer of a careers site's brand line ("Acme Mutual Careers", "Careers at Acme") that the
    normaliser cut as the site's chrome: read in the raw input's first lines, kept only when the
    posting names the employer again, and pointed at that mention (the first after the site's own lines)."""
    doc, text = ctx.doc, ctx.text
    if doc is None or doc.source is doc.text:
        return
    prefix = title_vocab().careers_prefix
    raw = _TAG.sub("\n", doc.source[:1500])
    kept = {" ".join(text[s:e].split()) for s, e in _lines(text, 0, min(len(text), 1500))}
    for n, line in enumerate(v for v in (" ".join(x.split()) for x in raw.split("\n")) if v):
        if n >= 6:
            return
        m = None if line in kept else _BRAND_SUFFIX.match(line) or (prefix.match(line) if prefix is not None else None)
        if m is None:
            continue
        name = _TRAILING_CONNECTOR.sub("", m.group("c")).strip(" .,")
        if not is_company_name(name) or has_job_noun(name) or gazetteer().knows(name) or _common_words(name, text):
            continue
        said = _mention(name).search(text, posting_start(ctx))
        if said is not None:
            yield Candidate("company", name, ((said.start(), said.end()),), 0.6, "company.careers_brand")
            return


# a social post's time line under the poster's name: "March 9 at 4:12 PM · 🌎", "2d ·", "Yesterday at 09:15", "3 hrs"
_POST_TIME = fastre.compile(
    r"^(?:(?:[A-Z][a-z]{2,8}[ \t]\d{1,2}(?:,[ \t]\d{4})?|Yesterday|Today)(?:[ \t]at[ \t]\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?)?"
    r"|\d{1,2}[ \t]?(?:h|hr|hrs|m|min|mins|d|w)|Just now)[ \t]*(?:·[^\n]{0,20})?$"
)


def _post_author_company(ctx: Context) -> Iterator[Candidate]:
    """A business page's social post: its name on the first line, the post's time on the next
    ("Mama Rosa's Trattoria" / "March 9 at 4:12 PM · 🌎"), and the post calls it by that name or its
    first words again ("Mama Rosa's is growing our kitchen crew"); a person's post rarely says its name."""
    text = ctx.text
    lines = list(_lines(text, 0, min(len(text), 400)))[:2]
    if len(lines) < 2 or not _POST_TIME.match(" ".join(text[lines[1][0] : lines[1][1]].split())):
        return
    hit = trimmed_hit(text, *lines[0])
    if hit is None or not is_company_name(hit.value) or not _name_shaped(hit.value.replace("'s", "")) or has_job_noun(hit.value) or gazetteer().knows(hit.value) or _JOBS_LISTING.search(hit.value):
        return
    words = hit.value.split()
    short = " ".join(words[:2]) if len(words) > 2 else hit.value
    if _said(text[lines[1][1] :], short) >= 1:
        yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.6, "company.post_author")


# the poster's own business: "I run Acme Media, a small studio …", "We founded Acme Labs in 2019"
# "we at Acme are hiring", "My company, Acme Freight, is looking for …", "We (Acme Mutual) are looking for …"
_WE_RUN = fastre.compile(
    r"\b(?:(?:I|We)[ \t]+(?:run|own|founded|co-?founded|started)[ \t]+(?P<c>" + _COMPANY_RE + r")(?=[ \t]*[,.(]|[ \t]+(?:a|an|in|since)\b)"
    r"|(?:[Ww]e|[Uu]s)[ \t]+(?:here[ \t]+)?at[ \t]+(?P<c2>" + _COMPANY_RE + r")(?=[ \t]+(?:are|have|is)\b|[ \t]*,)"
    r"|(?:My|Our)[ \t]+(?:company|business|studio|agency|firm|startup|shop),[ \t]+(?P<c3>" + _COMPANY_RE + r"),"
    r"|\b[Ww]e[ \t]+\((?P<c4>" + _COMPANY_RE + r")\)[ \t]+(?:are|have)\b)"  # a post's "We (Acme Mutual) are looking for …"
)
_POSTER_UNIT = fastre.compile(r"(?i)\b(?:team|department|talent\w*|recruit\w*|hr|rr\.?[ \t]?hh|human[ \t]+resources|recursos[ \t]+humanos|gesti[oó]n|personal|people|hiring|people[ \t]+ops|admin\w*|moderator|confidential|anonymous)\b")
_AGENCY_NAME = re.compile(r"(?i)\b(?:agency|agencies|recruit\w*|staffing|personnel|resourcing|talent|headhunt\w*|search|employment)\b")
_SENTENCE_BREAK = fastre.compile(r"[.!?][ \t]+[A-Z]")
_POSTED_BY = fastre.compile(r"^[ \t]*Posted(?:[ \t]+(?:on[ \t]+)?\d[\w ,.]{2,24}?|[ \t]+(?:on[ \t]+)?[A-Z][a-z]{2,8}\.?[ \t]+\d[\w ,.]{0,20}?)?[ \t]+[Bb]y[ \t]*:?[ \t]*(?:\n[ \t]*)?(?P<c>[^\n<|·•]{3,80}?)[ \t]*(?:<[^>\n]*>)?[ \t]*$", re.M)
_UNIT_OF_ACRONYM = fastre.compile(r"(?:The[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+[\w&'’-]+){0,4}[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?(?P<a>[A-Z]{2,6})")
_NAME_BEFORE_ACRONYM = fastre.compile(r"(?P<c>" + _COMPANY_RE + r")[ \t]+\((?P<a>[A-Z]{2,6})\)(?=[ \t,;:.]|$)", re.M)
_NAME_WITH_ACRONYM = fastre.compile(r"(?P<c>" + _COMPANY_RE + r")[ \t]+\((?P<a>[A-Z]{2,6})\)(?=[ \t]|$)")


def _letterhead_company(ctx: Context) -> Iterator[Candidate]:
    """A letterhead (PDF position descriptions, university vacancies): one of the first lines opens with
    the employer's legal name, or with its name and acronym, before a registration or document number
    ("Acme Civil Pty Ltd ABN 12 345 678 901", "Northfield University of Technology (NUT) Vacancy V12.345");
    the acronym is left out. An acronym counts only when it spells the name's initials."""
    text = ctx.text
    for ls, le in list(_lines(text, 0, min(len(text), 800)))[:3]:
        hit = None
        m = _LEGAL_ENTITY.match(text, ls, le)
        if m is not None and re.search(r"\d", text[m.end() : le]):  # a bare "Acme Ltd" line is the header block's, less sure
            hit = trimmed_hit(text, ls, m.end())
        m = _NAME_WITH_ACRONYM.match(text, ls, le)
        if hit is None and m is not None:
            initials = "".join(w[0] for w in m.group("c").split() if w[0].isupper() and w.casefold() not in _MINOR_WORDS)  # ("PORT AUTONOME DE NOUADHIBOU (PAN)")
            if initials == m.group("a") and not has_job_noun(text[m.end() : le]):  # "Quality Assurance (QA) Engineer" is a job heading
                hit = _company_hit(text, m.start("c"), m.end("c"))
        if hit is None or not is_company_name(hit.value, max_words=8) or kind_of_heading(hit.value) or _place_line(hit.value):
            continue
        if not looks_like_title(hit.value) and (not has_job_noun(hit.value) or _organisation_name(hit.value)):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.6, "company.letterhead")
            return
    yield from _capitals_legal_letterhead(ctx)


def _capitals_legal_letterhead(ctx: Context) -> Iterator[Candidate]:
    """A letterhead in capitals that ends in a legal form, among the head's first ten lines above the notice's fields
    ("PACIFIC ISLES SHIPPING COMPANY LIMITED" over "(PISCO)" and "VACANCY: …"): the employer's name as written."""
    text = ctx.text
    for ls, le in list(_lines(text, 0, min(len(text), 1200)))[:10]:
        line = " ".join(text[ls:le].split())
        if _LABEL_COLON.search(line):
            return  # the notice's fields begin
        if line != line.upper() or not 2 <= len(line.split()) <= 8 or not _legal_name(line.title()) or has_job_noun(line.title()):
            continue
        hit = trimmed_hit(text, ls, le)
        if hit is not None and is_company_name(hit.value, max_words=8):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.55, "company.letterhead")
            return


def _capitals_agency_company(ctx: Context) -> Iterator[Candidate]:
    """A notice's letterhead in capitals naming a public body ("THE ACCOUNTANT GENERAL'S DEPARTMENT", "MINISTRY OF
    HEALTH") that the notice's text names again in its own case ("… for the above post in the Accountant General's
    Department"): the body's spelling. The lowest such line above the first label wins (a department under its
    government's line); a capitals line the text never says again ("GOVERNMENT OF BERMUDA") is the masthead."""
    text = ctx.text
    found = None
    for ls, le in list(_lines(text, 0, min(len(text), 800)))[:10]:
        line = " ".join(text[ls:le].split())
        if ":" in line:
            break  # the notice's fields ("VACANCY: …", "Salary: …") begin
        name = re.sub(r"^THE[ \t]+", "", line)
        if not name or name != name.upper() or not re.search(r"[A-Z]", name) or not 2 <= len(name.split()) <= 8 or has_job_noun(name.split()[-1]):
            continue
        body = title_vocab().org_noun.search(name) is not None
        for m in re.finditer(re.escape(name).replace(r"\ ", r"\s+"), text[le:], re.I):
            said = m.group()
            footer = text[le + m.end() : le + m.end() + 1] == "," and (le + m.start() == 0 or text[le + m.start() - 1] == "\n")
            if said != said.upper() and said[:1].isupper() and (body or footer):  # (or any name its address line at the foot repeats:
                found = _Hit(" ".join(said.split()), le + m.start(), le + m.end())  # "Hollybank Garden Centre, Chelford Road, …")
                break
    if found is not None and is_company_name(found.value, max_words=8):
        yield Candidate("company", found.value, ((found.start, found.end),), 0.6, "company.letterhead")


# the careers site's name after the employer's on its first line: "Harbourview Hospital - Career Opportunities"
_JOBS_AFTER_NAME = fastre.compile(r"[ \t]+(?:Jobs|Careers|Vacancies)$")  # "Acme Council Jobs": a site named after its employer
_CAREERS_SUFFIX = fastre.compile(
    r"[ \t]+[-–—|:][ \t]+(?i:careers?|jobs|vacancies|(?:career|job|employment)[ \t]+opportunities|(?:current|internal)[ \t]+(?:job[ \t]+)?(?:openings|postings)|job[ \t]+(?:openings|postings)|employment)[ \t]*$"
)
# a site's brand line whose next part is its careers or HR section, trail going on: "Gulfstone | Careers | Vacancies",
# "University of X, Galway | Human Resources | Current Vacancies", "Acme Intranet › HR Connect › Internal Job Board"
_CAREERS_TRAIL = fastre.compile(
    r"(?:[ \t]+(?i:intranet|careers?))?[ \t]+[|›»>][ \t]+(?i:careers?|vacancies|current[ \t]+vacancies|human[ \t]+resources|hr(?:[ \t]+\w+)?|people"
    r"|lavora[ \t]+con[ \t]+noi|trabaja[ \t]+con[ \t]+nosotros|trabalhe[ \t]+conosco|rejoignez-nous|carri[eè]re[s]?|karriere|carreiras?|carreras?)"
    r"(?:[ \t]+[|›»>][ \t]+[^\n]*)?$"
)


# a line that calls itself a job board or portal: the site that carries the posting, never its employer
_JOB_BOARD_NAME = fastre.compile(
    r"(?i)\b(?:jobs?|careers?|employment|recruitment|vacanc(?:y|ies))[ \t]+(?:board|site|portal|website)\b|\bportal[ \t]+de[ \t]+(?:empleo|emprego|vagas)\b"
    r"|\bbolsa[ \t]+de[ \t]+(?:trabajo|empleo)\b|\bstellenb[öo]rse\b"
)


_HIRING_BANNER = fastre.compile(r"(?i)\b(?:we(?:['’]re|[ \t]+are)[ \t]+)?(?:now[ \t]+)?hiring\b")


def _top_line_company(ctx: Context) -> Iterator[Candidate]:
    """The name on the first line, or on the line under the job heading, when the posting repeats it."""
    text = ctx.text
    lines = list(_lines(text, 0, min(len(text), 800)))[:HEADER_LINES]
    values = [" ".join(text[ls:le].split()) for ls, le in lines]
    values = ["" if menu else v for v, menu in zip(values, _chrome_flags(ctx.doc, lines))]  # a flattened menu is chrome
    # not "Jobs > Finance > Accounts Officer", nor a labelled row ("Department: Sales") under the heading
    heading = next((n for n, v in enumerate(values) if looks_like_title(v) and len(_BREADCRUMB.findall(v)) < 2 and not title_vocab().team_label.match(v)
                    and not (n and _closes_with(values[0], v)) and not (" / " in v and _organisation_part(text, *lines[n]))), None)
    # (not the site's name the page title closes with, "… | Jobs | Cornwall Courier"; nor a letterhead naming the employer in
    # several languages, one of them the name the body uses)
    top = next((n for n, v in enumerate(values) if not _site_line(v)), 0)
    if heading is None and top < len(lines) and top <= 1 and _first_line_shaped_as_title(values[top]) and not _translated_line(values[top]) \
            and not _acronym_named(values[top]):
        heading = top  # a board page's first line (under the board's name) is its title
    if heading is None:  # "Vakansiyalar > Maliyyə > Mühasib" / "Mühasib": the line the breadcrumb trail ends with
        heading = next((n + 1 for n, v in enumerate(values[:-1]) if len(_CRUMB_STEP.findall(v)) >= 2 and values[n + 1]
                        and v.endswith(values[n + 1]) and len(values[n + 1].split()) <= 6), None)
    while heading is not None and heading + 1 < len(lines) and _repeats(text, lines[heading + 1], lines[heading]):
        heading += 1  # the page title, then the job heading that repeats it
    if heading is not None and heading + 1 < len(lines) and _OPEN_END.search(values[heading]):
        heading += 1  # a heading wrapped over two lines: "PhD Candidate in … for" / "Grid-Forming Inverters"
    picks = ([0] if heading != 0 and not _board_brand(ctx.doc, text, lines) and not _board_title_field(values) else []) + ([heading + 1] if heading is not None else [])
    if heading is not None and heading >= 2 and _HIRING_BANNER.search(text, *lines[0]):
        picks.append(heading - 1)  # a flyer's banner ("WE'RE HIRING!"), then the employer over the job heading
    for n in picks:  # "Company\nTitle" (Lever, councils) or "Title\nCompany" (job boards, plain text)
        if n >= len(lines):
            return
        if not values[n]:
            continue
        start = lines[n][0]
        lead = _ACRONYM_LEAD.match(text, start, lines[n][1])
        if lead is not None and _acronym_of(lead.group("a"), text[lead.end() : lines[n][1]]):
            start = lead.end()  # "ACAS — Agência Cabo-verdiana de Águas e Saneamento": the name the acronym stands for
        trail = _CAREERS_TRAIL.search(text, start, lines[n][1]) if n == 0 else None
        unit = _UNIT_AFTER_ORG.search(text, start, lines[n][1]) or _PARENT_AFTER_ORG.search(text, start, lines[n][1]) or _CAREERS_SUFFIX.search(text, start, lines[n][1]) or trail
        cut = min(unit.start(), trail.start()) if unit and trail else unit.start() if unit else (_place_after_legal_name(text, *lines[n]) or lines[n][1])
        if (badged := _before_badge(text, start, cut)) < cut:
            cut = badged  # "Acme Foods · 12,345 followers", "Acme Foods 4.1 ★ (214 reviews)": the board's badge
            values[n] = " ".join(text[start : cut].split())
        # "Corvane | Careers | Vacancies": the careers trail from its first part, not the last part's suffix
        place = _NAME_PLACE_TAIL.search(text, start, cut) if trail else None
        if place is not None and place.group(0).startswith(",") and _place_tail(place.group(0)):
            cut = place.start()  # "University of X, Galway | Human Resources": the campus's town is no part of the name
        cut = _column_gap(ctx, start, cut)  # "Aire Valley Homes          Job Description": a PDF page header's columns
        pipe = text.find(" | ", start, cut) if n == 0 and trail is None else -1
        if pipe > start and text.count(" ".join(text[start : pipe].split()), lines[n][1]) >= 1 and _organisation_name(text[start : pipe]) \
                and not has_job_noun(text[start : pipe]):
            cut = pipe  # "University of X | Te Whare Wānanga o …": the name the page gives again (its footer's), before its other language's
        for mark in (" · ", " — "):
            dot = text.find(mark, start, cut)
            part = text[start:dot] if dot > start else ""
            part = _without_legal_form(part)  # "MARINA NORTE S.A." … "Marina Norte gestiona …"
            said = bool(re.search(rf"(?<!\w){re.escape(' '.join(part.split()))}(?!\w)", text[lines[n][1] :], re.I)) \
                or _tail_said(text, part, lines[n][1], re.I)  # or its last words: "Les Baobabs is …"; in any case: "LOGOLFO S.A." … "Logolfo S.A."
            rest = " ".join(text[dot + len(mark) : cut].split()) if dot > start else ""
            if dot > start and said and not has_job_noun(text[start:dot]) and not (_META_PART.match(rest) or _meta_line(rest) or _place_line(rest)):
                cut = dot  # "Le Bouchon des Canuts · Restaurant traditionnel", "École Les Baobabs — International School of …": the
                break  # name the body gives again, before its kind or its other language's
        bilingual = _BILINGUAL_CUT.search(text, start, cut)
        if bilingual and _translated_name(text[start : bilingual.start()], text[bilingual.end() : cut]) and not (n + 1 < len(values) and _chrome_line(values[n + 1])):
            cut = bilingual.start()  # a name in two languages, "City of Moncton / Ville de Moncton": the first (not a site's brand over its breadcrumbs)
        if n == 0 and " / " in text[start:cut] and (part := _organisation_part(text, start, cut)) is not None:
            start, cut = part.start, part.end  # a letterhead in several languages: the name the body uses
        hit = _company_hit(text, start, cut)  # "Department of X - Policy Branch", "Acme A/S, Aarhus"
        if hit and is_company_name(hit.value, max_words=8) and (not has_job_noun(hit.value) or _organisation_name(hit.value)):
            if kind_of_heading(hit.value) or _COUNTRY_FIRST_LINE.match(hit.value) or _place_line(hit.value) or _meta_line(hit.value) or _chrome_line(hit.value) \
                    or _city_code_line(hit.value) or _place_label_line(hit.value) or _places_list_line(hit.value) or _LABELLED_FIGURE.search(hit.value) \
                    or _JOB_BOARD_NAME.search(hit.value):
                continue  # "Perth WA": a place; "RUN DATE: 12/01/26": a labelled figure; "X.im — the Island's jobs board": the board
            if heading is not None and n == heading + 1 and heading >= 1 and _unit_under_title(hit.value, values[heading - 1]):
                continue  # the unit under the heading, its organisation over it
            if n == 0 and not _stated_as_organisation(text, lines[n][1], hit.value):
                other = next((h for h in (trimmed_hit(text, *line) for line in lines[1:3]) if h is not None and is_company_name(h.value, max_words=8)
                              and _name_shaped(h.value) and _stated_as_organisation(text, lines[2][1] if len(lines) > 2 else h.end, h.value)), None)
                if other is not None:  # "澳門社區支援協會" / "Associação de Apoio …" / "Macau Community Support Association": the
                    yield Candidate("company", other.value, ((other.start, other.end),), 0.6, "company.top_line")  # name the body speaks of
                    return
            if text.count(hit.value, hit.end) >= 1 or (trail is not None and not has_job_noun(hit.value) and hit.value.lower() not in title_vocab().sites) \
                    or n == 0 and cut < lines[n][1] and _tail_said(text, hit.value, lines[n][1]):
                yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.6, "company.top_line")
                return
            if hit.value.isupper() and (len(hit.value.split()) >= 2 or len(hit.value) >= 5 and cut < lines[n][1]):  # "BROOKFIELD MILLS" on a flyer, "… Brookfield Mills, Mill Lane" in its text
                # (one word only before its tagline: "LOGOLFO S.A. — Logística portuaria" … "Logolfo gestiona …")
                said = re.search(rf"(?<!\w){re.escape(hit.value)}(?!\w)", text[hit.end :], re.I)
                if said is None and _legal_name(hit.value) and title_vocab().legal_form is not None:  # "MARINA NORTE S.A." … "Marina Norte gestiona"
                    said = re.search(rf"(?<!\w){re.escape(title_vocab().legal_form.sub('', hit.value).strip(' ,'))}(?!\w)", text[hit.end :], re.I)
                if said is not None and not said.group(0).isupper() and _name_shaped(said.group(0)):
                    at = hit.end + said.start()
                    yield Candidate("company", said.group(0), ((at, at + len(said.group(0))),), 0.55, "company.top_line")
                    return
            if n == 0 and heading is not None and heading <= 3 and _organisation_name(hit.value) and _could_be_employer_line(hit.value) and not _UNIT_LINE.match(hit.value) and not looks_like_title(hit.value):
                # a public body's page opens with its name ("Harbour City Council", "Mesa Unified School District")
                yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.5, "company.top_line")
                return
            if heading is not None and (heading <= 2 or _board_rows_above(values[:heading])) and n == heading + 1 \
                    and _header_block_line(text, lines, n, heading if heading > 2 else 0) \
                    and _could_be_employer_line(hit.value) \
                    and _could_be_employer_line(values[n]) and not _INVITES_LEAD.match(values[n]) and not _id_label_line(text, lines[n]) \
                    and not _town_area_line(hit.value):
                # "Title / Company / (place) / blank line / body": the board's header block names the employer once
                yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.5, "company.header_block")
                return


_BILINGUAL_CUT = fastre.compile(r"[ \t]+/[ \t]+")


def _board_rows_above(values: list[str]) -> bool:
    """Whether every line above a job heading is the board's own: its name or menu, a labelled row (a reference, a
    date, a language switch) or a blank line, so the heading still opens the posting's header block."""
    return all(not v or _chrome_line(v) or FIELD_ROW_RE.match(v) is not None or len(_META_SEPARATOR.findall(v)) >= 2
               or _DOMAIN_LEAD.match(v[:40].lower()) is not None for v in values)  # "EMPLOI-KOMORI.KM · Offres d'emploi …"
# the advert's call under the employer's name ("Invites applications from …"), never a name itself
_INVITES_LEAD = fastre.compile(r"(?i)invites?[ \t]+applications\b")


def _translated_line(value: str) -> bool:
    """A line that is one name in two languages, "Name / Nom" (see ``_translated_name``)."""
    parts = _BILINGUAL_CUT.split(value)
    return len(parts) == 2 and _translated_name(*parts)


def _translated_name(first: str, second: str) -> bool:
    """Two halves of a line that name one body in two languages: both shaped as names, sharing a proper name
    ("City of Moncton" / "Ville de Moncton", "Parks Canada" / "Parcs Canada")."""
    first, second = " ".join(first.split()), " ".join(second.split())
    if not (is_company_name(first) and is_company_name(second)) or first.casefold() == second.casefold() or has_job_noun(first) or has_job_noun(second):
        return False
    words = {w for w in _WORD_RE.findall(first) if len(w) > 2 and w[0].isupper()}
    return bool(words & {w for w in _WORD_RE.findall(second) if len(w) > 2 and w[0].isupper()})


_COUNTRY_FIRST_LINE = fastre.compile(r"^[A-Z]{2,3},[ \t]*[^,\n]{0,40},")


def _board_title_field(values: list[str]) -> bool:
    """The first line stands on a board's title field: the line under it is the board's location field, country code
    first ("US, MA, Cambridge", "GR, I, Athens"). A board prints the job there, never the employer."""
    return len(values) >= 2 and bool(values[0]) and _COUNTRY_FIRST_LINE.match(values[1]) is not None


def _board_brand(doc: Optional[Document], text: str, lines: list[tuple[int, int]]) -> bool:
    """The first line is a job board's brand: the menu under it addresses employers ("MojPosao" over
    "Poslovi   Poslodavci   Savjeti   Prijava", "Acme Staffing" over "Find jobs   Hire talent   Sign in")."""
    pattern = title_vocab().board_menu
    if pattern is None or len(lines) < 2 or len(text[lines[0][0] : lines[0][1]].split()) > 4:
        return False
    at = 1
    if len(lines) > 2 and _JOBS_TAGLINE.search(text, *lines[1]) and not (_raw_menu(doc, *lines[1]) or _menu_line(" ".join(text[lines[1][0] : lines[1][1]].split()))):
        at = 2  # "Work the Seasons" / "Find seasonal jobs in New Zealand's …" / the menu: the board's tagline between
    menu = " ".join(text[lines[at][0] : lines[at][1]].split())
    if any(_OWN_CAREERS_ITEM.fullmatch(part.strip()) for part in _MENU_SPLIT.split(menu)):
        return False  # "Particulares | Empresas | Carreiras | Contactos": an employer's own site, its careers among its sections
    return (_raw_menu(doc, *lines[at]) or _menu_line(menu)) and pattern.search(menu) is not None


_JOBS_TAGLINE = fastre.compile(r"(?i)\b(?:jobs|vacancies|careers|emplois|stellen(?:angebote)?|empleos|vagas|lavoro)\b")


# an employer's own site's section for its vacancies, as its menu names it
_OWN_CAREERS_ITEM = fastre.compile(r"(?i)careers?|carreiras?|carrières?|karriere|carreras?|trabalhe[ \t]+connosco|work[ \t]+with[ \t]+us|join[ \t]+us|jobs[ \t]+at[ \t]+\S+")


# case matters where a legal form is also a region code: "Denver, CO", "Reno, NV", "Adelaide, SA" are places
_LEGAL_SUFFIX = fastre.compile(
    r",[ \t]*(?:(?i:Inc|LLC|Ltd|Limited|LLP|Corp|PLC|GmbH|Pty[ \t]+Ltd|Pvt\.?[ \t]+Ltd)|Co|L\.P|AG|S\.A|N\.V|B\.V)\.?$"
)


_PROVINCE_CODE = fastre.compile(r"[ \t]+\([A-Z]{2,3}\)$")  # "Ancona (AN)", "Bergamo (BG)": a town's province code
_BRACKET_TAG = fastre.compile(r"[ \t]+\([^()\n]{1,20}\)$")  # "(On-site)", "(FAT4)", "(HQ)" after a place


def _place_part(value: str) -> bool:
    """A place written as a card's part: "Leeds, West Yorkshire", "Toowoomba QLD", "Auckland"."""
    return _place_line(value) or _town_and_state(value) or gazetteer().knows(value)


def _town_and_state(value: str) -> bool:
    """A town and its state or region written with no comma between ("Dubbo NSW", "Killeen TX"), both known."""
    parts = value.rsplit(None, 1)
    return len(parts) == 2 and gazetteer().knows(parts[0]) and gazetteer().knows(parts[1])


def _place_line(value: str) -> bool:
    """A "City, Region" line: shaped like one and naming a place the gazetteer knows in one of its parts
    ("Leeds, West Yorkshire", "Austin, TX", "Brisbane QLD"); "Commander, Navy Installations" or "Acme Foods, Inc." are not."""
    if _town_and_state(value):
        return True
    if not _LOCATION_LINE.match(value) or _LEGAL_SUFFIX.search(value):
        return False
    return any(gazetteer().knows(p.strip()) or _town_and_state(p.strip()) for p in value.split(","))




@lru_cache(maxsize=1)
def _place_labels() -> re.Pattern:
    every = sorted(gazetteer().data.get("labels", []), key=len, reverse=True)
    labels = [w for w in every if " " in w.strip() or "locat" in w.lower()]  # not "Office", "City" without a colon: names open with them
    return fastre.compile(r"(?i)^(?:(?:" + "|".join(re.escape(w) for w in labels) + r")[ \t]+\S|(?:" + "|".join(re.escape(w) for w in every) + r")[ \t]*:)")


def _place_label_line(value: str) -> bool:
    """A header line that opens with a location label of several words, or a "location" word, without a colon
    ("Job Locations US-OH-Dayton"), or with any location label and a colon ("Location: Salford Quays");
    "Office of Collective Bargaining" opens with no such label."""
    return bool(_place_labels().match(value))


def _organisation_name(value: str) -> bool:
    """A name built on an organisation noun that does not end in a job noun unless an "of" links them
    ("U.S. Army Corps of Engineers", "Engineering Command"; not "Office Manager")."""
    last = value.split()[-1]
    if last.endswith("s") and last[:1].isupper() and has_job_noun(last[:-1]) and not has_job_noun(" ".join(value.split()[:-1])):
        return True  # "Harbor Health Partners", "Keane Associates": a plural job noun closing a name
    if not title_vocab().org_noun.search(value):  # an organisation's own noun ("Department of …", "… Command", "DEPT OF …")
        return False
    return " of " in value.lower() or not has_job_noun(last)


def _closes_with(line: str, name: str) -> bool:
    """True when ``line`` ends with ``name`` after a separator ("Nurse – Full Time | Jobs | Cornwall Courier")."""
    return len(line) > len(name) + 2 and line.endswith(name) and line[: -len(name)].rstrip()[-1:] in ("|", "-", "–", "—", "·")


def _could_be_employer_line(value: str) -> bool:
    """A header line that may name the employer: no label, no list of tools, not a known place, not a
    phrase running on into the next line ("Invites applications for")."""
    if any(ch in value for ch in ":|·•") or re.search(r"\d", value) or ("/" in value.replace("A/S", "") and not _organisation_name(value)) \
            or _OPEN_END.search(value) or _motto_line(value) or _DESCRIBING_LINE.match(value):
        return False
    return value.casefold() not in gazetteer().names


# a line that describes the employer under its name: "A registered non-profit organisation", "An equal opportunity employer"
_DESCRIBING_LINE = fastre.compile(r"(?:A|An|The)[ \t]+[a-z]")


# a state's motto under its name on an official notice: "Honneur – Fraternité – Justice", "Un Peuple – Un But – Une Foi"
_MOTTO_PART = r"[^\W\d_][\w'’]*(?:[ ][^\W\d_][\w'’]*){0,2}"
_MOTTO_DASH = r"[ \t]+[-–—][ \t]+"
_MOTTO_LINE = fastre.compile(_MOTTO_PART + r"(?:" + _MOTTO_DASH + _MOTTO_PART + r"){2,3}[ \t]*[.!]?")


def _motto_line(value: str) -> bool:
    """A state's motto: three or four short parts apart by dashes, none a place or a legal name ("Atlasline SARL –
    Casablanca - Maroc" is an employer and its place)."""
    return _MOTTO_LINE.fullmatch(value) is not None and not _legal_name(value) \
        and not any(gazetteer().knows(part.strip()) for part in re.split(_MOTTO_DASH, value))


def _repeats(text: str, line: tuple[int, int], previous: tuple[int, int]) -> bool:
    """True when ``line`` repeats the text that opens ``previous`` ("Nurse | Board" then "Nurse")."""
    value = " ".join(text[line[0] : line[1]].split())
    return len(value) >= 3 and " ".join(text[previous[0] : previous[1]].split()).startswith(value)


# "Klaksvík, Føroyar", "Saly, Mbour": a place line under the title (a town and its area or country, one word after the
# comma, names the gazetteer may not know), not an employer; a legal form or "&" after the comma makes a name ("Acme, Inc.",
# "Baker, Tilly & Co"), and so does a job or organisation noun ("Commander, Navy Installations": checked where it is used)
_TOWN_AREA_LINE = fastre.compile(
    r"(?!.*&)[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*)?,[ ](?!(?:Inc|LLC|LLP|Ltd|L\.?P|PLC|Co|Corp|S\.?A|GmbH|AG|AB|AS|Oy|BV|NV|SARL|SRL|SpA|Pty)\b\.?)"
    r"[^\W\d_][\w'’.-]*"
)


def _town_area_line(value: str) -> bool:
    return _TOWN_AREA_LINE.fullmatch(value) is not None and not has_job_noun(value) and not title_vocab().org_noun.search(value)


def _id_label_line(text: str, line: tuple[int, int]) -> bool:
    """A job-id label alone on its line, its value on the next ("Job ID" / "2025-31877", "Requisition Number" /
    "R-0042"): an ATS details table copied without its colons names no employer there."""
    m = id_label_pattern().match(text, line[0])
    return m is not None and not text[m.end("label") : line[1]].strip() and "\n" in m.group("sep")


def _header_block_line(text: str, lines: list[tuple[int, int]], n: int, first: int = 0) -> bool:
    """True when line ``n`` belongs to the page's opening block: the short lines a blank line closes,
    or (HTML, where every element stands between blank lines) one of the first four lines. ``first``: the line the
    block opens with (a job heading under the board's own rows)."""
    block_end = text.find("\n\n", lines[first][0])
    return block_end < 0 or lines[n][1] <= block_end or n - first <= 3


_AGE_OR_CROWD = fastre.compile(r"(?i)\b(?:ago|applicants?|posted|reposted|vor|il[ \t]+y[ \t]+a|hace|geleden|sedan|siden)\b")


_UNIT_NAME = fastre.compile(r"[ \t](?:Branch|Division|Unit|Section|Directorate)$")  # a part of an organisation, by its last word


def _unit_under_title(below: str, above: str) -> bool:
    """Whether ``below``, the line under a job heading, names a unit ("Water Markets Policy Branch") of the organisation
    ``above`` names over the heading ("Department of Regional Waterways"): the unit is the team, the organisation employs."""
    return _UNIT_NAME.search(below) is not None and _organisation_name(above) and not _UNIT_NAME.search(above)
_SEARCH_RADIUS = fastre.compile(r"(?i)^(?:within[ \t]+)?\d{1,3}[ \t]*(?:miles?|mi|km|kilometres?|kilometers?)(?:[ \t]+radius)?$")
_HEADCOUNT_PART = fastre.compile(r"(?i)^\d[\d,.+\-– ]*(?:k\+?)?[ \t]*(?:employees|staff|people|workers|members)$")


_POSTER_NAME = fastre.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z]\.){1,2}")


_REMOTE_WHERE = fastre.compile(r"(?i)remote[ \t]*[(\-–—,][ \t]*(?:(?:anywhere|based)[ \t]+)?(?:in[ \t]+|within[ \t]+)?(?P<place>[^()\n,]{2,40}?)[ \t]*\)?")


_PLACE_LABEL_WORDS = r"(?i:comuna|ciudad|city|town|location|ubicaci[óo]n|localidad|municipio|lugar[ \t]de[ \t]trabajo|arbeitsort|ort|ville|lieu|località|cidade|plaats|werklocatie)"


# a street address in a line's part: "Carretera del Puerto s/n", "Av. Amílcar Cabral 12", "14 Baker Street", "BP 1120"
_STREET_PART = fastre.compile(
    r"(?i)^(?:carretera|calle|avenida|av\.|avenue|rua|rue|boulevard|bd\.|route|strada|via)[ \t]|\bs/n\b|^\d{1,4}[ \t]+[A-Z][\w'’. -]{2,30}[ \t]+(?:street|st\.|road|rd\.?|avenue|ave\.?|lane|drive)$|\b(?:BP|P\.?O\.?[ \t]?Box)[ \t]\d"
)


# a metadata line that opens with the job's terms ("Internship · 10 weeks · 37.5 hours per week"), no other job's card
_TERMS_FIRST = fastre.compile(r"[ \t*]*(?i:remote|hybrid|on-?site|full[- ]?time|part[- ]?time|contract|freelance|casual|permanent|temporary|seasonal|intern(?:ship)?)[ \t]*[|·•]")


def _employer_meta_line(text: str, m: re.Match) -> bool:
    """A "<Company> · <Place> · 1 week ago" line: another part is a place, a posting age or an applicant
    count. "Vollzeit · Feste Anstellung", "Energy · 51-200 employees" open metadata lines with no employer."""
    if _POSTER_NAME.fullmatch(m.group("c").strip()):
        return False  # "Kayla R. · Linden Park · 2 hr ago": a neighbour's post, signed with a first name and an initial
    ls, le = _line_bounds(text, m.start())
    neighbours = ([_line_bounds(text, ls - 1)] if ls else []) + ([_line_bounds(text, le + 1)] if le < len(text) else [])
    if _card_line(text[ls:le]) and any(_card_line(text[a:b]) and not _TERMS_FIRST.match(text, a, b) for a, b in neighbours):
        return False  # one card of a board's search results, its job first (:func:`_results_card`)
    above = text[: m.start("c")].rstrip().rsplit("\n", 1)[-1].strip()
    if above.startswith(m.group("c").strip() + " "):
        return False  # "Partnerships Manager" over "Partnerships · Edinburgh · Hybrid": the job's department, not the employer
    if re.search(r"(?i)\bour[ \t]+" + re.escape(m.group("c").strip()), text):
        return False  # "Broughton Street Café · Savannah, GA" and "Our Broughton Street café is looking for …": the employer's branch
    if re.search(r"(?im)^[ \t]*" + _PLACE_LABEL_WORDS + r"[ \t]*:[ \t]*" + re.escape(m.group("c").strip()) + r"[ \t]*(?:[,(]|$)", text):
        return False  # "Las Condes · Publicado hace 6 días" and "Comuna: Las Condes" below: the card's place, no employer
    line_end = text.find("\n", m.end("c"))
    rest = text[m.end("c") : len(text) if line_end < 0 else line_end]
    parts = [p.strip() for p in re.split(r"[·•]", rest) if p.strip()]
    if any(_HEADCOUNT_PART.match(p) for p in parts):
        return False  # "Healthcare Technology · 250 employees · Nashville, TN": a company profile's industry line, under the name
    if any(_SEARCH_RADIUS.match(p) for p in parts):
        return False  # "HVAC · Phoenix, AZ · Within 25 miles": the board's search bar, its keywords first
    if any(_STREET_PART.search(p) for p in parts):
        return False  # "Terminal Portuario de Bata · Carretera del Puerto s/n · Bata": a letterhead's address, its site first
    gaz = gazetteer()
    if any(_place_line(p) or gaz.knows(p) or gaz.knows(p.split(",")[0].strip()) or _town_and_state(p) or _AGE_OR_CROWD.search(p) for p in parts):
        return True
    if any((where := _REMOTE_WHERE.fullmatch(p)) is not None and gaz.knows(where.group("place")) for p in parts):
        return True  # "Acme · Remote (anywhere in Australia) · Full-time": a remote job's area is its place
    # "Tallyhawk · Remote (US)": only workplace or contract words beside the name, which the posting goes on to make the
    # subject of a sentence about the organisation ("Tallyhawk builds …"); a unit is the "… team" ("Customer Success · Remote")
    name = m.group("c").strip()
    pattern = title_vocab().employer_sentence
    if not parts or not all(_META_PART.match(p) for p in parts) or pattern is None or re.search(re.escape(name) + r"[ \t]+(?i:team|department|group|org)\b", text):
        return False
    return any(s.group("c").strip() == name for s in pattern.finditer(text, m.end()))


def _in_header(pattern: re.Pattern, ctx: Context, conf: float, name: str, keep: Optional[Callable[[str, re.Match], bool]] = None) -> Iterator[Candidate]:
    """Like :func:`_company_from`, limited to the first 600 characters; a known place is not an employer
    ("Utrecht · 32 uur · …" opens a board's metadata line); ``keep`` may reject a match by its line."""
    text = ctx.text
    for m in pattern.finditer(text, 0, min(len(text), 600)):
        if keep is not None and not keep(text, m):
            continue
        hit = _company_hit(text, m.start("c"), m.end("c"))
        if hit and is_company_name(hit.value) and (not has_job_noun(hit.value) or _LEGAL_FORM_CLOSES.search(hit.value)) and not gazetteer().knows(hit.value):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), conf, name)  # ("Fjellkraft Energi AS": a "-kraft" closing
            return  # a word, and a legal form after it: an organisation's name)


_LEGAL_FORM_CLOSES = fastre.compile(LEGAL_FORM_AFTER_NAME + r"$")


_TRAILING_CONNECTOR = fastre.compile(r"(?:[ \t]+(?:of|and|the|de|du|la|für|for|&))+$")


# an organisation's unit after its name on the employer line: "Department of Roads - Bridges Branch", "Acme Ltd | Finance Team"
_UNIT_AFTER_ORG = fastre.compile(
    r"[ \t]+[-–—|][ \t]+(?:(?P<unit>[A-Z][\w&'’]*(?:[ \t]+(?:of|and|&|[A-Z][\w&'’]*)){0,5}[ \t]+"
    r"(?:Branch|Division|Directorate|Team|Unit|Section|Department|Group|Office|Service|Services|Sector|Bureau)"
    r"|(?:School|Faculty|Department|Division|Institute|Centre|Center)[ \t]+(?:of|for)[ \t]+[A-Z][\w&'’]*(?:[ \t]+(?:of|and|&|[A-Z][\w&'’]*)){0,5}"
    r"|People[ \t]+(?:and|&)[ \t]+Culture|Human[ \t]+Resources|Talent[ \t]+Acquisition|Recruitment[ \t]+Team)"  # the HR desk that posts
    r"|(?P<named>[A-Z][\w&'’]*(?:[ \t]+(?:of|and|&|[A-Z][\w&'’]*)){0,4})[ \t]+team"  # "Lee Valley Foods – Commercial Insights team": the team's name
    # a branch named in the page's language before its town ("— afdeling Nuuk", "– avdeling Bergen", "- Niederlassung
    # Köln"): cut from the employer's name, no team
    r"|(?P<branch>(?i:afdeling|avdeling|avdelning|filial|filiale|niederlassung|standort|agence|sucursal|succursale|vestiging)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))[ \t]*$"
)


# the group an employer belongs to, after its name: "Braunstone Academy – part of the Soar Valley Trust"
_PARENT_AFTER_ORG = fastre.compile(
    r"[ \t]*(?:[ \t][-–—|]|,)[ \t]+(?i:(?:proud(?:ly)?[ \t]+)?(?:a[ \t]+)?(?:part|member|subsidiary|division)[ \t]+of)[ \t][^\n]*$"
    r"|[ \t]+[-–—][ \t]+(?i:(?:agency|department|company|organi[sz]ation|nation|state|group)[ \t-]?wide)[ \t]*$"  # "U.S. Air Force - Agency Wide"
)


# a wide run of spaces between words: text taken from a PDF sets its page header's columns apart so
_COLUMN_GAP = fastre.compile(r"(?<=\S)(?:[ ]{3,}|\t+)(?=\S)")


def _column_gap(ctx: Context, start: int, end: int) -> int:
    """Where the first column of the line ``text[start:end]`` ends, when the raw input sets its columns apart
    with a wide run of spaces or a tab (the clean text has one space there); ``end`` otherwise."""
    doc = ctx.doc
    if doc is None or start >= end:
        return end
    raw_start, raw_end = doc.source_span(start, end)
    gap = _COLUMN_GAP.search(doc.source, raw_start, raw_end)
    if gap is None:
        return end
    for at in range(start, end):
        if ctx.text[at].isspace() and doc.source_span(at, at + 1)[1] > gap.start():
            acronym = _ACRONYM_AFTER_NAME.search(ctx.text, start, at)
            return acronym.start() if acronym else at  # "Eindhoven University of Science (EUS)": the name, not its acronym
    return end


_ACRONYM_AFTER_NAME = fastre.compile(r"[ \t]+\([A-Z]{2,6}\)[ \t]*$")
_ACRONYM_LEAD = fastre.compile(r"[ \t]*(?P<a>[A-Z]{2,8})[ \t]+[-–—|:][ \t]+(?=\S)")  # "ACAS — Agência …", "NWRB | National Water …"


def _tail_said(text: str, value: str, after: int, flags: int = 0) -> bool:
    """Whether the last two or more words of the name ``value`` (not all of it) are said after ``after`` ("École
    Internationale Les Baobabs" … "Les Baobabs is a bilingual school"), matched with the ``re`` ``flags``."""
    words = value.split()
    return any(re.search(rf"(?<!\w){re.escape(' '.join(words[i:]))}(?!\w)", text[after:], flags) for i in range(1, len(words) - 1))


def _acronym_named(value: str) -> bool:
    """A line that is an acronym, a dash and the name it stands for ("ACAS — Agência Cabo-verdiana de Águas e …")."""
    lead = _ACRONYM_LEAD.match(value)
    return lead is not None and _acronym_of(lead.group("a"), value[lead.end() :])


def _acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s capitalised words, accents aside ("ACAS" of "Agência
    Cabo-verdiana de Águas e Saneamento")."""
    initials = "".join(w[0] for w in re.split(r"[ \t-]+", name.strip()) if w[:1].isupper())
    folded = unicodedata.normalize("NFKD", initials).encode("ascii", "ignore").decode()
    return len(acronym) >= 2 and folded.upper() == acronym
_NEXT_LABEL = fastre.compile(r"[ \t]*[^\W\d_][\w'’/&.\- ]{0,30}?[ \t]?:(?:[ \t]|$)")  # "Grade:", "Reports to:": the next pair's label


def second_pair_cut(ctx: Context, hit: _Hit) -> _Hit:
    """``hit``, a labelled value, without the next "Label: value" pair that shares its line in a two-column
    header (a PDF or a flattened details table: "Job title:   Repairs Surveyor      Grade:   H6"): the raw input
    sets the columns apart with a wide gap, and the second column opens with its own label."""
    gap = _column_gap(ctx, hit.start, hit.end)
    if gap >= hit.end or not _NEXT_LABEL.match(ctx.text, gap, hit.end):
        return hit
    return trimmed_hit(ctx.text, hit.start, gap) or hit


# the place a board prints after the employer's legal name on its line ("Nordlys Foods A/S, Aarhus")
# ("Atlasvoice SARL – Casablanca - Maroc", "Nordlys Energi A/S, Aarhus C"): a comma or a spaced dash or bar after the form
_PLACE_AFTER_LEGAL_NAME = fastre.compile(
    LEGAL_FORM_AFTER_NAME + r"(?P<tail>(?:,|[ \t]+[-–—|])[ \t]*(?P<place>[A-ZÀ-Ý][^,\n]{1,40}?)(?:(?:,|[ \t]+[-–—|])[ \t]*[^\n]{1,40})?[ \t]*)$"
)
# a postal district after a city: "Aarhus C", "København K", "Dublin 2"
_POSTAL_DISTRICT = fastre.compile(r"[ \t]+(?:[A-Z]{1,2}|\d{1,2})$")


def _place_after_legal_name(text: str, start: int, end: int) -> Optional[int]:
    """Where a known place after a legal name starts on the line ``text[start:end]``, else None
    ("University of X, Galway" keeps its place: no legal form before the comma). The place may carry its
    country after a second separator ("– Casablanca - Maroc") or a postal district ("Aarhus C")."""
    m = _PLACE_AFTER_LEGAL_NAME.search(text, start, end)
    if m is None:
        return None
    place = m.group("place").strip()
    return m.start("tail") if gazetteer().knows(place) or gazetteer().knows(_POSTAL_DISTRICT.sub("", place)) else None


# the article before a government's name: "The City of Saint Paul is an Equal Opportunity Employer" names "City of Saint Paul"
_GOVERNMENT_ARTICLE = fastre.compile(r"The[ \t]+(?=(?:City|County|State|Government|Province|Commonwealth|Town|Village|Borough|Municipality)[ \t]+of[ \t]+[A-Z])")


def _company_hit(text: str, start: int, end: int) -> Optional[_Hit]:
    """A company-name hit with trailing connector words ("Acme for") and the article before a government's
    name ("The City of …") removed."""
    end = _without_name_tail(text, start, _before_badge(text, start, end))
    m = _TRAILING_CONNECTOR.search(text, start, end)
    article = _GOVERNMENT_ARTICLE.match(text, start, end)
    return trimmed_hit(text, article.end() if article else start, m.start() if m else end)


def _before_badge(text: str, start: int, end: int) -> int:
    """``end``, or where a board's rating or follower badge after a name begins (see :func:`_glued_rating`), or its
    badge in brackets ("Acme Tutors (verified employer)", "Acme (Promoted)")."""
    badge = _glued_rating().search(text, start, end)
    if badge is not None and badge.start() - start >= 2:
        return badge.start()
    tag = _BRACKET_BADGE.search(text, start, end)
    if tag is not None and tag.start() - start >= 2 and _BADGE_HOLDER.sub("", tag.group("b").strip(" \t✔✓☑").casefold()) in board_chrome():  # ("Verified business ✔")
        return tag.start()
    return end


# what a copied page writes after an employer's name that is no part of it: the logo's link text ("Acme home page",
# "Acme logo"), the name's initials in brackets ("Hope Bridge Relief Organization (HBRO)"), the name again in CJK
# characters after its Latin form ("Lotus Bay Resort & Casino 蓮灣度假村")
_LOGO_TAIL = fastre.compile(r"[ \t]+(?i:home[ ]?page|logo)[ \t]*$", re.M)
_VIA_TAIL = fastre.compile(r"[ \t]+via[ \t]+[A-Z][^\n]{1,60}$", re.M)  # "Hollandse Versgroep via Tempo-Team Rotterdam": the agency that carries the ad
_INITIALS_TAIL = fastre.compile(r"[ \t]+\((?P<initials>[A-Z][A-Z&]{1,7})\)[ \t]*$", re.M)
_CJK_TAIL = fastre.compile(r"(?<=[A-Za-z.)])[ \t]+[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af（）()·・ ]*$", re.M)
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "et", "&"})


def _cut_name_tail(text: str, hit: _Hit) -> _Hit:
    """``hit`` without a tail that is no part of the employer's name (:func:`_without_name_tail`)."""
    cut = _without_name_tail(text, hit.start, hit.end)
    return (trimmed_hit(text, hit.start, cut) or hit) if cut < hit.end else hit


def _without_name_tail(text: str, start: int, end: int) -> int:
    """``end``, or where a tail that is no part of the employer's name begins (:data:`_LOGO_TAIL`, :data:`_VIA_TAIL`, :data:`_INITIALS_TAIL`
    when the bracket holds the name's initials, :data:`_CJK_TAIL`)."""
    logo = _LOGO_TAIL.search(text, start, end) or _VIA_TAIL.search(text, start, end)
    if logo is not None and logo.start() - start >= 2:
        return logo.start()
    cjk = _CJK_TAIL.search(text, start, end)
    if cjk is not None and cjk.start() - start >= 4:
        return cjk.start()
    tail = _INITIALS_TAIL.search(text, start, end)
    if tail is not None:
        words = [w for w in re.split(r"[ \t-]+", text[start : tail.start()]) if w and w.casefold() not in _MINOR_WORDS]
        initials = "".join(w[0] for w in words).upper()
        # the name's initials, or those before a short legal form ("Société Minière du Rio Tinkisso SA (SMRT)")
        if tail.group("initials").replace("&", "") in (initials, initials[:-1] if len(words) > 2 and len(words[-1]) <= 5 else None):
            return tail.start()
    return end


_BRACKET_BADGE = fastre.compile(r"[ \t]+\((?P<b>[^()\n]{2,30})\)[ \t]*$", re.M)
_BADGE_HOLDER = fastre.compile(r"\s+(?:employer|company|business)$")  # "verified employer": the badge "verified"


def _badged_name(text: str, start: int, end: int) -> Optional[str]:
    """The name on the line ``text[start:end]`` when a board's rating or follower badge follows it ("Acme Partners ·
    4,812 followers" → "Acme Partners", blanks collapsed); None for a line without a badge."""
    cut = _before_badge(text, start, end)
    return " ".join(text[start:cut].split()) if cut < end else None


# "The Natural Resources Department is seeking…": a unit of the employer, not the employer
_A_UNIT = fastre.compile(r"^(?:The|Our)[ \t].*[ \t](?:Department|Division|Team|Unit|Branch|Section|Group|Office|Directorate)$")


def _person_job_name(value: str) -> bool:
    """A name with a job noun that names a person's job ("Senior Engineer"), not a field of work closing a firm's name
    ("Moreton Bay Water Engineering", "Harbour Consulting")."""
    if not has_job_noun(value):
        return False
    words = value.split()
    return not (words[-1].endswith("ing") and not has_job_noun(" ".join(words[:-1])))


def _paragraph_subject(ctx: Context) -> Iterator[Candidate]:
    """A paragraph opening with a name of two or more capitalised words that says what the organisation
    is ("Moreton Infrastructure Group has been designing…", "Acme Foods is one of…"); weak."""
    text = ctx.text
    for m in _PARAGRAPH_SUBJECT.finditer(text):
        hit = _company_hit(text, m.start("c"), m.end("c"))
        if hit is None or len(hit.value.split()) < 2 or hit.value.split()[0].lower() in title_vocab().function_words or _A_UNIT.match(hit.value):
            continue
        if is_company_name(hit.value) and not _person_job_name(hit.value) and not gazetteer().knows(hit.value):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.45, "company.paragraph_subject")
            return


def _camel_break(doc: Optional[Document], text: str, pos: int) -> bool:
    """True when ``text[pos]`` is a line break the normaliser put inside a camel-case word ("Market|Invoice",
    "Data|Finch"): no character of the input stands behind it, a word opening with a capital and ending in a
    lower-case letter stands before it and a capitalised word after it."""
    if doc is None or doc.text is not text or doc.source is text or not 0 < pos < len(text) - 2 or text[pos] != "\n":
        return False
    if doc.starts[pos] != doc.ends[pos] or not (text[pos - 1].islower() and text[pos + 1].isupper() and text[pos + 2].islower()):
        return False
    if doc.starts[pos - 1] == doc.ends[pos - 1] or doc.ends[pos - 1] != doc.starts[pos + 1]:
        return False  # (the two sides stood apart in the input, or the word before is a label a reader wrote: "Body" over a text)
    word = re.search(r"[^\W\d_]+$", text[max(0, pos - 40) : pos])
    return word is not None and word.group()[0].isupper() and word.start() + max(0, pos - 40) > 0 and not text[word.start() + max(0, pos - 40) - 1].isalnum()


def _joined(doc: Optional[Document], text: str, start: int, end: int) -> tuple[str, Callable[[int], int]]:
    """``text[start:end]`` with the line breaks the normaliser put inside camel-case words removed, and a map from
    an offset in the result to its offset in ``text``."""
    cuts = []
    pos = text.find("\n", start, end)
    while pos >= 0:
        if _camel_break(doc, text, pos):
            cuts.append(pos)
        pos = text.find("\n", pos + 1, end)
    return _without_breaks(text, start, end, cuts)


def _without_breaks(text: str, start: int, end: int, cuts: list[int]) -> tuple[str, Callable[[int], int]]:
    """``text[start:end]`` without the line breaks at ``cuts`` (ascending offsets in ``text``), and a map from an
    offset in the result to its offset in ``text``."""
    if not cuts:
        return text[start:end], lambda i: start + i
    bounds = [start, *(c + 1 for c in cuts)]
    view = "".join(text[a:b] for a, b in zip(bounds, [*cuts, end]))
    at = [c - start - n for n, c in enumerate(cuts)]  # where each removed break stood in the result
    return view, lambda i: start + i + bisect_right(at, i)


def _unsplit(doc: Optional[Document], text: str) -> tuple[str, Callable[[int], int]]:
    """``text`` without the line breaks the normaliser put between two letters of glued input (no character of the
    input behind them: "US|Alliance", "Market|Invoice"), and a map from an offset in the result to its offset in ``text``;
    wider than :func:`_joined`, for a cue that checks its name again."""
    if doc is None or doc.text is not text or doc.source is text:
        return text, lambda i: i
    cuts = [m.start() for m in re.finditer(r"(?<=[^\W\d_])\n(?=[^\W\d_])", text) if doc.starts[m.start()] == doc.ends[m.start()]]
    return _without_breaks(text, 0, len(text), cuts)


def _cut_after_break(ctx: Context, pos: int) -> bool:
    """True when a name found at ``pos`` is the tail of a camel-case word the normaliser split ("Smart|Brief");
    not when that tail is itself a camel-case name the posting also writes standing alone: a heading glued to
    it ("Role|RevJet is looking for …" where "…, RevJet is developing …" stands elsewhere)."""
    return pos >= 2 and _camel_break(ctx.doc, ctx.text, pos - 1) and not _standalone_camel_name(ctx.text, pos)


_CAMEL_WORD = fastre.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*(?![\w])")  # "RevJet", "PayPal": an inner capital after lower case


def _standalone_camel_name(text: str, pos: int) -> bool:
    """True when the word at ``pos`` is a camel-case name that also stands as a whole word elsewhere in ``text``."""
    word = _CAMEL_WORD.match(text, pos)
    if word is None:
        return False
    return any(m.start() != pos for m in re.finditer(rf"(?<![\w#]){re.escape(word.group())}(?!\w)", text))


def _intermediary(ctx: Context, region: str) -> bool:
    """True when ``region`` (a company profile) describes a recruiter, a staffing agency or an investor posting
    for another employer, and the title is not the intermediary's own job ("Recruitment Consultant")."""
    vocab = title_vocab()
    low = region[:300].lower()  # how the profile opens: what the poster is
    for product in vocab.intermediary_products:
        low = low.replace(product, " ")  # "human capital management platform": software an employer sells, not a placement service
    if not any(w in low for w in vocab.intermediary):
        return False
    title = next((c.value.lower() for c in title_header_line(ctx)), "")
    return not any(w in title for w in vocab.intermediary_titles)


def _prose_regions(ctx: Context) -> list[tuple[int, int, Optional[bool]]]:
    """Where the employer describes itself: the company sections' first lines, else the opening of the first
    section after the header; with each, whether it is a company section. After company sections, also the
    first other section, marked ``None``: a job description often opens by saying what the employer is under
    a profile that only pitches the job ("TransferWise is the clever new way to move money …")."""
    regions: list[tuple[int, int, Optional[bool]]] = [(s.start, min(s.end, s.start + 1000), True) for s in ctx.sections_of("company")]
    body = [s for s in ctx.sections if s.kind not in ("header", "company")]
    if body:
        regions.append((body[0].start, min(body[0].end, body[0].start + 600), None if regions else False))
    if not ctx.sections_of("company"):
        for header in ctx.sections_of("header")[:1]:  # a page whose header block runs into the employer's paragraph
            para = next((ln for ln in _lines(ctx.text, header.start, header.end) if _PROSE_LINE.match(ctx.text, *ln)), None)
            if para is not None:
                regions.insert(0, (para[0], min(para[1], para[0] + 600), False))
    return regions


_PROSE_LINE = fastre.compile(r"[ \t]*[^\W\d_a-z][^\n]{80,}[.!][ \t]*$")  # a paragraph of sentences, not a header line (opening in any script)


_WELCOME = fastre.compile(r"(?:^|(?<=[.!?])|(?<=\n))[ \t]*Welcome[ \t]+to[ \t]+(?P<c>" + _COMPANY_RE + r")(?=[ \t]*[,.!:;]|[ \t]+[-–—][ \t])", re.M)
_DEFINES = fastre.compile(r"[^\n]{1,120}?[ \t]+(?:is|are)[ \t]+(?:an?|the|one[ \t]+of)[ \t]")  # "Acme is a …", "Acme is the leading …", "Acme Foods are one of …"
# a sentence only an organisation is the subject of: "WeSpeke was founded in 2010 by …", "…, Hotel Chocolat, was established in 2004"
_FOUNDED = fastre.compile(r",?[ \t]+(?:was|were|has[ \t]+been)[ \t]+(?:founded|established|launched|incorporated|set[ \t]+up)[ \t]+(?:in|by|on)[ \t]")
# the same sentence after a description of the organisation: "Luxury British chocolatier, Hotel Chocolat, was founded in 2004"
_DESCRIBED_FOUNDED = fastre.compile(r"(?:^|(?<=[.!?])|(?<=\n))[ \t]*[A-Z][^.,;:!?\n]{3,80},[ \t]+(?P<c>" + _COMPANY_RE + r"),[ \t]+(?:was|were)[ \t]+(?:founded|established|launched|incorporated|set[ \t]+up)[ \t]+(?:in|by|on)[ \t]", re.M)
# a founding clause makes the next name the organisation, whatever its verb: "Founded in 2009 by two engineers, Acme gamifies …",
# "Established in 1987, Northmoor Foods bakes …", and in British agreement with the plural "…, Qubit work with …"
_FOUNDED_CLAUSE = fastre.compile(
    r"(?:^|(?<=[.!?])|(?<=\n))[ \t]*(?:Founded|Established|Launched|Started|Incorporated)[ \t]+(?:in|by|on)\b[^.,\n]{0,80},[ \t]+(?P<c>" + _COMPANY_RE + r")[ \t]+[a-z]{3,}\b", re.M
)
# a profile that opens by asking who the employer is: "Who is Acme Games?", "What is Acme?"
_WHO_IS = fastre.compile(r"(?:^|(?<=[.!?])|(?<=\n))[ \t]*(?:Who|What)[ \t]+is[ \t]+(?P<c>" + _COMPANY_RE + r")\?", re.M)
_PROFILE_LABEL = fastre.compile(r"(?:[^.\n:]{0,30}:[ \t]*)?(?:#URL_\w+#[ \t]*)*")  # "Company Website: #URL_…#" before the name


@cache
def _skill_names() -> frozenset[str]:
    """Skills, tools and camel-case terms (lower case, with their aliases): "Python is a must", "eCommerce is …"
    name no employer."""
    skills = skills_vocab().get("skills", {})
    camel = load("camelcase.json").get("protected", [])  # "iPhone", "eCommerce": products and terms written with an inner capital
    return frozenset(w.lower() for name, aliases in skills.items() for w in (name, *aliases)) | frozenset(w.lower() for w in camel)


_ROMANCE_ARTICLE = fastre.compile(r"(?:A|O|Os|As|La|El|Le|Les|Los|Las)[ \t]+(?=[A-Z])")  # the article a Romance language puts before a firm's name
_ELIDED_ARTICLE = fastre.compile(r"[Ll]['’](?=[a-zà-ÿ]{3,}[ \t]+[A-Z])")  # French "L'" before an organisation's kind and name
_ROMANCE_DEFINES = fastre.compile(r"[ \t]+(?:é|es|est)[ \t]+(?:uma?|una?|une)[ \t]")  # "… é uma empresa", "… es una", "… est une"
_ARTICLE_ORG = fastre.compile(r"The[ \t]+[A-Z][\w&'’\-]*[ \t]+[A-Z][a-z]+$")  # "The" before a name and an organisation noun ("The Amani Institute")
_ARTICLE_NAME = fastre.compile(r"The[ \t]+[A-Z][\w&'’\-]*(?:[ \t]+(?:[A-Z][\w&'’\-]*|[dl]['’][A-Z][\w&'’\-]*|of|and|for|de|del|du|des|da|do|&)){2,}$")  # "The" before a name of three or more words


# a name in the page's own script before its Latin form, opening a line: "Хотел Лихнида Беј / Hotel Lihnida Bay is a …"
_NAME_IN_OTHER_SCRIPT = fastre.compile(r"^[ \t]*[^\x00-\x7f\u00c0-\u024f\s/]+(?:[ \t][^\x00-\x7f\u00c0-\u024f\s/]+){0,5}[ \t]*/[ \t]*(?=[A-Z])", re.M)


def _prose_company(ctx: Context) -> Iterator[Candidate]:
    """The employer as the subject of a sentence about it in its own profile ("Acme is a …", "Founded in 1999,
    Acme is …", "Acme, formerly Bolt, delivers …", "Acme’s mission is …"): a name written capitalised wherever it
    recurs, said again in the posting (in full, or its first word), with a legal form, or opening the company
    profile; never in an intermediary's profile.
    A name the normaliser split as glued text ("Market|Invoice") is read whole, with its span in the raw input."""
    pattern = title_vocab().employer_sentence
    text, doc = ctx.text, ctx.doc
    if pattern is None:
        return
    whole = None
    for start, end, profile in _prose_regions(ctx):
        view, where = _joined(doc, text, start, end)
        if not view or _intermediary(ctx, view):
            continue
        if "/" in view:  # the Latin form read as the sentence's subject, offsets kept
            view = _NAME_IN_OTHER_SCRIPT.sub(lambda m: " " * len(m.group()), view)
        named = False  # a name opened an earlier sentence of this region
        for m in (*pattern.finditer(view), *_WELCOME.finditer(view), *_WHO_IS.finditer(view), *_DESCRIBED_FOUNDED.finditer(view), *_FOUNDED_CLAUSE.finditer(view)):
            name = _TRAILING_CONNECTOR.sub("", m.group("c")).strip(" .,")
            begin = m.start("c")
            lead = _heading_lead(name)  # "Job Overview Apex is …": a section heading glued to the sentence
            if lead and not view[:begin].strip():
                name, begin = name[lead:], begin + lead
            if _ARTICLE_NAME.match(name) and not has_job_noun(name[4:]) and not _POSTER_UNIT.search(name[4:]) and _DEFINES.match(view, begin, min(len(view), m.end() + 12)):
                name, begin = name[4:], begin + 4  # "The Albany Charter School Network is a …": the name after the article, in a sentence saying what it is
            elif _ARTICLE_ORG.match(name) and title_vocab().org_noun.fullmatch(name.split()[-1]) and not has_job_noun(name[4:]):
                name, begin = name[4:], begin + 4  # "The Amani Institute is about …": a name built on an organisation's own noun, after its article
            elif (romance := _ROMANCE_ARTICLE.match(name)) is not None and (_ROMANCE_DEFINES.match(view, begin + len(name))
                                                                           or _said(text, name[romance.end() :]) > _said(text, name)):
                # ("La Cooperativa de … agrupa …" under the site's "Cooperativa de …": the name as the page writes it alone)
                name, begin = name[romance.end() :], begin + romance.end()  # "A Transportes Limpopo Lda é uma empresa …": the name after its article
            elif _ELIDED_ARTICLE.match(name):
                name, begin = name[2:], begin + 2  # "L'association Lyannaj Jeunesse accompagne …": the name after the elided article
            if profile is None and view[: m.start()].strip():
                continue  # under a profile, only the sentence the description opens with
            if not _employer_name(ctx, name) and not _product_brand_opening(ctx, view, m, name, profile) and not _firm_by_definition(ctx, view, begin, name, profile):
                continue
            # the profile's first named sentence says what the organisation is ("Cequens is a global carrier …", after
            # a board's greeting), and so does a sentence opening another section ("GBI is a growing company …"): its
            # subject is the employer, said once or not; so is the subject of "… was founded in 2010"
            leads = profile and not named or not profile and not view[: m.start()].strip()
            defines = leads and _name_shaped(name) and m.groupdict().get("poss") is None and _DEFINES.match(view, begin, min(len(view), m.end() + 12)) is not None
            defines = defines or (_name_shaped(name) and _FOUNDED.match(view, begin + len(name)) is not None)
            named = True
            first = name.split()[0]
            if whole is None:
                whole = _joined(doc, text, 0, len(text))[0]
            said = _said(whole, name) + (_said(whole, name.upper()) if name != name.upper() else 0)  # "ACME FREIGHT | Drivers | Apply": the site's brand in capitals
            if said < 2 and " " in name and len(first) >= 4 and first[1:] != first[1:].lower():
                said = _said(whole, first)  # "DataFinch Technologies" … "DataFinch"
            elif said < 2 and " " in name and len(first) >= 5 and not re.search(rf"(?<!\w){re.escape(first.lower())}(?!\w)", whole):
                said = _said(whole, first)  # "Novitex Enterprise Solutions" … "Novitex"
            if said < 2 and _domain_spells(doc.source if doc is not None else text, name):
                said = 2  # "Kestrel Robotics builds …" over a mail from "@kestrel-robotics.fi": the address names it again
            legal = m.groupdict().get("legal") is not None
            poss = m.groupdict().get("poss") is not None
            opening = profile and _PROFILE_LABEL.fullmatch(view[: m.start()].strip()) is not None  # the profile opens with the name ("Welcome to X")
            # a full name opening the first paragraph under an "About" heading the segmenter does not know ("L'entreprise")
            opening = opening or (not view[: m.start()].strip() and len(name.split()) >= 2 and _name_shaped(name) and _about_heading_above(text, start))
            if re.search(r"#[ \t]+$", view[: m.start("c")]):
                continue  # "#URL_…# Pty Ltd is …": the name is masked
            # "Unify — formerly known as Siemens Enterprise Communications — is …": only an organisation has a former name
            renamed = title_vocab().renamed is not None and title_vocab().renamed.search(view, begin + len(name), m.end()) is not None
            if said < 2 and not legal and not (opening and not poss) and not defines and not renamed:
                continue
            if _common_words(name, whole) and not legal and not renamed:
                continue  # common words opening a sentence ("Technology is …", "Customer Service is …"), not a brand; a legal form or a former name makes a name
            value = view[begin : m.end("legal")] if legal and said < 2 else view[begin : begin + len(name)]  # the name through its legal form, as written
            a, b = where(begin), where(begin + len(value) - 1) + 1
            if "\n" in text[a:b]:  # the name the normaliser split: its evidence is the raw input
                rs, re_ = doc.source_span(a, b)
                if doc.source[rs:re_] == value:
                    yield Candidate("company", value, ((rs, re_),), 0.5, "company.prose", raw_spans=True)
                    return
                continue
            hit = trimmed_hit(text, a, b)
            if hit is not None and hit.value == value:
                yield Candidate("company", value, ((hit.start, hit.end),), 0.5, "company.prose")
                return


_ABOUT_HEADING = fastre.compile(r"(?i)^[ \t#*]*(?:about|l['’]entreprise|l['’]employeur|la soci[ée]t[ée]|qui sommes[- ]nous|das unternehmen|über uns|wir über uns|la empresa|sobre nosotros|quiénes somos|a empresa|sobre n[óo]s|het bedrijf|over ons|l['’]azienda|chi siamo|o firmie|o nas|om oss|om os|firma|company)\b[^\n]{0,40}$")


def _about_heading_above(text: str, start: int) -> bool:
    """True when the line above ``start`` is a heading about the employer, in several languages."""
    above = text.rfind("\n", 0, max(0, start - 1))
    line = text[above + 1 : max(0, start - 1)].strip()
    return bool(line) and len(line.split()) <= 5 and _ABOUT_HEADING.match(line) is not None


# a name glued across a sentence end ("Better.AAA Kartak"): two sentences, no name
_SEAM = re.compile(r"[a-z]{2}[.!?][A-Z]")


def unsure_employer_names(ctx: Context) -> list[tuple[str, tuple[int, int], str]]:
    """The names the employer reader (:func:`_prose_company`) takes as the subject of a sentence
    about the organisation but does not keep, because the posting says them only once.

    Same regions (the company profile's opening, else the first body section's), same sentence
    pattern ("Acme is a …", "Founded in 1999, Acme is …", "Welcome to Acme,") and same refusals:
    an intermediary's profile, a pronoun or heading word, a skill or product, a job noun, a known
    place, a place line, a unit ("The Finance Department"), a masked name, a common word the text
    also writes in lower case. Beyond them: a name glued across a sentence end ("Better.AAA
    Kartak") and a single word said once outside the profile (a sentence's opening verb).

    Args:
        ctx: the posting's rule context.

    Returns:
        ``(name, (start, end), where)`` in reading order, each name once (case-folded), those of
        the company profile first; ``where`` is ``"company profile"`` or ``"description"``. Empty
        when the vocabulary has no employer sentence or an intermediary leaves its client unnamed
        (:func:`client_unnamed`).
    """
    pattern = title_vocab().employer_sentence
    if pattern is None or client_unnamed(ctx):
        return []
    text, doc = ctx.text, ctx.doc
    whole = _joined(doc, text, 0, len(text))[0]
    found: dict[str, tuple[str, tuple[int, int], str]] = {}
    for start, end, profile in _prose_regions(ctx):
        if profile is None:
            continue  # the description's opening under a profile: the rules' reading only
        view, where = _joined(doc, text, start, end)
        if not view or _intermediary(ctx, view):
            continue
        for m in sorted((*pattern.finditer(view), *_WELCOME.finditer(view), *_WHO_IS.finditer(view), *_DESCRIBED_FOUNDED.finditer(view)), key=lambda m: m.start("c")):
            name = _TRAILING_CONNECTOR.sub("", m.group("c")).strip(" .,")
            lead = _heading_lead(name)  # "Job Overview Apex is …": a heading glued to the sentence (a scrape's lost break)
            name, begin = name[lead:], m.start("c") + lead
            if not name or name.casefold() in found or re.search(r"#[ \t]+$", view[: m.start("c")]):
                continue
            if not _unsure_name(ctx, name, whole) or (not profile and " " not in name and _said(whole, name) < 2):
                continue
            a, b = where(begin), where(begin + len(name) - 1) + 1
            if text[a:b].replace("\n", "") != name.replace("\n", ""):
                continue
            found[name.casefold()] = (name, (a, b), "company profile" if profile else "description")
    return list(found.values())


def _heading_lead(name: str) -> int:
    """The length of a section heading of one to three words that opens ``name`` and is glued to the
    capitalised name after it ("Job Overview Apex", "About Us Acme Ltd"), with its separator; 0 when
    there is none."""
    words = list(re.finditer(r"\S+", name))
    for k in range(min(3, len(words) - 1), 0, -1):
        rest = words[k].start()
        if name[rest].isupper() and kind_of_heading(name[: words[k - 1].end()]) is not None:
            return rest
    return 0


# Low-confidence employer names (issue 12): forms in which postings commonly name the employer but
# which the company rules do not commit to, because each also names other things often enough.
# They are offered to the LLM to pick from (:func:`weak_employer_names`), never kept by the rules.
_WEAK_LABEL = fastre.compile(r"^[ \t]*(?i:contractor|hiring[ \t]+entity|client)[ \t]*:[ \t]*(?P<c>[^\n:]{2,80}?)[ \t]*$", re.M)
_WEAK_HIRING_AT = fastre.compile(r"(?i:\b(?:we(?:'|’)?re|we[ \t]+are|is|are)[ \t]+(?:now[ \t]+)?hiring[ \t]+at)[ \t]+(?P<c>" + _COMPANY_RE + r")")
_BRAND_SPLIT = fastre.compile(r"[ \t]+[|›>»][ \t]+")
# an organisation's own careers pages say "Careers", "Vacancies", "Human Resources"; a job board says "Jobs"
_OWN_SITE = fastre.compile(r"(?i)\b(?:careers?|vacanc(?:y|ies)|human[ \t]+resources|HR|intranet|join[ \t]+us|work[ \t]+with[ \t]+us)\b")
_SITE_WORD_TAIL = fastre.compile(r"(?i)[ \t]+(?:intranet|careers?|portal)$")
_DOT_WORD = fastre.compile(r"\.[a-z]{2,}\b")  # a web address's ending inside a name


def _weak_name(ctx: Context, name: str) -> bool:
    """``name`` is shaped as an employer's name: every word capitalised but linking words ("A leading
    bank" is a description), no site, no domain, no job noun at its end, no place, no section heading
    ("Company Description", "About the Company" repeated in the body name no one)."""
    name = " ".join(name.split())
    if not name or kind_of_heading(name) or not is_company_name(name) or not all(_capital(w[0]) or w in _NAME_LINKS or not w[0].isalpha() for w in name.split()) or _DOT_WORD.search(name) or name.lower() in title_vocab().sites:
        return False
    if gazetteer().knows(name) or _place_line(name) or has_job_noun(name.split()[-1]) or re.search(r"(?i)\bjobs?$", name):
        return False
    return not re.search(r"(?i)\b(?:confidential|undisclosed|anonymous)\b", name)


def weak_employer_names(ctx: Context) -> list[tuple[str, tuple[int, int], str]]:
    """Names a posting puts where an employer may stand, in forms the company rules do not commit to:
    a "Contractor:" or "Client:" label (a union hall's dispatch, a staffing agency's job order), "we're
    hiring at X", the first segment of a page's brand line when another segment names the organisation's
    own careers pages ("Acme Foods | Careers | Vacancies", "Acme Intranet › HR Connect"), a line that is a
    name with a legal form ("CEYLON HARVEST EXPORTS (PVT) LTD"), and a header line the body names again
    ("BROOKFIELD GARDEN CENTRE" above "…, Brookfield Garden Centre, Mill Lane").

    Each also names a board, a recruiter or a customer often enough that the rules leave them out of their
    record; the LLM may pick one (or none) where the rules found no employer. Empty where an intermediary
    leaves its client unnamed (:func:`client_unnamed`).

    Returns:
        ``(name, (start, end), where)`` in the order above, each name once (case-folded).
    """
    if client_unnamed(ctx):
        return []
    text = ctx.text
    found: dict[str, tuple[str, tuple[int, int], str]] = {}

    def add(start: int, end: int, where: str) -> None:
        while end > start and text[end - 1] in " \t.,;!":
            end -= 1
        name = text[start:end]
        if "\n" not in name and name.casefold() not in found and _weak_name(ctx, name):
            found[name.casefold()] = (name, (start, end), where)

    for m in _WEAK_LABEL.finditer(text):
        add(*m.span("c"), "label")
    for m in _WEAK_HIRING_AT.finditer(text):
        add(m.start("c"), m.start("c") + len(_TRAILING_CONNECTOR.sub("", m.group("c"))), "hiring at")
    lines = list(_lines(text, 0, min(len(text), 2000)))
    if lines:
        s, e = lines[0]
        parts = [(p.start(), p.end()) for p in re.finditer(r"\S(?:.*?\S)?(?=[ \t]+[|›>»][ \t]+|[ \t]*$)", text[s:e])]
        if len(parts) >= 2 and any(_OWN_SITE.search(text[s + a : s + b]) for a, b in parts[1:]):
            a, b = parts[0]
            head = text[s + a : s + b]
            head = _SITE_WORD_TAIL.sub("", head)
            if "," in head and gazetteer().knows(head.rsplit(",", 1)[1].strip()):
                head = head.rsplit(",", 1)[0]
            add(s + a, s + a + len(head.rstrip()), "brand line")
    legal = title_vocab().legal_form
    start = posting_start(ctx)  # the site's own lines above the posting (a board's name) name no employer
    head_lines = [(s, e) for s, e in lines[:HEAD_LINES] if s >= start]
    for s, e in head_lines:
        value = text[s:e].strip()
        if legal is not None and ":" not in value and (m := legal.search(value.title())) and m.start() > 0 and len(value.split()) <= 8:
            add(s + len(text[s:e]) - len(text[s:e].lstrip()), e, "legal form")
    from extractor.rules.base import run_rules as _run_rules  # the title the rules read there is no employer

    title = None
    for s, e in head_lines:
        value = " ".join(text[s:e].split())
        if len(value.split()) < 2 or any(ch in value for ch in ":|·•@") or re.search(r"\d", value):
            continue
        rest = text[:s] + "\n" + text[e:]
        if re.search(rf"(?i)(?<!\w){re.escape(value)}(?!\w)", rest):
            if title is None:
                title = _run_rules(ctx, ["title"]).get("title")
            if title is not None and str(title.value).casefold() == value.casefold():
                continue
            add(s + len(text[s:e]) - len(text[s:e].lstrip()), e, "header line said again")
    return list(found.values())


def _mention(name: str) -> re.Pattern:
    """``name`` standing as whole words (not inside a masked ``#…#`` token); a Japanese or Chinese name's edge needs no
    word boundary ("西海銀行について": the text has no spaces between words)."""
    before = "(?<!#)" if _CJK_CHAR.match(name[:1]) else r"(?<![\w#])"
    after = "" if _CJK_CHAR.match(name[-1:]) else r"(?!\w)"
    return re.compile(rf"{before}{re.escape(name)}{after}")


# a host name in a mail or web address: "aino@kestrel-robotics.fi", "www.kestrelrobotics.com"
_HOST = fastre.compile(r"(?i)(?:@|\bwww\.|https?://)(?:[a-z0-9-]+\.)*?(?P<label>[a-z0-9][a-z0-9-]{2,40})\.[a-z]{2,6}\b")


def _domain_spells(text: str, name: str) -> bool:
    """Whether a mail or web address in ``text`` spells ``name`` of two or more words as its host's name, words run
    together or hyphenated ("Kestrel Robotics" and "kestrel-robotics.fi")."""
    words = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().split()
    if len(words) < 2 or not all(w.isalnum() for w in words):
        return False
    key = "".join(words)
    return any(m.group("label").replace("-", "") == key for m in _HOST.finditer(text))


def _said(text: str, name: str) -> int:
    """How often ``name`` stands in ``text`` as whole words (see :func:`_mention`)."""
    return len(_mention(name).findall(text)) if name in text else 0


def _employer_name(ctx: Context, name: str) -> bool:
    """The refusals :func:`_prose_company` and :func:`unsure_employer_names` share: ``name`` opens with no
    pronoun or heading word, holds no mask, is no intermediary, skill or product, is shaped as a
    company name (a brand may open in lower case: "centrexIT"), ends in no job noun, and is no known
    place, place line or unit ("The Finance Department")."""
    words = name.split()
    if not words or words[0].lower() in title_vocab().function_words or words[0].lower() in title_vocab().not_a_subject or "#" in name:
        return False
    if _intermediary(ctx, name) or name.lower() in _skill_names():
        return False  # "Fenwick Recruitment are delighted to be working with …", "Python is a must"
    return is_company_name(name[:1].upper() + name[1:]) and (not has_job_noun(words[-1]) or _firm_of(words, ctx.text) or _FIRM_PLURAL.fullmatch(name) is not None) \
        and not gazetteer().knows(name) and not _place_line(name) and not _A_UNIT.match(name)


# a firm named for its people by three capitalised words or more ("Cedar Ridge Physician Partners", "Harbour Lane Legal
# Associates"); two words name a group of workers ("Sales Associates", "Care Partners")
_FIRM_PLURAL = fastre.compile(r"(?:[A-Z][\w&'’-]*[ \t]+){2,}(?:Partners|Associates|Advisors|Advisers|Consultants)")


def _product_brand_opening(ctx: Context, view: str, m: re.Match, name: str, profile: Optional[bool]) -> bool:
    """A one-word brand that is also a tool's name (Intercom, Slack, Asana) opening the employer's own profile
    and saying what it is ("Intercom (#URL_…#) is a simple messaging service …"): the employer, not a skill."""
    if profile is not True or " " in name or name.lower() not in _skill_names() or not _PROFILE_LABEL.fullmatch(view[: m.start()].strip()):
        return False
    if re.search(rf"(?<!\w){re.escape(name)}[ \t]+[A-Z]", ctx.text):
        return False  # "Apex is …" and "Apex Companies, LLC is an equal opportunity employer": the full name stands elsewhere
    return _DEFINES.match(view, m.start("c"), min(len(view), m.end() + 12)) is not None and is_company_name(name) and not _intermediary(ctx, name)


# the opening sentence's own word for what the subject is: "Mobile Trainers is a private, mobile personal fitness training company."
_DEFINED_AS_FIRM = fastre.compile(
    r"[ \t]+(?:is|are)[ \t]+an?[ \t]+[^.!?\n]{0,80}?\b(?:company|firm|business|agency|organi[sz]ation|corporation|start-?up|provider|practice|consultancy|charity|non-?profit)\b"
)


def _firm_by_definition(ctx: Context, view: str, begin: int, name: str, profile: Optional[bool]) -> bool:
    """A name of two or more capitalised words that opens the employer's own profile in a sentence calling it a company
    ("Mobile Trainers is a private … fitness training company"): a firm, though it ends in a job noun ("Trainers") and its
    first word is common; the sentence says what it is."""
    words = name.split()
    if profile is not True or len(words) < 2 or not all(_capital(w[0]) for w in words) or not _PROFILE_LABEL.fullmatch(view[:begin].strip()):
        return False
    return _DEFINED_AS_FIRM.match(view, begin + len(name)) is not None and is_company_name(name) and not gazetteer().knows(name) \
        and not _intermediary(ctx, name) and words[0].lower() not in title_vocab().function_words and not _A_UNIT.match(name)


def _firm_of(words: list[str], text: str) -> bool:
    """A firm named after its people: a proper name, then a plural job noun ("Green Street Advisors"), the
    proper name also standing alone as the firm's short name ("Green Street's headquarters …"); not a group of
    workers ("Sales Associates", "Care Assistants": no name, or a word the text also writes in lower case)."""
    last, rest = words[-1], " ".join(words[:-1])
    if len(words) < 2 or not last.endswith("s") or not _name_shaped(rest) or has_job_noun(rest) or rest.lower() in _skill_names():
        return False
    alone = re.search(rf"(?<![\w#]){re.escape(rest)}(?![\w]|[ \t]+{re.escape(last)})", text)
    return alone is not None and not _common_words(rest, text)


_SENTENCE_OPENS = fastre.compile(r"(?:^|[.!?\n])[ \t]*$")  # what stands before a word opening a sentence or a line


def _common_words(name: str, whole: str) -> bool:
    """A capitalised ``name`` the text also writes in lower case: common words opening a sentence, not a brand."""
    if name == name.lower() or name.isupper():
        return False
    # a lower-case form opening a sentence or a line is the brand typed in lower case ("… budgets. bluebridge empowers …"), not a
    # word; one that opens a sentence as its subject ("incrediblue is busting the myth …") shows the brand is written in lower case
    # (a mail address or a web address holds the brand in lower case: "jobs@velofabriek.be", "www.acme.com")
    lower = [m for m in re.finditer(rf"(?<![\w@./]){re.escape(name.lower())}(?![\w@]|\.[a-z])", whole)]
    opens = [_SENTENCE_OPENS.search(whole, max(0, m.start() - 3), m.start()) is not None for m in lower]
    if any(o and _LOWER_SUBJECT.match(whole, m.end()) for o, m in zip(opens, lower)):
        return False
    return not all(opens)


_LOWER_SUBJECT = fastre.compile(r"[ \t]+(?:is|are|was|has|have)[ \t]")


def _unsure_name(ctx: Context, name: str, whole: str) -> bool:
    """Would :func:`_prose_company` take ``name`` as a name (said once or not)?  Also no name glued
    across a sentence end."""
    return _employer_name(ctx, name) and not _SEAM.search(name) and not _common_words(name, whole)


# "© 2025 Acme Ltd", "Copyright Acme Ltd"; "(c)" only before a year: "(c) Computer literacy" is a list's third item
_COPYRIGHT = fastre.compile(
    r"[ \t]*(?:(?:©|Copyright(?:[ \t]*©)?)[ \t]*(?:\d{4}(?:[-–]\d{4})?[ \t]+)?|\(c\)[ \t]*\d{4}(?:[-–]\d{4})?[ \t]+)"
    r"(?P<c>[^\n|]{2,80}?)[ \t]*(?:\d{4})?[.,]?[ \t]*(?:All[ \t]+rights[ \t]+reserved\.?[ \t]*)?(?:\||$)", re.I)
_SIGNATURE_ORG = fastre.compile(r"[ \t]*(?P<c>[^\n|,]{2,80}?)[ \t]*(?:\||,[ \t]+\d|$)")


_ELIDED_CAPITAL = fastre.compile(r"[dl]['’][A-Z]")
_NAME_LINKS = frozenset("of and & de del do da du la y e für for the van von und et para pour per o a os as dos das des di della dei el los las le les der die zur zum em en na no".split())


def _name_shaped(value: str) -> bool:
    """Every word capitalised (or a linking word), no figures: "Gem State Heating & Air", not "Posted 14 March by Acme Ltd"."""
    return bool(value) and not re.search(r"\d", value) and all(
        _capital(w[0]) or w in _NAME_LINKS or not w[0].isalpha() or _ELIDED_CAPITAL.match(w) for w in value.split()
    )  # (an elided article before a capital: "Centre Hospitalier de l'Ouest Guyanais")


def _footer_company(ctx: Context) -> Iterator[Candidate]:
    """The organisation in the last lines: a copyright line ("© 2025 Acme Retail Ltd") or an email
    signature's organisation line, a name with a legal form alone or before an address
    ("Acme Heating LLC | 12 Main St"); never a job board's own footer. Scans the last twelve lines."""
    text = ctx.text
    vocab = title_vocab()
    lines = list(_lines(text, max(0, len(text) - 1500)))[-12:]
    for ls, le in reversed(lines):
        m = _COPYRIGHT.match(text, ls, le)
        legal_only = m is None
        m = m or _SIGNATURE_ORG.match(text, ls, le)
        if m is None:
            continue
        hit = _company_hit(text, m.start("c"), m.end("c"))
        if hit is None:
            continue
        legal = _legal_name(hit.value)
        if legal_only and not legal:
            continue
        core = vocab.legal_form.sub("", hit.value).strip(" ,.") if legal and vocab.legal_form is not None else hit.value
        if not core or core.lower() in vocab.sites or _DOMAIN.match(core) or any(core.lower() == s or core.lower().startswith(s + ".") for s in vocab.sites):
            continue  # "ZipRecruiter, Inc. ©": the board's own footer
        if _name_shaped(core) and is_company_name(hit.value, max_words=8) and not has_job_noun(core) and not _place_line(hit.value) and not gazetteer().knows(core):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.4, "company.footer")
            return


_THE_ONE_WORD = fastre.compile(r"^The[ \t]+(?P<word>[A-Z][\w&'’-]+)$")
_NAME_LINE_END = fastre.compile(r"[.!?:;,]\s*$")


def _back_reference(text: str, value: str) -> bool:
    """"The District is an equal opportunity employer" under the letterhead "Spokane Valley School District 362", "The JATC …"
    under "CENTRAL OHIO ELECTRICAL JATC", "The Foundation" where the page says "Public Foundation …": the article and one word
    stand for a longer name the page gives, never the name."""
    m = _THE_ONE_WORD.match(value)
    if m is None:
        return False
    word = re.compile(r"(?i)^(?:[A-Z][\w&'’.-]*[ \t]+){1,6}" + re.escape(m.group("word")) + r"\b")
    for line in text.split("\n", 12)[:12]:
        line = line.strip()
        if line[:1].isupper() and not line.startswith("The ") and len(line.split()) <= 8 and not _NAME_LINE_END.search(line) and word.match(line):
            return True
    # "The Foundation is an equal opportunity employer" where the page names 'Public Foundation "Herders' Initiative"'
    return re.search(r"(?<![\w&'’.-])(?!(?:The|Our|This|A|An)\b)[A-Z][\w&'’.-]*[ \t]+" + re.escape(m.group("word")) + r"\b", text) is not None


def _company_from(ctx: Context, pattern: re.Pattern, conf: float, name: str) -> Iterator[Candidate]:
    text = ctx.text
    for m in pattern.finditer(text):
        key = "c" if m.group("c") is not None else "c2"  # a pattern's second form names its own group
        hit = _company_hit(text, m.start(key), m.end(key))
        if hit and _back_reference(text, hit.value):
            continue
        if hit and is_company_name(hit.value) and not _A_UNIT.match(hit.value) and not _cut_after_break(ctx, hit.start):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), conf, name)
            return


@rule("company", name="company.all")
def company_rules(ctx: Context) -> Iterable[Candidate]:
    """Every company cue; anonymous recruiter postings yield only an explicit label.

    The header's employer line outranks a cue that names the same employer shorter
    ("About Brightline" under "Brightline Apparel, Inc."): the header carries the full name; so does a
    sentence about the employer in its profile or its equal-opportunity line ("About Veltrix" /
    "Veltrix Technologies is a global …").
    """
    cands = list(_memo("cues", ctx.text, ctx.doc, lambda: _company_candidates(ctx)))  # type: ignore[call-overload]
    agency = _intermediary_profiles(ctx) if cands else []
    return [_letterhead_full(ctx.text, _spelled_out(ctx.text, _tail_spelled_out(ctx.text, c))) for c in cands if (c.method in _EXPLICIT_CUES or not any(c.value in profile for profile in agency)) and not _menu_value(ctx.doc, c)]


_ACRONYM = fastre.compile(r"[A-Z]{3,6}")
_LETTERHEAD_REACH = 300  # characters: the notice's opening lines
_NAME_BEFORE_BRACKET = fastre.compile(r"(?:[A-Z][\w'’&.-]*[ \t]+(?:(?:of|and|for|the|de|du|des|la|&)[ \t]+)*){1,8}?[A-Z][\w'’.-]*[ \t]*\($")


def _spelled_out(text: str, cand: Candidate) -> Candidate:
    """An employer named by its acronym ("MRWA") under the full name its letterhead spells out for it
    ("Al-Marj Rural Water Association (MRWA)" opening the notice): the full name, the acronym's letters being its
    words' initials. An acronym spelled out further down ("Food Production Manager @ PGI" … "Pure Ground Ingredients
    (PGI) is …") is the name the posting goes by."""
    if not _ACRONYM.fullmatch(cand.value):
        return cand
    pos = text.find(f"({cand.value})", 0, _LETTERHEAD_REACH)
    if pos < 0:
        return cand
    line_start = text.rfind("\n", max(0, pos - 200), pos) + 1
    m = _NAME_BEFORE_BRACKET.search(text, line_start, pos + 1)
    if m is None:
        return cand
    name = text[m.start() : pos].rstrip()
    if not any(_initials_spell(words, cand.value) for words in (name, _without_legal_form(name))):
        return cand  # (each acronym letter an initial, in order: "MRWA" in "Al-Marj Rural Water Association"; "PTC" for "… Cable Ltd.")
    return Candidate(cand.field, name, ((m.start(), m.start() + len(name)),), cand.confidence, cand.method)


def _initials_spell(name: str, acronym: str) -> bool:
    """Whether ``acronym``'s letters are initials of ``name``'s capitalised words (or hyphen parts), in order, the last
    word's among them."""
    initials = "".join(part[0] for word in name.split() for part in word.split("-") if part[:1].isupper())
    letters = iter(initials)
    return initials.endswith(acronym[-1]) and all(ch in letters for ch in acronym)


_NAME_THEN_ACRONYM = fastre.compile(r"(?P<name>.+?)[ \t]+(?P<a>[A-Z]{2,5})")


def _tail_spelled_out(text: str, cand: Candidate) -> Candidate:
    """An employer the body names with a closing abbreviation ("Brazos Valley ISD does not discriminate …") under the
    letterhead that spells it out ("Brazos Valley Independent School District" opening the page): the letterhead's name,
    the abbreviation's letters being the initials of the words after the shared name."""
    m = _NAME_THEN_ACRONYM.fullmatch(cand.value)
    if m is None:
        return cand
    name, letters = m.group("name"), m.group("a")
    pattern = rf"(?m)^[ \t]*(?P<full>{re.escape(name)}(?P<words>(?:[ \t]+[A-Z][\w'’-]*|[ \t]+(?:of|and|for|&)){{{len(letters)},{len(letters) + 3}}}))[ \t]*$"
    for line in re.finditer(pattern, text[:_LETTERHEAD_REACH]):
        initials = "".join(w[0] for w in line.group("words").split() if w[0].isupper())
        if initials == letters:
            return Candidate(cand.field, line.group("full"), (line.span("full"),), cand.confidence, cand.method)
    return cand


_LETTERHEAD_TAIL = fastre.compile(r"[ \t]+(?:No\.?[ \t]*)?(?=[A-Z0-9]{0,4}\d)[A-Z0-9]{1,5}[ \t]*$")  # a district's number: "… School District 8J", "… No. 4"


def _letterhead_full(text: str, cand: Candidate) -> Candidate:
    """An employer named in the body without the number its letterhead closes with ("The Calapooia Valley School
    District is an equal opportunity employer" under the opening line "Calapooia Valley School District 8J"): the
    letterhead's name, the body's article aside."""
    core = cand.value[4:] if cand.value.startswith("The ") else cand.value
    if len(core.split()) < 2:
        return cand
    at = 0
    for line in text[:_LETTERHEAD_REACH].split("\n")[:3]:
        name = line.strip()
        if name.startswith(core + " ") and _LETTERHEAD_TAIL.fullmatch(name[len(core) :]):
            start = at + line.index(name)
            return Candidate(cand.field, name, ((start, start + len(name)),), cand.confidence, cand.method)
        if core is not cand.value and name.isupper() and name.casefold().startswith(core.casefold()) \
                and _LEGAL_TAIL.fullmatch(name[len(core) :]) and len(cand.spans) == 1:
            # "VIRGIN ISLANDS COMMUNITY RESILIENCE FOUNDATION, INC." over "The Virgin Islands Community Resilience
            # Foundation works …": the name as the body writes it, the sentence's article aside
            start, end = cand.spans[0]
            return Candidate(cand.field, core, ((start + 4, end),), cand.confidence, cand.method)
        at += len(line) + 1
    return cand


_LEGAL_TAIL = fastre.compile(r"(?:,?[ \t]+(?i:inc\.?|llc|ltd\.?|limited|corp\.?|co\.))?")


def _menu_value(doc: Optional[Document], cand: Candidate) -> bool:
    """True when ``cand`` spans a row of menu items the normaliser flattened: three or more items of one or two
    words split by wide gaps in the raw input ("File  Edit  View  Insert  Format", "About  Learning  Careers  Contact").
    An organisation's name never stands that way; its line may go on with other text ("… Help    Last edit was on …")."""
    return len(cand.spans) == 1 and not cand.raw_spans and menu_row(doc, *cand.spans[0])


_MENU_COUNTER = fastre.compile(r"[ \t]*\(\d{1,3}\+?\)$")  # "Notifications (4)": an item's unread count


def menu_row(doc: Optional[Document], start: int, end: int) -> bool:
    """True when ``doc.text[start:end]`` spans a row of a site's menu items the normaliser flattened: three or more
    items of one or two words, or five or more of up to four, split by wide gaps in the raw input ("File  Edit  View",
    "Home   For Sale & Free   Groups   Businesses   Notifications (4)   Post"), an item's unread count aside.

    Args:
        doc: the normalised document (None, or one whose text is its raw input, holds no flattened row).
        start, end: the span in ``doc.text``.
    """
    if doc is None or doc.source is doc.text or not 0 <= start < end <= len(doc.text):
        return False
    raw_start, raw_end = doc.source_span(start, end)
    items = [_MENU_COUNTER.sub("", p) for p in _WIDE_GAP.split(doc.source[raw_start:raw_end].strip()) if p.strip()]
    return (len(items) >= 3 and all(len(p.split()) <= 2 and not re.search(r"[\d:]", p) for p in items)) or (
        len(items) >= 5 and all(len(p.split()) <= 4 and not re.search(r"[\d:.]", p) for p in items))


# a sentence that goes on in the first person: the paragraph's subject before it is "we"
_WE_GO_ON = fastre.compile(r"[^\n]{0,300}?[.!?][ \t]+(?:We|We['’](?:re|ve)|Our)\b")


def _we_paragraph_subject(ctx: Context) -> Iterator[Candidate]:
    """The subject of a page's first body paragraph that then goes on as "we" ("Kodra Tech builds software for
    clients in Germany. We are looking for …", "Trailhead Analytics sells route software to distributors. We're
    hiring …"): the employer introducing itself, said once or not. Weak: any other company cue wins."""
    pattern = title_vocab().employer_sentence
    text = ctx.text
    if pattern is None:
        return
    for m in pattern.finditer(text, 0, min(len(text), 1200)):
        begin = m.start("c")
        if begin > 0 and text[begin - 1] != "\n" or m.group("poss") is not None or not _WE_GO_ON.match(text, m.end()):
            continue
        name = _TRAILING_CONNECTOR.sub("", m.group("c")).strip(" .,")
        # a name closing on a job noun ("Kodra Tech") counts when the page's head also shows it alone on a line
        head = [text[a:b].strip() for a, b in _lines(text, 0, begin)]
        on_head = name in head[:3]
        if any(line.startswith(name + " ") for line in head) or _heading_lead(name):
            return  # "St. Canice's" under the head's "St. Canice's Nursing Home": a short form of a longer name; "Job Overview Apex": a glued heading
        if _name_shaped(name) and not _common_words(name, text) and (
            _employer_name(ctx, name) or on_head and is_company_name(name) and not gazetteer().knows(name) and not _intermediary(ctx, name)
        ):
            yield Candidate("company", name, ((begin, begin + len(name)),), 0.45, "company.we_paragraph")
        return


def _intermediary_profiles(ctx: Context) -> list[str]:
    """The company profiles that describe a staffing agency, a recruiter or an investor posting for another
    employer: a name they give is the intermediary's own, never the employer's ("Elite Staffing provides
    temporary workers to …" over "Elite Staffing is hiring General Laborers")."""
    return [ctx.text[s:e] for s, e, company in _prose_regions(ctx) if company and _intermediary(ctx, ctx.text[s:e])]


# a government as a whole ("The State of California is an equal opportunity employer"), and a labelled
# department that is one of its agencies ("Department: Department of Water Access")
_GOVERNMENT = fastre.compile(r"^(?:The[ \t]+)?(?:State|Commonwealth|County|City|Government|Province)[ \t]+of[ \t]+[A-Z]")
_AGENCY = fastre.compile(r"^(?:[A-Z][\w'’]+[ \t]+){0,2}(?:Department|Office|Bureau|Agency|Commission|Board|Ministry)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z]")


# a public employer's own board or notice ("Queensland Government", "Public Service Commission", "Civil Service Jobs", "GOVERNMENT NOTICE")
_PUBLIC_SERVICE = fastre.compile(r"(?i)\b(?:government|public[ \t]+service|civil[ \t]+service)\b")


def _agency_label(ctx: Context) -> Optional[_Hit]:
    """A labelled department that names a public agency ("Department: Department of Water Access")."""
    for m in title_vocab().team_label.finditer(ctx.text):
        if m.group("label").lower() in ("department", "dept", "department name"):
            hit = trimmed_hit(ctx.text, m.start("value"), m.end("value"))
            if hit is not None and _AGENCY.match(hit.value) and len(hit.value.split()) <= 8:
                return hit
            return None
    return None


_SHORT_NAME_CUES = ("company.about", "company.section_lead", "company.prose")
_NAME_WORDS = fastre.compile(r"(?:[ \t]+(?:[A-Z][\w'’.&\-]*|&|of|and|the|for))+")  # " Nursing Home", " Community Food Rescue"; not " - Careers", ", Aarhus C"


def _header_full_names(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """The full name a posting's head gives on a line of its own, where its profile then uses a shorter one
    ("Glenmore Lodge Nursing Home" … "Glenmore Lodge is a 62-bed …", "Harbour Food Rescue" … "About Harbour"): the
    head line starts with the short name and adds name words (no place, figure, label or sentence; not closing on a job
    noun, as a job heading does: "Glenmore Lodge Nursing Home" is a name, "Glenmore Lodge Night Nurse" a heading)."""
    text = ctx.text
    short = [c for c in cands if c.method in _SHORT_NAME_CUES]
    if not short:
        return []
    best = max(c.confidence for c in cands)
    for n, (ls, le) in enumerate(_lines(text, 0, min(len(text), 600))):
        if n >= 6:
            break
        hit = trimmed_hit(text, ls, le)
        if hit is None or any(ch in hit.value for ch in ":|·•@#") or re.search(r"\d", hit.value) or _SENTENCE_END.search(hit.value + " "):
            continue
        for cand in short:
            rest = hit.value[len(cand.value) :]
            if hit.value.startswith(cand.value + " ") and _NAME_WORDS.fullmatch(rest) and not _SITE_SECTION.search(rest) and hit.start < cand.spans[0][0] and is_company_name(hit.value) and not has_job_noun(hit.value.split()[-1]) \
                    and not _place_tail(rest) and not gazetteer().knows(rest.strip()) and not _chrome_line(hit.value) and _name_shaped(hit.value):
                return [Candidate("company", hit.value, ((hit.start, hit.end),), round(best + 0.01, 3), "company.header_block")]
    return []


@cache
def _legal_form_words() -> frozenset[str]:
    """The one-word legal forms of titles.json without their dots ("Ltd", "DOOEL", "GmbH", "Co"), case kept ("AS", not "as")."""
    return frozenset(w.strip(".,()") for w in load("titles.json").get("legal_forms", []) if " " not in w.strip() and w.strip(".,()"))


def _short_form_core(ctx: Context, hit: _Hit) -> Optional[_Hit]:
    """The name before a legal form and what follows it ("Nam Phouan Power" in "Nam Phouan Power Sole Co., Ltd",
    "Vardar Softworks" in "Vardar Softworks DOOEL Skopje") when the posting writes that name alone after the head:
    golden/README drops a legal form the posting itself shortens, whatever the country's form or the seat after it."""
    words = hit.value.split()
    at = next((i for i, w in enumerate(words) if i >= 1 and w.strip(".,()") in _legal_form_words()), None)
    if at is None or at + 1 >= len(words) and title_vocab().legal_form is not None and title_vocab().legal_form.search(hit.value):
        return None  # a form closing the name the scorer and the reader drop anyway
    for k in range(at, 1, -1):  # the longest name before the form that the posting writes alone ("Nam Phouan Power", not "… Sole")
        name = " ".join(words[:k]).rstrip(",")
        for m in _mention(name).finditer(ctx.text, hit.end):
            if not ctx.text.startswith(words[k], m.end() + 1) and ctx.text.startswith(name, hit.start):
                return _Hit(name, hit.start, hit.start + len(name))
    return None


def _article_led_name(text: str, name: str) -> bool:
    """True for a proper name that keeps its article, "The Beans Group", "The Home Depot": "The" then two or
    more capitalised words, none a job noun, and the text writes the capital "The" mid-sentence too ("working at
    The Beans Group"), so the article belongs to the name and does not just open a sentence."""
    words = name.split()
    return (words[0] == "The" and len(words) >= 3 and all(_capital(w[0]) for w in words[1:]) and not has_job_noun(name)
            and re.search(rf"[a-z,][ \t]+{re.escape(name)}\b", text) is not None)


def _company_candidates(ctx: Context) -> list[Candidate]:
    cands = list(_company_cues(ctx))
    top = max(cands, key=lambda c: c.confidence, default=None)
    agency = _agency_label(ctx) if top is not None and _GOVERNMENT.match(top.value) or top is None and _PUBLIC_SERVICE.search(ctx.text, 0, 600) else None
    if agency is not None:  # the agency hires, as USAJOBS postings take the agency, not "the United States"; on a government's
        # own board that names no other employer ("SMART jobs | Queensland Government … Department: Department of Transport …") too
        conf = round(min(top.confidence + 0.05, 0.9), 3) if top is not None else 0.6
        cands.append(Candidate("company", agency.value, ((agency.start, agency.end),), conf, "company.agency_label"))
    for cand in list(cands):  # "RHRC is an equal opportunity employer" after "Red Hook Reading Corps (RHRC) runs …"
        if re.fullmatch(r"[A-Z]{2,6}", cand.value):
            for m in _NAME_WITH_ACRONYM.finditer(ctx.text):
                name = _company_hit(ctx.text, m.start("c"), m.end("c"))
                if name is not None and name.value.startswith("The ") and len(name.value.split()) > 2:
                    name = _Hit(name.value[4:], name.start + 4, name.end)  # "The Harbor City Literacy Project (HCLP)"
                initials = "".join(w[0] for w in name.value.split() if w[0].isupper()) if name is not None else ""
                if m.group("a") == cand.value and initials == cand.value and is_company_name(name.value):
                    cands.append(Candidate("company", name.value, ((name.start, name.end),), round(cand.confidence + 0.01, 3), cand.method))
                    break
    for cand in list(cands):  # "Organisation: ზუგდიდის მუნიციპალიტეტის მერია / Zugdidi Municipality City Hall": the half the text says again
        if (half := _repeated_half(ctx.text, cand)) is not None:
            cands.append(Candidate("company", half.value, ((half.start, half.end),), round(cand.confidence + 0.01, 3), cand.method))
    for cand in list(cands):  # "The Data Science Core of NICB is looking for …" under "Neckar Institute for Computational Biology (NICB),
        # Heidelberg": a unit of the organisation its acronym names, and the organisation hires
        unit = _UNIT_OF_ACRONYM.fullmatch(cand.value)
        for m in _NAME_BEFORE_ACRONYM.finditer(ctx.text) if unit is not None else ():
            name = _company_hit(ctx.text, m.start("c"), m.end("c"))
            initials = "".join(w[0] for w in name.value.split() if w[0].isupper()) if name is not None else ""
            if m.group("a") == unit.group("a") and initials == unit.group("a") and is_company_name(name.value):
                cands.append(Candidate("company", name.value, ((name.start, name.end),), round(cand.confidence + 0.01, 3), cand.method))
                break
    for cand in list(cands):  # "About DWP" under the header's "Department for Work and Pensions": the name the acronym stands for
        if re.fullmatch(r"[A-Z]{2,6}", cand.value):
            full = next((c for c in cands if c is not cand and cand.value in _spellings(c.value)), None)
            if full is not None:
                cands.append(Candidate("company", full.value, full.spans, round(max(cand.confidence, full.confidence) + 0.01, 3), full.method, raw_spans=full.raw_spans))
    for cand in list(cands):  # "Riverside Technology, inc. (Riverside) …" then "Riverside is …": the full name the text defines the short one by
        full = _defined_by(ctx.text, cand.value)
        if full is not None:
            cands.append(Candidate("company", full.value, ((full.start, full.end),), round(cand.confidence + 0.01, 3), cand.method))
            break
    for cand in list(cands):
        core = _registered_core(ctx, cand) or _office_core(ctx, cand) or _leading_form_core(ctx, cand) or _trailing_form_core(ctx, cand)
        if core is not None:
            cands.append(Candidate("company", core.value, ((core.start, core.end),), round(cand.confidence + 0.01, 3), cand.method))
    for head in cands:
        if head.method in ("company.top_line", "company.header_block", "company.prose", "company.section_lead", "company.eeo"):
            shorter = [
                c for c in cands
                if c is not head and c.confidence >= head.confidence and head.value.startswith(c.value + " ") and not _place_tail(head.value[len(c.value) :])
                and not gazetteer().knows(head.value[len(c.value) :].strip()) and not _SITE_SECTION.search(head.value[len(c.value) :])
            ]  # "Acme Foods - Giza, Egypt" (or "Acme Foods Egypt", an office, or "Acme Foods Careers Our Story", a menu) is not a fuller name of "Acme Foods"
            if shorter:
                cands.append(Candidate("company", head.value, head.spans, round(max(c.confidence for c in shorter) + 0.01, 3), head.method, raw_spans=head.raw_spans))
                break
    full = _header_full_names(ctx, cands)
    cands.extend(full)
    for cand in full:  # "Pirinsoft AD" over "Pirinsoft is a …": the short form the posting uses
        if (core := _trailing_form_core(ctx, cand)) is not None:
            cands.append(Candidate("company", core.value, ((core.start, core.end),), round(cand.confidence + 0.01, 3), cand.method))
    eeo = [c for c in cands if c.method == "company.eeo"]  # "Proficio Mortgage is a lender …" / "Proficio Mortgage Ventures, LLC is an EOE"
    profiles = [(s.start, s.end) for s in ctx.sections_of("company")]
    for own in [c for c in cands if c.method in ("company.prose", "company.section_lead") and (c.raw_spans or any(a <= c.spans[0][0] < b for a, b in profiles))]:
        longer = [c.confidence for c in eeo if c.value.startswith(own.value + " ")]
        if longer:  # the profile's own name for itself, not the legal entity of the equal-opportunity line
            cands.append(Candidate("company", own.value, own.spans, round(max(longer) + 0.01, 3), own.method, raw_spans=own.raw_spans))
            break
    return cands


def _repeated_half(text: str, cand: Candidate) -> Optional[_Hit]:
    """The part of a name written in two or more languages ("<local name> / <English name>") that the posting names
    again on its own elsewhere (golden/README: the name as the body repeats it); None when none or several are."""
    if " / " not in cand.value or len(cand.spans) != 1:
        return None
    return _repeated_part(text, *cand.spans[0])


def _repeated_part(text: str, start: int, end: int) -> Optional[_Hit]:
    """The one " / "-parted piece of ``text[start:end]`` that is a company name said again outside it: "ОФ «Малчы
    Демилгеси» / ОФ «Инициатива животновода» / Public Foundation "Herders' Initiative"" over a body that says the last."""
    cuts = [m.span() for m in re.finditer(" / ", text[start:end])]
    bounds = [start] + [start + b for _, b in cuts]
    ends = [start + a for a, _ in cuts] + [end]
    if len(bounds) < 2:
        return None
    parts = [h for h in (trimmed_hit(text, a, b) for a, b in zip(bounds, ends)) if h is not None and is_company_name(h.value)]
    again = [h for h in parts if len(h.value) > 3 and any(m.start() not in range(start, end) for m in re.finditer(rf"(?<!\w){re.escape(h.value)}(?!\w)", text))]
    return again[0] if len(again) == 1 else None


def _organisation_part(text: str, start: int, end: int) -> Optional[_Hit]:
    """The part of a letterhead in several languages that names an organisation ("… / Public Foundation "Herders'
    Initiative"") and is said again elsewhere (see :func:`_repeated_part`); None for a title in two languages."""
    part = _repeated_part(text, start, end)
    return part if part is not None and _organisation_name(part.value) else None


def _defined_by(text: str, short: str) -> Optional[_Hit]:
    """The full name a posting gives ``short`` for, as a contract defines a party: "Riverside Technology, inc.
    (Riverside)", "Acme Holdings Ltd (“Acme”)"; the full name opens with ``short``, its legal form left out."""
    if not short or len(short.split()) > 3 or text.count(short) < 2:
        return None  # the pattern holds ``short`` twice: no compile for a name said once
    legal = title_vocab().legal_form
    # name words, with the links of a long name between them ("… Partnership of Ramsey &amp; Washington Counties (Community Action)")
    pattern = rf"(?<![\w#])(?P<n>{re.escape(short)}(?:(?:[ \t]+(?:of|and|for|the|&|&amp;))?[ \t]+[A-Z][\w&'’\-]*){{1,6}})(?P<l>,?[ \t]+[^\s(),]{{2,12}})?[ \t]*\([ \t]*[“\"']?{re.escape(short)}[”\"']?[ \t]*\)"
    for m in re.finditer(pattern, text):
        if m.group("l") and (legal is None or not legal.search(m.group("l"))):
            continue  # what stands between the name and its short form must be a legal form
        end = m.end("n")
        form = legal.search(text, m.start("n"), end) if legal is not None else None
        if form is not None:
            end = form.start()  # "Acme Holdings Ltd (“Acme”)": the name without its legal form
        hit = _company_hit(text, m.start("n"), end)
        if hit is not None and hit.value.startswith(short + " ") and is_company_name(hit.value, max_words=10) and not has_job_noun(hit.value):
            return hit
    return None


def _registered_core(ctx: Context, cand: Candidate) -> Optional[_Hit]:
    """The name inside a registered name that opens with the firm's line of business in sentence case
    ("Računovodstvena agencija Bilans Plus d.o.o.", "Przedsiębiorstwo handlowe Orion Sp. z o.o."), when the
    posting calls the firm by the name alone and writes the business words in lower case ("Bilans Plus
    je računovodstvena agencija …"): the short form the posting uses, as golden/README's company rule keeps."""
    legal = title_vocab().legal_form
    if legal is None or not _legal_name(cand.value) or len(cand.spans) != 1:
        return None
    words = legal.sub("", cand.value).strip(" ,").split()
    text = ctx.text
    start, end = cand.spans[0]
    for k in range(2, len(words)):
        prefix, name = words[:k], " ".join(words[k:])
        if not all(w.islower() and w not in _NAME_LINKS for w in prefix[1:]) or not _capital(name[0]) or has_job_noun(name):
            return None
        said = _mention(name).search(text, end)
        if said is not None and re.search(rf"(?<!\w){re.escape(' '.join(prefix).lower())}(?!\w)", text) and is_company_name(name):
            at = text.find(name, start, end)
            return _Hit(name, at, at + len(name)) if at >= 0 else None
    return None


_CLAUSE_AFTER_NAME = fastre.compile(r",[ \t]+(?:on[ \t]+behalf[ \t]+of|for[ \t]+which|which|who|through[ \t]+which|represented[ \t]+by)\b")
_OPEN_QUOTES = {"«": "»", "\"": "\"", "“": "”", "„": "“"}


_CJK_CHAR = fastre.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # a Japanese or Chinese character (Korean writes its forms in brackets)


def _leading_form_core(ctx: Context, cand: Candidate) -> Optional[_Hit]:
    """The name after a legal form written first ("SIA Baltic Timber", "UAB Vilniaus Duona") when the posting
    calls the firm by the name alone elsewhere ("Baltic Timber ir …"): the short form it uses, as
    golden/README's company rule keeps; None when the form always goes with the name."""
    pattern = title_vocab().legal_form_leading
    m = pattern.match(cand.value) if pattern is not None and len(cand.spans) == 1 else None
    if m is None or not m.group(0)[-1:].isspace() and not _CJK_CHAR.match(cand.value, m.end()):
        return None  # "(주)푸른물류": a form written into the name stays (a CJK form before its name, "株式会社X", goes when X is said alone)
    name = cand.value[m.end() :].strip()
    if name[:1] in _OPEN_QUOTES and name[-1:] == _OPEN_QUOTES[name[:1]]:
        name = name[1:-1].strip()  # "ЗАО «Неман-Молоко»": the name inside the form's quotes
    start, end = cand.spans[0]
    at = ctx.text.find(name, start, end)
    if at < 0 or not _capital(name[:1]) or not is_company_name(name) or has_job_noun(name):
        return None
    text = ctx.text
    form = m.group(0).strip()
    for said in _mention(name).finditer(text):
        if (said.start() >= end or said.end() <= start) and not text[: said.start()].rstrip(" \t«\"'“").endswith(form):
            return _Hit(name, at, at + len(name))  # said again without its form
    return None


def _trailing_form_core(ctx: Context, cand: Candidate) -> Optional[_Hit]:
    """The name before a legal form written last ("Pirinsoft AD", "Hotel Lapad Bay d.o.o.") when the posting calls
    the firm by the name alone elsewhere ("Pirinsoft is a Sofia-based …"): the short form it uses, as golden/README's
    company rule keeps; None when the form always goes with the name."""
    legal = title_vocab().legal_form
    form = legal.search(cand.value) if legal is not None and len(cand.spans) == 1 else None
    if form is None:
        return None
    name = cand.value[: form.start()].rstrip(" ,")
    text = ctx.text
    start, end = cand.spans[0]
    at = text.find(name, start, end)
    if at < 0 or not name or not _capital(name[:1]) or not is_company_name(name) or has_job_noun(name) and not _stated_as_organisation(text, 0, name):
        return None  # ("Orlen Tech is the Israeli importer …": a name with a job noun that the body states is a firm)
    with_form = re.compile(r"[ \t]*,?[ \t]*" + re.escape(cand.value[form.start() :].strip()))
    for said in _mention(name).finditer(text):
        if (said.start() >= end or said.end() <= start) and not with_form.match(text, said.end()):
            return _Hit(name, at, at + len(name))  # said again without its form
    return None


def _office_core(ctx: Context, cand: Candidate) -> Optional[_Hit]:
    """The organisation inside the name of one of its offices or country units ("Brightshelf Canada", "Harrow
    London"), when the posting also calls it by the name alone: golden/README's company rule takes the
    organisation, not the office. The place is a city or a country, never a region ("Augusta Georgia" is a city
    in its state); no name left ending in a link word ("Bank of Ireland"), a place, or a common word the text
    writes in lower case."""
    if len(cand.spans) != 1 or cand.raw_spans:
        return None
    text, words = ctx.text, cand.value.split()
    for k in (1, 2):
        if len(words) <= k:
            return None
        place, name = " ".join(words[-k:]), " ".join(words[:-k])
        readings = gazetteer().names.get(place.casefold()) or gazetteer().codes.get(place) or []
        if not readings or any(r.level == 1 for r in readings) or words[-k - 1].lower() in _NAME_LINKS or len(name) < 3 or gazetteer().knows(name):
            continue  # a city or a country, never a region: "Augusta Georgia" is a city in its state
        alone = [m for m in _mention(name).finditer(text) if not text.startswith(place, m.end() + 1) and not _GROUP_AFTER.match(text, m.end())]
        start = cand.spans[0][0]
        if alone and is_company_name(name) and not _common_words(name, text) and text[start : start + len(name)] == name:
            return _Hit(name, start, start + len(name))
    return None


# "the Lumiverre group" beside "Lumiverre France": the name alone names the parent group, not the office that hires
_GROUP_AFTER = fastre.compile(r"[ \t]+(?:group|Group|GROUP|groupe|Groupe|Gruppe|holding|Holding)\b")
# the employer's address after its name on a label's line: a comma, then a part holding a number (street, postcode)
_ADDRESS_AFTER = fastre.compile(r",[ \t]*(?=[^,\n]*\d)")
# a note in brackets after the name ("(7-person indie team, …)", "(we build robots)"); not an acronym or a legal form ("(RHRC)", "(Pvt) Ltd")
_NOTE_AFTER = fastre.compile(r"[ \t]+\((?=[^()\n]*(?:\d|[a-z]{2,}[ \t-]+[a-z]))")


# an organisation's office in one country after its name: "– Libya Mission", "- Nepal Country Office", "– Yemen Delegation"
_MISSION_TAIL = fastre.compile(r"[ \t]+[-–—][ \t]+[A-Z][\w'’. -]{1,40}?[ \t]+(?:Mission|Country[ \t]+Office|Delegation|Country[ \t]+Programme|Field[ \t]+Office)[ \t]*$")
_RECRUITER_LABEL = fastre.compile(r"^[ \t]*(?i:recruiter|advertiser)[ \t]*:[ \t]*(?P<value>[^\n,;@|]{3,80})$", re.M)


def _recruiter_label(ctx: Context) -> Iterator[Candidate]:
    """A board's "Recruiter: <organisation>" line (UK boards name the advertiser so): the employer when the
    posting hides no client and the name is an organisation's ("… Housing Trust", "… Ltd"), not a person's
    or an agency's."""
    m = _RECRUITER_LABEL.search(ctx.text)
    hit = trimmed_hit(ctx.text, m.start("value"), m.end("value")) if m else None
    if hit is None or any(w in hit.value.lower() for w in title_vocab().intermediary) or not is_company_name(hit.value, max_words=8):
        return
    if _organisation_name(hit.value) or _legal_name(hit.value) or _describes_itself(ctx.text, hit.value, m.end()):
        yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.6, "company.labelled")


def _describes_itself(text: str, name: str, after: int) -> bool:
    """Whether a sentence after ``after`` opens with ``name`` ("Hallam Precision Components machines flight-critical
    parts …"): the advertiser describing itself, so the employer."""
    return re.search(r"(?:^|(?<=[.!?] ))" + re.escape(name) + r"(?![\w-])", text[after:], re.M) is not None


def _unit_organization(ctx: Context, m: re.Match, hit: _Hit) -> bool:
    """An "Organization:" label naming a unit, not the employer: the site's cut brand line ("<Org> Careers",
    see :func:`_cut_brand_company`) names another organisation (Taleo's job-details block). Not a public body under a
    public service's or government's brand: there the ministry or agency hires (as USAJOBS takes the agency)."""
    if m.group("label").lower() not in ("organization", "organisation"):
        return False
    brands = [c.value for c in _cut_brand_company(ctx) if c.value != hit.value]
    if brands and all(_PUBLIC_SERVICE.search(b) or _GOVERNMENT.match(b) for b in brands) and _PUBLIC_BODY.search(hit.value):
        return False  # "Ontario Public Service Careers" over "Organization: Ministry of the Attorney General": the ministry hires
    return bool(brands)


def _spellings(value: str) -> tuple[str, str]:
    """The acronyms a name is written as: its capitals ("Driver and Vehicle Standards Agency" -> "DVSA",
    "HM Revenue and Customs" -> "HMRC") and every word's first letter ("Ministry of Defence" -> "MOD")."""
    words = value.split()
    if len(words) < 2:
        return ("", "")
    caps = "".join(w if w.isupper() and w.isalpha() else w[0] for w in words if w[0].isupper())
    return caps, "".join(w[0] for w in words if w[0].isalpha()).upper()


def _labelled_unit(ctx: Context, name: str) -> bool:
    """True when ``name`` is the unit the posting's team label names, in full or by its initials, as one step of
    its path ("Business area: DBT - CMRR - Office for Product Safety and Standards" under "About OPSS"): a part of
    the employer, not the employer."""
    vocab = title_vocab()
    for m in (*vocab.team_label.finditer(ctx.text), *vocab.team_label_block.finditer(ctx.text)):
        if m.group("label").lower() in vocab.category_labels or m.group("label").lower() in vocab.weak_team_labels:
            continue
        steps = _UNIT_PATH.split(" ".join(m.group("value").split()))
        if any(name == step or name in _spellings(step) for step in steps[1:] or steps):
            return True
    return False


@cache
def _bare_company_label() -> re.Pattern:
    """A company label with its value but no colon: after a wide gap on the same line ("Company          Acme Metals", a
    PDF's or a Notion page's property row), or alone on its line over the value (a details table's cell over the next)."""
    labels = _labels_regex(load("titles.json").get("company_labels", []))
    return fastre.compile(
        rf"^[ \t]*(?P<label>(?i:{labels}))(?:(?P<gap>[ \t]+)|[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*)(?P<value>[A-Z0-9][^\n:|]{{1,78}}?)[ \t]*$", re.M
    )


def _unpunctuated_company_label(ctx: Context, anonymous: bool) -> Iterator[Candidate]:
    """The employer under a company label written without a colon (see :func:`_bare_company_label`), in the first
    3,000 characters: on one line only when the raw input sets label and value apart by a tab or two spaces or more
    (never "Company cars provided"); over the value only as a name (no sentence, figure or label)."""
    text, doc = ctx.text, ctx.doc
    for m in _bare_company_label().finditer(text, 0, min(len(text), 3000)):
        if m.group("gap") is not None:
            if doc is None or doc.source is doc.text:
                continue
            gap = doc.source[doc.source_span(m.end("label") - 1, m.end("label"))[1] : doc.source_span(m.start("value"), m.start("value") + 1)[0]]
            if not _WIDE_GAP.fullmatch(gap):
                continue
        hit = _company_hit(text, m.start("value"), m.end("value"))
        if hit is None or not is_company_name(hit.value, max_words=8) or _SENTENCE_END.search(hit.value + " ") or re.search(r"\d", hit.value) \
                or gazetteer().knows(hit.value) or _place_line(hit.value) or looks_like_title(hit.value) and not _organisation_name(hit.value):
            continue
        if anonymous and any(w in hit.value.lower() for w in title_vocab().intermediary):
            continue
        if m.group("gap") is None and len(hit.value.split()) < 2 and _mention(hit.value).search(text, m.end()) is None:
            continue  # "Job / Company / Rating / Salary": a board's tab row, one word a line; a one-word name must be said again
        yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.85, "company.labelled")
        return


# "Client: Plainsview Aerostructures", "Cliente / Client : Hôtel Les Salines Palace (5*)" (a hotel's stars after its name)
_CLIENT_LABEL = fastre.compile(
    r"^[ \t*\-•]*(?:[^\W\d_]{3,15}[ \t]*/[ \t]*)?(?:End[ \t]+)?Client(?:[ \t]+Name)?[ \t]*:[ \t]*(?P<c>[^\n]{2,80}?)"
    r"(?:[ \t]*\((?:\d[ \t]?\*|\d[ \t]stars?|\*{1,5})\)|[ \t]+\*{2,5})?[ \t]*$", re.M | re.I)


def _client_label(ctx: Context) -> Iterator[Candidate]:
    """The client a staffing firm's or an MSP's requisition names on a label ("Client: Plainsview Aerostructures"): the
    hiring company, not the agency (golden/README: the recruiting agency is not the employer). Only a name: a description
    ("Client: a national health insurance carrier", "Client: Global consumer goods manufacturer (…)") hides the client."""
    text = ctx.text
    for m in _CLIENT_LABEL.finditer(text, 0, min(len(text), 4000)):
        end, short = m.end("c"), None
        acronym = _ACRONYM_AFTER_NAME.search(text, m.start("c"), m.end("c"))
        if acronym is not None and _acronym_of(acronym.group().strip(" ()"), text[m.start("c") : acronym.start()]):
            end, short = acronym.start(), acronym.group().strip(" ()")  # "Client: Doba Basin Operating Company (DBOC)", "… son client DBOC …"
        hit = _company_hit(text, m.start("c"), end)
        if hit is not None and hit.end == end and _name_shaped(hit.value) and is_company_name(hit.value, max_words=8) \
                and not any(w in hit.value.lower() for w in ("confidential", "undisclosed", *title_vocab().anonymous)) and not gazetteer().knows(hit.value) \
                and (_said_again(text, hit.value, hit.end) or _mention(hit.value).search(text, 0, hit.start) is not None
                     or short is not None and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", text[m.end("c") :]) is not None):
            # a second cue: the requisition names the client again ("… who worked at Plainsview …", or in the e-mail's subject
            # and opening above the label: "Estamos apoyando a Banco Cotopaxi …"); the label alone stays a weak
            # name the hybrid may offer (weak_employer_names), as a staffing job order's "Client:" line does
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.7, "company.named_client")
        return


_DESCRIBED_NOT_NAMED = fastre.compile(r"(?:A|An)[ \t]+[a-z]")  # an employer described, not named: "A leading garment factory"
_RUNS_ON = fastre.compile(r"[^\n]{40,}[\w,][ \t]*\n[^\n]*$")  # a long line of prose cut mid-sentence


def _runs_on_above(text: str, m: re.Match) -> bool:
    """A label word with a dash after it ("Agency - …") that only continues the prose line above, cut by
    the text's wrapping."""
    return ":" not in text[m.end("label") : m.start("value")] and bool(_RUNS_ON.search(text, max(0, m.start() - 300), m.start("label")))


# a public body's number before its name in a board's field: "Ministry: 037 Environment"
_CODE_BEFORE_NAME = fastre.compile(r"\d{2,5}[ \t]+(?=[A-Z][a-z])")


def _said_without_form(text: str, name: str, form: str, after: int) -> bool:
    """Whether the text writes ``name`` after ``after`` without the legal ``form`` before it ("Cuptorul Bunicii, brutărie …"
    after "SRL «Cuptorul Bunicii»"; a second "ОАО «…»" is the full name again)."""
    return any(not text[: said.start()].rstrip(" \t«\"'“„").endswith(form) for said in _mention(name).finditer(text, after))


def _named_with_label(text: str, label: str, name: str) -> Optional[_Hit]:
    """Where the text names the body a label's bare value stands for with the label's word ("Ministry: 037 Environment"
    and "The Ministry of Environment's … branch"): that name, or None."""
    word = label.split()[-1].strip(" /")
    m = re.search(rf"(?<!\w){re.escape(word)}[ \t]+of[ \t]+(?:the[ \t]+)?{re.escape(name)}(?!\w)", text, re.I)
    return _Hit(m.group(), m.start(), m.end()) if m is not None and m.group()[0].isupper() else None


def _company_cues(ctx: Context) -> Iterator[Candidate]:
    text = ctx.text
    anonymous = anonymous_posting(ctx)
    for m in title_vocab().company_label.finditer(text):
        if _runs_on_above(text, m):
            continue  # "… working at Driver and Vehicle Licensing\nAgency - Department for Transport Careers": a wrapped sentence, no label
        address = _ADDRESS_AFTER.search(text, m.start("value"), m.end("value"))  # "Arbeitgeber: Acme AG, Hauptstrasse 4, 8001 Zürich"
        end = address.start() if address else m.end("value")
        clause = _CLAUSE_AFTER_NAME.search(text, m.start("value"), end)  # "Employer: Acme NV, on behalf of which FlexWerk recruits"
        end = clause.start() if clause else end
        note = _NOTE_AFTER.search(text, m.start("value"), end)  # "Studio: Acme Games (7-person indie team, …)"
        hit = trimmed_hit(text, m.start("value"), note.start() if note else end)
        if hit is not None and len(hit.value) > 3 and _OPEN_QUOTES.get(hit.value[0]) == hit.value[-1]:
            hit = trimmed_hit(text, hit.start + 1, hit.end - 1) or hit  # "Employer: «СеверТранс Логистик»": the name in its quotes
        elif hit is not None and (form := _FORM_BEFORE_QUOTES.match(hit.value)) is not None and _OPEN_QUOTES.get(form.group("q")) == hit.value[-1] \
                and _said_without_form(text, hit.value[form.end() : -1], form.group().rstrip(" \t" + form.group("q")), hit.end):
            hit = trimmed_hit(text, hit.start + form.end(), hit.end - 1) or hit  # "SRL «Cuptorul Bunicii»" … "Cuptorul Bunicii, brutărie …": the short name said
        elif hit is not None and (kind := _KIND_BEFORE_QUOTES.match(hit.value)) is not None and _OPEN_QUOTES.get(kind.group("q")) == hit.value[-1]:
            hit = trimmed_hit(text, hit.start + kind.end(), hit.end - 1) or hit  # "Компания: пекарня-кофейня «Сары Нан»": the name its kind introduces
        elif hit is not None and (alias := _bracketed_alias(text, hit) or _latin_of_two_scripts(text, hit)) is not None:
            hit = alias  # "Company: Орхон Тээвэр Логистик ХХК (Orkhon Transport Logistics LLC)", the body using the second
        if hit is not None and (code := _CODE_BEFORE_NAME.match(hit.value)) is not None:
            hit = _named_with_label(text, m.group("label"), hit.value[code.end() :]) or _Hit(hit.value[code.end() :], hit.start + code.end(), hit.end)
        if hit is not None and anonymous and any(w in hit.value.lower() for w in title_vocab().intermediary):
            continue  # "Agency: Staffline Recruitment" over a hidden client: the agency, not the employer
        if hit and _unit_organization(ctx, m, hit):
            continue  # Taleo's "Organization: Transmission & Substations" is the unit when the site's brand ("<Org> Careers") names the employer
        mission = _MISSION_TAIL.search(hit.value) if hit else None
        if mission is not None and mission.start() >= 3:
            hit = _Hit(hit.value[: mission.start()], hit.start, hit.start + mission.start())  # "Mediterranean Health Relief (MHR) – Libya Mission"
        acronym = _ACRONYM_AFTER_NAME.search(hit.value) if hit else None
        if hit and acronym and "".join(w[0] for w in hit.value[: acronym.start()].split() if w[0].isupper()) == acronym.group().strip(" ()"):
            hit = _Hit(hit.value[: acronym.start()], hit.start, hit.start + acronym.start())  # "Organisation: Lion Mountain Health Alliance (LMHA)"
        unit = _unit_after_department(hit.value) if hit else None
        if unit is not None:
            hit = _Hit(hit.value[: unit.start("sep")], hit.start, hit.start + unit.start("sep"))  # "Department of Public Works, Water Division"
        if hit and is_company_name(hit.value, max_words=8) and not any(w in hit.value.lower() for w in ("confidential", "undisclosed", "client", *title_vocab().anonymous)) \
                and not _DESCRIBED_NOT_NAMED.match(hit.value):  # "Employer: A leading export garment factory (name disclosed at interview)"
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.9, "company.labelled")
            break
    yield from _unpunctuated_company_label(ctx, anonymous)
    if not anonymous:
        yield from _recruiter_label(ctx)
    yield from _company_from(ctx, _NAMED_CLIENT, 0.7, "company.named_client")
    yield from _client_label(ctx)
    hit = json_company(ctx)
    if hit is not None:
        yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.85, "company.json")
    if anonymous:
        return
    yield from _export_company(ctx)
    yield from _speaker_company(ctx)
    heading = _split_heading(ctx)
    if heading is not None and heading[1] is not None:
        yield Candidate("company", heading[1].value, ((heading[1].start, heading[1].end),), 0.6, "company.split_heading")
    yield from _heading_employer(ctx)
    yield from _we_paragraph_subject(ctx)
    for m in _POSTED_BY.finditer(text, 0, min(len(text), 3000)):  # "Posted by: Acme Language School <jobs@…>", Idealist's "Posted by" over the name,
        # a board's "Posted 24 November 2026 by St Aidan's C of E Primary School"
        if _SENTENCE_BREAK.search(text, m.start(), m.start("c")):
            continue  # "Posted November 30, 2026. Apply by December 14, 2026.": a second sentence's "by", no byline
        hit = _company_hit(text, m.start("c"), m.end("c"))
        dated = not re.match(r"[ \t]*Posted[ \t]+[Bb]y\b", text[m.start() : m.start("c")])  # a board's byline: "Posted 24 November 2026 by …"
        if hit is None or dated and _AGENCY_NAME.search(hit.value):
            continue  # "Posted … by Harrowgate Recruitment": a board's byline names agencies too
        if (is_company_name(hit.value) or dated and _organisation_name(hit.value)) and (len(hit.value.split()) >= 3 or _organisation_name(hit.value) or _legal_name(hit.value)) \
                and (not looks_like_title(hit.value) or _legal_name(hit.value) or _plural_job_noun(hit.value)) and not gazetteer().knows(hit.value) \
                and not _POSTER_UNIT.search(hit.value):  # "Posted by: Talent Acquisition Team" is the poster's desk
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.6, "company.posted_by")
            break
    for m in _WE_RUN.finditer(text):  # the poster's own business
        group = next(g for g in ("c", "c2", "c3", "c4") if m.group(g) is not None)
        hit = _company_hit(text, m.start(group), m.end(group))
        if hit and is_company_name(hit.value) and not has_job_noun(hit.value) and hit.value.split()[0].lower() not in title_vocab().function_words:
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.5, "company.we_run")
            break
    yield from _cjk_founded(ctx)
    yield from _signature_company(ctx)
    # "Physical Therapy · Denver, Colorado" over "Department / Physical Therapy": the unit the page labels, not the employer
    yield from _in_header(_META_LINE, ctx, 0.75, "company.meta_line", lambda t, m: _employer_meta_line(t, m) and not _labelled_unit(ctx, m.group("c").strip()))
    yield from _in_header(_RATING_LINE, ctx, 0.75, "company.rating_line")
    yield from _in_header(_SIZE_LINE, ctx, 0.7, "company.size_line", lambda t, m: not any(_COMMITMENT.match(w) for w in m.group("c").split()))  # a job's terms ("Hybrid Full-time"), no name
    yield from _in_header(_HIRING_FOR, ctx, 0.7, "company.hiring_for")
    yield from _in_header(_CAREERS_BRAND, ctx, 0.65, "company.careers_brand",
                          lambda text, m: not _board_menu_line(text[slice(*line_around(text, m.start(), m.end()))]) and not _raw_menu(ctx.doc, *line_around(text, m.start(), m.end())))
    # "Menu   Reservations   Gift Cards   Careers": "Careers" closes the site's menu, no brand stands before it
    yield from _cut_brand_company(ctx)
    yield from _post_author_company(ctx)
    yield from _careers_prefix_company(ctx)
    yield from _vacancies_page_company(ctx)
    yield from _top_line_company(ctx)
    yield from _letterhead_company(ctx)
    yield from _legal_name_line(ctx)
    yield from _capitals_agency_company(ctx)
    page = _page_title(ctx)
    if page is not None and page.company is not None and not _unsaid_board_field_piece(text, page.company) \
            and not _town_and_state(page.company.value):
        yield Candidate("company", page.company.value, ((page.company.start, page.company.end),), page.company_conf, "company.page")
    for section in ctx.sections_of("company"):
        m = re.match(r"About[ \t]+(?P<c>" + _COMPANY_RE + r")$", section.heading)
        if m and not kind_of_heading(section.heading):
            c = m.group("c")
            start = section.heading_start + section.heading.find(c)
            if is_company_name(c) and text[start : start + len(c)] == c and not _labelled_unit(ctx, c):
                yield Candidate("company", c, ((start, start + len(c)),), 0.7, "company.about")
                break
    for section in ctx.sections_of("company")[:1]:  # "Who we are\nNorthmoor Foods bakes the bread…"
        m = _LEAD_SUBJECT.match(text, section.start, min(section.end, section.start + 200))
        if m and (m.group("c").split()[0].lower() not in title_vocab().function_words or _article_led_name(text, m.group("c"))) and not _cut_after_break(ctx, m.start("c")) and not _intermediary(ctx, text[section.start : section.end]):
            hit = _company_hit(text, m.start("c"), m.end("c"))
            common = " " not in hit.value and hit.value[:1].isupper() and hit.value[1:].islower() and re.search(rf"(?<!\w){re.escape(hit.value.lower())}(?!\w)", text)
            # a board's brand opening the employer's own profile is the employer ("DICE gets fans tickets …", said again)
            own_brand = hit is not None and hit.value.lower() in title_vocab().sites
            if hit and (is_company_name(hit.value) or own_brand) and not has_job_noun(hit.value) and not common:  # "Technology is …, our technology …"
                if len(re.findall(rf"\b{re.escape(hit.value)}\b", text)) >= 2:
                    yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.5, "company.section_lead")  # a name the posting repeats
                elif len(hit.value.split()) >= 2 and all(_capital(w[0]) or w in ("of", "and", "&", "for") for w in hit.value.split()):
                    yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.45, "company.section_lead")  # a full name opening "About us"
    if title_vocab().we_are is not None:
        yield from _company_from(ctx, title_vocab().we_are, 0.5, "company.we_are")
    yield from _we_are_brand(ctx)
    yield from _prose_company(ctx)
    yield from _paragraph_subject(ctx)
    yield from _footer_company(ctx)
    for m in _VACANCIES_WITH.finditer(text):
        hit = _company_hit(text, m.start("c"), m.end("c"))
        if hit is not None and _organisation_name(hit.value) and is_company_name(hit.value) and not gazetteer().knows(hit.value):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.7, "company.vacancies_with")
            break
    yield from _company_from(ctx, _EEO_COMPANY, 0.65, "company.eeo")
    yield from _company_from(ctx, _EEO_TITLE_CASE, 0.45, "company.eeo")
    yield from _company_from(ctx, _EEO_ROMANCE, 0.6, "company.eeo")
    for m in _EEO_OTHER.finditer(text):  # a full name: "The City does not discriminate" names no one
        hit = _company_hit(text, m.start("c"), m.end("c"))
        if hit and is_company_name(hit.value) and not _A_UNIT.match(hit.value) and len(hit.value.split()) >= 2 and not gazetteer().knows(hit.value):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.45, "company.eeo")
            break
    yield from _placed_hiring_company(ctx)  # before the bare call: "… in Montego Bay, St. James is looking" names no "James"
    yield from _company_from(ctx, _HIRING, 0.6, "company.hiring")
    yield from _company_from(ctx, _HIRING_AT, 0.6, "company.hiring")
    yield from _recruiting_firm(ctx)
    yield from _company_from(ctx, _SEEKS, 0.55, "company.hiring")
    for pattern, conf in ((_INVITES_SAME_LINE, 0.6), (_INVITES_APPOSITIVE, 0.6), (_INVITES, 0.6), (_INVITES_UNDER_TAGLINE, 0.55)):
        for m in pattern.finditer(text):
            hit = _company_hit(text, m.start("c"), m.end("c"))
            if hit and hit.value.startswith("The ") and (_AGENCY.match(hit.value[4:]) or _GOVERNMENT.match(hit.value[4:])):
                hit = _Hit(hit.value[4:], hit.start + 4, hit.end)  # "The Ministry of Health invites …": a public body without the article
            if hit and _name_shaped(hit.value) and is_company_name(hit.value, max_words=8) and not has_job_noun(hit.value):
                yield Candidate("company", hit.value, ((hit.start, hit.end),), conf, "company.hiring")
                break
    yield from _announcing_company(ctx)
    yield from _masthead_brand(ctx)
    yield from _page_footer_company(ctx)
    yield from _heading_tail_company(ctx)
    yield from _agency_under_parent(ctx)
    yield from _notice_post_body(ctx)
    yield from _board_card_company(ctx)
    if title_vocab().hiring_verb is not None:  # "L'EHPAD X, établissement public …, recrute un …", "Acme GmbH sucht eine …"
        yield from _company_from(ctx, title_vocab().hiring_verb, 0.5, "company.hiring")
    yield from _in_header(_OPERATED_BY, ctx, 0.7, "company.operated_by")
    yield from _company_from(ctx, _BEHALF, 0.62, "company.behalf")  # (over the agency's own name on the top line)
    yield from _company_from(ctx, _JOIN, 0.55, "company.join")
    yield from _company_from(ctx, _AT_START, 0.5, "company.at")
    yield from _company_from(ctx, _AT_GLUED, 0.45, "company.at")
    yield from _why_join_company(ctx)
    yield from _career_company(ctx)
    yield from _profile_team_company(ctx)
    yield from _addressed_to_company(ctx)


# where a notice sends the applications: "should be addressed to the Human Resources Manager, Chongwe Water Trust, P.O. Box …",
# "addressed to:\nThe Chief Executive Officer\nKafue Gorge Authority\n…" (the addressee's role, then the organisation)
_ADDRESSED_TO = fastre.compile(
    r"\baddressed[ \t]+to:?[ \t]*\n?[ \t]*(?:[Tt]he[ \t]+)?(?P<role>[A-Z][\w&.'’-]*(?:[ \t]+(?:of|and|&|[A-Z][\w&.'’-]*)){0,5})"
    r"[ \t]*(?:,[ \t]*|\n[ \t]*)(?P<c>" + _COMPANY_RE + r")[ \t]*(?:,|\n|$)"
)
# a government's central recruiting body, which takes the applications for every ministry
_CENTRAL_RECRUITER = fastre.compile(r"(?i)\b(?:public|civil)[ \t]+service[ \t]+(?:commission|office|board|secretariat)\b")


def _addressed_to_company(ctx: Context) -> Iterator[Candidate]:
    """The organisation a notice sends its applications to, after the addressee's role ("the Human Resources
    Manager, <Organisation>, P.O. Box …"): the employer, unless a government's central recruiting body takes
    them for a ministry. Weak: any other company cue wins."""
    text = ctx.text
    for m in _ADDRESSED_TO.finditer(text):
        if not has_job_noun(m.group("role")) or _CENTRAL_RECRUITER.search(m.group("c")):
            continue
        hit = _company_hit(text, m.start("c"), m.end("c"))
        if hit and _name_shaped(hit.value) and is_company_name(hit.value) and not has_job_noun(hit.value) and not _place_line(hit.value) \
                and not gazetteer().knows(hit.value) and not re.match(r"(?i)p\.?\s?o\.?\s+box\b", hit.value):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.35, "company.addressed_to")
            return


# a self-introduction by name in the employer's profile, the name closed by a dash and what the employer is, or by the next
# sentence glued on: "We are ticketscript - the European market leaders …", "Hi, we are dopios“We are here to …"
_WE_ARE_BRAND = fastre.compile(
    r"(?:^|(?<=[.!?:,;][ \t])|(?<=[a-z])(?=W))[ \t]*(?:[Ww]e[ \t]+are|[Ww]e['’]re)[ \t]+(?P<c>[A-Za-z0-9][\w&'’\-]{1,30}(?:[ \t]+[A-Z0-9][\w&'’\-]{0,30}){0,3})"
    r"(?=[ \t]+[-–—][ \t]+(?:the|a|an|one)[ \t]|[“\"«]|[.!][A-Z“\"])", re.M
)
# how a word after "we are" reads when it is no name but says how or what the writers are ("We are excited - …", "We are here.")
_NOT_A_BRAND = fastre.compile(r"(?:ing|ed|ly|ful|ous|ive|able|ible|al|ic|ent|ant|est|er)$|^(?:here|there|not|all|now|so|still|just|very|proud|happy|glad|open|ready|one|more|part|back|big|small|new|young|hiring|family|team|you|it)$")


def _we_are_brand(ctx: Context) -> Iterator[Candidate]:
    """The employer introducing itself by name at the head of its profile ("We are ticketscript - …"): the name said again in
    the posting; a brand may be written in lower case, but a lower-case word that reads as an adjective, a participle or an
    adverb is no name."""
    text = ctx.text
    for start, end, profile in _prose_regions(ctx):
        if profile is not True or _intermediary(ctx, text[start:end]):
            continue
        for m in _WE_ARE_BRAND.finditer(text, start, min(end, start + 300)):
            name = m.group("c")
            first = name.split()[0]
            if first.islower() and (" " in name or _NOT_A_BRAND.search(first)):
                continue
            if first.lower() in title_vocab().function_words or first.lower() in title_vocab().not_a_subject or has_job_noun(name) or gazetteer().knows(name):
                continue
            if _said(text, name) >= 2 and name.lower() not in _skill_names():
                yield Candidate("company", name, ((m.start("c"), m.end("c")),), 0.5, "company.we_are")
                return


def _why_join_company(ctx: Context) -> Iterator[Candidate]:
    """The employer a "Why work for …?" heading names, when the posting names it again ("Why work for Mutual Mobile?" and
    "… the future of Mutual Mobile’s design team"); weak, below every sentence about the employer."""
    text = ctx.text
    for m in _WHY_JOIN.finditer(text):
        hit = _company_hit(text, m.start("c"), m.end("c"))
        if hit is None or hit.value.split()[0].lower() in title_vocab().function_words or has_job_noun(hit.value) or gazetteer().knows(hit.value):
            continue
        if is_company_name(hit.value) and not _A_UNIT.match(hit.value) and _said(text, hit.value) >= 2:
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.45, "company.why_join")
            return


# the employer named as where a career is made: "a career with Acme Health", "your career at Acme?", "An Acme career is a journey …"
_CAREER_WITH = fastre.compile(r"(?i:\b(?:a|an|your|the)[ \t]+(?:[a-z]+[ \t]+)?career[ \t]+(?:at|with))[ \t]+(?P<c>" + _COMPANY_RE + r")(?=[ \t]*[,.!?;:)]|[ \t]*$|[ \t]+(?:is|and|means|offers|can|will|could|today)\b)", re.M)
_NAME_CAREER = fastre.compile(r"\b(?:[Aa]n?|[Yy]our)[ \t]+(?P<c>" + _COMPANY_RE + r")[ \t]+career\b")


def _career_company(ctx: Context) -> Iterator[Candidate]:
    """The employer a sentence names as the place of a career ("Build a career with Acme Health.", "An Acme career is …"),
    a name the posting says at least twice and never writes in lower case (not "a Nursing career"); weak, below every
    sentence about the employer."""
    text, doc = ctx.text, ctx.doc
    view, where = _unsplit(doc, text)  # "A US|Alliance career": the name the normaliser split, read whole
    for pattern in (_CAREER_WITH, _NAME_CAREER):
        for m in pattern.finditer(view):
            hit = _company_hit(view, m.start("c"), m.end("c"))
            if hit is None or hit.value.split()[0].lower() in title_vocab().function_words or has_job_noun(hit.value) or gazetteer().knows(hit.value):
                continue
            if not (is_company_name(hit.value) and not _A_UNIT.match(hit.value) and _said(view, hit.value) >= 2 and not _common_words(hit.value, view)
                    and hit.value.lower() not in _skill_names() and not _intermediary(ctx, hit.value)):
                continue
            a, b = where(hit.start), where(hit.end - 1) + 1
            if "\n" not in text[a:b]:
                yield Candidate("company", hit.value, ((a, b),), 0.45, "company.career")
                return
            rs, re_ = doc.source_span(a, b) if doc is not None else (a, b)
            if doc is not None and doc.source[rs:re_] == hit.value:
                yield Candidate("company", hit.value, ((rs, re_),), 0.45, "company.career", raw_spans=True)
                return


# the employer's people as the subject of a sentence in its own profile: "The ClearSpring team has decades of …"
_NAME_TEAM = fastre.compile(r"(?:^|(?<=[.!?])|(?<=[a-z][.!?][ \t])|(?<=\n))[ \t]*The[ \t]+(?P<c>" + _COMPANY_RE + r")[ \t]+team[ \t]+(?:has|have|is|are|was|were|brings|combines|consists|includes)\b", re.M)


def _profile_team_company(ctx: Context) -> Iterator[Candidate]:
    """The name before "team" in a sentence of the employer's own profile ("The Brightwave team is fully remote"), when
    the name is a brand (an inner capital, or words the text never writes in lower case: not "The Marketing team"),
    no job noun, skill, place or unit; weak, below every sentence about the employer."""
    text = ctx.text
    for section in ctx.sections_of("company")[:2]:
        if _intermediary(ctx, text[section.start : section.end]):
            continue
        for m in _NAME_TEAM.finditer(text, section.start, section.end):
            hit = _company_hit(text, m.start("c"), m.end("c"))
            if hit is None or hit.value.split()[0].lower() in title_vocab().function_words or has_job_noun(hit.value) or gazetteer().knows(hit.value):
                continue
            brand = _CAMEL_WORD.fullmatch(hit.value) is not None or (_name_shaped(hit.value) and " " in hit.value)
            if brand and is_company_name(hit.value) and not _common_words(hit.value, text) and hit.value.lower() not in _skill_names() \
                    and not kind_of_heading(hit.value) and not _labelled_unit(ctx, hit.value):
                yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.45, "company.profile_team")
                return


def _placed_hiring_company(ctx: Context) -> Iterator[Candidate]:
    """The subject of a call that says where the employer is before its verb ("X, Dayton, Ohio, is seeking …",
    "X in San Pedro, Ambergris Caye is looking for …"): every part of the place must be one the gazetteer knows,
    or the part after it ("Ambergris Caye") under a known town, so a list of names ("Acme, Bolt, Crane are …") is no place."""
    text = ctx.text
    for m in _HIRING_PLACED.finditer(text):
        parts = [p.strip() for p in (m.group("place") or m.group("place_in")).split(",")]
        if not gazetteer().knows(parts[0]):
            continue
        hit = _company_hit(text, m.start("c"), m.end("c"))
        if hit and is_company_name(hit.value) and not _A_UNIT.match(hit.value) and not has_job_noun(hit.value) and not gazetteer().knows(hit.value) \
                and hit.value.split()[0] not in title_vocab().not_a_subject and not _cut_after_break(ctx, hit.start):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.6, "company.hiring")
            return


def _masthead_brand(ctx: Context) -> Iterator[Candidate]:
    """The employer's careers brand on a publisher's masthead line: "JobAdder Job Board - Acme Security Careers"."""
    first = next(_lines(ctx.text, 0, min(len(ctx.text), 400)), None)
    if first is None or not _PUBLISHER_SECTION.search(ctx.text, *first):
        return
    pos = first[0]
    for part in _SPLIT_PATTERN.split(ctx.text[first[0] : first[1]]):
        start = ctx.text.index(part, pos)
        pos = start + len(part)
        m = _BRAND_SUFFIX.match(part.strip())
        if m is not None and not _PUBLISHER_SECTION.search(part):
            hit = _company_hit(ctx.text, start + part.index(m.group("c")), start + part.index(m.group("c")) + len(m.group("c")))
            if hit is not None and is_company_name(hit.value) and hit.value.lower() not in title_vocab().sites:
                yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.6, "company.masthead_brand")
                return


_CARD_PARTS = fastre.compile(r"[ \t]*[·•|][ \t]*")


_SIGN_IN = fastre.compile(r"(?i)\b(?:sign[ \t]?in|log[ \t]?in|register)\b")
MIN_MENU_ITEMS = 4  # lines of a site's menu written one item a line


def _vertical_menu(ctx: Context, lines: list[tuple[int, int]]) -> set[int]:
    """The indexes of ``lines`` (of ``ctx.text``) that are a site's menu written one item a line in the input ("Jobs" /
    "Companies" / "Tech Hubs" / "For Employers" / "Log In"): a run of four or more short lines of the raw input (three
    words at most, no figures, no colon) holding a sign-in item or a board's menu item; read on the raw input, as the
    boilerplate cut may have taken some items and left the others."""
    doc = ctx.doc
    if doc is None or not lines:
        return set()
    source = doc.source
    board_menu = title_vocab().board_menu
    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        values = [" ".join(source[a:b].split()) for a, b in run]
        if len(run) >= MIN_MENU_ITEMS and any(_SIGN_IN.fullmatch(v) or board_menu is not None and board_menu.fullmatch(v) for v in values):
            runs.append((run[0][0], run[-1][1]))

    limit = doc.source_span(lines[-1][0], lines[-1][1])[1]
    at = 0
    while at <= limit and at < len(source):
        end = source.find("\n", at)
        end = len(source) if end < 0 else end
        value = " ".join(source[at:end].split())
        if value and len(value.split()) <= 3 and not re.search(r"[\d:|·•]", value):
            run.append((at, end))
        else:  # (a blank line ends the menu: a short heading may stand below it)
            close()
            run = []
        at = end + 1
    close()
    if not runs:
        return set()
    out = set()
    for n, (a, b) in enumerate(lines):
        sa, sb = doc.source_span(a, b)
        if any(ra <= sa and sb <= rb for ra, rb in runs):
            out.add(n)
    return out


def _board_menu_line(value: str) -> bool:
    """A board's menu line, flattened or not: a link for employers beside a sign-in link ("Search jobs Salaries Sign in
    For Employers", "Jobs & Programmes Employers Careers Advice Events Log in | Register"), no sentence."""
    pattern = title_vocab().board_menu
    return pattern is not None and bool(pattern.search(value)) and bool(_SIGN_IN.search(value)) and len(value.split()) <= 20 and not _SENTENCE_END.search(value)


def _board_page(ctx: Context, lines: list[tuple[int, int]]) -> bool:
    """A job board's page: among its first lines a menu addressing employers ("Search jobs   Sign in   For Employers",
    "… Sign in | Employers / Post Job"), a known board's name, or the site's domain opening the page. The menu is
    looked for in the raw input too: the normaliser cuts a row of menu items as chrome."""
    pattern = title_vocab().board_menu
    for n, (s, e) in enumerate(lines[:4]):
        value = " ".join(ctx.text[s:e].split())
        if value.lower() in title_vocab().sites or _site_line(ctx.text[s:e].strip()) or n == 0 and _DOMAIN.match(_PREFIX_SPLIT.split(value)[0]):
            return True  # a known board, or a page opening with a site's domain ("Zaposlenje.me – Oglasi za posao")
        if _board_menu_line(value) or pattern is not None and pattern.search(value) and _raw_menu(ctx.doc, s, e):
            return True
    if ctx.doc is not None and ctx.doc.source is not ctx.doc.text:  # the normaliser may have cut the menu row as chrome
        raw_lines = [" ".join(line.split()) for line in ctx.doc.source[:600].splitlines() if line.strip()][:4]
        return any(_board_menu_line(value) for value in raw_lines)
    return False


def _card_place_line(value: str) -> bool:
    """A search card's place line: a place first, then the card's metadata ("Joplin, MO · Full-time", "Winnipeg, MB"),
    or a labelled place ("Location: Dublin 2, Ireland (hybrid)")."""
    first = _BRACKET_TAG.sub("", _CARD_PARTS.split(value)[0]).strip()  # "Raleigh, NC (Hybrid)"
    label, colon, rest = value.partition(":")
    if colon and _place_labels().match(label + " x") or colon and label.strip().lower() in ("location", "city", "place of work", "duty station"):
        first = re.sub(r"[ \t]*\([^()]*\)$", "", rest.strip())
    return bool(first) and (_place_line(first) or gazetteer().knows(first) or _city_code_line(first) or _LOCATION_LINE.match(first) is not None and not _LEGAL_SUFFIX.search(first)
                            or bool(colon) and any(gazetteer().knows(p.strip()) for p in first.split(",")))


_REGION_CODE_END = fastre.compile(r"^[A-Z][^\W\d_]+(?:[ \t-][A-Z][^\W\d_]+){0,2}[ \t]+[A-Z]{2,3}$")  # "Fortitude Valley QLD"


def _board_card_company(ctx: Context) -> Iterator[Candidate]:
    """On a job board's page (see :func:`_board_page`) the name line under the job heading, over the card's place line,
    is the employer: boards list many employers' jobs, "Title / Company / City, ST · Full-time" (search cards,
    graduate and national boards), never a category of the employer's own site."""
    text = ctx.text
    lines = list(_lines(text, 0, min(len(text), 2500)))[:30]
    if not _board_page(ctx, lines):
        return
    values = [" ".join(text[s:e].split()) for s, e in lines]
    for n in range(1, len(lines) - 2):
        if not looks_like_title(values[n]) or _chrome_line(values[n]) or _JOBS_LISTING.search(values[n]) or ":" in values[n]:
            continue
        hit = _company_hit(text, *lines[n + 1])
        if hit is None:
            return
        placed = False
        tail = _NAME_PLACE_TAIL.search(hit.value)
        dot = _CARD_DOT.search(hit.value)
        if dot is not None and dot.start() > 0 and _card_place_line(hit.value[dot.end() :]):
            hit, placed = trimmed_hit(text, hit.start, hit.start + dot.start()) or hit, True  # "Acme Dental • Raleigh, NC (Hybrid)"
            core = title_vocab().legal_form.sub("", hit.value).strip(" ,") if title_vocab().legal_form is not None and _legal_name(hit.value) else ""
            if core and hit.value.startswith(core) and _mention(core).search(text, hit.end) is not None:
                hit = _Hit(core, hit.start, hit.start + len(core))  # the body shortens "Acme Travel sh.p.k." to "Acme Travel"
        elif tail is not None and tail.group(0).startswith(",") and _place_tail(tail.group(0)):
            hit, placed = trimmed_hit(text, hit.start, hit.start + tail.start()) or hit, True  # "Hotel Mogren Bay, Budva"
        hit = _bracketed_alias(text, hit) or hit
        value = hit.value
        core = _without_legal_form(value)
        if not core or not _name_shaped(core) or not is_company_name(value, max_words=8) or _meta_line(value) or _chrome_line(value) \
                or _place_line(value) or gazetteer().knows(value) or ":" in value or looks_like_title(value) and not _organisation_name(value) and not _plural_job_noun(value):
            return
        head = _head_company(text, ctx.doc)
        if head is not None and lines[n + 1][0] <= head.start < lines[n + 1][1]:
            return  # the head block reads the same line, its unit and legal form cut ("University of X - School of Y", "UAB „X“")
        if placed and _REGION_CODE_END.search(value) and gazetteer().knows(value.split()[-1]):
            return  # "Fortitude Valley QLD, Australia": a suburb the gazetteer lacks, its region code and country, the card's place line
        if placed or _card_place_line(values[n + 2]):
            yield Candidate("company", value, ((hit.start, hit.end),), 0.7, "company.board_card")
        return


# a state or its government heading a letterhead: "GOVERNMENT OF BARBADOS", "REPUBLIC OF KENYA", "REPUBLIEK SURINAME"
_PARENT_BODY = fastre.compile(r"(?i)^(?:the[ \t]+)?(?:government[ \t]+of|department[ \t]+of[ \t]+the|(?:republic|kingdom)[ \t]+of(?:[ \t]+the)?|republi(?:ek|que|ca|k))[ \t]+[A-Z]")
_SUB_AGENCY = fastre.compile(r"\b(?:Service|Bureau|Administration|Agency|Command|Corps|Survey|Ministry|Department|Directorate|Authority|Commission)\b")


def _agency_under_parent(ctx: Context) -> Iterator[Candidate]:
    """A public body's letterhead names the state, government or department first and the hiring agency under it:
    "GOVERNMENT OF BARBADOS / … / Ministry of Industry", "REPUBLIC OF SURINAME / Ministry of Agriculture", "Department of the Interior / U.S. Fish and Wildlife Service"
    (as USAJOBS names the agency, not the department). Read in the first six lines only."""
    text = ctx.text
    lines = list(_lines(text, 0, min(len(text), 800)))[:6]
    values = [" ".join(text[s:e].split()) for s, e in lines]
    for n, value in enumerate(values):
        if not _PARENT_BODY.match(value) or len(value.split()) > 8 or ":" in value:
            continue
        for k in range(n + 1, min(n + 3, len(lines))):
            if values[k].isupper() and _AGENCY.match(values[k].title().replace(" Of ", " of ")):
                return  # "MINISTRY OF HEALTH" under "REPUBLIC OF SEYCHELLES": the agency in capitals, named as written elsewhere
            hit = _company_hit(text, *lines[k])
            if hit is not None and (_AGENCY.match(hit.value) or _SUB_AGENCY.search(hit.value) and _organisation_name(hit.value)) \
                    and _name_shaped(hit.value.replace(",", "")) and is_company_name(hit.value, max_words=8) and ":" not in hit.value:
                yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.62, "company.agency_under_parent")
                return
        return


# a public notice's sentence on the post and the body it is in: "… for appointment to the post of Customs Officer I (Grade 8) in the
# Customs and Excise Department", "… one (1) vacancy for the post of X in the Ministry of Agriculture, Lands and Forestry, stationed at …",
# "… to fill the following vacant position in the County Government of Nakuru."
_POST_IN_BODY = fastre.compile(
    r"\b(?:(?i:the[ \t]+posts?|posts?|vacanc(?:y|ies))[ \t]+of[ \t]+[^.\n]{3,100}?|(?i:vacant)[ \t]+(?i:positions?|posts?))[ \t]+in[ \t]+the(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<c>[A-Z][\w&'’\-]*(?:(?:,?[ \t]+|[ \t]+(?:of|and|for|the|&)[ \t]+)[A-Z][\w&'’\-]*){0,8})(?=[ \t]*[,.;(]|[ \t]+[a-z]|[ \t]*$)",
    re.M,
)
_PUBLIC_BODY = fastre.compile(r"\b(?:Ministry|Department|Agency|Authority|Bureau|Directorate|Office|Service|Commission|Division|Secretariat|Inspectorate|Government|Council|Municipality)\b")


def _notice_post_body(ctx: Context) -> Iterator[Candidate]:
    """The public body a government notice puts the post in ("… to the post of Customs Officer I in the Customs and Excise
    Department"): it hires, not the commission or department that publishes the notice on its letterhead (golden/README,
    the gazette calls of s16/s17/s24/s25; USAJOBS likewise takes the agency). Only where the notice speaks as a public
    service (its first lines name a government, a public or civil service, or a gazette)."""
    text = ctx.text
    if not _PUBLIC_NOTICE.search(text, 0, min(len(text), 800)):
        return
    m = _POST_IN_BODY.search(text, 0, min(len(text), 4000))
    if m is None:
        return
    hit = _company_hit(text, m.start("c"), m.end("c"))
    if hit is not None and _PUBLIC_BODY.search(hit.value) and is_company_name(hit.value, max_words=10) and not has_job_noun(hit.value):
        yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.65, "company.notice_post")


_PUBLIC_NOTICE = fastre.compile(r"(?i)\b(?:government|public[ \t]+service|civil[ \t]+service|gazette)\b")


def _heading_tail_company(ctx: Context) -> Iterator[Candidate]:
    """The employer closing the job heading after " | " or a dash, said again in the body as a name of its own
    ("Sous Chef - Italian Restaurant | Coral Palms Resort & Spa", "… — Tidepool Analytics"; see :func:`_employer_tail`)."""
    text = ctx.text
    found = _head_title(text, ctx.doc)
    if found is None:
        return
    line = found[1]
    left = _employer_tail(text, line)
    if left is None:
        return
    cut = list(_PREFIX_SPLIT.finditer(line.value))[-1]
    hit = trimmed_hit(text, line.start + cut.end(), line.end)
    if hit is not None and hit.start >= left.end:
        yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.6, "company.heading_tail")


_PAGE_FOOTER = fastre.compile(r"^[ \t]*(?P<c>[A-Z][^\n]{2,80}?)[ \t]+(?:[|–—-][ \t]+)?Page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*$", re.M)


_DOCUMENT_NAME = fastre.compile(r"(?i)\b(?:description|specification|profile|policy|statement|form|document|handbook|confidential|draft|version|template|pack)\b")  # "Position Description  Page 2 of 3"


def _page_footer_company(ctx: Context) -> Iterator[Candidate]:
    """The organisation a Word or PDF document prints in its page footer beside the page number, on every page
    ("Greater Loddon Shire Council      Page 1 of 3"): a name-shaped footer said at least twice."""
    text = ctx.text
    seen: dict[str, list[re.Match]] = {}
    for m in _PAGE_FOOTER.finditer(text):
        seen.setdefault(" ".join(m.group("c").split()), []).append(m)
    for value, found in seen.items():
        if len(found) < 2:
            continue
        hit = _company_hit(text, found[0].start("c"), found[0].end("c"))
        if hit is not None and _name_shaped(hit.value) and is_company_name(hit.value, max_words=8) and not looks_like_title(hit.value) \
                and not gazetteer().knows(hit.value) and not kind_of_heading(hit.value) and not _DOCUMENT_NAME.search(hit.value):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.5, "company.page_footer")
            return


# the employer's name alone on a line (a place line may follow), its advert's verb opening the next line in lower
# case: "ERONGO URANIUM SERVICES (PTY) LTD / invites suitably qualified …", "Okavango Safari Lodges (Pty) Ltd / is looking
# for a", "L'ANSE SOLEIL RESORT / Baie Lazare, Mahé / is looking for" (newspaper and classified vacancy notices)
_CALL_LINE = fastre.compile(
    r"^[ \t]*(?:invites?[ \t]|is[ \t]+(?:now[ \t]+|currently[ \t]+|urgently[ \t]+)?(?:looking|seeking|hiring|recruiting)\b|seeks[ \t]|wishes[ \t]+to[ \t]+(?:recruit|appoint|employ|fill)\b"
    r"|requires[ \t]+(?:an?|the)\b|has[ \t]+(?:an?[ \t]+)?(?:vacanc|opening))",
    re.M,
)
# "Blue Mountain Distributors Limited, a leading distributor of …, invites applications": the name (its initials in brackets),
# an apposition, the call ("… invites qualified nationals to apply")
_NAME_APPOSITION_CALL = fastre.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?P<c>" + _COMPANY_RE + _LEGAL_AFTER_COMMA + r")(?:[ \t]+\([A-Z]{2,8}\))?,[ \t]+(?:an?|the|one[ \t]+of)[ \t][^\n.;:]{3,140}?,[ \t]+"
    r"(?:invites?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:applications|applicants|candidates|nationals|individuals|persons)\b"
    r"|is[ \t]+(?:now[ \t]+|currently[ \t]+)?(?:looking|seeking|hiring|recruiting)\b|seeks[ \t])",
    re.M,
)


def _announcing_company(ctx: Context) -> Iterator[Candidate]:
    """The employer that announces the vacancy in a notice's own grammar: its name on a line over the call
    ("… / invites applications", "… / is looking for"), or before an apposition ("X, a leading …, invites …")."""
    text = ctx.text
    lines = list(_lines(text, 0, min(len(text), 3000)))
    for n, (ls, le) in enumerate(lines):
        if n == 0 or not _CALL_LINE.match(text, ls, le):
            continue
        above = n - 1
        place = " ".join(text[slice(*lines[above])].split())
        if above > 0 and (_place_line(place) or gazetteer().knows(place) or _city_code_line(place) or _LOCATION_LINE.match(place) and not _LEGAL_SUFFIX.search(place)):
            above -= 1  # only a place line ("Baie Lazare, Mahé") may stand between the name and the call
        hit = _company_hit(text, *lines[above])
        if hit is None or _legal_name(hit.value) is False and hit.value.endswith((",", ":", ".")):
            continue
        core = _without_legal_form(hit.value)
        if core and _name_shaped(core) and is_company_name(hit.value, max_words=8) and not has_job_noun(core) and not _chrome_line(hit.value) \
                and not gazetteer().knows(hit.value) and not _place_line(hit.value) and not kind_of_heading(hit.value):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.65, "company.announces")
            return
    for m in _NAME_APPOSITION_CALL.finditer(text):
        hit = _company_hit(text, m.start("c"), m.end("c"))
        if hit and is_company_name(hit.value) and not has_job_noun(hit.value) and not _A_UNIT.match(hit.value):
            yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.65, "company.announces")
            return


# --------------------------------------------------------------------------- the posting's head block
# A general reading of the lines a posting opens with, for layouts no rule above knows: drop the
# site's own lines (menus, breadcrumbs, the board's name), score each remaining short line as a
# title (occupation noun, gender tag, no label or sentence, not a place, date or pay line, said
# again in the body), and take the organisation named right beside the best one (a legal form,
# a name the body repeats, or a place line under it). Scans the first lines only.

HEAD_LINES = 15
_MENU_SPLIT = fastre.compile(r"[ \t]*[|·•][ \t]*|[ \t]{2,}")
_DOMAIN = fastre.compile(r"(?i)^[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|io|co|jobs|[a-z]{2})(?:\.[a-z]{2})?$")
_CRUMB_STEP = fastre.compile(r"[ \t]+[>»›→][ \t]+")
_CRUMBS = fastre.compile(r"[ \t]+[>»›→][ \t]+|(?:[ \t]+/[ \t]+.*){2}")
_BRACKETED = fastre.compile(r"\([^()\n]*\)")  # a heading's bracketed tail, its own slashes no crumb steps: "(2 vende / 2 positions)"
# a board's line saying when the job was posted, in several languages ("Posted 3 days ago", "Publicado hace 4 días",
# "Publié le 09.03.2025", "Veröffentlicht vor 2 Tagen"): a line of its own, no name in it
_POSTED_LINE = fastre.compile(
    r"(?i)^(?:re)?(?:posted|published|publicad[oa]|publi[ée]e?|ver[öo]ffentlicht|gepubliceerd|pubblicat[oa]|opublikowan[oy]|objavljeno|publicēts|"
    r"yerləşdirildi|julkaistu|publicerad|publiceret|publisert|updated|actualizad[oa])\b[^\n]{0,30}$"
)
_FIGURE_LINE = fastre.compile(r"\d[\d.,:/\-]*\d|[$£€₹¥]\s?\d|\d\s?(?:k|K)\b|(?i:\b(?:ago|posted|publi\w*|updated|hace|vor)\b)")


# a newspaper's or board's section named on its masthead line ("THE NAMIBIAN – Classifieds › Vacancies", "Seychelles Nation –
# Classified Adverts – Situations Vacant", "JobAdder Job Board - Acme Careers"): the publisher's line, never the employer's
_PUBLISHER_SECTION = fastre.compile(r"(?i)\b(?:classifieds?|situations[ \t]+vacant|public[ \t]+notices|job[ \t]+board)\b")
# a newspaper's dateline under its masthead: "Pohnpei, FSM · Vol. 26, Issue 24 · November 30 – December 13, 2026 · 50¢"
_ISSUE_LINE = fastre.compile(r"(?i)\bvol(?:ume|\.)?[ \t]*\d{1,4}[, \t]+(?:issue|no\.|number|nr\.?)[ \t]*\d{1,4}\b")


# the software's credit line of a hosted careers page: "Powered by Workable", "powered by Teamtailor"
_POWERED_BY = re.compile(r"^(?:powered|driven)[ \t]+by[ \t]+\S", re.IGNORECASE)


_FILTER_CHIP = fastre.compile(r"[^\W\d_][ \t]+[×✕✖][ \t]*(?:$|[|·•,]|[ \t]{2})")


_DASH_PIECES = fastre.compile(r"[ \t]+[–—][ \t]+")


def _chrome_line(value: str) -> bool:
    """A site's own line above the posting: the board's name or domain, a menu (three or more short
    items split by pipes, dots or wide gaps, no figures), a breadcrumb trail, a search's filter chips."""
    if not value or value.lower() in title_vocab().sites or _DOMAIN.match(value) or _site_line(value) or _POWERED_BY.match(value):
        return True
    # (a trail's steps run in one piece: "Operador(a) / Machine Operator – 2do turno / 2nd shift" pairs two languages twice)
    if any(_CRUMBS.search(piece) and not _slash_titles(piece) for piece in _DASH_PIECES.split(_BRACKETED.sub("", value))) and not _slash_titles(value) \
            or _PUBLISHER_SECTION.search(value) and len(value.split()) <= 10:
        return True
    if ("·" in value or "|" in value) and any(_SEARCH_RADIUS.match(part.strip()) for part in re.split(r"[·•|]", value)):
        return True  # "Welder · Tulsa, OK · Within 25 miles": the board's search bar
    if _FILTER_CHIP.search(value):
        return True  # "Seasonal Bat Surveyor × | Exeter ×": the search's filter chips, each with its close mark
    return _menu_line(value) or _ISSUE_LINE.search(value) is not None


def _careers_site_line(value: str) -> bool:
    """An employer's careers site named over the posting ("Pacific Tuna Processors – Careers"): no job's title (its
    employer's name, for the company rules)."""
    pieces = re.split(r"[ \t]+[|–—-][ \t]+", value)
    return len(pieces) == 2 and pieces[1].strip().casefold() in _careers_words()


def _slash_titles(value: str) -> bool:
    """A heading that names one job by several titles between slashes, each with a job noun ("Driftchef / Avdelningschef
    / Enhetschef inom primärvården", "Cook / Chef / Kitchen Lead"): the posting's title, not a site's breadcrumb trail,
    whose steps are the site's sections ("Home / Careers / …")."""
    parts = [p for p in re.split(r"[ \t]+/[ \t]+", value) if p.strip()]
    if len(parts) < 3 or _CRUMB_STEP.search(value) or any(len(p.split()) > 5 for p in parts):
        return False
    # (or the same job in the page's languages, one of them English: "Pavārs / Повар / Cook"; a trail keeps one script)
    return all(has_job_noun(p) for p in parts) or any(has_job_noun(p) for p in parts) and len({_script(p) for p in parts}) > 1


def _script(value: str) -> str:
    """The script of ``value``'s first letter: "latin" for the Latin alphabet, else the first word of the letter's
    Unicode name ("CYRILLIC", "GREEK", "CJK" …)."""
    letter = next((c for c in value if c.isalpha()), "a")
    return "latin" if letter < "\u0250" else unicodedata.name(letter, "?").split()[0]


def _menu_line(value: str) -> bool:
    """A site's menu: three or more short items split by pipes, dots or wide gaps, no labels and no figures (but one,
    "Top 100", in a menu that ends in its account items: "Placements | Top 100 | Reviews | Sign in")."""
    parts = [p for p in _MENU_SPLIT.split(value) if p.strip()]
    if any(_COMMITMENT.match(" ".join(p.split())) for p in parts):
        return False  # "Warehouse · Logistics · Full time": a job's metadata line, not the site's
    figures = sum(1 for p in parts if re.search(r"\d", p))
    allowed = 1 if len(parts) >= 5 and any(_SIGN_IN.fullmatch(p.strip()) for p in parts) else 0
    return len(parts) >= 3 and figures <= allowed and all(len(p.split()) <= 4 and ":" not in p for p in parts)


_WIDE_GAP = fastre.compile(r"[ \t]*\t[ \t]*| {2,}|\u00a0{2,}")


def _raw_menu(doc: Optional[Document], start: int, end: int) -> bool:
    """A menu the normaliser flattened: three or more short items split by wide gaps (two spaces or a
    tab) in the raw input ("Search Jobs  Upload CV  Career Advice"), no figures or labels."""
    if doc is None or doc.source is doc.text or start >= end:
        return False
    raw_start, raw_end = doc.source_span(start, end)
    raw_start = doc.source.rfind("\n", 0, raw_start) + 1  # the whole raw line: the normaliser may cut a long menu into two lines
    raw_end = doc.source.find("\n", raw_end) if doc.source.find("\n", raw_end) >= 0 else len(doc.source)
    raw = doc.source[raw_start:raw_end].strip()
    if "<" in raw or not _WIDE_GAP.search(raw):
        return False
    parts = [p for p in _WIDE_GAP.split(raw) if re.search(r"[^\W_]", p)]  # a lone dash or bar between gaps separates, it is no item
    return len(parts) >= 3 and all(len(p.split()) <= 4 and ":" not in p and not re.search(r"\d", p) for p in parts)


def _chrome_flags(doc: Optional[Document], lines: list[tuple[int, int]]) -> list[bool]:
    """Per line: a menu in the raw input (see :func:`_raw_menu`), or a short brand line over a menu the normaliser
    cut as chrome ("Jobtrove" over "Find jobs   Companies   Salaries   Sign in"); only the first six lines are read."""
    flags = [n < 6 and _raw_menu(doc, s, e) for n, (s, e) in enumerate(lines)]
    if doc is None:
        return flags
    for n in range(min(2, len(lines) - 1)):
        s, e = lines[n]
        if not flags[n] and len(doc.text[s:e].split()) <= 3:
            flags[n] = _cut_menu_below(doc, e, lines[n + 1][0])
    if len(lines) > 2 and not flags[0] and len(doc.text[lines[0][0] : lines[0][1]].split()) <= 3 and _JOBS_TAGLINE.search(doc.text, *lines[1]) \
            and not looks_like_title(" ".join(doc.text[lines[1][0] : lines[1][1]].split())):
        flags[0] = _cut_menu_below(doc, lines[1][1], lines[2][0])  # the brand, its tagline ("Bilingual Jobs in Japan"), then the cut menu
    return flags


def _cut_menu_below(doc: Document, end: int, next_start: int) -> bool:
    """Whether the raw input between a line's end and the next line holds a menu the normaliser cut."""
    if doc.source is doc.text or end <= 0 or next_start <= end:
        return False
    raw_end = doc.source_span(end - 1, end)[1]
    raw_next = doc.source_span(next_start, next_start + 1)[0]
    gap = doc.source[raw_end:raw_next]
    if "<" in gap:
        return False
    for raw in gap.splitlines():
        parts = [p for p in _WIDE_GAP.split(raw.strip()) if p.strip()]
        if len(parts) >= 3 and all(len(p.split()) <= 4 and ":" not in p and not re.search(r"\d", p) for p in parts):
            return True
    return False


def _posting_start(values: list[str], raw_menus: Optional[list[bool]] = None) -> int:
    """Index of the first line after the site's own lines (chrome within the first six lines);
    ``raw_menus`` flags the lines that were menus in the raw input."""
    menus = raw_menus or [False] * len(values)

    def chrome(n: int) -> bool:
        return menus[n] or _chrome_line(values[n]) or (n == 0 and _browser_title_line(values)) or _SEARCH_LINE.match(values[n]) is not None \
            or _results_card(values, n)

    start = 0
    for n, value in enumerate(values[:6]):
        if n > start and not chrome(n - 1) and not _CRUMBS.search(value):
            break  # "Acme / Fintech • Payments • Software / Title": a tag line after the posting has begun is not the site's
        if chrome(n) or _brand_over_site_line(n, values, chrome):
            start = n + 1  # a short brand line over the site's menu is the board's name ("Job Bank / Government of Canada")
    return start if start < len(values) else 0


# a board's search bar and its results above the ad: 'Your search: "class 1 driver" near NN11 · 214 jobs', then
# "Class 1 Night Trunker · Hartwell Freight · Daventry · Posted 3 days ago" over "Class 2 Multidrop Driver · …"
_SEARCH_LINE = fastre.compile(r"(?i)^(?:your[ \t]+)?search(?:[ \t]+results)?[ \t]*:")


def _results_card(values: list[str], n: int) -> bool:
    """Whether line ``n`` is one card of a board's search results: two or more dotted parts, and a neighbouring line too."""
    def card(k: int) -> bool:
        return 0 <= k < len(values) and _card_line(values[k])
    return card(n) and (card(n - 1) or card(n + 1))


def _browser_title_line(values: list[str]) -> bool:
    """True when the first line is the page's browser title over the page ("Line Cook - Bluegrass Diner | JobsNow"
    over the board's own lines and the heading "Line Cook"): it splits at a pipe or dash and its first part, without
    a board's word for the page ("Line Cook job"), is a later opening line. The page title is read by
    :func:`_page_title`; here it is the site's own line, so the head block starts below it."""
    if len(values) < 3 or not _PIPE_PATTERN.search(values[0]):
        return False
    first = _SPLIT_PATTERN.split(values[0], 1)[0].strip()
    first = _page_title_word().sub("", first).strip().casefold()
    return len(first) >= 3 and any(v.casefold() == first for v in values[1:])


def _brand_over_site_line(n: int, values: list[str], chrome: Callable[[int], bool]) -> bool:
    """The one test of a site's brand line: line ``n``, one of the first two, of three words at most, over a
    line of the site's own (``chrome(n + 1)``: its menu, breadcrumbs or name), as "Job Bank" over
    "Government of Canada | Jobs | …" or "Keystone Staffing Partners" over "Home | Find a Job | …"."""
    named = n == 0 and _organisation_name(" ".join(w.capitalize() if w.isupper() else w for w in values[0].split())) \
        and not _CAREERS_SUFFIX.search(values[0])  # ("<Employer> - Careers": its own site, its brand the employer)
    brand = values[n].split(" | ")[0] if n < len(values) else ""  # "Pleiades HR Solutions | Executive Search & Recruitment": a name and its tagline
    if n >= 2 or n + 1 >= len(values) or not (len(values[n].split()) <= 3 or len(brand.split()) <= 3 or _DOMAIN_LEAD.match(values[n]) is not None or named):
        return False  # (a longer first line only as an organisation's name: "COOK ISLANDS CHAMBER OF COMMERCE" over its menu)
    if chrome(n + 1):
        return True
    # a firm's name, its tagline, then its menu: "ROCK TALENT PARTNERS / Gibraltar's specialist recruiter for … / Home | Jobs"
    return n == 0 and len(values) > 2 and _organisation_name(" ".join(w.capitalize() if w.isupper() else w for w in values[0].split())) and chrome(2)


# a site's domain opening its brand line, before its tagline: "Suli.gl — Job i Grønland / …", "KurdJobs.iq | Jobs",
# "rabota.by   Работа в Беларуси"
_DOMAIN_LEAD = fastre.compile(r"^[^\W\d_][\w-]{1,30}\.[a-zа-яё]{2,6}(?:\.[a-z]{2})?(?:[ \t]+[-–—|·/])?[ \t]")  # "работаалания.ру — …" too


def _head_lines(text: str, doc: Optional[Document] = None) -> list[tuple[int, int]]:
    """The posting's opening lines after the site's own (menus, breadcrumbs, the board's name): chrome
    within the first six lines ends where the posting starts; a section heading ends the block.
    ``doc`` (the document ``text`` belongs to) lets a menu flattened by the normaliser be seen."""
    lines, values, start = _site_lines(text, doc)
    cards = card_spans(text)  # a board's search results over the posting: other jobs' cards
    if cards and lines:  # the cards' lines take no place of the head's: the opened job's own head follows them
        more = list(_lines(text, lines[-1][1] + 1, min(len(text), cards[-1][1] + 2000)))[: sum(inside(s, cards) for s, _ in lines)]
        lines, values = lines + more, values + [" ".join(text[s:e].split()) for s, e in more]
    head = []
    for (s, e), value in zip(lines[start:], values[start:]):
        if inside(s, cards):
            continue
        if head and kind_of_heading(value):
            break
        head.append((s, e))
    return head


def _site_lines(text: str, doc: Optional[Document] = None) -> tuple[list[tuple[int, int]], list[str], int]:
    """The opening lines (at most :data:`HEAD_LINES`: spans, whitespace-folded values) and the index
    of the first after the site's own (see :func:`_posting_start`)."""
    lines = list(_lines(text, 0, min(len(text), 2000)))[:HEAD_LINES]
    values = [" ".join(text[s:e].split()) for s, e in lines]
    return lines, values, _posting_start(values, _chrome_flags(doc, lines))


def posting_start(ctx: Context) -> int:
    """Character offset where the posting begins: after the site's own lines at the top of a page
    (the board's name or domain, its menu, breadcrumbs); 0 when it has none.  Nothing there is
    the posting's title or employer."""
    lines, _, start = _site_lines(ctx.text, ctx.doc)
    return lines[start][0] if 0 < start < len(lines) else 0


def _legal_name(value: str) -> bool:
    pattern = title_vocab().legal_form
    return pattern is not None and bool(pattern.search(value)) and len(value.split()) >= 1 and pattern.search(value).start() > 0


def _without_legal_form(value: str) -> str:
    """A firm's legal name without its legal form ("Acme Travel sh.p.k." → "Acme Travel"); any other value as it is."""
    return title_vocab().legal_form.sub("", value).strip(" ,") if _legal_name(value) else value


_WORKLOAD = fastre.compile(r"[ \t]+\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?[ \t]*%$")  # Swiss and German titles: "… 80-100%"


def _ends_sentence(value: str) -> bool:
    """A sentence end in ``value``; a full stop before a lower-case word, or after one or two letters
    opening with a capital, is an abbreviation ("ds. kadr", "St. Canice's")."""
    for m in _SENTENCE_END.finditer(value):
        rest = value[m.end() :]
        if value[m.start()] == "." and (rest[:1].islower() or re.search(r"(?<!\w)[A-Z][a-z]?$", value[: m.start()])):
            continue  # "ds. kadr", "St. Canice's"
        return True
    return False


def _plain_head_line(value: str) -> bool:
    """A head line that may be a title or a name: no label, sentence, figure, place or metadata."""
    value = _WORKLOAD.sub("", value) if value else value
    if not value or ":" in value or _ends_sentence(value) or _FIGURE_LINE.search(value) or _JOBS_LISTING.search(value):
        return False  # "Payroll Officer jobs in Leeds": a board's listing
    if vocab_greeting(value) or _meta_line(value) or _place_line(value) or gazetteer().knows(value) or _chrome_line(value) or _BYLINE.match(value):
        return False
    return not kind_of_heading(value)


def _occupation_first(value: str) -> bool:
    """A short sentence-case or lower-case heading that opens with an occupation ("Undersköterska till
    hemtjänsten", "cook"), as boards in many languages write titles."""
    words = value.split()
    return 0 < len(words) <= 6 and not re.search(r"\d", value) and (
        has_job_noun(words[0]) or (len(words) > 1 and _capital(value[0]) and (has_job_noun(words[1]) or has_job_noun(" ".join(words[:2]))))
    )  # a two-word occupation opens it too ("Nhân viên kinh doanh")


def vocab_greeting(value: str) -> bool:
    greeting = title_vocab().greeting
    return greeting is not None and bool(greeting.match(value))


_MEMO: dict[tuple[str, str, Optional[str]], object] = {}  # the head block's readings, asked by several rules of one posting


def _memo(name: str, text: str, doc: Optional[Document], compute: Callable[[], object]) -> object:
    """``compute()`` once per posting (its text and raw input): the head-block readers are pure."""
    key = (name, text, doc.source if doc is not None else None)
    found = _MEMO.get(key, _MEMO)  # the dict itself marks a miss (None is a reading)
    if found is _MEMO:
        if len(_MEMO) > 64:
            _MEMO.clear()
        found = _MEMO[key] = compute()
    return found  # not read back from _MEMO: another thread may clear it in between


def _head_title(text: str, doc: Optional[Document] = None) -> Optional[tuple[int, _Hit, list[tuple[int, int]]]]:
    """The best-scoring title line of the head block, its index and the block; None below the threshold."""
    return _memo("title", text, doc, lambda: _read_head_title(text, doc))  # type: ignore[return-value]


def _read_head_title(text: str, doc: Optional[Document] = None) -> Optional[tuple[int, _Hit, list[tuple[int, int]]]]:
    head = _head_lines(text, doc)
    best, best_score = None, 0.0
    scored: list[tuple[int, _Hit, float]] = []  # each line's score before its place's cost
    badged = {_badged_name(text, s, e) for s, e in head[:8]} - {None}  # "Acme Partners · 4,812 followers"
    site = [_chrome_line(" ".join(text[s:e].split())) for s, e in head[:8]]  # the site's name, menu, crumbs: no place of a heading's
    for n, (s, e) in enumerate(head[:8]):
        hit = trimmed_hit(text, s, e)
        if hit is not None and hit.value in badged:
            continue  # a name a board's rating or follower badge follows on another line is the employer's (LinkedIn's name over the title)
        crumbs = _BREADCRUMB.split(text[s:e].strip())
        if len(crumbs) >= 3 and any(" ".join(text[a:b].split()).startswith(crumbs[-1].strip()) for a, b in head[n + 1 : n + 4]):
            continue  # "Lavoro > Creatività > Junior Art Director" over the heading it ends with: the site's trail
        if hit is not None and not _plain_head_line(hit.value):
            hit = trim_title(text, hit)  # judged without a tail the title rules cut ("- FIFO 2:1 Roster")
        if hit is None or not _plain_head_line(hit.value) or len(hit.value.split()) > 12 or _legal_name(hit.value):
            continue
        if not looks_like_title(hit.value, need_job_noun=False) and not _occupation_first(hit.value):
            hit = trim_title(text, hit)  # "Mozo de almacén - turno de noche": a sentence-case title judged without its schedule tail
            if not looks_like_title(hit.value, need_job_noun=False) and not _occupation_first(hit.value):
                continue
        score = (2.0 if has_job_noun(hit.value) else 0.0) + (2.0 if _GENDER_TAG.search(hit.value) else 0.0)
        core = trim_title(text, hit).value
        half = core.split(" / ")[0] if " / " in core else core  # "Import Logistics Coordinator / רכז/ת …": either language's name
        if len(half) >= 4 and text.find(half, e) >= 0:
            score += 0.5  # the body names the role again
        score -= 0.15 * (n - sum(site[:n]))
        if _organisation_name(hit.value) and not has_job_noun(hit.value.split()[-1]):
            score -= 2.0
        scored.append((n, hit, score + 0.15 * n))
        if score > best_score:
            best, best_score = (n, hit), score
    if best is None or best_score < 1.5:
        return None
    inner = [(n, hit) for n, hit, unplaced in scored if n > best[0] and unplaced >= best_score + 0.15 * best[0]
             and 0.35 * len(best[1].value) <= len(hit.value) < len(best[1].value) and len(hit.value.split()) >= 2
             and hit.value.casefold() in best[1].value.casefold()]  # as good but for its place, most of the longer line
    if inner:
        return inner[0][0], inner[0][1], head  # "Apec - Offre d'emploi X H/F - Nantes" over "X H/F": the page's title holds the heading
    return best[0], best[1], head


def _plural_job_noun(value: str) -> bool:
    """A capitalised plural occupation noun and no singular one ("Care Partners of Ohio", "Keane Associates")."""
    words = [w for w in value.split() if w[:1].isupper()]
    plural = [w for w in words if len(w) > 3 and w.endswith("s") and has_job_noun(w[:-1])]
    return bool(plural) and not any(has_job_noun(w) for w in words if w not in plural)


@rule("title", name="title.head_block")
def title_head_block(ctx: Context) -> Iterable[Candidate]:
    """The best title line of the posting's head block (see :func:`_head_title`)."""
    found = _head_title(ctx.text, ctx.doc)
    if found is not None:
        hit = trim_title(ctx.text, _employer_tail(ctx.text, found[1]) or found[1])  # "… — Tidepool Analytics"
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.5, "title.head_block")


# a requisition number an ATS glues to the job's name in its heading: "Facilities Maintenance Mechanic II-2600412",
# "Registered Nurse - Nights -(26004317)" (Taleo)
_GLUED_REQUISITION = fastre.compile(r"(?<=[A-Za-z)])[ \t]?-[ \t]?\d{5,9}$|[ \t]*-?[ \t]*\(\d{5,10}\)$")


@rule("title", name="title.under_page_heading")
def title_under_page_heading(ctx: Context) -> Iterable[Candidate]:
    """The last of the few lines a page's "Job Description" heading holds before the posting's own first heading
    (Taleo: "Job Description" / "Previous Job 14 of 87 Next" / "Facilities Maintenance Mechanic II-2600412" /
    "Description"): the job's name, without the requisition number glued to it."""
    sections = [section for section in ctx.sections if section.kind != "header"]
    if len(sections) < 2 or sections[0].heading_start > 600:
        return
    first = sections[0]
    text = ctx.text
    lines = [(a, b) for a, b in _lines(text, first.start, first.end) if text[a:b].strip()]
    if not 1 <= len(lines) <= 3 or sections[1].heading_start > lines[-1][1] + 2:
        return
    hit = trimmed_hit(text, *lines[-1])
    if hit is None:
        return
    glued = _GLUED_REQUISITION.search(hit.value)
    if glued is not None:
        hit = trimmed_hit(text, hit.start, hit.start + glued.start()) or hit
    if _LABEL_COLON.search(hit.value) or not looks_like_title(hit.value) or _place_line(hit.value):
        return
    hit = trim_title(text, hit)
    yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.55, "title.under_page_heading")


DETAILS_WINDOW = 3000  # how far into the text a title over a board's details rows may stand


def _details_row(line: str) -> bool:
    """A board's details row, its label before the value with or without a colon ("Job Number 2604417", "Primary
    Location US-TX-El Paso", "Schedule: Part-time"): a label the rules read for a field of the record."""
    words = line.split()
    labels = _field_row_labels()
    return _field_row(line) or any(len(words) > k and " ".join(words[:k]).casefold() in labels for k in (1, 2, 3))


def _over_details_rows(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` stands among a board's details rows: two of the three lines after it are such rows,
    or three of the three before and after (Taleo's "Job: Facilities & Engineering" over "Primary Location: …" /
    "Organization: …" / "Schedule: …")."""
    below = [" ".join(line.split()) for line in text[end : end + 400].split("\n")[1:] if line.strip()][:3]
    above = [" ".join(line.split()) for line in text[max(0, start - 400) : start].split("\n")[:-1] if line.strip()][-3:]
    return sum(map(_details_row, below)) >= 2 or sum(map(_details_row, above + below)) >= 3


@rule("title", name="title.over_details")
def title_over_details(ctx: Context) -> Iterable[Candidate]:
    """The heading right over a board's details rows, below the page's header ("Job Description" / the action bar /
    "Respiratory Therapist II - PRN Nights-" / "Job Number 2604417" / "Primary Location US-TX-El Paso" / …): an ATS
    prints the job's name over its fields. Three of the four lines under it are such rows, the first of them too."""
    text = ctx.text
    lines = [(a, b) for a, b in _lines(text, 0, min(len(text), DETAILS_WINDOW)) if text[a:b].strip()]
    # (a paragraph's last line is no row, though its first word be a label's: "Employment Equity Plan.")
    rows = [_details_row(" ".join(text[a:b].split())) and not text[a:b].rstrip().endswith(".") for a, b in lines]
    for n in range(len(lines) - 4):
        if not rows[n + 1] or sum(rows[n + 1 : n + 5]) < 3:
            continue
        hit = trimmed_hit(text, *lines[n])
        if hit is None or _LABEL_COLON.search(hit.value) or _details_row(hit.value) or not looks_like_title(hit.value) or _place_line(hit.value):
            return
        hit = trim_title(text, hit)
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.5, "title.over_details")
        return


# a board's byline under the job's heading: "Posted on December 1, 2026 by Little Ravens Learning Centre", "Posted 24 November 2026 by …"
_DATED_BYLINE = fastre.compile(r"^[ \t]*Posted[ \t]+(?:on[ \t]+)?(?:\d|[A-Z][a-z]{2,8}\.?[ \t]+\d)[^\n]{0,40}?[ \t]by[ \t]", re.M)


# a posting wrapped in a ticket or a message ("Please post the approved ad below …"): its own head block, a paragraph
# of a job heading, the employer's name and a place ("Data Analyst II – Member Insights" / "Redwood Valley Credit Union"
# / "Sacramento, CA (hybrid: …)") below the wrapper's text
WRAPPED_WINDOW = 3000


def _wrapped_head(ctx: Context) -> Optional[tuple[_Hit, _Hit]]:
    return ctx.once("_title.wrapped_head", _read_wrapped_head)  # type: ignore[no-any-return]


def _read_wrapped_head(ctx: Context) -> Optional[tuple[_Hit, _Hit]]:
    """The heading and the employer of a posting wrapped in a ticket or a message (see above): the first paragraph
    after the header whose lines read as a job title, an organisation the posting names again, and a place."""
    text = ctx.text
    _, header_end = _header_range(ctx)
    at = text.find("\n\n", header_end)
    while 0 <= at < min(len(text), WRAPPED_WINDOW):
        block = [(a, b) for a, b in _lines(text, at + 2, min(len(text), at + 600))]
        lines = []
        for a, b in block:
            if not text[a:b].strip():
                break
            lines.append((a, b))
        if len(lines) >= 3:
            head, org, place = (trimmed_hit(text, *ln) for ln in lines[:3])
            if head is not None and org is not None and place is not None and not _LABEL_COLON.search(head.value) \
                    and looks_like_title(head.value) and not _place_line(head.value) and is_company_name(org.value) \
                    and not has_job_noun(org.value) and text.find(org.value, org.end) >= 0 and _place_line(place.value.split("(")[0].strip()):
                return trim_title(text, head), org
        if len(lines) >= 2 and (head := trimmed_hit(text, *lines[0])) is not None and not _LABEL_COLON.search(head.value) \
                and looks_like_title(head.value) and not _place_line(head.value):
            # "Apprentice Electrician (2nd or 3rd year)" / "Darling Downs Electrical Pty Ltd | Toowoomba QLD": the employer
            # and the place on one line
            a, b = lines[1]
            bar = _PIPE_PATTERN.search(text, a, b) or _NEAR_PLACE.search(text, a, b)  # "… Pty Ltd | Toowoomba QLD", "Three Coulees Ranch, near Hanna, Alberta"
            org = trimmed_hit(text, a, bar.start()) if bar is not None else None
            legal = title_vocab().legal_form
            core = legal.sub("", org.value).strip(" ,.") if org is not None and legal is not None else None
            if org is not None and core and is_company_name(org.value) and not has_job_noun(org.value) and text.find(core, org.end) >= 0 \
                    and _place_part(text[bar.end() : b].split("(")[0].strip()):
                return trim_title(text, head), org
        at = text.find("\n\n", at + 2)
    return None


@rule("title", name="title.wrapped_head")
def title_wrapped_head(ctx: Context) -> Iterable[Candidate]:
    """The heading of a posting wrapped in a ticket or a message (:func:`_wrapped_head`)."""
    found = _wrapped_head(ctx)
    if found is not None:
        yield Candidate("title", found[0].value, ((found[0].start, found[0].end),), 0.45, "title.wrapped_head")


@rule("company", name="company.wrapped_head")
def company_wrapped_head(ctx: Context) -> Iterable[Candidate]:
    """The employer line under that heading (:func:`_wrapped_head`)."""
    found = _wrapped_head(ctx)
    if found is not None:
        # over a head-block guess: the ticket's own field rows ("Assignee  Kylie Brandt") head the text, not the employer
        yield Candidate("company", found[1].value, ((found[1].start, found[1].end),), 0.55, "company.wrapped_head")


@rule("title", name="title.above_byline")
def title_above_byline(ctx: Context) -> Iterable[Candidate]:
    """The line naming a job within two lines above a board's "Posted <date> by <employer>" byline (Job Bank's
    lower-case "early childhood educator assistant", Reed's heading), the employer's line between them skipped."""
    text = ctx.text
    m = _DATED_BYLINE.search(text, 0, min(len(text), 3000))
    if m is None:
        return
    above = list(_lines(text, max(0, m.start() - 300), m.start()))[-2:]
    for ls, le in reversed(above):
        hit = trimmed_hit(text, ls, le)
        if hit is not None and len(hit.value) <= MAX_TITLE_CHARS and has_job_noun(hit.value) and not _SENTENCE_END.search(hit.value + " "):
            hit = trim_title(text, hit)
            yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.55, "title.above_byline")
            return


# an address in Japanese or Chinese: a prefecture or province, then a city or ward ("神奈川県横浜市西区…", "江苏省苏州市…")
_CJK_ADDRESS = fastre.compile(r"^[\u4e00-\u9fff]{1,4}(?:都|道|府|県|省|市)[\u4e00-\u9fff\u3040-\u30ff]{1,8}?(?:市|区|區|町|村|郡|县|縣)")
_NAME_PLACE_TAIL = fastre.compile(r"(?:[ \t]+[-–—|][ \t]+|,[ \t]*)(?P<place>(?:[^,\n\-–—|]|(?<=\w)-(?=\w)){2,40}(?:,[^,\n]{2,40})?)$")
# a town with its French département number, which names it as a place the gazetteer may lack ("Saint-Pierre (974)")
_TOWN_DEPARTMENT = fastre.compile(r"[A-ZÀ-Ý][\w'’]*(?:[ -][A-Za-zÀ-ÿ][\w'’]*){0,3}[ \t]+\((?:\d{2,3}|2[AB])\)")
_BRACKETED_NAME = fastre.compile(r"\((?P<n>[^()\n]{3,80})\)$")


def _bracketed_alias(text: str, hit: _Hit) -> Optional[_Hit]:
    """The name in closing brackets on an employer's line ("Garagum Gurluşyk Jemgyýeti (Garagum Construction Company)",
    "Société des Eaux du Nord (Northern Water Company)") when the posting goes on to use that name and never the one before
    it: the employer's name in the posting's language, the first one its name in another."""
    inner = _BRACKETED_NAME.search(hit.value)
    if inner is None or inner.start() < 3:
        return None
    name, outer = inner.group("n").strip(), hit.value[: inner.start()].strip()
    if len(name.split()) < 2 or not is_company_name(name) or not _name_shaped(name) or has_job_noun(name) or gazetteer().knows(name):
        return None
    if _mention(name).search(text, hit.end) is None or _mention(outer).search(text, hit.end) is not None:
        return None
    at = hit.start + inner.start("n") + (len(inner.group("n")) - len(inner.group("n").lstrip()))
    return _Hit(name, at, at + len(name))


_SCRIPTS_SLASH = fastre.compile(r"[ \t]+/[ \t]+")


def _latin_of_two_scripts(text: str, hit: _Hit) -> Optional[_Hit]:
    """The Latin-letter name of an employer written in two scripts with a slash ("صيدليات الشفاء الحديثة / Al-Shifa
    Modern Pharmacies", "Al-Shifa Modern Pharmacies / صيدليات الشفاء الحديثة") when the posting goes on to use it: the
    name its English text uses."""
    parts = _SCRIPTS_SLASH.split(hit.value)
    if len(parts) != 2:
        return None
    latin = [p for p in parts if re.search(r"[A-Za-z]", p) and not re.search(r"[^\W\d_A-Za-z\u00c0-\u024f]", p)]
    other = [p for p in parts if not re.search(r"[A-Za-z\u00c0-\u024f]", p)]
    if len(latin) != 1 or len(other) != 1 or not is_company_name(latin[0]) or _mention(latin[0]).search(text, hit.end) is None:
        return None
    at = hit.start + hit.value.index(latin[0])
    return _Hit(latin[0], at, at + len(latin[0]))


_CITY_CODE = fastre.compile(r"^(?P<city>[A-Z][^\W\d_]+(?:[ \t-][A-Z][^\W\d_]+){0,2})[ \t]+[A-Z]{2,3}(?:[ \t]+\d{4,5})?$")


_LIST_JOIN = fastre.compile(r"[ \t]*(?:[,;/|]|[ \t](?:and|or|&)[ \t])[ \t]*")


def _places_list_line(value: str) -> bool:
    """A line listing several places of work ("Sydney NSW, Parramatta NSW and Liverpool NSW", "Leeds / York")."""
    parts = [p.strip() for p in _LIST_JOIN.split(value) if p.strip()]
    known = [gazetteer().knows(p) or _city_code_line(p) for p in parts]
    return len(parts) >= 2 and any(known) and all(k or _CITY_CODE.match(p) for p, k in zip(parts, known))  # a suburb the gazetteer lacks: "Parramatta NSW"


def _city_code_line(value: str) -> bool:
    """A city the gazetteer knows and a region code, without a comma ("Perth WA", "Woolloongabba QLD 4102")."""
    m = _CITY_CODE.match(value)
    return m is not None and gazetteer().knows(m.group("city"))


def _place_tail(rest: str) -> bool:
    """True when ``rest`` is only a place after a name (" - Giza, Egypt", ", Aarhus")."""
    m = _NAME_PLACE_TAIL.fullmatch(rest)
    return m is not None and (gazetteer().knows(m.group("place").split(",")[0].strip()) or _place_line(m.group("place").strip()))


def _head_company(text: str, doc: Optional[Document] = None) -> Optional[_Hit]:
    """The organisation named on a line beside the head block's title: under it, or above it (with a
    metadata line between them at most). It ends in a legal form, or the body names it again, or a
    place line follows it ("Title / Company / City" of job boards)."""
    return _memo("company", text, doc, lambda: _read_head_company(text, doc))  # type: ignore[return-value]


@cache
def _glued_rating() -> re.Pattern:
    """A board's badge after the employer's name on its line: a review score copied onto it ("Acme Foods4.1",
    "Acme Foods 3.8 ★"), with or without a count ("Acme 4.6★ 2,031 reviews", "Acme\t3.8 ★ (214 reviews)"), or a
    follower count ("Acme · 12,345 followers", "Acme · 873 followers on LinkedIn"); words in ``badge_count_words``."""
    words = "|".join(re.escape(w) for w in sorted(load("titles.json").get("badge_count_words", []), key=len, reverse=True))
    count = rf"\(?\d(?:[\d,.]|[ \u202f](?=\d{{3}}(?!\d)))*[kK]?\+?[ \t]+(?i:{words})(?:[ \t]+on[ \t]+[A-Z][\w.]*)?\)?"
    score = r"[1-5][.,]\d"
    return fastre.compile(
        rf"(?:(?<=[a-z)]){score}(?:[ \t]*[★☆⭐])?"
        rf"|(?:[ \t]*[·•|][ \t]*|[ \t]+)(?:{score}[ \t]*[★☆⭐](?:[ \t]*{count})?|{score}[ \t]+{count}|{count}))[ \t]*$"
    )


# how long ago a board's card says the job was posted: "2 weken geleden geplaatst", "vor 3 Tagen", "hace 2 días", "Posted today"
_AGE_PART = fastre.compile(
    r"(?i)\b(?:\d{1,2}[ \t]+[^\W\d_]+[ \t]+(?:geleden|ago|fa|sedan|siden|temu)|vor[ \t]+\d|hace[ \t]+\d|il[ \t]+y[ \t]+a|há[ \t]+\d"
    r"|today|yesterday|vandaag|gisteren|heute|gestern|hoy|ayer|aujourd['’]hui|posted|geplaatst|publi[ée]e?|veröffentlicht|publicad[oa])\b"
)


def _read_head_company(text: str, doc: Optional[Document] = None) -> Optional[_Hit]:
    found = _head_title(text, doc)
    if found is None:
        return None
    n, _, head = found
    nxt = n + 1
    if nxt + 1 < len(head) and _POSTED_LINE.search(" ".join(text[head[nxt][0] : head[nxt][1]].split())):
        nxt += 1  # "Title / Publicado hace 4 días / Company": the board's date line between them
    order = [n - 1] if _OPEN_END.search(" ".join(text[head[n][0] : head[n][1]].split())) else [nxt, n - 1]  # "PhD Candidate in X for" / "Y": one title
    if n >= 2 and not _plain_head_line(" ".join(text[head[n - 1][0] : head[n - 1][1]].split())):
        order.append(n - 2)  # "Acme Robotics / Boats for ocean data · Seed · 11-50 employees / Title"
    for k in order:
        if not 0 <= k < len(head):
            continue
        s, e = head[k]
        hit = trimmed_hit(text, s, e)
        if hit is None:
            continue
        badge_at = _before_badge(text, hit.start, hit.end)
        badged = badge_at < hit.end  # a board's rating or follower badge marks the line as the employer's name
        hit = trimmed_hit(text, hit.start, badge_at) or hit  # "Motion Rehab Partners4.2": the review score copied onto the name
        if (aside := _ASIDE_NOTE.search(hit.value)) is not None and aside.start() >= 3:
            hit = trimmed_hit(text, hit.start, hit.start + aside.start()) or hit  # "Northern Light School (a ministry of Harvest Lands Mission)"
        value, placed = hit.value, False
        if _place_line(value) or gazetteer().knows(value) or _city_code_line(value) or _place_line(_BRACKET_TAG.sub("", value)):
            continue  # "Geelong, Victoria", "Perth WA", "Calgary, AB (On-site)": the place line, not a name with a place after it
        parts = re.split(r"[ \t]+[|·•][ \t]+", value)
        if len(parts) >= 3 and (gazetteer().knows(parts[1].split(",")[0].strip()) or _place_line(parts[1])) and _AGE_PART.search(" ".join(parts[2:])):
            first = trimmed_hit(text, hit.start, hit.start + len(parts[0]))  # "SolarNoord Installatietechniek | Zwolle | 2 weken geleden geplaatst":
            if first is not None:  # the board's line of employer, place and age
                hit, value, placed = first, first.value, True
        elif len(parts) == 3 and " | " in value and (_place_line(parts[2]) or gazetteer().knows(parts[2])) and is_company_name(parts[0]) and not has_job_noun(parts[0]):
            first = trimmed_hit(text, hit.start, hit.start + len(parts[0]))  # "Red River Regional Health | Laboratory Medicine | Winnipeg, MB":
            if first is not None:  # the employer, its unit and the place
                hit, value, placed = first, first.value, True
        elif re.search(r"[ \t][·•][ \t]", value):
            continue  # "Harbour Street Café · Savannah, GA · Part-time": a dotted metadata line, no name alone
        inner = _BRACKETED_NAME.search(value)
        if inner is not None and _legal_name(inner.group("n").strip()):  # "บริษัท … จำกัด (Siam Beauty Network Co., Ltd.)"
            hit = trimmed_hit(text, s + text[s:e].rfind(inner.group("n")), s + text[s:e].rfind(inner.group("n")) + len(inner.group("n"))) or hit
        elif inner is not None and (alias := _bracketed_alias(text, hit)) is not None:
            hit = alias
        elif _place_after_legal_name(text, hit.start, hit.end) is not None:
            hit, placed = trimmed_hit(text, hit.start, _place_after_legal_name(text, hit.start, hit.end)) or hit, True  # "Acme A/S, Aarhus C"
        else:
            tail = _NAME_PLACE_TAIL.search(value)
            place = _PROVINCE_CODE.sub("", tail.group("place")).strip() if tail is not None else ""  # "Ancona (AN)": the province's code
            if tail is not None and (gazetteer().knows(place.split(",")[0].strip()) or _place_line(place) or _TOWN_DEPARTMENT.fullmatch(place)):
                hit, placed = trimmed_hit(text, hit.start, hit.start + tail.start()) or hit, True  # "Nile Crest Foods - Giza, Egypt"
        unit = _UNIT_AFTER_ORG.search(hit.value) or _PARENT_AFTER_ORG.search(hit.value)
        if unit is not None and unit.start() > 0:  # "Department of X - Agency Wide", "Acme | Finance Team"
            hit = trimmed_hit(text, hit.start, hit.start + unit.start()) or hit
        value = hit.value
        if k == n - 1 and n >= 2 and _UNIT_LINE.match(value):
            above = trimmed_hit(text, *head[n - 2])  # "Ghent University" / "Faculty of Economics …" / title: the organisation over its unit
            if above is not None and _organisation_name(above.value) and is_company_name(above.value, max_words=8) and not looks_like_title(above.value) \
                    and not _chrome_line(above.value):
                return above
        if _leading_legal_name(value):
            return hit  # "ООО «Северный Код»", "株式会社なにわ建設", "CÔNG TY CỔ PHẦN …"
        legal = _legal_name(value)
        if not legal and not _plain_head_line(value) or legal and not _name_shaped(_without_legal_form(value)):
            continue
        if ":" in value or vocab_greeting(value) or _chrome_line(value) or _JOBS_LISTING.search(value) or not is_company_name(value, max_words=8):
            continue
        if k == nxt and (lead := re.split(r"[ \t]+[—–|][ \t]+", value)[0]) != value and looks_like_title(lead) and not _organisation_name(lead):
            continue  # "Mathematics Teacher" / "Enseignant(e) de mathématiques — Secondary School": the heading in the other language
        if k == nxt and n >= 1 and _unit_under_title(value, " ".join(text[head[n - 1][0] : head[n - 1][1]].split())):
            continue  # "Department of X" / title / "Water Markets Policy Branch": the unit under the title, the body above it employs
        if looks_like_title(value) and not _organisation_name(value) and not legal and not _plural_job_noun(value) and not badged:
            continue  # a second title-like line; "Care Partners of Ohio" names a firm by its people
        below = " ".join(text[head[k + 1][0] : head[k + 1][1]].split()) if k + 1 < len(head) else ""
        core = _without_legal_form(value)
        first = core.split()[0] if core.split() else ""
        said_again = len(core) >= 3 and (re.search(rf"{re.escape(core)}(?![a-z])", text[e:]) is not None or (len(first) >= 5 and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", text[e:]) is not None))
        label_place = below.partition(":")[2].strip()  # "Arbeitsort: Zürich", "Location: Hull"
        under_title = " ".join(text[head[nxt][0] : head[nxt][1]].split()) if nxt < len(head) else ""
        if k == n - 1 and _unit_under_title(under_title, value):
            return hit  # "Department of X" over the heading, "Y Branch" under it: the organisation and its unit
        if legal or said_again or (placed and k == nxt) or (k == nxt and below and (_place_line(below) or gazetteer().knows(below) or _place_line(below.split(" - ")[0]) or _CJK_ADDRESS.match(below) or _city_code_line(below))):
            return hit
        if k == nxt and (_organisation_name(value) and _could_be_employer_line(value) or label_place and (gazetteer().knows(label_place) or _place_line(label_place))):
            return hit  # a public body under the heading ("Department for X"), or a name over a labelled place
        after = " ".join(text[head[k + 2][0] : head[k + 2][1]].split()) if k + 2 < len(head) else ""
        if k == nxt and _LOCATION_LINE.match(below) and (_META_PART.match(after) or after.lower() in _contract_words()) and _could_be_employer_line(value):
            return hit  # "Title / Name / Ciudad, Provincia / Presencial": the board's header block, a place the gazetteer lacks
        if k == nxt:
            continue
    for s, e in head[n + 1 : n + 8]:  # a legal name further down the head block, past the metadata lines
        hit = trimmed_hit(text, s, e)
        if hit is not None and _leading_legal_name(hit.value):
            return hit
    return None


def _leading_legal_name(value: str) -> bool:
    """A short name that opens with a legal form written first ("ООО «X»", "PT X", "株式会社X")."""
    pattern = title_vocab().legal_form_leading
    m = pattern.match(value) if pattern is not None else None
    return m is not None and 1 <= len(value[m.end() :].split()) <= 8 and not re.search(r"[:\d]", value) and not _ends_sentence(value)


@rule("company", name="company.head_block")
def company_head_block(ctx: Context) -> Iterable[Candidate]:
    """The organisation beside the head block's title (see :func:`_head_company`); nothing for a
    recruiter posting that hides its client."""
    if anonymous_posting(ctx):
        return
    hit = _head_company(ctx.text, ctx.doc)
    if hit is not None:
        hit = _cut_name_tail(ctx.text, hit)  # "Kererū Software home page": the logo's link text
        hit = _quoted_core(ctx.text, hit)
        head = Candidate("company", hit.value, ((hit.start, hit.end),), 0.0, "company.head_block")
        core = _leading_form_core(ctx, head) or _trailing_form_core(ctx, head)
        hit = core or hit  # "SIA Baltic Timber Logistics" (or "Koraltech OOD") over a body that says "Baltic Timber Logistics"
        hit = _short_form_core(ctx, hit) or hit
        hit = _said_dash_head(ctx.text, hit) or hit
        if _unit_of_branded_site(ctx, hit.value) or _labelled_unit(ctx, hit.value):
            return
        said_again = ctx.text.find(hit.value, hit.end) >= 0
        conf = 0.7 if len(hit.value.split()) >= 2 and said_again else 0.55  # the body repeats the full name
        if not said_again and not _legal_name(hit.value) and not _leading_legal_name(hit.value) and _legal_eeo(ctx):
            conf = 0.4  # "Accounting & Finance" over a place line, never said again; the EEO line names "Acme Group, LLC"
        cand = Candidate("company", hit.value, ((hit.start, hit.end),), conf, "company.head_block")
        if not _menu_value(ctx.doc, cand):
            yield cand


_NAME_DASH = fastre.compile(r"[ \t]+[—–-][ \t]+")


def _said_dash_head(text: str, hit: _Hit) -> Optional[_Hit]:
    """The part of a head line before a dash when the body names it again and not the rest ("Centre Hospitalier de
    l'Ouest Guyanais — Franck Joly" over "The Centre Hospitalier de l'Ouest Guyanais is …"); None otherwise."""
    m = _NAME_DASH.search(hit.value)
    if m is None or m.start() < 3:
        return None
    head, rest = hit.value[: m.start()], hit.value[m.end() :]
    body = text[hit.end :]
    if body.find(head) < 0 or body.find(rest) >= 0:
        return None
    return _Hit(head, hit.start, hit.start + len(head))


_ACADEMIC_UNIT = fastre.compile(r"^(?:School|Faculty|College|Division|Directorate)[ \t]+of[ \t]+[A-Z]|^[A-Z][\w&'’ \-]{2,50}[ \t]+(?:Division|Directorate)$")


def _unit_of_branded_site(ctx: Context, value: str) -> bool:
    """A school, faculty or division line under the heading of a page whose first line brands another organisation's
    jobs site ("University of Eastmoor – Jobs" over "Research Technician / School of Life Sciences"): a unit, not the employer."""
    first = next(_lines(ctx.text, 0, min(len(ctx.text), 400)), None)
    if first is None or not _ACADEMIC_UNIT.match(value):
        return False
    m = _CAREERS_SUFFIX.search(ctx.text, *first)
    return m is not None and m.start() > first[0] and ctx.text[first[0] : m.start()].strip() != value


def _legal_eeo(ctx: Context) -> bool:
    """True when an equal-opportunity sentence names the employer with its legal form ("Acme Group, LLC is an …")."""
    for pattern in (_EEO_COMPANY, _EEO_TITLE_CASE):
        for m in pattern.finditer(ctx.text):
            hit = _company_hit(ctx.text, m.start("c"), m.end("c"))
            if hit is not None and _legal_name(hit.value) and is_company_name(hit.value):
                return True
    return False


_QUOTED = fastre.compile(r"[«„“\"'‘‚「『](?P<n>[^«»„“”\"'‘’‚「」『』\n]{2,60})[»“”\"'’‘」』]$")


def _quoted_core(text: str, hit: _Hit) -> _Hit:
    """The name inside the quotes of a legal form written first ("UAB „Gintaro Technologijos“") when the body
    names it so, without its form; else ``hit``."""
    if not _leading_legal_name(hit.value):
        return hit
    m = _QUOTED.search(hit.value)
    if m is None:
        return hit
    core = m.group("n").strip()
    at = text.find(core, hit.start, hit.end)
    if at < 0 or not re.search(rf"(?<![\w«„“\"'‘‚]){re.escape(core)}(?![\w»“”\"'’])", text[hit.end :]):
        return hit  # "ООО «Северный Код»" said once: the full form stays
    return _Hit(core, at, at + len(core))


# --------------------------------------------------------------------------- the employer readers, for other modules
# One public reading of the employer for the LLM layer's grounder (issue 12): the names every company rule
# gives, and whether a recruiter's posting leaves its client unnamed, so no other module keeps copies of
# these readers.

_EXPLICIT_CUES = ("company.labelled", "company.named_client", "company.json")  # what names a hidden client: a label, "our client X"


@dataclass(frozen=True)
class EmployerCandidate:
    """A name the company rules read as the employer: its text, its span in ``ctx.text``, the rule that read it
    (``cue``, a rule method such as ``"company.prose"``) and that rule's confidence."""

    name: str
    span: tuple[int, int]
    cue: str
    confidence: float


def _as_context(ctx: "Context | str") -> Context:
    if isinstance(ctx, str):
        from extractor.context import context_for  # the context module builds on the document layer, not on the rules

        return context_for(ctx)
    return ctx


def employer_candidates(ctx: "Context | str") -> list[EmployerCandidate]:
    """Every employer name the company rules read, each name once (its best reading), best first.

    The same readers the ``company`` field uses: labels, board header lines, the head block, page titles,
    the employer's own prose ("X is a …", "Welcome to X", "At X, we …"), equal-opportunity sentences,
    signatures, JSON exports. In a recruiter's posting that leaves its client unnamed
    (:func:`client_unnamed`) only an explicit label or "our client X" is a candidate: the other names are
    the agency's.

    Args:
        ctx: the posting's context, or its raw text (a context is built for it).

    Returns:
        Candidates sorted by confidence (highest first), then by position; empty when none is read.
    """
    ctx = _as_context(ctx)
    cands = [*company_rules(ctx), *company_head_block(ctx)]
    if client_unnamed(ctx):
        cands = [c for c in cands if c.method in _EXPLICIT_CUES]
    best: dict[str, EmployerCandidate] = {}
    for c in sorted(cands, key=lambda c: (-c.confidence, c.spans[0][0])):
        key = c.value.casefold()
        if key not in best:
            best[key] = EmployerCandidate(c.value, (c.spans[0][0], c.spans[-1][1]), c.method, c.confidence)
    return list(best.values())


def client_unnamed(ctx: "Context | str") -> bool:
    """True when the posting is an intermediary's that does not name the employer: a recruiter's phrase
    hiding its client ("our client, a leading bank", see :func:`anonymous_posting`), or a company profile
    that describes a staffing agency, a recruiter or an investor posting for another employer, unless the
    job is the intermediary's own ("Recruitment Consultant").

    Args:
        ctx: the posting's context, or its raw text (a context is built for it).
    """
    ctx = _as_context(ctx)
    if anonymous_posting(ctx):
        return True
    return any(company and _intermediary(ctx, ctx.text[start:end]) for start, end, company in _prose_regions(ctx))


# --------------------------------------------------------------------------- team


_META_SEPARATOR = fastre.compile(r"[ \t]+[·•|][ \t]+")


_CAREERS_SITE = fastre.compile(r"(?i)\bcareers\b|\bcareer[ \t]+(?:center|centre|site|home)\b")


def _employer_careers_page(ctx: Context) -> bool:
    """The employer's own careers site ("Careers Home | Search Jobs | …", "Career Center | Welcome"), not a job
    board: its opening lines name a careers site and no employer line stands beside the job heading (a board
    prints the employer's name under or over the title)."""
    if not _careers_site_opening(ctx):
        return False
    return _head_company(ctx.text, ctx.doc) is None and not any(True for _ in _top_line_company(ctx))


def _careers_site_opening(ctx: Context) -> bool:
    """True when the page's first three lines (clean or raw) name a careers site ("Careers Home | Search Jobs | …")."""
    text = ctx.text
    opening = list(_lines(text, 0, min(len(text), 600)))[:3]
    raw = ctx.doc.source if ctx.doc is not None else text  # the normaliser may have cut the brand line as chrome
    return any(_CAREERS_SITE.search(text, s, e) for s, e in opening) or any(_CAREERS_SITE.search(line) for line in raw[:600].splitlines()[:3])


# a unit label on one of the next lines under a directorate's ("Department:", "Team:", "Unit:", "Section:", "Service:")
_TEAM_BELOW = fastre.compile(r"(?:\n[^\n]*){0,2}\n[ \t\-*•]*(?i:team)[ \t]*:[ \t]*[A-Z0-9]")
_SMALLER_UNIT_BELOW = fastre.compile(r"(?:\n[^\n]*){0,2}\n[ \t\-*•]*(?i:department|dept|team|unit|section|service)[ \t]*:[ \t]*[A-Z0-9]")


# the second language's half of a bilingual table's value, after the label's own "/": "Public Works / Travaux publics"
_BILINGUAL_HALF = fastre.compile(r"[ \t]+/[ \t]+(?=[^\W\d_])")
# a row of a bilingual details table, its label in two languages: "Status / Statut :", "Hours / Heures :"
_BILINGUAL_LABEL = fastre.compile(r"(?m)^[ \t]*[^\W\d_][^\n:/]{1,30}[ \t]/[ \t][^\W\d_][^\n:/]{1,30}?[ \t]?:[ \t]")


# a unit's size after its name, a fact about it, not its name: ", 32 beds", " (14 staff)", " – 120 seats"
_SIZE_TAIL = fastre.compile(r"(?:,|[ \t]+[-–—]|[ \t]*\()[ \t]*\d{1,5}[ \t]+(?i:beds?|staff|people|employees|members|seats|rooms|engineers|nurses)\)?[ \t]*$", re.M)


# a public body, then its unit after a comma: "Department of Public Works, Water Division", "Ministry of Health, Nursing Services Branch"
_DEPARTMENT_UNIT = fastre.compile(
    r"^(?:Department|Dept\.?|Ministry|Agency|Bureau|Office)[ \t]+(?:of|for)[ \t][^,\n]{3,60}?(?P<sep>,[ \t]+)"
    r"(?P<unit>(?:[A-Z][\w&'’-]*[ \t]+){1,4}(?:Division|Unit|Section|Branch|Bureau|Directorate|Program|Programme))$"
)


def _unit_after_department(value: str) -> Optional[re.Match[str]]:
    """The unit a labelled public body names after itself, or None."""
    return _DEPARTMENT_UNIT.match(value)


def _service_kind(m: re.Match[str], value: str) -> bool:
    """USAJOBS' "Service: Competitive" / "Excepted": a one-word "Service" value names the kind of civil service, not a
    unit (a council's "Service: Parks and Open Spaces" does); nor does a term of service ("Service: Permanent, full time")."""
    return m.group("label").lower() == "service" and (len(value.split()) < 2 or _SERVICE_TERMS.match(value) is not None)


_SERVICE_TERMS = fastre.compile(r"(?i)(?:permanent|temporary|contract(?:ual)?|fixed[- ]term|full[- ]?time|part[- ]?time|casual|seasonal|regular)\b")


@rule("team", name="team.labelled")
def team_labelled(ctx: Context) -> Iterable[Candidate]:
    """``Team: …`` / ``Department: …`` / ``Business unit: …``."""
    text = ctx.text
    vocab = title_vocab()
    agency = {c.spans[0] for c in company_rules(ctx) if c.method == "company.agency_label"}
    for m in vocab.team_label.finditer(text):
        if vocab.company_label.match(text, m.start(), m.end()):
            unit = _unit_after_department(m.group("value").rstrip())
            if unit is not None:  # "Department/Agency: Department of Public Works, Water Division": the unit after the employer
                start = m.start("value") + unit.start("unit")
                yield Candidate("team", unit.group("unit"), ((start, start + len(unit.group("unit"))),), 0.85, "team.labelled")
                return
            continue  # "Department/Office: United Nations Environment Programme": the employer's label
        cut = _META_SEPARATOR.search(text, m.start("value"), m.end("value"))  # "Department: QA · Vancouver, BC · Full-time"
        if cut is None and "/" in text[m.start() : m.start("value")] and len(_BILINGUAL_LABEL.findall(text)) >= 3:
            cut = _BILINGUAL_HALF.search(text, m.start("value"), m.end("value"))  # "Department / Service : Parks / Parcs": the first language's half
        end = cut.start() if cut else m.end("value")
        size = _SIZE_TAIL.search(text, m.start("value"), end)
        hit = trimmed_hit(text, m.start("value"), size.start() if size else end)  # "5 West – Medical/Surgical, 32 beds"
        hit = second_pair_cut(ctx, hit) if hit is not None else None
        if hit is None or sum(any(ch.isalpha() for ch in w) for w in hit.value.split()) > 10 or _SENTENCE_END.search(hit.value + " ") or (hit.start, hit.end) in agency:
            continue  # "Department: Department of Water Access" under a state's posting: the employer (company.agency_label)
        if not (hit.value[0].isupper() or hit.value[0].isdigit()):
            continue
        if _service_kind(m, hit.value):
            continue
        if len(hit.value.split()) >= 3 and re.search(r"(?:^|(?<=[.!?] ))" + re.escape(hit.value) + r" is (?:a|an|the) ", text, re.M):
            continue  # "Practice: Miami Valley Family Dental" where "Miami Valley Family Dental is a … practice": the employer
        if m.group("label").lower() in vocab.category_labels:
            if m.group("label").lower() in ("category", "job category") and _employer_careers_page(ctx) and vocab.company_label.search(text) is None:
                # (a portal's "Agency: Department of Transportation" names a hiring body apart from the site: its category is the portal's)
                yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.6, "team.labelled")  # the employer's own site files its jobs by unit
            continue  # "Job Function: Sales", "Category: Product Management": the board's taxonomy, not the hiring unit
        if m.group("label").lower() in ("directorate", "direction", "faculty", "faculty/school") and _SMALLER_UNIT_BELOW.match(text, m.end(), min(len(text), m.end() + 200)):
            continue  # "Directorate: Community & Planning Services / Department: Public Health", "Faculty: Medical Sciences /
            # Department: …": the smaller unit below hires
        if m.group("label").lower() in ("department", "dept", "division") and _TEAM_BELOW.match(text, m.end(), min(len(text), m.end() + 200)):
            continue  # "Department: Customer Experience / … / Team: Payroll Support" (Lever's categories): the team within it
        weak = m.group("label").lower() in vocab.weak_team_labels
        if weak and re.search(r"[ \t](?:[-–—>»/])[ \t]", hit.value):
            continue  # "Category: Admin - Financial Aid": the board's taxonomy path, not the hiring unit
        yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.65 if weak else 0.85, "team.labelled")
        if not weak:
            return  # a weak label ("Job Category:") gives way to a team label further down
    blocks = [m for m in vocab.team_label_block.finditer(text) if "function" not in m.group("label").lower()]
    units = [m for m in blocks if m.group("label").lower() not in vocab.category_labels]
    # a board's "Job function" / "Accounting/Auditing" is its taxonomy; an employer's ATS files the job under its "Category"
    # unless it also names the unit ("Category" / "Nursing" over "Department" / "4 North Med/Surg")
    for m in units or blocks:
        about = _UNIT_DESCRIBED.search(text, m.start("value"), m.end("value"))  # "CO - Prime Minister's Office - The Prime Minister's Office enables …"
        hit = trimmed_hit(text, m.start("value"), about.start() if about else m.end("value"))
        spans = ((hit.start, hit.end),) if hit else ()
        acronym = _ACRONYM_LINE.match(text, m.end("value")) if hit and not about else None
        if acronym is not None:  # "OFGEM - Corporate Services - Digital, Data and Technology Services" / "(DDSS)" / the next label
            hit, spans = _Hit(f"{hit.value} {acronym.group('a')}", hit.start, acronym.end("a")), (*spans, acronym.span("a"))
        elif about is None and (_WRAPS_ON.match(text, m.end("value")) or _OPEN_END.search(hit.value if hit else "") or re.search(r"[-–—&,/][ \t]*$", m.group("value"))):
            continue  # the value runs on to the next line ("… Defence Business Services" / "(DBS) - Digital …"): no whole unit to cut
        if hit and _team_line(hit.value, labelled=True) and not _meta_line(hit.value) and not _service_kind(m, hit.value):
            yield Candidate("team", hit.value, spans, 0.75, "team.labelled")
            return
    yield from _details_table_team(ctx)
    yield from _property_row_team(ctx)
    for m in vocab.company_label.finditer(text):
        hit = trimmed_hit(text, m.start("value"), m.end("value"))
        if hit is not None and _team_line(hit.value, labelled=True) and _unit_organization(ctx, m, hit):
            yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.7, "team.labelled")
            return


_DETAIL_ROW = fastre.compile(
    r"(?i)^[ \t]*(?:title|job[ \t]+title|city|state|country|location|shift|schedule|post(?:ing|ed)?[ \t]+date|requisition(?:[ \t]+(?:number|id))?|"
    r"req(?:uisition)?[ \t]+(?:#|id)|job[ \t]+(?:id|number|type|schedule|shift)|full[ \t]+time/part[ \t]+time|employment[ \t]+type|position[ \t]+type|facility|salary|pay[ \t]+range|"
    # a public service's rows: "Opening Date 11/03/2025", "Vacancy number VN-25-0412", "Agency …", "Classification APS Level 5"
    r"(?:opening|closing|publish(?:ed)?)[ \t]+date|date[ \t]+(?:posted|published|opened)|(?:vacancy|position|announcement)[ \t]+number|agency|classification|"
    r"job[ \t]+locations?|id|type|\#[ \t]*of[ \t]+(?:openings|positions|vacancies))[ \t]+[A-Z0-9]"  # iCIMS: "Job Locations CA-ON-Hamilton", "ID 2026-11873", "# of Openings 3", "Type Regular Full-Time"
)
_DETAIL_TEAM = fastre.compile(
    r"^[ \t]*(?P<label>(?:Division|Branch|Section|Unit)(?:[ \t]*/[ \t]*(?:Division|Branch|Section|Unit)){1,3}|Department|Dept\.?|Business[ \t]+Unit|Division|Unit|Nursing[ \t]+Unit|Job[ \t]+Category|Category)"
    r"[ \t]+(?P<value>[A-Z0-9][^\n:]{1,78})$", re.M
)  # an APS "Division/Branch/Section" path; an employer's own ATS files the job under its "Job Category" (the s18/s19 calls)


def _table_run(lines: list[str]) -> int:
    """How many lines in a row, from the first, are rows of a flattened details table."""
    return next((n for n, line in enumerate(lines) if not _DETAIL_ROW.match(line)), len(lines))


_ROW_TEAM_LABEL = r"(?P<label>Team|Department|Dept\.?|Division|Business[ \t]+Unit)"
_TABLE_ROW_TEAM = fastre.compile(r"^[ \t]*\|[ \t]*(?:\*\*)?" + _ROW_TEAM_LABEL + r"(?:\*\*)?[ \t]*\|[ \t]*(?P<value>[^|\n]{2,60}?)[ \t]*\|[ \t]*$", re.M)
_PROPERTY_ROW_TEAM = fastre.compile(r"^[ \t]*" + _ROW_TEAM_LABEL + r"[ \t]+(?P<value>[A-Z0-9][^\n:|]{1,58})$", re.M)


def _property_row_team(ctx: Context) -> Iterator[Candidate]:
    """The unit in a key/value row without a colon: a markdown table's "| Department | Respiratory Care |", or a
    page's property line set apart by a wide gap in the raw input (Notion, PDFs: "Team          Storage Platform")."""
    text, doc = ctx.text, ctx.doc
    head = min(len(text), 4000)
    for m in _TABLE_ROW_TEAM.finditer(text, 0, head):
        hit = trimmed_hit(text, m.start("value"), m.end("value"))
        if hit is not None and hit.value[:1].isupper() and len(hit.value.split()) <= 8:
            yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.75, "team.labelled")
            return
    if doc is None or doc.source is doc.text:
        return
    for m in _PROPERTY_ROW_TEAM.finditer(text, 0, head):
        gap = doc.source[doc.source_span(m.end("label") - 1, m.end("label"))[1] : doc.source_span(m.start("value"), m.start("value") + 1)[0]]
        hit = trimmed_hit(text, m.start("value"), m.end("value"))
        if _WIDE_GAP.fullmatch(gap) and hit is not None and len(hit.value.split()) <= 8 and not _SENTENCE_END.search(hit.value + " "):
            yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.7, "team.labelled")
            return


def _details_table_team(ctx: Context) -> Iterator[Candidate]:
    """A job-details table flattened without colons, one "Label Value" row a line (UKG, Kronos and
    hospital ATS pages: "City Spokane" / "Department 4 West Medical/Surgical" / "Shift Nights"): the
    department row, read only inside the table (three rows of other known fields around it, one each side)."""
    text = ctx.text
    for m in _DETAIL_TEAM.finditer(text, 0, min(len(text), 3000)):
        above = text[max(0, m.start() - 400) : m.start()].split("\n")[-3:-1]  # the two lines above the row (the last piece is the row's own start)
        below = text[m.end() + 1 : m.end() + 400].split("\n", 2)[:2]
        rows = [bool(_DETAIL_ROW.match(line)) for line in above + below]
        run = _table_run(text[max(0, m.start() - 600) : m.start()].split("\n")[-2::-1]) + _table_run(text[m.end() + 1 : m.end() + 600].split("\n"))
        if (not (above and below and _DETAIL_ROW.match(above[-1]) and _DETAIL_ROW.match(below[0])) or sum(rows) < 3) and run < 4:
            continue  # three rows of the table around it, its neighbours among them; or four rows next to it (the table's first or last row)
        if m.group("label") == "Category" and (not _careers_site_opening(ctx) or _board_page(ctx, list(_lines(text, 0, min(len(text), 600))))
                                               or re.search(r"[ \t][-–—>»/][ \t]", m.group("value"))):
            continue  # a board's category is its taxonomy, so is a path ("Maintenance / Facilities"); the employer's own site files the job by unit
        hit = trimmed_hit(text, m.start("value"), m.end("value"))
        if hit is not None and len(hit.value.split()) <= (8 if "/" in m.group("label") else 6) and not _SENTENCE_END.search(hit.value + " ") and not kind_of_heading(hit.value):
            yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.7, "team.labelled")
            return


# a unit's path, then a dash and a sentence describing the unit that wraps on: " - The Prime Minister's Office enables …"
_UNIT_DESCRIBED = fastre.compile(r"[ \t]+[-–—][ \t]+(?:The|This|Our|We|It)[ \t][^\n]*[ \t][a-z]{3,}")
# the unit's acronym alone on the next line, the line after it another label or blank: "(DDSS)" / "Type of role"
_ACRONYM_LINE = fastre.compile(r"\n[ \t]*(?P<a>\([A-Z][A-Za-z0-9&]{1,9}\))[ \t]*(?=\n[ \t]*(?:[A-Z][^\n:]{0,40}:?[ \t]*\n|\n)|$)")
_WRAPS_ON = fastre.compile(r"\n[ \t]*(?:\(|[a-z]|[-–—&][ \t])")  # a next line that continues the one above: "(DBS) …", "and …", "- Payroll"
_UNIT_PATH = fastre.compile(r"[ \t]+[-–—>»/][ \t]+")  # the steps of an organisation path: "Digital - Engineering", "Operations > Fleet"


@cache
def _language_picker() -> re.Pattern:
    """A site's language picker item: a language's name, its region in brackets ("English (United States)", "Français (Canada)")."""
    names = _labels_regex(load("titles.json").get("language_names", []))
    return fastre.compile(rf"^(?:{names})(?:[ \t]*\([^()\n]{{2,30}}\))?$")


def _team_line(value: str, *, labelled: bool = False) -> bool:
    """A short capitalised unit name; under a label a unit number may open it ("4 West Cardiac Step-Down")."""
    if not value or not (value[0].isupper() or labelled and value[0].isdigit()):
        return False
    parts = _UNIT_PATH.split(value) if labelled else [value]  # under a label, a unit's path: "HR - People Services - Payroll"
    if len(value) > (80 if len(parts) > 1 else 60) or any(len(p.split()) > 7 for p in parts) or len(value.split()) > 7 + 2 * (len(parts) - 1):
        return False
    figures = r"\d{3,}|\d[/.:,\-]\d" if labelled else r"\d"
    slash = r"(?<![^\W\d_])/|/(?![^\W\d_])" if labelled else "/"  # under a label, "Med/Surg" names one unit
    if re.search(rf"[:$£€₹@]|{slash}|{figures}|\.(?:\s|$)", value) or (_place_line(value) if labelled else _LOCATION_LINE.match(value)):
        return False  # under a label a comma lists the unit's parts ("Policy, Digital and Data") unless it names a place
    if kind_of_heading(value) or _places_list_line(value) or _language_picker().match(value):
        return False  # "Sydney NSW, Parramatta NSW and Liverpool NSW": the places of work; "English (United States)": the site's language
    caps = [w for w in _WORD_RE.findall(value) if len(w) > 3]
    return all(w[0].isupper() for w in caps)


_META_PART = fastre.compile(
    r"(?i)^(?:(?:fully[ \t]+)?remote|hybrid|on[- ]?site|in[- ]office|full[- ]?time|part[- ]?time|contract(?:or)?|temporary|seasonal|permanent|"
    r"h[ií]brid[oa]?|hybride|remot[oa]|presencial|teletrabajo|teletrabalho|t[ée]l[ée]travail|homeoffice|home-office|zdaln\w*|stacjonarn\w*|thuiswerk\w*|"
    r"intern(?:ship)?|freelance|fixed[- ]term|(?:date[ \t]+)?posted|closing|deadline|worldwide|anywhere|"
    r"hourly|salaried|(?:non[- ]?)?exempt|per[ \t]+diem|prn|casual|"  # the pay basis an ATS prints under the heading: "Hourly", "Salaried", "Non-Exempt"
    r"(?:job|req(?:uisition)?|ref(?:erence)?|posting|vacancy)[ \t]*(?:id|no\.?|number|#)(?=[ \t]*[:#]|[ \t]+\S*\d)|"  # the id in the line: "Job ID: KHT-2026-1147"
    r"(?:entry|mid(?:dle)?|mid[- ]senior|senior|junior|executive)[ \t-]+level)\b"  # a board's seniority tag: "Mid Level"
    r"|(?i:^(?:semi[- ]?senior|senior|junior|mid(?:dle)?|trainee|principal|expert)$)"  # or the level alone: "Semi Senior", "Senior" (Get on Board, Comeet)
    # a graduate board's kind of opportunity: "Graduate Job", "Placement", "Clerkship", "Graduate Programme"
    r"|(?i:^(?:graduate[ \t]+(?:jobs?|roles?|programmes?|programs?|schemes?)|(?:industrial[ \t]+)?placement(?:[ \t]+year)?|clerkships?|apprenticeships?|insight[ \t]+days?|vacation[ \t]+(?:work|schemes?))$)"
)
_AT_COMPANY = fastre.compile(r"^(?:at|@)[ \t]+[A-Z0-9]")


@lru_cache(maxsize=1)
def _contract_words() -> frozenset[str]:
    """Employment-type words of many languages as a board prints them alone ("Vollzeit", "CDI", "Tempo integral")."""
    return frozenset(w.lower() for words in load("employment.json").get("standalone", {}).values() for w in words)


def _meta_line(value: str) -> bool:
    """A careers header's metadata line: places ("London, UK; Leeds, UK"), a workplace or contract word (in
    several languages: "Vollzeit"), a posting date."""
    parts = [p for p in re.split(r"[ \t]*[;|·•][ \t]*", value) if p]
    gaz = gazetteer()
    return bool(parts) and all(_META_PART.match(p) or _place_line(p) or gaz.knows(p) or p.lower() in _contract_words() for p in parts)


def _employer_names(ctx: Context) -> set[str]:
    """The names the company rules may give (casefolded), less a header-block guess that a stronger cue outranks."""
    cands = list(company_rules(ctx))
    best = max((c.confidence for c in cands), default=0.0)
    # a recruiter's name on the header line when the client is hidden: still not a team
    header = {c.value.casefold() for c in _top_line_company(ctx)} if anonymous_posting(ctx) else set()
    header |= {c.value.casefold() for c in company_head_block(ctx) if c.confidence >= best}
    return header | {
        c.value.casefold()
        for c in cands
        if c.method not in ("company.top_line", "company.header_block") or not any(o.value != c.value and o.confidence > c.confidence for o in cands) or c.confidence >= best
    }


@rule("team", name="team.careers_header")
def team_careers_header(ctx: Context) -> Iterable[Candidate]:
    """The category a careers site shows beside the job heading's metadata lines (place, workplace, contract).

    "Title / London, UK / Data Platform" or "Title / at Acme / Research / Remote": a short
    capitalised line right after the heading, its company line or a metadata line, with a
    metadata line next to it; never a line that names the employer.
    """
    text = ctx.text
    hs, he = _header_range(ctx)
    lines = list(_lines(text, hs, he))[: HEADER_LINES * 2]
    titles = set()
    page = _page_title(ctx)
    if page is not None and page.title is not None:
        titles.add(page.title.value.lower())
    for ls, le in lines:
        value = " ".join(text[ls:le].split())
        if looks_like_title(value):
            titles.add(value.lower())
    if _board_page(ctx, list(_lines(text, 0, min(len(text), 600)))):
        return  # a board's search cards: the line under each heading is an employer (see :func:`_board_card_company`)
    values = [" ".join(text[s:e].split()).lstrip("-•*· ") for s, e in lines]  # a bulleted metadata list too
    meta = [_meta_line(v) for v in values]
    companies = None
    for i in range(len(lines) - 2):
        if values[i].lower() not in titles:
            continue
        j = i + 1
        while j < len(lines) and j <= i + 4 and (meta[j] or _AT_COMPANY.match(values[j])):
            j += 1
        if j >= len(lines) or j > i + 4:
            continue
        if not (meta[j - 1] or (j + 1 < len(lines) and meta[j + 1])):
            continue
        hit = trimmed_hit(text, *lines[j])
        # a line between two metadata lines ("Vancouver, BC" / "ENGINEERING – MOBILE" / "FULL-TIME") is the stack's
        # category, though its words could head a title
        sandwiched = meta[j - 1] and j + 1 < len(lines) and meta[j + 1]
        heading_again = hit is not None and (hit.value.lower() == values[i].lower() or len(hit.value.split()) > 1 and hit.value.lower() in titles and not sandwiched)
        if not hit or not _team_line(hit.value) or heading_again or _META_PART.match(hit.value) or EVENT_NAME.match(hit.value) or vocab_greeting(hit.value) \
                or kind_of_heading(hit.value) is not None \
                or hit.value.lower() in _contract_words():
            # (one word under the heading's place line, "Sales", is the category even though a job noun could head a title;
            # "Hallo Allerseits" under a message's subject greets the readers)
            continue
        if companies is None:
            companies = _employer_names(ctx)
        if hit.value.casefold() in companies or any(hit.value.casefold().startswith(c + " ") for c in companies) or _leading_legal_name(hit.value) or _legal_name(hit.value):
            continue  # "Acme Foods - Giza, Egypt": the employer's line with its place; "Nordrek AB" (a legal form) names a firm, not a unit
        yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.7, "team.careers_header")
        return


_JOB_FAMILY_LINE = fastre.compile(r"(?m)^[ \t]*Job[ \t]*:[ \t]*(?P<value>[A-Z][^\n:]{1,60}?)[ \t]*$")


@rule("team", name="team.job_family")
def team_job_family(ctx: Context) -> Iterable[Candidate]:
    """Taleo's "Job:" family over its other details rows ("Job: Nursing - LPN" / "Primary Location: …" /
    "Organization: …"): the part of the employer the job belongs to, below a unit a label names."""
    for m in _JOB_FAMILY_LINE.finditer(ctx.text, 0, min(len(ctx.text), 20_000)):
        if _over_details_rows(ctx.text, m.start(), m.end()):
            hit = trimmed_hit(ctx.text, *m.span("value"))
            if hit is not None:
                yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.6, "team.job_family")
            return


@rule("team", name="team.employer_line")
def team_employer_line(ctx: Context) -> Iterable[Candidate]:
    """The unit named after the employer on its header line ("Department of Roads - Bridges Branch"), or on
    the name line beside the head block's heading ("University of X - School of Y")."""
    text = ctx.text
    ends = [c.spans[0][1] for c in _top_line_company(ctx)][:1]
    if not ends:  # "University of X - School of Y" beside the heading too
        head = _head_company(text, ctx.doc)
        ends = [head.end] if head is not None else []
    for name_end in ends:
        line_end = text.find("\n", name_end)
        unit = _UNIT_AFTER_ORG.match(text, name_end, len(text) if line_end < 0 else line_end)
        if unit and (unit.group("unit") or unit.group("named")):
            group = "unit" if unit.group("unit") else "named"
            hit = trimmed_hit(text, unit.start(group), unit.end(group))
            if hit and hit.value.casefold() not in _careers_words() and not _RECRUITING_UNIT.match(hit.value):  # "Parkland Care Society - Career Section": the site
                yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.7, "team.employer_line")
        return


# the unit that writes the ad, named after the employer on its byline ("Glenisla Distillers Ltd – People Team"): no job's team
_RECRUITING_UNIT = fastre.compile(r"(?i)(?:the[ \t]+)?(?:people|hr|human[ \t]+resources|talent(?:[ \t]+acquisition)?|recruitment|recruiting|resourcing|people[ \t]+(?:&|and)[ \t]+culture)(?:[ \t]+(?:team|department|dept\.?))?$")


@cache
def _careers_words() -> frozenset[str]:
    """A careers site's names for itself ("Careers", "Career Section"), casefolded."""
    return frozenset(w.casefold() for w in load("titles.json").get("careers_words", []))


_SLASH_SEPARATOR = fastre.compile(r"[ \t]+/[ \t]+")
_PIPE_SEPARATOR = fastre.compile(r"[ \t]+\|[ \t]+")
_COMMITMENT = fastre.compile(r"(?i)^(?:full[- ]?time|part[- ]?time|contract(?:or)?|temporary|permanent|intern(?:ship)?|freelance|fixed[- ]term|remote|hybrid|on[- ]?site|in[- ]office)$")


_ID_PART = fastre.compile(r"(?i)(?:requisition|req|job|posting|vacancy)[ \t]*(?:id|no\.?|number|#)[ \t]*:?[ \t]*[\w-]{2,20}$")


@rule("team", name="team.meta_line")
def team_meta_line(ctx: Context) -> Iterable[Candidate]:
    """Job boards' "Location / Team / Commitment / Workplace" header line (Lever and alike)."""
    text = ctx.text
    for ls, le in list(_lines(text, 0, min(len(text), 800)))[: HEADER_LINES * 2]:
        line = text[ls:le]
        cuts = list(_SLASH_SEPARATOR.finditer(line))
        piped = len(cuts) < 2 and _ID_PART.match(line.split("|")[0].strip()) is not None
        if piped:
            cuts = list(_PIPE_SEPARATOR.finditer(line))  # a requisition's number, then its team and place, by pipes
        if len(cuts) < 2:
            continue
        bounds = [0] + [c.end() for c in cuts]
        ends = [c.start() for c in cuts] + [len(line)]
        segments = [(ls + b, ls + e) for b, e in zip(bounds, ends)]
        values = [" ".join(text[s:e].split()) for s, e in segments]
        numbered = _ID_PART.match(values[0]) is not None
        if any(re.search(r"[^\W\d_][ \t]*:[ \t]", v) for v in (values[1:] if numbered else values)):
            continue  # a bilingual label's line ("Type de contrat / Contract : CDI / Permanent") is no meta line
        if not any(_COMMITMENT.match(v) for v in values) and not numbered:
            continue  # (a requisition's number may open the line: "Requisition ID: 25-0418 | Front Office | Cairns, QLD")
        if piped and (len(values) != 3 or re.search(r"\d|:", values[1]) or not (_LOCATION_LINE.match(values[2]) or _place_line(values[2]))):
            continue  # ("Req ID: 25-0418 | Front Office | Cairns, QLD": the number, the team, the place; not "Req ID: 4407 | Posted …")
        for (s, e), value in zip(segments[1:], values[1:]):  # the first segment is the place (or the requisition's number)
            if _COMMITMENT.match(value) or _LOCATION_LINE.match(value):
                continue
            hit = trimmed_hit(text, s, e)
            if hit and hit.value[0].isupper() and len(hit.value.split()) <= 7:
                yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.7, "team.meta_line")
                return
    yield from _stacked_meta_team(ctx)
    yield from _dotted_meta_category(ctx)


_STACKED_PART = fastre.compile(r"[ \t]+/[ \t]*$")


def _stacked_meta_team(ctx: Context) -> Iterator[Candidate]:
    """The same line stacked one part a line, each closed by " /" (a Lever page copied as text: "WELLINGTON /" /
    "ENGINEERING – PLATFORM /" / "PERMANENT FULL-TIME /" / "HYBRID"): the part after the place that is no
    commitment, workplace or place, where a commitment or workplace part stands in the stack."""
    text = ctx.text
    lines = list(_lines(text, 0, min(len(text), 800)))[: HEADER_LINES * 2]
    n = 0
    while n < len(lines):
        if not _STACKED_PART.search(text, *lines[n]):
            n += 1
            continue
        k = n
        while k < len(lines) and _STACKED_PART.search(text, *lines[k]):
            k += 1
        run = lines[n : k + 1]  # the last part has no slash after it
        parts = [(s, _STACKED_PART.search(text, s, e).start() if _STACKED_PART.search(text, s, e) else e) for s, e in run]
        values = [" ".join(text[s:e].split()) for s, e in parts]
        if len(parts) >= 3 and any(_COMMITMENT.match(v) or _META_PART.match(v) for v in values):
            for (s, e), value in zip(parts[1:], values[1:]):
                if _COMMITMENT.match(value) or _META_PART.match(value) or _LOCATION_LINE.match(value) or _place_line(value):
                    continue
                hit = trimmed_hit(text, s, e)
                if hit and hit.value[0].isupper() and len(hit.value.split()) <= 7:
                    yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.7, "team.meta_line")
                return
        n = k + 1


# shift work named in the board's language: "Vaktavinna", "Schichtarbeit", "Vuorotyö", "Turnos rotativos"
_SHIFT_WORD = fastre.compile(
    r"(?i)\b(?:shifts?|nights?|weekends?|rota|roster|vaktavinna|vaktir|skiftarbete|skiftarbejde|skiftarbeid|schicht\w*|vuorotyö\w*|ploegendienst|turnos?|travail[ \t]+post[ée])\b"
)


META_LINES_BETWEEN = 3  # the head block's place, meta and "Label: value" lines between the title and the dotted line, in any order
_LABELLED_VALUE = fastre.compile(r"^[A-Z][\w /&()-]{1,30}:[ \t]+\S")


def _dotted_meta_category(ctx: Context) -> Iterator[Candidate]:
    """An ATS's category in the dotted metadata line right under the job heading, before or after the place
    ("Customer Success · Remote (United States) · Full time", "Leeds, West Yorkshire · Operations · Full time"):
    the one part that is no place, workplace, contract word or date, shaped like a unit's name, when a
    workplace or contract word stands in the line."""
    text = ctx.text
    lines = list(_lines(text, 0, min(len(text), 1500)))[: HEADER_LINES * 2]
    gaz = gazetteer()
    values_above = [" ".join(text[s:e].split()) for s, e in lines]
    for n, (ls, le) in enumerate(lines[1:], 1):
        k = n - 1  # "Title / Charlotte, NC, United States / Full Time · Onsite · Retail Banking": place and meta lines between
        while k >= 1 and n - k <= META_LINES_BETWEEN and not looks_like_title(values_above[k]) and (
            _place_line(values_above[k]) or _meta_line(values_above[k]) or _LABELLED_VALUE.match(values_above[k])
        ):
            k -= 1
        above = values_above[k]
        cuts = list(_META_SEPARATOR.finditer(text, ls, le))
        if not cuts or len(cuts) == 1 and "|" in cuts[0].group() or not looks_like_title(above):
            continue  # two dotted parts are enough: "Engineering · Full-time"
        bounds = list(zip([ls] + [c.end() for c in cuts], [c.start() for c in cuts] + [le]))
        values = [" ".join(text[a:b].split()) for a, b in bounds]
        meta = [bool(_META_PART.match(v) or v.lower() in _contract_words()) for v in values]
        if not any(meta):
            continue
        rest = [(a, b, v) for (a, b), v, m in zip(bounds, values, meta) if not m and not _place_line(v) and not gaz.knows(v) and not _city_code_line(v)]  # "Brisbane QLD"
        if len(rest) != 1:
            continue
        a, b, value = rest[0]
        if not _team_line(value) or len(value.split()) > 4 or _legal_name(value) or _SHIFT_WORD.search(value) or value.casefold() in _employer_names(ctx):
            continue  # "Day & Night Shifts" is the schedule
        hit = trimmed_hit(text, a, b)
        if hit is not None:
            yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.6, "team.meta_line")
        return


_NAMED_UNIT = fastre.compile(r"^[A-Z][\w&'’ \-]{1,40}[ \t](?:Team|Department|Division)$")


@rule("team", name="team.meta_unit")
def team_meta_unit(ctx: Context) -> Iterable[Candidate]:
    """A unit named as such in a careers header's metadata line
    ("Remote (US) | Full-time | Development Team | Posted May 2, 2025")."""
    text = ctx.text
    lines = list(_lines(text, 0, min(len(text), 3000)))[: HEADER_LINES * 3]
    for n, (ls, le) in enumerate(lines):
        cuts = list(_META_SEPARATOR.finditer(text, ls, le))
        if len(cuts) < 2:
            continue
        bounds = list(zip([ls] + [c.end() for c in cuts], [c.start() for c in cuts] + [le]))
        values = [" ".join(text[a:b].split()) for a, b in bounds]
        if not any(_META_PART.match(v) or _place_line(v) for v in values):
            continue
        for (a, b), value in zip(bounds, values):
            if _NAMED_UNIT.match(value) and _team_line(value):
                hit = trimmed_hit(text, a, b)
                if hit is not None:
                    yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.65, "team.meta_unit")
                    return
        # "Service Operations | Sacramento, California | Req #: 044" right under the heading: the unit opens the line, a place
        # stands next to it (an ATS's department · location · requisition line); never the employer's name
        first = values[0]
        above = " ".join(text[lines[n - 1][0] : lines[n - 1][1]].split()) if n else ""
        if n and looks_like_title(above) and _place_line(values[1]) and _team_line(first) and not _META_PART.match(first) and not has_job_noun(first) \
                and not _legal_name(first) and not gazetteer().knows(first) and first.casefold() not in _employer_names(ctx):
            hit = trimmed_hit(text, *bounds[0])
            if hit is not None:
                yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.6, "team.meta_unit")
                return


# --------------------------------------------------------------------------- where a value may stand
# Used to check a value found elsewhere (an LLM's answer): a title, company or team counts only
# where the posting states it as that field, not wherever the same words occur.

_TITLE_CUE = fastre.compile(
    r"(?i)\b(?:hiring|looking[ \t]+for|seeking|recruiting|position[ \t]+of|role[ \t]+of|join[ \t]+(?:us|our[ \t]+team)[ \t]+as|work[ \t]+as)"
    r"[ \t]+(?:an?[ \t]+|our[ \t]+(?:next[ \t]+|new[ \t]+)?|the[ \t]+|(?:a[ \t]+)?new[ \t]+)?"
)
_EMPLOYER_SUBJECT = fastre.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<c>" + _COMPANY_RE + r")[ \t]+(?:was[ \t]+(?:founded|established|started)|is[ \t]+(?:an?|the)[ \t]|builds|develops|"
    r"provides|offers|makes|designs|operates|helps|serves|employs|has[ \t]+been|(?:is|are)[ \t]+(?:committed|proud|dedicated))\b",
    re.M,
)
_EMPLOYER_OBJECT = fastre.compile(
    r"(?:\b(?:work(?:ing)?[ \t]+(?:at|for)|careers?[ \t]+(?:at|with)|jobs?[ \t]+at|life[ \t]+at|(?:our[ \t]+)?team[ \t]+at)[ \t]+|^About[ \t]+|©[ \t]*(?:\d{4}[ \t]+)?)"
    r"(?P<c>" + _COMPANY_RE + r")",
    re.M,
)
_LEGAL_ENTITY = fastre.compile(
    r"(?P<c>[A-Z0-9][\w&.'’\-]{0,40}(?:[ \t]+[A-Z0-9&][\w&.'’\-]{0,40}){0,4}),?[ \t]+"
    r"(?:Inc|Ltd|LLC|L\.L\.C|GmbH|plc|PLC|Corp(?:oration)?|AG|S\.A\.[ \t]de[ \t]C\.V|S\.A|B\.V|N\.V|Pty|Limited|SE|SAS|S\.r\.l|Pvt)\b\.?"
)
_TEAM_WORD = fastre.compile(r"(?i)\b(?:team|department|dept|group|division|unit|squad|organi[sz]ation|function|practice|business[ \t]+line)s?\b")
PLACE_REACH = 80  # characters either side of a cue word that make up its sentence


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


_LABELLED_FIGURE = re.compile(r"\w:[ \t]*\d")  # "RUN DATE: 12/01/26", "Ref: 4411": a labelled figure, never a name


def top_lines(ctx: Context, count: int) -> list[tuple[int, int]]:
    """The first ``count`` non-empty lines of the text and of its header section."""
    text = ctx.text
    spans = list(_lines(text, 0, min(len(text), 1200)))[:count]
    hs, he = _header_range(ctx)
    return spans + list(_lines(text, hs, he))[:count]


def title_places(ctx: Context) -> list[tuple[int, int]]:
    """Spans of ``ctx.text`` where a job title may stand.

    The first header lines but a site's menu or chrome line, the value of a title label ("Job
    Title: …"), an email subject, and what follows a hiring cue ("we are hiring a …", "join us as …") up to the line end.
    """
    text = ctx.text
    places = [(s, e) for s, e in top_lines(ctx, HEADER_LINES)
              if not (_raw_menu(ctx.doc, s, e) or _chrome_line(" ".join(text[s:e].split())))]  # a site's menu holds no title
    places += [m.span("value") for m in title_vocab().title_label.finditer(text)]
    places += [m.span("v") for m in _SUBJECT_RE.finditer(text)]
    for m in _TITLE_CUE.finditer(text):
        places.append((m.end(), min(_line_bounds(text, m.end())[1], m.end() + MAX_TITLE_CHARS)))
    return places


def company_places(ctx: Context) -> list[tuple[int, int]]:
    """Spans of ``ctx.text`` where the employer's name may stand.

    The first header lines, a company label's value, an "About <Company>" heading, and the
    names the company patterns read: "<Company> is hiring", "Join <Company>", "At <Company>, we",
    "on behalf of", "our client", EEO sentences, "<Company> was founded / is a …", "working at
    <Company>", a line "About <Company>…", "© <Company>", legal entities ("<Company> Ltd"),
    job-board meta lines.
    """
    text = ctx.text
    places = top_lines(ctx, HEADER_LINES)
    places += [m.span("value") for m in title_vocab().company_label.finditer(text)]
    places += [(s.heading_start, s.start) for s in ctx.sections_of("company")]
    head = min(len(text), 600)
    for pattern in (_EEO_COMPANY, _EEO_TITLE_CASE, _OPERATED_BY, _HIRING, _JOIN, _AT_START, _BEHALF, _NAMED_CLIENT, _EMPLOYER_SUBJECT, _EMPLOYER_OBJECT, _LEGAL_ENTITY):
        places += [m.span("c") for m in pattern.finditer(text)]
    for pattern in (_META_LINE, _RATING_LINE, _HIRING_FOR, _CAREERS_BRAND):
        places += [m.span("c") for m in pattern.finditer(text, 0, head)]
    return places


def team_places(ctx: Context) -> list[tuple[int, int]]:
    """Spans of ``ctx.text`` where a team or department may stand.

    The header lines, a team label's value ("Department: …"), and the sentence around a team
    word ("join the Data Platform team", "our Finance department").
    """
    text = ctx.text
    places = top_lines(ctx, HEADER_LINES * 2)
    places += [m.span("value") for m in title_vocab().team_label.finditer(text)]
    for m in _TEAM_WORD.finditer(text):
        line_start, line_end = _line_bounds(text, m.start())
        places.append((max(line_start, m.start() - PLACE_REACH), min(line_end, m.end() + PLACE_REACH)))
    return places


# --------------------------------------------------------------------------- national boards' ad pages


@cache
def _place_field() -> re.Pattern:
    """A line opening with a place-of-work label and its colon, in any language the gazetteer's label vocabulary has
    ("Kommun: Linköping", "Arbeitsort: Köln", "Paikkakunta: Tampere", "Location: Leeds")."""
    data = gazetteer().data
    words = {w.lower() for w in data["labels"]} | {w.lower() for kind in ("city", "region", "county") for w in data["field_labels"][kind]}
    return fastre.compile(r"(?i)[ \t*•-]{0,4}(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")[ \t]{0,3}[:：][ \t]*\S")


def _board_employer_line(value: str) -> bool:
    """A short name line under a board ad's heading: no label, sentence, place, metadata or job title."""
    if ":" in value or _ends_sentence(value) or len(value.split()) > 8 or not (_capital(value[0]) or value[0].isdigit()) or re.search(r"[›»>→|·•]", value):
        return False  # ("Open roles › Compliance": a breadcrumb)
    if gazetteer().knows(value) or _place_line(value) or _meta_line(value) or kind_of_heading(value) or _menu_line(value) or _chrome_line(value):
        return False
    return value.lower() not in title_vocab().not_company and value.casefold() not in board_chrome() \
        and not (looks_like_title(value) and not _legal_name(value) and not _organisation_name(value))  # (nor an "Apply" button)


def _labelled_heading(text: str, start: int, end: int) -> bool:
    """A first line that is a labelled field ("Jobbtitel: …", "Company: …", "Kommun: …", "Publicerad: 3 mars") rather than
    a heading: a colon closing a short label with no job noun, or any known label."""
    value = text[start:end]
    if ":" not in value:
        return False
    vocab = title_vocab()
    if vocab.company_label.match(text, start, end) or _place_field().match(text, start, end):
        return True
    if vocab.title_label.match(text, start, end):
        return False  # "Jobbtitel: Lagerarbetare": the heading's value is read below
    before, after = value.split(":", 1)
    return not (has_job_noun(after) or _occupation_first(after.strip())) or bool(re.search(r"\d", before)) or len(before.split()) > 3 or not after.strip()


_CONTACT_PHONE = fastre.compile(r"(?i)\b(?:tel|phone|ph|telephone)\b\.?[ \t:]*[+(]?\d")


def _board_ad_head(ctx: Context) -> Optional[tuple[_Hit, _Hit, list[str]]]:
    """The heading, the employer line and the labelled places of a national board's ad page: the heading, the
    employer's name on the line under it (the board's occupation or category may follow on a line of its own),
    then the board's labelled fields, opening with the place of work ("Kommun: Linköping" / "Län: …", "Arbeitsort:
    Köln", "Location: Leeds"). Boards everywhere print an ad so, each labelling the fields in its own language."""
    text = ctx.text
    lines = list(_lines(text, posting_start(ctx), min(len(text), 1500)))[:6]
    for k in (2, 3):
        if len(lines) <= k or not _place_field().match(text, *lines[k]) or _CONTACT_PHONE.search(text, *lines[k]):
            continue  # ("Office: 2nd Floor, Pago Plaza, Fagatogo · Tel (684) 633-5120": the site's own contact line)
        if any(":" in text[s:e] for s, e in lines[1:k]) or _labelled_heading(text, *lines[0]):
            return None  # a label line, not a heading; a heading may hold a colon ("Sommarvikarie: Vårdbiträde i hemtjänsten")
        heading, employer = trimmed_hit(text, *lines[0]), trimmed_hit(text, lines[1][0], _before_badge(text, *lines[1]))
        label = title_vocab().title_label.match(text, *lines[0])
        if label is not None:
            heading = trimmed_hit(text, *label.span("value"))  # "Jobbtitel: Lagerarbetare"
        if heading is None or employer is None or not _board_employer_line(employer.value) or _raw_menu(ctx.doc, *lines[1]):
            return None  # ("Current Openings   Job Alerts   Sign In": a site's menu in columns)
        if not has_job_noun(heading.value) and (_employer_said(text, heading.value, heading.end) or has_job_noun(employer.value)):
            return None  # "Vexa Gaming" / "Open roles › Compliance" / the title: a careers page's brand, not a heading; a board's
            # name over the job's heading ("Trade Me Jobs" / "Payroll Administrator – …" / the employer / "Location: …")
        unit = _UNIT_AFTER_ORG.search(employer.value) or _PARENT_AFTER_ORG.search(employer.value)
        if unit is not None and unit.start() > 0:  # "University of X - School of Computer Science": the unit goes
            employer = trimmed_hit(text, employer.start, employer.start + unit.start()) or employer
        places = []
        for s, e in lines[k:]:
            m = _place_field().match(text, s, e)
            if m is None:
                break
            places.append(" ".join(text[m.end() - 1 : e].split()).strip(" ,"))
        return heading, employer, places
    return None


@cache
def _pay_marks() -> re.Pattern:
    """A currency's code or local mark ("kr", "SEK", "€", "zł") beside a figure: pay glued to a heading."""
    from extractor.data.world import currency_vocab

    vocab = currency_vocab()
    marks = {m for m in (*vocab["prefix"], *vocab["suffix"], *vocab["prefix"].values(), *vocab["suffix"].values()) if len(m.strip()) >= 1 and not m[:1].isalpha() or len(m) >= 2}
    alt = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    return fastre.compile(r"(?i)\d[\d .,]*[ \t]*(?:" + alt + r")(?![^\W\d_])|(?<![^\W\d_])(?:" + alt + r")[ \t]*\d")


_HEADING_PARTS = fastre.compile(r"[ \t]+[-–—|][ \t]+")


def _names_page(value: str, names: list[str]) -> bool:
    """``value`` (a heading's tail, without its "!") is one of ``names``, or a phrase that places itself in one
    ("nystartad enhet i Halmstad": a place preposition of ``place_prepositions``, then the name)."""
    value = value.strip(" !?.,").casefold()
    preps = load("titles.json").get("place_prepositions", [])
    return any(n and (value == n.casefold() or any(value.endswith(f" {p} {n.casefold()}") for p in preps)) for n in names)


def _board_heading_title(ctx: Context, heading: _Hit, employer: _Hit, places: list[str]) -> tuple[_Hit, Optional[_Hit]]:
    """The job's title in a board ad's heading, and the client a recruiter's heading names before a hiring verb.

    What an employer glues to its heading is cut where its form is clear: "<Client> söker <title>" (a hiring
    verb), a tail "- <pay>" with a currency, a tail "| <slogan>!", and a tail naming the employer or the ad's
    labelled place after a word of destination ("… till Alingsås kommun", "… till Borlänge!", "… für Köln";
    ``destination_words``) or a separator (", Krokom", " Göteborg")."""
    text = ctx.text
    hit, client = heading, None
    verb = _hiring_verb_split()
    m = verb.search(hit.value) if verb is not None else None
    if m is not None and m.start() > 1:
        name, rest = hit.value[: m.start()], trimmed_hit(text, hit.start + m.end(), hit.end)
        if rest is not None and " " not in name and name.lower() in title_vocab().not_a_subject:
            hit = rest  # "Vi söker en redovisningsekonom till …": the writers, then the job; no client named
        elif rest is not None and is_company_name(name) and not has_job_noun(name) and name.split()[0].lower() not in title_vocab().not_a_subject \
                and name.split()[0].lower() not in title_vocab().function_words and not gazetteer().knows(name):
            hit, client = rest, _Hit(name, hit.start, hit.start + len(name))
    sought = _sought_split().search(hit.value)
    if sought is not None and sought.start() > 1 and (looks_like_title(hit.value[: sought.start()], need_job_noun=False) or _occupation_first(hit.value[: sought.start()])):
        hit = trimmed_hit(text, hit.start, hit.start + sought.start()) or hit  # "Personlig assistent sökes till …", "Koch gesucht"
    hit = _pitch_cut(text, hit)
    for cut in reversed(list(_HEADING_PARTS.finditer(hit.value))):
        tail = hit.value[cut.end() :]
        if _pay_marks().search(tail) or _pay_words_tail(tail) or (tail.rstrip().endswith(("!", "?")) and len(tail.split()) >= 3):
            hit = trimmed_hit(text, hit.start, hit.start + cut.start()) or hit  # "– Mållön 70.000 kr / månaden", "– fast lön + OB", "| Var med i …!"
    legal = title_vocab().legal_form
    names = [employer.value, legal.sub("", employer.value).strip(" ,") if legal is not None else employer.value]
    towns = sorted({t for p in places for t in (p, p.split(",")[0].strip()) if t}, key=len, reverse=True)
    dest = _destination_tail().search(hit.value)
    while dest is not None:  # each word of destination in turn: "Lärare i matematik till Nya Skolan"
        x = dest.group("x")
        if dest.start() > 1 and (_names_page(x, names + towns) or _describes_employer(hit.value[: dest.start()], x)
                                 or _names_employer(_without_place(x, towns), names) or _described_place(x, towns)):
            return _end_marks(text, trim_title(text, trimmed_hit(text, hit.start, hit.start + dest.start()) or hit)), client
        dest = _destination_tail().search(hit.value, dest.start() + 1)
    for town in towns:
        m = re.search(r"(?:[ \t]*[,–—-][ \t]*|[ \t]+)" + re.escape(town) + r"[ \t!]*$", hit.value, re.I)
        if m is None or m.start() < 2 or _destination_tail().search(hit.value[: m.start()] + " " + town, max(0, m.start() - 12)):
            continue  # "Säljare till Borlänge!": the destination word goes with the place
        head = hit.value[: m.start()]
        if looks_like_title(head, need_job_noun=False) or _occupation_first(head):
            hit = trimmed_hit(text, hit.start, hit.start + m.start()) or hit
            break
    for name in names:  # "Ekonom till Ekonomiavdelningen, Region Skåne": the employer line's name closes the heading
        m = re.search(r"(?:[ \t]*[,|]|[ \t]+[-–—])[ \t]*" + re.escape(name) + r"[ \t!]*$", hit.value, re.I) if len(name) >= 3 else None
        if m is not None and m.start() > 1 and (looks_like_title(hit.value[: m.start()], need_job_noun=False) or _occupation_first(hit.value[: m.start()])):
            hit = trimmed_hit(text, hit.start, hit.start + m.start()) or hit
            break
    place = _heading_place_start(hit.value, towns)
    if place is not None and place > 1:
        head = hit.value[:place]
        if looks_like_title(head.strip(" ,–—-"), need_job_noun=False) or _occupation_first(head.strip(" ,–—-")):
            hit = trimmed_hit(text, hit.start, hit.start + place) or hit  # "Däckmontör i Göteborg", "Kock – centrala Visby", "… till Hissmoskolan i Krokom"
    schedule = title_vocab().schedule_tail.search(hit.value) if title_vocab().schedule_tail is not None else None
    if schedule is not None and schedule.start() >= 3:
        hit = trimmed_hit(text, hit.start, hit.start + schedule.start()) or hit  # "… vårdcentral - deltid": the board gives the hours
    return _end_marks(text, trim_title(text, hit)), client


def _end_marks(text: str, hit: _Hit) -> _Hit:
    """``hit`` without the exclamation or question marks an advert's heading closes with ("Fastighetstekniker!")."""
    value = hit.value.rstrip(" !?¡¿")
    if value == hit.value or len(value) < 2:
        return hit
    return _Hit(value, hit.start, hit.start + len(text[hit.start : hit.end].rstrip(" !?¡¿")))


@cache
def _heading_words() -> dict[str, frozenset[str]]:
    data = load("titles.json")
    return {k: frozenset(w.casefold() for w in data.get(k, [])) for k in ("heading_pay_words", "heading_pay_sure", "pitch_fillers", "clause_words", "place_prepositions")}


@cache
def _pay_word_re() -> re.Pattern:
    data = load("titles.json")
    words = sorted(data.get("heading_pay_words", []), key=len, reverse=True)
    ends = data.get("heading_pay_word_endings", [])
    return fastre.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])|(?<![\w-])\w{2,}(?:" + "|".join(re.escape(w) for w in ends) + r")(?![\w-])")


def _pay_words_tail(tail: str) -> bool:
    """A heading's tail that speaks of the pay in words, without a currency ("fast lön + OB", "høy provisjon", "attraktives
    Gehalt + Bonus", "base + commission"): a word that names pay alone (``heading_pay_sure``), or a pay word beside a figure,
    a "+" or a second pay word. "Konsult – Lön" (the payroll function) stays."""
    found = [m.group().casefold() for m in _pay_word_re().finditer(tail)]
    if not found or len(tail.split()) > 8:
        return False
    sure = _heading_words()["heading_pay_sure"]
    return any(w in sure for w in found) or len(found) >= 2 or "+" in tail or bool(re.search(r"\d", tail)) or len(tail.split()) >= 2 and len(found) == 1 and tail.split()[-1].casefold().strip(".,!") in found and len(tail.split()) <= 3


@cache
def _pitch_opener() -> Optional[re.Pattern]:
    openers = load("titles.json").get("pitch_openers", [])
    if not openers:
        return None
    return fastre.compile(r"(?i)^[ \t]*(?:" + "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True)) + r")[ \t]+(?=\S)")


def _pitch_cut(text: str, hit: _Hit) -> _Hit:
    """The job a heading asks its reader to be ("Är du vår nya Redovisningskonsult?", "Are you our next Site Manager?",
    "Bist du unser neuer Elektriker?", "Vil du bli vår nye lagersjef?"): the words after the opener (``pitch_openers``) and
    its possessives, articles and 'new' (``pitch_fillers``), up to a relative clause (``clause_words``: "… säljare som vill
    …"), when they name an occupation. Any other heading is returned as it is."""
    opener = _pitch_opener()
    m = opener.match(hit.value) if opener is not None else None
    if m is None:
        return hit
    words = _heading_words()
    rest = hit.value[m.end() :]
    pos = m.end()
    for w in re.finditer(r"\S+", rest):
        if w.group().casefold() not in words["pitch_fillers"]:
            pos = m.end() + w.start()
            break
    else:
        return hit
    end = len(hit.value)
    for w in re.finditer(r"\S+", hit.value[pos:]):
        if w.start() and w.group().casefold().strip(",") in words["clause_words"]:
            end = pos + w.start()
            break
    piece = hit.value[pos:end].rstrip(" ,!?.")
    lone = len(piece.split()) == 1 and len(piece) >= 5 and piece.isalpha() and pos - m.end() > 0  # "Er du vores nye bogholder?"
    if not piece or not (_occupation_first(piece) or looks_like_title(piece, need_job_noun=False) or lone) or len(piece.split()) > 6:
        return hit
    start = text.find(piece, hit.start, hit.end)
    return _Hit(piece, start, start + len(piece)) if start >= 0 else hit


def _names_employer(value: str, names: list[str]) -> bool:
    """``value`` (a heading's tail after a word of destination) is the employer's name or the first words of it ("till
    Nordkraft" beside the employer line "Nordkraft Installation AB"), or the name placed somewhere ("till Lindex i Mall of
    Scandinavia": a place preposition after it)."""
    value = value.strip(" !?.,").casefold()
    if len(value) < 3:
        return False
    preps = _heading_words()["place_prepositions"]
    return any(n and (value == n.casefold() or n.casefold().startswith(value + " ")
                      or any(value.startswith(f"{n.casefold()} {p} ") for p in preps)) for n in names)


def _place_match(value: str, towns: list[str]) -> Optional[re.Match]:
    """A place closing ``value``: after a comma or dash, or after a place preposition (``place_prepositions``) with up to two
    lower-case words before it ("i centrala Visby", "in downtown Austin"); the place is one of the ad's labelled towns or
    a name the gazetteer knows."""
    preps = "|".join(re.escape(p) for p in sorted(_heading_words()["place_prepositions"], key=len, reverse=True))
    pattern = (r"(?:[ \t]*[,–—][ \t]*|[ \t]+-[ \t]+|[ \t]+(?i:" + preps + r")[ \t]+(?:[^\W\d_A-ZÅÄÖÆØÜ][\w-]*[ \t]+){0,2})"
               r"(?P<place>[A-ZÅÄÖÆØÜ][\w.'’-]+(?:[ \t]+[A-ZÅÄÖÆØÜ][\w.'’-]+){0,2})[ \t!?.]*$")
    m = re.search(pattern, value)
    if m is None:
        return None
    place = m.group("place")
    gaz = gazetteer()
    known = gaz.knows(place) or place.casefold() in {t.casefold() for t in towns}
    between = value[m.start() : m.start("place")]
    if not known or has_job_noun(between):
        return None
    return m


def _heading_place_start(value: str, towns: list[str]) -> Optional[int]:
    """Where a place closing a board ad's heading starts ("Däckmontör i Göteborg", "Kock – Visby"), or None."""
    m = _place_match(value, towns)
    return m.start() if m is not None else None


def _without_place(value: str, towns: list[str]) -> str:
    m = _place_match(value, towns)
    return value[: m.start()] if m is not None and m.start() > 1 else value


def _described_place(value: str, towns: list[str]) -> bool:
    """A tail after a word of destination that describes a workplace in lower-case words and places it in a town
    ("till restaurang i centrala Visby", "till kund i Huskvarna", "für Praxis in Köln"): no unit of the job is named."""
    preps = _heading_words()["place_prepositions"]
    words = value.strip(" !?.").split()
    for i, w in enumerate(words[1:], 1):
        if w.casefold() in preps and i + 1 < len(words):
            before, after = words[:i], words[i + 1 :]
            return all(not _capital(b[0]) for b in before) and _capital(after[-1][0]) and all(not _capital(a[0]) for a in after[:-1]) \
                and not has_job_noun(" ".join(before))
    return False


def _describes_employer(head: str, tail: str) -> bool:
    """A heading's tail after a word of destination that opens with an indefinite article ("Innesäljare till ett växande
    företag", "Verkäufer für ein wachsendes Team", "Comercial para una empresa líder", "Developer for a fast-growing
    startup"; ``indefinite_articles``): it describes where the job is, it names no unit of the job, so it is no part of
    the title."""
    words = tail.split()
    articles = load("titles.json").get("indefinite_articles", [])
    return len(words) >= 2 and words[0].casefold() in articles and (looks_like_title(head, need_job_noun=False) or _occupation_first(head))


@cache
def _direct_employment() -> re.Pattern:
    words = load("titles.json").get("direct_employment", [])
    return fastre.compile(r"(?i:(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r"))[ \t]+(?P<c>" + _COMPANY_RE + r")")


def _direct_employer(ctx: Context) -> Optional[_Hit]:
    """The client a recruiter's ad says the hire is employed by ("Anställning direkt hos Data Distillery", "you will be
    employed directly by Acme Ltd", "Festanstellung direkt bei …"; ``direct_employment``): the employer, not the recruiter."""
    m = _direct_employment().search(ctx.text)
    if m is None:
        return None
    name = re.split(r"[.,;:](?:\s|$)", m.group("c"))[0]  # "… hos Data Distillery. A-hub hjälper …": the sentence ends the name
    return _Hit(name, m.start("c"), m.start("c") + len(name)) if is_company_name(name) and not gazetteer().knows(name) else None


@cache
def _sought_split() -> re.Pattern:
    """A passive hiring word after the job in a heading ("Personlig assistent sökes till …", "Koch (m/w/d) gesucht")."""
    words = load("titles.json").get("sought_words", [])
    return fastre.compile(r"(?i)[ \t]+(?:" + "|".join(re.escape(w) for w in words) + r")(?:[ \t!]|$)")


def _compound_heading(value: str, towns: list[str]) -> bool:
    """A heading of brand, service, place and schedule run together with commas ("Allakando läxhjälp Linköping,
    privatlärare 1-2 lektion/vecka"): the ad's town inside it, before a comma; which words are the title is undecidable."""
    return "," in value and any(re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)[^,]*,", value, re.I) for t in towns)


@cache
def _destination_tail() -> re.Pattern:
    words = load("titles.json").get("destination_words", [])
    return fastre.compile(r"(?i)[ \t]+(?:" + "|".join(re.escape(w) for w in words) + r")[ \t]+(?P<x>[^\n]{2,80})$")


@cache
def _hiring_verb_split() -> Optional[re.Pattern]:
    """"<Employer> söker <title>", "<Firma> sucht einen <Titel>": a hiring verb in the page's language, then the job."""
    data = load("titles.json")
    verbs = data.get("hiring_verbs", []) + data.get("heading_hiring_verbs", [])
    if not verbs:
        return None
    articles = data.get("object_articles", []) + data.get("hiring_verb_articles", [])
    return fastre.compile(r"[ \t]+(?:" + "|".join(re.escape(v) for v in verbs) + r")(?:[ \t]+(?:" + "|".join(re.escape(a) for a in articles) + r"))?[ \t]+(?=\S)")


@rule("title", name="title.board_ad")
def title_board_ad(ctx: Context) -> Iterable[Candidate]:
    """The heading of a national board's ad page (see :func:`_board_ad_head`), cut to the job's title."""
    found = _board_ad_head(ctx)
    if found is None or _compound_heading(found[0].value, [p.split(",")[0].strip() for p in found[2] if p]):
        return
    heading, employer, places = found
    hit, _ = _board_heading_title(ctx, heading, _direct_employer(ctx) or employer, places)
    opener = _pitch_opener()
    if opener is not None and opener.match(heading.value) and hit.start == heading.start:
        return  # "Är du en av oss?": a question that names no job
    verb = _hiring_verb_split()
    after_verb = verb is not None and hit.start > heading.start and verb.search(ctx.text, heading.start, hit.start + 1) is not None
    pitched = hit.start > heading.start and _pitch_cut(ctx.text, heading).start == hit.start
    if hit.value and (_capital(hit.value[0]) or hit.value[0].isdigit() or after_verb or pitched):  # "X AB söker snickare till Umeå": as written
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.68, "title.board_ad")


# a call for staff whose verb stands alone on its line between the employer's block and the job:
# "TRICOTS DU VAKINANKARATRA / Entreprise franche … / RECRUTE / UN(E) RESPONSABLE QUALITÉ"
_VERB_LINE = fastre.compile(
    r"(?im)^[ \t]*(?:recrute|recrutent|recruits|is[ \t]+hiring|are[ \t]+hiring|is[ \t]+recruiting|seeks|busca|buscan|contrata|"
    r"sucht|suchen|zoekt|cerca|recruta|söker|søger)[ \t]*:?[ \t]*$"
)


_RULE_LINE = fastre.compile(r"[-=_*~#]{3,}")


@rule("company", name="company.verb_line")
def company_verb_line(ctx: Context) -> Iterable[Candidate]:
    """The name that opens the block above a hiring verb standing alone on its line (a newspaper's or notice board's
    call for staff: the employer, a line or two about it, then "RECRUTE" over the job)."""
    text = ctx.text
    m = _VERB_LINE.search(text, 0, min(len(text), 3000))
    if m is None or anonymous_posting(ctx):
        return
    block: list[tuple[int, int]] = []  # the lines above the verb, up to the blank or rule line that opens their block
    at = m.start()
    while at > 0:
        s = text.rfind("\n", 0, at - 1) + 1
        e, at = at - 1, s
        line = text[s:e].strip()
        if not line or _RULE_LINE.fullmatch(line):
            if block:
                break
            continue
        block.insert(0, (s, e))
        if len(block) > 4:
            return
    if not block:
        return
    hit = trimmed_hit(text, *block[0])
    if hit is None or len(hit.value.split()) > 6 or _SENTENCE_END.search(hit.value + " ") or not is_company_name(hit.value, max_words=6):
        return
    yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.62, "company.verb_line")


@rule("company", name="company.board_ad")
def company_board_ad(ctx: Context) -> Iterable[Candidate]:
    """The employer line under a national board ad's heading (see :func:`_board_ad_head`), or the client a
    recruiter's heading names before a hiring verb ("Causey Westling söker Tax Manager")."""
    found = _board_ad_head(ctx)
    if found is None or anonymous_posting(ctx):
        return
    direct = _direct_employer(ctx)
    heading, employer, places = found
    _, client = _board_heading_title(ctx, heading, direct or employer, places)
    hit = client or direct or employer
    hit = _cut_name_tail(ctx.text, hit)  # "Harbour View Hotel 海景酒店"
    cand = Candidate("company", hit.value, ((hit.start, hit.end),), 0.66 if client else 0.6, "company.board_ad")
    core = _leading_form_core(ctx, cand) or _trailing_form_core(ctx, cand)  # "Pirinsoft AD" over "Pirinsoft is a …": the short form
    if core is not None and _mention(core.value).search(ctx.text, hit.end) is not None:  # said below (the heading's "till Nya Skolan" is not)
        cand = Candidate("company", core.value, ((core.start, core.end),), cand.confidence, cand.method)
    yield cand


# --------------------------------------------------------------------------- a spreadsheet or ATS export
# "req_id,title,department,location,…" over the posting's row: the header names the cells (``export_columns``).

_EXPORT_HEADER = fastre.compile(r"\A[ \t]*(?P<h>[A-Za-z_][\w /.#-]{0,30}(?:(?P<sep>[,\t;])[A-Za-z_][\w /.#-]{0,30}){3,})[ \t]*\r?\n")  # ("Hours/wk")


@cache
def _export_columns() -> dict[str, frozenset[str]]:
    """Per field, the header names whose cell gives it (``titles.json`` ``export_columns``), lower case, '_' as a space."""
    return {field: frozenset(n.lower() for n in names) for field, names in load("titles.json").get("export_columns", {}).items()}


def _export_cells(text: str) -> dict[str, tuple[int, int]]:
    """The cells of an export's first record by column name (lower case, '_' as a space): the spans of their
    values in ``text``, quotes left out. A quoted cell may hold the separator, line breaks and doubled quotes.
    Empty when the text does not open with a header row of four or more names and a record under it."""
    m = _EXPORT_HEADER.match(text)
    if m is None:
        return {}
    sep = m.group("sep")
    names = [" ".join(n.replace("_", " ").lower().split()) for n in m.group("h").split(sep)]
    cells: list[tuple[int, int]] = []
    pos, end = m.end(), len(text)
    while pos <= end and len(cells) < len(names):
        if text.startswith('"', pos):  # a quoted cell: up to the quote that is not doubled
            close = pos + 1
            while True:
                close = text.find('"', close)
                if close < 0:
                    return {}
                if text.startswith('""', close):
                    close += 2
                    continue
                break
            cells.append((pos + 1, close))
            pos = close + 1
        else:
            stop = min((i for i in (text.find(sep, pos), text.find("\n", pos)) if i >= 0), default=end)
            cells.append((pos, stop))
            pos = stop
        if pos >= end or text[pos] == "\n":
            break
        if text[pos] != sep:
            return {}  # text after a closing quote: no export
        pos += 1
    if len(cells) < 4:
        return {}
    return {name: span for name, span in zip(names, cells)}


def _export_record(ctx: Context) -> dict[str, tuple[int, int]]:
    """The export's first record (see :func:`_export_cells`), read in the clean text, or in the raw input when the
    normaliser rewrote it (a TSV's tabs turned into spaces, a CSV record into labelled lines), its spans then
    mapped back into the clean text."""
    cells = _export_cells(ctx.text)
    doc = ctx.doc
    if cells or doc is None or doc.source is doc.text:
        return cells
    mapped = {}
    for name, (start, end) in _export_cells(doc.source).items():
        a, b = bisect_left(doc.starts, start), bisect_left(doc.starts, end)
        colon = ctx.text.find(": ", a, b)
        if colon >= 0 and ctx.text[a:colon].casefold().replace("_", " ") == name:
            a = colon + 2  # the normaliser's label before the cell ("Description: …"), written in no cell
        if a < b:
            mapped[name] = (a, b)
    return mapped


def _export_value(ctx: Context, field: str) -> Optional[_Hit]:
    """The trimmed cell of ``field``'s column in an export's first record, or None."""
    cells = _memo("export", ctx.text, ctx.doc, lambda: _export_record(ctx))
    for name, (start, end) in cells.items():  # type: ignore[union-attr]
        if name in _export_columns().get(field, ()) and end > start:
            hit = trimmed_hit(ctx.text, start, end)
            if hit is not None and "\n" not in hit.value:
                return hit
    return None


@rule("title", name="title.export")
def title_export(ctx: Context) -> Iterable[Candidate]:
    """The title cell of a spreadsheet or ATS export ("req_id,title,…" over "DA-2026-0312,Data Analyst II,…")."""
    hit = _export_value(ctx, "title")
    if hit is not None and len(hit.value) <= MAX_TITLE_CHARS and looks_like_title(hit.value, need_job_noun=False):
        hit = trim_title(ctx.text, hit)  # "Kitchen Hand (Early Starts)": a cell keeps the heading's shift tag
        yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.9, "title.export")


@rule("team", name="team.json")
def team_json(ctx: Context) -> Iterable[Candidate]:
    """A posting pasted as a JSON record: the first department or team key's string ("department": "Clinical Services")."""
    hit = _json_key_hit(ctx, title_vocab().json_team)
    if hit is not None and _team_line(hit.value, labelled=True):
        yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.85, "team.json")


@rule("team", name="team.export")
def team_export(ctx: Context) -> Iterable[Candidate]:
    """The department or team cell of a spreadsheet or ATS export ("…,department,…" over "…,Finance – FP&A,…")."""
    hit = _export_value(ctx, "team")
    if hit is not None and _team_line(hit.value, labelled=True):
        yield Candidate("team", hit.value, ((hit.start, hit.end),), 0.85, "team.export")


def _export_company(ctx: Context) -> Iterator[Candidate]:
    """The company cell of an export, or the organisation a text cell's first sentence introduces as hiring or
    by what it is ("Buckeye Mutual Insurance Group is hiring a Data Analyst II …" in the description cell)."""
    hit = _export_value(ctx, "company")
    if hit is not None and is_company_name(hit.value, max_words=8):
        yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.85, "company.export")
        return
    text = ctx.text
    cells = _memo("export", text, ctx.doc, lambda: _export_record(ctx))
    for start, end in cells.values():  # type: ignore[union-attr]
        if end - start < 40:
            continue  # a sentence, not a value
        m = _HIRING.match(text[start:end])
        if m is not None:
            hit = _company_hit(text, start + m.start("c"), start + m.end("c"))
            if hit is not None and is_company_name(hit.value) and not has_job_noun(hit.value):
                yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.6, "company.export")
                return


# a chat's or a social post's job card: an emoji, the job's name, then the pin's place line ("📦 Warehouse Associate – Outbound" /
# "📍 North Valleys DC, 9800 Echo Ave, Reno, NV")
_EMOJI_CARD_TITLE = fastre.compile(
    "^[ \t]*[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d\U0001f300-\U0001faff]*[ \t]+(?P<t>[^\n:]{3,90}?)[ \t]*\n[ \t]*\U0001f4cd", re.M
)


@rule("title", name="title.emoji_card")
def title_emoji_card(ctx: Context) -> Iterable[Candidate]:
    """The job's name on an emoji-led line right over a pinned place line (a recruiting chatbot's or a social post's card);
    weak: a heading rule's reading wins."""
    text = ctx.text
    if "\U0001f4cd" not in text:
        return
    for m in _EMOJI_CARD_TITLE.finditer(text):
        hit = trimmed_hit(text, m.start("t"), m.end("t"))
        if hit is not None and has_job_noun(hit.value) and looks_like_title(hit.value) and not _SENTENCE_END.search(hit.value + " "):
            hit = trim_title(text, hit)
            yield Candidate("title", hit.value, ((hit.start, hit.end),), 0.45, "title.emoji_card")
            return


# a speaker naming themself and their firm, as a voice message, a call or a video opens: "Morning, it's Gaz from Calder Dry Lining, …"
_SPEAKER_FROM = fastre.compile(
    r"(?i:\b(?:it['’]s|this[ \t]+is|i['’]m|i[ \t]+am|here['’]s))[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+from[ \t]+(?P<c>" + _COMPANY_RE + r")(?=[ \t]*[,.!;]|[ \t]+(?:and|here)\b)"
)


def _speaker_company(ctx: Context) -> Iterator[Candidate]:
    """The firm a speaker names in the opening lines ("it's Gaz from Calder Dry Lining, this is for the jobs board …"); not
    a recruiting agency's name (golden/README: the agency is not the employer). Weak: any other cue wins."""
    text = ctx.text
    m = _SPEAKER_FROM.search(text, 0, min(len(text), 1200))
    if m is None:
        return
    hit = _company_hit(text, m.start("c"), m.end("c"))
    if hit is not None and is_company_name(hit.value) and not has_job_noun(hit.value) and not gazetteer().knows(hit.value) \
            and not any(w in hit.value.lower() for w in title_vocab().intermediary):
        yield Candidate("company", hit.value, ((hit.start, hit.end),), 0.4, "company.speaker")
