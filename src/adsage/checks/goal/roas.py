"""A revenue target's ROAS inside the editorial range: named as what it is.

No public ROAS benchmark is recorded (``benchmarks.yaml`` ``rates.roas`` is an adsage estimate),
so the goal check never calls a ROAS "plausible"; it names the estimate, and a ROAS above it
is told as ambitious, with the risk of a minimum-ROAS floor that high.
"""

from __future__ import annotations

from adsage.checks.goal.assess import Issue, Outcome
from adsage.checks.goal.costs import prov
from adsage.checks.goal.parse import ParsedGoal
from adsage.checks.goal.wording import fmt_num, msg
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
