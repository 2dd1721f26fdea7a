"""The plan's A/B test section, worded from the numbers model only: one size, one duration."""

from __future__ import annotations

import math

from adsage.advisor.texts import VARIABLE
from adsage.models.brief import Brief
from adsage.models.plan import ABNumbers, ABTestPlan, PlanNumbers
from adsage.planning.data import planning_data
from adsage.planning.numbers import test_window
from adsage.planning.split import floor_for
from adsage.planning.structure import PLATFORM_LINES


def ab_section(
    brief: Brief,
    nums: PlanNumbers,
    ads: list[dict[str, object]],
    reserved: float,
    single_ad_set: bool,
    sources: list[int] | None = None,
    main_key: str = "",
    test_goal: str = "",
) -> ABTestPlan:
    """The plan's test, worded from the numbers model only: one size, one duration.
    ``test_goal`` names the conversion event a test ad set of its own keeps from the main ad
    sets (a Sales campaign's purchases; "" when it has its own goal or none is said)."""
    from adsage.advisor.budget_notes import line_name
    from adsage.i18n import plural
    from adsage.planning.texts import cents, count, money, pct, tr

    lang, cur = brief.language, nums.currency
    d = planning_data().ab_defaults
    ab = nums.ab
    variable = "headline"
    metric_name = "CTR" if ab.metric == "ctr" else tr(lang, "cvr_name")
    own_line = ab.reserved > 0
    main = line_name(lang, main_key) if main_key else ""
    if main_key in PLATFORM_LINES:  # one app campaign per store: the winner goes to both
        main = tr(lang, "app_platforms_main")
    if own_line:
        reserved = ab.reserved
    kw = {
        "needed": money(ab.budget_needed, cur, lang),
        "days": count(ab.days_needed, lang) if ab.days_needed is not None else "-",
        "daily": money(ab.daily_budget, cur, lang),
        "pool": (
            tr(lang, "pool_test", reserved=money(reserved, cur, lang))
            if own_line
            else _pool(lang, single_ad_set, main, money(reserved, cur, lang))
        ),
        "available": ab.available_days,
        "sample": plural(
            "unit.impression" if ab.metric == "ctr" else "unit.click",
            ab.sample_size_per_variant,
            lang,
        ),
        "spend": money(ab.test_spend, cur, lang),
        "surplus": money(ab.surplus, cur, lang),
        "reserved": money(reserved, cur, lang),
        "main": main,
        "test": line_name(lang, "testing"),
    }
    if own_line and ab.fits:
        # the test ad set's daily budget to the cent, as the bulk sheet holds it
        kw["daily"] = cents(ab.daily_budget, cur, lang)
    floor = money(floor_for(cur), cur, lang)
    money_bound = own_line and ab.window_limit == "budget"
    if not ab.fits and money_bound:
        # the days come from the money at the per-ad-set minimum, not from the calendar
        verdict = tr(lang, "ab_short_budget", floor=floor, flight=brief.days, **kw)
    elif not ab.fits:
        verdict = tr(lang, "ab_short", **kw)
    elif own_line:
        verdict = tr(lang, "ab_spend_surplus" if ab.surplus >= 1 else "ab_spend", **kw)
    else:
        verdict = tr(lang, "ab_inside", **kw)
    notes: list[str] = []
    planned = ab.planned
    if not planned:
        verdict, notes = no_test(brief, nums, main)
    if planned and ab.offer_days:
        notes.append(tr(lang, "ab_offer_window", days=ab.offer_days, flight=brief.days))
    window = test_window(ab.offer_days or brief.days)
    if planned and not ab.fits and brief.days > window and ab.available_days == window:
        key = "ab_test_window" if own_line else "ab_test_limit"
        notes.append(tr(lang, key, max=window, days=brief.days))
    if planned and own_line and not ab.fits and ab.available_days < window and not money_bound:
        notes.append(tr(lang, "ab_floor_window", floor=floor, days=ab.available_days))
    quickest = _quickest(ab)
    if ab.fits and quickest is not None and quickest < ab.duration_days == d.min_days:
        notes.append(tr(lang, "ab_min_days", min=d.min_days))
    if ab.fits and own_line and main:
        from adsage.export.lines import ADVANTAGE_LINES  # a campaign, not an ad set

        store = _tested_store(brief, main_key)
        if store:
            notes.append(_after_store(lang, store, ab.duration_days))
        else:
            after = "ab_after_campaign" if main_key in ADVANTAGE_LINES else "ab_after"
            notes.append(tr(lang, after, days=ab.duration_days, main=main))
    if planned and not ab.fits:
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
    if planned and ab.result_metric_days is not None:
        notes.append(
            tr(
                lang,
                "ab_ctr_instead",
                days=count(ab.result_metric_days, lang),
                limit=tr(
                    lang, f"ab_limit.{ab.window_limit}", n=ab.available_days, flight=brief.days
                ),
            )
        )
    if planned and ab.metric == "cvr":
        notes.append(
            tr(
                lang,
                "ab_cvr_basis",
                ctr=pct(ab.baseline_rate, lang),
                cpc=money(nums.cpc or 0, cur, lang),
                tag=_basis_tag(nums, lang),
            )
        )
    if planned and own_line and test_goal:
        notes.append(tr(lang, "ab_test_goal", goal=test_goal, metric=metric_name))
    if planned and not own_line:
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
        # a test the plan does not run holds no money of the plan
        budget_reserved=round(reserved, 2) if planned else 0.0,
        currency=cur,
        # a test the plan does not run rests on no testing source
        sources=list(sources or []) if planned else [],
        planned=planned,
    )


