"""Which closing lines a draft may end with (``knowledge/rules/close_claims.yaml``).

A close is the ad's ask, so it must ask for what the objective counts and claim nothing the
brief does not give: engagement bait ("Tag the friends you would bring!") is demoted by
Meta's feed and counts for no objective, and "Zarezerwuj miejsce na kursie" claims places
that can run out, which a self-paced course with unlimited access does not have.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from adsage.rules.loader import load_rules


class _Patterns(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    patterns: list[str] = Field(min_length=1)
    source: str = Field(min_length=1)
    as_of: date
    confidence: Literal["META", "COPY", "3P", "UNSURE"]


class _Seats(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    close: list[str] = Field(min_length=1)
    brief: list[str] = Field(min_length=1)
    source: str = Field(min_length=1)
    as_of: date
    confidence: Literal["META", "COPY", "3P", "UNSURE"]


class CloseClaims(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    engagement_bait: _Patterns
    seats: _Seats


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_rules("close_claims.yaml", CloseClaims)

    def one(items: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in items), re.IGNORECASE)

    return one(data.engagement_bait.patterns), one(data.seats.close), one(data.seats.brief)


def is_bait(line: str) -> bool:
    """Whether a line asks people to tag, share or like rather than act on the ad."""
    return bool(_compiled()[0].search(line))


def claims_seats(line: str) -> bool:
    """Whether a line reserves a place ("Save your place", "Zarezerwuj miejsce")."""
    return bool(_compiled()[1].search(line))


def names_seats(text: str) -> bool:
    """Whether the brief's own words give places to reserve: seats, groups of a size, a
    start date, sessions, a limit."""
    return bool(_compiled()[2].search(text))


def allowed(lines: list[str], seats: bool) -> list[str]:
    """The closes a draft may use: never bait, a place only when the brief names places."""
    return [ln for ln in lines if not is_bait(ln) and (seats or not claims_seats(ln))]
