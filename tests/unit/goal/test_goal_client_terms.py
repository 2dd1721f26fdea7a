"""The goal check keeps the client's own terms: their weeks, words, numbers and caps."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import GoalReport, check_goal
from adsage.checks.goal.parse import parse_goal

START = date(2027, 1, 4)


def _check(
    text: str, objective: str, budget: float, currency: str, end: date, start: date = START
) -> GoalReport:
    """The goal checked as a plan checks it: the campaign starts today."""
    return check_goal(
        text,
        objective=objective,
        budget=budget,
        currency=currency,
        start=start,
        end=end,
        today=start,
    )


def test_eight_weeks_from_the_start_fit_an_eight_week_campaign() -> None:
    # 4 January + 8 weeks counted inclusively ends on 28 February, the campaign's last day.
    r = _check("Get 300 leads in 8 weeks", "OUTCOME_LEADS", 20000, "PLN", date(2027, 2, 28))
    assert r.parsed.deadline == date(2027, 2, 28)
    assert r.parsed.period_days == 56
    assert r.criteria["achievable"].passed, r.criteria["achievable"].reason
    assert not any(f.field == "end" for f in r.findings)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("300 completed driver applications in 8 weeks", "leads"),
        ("120 demo requests by March", "leads"),
        ("40 demos booked this quarter", "leads"),
        ("5,000 app installs in 6 weeks", "installs"),
        ("800 trial starts in the app this quarter", "signups"),
        ("2,000 new subscribers this quarter", "signups"),
        ("Pozyskać 200 nowych prenumeratorów do końca marca", "signups"),
        ("Zdobyć 150 kandydatów na kierowców w 6 tygodni", "leads"),
        ("ROAS of 4 this quarter", "roas"),
    ],
)
def test_metric_vocabulary(text: str, metric: str) -> None:
    assert parse_goal(text, today=START).metric == metric


@pytest.mark.parametrize(
    ("text", "metric", "value", "bound"),
    [
        ("Get 5,000 app installs with CPI below $2.50 in 6 weeks", "cpi", 2.5, "max"),
        ("Get 120 demo requests by 31 March 2027 at under $150 per demo", "cpl", 150.0, "max"),
        ("Sell 400 orders with a ROAS of at least 4 by 30 June 2027", "roas", 4.0, "min"),
    ],
)
def test_constraints_are_parsed_next_to_the_target(
    text: str, metric: str, value: float, bound: str
) -> None:
    p = parse_goal(text, today=START)
    assert p.target is not None and p.metric not in {"cpi", "cpl", "roas"}
    (c,) = p.constraints
    assert (c.metric, c.value, c.bound) == (metric, value, bound)


def test_cap_below_the_market_warns_and_budget_implied_cost_is_reported() -> None:
    r = _check(
        "Get 1,000 app installs with CPI below $1 in 6 weeks",
        "OUTCOME_APP_PROMOTION",
        5000,
        "USD",
        date(2027, 2, 14),
    )
    caps = [f for f in r.findings if "cap" in f.message]
    assert any(f.severity == "warning" and "USD\u00a01" in f.message for f in caps)
    # 5,000 USD for 1,000 installs is 5 USD each: looser than the 1 USD cap, so no "tighter"
    assert not any("tighter" in f.message for f in r.findings)


def test_rewrite_keeps_target_metric_and_constraints() -> None:
    # the deadline is after the campaign: only the deadline changes
    text = "Get 300 driver applications from Silesia under 60 PLN per application by 30 April 2027"
    r = _check(text, "OUTCOME_LEADS", 30000, "PLN", date(2027, 3, 31))
    assert r.rewrite is not None
    assert "300 driver applications from Silesia under 60 PLN per application" in r.rewrite
    assert "31 March 2027" in r.rewrite and "April" not in r.rewrite
    again = _check(r.rewrite, "OUTCOME_LEADS", 30000, "PLN", date(2027, 3, 31))
    assert again.parsed.target == 300 and again.parsed.metric == "leads"
    assert again.parsed.constraints == r.parsed.constraints


def test_out_of_reach_target_is_kept_and_both_options_are_offered() -> None:
    # 1,500 PLN at the Polish market's typical CPA buys far fewer than 50 orders
    r = _check(
        "Sell 50 candles by 20 December 2026",
        "OUTCOME_SALES",
        1500,
        "PLN",
        date(2026, 12, 20),
        start=date(2026, 12, 1),
    )
    ach = r.criteria["achievable"]
    assert not ach.passed and "50" in ach.reason and "PLN" in ach.reason
    assert r.rewrite is None  # the client's 50 is not silently cut
    (f,) = [f for f in r.findings if f.rule == "goal.achievable"]
    assert (
        f.suggestion and "raise the budget" in f.suggestion and "lower the target" in f.suggestion
    )


def test_reach_target_is_not_rewritten_to_another_number() -> None:
    r = _check(
        "Reach 80 000 people in Kraków within 4 weeks",
        "OUTCOME_AWARENESS",
        300,
        "PLN",
        date(2027, 1, 31),
    )
    assert r.rewrite is None or "80,000" in r.rewrite or "80 000" in r.rewrite
