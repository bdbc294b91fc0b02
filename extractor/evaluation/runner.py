"""Run the extractor over the golden documents, score the run and save it under ``eval/runs/<run id>/``.

A run directory holds:

* ``manifest.json`` – run id, mode, split, prompt version and SHA-256, model identity and
  settings (never the API key), golden directory/commit/content hash, code version, time;
* ``predictions.jsonl`` – one line per document: id, layout, the document text, the gold
  record, the predicted record (all-null for a failed document), provenance, warnings,
  error, and cost (LLM calls, cache hits, prompt/completion tokens, attempts, seconds);
* ``scores.json`` – :func:`extractor.evaluation.metrics.score_run` plus run cost totals;
* (written by :mod:`extractor.evaluation.report`) ``report.json`` and ``report.html``.

The run id is ``<UTC timestamp>-<mode>-<prompt version>-<hash>`` where the hash covers the
answer-relevant settings, the mode and the prompt file's SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

from extractor.config import Settings, safe_url
from extractor.evaluation.examples import validate_examples
from extractor.evaluation.golden import GoldenSet
from extractor.evaluation.metrics import DEFAULT_RESAMPLES, DEFAULT_SEED, score_run, summary_scorer
from extractor.schema import JobPosting

RUN_FILES = ("manifest.json", "predictions.jsonl", "scores.json")
# settings that can change an answer: they make up the run-id hash
ANSWER_SETTINGS = (
    "base_url",
    "model",
    "model_path",
    "response_format",
    "prompt_version",
    "temperature",
    "top_p",
    "max_tokens",
    "seed",
    "confidence_threshold",
    "keep_ungrounded",
    "validation_retries",
    "local_ctx",
)
SECRET_SETTINGS = ("api_key",)
COST_KEYS = ("llm_calls", "cache_hits", "prompt_tokens", "completion_tokens", "attempts")


class EvalError(Exception):
    """The evaluation cannot run (unknown prompt, failing examples, unusable LLM, missing run)."""


@dataclass
class RunResult:
    """A run in memory: its directory, manifest, per-document records and scores."""

    run_id: str
    run_dir: Path
    manifest: dict[str, Any]
    records: list[dict[str, Any]]
    scores: dict[str, Any]


# ---------------------------------------------------------------------------------------------
# identity
# ---------------------------------------------------------------------------------------------
def public_settings(settings: Settings) -> dict[str, Any]:
    """All settings except secrets (the API key; credentials inside the endpoint URL), JSON-ready."""
    public = {k: v for k, v in settings.model_dump().items() if k not in SECRET_SETTINGS}
    if public.get("base_url"):
        public["base_url"] = safe_url(public["base_url"])
    return public


def settings_hash(settings: Settings, mode: str, prompt_sha256: str) -> str:
    """Short hash of the answer-relevant settings, the mode and the prompt file's hash."""
    material = {k: getattr(settings, k) for k in ANSWER_SETTINGS}
    material["base_url"] = safe_url(settings.base_url) if settings.base_url else None
    material.update(mode=mode, prompt_sha256=prompt_sha256)
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()[:8]


def make_run_id(mode: str, prompt_version: str, short_hash: str, when: Optional[datetime] = None) -> str:
    """``<UTC timestamp>-<mode>-<prompt version>-<short hash>``, e.g. ``20250101T120000Z-rules-v1-1a2b3c4d``."""
    when = (when or datetime.now(timezone.utc)).astimezone(timezone.utc)
    safe_version = "".join(ch if ch.isalnum() or ch in "._" else "_" for ch in prompt_version)
    return f"{when:%Y%m%dT%H%M%SZ}-{mode}-{safe_version}-{short_hash}"


