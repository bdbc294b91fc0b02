"""The LLM step: ask for the fields the rules left empty or unsure, ground the answer.

:class:`LLMStage` resolves the endpoint (a configured one, or the embedded
model it starts on first use), builds a response model holding only the
missing fields (so the model never rewrites what rules filled), sends the
posting's relevant sections (not its legal or company boilerplate) under a
versioned prompt (in select mode, :mod:`extractor.llm.select`: list fields as numbers of
candidate lines, and only the lines the asked fields need), serves and stores validated answers in the cache, and aligns
every returned value with the text: a typed value counts only where the rule parser
for its field reads it (:mod:`extractor.llm.grounding`).
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from extractor.cache import ResponseCache, cache_key
from extractor.config import Settings
from extractor.faults import strict
from extractor.fields import FIELDS
from extractor.llm.client import LLMClient, LLMFatalError, LLMTransportError, safe_url
from extractor.llm.grounding import Alignment, Grounder
from extractor.llm.local_server import MODEL_NAME, MODEL_SHA256, LocalServer, shared_server
from extractor.llm.prompts import Prompt, load_prompt
from extractor.llm.select import SELECT_FIELDS, Plan, picked, select_model
from extractor.llm.select import plan as select_plan
from extractor.provenance import STATUS_CONFIDENCE, AlignmentStatus, Extraction, Usage, weakest
from extractor.context import Context, context_for

log = logging.getLogger(__name__)

EMBEDDED_TIMEOUT = 900.0  # seconds: the CPU-bound embedded model may need minutes for a long answer
MAX_POSTING_CHARS = 7000  # keeps prompt + answer inside a 4k-token context
SKIPPED_SECTION_KINDS = frozenset({"legal", "company"})
LIST_ONLY_SKIPPED = frozenset({"header", "pay", "benefits"})  # also left out when only list fields are asked

# What the LLM may return per field (the field table's answer types): nullable and required, so
# constrained decoding emits every key; lists hold at most 40 items.
LLM_FIELD_TYPES: dict[str, Any] = {name: spec.answer_type for name, spec in FIELDS.items()}


@lru_cache(maxsize=256)
def response_model_for(fields: tuple[str, ...]) -> type[BaseModel]:
    """A pydantic model with exactly ``fields`` (in the order of the record)."""
    unknown = [f for f in fields if f not in LLM_FIELD_TYPES]
    if unknown:
        raise ValueError(f"no LLM type for fields {unknown}")
    definitions = {
        name: (LLM_FIELD_TYPES[name], Field(..., max_length=40) if FIELDS[name].is_list else ...)
        for name in fields
    }
    return create_model("MissingFields", __config__=ConfigDict(extra="ignore"), **definitions)


@lru_cache(maxsize=256)
def _select_model(fields: tuple[str, ...], n_lines: int, n_names: int = 0, n_pay: int = 0) -> type[BaseModel]:
    """The select-mode response model (list fields as numbers of the ``n_lines`` lines, a picked
    company as the number of one of ``n_names`` names, a picked salary of ``n_pay`` options)."""
    return select_model(LLM_FIELD_TYPES, fields, n_lines, n_names, n_pay)


@dataclass
class LLMOutcome:
    values: dict[str, Extraction]  # grounded LLM values; spans index the clean text
    usage: Usage
    from_cache: bool
    prompt_version: str


def posting_for_prompt(ctx: Context, limit: int = MAX_POSTING_CHARS, fields: tuple[str, ...] = ()) -> str:
    """The clean text minus legal/company sections, cut to ``limit`` characters.

    When every one of ``fields`` is a free-text list, the header, pay and benefits sections are
    left out too (they hold no duty or qualification), unless nothing else is left.
    """
    text = ctx.text
    skipped = SKIPPED_SECTION_KINDS
    if fields and all(FIELDS[name].section_bound for name in fields):
        skipped = skipped | LIST_ONLY_SKIPPED
    if ctx.sections:
        parts = []
        for section in ctx.sections:
            if section.kind in skipped:
                continue
            parts.append(text[section.heading_start : section.end].strip())
        text = "\n\n".join(p for p in parts if p) or ctx.text
    return text[:limit]


class LLMStage:
    """Fills missing fields with the LLM for one :class:`Settings` (thread-safe)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.prompt: Prompt = load_prompt(settings.prompt_version)
        self.cache = ResponseCache(settings.resolved_cache_dir()) if settings.use_cache else None
        self._client: Optional[LLMClient] = None
        self._model_identity: Optional[str] = None
        self._server: Optional[LocalServer] = None  # the embedded server, when no endpoint is configured
        self._lock = threading.Lock()
        # requests in flight: the embedded llama.cpp server answers one at a time, so queueing
        # more behind it would only make them time out
        self._slots = threading.Semaphore(1 if not settings.base_url else settings.concurrency)

    # -- endpoint -----------------------------------------------------------------
    def client(self) -> LLMClient:
        """The client, resolving the endpoint (and starting the embedded model) on first use.

        Raises:
            LocalModelError: the embedded model cannot be started.
            LLMFatalError / LLMTransportError: the configured endpoint fails its health check.
        """
        with self._lock:
            if self._client is None:
                self._client, self._model_identity = self._connect()
            return self._client

    def _connect(self) -> tuple[LLMClient, str]:
        s = self.settings
        if s.base_url:
            probe = LLMClient(base_url=s.base_url, api_key=s.api_key, model=s.model or "", timeout=min(s.timeout, 30), transport_retries=1)
            models = probe.list_models()
            probe.close()
            model = s.model or (models[0] if models else None)
            if not model:
                raise LLMFatalError(f"{safe_url(s.base_url)} lists no models; set a model (EXTRACTOR_MODEL or --model)")
            if models and model not in models:
                raise LLMFatalError(f"model {model!r} is not served by {safe_url(s.base_url)} (it serves: {', '.join(models[:10])})")
            identity = f"{safe_url(s.base_url)}|{model}"  # a public name: it goes into eval manifests
            base_url, response_format = s.base_url, s.response_format or "json_object"
        else:
            server = self._server = shared_server(s.resolved_cache_dir(), s.model_path, s.local_threads, s.local_ctx)
            model = MODEL_NAME
            identity = f"embedded|{_model_file_identity(s.model_path)}"
            # a prompt that names its keys itself may keep the schema out of the prompt text: the
            # server's grammar (json_schema) still constrains the answer to it
            fmt = "json_object+schema" if self.prompt.schema_in_prompt else "json_schema"
            base_url, response_format = server.base_url, s.response_format or fmt
        client = LLMClient(
            base_url=base_url,
            api_key=s.api_key,
            model=model,
            timeout=s.timeout if s.base_url else max(s.timeout, EMBEDDED_TIMEOUT),
            transport_retries=s.transport_retries,
            validation_retries=s.validation_retries,
            response_format=response_format,
            backoff_base=s.backoff_base,
            backoff_cap=s.backoff_cap,
        )
        return client, identity

    # -- one posting ----------------------------------------------------------------
    def fill(self, ctx: Context, fields: list[str]) -> LLMOutcome:
        """Ask the LLM for ``fields`` of the posting in ``ctx`` and ground the answer.

        Raises:
            LLMError (fatal, transport or validation) and LocalModelError, as :meth:`client`.
        """
        fields_tuple = tuple(fields)
        chosen: Optional[Plan] = None
        if self.prompt.mode == "select":  # list fields as line numbers, only the lines needed
            chosen = select_plan(ctx, fields_tuple, prune=not self.settings.keep_ungrounded, picks=self.prompt.picks)
            if not chosen.fields:
                return LLMOutcome(values={}, usage=Usage(), from_cache=False, prompt_version=self.prompt.version)
            fields_tuple = chosen.fields
            model_cls = _select_model(fields_tuple, len(chosen.lines), len(chosen.names), len(chosen.pay))
            posting = chosen.posting
        else:
            model_cls = response_model_for(fields_tuple)
            posting = posting_for_prompt(ctx, fields=fields_tuple)
        messages = self.prompt.messages(posting, fields_tuple)
        generation = self.settings.generation_settings()
        client = self.client()
        key = cache_key(
            model_identity=self._model_identity or "",
            prompt_version=self.prompt.version,
            prompt_sha256=self.prompt.sha256,
            schema=model_cls.model_json_schema(),
            input_text="\u241e".join(m["content"] for m in messages),
            generation=generation,
            response_format=client.response_format,
        )
        usage = Usage()
        answer: Optional[dict[str, Any]] = None
        from_cache = False
        if self.cache is not None:
            stored = self.cache.get(key)
            if stored is not None:
                try:
                    answer = model_cls.model_validate(stored).model_dump(mode="json")
                    from_cache = True
                    usage.cache_hits = 1
                except ValidationError:
                    answer = None
        if answer is None:
            with self._slots:
                try:
                    result, usage = client.structured(messages, model_cls, generation)
                except LLMTransportError as exc:
                    if not self._embedded_server_died():
                        raise
                    log.warning("the embedded model server died; restarting it and asking again")
                    result, usage = self.client().structured(messages, model_cls, generation)
                    if exc.usage is not None:
                        usage.add(exc.usage)
            answer = result.model_dump(mode="json")
            if self.cache is not None:
                self.cache.set(key, answer)  # validated by instructor above
        method = "cache" if from_cache else "llm"
        if chosen is None:
            values = ground_answer(ctx, answer, method=method, prompt_version=self.prompt.version)
        else:
            values = ground_selected(ctx, answer, chosen, method=method, prompt_version=self.prompt.version)
        return LLMOutcome(values=values, usage=usage, from_cache=from_cache, prompt_version=self.prompt.version)

    def _embedded_server_died(self) -> bool:
        """If the embedded server's process is gone, drop the client so the next one restarts it."""
        with self._lock:
            if self._server is None or self._server.alive():
                return False
            if self._client is not None:
                self._client.close()
            self._client = None
            return True

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self.cache is not None:
            self.cache.close()


