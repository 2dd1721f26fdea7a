"""Text folding and tokenising shared by every EN/PL matcher.

Two normal forms exist on purpose and have different names:

* :func:`fold` lower-cases, strips Polish diacritics and unifies exotic spaces, dashes and
  quotes *without changing the length*, so that "ZAMÓWIEŃ", "zamowien" and "zamówień" are one
  word to a regex and an offset found in folded text points into the original text too.
* :func:`lower_nfc` lower-cases and NFC-normalises but keeps Polish letters, which is what the
  retrieval index stems on (stripping letters there would merge unrelated words).
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans(
    {
        "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
        "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
        "\t": " ", "\n": " ", "\r": " ", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u2018": "'", "\u2019": "'", "\u00d7": "x",
    }
)  # fmt: skip
PL_LETTERS = frozenset("ąćęłńóśźż")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_AB = re.compile(r"\ba\s?/\s?b\b", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case and strip diacritics without changing the length of the string."""
    low = text.lower()
    if len(low) != len(text):  # e.g. "İ" lower-cases to two code points
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_FOLD)


def lower_nfc(token: str) -> str:
    """Lower case in NFC form, Polish letters kept (the retrieval index's normal form)."""
    return unicodedata.normalize("NFC", token.lower())


def tokenise(text: str) -> list[str]:
    """Words in :func:`lower_nfc` form; "A/B" stays one term instead of two one-letter words."""
    return [lower_nfc(m.group()) for m in _WORD.finditer(_AB.sub("abtest", text))]


def raw_words(text: str) -> list[str]:
    """Words as written (case and letters kept), in the same order as :func:`tokenise`."""
    return [m.group() for m in _WORD.finditer(_AB.sub("abtest", text))]
