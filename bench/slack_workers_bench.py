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
import importlib.util
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RATE = 200  # events per second
SECRET = "bench-signing-secret"
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


def _fake_slack() -> Any:
    path = ROOT / "tests" / "slack" / "fake_slack.py"
    spec = importlib.util.spec_from_file_location("adsage_bench_fake_slack", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not come up")
        time.sleep(0.2)


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
    mac = hmac.new(SECRET.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256)
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
    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        return {"skipped": "the chroma CLI is not installed"}
    fake_mod = _fake_slack()
    fake = fake_mod.FakeSlack().start()
    tmp = Path(tempfile.mkdtemp(prefix="adsage-slack-bench-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        cport = _free_port()
        procs.append(
            subprocess.Popen(
                [str(chroma), "run", "--path", str(tmp / "chroma")]
                + ["--host", "127.0.0.1", "--port", str(cport)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        chroma_url = f"http://127.0.0.1:{cport}"
        _wait(chroma_url + "/api/v2/heartbeat", procs[-1])
        from adsage.config import load_settings
        from adsage.knowledge.ingest import index_paths

        index_paths(load_settings(home=tmp / "indexer", chroma_url=chroma_url))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ADSAGE_"))}
        env.update(
            SLACK_BOT_TOKEN=fake_mod.BOT_TOKEN,
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=f"{fake.url}/api/",
            ADSAGE_CHROMA_URL=chroma_url,
            ADSAGE_DATABASE_URL=f"sqlite:///{tmp / 'shared' / 'state.sqlite'}",
            ANONYMIZED_TELEMETRY="False",
        )
        if os.environ.get("ADSAGE_MODEL_DIR"):
            env["ADSAGE_MODEL_DIR"] = os.environ["ADSAGE_MODEL_DIR"]
        ports = []
        for name in ("a", "b"):
            port = _free_port()
            log = (tmp / f"worker-{name}.log").open("wb")
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "adsage", "slack", "--http"]
                    + ["--host", "127.0.0.1", "--port", str(port)],
                    env={**env, "ADSAGE_HOME": str(tmp / f"home-{name}")},
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
            _wait(f"http://127.0.0.1:{port}/healthz", procs[-1])
            ports.append(port)
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
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        fake.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    print(json.dumps(run(parser.parse_args().seconds), indent=2))
