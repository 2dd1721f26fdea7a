"""Every strong fact of a brief reaches an ad, and a field is the product's or the brand's
name only when no fact fits it.

A taproom's anniversary party promised live bands and a limited IPA, and the taproom had 16
beers on tap brewed on site; none of it reached any ad, whose headlines read "Craft brewery
taproom, Portland" and "Craft brewery taproom by Foghorn Brewing" and whose last description
was the brand alone.  An e-bike shop's ads opened with "Online shop by Voltride: ...", the
channel instead of the bikes; a sailing camp's and an Excel course's headlines were their
category, with the offer's parts and the brief's facts left unsaid.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from pathlib import Path

import pytest

from adsage.drafting.base import DraftContext
from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.cuts import goods
from adsage.drafting.offline.facts import gather
from adsage.drafting.offline.offer_parts import offer_parts
from adsage.drafting.offline.phrases import load_bank
from adsage.drafting.offline.scoring import ad_safe
from adsage.models.brief import Brief, load_brief
from adsage.models.plan import CopyDraft
from adsage.planning.numbers import choose_objective

DATA = Path(__file__).resolve().parents[2] / "data" / "review6_briefs"
TAPROOM, EBIKE, CAMP, EXCEL = "02_taproom_en", "04_ebike_en", "06_oboz_pl", "07_excel_pl"


def _brief(name: str) -> Brief:
    return load_brief(DATA / f"{name}.yaml")


def _context(brief: Brief) -> DraftContext:
    objective, _ = choose_objective(brief)
    return DraftContext(brief=brief, lang=brief.language, objective=objective)


@lru_cache(maxsize=8)
def _drafts(name: str) -> tuple[CopyDraft, ...]:
    ctx = _context(_brief(name))
    engine = OfflineEngine()
    return tuple(engine.copy(ctx, engine.personas(ctx), 3))


def _fields(drafts: tuple[CopyDraft, ...]) -> list[str]:
    return [f for d in drafts for f in (d.primary_text, d.headline, d.description)]


def _said(name: str) -> str:
    return " ".join(" ".join(_fields(_drafts(name))).casefold().split())


@pytest.mark.parametrize(
    ("offer", "lang", "parts"),
    [
        (
            "Fifth-anniversary block party on 14 August 2027 with free entry, live bands and "
            "a limited anniversary IPA",
            "en",
            (
                "Fifth-anniversary block party on 14 August 2027 with free entry",
                "Live bands and a limited anniversary IPA",
            ),
        ),
        (
            "Up to £400 off selected e-bikes until 30 April 2027, free home delivery and assembly",
            "en",
            (
                "Up to £400 off selected e-bikes until 30 April 2027",
                "Free home delivery and assembly",
            ),
        ),
        (
            "Cena 297 zł zamiast 497 zł do 30 września 2027, dostęp bez limitu czasu i certyfikat",
            "pl",
            (
                "Cena 297 zł zamiast 497 zł do 30 września 2027",
                "Dostęp bez limitu czasu i certyfikat",
            ),
        ),
        (
            "Turnus 10 dni od 2890 zł; rabat 300 zł przy rezerwacji do 31 marca 2027",
            "pl",
            ("Turnus 10 dni od 2890 zł", "Rabat 300 zł przy rezerwacji do 31 marca 2027"),
        ),
        (
            "Free 14-day trial, no credit card needed",
            "en",
            ("Free 14-day trial", "No credit card needed"),
        ),
        # a condition, a date range or a comparison stays with its deal: nothing to split
        ("Wiosenna wyprzedaż – do -30% na stoły i komody, od 1 do 14 marca 2027", "pl", ()),
        ("Umowa o pracę, od 9500 zł brutto, dodatek za dyżury nocne", "pl", ()),
        ("Free accessories pack worth €149 with preorders until 30 April 2027", "en", ()),
        ("7-day free trial of Lingomo Plus, then US$59.99 per year", "en", ()),
    ],
)
def test_an_offer_splits_only_at_its_own_list_boundaries(
    offer: str, lang: str, parts: tuple[str, ...]
) -> None:
    assert offer_parts(offer, lang, 40) == parts


def test_the_party_s_bands_and_beer_and_the_taproom_s_taps_reach_an_ad() -> None:
    said = _said(TAPROOM)
    assert "live bands and a limited anniversary ipa" in said
    assert "16 beers on tap" in said
    assert "fifth-anniversary block party" in said


def test_a_benefit_on_the_product_s_own_policy_topic_stays_but_another_goes() -> None:
    facts = gather(_context(_brief(TAPROOM)), load_bank("en"))
    kept = ad_safe(facts)
    assert "16 beers on tap brewed on site" in kept.benefits  # a brewery speaks of beer
    bistro = dataclasses.replace(
        facts, product="Neighbourhood Italian restaurant", benefits=("Natural wine list", "Pasta")
    )
    assert ad_safe(bistro).benefits == ("Pasta",)  # a restaurant's ads need not


@pytest.mark.parametrize("name", [TAPROOM, EBIKE, CAMP, EXCEL])
def test_no_headline_or_description_is_only_the_product_or_the_brand(name: str) -> None:
    brief = _brief(name)
    product = brief.product.casefold()
    drafts = _drafts(name)
    for d in drafts:
        for field in (d.headline, d.description):
            low = " ".join(field.casefold().split())
            assert low != brief.brand.casefold(), (name, field)
    # a category line ("Obóz letni żeglarsko-przygodowy", "Kurs online Excel od podstaw",
    # "Craft brewery taproom, Portland") heads no ad while a brief fact fits the headline
    for d in drafts:
        head = " ".join(d.headline.casefold().split())
        assert not (head and product.startswith(head.split(",")[0])), (name, d.headline)
        assert brief.brand.casefold() not in head, (name, d.headline)


def test_a_shop_line_names_the_goods_not_the_channel() -> None:
    assert goods("Online shop for city and trekking e-bikes", "en") == "City and trekking e-bikes"
    assert goods("Sklep internetowy z meblami", "pl") == "Sklep internetowy z meblami"
    assert "online shop" not in _said(EBIKE)


@pytest.mark.parametrize("name", [TAPROOM, EBIKE, CAMP, EXCEL, "08_pielegniarki_pl"])
def test_no_text_opens_with_the_bare_product_or_brand(name: str) -> None:
    brief = _brief(name)
    names = {brief.brand.casefold(), brief.product.casefold()}
    for d in _drafts(name):
        first = re.split(r"(?<=[.!?:])\s", d.primary_text)[0].rstrip(".!?:").casefold()
        assert not any(first and (first in n or n.startswith(first)) for n in names), first
        assert not first.startswith(brief.brand.casefold()), d.primary_text
        # "Online shop by Voltride: ..." opens with a label, not with what the reader gets
        assert not first.endswith(f" by {brief.brand.casefold()}"), d.primary_text


@pytest.mark.parametrize("name", [TAPROOM, EBIKE, CAMP, EXCEL])
def test_every_number_in_the_ads_is_the_brief_s(name: str) -> None:
    brief = _brief(name)
    given = " ".join([brief.offer, brief.product, *brief.benefits]).replace("GBP", "")
    numbers = set(re.findall(r"\d+", given))
    for field in _fields(_drafts(name)):
        assert set(re.findall(r"\d+", field)) <= numbers, field
