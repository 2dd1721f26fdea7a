"""A vague "more customers" goal with no offer: a shop sells (purchases), a bare home page
gets visits; an offer or a landing page that names an action still decides."""

from __future__ import annotations

from adsage.checks.goal.intent import thin_brief_metric


def test_thin_brief_metric() -> None:
    assert thin_brief_metric("", "https://beanthere.example", shop=False) == "traffic"
    assert thin_brief_metric("", "https://beanthere.example/", shop=True) == "purchases"
    assert thin_brief_metric("", "https://clinic.example/kontakt", shop=False) is None
    assert thin_brief_metric("Free consultation", "https://x.example", shop=False) is None


def test_thin_coffee_brief_is_planned_for_visits() -> None:
    from pathlib import Path

    from adsage.models.brief import load_brief
    from adsage.planning.numbers import choose_objective

    data = Path(__file__).resolve().parents[2] / "data" / "goal_targets"
    brief = load_brief(data / "07_thin_coffee_en.yaml")
    assert choose_objective(brief) == ("OUTCOME_TRAFFIC", True)
    shop = brief.model_copy(update={"product_count": 40})
    assert choose_objective(shop) == ("OUTCOME_SALES", True)


def test_the_check_names_the_plans_result_for_a_vague_goal() -> None:
    from adsage.checks.goal import check_goal

    text = "get more customers and grow the brand"
    traffic = check_goal(text, objective="OUTCOME_TRAFFIC").criteria["measurable"].reason
    assert "landing page views" in traffic
    assert "leads" in check_goal(text).criteria["measurable"].reason
