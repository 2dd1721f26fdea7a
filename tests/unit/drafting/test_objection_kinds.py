"""Objections are answered only by a brief fact of the kind that answers them.

A shared word is not an answer: a camp's price shares "turnus" with "Do the dates work for
us?", its staff's sailing qualifications share "sailing" with "What will they do all day?",
and a taproom's city is not how to get there.  Such a question falls back to what to show
or what to ask the client, and a message angle leaves its parenthesis out rather than quote
a fact that has nothing to do with it.  A fact of the right kind is still quoted.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_offline_copy import context

from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.answer_kinds import kinds_of
from adsage.drafting.offline.categories import Objection, load_categories
from adsage.models.plan import Persona

DATA = Path(__file__).resolve().parents[2] / "data"
CAMP = DATA / "review6_briefs" / "06_oboz_pl.yaml"
TAPROOM = DATA / "review6_briefs" / "02_taproom_en.yaml"


def load(path: Path, **changes: Any) -> dict[str, Any]:
    out: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    out.update(changes)
    return out


def personas(d: dict[str, Any]) -> list[Persona]:
    return OfflineEngine().personas(context(d))


def answer(people: list[Persona], question: str) -> str:
    """The answer line of the objection whose question contains ``question``."""
    lines = [o for p in people for o in p.objections if question in o]
    assert lines, f"no persona asks {question!r}"
    return lines[0]


def angle(people: list[Persona], start: str) -> str:
    found = [p.message_angle for p in people if p.message_angle.startswith(start)]
    assert found, f"no message angle starts with {start!r}"
    return found[0]


# --- what was wrong -------------------------------------------------------------------------


def test_camp_staff_do_not_answer_what_children_do_all_day() -> None:
    line = answer(personas(load(CAMP)), "Co właściwie będą robić")
    assert "kadra" not in line.casefold()
    assert "Pokaż: przykładowy dzień" in line


def test_camp_price_does_not_answer_dates_and_travel() -> None:
    line = answer(personas(load(CAMP)), "Czy terminy i dojazd")
    assert "2890" not in line
    assert "Zapytaj klienta: Jakie są terminy turnusów" in line


def test_camp_day_angle_quotes_no_staff_fact() -> None:
    text = angle(personas(load(CAMP)), "Pokaż dzień na obozie")
    assert text == "Pokaż dzień na obozie; co dziecko robi od rana do wieczora."


def test_taproom_city_does_not_answer_access() -> None:
    line = answer(personas(load(TAPROOM)), "Is it easy to get to?")
    assert "Portland" not in line
    assert line.startswith("“Is it easy to get to?” Show: where the venue is")


def test_brief_facts_are_classified_by_what_they_say() -> None:
    assert "price" in kinds_of("Turnus 10 dni od 2890 zł")
    assert "schedule" not in kinds_of("Turnus 10 dni od 2890 zł")
    # a booking date after "do" is when the offer ends, not when the camp runs
    discount = kinds_of("rabat 300 zł przy rezerwacji do 31 marca 2027")
    assert {"price", "deadline"} <= discount and "schedule" not in discount
    staff = kinds_of("Kadra z uprawnieniami instruktora żeglarstwa i ratownika WOPR")
    assert "staff" in staff and "activities" not in staff
    assert kinds_of("Portland") == frozenset()


# --- what still fits ------------------------------------------------------------------------


def test_camp_fitting_facts_still_answer() -> None:
    people = personas(load(CAMP))
    assert "Odpowiedź z briefu: kadra z uprawnieniami" in answer(people, "Kto się nimi opiekuje")
    assert "Odpowiedź z briefu: codzienne zdjęcia" in answer(people, "Czy będę wiedzieć")
    assert "do 31 marca 2027" in answer(people, "Do kiedy obowiązuje ta cena?")
    assert "(kadra z uprawnieniami" in angle(people, "Zacznij od tego, kto opiekuje się")


def test_camp_activities_and_dates_from_the_brief_answer() -> None:
    d = load(CAMP)
    d["benefits"] = [
        *d["benefits"],
        "Codzienne żeglowanie i kajaki na jeziorze Niegocin",
        "Turnusy w lipcu i sierpniu",
    ]
    people = personas(d)
    day = answer(people, "Co właściwie będą robić")
    assert "Odpowiedź z briefu: codzienne żeglowanie i kajaki" in day
    dates = answer(people, "Czy terminy i dojazd")
    assert "Odpowiedź z briefu: turnusy w lipcu i sierpniu" in dates
    assert "(codzienne żeglowanie i kajaki" in angle(people, "Pokaż dzień na obozie")


def test_taproom_access_fact_answers() -> None:
    d = load(TAPROOM)
    d["benefits"] = [*d["benefits"], "Five minutes' walk from Union Station"]
    line = answer(personas(d), "Is it easy to get to?")
    assert "Answer from the brief: five minutes' walk from Union Station" in line


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="not a kind of fact"):
        Objection(q="“When?”", kind="weather", ask="when?")


def test_only_the_offer_says_which_days_the_offer_applies() -> None:
    d = load(TAPROOM)
    d["benefits"] = [*d["benefits"], "Street food every weekend"]
    line = answer(personas(d), "Which days does the offer apply?")
    assert "Answer from the brief: fifth-anniversary block party on 14 August 2027" in line
    assert "street food" not in line.casefold()


# --- setup time, delivery speed, a trial, what is included --------------------------------

PLANT = {
    "brand": "Gearwise",
    "product": "Predictive maintenance software (vibration sensors + dashboard) for factories",
    "offer": "Free 60-day pilot on up to 10 machines, sensors included",
    "landing_url": "https://gearwise.example/pilot",
    "language": "en",
    "goal": "60 pilot requests from maintenance managers",
    "objective": "OUTCOME_LEADS",
    "budget": {"amount": 12000, "currency": "EUR", "type": "lifetime"},
    "schedule": {"start": "2027-02-01", "end": "2027-04-30"},
    "audience": {
        "locations": ["DE", "PL"],
        "age": [30, 60],
        "description": "Maintenance and plant managers at factories",
    },
    "benefits": [
        "Warns about bearing and motor failures up to 3 weeks ahead",
        "Sensors installed in one day without stopping the line",
        "Integrates with SAP PM and Maximo",
    ],
    "placements": ["feed"],
}

WINE = {
    "brand": "Winnica na Skarpie",
    "product": "Sklep internetowy z polskimi winami z własnej winnicy",
    "offer": "Zestaw 3 win na święta za 189 zł zamiast 237 zł, darmowa dostawa od 300 zł",
    "landing_url": "https://winnica.example/sklep",
    "language": "pl",
    "goal": "Sprzedaż zestawów świątecznych",
    "objective": "OUTCOME_SALES",
    "budget": {"amount": 9000, "currency": "PLN", "type": "lifetime"},
    "schedule": {"start": "2026-12-02", "end": "2026-12-23"},
    "audience": {"locations": ["PL"], "age": [28, 60], "description": "Osoby szukające prezentu"},
    "benefits": [
        "Wina z winnicy w Sandomierzu, nagradzane na konkursach krajowych",
        "Pakowanie prezentowe w drewnianą skrzynkę",
        "Dostawa kurierem w 2 dni robocze z weryfikacją wieku przy odbiorze",
    ],
    "placements": ["feed"],
    "catalog": True,
    "product_count": 34,
}


def personas_in(d: dict[str, Any], lang: str) -> list[Persona]:
    """The plan in ``lang`` whatever the brief's language: its facts stay in the brief's."""
    ctx = context(d)
    return OfflineEngine().personas(replace(ctx, lang=lang))


@pytest.mark.parametrize(
    ("lang", "question", "said"),
    [
        (
            "en",
            "How much work is it to install?",
            "Answer from the brief: sensors installed in one day",
        ),
        ("pl", "Ile pracy wymaga montaż?", "Odpowiedź z briefu: sensors installed in one day"),
    ],
)
def test_installation_day_answers_how_long_setup_takes(lang: str, question: str, said: str) -> None:
    line = answer(personas_in(dict(PLANT), lang), question)
    assert said in line
    assert "SAP" not in line


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("en", "Can we test it on our own machines first?"),
        ("pl", "Czy możemy najpierw sprawdzić to na naszych maszynach?"),
    ],
)
def test_free_pilot_answers_the_trial_question(lang: str, question: str) -> None:
    line = answer(personas_in(dict(PLANT), lang), question)
    assert "free 60-day pilot on up to 10 machines" in line


@pytest.mark.parametrize(
    ("lang", "question"), [("pl", "Czy dotrze na czas?"), ("en", "Will it arrive in time?")]
)
def test_courier_time_answers_when_an_order_arrives(lang: str, question: str) -> None:
    line = answer(personas_in(dict(WINE), lang), question)
    assert "dostawa kurierem w 2 dni robocze" in line


def test_delivery_time_does_not_answer_how_the_gift_will_look() -> None:
    line = answer(personas_in(dict(WINE), "pl"), "Czy to będzie wyglądać jak prawdziwy prezent?")
    assert "dostawa" not in line.casefold()
    assert "pakowanie prezentowe" in line


def test_new_kinds_read_both_languages() -> None:
    assert "setup" in kinds_of("Sensors installed in one day without stopping the line")
    assert "setup" in kinds_of("Montaż instalacji w jeden dzień")
    assert "setup" in kinds_of("Wdrożenie w 2 tygodnie")
    assert "setup" not in kinds_of("Integrates with SAP PM and Maximo")
    # an installation is not an instalment
    assert "price" not in kinds_of("Sensors installed in one day without stopping the line")
    assert "delivery" in kinds_of("Dostawa kurierem w 2 dni robocze")
    assert "delivery" in kinds_of("Next-day delivery on orders before 2 pm")
    assert "delivery" in kinds_of("Wysyłka tego samego dnia")
    assert "delivery" not in kinds_of("darmowa dostawa od 300 zł")
    assert "trial" in kinds_of("Free 60-day pilot on up to 10 machines")
    assert "trial" in kinds_of("Pierwszy miesiąc Premium za darmo")
    assert "trial" in kinds_of("Lekcja próbna gratis")
    assert "included" in kinds_of("Fotoksiążka w pakiecie premium")
    assert "included" in kinds_of("Parking space included in the price")
    assert "included" not in kinds_of("Galeria online w 6 tygodni")


def test_gallery_date_does_not_say_what_is_included() -> None:
    d = load(DATA / "review3_briefs" / "01_fotograf_slubny_pl.yaml")
    line = answer(personas_in(d, "en"), "What is included?")
    assert "galeria online" not in line
    assert "Answer from the brief: fotoksiążka w pakiecie premium" in line


def test_staff_numbers_do_not_say_a_vet_is_gentle() -> None:
    d = load(DATA / "review5_briefs" / "01_vet_en.yaml")
    line = answer(personas(d), "Will they be gentle with my pet?")
    assert "nurse" not in line
    assert "Show:" in line


def test_ask_the_client_lines_never_point_back_at_the_brief() -> None:
    """The plan is asking the client already: "state it only if the brief gives it" reads
    as if the brief were still to come."""
    asks = [
        o.ask
        for c in load_categories()
        for p in c.personas
        for lang in ("en", "pl")
        for o in p.text(lang).objections
        if o.ask
    ]
    assert asks
    assert not [a for a in asks if "brief" in a.casefold()]
