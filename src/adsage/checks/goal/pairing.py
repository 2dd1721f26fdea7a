"""Pairing a goal's numbers with its metric words, and telling a target from a cost cap.

"60 customers ..., cost per booking under 35 EUR" pairs 35 with the cost more tightly, yet
the count of customers is the target and the cost caps each of them; "leads at a cost per
lead under 45 EUR" names no count, so its number caps a cost. The result a "20 EUR per
registration" clause prices is the cap's unit, never the main clause's target: "Register 150
new patients" counts registrations because of its verb, not because of the cap. Kept apart
from the parser's pipeline (:mod:`adsage.checks.goal.parse`) so each reads in one sitting.
"""

from __future__ import annotations

import re

from adsage.checks.goal.constraints import COST_OF, PER, gap_words
from adsage.checks.goal.lexicon import Lexicon, Mention
from adsage.checks.goal.numbers import Quantity

MAX_GAP_WORDS = 6
_WORD = re.compile(r"\w+")
_AT_COST = re.compile(r"(?<!\w)(?:at|with|przy)\s+(?:an?\s+)?$")
# the result a cost metric prices: "cost per booking" (CPA) prices a purchase
_RESULT_OF = {cost: result for result, cost in COST_OF.items()}
_KIND_OK = {
    "count": {"plain", "percent", "multiplier"},
    "money": {"money", "plain", "percent", "multiplier"},
    "cost": {"money", "plain", "percent", "multiplier"},
    "rate": {"percent", "plain", "multiplier"},
    "ratio": {"plain", "multiplier", "percent"},
}


def pair_quantity(
    masked: str, lex: Lexicon, qs: list[Quantity], mentions: list[Mention]
) -> tuple[Quantity, Mention, str] | None:
    """The (quantity, mention, metric) pair with the fewest words between them."""
    best: tuple[tuple[int, int], Quantity, Mention, str] | None = None
    for q in qs:
        for mn in mentions:
            if mn.metric is None:
                continue
            metric = mn.metric
            if q.kind == "money" and lex.kind(metric) == "count":
                if metric != "purchases" or mn.weak:
                    continue
                metric = "revenue"
            elif q.kind not in _KIND_OK[lex.kind(metric)]:
                continue
            before = mn.end <= q.start
            gap = (
                gap_words(masked, mn.end, q.start) if before else gap_words(masked, q.end, mn.start)
            )
            if gap > MAX_GAP_WORDS:
                continue
            score = (gap + (1 if before else 0) + (3 if mn.weak else 0), min(q.start, mn.start))
            if best is None or score < best[0]:
                best = (score, q, mn, metric)
    return None if best is None else (best[1], best[2], best[3])


def cap_clause(
    masked: str, lex: Lexicon, pair: tuple[Quantity, Mention, str], ms: list[Mention]
) -> bool:
    """ "Get leads at a cost per lead under 45 EUR": the number caps the cost of the leads
    named before it; it is not a CPL target (the goal names no count of leads)."""
    q, mn, metric = pair
    if lex.kind(metric) != "cost" or q.kind not in {"money", "plain"}:
        return False
    if not _AT_COST.search(masked[max(0, mn.start - 10) : mn.start]):
        return False
    return any(m.metric and COST_OF.get(m.metric) == metric and m.end <= mn.start for m in ms)


def count_under_cap(
    masked: str,
    lex: Lexicon,
    pair: tuple[Quantity, Mention, str],
    qs: list[Quantity],
    mentions: list[Mention],
) -> tuple[Quantity, Mention, str] | None:
    """ "60 new customers ..., cost per booking under 35 EUR": the cost pairs more tightly,
    but the count of customers before it is the target and the cost caps each of them. The
    count is priced as the result the cost names (a booking is a purchase, a lead a lead)."""
    q, mn, metric = pair
    base = _RESULT_OF.get(metric)
    if base is None or lex.kind(metric) != "cost":
        return None
    for q2 in qs:
        if q2 is q or q2.kind != "plain" or q2.end > mn.start or not float(q2.value).is_integer():
            continue
        named = next(
            (
                m
                for m in mentions
                if m.metric is None
                and q2.end <= m.start
                and gap_words(masked, q2.end, m.start) <= 3
            ),
            None,
        )
        if named is not None and named.end <= mn.start:
            return q2, named, base
        # "Book 120 initial assessments at a cost per lead below 25 GBP": a count of a noun
        # the lexicon does not know, capped by the cost of a result it does: the count is of
        # that result, named in the client's words, and the cost caps each of them
        span = counted_span(masked, q2, mentions)
        if span is not None and span[1] <= mn.start and not _is_named(span, mentions):
            return q2, Mention(span[0], span[1], base, False), base
    return None


