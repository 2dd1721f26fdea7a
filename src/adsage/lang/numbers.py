"""Numbers as people write them in English and Polish: digit groups and number words.

Marketers write "1,000", "1 000" and "1.000" for the same number, "1,5 tys." in Polish and
"1.5k" in English, and spell numbers out ("tysiąc fanów", "a thousand leads", "trzy
nagłówki").  Everything here works on folded text (see :func:`adsage.lang.folding.fold`).
"""

from __future__ import annotations

import re

DIGITS_RE = (
    r"(?:\d{1,3}(?: \d{3})+(?:,\d+)?"  # 1 000 000 / 1 000,50
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,000,000.50
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 1.000.000,50
    r"|\d+(?:[.,]\d+)?)"  # 1000 / 1.5 / 1,5
)
SCALES: dict[str, float] = {
    "k": 1e3, "tys": 1e3, "tys.": 1e3, "tysiecy": 1e3, "tysiace": 1e3, "tysiaca": 1e3,
    "tysiac": 1e3, "thousand": 1e3, "mln": 1e6, "mln.": 1e6, "miliony": 1e6, "milionow": 1e6,
    "miliona": 1e6, "milion": 1e6, "million": 1e6, "mio": 1e6, "m": 1e6, "mld": 1e9, "bn": 1e9,
    "billion": 1e9,
}  # fmt: skip


def to_float(num: str) -> float | None:
    """Read one digit group: the separator pattern decides thousands vs decimals."""
    s = num.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


# Number words: value and role. "unit" adds, "hundreds" adds (PL "trzysta"), "times" multiplies
# the running group (EN "hundred", "dozen"), "scale" closes a group (thousand, milion).
NUMBER_WORDS: dict[str, tuple[float, str]] = {}


def _add(role: str, value: float, *words: str) -> None:
    for w in words:
        NUMBER_WORDS[w] = (value, role)


_EN_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
for _v, _w in enumerate(_EN_UNITS):
    _add("unit", _v, _w)
for _v, _w in zip(
    range(20, 100, 10),
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    strict=True,
):
    _add("unit", _v, _w)
_PL_UNITS = [
    (1, "jeden jedna jedno jednego jednej"), (2, "dwa dwie dwoch dwu dwoma dwaj"),
    (3, "trzy trzech trzema trzej"), (4, "cztery czterech czterema"), (5, "piec pieciu"),
    (6, "szesc szesciu"), (7, "siedem siedmiu"), (8, "osiem osmiu"), (9, "dziewiec dziewieciu"),
    (10, "dziesiec dziesieciu"), (11, "jedenascie jedenastu"), (12, "dwanascie dwunastu"),
    (13, "trzynascie trzynastu"), (14, "czternascie czternastu"), (15, "pietnascie pietnastu"),
    (16, "szesnascie szesnastu"), (17, "siedemnascie siedemnastu"),
    (18, "osiemnascie osiemnastu"), (19, "dziewietnascie dziewietnastu"),
    (20, "dwadziescia dwudziestu"), (30, "trzydziesci trzydziestu"),
    (40, "czterdziesci czterdziestu"), (50, "piecdziesiat piecdziesieciu"),
    (60, "szescdziesiat szescdziesieciu"), (70, "siedemdziesiat siedemdziesieciu"),
    (80, "osiemdziesiat osiemdziesieciu"), (90, "dziewiecdziesiat dziewiecdziesieciu"),
    (0.5, "pol half"), (1.5, "poltora poltorej"),
]  # fmt: skip
for _v2, _s in _PL_UNITS:
    _add("unit", _v2, *_s.split())
for _v3, _s in [
    (100, "sto stu"), (200, "dwiescie dwustu"), (300, "trzysta trzystu"),
    (400, "czterysta czterystu"), (500, "piecset pieciuset"), (600, "szescset szesciuset"),
    (700, "siedemset siedmiuset"), (800, "osiemset osmiuset"), (900, "dziewiecset dziewieciuset"),
]:  # fmt: skip
    _add("hundreds", _v3, *_s.split())
_add("times", 100, "hundred", "hundreds")
_add("times", 12, "dozen")
_add("scale", 1e3, "thousand", "thousands", "tysiac", "tysiaca", "tysiace", "tysiecy", "tysiacu")
_add("scale", 1e6, "million", "millions", "milion", "miliona", "miliony", "milionow")
_add("scale", 1e9, "billion", "miliard", "miliarda", "miliardy", "miliardow")

NUMBER_WORD_RE = "|".join(
    sorted((w for w in NUMBER_WORDS if w not in {"zero", "pol"}), key=len, reverse=True)
)


def words_value(words: list[str]) -> float | None:
    """Value of a run of folded number words ("dwa tysiace piecset" -> 2500); None if not one."""
    total = cur = 0.0
    seen = False
    for w in words:
        if w in {"a", "an", "and"}:
            continue
        if w not in NUMBER_WORDS:
            return None
        v, role = NUMBER_WORDS[w]
        seen = True
        if role in {"unit", "hundreds"}:
            cur += v
        elif role == "times":
            cur = (cur or 1) * v
        else:
            total += (cur or 1) * v
            cur = 0
    return total + cur if seen else None


# Small counts as people type them in requests ("three headlines", "kilka nagłówków"): the
# number words above plus the vague ones a request uses ("a", "few", "kilka" = 3).
COUNT_WORDS: dict[str, int] = {
    **{w: int(v) for w, (v, r) in NUMBER_WORDS.items() if r == "unit" and v in range(1, 11)},
    "a": 1, "an": 1, "single": 1, "couple": 2, "pair": 2, "pare": 2, "few": 3, "kilka": 3,
}  # fmt: skip


def count_word(word: str) -> int | None:
    """A small count written as a word (accents optional), or None."""
    from adsage.lang.folding import fold

    return COUNT_WORDS.get(fold(word))
