"""Numbers, percentages, money, dates and plurals for EN/PL, by Babel's CLDR data.

One formatter per kind so that a figure is shown the same everywhere: Polish groups thousands
with a non-breaking space and writes a decimal comma ("50 434", "1,71%", "1 200 zł"), and
picks one of three plural forms ("2 warianty", "5 wariantów", "22 warianty").
"""

from __future__ import annotations

import math
from datetime import date as _date
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from adsage.i18n.catalogue import as_lang, plural_forms

NBSP = "\u00a0"
_LOCALES = {"en": "en_GB", "pl": "pl_PL"}


@lru_cache(maxsize=4)
def _locale(lang: str) -> Locale:
    return Locale.parse(_LOCALES[as_lang(lang)])


def _pattern(decimals: int | None, value: float) -> str:
    """Grouped digits; whole numbers without decimals, others with up to ``decimals``."""
    if decimals is None:
        decimals = 0 if abs(value - round(value)) < 1e-9 else 2
    return "#,##0" + ("." + "#" * decimals if decimals else "")


def number(value: float, lang: str, decimals: int | None = None) -> str:
    """``50434`` -> "50,434" (EN) / "50 434" (PL, non-breaking space); up to 2 decimals."""
    if not math.isfinite(value):
        return str(value)
    # A plan formats the same few figures many times: kept per exact value (type and repr,
    # so 1 and 1.0, 0.0 and -0.0 stay apart), language and decimals.
    key = (type(value), repr(value), lang, decimals)
    text = _NUMBERS.get(key)
    if text is None:
        if len(_NUMBERS) >= 4096:
            _NUMBERS.clear()
        pattern = _pattern(decimals, value)
        text = _NUMBERS[key] = format_decimal(value, format=pattern, locale=_locale(lang))
    return text


_NUMBERS: dict[tuple[type, str, str, int | None], str] = {}


def percent(fraction: float, lang: str, decimals: int = 1) -> str:
    """``0.0171`` -> "1.71%" / "1,71%" (up to ``decimals`` decimals, trailing zeros dropped).
    Kept per exact value as :func:`number` keeps its figures: a batch sizes one test per
    brief from the same few rates."""
    key = (type(fraction), repr(fraction), lang, decimals)
    text = _PERCENTS.get(key)
    if text is None:
        if len(_PERCENTS) >= 4096:
            _PERCENTS.clear()
        fmt = "#,##0" + ("." + "#" * decimals if decimals else "") + "%"
        text = _PERCENTS[key] = format_percent(fraction, format=fmt, locale=_locale(lang))
    return text


_PERCENTS: dict[tuple[type, str, str, int], str] = {}


def money(
    value: float, currency: str | None, lang: str, decimals: int | None = None, cents: bool = False
) -> str:
    """``1200, "PLN"`` -> "PLN 1,200" (EN) / "1 200 zł" (PL); no currency -> the number.
    ``cents`` always shows two decimals ("GBP 16.80"), as a budget field holds them; an
    amount that is not whole shows two decimals too ("EUR 21.20", never "EUR 21.2"), unless
    the caller asks for other ``decimals`` (an exchange rate to four places)."""
    if not currency:
        return number(value, lang, decimals)
    whole = abs(round(value, 2) - round(value)) < 1e-9
    two = cents or (decimals is None and not whole)
    pat = "#,##0.00" if two else _pattern(decimals, value)
    fmt = f"{pat}{NBSP}¤" if as_lang(lang) == "pl" else f"¤{NBSP}{pat}"
    if as_lang(lang) == "en":
        fmt = f"{currency}{NBSP}{pat}"  # "PLN 1,200": an ISO code is unambiguous in English
    return format_currency(value, currency, format=fmt, locale=_locale(lang), currency_digits=False)


def date(d: _date, lang: str) -> str:
    """``2026-12-24`` -> "24 December 2026" / "24 grudnia 2026" (the goal parser reads both)."""
    return format_date(d, format="d MMMM y", locale=_locale(lang))


# Market keys of the benchmark table that are not ISO country codes.
_TERRITORY_ALIASES = {"UK": "GB"}


def country_name(code: str, lang: str) -> str:
    """``"BE"`` -> "Belgium" / "Belgia": the one country-name table (CLDR, via Babel) that
    every rendering uses, so a plan never mixes names with codes. "UK" reads as GB and "EU"
    as the European Union; a code CLDR does not know is shown as it is."""
    key = code.strip().upper()
    key = _TERRITORY_ALIASES.get(key, key)
    return str(_locale(lang).territories.get(key) or code)


def plural_category(n: float, lang: str) -> str:
    """CLDR plural category of ``n``: "one"/"other" in English, "one"/"few"/"many"/"other" in
    Polish.  Kept per exact value (type and repr: CLDR reads 1 and 1.0 differently), as
    every count of a plan and of each A/B sizing asks again."""
    key = (type(n), repr(n), lang)
    form = _PLURALS.get(key)
    if form is None:
        if len(_PLURALS) >= 4096:
            _PLURALS.clear()
        form = _PLURALS[key] = str(_locale(lang).plural_form(abs(n)))
    return form


_PLURALS: dict[tuple[type, str, str], str] = {}


def plural(key: str, n: float, lang: str, *, shown: str | None = None, **kw: Any) -> str:
    """The plural message ``key`` for ``n``, with ``{n}`` formatted by :func:`number`, or
    written as ``shown`` when the caller already has the figure as it must appear ("65+")."""
    forms = plural_forms(key, lang)
    text = forms.get(plural_category(n, lang)) or forms["other"]
    return text.format(n=number(n, lang) if shown is None else shown, **kw)
