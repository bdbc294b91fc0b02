"""The benchmark's frame: options, endpoints, measured rows with their targets, table and JSON.

A section (see :mod:`extractor.bench.sections`) is a function ``(BenchContext) ->
SectionResult`` built from the types here; :func:`extractor.bench.run.run_bench` runs the
selected ones.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Optional

from extractor.config import Settings, load_settings, safe_url, with_overrides

REPORT_FORMAT = 1
SECTION_NAMES = ("startup", "rules", "memory", "long", "hybrid", "tokens", "model", "concurrency")
LLM_CHOICES = ("configured", "fake")


class BenchError(Exception):
    """A section (or the whole benchmark) cannot run; the message says why."""


@dataclass(frozen=True)
class BenchOptions:
    """What to measure and how much of it.  ``None`` fields take the full or the ``quick`` default.

    Attributes:
        only: sections to run, in :data:`SECTION_NAMES` order.
        quick: small smoke configuration (fake LLM endpoint, small corpora).
        golden: golden set directory (corpus templates, hybrid and token sections).
        corpus_size: postings in the rules-throughput corpus.
        processes: processes for the one-per-core throughput figure.
        memory_sizes: corpus sizes for the peak-memory figure.
        seed: corpus seed.
        llm: ``configured`` (OPENAI_BASE_URL / --base-url, else the embedded model) or ``fake``
            for the hybrid, tokens and model sections.
        concurrency_llm: endpoint of the requests-in-flight section (default ``fake``).
        fake_latency: seconds per request of the fake endpoint.
        concurrency_levels: requests in flight to measure.
        concurrency_docs: postings per concurrency level.
        golden_limit: only the first N golden documents (hybrid, tokens).
        model_docs: postings timed end to end in the model section.
        generation_tokens: max_tokens of the generation-speed request.
        hybrid_run, llm_run: saved eval runs (id, prefix, directory, ``latest``) to read instead of running.
        runs_dir: where saved eval runs live.
        out_dir: where the JSON report is written.
    """

    only: tuple[str, ...] = SECTION_NAMES
    quick: bool = False
    golden: str = "golden"
    corpus_size: Optional[int] = None
    processes: Optional[int] = None
    memory_sizes: Optional[tuple[int, ...]] = None
    seed: int = 0
    llm: Optional[str] = None
    concurrency_llm: str = "fake"
    base_url: Optional[str] = None
    model: Optional[str] = None
    fake_latency: Optional[float] = None
    concurrency_levels: tuple[int, ...] = (1, 2, 4)
    concurrency_docs: Optional[int] = None
    golden_limit: Optional[int] = None
    model_docs: Optional[int] = None
    generation_tokens: Optional[int] = None
    hybrid_run: Optional[str] = None
    llm_run: Optional[str] = None
    runs_dir: str = "eval/runs"
    out_dir: str = "eval/bench"


FULL_DEFAULTS: dict[str, Any] = {
    "corpus_size": 10_000,
    "processes": os.cpu_count() or 1,
    "memory_sizes": (1_000, 10_000, 100_000),
    "llm": "configured",
    "fake_latency": 0.5,
    "concurrency_docs": 24,
    "golden_limit": None,
    "model_docs": 5,
    "generation_tokens": 256,
}
QUICK_DEFAULTS: dict[str, Any] = {
    "corpus_size": 300,
    "processes": os.cpu_count() or 1,
    "memory_sizes": (100, 1_000),
    "llm": "fake",
    "fake_latency": 0.05,
    "concurrency_docs": 8,
    "golden_limit": 6,
    "model_docs": 2,
    "generation_tokens": 32,
}


def resolve_options(options: BenchOptions) -> BenchOptions:
    """Fill every unset field from the quick or full defaults.

    Raises:
        BenchError: an unknown section or endpoint choice, or a non-positive size.
    """
    unknown = [name for name in options.only if name not in SECTION_NAMES]
    if unknown:
        raise BenchError(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTION_NAMES)}")
    defaults = QUICK_DEFAULTS if options.quick else FULL_DEFAULTS
    filled = {name: defaults[name] for name in defaults if getattr(options, name) is None}
    resolved = replace(options, **filled, only=tuple(n for n in SECTION_NAMES if n in options.only))
    for name in ("llm", "concurrency_llm"):
        if getattr(resolved, name) not in LLM_CHOICES:
            raise BenchError(f"--{name.replace('_', '-')} must be one of {', '.join(LLM_CHOICES)}")
    sizes = [resolved.corpus_size, resolved.processes, resolved.concurrency_docs, resolved.model_docs, resolved.generation_tokens, *resolved.memory_sizes, *resolved.concurrency_levels]
    if any(size is None or size < 1 for size in sizes):
        raise BenchError("sizes, counts and levels must be at least 1")
    if resolved.fake_latency is None or resolved.fake_latency < 0:
        raise BenchError("--fake-latency must be 0 or more")
    if not (Path(resolved.golden) / "index.csv").is_file():
        raise BenchError(f"no golden set at {resolved.golden!r}: run from the repository root or pass --golden DIR")
    return resolved


# ---------------------------------------------------------------------------------------------
# results
# ---------------------------------------------------------------------------------------------
@dataclass
class Row:
    """One measured figure; ``met`` is None when it has no target (or the target does not apply)."""

    metric: str
    value: Optional[float]
    unit: str = ""
    target: str = ""
    met: Optional[bool] = None
    note: str = ""


@dataclass
class SectionResult:
    title: str
    rows: list[Row] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    error: Optional[str] = None
    seconds: float = 0.0


def at_least(value: Optional[float], target: float) -> Optional[bool]:
    return None if value is None else value >= target


def at_most(value: Optional[float], target: float) -> Optional[bool]:
    return None if value is None else value <= target


# ---------------------------------------------------------------------------------------------
# endpoints
# ---------------------------------------------------------------------------------------------
@dataclass
class Endpoint:
    """An LLM endpoint the sections talk to: settings with ``base_url`` set, and a label."""

    kind: str  # fake | configured | embedded
    label: str
    settings: Settings
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def is_fake(self) -> bool:
        return self.kind == "fake"

    def settings_for(self, **changes: Any) -> Settings:
        return with_overrides(self.settings, **changes)


class BenchContext:
    """What sections share: options, a scratch directory, endpoints (started once), results so far."""

    def __init__(self, options: BenchOptions, scratch: Path):
        self.options = options
        self.scratch = scratch
        self.state: dict[str, Any] = {}
        self._endpoints: dict[str, Endpoint] = {}
        self._closers: list[Callable[[], None]] = []

    def endpoint(self, choice: str) -> Endpoint:
        """The ``fake`` or ``configured`` endpoint, started on first use.

        Raises:
            BenchError: the configured endpoint or the embedded model cannot be used.
        """
        if choice not in self._endpoints:
            self._endpoints[choice] = _ENDPOINT_FACTORIES[choice](self)
        return self._endpoints[choice]

    def scratch_dir(self, name: str) -> Path:
        path = self.scratch / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def close(self) -> None:
        for closer in reversed(self._closers):
            try:
                closer()
            except Exception:  # noqa: BLE001 - closing must not hide the results
                pass


def _fake_endpoint(ctx: BenchContext) -> Endpoint:
    from extractor.bench.fake_endpoint import MODEL_ID, FakeEndpointProcess

    latency = ctx.options.fake_latency
    server = FakeEndpointProcess(latency).__enter__()
    ctx._closers.append(server.__exit__)
    settings = load_settings(base_url=server.base_url, model=MODEL_ID, response_format="json_object+schema", api_key="bench", transport_retries=1)
    return Endpoint("fake", f"fake endpoint ({latency:g} s per request)", settings, {"latency_seconds": latency})


def _configured_endpoint(ctx: BenchContext) -> Endpoint:
    from extractor.config import ConfigError

    try:
        settings = load_settings(base_url=ctx.options.base_url, model=ctx.options.model)
    except ConfigError as exc:
        raise BenchError(str(exc)) from None
    if settings.base_url:
        from extractor.llm.stage import LLMStage

        stage = LLMStage(with_overrides(settings, use_cache=False))
        try:
            stage.client()
            model = stage.client().model
        except Exception as exc:  # noqa: BLE001 - any endpoint failure is one message
            raise BenchError(f"the configured endpoint is not usable: {exc}") from None
        finally:
            stage.close()
        settings = with_overrides(settings, model=model)
        endpoint = safe_url(settings.base_url)  # the label and info go into the bench JSON: no credentials
        return Endpoint("configured", f"{endpoint} ({model})", settings, {"base_url": endpoint, "model": model})
    return _embedded_endpoint(settings)


def _embedded_endpoint(settings: Settings) -> Endpoint:
    """Start the embedded model once (as the pipeline does) and address it by URL."""
    from extractor.llm.local_server import MODEL_NAME, LocalModelError, shared_server
    from extractor.llm.stage import EMBEDDED_TIMEOUT

    try:
        server = shared_server(settings.resolved_cache_dir(), settings.model_path, settings.local_threads, settings.local_ctx)
    except LocalModelError as exc:
        raise BenchError(f"the embedded model is not usable: {exc}") from None
    served = with_overrides(
        settings,
        base_url=server.base_url,
        model=MODEL_NAME,
        response_format=settings.response_format or "json_object+schema",
        timeout=max(settings.timeout, EMBEDDED_TIMEOUT),
        concurrency=1,  # one request in flight: the embedded server decodes one at a time
    )
    info = {"model": MODEL_NAME, "model_path": str(server.model_path), "threads": server.threads, "n_ctx": server.n_ctx, "pid": server.pid}
    return Endpoint("embedded", f"embedded {MODEL_NAME} ({server.threads} threads, ctx {server.n_ctx})", served, info)


_ENDPOINT_FACTORIES: dict[str, Callable[[BenchContext], Endpoint]] = {"fake": _fake_endpoint, "configured": _configured_endpoint}


# ---------------------------------------------------------------------------------------------
# table, JSON
# ---------------------------------------------------------------------------------------------
def _public_arg(value: Any) -> Any:
    """A command-line value as the report may show it: an endpoint URL without its credentials."""
    if not isinstance(value, str) or "://" not in value:
        return value
    name, sep, url = value.partition("=") if value.startswith("--") else ("", "", value)
    return f"{name}{sep}{safe_url(url)}"


def build_report(options: BenchOptions, results: dict[str, SectionResult], started: datetime) -> dict[str, Any]:
    from extractor.evaluation.runner import code_version

    return {
        "format": REPORT_FORMAT,
        "created": started.isoformat(timespec="seconds"),
        "quick": options.quick,
        "command": "extractor bench " + " ".join(map(_public_arg, sys.argv[2:])) if len(sys.argv) > 1 and sys.argv[1] == "bench" else "extractor bench",
        "options": json.loads(json.dumps({f.name: _public_arg(getattr(options, f.name)) if f.name == "base_url" else getattr(options, f.name) for f in fields(options)})),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "processor": platform.processor() or platform.machine(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,  # other work skews every figure
        },
        "code": code_version(),
        "sections": {name: {**asdict(result), "rows": [asdict(row) for row in result.rows]} for name, result in results.items()},
    }


def _format_value(value: Optional[float], unit: str) -> str:
    if value is None:
        return "—"
    if abs(value) >= 100:
        text = f"{value:,.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.3g}"
    return f"{text} {unit}".strip()


_STATUS = {True: "met", False: "NOT MET", None: ""}


def format_table(report: dict[str, Any]) -> str:
    """The report as a plain-text table: section, metric, measured, target, met / not met."""
    machine = report["machine"]
    code = report.get("code") or {}
    load = machine.get("load_average_at_end")
    head = (
        f"extractor bench{' --quick' if report.get('quick') else ''} · {machine['cpus']} cores · Python {machine['python']}"
        f" · commit {str(code.get('commit', 'unknown'))[:10]}{' (dirty)' if code.get('dirty') else ''}"
        + (f" · load average {load[0]:.1f} (other work on the machine lowers every figure)" if load and load[0] > 0.5 * machine["cpus"] else "")
    )
    lines = [head, ""]
    width = 46
    lines.append(f"{'metric':<{width}} {'measured':>18}  {'target':<22} status")
    lines.append("-" * (width + 52))
    for name, section in report["sections"].items():
        lines.append(f"{section['title']}  [{section['seconds']:.1f} s]")
        if section.get("error"):
            lines.append(f"  error: {section['error']}")
            continue
        for row in section["rows"]:
            status = _STATUS[row["met"]]
            metric = f"  {row['metric']}"
            lines.append(f"{metric:<{width}} {_format_value(row['value'], row['unit']):>18}  {row['target']:<22} {status}".rstrip())
            if row.get("note"):
                lines.append(f"{'':<{width}}   ({row['note']})")
    return "\n".join(lines)
