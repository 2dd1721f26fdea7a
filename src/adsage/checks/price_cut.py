"""A price cut the brief announces, shown in an EU market: the lowest price of the 30 days
before the cut must be shown too (the Omnibus rule of EU price-indication law).

"Cena 297 zł zamiast 497 zł", "-30%", "Up to 400 GBP off" all announce a reduction.  The plan
cannot know the client's earlier prices, so it never writes one: it asks for the figure.
Whether the rule covers one offer (a service, an introductory price) is a lawyer's call, so
the finding is a warning, never an error.  Markets, wording and source are data:
``knowledge/rules/prices.yaml``.

Pure: brief texts and targeted countries in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from babel.lists import format_list

from adsage.i18n.catalogue import t
from adsage.i18n.formatting import country_name
from adsage.models.findings import Finding
from adsage.rules.base import SourcedRule, Strict, finding
from adsage.rules.loader import load_rules

RULE = "brief.price_cut_prior_price"


class PriceCutRule(SourcedRule):
    markets: list[str]
    terms: list[str]
    # a first-order or code discount: not a cut of an earlier price (information, not a warning)
    first_order: list[str] = []


class PriceRules(Strict):
    price_cut: PriceCutRule


def _words(terms: list[str]) -> re.Pattern[str]:
    words = "|".join(f"(?:{p})" for p in terms) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _compiled() -> tuple[PriceCutRule, re.Pattern[str]]:
    rule = load_rules("prices.yaml", PriceRules).price_cut
    return rule, _words(rule.terms)


@lru_cache(maxsize=1)
def _first_order() -> re.Pattern[str]:
    return _words(_compiled()[0].first_order)


def first_order(text: str | None) -> bool:
    """Whether ``text`` gives its discount on a first order or with a code ("Rabat 20% na
    pierwsze zamówienie z kodem ZIMA20"): not a cut of an earlier price."""
    return bool(text) and _first_order().search(text or "") is not None


def price_cut(text: str | None) -> str | None:
    """The words that announce a price cut in ``text`` ("297 zł zamiast 497 zł"), or None."""
    if not text:
        return None
    m = _compiled()[1].search(text)
    return m.group(0).strip(" ,.") if m else None


def price_cut_findings(
    texts: Mapping[str, str | None], countries: Sequence[str], lang: str = "en"
) -> list[Finding]:
    """One warning for the first brief field that announces a price cut, when the campaign
    reaches an EU market; none otherwise (the UK's own price rules are not this one)."""
    rule, _ = _compiled()
    eu = [c for c in countries if c.upper() in rule.markets]
    if not eu:
        return []
    for field, value in texts.items():
        said = price_cut(value)
        if said is None:
            continue
        names = format_list([country_name(c, lang) for c in eu], locale=lang)
        # "189 zł zamiast 237 zł z kodem" still names the earlier price: a cut of it
        compared = re.search(r"zamiast|instead of|był[oa]|\bwas\b|reduced", said, re.IGNORECASE)
        if first_order(value) and not compared:
            return [
                finding(
                    RULE,
                    "info",
                    t("price_cut.first_order", lang, said=said, countries=names),
                    rule,
                    field=field,
                    suggestion=t("price_cut.first_order.fix", lang),
                )
            ]
        return [
            finding(
                RULE,
                rule.severity,
                t("price_cut.prior_price", lang, said=said, countries=names),
                rule,
                field=field,
                suggestion=t("price_cut.prior_price.fix", lang),
            )
        ]
    return []
