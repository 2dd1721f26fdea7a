"""A/B test design checks: variant count, one variable at a time, fair budgets, duration,
and whether the traffic can reach a sample that detects the effect the user cares about.

A test that changes two things cannot say which one worked, and a test that cannot reach its
sample size will end "inconclusive" after spending the budget; both are cheaper to catch now.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from statistics import NormalDist
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator

from adsage.i18n import t
from adsage.models.findings import Finding
from adsage.rules.base import finding
from adsage.rules.campaign import AbTestRules, abtest_rules

VARIANT_FIELDS = (
    "primary_text",
    "headline",
    "description",
    "cta",
    "link",
    "image",
    "video",
    "audience",
    "placement",
    "optimization",
)
Element = Literal[
    "primary_text",
    "headline",
    "description",
    "cta",
    "image",
    "video",
    "creative",
    "audience",
    "placement",
    "optimization",
]


class Variant(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    primary_text: str | None = None
    headline: str | None = None
    description: str | None = None
    cta: str | None = None
    link: str | None = None
    image: JsonValue = None
    video: JsonValue = None
    audience: JsonValue = None
    placement: JsonValue = None
    optimization: str | None = None
    budget: float | None = Field(default=None, gt=0)


class AbTest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vary: Element
    variants: list[Variant]
    duration_days: int | None = Field(default=None, ge=1)
    start: date | None = None
    end: date | None = None
    baseline_rate: float | None = Field(default=None, gt=0, lt=1)
    mde: float | None = Field(default=None, gt=0, description="Smallest lift worth detecting")
    mde_type: Literal["relative", "absolute"] = "relative"
    daily_impressions: int | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _dates(self) -> AbTest:
        if self.start and self.end and self.end <= self.start:
            raise ValueError("end must be after start")
        return self

    def days(self) -> int | None:
        if self.duration_days is not None:
            return self.duration_days
        if self.start and self.end:
            return (self.end - self.start).days
        return None


def check_abtest(test: AbTest, lang: str = "en") -> list[Finding]:
    """The design findings of ``test``, worded in ``lang`` (en or pl)."""
    rules = abtest_rules()
    out = _count(rules, test, lang)
    if len(test.variants) >= 2:
        out += _single_variable(rules, test, lang)
    out += _budget_split(rules, test, lang)
    out += _duration(rules, test, lang)
    out += _sample(rules, test, lang)
    return out


def _count(rules: AbTestRules, test: AbTest, lang: str) -> list[Finding]:
    n = len(test.variants)
    lo, hi = rules.variants.minimum, rules.variants.maximum
    if n < lo.count:
        return [
            finding(
                "abtest.variant_count",
                lo.severity,
                t("abtest.too_few", lang, min=lo.count, n=n),
                lo,
                field="variants",
                suggestion=t("abtest.too_few.fix", lang),
            )
        ]
    if n > hi.count:
        return [
            finding(
                "abtest.variant_count",
                hi.severity,
                t("abtest.too_many", lang, n=n, max=hi.count),
                hi,
                field="variants",
                suggestion=t("abtest.too_many.fix", lang, max=hi.count),
            )
        ]
    return []


def _single_variable(rules: AbTestRules, test: AbTest, lang: str) -> list[Finding]:
    rule = rules.single_variable
    allowed = set(rule.elements.get(test.vary, [test.vary]))
    dumps = [v.model_dump(include=set(VARIANT_FIELDS)) for v in test.variants]
    differing = [f for f in VARIANT_FIELDS if any(d[f] != dumps[0][f] for d in dumps[1:])]
    out: list[Finding] = []
    extra = [f for f in differing if f not in allowed]
    if extra:
        out.append(
            finding(
                "abtest.single_variable",
                rule.severity,
                t("abtest.also_differ", lang, vary=test.vary, fields=", ".join(extra)),
                rule,
                field=f"variants.{extra[0]}",
                suggestion=t("abtest.also_differ.fix", lang, fields=", ".join(extra)),
            )
        )
    if not any(f in allowed for f in differing):
        out.append(
            finding(
                "abtest.single_variable",
                rule.severity,
                t("abtest.no_difference", lang, vary=test.vary),
                rule,
                field=f"variants.{test.vary}",
                suggestion=t("abtest.no_difference.fix", lang, element=test.vary.replace("_", " ")),
            )
        )
    else:
        keys = [tuple(str(d[f]) for f in sorted(allowed)) for d in dumps]
        if len(set(keys)) < len(keys):
            out.append(
                finding(
                    "abtest.single_variable",
                    "warning",
                    t("abtest.duplicates", lang, vary=test.vary),
                    rule,
                    field=f"variants.{test.vary}",
                    suggestion=t("abtest.duplicates.fix", lang),
                )
            )
    return out


def _budget_split(rules: AbTestRules, test: AbTest, lang: str) -> list[Finding]:
    rule = rules.budget_split
    budgets = [v.budget for v in test.variants]
    given = [b for b in budgets if b is not None]
    if not given:
        return []
    if len(given) != len(budgets):
        message = t("abtest.budget_missing", lang)
    elif max(given) - min(given) > rule.tolerance * max(given):
        from adsage.i18n import number

        low, high = number(min(given), lang), number(max(given), lang)
        message = t("abtest.budget_uneven", lang, low=low, high=high)
    else:
        return []
    return [
        finding(
            "abtest.budget_split",
            rule.severity,
            message,
            rule,
            field="variants.budget",
            suggestion=t("abtest.budget.fix", lang),
        )
    ]


def _duration(rules: AbTestRules, test: AbTest, lang: str) -> list[Finding]:
    rule = rules.duration
    days = test.days()
    if days is None or rule.min_days <= days <= rule.max_days:
        return []
    short = days < rule.min_days
    return [
        finding(
            "abtest.duration",
            rule.severity,
            t(
                "abtest.too_short" if short else "abtest.too_long",
                lang,
                days=days,
                min=rule.min_days,
                max=rule.max_days,
            ),
            rule,
            field="duration_days",
            suggestion=t(
                "abtest.duration.fix", lang, days=rule.min_days if short else rule.max_days
            ),
        )
    ]


@lru_cache(maxsize=1024)
def required_sample_per_variant(
    baseline: float, lift_abs: float, confidence: float, power: float
) -> int:
    """Per-variant sample for a two-sided two-proportion z-test (normal approximation).
    Cached: each sizing also prices two to five variants, from the same few rates."""
    p1, p2 = baseline, baseline + lift_abs
    z = NormalDist()
    z_a = z.inv_cdf(1 - (1 - confidence) / 2)
    z_b = z.inv_cdf(power)
    p_bar = (p1 + p2) / 2
    num = (
        z_a * (2 * p_bar * (1 - p_bar)) ** 0.5 + z_b * (p1 * (1 - p1) + p2 * (1 - p2)) ** 0.5
    ) ** 2
    return int(-(-num // (lift_abs**2)))


def _sample(rules: AbTestRules, test: AbTest, lang: str) -> list[Finding]:
    rule = rules.sample_size
    if test.baseline_rate is None or test.mde is None:
        return [
            finding(
                "abtest.sample_size",
                "info",
                t("abtest.sample_inputs", lang),
                rule,
                field="baseline_rate",
                suggestion=t("abtest.sample_inputs.fix", lang),
            )
        ]
    lift = test.mde * test.baseline_rate if test.mde_type == "relative" else test.mde
    if test.baseline_rate + lift >= 1:
        return [
            finding(
                "abtest.sample_size",
                rule.severity,
                t("abtest.lift_too_big", lang),
                rule,
                field="mde",
                suggestion=t("abtest.lift_too_big.fix", lang),
            )
        ]
    from adsage.i18n import number

    per_variant = required_sample_per_variant(
        test.baseline_rate, lift, rule.confidence_level, rule.power
    )
    total = per_variant * max(len(test.variants), 2)
    days = test.days()
    if test.daily_impressions is None or days is None:
        return [
            finding(
                "abtest.sample_size",
                "info",
                t(
                    "abtest.sample_info",
                    lang,
                    per_variant=number(per_variant, lang),
                    total=number(total, lang),
                ),
                rule,
                field="daily_impressions",
            )
        ]
    available = test.daily_impressions * days
    if available >= total:
        return []
    need_days = -(-total // test.daily_impressions)
    return [
        finding(
            "abtest.sample_size",
            rule.severity,
            t(
                "abtest.sample_short",
                lang,
                total=number(total, lang),
                per_variant=number(per_variant, lang),
                days=number(days, lang),
                daily=number(test.daily_impressions, lang),
                available=number(available, lang),
            ),
            rule,
            field="daily_impressions",
            suggestion=t("abtest.sample_short.fix", lang, days=number(need_days, lang)),
        )
    ]


def check_reach(
    sample_per_variant: int,
    days_needed: int | None,
    duration_days: int,
    unit: Literal["impressions", "clicks"] = "impressions",
    lang: str = "en",
) -> list[Finding]:
    """A sized test (a plan's): can its budget reach the sample in the days it runs?

    The plan sizes its test once (``numbers.ab``); this judges those figures with the same
    duration and sample-size rules as :func:`check_abtest`, so the plan's warning and
    ``check plan``'s verdict cannot disagree. Worded in the plan's language.
    """
    from adsage.i18n import number, t

    rules = abtest_rules()
    out: list[Finding] = []
    if days_needed is not None and days_needed > rules.duration.max_days:
        d = rules.duration
        out.append(
            finding(
                "abtest.duration",
                d.severity,
                t("plancheck.reach_long", lang, days=days_needed, min=d.min_days, max=d.max_days),
                d,
                field="days_needed",
                suggestion=t("plancheck.reach_long.fix", lang),
            )
        )
    if days_needed is None or days_needed > duration_days:
        rule = rules.sample_size
        needs = t("plancheck.reach_unknown", lang) if days_needed is None else f"{days_needed}"
        out.append(
            finding(
                "abtest.sample_size",
                rule.severity,
                t(
                    "plancheck.reach_short",
                    lang,
                    needs=needs,
                    sample=number(sample_per_variant, lang),
                    unit=t(f"plancheck.unit.{unit}", lang),
                    runs=duration_days,
                ),
                rule,
                field="days_needed",
                suggestion=t("plancheck.reach_short.fix", lang),
            )
        )
    return out
