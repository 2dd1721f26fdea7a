"""Which ad sets a budget can carry: every line the plan creates gets the per-ad-set minimum.

A split that leaves an ad set under the minimum a day (``planning.yaml``
``min_daily_per_ad_set``) starves it of the data it needs to learn, so a line under it is
folded into the main line instead, and the plan says which and why.  A warm-audience line
needs an audience to warm: it is planned only when the brief names custom audiences.
"""

from __future__ import annotations

from adsage.models.brief import Brief
from adsage.models.plan import ABNumbers, DroppedLine
from adsage.planning.data import SplitLine, planning_data

WARM = "retargeting"
TEST = "testing"


def floor_for(currency: str) -> float:
    """The per-ad-set daily minimum in ``currency`` (0 when the data has none for it)."""
    return planning_data().structures.min_daily_per_ad_set.get(currency, 0.0)


def main_group(lines: list[SplitLine]) -> list[str]:
    """The keys of the main line: the first one, or every store's app campaign when the plan
    runs one per store (money they take is shared evenly, so the stores stay equal)."""
    from adsage.planning.structure import PLATFORM_LINES

    keys = [ln.key for ln in lines]
    if keys and keys[0] in PLATFORM_LINES:
        return [k for k in keys if k in PLATFORM_LINES]
    return keys[:1]


def _give(lines: list[SplitLine], share: float) -> list[SplitLine]:
    """``lines`` with ``share`` added to the main line (split evenly over its group)."""
    group = main_group(lines)
    each = share / len(group) if group else 0.0
    return [
        SplitLine(key=ln.key, share=round(ln.share + each, 4)) if ln.key in group else ln
        for ln in lines
    ]


def fold(lines: list[SplitLine], key: str) -> list[SplitLine]:
    """``lines`` without ``key``, its share added to the main line."""
    share = next(ln.share for ln in lines if ln.key == key)
    return _give([ln for ln in lines if ln.key != key], share)


def plan_split(
    brief: Brief, structure: str, daily: float
) -> tuple[list[SplitLine], list[DroppedLine]]:
    """The structure's lines that can each be funded, and the ones folded into the main line.

    The test line is spent within the test's window (at most 30 days), so its daily amount is
    its share over that window; it may run fewer days to reach the minimum, but not fewer than
    the test's own minimum length."""
    from adsage.planning.numbers import test_window

    s = planning_data().structures
    d = planning_data().ab_defaults
    lines = list(s.kinds[structure].lines)
    floor = floor_for(brief.budget.currency)
    days = brief.days
    total = daily * days
    dropped: list[DroppedLine] = []
    if any(ln.key == WARM for ln in lines) and not brief.audience.custom_audiences:
        share = next(ln.share for ln in lines if ln.key == WARM)
        dropped.append(DroppedLine(key=WARM, reason="no_audience", daily=round(daily * share, 2)))
        lines = fold(lines, WARM)
    if not floor:
        return lines, dropped
    # as many ad sets as the daily budget carries at the minimum each: warm lines go first
    while len(lines) > max(1, int(daily // floor)):
        last = next((ln for ln in lines[1:] if ln.key == WARM), lines[-1])
        dropped.append(
            DroppedLine(key=last.key, reason="under_floor", daily=round(daily * last.share, 2))
        )
        lines = fold(lines, last.key)
    for ln in list(lines[1:]):
        if ln.key == TEST:
            # the fewest days a test may run, at the floor, must fit in the line
            fewest = min(d.min_days, days)
            line_daily = total * ln.share / test_window(days)
            if total * ln.share >= floor * fewest:
                continue
        else:
            line_daily = daily * ln.share
            if line_daily >= floor:
                continue
        dropped.append(DroppedLine(key=ln.key, reason="under_floor", daily=round(line_daily, 2)))
        lines = fold(lines, ln.key)
    # the main line needs the minimum too: below it, one ad set carries everything
    while len(lines) > 1 and daily * lines[0].share < floor:
        last = lines[-1]
        dropped.append(
            DroppedLine(key=last.key, reason="under_floor", daily=round(daily * last.share, 2))
        )
        lines = fold(lines, last.key)
    return lines, dropped


def with_surplus(lines: list[SplitLine], total: float, spend: float) -> list[SplitLine]:
    """The split once the test line holds only what the test spends: the rest of its share
    goes to the main line (the figure the A/B and budget sections both show)."""
    out: list[SplitLine] = []
    test = next((ln for ln in lines if ln.key == TEST), None)
    if test is None or not total or spend >= total * test.share:
        return lines
    freed = test.share - spend / total
    group = main_group(lines)
    for ln in lines:
        if ln is test:
            out.append(SplitLine(key=TEST, share=spend / total))
        elif ln.key in group:
            out.append(SplitLine(key=ln.key, share=ln.share + freed / len(group)))
        else:
            out.append(ln)
    return out


def unreachable(ab: ABNumbers) -> bool:
    """Whether a sized test cannot reach its sample within the days it may run."""
    return ab.days_needed is not None and not ab.fits


def without_test(
    lines: list[SplitLine],
    dropped: list[DroppedLine],
    total: float,
    test_budget: float,
    window: int,
) -> tuple[list[SplitLine], list[DroppedLine]]:
    """The split with no test: its own line folded into the main line, or the test that
    would have run inside an ad set marked as not run; either way ``no_sample``."""
    if any(ln.key == TEST for ln in lines):
        daily = test_budget / window if window else 0.0
        lines = fold(lines, TEST)
        return lines, [*dropped, DroppedLine(key=TEST, reason="no_sample", daily=round(daily, 2))]
    kept = [d for d in dropped if d.key != TEST]
    before = next((d.daily for d in dropped if d.key == TEST), 0.0)
    return lines, [*kept, DroppedLine(key=TEST, reason="no_sample", daily=before)]
