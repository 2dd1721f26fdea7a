"""Format reasons built from the brief's own facts: which benefit goes on which card, what
the single image shows for this business, and which placements and ages make video fit.

A strategist does not write "one card per benefit"; they say which benefit goes on card one.
Every fact here comes from the cleaned brief (:func:`facts.gather`: benefits held back from
the ads stay out of the cards too); the wording comes from the phrase bank, and a
parenthetical whose fact the brief leaves empty is dropped rather than filled with a guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from adsage.drafting.offline.phrases import FormatBank, load_bank

if TYPE_CHECKING:
    from adsage.drafting.base import DraftContext
    from adsage.drafting.offline.facts import Facts

# What the image shows when the category names no subject: a walk through the place shows
# the place, a testimonial a person, a problem-first trade the people who fix it.
_BY_HOOK = {
    "demo": "product",
    "ugc": "product",
    "walkthrough": "place",
    "testimonial": "person",
    "problem": "team",
}
# An audience description this long reads as a paragraph in parentheses: its first clause.
_WHO_MAX = 90
_EMPTY = re.compile(r"\s*\([^(){}]*\{(\w+)\}[^(){}]*\)")
# a brief's own aside ("Accounting (KPiR, payroll)"): left out where the fact stands in one
_ASIDE = re.compile(r"\s*\([^()]*\)")


def brief_facts(ctx: DraftContext) -> Facts:
    """The brief's facts as the copy uses them (cleaned; credit costs without their
    representative example and overclaims left out)."""
    from adsage.drafting.offline.facts import gather

    return gather(ctx, load_bank(ctx.lang))


def fill(template: str, slots: dict[str, str]) -> str:
    """``template`` with its slots filled; a parenthetical whose slot is empty goes."""
    text = _EMPTY.sub(lambda m: m[0] if slots.get(m[1]) else "", template)
    return text.format_map({k: v for k, v in slots.items()})


def benefit_cards(ctx: DraftContext, bank: FormatBank, max_cards: int) -> str:
    """The benefit carousel: one card per brief benefit in the brief's order, then a last
    card with the offer (else the brand) and the button."""
    facts = brief_facts(ctx)
    room = max(1, max_cards - 1)  # the last card is the offer's
    from adsage.drafting.offline.hygiene import capitalise

    cards = [
        bank.carousel_card.format(n=i + 1, text=b) for i, b in enumerate(facts.benefits[:room])
    ]
    head = bank.carousel_benefits.format(cards=capitalise("; ".join(cards)))
    last = (
        bank.carousel_last_offer.format(offer=facts.offer)
        if facts.offer
        else bank.carousel_last_brand.format(brand=facts.brand)
    )
    return f"{head} {last}"


def plain_cards(ctx: DraftContext, bank: FormatBank, max_cards: int) -> str:
    """The fallback carousel (fewer than three benefits): what the brief offers from several
    angles, with a card for each benefit it does name."""
    from adsage.drafting.offline.hygiene import capitalise

    head = fill(bank.carousel_plain, product_slots(ctx))
    benefits = brief_facts(ctx).benefits[: max(1, max_cards - 1)]
    if not benefits:
        return head
    cards = "; ".join(bank.carousel_card.format(n=i + 1, text=b) for i, b in enumerate(benefits))
    return f"{head} {capitalise(cards)}."


def product_slots(ctx: DraftContext) -> dict[str, str]:
    """The brief's product, audience and first benefit as the format templates name them."""
    from adsage.drafting.offline.hygiene import decapitalise

    facts = brief_facts(ctx)
    slots = {
        "product": facts.product,
        "who": _who(facts.description),
        "b1l": decapitalise(facts.benefits[0]) if facts.benefits else "",
        "offer": facts.offer,
        "brand": facts.brand,
    }
    # each goes inside parentheses: a brief's own aside would nest a second pair
    return {k: _ASIDE.sub("", v).strip() for k, v in slots.items()}


def image_subject(ctx: DraftContext, bank: FormatBank) -> str:
    """What the single image shows for this business (what people get, the place, a person
    the offer is for, the team at work, those a cause helps), then its one line of text:
    the offer."""
    from adsage.drafting.offline.categories import category_for

    cat = category_for(ctx.brief, ctx.objective)
    kind = cat.image_subject or _BY_HOOK.get(cat.video_hook, "product")
    slots = product_slots(ctx)
    if kind == "person" and not slots["who"]:
        kind = "product"  # no audience description: show what they get, never a guessed person
    text = fill(bank.image_subjects[kind], slots)  # type: ignore[index]
    if slots["offer"]:
        text = f"{text} {bank.image_offer.format(offer=slots['offer'])}"
    return text


def _who(description: str) -> str:
    """The audience description as a parenthetical: lower-case, and only its first clause
    when the whole would read as a paragraph ("" when even that is too long)."""
    from adsage.drafting.offline.hygiene import decapitalise

    text = description.strip().rstrip(".")
    if len(text) > _WHO_MAX:
        text = re.split(r"\s[-–—]\s|[,;:]\s", text, maxsplit=1)[0].strip()
    if len(text) > _WHO_MAX + 30 or not text:
        return ""
    # "Year 12 and Year 13 students": a word before a number is a name, kept as written
    return text if re.match(r"\S+\s+\d", text) else decapitalise(text)
