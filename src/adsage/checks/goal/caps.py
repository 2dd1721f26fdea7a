"""Cost caps and ROAS floors in a goal, judged against the market and the budget."""

from __future__ import annotations

from adsage.checks.goal.assess import (
    GoalContext,
    Issue,
    Outcome,
    limits,
    metric_name,
)
from adsage.checks.goal.constraints import Constraint
from adsage.checks.goal.costs import affordable_count, cost_range, prov
from adsage.checks.goal.lexicon import Lexicon
from adsage.checks.goal.parse import ParsedGoal
from adsage.checks.goal.roas import roas_at_price
from adsage.checks.goal.wording import fmt_money, fmt_num, msg
from adsage.models.severity import Severity
from adsage.rules.objectives import BenchmarksData


def with_caps(size: Outcome, issues: list[Issue]) -> Outcome:
    """The size verdict with the caps' findings added; a warning about a cap fails it, except
    a cap the plan corrects (a risk: set to what the goal needs), which marks it at risk. The
    reason names every cap's comparison, so a passing "achievable" still shows the cap."""
    if not issues:
        return size
    bad = [i for i in issues if i.severity != "info" and i.kind != "risk"]
    return Outcome(
        size.passed and not bad,
        " ".join([size.reason, *(i.message for i in issues)]),
        size.checked,
        size.issues + issues,
        size.at_risk or any(i.kind == "risk" and i.severity != "info" for i in issues),
    )


def caps(p: ParsedGoal, ctx: GoalContext, lex: Lexicon, bench: BenchmarksData) -> list[Issue]:
    """Cost caps and ROAS floors in the goal against the market and the budget.

    A cap below the market's typical cost will throttle delivery. A cap above the average
    cost the goal needs (budget over its count) would miss the target if met exactly, so it
    is flagged with that cost, which the plan bids at (a warning when the goal needs less
    than the typical cost, else an info). A cap far above the typical cost rarely binds: it
    is called a safety ceiling. Benchmarks are estimates, so these are warnings (or infos),
    never errors.
    """
    lang, out = p.lang, list[Issue]()
    for c in p.constraints:
        if c.metric == "roas":
            out += roas_at_price(p, ctx, lex, bench, c.value) if c.bound == "min" else []
            entry = bench.entry(ctx.market or "", ctx.objective, "roas")
            rb = entry.figure if entry else None
            if rb is not None and c.value > rb.high:
                text = msg(
                    "ach.roas_floor_high",
                    lang,
                    roas=fmt_num(c.value, lang),
                    high=fmt_num(rb.high, lang),
                    source=rb.source,
                    as_of=rb.as_of,
                    conf=rb.confidence,
                )
                out.append(Issue("warning", text, "goal", "budget", msg("suggest.stretch", lang)))
            elif p.metric not in ("revenue", "roas") and "roas" in bench.rates:
                # a floor on a count: the same estimate a revenue goal's ROAS is judged by
                from adsage.checks.goal.roas_floor import roas_above_estimate

                typical = bench.rates["roas"].typical
                found = roas_above_estimate(lang, c.value, typical, floor=True)
                out += [found] if found is not None else []
            continue
        cur = c.currency or ctx.currency
        if c.bound != "max" or cur is None:
            continue
        # "cost per acquisition" caps the goal's own result (a lead, a sign-up): priced as
        # that result, as the plan's KPIs price it, never as a purchase
        own = c.metric == "cpa" and not c.per and p.metric and lex.kind(p.metric) == "count"
        priced = p.metric if own and p.metric else c.metric
        rng = cost_range(bench, priced, cur, ctx.market, ctx.objective)
        if rng is None:
            continue
        name = (
            metric_name(lex, c.metric, lang) if c.metric in lex.data.metrics else c.metric.upper()
        )
        cap_in_budget = bench.convert(c.value, cur, ctx.currency) if ctx.currency else None
        kw = {
            "cap": fmt_money(c.value, cur, lang),
            "metric": name,
            "typical": fmt_money(round(rng.typical, 2), cur, lang),
            **prov(rng.figure_low, lang),
        }
        # the average a result may cost for the goal's count: above it, a cap met exactly
        # misses the target, so the goal, not the cap, sets the cost per result goal
        need = _need(p, ctx, lex, bench, c)
        if c.value < rng.typical:
            out.append(Issue("warning", msg("ach.cap_below_market", lang, **kw), "goal"))
        if need is not None and cap_in_budget is not None and need < cap_in_budget:
            assert ctx.budget is not None
            text_need = fmt_money(round(need, 2), ctx.currency, lang)
            text = msg(
                "ach.cap_above_need",
                lang,
                need=text_need,
                at_cap=fmt_num(affordable_count(ctx.budget, 1, cap_in_budget), lang),
                **kw,
            )
            hint = msg("suggest.cap_to_need", lang, need=text_need)
            # a warning when the goal needs less than the market's typical cost (costs at the
            # typical level already miss it); otherwise the cap is only a loose setting
            level: Severity = "warning" if need < rng.typical else "info"
            out.append(Issue(level, text, "goal", "risk", hint))
        elif c.value >= rng.typical * limits().cap_ceiling_multiple:
            text = msg("ach.cap_ceiling", lang, **kw)
            far = c.value >= rng.typical * limits().cap_volume_multiple
            if far and ctx.budget and cap_in_budget:  # the count the plan prices at the cap
                at_cap = fmt_num(affordable_count(ctx.budget, 1, cap_in_budget), lang)
                text += " " + msg("ach.cap_ceiling_count", lang, at_cap=at_cap, **kw)
            out.append(Issue("info", text, "goal"))
        elif c.value >= rng.typical:
            out.append(Issue("info", msg("ach.cap_ok", lang, **kw), "goal"))
    return out


def _need(
    p: ParsedGoal, ctx: GoalContext, lex: Lexicon, bench: BenchmarksData, c: Constraint
) -> float | None:
    """The average cost per result the goal needs (budget over its count), when ``c`` caps
    that very result (a CPA or the result's own cost metric); None otherwise."""
    if not (ctx.budget and p.target and p.target_kind == "absolute" and p.metric):
        return None
    if lex.kind(p.metric) != "count" or c.per not in (None, p.metric):
        return None
    found = bench.cost_for(p.metric)
    if c.metric not in {"cpa"} | ({found[0]} if found else set()):
        return None
    return ctx.budget / p.target
