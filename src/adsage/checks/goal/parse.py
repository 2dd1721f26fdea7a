"""Turn one goal sentence (EN or PL) into a structured :class:`ParsedGoal`, deterministically.

Parsing is a small pipeline over folded text: find time expressions first and blank them out
(so "24 grudnia" or "Q3 2027" never become targets), find quantities and metric words, then
pair each quantity with the nearest compatible metric word. Pairing by distance rather than by
grammar is what lets one parser serve two languages with different word order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from adsage.checks.goal.constraints import (
    DECREASE,
    Constraint,
    find_constraints,
    gap_words,
)
from adsage.checks.goal.dates import DateHit, find_dates
from adsage.checks.goal.lexicon import Lexicon, Mention, fold, load_lexicon
from adsage.checks.goal.more import GoalPart, count_before_roas, more_targets
from adsage.checks.goal.numbers import Quantity, find_quantities
from adsage.checks.goal.pairing import (
    cap_clause,
    count_priced,
    count_under_cap,
    counted_words,
    hired_count,
    pair_quantity,
    priced_units,
)
from adsage.checks.goal.verbs import event_pair
from adsage.lang.dates import today as calendar_today
from adsage.lang.detect import Lang as Lang
from adsage.lang.detect import detect_lang as detect_lang
from adsage.lang.detect import normalize_lang as normalize_lang

TargetKind = Literal["absolute", "percent", "multiplier"]
Direction = Literal["increase", "decrease", "reach"]

MAX_CHARS = 2000  # a goal is a sentence or two; longer input is read only this far

_BUDGET_LEFT = re.compile(
    r"(?:budget|budze\w*|spend\w*|wyda\w*|invest\w*|inwest\w*)(?:\s+\w+){0,2}\s*[:=]?\s*$"
)
_BUDGET_RIGHT = re.compile(r"^\s*(?:\w+\s+)?(?:budget|budze\w*|ad\s+spend)")
_INCREASE = re.compile(
    r"(?<!\w)(?:increas\w*|grow\w*|boost\w*|rais\w*|improv\w*|more|up|doubl\w*|tripl\w*|lift\w*"
    r"|zwieksz\w*|podnie\w*|podwyz\w*|wzrost\w*|wzros\w*|popraw\w*|wiecej|podwoi\w*|potroi\w*"
    r"|dwukrotn\w*|trzykrotn\w*|rozwin\w*|powiekszy\w*)(?!\w)"
)
_WORD = re.compile(r"\w+")
# "Raise 15,000 GBP from 400 donors", "400 orders worth 30,000 EUR": money the count adds up to
_VALUE_CUE = re.compile(
    r"(?<!\w)(?:rais\w*|collect\w*|generat\w*|worth|totall?ing|zebra\w*|zbier\w*|uzbiera\w*"
    r"|zgromadz\w*|o\s+(?:lacznej\s+)?wartosci|na\s+(?:laczna\s+)?kwote|za\s+(?:laczna\s+)?kwote)"
    r"(?:\s+\w+){0,2}\s*$"
)
# the words that end the name of what a sales target counts ("2000 pączków w przedsprzedaży")
_UNIT_STOP = frozenset({
    "in", "on", "at", "by", "for", "from", "to", "with", "as", "via", "through", "during",
    "before", "until", "within", "per", "and", "or", "of", "the", "a", "an", "this", "next",
    "each", "w", "we", "na", "do", "z", "ze", "od", "przez", "dla", "po", "przy", "za", "i",
    "oraz", "lub", "o", "u",
})  # fmt: skip
_NOT_A_UNIT = frozenset({"more", "new", "online", "additional", "extra", "wiecej", "nowych"})
# "the 12-week programme (349 GBP)", "program za 349 zł", "the 349 GBP programme": a price, never
# a target; "at 20 EUR per lead" / "30 zł za lead" is a cost cap, which the words after it say
_PRICE_LEFT = re.compile(
    r"(?:\(|(?<!\w)(?:at|for|za|po|cost|costs|costing|priced\s+at|price|prices|priced|cena|cenie"
    r"|cene|kosztuj\w*|w\s+cenie|o\s+cenie|w\s+kwocie))\s*$"
)
_UNIT_COST_RIGHT = re.compile(r"\s*(?:per|a|an|each|for\s+each|za|na|/)\s")
_FROM = re.compile(r"(?<!\w)(?:from|z|ze|od)\s+$")
_TO = re.compile(r"\s+(?:to|do)\s+")


@dataclass(frozen=True)
class ParsedGoal:
    """What the goal says, in canonical form; fields are None when the text does not say.

    A plain dataclass, so ``check goal`` starts without pydantic; a
    :class:`~adsage.checks.goal.checker.GoalReport` still validates and serialises it."""

    metric: str | None = None
    metric_text: str | None = None
    target: float | None = None
    target_kind: TargetKind | None = None
    direction: Direction | None = None
    deadline: date | None = None
    period_days: int | None = None
    period_text: str | None = None
    period_kind: Literal["deadline", "window", "rate"] | None = None
    lang: Lang = "en"
    currency: str | None = None
    budget: float | None = None
    budget_currency: str | None = None
    vague_terms: tuple[str, ...] = ()
    vague_hint: str | None = None
    vague_time: str | None = None
    truncated: bool = False
    constraints: tuple[Constraint, ...] = ()
    value_target: float | None = None
    value_currency: str | None = None
    unit_kind: Literal["items"] | None = None
    unit_text: str | None = None
    # a share of results ("udział rezerwacji bezpośrednich"), never a count: its percentages
    # live here, not in ``target`` (see :mod:`adsage.checks.goal.share`)
    share_text: str | None = None
    share_from: float | None = None
    share_to: float | None = None
    share_change: float | None = None
    # the words a count names when none of them is a result the lexicon knows ("200 test
    # rides"): the check names them and asks which result they are, never drops them
    count_text: str | None = None
    more: tuple[GoalPart, ...] = ()  # its other targets ("... and reach 400 000 people")


def _mask(folded: str, hits: list[DateHit]) -> str:
    chars = list(folded)
    for h in hits:
        chars[h.start : h.end] = " " * (h.end - h.start)
    return "".join(chars)


def _is_budget(masked: str, q: Quantity) -> bool:
    return bool(
        _BUDGET_LEFT.search(masked[max(0, q.start - 30) : q.start])
        or _BUDGET_RIGHT.match(masked[q.end : q.end + 30])
    )


def _is_price(masked: str, q: Quantity, lex: Lexicon, mentions: list[Mention]) -> bool:
    """A money amount that says what something costs, not what the goal should reach: in
    brackets or after "for/za/priced at", or naming a product ("the 349 GBP programme").
    Never a cost or money metric's own figure ("keep CPA at 25 EUR")."""
    if q.kind != "money" or _UNIT_COST_RIGHT.match(masked, q.end):
        return False
    near = [m for m in mentions if m.end <= q.start and gap_words(masked, m.end, q.start) <= 4]
    if any(m.metric and lex.kind(m.metric) != "count" for m in near):
        return False
    if _VALUE_CUE.search(masked[max(0, q.start - 40) : q.start]):
        return False  # "Zebrać 50 000 zł darowizn": money the goal raises
    if _PRICE_LEFT.search(masked[max(0, q.start - 14) : q.start]):
        return True
    nxt = _WORD.match(masked, q.end + 1) if masked[q.end : q.end + 1] == " " else None
    return bool(
        nxt
        and nxt.group().isalpha()
        and nxt.group() not in _UNIT_STOP
        and not any(m.start <= nxt.start() < m.end for m in mentions)
    )


