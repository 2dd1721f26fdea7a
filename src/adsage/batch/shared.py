"""Several batch workers (processes, machines) draining one list of briefs together.

Every worker is started with the same briefs and options against one state database
(``ADSAGE_DATABASE_URL`` for several machines).  The briefs' checkpoint keys go into the
database's work queue; each worker takes the next free key, drafts it and checkpoints it,
then reports the briefs the others finished from their checkpoints, so every worker ends
with the complete, ordered result and no brief is drafted twice.  A worker killed mid-brief
hands its brief back: at once to a worker on the same machine (its process is gone), else
after :func:`stale_after` seconds.
"""

from __future__ import annotations

import hashlib
import os
import socket
import uuid
from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adsage.config import Settings
    from adsage.state.store import StateStore

POLL = 0.2  # seconds between looks at briefs other workers hold


@cache
def _place() -> str:
    """This machine and PID namespace: a PID means the same process only within both."""
    try:
        space = os.readlink("/proc/self/ns/pid")
    except OSError:
        space = ""
    return f"{socket.gethostname()}|{space}"


def owner_id() -> str:
    return f"{_place()}|{os.getpid()}|{uuid.uuid4().hex[:8]}"


def owner_gone(owner: str) -> bool:
    """True only when ``owner`` is a process here that no longer exists."""
    place, _, rest = owner.rpartition("|")[0].rpartition("|")
    if place != _place() or not rest.isdigit():
        return False
    try:
        os.kill(int(rest), 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists, but belongs to someone else
        return False
    return False


def stale_after(settings: Settings) -> float:
    """How long a brief may stay held before another machine's worker takes it over: well
    beyond the longest a plan may take, so a slow model never makes a brief run twice."""
    return max(600.0, 2 * (settings.plan_deadline or 900.0))


class SharedQueue:
    """The queue of one batch: the workers given the same briefs and options share it (its
    name hashes their checkpoint keys); results are the checkpoints in ``results``."""

    def __init__(
        self,
        store: StateStore,
        results: str,
        batch: Collection[str],
        pending: list[str],
        settings: Settings,
    ) -> None:
        """``batch``: every brief's key (names the queue, the same for each worker however
        far the others got); ``pending``: those without a checkpoint yet."""
        digest = hashlib.sha256("\n".join(sorted(set(batch))).encode()).hexdigest()[:32]
        self.store, self.ns, self.results = store, f"{results}.queue/{digest}", results
        self.owner = owner_id()
        self.stale_after = stale_after(settings)
        store.enqueue(self.ns, pending, results=results)

    def take(self) -> str | None:
        return self.store.take(
            self.ns,
            self.owner,
            stale_after=self.stale_after,
            gone=owner_gone,
            results=self.results,
        )

    def release(self, key: str, error: str | None = None, exit_code: int = 1) -> None:
        self.store.release(self.ns, key, self.owner, error=error, exit_code=exit_code)

    def settle(
        self,
        key: str,
        value: dict[str, Any] | None,
        error: str | None = None,
        exit_code: int = 1,
        *,
        take_next: bool = False,
    ) -> str | None:
        """Save the key's result (if any) and mark it done or failed, in one transaction;
        with ``take_next`` that transaction also takes the next key (returned, as
        :meth:`take` returns it): one commit per job instead of two."""
        return self.store.settle(
            self.ns,
            key,
            self.owner,
            results=self.results,
            value=value,
            error=error,
            exit_code=exit_code,
            take_next=self.stale_after if take_next else None,
            gone=owner_gone,
        )

    def hand_back(self, keys: Collection[str]) -> None:
        self.store.hand_back(self.ns, keys, self.owner)

    def status(self, keys: Collection[str]) -> dict[str, dict[str, Any]]:
        return self.store.queue_status(self.ns, keys, results=self.results)
