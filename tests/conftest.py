"""Shared fixtures: every test gets its own ADSAGE_HOME; nothing touches the user's data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# One calendar for the whole suite, CLI subprocesses included: the example briefs and many
# fixtures schedule campaigns from December 2026, and a suite run later must judge them
# the same way (tests of the clock itself unset or change it).
os.environ.setdefault("ADSAGE_TODAY", "2026-11-30")


@pytest.fixture(scope="session", autouse=True)
def _shared_model_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One ready-built encoder copy for the whole run, instead of one per test home."""
    os.environ.setdefault("ADSAGE_MODEL_DIR", str(tmp_path_factory.mktemp("models")))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("ADSAGE_HOME", str(home))
    for var in ("ADSAGE_CHROMA_URL", "ADSAGE_LLM", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def home(_isolated_home: Path) -> Path:
    return _isolated_home


@pytest.fixture
def tiny_knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A two-document bundled knowledge folder, so ingestion tests stay fast."""
    kdir = tmp_path / "knowledge"
    (kdir / "en").mkdir(parents=True)
    (kdir / "rules").mkdir()
    (kdir / "rules" / "ignored.yaml").write_text("a: 1\n", "utf-8")
    (kdir / "en" / "budget.md").write_text(
        "---\nid: budget-en\ntitle: Budget basics\nlang: en\ntopic: budget\n"
        "updated: 2026-11-29\nsources: [test]\n---\n# Budget basics\n\n"
        "## Daily budget\nA daily budget may be overspent by a quarter on a single day.\n\n"
        "## Learning phase\nAn ad set needs about fifty optimisation events in seven days.\n",
        "utf-8",
    )
    (kdir / "en" / "formats.md").write_text(
        "---\nid: formats-en\ntitle: Formats\nlang: en\ntopic: formats\n"
        "updated: 2026-11-29\nsources: [test]\n---\n# Formats\n\n"
        "## Carousel\nA carousel holds from two to ten cards, each with its own link.\n",
        "utf-8",
    )
    monkeypatch.setenv("ADSAGE_KNOWLEDGE_DIR", str(kdir))
    return kdir


@pytest.fixture
def settings(home: Path):  # type: ignore[no-untyped-def]
    from adsage.config import load_settings

    return load_settings(home=home, lock_timeout=2)


@pytest.fixture(scope="session")
def postgres_server():  # type: ignore[no-untyped-def]
    """One real PostgreSQL for the run (skips, with the reason, where it cannot start)."""
    from fakes.postgres import running_postgres, why_unavailable

    reason = why_unavailable()
    if reason:
        pytest.skip(reason)
    with running_postgres() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server) -> str:  # type: ignore[no-untyped-def]
    """A fresh, empty database on the shared server: its ``postgresql://`` URL."""
    return str(postgres_server.create_database())
