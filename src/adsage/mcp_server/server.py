"""adsage as an MCP server: the tools, resources and prompts over stdio or streamable HTTP.

The server adds to the SDK's what every adsage surface has: arguments pass the same bounded
parser as files and stdin (size cap, depth, NaN, bidirectional controls), every failure reaches
the client as a tool error of one line with secrets redacted, one client message may be at most
the size in knowledge/rules/mcp.yaml on either transport (over stdio a longer line is discarded
as it streams in, see :mod:`adsage.mcp_server.stdio`), and the HTTP transport asks for a bearer
token whenever it listens beyond loopback.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import sys
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from mcp.server.mcpserver.tools import Tool
from mcp.types import CallToolResult, TextContent
from pydantic import BaseModel, ValidationError

from adsage.config import Settings
from adsage.errors import AdsageError, BadInput, ConfigError
from adsage.inputs import MAX_CHECK_BYTES, parse
from adsage.mcp_server import resources
from adsage.mcp_server.tools import NAMES, Backend, Tools
from adsage.models.brief import MAX_BRIEF_BYTES
from adsage.models.validation import format_validation_error
from adsage.security import RedactingFilter, redact, strip_controls

log = logging.getLogger("adsage.mcp")

MIN_TOKEN_CHARS = 16
# Tools whose arguments are a brief: they get the brief's cap, everything else the check cap.
_BRIEF_TOOLS = frozenset({"plan_campaign", "draft_copy", "make_variants"})
INSTRUCTIONS = (
    "adsage advises on Meta (Facebook/Instagram) ad campaigns. Its checks are deterministic and "
    "its guidance is cited: keep the sources it returns next to the advice you pass on, and "
    "state no price, deadline, number or guarantee that the brief or the guidance does not give."
)


class AdsageServer(MCPServer[Any]):
    """MCPServer with adsage's tools, resources and prompts and its error and input rules."""

    def __init__(self, backend: Backend) -> None:
        from adsage import __version__

        tools = Tools(backend)
        built = [Tool.from_function(getattr(tools, name), name=name) for name in NAMES]
        self._arg_models: dict[str, type[BaseModel]] = {
            t.name: t.fn_metadata.arg_model for t in built
        }
        super().__init__(
            name="adsage",
            title="adsage",
            instructions=INSTRUCTIONS,
            version=__version__,
            tools=built,
            log_level="WARNING",
        )
        self.backend = backend
        resources.register(self)

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Any = None
    ) -> Any:  # CallToolResult | InputRequiredResult, as the SDK's
        try:
            return await super().call_tool(name, self._bounded(name, arguments), context)
        except AdsageError as exc:
            return failure(str(exc))
        except ToolError as exc:
            return failure(self._explain(name, exc))

    def _bounded(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments as the one bounded parser reads them, or BadInput naming the field."""
        model = self._arg_models.get(name)
        if model is None:
            return arguments  # the SDK answers "Unknown tool"
        cap = MAX_BRIEF_BYTES if name in _BRIEF_TOOLS else MAX_CHECK_BYTES
        text = json.dumps(arguments, ensure_ascii=False)
        if len(text.encode("utf-8")) > cap:
            raise BadInput(f"{name}: the arguments are larger than {cap // 1024} KB; shorten them")
        data = parse(text, name, "json")
        known = sorted(info.alias or field for field, info in model.model_fields.items())
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise BadInput(
                f"{name}: unknown argument '{unknown[0]}'; valid arguments: {', '.join(known)}"
            )
        return data  # type: ignore[no-any-return]

    def _explain(self, name: str, exc: ToolError) -> str:
        cause = exc.__cause__
        if isinstance(cause, AdsageError):
            return str(cause)
        if isinstance(exc, UnexpectedToolError):
            log.error("tool %s failed", name, exc_info=cause or exc)
            kind = type(cause).__name__ if cause else "error"
            return f"{name}: internal error ({kind}); the server log has the details"
        if isinstance(cause, ValidationError):
            return format_validation_error(cause, name, self._arg_models.get(name))
        return str(exc)


def failure(message: str) -> CallToolResult:
    """A tool error carrying one line, secrets redacted, control characters removed."""
    lines = message.strip().splitlines()
    text = strip_controls(redact(lines[0] if lines else "unexpected error"))
    return CallToolResult(content=[TextContent(type="text", text=str(text))], is_error=True)


def build_server(settings: Settings, searcher: Any | None = None) -> AdsageServer:
    return AdsageServer(Backend(settings, searcher))


def _warm(server: AdsageServer) -> None:
    """Load the index on a side thread while the client connects; checks never wait for it."""
    import threading

    threading.Thread(target=server.backend.warm, name="adsage-index", daemon=True).start()


def _logging() -> None:
    """Log lines go to stderr (stdout is the protocol's in stdio mode), redacted."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)


def serve_stdio(settings: Settings) -> None:
    """Serve over stdin and stdout; a message past the size limit is discarded, not held."""
    import anyio

    from adsage.mcp_server.stdio import max_message_bytes, serve

    _logging()
    cap = max_message_bytes()
    server = build_server(settings)
    _warm(server)
    anyio.run(serve, server, cap)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def http_token(settings: Settings, host: str) -> str | None:
    """The bearer token HTTP clients must send; required beyond loopback, checked up front."""
    token = (settings.mcp_token or "").strip() or None
    if token is not None and len(token) < MIN_TOKEN_CHARS:
        raise ConfigError(
            f"ADSAGE_MCP_TOKEN is shorter than {MIN_TOKEN_CHARS} characters; use a long random "
            "value, e.g. from: python -c 'import secrets; print(secrets.token_urlsafe(32))'"
        )
    if token is None and not is_loopback(host):
        raise ConfigError(
            f"--host {host} is beyond loopback, so clients must send a bearer token: set "
            "ADSAGE_MCP_TOKEN, or keep the default --host 127.0.0.1"
        )
    return token


class BearerAuth:
    """ASGI guard: every HTTP request must carry ``Authorization: Bearer <token>``."""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self._token = token.encode("utf-8")

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] in ("http", "websocket") and not self._allowed(scope):
            body = json.dumps(
                {
                    "error": "invalid_token",
                    "error_description": "send Authorization: Bearer <the ADSAGE_MCP_TOKEN value>",
                }
            ).encode()
            headers = [
                (b"content-type", b"application/json"),
                (b"www-authenticate", b'Bearer realm="adsage"'),
                (b"content-length", str(len(body)).encode()),
            ]
            await send({"type": "http.response.start", "status": 401, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)

    def _allowed(self, scope: dict[str, Any]) -> bool:
        for key, value in scope.get("headers", []):
            if key.lower() == b"authorization":
                scheme, _, given = value.partition(b" ")
                return scheme.lower() == b"bearer" and hmac.compare_digest(
                    given.strip(), self._token
                )
        return False


def http_app(server: AdsageServer, *, host: str, token: str | None) -> Any:
    """The streamable HTTP app at ``/mcp``, behind the bearer guard when a token is set."""
    from adsage.mcp_server.stdio import max_message_bytes

    app = server.streamable_http_app(host=host, max_request_body_size=max_message_bytes())
    return BearerAuth(app, token) if token else app


def serve_http(settings: Settings, *, host: str, port: int) -> None:
    import uvicorn

    token = http_token(settings, host)
    _logging()
    server = build_server(settings)
    _warm(server)
    app = http_app(server, host=host, token=token)
    shown = f"[{host}]" if ":" in host else host
    note = " (bearer token required)" if token else ""
    sys.stderr.write(f"adsage MCP server on http://{shown}:{port}/mcp{note}\n")
    sys.stderr.flush()
    uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning")).run()
