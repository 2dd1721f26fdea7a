"""The SMART check of a goal about a share of results (see adsage.checks.goal.share): what a
share needs (a starting and a target share), where it is counted, and its rewrite."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "goal.share.spec_pass": (
        "The goal is about a share (“{share}”) with a target of {target}.",
        "Cel dotyczy udziału („{share}”) z wartością docelową {target}.",
    ),
    "goal.share.spec_change": (
        "The goal is about a share (“{share}”) and a change of {change}.",
        "Cel dotyczy udziału („{share}”) i zmiany o {change}.",
    ),
    "goal.share.spec_missing": (
        "The goal is about a share (“{share}”), not a number of results, but gives neither its current nor its target level: write from what % to what % it should move.",
        "Cel dotyczy udziału („{share}”), a nie liczby wyników, ale nie podaje obecnego ani docelowego poziomu: napisz, z ilu do ilu procent ma się zmienić.",
    ),
    "goal.share.meas_pass": (
        "Measured from the current share of {start}, in your own booking or sales records (Ads Manager reports the ads' results, not the share of all of them).",
        "Mierzalny od obecnego udziału {start}, we własnych danych o rezerwacjach lub sprzedaży (Menedżer reklam pokazuje wyniki reklam, a nie ich udział we wszystkich).",
    ),
    "goal.share.meas_no_start": (
        "A share is measured from where it starts: add the current share ({x} in the suggested wording). It is counted in your own booking or sales records, not in Ads Manager.",
        "Udział mierzy się od punktu wyjścia: dopisz obecny udział ({x} w proponowanym brzmieniu). Liczysz go we własnych danych o rezerwacjach lub sprzedaży, a nie w Menedżerze reklam.",
    ),
    "goal.share.meas_none": (
        "Missing the current share and the target share: in the suggested wording, {x} is the share now and {y} the share you want. Both are counted in your own booking or sales records, not in Ads Manager.",
        "Brakuje obecnego i docelowego udziału: w proponowanym brzmieniu {x} to udział dziś, a {y} udział, który chcesz osiągnąć. Oba liczysz we własnych danych o rezerwacjach lub sprzedaży, a nie w Menedżerze reklam.",
    ),
    "goal.share.ach": (
        "Not checked: there is no benchmark for a share; judge the step from the current share against past seasons.",
        "Nie sprawdzono: dla udziału nie ma benchmarku; oceń krok od obecnego udziału na tle poprzednich sezonów.",
    ),
    "goal.share.verb_up": ("Increase", "Zwiększyć"),
    "goal.share.verb_down": ("Reduce", "Zmniejszyć"),
    "goal.share.rewrite": (
        "{verb} {share} from {low} to {high} {when}.",
        "{verb} {share} z {low} do {high} {when}.",
    ),
    # the KPI rows of a share goal in the plan (adsage.planning.nouns)
    "plan.kpi_share": (
        "the goal's measure, {start} now; count it in your own booking or sales records, not in Ads Manager",
        "miara celu, obecnie {start}; licz ją we własnych danych o rezerwacjach lub sprzedaży, a nie w Menedżerze reklam",
    ),
    "plan.kpi_share_no_start": (
        "the goal's measure: fill in the current share ({x}); count it in your own booking or sales records, not in Ads Manager",
        "miara celu: uzupełnij obecny udział ({x}); licz ją we własnych danych o rezerwacjach lub sprzedaży, a nie w Menedżerze reklam",
    ),
    "plan.kpi_share_open": (
        "the goal's measure: fill in the current share ({x}) and the target ({y}); count it in your own booking or sales records, not in Ads Manager",
        "miara celu: uzupełnij obecny udział ({x}) i docelowy ({y}); licz ją we własnych danych o rezerwacjach lub sprzedaży, a nie w Menedżerze reklam",
    ),
    "plan.kpi_share_feed": (
        "the ads' results on the site (the pixel's event) that make up this share; watch them in Ads Manager",
        "wyniki reklam na stronie (zdarzenie piksela), które składają się na ten udział; obserwuj je w Menedżerze reklam",
    ),
}
