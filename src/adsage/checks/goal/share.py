"""Goals about a share of results ("raise the share of direct bookings", "udział rezerwacji
bezpośrednich z 20% do 35%", "40% of orders through the shop").

A share is a proportion of all results, not a count: its SMART form moves a starting share to
a target share by a date, and it is counted in the business's own booking or sales records,
not in Ads Manager. So the checker never reads it as a number of purchases, never prices it
against cost benchmarks, and never invents either percentage: a rewrite keeps the client's
share and leaves the missing figures as placeholders (X% for the current share, Y% for the
target) for the marketer to fill in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from adsage.checks.goal.lexicon import Lexicon, Mention, fold, term_regex
from adsage.checks.goal.numbers import Quantity

if TYPE_CHECKING:
    from adsage.checks.goal.assess import GoalContext, Outcome
    from adsage.checks.goal.parse import ParsedGoal

PLACEHOLDER_FROM = "X%"  # the current share, for the marketer to fill in
PLACEHOLDER_TO = "Y%"  # the target share
_WORD = re.compile(r"[^\W\d_]+")
# words that end the share's name ("udział rezerwacji bezpośrednich | na naszej stronie")
_STOP = frozenset({
    "in", "on", "at", "by", "for", "from", "to", "with", "via", "through", "during", "before",
    "until", "within", "and", "or", "w", "we", "na", "do", "z", "ze", "od", "przez", "dla",
    "po", "przy", "za", "i", "oraz", "lub", "o", "u", "this", "next",
})  # fmt: skip
_MAX_NAME_WORDS = 5
_BY = frozenset({"by", "o"})
_NOT_SHARED = frozenset({
    "traffic", "reach", "impressions", "clicks", "landing_page_views", "video_views",
})  # fmt: skip


@dataclass(frozen=True)
class ShareHit:
    """The share a goal names, as the client wrote it, and the percentages it gives."""

    text: str
    start: float | None = None  # the share now ("from 20%")
    target: float | None = None  # the share wanted ("to 35%", "40% of orders")
    change: float | None = None  # a change with no level ("by 10%")


@lru_cache(maxsize=4)
def _cues(terms: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(set(terms), key=len, reverse=True)
    return re.compile("|".join(f"(?:{term_regex(t)})" for t in ordered))


def _name(text: str, folded: str, start: int, end: int) -> str:
    """The share's name: the cue and the words after it up to a preposition, a number or a
    date (dates are blanked in ``folded``), at most a few words."""
    stop = end
    for i, w in enumerate(_WORD.finditer(folded, end)):
        gap = folded[stop : w.start()]
        if i >= _MAX_NAME_WORDS or w.group() in _STOP or gap.strip(" -"):
            break
        stop = w.end()
    return text[start:stop].strip()


def find_share(
    text: str,
    masked: str,
    lex: Lexicon,
    quantities: list[Quantity],
    mentions: list[Mention],
    lang: str = "en",
) -> ShareHit | None:
    """The share ``text`` is about, or None when it is not a share goal."""
    words = lex.data.share
    if words is None:
        return None
    percents = [q for q in quantities if q.kind == "percent"]
    hit: tuple[int, int] | None = None
    for m in _cues(tuple(words.cue_en + words.cue_pl)).finditer(masked):
        after = _WORD.search(masked, m.end())
        touching = after is not None and not masked[m.end() : after.start()].strip()
        bare = " " not in m.group().strip()
        if bare and touching and after and after.group() in {fold(w) for w in words.not_before}:
            continue  # "udział w konkursie": taking part, not a share
        hit = (m.start(), m.end())
        break
    of_words = {fold(w) for w in words.of_words}
    pct_cue: Quantity | None = None
    if hit is None:
        # "40% of all orders", "40% rezerwacji": a percentage of the results themselves
        for q in percents:
            before = _WORD.findall(masked[max(0, q.start - 6) : q.start])
            if before and before[-1] in _BY:
                continue
            nxt = next((mn for mn in mentions if mn.metric and mn.start >= q.end), None)
            if nxt is None or nxt.metric in _NOT_SHARED:
                continue  # "5% of visitors" is a conversion rate, not a share of results
            between = _WORD.findall(masked[q.end : nxt.start])
            if len(between) <= 2 and all(w in of_words for w in between):
                pct_cue, hit = q, (nxt.start, nxt.end)
                break
    if hit is None:
        return None
    name = _name(text, masked, *hit)
    if pct_cue is not None:  # "40% of orders" is the share of orders
        name = f"{'udział' if lang == 'pl' else 'share of'} {name}"
    start = target = change = None
    if pct_cue is not None:
        target = pct_cue.value
    for a, b in zip(percents, percents[1:], strict=False):
        lead = _WORD.findall(masked[max(0, a.start - 6) : a.start])
        mid = _WORD.findall(masked[a.end : b.start])
        if lead and lead[-1] in {"from", "z", "ze", "od"} and mid in (["to"], ["do"]):
            start, target = a.value, b.value
            break
    if start is None and target is None:
        for q in percents:
            lead = _WORD.findall(masked[max(0, q.start - 6) : q.start])
            if lead and lead[-1] in _BY:
                change = q.value
            elif lead and lead[-1] in {"from", "z", "ze", "od"}:
                start = q.value
            else:
                target = q.value
            break
    return ShareHit(name, start, target, change)


def _pct(value: float, lang: str) -> str:
    from adsage.checks.goal.wording import fmt_num

    return f"{fmt_num(value, lang)}%"  # type: ignore[arg-type]


def share_outcomes(p: ParsedGoal) -> tuple[Outcome, Outcome, Outcome]:
    """(specific, measurable, achievable) of a share goal: specific with a target share,
    measurable with the starting share too, never priced against cost benchmarks."""
    from adsage.checks.goal.assess import Issue, Outcome
    from adsage.checks.goal.wording import msg

    lang, share = p.lang, p.share_text or ""
    has_target = p.share_to is not None or p.share_change is not None
    if p.share_to is not None:
        spec = Outcome(
            True, msg("share.spec_pass", lang, share=share, target=_pct(p.share_to, lang))
        )
    elif p.share_change is not None:
        change = _pct(p.share_change, lang)
        spec = Outcome(True, msg("share.spec_change", lang, share=share, change=change))
    else:
        reason = msg("share.spec_missing", lang, share=share)
        spec = Outcome(False, reason, issues=[Issue("error", reason, "goal")])
    if p.share_from is not None and has_target:
        meas = Outcome(True, msg("share.meas_pass", lang, start=_pct(p.share_from, lang)))
    else:
        key = "share.meas_no_start" if has_target else "share.meas_none"
        reason = msg(key, lang, x=PLACEHOLDER_FROM, y=PLACEHOLDER_TO)
        meas = Outcome(False, reason, issues=[Issue("error", reason, "goal")])
    ach = Outcome(True, msg("share.ach", lang), checked=False)
    return spec, meas, ach


def share_rewrite(p: ParsedGoal, ctx: GoalContext, when: str) -> str:
    """The client's share, from its starting level to its target by ``when``; a level the
    goal does not give is a placeholder, never a number adsage made up."""
    from adsage.checks.goal.wording import msg

    lang = p.lang
    share = p.share_text or ""
    if lang == "en" and not share.lower().startswith(("the ", "our ")):
        share = f"the {share}"
    elif lang == "pl":
        share = share[:1].lower() + share[1:]
    low = _pct(p.share_from, lang) if p.share_from is not None else PLACEHOLDER_FROM
    high = _pct(p.share_to, lang) if p.share_to is not None else PLACEHOLDER_TO
    verb = "share.verb_down" if p.direction == "decrease" else "share.verb_up"
    return msg(
        "share.rewrite", lang, verb=msg(verb, lang), share=share, low=low, high=high, when=when
    )


def has_placeholder(rewrite: str | None) -> bool:
    """Whether a rewrite still waits for the marketer's figures (it cannot be re-checked)."""
    return bool(rewrite) and (PLACEHOLDER_FROM in rewrite or PLACEHOLDER_TO in rewrite)  # type: ignore[operator]
