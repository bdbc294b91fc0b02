"""The benchmark's sections: each measures one thing and puts the issue's target beside it.

* ``startup`` – interpreter start, ``import extractor``, first and next rules-only extraction (child processes);
* ``rules`` – rules-only throughput of ``extractor extract --no-llm`` (whole process, JSONL in
  and out) on a generated corpus (:mod:`extractor.bench.corpus`), one process and one per core;
* ``memory`` – peak RSS of that command at several corpus sizes (each in its own child);
* ``long`` – the normaliser on one page and on 20 pages in one input (linear growth), and rule
  families on long postings (these were wall-clock asserts in the unit tests);
* ``hybrid`` – the golden eval in hybrid mode with a cold cache, then again warm;
* ``tokens`` – LLM calls and tokens per document, hybrid against LLM-only, with their accuracy
  (from two saved eval runs, or measured);
* ``model`` – the endpoint's prompt-processing and generation speed, end-to-end s/document;
* ``concurrency`` – hybrid documents/s with 1, 2 and 4 requests in flight.

Targets (issue 4, for a 2-core machine) live in :data:`TARGETS`.
"""

from __future__ import annotations

import base64
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from urllib.parse import unquote, urlsplit, urlunsplit
from pathlib import Path
from typing import Any, Callable, Optional

from extractor.bench.corpus import generate, load_templates, write_jsonl
from extractor.bench.runner import BenchContext, BenchError, Row, SectionResult, at_least, at_most

TARGETS = {
    "rules_docs_per_core": 1000.0,  # documents/s per core, whole process, output written
    "completion_ratio": 0.40,  # hybrid completion tokens per document / LLM-only
    "llm_calls_per_doc": 1.0,
    "warm_speedup": 100.0,
    "workers_speedup": 1.7,  # --workers 2 against 1 on a 2-core machine
    "memory_growth": 0.20,  # peak RSS from the smallest to the largest corpus
    "seconds_per_doc": 10.0,  # embedded model, hybrid, end to end
    "normalize_page_s": 0.1,  # one golden page (~8-30 KB)
    "normalize_growth": 5.0,  # 20 pages in one input against 20 x one page: linear, with slack
}
STARTUP_REPEATS = 3
CHILD_TIMEOUT = 6 * 3600  # seconds; a 100k-document run at today's rules speed takes about an hour


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
def _extract_command(corpus: Path, output: Path, workers: int = 1) -> list[str]:
    return [sys.executable, "-m", "extractor", "extract", "--no-llm", "--workers", str(workers), str(corpus), "--output", str(output)]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("EXTRACTOR_CONFIG", None)
    return env


def _check_extract(returncode: int, output: Path, expected: int) -> None:
    """Exit 0 or 1 (some postings failed) is a finished run; anything else is a broken one."""
    if returncode not in (0, 1):
        raise BenchError(f"extractor extract exited with {returncode}")
    with output.open("rb") as handle:
        lines = sum(1 for _ in handle)
    if lines != expected:
        raise BenchError(f"extractor extract wrote {lines} lines for {expected} postings")


def _corpus(ctx: BenchContext, count: int, name: str) -> tuple[Path, int, int]:
    templates = ctx.state.get("templates")
    if templates is None:
        templates = ctx.state["templates"] = load_templates(ctx.options.golden)
    path = ctx.scratch_dir("corpus") / f"{name}.jsonl"
    documents, size = write_jsonl(path, generate(templates, count, ctx.options.seed))
    return path, documents, size


def _golden(ctx: BenchContext):
    from extractor.evaluation.golden import GoldenSet, load_golden

    golden = load_golden(ctx.options.golden, "all")
    if ctx.options.golden_limit:
        golden = GoldenSet(golden.root, golden.split, golden.docs[: ctx.options.golden_limit], golden.sha256)
    return golden


def _fake_note(endpoint) -> str:
    return "fake endpoint: exercises the code, not a model" if endpoint.is_fake else ""


def _judged(endpoint, met: Optional[bool]) -> Optional[bool]:
    """A model-dependent target is not judged on the fake endpoint (its answers are empty)."""
    return None if endpoint is not None and endpoint.is_fake else met


