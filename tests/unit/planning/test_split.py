"""Every line the plan creates gets the per-ad-set minimum, a warm line needs an audience the
brief names, and the A/B test runs one length with a line that holds only what it spends."""

from __future__ import annotations

from typing import Any

import pytest

from adsage.planning.data import planning_data
from adsage.planning.numbers import plan_numbers

WARM = {"custom_audiences": ["site visitors 30 days"]}


def _floor(cur: str) -> float:
    return planning_data().structures.min_daily_per_ad_set[cur]


def test_warm_line_only_with_a_named_custom_audience(ebike: Any) -> None:
    nums, lines = plan_numbers(ebike(), "OUTCOME_SALES", "purchases")
    assert "retargeting" not in [ln.key for ln in lines]
    assert [(d.key, d.reason) for d in nums.dropped_lines] == [("retargeting", "no_audience")]
    _, warm = plan_numbers(ebike(audience=WARM), "OUTCOME_SALES", "purchases")
    assert [ln.key for ln in warm] == ["prospecting", "retargeting", "testing"]


def test_test_runs_one_length_and_its_surplus_goes_to_the_main_line(ebike: Any) -> None:
    nums, lines = plan_numbers(ebike(), "OUTCOME_SALES", "purchases")
    ab = nums.ab
    min_days = planning_data().ab_defaults.min_days
    # the sample would take 3 days at the reserve's pace: the test runs the 7-day minimum,
    # spending what the sample needs over those days, and nothing more
    assert ab.fits and ab.duration_days == min_days and ab.days_needed == min_days
    assert ab.reserved == pytest.approx(45000 * 0.2)
    assert ab.test_spend == pytest.approx(ab.budget_needed, abs=0.05)
    assert ab.surplus == pytest.approx(ab.reserved - ab.test_spend)
    amounts = {ln.key: round(nums.total * ln.share, 2) for ln in lines}
    assert amounts["testing"] == pytest.approx(ab.test_spend)
    assert amounts["prospecting"] == pytest.approx(45000 * 0.8 + ab.surplus)
    assert sum(ln.share for ln in lines) == pytest.approx(1.0)


def test_every_line_meets_the_minimum_or_folds_into_the_main_line(ebike: Any) -> None:
    # EUR 5,400 over 76 days: a 20% warm line would get EUR 14.21 a day, under EUR 15
    brief = ebike(
        budget={"amount": 5400, "currency": "EUR", "type": "lifetime"},
        schedule={"start": "2027-01-15", "end": "2027-03-31"},
        audience=WARM,
        objective="OUTCOME_LEADS",
    )
    nums, lines = plan_numbers(brief, "OUTCOME_LEADS", "leads")
    assert [ln.key for ln in lines] == ["prospecting", "testing"]
    assert [(d.key, d.reason, d.daily) for d in nums.dropped_lines] == [
        ("retargeting", "under_floor", 14.21)
    ]
    floor = _floor("EUR")
    assert nums.daily * lines[0].share >= floor
    assert nums.ab.daily_budget >= floor


def test_test_window_shortens_so_the_test_line_gets_the_minimum(ebike: Any) -> None:
    # PLN 1,200 reserved over 24 days is PLN 50 a day, under PLN 60: the line runs 20 days
    brief = ebike(
        budget={"amount": 6000, "currency": "PLN", "type": "lifetime"},
        schedule={"start": "2026-12-01", "end": "2026-12-24"},
        audience={"locations": ["PL"]},
    )
    nums, _ = plan_numbers(brief, "OUTCOME_SALES", "purchases")
    assert nums.ab.reserved == 1200 and nums.ab.available_days == 20
    assert nums.ab.daily_budget >= _floor("PLN")
    assert nums.ab.duration_days <= 20


def test_a_budget_for_one_ad_set_keeps_the_test_inside_it(ebike: Any) -> None:
    brief = ebike(
        budget={"amount": 40, "currency": "PLN", "type": "daily"},
        schedule={"start": "2027-02-15", "end": "2027-02-27"},
        audience={"locations": ["PL"]},
    )
    nums, lines = plan_numbers(brief, "OUTCOME_SALES", "purchases")
    assert [(ln.key, ln.share) for ln in lines] == [("prospecting", 1.0)]
    assert nums.ab.reserved == 0 and nums.ab.surplus == 0
    assert {d.key for d in nums.dropped_lines} == {"retargeting", "testing"}
