"""Constraints a client sets next to the target: cost caps and ROAS floors.

"Get 120 demos at under $150 per demo" has a target (120 demos) and a cap ($150 per demo);
the cap is kept verbatim in rewrites and compared with the market and the budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from adsage.checks.goal.lexicon import Lexicon, Mention
from adsage.checks.goal.numbers import Quantity

_WORD = re.compile(r"\w+")
DECREASE = re.compile(
    r"(?<!\w)(?:reduc\w*|lower\w*|cut\w*|decreas\w*|drop\w*|below|under|less\s+than|at\s+most"
    r"|no\s+more\s+than|max(?:imum)?|maks\w*|cap\w*|halv\w*|obniz\w*|zmniejsz\w*|zreduk\w*|redukc\w*"
    r"|ponizej|mniej\s+niz|maksymalnie|najwyzej|nie\s+wiecej\s+niz|spad\w*|o\s+polowe)(?!\w)"
)
# Count metric -> the cost metric a "$150 per demo" cap constrains.
_COST_OF = {"purchases": "cpa", "leads": "cpl", "installs": "cpi", "clicks": "cpc"}
COST_OF = _COST_OF
# "20 EUR per registration" caps a sign-up's cost: CPA, as "cost per registration" reads
_CAP_PER = {**_COST_OF, "signups": "cpa"}
PER = re.compile(r"^\s*(?:per|a|each|for\s+each|za|na|/)\s*$")
# "200 enquiries at under 40 GBP each" / "po 40 zł za sztukę": the money after a count caps
# the cost of that count's own result, with no result word after it
EACH = re.compile(
    r"\s*(?:each|apiece|a\s+piece|per\s+(?:one|head)|for\s+each|za\s+sztuke|za\s+kazd\w+"
    r"|kazd[aey])(?!\w)(?!\s+(?:of\s+)?\w*(?:\d))"
)
_CAP_KINDS = {("cost", "money"), ("cost", "plain"), ("ratio", "plain"), ("ratio", "multiplier")}
_AT_LEAST = re.compile(
    r"(?<!\w)(?:at\s+least|above|over|min(?:imum)?|co\s+najmniej|minimum|powyzej|ponad)(?!\w)"
)


@dataclass(frozen=True)
class Constraint:
    """A limit the client sets next to the target: a cost cap ("CPI below $2.50", "under
    $150 per demo") or a ROAS floor ("ROAS of at least 4"); kept verbatim in rewrites.
    A plain dataclass: the goal checker starts without pydantic, which still validates and
    serialises it inside :class:`~adsage.checks.goal.checker.GoalReport`."""

    metric: str
    value: float
    bound: Literal["max", "min"]
    currency: str | None = None
    per: str | None = None
    text: str = ""


def gap_words(masked: str, a: int, b: int) -> int:
    return len(_WORD.findall(masked[a:b])) if b > a else 0


def find_constraints(
    text: str,
    masked: str,
    lex: Lexicon,
    qs: list[Quantity],
    mentions: list[Mention],
    own: str | None = None,
) -> tuple[Constraint, ...]:
    """Cost caps and ROAS floors among the quantities the target did not use; ``own`` is the
    result the goal counts, whose cost "<money> each" caps."""
    out: list[Constraint] = []
    used: set[int] = set()
    for q in qs:
        each = own in _CAP_PER and EACH.match(masked, q.end)
        if q.kind == "money" and each and _capped(masked, q):
            out.append(_each(text, masked, q, own or ""))
            continue
        best: tuple[int, Mention, str, str | None] | None = None
        for mn in mentions:
            if mn.metric is None or id(mn) in used:
                continue
            kind = lex.kind(mn.metric)
            metric, per = mn.metric, None
            if kind == "count" and q.kind == "money" and mn.start >= q.end:
                # "$150 per demo": money, then per/za, then a count metric
                if not PER.match(masked[q.end : mn.start]) or mn.metric not in _CAP_PER:
                    continue
                metric, per = _CAP_PER[mn.metric], mn.metric if mn.metric in _COST_OF else None
            elif (kind, q.kind) not in _CAP_KINDS:
                continue
            lo, hi = (mn.end, q.start) if mn.end <= q.start else (q.end, mn.start)
            gap = gap_words(masked, lo, hi)
            if gap > 4 or (best is not None and gap >= best[0]):
                continue
            best = (gap, mn, metric, per)
        if best is None:
            continue
        _, mn, metric, per = best
        used.add(id(mn))
        lo, hi = min(q.start, mn.start), max(q.end, mn.end)
        window = masked[max(0, lo - 25) : hi]
        if lex.kind(metric) == "ratio":
            bound = "min"
        else:
            bound = "min" if _AT_LEAST.search(window) and not DECREASE.search(window) else "max"
        out.append(
            Constraint(
                metric=metric,
                value=q.value,
                bound=bound,  # type: ignore[arg-type]
                currency=q.currency,
                per=per,
                text=text[lo:hi].strip(),
            )
        )
    return tuple(out)


def _capped(masked: str, q: Quantity) -> bool:
    """A cap word right before the money ("under 40 GBP each"); "at 25 EUR each" is a price."""
    before = masked[max(0, q.start - 22) : q.start]
    return bool(DECREASE.search(before)) and len(_WORD.findall(before)) > 0


def _each(text: str, masked: str, q: Quantity, own: str) -> Constraint:
    """ "at under 40 GBP each": a most-per-result on the goal's own result (a floor only
    where the words say "at least" and no "under")."""
    each = EACH.match(masked, q.end)
    end = each.end() if each else q.end
    window = masked[max(0, q.start - 25) : end]
    bound = "min" if _AT_LEAST.search(window) and not DECREASE.search(window) else "max"
    return Constraint(
        metric=_CAP_PER[own],
        value=q.value,
        bound=bound,  # type: ignore[arg-type]
        currency=q.currency,
        per=own if own in _COST_OF else None,
        text=text[q.start : end].strip(),
    )
