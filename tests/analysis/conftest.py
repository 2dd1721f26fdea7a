"""Fixtures for the analysis tests: the fixture exports and one knowledge index per session."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def kb_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled knowledge, indexed once: recommendations cite real sections."""
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    home = tmp_path_factory.mktemp("analysis-home")
    index_paths(load_settings(home=home))
    return home


@pytest.fixture
def kb(kb_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ADSAGE_HOME", str(kb_home))
    return kb_home


@pytest.fixture
def searcher(kb: Path):  # type: ignore[no-untyped-def]
    from adsage.advisor.plan import default_searcher
    from adsage.config import load_settings

    return default_searcher(load_settings(home=kb))