def _model_file_identity(model_path: Optional[str]) -> str:
    if not model_path:
        return f"{MODEL_NAME}|sha256:{MODEL_SHA256}"
    stat = Path(model_path).stat()
    return f"{Path(model_path).name}|{stat.st_size}|{int(stat.st_mtime)}"


def ground_answer(ctx: Union[Context, str], answer: dict[str, Any], *, method: str = "llm", prompt_version: Optional[str] = None) -> dict[str, Extraction]:
    """Ground every non-empty value of ``answer`` in the posting (see :mod:`extractor.llm.grounding`).

    Args:
        ctx: the posting's :class:`Context` (a plain text is normalised into one).
        answer: the LLM's validated answer as JSON.
        method, prompt_version: what the extractions record as their source (``cache`` for
            an answer served from the cache).

    Returns:
        One :class:`Extraction` per non-empty field (its confidence from how well the text states
        it); list fields carry one item per distinct item.  A parser that raises while grounding
        a field leaves that value ungrounded, its reason naming the error (the pipeline then
        drops it with a warning on the record).
    """
    if isinstance(ctx, str):
        ctx = context_for(ctx)
    grounder = Grounder(ctx)

    def extraction(name: str, value: Any, found: Alignment, items: tuple[Extraction, ...] = ()) -> Extraction:
        value = value if found.value is None else found.value  # the text's reading (a name cut out of a line)
        return Extraction(name, value, found.spans, STATUS_CONFIDENCE[found.status], method, status=found.status, reason=found.reason, items=items, prompt_version=prompt_version)

    grounded: dict[str, Extraction] = {}
    for name, value in answer.items():
        if value is None or value == [] or value == "":
            continue
        try:
            if isinstance(value, list):
                items = tuple(extraction(name, item, grounder.ground_item(name, item)) for item in _distinct(value))
                reasons = sorted({item.reason for item in items if item.status == AlignmentStatus.UNGROUNDED and item.reason})
                whole = Alignment(weakest(item.status for item in items), tuple(s for item in items for s in item.spans), reason="; ".join(reasons))
                grounded[name] = extraction(name, [item.value for item in items], whole, items)
            else:
                grounded[name] = extraction(name, value, grounder.ground(name, value))
        except Exception as exc:  # noqa: BLE001 - a parser bug must not lose the record: the value is dropped, with the reason
            if strict():
                raise
            log.debug("grounding %s failed", name, exc_info=True)  # the record's warning gives the reason
            grounded[name] = extraction(name, value, Alignment(AlignmentStatus.UNGROUNDED, reason=f"grounding failed ({type(exc).__name__}: {exc})"))
    return grounded


