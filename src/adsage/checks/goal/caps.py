"""Cost caps and ROAS floors in a goal, judged against the market and the budget."""

from __future__ import annotations

from adsage.checks.goal.assess import GoalContext, Issue, Outcome, metric_name, target_text
from adsage.checks.goal.costs import cost_range, prov
from adsage.checks.goal.lexicon import Lexicon
from adsage.checks.goal.parse import ParsedGoal
from adsage.checks.goal.wording import fmt_money, fmt_num, msg
from adsage.rules.objectives import BenchmarksData


def with_caps(size: Outcome, issues: list[Issue]) -> Outcome:
    """The size verdict with the caps' findings added; a warning about a cap fails it. The
    reason names every cap's comparison, so a passing "achievable" still shows the cap."""
    if not issues:
        return size
    bad = [i for i in issues if i.severity != "info"]
    return Outcome(
        size.passed and not bad,
        " ".join([size.reason, *(i.message for i in issues)]),
        size.checked,
        size.issues + issues,
    )


def caps(p: ParsedGoal, ctx: GoalContext, lex: Lexicon, bench: BenchmarksData) -> list[Issue]:
    """Cost caps and ROAS floors in the goal against the market and the budget.

    A cap below the market's typical cost will throttle delivery; a budget that implies a
    cost per result below the cap means the budget, not the cap, is the binding limit.
    Benchmarks are estimates, so these are warnings (or infos), never errors.
    """
    lang, out = p.lang, list[Issue]()
    for c in p.constraints:
        if c.metric == "roas":
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
        if c.value < rng.typical:
            out.append(Issue("warning", msg("ach.cap_below_market", lang, **kw), "goal"))
        else:
            out.append(Issue("info", msg("ach.cap_ok", lang, **kw), "goal"))
        count_metric = c.per or p.metric
        if (
            ctx.budget
            and p.target
            and p.target_kind == "absolute"
            and cap_in_budget
            and count_metric is not None
            and lex.kind(count_metric) == "count"
        ):
            implied = ctx.budget / p.target
            if implied < cap_in_budget:
                text = msg(
                    "ach.cap_budget",
                    lang,
                    budget=fmt_money(ctx.budget, ctx.currency, lang),
                    # Polish counts take the genitive ("500 leadów"), which the metric's
                    # name is not in: name it beside the number instead
                    target=(
                        f"{target_text(p, lex)} ({metric_name(lex, count_metric, lang)})"
                        if lang == "pl"
                        else f"{target_text(p, lex)} {metric_name(lex, count_metric, lang)}"
                    ),
                    implied=fmt_money(round(implied, 2), ctx.currency, lang),
                    cap=kw["cap"],
                    per_unit=msg("unit.1", lang),
                )
                out.append(Issue("info", text, "budget"))
    return out
