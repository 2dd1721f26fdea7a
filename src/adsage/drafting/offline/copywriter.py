"""Ad copy from five frameworks (AIDA, PAS, BAB, FAB, 4U), written to each persona's angle.

Drafts must survive the same validators the plan applies afterwards, so the copywriter runs
them itself: it renders a draft, fits every field to the validator's own length count, checks
copy and policy, and when brief text trips a rule it retries without that text.  Lengths are
fitted by switching lines to plainer alternatives and dropping optional lines first, then by
shortening brief fragments at word boundaries, and only as a last resort by cutting the body.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from adsage.checks.copy import AdCopy, check_copy
from adsage.drafting.base import DraftContext
from adsage.drafting.offline.facts import Facts, gather, ordered_benefits
from adsage.drafting.offline.personas import angle_of
from adsage.drafting.offline.phrases import (
    FRAMEWORKS,
    Bank,
    Line,
    fill,
    first_filled,
    load_bank,
    pick,
    rotate,
    slots_of,
)
from adsage.drafting.offline.text import (
    capitalise,
    decapitalise,
    end_sentence,
    length,
    sanitize_fragment,
    shorten,
    shorten_name,
    tidy,
    trim_words,
)
from adsage.models.plan import CopyDraft, Framework, Persona
from adsage.rules.text import copy_rules

# Per-level caps on brief fragments (characters); level 0 keeps them whole.
_CAPS: tuple[dict[str, int], ...] = (
    {},
    {"brand": 30, "product": 40, "offer": 70, "benefit": 45, "interest": 25},
    {"brand": 22, "product": 28, "offer": 48, "benefit": 32, "interest": 18},
    {"brand": 16, "product": 20, "offer": 34, "benefit": 24, "interest": 14},
)
# Brief text to leave out, in order, when a draft with it fails a check.
_DROPS: tuple[frozenset[str], ...] = (
    frozenset(),
    frozenset({"benefits"}),
    frozenset({"offer"}),
    frozenset({"interests"}),
    frozenset({"benefits", "offer", "interests"}),
)
_FIELDS = ("primary_text", "headline", "description")


@dataclass(frozen=True)
class Recipe:
    """What one draft is made of; changing any part gives a different angle or structure."""

    framework: Framework
    variant: int
    persona: str
    angle: str
    slot: int  # the persona's position, which also picks its interest
    shift: int = 0


@dataclass(frozen=True)
class Limits:
    primary_text: int
    headline: int
    description: int

    def of(self, field: str) -> int:
        return int(getattr(self, field))


def limits_for(placements: Sequence[str]) -> Limits:
    """The tightest recommendation over the brief's placements, so no placement truncates."""
    lengths = copy_rules().lengths
    places = list(placements) or ["feed"]
    values = {f: min(lengths.recommended_for(f, p) for p in places) for f in _FIELDS}
    return Limits(**values)


def draft_copy(ctx: DraftContext, personas: list[Persona], n: int) -> list[CopyDraft]:
    if n <= 0:
        return []
    bank = load_bank(ctx.lang)
    facts = gather(ctx, bank)
    limits = limits_for(ctx.brief.placements)
    out: list[CopyDraft] = []
    seen: set[str] = set()
    for i in range(n):
        draft: CopyDraft | None = None
        for recipe in _recipes(i, personas, bank):
            candidate = _best_draft(ctx, bank, facts, recipe, limits)
            if _key(candidate) not in seen:
                draft = candidate
                break
            draft = draft or candidate
        assert draft is not None
        seen.add(_key(draft))
        out.append(draft)
    return out


def _key(draft: CopyDraft) -> str:
    return " ".join(draft.primary_text.casefold().split())


