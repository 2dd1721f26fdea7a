"""Questions the plan asks the client about dates in the brief
(:mod:`adsage.checks.brief_dates`): the brief's own words are quoted, the dates come from the
calendar, and the plan never picks a new date itself."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "brief_dates.passed": (
        "The brief names “{said}”, which falls on {day}, before the campaign starts on "
        "{start}: the ads would run after that day has passed.",
        "Brief wymienia „{said}”, a ten dzień wypada {day}, przed startem kampanii "
        "({start}): reklamy ruszyłyby, gdy ten dzień już minie.",
    ),
    "brief_dates.passed_ask": (
        "Ask the client whether the campaign should start before that day or the offer "
        "should change.",
        "Zapytaj klienta, czy kampania ma ruszyć przed tym dniem, czy oferta ma się zmienić.",
    ),
    "brief_dates.weekday": (
        "The offer says “{offer}”, but the brief names other days when the business is "
        "open: “{days}”. As written, the offer may be one nobody can use.",
        "Oferta brzmi „{offer}”, a brief podaje inne dni otwarcia: „{days}”. W tej postaci "
        "z oferty może nie dać się skorzystać.",
    ),
    "brief_dates.weekday_closed": (
        "The offer says “{offer}”, but the brief says the business is closed then: "
        "“{days}”. As written, the offer may be one nobody can use.",
        "Oferta brzmi „{offer}”, a według briefu w ten dzień jest nieczynne: „{days}”. W tej "
        "postaci z oferty może nie dać się skorzystać.",
    ),
    "brief_dates.weekday_ask": (
        "Ask the client whether the business is also open on the offer's days or the offer "
        "should move to a day when it is open.",
        "Zapytaj klienta, czy w dni z oferty też jest otwarte, czy ofertę trzeba przenieść "
        "na dzień otwarcia.",
    ),
}
