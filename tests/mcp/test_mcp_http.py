"""``adsage mcp --http``: streamable HTTP on a free local port, driven by the SDK's client, and
the bearer token that guards it when it listens beyond loopback.

Every request goes to 127.0.0.1; the one server bound to 0.0.0.0 is reached through loopback
too, and only for as long as the test runs.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp_support import ADSAGE, ROOT, copy_index, load_example, server_env

TOKEN = "test-token-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def http_server(home: Path, host: str, port: int, **env: str) -> Iterator[subprocess.Popen[str]]:
    args = [ADSAGE, "mcp", "--http", "--host", host, "--port", str(port)]
    proc = subprocess.Popen(
        args,
        env=server_env(home, **env),
        cwd=str(ROOT),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start listening"
                time.sleep(0.2)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def raw_post(url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], str]:
    body = json.dumps(
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "raw", "version": "0"},
            },
        }
    )
    request = urllib.request.Request(
        url,
        data=body.encode(),
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Accept": "application/json, text/event-stream",
            **headers,
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode()


@asynccontextmanager
async def http_session(url: str, token: str | None) -> Any:
    import httpx2
    from mcp.client.session import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=60) as http,
        streamable_http_client(url, http_client=http) as (read, write),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        yield session


def call_over_http(url: str, token: str | None, name: str, arguments: dict[str, Any]) -> Any:
    async def go() -> tuple[list[str], Any]:
        async with http_session(url, token) as session:
            tools = [t.name for t in (await session.list_tools()).tools]
            return tools, await session.call_tool(name, arguments)

    return anyio.run(go)


@pytest.fixture
def http_home(mcp_index: Path, tmp_path: Path) -> Path:
    return copy_index(mcp_index, tmp_path / "http-home")


def test_http_on_loopback_serves_the_tools(http_home: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/mcp"
    with http_server(http_home, "127.0.0.1", port):
        tools, result = call_over_http(
            url, None, "check_copy", {"ad": load_example("check_copy.yaml")}
        )
        assert len(tools) == 12 and "plan_campaign" in tools
        assert not result.is_error and result.structured_content["ok"] is True
        bad = call_over_http(url, None, "check_copy", {"ad": {"headline": 3}})[1]
        assert bad.is_error
        assert (
            bad.content[0].text == "check_copy: field 'ad.headline': Input should be a valid string"
        )


def test_beyond_loopback_every_request_needs_the_token(http_home: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/mcp"
    with http_server(http_home, "0.0.0.0", port, ADSAGE_MCP_TOKEN=TOKEN) as proc:
        status, headers, body = raw_post(url, {})
        assert status == 401 and headers["www-authenticate"].startswith("Bearer")
        assert json.loads(body)["error"] == "invalid_token"
        assert raw_post(url, {"Authorization": "Bearer wrong-token-0123456789"})[0] == 401
        assert raw_post(url, {"Authorization": TOKEN})[0] == 401  # no scheme
        tools, result = call_over_http(
            url, TOKEN, "size_ab_test", {"baseline_rate": 0.02, "mde": 0.3}
        )
        assert "size_ab_test" in tools and not result.is_error
        assert result.structured_content["sample_size_per_variant"] > 0
    assert proc.stderr is not None
    log = proc.stderr.read()
    assert "bearer token required" in log and TOKEN not in log


def test_a_configured_token_is_required_on_loopback_too(http_home: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/mcp"
    with http_server(http_home, "127.0.0.1", port, ADSAGE_MCP_TOKEN=TOKEN):
        assert raw_post(url, {})[0] == 401
        assert raw_post(url, {"Authorization": f"Bearer {TOKEN}"})[0] == 200


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (
            ["--host", "0.0.0.0"],
            {},
            "error: --host 0.0.0.0 is beyond loopback, so clients must send a bearer token: "
            "set ADSAGE_MCP_TOKEN, or keep the default --host 127.0.0.1",
        ),
        (
            ["--host", "0.0.0.0"],
            {"ADSAGE_MCP_TOKEN": "short"},
            "ADSAGE_MCP_TOKEN is shorter than 16",
        ),
        (["--port", "70000"], {}, "--port must be between 1 and 65535"),
        ([], {"ADSAGE_LLM": "openai"}, "error: --llm openai needs an endpoint"),
    ],
)
def test_http_refuses_to_start_without_what_it_needs(
    tmp_path: Path, args: list[str], env: dict[str, str], message: str
) -> None:
    proc = subprocess.run(
        [ADSAGE, "mcp", "--http", *args],
        env=server_env(tmp_path / "home", **env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith(message) or message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "home").exists()  # failed before touching anything


def test_root_must_be_a_folder(tmp_path: Path) -> None:
    proc = subprocess.run(
        [ADSAGE, "mcp", "--root", str(tmp_path / "nope")],
        env=server_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"error: --root {tmp_path / 'nope'}: not a folder")
