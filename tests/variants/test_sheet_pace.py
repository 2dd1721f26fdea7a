"""Under a daily budget the sheet's ad sets never spend more than the day's budget, and the
main ad set's amounts are the ones the plan's budget notes state."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sheet_support import build_plan_for
from variant_fakes import BRIEF, PL_BRIEF

from adsage.export.plan_rows import plan_sheet
from adsage.planning.pace import daily_pace
from adsage.planning.texts import cents

AUDIENCES = {"en": ["site visitors 30 days", "past subscribers"], "pl": ["Odwiedzający 30 dni"]}


def _daily_plan(make_brief: Any, settings: Any, lang: str) -> Any:
    base = PL_BRIEF if lang == "pl" else BRIEF
    cur = "PLN" if lang == "pl" else "GBP"
    brief = make_brief(
        **{
            **base,
            "audience": {**base["audience"], "custom_audiences": AUDIENCES[lang]},
            "budget": {"amount": 1500 if lang == "pl" else 350, "currency": cur, "type": "daily"},
            "schedule": {"start": "2027-01-10", "end": "2027-03-31"},
        }
    )
    return build_plan_for(brief, settings)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_first_week_ad_sets_add_up_to_the_daily_budget(
    make_brief: Any, settings: Any, lang: str
) -> None:
    plan = _daily_plan(make_brief, settings, lang)
    keys = [x.key for x in plan.budget.split]
    assert keys == ["prospecting", "retargeting", "testing"]
    sheet = plan_sheet(plan)
    per_set = {r["Ad Set Name"]: float(r["Ad Set Daily Budget"]) for r in sheet.rows}
    # every ad set runs on day 1: together they stay within the brief's daily budget
    assert sum(per_set.values()) <= plan.budget.daily_equivalent + 0.001
    assert sum(per_set.values()) >= plan.budget.daily_equivalent - 0.03
    main_name, warm_name = plan.budget.split[0].name, plan.budget.split[1].name
    rows = {r["Ad Set Name"].split(" | ")[2]: r for r in sheet.rows}
    main = rows[main_name]
    during = float(main["Ad Set Daily Budget"])
    after = plan.budget.daily_equivalent - float(rows[warm_name]["Ad Set Daily Budget"])
    cur = plan.budget.currency
    # the plan's budget note states both amounts, to the cent, as the sheet holds them
    assert any(
        cents(during, cur, lang) in n and cents(after, cur, lang) in n
        for n in plan.budget.schedule_notes
    )
    # the sheet tells the buyer to raise it on the day after the test
    test_days = plan.ab_test.duration_days
    raise_on = (date(2027, 1, 10) + timedelta(days=test_days)).isoformat()
    main_notes = [n for n in sheet.notes if n["Ad Set Name"] == main["Ad Set Name"]]
    assert all(raise_on in n["Audience Notes"] for n in main_notes)
    assert all(cents(after, plan.budget.currency, lang) in n["Audience Notes"] for n in main_notes)


def test_the_main_ad_set_gives_up_the_test_budget_only_while_the_test_runs() -> None:
    pace = daily_pace(
        350, 81, [("prospecting", 21951.0), ("retargeting", 5670.0), ("testing", 728.56)], 7
    )
    assert pace is not None
    assert pace.others == {"retargeting": 70.0, "testing": 104.08}
    assert pace.main_during == 175.92 and pace.main_after == 280.0
    assert pace.changes
    # a test that runs the whole flight: one amount, nothing to change
    whole = daily_pace(100, 10, [("prospecting", 800.0), ("testing", 200.0)], 10)
    assert whole is not None and not whole.changes and whole.main_during == 80.0
