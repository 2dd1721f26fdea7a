"""The one EN/PL message catalogue: every user-facing string lives here, in both languages.

Messages are grouped by the part of the product that says them (``chat.*``, ``slack.*``,
``advisor.*``, ``copy.*``, ...), each group a table in :mod:`adsage.i18n.messages`.  They live
in code rather than data because every template is tied to the arguments its caller passes: a
missing placeholder or a key missing in one language fails a unit test, not a user's run.

Plural messages carry one template per CLDR plural category ("one", "few", "many", "other");
Polish needs three ("1 wariant", "2 warianty", "5 wariantów"), English two.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from adsage.lang.detect import Lang

Message = tuple[str, str]  # (English, Polish)
PluralForms = Mapping[str, str]  # CLDR category -> template
PluralMessage = tuple[PluralForms, PluralForms]


def as_lang(lang: str | None) -> Lang:
    """Anything that is not Polish is spoken in English."""
    return "pl" if (lang or "").lower().startswith("pl") else "en"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Message], dict[str, PluralMessage]]:
    from adsage.i18n.messages import MESSAGES, PLURALS

    return MESSAGES, PLURALS


def keys() -> list[str]:
    """Every message and plural key, for the completeness tests."""
    messages, plurals = _tables()
    return sorted([*messages, *plurals])


def has(key: str) -> bool:
    messages, plurals = _tables()
    return key in messages or key in plurals


def template(key: str, lang: str) -> str:
    """The raw template of ``key`` (KeyError names the key when it is missing)."""
    en, pl = _tables()[0][key]
    return pl if as_lang(lang) == "pl" else en


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    messages = _tables()[0]
    return {en: key for key, (en, _) in messages.items() if key.startswith("source.")}


def source_text(source: str, lang: str) -> str:
    """A rule-data source in the plan's language; a source the catalogue does not know
    (a publication's own title) is shown as written."""
    key = _sources().get(source)
    return template(key, lang) if key else source


def t(key: str, lang: str, **kw: Any) -> str:
    """The message ``key`` in ``lang`` with ``kw`` filled in."""
    text = template(key, lang)
    return text.format(**kw) if kw else text


def plural_forms(key: str, lang: str) -> PluralForms:
    en, pl = _tables()[1][key]
    return pl if as_lang(lang) == "pl" else en


def confidence_name(tag: str, lang: str) -> str:
    """A rule-data confidence tag as a reader sees it: a word in Polish ("niepotwierdzone"),
    the tag itself in English ("UNSURE"), which is how the sources list spells it."""
    key = f"label.confidence.{tag}"
    return t(key, lang) if as_lang(lang) == "pl" and has(key) else tag
