"""A ROAS goal ad set in a bulk sheet: its floor and its optimisation goal.

A ROAS goal (LOWEST_COST_WITH_MIN_ROAS) without its minimum ROAS imports with no floor, or
fails, and one that does not optimise for value is rejected by Meta. The column and value
come from ``knowledge/rules/export.yaml`` (``roas_goal``); it is tagged UNSURE there, so
these checks warn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adsage.models.findings import Finding

if TYPE_CHECKING:
    from adsage.checks.sheet import Ctx, _Object

ROAS_GOAL = "LOWEST_COST_WITH_MIN_ROAS"


def roas_findings(ctx: Ctx, strategy: str, obj: _Object, where: str) -> list[Finding]:
    goal = ctx.rules.roas_goal
    names = {ROAS_GOAL, ctx.rules.values.bid_strategy.get(ROAS_GOAL, ROAS_GOAL)}
    if strategy not in names:
        return []
    out: list[Finding] = []
    if not obj.cells.get(goal.column):
        out.append(
            ctx.finding(
                "sheet.roas_floor",
                "sheet.roas_floor",
                goal.column,
                section="roas_goal",
                where=where,
                col=goal.column,
            )
        )
    have = obj.cells.get("Optimization Goal", "")
    if have and have != goal.optimization_goal:
        out.append(
            ctx.finding(
                "sheet.roas_goal",
                "sheet.roas_goal",
                "Optimization Goal",
                section="roas_goal",
                where=where,
                goal=have,
                wanted=goal.optimization_goal,
            )
        )
    return out
