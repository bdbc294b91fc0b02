"""``extractor bench``: the performance benchmark (throughput, memory, cache, tokens, model speed).

:func:`run_bench` runs the selected sections (:mod:`extractor.bench.sections`), prints a
table with each figure beside its target, and writes the JSON report under ``eval/bench/``.
"""

from extractor.bench.run import run_bench
from extractor.bench.runner import SECTION_NAMES, BenchError, BenchOptions

__all__ = ["SECTION_NAMES", "BenchError", "BenchOptions", "run_bench"]
