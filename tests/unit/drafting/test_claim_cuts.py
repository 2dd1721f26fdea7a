"""A fact shortened to fit keeps what it claims, and a line's capital keeps a name's spelling."""

from __future__ import annotations

from adsage.drafting.offline.cuts import clause_cut, phrase_cut, shorten_name
from adsage.drafting.offline.fitting import product_heads
from adsage.drafting.offline.hygiene import capitalise


def test_a_cut_never_drops_the_object_of_the_claim() -> None:
    # "No ads and no selling" says the app sells nothing, which the brief does not say
    assert phrase_cut("No ads and no selling of your data", 25, "en") == ""
    # "Olej rybny" names the product; the certificate is the whole point of the fact
    fact = "Olej rybny z certyfikatem czystości od metali ciężkich"
    assert clause_cut(fact, 30) == ""
    assert phrase_cut(fact, 30, "pl") == ""
    assert phrase_cut("Jogurt naturalny bez dodatku cukru", 20, "pl") == ""


def test_an_add_on_after_a_longer_fact_may_still_go() -> None:
    assert clause_cut("Dostawa o wybranej godzinie z bilecikiem", 30) == (
        "Dostawa o wybranej godzinie"
    )


def test_a_product_name_still_keeps_its_head_noun() -> None:
    name = "Suplement diety z witaminą D3 i K2 oraz kwasami omega-3 w kapsułkach"
    assert shorten_name(name, 25, "pl") == "Suplement diety"


def test_names_spelt_with_a_small_first_letter_keep_it() -> None:
    assert capitalise("iOS and Android") == "iOS and Android"
    assert capitalise("eBay deals") == "eBay deals"
    assert capitalise("mBank") == "mBank"
    assert capitalise("olej rybny") == "Olej rybny"
    heads = product_heads("Dating app for people over 40, iOS and Android", ())
    assert "iOS and Android" in heads
