"""Fixtures for the model-backed engine: a scripted local server, a brief, a context and a
deterministic offline stand-in for the fallback."""

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
def fake_openai() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_engine(fake_openai: FakeOpenAI, home: Path, sleeps: list[float]):  # type: ignore[no-untyped-def]
    """Build an engine against the fake server with instant, recorded backoff."""
    from adsage.config import load_settings
    from adsage.drafting.llm import LLMEngine, RetryPolicy

    def build(*, base_url: str | None = None, timeout: float = 2.0, **kw: Any) -> LLMEngine:
        settings = load_settings(
            home=home, llm="openai", model="fake-model", openai_base_url=base_url or fake_openai.url
        )
        retry = RetryPolicy(tries=3, base_delay=0.001, max_delay=0.01, sleep=sleeps.append)
        kw.setdefault("fallback", StubOffline())
        kw.setdefault("canary", "CANARY-1234")
        return LLMEngine(settings, timeout=timeout, retry=retry, **kw)

    return build


@pytest.fixture(scope="module")
def bundled_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    home = tmp_path_factory.mktemp("bundled")
    index_paths(load_settings(home=home))
    return home


@pytest.fixture
def fake() -> Any:
    from adsage.drafting.llm_structured import StrategyStore

    StrategyStore.forget_all()
    servers: list[FakeOpenAI] = []

    def start(**kw: Any) -> FakeOpenAI:
        servers.append(FakeOpenAI(**kw).start())
        return servers[-1]

    yield start
    for s in servers:
        s.stop()
    StrategyStore.forget_all()
