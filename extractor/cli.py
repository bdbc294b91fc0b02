"""Command line: ``extractor extract [options] PATH...`` (also ``python -m extractor``).

Inputs are text or HTML files, directories (their files, sorted), ``-`` for
stdin, or ``.jsonl`` files of ``{"id", "text"}`` objects.  Output is JSON
Lines in input order: the record at the top level plus ``source``; an input
that fails still gets its line, with ``error``, and the exit code is 1 at the
end.  Configuration problems (bad endpoint, bad settings) stop the run before
any document with exit code 2 and one message, never a traceback.

Durability: inputs are read one at a time (an input over the size limit is
refused unread), each record is flushed as soon as it is written, and
``--resume`` completes an interrupted ``--output`` file (a torn last line is
cut, inputs already there are skipped).  Sources are unique within a run (a
repeated one becomes ``<source>#2``…).  SIGTERM/SIGHUP are raised like Ctrl-C
so the output is closed and the embedded model server is stopped on the way out.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Optional

from extractor.config import ConfigError, Settings, load_settings

TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".eml", ""}
PROGRESS_MIN_INPUTS = 4


@dataclass
class InputDoc:
    """One input as read: its ``source`` label, and its text or the reason it has none."""

    source: str
    text: Optional[str] = None
    error: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


# Magic numbers of binary formats people feed by mistake (documents, archives, images).
_BINARY_MAGIC = {
    b"%PDF-": "PDF",
    b"PK\x03\x04": "ZIP/Office document",
    b"\xd0\xcf\x11\xe0": "Office document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
}
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}


def max_input_chars() -> int:
    """The longest input (characters) the pipeline accepts (``pipeline.MAX_INPUT_CHARS``)."""
    from extractor.pipeline import MAX_INPUT_CHARS

    return MAX_INPUT_CHARS


def max_input_bytes() -> int:
    """The most bytes read for one input: UTF-8 needs at most 4 bytes a character."""
    return 4 * max_input_chars()


def _too_large(size: str) -> str:
    return f"input too large: {size} (limit {max_input_chars():,} characters); split the posting or drop it"


def decode(data: bytes) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Bytes → ``(text, error, warning)``: binary data is an error, bad UTF-8 is replaced with a warning."""
    head = data[:8192]
    for magic, kind in _BINARY_MAGIC.items():
        if head.startswith(magic):
            return None, f"binary file ({kind}): not a text or HTML posting", None
    if b"\x00" in head or (head and sum(b in _CONTROL for b in head) > len(head) // 10):
        return None, "binary file: not a text or HTML posting", None
    try:
        text, warning = data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        warning = f"input is not valid UTF-8 (first bad byte at {exc.start}); decoded with replacement characters"
        sample = text[:8192]
        if sample.count("\ufffd") > len(sample) // 4:
            return None, "binary file: mostly bytes that are not UTF-8 text", None
    if len(text) > max_input_chars():
        return None, _too_large(f"{len(text):,} characters"), None
    return text, None, warning


def _read_bounded(handle: IO[bytes], label: str) -> InputDoc:
    """Read one input of at most :func:`max_input_bytes` bytes (a larger one is refused unread)."""
    limit = max_input_bytes()
    data = handle.read(limit + 1)
    if len(data) > limit:
        return InputDoc(label, error=_too_large(f"more than {limit:,} bytes"))
    text, error, warning = decode(data)
    return InputDoc(label, text=text, error=error, warnings=[warning] if warning else [])


def _read_file(path: Path, label: str) -> InputDoc:
    try:
        size = path.stat().st_size
        if size > max_input_bytes():
            return InputDoc(label, error=_too_large(f"{size:,} bytes"))
        with path.open("rb") as handle:
            return _read_bounded(handle, label)
    except OSError as exc:
        return InputDoc(label, error=f"cannot read {label}: {exc.strerror or exc}")


def _bounded_lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, Optional[bytes]]]:
    """``(number, line)`` for each line of ``handle``; a line longer than ``limit`` bytes is skipped unread and given as None."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the oversized line in bounded pieces
                rest = handle.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def _read_jsonl(path: Path, label: str) -> Iterator[InputDoc]:
    # JSON may spell a character as a 6-byte \\uXXXX escape.
    limit = 6 * max_input_chars() + 4096
    with path.open("rb") as handle:
        for number, line in _bounded_lines(handle, limit):
            source = f"{label}:{number}"
            if line is None:
                yield InputDoc(source, error=f"line {number}: " + _too_large(f"more than {limit:,} bytes"))
                continue
            if not line.strip():
                continue
            warnings = []
            try:
                chars = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                chars = line.decode("utf-8", errors="replace")
                warnings.append(f"line {number} is not valid UTF-8 (first bad byte at {exc.start}); decoded with replacement characters")
            try:
                item = json.loads(chars)
            except json.JSONDecodeError as exc:
                yield InputDoc(source, error=f"line {number} is not JSON: {exc.msg}")
                continue
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                yield InputDoc(source, error=f"line {number} needs a JSON object with a string 'text'")
                continue
            ident = item.get("id")
            source = source if ident is None or isinstance(ident, (dict, list)) else str(ident)
            if len(item["text"]) > max_input_chars():
                yield InputDoc(source, error=_too_large(f"{len(item['text']):,} characters"), warnings=warnings)
                continue
            yield InputDoc(source, text=item["text"], warnings=warnings)


def iter_inputs(paths: list[str], stdin: IO[bytes]) -> Iterator[InputDoc]:
    """Every input document named by ``paths``, in order, read one at a time; problems become error docs.

    Sources are made unique: a repeated source (the same ``id`` twice in a ``.jsonl``, the
    same file named twice) becomes ``<source>#2``, ``#3``… with a warning, so every input
    has its own line and ``--resume`` can tell them apart.
    """
    seen: set[str] = set()
    for doc in _iter_raw_inputs(paths, stdin):
        if doc.source in seen:
            base, n = doc.source, 2
            while f"{base}#{n}" in seen:
                n += 1
            doc.source = f"{base}#{n}"
            doc.warnings.append(f"duplicate source {base!r}: this input is {doc.source!r}")
        seen.add(doc.source)
        yield doc


def _iter_raw_inputs(paths: list[str], stdin: IO[bytes]) -> Iterator[InputDoc]:
    for raw in paths:
        if raw == "-":
            yield _read_bounded(stdin, "-")
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                files = sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix.lower() in TEXT_SUFFIXES or p.suffix == ".jsonl") and not p.name.startswith("."))
            except OSError as exc:
                yield InputDoc(raw, error=f"cannot list {raw}: {exc.strerror or exc}")
                continue
            for file in files:
                yield from _iter_path(file, str(file))
        elif path.exists():
            yield from _iter_path(path, raw)
        else:
            yield InputDoc(raw, error=f"no such file or directory: {raw}")


def _iter_path(path: Path, label: str) -> Iterator[InputDoc]:
    if path.suffix.lower() == ".jsonl":
        try:
            yield from _read_jsonl(path, label)
        except OSError as exc:
            yield InputDoc(label, error=f"cannot read {label}: {exc.strerror or exc}")
    else:
        yield _read_file(path, label)


class ResumeError(Exception):
    """The output file cannot be resumed (a complete line is not a record)."""


def resume_state(path: Path) -> dict[str, bool]:
    """The sources already in output file ``path`` (→ whether that record has an ``error``).

    A torn last line (the run died while writing it: no final newline) is cut off, so the
    file ends with complete records only and appending continues cleanly.

    Raises:
        ResumeError: a complete line is not a JSON record with a ``source``.
        OSError: the file cannot be read or truncated.
    """
    done: dict[str, bool] = {}
    if not path.exists():
        return done
    good_end = 0
    with path.open("rb+") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.endswith(b"\n"):
                break  # torn: cut below
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if not isinstance(record, dict) or not isinstance(record.get("source"), str):
                raise ResumeError(f"{path} line {number} is not an output record; not resuming (move the file away to start over)")
            done[record["source"]] = "error" in record
            good_end += len(line)
        if handle.seek(0, 2) > good_end:
            handle.truncate(good_end)
            print(f"extractor: {path}: cut a torn last line ({handle.tell() - good_end} bytes); that input is done again", file=sys.stderr)
    return done


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


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP as an exception in the main thread, like Ctrl-C's KeyboardInterrupt.

    Raising (instead of dying at once) lets ``finally`` blocks close the output and the
    atexit handlers stop the embedded model server.
    """

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def _on_stop_signal(signum: int, frame: Any) -> None:
    for sig in _STOP_SIGNALS:  # a second signal must not break the clean-up (or print a traceback from atexit)
        signal.signal(sig, signal.SIG_IGN)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(signum)


