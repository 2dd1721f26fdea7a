"""Money and date phrases in English and Polish, for brief extraction and ``/set``.

Separate from :mod:`adsage.advisor.brief_extract` because both the free-text rules and the
field editor need them, and because dates are where most of the regular expressions live.
Everything matches folded text (see :func:`adsage.checks.goal_lexicon.fold`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from adsage.advisor.brief_lexicon import CURRENCIES, MONTHS
from adsage.checks.goal_lexicon import fold

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_CUR = r"zlotych|zlote|zloty|zl|pln|usd|dollars?|dolarow|dolary|eur|euro|gbp|pounds|funtow|\$|€|£"
_NUM = r"\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = r"k|tys\.?|tysiecy|tysiace|thousand"
_AMOUNT = rf"(?P<num>{_NUM})\s?(?P<scale>{_SCALE})?"
MONEY = re.compile(
    rf"(?<![\w.,]){_AMOUNT}\s?(?P<cur>{_CUR})(?!\w)|(?P<cur2>\$|€|£|usd|pln|eur|gbp)\s?"
    rf"(?P<num2>{_NUM})\s?(?P<scale2>{_SCALE})?(?!\w)"
)
BUDGET_WORD = re.compile(
    r"(?<!\w)(?:budget|budzet\w*|spend(?:ing)?|wydac|wydamy|wydajemy|przeznacz\w*)(?!\w)"
)
_BARE_BUDGET = re.compile(
    rf"(?<!\w)(?:budget|budzet\w*)(?:\s+(?:is|of|=|wynosi|to|na|ok\.?|about|around|dzienny|"
    rf"daily|total|calkowity|laczny))*\s*[:=]?\s*{_AMOUNT}(?!\s?%)"
)
_DAILY = re.compile(
    r"(?<!\w)(?:a day|per day|daily|/\s?day|/\s?dzien|dziennie|dzienn\w*|na dzien|each day|"
    r"every day|codziennie)(?!\w)"
)
_LIFETIME = re.compile(
    r"(?<!\w)(?:total|lifetime|overall|in total|lacznie|laczny|calkowit\w*|na cala kampanie|"
    r"na caly okres|for the whole campaign)(?!\w)"
)
_ISO = r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
_DOT = r"(?P<dd>\d{1,2})[./](?P<dm>\d{1,2})(?:[./](?P<dy>\d{4}))?(?![\d%])"
_DM = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?(?:,?\s+(?P<y1>\d{{4}}))?"
_MD = rf"(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?"
DATE = re.compile(rf"(?<![\w.]){_ISO}|(?<![\w.])(?:{_DM}|{_MD})(?!\w)|(?<![\w.,]){_DOT}")
_RANGE_SEP = re.compile(r"\s*(?:-|to|until|till|through|thru|and|do|az do)\s*$")
_DAY_BEFORE = re.compile(r"(?<![\w.,])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|until|till|do)\s*$")
_START_LABEL = re.compile(
    r"(?:start\w*|begin\w*|launch\w*|from|od|zaczynamy|rusza\w*|poczatek|start:)\s*:?\s*$"
)
_END_LABEL = re.compile(r"(?:end\w*|finish\w*|koniec|konczy\w*|zakonczenie)\s*:?\s*$")


def _num(raw: str, scale: str | None) -> float | None:
    """Digits as the goal parser reads them (1,000 / 1.000,5 / 1 000), times 1000 for "k"."""
    from adsage.checks.goal_numbers import to_float

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
        if not (context or _DAILY.match(tail.lstrip())):
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


def _year_for(month: int, day: int, today: date) -> int:
    """The next time this day comes round: campaigns are planned forward, not backward."""
    try:
        return today.year if date(today.year, month, day) >= today else today.year + 1
    except ValueError:
        return today.year


def _make(y: int | None, m: int, d: int, today: date) -> date | None:
    try:
        return date(y if y is not None else _year_for(m, d, today), m, d)
    except ValueError:
        return None


def _date_of(m: re.Match[str], today: date) -> tuple[date | None, bool]:
    """The date a :data:`DATE` match names and whether its year was written."""
    if m["iy"]:
        return _make(int(m["iy"]), int(m["im"]), int(m["id"]), today), True
    if m["d1"]:
        y = m["y1"]
        return _make(int(y) if y else None, MONTHS[m["m1"]], int(m["d1"]), today), bool(y)
    if m["d2"]:
        y = m["y2"]
        return _make(int(y) if y else None, MONTHS[m["m2"]], int(m["d2"]), today), bool(y)
    y = m["dy"]
    return _make(int(y) if y else None, int(m["dm"]), int(m["dd"]), today), bool(y)


def parse_date(text: str, *, today: date | None = None) -> date | None:
    """One date in any supported form (ISO, 24.12.2026, 24 December, 24 grudnia, Dec 24)."""
    m = DATE.search(fold(text))
    return _date_of(m, today or date.today())[0] if m else None


def find_schedule(f: str, today: date) -> dict[str, str]:
    hits = [(m, *_date_of(m, today)) for m in DATE.finditer(f)]
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
                start = _make(d.year, start.month, start.day, today) or start
            if start > d:
                start = _make(start.year - 1, start.month, start.day, today) or start
            out["start"], out["end"] = start, d
            continue
        day = _DAY_BEFORE.search(before)
        if day and m["d1"] or day and m["d2"] or day and m["dd"]:
            assert day is not None
            start_d = _make(d.year, d.month, int(day.group(1)), today)
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
