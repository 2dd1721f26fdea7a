"""Deadlines and time windows in EN and PL goal text, resolved to calendar dates.

The rules below run over folded text (lower case, no Polish diacritics) in priority order:
exact dates, then named months and quarters, then relative periods, windows, rates and finally
vague words. A span claimed by an earlier rule is never re-read by a later one, so "do 24
grudnia 2026" is one deadline, not a deadline plus a year plus a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from adsage.checks.goal.calendar import (
    MONTH_ALL_RE,
    MONTH_DAY_RE,
    MONTH_EN_RE,
    MONTH_PL_RE,
    NUM_RE,
    WEEKDAY_FORMS_PL,
    WEEKDAYS_EN,
    YEAR_RE,
    DateCtx,
    DateHit,
    add_months,
    bare_year,
    before_month,
    black_friday,
    day_month,
    dl,
    dmy,
    end_of_named_month,
    half,
    mid_month,
    month_end,
    next_day_month,
    next_quarter,
    quarter,
    quarter_end,
    rate_hit,
    this_quarter,
    weekday,
    window_hit,
    ymd,
)

__all__ = ["DateHit", "find_dates"]

Rule = Callable[[re.Match[str], DateCtx], DateHit | None]
W = r"(?<!\w)"
E = r"(?!\w)"
BY_EN = r"(?:by|before|until|till|for|on)"
BY_PL = r"(?:do|przed|na)"
NEXT_PL = r"(?:przyszl|nastepn|kolejn)\w*"
END_PL = r"(?:do|na)\s+(?:konca|koniec)\s+(?:tego\s+|biezacego\s+)?"


def _vague(m: re.Match[str], ctx: DateCtx) -> DateHit:
    return DateHit(m.start(), m.end(), "vague")


# A four-digit 19xx/20xx number next to a year word is a calendar year, never a count of years:
# "w roku 2027" ends with 2027, and "za 2026 rok" / "for the 2026 tax year" names the year a
# result belongs to (a tax year, a season), not a time to reach it by.
_CAL_YEAR = r"(?P<y>(?:19|20)\d{2})"
_YEAR_KIND = r"(?:(?:calendar|fiscal|financial|tax|podatkow\w*|kalendarzow\w*|obrachunkow\w*)\s+)?"
# A deadline or window further out than this is a misreading, not a goal: it is left unparsed.
MAX_YEARS_AHEAD = 10


def _named(m: re.Match[str], ctx: DateCtx) -> DateHit:
    """A time that names what is counted ("za 2026 rok"): masked, but no deadline."""
    return DateHit(m.start(), m.end(), "named")


def _year_end(m: re.Match[str], c: DateCtx) -> date | None:
    before = m.group().split()[0] in {"przed", "before"}
    return ymd(int(m["y"]) - (1 if before else 0), 12, 31)


def _window(m: re.Match[str], ctx: DateCtx) -> DateHit | None:
    """A window, unless its "number" is a calendar year ("za 2026 rok" is no 2026-year span)."""
    n = m.groupdict().get("n")
    if n and re.fullmatch(r"(?:19|20)\d{2}", n) and m["u"].startswith(("y", "rok", "roku", "lat")):
        return _named(m, ctx)
    return window_hit(m, ctx)


# "the 12-week programme", "a 30-day challenge": the length of what is sold, not the goal's time
_LENGTH_OF = re.compile(
    r"\s*(?:programme|program|plan|challenge|course|bootcamp|membership|subscription|package"
    r"|trial|coaching|diet|detox|cleanse|retreat|camp|pass)s?(?!\w)"
)


def _compact_window(m: re.Match[str], ctx: DateCtx) -> DateHit | None:
    """ "a 6-week campaign" is a window; "the 12-week programme" names the product's length,
    masked so its number is no target either."""
    if _LENGTH_OF.match(m.string, m.end()):
        return _named(m, ctx)
    return window_hit(m, ctx)


def _q_short(m: re.Match[str], c: DateCtx) -> date | None:
    year = m["y"] or (m["yy"] and "20" + m["yy"])
    return quarter_end(int(m["q"]), year, c.today)


def _h_short(m: re.Match[str], c: DateCtx) -> date | None:
    first = (m["h"] or m["ord"]) in {"1", "first"}
    return quarter_end(2 if first else 4, m["y"] or m["y2"], c.today)


_RULE_SPECS: list[tuple[str, Rule]] = [
    # exact dates
    (
        r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)",
        dl(lambda m, c: ymd(int(m["y"]), int(m["m"]), int(m["d"]))),
    ),
    (
        r"(?<![\d.,])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
        r"(?![\d.,]\d|\d)",
        dl(dmy),
    ),
    (
        rf"{W}(?:by|until|till|before|on|do|przed|na|dnia)\s+(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})"
        r"(?![\d.,]\d|\d|\s?(?:zl|pln|usd|eur|%|\$))",
        dl(dmy),
    ),
    (rf"{W}(?:{BY_EN}|{BY_PL})\s+(?:the\s+)?black\s+friday{E}", dl(black_friday)),
    (
        rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?\s*(?:of\s+)?(?P<mon>{MONTH_DAY_RE})\.?"
        rf"{YEAR_RE}{E}",
        dl(day_month),
    ),
    (
        rf"{W}(?P<mon>{MONTH_EN_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
        rf"(?:,?\s*(?P<y>\d{{4}}))?{E}",
        dl(day_month),
    ),
    # calendar years next to a year word: "w roku 2027", "in the year 2027", "za 2026 rok"
    (
        rf"{W}(?:w|we|in|during|through|throughout|by|do|przed|before|until)\s+(?:the\s+)?"
        rf"{_YEAR_KIND}(?:roku|rok|rokiem|year)\s+{_YEAR_KIND}{_CAL_YEAR}(?:\s+r(?:oku|\.))?{E}",
        dl(_year_end),
    ),
    (
        rf"{W}(?:za|for)\s+(?:the\s+)?(?:{_YEAR_KIND}(?:rok|year)\s+{_YEAR_KIND}{_CAL_YEAR}"
        rf"|{_CAL_YEAR.replace('<y>', '<y2>')}\s+{_YEAR_KIND}(?:rok|r\.|year)){E}",
        _named,
    ),
    # named months and years
    (
        rf"{W}(?:the\s+)?end\s+of\s+(?:the\s+)?(?:year\s+)?(?P<y>\d{{4}}){E}"
        rf"|{W}{BY_PL}\s+(?:konca|koniec|koncem)\s+(?:roku\s+)?(?P<y2>\d{{4}})(?:\s+r(?:oku|\.))?{E}",
        dl(lambda m, c: ymd(int(m["y"] or m["y2"]), 12, 31)),
    ),
    (rf"{W}(?:the\s+)?mid(?:dle\s+of\s+|-|\s+)(?P<mon>{MONTH_EN_RE}){YEAR_RE}{E}", dl(mid_month)),
    (rf"{W}(?:do\s+)?polowy\s+(?P<mon>{MONTH_PL_RE}){YEAR_RE}{E}", dl(mid_month)),
    (
        rf"{W}(?:the\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?(?P<mon>{MONTH_EN_RE}){YEAR_RE}{E}",
        dl(end_of_named_month),
    ),
    (
        rf"{W}{BY_PL}\s+(?:konca|koniec|koncem)\s+(?P<mon>{MONTH_PL_RE}){YEAR_RE}{E}",
        dl(end_of_named_month),
    ),
    (rf"{W}(?:before|przed)\s+(?P<mon>{MONTH_ALL_RE}){YEAR_RE}{E}", dl(before_month)),
    # quarters and halves
    (rf"{W}q(?P<q>[1-4])(?:\s*(?P<y>\d{{4}})|'(?P<yy>\d{{2}}))?{E}", dl(_q_short)),
    (
        rf"{W}(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?"
        rf"{YEAR_RE}{E}",
        dl(quarter),
    ),
    (rf"{W}(?P<q>iv|iii|ii|i|[1-4])\.?\s+kwartal\w*{YEAR_RE}{E}", dl(quarter)),
    (rf"{W}(?P<ord>pierwsz|drug|trzec|czwart|ostatni)\w*\s+kwartal\w*{YEAR_RE}{E}", dl(quarter)),
    (
        rf"{W}(?:this|current)\s+quarter|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter"
        rf"|quarter[- ]end|{W}eoq{E}|w\s+(?:tym|biezacym)\s+kwartale|{END_PL}kwartalu",
        dl(this_quarter),
    ),
    (
        rf"next\s+quarter|(?:w|do\s+konca|na\s+koniec)\s+{NEXT_PL}\s+kwartal\w*",
        dl(next_quarter),
    ),
    (
        rf"{W}h(?P<h>[12])(?:\s*(?P<y>\d{{4}}))?{E}"
        rf"|{W}(?P<ord>first|second)\s+half\s+of\s+(?:the\s+year\s*)?(?P<y2>\d{{4}})?",
        dl(_h_short),
    ),
    (rf"{W}(?P<ord>pierwsz|drug)\w*\s+polrocz\w*{YEAR_RE}", dl(half)),
    (
        rf"{W}(?P<h>ii|i|1|2)\.?\s+polrocz\w*{YEAR_RE}",
        dl(lambda m, c: quarter_end(4 if m["h"] in {"ii", "2"} else 2, m["y"], c.today)),
    ),
    # relative periods
    (
        rf"(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[- ]end|{W}eoy{E}"
        rf"|(?:this|current)\s+year|w\s+(?:tym|biezacym)\s+roku|{END_PL}roku|koniec\s+roku",
        dl(lambda m, c: date(c.today.year, 12, 31)),
    ),
    (
        rf"next\s+year|(?:w|do\s+konca|na\s+koniec)\s+{NEXT_PL}\s+roku",
        dl(lambda m, c: date(c.today.year + 1, 12, 31)),
    ),
    (
        rf"{W}(?P<p>by|in|until|till|during|through|do|w|we|przed|before)\s+(?P<y>20\d{{2}})"
        rf"(?P<r>\s+r(?:oku|\.))?{E}",
        dl(bare_year),
    ),
    (
        rf"(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|(?:this|current)\s+month|month[- ]end"
        rf"|{W}eom{E}|w\s+(?:tym|biezacym)\s+miesiacu|{END_PL}miesiaca|koniec\s+miesiaca",
        dl(lambda m, c: month_end(c.today.year, c.today.month)),
    ),
    (
        rf"(?:(?:the\s+)?end\s+of\s+)?next\s+month"
        rf"|(?:w|do\s+konca|na\s+koniec)\s+{NEXT_PL}\s+miesiac\w*",
        dl(lambda m, c: month_end(*add_months(c.today, 1))),
    ),
    (
        rf"{W}(?:by|until|till|in|through|during|throughout)\s+(?:the\s+)?(?:month\s+of\s+)?"
        rf"(?P<mon>{MONTH_EN_RE}){YEAR_RE}{E}",
        dl(end_of_named_month),
    ),
    (rf"{W}(?:do|w|we|na|przez)\s+(?P<mon>{MONTH_PL_RE}){YEAR_RE}{E}", dl(end_of_named_month)),
    (rf"{W}(?P<mon>{MONTH_ALL_RE})\s+(?P<y>\d{{4}}){E}", dl(end_of_named_month)),
    (
        r"(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week|this\s+week|w\s+tym\s+tygodniu"
        r"|do\s+konca\s+(?:tego\s+)?tygodnia",
        dl(lambda m, c: c.today + timedelta(days=6 - c.today.weekday())),
    ),
    (
        rf"next\s+week|(?:w|do\s+konca)\s+{NEXT_PL}\s+tygodni\w*",
        dl(lambda m, c: c.today + timedelta(days=13 - c.today.weekday())),
    ),
    (
        rf"{W}(?:(?:by|until|till|before|on|this|next|coming)\s+)+(?:the\s+)?"
        rf"(?P<wd>{'|'.join(WEEKDAYS_EN)}){E}",
        dl(weekday),
    ),
    (
        rf"{W}(?:do|w|we|przed|na)\s+(?:przyszl\w*\s+|nastepn\w*\s+|najblizsz\w*\s+)?"
        rf"(?P<wd>{WEEKDAY_FORMS_PL}){E}",
        dl(weekday),
    ),
    (
        rf"{W}(?:by\s+)?tomorrow{E}|{W}do\s+jutra{E}|{W}jutro{E}",
        dl(lambda m, c: c.today + timedelta(days=1)),
    ),
    (
        rf"{W}(?:by\s+)?(?:today|tonight|eod){E}|{W}dzis(?:iaj)?{E}|do\s+konca\s+dnia",
        dl(lambda m, c: c.today),
    ),
    # holidays (only with a preposition, so "the Black Friday page" is not a deadline)
    (
        rf"{W}(?:{BY_EN}|{BY_PL})\s+(?:the\s+)?(?:christmas|xmas|bozego\s+narodzenia"
        rf"|boze\s+narodzenie|wigili\w*|swi(?:at|eta|etami)){E}",
        dl(lambda m, c: next_day_month(24, 12, c.today)),
    ),
    (
        rf"{W}(?:{BY_EN}|{BY_PL})\s+(?:valentine'?s?(?:\s+day)?|walentyn\w*){E}",
        dl(lambda m, c: next_day_month(14, 2, c.today)),
    ),
    (
        rf"{W}(?:{BY_EN}|{BY_PL})\s+(?:new\s+year'?s?\s+eve|sylwest\w*){E}"
        rf"|{W}(?:during|over|in|through|throughout|w|przez)\s+(?:the\s+)?(?:holiday\s+season"
        rf"|holidays|okres\w*\s+swiateczn\w*|sezon\w*\s+swiateczn\w*|swieta){E}",
        dl(lambda m, c: next_day_month(31, 12, c.today)),
    ),
    # windows
    (
        rf"{W}(?P<prep>within|in|over|during|for)\s+(?:the\s+)?"
        rf"(?:next\s+|coming\s+|first\s+|following\s+)?(?:(?P<half>half\s+(?:a\s+)?)"
        rf"|(?P<n>{NUM_RE}|an?)\s*)?(?P<u>days?|weeks?|fortnight|months?|quarters?|years?){E}",
        _window,
    ),
    (rf"{W}(?P<n>\d+)[- ](?P<u>day|week|month)(?:[- ]long)?{E}", _compact_window),
    (
        rf"{W}(?P<prep>w\s+ciagu|w\s+przeciagu|w\s+okresie|na\s+przestrzeni|przez|w|za)\s+"
        rf"(?:najblizsz\w+\s+|kolejn\w+\s+|nastepn\w+\s+|pierwsz\w+\s+)?"
        rf"(?:(?P<half>pol)\s+|(?P<n>{NUM_RE})\s*)?"
        r"(?P<u>dni|dnia|dzien|tygodni\w*|tydzien|miesiac\w*|miesiecy|kwartal\w*|rok|roku|lat"
        r"|lata|polrocz\w*)(?!\w)",
        _window,
    ),
    # recurring targets
    (
        r"(?<!\w)(?:per|a|each|every|/)\s*(day|week|month|quarter|year)(?!\w)"
        r"|(?<!\w)(daily|weekly|monthly|quarterly|yearly|annually|miesiecznie|tygodniowo"
        r"|dziennie|kwartalnie|rocznie)(?!\w)"
        r"|(?<!\w)(?:co|na|w|/)\s*(dzien|tydzien|tygodniu|miesiac|miesiacu|kwartal|kwartale|rok"
        r"|roku|mc|mies)(?!\w)(?!\s+otwart)",  # "na dzień otwarty" is an open day, not a rate
        rate_hit,
    ),
    # a season names no date: "na sezon 2027" / "the 2027 season" is a time, never a target
    (
        r"(?<!\w)(?:sezon\w*|season)\s+(?:20\d{2}(?:\s*/\s*\d{2,4})?)(?!\w)"
        r"|(?<!\w)20\d{2}(?:\s*/\s*\d{2,4})?\s+season(?!\w)",
        _vague,
    ),
    # vague words
    (
        r"(?<!\w)(?:soon|asap|as\s+soon\s+as\s+possible|eventually|someday|some\s+day|sometime"
        r"|at\s+some\s+point|in\s+the\s+future|in\s+due\s+course|quickly|fast|over\s+time"
        r"|in\s+the\s+long\s+run|long[- ]term|in\s+(?:a|the)\s+(?:few|couple\s+of|coming)\s+\w+"
        r"|wkrotce|jak\s+najszybciej|niedlugo|kiedys|szybko|w\s+przyszlosci"
        r"|w\s+najblizszym\s+czasie|z\s+czasem|docelowo|predzej\s+czy\s+pozniej|na\s+dniach"
        r"|w\s+krotkim\s+czasie|w\s+ciagu\s+(?:kilku|paru)\s+\w+|w\s+najblizszej\s+przyszlosci"
        r"|w\s+dluzszej\s+perspektywie)(?!\w)",
        _vague,
    ),
]


# A month that names a thing is no deadline: "the March cohort", "edycja z marca", "kurs w marcu".
_NOUN_AFTER = (
    r"\s*(?:cohort|intake|edition|class|batch|term|semester|course|bootcamp|workshop|webinar"
    r"|event|issue|collection|release|drop|launch|sale|promo|promotion|season|fair|festival"
    r"|conference|open\s+day)s?(?!\w)"
)
_NOUN_BEFORE = (
    r"(?:edycj|kohort|nabor|rocznik|turnus|kurs|zjazd|semestr|sesj|wydani|kolekcj|premier|wyprzedaz"
    r"|promocj|targi|targow|targach|festiwal|konferencj|warsztat|webinar)\w*\s+(?:ze?\s+)?$"
)


def _names_a_thing(folded: str, m: re.Match[str]) -> bool:
    """A named month qualifying a noun rather than setting a date ("in the March cohort")."""
    if "mon" not in m.re.groupindex or not m["mon"]:
        return False
    if m.groupdict().get("d"):
        # a day number makes it a date, whatever it qualifies: "przed sesją 28 stycznia 2027"
        # is due on the 28th; dropping it would leave "stycznia 2027", read as the month's end
        return False
    if re.match(_NOUN_AFTER, folded[m.end() :]):  # re keeps the compiled pattern
        return True
    by = re.match(r"(?:do|przed|by|until|till|before)\s", m.group())
    return by is None and bool(re.search(_NOUN_BEFORE, folded[: m.start()]))


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern[str], Rule]]:
    """Compiled on first use: the patterns are large and most imports never parse a goal.
    Their programs are kept between runs (:mod:`adsage.startup_cache`)."""
    from adsage.startup_cache import programs

    kept = programs("goal")
    rules = [(kept.compile(p), h) for p, h in _RULE_SPECS]
    kept.save()
    return rules


def _within_reach(hit: DateHit, today: date) -> DateHit:
    """A deadline more than :data:`MAX_YEARS_AHEAD` years out is a misreading (a year taken
    for a count, a typo): its words stay masked, so its number is no target, but it sets no
    date, so the goal reads as naming none rather than as one due in 4053."""
    if hit.deadline is None or hit.deadline.year - today.year <= MAX_YEARS_AHEAD:
        return hit
    return DateHit(hit.start, hit.end, "named")


def find_dates(folded: str, today: date, anchor: date | None = None) -> list[DateHit]:
    """Every time expression, non-overlapping, in order of appearance.

    Windows ("within 6 weeks") run from ``anchor`` (default ``today``); everything relative
    ("by Friday", "this quarter") runs from ``today``.
    """
    ctx = DateCtx(today, anchor or today)
    hits: list[DateHit] = []
    for pattern, handler in _rules():
        for m in pattern.finditer(folded):
            if any(m.start() < h.end and h.start < m.end() for h in hits):
                continue
            try:
                hit = handler(m, ctx)
            except (ValueError, OverflowError):  # date arithmetic past year 9999
                continue
            if hit is not None and not _names_a_thing(folded, m):
                hits.append(_within_reach(hit, today))
    hits.sort(key=lambda h: h.start)
    return hits
