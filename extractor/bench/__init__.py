"""``extractor bench``: the performance benchmark (throughput, memory, cache, tokens, model speed).

:func:`run_bench` runs the selected sections (:mod:`extractor.bench.sections`), prints a
table with each figure beside its target, and writes the JSON report under ``eval/bench/``.

* :mod:`extractor.bench.runner` – the frame: options, endpoints, rows with targets, table, JSON.
* :mod:`extractor.bench.sections` – the measurements, one function per section.
* :mod:`extractor.bench.run` – :func:`run_bench`: runs the sections, writes the report.
* :mod:`extractor.bench.corpus` – synthetic postings from the golden templates.
* :mod:`extractor.bench.fake_endpoint` – an OpenAI-compatible endpoint with a set latency.
* :mod:`extractor.bench.cli` – the ``extractor bench`` sub-command.
"""

from typing import Any

from extractor.bench.runner import SECTION_NAMES, BenchError, BenchOptions


def __getattr__(name: str) -> Any:
    """``run_bench`` loads the sections on first use, so ``extractor --help`` does not."""
    if name == "run_bench":
        from extractor.bench.run import run_bench

        return run_bench
    raise AttributeError(f"module 'extractor.bench' has no attribute {name!r}")


__all__ = ["SECTION_NAMES", "BenchError", "BenchOptions", "run_bench"]
