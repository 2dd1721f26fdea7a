"""Reading the one price a brief sells at, and the cost per purchase a ROAS floor means there.

A wrong cap would throttle or overspend a campaign, so anything short of one clear price (a
range, "from", two prices, a discount without its price, a monthly fee, another currency,
a catalogue) must read as no single price, and the plan keeps the ROAS goal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adsage.checks.goal.parse import parse_goal
from adsage.models.brief import load_brief
from adsage.planning.single_price import price_cap, sold_price

DATA = Path(__file__).resolve().parents[2] / "data"
EXCEL = DATA / "review6_briefs" / "07_excel_pl.yaml"


@pytest.mark.parametrize(
    ("texts", "amount", "currency"),
    [
        # the price before the cut is not what a buyer pays
        (["Kurs Excel", "Cena 297 zł zamiast 497 zł do 30 września 2027"], 297.0, "PLN"),
        (["Only £49 today"], 49.0, "GBP"),
        (["Price 1 299,00 zł"], 1299.0, "PLN"),
        (["£1,299.50 now"], 1299.5, "GBP"),
        (["Was £79, now £49"], 49.0, "GBP"),
        (["£49 instead of £79"], 49.0, "GBP"),
        # the same price said twice is still one price
        (["Kurs za 297 zł", "Cena 297 PLN"], 297.0, "PLN"),
    ],
)
def test_one_price_is_read(texts: list[str], amount: float, currency: str) -> None:
    found = sold_price(texts)
    assert found is not None
    assert (found.amount, found.currency) == (amount, currency)


@pytest.mark.parametrize(
    "texts",
    [
        ["Kursy od 197 zł"],  # a "from" price
        ["Ceny 197–497 zł"],  # a range
        ["Kurs 297 zł", "Pakiet z mentoringiem 597 zł"],  # two products
        ["Free engraving on orders over 60 GBP"],  # a threshold, not a price
        ["Up to 400 GBP off selected e-bikes"],  # a discount without the price
        ["Abonament 49 zł/mies."],  # a monthly fee
        ["Darmowa dostawa przy zamówieniu od 3000 zł"],
        ["Kurs online Excel"],  # no price at all
    ],
)
def test_no_single_price(texts: list[str]) -> None:
    assert sold_price(texts) is None


def _parsed(brief):  # type: ignore[no-untyped-def]
    return parse_goal(brief.goal, today=brief.schedule.start, lang=brief.language)


def test_the_roas_floor_at_one_price_is_price_over_floor() -> None:
    brief = load_brief(EXCEL)
    cap = price_cap(brief, _parsed(brief), "OUTCOME_SALES", "manual")
    assert cap is not None
    assert (cap.price.amount, cap.floor, cap.cap) == (297.0, 2.5, 118.8)


@pytest.mark.parametrize(
    ("update", "objective", "structure"),
    [
        ({}, "OUTCOME_LEADS", "manual"),  # not a sales plan
        ({}, "OUTCOME_SALES", "advantage_plus_sales"),  # catalogue ads
        ({"catalog": True}, "OUTCOME_SALES", "manual"),
        ({"product_count": 3}, "OUTCOME_SALES", "manual"),
        ({"offer": "Kursy od 197 zł"}, "OUTCOME_SALES", "manual"),
        # a price in another currency than the budget's is never converted
        ({"offer": "Cena 69 EUR"}, "OUTCOME_SALES", "manual"),
        # no ROAS floor: nothing to turn into a cap
        ({"goal": "400 sprzedaży kursu we wrześniu 2027"}, "OUTCOME_SALES", "manual"),
        # the goal's own cost cap is the bid: never two caps
        (
            {
                "goal": "400 sprzedaży kursu we wrześniu 2027, CPA poniżej 100 zł, ROAS co najmniej 2,5"
            },
            "OUTCOME_SALES",
            "manual",
        ),
    ],
)
def test_no_cap_where_the_reading_is_not_sound(
    update: dict[str, object], objective: str, structure: str
) -> None:
    brief = load_brief(EXCEL).model_copy(update=update)
    parsed = _parsed(brief)
    if "ROAS" in brief.goal:  # the floor is read, so only the named condition rules it out
        assert any(c.metric == "roas" for c in parsed.constraints)
    assert price_cap(brief, parsed, objective, structure) is None
