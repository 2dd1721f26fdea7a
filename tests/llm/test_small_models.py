"""Whole plans through small and slow local servers (the fake one, scripted like them).

Each plan is built from the bundled knowledge and must come out valid by ``adsage check
plan``'s own rules, use the model where the model delivered, and record every fallback next
to the part it concerns and in provenance.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from adsage.models.plan import CampaignPlan
from fakes.openai_server import FakeOpenAI, Scripted, cut_reply, json_reply, text_reply

ROOT = Path(__file__).resolve().parents[2]

PERSONAS = {
    "personas": [
        {
            "name": name,
            "demographics": demo,
            "motivations": [why],
            "pains": ["boards that chatter at speed"],
            "objections": ["Will it suit me? The 30-day test ride with free returns."],
            "where_they_scroll": ["reels", "stories"],
            "message_angle": angle,
        }
        for name, demo, why, angle in (
            (
                "Weekend powder chaser",
                "Rider aged 25-35 in southern Poland who heads off-piste most weekends.",
                "fresh powder days",
                "Show the board floating in deep snow.",
            ),
            (
                "Upgrading resort rider",
                "Rider aged 18-30 moving from groomed runs to freeride.",
                "a first proper freeride board",
                "Lower the risk with the 30-day test ride.",
            ),
            (
                "Gear-savvy backcountry planner",
                "Rider aged 28-35 who compares board cores before buying.",
                "a core that stays lively",
                "Explain the hand-pressed poplar core.",
            ),
        )
    ]
}
COPY = {
    "drafts": [
        {
            "primary_text": text,
            "headline": headline,
            "description": "Free base waxing all season",
            "cta": "SHOP_NOW",
            "framework": fw,
            "persona": persona,
        }
        for text, headline, fw, persona in (
            (
                "Deep snow, lively core. SnowPeak freeride boards are 30% off until 24 December.",
                "30% off freeride boards",
                "AIDA",
                "Weekend powder chaser",
            ),
            (
                "Not sure a freeride board suits you? Ride a SnowPeak for 30 days, free returns.",
                "Test ride for 30 days",
                "PAS",
                "Upgrading resort rider",
            ),
            (
                "A hand-pressed poplar core stays lively in deep snow. Meet SnowPeak.",
                "A core built for powder",
                "FAB",
                "Gear-savvy backcountry planner",
            ),
        )
    ]
}
FORMATS = {
    "formats": [
        {
            "rank": 1,
            "format": "video",
            "placements": ["reels", "stories"],
            "reason": "Motion shows the board in deep snow.",
            "specs": ["9:16"],
            "sources": [],
        },
        {
            "rank": 2,
            "format": "carousel",
            "placements": ["feed"],
            "reason": "Eight boards side by side.",
            "specs": ["2-10 cards"],
            "sources": [],
        },
    ]
}
GOAL = {
    "rewrite": "Sell 300 snowboards online between 1 December 2026 and 24 December 2026 "
    "with a 6000 PLN lifetime budget."
}
ANSWERS = {"PersonaList": PERSONAS, "CopyList": COPY, "FormatList": FORMATS, "GoalRewrite": GOAL}


def part_of(request: dict[str, Any]) -> str:
    text = json.dumps(request.get("response_format") or request.get("tools") or request)
    return next((name for name in ANSWERS if name in text), "unknown")


def good(request: dict[str, Any]) -> Scripted:
    return json_reply(ANSWERS.get(part_of(request), {}), tokens=(900, 150))


def make_plan(
    home: Path, fake: FakeOpenAI, *, timeout: float = 5.0, **settings: Any
) -> CampaignPlan:
    from adsage.advisor.plan import build_plan
    from adsage.config import load_settings
    from adsage.drafting.llm import LLMEngine, RetryPolicy
    from adsage.models.brief import load_brief

    config = load_settings(
        home=home,
        llm="openai",
        model="fake-model",
        openai_base_url=fake.url,
        llm_timeout=timeout,
        **settings,
    )
    retry = RetryPolicy(tries=3, base_delay=0.001, max_delay=0.01, sleep=lambda s: None)
    engine = LLMEngine(config, timeout=timeout, retry=retry)
    return build_plan(load_brief(ROOT / "examples" / "brief.yaml"), settings=config, engine=engine)


def assert_valid(plan: CampaignPlan) -> None:
    """What ``adsage check plan`` judges, with the same function."""
    from adsage.checks.plan import check_plan

    errors = [f for f in check_plan(plan) if f.severity == "error"]
    assert not errors, errors
    assert all(d.report.ok for d in plan.copy_drafts)


def sources(plan: CampaignPlan) -> dict[str, str]:
    return {p.part: p.source for p in plan.provenance.parts}


def assert_fallbacks_shown(plan: CampaignPlan) -> None:
    """Every part that is not the model's says so in the document, next to the part."""
    from adsage.render.plan_md import plan_markdown

    text = plan_markdown(plan)
    for p in plan.provenance.parts:
        if p.source != "model":
            assert p.reason and p.reason in text, (p, text)
            assert any(f.startswith(p.part) for f in plan.provenance.fallbacks)


