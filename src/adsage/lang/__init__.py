"""The EN/PL language toolkit: folding, tokenising, language detection, numbers, money, dates.

Sits below the checkers, the advisor and every surface, and imports nothing of theirs.
"""

from adsage.lang.detect import LANGS, Lang, detect_lang, lang_scores, normalize_lang
from adsage.lang.folding import fold, lower_nfc, tokenise

__all__ = [
    "LANGS",
    "Lang",
    "detect_lang",
    "fold",
    "lang_scores",
    "lower_nfc",
    "normalize_lang",
    "tokenise",
]
