"""The extraction pipeline: normalise, run the rules, ask the LLM for the rest, assemble.

:class:`Extractor` holds the settings, the LLM stage (client + cache) and
runs documents one by one or many at a time (:meth:`Extractor.extract_many`,
bounded concurrency, results in input order).  :func:`extract` is the one-call
convenience over a process-wide default extractor.

Passages of a posting that speak to an AI model (prompt injection) are masked
before anything reads the text (:mod:`extractor.injection`).  When the endpoint
refuses every request (401/403/404) the extractor stops asking it: later
documents fail at once (or, with ``fallback_rules``, keep the rules' record with
an ``LLM unavailable: rules only`` warning) instead of each sending a request.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Iterator, Optional, Union

from pydantic import ValidationError

from extractor.config import ConfigError, Settings, load_settings
from extractor.document import Document
from extractor.injection import instruction_spans, mask
from extractor.provenance import AlignmentStatus, FieldProvenance, ItemProvenance, Span, Usage
from extractor.rules import Candidate, Context, context_for, run_rules
from extractor.rules.experience import states_preference
from extractor.rules.jsonld import structured_first
from extractor.schema import FIELD_NAMES, JobPosting

log = logging.getLogger(__name__)

MAX_INPUT_CHARS = 2_000_000
MODES = ("hybrid", "rules", "llm")  # rules then LLM for the rest | rules only | LLM for every field
# Canonical names from curated vocabularies: in hybrid mode only the vocabulary rule fills them
# (an empty result means the posting names nothing from the vocabulary, not that a rule missed).
VOCABULARY_FIELDS = frozenset({"skills", "benefits"})
# List fields whose LLM items must lie inside a section of the same kind, when the posting has one.
# The LLM adds to a rule's section list (items the rule did not cover); it never shortens it.
SECTION_BOUND_FIELDS = frozenset({"responsibilities", "minimum_qualifications", "preferred_qualifications"})
# Free-text fields: asked of the LLM whenever the rules leave them empty or unsure.  Other fields
# are asked when a rule found a low-confidence value, and (llm_fields="all", the default) when
# empty: a value the posting does not state is then stopped by grounding (see below for the
# fields whose grounding cannot stop it).
TEXT_FIELDS = SECTION_BOUND_FIELDS | {"summary"}
# Free text a rule copies from the posting itself: the LLM writes one only when the rules found
# none (on the golden test split the embedded model's summaries scored 0.60 against the rule's 0.94).
RULE_FIRST_FIELDS = frozenset({"summary"})
# Fields whose grounding checks where the words stand (a header line), not that they name that
# field: asked for one of these the posting leaves empty, the embedded model wrote a header phrase
# as the team on 16 of the 17 golden test postings without a team (title and locations: 3 fills,
# none right), and grounding kept it.  With llm_fields="all" they are asked only to confirm or
# replace an unsure rule value.  The company stays asked: its places are employer patterns
# ("Join X", "At X, we", EEO sentences), and on real board postings it is the field the rules miss.
PLACE_GROUNDED_FIELDS = frozenset({"title", "team", "locations"})
_CONFIDENCE = {AlignmentStatus.EXACT: 0.7, AlignmentStatus.FUZZY: 0.55, AlignmentStatus.UNGROUNDED: 0.2}
LLM_UNAVAILABLE = "LLM unavailable: rules only"  # the warning on every record the fallback served


class ExtractionError(Exception):
    """A document could not be extracted; ``partial`` holds what the rules found, if anything.

    ``systemic``: the LLM endpoint refuses every request (key, permission, model), so every
    later document would fail the same way; a batch should stop.
    """

    def __init__(self, message: str, partial: Optional[JobPosting] = None, *, systemic: bool = False):
        super().__init__(message)
        self.partial = partial
        self.systemic = systemic


@dataclass
class _Value:
    value: Any
    provenance: FieldProvenance


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
        ctx = context_for(text)
        warnings = ctx.warnings  # the normaliser's and the rules' faults land here too
        ctx = _without_instructions(ctx, warnings)
        if not ctx.text.strip():
            raise ExtractionError("empty input: no text left after removing markup, scripts and invisible characters")
        candidates = structured_first(ctx, run_rules(ctx), warnings) if self.mode != "llm" or not use_llm else {}
        values = {name: _from_candidate(ctx, cand) for name, cand in candidates.items() if not _empty(cand.value)}
        usage = Usage()
        if use_llm:
            wanted = [name for name in FIELD_NAMES if self._ask_llm(ctx, name, candidates.get(name))]
            if wanted and self._llm_down is not None:
                self._without_llm(self._llm_down, values, usage, warnings, systemic=True)
            elif wanted:
                self._merge_llm(ctx, wanted, candidates, values, usage, warnings)
        return _assemble(values, usage, warnings)

    def _without_llm(self, reason: str, values: dict[str, _Value], usage: Usage, warnings: list[str], *, systemic: bool) -> None:
        """The LLM cannot help this document: mark the rules' record (fallback) or raise."""
        if self.settings.fallback_rules:
            warnings.append(f"{LLM_UNAVAILABLE} ({reason})")
            return
        partial = _assemble(values, usage, warnings)
        raise ExtractionError(f"LLM step failed: {reason}", partial=partial, systemic=systemic)

    def _ask_llm(self, ctx: Context, name: str, candidate: Optional[Candidate]) -> bool:
        """Does field ``name`` go to the LLM, given the posting and the rules' best ``candidate``?"""
        if self.mode == "llm":
            return True
        if candidate is not None and candidate.confidence >= self.settings.confidence_threshold:
            return False
        if name in VOCABULARY_FIELDS or (name in RULE_FIRST_FIELDS and candidate is not None):
            return False
        if name in TEXT_FIELDS or candidate is not None:
            return True
        return self.settings.llm_fields == "all" and name not in PLACE_GROUNDED_FIELDS

    def _merge_llm(
        self, ctx: Context, wanted: list[str], candidates: dict[str, Candidate], values: dict[str, _Value], usage: Usage, warnings: list[str]
    ) -> None:
        from extractor.llm.client import LLMError, LLMFatalError
        from extractor.llm.local_server import LocalModelError

        try:
            outcome = self.stage.fill(ctx, wanted)
        except (LLMError, LocalModelError) as exc:
            if isinstance(exc, LLMError) and exc.usage is not None:
                usage.add(exc.usage)
            failure, systemic = str(exc), isinstance(exc, LocalModelError) or (isinstance(exc, LLMFatalError) and exc.systemic)
        else:
            failure, systemic = None, False
        if failure is not None:
            if systemic:
                self._llm_down = failure  # later documents do not ask again
            self._without_llm(failure, values, usage, warnings, systemic=systemic)
            return
        usage.add(outcome.usage)
        method = "cache" if outcome.from_cache else "llm"
        for name, grounded in outcome.values.items():
            value, status, spans, reason, kept = grounded.value, grounded.status, grounded.spans, grounded.reason, []
            if grounded.items:
                kept = [item for item in grounded.items if self._keep_item(ctx, name, item.status, item.spans)]
                if len(kept) < len(grounded.items):
                    why = sorted({item.reason if item.status == AlignmentStatus.UNGROUNDED else "outside its section" for item in grounded.items if item not in kept})
                    warnings.append(f"{name}: dropped {len(grounded.items) - len(kept)} LLM item(s) not found in the text or outside their section ({'; '.join(why)})")
                if not kept:
                    continue
                value = [item.value for item in kept]
                status = max((item.status for item in kept), key=list(_CONFIDENCE).index)
                spans = tuple(span for item in kept for span in item.spans)
                reason = None
                rule = candidates.get(name)
                if name in SECTION_BOUND_FIELDS and rule is not None and rule.item_spans and rule.value:
                    values[name] = _union(ctx, rule, [(item.value, item.status, item.spans) for item in kept], method, outcome.prompt_version)
                    continue
            elif status == AlignmentStatus.UNGROUNDED and not self.settings.keep_ungrounded:
                warnings.append(f"{name}: LLM value {value!r} left empty: {reason or 'not found in the text'}")
                continue
            elif status != AlignmentStatus.EXACT and name in values:
                continue  # only a value the text states exactly as that field replaces a rule's value
            values[name] = _Value(
                value,
                FieldProvenance(
                    method=method,
                    confidence=_CONFIDENCE[status],
                    status=status,
                    spans=_spans(ctx, spans),
                    items=[
                        ItemProvenance(value=_item_text(item.value), spans=_spans(ctx, item.spans), status=item.status, method=method, reason=item.reason or None)
                        for item in kept
                    ]
                    if grounded.items
                    else None,
                    prompt_version=outcome.prompt_version,
                    reason=reason or None,
                ),
            )

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
            if name == "preferred_qualifications" and ctx.sections_of(*SECTION_BOUND_FIELDS):
                # list sections but no preferred one: only a line the posting marks as preferred counts
                # (the embedded model otherwise files required items as preferred)
                start = ctx.text.rfind("\n", 0, min(s for s, _ in spans)) + 1
                end = ctx.text.find("\n", max(e for _, e in spans))
                return states_preference(ctx.text[start : end if end >= 0 else len(ctx.text)])
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


