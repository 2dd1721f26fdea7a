"""A one-line progress display while a local model drafts: part, tokens per second, elapsed.

A CPU-speed model takes minutes per plan; a silent terminal looks hung.  The line is drawn on
stderr only when the surface turned it on (:func:`show_progress`, the CLI does for a terminal
and not for ``--json``) and stderr is a terminal, so pipes, files and JSON never see it.
"""

from __future__ import annotations

import sys
import time
from contextvars import ContextVar
from typing import Any

from adsage.drafting.llm_window import CHARS_PER_TOKEN

_ENABLED: ContextVar[bool] = ContextVar("adsage_llm_progress", default=False)
_REFRESH = 0.25


def show_progress(on: bool) -> None:
    """Turn the progress line on or off for model calls made from this context."""
    _ENABLED.set(on)


class Progress:
    """Counts streamed text per part; draws the line at most four times a second."""

    def __init__(self) -> None:
        self.part = ""
        self.chars = 0
        self.started = time.monotonic()
        self.part_started = self.started
        self._drawn = 0.0
        self._status: Any = None

    @property
    def active(self) -> bool:
        return _ENABLED.get() and sys.stderr.isatty()

    def begin(self, part: str) -> None:
        self.part, self.chars, self.part_started = part, 0, time.monotonic()
        self._draw(force=True)

    def feed(self, text: str) -> None:
        self.chars += len(text)
        self._draw()

    def line(self) -> str:
        now = time.monotonic()
        spent = max(now - self.part_started, 1e-6)
        rate = self.chars / CHARS_PER_TOKEN / spent
        return f"drafting {self.part} · {rate:.1f} tokens/s · {now - self.started:.0f} s elapsed"

    def _draw(self, force: bool = False) -> None:
        if not self.active:
            return
        now = time.monotonic()
        if not force and now - self._drawn < _REFRESH:
            return
        self._drawn = now
        if self._status is None:
            from rich.console import Console

            self._status = Console(stderr=True).status(self.line())
            self._status.start()
        else:
            self._status.update(self.line())

    def close(self) -> None:
        if self._status is not None:
            self._status.stop()
            self._status = None
