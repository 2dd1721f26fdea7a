"""The question under the KPI table when the typical cost per purchase is most of the price
(see :mod:`adsage.advisor.order_margin`)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

_ASK_EN = "So judge the campaign on the average order value and on repeat orders, not on the cost per purchase alone. A question for the client: what margin is left on an order after the product and delivery, and what is the average order value?"
_ASK_PL = "Dlatego kampanię warto oceniać po średniej wartości zamówienia i po powracających klientach, a nie tylko po koszcie zakupu. Pytanie do klienta: jaka marża zostaje na zamówieniu po odliczeniu produktu i dostawy i jaka jest średnia wartość zamówienia?"

MESSAGES: dict[str, Message] = {
    "plan.margin.from": (
        f"At the market's typical cost per purchase ({{cost}}) and prices from {{price}}, the ads alone take about {{share}}% of the cheapest order, so such an order may leave little or no margin once the product is paid for. {_ASK_EN}",
        f"Przy typowym koszcie zakupu na rynku ({{cost}}) i cenach od {{price}} sama reklama pochłania ok. {{share}}% najtańszego zamówienia, więc po odliczeniu produktu może na nim zostać niewiele albo nic. {_ASK_PL}",
    ),
    "plan.margin.at": (
        f"At the market's typical cost per purchase ({{cost}}) and a price of {{price}}, the ads alone take about {{share}}% of each order, so an order may leave little or no margin once the product is paid for. {_ASK_EN}",
        f"Przy typowym koszcie zakupu na rynku ({{cost}}) i cenie {{price}} sama reklama pochłania ok. {{share}}% każdego zamówienia, więc po odliczeniu produktu może na nim zostać niewiele albo nic. {_ASK_PL}",
    ),
}
