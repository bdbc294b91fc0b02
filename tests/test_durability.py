"""Batch durability: records flushed one by one, ``--resume`` after kill -9, a cache shared and self-healing.

A rules-only run over 1,000 postings is killed with SIGKILL at a seeded random moment (twice),
then completed with ``--resume``: the file then holds every input exactly once and equals a
clean run's output byte for byte.  Several processes write and read one response cache at the
same time; a corrupt cache entry (or a corrupt cache database) is discarded and the answer
asked again.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import diskcache
import pytest

from extractor.cache import ResponseCache

from fake_openai import FakeOpenAI

ROOT = Path(__file__).resolve().parents[1]
CITIES = ["Leeds, United Kingdom", "Austin, TX", "Berlin, Germany", "Pune, India", "Toronto, Canada", "Remote"]


def _env(tmp_path: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path)}


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "extractor", "extract", "--no-llm", *args]


def _posting(i: int) -> str:
    low = 20_000 + 250 * i
    return (
        f"Analyst {i}\nLocation: {CITIES[i % len(CITIES)]}\nSalary: ${low:,} - ${low + 9_000:,} per year\n"
        f"Job ID: R-{10_000 + i}\nPosted: 2024-0{1 + i % 9}-1{i % 10}\nResponsibilities\n- Build report {i} every week\n"
        "Requirements\n- 2+ years of experience with SQL\n"
    )


@pytest.fixture(scope="module")
def thousand(tmp_path_factory) -> tuple[Path, list[str]]:
    """A .jsonl of 1,000 postings; two ids repeat, so their sources become ``<id>#2``."""
    folder = tmp_path_factory.mktemp("durable")
    ids = [f"doc-{i:04d}" for i in range(1000)]
    ids[500], ids[900] = ids[499], ids[499]
    path = folder / "in.jsonl"
    path.write_text("".join(json.dumps({"id": ident, "text": _posting(i)}) + "\n" for i, ident in enumerate(ids)), encoding="utf-8")
    expected = ["doc-0499#2" if i == 500 else "doc-0499#3" if i == 900 else ident for i, ident in enumerate(ids)]
    return path, expected


def _sources(path: Path) -> list[str]:
    return [json.loads(line)["source"] for line in path.read_text(encoding="utf-8").splitlines()]


