"""A price in "$" read in several dollar countries: the copy writes US dollars as "US$" where
another "$" currency is targeted, and a bare "$" price in the brief is a question for the
client, in the plan's brief checks."""

from __future__ import annotations

import pytest

from adsage.checks.brief_money import dollar_clash, price_currency_findings
from adsage.drafting.offline.hygiene import local_money, no_currency

TRIAL = {"offer": "7-day free trial of Lingomo Plus, then $59.99 per year"}


def test_a_bare_dollar_price_in_us_canada_and_australia_is_a_question() -> None:
    [en] = price_currency_findings(TRIAL, ["US", "CA", "AU"], "USD", "en")
    assert (en.rule, en.severity, en.field) == (
        "brief.price_currency_ambiguous",
        "warning",
        "offer",
    )
    assert "Canada and Australia (CAD, AUD)" in en.message and "US$59.99" in en.suggestion
    [pl] = price_currency_findings(TRIAL, ["US", "CA", "AU"], "USD", "pl")
    assert "Kanada i Australia" in pl.message and pl.suggestion.startswith("Zapytaj klienta")


@pytest.mark.parametrize(
    ("texts", "countries", "currency"),
    [
        (TRIAL, ["US"], "USD"),  # one dollar, the budget's
        ({"offer": "then US$59.99 per year"}, ["US", "CA"], "USD"),  # the currency is written
        ({"offer": "then 59.99 USD per year"}, ["US", "CA"], "USD"),
        ({"offer": "£60 off"}, ["GB", "IE"], "GBP"),  # not a dollar
        (TRIAL, ["CA"], "CAD"),  # Canadians pricing in Canadian dollars
    ],
)
def test_clear_prices_ask_nothing(
    texts: dict[str, str], countries: list[str], currency: str
) -> None:
    assert price_currency_findings(texts, countries, currency) == []


def test_a_canadian_campaign_priced_in_us_dollars_is_a_question() -> None:
    assert price_currency_findings(TRIAL, ["CA"], "USD")


def test_copy_writes_us_dollars_with_their_country_where_another_dollar_is_targeted() -> None:
    text = "Then 59.99 USD per year"
    assert local_money(text, "en", ["US"]) == "Then $59.99 per year"
    assert local_money(text, "en", ["US", "CA", "AU"]) == "Then US$59.99 per year"
    assert local_money("Orders over 60 GBP", "en", ["GB", "CA"]) == "Orders over £60"
    assert dollar_clash(["US", "AU"], "USD") and not dollar_clash(["US", "GB"], "USD")
    # the offer is still found in an ad that writes it either way
    assert no_currency("US$59.99").split() == no_currency("59.99 USD").split()


def test_an_amount_in_one_currency_shown_where_people_pay_in_another_warns() -> None:
    from adsage.checks.brief_money import currency_market_findings

    offer = {"offer": "Up to 400 GBP off selected e-bikes", "benefits[0]": "Cycle to Work"}
    [en] = currency_market_findings(offer, ["GB", "IE"], "en")
    assert (en.rule, en.severity, en.field) == ("brief.price_currency_market", "warning", "offer")
    assert "in GBP (400 GBP)" in en.message and "Ireland: EUR" in en.message
    assert en.suggestion and "Split the ad sets by country" in en.suggestion
    [pl] = currency_market_findings({"offer": "Do £400 taniej"}, ["GB", "IE"], "pl")
    assert "Irlandia: EUR" in pl.message and "adsage nie przelicza kwot" in (pl.suggestion or "")


@pytest.mark.parametrize(
    ("texts", "countries"),
    [
        ({"offer": "Up to £400 off"}, ["GB"]),  # the market pays in the amount's currency
        ({"offer": "Up to £400 off, €450 off in Ireland"}, ["GB", "IE"]),  # each has its own
        ({"offer": "Cena 297 zł zamiast 497 zł", "benefits[0]": "20 000 zł"}, ["PL"]),
        ({"offer": "Top 10 e-bikes, free delivery"}, ["GB", "IE"]),  # no amount at all
    ],
)
def test_amounts_the_market_pays_in_stay_clean(texts: dict[str, str], countries: list[str]) -> None:
    from adsage.checks.brief_money import currency_market_findings

    assert currency_market_findings(texts, countries, "en") == []
