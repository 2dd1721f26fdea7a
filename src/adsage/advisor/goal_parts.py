"""KPI rows for every target a goal names, not only the one the checks judge.

"Zebrać 15 000 podpisów i dotrzeć do 400 000 mieszkańców" has two targets; the plan shows a
row for each, marked as the client's, and says whether the ad sets optimise for it or how it
is measured (a reach column, a ThruPlay ad set, an event on the thank-you page, an app event,
the CRM). A row that says "the brief sets no target" for a metric the brief gives a target
for would tell the client their own goal was not read.
"""

from __future__ import annotations

import re

from adsage.checks.goal.more import GoalPart
from adsage.checks.goal.parse import ParsedGoal
from adsage.models.brief import Brief
from adsage.models.plan import KPI, PlanNumbers
from adsage.planning.numbers import LEARNING_EVENTS
from adsage.rules.objectives import load_objectives

# results Meta counts without any event set up by the advertiser: reported whatever the
# ad sets optimise for
_REPORTED = frozenset({"reach", "impressions", "engagement", "clicks", "traffic", "followers"})
_QUALIFIED = re.compile(r"(?<!\w)(?:qualified|kwalifikowan\w*|zakwalifikowan\w*)(?!\w)", re.I)


def _label(metric: str, lang: str, brief: Brief) -> str:
    from adsage.advisor.texts import KPI_NAMES
    from adsage.planning.nouns import metric_label

    if metric == "reach":  # the same word as the objective's own reach row
        return KPI_NAMES.get(lang, {}).get("reach", "reach")
    return metric_label(metric, lang, brief)


def optimised(objective: str, goal: str, metric: str) -> bool:
    """Whether the plan's ad sets optimise for ``metric`` (REACH for reach, and so on)."""
    obj = load_objectives().objectives[objective]
    own = metric in obj.metric_goals or metric == obj.default_metric  # else goal_for guesses
    return own and obj.serves(metric) and obj.goal_for(metric) == goal


def _row(part: GoalPart, brief: Brief, objective: str, goal: str, opt: str) -> KPI:
    from adsage.planning.texts import tr

    lang = brief.language
    if part.metric == "step_rate":
        name, target, unit = part.text, round(part.target / 100, 4), "ratio"
        if part.base == "installs":
            note = tr(lang, "part_app_step", events=LEARNING_EVENTS)
        else:
            note = tr(lang, "part_step", base=_label(part.base or "", lang, brief))
        return KPI(name=name, target=target, unit=unit, note=note)
    name = _label(part.metric, lang, brief)
    target = round(part.target / 100, 4) if part.target_kind == "percent" else part.target
    unit = "ratio" if part.target_kind == "percent" else ""
    if optimised(objective, goal, part.metric):
        note = tr(lang, "part_optimised")
    elif part.metric == "reach":
        note = tr(lang, "part_reach", opt=opt)
    elif part.metric == "video_views":
        note = tr(lang, "part_video", opt=opt)
    elif part.metric in _REPORTED:
        note = tr(lang, "part_reported", opt=opt)
    else:
        note = tr(lang, "part_event", name=name)
    return KPI(name=name, target=target, unit=unit, note=note)


def part_kpis(
    brief: Brief, parsed: ParsedGoal, metric: str, objective: str, goal: str, opt: str
) -> list[KPI]:
    """One row per target beside the plan's own result row: the goal's main target when the
    plan's result is another metric (signatures under an awareness plan), then every other
    part. ``opt`` names what the ad sets optimise for, in the plan's words."""
    parts: list[GoalPart] = []
    main = parsed.metric
    if (
        main is not None
        and main != metric
        and main != "roas"
        and parsed.target is not None
        and parsed.target_kind == "absolute"
        and not parsed.share_text
    ):
        parts.append(GoalPart(main, parsed.target, "absolute", parsed.metric_text or main))
    # a part counting the plan's own result is its main row when the main target is another
    parts += [p for p in parsed.more if p.metric != metric or main != metric]
    return [_row(p, brief, objective, goal, opt) for p in parts]


def qualified(brief: Brief, row: KPI) -> KPI:
    """ "60 qualified pilot requests": the row names qualified leads and says Ads Manager
    counts every lead, so qualified ones are counted (and later optimised for) through the
    CRM; a goal that does not say "qualified" keeps its row."""
    from adsage.planning.texts import tr

    if not _QUALIFIED.search(brief.goal or ""):
        return row
    lang = brief.language
    return row.model_copy(
        update={"name": tr(lang, "qualified_name"), "note": tr(lang, "qualified_note")}
    )


def unreachable_cost(
    brief: Brief, nums: PlanNumbers, name: str, shared: dict[str, str]
) -> KPI | None:
    """The cost row of a goal the budget cannot buy (the goal check's own "out of reach":
    fewer than ``reachable_share`` of the target at the benchmark): the implied cost per
    result is no target to show, so the row says it is out of reach, with the realistic count
    and the budget the target needs; None for a goal within reach."""
    from adsage.checks.goal.assess import limits
    from adsage.planning.texts import money, tr

    target, expected, cost = nums.goal_target, nums.results_expected, nums.cost_per_result
    if not target or expected is None or cost is None or nums.cost_unit != 1:
        return None
    if nums.volume_at_cap or expected >= target * limits().reachable_share:
        return None
    cur, lang = nums.currency, brief.language
    note = tr(
        lang,
        "kpi_unreachable",
        ceiling=money(nums.cost_ceiling or 0, cur, lang),
        needed=money(round(target * cost), cur, lang),
        **shared,
    )
    return KPI(name=name, target=nums.cost_ceiling, unit=cur, note=note, out_of_reach=True)


def local_key(brief: Brief, key: str) -> str:
    """A reach count in a local area (places in the brief) is never printed: the budget may
    buy more people than live there, and the plan does not know the area's size."""
    return f"{key}_local" if brief.audience.places else key


def reach_goal(brief: Brief, parsed: ParsedGoal | None) -> str:
    """ " and compare it with the goal's 400 000" when the goal names a reach target."""
    from adsage.planning.texts import count, tr

    if parsed is None:
        return ""
    found = [p.target for p in parsed.more if p.metric == "reach"]
    if parsed.metric == "reach" and parsed.target and parsed.target_kind == "absolute":
        found.insert(0, parsed.target)
    if not found:
        return ""
    return tr(brief.language, "learn_k_goal", target=count(found[0], brief.language))
