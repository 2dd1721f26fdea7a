"""Words every conversation surface shows the same way: persona and format labels."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "conversation.persona.wants": ("wants", "chce"),
    "conversation.persona.pains": ("pains", "problemy"),
    "conversation.persona.objections": ("objections", "obiekcje"),
    "conversation.persona.scrolls": ("scrolls", "gdzie przegląda"),
    "conversation.persona.angle": ("angle", "kąt przekazu"),
    "conversation.personas_title": ("Personas", "Persony"),
    "conversation.formats_title": ("Ad formats", "Formaty reklam"),
    "conversation.no_sources": (
        "No sources yet: ask a question first.",
        "Brak źródeł: najpierw zadaj pytanie.",
    ),
}
