"""A price in the goal says what the product costs, never how many results to get.

"More clients for the 12-week programme (349 GBP)" once became "Get 349 qualified leads", and
the programme's length a 12-week window. A money figure the goal should reach (raise, collect,
revenue) and a cost per result ("30 zł za lead") are still read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal
from adsage.checks.goal.parse import parse_goal

TODAY = date(2026, 11, 30)


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse_goal(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "More clients for the 12-week programme (349 GBP)",
        "Więcej klientów na 12-tygodniowy program (349 zł)",
        "Więcej klientów na program za 349 zł",
        "More sign-ups for the course priced at 349 GBP",
        "Sell more of the 349 GBP programme",
        "Więcej zapisów na kurs w cenie 349 zł",
    ],
)
def test_a_price_is_no_target(text: str) -> None:
    g = _p(text)
    assert g.target is None
    assert g.currency is None
    assert not g.constraints
    assert g.deadline is None and g.period_days is None  # the programme's length is no window


def test_a_count_next_to_a_price_is_kept() -> None:
    g = _p("Sell the 349 GBP programme to 40 new clients by March")
    assert (g.metric, g.target, g.currency) == ("purchases", 40, None)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Keep CPA at 25 EUR", ("cpa", 25, "EUR")),
        ("Utrzymać CPL na poziomie 20 zł", ("cpl", 20, "PLN")),
        ("Zebrać 180 000 zł z 1,5% podatku", (None, 180_000, "PLN")),
        ("Zebrać 50 000 zł na leczenie do marca", (None, 50_000, "PLN")),
        ("Generate 10,000 EUR revenue", ("revenue", 10_000, "EUR")),
        ("Zebrać 50 000 zł darowizn do marca", (None, 50_000, "PLN")),
        ("Collect 10,000 EUR funding by March", (None, 10_000, "EUR")),
        ("Get 300 leads in a 6-week campaign", ("leads", 300, None)),
    ],
)
def test_money_targets_and_campaign_windows_still_read(
    text: str, reading: tuple[object, ...]
) -> None:
    g = _p(text)
    assert (g.metric, g.target, g.currency) == reading


def test_a_six_week_campaign_is_still_a_window() -> None:
    assert _p("Get 300 leads in a 6-week campaign").period_days == 42


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("More clients for the 12-week programme (349 GBP)", "349"),
        ("Więcej klientów na 12-tygodniowy program (349 zł)", "349"),
    ],
)
def test_the_check_asks_for_the_count_not_the_price(text: str, price: str) -> None:
    report = check_goal(
        text,
        budget=35 * 84,
        currency="GBP",
        start=date(2027, 1, 4),
        end=date(2027, 3, 28),
        today=TODAY,
    )
    specific = report.criteria["specific"]
    assert not specific.passed
    assert price not in specific.reason
    assert price not in report.criteria["measurable"].reason
    assert report.rewrite is not None
    assert price not in report.rewrite  # the suggested count is not the price
