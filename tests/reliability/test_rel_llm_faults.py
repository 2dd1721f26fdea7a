"""LLM faults end in a valid result or one clear error, with the attempt count recorded.

Complements tests/llm (which covers the happy paths, one 429, one 500, timeouts and a stubborn
model): here every fault is pushed to exhaustion, and each test pins ``attempts``.
"""

from __future__ import annotations

import json
import socket

import pytest
from rel_support import GOOD_DRAFT

from adsage.drafting.llm import LLMError
from fakes.drafting import PERSONAS, StubOffline, make_ctx
from fakes.openai_server import (
    cut_reply,
    error_reply,
    json_reply,
    slow_reply,
    tool_reply,
    truncated_reply,
)


def drafts(n: int = 2) -> dict[str, list[dict[str, str]]]:
    # Drafts of one answer differ: a repeated headline or opener is re-asked.
    second = {
        "framework": "PAS",
        "primary_text": "Flat loaves again? This starter is ready in 5 days.",
        "headline": "A livelier sourdough loaf",
    }
    return {"drafts": [GOOD_DRAFT, dict(GOOD_DRAFT, **second)][:n]}


def test_429_retry_after_honoured_each_time_then_one_error(fake_model, engine_for, waits) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        fake_model.add(error_reply(429, "slow down", retry_after="1.5"))
    ctx = make_ctx()
    engine_for().copy(ctx, PERSONAS, 2)  # the part is drafted offline, the plan goes on
    assert waits == [1.5, 1.5]  # the server's wait, not our backoff; none after the last try
    assert len(fake_model.requests) == 3
    assert ctx.provenance.fallbacks == [
        "copy: offline (the endpoint is rate limiting requests (it asks to wait 1.5 s); "
        "try again later)"
    ]


def test_429_retry_after_beyond_the_bound_fails_at_once(fake_model, engine_for, waits) -> None:  # type: ignore[no-untyped-def]
    fake_model.add(error_reply(429, "quota", retry_after="31"))  # bound is 30 s
    ctx = make_ctx()
    engine_for().copy(ctx, PERSONAS, 2)
    assert waits == [] and len(fake_model.requests) == 1
    assert "rate limiting" in ctx.provenance.fallbacks[0]


def test_500_every_time_is_one_error_naming_the_tries(fake_model, engine_for, waits) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        fake_model.add(error_reply(500, "overloaded"))
    ctx = make_ctx()
    engine_for().copy(ctx, PERSONAS, 2)
    assert len(fake_model.requests) == 3 and len(waits) == 2
    assert "failed with HTTP 500 after 3 tries: overloaded" in ctx.provenance.fallbacks[0]


def test_timeout_every_time_records_the_attempts(fake_model, engine_for, waits) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        fake_model.add(slow_reply(0.5))
    ctx = make_ctx()
    engine_for(timeout=0.15).copy(ctx, PERSONAS, 2)
    assert len(fake_model.requests) == 3 and len(waits) == 2
    assert "did not answer within 0.15 s (3 tries)" in ctx.provenance.fallbacks[0]


def test_connection_refused_fails_fast_with_one_attempt(engine_for, waits) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    with pytest.raises(LLMError) as err:
        engine_for(base_url=url).copy(make_ctx(), PERSONAS, 2)
    assert err.value.attempts == 1 and waits == []
    assert str(err.value).startswith(f"cannot reach the model endpoint at {url}")


def test_connection_dropped_mid_answer_is_retried(fake_model, engine_for, waits) -> None:  # type: ignore[no-untyped-def]
    fake_model.add(cut_reply(json_reply(drafts()), 40), json_reply(drafts()))
    ctx = make_ctx()
    out = engine_for().copy(ctx, PERSONAS, 2)
    assert [d.framework for d in out] == ["AIDA", "PAS"]
    assert len(fake_model.requests) == 2 and len(waits) == 1
    assert ctx.provenance.attempts == 1 and not ctx.provenance.fallbacks


def test_connection_dropped_every_time_is_one_error(fake_model, engine_for, waits) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        fake_model.add(cut_reply(json_reply(drafts()), 40))
    ctx = make_ctx()
    engine_for().copy(ctx, PERSONAS, 2)
    assert len(fake_model.requests) == 3 and len(waits) == 2
    (fell,) = ctx.provenance.fallbacks
    assert "lost the connection to the model endpoint" in fell and "(3 tries)" in fell


def test_empty_answer_is_reasked(fake_model, engine_for) -> None:  # type: ignore[no-untyped-def]
    fake_model.add(json_reply(""), json_reply(drafts()))
    ctx = make_ctx()
    out = engine_for().copy(ctx, PERSONAS, 2)
    assert [d.framework for d in out] == ["AIDA", "PAS"]
    assert ctx.provenance.attempts == 2 and not ctx.provenance.fallbacks
    assert "output.schema" in fake_model.messages(1)[-1]["content"]


def test_empty_answer_every_time_falls_back_whole_part(fake_model, engine_for) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        fake_model.add(json_reply(""))
    ctx = make_ctx()
    offline = StubOffline()
    out = engine_for(fallback=offline).copy(ctx, PERSONAS, 2)
    assert [d.primary_text for d in out] == [d.primary_text for d in offline.copy(ctx, PERSONAS, 2)]
    assert ctx.provenance.attempts == 3 and len(fake_model.requests) == 3
    assert ctx.provenance.fallbacks == ["copy: offline (no usable output after 3 attempts)"]


@pytest.mark.parametrize("method", ["json_schema", "json_mode"])
def test_truncated_answer_is_reasked_with_the_reason(fake_model, engine_for, method) -> None:  # type: ignore[no-untyped-def]
    cut = json.dumps(drafts())[:120]
    fake_model.add(truncated_reply(cut), json_reply(drafts()))
    ctx = make_ctx()
    out = engine_for(method=method).copy(ctx, PERSONAS, 2)
    assert len(out) == 2 and ctx.provenance.attempts == 2 and not ctx.provenance.fallbacks
    assert any("cut off at the output token limit" in m["content"] for m in fake_model.messages(1))
    assert ctx.provenance.token_usage.total == 30  # the cut answer's tokens are counted too


def test_truncated_but_parseable_answer_is_not_taken_as_complete(fake_model, engine_for) -> None:  # type: ignore[no-untyped-def]
    # A tool call whose JSON closes, but the model stopped at its limit: a draft is missing.
    # (For response_format answers the SDK itself refuses "length"; tool calls it passes.)
    cut = tool_reply("CopyList", drafts(1))
    cut.body["choices"][0]["finish_reason"] = "length"
    fake_model.add(cut, tool_reply("CopyList", drafts()))
    ctx = make_ctx()
    out = engine_for(method="function_calling").copy(ctx, PERSONAS, 2)
    assert [d.framework for d in out] == ["AIDA", "PAS"]
    assert ctx.provenance.attempts == 2 and ctx.provenance.fallbacks == []


def test_model_that_never_answers_in_the_schema_ends_offline(fake_model, engine_for) -> None:  # type: ignore[no-untyped-def]
    for bad in ("Sure! Here are your ads:", '{"drafts": "none"}', '{"personas": []}'):
        fake_model.add(json_reply(bad))
    ctx = make_ctx()
    out = engine_for().copy(ctx, PERSONAS, 2)
    assert len(out) == 2 and all(d.primary_text.endswith(f"{i}.") for i, d in enumerate(out))
    assert ctx.provenance.attempts == 3
    assert ctx.provenance.fallbacks == ["copy: offline (no usable output after 3 attempts)"]
