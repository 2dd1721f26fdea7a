"""One EN/PL language detector for every surface, the retrieval index and the checkers.

Short messages are the hard case: "kup teraz", "do 24 grudnia" and "budzet 500 zl" carry no
Polish letters and two or three words.  The detector therefore scores words against folded
EN/PL word lists (see :mod:`adsage.lang.wordlists`), adds Polish letters as strong evidence and
word endings as weak evidence, and keeps the caller's ``default`` when the evidence is even, so
that "ok" or "/plan" never flips a conversation's language.
"""

from __future__ import annotations

from typing import Literal

from adsage.errors import BadInput
from adsage.lang.folding import PL_LETTERS, fold, raw_words
from adsage.lang.wordlists import EN_ENDINGS, EN_WORDS, PL_ENDINGS, PL_WORDS

Lang = Literal["en", "pl"]
LANGS: tuple[Lang, ...] = ("en", "pl")

_BOTH = PL_WORDS & EN_WORDS  # a word both languages use is no evidence for either
_PL = PL_WORDS - _BOTH
_EN = EN_WORDS - _BOTH
_LETTER_WEIGHT = 2.0
_ENDING_WEIGHT = 0.5
_NAME_WEIGHT = 0.5


def lang_scores(text: str) -> tuple[float, float]:
    """``(polish, english)`` evidence in ``text``; both 0.0 when there is none."""
    pl = _LETTER_WEIGHT * sum(1 for ch in text.lower() if ch in PL_LETTERS)
    en = 0.0
    for i, raw in enumerate(raw_words(text)):
        word = fold(raw)
        if word.isdigit() or word in _BOTH:
            continue
        # A capitalised word inside a sentence is often a name ("na Black Friday").
        weight = _NAME_WEIGHT if i and raw[:1].isupper() else 1.0
        if word == "i" and raw == "I":  # the English pronoun, not Polish "and"
            en += 1
        elif word in _PL:
            pl += weight
        elif word in _EN:
            en += weight
        elif len(word) >= 4 and word.isalpha():
            pl += _ENDING_WEIGHT * word.endswith(PL_ENDINGS)
            en += _ENDING_WEIGHT * word.endswith(EN_ENDINGS)
    return pl, en


def detect_lang(text: str, default: Lang = "en") -> Lang:
    """``"pl"`` or ``"en"``; ``default`` when the text gives no evidence either way."""
    pl, en = lang_scores(text)
    if pl > en:
        return "pl"
    if en > pl:
        return "en"
    return default


def normalize_lang(lang: str | None) -> Lang | None:
    """A user-given language code as ``"en"``/``"pl"``; None stays None (detect instead)."""
    if lang is None:
        return None
    code = lang.strip().lower()[:2]
    if code == "en":
        return "en"
    if code == "pl":
        return "pl"
    raise BadInput(f"lang: unsupported language {lang!r}; use en or pl")
