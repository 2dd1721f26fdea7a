"""The bulk sheet carries the plan's places and says what it cannot carry (audiences, regions)."""

from __future__ import annotations

from typing import Any

import pytest
from sheet_support import build_plan_for, errors
from variant_fakes import PL_BRIEF

from adsage.export.places import where
from adsage.export.plan_rows import plan_sheet
from adsage.models.plan import PlaceTarget

GDANSK = {"type": "radius", "name": "Gdańsk", "country": "PL", "radius_km": 30}


def _plan(make_brief: Any, settings: Any, **audience: Any) -> Any:
    brief = make_brief(**{**PL_BRIEF, "audience": {**PL_BRIEF["audience"], **audience}})
    return build_plan_for(brief, settings)


def test_a_radius_replaces_the_country_on_every_ad_set(make_brief: Any, settings: Any) -> None:
    plan = _plan(make_brief, settings, places=[GDANSK])
    assert [p.name for p in plan.targeting.places] == ["Gdańsk"]
    sheet = plan_sheet(plan)
    assert {r["Cities"] for r in sheet.rows} == {"Gdańsk, Poland +30km"}
    # Ads Manager adds locations together: "PL" beside the radius would reach all of Poland
    assert {r["Countries"] for r in sheet.rows} == {""}
    assert {r["Regions"] for r in sheet.rows} == {""}
    assert errors(sheet) == []


def test_without_places_the_sheet_targets_the_countries(make_brief: Any, settings: Any) -> None:
    sheet = plan_sheet(_plan(make_brief, settings))
    assert {r["Countries"] for r in sheet.rows} == {"PL"}
    assert {r["Cities"] for r in sheet.rows} == {""}


def test_the_retargeting_ad_set_says_which_audience_to_attach(
    make_brief: Any, settings: Any
) -> None:
    # with no audience to retarget the plan has no retargeting ad set, so nothing to attach
    plan = _plan(make_brief, settings)
    assert not any(x.key == "retargeting" for x in plan.budget.split)
    assert all("niestandardową" not in n["Audience Notes"] for n in plan_sheet(plan).notes)

    # a named audience and enough budget for a retargeting ad set of its own
    audience = {**PL_BRIEF["audience"], "custom_audiences": ["Odwiedzający stronę 30 dni"]}
    budget = {"amount": 12000, "currency": "PLN", "type": "lifetime"}
    named = build_plan_for(
        make_brief(**{**PL_BRIEF, "audience": audience, "budget": budget}), settings
    )
    sheet = plan_sheet(named)
    line = next(x for x in named.budget.split if x.key == "retargeting")
    notes = {n["Ad Set Name"].split(" | ")[2]: n["Audience Notes"] for n in sheet.notes}
    assert "celuje w niestandardowe grupy odbiorców Odwiedzający stronę 30 dni" in notes[line.name]
    others = [name for name in notes if name != line.name]
    assert others and all("wyklucza" in notes[n] for n in others)
    # the import rows themselves: retargeting targets the audience, the rest exclude it
    rows = {r["Ad Set Name"].split(" | ")[2]: r for r in sheet.rows}
    warm = rows[line.name]
    assert warm["Custom Audiences"] == "Odwiedzający stronę 30 dni"
    assert warm["Excluded Custom Audiences"] == "" and warm["Advantage Audience"] == "0"
    for name in others:
        assert rows[name]["Custom Audiences"] == ""
        assert rows[name]["Excluded Custom Audiences"] == "Odwiedzający stronę 30 dni"


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_places_the_sheet_cannot_write_keep_the_country_and_say_so(lang: str) -> None:
    places = [
        PlaceTarget(kind="region", name="Pomorskie", country="PL"),
        PlaceTarget(kind="city", name="Sopot"),  # no country: the only targeted one
        PlaceTarget(kind="radius", name="Berlin", country="DE", radius_km=20),
    ]
    got = where(places, ("PL", "DE", "CZ"), lang)
    # Sopot has no country and three are targeted: it cannot be placed, so it is a note
    assert got.cities == ("Berlin, Germany +20km",)
    assert got.countries == ("PL", "CZ")
    assert len(got.notes) == 2
    assert "Pomorskie" in got.notes[0] and ("Polska" if lang == "pl" else "Poland") in got.notes[0]
    assert "Sopot" in got.notes[1]
    single = where([PlaceTarget(kind="city", name="Sopot")], ("PL",), lang)
    assert single == type(single)(countries=(), cities=("Sopot, Poland",), notes=())


def test_variant_sheets_carry_the_briefs_places(make_brief: Any, settings: Any) -> None:
    from adsage.export import SheetOptions, variant_sheet
    from adsage.variants import generate_variants

    brief = make_brief(**{**PL_BRIEF, "audience": {**PL_BRIEF["audience"], "places": [GDANSK]}})
    vs = generate_variants(brief, "headline", 2, settings=settings)
    sheet = variant_sheet([vs], [brief], SheetOptions())
    assert {r["Cities"] for r in sheet.rows} == {"Gdańsk, Poland +30km"}
    assert {r["Countries"] for r in sheet.rows} == {""}


@pytest.mark.parametrize(("lang", "word"), [("en", "pin"), ("pl", "pinezki")])
def test_a_radius_below_the_city_minimum_is_not_a_city_cell(lang: str, word: str) -> None:
    places = [PlaceTarget(kind="radius", name="Wrocław Krzyki", country="PL", radius_km=4)]
    got = where(places, ("PL",), lang)
    # never "Wrocław Krzyki, Poland +4km": the country stays and the buyer sets the pin
    assert got.cities == () and got.countries == ("PL",)
    assert len(got.notes) == 1 and "4 km" in got.notes[0] and word in got.notes[0]
