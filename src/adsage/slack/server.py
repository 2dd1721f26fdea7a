"""HTTP mode: a small threaded server in front of ``App.dispatch``.

Bolt's development server is single-threaded and binds every interface; this one serves
requests concurrently (a slow Slack client never blocks an acknowledgement), binds the
host it is given and refuses oversized bodies before reading them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

log = logging.getLogger("adsage.slack.http")
MAX_BODY = 1024 * 1024


def make_server(app: Any, host: str, port: int, path: str = "/slack/events") -> ThreadingHTTPServer:
    from slack_bolt.request import BoltRequest

    class Handler(BaseHTTPRequestHandler):
        server_version = "adsage-slack"
        sys_version = ""

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("%s " + format, self.address_string(), *args)

        def _send(self, status: int, body: str, headers: dict[str, Any] | None = None) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            for k, vs in (headers or {}).items():
                for v in vs if isinstance(vs, list | tuple) else [vs]:
                    if k.lower() != "content-length":
                        self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path.partition("?")[0] == "/healthz":
                self._send(200, "ok", {"Content-Type": "text/plain"})
            else:
                self._send(404, "")

        def do_POST(self) -> None:
            route, _, query = self.path.partition("?")
            if route != path:
                self._send(404, "")
                return
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_BODY:
                self._send(413, "")
                return
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            headers: dict[str, str | Sequence[str]] = {
                k.lower(): v for k, v in self.headers.items()
            }
            resp = app.dispatch(BoltRequest(body=body, query=query, headers=headers))
            payload = resp.body if isinstance(resp.body, str) else str(resp.body)
            self._send(resp.status, payload, dict(resp.headers))

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server
