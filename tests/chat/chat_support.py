"""Shared constants and the in-process chat driver (a unique module name, unlike conftest)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BRIEF = ROOT / "examples" / "brief.yaml"
BRIEF_PL = ROOT / "examples" / "brief.pl.yaml"


class Driver:
    """A chat in this process, writing plain text to a buffer."""

    def __init__(self, chat: Any, buffer: io.StringIO) -> None:
        self.chat = chat
        self.buffer = buffer

    def send(self, line: str) -> str:
        start = len(self.buffer.getvalue())
        self.chat.handle(line)
        return self.buffer.getvalue()[start:]
