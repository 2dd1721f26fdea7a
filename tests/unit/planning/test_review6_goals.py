"""The plan's numbers, KPI rows and notes for goals the SMART check reads as a capped count,
a step after the application (hires), an event's responses, and a lead goal priced at the
all-industry benchmark: one story in the SMART table, the KPIs, the bid and the notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adsage.models.brief import load_brief

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review6_briefs"


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _plan_parts(name: str) -> tuple[Any, Any, Any]:
    from adsage.advisor.plan import numbers_for
    from adsage.advisor.sections import objective_section
    from adsage.planning.numbers import choose_objective

    brief = load_brief(BRIEFS / f"{name}.yaml")
    objective, inferred = choose_objective(brief)
    parsed, _, _, (nums, _) = numbers_for(brief, objective)
    return brief, nums, objective_section(brief, parsed, objective, inferred, [], nums)


def test_physio_keeps_120_and_bids_at_the_client_cap() -> None:
    _, nums, obj = _plan_parts("01_physio_en")
    assert nums.goal_target == 120 and nums.cost_cap == 25
    assert obj.bid_strategy == "COST_CAP"
    costs = [k for k in obj.kpis if "CPL" in k.name]
    # one cost row: the client's cap, with the benchmark beside it
    assert len(costs) == 1 and costs[0].target == 25, obj.kpis
    assert "GBP 20" in _plain(costs[0].note)
    assert any(k.target == 120 for k in obj.kpis)


def test_mortgage_cap_each_is_the_bid() -> None:
    _, nums, obj = _plan_parts("03_mortgage_en")
    assert nums.goal_target == 200 and nums.cost_cap == 40
    assert obj.bid_strategy == "COST_CAP"
    assert "cost cap from the goal" in [k for k in obj.kpis if "CPL" in k.name][0].note


def test_nurse_hires_are_counted_outside_with_an_application_row() -> None:
    brief, nums, obj = _plan_parts("08_pielegniarki_pl")
    assert nums.metric == "leads" and nums.goal_target is None  # 25 hires are not 25 leads
    names = [k.name for k in obj.kpis]
    assert names[:2] == ["zatrudnienia", "aplikacje (leady)"], names
    hires, apps = obj.kpis[0], obj.kpis[1]
    assert hires.target == 25 and "poza Menedżerem reklam" in hires.note
    assert apps.target is None
    note = _plain(apps.note)
    assert "ile aplikacji przypada na jedno zatrudnienie" in note
    assert "nigdy mniej niż 25" in note and "ok. 280" in note


def test_party_optimises_for_event_responses_everywhere() -> None:
    from adsage.advisor.budget_notes import strategy_notes

    brief, nums, obj = _plan_parts("02_taproom_en")
    assert nums.metric == "event_responses"
    assert obj.optimization_goal == "EVENT_RESPONSES"
    assert obj.kpis[0].name == "cost per event response" and obj.kpis[0].target is None
    notes = " ".join(strategy_notes(brief, nums, "event responses", False))
    assert "responses to a Facebook event" in notes and brief.landing_url in notes


def test_pv_lead_benchmark_is_said_to_be_all_industry() -> None:
    from adsage.advisor.budget_notes import strategy_notes

    brief, nums, obj = _plan_parts("05_fotowoltaika_pl")
    notes = _plain(" ".join(strategy_notes(brief, nums, "leady", False)))
    assert "średnia ze wszystkich branż" in notes
    assert "dotychczasowy koszt leada" in notes
    assert obj.bid_strategy == "COST_CAP"
