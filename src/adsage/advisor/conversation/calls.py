"""The core calls a conversation turn makes, shared by chat and Slack.

Each takes the working brief (a dict while it is being written, or a validated Brief) and
returns a typed result; surfaces only render it.  The brief-to-checker mapping is
:mod:`adsage.checks.inputs`, so a goal or a copy gets the same verdict on every surface.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from adsage.checks.inputs import brief_copy_findings, goal_inputs, goal_lang
from adsage.errors import BadInput

if TYPE_CHECKING:
    from adsage.checks.goal import GoalReport
    from adsage.config import Settings
    from adsage.models.brief import Brief
    from adsage.models.findings import Report
    from adsage.models.plan import FormatPick, Persona
    from adsage.planning.abplan import ABPlan

COPY_COUNT = (1, 10, 3)  # least, most and default number of copy drafts per request
VARIANT_COUNT = (2, 5, 3)


def clamp_count(n: int | None, bounds: tuple[int, int, int]) -> int:
    lo, hi, default = bounds
    return default if not n else max(lo, min(int(n), hi))


def check_goal(goal: str, lang: str, brief: Brief | Mapping[str, Any] | None) -> GoalReport:
    """SMART check of ``goal`` with the brief's budget, window and objective as context."""
    from adsage.checks.goal import check_goal as _check_goal

    if not goal.strip():
        raise BadInput("check goal: give the goal text")
    return _check_goal(goal, **{**goal_inputs(brief), "lang": goal_lang(goal, lang)})


def check_copy(text: str, brief: Brief | Mapping[str, Any] | None) -> Report:
    """Copy and policy check of a primary text on every placement of the brief."""
    from adsage.models.findings import Report

    if not text.strip():
        raise BadInput("check copy: give the ad text")
    return Report.from_findings(brief_copy_findings({"primary_text": text}, brief))


def size_ab_test(
    opts: Mapping[str, Any], lang: str, brief: Brief | Mapping[str, Any] | None
) -> ABPlan:
    """Sample size, impressions, budget and days for an A/B test; a daily budget in the brief
    is used when the request names none."""
    from adsage.checks.inputs import brief_dict
    from adsage.planning.abplan import plan_ab_test

    if opts.get("baseline") is None or opts.get("mde") is None:
        raise BadInput("abplan: the baseline rate and the effect to detect (mde) are required")
    budget = brief_dict(brief).get("budget") or {}
    daily = opts.get("daily_budget", opts.get("daily"))
    if daily is None and budget.get("type") == "daily":
        daily = budget.get("amount")
    try:
        return plan_ab_test(
            float(opts["baseline"]),
            float(opts["mde"]),
            metric=opts.get("metric") or "ctr",
            variants=int(opts.get("variants") or 2),
            alpha=float(opts.get("alpha") or 0.05),
            power=float(opts.get("power") or 0.8),
            cpm=opts.get("cpm"),
            daily_budget=daily,
            lang="pl" if lang == "pl" else "en",
        )
    except ValueError as exc:
        raise BadInput(f"abplan: {exc}") from None


def personas(
    brief: Brief, *, settings: Settings, searcher: Any, engine: Any = None
) -> list[Persona]:
    """Audience personas for a complete brief, drafted by the configured engine."""
    from adsage.advisor.plan import prepare

    ctx, engine = prepare(brief, settings=settings, searcher=searcher, engine=engine)
    return list(engine.personas(ctx))


def formats(
    brief: Brief, *, settings: Settings, searcher: Any, engine: Any = None
) -> list[FormatPick]:
    """Ranked ad formats for a complete brief, each with its reason and specs."""
    from adsage.advisor.plan import prepare

    ctx, engine = prepare(brief, settings=settings, searcher=searcher, engine=engine)
    return list(engine.formats(ctx))
