"""HTTP mode: a small ASGI app in front of ``App.dispatch``, served by uvicorn.

Why not Bolt's own ASGI adapter as is: it parses the body before anything checks the
signature (an unsigned JSON list or form garbage ends in a traceback), its signature check
turns an empty or non-numeric timestamp into HTTP 500, and it runs ``dispatch`` on the event
loop, so one slow acknowledgement stalls every other request.  Here the order is: size cap,
signature (401), body shape (400), then ``dispatch`` on a worker thread.  Every rejection is
one log line, never a traceback.

:func:`create_app` is a factory with no state of its own: event de-duplication and thread
memory live in the state store, so several worker processes behind a load balancer behave
as one (``uvicorn --factory adsage.slack.server:create_app --workers N``).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import socket
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from adsage.slack.deploy import INSTALL_PATH, REDIRECT_PATH

if TYPE_CHECKING:
    from adsage.slack.worker import Worker

log = logging.getLogger("adsage.slack.http")
MAX_BODY = 1024 * 1024
MAX_SKEW = 5 * 60  # seconds; Slack's own replay window
BACKLOG = 2048  # the kernel caps this at net.core.somaxconn
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class Rejected(Exception):
    """A request refused before it reaches Bolt: the HTTP status and the log reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def check_signature(secret: str, body: bytes, headers: dict[str, str]) -> None:
    """Slack's v0 signature over the raw body, before the body is parsed at all."""
    stamp = headers.get("x-slack-request-timestamp", "").strip()
    signature = headers.get("x-slack-signature", "").strip()
    if not stamp or not signature:
        raise Rejected(401, "missing signature headers")
    if not stamp.isascii() or not stamp.isdigit() or len(stamp) > 12:
        raise Rejected(401, "malformed X-Slack-Request-Timestamp")
    if abs(time.time() - int(stamp)) > MAX_SKEW:
        raise Rejected(401, "stale X-Slack-Request-Timestamp")
    base = b"v0:" + stamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        raise Rejected(401, "invalid signature")


def check_shape(text: str, content_type: str) -> None:
    """A signed body Bolt can parse: a JSON object, or a form whose ``payload`` is one."""
    ctype = content_type.split(";")[0].strip().lower()
    try:
        if ctype == "application/json" or text.lstrip().startswith(("{", "[")):
            if not isinstance(json.loads(text), dict):
                raise Rejected(400, "JSON body is not an object")
            return
        payload = parse_qs(text).get("payload")
        if payload and not isinstance(json.loads(payload[0]), dict):
            raise Rejected(400, "form payload is not a JSON object")
    except (ValueError, RecursionError):
        raise Rejected(400, "body is not valid JSON") from None


class SlackHttp:
    """The ASGI callable: ``POST path`` to Bolt, ``GET /healthz`` (JSON, 200 or 503), the
    install flow's two pages in distribution mode, 404 for the rest."""

    def __init__(
        self,
        bolt: Any,
        signing_secret: str,
        path: str = "/slack/events",
        max_body: int = MAX_BODY,
        worker: Worker | None = None,
    ) -> None:
        self.bolt = bolt
        self.secret = signing_secret
        self.path = path
        self.max_body = max_body
        self.worker = worker

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send, self.worker)
            return
        if scope["type"] != "http":
            return
        method, route = scope.get("method", ""), scope.get("path", "")
        if method == "GET" and route == "/healthz":
            status, health = (200, {"status": "ok"})
            if self.worker is not None:
                status, health = await asyncio.to_thread(self.worker.health)
            await _send(send, status, json.dumps(health), {"content-type": ["application/json"]})
            return
        flow = getattr(self.bolt, "oauth_flow", None)
        if method == "GET" and flow is not None and route in (INSTALL_PATH, REDIRECT_PATH):
            await _send(send, *await asyncio.to_thread(_oauth, flow, route, scope))
            return
        if method != "POST" or route != self.path:
            await _send(send, 404, "")
            return
        client = (scope.get("client") or ("?", 0))[0]
        try:
            status, body, headers = await self._post(scope, receive)
        except Rejected as exc:
            log.warning("rejected request from %s: %s (HTTP %d)", client, exc.reason, exc.status)
            status, body, headers = exc.status, "", {}
        except Exception as exc:  # noqa: BLE001 - one line, never a traceback to the client
            log.error("request from %s failed: %s: %s", client, type(exc).__name__, exc)
            status, body, headers = 500, "", {}
        await _send(send, status, body, headers)

    async def _post(self, scope: Scope, receive: Receive) -> tuple[int, str, dict[str, Any]]:
        from slack_bolt.request import BoltRequest

        headers: dict[str, str] = {}
        for k, v in scope.get("headers") or []:
            headers[k.decode("latin-1").lower()] = v.decode("latin-1")
        declared = headers.get("content-length", "0").strip() or "0"
        if not declared.isdigit() or int(declared) > self.max_body:
            raise Rejected(413, "body too large or bad Content-Length")
        raw = await _read_body(receive, self.max_body)
        check_signature(self.secret, raw, headers)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Rejected(400, "body is not UTF-8") from None
        check_shape(text, headers.get("content-type", ""))
        query = scope.get("query_string", b"").decode("latin-1")
        request = BoltRequest(body=text, query=query, headers=dict(headers))
        resp = await asyncio.to_thread(self.bolt.dispatch, request)
        body = resp.body if isinstance(resp.body, str) else str(resp.body)
        return int(resp.status), body, dict(resp.headers)


