"""``adsage mcp``: serve the advisor to AI assistants over the Model Context Protocol."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from adsage.errors import BadInput


def mcp(
    http: Annotated[
        bool, typer.Option("--http", help="Serve streamable HTTP at /mcp instead of stdio.")
    ] = False,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address for --http; beyond loopback, ADSAGE_MCP_TOKEN must be set.",
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port for --http.")] = 8765,
    root: Annotated[
        Path | None,
        typer.Option(
            "--root",
            help="The one folder tools may read files from (or ADSAGE_MCP_ROOT); "
            "without it no file is read.",
        ),
    ] = None,
) -> None:
    """Serve adsage's tools, guidance and rules to AI assistants (MCP, stdio or HTTP)."""
    from adsage.cli.options import llm_settings

    if not 0 < port < 65536:
        raise BadInput(f"--port must be between 1 and 65535, not {port}")
    # ADSAGE_LLM=openai without an endpoint fails here, not in the middle of a tool call
    settings = llm_settings(None, mcp_root=root)
    if settings.mcp_root is not None and not settings.mcp_root.expanduser().is_dir():
        raise BadInput(
            f"--root {settings.mcp_root}: not a folder; give an existing folder "
            "(or fix ADSAGE_MCP_ROOT)"
        )
    from adsage.mcp_server.server import http_token, serve_http, serve_stdio

    if http:
        http_token(settings, host)  # fail fast, before anything loads
        serve_http(settings, host=host, port=port)
    else:
        serve_stdio(settings)


def register(app: typer.Typer) -> None:
    app.command()(mcp)
