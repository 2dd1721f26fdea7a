"""A local stand-in for Slack's Web API: answers what the bot calls and records every call.

It speaks the real wire formats (form or JSON bodies, ``ok`` envelopes, a file upload URL
on the same server, response_url posts) and can be told to answer 429 with Retry-After.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER = "UBOT"


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail: dict[str, int] = {}
        # Shared files: id -> {"name", "content", "url"} (``url`` overrides the download URL).
        self.files: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        self._ts = itertools.count(1)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> FakeSlack:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fail_next(self, method: str, times: int = 1) -> None:
        with self.lock:
            self.fail[method] = times

    def calls_to(self, method: str, channel: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            calls = list(self.calls)
        return [
            c
            for c in calls
            if c["method"] == method
            and (channel is None or c["args"].get("channel") in (channel, None) and _in(c, channel))
        ]

    def wait(self, predicate: Any, timeout: float = 60.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = predicate()
            if found:
                return found
            time.sleep(0.05)
        raise AssertionError(f"timed out; calls so far: {[c['method'] for c in self.calls]}")

    def add_file(self, name: str, content: bytes, *, url: str | None = None) -> str:
        """A file as if a user shared it; returns its id (``url``: where files.info says it is)."""
        with self.lock:
            file_id = f"F{len(self.files) + 100}"
            self.files[file_id] = {"name": name, "content": content, "url": url}
        return file_id

    def _file_info(self, args: dict[str, Any], auth: str) -> dict[str, Any]:
        """files.info as Slack answers it: a bot token, a ``file`` argument, a known id."""
        if not auth.startswith("Bearer "):
            return {"ok": False, "error": "not_authed"}
        if not auth.removeprefix("Bearer ").startswith("xoxb-"):
            return {"ok": False, "error": "invalid_auth"}
        file_id = str(args.get("file") or "")
        if not file_id:
            return {"ok": False, "error": "invalid_arguments"}
        found = self.files.get(file_id)
        if found is None:
            return {"ok": False, "error": "file_not_found"}
        url = found["url"] or f"{self.url}/files-pri/T1-{file_id}/download/{found['name']}"
        name = found["name"]
        return {
            "ok": True,
            "file": {
                "id": file_id,
                "name": name,
                "title": name,
                "filetype": name.rsplit(".", 1)[-1],
                "size": len(found["content"]),
                "url_private": url.replace("/download/", "/"),
                "url_private_download": url,
            },
        }

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        ts = f"1700000{next(self._ts):03d}.000100"
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://example.slack.com/",
                "team": "Team",
                "user": "adsage",
                "team_id": "T1",
                "user_id": BOT_USER,
                "bot_id": "BBOT",
            }
        if method == "chat.postMessage":
            if str(args.get("channel", "")).startswith("CNOTIN"):
                return {"ok": False, "error": "not_in_channel"}
            return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": {"ts": ts}}
        if method == "chat.update":
            return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts")}
        if method == "files.getUploadURLExternal":
            return {"ok": True, "upload_url": f"{self.url}/upload/F123", "file_id": "F123"}
        if method == "files.completeUploadExternal":
            return {"ok": True, "files": [{"id": "F123", "title": "export"}]}
        return {"ok": True}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _reply(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
                data = (body if isinstance(body, str) else json.dumps(body)).encode()
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                path, _, query = self.path.partition("?")
                auth = self.headers.get("Authorization", "")
                if path.startswith("/files-pri/"):
                    fake._record("download", {"path": path}, b"", self.headers)
                    file_id = path.split("/")[2].split("-", 1)[-1]
                    found = fake.files.get(file_id)
                    if not auth.startswith("Bearer xoxb-") or found is None:
                        # Slack sends people without a valid token to its sign-in page.
                        self.send_response(302)
                        self.send_header("Location", "/signin")
                        self.send_header("Content-Type", "text/html")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    data = found["content"]
                    self.send_response(200)
                    self.send_header("Content-Type", "text/csv")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                args = {k: v[0] for k, v in parse_qs(query).items()}
                method = path.rsplit("/", 1)[-1]
                fake._record(method, args, b"", self.headers)
                if method == "files.info":
                    self._reply(200, fake._file_info(args, auth))
                else:
                    self._reply(200, fake._answer(method, args))

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                path = self.path.partition("?")[0]
                ctype = self.headers.get("Content-Type", "")
                if path.startswith("/upload/"):
                    fake._record("upload", {}, raw, self.headers)
                    self._reply(200, f"OK - {len(raw)}")
                    return
                if "json" in ctype:
                    args = json.loads(raw or b"{}")
                else:
                    args = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
                    for key in ("blocks", "files"):
                        if isinstance(args.get(key), str) and args[key].startswith("["):
                            args[key] = json.loads(args[key])
                if path.startswith("/response/"):
                    fake._record("response_url", args, raw, self.headers)
                    self._reply(200, "ok")
                    return
                method = path.rsplit("/", 1)[-1]
                with fake.lock:
                    left = fake.fail.get(method, 0)
                    if left:
                        fake.fail[method] = left - 1
                if left:
                    fake._record(method + ":429", args, raw, self.headers)
                    self._reply(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"})
                    return
                fake._record(method, args, raw, self.headers)
                if method == "files.info":
                    auth = self.headers.get("Authorization", "")
                    self._reply(200, fake._file_info(args, auth))
                    return
                self._reply(200, fake._answer(method, args))

        return Handler

    def _record(self, method: str, args: dict[str, Any], raw: bytes, headers: Any) -> None:
        with self.lock:
            self.calls.append(
                {
                    "method": method,
                    "args": args,
                    "raw": raw,
                    "auth": headers.get("Authorization", ""),
                    "at": time.monotonic(),
                }
            )


def _in(call: dict[str, Any], channel: str) -> bool:
    return call["args"].get("channel") == channel or call["args"].get("channel_id") == channel