# ---------------------------------------------------------------------------------------------
# startup
# ---------------------------------------------------------------------------------------------
_FIRST_EXTRACTION = """
import json, sys, time
text = sys.stdin.read()
t0 = time.perf_counter()
from extractor.pipeline import Extractor
t1 = time.perf_counter()
ex = Extractor(use_llm=False)
ex.extract(text)
t2 = time.perf_counter()
ex.extract(text.replace("a", "e", 3))
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "next": t3 - t2}))
"""


def _wall(command: list[str], stdin: Optional[str] = None) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, env=_child_env(), timeout=600)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise BenchError(f"{' '.join(command[:3])} … failed: {done.stderr.strip()[-300:]}")
    return seconds, done.stdout


def section_startup(ctx: BenchContext) -> SectionResult:
    templates = ctx.state.get("templates") or load_templates(ctx.options.golden)
    text = max(templates, key=lambda t: len(t.text)).text
    repeats = 1 if ctx.options.quick else STARTUP_REPEATS
    python = statistics.median(_wall([sys.executable, "-c", "pass"])[0] for _ in range(repeats))
    imported = statistics.median(_wall([sys.executable, "-c", "import extractor"])[0] for _ in range(repeats))
    runs = [json.loads(_wall([sys.executable, "-c", _FIRST_EXTRACTION], stdin=text)[1]) for _ in range(repeats)]
    first = statistics.median(r["first"] for r in runs)
    following = statistics.median(r["next"] for r in runs)
    pipeline_import = statistics.median(r["import"] for r in runs)
    return SectionResult(
        f"startup (median of {repeats} child process{'es' if repeats > 1 else ''})",
        [
            Row("python -c pass", python, "s"),
            Row("python -c 'import extractor'", imported, "s"),
            Row("import extractor.pipeline (in process)", pipeline_import, "s"),
            Row("first rules-only extraction", first, "s", note="vocabularies loaded, regexes compiled"),
            Row("next extraction (same size)", following, "s"),
        ],
        {"python_s": python, "import_s": imported, "pipeline_import_s": pipeline_import, "first_extraction_s": first, "next_extraction_s": following, "document_chars": len(text)},
    )


# ---------------------------------------------------------------------------------------------
# rules throughput
# ---------------------------------------------------------------------------------------------
def section_rules(ctx: BenchContext) -> SectionResult:
    opts = ctx.options
    corpus, documents, size = _corpus(ctx, opts.corpus_size, "rules")
    out_dir = ctx.scratch_dir("rules-out")
    single_out = out_dir / "single.jsonl"
    started = time.perf_counter()
    done = subprocess.run(_extract_command(corpus, single_out), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_child_env(), timeout=CHILD_TIMEOUT)
    single = time.perf_counter() - started
    _check_extract(done.returncode, single_out, documents)

    processes = opts.processes
    multi_out = out_dir / "workers.jsonl"
    started = time.perf_counter()
    done = subprocess.run(_extract_command(corpus, multi_out, processes), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_child_env(), timeout=CHILD_TIMEOUT)
    multi = time.perf_counter() - started
    _check_extract(done.returncode, multi_out, documents)
    if multi_out.read_bytes() != single_out.read_bytes():
        raise BenchError(f"--workers {processes} wrote other lines than --workers 1")
    target = TARGETS["rules_docs_per_core"]
    single_rate, multi_rate = documents / single, documents / multi
    mean_kb = size / documents / 1024
    return SectionResult(
        f"rules-only throughput ({documents:,} generated postings, {mean_kb:.1f} KB mean, {size / 1e6:.1f} MB; whole process, JSONL out)",
        [
            Row("1 process: documents/s", single_rate, "docs/s", f">= {target:,.0f} /core", at_least(single_rate, target)),
            Row("1 process: MB/s", size / single / 1e6, "MB/s"),
            Row(f"--workers {processes}: documents/s", multi_rate, "docs/s", note="output byte-identical to --workers 1"),
            Row(f"--workers {processes}: speed-up over 1", multi_rate / single_rate, "x", f">= {TARGETS['workers_speedup']}", at_least(multi_rate / single_rate, TARGETS["workers_speedup"])),
            Row(f"--workers {processes}: MB/s", size / multi / 1e6, "MB/s"),
        ],
        {"documents": documents, "bytes": size, "mean_doc_kb": round(mean_kb, 2), "single_seconds": round(single, 3), "multi_seconds": round(multi, 3), "processes": processes, "single_docs_per_s": single_rate, "multi_docs_per_s": multi_rate},
    )


