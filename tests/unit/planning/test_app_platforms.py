"""An app brief for iOS and Android: the plan advises one app campaign per store, so its
budget table has a line per store with equal money (and the sheet a campaign for each); a
budget that cannot fund two campaigns keeps one and says to start with one store, never the
"separate campaigns" advice beside a single row."""

from __future__ import annotations

from typing import Any

from adsage.advisor.budget_notes import strategy_notes
from adsage.advisor.sections import budget_section
from adsage.planning.numbers import plan_numbers
from adsage.planning.structure import PLATFORM_LINES

APP = "OUTCOME_APP_PROMOTION"


def _app(
    ebike: Any, amount: float, product: str = "Tilefall puzzle game for iOS and Android"
) -> Any:
    return ebike(
        product=product,
        goal="20,000 installs",
        objective=APP,
        landing_url="https://tilefall.example/download",
        budget={"amount": amount, "currency": "USD", "type": "lifetime"},
        schedule={"start": "2027-02-01", "end": "2027-03-15"},
        audience={"locations": ["US"]},
    )


def test_both_stores_get_a_line_each_with_equal_money(ebike: Any) -> None:
    brief = _app(ebike, 30000)
    nums, lines = plan_numbers(brief, APP, "installs")
    keys = [ln.key for ln in lines]
    assert keys[:2] == list(PLATFORM_LINES) and "app_campaign" not in keys
    ios, android = lines[0].share, lines[1].share
    assert abs(ios - android) < 1e-9  # the freed test money is shared evenly
    budget = budget_section(brief, APP, "installs", nums, lines)
    rows = [b.name for b in budget.split]
    assert rows[:2] == ["Advantage+ app campaign – iOS", "Advantage+ app campaign – Android"]
    assert abs(sum(b.amount for b in budget.split) - nums.total) < 1
    notes = " ".join(budget.schedule_notes)
    assert "separate campaigns" in notes
    assert "shared evenly between the iOS and Android lines above" in notes


def test_a_budget_for_one_campaign_keeps_one_line_and_drops_the_separate_advice(
    ebike: Any,
) -> None:
    brief = _app(ebike, 1000)  # about USD 23 a day: not USD 15 for each store
    nums, lines = plan_numbers(brief, APP, "installs")
    assert [ln.key for ln in lines][0] == "app_campaign"
    notes = " ".join(strategy_notes(brief, nums, "app installs", False))
    assert "separate campaigns" not in notes
    assert "start with one store" in notes


def test_one_store_named_keeps_one_app_campaign(ebike: Any) -> None:
    brief = _app(ebike, 30000, product="Tilefall puzzle game for iPhone")
    nums, lines = plan_numbers(brief, APP, "installs")
    assert lines[0].key == "app_campaign"
    notes = " ".join(strategy_notes(brief, nums, "app installs", False))
    assert "separate campaigns" not in notes and "one store" not in notes


def test_a_daily_budget_gives_each_store_the_same_amount_and_never_exceeds_the_day(
    ebike: Any,
) -> None:
    from adsage.advisor.budget_notes import main_pace

    brief = ebike(
        product="Step counter for iOS and Android",
        goal="20,000 installs",
        objective=APP,
        landing_url="https://kroczek.example/pobierz",
        budget={"amount": 2000, "currency": "PLN", "type": "daily"},
        schedule={"start": "2027-03-01", "end": "2027-04-11"},
        audience={"locations": ["PL"]},
    )
    nums, lines = plan_numbers(brief, APP, "installs")
    pace = main_pace(brief, nums, lines)
    assert pace is not None and pace.group == PLATFORM_LINES
    assert pace.is_main("app_ios") and pace.is_main("app_android")
    test = pace.others["testing"]
    assert 2 * pace.main_during + test <= 2000 and 2000 - (2 * pace.main_during + test) < 0.03
    assert 2 * pace.main_after <= 2000
    budget = budget_section(brief, APP, "installs", nums, lines)
    assert any("app campaign to" in n and "a day each" in n for n in budget.schedule_notes)
