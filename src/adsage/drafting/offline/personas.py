"""Personas from the brief: age bands, an angle each, names and surfaces that fit the band.

A persona is only useful if it changes the message, so each one carries a different angle
(price, product quality, lower risk, the activity) and the copywriter writes to that angle.
Angles are ordered young-to-old (deal hunters skew young, careful buyers older) and the age
range is split into that many contiguous bands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from adsage.drafting.base import DraftContext
from adsage.drafting.offline.facts import Facts, gather, ordered_benefits
from adsage.drafting.offline.phrases import ANGLES, Bank, fill, load_bank
from adsage.drafting.offline.text import capitalise, decapitalise, shorten
from adsage.models.plan import Persona

# Which angle goes to younger bands first.
_AGE_ORDER = {"value": 0, "experience": 1, "quality": 2, "trust": 3}
# Surfaces by band: vertical video first for the young, the feed first from 45 up.
_SURFACE_ORDER = {
    "young": ("reels", "stories", "feed", "in_stream", "right_column"),
    "mid": ("feed", "stories", "reels", "in_stream", "right_column"),
    "older": ("feed", "right_column", "in_stream", "stories", "reels"),
}
_EMPTY_PARENS = re.compile(r"\s*\([^()]*\{\w+\}[^()]*\)")
_MAX_DESCRIPTION = 140


def choose_angles(facts: Facts, k: int) -> list[str]:
    """``k`` distinct angles the brief can support, ordered from the youngest band."""
    wanted = [
        "value" if facts.offer else "",
        "quality" if facts.benefits else "",
        "trust",
        "experience" if facts.interests else "",
        "quality",
        "experience",
    ]
    chosen: list[str] = []
    for angle in wanted:
        if angle and angle not in chosen:
            chosen.append(angle)
    return sorted(chosen[:k], key=lambda a: _AGE_ORDER[a])


def age_bands(lo: int, hi: int, k: int) -> list[tuple[int, int]]:
    size = (hi - lo + 1) / k
    bands = []
    for j in range(k):
        start = lo + round(j * size)
        end = lo + round((j + 1) * size) - 1
        bands.append((start, max(start, end)))
    return bands


def count_for(lo: int, hi: int) -> int:
    return 3 if hi - lo >= 12 else 2


def build_personas(ctx: DraftContext) -> list[Persona]:
    bank = load_bank(ctx.lang)
    facts = gather(ctx, bank)
    lo, hi = ctx.brief.audience.age
    k = count_for(lo, hi)
    angles = choose_angles(facts, k)
    bands = age_bands(lo, hi, len(angles))
    genders = _genders(ctx.brief.audience.genders, len(angles), facts.seed)
    core = next((j for j, a in enumerate(angles) if a in ("quality", "experience")), 0)
    used: set[str] = set()
    out: list[Persona] = []
    for j, (angle, band, gender) in enumerate(zip(angles, bands, genders, strict=True)):
        name = _name(bank, band, gender, facts.seed + j, used)
        used.add(name)
        slots = persona_slots(facts, angle, j)
        out.append(
            Persona(
                name=f"{name}, {bank.personas.labels[angle][gender]}",
                demographics=_demographics(ctx, bank, facts, band, with_description=j == core),
                motivations=_lines(bank.personas.motivations[angle], slots, 3),
                pains=_lines(bank.personas.pains[angle], slots, 2),
                objections=_lines(bank.personas.objections[angle], slots, 2),
                where_they_scroll=surfaces(bank, list(ctx.brief.placements), band),
                message_angle=loose_fill(bank.personas.angle[angle], slots),
            )
        )
    return out


def persona_slots(facts: Facts, angle: str, j: int) -> dict[str, str]:
    benefits = ordered_benefits(facts.benefits, angle)
    interest = facts.interests[j % len(facts.interests)] if facts.interests else ""
    slots = {
        "brand": facts.brand,
        "product": facts.product,
        "offer": decapitalise(shorten(facts.offer, 90)),
        "interest": decapitalise(interest),
        "Interest": capitalise(interest),
    }
    for i in range(3):
        b = shorten(benefits[i], 80) if i < len(benefits) else ""
        slots[f"b{i + 1}"] = b
        slots[f"b{i + 1}l"] = decapitalise(b)
    return slots


def angle_of(persona: Persona, index: int, bank: Bank) -> str:
    """The angle a persona was written for; personas from elsewhere (a model) get one by
    position, so a list of personas still spreads over different angles."""
    for angle in ANGLES:
        prefix = bank.personas.angle[angle].split("{", 1)[0].split("(", 1)[0].strip()
        if prefix and persona.message_angle.startswith(prefix):
            return angle
    return ("value", "quality", "trust", "experience")[index % len(ANGLES)]


def surfaces(bank: Bank, placements: list[str], band: tuple[int, int]) -> list[str]:
    lo, hi = band
    key = "older" if lo >= 45 else "young" if hi <= 34 else "mid"
    ordered = [p for p in _SURFACE_ORDER[key] if p in placements]
    if key == "older" and len(ordered) > 1 and "reels" in ordered:
        ordered.remove("reels")  # short vertical video is the weakest reach for this band
    return [bank.personas.surfaces[p] for p in ordered or placements]


def loose_fill(template: str, slots: dict[str, str]) -> str:
    """Fill a template; a parenthetical whose slot is empty is left out rather than shown."""
    filled = fill(template, slots)
    if filled is not None:
        return filled
    bare = _EMPTY_PARENS.sub("", template)
    return fill(bare, slots) or bare.split("{", 1)[0].rstrip(" :(,")


def _lines(templates: list[str], slots: dict[str, str], limit: int) -> list[str]:
    out: list[str] = []
    for template in templates:
        text = fill(template, slots)
        if text and text.casefold() not in {o.casefold() for o in out}:
            out.append(capitalise(text))
        if len(out) == limit:
            break
    return out


Gender = Literal["f", "m"]


def _genders(genders: Sequence[str], k: int, seed: int) -> list[Gender]:
    """Alternate women and men for a mixed audience, so labels and names agree in Polish."""
    if "all" in genders or ("female" in genders and "male" in genders):
        order: tuple[Gender, Gender] = ("f", "m") if seed % 2 == 0 else ("m", "f")
        return [order[j % 2] for j in range(k)]
    only: Gender = "f" if "female" in genders else "m"
    return [only] * k


def _name(bank: Bank, band: tuple[int, int], gender: Gender, seed: int, used: set[str]) -> str:
    mid = (band[0] + band[1]) / 2
    age = "young" if mid < 30 else "mid" if mid < 45 else "older"
    pool = bank.personas.names[f"{'female' if gender == 'f' else 'male'}_{age}"]
    for step in range(len(pool)):
        name = pool[(seed + step) % len(pool)]
        if name not in used:
            return name
    return pool[seed % len(pool)]


def _demographics(
    ctx: DraftContext, bank: Bank, facts: Facts, band: tuple[int, int], *, with_description: bool
) -> str:
    lo, hi = band
    ages = bank.personas.ages.format(lo=lo, hi=f"{hi}+" if hi >= 65 else hi)
    countries = [bank.personas.countries.get(c, c) for c in ctx.brief.audience.locations]
    where = ", ".join(countries[:3]) + (f" +{len(countries) - 3}" if len(countries) > 3 else "")
    genders = ctx.brief.audience.genders
    key = "all" if "all" in genders or len(set(genders)) > 1 else genders[0]
    parts = [ages, where, bank.personas.genders[key]]
    if with_description and facts.description:
        parts.append(shorten(facts.description, _MAX_DESCRIPTION))
    return " · ".join(p for p in parts if p)