# ---------------------------------------------------------------------------------------------
# long inputs
# ---------------------------------------------------------------------------------------------
# (what, field families, text, target seconds) for rules on one long posting: words the rules look at, repeated
LONG_RULE_INPUTS = (
    (
        "skills+benefits rules, 80k chars",
        ("skills", "benefits"),
        "We need Python, SQL, AWS and Kubernetes. Benefits include health insurance, 401(k) and PTO. "
        "Excellent communication skills and a can-do attitude are essential for this role in London.\n" * 400,
        2.0,
    ),
    (
        "locations+workplace rules, 200k chars",
        ("locations", "workplace"),
        "Lorem ipsum Seattle dolor, sit amet WA consectetur. " * 4000 + "Location: Austin, TX",
        5.0,
    ),
    ("experience rule, 160k chars of '5' and 'years'", ("min_years_experience",), "5 " * 20000 + "years " * 20000, 2.0),
)


def _best_of(repeats: int, call: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def section_long(ctx: BenchContext) -> SectionResult:
    """The normaliser's time per page and its growth with the page's size, and the rules on long postings."""
    from extractor.normalize import normalize
    from extractor.context import context_for
    from extractor.rules.base import run_rules

    templates = ctx.state.get("templates") or load_templates(ctx.options.golden)
    page = max(templates, key=lambda t: len(t.text)).text
    repeats = 1 if ctx.options.quick else 3
    normalize(page)  # vocabularies loaded, regexes compiled
    one = _best_of(repeats * 3, lambda: normalize(page))
    twenty = _best_of(repeats, lambda: normalize(page * 20))
    growth = twenty / (20 * one)
    rows = [
        Row(f"normalise one page ({len(page) // 1000}k chars)", one, "s", f"<= {TARGETS['normalize_page_s']:g} s", at_most(one, TARGETS["normalize_page_s"])),
        Row("normalise 20 pages in one / 20 x one page", growth, "x", f"<= {TARGETS['normalize_growth']:g}x (linear)", at_most(growth, TARGETS["normalize_growth"])),
    ]
    data: dict[str, Any] = {"page_chars": len(page), "normalize_page_s": one, "normalize_20_pages_s": twenty, "normalize_growth": growth, "rules": {}}
    for what, fields, text, target in LONG_RULE_INPUTS:
        rules_ctx = context_for(text)
        seconds = _best_of(repeats, lambda: run_rules(rules_ctx, fields))
        rows.append(Row(what, seconds, "s", f"<= {target:g} s", at_most(seconds, target)))
        data["rules"][what] = seconds
    return SectionResult("long inputs (in process, best of repeats)", rows, data)


# ---------------------------------------------------------------------------------------------
# peak memory
# ---------------------------------------------------------------------------------------------
_MAXRSS_TO_BYTES = {"darwin": 1}  # ru_maxrss is bytes on macOS, kilobytes on Linux and the BSDs
# A small launcher process runs the command and reports its child's ru_maxrss.  Measured
# straight from this process, the figure would include this process's own high-water mark:
# Linux carries the RSS of the memory a process had before exec() into its ru_maxrss, and a
# subprocess is spawned (vfork) from this process's memory.  The launcher is small, so what
# it hands down stays far below the extractor's own peak.
_LAUNCHER = (
    "import json, os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "print(json.dumps([os.waitstatus_to_exitcode(status), usage.ru_maxrss]))\n"
)


def _peak_rss(command: list[str]) -> tuple[int, int, float]:
    """Run ``command`` and return ``(exit code, peak RSS in bytes, seconds)`` of that process alone.

    Raises:
        BenchError: the launcher failed.
    """
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _LAUNCHER, *command], capture_output=True, text=True, env=_child_env(), timeout=CHILD_TIMEOUT)
    seconds = time.perf_counter() - started
    try:
        code, maxrss = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise BenchError(f"the memory launcher failed: {done.stderr.strip()[-300:]}") from None
    return code, maxrss * _MAXRSS_TO_BYTES.get(sys.platform, 1024), seconds


