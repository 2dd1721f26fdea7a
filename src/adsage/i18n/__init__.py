"""The one EN/PL message catalogue and Babel-backed formatting of numbers, money and dates.

``t(key, lang, **kw)`` for messages, ``plural(key, n, lang)`` for counted things, and
``number``/``percent``/``money``/``date`` for figures.  Imports only :mod:`adsage.lang`.
"""

from adsage.i18n.catalogue import as_lang, has, keys, source_text, t
from adsage.i18n.formatting import date, money, number, percent, plural, plural_category

__all__ = [
    "as_lang",
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
