"""Which brief facts serve a persona: the ones a draft written for it may headline.

A price checker is won by the direct-booking saving, a careful planner by reviews and terms;
a headline naming breakfast serves neither, however true it is.  A fact serves a persona when
it answers one of the persona's objections (the category's topic words), and the offer always
serves the offer-led (``value``) persona.  Lines that speak for the angle ("The terms first:
{b1l}") take only such facts, and a headline is either one of them or a line that names no
brief fact at all, so nothing unrelated is presented as the answer to the persona's question.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from adsage.drafting.offline.categories import Category, PersonaSpec
from adsage.drafting.offline.facts import Facts
from adsage.drafting.offline.hygiene import decapitalise
from adsage.drafting.offline.objections import answers
from adsage.drafting.offline.personas import spec_for
from adsage.drafting.offline.phrases import slots_of

# Slots that carry a brief fact (the offer or a benefit), in any of their case forms.
# The offer's standalone parts ({o1} ...) are facts too: they serve whom the offer serves.
PART_SLOTS = frozenset({"o1", "o2", "o3"})
FACT_SLOTS = frozenset(
    {
        "offer",
        "offer_deadline",
        "offer_ends",
        *PART_SLOTS,
        *(f"b{i}{s}" for i in (1, 2, 3) for s in ("", "l")),
    }
)


def serving(
    offer: str, benefits: Sequence[str], spec: PersonaSpec | None, angle: str, lang: str
) -> tuple[str, ...]:
    """The brief facts that answer this persona, best first: the offer for the offer-led
    persona, then the facts answering each objection in the objection's order.  Without a
    persona spec (copy for personas from elsewhere) every fact counts, as before."""
    facts = [f for f in (offer, *benefits) if f]
    if spec is None:
        return tuple(facts)
    out: list[str] = [offer] if angle == "value" and offer else []
    for objection in spec.text(lang).objections:
        out += [f for f in answers(facts, objection, offer) if f not in out]
    return tuple(out)


def serving_keys(cat: Category, facts: Facts, angle: str) -> tuple[str, ...]:
    """:func:`serving` for the category's persona of ``angle``, in :func:`key` form."""
    spec = spec_for(cat, angle)
    return tuple(key(f) for f in serving(facts.offer, facts.benefits, spec, angle, facts.lang))


def key(text: str) -> str:
    return " ".join(text.casefold().split())


def serves(template: str, uncut: Mapping[str, str], facts: frozenset[str]) -> bool:
    """Whether a line names only facts that serve the persona (``uncut``: the slots with the
    brief's facts uncut; ``facts``: the serving facts by :func:`key`).  A line naming no fact
    (the product, a category line) serves by itself."""
    for slot in slots_of(template):
        fact = whole(uncut, "offer" if slot in PART_SLOTS else slot)
        if slot in FACT_SLOTS and key(fact) not in facts:
            return False
    return True


BENEFIT_SLOTS = ("b1", "b2", "b3")


def named(levels: Sequence[Mapping[str, str]], slot: str, headline: str) -> bool:
    """Whether the headline is this slot's benefit at some shortening level."""
    return any(s.get(slot) and key(s[slot]) == key(headline) for s in levels)


def whole(slots: Mapping[str, str], slot: str) -> str:
    """The uncut brief fact behind a slot ("b2l" -> the second benefit as the brief says
    it, "offer_deadline" -> the offer), recorded by the copywriter under hidden keys."""
    if slot.startswith("offer"):
        return slots.get("_offer_whole", "")
    return slots.get(f"_{slot[:2]}_whole", "")


def restrict(slots: dict[str, str], facts: frozenset[str]) -> dict[str, str]:
    """``slots`` with only the serving facts: the benefits that serve move up to b1, b2, ...
    and the rest are empty, so an angle line falls back to a plainer form instead of naming
    a fact that has nothing to do with the persona."""
    out = dict(slots)
    kept = [slots[f"b{i}"] for i in (1, 2, 3) if slots.get(f"b{i}") and _serves(slots, i, facts)]
    for i in (1, 2, 3):
        b = kept[i - 1] if i <= len(kept) else ""
        out[f"b{i}"] = b
        out[f"b{i}l"] = decapitalise(b)
    if slots.get("offer") and key(whole(slots, "offer")) not in facts:
        out["offer"] = out["offer_deadline"] = out["offer_ends"] = ""
        out.update(dict.fromkeys(PART_SLOTS, ""))
    return out


def _serves(slots: Mapping[str, str], i: int, facts: frozenset[str]) -> bool:
    return key(whole(slots, f"b{i}")) in facts
