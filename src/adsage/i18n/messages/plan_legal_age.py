"""A legal minimum age (alcohol) in the targeting: the floor the plan applies, why it is a hard
audience control rather than an Advantage+ suggestion, and the finding that keeps the figure a
warning while its source is unconfirmed.  Figures are passed in, never written here."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.targeting.legal_age_raised": (
        "Minimum age raised from {asked} to {age}: alcohol ads may only reach people of legal drinking age ({ages}). With Advantage+ audience on, set {age} as the minimum age audience control: it is a hard limit, not a suggestion.",
        "Dolna granica wieku podniesiona z {asked} do {age}: reklamy alkoholu mogą docierać tylko do osób, które mogą legalnie pić alkohol ({ages}). Przy włączonej grupie Advantage+ ustaw {age} jako kontrolę minimalnego wieku: to twarda granica, a nie sugestia.",
    ),
    "plan.targeting.legal_age_kept": (
        "Minimum age {age}: alcohol ads may only reach people of legal drinking age ({ages}). With Advantage+ audience on, set {age} as the minimum age audience control: it is a hard limit, not a suggestion.",
        "Dolna granica wieku {age}: reklamy alkoholu mogą docierać tylko do osób, które mogą legalnie pić alkohol ({ages}). Przy włączonej grupie Advantage+ ustaw {age} jako kontrolę minimalnego wieku: to twarda granica, a nie sugestia.",
    ),
    "plan.structure.manual_legal_age": (
        "Manual ad sets for control over audiences and placements; Advantage+ audience may treat the brief's interests and age range as suggestions, but the legal minimum age goes in as the minimum age audience control: a hard limit, not a suggestion.",
        "Ręczne zestawy reklam dla kontroli nad odbiorcami i umiejscowieniami; grupa Advantage+ może traktować zainteresowania i przedział wieku z briefu jako sugestie, ale ustawowy minimalny wiek wpisz jako kontrolę minimalnego wieku: to twarda granica, a nie sugestia.",
    ),
    "plan.structure.advantage_plus_sales_legal_age": (
        "Advantage+ sales campaign with the product catalogue (many products): one campaign, Advantage+ audience on, interests only as suggestions; the legal minimum age goes in as the minimum age audience control, a hard limit, not a suggestion.",
        "Kampania sprzedażowa Advantage+ z katalogiem produktów (wiele produktów): jedna kampania, grupa Advantage+ włączona, zainteresowania tylko jako sugestie; ustawowy minimalny wiek wpisz jako kontrolę minimalnego wieku: to twarda granica, a nie sugestia.",
    ),
    "policy.alcohol.raised": (
        "Alcohol is an age-restricted category: the brief's minimum age ({asked}) is below the legal drinking age ({country}: {legal}), so the targeting starts at {age}. The age comes from national law, which adsage's reference does not confirm (UNSURE): check it against that country's law. The ads must also follow local law.",
        "Alkohol to kategoria z ograniczeniem wiekowym: dolna granica wieku z briefu ({asked}) jest niższa niż wiek, od którego wolno legalnie pić alkohol ({country}: {legal}), więc targetowanie zaczyna się od {age}. Ten wiek pochodzi z prawa krajowego, którego nie potwierdzają materiały referencyjne adsage (niepewne): sprawdź go w przepisach tego kraju. Treść reklam też musi być zgodna z lokalnym prawem.",
    ),
    "policy.alcohol.raised_fix": (
        "Keep {age} as the minimum age audience control in Ads Manager and in the bulk sheet (Age Min).",
        "Zostaw {age} jako kontrolę minimalnego wieku w Menedżerze reklam i w arkuszu importu (Age Min).",
    ),
}
