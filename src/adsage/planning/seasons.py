"""Seasonal notes for what the brief sells: Valentine's week for gifts and jewellery, the
wedding-supplier booking months, tyre-change seasons, the back-to-school weeks.

Each season is data (``knowledge/rules/seasons.yaml``, with source, date and confidence) keyed
to the brief's category or words and to the flight's dates; the wording is the catalogue's
``plan.season.<key>``.  A season that raises costs replaces the generic "January CPMs are
low" line, which would say the opposite.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from adsage.models.brief import Brief
from adsage.rules.loader import load_rules


class Season(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    key: str = ""  # the name it has in the file, set on loading
    categories: list[str]
    keywords: list[str]
    markets: list[str]
    start: str = Field(pattern=r"^\d\d-\d\d$")  # MM-DD
    end: str = Field(pattern=r"^\d\d-\d\d$")
    costs_rise: bool
    source: str
    as_of: date
    confidence: Literal["META", "COPY", "3P", "UNSURE"]


class SeasonsData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    seasons_by_key: dict[str, Season] = Field(alias="seasons")

    @property
    def seasons(self) -> list[Season]:
        """The seasons in file order, each with its key."""
        return [s.model_copy(update={"key": k}) for k, s in self.seasons_by_key.items()]


def seasons_data() -> SeasonsData:
    return load_rules("seasons.yaml", SeasonsData)


@lru_cache(maxsize=1024)  # a batch asks it for the same flights and periods again and again
def overlaps(start: date, end: date, first: str, last: str) -> bool:
    """Whether the flight covers any day of the yearly period ``first``..``last`` (MM-DD,
    wrapping over New Year)."""
    day = start
    while day <= end:
        md = day.strftime("%m-%d")
        if first <= md <= last if first <= last else (md >= first or md <= last):
            return True
        day += timedelta(days=1)
    return False


def _words(brief: Brief) -> str:
    """What the brief sells, in its own words: a season follows the product, never a word
    inside a benefit ("Dofinansowanie kursów" on a nurse's job) or an interest."""
    return " ".join([brief.product, brief.offer, brief.audience.description])


def _names(season: Season, category: str, text: str) -> bool:
    if category in season.categories:
        return True
    found = _keywords(tuple(season.keywords))
    return bool(found and found.search(text))


@lru_cache(maxsize=256)
def _keywords(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern per season's keywords (each a word start), compiled once per process."""
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w){re.escape(k)}" for k in words), re.IGNORECASE)


def seasons_for(brief: Brief, category: str) -> list[Season]:
    """The seasons of this brief's business that its flight overlaps, in data order; of two
    with the same note (a market's own and the general one) only the first applies."""
    market = (brief.audience.locations or [""])[0].upper()
    text = _words(brief)
    out: list[Season] = []
    for s in seasons_data().seasons:
        if s.markets and market not in s.markets:
            continue
        if not overlaps(brief.schedule.start, brief.schedule.end, s.start, s.end):
            continue
        if not _names(s, category, text):
            continue
        if any(o.key.removesuffix("_pl") == s.key.removesuffix("_pl") for o in out):
            continue  # "valentines_pl" already said it
        out.append(s)
    return out


# "Made to order in 5 working days" / "Wykonanie na zamówienie w 5 dni roboczych"
_MADE_TO_ORDER = re.compile(
    r"made to order in \d+(?:\s*[-–]\s*\d+)? (?:working |business )?days"
    r"|na zamówienie w (?:ciągu )?\d+(?:\s*[-–]\s*\d+)? dni(?: roboczych)?",
    re.IGNORECASE,
)


def made_to_order(brief: Brief) -> str | None:
    """The brief's own words for a made-to-order lead time, when it gives one."""
    for text in [*brief.benefits, brief.product, brief.offer]:
        m = _MADE_TO_ORDER.search(text or "")
        if m:
            return text.strip().rstrip(".")
    return None
