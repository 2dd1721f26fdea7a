"""Small wording faults a reader notices at once: an acronym lower-cased, an English enum
value in a Polish plan, a full stop doubled before a semicolon."""

from __future__ import annotations

import pytest

from adsage.drafting.offline.hygiene import clean_fragment
from adsage.render.doc import _listed, labels


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Lektorzy z certyfikatem CELTA", "CELTA"),
        ("Prepares for IELTS in 8 weeks", "IELTS"),
        ("Podajemy RRSO przy każdej racie", "RRSO"),
        ("a CDL-A licence", "CDL-A"),
    ],
)
def test_listed_acronyms_are_kept(text: str, kept: str) -> None:
    assert kept in clean_fragment(text)


@pytest.mark.parametrize(
    ("text", "calmed"),
    [
        ("HUGE SALE NOW ON", "huge sale"),
        ("AMAZING results guaranteed", "amazing"),
        ("Get FANTASTIC and AMAZING deals", "fantastic and amazing"),
        ("FREE test ride", "free test ride"),
    ],
)
def test_shouting_is_still_calmed(text: str, calmed: str) -> None:
    assert calmed in clean_fragment(text)


def test_listed_items_keep_one_mark_each() -> None:
    joined = _listed(["Made to order in 5 working days.", "Free returns within 30 days."])
    assert joined == "Made to order in 5 working days; Free returns within 30 days."
    assert ".;" not in joined
    assert _listed(["one"]) == "one"


@pytest.mark.parametrize(
    ("lang", "female", "male"), [("en", "women", "men"), ("pl", "kobiety", "mężczyźni")]
)
def test_gender_values_are_translated(lang: str, female: str, male: str) -> None:
    h = labels(lang)
    assert (h["gender_female"], h["gender_male"]) == (female, male)


@pytest.mark.parametrize(
    ("text", "lang", "shown"),
    [
        ("Free engraving on orders over 60 GBP", "en", "Free engraving on orders over £60"),
        ("12.60 GBP per hour, 500 GBP joining bonus", "en", "£12.60 per hour, £500 joining bonus"),
        ("EUR 20 off the first clean", "en", "€20 off the first clean"),
        ("Rabat 50 PLN na start", "pl", "Rabat 50 zł na start"),
        ("Ceny od 20 EUR", "pl", "Ceny od 20 EUR"),  # Polish ads keep a foreign code
        ("SKU12 GBP", "en", "SKU12 GBP"),  # no amount, no change
    ],
)
def test_amounts_in_copy_read_as_buyers_write_them(text: str, lang: str, shown: str) -> None:
    from adsage.drafting.offline.hygiene import local_money

    assert local_money(text, lang) == shown
