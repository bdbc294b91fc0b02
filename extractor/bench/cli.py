"""The ``extractor bench`` sub-command: parse options, run the benchmark, exit 0/1/2.

Usage::

    extractor bench                       # everything, full sizes (long: run on an idle machine)
    extractor bench --quick               # small smoke configuration, fake LLM endpoint
    extractor bench --only rules,memory   # some sections

Exit codes: 0 every section ran; 1 a section failed (its error is in the table and the
JSON); 2 bad options.  A target that is not met does not change the exit code.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from extractor.bench.runner import FULL_DEFAULTS, LLM_CHOICES, QUICK_DEFAULTS, SECTION_NAMES


def _int_list(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part.replace("_", "").replace("k", "000")) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated whole numbers, got {text!r}") from None


def _sections(text: str) -> tuple[str, ...]:
    names = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [n for n in names if n not in SECTION_NAMES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown section(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(SECTION_NAMES)}")
    return names


def add_bench_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``bench`` sub-command to ``subparsers``; its default ``func`` is :func:`run_bench_command`."""
    full, quick = FULL_DEFAULTS, QUICK_DEFAULTS
    p = subparsers.add_parser(
        "bench",
        help="measure throughput, memory, cache, LLM cost and model speed against the targets",
        description="Run the performance benchmark: print a table (each figure beside its target) and write JSON under eval/bench/.",
    )
    p.add_argument("--quick", action="store_true", help="small smoke configuration with a fake LLM endpoint")
    p.add_argument("--only", type=_sections, default=SECTION_NAMES, metavar="A,B", help=f"sections to run (default all: {','.join(SECTION_NAMES)})")
    p.add_argument("--out", dest="out_dir", default="eval/bench", metavar="DIR", help="where the JSON report goes (default eval/bench, in the current directory)")
    p.add_argument("--golden", default="golden", metavar="DIR", help="golden set: corpus templates, hybrid and token sections (default golden, in the current directory: a checkout's root)")
    p.add_argument("--corpus-size", type=int, metavar="N", help=f"postings for rules throughput (default {full['corpus_size']:,}; quick {quick['corpus_size']})")
    p.add_argument("--processes", type=int, metavar="N", help=f"--workers for the worker-pool figure (default: cores = {full['processes']})")
    p.add_argument("--memory-sizes", type=_int_list, metavar="N,N", help="corpus sizes for peak memory (default 1k,10k,100k; quick 100,1k)")
    p.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    p.add_argument("--llm", choices=LLM_CHOICES, help="endpoint of the hybrid/tokens/model sections: configured (OPENAI_BASE_URL or --base-url, else the embedded model; default) or fake (quick default)")
    p.add_argument("--base-url", help="OpenAI-compatible endpoint for --llm configured")
    p.add_argument("--model", help="model id at that endpoint")
    p.add_argument("--concurrency-llm", choices=LLM_CHOICES, default="fake", help="endpoint of the requests-in-flight section (default fake: fixed latency)")
    p.add_argument("--fake-latency", type=float, metavar="S", help=f"seconds per request of the fake endpoint (default {full['fake_latency']}; quick {quick['fake_latency']})")
    p.add_argument("--concurrency-docs", type=int, metavar="N", help="postings per requests-in-flight level")
    p.add_argument("--limit", dest="golden_limit", type=int, metavar="N", help="only the first N golden postings in the hybrid and tokens sections")
    p.add_argument("--model-docs", type=int, metavar="N", help="postings timed end to end in the model section")
    p.add_argument("--hybrid-run", metavar="RUN", help="read hybrid cost and accuracy from this saved eval run (id, prefix, directory, latest)")
    p.add_argument("--llm-run", metavar="RUN", help="read LLM-only cost and accuracy from this saved eval run")
    p.add_argument("--runs", dest="runs_dir", default="eval/runs", metavar="DIR", help="where saved eval runs live (default eval/runs, in the current directory)")
    p.set_defaults(func=run_bench_command)
    return p


def run_bench_command(args: argparse.Namespace) -> int:
    """Carry out ``extractor bench`` for parsed ``args``; returns the exit code."""
    from extractor.bench.run import run_bench
    from extractor.bench.runner import BenchError, BenchOptions

    names = ("quick", "only", "out_dir", "golden", "corpus_size", "processes", "memory_sizes", "seed", "llm", "base_url", "model", "concurrency_llm", "fake_latency", "concurrency_docs", "golden_limit", "model_docs", "hybrid_run", "llm_run", "runs_dir")
    options = BenchOptions(**{name: getattr(args, name) for name in names})
    try:
        report, _ = run_bench(options, echo=lambda line: print(line, flush=True))
    except BenchError as exc:
        print(f"extractor bench: {exc}", file=sys.stderr)
        return 2
    failed = [name for name, section in report["sections"].items() if section.get("error")]
    if failed:
        print(f"extractor bench: section(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0
