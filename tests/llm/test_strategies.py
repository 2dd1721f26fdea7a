"""Structured-output strategy detection and its memory."""

from __future__ import annotations

import json

import pytest

from adsage.drafting.llm_structured import StrategyStore, StructuredOutputError, retry_after
from fakes.drafting import PERSONAS, make_ctx
from fakes.openai_server import error_reply, json_reply, text_reply, tool_reply


def personas() -> dict:  # type: ignore[type-arg]
    names = ("Weekend baker", "Curious beginner", "Gift giver")
    return {"personas": [PERSONAS[0].model_copy(update={"name": n}).model_dump() for n in names]}


def kinds(fake) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for r in fake.requests:
        if "tools" in r:
            out.append("function_calling")
        elif r.get("response_format", {}).get("type") == "json_object":
            out.append("json_mode")
        else:
            out.append(r.get("response_format", {}).get("type", "plain"))
    return out


def test_json_schema_500_falls_to_function_calling_and_is_remembered(
    fake_openai, make_engine, home, sleeps
) -> None:  # type: ignore[no-untyped-def]
    fake_openai.add(
        error_reply(500, "llama.cpp: failed to parse grammar"),
        tool_reply("PersonaList", personas()),
        tool_reply("PersonaList", personas()),
    )
    engine = make_engine()
    ctx = make_ctx()
    engine.personas(ctx)
    assert ctx.provenance.structured_output == "function_calling"
    assert sleeps == []  # an unsupported method is not retried
    engine.personas(ctx)  # second call goes straight to the working method
    assert kinds(fake_openai) == ["json_schema", "function_calling", "function_calling"]
    saved = json.loads((home / "llm_strategies.json").read_text("utf-8"))
    assert saved[f"{fake_openai.url}|fake-model"]["method"] == "function_calling"
    # A new process (empty memory) reads the file and skips the probe too.
    StrategyStore.forget_all()
    fake_openai.add(tool_reply("PersonaList", personas()))
    make_engine().personas(make_ctx())
    assert kinds(fake_openai)[-1] == "function_calling"


def test_400_mentioning_response_format_switches(fake_openai, make_engine) -> None:  # type: ignore[no-untyped-def]
    fake_openai.add(
        error_reply(400, "response_format json_schema is not supported"),
        tool_reply("PersonaList", personas()),
    )
    make_engine().personas(make_ctx())
    assert kinds(fake_openai) == ["json_schema", "function_calling"]


def test_other_400_is_an_error_not_a_switch(fake_openai, make_engine) -> None:  # type: ignore[no-untyped-def]

    fake_openai.add(error_reply(400, "context length exceeded"))
    ctx = make_ctx()
    make_engine().personas(ctx)  # the part is drafted offline, the plan goes on
    assert len(fake_openai.requests) == 1
    assert ctx.provenance.fallbacks == [
        "personas: offline (the model endpoint rejected the request (HTTP 400): "
        "context length exceeded)"
    ]


def test_broken_tool_json_falls_to_json_mode(fake_openai, make_engine) -> None:  # type: ignore[no-untyped-def]
    fake_openai.add(
        error_reply(500, "json_schema unsupported"),
        tool_reply("PersonaList", '{"personas": [{"name": "A",'),
        text_reply("```json\n" + json.dumps(personas()) + "\n```"),
    )
    ctx = make_ctx()
    out = make_engine().personas(ctx)
    assert out[0].name == "Weekend baker"
    assert kinds(fake_openai) == ["json_schema", "function_calling", "json_mode"]
    assert ctx.provenance.structured_output == "json_mode"
    # JSON mode describes the schema in the prompt.
    last = fake_openai.messages(-1)[-1]["content"]
    assert "JSON Schema" in last and '"personas"' in last
    assert ctx.provenance.token_usage.total == 30  # the failed tool-call probe counts too


def test_no_tool_call_falls_to_json_mode(fake_openai, make_engine) -> None:  # type: ignore[no-untyped-def]
    fake_openai.add(
        error_reply(500, "boom"),
        text_reply("Sure! Here are personas: ..."),
        json_reply(personas()),
    )
    make_engine().personas(make_ctx())
    assert kinds(fake_openai) == ["json_schema", "function_calling", "json_mode"]


def test_invalid_json_with_known_strategy_is_reasked(fake_openai, make_engine) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine()
    engine.caller().store.put(engine.caller().key, "json_schema")
    fake_openai.add(text_reply("not json at all"), json_reply(personas()))
    ctx = make_ctx()
    assert engine.personas(ctx)[0].name == "Weekend baker"
    assert ctx.provenance.attempts == 2
    reask = fake_openai.messages(1)[-1]["content"]
    assert "not valid JSON" in reask and "output.schema" in reask


def test_schema_mismatch_reported_with_field(fake_openai, make_engine) -> None:  # type: ignore[no-untyped-def]
    from adsage.drafting.llm import PersonaList
    from adsage.models.plan import TokenUsage

    engine = make_engine()
    caller = engine.caller()
    caller.store.put(caller.key, "json_schema")
    fake_openai.add(json_reply({"personas": [{"name": "A"}]}))
    with pytest.raises(StructuredOutputError, match="missing required field 'personas\\[0\\]"):
        caller.invoke([("user", "x")], PersonaList, usage=TokenUsage())


def test_corrupt_strategy_file_is_ignored(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "llm_strategies.json"
    path.write_text("{not json", "utf-8")
    store = StrategyStore(path)
    assert store.get("k") is None
    store.put("k", "json_mode")
    StrategyStore.forget_all()
    assert StrategyStore(path).get("k") == "json_mode"


def test_retry_after_forms() -> None:
    assert retry_after({"retry-after": "3"}) == 3.0
    assert retry_after({"retry-after-ms": "250"}) == 0.25
    assert retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0
    assert retry_after({}) is None


def test_429_with_long_retry_after_fails_fast(fake_openai, make_engine, sleeps) -> None:  # type: ignore[no-untyped-def]

    fake_openai.add(error_reply(429, "quota", retry_after="3600"))
    ctx = make_ctx()
    make_engine().personas(ctx)
    assert sleeps == [] and len(fake_openai.requests) == 1
    assert "rate limiting requests (it asks to wait 3600 s)" in ctx.provenance.fallbacks[0]


def test_fake_server_streams_and_lists_models(fake_openai) -> None:  # type: ignore[no-untyped-def]
    import urllib.request

    from adsage.config import load_settings
    from adsage.drafting.llm import make_chat_model

    with urllib.request.urlopen(f"{fake_openai.url}/models", timeout=2) as resp:
        assert json.loads(resp.read())["data"][0]["id"] == "fake-model"
    fake_openai.add(text_reply("hello there"))
    chat = make_chat_model(
        load_settings(llm="openai", model="fake-model", openai_base_url=fake_openai.url), timeout=2
    )
    text = "".join(str(chunk.content) for chunk in chat.stream("hi"))
    assert text == "hello there"
    assert fake_openai.requests[-1]["stream"] is True