def asked(server: FakeOpenAI, request: dict[str, Any]) -> int:
    """Prompt plus answer tokens of one request, as the server counts them."""
    answer = request.get("max_tokens") or request.get("max_completion_tokens") or 0
    return server.prompt_tokens(request) + int(answer)


def test_2048_token_window_learnt_from_the_error(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    # The server counts more tokens than the estimate and says nothing of its window until
    # a request is too long.
    server = fake(window=2048, chars_per_token=3.0)
    server.handler = good
    plan = make_plan(bundled_home, server, llm_max_tokens=4096)
    assert_valid(plan)
    # The first request overflows; from then on every request fits.
    over = [asked(server, r) > 2048 for r in server.requests]
    k = len(server.rejected)
    assert 1 <= k <= 2 and over == [True] * k + [False] * (len(over) - k)
    # Learnt once, remembered for the next run.
    saved = json.loads((bundled_home / "llm_strategies.json").read_text("utf-8"))
    assert saved[f"{server.url}|fake-model"]["context"] == 2048
    # Every part fitted once trimmed: the model drafted all of them.
    assert sources(plan) == {"personas": "model", "copy": "model", "formats": "model"}, (
        plan.provenance.parts
    )
    assert plan.copy_drafts[0].primary_text.startswith("Deep snow")
    # Trimming dropped knowledge, never the brief or the instructions.
    user = server.requests[-1]["messages"][1]["content"]
    assert "SnowPeak" in user and '<data name="brief">' in user
    (bundled_home / "llm_strategies.json").unlink()


def test_window_from_the_server_is_used_before_any_overflow(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    server = fake(window=2048, chars_per_token=3.2)
    server.documents["/props"] = {"default_generation_settings": {"n_ctx": 2048}}
    server.handler = good
    plan = make_plan(bundled_home, server)
    assert_valid(plan)
    assert server.rejected == []
    assert all(asked(server, r) <= 2048 for r in server.requests)
    assert set(sources(plan).values()) == {"model"}
    (bundled_home / "llm_strategies.json").unlink()


def test_window_too_small_for_a_part_drafts_it_offline(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    server = fake(window=600, chars_per_token=3.2)
    server.handler = good
    plan = make_plan(bundled_home, server, llm_context=600)
    assert_valid(plan)
    # Nothing that cannot fit is sent; the parts that could not fit say why.
    assert server.rejected == []
    offline = [p for p in plan.provenance.parts if p.source == "offline"]
    assert offline and all("context window" in (p.reason or "") for p in offline)
    assert_fallbacks_shown(plan)


def test_model_answering_every_third_request_after_the_timeout(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    server = fake()
    count = {"n": 0}
    lock = threading.Lock()

    def late_twice(request: dict[str, Any]) -> Scripted:
        with lock:
            count["n"] += 1
            n = count["n"]
        reply = good(request)
        if n % 3:  # two requests in three answer only after the client gave up
            reply.delay = 0.8
        return reply

    server.handler = late_twice
    plan = make_plan(bundled_home, server, timeout=0.4)
    assert_valid(plan)
    # Each part got its answer on the third try: the model drafted everything.
    assert set(sources(plan).values()) == {"model"}, plan.provenance.parts
    assert plan.provenance.fallbacks == []
    assert len(server.requests) == 3 * len(plan.provenance.parts)


def test_slow_stream_is_not_cut_off_but_the_deadline_holds(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    server = fake()

    def trickle(request: dict[str, Any]) -> Scripted:
        reply = good(request)
        reply.pieces, reply.piece_delay = 8, 0.1  # 0.8 s in all, never 0.4 s silent
        return reply

    server.handler = trickle
    plan = make_plan(bundled_home, server, timeout=0.4)
    assert_valid(plan)
    assert set(sources(plan).values()) == {"model"}
    assert all(r["stream"] for r in server.requests)
    # With a deadline shorter than a plan, what is left is drafted offline, and says so.
    plan = make_plan(bundled_home, server, timeout=0.4, plan_deadline=1.0)
    assert_valid(plan)
    late = [p for p in plan.provenance.parts if p.source == "offline"]
    assert late and all("time limit" in (p.reason or "") for p in late)
    assert_fallbacks_shown(plan)


def test_stream_cut_in_the_middle(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    server = fake()

    def cut_copy(request: dict[str, Any]) -> Scripted:
        reply = good(request)
        if part_of(request) == "CopyList":
            reply = cut_reply(reply, 300)
            reply.pieces = 6
        return reply

    server.handler = cut_copy
    plan = make_plan(bundled_home, server)
    assert_valid(plan)
    assert sources(plan) == {"personas": "model", "copy": "offline", "formats": "model"}
    (copy,) = [p for p in plan.provenance.parts if p.part == "copy"]
    assert "lost the connection" in (copy.reason or "")
    assert_fallbacks_shown(plan)


def test_model_answering_only_invalid_json(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    server = fake()
    server.handler = lambda request: text_reply('Sure! Here is the plan: {"personas": [')
    plan = make_plan(bundled_home, server)
    assert_valid(plan)
    assert set(sources(plan).values()) == {"offline"}
    for p in plan.provenance.parts:
        assert p.attempts == 3 and "no usable output" in (p.reason or "")
    assert_fallbacks_shown(plan)


def weak_copy(request: dict[str, Any]) -> Scripted:
    """What SmolLM2-135M wrote for the issue: empty headlines, text about nothing."""
    if part_of(request) != "CopyList":
        return good(request)
    drafts = [
        {
            "primary_text": "The campaign was a success. This is why I make sure to create "
            "ad campaigns that are worth every penny.",
            "headline": "",
            "description": "Learn more",
            "cta": "SHOP_NOW",
            "framework": "AIDA",
            "persona": "Weekend powder chaser",
        }
    ] * 3
    return json_reply({"drafts": drafts})


def test_weak_model_output_is_reasked_then_replaced(bundled_home, fake) -> None:  # type: ignore[no-untyped-def]
    server = fake()
    server.handler = weak_copy
    plan = make_plan(bundled_home, server)
    assert_valid(plan)
    copy_requests = [r for r in server.requests if part_of(r) == "CopyList"]
    assert len(copy_requests) == 3  # asked, then re-asked twice with the findings
    reask = copy_requests[1]["messages"][-1]["content"]
    for rule in ("llm.placeholder", "llm.off_topic", "llm.duplicate"):
        assert rule in reask
    assert sources(plan)["copy"] == "offline"
    assert all(d.headline for d in plan.copy_drafts)
    assert_fallbacks_shown(plan)


def test_weak_personas_are_invalid() -> None:
    from adsage.drafting.llm_checks import persona_findings, persona_set_findings
    from adsage.models.plan import Persona
    from fakes.drafting import make_ctx

    bad = Persona(
        name="Able to create a brand or product that aligns with the audience.",
        demographics="",
        motivations=[],
        pains=["n/a"],
        objections=["ok"],
        where_they_scroll=["feed"],
        message_angle="Talk to them.",
    )
    rules = {(f.rule, f.field) for f in persona_findings(bad, make_ctx())}
    assert rules == {
        ("llm.persona_name", "name"),
        ("llm.placeholder", "demographics"),
        ("llm.persona_missing", "motivations"),
        ("llm.persona_missing", "pains"),
    }
    twice = persona_set_findings([bad, bad])
    assert [(i, f.rule) for i, f in twice] == [(1, "llm.duplicate")]
