"""A price cut the brief announces, in an EU market, gets a warning (never an error) asking for
the lowest price of the 30 days before the cut; outside the EU, or without a cut, nothing."""

from __future__ import annotations

import pytest

from adsage.checks.price_cut import PriceRules, price_cut, price_cut_findings
from adsage.rules.loader import load_rules


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Cena 297 zł zamiast 497 zł do 30 września 2027", "297 zł zamiast 497 zł"),
        ("Było 497 zł, jest 297 zł", "Było 497 zł, jest 297 zł"),
        ("Promocja było/jest na stronie", "było/jest"),
        ("-30% na cały asortyment", "-30%"),
        ("Up to 400 GBP off selected e-bikes", "Up to 400 GBP off"),
        ("Up to £400 off selected e-bikes", "Up to £400 off"),
        ("Save 20% this week", "Save 20%"),
        ("Was £499, now £399", "Was £499, now £399"),
        ("20% taniej w styczniu", "20% taniej"),
        ("Rabat 300 zł do 31 marca", "Rabat 300 zł"),
        ("Early-bird price 249 EUR instead of 349 EUR", "249 EUR instead of 349 EUR"),
        ("Pierwsze piwo za pół ceny w czwartki", "za pół ceny"),
    ],
)
def test_a_price_cut_is_read_in_both_languages(text: str, said: str) -> None:
    assert price_cut(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "Save time on every report",
        "10-30% of riders commute daily",
        "30 dni na zwrot pieniędzy bez podania przyczyny",
        "Free entry, live bands and a limited anniversary IPA",
        "Pierwsza pożyczka do 3000 zł bez prowizji",
    ],
)
def test_no_cut_no_finding(text: str) -> None:
    assert price_cut(text) is None
    assert price_cut_findings({"offer": text}, ["PL"], "pl") == []


def test_an_eu_market_gets_a_warning_in_en_and_pl() -> None:
    offer = {"product": "Kurs Excel", "offer": "Cena 297 zł zamiast 497 zł"}
    [pl] = price_cut_findings(offer, ["PL"], "pl")
    assert (pl.rule, pl.severity, pl.field) == ("brief.price_cut_prior_price", "warning", "offer")
    assert "297 zł zamiast 497 zł" in pl.message and "najniższą cenę z 30 dni" in pl.message
    assert pl.suggestion and "adsage jej nie zna" in pl.suggestion
    [en] = price_cut_findings({"offer": "Up to 400 GBP off"}, ["GB", "IE"], "en")
    assert "(Ireland)" in en.message and "lowest price of the 30 days" in en.message


def test_outside_the_eu_a_cut_is_not_this_rule() -> None:
    assert price_cut_findings({"offer": "Up to £400 off"}, ["GB"], "en") == []
    assert price_cut_findings({"offer": "Save 20%"}, ["US", "CA"], "en") == []


def test_the_rule_is_sourced_data_that_only_warns() -> None:
    rule = load_rules("prices.yaml", PriceRules).price_cut
    assert rule.severity == "warning" and rule.confidence == "UNSURE"
    assert "2019/2161" in rule.source and rule.as_of.year == 2026
    assert "PL" in rule.markets and "IE" in rule.markets and "GB" not in rule.markets
