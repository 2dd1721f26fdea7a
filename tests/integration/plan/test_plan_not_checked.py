"""A SMART criterion nobody could check reads "not checked" in the plan, never "pass"."""

from __future__ import annotations

from typing import Any

import pytest

from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief_data
from adsage.render.plan_md import plan_markdown

BRIEF: dict[str, Any] = {
    "brand": "Księgowo",
    "product": "Biuro rachunkowe online",
    "landing_url": "https://ksiegowo.example/konsultacja",
    "objective": "OUTCOME_LEADS",
    "budget": {"amount": 9000, "currency": "PLN", "type": "lifetime"},
    "schedule": {"start": "2027-04-01", "end": "2027-06-30"},
    "audience": {"locations": ["PL"], "age": [28, 60]},
}


@pytest.mark.parametrize(
    ("lang", "goal", "row"),
    [
        ("pl", "Zdobyć leady przy koszcie poniżej 60 zł za lead do 30 czerwca 2027", "osiągalny"),
        ("en", "Get leads at a cost per lead under 60 PLN by 30 June 2027", "achievable"),
    ],
)
def test_an_unchecked_criterion_is_labelled_once_and_not_as_a_pass(
    plan_settings: Any, lang: str, goal: str, row: str
) -> None:
    brief = load_brief_data({**BRIEF, "language": lang, "goal": goal}, "brief")
    plan = build_plan(brief, settings=plan_settings)
    assert plan.goal.criteria["achievable"]["state"] == "not_checked"
    line = next(x for x in plan_markdown(plan).splitlines() if x.startswith(f"| {row} |"))
    label = "Nie sprawdzono" if lang == "pl" else "Not checked"
    assert line.count(label) + line.count(label.lower()) == 1, line
    assert "spełnia" not in line and "pass" not in line, line
    # the goal's cap is the one cost KPI
    priced = [k for k in plan.objective.kpis if k.unit == "PLN"]
    assert [k.target for k in priced] == [60.0]