def _git(path: Path, *args: str) -> Optional[str]:
    try:
        # read-only: --no-optional-locks keeps `git status` from taking the index lock
        done = subprocess.run(["git", "--no-optional-locks", "-C", str(path), *args], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def git_commit(path: Path) -> str:
    """``git rev-parse HEAD`` of the repository holding ``path``, or ``"unknown"``."""
    return _git(path if path.is_dir() else path.parent, "rev-parse", "HEAD") or "unknown"


def code_version() -> dict[str, Any]:
    """Package version, the code's git commit and whether the working tree has changes."""
    try:
        from importlib.metadata import version

        package = version("job-posting-extractor")
    except Exception:  # noqa: BLE001 - not installed: still evaluate
        package = "unknown"
    root = Path(__file__).resolve().parents[2]
    if not (root / "pyproject.toml").is_file():  # an installed wheel: no checkout to ask git about
        return {"package": package, "commit": "unknown", "dirty": None}
    status = _git(root, "status", "--porcelain", "--untracked-files=no")
    return {"package": package, "commit": git_commit(root), "dirty": None if status is None else bool(status)}


# ---------------------------------------------------------------------------------------------
# running
# ---------------------------------------------------------------------------------------------
def load_checked_prompt(version: str, *, check_examples: bool = True) -> Any:
    """Load prompt ``version`` and (when ``check_examples``) refuse one whose examples are ungrounded.

    Raises:
        EvalError: unknown/malformed prompt, or example problems (all listed).
    """
    from extractor.llm.prompts import PromptError, load_prompt

    try:
        prompt = load_prompt(version)
    except PromptError as exc:
        raise EvalError(str(exc)) from None
    if check_examples:
        problems = validate_examples(prompt)
        if problems:
            listing = "\n  ".join(problems)
            raise EvalError(f"prompt {version} has few-shot examples whose answers are not in their postings:\n  {listing}")
    return prompt


def _unique_dir(root: Path, run_id: str) -> tuple[str, Path]:
    candidate, number = run_id, 1
    while (root / candidate).exists():
        number += 1
        candidate = f"{run_id}-{number}"
    return candidate, root / candidate


def _empty_record() -> dict[str, Any]:
    return JobPosting().model_dump(mode="json")


def _provenance_json(posting: Optional[JobPosting]) -> dict[str, Any]:
    if posting is None:
        return {}
    return {name: prov.model_dump(mode="json", exclude_none=True) for name, prov in sorted(posting.provenance.items())}


def _cost(usage: Any, seconds: float) -> dict[str, Any]:
    cost = {key: int(getattr(usage, key, 0) or 0) for key in COST_KEYS}
    cost["seconds"] = round(seconds, 4)
    return cost


def extract_one(extractor: Any, text: str) -> dict[str, Any]:
    """Extract one document, never raising: the record, provenance, warnings, error and cost.

    A failure (an :class:`~extractor.pipeline.ExtractionError` or an unexpected exception) gives
    an all-null ``prediction`` with ``error`` set; the rules-only partial, if any, is kept
    under ``partial`` for inspection but not scored.
    """
    from extractor.pipeline import ExtractionError

    started = time.perf_counter()
    posting, partial, error = None, None, None
    try:
        posting = extractor.extract(text)
    except ExtractionError as exc:
        error, partial = str(exc), exc.partial
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not end the run
        error = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - started
    source = posting if posting is not None else partial
    out: dict[str, Any] = {
        "prediction": posting.model_dump(mode="json") if posting is not None else _empty_record(),
        "provenance": _provenance_json(posting),
        "warnings": list(source.warnings) if source is not None else [],
        "error": error,
        "cost": _cost(source.usage if source is not None else None, seconds),
    }
    if partial is not None:
        out["partial"] = partial.model_dump(mode="json")
    return out


def cost_totals(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Summed cost of a run plus means per document."""
    n = len(records)
    totals: dict[str, Any] = {key: sum(r["cost"].get(key, 0) for r in records) for key in (*COST_KEYS, "seconds")}
    totals["seconds"] = round(totals["seconds"], 3)
    totals["documents"] = n
    totals["errors"] = sum(1 for r in records if r.get("error"))
    totals["mean_seconds"] = round(totals["seconds"] / n, 4) if n else 0.0
    totals["mean_prompt_tokens"] = round(totals["prompt_tokens"] / n, 1) if n else 0.0
    totals["mean_completion_tokens"] = round(totals["completion_tokens"] / n, 1) if n else 0.0
    return totals


def run_golden(
    golden: GoldenSet,
    settings: Settings,
    *,
    mode: str = "hybrid",
    out_root: str | Path = "eval/runs",
    extractor: Any = None,
    progress: bool = True,
    summary: Any = None,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
    save: bool = True,
) -> RunResult:
    """Extract every golden document, score the run and (``save``) write its directory.

    Args:
        golden: the loaded golden set.
        settings: extraction settings (``settings.prompt_version`` is the prompt evaluated).
        mode: ``rules``, ``llm`` or ``hybrid``.
        out_root: parent directory of run directories.
        extractor: an extractor to use instead of building one from ``settings`` (tests).
        progress: show a progress bar on stderr (when stderr is a terminal).
        summary: the summary scorer (default: :func:`~extractor.evaluation.metrics.summary_scorer`).
        n_resamples, seed: bootstrap settings.
        save: write ``manifest.json``, ``predictions.jsonl`` and ``scores.json``.

    Returns:
        The :class:`RunResult`.

    Raises:
        EvalError: unknown mode or prompt, prompt examples not grounded (LLM modes), or the LLM
            endpoint not usable.  Failures of single documents never raise.
    """
    from extractor.pipeline import MODES, Extractor

    if mode not in MODES:
        raise EvalError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
    uses_llm = mode != "rules"
    prompt = load_checked_prompt(settings.prompt_version, check_examples=uses_llm)
    own = extractor is None
    if own:
        extractor = Extractor(settings, mode=mode)
    try:
        if uses_llm and own:
            try:
                extractor.check_llm()
            except Exception as exc:  # noqa: BLE001 - any set-up failure is one clear message
                raise EvalError(f"the LLM is not usable: {exc} (use --mode rules / --no-llm for rules only)") from None
        started = datetime.now(timezone.utc)
        records = _extract_all(golden, extractor, mode, settings.prompt_version, progress)
        model_identity = getattr(getattr(extractor, "_stage", None), "_model_identity", None)  # set once the LLM was used
    finally:
        if own:
            extractor.close()
    scorer = summary or summary_scorer()
    scores = score_run(records, summary=scorer, n_resamples=n_resamples, seed=seed)
    scores["cost"] = cost_totals(records)
    for doc, rec in zip(scores["documents"], records):
        doc["cost"] = rec["cost"]
    short = settings_hash(settings, mode, prompt.sha256)
    run_id = make_run_id(mode, prompt.version, short, started)
    out_root = Path(out_root)
    run_id, run_dir = _unique_dir(out_root, run_id)
    manifest = {
        "run_id": run_id,
        "created": started.isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "mode": mode,
        "split": golden.split,
        "prompt": {"version": prompt.version, "sha256": prompt.sha256, "examples": len(prompt.examples)},
        "model": {
            "identity": model_identity if uses_llm else None,
            "base_url": safe_url(settings.base_url) if uses_llm and settings.base_url else None,
            "model": settings.model if uses_llm else None,
            "model_path": settings.model_path if uses_llm else None,
            "response_format": settings.response_format if uses_llm else None,
            "generation": settings.generation_settings() if uses_llm else None,
        },
        "settings": public_settings(settings),
        "settings_hash": short,
        "golden": {
            "dir": str(golden.root),
            "name": golden.name,
            "partial": golden.partial,
            "commit": git_commit(golden.root),
            "sha256": golden.sha256,
            "documents": len(golden.docs),
        },
        "code": code_version(),
        "python": platform.python_version(),
        "summary_scorer": scores["settings"]["summary_scorer"],
        "documents": len(records),
        "errors": scores["cost"]["errors"],
    }
    result = RunResult(run_id, run_dir, manifest, records, scores)
    if save:
        save_run(result)
    return result


def _extract_all(golden: GoldenSet, extractor: Any, mode: str, prompt_version: str, progress: bool) -> list[dict[str, Any]]:
    from tqdm import tqdm

    records = []
    bar = tqdm(total=len(golden.docs), unit="doc", file=sys.stderr, desc=f"eval {mode}/{prompt_version}", disable=None if progress else True)
    try:
        for doc in golden.docs:
            outcome = extract_one(extractor, doc.text)
            records.append(
                {
                    "id": doc.id,
                    "layout": doc.layout,
                    "split": doc.split,
                    "source": doc.path.name,
                    "text": doc.text,
                    "gold": doc.gold,
                    "annotated": list(doc.annotated),
                    **outcome,
                }
            )
            bar.update(1)
            if outcome["error"]:
                bar.set_postfix_str(f"{sum(1 for r in records if r['error'])} failed")
    finally:
        bar.close()
    return records


# ---------------------------------------------------------------------------------------------
# saving and loading
# ---------------------------------------------------------------------------------------------
def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n", encoding="utf-8")


def save_run(result: RunResult) -> Path:
    """Write the run's three files into ``result.run_dir`` (created if needed)."""
    result.run_dir.mkdir(parents=True, exist_ok=True)
    _write_json(result.run_dir / "manifest.json", result.manifest)
    with (result.run_dir / "predictions.jsonl").open("w", encoding="utf-8") as handle:
        for record in result.records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    _write_json(result.run_dir / "scores.json", result.scores)
    return result.run_dir


def resolve_run_dir(ref: str | Path, out_root: str | Path = "eval/runs") -> Path:
    """The run directory named by ``ref``: a path, a run id under ``out_root``, a unique id prefix, or ``latest``.

    Raises:
        EvalError: nothing or several runs match.
    """
    path = Path(ref)
    if (path / "manifest.json").is_file():
        return path
    root = Path(out_root)
    runs = sorted(p for p in root.glob("*") if (p / "manifest.json").is_file()) if root.is_dir() else []
    if str(ref) == "latest" and runs:
        return runs[-1]
    if (root / str(ref) / "manifest.json").is_file():
        return root / str(ref)
    matches = [p for p in runs if p.name.startswith(str(ref))]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise EvalError(f"run {ref!r} is ambiguous: {', '.join(p.name for p in matches[:5])}")
    raise EvalError(f"no saved run {ref!r} (not a run directory, nor a run id under {root})")


def load_run(ref: str | Path, out_root: str | Path = "eval/runs") -> RunResult:
    """Load a saved run (see :func:`resolve_run_dir` for ``ref``).

    Raises:
        EvalError: the run is missing or its files are unreadable.
    """
    run_dir = resolve_run_dir(ref, out_root)
    try:
        manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
        scores = json.loads((run_dir / "scores.json").read_text(encoding="utf-8"))
        records = [json.loads(line) for line in (run_dir / "predictions.jsonl").read_text(encoding="utf-8").split("\n") if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"cannot read run {run_dir}: {exc}") from None
    return RunResult(manifest["run_id"], run_dir, manifest, records, scores)
