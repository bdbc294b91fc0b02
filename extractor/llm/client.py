"""The one module that touches the openai and instructor SDKs.

:class:`LLMClient` sends one chat request and returns a validated pydantic
object.  Two separate policies apply:

* **transport retries** (tenacity, around each HTTP request): timeouts,
  connection errors, 429 (honouring ``Retry-After``) and 5xx are retried with
  exponential backoff and jitter; 400/401/403/404 and other client errors fail
  at once with :class:`LLMFatalError`.
* **validation re-asks** (instructor, around the whole exchange): an answer that
  is not JSON or breaks the schema is sent back with the error, at most
  ``validation_retries`` times; then :class:`LLMValidationError`.

The openai SDK's own retries are switched off so that only our policy runs.
Token usage is summed over every attempt that got an answer.  Only the
exceptions defined here leave this module.

The API key and the credentials of the endpoint URL (user info, query values such as
``?api-key=``) never leave as text: error messages quote the server with them masked
(some servers echo them back), endpoints are shown without credentials, the HTTP
libraries' loggers stay at WARNING unless the user configured them, and their records
have the credentials masked when they are on.  The URL's query parameters are sent with
every request (the SDK's ``default_query``), not glued into its path.
"""

from __future__ import annotations

import contextvars
import logging
import random
import re
from typing import Any, Callable, Iterable, Optional, TypeVar, Union
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import instructor
import openai
from pydantic import BaseModel
from instructor.core import IncompleteOutputException, InstructorRetryException
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from extractor.config import safe_url
from extractor.provenance import Usage

log = logging.getLogger(__name__)
logging.getLogger("instructor").setLevel(logging.CRITICAL)  # we report failures ourselves
# request/response dumps of the HTTP stack are not our log: keep them quiet unless configured
for _name in ("openai", "httpx", "httpcore", "httpx2", "httpcore2"):
    if logging.getLogger(_name).level == logging.NOTSET:
        logging.getLogger(_name).setLevel(logging.WARNING)

MIN_SECRET_CHARS = 4  # shorter URL values ("1", "v2") are not masked: masking them would garble every message


class _MaskSecrets(logging.Filter):
    """Masks the known credentials in the records of the loggers that quote request URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            masked = redact(message, self.secrets)
            if masked != message:
                record.msg, record.args = masked, None
            if record.exc_info and not record.exc_text:  # a traceback quotes the request URL too
                record.exc_text = redact(logging.Formatter().formatException(record.exc_info), self.secrets)
        return True


_MASK = _MaskSecrets()
# a logger's filter sees only the records created on that very logger: these are the ones that log URLs
for _name in ("openai", "openai._base_client", "httpx", "httpx2"):
    logging.getLogger(_name).addFilter(_MASK)

T = TypeVar("T", bound=BaseModel)


class LLMError(Exception):
    """Base of every error this module raises; the message is meant for the user.

    ``usage`` holds what the failed exchange cost (tokens of every answered attempt).
    """

    usage: Optional[Usage] = None


class LLMFatalError(LLMError):
    """A request the endpoint refuses (bad request, auth, unknown model or route): retrying cannot help.

    ``systemic``: the refusal concerns every request (401/403/404: key, permission, model or
    route), not this document (a 400 such as an over-long input).
    """

    def __init__(self, message: str, *, status: Optional[int] = None, systemic: bool = True):
        super().__init__(message)
        self.status = status
        self.systemic = systemic


class LLMTransportError(LLMError):
    """The endpoint kept failing (timeouts, connection errors, 429, 5xx) after every transport retry."""


class LLMValidationError(LLMError):
    """The model's answers kept breaking the schema after every re-ask (or were cut off)."""


TRANSIENT_ERRORS: tuple[type[Exception], ...] = (
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.RateLimitError,
    openai.InternalServerError,
)

