"""Fixtures for the reliability suite: a scripted model server and an engine with instant,
recorded backoff (so retry tests assert the waits without waiting)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fakes.drafting import StubOffline
from fakes.openai_server import FakeOpenAI


@pytest.fixture(autouse=True)
def _fresh_strategies() -> Iterator[None]:
    from adsage.drafting.llm_structured import StrategyStore

    StrategyStore.forget_all()
    yield
    StrategyStore.forget_all()


@pytest.fixture
def fake_model() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def engine_for(fake_model: FakeOpenAI, home: Path, waits: list[float]):  # type: ignore[no-untyped-def]
    """An engine against the fake server, its strategy pinned (``json_schema`` unless told
    otherwise), so each fault test counts exactly the requests it scripted."""
    from adsage.config import load_settings
    from adsage.drafting.llm import LLMEngine, RetryPolicy

    def build(
        *,
        base_url: str | None = None,
        timeout: float = 2.0,
        probe: bool = False,
        method: str = "json_schema",
        **kw: Any,
    ) -> LLMEngine:
        settings = load_settings(
            home=home, llm="openai", model="fake-model", openai_base_url=base_url or fake_model.url
        )
        retry = RetryPolicy(
            tries=3, base_delay=0.001, max_delay=0.01, max_retry_after=30.0, sleep=waits.append
        )
        kw.setdefault("fallback", StubOffline())
        kw.setdefault("canary", "CANARY-5678")
        engine = LLMEngine(settings, timeout=timeout, retry=retry, **kw)
        if not probe:
            engine.caller().store.put(engine.caller().key, method)
        return engine

    return build


BUDGET_DOC = (
    "---\nid: budget-en\ntitle: Budget basics\nlang: en\ntopic: budget\n"
    "updated: 2026-11-29\nsources: [test]\n---\n# Budget basics\n\n"
    "## Daily budget\nA daily budget may be overspent by a quarter on a single day.\n\n"
    "## Learning phase\nAn ad set needs about fifty optimisation events in seven days.\n"
)


@pytest.fixture(scope="session")
def tiny_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """``(home, knowledge_dir)``: a one-document knowledge folder (with the real rules, which
    chat needs) and an index of it, built once; copy the home before writing to it."""
    import shutil

    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths
    from adsage.paths import knowledge_dir

    root = tmp_path_factory.mktemp("rel-knowledge")
    kdir = root / "knowledge"
    shutil.copytree(knowledge_dir() / "rules", kdir / "rules")
    (kdir / "en").mkdir()
    (kdir / "en" / "budget.md").write_text(BUDGET_DOC, "utf-8")
    home = root / "home"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ADSAGE_KNOWLEDGE_DIR", str(kdir))
        index_paths(load_settings(home=home))
    return home, kdir


@pytest.fixture
def indexed_copy(
    tiny_index: tuple[Path, Path], home: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """This test's ADSAGE_HOME holding a copy of the tiny index (safe to write to)."""
    import shutil

    src, kdir = tiny_index
    shutil.copytree(src, home, ignore=shutil.ignore_patterns("*.lock", "state.sqlite*"))
    monkeypatch.setenv("ADSAGE_KNOWLEDGE_DIR", str(kdir))
    return home
