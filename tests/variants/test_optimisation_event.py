"""A plan optimises for the result it counts, and names that one event everywhere.

A Traffic plan whose result is landing page views optimises (and bills) for them, not for
link clicks; an app plan whose goal is an in-app result (trial starts) optimises for that app
event in its header, budget lines, KPI notes and bulk sheet, with installs only a diagnostic;
a lead plan whose landing page takes the registration optimises for it on the site, with an
instant form only as a fallback; a revenue goal's ROAS is never called "plausible" when no
benchmark exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sheet_support import build_plan_for, errors

from adsage.export.plan_rows import plan_sheet
from adsage.models.brief import Brief, load_brief

DATA = Path(__file__).resolve().parents[1] / "data"
REVIEW5 = DATA / "review5_briefs"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from adsage.config import load_settings

    return load_settings(home=tmp_path_factory.mktemp("home"), llm="offline")


def _plan(settings: Any, brief: Brief) -> Any:
    return build_plan_for(brief, settings)


def _goals(plan: Any) -> set[str]:
    return {r["Optimization Goal"] for r in plan_sheet(plan).rows if r.get("Optimization Goal")}


def test_traffic_plan_counting_landing_page_views_optimises_and_bills_for_them(
    settings: Any,
) -> None:
    plan = _plan(settings, load_brief(REVIEW5 / "08_opp_pl.yaml"))
    assert plan.objective.objective == "OUTCOME_TRAFFIC"
    assert any("strony docelowej" in k.name for k in plan.objective.kpis)
    assert plan.objective.optimization_goal == "LANDING_PAGE_VIEWS"
    assert "a nie same kliknięcia linku" in plan.objective.reason  # says why
    assert plan.budget.billing_event == "IMPRESSIONS"  # per-click billing needs LINK_CLICKS
    assert _goals(plan) == {"LANDING_PAGE_VIEWS"}


def test_traffic_plan_for_link_clicks_keeps_link_clicks(settings: Any) -> None:
    brief = load_brief(REVIEW5 / "08_opp_pl.yaml").model_copy(
        update={"goal": "Uzyskać 20 000 kliknięć w link do 30 kwietnia 2027"}
    )
    plan = _plan(settings, brief)
    assert plan.objective.objective == "OUTCOME_TRAFFIC"
    assert plan.objective.optimization_goal == "LINK_CLICKS"
    assert plan.budget.billing_event == "LINK_CLICKS"
    assert "kliknięcia linku" not in plan.objective.reason.split("(LINK_CLICKS)")[-1]


def test_app_plan_for_trial_starts_optimises_for_the_app_event_everywhere(settings: Any) -> None:
    plan = _plan(settings, load_brief(REVIEW5 / "03_language_app_en.yaml"))
    obj = plan.objective
    assert obj.objective == "OUTCOME_APP_PROMOTION"
    assert obj.optimization_goal == "OFFSITE_CONVERSIONS"
    assert "the app event StartTrial (OFFSITE_CONVERSIONS)" in obj.reason
    assert "APP_INSTALLS" not in obj.reason
    installs = [k for k in obj.kpis if k.name == "installs"]
    assert installs and "diagnostic only" in installs[0].note
    assert "StartTrial" in installs[0].note
    store_lines = [b for b in plan.budget.split if b.key in ("app_ios", "app_android")]
    assert store_lines and all("app event StartTrial" in b.purpose for b in store_lines)
    assert "app event StartTrial" in plan.budget.schedule_notes[0]
    sheet = plan_sheet(plan)
    assert _goals(plan) == {"OFFSITE_CONVERSIONS"}  # the A/B test ad set too: no link clicks
    assert not errors(sheet)


def test_app_plan_for_installs_keeps_installs(settings: Any) -> None:
    plan = _plan(settings, load_brief(DATA / "review_briefs" / "09_app_pl.yaml"))
    assert plan.objective.optimization_goal == "APP_INSTALLS"
    assert "StartTrial" not in plan.objective.reason
    assert _goals(plan) == {"APP_INSTALLS"}


def test_registration_page_optimises_on_the_site_with_form_as_fallback(settings: Any) -> None:
    plan = _plan(settings, load_brief(REVIEW5 / "01_vet_en.yaml"))
    assert plan.objective.optimization_goal == "OFFSITE_CONVERSIONS"
    notes = " ".join(plan.budget.schedule_notes)
    assert "takes the registration (https://riversidevets.example/register)" in notes
    assert "instant form only as a fallback" in notes
    assert "Lead campaign with an instant form" not in notes
    assert _goals(plan) == {"OFFSITE_CONVERSIONS"}


def test_revenue_roas_names_the_missing_benchmark_and_the_floor_risk(settings: Any) -> None:
    plan = _plan(settings, load_brief(REVIEW5 / "05_meble_pl.yaml"))
    ach = plan.goal.criteria["achievable"]
    text = ach["reason"]
    assert "wiarygodnym zakresie" not in text  # no benchmark, so never "plausible"
    assert "Nie ma publicznego benchmarku ROAS" in text
    assert "część budżetu nie zostanie wydana" in text  # min ROAS 6 as the bid floor
    assert ach["state"] == "at_risk"


@pytest.mark.parametrize(
    ("goal", "metric", "event"),
    [
        ("4,000 free-trial starts in January 2027", "signups", "StartTrial"),
        ("4000 rozpoczętych okresów próbnych w styczniu 2027", "signups", "StartTrial"),
        ("Get 2,000 sign-ups in the app", "signups", "CompleteRegistration"),
        ("500 in-app purchases by March", "purchases", "Purchase"),
        ("Uzyskać 2 000 instalacji aplikacji w 6 tygodni", "installs", None),
    ],
)
def test_the_goal_names_the_app_event(goal: str, metric: str, event: str | None) -> None:
    from adsage.rules.objectives import load_objectives

    events = load_objectives().app_events
    assert events is not None
    assert events.event_for(metric, goal) == event


def test_polish_registration_page_says_the_form_is_only_a_fallback(settings: Any) -> None:
    brief = load_brief(REVIEW5 / "01_vet_en.yaml").model_copy(
        update={"language": "pl", "landing_url": "https://weterynarz.example/rejestracja"}
    )
    plan = _plan(settings, brief)
    assert plan.objective.optimization_goal == "OFFSITE_CONVERSIONS"
    assert "formularz błyskawiczny tylko awaryjnie" in plan.budget.schedule_notes[0]
