"""The parts of a goal after its main target: "15 000 signatures and reach 400 000 people".

A client often names two results in one sentence. The parser keeps one main target (the one
the checks judge); the others are kept here so the plan shows a KPI row for each, marked as
the client's, and says how it is measured, instead of claiming the brief set no target.

Also: "Clear 1,200 jackets with ROAS of 6 or better" counts jackets (sold items) under a ROAS
floor; the ROAS pairs more tightly with its number, yet it is the floor, not the target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from adsage.checks.goal.constraints import Constraint
from adsage.checks.goal.lexicon import Lexicon, Mention
from adsage.checks.goal.numbers import Quantity
from adsage.checks.goal.pairing import counted_span, pair_quantity

Pair = tuple[Quantity, Mention, str]

# "20% of installers completing a profile" / "20% instalujących": a share of a counted result
_SHARE_OF = re.compile(r"\s*(?:of(?:\s+(?:the|all))?|z|ze|sposrod|wsrod)\s+")
_CLAUSE_END = re.compile(r"[,.;:()]|\s(?:and|or|i|oraz|lub|by|before|until|do|przed)\s")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class GoalPart:
    """One more metric+target the goal names next to its main one.

    ``metric`` is a lexicon metric, or ``"step_rate"`` for a share of a counted result that
    Ads Manager sees only through an event ("20% of installers completing a profile");
    ``base`` is then the result it is a share of and ``text`` the client's words for it."""

    metric: str
    target: float
    target_kind: Literal["absolute", "percent"]
    text: str
    base: str | None = None


def count_before_roas(
    masked: str, pair: Pair | None, candidates: list[Quantity], mentions: list[Mention]
) -> Pair | None:
    """ "Clear 1,200 jackets in January with ROAS of 6 or better": when the tightest pair is
    a ROAS and a whole count of named things stands before it, the count is the target (items
    sold, counted as purchases) and the ROAS stays a floor (read by the constraints)."""
    if pair is None or pair[2] != "roas":
        return None
    for q in candidates:
        if q.kind != "plain" or not float(q.value).is_integer() or q.value < 2:
            continue
        if q.end > pair[1].start:  # "ROAS 6 on 40 orders" is no count of items
            continue
        span = counted_span(masked, q, mentions)
        if span is not None:
            return q, Mention(span[0], span[1], "purchases", True), "purchases"
    return None


def _spans(text: str, found: tuple[Constraint, ...]) -> list[tuple[int, int]]:
    out = []
    for c in found:
        at = text.find(c.text) if c.text else -1
        if at >= 0:
            out.append((at, at + len(c.text)))
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _clause(text: str, masked: str, start: int, end: int) -> str:
    """The client's words from ``start`` to the end of their clause (at most five words)."""
    stop = _CLAUSE_END.search(masked, end)
    limit = stop.start() if stop else len(masked)
    words = [w for w in _WORD.finditer(masked, end, limit)][:5]
    return text[start : words[-1].end() if words else end].strip()


def more_targets(
    text: str,
    masked: str,
    lex: Lexicon,
    candidates: list[Quantity],
    mentions: list[Mention],
    pair: Pair | None,
    found: tuple[Constraint, ...],
    skip: list[Mention],
) -> tuple[GoalPart, ...]:
    """Every other (quantity, result) pair of the goal, in order: counts ("400 000" reached,
    "50 000" video views) and shares of a counted result. Money, cost caps, ROAS floors and
    the main target are read elsewhere and never repeated here."""
    if pair is None:
        return ()
    spans = _spans(text, found)
    free = [
        m
        for m in mentions
        if m.metric is not None
        and not m.weak
        and m.start != pair[1].start
        and m not in skip
        and not _inside(m.start, spans)
        and lex.kind(m.metric) in {"count", "rate"}
    ]
    parts: list[GoalPart] = []
    for q in candidates:
        if q is pair[0] or q.kind not in {"plain", "percent"} or _inside(q.start, spans):
            continue
        of = _SHARE_OF.match(masked, q.end) if q.kind == "percent" else None
        if of is not None:
            base = next((m for m in free if m.start == of.end()), None)
            if base is not None and base.metric and lex.kind(base.metric) == "count":
                words = _clause(text, masked, base.start, base.end)
                parts.append(GoalPart("step_rate", q.value, "percent", words, base.metric))
                free.remove(base)
                continue
        hit = pair_quantity(masked, lex, [q], free)
        if hit is None:
            continue
        kind = lex.kind(hit[2])
        if kind not in {"count", "rate"} or (kind == "count" and q.kind != "plain"):
            continue
        lo, hi = min(q.start, hit[1].start), max(q.end, hit[1].end)
        tkind: Literal["absolute", "percent"] = "percent" if q.kind == "percent" else "absolute"
        parts.append(GoalPart(hit[2], q.value, tkind, text[lo:hi].strip()))
        free.remove(hit[1])
    return tuple(parts)
