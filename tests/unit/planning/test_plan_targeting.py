"""Targeting from the brief: a local business named in one city targets that city."""

from __future__ import annotations

from typing import Any

import pytest

from adsage.advisor.targeting import named_cities, restricted, targeting_section
from adsage.models.brief import load_brief_data


def _brief(**over: Any):  # type: ignore[no-untyped-def]
    data: dict[str, Any] = {
        "brand": "Piekarnia Zakwas",
        "product": "Chleb na zakwasie i drożdżówki",
        "landing_url": "https://zakwas.example/zamowienia",
        "language": "pl",
        "goal": "Zdobyć 400 zamówień online do 31 grudnia 2026",
        "budget": {"amount": 60, "currency": "PLN", "type": "daily"},
        "schedule": {"start": "2027-03-01", "end": "2027-03-31"},
        "audience": {
            "locations": ["PL"],
            "age": [25, 55],
            "description": "Mieszkańcy Krakowa, którzy zamawiają na wynos",
        },
    }
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return load_brief_data(data, "brief")


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("Mieszkańcy Krakowa", ["Kraków"]),
        ("rodziny w Warszawie i we Wrocławiu", ["Warszawa", "Wrocław"]),
        ("young parents in Warsaw", ["Warszawa"]),
        ("Łódź i okolice", ["Łódź"]),
        ("people who love Krakowiak dancing", []),
        ("riders who head off-piste", []),
    ],
)
def test_cities_are_read_in_any_case_or_spelling(text: str, cities: list[str]) -> None:
    assert named_cities(text) == cities


def test_local_bakery_targets_its_city_and_says_why() -> None:
    spec = targeting_section(_brief())
    assert [(p.kind, p.name, p.country) for p in spec.places] == [("city", "Kraków", "PL")]
    assert spec.countries == ["PL"]
    assert any("Kraków" in n and "PL" in n for n in spec.notes)


def test_a_shop_that_may_deliver_everywhere_only_gets_the_suggestion() -> None:
    spec = targeting_section(
        _brief(
            brand="TrailBrew",
            product="Coffee subscription",
            language="en",
            goal="Get 200 subscriptions by the end of March 2027",
            audience={"description": "Young professionals in Warsaw who hike"},
        )
    )
    assert spec.places == []
    assert any("Warszawa" in n and "narrow the targeting" in n for n in spec.notes)


def test_places_given_in_the_brief_are_kept_as_they_are() -> None:
    spec = targeting_section(
        _brief(audience={"places": [{"type": "radius", "name": "Kraków", "radius_km": 5}]})
    )
    assert [(p.kind, p.radius_km) for p in spec.places] == [("radius", 5)]
    assert not any("Opis odbiorców" in n for n in spec.notes)


def test_cities_of_another_country_are_not_guessed() -> None:
    spec = targeting_section(_brief(audience={"locations": ["DE"]}))
    assert spec.places == []


def test_restricted_categories_come_from_the_rule_data() -> None:
    assert restricted("HOUSING") and restricted("FINANCIAL_PRODUCTS_SERVICES")
    assert not restricted("NONE") and not restricted("ISSUES_ELECTIONS_POLITICS")


def test_the_special_category_radius_is_stated_in_miles_where_people_read_miles() -> None:
    us = targeting_section(
        _brief(
            language="en",
            special_ad_category="EMPLOYMENT",
            audience={"locations": ["US"], "description": "Truck drivers"},
        )
    )
    assert any("15 mi (25 km)" in n for n in us.notes), us.notes
    pl = targeting_section(_brief(special_ad_category="EMPLOYMENT"))
    assert any("min. 25 km" in n for n in pl.notes) and not any(" mi " in n for n in pl.notes)


def test_raised_radius_note_keeps_the_polish_place_name_undeclined() -> None:
    """ "Promień wokół Wrocław" needs the genitive the code cannot make; the note names the
    place in the nominative instead."""
    tg = targeting_section(
        _brief(
            special_ad_category="HOUSING",
            audience={"places": [{"type": "radius", "name": "Wrocław", "radius_km": 10}]},
        )
    )
    note = next(n for n in tg.notes if "10 km" in n)
    assert note.startswith("Wrocław: promień zwiększony z 10 km do 25 km"), note
    assert "wokół Wrocław " not in note


@pytest.mark.parametrize(
    ("lang", "description", "removed", "parents"),
    [
        (
            "en",
            "Year 12 and Year 13 students choosing universities, and their parents",
            "removed: university, UCAS",
            "The brief also names parents",
        ),
        (
            "pl",
            "Uczniowie klas maturalnych wybierający studia oraz ich rodzice",
            "usunięto: university, UCAS",
            "Brief wskazuje też grupę „rodzice”",
        ),
    ],
)
def test_under_18s_get_age_and_location_only_and_the_parents_are_named(
    lang: str, description: str, removed: str, parents: str
) -> None:
    brief = _brief(
        language=lang,
        audience={
            "locations": ["GB"],
            "age": [16, 19],
            "interests": ["university", "UCAS"],
            "description": description,
        },
    )
    spec = targeting_section(brief)
    assert (spec.age_min, spec.age_max) == (16, 19)
    assert spec.interests == [] and spec.custom_audiences == [] and not spec.lookalikes
    notes = " ".join(spec.notes)
    assert removed in notes and parents in notes
    assert "18-19" in notes
    # lookalikes are not for under-18s either: no advice to add one
    assert "No lookalike" not in notes and "Bez grup podobnych" not in notes


def test_a_small_radius_is_set_by_hand_not_as_a_city() -> None:
    brief = _brief(
        audience={
            "places": [
                {"type": "radius", "name": "Wrocław Krzyki", "country": "PL", "radius_km": 4}
            ]
        }
    )
    spec = targeting_section(brief)
    assert any("Wrocław Krzyki +4 km" in n and "pinezki" in n for n in spec.notes)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "śląskie, opolskie: set by hand in Ads Manager before publishing"),
        ("pl", "śląskie, opolskie: ustaw ręcznie w Menedżerze reklam przed publikacją"),
    ],
)
def test_regions_the_sheet_cannot_carry_are_said_in_the_plan(lang: str, said: str) -> None:
    # the bulk sheet has no sourced cell for a region: without this line only the sheet's
    # side notes say the imported ad set reaches the whole country
    brief = _brief(
        language=lang,
        audience={
            "places": [
                {"type": "region", "name": "śląskie", "country": "PL"},
                {"type": "region", "name": "opolskie", "country": "PL"},
            ]
        },
    )
    notes = targeting_section(brief).notes
    assert [n for n in notes if n.startswith(said)]


def test_a_city_radius_the_sheet_carries_gets_no_by_hand_line() -> None:
    brief = _brief(
        audience={
            "places": [{"type": "radius", "name": "Kraków", "country": "PL", "radius_km": 20}]
        }
    )
    assert not [n for n in targeting_section(brief).notes if "ustaw ręcznie" in n]
