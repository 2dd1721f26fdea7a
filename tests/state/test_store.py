"""The state store's public operations, identical on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from adsage.errors import StoreError
from adsage.state import StateStore


def test_documents_logs_and_claims(target: Path | str) -> None:
    s = StateStore(target)
    assert s.get("session", "a") is None and s.latest("session") is None
    s.put("session", "a", {"brief": {"brand": "X"}})
    s.put("session", "b", {"brief": {}})
    s.put("session", "a", {"brief": {"brand": "Y"}})
    assert s.get("session", "a") == {"brief": {"brand": "Y"}}
    assert s.keys("session")[0] == "a" and s.latest("session") == ("a", {"brief": {"brand": "Y"}})
    assert s.keys("other") == []
    assert [s.append("history", "a", {"n": i}) for i in range(3)] == [1, 2, 3]
    assert s.append("history", "b", {"n": 0}) == 1
    assert s.items("history", "a", last=2) == [{"n": 1}, {"n": 2}]
    assert s.items("history", "a") == [{"n": 0}, {"n": 1}, {"n": 2}]
    assert s.claim("events", "Ev1") and not s.claim("events", "Ev1")
    assert s.claim("other-events", "Ev1")
    s.append("session", "b", {"n": 1})
    s.delete("session", "b")
    assert s.get("session", "b") is None and s.items("session", "b") == []
    assert s.keys("session") == ["a"]


def test_text_survives_exactly(target: Path | str) -> None:
    s = StateStore(target)
    doc = {"brief": {"brand": "Zielony Ogród", "note": "zażółć gęślą jaźń 🌿", "n": 1.5}}
    s.put("chat", "pl", doc)
    s.append("chat", "pl", {"text": 'Cześć!\n"quoted" \\ back'})
    assert s.get("chat", "pl") == doc
    assert s.items("chat", "pl") == [{"text": 'Cześć!\n"quoted" \\ back'}]


def test_publish_records_keep_creation_order(target: Path | str) -> None:
    s = StateStore(target)
    for step in ("campaign", "adset", "creative", "ad"):
        s.record_published("run1", step, step, f"id-{step}", "act_1")
    s.record_published("run2", "campaign", "campaign", "other", "act_2")
    assert [r["step"] for r in s.published("run1")] == ["campaign", "adset", "creative", "ad"]
    assert s.published("run1")[0] == {
        "step": "campaign",
        "kind": "campaign",
        "object_id": "id-campaign",
        "account": "act_1",
    }
    s.record_published("run1", "adset", "adset", "id-adset-2", "act_1")  # replaced: now last
    assert [r["object_id"] for r in s.published("run1")][-1] == "id-adset-2"
    s.forget_published("run1", "ad")
    assert [r["step"] for r in s.published("run1")] == ["campaign", "creative", "adset"]
    assert s.published("nope") == []


_CLAIMER = (
    "import sys; from pathlib import Path; from adsage.state import StateStore;"
    "t=sys.argv[1]; s=StateStore(t if '://' in t else Path(t));"
    "print(sum(s.claim('ev', str(i)) for i in range(200)))"
)

_APPENDER = (
    "import sys; from pathlib import Path; from adsage.state import StateStore;"
    "t=sys.argv[1]; s=StateStore(t if '://' in t else Path(t));"
    "print(','.join(str(s.append('thread', 'T', {'who': sys.argv[2], 'i': i})) for i in range(40)))"
)


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)


def test_claims_are_exclusive_across_processes(target: Path | str) -> None:
    """Three processes open a fresh database at once (each migrates it, once) and race to
    claim the same 200 event ids: every id is won exactly once."""
    procs = [_spawn(_CLAIMER, str(target)) for _ in range(3)]
    won = [int(p.communicate(timeout=120)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(won) == 200


def test_concurrent_appends_to_one_key_number_without_gaps(target: Path | str) -> None:
    procs = [_spawn(_APPENDER, str(target), who) for who in "ABC"]
    seqs = [list(map(int, p.communicate(timeout=120)[0].split(","))) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sorted(sum(seqs, [])) == list(range(1, 121))
    items = StateStore(target).items("thread", "T")
    assert len(items) == 120
    for who in "ABC":  # each writer's items stay in its own order
        assert [i["i"] for i in items if i["who"] == who] == list(range(40))


def test_stores_on_one_database_share_one_engine(target: Path | str) -> None:
    a, b = StateStore(target), StateStore(target)
    a.put("ns", "k", {"a": 1})
    assert b.get("ns", "k") == {"a": 1}
    assert a.engine is b.engine


def test_corrupt_file_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match=r"move it aside \(mv .*state.sqlite"):
        StateStore(path).get("session", "a")


def test_sqlite_commits_use_wal_with_normal_sync(tmp_path: Path) -> None:
    """Each commit must not fsync: a 200-brief batch wrote a checkpoint per brief."""
    from sqlalchemy import text

    store = StateStore(tmp_path / "s.sqlite")
    store.put("ns", "k", {"a": 1})
    with store._conn() as con:
        assert con.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert con.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    assert store.get("ns", "k") == {"a": 1}


def test_importing_the_store_does_not_load_sqlalchemy() -> None:
    code = (
        "import sys, adsage, adsage.state.store, adsage.chat.session, adsage.config;"
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'psycopg') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
