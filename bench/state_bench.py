"""The shared state store on both engines: single-operation latency, and throughput of the
two things several workers do at once (Slack event claims, batch queue takes).

PostgreSQL is a throwaway cluster from the system's packages (as in the tests), skipped
with the reason when it cannot start; ``ADSAGE_BENCH_DATABASE_URL`` points at an existing
empty database instead.  Knobs: ``ADSAGE_BENCH_CLAIMS`` (ids each worker claims, default
2000), ``ADSAGE_BENCH_KEYS`` (queue keys, default 500), ``ADSAGE_BENCH_WORKERS`` (default 2).
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

_CLAIMS = """
import sys, time
from pathlib import Path
from adsage.state import StateStore
t, n = sys.argv[1], int(sys.argv[2])
s = StateStore(t if "://" in t else Path(t))
s.get("warm", "up")
sys.stdout.write("ready\\n"); sys.stdout.flush(); sys.stdin.readline()
start = time.perf_counter()
won = sum(s.claim("bench.events", f"Ev{i}") for i in range(n))
print(won, time.perf_counter() - start)
"""

_QUEUE = """
import sys, time
from pathlib import Path
from adsage.state import StateStore
t, n, me = sys.argv[1], int(sys.argv[2]), sys.argv[3]
s = StateStore(t if "://" in t else Path(t))
keys = [f"k{i:05d}" for i in range(n)]
s.enqueue("bench.queue", keys)
sys.stdout.write("ready\\n"); sys.stdout.flush(); sys.stdin.readline()
start, got = time.perf_counter(), 0
while (k := s.take("bench.queue", me, stale_after=600)) is not None:
    s.put("bench.queue", k, {"by": me})
    s.release("bench.queue", k, me)
    got += 1
print(got, time.perf_counter() - start)
"""


def _together(code: str, args: list[list[str]]) -> list[tuple[int, float]]:
    """Start the workers, wait until each is connected, then release them at once."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, *a],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for a in args
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    out = []
    for p in procs:
        text, _ = p.communicate(timeout=600)
        count, seconds = text.split()
        out.append((int(count), float(seconds)))
    return out


def _latency(target: Path | str, ops: int = 300) -> dict[str, float]:
    from adsage.state import StateStore

    store = StateStore(target)
    store.put("bench", "warm", {})
    doc = {"brief": {"brand": "SnowPeak", "goal": "Sell 300 snowboards"}, "pad": "x" * 2000}
    put, get, append = [], [], []
    for i in range(ops):
        t0 = time.perf_counter()
        store.put("bench.docs", f"k{i % 20}", doc)
        t1 = time.perf_counter()
        store.get("bench.docs", f"k{i % 20}")
        t2 = time.perf_counter()
        store.append("bench.log", "thread", {"text": "hello", "i": i})
        t3 = time.perf_counter()
        put.append(t1 - t0)
        get.append(t2 - t1)
        append.append(t3 - t2)
    return {
        "put_ms_p50": round(statistics.median(put) * 1000, 3),
        "get_ms_p50": round(statistics.median(get) * 1000, 3),
        "append_ms_p50": round(statistics.median(append) * 1000, 3),
    }


def _engine(target: Path | str) -> dict[str, Any]:
    workers = int(os.environ.get("ADSAGE_BENCH_WORKERS", "2"))
    claims = int(os.environ.get("ADSAGE_BENCH_CLAIMS", "2000"))
    keys = int(os.environ.get("ADSAGE_BENCH_KEYS", "500"))
    data: dict[str, Any] = _latency(target)
    won = _together(_CLAIMS, [[str(target), str(claims)] for _ in range(workers)])
    wall = max(s for _, s in won)
    data["claims"] = {
        "workers": workers,
        "attempts": workers * claims,
        "won": sum(c for c, _ in won),  # must equal the ids: each one exactly once
        "ids": claims,
        "attempts_per_s": round(workers * claims / wall),
    }
    took = _together(_QUEUE, [[str(target), str(keys), f"w{i}"] for i in range(workers)])
    wall = max(s for _, s in took)
    data["queue"] = {
        "workers": workers,
        "keys": keys,
        "taken": sum(c for c, _ in took),  # must equal keys: none twice, none skipped
        "per_worker": [c for c, _ in took],
        "keys_per_s": round(keys / wall),
    }
    return data


@contextlib.contextmanager
def _postgres() -> Iterator[str | None]:
    given = os.environ.get("ADSAGE_BENCH_DATABASE_URL")
    if given:
        yield given
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from fakes.postgres import running_postgres, why_unavailable

    reason = why_unavailable()
    if reason:
        print(f"state bench: PostgreSQL skipped: {reason}", file=sys.stderr)
        yield None
        return
    with running_postgres() as server:
        yield server.create_database()


def run() -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="adsage-state-bench-") as tmp:
        results["sqlite"] = _engine(Path(tmp) / "state.sqlite")
    with _postgres() as url:
        results["postgresql"] = _engine(url) if url else "skipped"
    return results


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
