"""Budget and schedule checks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from adsage.checks.budget import Budget, check_budget


def sev(rule: str, **data: object) -> list[str]:
    return [f.severity for f in check_budget(Budget.model_validate(data)) if f.rule == rule]


@pytest.mark.parametrize(
    ("goal", "amount", "bad"),
    [
        ("IMPRESSIONS", 1.0, False),
        ("IMPRESSIONS", 0.5, True),
        ("LINK_CLICKS", 5, False),
        ("LINK_CLICKS", 4.99, True),
        ("APP_INSTALLS", 39, True),
        ("APP_INSTALLS", 40, False),
    ],
)
def test_daily_minimum_usd(goal: str, amount: float, bad: bool) -> None:
    got = sev("budget.daily_minimum", daily_budget=amount, optimization_goal=goal)
    assert got == (["error"] if bad else [])


def test_eur_uses_same_figures() -> None:
    assert sev("budget.daily_minimum", daily_budget=4, currency="EUR") == ["error"]


def test_pln_minimum_only_warns() -> None:
    assert sev("budget.daily_minimum", daily_budget=5, currency="pln") == ["warning"]
    assert sev("budget.daily_minimum", daily_budget=20, currency="PLN") == []


def test_lifetime_must_cover_days() -> None:
    start = date(2026, 12, 1)
    end = start + timedelta(days=30)
    assert sev("budget.lifetime_covers_days", lifetime_budget=100, start=start, end=end) == [
        "error"
    ]
    assert sev("budget.lifetime_covers_days", lifetime_budget=150, start=start, end=end) == []


def test_dayparting_requires_lifetime() -> None:
    assert sev("budget.dayparting_requires_lifetime", daily_budget=20, dayparting=True) == ["error"]
    assert (
        sev(
            "budget.dayparting_requires_lifetime",
            lifetime_budget=500,
            start="2026-12-01",
            end="2026-12-20",
            dayparting=True,
        )
        == []
    )


def test_learning_phase() -> None:
    assert sev("budget.learning_phase", daily_budget=20, expected_cost_per_result=5) == ["warning"]
    assert sev("budget.learning_phase", daily_budget=50, expected_cost_per_result=5) == []
    assert sev("budget.learning_phase", daily_budget=50) == ["info"]


def test_schedule_dates() -> None:
    assert sev("schedule.dates", daily_budget=10, start="2026-12-10", end="2026-12-01") == ["error"]
    assert sev("schedule.dates", lifetime_budget=500, start="2026-12-01") == ["error"]
    assert sev("schedule.dates", daily_budget=10, start="2026-12-01", end="2026-12-10") == []


def test_maximum() -> None:
    assert sev("budget.maximum", daily_budget=1_000_001) == ["error"]
    assert sev("budget.maximum", daily_budget=1_000_000) == []
    assert sev("budget.maximum", daily_budget=4_000_000, currency="PLN") == [
        "warning"
    ]  # UNSURE rate


def test_bid_cap_and_type() -> None:
    assert sev("budget.bid_cap", daily_budget=20, bid_cap=10) == ["warning"]
    assert sev("budget.bid_cap", daily_budget=50, bid_cap=10) == []
    assert sev("budget.type", daily_budget=20, lifetime_budget=100, end="2027-01-01") == ["error"]


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"daily_budget": 10, "currency": "XYZ"},
        {"daily_budget": 10, "optimization_goal": "FUN"},
        {"daily_budget": -1},
        {"daily_budget": 10, "dailly": 1},
    ],
)
def test_bad_input_rejected(data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Budget.model_validate(data)


@settings(max_examples=100, deadline=None)
@given(
    daily=st.none() | st.floats(0.01, 1e9),
    life=st.floats(0.01, 1e9),
    days=st.integers(-400, 400),
    cpr=st.none() | st.floats(0.01, 1e6),
    cur=st.sampled_from(["USD", "EUR", "GBP", "PLN"]),
)
def test_never_crashes(
    daily: float | None, life: float, days: int, cpr: float | None, cur: str
) -> None:
    start = date(2026, 1, 1)
    check_budget(
        Budget(
            daily_budget=daily,
            lifetime_budget=None if daily else life,
            start=start,
            end=start + timedelta(days=days),
            expected_cost_per_result=cpr,
            currency=cur,
        )
    )


@pytest.mark.parametrize(
    "goal", ["OFFSITE_CONVERSIONS", "VALUE", "LEAD_GENERATION", "QUALITY_LEAD"]
)
def test_cheap_sales_and_lead_ad_sets_pass(goal: str) -> None:
    """Sales and lead ad sets are charged per impression: the impression minimum applies."""
    assert sev("budget.daily_minimum", daily_budget=10, optimization_goal=goal) == []
    assert sev("budget.daily_minimum", daily_budget=1, optimization_goal=goal) == []
    assert sev("budget.daily_minimum", daily_budget=0.5, optimization_goal=goal) == ["error"]


def test_minimum_follows_the_billing_event() -> None:
    assert sev("budget.daily_minimum", daily_budget=3, optimization_goal="LINK_CLICKS") == ["error"]
    assert (
        sev(
            "budget.daily_minimum",
            daily_budget=3,
            optimization_goal="LINK_CLICKS",
            billing_event="IMPRESSIONS",
        )
        == []
    )
    assert sev(
        "budget.daily_minimum",
        daily_budget=30,
        optimization_goal="APP_INSTALLS",
        billing_event="app_installs",
    ) == ["error"]
    with pytest.raises(ValidationError, match="billing event"):
        Budget.model_validate({"daily_budget": 5, "billing_event": "PURCHASES"})


def test_pln_minimum_uses_the_one_rate_table() -> None:
    from adsage.rules.fx import fx_rates

    rate = fx_rates().rate("PLN")
    assert rate is not None
    found = [
        f
        for f in check_budget(Budget(daily_budget=5, currency="PLN"))
        if f.rule == "budget.daily_minimum"
    ]
    assert len(found) == 1 and found[0].severity == "warning"
    assert f"{2.5 * rate:,.2f} PLN" in found[0].message


def test_converted_cap_only_warns() -> None:
    # 1,000,000 USD converted with a rounded rate: a breach in EUR is a warning, in USD an error.
    assert sev("budget.maximum", daily_budget=2_000_000, currency="EUR") == ["warning"]
    assert sev("budget.maximum", daily_budget=2_000_000) == ["error"]


@pytest.mark.parametrize(
    ("cpr", "lang", "text"),
    [
        (25.0, "pl", "Ok. 30 wyników w ciągu 7 dni"),
        (31.25, "pl", "Ok. 24 wyniki w ciągu 7 dni"),
        (25.0, "en", "About 30 results in 7 days"),
    ],
)
def test_learning_estimate_counts_both_end_dates_and_agrees_in_number(
    cpr: float, lang: str, text: str
) -> None:
    """4,500 over 1 Feb-14 Mar (42 days, as the plan counts them) at 25 a result is 30 a
    week; the check said 31 ("Ok. 31 wyników") next to the plan's 30, and "24 wyników"."""
    b = Budget(
        currency="PLN",
        lifetime_budget=4500,
        start=date(2027, 2, 1),
        end=date(2027, 3, 14),
        optimization_goal="LEAD_GENERATION",
        expected_cost_per_result=cpr,
        lang=lang,
    )
    lp = next(f for f in check_budget(b) if f.rule == "budget.learning_phase")
    assert lp.message.startswith(text), lp.message


@pytest.mark.parametrize(
    ("lang", "text"),
    [("pl", "Ok. 4,2 wyniku w ciągu 7 dni"), ("en", "About 4.2 results in 7 days")],
)
def test_learning_estimate_below_ten_keeps_the_plans_decimal(lang: str, text: str) -> None:
    """15 zł a day at 25 zł a lead is 4.2 a week: the plan says "ok. 4,2 tygodniowo", so the
    check beside it must not round the same figure to "Ok. 4 wyniki"."""
    b = Budget(
        currency="PLN",
        daily_budget=15,
        start=date(2027, 3, 15),
        end=date(2027, 4, 30),
        optimization_goal="LEAD_GENERATION",
        expected_cost_per_result=25.0,
        lang=lang,
    )
    lp = next(f for f in check_budget(b) if f.rule == "budget.learning_phase")
    assert lp.message.startswith(text), lp.message
