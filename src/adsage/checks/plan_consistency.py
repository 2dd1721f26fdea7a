"""``plan.consistency``: the sections of a plan must not contradict each other.

Each figure is computed once (``plan.numbers``); this rule re-reads every section against it
and against the special-ad-category limits, so a hand-edited or model-drafted plan that says
one thing in the budget and another in the A/B test is caught.
"""

from __future__ import annotations

from adsage.models.findings import Finding
from adsage.models.plan import CampaignPlan

RULE = "plan.consistency"
RESTRICTED = {"HOUSING", "EMPLOYMENT", "CREDIT", "FINANCIAL_PRODUCTS_SERVICES"}
AD_FIELDS = ("primary_text", "headline", "description", "cta", "link")


def _f(message: str, field: str, suggestion: str = "Regenerate the plan.") -> Finding:
    return Finding(rule=RULE, severity="error", message=message, field=field, suggestion=suggestion)


def _close(a: float, b: float, tol: float = 0.011) -> bool:
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def check_consistency(plan: CampaignPlan) -> list[Finding]:
    from adsage.rules.campaign import targeting_rules

    min_radius_km = targeting_rules().special_radius.min_radius_km
    out: list[Finding] = []
    b, ab, n, tg = plan.budget, plan.ab_test, plan.numbers, plan.targeting
    split_total = sum(line.amount for line in b.split)
    if not _close(split_total, b.total):
        out.append(_f(f"budget lines add up to {split_total:,.2f}, not {b.total:,.2f}", "budget"))
    for line in b.split:
        if line.currency and line.currency != b.currency:
            out.append(_f(f"line {line.name} is in {line.currency}, not {b.currency}", "budget"))
    if b.bid_strategy != plan.objective.bid_strategy:
        out.append(
            _f(
                f"bid strategy is {plan.objective.bid_strategy} in the objective but "
                f"{b.bid_strategy} in the budget",
                "budget.bid_strategy",
            )
        )
    if ab.duration_days > b.days:
        out.append(
            _f(f"A/B test runs {ab.duration_days} days in a {b.days}-day campaign", "ab_test")
        )
    if n is not None:
        if not _close(n.total, b.total) or n.days != b.days or n.currency != b.currency:
            out.append(
                _f("budget section and numbers disagree on total, days or currency", "budget")
            )
        if n.ab.sample_size_per_variant != ab.sample_size_per_variant or not _close(
            n.ab.budget_needed, ab.budget_needed
        ):
            out.append(_f("A/B section and numbers disagree on sample or budget", "ab_test"))
        # the cost KPI is the goal's ceiling when the goal counts results, else the benchmark
        cost = n.cost_ceiling if n.cost_ceiling is not None else n.cost_per_result
        if cost is not None:
            for k in plan.objective.kpis:
                priced = k.unit == b.currency and "benchmark" in k.note
                if priced and k.target is not None and not _close(k.target, cost):
                    out.append(
                        _f(
                            f"KPI {k.name} is {k.target}, the numbers say {cost}",
                            "objective.kpis",
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
                    f"the A/B test line holds {test_line.amount:,.2f} but the test spends "
                    f"{n.ab.test_spend:,.2f}",
                    "budget.split",
                )
            )
        if n.structure == "advantage_plus_app" and len(b.split) > 2:
            out.append(_f("an app campaign has no website retargeting line", "budget.split"))
    if ab.ads:
        tested = ab.variable
        for other in ab.ads[1:]:
            diff = [f for f in AD_FIELDS if ab.ads[0].get(f) != other.get(f)]
            if diff != [tested]:
                out.append(
                    _f(
                        f"A/B ads differ in {', '.join(diff) or 'nothing'}, not only {tested}",
                        "ab_test.ads",
                    )
                )
    if tg.special_ad_category in RESTRICTED:
        if (tg.age_min, tg.age_max) != (18, 65) or tg.genders != ["all"]:
            out.append(_f("special ad category needs age 18-65+ and all genders", "targeting"))
        if tg.lookalikes:
            out.append(_f("special ad category plans cannot use lookalikes", "targeting"))
        for p in tg.places:
            if p.kind == "postal" or (p.kind == "radius" and (p.radius_km or 0) < min_radius_km):
                out.append(_f(f"place {p.name} breaks the special-category limits", "targeting"))
        for line in b.split:
            if "lookalike" in line.purpose.lower():
                out.append(_f(f"budget line {line.name} relies on lookalikes", "budget.split"))
    roas = plan.goal.parsed.get("metric") == "roas" or any(
        c.get("metric") == "roas" for c in plan.goal.parsed.get("constraints", [])
    )
    if roas and not any(k.name == "ROAS" and k.target is not None for k in plan.objective.kpis):
        out.append(_f("the goal names a ROAS but the ROAS KPI is empty", "objective.kpis"))
    return out
