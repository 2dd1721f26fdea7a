"""A cost cap is the bid strategy only when the plan has its amount: the cap the goal puts on
the result the ad set optimises for.  A cap on another cost stays a KPI limit, so the bulk
sheet never carries "Cost per result goal" with an empty Bid Amount."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adsage.advisor.plan import build_plan
from adsage.export.plan_rows import plan_sheet
from adsage.models.brief import load_brief

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize(
    ("name", "amount"),
    [
        # "koszt leada do 25 zł" on leads: bid at the 24 zł the goal of 500 needs (12 000 zł / 500)
        ("review3_briefs/12_ubezpieczenia_pl.yaml", 24.0),
        # "koszt leada do 80 zł" on booked calls, a step after the lead: the plan runs leads,
        # so the cap is on the result it optimises (no goal count of leads to bid under it)
        ("review5_briefs/06_biuro_rachunkowe_pl.yaml", 80.0),
    ],
)
def test_cost_cap_strategy_always_carries_its_amount(
    plan_settings: Any, name: str, amount: float | None
) -> None:
    plan = build_plan(load_brief(DATA / name), settings=plan_settings)
    assert plan.bid_amount() == amount
    assert (plan.budget.bid_strategy == "COST_CAP") == (amount is not None)
    assert plan.objective.bid_strategy == plan.budget.bid_strategy
    rows = plan_sheet(plan).rows
    capped = [r for r in rows if r.get("Ad Set Bid Strategy") == "Cost per result goal"]
    assert [r["Bid Amount"] for r in capped] == ([f"{amount:.2f}"] * len(capped) if amount else [])
    assert capped or amount is None
