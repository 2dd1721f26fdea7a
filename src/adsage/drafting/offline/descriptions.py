"""The description line of a draft, and what the ad set as a whole must name.

A description sits under the headline in small type and is read last, which makes it the
field for a brief fact the text and headline had no room for.  Three ads with one
description test nothing between them, and a plan whose ads never name the oak of an
oak-furniture shop (or a benefit the brief lists) leaves the client's own argument unsaid,
so each draft's description is, in order: a brief fact no ad has shown yet, else a fact no
earlier ad has as its description, else the category's lines, and only when everything is
used up a line an earlier ad already has.
"""

from __future__ import annotations

from collections.abc import Sequence

from adsage.drafting.offline.cuts import _capitalise, length, phrase_cut
from adsage.drafting.offline.fitting import fit_short
from adsage.drafting.offline.focus import key, whole
from adsage.drafting.offline.phrases import slots_of
from adsage.drafting.offline.sameness import lead_fact

# Description lines that are one brief fact each (never a cut of the product name).
FACT_LINES = ("{b1}", "{b2}", "{b3}", "{offer}", "{o1}", "{o2}", "{o3}", "{detail}")
_FACT_SLOTS = frozenset(t.strip("{}") for t in FACT_LINES)
# Slots a description may show when the ad does not say their fact yet: the deal that ends
# on the offer's date names the offer in a field's length ("Rabat 300 zł do 31 marca").
_OFFER_SLOTS = frozenset({"offer", "offer_ends", "offer_deadline"})
_GAP_SLOTS = ("detail", "b1", "b2", "b3", "offer", "o1", "o2", "o3", "offer_ends")


def gaps(uncut: dict[str, str], said: str, shown: Sequence[str]) -> list[str]:
    """Lines for the brief facts neither ``said`` (this draft's text and headline) nor any
    earlier draft (``shown``, by :func:`key`) carries, the product's material first."""
    out = []
    for slot in _GAP_SLOTS:
        fact = uncut.get("detail", "") if slot == "detail" else whole(uncut, slot)
        if fact and key(fact) not in shown and not lead_fact(said, [fact]):
            out.append(f"{{{slot}}}")
    return out


def describe(
    own: Sequence[str],
    fallback: Sequence[str],
    levels: list[dict[str, str]],
    limit: int,
    *,
    said: str,
    headline: str,
    shown: Sequence[str],
    described: Sequence[str],
    lang: str = "en",
) -> str:
    """The draft's description (see the module's docstring).  ``own``: the category's
    description lines for the angle, rotated for the draft; ``fallback``: the phrase
    bank's; ``described``: earlier drafts' descriptions."""
    facts = [t for t in own if set(slots_of(t)) <= _FACT_SLOTS]
    text = fit_short(
        [*gaps(levels[0], said, shown), *facts, *FACT_LINES],
        levels,
        limit,
        avoid=(headline, *described),
    )
    plain = [*own, *fallback]
    if lead_fact(said, [whole(levels[0], "offer")]):
        # the text or headline names the offer: its date line under them repeats it
        plain = [t for t in plain if not _OFFER_SLOTS & set(slots_of(t))]
    brand = key(fit_short([], levels, limit, avoid=()))  # what "nothing fits" gives
    if key(text) == brand:
        # no whole fact fits: one cut where its phrase ends says more than the page name
        text = _phrase(levels[0], limit, lang, said, (headline, *described)) or text
    ends = levels[0].get("offer_ends", "")
    date = " ".join(key(ends).split()[-2:])  # "31 marca": the deal's end, which it ends on
    if key(text) == brand and ends and date not in key(said):
        # the deal that ends on the offer's date says more than the page name, when this
        # ad does not name that deal already
        text = fit_short(["{offer_ends}"], levels, limit, avoid=(headline, *described))
    if key(text) == brand:
        text = fit_short(plain, levels, limit, avoid=(headline, *described))
    cut = length(levels[-1]["brand"]) > limit  # "Stowarzyszenie Czyste": a name cut mid-way
    if key(text) == brand and (
        cut or key(headline) == brand or any(key(d) == brand for d in described)
    ):
        # the page name is cut, or is the headline or an earlier description: a plain line
        # says more
        text = fit_short(plain, levels, limit, avoid=(headline,))
    return text


def _phrase(uncut: dict[str, str], limit: int, lang: str, said: str, avoid: Sequence[str]) -> str:
    """A benefit or a part of the offer (one the draft does not say first) cut at a phrase
    boundary to fit; never the whole offer, whose terms and dates are part of what it
    promises (a part with terms or a date is never cut, see :func:`phrase_cut`)."""
    facts = [whole(uncut, s) for s in ("b1", "b2", "b3", "o1", "o2", "o3")]
    facts = [f for f in facts if f]
    taken = {key(a) for a in avoid}
    ordered = [f for f in facts if not lead_fact(said, [f])] + facts
    for fact in ordered:
        cut = phrase_cut(fact, limit, lang)
        if cut and key(cut) not in taken and key(cut) not in key(said):
            return _capitalise(cut)
    return ""


def brings(text: str, facts: Sequence[str]) -> bool:
    """Whether ``text`` names one of ``facts`` (by their opening words)."""
    return bool(facts) and bool(lead_fact(text, facts))
