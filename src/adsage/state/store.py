"""A small document store that several processes (and machines) can share.

Chat sessions, Slack threads and batch checkpoints all need the same few operations: keep a
JSON document per key, append to a per-key log, and claim a key exactly once (Slack retries,
batch jobs).  It lives in one SQLite file under ADSAGE_HOME by default, or in PostgreSQL when
ADSAGE_DATABASE_URL is set (several Slack or batch workers); SQLAlchemy Core speaks to both
and Alembic migrations (run here, on first use) upgrade a database in place.  Transactions
are short; a crash loses at most the write in flight.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adsage.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from adsage.config import Settings
    from adsage.state.engine import Database


_UPSERTS: dict[str, Any] = {}  # per engine kind: a document's insert-or-update


class StateStore:
    """``StateStore(path)`` for a SQLite file, ``StateStore("postgresql://...")`` for a server."""

    def __init__(self, target: Path | str, *, timeout: float = 10.0) -> None:
        self.url: str | None = None
        self.path: Path | None = None
        if isinstance(target, str) and "://" in target:
            self.url = target
        else:
            self.path = Path(target)
        self.timeout = timeout
        self._db: Database | None = None

    # -- connection and errors ---------------------------------------------------------
    def _database(self) -> Database:
        if self._db is None or not self._db.ready:
            from adsage.state.engine import database, migrate

            if self.path is not None:
                from adsage.config import ensure_home

                ensure_home(self.path.parent)
            db = database(self.path if self.path is not None else str(self.url), self.timeout)
            if not db.ready:
                with self._errors(db):
                    migrate(db)
                db.ready = True
            self._db = db
        return self._db

    @property
    def engine(self) -> Engine:
        """The process-wide SQLAlchemy engine of this database, schema up to date (other
        stores on the same database, such as Slack's OAuth installation store, share it)."""
        return self._database().engine

    def close(self) -> None:
        """Close this process's pooled connections to the database (a worker shutting down;
        any store on it reconnects on next use)."""
        from adsage.state.engine import close

        close(self.path if self.path is not None else str(self.url))

    @contextmanager
    def _conn(self, *, single: bool = False) -> Iterator[Connection]:
        """One transaction (on SQLite it holds the write lock from its first statement).

        ``single``: the block runs one statement, atomic by itself, so PostgreSQL runs it
        without BEGIN/COMMIT (one round trip instead of three)."""
        db = self._database()
        if single and db.autocommit is not None:
            with self._errors(db), db.autocommit.connect() as con:
                yield con
            return
        with self._errors(db), db.engine.begin() as con:
            yield con

    @contextmanager
    def _errors(self, db: Database) -> Iterator[None]:
        from sqlalchemy.exc import DBAPIError

        try:
            yield
        except DBAPIError as exc:
            raise self._translate(db, exc.orig or exc) from None
        except (OSError, sqlite3.Error) as exc:  # sqlite3: the plain DB-API batch path
            raise self._translate(db, exc) from None

    def _translate(self, db: Database, exc: BaseException) -> StoreError:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
        if db.kind == "sqlite":
            if "locked" in first or "busy" in first:
                return StoreError(
                    f"the state file {self.path} is locked by another process (waited "
                    f"{self.timeout:g} s); close the other adsage chat, bot or batch using "
                    "it, or try again"
                )
            return StoreError(
                f"the state file {self.path} is unusable ({first[:120]}); "
                f"move it aside (mv {self.path} {self.path}.bad) and try again"
            )
        state = str(getattr(exc, "sqlstate", None) or "")
        if state == "55P03":
            return StoreError(
                f"the database at ADSAGE_DATABASE_URL ({db.label}) kept a row locked for "
                f"{self.timeout:g} s; try again"
            )
        import psycopg

        if state.startswith(("08", "28", "3D")) or (
            not state and isinstance(exc, psycopg.OperationalError | OSError)
        ):
            return StoreError(
                f"cannot reach the database at ADSAGE_DATABASE_URL ({db.label}): {first}; "
                "start PostgreSQL or fix ADSAGE_DATABASE_URL"
            )
        return StoreError(
            f"the database at ADSAGE_DATABASE_URL ({db.label}) failed: {first}; "
            "check the server's log"
        )

    def _insert(self, table: Any) -> Any:
        """INSERT with ON CONFLICT support for this engine."""
        if self._database().kind == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
        return insert(table)

    # -- documents ---------------------------------------------------------------------
    def get(self, ns: str, key: str) -> dict[str, Any] | None:
        from sqlalchemy import select

        from adsage.state.tables import docs

        with self._conn(single=True) as con:
            value = con.execute(
                select(docs.c.value).where(docs.c.ns == ns, docs.c.key == key)
            ).scalar()
        return None if value is None else dict(json.loads(value))

    def put(self, ns: str, key: str, value: dict[str, Any]) -> None:
        from adsage.state.tables import docs

        with self._conn(single=True) as con:
            con.execute(*self._upsert_doc(docs, ns, key, value))

    def _upsert_doc(
        self, docs: Any, ns: str, key: str, value: dict[str, Any]
    ) -> tuple[Any, dict[str, Any]]:
        """The statement (built once per engine kind: building costs more than running it on
        SQLite) and its values."""
        text = json.dumps(value, ensure_ascii=False, default=str)
        values = {"d_ns": ns, "d_key": key, "d_value": text, "d_updated": time.time()}
        kind = self._database().kind
        stmt = _UPSERTS.get(kind)
        if stmt is None:
            from sqlalchemy import bindparam

            stmt = self._insert(docs).values(
                ns=bindparam("d_ns"),
                key=bindparam("d_key"),
                value=bindparam("d_value"),
                updated=bindparam("d_updated"),
            )
            stmt = _UPSERTS[kind] = stmt.on_conflict_do_update(
                index_elements=["ns", "key"],
                set_={"value": stmt.excluded.value, "updated": stmt.excluded.updated},
            )
        return stmt, values

    def delete(self, ns: str, key: str) -> None:
        from sqlalchemy import delete

        from adsage.state.tables import docs, log

        with self._conn() as con:
            con.execute(delete(docs).where(docs.c.ns == ns, docs.c.key == key))
            con.execute(delete(log).where(log.c.ns == ns, log.c.key == key))

    def keys(self, ns: str) -> list[str]:
        """Keys of a namespace, most recently updated first."""
        from sqlalchemy import select

        from adsage.state.tables import docs

        query = (
            select(docs.c.key).where(docs.c.ns == ns).order_by(docs.c.updated.desc(), docs.c.key)
        )
        with self._conn(single=True) as con:
            return [str(k) for k in con.execute(query).scalars()]

    def latest(self, ns: str) -> tuple[str, dict[str, Any]] | None:
        from sqlalchemy import select

        from adsage.state.tables import docs

        query = (
            select(docs.c.key, docs.c.value)
            .where(docs.c.ns == ns)
            .order_by(docs.c.updated.desc(), docs.c.key)
            .limit(1)
        )
        with self._conn(single=True) as con:
            row = con.execute(query).first()
        return None if row is None else (str(row[0]), dict(json.loads(row[1])))

    # -- per-key logs ------------------------------------------------------------------
    def append(self, ns: str, key: str, item: dict[str, Any]) -> int:
        from sqlalchemy import func, insert, select, text

        from adsage.state.tables import log

        data = json.dumps(item, ensure_ascii=False, default=str)
        after = select(func.coalesce(func.max(log.c.seq), 0) + 1).where(
            log.c.ns == ns, log.c.key == key
        )
        with self._conn() as con:
            if self._database().kind == "postgresql":
                # SQLite's immediate transaction serialises writers; on PostgreSQL two
                # workers appending to one thread wait for each other here instead.
                con.execute(
                    text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"),
                    {"k": f"log:{ns}:{key}"},
                )
            seq = int(con.execute(after).scalar_one())
            con.execute(insert(log).values(ns=ns, key=key, seq=seq, item=data))
        return seq

    def items(self, ns: str, key: str, *, last: int | None = None) -> list[dict[str, Any]]:
        from sqlalchemy import select

        from adsage.state.tables import log

        query = select(log.c.item).where(log.c.ns == ns, log.c.key == key)
        # the last N: newest first from the index, put back in order below
        query = query.order_by(log.c.seq.desc()).limit(last) if last else query.order_by(log.c.seq)
        with self._conn(single=True) as con:
            rows = [dict(json.loads(r)) for r in con.execute(query).scalars()]
        return rows[::-1] if last else rows

    # -- exactly-once ------------------------------------------------------------------
    def claim(self, ns: str, key: str) -> bool:
        """True the first time ``key`` is claimed in ``ns``, False for every repeat, across
        every process sharing the database (one atomic insert-or-nothing)."""
        from adsage.state.tables import claims

        stmt = self._insert(claims).values(ns=ns, key=key, at=time.time())
        stmt = stmt.on_conflict_do_nothing().execution_options(preserve_rowcount=True)
        with self._conn(single=True) as con:
            return int(con.execute(stmt).rowcount) == 1

    # Marketing API objects a publish run created, so a re-run skips them and undo finds them.
    def record_published(
        self, run: str, step: str, kind: str, object_id: str, account: str
    ) -> None:
        from sqlalchemy import func, select

        from adsage.state.tables import published

        fields: dict[str, Any] = {"kind": kind, "object_id": object_id, "account": account}
        with self._conn() as con:
            n = con.execute(
                select(func.coalesce(func.max(published.c.n), 0) + 1).where(published.c.run == run)
            ).scalar_one()
            fields.update(at=time.time(), n=int(n))
            stmt = self._insert(published).values(run=run, step=step, **fields)
            con.execute(stmt.on_conflict_do_update(index_elements=["run", "step"], set_=fields))

    def published(self, run: str) -> list[dict[str, str]]:
        """The run's objects in creation order."""
        from sqlalchemy import select

        from adsage.state.tables import published as t

        query = (
            select(t.c.step, t.c.kind, t.c.object_id, t.c.account)
            .where(t.c.run == run)
            .order_by(t.c.at, t.c.n)
        )
        with self._conn(single=True) as con:
            rows = con.execute(query).all()
        return [dict(zip(("step", "kind", "object_id", "account"), r, strict=True)) for r in rows]

    def forget_published(self, run: str, step: str) -> None:
        from sqlalchemy import delete

        from adsage.state.tables import published

        with self._conn(single=True) as con:
            con.execute(delete(published).where(published.c.run == run, published.c.step == step))

    # -- a work queue several workers share (see adsage.state.queue) ----------------------
    # ``results``: the namespace where a key's finished result is kept (default: ``ns``).
    def enqueue(self, ns: str, keys: Sequence[str], *, results: str | None = None) -> None:
        from adsage.state import queue, sqlite_fast

        db = self._database()
        if db.kind == "sqlite":  # plain DB-API calls (see adsage.state.sqlite_fast)
            with self._errors(db):
                return sqlite_fast.enqueue(db.engine, ns, keys, results or ns)
        with self._conn() as con:
            queue.enqueue(con, self._insert, ns, keys, results or ns)

    def take(
        self,
        ns: str,
        owner: str,
        *,
        stale_after: float,
        gone: Callable[[str], bool] = lambda _owner: False,
        results: str | None = None,
    ) -> str | None:
        from adsage.state.queue import take

        with self._conn() as con:
            return take(con, ns, owner, results or ns, stale_after=stale_after, gone=gone)

    def release(
        self, ns: str, key: str, owner: str, *, error: str | None = None, exit_code: int = 1
    ) -> None:
        from adsage.state.queue import release

        with self._conn(single=True) as con:
            release(con, ns, key, owner, error=error, exit_code=exit_code)

    def settle(
        self,
        ns: str,
        key: str,
        owner: str,
        *,
        results: str,
        value: dict[str, Any] | None,
        error: str | None = None,
        exit_code: int = 1,
        take_next: float | None = None,
        gone: Callable[[str], bool] = lambda _owner: False,
    ) -> str | None:
        """Save a held key's result (when there is one) and release the key, in one
        transaction: one commit per finished job instead of two.  With ``take_next`` (the
        ``stale_after`` of :meth:`take`) the same transaction takes the next key for
        ``owner`` and returns it, as :meth:`take` would have right after."""
        from adsage.state import queue, sqlite_fast
        from adsage.state.tables import docs

        db = self._database()
        if db.kind == "sqlite":  # plain DB-API calls: a batch settles every brief
            with self._errors(db):
                job = (ns, key, owner, results)
                took, got = sqlite_fast.settle(db.engine, job, value, error, exit_code, take_next)
            if took or take_next is None:
                return got
            # none ready: the full take (keys dead or stale workers hold) right after
            return self.take(ns, owner, stale_after=take_next, gone=gone, results=results)
        with self._conn() as con:
            if value is not None:
                con.execute(*self._upsert_doc(docs, results, key, value))
            queue.release(con, ns, key, owner, error=error, exit_code=exit_code)
            if take_next is None:
                return None
            return queue.take(con, ns, owner, results, stale_after=take_next, gone=gone)

    def hand_back(self, ns: str, keys: Collection[str], owner: str) -> None:
        from adsage.state.queue import hand_back

        with self._conn(single=True) as con:
            hand_back(con, ns, keys, owner)

    def queue_status(
        self, ns: str, keys: Collection[str], *, results: str | None = None
    ) -> dict[str, dict[str, Any]]:
        from adsage.state.queue import status

        with self._conn(single=True) as con:
            return status(con, ns, keys, results or ns)


def open_state(where: Settings | Path) -> StateStore:
    """The store the settings name: ``ADSAGE_DATABASE_URL`` when set, else
    ``<home>/state.sqlite`` (a bare folder always means its SQLite file)."""
    if isinstance(where, Path):
        return StateStore(where / "state.sqlite")
    url = where.database_url
    if url and url.startswith("sqlite:///"):  # one file shared by workers on one machine
        return StateStore(Path(url.removeprefix("sqlite:///")))
    return StateStore(url) if url else StateStore(where.home / "state.sqlite")
