"""``plan.consistency``: the sections of a plan must not contradict each other.

Each figure is computed once (``plan.numbers``); this rule re-reads every section against it
and against the special-ad-category limits, so a hand-edited or model-drafted plan that says
one thing in the budget and another in the A/B test is caught.
"""

from __future__ import annotations

from typing import Any

from adsage.models.findings import Finding
from adsage.models.plan import CampaignPlan

RULE = "plan.consistency"
RESTRICTED = {"HOUSING", "EMPLOYMENT", "CREDIT", "FINANCIAL_PRODUCTS_SERVICES"}
AD_FIELDS = ("primary_text", "headline", "description", "cta", "link")


def _f(plan: CampaignPlan, key: str, field: str, **kw: Any) -> Finding:
    """An error worded in the plan's language (``plancheck.*`` messages)."""
    from adsage.i18n import t

    return Finding(
        rule=RULE,
        severity="error",
        message=t(f"plancheck.{key}", plan.lang, **kw),
        field=field,
        suggestion=t("plancheck.regenerate", plan.lang),
    )


def _close(a: float, b: float, tol: float = 0.011) -> bool:
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def check_consistency(plan: CampaignPlan) -> list[Finding]:
    from adsage.i18n import money, t
    from adsage.rules.campaign import targeting_rules

    min_radius_km = targeting_rules().special_radius.min_radius_km
    out: list[Finding] = []
    b, ab, n, tg = plan.budget, plan.ab_test, plan.numbers, plan.targeting
    split_total = sum(line.amount for line in b.split)
    if not _close(split_total, b.total):
        out.append(
            _f(
                plan,
                "split_total",
                "budget",
                split=money(split_total, b.currency, plan.lang, 2),
                total=money(b.total, b.currency, plan.lang, 2),
            )
        )
    for line in b.split:
        if line.currency and line.currency != b.currency:
            out.append(
                _f(
                    plan,
                    "line_currency",
                    "budget",
                    line=line.name,
                    currency=line.currency,
                    expected=b.currency,
                )
            )
    if b.bid_strategy != plan.objective.bid_strategy:
        out.append(
            _f(
                plan,
                "bid_mismatch",
                "budget.bid_strategy",
                objective=plan.objective.bid_strategy,
                budget=b.bid_strategy,
            )
        )
    if ab.duration_days > b.days:
        out.append(_f(plan, "ab_longer", "ab_test", test=ab.duration_days, days=b.days))
    if n is not None:
        if not _close(n.total, b.total) or n.days != b.days or n.currency != b.currency:
            out.append(_f(plan, "numbers_budget", "budget"))
        if n.ab.sample_size_per_variant != ab.sample_size_per_variant or not _close(
            n.ab.budget_needed, ab.budget_needed
        ):
            out.append(_f(plan, "numbers_ab", "ab_test"))
        # the cost KPI is the goal's ceiling when the goal counts results, else the benchmark
        cost = n.cost_ceiling if n.cost_ceiling is not None else n.cost_per_result
        if cost is not None:
            for k in plan.objective.kpis:
                priced = k.unit == b.currency and "benchmark" in k.note
                if priced and k.target is not None and not _close(k.target, cost):
                    out.append(
                        _f(
                            plan,
                            "kpi_cost",
                            "objective.kpis",
                            kpi=k.name,
                            value=money(k.target, b.currency, plan.lang),
                            expected=money(cost, b.currency, plan.lang),
                        )
                    )
        test_line = next((line for line in b.split if line.key == "testing"), None)
        if (
            test_line is not None
            and n.ab.reserved
            and not _close(test_line.amount, n.ab.test_spend)
        ):
            out.append(
                _f(
                    plan,
                    "ab_line",
                    "budget.split",
                    held=money(test_line.amount, b.currency, plan.lang),
                    spends=money(n.ab.test_spend, b.currency, plan.lang),
                )
            )
        if n.structure == "advantage_plus_app" and len(b.split) > 2:
            out.append(_f(plan, "app_retargeting", "budget.split"))
    if ab.ads:
        tested = ab.variable
        for other in ab.ads[1:]:
            diff = [f for f in AD_FIELDS if ab.ads[0].get(f) != other.get(f)]
            if diff != [tested]:
                out.append(
                    _f(
                        plan,
                        "ab_ads_differ",
                        "ab_test.ads",
                        fields=", ".join(diff) or t("plancheck.ab_ads_nothing", plan.lang),
                        tested=tested,
                    )
                )
    if tg.special_ad_category in RESTRICTED:
        if (tg.age_min, tg.age_max) != (18, 65) or tg.genders != ["all"]:
            out.append(_f(plan, "special_age", "targeting"))
        if tg.lookalikes:
            out.append(_f(plan, "special_lookalikes", "targeting"))
        for p in tg.places:
            if p.kind == "postal" or (p.kind == "radius" and (p.radius_km or 0) < min_radius_km):
                out.append(_f(plan, "special_place", "targeting", place=p.name))
        for line in b.split:
            if "lookalike" in line.purpose.lower():
                out.append(_f(plan, "special_line", "budget.split", line=line.name))
    roas = plan.goal.parsed.get("metric") == "roas" or any(
        c.get("metric") == "roas" for c in plan.goal.parsed.get("constraints", [])
    )
    if roas and not any(k.name == "ROAS" and k.target is not None for k in plan.objective.kpis):
        out.append(_f(plan, "roas_empty", "objective.kpis"))
    return out
