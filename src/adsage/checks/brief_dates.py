"""Named days and weekdays in a brief, checked against the calendar and the schedule.

A bakery that advertises "Pączki po 3 zł w Tłusty Czwartek" from 15 to 27 February 2027
promotes a day that fell on 4 February; a taproom open "Friday and Saturday nights" that
offers a half-price pint "on Thursdays" offers something nobody can use.  Both are questions
for the client, not facts the plan may fix: the plan never moves a date or picks a weekday.

Pure: brief texts, schedule and markets in, findings out.  The day names, weekday words and
customary dates live in ``knowledge/rules/brief_dates.yaml``; movable days are worked out
from Easter here, so no year's calendar is ever typed in by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from pydantic import Field

from adsage.i18n.catalogue import t
from adsage.i18n.formatting import date as fmt_date
from adsage.lang.folding import fold
from adsage.models.findings import Finding
from adsage.rules.base import SourcedRule, Strict, finding
from adsage.rules.loader import load_rules

if TYPE_CHECKING:
    from adsage.models.brief import Brief

RULE_PASSED = "brief.named_day_passed"
RULE_WEEKDAY = "brief.offer_weekday"
_EDGE = r"(?<![^\W_])(?:{})(?![^\W_])"
_CLAUSE = re.compile(r"[,;.!?()\n]")


class Nth(Strict):
    """The n-th (or, with -1, the last) given weekday of a month."""

    month: int = Field(ge=1, le=12)
    weekday: int = Field(ge=0, le=6)
    n: int = Field(ge=-1, le=5)


class NamedDay(Strict):
    """One named day: its names per language and exactly one way to find its date."""

    names: dict[str, list[str]] = Field(min_length=1)
    easter: int | None = None
    fixed: str | None = Field(default=None, pattern=r"^\d{2}-\d{2}$")
    nth: Nth | None = None
    offset: int = 0
    markets: list[str] = []
    source: str = Field(min_length=3)


class BriefDatesRule(SourcedRule):
    after_cues: dict[str, list[str]] = {}
    until_cues: dict[str, list[str]] = {}
    weekdays: dict[str, list[list[str]]]
    weekend: dict[str, list[str]] = {}
    workdays: dict[str, list[str]] = {}
    open_cues: dict[str, list[str]] = {}
    closed_cues: dict[str, list[str]] = {}
    days: dict[str, NamedDay] = Field(min_length=1)


def brief_dates_rule() -> BriefDatesRule:
    return load_rules("brief_dates.yaml", BriefDatesRule)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Meeus/Jones/Butcher computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _nth_weekday(year: int, spec: Nth) -> date:
    if spec.n == -1:
        nxt = date(year + (spec.month == 12), spec.month % 12 + 1, 1)
        last = nxt - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - spec.weekday) % 7)
    first = date(year, spec.month, 1)
    return first + timedelta(days=(spec.weekday - first.weekday()) % 7 + 7 * (spec.n - 1))


def day_in(day: NamedDay, year: int) -> date:
    """The named day's date in ``year``."""
    if day.easter is not None:
        base = easter_sunday(year) + timedelta(days=day.easter)
    elif day.fixed is not None:
        base = date(year, int(day.fixed[:2]), int(day.fixed[3:]))
    elif day.nth is not None:
        base = _nth_weekday(year, day.nth)
    else:
        raise ValueError("a named day needs easter, fixed or nth")
    return base + timedelta(days=day.offset)


@dataclass(frozen=True)
class Mention:
    """A named day the text names: the rule key, the words as written and where."""

    key: str
    said: str
    span: tuple[int, int]


def _words(items: Iterable[str]) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(set(items), key=len, reverse=True))


def _every(table: Mapping[str, Sequence[str]]) -> list[str]:
    return [w for words in table.values() for w in words]


def _applies(day: NamedDay, countries: Sequence[str]) -> bool:
    if not day.markets:
        return True
    wanted = {c.upper() for c in countries}
    return bool(wanted) and wanted <= set(day.markets)


_Names = tuple[BriefDatesRule, dict[str, str], re.Pattern[str] | None, re.Pattern[str]]
_names_cache: dict[tuple[int, frozenset[str]], _Names] = {}


