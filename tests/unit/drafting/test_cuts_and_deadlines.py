"""Brief facts are shortened only where the meaning survives, an urgency line only uses a
date the offer ties to its end, and a discount code stays exactly as written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from adsage.drafting.offline.facts import offer_deadline
from adsage.drafting.offline.hygiene import broken_cut, clause_cut, clean_fragment, safe_cuts
from adsage.drafting.offline.phrases import load_bank

REVIEW = Path(__file__).resolve().parents[2] / "data" / "review_briefs"


def review_brief(name: str, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REVIEW / f"{name}.yaml").read_text("utf-8"))
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("offer", "lang", "expected"),
    [
        ("System 3/1, wynagrodzenie od 14 000 zł netto", "pl", ""),
        ("Miejsce postojowe w cenie przy rezerwacji do 31 marca 2027", "pl", "31 marca 2027"),
        ("20% off everything with code WINTER20 until 15 January 2027", "en", "15 January 2027"),
        ("Offer ends 20 February", "en", "20 February"),
        ("Open since 3 March", "en", ""),
    ],
)
def test_a_deadline_needs_an_until_relation(offer: str, lang: str, expected: str) -> None:
    assert offer_deadline(offer, load_bank(lang).deadline_words) == expected


@pytest.mark.parametrize(
    "fact",
    [
        "Mieszkania 2- i 3-pokojowe od 42 m² do 78 m² w Gdańsku",
        "Integrates with Xero, Sage and NetSuite",
        "8-week online SQL and Power BI course",
        "New-patient check-up and clean for 59 GBP",
        "Działa z Apple Health i Google Fit",
        "Pieczywo rzemieślnicze, chałki i pączki",
        "20% off everything with code WINTER20 until 15 January 2027",
    ],
)
def test_no_cut_inside_a_list_a_number_a_code_or_a_price(fact: str) -> None:
    for limit in range(10, len(fact)):
        cut = clause_cut(fact, limit)
        assert not cut or not broken_cut(cut, [fact]), cut
    assert all(len(fact[:c].split()) >= 2 for c in safe_cuts(fact))


def test_a_clause_still_goes_when_it_is_an_add_on() -> None:
    assert clause_cut("30% off all boards, plus free shipping", 25) == "30% off all boards"
    # dropping the pay would leave the rota without its reason
    assert clause_cut("System 3/1, wynagrodzenie od 14 000 zł netto", 12) == ""


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("Mieszkania 2", True),
        ("Osiedle Zielone Tarasy – mieszkania 2", True),
        ("Integrates with Xero, Sage", True),
        ("8-week online SQL", True),
        ("Działa z Apple Health", True),
        ("Pączki po 3", True),
        ("Integrates with Xero, Sage and NetSuite", False),
        ("Zasięg 70 km", False),
        ("VeloVolt Fold 2", False),
        ("System 3/1", False),
    ],
)
def test_hygiene_flags_fragments_cut_inside_their_meaning(text: str, broken: bool) -> None:
    facts = [
        "Mieszkania 2- i 3-pokojowe od 42 m² do 78 m² w Gdańsku",
        "Integrates with Xero, Sage and NetSuite",
        "8-week online SQL and Power BI course",
        "Działa z Apple Health i Google Fit",
        "Pączki po 3 zł w Tłusty Czwartek",
        "Zasięg 70 km",
        "Foldable electric city bike VeloVolt Fold 2",
        "System 3/1, wynagrodzenie od 14 000 zł netto",
    ]
    assert broken_cut(text, facts) is broken


def test_a_code_keeps_its_capitals() -> None:
    assert "WINTER20" in clean_fragment("20% off everything with code WINTER20")
    assert clean_fragment("HUGE SALE NOW on boards") == "huge sale now on boards"


def test_the_copy_check_flags_a_fact_cut_inside_its_meaning() -> None:
    from adsage.checks.copy import AdCopy, check_copy

    facts = ["Integrates with Xero, Sage and NetSuite", "Działa z Apple Health i Google Fit"]
    cut = AdCopy(headline="Integrates with Xero, Sage", lang="en", facts=facts)
    whole = AdCopy(headline="Działa z Apple Health i Google Fit", lang="pl", facts=facts)
    assert [f.field for f in check_copy(cut) if f.rule == "copy.cut_fact"] == ["headline"]
    assert not [f for f in check_copy(whole) if f.rule == "copy.cut_fact"]


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (40, "Warehouse operative jobs, Northampton"),
        (28, "Warehouse operative jobs"),
    ],
)
def test_a_short_product_keeps_its_name_before_the_comma_and_its_place(
    limit: int, expected: str
) -> None:
    from adsage.drafting.offline.cuts import short_product

    product = "Warehouse operative jobs, day and night shifts, near Northampton"
    assert short_product(product, limit, "en", ("Northampton",)) == expected
    # a place the product does not name is never added
    assert "Leeds" not in short_product(product, limit, "en", ("Leeds",))
