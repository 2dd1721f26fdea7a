"""The cost per result a plan's counts are priced at, and the most a result may cost.

Kept apart from :mod:`adsage.planning.numbers` so the two prices every count rests on read in
one place: the one the counts use (benchmark or the client's cap) and the goal's ceiling.
"""

from __future__ import annotations


def volume_cost(bench: float | None, cap: float | None) -> tuple[float | None, bool]:
    """The cost per result the counts are priced at: the benchmark, or the goal's cap when
    it is far above it (``cap_volume_multiple``): the benchmark averages all industries, and a
    client capping at ten times it tells what its results really cost."""
    from adsage.checks.goal.assess import limits

    if bench and cap and cap >= bench * limits().cap_volume_multiple:
        return cap, True
    return bench, False


def ceiling(total: float, target: float | None, cap: float | None, per: int) -> float | None:
    """The most a result may cost: the budget spread over the goal's count, or the goal's
    own cap when it is lower (or the only one given)."""
    limits = [total / target] if target and per == 1 else []
    limits += [cap] if cap else []
    return round(min(limits), 2) if limits else None
