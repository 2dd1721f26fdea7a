"""Plan wording for an app on both stores: one app campaign per store in the budget table,
or one campaign to start with when the budget cannot fund two. Figures are passed in."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.app_ios": ("Advantage+ app campaign – iOS", "Kampania Advantage+ dla aplikacji – iOS"),
    "plan.app_android": (
        "Advantage+ app campaign – Android",
        "Kampania Advantage+ dla aplikacji – Android",
    ),
    "plan.app_ios_why": (
        "the App Store app, optimised for {metric}; half of the app budget to start (adsage "
        "guidance, UNSURE)",
        "aplikacja z App Store, optymalizacja pod: {metric}; na start połowa budżetu aplikacji "
        "(wytyczne adsage, niepotwierdzone)",
    ),
    "plan.app_android_why": (
        "the Google Play app, optimised for {metric}; half of the app budget to start (adsage "
        "guidance, UNSURE)",
        "aplikacja z Google Play, optymalizacja pod: {metric}; na start połowa budżetu "
        "aplikacji (wytyczne adsage, niepotwierdzone)",
    ),
    "plan.ab_after_store": (
        "Once the result is read (day {days}), pause the losing ad and copy the winner into "
        "the {tested} Advantage+ app campaign. The test runs with the {store} link only, so "
        "for the {other} campaign the winner is a hypothesis: run it there beside the current "
        "ads and keep it only if its cost per result is no higher.",
        "Po odczytaniu wyniku ({days}. dnia) wstrzymaj przegrywającą reklamę, a zwycięską "
        "skopiuj do kampanii Advantage+ dla aplikacji na {tested}. Test działa tylko z linkiem "
        "do {store}, więc dla kampanii na {other} zwycięzca jest hipotezą: uruchom go tam obok "
        "obecnych reklam i zostaw tylko wtedy, gdy jego koszt wyniku nie jest wyższy.",
    ),
    "plan.app_platforms_main": (
        "Advantage+ app campaigns (iOS and Android)",
        "Kampanie Advantage+ dla aplikacji (iOS i Android)",
    ),
    "plan.structure.advantage_plus_app_platforms": (
        "Two Advantage+ app campaigns, one per store (iOS and Android), each optimised for "
        "{metric}; Meta picks audiences and placements. The budget starts split evenly; once "
        "both have left the learning phase, move money to the store with the lower cost per "
        "result.",
        "Dwie kampanie Advantage+ dla aplikacji, po jednej na sklep (iOS i Android), każda "
        "optymalizowana pod: {metric}; Meta dobiera odbiorców i umiejscowienia. Na start "
        "budżet jest podzielony po równo; gdy obie wyjdą z fazy uczenia się, przesuń pieniądze "
        "do sklepu z niższym kosztem wyniku.",
    ),
    "plan.app_step.one_store": (
        "the budget carries one app campaign only (at least {floor} a day each), so start with "
        "one store and add a campaign for the other when the budget allows",
        "budżet wystarcza tylko na jedną kampanię aplikacji (min. {floor} dziennie na każdą), "
        "więc zacznij od jednego sklepu, a kampanię dla drugiego dodaj, gdy budżet na to "
        "pozwoli",
    ),
    "plan.split_daily_each": (
        "With a daily budget the three campaigns the sheet builds (iOS, Android and the A/B "
        "test) share {daily} a day: while the test runs (days 1-{days}) set the iOS and the "
        "Android app campaign to {during} a day each and the A/B test campaign to {test} a "
        "day; after it, set each app campaign to {after} a day.",
        "Przy budżecie dziennym trzy kampanie z arkusza (iOS, Android i test A/B) mają łącznie "
        "{daily} dziennie: na czas testu (dni 1-{days}) ustaw każdą z kampanii aplikacji na "
        "{during} dziennie, a kampanię testu A/B na {test} dziennie; po teście ustaw każdą "
        "z kampanii aplikacji na {after} dziennie.",
    ),
    "plan.split_surplus_pair": (
        "The {test} line holds only what the test needs ({spend}); the rest of the budget is "
        "shared evenly between the iOS and Android lines above.",
        "Wiersz „{test}” obejmuje tylko to, czego potrzebuje test ({spend}); resztę budżetu "
        "podzielono po równo między wiersze iOS i Android powyżej.",
    ),
}