def _without_instructions(ctx: Context, warnings: list[str]) -> Context:
    """``ctx`` with the passages that speak to an AI model blanked (offsets unchanged)."""
    spans = instruction_spans(ctx.text)
    if not spans:
        return ctx
    from extractor.sections import segment

    doc = Document(ctx.doc.source, mask(ctx.text, spans), ctx.doc.starts, ctx.doc.ends)
    warnings.append(f"ignored {len(spans)} passage(s) that read as instructions to an AI model (possible prompt injection)")
    return Context(doc=doc, sections=segment(doc, warnings), warnings=warnings)


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


def _from_candidate(ctx: Context, cand: Candidate) -> _Value:
    def spans_of(spans: Iterable[tuple[int, int]]) -> list[Span]:
        if cand.raw_spans:  # already raw-input offsets (structured data in a script)
            return [Span(start=start, end=end) for start, end in spans if 0 <= start < end <= len(ctx.doc.source)]
        return _spans(ctx, spans)

    items = None
    if cand.item_spans is not None and isinstance(cand.value, list):
        items = [
            ItemProvenance(value=_item_text(v), spans=spans_of(spans), method=cand.rule)
            for v, spans in zip(cand.value, cand.item_spans)
        ]
    return _Value(
        cand.value,
        FieldProvenance(method=cand.rule, confidence=min(1.0, max(0.0, cand.confidence)), spans=spans_of(cand.spans), items=items),
    )


