"""Command line: ``extractor extract [options] PATH...`` (also ``python -m extractor``), and the
``eval`` and ``bench`` sub-commands.

This module parses the arguments, resolves the settings and hands the run to an engine: the
local one (:mod:`extractor.run`) or Ray Data (:mod:`extractor.scale`, ``--engine ray``).  Both
read inputs and write record lines through :mod:`extractor.io`, so they name sources the same
way and write the same lines.  Configuration problems (bad endpoint, bad settings) stop the
run before any document with exit code 2 and one message, never a traceback; SIGTERM/SIGHUP
are raised like Ctrl-C (:mod:`extractor.signals`) so the output is closed and the embedded
model server is stopped on the way out (exit code 128 + the signal).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Optional

from extractor.config import ConfigError, Settings, load_settings
from extractor.signals import Terminated, stop_signals_raise


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extractor", description="Extract structured records from job postings.")
    commands = parser.add_subparsers(dest="command", required=True)
    ex = commands.add_parser("extract", help="extract records from postings (JSON Lines out)")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="text/HTML files, directories, .jsonl files of {id, text}, or - for stdin")
    ex.add_argument("--no-llm", action="store_true", help="rules only: no LLM calls")
    ex.add_argument("--fallback-rules", action="store_true", help="if the LLM endpoint is unusable (at start or for a document), keep the rules' record with a warning instead of stopping or failing (an answer cut off or off the schema keeps the rules' values anyway)")
    ex.add_argument("--with-provenance", action="store_true", help="add each field's method, evidence spans and confidence")
    ex.add_argument("--stats", metavar="FILE", help="write run statistics (documents, LLM calls, tokens, seconds) as JSON")
    ex.add_argument("--output", "-o", metavar="FILE", help="write JSON Lines here instead of stdout")
    ex.add_argument("--resume", action="store_true", help="with --output: keep the records already in FILE (a torn last line is cut), extract only the inputs not in it, append")
    ex.add_argument("--base-url", help="OpenAI-compatible endpoint (default: OPENAI_BASE_URL, else the embedded model)")
    ex.add_argument("--model", help="model id at the endpoint")
    ex.add_argument("--model-path", help="GGUF file for the embedded server")
    ex.add_argument("--prompt", dest="prompt_version", help="prompt version under prompts/job_posting/ (default v5, select mode)")
    ex.add_argument("--temperature", type=float)
    ex.add_argument("--max-tokens", type=int)
    ex.add_argument("--concurrency", type=int, help="documents in flight at once")
    ex.add_argument("--no-cache", action="store_true", help="neither read nor write the LLM response cache")
    ex.add_argument("--keep-ungrounded", action="store_true", help="keep LLM list items that are not found in the text")
    ex.add_argument("--verbose", "-v", action="store_true")
    ex.add_argument("--engine", choices=("local", "ray"), default="local", help="local: this process (default); ray: Ray Data map_batches over .jsonl/.parquet input (the 'ray' extra)")
    ex.add_argument("--workers", type=int, metavar="N", help="--no-llm: processes running the rules (default: the cores; output identical to one); --engine ray: actors extracting at once (default: every CPU; 1 with the embedded model)")
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
            return _extract_command(args)
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


def _extract_command(args: argparse.Namespace) -> int:
    """``extractor extract``: resolve the settings, then run the chosen engine; returns the exit code."""
    if args.engine == "ray" and args.resume:
        print("extractor: --resume works with the local engine only", file=sys.stderr)
        return 2
    try:
        settings = settings_from_args(args)
    except ConfigError as exc:
        print(f"extractor: {exc}", file=sys.stderr)
        return 2
    if args.engine == "ray":
        return _ray_command(args, settings)
    from extractor.run import run_local

    return run_local(args, settings)


def _ray_command(args: argparse.Namespace, settings: Settings) -> int:
    """``extractor extract --engine ray``: exit 0, 1 (some postings failed) or 2 (the run could not start)."""
    from dataclasses import asdict

    from extractor.scale import DEFAULT_BATCH_SIZE, ScaleError, extract_dataset

    try:
        stats = extract_dataset(
            args.paths,
            args.output,
            settings,
            use_llm=not args.no_llm,
            with_provenance=args.with_provenance,
            workers=args.workers,
            batch_size=getattr(args, "batch_size", None) or DEFAULT_BATCH_SIZE,
            output_format=args.output_format,
        )
    except (ConfigError, ScaleError) as exc:
        print(f"extractor: {exc}", file=sys.stderr)
        return 2
    if args.stats:
        Path(args.stats).write_text(json.dumps(asdict(stats), indent=2) + "\n", encoding="utf-8")
    if stats.failures:
        print(f"extractor: {stats.failures} of {stats.documents} input(s) failed (see the 'error' field)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
