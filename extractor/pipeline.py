"""The extraction pipeline: normalise, run the rules, ask the LLM for the rest, assemble.

:class:`Extractor` holds the settings, the LLM stage (client + cache) and
runs documents one by one or many at a time (:meth:`Extractor.extract_many`,
bounded concurrency, results in input order).  :func:`extract` is the one-call
convenience over a process-wide default extractor.

The document context (normalised text, passages that speak to an AI model masked,
sections) is built once per posting (:func:`extractor.context.context_for`) before
anything reads the text; the rules and the LLM stage only read it.  When the endpoint
refuses every request (401/403/404) the extractor stops asking it: later
documents fail at once (or, with ``fallback_rules``, keep the rules' record with
an ``LLM unavailable: rules only`` warning) instead of each sending a request.
An answer that is cut off by the token limit or still breaks the schema after the re-asks
costs only that document's LLM values: the record keeps the rules' values with an
``LLM answer unusable for <fields>`` warning.
"""

from __future__ import annotations

import logging
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from typing import Any, Iterable, Iterator, Optional, Union

from pydantic import ValidationError

from extractor.config import ConfigError, Settings, load_settings
from extractor.context import context_for
from extractor.fields import FIELD_NAMES, FIELDS, FREE_TEXT, LLMPolicy, fields_where
from extractor.provenance import STATUS_CONFIDENCE, AlignmentStatus, Extraction, FieldProvenance, ItemProvenance, Span, Usage, weakest
from extractor.rules import Context, run_rules
from extractor.rules.employment import employment_cues
from extractor.rules.experience import states_preference
from extractor.rules.jsonld import structured_first
from extractor.rules.lists import SURE_CONF
from extractor.rules.workplace import workplace_cues
from extractor.schema import JobPosting
from extractor.taxonomy import skill_code

log = logging.getLogger(__name__)

MAX_INPUT_CHARS = 2_000_000
MODES = ("hybrid", "rules", "llm")  # rules then LLM for the rest | rules only | LLM for every field
# List fields whose LLM items must lie inside a section of the same kind, when the posting has one
# (the field table's free-text lists). The LLM adds to a rule's section list; it never shortens it.
SECTION_BOUND_FIELDS = fields_where(lambda f: f.section_bound)
# enum fields whose LLM value counts only where one of these cue readers states it (the grounding's)
CUE_READERS = {"workplace": workplace_cues, "employment_type": employment_cues}
# fields the LLM picks among the rule's own readings when the rule is torn, if the prompt picks them
TORN_PICKS = frozenset({"salary"})
LLM_UNAVAILABLE = "LLM unavailable: rules only"  # the warning on every record the fallback served
# the warning on a record whose LLM answer was cut off or broke the schema after the re-asks: the
# endpoint works, this answer does not, so the rules' values stand (no error record, nothing cached)
LLM_ANSWER_UNUSABLE = "LLM answer unusable"


class ExtractionError(Exception):
    """A document could not be extracted; ``partial`` holds what the rules found, if anything.

    ``systemic``: the LLM endpoint refuses every request (key, permission, model), so every
    later document would fail the same way; a batch should stop.
    """

    def __init__(self, message: str, partial: Optional[JobPosting] = None, *, systemic: bool = False):
        super().__init__(message)
        self.partial = partial
        self.systemic = systemic


