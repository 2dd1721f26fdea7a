"""Plan-numbers wording in English and Polish; every figure is passed in, never written here."""

from __future__ import annotations

_T: dict[str, tuple[str, str]] = {
    "advantage_sales": ("Advantage+ sales campaign", "Kampania Advantage+ sprzedażowa"),
    "advantage_sales_why": (
        "catalogue ads across the whole catalogue; optimise for purchase value, or minimum-ROAS "
        "bidding when the goal names a ROAS",
        "reklamy katalogowe dla całego katalogu; optymalizacja pod wartość zakupów albo stawka "
        "z minimalnym ROAS, gdy cel podaje ROAS",
    ),
    "prospecting_why_special": (
        "new people within the special-category limits (broad audience, location only)",
        "nowi odbiorcy w granicach specjalnej kategorii (szeroka grupa, tylko lokalizacja)",
    ),
    "retargeting_why_form": (
        "people who opened the form, visited the page or watched the video but did not submit",
        "osoby, które otworzyły formularz, odwiedziły stronę lub obejrzały wideo, ale nie "
        "wysłały zgłoszenia",
    ),
    "app_campaign": ("Advantage+ app campaign", "Kampania Advantage+ dla aplikacji"),
    "app_campaign_why": (
        "optimised for the in-app event the goal names ({metric}); no website retargeting",
        "optymalizacja pod zdarzenie w aplikacji z celu ({metric}); bez retargetingu strony",
    ),
    "reach_capped": ("Reach with a frequency cap", "Zasięg z limitem częstotliwości"),
    "reach_capped_why": (
        "local reach around the places in the brief, capped at {cap} impressions per person a week",
        "zasięg lokalny wokół miejsc z briefu, limit {cap} wyświetleń na osobę tygodniowo",
    ),
    "only_ad_set": (
        "One ad set: {daily} a day carries one ad set only (at least {floor} a day each)",
        "Jeden zestaw reklam: {daily} dziennie wystarcza na jeden zestaw (min. {floor} dziennie "
        "na zestaw)",
    ),
    "structure.advantage_plus_sales": (
        "Advantage+ sales campaign with the product catalogue (many products): one campaign, "
        "Advantage+ audience on, suggestions only for age and interests.",
        "Kampania Advantage+ sprzedażowa z katalogiem produktów (wiele produktów): jedna "
        "kampania, grupa Advantage+ włączona, wiek i zainteresowania tylko jako sugestie.",
    ),
    "structure.advantage_plus_app": (
        "Advantage+ app campaign optimised for {metric}; Meta picks audiences and placements.",
        "Kampania Advantage+ dla aplikacji optymalizowana pod: {metric}; Meta dobiera "
        "odbiorców i umiejscowienia.",
    ),
    "structure.lead_form": (
        "Lead campaign with an instant form and 2-3 qualifying questions (higher intent); switch "
        "to website leads if the landing page converts better, and optimise for conversion "
        "leads once the CRM reports qualified leads back to Meta.",
        "Kampania kontaktowa z formularzem błyskawicznym i 2-3 pytaniami kwalifikującymi; "
        "przejdź na leady ze strony, jeśli strona konwertuje lepiej, i optymalizuj pod "
        "konwersję leadów, gdy CRM zwraca do Mety leady zakwalifikowane.",
    ),
    "structure.reach_local": (
        "Reach campaign with a frequency cap for local awareness around the brief's places.",
        "Kampania zasięgowa z limitem częstotliwości dla lokalnej rozpoznawalności.",
    ),
    "structure.awareness": (
        "Awareness campaign optimised for reach; watch frequency weekly.",
        "Kampania rozpoznawalności optymalizowana pod zasięg; co tydzień sprawdzaj częstotliwość.",
    ),
    "structure.manual": (
        "Manual ad sets for control over audiences and placements; Advantage+ audience with "
        "the brief's audience as suggestions unless the brief needs strict limits.",
        "Ręczne zestawy reklam dla kontroli nad odbiorcami i umiejscowieniami; grupa "
        "Advantage+ z odbiorcami z briefu jako sugestiami, chyba że brief wymaga ścisłych "
        "ograniczeń.",
    ),
    "pace": (
        "A daily budget may spend up to 75% more on a single day; a calendar week never goes "
        "over 7 times the daily budget.",
        "Budżet dzienny może jednego dnia wydać do 75% więcej; tydzień kalendarzowy nigdy nie "
        "przekracza 7-krotności budżetu dziennego.",
    ),
    "learn": (
        "Benchmark {market}: about {cpr} per result ({metric}), so about {total} results over "
        "{days} days, about {week} a week; the main ad set gets about {main} of them a week.",
        "Benchmark {market}: ok. {cpr} za wynik ({metric}), czyli ok. {total} wyników w ciągu "
        "{days} dni, ok. {week} tygodniowo; główny zestaw reklam dostaje ok. {main} z nich "
        "tygodniowo.",
    ),
    "learn_one": (
        "Benchmark {market}: about {cpr} per result ({metric}), so about {total} results over "
        "{days} days, about {week} a week in the only ad set.",
        "Benchmark {market}: ok. {cpr} za wynik ({metric}), czyli ok. {total} wyników w ciągu "
        "{days} dni, ok. {week} tygodniowo w jedynym zestawie reklam.",
    ),
    "learn_k": (
        "Benchmark {market}: about {cpr} per {unit} ({metric}), so about {total} over {days} "
        "days if the area holds that many people (reach does not add up week by week).",
        "Benchmark {market}: ok. {cpr} za {unit} (wynik: {metric}), czyli ok. {total} w ciągu "
        "{days} dni, jeśli obszar ma tylu mieszkańców (zasięg nie sumuje się z tygodni).",
    ),
    "learn_ok": (
        "That is enough to leave the learning phase (about 50 events in 7 days).",
        "To wystarczy, by wyjść z fazy uczenia (ok. 50 zdarzeń w 7 dni).",
    ),
    "learn_low": (
        "That is under the ~50 events in 7 days needed to leave the learning phase: keep one ad "
        "set, avoid edits, or optimise for a more frequent event.",
        "To mniej niż ~50 zdarzeń w 7 dni potrzebnych do wyjścia z fazy uczenia: zostań przy "
        "jednym zestawie, unikaj edycji albo optymalizuj pod częstsze zdarzenie.",
    ),
    "hypothesis": (
        "Changing only the {variable} moves {metric} by at least {mde:.0%}.",
        "Zmiana tylko elementu {variable} zmienia {metric} o co najmniej {mde:.0%}.",
    ),
    "cvr_name": ("conversion rate (results per click)", "współczynnik konwersji (wyniki na klik)"),
    "ab_fits": (
        "{sample} per ad; the test needs {needed}: {days} days at {daily} a day of {pool}.",
        "{sample} na reklamę; test potrzebuje {needed}: {days} dni po {daily} dziennie z {pool}.",
    ),
    "ab_short": (
        "{sample} per ad; the test needs {needed}: {days} days at {daily} a day of {pool}, but "
        "only {available} days are available.",
        "{sample} na reklamę; test potrzebuje {needed}: {days} dni po {daily} dziennie z {pool}, "
        "a dostępnych jest tylko {available} dni.",
    ),
    "pool_test": ("the {reserved} reserved for it", "{reserved} zarezerwowanych na test"),
    "pool_all": (
        "the campaign's {reserved}, inside its only ad set",
        "całego budżetu {reserved}, w jedynym zestawie reklam",
    ),
    "ab_ctr_instead": (
        "Results per click would need {days} days, more than the {available} available, so the "
        "test reads link CTR; judge the winner's cost per result after the test.",
        "Wyniki na kliknięcie wymagałyby {days} dni, więcej niż dostępne {available}, więc test "
        "mierzy CTR linku; koszt wyniku zwycięzcy oceń po teście.",
    ),
    "ab_cvr_basis": (
        "Baseline {ctr} results per click, from this market's CPC ({cpc}) and cost per result.",
        "Punkt wyjścia {ctr} wyników na kliknięcie, z CPC tego rynku ({cpc}) i kosztu wyniku.",
    ),
    "ab_cannot_finish": (
        "To finish within {available} days: raise the test budget to about {daily_need} a day, "
        "test a bigger change (30% instead of 20%), or read the result as directional only.",
        "Aby skończyć w {available} dni: zwiększ budżet testu do ok. {daily_need} dziennie, "
        "testuj większą zmianę (30% zamiast 20%) albo traktuj wynik orientacyjnie.",
    ),
    "ab_in_ad_set": (
        "With one ad set the two ads run inside it; Meta favours one ad early, so the result "
        "is directional, not a controlled split.",
        "Przy jednym zestawie obie reklamy działają w nim; Meta szybko faworyzuje jedną "
        "reklamę, więc wynik jest orientacyjny, a nie kontrolowanym testem.",
    ),
    "category_replaced": (
        "{old} was replaced by {new} ({when}); the plan declares {new}.",
        "Kategorię {old} zastąpiła {new} ({when}); plan deklaruje {new}.",
    ),
    "special_radius": (
        "Radius around {place} raised from {km} km to {min} km, the minimum for special ad "
        "categories.",
        "Promień wokół {place} zwiększony z {km} km do {min} km, minimum dla specjalnych "
        "kategorii reklam.",
    ),
    "special_postal": (
        "Postal area {place} dropped: special ad categories cannot target postcodes.",
        "Obszar pocztowy {place} pominięty: specjalne kategorie reklam nie pozwalają na kody "
        "pocztowe.",
    ),
    "special": (
        "Special ad category {cat}: age stays 18-65+, all genders, no postcode targeting, "
        "radius at least {min} km, no lookalikes, detailed targeting restricted.",
        "Specjalna kategoria reklam {cat}: wiek 18-65+, wszystkie płcie, bez kodów pocztowych, "
        "promień min. {min} km, bez lookalike, ograniczone targetowanie szczegółowe.",
    ),
    "kpi_target": ("client's target from the goal", "cel klienta z briefu"),
    "kpi_cpr": (
        "market benchmark {market} ({conf}); expect about {expected} results",
        "benchmark rynku {market} ({conf}); spodziewane ok. {expected} wyników",
    ),
    "kpi_cpr_k": (
        "per 1,000; market benchmark {market} ({conf}); expect about {expected}",
        "za 1000; benchmark rynku {market} ({conf}); spodziewane ok. {expected}",
    ),
    "kpi_ctr": ("market benchmark {market} ({conf})", "benchmark rynku {market} ({conf})"),
    "kpi_roas": ("ROAS floor from the goal", "minimalny ROAS z celu"),
    "kpi_cap": ("cost cap from the goal", "limit kosztu z celu"),
    "kpi_cvr": (
        "results per click: market CPC / cost per result ({market}, {conf})",
        "wyniki na kliknięcie: CPC rynku / koszt wyniku ({market}, {conf})",
    ),
    "cap_name": ("{metric} cap", "limit {metric}"),
}


def tr(lang: str, key: str, **kw: object) -> str:
    en, pl = _T[key]
    return (pl if lang == "pl" else en).format(**kw)


def money(value: float, currency: str, lang: str) -> str:
    """An amount always with its currency: 1,234.5 PLN (EN) / 1 234,50 PLN (PL)."""
    text = f"{value:,.2f}"
    if text.endswith(".00"):
        text = text[:-3]
    if lang == "pl":
        text = text.replace(",", " ").replace(".", ",")
    return f"{text} {currency}"


def count(value: float, lang: str) -> str:
    """A count in the plan's language: 62,500 (EN) / 62 500 (PL); 8.8 / 8,8 below ten."""
    text = f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:,.1f}"
    if lang == "pl":
        text = text.replace(",", " ").replace(".", ",")
    return text


def pct(ratio: float, lang: str) -> str:
    """0.0205 -> "2.05%" (EN) / "2,05%" (PL)."""
    text = f"{ratio:.2%}"
    return text.replace(".", ",") if lang == "pl" else text
