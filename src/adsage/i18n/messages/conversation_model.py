"""What a model conversation turn says about itself: its caps, refused values, rejected replies."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "conversation.model.tool_cap": (
        "I stopped after {n} tool calls in this turn without reaching an answer. What the brief picked up is kept; ask again more narrowly, or use a command such as /plan or /check.",
        "Przerwałem po {n} wywołaniach narzędzi w tej turze bez gotowej odpowiedzi. To, co trafiło do briefu, zostaje; zapytaj węziej albo użyj polecenia, np. /plan lub /check.",
    ),
    "conversation.model.token_cap": (
        "I stopped: this turn used {used} tokens of its {n}-token limit (ADSAGE_CHAT_MAX_TOKENS). What the brief picked up is kept; ask again more narrowly.",
        "Przerwałem: ta tura zużyła {used:unit.token} z limitu {n} (ADSAGE_CHAT_MAX_TOKENS). To, co trafiło do briefu, zostaje; zapytaj węziej.",
    ),
    "conversation.model.failed": (
        "The model endpoint failed during this turn ({reason}); what the brief picked up is kept.",
        "Serwer modelu zawiódł w tej turze ({reason}); to, co trafiło do briefu, zostaje.",
    ),
    "conversation.model.rejected": (
        "The model's reply did not pass validation ({reason}), so only what adsage itself found is shown.",
        "Odpowiedź modelu nie przeszła walidacji ({reason}), więc pokazuję tylko to, co ustalił adsage.",
    ),
    "conversation.model.reason.canary": ("it repeated its instructions", "powtórzyła instrukcje"),
    "conversation.model.reason.sources": (
        "it cited sources it was not given: {n}",
        "cytowała źródła, których nie dostała: {n}",
    ),
    "conversation.model.reason.numbers": (
        "it stated figures no tool or message gave: {n}",
        "podała liczby spoza wyników narzędzi i wiadomości: {n}",
    ),
    "conversation.model.dropped": (
        "Not used, because your message does not say it: {fields}",
        "Pominięte, bo Twoja wiadomość tego nie mówi: {fields}",
    ),
    "conversation.model.asked": (
        "Please give these again: {items}",
        "Podaj proszę jeszcze raz: {items}",
    ),
    "conversation.model.read_failed": (
        "The model could not read this message ({reason}); the brief was read with the rules alone.",
        "Model nie odczytał tej wiadomości ({reason}); brief odczytano samymi regułami.",
    ),
    "conversation.check.goal": ("goal", "cel"),
    "conversation.check.copy": ("copy", "tekst"),
    "conversation.check.targeting": ("targeting", "targetowanie"),
    "conversation.check.budget": ("budget", "budżet"),
    "conversation.check.abtest": ("A/B test", "test A/B"),
}
