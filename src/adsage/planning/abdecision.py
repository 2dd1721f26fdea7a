"""Whether the plan runs its A/B test, decided once in the numbers model.

The A/B section, the budget notes, ``adsage variants`` and the JSON a Slack or MCP client
reads all take the decision and its figures from ``numbers.ab``.  Deciding it in the wording
instead let the JSON say "fits, 23 days" beside a Markdown section that runs no test, or size
a test at 14 days that the text proposes at 18.

A plan runs no test when the sample costs more than the whole campaign (``budget``), when
the sample cannot be reached within the test's window beside the main line (``no_sample``),
or when the budget carries one ad set only, where two ads are no controlled test
(``one_ad_set``).  For such a plan the figures become those of the test ad set that would
make a test possible: its daily amount, its days and what it spends over them.
"""

from __future__ import annotations

import math

from adsage.models.plan import ABNumbers, DroppedLine
from adsage.planning.data import planning_data
from adsage.planning.split import TEST, floor_for


def sample_dropped(dropped: list[DroppedLine]) -> bool:
    """Whether the split dropped the test because its sample cannot be reached in its window."""
    return any(d.key == TEST and d.reason == "no_sample" for d in dropped)


def settled(
    ab: ABNumbers,
    *,
    total: float,
    days: int,
    currency: str,
    ad_sets: int,
    dropped: list[DroppedLine],
) -> ABNumbers:
    """``ab`` with the plan's decision: unchanged when the test runs, else ``planned`` False,
    the reason, and the figures of the test ad set the plan proposes instead."""
    from adsage.planning.numbers import test_window

    own_line = ab.reserved > 0
    if ab.budget_needed > total:
        reason = "budget"
    elif sample_dropped(dropped):
        reason = "no_sample"
    elif not own_line and ad_sets == 1:
        reason = "one_ad_set"
    else:
        return ab
    window = ab.available_days or test_window(days)
    # an ad set of its own spends at least the per-ad-set minimum a day
    daily = max(ab.budget_needed / window if window else 0.0, floor_for(currency))
    # at that minimum the sample may come sooner, but never under the test's minimum length
    need = math.ceil(round(ab.budget_needed / daily, 6)) if daily else window
    run = min(window, max(need, planning_data().ab_defaults.min_days))
    return ab.model_copy(
        update={
            "planned": False,
            "no_test": reason,
            "fits": False,
            # one figure for "needs about X" and "(X for the test)": what the proposed ad set
            # spends at its daily amount over its days, never the raw sample cost beside it
            "budget_needed": round(daily * run, 2),
            "daily_budget": round(daily, 2),
            "days_needed": min(need, run),
            "duration_days": run,
            "available_days": window,
            "reserved": 0.0,
            "test_spend": 0.0,
            "surplus": 0.0,
        }
    )
