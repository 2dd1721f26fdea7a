"""Whole plans for the review-3 briefs: one figure is shown the same wherever the plan says
it (the reach the rewrite suggests and the KPI expects, what a test costs, results a week),
the A/B section says what limits the test's days, an app on both stores has a budget line
per store, and a goal with no deadline takes the schedule's end and says so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief
from adsage.models.plan import CampaignPlan
from adsage.render.plan_md import plan_markdown

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review3_briefs"


def _plan(settings, name: str, monkeypatch: pytest.MonkeyPatch) -> CampaignPlan:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ADSAGE_TODAY", "2026-11-30")
    return build_plan(load_brief(BRIEFS / f"{name}.yaml"), settings=settings)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_taproom_reach_is_one_figure_in_rewrite_kpi_and_budget(plan_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(plan_settings, "10_taproom_en", monkeypatch)
    md = _plain(plan_markdown(plan))
    # the client gave no number: the rewrite asks for it, and a local area's reach is never
    # a count the budget could buy beyond the people living there
    assert re.search(r"Suggested rewrite(?: \([^)]*\))?: Reach N people", md), md
    assert "expect about" not in md and "128,571" not in md
    assert "audience estimate" in md


def test_taproom_runs_no_test_its_money_cannot_finish(plan_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The GBP 180 test line lasts 13 days at the per-ad-set minimum and the sample needs
    GBP 643: a test that cannot finish is not planned, and its share stays in the main line
    (one figure for what a test would need, in the verdict and in "possible with")."""
    plan = _plan(plan_settings, "10_taproom_en", monkeypatch)
    assert not plan.ab_test.planned
    verdict = _plain(plan.ab_test.verdict)
    assert "No A/B test in this plan" in verdict and "GBP 643 within 30 days" in verdict
    assert "(GBP 643 for the test)" in _plain(" ".join(plan.ab_test.warnings))
    assert [line.key for line in plan.budget.split if line.key == "testing"] == []


def test_garage_test_cost_and_weekly_results_are_one_figure_each(
    plan_settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(plan_settings, "08_warsztat_pl", monkeypatch)
    md = _plain(plan_markdown(plan))
    needs = re.search(r"potrzebuje ok\. ([\d ]+ zł)", md)
    for_test = re.search(r"\(([\d ]+ zł) na test\)", md)
    assert needs and for_test and needs.group(1) == for_test.group(1), md
    assert "ok. 4,2 tygodniowo" in md and "Ok. 4,2 wyniku w ciągu 7 dni" in md
    assert "Ok. 4 wyniki" not in md


def test_jewellery_names_the_tests_own_limit_not_a_bare_30_days(plan_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(plan_settings, "02_jewellery_en", monkeypatch)
    notes = _plain(" ".join(plan.ab_test.warnings))
    assert "the 30 days the test can run" not in notes
    assert "30 days an A/B test can run at most (the campaign runs 34 days)" in notes
    schedule = " ".join(plan.budget.schedule_notes)
    assert "Valentine's Day" in schedule and "yearly low" not in schedule


def test_app_plan_splits_the_stores_and_takes_the_schedules_end(plan_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(plan_settings, "03_puzzle_game_en", monkeypatch)
    keys = [line.key for line in plan.budget.split]
    assert keys[:2] == ["app_ios", "app_android"]
    ios, android = plan.budget.split[0].amount, plan.budget.split[1].amount
    assert abs(ios - android) <= 0.01
    assert any("separate campaigns" in n for n in plan.budget.schedule_notes)
    tb = plan.goal.criteria["time_bound"]
    assert tb["pass"] and "15 March 2027" in tb["reason"] and "schedule" in tb["reason"]


def test_app_sheet_runs_each_store_as_its_own_campaign(plan_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from adsage.export.plan_rows import plan_sheet

    plan = _plan(plan_settings, "03_puzzle_game_en", monkeypatch)
    sheet = plan_sheet(plan)
    campaigns = list(dict.fromkeys(r["Campaign Name"] for r in sheet.rows))
    assert len(campaigns) == 3
    assert any(c.endswith("– iOS | 2027-02-01") for c in campaigns)
    assert any(c.endswith("– Android | 2027-02-01") for c in campaigns)
    store_notes = [n["Audience Notes"] for n in sheet.notes if "A/B test" not in n["Campaign Name"]]
    assert store_notes and not any("A/B test runs in a campaign" in n for n in store_notes)
