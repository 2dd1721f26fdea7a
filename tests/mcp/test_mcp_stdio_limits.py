"""``adsage mcp`` over real stdio meets a message past the size limit: the line is discarded as
it streams in (the server's memory stays flat while 200 MB arrive), the client is told with a
JSON-RPC error naming the limit whenever the message's id can be found, and the next messages
are answered as usual."""

from __future__ import annotations

import io
import json
import queue
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mcp_support import ADSAGE, ROOT, copy_index, server_env

MB = 1024 * 1024
# A server holding a 200 MB line would grow by at least that much; a bounded one holds the
# 2 MB cap and a few buffers.
MAX_GROWTH = 64 * MB
WAIT = 180.0  # a safety net so a broken server fails the test instead of hanging it


def rule_cap() -> int:
    from adsage.mcp_server.stdio import max_message_bytes

    return max_message_bytes()


def status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"{field} not in /proc/{pid}/status")


class Wire:
    """The client side of the pipes: JSON lines out, JSON lines in (read on a thread)."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self.proc = proc
        self.lines: queue.Queue[bytes] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)

    def write(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message: dict[str, Any]) -> None:
        self.write(json.dumps(message).encode() + b"\n")

    def receive(self) -> dict[str, Any]:
        try:
            line = self.lines.get(timeout=WAIT)
        except queue.Empty:
            raise AssertionError("the server sent nothing") from None
        data: dict[str, Any] = json.loads(line)
        return data

    def answer(self, wanted: int | str) -> dict[str, Any]:
        """The response to request ``wanted`` (log notifications in between are skipped)."""
        while True:
            message = self.receive()
            if message.get("id") == wanted:
                return message
            assert "id" not in message, message  # no answer to anything else


@pytest.fixture
def server(mcp_index: Path, tmp_path: Path) -> Iterator[tuple[Wire, Path]]:
    home = copy_index(mcp_index, tmp_path / "home")
    log = tmp_path / "stderr.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [ADSAGE, "mcp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            env=server_env(home),
            cwd=str(ROOT),
        )
    wire = Wire(proc)
    wire.send(
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "limits-test", "version": "1"},
            },
        }
    )
    assert wire.answer(1)["result"]["serverInfo"]["name"] == "adsage"
    wire.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    try:
        yield wire, log
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def tools_list(wire: Wire, request_id: int) -> list[str]:
    wire.send({"jsonrpc": "2.0", "id": request_id, "method": "tools/list"})
    return [t["name"] for t in wire.answer(request_id)["result"]["tools"]]


def test_a_200_mb_line_is_discarded_with_flat_memory_and_the_next_message_is_served(
    server: tuple[Wire, Path],
) -> None:
    wire, log = server
    pid = wire.proc.pid
    # the index is opened by the first search, so its memory is in the baseline
    wire.send(
        {
            "jsonrpc": "2.0",
            "id": 2,
            "method": "tools/call",
            "params": {"name": "search_guidance", "arguments": {"query": "learning phase", "k": 1}},
        }
    )
    assert "result" in wire.answer(2)
    start_rss, start_peak = status_kb(pid, "VmRSS"), status_kb(pid, "VmHWM")

    wire.write(b'{"jsonrpc": "2.0", "id": 7, "method": "tools/list", "params": {"pad": "')
    chunk = b"a" * MB
    highest = start_rss
    for i in range(200):
        wire.write(chunk)
        if i % 10 == 0:
            highest = max(highest, status_kb(pid, "VmRSS"))
    wire.write(b'"}}\n')

    error = wire.answer(7)
    assert (highest - start_rss) * 1024 < MAX_GROWTH, (start_rss, highest)
    assert (status_kb(pid, "VmHWM") - start_peak) * 1024 < MAX_GROWTH
    assert error["error"]["code"] == -32600
    message = error["error"]["message"]
    assert "\n" not in message and f"{rule_cap() // MB} MB" in message, message
    assert "search_guidance" in tools_list(wire, 8)
    stderr = log.read_text("utf-8", errors="replace")
    assert "id 7" in stderr and "discarded" in stderr


def test_an_id_after_the_params_is_answered_and_a_message_without_one_is_logged(
    server: tuple[Wire, Path],
) -> None:
    wire, log = server
    pad = "b" * (rule_cap() + MB)
    wire.write(
        json.dumps({"jsonrpc": "2.0", "method": "tools/list", "params": {"pad": pad}, "id": "t-1"})
        .replace(" ", "")
        .encode()
        + b"\n"
    )
    assert wire.answer("t-1")["error"]["code"] == -32600
    # a notification has no id: nothing can be answered, the server says so on stderr
    wire.send({"jsonrpc": "2.0", "method": "notifications/progress", "params": {"pad": pad}})
    # an id inside the params is not the message's
    wire.send({"jsonrpc": "2.0", "method": "x", "params": {"id": 99, "pad": pad}})
    assert "search_guidance" in tools_list(wire, 9)  # nothing was answered in between
    assert wire.proc.stdin is not None
    wire.proc.stdin.close()
    assert wire.proc.wait(timeout=WAIT) == 0
    stderr = log.read_text("utf-8", errors="replace")
    assert stderr.count("no id to answer") == 2, stderr


def test_a_line_at_the_cap_is_read_and_a_longer_one_is_not_held() -> None:
    from adsage.mcp_server.stdio import LineReader, Oversized

    cap = 1000
    head = b'{"jsonrpc":"2.0","id":3,"params":"'
    exact = head + b"x" * (cap - len(head) - 2) + b'"}'
    endless = b'{"id":"e","p":"' + b"y" * (cap * 50)  # no newline: ends with the stream
    stream = io.BytesIO(exact + b"\n" + head + b"x" * cap * 50 + b'"}\n' + b"{}\n" + endless)
    reader = LineReader(stream, cap)
    assert reader.next() == exact + b"\n"
    got = reader.next()
    assert isinstance(got, Oversized) and got.id == 3 and got.size > cap * 50
    assert reader.next() == b"{}\n"
    got = reader.next()
    assert isinstance(got, Oversized) and got.id == "e"
    assert reader.next() is None


@pytest.mark.parametrize(
    ("head", "found"),
    [
        (b'{"jsonrpc": "2.0", "id": 12, "method": "x"', 12),
        (b'{"method": "x", "id": "abc", "params": {"a', "abc"),
        (b'{"params": {"id": 5, "x": "', None),
        (b'{"params": {"q": "\\"id\\": 5"}, "method": "', None),
        (b'{"id": true, "method": "x"', None),
        (b'{"id": 1.5}', None),
        (b'[{"id": 1}', None),
        (b'{"method": "x", "params": "aaaa', None),
    ],
)
def test_the_id_of_a_message_is_found_only_at_its_top_level(
    head: bytes, found: int | str | None
) -> None:
    from adsage.mcp_server.stdio import head_id

    assert head_id(head) == found


@pytest.mark.parametrize(
    ("tail", "found"),
    [
        (b'aaaa"}, "id": 41}\n', 41),
        (b'aaaa"},"id":"r-2"}', "r-2"),
        (b'aaaa", "params": {"id": 41}}\n', None),
        (b'aaaa \\"id\\": 41}', None),
    ],
)
def test_an_id_written_last_is_found_in_the_tail(tail: bytes, found: int | str | None) -> None:
    from adsage.mcp_server.stdio import tail_id

    assert tail_id(tail) == found


def test_the_limit_is_rule_data_that_fits_every_tool_input() -> None:
    from adsage.inputs import MAX_CHECK_BYTES
    from adsage.mcp_server.stdio import McpRules
    from adsage.rules.loader import load_rules

    limits = load_rules("mcp.yaml", McpRules).limits
    assert limits.source and limits.as_of
    assert limits.max_message_bytes >= 2 * MAX_CHECK_BYTES
