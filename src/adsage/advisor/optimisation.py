"""The plan's one optimisation event, and the words that name it the same way everywhere.

A plan that counts one result but optimises for another reads as a contradiction to a media
buyer (KPI "cost per landing page view", optimisation "link clicks"; goal "trial starts",
optimisation "app installs").  The goal is decided once here, from the objective's
``metric_goals`` in ``objectives.yaml``, and the header, the reason line, the budget lines, the
KPI notes and the bulk sheet all follow it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from adsage.planning.data import planning_data
from adsage.rules.objectives import load_objectives

if TYPE_CHECKING:
    from adsage.checks.goal.parse import ParsedGoal
    from adsage.models.brief import Brief
    from adsage.models.plan import PlanNumbers

APP = "OUTCOME_APP_PROMOTION"
TRAFFIC = "OUTCOME_TRAFFIC"
APP_EVENT_GOALS = ("OFFSITE_CONVERSIONS", "VALUE")  # in an app campaign: app event optimisation


def optimisation_goal(
    objective: str,
    metric: str,
    parsed: ParsedGoal | None,
    structure: str = "",
    roas_cost_cap: float | None = None,
) -> str:
    """The plan's one optimisation goal, decided here and shown everywhere (header, budget
    notes, bulk sheet, copy): a lead plan whose landing page takes bookings converts on the
    site, not in an instant form; a sales goal with a ROAS floor optimises for value, unless
    the brief sells at one price (``roas_cost_cap``, see :mod:`adsage.planning.single_price`),
    where every purchase is worth the same and the plan optimises for purchases; a plan that
    counts landing page views optimises for them; an app plan whose goal is an in-app result
    optimises for that app event."""
    if objective == "OUTCOME_LEADS" and structure == "website_booking":
        return planning_data().booking_page.optimization_goal
    roas = parsed is not None and any(c.metric == "roas" for c in parsed.constraints)
    if objective == "OUTCOME_SALES" and roas and roas_cost_cap is None:
        return "VALUE"
    return load_objectives().objectives[objective].goal_for(metric)


def app_event(brief: Brief, objective: str, goal: str, metric: str) -> str | None:
    """The standard app event an app plan optimises for ("StartTrial" for a goal of trial
    starts), or None when the plan optimises for installs or is not an app plan."""
    events = load_objectives().app_events
    if objective != APP or goal not in APP_EVENT_GOALS or events is None:
        return None
    return events.event_for(metric, brief.goal)


def event_label(brief: Brief, objective: str, goal: str, metric: str, label: str) -> str:
    """What the budget lines say the campaigns optimise for: the metric's own words, and for
    an app event its name beside them ("sign-ups (app event StartTrial)"), so the header,
    budget table and KPI notes name one event."""
    from adsage.planning.texts import tr

    event = app_event(brief, objective, goal, metric)
    if event is None:
        return label
    return tr(brief.language, "opt.app_event_label", metric=label, event=event)


def goal_words(brief: Brief, objective: str, goal: str, metric: str) -> str:
    """The optimisation goal as the objective line names it: an app event by its name ("the
    app event StartTrial (OFFSITE_CONVERSIONS)"), any other goal as "name (CODE)"."""
    from adsage.planning.texts import tr
    from adsage.render.labels import goal_coded

    event = app_event(brief, objective, goal, metric)
    if event is None:
        return goal_coded(objective, goal, brief.language)
    return tr(brief.language, "opt.app_goal", event=event, goal=goal)


def reason_note(brief: Brief, objective: str, goal: str, metric: str, label: str) -> str:
    """The sentence after the objective line that says why the plan optimises for this event
    and not the objective's default one ("" when it is the default)."""
    from adsage.planning.texts import tr

    lang = brief.language
    if objective == TRAFFIC and goal == "LANDING_PAGE_VIEWS":
        return tr(lang, "opt.why_landing_page_views")
    event = app_event(brief, objective, goal, metric)
    if event is not None:
        return tr(lang, "opt.why_app_event", event=event, metric=label)
    return ""


def single_price_note(brief: Brief, parsed: ParsedGoal, nums: PlanNumbers | None) -> str:
    """Why a ROAS goal at one price optimises for purchases with a cost cap: the cap itself
    stands in the line before (the bid strategy), so this names how it is derived ("" for
    any other plan)."""
    from adsage.i18n.formatting import number
    from adsage.planning.texts import cents, tr

    if nums is None or nums.roas_cost_cap is None or nums.unit_price is None:
        return ""
    floor = next((c.value for c in parsed.constraints if c.metric == "roas"), None)
    if floor is None:
        return ""
    lang = brief.language
    return tr(
        lang,
        "opt.why_single_price",
        price=cents(nums.unit_price, nums.currency, lang),
        roas=number(floor, lang),
    )


def diagnostic_note(
    brief: Brief, objective: str, goal: str, metric: str, kpi: str, label: str
) -> str | None:
    """The note of an installs KPI row in an app plan that optimises for an in-app event:
    installs are a diagnostic there, not the result (None when the row keeps its note)."""
    from adsage.planning.texts import tr

    event = app_event(brief, objective, goal, metric)
    if event is None or kpi.lower() not in ("installs", "cpi"):
        return None
    return tr(brief.language, "opt.installs_diagnostic", event=event, metric=label)


def structure_key(brief: Brief, structure: str) -> str:
    """The budget note that names where the result happens: a lead page that takes the
    registration itself says so (an instant form only as a fallback), a booking page keeps
    its booking note."""
    if structure == "website_booking" and planning_data().booking_page.registers(brief.landing_url):
        return "structure.website_registration"
    if structure in LEGAL_AGE_STRUCTURES:
        from adsage.advisor.targeting import legal_age_floor

        if legal_age_floor(brief) and not _special(brief):
            # the age range is an Advantage+ suggestion, a legal minimum age is not
            return f"structure.{structure}_legal_age"
    return f"structure.{structure}"


# structures whose note speaks of Advantage+ audience suggestions
LEGAL_AGE_STRUCTURES = ("manual", "advantage_plus_sales")


def _special(brief: Brief) -> bool:
    """Whether the brief's special ad category fixes the age at 18-65+ (no floor to set)."""
    from adsage.advisor.targeting import restricted
    from adsage.rules.campaign import targeting_rules

    cat = brief.special_ad_category
    return restricted(targeting_rules().special_categories.replaced.get(cat, cat))


@dataclass(frozen=True)
class Delivery:
    """How an ad set is delivered and billed: its optimisation goal, bid strategy and
    billing event, the three settings a plan and every bulk sheet must agree on."""

    optimization_goal: str
    bid_strategy: str
    billing_event: str


def delivery(
    objective: str,
    metric: str,
    parsed: ParsedGoal | None,
    structure: str,
    currency: str,
    roas_cost_cap: float | None = None,
) -> Delivery:
    """The plan's delivery settings, decided once: the optimisation goal for the result it
    counts (:func:`optimisation_goal`), a ROAS floor or a cost cap on that result as the bid
    strategy (a ROAS floor at one price is the cost cap ``roas_cost_cap``), and the billing
    event that goal allows. The plan's sections and a variants sheet built without a plan
    both read it, so they can never disagree."""
    from adsage.advisor.sections import cost_cap

    goal = optimisation_goal(objective, metric, parsed, structure, roas_cost_cap)
    bid = "LOWEST_COST_WITHOUT_CAP"
    if roas_cost_cap is not None:
        bid = "COST_CAP"
    elif parsed is not None and any(c.metric == "roas" for c in parsed.constraints):
        bid = "LOWEST_COST_WITH_MIN_ROAS"
    elif parsed is not None and cost_cap(parsed, metric, currency) is not None:
        # only a cap on the result the ad set optimises for can be its cost per result goal;
        # a cap on another cost stays a KPI limit (the sheet needs the cap's amount)
        bid = "COST_CAP"
    return Delivery(goal, bid, planning_data().billing.event(objective, goal))


def brief_delivery(brief: Brief, objective: str) -> Delivery:
    """:func:`delivery` for a brief without its plan (a variants sheet): the same parsed
    goal, result metric and campaign structure the plan computes for it."""
    from adsage.advisor.plan import numbers_for

    parsed, metric, _, (nums, _) = numbers_for(brief, objective)
    return delivery(
        objective, metric, parsed, nums.structure, brief.budget.currency, nums.roas_cost_cap
    )
