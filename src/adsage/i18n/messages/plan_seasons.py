"""Seasonal notes for what the brief sells (``knowledge/rules/seasons.yaml``): each says where
it comes from, and an UNSURE one says so. Dates are the season's own, never worked out."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.season.valentines_pl": (
        "The flight covers the weeks before Valentine's Day (14 February), when costs rise in "
        "gift categories in Poland (agency estimates, UNSURE): expect CPMs above the benchmark "
        "then, and put the gift and the date in the ads.",
        "Kampania obejmuje tygodnie przed walentynkami (14 lutego), kiedy w kategoriach "
        "prezentowych rosną koszty (szacunki agencji, niepotwierdzone): licz się wtedy z CPM "
        "powyżej benchmarku, a w reklamach pokaż prezent i datę.",
    ),
    "plan.season.valentines": (
        "The flight covers the weeks before Valentine's Day (14 February), when gift sellers "
        "compete for the same buyers (adsage guidance, UNSURE; no market data recorded): "
        "expect CPMs above the benchmark then, and put the gift and the date in the ads.",
        "Kampania obejmuje tygodnie przed walentynkami (14 lutego), gdy sprzedawcy prezentów "
        "walczą o tych samych kupujących (wytyczne adsage, niepotwierdzone; brak danych "
        "rynkowych): licz się wtedy z CPM powyżej benchmarku, a w reklamach pokaż prezent i "
        "datę.",
    ),
    "plan.season.order_by": (
        "The brief says “{lead}”: state in the ads the last day to order for delivery by "
        "14 February (those days plus shipping; confirm the shipping time with the client).",
        "Brief podaje: „{lead}”; napisz w reklamach, do kiedy trzeba zamówić, żeby dostawa "
        "zdążyła przed 14 lutego (ten czas plus wysyłka; czas wysyłki potwierdź z klientem).",
    ),
    "plan.season.weddings": (
        "The flight falls in the months when many couples, engaged over Christmas and New "
        "Year, book their wedding suppliers (adsage guidance, UNSURE): lead with the dates "
        "still free in the coming season.",
        "Kampania przypada na miesiące, w których wiele par zaręczonych w święta i Nowy Rok "
        "rezerwuje usługodawców ślubnych (wytyczne adsage, niepotwierdzone): zacznij od "
        "wolnych terminów w najbliższym sezonie.",
    ),
    "plan.season.tyres_spring": (
        "The flight covers the spring tyre-change season, when drivers switch to summer tyres "
        "and workshops book up (adsage guidance, UNSURE): lead with free slots and quick "
        "booking.",
        "Kampania obejmuje wiosenny sezon wymiany opon, gdy kierowcy zakładają opony letnie, "
        "a warsztaty mają pełne grafiki (wytyczne adsage, niepotwierdzone): pokaż wolne "
        "terminy i szybką rezerwację.",
    ),
    "plan.season.tyres_autumn": (
        "The flight covers the autumn tyre-change season, when drivers switch to winter tyres "
        "before the first frost and workshops book up (adsage guidance, UNSURE): lead with "
        "free slots and quick booking.",
        "Kampania obejmuje jesienny sezon wymiany opon, gdy kierowcy przed pierwszymi "
        "przymrozkami zakładają opony zimowe, a warsztaty mają pełne grafiki (wytyczne adsage, "
        "niepotwierdzone): pokaż wolne terminy i szybką rezerwację.",
    ),
    "plan.season.school_pl": (
        "The flight covers the start of the school year: language schools and classes sign up "
        "most people in September, and costs rise before it, in late August (agency estimates "
        "and adsage guidance for Poland, UNSURE). Say in the ads when the groups start.",
        "Kampania obejmuje początek roku szkolnego: szkoły językowe i zajęcia dodatkowe "
        "zapisują najwięcej osób we wrześniu, a koszty rosną już pod koniec sierpnia "
        "(szacunki agencji i wytyczne adsage dla Polski, niepotwierdzone). W reklamach podaj, "
        "kiedy ruszają grupy.",
    ),
}
