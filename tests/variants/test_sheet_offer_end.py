"""An offer that ends before the flight: the sheet never runs an ad that names it past its
last day, and the ad sets still spend exactly the plan's budget."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sheet_support import build_plan_for, errors

from adsage.checks.offer_end import names_offer
from adsage.export.plan_rows import plan_sheet
from adsage.export.spec import export_rules

FLORIST: dict[str, Any] = {
    "brand": "Kwiaciarnia Pod Różą",
    "product": "Bukiety i kompozycje kwiatowe z dostawą w Poznaniu",
    "offer": "Bukiety na Dzień Matki od 89 zł, dostawa w Poznaniu gratis przy zamówieniu do 24 maja",
    "landing_url": "https://podroza.example/dzien-matki",
    "language": "pl",
    "goal": "350 zamówień bukietów online na Dzień Matki (26 maja 2027)",
    "objective": "OUTCOME_SALES",
    "budget": {"amount": 150, "currency": "PLN", "type": "daily"},
    "schedule": {"start": "2027-05-10", "end": "2027-05-26"},
    "audience": {"locations": ["PL"], "age": [20, 50], "interests": ["kwiaty", "prezenty"]},
    "benefits": [
        "Bukiety układane w dniu dostawy ze świeżych kwiatów",
        "Dostawa o wybranej godzinie z bilecikiem",
        "Zdjęcie bukietu wysyłane przed doręczeniem",
    ],
    "tone": "ciepły",
    "placements": ["feed", "stories"],
}
OFFER_END = date(2027, 5, 24)
SAID = "dostawa w Poznaniu gratis przy zamówieniu do 24 maja"


def _stop(row: dict[str, str]) -> date:
    return export_rules().parse_time(row["Ad Set Time Stop"]).date()  # type: ignore[no-any-return]


def _start(row: dict[str, str]) -> date:
    return export_rules().parse_time(row["Ad Set Time Start"]).date()  # type: ignore[no-any-return]


def _names_it(row: dict[str, str]) -> bool:
    texts = [row["Body"], row["Title"], row["Link Description"]]
    return names_offer(texts, OFFER_END, SAID)


def _spent(rows: list[dict[str, str]], kind: str) -> float:
    """What the sheet's ad sets spend in total, each ad set counted once."""
    sets = {r["Ad Set Name"]: r for r in rows}
    if kind == "Daily":
        return sum(
            float(r["Ad Set Daily Budget"]) * ((_stop(r) - _start(r)).days + 1)
            for r in sets.values()
        )
    return sum(float(r["Ad Set Lifetime Budget"]) for r in sets.values())


@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize(("kind", "amount"), [("daily", 150), ("lifetime", 2550)])
def test_ads_naming_the_offer_stop_on_its_last_day(
    make_brief: Any, settings: Any, lang: str, kind: str, amount: int
) -> None:
    brief = make_brief(
        **{
            **FLORIST,
            "language": lang,
            "budget": {**FLORIST["budget"], "type": kind, "amount": amount},
        }
    )
    plan = build_plan_for(brief, settings)
    assert plan.budget.offer_end is not None
    assert plan.budget.offer_end.date == "2027-05-24"
    sheet = plan_sheet(plan)
    rows = sheet.rows
    named = [r for r in rows if _names_it(r)]
    assert named, "a draft states the offer: the test needs one to mean anything"
    # no ad that names the offer runs after the offer's last day
    assert all(_stop(r) <= OFFER_END for r in named)
    # the flight's last days are still covered, by ads that leave the offer out
    assert max(_stop(r) for r in rows) == date(2027, 5, 26)
    late = [r for r in rows if _start(r) > OFFER_END]
    assert late and not any(_names_it(r) for r in late)
    # the sheet spends exactly the plan's budget, and imports without errors
    assert _spent(rows, kind.capitalize()) == pytest.approx(plan.budget.total, abs=0.01)
    assert not errors(sheet)
    # ad names stay unique (the working notes join on them)
    assert len({r["Ad Name"] for r in rows}) == len(rows)
    # the plan says once what the sheet does
    said = [n for n in plan.budget.schedule_notes if "24" in n and "26" in n]
    assert len(said) == 1
    words = {"pl": "bez oferty", "en": "leave the offer out"}[lang]
    assert words in said[0]


def test_an_offer_ending_with_the_flight_splits_nothing(make_brief: Any, settings: Any) -> None:
    brief = make_brief(**{**FLORIST, "schedule": {"start": "2027-05-10", "end": "2027-05-24"}})
    plan = build_plan_for(brief, settings)
    assert plan.budget.offer_end is None
    sheet = plan_sheet(plan)
    assert len({r["Ad Set Name"] for r in sheet.rows}) == len(plan.budget.split)


def test_names_offer_reads_the_date_or_the_offer_words() -> None:
    assert names_offer(["Darmowa dostawa do 24 maja!"], OFFER_END, SAID)
    assert names_offer(["Dostawa w Poznaniu gratis przy zamówieniu dziś."], OFFER_END, SAID)
    assert not names_offer(["Dostawa o wybranej godzinie z bilecikiem."], OFFER_END, SAID)
    assert not names_offer(["Zamów do 26 maja."], OFFER_END, SAID)
    # an unrelated time of day is not a date
    assert not names_offer(["Bukiety od 89 zł."], OFFER_END, SAID)
