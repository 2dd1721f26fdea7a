"""Plan sections computed from the brief and rule data: objective, targeting, budget, A/B test.

Nothing here needs words from a model: these are the numbers a plan stands on, so they are
computed the same way whichever engine drafts the copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adsage.advisor import goal_parts as gp
from adsage.advisor.budget_notes import (
    audience_purpose,
    budget_report,
    learning_advice,
    pixel_notes,
    season_notes,
    split_notes,
    strategy_notes,
)
from adsage.advisor.optimisation import (
    delivery,
    diagnostic_note,
    event_label,
    goal_words,
    optimisation_goal,
    reason_note,
    single_price_note,
    structure_key,
)
from adsage.advisor.targeting import restricted
from adsage.advisor.texts import KIND, KPI_NAMES, t
from adsage.checks.goal.parse import ParsedGoal
from adsage.export.by_hand import plan_notes
from adsage.models.brief import Brief
from adsage.models.plan import (
    KPI,
    BudgetLine,
    BudgetPlan,
    ObjectiveSection,
    PlanNumbers,
)
from adsage.planning.data import SplitLine, planning_data
from adsage.planning.numbers import LEARNING_EVENTS, wanted_objective
from adsage.rules.objectives import load_benchmarks, load_objectives

if TYPE_CHECKING:
    from adsage.checks.goal.constraints import Constraint


def _metric_label(metric: str, lang: str, brief: Brief | None = None) -> str:
    from adsage.planning.nouns import metric_label

    return metric_label(metric, lang, brief)  # the category's noun: a hotel's bookings


def _money_metric(metric: str) -> bool:
    from adsage.checks.goal.lexicon import load_lexicon

    lex = load_lexicon()
    return metric in lex.data.metrics and lex.kind(metric) in {"cost", "money"}


def _cost_label(metric: str, lang: str, brief: Brief | None = None) -> str:
    from adsage.planning.nouns import cost_label

    own = cost_label(metric, lang, brief)
    if own is not None:
        return own
    found = load_benchmarks().cost_for(metric)
    if found is None:
        return f"cost per {metric}" if lang == "en" else f"koszt: {metric}"
    return found[1].label["pl" if lang == "pl" else "en"]


def cost_cap(parsed: ParsedGoal, metric: str, currency: str) -> Constraint | None:
    """The goal's own most-per-result for ``metric`` in the budget's currency ("under $150
    per demo", "CPA below 50 PLN"): the plan shows it as the one cost KPI, not beside it."""
    found = load_benchmarks().cost_for(metric)
    names = {"cpa"} | ({found[0]} if found else set())
    for c in parsed.constraints:
        if c.bound == "max" and c.metric in names and (c.currency or currency) == currency:
            return c
    return None


def result_metric(parsed: ParsedGoal, objective: str) -> str:
    obj = load_objectives().objectives[objective]
    if parsed.metric and obj.serves(parsed.metric):
        return parsed.metric
    return obj.default_metric


def _bench_label(brief: Brief, objective: str, nums: PlanNumbers | None) -> tuple[str, str]:
    """Market and confidence the KPI notes cite, by name ("Polska", "niepotwierdzone"): the
    codes stay in the plan's data fields. A ROAS goal has no cost benchmark, but its CTR
    still comes from the market's entry: the note names that entry, never "- (-)"."""
    from adsage.i18n import confidence_name, country_name

    lang = brief.language
    if nums and nums.benchmark:
        b = nums.benchmark
        return country_name(b.market, lang), confidence_name(b.confidence, lang)
    bench = load_benchmarks()
    market = bench.market_for(brief.audience.locations)
    entry = bench.entry(market, objective, "ctr_link") if market else None
    if entry is None:
        return "-", "-"
    return country_name(market, lang), confidence_name(entry.figure.confidence, lang)


def objective_section(
    brief: Brief,
    parsed: ParsedGoal,
    objective: str,
    inferred: bool,
    sources: list[int],
    nums: PlanNumbers | None = None,
) -> ObjectiveSection:
    from adsage.advisor.strategy_notes import after_lead_name, event_kpis, step_kpis
    from adsage.planning.texts import count, money, tr

    lang = brief.language
    obj = load_objectives().objectives[objective]
    metric = result_metric(parsed, objective)
    cur = brief.budget.currency
    mk, conf = _bench_label(brief, objective, nums)
    kpis: list[KPI] = []
    if parsed.target and parsed.target_kind == "absolute" and parsed.metric == metric:
        items = parsed.unit_kind == "items" and parsed.unit_text
        row = KPI(
            name=(
                tr(lang, "kpi_items_name", unit=parsed.unit_text)
                if items
                # a step after the lead keeps its own name: 40 booked calls, not 40 leads
                else after_lead_name(brief) or _metric_label(metric, lang, brief)
            ),
            target=parsed.target,
            # a cost or revenue target is money in the goal's (or the budget's) currency
            unit=(parsed.currency or cur) if _money_metric(metric) else "",
            note=tr(lang, "kpi_target_items" if items else "kpi_target"),
        )
        if metric == "leads":
            row = gp.qualified(brief, row)  # "60 qualified requests": counted through the CRM
        # a step after the lead (hires): counted outside Ads Manager, with the leads before it
        kpis += step_kpis(brief, nums, row)
    priced = nums.roas_cost_cap if nums else None
    settings = delivery(objective, metric, parsed, nums.structure if nums else "", cur, priced)
    opt = goal_words(brief, objective, settings.optimization_goal, metric)
    kpis += gp.part_kpis(brief, parsed, metric, objective, settings.optimization_goal, opt)
    from adsage.planning.nouns import share_kpis

    kpis += share_kpis(brief, parsed, metric)  # a share goal: the share and what feeds it
    kpis += event_kpis(brief, metric)  # an event: its cost per response, set by past events
    cap = cost_cap(parsed, metric, cur) if nums and nums.cost_cap is not None else None
    before = len(kpis)
    if nums and nums.cost_ceiling is not None and nums.cost_per_result is not None:
        shared = {
            "goal": count(nums.goal_target or 0, lang),
            "total": money(nums.total, cur, lang),
            "bench": money(nums.cost_per_result, cur, lang),
            "market": mk,
            "conf": conf,
            "expected": count(nums.results_expected or 0, lang),
        }
        if nums.cost_cap is None:
            note = tr(lang, "kpi_ceiling", **shared)
        elif nums.goal_target is None:
            note = tr(lang, "kpi_cap_only", **shared)
        elif nums.cost_ceiling < nums.cost_cap:
            note = tr(lang, "kpi_ceiling_under_cap", cap=money(nums.cost_cap, cur, lang), **shared)
        else:
            budget_limit = money(nums.total / nums.goal_target, cur, lang)
            key = "kpi_cap_volume" if nums.volume_at_cap else "kpi_cap_under_budget"
            note = tr(lang, key, limit=budget_limit, **shared)
        label = _cost_label(metric, lang, brief)
        kpis.append(
            gp.unreachable_cost(brief, nums, label, shared)
            or KPI(name=label, target=nums.cost_ceiling, unit=cur, note=note)
        )
    elif nums and nums.cost_per_result is not None and metric not in ("roas", "ctr"):
        kpis.append(
            KPI(
                name=_cost_label(metric, lang, brief),
                target=nums.cost_per_result,
                unit=cur,
                note=tr(
                    lang,
                    "kpi_cpr" if nums.cost_unit == 1 else gp.local_key(brief, "kpi_cpr_k"),
                    market=mk,
                    conf=conf,
                    expected=count(nums.results_expected or 0, lang),
                ),
            )
        )
    # the row above is this objective's cost per result (CPA, CPL, CPI): never repeat it
    found = load_benchmarks().cost_for(obj.default_metric)
    result_cost = found[0] if found and len(kpis) > before else None
    for c in parsed.constraints:
        if c is cap:  # already the cost KPI above
            continue
        if c.metric == "roas":
            kpis.append(KPI(name="ROAS", target=c.value, unit="x", note=tr(lang, "kpi_roas")))
        else:
            kpis.append(
                KPI(
                    name=tr(lang, "cap_name", metric=c.metric.upper()),
                    target=c.value,
                    unit=c.currency or cur,
                    note=tr(lang, "kpi_cap"),
                )
            )
    if metric == "roas" and parsed.target and not any(k.name == "ROAS" for k in kpis):
        kpis.append(KPI(name="ROAS", target=parsed.target, unit="x", note=tr(lang, "kpi_roas")))
    if nums and nums.ctr_link is not None:
        kpis.append(
            KPI(
                name="CTR (link)",
                target=round(nums.ctr_link / 100, 4),
                unit="ratio",
                note=tr(lang, "kpi_ctr", market=mk, conf=conf),
            )
        )
    cvr_label = "conversion rate" if objective == "OUTCOME_SALES" else "lead conversion rate"
    if (
        nums
        and nums.cpc
        and nums.cost_per_result
        and nums.cost_unit == 1
        and not nums.volume_at_cap  # at the cap the benchmark's click-to-result rate is moot
        and objective in ("OUTCOME_SALES", "OUTCOME_LEADS")
    ):
        kpis.append(
            KPI(
                name=KPI_NAMES.get(lang, {}).get(cvr_label, cvr_label),
                target=round(nums.cpc / nums.cost_per_result, 4),
                unit="ratio",
                note=tr(lang, "kpi_cvr", market=mk, conf=conf),
            )
        )
    goal = settings.optimization_goal
    result = _metric_label(metric, lang, brief)
    for name in obj.kpis:
        label = KPI_NAMES.get(lang, {}).get(name, name)
        if name.lower() == result_cost:
            continue
        if not any(label.lower() in k.name.lower() for k in kpis):
            why = diagnostic_note(brief, objective, goal, metric, name, result)
            kpis.append(KPI(name=label, note=why or tr(lang, "kpi_watch")))
    key = "objective_inferred" if inferred else "objective_given"
    if inferred and parsed.metric is None:
        key = "objective_no_metric"  # the metric is the plan's choice, not the goal's word
    if wanted_objective(brief)[0] != objective:
        key = "objective_sold_offline"  # Sales asked for, Leads planned: say why
    return ObjectiveSection(
        objective=objective,
        inferred=inferred,
        optimization_goal=goal,
        bid_strategy=settings.bid_strategy,
        kpis=kpis,
        reason=" ".join(
            part
            for part in (
                t(
                    lang,
                    key,
                    objective=objective,
                    goal=goal_words(brief, objective, goal, metric),
                    metric=result,
                ),
                reason_note(brief, objective, goal, metric, result),
                single_price_note(brief, parsed, nums),
            )
            if part
        ),
        sources=sources,
    )


def budget_section(
    brief: Brief,
    objective: str,
    metric: str,
    nums: PlanNumbers,
    lines: list[SplitLine],
    sources: list[int] | None = None,
    bid_strategy: str = "LOWEST_COST_WITHOUT_CAP",
    reach_fix: bool = False,
    parsed: ParsedGoal | None = None,
) -> BudgetPlan:
    from adsage.i18n import country_name
    from adsage.planning.texts import count, money, tr

    lang = brief.language
    data = planning_data()
    cur = nums.currency
    goal = optimisation_goal(objective, metric, None, nums.structure)
    label = _metric_label(metric, lang, brief)
    event = event_label(brief, objective, goal, metric, label)  # what the ad sets optimise for
    split: list[BudgetLine] = []
    for line in lines:
        known = line.key in ("prospecting", "retargeting", "testing")
        name = t(lang, line.key) if known else tr(lang, line.key)
        why = (
            t(lang, f"{line.key}_why")
            if known
            else tr(
                lang,
                f"{line.key}_why",
                metric=event,
                cap=data.structures.frequency_cap_per_week,
            )
        )
        if line.key == "prospecting" and restricted(brief.special_ad_category):
            why = tr(lang, "prospecting_why_special")
        elif line.key == "prospecting" and not brief.audience.custom_audiences:
            why = tr(lang, "prospecting_why_cold")  # no source audience for lookalikes
        if line.key == "retargeting" and nums.structure == "lead_form":
            why = tr(lang, "retargeting_why_form")
        why = audience_purpose(brief, line.key, lines, why)
        split.append(
            BudgetLine(
                name=name,
                share=line.share,
                amount=round(nums.total * line.share, 2),
                purpose=why,
                currency=cur,
                key=line.key,
            )
        )
    start, end = brief.schedule.start, brief.schedule.end
    from adsage.advisor.signatures import form_note, signature_notes

    form = form_note(brief, objective, metric, nums.structure)  # a petition's signing form
    notes = [
        form or tr(lang, structure_key(brief, nums.structure), metric=event, url=brief.landing_url)
    ]
    notes += plan_notes(lang, nums.structure, [b.name for b in split])  # what the sheet can't
    notes += pixel_notes(lang, objective, goal)  # nothing optimises without the event
    notes += signature_notes(brief, objective, metric, nums)
    notes += strategy_notes(brief, nums, label, reach_fix)
    notes += split_notes(brief, nums, lines)
    notes.append(
        t(lang, "run", start=start, end=end, days=nums.days, kind=KIND[lang][brief.budget.type])
    )
    notes += season_notes(brief, nums.ab.planned)
    notes.append(t(lang, "daypart") if brief.budget.type == "lifetime" else tr(lang, "pace"))
    if nums.cost_per_result and nums.benchmark:
        key = "learn" if nums.cost_unit == 1 else "learn_k"
        if key == "learn" and len(lines) == 1:
            key = "learn_one"
        if nums.volume_at_cap and nums.cost_cap is not None:  # priced at the client's cap
            key = key.replace("learn", "learn_cap")
        key = gp.local_key(brief, key) if key == "learn_k" else key
        learning = tr(
            lang,
            key,
            cap=money(nums.cost_cap or 0, cur, lang),
            market=country_name(nums.benchmark.market, lang),
            cpr=money(nums.cost_per_result, cur, lang),
            unit=count(nums.cost_unit, lang),
            metric=_metric_label(metric, lang, brief),
            week=count(nums.results_per_week or 0, lang),
            main=count(nums.learning_events_per_week or 0, lang),
            total=count(nums.results_expected or 0, lang),
            days=nums.days,
            goal=gp.reach_goal(brief, parsed),
        )
        if nums.cost_unit == 1:
            ok = (nums.learning_events_per_week or 0) >= LEARNING_EVENTS
            learning += " " + learning_advice(lang, nums, lines, ok)
    else:
        learning = t(lang, "learn_unknown")
    return BudgetPlan(
        total=nums.total,
        currency=cur,
        type=brief.budget.type,
        days=nums.days,
        daily_equivalent=nums.daily,
        # billed as the plan's one delivery decision (the objective section's too)
        billing_event=delivery(
            objective, metric, parsed, nums.structure, cur, nums.roas_cost_cap
        ).billing_event,
        bid_strategy=bid_strategy,
        start=start.isoformat(),
        end=end.isoformat(),
        split=split,
        schedule_notes=notes,
        learning_phase=learning,
        report=budget_report(
            brief, goal, nums.cost_per_result / nums.cost_unit if nums.cost_per_result else None
        ),
        sources=list(sources or []),
    )
