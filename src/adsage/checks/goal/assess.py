"""One judgement per SMART criterion, from a parsed goal plus the campaign context.

Each function returns an :class:`Outcome`: the criterion's pass/fail with a reason, and the
issues that become findings. Severity follows the evidence: a missing number or deadline is an
error the user can always fix; anything judged against third-party or editorial benchmarks, or
against the common-practice objective mapping, is at most a warning; a check that lacks
context is an info that says which option would enable it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from adsage.checks.goal.costs import CostRange as CostRange
from adsage.checks.goal.costs import affordable_count, prov
from adsage.checks.goal.costs import cost_range as cost_range
from adsage.checks.goal.lexicon import Lexicon, Thresholds, load_lexicon
from adsage.checks.goal.parse import ParsedGoal
from adsage.checks.goal.roas_floor import roas_target
from adsage.checks.goal.wording import Lang, fmt_date, fmt_money, fmt_num, fmt_period, msg
from adsage.models.severity import Severity
from adsage.rules.objectives import BenchmarksData, ObjectivesData

# "risk": a goal within reach whose forecast still falls short, or a setting (a cost cap
# above what the goal needs) the plan corrects; it is told, with a hint, but proposes no
# rewrite of the goal
IssueKind = Literal["rewrite", "flags", "objective", "baseline", "budget", "risk"]


def limits() -> Thresholds:
    """The editorial thresholds (``thresholds`` in the goal lexicon file): how far a target
    may exceed what the budget buys, when a cap is a mere ceiling, what growth is unrealistic."""
    return load_lexicon().data.thresholds


MIN_DAYS = 7  # learning phase: about 50 results in the 7 days after a significant edit [COPY]


@dataclass(frozen=True)
class GoalContext:
    """Campaign facts that only some criteria need; None means the caller did not say."""

    today: date
    anchor: date
    lang: Lang
    objective: str | None = None
    budget: float | None = None
    currency: str | None = None
    budget_from_text: bool = False
    start: date | None = None
    end: date | None = None
    market: str | None = None
    # the one price the brief sells at, in the budget's currency (None: no single price)
    price: float | None = None


@dataclass(frozen=True)
class Issue:
    severity: Severity
    message: str
    field: str | None
    kind: IssueKind = "rewrite"
    hint: str | None = None  # flags to pass, or the objective to switch to


@dataclass
class Outcome:
    passed: bool
    reason: str
    checked: bool = True
    issues: list[Issue] = field(default_factory=list)
    # passed, but the plan's own forecast falls short of the target (or a setting needs the
    # change the hint names): shown as "at risk", never as a plain pass
    at_risk: bool = False


def metric_name(lex: Lexicon, metric: str | None, lang: Lang) -> str:
    return lex.entry(metric).name[lang] if metric else "?"


def target_text(p: ParsedGoal, lex: Lexicon, currency: str | None = None) -> str:
    if p.target is None:
        return "?"
    if p.target_kind == "percent":
        return f"{fmt_num(p.target, p.lang)}%"
    if p.target_kind == "multiplier":
        return f"x{fmt_num(p.target, p.lang)}"
    kind = lex.kind(p.metric) if p.metric else "count"
    if kind == "rate":
        return f"{fmt_num(p.target, p.lang)}%"
    if kind in {"money", "cost"}:
        return fmt_money(p.target, p.currency or currency, p.lang)
    return fmt_num(p.target, p.lang)


def specific(p: ParsedGoal, lex: Lexicon) -> Outcome:
    lang, name = p.lang, metric_name(lex, p.metric, p.lang)
    if p.metric and p.target is not None and p.value_target is not None:
        value = fmt_money(p.value_target, p.value_currency, lang)
        text = p.metric_text or name
        tgt = target_text(p, lex)
        return Outcome(
            True, msg("spec.pass_value", lang, text=text, metric=name, target=tgt, value=value)
        )
    if p.metric and p.target is not None:
        return Outcome(True, msg("spec.pass", lang, metric=name, target=target_text(p, lex)))
    if p.vague_terms and not p.metric:
        reason = msg("spec.vague", lang, term=p.vague_terms[0])
    elif p.metric:
        reason = msg("spec.no_target", lang, metric=name)
    elif p.target is not None:
        reason = msg("spec.no_metric", lang, target=target_text(p, lex))
    else:
        reason = msg("spec.none", lang)
    return Outcome(False, reason, issues=[Issue("error", reason, "goal")])


def measurable(p: ParsedGoal, lex: Lexicon) -> Outcome:
    lang = p.lang
    if p.metric and p.target is not None:
        name = metric_name(lex, p.metric, lang)
        key = "meas.site_event" if lex.entry(p.metric).site_event else "meas.pass"
        return Outcome(True, msg(key, lang, target=target_text(p, lex), metric=name))
    if p.vague_terms and not p.metric:
        hint = metric_name(lex, p.vague_hint, lang)
        reason = msg("meas.untrackable", lang, term=p.vague_terms[0], hint=hint)
    elif p.target is None:
        reason = msg("meas.no_number", lang)
    else:
        reason = msg("meas.no_metric", lang, target=target_text(p, lex))
    return Outcome(False, reason, issues=[Issue("error", reason, "goal")])


def time_bound(p: ParsedGoal, ctx: GoalContext) -> Outcome:
    lang = p.lang
    if ctx.end is not None and ctx.end < ctx.today:  # a finished schedule bounds nothing
        end, today = fmt_date(ctx.end, lang), fmt_date(ctx.today, lang)
        reason = msg("time.schedule_past", lang, end=end, today=today)
        return Outcome(False, reason, issues=[Issue("error", reason, "end")])
    if p.period_kind == "rate" and p.period_days:
        return Outcome(True, msg("time.rate", lang, period=fmt_period(p.period_days, lang)))
    if p.deadline is not None:
        dl = fmt_date(p.deadline, lang)
        if p.deadline < ctx.today:
            reason = msg("time.past", lang, deadline=dl, today=fmt_date(ctx.today, lang))
            return Outcome(False, reason, issues=[Issue("error", reason, "goal")])
        days = (p.deadline - ctx.anchor).days
        if p.period_kind == "window":
            length = p.period_days if p.period_days is not None else days + 1
            return Outcome(True, msg("time.window", lang, days=length, deadline=dl))
        anchor = fmt_date(ctx.anchor, lang)
        # counted inclusively, like the campaign's own days: 4 January to 31 March is 87 days
        span = days + 1
        return Outcome(True, msg("time.deadline", lang, deadline=dl, days=span, anchor=anchor))
    if p.vague_time is None and ctx.end is not None:
        # the goal names no time, but the schedule ends: that end is the goal's deadline,
        # and the reason says it was taken from the schedule, not from the goal
        end, anchor = fmt_date(ctx.end, lang), fmt_date(ctx.anchor, lang)
        span = (ctx.end - ctx.anchor).days + 1
        return Outcome(True, msg("time.schedule", lang, end=end, days=span, anchor=anchor))
    reason = msg("time.vague", lang, word=p.vague_time) if p.vague_time else msg("time.none", lang)
    return Outcome(False, reason, issues=[Issue("error", reason, "goal")])


def _schedule(p: ParsedGoal, ctx: GoalContext) -> list[Issue]:
    lang, out = p.lang, list[Issue]()
    if p.deadline is None or p.period_kind == "rate" or p.deadline < ctx.today:
        return out
    dl = fmt_date(p.deadline, lang)
    # a campaign that ends the day before the deadline ("before the debate on 30 April")
    # is aligned with it, not short of it
    if ctx.end and (p.deadline - ctx.end).days > 1:
        text = msg("ach.after_end", lang, deadline=dl, end=fmt_date(ctx.end, lang))
        out.append(Issue("warning", text, "end"))
    if ctx.start and p.deadline < ctx.start:
        text = msg("ach.before_start", lang, deadline=dl, start=fmt_date(ctx.start, lang))
        out.append(Issue("warning", text, "start"))
    days = (p.deadline - ctx.anchor).days
    if p.period_kind == "window" and p.period_days is not None:
        days = p.period_days  # the window's own length, counted inclusively
    if 0 <= days < MIN_DAYS:
        out.append(Issue("warning", msg("ach.short", lang, days=days), "goal"))
    return out


def _need(key: str, lang: Lang, flags: str, **kw: object) -> Outcome:
    reason = msg(key, lang, **kw)
    return Outcome(True, reason, False, [Issue("info", reason, "budget", "flags", flags)])


def _size(p: ParsedGoal, ctx: GoalContext, lex: Lexicon, bench: BenchmarksData) -> Outcome:
    """Is the target plausible for the money and the metric? Benchmark-based: warnings only."""
    lang = p.lang
    if p.metric is None or p.target is None:
        return Outcome(True, msg("ach.no_metric", lang), checked=False)
    kind, name, tgt = lex.kind(p.metric), metric_name(lex, p.metric, lang), target_text(p, lex)
    if p.target_kind in {"percent", "multiplier"}:
        big = (
            p.target_kind == "multiplier"
            and p.target >= limits().big_multiplier
            or p.target_kind == "percent"
            and p.target
            >= (limits().big_cut_percent if p.direction == "decrease" else limits().big_percent)
        )
        if big:
            text = msg("ach.relative_big", lang, target=tgt)
            return Outcome(
                False,
                text,
                issues=[Issue("warning", text, "goal", "budget", msg("suggest.stretch", lang))],
            )
        reason = msg("ach.relative_base", lang)
        return Outcome(True, reason, False, [Issue("info", reason, "goal", "baseline")])
    if kind in {"rate", "ratio"}:
        rb = bench.rates.get(p.metric)
        if rb is None:
            return Outcome(True, msg("ach.no_bench", lang, metric=name), checked=False)
        unit = "%" if rb.unit == "percent" else ""
        lo, hi = f"{fmt_num(rb.low.value, lang)}{unit}", f"{fmt_num(rb.high.value, lang)}{unit}"
        if p.direction != "decrease" and p.target > rb.high.value:
            text = msg(
                "ach.rate_high", lang, metric=name, target=tgt, high=hi, **prov(rb.high, lang)
            )
            return Outcome(
                False,
                text,
                issues=[Issue("warning", text, "goal", "budget", msg("suggest.stretch", lang))],
            )
        ok = msg("ach.rate_ok", lang, metric=name, target=tgt, low=lo, high=hi)
        if p.metric == "roas" and p.direction != "decrease":  # the one ROAS rule
            return roas_target(lang, p.target, rb.typical, ok)
        return Outcome(True, ok)
    currency = (p.currency if kind in {"cost", "money"} else None) or ctx.currency
    if kind == "money":
        return _revenue(p, ctx, bench, currency, tgt)
    if kind == "count" and ctx.budget is None:
        return _need("ach.need_budget", lang, "--budget --currency")
    if currency is None:
        return _need("ach.need_currency", lang, "--currency")
    rng = cost_range(bench, p.metric, currency, ctx.market, ctx.objective)
    if rng is None:
        if bench.cost_for(p.metric) is None:
            return Outcome(True, msg("ach.no_bench", lang, metric=name), checked=False)
        return _need("ach.no_fx", lang, "--currency USD", cur=currency)
    low = fmt_money(rng.low, rng.currency, lang)
    if kind == "cost":
        if p.direction != "increase" and p.target < rng.low:
            text = msg(
                "ach.cost_target_low",
                lang,
                metric=name,
                target=tgt,
                low=low,
                **prov(rng.figure_low, lang),
            )
            return Outcome(
                False,
                text,
                issues=[Issue("warning", text, "goal", "budget", msg("suggest.stretch", lang))],
            )
        return Outcome(True, msg("ach.cost_target_ok", lang, metric=name, target=tgt, low=low))
    assert ctx.budget is not None
    if p.unit_kind == "items":
        from adsage.checks.goal.items import per_order

        return per_order(p, ctx, rng, currency, tgt)
    implied = ctx.budget * rng.per / p.target if p.target > 0 else float("inf")
    kw = {
        "budget": fmt_money(ctx.budget, currency, lang),
        "target": tgt,
        "metric": name,
        "implied": fmt_money(round(implied, 2), currency, lang),
        "low": low,
        "high": fmt_money(rng.high, rng.currency, lang),
        "per_unit": msg("unit.1000" if rng.per > 1 else "unit.1", lang),
        **prov(rng.figure_low, lang),
    }
    if implied < rng.low:
        affords = fmt_num(affordable_count(ctx.budget, rng.per, rng.typical), lang)
        typical = fmt_money(round(rng.typical, 2), currency, lang)  # the plan's KPI row's count
        buys = msg("ach.too_cheap_count", lang, typical=typical, expected=affords)
        text = msg("ach.too_cheap", lang, **kw) + " " + buys
        needed = fmt_money(round(p.target * rng.typical / rng.per), currency, lang)
        hint = msg("suggest.ambitious", lang, expected=affords, needed=needed)
        return Outcome(False, text, issues=[Issue("warning", text, "budget", "budget", hint)])
    # judged on the whole count, said as the plan says it ("about 220", two digits)
    expected = int(ctx.budget * rng.per / rng.typical)
    shown = affordable_count(ctx.budget, rng.per, rng.typical)
    if implied > rng.high:
        # cheap target for the money: the budget buys far more than asked
        typical = fmt_money(round(rng.typical, 2), currency, lang)
        text = msg("ach.generous", lang, typical=typical, expected=fmt_num(shown, lang), **kw)
        return Outcome(True, text)
    if expected < p.target * limits().reachable_share:
        # The plan's own estimate (budget / typical cost of this market) falls short of the
        # target: say so with both numbers and offer both ways out, keeping the target.
        typical = fmt_money(round(rng.typical, 2), currency, lang)
        text = msg("ach.out_of_reach", lang, typical=typical, expected=fmt_num(shown, lang), **kw)
        needed = fmt_money(round(p.target * rng.typical / rng.per), currency, lang)
        hint = msg("suggest.ambitious", lang, expected=fmt_num(shown, lang), needed=needed)
        return Outcome(False, text, issues=[Issue("warning", text, "budget", "budget", hint)])
    if shown < p.target:
        # within reach, but the forecast the plan prints (budget / typical cost) is short of
        # the target: at risk, with the average cost the target needs (the plan's cost KPI)
        typical = fmt_money(round(rng.typical, 2), currency, lang)
        text = msg("ach.at_risk", lang, typical=typical, expected=fmt_num(shown, lang), **kw)
        needed = fmt_money(round(p.target * rng.typical / rng.per), currency, lang)
        hint = msg("suggest.at_risk", lang, implied=kw["implied"], needed=needed)
        return Outcome(
            True, text, issues=[Issue("warning", text, "budget", "risk", hint)], at_risk=True
        )
    return Outcome(True, msg("ach.cost_ok", lang, **kw))


def _revenue(
    p: ParsedGoal, ctx: GoalContext, bench: BenchmarksData, currency: str | None, tgt: str
) -> Outcome:
    lang = p.lang
    if ctx.budget is None:
        return _need("ach.need_budget", lang, "--budget --currency")
    rb = bench.rates.get("roas")
    budget_cur = ctx.currency or currency
    if rb is None or p.target is None or budget_cur is None or currency is None:
        return _need("ach.need_currency", lang, "--currency")
    rev_usd = bench.from_usd(1.0, currency)
    bud_usd = bench.from_usd(1.0, budget_cur)
    if not rev_usd or not bud_usd:
        return _need("ach.no_fx", lang, "--currency USD", cur=currency)
    roas = (p.target / rev_usd) / (ctx.budget / bud_usd)
    kw = {
        "target": tgt,
        "budget": fmt_money(ctx.budget, budget_cur, lang),
        "roas": fmt_num(round(roas, 1), lang),
    }
    if roas > rb.high.value:
        text = msg(
            "ach.roas_high", lang, high=fmt_num(rb.high.value, lang), **kw, **prov(rb.high, lang)
        )
        needed = fmt_money(round(p.target / rev_usd * bud_usd / rb.high.value), budget_cur, lang)
        expected = fmt_money(
            round(ctx.budget / bud_usd * rev_usd * rb.typical.value), currency, lang
        )
        hint = msg("suggest.ambitious", lang, expected=expected, needed=needed)
        return Outcome(False, text, issues=[Issue("warning", text, "budget", "budget", hint)])
    from adsage.checks.goal.roas import roas_in_range

    return roas_in_range(p, roas, rb.typical, kw)


def achievable(
    p: ParsedGoal,
    ctx: GoalContext,
    lex: Lexicon,
    bench: BenchmarksData,
    size: Outcome | None = None,
) -> Outcome:
    """``size`` replaces the benchmark judgement of the count (a step after the lead is
    judged on the leads before it); caps and the schedule are judged as for any goal."""
    from adsage.checks.goal.caps import caps, with_caps

    size = with_caps(size or _size(p, ctx, lex, bench), caps(p, ctx, lex, bench))
    sched = _schedule(p, ctx)
    if not sched:
        return size
    issues = sched + size.issues
    reasons = [i.message for i in sched] + ([] if size.passed else [size.reason])
    return Outcome(False, " ".join(reasons), True, issues)


def relevant(p: ParsedGoal, ctx: GoalContext, lex: Lexicon, objectives: ObjectivesData) -> Outcome:
    lang = p.lang
    if p.metric is None:
        return Outcome(True, msg("rel.no_metric", lang), checked=False)
    suggested = objectives.primary_objective(p.metric) or ""
    name = metric_name(lex, p.metric, lang)
    if ctx.objective is None:
        reason = msg("rel.no_objective", lang, suggested=suggested)
        return Outcome(
            True,
            reason,
            False,
            [Issue("info", reason, "objective", "flags", f"--objective {suggested}")],
        )
    obj = objectives.objectives[ctx.objective]
    if obj.serves(p.metric):
        return Outcome(True, msg("rel.pass", lang, metric=name, objective=ctx.objective))
    reason = msg(
        "rel.fail",
        lang,
        metric=name,
        objective=ctx.objective,
        kpis=", ".join(obj.kpis),
        suggested=suggested,
    )
    return Outcome(
        False, reason, issues=[Issue("warning", reason, "objective", "objective", suggested)]
    )
