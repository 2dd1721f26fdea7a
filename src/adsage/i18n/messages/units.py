"""Counted things and time periods, shared by every surface."""

from __future__ import annotations

from adsage.i18n.catalogue import Message, PluralMessage


def _en(one: str, other: str) -> dict[str, str]:
    return {"one": one, "other": other}


def _pl(one: str, few: str, many: str, other: str) -> dict[str, str]:
    return {"one": one, "few": few, "many": many, "other": other}


PLURALS: dict[str, PluralMessage] = {
    "unit.result": (
        _en("{n} result", "{n} results"),
        _pl("{n} wynik", "{n} wyniki", "{n} wyników", "{n} wyniku"),
    ),
    "unit.lead": (
        _en("{n} lead", "{n} leads"),
        _pl("{n} lead", "{n} leady", "{n} leadów", "{n} leada"),
    ),
    "unit.variant": (
        _en("{n} variant", "{n} variants"),
        _pl("{n} wariant", "{n} warianty", "{n} wariantów", "{n} wariantu"),
    ),
    "unit.ad": (
        _en("{n} ad", "{n} ads"),
        _pl("{n} reklama", "{n} reklamy", "{n} reklam", "{n} reklamy"),
    ),
    # the accusative, for "Zapisano 1 reklamę" / "Porównano 3 reklamy"
    "unit.ad_acc": (
        _en("{n} ad", "{n} ads"),
        _pl("{n} reklamę", "{n} reklamy", "{n} reklam", "{n} reklamy"),
    ),
    # the genitive, for "test 2 reklam" / "test 1 reklamy"
    "unit.ad_gen": (
        _en("{n} ad", "{n} ads"),
        _pl("{n} reklamy", "{n} reklam", "{n} reklam", "{n} reklamy"),
    ),
    "unit.person": (
        _en("{n} person", "{n} people"),
        _pl("{n} osoba", "{n} osoby", "{n} osób", "{n} osoby"),
    ),
    "unit.token": (
        _en("{n} token", "{n} tokens"),
        _pl("{n} token", "{n} tokeny", "{n} tokenów", "{n} tokenu"),
    ),
    "unit.impression": (
        _en("{n} impression", "{n} impressions"),
        _pl("{n} wyświetlenie", "{n} wyświetlenia", "{n} wyświetleń", "{n} wyświetlenia"),
    ),
    "unit.order": (
        _en("{n} order", "{n} orders"),
        _pl("{n} zamówienie", "{n} zamówienia", "{n} zamówień", "{n} zamówienia"),
    ),
    "unit.message": (
        _en("{n} message", "{n} messages"),
        _pl("{n} wiadomość", "{n} wiadomości", "{n} wiadomości", "{n} wiadomości"),
    ),
    "unit.day": (_en("{n} day", "{n} days"), _pl("{n} dzień", "{n} dni", "{n} dni", "{n} dnia")),
    "unit.character": (
        _en("{n} character", "{n} characters"),
        _pl("{n} znak", "{n} znaki", "{n} znaków", "{n} znaku"),
    ),
    "unit.warning": (
        _en("{n} warning", "{n} warnings"),
        _pl("{n} ostrzeżenie", "{n} ostrzeżenia", "{n} ostrzeżeń", "{n} ostrzeżenia"),
    ),
    "unit.error": (
        _en("{n} error", "{n} errors"),
        _pl("{n} błąd", "{n} błędy", "{n} błędów", "{n} błędu"),
    ),
    # also the upper end of an age range, agreeing with it ("24–34 lata", "18–65+ lat")
    "unit.years": (
        _en("{n} year", "{n} years"),
        _pl("{n} rok", "{n} lata", "{n} lat", "{n} roku"),
    ),
}

MESSAGES: dict[str, Message] = {
    "period.1": ("per day", "dziennie"),
    "period.7": ("per week", "tygodniowo"),
    "period.30": ("per month", "miesięcznie"),
    "period.91": ("per quarter", "kwartalnie"),
    "period.365": ("per year", "rocznie"),
}