def section_memory(ctx: BenchContext) -> SectionResult:
    if not hasattr(os, "wait4"):
        raise BenchError("peak memory needs os.wait4 (a POSIX system)")
    rows, data = [], {}
    for size in sorted(ctx.options.memory_sizes):
        corpus, documents, _ = _corpus(ctx, size, f"memory-{size}")
        output = ctx.scratch_dir("memory-out") / f"{size}.jsonl"
        code, peak, seconds = _peak_rss(_extract_command(corpus, output))
        _check_extract(code, output, documents)
        corpus.unlink()
        output.unlink()
        data[str(size)] = {"peak_rss_mb": round(peak / 2**20, 1), "seconds": round(seconds, 2), "docs_per_s": round(documents / seconds, 1)}
        rows.append(Row(f"peak RSS at {size:,} postings", peak / 2**20, "MB"))
    sizes = sorted(ctx.options.memory_sizes)
    if len(sizes) > 1:
        low, high = data[str(sizes[0])]["peak_rss_mb"], data[str(sizes[-1])]["peak_rss_mb"]
        growth = (high - low) / low
        limit = TARGETS["memory_growth"]
        rows.append(Row(f"growth {sizes[0]:,} → {sizes[-1]:,}", growth * 100, "%", f"<= {limit:.0%}", at_most(growth, limit), note="streaming input and output" if growth <= limit else "memory grows with the input: not streaming"))
        data["growth"] = round(growth, 4)
    return SectionResult("peak memory of `extractor extract --no-llm` (JSONL in, JSONL out; RSS high-water per child)", rows, data)


# ---------------------------------------------------------------------------------------------
# hybrid cold/warm, tokens
# ---------------------------------------------------------------------------------------------
def _eval_run(ctx: BenchContext, endpoint, mode: str, cache: Path):
    from extractor.evaluation.metrics import summary_scorer
    from extractor.evaluation.runner import EvalError, run_golden

    settings = endpoint.settings_for(cache_dir=str(cache), use_cache=True)
    clock = time.perf_counter()
    try:
        result = run_golden(_golden(ctx), settings, mode=mode, progress=False, summary=summary_scorer("token_f1"), n_resamples=20, save=False)
    except EvalError as exc:
        raise BenchError(str(exc)) from None
    result.manifest["wall_seconds"] = time.perf_counter() - clock
    return result


def section_hybrid(ctx: BenchContext) -> SectionResult:
    endpoint = ctx.endpoint(ctx.options.llm)
    cache = ctx.scratch_dir("hybrid-cache")
    cold = _eval_run(ctx, endpoint, "hybrid", cache)
    warm = _eval_run(ctx, endpoint, "hybrid", cache)
    ctx.state["hybrid_cold"] = cold
    c, w = cold.scores["cost"], warm.scores["cost"]
    n = c["documents"]
    speedup = c["seconds"] / w["seconds"] if w["seconds"] else None
    calls = c["llm_calls"] / n if n else None
    note = _fake_note(endpoint)
    return SectionResult(
        f"hybrid on the golden set ({n} postings, {endpoint.label}), cold cache then warm",
        [
            Row("cold: seconds per posting", c["mean_seconds"], "s", note=note),
            Row("warm: seconds per posting", w["mean_seconds"], "s"),
            Row("warm re-run speed-up", speedup, "x", f">= {TARGETS['warm_speedup']:.0f}x", _judged(endpoint, at_least(speedup, TARGETS["warm_speedup"])), note=note),
            Row("cold: LLM calls per posting", calls, "", f"<= {TARGETS['llm_calls_per_doc']:.0f}", at_most(calls, TARGETS["llm_calls_per_doc"])),
            Row("warm: cache hits / LLM calls", w["cache_hits"], f"/ {w['llm_calls']} calls"),
            Row("accuracy (overall, cold)", cold.scores["overall"]["score"], ""),
        ],
        {"endpoint": endpoint.label, "cold": c, "warm": w, "speedup": speedup, "cold_wall_s": cold.manifest["wall_seconds"], "warm_wall_s": warm.manifest["wall_seconds"], "accuracy": cold.scores["overall"]["score"]},
    )


