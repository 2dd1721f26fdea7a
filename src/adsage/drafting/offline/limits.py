"""Field lengths a draft must fit: the tightest recommendation over the brief's placements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from adsage.rules.ad_text import copy_rules

_FIELDS = ("primary_text", "headline", "description")


@dataclass(frozen=True)
class Limits:
    primary_text: int
    headline: int
    description: int

    def of(self, field: str) -> int:
        return int(getattr(self, field))


def limits_for(placements: Sequence[str]) -> Limits:
    """The tightest recommendation over the brief's placements, so no placement truncates."""
    lengths = copy_rules().lengths
    places = list(placements) or ["feed"]
    values = {f: min(lengths.recommended_for(f, p) for p in places) for f in _FIELDS}
    return Limits(**values)
