"""Plan sections computed from the brief and rule data: objective, targeting, budget, A/B test.

Nothing here needs words from a model: these are the numbers a plan stands on, so they are
computed the same way whichever engine drafts the copy.
"""

from __future__ import annotations

from adsage.advisor.texts import KIND, KPI_NAMES, VARIABLE, t
from adsage.checks.goal_parse import ParsedGoal
from adsage.models.brief import Brief
from adsage.models.findings import Report
from adsage.models.plan import (
    KPI,
    ABTestPlan,
    BudgetLine,
    BudgetPlan,
    CopyDraft,
    ObjectiveSection,
    TargetingSpec,
)
from adsage.planning.abplan import plan_ab_test
from adsage.planning.data import planning_data
from adsage.rules.objectives import load_benchmarks, load_objectives

RESTRICTED = {"HOUSING", "EMPLOYMENT", "CREDIT", "FINANCIAL_PRODUCTS_SERVICES"}


def total_budget(brief: Brief) -> float:
    b = brief.budget
    return b.amount if b.type == "lifetime" else b.amount * brief.days


def _cost(metric: str, currency: str) -> float | None:
    from adsage.checks.goal_assess import cost_range

    found = cost_range(load_benchmarks(), metric, currency)
    return None if found is None else found.typical / found.per


def _metric_label(metric: str, lang: str) -> str:
    from adsage.checks.goal_lexicon import load_lexicon

    try:
        return load_lexicon().entry(metric).name["pl" if lang == "pl" else "en"]
    except (KeyError, AttributeError):
        return metric


def _cost_label(metric: str, lang: str) -> str:
    found = load_benchmarks().cost_for(metric)
    if found is None:
        return f"cost per {metric}" if lang == "en" else f"koszt: {metric}"
    return found[1].label["pl" if lang == "pl" else "en"]


def result_metric(parsed: ParsedGoal, objective: str) -> str:
    obj = load_objectives().objectives[objective]
    if parsed.metric and obj.serves(parsed.metric):
        return parsed.metric
    return obj.default_metric


def objective_section(
    brief: Brief, parsed: ParsedGoal, objective: str, inferred: bool, sources: list[int]
) -> ObjectiveSection:
    lang = brief.language
    obj = load_objectives().objectives[objective]
    metric = result_metric(parsed, objective)
    total = total_budget(brief)
    kpis: list[KPI] = []
    if parsed.target and parsed.target_kind == "absolute" and parsed.metric == metric:
        kpis.append(
            KPI(name=_metric_label(metric, lang), target=parsed.target, note=t(lang, "kpi_target"))
        )
        if metric not in ("revenue", "roas", "ctr", "cpc", "cpa", "cpl"):
            kpis.append(
                KPI(
                    name=_cost_label(metric, lang),
                    target=round(total / parsed.target, 2),
                    unit=brief.budget.currency,
                    note=t(lang, "kpi_cpr"),
                )
            )
    ctr = load_benchmarks().rates["ctr"].typical.value
    kpis.append(KPI(name="CTR", target=round(ctr / 100, 4), unit="ratio", note=t(lang, "kpi_ctr")))
    for name in obj.kpis:
        label = KPI_NAMES.get(lang, {}).get(name, name)
        if not any(label.lower() in k.name.lower() for k in kpis):
            kpis.append(KPI(name=label))
    goal = obj.optimization_goals[0]
    key = "objective_inferred" if inferred else "objective_given"
    return ObjectiveSection(
        objective=objective,
        inferred=inferred,
        optimization_goal=goal,
        kpis=kpis,
        reason=t(lang, key, objective=objective, goal=goal, metric=_metric_label(metric, lang)),
        sources=sources,
    )


def targeting_section(brief: Brief) -> TargetingSpec:
    aud = brief.audience
    notes: list[str] = []
    lo, hi = max(13, aud.age[0]), min(65, aud.age[1])
    genders = list(aud.genders)
    interests = list(aud.interests)
    cat = brief.special_ad_category
    if cat in RESTRICTED:
        lo, hi, genders = 18, 65, ["all"]
        notes.append(t(brief.language, "special", cat=cat))
    elif (lo, hi) != tuple(aud.age):
        notes.append(t(brief.language, "age_clamped", lo=lo, hi=hi))
    return TargetingSpec(
        countries=list(aud.locations),
        age_min=lo,
        age_max=max(lo, hi),
        genders=genders,  # type: ignore[arg-type]
        interests=interests,
        custom_audiences=list(aud.custom_audiences),
        special_ad_category=cat,
        placements=list(brief.placements),
        notes=notes,
    )


