"""Findings of the weight-loss brief check (:mod:`adsage.checks.weight`)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "policy.weight.restricted": (
        'Weight loss ("{hit}" in the brief) is a restricted category: target people aged {min}+ only, show no before-and-after images, say nothing that makes people feel bad about their body and promise no results.',
        "Odchudzanie (w briefie: „{hit}”) to kategoria z ograniczeniami: kieruj reklamy tylko do osób w wieku {min}+, nie pokazuj zdjęć „przed i po”, nie pisz niczego, przez co ktoś poczuje się źle ze swoim ciałem, i nie obiecuj efektów.",
    ),
    "policy.weight.restricted_fix": (
        "Advertise what the programme is and how it works (who runs it, what each week includes), not a weight to lose or a body to change.",
        "Reklamuj, czym jest program i jak działa (kto go prowadzi, co obejmuje każdy tydzień), a nie kilogramy do zrzucenia ani zmianę sylwetki.",
    ),
    "policy.weight.age": (
        "Weight-loss ads may only reach people aged {min}+, but the audience starts at {age}.",
        "Reklamy odchudzania mogą docierać tylko do osób w wieku {min}+, a grupa odbiorców zaczyna się od wieku {age}.",
    ),
    "policy.weight.audience": (
        "The audience description names people's body weight, a personal health attribute: it must not reach the ads, the personas or the sheet.",
        "Opis grupy odbiorców określa ludzi przez masę ciała, czyli cechę zdrowotną: nie może trafić do reklam, person ani arkusza.",
    ),
    "policy.weight.audience_fix": (
        'The plan uses: "{text}"',
        "Plan używa: „{text}”",
    ),
}
