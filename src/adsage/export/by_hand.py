"""What a plan's bulk sheet cannot carry, said per ad set in the working notes.

The import creates what its columns describe and nothing else: a catalogue ad without its
catalogue is an ordinary link ad, a lead ad without its instant form has nowhere to send a
lead, and the ROAS floor sits in a column we could not confirm. Rather than let an import
look complete, each ad set's notes name what the buyer attaches by hand and why; the plan's
budget notes say the same once (:func:`plan_notes`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from adsage.errors import BadInput
from adsage.i18n import t

if TYPE_CHECKING:
    from adsage.export.frame import Frame
    from adsage.export.spec import ExportRules
    from adsage.models.findings import Finding
    from adsage.models.plan import BudgetLine, CampaignPlan

CATALOGUE_STRUCTURE = "advantage_plus_sales"


class SheetRefused(BadInput):
    """The campaign cannot run as a paid one (Meta does not run it in a targeted market):
    no sheet is written, since an import would only create ads that cannot run."""


def refuse_stopped(found: Iterable[Finding]) -> None:
    """Raise :class:`SheetRefused` for a confirmed stop among the brief's "before launch"
    findings (an unconfirmed one marks the rows not ready instead)."""
    from adsage.checks.launch import stops

    for f in stops(found):
        if f.severity == "error":
            raise SheetRefused(f.message)


FORM_GOALS = frozenset({"LEAD_GENERATION", "QUALITY_LEAD"})
# ad sets that optimise for a website event and so need the pixel that sends it
PIXEL_GOALS = frozenset({"OFFSITE_CONVERSIONS", "VALUE"})


def roas_floor(plan: CampaignPlan) -> float | None:
    """The goal's minimum ROAS (the first one), never a figure the goal does not give."""
    for c in plan.goal.parsed.get("constraints") or []:
        if isinstance(c, dict) and c.get("metric") == "roas" and c.get("bound") == "min":
            value = c.get("value")
            if isinstance(value, int | float):
                return float(value)
    return None


def ad_set_notes(
    plan: CampaignPlan, line: BudgetLine, ad_set: str, frame: Frame, test: bool, rules: ExportRules
) -> list[str]:
    """The ad set's by-hand steps, in the plan's language."""
    from adsage.render.labels import coded

    lang = plan.lang
    out: list[str] = []
    if frame.bid_strategy == "LOWEST_COST_WITH_MIN_ROAS" and frame.roas_floor is not None:
        roas = rules.roas_goal.cell(frame.roas_floor)
        out.append(t("sheet.hand.roas", lang, roas=roas, col=rules.roas_goal.column))
    if catalogue_line(plan, line) and not test:
        out.append(t("sheet.hand.catalogue", lang, ad_set=ad_set))
    if frame.optimization_goal in FORM_GOALS:
        out.append(t("sheet.hand.lead_form", lang, ad_set=ad_set))
    out += _store_link(plan, line)
    if frame.optimization_goal in PIXEL_GOALS and not frame.pixel:
        event = rules.values.optimized_event.get(frame.objective, "") or "Purchase"
        out.append(t("sheet.hand.pixel", lang, event=event.title()))
    if test:
        metric = t(f"sheet.hand.metric.{plan.ab_test.metric}", lang)
        goal = coded("goal", frame.optimization_goal, lang)
        # the main ad sets' own event (a Sales campaign's purchases): say why it is kept
        kept = frame.optimization_goal == plan.objective.optimization_goal
        key = "sheet.hand.test_bidding_kept" if kept else "sheet.hand.test_bidding"
        out.append(t(key, lang, metric=metric, goal=goal))
    return out


def _store_link(plan: CampaignPlan, line: BudgetLine) -> list[str]:
    """A store's campaign whose ads carry the other store's link (the brief gives one link
    for an app on both stores): the import would send Android users to the App Store."""
    from adsage.advisor.strategy_notes import STORE_NAMES, store_of

    platform = {"app_ios": "ios", "app_android": "android"}.get(getattr(line, "key", ""))
    link = plan.copy_drafts[0].link if plan.copy_drafts else ""
    store = store_of(link)
    if platform is None or store is None or store == platform:
        return []
    name = "iOS" if platform == "ios" else "Android"
    own = STORE_NAMES[platform]
    return [
        t(
            "sheet.hand.store_link",
            plan.lang,
            platform=name,
            store=STORE_NAMES[store],
            url=link,
            own=own,
        )
    ]


def catalogue_line(plan: CampaignPlan, line: BudgetLine) -> bool:
    """Whether the plan runs this line as catalogue ads (its Advantage+ sales line)."""
    return plan.structure == CATALOGUE_STRUCTURE and getattr(line, "key", "") != "testing"


def plan_notes(lang: str, structure: str, lines: list[str]) -> list[str]:
    """The plan's own note on what its bulk sheet leaves to the buyer (``lines``: the
    budget split's names, the ad sets the sheet creates), said once in the budget notes."""
    if not lines:
        return []
    if structure == CATALOGUE_STRUCTURE:
        return [t("plan.structure.advantage_plus_sales.by_hand", lang, line=lines[0])]
    if structure == "lead_form":
        quoted = [f"„{n}”" if lang == "pl" else f"“{n}”" for n in lines]
        last = " i " if lang == "pl" else " and "
        names = last.join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)
        return [t("plan.structure.lead_form.by_hand", lang, lines=names)]
    return []


def form_note(frame: Frame, ad_set: str, lang: str) -> str:
    """The instant-form note of a variants sheet's ad set (empty when it has no form)."""
    if frame.optimization_goal not in FORM_GOALS:
        return ""
    return t("sheet.hand.lead_form", lang, ad_set=ad_set)


def launch_notes(found: Sequence[Finding], lang: str) -> tuple[list[str], list[str]]:
    """What every ad set's by-hand notes say before the rest, and the "Checks" marks: a stop
    the rule data cannot confirm marks the row not ready (the import would create an ad the
    law bans), and the EU beneficiary and payer the sheet has no column for. A confirmed
    stop refuses the sheet."""
    from adsage.checks.launch import stops

    refuse_stopped(found)
    stopped = stops(found)
    notes = [
        t("sheet.not_ready", lang, reason=" ".join(filter(None, [f.message, f.suggestion])))
        for f in stopped
    ]
    if any(f.rule == "policy.dsa_fields" for f in found):
        notes.append(t("sheet.hand.dsa", lang))
    return notes, [t("sheet.not_ready", lang, reason=f.rule) for f in stopped]
