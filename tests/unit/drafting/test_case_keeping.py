"""Acronyms and names keep the brief's capitals when a benefit is cut into a sentence:
"ratownika WOPR" (not "wopr"), "Bosch and Shimano motors" (not "bosch"); shouting is still
calmed ("FREE test ride")."""

from __future__ import annotations

from adsage.drafting.offline.hygiene import clean_fragment, decapitalise


def test_an_acronym_closing_a_benefit_keeps_its_capitals() -> None:
    text = "Kadra z uprawnieniami instruktora żeglarstwa i ratownika WOPR"
    assert clean_fragment(text) == text
    # a body the data does not list, closing the phrase, is read the same way
    assert clean_fragment("Szkolenia z certyfikatem ECDL") == "Szkolenia z certyfikatem ECDL"
    assert clean_fragment("FREE test ride") == "free test ride"
    assert clean_fragment("HUGE SALE NOW on boards") == "huge sale now on boards"


def test_names_joined_by_and_are_not_lower_cased() -> None:
    assert decapitalise("Bosch and Shimano motors") == "Bosch and Shimano motors"
    assert decapitalise("Bosch i Shimano w każdym modelu") == "Bosch i Shimano w każdym modelu"
    assert decapitalise("Free base waxing") == "free base waxing"
    assert decapitalise("Kadra z uprawnieniami") == "kadra z uprawnieniami"
