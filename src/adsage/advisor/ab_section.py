"""The plan's A/B test section, worded from the numbers model only: one size, one duration."""

from __future__ import annotations

from adsage.advisor.texts import VARIABLE
from adsage.models.brief import Brief
from adsage.models.plan import ABTestPlan, PlanNumbers
from adsage.planning.data import planning_data


def ab_section(
    brief: Brief,
    nums: PlanNumbers,
    ads: list[dict[str, object]],
    reserved: float,
    single_ad_set: bool,
    sources: list[int] | None = None,
) -> ABTestPlan:
    """The plan's test, worded from the numbers model only: one size, one duration."""
    from adsage.planning.texts import count, money, pct, tr

    lang, cur = brief.language, nums.currency
    d = planning_data().ab_defaults
    ab = nums.ab
    variable = "headline"
    metric_name = "CTR" if ab.metric == "ctr" else tr(lang, "cvr_name")
    kw = {
        "needed": money(ab.budget_needed, cur, lang),
        "days": count(ab.days_needed, lang) if ab.days_needed is not None else "-",
        "daily": money(ab.daily_budget, cur, lang),
        "pool": tr(
            lang, "pool_all" if single_ad_set else "pool_test", reserved=money(reserved, cur, lang)
        ),
        "available": ab.available_days,
        "sample": count(ab.sample_size_per_variant, lang),
    }
    verdict = tr(lang, "ab_fits" if ab.fits else "ab_short", **kw)
    notes: list[str] = []
    if ab.available_days and brief.days > ab.available_days:
        key = "ab_test_limit" if single_ad_set else "ab_test_window"
        notes.append(tr(lang, key, max=ab.available_days, days=brief.days))
    if ab.fits and not single_ad_set and (ab.days_needed or 0) < ab.available_days:
        notes.append(
            tr(
                lang,
                "ab_rest",
                days=ab.days_needed,
                reserved=money(reserved, cur, lang),
                window=ab.available_days,
            )
        )
    if not ab.fits:
        daily_need = ab.budget_needed / ab.available_days if ab.available_days else 0.0
        # more a day than the whole campaign spends is no advice: say so and offer the rest
        beyond = daily_need > nums.daily
        notes.append(
            tr(
                lang,
                "ab_beyond_budget" if beyond else "ab_cannot_finish",
                available=ab.available_days,
                daily_need=money(daily_need, cur, lang),
                campaign_daily=money(nums.daily, cur, lang),
            )
        )
    if ab.result_metric_days is not None:
        notes.append(
            tr(
                lang,
                "ab_ctr_instead",
                days=count(ab.result_metric_days, lang),
                available=ab.available_days,
            )
        )
    if ab.metric == "cvr":
        notes.append(
            tr(
                lang,
                "ab_cvr_basis",
                ctr=pct(ab.baseline_rate, lang),
                cpc=money(nums.cpc or 0, cur, lang),
            )
        )
    if single_ad_set:
        notes.append(tr(lang, "ab_in_ad_set"))
    return ABTestPlan(
        variable=variable,
        hypothesis=tr(
            lang,
            "hypothesis",
            variable=VARIABLE[lang][variable],
            metric=metric_name,
            mde=d.mde_relative,
        ),
        variants=[str(a.get(variable, "")) for a in ads],
        metric=ab.metric,
        baseline_rate=ab.baseline_rate,
        mde=d.mde_relative,
        alpha=d.alpha,
        power=d.power,
        sample_size_per_variant=ab.sample_size_per_variant,
        impressions_needed=ab.impressions_needed,
        budget_needed=ab.budget_needed,
        days_needed=ab.days_needed,
        duration_days=ab.duration_days,
        verdict=verdict,
        warnings=notes,
        ads=ads,
        budget_reserved=round(reserved, 2),
        currency=cur,
        sources=list(sources or []),
    )