async def _read_body(receive: Receive, cap: int) -> bytes:
    chunks = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Rejected(400, "client disconnected mid-body")
        chunks.extend(message.get("body", b""))
        if len(chunks) > cap:
            raise Rejected(413, "body too large")
        if not message.get("more_body", False):
            return bytes(chunks)


def _oauth(flow: Any, route: str, scope: Scope) -> tuple[int, str, dict[str, Any]]:
    """The install page or the redirect back from Slack, answered by Bolt's OAuth flow."""
    from slack_bolt.request import BoltRequest

    headers = {
        k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []
    }
    query = scope.get("query_string", b"").decode("latin-1")
    request = BoltRequest(body="", query=query, headers=headers)
    if route == INSTALL_PATH:
        resp = flow.handle_installation(request)
    else:
        resp = flow.handle_callback(request)
    return int(resp.status), str(resp.body or ""), dict(resp.headers)


async def _lifespan(receive: Receive, send: Send, worker: Worker | None = None) -> None:
    """Start the worker's resume loop with the server; on shutdown (after uvicorn has
    answered every open request) let its turns finish or hand them back."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            if worker is not None:
                worker.start()
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            left = await asyncio.to_thread(worker.stop) if worker is not None else []
            await send({"type": "lifespan.shutdown.complete"})
            if left:
                _exit_now()
            return


def _exit_now() -> None:
    """Leave without waiting for the turns just handed back: another worker owns them now,
    and a late answer from here would be a second one."""
    import os

    logging.shutdown()
    os._exit(0)


async def _send(send: Send, status: int, body: str, headers: dict[str, Any] | None = None) -> None:
    data = body.encode("utf-8")
    raw: list[tuple[bytes, bytes]] = []
    for k, vs in (headers or {}).items():
        if k.lower() == "content-length":
            continue
        for v in vs if isinstance(vs, list | tuple) else [vs]:
            raw.append((k.lower().encode("latin-1"), str(v).encode("latin-1", "replace")))
    raw.append((b"content-length", str(len(data)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": data})


def create_app(path: str = "/slack/events") -> SlackHttp:
    """App factory for uvicorn: settings from the environment, state in the state store."""
    from adsage.config import load_settings
    from adsage.slack.config import load_slack_settings
    from adsage.slack.worker import assemble

    slack = load_slack_settings()
    bolt, worker, _ = assemble(load_settings(), slack)
    return SlackHttp(bolt, slack.secret("SLACK_SIGNING_SECRET"), path, worker=worker)


def listen(host: str, port: int, backlog: int = BACKLOG) -> socket.socket:
    """The listening socket, bound here so a busy port is an error the CLI can word."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(backlog)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def serve(app: SlackHttp, sock: socket.socket, *, verbose: bool = False) -> None:
    """Serve ``app`` on ``sock`` with uvicorn until SIGINT/SIGTERM; logs go to the root
    logger (and through its redacting filter) rather than uvicorn's own handlers."""
    import uvicorn

    config = uvicorn.Config(
        app,
        log_config=None,
        log_level="debug" if verbose else "warning",
        access_log=verbose,
        backlog=BACKLOG,
        lifespan="on",
        timeout_keep_alive=5,
        limit_concurrency=None,
        server_header=False,
    )
    uvicorn.Server(config).run(sockets=[sock])
