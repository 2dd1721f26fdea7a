"""Plan wording through the one EN/PL catalogue (``plan.*`` keys) and its formatters."""

from __future__ import annotations

from adsage.i18n import money as _money
from adsage.i18n import number, percent, t


def tr(lang: str, key: str, **kw: object) -> str:
    return t(f"plan.{key}", lang, **kw)


def money(value: float, currency: str, lang: str) -> str:
    """An amount always with its currency, formatted for the plan's language; whole units
    from 100 up (a plan reads "PLN 22,174", not "PLN 22,173.8")."""
    return _money(round(value) if value >= 100 else value, currency, lang)


def cents(value: float, currency: str, lang: str) -> str:
    """An amount to the cent ("GBP 175.92", "GBP 16.80"; whole amounts without cents): a
    figure the buyer types into Ads Manager."""
    value = round(value, 2)
    return (
        _money(value, currency, lang, 0)
        if value == int(value)
        else _money(value, currency, lang, cents=True)
    )


def count(value: float, lang: str) -> str:
    """A count: whole from 10 up, one decimal below ("62,500", "8.8" / "62 500", "8,8")."""
    return number(value, lang, 0 if value >= 10 else 1)


def pct(ratio: float, lang: str) -> str:
    """0.0205 -> "2.05%" / "2,05%"."""
    return percent(ratio, lang, 2)