class Extractor:
    """Extracts :class:`JobPosting` records with fixed settings, a shared client and cache.

    Args:
        settings: a :class:`Settings`; default: :func:`load_settings` (arguments > env > file > defaults).
        use_llm: ask the LLM for fields the rules leave empty or unsure (False is ``mode="rules"``).
        mode: ``hybrid`` (default), ``rules`` (no LLM) or ``llm`` (every field from the LLM,
            the baseline the hybrid is measured against).
        **overrides: setting names and values applied on top of ``settings``.

    Raises:
        ConfigError: an unknown setting or mode, or a value of the wrong type.
    """

    def __init__(self, settings: Optional[Settings] = None, *, use_llm: bool = True, mode: Optional[str] = None, **overrides: Any):
        if settings is None:
            settings = load_settings(**overrides)
        elif overrides:
            from extractor.config import with_overrides

            settings = with_overrides(settings, **overrides)
        self.settings = settings
        self.mode = mode or ("hybrid" if use_llm else "rules")
        if self.mode not in MODES:
            raise ConfigError(f"unknown mode {self.mode!r}; use one of {', '.join(MODES)}")
        self.use_llm = self.mode != "rules"
        self._stage = None
        self._stage_lock = threading.Lock()
        self._llm_down: Optional[str] = None  # why the LLM is unusable for this extractor, once known

    @property
    def stage(self):
        """The LLM stage, created on first use (imports the LLM layer only when needed)."""
        with self._stage_lock:
            if self._stage is None:
                from extractor.llm.stage import LLMStage

                self._stage = LLMStage(self.settings)
            return self._stage

    def check_llm(self) -> Optional[str]:
        """Resolve the endpoint now (start the embedded model or health-check the configured one).

        Returns:
            None when the LLM is usable.  With ``fallback_rules``, the reason it is not: every
            document then gets the rules' record and an ``LLM unavailable`` warning.

        Raises:
            LLMError / LocalModelError with a message for the user (without ``fallback_rules``).
        """
        from extractor.llm.client import LLMError
        from extractor.llm.local_server import LocalModelError

        try:
            self.stage.client()
        except (LLMError, LocalModelError) as exc:
            if not self.settings.fallback_rules:
                raise
            self._llm_down = str(exc)
            log.warning("the LLM is not usable (%s): rules only", exc)
        return self._llm_down

    def extract(self, text: str, *, use_llm: Optional[bool] = None) -> JobPosting:
        """Extract one posting (plain text or HTML).

        Args:
            text: the posting.
            use_llm: override the extractor's ``use_llm`` for this call.

        Returns:
            The :class:`JobPosting`; ``.provenance`` maps each filled field to its
            :class:`FieldProvenance` (spans index ``text``), ``.usage`` is the LLM cost.

        Raises:
            ExtractionError: empty or oversized input, or the LLM failed (``partial`` holds
                the rules-only record in that case).
        """
        if not isinstance(text, str):
            raise ExtractionError(f"expected text (str), got {type(text).__name__}")
        if not text.strip():
            raise ExtractionError("empty input: the document has no text")
        if len(text) > MAX_INPUT_CHARS:
            raise ExtractionError(f"input too large: {len(text):,} characters (limit {MAX_INPUT_CHARS:,})")
        use_llm = self.use_llm if use_llm is None else use_llm
        ctx = context_for(text)  # normalised, instructions to a model masked, segmented: rules and LLM only read it
        warnings = ctx.warnings  # the normaliser's and the rules' faults land here too
        if not ctx.text.strip():
            raise ExtractionError("empty input: no text left after removing markup, scripts and invisible characters")
        candidates = structured_first(ctx, run_rules(ctx), warnings) if self.mode != "llm" or not use_llm else {}
        values = {name: cand for name, cand in candidates.items() if not _empty(cand.value)}
        usage = Usage()
        if use_llm:
            wanted = [name for name in FIELD_NAMES if self._ask_llm(ctx, name, candidates.get(name))]
            if wanted and self._llm_down is not None:
                self._without_llm(ctx, self._llm_down, values, usage, warnings, systemic=True)
            elif wanted:
                self._merge_llm(ctx, wanted, candidates, values, usage, warnings)
        return _assemble(ctx, values, usage, warnings)

    def _without_llm(self, ctx: Context, reason: str, values: dict[str, Extraction], usage: Usage, warnings: list[str], *, systemic: bool) -> None:
        """The LLM cannot help this document: mark the rules' record (fallback) or raise."""
        if self.settings.fallback_rules:
            warnings.append(f"{LLM_UNAVAILABLE} ({reason})")
            return
        partial = _assemble(ctx, values, usage, warnings)
        raise ExtractionError(f"LLM step failed: {reason}", partial=partial, systemic=systemic)

    def _ask_llm(self, ctx: Context, name: str, candidate: Optional[Extraction]) -> bool:
        """Does field ``name`` go to the LLM, given the posting and the rules' best ``candidate``?"""
        if self.mode == "llm":
            return True
        if candidate is not None and name in TORN_PICKS and name in self.stage.prompt.picks:
            return _torn(ctx, name)  # a sure value too: asked to pick among the readings the rule ranks alike
        if candidate is not None and candidate.confidence >= self.settings.confidence_threshold:
            return False
        policy = FIELDS[name].llm
        if policy is LLMPolicy.NEVER:
            return False  # a curated vocabulary decides; an empty result means the posting names none of it
        if policy is LLMPolicy.WHEN_EMPTY:
            return candidate is None  # text the rules copy from the posting beats the LLM's when there is one
        # free-text lists: only empty ones without a list section (:func:`_list_unread`); the header's
        # fields: whenever empty or unsure; other fields: when unsure (a parser's reading: only if the
        # text holds another one), or empty with llm_fields="all" (asked for a field the posting does
        # not state, a small model invents one: grounding stops it), except ONLY_UNSURE fields
        if policy is LLMPolicy.FREE_TEXT:  # a filled list counts as SURE_CONF: asked only above that threshold
            return _list_unread(ctx, candidate) or (candidate is not None and SURE_CONF < self.settings.confidence_threshold)
        if policy is LLMPolicy.HEADER:  # unsure, or empty where the text has a place the field may stand
            return candidate is not None or _other_reading(ctx, name, ())
        if policy is LLMPolicy.HEADER_EMPTY:  # empty where the text has a place the field may stand
            return candidate is None and _other_reading(ctx, name, ())
        if candidate is not None and name in CUE_READERS:
            return _other_value(ctx, name, candidate.value)
        if candidate is not None:
            return policy is not LLMPolicy.READINGS or _other_reading(ctx, name, candidate.spans)
        return self.settings.llm_fields == "all" and policy is not LLMPolicy.ONLY_UNSURE

    def _merge_llm(
        self, ctx: Context, wanted: list[str], candidates: dict[str, Extraction], values: dict[str, Extraction], usage: Usage, warnings: list[str]
    ) -> None:
        from extractor.llm.client import LLMError, LLMFatalError, LLMValidationError
        from extractor.llm.local_server import LocalModelError

        try:
            outcome = self.stage.fill(ctx, wanted)
        except LLMValidationError as exc:  # the model answered, but cut off or off the schema: the rules' record stands
            if exc.usage is not None:
                usage.add(exc.usage)
            warnings.append(f"{LLM_ANSWER_UNUSABLE} for {', '.join(wanted)} ({exc}); the rules' values kept")
            return
        except (LLMError, LocalModelError) as exc:
            if isinstance(exc, LLMError) and exc.usage is not None:
                usage.add(exc.usage)
            failure, systemic = str(exc), isinstance(exc, LocalModelError) or (isinstance(exc, LLMFatalError) and exc.systemic)
        else:
            failure, systemic = None, False
        if failure is not None:
            if systemic:
                self._llm_down = failure  # later documents do not ask again
            self._without_llm(ctx, failure, values, usage, warnings, systemic=systemic)
            return
        usage.add(outcome.usage)
        for name, llm in outcome.values.items():
            merged = self._merge(ctx, name, values.get(name), candidates.get(name), llm, warnings)
            if merged is not None:
                values[name] = merged

    def _merge(
        self, ctx: Context, name: str, current: Optional[Extraction], rule: Optional[Extraction], llm: Extraction, warnings: list[str]
    ) -> Optional[Extraction]:
        """The field's value once the LLM answered (None: keep ``current``), by the field's merge kind.

        A value without items (a scalar, or a list the grounder could not read item by item)
        goes by :func:`merge_scalar`; a list keeps the LLM items that are grounded (and inside
        their section, for section-bound fields), with a warning naming the dropped ones, and
        goes by :func:`merge_free_text` (free-text lists the rules filled) or :func:`merge_list`.
        """
        if not llm.items:
            return merge_scalar(current, llm, self.settings.keep_ungrounded, warnings)
        kept = tuple(item for item in llm.items if self._keep_item(ctx, name, item.status, item.spans))
        if len(kept) < len(llm.items):
            why = sorted({item.reason if item.status == AlignmentStatus.UNGROUNDED else "outside its section" for item in llm.items if item not in kept})
            warnings.append(f"{name}: dropped {len(llm.items) - len(kept)} LLM item(s) not found in the text or outside their section ({'; '.join(why)})")
        if not kept:
            return None
        if FIELDS[name].merge == FREE_TEXT and rule is not None and rule.item_spans and rule.value:
            return merge_free_text(rule, kept, llm)
        return merge_list(llm, kept)

    def _keep_item(self, ctx: Context, name: str, status: AlignmentStatus, spans: tuple[tuple[int, int], ...]) -> bool:
        """Keep an LLM list item if it is grounded and, for section-bound fields, inside its section."""
        if self.settings.keep_ungrounded:
            return True
        if status == AlignmentStatus.UNGROUNDED:
            return False
        sections = ctx.sections_of(name) if name in SECTION_BOUND_FIELDS else []
        if not spans:
            return True
        if not sections:
            if name == "preferred_qualifications":
                # no preferred section: only an item the posting marks as preferred counts (the embedded
                # model otherwise files required items, or a headline, as preferred); the mark stands in
                # the item or before it on its line ("Nice to have: Docker"), not later in its paragraph
                start = ctx.text.rfind("\n", 0, min(s for s, _ in spans)) + 1
                return states_preference(ctx.text[start : max(e for _, e in spans)])
            return True
        return any(sec.heading_start <= start and end <= sec.end for start, end in spans for sec in sections)

    def extract_many(
        self, texts: Iterable[str], *, use_llm: Optional[bool] = None, concurrency: Optional[int] = None
    ) -> Iterator[Union[JobPosting, ExtractionError]]:
        """Extract many postings with at most ``concurrency`` in flight; yields in input order.

        A document that fails yields its :class:`ExtractionError` (with ``partial``) instead of
        stopping the batch.
        """
        workers = concurrency or self.settings.concurrency
        use = self.use_llm if use_llm is None else use_llm

        def one(text: str) -> Union[JobPosting, ExtractionError]:
            try:
                return self.extract(text, use_llm=use)
            except ExtractionError as exc:
                return exc

        if workers <= 1 or not use:
            # Rules only: CPU-bound under the GIL, so threads would only add switching; one at a time.
            for text in texts:
                yield one(text)
            return
        with ThreadPoolExecutor(max_workers=workers) as pool:
            pending = []
            for text in texts:
                pending.append(pool.submit(one, text))
                if len(pending) >= workers * 2:
                    yield pending.pop(0).result()
            for future in pending:
                yield future.result()

    def close(self) -> None:
        if self._stage is not None:
            self._stage.close()

    def __enter__(self) -> "Extractor":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _list_unread(ctx: Context, candidate: Optional[Extraction]) -> bool:
    """Can the LLM add to a free-text list?  Only to an empty one, in a posting with no list section.

    Under a list heading the rules already cut every line of the section into items, an LLM item
    must lie inside a section of its kind, and the merge keeps only what no rule item covers: the
    LLM could add an intro line at most (on 30 real ads it changed no scored list).  Duties the
    rules read from a description are not asked either: there the LLM may add only the lines the
    rules judged no duty, and on 60 real ads, the seeds and the s5 batch it made 2 scored lists
    worse and none better.  A posting with no list section at all is where it found items (s5).
    """
    return candidate is None and not ctx.sections_of(*SECTION_BOUND_FIELDS)


