"""Batch extraction on Ray Data: ``extractor extract --engine ray`` and :func:`extract_dataset`.

The driver reads the inputs with :mod:`extractor.io`, the reader the local engine uses (JSONL
files of ``{"id", "text"}`` lines, Parquet files with a ``text`` and an optional ``id``
column, text files, directories), so sources are named and de-duplicated the same way; the
rows go to Ray's object store in blocks and are extracted with ``map_batches`` by a pool of
actors (:class:`ExtractBatch`), which write their lines with :func:`extractor.io.record_line`.  Each actor builds one :class:`~extractor.pipeline.Extractor`
from the settings the driver sends it, so its LLM client and cache are made once per
worker; every actor talks to the same LLM endpoint (``base_url``) and the same cache
directory (``cache_dir``, SQLite via diskcache: a directory every worker can reach).  With
no endpoint configured each actor starts its own embedded model, so the default is then one
actor.  Ray needs the ``ray`` extra: ``pip install 'job-posting-extractor[ray]'``.

The driver writes the output in input order into one file: JSON Lines (the same lines as
``extractor extract``) or Parquet (columns ``source``, ``error`` and ``record``, the JSON
line).  On a cluster, start the driver where the output should land and give the workers
the package (installed on every node, or ``runtime_env``); ``RAY_ADDRESS`` picks the cluster.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from extractor.config import Settings, load_settings
from extractor.io import InputDoc, iter_inputs, record_line

DEFAULT_BATCH_SIZE = 32
FORMATS_BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
FORMATS = ("jsonl", "parquet")


def actor_cpus(cluster_cpus: float, workers: int) -> float:
    """Logical CPUs each actor asks for: one, but never so many that the actors hold every CPU.

    Ray Data's own tasks each need a whole logical CPU; if the actors hold them all, the
    pipeline stalls for ever.  One CPU is left free for them.
    """
    return round(min(1.0, max(0.05, (cluster_cpus - 1) / workers)), 3)
USAGE_COLUMNS = ("llm_calls", "cache_hits", "prompt_tokens", "completion_tokens")


class ScaleError(Exception):
    """The batch cannot run (Ray missing, bad input or output, unusable LLM); the message says why."""


@dataclass
class DatasetStats:
    """What a run did: documents, failures and LLM cost summed over every worker."""

    documents: int = 0
    failures: int = 0
    llm_calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    workers: int = 0


def _format_of(path: str, explicit: Optional[str], what: str) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise ScaleError(f"unknown {what} format {explicit!r}; use {' or '.join(FORMATS)}")
        return explicit
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS_BY_SUFFIX:
        raise ScaleError(f"cannot tell the {what} format of {path!r} (use .jsonl or .parquet, or name the format)")
    return FORMATS_BY_SUFFIX[suffix]


# ---------------------------------------------------------------------------------------------
# workers
# ---------------------------------------------------------------------------------------------
def _row_tables(docs: Iterable[InputDoc], rows: int) -> Iterator[Any]:
    """The input docs as Arrow tables of ``rows`` rows (columns ``source``, ``text``, ``error``, ``warnings``)."""
    import pyarrow as pa

    schema = pa.schema([("source", pa.string()), ("text", pa.string()), ("error", pa.string()), ("warnings", pa.list_(pa.string()))])
    chunk: list[InputDoc] = []

    def table() -> Any:
        return pa.table(
            {"source": [d.source for d in chunk], "text": [d.text for d in chunk], "error": [d.error for d in chunk], "warnings": [d.warnings for d in chunk]},
            schema=schema,
        )

    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= rows:
            yield table()
            chunk = []
    if chunk:
        yield table()


class ExtractBatch:
    """Ray Data callable class: one :class:`Extractor` per actor, applied to Arrow batches.

    Args:
        settings: extraction settings (endpoint, cache directory, concurrency per actor…).
        use_llm: hybrid (True) or rules only (False).
        with_provenance: add ``provenance`` to each line.

    Raises:
        LLMError / LocalModelError: (at construction) the LLM cannot be used.
    """

    def __init__(self, settings: Settings, use_llm: bool, with_provenance: bool):
        from extractor.pipeline import Extractor

        self.extractor = Extractor(settings, use_llm=use_llm)
        self.with_provenance = with_provenance
        if use_llm:
            self.extractor.check_llm()

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        from extractor.pipeline import ExtractionError

        rows = list(zip(*(batch.column(name).to_pylist() for name in ("source", "text", "error", "warnings"))))
        results = self.extractor.extract_many(text for _, text, error, _ in rows if error is None)
        columns: dict[str, list[Any]] = {"source": [], "error": [], "record": [], **{key: [] for key in USAGE_COLUMNS}}
        for source, _, error, warnings in rows:
            posting = None
            if error is None:
                result = next(results)
                if isinstance(result, ExtractionError):
                    posting, error = result.partial, str(result)
                else:
                    posting = result
            usage = posting.usage if posting is not None and posting.usage is not None else None
            columns["source"].append(source)
            columns["error"].append(error)
            columns["record"].append(record_line(source, posting, error=error, warnings=warnings, with_provenance=self.with_provenance))
            for key in USAGE_COLUMNS:
                columns[key].append(int(getattr(usage, key, 0) or 0))
        return pa.table(
            columns,
            schema=pa.schema([("source", pa.string()), ("error", pa.string()), ("record", pa.string()), *((key, pa.int64()) for key in USAGE_COLUMNS)]),
        )

    def __del__(self) -> None:
        try:
            self.extractor.close()
        except Exception:  # noqa: BLE001 - closing at interpreter exit is best effort
            pass


# ---------------------------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------------------------
class _JsonlWriter:
    def __init__(self, target: Union[Path, IO[str]]):
        self._own = isinstance(target, Path)
        self._out = target.open("w", encoding="utf-8") if isinstance(target, Path) else target

    def write(self, table: Any) -> None:
        for line in table.column("record").to_pylist():
            self._out.write(line + "\n")
        self._out.flush()

    def close(self) -> None:
        if self._own:
            self._out.close()


class _ParquetWriter:
    def __init__(self, target: Union[Path, IO[str]]):
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not isinstance(target, Path):
            raise ScaleError("Parquet output needs a file (--output FILE.parquet)")
        self._schema = pa.schema([("source", pa.string()), ("error", pa.string()), ("record", pa.string())])
        self._writer = pq.ParquetWriter(str(target), self._schema)

    def write(self, table: Any) -> None:
        self._writer.write_table(table.select(["source", "error", "record"]).cast(self._schema))

    def close(self) -> None:
        self._writer.close()


_WRITERS: dict[str, Callable[[Union[Path, IO[str]]], Any]] = {"jsonl": _JsonlWriter, "parquet": _ParquetWriter}


# ---------------------------------------------------------------------------------------------
# the run
# ---------------------------------------------------------------------------------------------
def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise ScaleError("Ray is not installed: pip install 'job-posting-extractor[ray]' (or pip install 'ray[data]')") from None
    return ray


def _read(ray: Any, paths: list[str], batch_size: int) -> Optional[Any]:
    """The inputs as a Ray dataset of blocks of ``batch_size`` rows (None when there is none).

    The driver reads them one at a time with :func:`extractor.io.iter_inputs` and puts each
    block in the object store (which spills to disk), so the driver holds one block at a time.
    """
    refs = [ray.put(table) for table in _row_tables(iter_inputs(paths, sys.stdin.buffer), batch_size)]
    return ray.data.from_arrow_refs(refs) if refs else None


def _default_workers(ray: Any, settings: Settings, use_llm: bool) -> int:
    if use_llm and not settings.base_url:
        return 1  # each actor would start its own embedded model on this machine
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def extract_dataset(
    inputs: Union[str, Path, Sequence[Union[str, Path]]],
    output: Union[str, Path, IO[str], None] = None,
    settings: Optional[Settings] = None,
    *,
    use_llm: bool = True,
    with_provenance: bool = False,
    workers: Optional[int] = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    output_format: Optional[str] = None,
    progress: Optional[bool] = None,
) -> DatasetStats:
    """Extract every posting of ``inputs`` on Ray Data and write the records to ``output``.

    Uses a running Ray (``ray.init`` done by the caller) or starts one (``RAY_ADDRESS`` picks
    a cluster, else a local Ray on this machine) and shuts it down again.

    Args:
        inputs: what the local engine reads (:func:`extractor.io.iter_inputs`): JSONL and Parquet
            files, text files, directories of them; every path must exist.
        output: a ``.jsonl`` or ``.parquet`` file, an open text stream (JSONL), or None for stdout.
        settings: extraction settings (default :func:`~extractor.config.load_settings`); sent to
            every worker.  ``base_url`` is the shared endpoint, ``cache_dir`` the shared cache,
            ``concurrency`` the requests in flight per worker.
        use_llm: hybrid (True) or rules only (False).
        with_provenance: add each field's provenance to the lines.
        workers: actors extracting at once (default: every CPU of the cluster; one with the embedded model).
        batch_size: postings per batch handed to an actor.
        output_format: ``jsonl`` or ``parquet``; default from the output's suffix.
        progress: show Ray's progress bars (default: when stderr is a terminal).

    Returns:
        The :class:`DatasetStats`; a posting that failed has its line with ``error`` and counts in ``failures``.

    Raises:
        ScaleError: Ray is missing, an input is missing, the output format is unknown, or the
            LLM (or a worker) cannot be started.
    """
    settings = settings or load_settings()
    paths = [str(p) for p in ([inputs] if isinstance(inputs, (str, Path)) else inputs)]
    if not paths:
        raise ScaleError("no input given")
    if batch_size < 1 or (workers is not None and workers < 1):
        raise ScaleError("workers and batch size must be at least 1")
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        raise ScaleError(f"no such file or directory: {', '.join(missing)}")
    is_file = isinstance(output, (str, Path))
    out_format = _format_of(str(output), output_format, "output") if is_file else (output_format or "jsonl")
    if out_format not in FORMATS:
        raise ScaleError(f"unknown output format {out_format!r}; use {' or '.join(FORMATS)}")
    if use_llm and settings.base_url:
        _check_endpoint(settings)
    ray = _import_ray()
    started = time.monotonic()
    own_ray = not ray.is_initialized()
    if own_ray:
        ray.init(include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
    try:
        with _data_context(ray, progress):
            stats = _run(ray, paths, out_format, output, settings, use_llm, with_provenance, workers, batch_size)
    except ScaleError:
        raise
    except Exception as exc:  # noqa: BLE001 - Ray wraps a worker's failure; the user gets one message
        raise ScaleError(f"the Ray run failed: {_root_message(exc)}") from None
    finally:
        if own_ray:
            ray.shutdown()
    stats.seconds = round(time.monotonic() - started, 3)
    return stats


def _run(
    ray: Any,
    paths: list[str],
    out_format: str,
    output: Union[str, Path, IO[str], None],
    settings: Settings,
    use_llm: bool,
    with_provenance: bool,
    workers: Optional[int],
    batch_size: int,
) -> DatasetStats:
    """Read, extract with an actor pool, write on the driver in input order (see :func:`extract_dataset`)."""
    dataset = _read(ray, paths, batch_size)
    count = workers or _default_workers(ray, settings, use_llm)
    stats = DatasetStats(workers=count)
    target = Path(output) if isinstance(output, (str, Path)) else (output or sys.stdout)
    writer = _WRITERS[out_format](target)
    if dataset is None:  # no input at all: an empty output
        writer.close()
        return stats
    extracted = dataset.map_batches(
        ExtractBatch,
        fn_constructor_kwargs={"settings": settings, "use_llm": use_llm, "with_provenance": with_provenance},
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=count),
        num_cpus=actor_cpus(ray.cluster_resources().get("CPU", 1), count),
    )
    try:
        for table in extracted.iter_batches(batch_format="pyarrow", batch_size=None):
            writer.write(table)
            stats.documents += table.num_rows
            stats.failures += table.num_rows - table.column("error").null_count
            for key in USAGE_COLUMNS:
                setattr(stats, key, getattr(stats, key) + int(sum(table.column(key).to_pylist())))
    finally:
        writer.close()
    return stats


def _check_endpoint(settings: Settings) -> None:
    """Health-check the shared endpoint on the driver, before any worker starts."""
    from extractor.pipeline import Extractor

    extractor = Extractor(settings)
    try:
        extractor.check_llm()
    except Exception as exc:  # noqa: BLE001 - any set-up failure is one message
        raise ScaleError(f"the LLM is not usable: {exc} (use --no-llm for rules only)") from None
    finally:
        extractor.close()


@contextmanager
def _data_context(ray: Any, progress: Optional[bool]) -> Iterator[None]:
    """Ray Data settings for one run, restored afterwards: input order kept, progress bars only on a terminal."""
    context = ray.data.DataContext.get_current()
    saved = (context.execution_options.preserve_order, context.enable_progress_bars)
    context.execution_options.preserve_order = True  # lines come out in input order
    context.enable_progress_bars = sys.stderr.isatty() if progress is None else progress
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)
    try:
        yield
    finally:
        context.execution_options.preserve_order, context.enable_progress_bars = saved


def _root_message(exc: BaseException) -> str:
    """The innermost cause of a (Ray-wrapped) exception, one line."""
    seen = exc
    while getattr(seen, "cause", None) is not None or seen.__cause__ is not None:
        seen = getattr(seen, "cause", None) or seen.__cause__
    text = str(seen).strip().splitlines()
    return text[-1] if text else type(seen).__name__


def iter_lines(path: Union[str, Path]) -> Iterator[dict[str, Any]]:
    """The records of an output file (JSONL or Parquet), in order, as dicts (for tests and tools)."""
    path = Path(path)
    if FORMATS_BY_SUFFIX.get(path.suffix.lower()) == "parquet":
        import pyarrow.parquet as pq

        for line in pq.read_table(str(path)).column("record").to_pylist():
            yield json.loads(line)
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


__all__ = ["DEFAULT_BATCH_SIZE", "FORMATS", "DatasetStats", "ExtractBatch", "ScaleError", "extract_dataset", "iter_lines"]