@contextmanager
def stop_signals_raise() -> Iterator[None]:
    """While inside, SIGINT raises KeyboardInterrupt and SIGTERM/SIGHUP raise :class:`Terminated`.

    Only in the main thread, and a signal the caller ignores (``nohup``) stays ignored.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for sig in _STOP_SIGNALS:
        handler = signal.getsignal(sig)
        if handler is not signal.SIG_IGN and handler is not None:
            previous[sig] = signal.signal(sig, _on_stop_signal)
    stopped = False
    try:
        yield
    except KeyboardInterrupt:
        stopped = True
        raise
    finally:
        if not stopped:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def record_line(source: str, posting: Any = None, *, error: Optional[str] = None, warnings: Optional[list[str]] = None, with_provenance: bool = False) -> str:
    """One output line: the record (or the rules-only partial) plus ``source`` and, if any, ``error``/``warnings``."""
    line: dict[str, Any] = posting.model_dump(mode="json") if posting is not None else {}
    line["source"] = source
    if with_provenance and posting is not None:
        line["provenance"] = {name: prov.model_dump(mode="json", exclude_none=True) for name, prov in sorted(posting.provenance.items())}
    notes = list(warnings or []) + (list(posting.warnings) if posting is not None else [])
    if notes:
        line["warnings"] = notes
    if error:
        line["error"] = error
    return json.dumps(line, ensure_ascii=False, sort_keys=False)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extractor", description="Extract structured records from job postings.")
    commands = parser.add_subparsers(dest="command", required=True)
    ex = commands.add_parser("extract", help="extract records from postings (JSON Lines out)")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="text/HTML files, directories, .jsonl files of {id, text}, or - for stdin")
    ex.add_argument("--no-llm", action="store_true", help="rules only: no LLM calls")
    ex.add_argument("--fallback-rules", action="store_true", help="if the LLM is unusable (at start or for a document), keep the rules' record with a warning instead of stopping or failing")
    ex.add_argument("--with-provenance", action="store_true", help="add each field's method, evidence spans and confidence")
    ex.add_argument("--stats", metavar="FILE", help="write run statistics (documents, LLM calls, tokens, seconds) as JSON")
    ex.add_argument("--output", "-o", metavar="FILE", help="write JSON Lines here instead of stdout")
    ex.add_argument("--resume", action="store_true", help="with --output: keep the records already in FILE (a torn last line is cut), extract only the inputs not in it, append")
    ex.add_argument("--base-url", help="OpenAI-compatible endpoint (default: OPENAI_BASE_URL, else the embedded model)")
    ex.add_argument("--model", help="model id at the endpoint")
    ex.add_argument("--model-path", help="GGUF file for the embedded server")
    ex.add_argument("--prompt", dest="prompt_version", help="prompt version under prompts/job_posting/ (default v1)")
    ex.add_argument("--temperature", type=float)
    ex.add_argument("--max-tokens", type=int)
    ex.add_argument("--concurrency", type=int, help="documents in flight at once")
    ex.add_argument("--no-cache", action="store_true", help="neither read nor write the LLM response cache")
    ex.add_argument("--keep-ungrounded", action="store_true", help="keep LLM list items that are not found in the text")
    ex.add_argument("--verbose", "-v", action="store_true")
    ex.add_argument("--engine", choices=("local", "ray"), default="local", help="local: this process (default); ray: Ray Data map_batches over .jsonl/.parquet input (the 'ray' extra)")
    ex.add_argument("--workers", type=int, metavar="N", help="--engine ray: actors extracting at once (default: every CPU; 1 with the embedded model)")
    ex.add_argument("--output-format", choices=("jsonl", "parquet"), help="--engine ray: output format (default: from the --output suffix)")
    from extractor.evaluation.cli import add_eval_parser

    add_eval_parser(commands)
    from extractor.bench.cli import add_bench_parser

    add_bench_parser(commands)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = _build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        with stop_signals_raise():
            handler = getattr(args, "func", None)  # sub-commands with their own handler: eval, bench
            if handler is not None:
                return handler(args)
            return {"local": _extract_command, "ray": _ray_command}[args.engine](args)
    except KeyboardInterrupt as exc:
        code = 128 + exc.signum if isinstance(exc, Terminated) else 130
        what = f"stopped by {signal.Signals(exc.signum).name}" if isinstance(exc, Terminated) else "interrupted"
        hint = f"; the records written are in {args.output}: add --resume to finish" if getattr(args, "output", None) and args.command == "extract" else ""
        print(f"extractor: {what}{hint}", file=sys.stderr)
        return code
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def settings_from_args(args: argparse.Namespace) -> Settings:
    """The settings an ``extractor extract`` command line asks for (over env, config file, defaults).

    Raises:
        ConfigError: as :func:`load_settings`.
    """
    return load_settings(
        base_url=args.base_url,
        model=args.model,
        model_path=args.model_path,
        prompt_version=args.prompt_version,
        temperature=args.temperature,
        max_tokens=args.max_tokens,
        concurrency=args.concurrency,
        use_cache=False if args.no_cache else None,
        keep_ungrounded=True if args.keep_ungrounded else None,
        fallback_rules=True if args.fallback_rules else None,
    )


def _ray_command(args: argparse.Namespace) -> int:
    from extractor.scale import extract_command

    return extract_command(args)


def _extract_command(args: argparse.Namespace) -> int:
    from extractor.pipeline import ExtractionError, Extractor

    try:
        settings = settings_from_args(args)
    except ConfigError as exc:
        print(f"extractor: {exc}", file=sys.stderr)
        return 2
    done: dict[str, bool] = {}  # --resume: sources already in the output → has an error
    if args.resume:
        if not args.output:
            print("extractor: --resume needs --output FILE (the output to complete)", file=sys.stderr)
            return 2
        try:
            done = resume_state(Path(args.output))
        except (ResumeError, OSError) as exc:
            print(f"extractor: cannot resume: {exc}", file=sys.stderr)
            return 2
    started = time.monotonic()
    extractor = Extractor(settings, use_llm=not args.no_llm)
    if not args.no_llm:
        try:
            down = extractor.check_llm()
            if down:
                print(f"extractor: the LLM is not usable: {down}\n(--fallback-rules: rules only, every record is marked in 'warnings')", file=sys.stderr)
        except Exception as exc:  # noqa: BLE001 - any set-up failure becomes one clear message
            print(f"extractor: the LLM is not usable: {exc}\n(use --no-llm for rules only)", file=sys.stderr)
            return 2
    try:
        out: IO[str] = open(args.output, "a" if args.resume else "w", encoding="utf-8") if args.output else sys.stdout
    except OSError as exc:
        print(f"extractor: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        extractor.close()
        return 2
    from extractor.provenance import Usage

    usage = Usage()
    written = failures = skipped = 0
    progress = None

    def todo() -> Iterator[InputDoc]:
        nonlocal skipped, failures
        for doc in iter_inputs(args.paths, sys.stdin.buffer):
            if doc.source in done:
                skipped += 1
                failures += done[doc.source]
                continue
            yield doc

    try:
        # Inputs are read lazily and each record is written and flushed as soon as it is
        # ready (in input order): a crash loses at most the line being written.
        for doc, result in in_order(extractor, todo()):
            warnings = doc.warnings
            if result is None:
                failures += 1
                out.write(record_line(doc.source, error=doc.error, warnings=warnings) + "\n")
            else:
                if isinstance(result, ExtractionError) and result.systemic:
                    print(f"extractor: stopped at {doc.source}: {result}\n(fix the setting, or use --no-llm or --fallback-rules)", file=sys.stderr)
                    return 2
                if isinstance(result, ExtractionError):
                    failures += 1
                    if result.partial is not None and result.partial.usage is not None:
                        usage.add(result.partial.usage)
                    out.write(record_line(doc.source, result.partial, error=str(result), warnings=warnings, with_provenance=args.with_provenance) + "\n")
                else:
                    if result.usage is not None:
                        usage.add(result.usage)
                    out.write(record_line(doc.source, result, warnings=warnings, with_provenance=args.with_provenance) + "\n")
            out.flush()
            written += 1
            progress = _progress(progress, written)
    finally:
        if progress is not None:
            progress.close()
        if out is not sys.stdout:
            out.close()
        extractor.close()
    if args.stats:
        stats = {
            "documents": written,
            "llm_calls": usage.llm_calls,
            "cache_hits": usage.cache_hits,
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "seconds": round(time.monotonic() - started, 3),
        }
        Path(args.stats).write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    if args.resume:
        print(f"extractor: resumed {args.output}: {skipped} input(s) were already done, {written} extracted now", file=sys.stderr)
    if failures:
        print(f"extractor: {failures} of {written + skipped} input(s) failed (see the 'error' field)", file=sys.stderr)
        return 1
    return 0


def _progress(bar: Any, count: int) -> Any:
    """Advance the progress bar on stderr (a terminal only), started once more than three inputs are seen."""
    if bar is None:
        if count < PROGRESS_MIN_INPUTS:
            return None
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=sys.stderr, disable=None, desc="extract", initial=count - 1)
    bar.update(1)
    return bar


if __name__ == "__main__":
    sys.exit(main())
