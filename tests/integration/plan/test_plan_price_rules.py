"""A brief's price cut in an EU market and an amount in a currency a market does not pay in
reach the plan's brief checks (structured) and its copy notes, as warnings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review6_briefs"


def test_a_polish_price_cut_asks_for_the_30_day_lowest_price(plan_settings: Any) -> None:
    brief = load_brief(BRIEFS / "07_excel_pl.yaml")  # "Cena 297 zł zamiast 497 zł", PL
    plan = build_plan(brief, settings=plan_settings)
    [cut] = [f for f in plan.brief_checks.findings if f.rule == "brief.price_cut_prior_price"]
    assert cut.severity == "warning" and cut.field == "offer"
    assert "297 zł zamiast 497 zł" in cut.message
    assert any("najniższą cenę z 30 dni przed obniżką" in n for n in plan.copy_notes)
    assert not any(f.severity == "error" for f in plan.brief_checks.findings)


def test_a_gbp_offer_shown_in_ireland_warns_twice(plan_settings: Any) -> None:
    brief = load_brief(BRIEFS / "04_ebike_en.yaml")  # "Up to 400 GBP off", GB + IE
    plan = build_plan(brief, settings=plan_settings)
    rules = {f.rule: f for f in plan.brief_checks.findings}
    assert set(rules) == {"brief.price_currency_market", "brief.price_cut_prior_price"}
    assert "Ireland: EUR" in rules["brief.price_currency_market"].message
    assert "(Ireland)" in rules["brief.price_cut_prior_price"].message
    assert all(f.severity == "warning" for f in rules.values())
    assert any("Split the ad sets by country" in n for n in plan.copy_notes)
    uk = brief.model_copy(
        update={"audience": brief.audience.model_copy(update={"locations": ["GB"]})}
    )
    assert build_plan(uk, settings=plan_settings).brief_checks.findings == []
