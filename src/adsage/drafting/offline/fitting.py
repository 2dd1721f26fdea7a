"""Fitting a draft's lines to a length: which lines to keep, shorten or drop.

The copywriter renders every alternative of every line at every shortening level; this
module picks the most valuable combination that fits, so the persona's angle and the
brief's richest fragments survive and the body is cut only when nothing else fits.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from adsage.drafting.offline.hygiene import (
    broken_cut,
    capitalise,
    end_sentence,
    length,
    tidy,
    trim_words,
)
from adsage.drafting.offline.phrases import Line, fill, first_filled, slots_of

# Worth of a kept line by priority; lines carrying the persona's angle are worth more.
_WEIGHT = {0: 20.0, 1: 8.0, 2: 5.0, 3: 3.0}
# Slots an angle is carried by besides the brief facts that serve the persona (see focus).
ANGLE_SLOTS = {
    "value": frozenset({"offer_deadline", "offer_ends"}),
    "quality": frozenset(),
    "trust": frozenset(),
    "experience": frozenset({"interest", "Interest", "payoff"}),
}
# The angle's own lines: they carry it when no brief fact serves the persona.
ANGLE_LINES = frozenset({"hook", "problem", "agitate", "before", "after"})
# A line that restates the headline wastes the ad's second field.
_ECHO_COST = 12.0
_LEVEL_COST = 3.0
_BARE = re.compile(r"\{(?:name|product|brand)\}\.?")
_BARE_WORTH = 0.15
_STOCK = re.compile(r"\{[Pp]ayoff\}")
_STEP_COST = 0.2


def fit_primary(
    lines: list[Line],
    levels: list[dict[str, str]],
    limit: int,
    on: frozenset[str],
    need: bool = False,
    headline: str = "",
    ban: str = "",
) -> str:
    """The most valuable combination of lines that fits: every line at its richest, dropped
    or shortened by as little as possible, brief fragments cut only when nothing else fits.
    ``on``: the slots that carry the persona's angle; a line restating ``headline`` is worth
    less, so the text adds to the headline rather than repeating it.  ``ban``: the ad's own
    headline, which no line may contain: one ad saying the same words twice wastes a field."""
    head = _plain_key(headline).rstrip(".!?")
    banned = _plain_key(ban).rstrip(".!?") if len(ban.split()) >= 2 else ""
    best: tuple[tuple[bool, float, int], list[str]] | None = None
    previous: dict[str, str] | None = None
    for level, slots in enumerate(levels):
        if slots == previous:
            continue  # capping changed nothing at this level
        previous = slots
        # the close is the ad's call to action: it stays whatever the headline says
        last = len(lines) - 1
        options = [
            _options(line, slots, on, head, "" if i == last else banned)
            for i, line in enumerate(lines)
        ]
        for combo in itertools.product(*options):
            parts = [text for text, _, _ in combo if text]
            if _repeats(parts):
                continue
            size = sum(length(p) for p in parts) + max(0, len(parts) - 1)
            if size > limit:
                continue
            # with ``need``, a draft written for an angle carries it (a "value" persona's
            # draft names the offer) whenever some combination that does so fits
            carries = need and any(on for _, _, on in combo)
            key = (carries, sum(worth for _, worth, _ in combo) - _LEVEL_COST * level, size)
            if best is None or key > best[0]:
                best = (key, parts)
    if best is not None:
        return tidy(" ".join(best[1]))
    return _cut_body(lines, levels[-1], limit)


def _probe(head: str) -> str:
    """The headline's opening words, which a shortened restatement keeps."""
    return " ".join(head.split()[:3])


def _repeats(parts: list[str]) -> bool:
    """Whether one line restates another ("Boards by X." next to "Boards."), also when the
    repeated sentence is one of several in a line ("Plans. That is it." + "X: plans.")."""
    bare = [p.casefold().rstrip(".!?") for p in parts]
    for i, a in enumerate(bare):
        sentences = [s.strip() for s in re.split(r"[.!?:]\s", a) if len(s.strip()) >= 12]
        for j, b in enumerate(bare):
            if i != j and (a in b or any(s in b for s in sentences)):
                return True
    return False