def _torn(ctx: Context, name: str) -> bool:
    """Did the rule for ``name`` choose among readings it ranks alike by a tie-break that left the
    first one (:func:`extractor.llm.select.pay_options`)?  Then the LLM picks one of them."""
    from extractor.llm.select import pay_options

    return name == "salary" and bool(pay_options(ctx))


def _other_value(ctx: Context, name: str, value: Any) -> bool:
    """Does the text state a value of the cue-read field ``name`` other than ``value``?

    An LLM value of such a field is kept only where a rule cue states that value
    (:mod:`extractor.llm.grounding`), so where every cue states the rule's own value the answer
    could only repeat it or be stopped (on 20 UK government adverts the model answered "remote"
    seven times where every cue said hybrid).
    """
    return any(cue.value != value for cue in CUE_READERS[name](ctx))


def _other_reading(ctx: Context, name: str, taken: tuple[tuple[int, int], ...]) -> bool:
    """Does the text hold evidence for field ``name`` outside the spans the rule ``taken``?

    Evidence is where the field's grounding reads it (:func:`extractor.llm.excerpt.evidence`):
    an LLM value is kept only there, and replaces a rule value only when read exactly, so with
    no evidence outside the rule's own spans an answer could only repeat the rule, or be dropped.
    """
    from extractor.llm.excerpt import evidence

    return any(not any(s < e2 and s2 < e for s2, e2 in taken) for s, e in evidence(ctx, [name]).get(name, ()))


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == ""


