"""The evaluation gate: ``--fail-under`` thresholds, the baseline file and ``--no-regress``.

A run fails the gate when a score is below its ``--fail-under`` threshold, or (``--no-regress``)
when a field, sub-field or the overall score dropped below its entry in the baseline file
(``eval/baseline.json``: one entry per mode, split and golden set) by more than the tolerance.
``--update-baseline`` writes a run's scores as its entry.  Used by :mod:`extractor.evaluation.cli`.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional, Sequence

from extractor.schema import FIELD_NAMES

BASELINE_FORMAT = 1
DEFAULT_BASELINE = "eval/baseline.json"


class UsageError(Exception):
    """A bad ``extractor eval`` option or baseline file; the message says which."""


def parse_fail_under(specs: list[str]) -> dict[str, float]:
    """``["0.6", "salary=0.8"]`` → ``{"overall": 0.6, "salary": 0.8}``.

    Raises:
        UsageError: a malformed spec, an unknown field, or a score outside [0, 1].
    """
    known = {*FIELD_NAMES, "overall", *(f"salary.{s}" for s in ("min", "max", "currency", "period"))}
    out = {}
    for spec in specs:
        name, _, value = spec.rpartition("=")
        name = name.strip() or "overall"
        if name not in known:
            raise UsageError(f"--fail-under {spec!r}: unknown field {name!r} (fields: {', '.join(FIELD_NAMES)}, salary.min…, overall)")
        try:
            threshold = float(value)
        except ValueError:
            raise UsageError(f"--fail-under {spec!r}: {value!r} is not a number") from None
        if not 0.0 <= threshold <= 1.0:
            raise UsageError(f"--fail-under {spec!r}: the score must be between 0 and 1")
        out[name] = threshold
    return out


def score_of(scores: dict[str, Any], name: str) -> Optional[float]:
    """The score of ``name`` (a field, ``salary.<sub>`` or ``overall``) in a ``scores.json`` dict."""
    if name == "overall":
        return scores["overall"]["score"]
    if name in scores.get("subfields", {}):
        return scores["subfields"][name]["score"]
    return scores["fields"][name]["score"]


def check_fail_under(scores: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """Messages for every score below its threshold."""
    failures = []
    for name, threshold in thresholds.items():
        value = score_of(scores, name)
        if value is None or value < threshold:
            failures.append(f"{name} = {'n/a' if value is None else f'{value:.4f}'} is below --fail-under {threshold:g}")
    return failures


def baseline_key(manifest: dict[str, Any]) -> str:
    """Baseline entries are per mode, split and set: ``"rules/dev"`` (the synthetic golden set), ``"rules/test@real"``."""
    name = (manifest.get("golden") or {}).get("name") or "golden"
    return f"{manifest['mode']}/{manifest['split']}" + ("" if name == "golden" else f"@{name}")


def load_baseline(path: Path) -> dict[str, Any]:
    """The baseline file (``{"format", "entries": {key: entry}}``); an empty one when the file is absent.

    Raises:
        UsageError: the file is not valid JSON or not a baseline.
    """
    if not path.is_file():
        return {"format": BASELINE_FORMAT, "entries": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read baseline {path}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), dict):
        raise UsageError(f"{path} is not a baseline file (expected an object with 'entries')")
    return data


def baseline_entry(result: Any) -> dict[str, Any]:
    """What the baseline keeps of a run: identity and every field/sub-field/overall score."""
    s, m = result.scores, result.manifest
    return {
        "run_id": m["run_id"],
        "updated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "mode": m["mode"],
        "split": m["split"],
        "prompt_version": m["prompt"]["version"],
        "prompt_sha256": m["prompt"]["sha256"],
        "golden_sha256": m["golden"]["sha256"],
        "n_documents": s["n_documents"],
        "summary_scorer": m.get("summary_scorer"),
        "overall": s["overall"]["score"],
        "fields": {name: s["fields"][name]["score"] for name in FIELD_NAMES},
        "subfields": {name: sub["score"] for name, sub in s.get("subfields", {}).items()},
    }


SCORER_DEPENDENT = frozenset({"summary", "overall"})


def check_regressions(
    scores: dict[str, Any], entry: dict[str, Any], tolerance: float = 0.0, summary_scorer: Optional[str] = None
) -> list[str]:
    """Messages for every field, sub-field and the overall score that dropped below ``entry`` − ``tolerance``.

    ``summary`` and ``overall`` are compared only when the run's ``summary_scorer`` is the
    baseline's (token F1 and embedding similarity are different scales).
    """
    failures = []
    pairs = [("overall", entry.get("overall"))] + list((entry.get("fields") or {}).items()) + list((entry.get("subfields") or {}).items())
    same_scorer = summary_scorer is None or entry.get("summary_scorer") in (None, summary_scorer)
    for name, old in pairs:
        if old is None or (name in SCORER_DEPENDENT and not same_scorer):
            continue
        try:
            new = score_of(scores, name)
        except KeyError:
            continue
        if new is None or new < old - tolerance - 1e-9:
            failures.append(f"{name} regressed: {old:.4f} → {'n/a' if new is None else f'{new:.4f}'}")
    return failures


def gate_failures(
    results: Sequence[Any],
    thresholds: dict[str, float],
    baseline: Optional[dict[str, Any]],
    baseline_path: Path,
    tolerance: float,
    n_prompts: int,
    n_sets: int,
) -> list[str]:
    """Every gate failure of ``results``: scores under ``thresholds`` and, with a ``baseline``, regressions.

    Each message is prefixed with the prompt version and the golden set when there are several.
    A summary scorer that differs from the baseline's is reported on stderr (summary and overall
    are then not compared).

    Raises:
        UsageError: ``baseline`` has no entry for a run's mode, split and set.
    """
    import sys

    failures = []
    for result in results:
        label = (f"[{result.manifest['prompt']['version']}] " if n_prompts > 1 else "") + (f"[{result.manifest['golden']['name']}] " if n_sets > 1 else "")
        failures.extend(label + f for f in check_fail_under(result.scores, thresholds))
        if baseline is None:
            continue
        key = baseline_key(result.manifest)
        entry = baseline.get("entries", {}).get(key)
        if entry is None:
            raise UsageError(f"no baseline for {key} in {baseline_path}; create it with --update-baseline")
        scorer = result.manifest.get("summary_scorer")
        if entry.get("summary_scorer") not in (None, scorer):
            print(
                f"extractor eval: summary scored with {scorer}, the baseline with {entry['summary_scorer']}: "
                "summary and overall not compared (install the 'eval' extra for the embedding scorer)",
                file=sys.stderr,
            )
        failures.extend(label + f for f in check_regressions(result.scores, entry, tolerance, scorer))
    return failures


def update_baseline(baseline: dict[str, Any], path: Path, results: Sequence[Any]) -> list[str]:
    """Write each of ``results`` as the baseline entry of its mode, split and set; returns the keys written.

    Raises:
        OSError: the file cannot be written.
    """
    keys = []
    for result in results:
        key = baseline_key(result.manifest)
        baseline.setdefault("entries", {})[key] = baseline_entry(result)
        keys.append(key)
    baseline["format"] = BASELINE_FORMAT
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return keys
