"""The ``extractor eval`` sub-command: run, score, report, compare, gate (the gate and the
baseline file are :mod:`extractor.evaluation.gate`).

Usage::

    extractor eval [--golden DIR] [--split dev|test|all] [--mode rules|llm|hybrid] [--no-llm]
                   [--prompt V [--prompt V2]] [--against RUN_DIR_OR_ID] [--out DIR]
                   [--fail-under SCORE | --fail-under FIELD=SCORE ...]
                   [--no-regress] [--baseline eval/baseline.json] [--update-baseline]

* One ``--prompt`` (default: the configured prompt version) → one run; two → both run on
  the same documents and the comparison is printed and written next to the second run.
* ``--against`` compares the (last) new run with a saved run (directory, id, id prefix, ``latest``).
* ``--fail-under 0.6`` gates the overall macro score, ``--fail-under salary=0.8`` one field
  (``salary.min=0.9`` a salary sub-field); ``--no-regress`` fails when a field scores below
  ``eval/baseline.json`` (entry for the same mode and split) by more than ``--tolerance``;
  ``--update-baseline`` writes the run's scores as that entry (only when the gates pass).

Exit codes: 0 ok; 1 a gate failed (message names every failing field); 2 the evaluation
could not run (missing golden set, invalid annotations, unknown prompt, prompt examples not
grounded, unusable LLM, bad option) — one clear message, no traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
from pathlib import Path
from typing import Any, Optional

from extractor.evaluation.gate import DEFAULT_BASELINE, UsageError, baseline_key, gate_failures, load_baseline, parse_fail_under, update_baseline
from extractor.schema import FIELD_NAMES

def add_eval_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``eval`` sub-command to ``subparsers`` (from ``ArgumentParser.add_subparsers``); returns it.

    The parser's default ``func`` is :func:`run_eval`.
    """
    p = subparsers.add_parser(
        "eval",
        help="score the extractor against the golden set (reports, comparisons, gates)",
        description="Run the extractor over the golden set, score every field with confidence intervals, write eval/runs/<run id>/ with an HTML report, compare runs and gate on scores.",
    )
    p.add_argument(
        "--golden",
        action="append",
        metavar="DIR",
        help="golden set directory; repeat to score several sets side by side "
        "(default: golden, and golden/real when present, in the current directory: a checkout's root)",
    )
    p.add_argument("--split", default="dev", choices=("dev", "test", "all"), help="documents to use (default: dev)")
    p.add_argument("--mode", default="hybrid", choices=("rules", "llm", "hybrid"), help="extraction mode (default: hybrid)")
    p.add_argument("--no-llm", action="store_true", help="rules only (same as --mode rules)")
    p.add_argument("--prompt", action="append", metavar="V", help="prompt version; give two to run both and compare them side by side")
    p.add_argument("--against", metavar="RUN", help="compare with a saved run: its directory, run id, id prefix, or 'latest'")
    p.add_argument("--out", default="eval/runs", metavar="DIR", help="where runs are saved and looked up (default: eval/runs, in the current directory)")
    p.add_argument("--fail-under", action="append", default=[], metavar="[FIELD=]SCORE", help="exit 1 if the overall score (or FIELD's) is below SCORE; repeatable")
    p.add_argument("--no-regress", action="store_true", help="exit 1 if any field scores below the baseline (same mode and split)")
    p.add_argument("--baseline", default=DEFAULT_BASELINE, metavar="FILE", help=f"baseline scores (default: {DEFAULT_BASELINE}, in the current directory)")
    p.add_argument("--update-baseline", action="store_true", help="write this run's scores into the baseline (when the gates pass)")
    p.add_argument("--tolerance", type=float, default=0.0, help="allowed drop below the baseline per field (default: 0)")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N documents of the split")
    p.add_argument("--ids", action="append", default=[], metavar="PREFIX", help="only the documents whose id starts with PREFIX (e.g. s3_); repeatable, applied before --limit")
    p.add_argument("--ids-file", metavar="FILE", help="only the documents whose id is listed in FILE (one id per line, exact; '#' starts a comment), applied before --limit")
    p.add_argument("--resamples", type=int, default=1000, help="bootstrap/permutation resamples (default: 1000)")
    p.add_argument("--seed", type=int, default=0, help="resampling seed (default: 0)")
    p.add_argument("--summary-scorer", default="auto", choices=("auto", "embedding", "token_f1"), help="summary similarity (default: embedding if installed, else token F1)")
    p.add_argument("--base-url", help="OpenAI-compatible endpoint (default: OPENAI_BASE_URL, else the embedded model)")
    p.add_argument("--model", help="model id at the endpoint")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the LLM response cache")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--no-html", action="store_true", help="skip the HTML reports")
    p.set_defaults(func=run_eval)
    return p


