"""Fixtures for variant tests: briefs, offline settings and the fake model server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from variant_fakes import BRIEF, variant_answer

from fakes.openai_server import FakeOpenAI, json_reply


@pytest.fixture
def make_brief() -> Callable[..., Any]:
    from adsage.models.brief import Brief

    def build(**changes: Any) -> Brief:
        return Brief.model_validate({**BRIEF, **changes})

    return build


@pytest.fixture(autouse=True)
def _fresh_strategies() -> Iterator[None]:
    from adsage.drafting.llm_structured import StrategyStore

    StrategyStore.forget_all()
    yield
    StrategyStore.forget_all()


@pytest.fixture
def fake_llm() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    server.handler = lambda req: json_reply(variant_answer(req))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def llm_settings(fake_llm: FakeOpenAI, home: Path) -> Any:
    from adsage.config import load_settings

    return load_settings(home=home, llm="openai", model="fake-model", openai_base_url=fake_llm.url)


@pytest.fixture
def llm_engine(llm_settings: Any) -> Callable[..., Any]:
    from adsage.drafting.llm import LLMEngine, RetryPolicy

    def build(**kw: Any) -> Any:
        retry = RetryPolicy(tries=2, base_delay=0.001, max_delay=0.01, sleep=lambda _s: None)
        kw.setdefault("canary", "CANARY-1234")
        return LLMEngine(llm_settings, timeout=5.0, retry=retry, **kw)

    return build
