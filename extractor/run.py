"""The local engine: ``extractor extract`` in this process, one record line per input, in order.

Inputs are read one at a time (:func:`extractor.io.iter_inputs`), extracted by one
:class:`~extractor.pipeline.Extractor` (:meth:`~extractor.pipeline.Extractor.extract_many`,
bounded read-ahead) and each line (:func:`extractor.io.record_line`) is written and flushed
as soon as it is ready: a crash loses at most the line being written.  ``--resume``
(:mod:`extractor.resume`) skips the inputs already in the output.  Rules-only runs
(``--no-llm``) use ``--workers`` processes (default: the cores; :func:`pooled_lines`): inputs
go out in chunks, lines come back and are written in input order, byte-identical to one
worker.  Exit codes: 0 every input extracted, 1 some failed (their lines have ``error``), 2
the run could not start or the endpoint refused every request.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Optional

from extractor.config import Settings
from extractor.io import InputDoc, iter_inputs, record_line
from extractor.pipeline import ExtractionError, Extractor
from extractor.provenance import Usage
from extractor.resume import ResumeError, resume_state

PROGRESS_MIN_INPUTS = 4
PAUSE_SECONDS = 0.05  # input quiet this long: the partial chunk goes out (records of a slow stream are not held back)
POOL_CHUNK = 16  # inputs per task sent to a worker process: small enough to keep order cheap, big enough to amortise the pickling


def in_order(extractor: Any, docs: Iterable[InputDoc]) -> Iterator[tuple[InputDoc, Any]]:
    """``(doc, result)`` in input order, reading inputs only as the extractor needs them.

    ``result`` is the extractor's record or ExtractionError, or None for a doc that
    already has an ``error``.  At most the extractor's read-ahead is held in memory.
    """
    queue: deque[InputDoc] = deque()

    def texts() -> Iterator[str]:
        for doc in docs:
            queue.append(doc)
            if doc.error is None:
                yield doc.text or ""

    for result in extractor.extract_many(texts()):
        while queue[0].error is not None:
            yield queue.popleft(), None
        yield queue.popleft(), result
    while queue:
        yield queue.popleft(), None


def default_workers() -> int:
    """Worker processes for a rules-only run when ``--workers`` is not given: the usable cores."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_worker_extractor: Optional[Extractor] = None  # one rules-only extractor per worker process


def _init_worker(settings: Settings) -> None:
    global _worker_extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle (it reports and exits)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="extractor-parent-watch").start()
    _worker_extractor = Extractor(settings, use_llm=False)


