"""Findings of the copy checks that compare a draft with the brief and with its siblings."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "copy.unsupported_claim": (
        '"{claim}" is not in the brief; the ad must not promise it.',
        "„{claim}” nie występuje w briefie; reklama nie może tego obiecywać.",
    ),
    "copy.unsupported_claim.fix": (
        "Remove it, or add the fact to the brief (offer, benefits).",
        "Usuń to albo dopisz ten fakt do briefu (oferta, korzyści).",
    ),
    "copy.unsourced_deadline": (
        '"{text}" states a deadline the brief does not give (offer, schedule end, goal); the '
        "ad must not invent one.",
        "„{text}” podaje termin, którego brief nie podaje (oferta, koniec emisji, cel); "
        "reklama nie może go wymyślać.",
    ),
    "copy.unsourced_deadline.fix": (
        "Remove the deadline, or add the offer's end date to the brief.",
        "Usuń termin albo dopisz datę końca oferty do briefu.",
    ),
    "copy.cut_fact": (
        '"{text}" stops inside a brief fact (a list or a number cut short), so it says less '
        "or something else.",
        "„{text}” urywa fakt z briefu (listę albo liczbę), więc mówi mniej albo coś innego.",
    ),
    "copy.cut_fact.fix": (
        "Use the whole fact, or another one that fits.",
        "Użyj całego faktu albo innego, który się mieści.",
    ),
    "copy.repetition": (
        "Draft {n} opens the same way as draft {first}.",
        "Wersja {n} zaczyna się tak samo jak wersja {first}.",
    ),
    "copy.repetition.fix": (
        "Open it with another angle: the problem, the offer, proof or the result.",
        "Otwórz ją innym kątem: problem, oferta, dowód albo efekt.",
    ),
}
