"""The price-cut finding (:mod:`adsage.checks.price_cut`): an announced reduction in an EU
market must show the lowest price of the 30 days before it.  No price is ever written here."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "price_cut.prior_price": (
        "The brief announces a price cut ({said}) and the ads reach the EU ({countries}), where price rules (the Omnibus directive) ask an announced reduction to also show the lowest price of the 30 days before it.",
        "Brief ogłasza obniżkę ceny ({said}), a reklamy trafią do odbiorców w UE ({countries}), gdzie przepisy o cenach (dyrektywa Omnibus) wymagają, by przy ogłoszonej obniżce podać też najniższą cenę z 30 dni przed obniżką.",
    ),
    "price_cut.prior_price.fix": (
        "Show the lowest price of the 30 days before the cut next to the reduced price, in the ad and on the landing page; take it from the client's price history (adsage does not know it). If it is not a cut of the client's own earlier price (a first-order discount, a price lower than elsewhere), ask the client whether the rule applies.",
        "Podaj obok obniżonej ceny, w reklamie i na stronie docelowej, najniższą cenę z 30 dni przed obniżką; weź ją z historii cen klienta (adsage jej nie zna). Jeśli to nie jest obniżka wcześniejszej ceny klienta (rabat na pierwsze zamówienie, cena niższa niż gdzie indziej), zapytaj klienta, czy ten przepis ma tu zastosowanie.",
    ),
    "price_cut.first_order": (
        "The brief's discount ({said}) is for a first order or with a code, not a cut of an earlier price, so the EU rule on showing the lowest price of the prior 30 days ({countries}) usually does not apply to it.",
        "Rabat z briefu ({said}) dotyczy pierwszego zamówienia albo kodu, a nie obniżki wcześniejszej ceny, więc unijna zasada podawania najniższej ceny z 30 dni ({countries}) zwykle go nie dotyczy.",
    ),
    "price_cut.first_order.fix": (
        "Confirm with the client that the price itself is not being cut.",
        "Potwierdź z klientem, że sama cena nie jest obniżana.",
    ),
}