def _kill_at_random(command: list[str], out: Path, tmp_path: Path, rng: random.Random) -> int:
    """Start ``command``, wait for its first record, SIGKILL it after a random delay; return the lines written."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(tmp_path), cwd=ROOT)
    try:
        before = out.stat().st_size if out.exists() else 0
        deadline = time.monotonic() + 60
        while (not out.exists() or out.stat().st_size <= before) and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.6))
        assert proc.poll() is None, "the run finished before the kill: make it longer"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    return out.read_bytes().count(b"\n")


def test_kill_9_then_resume_gives_every_record_exactly_once(thousand, tmp_path):
    source, expected = thousand
    clean = tmp_path / "clean.jsonl"
    done = subprocess.run(_command("--output", str(clean), str(source)), env=_env(tmp_path), cwd=ROOT, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert _sources(clean) == expected

    out = tmp_path / "out.jsonl"
    rng = random.Random(20240501)
    first = _kill_at_random(_command("--output", str(out), str(source)), out, tmp_path, rng)
    second = _kill_at_random(_command("--resume", "--output", str(out), str(source)), out, tmp_path, rng)
    assert 0 < first < second < 1000, (first, second)

    done = subprocess.run(_command("--resume", "--output", str(out), str(source)), env=_env(tmp_path), cwd=ROOT, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert b"Traceback" not in done.stderr
    sources = _sources(out)
    assert len(sources) == len(set(sources)) == 1000
    assert set(sources) == set(expected)
    assert out.read_bytes() == clean.read_bytes()  # same records, same order, byte for byte
    print(f"killed after {first} and {second} records; resumed to 1000")


@pytest.fixture(scope="module")
def six(tmp_path_factory) -> tuple[Path, bytes]:
    """Six postings and their clean output."""
    folder = tmp_path_factory.mktemp("six")
    source = folder / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"doc-{i:04d}", "text": _posting(i)}) + "\n" for i in range(6)), encoding="utf-8")
    clean = folder / "clean.jsonl"
    subprocess.run(_command("--output", str(clean), str(source)), env=_env(folder), cwd=ROOT, check=True, capture_output=True, timeout=120)
    return source, clean.read_bytes()


@pytest.mark.parametrize(
    "tail, torn",
    [
        (b'{"title": "Analyst 3", "sour', True),  # torn mid-record
        (b'{"title": "Analyst 3", "source": "doc-0003"}', True),  # complete JSON but no newline: still torn
        (b"", False),  # clean cut between records
    ],
)
def test_resume_cuts_a_torn_last_line_and_redoes_that_input(six, tmp_path, tail, torn):
    source, clean = six
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(clean.splitlines(keepends=True)[:3]) + tail)
    done = subprocess.run(_command("--resume", "--output", str(out), str(source)), env=_env(tmp_path), cwd=ROOT, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == clean
    assert b"3 input(s) were already done, 3 extracted now" in done.stderr
    assert (b"cut a torn last line" in done.stderr) == torn


@pytest.mark.parametrize(
    "existing, args, code, message",
    [
        (None, ["--resume"], 2, "--resume needs --output"),
        (b'{"source": "a"}\nnot a record\n{"source": "b"}\n', ["--resume", "--output", "OUT"], 2, "line 2 is not an output record"),
        (b'[1, 2]\n', ["--resume", "--output", "OUT"], 2, "line 1 is not an output record"),
    ],
)
def test_resume_refuses_what_it_cannot_complete(tmp_path, existing, args, code, message):
    out = tmp_path / "out.jsonl"
    if existing is not None:
        out.write_bytes(existing)
    source = tmp_path / "a.txt"
    source.write_text(_posting(1), encoding="utf-8")
    done = subprocess.run(_command(*[str(out) if a == "OUT" else a for a in args], str(source)), env=_env(tmp_path), cwd=ROOT, capture_output=True, timeout=120)
    assert done.returncode == code
    assert message.encode() in done.stderr and b"Traceback" not in done.stderr
    if existing is not None:
        assert out.read_bytes() == existing  # left untouched


def test_resume_of_a_finished_file_does_nothing_and_keeps_the_exit_code(tmp_path):
    good, missing = tmp_path / "a.txt", tmp_path / "missing.txt"
    good.write_text(_posting(1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    first = subprocess.run(_command("--output", str(out), str(good), str(missing)), env=_env(tmp_path), cwd=ROOT, capture_output=True, timeout=120)
    assert first.returncode == 1
    before = out.read_bytes()
    again = subprocess.run(_command("--resume", "--output", str(out), str(good), str(missing)), env=_env(tmp_path), cwd=ROOT, capture_output=True, timeout=120)
    assert again.returncode == 1  # the missing path's record still says it failed
    assert out.read_bytes() == before
    assert b"2 input(s) were already done, 0 extracted now" in again.stderr


def test_each_record_is_flushed_before_the_next_input_is_read(tmp_path):
    """Inputs stream from a FIFO: each record must be in the output file while the run waits for more."""
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        _command("--concurrency", "1", "--output", str(out), str(fifo)), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env(tmp_path), cwd=ROOT
    )
    try:
        with fifo.open("w", encoding="utf-8") as feed:
            for i in range(3):
                feed.write(json.dumps({"id": f"doc-{i}", "text": _posting(i)}) + "\n")
                feed.flush()
                deadline = time.monotonic() + 30
                while (not out.exists() or out.read_bytes().count(b"\n") < i + 1) and time.monotonic() < deadline:
                    time.sleep(0.02)
                assert out.read_bytes().count(b"\n") == i + 1, f"record {i} not on disk while the run waits for input"
                assert proc.poll() is None
    finally:
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert _sources(out) == ["doc-0", "doc-1", "doc-2"]


# ---------------------------------------------------------------------------- the response cache

_WORKER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from extractor.cache import ResponseCache

    directory, worker, keys = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    cache = ResponseCache(directory)
    bad = 0
    for round_ in range(2):
        for k in range(keys):
            key = f"key-{k}"
            if (k + worker) % 3 == 0 or round_:
                cache.set(key, {"k": k, "payload": "x" * (k % 50)})
            got = cache.get(f"key-{(k * 7 + worker) % keys}")
            if got is not None and got != {"k": (k * 7 + worker) % keys, "payload": "x" * (((k * 7 + worker) % keys) % 50)}:
                bad += 1
    cache.close()
    print(bad)
    """
)


