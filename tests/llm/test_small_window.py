"""Small windows: exact counts from the server's tokenizer, the small-window prompts and the
bounded schema, answers sized from their bounds, and a re-ask that must fit the part's share
of the plan's deadline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_small_models import (
    ANSWERS,
    assert_fallbacks_shown,
    assert_valid,
    good,
    make_plan,
    part_of,
    sources,
)

from adsage.drafting.llm_schema import answer_tokens, bounded
from adsage.drafting.llm_store import StrategyStore
from adsage.drafting.llm_tokens import ServerTokenizer
from adsage.drafting.llm_window import SMALL_WINDOW, Trim, trims
from fakes.openai_server import Scripted, error_reply, json_reply, tool_reply


@pytest.mark.parametrize("route", ["llama-cpp-python", "llama.cpp"])
def test_server_tokenizer_is_found_once_and_counts(fake, tmp_path: Path, route: str) -> None:  # type: ignore[no-untyped-def]
    server = fake(tokenizer=route, chars_per_token=4.0)
    store = StrategyStore(tmp_path / "s.json")
    counter = ServerTokenizer(server.url, "fake-model", store)
    assert counter.count("x" * 40) == 10
    assert counter.count("x" * 40) == 10  # cached: the server is not asked again
    assert server.tokenized.count("x" * 40) == 1
    saved = json.loads((tmp_path / "s.json").read_text("utf-8"))
    assert saved[f"{server.url}|fake-model"]["tokenizer"] == route
    # A new run reads the route from the file and does not probe.
    StrategyStore.forget_all()
    probes = len(server.tokenized)
    assert ServerTokenizer(server.url, "fake-model", store).count("y" * 8) == 2
    assert server.tokenized[probes:] == ["y" * 8]


def test_server_without_a_tokenizer_is_remembered_as_none(fake, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = fake()
    store = StrategyStore(tmp_path / "s.json")
    assert ServerTokenizer(server.url, "fake-model", store).count("hello") is None
    assert store.tokenizer(StrategyStore.key(server.url, "fake-model")) == "none"


def test_small_windows_start_with_the_small_prompts() -> None:
    small = trims(2048)
    assert all(t.small and t.compact for t in small)
    assert [t.snippets for t in small] == [3, 2, 1, 1, 1, 0]
    assert small[-2].previous is False
    big = trims(SMALL_WINDOW + 1)
    assert big[0] == Trim() and big[-1].small  # the small prompts are the last resort
    assert trims(None) == big


def test_bounded_schema_sets_bounds_by_path_and_sizes_the_answer() -> None:
    from adsage.drafting.llm_prompts import PersonaList

    spec = PersonaList.model_json_schema()
    out = bounded(
        spec,
        {
            "personas": {"minItems": 3, "maxItems": 3},
            "personas[].name": {"minLength": 3, "maxLength": 40},
            "personas[].pains": {"maxItems": 1},
            "personas[].pains[]": {"maxLength": 50},
        },
    )
    assert "$defs" not in json.dumps(out) and out["title"] == "PersonaList"
    items = out["properties"]["personas"]
    assert (items["minItems"], items["maxItems"]) == (3, 3)
    persona = items["items"]["properties"]
    assert persona["name"]["maxLength"] == 40 and persona["pains"]["items"]["maxLength"] == 50
    assert "title" not in persona["name"]
    # The answer is sized from the bounds: {"rewrite": "<30 chars>"} is 45 characters.
    from adsage.drafting.llm_prompts import GoalRewrite

    goal = bounded(GoalRewrite.model_json_schema(), {"rewrite": {"maxLength": 30}})
    assert answer_tokens(goal) == 15  # 45 / 3 characters per token
    one = bounded(spec, {"personas": {"maxItems": 1}})
    assert answer_tokens(one) * 3 == pytest.approx(answer_tokens(out) + 0, abs=700)
    with pytest.raises(KeyError, match="personas\\[\\].nickname"):
        bounded(spec, {"personas[].nickname": {"maxLength": 3}})


def _tools_schema(request: dict[str, Any]) -> dict[str, Any]:
    return request["tools"][0]["function"]["parameters"]  # type: ignore[no-any-return]


def test_2048_window_with_exact_counts_sends_small_bounded_prompts(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    server = fake(window=2048, chars_per_token=3.8, tokenizer="llama-cpp-python")
    server.documents["/props"] = {"default_generation_settings": {"n_ctx": 2048}}

    def tools_only(request: dict[str, Any]) -> Scripted:
        if "tools" not in request:  # llama-cpp-python refuses json_schema
            return error_reply(422, "response_format: Input should be 'text' or 'json_object'")
        name = part_of(request)
        return tool_reply(name, ANSWERS[name], tokens=(0, 0))

    server.handler = tools_only
    plan = make_plan(bundled_home, server)
    assert_valid(plan)
    # This server counts the tool definitions too (llama-cpp-python does not): one overflow
    # at most teaches the difference.
    assert len(server.rejected) <= 1, server.rejected
    assert sources(plan) == {"personas": "model", "copy": "model", "formats": "model"}, (
        plan.provenance.parts
    )
    assert plan.provenance.structured_output == "function_calling"
    drafted = [r for r in server.requests if "tools" in r]
    for request in drafted:
        system = request["messages"][0]["content"]
        assert len(system) < 900 and "CANARY" in system  # the short system prompt
        schema = _tools_schema(request)
        listed = next(iter(schema["properties"].values()))
        assert listed.get("minItems") and listed.get("maxItems")
    by_part = {part_of(r): r for r in drafted}
    copy = _tools_schema(by_part["CopyList"])["properties"]["drafts"]["items"]["properties"]
    assert copy["persona"]["enum"] == [p.name for p in plan.personas]
    assert copy["headline"]["maxLength"] == 50
    # Persona and copy prompts carry no snippets; the formats prompt does, with their numbers
    # as the only sources it may give.
    assert '<data name="knowledge">' not in by_part["CopyList"]["messages"][1]["content"]
    formats = _tools_schema(by_part["FormatList"])["properties"]["formats"]["items"]
    assert formats["properties"]["sources"]["items"]["enum"]
    assert "dynamic" not in formats["properties"]["format"]["enum"]  # the brief has no catalog
    # The server reported no usage (as llama-cpp-python does when streaming): counted here.
    usage = plan.provenance.token_usage
    assert usage.prompt > 0 and usage.completion > 0
    assert len(server.tokenized) > 3
    (bundled_home / "llm_strategies.json").unlink()


def test_streamed_tool_call_with_a_repeated_name_is_read(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    """llama-cpp-python repeats the tool name in every streamed chunk; the joined name is
    ``PersonaListPersonaList...`` and the call must still be used."""
    server = fake(window=2048, chars_per_token=3.8)

    def repeated(request: dict[str, Any]) -> Scripted:
        if "tools" not in request:
            return error_reply(422, "response_format: Input should be 'text' or 'json_object'")
        name = part_of(request)
        return tool_reply(name * 3, ANSWERS[name])

    server.handler = repeated
    plan = make_plan(bundled_home, server, llm_context=2048)
    assert_valid(plan)
    assert sources(plan) == {"personas": "model", "copy": "model", "formats": "model"}
    (bundled_home / "llm_strategies.json").unlink()


def test_weak_persona_with_debris_and_invented_figures_is_rejected() -> None:
    from adsage.drafting.llm_checks import persona_findings
    from adsage.models.plan import Persona
    from fakes.drafting import make_ctx

    ctx = make_ctx()
    low, high = ctx.brief.audience.age
    bad = Persona(
        name="Soccer player",
        demographics=f"Aged {low - 9}-{high + 30}, 48.91% of the population",
        motivations=["]}, {"],
        pains=["boards that chatter"],
        objections=["Price</data>"],
        where_they_scroll=["feed"],
        message_angle="Show the board in deep snow.",
    )
    found = {(f.rule, f.field) for f in persona_findings(bad, ctx)}
    assert ("llm.debris", "motivations") in found and ("llm.debris", "objections") in found
    assert ("llm.persona_claim", "demographics") in found
    fine = bad.model_copy(
        update={
            "demographics": f"Riders aged {low}-{high}",
            "motivations": ["fresh snow"],
            "objections": ["Price"],
        }
    )
    assert persona_findings(fine, ctx) == []


def test_reask_that_would_overrun_the_parts_share_is_not_sent(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    server = fake()
    calls = {"copy": 0}

    def slow_bad_copy(request: dict[str, Any]) -> Scripted:
        name = part_of(request)
        if name != "CopyList":
            return good(request)
        calls["copy"] += 1
        bad = {"drafts": [dict(d, headline="") for d in ANSWERS["CopyList"]["drafts"]]}
        return Scripted(body=json_reply(bad).body, delay=2.0)

    server.handler = slow_bad_copy
    # Copy and formats share what is left of 6 s: less than two 2 s copy answers.
    plan = make_plan(bundled_home, server, plan_deadline=6.0)
    assert_valid(plan)
    assert calls["copy"] == 1
    copy = next(p for p in plan.provenance.parts if p.part == "copy")
    assert copy.source == "offline" and copy.attempts == 1
    assert_fallbacks_shown(plan)


def test_format_reason_with_an_invented_statistic_and_debris_is_rejected() -> None:
    from adsage.drafting.llm_checks import format_findings
    from adsage.models.plan import FormatPick
    from fakes.drafting import make_ctx

    ctx = make_ctx()
    pick = FormatPick(
        rank=1,
        format="image",
        placements=list(ctx.brief.placements),
        reason="4.23% of the Advantage+ revenue was in one-off items.",
        specs=["{{data: {type:"],
        sources=[],
    )
    found = {(f.rule, f.field) for f in format_findings(pick, ctx)}
    assert found == {
        ("llm.format_claim", "reason"),
        ("llm.debris", "specs"),
        ("llm.format_spec", "specs"),
    }
    seen = pick.model_copy(
        update={
            "reason": "Out of the box ideas for snowboarders and their families,",
            "specs": ["The most amazing idea is to promote snowboarding"],
        }
    )
    found = {(f.rule, f.field) for f in format_findings(seen, ctx)}
    assert found == {("llm.unfinished", "reason"), ("llm.format_spec", "specs")}
    fine = pick.model_copy(update={"reason": "One strong image per product.", "specs": ["1:1"]})
    assert format_findings(fine, ctx) == []


def test_a_cut_primary_text_keeps_whole_sentences() -> None:
    from adsage.drafting.llm_checks import whole_sentences

    assert whole_sentences("Boards for deep snow. The game-changing") == "Boards for deep snow."
    assert whole_sentences("Boards for deep snow.") == "Boards for deep snow."
    assert whole_sentences("No sentence end at all") == "No sentence end at all"
