"""Plans from goals with more than one target, a cost cap far above the benchmark, and a
deadline written after a noun: each figure is the same in the SMART table, KPIs and notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adsage.models.brief import load_brief

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "goal_targets"


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_b2b_plan_says_it_stays_in_learning(plan_settings: Any) -> None:
    from adsage.advisor.plan import build_plan

    plan = build_plan(load_brief(BRIEFS / "04_b2b_maintenance_en.yaml"), settings=plan_settings)
    learning = _plain(plan.budget.learning_phase)
    assert "about 80 results" in learning and "under the ~50 events" in learning
    assert "enough to leave" not in learning
    assert "about 80" in _plain(plan.goal.criteria["achievable"]["reason"])


def test_petition_deadline_and_both_targets(plan_settings: Any) -> None:
    from adsage.advisor.plan import build_plan

    plan = build_plan(load_brief(BRIEFS / "03_smog_pl.yaml"), settings=plan_settings)
    assert str(plan.goal.parsed["deadline"]) == "2027-01-28"
    assert plan.goal.criteria["achievable"]["state"] != "fail"
    assert "28 do" not in (plan.goal.rewrite or "")
    targets = {k.name: k.target for k in plan.objective.kpis}
    assert targets["podpisy"] == 15000 and targets["zasięg"] == 400000
