"""Which headline lines a draft tries, in which order.

A headline is read before anything else in an ad, and a line that could stand in any ad
("Check the details before you decide") tells the reader nothing about this business.  So
the brief's own words come first, in groups tried one after another (every shortening level
of one group before the next group): the facts that answer the persona; the product or its
name; a part of the product; the offer, which is what the campaign is for whatever the
persona; the brief's other facts; and only then a line with no brief words at all.  Each
group is tried whole before the next, so a fact cut to fit still beats a stock line that
fits uncut.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from adsage.drafting.offline.fitting import fit_short, product_heads
from adsage.drafting.offline.focus import FACT_SLOTS, PART_SLOTS, serves
from adsage.drafting.offline.hygiene import capitalise
from adsage.drafting.offline.phrases import slots_of


def headline_lines(
    pool: Sequence[str], uncut: Mapping[str, str], focus: frozenset[str], stock: Collection[str]
) -> tuple[list[str], list[list[str]]]:
    """``(main, spare)``: the lines naming only facts that serve the persona (serving facts
    first, then the ones built from the product or brand and the category's own lines), and
    the spare groups for when all of those are already taken: the offer, the other brief
    facts, and last the ``stock`` lines (the phrase bank's, which name nothing of the brief:
    a category's own line, "Check guest reviews before you book", says what its persona
    asks)."""
    lines = list(dict.fromkeys(pool))
    generic = [h for h in lines if h in stock and not slots_of(h)]
    # a line naming only the product or the brand ("Craft brewery taproom by Foghorn
    # Brewing") says what any ad of the business says: it comes after every brief fact
    names = [h for h in lines if h not in generic and _names_only(h)]
    main = [h for h in lines if h not in generic and h not in names and serves(h, uncut, focus)]
    main.sort(key=lambda h: not FACT_SLOTS.intersection(slots_of(h)))  # a serving fact first
    rest = [h for h in lines if h not in main and h not in generic and h not in names]
    offer = [h for h in rest if set(slots_of(h)) <= _OFFER_SLOTS]
    facts = [h for h in rest if h not in offer]
    return main, [offer, facts, names, generic]


_OFFER_SLOTS = frozenset({"offer", "offer_deadline", "offer_ends", *PART_SLOTS})
_NAME_SLOTS = frozenset({"name", "product", "brand"})


def _names_only(template: str) -> bool:
    """Whether a line's only brief words are the product's or the brand's name."""
    slots = set(slots_of(template))
    return bool(slots) and slots <= _NAME_SLOTS


def first_fit(
    groups: Sequence[Sequence[str]],
    levels: list[dict[str, str]],
    limit: int,
    avoid: Sequence[str],
    brand: str,
) -> str:
    """The first group's best fitting line (see :func:`fit_short`) that is not the brand
    alone, the sign that nothing in the group fitted; ``""`` when no group has one."""
    for group in groups:
        if not group:
            continue
        text = fit_short(list(group), levels, limit, avoid=avoid)
        if text.casefold() != brand.casefold():
            return text
    return ""


_ASIDE = re.compile(r"\s*\([^()]*\)")
_DASH = re.compile(r"\s[–—-]\s")


def product_parts(product: str, places: Sequence[str]) -> list[str]:
    """Headlines from the parts of the product line: each side of a dash ("12-week weight
    management programme", "Sofy, stoły, komody, łóżka"), else the items of a comma list
    (see :func:`product_heads`).  A bracketed aside is never split: its items ("(KPiR,
    ryczałt, pełna księgowość)") are examples, and one alone ("Ryczałt") misnames what is
    sold."""
    plain = _ASIDE.sub("", product).strip()
    sides = [p.strip() for p in _DASH.split(plain) if p.strip()]
    if len(sides) > 1:
        return [capitalise(s) for s in sides]
    return product_heads(plain, places)
