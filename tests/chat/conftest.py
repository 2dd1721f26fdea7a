"""Chat fixtures: one knowledge index built per test session and shared by every chat test.

In-process chats get the shared searcher and their own ADSAGE_HOME for sessions; subprocess
tests (pipe, tmux) get a copy of the index in a fresh home, so no test sees another's sessions.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from chat_support import BRIEF, BRIEF_PL, ROOT, Driver  # noqa: F401 - used by fixtures

from fakes.openai_server import FakeOpenAI


@pytest.fixture(scope="session")
def index_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    home = tmp_path_factory.mktemp("chat-index")
    index_paths(load_settings(home=home))
    return home


@pytest.fixture(scope="session")
def shared_searcher(index_home: Path) -> Any:
    from adsage.config import load_settings
    from adsage.knowledge.search import Searcher

    return Searcher(load_settings(home=index_home))


@pytest.fixture
def indexed_home(index_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh ADSAGE_HOME holding a copy of the shared index (for subprocesses)."""
    home = tmp_path / "chat-home"
    shutil.copytree(index_home, home, ignore=shutil.ignore_patterns("*.lock", "state.sqlite*"))
    monkeypatch.setenv("ADSAGE_HOME", str(home))
    return home


@pytest.fixture
def make_chat(shared_searcher: Any, home: Path) -> Callable[..., Driver]:
    def make(resume: str | None = None, lang: str | None = None) -> Driver:
        from adsage.chat.output import Output
        from adsage.cli.chat import start_chat

        buffer = io.StringIO()
        chat = start_chat(
            resume, None, lang, out=Output(buffer, plain=True), searcher=shared_searcher
        )
        return Driver(chat, buffer)

    return make


@pytest.fixture
def chat(make_chat: Callable[..., Driver]) -> Driver:
    return make_chat()


@pytest.fixture
def slack(shared_searcher: Any, tmp_path: Path) -> Any:
    """The Slack bot's request handler in this process, on the same shared index."""
    from adsage.config import load_settings
    from adsage.slack.threads import Threads
    from adsage.slack.work import Advisor
    from adsage.state.store import StateStore

    settings = load_settings(home=tmp_path / "slack")
    threads = Threads(StateStore(tmp_path / "slack-state.sqlite"))
    return Advisor(settings, threads, searcher=shared_searcher)


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    """A local stand-in for an OpenAI-compatible endpoint, configured for the test."""
    server = FakeOpenAI().start()
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("ADSAGE_MODEL", "fake-model")
    try:
        yield server
    finally:
        server.stop()
