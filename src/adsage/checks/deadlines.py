"""Deadlines in ad copy that the brief does not give.

"Only until 31 March", "do niedzieli", "last day": an end date is a promise to the buyer, and
one the advertiser never set misleads them (Meta's misleading-claims rule, the EU unfair
practices annex).  A deadline is sourced when the brief's offer, schedule end or goal gives
the same day, month or time word.  Pure: texts and sources in, findings out; the words live
in ``knowledge/rules/deadlines.yaml``.

What is not a deadline: a cue without a time ("do centrum", "by Northloom", "do 2 lat"), and
a numeric date without a cue ("System 3/1" is a rota, "24/7" an availability).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pydantic import Field

from adsage.i18n.catalogue import t
from adsage.lang.dates import DATE, MONTHS, alternation, date_of
from adsage.lang.folding import fold
from adsage.models.brief import Brief
from adsage.models.findings import Finding
from adsage.rules.base import SourcedRule, finding
from adsage.rules.loader import load_rules

RULE_ID = "copy.unsourced_deadline"
_ANY_YEAR = date(2000, 1, 1)  # a leap year, so 29 February is a date
_MONTH_WORD = re.compile(rf"(?<![^\W_])(?:{alternation(MONTHS)})(?![^\W_])")
_SENTENCE = re.compile(r"[.!?;:\n]")


class DeadlineRule(SourcedRule):
    """Cue words, dateless deadline phrases and time words per language (folded text)."""

    cues: dict[str, list[str]] = Field(min_length=1)
    fillers: dict[str, list[str]] = {}
    phrases: dict[str, list[str]] = {}
    times: dict[str, list[str]] = {}


def deadline_rule() -> DeadlineRule:
    return load_rules("deadlines.yaml", DeadlineRule)


@dataclass(frozen=True)
class Deadline:
    """One deadline a text states: its words as written, and what it names."""

    text: str
    dates: frozenset[tuple[int, int]] = frozenset()
    months: frozenset[int] = frozenset()
    words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Matchers:
    cue: re.Pattern[str]
    time: re.Pattern[str]
    phrase: re.Pattern[str] | None
    filler: re.Pattern[str]
    months: re.Pattern[str]


def _words(items: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))


_compiled: dict[int, tuple[DeadlineRule, _Matchers]] = {}


def _matchers(rule: DeadlineRule) -> _Matchers:
    """Compiled once per loaded rule (the rule model is frozen but holds dicts, so it is
    cached by identity, and kept alive next to its matchers)."""
    hit = _compiled.get(id(rule))
    if hit is None or hit[0] is not rule:
        hit = (rule, _compile(rule))
        _compiled.clear()
        _compiled[id(rule)] = hit
    return hit[1]


def _compile(rule: DeadlineRule) -> _Matchers:
    """Both languages at once: a Polish ad may say "Black Friday", and an English "do"
    never reads as a cue because a time must follow it."""

    def every(table: dict[str, list[str]]) -> list[str]:
        return [fold(w) for words in table.values() for w in words]

    edge = r"(?<![^\W_])(?:{})(?![^\W_])"
    phrases = every(rule.phrases)
    fillers = _words(every(rule.fillers)) or "(?!)"
    return _Matchers(
        cue=re.compile(edge.format(_words(every(rule.cues)))),
        time=re.compile(edge.format(_words(every(rule.times)) or "(?!)")),
        phrase=re.compile(edge.format(_words(phrases))) if phrases else None,
        filler=re.compile(rf"\s*(?:{fillers})(?![^\W_])\s*"),
        months=_MONTH_WORD,
    )


def deadlines_in(text: str, rule: DeadlineRule | None = None) -> list[Deadline]:
    """Every deadline ``text`` states, in order: a cue followed by a time expression (after
    fillers such as "the end of"), a dateless deadline phrase, or a date with a month name.

    Each ad is checked once per placement and the ads of a test share all but one text, so
    recent answers are kept per text and rule (a :class:`Deadline` is frozen)."""
    rule = rule or deadline_rule()
    seen = _found.get(text)
    if seen is not None and seen[0] is rule:
        return list(seen[1])
    found = _deadlines_in(text, _matchers(rule))
    if len(_found) >= 4096:
        _found.clear()
    _found[text] = (rule, tuple(found))
    return found


_found: dict[str, tuple[DeadlineRule, tuple[Deadline, ...]]] = {}


def _deadlines_in(text: str, m: _Matchers) -> list[Deadline]:
    low = fold(text)
    out: list[Deadline] = []
    taken: list[tuple[int, int]] = []
    for cue in m.cue.finditer(low):
        found = _after_cue(low, cue.end(), m)
        if found is not None:
            end, deadline = found
            out.append(_named(deadline, text[cue.start() : end].rstrip(" .,")))
            taken.append((cue.start(), end))
    if m.phrase is not None:
        for hit in m.phrase.finditer(low):
            if not _inside(hit.span(), taken):
                out.append(Deadline(text[hit.start() : hit.end()], words=frozenset([hit[0]])))
                taken.append(hit.span())
    for hit in DATE.finditer(low):
        if hit["dd"] or _inside(hit.span(), taken):
            continue  # a bare numeric date ("3/1", "24/7") is no deadline without a cue
        day = date_of(hit, _ANY_YEAR)[0]
        if day is not None:
            said = text[hit.start() : hit.end()].rstrip(" .,")
            out.append(Deadline(said, dates=frozenset([_dm(day)])))
    return out


def _after_cue(low: str, at: int, m: _Matchers) -> tuple[int, Deadline] | None:
    """The time expression right after a cue, past any fillers ("the end of", "tej")."""
    stop = _SENTENCE.search(low, at)
    end = stop.start() if stop else len(low)
    while at < end:
        while at < end and low[at].isspace():
            at += 1
        found = _time_at(low, at, m)
        if found is not None:
            return found
        filler = m.filler.match(low, at, end)
        if filler is None or filler.end() == at:
            return None
        at = filler.end()
    return None


def _time_at(low: str, at: int, m: _Matchers) -> tuple[int, Deadline] | None:
    """The time expression starting at ``at``: a date, a time word, or a month name."""
    hit = DATE.match(low, at)
    if hit is not None:
        day = date_of(hit, _ANY_YEAR)[0]
        if day is not None:
            return hit.end(), Deadline("", dates=frozenset([_dm(day)]))
    word = m.time.match(low, at)
    if word is not None:
        return word.end(), Deadline("", words=frozenset([word[0]]))
    month = m.months.match(low, at)
    if month is not None:
        return month.end(), Deadline("", months=frozenset([MONTHS[month[0]]]))
    return None


def _named(found: Deadline, text: str) -> Deadline:
    return Deadline(text, found.dates, found.months, found.words)


def _dm(day: date) -> tuple[int, int]:
    return day.day, day.month


def _inside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def deadline_sources(brief: Brief) -> list[str]:
    """The brief text that may give a deadline: the offer, the benefits, the goal and the
    schedule's end (ISO, read by the same date table)."""
    return [brief.offer, *brief.benefits, brief.goal, brief.schedule.end.isoformat()]


