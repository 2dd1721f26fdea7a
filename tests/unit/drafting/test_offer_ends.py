"""A headline says what ends on the offer's date ("Rabat 300 zł do 31 marca"), never "Oferta
do 31 marca 2027" when only the discount ends then; and an offer that ends before the flight
does gets a note asking to stop the ads that name it on that day."""

from __future__ import annotations

from typing import Any

import pytest
from test_offline_copy import context

from adsage.checks.offer_end import RULE, offer_end_findings
from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.copywriter import draft_copy
from adsage.drafting.offline.facts import offer_deadline, offer_ends
from adsage.drafting.offline.phrases import load_bank
from adsage.models.brief import Brief


@pytest.mark.parametrize(
    ("lang", "offer", "expected"),
    [
        ("pl", "Turnus 10 dni od 2890 zł; rabat 300 zł przy rezerwacji do 31 marca 2027", "Rabat 300 zł do 31 marca"),
        ("pl", "Cena 297 zł zamiast 497 zł do 30 września 2027, dostęp bez limitu", "Cena 297 zł do 30 września"),
        ("pl", "Wiosenna wyprzedaż – do -30% na stoły, od 1 do 14 marca 2027", "Wiosenna wyprzedaż do 14 marca"),
        ("en", "15% off the first assessment for new patients who book by 31 May 2027", "15% off the first assessment by 31 May"),
        ("pl", "Do 31 marca rabat 10%", ""),
    ],
)  # fmt: skip
def test_the_headline_names_what_ends(lang: str, offer: str, expected: str) -> None:
    words = load_bank(lang).deadline_words
    assert offer_ends(offer, offer_deadline(offer, words), words, lang) == expected


def _camp(**over: Any) -> dict[str, Any]:
    brief: dict[str, Any] = {
        "brand": "Przygoda Mazury",
        "product": "Obóz letni żeglarsko-przygodowy dla dzieci 8-14 lat nad jeziorem Niegocin",
        "offer": "Turnus 10 dni od 2890 zł; rabat 300 zł przy rezerwacji do 31 marca 2027",
        "landing_url": "https://przygodamazury.example/rezerwacja",
        "language": "pl",
        "goal": "Sprzedać 150 miejsc do 31 maja 2027",
        "objective": "OUTCOME_SALES",
        "budget": {"amount": 13500, "currency": "PLN", "type": "lifetime"},
        "schedule": {"start": "2027-02-15", "end": "2027-05-31"},
        "audience": {"locations": ["PL"], "age": [30, 50]},
        "benefits": [
            "Kadra z uprawnieniami instruktora żeglarstwa i ratownika WOPR",
            "Grupy do 12 dzieci na jednego wychowawcę",
            "Codzienne zdjęcia dla rodziców w zamkniętej grupie",
        ],
        "tone": "ciepły",
    }
    brief.update(over)
    return brief


def test_no_draft_puts_the_discount_date_on_the_whole_offer() -> None:
    ctx = context(_camp())
    drafts = draft_copy(ctx, OfflineEngine().personas(ctx), 5)
    for d in drafts:
        for field in (d.headline, d.description):
            assert not field.startswith("Oferta do"), field


def test_an_offer_that_ends_before_the_flight_asks_to_stop_its_ads() -> None:
    found = offer_end_findings(Brief.model_validate(_camp()))
    assert [f.rule for f in found] == [RULE]
    assert found[0].severity == "warning"
    text = f"{found[0].message} {found[0].suggestion}"
    assert "rabat 300 zł przy rezerwacji do 31 marca 2027" in text
    assert "od 1 kwietnia 2027" in text and "31 maja 2027" in text


def test_an_offer_that_lasts_the_flight_needs_no_note() -> None:
    brief = Brief.model_validate(_camp(schedule={"start": "2027-02-15", "end": "2027-03-31"}))
    assert offer_end_findings(brief) == []
    assert offer_end_findings(Brief.model_validate(_camp(offer="Turnus 10 dni od 2890 zł"))) == []
