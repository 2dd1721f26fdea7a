"""A pseudo-terminal runner: what the CLI prints where stdout is a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
from collections.abc import Callable

import pytest

Terminal = Callable[[list[str], dict[str, str]], tuple[bytes, bytes, int]]


def _run_in_terminal(cmd: list[str], env: dict[str, str]) -> tuple[bytes, bytes, int]:
    """Run ``cmd`` with a pseudo-terminal as stdout: its output, its stderr, its exit code."""
    main_fd, child_fd = pty.openpty()
    proc = subprocess.Popen(
        cmd, stdout=child_fd, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env
    )
    os.close(child_fd)
    chunks = []
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # the terminal closed with the child
            break
        if not chunk:
            break
        chunks.append(chunk)
    _, err = proc.communicate()
    os.close(main_fd)
    return b"".join(chunks), err, proc.returncode


@pytest.fixture
def terminal() -> Terminal:
    return _run_in_terminal
