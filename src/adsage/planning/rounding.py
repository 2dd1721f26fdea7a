"""How a plan rounds a count of results, in one place: the plan's weekly figures and the
budget check's learning-phase warning quote the same "4.2 a week", never 4.2 beside 4."""

from __future__ import annotations


def round_count(x: float) -> float:
    """Whole numbers from 10 up, one decimal below: "60 a week", "8.8 a week"."""
    return float(round(x)) if x >= 10 else round(x, 1)
