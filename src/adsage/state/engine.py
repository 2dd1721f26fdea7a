"""One SQLAlchemy engine per database per process, its schema brought up to date on first use.

SQLite (the default, one file under ADSAGE_HOME) runs in WAL mode with NORMAL sync and takes
the write lock at the start of every transaction (``BEGIN IMMEDIATE``), so a claim or a
read-modify-write never races another process.  PostgreSQL (``ADSAGE_DATABASE_URL``) goes
through psycopg 3.  Imported only when a store is first used: ``import adsage`` stays light.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from adsage.errors import ConfigError

HEAD = "0002"  # the newest migration; a test checks it against the scripts
MIGRATIONS = Path(__file__).with_name("migrations")
_MIGRATION_LOCK = 0x61647361676501  # PostgreSQL advisory lock id held while migrating


@dataclass
class Database:
    engine: Engine
    kind: str  # "sqlite" or "postgresql"
    label: str  # what error lines show: the file, or the URL without its password
    # PostgreSQL: the same pool, each statement its own transaction (one-statement work)
    autocommit: Engine | None = None
    ready: bool = False


_lock = threading.Lock()
# A process uses one database; the bound only keeps a long test run (a new SQLite file per
# test) from holding every file open.  An evicted engine is disposed and still works.
_KEEP = 8
_databases: dict[tuple[str, float], Database] = {}
_fork_hook = False


def postgres_url(raw: str) -> str:
    """The URL for SQLAlchemy: plain ``postgresql://`` and ``postgres://`` mean psycopg 3."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix) :]
    raise ConfigError(
        "invalid setting database_url (ADSAGE_DATABASE_URL): use "
        "postgresql://user:password@host:5432/database, or unset it for the SQLite file "
        "under ADSAGE_HOME"
    )


def describe(raw: str) -> str:
    try:
        return (
            make_url(postgres_url(raw))
            .set(drivername="postgresql")
            .render_as_string(hide_password=True)
        )
    except (ArgumentError, ValueError, ConfigError):
        return "(unreadable URL)"


def database(target: Path | str, timeout: float) -> Database:
    """The process-wide engine for a SQLite file or a PostgreSQL URL."""
    key = (str(target), timeout)
    with _lock:
        found = _databases.pop(key, None)
        if found is None:
            found = _create(target, timeout)
            _after_fork_forget()
        _databases[key] = found  # most recently used last
        while len(_databases) > _KEEP:
            oldest = next(iter(_databases))
            _databases.pop(oldest).engine.dispose()
        return found


def close(target: Path | str) -> None:
    """Close the pooled connections to one database (they reopen on next use)."""
    with _lock:
        for key, db in list(_databases.items()):
            if key[0] == str(target):
                db.engine.dispose()


def _create(target: Path | str, timeout: float) -> Database:
    if isinstance(target, Path):
        engine = create_engine(
            f"sqlite:///{target}",
            connect_args={"timeout": timeout, "check_same_thread": False},
        )
        _sqlite_transactions(engine)
        return Database(engine, "sqlite", str(target))
    url = postgres_url(target)
    try:
        parsed = make_url(url)
        _ = parsed.port
    except (ArgumentError, ValueError):
        raise ConfigError(
            "invalid setting database_url (ADSAGE_DATABASE_URL): not a URL; use "
            "postgresql://user:password@host:5432/database"
        ) from None
    engine = create_engine(
        parsed,
        connect_args={
            "connect_timeout": max(1, round(timeout)),
            "options": f"-c lock_timeout={int(timeout * 1000)}",
            "application_name": "adsage",
        },
    )
    _ping_when_idle(engine)
    autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
    return Database(engine, "postgresql", describe(target), autocommit=autocommit)


def _ping_when_idle(engine: Engine, idle: float = 10.0) -> None:
    """Check a pooled connection that sat unused for a while before handing it out, so a
    restarted server or a dropped idle connection costs a reconnect, not a failed turn;
    busy connections skip the round trip."""
    from sqlalchemy.exc import DisconnectionError

    @event.listens_for(engine, "checkin")
    def _checkin(_dbapi: Any, record: Any) -> None:
        record.info["used"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi: Any, record: Any, _proxy: Any) -> None:
        if time.monotonic() - record.info.get("used", time.monotonic()) < idle:
            return
        try:
            dbapi.execute("SELECT 1")
            dbapi.rollback()
        except Exception as exc:
            raise DisconnectionError() from exc


def _sqlite_transactions(engine: Engine) -> None:
    """Let SQLAlchemy drive transactions, and start each one holding the write lock."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi: Any, _record: Any) -> None:
        dbapi.isolation_level = None
        cur = dbapi.cursor()
        try:
            # WAL with NORMAL sync: a commit survives any process crash; only a power cut
            # can roll back the last commits, and no commit waits for an fsync
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _after_fork_forget() -> None:
    """A forked child must not share the parent's sockets: it opens its own connections."""
    global _fork_hook
    if _fork_hook:
        return
    _fork_hook = True

    def forget() -> None:
        for db in _databases.values():
            db.engine.dispose(close=False)

    os.register_at_fork(after_in_child=forget)


def migrate(db: Database, *, patience: float = 60.0) -> None:
    """Bring the schema to :data:`HEAD` (no-op when it is there; Alembic only when not).

    Workers started together on a new SQLite file queue behind the first one's migration;
    on a loaded machine that can outlast one lock wait, so a locked attempt is retried
    (the version is checked again under the lock, so the schema is built once) until
    ``patience`` seconds have passed."""
    if _version_unlocked(db) == HEAD:
        return  # the usual case: read without the write lock, so a busy peer costs nothing
    deadline = time.monotonic() + patience
    pause = 0.05
    while True:
        try:
            _migrate_once(db)
            return
        except OperationalError as exc:
            if db.kind != "sqlite" or not _locked(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 1.0)


def _version_unlocked(db: Database) -> str | None:
    """The schema version, read outside any write transaction (in WAL mode a read takes no
    lock another writer holds); None when there is no schema yet."""
    if db.kind != "sqlite":
        return None  # the locked check below reads it; PostgreSQL reads never wait on writers
    import sqlite3

    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        try:
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()  # type: ignore[union-attr]
        except sqlite3.Error:
            return None  # no schema yet, or a fault the locked check reports in its own words
        return str(row[0]) if row else None


def _locked(exc: OperationalError) -> bool:
    first = str(exc.orig or exc).lower()
    return "locked" in first or "busy" in first


def _migrate_once(db: Database) -> None:
    with db.engine.connect() as conn:
        with conn.begin():
            current = _version(conn)
        if current == HEAD:
            return
        import alembic.command  # noqa: F401  (imported before the lock, which it would prolong)

        with conn.begin():
            if db.kind == "postgresql":  # two workers starting together migrate once
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
            current = _version(conn)
            if current != HEAD:
                _upgrade(conn, db, current)


def _version(conn: Any) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()  # type: ignore[no-any-return]


def _upgrade(conn: Any, db: Database, current: str | None) -> None:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from adsage.errors import StoreError

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    if current is not None:
        try:
            ScriptDirectory.from_config(cfg).get_revision(current)
        except CommandError:
            where = "ADSAGE_DATABASE_URL " if db.kind == "postgresql" else ""
            raise StoreError(
                f"the state database {where}({db.label}) has schema version {current}, "
                f"newer than this adsage knows ({HEAD}); upgrade adsage to use it"
            ) from None
    command.upgrade(cfg, "head")