def _recipes(i: int, personas: list[Persona], bank: Bank) -> list[Recipe]:
    """The planned recipe for draft ``i`` first, then near variants in case it repeats one."""
    count = max(1, len(personas))
    j = i % count
    persona = personas[j] if personas else None
    name = persona.name if persona else ""
    angle = angle_of(persona, j, bank) if persona else ("value", "quality", "trust")[i % 3]
    framework = FRAMEWORKS[i % len(FRAMEWORKS)]
    variant = (i // len(FRAMEWORKS)) % 2
    shift = i // (2 * len(FRAMEWORKS))
    planned = Recipe(framework, variant, name, angle, j, shift)  # type: ignore[arg-type]
    near = [
        Recipe(fw, v, name, angle, j, shift + s)  # type: ignore[arg-type]
        for s in (0, 1)
        for fw in (framework, *(f for f in FRAMEWORKS if f != framework))
        for v in (variant, 1 - variant)
    ]
    return [planned, *near[1:]]


def _best_draft(
    ctx: DraftContext, bank: Bank, facts: Facts, recipe: Recipe, limits: Limits
) -> CopyDraft:
    """The first candidate with no findings, else the one with the fewest errors."""
    best: tuple[tuple[int, int], CopyDraft] | None = None
    for drop in _DROPS:
        draft = _render(ctx, bank, facts, recipe, limits, drop)
        score = _score(draft, ctx)
        if score == (0, 0):
            return draft
        if best is None or score < best[0]:
            best = (score, draft)
    assert best is not None
    return best[1]


def _score(draft: CopyDraft, ctx: DraftContext) -> tuple[int, int]:
    errors = warnings = 0
    for placement in dict.fromkeys(ctx.brief.placements):
        copy = AdCopy(
            primary_text=draft.primary_text,
            headline=draft.headline,
            description=draft.description,
            cta=draft.cta,
            link=draft.link,
            placement=placement,
            lang="pl" if ctx.lang == "pl" else "en",
        )
        for f in check_copy(copy):
            errors += f.severity == "error"
            warnings += f.severity == "warning"
    return errors, warnings


def _render(
    ctx: DraftContext,
    bank: Bank,
    facts: Facts,
    recipe: Recipe,
    limits: Limits,
    drop: frozenset[str],
) -> CopyDraft:
    variants = bank.frameworks[recipe.framework]
    lines = variants[recipe.variant % len(variants)].primary
    levels = [_slots(bank, facts, recipe, caps, drop) for caps in _CAPS]
    primary = _fit_primary(lines, levels, limits.primary_text, recipe.angle)
    angle = bank.angles[recipe.angle]
    lead = ["{offer}"] if recipe.framework == "4U" else []
    headline = _fit_short(
        [*lead, *rotate(angle.headline, recipe.variant), *bank.headline_fallback],
        levels,
        limits.headline,
        avoid=(),
    )
    description = _fit_short(
        [*rotate(angle.description, recipe.variant + recipe.shift), *bank.description_fallback],
        levels,
        limits.description,
        avoid=(headline,),
    )
    return CopyDraft(
        primary_text=_final(primary),
        headline=_final(headline).rstrip("."),
        description=_final(description).rstrip("."),
        cta=facts.cta,
        framework=recipe.framework,
        persona=recipe.persona,
        link=ctx.brief.landing_url,
    )


def _final(text: str) -> str:
    """Last pass: chat-control forms cannot be assembled from parts, spacing is tidy."""
    return tidy(sanitize_fragment(text, drop_instructions=False))


def _slots(
    bank: Bank, facts: Facts, recipe: Recipe, caps: dict[str, int], drop: frozenset[str]
) -> dict[str, str]:
    def cap(text: str, key: str) -> str:
        return shorten(text, caps[key]) if key in caps else text

    brand = cap(facts.brand, "brand")
    product = capitalise(
        shorten_name(facts.product, caps["product"], facts.lang) if caps else facts.product
    )
    offer = "" if "offer" in drop else cap(facts.offer, "offer")
    benefits = [] if "benefits" in drop else ordered_benefits(facts.benefits, recipe.angle)
    if recipe.shift and benefits:
        k = recipe.shift % len(benefits)
        benefits = benefits[k:] + benefits[:k]
    interests = () if "interests" in drop else facts.interests
    interest = cap(interests[recipe.slot % len(interests)], "interest") if interests else ""
    slots: dict[str, str] = {
        "brand": brand,
        "product": product,
        # A brand cut mid-name reads as a different word; the page name shows it anyway.
        "name": _name(facts.brand, product, facts.lang) if brand == facts.brand else product,
        "offer": capitalise(offer),
        "deadline": facts.deadline,
        "offer_deadline": facts.offer_deadline if offer else "",
        "interest": decapitalise(interest),
        "Interest": capitalise(interest),
    }
    for i in range(3):
        b = cap(benefits[i], "benefit") if i < len(benefits) else ""
        slots[f"b{i + 1}"] = capitalise(b)
        slots[f"b{i + 1}l"] = decapitalise(b)
    angle = bank.angles[recipe.angle]
    turn = recipe.variant + recipe.shift
    payoff = first_filled(rotate(angle.payoff, turn), slots) or ""
    slots["payoff"] = payoff
    slots["Payoff"] = capitalise(payoff)
    for key in ("hooks", "problem", "agitate", "before", "after"):
        options: list[str] = getattr(angle, key)
        slots["hook" if key == "hooks" else key] = first_filled(rotate(options, turn), slots) or ""
    closes = bank.close[facts.objective][facts.tone]
    slots["close_short"] = fill(bank.close_short[facts.objective], slots) or ""
    slots["close"] = (
        first_filled(rotate(closes, recipe.variant + recipe.shift), slots) or slots["close_short"]
    )
    slots["urgency"] = fill(pick(bank.urgency, recipe.variant), slots) or ""
    return slots


def _name(brand: str, product: str, lang: str) -> str:
    """Product and brand as one label, both kept in the nominative (no declension needed)."""
    if brand.casefold() in product.casefold():
        return product
    return f"{brand} – {decapitalise(product)}" if lang == "pl" else f"{product} by {brand}"


# Worth of a kept line by priority; lines carrying the persona's angle are worth more.
_WEIGHT = {0: 20.0, 1: 8.0, 2: 5.0, 3: 3.0}
_ANGLE_SLOTS = {
    "value": frozenset({"offer", "urgency", "offer_deadline"}),
    "quality": frozenset({"b1", "b1l"}),
    "trust": frozenset({"b1", "b1l"}),
    "experience": frozenset({"interest", "Interest", "payoff"}),
}
_LEVEL_COST = 3.0
_STEP_COST = 0.2


def _fit_primary(lines: list[Line], levels: list[dict[str, str]], limit: int, angle: str) -> str:
    """The most valuable combination of lines that fits: every line at its richest, dropped
    or shortened by as little as possible, brief fragments cut only when nothing else fits."""
    best: tuple[tuple[float, int], list[str]] | None = None
    previous: dict[str, str] | None = None
    for level, slots in enumerate(levels):
        if slots == previous:
            continue  # capping changed nothing at this level
        previous = slots
        options = [_options(line, slots, angle) for line in lines]
        for combo in itertools.product(*options):
            parts = [text for text, _ in combo if text]
            if _repeats(parts):
                continue
            size = sum(length(p) for p in parts) + max(0, len(parts) - 1)
            if size > limit:
                continue
            key = (sum(worth for _, worth in combo) - _LEVEL_COST * level, size)
            if best is None or key > best[0]:
                best = (key, parts)
    if best is not None:
        return tidy(" ".join(best[1]))
    return _cut_body(lines, levels[-1], limit)


def _repeats(parts: list[str]) -> bool:
    """Whether one sentence restates another ("Boards by X." next to "Boards.")."""
    bare = [p.casefold().rstrip(".!?") for p in parts]
    return any(a in b for i, a in enumerate(bare) for j, b in enumerate(bare) if i != j)


def _options(line: Line, slots: dict[str, str], angle: str) -> list[tuple[str, float]]:
    """Each available alternative with its worth, plus leaving the line out if allowed."""
    base = _WEIGHT.get(line.priority, 2.0)
    out: list[tuple[str, float]] = []
    for step, template in enumerate(line.alternatives):
        text = fill(template, slots) if template else None
        if not text:
            continue
        bonus = 4.0 if _ANGLE_SLOTS[angle].intersection(slots_of(template)) else 0.0
        out.append((text, base + bonus - _STEP_COST * step))
    if line.priority > 0 or not out:
        out.append(("", 0.0))
    return out


def _cut_body(lines: list[Line], slots: dict[str, str], limit: int) -> str:
    """Nothing fits even with the shortest fragments: keep the close, cut the body before it."""
    closing = first_filled(list(reversed(lines[-1].alternatives)), slots) or ""
    body = " ".join(t for line in lines[:-1] if (t := first_filled(list(line.alternatives), slots)))
    room = limit - length(closing) - 1
    cut = end_sentence(trim_words(body, room)) if room > 10 else ""
    text = tidy(f"{cut} {closing}".strip())
    return text if length(text) <= limit else end_sentence(trim_words(text, limit - 1))


def _fit_short(
    templates: list[str], levels: list[dict[str, str]], limit: int, avoid: Sequence[str]
) -> str:
    banned = {a.casefold() for a in avoid}
    for slots in levels:
        for template in templates:
            text = fill(template, slots)
            if text and length(text) <= limit and text.casefold() not in banned:
                return text
    for template in templates:
        text = fill(template, levels[-1])
        if text and text.casefold() not in banned:
            return trim_words(text, limit)
    return trim_words(levels[-1]["brand"], limit)
