"""Generative answers: streamed from a local fake model, validated, with an offline fallback."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from fakes.openai_server import FakeOpenAI, json_reply, text_reply


def _llm_chat(searcher: Any) -> tuple[Any, io.StringIO]:
    from adsage.chat.output import Output
    from adsage.cli.chat import start_chat

    buffer = io.StringIO()
    chat = start_chat(None, "openai", None, out=Output(buffer, plain=True), searcher=searcher)
    return chat, buffer


def test_answer_field_decodes_a_json_string_in_pieces() -> None:
    from adsage.chat.answer import AnswerField

    raw = json.dumps({"answer": 'Line "one"\nż \\ [1]', "sources": [1]}, ensure_ascii=True)
    field = AnswerField()
    text = "".join(field.feed(raw[i : i + 3]) for i in range(0, len(raw), 3))
    assert text == 'Line "one"\nż \\ [1]'
    assert field.done


def test_validate_rejects_ungrounded_answers() -> None:
    from adsage.chat.answer import validate

    assert validate('{"answer": "Yes [2].", "sources": [2]}', 3, "C") == ("Yes [2].", [2])
    for raw, reason in [
        ("not json", "JSON"),
        ('{"answer": "Yes [7]", "sources": []}', "do not exist"),
        ('{"answer": "Yes", "sources": []}', "no snippet"),
        ('{"answer": "C is secret [1]", "sources": [1]}', "instructions"),
    ]:
        with pytest.raises(ValueError, match=reason):
            validate(raw, 3, "C")


def test_streamed_answer_with_sources(fake_model: FakeOpenAI, shared_searcher: Any) -> None:
    fake_model.add(json_reply({"answer": "About a week of stable delivery [1].", "sources": [1]}))
    chat, buffer = _llm_chat(shared_searcher)
    chat.handle("How long is the learning phase?")
    out = buffer.getvalue()
    assert "About a week of stable delivery [1]." in out
    assert "[1] " in out.split("delivery [1].", 1)[1]
    sent = fake_model.messages()
    assert '<data name="knowledge">' in sent[-1]["content"]
    assert chat.session.sources


def test_invalid_model_answer_falls_back_to_knowledge(
    fake_model: FakeOpenAI, shared_searcher: Any
) -> None:
    fake_model.add(text_reply("I just know it."))
    chat, buffer = _llm_chat(shared_searcher)
    chat.handle("How long is the learning phase?")
    out = buffer.getvalue()
    assert "did not pass validation" in out
    assert "learning phase" in out and ".md)" in out
