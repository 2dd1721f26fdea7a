"""Workers started together on a new state file queue behind the first one's schema set-up:
a lock held longer than one lock wait delays the first use, it does not fail it."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from adsage.errors import StoreError
from adsage.state.engine import database, migrate
from adsage.state.store import StateStore


def _hold_lock(path: Path, seconds: float) -> threading.Event:
    """Another writer (as a peer mid-migration would) holds the write lock for a while."""
    taken = threading.Event()

    def hold() -> None:
        con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("BEGIN IMMEDIATE")
        taken.set()
        time.sleep(seconds)
        con.execute("COMMIT")
        con.close()

    threading.Thread(target=hold, daemon=True).start()
    assert taken.wait(10)
    return taken


def test_first_use_waits_out_a_lock_longer_than_one_wait(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    _hold_lock(path, 1.2)
    store = StateStore(path, timeout=0.2)
    started = time.monotonic()
    assert store.keys("batch") == []
    assert time.monotonic() - started >= 1.0  # it really waited for the holder
    store.put("batch", "b01", {"ok": True})
    assert store.get("batch", "b01") == {"ok": True}


def test_a_lock_held_past_the_patience_still_fails(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    _hold_lock(path, 3.0)
    db = database(path, 0.2)
    with pytest.raises(OperationalError, match="locked"):
        migrate(db, patience=0.5)


def test_the_store_names_the_file_when_the_lock_never_clears(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import adsage.state.engine as engine

    real = engine.migrate
    monkeypatch.setattr(engine, "migrate", lambda db: real(db, patience=0.3))
    path = tmp_path / "state.sqlite"
    _hold_lock(path, 3.0)
    with pytest.raises(StoreError, match="locked by another process"):
        StateStore(path, timeout=0.2).keys("batch")
