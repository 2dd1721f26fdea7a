"""The question about a price written with a bare "$" (:mod:`adsage.checks.brief_money`)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "brief_money.ambiguous": (
        'The brief writes a price as "{said}", but "$" is also the local currency in {countries} ({currencies}), so the same ad states a different price there.',
        "Brief podaje cenę jako „{said}”, ale „$” to także waluta lokalna w krajach: {countries} ({currencies}), więc ta sama reklama podaje tam inną cenę.",
    ),
    "brief_money.ask": (
        "Ask the client: write the currency with the price (US{said}, say), or give each country its own price.",
        "Zapytaj klienta, czy dopisać walutę przy cenie (np. US{said}), czy podać osobną cenę dla każdego kraju.",
    ),
    "brief_money.market": (
        "The brief states an amount in {currency} ({said}), but the ads also reach countries with another currency ({pairs}): people there may not read it as their own price.",
        "Brief podaje kwotę w walucie {currency} ({said}), ale reklamy trafią też do krajów z inną walutą ({pairs}): tamtejsi odbiorcy mogą nie odczytać jej jako swojej ceny.",
    ),
    "brief_money.market_fix": (
        "Split the ad sets by country and give each market an offer in its own currency ({pairs}), or state plainly that the amount is in {currency}; adsage does not convert amounts.",
        "Podziel zestawy reklam według krajów i daj każdemu rynkowi ofertę w jego walucie ({pairs}) albo napisz wprost, że kwota jest w walucie {currency}; adsage nie przelicza kwot.",
    ),
}
