"""A scriptable OpenAI-compatible server on loopback, for failure-mode tests over real HTTP.

``FakeOpenAI(answers)`` serves ``GET /v1/models`` and ``POST /v1/chat/completions``.
Each chat request pops the next *fault* from ``faults`` (if any) and acts it out
(an HTTP status with headers, a delay, a connection reset, malformed JSON, a cut-off
answer, empty choices); with no fault left it answers with ``answers`` restricted to
the fields the request's schema asks for.  Every request body is recorded.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional


def _requested_fields(body: dict[str, Any]) -> Optional[list[str]]:
    schema = (body.get("response_format") or {}).get("schema")
    if schema:
        return list(schema.get("properties", {}))
    # instructor's JSON mode also puts the schema into the system message
    for message in body.get("messages", []):
        content = message.get("content") or ""
        if isinstance(content, str) and '"properties"' in content:
            start = content.find("{")
            try:
                parsed = json.JSONDecoder().raw_decode(content[start:])[0]
                return list(parsed.get("properties", {}))
            except (ValueError, AttributeError):
                return None
    return None


class FakeOpenAI:
    def __init__(self, answers: Optional[dict[str, Any]] = None, *, models: tuple[str, ...] = ("fake-model",), usage: tuple[int, int] = (100, 20)):
        self.answers = answers or {}
        self.models = list(models)
        self.usage = usage
        self.faults: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.model_requests = 0
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

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
                    fault = fake.faults.pop(0) if fake.faults and fake.faults[0].get("on", "chat") == "chat" else None
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

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
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

    def answer_for(self, body: dict[str, Any]) -> dict[str, Any]:
        fields = _requested_fields(body) or list(self.answers)
        empty_lists = {"locations", "skills", "responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits"}
        return {f: self.answers.get(f, [] if f in empty_lists else None) for f in fields}

    def __enter__(self) -> "FakeOpenAI":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()