def _names(rule: BriefDatesRule, countries: Sequence[str]) -> _Names:
    """Day names (folded) -> rule key for these markets, and the compiled matchers; kept per
    rule and markets because a batch plans hundreds of briefs with the same few markets (the
    rule is held next to them, so an id is never reused for another rule)."""
    key = (id(rule), frozenset(c.upper() for c in countries))
    hit = _names_cache.get(key)
    if hit is not None and hit[0] is rule:
        return hit
    by_name: dict[str, str] = {}
    for name_key, day in rule.days.items():
        if _applies(day, countries):
            for name in _every(day.names):
                by_name.setdefault(fold(name), name_key)
    names = re.compile(_EDGE.format(_words(by_name))) if by_name else None
    after = re.compile(_EDGE.format(_words(_every(rule.after_cues)) or "(?!)") + r"$")
    if len(_names_cache) >= 64:
        _names_cache.clear()
    _names_cache[key] = hit = (rule, by_name, names, after)
    return hit


def mentions(text: str, countries: Sequence[str], rule: BriefDatesRule) -> list[Mention]:
    """Named days in ``text`` whose date is known for the targeted markets, longest name
    first; a name right after "after"/"po" is a reference point and is left out."""
    _, by_name, names, after = _names(rule, countries)
    if names is None:
        return []
    low = fold(text)
    out: list[Mention] = []
    for hit in names.finditer(low):
        if after.search(low[: hit.start()].rstrip()):
            continue
        out.append(Mention(by_name[hit[0]], text[hit.start() : hit.end()], hit.span()))
    return out


def _nearest(day: NamedDay, start: date, end: date) -> tuple[date | None, date | None]:
    """The day's last date before ``start`` and first after ``end``, or (None, None) when it
    falls inside the schedule."""
    dates = [day_in(day, y) for y in range(start.year - 1, end.year + 2)]
    if any(start <= d <= end for d in dates):
        return None, None
    before = max((d for d in dates if d < start), default=None)
    after = min((d for d in dates if d > end), default=None)
    return before, after


def named_day_findings(
    texts: Mapping[str, str],
    start: date,
    end: date,
    countries: Sequence[str],
    lang: str,
    rule: BriefDatesRule | None = None,
) -> list[Finding]:
    """A named day that falls before the campaign starts, nearer to it than the day's next
    date after the end: the ads would run after the day has passed.  A day after the end is
    what a campaign builds up to ("before Christmas"), so it is never flagged."""
    rule = rule or brief_dates_rule()
    out: list[Finding] = []
    seen: set[str] = set()
    for field, text in texts.items():
        for m in mentions(text, countries, rule):
            if m.key in seen:
                continue
            before, after = _nearest(rule.days[m.key], start, end)
            if before is None or (after is not None and (after - end) <= (start - before)):
                continue
            seen.add(m.key)
            out.append(
                finding(
                    RULE_PASSED,
                    rule.severity,
                    t(
                        "brief_dates.passed",
                        lang,
                        said=m.said,
                        day=fmt_date(before, lang),
                        start=fmt_date(start, lang),
                    ),
                    rule,
                    field=field,
                    suggestion=t("brief_dates.passed_ask", lang),
                )
            )
    return out


_tables: dict[
    int, tuple[BriefDatesRule, dict[str, frozenset[int]], re.Pattern[str], re.Pattern[str]]
] = {}


def _weekday_table(
    rule: BriefDatesRule,
) -> tuple[dict[str, frozenset[int]], re.Pattern[str], re.Pattern[str]]:
    """Weekday words -> weekdays, the word matcher and the range matcher, once per rule."""
    hit = _tables.get(id(rule))
    if hit is None or hit[0] is not rule:
        table = _weekday_words(rule)
        word = _words(table)
        span = re.compile(
            rf"(?<![^\W_])(?P<a>{word})\s*(?:-|to|till|until|through|do)\s*(?P<b>{word})(?![^\W_])"
        )
        _tables.clear()
        _tables[id(rule)] = hit = (rule, table, re.compile(_EDGE.format(word)), span)
    return hit[1], hit[2], hit[3]


