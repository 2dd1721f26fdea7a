"""Model-backed drafting: how a plan says which parts came from the offline engine."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "doc.part_offline": (
        "Drafted by the offline engine, not the model: {reason}.",
        "Przygotowane przez silnik offline, nie przez model: {reason}.",
    ),
    "doc.part_mixed": (
        "Some items drafted by the offline engine, not the model: {reason}.",
        "Część pozycji przygotował silnik offline, nie model: {reason}.",
    ),
}
