"""Sizing an A/B test from the budget before any creative is made.

A test that cannot reach its sample size in the time and money available gives a coin toss
dressed up as a result; saying so up front (and how many variants the budget can afford) is
the point of this module.  Two-sided two-proportion z-test, normal approximation; with more
than two variants each one is compared with the control at a Bonferroni-adjusted alpha.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from adsage.checks.abtest import required_sample_per_variant

if TYPE_CHECKING:
    from adsage.models.plan import PlanNumbers

Metric = Literal["ctr", "cvr"]

_TEXT = {
    "en": {
        "fits": "this budget can test {n} variants in {days} days",
        "alt": "{n} variants would take {days} days",
        "no_budget": "give a daily budget and CPM to see how many days the test needs",
        "short": "under {min} days of data: weekday effects and the learning phase can skew the result",
        "long": "{days} days is longer than {max}; test fewer variants, a bigger effect or raise the budget",
        "cvr": "sizes for conversion rate assume a CTR of {ctr} to turn clicks into impressions",
        "unreachable": "the budget cannot reach the sample for {n} variants in the {available} days available: it needs {days} days",
    },
    "pl": {
        "fits": "ten budżet pozwala przetestować {n} {variants_word} w {days} dni",
        "alt": "{n} {variants_word} zajęłyby {days} dni",
        "no_budget": "podaj budżet dzienny i CPM, aby zobaczyć, ile dni potrzeba na test",
        "short": "mniej niż {min} dni danych: różnice między dniami tygodnia i faza uczenia się mogą zniekształcić wynik",
        "long": "{days} dni to więcej niż {max}; testuj mniej wariantów, większy efekt albo zwiększ budżet",
        "cvr": "wyliczenia dla współczynnika konwersji zakładają CTR {ctr} do przeliczenia kliknięć na wyświetlenia",
        "unreachable": "budżet nie osiągnie wymaganej próby dla {n} wariantów w dostępnych {available} dniach: potrzeba {days} dni",
    },
}


def _variants_word(n: int, lang: str) -> str:
    """Polish counts take different plural forms (2 warianty, 5 wariantów)."""
    from adsage.i18n import plural

    return plural("unit.variant", n, lang).split(" ", 1)[1]


@dataclass
class ABPlan:
    metric: Metric
    baseline_rate: float
    mde: float
    alpha: float
    power: float
    variants: int
    sample_size_per_variant: int
    impressions_needed: int
    cpm: float | None
    budget_needed: float | None
    daily_budget: float | None
    days_needed: int | None
    verdict: str
    warnings: list[str] = field(default_factory=list)
    alternatives: list[dict[str, int]] = field(default_factory=list)
    # From the plan's numbers (:func:`from_numbers`): the days the test runs, the days it
    # could run, and what its own ad set spends of the share reserved for it.
    duration_days: int | None = None
    available_days: int | None = None
    flight_days: int | None = None
    fits: bool | None = None
    reserved: float | None = None
    test_spend: float | None = None
    surplus: float | None = None
    # False when the plan runs no test at this budget (its verdict then says why)
    planned: bool = True
    # the daily budget of the ad set a variants sheet builds: the test's own pace, or, for a
    # test the plan does not run, the main line's, where the drafts run side by side (the
    # figures above are then the test ad set the verdict proposes, as in the plan)
    ad_set_daily: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def sample_per_variant(
    baseline: float, mde: float, *, variants: int = 2, alpha: float = 0.05, power: float = 0.8
) -> int:
    """Per-variant sample to detect a relative lift ``mde`` over ``baseline``."""
    if not 0 < baseline < 1:
        raise ValueError("baseline rate must be between 0 and 1 (0.012 = 1.2%)")
    if mde <= 0 or baseline * (1 + mde) >= 1:
        raise ValueError("mde must be a positive relative lift that keeps the rate under 100%")
    if variants < 2:
        raise ValueError("a test needs at least 2 variants")
    adjusted = alpha / (variants - 1)
    return required_sample_per_variant(baseline, baseline * mde, 1 - adjusted, power)


def plan_ab_test(
    baseline: float,
    mde: float,
    *,
    metric: Metric = "ctr",
    variants: int = 2,
    alpha: float = 0.05,
    power: float = 0.8,
    cpm: float | None = None,
    daily_budget: float | None = None,
    ctr_for_cvr: float = 0.0171,
    min_days: int = 7,
    max_days: int = 30,
    lang: str = "en",
    available_days: int | None = None,
) -> ABPlan:
    """Size the test; ``available_days`` (the schedule) adds a warning when the budget
    cannot reach the sample in time."""
    lang = "pl" if lang == "pl" else "en"
    text = _TEXT[lang]
    n = sample_per_variant(baseline, mde, variants=variants, alpha=alpha, power=power)
    # For CTR the unit is an impression; for CVR it is a click, bought through impressions.
    per_variant_impr = n if metric == "ctr" else math.ceil(n / ctr_for_cvr)
    impressions = per_variant_impr * variants
    warnings: list[str] = []
    if metric == "cvr":
        from adsage.i18n import percent

        warnings.append(text["cvr"].format(ctr=percent(ctr_for_cvr, lang, decimals=2)))
    budget = round(impressions / 1000 * cpm, 2) if cpm else None
    days = math.ceil(budget / daily_budget) if budget and daily_budget else None
    alternatives = []
    if cpm and daily_budget:
        for k in range(2, 6):
            nk = sample_per_variant(baseline, mde, variants=k, alpha=alpha, power=power)
            impr_k = (nk if metric == "ctr" else math.ceil(nk / ctr_for_cvr)) * k
            alternatives.append(
                {"variants": k, "days": math.ceil(impr_k / 1000 * cpm / daily_budget)}
            )
    if days is None:
        verdict = text["no_budget"]
    else:
        verdict = text["fits"].format(
            n=variants, days=days, variants_word=_variants_word(variants, lang)
        )
        other = next(
            (a for a in alternatives if a["variants"] == (4 if variants != 4 else 2)), None
        )
        if other:
            k = other["variants"]
            verdict += "; " + text["alt"].format(
                n=k, days=other["days"], variants_word=_variants_word(k, lang)
            )
        if days < min_days:
            warnings.append(text["short"].format(min=min_days))
        if days > max_days:
            warnings.append(text["long"].format(days=days, max=max_days))
        if available_days is not None and days > available_days:
            warnings.append(
                text["unreachable"].format(n=variants, available=available_days, days=days)
            )
    return ABPlan(
        metric=metric,
        baseline_rate=baseline,
        mde=mde,
        alpha=alpha,
        power=power,
        variants=variants,
        sample_size_per_variant=n,
        impressions_needed=impressions,
        cpm=cpm,
        budget_needed=budget,
        daily_budget=daily_budget,
        days_needed=days,
        verdict=verdict,
        warnings=warnings,
        alternatives=alternatives,
    )


# The plan's A/B figures that the variants' test plan shows as they are.
_SHARED = (
    *("metric", "baseline_rate", "sample_size_per_variant", "impressions_needed"),
    *("budget_needed", "daily_budget", "days_needed", "duration_days", "available_days"),
    *("fits", "reserved", "test_spend", "surplus"),
)


def from_numbers(nums: PlanNumbers, variants: int, flight_days: int, lang: str) -> ABPlan:
    """The test plan ``adsage variants`` shows, read from the plan's own numbers
    (:func:`adsage.planning.numbers.ab_numbers`: the testing line, the per-ad-set minimum, the
    test window and the surplus), so one brief gives one test budget and one duration."""
    from adsage.planning.data import planning_data

    lang = "pl" if lang == "pl" else "en"
    text, d, ab = _TEXT[lang], planning_data().ab_defaults, nums.ab
    warnings: list[str] = []
    if ab.metric == "cvr" and nums.ctr_link:
        from adsage.i18n import percent

        warnings.append(text["cvr"].format(ctr=percent(nums.ctr_link / 100, lang, decimals=2)))
    if nums.cpm is None or not ab.daily_budget:
        verdict = text["no_budget"]
    else:
        verdict = text["fits"].format(
            n=variants, days=ab.duration_days, variants_word=_variants_word(variants, lang)
        )
        if not ab.fits:  # never "can test" beside "will end inconclusive"
            needs = ab.days_needed if ab.days_needed is not None else "?"
            verdict = text["unreachable"].format(
                n=variants, available=ab.available_days, days=needs
            )
        if ab.duration_days < d.min_days:
            warnings.append(text["short"].format(min=d.min_days))
    shared = {k: getattr(ab, k) for k in _SHARED}
    return ABPlan(
        **shared,
        mde=d.mde_relative,
        alpha=d.alpha,
        power=d.power,
        variants=variants,
        cpm=nums.cpm,
        verdict=verdict,
        warnings=warnings,
        flight_days=flight_days,
        ad_set_daily=ab.daily_budget,
    )
