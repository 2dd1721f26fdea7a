"""The gift-delivery finding (:mod:`adsage.checks.gift_delivery`): a delivered gift ordered
in the flight's last days arrives after the occasion.  The delivery time is the brief's own;
the plan never assumes one."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    # the occasion after "before" ("przed Wigilią": Polish instrumental)
    "gift_delivery.day.christmas_pl": ("Christmas Eve", "Wigilią"),
    "gift_delivery.day.christmas": ("Christmas Day", "Bożym Narodzeniem"),
    "gift_delivery.day.valentines": ("Valentine's Day", "Walentynkami"),
    "gift_delivery.day.mothers_day_pl": ("Mother's Day", "Dniem Matki"),
    "gift_delivery.day.mothers_day_gb": ("Mother's Day", "Dniem Matki"),
    "gift_delivery.day.mothers_day_us": ("Mother's Day", "Dniem Matki"),
    # the occasion as a subject
    "gift_delivery.name.christmas_pl": ("Christmas Eve", "Wigilia"),
    "gift_delivery.name.christmas": ("Christmas Day", "Boże Narodzenie"),
    "gift_delivery.name.valentines": ("Valentine's Day", "Walentynki"),
    "gift_delivery.name.mothers_day_pl": ("Mother's Day", "Dzień Matki"),
    "gift_delivery.name.mothers_day_gb": ("Mother's Day", "Dzień Matki"),
    "gift_delivery.name.mothers_day_us": ("Mother's Day", "Dzień Matki"),
    "gift_delivery.cutoff": (
        "The brief gives delivery as “{said}” and the campaign runs until {last}: an order placed after {order} will probably not arrive before {occasion} ({date}).",
        "Brief podaje czas dostawy „{said}”, a kampania trwa do {last}: zamówienie złożone po {order} prawdopodobnie nie dotrze przed {occasion} ({date}).",
    ),
    "gift_delivery.cutoff.fix": (
        "From {after}, stop the gift ads or switch their message (for example to a gift voucher, if the shop offers one). This is an estimate: it counts working days and skips weekends only, not public holidays or the courier's own breaks; confirm the last order day and hour with the client.",
        "Od {after} wyłącz reklamy prezentowe albo zmień ich przekaz (np. na bon podarunkowy, jeśli sklep go oferuje). To szacunek: liczy dni robocze i pomija tylko weekendy, bez świąt i przerw u kuriera; potwierdź z klientem ostatni dzień i godzinę zamówień.",
    ),
    "gift_delivery.unknown": (
        "{name} ({date}) falls at the end of the campaign (until {last}) and the brief does not say how long delivery takes: orders from the last days may not arrive in time.",
        "{name} ({date}) wypada pod koniec kampanii (do {last}), a brief nie podaje czasu dostawy: zamówienia z ostatnich dni mogą nie dotrzeć na czas.",
    ),
    "gift_delivery.unknown.fix": (
        "Ask the client until when (day and hour) orders are still delivered in time ({date}); after that, stop the gift ads or switch their message.",
        "Zapytaj klienta, do kiedy (dzień i godzina) przyjmuje zamówienia z dostawą na czas ({date}); po tym terminie wyłącz reklamy prezentowe albo zmień ich przekaz.",
    ),
}
