"""Findings of the consumer-credit disclosure check."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "copy.credit_cost_terms": (
        '"{term}" states what the credit costs, but no field shows the representative '
        "example with the APR that credit advertising law asks for.",
        "„{term}” mówi o koszcie kredytu, ale żadne pole nie pokazuje przykładu "
        "reprezentatywnego z RRSO, którego wymaga prawo o reklamie kredytu.",
    ),
    "copy.credit_cost_terms.fix": (
        "Add the representative example (APR, total amount payable) from the lender, or drop "
        "the cost claim; check the wording with the lender's compliance team.",
        "Dodaj przykład reprezentatywny od pożyczkodawcy (RRSO, całkowita kwota do zapłaty) "
        "albo usuń informację o koszcie; sprawdź treść z działem zgodności pożyczkodawcy.",
    ),
    "copy.credit_income_claim": (
        '"{term}" suggests that income or the credit record does not matter to the decision; '
        "a credit ad must not suggest that, and the lender has to assess creditworthiness.",
        "„{term}” sugeruje, że dochód albo historia kredytowa nie mają znaczenia dla decyzji; "
        "reklama kredytu nie może tego sugerować, a pożyczkodawca musi ocenić zdolność "
        "kredytową.",
    ),
    "copy.credit_income_claim.fix": (
        "Drop the claim and say instead what the application needs and how long the decision "
        "takes; check the wording with the lender's compliance team.",
        "Usuń to sformułowanie i napisz zamiast niego, czego wymaga wniosek i ile trwa decyzja; "
        "sprawdź treść z działem zgodności pożyczkodawcy.",
    ),
}
