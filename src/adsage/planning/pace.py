"""Each ad set's daily budget under a daily campaign budget, while the A/B test runs and after.

A test ad set spends its money within the test's days, so while it runs the main ad set must
give up that much a day or the ad sets together spend more than the brief's daily budget; once
the test ends, the main ad set takes the test's share back. The plan's budget notes and the
bulk sheet both read these figures, so the sheet imports what the plan says.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TEST = "testing"


def floor_cents(amount: float) -> float:
    """Round down, so the ad sets of a split never add up to more than the plan gives."""
    return math.floor(amount * 100 + 1e-6) / 100


@dataclass(frozen=True)
class Pace:
    """Daily amounts per split line key; the main line has one while the test runs
    (``main_during``) and one after it (``main_after``)."""

    main_key: str
    main_during: float
    main_after: float
    others: dict[str, float]
    test_days: int
    # every key that takes the main amounts: one app campaign per store shares them evenly
    group: tuple[str, ...] = ()

    def is_main(self, key: str) -> bool:
        """Whether ``key``'s line takes the main amounts (during and after the test)."""
        return key == self.main_key or key in self.group

    @property
    def changes(self) -> bool:
        """Whether the main ad set's budget must change when the test ends."""
        return self.main_during != self.main_after


def daily_pace(
    daily: float, days: int, lines: list[tuple[str, float]], test_days: int | None
) -> Pace | None:
    """``lines`` are (key, amount over the flight), the main line first; the test line spends
    its amount over ``test_days``. None for a plan with no lines or no days."""
    if not lines or days <= 0:
        return None
    from adsage.planning.numbers import test_window
    from adsage.planning.structure import PLATFORM_LINES

    main_key = lines[0][0]
    group = (
        tuple(k for k, _ in lines if k in PLATFORM_LINES)
        if main_key in PLATFORM_LINES
        else (main_key,)
    )
    run = min(test_days or days, test_window(days))
    others: dict[str, float] = {}
    for key, amount in lines[1:]:
        if key not in group:
            others[key] = floor_cents(amount / (run if key == TEST else days))
    steady = sum(v for k, v in others.items() if k != TEST)
    during = others.get(TEST, 0.0) if run < days else 0.0
    after = round(daily - steady, 2)
    if TEST in others and run >= days:
        after = round(after - others[TEST], 2)
    if len(group) > 1:
        # each store's campaign takes an even part, rounded down so the day is never exceeded
        n = len(group)
        return Pace(
            main_key=main_key,
            main_during=floor_cents((after - during) / n),
            main_after=floor_cents(after / n),
            others=others,
            test_days=run,
            group=group,
        )
    return Pace(
        main_key=main_key,
        main_during=round(after - during, 2),
        main_after=after,
        others=others,
        test_days=run,
    )
