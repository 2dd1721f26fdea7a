"""A work queue in the state database that several workers drain together.

One queue is one namespace (``ns``): the workers of one batch share it.  Each key is taken
by one worker at a time: on PostgreSQL the taking ``SELECT ... FOR UPDATE SKIP LOCKED`` lets
workers pass each other without waiting; on SQLite the store's immediate transaction already
makes the read-and-mark atomic.  A key whose result document exists (namespace
``results``) counts as done whatever its row says, so a worker that dies between saving its
result and marking the row never causes a second run.  A worker that dies mid-job hands its
keys back: at once when another worker can tell it is gone (``gone``), else once its hold
is older than ``stale_after`` seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, and_, bindparam, exists, func, or_, select, update

from adsage.state.tables import docs, queue

READY, TAKEN, DONE, FAILED = "ready", "taken", "done", "failed"
_CHUNK = 500  # rows per INSERT: SQLite caps the bound values of one statement


def _saved(results: str) -> Any:
    return exists().where(docs.c.ns == results, docs.c.key == queue.c.key)


def enqueue(
    con: Connection, insert: Callable[[Any], Any], ns: str, keys: Sequence[str], results: str
) -> None:
    """Queue new keys in the given order; failed keys, and done keys whose result is gone,
    become ready again (a new run retries them)."""
    start = int(
        con.execute(
            select(func.coalesce(func.max(queue.c.n), 0)).where(queue.c.ns == ns)
        ).scalar_one()
    )
    rows = [{"ns": ns, "key": k, "n": start + i + 1, "state": READY} for i, k in enumerate(keys)]
    for i in range(0, len(rows), _CHUNK):
        con.execute(insert(queue).values(rows[i : i + _CHUNK]).on_conflict_do_nothing())
    again = or_(queue.c.state == FAILED, and_(queue.c.state == DONE, ~_saved(results)))
    con.execute(
        update(queue)
        .where(queue.c.ns == ns, again)
        .values(state=READY, owner=None, taken=None, error=None, exit_code=None)
    )


def take(
    con: Connection,
    ns: str,
    owner: str,
    results: str,
    *,
    stale_after: float,
    gone: Callable[[str], bool],
) -> str | None:
    """The first free key, now held by ``owner``: a ready one in queue order, else one a
    dead or stale worker holds; None when every key is done, failed or held by a live
    worker."""
    now = time.time()
    # the common case first: a ready key, with no look at other workers' holds
    ready = _take_first(con, ns, owner, results, now, _statements().first_ready)
    if ready is not None:
        return ready
    holders = con.execute(
        select(queue.c.owner).where(queue.c.ns == ns, queue.c.state == TAKEN).distinct()
    ).scalars()
    dead = [h for h in holders if h and h != owner and gone(h)]
    free = or_(
        queue.c.state == READY,
        and_(
            queue.c.state == TAKEN,
            queue.c.owner != owner,  # its own holds are in flight in its own threads
            or_(queue.c.taken < now - stale_after, queue.c.owner.in_(dead)),
        ),
    )
    return _take_first(con, ns, owner, results, now, _first(free))


class _Statements:
    """The statements every job runs, built once with their values bound at execution:
    on SQLite building a statement costs more than running it."""

    def __init__(self) -> None:
        here = (queue.c.ns == bindparam("q_ns"), queue.c.key == bindparam("q_key"))
        self.first_ready = _first(queue.c.state == READY)
        self.mark_done = update(queue).where(*here).values(state=DONE, taken=bindparam("q_now"))
        self.mark_taken = (
            update(queue)
            .where(*here)
            .values(state=TAKEN, owner=bindparam("q_owner"), taken=bindparam("q_now"))
        )
        self.release = (
            update(queue)
            .where(*here, queue.c.owner == bindparam("q_owner"))
            .values(
                state=bindparam("q_state"),
                error=bindparam("q_error"),
                exit_code=bindparam("q_exit_code"),
                taken=bindparam("q_now"),
            )
        )


@cache
def _statements() -> _Statements:
    return _Statements()


def _first(free: Any) -> Any:
    """The first key matching ``free`` (queue order) and whether its result is saved."""
    saved = exists().where(docs.c.ns == bindparam("q_results"), docs.c.key == queue.c.key)
    return (
        select(queue.c.key, saved.label("saved"))
        .where(queue.c.ns == bindparam("q_ns"), free)
        .order_by(queue.c.n, queue.c.key)
        .limit(1)
        .with_for_update(skip_locked=True, of=queue)
    )


def _take_first(
    con: Connection, ns: str, owner: str, results: str, now: float, first: Any
) -> str | None:
    """The first key ``first`` finds, now held by ``owner``."""
    st = _statements()
    while (row := con.execute(first, {"q_ns": ns, "q_results": results}).first()) is not None:
        here = {"q_ns": ns, "q_key": row.key, "q_now": now}
        if row.saved:
            # its result is stored (its worker died before marking it): done, look again
            con.execute(st.mark_done, here)
            continue
        con.execute(st.mark_taken, {**here, "q_owner": owner})
        return str(row.key)
    return None


def release(
    con: Connection, ns: str, key: str, owner: str, *, error: str | None, exit_code: int
) -> None:
    """Mark a held key done, or failed with its one-line reason (other workers report it)."""
    con.execute(
        _statements().release,
        {
            "q_ns": ns,
            "q_key": key,
            "q_owner": owner,
            "q_state": DONE if error is None else FAILED,
            "q_error": error,
            "q_exit_code": None if error is None else exit_code,
            "q_now": time.time(),
        },
    )


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


def status(
    con: Connection, ns: str, keys: Collection[str], results: str
) -> dict[str, dict[str, Any]]:
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
            _saved(results).label("saved"),
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
