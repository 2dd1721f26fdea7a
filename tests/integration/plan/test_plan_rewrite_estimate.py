"""A suggested goal the client gave no number for asks for it ("N"): the forecast (budget
over the market benchmark) stays in the KPI table as a forecast, never a target anyone set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review3_briefs"


def test_a_forecast_target_is_labelled_an_estimate(plan_settings: Any) -> None:
    plan = build_plan(load_brief(BRIEFS / "08_warsztat_pl.yaml"), settings=plan_settings)
    assert plan.goal.rewrite and plan.goal.rewrite_estimated
    assert plan.numbers is not None and plan.numbers.results_expected is not None
    md = plan_markdown(plan)
    assert "N to Twoja własna wartość docelowa" in md
    assert plan.to_json_dict()["goal"]["rewrite_estimated"] is True
    forecast = f"{round(plan.numbers.results_expected)}"
    assert " N " in plan.goal.rewrite and forecast not in plan.goal.rewrite.replace("\xa0", "")


def test_a_clients_own_target_is_not_called_an_estimate(plan_settings: Any) -> None:
    plan = build_plan(load_brief(BRIEFS / "11_cleaning_en.yaml"), settings=plan_settings)
    assert plan.goal.rewrite_estimated is False
    assert "your own target" not in plan_markdown(plan)


def test_a_number_that_counts_nothing_leaves_the_forecast_an_estimate(plan_settings: Any) -> None:
    """ "Zebrać 180 000 zł z 1,5% podatku" names money Ads Manager cannot count; the rewrite
    to landing page views carries the forecast, so it is an estimate with no source marker."""
    data = BRIEFS.parent / "review5_briefs"
    plan = build_plan(load_brief(data / "08_opp_pl.yaml"), settings=plan_settings)
    assert plan.goal.parsed["target"] == 180000 and plan.goal.rewrite
    assert plan.goal.rewrite_estimated
    assert "N to Twoja własna wartość docelowa" in plan_markdown(plan)
    assert plan.cites("goal.rewrite") == []


def test_a_thin_brief_gets_no_lead_form_and_no_invented_target(plan_settings: Any) -> None:
    """ "Get more customers" for coffee, no offer, a bare home page: no lead form is guessed
    (visits instead) and the rewrite asks for the client's number."""
    data = BRIEFS.parent / "goal_targets"
    plan = build_plan(load_brief(data / "07_thin_coffee_en.yaml"), settings=plan_settings)
    assert plan.objective.objective == "OUTCOME_TRAFFIC"
    assert plan.goal.rewrite and plan.goal.rewrite.startswith("Get N ")
