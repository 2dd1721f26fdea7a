"""Results a goal names by its verbs rather than by a result noun.

* A step after the lead named by a verb or noun of the step next to its count ("zatrudnić 25
  pielęgniarek", "hire up to 12 electricians", "25 new hires"): the counted noun is a role,
  which no result word names, so the count is found by its place beside the step's word.
* People coming to an event ("get people to come to our party"): attendance is offline, and
  the result Meta counts is a response to the Facebook event (``attendance`` in the lexicon).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from adsage.rules.checked import STRICT

if TYPE_CHECKING:
    from adsage.checks.goal.lexicon import AfterLeadStep, Lexicon, Mention
    from adsage.checks.goal.numbers import Quantity

    Pair = tuple[Quantity, Mention, str]


@dataclass(frozen=True)
class Attendance:
    """Words of coming to an event and words for an event (see the lexicon's ``attendance``)."""

    __pydantic_config__ = STRICT

    source: str
    as_of: str
    confidence: Literal["META", "COPY", "3P", "UNSURE"]
    metric: str
    come_en: list[str]
    come_pl: list[str]
    event_en: list[str]
    event_pl: list[str]


def attendance_span(lex: Lexicon, folded: str) -> tuple[int, int] | None:
    """Where a goal says people should come to an event: from the first word of coming to
    the end of the first event word after it ("come to our anniversary party"), or the
    coming word alone when the event word stands before it; None unless both stand there."""
    att = lex.data.attendance
    if att is None:
        return None
    comes = _hits(folded, att.come_en + att.come_pl)
    events = _hits(folded, att.event_en + att.event_pl)
    if not comes or not events:
        return None
    come = comes[0]
    after = [e for e in events if e[0] >= come[1] and e[0] - come[1] <= 40]
    return (come[0], after[-1][1]) if after else come


def event_pair(lex: Lexicon, masked: str, pair: Pair | None) -> tuple[Pair | None, Mention | None]:
    """The goal's (quantity, mention, metric) pair and the event's mention: a count of
    people beside the words of coming to an event counts the event's responses; a goal with
    no count names them with no target; a count of tickets stays a count of purchases."""
    from adsage.checks.goal.lexicon import Mention

    att = lex.data.attendance
    if att is None or (pair is not None and not (pair[1].weak and pair[2] == "reach")):
        return pair, None
    span = attendance_span(lex, masked)
    if span is None:
        return pair, None
    event = Mention(span[0], span[1], att.metric, False)
    return ((pair[0], event, att.metric) if pair else None), event


def _hits(folded: str, terms: list[str]) -> list[tuple[int, int]]:
    from adsage.checks.goal.lexicon import term_regex

    return sorted(m.span() for t in terms for m in re.finditer(term_regex(t), folded))


# a count right after the word ("hire up to 12 ", "zatrudnić co najmniej 25 ") or right before
# it ("25 new hires", "25 zatrudnień"); thousands may be grouped ("1 000", "1,000")
_NUM = r"(\d+(?:[ ,.\u00a0]\d{3})*)"
_NUMBER_AFTER = re.compile(
    r"\s+(?:(?:up\s+to|at\s+least|a\s+total\s+of|co\s+najmniej|minimum)\s+)?" + _NUM + r"(?!\d)\s*"
)
_NUMBER_BEFORE = re.compile(_NUM + r"\s+(?:(?:new|more|nowych|kolejnych)\s+)?$")


def verb_count(
    lex: Lexicon, folded: str, step: AfterLeadStep, lang: str
) -> tuple[int, int, int, int] | None:
    """(number start, number end, word start, word end) of the step's count in ``folded``;
    None when no number stands beside the word, or when the count is of a lead word
    ("recruit 200 candidates" counts candidates, which are leads)."""
    from adsage.checks.goal.lexicon import term_regex

    leads = [m for m in lex.mentions(folded) if m.metric == "leads" and not m.weak]
    for term in step.pl if lang == "pl" else step.en:
        for m in re.finditer(term_regex(term), folded):
            right = _NUMBER_AFTER.match(folded, m.end())
            if right is not None and not any(x.start == right.end() for x in leads):
                return right.start(1), right.end(1), m.start(), m.end()
            left = _NUMBER_BEFORE.search(folded[: m.start()])
            if left is not None:
                return left.start(1), left.end(1), m.start(), m.end()
    return None
