"""The stdio transport with a bounded line reader.

The SDK's stdio transport reads stdin line by line with no limit, so one line of hundreds of
megabytes (or an endless one) would be held whole in memory.  Here stdin is read at most
``max_message_bytes + 1`` bytes of a line at a time: a longer message is discarded up to its
newline in small pieces, the client gets a JSON-RPC error naming the limit when the message's
id can be found (in its first part or as the last member before its closing brace), a line on
stderr otherwise, and the next messages are served as usual.  Everything else (the stdout
side, the protocol) is the SDK's own ``stdio_server``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO, cast

import anyio
import anyio.to_thread
from pydantic import Field

from adsage.rules.base import Strict

log = logging.getLogger("adsage.mcp")

INVALID_REQUEST = -32600  # JSON-RPC 2.0: the message is not a valid request
DISCARD_CHUNK = 64 * 1024  # how much of a discarded line is held at a time
TAIL_BYTES = 4096  # the end of a discarded line kept to find an id written last


class Limits(Strict):
    """adsage's own guard for one client message (see knowledge/rules/mcp.yaml)."""

    source: str = Field(min_length=3)
    as_of: date
    max_message_bytes: int = Field(ge=64 * 1024)


class McpRules(Strict):
    limits: Limits


def max_message_bytes() -> int:
    """The largest JSON-RPC message either transport accepts, from the rule data."""
    from adsage.rules.loader import load_rules

    return load_rules("mcp.yaml", McpRules).limits.max_message_bytes


def size_text(n: int) -> str:
    return f"{n // 1024**2} MB" if n % 1024**2 == 0 else f"{n // 1024} KB"


def too_large(cap: int) -> str:
    """The one-line error a discarded message gets."""
    return (
        f"message larger than {size_text(cap)}, the limit of one JSON-RPC message; it was discarded"
    )


# ---- finding a discarded message's id ---------------------------------------------------------

_TOKEN = re.compile(rb'\s*(?:("[^"\\]*(?:\\.[^"\\]*)*")|([{}\[\]:,])|([^\s"{}\[\]:,]+))', re.DOTALL)
_TAIL_ID = re.compile(rb'[,{]\s*"id"\s*:\s*(-?\d{1,30}|"[^"\\]{0,256}")\s*\}\s*$')


def _request_id(token: bytes) -> int | str | None:
    try:
        value = json.loads(token)
    except ValueError:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    return value


def head_id(head: bytes) -> int | str | None:
    """The top-level ``id`` of a JSON object of which ``head`` is the beginning, if it is
    there; keys named ``id`` inside ``params`` or inside strings do not count."""
    depth, pos, key, want_key = 0, 0, None, False
    while m := _TOKEN.match(head, pos):
        pos = m.end()
        string, punct, scalar = m.groups()
        if punct is not None:
            if punct in b"{[":
                depth += 1
                want_key = depth == 1 and punct == b"{"
                if depth == 1 and punct == b"[":
                    return None  # a batch: no single id to answer
            elif punct in b"}]":
                depth -= 1
            elif punct == b"," and depth == 1:
                want_key = True
            continue
        if depth != 1:
            continue
        token = string if string is not None else scalar
        if want_key:
            key, want_key = (json.loads(token) if string is not None else None), False
        elif key == "id":
            return _request_id(token)
    return None


def tail_id(tail: bytes) -> int | str | None:
    """The ``id`` written as the object's last member, right before its closing brace."""
    m = _TAIL_ID.search(tail)
    return _request_id(m.group(1)) if m else None


# ---- reading lines ----------------------------------------------------------------------------


@dataclass
class Oversized:
    """A line past the cap, already discarded: its size and the id it asked under."""

    size: int
    id: int | str | None


class LineReader:
    """Lines of a binary stream, holding at most ``cap + 1`` bytes of any one of them."""

    def __init__(self, raw: BinaryIO, cap: int) -> None:
        self.raw = raw
        self.cap = cap

    def next(self) -> bytes | Oversized | None:
        """The next line (None at the end of the stream), or what was discarded of one."""
        line = self.raw.readline(self.cap + 1)
        if not line:
            return None
        if len(line) <= self.cap or line.endswith(b"\n"):
            return line
        found, size = head_id(line), len(line)
        tail = line[-TAIL_BYTES:]
        del line
        while part := self.raw.readline(DISCARD_CHUNK):
            size += len(part)
            tail = (tail + part)[-TAIL_BYTES:]
            if part.endswith(b"\n"):
                break
        return Oversized(size, found if found is not None else tail_id(tail))


class BoundedStdin:
    """What the SDK's transport iterates over instead of its unbounded text stdin."""

    def __init__(self, reader: LineReader, oversized: Callable[[Oversized], Awaitable[None]]):
        self.reader = reader
        self.oversized = oversized

    def __aiter__(self) -> BoundedStdin:
        return self

    async def __anext__(self) -> str:
        while True:
            got = await anyio.to_thread.run_sync(self.reader.next, abandon_on_cancel=True)
            if got is None:
                raise StopAsyncIteration
            if isinstance(got, Oversized):
                await self.oversized(got)
                continue
            return got.decode("utf-8", errors="replace")


def claim_stdin() -> tuple[BinaryIO, Callable[[], None]]:
    """The wire on a private descriptor, with fd 0 pointed at the null device meanwhile (as
    the SDK's transport does), so nothing else in the process can read protocol bytes; the
    returned function points fd 0 back at the wire."""
    try:
        import fcntl

        wire = fcntl.fcntl(0, fcntl.F_DUPFD_CLOEXEC, 3)
        null = os.open(os.devnull, os.O_RDONLY)
    except (ImportError, OSError):
        return sys.stdin.buffer, lambda: None
    os.dup2(null, 0)
    os.close(null)

    def restore() -> None:
        os.dup2(wire, 0)

    # never closed: a reading thread may still block on it when the server stops
    return cast(BinaryIO, os.fdopen(wire, "rb", closefd=False)), restore


async def serve(server: Any, cap: int) -> None:
    """Run ``server`` (an SDK ``MCPServer``) over stdin and stdout with the bounded reader."""
    from mcp.server.stdio import stdio_server
    from mcp.shared.message import SessionMessage
    from mcp_types import ErrorData, JSONRPCError

    wire, restore = claim_stdin()
    replies: list[Any] = []
    ready = anyio.Event()

    async def oversized(got: Oversized) -> None:
        if got.id is None:
            log.warning("%s (%d bytes, no id to answer)", too_large(cap), got.size)
            return
        log.warning("%s (%d bytes, id %s)", too_large(cap), got.size, got.id)
        await ready.wait()
        error = JSONRPCError(
            jsonrpc="2.0", id=got.id, error=ErrorData(code=INVALID_REQUEST, message=too_large(cap))
        )
        # the session may have ended meanwhile: then there is nobody to tell
        with suppress(anyio.ClosedResourceError, anyio.BrokenResourceError):
            await replies[0].send(SessionMessage(error))

    stdin = BoundedStdin(LineReader(wire, cap), oversized)
    try:
        async with stdio_server(stdin=cast(Any, stdin)) as (read, write):
            replies.append(write)
            ready.set()
            low = server._lowlevel_server
            await low.run(read, write, low.create_initialization_options())
    finally:
        restore()
