"""Plan strategy wording: the A/B test's one length and money, lines the split leaves out,
warm audiences, calendar, app set-up and multi-language notes. Every figure is passed in."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message, PluralMessage

MESSAGES: dict[str, Message] = {
    "plan.ab_spend": (
        "The test ad set spends {spend}, {daily} a day, of the {reserved} reserved for it.",
        "Zestaw testowy wydaje {spend}, {daily} dziennie, z {reserved} zarezerwowanych na test.",
    ),
    "plan.ab_spend_surplus": (
        "The test ad set spends {spend}, {daily} a day (the {test} line of the budget).",
        "Zestaw testowy wydaje {spend}, {daily} dziennie (wiersz „{test}” w budżecie).",
    ),
    "plan.ab_inside": (
        "The test needs {needed}, at {daily} a day of {pool}.",
        "Test potrzebuje {needed}, po {daily} dziennie z {pool}.",
    ),
    "plan.pool_main": (
        "the {line} ad set, where both ads run",
        "zestawu {line}, w którym działają obie reklamy",
    ),
    "plan.ab_min_days": (
        "The sample would be reached sooner, but a test should run at least {min} days (third-party guides; not confirmed by Meta) so that every day of the week is in it.",
        "Próba zebrałaby się szybciej, ale test powinien trwać co najmniej {min} dni (poradniki zewnętrzne; niepotwierdzone przez Metę), żeby objął każdy dzień tygodnia.",
    ),
    "plan.ab_after": (
        "Once the result is read (day {days}), pause the losing ad and move the winner into {main}.",
        "Po odczytaniu wyniku ({days}. dnia) wstrzymaj przegrywającą reklamę, a zwycięską przenieś do zestawu „{main}”.",
    ),
    "plan.ab_floor_window": (
        "The test ad set gets at least {floor} a day, the minimum per ad set in this plan (adsage guidance, UNSURE), so it runs {days} days.",
        "Zestaw testowy dostaje co najmniej {floor} dziennie, minimum na zestaw w tym planie (wytyczne adsage, niepotwierdzone), więc trwa {days} dni.",
    ),
    "plan.split_surplus": (
        "The {test} line holds only what the test needs ({spend}); the rest of the budget stays in the {main} line above.",
        "Wiersz „{test}” obejmuje tylko to, czego potrzebuje test ({spend}); reszta budżetu zostaje w wierszu „{main}” powyżej.",
    ),
    "plan.split_daily": (
        "With a daily budget the ad sets share {daily} a day: set {main} to {during} a day while the test runs (days 1-{days}) and to {after} a day after it.",
        "Przy budżecie dziennym zestawy dzielą {daily} dziennie: ustaw zestaw „{main}” na {during} dziennie na czas testu (dni 1-{days}), a po nim na {after} dziennie.",
    ),
    "plan.retargeting_why_named": (
        "the brief's custom audiences: {names} (Advantage+ audience off, so they are not just suggestions)",
        "niestandardowe grupy odbiorców z briefu: {names} (grupa Advantage+ wyłączona, więc nie są tylko sugestią)",
    ),
    "plan.prospecting_why_seeded": (
        "new people matching the targeting and lookalikes of {names}, excluding those "
        "audiences themselves",
        "nowi odbiorcy z targetowania i grupy podobne do: {names}, z wykluczeniem samych tych grup",
    ),
    "plan.excluding": (
        "{why}; excludes {names}",
        "{why}; wyklucza: {names}",
    ),
    "plan.split_no_audience": (
        "No retargeting ad set yet: the brief names no custom audience (site visitors, customer list). Add one once the website custom audience from the pixel has about {people} people (adsage guidance, UNSURE); until then its share stays in {main}.",
        "Na razie bez zestawu retargetingowego: brief nie podaje niestandardowych grup odbiorców (odwiedzający stronę, lista klientów). Dodaj go, gdy grupa odwiedzających stronę z piksela osiągnie ok. {people} osób (wytyczne adsage, niepotwierdzone); do tego czasu jego część zostaje w zestawie „{main}”.",
    ),
    "plan.split_under_floor": (
        "No separate {line} ad set: its share would be {daily} a day, under the {floor} a day each ad set needs in this plan (adsage guidance, UNSURE); it stays in {main}.",
        "Bez osobnego zestawu „{line}”: jego część dawałaby {daily} dziennie, poniżej {floor} dziennie potrzebnych na zestaw w tym planie (wytyczne adsage, niepotwierdzone); zostaje w zestawie „{main}”.",
    ),
    "plan.split_test_inside": (
        "No separate A/B test ad set: its share would be {daily} a day, under the {floor} a day each ad set needs in this plan (adsage guidance, UNSURE); both test ads run inside {main}.",
        "Bez osobnego zestawu testowego: jego część dawałaby {daily} dziennie, poniżej {floor} dziennie potrzebnych na zestaw w tym planie (wytyczne adsage, niepotwierdzone); obie reklamy testowe działają w zestawie „{main}”.",
    ),
    "plan.only_ad_set_below": (
        "One ad set: {daily} a day is below the {floor} a day this plan recommends for each ad set (adsage guidance, UNSURE), so it will learn slowly; {floor} a day would meet the guide.",
        "Jeden zestaw reklam: {daily} dziennie to mniej niż {floor} dziennie zalecane na zestaw w tym planie (wytyczne adsage, niepotwierdzone), więc będzie się uczył powoli; {floor} dziennie spełniłoby to zalecenie.",
    ),
    "plan.prospecting_why_cold": (
        "new people matching the targeting",
        "nowi odbiorcy z targetowania",
    ),
    "plan.no_lookalike": (
        "No lookalike audiences: a lookalike needs a source audience of at least {min} people from one country ({rec} or more recommended); name one (customer list, site visitors) to add it.",
        "Bez grup podobnych odbiorców: taka grupa wymaga źródła z co najmniej {min} osobami z jednego kraju (zalecane {rec} lub więcej); wskaż je (lista klientów, odwiedzający stronę), aby ją dodać.",
    ),
    "plan.season_peak": (
        "The campaign runs before Christmas, when CPMs are at their yearly high (third-party averages, peak in November): start the test early and expect costs above the benchmark.",
        "Kampania trwa przed świętami Bożego Narodzenia, gdy CPM jest najwyższy w roku (średnie zewnętrzne, szczyt w listopadzie): zacznij test wcześnie i licz się z kosztami powyżej benchmarku.",
    ),
    "plan.season_low": (
        "The campaign runs after Christmas, when CPMs fall to their yearly low (third-party averages, lowest in January): a cheaper time to test and then scale the winner.",
        "Kampania trwa po świętach Bożego Narodzenia, gdy CPM spada do najniższego poziomu w roku (średnie zewnętrzne, najniżej w styczniu): tańszy czas na test, a potem na zwiększenie budżetu zwycięzcy.",
    ),
    "plan.app_targeting": (
        "Advantage+ app campaign: Meta finds the audience itself; set only the location and language. The brief's age, gender and interests are not targeting inputs here.",
        "Kampania Advantage+ dla aplikacji: Meta sama dobiera odbiorców; ustaw tylko lokalizację i język. Wiek, płeć i zainteresowania z briefu nie są tu parametrami targetowania.",
    ),
    "plan.app_age": (
        'The ads are for people aged {ages}, but an Advantage+ app campaign cannot be held to that age, so part of the spend may reach people outside it. Make each ad say who it is for: the age in the first line and on screen, said of the product ("for people aged {ages}"), never of the viewer ("Are you …?" breaks Meta\'s personal-attributes rule), and people of that age in the pictures. If the client\'s data show that installs from outside {ages} do not go on to the goal\'s in-app action, run a manual app-promotion campaign with age {ages} instead.',
        "Reklamy są dla osób w wieku {ages}, ale kampanii Advantage+ dla aplikacji nie da się ograniczyć do tego wieku, więc część budżetu może trafić do osób spoza tego przedziału. Niech każda reklama sama mówi, do kogo jest: wiek w pierwszym zdaniu i na ekranie, jako opis produktu („dla osób w wieku {ages}”), nigdy widza (pytanie „Czy masz…?” łamie zasadę Mety o cechach osobistych), a w obrazach ludzie w tym wieku. Jeśli dane klienta pokażą, że instalacje spoza przedziału {ages} nie prowadzą do działania w aplikacji z celu, uruchom zamiast niej ręczną kampanię promocji aplikacji z wiekiem {ages}.",
    ),
    "plan.app_setup": (
        "Before launch: {steps}.",
        "Przed startem: {steps}.",
    ),
    "plan.app_step.store": (
        "register the app's App Store and Google Play listings with Meta (app settings in the developer account)",
        "zarejestruj aplikację w Mecie z linkami do App Store i Google Play (ustawienia aplikacji w koncie deweloperskim)",
    ),
    "plan.app_step.sdk": (
        "send install and in-app events through the Meta SDK or a mobile measurement partner (MMP)",
        "przesyłaj instalacje i zdarzenia w aplikacji przez SDK Mety albo partnera pomiarowego (MMP)",
    ),
    "plan.app_step.platforms": (
        "run iOS and Android as separate campaigns, since each store and its measurement differ",
        "prowadź osobne kampanie na iOS i Androida, bo sklepy i pomiar się różnią",
    ),
    "plan.app_step.other_store": (
        "the brief's link ({url}) is the {store} listing: get the app's {other} link from the "
        "client for the {other_platform} campaign, which cannot point at another store",
        "link z briefu ({url}) prowadzi do {store}: poproś klienta o link do aplikacji w "
        "{other} dla kampanii na {other_platform}, która nie może kierować do innego sklepu",
    ),
    "plan.app_step.link": (
        "point the ads at the store listing, not the website ({url})",
        "kieruj reklamy do strony aplikacji w sklepie, nie na stronę www ({url})",
    ),
    "plan.languages": (
        "The countries speak {langs}, and an ad in one language reaches only the people who read it. The import sheet targets all of them with the same ad sets and ads in the brief's language ({own}), so as exported it reaches only the people there who read {own}. To reach the others, add a translation into {others} to each ad in Ads Manager after import (multi-language ads: Meta shows each person the version in their language, and the budget stays together in the plan's ad sets, which learn faster). Split into one ad set per language group ({groups}) only when you want a separate read per market and each would still get enough results; each then needs its own share of the budget.",
        "Języki tych krajów to {langs}, a reklama w jednym języku trafia tylko do tych, którzy go znają. Arkusz importu obejmuje je wszystkie tymi samymi zestawami reklam, z reklamami w języku briefu ({own}), więc w tej postaci dotrze tylko do osób, które znają ten język. Aby dotrzeć do pozostałych, po imporcie dodaj do każdej reklamy tłumaczenie ({others}) w Menedżerze reklam (reklamy wielojęzyczne: Meta pokaże każdemu wersję w jego języku, a budżet zostaje razem w zestawach z planu, które szybciej się uczą). Osobne zestawy dla grup językowych ({groups}) twórz tylko wtedy, gdy chcesz ocenić każdy rynek osobno, a każdy zestaw nadal dostanie dość wyników; każdy potrzebuje wtedy własnej części budżetu.",
    ),
    "plan.bench_regional": (
        "The {market} benchmark is a regional average over several markets, not a figure for each country: check each country's cost per result in the first week.",
        "Benchmark rynkowy ({market}) to średnia regionalna dla kilku rynków, a nie wartość dla każdego kraju: sprawdź koszt wyniku w każdym kraju po pierwszym tygodniu.",
    ),
    "plan.structure.website_booking": (
        "Lead campaign optimised for bookings on the website: the landing page takes bookings ({url}), so optimise for the booking event the pixel sends (Schedule, or Lead on the confirmation page) instead of an instant form; each result is then a booked appointment, not a form to call back.",
        "Kampania kontaktowa optymalizowana pod rezerwacje na stronie: strona docelowa przyjmuje rezerwacje ({url}), więc optymalizuj pod zdarzenie rezerwacji z piksela (Schedule albo Lead na stronie potwierdzenia) zamiast formularza błyskawicznego; każdy wynik to wtedy umówiona wizyta, a nie formularz do oddzwonienia.",
    ),
    "plan.bench_regional_one": (
        "The {market} benchmark is a regional average over several markets, not a figure for {country}: check the real cost per result in the first week.",
        "Benchmark rynkowy ({market}) to średnia regionalna dla kilku rynków, a nie wartość dla kraju {country}: sprawdź rzeczywisty koszt wyniku po pierwszym tygodniu.",
    ),
    "plan.reach_fix": (
        "Out of reach as planned: {budget} buys about {reachable} at the benchmark {cpr}; {target} would need about {needed}. Lower the target or raise the budget.",
        "Poza zasięgiem przy tym planie: {budget} wystarczy na ok. {reachable} przy benchmarku {cpr}; {target} wymagałoby ok. {needed}. Obniż cel albo zwiększ budżet.",
    ),
    "plan.bench_stand_in": (
        "No benchmark for {country} is on file: costs here use the {market} row as a stand-in, so check the real cost per result in the first week.",
        "Brak benchmarku dla kraju {country}: koszty w planie pochodzą zastępczo z benchmarku rynkowego ({market}), więc sprawdź rzeczywisty koszt wyniku po pierwszym tygodniu.",
    ),
    "plan.bench_converted": (
        "The {market} benchmark is in {src}: its typical {orig} per result is shown here as {shown}, converted at {one} = {rate} (exchange-rate table of {as_of}, {conf}).",
        "Benchmark rynkowy ({market}) podano w {src}: typowy koszt wyniku {orig} pokazujemy tu jako {shown}, po kursie {one} = {rate} (tabela kursów z {as_of}, {conf}).",
    ),
    "plan.split_daily_campaigns": (
        "With a daily budget the two campaigns the sheet builds share {daily} a day: while the "
        "test runs (days 1-{days}) {main} gets {during} a day and the A/B test, a campaign of "
        "its own, {test} a day; after it, raise {main} to {after} a day.",
        "Przy budżecie dziennym dwie kampanie z arkusza mają łącznie {daily} dziennie: na czas "
        "testu (dni 1-{days}) „{main}” dostaje {during} dziennie, a test A/B, osobna kampania, "
        "{test} dziennie; po teście ustaw „{main}” na {after} dziennie.",
    ),
    # the main line is a campaign of its own (Advantage+ sales or app): the test runs in a
    # campaign beside it, so the winning ad is copied into that campaign, not an ad set
    "plan.ab_after_campaign": (
        "Once the result is read (day {days}), pause the losing ad and copy the winner into the {main}.",
        "Po odczytaniu wyniku ({days}. dnia) wstrzymaj przegrywającą reklamę, a zwycięską skopiuj do kampanii „{main}”.",
    ),
}

PLURALS: dict[str, PluralMessage] = {
    "unit.click": (
        {"one": "{n} click", "other": "{n} clicks"},
        {
            "one": "{n} kliknięcie",
            "few": "{n} kliknięcia",
            "many": "{n} kliknięć",
            "other": "{n} kliknięcia",
        },
    ),
}
