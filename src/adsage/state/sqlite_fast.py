"""The batch's per-brief transaction on SQLite, in plain DB-API calls.

A batch settles every brief in one transaction (save its result, release its key, take the
next key).  Through SQLAlchemy Core that costs about 1.5 ms of CPU per brief, several times
what SQLite spends on the work, because each statement goes through the execution and result
machinery; here the same statements (the SQL SQLAlchemy compiles for them, written out) run
on the engine's own pooled connection, in the same ``BEGIN IMMEDIATE`` transaction, so the
guarantees stay those of :mod:`adsage.state.queue`: one commit per brief (a crash loses at
most the brief in flight) and a key taken by exactly one worker.  PostgreSQL keeps the Core
path (its cost is the round trip, not the library).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Engine

from adsage.state.queue import DONE, FAILED, READY, TAKEN

UPSERT_DOC = (
    'INSERT INTO docs (ns, "key", value, updated) VALUES (?, ?, ?, ?) '
    'ON CONFLICT (ns, "key") DO UPDATE SET value = excluded.value, updated = excluded.updated'
)
RELEASE = (
    "UPDATE queue SET state = ?, taken = ?, error = ?, exit_code = ? "
    'WHERE ns = ? AND "key" = ? AND owner = ?'
)
FIRST_READY = (
    'SELECT queue."key", EXISTS (SELECT * FROM docs WHERE docs.ns = ? AND docs."key" = '
    'queue."key") AS saved FROM queue WHERE queue.ns = ? AND queue.state = ? '
    'ORDER BY queue.n, queue."key" LIMIT 1'
)
MARK_DONE = 'UPDATE queue SET state = ?, taken = ? WHERE ns = ? AND "key" = ?'
MARK_TAKEN = 'UPDATE queue SET state = ?, owner = ?, taken = ? WHERE ns = ? AND "key" = ?'


@contextmanager
def transaction(engine: Engine) -> Iterator[sqlite3.Cursor]:
    """One write transaction on a pooled connection (the engine's ``connect`` hook has put
    it in WAL mode with the driver's own transaction handling off): committed when the
    block ends, rolled back when it raises."""
    raw = engine.raw_connection()
    try:
        cur: sqlite3.Cursor = raw.cursor()  # type: ignore[assignment]
        cur.execute("BEGIN IMMEDIATE")
        try:
            yield cur
        except BaseException:
            # the error that got here matters more (and SQLite may have rolled back already)
            with suppress(sqlite3.Error):
                cur.execute("ROLLBACK")
            raise
        cur.execute("COMMIT")
    finally:
        raw.close()  # back to the pool


def doc_values(ns: str, key: str, value: dict[str, Any]) -> tuple[Any, ...]:
    """The upsert's values, the document written as ``StateStore.put`` writes it."""
    return (ns, key, json.dumps(value, ensure_ascii=False, default=str), time.time())


def release(
    cur: sqlite3.Cursor, ns: str, key: str, owner: str, *, error: str | None, exit_code: int
) -> None:
    """As :func:`adsage.state.queue.release`."""
    state = DONE if error is None else FAILED
    code = None if error is None else exit_code
    cur.execute(RELEASE, (state, time.time(), error, code, ns, key, owner))


def take_ready(cur: sqlite3.Cursor, ns: str, owner: str, results: str) -> str | None:
    """The first ready key, now held by ``owner`` (the common case of
    :func:`adsage.state.queue.take`); None when no key is ready, and then the caller runs
    the full take, which also looks at dead and stale holders."""
    now = time.time()
    while (row := cur.execute(FIRST_READY, (results, ns, READY)).fetchone()) is not None:
        key = row[0]
        if row[1]:
            # its result is stored (its worker died before marking it): done, look again
            cur.execute(MARK_DONE, (DONE, now, ns, key))
            continue
        cur.execute(MARK_TAKEN, (TAKEN, owner, now, ns, key))
        return str(key)
    return None


def settle(
    engine: Engine,
    job: tuple[str, str, str, str],
    value: dict[str, Any] | None,
    error: str | None,
    exit_code: int,
    take_next: float | None,
) -> tuple[bool, str | None]:
    """:meth:`adsage.state.store.StateStore.settle` of ``job`` (queue, key, owner, results
    namespace) in one transaction: ``(True, key)`` when it took the next ready key,
    ``(True, None)`` when ``take_next`` is None (none wanted), ``(False, None)`` when none
    was ready (the caller then runs the full take, which looks at other workers' holds)."""
    ns, key, owner, results = job
    with transaction(engine) as cur:
        if value is not None:
            cur.execute(UPSERT_DOC, doc_values(results, key, value))
        release(cur, ns, key, owner, error=error, exit_code=exit_code)
        if take_next is None:
            return True, None
        following = take_ready(cur, ns, owner, results)
    return following is not None, following


LAST_N = "SELECT coalesce(max(n), 0) FROM queue WHERE ns = ?"
QUEUE_KEY = 'INSERT INTO queue (ns, "key", n, state) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'
READY_AGAIN = (
    "UPDATE queue SET state = ?, owner = NULL, taken = NULL, error = NULL, exit_code = NULL "
    "WHERE ns = ? AND (state = ? OR state = ? AND NOT (EXISTS (SELECT * FROM docs "
    'WHERE docs.ns = ? AND docs."key" = queue."key")))'
)


def enqueue(engine: Engine, ns: str, keys: Sequence[str], results: str) -> None:
    """As :func:`adsage.state.queue.enqueue`, in one transaction; the rows go in as one
    prepared statement run per key (SQLAlchemy compiles a statement of a few hundred rows
    in about as long as a batch takes to draft a dozen briefs)."""
    with transaction(engine) as cur:
        start = int(cur.execute(LAST_N, (ns,)).fetchone()[0])
        cur.executemany(QUEUE_KEY, [(ns, k, start + i + 1, READY) for i, k in enumerate(keys)])
        cur.execute(READY_AGAIN, (READY, ns, FAILED, DONE, results))
