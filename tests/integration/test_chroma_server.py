"""Server mode: a real ``chroma run`` on 127.0.0.1, started and stopped by the test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from adsage.config import load_settings
from adsage.errors import StoreError
from adsage.knowledge.ingest import index_paths
from adsage.knowledge.search import Searcher

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _chroma_binary() -> str:
    exe = Path(sys.executable).with_name("chroma")
    return str(exe) if exe.exists() else (shutil.which("chroma") or "")


@pytest.fixture
def chroma_url(tmp_path: Path) -> Iterator[str]:
    binary = _chroma_binary()
    if not binary:
        pytest.skip("the chroma CLI is not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [
            binary,
            "run",
            "--path",
            str(tmp_path / "server-data"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("chroma run did not start")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_index_and_search_through_a_chroma_server(
    chroma_url: str, home: Path, tiny_knowledge: Path
) -> None:
    settings = load_settings(home=home, chroma_url=chroma_url)
    first = index_paths(settings)
    assert first.chunks_total == 3 and first.embedded == 3
    assert not (home / "chroma").exists()  # nothing was written to the local store
    again = index_paths(settings)
    assert again.embedded == 0 and len(again.unchanged) == 2
    hits = Searcher(settings).search("Ile kart ma karuzela?", 1)
    assert hits[0].doc_id == "formats-en"
    rebuilt = index_paths(settings, rebuild=True)
    assert rebuilt.chunks_total == 3 and rebuilt.embedded == 3


def test_unreachable_server_is_a_clear_error(home: Path, tiny_knowledge: Path) -> None:
    settings = load_settings(home=home, chroma_url=f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(StoreError, match="Chroma server at http://127.0.0.1"):
        index_paths(settings)
