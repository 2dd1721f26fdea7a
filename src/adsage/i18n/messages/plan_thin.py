"""A brief too thin to plan: the questions shown at the top of the plan, and the bulk
sheet's not-ready mark (see :mod:`adsage.checks.thin_brief`)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "doc.thin": (
        "Brief too thin: answer these first",
        "Brief zbyt ogólny: najpierw odpowiedz na te pytania",
    ),
    "doc.thin.lead": (
        "The plan below is a starting point only: its ads and targets cannot be better than the brief. These answers turn it into a plan worth running:",
        "Poniższy plan to tylko punkt wyjścia: reklamy i cele nie będą lepsze niż brief. Te odpowiedzi zamienią go w plan, który warto uruchomić:",
    ),
    "thin.sold": (
        "What exactly do you sell, and where do people buy it: in an online shop, at a place they visit (which one), or both?",
        "Co dokładnie sprzedajesz i gdzie klienci kupują: w sklepie internetowym, w miejscu, które odwiedzają (jakim), czy tu i tu?",
    ),
    "thin.offer": (
        "What is the offer: why should someone buy now (a price, a discount, free delivery, a first-order deal)?",
        "Jaka jest oferta: dlaczego ktoś ma kupić teraz (cena, rabat, darmowa dostawa, korzyść przy pierwszym zamówieniu)?",
    ),
    "thin.benefits": (
        "What are two or three reasons to buy from you rather than elsewhere?",
        "Jakie są dwa, trzy powody, by kupić u Ciebie, a nie gdzie indziej?",
    ),
    "thin.target": (
        "How many of what do you want by the end of the campaign (orders, visits, sign-ups), as a number?",
        "Ile czego chcesz mieć na koniec kampanii (zamówień, wizyt, zapisów), w liczbach?",
    ),
    "thin.price": (
        "What does a typical order cost (the price or the average order value)?",
        "Ile kosztuje typowe zamówienie (cena albo średnia wartość zamówienia)?",
    ),
    "thin.pixel": (
        "Is the Meta pixel (or Conversions API) installed on the site, and does it record purchases?",
        "Czy na stronie jest zainstalowany piksel Meta (albo Conversions API) i czy rejestruje zakupy?",
    ),
    "sheet.thin": (
        "the brief is too thin to run as written; answer the questions at the top of the plan first.",
        "brief jest zbyt ogólny, by uruchomić kampanię w tej postaci; najpierw odpowiedz na pytania na początku planu.",
    ),
}
