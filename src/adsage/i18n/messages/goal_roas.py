"""Goal-check wording for a revenue target's ROAS: no public ROAS benchmark exists, so the
check names the editorial estimate instead of calling a ROAS "plausible"."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "goal.ach.roas_no_bench": (
        "{target} in revenue on {budget} of spend needs a ROAS of {roas}. There is no public ROAS benchmark for this market; adsage's own estimate is about {typical} ({source}, {as_of}, {conf}), so compare it with the shop's past campaigns.",
        "{target} przychodu przy {budget} wydatków wymaga ROAS {roas}. Nie ma publicznego benchmarku ROAS dla tego rynku; szacunek adsage to ok. {typical} ({source}, {as_of}, {conf}), więc porównaj go z wynikami wcześniejszych kampanii sklepu.",
    ),
    "goal.ach.roas_ambitious": (
        "{target} in revenue on {budget} of spend needs a ROAS of {roas}. There is no public ROAS benchmark for this market, and this is above adsage's own estimate of about {typical} ({source}, {as_of}, {conf}): ambitious when most of the budget reaches new audiences.",
        "{target} przychodu przy {budget} wydatków wymaga ROAS {roas}. Nie ma publicznego benchmarku ROAS dla tego rynku, a to więcej niż szacunek adsage, ok. {typical} ({source}, {as_of}, {conf}): to ambitny cel, gdy większość budżetu trafia do nowych odbiorców.",
    ),
    "goal.ach.roas_above_estimate": (
        "A ROAS of {roas} is above adsage's own estimate of about {typical} ({source}, {as_of}, {conf}); there is no public ROAS benchmark for this market: very ambitious when most of the budget reaches new audiences or the offer is discounted, so compare it with the shop's past campaigns.",
        "ROAS {roas} to więcej niż szacunek adsage, ok. {typical} ({source}, {as_of}, {conf}); nie ma publicznego benchmarku ROAS dla tego rynku: to bardzo ambitny cel, gdy większość budżetu trafia do nowych odbiorców albo oferta jest przeceniona, więc porównaj go z wynikami wcześniejszych kampanii sklepu.",
    ),
    "goal.ach.roas_floor_unspent": (
        "A minimum ROAS of {floor} as the bid floor may leave part of the budget unspent.",
        "Minimalny ROAS {floor} jako próg stawki może sprawić, że część budżetu nie zostanie wydana.",
    ),
    "goal.suggest.roas_ambitious": (
        "Start with a lower ROAS floor or bid for the highest value, and add a retargeting ad set for past visitors and buyers.",
        "Zacznij od niższego progu ROAS albo od stawki na najwyższą wartość i dodaj zestaw retargetingowy dla osób, które odwiedziły sklep lub już kupiły.",
    ),
}
