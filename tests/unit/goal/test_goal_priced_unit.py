"""The result a "per X" cost clause prices never takes the client's count from the main clause.

"Register 150 new pet patients … at under 20 EUR per registration" once lost 150 (the cost
clause took the metric) and "5,000 new bike listings … at a cost per listing under 3 GBP" lost
both the number and the cap, so the rewrite invented a count of purchases. The client's count
and cap are kept, and a marketplace listing is never read as a purchase.
"""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal
from adsage.checks.goal.parse import parse_goal

TODAY = date(2026, 11, 30)


def _reading(text: str) -> tuple[object, ...]:
    g = parse_goal(text, today=TODAY)
    caps = tuple((c.metric, c.value, c.bound, c.currency) for c in g.constraints)
    return g.metric, g.target, caps


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Register 150 new pet patients by 30 June 2027 at under 20 EUR per registration",
            ("signups", 150, (("cpa", 20, "max", "EUR"),)),
        ),
        (
            "Zarejestrować 150 nowych pacjentów do 30 czerwca 2027 przy koszcie poniżej 20 EUR"
            " za rejestrację",
            ("signups", 150, (("cpa", 20, "max", "EUR"),)),
        ),
        # the main clause names no result: the count is of what the cap prices
        (
            "Get 150 new pet patients by 30 June 2027 at under 20 EUR per registration",
            ("signups", 150, (("cpa", 20, "max", "EUR"),)),
        ),
        (
            "Pozyskać 150 nowych pacjentów do 30 czerwca 2027 przy koszcie poniżej 80 zł"
            " za rejestrację",
            ("signups", 150, (("cpa", 80, "max", "PLN"),)),
        ),
        (
            "5,000 new bike listings from private sellers in 8 weeks at a cost per listing"
            " under 3 GBP",
            ("leads", 5000, (("cpl", 3, "max", "GBP"),)),
        ),
        (
            "5000 nowych ogłoszeń rowerów w 8 tygodni przy koszcie ogłoszenia poniżej 12 zł",
            ("leads", 5000, (("cpl", 12, "max", "PLN"),)),
        ),
        (
            "5000 nowych ogłoszeń w 8 tygodni, najwyżej 12 zł za ogłoszenie",
            ("leads", 5000, (("cpl", 12, "max", "PLN"),)),
        ),
        # unchanged: a count next to its own result word, a cap on the same result
        (
            "Get 120 demos at under $150 per demo",
            ("leads", 120, (("cpl", 150, "max", "USD"),)),
        ),
        (
            "Sell 400 orders at 30 PLN per order",
            ("purchases", 400, (("cpa", 30, "max", "PLN"),)),
        ),
    ],
)
def test_count_and_cap_are_kept(text: str, reading: tuple[object, ...]) -> None:
    assert _reading(text) == reading


@pytest.mark.parametrize(
    ("text", "budget", "currency", "schedule", "target"),
    [
        (
            "Register 150 new pet patients by 30 June 2027 at under 20 EUR per registration",
            2700,
            "EUR",
            (date(2027, 4, 1), date(2027, 6, 30)),
            "150",
        ),
        (
            "5,000 new bike listings from private sellers in 8 weeks at a cost per listing"
            " under 3 GBP",
            14000,
            "GBP",
            (date(2027, 3, 1), date(2027, 4, 25)),
            "5,000",
        ),
        (
            "5000 nowych ogłoszeń w 8 tygodni, najwyżej 12 zł za ogłoszenie",
            30000,
            "PLN",
            (date(2027, 3, 1), date(2027, 4, 25)),
            "5000",
        ),
    ],
)
def test_the_check_names_the_clients_count_and_cap(
    text: str, budget: float, currency: str, schedule: tuple[date, date], target: str
) -> None:
    start, end = schedule
    report = check_goal(text, budget=budget, currency=currency, start=start, end=end, today=TODAY)
    assert report.criteria["specific"].passed
    assert target in report.criteria["specific"].reason.replace("\xa0", "").replace(" ", "")
    achievable = report.criteria["achievable"].reason
    cap = {"EUR": "EUR 20", "GBP": "GBP 3", "PLN": "12 zł"}[currency]
    assert cap in achievable.replace("\xa0", " ")
    assert "purchase" not in achievable and "zakup" not in achievable
