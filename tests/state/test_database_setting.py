"""ADSAGE_DATABASE_URL: the SQLite file by default, PostgreSQL when set, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from adsage.config import load_settings
from adsage.errors import ConfigError, StoreError
from adsage.state import StateStore, open_state
from fakes.postgres import free_port

ROOT = Path(__file__).resolve().parents[2]


def test_unset_keeps_the_sqlite_file_under_home(home: Path) -> None:
    store = open_state(load_settings())
    assert store.path == home / "state.sqlite" and store.url is None
    store.put("chat", "a", {"x": 1})
    assert (home / "state.sqlite").exists()
    assert open_state(home).get("chat", "a") == {"x": 1}  # a bare folder: the same file


def test_set_means_postgresql(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSAGE_DATABASE_URL", postgres_url)
    settings = load_settings()
    store = open_state(settings)
    assert store.url == postgres_url and store.path is None
    store.put("chat", "a", {"x": 1})
    assert not (settings.home / "state.sqlite").exists()
    plain = postgres_url.replace("postgresql://", "postgres://")
    assert StateStore(plain).get("chat", "a") == {"x": 1}  # both spellings, one database


@pytest.mark.parametrize(
    "url", ["mysql://u@h/db", "sqlite:///tmp/x.db", "postgresql://h:port/db", "localhost:5432"]
)
def test_a_bad_url_names_the_variable(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSAGE_DATABASE_URL", url)
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert str(err.value).startswith("invalid setting database_url (ADSAGE_DATABASE_URL): ")
    assert "postgresql://user:password@host:5432/" in str(err.value)


def test_an_unreachable_server_is_one_line_without_the_password() -> None:
    url = f"postgresql://adsage:s3cret@127.0.0.1:{free_port()}/adsage"
    with pytest.raises(StoreError) as err:
        StateStore(url, timeout=2).get("chat", "a")
    message = str(err.value)
    assert message.startswith("cannot reach the database at ADSAGE_DATABASE_URL (postgresql://")
    assert "s3cret" not in message and "***" in message and "\n" not in message
    assert message.endswith("start PostgreSQL or fix ADSAGE_DATABASE_URL")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://adsage:pw@127.0.0.1:{port}/x", "error: cannot reach the database at"),
        ("mysql://u@h/db", "error: invalid setting database_url (ADSAGE_DATABASE_URL)"),
    ],
)
def test_the_cli_exits_2_with_one_line(url: str, expected: str, home: Path) -> None:
    env = dict(os.environ, ADSAGE_HOME=str(home))
    env["ADSAGE_DATABASE_URL"] = url.format(port=free_port())
    done = subprocess.run(
        [sys.executable, "-m", "adsage", "chat", "--resume"],
        input="hello\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(expected), lines
    assert "ADSAGE_DATABASE_URL" in lines[0] and "pw@" not in lines[0]
