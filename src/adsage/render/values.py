"""Cell values of the plan document: KPI figures, SMART verdicts and the test's budget,
each worded once for Markdown, HTML, chat and Slack alike."""

from __future__ import annotations

from typing import Any

from adsage.i18n import t
from adsage.models.plan import CampaignPlan
from adsage.planning.texts import cents, count, money
from adsage.render import labels as lb


def kpi_value(target: float | None, unit: str, lang: str = "en", out_of_reach: bool = False) -> str:
    if out_of_reach:  # the goal's implied cost: no figure to aim at, said so
        return t("doc.kpi_unreachable", lang)
    if target is None:  # a KPI to watch: an empty cell reads as a figure left out
        return t("doc.kpi_watch", lang)
    if unit == "ratio":
        text = f"{target:.2%}"
        return text.replace(".", ",") if lang == "pl" else text
    if unit == "x":
        return f"{count(target, lang)}x"
    if unit:
        return money(target, unit, lang)
    return count(target, lang)


def lower_first(text: str) -> str:
    """A sentence continued after a label ("Hypothesis: changing ..."); an acronym stays."""
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def criterion_state(criterion: dict[str, Any]) -> str:
    """The label key of a SMART criterion: a criterion nobody could check says so."""
    passed = criterion.get("pass")
    state = criterion.get("state") or (
        "not_checked" if passed is None else "pass" if passed else "fail"
    )
    return str(state)


def test_budget(plan: CampaignPlan) -> float:
    """The test's budget as the split shows it: what its ad set spends when the test fits
    (at least the per-ad-set minimum a day, so it can be more than the sample needs)."""
    n = plan.numbers
    if n is not None and n.ab.fits and n.ab.test_spend:
        return n.ab.test_spend
    return plan.ab_test.budget_needed


def verdict(label: str, reason: str) -> str:
    """ "pass: ...": a reason that already opens with its label ("Not checked: ...") is
    not labelled twice. The reason goes on as the same sentence after the colon, so it keeps
    sentence case ("spełnia: wskazuje ..."); an acronym (CPL, ROAS) stays as written."""
    if reason.lower().startswith(label.lower()):
        return reason
    return f"{label}: {lower_first(reason)}"


def bid_text(plan: CampaignPlan, code: str) -> str:
    """ "cost per result goal GBP 30 (COST_CAP)": a capped strategy names its cap, the
    figure the bulk sheet's Bid Amount carries, to the cent as the buyer types it
    ("118,80 zł", never a rounded "119 zł" beside a sheet's 118.80)."""
    amount = plan.bid_amount()
    if amount is None or code != plan.budget.bid_strategy:
        return lb.coded("bid", code, plan.lang)
    label = lb.name("bid", code, plan.lang) or code
    return f"{label} {cents(amount, plan.budget.currency, plan.lang)} ({code})"
