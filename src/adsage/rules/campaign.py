"""Typed rule data for creatives, targeting, budgets and A/B tests
(creative.yaml, targeting.yaml, budget.yaml, abtest.yaml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from adsage.models.findings import Severity
from adsage.rules.base import Sourced, SourcedRule, Strict
from adsage.rules.loader import load_rules


class RatioSpec(SourcedRule):
    ratio_min: float = Field(gt=0)
    ratio_max: float = Field(gt=0)
    tolerance: float = Field(ge=0, lt=0.5)
    # What the placement does with other ratios: reject them, or show them on padding.
    off_ratio: Literal["rejected", "padded"] = "rejected"

    @model_validator(mode="after")
    def _ordered(self) -> RatioSpec:
        if self.ratio_min > self.ratio_max:
            raise ValueError("ratio_min must not exceed ratio_max")
        return self

    def ratio_ok(self, width: int, height: int) -> bool:
        ratio = width / height
        return (
            self.ratio_min * (1 - self.tolerance) <= ratio <= self.ratio_max * (1 + self.tolerance)
        )


class ImageSpec(RatioSpec):
    min_width: int | None = Field(default=None, gt=0)
    min_height: int | None = Field(default=None, gt=0)
    recommended_width: int | None = Field(default=None, gt=0)
    recommended_height: int | None = Field(default=None, gt=0)
    # the shape to produce (a 4:5 feed image fills more of a phone screen), beside the
    # smallest size that still looks sharp (recommended_width/height, which checks apply)
    best_width: int | None = Field(default=None, gt=0)
    best_height: int | None = Field(default=None, gt=0)


class VideoSpec(RatioSpec):
    min_duration_s: float = Field(ge=0)
    max_duration_s: float = Field(gt=0)
    ratio_severity: Severity = "warning"

    @model_validator(mode="after")
    def _ratio_unsure_only_warns(self) -> VideoSpec:
        if self.confidence == "UNSURE" and self.ratio_severity == "error":
            raise ValueError("an UNSURE rule may only have severity 'warning' or 'info'")
        return self


class CarouselRule(SourcedRule):
    min_cards: int = Field(ge=1)
    max_cards: int = Field(ge=1)


class CollectionRule(SourcedRule):
    min_products: int = Field(ge=1)
    unsupported_placements: list[str] = []


class Formats(Strict):
    carousel: CarouselRule
    collection: CollectionRule
    dynamic: SourcedRule


class SafeZone(SourcedRule):
    """Shares of a full-screen frame covered by the app's own interface."""

    top: float = Field(ge=0, lt=0.5)
    bottom: float = Field(ge=0, lt=0.5)
    sides: float = Field(ge=0, lt=0.5)


class CreativeRules(Strict):
    images: dict[str, ImageSpec]
    videos: dict[str, VideoSpec]
    safe_zones: dict[str, SafeZone] = {}
    formats: Formats


class AgeRule(SourcedRule):
    min: int
    max: int
    default_min: int


class LocationRule(SourcedRule):
    max_cities: int = Field(gt=0)
    max_postal_codes: int = Field(gt=0)


class SpecialCategories(SourcedRule):
    values: list[str]
    restricted: list[str]
    authorisation: list[str] = []
    fixed_age_min: int
    fixed_age_max: int
    replaced: dict[str, str] = {}
    replaced_source: str = ""
    replaced_as_of: str = ""


class UnsureLockRule(SourcedRule):
    """Special ad categories whose age and gender lock the team reference does not confirm:
    narrowing them warns, and the plan does not state the lock as a fact."""

    categories: list[str] = []


class RadiusRule(SourcedRule):
    min_radius_miles: float = Field(gt=0)
    min_radius_km: float = Field(gt=0)
    # countries whose advertisers read distances in miles: the plan states the rule that way
    mile_countries: list[str] = []


class LookalikeRule(SourcedRule):
    min_percent: float = Field(gt=0)
    max_percent: float = Field(gt=0)
    min_source: int = Field(gt=0)
    recommended_source: int = Field(gt=0)


class MinorsRule(SourcedRule):
    """Under ``adult_age`` Meta allows only the ``allowed`` targeting options."""

    adult_age: int = Field(gt=0)
    allowed: list[str] = Field(min_length=1)
    adult_words: list[str] = []


