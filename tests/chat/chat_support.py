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


SLACK_KEY = "T1:C1:1.0"
TRAILBREW = (
    "The brand is TrailBrew. We sell trail coffee kits at https://trailbrew.example/kits. "
    "Goal: 300 orders by 24 December 2027. Budget 50 USD daily from 1 December 2027 "
    "to 24 December 2027 in the US."
)


def slack_say(slack: Any, line: str) -> str:
    """The text of the Slack bot's reply to ``line`` in the test thread."""
    outcome = slack.handle(line, SLACK_KEY, lambda lang: None)
    return "\n".join(m.text for m in outcome.messages)
