"""Quantities in goal text: digits in EN and PL notation, number words, %, multipliers, money.

Marketers write "1,000", "1 000" and "1.000" for the same number, "1,5 tys." in Polish and
"1.5k" in English, and spell small numbers out ("tysiąc fanów", "a thousand leads"). Everything
here works on folded text (see :func:`adsage.lang.folding.fold`) and returns spans, so the
parser can pair each quantity with the metric word closest to it.  The number words, digit
groups and currencies themselves are the language toolkit's (:mod:`adsage.lang`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from adsage.lang.money import normalize_currency as normalize_currency
from adsage.lang.numbers import DIGITS_RE, SCALES
from adsage.lang.numbers import NUMBER_WORD_RE as NUMBER_WORD_RE
from adsage.lang.numbers import NUMBER_WORDS as _WORDS
from adsage.lang.numbers import to_float as to_float
from adsage.lang.numbers import words_value as words_value

QuantityKind = Literal["plain", "percent", "multiplier", "money"]


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    kind: QuantityKind
    currency: str | None = None


_CORE = DIGITS_RE
_SCALES = SCALES
_SUFFIX = "|".join(re.escape(s) for s in sorted(_SCALES, key=len, reverse=True))
_DIGITS = re.compile(rf"(?<![\w.,])(?P<num>{_CORE})(?:\s?(?P<suf>{_SUFFIX}))?(?=x(?!\w)|\W|$)")
_RIGHT = re.compile(
    r"\s?(?:(?P<pct>%|percent(?!\w)|per cent(?!\w)|procent\w*|proc\.|pct(?!\w))"
    r"|(?P<mult>x(?!\w)|-?fold(?!\w)|[ -]?krotn\w*|times(?!\w)|razy(?!\w))"
    r"|(?P<cur>zl(?!\w)|zlotych|zlote|zloty|pln(?!\w)|usd(?!\w)|\$|dolar\w*|dollars?(?!\w)"
    r"|eur(?!\w)|euro(?!\w)|€|gbp(?!\w)|£|funt\w*))"
)
_LEFT_CUR = re.compile(r"(\$|€|£|usd|pln|eur|gbp)\s?$")
_NOT_TARGET = re.compile(  # "12-tygodniowy", "30-dniowe": a length, never a target
    r"\s?(?:-\s?\d|-?(?:dniow\w*|days?(?!\w)|weeks?(?!\w)|months?(?!\w)|years?(?!\w)"
    r"|hours?(?!\w)|dni(?!\w)|dzien|dnia|tygodni\w*|tydzien|miesi\w*|lat(?!\w)|lata(?!\w)"
    r"|rok\w*|roczn\w*|godzin\w*|h(?!\w)|r\.))"
)
_MULT_WORDS: list[tuple[re.Pattern[str], float]] = [
    (re.compile(p), v)
    for p, v in [
        (r"(?<!\w)(?:doubl\w*|twofold|two-fold|podwoi\w*|podwoj\w*|dwukrotn\w*)", 2.0),
        (
            r"(?<!\w)(?:tripl\w*|trebl\w*|threefold|three-fold|potroi\w*|potroj\w*|trzykrotn\w*)",
            3.0,
        ),
        (r"(?<!\w)(?:quadrupl\w*|fourfold|czterokrotn\w*)", 4.0),
        (r"(?<!\w)(?:fivefold|pieciokrotn\w*)", 5.0),
        (r"(?<!\w)(?:tenfold|dziesieciokrotn\w*)", 10.0),
        (r"(?<!\w)(?:halv\w*|cut(?: \w+){0,3} in half|by half|o polowe)(?!\w)", 0.5),
    ]
]
_X_PREFIX = re.compile(r"(?<!\w)x(\d{1,3})(?!\w)")
_TOKEN = re.compile(r"[^\W\d_]+")


def _word_runs(folded: str) -> list[tuple[int, int, float]]:
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
    runs: list[tuple[int, int, float]] = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks):
            w = toks[j][2]
            nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
            gap_ok = j == i or folded[toks[j - 1][1] : toks[j][0]].strip(" -") == ""
            if not gap_ok:
                break
            if (
                w in _WORDS
                and w != "zero"
                or (w in {"a", "an"} and _WORDS.get(nxt, (0, ""))[1] in {"scale", "times"})
                or w == "and"
                and j > i
                and nxt in _WORDS
            ):
                j += 1
            else:
                break
        if j > i:
            value = words_value([t[2] for t in toks[i:j]])
            if value and value >= 1:  # a lone "half"/"pół" is not a target
                runs.append((toks[i][0], toks[j - 1][1], value))
            i = j
        else:
            i += 1
    return runs


def _classify(folded: str, start: int, end: int, value: float) -> Quantity | None:
    """Attach %, ×, or a currency to a bare number; None when it is a period or an age."""
    right = _RIGHT.match(folded, end)
    if right and right.group("pct"):
        return Quantity(start, right.end(), value, "percent")
    if right and right.group("mult"):
        return Quantity(start, right.end(), value, "multiplier")
    if right and right.group("cur"):
        return Quantity(start, right.end(), value, "money", normalize_currency(right.group("cur")))
    left = _LEFT_CUR.search(folded, max(0, start - 5), start)
    if left:
        return Quantity(left.start(), end, value, "money", normalize_currency(left.group(1)))
    if _NOT_TARGET.match(folded, end) or re.search(
        r"\d\s?-\s?$", folded[max(0, start - 3) : start]
    ):
        return None
    return Quantity(start, end, value, "plain")


def find_quantities(folded: str) -> list[Quantity]:
    """Every quantity in the text, left to right, without overlaps."""
    found: list[Quantity] = []
    for m in _DIGITS.finditer(folded):
        value = to_float(m.group("num"))
        if value is None:
            continue
        suf = m.group("suf")
        if suf:
            value *= _SCALES[suf]
        q = _classify(folded, m.start(), m.end(), value)
        if q:
            found.append(q)
    for start, end, value in _word_runs(folded):
        q = _classify(folded, start, end, value)
        if q:
            found.append(q)
    for m in _X_PREFIX.finditer(folded):
        found.append(Quantity(m.start(), m.end(), float(m.group(1)), "multiplier"))
    for pattern, factor in _MULT_WORDS:
        for m in pattern.finditer(folded):
            found.append(Quantity(m.start(), m.end(), factor, "multiplier"))
    found.sort(key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Quantity] = []
    for q in found:
        if not kept or q.start >= kept[-1].end:
            kept.append(q)
    return kept
