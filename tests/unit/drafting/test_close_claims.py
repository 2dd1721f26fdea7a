"""Closing lines ask for the objective's action and claim nothing the brief does not give:
no engagement bait ("Tag the friends you would bring!"), and no "Zarezerwuj miejsce" for a
self-paced course that has no places, while a camp with sessions and groups keeps it."""

from __future__ import annotations

from typing import Any

from test_offline_copy import context

from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.categories import load_categories
from adsage.drafting.offline.closes import allowed, claims_seats, is_bait, names_seats
from adsage.drafting.offline.copywriter import draft_copy
from adsage.drafting.offline.phrases import load_bank


def test_no_category_or_bank_close_is_engagement_bait() -> None:
    lines = [
        line
        for cat in load_categories()
        for closes in (cat.close_en, cat.close_pl)
        for options in closes.values()
        for line in options
    ]
    for lang in ("en", "pl"):
        bank = load_bank(lang)
        lines += [ln for tones in bank.close.values() for opts in tones.values() for ln in opts]
    assert lines
    assert [ln for ln in lines if is_bait(ln)] == []


def test_the_patterns_know_bait_and_seats_when_they_see_them() -> None:
    assert is_bait("Tag the friends you would bring!")
    assert is_bait("Oznacz znajomego, który to pokocha!")
    assert not is_bait("See the details and come along.")
    assert claims_seats("Zarezerwuj miejsce na kursie.") and claims_seats("Save your place.")
    assert not claims_seats("Zapisz się już dziś.")
    assert allowed(["Zarezerwuj miejsce.", "Zapisz się."], seats=False) == ["Zapisz się."]


def test_what_in_a_brief_gives_places_to_reserve() -> None:
    assert names_seats("Grupy do 12 dzieci na jednego wychowawcę")
    assert names_seats("Turnus 10 dni od 2890 zł")
    assert names_seats("Small groups of up to 8, next course starts on 3 March")
    # a closed support group and unlimited access give no places
    assert not names_seats("Wsparcie trenera w zamkniętej grupie; dostęp bez limitu czasu")


def _excel(**over: Any) -> dict[str, Any]:
    brief: dict[str, Any] = {
        "brand": "ExcelPro Akademia",
        "product": "Kurs online Excel od podstaw do tabel przestawnych i Power Query",
        "offer": "Cena 297 zł, dostęp bez limitu czasu i certyfikat",
        "landing_url": "https://excelpro.example/kurs",
        "language": "pl",
        "goal": "400 sprzedaży kursu we wrześniu 2027",
        "objective": "OUTCOME_SALES",
        "budget": {"amount": 1500, "currency": "PLN", "type": "daily"},
        "schedule": {"start": "2027-09-01", "end": "2027-09-30"},
        "audience": {"locations": ["PL"], "age": [22, 45]},
        "benefits": [
            "62 lekcje wideo i pliki ćwiczeniowe do pobrania",
            "Wsparcie trenera w zamkniętej grupie",
            "30 dni na zwrot pieniędzy bez podania przyczyny",
        ],
        "tone": "konkretny",
    }
    brief.update(over)
    return brief


def test_a_self_paced_course_never_reserves_a_place() -> None:
    ctx = context(_excel())
    drafts = draft_copy(ctx, OfflineEngine().personas(ctx), 5)
    assert drafts
    for d in drafts:
        assert not claims_seats(d.primary_text), d.primary_text


def test_a_course_that_names_its_start_may_reserve_a_place() -> None:
    from adsage.drafting.offline.facts import gather

    ctx = context(_excel(offer="Kurs startuje 6 października, grupy do 20 osób"))
    assert gather(ctx, load_bank("pl")).seats