def _saved_run(ctx: BenchContext, ref: str, mode: str) -> dict[str, Any]:
    """``{"mode", "overall", "cost", "run_id", "split"}`` of a saved eval run.

    Raises:
        BenchError: the run is missing, unreadable, or of another mode.
    """
    from extractor.evaluation.runner import EvalError, resolve_run_dir

    try:
        run_dir = resolve_run_dir(ref, ctx.options.runs_dir)
    except EvalError as exc:
        raise BenchError(str(exc)) from None
    try:
        report_path = run_dir / "report.json"
        if report_path.is_file():
            report = json.loads(report_path.read_text(encoding="utf-8"))
            manifest = report["manifest"]
        else:
            report = json.loads((run_dir / "scores.json").read_text(encoding="utf-8"))
            manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
        summary = {"run_id": manifest["run_id"], "mode": manifest["mode"], "split": manifest["split"], "golden_sha256": manifest["golden"]["sha256"], "overall": report["overall"]["score"], "cost": report["cost"], "source": str(run_dir)}
    except (OSError, KeyError, TypeError, json.JSONDecodeError) as exc:
        raise BenchError(f"cannot read eval run {run_dir}: {exc}") from None
    if summary["mode"] != mode:
        raise BenchError(f"run {summary['run_id']} is a {summary['mode']} run, expected {mode}")
    return summary


def _measured_run(result) -> dict[str, Any]:
    m = result.manifest
    return {"run_id": m["run_id"], "mode": m["mode"], "split": m["split"], "golden_sha256": m["golden"]["sha256"], "overall": result.scores["overall"]["score"], "cost": result.scores["cost"], "source": "measured"}


def section_tokens(ctx: BenchContext) -> SectionResult:
    opts = ctx.options
    endpoint = None
    runs: dict[str, dict[str, Any]] = {}
    for mode, ref in (("hybrid", opts.hybrid_run), ("llm", opts.llm_run)):
        if ref:
            runs[mode] = _saved_run(ctx, ref, mode)
        elif mode == "hybrid" and "hybrid_cold" in ctx.state:
            runs[mode] = _measured_run(ctx.state["hybrid_cold"])
        else:
            endpoint = endpoint or ctx.endpoint(opts.llm)
            runs[mode] = _measured_run(_eval_run(ctx, endpoint, mode, ctx.scratch_dir(f"tokens-{mode}-cache")))
    hybrid, llm = runs["hybrid"], runs["llm"]
    if hybrid["golden_sha256"] != llm["golden_sha256"]:
        raise BenchError(f"the two runs scored different golden documents ({hybrid['run_id']}: {hybrid['split']}, {llm['run_id']}: {llm['split']})")

    def per_doc(run: dict[str, Any], key: str) -> Optional[float]:
        n = run["cost"].get("documents") or 0
        return run["cost"].get(key, 0) / n if n else None

    ratio = None
    if per_doc(llm, "completion_tokens"):
        ratio = per_doc(hybrid, "completion_tokens") / per_doc(llm, "completion_tokens")
    calls = per_doc(hybrid, "llm_calls")
    note = _fake_note(endpoint) if endpoint is not None else ""
    rows = [
        Row("hybrid: LLM calls per posting", calls, "", f"<= {TARGETS['llm_calls_per_doc']:.0f}", at_most(calls, TARGETS["llm_calls_per_doc"])),
        Row("LLM-only: LLM calls per posting", per_doc(llm, "llm_calls"), ""),
        Row("hybrid: prompt tokens per posting", per_doc(hybrid, "prompt_tokens"), "tok"),
        Row("LLM-only: prompt tokens per posting", per_doc(llm, "prompt_tokens"), "tok"),
        Row("hybrid: completion tokens per posting", per_doc(hybrid, "completion_tokens"), "tok"),
        Row("LLM-only: completion tokens per posting", per_doc(llm, "completion_tokens"), "tok"),
        Row("completion tokens hybrid / LLM-only", None if ratio is None else ratio * 100, "%", f"<= {TARGETS['completion_ratio']:.0%}", _judged(endpoint, at_most(ratio, TARGETS["completion_ratio"])), note=note),
        Row("accuracy hybrid (overall)", hybrid["overall"], "", ">= LLM-only", _judged(endpoint, at_least(hybrid["overall"], llm["overall"]) if hybrid["overall"] is not None and llm["overall"] is not None else None)),
        Row("accuracy LLM-only (overall)", llm["overall"], ""),
    ]
    return SectionResult(f"LLM cost per posting, hybrid against LLM-only ({hybrid['cost'].get('documents')} golden postings; runs {hybrid['run_id']}, {llm['run_id']})", rows, {"hybrid": hybrid, "llm": llm, "completion_ratio": ratio})


