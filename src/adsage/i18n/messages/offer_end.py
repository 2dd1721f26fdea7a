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
    # the bulk sheet's split at the offer's end (adsage.export.offer_split), said once in the
    # plan's budget notes and per ad set in the sheet's working notes
    "offer_end.sheet_split": (
        "The import sheet splits {lines} at the offer's end: one ad set until {end} with all the ads, then one from {after} to {last} with only the ads that leave the offer out ({kept} of {total}). {money} The second ad set starts learning again for its last days; if the client extends the offer, delete it and move the first one's end date to {last}.",
        "Arkusz importu dzieli {lines} na dwa okresy, bo oferta kończy się {end}: do {end} zestaw ze wszystkimi reklamami, od {after} do {last} zestaw tylko z reklamami bez oferty ({kept} z {total}). {money} Drugi zestaw zaczyna fazę uczenia się od nowa na ostatnie dni; jeśli klient przedłuży ofertę, usuń go i przesuń koniec pierwszego na {last}.",
    ),
    "offer_end.sheet_split.all_name_it": (
        "The import sheet splits {lines} at the offer's end: one ad set until {end}, then one from {after} to {last}. {money} Every draft names the offer, so before {after} replace the second ad set's ads with ones that leave it out (the sheet marks them under Set Up By Hand). If the client extends the offer, delete the second ad set and move the first one's end date to {last}.",
        "Arkusz importu dzieli {lines} na dwa okresy, bo oferta kończy się {end}: zestaw do {end}, potem zestaw od {after} do {last}. {money} Każda propozycja podaje ofertę, więc przed {after} zastąp reklamy drugiego zestawu takimi, które jej nie podają (arkusz oznacza je w kolumnie Set Up By Hand). Jeśli klient przedłuży ofertę, usuń drugi zestaw i przesuń koniec pierwszego na {last}.",
    ),
    "offer_end.sheet_split.daily": (
        "Both keep the daily budget, so the total stays the same.",
        "Oba mają ten sam budżet dzienny, więc suma się nie zmienia.",
    ),
    "offer_end.sheet_split.lifetime": (
        "The line's total budget is shared between the two by their days.",
        "Budżet całkowity linii dzielą według liczby dni.",
    ),
    "offer_end.sheet_with": ("with offer", "z ofertą"),
    "offer_end.sheet_without": ("without offer", "bez oferty"),
    "offer_end.sheet_period_with": (
        "Runs until {end}, the offer's last day; the ad set “{next}” takes over from {after} with the ads that leave the offer out.",
        "Działa do {end}, ostatniego dnia oferty; od {after} zastępuje go zestaw „{next}” z reklamami bez oferty.",
    ),
    "offer_end.sheet_period_without": (
        "Runs from {after}, after the offer ends on {end}: only ads that leave the offer out.",
        "Działa od {after}, po końcu oferty {end}: tylko reklamy bez oferty.",
    ),
    "offer_end.sheet_rewrite": (
        "This ad names the offer that ends on {end}: replace its text with one that leaves the offer out before this ad set starts on {after}.",
        "Ta reklama podaje ofertę, która kończy się {end}: zanim zestaw ruszy {after}, zastąp jej tekst takim, który nie podaje oferty.",
    ),
    "offer_end.sheet_lines.one": ("the ad set {names}", "zestaw {names}"),
    "offer_end.sheet_lines.many": ("the ad sets {names}", "zestawy {names}"),
}
