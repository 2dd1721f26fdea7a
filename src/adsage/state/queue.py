"""A work queue in the state database that several workers drain together.

Each key is taken by one worker at a time: on PostgreSQL the taking ``SELECT ... FOR UPDATE
SKIP LOCKED`` lets workers pass each other without waiting; on SQLite the store's immediate
transaction already makes the read-and-mark atomic.  A key whose document exists in the
same namespace counts as done whatever its row says, so a worker that dies between saving
its result and marking the row never causes a second run.  A worker that dies mid-job
hands its keys back: at once when another worker can tell it is gone (``gone``), else once
its hold is older than ``stale_after`` seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from typing import Any

from sqlalchemy import Connection, and_, exists, func, or_, select, update

from adsage.state.tables import docs, queue

READY, TAKEN, DONE, FAILED = "ready", "taken", "done", "failed"
_CHUNK = 500  # rows per INSERT: SQLite caps the bound values of one statement


def _saved() -> Any:
    return exists().where(docs.c.ns == queue.c.ns, docs.c.key == queue.c.key)


def enqueue(con: Connection, insert: Callable[[Any], Any], ns: str, keys: Sequence[str]) -> None:
    """Queue new keys in the given order; failed keys, and done keys whose result is gone,
    become ready again (a new run retries them)."""
    if not keys:
        return
    start = int(
        con.execute(
            select(func.coalesce(func.max(queue.c.n), 0)).where(queue.c.ns == ns)
        ).scalar_one()
    )
    rows = [{"ns": ns, "key": k, "n": start + i + 1, "state": READY} for i, k in enumerate(keys)]
    for i in range(0, len(rows), _CHUNK):
        con.execute(insert(queue).values(rows[i : i + _CHUNK]).on_conflict_do_nothing())
    again = or_(queue.c.state == FAILED, and_(queue.c.state == DONE, ~_saved()))
    for i in range(0, len(keys), _CHUNK):
        con.execute(
            update(queue)
            .where(queue.c.ns == ns, queue.c.key.in_(keys[i : i + _CHUNK]), again)
            .values(state=READY, owner=None, taken=None, error=None, exit_code=None)
        )


def take(
    con: Connection,
    ns: str,
    owner: str,
    keys: Collection[str],
    *,
    stale_after: float,
    gone: Callable[[str], bool],
) -> str | None:
    """The first ready key among ``keys`` (queue order), now held by ``owner``; None when
    every one is done, failed or held by a live worker."""
    if not keys:
        return None
    now = time.time()
    mine = and_(queue.c.ns == ns, queue.c.key.in_(list(keys)), ~_saved())
    holders = con.execute(
        select(queue.c.owner).where(mine, queue.c.state == TAKEN).distinct()
    ).scalars()
    dead = [h for h in holders if h and h != owner and gone(h)]
    free = or_(
        queue.c.state == READY,
        and_(
            queue.c.state == TAKEN,
            or_(queue.c.taken < now - stale_after, queue.c.owner.in_(dead)),
        ),
    )
    key = con.execute(
        select(queue.c.key)
        .where(mine, free)
        .order_by(queue.c.n, queue.c.key)
        .limit(1)
        .with_for_update(skip_locked=True)
    ).scalar()
    if key is None:
        return None
    con.execute(
        update(queue)
        .where(queue.c.ns == ns, queue.c.key == key)
        .values(state=TAKEN, owner=owner, taken=now)
    )
    return str(key)


def release(
    con: Connection, ns: str, key: str, owner: str, *, error: str | None, exit_code: int
) -> None:
    """Mark a held key done, or failed with its one-line reason (other workers report it)."""
    con.execute(
        update(queue)
        .where(queue.c.ns == ns, queue.c.key == key, queue.c.owner == owner)
        .values(
            state=DONE if error is None else FAILED,
            error=error,
            exit_code=None if error is None else exit_code,
            taken=time.time(),
        )
    )


def status(con: Connection, ns: str, keys: Collection[str]) -> dict[str, dict[str, Any]]:
    """Per key: ``state``, ``owner``, ``error``, ``exit_code`` and ``saved`` (result stored)."""
    if not keys:
        return {}
    rows = con.execute(
        select(
            queue.c.key,
            queue.c.state,
            queue.c.owner,
            queue.c.error,
            queue.c.exit_code,
            _saved().label("saved"),
        ).where(queue.c.ns == ns, queue.c.key.in_(list(keys)))
    ).all()
    return {
        str(r.key): {
            "state": r.state,
            "owner": r.owner,
            "error": r.error,
            "exit_code": r.exit_code,
            "saved": bool(r.saved),
        }
        for r in rows
    }


def hand_back(con: Connection, ns: str, keys: Collection[str], owner: str) -> None:
    """Make keys ``owner`` still holds ready again (a worker stopping before finishing)."""
    if not keys:
        return
    con.execute(
        update(queue)
        .where(
            queue.c.ns == ns,
            queue.c.key.in_(list(keys)),
            queue.c.owner == owner,
            queue.c.state == TAKEN,
        )
        .values(state=READY, owner=None, taken=None)
    )
