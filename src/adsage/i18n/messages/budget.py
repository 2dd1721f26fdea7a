"""Budget and schedule findings (``adsage check budget``, plans' budget sections)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "budget.type": (
        "An ad set has either a daily or a lifetime budget, not both.",
        "Zestaw reklam ma budżet dzienny albo całkowity, nie oba naraz.",
    ),
    "budget.type.fix": ("Keep one of them.", "Zostaw jeden z nich."),
    "budget.dates_order": (
        "The end date {end} is not after the start date {start}.",
        "Data zakończenia {end} nie jest późniejsza niż data rozpoczęcia {start}.",
    ),
    "budget.dates_order.fix": (
        "Set an end date after the start date.",
        "Ustaw datę zakończenia po dacie rozpoczęcia.",
    ),
    "budget.lifetime_end": (
        "A lifetime budget needs an end date.",
        "Budżet całkowity wymaga daty zakończenia.",
    ),
    "budget.lifetime_end.fix": (
        "Add an end date or use a daily budget.",
        "Dodaj datę zakończenia albo użyj budżetu dziennego.",
    ),
    "budget.dayparting": (
        "Ad scheduling (dayparting) only works with a lifetime budget.",
        "Harmonogram wyświetlania reklam działa tylko z budżetem całkowitym.",
    ),
    "budget.dayparting.fix": (
        "Switch to a lifetime budget or run the ads all day.",
        "Przejdź na budżet całkowity albo emituj reklamy przez cały dzień.",
    ),
    "budget.daily_minimum": (
        "A daily budget of {amount} is below the minimum of about {minimum} for {charged}.",
        "Budżet dzienny {amount} jest niższy niż minimum ok. {minimum} dla {charged}.",
    ),
    "budget.daily_minimum.fix": (
        "Raise it to at least {minimum}.",
        "Podnieś go do co najmniej {minimum}.",
    ),
    "budget.charged_per": ("{goal} charged per {event}", "{goal} rozliczanego za {event}"),
    "budget.lifetime_covers": (
        "A lifetime budget of {amount} does not cover the daily minimum for {days} days ({needed}).",
        "Budżet całkowity {amount} nie pokrywa dziennego minimum przez {days} dni ({needed}).",
    ),
    "budget.lifetime_covers.fix": (
        "Raise the budget or shorten the schedule.",
        "Zwiększ budżet albo skróć harmonogram.",
    ),
    "budget.maximum": (
        "{amount} is above Meta's cap of {cap}.",
        "{amount} to więcej niż limit Meta wynoszący {cap}.",
    ),
    "budget.maximum_converted": (
        "{amount} is above Meta's cap of {cap} (about {local}).",
        "{amount} to więcej niż limit Meta wynoszący {cap} (ok. {local}).",
    ),
    "budget.maximum.fix": (
        "Split the spend across several campaigns.",
        "Rozłóż wydatki na kilka kampanii.",
    ),
    "budget.bid_cap": (
        "The daily budget ({daily}) is under {multiple}x the bid cap ({cap}); the ad set may barely deliver.",
        "Budżet dzienny ({daily}) jest mniejszy niż {multiple}-krotność limitu stawki ({cap}); zestaw reklam może prawie się nie wyświetlać.",
    ),
    "budget.bid_cap.fix": (
        "Budget at least {amount} a day.",
        "Przeznacz co najmniej {amount} dziennie.",
    ),
    "budget.learning_unknown": (
        "Cannot check the learning phase without an expected cost per result.",
        "Bez spodziewanego kosztu wyniku nie da się ocenić fazy uczenia się.",
    ),
    "budget.learning_unknown.fix": (
        "Add expected_cost_per_result (from past campaigns or benchmarks).",
        "Dodaj expected_cost_per_result (z poprzednich kampanii albo benchmarków).",
    ),
    "budget.learning_low": (
        "About {events} in {window} days; the ad set needs about {needed} in {days} days to leave the learning phase.",
        "Ok. {events} w ciągu {window} dni; zestaw reklam potrzebuje ok. {needed} w ciągu {days} dni, żeby wyjść z fazy uczenia się.",
    ),
    "budget.learning_low.fix": (
        "Budget about {amount} a day, or optimise for a more frequent event.",
        "Przeznacz ok. {amount} dziennie albo optymalizuj pod częstsze zdarzenie.",
    ),
}
