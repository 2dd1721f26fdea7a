"""The copy note on credit costs the drafts leave out (:func:`adsage.checks.credit.undisclosed_benefits`)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.copy.credit_held": (
        "Left out of the ads: {items}. A credit cost in an ad needs the representative example (with the APR) beside it; add the example to the brief to use it.",
        "Pominięto w reklamach: {items}. Koszt kredytu w reklamie wymaga przykładu reprezentatywnego (z RRSO); dodaj go do briefu, aby go użyć.",
    ),
    "plan.copy.income_held": (
        "Left out of the ads: {items}. A credit ad must not suggest that income or the credit record does not matter to the decision; say what the application needs instead.",
        "Pominięto w reklamach: {items}. Reklama kredytu nie może sugerować, że dochód albo historia kredytowa nie mają znaczenia dla decyzji; napisz zamiast tego, czego wymaga wniosek.",
    ),
    "policy.mortgage_housing": (
        'The brief uses the word "{term}" and declares {category}; Meta lists mortgages under HOUSING as well (UNSURE whether this campaign needs both).',
        "W briefie pada słowo „{term}”, a kampania deklaruje kategorię {category}; Meta zalicza kredyty hipoteczne także do kategorii HOUSING (niepewne, czy ta kampania potrzebuje obu).",
    ),
    "policy.mortgage_housing.ask": (
        "Ask the client whether the campaign should also declare HOUSING; the targeting limits above stay the same either way.",
        "Zapytaj klienta, czy kampania powinna zadeklarować także kategorię HOUSING; ograniczenia targetowania opisane powyżej pozostają takie same.",
    ),
}