def ground_selected(ctx: Context, answer: dict[str, Any], chosen: Plan, *, method: str = "llm", prompt_version: Optional[str] = None) -> dict[str, Extraction]:
    """Ground a select-mode answer: picked lines are the items (exact, spans = the lines);
    the other fields are grounded as :func:`ground_answer` does.

    An answer that picks every line shown (more than two) selects nothing: the small model
    does so when it cannot tell the lines apart.  So does a line picked for two list fields
    (the same sentence as a requirement and as a preference).  Such items are ungrounded, so
    the pipeline drops them with a warning saying why.  A picked company (a number of
    ``chosen.names``) is that name, exact, at the span where the text states it; a picked salary
    (a number of ``chosen.pay``) is the pay rule's own reading of that option, at its spans.
    """
    number = answer.get("company") if chosen.names else None
    pay_number = answer.get("salary") if chosen.pay else None
    written = {
        k: v for k, v in answer.items() if k not in SELECT_FIELDS and not (chosen.names and k == "company") and not (chosen.pay and k == "salary")
    }  # not numbers
    grounded = ground_answer(ctx, written, method=method, prompt_version=prompt_version)
    if isinstance(pay_number, int) and 1 <= pay_number <= len(chosen.pay):
        option = chosen.pay[pay_number - 1]
        grounded["salary"] = Extraction(
            "salary", dict(option.value), tuple(option.candidate.spans), STATUS_CONFIDENCE[AlignmentStatus.EXACT], method,
            status=AlignmentStatus.EXACT, reason=f"pay option {pay_number} picked", prompt_version=prompt_version,
        )
    if isinstance(number, int) and 1 <= number <= len(chosen.names):
        name = chosen.names[number - 1]
        grounded["company"] = Extraction(
            "company", name.value, (name.span,), STATUS_CONFIDENCE[AlignmentStatus.EXACT], method,
            status=AlignmentStatus.EXACT, reason=f"employer name {number} picked ({name.cue})", prompt_version=prompt_version,
        )
    picks = {name: picked(list(chosen.lines), name, answer.get(name) or ()) for name in SELECT_FIELDS}
    times = Counter(line.number for lines in picks.values() for line in lines)
    for name, lines in picks.items():
        numbers = answer.get(name) or ()
        every = len(chosen.lines) > 2 and len(set(numbers)) >= len(chosen.lines)

        def judged(line: Any) -> tuple[AlignmentStatus, str]:
            if every:
                return AlignmentStatus.UNGROUNDED, "every line picked: no selection"
            if times[line.number] > 1:
                return AlignmentStatus.UNGROUNDED, "line picked for several lists: no selection"
            return AlignmentStatus.EXACT, f"line {line.number} picked"

        if lines:
            items = tuple(
                Extraction(name, line.text, tuple(line.spans), STATUS_CONFIDENCE[status], method, status=status, reason=why, prompt_version=prompt_version)
                for line in lines
                for status, why in (judged(line),)
            )
            spans = tuple(s for item in items for s in item.spans)
            status = weakest(item.status for item in items)
            why = "; ".join(sorted({item.reason for item in items if item.status == AlignmentStatus.UNGROUNDED}))
            grounded[name] = Extraction(name, [item.value for item in items], spans, STATUS_CONFIDENCE[status], method, status=status, reason=why, items=items, prompt_version=prompt_version)
    return grounded


def _distinct(items: list[Any]) -> list[Any]:
    """Items without blanks and repeats (text compared case-insensitively); text items stripped."""
    out, seen = [], set()
    for item in items:
        if isinstance(item, str):
            item = item.strip()
            key: Any = item.lower()
        else:
            key = repr(sorted(item.items())) if isinstance(item, dict) else repr(item)
        if item in ("", None, {}) or key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out
