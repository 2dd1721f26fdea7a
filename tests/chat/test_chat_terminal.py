"""The chat through prompt_toolkit (pipe input, dummy output), a real pipe, and tmux."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from chat_support import BRIEF, ROOT

ADSAGE = str(Path(sys.executable).parent / "adsage")


def _prompt_chat(searcher: Any, keys: str) -> tuple[Any, str]:
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from adsage.chat.output import Output
    from adsage.chat.repl import run_terminal
    from adsage.cli.chat import start_chat

    buffer = io.StringIO()
    chat = start_chat(None, None, None, out=Output(buffer, plain=True), searcher=searcher)
    with create_pipe_input() as inp:
        inp.send_text(keys)
        with create_app_session(input=inp, output=DummyOutput()):
            run_terminal(chat, history=chat.settings.home / "chat_history")
    return chat, buffer.getvalue()


def test_prompt_toolkit_session(shared_searcher: Any) -> None:
    keys = f"/help\r/load {BRIEF}\rnapisz trzy nagłówki dla SnowPeak\r/exit\r"
    chat, out = _prompt_chat(shared_searcher, keys)
    assert "Commands:" in out
    assert "-> /copy 3" in out and "3. " in out
    assert not chat.running
    history = (chat.settings.home / "chat_history").read_text("utf-8")
    assert "napisz trzy" in history


def test_prompt_toolkit_multiline_and_eof(shared_searcher: Any) -> None:
    # Esc+M switches to multi-line: Enter adds a line, Esc+Enter sends; Ctrl-D leaves.
    keys = "\x1bm/check goal Sell 300 boards\rby 24 December 2026\x1b\r\x04"
    chat, out = _prompt_chat(shared_searcher, keys)
    assert "goal:" in out and "goal.time_bound" not in out
    assert chat.multiline and not chat.running


def test_prompt_toolkit_completes_commands(shared_searcher: Any) -> None:
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    from adsage.chat.repl import _completer

    comp = _completer()
    names = [c.text for c in comp.get_completions(Document("/va"), CompleteEvent())]
    assert names == ["/variants"]
    fields = [c.text for c in comp.get_completions(Document("/variants he"), CompleteEvent())]
    assert fields == ["headline"]


def _run_pipe(text: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ADSAGE, "chat", *args],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ},
    )


def test_pipe_check_goal_plain_text(indexed_home: Path) -> None:
    proc = _run_pipe("/check goal Sell 300 boards\n")
    assert proc.returncode == 0, proc.stderr
    assert "goal: ERRORS" in proc.stdout and "goal.time_bound" in proc.stdout
    assert "\x1b" not in proc.stdout
    assert "Traceback" not in proc.stderr


def test_pipe_resume_restores_brief_and_history(indexed_home: Path) -> None:
    first = _run_pipe(f"/load {BRIEF}\nnapisz trzy nagłówki dla SnowPeak\n")
    assert first.returncode == 0, first.stderr
    assert "-> /copy 3" in first.stdout
    session_id = first.stdout.split("Session ")[1].split(".")[0].strip()
    again = _run_pipe("/brief\n", "--resume")
    # the last message was Polish, so the greeting is too
    assert f"Wznowiono sesję {session_id}" in again.stdout
    assert "you: napisz trzy nagłówki dla SnowPeak" in again.stdout
    assert "brand: SnowPeak" in again.stdout
    named = _run_pipe("/brief\n", "--resume", session_id)
    assert "brand: SnowPeak" in named.stdout
    bad = _run_pipe("", "--resume", "nope")
    assert bad.returncode == 2 and bad.stderr.startswith("error: --resume nope")


def _tmux(socket: str, *args: str) -> str:
    return subprocess.run(
        ["tmux", "-S", socket, *args], capture_output=True, text=True, timeout=30, check=True
    ).stdout


def _wait_for(socket: str, target: str, text: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux(socket, "capture-pane", "-p", "-J", "-S", "-200", "-t", target)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not on screen:\n{screen}")


def test_real_terminal_with_tmux(indexed_home: Path, tmp_path: Path) -> None:
    if shutil.which("tmux") is None:
        print("skipping: tmux is not installed (apt-get install tmux)")
        pytest.skip("tmux is not installed (Debian package tmux)")
    name, socket = "adsage-chat", str(tmp_path / "tmux.sock")
    command = f"cd {ROOT} && ADSAGE_HOME={indexed_home} {ADSAGE} chat; sleep 30"
    _tmux(socket, "new-session", "-d", "-s", name, "-x", "160", "-y", "50", command)
    try:
        _wait_for(socket, name, "\n>")  # the prompt (capture-pane drops trailing spaces)
        _tmux(socket, "send-keys", "-t", name, "/help", "Enter")
        _wait_for(socket, name, "Esc+M")
        _tmux(socket, "send-keys", "-t", name, f"/load {BRIEF}", "Enter")
        _wait_for(socket, name, "Brief loaded")
        _tmux(socket, "send-keys", "-t", name, "napisz trzy nagłówki dla SnowPeak", "Enter")
        screen = _wait_for(socket, name, "3. ")
        assert "-> /copy 3" in screen
        _tmux(socket, "send-keys", "-t", name, "/exit", "Enter")
        screen = _wait_for(socket, name, "--resume")
        assert "Commands:" in screen and "/variants FIELD [N]" in screen
        assert "Traceback" not in screen
    finally:
        subprocess.run(["tmux", "-S", socket, "kill-server"], capture_output=True, timeout=30)
