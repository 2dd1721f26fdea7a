"""Helpers for the Slack tests: signing, the bot process driver, the server environment.

Kept out of conftest.py so test modules can import them by a unique module name.

The knowledge index is built once and shared (ADSAGE_HOME of the server process); each test
uses its own channel and event ids, so tests never see each other's calls.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fake_slack import BOT_TOKEN, FakeSlack

SIGNING_SECRET = "s3cr3t-signing-secret-for-tests"


def asgi(
    app: Any,
    method: str,
    path: str,
    *,
    query: str = "",
    headers: dict[str, str] | None = None,
    body: bytes = b"",
) -> tuple[int, dict[str, str], bytes]:
    """One request straight into an ASGI app (no server): status, headers, body."""
    import asyncio

    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": query.encode(),
        "client": ("127.0.0.1", 5000),
        "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
        + [(b"content-length", str(len(body)).encode())],
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    head = {k.decode(): v.decode() for k, v in sent[0]["headers"]}
    return int(sent[0]["status"]), head, bytes(sent[1]["body"])


def mention_event(
    channel: str, text: str, ts: str, thread_ts: str | None = None, bot: str = "UBOT"
) -> dict[str, Any]:
    """An ``app_mention`` event as Slack sends it (``thread_ts`` for a reply in a thread)."""
    event = {
        "type": "app_mention",
        "user": "U999",
        "text": f"<@{bot}> {text}",
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def signed_json(payload: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    """A JSON body and the headers Slack sends with it, signed now."""
    body = json.dumps(payload).encode()
    ts = str(int(time.time()))
    return body, {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": sign(body.decode(), ts),
    }


def sign(body: str, ts: str, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{ts}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class Reply:
    status: int
    body: str
    elapsed: float


@dataclass
class Bot:
    url: str
    fake: FakeSlack
    log: Path

    def send(
        self,
        body: str,
        content_type: str,
        *,
        stamp: int | None = None,
        secret: str = SIGNING_SECRET,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        when = str(int(time.time()) if stamp is None else stamp)
        req = urllib.request.Request(
            self.url + "/slack/events",
            data=body.encode(),
            method="POST",
            headers={
                "Content-Type": content_type,
                "X-Slack-Request-Timestamp": when,
                "X-Slack-Signature": sign(body, when, secret),
                **(headers or {}),
            },
        )
        start = time.monotonic()
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return Reply(resp.status, resp.read().decode(), time.monotonic() - start)
        except urllib.error.HTTPError as exc:
            return Reply(exc.code, exc.read().decode(), time.monotonic() - start)

    def event(
        self, event: dict[str, Any], *, event_id: str | None = None, **kw: Any
    ) -> tuple[Reply, str]:
        event_id = event_id or "Ev" + uuid.uuid4().hex[:12]
        body = {
            "token": "legacy",
            "team_id": "T1",
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": event,
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
        }
        return self.send(json.dumps(body), "application/json", **kw), event_id

    def mention(self, channel: str, text: str, ts: str = "1700000000.000001", **kw: Any) -> Reply:
        return self.event(mention_event(channel, text, ts), **kw)[0]

    def command(self, channel: str, text: str) -> Reply:
        form = {
            "token": "legacy",
            "team_id": "T1",
            "channel_id": channel,
            "user_id": "U999",
            "command": "/adsage",
            "text": text,
            "response_url": f"{self.fake.url}/response/{channel}",
            "trigger_id": "1.2.3",
        }
        return self.send(urlencode(form), "application/x-www-form-urlencoded")

    def click(self, channel: str, message: dict[str, Any], action_id: str, value: str) -> Reply:
        payload = {
            "type": "block_actions",
            "team": {"id": "T1"},
            "user": {"id": "U999"},
            "api_app_id": "A1",
            "token": "legacy",
            "trigger_id": "1.2.3",
            "container": {"type": "message", "message_ts": message["ts"], "channel_id": channel},
            "channel": {"id": channel},
            "message": message,
            "response_url": f"{self.fake.url}/response/{channel}",
            "actions": [
                {
                    "type": "button",
                    "action_id": action_id,
                    "block_id": "b",
                    "value": value,
                    "action_ts": str(time.time()),
                }
            ],
        }
        return self.send(
            urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"
        )

    def thread(self, channel: str) -> list[dict[str, Any]]:
        """Everything the bot put in the channel: posts, then updates applied to them."""
        posts = self.fake.calls_to("chat.postMessage", channel)
        updates = self.fake.calls_to("chat.update", channel)
        return [c["args"] for c in posts + updates]


def server_env(fake: FakeSlack, home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ADSAGE_"))}
    env.update(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=f"{fake.url}/api/",
        ADSAGE_HOME=str(home),
        ANONYMIZED_TELEMETRY="False",
    )
    env.update(extra)
    return env
