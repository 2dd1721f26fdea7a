"""The ages each persona shows, inside the brief's range.

A category's personas carry the ages of the people who usually buy; clipped to the brief's
range they say who among the targeted people each one is.  When a persona barely overlaps
the range (a young "first-timer" for a service sold to people over 40), clipping leaves a
sliver that is then widened to a few years at the edge: three personas of a 40-65 brief all
read "40-47", which says nothing about the 50- and 60-year-olds the plan also pays to reach.
Then the range is shared out instead: each persona gets its own part, in the order of the
category's own ages (40-49, 50-59, 60-65+), on round decades where they fit.
"""

from __future__ import annotations

from collections.abc import Sequence

_MIN_BAND = 5  # the narrowest part of the range a persona is given when it is shared out
_WIDE = 3  # a range this many persona spans wide is shared out rather than widened at an edge


def overlap(ages: tuple[int, int], lo: int, hi: int) -> int:
    """How many years of ``ages`` lie inside ``lo``-``hi`` (0 when none)."""
    return max(0, min(ages[1], hi) - max(ages[0], lo) + 1)


def spread(
    own: Sequence[tuple[int, int]],
    bands: Sequence[tuple[int, int]],
    lo: int,
    hi: int,
    min_span: int,
) -> list[tuple[int, int]]:
    """The bands to show: ``bands`` as they are, unless some persona's own ages (``own``)
    overlap the brief's range by less than ``min_span`` years while the range is wide
    (``_WIDE`` spans or more) and has room for every persona; then the range is shared out
    among the personas whose band lies inside it (a persona shown outside it, the parent
    with an ad set of their own, keeps its band)."""
    inside = [i for i, b in enumerate(bands) if b[0] >= lo and b[1] <= hi]
    narrow = any(overlap(own[i], lo, hi) < min_span for i in inside)
    # in a short range (18-35) a few widened years are a fair share of it; only a wide one
    # (30-65) leaves the sliver odd
    wide = hi - lo >= _WIDE * min_span
    if not (narrow and wide) or len(inside) < 2 or hi - lo + 1 < len(inside) * _MIN_BAND:
        return list(bands)
    # the youngest persona (by its own ages) gets the youngest part of the range
    order = sorted(inside, key=lambda i: (own[i][0] + own[i][1], i))
    parts = shares(lo, hi, len(order))
    out = list(bands)
    for i, part in zip(order, parts, strict=True):
        out[i] = part
    return out


def shares(lo: int, hi: int, n: int) -> list[tuple[int, int]]:
    """``lo``-``hi`` cut into ``n`` consecutive parts of about equal width, each starting on
    a round decade (else a multiple of five) where that keeps every part at least
    ``_MIN_BAND`` years wide."""
    width = (hi - lo + 1) / n
    raw = [lo + width * k for k in range(1, n)]
    for step in (10, 5, 1):
        cuts = [int(round(c / step) * step) for c in raw]
        starts = [lo, *cuts]
        ends = [*(c - 1 for c in cuts), hi]
        if all(e - s + 1 >= _MIN_BAND for s, e in zip(starts, ends, strict=True)):
            return list(zip(starts, ends, strict=True))
    return [(lo, hi)] * n  # unreachable for a range of n * _MIN_BAND years or more
