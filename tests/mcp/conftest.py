"""MCP fixtures: the bundled index built once per session, and ``adsage mcp`` run as a real
subprocess that the SDK's own client (``stdio_client`` + ``ClientSession``) talks to.

The client lives in a blocking portal (an event loop on a thread), so sync tests can make
calls one by one on one long-lived server, as an assistant does.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mcp_support import EXPORTS, McpClient, copy_index, server_env, stdio_session


@pytest.fixture(scope="session")
def mcp_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled knowledge, indexed once for every MCP test (a temp home of its own)."""
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    home = tmp_path_factory.mktemp("mcp-index")
    index_paths(load_settings(home=home))
    return home


@pytest.fixture(scope="module")
def allowed_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder the server may read: two exports, a file that is not an export, and a
    symlink that points out of the folder."""
    root = tmp_path_factory.mktemp("mcp-root")
    shutil.copy(EXPORTS / "clear_winner.csv", root / "clear_winner.csv")
    shutil.copy(EXPORTS / "en_per_ad.xlsx", root / "en_per_ad.xlsx")
    (root / "notes.csv").write_text("just some text\nwith no header\n", "utf-8")
    outside = root.parent / f"{root.name}-outside"
    outside.mkdir()
    shutil.copy(EXPORTS / "clear_winner.csv", outside / "secret.csv")
    (root / "link.csv").symlink_to(outside / "secret.csv")
    return root


@pytest.fixture(scope="module")
def mcp_client(
    mcp_index: Path, allowed_root: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[McpClient]:
    from anyio.from_thread import start_blocking_portal

    home = copy_index(mcp_index, tmp_path_factory.mktemp("mcp-server") / "home")
    env = server_env(home, ADSAGE_MCP_ROOT=str(allowed_root))
    with (
        start_blocking_portal() as portal,
        portal.wrap_async_context_manager(stdio_session(["mcp"], env)) as session,
    ):
        yield McpClient(portal, session)


@pytest.fixture
def cli_json(
    mcp_index: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Any:
    """Run ``adsage ... --json`` in-process on the same index; returns (exit code, JSON)."""
    from adsage.cli import main

    monkeypatch.setenv("ADSAGE_HOME", str(mcp_index))

    def run(*args: str) -> tuple[int, Any]:
        capsys.readouterr()
        with pytest.raises(SystemExit) as exc:
            main([*args, "--json"])
        out = capsys.readouterr().out
        return int(exc.value.code or 0), json.loads(out)

    return run
