"""Format reasons name what this brief would show: the benefits card by card and the offer on
the last card, the single image's subject for this business (what people get, the place, a
person the offer is for, the team at work), and why video fits these placements and ages;
every fact comes from the brief, in English and in natural Polish."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adsage.advisor.plan import choose_objective
from adsage.drafting.base import DraftContext
from adsage.drafting.offline import OfflineEngine
from adsage.models.brief import Brief, load_brief

DATA = Path(__file__).resolve().parents[2] / "data"


def _brief(name: str, **changes: Any) -> Brief:
    brief = load_brief(DATA / name)
    if changes:
        brief = Brief.model_validate({**brief.model_dump(mode="json"), **changes})
    return brief


def _reasons(brief: Brief) -> dict[str, str]:
    objective, _ = choose_objective(brief)
    ctx = DraftContext(brief=brief, lang=brief.language, objective=objective)
    return {p.format: p.reason for p in OfflineEngine().formats(ctx)}


@pytest.mark.parametrize(
    ("name", "cards", "last"),
    [
        (
            "review_briefs/08_restaurant_en.yaml",
            [
                "Card 1: Pasta rolled by hand every morning",
                "card 2: Wood-fired oven",
                "card 3: Natural wine list",
            ],
            "The last card carries the offer (Opening week - free tiramisu with every dinner "
            "booking) and the button.",
        ),
        (
            "review_briefs/15_hotel_pl.yaml",
            [
                "Karta 1: Sauna i jacuzzi z widokiem na Giewont",
                "karta 2: Śniadania z lokalnych produktów",
                "karta 3: 5 minut pieszo do Krupówek",
            ],
            "Na ostatniej karcie oferta (10% taniej przy rezerwacji na naszej stronie zamiast "
            "w serwisach rezerwacyjnych) i przycisk.",
        ),
    ],
)
def test_benefit_carousel_puts_each_brief_benefit_on_its_own_card(
    name: str, cards: list[str], last: str
) -> None:
    reason = _reasons(_brief(name))["carousel"]
    assert "; ".join(cards) in reason
    assert reason.endswith(last)
    assert "one card per benefit" not in reason and "jedna karta na korzyść" not in reason


def test_a_benefit_held_out_of_the_ads_stays_off_the_cards() -> None:
    """Dental: interest-free plans state a credit cost without its example, so the copy
    leaves them out; a card would put them back into the ad."""
    reason = _reasons(_brief("review_briefs/02_dental_en.yaml"))["carousel"]
    assert "Card 1: Evening and Saturday appointments" in reason
    assert "Interest-free" not in reason and "card 3" not in reason


def test_without_an_offer_the_last_card_is_the_brand() -> None:
    reason = _reasons(_brief("review_briefs/17_hydraulik_pl.yaml"))["carousel"]
    assert reason.endswith("Na ostatniej karcie marka (Hydro-Serwis Nowak) i przycisk.")


@pytest.mark.parametrize(
    ("name", "says"),
    [
        # a clinic: a person the offer is for, in the brief's own words
        (
            "review_briefs/02_dental_en.yaml",
            "Show one real person the offer is for (adults living within 5 miles of our Leeds "
            "clinic who have not seen a dentist in a year)",
        ),
        # a hotel: the place, and what sets it apart (its first benefit)
        (
            "review_briefs/15_hotel_pl.yaml",
            "Pokaż miejsce takie, jakie jest naprawdę (Butikowy hotel w Zakopanem, 18 pokoi ze "
            "spa), razem z tym, co je wyróżnia (sauna i jacuzzi z widokiem na Giewont)",
        ),
        # goods: what people get
        (
            "review_briefs/11_multicountry_en.yaml",
            "Show what people get (Foldable electric city bike VeloVolt Fold 2) as it really looks",
        ),
        # a trade: the people who do the work
        (
            "review_briefs/17_hydraulik_pl.yaml",
            "Pokaż prawdziwych ludzi, którzy wykonują tę pracę (Pogotowie hydrauliczne 24/7, "
            "usuwanie awarii i przecieków), przy pracy",
        ),
        # a cause: those it helps, not its donors
        (
            "review_briefs/10_charity_en.yaml",
            "Show the people or animals the work helps (Winter shelter appeal for rescued dogs)",
        ),
        (
            "review5_briefs/08_opp_pl.yaml",
            "Pokaż ludzi lub zwierzęta, którym pomaga ta działalność (Paczki żywnościowe i obiady "
            "dla samotnych seniorów w Krakowie)",
        ),
        # a long audience description: its first clause ("... in the shed - upgraders, ...")
        (
            "review5_briefs/02_bike_marketplace_en.yaml",
            "Show one real person the offer is for (cyclists with a bike they no longer ride in "
            "the shed), in their own setting",
        ),
        # professional services: the client the office serves, in the brief's words, and a
        # brief's own aside never nests a second pair of parentheses
        (
            "review5_briefs/06_biuro_rachunkowe_pl.yaml",
            "Pokaż jedną prawdziwą osobę, dla której jest ta oferta (właściciele JDG i spółek do "
            "10 osób z Poznania i okolic), w jej własnym otoczeniu",
        ),
    ],
)
def test_single_image_names_what_this_business_shows(name: str, says: str) -> None:
    reason = _reasons(_brief(name))["image"]
    assert says in reason
    assert "((" not in reason and "))" not in reason


def test_single_image_carries_the_offer_only_when_the_brief_has_one() -> None:
    with_offer = _reasons(_brief("review_briefs/02_dental_en.yaml"))["image"]
    assert with_offer.endswith(
        "One line of text on it: the offer (New-patient check-up and clean for £59)."
    )
    without = _reasons(_brief("review_briefs/17_hydraulik_pl.yaml"))["image"]
    assert "oferta" not in without and "()" not in without


def test_a_person_is_never_guessed_without_an_audience_description() -> None:
    brief = _brief("review_briefs/02_dental_en.yaml")
    brief = brief.model_copy(
        update={"audience": brief.audience.model_copy(update={"description": ""})}
    )
    reason = _reasons(brief)["image"]
    assert "person the offer is for" not in reason
    assert "Show what people get (Teeth whitening and check-ups)" in reason


@pytest.mark.parametrize(
    ("name", "says"),
    [
        (
            "review_briefs/18_petfood_en.yaml",
            "vertical, full-screen placements (stories, reels) where this audience (aged 25–60)",
        ),
        (
            "review_briefs/19_pozyczka_pl.yaml",  # a special category opens the ages to 18–65+
            "pionowe, pełnoekranowe miejsca docelowe (Stories), w których ci odbiorcy "
            "(wiek: 18–65+) oglądają reklamy na telefonie",
        ),
    ],
)
def test_video_says_why_for_these_placements_and_ages(name: str, says: str) -> None:
    assert says in _reasons(_brief(name))["video"]


def test_fallback_carousel_names_what_the_brief_offers() -> None:
    reason = _reasons(_brief("review3_briefs/08_warsztat_pl.yaml"))["carousel"]
    assert reason.startswith(
        "Karuzela pokaże ofertę (Mechanika samochodowa, wymiana opon, przeglądy) z kilku stron"
    )


def test_video_for_an_older_audience_says_why_with_its_ages() -> None:
    brief = _brief("review_briefs/02_dental_en.yaml")
    older = brief.model_copy(
        update={"audience": brief.audience.model_copy(update={"age": (50, 65)})}
    )
    reason = _reasons(older)["video"]
    assert reason.startswith(
        "Video can show more of what people get (Teeth whitening and check-ups) than a still "
        "image; for this audience (aged 50–65+) keep it short and captioned, in the feed first."
    )