# ---------------------------------------------------------------------------------------------
# model speed
# ---------------------------------------------------------------------------------------------
def _chat(endpoint, content: str, max_tokens: int, messages: Optional[list[dict[str, str]]] = None) -> tuple[float, dict[str, Any]]:
    s = endpoint.settings
    messages = messages or [{"role": "user", "content": content}]
    body = {"model": s.model, "messages": messages, "max_tokens": max_tokens, "temperature": 0, "seed": 0}
    # as the SDK does: user info in the URL becomes basic auth, its query goes with the request
    parts = urlsplit(s.base_url)
    url = urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path.rstrip("/") + "/chat/completions", parts.query, ""))
    if parts.username is not None:
        basic = base64.b64encode(f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()).decode()
        authorization = f"Basic {basic}"
    else:
        authorization = f"Bearer {s.api_key or 'no-key'}"
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json", "Authorization": authorization})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=s.timeout) as response:
            answer = json.load(response)
    except (OSError, ValueError) as exc:
        raise BenchError(f"the endpoint did not answer: {exc}") from None
    return time.perf_counter() - started, answer


def _cached_tokens(answer: dict[str, Any]) -> Optional[int]:
    """Prompt tokens the server took from its cache (OpenAI's usage field, or llama.cpp's timings)."""
    details = (answer.get("usage") or {}).get("prompt_tokens_details") or {}
    cached = details.get("cached_tokens")
    return cached if cached is not None else (answer.get("timings") or {}).get("cache_n")


