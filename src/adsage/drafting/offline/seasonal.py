"""The seasonal occasion in the ads: when a season of ``seasons.yaml`` applies to the plan's
flight (Valentine's week for a jeweller, tyre season for a garage, September for a language
school), the plan's note says so, and every draft names the occasion in one sentence.

The sentence is data (``knowledge/rules/season_copy.yaml``, with source and date) and names
the occasion only, never a date, deadline or promise the brief does not give.  Every draft
carries it, not only the first: the first is the control of an A/B set and any later one
may be its variant, and a variant without the season sentence would differ in two things.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from adsage.models.brief import Brief
from adsage.planning.seasons import seasons_for
from adsage.rules.loader import load_rules


class SeasonLines(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    en: tuple[str, ...] = Field(min_length=1)
    pl: tuple[str, ...] = Field(min_length=1)
    source: str = Field(min_length=1)
    as_of: date
    confidence: Literal["META", "COPY", "3P", "UNSURE"]


class SeasonCopy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    lines: dict[str, SeasonLines]


def season_copy() -> SeasonCopy:
    return load_rules("season_copy.yaml", SeasonCopy)


def lines_for(key: str) -> SeasonLines | None:
    """A season's lines; a market's own season ("valentines_pl") falls back to the general
    one's, which says the same occasion."""
    data = season_copy().lines
    return data.get(key) or data.get(key.removesuffix("_pl"))


def season_line(brief: Brief, category: str, lang: str) -> tuple[str, ...]:
    """The sentences (richest first) naming the first season that applies to the brief's
    flight and business, or none."""
    for season in seasons_for(brief, category):
        found = lines_for(season.key)
        if found is not None:
            return found.pl if lang == "pl" else found.en
    return ()
