"""Unfinished Slack turns, kept in the state store so no worker's death loses one.

Slack gets its acknowledgement before the answer is worked out (lazy listeners), so a worker
that is killed or restarted mid-turn would otherwise drop the question silently: Slack will
not retry an event it saw acknowledged.  So the request is written here before the
acknowledgement leaves, under a key that names the worker holding it, and deleted once the
answer is posted.  Each worker renews one heartbeat of its own (not one per turn: under a
burst a worker holds thousands of queued turns); every worker scans the list for turns whose
holder's heartbeat stopped (a crash) or was withdrawn (a graceful stop that ran out of time)
and replays them.  ``StateStore.claim`` on ``turn#attempt`` makes exactly one worker win each
takeover.
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
NS_WORK = "slack-work"  # key: "<worker>|<turn>", value: the request and attempt count
NS_WORKERS = "slack-workers"  # key: worker name, value: its last heartbeat
NS_TAKEN = "slack-work-taken"
SEP = "|"
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
        self.name = (name or worker_name()).replace(SEP, "-")
        self._mine: dict[str, str] = {}  # turn -> its key in the store
        self._beat_at = 0.0
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ---- one turn ------------------------------------------------------------------------

    def open(self, turn: str, request: dict[str, Any]) -> bool:
        """Record a turn before Slack is told it arrived (``request``: raw body and type).

        False when this worker already holds the turn (a Slack retry of an event it is still
        answering): the repeat must leave the running turn's record alone."""
        with self._lock:
            if turn in self._mine:
                return False
        if time.time() - self._beat_at > self.lease / 3:
            self.beat()  # a worker's first turn: make it known as alive
        key = self.name + SEP + turn
        self.store.put(NS_WORK, key, {"request": request, "attempt": 0, "at": time.time()})
        with self._lock:
            self._mine[turn] = key
        return True

    def done(self, turn: str) -> None:
        """The answer is posted (or the failure reported): nothing is left to resume.

        The turn leaves this worker's list before its record is deleted: a repeat opened in
        between writes a record of its own and closes it, where popping after the delete
        would drop the repeat's entry and leave its record behind for good."""
        with self._lock:
            key = self._mine.pop(turn, None)
        try:
            if key is not None:
                self.store.delete(NS_WORK, key)
        finally:
            with self._lock:
                self._idle.notify_all()

    def in_flight(self) -> list[str]:
        with self._lock:
            return sorted(self._mine)

    # ---- heartbeat and takeover ----------------------------------------------------------

    def beat(self) -> None:
        self._beat_at = time.time()
        self.store.put(NS_WORKERS, self.name, {"beat": self._beat_at})

    def _quiet(self, worker: str, seen: dict[str, bool]) -> bool:
        """Whether ``worker`` stopped beating (cached for one scan)."""
        if worker not in seen:
            doc = self.store.get(NS_WORKERS, worker)
            seen[worker] = doc is None or time.time() - float(doc.get("beat") or 0) >= self.lease
        return seen[worker]

    def take(self, key: str, seen: dict[str, bool] | None = None) -> dict[str, Any] | None:
        """The request of a turn whose worker went quiet, if this worker wins it."""
        owner, _, turn = key.partition(SEP)
        if owner == self.name or not turn or not self._quiet(owner, {} if seen is None else seen):
            return None
        doc = self.store.get(NS_WORK, key)
        if doc is None:
            return None
        attempt = int(doc.get("attempt") or 0) + 1
        if not self.store.claim(NS_TAKEN, f"{turn}#{attempt}"):
            return None
        if attempt > MAX_ATTEMPTS:
            log.error("giving up turn %s after %d attempts", turn, attempt - 1)
            self.store.delete(NS_WORK, key)
            return None
        if time.time() - self._beat_at > self.lease / 3:
            self.beat()
        mine = self.name + SEP + turn
        # written under this worker's name before the old record goes: a crash in between
        # leaves a spare record, never none
        self.store.put(NS_WORK, mine, {**doc, "attempt": attempt})
        self.store.delete(NS_WORK, key)
        with self._lock:
            self._mine[turn] = mine
        log.info("resuming turn %s (attempt %d, was %s)", turn, attempt, owner)
        return dict(doc["request"])

    def scan(self, replay: Replay) -> int:
        """Replay every turn this worker wins; returns how many."""
        won = 0
        seen: dict[str, bool] = {}
        for key in self.store.keys(NS_WORK):
            request = self.take(key, seen)
            if request is not None:
                won += 1
                replay(key.partition(SEP)[2], request)
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

        self.beat()
        self._thread = threading.Thread(target=loop, name="adsage-handoff", daemon=True)
        self._thread.start()

    def stop(self, grace: float) -> list[str]:
        """Stop scanning, wait up to ``grace`` seconds for this worker's turns, and hand the
        rest back (this worker's heartbeat withdrawn, so any worker resumes them at its next
        scan)."""
        self._stop.set()
        deadline = time.monotonic() + grace
        with self._lock:
            while self._mine and (left := deadline - time.monotonic()) > 0:
                self._idle.wait(left)
            left_over = sorted(self._mine)
        self.store.delete(NS_WORKERS, self.name)
        if left_over:
            log.warning("handed back %d unfinished turn(s) to the other workers", len(left_over))
        return left_over
