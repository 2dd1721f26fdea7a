"""Plan section wording kept from the first plan layout (objective lines, split lines, run
and daypart notes); the numbers sections' own wording lives in ``plan.py``."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.copy.add_facts": (
        "The brief gives no offer, or fewer than two benefits, so the drafts stay general. Add these facts to the brief and the drafts will use them: {facts}. The drafts never make them up.",
        "Brief nie podaje oferty albo ma mniej niż dwie korzyści, więc teksty są ogólne. Dopisz do briefu te informacje, a teksty je wykorzystają: {facts}. Teksty nigdy ich nie wymyślają.",
    ),
    "plan.objective_given": (
        "{objective} as set in the brief; it optimises for {goal}.",
        "{objective} zgodnie z briefem; optymalizacja pod {goal}.",
    ),
    "plan.objective_inferred": (
        "{objective} inferred from the goal's metric ({metric}); it optimises for {goal}.",
        "Cel kampanii {objective} wybrano na podstawie wskaźnika podanego w celu ({metric}); optymalizacja pod {goal}.",
    ),
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
        "the creative test of the A/B test plan, equal split between variants",
        "test kreacji z planu testu A/B, budżet po równo między warianty",
    ),
    "plan.run": (
        "Runs {start} to {end} ({days} days), {kind} budget.",
        "Emisja od {start} do {end} ({days} dni), budżet {kind}.",
    ),
    "plan.daypart": (
        "A lifetime budget allows ad scheduling by hour; use it once you know when your audience converts.",
        "Budżet całkowity pozwala ustawić harmonogram godzinowy; użyj go, gdy wiesz, kiedy odbiorcy najczęściej reagują.",
    ),
    "plan.learn_unknown": (
        "No benchmark cost for this result, so learning-phase feasibility cannot be estimated; watch the delivery column.",
        "Brak benchmarku kosztu tego wyniku, więc nie da się ocenić fazy uczenia się; obserwuj kolumnę stanu emisji.",
    ),
    "plan.age_clamped": (
        "Age range adjusted to what Meta allows ({lo}–{hi}).",
        "Przedział wieku dopasowany do limitów Meta ({lo}–{hi}).",
    ),
    # the goal names no result Ads Manager counts ("Zebrać 180 000 zł z 1,5% podatku", "more
    # clients"): the objective serves the nearest result, never one "inferred from the goal"
    "plan.objective_no_metric": (
        "{objective} chosen for the closest result Ads Manager counts ({metric}), as the goal itself names none; it optimises for {goal}.",
        "Cel kampanii {objective} dopasowano do najbliższego wyniku, który liczy Menedżer reklam ({metric}), bo sam cel biznesowy takiego wyniku nie podaje; optymalizacja pod {goal}.",
    ),
}