def _exit_with_parent(parent: int) -> None:
    """In a worker: exit when the parent run is gone (killed with SIGKILL, its pool cannot stop us:
    forked siblings keep the task pipe open, so a worker would wait on it for ever)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


PARENT_CHECK_SECONDS = 0.5


def _chunk_lines(chunk: list[InputDoc], with_provenance: bool) -> list[tuple[str, bool]]:
    """In a worker process: ``(line, failed)`` for each input of ``chunk``, rules only."""
    assert _worker_extractor is not None, "worker not initialised"
    results = in_order(_worker_extractor, chunk)
    return [_line(doc, result, with_provenance) for doc, result in results]


def pooled_lines(docs: Iterable[InputDoc], settings: Settings, workers: int, with_provenance: bool) -> Iterator[tuple[str, bool]]:
    """Rules-only ``(line, failed)`` for ``docs`` in input order, extracted by ``workers`` processes.

    The first input is extracted in this process before the workers start (they are forked warm).
    A reader thread takes the other inputs lazily; they go out in chunks of :data:`POOL_CHUNK`, or
    sooner when the input pauses (a pipe or FIFO: each record is still written while the run
    waits for the next input). At most ``4 * workers`` chunks are in flight, so memory stays
    flat however long the input is.
    """
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"  # fork: the imported modules are shared
    in_flight = 4 * workers
    docs = iter(docs)
    first = next(docs, None)
    # The first input is extracted here, before the workers are forked: they inherit the vocabularies and
    # the ~1,100 compiled patterns (seconds of start-up) instead of each building its own.
    first_lines = [] if first is None else [_line(doc, result, with_provenance) for doc, result in in_order(Extractor(settings, use_llm=False), [first])]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method), initializer=_init_worker, initargs=(settings,)) as pool:
        pool.submit(int).result()  # the workers exist before the reader thread starts (no fork beside a running thread)
        yield from first_lines
        inbox: queue.Queue = queue.Queue(maxsize=in_flight * POOL_CHUNK)
        threading.Thread(target=_read_into, args=(docs, inbox), daemon=True, name="extractor-reader").start()
        pending: deque[Future] = deque()
        chunk: list[InputDoc] = []
        ended = paused = False
        while not ended or chunk or pending:
            while pending and pending[0].done():
                yield from pending.popleft().result()
            if chunk and (ended or paused or len(chunk) == POOL_CHUNK):
                pending.append(pool.submit(_chunk_lines, chunk, with_provenance))
                chunk, paused = [], False
            elif pending and (ended or len(pending) >= in_flight):
                yield from pending.popleft().result()
            elif not ended:
                try:
                    item = inbox.get(timeout=PAUSE_SECONDS if chunk or pending else None)
                except queue.Empty:  # the input pauses: send what there is, write what is done
                    paused = bool(chunk)
                    continue
                if isinstance(item, BaseException):
                    raise item
                if item is _END:
                    ended = True
                else:
                    chunk.append(item)


_END = object()  # the reader thread's last item


def _read_into(docs: Iterable[InputDoc], inbox: queue.Queue) -> None:
    """The reader thread: every input into ``inbox``, then :data:`_END` (or the exception that stopped it)."""
    try:
        for doc in docs:
            inbox.put(doc)
        inbox.put(_END)
    except BaseException as exc:  # noqa: BLE001 - handed to the main thread, which raises it
        inbox.put(exc)


@dataclass
class _Tally:
    """What a run did so far: lines written, failures, inputs skipped by ``--resume``, LLM cost."""

    usage: Usage
    written: int = 0
    failures: int = 0
    skipped: int = 0


def run_local(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``extractor extract`` (``--engine local``) with ``settings``; returns the exit code.

    Args:
        args: the parsed command line (``paths``, ``output``, ``resume``, ``no_llm``,
            ``with_provenance``, ``stats``).
        settings: the resolved settings.

    Returns:
        0, 1 (some inputs failed) or 2 (cannot resume, cannot write the output, the LLM is
        unusable, or the endpoint refused every request).  Problems are reported on stderr.
    """
    workers = getattr(args, "workers", None)
    if workers is not None and workers < 1:
        print("extractor: --workers must be at least 1", file=sys.stderr)
        return 2
    if workers not in (None, 1) and not args.no_llm:
        print("extractor: --workers runs the rules in several processes (--no-llm runs); with the LLM, --concurrency sets the documents in flight", file=sys.stderr)
        return 2
    done = _resume_state(args)
    if done is None:
        return 2
    started = time.monotonic()
    extractor = Extractor(settings, use_llm=not args.no_llm)
    if not args.no_llm and not _llm_usable(extractor):
        return 2
    try:
        out: IO[str] = open(args.output, "a" if args.resume else "w", encoding="utf-8") if args.output else sys.stdout
    except OSError as exc:
        print(f"extractor: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        extractor.close()
        return 2
    tally = _Tally(Usage())
    try:
        if not _write_records(args, extractor, done, out, tally):
            return 2
    finally:
        if out is not sys.stdout:
            out.close()
        extractor.close()
    if args.stats:
        _write_stats(Path(args.stats), tally, time.monotonic() - started)
    if args.resume:
        print(f"extractor: resumed {args.output}: {tally.skipped} input(s) were already done, {tally.written} extracted now", file=sys.stderr)
    if tally.failures:
        print(f"extractor: {tally.failures} of {tally.written + tally.skipped} input(s) failed (see the 'error' field)", file=sys.stderr)
        return 1
    return 0


def _resume_state(args: argparse.Namespace) -> Optional[dict[str, bool]]:
    """The sources already in the output (``--resume``; else none), or None after printing why not."""
    if not args.resume:
        return {}
    if not args.output:
        print("extractor: --resume needs --output FILE (the output to complete)", file=sys.stderr)
        return None
    try:
        return resume_state(Path(args.output))
    except (ResumeError, OSError) as exc:
        print(f"extractor: cannot resume: {exc}", file=sys.stderr)
        return None


def _llm_usable(extractor: Extractor) -> bool:
    """Resolve the endpoint before any document; False (after one message) when it cannot be used."""
    try:
        down = extractor.check_llm()
    except Exception as exc:  # noqa: BLE001 - any set-up failure becomes one clear message
        print(f"extractor: the LLM is not usable: {exc}\n(use --no-llm for rules only)", file=sys.stderr)
        extractor.close()
        return False
    if down:
        print(f"extractor: the LLM is not usable: {down}\n(--fallback-rules: rules only, every record is marked in 'warnings')", file=sys.stderr)
    return True


def _write_records(args: argparse.Namespace, extractor: Extractor, done: dict[str, bool], out: IO[str], tally: _Tally) -> bool:
    """Extract the inputs not in ``done`` and write their lines in input order; False if the run must stop.

    Inputs are read lazily and each record is written and flushed as soon as it is ready (in
    input order): a crash loses at most the line being written.
    """
    def todo() -> Iterator[InputDoc]:
        for doc in iter_inputs(args.paths, sys.stdin.buffer):
            if doc.source in done:
                tally.skipped += 1
                tally.failures += done[doc.source]
                continue
            yield doc

    workers = (getattr(args, "workers", None) or default_workers()) if args.no_llm else 1
    progress = None
    try:
        if workers > 1:
            lines: Iterator[tuple[str, bool]] = pooled_lines(todo(), extractor.settings, workers, args.with_provenance)
        else:
            lines = _checked_lines(in_order(extractor, todo()), tally, args.with_provenance)
        for line, failed in lines:
            out.write(line + "\n")
            out.flush()
            tally.written += 1
            tally.failures += failed
            progress = _progress(progress, tally.written)
    except _Systemic:
        return False
    finally:
        if progress is not None:
            progress.close()
    return True


class _Systemic(Exception):
    """A document failed for a reason every other document shares (already reported)."""


def _checked_lines(results: Iterable[tuple[InputDoc, Any]], tally: _Tally, with_provenance: bool) -> Iterator[tuple[str, bool]]:
    """``(line, failed)`` per result in this process; raises :class:`_Systemic` (after saying why) to stop the run."""
    for doc, result in results:
        if isinstance(result, ExtractionError) and result.systemic:
            print(f"extractor: stopped at {doc.source}: {result}\n(fix the setting, or use --no-llm or --fallback-rules)", file=sys.stderr)
            raise _Systemic
        record = result.partial if isinstance(result, ExtractionError) else result
        if record is not None and record.usage is not None:
            tally.usage.add(record.usage)
        yield _line(doc, result, with_provenance)


def _line(doc: InputDoc, result: Any, with_provenance: bool) -> tuple[str, bool]:
    """``(output line, failed)`` of ``doc`` given its result (None: the input itself failed)."""
    if result is None:
        return record_line(doc.source, error=doc.error, warnings=doc.warnings), True
    if isinstance(result, ExtractionError):
        return record_line(doc.source, result.partial, error=str(result), warnings=doc.warnings, with_provenance=with_provenance), True
    return record_line(doc.source, result, warnings=doc.warnings, with_provenance=with_provenance), False


def _write_stats(path: Path, tally: _Tally, seconds: float) -> None:
    usage = tally.usage
    stats = {
        "documents": tally.written,
        "llm_calls": usage.llm_calls,
        "cache_hits": usage.cache_hits,
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "seconds": round(seconds, 3),
    }
    path.write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")


def _progress(bar: Any, count: int) -> Any:
    """Advance the progress bar on stderr (a terminal only), started once more than three inputs are seen."""
    if bar is None:
        if count < PROGRESS_MIN_INPUTS:
            return None
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=sys.stderr, disable=None, desc="extract", initial=count - 1)
    bar.update(1)
    return bar
