"""Command line: ``extractor extract [options] PATH...`` (also ``python -m extractor``).

Inputs are text or HTML files, directories (their files, sorted), ``-`` for
stdin, or ``.jsonl`` files of ``{"id", "text"}`` objects.  Output is JSON
Lines in input order: the record at the top level plus ``source``; an input
that fails still gets its line, with ``error``, and the exit code is 1 at the
end.  Configuration problems (bad endpoint, bad settings) stop the run before
any document with exit code 2 and one message, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator, Optional

from extractor.config import ConfigError, load_settings

TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".eml", ""}
PROGRESS_MIN_INPUTS = 4


@dataclass
class InputDoc:
    source: str
    text: Optional[str] = None
    error: Optional[str] = None
    warning: Optional[str] = None


def decode(data: bytes) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Bytes → ``(text, error, warning)``: binary data is an error, bad UTF-8 is replaced with a warning."""
    if b"\x00" in data[:8192]:
        return None, "binary file: not a text or HTML posting", None
    try:
        return data.decode("utf-8-sig"), None, None
    except UnicodeDecodeError as exc:
        return data.decode("utf-8", errors="replace"), None, f"input is not valid UTF-8 (first bad byte at {exc.start}); decoded with replacement characters"


def _read_jsonl(path: Path, label: str) -> Iterator[InputDoc]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            source = f"{label}:{number}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputDoc(source, error=f"line {number} is not JSON: {exc.msg}")
                continue
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                yield InputDoc(source, error=f"line {number} needs a JSON object with a string 'text'")
                continue
            yield InputDoc(str(item.get("id", source)), text=item["text"])


def _read_file(path: Path, label: str) -> InputDoc:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputDoc(label, error=f"cannot read {label}: {exc.strerror or exc}")
    text, error, warning = decode(data)
    return InputDoc(label, text=text, error=error, warning=warning)


def iter_inputs(paths: list[str], stdin: IO[bytes]) -> Iterator[InputDoc]:
    """Every input document named by ``paths``, in order; problems become error docs."""
    for raw in paths:
        if raw == "-":
            text, error, warning = decode(stdin.read())
            yield InputDoc("-", text=text, error=error, warning=warning)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix.lower() in TEXT_SUFFIXES or p.suffix == ".jsonl") and not p.name.startswith("."))
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
    from extractor.evaluation.cli import add_eval_parser

    add_eval_parser(commands)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = _build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "eval":
            from extractor.evaluation.cli import run_eval

            return run_eval(args)
        return _extract_command(args)
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130


def _extract_command(args: argparse.Namespace) -> int:
    from extractor.pipeline import ExtractionError, Extractor

    try:
        settings = load_settings(
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
    except ConfigError as exc:
        print(f"extractor: {exc}", file=sys.stderr)
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
    docs = list(iter_inputs(args.paths, sys.stdin.buffer))
    out: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    from extractor.provenance import Usage

    usage = Usage()
    failures = 0
    progress = _progress(len(docs))
    try:
        results = extractor.extract_many((d.text or "" for d in docs if d.error is None))
        for doc in docs:
            warnings = [doc.warning] if doc.warning else []
            if doc.error is not None:
                failures += 1
                out.write(record_line(doc.source, error=doc.error, warnings=warnings) + "\n")
            else:
                result = next(results)
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
            if progress is not None:
                progress.update(1)
    finally:
        if progress is not None:
            progress.close()
        if out is not sys.stdout:
            out.close()
        extractor.close()
    if args.stats:
        stats = {
            "documents": len(docs),
            "llm_calls": usage.llm_calls,
            "cache_hits": usage.cache_hits,
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "seconds": round(time.monotonic() - started, 3),
        }
        Path(args.stats).write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    if failures:
        print(f"extractor: {failures} of {len(docs)} input(s) failed (see the 'error' field)", file=sys.stderr)
        return 1
    return 0


def _progress(total: int):
    if total < PROGRESS_MIN_INPUTS:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, disable=None, desc="extract")


if __name__ == "__main__":
    sys.exit(main())
