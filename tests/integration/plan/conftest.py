"""One bundled index per module: plan tests retrieve real knowledge, built once."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def plan_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    home = tmp_path_factory.mktemp("plan-home")
    index_paths(load_settings(home=home))
    return home


@pytest.fixture
def plan_settings(plan_home: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from adsage.config import load_settings

    monkeypatch.setenv("ADSAGE_HOME", str(plan_home))
    return load_settings(home=plan_home)
