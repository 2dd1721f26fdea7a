"""When two ad texts carry one message: the same sentences in a different order.

Word-level similarity misses a swap ("Groups of 6. First lesson free." against "First lesson
free. Groups of 6."): the words match but their order does not, yet a reader takes away the
same two facts, so an A/B test between them tests nothing.  Texts are compared as sets of
sentences; the last sentence (the call to action) may differ when at least two other
sentences remain, since a new button line alone does not make a new message.  Two facts
joined by a colon count as two statements, so "A: b." against "B. A." is a swap too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from adsage.drafting.offline.hygiene import no_currency
from adsage.models.plan import CopyDraft

# Sentence ends, and a colon that joins two statements ("Free first lesson: groups of 6").
_SENTENCE = re.compile(r"(?<=[.!?…:])\s+")
_EDGE = " .!?…:;,–—-\"'„”“"


def sentence_set(text: str) -> tuple[str, ...]:
    """The text's sentences in comparable form (case, spacing and end marks ignored)."""
    parts = (" ".join(s.casefold().split()).strip(_EDGE) for s in _SENTENCE.split(text))
    return tuple(p for p in parts if p)


def reordered(a: str, b: str, ignore: Sequence[str] = ()) -> bool:
    """Whether ``a`` and ``b`` say the same sentences, in any order (the closing line of
    each may differ when two or more sentences come before it).  Sentences of ``ignore``
    (the season's line, which only one draft has) do not count as a message of their own."""
    skip = {p for s in ignore for p in sentence_set(s)}
    x = tuple(p for p in sentence_set(a) if p not in skip)
    y = tuple(p for p in sentence_set(b) if p not in skip)
    if not x or not y:
        return False
    if set(x) == set(y):
        return True
    return len(x) >= 3 and len(y) >= 3 and set(x[:-1]) == set(y[:-1])


def repeats(text: str, drafts: Sequence[CopyDraft], ignore: Sequence[str] = ()) -> bool:
    """Whether ``text`` is an earlier draft's primary text again, whatever the order, and
    whatever sentences of ``ignore`` either adds."""
    return any(reordered(text, d.primary_text, ignore) for d in drafts)


def lead_fact(text: str, facts: Sequence[str]) -> str:
    """The brief fact a text brings first (found by its opening words, which survive
    shortening), or ``""`` when it brings none."""
    low = " ".join(no_currency(text).casefold().split())
    best: tuple[int, str] | None = None
    for fact in facts:
        # "249 USD" in the brief is "$249" in an English ad: the amount is the same fact
        probe = " ".join(no_currency(fact).casefold().split()[:3])
        at = low.find(probe) if probe else -1
        if at >= 0 and (best is None or at < best[0]):
            best = (at, fact)
    return best[1] if best else ""


def carries(draft: CopyDraft, offer: str) -> bool:
    """Whether the draft names the offer anywhere (text, headline or description)."""
    text = f"{draft.primary_text} {draft.headline} {draft.description}"
    return bool(offer) and bool(lead_fact(text, [offer]))
