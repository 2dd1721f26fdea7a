"""What ``/set`` says when a value cannot be used (chat, Slack and the model's brief patches)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "brief_fields.negative_budget": (
        "budget: '{value}' is negative; give an amount above 0, e.g. /set budget 200 PLN daily",
        "budget: '{value}' to kwota ujemna; podaj kwotę powyżej 0, np. /set budget 200 PLN daily",
    ),
    "brief_fields.no_amount": (
        "budget: give an amount, e.g. /set budget 200 PLN daily",
        "budget: podaj kwotę, np. /set budget 200 PLN daily",
    ),
    "brief_fields.not_a_date": (
        "{name}: not a date; use e.g. 2026-12-01 or 1 December",
        "{name}: to nie jest data; podaj np. 2026-12-01 albo 1 grudnia",
    ),
    "brief_fields.age_range": (
        "age: use a range such as 18-35",
        "age: podaj przedział, np. 18-35",
    ),
    "brief_fields.yes_no": ("{name}: answer yes or no", "{name}: odpowiedz tak albo nie"),
    "brief_fields.whole_number": (
        "product_count: give a whole number, e.g. 12",
        "product_count: podaj liczbę całkowitą, np. 12",
    ),
    "brief_fields.unknown": (
        "unknown field '{name}'; {hint}fields: {fields}",
        "nieznane pole '{name}'; {hint}pola: {fields}",
    ),
    "brief_fields.did_you_mean": ("did you mean '{close}'? ", "czy chodziło o '{close}'? "),
    "brief_fields.value_needed": ("/set {name} VALUE: {help}", "/set {name} WARTOŚĆ: {help}"),
}