def _options(
    line: Line, slots: dict[str, str], angle: frozenset[str], head: str, banned: str = ""
) -> list[tuple[str, float, bool]]:
    """Each available alternative with its worth and whether it carries the persona's angle,
    plus leaving the line out if allowed (or when every alternative contains ``banned``)."""
    base = _WEIGHT.get(line.priority, 2.0)
    out: list[tuple[str, float, bool]] = []
    for step, template in enumerate(line.alternatives):
        text = fill(template, slots) if template else None
        if not text or (banned and _restates(text, banned)):
            continue
        on = bool(angle.intersection(slots_of(template)))
        bonus = 4.0 if on else 0.0
        # A bare name as a sentence ("Słówko.") says nothing, and a stock payoff ("The
        # result: clear terms.") says little: both only fill a gap the brief cannot.
        stock = _BARE.fullmatch(template) or _STOCK.search(template)
        worth = base * _BARE_WORTH if stock else base
        if head and _probe(head) in _plain_key(text):
            worth -= _ECHO_COST
        out.append((text, worth + bonus - _STEP_COST * step, on))
    if line.priority > 0 or not out:
        out.append(("", 0.0, False))  # a kept line whose every form repeats the headline goes
    return out


def _restates(text: str, banned: str) -> bool:
    """Whether a line contains the headline, or one of its sentences is a shortened form of
    it ("Taster lectures." under the headline "Taster lectures on the day")."""
    low = _plain_key(text)
    if banned in low:
        return True
    sentences = (s.strip(" .!?:") for s in re.split(r"[.!?:]\s", low))
    return any(len(s.split()) >= 2 and s in banned for s in sentences)


def _cut_body(lines: list[Line], slots: dict[str, str], limit: int) -> str:
    """Nothing fits even with the shortest fragments: keep the close, cut the body before it."""
    closing = first_filled(list(reversed(lines[-1].alternatives)), slots) or ""
    body = " ".join(t for line in lines[:-1] if (t := first_filled(list(line.alternatives), slots)))
    room = limit - length(closing) - 1
    cut = end_sentence(trim_words(body, room)) if room > 10 else ""
    text = tidy(f"{cut} {closing}".strip())
    return text if length(text) <= limit else end_sentence(trim_words(text, limit - 1))


def _echoes(text: str, banned: set[str]) -> bool:
    """Whether ``text`` is, or is a shortened form of, one of the ``banned`` texts (compared
    with spaces normalised: a finished headline carries typography's no-break spaces)."""
    low = _plain_key(text)
    return any(low == b or low in b for b in banned)


def _plain_key(text: str) -> str:
    return " ".join(text.casefold().split())


def fit_short(
    templates: list[str], levels: list[dict[str, str]], limit: int, avoid: Sequence[str]
) -> str:
    banned = {_plain_key(a) for a in avoid}
    whole = [v for v in levels[0].values() if v]  # the brief's facts, uncut
    for slots in levels:
        for template in templates:
            text = fill(template, slots)
            if not text or length(text) > limit or _echoes(text, banned):
                continue
            if not broken_cut(text, whole):
                return text
    # Nothing fits whole: the brand (the page name) rather than a phrase cut mid-way.
    return trim_words(levels[-1]["brand"], limit)


def product_heads(product: str, places: Sequence[str]) -> list[str]:
    """Headlines from the brief's own words for when the fact lines have run out: each part
    of the product ("Wymiana opon") with the brief's place ("Wymiana opon – Rzeszów"), then
    alone.  A plan whose ads share one headline tests nothing between them, and these say
    only what the brief says (both names stay in the nominative: no declension needed)."""
    parts = [p.strip() for p in product.split(",") if p.strip()]
    parts = [capitalise(p) for p in parts if len(parts) > 1]
    place = places[0] if places else ""
    placed = [f"{p} – {place}" for p in parts if place and place.casefold() not in p.casefold()]
    return [*placed, *parts]
