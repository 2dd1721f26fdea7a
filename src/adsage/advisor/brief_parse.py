"""Money and date phrases in English and Polish, for brief extraction and ``/set``.

Separate from :mod:`adsage.advisor.brief_extract` because both the free-text rules and the
field editor need them, and because dates are where most of the regular expressions live.
Everything matches folded text (see :func:`adsage.checks.goal.lexicon.fold`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from adsage.lang.dates import DATE, date_of, make_date
from adsage.lang.dates import parse_date as parse_date  # re-exported for the field editor
from adsage.lang.folding import fold
from adsage.lang.money import CURRENCIES, CURRENCY_BEFORE_RE, CURRENCY_RE
from adsage.lang.numbers import to_float

_CUR = CURRENCY_RE
_NUM = r"\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = r"k|tys\.?|tysiecy|tysiace|thousand"
_AMOUNT = rf"(?P<num>{_NUM})\s?(?P<scale>{_SCALE})?"
MONEY = re.compile(
    rf"(?<![\w.,]){_AMOUNT}\s?(?P<cur>{_CUR})(?!\w)|(?P<cur2>{CURRENCY_BEFORE_RE})\s?"
    rf"(?P<num2>{_NUM})\s?(?P<scale2>{_SCALE})?(?!\w)"
)
BUDGET_WORD = re.compile(
    r"(?<!\w)(?:budget|budzet\w*|spend(?:ing)?|wydac|wydamy|wydajemy|przeznacz\w*)(?!\w)"
)
_BARE_BUDGET = re.compile(
    rf"(?<!\w)(?:budget|budzet\w*)(?:\s+(?:is|of|=|wynosi|to|na|ok\.?|about|around|dzienny|"
    rf"daily|total|calkowity|laczny))*\s*[:=]?\s*{_AMOUNT}(?!\s?%)"
)
# A minus sign or word right before an amount: "-5 zł", "minus 5 zł" is no budget.
# A dash after a number is a range ("1000-1500 zł"), not a sign.
NEGATIVE = re.compile(r"(?:(?<![\w.,%])(?<!\d\s)[-\u2212\u2013]|(?<!\w)minus)\s*$")
_DAILY = re.compile(
    r"(?<!\w)(?:a day|per day|daily|/\s?day|/\s?dzien|dziennie|dzienn\w*|na dzien|each day|"
    r"every day|codziennie)(?!\w)"
)
_LIFETIME = re.compile(
    r"(?<!\w)(?:total|lifetime|overall|in total|lacznie|laczny|calkowit\w*|na cala kampanie|"
    r"na caly okres|for the whole campaign)(?!\w)"
)
_RANGE_SEP = re.compile(r"\s*(?:-|to|until|till|through|thru|and|do|az do)\s*$")
_DAY_BEFORE = re.compile(r"(?<![\w.,])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|until|till|do)\s*$")
_START_LABEL = re.compile(
    r"(?:start\w*|begin\w*|launch\w*|from|od|zaczynamy|rusza\w*|poczatek|start:)\s*:?\s*$"
)
_END_LABEL = re.compile(r"(?:end\w*|finish\w*|koniec|konczy\w*|zakonczenie)\s*:?\s*$")


def _num(raw: str, scale: str | None) -> float | None:
    """Digits as the goal parser reads them (1,000 / 1.000,5 / 1 000), times 1000 for "k"."""
    value = to_float(raw)
    if value is None:
        return None
    return value * 1000 if scale else value


def parse_budget(text: str, *, explicit: bool = False) -> dict[str, Any] | None:
    """``{"amount", "currency"?, "type"?}`` from a budget phrase, or None.

    An amount counts only next to a budget word or a per-day marker (prices in product prose
    are not budgets) unless ``explicit`` says the whole text is the budget (``/set budget``).
    """
    f = fold(text)
    context = explicit or bool(BUDGET_WORD.search(f) or _DAILY.search(f))
    found: dict[str, Any] | None = None
    for m in MONEY.finditer(f):
        tail = f[m.end() : m.end() + 25]
        if not (context or _DAILY.match(tail.lstrip())) or NEGATIVE.search(f[: m.start()]):
            continue
        num, scale = (m["num"], m["scale"]) if m["num"] else (m["num2"], m["scale2"])
        amount = _num(num, scale)
        if amount:
            cur = (m["cur"] or m["cur2"] or "").rstrip(".")
            found = {"amount": amount, "currency": CURRENCIES.get(cur, cur.upper())}
            break
    if found is None:
        m2 = _BARE_BUDGET.search(f) or (re.match(rf"\s*{_AMOUNT}\s*$", f) if explicit else None)
        amount = _num(m2["num"], m2["scale"]) if m2 else None
        if not amount:
            return None
        found = {"amount": amount}
    if _DAILY.search(f):
        found["type"] = "daily"
    elif _LIFETIME.search(f):
        found["type"] = "lifetime"
    return found


def find_schedule(f: str, today: date) -> dict[str, str]:
    hits = [(m, *date_of(m, today)) for m in DATE.finditer(f)]
    hits = [(m, d, has_year) for m, d, has_year in hits if d is not None]
    out: dict[str, date] = {}
    for i, (m, d, has_year) in enumerate(hits):
        assert d is not None
        before = f[max(0, m.start() - 40) : m.start()]
        prev = hits[i - 1] if i else None
        if prev and _RANGE_SEP.fullmatch(f[prev[0].end() : m.start()]):
            start = prev[1]
            assert start is not None
            if not prev[2] and has_year:
                start = make_date(d.year, start.month, start.day, today) or start
            if start > d:
                start = make_date(start.year - 1, start.month, start.day, today) or start
            out["start"], out["end"] = start, d
            continue
        day = _DAY_BEFORE.search(before)
        if day and m["d1"] or day and m["d2"] or day and m["dd"]:
            assert day is not None
            start_d = make_date(d.year, d.month, int(day.group(1)), today)
            if start_d and start_d < d:
                out["start"], out["end"] = start_d, d
                continue
        if _START_LABEL.search(before):
            out.setdefault("start", d)
        elif _END_LABEL.search(before):
            out.setdefault("end", d)
    if "start" not in out and "end" not in out:
        iso = [d for m, d, _ in hits if m["iy"] and d is not None]
        if len(iso) == 2 and iso[0] < iso[1]:
            out["start"], out["end"] = iso[0], iso[1]
    return {k: v.isoformat() for k, v in out.items()}
