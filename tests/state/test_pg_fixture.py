"""The throwaway PostgreSQL the state tests use: a fresh database each, or a clear skip."""

from __future__ import annotations

import psycopg
import pytest

from fakes import postgres


def test_the_fixture_serves_a_fresh_database(postgres_url: str) -> None:
    with psycopg.connect(postgres_url) as con:
        tables = con.execute("SELECT count(*) FROM pg_tables WHERE schemaname='public'")
        assert tables.fetchone() == (0,)
        version = con.execute("SHOW server_version").fetchone()
        assert version is not None and version[0].split(".")[0].isdigit()
        assert con.execute("SELECT current_user").fetchone() == (postgres.SUPERUSER,)


def test_missing_binaries_give_a_skip_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres.shutil, "which", lambda _name: None)
    monkeypatch.setattr(postgres.glob, "glob", lambda _pattern: [])
    assert postgres.pg_bin_dir() is None
    reason = postgres.why_unavailable()
    assert reason is not None and "initdb" in reason and "postgresql package" in reason


def test_debian_layout_is_found_without_path(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for version in ("13", "15"):
        (tmp_path / version / "bin").mkdir(parents=True)
        for tool in ("initdb", "pg_ctl"):
            (tmp_path / version / "bin" / tool).touch()
    monkeypatch.setattr(postgres.shutil, "which", lambda _name: None)
    monkeypatch.setattr(
        postgres.glob, "glob", lambda _p: [str(tmp_path / v / "bin") for v in ("13", "15")]
    )
    assert postgres.pg_bin_dir() == tmp_path / "15" / "bin"
