"""Plan wording in English and Polish (the numbers come from data, the words from here)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "objective_given": "{objective} as set in the brief; it optimises for {goal}.",
        "objective_inferred": "{objective} inferred from the goal's metric ({metric}); it optimises for {goal}.",
        "kpi_target": "target from the goal",
        "kpi_cpr": "budget divided by the target",
        "kpi_ctr": "benchmark average; beat it",
        "prospecting": "Prospecting",
        "prospecting_why": "new people matching the targeting and lookalikes",
        "retargeting": "Retargeting",
        "retargeting_why": "site visitors and engaged viewers who have not converted yet",
        "testing": "A/B test",
        "testing_why": "the creative test described below, equal split between variants",
        "run": "Runs {start} to {end} ({days} days), {kind} budget.",
        "season": "December is peak season: CPMs rise before the holidays, so front-load the test.",
        "daypart": "A lifetime budget allows ad scheduling by hour; use it once you know when buyers convert.",
        "pace": "A daily budget can overspend by up to 25% on a single day; the weekly total stays in line.",
        "learn_ok": "About {results} results a week per ad set at ~{cpr} {cur} each: enough to leave the learning phase (~50 a week).",
        "learn_low": "About {results} results a week per ad set at ~{cpr} {cur} each, under the ~50 needed to leave the learning phase: keep one ad set, avoid edits, or optimise for a more frequent event.",
        "learn_unknown": "No benchmark cost for this result, so learning-phase feasibility cannot be estimated; watch the delivery column.",
        "hypothesis": "Changing only the {variable} moves CTR by at least {mde:.0%}.",
        "ab_short": "the campaign is shorter than the recommended test length",
        "special": "Special ad category {cat}: age stays 18-65+, all genders, no postcode targeting or lookalikes.",
        "age_clamped": "Age range adjusted to what Meta allows ({lo}-{hi}).",
    },
    "pl": {
        "objective_given": "{objective} zgodnie z briefem; optymalizacja pod {goal}.",
        "objective_inferred": "{objective} wybrany na podstawie miary celu ({metric}); optymalizacja pod {goal}.",
        "kpi_target": "cel z briefu",
        "kpi_cpr": "budżet podzielony przez cel",
        "kpi_ctr": "średnia z benchmarków; warto ją pobić",
        "prospecting": "Pozyskiwanie",
        "prospecting_why": "nowi odbiorcy z targetowania i grup lookalike",
        "retargeting": "Retargeting",
        "retargeting_why": "osoby, które odwiedziły stronę lub obejrzały reklamy, ale jeszcze nie kupiły",
        "testing": "Test A/B",
        "testing_why": "test kreacji opisany niżej, budżet po równo między warianty",
        "run": "Emisja od {start} do {end} ({days} dni), budżet {kind}.",
        "season": "Grudzień to szczyt sezonu: CPM rośnie przed świętami, więc test warto zrobić na początku.",
        "daypart": "Budżet całkowity pozwala ustawić harmonogram godzinowy; użyj go, gdy wiesz, kiedy klienci kupują.",
        "pace": "Budżet dzienny może zostać przekroczony o 25% danego dnia; suma tygodniowa się zgadza.",
        "learn_ok": "Około {results} wyników tygodniowo na zestaw reklam po ~{cpr} {cur}: wystarczy, by wyjść z fazy uczenia się (~50 tygodniowo).",
        "learn_low": "Około {results} wyników tygodniowo na zestaw reklam po ~{cpr} {cur}, mniej niż ~50 potrzebnych do wyjścia z fazy uczenia się: zostań przy jednym zestawie, unikaj edycji albo optymalizuj pod częstsze zdarzenie.",
        "learn_unknown": "Brak benchmarku kosztu tego wyniku, więc nie da się ocenić fazy uczenia się; obserwuj kolumnę stanu emisji.",
        "hypothesis": "Zmiana samego elementu {variable} zmienia CTR o co najmniej {mde:.0%}.",
        "ab_short": "kampania jest krótsza niż zalecany czas testu",
        "special": "Specjalna kategoria reklam {cat}: wiek 18-65+, wszystkie płcie, bez kodów pocztowych i lookalike.",
        "age_clamped": "Przedział wieku dopasowany do limitów Meta ({lo}-{hi}).",
    },
}

KIND = {
    "en": {"daily": "daily", "lifetime": "lifetime"},
    "pl": {"daily": "dzienny", "lifetime": "całkowity"},
}
VARIABLE = {"en": {"headline": "headline"}, "pl": {"headline": "nagłówek"}}


def t(lang: str, key: str, **kw: object) -> str:
    return TEXTS["pl" if lang == "pl" else "en"][key].format(**kw)


# KPI names from the objectives data are English; Polish plans name them in Polish.
KPI_NAMES = {
    "pl": {
        "reach": "zasięg",
        "frequency": "częstotliwość",
        "ad recall lift": "wzrost zapamiętania reklamy",
        "landing page views": "wyświetlenia strony docelowej",
        "engagement rate": "współczynnik zaangażowania",
        "cost per engagement": "koszt zaangażowania",
        "cost per ThruPlay": "koszt ThruPlay",
        "lead conversion rate": "konwersja leadów",
        "installs": "instalacje",
        "conversion rate": "współczynnik konwersji",
    }
}
