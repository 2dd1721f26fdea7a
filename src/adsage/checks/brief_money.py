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


class BriefMoneyRule(SourcedRule):
    locales: list[str]


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
