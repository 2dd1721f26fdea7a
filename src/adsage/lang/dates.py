"""Month names and calendar dates in English and Polish, on folded text.

One table of month forms (every Polish case people write: "grudzień", "grudnia", "w grudniu",
"grudniem", "gru") and one reader for absolute dates (ISO, 24.12.2026, 24 December,
24 grudnia, Dec 24).  Relative deadlines ("do końca marca", "within 6 weeks") are the goal
checker's business and build on the same tables.
"""

from __future__ import annotations

import os
import re
from datetime import date

from adsage.startup_cache import programs

MONTHS_EN: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
MONTHS_PL: dict[str, int] = {}
for _i, _forms in enumerate(
    [
        "styczen stycznia styczniu styczniem",
        "luty lutego lutym",
        "marzec marca marcu marcem",
        "kwiecien kwietnia kwietniu kwietniem",
        "maj maja maju majem",
        "czerwiec czerwca czerwcu czerwcem",
        "lipiec lipca lipcu lipcem",
        "sierpien sierpnia sierpniu sierpniem",
        "wrzesien wrzesnia wrzesniu wrzesniem",
        "pazdziernik pazdziernika pazdzierniku pazdziernikiem",
        "listopad listopada listopadzie listopadem",
        "grudzien grudnia grudniu grudniem",
    ],
    start=1,
):
    for _f in _forms.split():
        MONTHS_PL[_f] = _i
# Abbreviations that are safe after a day number only ("24 gru"); "sie" is also "się".
MONTHS_PL_ABBR: dict[str, int] = {
    "sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "wrz": 9, "paz": 10, "lis": 11, "gru": 12,
}  # fmt: skip
MONTHS: dict[str, int] = {**MONTHS_EN, **MONTHS_PL}
MONTHS_AFTER_DAY: dict[str, int] = {**MONTHS, **MONTHS_PL_ABBR, "sie": 8}


def alternation(words: dict[str, int]) -> str:
    """Regex alternation of the keys, longest first."""
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH = alternation(MONTHS_AFTER_DAY)
_ISO = r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
_DOT = r"(?P<dd>\d{1,2})[./](?P<dm>\d{1,2})(?:[./](?P<dy>\d{4}))?(?![\d%])"
_DM = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?(?:,?\s+(?P<y1>\d{{4}}))?"
_MD = rf"(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?"
# the largest pattern a plan compiles: its program is kept between runs (startup_cache)
DATE = programs("dates").compile(
    rf"(?<![\w.]){_ISO}|(?<![\w.])(?:{_DM}|{_MD})(?!\w)|(?<![\w.,]){_DOT}"
)
programs("dates").save(at_import=True)


def next_year_for(month: int, day: int, today: date) -> int:
    """The next time this day comes round: campaigns are planned forward, not backward."""
    try:
        return today.year if date(today.year, month, day) >= today else today.year + 1
    except ValueError:
        return today.year


def make_date(y: int | None, m: int, d: int, today: date) -> date | None:
    """``date(y, m, d)`` with a missing year filled forward; None for an impossible date."""
    try:
        return date(y if y is not None else next_year_for(m, d, today), m, d)
    except ValueError:
        return None


def date_of(m: re.Match[str], today: date) -> tuple[date | None, bool]:
    """The date a :data:`DATE` match names and whether its year was written."""
    if m["iy"]:
        return make_date(int(m["iy"]), int(m["im"]), int(m["id"]), today), True
    if m["d1"]:
        y = m["y1"]
        return make_date(
            int(y) if y else None, MONTHS_AFTER_DAY[m["m1"]], int(m["d1"]), today
        ), bool(y)
    if m["d2"]:
        y = m["y2"]
        return make_date(
            int(y) if y else None, MONTHS_AFTER_DAY[m["m2"]], int(m["d2"]), today
        ), bool(y)
    y = m["dy"]
    return make_date(int(y) if y else None, int(m["dm"]), int(m["dd"]), today), bool(y)


def parse_date(text: str, *, today: date | None = None) -> date | None:
    """One date in any supported form (ISO, 24.12.2026, 24 December, 24 grudnia, Dec 24)."""
    from adsage.lang.folding import fold

    m = DATE.search(fold(text))
    return date_of(m, today or _today())[0] if m else None


def _today() -> date:
    return today()


def today() -> date:
    """The calendar day goals and schedules are judged against.

    ``ADSAGE_TODAY`` (YYYY-MM-DD) pins it, so a demo, a saved example or a test suite sees the
    same calendar every day (a schedule that starts next week stays "next week"); unset, it is
    the system date.
    """
    from adsage.errors import BadInput

    pinned = os.environ.get("ADSAGE_TODAY", "").strip()
    if not pinned:
        return date.today()
    try:
        return date.fromisoformat(pinned)
    except ValueError:
        raise BadInput(
            f"ADSAGE_TODAY={pinned!r} is not a date: use YYYY-MM-DD or unset it"
        ) from None
