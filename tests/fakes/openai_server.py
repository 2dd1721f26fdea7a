"""A local OpenAI-compatible server for tests: scripted answers, recorded requests.

Real endpoints (OpenAI, Ollama, llama.cpp, vLLM) disagree on what they support; scripting the
exact status codes, headers and bodies each one sends is the only way to test the strategy
detection, retries and error messages without the network.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Headers = dict[str, str]
Reply = tuple[int, Headers, Any]
Handler = Callable[[dict[str, Any]], "Reply | Scripted"]


@dataclass
class Scripted:
    """One scripted answer; ``delay`` makes the server sleep first (for client timeouts)."""

    status: int = 200
    body: Any = None
    headers: Headers = field(default_factory=dict)
    delay: float = 0.0
    # Fault injection (additions for the reliability suite): send only the first ``cut_after``
    # bytes of the reply, then drop the connection; stream the content in ``pieces`` deltas
    # with ``piece_delay`` seconds between them.
    cut_after: int | None = None
    pieces: int = 0
    piece_delay: float = 0.0


def usage(prompt: int = 10, completion: int = 5) -> dict[str, int]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _completion(message: dict[str, Any], finish: str, tokens: tuple[int, int]) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "fake-model",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": usage(*tokens),
    }


def json_reply(payload: Any, *, tokens: tuple[int, int] = (10, 5)) -> Scripted:
    """Content holding JSON (what json_schema and json_mode answers look like)."""
    content = payload if isinstance(payload, str) else json.dumps(payload)
    return Scripted(body=_completion({"role": "assistant", "content": content}, "stop", tokens))


def text_reply(text: str, *, tokens: tuple[int, int] = (10, 5)) -> Scripted:
    return Scripted(body=_completion({"role": "assistant", "content": text}, "stop", tokens))


def tool_reply(
    name: str, arguments: Any, *, tokens: tuple[int, int] = (10, 5), call_id: str = "call_1"
) -> Scripted:
    """A tool call; ``arguments`` may be a raw (possibly broken) JSON string."""
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": call_id, "type": "function", "function": {"name": name, "arguments": args}}
        ],
    }
    return Scripted(body=_completion(message, "tool_calls", tokens))


def error_reply(status: int, message: str = "error", *, retry_after: str | None = None) -> Scripted:
    headers = {"retry-after": retry_after} if retry_after is not None else {}
    body = {"error": {"message": message, "type": "server_error", "code": status}}
    return Scripted(status=status, body=body, headers=headers)


def cut_reply(reply: Scripted, after: int) -> Scripted:
    """``reply`` with the connection dropped after ``after`` bytes of the body (or stream)."""
    return Scripted(reply.status, reply.body, reply.headers, reply.delay, cut_after=after)


def truncated_reply(partial_json: str, *, tokens: tuple[int, int] = (10, 5)) -> Scripted:
    """A JSON answer cut off at the output token limit (``finish_reason: "length"``)."""
    message = {"role": "assistant", "content": partial_json}
    return Scripted(body=_completion(message, "length", tokens))


def slow_reply(delay: float, reply: Scripted | None = None) -> Scripted:
    base = reply or text_reply("late")
    return Scripted(status=base.status, body=base.body, headers=base.headers, delay=delay)


class FakeOpenAI:
    """Serve ``/v1/chat/completions`` and ``/v1/models`` from a script.

    ``script`` is consumed in order; when it runs dry ``handler`` (if set) answers, else 500.
    Every chat request body is kept in ``requests`` (parsed JSON) for assertions.
    """

    def __init__(
        self,
        *,
        window: int | None = None,
        chars_per_token: float = 3.0,
        tokenizer: str | None = None,
    ) -> None:
        # With ``window``, a request whose prompt plus ``max_tokens`` is larger gets the 400
        # OpenAI, vLLM and llama-cpp-python send; prompt tokens are characters / chars_per_token.
        self.window = window
        self.chars_per_token = chars_per_token
        # With ``tokenizer`` ("llama-cpp-python" or "llama.cpp") that server's tokenize route
        # counts texts the same way; every text it counted is kept in ``tokenized``.
        self.tokenizer = tokenizer
        self.tokenized: list[str] = []
        self.rejected: list[int] = []  # prompt tokens of every request refused as too long
        # Extra JSON documents served on GET (``/props``, ``/v1/models`` extras) by path suffix.
        self.documents: dict[str, Any] = {}
        self.script: list[Scripted] = []
        self.handler: Handler | None = None
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def add(self, *replies: Scripted) -> None:
        with self._lock:
            self.script.extend(replies)

    def extend(self, replies: Iterable[Scripted]) -> None:
        self.add(*replies)

    def messages(self, i: int = -1) -> list[dict[str, Any]]:
        return list(self.requests[i]["messages"])

    def prompt_tokens(self, request: dict[str, Any]) -> int:
        text = json.dumps(request.get("messages", []), ensure_ascii=False)
        text += json.dumps(request.get("tools", []), ensure_ascii=False)
        return int(len(text) / self.chars_per_token)

    def _too_long(self, request: dict[str, Any]) -> Scripted | None:
        if self.window is None:
            return None
        prompt = self.prompt_tokens(request)
        answer = int(request.get("max_tokens") or request.get("max_completion_tokens") or 0)
        if prompt + answer <= self.window:
            return None
        self.rejected.append(prompt)
        return error_reply(
            400,
            f"This model's maximum context length is {self.window} tokens. However, you "
            f"requested {prompt + answer} tokens ({prompt} in the messages, {answer} in the "
            "completion). Please reduce the length of the messages or completion.",
        )

    def _next(self, request: dict[str, Any]) -> Scripted:
        with self._lock:
            self.requests.append(request)
            refused = self._too_long(request)
            if refused is not None:
                return refused
            if self.script:
                return self.script.pop(0)
        if self.handler is not None:
            out = self.handler(request)
            return out if isinstance(out, Scripted) else Scripted(out[0], out[2], out[1])
        return error_reply(500, "fake server: script exhausted")

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

            def _send(self, status: int, body: Any, headers: Headers) -> None:
                raw = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(raw)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.rstrip("/")
                extra = next((v for k, v in fake.documents.items() if path.endswith(k)), None)
                if extra is not None:
                    self._send(200, extra, {})
                elif path.endswith("/models"):
                    data = {"object": "list", "data": [{"id": "fake-model", "object": "model"}]}
                    self._send(200, data, {})
                else:
                    self._send(404, {"error": {"message": "not found"}}, {})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                if self._tokenize(raw):
                    return
                posted = next(
                    (v for k, v in fake.documents.items() if self.path.rstrip("/").endswith(k)),
                    None,
                )
                if posted is not None:
                    self._send(200, posted, {})
                    return
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": "not found"}}, {})
                    return
                request = json.loads(raw or b"{}")
                with fake._lock:
                    fake.headers.append(dict(self.headers.items()))
                reply = fake._next(request)
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    if (
                        request.get("stream")
                        and reply.status == 200
                        and (reply.pieces or reply.cut_after is not None)
                    ):
                        self._stream_pieces(reply)
                    elif reply.cut_after is not None:
                        self._send_cut(reply)
                    elif request.get("stream") and reply.status == 200:
                        self._stream(reply.body)
                    else:
                        self._send(reply.status, reply.body, reply.headers)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def _tokenize(self, raw: bytes) -> bool:
                path = self.path.rstrip("/")
                route = {"/extras/tokenize/count": "llama-cpp-python", "/tokenize": "llama.cpp"}
                if fake.tokenizer is None or route.get(path) != fake.tokenizer:
                    return False
                body = json.loads(raw or b"{}")
                text = body.get("input") if fake.tokenizer == "llama-cpp-python" else None
                text = body.get("content") if text is None else text
                if not isinstance(text, str):
                    self._send(422, {"detail": "no text"}, {})
                    return True
                fake.tokenized.append(text)
                n = max(1, int(len(text) / fake.chars_per_token))
                answer = {"count": n} if "count" in path else {"tokens": list(range(n))}
                self._send(200, answer, {})
                return True

            def _stream(self, body: dict[str, Any]) -> None:
                """Replay a completion as server-sent events, one chunk for the whole message."""
                choice = body["choices"][0]
                chunk = {
                    "id": body["id"],
                    "object": "chat.completion.chunk",
                    "created": body["created"],
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "delta": choice["message"],
                            "finish_reason": choice["finish_reason"],
                        }
                    ],
                }
                final = {**chunk, "choices": [], "usage": body.get("usage")}
                payload = (
                    b"".join(f"data: {json.dumps(c)}\n\n".encode() for c in (chunk, final))
                    + b"data: [DONE]\n\n"
                )
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _send_cut(self, reply: Scripted) -> None:
                """Announce the whole body, send part of it, then drop the connection."""
                raw = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw[: reply.cut_after])
                self._drop()

            def _drop(self) -> None:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)

            def _stream_pieces(self, reply: Scripted) -> None:
                """Server-sent events, the content split into ``pieces`` deltas; with
                ``cut_after`` the connection drops after that many bytes of events."""
                body = reply.body
                choice = body["choices"][0]
                content = str(choice["message"].get("content") or "")
                n = max(1, reply.pieces)
                size = max(1, -(-len(content) // n))
                base = {k: body[k] for k in ("id", "created", "model")}
                events = []
                for i in range(0, max(len(content), 1), size):
                    delta = {"content": content[i : i + size]}
                    if i == 0:
                        delta["role"] = "assistant"
                    events.append(
                        {
                            **base,
                            "object": "chat.completion.chunk",
                            "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
                        }
                    )
                events[-1]["choices"][0]["finish_reason"] = choice["finish_reason"]
                events.append({**base, "object": "chat.completion.chunk", "choices": []})
                events[-1]["usage"] = body.get("usage")
                frames = [f"data: {json.dumps(e)}\n\n".encode() for e in events]
                frames.append(b"data: [DONE]\n\n")
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("transfer-encoding", "chunked")
                self.end_headers()
                sent = 0
                for frame in frames:
                    if reply.cut_after is not None and sent + len(frame) > reply.cut_after:
                        part = frame[: max(0, reply.cut_after - sent)]
                        if part:
                            self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                        self.wfile.flush()
                        self._drop()
                        return
                    self.wfile.write(f"{len(frame):x}\r\n".encode() + frame + b"\r\n")
                    self.wfile.flush()
                    sent += len(frame)
                    if reply.piece_delay:
                        time.sleep(reply.piece_delay)
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()

        return _H
