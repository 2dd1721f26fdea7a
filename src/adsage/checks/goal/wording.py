"""How the goal checker words things: its messages (``goal.*`` in :mod:`adsage.i18n`) and
numbers, money, dates and periods formatted so that the goal parser reads them back (rewrites
are re-checkable, so "1 000" and "24 grudnia 2026" here must parse there).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Literal

from adsage.i18n.catalogue import t

Lang = Literal["en", "pl"]

_MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
_MONTHS_PL_GEN = [
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
    "października", "listopada", "grudnia",
]  # fmt: skip


def msg(key: str, lang: Lang, **kw: object) -> str:
    """The goal checker's message ``key`` (``goal.*`` in the one catalogue)."""
    return t(f"goal.{key}", lang, **kw)


def fmt_num(value: float, lang: Lang) -> str:
    """1000 -> "1,000" (EN) / "1 000" (PL); small fractions keep two decimals."""
    if not math.isfinite(value):
        return str(value)
    if abs(value - round(value)) < 1e-9 and abs(value) >= 1:
        text = f"{round(value):,}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "pl":
        text = text.replace(",", " ").replace(".", ",")
    return text


def fmt_money(value: float, currency: str | None, lang: Lang) -> str:
    """The plan's one money format ("GBP 6,000", "5 000 zł"): the SMART check must show an
    amount exactly as the KPI and budget sections do; whole units from 100 up."""
    if not currency:
        return fmt_num(value, lang)
    from adsage.i18n import money

    if not math.isfinite(value) or abs(value) >= 1e15:  # beyond what a number format holds
        return f"{fmt_num(value, lang)} {currency}"
    return money(round(value) if value >= 100 else value, currency, lang)


def fmt_date(d: date, lang: Lang) -> str:
    months = _MONTHS_PL_GEN if lang == "pl" else _MONTHS_EN
    return f"{d.day} {months[d.month - 1]} {d.year}"


def fmt_period(days: int, lang: Lang) -> str:
    key = min((1, 7, 30, 91, 365), key=lambda k: abs(k - days))
    return msg(f"period.{key}", lang)
