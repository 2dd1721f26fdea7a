"""A SMART rewrite of a failing goal, in the goal's language, that passes the same checks.

The rewrite keeps as much of the user's intent as it can (their metric, target and deadline)
and changes only what failed: it fills in a missing target from the budget and a typical
cost, trims a target the budget cannot plausibly buy, swaps the metric for the objective's
default when the two do not fit, and picks a deadline inside the schedule. Tests re-check every
rewrite, so the wording here must stay parseable by :mod:`adsage.checks.goal.parse`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from adsage.checks.goal.assess import (
    MIN_DAYS,
    GoalContext,
    limits,
)
from adsage.checks.goal.costs import affordable_count, cost_range, nice_down, nice_up
from adsage.checks.goal.lexicon import Lexicon
from adsage.checks.goal.parse import ParsedGoal
from adsage.checks.goal.wording import Lang, fmt_date, fmt_money, fmt_num, fmt_period, msg
from adsage.rules.objectives import BenchmarksData, ObjectivesData

DEFAULT_COUNTS = {
    "purchases": 100, "leads": 200, "signups": 300, "followers": 1000, "engagement": 5000,
    "clicks": 2000, "traffic": 2000, "landing_page_views": 2000, "reach": 50000,
    "impressions": 200000, "video_views": 10000, "installs": 500, "messages": 200,
    "ad_recall": 5000,
}  # fmt: skip
DEFAULT_WINDOW_DAYS = 30


def _money_currency(p: ParsedGoal, ctx: GoalContext) -> str:
    return p.currency or ctx.currency or ("PLN" if p.lang == "pl" else "USD")


def _affordable(metric: str, ctx: GoalContext, bench: BenchmarksData) -> float | None:
    """How many results the budget buys at the typical cost, or None without enough context."""
    if ctx.budget is None or ctx.currency is None:
        return None
    rng = cost_range(bench, metric, ctx.currency, ctx.market, ctx.objective)
    if rng is None or rng.typical <= 0:
        return None
    return float(affordable_count(ctx.budget, rng.per, rng.typical))


def _fit_target(
    metric: str, kind: str, target: float, ctx: GoalContext, bench: BenchmarksData, cur: str
) -> float:
    """Move an absolute target just inside the plausible range the checker uses."""
    if kind == "count" and ctx.budget is not None and ctx.currency is not None:
        rng = cost_range(bench, metric, ctx.currency, ctx.market, ctx.objective)
        if rng is not None and target > 0 and ctx.budget * rng.per / target < rng.low:
            return _affordable(metric, ctx, bench) or target
    if kind == "cost":
        rng = cost_range(bench, metric, cur, ctx.market, ctx.objective)
        if rng is not None and target < rng.low:
            return nice_up(rng.typical)
    if (
        kind in {"rate", "ratio"}
        and metric in bench.rates
        and target > bench.rates[metric].high.value
    ):
        return bench.rates[metric].typical.value
    if kind == "money" and ctx.budget is not None and "roas" in bench.rates:
        rev_rate, bud_rate = bench.from_usd(1.0, cur), bench.from_usd(1.0, ctx.currency or cur)
        if rev_rate and bud_rate:
            roas = bench.rates["roas"]
            budget_in_cur = ctx.budget / bud_rate * rev_rate
            if target / budget_in_cur > roas.high.value:
                return nice_down(budget_in_cur * roas.typical.value)
    return target


def _default_target(
    metric: str, kind: str, ctx: GoalContext, bench: BenchmarksData, cur: str
) -> float:
    if kind == "count":
        return _affordable(metric, ctx, bench) or float(DEFAULT_COUNTS.get(metric, 100))
    if kind == "cost":
        rng = cost_range(bench, metric, cur, ctx.market, ctx.objective)
        return nice_up(rng.typical) if rng else 10.0
    if kind in {"rate", "ratio"}:
        rb = bench.rates.get(metric)
        return round(rb.typical.value, 1) if rb else 2.0
    if ctx.budget is not None and "roas" in bench.rates:
        return _fit_target(metric, kind, float("inf"), ctx, bench, cur)
    return 50000.0 if cur == "PLN" else 20000.0


def _deadline(p: ParsedGoal, ctx: GoalContext) -> date:
    earliest = ctx.anchor + timedelta(days=MIN_DAYS)
    d = p.deadline
    ok = (
        d is not None
        and d >= earliest
        and (ctx.end is None or d <= ctx.end)
        and (ctx.start is None or d >= ctx.start)
    )
    if ok and d is not None:
        return d
    if ctx.end is not None:
        return ctx.end
    return ctx.anchor + timedelta(days=DEFAULT_WINDOW_DAYS)


def _relative(lang: Lang, rel: str, kind: str, value: float, direction: str | None) -> str:
    if kind == "percent":
        cut = direction == "decrease"
        verb = (
            ("Obniżyć" if cut else "Zwiększyć")
            if lang == "pl"
            else ("Reduce" if cut else "Increase")
        )
        by = "o" if lang == "pl" else "by"
        return f"{verb} {rel} {by} {fmt_num(value, lang)}%"
    words = {
        2.0: ("Double", "Podwoić"),
        3.0: ("Triple", "Potroić"),
        0.5: ("Halve", "Obniżyć o połowę"),
    }
    if value in words:
        return f"{words[value][1 if lang == 'pl' else 0]} {rel}"
    if lang == "pl":
        return f"Zwiększyć {fmt_num(value, lang)}-krotnie {rel}"
    return f"Grow {rel} {fmt_num(value, lang)}x"


def _absolute(lex: Lexicon, metric: str, kind: str, value: float, lang: Lang, cur: str) -> str:
    entry = lex.entry(metric)
    if kind in {"money", "cost"}:
        n = fmt_money(value, cur, lang)
    elif kind == "rate":
        n = f"{fmt_num(value, lang)}%"
    else:
        n = fmt_num(value, lang)
    if lang == "en":
        return entry.phrase["en"].format(n=n)
    whole = int(value) if value == int(value) else -1
    few = kind == "count" and whole % 10 in {2, 3, 4} and whole % 100 not in {12, 13, 14}
    return entry.phrase["pl_few" if few else "pl_many"].format(n=n)


def _deadline_ok(p: ParsedGoal, ctx: GoalContext) -> bool:
    if p.period_kind == "rate" and p.period_days:
        return True
    d = p.deadline
    if d is None or d < ctx.today:
        return False
    if ctx.end is not None and (d - ctx.end).days > 1:  # ending the day before is aligned
        return False
    if ctx.start is not None and d < ctx.start:
        return False
    days = p.period_days if p.period_kind == "window" and p.period_days else (d - ctx.anchor).days
    return days >= MIN_DAYS


def _keep_text(p: ParsedGoal, ctx: GoalContext, text: str) -> str | None:
    """The client's own sentence with only the deadline fixed, or None when nothing in the
    wording needs to change (an out-of-reach target is reported, never silently cut)."""
    if _deadline_ok(p, ctx):
        return None
    when = f"{msg('deadline.prefix', p.lang)} {fmt_date(_deadline(p, ctx), p.lang)}"
    body = text.strip().rstrip(".")
    if p.period_text and p.period_text in body:
        # "by end of month" -> "by 31 January": the preposition before the period goes too
        lead = re.compile(
            r"(?:\b(?:by|until|before|on|do|przed|w|we|na)\s+)?" + re.escape(p.period_text)
        )
        body = lead.sub(when, body, count=1)
    else:
        body = f"{body} {when}"
    return body + "."


def build_rewrite(
    p: ParsedGoal,
    ctx: GoalContext,
    lex: Lexicon,
    bench: BenchmarksData,
    objectives: ObjectivesData,
    text: str | None = None,
) -> str | None:
    """A goal that passes; with the client's metric and target present, their own sentence
    (target, metric, constraints, audience words) with only the failing part changed."""
    lang = p.lang
    if p.share_text:
        from adsage.checks.goal.share import share_rewrite

        return share_rewrite(
            p, ctx, f"{msg('deadline.prefix', lang)} {fmt_date(_deadline(p, ctx), lang)}"
        )
    obj = objectives.objectives[ctx.objective] if ctx.objective else None
    metric = p.metric
    keep = metric is not None and p.target is not None
    if keep and text:
        return _keep_text(p, ctx, text)
    if metric is None:
        metric = (obj.default_metric if obj else None) or p.vague_hint or "leads"
        if obj is not None and not obj.serves(metric):
            metric, keep = obj.default_metric, False
    kind = lex.kind(metric)
    cur = _money_currency(p, ctx)
    # "60 tastings booked": a count whose noun the lexicon does not know is still the
    # client's count of results; the rewrite names the metric and keeps their 60.
    counted = p.metric is None and p.target_kind == "absolute" and kind == "count"
    if keep and p.target is not None and p.target_kind in {"percent", "multiplier"}:
        value = p.target
        if p.target_kind == "multiplier" and value >= limits().big_multiplier:
            value = 2.0
        if p.target_kind == "percent":
            limit = limits().big_cut_percent if p.direction == "decrease" else limits().big_percent
            value = value if value < limit else (20.0 if p.direction == "decrease" else 30.0)
        head = _relative(lang, lex.entry(metric).rel[lang], p.target_kind, value, p.direction)
    else:
        sized = keep or counted or kind != "count" or metric in DEFAULT_COUNTS
        if not sized and _affordable(metric, ctx, bench) is None:
            return None  # nothing sizes it (signatures: no benchmark): never a made-up count
        target = (
            p.target
            if (keep or counted) and p.target is not None
            else _default_target(metric, kind, ctx, bench, cur)
        )
        head = _absolute(
            lex, metric, kind, _fit_target(metric, kind, target, ctx, bench, cur), lang, cur
        )
    if p.period_kind == "rate" and p.period_days and ctx.end is None:
        when = fmt_period(p.period_days, lang)
    else:
        when = f"{msg('deadline.prefix', lang)} {fmt_date(_deadline(p, ctx), lang)}"
    tail = ""
    for c in p.constraints:  # the client's caps stay in a rewritten goal
        if c.metric == "roas" and c.bound == "min":
            tail += " " + msg("roas.tail", lang, roas=fmt_num(c.value, lang))
        elif c.bound == "max" and c.metric in lex.data.metrics:
            cap = fmt_money(c.value, c.currency or cur, lang)
            tail += " " + msg("cap.tail", lang, metric=lex.entry(c.metric).name[lang], cap=cap)
    if ctx.budget_from_text and ctx.budget is not None:
        tail = " " + msg("budget.tail", lang, budget=fmt_money(ctx.budget, ctx.currency, lang))
    return f"{head} {when}{tail}."
