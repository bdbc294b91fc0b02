"""A scriptable OpenAI-compatible server on loopback, for failure-mode tests over real HTTP.

``FakeOpenAI(answers)`` serves ``GET /v1/models`` and ``POST /v1/chat/completions``.
Each chat request pops the next *fault* from ``faults`` (if any) and acts it out
(an HTTP status with headers, a delay, a connection reset, malformed JSON, a cut-off
answer, empty choices); with no fault left it answers with ``answers`` restricted to
the fields the request's schema asks for.  Every request body is recorded.

``answers`` may also be a function of the request body (an echoing "model" that
copies from the posting it is sent).  ``random_faults(rate, mix, seed)`` makes every
chat request fail with probability ``rate`` with a fault drawn from ``mix`` (a seeded
RNG, so a run is reproducible); ``injected`` counts the faults acted out by kind, and
``authorizations`` records the ``Authorization`` header of every request and ``paths`` its
path with the query string.
"""

from __future__ import annotations

import json
import random
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from collections import Counter
from typing import Any, Callable, Optional, Union


def _requested_fields(body: dict[str, Any]) -> Optional[list[str]]:
    response_format = body.get("response_format") or {}
    schema = response_format.get("schema") or (response_format.get("json_schema") or {}).get("schema")
    if schema:
        return list(schema.get("properties", {}))
    # instructor's JSON mode also puts the schema into the system message
    for message in body.get("messages", []):
        content = message.get("content") or ""
        if isinstance(content, str) and '"properties"' in content:
            start = content.find("{")
            while start >= 0:  # the schema is the first object that decodes ("{city, …}" in prose does not)
                try:
                    parsed = json.JSONDecoder().raw_decode(content[start:])[0]
                    return list(parsed.get("properties", {}))
                except (ValueError, AttributeError):
                    start = content.find("{", start + 1)
            return None
    return None


class _QuietServer(ThreadingHTTPServer):
    """No traceback on stderr when a client hung up first (it timed out while a fault slept)."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


def fault_name(fault: dict[str, Any]) -> str:
    """``status 503``, ``sleep``, ``reset``, ``content``… (or the fault's ``name``): how a fault is counted."""
    if "name" in fault:
        return fault["name"]
    return f"status {fault['status']}" if fault["kind"] == "status" else fault["kind"]


# A small posting the fake-endpoint tests share: one duty list, one requirement list with a self-marked preferred item.
POSTING = """Data Analyst
Location: Leeds, United Kingdom
Responsibilities
- Build weekly sales dashboards for the retail team
- Clean and reconcile data from the stores
Requirements
- 2 years of experience with SQL
- Experience with Tableau would be a plus.
"""


def posting_of(body: dict[str, Any]) -> str:
    """The posting text of a chat request: the last user message, between ``<posting>`` tags when it has them."""
    users = [m.get("content") or "" for m in body.get("messages", []) if m.get("role") == "user"]
    text = users[-1] if users else ""
    start, end = text.find("<posting>"), text.rfind("</posting>")
    return text[start + len("<posting>") : end].strip() if 0 <= start < end else text


class FakeOpenAI:
    def __init__(
        self,
        answers: Union[dict[str, Any], Callable[[dict[str, Any]], dict[str, Any]], None] = None,
        *,
        models: tuple[str, ...] = ("fake-model",),
        usage: tuple[int, int] = (100, 20),
        extra_keys: bool = False,
    ):
        self.answers = answers or {}
        self.extra_keys = extra_keys  # also answer keys the request did not ask for
        self.models = list(models)
        self.usage = usage
        self.faults: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.model_requests = 0
        self.injected: Counter[str] = Counter()
        self.authorizations: list[str] = []
        self.paths: list[str] = []
        self._fault_rate = 0.0
        self._fault_mix: list[dict[str, Any]] = []
        self._rng = random.Random(0)
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def setup(self) -> None:
                super().setup()
                # headers and body go out in two writes: without this, Nagle + delayed ACK add 40 ms per answer
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _send(self, status: int, payload: Any, headers: Optional[dict[str, str]] = None, raw: Optional[bytes] = None) -> None:
                data = raw if raw is not None else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                with fake._lock:
                    fake.model_requests += 1
                    fake.authorizations.append(self.headers.get("Authorization", ""))
                    fake.paths.append(self.path)
                    fault = fake.faults.pop(0) if fake.faults and fake.faults[0].get("on") == "models" else None
                if fault:
                    self._send(fault["status"], {"error": {"message": fault.get("message", "refused")}})
                    return
                self._send(200, {"object": "list", "data": [{"id": m, "object": "model"} for m in fake.models]})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with fake._lock:
                    fake.requests.append(body)
                    fake.authorizations.append(self.headers.get("Authorization", ""))
                    fake.paths.append(self.path)
                    fault = fake.faults.pop(0) if fake.faults and fake.faults[0].get("on", "chat") == "chat" else None
                    if fault is None and fake._fault_rate and fake._rng.random() < fake._fault_rate:
                        fault = fake._rng.choice(fake._fault_mix)
                    if fault is not None:
                        fake.injected[fault_name(fault)] += 1
                if fault is None:
                    self._send(200, fake.completion(json.dumps(fake.answer_for(body))))
                    return
                kind = fault["kind"]
                if kind == "status":
                    self._send(fault["status"], {"error": {"message": fault.get("message", "fault"), "type": "fault"}}, fault.get("headers"))
                elif kind == "sleep":
                    time.sleep(fault["seconds"])
                    self._send(200, fake.completion(json.dumps(fake.answer_for(body))))
                elif kind == "reset":
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    self.connection.close()
                elif kind == "content":
                    self._send(200, fake.completion(fault["content"], finish_reason=fault.get("finish_reason", "stop")))
                elif kind == "no_choices":
                    self._send(200, {"id": "x", "object": "chat.completion", "created": 0, "model": fake.models[0], "choices": [], "usage": fake._usage()})
                else:
                    raise AssertionError(f"unknown fault {kind}")

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def _usage(self) -> dict[str, int]:
        prompt, completion = self.usage
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}

    def completion(self, content: str, finish_reason: str = "stop") -> dict[str, Any]:
        return {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 0,
            "model": self.models[0],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish_reason}],
            "usage": self._usage(),
        }

    def random_faults(self, rate: float, mix: list[dict[str, Any]], seed: int = 0) -> None:
        """From now on fail each chat request with probability ``rate``, with a fault drawn from ``mix``."""
        with self._lock:
            self._fault_rate, self._fault_mix, self._rng = rate, list(mix), random.Random(seed)

    def answer_for(self, body: dict[str, Any]) -> dict[str, Any]:
        answers = self.answers(body) if callable(self.answers) else self.answers
        fields = _requested_fields(body) or list(answers)
        empty_lists = {"locations", "skills", "responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits"}
        answer = {f: answers.get(f, [] if f in empty_lists else None) for f in fields}
        if self.extra_keys:
            answer = {**answers, **answer}
        return answer

    def __enter__(self) -> "FakeOpenAI":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()