# How a structured answer is requested from the endpoint.
#   json_object+schema: llama.cpp server (grammar-constrained decoding from the schema)
#   json_object: OpenAI JSON mode, Ollama, most OpenAI-compatible servers
#   json_schema: OpenAI structured outputs, vLLM
RESPONSE_FORMATS: dict[str, Callable[[dict[str, Any]], tuple[instructor.Mode, dict[str, Any]]]] = {
    "json_object+schema": lambda schema: (
        instructor.Mode.JSON,
        {"extra_body": {"response_format": {"type": "json_object", "schema": schema}}},
    ),
    "json_object": lambda schema: (instructor.Mode.JSON, {}),
    "json_schema": lambda schema: (instructor.Mode.JSON_SCHEMA, {}),
}

MAX_RETRY_AFTER = 300.0  # seconds: longest server-requested wait we honour

_usage_var: contextvars.ContextVar[Optional[Usage]] = contextvars.ContextVar("llm_usage", default=None)


def _retry_after_seconds(exc: BaseException) -> Optional[float]:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _transport_wait(base: float, cap: float) -> Callable[[RetryCallState], float]:
    """Wait ``Retry-After`` when the server gives one, else exponential backoff with full jitter."""

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = _retry_after_seconds(exc) if exc is not None else None
        if hinted is not None:
            return min(hinted, MAX_RETRY_AFTER)
        return random.uniform(0, min(cap, base * 2 ** (state.attempt_number - 1)))

    return wait


SYSTEMIC_STATUSES = frozenset({401, 403, 404})  # auth, permission, unknown model or route


def redact(text: str, secret: Union[str, Iterable[str], None]) -> str:
    """``text`` with ``secret`` (one, or several) and any bearer or basic token masked."""
    secrets = [secret] if isinstance(secret, str) else list(secret or ())
    for value in sorted(filter(None, secrets), key=len, reverse=True):
        text = text.replace(value, "***")
    return re.sub(r"(?i)\b((?:bearer|basic)\s+)[^\s'\"]+", r"\1***", text)


def url_secrets(url: str) -> list[str]:
    """The credentials an endpoint URL may carry: the password (else the user name) and every query value."""
    try:
        parts = urlsplit(url)
        values = [parts.password or parts.username, *(value for _, value in parse_qsl(parts.query, keep_blank_values=True))]
    except ValueError:
        return []
    return [v for v in values if v and len(v) >= MIN_SECRET_CHARS]


def _describe(exc: openai.APIError, secret: Union[str, Iterable[str], None] = None) -> str:
    """``HTTP 401: <the server's own message>`` (or the transport error's text), the key masked."""
    status = getattr(exc, "status_code", None)
    body = getattr(exc, "body", None)
    message = body.get("message") if isinstance(body, dict) else None
    message = message or getattr(exc, "message", None) or str(exc)
    return redact(f"HTTP {status}: {message}" if status else str(message), secret)


