"""Plan sections' wording: campaign structures, budget lines, learning phase, A/B test,
targeting limits and KPI notes. Every figure is passed in, never written here."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.advantage_sales": ("Advantage+ sales campaign", "Kampania sprzedażowa Advantage+"),
    "plan.advantage_sales_why": (
        "catalogue ads across the whole catalogue; optimise for purchase value, or minimum-ROAS "
        "bidding when the goal names a ROAS",
        "reklamy katalogowe dla całego katalogu; optymalizacja pod wartość zakupów albo stawka "
        "z minimalnym ROAS, gdy cel podaje ROAS",
    ),
    "plan.prospecting_why_special": (
        "new people within the special-category limits (broad audience, location only)",
        "nowi odbiorcy w granicach specjalnej kategorii (szeroka grupa, tylko lokalizacja)",
    ),
    "plan.retargeting_why_form": (
        "people who opened the form, visited the page or watched the video but did not submit",
        "osoby, które otworzyły formularz, odwiedziły stronę lub obejrzały wideo, ale nie "
        "wysłały zgłoszenia",
    ),
    "plan.app_campaign": ("Advantage+ app campaign", "Kampania Advantage+ dla aplikacji"),
    "plan.app_campaign_why": (
        "optimised for the in-app event the goal names ({metric}); no website retargeting",
        "optymalizacja pod zdarzenie w aplikacji z celu ({metric}); bez retargetingu strony",
    ),
    "plan.reach_capped": ("Reach with a frequency cap", "Zasięg z limitem częstotliwości"),
    "plan.reach_capped_why": (
        "local reach around the places in the brief, capped at {cap} impressions per person a week",
        "zasięg lokalny wokół miejsc z briefu, limit wyświetleń: {cap} na osobę tygodniowo",
    ),
    "plan.only_ad_set": (
        "One ad set: {daily} a day carries one ad set only (at least {floor} a day each, "
        "adsage guidance, UNSURE).",
        "Jeden zestaw reklam: {daily} dziennie wystarcza na jeden zestaw (min. {floor} dziennie "
        "na zestaw; wytyczne adsage, niepotwierdzone).",
    ),
    "plan.structure.advantage_plus_sales": (
        "Advantage+ sales campaign with the product catalogue (many products): one campaign, "
        "Advantage+ audience on, suggestions only for age and interests.",
        "Kampania sprzedażowa Advantage+ z katalogiem produktów (wiele produktów): jedna "
        "kampania, grupa Advantage+ włączona, wiek i zainteresowania tylko jako sugestie.",
    ),
    "plan.structure.advantage_plus_app": (
        "Advantage+ app campaign optimised for {metric}; Meta picks audiences and placements.",
        "Kampania Advantage+ dla aplikacji optymalizowana pod: {metric}; Meta dobiera "
        "odbiorców i umiejscowienia.",
    ),
    "plan.structure.lead_form": (
        "Lead campaign with an instant form and 2-3 qualifying questions (higher intent); switch "
        "to website leads if the landing page converts better, and optimise for conversion "
        "leads once the CRM reports qualified leads back to Meta.",
        "Kampania kontaktowa z formularzem błyskawicznym i 2-3 pytaniami kwalifikującymi; "
        "przejdź na leady ze strony, jeśli strona konwertuje lepiej, i optymalizuj pod "
        "konwersję leadów, gdy CRM zwraca do Mety leady zakwalifikowane.",
    ),
    "plan.structure.calls": (
        "Lead campaign optimised for phone calls (QUALITY_CALL): give the ads the Call now "
        "button (CALL_NOW) with the business's number, and have someone answer the phone "
        "while the ads run.",
        "Kampania kontaktowa optymalizowana pod połączenia telefoniczne (QUALITY_CALL): daj "
        "reklamom przycisk Zadzwoń (CALL_NOW) z numerem firmy i zadbaj, by ktoś odbierał "
        "telefon, gdy reklamy są emitowane.",
    ),
    "plan.structure.reach_local": (
        "Reach campaign with a frequency cap for local awareness around the brief's places.",
        "Kampania zasięgowa z limitem częstotliwości dla lokalnej rozpoznawalności.",
    ),
    "plan.structure.awareness": (
        "Awareness campaign optimised for reach; watch frequency weekly.",
        "Kampania rozpoznawalności optymalizowana pod zasięg; co tydzień sprawdzaj częstotliwość.",
    ),
    "plan.structure.manual": (
        "Manual ad sets for control over audiences and placements; Advantage+ audience with "
        "the brief's audience as suggestions unless the brief needs strict limits.",
        "Ręczne zestawy reklam dla kontroli nad odbiorcami i umiejscowieniami; grupa "
        "Advantage+ z odbiorcami z briefu jako sugestiami, chyba że brief wymaga ścisłych "
        "ograniczeń.",
    ),
    "plan.pace": (
        "A daily budget may spend up to 75% more on a single day; a calendar week never goes "
        "over 7 times the daily budget.",
        "Budżet dzienny może jednego dnia wydać do 75% więcej; tydzień kalendarzowy nigdy nie "
        "przekracza 7-krotności budżetu dziennego.",
    ),
    "plan.learn": (
        "{market} benchmark: about {cpr} per result ({metric}), so about {total} results over "
        "{days} days, about {week} a week; the main ad set gets about {main} of them a week.",
        "Benchmark rynkowy ({market}): ok. {cpr} za wynik ({metric}), czyli ok. "
        "{total:unit.result} w ciągu {days} dni, ok. {week} tygodniowo; główny zestaw reklam "
        "dostaje ok. {main} z nich tygodniowo.",
    ),
    "plan.learn_one": (
        "{market} benchmark: about {cpr} per result ({metric}), so about {total} results over "
        "{days} days, about {week} a week in the only ad set.",
        "Benchmark rynkowy ({market}): ok. {cpr} za wynik ({metric}), czyli ok. "
        "{total:unit.result} w ciągu {days} dni, ok. {week} tygodniowo w jedynym zestawie "
        "reklam.",
    ),
    "plan.learn_k": (
        "{market} benchmark: about {cpr} per {unit} ({metric}), so about {total} over {days} "
        "days if the area holds that many people (reach does not add up week by week).",
        "Benchmark rynkowy ({market}): ok. {cpr} za {unit} (wynik: {metric}), czyli ok. {total} "
        "w ciągu {days} dni, jeśli obszar ma tylu mieszkańców (zasięg nie sumuje się z tygodni).",
    ),
    "plan.learn_ok": (
        "That is enough to leave the learning phase (about 50 events in 7 days).",
        "To wystarczy, by wyjść z fazy uczenia się (ok. 50 zdarzeń w 7 dni).",
    ),
    "plan.learn_low": (
        "That is under the ~50 events in 7 days needed to leave the learning phase: keep one ad "
        "set, avoid edits, or optimise for a more frequent event.",
        "To mniej niż ~50 zdarzeń w 7 dni potrzebnych do wyjścia z fazy uczenia się: zostań przy "
        "jednym zestawie, unikaj edycji albo optymalizuj pod częstsze zdarzenie.",
    ),
    "plan.hypothesis": (
        "Changing only the {variable} moves {metric} by at least {mde:.0%}.",
        "Zmiana tylko {variable} zmienia {metric} o co najmniej {mde:.0%}.",
    ),
    "plan.cvr_name": (
        "conversion rate (results per click)",
        "współczynnik konwersji (wyniki na klik)",
    ),
    "plan.ab_short": (
        "The test needs {needed}: {days} days at {daily} a day of {pool}, but "
        "only {available} days are available.",
        "Test potrzebuje {needed}: {days} dni po {daily} dziennie z {pool}, "
        "a dostępnych jest tylko {available} dni.",
    ),
    "plan.pool_test": ("the {reserved} reserved for it", "{reserved} zarezerwowanych na test"),
    "plan.pool_all": (
        "the campaign's {reserved}, inside its only ad set",
        "całego budżetu {reserved}, w jedynym zestawie reklam",
    ),
    "plan.ab_ctr_instead": (
        # {available} is the test's own limit (the flight or Meta's 30 days), not the flight
        # {limit} names what sets the test's days (plan.ab_limit.*)
        "A test judged on results per click would need {days} days, more than {limit}, so the "
        "test reads link CTR; judge the winner's cost per result after the test.",
        "Test mierzący wyniki na kliknięcie wymagałby {days} dni, czyli więcej niż {limit}, więc "
        "test mierzy CTR linku; koszt wyniku zwycięzcy oceń po teście.",
    ),
    "plan.ab_cvr_basis": (
        "Baseline {ctr} results per click: an estimate from two benchmarks of this market "
        "(its CPC, {cpc}, divided by its cost per result; {tag}), not a measured rate. It only "
        "sizes the sample; the ads' own results decide the test.",
        "Punkt wyjścia {ctr} wyników na kliknięcie to szacunek z dwóch benchmarków tego rynku "
        "(CPC {cpc} podzielony przez koszt wyniku; {tag}), a nie zmierzony wskaźnik. Służy "
        "tylko do wyliczenia próby; o wyniku testu decydują własne wyniki reklam.",
    ),
    "plan.ab_cannot_finish": (
        "To finish within {available} days: raise the test budget to about {daily_need} a day, "
        "test a bigger change (30% instead of 20%), or read the result as directional only.",
        "Aby skończyć w {available} dni: zwiększ budżet testu do ok. {daily_need} dziennie, "
        "testuj większą zmianę (30% zamiast 20%) albo traktuj wynik orientacyjnie.",
    ),
    "plan.ab_beyond_budget": (
        "Finishing within {available} days would take about {daily_need} a day, more than the "
        "whole campaign's {campaign_daily} a day: test a bigger change (30% instead of 20%) or "
        "read the result as directional only.",
        "Zakończenie w {available} dni wymagałoby ok. {daily_need} dziennie, więcej niż cały "
        "budżet kampanii ({campaign_daily} dziennie): testuj większą zmianę (30% zamiast 20%) "
        "albo traktuj wynik orientacyjnie.",
    ),
    "plan.ab_in_ad_set": (
        "With one ad set the two ads run inside it; Meta favours one ad early, so the result "
        "is directional, not a controlled split.",
        "Przy jednym zestawie obie reklamy działają w nim; Meta szybko faworyzuje jedną "
        "reklamę, więc wynik jest orientacyjny, a nie kontrolowanym testem.",
    ),
    "plan.category_replaced": (
        "{old} was replaced by {new} ({when}); the plan declares {new}.",
        "Kategorię {old} zastąpiła {new} ({when}); plan deklaruje {new}.",
    ),
    "plan.special_radius": (
        "Radius around {place} raised from {km} km to {min}, the minimum for special ad "
        "categories.",
        # the place stays in the nominative: "wokół Wrocław" would need a declension
        "{place}: promień zwiększony z {km} km do {min}, minimum dla specjalnych kategorii reklam.",
    ),
    "plan.special_postal": (
        "Postal area {place} dropped: special ad categories cannot target postcodes.",
        "Obszar pocztowy {place} pominięty: specjalne kategorie reklam nie pozwalają na kody "
        "pocztowe.",
    ),
    "plan.special_interests": (
        "Interests left out ({names}): with a special ad category the plan relies on broad "
        "targeting and the ads themselves.",
        "Pominięte zainteresowania ({names}): przy specjalnej kategorii reklam plan opiera się "
        "na szerokim targetowaniu i samych reklamach.",
    ),
    "plan.special": (
        "Special ad category {cat}: age stays 18–65+, all genders, no postcode targeting, "
        "radius at least {min}, no lookalikes, detailed targeting restricted.",
        "Specjalna kategoria reklam {cat}: wiek 18–65+, wszystkie płcie, bez kodów pocztowych, "
        "promień min. {min}, bez lookalike, ograniczone targetowanie szczegółowe.",
    ),
    "plan.kpi_target": ("client's target from the goal", "cel klienta z briefu"),
    "plan.kpi_cpr": (
        "{market} market benchmark ({conf}); expect about {expected} results",
        "benchmark rynkowy ({market}, {conf}); spodziewane ok. {expected:unit.result}",
    ),
    "plan.kpi_cpr_k": (
        "per 1,000; {market} market benchmark ({conf}); expect about {expected}",
        "za 1000; benchmark rynkowy ({market}, {conf}); spodziewane ok. {expected}",
    ),
    "plan.kpi_ctr": ("{market} market benchmark ({conf})", "benchmark rynkowy ({market}, {conf})"),
    "plan.kpi_roas": ("ROAS floor from the goal", "minimalny ROAS z celu"),
    "plan.kpi_cap": ("cost cap from the goal", "limit kosztu z celu"),
    "plan.kpi_cvr": (
        "results per click: market CPC / cost per result ({market}, {conf})",
        "wyniki na kliknięcie: CPC rynku / koszt wyniku ({market}, {conf})",
    ),
    "plan.cap_name": ("{metric} cap", "limit {metric}"),
}
