"""A goal that names a price per result ("cost per booking under 35 EUR") caps a cost,
not a count: no section reads 35 as a number of results, and the KPI shows it as money."""

from __future__ import annotations

from typing import Any

from adsage.advisor import sections
from adsage.advisor.plan import numbers_for
from adsage.checks.goal import parse_goal


def test_a_cost_target_is_never_a_count_of_results(ebike: Any) -> None:
    brief = ebike(
        goal="60 new recurring customers by 30 April 2027, cost per booking under 35 EUR",
        audience={"locations": ["IE"]},
    )
    goal = parse_goal(brief.goal)
    # 60 customers is the target; the booking's cost caps each of them (never revenue)
    assert (goal.metric, goal.target) == ("purchases", 60)
    assert [(c.metric, c.value) for c in goal.constraints] == [("cpa", 35)]
    parsed, metric, _, (nums, _) = numbers_for(brief, "OUTCOME_SALES")
    assert nums.goal_target == 60  # not "the most a result can cost to reach 35"
    obj = sections.objective_section(brief, parsed, "OUTCOME_SALES", False, [], nums)
    target = next(k for k in obj.kpis if k.target == 35)
    assert target.unit == "EUR"
    assert not any("reach 35" in k.note for k in obj.kpis)