def _baseline(masked: str, qs: list[Quantity]) -> Quantity | None:
    """In "from 2,000 to 3,000" / "z 2 000 do 3 000" the first number is the starting point."""
    for a, b in zip(qs, qs[1:], strict=False):
        if _FROM.search(masked[max(0, a.start - 6) : a.start]) and _TO.fullmatch(
            masked[a.end : b.start]
        ):
            return a
    return None


def _items(text: str, masked: str, q: Quantity, mn: Mention, mentions: list[Mention]) -> str | None:
    """What a sales target counts when it is a product, not an order: "Sprzedać 2000 pączków"
    counts doughnuts, while Meta counts purchases (orders) of any size. None for orders."""
    if mn.start >= q.end:  # "2000 orders", "150 pairs": the counted word is the metric's own
        return text[mn.start : mn.end] if mn.weak else None
    words: list[re.Match[str]] = []
    for w in _WORD.finditer(masked, q.end):
        gap = masked[words[-1].end() if words else q.end : w.start()]
        if not w.group().isalpha() or w.group() in _UNIT_STOP or gap.strip(" -") or len(words) > 2:
            break
        hit = next((m for m in mentions if m.start <= w.start() < m.end), None)
        if hit is not None and (hit.metric != "purchases" or not hit.weak):
            if hit.metric == "purchases":
                return None  # "Sell 400 orders"
            break
        words.append(w)
        if hit is not None:
            break  # a weak unit word ("units", "sztuk") ends the name
    words = [w for w in words if w.group() not in _NOT_A_UNIT] if words else []
    return text[words[0].start() : words[-1].end()] if words else None