def _spans(ctx: Context, spans: Iterable[tuple[int, int]]) -> list[Span]:
    out = []
    for start, end in spans:
        if 0 <= start < end <= len(ctx.text):
            src_start, src_end = ctx.doc.source_span(start, end)
            if src_end > src_start:
                out.append(Span(start=src_start, end=src_end))
    return out


def merge_scalar(current: Optional[Extraction], llm: Extraction, keep_ungrounded: bool, warnings: list[str]) -> Optional[Extraction]:
    """A scalar: the LLM value fills an empty field when the text states it; it replaces a rule's
    value only when the text states it exactly as that field and it is not a mere part of the
    rule's value (a name or title cut short).  An ungrounded value is left out with a warning
    (unless ``keep_ungrounded``)."""
    if llm.status == AlignmentStatus.UNGROUNDED and not keep_ungrounded:
        warnings.append(f"{llm.field}: LLM value {llm.value!r} left empty: {llm.reason or 'not found in the text'}")
        return None
    if llm.status != AlignmentStatus.EXACT and current is not None:
        return None
    if current is not None and isinstance(current.value, str) and isinstance(llm.value, str) and (
        _part_of(llm.value, current.value) or _edge_words(llm.value) == _edge_words(current.value)
    ):
        return None  # a piece of the rule's own reading ("University" of "University of Humbermouth"), or the
        # same words without their punctuation ("… Industry Exp" for "… Industry Exp."), adds nothing
    if current is not None and isinstance(current.value, dict) and isinstance(llm.value, dict):
        # a structured value (pay): the LLM never erases a part the rule read ("Salary: 30000-70000"
        # answered with the period null would lose the rule's period); it may add or change parts
        value = {key: llm.value.get(key) if llm.value.get(key) is not None else current.value.get(key) for key in {**current.value, **llm.value}}
        return None if value == current.value else replace(llm, value=value)
    return llm


