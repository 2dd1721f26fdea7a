"""The warning on brief text in another language than the plan (:mod:`adsage.checks.brief_language`)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "brief_language.mixed": (
        "Brief fields are in {brief_lang} ({fields}), the plan is in {plan_lang}: the ads will mix languages.",
        "Pola briefu są napisane {brief_lang} ({fields}), a plan {plan_lang}: reklamy będą mieszać języki.",
    ),
    "brief_language.fix": (
        "Write the brief in {plan_lang} or plan in {brief_lang} (language: {code}).",
        "Napisz brief {plan_lang} albo przygotuj plan {brief_lang} (language: {code}).",
    ),
    # the language of a text, as the sentences above name it
    "brief_language.name.pl": ("Polish", "po polsku"),
    "brief_language.name.en": ("English", "po angielsku"),
}