def _direction(masked: str, lo: int, q: Quantity, kind: str, relative: bool = True) -> Direction:
    window = masked[max(0, lo - 40) : q.end]
    cues = [(m.end(), "decrease") for m in DECREASE.finditer(window)]
    cues += [(m.end(), "increase") for m in _INCREASE.finditer(window)]
    if q.kind == "multiplier" and relative:
        return "decrease" if q.value < 1 else "increase"
    if cues:
        return "decrease" if max(cues)[1] == "decrease" else "increase"
    if kind == "cost":
        return "decrease"
    return "increase" if q.kind == "percent" else "reach"


def _target_kind(masked: str, q: Quantity, kind: str) -> tuple[TargetKind, float]:
    if q.kind == "percent":
        before = _WORD.findall(masked[max(0, q.start - 12) : q.start])
        relative = bool(before) and before[-1] in {"by", "o"}
        return ("percent" if relative or kind != "rate" else "absolute"), q.value
    if q.kind == "multiplier":
        digit_form = masked[q.start : q.end][:1].isdigit()
        if kind in {"ratio", "rate"} and digit_form:
            return "absolute", q.value
        return "multiplier", q.value
    return "absolute", q.value


def _share(
    text: str,
    masked: str,
    lex: Lexicon,
    quantities: list[Quantity],
    mentions: list[Mention],
    pair: tuple[Quantity, Mention, str] | None,
    lang: str,
) -> dict[str, object] | None:
    """A share goal's fields; its percentages are never a target count of results. A goal
    that counts results ("200 bookings") stays a count even if it names a share too."""
    from adsage.checks.goal.share import find_share

    if pair is not None and pair[0].kind != "percent":
        return None
    hit = find_share(text, masked, lex, quantities, mentions, lang)
    if hit is None:
        return None
    return {
        "share_text": hit.text,
        "share_from": hit.start,
        "share_to": hit.target,
        "share_change": hit.change,
        "target": None,
        "target_kind": None,
    }


def _choose_time(hits: list[DateHit]) -> DateHit | None:
    dated = [h for h in hits if h.kind in {"deadline", "window"} and h.deadline is not None]
    if dated:
        return max(dated, key=lambda h: (h.deadline or date.min, -h.start))
    rates = [h for h in hits if h.kind == "rate"]
    return rates[0] if rates else None


