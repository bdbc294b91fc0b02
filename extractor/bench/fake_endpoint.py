"""A fixed-latency OpenAI-compatible endpoint on loopback, for benchmarks without a model.

The benchmark measures the pipeline around the LLM (requests in flight, cache, token
bookkeeping) against this endpoint when no real model is wanted (``--quick``, tests) or
when the figure is about concurrency rather than the model.  It serves
``GET /v1/models`` and ``POST /v1/chat/completions``; every chat answer waits
``latency`` seconds, then returns each field the request's schema asks for as empty
(``null`` or ``[]``), so the answer always validates.  Token counts are estimated from
the text (4 characters a token), so a request asking more fields costs more tokens.

Run it in its own process (so its JSON work does not share the benchmark's GIL)::

    python -m extractor.bench.fake_endpoint --latency 0.5     # prints its base URL, serves until killed

or in-process with :class:`FakeEndpoint` (a context manager).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional

from extractor.llm.local_server import stop_process

MODEL_ID = "bench-fake"
CHARS_PER_TOKEN = 4
LIST_TYPES = ("array",)


def requested_fields(body: dict[str, Any]) -> dict[str, Any]:
    """The properties of the JSON schema a chat request asks for (name -> schema), or ``{}``.

    Looks at ``response_format.schema`` (llama.cpp), ``response_format.json_schema.schema``
    (OpenAI structured outputs) and a schema embedded in a message (instructor's JSON mode).
    """
    fmt = body.get("response_format") or {}
    schema = fmt.get("schema") or (fmt.get("json_schema") or {}).get("schema")
    if schema:
        return dict(schema.get("properties", {}))
    for message in body.get("messages", []):
        content = message.get("content") or ""
        start = content.find('{"') if isinstance(content, str) else -1
        while start >= 0:
            try:
                parsed = json.JSONDecoder().raw_decode(content[start:])[0]
            except ValueError:
                parsed = None
            if isinstance(parsed, dict) and "properties" in parsed:
                return dict(parsed["properties"])
            start = content.find('{"', start + 1)
    return {}


def _is_list(schema: dict[str, Any]) -> bool:
    if schema.get("type") in LIST_TYPES:
        return True
    return any(option.get("type") in LIST_TYPES for option in schema.get("anyOf", []))


def empty_answer(body: dict[str, Any]) -> dict[str, Any]:
    """Every requested field, empty: ``[]`` for arrays, ``null`` otherwise."""
    return {name: ([] if _is_list(schema) else None) for name, schema in requested_fields(body).items()}


def estimate_tokens(text: str) -> int:
    return max(1, len(text) // CHARS_PER_TOKEN)


class FakeEndpoint:
    """An in-process fixed-latency endpoint (threaded HTTP server on 127.0.0.1, a free port).

    Args:
        latency: seconds every chat request waits before answering.
    """

    def __init__(self, latency: float = 0.0):
        self.latency = latency
        self.requests = 0
        self._lock = threading.Lock()
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _send(self, payload: Any) -> None:
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                self._send({"object": "list", "data": [{"id": MODEL_ID, "object": "model"}]})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with endpoint._lock:
                    endpoint.requests += 1
                if endpoint.latency > 0:
                    time.sleep(endpoint.latency)
                content = json.dumps(empty_answer(body))
                prompt = "".join(str(m.get("content") or "") for m in body.get("messages", []))
                usage = {"prompt_tokens": estimate_tokens(prompt), "completion_tokens": estimate_tokens(content)}
                usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
                self._send(
                    {
                        "id": "chatcmpl-bench",
                        "object": "chat.completion",
                        "created": 0,
                        "model": MODEL_ID,
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
                        "usage": usage,
                    }
                )

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> "FakeEndpoint":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()


class FakeEndpointProcess:
    """The fake endpoint in a child process (``python -m extractor.bench.fake_endpoint``).

    Args:
        latency: seconds every chat request waits.

    Raises:
        RuntimeError: (on enter) the child did not report its address within 30 s.
    """

    def __init__(self, latency: float = 0.0):
        self.latency = latency
        self.base_url: Optional[str] = None
        self._process: Optional[subprocess.Popen] = None

    def __enter__(self) -> "FakeEndpointProcess":
        self._process = subprocess.Popen(
            [sys.executable, "-m", "extractor.bench.fake_endpoint", "--latency", str(self.latency)],
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        line = self._process.stdout.readline().strip() if self._process.stdout else ""
        if not line.startswith("http://"):
            self.__exit__()
            raise RuntimeError("the fake endpoint did not start")
        self.base_url = line
        return self

    def __exit__(self, *exc: Any) -> None:
        process, self._process = self._process, None
        stop_process(process)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor.bench.fake_endpoint", description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per chat request (default 0)")
    args = parser.parse_args(argv)
    with FakeEndpoint(args.latency) as endpoint:
        print(endpoint.base_url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(main())
