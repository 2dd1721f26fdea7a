"""The offer-end finding (:mod:`adsage.checks.offer_end`): the offer names an end date before
the flight's last day.  The dates are the brief's; the plan never picks a new one."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "offer_end.before_flight": (
        "The offer names an end date, “{said}”, but the campaign runs until {last}: from {after} an ad that names it would advertise an offer that has ended.",
        "Oferta podaje termin, „{said}”, a kampania trwa do {last}: od {after} reklama, która go podaje, reklamowałaby nieaktualną ofertę.",
    ),
    "offer_end.before_flight.fix": (
        "Set the end date of the ads that name the offer's deadline or discount to {end}, or split the campaign into two flights: until {end} with the offer, then to {last} with ads that leave it out. Ask the client whether the offer will be extended.",
        "Ustaw reklamom, które podają termin lub rabat z oferty, datę zakończenia {end} albo podziel kampanię na dwa okresy: do {end} z ofertą, potem do {last} z reklamami bez niej. Zapytaj klienta, czy oferta zostanie przedłużona.",
    ),
}
