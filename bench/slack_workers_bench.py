"""Two ``adsage slack --http`` workers under a steady stream of signed events.

The deployment of docs/deploy.md in miniature: one ``chroma run``, one state database (a
shared SQLite file), two workers with empty homes, and the local Slack Web API stand-in
from the tests.  Events go out open-loop at ``RATE`` per second, alternating workers, each
in its own channel; answers are offline.  Reported: acknowledgement latency (what Slack's
three-second rule is about), how many events got exactly one reply, and reply latency.

Default run: 5 s.  The full run (30 s) is ``python -m bench.slack_workers_bench --seconds 30``
or ``BENCH_SLACK_SECONDS=30 make bench``.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RATE = 200  # events per second
# What people ask a bot all day, none of it needing a model: help, goal checks, test sizes,
# and one question in ten that goes to the knowledge server.
TEXTS = [
    "help",
    "check goal get 200 newsletter sign-ups by 31 January 2027",
    "abplan baseline=1.2% mde=20%",
    "help",
    "check goal more followers",
    "abplan baseline=2% mde=15% variants=3",
    "help",
    "check goal sprzedać 50 kursów do końca marca 2027",
    "help",
    "How long does the learning phase last?",
]


def _deployment() -> Any:
    """The tests' deployment helpers (Slack stand-in, ``chroma run``, worker processes)."""
    folder = str(ROOT / "tests" / "slack")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import cluster  # type: ignore[import-not-found]

    return cluster


def _body(i: int, channel: str) -> bytes:
    ts = f"1700000000.{i:06d}"
    return json.dumps(
        {
            "token": "legacy",
            "team_id": "T1",
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": f"EvBench{os.getpid()}x{i}",
            "event_time": int(time.time()),
            "event": {
                "type": "app_mention",
                "user": "U999",
                "text": f"<@UBOT> {TEXTS[i % len(TEXTS)]}",
                "ts": ts,
                "channel": channel,
                "event_ts": ts,
            },
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
        }
    ).encode()


def _headers(body: bytes) -> dict[str, str]:
    stamp = str(int(time.time()))
    from slack_support import SIGNING_SECRET  # type: ignore[import-not-found]

    mac = hmac.new(SIGNING_SECRET.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256)
    return {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": "v0=" + mac.hexdigest(),
    }


def _load(ports: list[int], seconds: float) -> tuple[list[dict[str, Any]], float]:
    """Send RATE events per second, open-loop: event i leaves at start + i / RATE whatever
    the earlier ones are doing (a slow ack does not slow the stream down)."""
    total = int(RATE * seconds)
    senders = 160  # enough that a slow acknowledgement never holds the stream back
    results: list[dict[str, Any]] = [{} for _ in range(total)]
    start = time.monotonic() + 0.5

    def sender(k: int) -> None:
        conns: dict[int, http.client.HTTPConnection] = {}
        for i in range(k, total, senders):
            port = ports[i % len(ports)]
            channel = f"CBENCH{i:06d}"
            body = _body(i, channel)
            delay = start + i / RATE - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            sent = time.monotonic()
            status = 0
            for _ in range(2):  # a keep-alive connection the server closed: reconnect once
                conn = conns.get(port) or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conns[port] = conn
                try:
                    conn.request("POST", "/slack/events", body=body, headers=_headers(body))
                    resp = conn.getresponse()
                    resp.read()
                    status = resp.status
                    break
                except (OSError, http.client.HTTPException):
                    conn.close()
                    conns.pop(port, None)
            results[i] = {
                "channel": channel,
                "status": status,
                "sent": sent,
                "late": sent - (start + i / RATE),
                "ack": time.monotonic() - sent,
            }
        for conn in conns.values():
            conn.close()

    threads = [threading.Thread(target=sender, args=(k,)) for k in range(senders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, time.monotonic() - start


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)


def run(seconds: float | None = None) -> dict[str, Any]:
    seconds = float(seconds or os.environ.get("BENCH_SLACK_SECONDS") or 5)
    deploy = _deployment()
    if not deploy.chroma_binary():
        return {"skipped": "the chroma CLI is not installed"}
    from fake_slack import FakeSlack  # type: ignore[import-not-found]

    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    fake = FakeSlack().start()
    tmp = Path(tempfile.mkdtemp(prefix="adsage-slack-bench-"))
    group = deploy.Cluster(tmp, fake, f"sqlite:///{tmp / 'shared' / 'state.sqlite'}")
    try:
        url = group.start_chroma()
        index_paths(load_settings(home=tmp / "indexer", chroma_url=url))
        shared = {k: v for k, v in os.environ.items() if k == "ADSAGE_MODEL_DIR"}
        workers = [group.worker(name, **shared) for name in ("a", "b")]
        ports = [int(w.bot.url.rsplit(":", 1)[1]) for w in workers]
        results, elapsed = _load(ports, seconds)
        # replies: wait until every event has one, or nothing new arrives for 20 s
        expected = {r["channel"] for r in results}
        last, seen_at = -1, time.monotonic()
        while True:
            with fake.lock:
                n = len(fake.calls)
            if n != last:
                last, seen_at = n, time.monotonic()
            with fake.lock:
                replied = {
                    c["args"].get("channel")
                    for c in fake.calls
                    if c["method"] == "chat.postMessage"
                }
            if expected <= replied or time.monotonic() - seen_at > 20:
                break
            time.sleep(0.5)
        drained = time.monotonic()
        with fake.lock:
            posts = [c for c in fake.calls if c["method"] == "chat.postMessage"]
        first_post: dict[str, float] = {}
        per_channel: Counter[str] = Counter()
        for c in posts:
            ch = str(c["args"].get("channel"))
            per_channel[ch] += 1
            first_post.setdefault(ch, c["at"])
        sent_at = {r["channel"]: r["sent"] for r in results}
        reply_lat = [first_post[ch] - sent_at[ch] for ch in expected if ch in first_post]
        acks = [r["ack"] for r in results if r["status"] == 200]
        statuses = Counter(str(r["status"]) for r in results)
        # a question posts "working on it" and then updates it: one post per event either way
        return {
            "workers": 2,
            "database": "sqlite (shared file)",
            "rate_per_s": RATE,
            "seconds": seconds,
            "events": len(results),
            "sent_per_s": round(len(results) / elapsed, 1),
            "send_late_p99_ms": _pct([r["late"] for r in results], 0.99),
            "statuses": dict(statuses),
            "ack_p50_ms": _pct(acks, 0.5) if acks else None,
            "ack_p99_ms": _pct(acks, 0.99) if acks else None,
            "ack_max_ms": round(max(acks) * 1000, 1) if acks else None,
            "acks_over_3s": sum(1 for a in acks if a > 3.0),
            "replied": len(reply_lat),
            "replied_more_than_once": sum(1 for ch in expected if per_channel[ch] > 1),
            "reply_p50_ms": _pct(reply_lat, 0.5) if reply_lat else None,
            "reply_p99_ms": _pct(reply_lat, 0.99) if reply_lat else None,
            "all_replied_after_s": round(drained - min(sent_at.values()), 1),
            "reply_mean_ms": round(statistics.fmean(reply_lat) * 1000, 1) if reply_lat else None,
        }
    finally:
        group.close()
        fake.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    print(json.dumps(run(parser.parse_args().seconds), indent=2))
