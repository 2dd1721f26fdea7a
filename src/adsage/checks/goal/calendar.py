"""Calendar arithmetic and match handlers behind the goal deadline rules (:mod:`.dates`).

A goal is time-bound only when the words pin down a date, so relative phrases ("by Friday",
"do końca marca", "w ciągu 6 tygodni") are resolved against ``today`` (windows against the
campaign start when it is later), a month without a year means its next occurrence, and vague
words ("soon", "wkrótce") are recorded as vague so the checker can quote them back.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from adsage.lang.dates import MONTHS_EN as _MONTHS_EN
from adsage.lang.dates import MONTHS_PL as _MONTHS_PL
from adsage.lang.dates import MONTHS_PL_ABBR as _MONTHS_PL_ABBR
from adsage.lang.numbers import NUMBER_WORD_RE, words_value

HitKind = Literal["deadline", "window", "rate", "vague", "named"]


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    kind: HitKind
    deadline: date | None = None
    days: int | None = None


@dataclass(frozen=True)
class DateCtx:
    today: date
    anchor: date


_MONTHS = {**_MONTHS_EN, **_MONTHS_PL}
_MONTHS_DAY = {**_MONTHS, **_MONTHS_PL_ABBR}


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


MONTH_EN_RE, MONTH_PL_RE, MONTH_ALL_RE, MONTH_DAY_RE = (
    _alt(_MONTHS_EN),
    _alt(_MONTHS_PL),
    _alt(_MONTHS),
    _alt(_MONTHS_DAY),
)
NUM_RE = rf"(?:\d+|(?:{NUMBER_WORD_RE})(?:[ -](?:{NUMBER_WORD_RE}|and))*)"
YEAR_RE = r"(?:\s*,?\s*(?P<y>(?:19|20|21)\d{2}))?(?:\s+r(?:oku|\.))?"
WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAYS_PL = ["poniedzial", "wtor", "srod", "czwart", "piat", "sobot", "niedziel"]
WEEKDAY_FORMS_PL = (
    "poniedzialek|poniedzialku|poniedzialkiem|wtorek|wtorku|wtorkiem|sroda|srody|srode"
    "|czwartek|czwartku|czwartkiem|piatek|piatku|piatkiem|sobota|soboty|sobote|niedziela"
    "|niedzieli|niedziele"
)
# Words that may follow a bare year ("by 2027 we want ..."); any other word means the number is
# a quantity ("do 2030 leadów"), not a year.
_AFTER_YEAR = {"we", "i", "and", "the", "our", "with", "to", "z", "na", "przy", "oraz", "a", "so"}
_UNIT_DAYS = {"d": 1, "w": 7, "f": 14, "m": 30, "q": 91, "y": 365}


def _unit(word: str) -> str:
    """Map an EN/PL time unit to d/w/f/m/q/y by its stem."""
    w = word.lower()
    for stems, key in (
        (("day", "dni", "dzien", "dnia"), "d"),
        (("week", "tydz", "tygod"), "w"),
        (("fortnight",), "f"),
        (("month", "miesi", "mies", "mc"), "m"),
        (("quarter", "kwartal"), "q"),
        (("year", "rok", "roku", "lat", "polrocz"), "y"),
    ):
        if w.startswith(stems):
            return key
    return "d"


def ymd(y: int, m: int, d: int) -> date | None:
    if not 2000 <= y <= 2100:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_end(y: int, m: int) -> date | None:
    return ymd(y, m, calendar.monthrange(y, m)[1]) if 1 <= m <= 12 and 1 <= y <= 9999 else None


def next_day_month(d: int, m: int, today: date) -> date | None:
    found = ymd(today.year, m, d)
    if found is None or found < today:
        found = ymd(today.year + 1, m, d)
    return found


def _next_month_end(m: int, y: str | None, today: date) -> date | None:
    if y:
        return month_end(int(y), m)
    return month_end(today.year if m >= today.month else today.year + 1, m)


def quarter_end(q: int, y: str | None, today: date) -> date | None:
    if y:
        return month_end(int(y), q * 3)
    end = month_end(today.year, q * 3)
    return end if end and end >= today else month_end(today.year + 1, q * 3)


def _window(ctx: DateCtx, n: float, unit: str) -> date:
    if unit in {"m", "q", "y"}:
        months = n * {"m": 1, "q": 3, "y": 12}[unit]
        return ctx.anchor + relativedelta(months=int(months), days=round((months % 1) * 30))
    return ctx.anchor + timedelta(days=round(n * _UNIT_DAYS[unit]))


def _num(text: str | None) -> float | None:
    if not text:
        return None
    t = text.strip()
    if t.isdigit():
        return float(t)
    return words_value(t.replace("-", " ").split())


Handler = Callable[[re.Match[str], DateCtx], date | None]


def dl(fn: Handler) -> Callable[[re.Match[str], DateCtx], DateHit | None]:
    def wrap(m: re.Match[str], ctx: DateCtx) -> DateHit | None:
        found = fn(m, ctx)
        return None if found is None else DateHit(m.start(), m.end(), "deadline", found)

    return wrap


def _g(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def dmy(m: re.Match[str], ctx: DateCtx) -> date | None:
    d, mo, y = int(m["d"]), int(m["m"]), _g(m, "y")
    if mo > 12 >= d:
        d, mo = mo, d
    if y is None:
        return next_day_month(d, mo, ctx.today)
    return ymd(int(y) + (2000 if len(y) == 2 else 0), mo, d)


def day_month(m: re.Match[str], ctx: DateCtx) -> date | None:
    mo = _MONTHS_DAY[m["mon"]]
    y = _g(m, "y")
    return ymd(int(y), mo, int(m["d"])) if y else next_day_month(int(m["d"]), mo, ctx.today)


def end_of_named_month(m: re.Match[str], ctx: DateCtx) -> date | None:
    return _next_month_end(_MONTHS[m["mon"]], _g(m, "y"), ctx.today)


def mid_month(m: re.Match[str], ctx: DateCtx) -> date | None:
    mo, y = _MONTHS[m["mon"]], _g(m, "y")
    return ymd(int(y), mo, 15) if y else next_day_month(15, mo, ctx.today)


def before_month(m: re.Match[str], ctx: DateCtx) -> date | None:
    end = _next_month_end(_MONTHS[m["mon"]], _g(m, "y"), ctx.today)
    return None if end is None else end.replace(day=1) - timedelta(days=1)


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ORD = {
    "first": 1, "1st": 1, "pierwsz": 1, "second": 2, "2nd": 2, "drug": 2, "third": 3,
    "3rd": 3, "trzec": 3, "fourth": 4, "4th": 4, "czwart": 4, "last": 4, "ostatni": 4,
}  # fmt: skip


def quarter(m: re.Match[str], ctx: DateCtx) -> date | None:
    q = _ROMAN.get(_g(m, "q") or "") or _ORD.get(_g(m, "ord") or "", 0)
    return quarter_end(q, _g(m, "y"), ctx.today) if q else None


def half(m: re.Match[str], ctx: DateCtx) -> date | None:
    h = 1 if (_g(m, "h") or _g(m, "ord") or "").startswith(("1", "first", "pierwsz")) else 2
    return quarter_end(h * 2, _g(m, "y"), ctx.today)


def this_quarter(m: re.Match[str], ctx: DateCtx) -> date | None:
    return month_end(ctx.today.year, ((ctx.today.month - 1) // 3 + 1) * 3)


def next_quarter(m: re.Match[str], ctx: DateCtx) -> date | None:
    end = this_quarter(m, ctx)
    return None if end is None else month_end(*add_months(end, 3))


def add_months(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def bare_year(m: re.Match[str], ctx: DateCtx) -> date | None:
    if not m["r"]:
        nxt = re.match(r"\s*(\w*)", m.string[m.end() :])
        word = nxt.group(1) if nxt else ""
        if word and word not in _AFTER_YEAR:
            return None
    return ymd(int(m["y"]) - (1 if m["p"] in {"przed", "before"} else 0), 12, 31)


def weekday(m: re.Match[str], ctx: DateCtx) -> date:
    word = m["wd"]
    names = WEEKDAYS_EN if word in WEEKDAYS_EN else _WEEKDAYS_PL
    wd = next(i for i, n in enumerate(names) if word.startswith(n))
    return ctx.today + timedelta(days=(wd - ctx.today.weekday()) % 7 or 7)


def black_friday(m: re.Match[str], ctx: DateCtx) -> date | None:
    for y in (ctx.today.year, ctx.today.year + 1):
        first = date(y, 11, 1)
        bf = first + timedelta(days=(4 - first.weekday()) % 7 + 21)
        if bf >= ctx.today:
            return bf
    return None


def window_hit(m: re.Match[str], ctx: DateCtx) -> DateHit | None:
    unit = _unit(m["u"])
    n = 0.5 if _g(m, "half") else _num(_g(m, "n"))
    if "polrocz" in m["u"]:
        unit, n = "m", (n or 1) * 6
    if n is None:
        if m["u"].endswith("s") and unit != "d" and not m["u"].endswith("us"):
            return None  # "over the coming weeks": no number, no window
        if (_g(m, "prep") or "").strip() == "w" and m["u"] in {
            "miesiacu",
            "tygodniu",
            "roku",
            "kwartale",
        }:
            return None  # "w miesiącu" is a rate, handled below
        n = 1
    if n <= 0 or n > 3650:
        return None
    # "in 8 weeks" from a start date covers 56 days counted inclusively: day 1 is the anchor
    # itself, so the last day of the window is the anchor plus 55 days, not 56.
    length = (_window(ctx, n, unit) - ctx.anchor).days
    last = ctx.anchor + timedelta(days=max(0, length - 1))
    return DateHit(m.start(), m.end(), "window", last, length)


def rate_hit(m: re.Match[str], ctx: DateCtx) -> DateHit:
    word = next(g for g in m.groups() if g)
    return DateHit(m.start(), m.end(), "rate", None, _UNIT_DAYS[_unit(word)])
