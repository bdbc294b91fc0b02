"""Running the benchmark: :func:`run_bench` runs the selected sections in order, keeps going
when one fails (its error is recorded), prints the table and writes the JSON report to
``<out>/<UTC timestamp>.json``.
"""

from __future__ import annotations

import json
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from extractor.bench.runner import BenchContext, BenchError, BenchOptions, SectionResult, build_report, format_table, resolve_options
from extractor.bench.sections import SECTIONS


def run_bench(options: BenchOptions, *, echo: Callable[[str], None] = print) -> tuple[dict[str, Any], Path]:
    """Run the selected sections, print the table with ``echo`` and write the JSON report.

    Args:
        options: what to measure (unset fields take the quick or full defaults).
        echo: where the table (and progress lines) go.

    Returns:
        ``(report, path)``: the report dict and the JSON file written.

    Raises:
        BenchError: bad options.  A failing section does not raise: its ``error`` is recorded.
    """
    options = resolve_options(options)
    started = datetime.now(timezone.utc)
    results: dict[str, SectionResult] = {}
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as scratch:
        ctx = BenchContext(options, Path(scratch))
        try:
            for name in options.only:
                echo(f"[bench] {name} …")
                clock = time.perf_counter()
                try:
                    result = SECTIONS[name](ctx)
                except (BenchError, OSError, RuntimeError, ValueError) as exc:
                    result = SectionResult(title=name, error=str(exc) or type(exc).__name__)
                except Exception as exc:  # noqa: BLE001 - one broken section must not lose the others
                    result = SectionResult(title=name, error=f"{type(exc).__name__}: {exc}")
                result.seconds = round(time.perf_counter() - clock, 2)
                results[name] = result
        finally:
            ctx.close()
    report = build_report(options, results, started)
    out_dir = Path(options.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{started:%Y%m%dT%H%M%SZ}{'-quick' if options.quick else ''}.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    echo(format_table(report))
    echo(f"\nsaved {path}")
    return report, path
