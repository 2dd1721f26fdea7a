"""The one EN/PL message catalogue: every user-facing string lives here, in both languages.

Messages are grouped by the part of the product that says them (``chat.*``, ``slack.*``,
``advisor.*``, ``copy.*``, ...), each group a table in :mod:`adsage.i18n.messages`.  They live
in code rather than data because every template is tied to the arguments its caller passes: a
missing placeholder or a key missing in one language fails a unit test, not a user's run.

Plural messages carry one template per CLDR plural category ("one", "few", "many", "other");
Polish needs three ("1 wariant", "2 warianty", "5 wariantów"), English two.
"""

from __future__ import annotations

import re
import string
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
    """The message ``key`` in ``lang`` with ``kw`` filled in.  A placeholder with a plural
    key as its format spec (``{expected:unit.result}``) shows the number its caller passed
    together with the counted word in agreement ("ok. 233 wyniki", "ok. 320 wyników"), so a
    template never hard-codes one plural form for every number."""
    text = template(key, lang)
    if not kw:
        return text
    # the plain path stays str.format: counted placeholders are rare and Formatter is slower
    return _Counting(lang).format(text, **kw) if ":unit." in text else text.format(**kw)


class _Counting(string.Formatter):
    """``str.format`` plus counted placeholders; the figure itself is shown exactly as the
    caller formatted it (each figure is computed once), only the word follows it."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if not format_spec.startswith("unit."):
            return str(super().format_field(value, format_spec))
        from adsage.i18n.formatting import plural_category

        forms = plural_forms(format_spec, self.lang)
        n = _as_number(value, self.lang)
        # a figure that is not a plain number keeps the form for "many" ("ok. 5 wyników")
        category = plural_category(n, self.lang) if n is not None else "many"
        form = forms.get(category) or forms["other"]
        return form.format(n=format(value, ""))


def _as_number(value: Any, lang: str) -> float | None:
    """The number a formatted figure shows ("1 080" and "12,5" in Polish, "1,080" in
    English), or ``None`` when it is not one."""
    if isinstance(value, int | float):
        return float(value)
    text = re.sub(r"[\s\u00a0\u202f]", "", str(value))
    text = text.replace(",", ".") if as_lang(lang) == "pl" else text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def plural_forms(key: str, lang: str) -> PluralForms:
    en, pl = _tables()[1][key]
    return pl if as_lang(lang) == "pl" else en


def confidence_name(tag: str, lang: str) -> str:
    """A rule-data confidence tag as a reader sees it: a word in Polish ("niepotwierdzone"),
    the tag itself in English ("UNSURE"), which is how the sources list spells it."""
    key = f"label.confidence.{tag}"
    return t(key, lang) if as_lang(lang) == "pl" and has(key) else tag
