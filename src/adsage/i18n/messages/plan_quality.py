"""Plan advice on what a budget cannot buy (an A/B test it cannot pay for), flights that span
the Christmas CPM peak and the January low, and audiences Meta restricts (under-18s). Every
figure is passed in, never written here."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.ab_none": (
        "No A/B test at this budget: a readable test of {ads:unit.ad} needs about {needed}, "
        "more than the whole campaign's {total}.",
        "Bez testu A/B przy tym budżecie: test {ads:unit.ad_gen}, który da się odczytać, "
        "potrzebuje ok. {needed}, więcej niż cała kampania ({total}).",
    ),
    "plan.ab_none_single": (
        "No A/B test in this plan: {daily} a day carries one ad set only, and two ads sharing "
        "it are not a controlled test (Meta soon favours one of them).",
        "Bez testu A/B w tym planie: {daily} dziennie wystarcza na jeden zestaw reklam, a dwie "
        "reklamy w jednym zestawie to nie jest kontrolowany test (Meta szybko faworyzuje jedną "
        "z nich).",
    ),
    "plan.ab_none_instead": (
        "Instead: run the drafts side by side in the ad set and read their results as "
        "directional only; keep the ad that brings results at the lower cost.",
        "Zamiast tego: uruchom wersje reklam obok siebie w zestawie i traktuj ich wyniki "
        "orientacyjnie; zostaw reklamę, która daje wyniki taniej.",
    ),
    "plan.ab_none_possible": (
        "A test becomes possible with an ad set of its own at about {test_daily} a day for "
        "{window} days on top of the campaign's {campaign_daily} a day ({needed} for the test), "
        "or later, in a campaign whose budget carries a test ad set of its own.",
        "Test będzie możliwy z osobnym zestawem za ok. {test_daily} dziennie przez {window} "
        "dni, oprócz {campaign_daily} dziennie na kampanię ({needed} na test), albo później, w "
        "kampanii, której budżet udźwignie osobny zestaw testowy.",
    ),
    "plan.season_span": (
        "Days 1-{peak_days} (to {peak_end}) fall in the pre-Christmas CPM peak, so costs then "
        "run above the benchmark; from {low_start} CPMs fall towards their yearly low "
        "(third-party averages, lowest in January).",
        "Dni 1-{peak_days} (do {peak_end}) przypadają na przedświąteczny szczyt CPM, więc koszty "
        "będą wtedy wyższe od benchmarku; od {low_start} CPM spada w stronę najniższego poziomu "
        "w roku (średnie zewnętrzne, najniżej w styczniu).",
    ),
    "plan.learn_low_split": (
        "That is under the ~50 events in 7 days needed to leave the learning phase: once the "
        "test is read (day {test_days}), move the winner into {main} and pause the test ad set "
        "so the results gather in one ad set; avoid other edits, or optimise for a more "
        "frequent event.",
        "To mniej niż ~50 zdarzeń w 7 dni potrzebnych do wyjścia z fazy uczenia się: po "
        "odczytaniu testu ({test_days}. dnia) przenieś zwycięzcę do zestawu „{main}” i wstrzymaj "
        "zestaw testowy, żeby wyniki zbierały się w jednym zestawie; unikaj innych edycji albo "
        "optymalizuj pod częstsze zdarzenie.",
    ),
    "plan.learn_low_sets": (
        "That is under the ~50 events in 7 days needed to leave the learning phase: with "
        "{sets} ad sets each learns on its own share, so avoid edits, or run fewer ad sets "
        "(fold the others into {main}), or optimise for a more frequent event.",
        "To mniej niż ~50 zdarzeń w 7 dni potrzebnych do wyjścia z fazy uczenia się: przy "
        "{sets} zestawach każdy uczy się na swojej części, więc unikaj edycji, ogranicz liczbę "
        "zestawów (pozostałe połącz z zestawem „{main}”) albo optymalizuj pod częstsze zdarzenie.",
    ),
    "targeting.minors": (
        "Ages {young} are under 18: Meta allows only age and location targeting for them "
        "(UNSURE), so {options} would restrict or block the ad set for them.",
        "Wiek {young} to osoby niepełnoletnie: Meta pozwala kierować do nich reklamy tylko "
        "według wieku i lokalizacji (UNSURE), więc {options} ograniczy lub zablokuje zestaw "
        "dla tej grupy.",
    ),
    "targeting.minors.fix": (
        "Target the under-{adult}s by age and location only; put interests in a separate "
        "{adult}+ ad set.",
        "Do osób poniżej {adult} lat kieruj tylko wiekiem i lokalizacją; zainteresowania "
        "przenieś do osobnego zestawu {adult}+.",
    ),
    "targeting.option.interests": ("interests", "zainteresowania"),
    "targeting.option.genders": ("gender targeting", "płeć"),
    "targeting.option.custom_audiences": ("custom audiences", "niestandardowe grupy odbiorców"),
    "targeting.option.lookalike": ("lookalike audiences", "grupy podobnych odbiorców"),
    "targeting.city_radius": (
        "A radius of {km} km around a city is outside the {lo}-{hi} km Ads Manager offers for "
        "cities (UNSURE).",
        "Promień {km} km wokół miasta wykracza poza {lo}-{hi} km, które Menedżer reklam "
        "oferuje dla miast (UNSURE).",
    ),
    "targeting.city_radius.fix": (
        "Set a dropped pin or the business address with a {km} km radius in Ads Manager.",
        "Ustaw w Menedżerze reklam pinezkę lub adres firmy z promieniem {km} km.",
    ),
    "plan.minors_removed": (
        "Under-18s (ages {young}): Meta allows only age and location targeting for them "
        "(UNSURE), so this ad set targets them by age and location only; removed: {removed}.",
        "Osoby niepełnoletnie (wiek {young}): Meta pozwala kierować do nich reklamy tylko "
        "według wieku i lokalizacji (UNSURE), więc ten zestaw celuje tylko wiekiem i "
        "lokalizacją; usunięto: {removed}.",
    ),
    "plan.minors_adult_set": (
        "Interests are allowed only from age {adult}; this plan keeps one audience without "
        "them, so neither the budget split nor the bulk sheet has a separate ad set for ages "
        "{adult}-{hi}.",
        "Zainteresowania są dozwolone dopiero od {adult}. roku życia; plan zostaje przy jednej "
        "grupie odbiorców bez nich, więc ani podział budżetu, ani arkusz importu nie mają "
        "osobnego zestawu reklam dla wieku {adult}-{hi}.",
    ),
    "plan.minors_only": (
        "Under-18s (ages {young}): Meta allows only age and location targeting for them "
        "(UNSURE); keep this ad set to age and location.",
        "Osoby niepełnoletnie (wiek {young}): Meta pozwala kierować do nich reklamy tylko "
        "według wieku i lokalizacji (UNSURE); zostaw w tym zestawie tylko wiek i lokalizację.",
    ),
    "plan.minors_parents": (
        "The brief also names {who}, who are outside ages {ages}: this plan does not reach "
        "them; neither its budget split nor its bulk sheet has an ad set for them.",
        "Brief wskazuje też grupę „{who}”, spoza wieku {ages}: ten plan do niej nie dociera; "
        "ani podział budżetu, ani arkusz importu nie mają dla niej zestawu reklam.",
    ),
    "plan.radius_by_hand": (
        "{place} +{km} km: Ads Manager offers a radius this size only around a dropped pin or "
        "an address, not a city (UNSURE); set it by hand (the bulk sheet leaves it out).",
        "{place} +{km} km: taki promień Menedżer reklam ustawia tylko wokół pinezki lub adresu, "
        "nie miasta (UNSURE); ustaw go ręcznie (arkusz importu go pomija).",
    ),
    "plan.pixel_needed": (
        "Conversion tracking comes first: the ad sets optimise for {event} on the website, "
        "which Meta sees only when the pixel and the Conversions API send that event, once per "
        "action, with value and currency. Check it in Events Manager before launch, then name "
        "the pixel with --pixel when you export the bulk sheet, or choose the pixel and event "
        "in each ad set in Ads Manager.",
        "Najpierw pomiar konwersji: zestawy reklam optymalizują pod {event} w witrynie, a Meta "
        "widzi je tylko wtedy, gdy piksel i API konwersji wysyłają to zdarzenie, raz na "
        "działanie, z wartością i walutą. Sprawdź to w Menedżerze zdarzeń przed startem, a "
        "potem podaj piksel w --pixel przy eksporcie arkusza albo wybierz piksel i zdarzenie w "
        "każdym zestawie w Menedżerze reklam.",
    ),
    "plan.pixel_event.OUTCOME_SALES": (
        "purchases (the Purchase event)",
        "zakupy (zdarzenie Purchase)",
    ),
    "plan.pixel_event.OUTCOME_LEADS": ("leads (the Lead event)", "leady (zdarzenie Lead)"),
    "plan.pixel_event.other": ("the conversion event", "zdarzenie konwersji"),
    "plan.places_by_hand": (
        "{places}: set by hand in Ads Manager before publishing; the bulk sheet has no sourced "
        "cell for regions or postal areas, so an imported ad set reaches the whole country "
        "({country}) until you narrow it.",
        "{places}: ustaw ręcznie w Menedżerze reklam przed publikacją; arkusz importu "
        "nie ma potwierdzonej komórki dla regionów ani kodów pocztowych, więc zaimportowany "
        "zestaw reklam obejmuje cały kraj ({country}), dopóki go nie zawęzisz.",
    ),
    "plan.bench_mixed": (
        "Costs here use the {market} benchmark (the first country, {country}); a benchmark of "
        "its own exists for {others}, where the cost per result may differ: compare the "
        "countries in the first week and give a country its own ad set if its cost is far off.",
        "Koszty w planie pochodzą z benchmarku rynkowego ({market}; pierwszy kraj: {country}); "
        "osobny benchmark ma też: {others}, więc koszt wyniku może tam być inny: porównaj kraje po "
        "pierwszym tygodniu i daj krajowi osobny zestaw, jeśli jego koszt mocno odbiega.",
    ),
    "plan.season_peak_no_test": (
        "The campaign runs before Christmas, when CPMs are at their yearly high (third-party "
        "averages, peak in November): expect costs above the benchmark.",
        "Kampania trwa przed świętami Bożego Narodzenia, gdy CPM jest najwyższy w roku (średnie "
        "zewnętrzne, szczyt w listopadzie): licz się z kosztami powyżej benchmarku.",
    ),
    "plan.season_low_no_test": (
        "The campaign runs after Christmas, when CPMs fall to their yearly low (third-party "
        "averages, lowest in January): a cheaper time to reach people.",
        "Kampania trwa po świętach Bożego Narodzenia, gdy CPM spada do najniższego poziomu w "
        "roku (średnie zewnętrzne, najniżej w styczniu): tańszy czas na dotarcie do odbiorców.",
    ),
}
