"""One real ``adsage slack --http`` process per session, talking to a local Slack stand-in."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_support import (  # noqa: F401 - re-exported for fixtures below
    BOT_TOKEN,
    SIGNING_SECRET,
    Bot,
    Reply,
    free_port,
    server_env,
    sign,
)


@pytest.fixture(scope="session")
def slack_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    home = tmp_path_factory.mktemp("slack-home")
    index_paths(load_settings(home=home))
    return home


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def bot(
    slack_home: Path, fake_slack: FakeSlack, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Bot]:
    port = free_port()
    log = tmp_path_factory.mktemp("slack-log") / "server.log"
    cmd = [sys.executable, "-m", "adsage", "slack", "--http", "--host", "127.0.0.1"]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [*cmd, "--port", str(port)],
            env=server_env(fake_slack, slack_home),
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
    yield Bot(url, fake_slack, log)
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture
def channel() -> str:
    return "C" + uuid.uuid4().hex[:10].upper()


@pytest.fixture(scope="session")
def brief_yaml() -> str:
    root = Path(__file__).resolve().parents[2]
    return (root / "examples" / "brief.yaml").read_text("utf-8")
