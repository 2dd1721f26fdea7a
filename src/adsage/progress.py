"""Progress for long steps: a live line on a terminal, nothing in a pipe or with ``--json``.

Library code (indexing, a lock wait, reading a large export) only calls :func:`report`,
which does nothing unless a command has opened :func:`on_terminal` around the work; so the
core stays free of rich and of any idea of where its output goes, and a script piping
``adsage index --json`` gets clean output.  The reporter lives in a context variable, so a
worker thread of the Slack bot or a test never sees another caller's progress.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

Reporter = Callable[[str, int, "int | None"], None]
_reporter: ContextVar[Reporter | None] = ContextVar("adsage_progress", default=None)


def report(stage: str, done: int = 0, total: int | None = None) -> None:
    """Say what is happening now; ``total=None`` is a step of unknown length (a spinner)."""
    reporter = _reporter.get()
    if reporter is not None:
        reporter(stage, done, total)


@contextlib.contextmanager
def reporting(reporter: Reporter) -> Iterator[None]:
    """Send :func:`report` calls made inside the block to ``reporter``."""
    token = _reporter.set(reporter)
    try:
        yield
    finally:
        _reporter.reset(token)


@contextlib.contextmanager
def held(lock: Any, waiting: str) -> Iterator[None]:
    """Hold a ``filelock`` lock; when another process has it, say so while waiting.

    The lock's own timeout still applies (its ``Timeout`` reaches the caller as before).
    """
    from filelock import Timeout

    try:
        lock.acquire(timeout=0)
    except Timeout:
        report(waiting)
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def on_terminal(console: Any, *, quiet: bool = False) -> Iterator[None]:
    """A transient rich progress line on ``console`` while the block runs, when it is a
    terminal and ``quiet`` (``--json``) is off; otherwise (or with no console at all)
    reports go nowhere."""
    if quiet or console is None or not console.is_terminal:
        with reporting(lambda stage, done, total: None):
            yield
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def show(stage: str, done: int, total: int | None) -> None:
            bar.update(task, description=stage, completed=done, total=total, refresh=True)

        with reporting(show):
            yield
