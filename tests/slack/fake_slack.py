"""A local stand-in for Slack's Web API: answers what the bot calls and records every call.

It speaks the real wire formats (form or JSON bodies, ``ok`` envelopes, a file upload URL
on the same server, response_url posts) and can be told to answer 429 with Retry-After.

Like the real API it checks credentials: every method but ``oauth.v2.access`` needs a bot
token it issued (``not_authed`` without one, ``invalid_auth`` for an unknown one), and
``oauth.v2.access`` needs the app's client id and secret (HTTP Basic or form fields) and a
one-time code from :meth:`FakeSlack.grant` (``invalid_client_id``, ``bad_client_secret``,
``invalid_code``, ``bad_redirect_uri``).  Each installed workspace gets its own token, so a
test can tell which workspace's token a reply was posted with.
"""

from __future__ import annotations

import base64
import itertools
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER = "UBOT"
BOT_TOKEN = "xoxb-test-0000000000-SECRETBOTTOKEN"
CLIENT_ID = "1111.2222"
CLIENT_SECRET = "client-secret-for-tests"


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail: dict[str, int] = {}
        # Shared files: id -> {"name", "content", "url"} (``url`` overrides the download URL).
        self.files: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        # token -> the workspace and bot it belongs to
        self.tokens: dict[str, dict[str, str]] = {
            BOT_TOKEN: {"team_id": "T1", "team": "Team", "user_id": BOT_USER, "bot_id": "BBOT"}
        }
        self.codes: dict[str, dict[str, str | None]] = {}
        self.holds: dict[str, threading.Event] = {}
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

    def grant(self, team_id: str, team: str = "Workspace", redirect_uri: str | None = None) -> str:
        """What Slack does when a user approves the install: a one-time code for the app."""
        code = "code-" + secrets.token_hex(6)
        with self.lock:
            self.codes[code] = {"team_id": team_id, "team": team, "redirect_uri": redirect_uri}
        return code

    def token_of(self, team_id: str) -> str | None:
        with self.lock:
            return next((t for t, v in self.tokens.items() if v["team_id"] == team_id), None)

    def hold(self, channel: str) -> threading.Event:
        """Posts to ``channel`` wait (the request stays open) until the event is set."""
        gate = threading.Event()
        with self.lock:
            self.holds[channel] = gate
        return gate

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

    def _check_auth(self, method: str, args: dict[str, Any], auth: str) -> dict[str, Any] | None:
        """The error the real API gives for these credentials, or None when they are good."""
        if method == "oauth.v2.access":
            return self._check_client(args, auth)
        token = auth[7:].strip() if auth.startswith("Bearer ") else str(args.get("token") or "")
        if not token:
            return {"ok": False, "error": "not_authed"}
        with self.lock:
            known = token in self.tokens
        return None if known else {"ok": False, "error": "invalid_auth"}

    def _check_client(self, args: dict[str, Any], auth: str) -> dict[str, Any] | None:
        client_id, client_secret = args.get("client_id"), args.get("client_secret")
        if auth.startswith("Basic "):
            pair = base64.b64decode(auth[6:]).decode()
            client_id, _, client_secret = pair.partition(":")
        if client_id != CLIENT_ID:
            return {"ok": False, "error": "invalid_client_id"}
        if client_secret != CLIENT_SECRET:
            return {"ok": False, "error": "bad_client_secret"}
        return None

    def _exchange(self, args: dict[str, Any]) -> dict[str, Any]:
        """oauth.v2.access: a granted code, once, for a new bot token of that workspace."""
        with self.lock:
            grant = self.codes.pop(str(args.get("code") or ""), None)
        if grant is None:
            return {"ok": False, "error": "invalid_code"}
        if grant["redirect_uri"] and args.get("redirect_uri") != grant["redirect_uri"]:
            return {"ok": False, "error": "bad_redirect_uri"}
        team_id = str(grant["team_id"])
        token = f"xoxb-{team_id}-" + secrets.token_hex(8)
        bot = {"team_id": team_id, "team": str(grant["team"]), "user_id": f"U{team_id}BOT"}
        bot["bot_id"] = f"B{team_id}"
        with self.lock:
            self.tokens[token] = bot
        return {
            "ok": True,
            "app_id": "A1",
            "authed_user": {"id": "UINSTALLER"},
            "scope": "app_mentions:read,chat:write,commands",
            "token_type": "bot",
            "access_token": token,
            "bot_user_id": bot["user_id"],
            "team": {"id": team_id, "name": bot["team"]},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def _answer(self, method: str, args: dict[str, Any], auth: str = "") -> dict[str, Any]:
        ts = f"1700000{next(self._ts):03d}.000100"
        if method == "oauth.v2.access":
            return self._exchange(args)
        if method == "auth.test":
            token = auth[7:].strip() if auth.startswith("Bearer ") else str(args.get("token"))
            with self.lock:
                bot = dict(self.tokens.get(token) or {})
            return {
                "ok": True,
                "url": "https://example.slack.com/",
                "team": bot.get("team"),
                "user": "adsage",
                "team_id": bot.get("team_id"),
                "user_id": bot.get("user_id"),
                "bot_id": bot.get("bot_id"),
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
                auth = self.headers.get("Authorization", "")
                refused = fake._check_auth(method, args, auth)
                if refused is not None:
                    fake._record(method + ":refused", args, raw, self.headers)
                    self._reply(200, refused)
                    return
                with fake.lock:
                    gate = fake.holds.get(str(args.get("channel") or ""))
                fake._record(method, args, raw, self.headers)
                if method == "files.info":
                    self._reply(200, fake._file_info(args, auth))
                    return
                if gate is not None and method == "chat.postMessage":
                    gate.wait(120)
                self._reply(200, fake._answer(method, args, auth))

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