def test_processes_share_one_cache_safely(tmp_path):
    directory, keys = tmp_path / "cache", 300
    workers = [
        subprocess.Popen([sys.executable, "-c", _WORKER, str(directory), str(w), str(keys)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
        for w in range(3)
    ]
    results = [w.communicate(timeout=120) for w in workers]
    for worker, (out, err) in zip(workers, results):
        assert worker.returncode == 0, err.decode()
        assert out.strip() == b"0", "a process read a value no process wrote"
    cache = ResponseCache(directory)
    try:
        assert all(cache.get(f"key-{k}") == {"k": k, "payload": "x" * (k % 50)} for k in range(keys))
    finally:
        cache.close()


def _corrupt_row(directory: Path, key: str) -> None:
    with sqlite3.connect(directory / "responses" / "cache.db") as db:
        assert db.execute("UPDATE Cache SET value = ? WHERE key = ?", (b"\x80\x04\x95garbage", key)).rowcount == 1


def _corrupt_file(directory: Path, key: str) -> None:
    with sqlite3.connect(directory / "responses" / "cache.db") as db:
        (filename,) = db.execute("SELECT filename FROM Cache WHERE key = ?", (key,)).fetchone()
    (directory / "responses" / filename).write_bytes(b"\x80\x04\x95garbage")


def _not_a_dict(directory: Path, key: str) -> None:
    with diskcache.Cache(str(directory / "responses")) as raw:
        raw.set(key, ["not", "an", "answer"])


def _corrupt_database(directory: Path, key: str) -> None:
    (directory / "responses" / "cache.db").write_bytes(b"this is not a database" * 100)


CORRUPTIONS = {"row": _corrupt_row, "value-file": _corrupt_file, "not-a-dict": _not_a_dict, "database": _corrupt_database}


@pytest.mark.parametrize("how", list(CORRUPTIONS))
def test_corrupt_cache_entry_is_dropped(tmp_path, how):
    directory = tmp_path / "cache"
    payload = {"answer": "x" * (100_000 if how == "value-file" else 10)}  # large values live in files
    cache = ResponseCache(directory)
    cache.set("k", payload)
    cache.close()
    CORRUPTIONS[how](directory, "k")
    cache = ResponseCache(directory)
    try:
        assert cache.get("k") is None  # unreadable: a miss, never an exception
        cache.set("k", payload)  # recomputed and stored again
        assert cache.get("k") == payload
    finally:
        cache.close()


POSTING = """Data Analyst
Location: Leeds, United Kingdom
Responsibilities
- Build weekly sales dashboards for the retail team
Requirements
- 2 years of experience with SQL
"""
ANSWERS = {"responsibilities": ["Build weekly sales dashboards for the retail team"], "minimum_qualifications": ["2 years of experience with SQL"], "summary": "Build weekly sales dashboards for the retail team"}


@pytest.mark.parametrize("how", ["row", "not-a-dict", "database"])
def test_corrupt_cache_entry_is_asked_again_with_the_same_record(tmp_path, how):
    from extractor import Extractor, load_settings

    directory = tmp_path / "cache"
    with FakeOpenAI(ANSWERS) as server:

        def run():
            settings = load_settings(base_url=server.base_url, api_key="sk-test", cache_dir=str(directory), timeout=5.0)
            with Extractor(settings) as extractor:
                return extractor.extract(POSTING)

        first = run()
        with sqlite3.connect(directory / "responses" / "cache.db") as db:
            keys = [k for (k,) in db.execute("SELECT key FROM Cache")]
        assert len(keys) == 1
        CORRUPTIONS[how](directory, keys[0])
        second = run()  # the corrupt entry is a miss: asked again, stored again
        third = run()  # and served from the cache after that
        assert len(server.requests) == 2
    assert first.usage.llm_calls == 1 and second.usage.llm_calls == 1 and second.usage.cache_hits == 0
    assert third.usage.llm_calls == 0 and third.usage.cache_hits == 1
    assert second.model_dump() == first.model_dump() == third.model_dump()


# ---------------------------------------------------------------------------- the embedded server


def test_embedded_server_listens_on_loopback_only(tmp_path, monkeypatch):
    from extractor.llm import local_server

    monkeypatch.setattr(local_server.importlib.util, "find_spec", lambda name: object())  # as if xllamacpp were installed
    server = local_server.LocalServer(tmp_path / "model.gguf", log_path=tmp_path / "server.log")
    server.port = local_server._free_port()
    command = server.command()
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert command.count("--host") == 1 and not any("0.0.0.0" in part or part == "::" for part in command)
    assert server.base_url == f"http://127.0.0.1:{server.port}/v1"


# A stand-in for llama.cpp's server: writes its pid, then (when asked to be ready) answers
# GET /v1/models on 127.0.0.1; it exits by itself after 60 s so a failed test leaves nothing behind.
_STAND_IN = textwrap.dedent(
    """
    import http.server, json, os, sys, threading
    port, folder, ready = int(sys.argv[1]), sys.argv[2], sys.argv[3] == "ready"
    threading.Timer(60, os._exit, args=(0,)).start()
    with open(os.path.join(folder, "server.pid"), "w") as handle:
        handle.write(str(os.getpid()))
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = json.dumps({"object": "list", "data": [{"id": "stand-in"}]}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            open(os.path.join(folder, "served"), "w").close()
        def log_message(self, *args):
            pass
    if ready:
        http.server.HTTPServer(("127.0.0.1", port), Handler).serve_forever()
    threading.Event().wait()
    """
)

# The command line with LocalServer's launch replaced by the stand-in (everything else is the real path:
# shared_server, its atexit registration, the CLI's signal handling); it then waits on stdin.
_CLI_WITH_STAND_IN = textwrap.dedent(
    """
    import signal, sys
    from extractor.llm import local_server

    # as launched from a terminal, even when the test runner itself runs under nohup or in the
    # background (which hand SIGHUP/SIGINT down as ignored, and the CLI keeps ignored signals ignored)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    folder, ready, stand_in = sys.argv[1], sys.argv[2], sys.argv[3]

    class StandIn(local_server.LocalServer):
        def command(self):
            return [sys.executable, "-c", stand_in, str(self.port), folder, ready]

    local_server.LocalServer = StandIn
    from extractor.cli import main

    sys.exit(main(["extract", "--model-path", folder + "/model.gguf", "-"]))
    """
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize(
    "signum, phase, code, message",
    [
        (signal.SIGTERM, "ready", 143, "stopped by SIGTERM"),
        (signal.SIGINT, "ready", 130, "interrupted"),
        (signal.SIGTERM, "starting", 143, "stopped by SIGTERM"),  # while waiting for the server to answer
        (signal.SIGHUP, "ready", 129, "stopped by SIGHUP"),
    ],
)
def test_interrupted_run_stops_the_embedded_server(tmp_path, signum, phase, code, message):
    (tmp_path / "model.gguf").write_bytes(b"GGUF stand-in")
    env = {**_env(tmp_path), "PYTHONPATH": str(ROOT)}
    cli = subprocess.Popen(
        [sys.executable, "-c", _CLI_WITH_STAND_IN, str(tmp_path), phase, _STAND_IN],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT,
    )  # fmt: skip
    pid = None
    try:
        marker = tmp_path / ("served" if phase == "ready" else "server.pid")
        deadline = time.monotonic() + 60
        while not marker.exists() and cli.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert cli.poll() is None, cli.communicate()[1].decode()
        time.sleep(0.05 if phase == "starting" else 0.3)  # starting: inside the readiness loop; ready: blocked on stdin
        pid = int((tmp_path / "server.pid").read_text())
        assert _alive(pid)
        cli.send_signal(signum)
        _, err = cli.communicate(timeout=30)
        assert cli.returncode == code, err.decode()
        assert message.encode() in err and b"Traceback" not in err, err.decode()
        assert not _alive(pid), "the embedded server outlived the run"
    finally:
        if cli.poll() is None:
            cli.kill()
        if pid is not None and _alive(pid):
            os.kill(pid, signal.SIGKILL)


def test_a_run_killed_outright_does_not_leave_the_server_behind(tmp_path, monkeypatch):
    """kill -9 runs none of our clean-up: the server's orphan guard notices the lost parent and exits."""
    from extractor.llm import local_server

    monkeypatch.setattr(local_server.importlib.util, "find_spec", lambda name: object())
    server = local_server.LocalServer(tmp_path / "model.gguf", log_path=tmp_path / "server.log")
    server.port = 1
    assert server.command()[1:5] == ["-m", "extractor.llm.orphan_guard", str(os.getpid()), "extractor.llm.embedded_server"]

    (tmp_path / "stand_in_server.py").write_text(
        "import os, sys, time\n"
        "open(os.path.join(sys.argv[1], 'server.pid'), 'w').write(str(os.getpid()))\n"
        "time.sleep(60)\n"
    )
    starter = (
        "import os, subprocess, sys, time\n"
        "subprocess.Popen([sys.executable, '-m', 'extractor.llm.orphan_guard', str(os.getpid()), 'stand_in_server', sys.argv[1]],"
        " start_new_session=True)\n"
        "time.sleep(60)\n"
    )
    env = {**_env(tmp_path), "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}
    run = subprocess.Popen([sys.executable, "-c", starter, str(tmp_path)], env=env, cwd=ROOT)
    pid_file, pid = tmp_path / "server.pid", None
    try:
        deadline = time.monotonic() + 30
        while not pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.1)
        pid = int(pid_file.read_text())
        assert _alive(pid)
        run.kill()
        run.wait(timeout=10)
        deadline = time.monotonic() + 10
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
            try:
                os.waitpid(pid, os.WNOHANG)  # reap it if it was re-parented to us (a subreaper)
            except ChildProcessError:
                pass
        assert not _alive(pid), "the server outlived a run killed with SIGKILL"
    finally:
        if run.poll() is None:
            run.kill()
        if pid is not None and _alive(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads a process's children from /proc")
def test_pool_workers_exit_when_the_run_is_killed(thousand, tmp_path):
    """kill -9 of a pooled run leaves no worker behind (forked siblings hold the task pipe open)."""
    source, _ = thousand
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(_command("--workers", "2", "--output", str(out), str(source)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=_env(tmp_path), cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
            time.sleep(0.01)
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        assert proc.poll() is None and len(children) >= 2, children
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{child}").exists() for child in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [child for child in children if Path(f"/proc/{child}").exists() and "Z" not in Path(f"/proc/{child}/stat").read_text().split()[2]]
    assert not left, left
