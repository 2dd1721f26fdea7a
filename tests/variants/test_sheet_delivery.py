"""A variants sheet and the plan's own sheet set up the brief's ad sets the same way.

Both read one decision (:func:`adsage.advisor.optimisation.delivery`): the plan optimises for
the result it counts (landing page views, an app event, calls, a registration on the site,
value under a ROAS floor), and a variants sheet built from the brief alone must not fall back
to the objective's default (link clicks, installs, an instant form).  Every ad set of a
variants sheet is a test arm, so it matches the plan's A/B test ad set cell for cell.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sheet_support import NoKnowledge, build_plan_for

from adsage.advisor.optimisation import brief_delivery
from adsage.export.frame import ad_set_cells, as_test_ad_set
from adsage.export.plan_rows import plan_frame, plan_sheet
from adsage.export.rows import variant_sheet
from adsage.export.spec import SheetOptions, export_rules
from adsage.models.brief import load_brief
from adsage.variants import generate_variants

DATA = Path(__file__).resolve().parents[1] / "data"
DELIVERY = ("Optimization Goal", "Billing Event", "Ad Set Bid Strategy", "Bid Amount")
BRIEFS = [
    "review5_briefs/08_opp_pl.yaml",  # landing page views
    "review5_briefs/03_language_app_en.yaml",  # app event StartTrial
    "review2_briefs/17_hydraulik_pl.yaml",  # calls
    "review5_briefs/01_vet_en.yaml",  # registration on the site, cost cap
    "review5_briefs/05_meble_pl.yaml",  # value with a ROAS floor
    "review_briefs/14_webinar_en.yaml",  # instant form
    "review_briefs/09_app_pl.yaml",  # installs
    "review3_briefs/11_cleaning_en.yaml",  # website conversions, cost cap
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from adsage.config import load_settings

    return load_settings(home=tmp_path_factory.mktemp("home"), llm="offline")


def _cells(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(row[c] for c in DELIVERY)


def _plan_test_cells(plan: Any) -> set[tuple[str, ...]]:
    """The plan sheet's A/B test ad set; a plan whose test runs inside its one ad set has
    no such row, so its test arm is the plan's frame set up as a test ad set."""
    sheet = plan_sheet(plan)
    rows = [r for r, n in zip(sheet.rows, sheet.notes, strict=True) if n["Variant"]]
    if rows:
        return {_cells(r) for r in rows}
    rules = export_rules()
    frame = as_test_ad_set(plan_frame(plan, SheetOptions()), plan.ab_test.metric, rules)
    return {_cells(ad_set_cells(frame, "test", None, rules))}


@pytest.mark.parametrize("name", BRIEFS)
@pytest.mark.parametrize("vary", ["headline", "audience"])
def test_variants_sheet_optimises_bids_and_bills_as_the_plans_test(
    settings: Any, name: str, vary: str
) -> None:
    brief = load_brief(DATA / name)
    plan = build_plan_for(brief, settings)
    vs = generate_variants(brief, vary, 2, settings=settings, searcher=NoKnowledge())
    assert vs.ab_plan["metric"] == plan.ab_test.metric
    got = {_cells(r) for r in variant_sheet([vs], [brief]).rows}
    assert got == _plan_test_cells(plan)


@pytest.mark.parametrize("name", BRIEFS)
def test_plan_reads_the_shared_delivery_decision(settings: Any, name: str) -> None:
    brief = load_brief(DATA / name)
    plan = build_plan_for(brief, settings)
    settled = brief_delivery(brief, plan.objective.objective)
    assert plan.objective.optimization_goal == settled.optimization_goal
    assert plan.objective.bid_strategy == settled.bid_strategy
    assert plan.budget.bid_strategy == settled.bid_strategy
    assert plan.budget.billing_event == settled.billing_event


def test_variants_sheet_keeps_the_plans_result_not_the_objective_default(settings: Any) -> None:
    """The three briefs whose sheets disagreed: landing page views, an app event, calls."""
    expected = {
        "review5_briefs/08_opp_pl.yaml": ("LANDING_PAGE_VIEWS", "IMPRESSIONS"),
        "review5_briefs/03_language_app_en.yaml": ("OFFSITE_CONVERSIONS", "IMPRESSIONS"),
        "review2_briefs/17_hydraulik_pl.yaml": ("QUALITY_CALL", "IMPRESSIONS"),
    }
    for name, (goal, billing) in expected.items():
        brief = load_brief(DATA / name)
        vs = generate_variants(brief, "headline", 2, settings=settings, searcher=NoKnowledge())
        rows = variant_sheet([vs], [brief]).rows
        assert {(r["Optimization Goal"], r["Billing Event"]) for r in rows} == {(goal, billing)}


def test_a_set_without_an_objective_still_exports() -> None:
    """Copy drafts (Slack's export button) carry no objective: the sheet keeps the objective
    and its goal empty for ``adsage check sheet`` to report, instead of failing the export."""
    from adsage.export.rows import set_delivery

    got = set_delivery("", None)
    assert (got.optimization_goal, got.billing_event) == ("", "IMPRESSIONS")
