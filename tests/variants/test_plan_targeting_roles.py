"""Targeting a strategist can act on, read from whole plans (EN and PL): what a named city is
to the business, an area the brief already gives, 65 as 65+, no ad set the plan does not
build, and a car dealer's result being a lead rather than an online purchase."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from sheet_support import build_plan_for

from adsage.export import write_csv
from adsage.export.plan_rows import plan_sheet
from adsage.models.brief import load_brief_data
from adsage.render.plan_md import plan_markdown as render_markdown

DATA = Path(__file__).resolve().parents[1] / "data"
HOTEL = DATA / "review_briefs" / "15_hotel_pl.yaml"
PLUMBER = DATA / "review2_briefs" / "17_hydraulik_pl.yaml"
UNIVERSITY = {"en": "22_university_en", "pl": "22b_uczelnia_pl"}
CARS = DATA / "review2_briefs" / "16_usedcars_en.yaml"


def _data(path: Path) -> dict[str, Any]:
    import yaml

    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def _plan(data: dict[str, Any], settings: Any) -> Any:
    return build_plan_for(load_brief_data(data, "brief"), settings)


def _sheet_rows(plan: Any) -> list[dict[str, str]]:
    rows = plan_sheet(plan).rows
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


def _hotel(lang: str) -> dict[str, Any]:
    data = _data(HOTEL)
    if lang == "en":
        data["language"] = "en"
        data["audience"]["description"] = (
            "Couples from big cities (Warsaw, Krakow, Katowice) planning a winter weekend"
        )
    return data


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_hotel_reads_the_cities_as_where_guests_come_from(lang: str, settings: Any) -> None:
    plan = _plan(_hotel(lang), settings)
    tg = plan.targeting
    assert [(p.kind, p.name) for p in tg.places] == [
        ("city", "Warszawa"),
        ("city", "Kraków"),
        ("city", "Katowice"),
    ]
    text = render_markdown(plan)
    # never advice about selling or delivering there, which a destination does not do
    for wrong in ("sell or deliver", "sprzedajesz lub dostarczasz", "wskazuje Warszawa"):
        assert wrong not in text, wrong
    note = next(n for n in tg.notes if "Warszawa" in n)
    if lang == "pl":
        assert "wymienia miasta: Warszawa, Kraków, Katowice." in note
        assert "rynek źródłowy" in note and "obszar dostawy" in note
    else:
        assert "names the cities Warszawa, Kraków, Katowice." in note
        assert "a source market, not a delivery area" in note
    # the sheet targets the same cities
    cities = {r["Cities"] for r in _sheet_rows(plan)}
    assert cities == {"Warszawa, Poland; Kraków, Poland; Katowice, Poland"}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("pl", "Opis odbiorców wymienia miasto: Warszawa, a targetowanie obejmuje cały kraj"),
        ("en", "The audience description names the city Warszawa, but the targeting covers"),
    ],
)
def test_a_business_that_may_deliver_gets_a_grammatical_suggestion(
    lang: str, expected: str
) -> None:
    from adsage.advisor.targeting import targeting_section

    brief = load_brief_data(
        {
            "brand": "TrailBrew",
            "product": "Coffee subscription" if lang == "en" else "Subskrypcja kawy",
            "landing_url": "https://trailbrew.example",
            "language": lang,
            "goal": "Get 200 subscriptions by the end of March 2027",
            "budget": {"amount": 60, "currency": "PLN", "type": "daily"},
            "schedule": {"start": "2027-03-01", "end": "2027-03-31"},
            "audience": {
                "locations": ["PL"],
                "age": [25, 55],
                "description": "Young professionals in Warsaw"
                if lang == "en"
                else "Młodzi profesjonaliści w Warszawie",
            },
        },
        "brief",
    )
    spec = targeting_section(brief)
    assert spec.places == []
    assert any(n.startswith(expected) for n in spec.notes), spec.notes


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("given", ["places", "description", "none"])
def test_a_trade_is_asked_for_its_area_only_when_the_brief_gives_none(
    lang: str, given: str, settings: Any
) -> None:
    data = _data(PLUMBER)
    data["language"] = lang
    aud = data["audience"]
    if given != "places":
        aud.pop("places")
    if given == "none":
        aud["description"] = "Właściciele mieszkań i domów"
    plan = _plan(data, settings)
    asked = "the area the team covers" if lang == "en" else "obszar, na którym działa ekipa"
    notes = " ".join(plan.copy_notes)
    assert (asked in notes) == (given == "none"), notes
    objections = " ".join(o for p in plan.personas for o in p.objections)
    answered = "Gdańsk, Sopot, Gdynia." in objections
    assert answered == (given != "none"), objections
    if given != "none":  # the places the brief gives are the ad set's locations
        assert [p.name for p in plan.targeting.places] == ["Gdańsk", "Sopot", "Gdynia"]


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_age_65_reads_65_plus_in_the_plan_and_stays_a_number_in_the_sheet(
    lang: str, settings: Any
) -> None:
    data = _data(PLUMBER)
    data["language"] = lang
    plan = _plan(data, settings)
    assert (plan.targeting.age_min, plan.targeting.age_max) == (30, 65)
    text = render_markdown(plan)
    label = "age" if lang == "en" else "wiek"
    # a range in the plan's text has an en dash, in both languages; the sheet keeps numbers
    assert f"- {label}: 30–65+\n" in text
    assert "(30–65+)" in text  # the note on the adjusted range
    assert "30-65" not in text and "30–65 " not in text and "30–65)" not in text
    rows = _sheet_rows(plan)
    assert {(r["Age Min"], r["Age Max"]) for r in rows} == {("30", "65")}


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_no_ad_set_is_described_that_the_plan_does_not_build(lang: str, settings: Any) -> None:
    plan = _plan(_data(DATA / "review2_briefs" / f"{UNIVERSITY[lang]}.yaml"), settings)
    text = render_markdown(plan)
    # the plan's ad sets are its budget lines, and the sheet has exactly those
    lines = {ln.name for ln in plan.budget.split}
    in_sheet = {r["Ad Set Name"].split(" | ")[2] for r in _sheet_rows(plan)}
    assert in_sheet == lines
    assert not any("rodzic" in n.lower() or "parent" in n.lower() for n in lines)
    # so the notes never tell the buyer to run one for the parents or for the 18+
    for phantom in (
        "add a separate ad set",
        "give them an ad set of their own",
        "dodaj dla tej grupy osobny zestaw",
        "daj jej osobny zestaw",
    ):
        assert phantom not in text, phantom
    said = (
        "neither its budget split nor its bulk sheet has an ad set for them"
        if lang == "en"
        else "ani podział budżetu, ani arkusz importu nie mają dla niej zestawu reklam"
    )
    assert said in text
    # the parents' persona says it is outside the ages the plan targets
    outside = "outside this plan's targeting" if lang == "en" else "poza targetowaniem"
    parent = next(p for p in plan.personas if outside in p.demographics)
    assert parent.demographics.startswith(("Ages 40–60", "40–60 lat"))
    assert "17-17" not in text and "17–17" not in text  # one age reads as one age


def _cars(**changes: Any) -> dict[str, Any]:
    data = _data(CARS)
    data.update(changes)
    return data


@pytest.mark.parametrize(
    "changes",
    [
        {"goal": "Sell more cars"},
        {"objective": "OUTCOME_SALES"},
        {"goal": "Sprzedać więcej samochodów", "language": "pl"},
    ],
)
def test_a_car_dealer_plans_leads_not_online_purchases(
    changes: dict[str, Any], settings: Any, tmp_path: Path
) -> None:
    plan = _plan(_cars(**changes), settings)
    assert plan.objective.objective == "OUTCOME_LEADS"
    assert plan.objective.optimization_goal != "VALUE"
    assert plan.structure != "advantage_plus_sales"
    keys = [ln.key for ln in plan.budget.split]
    assert "advantage_sales" not in keys
    kpis = " ".join(k.name for k in plan.objective.kpis)
    assert "CPL" in kpis and "CPA" not in kpis and "ROAS" not in kpis
    text = render_markdown(plan)
    assert "purchase value" not in text and "Advantage+" not in text
    why = "rather than Sales" if plan.lang == "en" else "zamiast celu Sprzedaż"
    assert why in plan.objective.reason
    # the goal is not told to switch to the Sales objective the plan explains it left
    assert plan.goal.criteria["relevant"]["state"] != "fail", plan.goal.criteria
    path = tmp_path / "cars.csv"
    write_csv(plan_sheet(plan).rows, path)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert {r["Campaign Objective"] for r in rows} == {"Outcome Leads"}
    assert {r["Optimization Goal"] for r in rows} == {"LEAD_GENERATION"}


def test_a_dealer_that_sells_online_keeps_sales(settings: Any) -> None:
    plan = _plan(
        _cars(goal="Sell more cars", product="Used cars you can buy online, with home delivery"),
        settings,
    )
    assert plan.objective.objective == "OUTCOME_SALES"


def test_an_advantage_plus_campaign_holds_no_manual_test_ad_set(settings: Any) -> None:
    plan = _plan(_data(DATA / "review_briefs" / "04_fashion_en.yaml"), settings)
    assert [ln.key for ln in plan.budget.split] == ["advantage_sales", "testing"]
    rows = _sheet_rows(plan)
    by_set: dict[str, set[str]] = {}
    for r in rows:
        by_set.setdefault(r["Ad Set Name"].split(" | ")[2], set()).add(r["Campaign Name"])
    main, test = plan.budget.split[0].name, plan.budget.split[1].name
    assert len(by_set[main]) == len(by_set[test]) == 1
    assert by_set[main] != by_set[test]  # two campaigns: the test is not inside Advantage+
    assert test in next(iter(by_set[test]))


@pytest.mark.parametrize(
    ("lo", "hi", "text"), [(30, 65, "30–65+"), (18, 24, "18–24"), (17, 17, "17"), (65, 65, "65+")]
)
def test_age_ranges_read_as_meta_means_them(lo: int, hi: int, text: str) -> None:
    from adsage.checks.targeting import age_range

    assert age_range(lo, hi) == text
