"""Per-thread memory: the working brief, the last drafts the buttons act on, and history.

A Slack thread is a conversation about one campaign, so state is keyed by team, channel and
thread; a slash command (which has no thread) keys by channel and user instead.  Only a few
recent draft sets are kept, because buttons on old messages are rarely pressed and the
document must stay small.
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

from adsage.state.store import StateStore

NS_THREADS = "slack-threads"
NS_HISTORY = "slack-history"
NS_EVENTS = "slack-events"
KEEP_SETS = 6
HISTORY_CHARS = 2000


def thread_key(team: str | None, channel: str, thread_ts: str) -> str:
    return f"{team or '-'}:{channel}:{thread_ts}"


def command_key(team: str | None, channel: str, user: str) -> str:
    return f"{team or '-'}:{channel}:user:{user}"


class Threads:
    """Thin typed access to the store; every call is one short transaction."""

    def __init__(self, store: StateStore) -> None:
        self.store = store
        # Buttons and messages of one thread run on worker threads; read-modify-write of
        # the thread document must not interleave within this process.
        self._lock = threading.RLock()

    def load(self, key: str) -> dict[str, Any]:
        return self.store.get(NS_THREADS, key) or {}

    def save(self, key: str, doc: dict[str, Any]) -> None:
        self.store.put(NS_THREADS, key, doc)

    def update(self, key: str, **fields: Any) -> dict[str, Any]:
        with self._lock:
            doc = self.load(key)
            doc.update(fields)
            self.save(key, doc)
            return doc

    def remember(self, key: str, role: str, text: str) -> None:
        self.store.append(
            NS_HISTORY, key, {"role": role, "text": text[:HISTORY_CHARS], "at": time.time()}
        )

    def history(self, key: str, last: int = 20) -> list[dict[str, Any]]:
        return self.store.items(NS_HISTORY, key, last=last)

    def claim_event(self, event_id: str) -> bool:
        return self.store.claim(NS_EVENTS, event_id)

    def add_set(self, key: str, variants: list[dict[str, Any]], **meta: Any) -> str:
        """Store a draft set for the buttons; returns its id."""
        set_id = uuid.uuid4().hex[:10]
        with self._lock:
            doc = self.load(key)
            sets = dict(doc.get("sets") or {})
            sets[set_id] = {"variants": variants, "regen": 0, "at": time.time(), **meta}
            by_age = sorted(sets, key=lambda s: sets[s].get("at", 0))
            for old in by_age[: max(0, len(sets) - KEEP_SETS)]:
                del sets[old]
            doc["sets"] = sets
            self.save(key, doc)
        return set_id

    def get_set(self, key: str, set_id: str) -> dict[str, Any] | None:
        sets = self.load(key).get("sets") or {}
        found = sets.get(set_id)
        return dict(found) if isinstance(found, dict) else None

    def put_set(self, key: str, set_id: str, value: dict[str, Any]) -> None:
        with self._lock:
            doc = self.load(key)
            sets = dict(doc.get("sets") or {})
            sets[set_id] = value
            doc["sets"] = sets
            self.save(key, doc)
