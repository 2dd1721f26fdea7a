"""KPI notes for each target a goal names beside its main one, and for qualified leads."""

MESSAGES = {
    "plan.part_optimised": (
        "client's target from the goal; the ad sets optimise for it",
        "cel klienta z briefu; zestawy reklam optymalizują pod ten wynik",
    ),
    "plan.part_reach": (
        "client's target from the goal; the ad sets optimise for {opt}, and Ads Manager "
        "reports reach for every campaign (Reach column)",
        "cel klienta z briefu; zestawy reklam optymalizują pod: {opt}, a zasięg Menedżer "
        "reklam raportuje w każdej kampanii (kolumna „Zasięg”)",
    ),
    "plan.part_video": (
        "client's target from the goal; the ad sets optimise for {opt}: give the videos a "
        "separate ad set optimised for ThruPlay, or count the views from Ads Manager's video "
        "report (ThruPlays, 3-second views)",
        "cel klienta z briefu; zestawy reklam optymalizują pod: {opt}, więc dla filmów dodaj "
        "osobny zestaw optymalizowany pod ThruPlay albo licz obejrzenia z raportu wideo w "
        "Menedżerze reklam (ThruPlay, obejrzenia 3-sekundowe)",
    ),
    "plan.part_reported": (
        "client's target from the goal; the ad sets optimise for {opt}; Ads Manager reports "
        "this result in its own column",
        "cel klienta z briefu; zestawy reklam optymalizują pod: {opt}; Menedżer reklam "
        "raportuje ten wynik w osobnej kolumnie",
    ),
    "plan.part_event": (
        "client's target from the goal; Ads Manager counts {name} only if the thank-you page "
        "sends an event (e.g. Lead or CompleteRegistration) through the pixel or the "
        "Conversions API; without it, count them in your own system and tag the ad link with "
        "UTM parameters",
        "cel klienta z briefu; Menedżer reklam policzy {name} tylko wtedy, gdy strona z "
        "podziękowaniem wysyła zdarzenie (np. Lead lub CompleteRegistration) przez piksel lub "
        "API konwersji; bez tego licz je we własnym systemie i oznacz link reklamy "
        "parametrami UTM",
    ),
    "plan.part_app_step": (
        "client's target from the goal, as a share of installs; Ads Manager sees it only "
        "through an app event sent by the SDK or a mobile measurement partner (e.g. "
        "CompleteRegistration): optimise for installs first, then for that event once it "
        "reaches about {events} a week",
        "cel klienta z briefu, jako odsetek instalacji; Menedżer reklam widzi go tylko przez "
        "zdarzenie w aplikacji wysyłane przez SDK lub partnera pomiaru mobilnego (np. "
        "CompleteRegistration): najpierw optymalizuj pod instalacje, a pod to zdarzenie, gdy "
        "będzie go ok. {events} tygodniowo",
    ),
    "plan.part_step": (
        "client's target from the goal, as a share of {base}; count it outside Ads Manager "
        "(CRM or shop data)",
        "cel klienta z briefu, jako odsetek wyniku „{base}”; licz go poza Menedżerem reklam "
        "(CRM lub dane sklepu)",
    ),
    "plan.qualified_name": ("qualified leads", "kwalifikowane leady"),
    "plan.qualified_note": (
        "client's target from the goal; Ads Manager counts every lead, qualified or not: mark "
        "qualified ones in the CRM and send them back to Meta (conversion leads) to count them "
        "and later optimise for them",
        "cel klienta z briefu; Menedżer reklam liczy każdy lead, także niekwalifikowany: "
        "oznaczaj kwalifikowane w CRM i przesyłaj je do Mety (leady konwersyjne), aby je "
        "policzyć, a potem optymalizować pod nie",
    ),
}

# the counts priced at the goal's own cap, far above the all-industry benchmark
MESSAGES |= {
    "plan.learn_cap": (
        "At the goal's cost cap of {cap} per result ({metric}), since the {market} benchmark of "
        "{cpr} is an all-industry average far below it: about {total} results over {days} "
        "days, about {week} a week; the main ad set gets about {main} of them a week.",
        "Przy limicie kosztu z celu, {cap} za wynik ({metric}), bo benchmark rynkowy ({market}) "
        "{cpr} to średnia ze wszystkich branż, znacznie niższa: ok. {total:unit.result} w ciągu "
        "{days} dni, ok. {week} tygodniowo; główny zestaw reklam dostaje ok. {main} z nich "
        "tygodniowo.",
    ),
    "plan.learn_cap_one": (
        "At the goal's cost cap of {cap} per result ({metric}), since the {market} benchmark of "
        "{cpr} is an all-industry average far below it: about {total} results over {days} "
        "days, about {week} a week in the only ad set.",
        "Przy limicie kosztu z celu, {cap} za wynik ({metric}), bo benchmark rynkowy ({market}) "
        "{cpr} to średnia ze wszystkich branż, znacznie niższa: ok. {total:unit.result} w ciągu "
        "{days} dni, ok. {week} tygodniowo w jedynym zestawie reklam.",
    ),
    "plan.kpi_cap_volume": (
        "cost cap from the goal ({total} alone would allow {limit} a result for {goal}); at the "
        "cap about {expected} results; the {market} market benchmark {bench} ({conf}) is an "
        "all-industry average far below it",
        "limit kosztu z celu ({total} pozwalałoby na {limit} za wynik przy {goal}); przy tym "
        "limicie ok. {expected:unit.result}; benchmark rynkowy ({market}) {bench} ({conf}) to "
        "średnia ze wszystkich branż, znacznie niższa",
    ),
}

# a goal whose count the budget cannot buy: its cost per result is no target to show
MESSAGES |= {
    "plan.kpi_unreachable": (
        "{total} for {goal} would mean {ceiling} a result, far below the {market} market "
        "benchmark {bench} ({conf}): at this budget about {expected} results; {goal} needs "
        "about {needed}, or sales the ads do not pay for (returning customers, organic "
        "traffic)",
        "{total} na {goal} to {ceiling} za wynik, znacznie poniżej benchmarku rynkowego "
        "({market}) {bench} ({conf}): przy tym budżecie realnie ok. {expected:unit.result}; "
        "{goal} wymaga ok. {needed} albo sprzedaży, za którą reklamy nie płacą (stali klienci, "
        "ruch organiczny)",
    ),
}

# reach in a local area: the budget's count may exceed the people the area holds
MESSAGES |= {
    "plan.kpi_cpr_k_local": (
        "per 1,000; {market} market benchmark ({conf}); the reach is capped by the people in "
        "the targeted area: read it from Ads Manager's audience estimate",
        "za 1000; benchmark rynkowy ({market}, {conf}); zasięg ogranicza liczba osób w "
        "wybranym obszarze: odczytaj ją z szacunku grupy odbiorców w Menedżerze reklam",
    ),
    "plan.learn_k_local": (
        "{market} benchmark: about {cpr} per {unit} ({metric}). The targeted area caps the "
        "reach: the budget may buy more than the people living there, so check Ads Manager's "
        "audience estimate for it{goal}; the rest of the budget goes into frequency.",
        "Benchmark rynkowy ({market}): ok. {cpr} za {unit} (wynik: {metric}). Zasięg ogranicza "
        "wybrany obszar: budżet może kupić więcej, niż mieszka tam osób, więc sprawdź szacunek "
        "grupy odbiorców w Menedżerze reklam{goal}; reszta budżetu idzie w częstotliwość.",
    ),
    "plan.learn_k_goal": (
        " and compare it with the goal's {target}",
        " i porównaj go z celem {target}",
    ),
}
