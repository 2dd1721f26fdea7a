"""Security suite fixtures: one knowledge index per session (bundled guidance plus a poisoned
document), a scripted local model server, and one real ``adsage slack --http`` process."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sec_support import FAKE_OPENAI_KEY, POISONED_DOC

from fakes.openai_server import FakeOpenAI


@pytest.fixture(scope="session")
def poisoned_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("poisoned-docs")
    (folder / "tips.md").write_text(POISONED_DOC, "utf-8")
    return folder


@pytest.fixture(scope="session")
def sec_index(tmp_path_factory: pytest.TempPathFactory, poisoned_dir: Path) -> tuple[Path, Any]:
    """(home, IndexSummary) of the shared index; built once for the whole suite."""
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    home = tmp_path_factory.mktemp("sec-home")
    summary = index_paths(load_settings(home=home), [poisoned_dir])
    return home, summary


@pytest.fixture(scope="session")
def sec_home(sec_index: tuple[Path, Any]) -> Path:
    return sec_index[0]


@pytest.fixture(scope="session")
def sec_searcher(sec_home: Path) -> Any:
    from adsage.config import load_settings
    from adsage.knowledge.search import Searcher

    return Searcher(load_settings(home=sec_home))


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    """A local model server; the environment points adsage at it with a fake key."""
    from adsage.drafting.llm_structured import StrategyStore

    StrategyStore.forget_all()
    server = FakeOpenAI().start()
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
    monkeypatch.setenv("ADSAGE_MODEL", "fake-model")
    try:
        yield server
    finally:
        server.stop()
        StrategyStore.forget_all()


@pytest.fixture(scope="session")
def sec_fake_slack() -> Iterator[Any]:
    from fake_slack import FakeSlack

    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def sec_bot(
    sec_home: Path, sec_fake_slack: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """The real bot over HTTP, with fake credentials (including an OpenAI key) in its env."""
    import shutil

    from slack_support import Bot, free_port, server_env

    home = tmp_path_factory.mktemp("sec-slack-home")
    shutil.copytree(sec_home, home, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.lock"))
    port = free_port()
    log = tmp_path_factory.mktemp("sec-slack-log") / "server.log"
    env = server_env(sec_fake_slack, home, OPENAI_API_KEY=FAKE_OPENAI_KEY)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "adsage", "slack", "--http", "--host", "127.0.0.1"]
            + ["--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1) as resp:
                if resp.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"adsage slack did not start:\n{log.read_text(errors='replace')}")
        time.sleep(0.1)
    yield Bot(url, sec_fake_slack, log)
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
