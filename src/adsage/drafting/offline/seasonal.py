"""The seasonal occasion in the ads: when a season of ``seasons.yaml`` applies to the plan's
flight (Valentine's week for a jeweller, tyre season for a garage, September for a language
school), the plan's note says so, and every draft names the occasion in one sentence.

The sentence is data (``knowledge/rules/season_copy.yaml``, with source and date) and names
the occasion only, never a date, deadline or promise the brief does not give.  Every draft
carries it, not only the first: the first is the control of an A/B set and any later one
may be its variant, and a variant without the season sentence would differ in two things.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from adsage.lang.folding import fold
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


class OccasionLines(SeasonLines):
    """An occasion a brief may name in its offer or goal ("Bukiety na Dzień Matki od 89 zł"):
    the names that find it (as the brief spells them) and the short line naming it."""

    names: tuple[str, ...] = Field(min_length=1)


class SeasonCopy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    lines: dict[str, SeasonLines]
    occasions: dict[str, OccasionLines] = Field(default_factory=dict)


def season_copy() -> SeasonCopy:
    return load_rules("season_copy.yaml", SeasonCopy)


def lines_for(key: str) -> SeasonLines | None:
    """A season's lines; a market's own season ("valentines_pl") falls back to the general
    one's, which says the same occasion."""
    data = season_copy().lines
    return data.get(key) or data.get(key.removesuffix("_pl"))


def occasion_line(brief: Brief, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(lines, names)`` for the occasion the brief's offer or goal names (Mother's Day,
    Christmas): it is why the campaign runs, so every draft says it, through the offer when
    the offer fits or through the line; ``((), ())`` when the brief names none."""
    said = fold(f"{brief.offer or ''} {brief.goal or ''}")
    for occasion in season_copy().occasions.values():
        if any(re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", said) for n in occasion.names):
            return (occasion.pl if lang == "pl" else occasion.en), occasion.names
    return (), ()


def season_line(brief: Brief, category: str, lang: str) -> tuple[str, ...]:
    """The sentences (richest first) naming the first season that applies to the brief's
    flight and business, or none."""
    for season in seasons_for(brief, category):
        found = lines_for(season.key)
        if found is not None:
            return found.pl if lang == "pl" else found.en
    return ()


def names_occasion(text: str, lines: Sequence[str], named: Sequence[str]) -> bool:
    """Whether an ad's text has one of the occasion's ``lines`` (none asked for: yes), or
    names the brief's own occasion in the brief's words ("Bukiety na Dzień Matki od 89 zł"):
    a text that says it through the offer needs no line of its own."""
    if not lines or any(line in text for line in lines):
        return True
    low = fold(text)
    return any(fold(n) in low for n in named)


def occasion_for(brief: Brief, category: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(lines, names)``: the season of the flight (its line always kept, ``names`` empty),
    else the occasion the brief's offer or goal names (see :func:`occasion_line`)."""
    season = season_line(brief, category, lang)
    return (season, ()) if season else occasion_line(brief, lang)


def without_echo(text: str, lines: Sequence[str], named: Sequence[str]) -> str:
    """``text`` without the occasion's line when the rest of it names the brief's occasion
    already ("15% taniej do Wigilii. Na święta."): the line is there only for texts that
    would not say it otherwise."""
    for line in lines if named else ():
        rest = " ".join(text.replace(line, " ").split())
        if line in text and names_occasion(rest, [line], named):
            return rest
    return text
