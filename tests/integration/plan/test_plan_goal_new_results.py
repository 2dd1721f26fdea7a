"""Plans for goals the parser once misread: a tax year, a price, a cost per registration.

A charity's "za 2026 rok" once gave a deadline in 4053; a vet's "150 new pet patients … at under
20 EUR per registration" lost 150 and the cap; a dietitian's "(349 GBP)" became "Get 349 leads".
And a goal that names no countable result never reads as "inferred from the goal's metric".
"""

from __future__ import annotations

from typing import Any

import pytest

from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief_data
from adsage.render.plan_md import plan_markdown

BASE: dict[str, Any] = {
    "brand": "Pełna Miska",
    "product": "Obiady dla samotnych seniorów w Krakowie",
    "offer": "Wpisz nasz numer KRS w zeznaniu PIT",
    "landing_url": "https://pelnamiska.example/1-5-procent",
    "budget": {"amount": 9000, "currency": "PLN", "type": "lifetime"},
    "schedule": {"start": "2027-02-15", "end": "2027-04-30"},
    "audience": {"locations": ["PL"], "age": [26, 65]},
}


@pytest.mark.parametrize(
    ("lang", "goal", "inferred", "no_metric"),
    [
        (
            "pl",
            "Zebrać 180 000 zł z 1,5% podatku w rozliczeniu za 2026 rok",
            "wybrano na podstawie",
            "sam cel biznesowy takiego wyniku nie podaje",
        ),
        (
            "en",
            "Raise 180,000 PLN from the tax allocation for the 2026 tax year",
            "inferred from the goal's metric",
            "as the goal itself names none",
        ),
    ],
)
def test_a_tax_year_goal_has_no_far_deadline_and_no_borrowed_metric(
    plan_settings: Any, lang: str, goal: str, inferred: str, no_metric: str
) -> None:
    brief = load_brief_data({**BASE, "language": lang, "goal": goal}, "brief")
    plan = build_plan(brief, settings=plan_settings)
    md = plan_markdown(plan)
    assert "4053" not in md and "739982" not in md
    assert plan.goal.parsed["deadline"] is None
    assert "30" in plan.goal.criteria["time_bound"]["reason"]  # the schedule's 30 April
    assert inferred not in plan.objective.reason
    assert no_metric in plan.objective.reason


def test_the_vets_count_and_cap_reach_the_plan(plan_settings: Any) -> None:
    brief = load_brief_data(
        {
            **BASE,
            "brand": "Riverside Vets",
            "product": "Veterinary clinic for dogs and cats in Cork",
            "offer": "Free first check-up for puppies and kittens",
            "landing_url": "https://riversidevets.example/register",
            "language": "en",
            "objective": "OUTCOME_LEADS",
            "budget": {"amount": 2700, "currency": "EUR", "type": "lifetime"},
            "schedule": {"start": "2027-04-01", "end": "2027-06-30"},
            "audience": {"locations": ["IE"], "age": [25, 60]},
            "goal": "Register 150 new pet patients by 30 June 2027 at under 20 EUR per registration",
        },
        "brief",
    )
    plan = build_plan(brief, settings=plan_settings)
    assert plan.goal.parsed["target"] == 150
    assert [(c["metric"], c["value"]) for c in plan.goal.parsed["constraints"]] == [("cpa", 20)]
    assert plan.objective.bid_strategy == "COST_CAP"
    assert plan.goal.criteria["specific"]["pass"] is True