class MinorsConsentRule(SourcedRule):
    """A paid contract offered to people under the adult age: a parent or guardian usually
    has to consent, and parents (who usually pay) are adults an ad set of their own may reach
    with interests.  ``contract_words`` are the stems in a brief's offer or product that show
    something is signed or paid for; ``parent_ages`` the ages such an ad set would target."""

    contract_words: list[str] = Field(min_length=1)
    parent_ages: tuple[int, int]


class CityRadiusRule(SourcedRule):
    """The radius Ads Manager offers around a city; a smaller one needs an address or pin."""

    min_km: float = Field(gt=0)
    max_km: float = Field(gt=0)


class PlaceNames(SourcedRule):
    # the cities below are all in this country; a brief for another country ignores them
    country: str = "PL"
    pl_genitive: dict[str, str] = {}
    # other spellings of the same cities (English, without diacritics) -> the nominative
    aliases: dict[str, str] = {}


class TargetingRules(Strict):
    age: AgeRule
    location: LocationRule
    special_categories: SpecialCategories
    special_radius: RadiusRule
    special_lock_unsure: UnsureLockRule | None = None
    lookalike: LookalikeRule
    place_names: PlaceNames | None = None
    minors: MinorsRule | None = None
    minors_consent: MinorsConsentRule | None = None
    city_radius: CityRadiusRule | None = None


Tier = Literal["impressions", "clicks", "low_frequency"]


class TierMinimum(Strict):
    usd: float = Field(gt=0)
    other_currency_usd: float = Field(gt=0)


class Minimums(SourcedRule):
    tiers: dict[Tier, TierMinimum]
    billing_events: dict[str, Tier]
    goals: dict[str, Tier]


class CurrencyGroup(Sourced):
    """Currencies that share one way of stating the minimums: the USD figure unchanged in
    the local currency (``local_figure``) or its USD equivalent converted with fx.yaml."""

    basis: Literal["local_figure", "usd_equivalent"]
    currencies: list[str] = Field(min_length=1)


class Multiple(SourcedRule):
    multiple: float = Field(gt=0)


class LearningPhase(SourcedRule):
    events: int = Field(gt=0)
    days: int = Field(gt=0)


class Maximum(SourcedRule):
    usd: float = Field(gt=0)


class BudgetRules(Strict):
    minimums: Minimums
    currency_groups: dict[str, CurrencyGroup]
    lifetime_cover: SourcedRule
    bid_cap: Multiple
    dayparting: SourcedRule
    learning_phase: LearningPhase
    maximum: Maximum

    @model_validator(mode="after")
    def _each_currency_in_one_group(self) -> BudgetRules:
        seen: set[str] = set()
        for group in self.currency_groups.values():
            twice = seen.intersection(group.currencies)
            if twice:
                raise ValueError(f"currency {sorted(twice)[0]} is in more than one group")
            seen.update(group.currencies)
        return self

    def group_of(self, currency: str) -> CurrencyGroup | None:
        for group in self.currency_groups.values():
            if currency in group.currencies:
                return group
        return None


class CountRule(SourcedRule):
    count: int = Field(ge=1)


class VariantLimits(Strict):
    minimum: CountRule
    maximum: CountRule


class SingleVariable(SourcedRule):
    elements: dict[str, list[str]]


class Tolerance(SourcedRule):
    tolerance: float = Field(ge=0, lt=1)


class DurationRule(SourcedRule):
    min_days: int = Field(ge=1)
    max_days: int = Field(ge=1)


class SampleSizeRule(SourcedRule):
    confidence_level: float = Field(gt=0.5, lt=1)
    power: float = Field(gt=0.5, lt=1)


class AbTestRules(Strict):
    variants: VariantLimits
    single_variable: SingleVariable
    budget_split: Tolerance
    duration: DurationRule
    sample_size: SampleSizeRule


def creative_rules() -> CreativeRules:
    return load_rules("creative.yaml", CreativeRules)


def targeting_rules() -> TargetingRules:
    return load_rules("targeting.yaml", TargetingRules)


def budget_rules() -> BudgetRules:
    return load_rules("budget.yaml", BudgetRules)


def abtest_rules() -> AbTestRules:
    return load_rules("abtest.yaml", AbTestRules)
