"""A plan for a US, Canada and Australia app writes its US-dollar price as "US$" in the copy,
and asks the client when the brief itself writes a bare "$" price."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_the_plan_carries_the_question_and_writes_us_dollars(plan_settings: Any) -> None:
    from adsage.advisor.plan import build_plan
    from adsage.models.brief import load_brief

    data = Path(__file__).resolve().parents[2] / "data" / "review5_briefs"
    brief = load_brief(data / "03_language_app_en.yaml")  # "59.99 USD", US, CA, AU
    plan = build_plan(brief, settings=plan_settings)
    texts = " ".join(d.primary_text for d in plan.copy_drafts)
    assert "US$59.99" in texts and " $59.99" not in texts
    # the brief wrote the currency, so nothing is ambiguous; Canada and Australia still pay
    # in their own dollars, which the market check says
    [market] = plan.brief_checks.findings
    assert market.rule == "brief.price_currency_market"
    assert "Canada: CAD" in market.message and "Australia: AUD" in market.message
    bare = brief.model_copy(update={"offer": "7-day free trial, then $59.99 per year"})
    plan = build_plan(bare, settings=plan_settings)
    rules = [f.rule for f in plan.brief_checks.findings]
    assert rules == ["brief.price_currency_ambiguous"]
    assert any("US$59.99" in n for n in plan.copy_notes)
