"""A plan for a brief too thin to run opens with the questions that block a real plan, and
its bulk sheet marks every row not ready; a full brief's plan has neither."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adsage.advisor.plan import build_plan
from adsage.export.plan_rows import plan_sheet
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review7_briefs"


def _plan(name: str, settings: Any, **update: Any) -> Any:
    brief = load_brief(BRIEFS / f"{name}.yaml").model_copy(update=update)
    return build_plan(brief, settings=settings)


def test_a_thin_brief_opens_with_its_questions_and_its_rows_are_not_ready(
    plan_settings: Any,
) -> None:
    plan = _plan("07_thin_coffee_en", plan_settings)
    top = plan_markdown(plan).split("## Goal")[0]
    assert "## Brief too thin: answer these first" in top
    assert "average order value" in top and "pixel" in top
    notes = plan_sheet(plan).notes
    assert notes and all(n["Set Up By Hand"].startswith("NOT READY:") for n in notes)
    assert all("brief.thin" in n["Checks"] for n in notes)


def test_a_thin_polish_brief_asks_in_polish(plan_settings: Any) -> None:
    plan = _plan("07_thin_coffee_en", plan_settings, language="pl", goal="więcej klientów")
    top = plan_markdown(plan).split("## Cel")[0]
    assert "## Brief zbyt ogólny: najpierw odpowiedz na te pytania" in top
    assert all("NIEGOTOWE:" in n["Set Up By Hand"] for n in plan_sheet(plan).notes)


def test_a_full_brief_has_no_questions_and_ready_rows(plan_settings: Any) -> None:
    plan = _plan("05_kwiaciarnia_pl", plan_settings)
    assert plan.thin_brief == []
    assert "zbyt ogólny" not in plan_markdown(plan)
    assert not any("NIEGOTOWE" in n["Checks"] for n in plan_sheet(plan).notes)


def test_a_bouquet_from_89_at_a_60_cost_per_purchase_asks_about_margin_once(
    plan_settings: Any,
) -> None:
    plan = _plan("05_kwiaciarnia_pl", plan_settings)
    md = plan_markdown(plan).replace("\u00a0", " ")
    kpis = md.split("## Cel kampanii i KPI")[1].split("## Persony")[0]
    assert "Pytanie do klienta: jaka marża" in kpis and "od 89 zł" in kpis
    assert md.count("Pytanie do klienta: jaka marża") == 1


def test_a_thin_brief_has_no_margin_question(plan_settings: Any) -> None:
    assert _plan("07_thin_coffee_en", plan_settings).objective.margin == ""
