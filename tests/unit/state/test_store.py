import subprocess
import sys
from pathlib import Path

import pytest

from adsage.errors import StoreError
from adsage.state import StateStore


def test_documents_logs_and_claims(tmp_path: Path) -> None:
    s = StateStore(tmp_path / "state.sqlite")
    assert s.get("session", "a") is None and s.latest("session") is None
    s.put("session", "a", {"brief": {"brand": "X"}})
    s.put("session", "b", {"brief": {}})
    s.put("session", "a", {"brief": {"brand": "Y"}})
    assert s.get("session", "a") == {"brief": {"brand": "Y"}}
    assert s.keys("session")[0] == "a" and s.latest("session") == ("a", {"brief": {"brand": "Y"}})
    assert [s.append("history", "a", {"n": i}) for i in range(3)] == [1, 2, 3]
    assert s.items("history", "a", last=2) == [{"n": 1}, {"n": 2}]
    assert s.claim("events", "Ev1") and not s.claim("events", "Ev1")
    s.delete("session", "b")
    assert s.get("session", "b") is None


def test_claims_are_exclusive_across_processes(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    code = (
        "import sys; from pathlib import Path; from adsage.state import StateStore;"
        "s=StateStore(Path(sys.argv[1])); print(sum(s.claim('ev', str(i)) for i in range(200)))"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    won = [int(p.communicate()[0]) for p in procs]
    assert sum(won) == 200


def test_corrupt_file_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match=r"move it aside \(mv .*state.sqlite"):
        StateStore(path).get("session", "a")


def test_commits_use_wal_with_normal_sync(tmp_path: Path) -> None:
    """Each commit must not fsync: a 200-brief batch wrote a checkpoint per brief."""
    store = StateStore(tmp_path / "s.sqlite")
    store.put("ns", "k", {"a": 1})
    with store._conn() as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert store.get("ns", "k") == {"a": 1}