def analyse(
    text: str, *, today: date, anchor: date | None = None, lang: str | None = None
) -> ParsedGoal:
    """Parse ``text``; windows ("within 6 weeks") run from ``anchor`` (default ``today``)."""
    truncated, text = len(text) > MAX_CHARS, text[:MAX_CHARS]
    anchor = anchor or today
    folded = fold(text)
    lang_code: Lang = normalize_lang(lang) or detect_lang(text)
    lex = load_lexicon()

    hits = find_dates(folded, today, anchor)
    masked = _mask(folded, hits)
    quantities = [q for q in find_quantities(masked) if q.value > 0]  # "0 leads" is no target
    mentions = lex.mentions(masked)

    budget_q = next((q for q in quantities if _is_budget(masked, q)), None)
    baseline = _baseline(masked, quantities)
    candidates = [
        q
        for q in quantities
        if q is not budget_q and q is not baseline and not _is_price(masked, q, lex, mentions)
    ]
    # "at under 20 EUR per registration": the result a cap prices is not the main clause's
    priced = priced_units(masked, candidates, mentions)
    pair = pair_quantity(masked, lex, candidates, [m for m in mentions if m not in priced])
    pair = pair or count_priced(masked, lex, candidates, priced)
    pair = hired_count(masked, lex, candidates, pair, lang_code) or pair
    pair = count_before_roas(masked, pair, candidates, mentions) or pair
    if pair and cap_clause(masked, lex, pair, mentions):
        pair = None  # leads wanted, under a cap, with no count: the cap is a constraint
    elif pair:
        pair = count_under_cap(masked, lex, pair, candidates, mentions) or pair

    # "get people to come to our party": the event's responses, the count of people kept
    pair, event = event_pair(lex, masked, pair)
    fields: dict[str, object] = {}
    if pair:
        q, mn, metric = pair
        kind = lex.kind(metric)
        tkind, value = _target_kind(masked, q, kind)
        fields.update(
            metric=metric,
            metric_text=text[mn.start : mn.end],
            target=value,
            target_kind=tkind,
            direction=_direction(masked, min(q.start, mn.start), q, kind, tkind != "absolute"),
            currency=q.currency,
        )
        unit = _items(text, masked, q, mn, mentions) if metric == "purchases" else None
        if unit and tkind == "absolute":
            fields.update(unit_kind="items", unit_text=unit)
    else:
        strong = [m for m in mentions if m.metric is not None]
        strong.sort(key=lambda m: (m.weak, m.start))
        if strong:
            mn = strong[0]
            metric = mn.metric or ""
            fields.update(metric=metric, metric_text=text[mn.start : mn.end])
            cue = _direction(
                masked, mn.start, Quantity(mn.start, mn.end, 1.0, "plain"), lex.kind(metric)
            )
            fields["direction"] = cue
        elif candidates:
            q = candidates[0]
            fields.update(target=q.value, direction="reach", currency=q.currency)
            if q.kind == "plain":
                fields["count_text"] = counted_words(
                    text, masked, q, mentions, _UNIT_STOP, _NOT_A_UNIT
                )
            fields["target_kind"] = {"percent": "percent", "multiplier": "multiplier"}.get(
                q.kind, "absolute"
            )
    if event is not None and pair is None:
        fields.update(metric=event.metric, metric_text=text[event.start : event.end])
        fields["count_text"] = None
        fields.setdefault("direction", "reach")
    if budget_q is not None:
        fields.update(budget=budget_q.value, budget_currency=budget_q.currency)
    # a cap needs no target: "leady przy koszcie poniżej 60 zł za lead" still caps the CPL
    rest = [q for q in candidates if not pair or q is not pair[0]]
    others = [
        m
        for m in mentions
        if not pair or pair[1] in priced or (m is not pair[1] and m.start != pair[1].start)
    ]
    own = str(fields["metric"]) if pair and fields.get("target_kind") == "absolute" else None
    found = find_constraints(text, masked, lex, rest, others, own) if mentions or own else ()
    if found:
        fields["constraints"] = found
    fields["more"] = more_targets(text, masked, lex, rest, mentions, pair, found, priced)
    if pair and fields.get("metric") == "purchases":
        for q in rest:
            if (
                q.kind == "money"
                and not any((c.value, c.currency) == (q.value, q.currency) for c in found)
                and _VALUE_CUE.search(masked[max(0, q.start - 40) : q.start])
            ):
                fields.update(value_target=q.value, value_currency=q.currency)
                break

    shared = _share(text, masked, lex, quantities, mentions, pair, lang_code)
    if shared is not None:
        fields.update(shared)

    vague = [m for m in mentions if m.metric is None and (not pair or m is not pair[1])]
    if vague:
        fields.update(
            vague_terms=tuple(text[m.start : m.end] for m in vague), vague_hint=vague[0].hint
        )

    chosen = _choose_time(hits)
    if chosen is not None:
        days = chosen.days
        if chosen.kind == "deadline" and chosen.deadline is not None:
            # counted inclusively, as the time verdict and a window's length are
            days = max(0, (chosen.deadline - anchor).days + 1)
        fields.update(
            deadline=chosen.deadline,
            period_days=days,
            period_text=text[chosen.start : chosen.end],
            period_kind=chosen.kind,
        )
    else:
        vague_time = next((h for h in hits if h.kind == "vague"), None)
        if vague_time:
            fields["vague_time"] = text[vague_time.start : vague_time.end]
    return ParsedGoal(lang=lang_code, truncated=truncated, **fields)  # type: ignore[arg-type]


def parse_goal(text: str, *, today: date | None = None, lang: str | None = None) -> ParsedGoal:
    """Parse a goal sentence; relative dates resolve against ``today`` (default: the real date).

    One plan parses its brief's goal in several places (numbers, facts, drafting), so recent
    results are kept per text, date, language and lexicon (a :class:`ParsedGoal` is frozen)."""
    day = today or calendar_today()
    lex, key = load_lexicon(), (text, day, lang)
    seen = _PARSED.get(key)
    if seen is not None and seen[0] is lex:
        return seen[1]
    parsed = analyse(text, today=day, lang=lang)
    if len(_PARSED) >= _PARSED_MAX:
        _PARSED.clear()
    _PARSED[key] = (lex, parsed)
    return parsed


_PARSED: dict[tuple[str, date, str | None], tuple[Lexicon, ParsedGoal]] = {}
_PARSED_MAX = 256
