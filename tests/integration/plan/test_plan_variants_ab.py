"""One figure everywhere: `adsage variants` sizes its A/B test with the plan's own numbers
(the testing line, the per-ad-set minimum, the test window and the surplus), so one brief
shows one test budget, one pace and one duration in the plan and in the variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief
from adsage.variants.generate import generate_variants

REVIEW = Path(__file__).resolve().parents[2] / "data" / "review_briefs"


@pytest.mark.parametrize("name", ["04_fashion_en", "09_app_pl", "10_charity_en", "03_piekarnia_pl"])
def test_variants_test_matches_the_plans(plan_settings, name: str) -> None:  # type: ignore[no-untyped-def]
    brief = load_brief(REVIEW / f"{name}.yaml")
    ab = build_plan(brief, settings=plan_settings).numbers.ab
    got = generate_variants(brief, "headline", 2, settings=plan_settings).ab_plan
    assert got["metric"] == ab.metric
    assert got["daily_budget"] == ab.daily_budget
    assert got["duration_days"] == ab.duration_days
    assert got["days_needed"] == ab.days_needed
    assert got["budget_needed"] == ab.budget_needed
    assert (got["reserved"], got["test_spend"], got["surplus"]) == (
        ab.reserved,
        ab.test_spend,
        ab.surplus,
    )
    assert (got["planned"], got["fits"]) == (ab.planned, ab.fits)


@pytest.mark.parametrize("name", ["10_charity_en", "03_piekarnia_pl"])
def test_variants_of_a_test_the_plan_does_not_run_share_its_ad_set(
    plan_settings, name: str
) -> None:  # type: ignore[no-untyped-def]
    """No test at this budget: the variants state the plan's proposal (its figures are the
    plan's) and their sheet's ad set runs at the main line's pace, where the drafts run side
    by side, never at the proposed test ad set's pace on top of the budget."""
    plan = build_plan(load_brief(REVIEW / f"{name}.yaml"), settings=plan_settings)
    assert plan.numbers is not None and not plan.numbers.ab.planned
    got = generate_variants(
        load_brief(REVIEW / f"{name}.yaml"), "headline", 2, settings=plan_settings
    ).ab_plan
    main = plan.budget.split[0]
    assert got["ad_set_daily"] == round(main.amount / plan.budget.days, 2)
    assert got["ad_set_daily"] != got["daily_budget"] == plan.numbers.ab.daily_budget


def test_a_deadline_variant_is_tested_only_while_the_offer_runs(plan_settings) -> None:  # type: ignore[no-untyped-def]
    """Offer until 15 January, campaign to 31 January: the test's ads state the offer and
    its end (in the headline or in the text both ads share), so the test must end by day 21,
    in the plan and in the variants."""
    import yaml

    from adsage.models.brief import load_brief_data
    from adsage.render.plan_md import plan_markdown

    data = yaml.safe_load((REVIEW / "04_fashion_en.yaml").read_text("utf-8"))
    data["schedule"]["end"] = "2027-01-31"
    data["goal"] = "Generate 600 online purchases by 31 January 2027"
    data.pop("catalog")
    data.pop("product_count")
    data["benefits"] = data["benefits"][:1]
    data["audience"].pop("description")
    brief = load_brief_data(data, "brief")
    plan = build_plan(brief, settings=plan_settings)
    from adsage.advisor.plan import _test_ads

    ads = _test_ads(brief, plan_settings, None)
    texts = [str(a[k]) for a in ads for k in ("headline", "primary_text", "description")]
    ab = plan.numbers.ab
    if any("20% off" in t or "15 January" in t for t in texts):
        assert ab.offer_days == 21 and ab.duration_days <= 21 and ab.available_days <= 21
        assert "ends on day 21 of the campaign's 37" in plan_markdown(plan)
    else:  # ads that never state the offer are not bound by its end
        assert ab.offer_days is None
    # a text test whose offer-led variant states the end is bound by it
    vs = generate_variants(brief, "primary_text", 3, settings=plan_settings)
    assert any("until 15 January" in v.primary_text for v in vs.variants)
    got = vs.ab_plan
    assert got["available_days"] <= 21 and got["duration_days"] <= 21
    # a headline test whose ads never state the offer runs as long as the flight allows
    plain = generate_variants(brief, "headline", 3, settings=plan_settings)
    if not any("15 January" in v.headline + v.primary_text for v in plain.variants):
        assert plain.ab_plan["available_days"] > 21
