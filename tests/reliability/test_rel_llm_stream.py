"""A streamed chat answer whose connection drops mid-answer.

The fake server sends the first part of the server-sent events and closes the socket.  The
turn must end in one error line, the chat must go on, and the session must hold the question
and that one reply.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest

from fakes.openai_server import FakeOpenAI, Scripted, text_reply

ANSWER = '{"answer": "A daily budget may be overspent by a quarter [1].", "sources": [1]}'
QUESTION = "How much can a daily budget be overspent?"


def _streamed(cut_after: int | None = None) -> Scripted:
    reply = text_reply(ANSWER)
    return Scripted(reply.status, reply.body, pieces=8, cut_after=cut_after)


def _chat(fake_model: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, io.StringIO]:
    from adsage.chat.output import Output
    from adsage.cli.chat import start_chat

    monkeypatch.setenv("OPENAI_BASE_URL", fake_model.url)
    monkeypatch.setenv("ADSAGE_MODEL", "fake-model")
    monkeypatch.setenv("ADSAGE_LLM_TIMEOUT", "5")
    buffer = io.StringIO()
    return start_chat(None, "openai", None, out=Output(buffer, plain=True)), buffer


def _cut_point() -> int:
    """About half of the events' bytes: the answer text has started but not finished."""
    return 560


def test_stream_cut_mid_answer_is_noted_and_the_chat_goes_on(
    fake_model: FakeOpenAI, indexed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat, buffer = _chat(fake_model, monkeypatch)
    fake_model.add(_streamed(cut_after=_cut_point()))
    chat.handle(QUESTION)
    out = buffer.getvalue()
    assert "A daily" in out  # the cut came mid-answer, after text was shown
    assert "dropped mid-answer" in out and "error:" not in out and "Traceback" not in out
    assert chat.running
    # The next turn is answered normally from a whole stream.
    mark = len(out)
    fake_model.add(_streamed())
    chat.handle(QUESTION)
    assert "overspent by a quarter [1]" in buffer.getvalue()[mark:]
    history = chat.sessions.history(chat.session)
    assert [h["role"] for h in history] == ["user", "assistant", "user", "assistant"]
    assert os.environ["ADSAGE_HOME"] == str(indexed_copy)


def test_stream_cut_falls_back_to_the_knowledge_answer(
    fake_model: FakeOpenAI, indexed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat, buffer = _chat(fake_model, monkeypatch)
    fake_model.add(_streamed(cut_after=_cut_point()))
    chat.handle(QUESTION)
    out = buffer.getvalue()
    assert "error:" not in out
    assert "overspent by a quarter" in out and "[1]" in out
