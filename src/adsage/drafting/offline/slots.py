"""The values a draft's templates are filled from: the brief's facts at one shortening level,
in the persona's order, plus the angle's own lines and the close.

Kept apart from the copywriter's search over recipes: a slot says what a brief fact becomes
in one draft, the copywriter decides which draft to keep.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from adsage.drafting.offline.categories import Category, line_keys
from adsage.drafting.offline.closes import allowed
from adsage.drafting.offline.cuts import goods, short_product
from adsage.drafting.offline.facts import Facts
from adsage.drafting.offline.focus import restrict
from adsage.drafting.offline.hygiene import capitalise, clause_cut, decapitalise
from adsage.drafting.offline.personas import lead_benefits, spec_for
from adsage.drafting.offline.phrases import Bank, fill, first_filled, rotate, slots_of

PARTS = 3  # offer parts with a slot of their own: {o1} {o2} {o3}

if TYPE_CHECKING:
    from adsage.drafting.offline.copywriter import Recipe


def angle_lines(bank: Bank, cat: Category, angle: str, lang: str) -> dict[str, list[str]]:
    """The category's lines for an angle, each list falling back to the phrase bank's."""
    own = cat.lines(lang).get(angle)  # type: ignore[call-overload]
    generic = bank.angles[angle]
    return {key: list(getattr(own, key, None) or getattr(generic, key)) for key in line_keys()}


def fill_slots(
    bank: Bank,
    cat: Category,
    facts: Facts,
    recipe: Recipe,
    caps: dict[str, int],
    drop: frozenset[str],
    focus: frozenset[str],
    said: str = "",
) -> dict[str, str]:
    def cap(text: str, key: str) -> str:
        # Brief phrases are cut only where a clause ends: a noun phrase cut mid-way
        # ("Subskrypcja świeżo palonej") reads as broken text, so it is left out instead.
        return clause_cut(text, caps[key]) if key in caps else text

    brand = facts.brand
    sold = goods(facts.product, facts.lang)
    product = capitalise(short_product(sold, caps.get("product"), facts.lang, facts.places))
    offer = "" if "offer" in drop else cap(facts.offer, "offer")
    spec = spec_for(cat, recipe.angle)
    benefits = [] if "benefits" in drop else lead_benefits(facts.benefits, spec, facts.lang)
    if recipe.shift and benefits:
        k = recipe.shift % len(benefits)
        benefits = benefits[k:] + benefits[:k]
    if said in benefits:  # the headline names it: the text brings the persona's others first
        benefits = [b for b in benefits if b != said] + [said]
    interests = () if "interests" in drop else facts.interests
    interest = cap(interests[recipe.slot % len(interests)], "interest") if interests else ""
    slots: dict[str, str] = {
        "brand": brand,
        "product": product,
        # A brand cut mid-name reads as a different word; the page name shows it anyway.
        "name": _name(facts.brand, product, facts.lang) if brand == facts.brand else product,
        "offer": capitalise(offer),
        "offer_deadline": facts.offer_deadline if offer else "",
        "offer_ends": facts.offer_ends if offer else "",
        "interest": decapitalise(interest),
        "Interest": capitalise(interest),
    }
    slots["detail"] = capitalise(product_detail(facts.product, facts.lang))
    # The offer's parts (see offer_parts) go whole or not at all: each is a short fact.
    parts = facts.offer_parts if offer else ()
    for i in range(PARTS):
        slots[f"o{i + 1}"] = slots[f"_o{i + 1}_whole"] = parts[i] if i < len(parts) else ""
    # Which brief fact each slot holds, uncut, so a cut fact is still recognised as itself.
    slots["_offer_whole"] = facts.offer if offer else ""
    for i in range(3):
        b = cap(benefits[i], "benefit") if i < len(benefits) else ""
        slots[f"b{i + 1}"] = capitalise(b)
        slots[f"b{i + 1}l"] = decapitalise(b)
        slots[f"_b{i + 1}_whole"] = benefits[i] if b else ""
    angle = angle_lines(bank, cat, recipe.angle, facts.lang)
    turn = recipe.variant + recipe.shift
    # The angle's own lines ("The terms first: {b1l}") name only facts that serve the persona.
    angled = restrict(slots, focus)
    payoff = first_filled(rotate(angle["payoff"], turn), angled) or ""
    slots["payoff"] = angled["payoff"] = payoff
    slots["Payoff"] = angled["Payoff"] = capitalise(payoff)
    # A stock line (the fallback category's or the phrase bank's, "Interested, but still
    # undecided.") that names nothing of the brief could open any ad: it is left out, and
    # the text opens with the brief's own facts instead.  A category's own lines speak of
    # its buyers' situation ("The licence put off to next year, again") and stay.
    known = brief_stems(facts)
    for name in ("hooks", "problem", "agitate", "before", "after"):
        stock = _stock(bank, name) if cat.id != "general" else frozenset(angle[name])
        own = [
            line
            for line in angle[name]
            if recipe.stock or line not in stock or slots_of(line) or _names_brief(line, known)
        ]
        slots["hook" if name == "hooks" else name] = first_filled(rotate(own, turn), angled) or ""
    if not slots["problem"]:
        slots["agitate"] = ""  # an agitation with no problem before it opens the ad itself
    own = cat.closes(facts.lang, facts.objective, facts.tone, f"{facts.product} {facts.offer}")
    own = allowed(own, facts.seats)  # no bait, no places the brief does not name
    closes = own or allowed(bank.close[facts.objective][facts.tone], facts.seats)
    short = min(own, key=len) if own else bank.close_short[facts.objective]
    slots["close_short"] = fill(short, slots) or ""
    slots["close"] = (
        first_filled(rotate(closes, recipe.variant + recipe.shift), slots) or slots["close_short"]
    )
    return slots


_ASIDE = re.compile(r"\s*\([^()]*\)")
_SIDE = re.compile(r"\s[–—-]\s")
# Where a product line says what it is made of or comes with: "meble z litego drewna
# dębowego", "cars with a 150-point inspection".
_DETAIL = {
    "pl": re.compile(r"\s(?=(?:z|ze)\s)"),
    "en": re.compile(r"\s(?=(?:with|made of|made from)\s)"),
}


# Stems of the materials a product line names: what a buyer of furniture, clothes or
# jewellery checks first, and so a fact the ads must carry.
_MATERIAL = re.compile(
    r"(?<![^\W_])(?:drewn|dęb|dąb|dębow|sosn|bukow|jesion|orzech|skór|lnian|bawełn|wełn|"
    r"jedwab|merino|kaszmir|stal|srebr|złot|mosiądz|ceramik|szkl|szkł|kamie|marmur|bambus|"
    r"oak|wood|pine|beech|ash|walnut|leather|linen|cotton|wool|silk|cashmere|steel|silver|"
    r"gold|brass|ceramic|glass|stone|marble|bamboo)",
    re.IGNORECASE,
)


def product_detail(product: str, lang: str) -> str:
    """The last "with ..." / "z ..." phrase of the product's name part ("Sklep internetowy
    z meblami z litego drewna dębowego – sofy, ..." -> "z litego drewna dębowego"), the
    brief's own words for what sets the product apart; ``""`` when it has none.  The phrase
    stays whole (its noun keeps the case the preposition gave it), and the brand side of a
    "Brand - product" line is skipped."""
    sides = [p.strip() for p in _SIDE.split(_ASIDE.sub("", product)) if p.strip()]
    name = max(sides, key=len) if sides else ""
    if any(q in name for q in '"„“”«»'):
        return ""  # a quoted title's words ("... with stay interviews") are its name
    parts = _DETAIL["pl" if lang == "pl" else "en"].split(name)
    detail = parts[-1].strip() if len(parts) > 1 else ""
    # only a material ("z litego drewna dębowego", "with oak frames") stands alone; "z
    # całego dnia ślubu" or "ze spa" needs the noun before it
    return detail if _MATERIAL.search(detail) else ""


# Long words a line shares with nearly any brief: no sign the line is about this one.
_COMMON = frozenset(
    " ".join(
        [
            "about again after before every their there these those which while where would",
            "jeszcze który która które którzy przed potem gdzie kiedy zawsze wszystko",
        ]
    ).split()
)
_WORD = re.compile(r"[^\W\d_]{5,}")


@lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    """The first five letters of each long word: enough to match a Polish word across its
    endings ("przełożone" and "przełożyć") without matching short function words."""
    return frozenset(w[:5] for w in _WORD.findall(text.casefold()) if w not in _COMMON)


@lru_cache(maxsize=64)
def brief_stems(facts: Facts) -> frozenset[str]:
    """The stems of everything the brief says about the business and its audience."""
    parts = [facts.brand, facts.product, facts.offer, *facts.benefits, *facts.interests]
    return frozenset(stems(" ".join([*parts, facts.description])))


_STOCK: dict[tuple[int, str], tuple[Bank, frozenset[str]]] = {}


def _stock(bank: Bank, name: str) -> frozenset[str]:
    """The phrase bank's lines of one kind, which know nothing of any business (kept per
    bank object: banks are loaded once and reused)."""
    hit = _STOCK.get((id(bank), name))
    if hit is not None and hit[0] is bank:
        return hit[1]
    lines = frozenset(line for a in bank.angles.values() for line in getattr(a, name))
    _STOCK[(id(bank), name)] = (bank, lines)
    return lines


def _names_brief(line: str, said: frozenset[str]) -> bool:
    """Whether a fixed line (no brief slot) shares a word with the brief: "The licence put
    off to next year, again" for a brief about a licence course, not "Interested, but still
    undecided", which could sit on any ad."""
    return bool(stems(line) & said)


def _name(brand: str, product: str, lang: str) -> str:
    """Product and brand as one label, both kept in the nominative (no declension needed)."""
    if not product or brand.casefold() in product.casefold():
        return product or brand
    return f"{brand} – {decapitalise(product)}" if lang == "pl" else f"{product} by {brand}"


def role_lines(cat: Category, facts: Facts) -> tuple[str, ...]:
    """The role sentence of a recruitment ad, richest first ("Praca dla pielęgniarek i
    pielęgniarzy w szpitalu prywatnym we Wrocławiu.", then cut at a phrase boundary)."""
    if not cat.names_role or not facts.product:
        return ()
    forms = [short_product(facts.product, c, facts.lang, facts.places) for c in (None, 60, 40)]
    return tuple(dict.fromkeys(f"{capitalise(f)}." for f in forms if f))


def once(text: str, role: tuple[str, ...]) -> str:
    """``text`` without its role sentence when the rest already names the role (an opener
    "Warehouse operative jobs by Shiftline: ..." says it before the role line does)."""
    for line in role:
        head = next((w for w in line.split() if len(w) >= 5), "")[:6].casefold()
        if line in text and head and head in text.replace(line, "", 1).casefold():
            return " ".join(text.replace(line, "", 1).split())
    return text
