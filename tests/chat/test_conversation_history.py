"""A model turn sees the conversation's earlier messages, so "make it shorter" or "the second
one" can be understood, in the chat and in a Slack thread alike.

The history is bounded (``chat_history`` messages, each cut), redacted, passed inside a data
block, and never read twice; a figure the marketer gave earlier may be repeated in a reply,
while a figure nobody gave is still refused.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from model_script import item

from fakes.openai_server import FakeOpenAI, json_reply, text_reply

FIRST = "Hi! We sell handmade soy candles, 340 sold last month. The brand is Lumina."
SECOND = "Keep last month's sales in mind for the test."


def _chat(shared_searcher: Any, **overrides: Any) -> tuple[Any, io.StringIO]:
    from adsage.chat.core import Chat
    from adsage.chat.output import Output
    from adsage.chat.session import Sessions
    from adsage.cli.options import llm_settings
    from adsage.drafting.offline import OfflineEngine
    from adsage.state.store import open_state

    settings = llm_settings("openai").model_copy(update=overrides)
    sessions = Sessions(open_state(settings.home))
    buffer = io.StringIO()
    chat = Chat(
        settings,
        sessions.new("en"),
        sessions,
        out=Output(buffer, plain=True),
        searcher=shared_searcher,
        engine=OfflineEngine(),
    )
    return chat, buffer


def _turn_prompts(server: FakeOpenAI) -> list[str]:
    """The user message of every conversation request (not the brief-patch requests)."""
    out = []
    for request in server.requests:
        messages = request["messages"]
        if len(messages) > 1 and "Fields still missing for a plan" in str(messages[1]["content"]):
            out.append(str(messages[1]["content"]))
    return out


def _history_block(prompt: str) -> list[dict[str, str]] | None:
    start = prompt.find('<data name="history">')
    if start < 0:
        return None
    body = prompt[start:].split("\n", 1)[1].split("\n</data>", 1)[0]
    return list(json.loads(body))


def _script(server: FakeOpenAI, *replies: str) -> None:
    patches = [
        [item("product", "handmade soy candles", "handmade soy candles"), item("brand", "Lumina", "brand is Lumina")],
        [],
        [],
    ]  # fmt: skip
    for patch, reply in zip(patches, replies, strict=False):
        server.add(json_reply({"items": patch}), text_reply(reply))


def test_the_second_turn_sees_the_first_and_not_itself(
    fake_model: FakeOpenAI, shared_searcher: Any
) -> None:
    _script(fake_model, "Thanks! What is your goal?", "Yes: 340 a month is a usable base.")
    chat, buffer = _chat(shared_searcher)
    chat.handle(FIRST)
    chat.handle(SECOND)
    first, second = _turn_prompts(fake_model)
    assert _history_block(first) is None  # nothing came before
    history = _history_block(second)
    assert history is not None
    assert [m["role"] for m in history] == ["marketer", "adsage"]
    assert history[0]["text"] == FIRST
    assert "What is your goal?" in history[1]["text"]
    assert SECOND not in json.dumps(history, ensure_ascii=False)  # the current one, once
    # 340 was said in the first message only, so a reply repeating it is shown, not refused
    assert "340" not in SECOND
    out = buffer.getvalue()
    assert "340 a month is a usable base" in out
    assert "did not pass validation" not in out


def test_a_figure_nobody_gave_is_still_refused(
    fake_model: FakeOpenAI, shared_searcher: Any
) -> None:
    _script(fake_model, "Thanks! What is your goal?", "Expect 9,100 sales at a 4.4% rate.")
    chat, buffer = _chat(shared_searcher)
    chat.handle(FIRST)
    chat.handle(SECOND)
    out = buffer.getvalue()
    assert "9,100 sales" not in out and "did not pass validation" in out


def test_history_is_bounded_cut_and_can_be_switched_off(
    fake_model: FakeOpenAI, shared_searcher: Any
) -> None:
    from adsage.advisor.conversation.history import MESSAGE_CHARS

    long = "Tell me more about candles. " + "Soy wax burns cleanly. " * 60
    _script(fake_model, "Noted.", "Noted again.", "And again.")
    chat, _ = _chat(shared_searcher, chat_history=2)
    for text in (FIRST, long, SECOND):
        chat.handle(text)
    last = _history_block(_turn_prompts(fake_model)[-1])
    assert last is not None and len(last) == 2  # the last two before the current message
    assert last[0]["role"] == "marketer" and last[0]["text"].endswith("…")
    assert len(last[0]["text"]) == MESSAGE_CHARS
    assert last[1] == {"role": "adsage", "text": "Noted again."}

    fake_model.requests.clear()
    _script(fake_model, "Thanks! What is your goal?", "Fine.")
    off, _ = _chat(shared_searcher, chat_history=0)
    off.handle(FIRST)
    off.handle(SECOND)
    assert all(_history_block(p) is None for p in _turn_prompts(fake_model))


def test_recent_drops_the_current_message_and_redacts() -> None:
    from adsage.advisor.conversation.history import recent

    key = "sk-" + "a1B2" * 12
    stored = [
        {"role": "user", "text": f"my key is {key}"},
        {"role": "bot", "text": "plan: Lumina – candles"},
        {"role": "user", "text": "  "},
        {"role": "user", "text": "/ads make it shorter"},
    ]
    got = recent(stored, "make it shorter", keep=6)
    assert [m["role"] for m in got] == ["marketer", "adsage"]
    assert key not in got[0]["text"]
    assert got[1]["text"] == "plan: Lumina – candles"
    assert recent(stored, "something else", keep=1) == [
        {"role": "marketer", "text": "/ads make it shorter"}
    ]
    assert recent(stored, "x", keep=0) == []


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_slack_thread_passes_its_history_and_remembers_the_reply(
    lang: str, fake_model: FakeOpenAI, shared_searcher: Any, tmp_path: Any
) -> None:
    from adsage.cli.options import llm_settings
    from adsage.drafting.offline import OfflineEngine
    from adsage.slack.threads import Threads
    from adsage.slack.work import Advisor
    from adsage.state.store import StateStore

    first = {"en": FIRST, "pl": "Cześć! Sprzedajemy ręcznie robione świece sojowe marki Lumina."}
    second = {"en": SECOND, "pl": "W zeszłym miesiącu sprzedaliśmy 340 sztuk, weź to pod uwagę."}
    _script(fake_model, "Thanks! What is your goal?", "340 is a usable base.")
    settings = llm_settings("openai", home=tmp_path / "model-slack")
    threads = Threads(StateStore(tmp_path / "slack.sqlite"))
    bot = Advisor(settings, threads, searcher=shared_searcher, engine=OfflineEngine())
    bot.handle(first[lang], "T1:C9:2.0", lambda _: None)
    bot.handle(second[lang], "T1:C9:2.0", lambda _: None)
    history = _history_block(_turn_prompts(fake_model)[-1])
    assert history is not None
    assert history[0] == {"role": "marketer", "text": first[lang]}
    assert history[1] == {"role": "adsage", "text": "Thanks! What is your goal?"}
    stored = threads.history("T1:C9:2.0")
    assert stored[-1]["role"] == "bot" and stored[-1]["text"] == "340 is a usable base."
