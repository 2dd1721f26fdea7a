"""The MCP server's parts in-process: the allowed folder, the token rules, the bearer guard,
error lines, the prompts (pinned) and the lazy imports that keep ``adsage --help`` fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp_support import ROOT

EXPECTED = Path(__file__).resolve().parent / "expected"


def settings(**kw: Any) -> Any:
    from adsage.config import load_settings

    return load_settings(**kw)


# ---- files only inside the allowed folder -----------------------------------------------------


def test_no_root_means_no_file_is_read(tmp_path: Path) -> None:
    from adsage.errors import BadInput
    from adsage.mcp_server.tools import Backend

    with pytest.raises(
        BadInput, match="this server reads no files; pass csv_text, or start it with --root DIR"
    ):
        Backend(settings()).allowed_file(str(tmp_path / "x.csv"))


def test_paths_resolve_inside_the_root_only(tmp_path: Path) -> None:
    from adsage.errors import BadInput
    from adsage.mcp_server.tools import Backend

    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.csv").write_text("x", "utf-8")
    (tmp_path / "secret.csv").write_text("x", "utf-8")
    (root / "out.csv").symlink_to(tmp_path / "secret.csv")
    (root / "loop").symlink_to(root)
    (root / "up").symlink_to(tmp_path)
    backend = Backend(settings(mcp_root=root))
    real = root.resolve()
    assert backend.allowed_file("sub/a.csv") == real / "sub" / "a.csv"
    assert backend.allowed_file(str(root / "sub" / "a.csv")) == real / "sub" / "a.csv"
    assert backend.allowed_file("loop/sub/a.csv") == real / "sub" / "a.csv"
    for bad in ("out.csv", "up/secret.csv", "../secret.csv", "sub/../../secret.csv", "/etc/passwd"):
        with pytest.raises(BadInput, match="outside the allowed folder"):
            backend.allowed_file(bad)


# ---- HTTP: loopback, token, guard ------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("example.com", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    from adsage.mcp_server.server import is_loopback

    assert is_loopback(host) is loopback


def test_token_rules() -> None:
    from adsage.errors import ConfigError
    from adsage.mcp_server.server import http_token

    assert http_token(settings(), "127.0.0.1") is None
    assert http_token(settings(mcp_token="x" * 16), "0.0.0.0") == "x" * 16
    with pytest.raises(ConfigError, match="--host 0.0.0.0 is beyond loopback.*ADSAGE_MCP_TOKEN"):
        http_token(settings(), "0.0.0.0")
    with pytest.raises(ConfigError, match="shorter than 16"):
        http_token(settings(mcp_token="short"), "127.0.0.1")


def _request(guard: Any, headers: list[tuple[bytes, bytes]]) -> tuple[int, list[Any]]:
    sent: list[Any] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/mcp", "headers": headers}
    anyio.run(guard, scope, receive, send)
    return sent[0]["status"], sent


def test_bearer_guard_passes_only_the_exact_token() -> None:
    from adsage.mcp_server.server import BearerAuth

    reached: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        reached.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": []})

    guard = BearerAuth(app, "s3cret-token-value-123")
    assert _request(guard, [])[0] == 401
    assert _request(guard, [(b"authorization", b"Bearer s3cret-token-value-12")])[0] == 401
    assert _request(guard, [(b"authorization", b"Basic s3cret-token-value-123")])[0] == 401
    assert not reached
    assert _request(guard, [(b"authorization", b"Bearer s3cret-token-value-123")])[0] == 200
    assert _request(guard, [(b"Authorization", b"bearer s3cret-token-value-123")])[0] == 200
    assert reached == ["/mcp", "/mcp"]


def test_lifespan_passes_the_guard() -> None:
    from adsage.mcp_server.server import BearerAuth

    seen: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["type"])

    anyio.run(BearerAuth(app, "t" * 20), {"type": "lifespan"}, None, None)
    assert seen == ["lifespan"]


# ---- error lines -------------------------------------------------------------------------------


def test_failure_is_one_redacted_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from adsage.mcp_server.server import failure

    monkeypatch.setenv("ADSAGE_MCP_TOKEN", "configured-token-value-42")
    result = failure(
        "bad key sk-abcdefgh12345678 and configured-token-value-42\x1b[31m\nsecond line"
    )
    assert result.is_error
    assert result.content[0].text == "bad key [redacted] and [redacted][31m"


def test_an_unexpected_crash_is_logged_and_reported_in_one_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from adsage.mcp_server.server import build_server

    server = build_server(settings())

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret detail sk-abcdefgh12345678")

    server.backend.allowed_file = boom  # type: ignore[method-assign]
    result = anyio.run(server.call_tool, "analyze_results", {"file": "x.csv"})
    assert result.is_error
    assert result.content[0].text == (
        "analyze_results: internal error (RuntimeError); the server log has the details"
    )
    assert "tool analyze_results failed" in caplog.text


def test_checks_run_without_the_index(home: Path) -> None:
    from adsage.mcp_server.server import build_server

    server = build_server(settings())
    result = anyio.run(server.call_tool, "check_budget", {"budget": {"daily_budget": 0.5}})
    assert not result.is_error and result.structured_content["ok"] is False
    assert server.backend._searcher is None and not (home / "chroma").exists()


# ---- prompts, pinned ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("plan_en", {"brief": "Bakery in Gdańsk; 2000 PLN in December."}),
        ("plan_pl", {"brief": "Piekarnia w Gdańsku; 2000 zł w grudniu.", "lang": "pl"}),
        ("review_en", {"copy": "Fresh bread daily! Order now.", "placement": "stories"}),
        ("review_pl", {"copy": "Świeży chleb codziennie!", "lang": "pl"}),
    ],
)
def test_prompts_match_golden(name: str, kwargs: dict[str, Any]) -> None:
    from adsage.mcp_server.resources import plan_prompt, review_prompt

    text = (plan_prompt if name.startswith("plan") else review_prompt)(**kwargs)
    assert text == (EXPECTED / f"{name}.txt").read_text("utf-8")


# ---- lazy imports ------------------------------------------------------------------------------


def test_help_imports_neither_the_sdk_nor_the_server() -> None:
    code = (
        "import sys\n"
        "from adsage.cli import _command\n"
        "_command()\n"
        "heavy = [m for m in ('mcp', 'adsage.mcp_server', 'chromadb', 'uvicorn') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)
