"""Wording for results whose market benchmark is an all-industry average, for hires (a step
after the application) and for an event's responses: what the plan says the figure is and
what it asks the client for. Every figure is passed in, never written here."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    # the lead benchmark is one average over all industries: said so, and the client's own
    # past cost per lead asked for
    "plan.bench_all_industry": (
        "The lead cost used here ({market}, about {cpr} per lead) is an average over all industries, not a figure for this business: a high-ticket or specialist business (home energy, finance, recruitment of licensed staff) usually pays differently, often more. Ask the client for their past cost per lead and plan with it where they have one.",
        "Koszt leada przyjęty w planie ({market}, ok. {cpr} za lead) to średnia ze wszystkich branż, a nie wartość dla tej firmy: firma z drogą ofertą lub specjalistyczną usługą (energia dla domu, finanse, rekrutacja do zawodów z uprawnieniami) zwykle płaci inaczej, często więcej. Zapytaj klienta o jego dotychczasowy koszt leada i, jeśli go zna, planuj według niego.",
    ),
}
