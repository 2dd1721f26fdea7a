"""Fixtures for the Marketing API tests: a Graph API stand-in on a free local port."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from graph_standin import TOKEN, Standin
from meta_helpers import copy


@pytest.fixture
def graph(monkeypatch: pytest.MonkeyPatch) -> Iterator[Standin]:
    server = Standin().start()
    monkeypatch.setenv("ADSAGE_GRAPH_URL", server.url)
    monkeypatch.setenv("ADSAGE_GRAPH_VERSION", "v25.0")
    monkeypatch.setenv("META_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.delenv("META_AD_ACCOUNT_ID", raising=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff sleeps are recorded, never slept."""
    waits: list[float] = []
    monkeypatch.setattr("adsage.meta.graph.time.sleep", waits.append)
    return waits


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    return copy(tmp_path, "plan.json")