def _weekday_words(rule: BriefDatesRule) -> dict[str, frozenset[int]]:
    table: dict[str, set[int]] = {}
    for days in rule.weekdays.values():
        for i, forms in enumerate(days):
            for w in forms:
                table.setdefault(fold(w), set()).add(i)
    for w in _every(rule.weekend):
        table.setdefault(fold(w), set()).update({5, 6})
    for w in _every(rule.workdays):
        table.setdefault(fold(w), set()).update(range(5))
    return {k: frozenset(v) for k, v in table.items()}


def weekdays_in(text: str, rule: BriefDatesRule, countries: Sequence[str] = ()) -> set[int]:
    """Weekdays a text names (0 = Monday), ranges ("Tuesday to Sunday", "od wtorku do
    niedzieli") expanded; weekday words inside a named day ("Black Friday") do not count."""
    low = fold(text)
    for m in mentions(text, countries, rule):
        low = low[: m.span[0]] + " " * (m.span[1] - m.span[0]) + low[m.span[1] :]
    table, words, span = _weekday_table(rule)
    days: set[int] = set()
    for hit in span.finditer(low):
        a, b = table[hit["a"]], table[hit["b"]]
        if len(a) == 1 and len(b) == 1:
            i, j = next(iter(a)), next(iter(b))
            days.update((i + k) % 7 for k in range((j - i) % 7 + 1))
    until = _until(rule)
    for hit in words.finditer(low):
        if not until.search(low[: hit.start()].rstrip()):  # "until Sunday" ends the offer
            days |= table[hit[0]]
    return days


def _until(rule: BriefDatesRule) -> re.Pattern[str]:
    return re.compile(_EDGE.format(_words(_every(rule.until_cues)) or "(?!)") + r"$")


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c.strip()]


def _has(text: str, words: Iterable[str]) -> bool:
    pattern = _words(words)
    return bool(pattern) and re.search(_EDGE.format(pattern), fold(text)) is not None


def weekday_findings(
    offer: str,
    product: str,
    benefits: Sequence[str],
    lang: str,
    rule: BriefDatesRule | None = None,
    countries: Sequence[str] = (),
) -> list[Finding]:
    """An offer on a weekday the brief does not name among its opening days (a clause of the
    product naming weekdays, or a benefit saying "open"/"otwarte"), or names as closed."""
    rule = rule or brief_dates_rule()
    offered = weekdays_in(offer, rule, countries)
    if not offered:
        return []
    open_days: set[int] = set()
    closed: set[int] = set()
    said_open: list[str] = []
    said_closed: list[str] = []
    pieces = [(c, True) for c in _clauses(product)]
    pieces += [(c, False) for b in benefits for c in _clauses(b)]
    for clause, from_product in pieces:
        days = weekdays_in(clause, rule, countries)
        if not days:
            continue
        if _has(clause, _every(rule.closed_cues)):
            closed |= days
            said_closed.append(clause)
        elif from_product or _has(clause, _every(rule.open_cues)):
            open_days |= days
            said_open.append(clause)
    if offered & closed:
        key, said = "brief_dates.weekday_closed", said_closed
    elif open_days and not offered <= open_days:
        key, said = "brief_dates.weekday", said_open
    else:
        return []
    return [
        finding(
            RULE_WEEKDAY,
            rule.severity,
            t(key, lang, offer=offer.strip(), days="; ".join(said)),
            rule,
            field="offer",
            suggestion=t("brief_dates.weekday_ask", lang),
        )
    ]


def brief_date_findings(brief: Brief, rule: BriefDatesRule | None = None) -> list[Finding]:
    """Every date question the brief raises: named days the schedule has passed, and an
    offer's weekday the business does not open on."""
    rule = rule or brief_dates_rule()
    texts = {"offer": brief.offer or "", "product": brief.product, "goal": brief.goal}
    texts.update({f"benefits[{i}]": b for i, b in enumerate(brief.benefits)})
    countries = list(brief.audience.locations)
    lang = brief.language
    return named_day_findings(
        {k: v for k, v in texts.items() if v},
        brief.schedule.start,
        brief.schedule.end,
        countries,
        lang,
        rule,
    ) + weekday_findings(brief.offer or "", brief.product, brief.benefits, lang, rule, countries)
