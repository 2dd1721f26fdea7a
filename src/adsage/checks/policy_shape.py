"""The shape checks of the policy checker: shouting in capitals and decorated letters.

Pure functions of a text and the compiled policy engine, kept apart so the checker module
stays about its findings."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adsage.checks.policy import _Engine as Engine

_LETTERS = re.compile(r"[^\W\d_]+")
_MIXED_SCRIPT = re.compile(
    r"[a-zA-Z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][a-zA-Z]"
)


def shouting(eng: Engine, text: str) -> bool:
    rule = eng.rules.excessive_caps
    letters = caps = run = longest = 0
    for word in _LETTERS.findall(text):
        n = len(word)
        letters += n
        if n <= rule.ignore_words_up_to or word.upper() in eng.caps_allowed:
            continue  # neutral: neither counts nor breaks a run
        if word.isupper():
            caps += n
            run += 1
            longest = max(longest, run)
        else:
            run = 0
    if longest > rule.max_consecutive_words:
        return True
    return letters >= rule.min_letters_for_ratio and caps / letters > rule.max_ratio


def decorated(eng: Engine, text: str) -> str | None:
    """Decorative alphabets, mixed scripts or accent-sprinkled words, or ``None``."""
    if text.isascii() or not eng.foreign.search(text):
        return None  # only ASCII and the supported languages' own letters
    m = eng.fancy.search(text) or _MIXED_SCRIPT.search(text)
    if m:
        return _word_around(text, m.start(), m.end())
    decorated = [w for w in eng.foreign_words.findall(text) if _is_decorated(eng, w)]
    if len(decorated) >= eng.rules.nonstandard_characters.min_decorated_words:
        return " ".join(decorated)
    return None


def _word_around(text: str, start: int, end: int) -> str:
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _is_decorated(eng: Engine, word: str) -> bool:
    folded = "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)
    )
    return folded in eng.decorated
