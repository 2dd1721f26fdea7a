"""A gift occasion at the end of the flight: the last order day from the brief's own
delivery time, or a question for the client when the brief gives none."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from adsage.checks.gift_delivery import (
    RULE,
    add_working_days,
    gift_delivery_findings,
    last_order_day,
)
from adsage.models.brief import Brief

WINE: dict[str, Any] = {
    "brand": "Winnica Sandomierska Skarpa",
    "product": "Sklep internetowy z polskimi winami z własnej winnicy",
    "offer": "Zestaw 3 win na święta za 189 zł zamiast 237 zł",
    "landing_url": "https://sandomierskaskarpa.example/sklep",
    "language": "pl",
    "goal": "Przychód 45 000 zł ze sklepu internetowego do 23 grudnia 2026",
    "objective": "OUTCOME_SALES",
    "budget": {"amount": 9000, "currency": "PLN", "type": "lifetime"},
    "schedule": {"start": "2026-12-02", "end": "2026-12-23"},
    "audience": {
        "locations": ["PL"],
        "age": [28, 60],
        "description": "Osoby szukające prezentu na święta",
    },
    "benefits": [
        "Pakowanie prezentowe w drewnianą skrzynkę",
        "Dostawa kurierem w 2 dni robocze z weryfikacją wieku przy odbiorze",
    ],
}


def _brief(**changes: Any) -> Brief:
    return Brief.model_validate({**WINE, **changes})


def test_working_days_skip_the_weekend() -> None:
    # Friday + 1 working day is Monday
    assert add_working_days(date(2026, 12, 18), 1) == date(2026, 12, 21)
    # 2 working days before Wigilia 2026 (a Thursday): order by Monday 21, delivered Wed 23
    assert last_order_day(date(2026, 12, 24), 2) == date(2026, 12, 21)
    # an occasion on a Monday: the parcel must come on the Friday before
    assert last_order_day(date(2027, 2, 15), 1) == date(2027, 2, 11)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_christmas_flight_says_the_last_order_day_once(lang: str) -> None:
    found = gift_delivery_findings(_brief(language=lang))
    assert [f.rule for f in found] == [RULE]
    text = f"{found[0].message} {found[0].suggestion}"
    day = {"pl": "21 grudnia 2026", "en": "21 December 2026"}[lang]
    assert day in text
    assert "2 dni robocze" in text  # the brief's own words, never an assumed time
    estimate = {"pl": "szacunek", "en": "estimate"}[lang]
    assert estimate in text


def test_no_delivery_time_asks_the_client() -> None:
    benefits = ["Pakowanie prezentowe", "Dostawa kurierem z weryfikacją wieku"]
    found = gift_delivery_findings(_brief(benefits=benefits))
    assert len(found) == 1
    text = f"{found[0].message} {found[0].suggestion}"
    assert "Zapytaj klienta" in text
    assert "dni robocz" not in text


def test_a_flight_that_ends_before_the_last_order_day_says_nothing() -> None:
    # a flight to 22 December: orders on its last day arrive on Wigilia itself
    assert gift_delivery_findings(_brief(schedule={"start": "2026-12-02", "end": "2026-12-22"}))
    assert not gift_delivery_findings(_brief(schedule={"start": "2026-12-02", "end": "2026-12-21"}))
    assert not gift_delivery_findings(_brief(schedule={"start": "2026-12-02", "end": "2026-12-18"}))


def test_nothing_without_delivery_or_occasion() -> None:
    # a service with no delivery
    assert not gift_delivery_findings(_brief(benefits=["Degustacja w winnicy"], offer="Bilety"))
    # a flight far from any gift occasion
    assert not gift_delivery_findings(_brief(schedule={"start": "2027-03-01", "end": "2027-03-31"}))


def test_mothers_day_florist_without_a_delivery_time_is_asked() -> None:
    florist = _brief(
        product="Bukiety i kompozycje kwiatowe z dostawą w Poznaniu",
        offer="Bukiety na Dzień Matki od 89 zł",
        goal="350 zamówień bukietów online na Dzień Matki",
        audience={"locations": ["PL"], "age": [20, 50]},
        benefits=["Dostawa o wybranej godzinie z bilecikiem"],
        schedule={"start": "2027-05-10", "end": "2027-05-26"},
    )
    found = gift_delivery_findings(florist)
    assert len(found) == 1 and "Dzień Matki" in found[0].message
