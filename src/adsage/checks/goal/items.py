"""A sales target that counts products ("2000 pączków", "300 snowboards"), judged in orders.

Meta counts purchases (orders) of any size, so a cost per item is never compared with a cost
per purchase: the budget buys orders at the market's typical cost, and the check says how
many items each of those orders would have to hold for the target.
"""

from __future__ import annotations

import math

from adsage.checks.goal.assess import GoalContext, Issue, Outcome, limits
from adsage.checks.goal.costs import CostRange, prov
from adsage.checks.goal.parse import ParsedGoal
from adsage.checks.goal.wording import fmt_money, fmt_num, msg


def per_order(p: ParsedGoal, ctx: GoalContext, rng: CostRange, currency: str, tgt: str) -> Outcome:
    """A target in items ("2000 pączków") against the orders the budget buys: Meta counts
    purchases, so a cost per item is never compared with a cost per purchase."""
    lang, budget = p.lang, ctx.budget or 0.0
    orders = budget * rng.per / rng.typical
    k = (p.target or 0.0) / orders if orders > 0 else math.inf
    kw = {
        "budget": fmt_money(budget, currency, lang),
        "expected": fmt_num(int(orders), lang),
        "typical": fmt_money(round(rng.typical, 2), currency, lang),
        "target": tgt,
        "text": p.unit_text,
        "k": fmt_num(round(k) if k >= 10 else math.ceil(k * 10) / 10, lang),
        **prov(rng.figure_low, lang),
    }
    if k > 1 / limits().reachable_share:
        text = msg("ach.items_short", lang, **kw)
        needed = fmt_money(round((p.target or 0.0) * rng.typical / rng.per), currency, lang)
        hint = msg("suggest.items", lang, expected=kw["expected"], needed=needed, text=p.unit_text)
        return Outcome(False, text, issues=[Issue("warning", text, "budget", "budget", hint)])
    return Outcome(True, msg("ach.items_ok" if k > 1 else "ach.items_one", lang, **kw))