def _union(ctx: Context, rule: Candidate, llm_items: list, method: str, prompt_version: str) -> _Value:
    """The rule's list plus the LLM items that cover text no rule item covers, in text order.

    A rule item the LLM also returned is marked as confirmed by both (``<rule>+llm``).
    """
    both = f"{rule.rule}+{method}"
    merged = [[spans[0][0] if spans else 0, value, spans, AlignmentStatus.EXACT, rule.rule] for value, spans in zip(rule.value, rule.item_spans or ())]
    for value, status, spans in llm_items:
        overlapping = [item for item in merged if item[4] != method and any(s < e2 and s2 < e for s, e in spans for s2, e2 in item[2])]
        for item in overlapping:
            item[4] = both
        if spans and not overlapping:
            merged.append([spans[0][0], value, spans, status, method])
    merged.sort(key=lambda item: item[0])
    used_llm = any(item[4] != rule.rule for item in merged)
    return _Value(
        [value for _, value, _, _, _ in merged],
        FieldProvenance(
            method=both if used_llm else rule.rule,
            confidence=min(1.0, max(0.0, rule.confidence + (0.2 if used_llm else 0.0))),
            status=max((item[3] for item in merged), key=list(_CONFIDENCE).index),
            spans=_spans(ctx, [span for item in merged for span in item[2]]),
            items=[ItemProvenance(value=_item_text(v), spans=_spans(ctx, sp), status=st, method=m) for _, v, sp, st, m in merged],
            prompt_version=prompt_version if used_llm else None,
        ),
    )


def _item_text(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v)
    return str(value)


def _assemble(values: dict[str, _Value], usage: Usage, warnings: list[str]) -> JobPosting:
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
    posting._provenance = {name: v.provenance for name, v in values.items()}
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
