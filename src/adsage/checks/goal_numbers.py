"""Quantities in goal text: digits in EN and PL notation, number words, %, multipliers, money.

Marketers write "1,000", "1 000" and "1.000" for the same number, "1,5 tys." in Polish and
"1.5k" in English, and spell small numbers out ("tysiąc fanów", "a thousand leads"). Everything
here works on folded text (see :func:`adsage.checks.goal_lexicon.fold`) and returns spans, so
the parser can pair each quantity with the metric word closest to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

QuantityKind = Literal["plain", "percent", "multiplier", "money"]


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    kind: QuantityKind
    currency: str | None = None


_CORE = (
    r"(?:\d{1,3}(?: \d{3})+(?:,\d+)?"  # 1 000 000 / 1 000,50
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,000,000.50
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 1.000.000,50
    r"|\d+(?:[.,]\d+)?)"  # 1000 / 1.5 / 1,5
)
_SCALES: dict[str, float] = {
    "k": 1e3, "tys": 1e3, "tys.": 1e3, "tysiecy": 1e3, "tysiace": 1e3, "tysiaca": 1e3,
    "tysiac": 1e3, "thousand": 1e3, "mln": 1e6, "mln.": 1e6, "miliony": 1e6, "milionow": 1e6,
    "miliona": 1e6, "milion": 1e6, "million": 1e6, "mio": 1e6, "m": 1e6, "mld": 1e9, "bn": 1e9,
    "billion": 1e9,
}  # fmt: skip
_SUFFIX = "|".join(re.escape(s) for s in sorted(_SCALES, key=len, reverse=True))
_DIGITS = re.compile(rf"(?<![\w.,])(?P<num>{_CORE})(?:\s?(?P<suf>{_SUFFIX}))?(?=x(?!\w)|\W|$)")
_RIGHT = re.compile(
    r"\s?(?:(?P<pct>%|percent(?!\w)|per cent(?!\w)|procent\w*|proc\.|pct(?!\w))"
    r"|(?P<mult>x(?!\w)|-?fold(?!\w)|[ -]?krotn\w*|times(?!\w)|razy(?!\w))"
    r"|(?P<cur>zl(?!\w)|zlotych|zlote|zloty|pln(?!\w)|usd(?!\w)|\$|dolar\w*|dollars?(?!\w)"
    r"|eur(?!\w)|euro(?!\w)|€|gbp(?!\w)|£|funt\w*))"
)
_LEFT_CUR = re.compile(r"(\$|€|£|usd|pln|eur|gbp)\s?$")
_NOT_TARGET = re.compile(
    r"\s?(?:-\s?\d|days?(?!\w)|weeks?(?!\w)|months?(?!\w)|years?(?!\w)|hours?(?!\w)|dni(?!\w)"
    r"|dzien|dnia|tygodni\w*|tydzien|miesi\w*|lat(?!\w)|lata(?!\w)|rok\w*|godzin\w*|h(?!\w)|r\.)"
)
_CURRENCY = {
    "zl": "PLN", "zlotych": "PLN", "zlote": "PLN", "zloty": "PLN", "pln": "PLN", "usd": "USD",
    "$": "USD", "dolar": "USD", "dollar": "USD", "eur": "EUR", "euro": "EUR", "€": "EUR",
    "gbp": "GBP", "£": "GBP", "funt": "GBP",
}  # fmt: skip

# Number words: value and role. "unit" adds, "hundreds" adds (PL "trzysta"), "times" multiplies
# the running group (EN "hundred", "dozen"), "scale" closes a group (thousand, milion).
_WORDS: dict[str, tuple[float, str]] = {}


def _add(role: str, value: float, *words: str) -> None:
    for w in words:
        _WORDS[w] = (value, role)


for _v, _ws in enumerate(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
):
    _add("unit", _v, _ws)
for _v, _ws in zip(
    range(20, 100, 10),
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    strict=True,
):
    _add("unit", _v, _ws)
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
    sorted((w for w in _WORDS if w not in {"zero", "pol"}), key=len, reverse=True)
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


def to_float(num: str) -> float | None:
    """Read one digit group: the separator pattern decides thousands vs decimals."""
    s = num.replace(" ", "")
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


def normalize_currency(token: str) -> str | None:
    t = token.strip().lower().rstrip(".")
    if t in _CURRENCY:
        return _CURRENCY[t]
    for prefix in ("dolar", "dollar", "funt"):
        if t.startswith(prefix):
            return _CURRENCY[prefix]
    return None


def words_value(words: list[str]) -> float | None:
    """Value of a run of number words ("dwa tysiące pięćset" -> 2500); None if not a number."""
    total = cur = 0.0
    seen = False
    for w in words:
        if w in {"a", "an", "and"}:
            continue
        if w not in _WORDS:
            return None
        v, role = _WORDS[w]
        seen = True
        if role in {"unit", "hundreds"}:
            cur += v
        elif role == "times":
            cur = (cur or 1) * v
        else:
            total += (cur or 1) * v
            cur = 0
    return total + cur if seen else None


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
