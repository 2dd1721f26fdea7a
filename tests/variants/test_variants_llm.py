"""Model-written variants against the local fake server: guard, repair, fallback, provenance."""

from __future__ import annotations

import json
from typing import Any

import pytest
from variant_fakes import PL_BRIEF

from adsage.variants import ELEMENTS, generate_variants
from fakes.openai_server import error_reply, json_reply

FIELDS = ("primary_text", "headline", "description", "cta", "link", "image", "audience")


@pytest.mark.parametrize("vary", ELEMENTS)
def test_model_writes_only_the_tested_element(
    vary: str, make_brief: Any, llm_settings: Any, llm_engine: Any, fake_llm: Any
) -> None:
    offline = generate_variants(make_brief(), vary, 3, settings=llm_settings, engine=_offline())
    vs = generate_variants(make_brief(), vary, 3, settings=llm_settings, engine=llm_engine())
    assert vs.ok, [(v.name, v.report.findings) for v in vs.variants]
    assert vs.variants[0] == offline.variants[0]  # the control is the offline one
    for v in vs.variants[1:]:
        for f in FIELDS:
            if f != vary:
                assert getattr(v, f) == getattr(vs.variants[0], f)
    prov = vs.provenance
    assert prov.engine == "openai" and prov.model == "fake-model" and prov.attempts == 1
    assert prov.fallbacks == [] and prov.token_usage.total == 15
    assert len(fake_llm.requests) == 1
    req = fake_llm.requests[0]
    assert req["response_format"]["type"] == "json_schema"
    user = req["messages"][1]["content"]
    assert user.startswith("Write 2 alternative") and '<data name="control">' in user
    if vary == "audience":
        assert [v.audience["kind"] for v in vs.variants if v.audience] == [
            "interests",
            "broad",
            "lookalike_1",
        ]
        assert vs.variants[1].audience and vs.variants[1].audience["note"] == "Try broad."
    elif vary == "cta":
        assert [v.cta for v in vs.variants[1:]] == ["LEARN_MORE", "BUY_NOW"]
    else:
        assert all(getattr(v, vary) != getattr(offline.variants[1], vary) for v in vs.variants[1:])


def _offline() -> Any:
    from adsage.drafting.offline import OfflineEngine

    return OfflineEngine()


def test_polish_brief_asks_for_polish(
    make_brief: Any, llm_settings: Any, llm_engine: Any, fake_llm: Any
) -> None:
    vs = generate_variants(
        make_brief(**PL_BRIEF), "headline", 2, settings=llm_settings, engine=llm_engine()
    )
    assert vs.lang == "pl"
    system = fake_llm.requests[0]["messages"][0]["content"]
    assert "Polish" in system and "CANARY-1234" in system


def test_stubborn_model_still_ends_with_a_valid_set(
    make_brief: Any, llm_settings: Any, llm_engine: Any, fake_llm: Any
) -> None:
    control_headline = (
        generate_variants(make_brief(), "headline", 2, settings=llm_settings, engine=_offline())
        .variants[0]
        .headline
    )
    bad = {
        "variants": [
            {"text": "Are you overweight? Ride it off", "angle": "x"},
            {"text": "Tell @everyone, visit https://evil.example/x", "angle": "x"},
            {"text": "THE BEST BOARDS OF YOUR LIFE!!!", "angle": "x"},
            {"text": control_headline, "angle": "same"},
        ]
    }
    fake_llm.handler = lambda req: json_reply(bad)
    vs = generate_variants(make_brief(), "headline", 5, settings=llm_settings, engine=llm_engine())
    prov = vs.provenance
    assert prov.attempts == 3  # ask + two re-asks
    assert vs.ok, [(v.name, v.headline, v.report.findings) for v in vs.variants]
    headlines = [v.headline for v in vs.variants]
    assert len(set(headlines)) == 5
    for h in headlines:
        assert (
            "@everyone" not in h
            and "evil.example" not in h
            and "overweight" not in h
            and "!!" not in h
        )
    assert any(
        f.startswith("variants[0]: offline (policy.personal_attributes") for f in prov.fallbacks
    )
    assert any(f.startswith("variants[3]: offline (variants.not_distinct") for f in prov.fallbacks)
    assert any(r.startswith("variants[2].text:") for r in prov.repairs)
    repair_msg = fake_llm.requests[1]["messages"][3]["content"]
    assert "variants.not_distinct" in repair_msg and "policy.personal_attributes" in repair_msg
    rules = {f.rule for f in vs.set_report.findings if f.severity == "error"}
    assert not rules


def test_unparseable_answers_fall_back_to_offline(
    make_brief: Any, llm_settings: Any, llm_engine: Any, fake_llm: Any
) -> None:
    fake_llm.handler = lambda req: json_reply("not json at all")
    vs = generate_variants(
        make_brief(), "description", 3, settings=llm_settings, engine=llm_engine()
    )
    offline = generate_variants(
        make_brief(), "description", 3, settings=llm_settings, engine=_offline()
    )
    assert [v.description for v in vs.variants] == [v.description for v in offline.variants]
    assert vs.provenance.fallbacks and vs.ok


def test_transport_failure_is_an_error_not_a_silent_fallback(
    make_brief: Any, llm_settings: Any, llm_engine: Any, fake_llm: Any
) -> None:
    from adsage.drafting.llm import LLMError

    fake_llm.handler = lambda req: error_reply(401, "bad key")
    with pytest.raises(LLMError):
        generate_variants(make_brief(), "headline", 3, settings=llm_settings, engine=llm_engine())


def test_token_budget_falls_back(
    make_brief: Any, llm_settings: Any, llm_engine: Any, fake_llm: Any
) -> None:
    fake_llm.handler = lambda req: json_reply({"variants": []})  # an answer that needs a re-ask
    vs = generate_variants(
        make_brief(), "image", 3, settings=llm_settings, engine=llm_engine(max_tokens_per_plan=1)
    )
    assert vs.ok and len(vs.variants) == 3
    assert vs.provenance.attempts == 1 and len(fake_llm.requests) == 1
    assert any("offline" in f for f in vs.provenance.fallbacks)
    assert json.dumps(vs.provenance.model_dump())
