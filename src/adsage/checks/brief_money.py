"""A price written with a bare "$" in a brief that reaches several dollar countries.

"7-day free trial, then $59.99 per year" reads as US dollars in the US, Canadian dollars in
Canada and Australian dollars in Australia: one ad states three prices.  Which currency each
country uses and whether it writes it "$" come from CLDR (Babel), so no country list is typed
in.  The finding is a question for the client (write "US$59.99", or a price per country); the
plan never converts a price or picks a currency.

Pure: brief texts, targeted countries and the budget's currency in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from babel.lists import format_list

from adsage.i18n.catalogue import t
from adsage.i18n.formatting import country_name
from adsage.models.findings import Finding
from adsage.rules.base import SourcedRule, finding
from adsage.rules.loader import load_rules

RULE = "brief.price_currency_ambiguous"
# "$59.99", "$ 20" but not "US$59.99", "CA$20" or "A$5"
_BARE = re.compile(r"(?<![A-Za-z$])\$\s?\d[\d,.]*")


class CurrencyMarketRule(SourcedRule):
    # a currency sign or code as written next to a figure -> the ISO currency it names
    signs: dict[str, str]


class BriefMoneyRule(SourcedRule):
    locales: list[str]
    currency_market: CurrencyMarketRule | None = None


def brief_money_rule() -> BriefMoneyRule:
    return load_rules("brief_money.yaml", BriefMoneyRule)


@lru_cache(maxsize=64)
def local_dollar(country: str, locales: tuple[str, ...]) -> str | None:
    """The country's currency when it writes it as a bare "$" there (CAD in Canada), else None."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(country.upper())
    if not found:
        return None
    code = found[0]
    for lang in locales:
        try:
            loc = Locale.parse(f"{lang}_{country.upper()}")
        except (UnknownLocaleError, ValueError):
            continue
        return code if loc.currency_symbols.get(code) == "$" else None
    return None


def dollar_clash(countries: Sequence[str], currency: str) -> bool:
    """Whether some targeted country writes its own currency, other than ``currency``, "$"."""
    locales = tuple(brief_money_rule().locales)
    return any((cur := local_dollar(c, locales)) and cur != currency for c in countries)


def _dollar(code: str) -> bool:
    """Whether a currency is some dollar ("$", "CA$", "A$" in English)."""
    from babel import Locale

    return Locale.parse("en").currency_symbols.get(code, code).endswith("$")


def price_currency_findings(
    texts: Mapping[str, str | None],
    countries: Sequence[str],
    budget_currency: str,
    lang: str = "en",
) -> list[Finding]:
    """One question when a bare "$" price would be read in more than one dollar currency."""
    field, said = next(
        ((f, m.group(0)) for f, v in texts.items() if v for m in [_BARE.search(v)] if m),
        (None, None),
    )
    if field is None or said is None:
        return []
    rule = brief_money_rule()
    locales = tuple(rule.locales)
    local = {c: cur for c in countries if (cur := local_dollar(c, locales))}
    meant = {budget_currency} if _dollar(budget_currency) else set()
    if len(set(local.values()) | meant) < 2:
        return []
    readers = [c for c, cur in local.items() if cur != budget_currency] or list(local)
    return [
        finding(
            RULE,
            rule.severity,
            t(
                "brief_money.ambiguous",
                lang,
                said=said.strip(),
                countries=format_list([country_name(c, lang) for c in readers], locale=lang),
                currencies=", ".join(dict.fromkeys(local[c] for c in readers)),
            ),
            rule,
            field=field,
            suggestion=t("brief_money.ask", lang, said=said.strip()),
        )
    ]


RULE_MARKET = "brief.price_currency_market"


@lru_cache(maxsize=1)
def _amounts() -> re.Pattern[str] | None:
    """An amount with a currency sign or code before or after it ("£400", "400 GBP", "297 zł")."""
    rule = brief_money_rule().currency_market
    if rule is None or not rule.signs:
        return None
    signs = "|".join(re.escape(s) for s in sorted(rule.signs, key=len, reverse=True))
    num = r"\d[\d,.]*(?:\s\d{3})*"
    return re.compile(
        rf"(?<![\w$])(?P<a>{signs})\s?{num}|(?<![\w.,])\d[\d,.]*(?:\s\d{{3}})*\s?(?P<b>{signs})(?!\w)"
    )


def local_currency(country: str) -> str | None:
    """The currency a country pays in today (CLDR via Babel), or None when it has none."""
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(country.upper())
    return found[0] if found else None


def currency_market_findings(
    texts: Mapping[str, str | None], countries: Sequence[str], lang: str = "en"
) -> list[Finding]:
    """One warning when the brief states an amount in one currency and some targeted country
    pays in a currency the brief never names (a GBP offer shown in Ireland): split the ad sets
    by country or give a local offer.  Never converts an amount."""
    rule = brief_money_rule().currency_market
    pattern = _amounts()
    if rule is None or pattern is None:
        return []
    said: dict[str, str] = {}
    first: tuple[str, str] | None = None
    for field, value in texts.items():
        for m in pattern.finditer(value or ""):
            code = rule.signs[m.group("a") or m.group("b")]
            said.setdefault(code, m.group(0).strip())
            first = first or (field, m.group(0).strip())
    if first is None:
        return []
    others = {c: cur for c in countries if (cur := local_currency(c)) and cur not in said}
    if not others:
        return []
    field, amount = first
    pairs = ", ".join(f"{country_name(c, lang)}: {cur}" for c, cur in others.items())
    return [
        finding(
            RULE_MARKET,
            rule.severity,
            t("brief_money.market", lang, said=amount, currency=", ".join(said), pairs=pairs),
            rule,
            field=field,
            suggestion=t("brief_money.market_fix", lang, pairs=pairs, currency=", ".join(said)),
        )
    ]