def _is_named(span: tuple[int, int], mentions: list[Mention]) -> bool:
    return any(m.start < span[1] and span[0] < m.end for m in mentions)


def counted_span(masked: str, q: Quantity, mentions: list[Mention]) -> tuple[int, int] | None:
    """Where the words a count names stand (see :func:`counted_words`), for a count followed
    by no result word: up to two words, none of them a joining word or a metric word."""
    from adsage.checks.goal.parse import _NOT_A_UNIT, _UNIT_STOP

    words: list[re.Match[str]] = []
    last = q.end
    for w in _WORD.finditer(masked, q.end):
        gap, last = masked[last : w.start()], w.end()
        if not w.group().isalpha() or w.group() in _UNIT_STOP or gap.strip(" -") or len(words) > 1:
            break
        if any(m.start <= w.start() < m.end for m in mentions):
            return None
        if words or w.group() not in _NOT_A_UNIT:
            words.append(w)
    return (words[0].start(), words[-1].end()) if words else None


def priced_units(masked: str, qs: list[Quantity], mentions: list[Mention]) -> list[Mention]:
    """Result words in a "<money> per X" / "<kwota> za X" clause: X is what a cost cap prices,
    so it never takes the main clause's count as its target."""
    return [
        mn
        for mn in mentions
        if mn.metric is not None
        and any(
            q.kind == "money" and q.end <= mn.start and PER.match(masked[q.end : mn.start])
            for q in qs
        )
    ]


def count_priced(
    masked: str, lex: Lexicon, qs: list[Quantity], priced: list[Mention]
) -> tuple[Quantity, Mention, str] | None:
    """ "Get 150 new pet patients at under 20 EUR per registration": no result word stands by
    150, but the cap prices registrations, so the client's count is of them (a patient is
    registered once). Only when the main clause named no result (the caller tries it first)."""
    for mn in priced:
        if mn.metric is None or lex.kind(mn.metric) != "count":
            continue
        money = [q for q in qs if q.kind == "money" and q.end <= mn.start]
        if not money:
            continue
        for q in qs:
            if q.kind == "plain" and q.end <= money[-1].start and float(q.value).is_integer():
                return q, mn, mn.metric
    return None


def counted_words(
    text: str,
    masked: str,
    q: Quantity,
    mentions: list[Mention],
    stop: frozenset[str],
    skip: frozenset[str],
) -> str | None:
    """The words right after a count that the lexicon does not read ("200 test rides
    booked" -> "test rides"): up to two, to the first joining word (a third is usually a
    verb or an adjective of what follows); None when a vague word stands there (its own
    message explains it) or no word follows. ``stop`` ends the name (joining words), ``skip``
    words are no part of it ("new", "more")."""
    words: list[re.Match[str]] = []
    last = q.end
    for w in _WORD.finditer(masked, q.end):
        gap, last = masked[last : w.start()], w.end()
        if not w.group().isalpha() or w.group() in stop or gap.strip(" -") or len(words) > 1:
            break
        if any(m.start <= w.start() < m.end for m in mentions):
            return None
        if words or w.group() not in skip:  # "200 new test rides" names "test rides"
            words.append(w)
    return text[words[0].start() : words[-1].end()] if words else None


def hired_count(
    masked: str,
    lex: Lexicon,
    qs: list[Quantity],
    pair: tuple[Quantity, Mention, str] | None,
    lang: str,
) -> tuple[Quantity, Mention, str] | None:
    """ "Zatrudnić 25 pielęgniarek", "hire 12 electricians": a count of hires, a step after
    the application, which is the lead: the count is read as leads (the step's own checks
    then name it as hires), never as a number that counts nothing. A count the goal already
    pairs with a result word ("recruit 200 candidates") stays as it is."""
    after = lex.data.after_lead
    if after is None or (pair is not None and pair[2] == "leads" and not pair[1].weak):
        return None
    for key, step in after.steps.items():
        if not step.verb:
            continue
        hit = lex.step_count(masked, lang, key)
        if hit is None:
            continue
        q = next((q for q in qs if q.start == hit[0] and q.kind == "plain"), None)
        # a result word elsewhere keeps its own count ("hire 5 people to sell 500 boxes")
        if q is not None and (pair is None or pair[1].weak or pair[0] is q):
            return q, Mention(hit[2], hit[3], "leads", False), "leads"
    return None
