"""Helpers the MCP tests share: paths, the server's environment and the SDK client."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
EXPORTS = ROOT / "tests" / "analysis" / "data"
ADSAGE = str(Path(sys.executable).with_name("adsage"))


def load_example(name: str) -> Any:
    """An example file as the CLI reads it (dates stay text), ready to send as JSON."""
    from adsage.inputs import read_data

    return read_data(EXAMPLES / name, 1024 * 1024, "example")


def server_env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        "ADSAGE_HOME": str(home),
        "ANONYMIZED_TELEMETRY": "False",
        "HOME": os.environ.get("HOME", str(home)),
        **extra,
    }
    # The server must not see a model endpoint: results are compared with the offline CLI.
    return {k: v for k, v in env.items() if not k.startswith("OPENAI")}


def copy_index(index: Path, home: Path) -> Path:
    shutil.copytree(index, home, ignore=shutil.ignore_patterns("*.lock", "state.sqlite*"))
    return home


class McpClient:
    """Sync access to one ClientSession over the SDK's stdio transport."""

    def __init__(self, portal: Any, session: Any) -> None:
        self.portal = portal
        self.session = session

    def call(self, name: str, arguments: dict[str, Any]) -> Any:
        return self.portal.call(self.session.call_tool, name, arguments)

    def run(self, method: str, *args: Any) -> Any:
        return self.portal.call(getattr(self.session, method), *args)


@asynccontextmanager
async def stdio_session(args: list[str], env: dict[str, str]) -> AsyncIterator[Any]:
    from mcp.client.session import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    params = StdioServerParameters(command=ADSAGE, args=args, env=env, cwd=str(ROOT))
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield session
