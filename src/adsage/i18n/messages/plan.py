"""Plan wording (the numbers come from data, the words from here)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.objective_given": (
        "{objective} as set in the brief; it optimises for {goal}.",
        "{objective} zgodnie z briefem; optymalizacja pod {goal}.",
    ),
    "plan.objective_inferred": (
        "{objective} inferred from the goal's metric ({metric}); it optimises for {goal}.",
        "{objective} wybrany na podstawie miary celu ({metric}); optymalizacja pod {goal}.",
    ),
    "plan.kpi_target": ("target from the goal", "cel z briefu"),
    "plan.kpi_cpr": ("budget divided by the target", "budżet podzielony przez cel"),
    "plan.kpi_ctr": ("benchmark average; beat it", "średnia z benchmarków; warto ją pobić"),
    "plan.prospecting": ("Prospecting", "Pozyskiwanie"),
    "plan.prospecting_why": (
        "new people matching the targeting and lookalikes",
        "nowi odbiorcy z targetowania i grup lookalike",
    ),
    "plan.retargeting": ("Retargeting", "Retargeting"),
    "plan.retargeting_why": (
        "site visitors and engaged viewers who have not converted yet",
        "osoby, które odwiedziły stronę lub obejrzały reklamy, ale jeszcze nie kupiły",
    ),
    "plan.testing": ("A/B test", "Test A/B"),
    "plan.testing_why": (
        "the creative test described below, equal split between variants",
        "test kreacji opisany niżej, budżet po równo między warianty",
    ),
    "plan.run": (
        "Runs {start} to {end} ({days} days), {kind} budget.",
        "Emisja od {start} do {end} ({days} dni), budżet {kind}.",
    ),
    "plan.season": (
        "December is peak season: CPMs rise before the holidays, so front-load the test.",
        "Grudzień to szczyt sezonu: CPM rośnie przed świętami, więc test warto zrobić na początku.",
    ),
    "plan.daypart": (
        "A lifetime budget allows ad scheduling by hour; use it once you know when buyers convert.",
        "Budżet całkowity pozwala ustawić harmonogram godzinowy; użyj go, gdy wiesz, kiedy klienci kupują.",
    ),
    "plan.pace": (
        "A daily budget can overspend by up to 25% on a single day; the weekly total stays in line.",
        "Budżet dzienny może zostać przekroczony o 25% danego dnia; suma tygodniowa się zgadza.",
    ),
    "plan.learn_ok": (
        "About {results} results a week per ad set at ~{cpr} {cur} each: enough to leave the learning phase (~50 a week).",
        "Około {results} wyników tygodniowo na zestaw reklam po ~{cpr} {cur}: wystarczy, by wyjść z fazy uczenia się (~50 tygodniowo).",
    ),
    "plan.learn_low": (
        "About {results} results a week per ad set at ~{cpr} {cur} each, under the ~50 needed to leave the learning phase: keep one ad set, avoid edits, or optimise for a more frequent event.",
        "Około {results} wyników tygodniowo na zestaw reklam po ~{cpr} {cur}, mniej niż ~50 potrzebnych do wyjścia z fazy uczenia się: zostań przy jednym zestawie, unikaj edycji albo optymalizuj pod częstsze zdarzenie.",
    ),
    "plan.learn_unknown": (
        "No benchmark cost for this result, so learning-phase feasibility cannot be estimated; watch the delivery column.",
        "Brak benchmarku kosztu tego wyniku, więc nie da się ocenić fazy uczenia się; obserwuj kolumnę stanu emisji.",
    ),
    "plan.hypothesis": (
        "Changing only the {variable} moves CTR by at least {mde:.0%}.",
        "Zmiana samego elementu {variable} zmienia CTR o co najmniej {mde:.0%}.",
    ),
    "plan.ab_short": (
        "the campaign is shorter than the recommended test length",
        "kampania jest krótsza niż zalecany czas testu",
    ),
    "plan.special": (
        "Special ad category {cat}: age stays 18-65+, all genders, no postcode targeting or lookalikes.",
        "Specjalna kategoria reklam {cat}: wiek 18-65+, wszystkie płcie, bez kodów pocztowych i lookalike.",
    ),
    "plan.age_clamped": (
        "Age range adjusted to what Meta allows ({lo}-{hi}).",
        "Przedział wieku dopasowany do limitów Meta ({lo}-{hi}).",
    ),
}
