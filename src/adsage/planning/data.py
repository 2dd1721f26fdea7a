"""Typed access to ``knowledge/rules/planning.yaml`` (planning defaults with their source)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from adsage.rules.loader import load_rules


class _Sourced(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str
    as_of: str
    confidence: Literal["META", "COPY", "3P", "UNSURE"]


class SplitLine(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    key: str
    share: float = Field(gt=0, le=1)


class BudgetSplit(_Sourced):
    lines: list[SplitLine]
    awareness_lines: list[SplitLine]


class ABDefaults(_Sourced):
    alpha: float = Field(gt=0, lt=0.5)
    power: float = Field(gt=0.5, lt=1)
    mde_relative: float = Field(gt=0)

    # The test's length limits are the A/B checker's rule (abtest.yaml ``duration``), so the
    # plan and ``check plan`` judge a test by one set of numbers.
    @property
    def min_days(self) -> int:
        from adsage.rules.campaign import abtest_rules

        return abtest_rules().duration.min_days

    @property
    def max_days(self) -> int:
        from adsage.rules.campaign import abtest_rules

        return abtest_rules().duration.max_days


class Billing(_Sourced):
    by_objective: dict[str, str]
    by_goal: dict[str, str] = {}

    def event(self, objective: str, goal: str) -> str:
        """What an ad set is billed per: its goal's own event when it has one (landing page
        views bill per impression), else its objective's."""
        return self.by_goal.get(goal) or self.by_objective.get(objective, "IMPRESSIONS")


class StructureKind(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    lines: list[SplitLine] = Field(min_length=1)


class Structures(_Sourced):
    min_daily_per_ad_set: dict[str, float]
    catalogue_min_products: int = Field(ge=1)
    frequency_cap_per_week: int = Field(ge=1)
    kinds: dict[str, StructureKind]


class WarmAudience(_Sourced):
    """When a retargeting ad set is worth adding: its website audience's size."""

    min_people: int = Field(ge=1)


class CalendarPeriod(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    key: Literal["peak", "low"]
    start: str = Field(pattern=r"^\d\d-\d\d$")  # MM-DD
    end: str = Field(pattern=r"^\d\d-\d\d$")


class Calendar(_Sourced):
    periods: list[CalendarPeriod]


class Languages(_Sourced):
    names: dict[str, dict[str, str]]
    countries: dict[str, list[str]]

    def groups(self, countries: list[str]) -> dict[str, list[str]]:
        """Language code -> the targeted countries that speak it, in brief order."""
        out: dict[str, list[str]] = {}
        for c in countries:
            for code in self.countries.get(c.upper(), []):
                out.setdefault(code, []).append(c.upper())
        return out


class BookingPage(_Sourced):
    path_words: list[str]
    optimization_goal: str
    form_close_words: list[str]
    site_close_words: list[str]
    registration_words: list[str] = []

    def _words(self, url: str) -> set[str]:
        import re
        from urllib.parse import urlparse

        return set(re.findall(r"[^\W\d_]+", urlparse(url).path.lower()))

    def matches(self, url: str) -> bool:
        """Whether the landing page's path names a booking ("/book", "/rezerwacja") or takes
        the registration itself ("/register")."""
        wanted = {w.lower() for w in [*self.path_words, *self.registration_words]}
        return bool(self._words(url) & wanted)

    def registers(self, url: str) -> bool:
        """Whether the page takes a registration rather than a booking ("/register")."""
        words = self._words(url)
        booking = words & {w.lower() for w in self.path_words}
        return not booking and bool(words & {w.lower() for w in self.registration_words})


class PlanningData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    budget_split: BudgetSplit
    ab_defaults: ABDefaults
    billing: Billing
    structures: Structures
    warm_audience: WarmAudience
    calendar: Calendar
    languages: Languages
    booking_page: BookingPage


def planning_data() -> PlanningData:
    return load_rules("planning.yaml", PlanningData)