def budget_section(brief: Brief, objective: str, metric: str) -> BudgetPlan:
    lang = brief.language
    data = planning_data()
    total = total_budget(brief)
    days = brief.days
    daily = total / days
    cur = brief.budget.currency
    lines = (
        data.budget_split.awareness_lines
        if objective == "OUTCOME_AWARENESS"
        else data.budget_split.lines
    )
    split = [
        BudgetLine(
            name=t(lang, line.key),
            share=line.share,
            amount=round(total * line.share, 2),
            purpose=t(lang, f"{line.key}_why"),
        )
        for line in lines
    ]
    start, end = brief.schedule.start, brief.schedule.end
    notes = [t(lang, "run", start=start, end=end, days=days, kind=KIND[lang][brief.budget.type])]
    if start.month == 12 or end.month == 12:
        notes.append(t(lang, "season"))
    notes.append(t(lang, "daypart" if brief.budget.type == "lifetime" else "pace"))
    cpr = _cost(metric, cur)
    prospecting_share = lines[0].share
    if cpr:
        weekly = daily * 7 * prospecting_share / cpr
        key = "learn_ok" if weekly >= 50 else "learn_low"
        learning = t(lang, key, results=int(weekly), cpr=f"{cpr:.2f}", cur=cur)
    else:
        learning = t(lang, "learn_unknown")
    goal = load_objectives().objectives[objective].optimization_goals[0]
    return BudgetPlan(
        total=round(total, 2),
        currency=cur,
        type=brief.budget.type,
        days=days,
        daily_equivalent=round(daily, 2),
        billing_event=data.billing.by_objective.get(objective, "IMPRESSIONS"),
        bid_strategy="LOWEST_COST_WITHOUT_CAP",
        start=start.isoformat(),
        end=end.isoformat(),
        split=split,
        schedule_notes=notes,
        learning_phase=learning,
        report=_budget_report(brief, goal, cpr),
    )


def _budget_report(brief: Brief, goal: str, cpr: float | None) -> Report:
    from pydantic import ValidationError

    from adsage.checks.budget import Budget, check_budget

    amount = brief.budget.amount
    try:
        budget = Budget(
            currency=brief.budget.currency,
            daily_budget=amount if brief.budget.type == "daily" else None,
            lifetime_budget=amount if brief.budget.type == "lifetime" else None,
            optimization_goal=goal,
            start=brief.schedule.start,
            end=brief.schedule.end,
            expected_cost_per_result=cpr,
        )
    except ValidationError as exc:
        from adsage.models.findings import Finding

        msg = exc.errors()[0]["msg"]
        note = Finding(rule="budget.unchecked", severity="info", message=msg, field="budget")
        return Report.from_findings([note])
    return Report.from_findings(check_budget(budget))


def ab_section(brief: Brief, copies: list[CopyDraft], budget: BudgetPlan) -> ABTestPlan:
    lang = brief.language
    d = planning_data().ab_defaults
    bench = load_benchmarks()
    baseline = bench.rates["ctr"].typical.value / 100
    cpm = _cost("impressions", brief.budget.currency)
    test_line = next((b for b in budget.split if b.name == t(lang, "testing")), budget.split[-1])
    daily_test = test_line.amount / budget.days
    ab = plan_ab_test(
        baseline,
        d.mde_relative,
        variants=2,
        alpha=d.alpha,
        power=d.power,
        cpm=cpm * 1000 if cpm else None,
        daily_budget=daily_test,
        min_days=d.min_days,
        max_days=d.max_days,
        lang=lang,
    )
    duration = min(max(ab.days_needed or d.min_days, d.min_days), d.max_days, budget.days)
    warnings = list(ab.warnings)
    if budget.days < d.min_days:
        warnings.append(t(lang, "ab_short"))
    variable = "headline"
    return ABTestPlan(
        variable=variable,
        hypothesis=t(lang, "hypothesis", variable=VARIABLE[lang][variable], mde=d.mde_relative),
        variants=[f"{c.framework}: {c.headline}" for c in copies[:2]],
        metric="ctr",
        baseline_rate=round(baseline, 4),
        mde=d.mde_relative,
        alpha=d.alpha,
        power=d.power,
        sample_size_per_variant=ab.sample_size_per_variant,
        impressions_needed=ab.impressions_needed,
        budget_needed=ab.budget_needed or 0.0,
        days_needed=ab.days_needed,
        duration_days=duration,
        verdict=ab.verdict,
        warnings=warnings,
    )