def _peak_rss_mb(pid: Optional[int]) -> Optional[float]:
    """Peak resident memory (VmHWM) of a running local process, in MB; None where unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, TypeError):
        return None
    return None


def section_model(ctx: BenchContext) -> SectionResult:
    from extractor.llm.prompts import load_prompt
    from extractor.pipeline import ExtractionError, Extractor

    endpoint = ctx.endpoint(ctx.options.llm)
    golden = _golden(ctx)
    longest = sorted(golden.docs, key=lambda d: len(d.text), reverse=True)[:2]
    prompt_rates, server_pp, server_tg = [], [], []
    for doc in longest:  # two different postings: the second is not served from the prompt cache
        seconds, answer = _chat(endpoint, "Name the job title in this posting.\n\n" + doc.text[:7000], 1)
        tokens = (answer.get("usage") or {}).get("prompt_tokens") or 0
        prompt_rates.append(tokens / seconds)
        server_pp.append((answer.get("timings") or {}).get("prompt_per_second"))
    # the extraction prompt (instructions and examples) for two different postings: the second
    # request should take the shared prefix from the server's prompt cache
    prompt = load_prompt(endpoint.settings.prompt_version)
    prefix = []
    for doc in longest:
        messages = prompt.messages(doc.text[:3000], ("responsibilities", "minimum_qualifications", "summary"))
        seconds, answer = _chat(endpoint, "", 1, messages=messages)
        prefix.append((seconds, (answer.get("usage") or {}).get("prompt_tokens") or 0, _cached_tokens(answer)))
    gen_tokens = ctx.options.generation_tokens
    seconds, answer = _chat(endpoint, "Count from 1 to 1000, one number per line, and nothing else.", gen_tokens)
    completion = (answer.get("usage") or {}).get("completion_tokens") or 0
    generation_rate = completion / seconds
    server_tg.append((answer.get("timings") or {}).get("predicted_per_second"))

    docs = [d.text for d in golden.docs[: ctx.options.model_docs]]
    times, failures = [], 0
    with Extractor(endpoint.settings_for(use_cache=False, concurrency=1)) as extractor:
        for text in docs:
            clock = time.perf_counter()
            try:
                extractor.extract(text)
            except ExtractionError:
                failures += 1
            times.append(time.perf_counter() - clock)
    per_doc = statistics.median(times)
    peak_mb = _peak_rss_mb(endpoint.info.get("pid"))
    note = _fake_note(endpoint)
    applies = not endpoint.is_fake
    (first_s, _, _), (second_s, second_tokens, second_cached) = prefix
    rows = [
        Row("prompt processing", statistics.mean(prompt_rates), "tok/s", note=note),
        Row("generation", generation_rate, "tok/s", note=f"{completion} tokens"),
        Row(
            "repeated prompt prefix: cached tokens of the next posting's prompt",
            second_cached,
            "tok",
            note=f"of {second_tokens}; {second_s:.2f} s against {first_s:.2f} s for the first" if second_cached is not None else "the endpoint does not report cached tokens",
        ),
        Row(f"hybrid end to end, no cache ({len(docs)} postings), median", per_doc, "s/doc", f"<= {TARGETS['seconds_per_doc']:.0f} s", at_most(per_doc, TARGETS["seconds_per_doc"]) if applies else None, note=f"mean {statistics.mean(times):.1f} s" + (f", {failures} failed" if failures else "")),
    ]
    if peak_mb is not None:
        rows.append(Row("embedded server peak memory (RSS)", peak_mb, "MB"))
    if any(server_pp) or any(server_tg):
        rows.insert(2, Row("server-reported prompt / generation", next((v for v in server_pp if v), None), "tok/s", note=f"generation {next((v for v in server_tg if v), 0):.1f} tok/s"))
    return SectionResult(
        f"model speed ({endpoint.label})",
        rows,
        {
            "endpoint": endpoint.label,
            "server": endpoint.info,
            "prompt_tokens_per_s": prompt_rates,
            "prefix": [{"seconds": s_, "prompt_tokens": t_, "cached_tokens": c_} for s_, t_, c_ in prefix],
            "generation_tokens": completion,
            "generation_tokens_per_s": generation_rate,
            "seconds_per_doc": times,
            "failures": failures,
            "server_peak_rss_mb": peak_mb,
        },
    )


# ---------------------------------------------------------------------------------------------
# requests in flight
# ---------------------------------------------------------------------------------------------
def section_concurrency(ctx: BenchContext) -> SectionResult:
    from extractor.pipeline import ExtractionError, Extractor

    opts = ctx.options
    endpoint = ctx.endpoint(opts.concurrency_llm)
    golden = _golden(ctx)
    texts = [golden.docs[i % len(golden.docs)].text for i in range(opts.concurrency_docs)]
    rows, data = [], {}
    base = None
    for level in opts.concurrency_levels:
        with Extractor(endpoint.settings_for(use_cache=False, concurrency=level)) as extractor:
            extractor.check_llm()
            clock = time.perf_counter()
            results = list(extractor.extract_many(texts))
            seconds = time.perf_counter() - clock
        failures = sum(isinstance(r, ExtractionError) for r in results)
        rate = len(texts) / seconds
        base = base or rate
        ideal = level / endpoint.info["latency_seconds"] if endpoint.is_fake and endpoint.info["latency_seconds"] > 0 else None
        note = f"{rate / base:.2f}x of 1 in flight" + (f"; latency alone allows {ideal:.1f}" if ideal else "") + (f", {failures} failed" if failures else "")
        rows.append(Row(f"{level} in flight: documents/s", rate, "docs/s", note=note))
        data[str(level)] = {"docs_per_s": rate, "seconds": seconds, "failures": failures, "ideal_docs_per_s": ideal}
    return SectionResult(f"hybrid throughput by requests in flight ({len(texts)} postings, {endpoint.label})", rows, {"endpoint": endpoint.label, "levels": data})


SECTIONS: dict[str, Callable[[BenchContext], SectionResult]] = {
    "startup": section_startup,
    "rules": section_rules,
    "memory": section_memory,
    "long": section_long,
    "hybrid": section_hybrid,
    "tokens": section_tokens,
    "model": section_model,
    "concurrency": section_concurrency,
}