def default_golden_dirs() -> list[str]:
    """``golden`` and, when it exists, the real-postings set ``golden/real`` (relative to the working directory)."""
    return ["golden"] + (["golden/real"] if Path("golden/real/index.csv").is_file() else [])


def _error(message: str) -> int:
    print(f"extractor eval: {message}", file=sys.stderr)
    return 2


def run_eval(args: argparse.Namespace) -> int:
    """Carry out ``extractor eval`` for parsed ``args``; returns the exit code (0, 1 or 2)."""
    from extractor.config import ConfigError, load_settings
    from extractor.evaluation.golden import GoldenError, load_golden
    from extractor.evaluation.metrics import MissingDependencyError, require_eval_extra, summary_scorer
    from extractor.evaluation.runner import EvalError, load_checked_prompt, load_run

    mode = "rules" if args.no_llm else args.mode
    try:
        require_eval_extra()
        thresholds = parse_fail_under(args.fail_under)
        if args.limit is not None and args.limit < 1:
            raise UsageError("--limit must be at least 1")
        if args.resamples < 1:
            raise UsageError("--resamples must be at least 1")
        prompts = args.prompt or [None]
        if len(prompts) > 2:
            raise UsageError("give at most two --prompt versions (two are compared side by side)")
        baseline_path = Path(args.baseline)
        baseline = load_baseline(baseline_path) if (args.no_regress or args.update_baseline) else None
        goldens = [load_golden(directory, args.split) for directory in (args.golden or default_golden_dirs())]
        if len({g.name for g in goldens}) < len(goldens):
            raise UsageError("two --golden sets have the same name; give each a set.json with its own name")
        if args.ids:
            goldens = [dataclasses.replace(g, docs=[d for d in g.docs if d.id.startswith(tuple(args.ids))]) for g in goldens]
            if not any(g.docs for g in goldens):
                raise UsageError(f"no document id starts with {' or '.join(args.ids)}")
        if args.ids_file:
            listed = listed_ids(Path(args.ids_file))
            goldens = [dataclasses.replace(g, docs=[d for d in g.docs if d.id in listed]) for g in goldens]
            if not any(g.docs for g in goldens):
                raise UsageError(f"no document id is listed in {args.ids_file}")
        if args.limit:
            goldens = [dataclasses.replace(g, docs=g.docs[: args.limit]) for g in goldens]
        settings_list = [
            load_settings(prompt_version=version, base_url=args.base_url, model=args.model, use_cache=False if args.no_cache else None) for version in prompts
        ]
        for settings in settings_list:  # refuse bad prompts before any extraction
            load_checked_prompt(settings.prompt_version, check_examples=mode != "rules")
        against = load_run(args.against, args.out) if args.against else None
        scorer = summary_scorer(args.summary_scorer)
    except (UsageError, GoldenError, ConfigError, EvalError, MissingDependencyError) as exc:
        return _error(str(exc))
    except (ImportError, OSError, RuntimeError) as exc:  # --summary-scorer embedding without the model
        return _error(f"the embedding summary scorer is not available: {exc}")

    try:
        results = _run_sets(args, mode, goldens, settings_list, scorer)
    except EvalError as exc:
        return _error(str(exc))
    if len(goldens) > 1:
        print(format_sets(results))
    _compare(args, results, len(settings_list), against)

    try:
        failures = gate_failures(results, thresholds, baseline if args.no_regress else None, baseline_path, args.tolerance, len(settings_list), len(goldens))
    except UsageError as exc:
        return _error(str(exc))
    if failures:
        print("extractor eval: FAILED\n  " + "\n  ".join(failures), file=sys.stderr)
        if args.update_baseline:
            print("extractor eval: baseline not updated because a gate failed", file=sys.stderr)
        return 1
    if args.update_baseline and baseline is not None:
        for key in update_baseline(baseline, baseline_path, results[len(settings_list) - 1 :: len(settings_list)]):  # the last prompt version of each set
            print(f"baseline {key} updated in {baseline_path}")
    return 0


