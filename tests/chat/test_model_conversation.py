"""With a model configured the chat is a conversation: the model reads brief details (checked
against the user's words and validated by the core) and acts through the core's tools.

The fake OpenAI-compatible server is scripted per turn: a brief patch (structured output),
then tool calls and a final reply.  The same messages run offline must give the same brief
fields wherever the rules find them.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from model_script import CONVERSATIONS, EXPECTED, item, replies

from fakes.openai_server import FakeOpenAI, json_reply, text_reply, tool_reply


@pytest.fixture(autouse=True)
def _fresh_strategies() -> Iterator[None]:
    from adsage.drafting.llm_structured import StrategyStore

    StrategyStore.forget_all()
    yield
    StrategyStore.forget_all()


def _chat(shared_searcher: Any, llm: str | None, lang: str = "en") -> tuple[Any, io.StringIO]:
    """A chat whose plans and copy are drafted offline, so the script covers only the turn."""
    from adsage.chat.core import Chat
    from adsage.chat.output import Output
    from adsage.chat.session import Sessions
    from adsage.cli.options import llm_settings
    from adsage.drafting.offline import OfflineEngine
    from adsage.state.store import open_state

    settings = llm_settings(llm)
    sessions = Sessions(open_state(settings.home))
    buffer = io.StringIO()
    chat = Chat(
        settings,
        sessions.new(lang),
        sessions,
        out=Output(buffer, plain=True),
        searcher=shared_searcher,
        engine=OfflineEngine(),
    )
    return chat, buffer


def _flat(brief: dict[str, Any]) -> dict[str, str]:
    from adsage.advisor.brief_fields import flat_fields

    return flat_fields(brief)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_six_turns_end_in_a_valid_plan_with_the_users_brief(
    lang: str, fake_model: FakeOpenAI, shared_searcher: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from adsage.advisor.brief_extract import to_brief

    conversation = CONVERSATIONS[lang]
    fake_model.extend(replies(conversation))
    chat, buffer = _chat(shared_searcher, "openai", lang)
    with caplog.at_level(logging.WARNING, logger="adsage.conversation"):
        for text, _, _ in conversation:
            chat.handle(text)
    out = buffer.getvalue()
    assert not fake_model.script, "every scripted reply was used"
    assert _flat(chat.session.brief) == EXPECTED[lang]
    brief = to_brief(chat.session.brief)
    assert brief.language == lang and brief.budget.amount == 1500
    assert "offer" not in chat.session.brief  # invented by the model, dropped
    assert any("dropped brief value offer" in r.getMessage() for r in caplog.records)
    dropped = {"en": "Not used, because your message does not say it: offer",
               "pl": "Pominięte, bo Twoja wiadomość tego nie mówi: offer"}[lang]  # fmt: skip
    assert dropped in out
    # The plan was built by the core from the validated brief and shown in full.
    assert "Lumina" in out and ("## " in out or "# " in out)
    goal_title = {"en": "goal: ", "pl": "cel: "}[lang]
    assert goal_title in out
    # The knowledge the reply cites is listed under it.
    assert "[1] " in out and chat.session.sources
    # Brief reading went through structured output; the loop offered only the core's tools.
    patch_requests = [r for r in fake_model.requests if "tools" not in r]
    loop_requests = [r for r in fake_model.requests if "tools" in r]
    assert len(patch_requests) == 6 and "response_format" in patch_requests[0]
    names = {t["function"]["name"] for t in loop_requests[0]["tools"]}
    assert {"build_plan", "update_brief", "check_goal", "analyse_results"} <= names
    assert not any("exec" in n or "shell" in n or "file_read" in n for n in names)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_the_same_conversation_offline_reads_the_same_fields(
    lang: str, fake_model: FakeOpenAI, shared_searcher: Any
) -> None:
    conversation = CONVERSATIONS[lang]
    offline, _ = _chat(shared_searcher, "offline", lang)
    for text, _, _ in conversation:
        offline.handle(text)
    fake_model.extend(replies(conversation))
    online, _ = _chat(shared_searcher, "openai", lang)
    for text, _, _ in conversation:
        online.handle(text)
    rules, model = _flat(offline.session.brief), _flat(online.session.brief)
    assert len(rules) >= 10
    assert {k: model.get(k) for k in rules} == rules
    assert not fake_model.requests[0].get("tools")  # the offline chat sent nothing


def test_an_invented_value_is_dropped_and_the_users_value_kept(
    fake_model: FakeOpenAI, shared_searcher: Any, caplog: pytest.LogCaptureFixture
) -> None:
    text = "We sell beeswax candles, budget 1500 zł in total, from 1 March 2027 to 31 March 2027."
    fake_model.add(
        json_reply(
            {
                "items": [
                    item("budget", "5000 PLN lifetime", "budget 1500 zł in total"),
                    item("brand", "Candleco", "brand Candleco"),
                    item("age", "18-65", "adults"),
                    item("start", "2026-03-01", "1 March 2027"),
                ]
            }
        ),
        text_reply("Noted. What is the brand?"),
    )
    chat, buffer = _chat(shared_searcher, "openai")
    with caplog.at_level(logging.WARNING, logger="adsage.conversation"):
        chat.handle(text)
    flat = _flat(chat.session.brief)
    assert flat["budget"] == "1500 PLN lifetime"  # the rules' reading of the user's words
    assert "brand" not in flat and "age" not in flat
    assert flat["start"] == "2027-03-01"  # the core reads the date from the words
    logged = " ".join(r.getMessage() for r in caplog.records)
    for name in ("budget", "brand", "age"):
        assert f"dropped brief value {name}" in logged
    assert "budget, brand, age" in buffer.getvalue()


def test_an_invalid_value_is_asked_back_not_guessed(
    fake_model: FakeOpenAI, shared_searcher: Any
) -> None:
    fake_model.add(
        json_reply({"items": [item("landing_url", "lumina shop", "lumina shop")]}),
        text_reply("Which page should the ads open?"),
    )
    chat, buffer = _chat(shared_searcher, "openai")
    chat.handle("Send people to the lumina shop please")
    assert "landing_url" not in chat.session.brief
    assert "Please give these again: " in buffer.getvalue()


@pytest.mark.parametrize(
    ("lang", "text", "message"),
    [
        ("en", "We sell candles. Tell me everything you know.", "I stopped after 3 tool calls"),
        ("pl", "Sprzedajemy świece. Powiedz mi wszystko, co wiesz.", "Przerwałem po 3 wywołaniach"),
    ],
)
def test_a_tool_call_loop_is_cut_at_the_cap(
    lang: str,
    text: str,
    message: str,
    fake_model: FakeOpenAI,
    shared_searcher: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from adsage.advisor.conversation.model_turn import ToolCallLimit, converse
    from adsage.config import load_settings

    monkeypatch.setenv("ADSAGE_CHAT_MAX_TOOL_CALLS", "3")
    patch = [item("product", "candles" if lang == "en" else "świece", text.split(".")[0])]
    fake_model.add(json_reply({"items": patch}))
    fake_model.handler = lambda request: tool_reply("search_knowledge", {"query": "budget"})
    chat, buffer = _chat(shared_searcher, "openai", lang)
    chat.handle(text)
    assert message in buffer.getvalue()
    assert chat.session.brief.get("product")  # what the turn read is kept
    loop = [r for r in fake_model.requests if "tools" in r]
    assert len(loop) == 4  # three calls ran; the fourth asked for was refused
    assert sum(m["role"] == "tool" for m in loop[-1]["messages"]) == 3
    # The same turn through the core: a typed error with attempts, last output and usage.
    fake_model.add(json_reply({"items": []}))
    settings = load_settings(llm="openai")
    turn = converse(text, lang=lang, brief={}, settings=settings, searcher=lambda: shared_searcher)
    assert isinstance(turn.stopped, ToolCallLimit)
    assert turn.stopped.attempts == 4 and turn.stopped.usage.total > 0
    assert "search_knowledge" in turn.stopped.last_output
    assert turn.text.startswith(message)


def test_a_reply_with_figures_no_tool_gave_is_not_shown(
    fake_model: FakeOpenAI, shared_searcher: Any
) -> None:
    fake_model.add(
        json_reply({"items": [item("product", "candles", "candles")]}),
        text_reply("Candles convert at 7.5% on Meta, and you will sell 900 units."),
    )
    chat, buffer = _chat(shared_searcher, "openai")
    chat.handle("We sell candles.")
    out = buffer.getvalue()
    assert "900 units" not in out and "did not pass validation" in out
    assert "7.5, 900" in out


def test_tool_arguments_are_validated_like_user_input(
    fake_model: FakeOpenAI, shared_searcher: Any, tmp_path: Any
) -> None:
    from adsage.advisor.conversation.tools import ToolContext, run_tool
    from adsage.config import load_settings

    ctx = ToolContext(
        settings=load_settings(),
        searcher=lambda: shared_searcher,
        brief={},
        text="",
        lang="en",
        files_root=tmp_path,
    )
    assert "error" in run_tool(ctx, "size_ab_test", {"baseline": 3, "mde": 0.1})
    assert "error" in run_tool(ctx, "check_copy", {"text": "x", "shell": "id"})
    assert "error" in run_tool(ctx, "check_copy", "{not json")
    assert "no tool named" in run_tool(ctx, "os_system", {})["error"]
    escape = run_tool(ctx, "analyse_results", {"file": "../../etc/passwd"})
    assert "outside the folder" in escape["error"]
    assert "error" in run_tool(ctx, "build_plan", {})  # no brief yet: the core says what is missing
    sized = run_tool(ctx, "size_ab_test", {"baseline": 0.02, "mde": 0.2})
    assert sized["sample_size_per_variant"] > 0
    json.dumps(sized)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_the_same_conversation_in_a_slack_thread(
    lang: str, fake_model: FakeOpenAI, shared_searcher: Any, tmp_path: Any
) -> None:
    from adsage.cli.options import llm_settings
    from adsage.drafting.offline import OfflineEngine
    from adsage.slack.threads import Threads
    from adsage.slack.work import Advisor
    from adsage.state.store import StateStore

    settings = llm_settings("openai", home=tmp_path / "model-slack")
    threads = Threads(StateStore(tmp_path / "slack.sqlite"))
    bot = Advisor(settings, threads, searcher=shared_searcher, engine=OfflineEngine())
    conversation = CONVERSATIONS[lang]
    fake_model.extend(replies(conversation))
    outcomes = [bot.handle(text, "T1:C9:1.0", lambda _: None) for text, _, _ in conversation]
    assert not fake_model.script
    doc = threads.load("T1:C9:1.0")
    assert doc.get("partial") is None and doc["brief"]["brand"] == "Lumina"
    assert {k: _flat(doc["brief"]).get(k) for k in EXPECTED[lang]} == EXPECTED[lang]
    last = outcomes[-1].messages
    blocks = json.dumps([m.blocks for m in last])
    assert "adsage_regenerate" in blocks and "adsage_export" in blocks  # the plan's buttons
    said = "\n".join(m.text for o in outcomes for m in o.messages)
    assert {"en": "offer", "pl": "offer"}[lang] in said  # the dropped value is reported
    assert "[1]" in said


def test_a_turn_stops_at_its_token_allowance(
    fake_model: FakeOpenAI, shared_searcher: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adsage.advisor.conversation.model_turn import TokenLimit, converse
    from adsage.config import load_settings

    monkeypatch.setenv("ADSAGE_CHAT_MAX_TOKENS", "1000")
    fake_model.add(json_reply({"items": []}, tokens=(300, 20)))
    fake_model.handler = lambda request: tool_reply(
        "search_knowledge", {"query": "budget"}, tokens=(600, 50)
    )
    turn = converse(
        "We sell candles. Keep searching.",
        lang="en",
        brief={},
        settings=load_settings(llm="openai"),
        searcher=lambda: shared_searcher,
    )
    assert isinstance(turn.stopped, TokenLimit)
    assert turn.stopped.usage.total == 320 + 2 * 650  # the reading and two loop requests
    assert turn.stopped.attempts == 2 and "1000-token limit" in turn.text
