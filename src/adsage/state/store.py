"""A small document store on SQLite that several processes can share.

Chat sessions, Slack threads and batch checkpoints all need the same few operations: keep a
JSON document per key, append to a per-key log, and claim a key exactly once (Slack retries,
batch jobs).  WAL mode and short transactions let a chat, a bot and a batch share one file; a
crash loses at most the write in flight.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from adsage.errors import StoreError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
  ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, updated REAL NOT NULL,
  PRIMARY KEY (ns, key)
);
CREATE TABLE IF NOT EXISTS log (
  ns TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL, item TEXT NOT NULL,
  PRIMARY KEY (ns, key, seq)
);
CREATE TABLE IF NOT EXISTS claims (
  ns TEXT NOT NULL, key TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (ns, key)
);
CREATE TABLE IF NOT EXISTS published (
  run TEXT NOT NULL, step TEXT NOT NULL, kind TEXT NOT NULL, object_id TEXT NOT NULL,
  account TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (run, step)
);
"""


class StateStore:
    def __init__(self, path: Path, *, timeout: float = 10.0) -> None:
        self.path = path
        self.timeout = timeout
        self._ready = False

    def _fail(self, exc: BaseException) -> StoreError:
        return StoreError(
            f"the state file {self.path} is unusable ({str(exc).splitlines()[0][:120]}); "
            f"move it aside (mv {self.path} {self.path}.bad) and try again"
        )

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        from adsage.config import ensure_home

        ensure_home(self.path.parent)
        try:
            con = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        except (sqlite3.Error, OSError) as exc:
            raise self._fail(exc) from None
        try:
            # WAL with NORMAL sync: a commit survives any process crash; only a power cut can
            # roll back the last commits, and nothing fsyncs once per checkpoint write
            con.execute("PRAGMA synchronous=NORMAL")
            if not self._ready:
                con.execute("PRAGMA journal_mode=WAL")
                con.executescript(_SCHEMA)
                self._ready = True
            con.execute("BEGIN IMMEDIATE")
            yield con
            con.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            _rollback(con)
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(
                    f"the state file {self.path} is locked by another process (waited "
                    f"{self.timeout:g} s); close the other adsage chat, bot or batch using "
                    "it, or try again"
                ) from None
            raise self._fail(exc) from None
        except sqlite3.DatabaseError as exc:
            _rollback(con)
            raise self._fail(exc) from None
        except BaseException:
            _rollback(con)
            raise
        finally:
            con.close()

    def get(self, ns: str, key: str) -> dict[str, Any] | None:
        with self._conn() as con:
            row = con.execute("SELECT value FROM docs WHERE ns=? AND key=?", (ns, key)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def put(self, ns: str, key: str, value: dict[str, Any]) -> None:
        text = json.dumps(value, ensure_ascii=False, default=str)
        with self._conn() as con:
            con.execute(
                "INSERT INTO docs VALUES (?, ?, ?, ?) ON CONFLICT(ns, key) "
                "DO UPDATE SET value=excluded.value, updated=excluded.updated",
                (ns, key, text, time.time()),
            )

    def put_many(self, ns: str, items: list[tuple[str, dict[str, Any]]]) -> None:
        """Several :meth:`put` in one transaction: one commit (and one sync) for all."""
        rows = [
            (ns, k, json.dumps(v, ensure_ascii=False, default=str), time.time()) for k, v in items
        ]
        with self._conn() as con:
            con.executemany(
                "INSERT INTO docs VALUES (?, ?, ?, ?) ON CONFLICT(ns, key) "
                "DO UPDATE SET value=excluded.value, updated=excluded.updated",
                rows,
            )

    def delete(self, ns: str, key: str) -> None:
        with self._conn() as con:
            con.execute("DELETE FROM docs WHERE ns=? AND key=?", (ns, key))
            con.execute("DELETE FROM log WHERE ns=? AND key=?", (ns, key))

    def keys(self, ns: str) -> list[str]:
        """Keys of a namespace, most recently updated first."""
        with self._conn() as con:
            rows = con.execute(
                "SELECT key FROM docs WHERE ns=? ORDER BY updated DESC, key", (ns,)
            ).fetchall()
        return [r[0] for r in rows]

    def latest(self, ns: str) -> tuple[str, dict[str, Any]] | None:
        keys = self.keys(ns)
        if not keys:
            return None
        value = self.get(ns, keys[0])
        return None if value is None else (keys[0], value)

    def append(self, ns: str, key: str, item: dict[str, Any]) -> int:
        text = json.dumps(item, ensure_ascii=False, default=str)
        with self._conn() as con:
            (seq,) = con.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM log WHERE ns=? AND key=?", (ns, key)
            ).fetchone()
            con.execute("INSERT INTO log VALUES (?, ?, ?, ?)", (ns, key, seq, text))
        return int(seq)

    def items(self, ns: str, key: str, *, last: int | None = None) -> list[dict[str, Any]]:
        with self._conn() as con:
            rows = con.execute(
                "SELECT item FROM log WHERE ns=? AND key=? ORDER BY seq", (ns, key)
            ).fetchall()
        out = [dict(json.loads(r[0])) for r in rows]
        return out[-last:] if last else out

    def claim(self, ns: str, key: str) -> bool:
        """True the first time ``key`` is claimed in ``ns``, False for every repeat."""
        with self._conn() as con:
            cur = con.execute(
                "INSERT OR IGNORE INTO claims VALUES (?, ?, ?)", (ns, key, time.time())
            )
            return cur.rowcount == 1

    # Marketing API objects a publish run created, so a re-run skips them and undo finds them.
    def record_published(
        self, run: str, step: str, kind: str, object_id: str, account: str
    ) -> None:
        with self._conn() as con:
            con.execute(
                "INSERT OR REPLACE INTO published VALUES (?, ?, ?, ?, ?, ?)",
                (run, step, kind, object_id, account, time.time()),
            )

    def published(self, run: str) -> list[dict[str, str]]:
        """The run's objects in creation order."""
        with self._conn() as con:
            rows = con.execute(
                "SELECT step, kind, object_id, account FROM published WHERE run=? "
                "ORDER BY at, rowid",
                (run,),
            ).fetchall()
        return [dict(zip(("step", "kind", "object_id", "account"), r, strict=True)) for r in rows]

    def forget_published(self, run: str, step: str) -> None:
        with self._conn() as con:
            con.execute("DELETE FROM published WHERE run=? AND step=?", (run, step))


def _rollback(con: sqlite3.Connection) -> None:
    with suppress(sqlite3.Error):
        con.execute("ROLLBACK")


def open_state(home: Path) -> StateStore:
    return StateStore(home / "state.sqlite")