@dataclass(frozen=True)
class _Known:
    dates: frozenset[tuple[int, int]]
    months: frozenset[int]
    text: str


@lru_cache(maxsize=256)
def _known(sources: tuple[str, ...]) -> _Known:
    low = fold(" \n ".join(sources))
    dates = set()
    for hit in DATE.finditer(low):
        day = date_of(hit, _ANY_YEAR)[0]
        if day is not None:
            dates.add(_dm(day))
    months = {MONTHS[w[0]] for w in _MONTH_WORD.finditer(low)} | {m for _, m in dates}
    return _Known(frozenset(dates), frozenset(months), low)


def _sourced(deadline: Deadline, known: _Known) -> bool:
    if deadline.dates:
        return deadline.dates <= known.dates
    if deadline.months:
        return deadline.months <= known.months
    return all(_word(w).search(known.text) for w in deadline.words)


@lru_cache(maxsize=256)
def _word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])")


def unsourced_deadlines(texts: Mapping[str, str], sources: Sequence[str]) -> list[tuple[str, str]]:
    """``(field, deadline as written)`` for each deadline no source gives."""
    rule = deadline_rule()
    known = _known(tuple(s for s in sources if s))
    out: list[tuple[str, str]] = []
    for field, text in texts.items():
        if text:
            out += [(field, d.text) for d in deadlines_in(text, rule) if not _sourced(d, known)]
    return out


def check_deadlines(
    texts: Mapping[str, str], sources: Sequence[str], lang: str | None
) -> list[Finding]:
    """One finding per deadline in the copy that the brief (offer, schedule end, goal) does
    not give."""
    rule = deadline_rule()
    code = lang or "en"
    return [
        finding(
            RULE_ID,
            rule.severity,
            t("copy.unsourced_deadline", code, text=text.strip()),
            rule,
            field=field,
            suggestion=t("copy.unsourced_deadline.fix", code),
        )
        for field, text in unsourced_deadlines(texts, sources)
    ]
