"""HTTP mode under hostile and heavy traffic: the signature is checked before the body is
parsed, every refusal is a 400/401 and one log line (never HTTP 500 or a traceback), and a
burst of 50 concurrent signed events is acknowledged within Slack's three seconds."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

import pytest
from slack_support import SIGNING_SECRET, Bot


def _post(bot: Bot, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    url = urlparse(bot.url)
    conn = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=10)
    try:
        conn.request("POST", "/slack/events", body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def _signed(body: bytes) -> dict[str, str]:
    """Slack's v0 signature over the raw bytes, as Slack computes it."""
    when = str(int(time.time()))
    base = b"v0:" + when.encode() + b":" + body
    digest = hmac.new(SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": when, "X-Slack-Signature": "v0=" + digest}


def _log_after(bot: Bot, mark: int) -> str:
    time.sleep(0.3)  # the server logs after it answers
    return bot.log.read_bytes()[mark:].decode("utf-8", "replace")


HOSTILE = [
    pytest.param(b"not json at all", {"Content-Type": "application/json"}, 401, id="unsigned-text"),
    pytest.param(b"[1, 2, 3]", {"Content-Type": "application/json"}, 401, id="unsigned-list"),
    pytest.param(b"[[[[", {}, 401, id="unsigned-garbage-no-type"),
    pytest.param(
        b'{"type": "event_callback"}',
        {
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": "",
            "X-Slack-Signature": "v0=00",
        },
        401,
        id="empty-timestamp",
    ),
    pytest.param(
        b'{"type": "event_callback"}',
        {
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": "soon",
            "X-Slack-Signature": "v0=00",
        },
        401,
        id="non-numeric-timestamp",
    ),
    pytest.param(
        b'{"type": "event_callback"}',
        {
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": "1e9",
            "X-Slack-Signature": "v0=00",
        },
        401,
        id="float-timestamp",
    ),
]


@pytest.mark.parametrize(("body", "headers", "status"), HOSTILE)
def test_unsigned_or_malformed_requests_get_one_log_line(
    bot: Bot, body: bytes, headers: dict[str, str], status: int
) -> None:
    mark = bot.log.stat().st_size
    got, _ = _post(bot, body, headers)
    assert got == status
    log = _log_after(bot, mark)
    assert "Traceback" not in log and "Exception in ASGI" not in log
    assert len([line for line in log.splitlines() if "rejected request" in line]) == 1, log


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        (b"[1, 2, 3]", "application/json"),
        (b"{not json", "application/json"),
        (b"payload=%5B1%5D", "application/x-www-form-urlencoded"),
        (b"payload=%7Bnope", "application/x-www-form-urlencoded"),
        (b"\xff\xfe\xfd", "application/json"),
    ],
)
def test_signed_but_unparseable_bodies_are_400(bot: Bot, body: bytes, ctype: str) -> None:
    mark = bot.log.stat().st_size
    got, _ = _post(bot, body, {"Content-Type": ctype, **_signed(body)})
    assert got == 400
    log = _log_after(bot, mark)
    assert "Traceback" not in log
    assert len([line for line in log.splitlines() if "rejected request" in line]) == 1, log


def test_oversized_body_is_refused_before_reading(bot: Bot) -> None:
    got, _ = _post(bot, b"x" * (1024 * 1024 + 1), {"Content-Type": "application/json"})
    assert got == 413


def test_unknown_paths_and_health(bot: Bot) -> None:
    url = urlparse(bot.url)
    conn = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=10)
    try:
        conn.request("GET", "/healthz")
        resp = conn.getresponse()
        health = json.loads(resp.read())
        assert resp.status == 200 and resp.getheader("content-type") == "application/json"
        assert health["status"] == "ok" and health["database"] == {"ok": True}
        assert health["knowledge"]["ok"] is True and health["in_flight"] == 0
        conn.request("GET", "/slack/events")
        assert conn.getresponse().status == 404
    finally:
        conn.close()


def test_fifty_concurrent_signed_events_are_all_acked(bot: Bot) -> None:
    channels = ["C" + uuid.uuid4().hex[:10].upper() for _ in range(50)]

    def one(channel: str) -> tuple[int, float]:
        reply = bot.mention(channel, "help", ts=f"1700000000.{uuid.uuid4().int % 10**6:06d}")
        return reply.status, reply.elapsed

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(one, channels, timeout=60))
    assert [status for status, _ in results] == [200] * 50
    slowest = max(elapsed for _, elapsed in results)
    assert slowest < 3.0, f"slowest ack took {slowest:.2f} s"
    # every event was handled, not just acknowledged
    for channel in channels:
        bot.fake.wait(lambda c=channel: bot.fake.calls_to("chat.postMessage", c), timeout=60)
    log = bot.log.read_text(errors="replace")
    assert "Traceback" not in log and "Exception in ASGI" not in log
