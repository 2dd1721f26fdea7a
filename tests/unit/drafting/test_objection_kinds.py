"""Objections are answered only by a brief fact of the kind that answers them.

A shared word is not an answer: a camp's price shares "turnus" with "Do the dates work for
us?", its staff's sailing qualifications share "sailing" with "What will they do all day?",
and a taproom's city is not how to get there.  Such a question falls back to what to show
or what to ask the client, and a message angle leaves its parenthesis out rather than quote
a fact that has nothing to do with it.  A fact of the right kind is still quoted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from test_offline_copy import context

from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.answer_kinds import kinds_of
from adsage.drafting.offline.categories import Objection
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
