"""Plan wording for the one optimisation event: landing page views in a Traffic plan that
counts them, purchases with a cost cap in a ROAS plan that sells at one price, an app event in an app plan whose goal is an in-app result, and a lead plan
whose landing page takes the registration."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "label.app_goal.OFFSITE_CONVERSIONS": ("app event", "zdarzenie w aplikacji"),
    "label.app_goal.VALUE": ("app event value", "wartość zdarzeń w aplikacji"),
    "plan.opt.app_goal": (
        "the app event {event} ({goal})",
        "zdarzenie w aplikacji {event} ({goal})",
    ),
    "plan.opt.app_event_label": (
        "{metric} (app event {event})",
        "{metric} (zdarzenie w aplikacji {event})",
    ),
    "plan.opt.why_landing_page_views": (
        "Landing page views rather than link clicks, because the plan counts pages that loaded: Meta then looks for people who wait for the page, not those who tap and leave.",
        "Wyświetlenia strony, a nie same kliknięcia linku, bo plan liczy strony, które się załadowały: Meta szuka wtedy osób, które poczekają na stronę, a nie tych, które klikną i od razu wyjdą.",
    ),
    "plan.opt.why_app_event": (
        "The goal counts {metric} inside the app, so each app campaign optimises for that app event, not for installs: the Meta SDK or a mobile measurement partner must send {event}; after import, choose that event in each ad set. Installs stay a diagnostic.",
        "Cel liczy {metric} w aplikacji, więc każda kampania aplikacji optymalizuje pod to zdarzenie, a nie pod instalacje: SDK Mety albo partner pomiaru mobilnego (MMP) musi wysyłać {event}; po imporcie wybierz to zdarzenie w każdym zestawie reklam. Instalacje są tylko miarą pomocniczą.",
    ),
    "plan.opt.installs_diagnostic": (
        "diagnostic only: the campaigns optimise for the app event {event} ({metric}), not for installs",
        "tylko miara pomocnicza: kampanie optymalizują pod zdarzenie w aplikacji {event} ({metric}), nie pod instalacje",
    ),
    "plan.opt.why_single_price": (
        "At one price ({price}) every purchase is worth the same, so optimising for value would have nothing to choose between: the goal's minimum ROAS becomes a cost per result goal, the price divided by the ROAS ({price} / {roas}; adsage guidance).",
        "Przy jednej cenie ({price}) każdy zakup ma tę samą wartość, więc optymalizacja pod wartość nie miałaby z czego wybierać: minimalny ROAS z celu staje się docelowym kosztem wyniku, czyli ceną podzieloną przez ROAS ({price} / {roas}; wytyczne adsage).",
    ),
    "plan.structure.website_registration": (
        "Lead campaign optimised for registrations on the website: the landing page takes the registration ({url}), so optimise for the event the pixel sends when it is completed (CompleteRegistration, or Lead on the confirmation page); use an instant form only as a fallback if the page converts poorly.",
        "Kampania kontaktowa optymalizowana pod rejestracje na stronie: strona docelowa przyjmuje rejestrację ({url}), więc optymalizuj pod zdarzenie, które piksel wysyła po jej zakończeniu (CompleteRegistration albo Lead na stronie potwierdzenia); formularz błyskawiczny tylko awaryjnie, gdyby strona słabo konwertowała.",
    ),
}