class LLMClient:
    """A schema-constrained chat client for one OpenAI-compatible endpoint.

    Args:
        base_url: the endpoint (``.../v1``); user info becomes basic auth, query parameters
            go with every request; neither is ever shown.
        api_key: sent as a bearer token; never logged.
        model: model id sent with each request.
        timeout: seconds per HTTP request.
        transport_retries: extra attempts after transient failures.
        validation_retries: re-asks after a schema-breaking answer.
        response_format: a key of :data:`RESPONSE_FORMATS`.
        backoff_base, backoff_cap: seconds for the exponential backoff.
    """

    def __init__(
        self,
        *,
        base_url: str,
        api_key: Optional[str],
        model: str,
        timeout: float = 120.0,
        transport_retries: int = 4,
        validation_retries: int = 1,
        response_format: str = "json_object+schema",
        backoff_base: float = 1.0,
        backoff_cap: float = 30.0,
    ):
        if response_format not in RESPONSE_FORMATS:
            raise LLMFatalError(f"unknown response_format {response_format!r}; use one of {sorted(RESPONSE_FORMATS)}")
        self.base_url = base_url
        self.endpoint = safe_url(base_url)  # for messages
        self._secret = tuple(v for v in (api_key, *url_secrets(base_url)) if v)  # masked wherever text leaves
        _MASK.secrets.update(self._secret)
        self.model = model
        self.validation_retries = validation_retries
        self.response_format = response_format
        parts = urlsplit(base_url)
        self._raw = openai.OpenAI(
            base_url=urlunsplit(parts._replace(query="", fragment="")),
            default_query=dict(parse_qsl(parts.query, keep_blank_values=True)) or None,
            api_key=api_key or "no-key",
            timeout=timeout,
            max_retries=0,
        )
        self._transport = Retrying(
            retry=retry_if_exception_type(TRANSIENT_ERRORS),
            stop=stop_after_attempt(transport_retries + 1),
            wait=_transport_wait(backoff_base, backoff_cap),
            reraise=True,
        )
        self._modes: dict[instructor.Mode, Callable[..., Any]] = {}

    def _create(self, **kwargs: Any) -> Any:
        """One chat completion with the transport policy; adds the answer's usage to the current tally."""
        usage = _usage_var.get()

        def attempt() -> Any:
            if usage is not None:
                usage.attempts += 1
            return self._raw.chat.completions.create(**kwargs)

        try:
            response = self._transport(attempt)
        except TRANSIENT_ERRORS as exc:
            raise LLMTransportError(f"{self.endpoint} kept failing: {_describe(exc, self._secret)}") from None
        except openai.APIStatusError as exc:
            raise LLMFatalError(
                f"{self.endpoint} refused the request ({_describe(exc, self._secret)})",
                status=exc.status_code,
                systemic=exc.status_code in SYSTEMIC_STATUSES,
            ) from None
        if usage is not None and getattr(response, "usage", None) is not None:
            usage.prompt_tokens += response.usage.prompt_tokens or 0
            usage.completion_tokens += response.usage.completion_tokens or 0
        if not getattr(response, "choices", None):
            raise LLMValidationError("the endpoint returned no choices")
        return response

    def _patched(self, mode: instructor.Mode) -> Callable[..., Any]:
        if mode not in self._modes:
            self._modes[mode] = instructor.patch(create=self._create, mode=mode)
        return self._modes[mode]

    def structured(self, messages: list[dict[str, str]], response_model: type[T], generation: dict[str, Any]) -> tuple[T, Usage]:
        """Ask for ``response_model`` and return ``(validated object, usage over all attempts)``.

        Raises:
            LLMFatalError: the endpoint refused the request (400/401/403/404…).
            LLMTransportError: transient failures outlasted the transport retries.
            LLMValidationError: the answers kept breaking the schema, were cut off, or had no choices.
        """
        usage = Usage(llm_calls=1)
        token = _usage_var.set(usage)
        mode, extra = RESPONSE_FORMATS[self.response_format](response_model.model_json_schema())
        try:
            result = self._patched(mode)(
                model=self.model,
                messages=messages,
                response_model=response_model,
                max_retries=self.validation_retries,
                **generation,
                **extra,
            )
        except InstructorRetryException as exc:
            cause = exc.__cause__
            error = cause if isinstance(cause, LLMError) else LLMValidationError(
                f"the model's answer did not fit the schema after {exc.n_attempts} attempt(s): {redact(_short(cause or exc), self._secret)}"
            )
            error.usage = usage
            raise error from None
        except IncompleteOutputException:
            error = LLMValidationError("the model's answer was cut off by the token limit (raise max_tokens)")
            error.usage = usage
            raise error from None
        except LLMError as error:
            error.usage = usage
            raise
        finally:
            _usage_var.reset(token)
        return result, usage

    def list_models(self) -> list[str]:
        """The endpoint's model ids (a health check).

        Raises:
            LLMFatalError: the endpoint refused (auth, not found).
            LLMTransportError: the endpoint cannot be reached.
        """
        try:
            return [model.id for model in self._transport(self._raw.models.list)]
        except TRANSIENT_ERRORS as exc:
            raise LLMTransportError(f"cannot reach {self.endpoint}: {_describe(exc, self._secret)}") from None
        except openai.APIStatusError as exc:
            raise LLMFatalError(f"{self.endpoint} refused the model list ({_describe(exc, self._secret)})", status=exc.status_code) from None

    def close(self) -> None:
        self._raw.close()


def _short(exc: BaseException, limit: int = 300) -> str:
    text = str(exc).replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"


