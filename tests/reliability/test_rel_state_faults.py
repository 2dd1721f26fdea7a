"""The shared SQLite state (chat sessions, Slack claims, batch checkpoints) locked by another
process or damaged on disk: a clear message after a bounded wait, never a hang."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from rel_support import ADSAGE, ROOT, env_for

from adsage.errors import StoreError
from adsage.state.store import StateStore, open_state

_HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("BEGIN EXCLUSIVE")
    con.execute("INSERT INTO docs VALUES ('x', 'held', '{}', 0)")
    print("locked", flush=True)
    time.sleep(60)
    """
)


def _filled(path: Path, n: int = 400) -> StateStore:
    store = StateStore(path)
    for i in range(n):
        store.put("chat", f"s{i}", {"brief": {"brand": f"Brand {i}", "pad": "x" * 200}})
        store.append("chat", f"s{i}", {"role": "user", "text": f"message {i}"})
    return store


def test_a_write_lock_held_elsewhere_is_a_clear_error_after_a_bounded_wait(
    tmp_path: Path,
) -> None:
    path = tmp_path / "state.sqlite"
    _filled(path, 1)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        store = StateStore(path, timeout=0.5)
        for attempt in (lambda: store.put("chat", "a", {}), lambda: store.get("chat", "s0")):
            started = time.monotonic()
            with pytest.raises(StoreError) as err:
                attempt()
            waited = time.monotonic() - started
            assert 0.4 <= waited < 3, waited  # waited for the holder, then gave up
            assert str(err.value) == (
                f"the state file {path} is locked by another process (waited 0.5 s); "
                "close the other adsage chat, bot or batch using it, or try again"
            )
    finally:
        holder.kill()
        holder.wait(timeout=10)
    # Once the holder is gone its transaction is rolled back and the store works again.
    assert StateStore(path, timeout=0.5).get("chat", "s0") is not None
    assert StateStore(path).get("x", "held") is None


def test_the_default_wait_is_bounded(tmp_path: Path) -> None:
    assert 0 < open_state(tmp_path).timeout <= 30


def test_a_file_cut_in_half_names_the_file_and_how_to_move_it_aside(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    _filled(path).close()  # damaged while no adsage process has it open
    data = path.read_bytes()
    assert len(data) > 64 * 1024
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError) as err:
        store = StateStore(path)
        for i in range(400):
            store.get("chat", f"s{i}")
        store.items("chat", "s399")
    assert str(err.value).startswith(f"the state file {path} is unusable (")
    assert str(err.value).endswith(f"move it aside (mv {path} {path}.bad) and try again")


def test_a_corrupt_state_file_through_the_cli_is_one_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "state.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    done = subprocess.run(
        [ADSAGE, "chat", "--resume"],
        input="hello\n",
        env=env_for(home),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    path = home / "state.sqlite"
    assert done.stderr.strip().splitlines() == [
        f"error: the state file {path} is unusable (file is not a database); "
        f"move it aside (mv {path} {path}.bad) and try again"
    ]
