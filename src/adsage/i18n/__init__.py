"""The one EN/PL message catalogue and Babel-backed formatting of numbers, money and dates.

``t(key, lang, **kw)`` for messages, ``plural(key, n, lang)`` for counted things, and
``number``/``percent``/``money``/``date`` for figures.  Imports only :mod:`adsage.lang`.
"""

from typing import TYPE_CHECKING, Any

from adsage.i18n.catalogue import as_lang, confidence_name, has, keys, source_text, t

if TYPE_CHECKING:  # pragma: no cover
    from adsage.i18n.formatting import (
        country_name,
        date,
        money,
        number,
        percent,
        plural,
        plural_category,
    )

_FORMATTING = frozenset(
    ["country_name", "date", "money", "number", "percent", "plural", "plural_category"]
)


def __getattr__(name: str) -> Any:
    """Babel loads with the first figure formatted, not with every message looked up (the
    goal checker and most checks only look messages up)."""
    if name in _FORMATTING:
        from adsage.i18n import formatting

        return getattr(formatting, name)
    raise AttributeError(f"module 'adsage.i18n' has no attribute {name!r}")


__all__ = [
    "as_lang",
    "confidence_name",
    "country_name",
    "date",
    "has",
    "keys",
    "money",
    "number",
    "percent",
    "plural",
    "plural_category",
    "source_text",
    "t",
]