def _part_of(piece: str, whole: str) -> bool:
    """Is ``piece`` a shorter run of whole words of ``whole`` (case, spacing and punctuation at word edges aside)?"""
    piece_words, whole_words = _edge_words(piece), _edge_words(whole)
    n = len(piece_words)
    return 0 < n < len(whole_words) and any(whole_words[i:i + n] == piece_words for i in range(len(whole_words) - n + 1))


def _edge_words(value: str) -> list[str]:
    """``value``'s words, case-folded, without punctuation at their edges or a possessive
    ("Norte," is "norte", "Canice's" is "canice")."""
    words = (_POSSESSIVE.sub("", raw.strip(_EDGE_PUNCTUATION)) for raw in value.casefold().split())
    return [word for word in words if word]


_POSSESSIVE = re.compile(r"['’]s$")


_EDGE_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’"


def merge_list(llm: Extraction, kept: tuple[Extraction, ...]) -> Extraction:
    """A list (places, vocabulary items): the LLM's kept items replace the field's list."""
    status = weakest(item.status for item in kept)
    spans = tuple(span for item in kept for span in item.spans)
    return replace(llm, value=[item.value for item in kept], spans=spans, status=status, confidence=STATUS_CONFIDENCE[status], reason="", items=kept)


def merge_free_text(rule: Extraction, kept: tuple[Extraction, ...], llm: Extraction) -> Extraction:
    """Free text: the rule's items plus the LLM items that cover text no rule item covers, in text order.

    A rule item the LLM also returned is marked as confirmed by both (``<rule>+llm``).
    """
    both = f"{rule.method}+{llm.method}"
    merged = [[spans[0][0] if spans else 0, value, spans, AlignmentStatus.EXACT, rule.method] for value, spans in zip(rule.value, rule.item_spans or ())]
    for item in kept:
        overlapping = [m for m in merged if m[4] != llm.method and any(s < e2 and s2 < e for s, e in item.spans for s2, e2 in m[2])]
        for m in overlapping:
            m[4] = both
        if item.spans and not overlapping:
            merged.append([item.spans[0][0], item.value, item.spans, item.status, llm.method])
    merged.sort(key=lambda m: m[0])
    used_llm = any(m[4] != rule.method for m in merged)
    return Extraction(
        rule.field,
        [value for _, value, _, _, _ in merged],
        tuple(span for m in merged for span in m[2]),
        min(1.0, max(0.0, rule.confidence + (0.2 if used_llm else 0.0))),
        both if used_llm else rule.method,
        status=weakest(m[3] for m in merged),
        items=tuple(Extraction(rule.field, value, spans, rule.confidence, method, status=status) for _, value, spans, status, method in merged),
        prompt_version=llm.prompt_version if used_llm else None,
    )


