"""A revenue target's ROAS inside the editorial range: named as what it is.

No public ROAS benchmark is recorded (``benchmarks.yaml`` ``rates.roas`` is an adsage estimate),
so the goal check never calls a ROAS "plausible"; it names the estimate, and a ROAS above it
is told as ambitious, with the risk of a minimum-ROAS floor that high. At one price, a count
with a minimum ROAS is checked against itself: the count's revenue over the budget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adsage.checks.goal.assess import GoalContext, Issue, Outcome
from adsage.checks.goal.costs import prov
from adsage.checks.goal.parse import ParsedGoal
from adsage.checks.goal.wording import fmt_money, fmt_num, msg

if TYPE_CHECKING:
    from adsage.checks.goal.lexicon import Lexicon
    from adsage.rules.objectives import BenchmarksData
from adsage.rules.objectives import Figure


def roas_in_range(p: ParsedGoal, roas: float, typical: Figure, kw: dict[str, str]) -> Outcome:
    """No public ROAS benchmark exists, so a ROAS inside the editorial range is never called
    "plausible": the check names the editorial estimate, and a ROAS above it is ambitious for
    prospecting; a minimum-ROAS bid floor that high may leave budget unspent."""
    lang = p.lang
    kw = {**kw, "typical": fmt_num(typical.value, lang), **prov(typical, lang)}
    if roas <= typical.value:
        return Outcome(True, msg("ach.roas_no_bench", lang, **kw))
    text = msg("ach.roas_ambitious", lang, **kw)
    floor = next((c.value for c in p.constraints if c.metric == "roas" and c.bound == "min"), None)
    if floor is not None and floor > typical.value:
        text += " " + msg("ach.roas_floor_unspent", lang, floor=fmt_num(floor, lang))
    hint = msg("suggest.roas_ambitious", lang)
    return Outcome(
        True, text, issues=[Issue("warning", text, "budget", "risk", hint)], at_risk=True
    )


def roas_at_price(
    p: ParsedGoal, ctx: GoalContext, lex: Lexicon, bench: BenchmarksData, floor: float
) -> list[Issue]:
    """A minimum ROAS at the brief's one price. The floor is then a most-per-purchase (price
    / floor, the plan's cost per result goal): below the market's typical cost per purchase
    it slows delivery, as any cost cap there does. With a count of purchases, whether the two
    targets agree (400 x 297 zl = 118,800 zl from 45,000 zl is a ROAS of 2.64, at least the
    2.5 asked). Both are the client's figures, so a count whose revenue falls below the floor
    is a warning: one of the two has to give."""
    if not (ctx.price and ctx.currency and floor > 0):
        return []
    out = _below_market(p, ctx, bench, floor)
    if not (ctx.budget and p.target):
        return out
    if p.target_kind != "absolute" or p.unit_kind == "items" or p.metric != "purchases":
        return out
    if lex.kind(p.metric) != "count":
        return out
    lang = p.lang
    revenue = p.target * ctx.price
    roas = round(revenue / ctx.budget, 2)
    kw = {
        "count": fmt_num(p.target, lang),
        "price": fmt_money(ctx.price, ctx.currency, lang),
        "revenue": fmt_money(revenue, ctx.currency, lang),
        "budget": fmt_money(ctx.budget, ctx.currency, lang),
        "roas": fmt_num(roas, lang),
        "floor": fmt_num(floor, lang),
    }
    if roas >= floor:
        return [Issue("info", msg("ach.roas_at_price", lang, **kw), "goal"), *out]
    text = msg("ach.roas_at_price_short", lang, **kw)
    hint = msg("suggest.roas_at_price", lang, **kw)
    return [Issue("warning", text, "goal", "budget", hint), *out]


def _below_market(
    p: ParsedGoal, ctx: GoalContext, bench: BenchmarksData, floor: float
) -> list[Issue]:
    """A warning when price / floor is below the market's typical cost per purchase (an
    estimate, so never an error)."""
    from adsage.checks.goal.costs import cost_range
    from adsage.planning.single_price import roas_cap

    assert ctx.price is not None and ctx.currency is not None
    rng = cost_range(bench, "purchases", ctx.currency, ctx.market, ctx.objective)
    cap = roas_cap(ctx.price, floor)
    if rng is None or cap >= rng.typical:
        return []
    lang = p.lang
    text = msg(
        "ach.roas_price_below_market",
        lang,
        price=fmt_money(ctx.price, ctx.currency, lang),
        floor=fmt_num(floor, lang),
        cap=fmt_money(cap, ctx.currency, lang),
        typical=fmt_money(round(rng.typical, 2), ctx.currency, lang),
        **prov(rng.figure_low, lang),
    )
    return [Issue("warning", text, "goal")]