def _run_sets(args: argparse.Namespace, mode: str, goldens: list[Any], settings_list: list[Any], scorer: Any) -> list[Any]:
    """Run and score every golden set with every prompt version; print each table, save the reports.

    Raises:
        EvalError: a run could not be carried out.
    """
    from extractor.evaluation.report import format_table, write_reports
    from extractor.evaluation.runner import run_golden

    results = []
    for golden, settings in itertools.product(goldens, settings_list):
        result = run_golden(
            golden,
            settings,
            mode=mode,
            out_root=args.out,
            progress=not args.no_progress,
            summary=scorer,
            n_resamples=args.resamples,
            seed=args.seed,
        )
        results.append(result)
        print(format_table(result.scores, result.manifest))
        written = [] if args.no_html else list(write_reports(result))
        print(f"\nsaved {result.run_dir}" + "".join(f"\n  {p}" for p in written) + "\n")
    return results


def _compare(args: argparse.Namespace, results: list[Any], n_prompts: int, against: Any) -> None:
    """Print (and save) the comparisons: the two prompt versions per set, and ``--against`` a saved run."""
    from extractor.evaluation.compare import compare_runs
    from extractor.evaluation.report import format_comparison, write_comparison

    comparisons = []
    if n_prompts == 2:  # the two prompt versions, per golden set
        comparisons.extend((results[i], results[i + 1]) for i in range(0, len(results), 2))
    if against is not None:
        same_set = [r for r in results if baseline_key(r.manifest) == baseline_key(against.manifest)]
        comparisons.append((against, (same_set or results)[-1]))
    for old, new in comparisons:
        comparison = compare_runs(old, new, n_resamples=args.resamples, seed=args.seed)
        print(format_comparison(comparison))
        paths = write_comparison(comparison, new.run_dir) if not args.no_html else ()
        print("".join(f"  {p}\n" for p in paths))


def format_sets(results: list[Any]) -> str:
    """The golden sets side by side (synthetic beside real): overall, structured fields right, hallucination, per field."""
    head = ["set", *(f"{r.manifest['golden']['name']}/{r.manifest['prompt']['version']}" for r in results)]
    rows = [
        ["documents", *(str(r.scores["n_documents"]) for r in results)],
        ["overall", *(_cell(r.scores["overall"]["score"]) for r in results)],
        ["structured fields right", *(_cell(r.scores["overall"].get("structured_accuracy")) for r in results)],
        ["hallucination", *(_cell(r.scores["overall"]["hallucination_rate"]) for r in results)],
        *([name, *(_cell(r.scores["fields"][name]["score"]) for r in results)] for name in FIELD_NAMES),
    ]
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)) for row in [head, *rows]]
    return "\nGolden sets side by side (" + results[0].manifest["mode"] + ")\n" + "\n".join(lines) + "\n"


def _cell(value: Optional[float]) -> str:
    return "—" if value is None else f"{value:.3f}"


def main(argv: Optional[list[str]] = None) -> int:
    """Stand-alone entry (``python -m extractor.evaluation.cli``) until the main CLI wires ``eval`` in."""
    parser = argparse.ArgumentParser(prog="extractor")
    commands = parser.add_subparsers(dest="command", required=True)
    add_eval_parser(commands)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("extractor eval: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())


def listed_ids(path: Path) -> set[str]:
    """The document ids listed in ``path``: one per line, exact, ``#`` starting a comment.

    Raises:
        UsageError: the file cannot be read.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read --ids-file {path}: {exc.strerror or exc}") from None
    return {line.split("#", 1)[0].strip() for line in text.splitlines()} - {""}
