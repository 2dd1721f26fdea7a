"""Unfinished Slack turns, kept in the state store so no worker's death loses one.

Slack gets its acknowledgement before the answer is worked out (lazy listeners), so a worker
that is killed or restarted mid-turn would otherwise drop the question silently: Slack will
not retry an event it saw acknowledged.  So the request is written here before the
acknowledgement leaves, the worker holding it renews a heartbeat while it works, and the
record is deleted once the answer is posted.  Every worker scans for records whose heartbeat
stopped (a crash) or was handed back (a graceful stop that ran out of time) and replays them;
``StateStore.claim`` on ``key#attempt`` makes exactly one worker win each takeover.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from adsage.state.store import StateStore

log = logging.getLogger("adsage.slack.handoff")
NS_WORK = "slack-work"
NS_TAKEN = "slack-work-taken"
# A turn that brought its worker down this many times is given up (and logged), not replayed
# forever.
MAX_ATTEMPTS = 3

Replay = Callable[[str, dict[str, Any]], None]


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Handoff:
    """This worker's view of the shared list of unfinished turns."""

    def __init__(self, store: StateStore, *, lease: float, name: str | None = None) -> None:
        self.store = store
        self.lease = lease
        self.name = name or worker_name()
        self._mine: set[str] = set()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ---- one turn ------------------------------------------------------------------------

    def open(self, key: str, request: dict[str, Any]) -> None:
        """Record a turn before Slack is told it arrived (``request``: raw body and type)."""
        doc = {"request": request, "worker": self.name, "beat": time.time(), "attempt": 0}
        self.store.put(NS_WORK, key, doc)
        with self._lock:
            self._mine.add(key)

    def done(self, key: str) -> None:
        """The answer is posted (or the failure reported): nothing is left to resume."""
        try:
            self.store.delete(NS_WORK, key)
        finally:
            with self._lock:
                self._mine.discard(key)
                self._idle.notify_all()

    def in_flight(self) -> list[str]:
        with self._lock:
            return sorted(self._mine)

    # ---- heartbeat and takeover ----------------------------------------------------------

    def beat(self) -> None:
        now = time.time()
        for key in self.in_flight():
            doc = self.store.get(NS_WORK, key)
            if doc is not None and doc.get("worker") == self.name:
                doc["beat"] = now
                self.store.put(NS_WORK, key, doc)

    def take(self, key: str) -> dict[str, Any] | None:
        """The request of a turn whose worker went quiet, if this worker wins it."""
        doc = self.store.get(NS_WORK, key)
        if doc is None or time.time() - float(doc.get("beat") or 0) < self.lease:
            return None
        attempt = int(doc.get("attempt") or 0) + 1
        if not self.store.claim(NS_TAKEN, f"{key}#{attempt}"):
            return None
        if attempt > MAX_ATTEMPTS:
            log.error("giving up turn %s after %d attempts", key, attempt - 1)
            self.store.delete(NS_WORK, key)
            return None
        was = doc.get("worker")
        doc.update(worker=self.name, beat=time.time(), attempt=attempt)
        self.store.put(NS_WORK, key, doc)
        with self._lock:
            self._mine.add(key)
        log.info("resuming turn %s (attempt %d, was %s)", key, attempt, was)
        return dict(doc["request"])

    def scan(self, replay: Replay) -> int:
        """Replay every turn this worker wins; returns how many."""
        won = 0
        for key in self.store.keys(NS_WORK):
            with self._lock:
                if key in self._mine:
                    continue
            request = self.take(key)
            if request is not None:
                won += 1
                replay(key, request)
        return won

    def start(self, replay: Replay) -> None:
        """Heartbeat and scan in one daemon thread, every third of the lease."""
        if self._thread is not None:
            return

        def loop() -> None:
            while not self._stop.wait(self.lease / 3):
                try:
                    self.beat()
                    self.scan(replay)
                except Exception as exc:  # noqa: BLE001 - the database may be down a while
                    log.warning("unfinished-turn scan failed: %s", str(exc).splitlines()[0])

        self._thread = threading.Thread(target=loop, name="adsage-handoff", daemon=True)
        self._thread.start()

    def stop(self, grace: float) -> list[str]:
        """Stop scanning, wait up to ``grace`` seconds for this worker's turns, and hand the
        rest back (heartbeat zeroed, so any worker resumes them at its next scan)."""
        self._stop.set()
        deadline = time.monotonic() + grace
        with self._lock:
            while self._mine and (left := deadline - time.monotonic()) > 0:
                self._idle.wait(left)
            left_over = sorted(self._mine)
        for key in left_over:
            doc = self.store.get(NS_WORK, key)
            if doc is not None and doc.get("worker") == self.name:
                doc.update(beat=0, worker=f"{self.name} (stopped)")
                self.store.put(NS_WORK, key, doc)
        if left_over:
            log.warning("handed back %d unfinished turn(s) to the other workers", len(left_over))
        return left_over