def no_test(brief: Brief, nums: PlanNumbers, main: str = "") -> tuple[str, list[str]]:
    """The section of a plan that runs no test (``nums.ab.planned`` False): why, what to do
    instead, and what would make a test possible, worded from the figures the numbers model
    settled (:func:`adsage.planning.abdecision.settled`): the test ad set's daily amount, its
    days and what it spends over them; ``main`` names the line that keeps the money of a
    test dropped for its sample."""
    from adsage.planning.texts import money, tr

    lang, cur, ab = brief.language, nums.currency, nums.ab
    needed, test_daily = money(ab.budget_needed, cur, lang), money(ab.daily_budget, cur, lang)
    if ab.no_test == "budget":
        why = tr(
            lang, "ab_none", ads=ab.variants, needed=needed, total=money(nums.total, cur, lang)
        )
    elif ab.no_test == "no_sample":
        why = tr(
            lang,
            "ab_none_sample",
            ads=ab.variants,
            needed=needed,
            window=ab.duration_days,
            test_daily=test_daily,
            main=main,
        )
    else:
        why = tr(lang, "ab_none_single", daily=money(nums.daily, cur, lang))
    notes = [
        tr(lang, "ab_none_instead"),
        tr(
            lang,
            "ab_none_possible",
            test_daily=test_daily,
            window=ab.duration_days,
            needed=needed,
            campaign_daily=money(nums.daily, cur, lang),
        ),
    ]
    return why, notes


def _pool(lang: str, single: bool, main: str, reserved: str) -> str:
    """Whose money an in-ad-set test spends: the only ad set's, or the main one's."""
    from adsage.planning.texts import tr

    if single or not main:
        return tr(lang, "pool_all", reserved=reserved)
    return tr(lang, "pool_main", line=main)


def _quickest(ab: ABNumbers) -> int | None:
    """Days the sample alone would take at the fastest pace the test could spend: its
    reserve over the window (own line) or the ad set's pace; below the minimum length, the
    test still runs the minimum."""
    if ab.reserved and ab.available_days and ab.budget_needed:
        return math.ceil(round(ab.budget_needed / (ab.reserved / ab.available_days), 6))
    return ab.days_needed


def _tested_store(brief: Brief, main_key: str) -> str | None:
    """The store (``ios``/``android``) whose link the test's ads carry, when the plan runs
    one app campaign per store: the test reads that store's people only."""
    from adsage.advisor.strategy_notes import store_of

    return store_of(brief.landing_url or "") if main_key in PLATFORM_LINES else None


def _after_store(lang: str, store: str, days: int) -> str:
    """The winner goes into the tested store's campaign; for the other store it is a
    hypothesis to confirm there, since that store's people were not in the test."""
    from adsage.advisor.strategy_notes import STORE_NAMES
    from adsage.planning.texts import tr

    # "na Androida": the Polish sentence takes the platform in the accusative
    android = "Androida" if lang == "pl" else "Android"
    platforms = {"ios": "iOS", "android": android}
    other = "android" if store == "ios" else "ios"
    return tr(
        lang,
        "ab_after_store",
        days=days,
        tested=platforms[store],
        store=STORE_NAMES[store],
        other=platforms[other],
    )


def _basis_tag(nums: PlanNumbers, lang: str) -> str:
    """The confidence of the two benchmarks a results-per-click baseline is worked out from
    (the market's CPC and cost per result), by name: the weaker of the two, UNSURE first."""
    from adsage.i18n import confidence_name
    from adsage.rules.objectives import load_benchmarks

    used = nums.benchmark
    cpc = load_benchmarks().entry(used.market, used.objective, "cpc") if used else None
    tags = {used.confidence if used else "UNSURE", cpc.figure.confidence if cpc else "UNSURE"}
    tag = "UNSURE" if "UNSURE" in tags or used is None else used.confidence
    return confidence_name(tag, lang)
