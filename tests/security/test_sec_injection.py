"""LLM01, injected input: every attempt in data/injections.yaml, fed through brief fields
(offline plan, model prompts, a model plan against the fake server) and chat messages, stays
data: delimited, rendered literally and escaped, never executed or followed."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from sec_support import EVIL, hostile_brief, injections, router

from fakes.openai_server import FakeOpenAI

CORPUS = injections()
IDS = [i["id"] for i in CORPUS]
# What a template engine would print had it executed the jinja/format payloads.
EXECUTED = ("<class", "&lt;class", "__globals__ object", "uid=", "AAAAAAAAAAAAAAAAAAAAAAAA\n")
RAW_MARKUP = ("<script", "<img", "<svg", "<iframe", "<!channel>", "<!here>", "<!everyone>", "<@u")


def test_corpus_has_at_least_fifty_attempts_in_both_languages() -> None:
    assert len(CORPUS) >= 50 and len(set(IDS)) == len(IDS)
    assert {i["lang"] for i in CORPUS} == {"en", "pl"}
    assert sum(i["lang"] == "pl" for i in CORPUS) >= 10
    kinds = {i["kind"] for i in CORPUS}
    for kind in ("override", "roleplay", "exfiltrate", "delimiter", "template", "html", "slack"):
        assert kind in kinds


def _brief(item: dict[str, Any]) -> Any:
    from adsage.models.brief import load_brief_data

    return load_brief_data(hostile_brief(item["text"], item["lang"]), item["id"])


@pytest.mark.parametrize("item", CORPUS, ids=IDS)
def test_prompts_carry_injections_only_inside_data_blocks(item: dict[str, Any]) -> None:
    from adsage.drafting.base import DraftContext, Snippet
    from adsage.drafting.llm import prompt_messages
    from adsage.models.plan import Persona
    from adsage.prompts import data_block

    brief = _brief(item)
    knowledge = [Snippet(1, "k1", item["text"][:200], "s", item["text"][:1000])]
    ctx = DraftContext(brief=brief, lang=brief.language, objective="OUTCOME_SALES")
    ctx.knowledge = knowledge
    persona = Persona(
        name=brief.offer[:60],
        demographics="x",
        motivations=[brief.offer],
        pains=[],
        objections=[],
        where_they_scroll=[],
        message_angle=brief.offer,
    )
    inner = data_block(brief.offer).split("\n")[1][1:-1]
    needle = inner[:40].strip() if len(inner.strip()) >= 8 else ""  # distinctive text only
    for part in ("persona", "copy", "formats", "goal_rewrite"):
        msgs = prompt_messages(
            part, ctx, canary="CANARY-XYZ", personas=[persona], suggestion=brief.offer
        )
        system, user = msgs[0][1], msgs[1][1]
        assert not needle or needle not in system
        opened = user.count('<data name="')
        assert user.count("\n</data>") == opened, "a value closed or opened a data block"
        assert len(re.findall(r"(?i)<\s*/?\s*data", user)) == 2 * opened
        if needle:
            pos = 0
            while (i := user.find(needle, pos)) >= 0:
                start, end = user.rfind('<data name="', 0, i), user.rfind("\n</data>", 0, i)
                assert start >= 0 and end < start, f"{part}: injected text outside a data block"
                pos = i + len(needle)
        for bad in EXECUTED[:3]:
            assert bad not in user


@pytest.mark.parametrize("item", CORPUS, ids=IDS)
def test_offline_plan_renders_injections_as_inert_text(
    item: dict[str, Any], sec_searcher: Any, home: Path
) -> None:
    from adsage.advisor.plan import build_plan
    from adsage.config import load_settings
    from adsage.render.plan_md import plan_html, plan_markdown

    plan = build_plan(_brief(item), settings=load_settings(home=home), searcher=sec_searcher)
    drafted = json.dumps(
        [d.model_dump(mode="json") for d in plan.copy_drafts]
        + [p.model_dump(mode="json") for p in plan.personas],
        ensure_ascii=False,
    ).lower()
    for bad in (*RAW_MARKUP, EVIL, "@everyone", "@here", "javascript:"):
        assert bad not in drafted, bad
    assert all(c.report.ok or c.report.findings for c in plan.copy_drafts)
    page = plan_html(plan).lower()
    for tag in RAW_MARKUP[:4]:
        assert tag not in page
    md = plan_markdown(plan).lower()
    for tag in (*RAW_MARKUP[:4], "](javascript:", "\x1b", "\x00"):
        assert tag not in md
    for bad in EXECUTED[:3]:
        assert bad not in page and bad not in md


KINDS = sorted({i["kind"] for i in CORPUS})
ONE_PER_KIND = [next(i for i in CORPUS if i["kind"] == k) for k in KINDS]


@pytest.mark.parametrize("item", ONE_PER_KIND, ids=[i["id"] for i in ONE_PER_KIND])
def test_model_plan_sends_injections_as_data_and_keeps_output_clean(
    item: dict[str, Any], sec_searcher: Any, fake_model: FakeOpenAI, home: Path
) -> None:
    from adsage.advisor.plan import build_plan
    from adsage.config import load_settings

    fake_model.handler = router()
    settings = load_settings(home=home, llm="openai")
    plan = build_plan(_brief(item), settings=settings, searcher=sec_searcher)
    assert fake_model.requests
    for req in fake_model.requests:
        for msg in req["messages"][1:]:
            content = msg["content"] if isinstance(msg["content"], str) else json.dumps(msg)
            opened = content.count('<data name="')
            assert content.count("\n</data>") == opened
        assert "<class" not in json.dumps(req["messages"])
    text = json.dumps(plan.to_json_dict(), ensure_ascii=False).lower()
    assert EVIL not in json.dumps([d.model_dump() for d in plan.copy_drafts]).lower()
    assert "<script" not in text.replace("\\u003c", "<") or item["kind"] == "html"


@pytest.mark.parametrize("item", CORPUS, ids=IDS)
def test_chat_treats_injections_as_data(item: dict[str, Any], sec_searcher: Any) -> None:
    from adsage.chat.output import Output
    from adsage.cli.chat import start_chat

    buffer = io.StringIO()
    chat = start_chat(None, None, None, out=Output(buffer, plain=True), searcher=sec_searcher)
    assert chat.handle(item["text"]) is True  # the chat goes on
    out = buffer.getvalue()
    assert "Traceback" not in out and "error: " not in out.lower().replace("error: the", "")
    assert "\x1b" not in out and "\x00" not in out
    for bad in EXECUTED[:3]:
        assert bad not in out
    assert "sk-test-ABCDEF1234567890abcdef" not in out
    history = json.dumps(chat.sessions.history(chat.session), ensure_ascii=False)
    assert "sk-test-ABCDEF1234567890abcdef" not in history
    assert "xoxb-1234-5678-ABCDEFSECRET" not in history
