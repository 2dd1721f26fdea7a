"""One forecast count, rounded once: the rewrite's target, the KPI's "expect about" and the
weekly pace all read the same figure."""

from __future__ import annotations

import pytest

from adsage.checks.goal.costs import affordable_count


@pytest.mark.parametrize(
    ("budget", "per", "typical", "count"),
    [
        (900.0, 1000, 7.0, 128_000),  # 128,571 reached people
        (4080.0, 1, 35.0, 116),  # 116.6 purchases: three digits, not 110
        (705.0, 1, 25.0, 28),
        (10.0, 1, 25.0, 1),  # never fewer than one result
    ],
)
def test_counts_keep_three_significant_digits(
    budget: float, per: int, typical: float, count: int
) -> None:
    assert affordable_count(budget, per, typical) == count


def test_the_weekly_pace_agrees_with_the_rounded_total() -> None:
    total = affordable_count(4080.0, 1, 35.0)
    weekly_from_total = total / 34 * 7
    weekly_from_budget = 4080.0 / 35.0 / 34 * 7
    assert round(weekly_from_total) == round(weekly_from_budget) == 24