def provenance(ctx: Context, ext: Extraction) -> FieldProvenance:
    """The record's provenance of one field: ``ext`` with its spans mapped to the raw input."""

    def spans_of(spans: Iterable[tuple[int, int]]) -> list[Span]:
        if ext.raw_spans:  # already raw-input offsets (structured data in a script)
            return [Span(start=start, end=end) for start, end in spans if 0 <= start < end <= len(ctx.doc.source)]
        return _spans(ctx, spans)

    items = None
    if ext.items or (ext.item_spans is not None and isinstance(ext.value, list)):
        items = [
            ItemProvenance(value=_item_text(item.value), spans=spans_of(item.spans), status=item.status, method=item.method, reason=item.reason or None)
            for item in ext.parts()
        ]
    return FieldProvenance(
        method=ext.method,
        confidence=min(1.0, max(0.0, ext.confidence)),
        status=ext.status,
        spans=spans_of(ext.spans),
        items=items,
        prompt_version=ext.prompt_version,
        reason=ext.reason or None,
    )


def _item_text(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v)
    return str(value)


def _assemble(ctx: Context, values: dict[str, Extraction], usage: Usage, warnings: list[str]) -> JobPosting:
    """Build the record; a value the schema rejects is dropped with a warning, never fatal."""
    data = {name: v.value for name, v in values.items()}
    if isinstance(data.get("date_posted"), date):
        data["date_posted"] = data["date_posted"].isoformat()
    try:
        posting = JobPosting.model_validate(data)
    except ValidationError as exc:
        bad = {str(err["loc"][0]) for err in exc.errors() if err.get("loc")}
        for name in bad:
            warnings.append(f"{name}: value {data.get(name)!r} rejected by the schema")
            data.pop(name, None)
            values.pop(name, None)
        posting = JobPosting.model_validate(data)
    posting._provenance = {name: provenance(ctx, v) for name, v in values.items()}
    skills = posting._provenance.get("skills")
    for item in (skills.items or []) if skills else []:
        item.code = skill_code(item.value)  # the ESCO URI, where the skill maps
    posting._usage = usage
    posting._warnings = warnings
    return posting


_default: Optional[Extractor] = None
_default_lock = threading.Lock()


def extract(text: str, *, use_llm: bool = True) -> JobPosting:
    """Extract one posting with the default settings (see :class:`Extractor`).

    Raises:
        ExtractionError: as :meth:`Extractor.extract`.
    """
    global _default
    with _default_lock:
        if _default is None:
            _default = Extractor()
    return _default.extract(text, use_llm=use_llm)
