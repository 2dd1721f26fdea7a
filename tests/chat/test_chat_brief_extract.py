"""Brief extraction from free text, English and Polish (shared by the chat and Slack)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from adsage.advisor.brief_extract import extract_brief_fields, missing_fields, to_brief
from adsage.advisor.brief_fields import flat_fields, set_field, update_from_text
from adsage.errors import BadInput

TODAY = date(2026, 11, 1)


def x(text: str, current: dict[str, Any] | None = None) -> dict[str, Any]:
    return extract_brief_fields(text, current, today=TODAY)


CASES: list[tuple[str, str, Any]] = [
    # (text, flat field, expected flat value)
    ("We sell freeride snowboards.", "product", "freeride snowboards"),
    ("we're selling handmade candles to students", "product", "handmade candles"),
    ("Our product is a meal-prep app.", "product", "meal-prep app"),
    ("Sprzedajemy chleb na zakwasie.", "product", "chleb na zakwasie"),
    ("Nasz produkt to aplikacja do nauki języków.", "product", "aplikacja do nauki języków"),
    ("We are SnowPeak and we sell boards.", "brand", "SnowPeak"),
    ("Nazywamy się Piekarnia Zakwas.", "brand", "Piekarnia Zakwas"),
    ("write three headlines for SnowPeak", "brand", "SnowPeak"),
    ("napisz trzy nagłówki dla SnowPeak", "brand", "SnowPeak"),
    (
        "Offer: 30% off all boards until 24 December.",
        "offer",
        "30% off all boards until 24 December",
    ),
    ("Wszystko -30% do świąt.", "offer", "Wszystko -30% do świąt"),
    ("Rabat 20% na pierwsze zamówienie.", "offer", "Rabat 20% na pierwsze zamówienie"),
    ("Druga drożdżówka gratis.", "offer", "Druga drożdżówka gratis"),
    (
        "Goal: sell 300 snowboards by 24 December 2026.",
        "goal",
        "Sell 300 snowboards by 24 December 2026",
    ),
    ("We want to get 500 leads in 30 days.", "goal", "Get 500 leads in 30 days"),
    (
        "Chcemy zdobyć 400 zamówień do 31 grudnia 2026.",
        "goal",
        "Zdobyć 400 zamówień do 31 grudnia 2026",
    ),
    (
        "Cel: 200 zapisów na newsletter do końca grudnia",
        "goal",
        "200 zapisów na newsletter do końca grudnia",
    ),
    ("Budget 6000 zł.", "budget", "6000 PLN"),
    ("budget 200 USD a day", "budget", "200 USD daily"),
    ("Budżet dzienny 50 zł.", "budget", "50 PLN daily"),
    ("We can spend $1,500 in total.", "budget", "1500 USD lifetime"),
    ("budżet 6 tys. zł na całą kampanię", "budget", "6000 PLN lifetime"),
    ("6000 zł", "budget", "6000 PLN"),
    ("from 1 to 24 December", "start", "2026-12-01"),
    ("from 1 to 24 December", "end", "2026-12-24"),
    ("od 1 do 24 grudnia", "end", "2026-12-24"),
    ("kampania od 1.12 do 24.12.2026", "start", "2026-12-01"),
    ("runs 2027-01-04 to 2027-03-31", "end", "2027-03-31"),
    ("from December 1 to January 6", "end", "2027-01-06"),
    ("Target Poland and Germany.", "locations", "PL, DE"),
    ("Klienci w Polsce i w Czechach.", "locations", "PL, CZ"),
    ("ads for the UK and Ireland", "locations", "GB, IE"),
    ("people aged 18-35", "age", "18-35"),
    ("osoby w wieku 25–44 lat", "age", "25-44"),
    (
        "interested in snowboarding, freeride and winter sports",
        "interests",
        "snowboarding, freeride, winter sports",
    ),
    ("fani pieczenia i zdrowej kuchni", "interests", "pieczenia, zdrowej kuchni"),
    ("ads in Polish please", "language", "pl"),
    ("reklamy po angielsku", "language", "en"),
    ("landing page https://snowpeak.example/sale.", "landing_url", "https://snowpeak.example/sale"),
    (
        "strona: www.zakwas.example/zamowienia",
        "landing_url",
        "https://www.zakwas.example/zamowienia",
    ),
    ("only stories and reels", "placements", "stories, reels"),
    ("tylko relacje", "placements", "stories"),
    ("tone: energetic", "tone", "energetic"),
    ("ton przyjazny", "tone", "friendly"),
    ("objective: leads", "objective", "OUTCOME_LEADS"),
]


@pytest.mark.parametrize(("text", "field", "expected"), CASES)
def test_extracts_field(text: str, field: str, expected: str) -> None:
    assert flat_fields(x(text)).get(field, "").strip() == expected


@pytest.mark.parametrize(
    "text",
    [
        "How long is the learning phase?",
        "Jak długo trwa faza uczenia?",
        "Our boards cost 1999 zł each.",  # a price, not a budget
        "What is a good CTR for 18-24 year olds?",
        "30% off until Christmas",  # an offer is not a goal
    ],
)
def test_does_not_invent(text: str) -> None:
    found = x(text)
    assert "budget" not in found
    assert "goal" not in found
    assert "locations" not in found.get("audience", {})


def test_full_english_paragraph_is_a_valid_brief() -> None:
    text = (
        "We are SnowPeak and we sell freeride snowboards. 30% off all boards until 24 December. "
        "Goal: sell 300 snowboards by 24 December 2026. Budget 6000 zł total, from 1 to 24 "
        "December. Target Poland, aged 18-35, interested in snowboarding and freeride. "
        "Landing page https://snowpeak.example/sale."
    )
    partial = x(text)
    assert missing_fields(partial) == []
    brief = to_brief(partial)
    assert brief.budget.currency == "PLN" and brief.budget.amount == 6000
    assert brief.audience.locations == ["PL"] and brief.audience.age == (18, 35)
    assert brief.language == "en"


def test_polish_paragraph_accumulates_over_messages() -> None:
    partial = x("Sprzedajemy chleb na zakwasie, marka: Zakwas.")
    partial = x("Budżet dzienny 60 zł, od 1 do 31 grudnia 2026, w Polsce.", partial)
    partial = x("Chcemy zdobyć 400 zamówień do 31 grudnia 2026.", partial)
    assert missing_fields(partial) == ["landing_url"]
    partial = x("https://zakwas.example/zamowienia", partial)
    brief = to_brief(partial)
    assert brief.language == "pl"
    assert brief.budget.type == "daily" and brief.budget.currency == "PLN"


def test_current_is_not_modified_and_interests_accumulate() -> None:
    current = {"audience": {"interests": ["baking"]}}
    merged = x("fans of sourdough", current)
    assert current == {"audience": {"interests": ["baking"]}}
    assert merged["audience"]["interests"] == ["baking", "sourdough"]


def test_to_brief_names_missing_fields() -> None:
    with pytest.raises(BadInput, match="brand.*landing_url"):
        to_brief(x("we sell boards, budget 100 USD"))


def test_set_field_validates_and_hints() -> None:
    partial = set_field({}, "budget", "200 PLN daily")
    assert partial["budget"] == {"amount": 200.0, "currency": "PLN", "type": "daily"}
    assert set_field(partial, "budżet", "300 zł")["budget"]["amount"] == 300
    with pytest.raises(BadInput, match="did you mean 'budget'"):
        set_field(partial, "budjet", "1")
    with pytest.raises(BadInput, match="age"):
        set_field(partial, "age", "40-20")
    with pytest.raises(BadInput, match="not a date"):
        set_field(partial, "start", "soon")


def test_update_from_text_reports_changes() -> None:
    merged, changed = update_from_text({}, "we sell boards, budget 300 USD", lang="en")
    assert set(changed) >= {"product", "budget"}
    assert merged["language"] == "en"
