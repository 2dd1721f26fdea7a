"""The lowest price a brief gives, and the margin question when the typical cost per purchase
is most of it; never a margin of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adsage.advisor.order_margin import margin_question
from adsage.models.brief import Brief, load_brief
from adsage.models.plan import ABNumbers, PlanNumbers
from adsage.planning.single_price import any_price, entry_price

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review7_briefs"


@pytest.mark.parametrize(
    ("texts", "amount", "currency"),
    [
        (["Bukiety na Dzień Matki od 89 zł, dostawa gratis"], 89.0, "PLN"),
        (["Bouquets from 89 USD", "Large ones from 149 USD"], 89.0, "USD"),
        (["Cena 297 zł zamiast 497 zł"], 297.0, "PLN"),  # one price is its own lowest
    ],
)
def test_the_lowest_price_an_order_costs(texts: list[str], amount: float, currency: str) -> None:
    price = entry_price(texts)
    assert price is not None and (price.amount, price.currency) == (amount, currency)


@pytest.mark.parametrize(
    "texts", [["coffee"], ["Orders over 200 zł ship free"], ["from 89 zł", "from 20 EUR"]]
)
def test_no_lowest_price_without_a_from_price_in_one_currency(texts: list[str]) -> None:
    assert entry_price(texts) is None


def test_any_price_sees_an_amount_with_a_currency() -> None:
    assert any_price(["Orders over 200 zł ship free"]) and not any_price(["coffee", None])


def _nums(cost: float, metric: str = "purchases", currency: str = "PLN") -> PlanNumbers:
    ab = ABNumbers(
        metric="cvr", baseline_rate=0.02, sample_size_per_variant=1, impressions_needed=1,
        budget_needed=1, daily_budget=1, days_needed=1, duration_days=1, fits=True,
    )  # fmt: skip
    return PlanNumbers(
        currency=currency, total=2550, days=17, weeks=2.4, daily=150, metric=metric,
        cost_per_result=cost, results_expected=42, results_per_week=17, cpm=None,
        ctr_link=None, cpc=None, structure="", ad_sets=1, learning_events_per_week=None, ab=ab,
    )  # fmt: skip


def _brief(**update: Any) -> Brief:
    return load_brief(BRIEFS / "05_kwiaciarnia_pl.yaml").model_copy(update=update)


def test_a_cost_per_purchase_near_the_price_asks_for_margin_and_order_value() -> None:
    note = margin_question(_brief(), _nums(60.0)).replace("\u00a0", " ")
    assert "60 zł" in note and "od 89 zł" in note and "67%" in note
    assert "marża" in note and "średnia wartość zamówienia" in note
    en = margin_question(_brief(language="en"), _nums(60.0)).replace("\u00a0", " ")
    assert "PLN 60" in en and "from PLN 89" in en and "average order value" in en


@pytest.mark.parametrize(
    ("update", "nums"),
    [
        ({}, _nums(30.0)),  # a third of the price: room left
        ({}, _nums(60.0, metric="leads")),
        ({}, _nums(60.0, currency="EUR")),  # never converted
        ({"offer": "Dostawa gratis"}, _nums(60.0)),  # no price
    ],
)
def test_no_question_when_the_cost_leaves_room_or_the_figures_do_not_compare(
    update: dict[str, Any], nums: PlanNumbers
) -> None:
    assert margin_question(_brief(**update), nums) == ""
