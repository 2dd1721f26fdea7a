"""One rule for every ROAS a goal names, as a target ("ROAS of 6") or as a floor ("1,200
jackets with ROAS of 6 or better"): compared with the same editorial estimate a revenue goal's
implied ROAS is (:mod:`adsage.checks.goal.roas`), so a higher ROAS is never judged milder than
a lower one. No public ROAS benchmark is recorded, so above the estimate is a warning (at
risk), never a failure; above the editorial maximum stays a failure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from adsage.checks.goal.costs import prov
from adsage.checks.goal.wording import Lang, fmt_num, msg
from adsage.rules.objectives import Figure

if TYPE_CHECKING:  # assess imports this module: its classes are loaded on first call
    from adsage.checks.goal.assess import Issue, Outcome


def roas_above_estimate(lang: Lang, roas: float, typical: Figure, floor: bool) -> Issue | None:
    """The warning for a ROAS above the estimate (with the bid floor's risk when it is
    one), or None at or below it."""
    from adsage.checks.goal.assess import Issue

    if roas <= typical.value:
        return None
    kw = {"roas": fmt_num(roas, lang), "typical": fmt_num(typical.value, lang)}
    text = msg("ach.roas_above_estimate", lang, **kw, **prov(typical, lang))
    if floor:
        text += " " + msg("ach.roas_floor_unspent", lang, floor=kw["roas"])
    return Issue("warning", text, "budget", "risk", msg("suggest.roas_ambitious", lang))


def roas_target(lang: Lang, roas: float, typical: Figure, ok_text: str) -> Outcome:
    """A goal whose target is a ROAS: within the range, but above the estimate is at risk."""
    from adsage.checks.goal.assess import Outcome

    issue = roas_above_estimate(lang, roas, typical, floor=False)
    if issue is None:
        return Outcome(True, ok_text)
    return Outcome(True, issue.message, issues=[issue], at_risk=True)
