"""A database made by the previous release (SQLite tables created by hand, no version
stamp) is upgraded in place on first open, and every row stays readable."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from adsage.state import StateStore

# The schema exactly as the SQLite-only store created it (before migrations existed).
PREVIOUS_SCHEMA = """
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

DOCS = [
    ("chat", "s1", {"lang": "pl", "brief": {"brand": "Zielony Ogród"}}, 100.0),
    ("chat", "s2", {"lang": "en", "brief": {"brand": "SnowPeak"}}, 200.0),
    ("slack.threads", "T1:123.4", {"sets": {"a": {"at": 1}}}, 150.0),
    ("variants.batch", "abc123", {"path": "b0.yaml", "set": {"x": 1}}, 120.0),
]
LOG = [("chat", "s1", i, {"role": "user", "text": f"wiadomość {i}"}) for i in range(1, 6)]
CLAIMS = [("slack.events", "Ev1", 10.0), ("slack.events", "Ev2", 11.0)]
# Same instant for all four: only the insertion order (SQLite's rowid then) tells them apart.
PUBLISHED = [("run1", s, s, f"id-{s}", "act_1", 50.0) for s in ("campaign", "adset", "ad", "img")]


def _fill_previous(execute: Any) -> None:
    for ns, key, value, at in DOCS:
        execute("INSERT INTO docs VALUES (?, ?, ?, ?)", (ns, key, json.dumps(value), at))
    for ns, key, seq, item in LOG:
        execute("INSERT INTO log VALUES (?, ?, ?, ?)", (ns, key, seq, json.dumps(item)))
    for row in CLAIMS:
        execute("INSERT INTO claims VALUES (?, ?, ?)", row)
    for row in PUBLISHED:
        execute("INSERT INTO published VALUES (?, ?, ?, ?, ?, ?)", row)


def _previous_sqlite(path: Path) -> Path:
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute("PRAGMA journal_mode=WAL")
        con.executescript(PREVIOUS_SCHEMA)
        con.execute("BEGIN")
        _fill_previous(con.execute)
        con.execute("COMMIT")
    return path


def _previous_postgres(url: str) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        for stmt in filter(str.strip, PREVIOUS_SCHEMA.split(";")):
            con.execute(stmt.encode())
        _fill_previous(lambda sql, args: con.execute(sql.replace("?", "%s").encode(), args))
    return url


@pytest.fixture
def previous(target: Path | str) -> Path | str:
    """A database as the previous release left it, on either engine."""
    return _previous_sqlite(target) if isinstance(target, Path) else _previous_postgres(target)


def _assert_all_readable(store: StateStore, *, added: bool = False) -> None:
    """Every row of the previous release reads back (``added``: plus the test's new ones)."""
    for ns, key, value, _ in DOCS:
        assert store.get(ns, key) == value
    assert store.keys("chat") == ["s2", "s1"]  # most recently updated first
    assert store.latest("chat") == ("s2", DOCS[1][2])
    new_item = [{"role": "assistant", "text": "ok"}] if added else []
    assert store.items("chat", "s1") == [item for *_, item in LOG] + new_item
    assert store.items("chat", "s1", last=2) == (
        [LOG[4][3]] + new_item if added else [LOG[3][3], LOG[4][3]]
    )
    assert not store.claim("slack.events", "Ev1") and not store.claim("slack.events", "Ev2")
    steps = [r["step"] for r in store.published("run1")]
    assert steps == ["campaign", "adset", "ad", "img"] + (["extra"] if added else [])


def _version(store: StateStore) -> str:
    from sqlalchemy import text

    with store._conn() as con:
        return str(con.execute(text("SELECT version_num FROM alembic_version")).scalar())


def test_previous_schema_is_upgraded_in_place_and_nothing_is_lost(previous: Path | str) -> None:
    from adsage.state.engine import HEAD

    store = StateStore(previous)
    _assert_all_readable(store)
    assert _version(store) == HEAD
    # The upgraded database takes new writes next to the old rows, old order kept.
    assert store.append("chat", "s1", {"role": "assistant", "text": "ok"}) == 6
    store.record_published("run1", "extra", "ad", "id-extra", "act_1")
    assert [r["step"] for r in store.published("run1")][-1] == "extra"
    assert store.claim("slack.events", "Ev3")
    store.enqueue("q", ["a"])
    assert store.take("q", "me", stale_after=60) == "a"
    # Opened again (a later start): no migration runs twice, data unchanged.
    store.close()
    _assert_all_readable(StateStore(previous), added=True)


def test_a_file_from_before_publish_records_gains_the_missing_tables(tmp_path: Path) -> None:
    """Older still: only some tables existed; the baseline creates the rest."""
    path = tmp_path / "state.sqlite"
    with closing(sqlite3.connect(path)) as con:
        con.executescript(PREVIOUS_SCHEMA.split("CREATE TABLE IF NOT EXISTS claims")[0])
        con.execute("INSERT INTO docs VALUES ('chat', 'old', '{\"a\": 1}', 1.0)")
        con.commit()
    store = StateStore(path)
    assert store.get("chat", "old") == {"a": 1}
    assert store.claim("ev", "1") and store.published("r") == []


def test_head_constant_matches_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from adsage.state.engine import HEAD, MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_heads() == [HEAD]


def test_migrations_go_down_and_up_again(target: Path | str) -> None:
    """Each downgrade undoes its upgrade, so a release can be rolled back."""
    from alembic import command
    from alembic.config import Config

    from adsage.state.engine import MIGRATIONS

    store = StateStore(target)
    store.put("chat", "k", {"a": 1})
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store._conn() as con:
        cfg.attributes["connection"] = con
        command.downgrade(cfg, "0001")
        command.upgrade(cfg, "head")
    assert store.get("chat", "k") == {"a": 1} and _version(store) == "0002"
    store.enqueue("q", ["a", "b"])
    assert store.take("q", "me", stale_after=60) == "a"


def test_a_database_from_a_newer_release_is_refused_with_the_reason(tmp_path: Path) -> None:
    from adsage.errors import StoreError

    path = tmp_path / "state.sqlite"
    StateStore(path).put("chat", "a", {"x": 1})
    StateStore(path).close()
    with closing(sqlite3.connect(path)) as con:
        con.execute("UPDATE alembic_version SET version_num = '0099'")
        con.commit()
    from adsage.state import engine

    engine._databases.clear()  # a fresh process
    with pytest.raises(StoreError) as err:
        StateStore(path).get("chat", "a")
    assert str(err.value) == (
        f"the state database ({path}) has schema version 0099, newer than this adsage "
        "knows (0002); upgrade adsage to use it"
    )
