"""Ad copy from five frameworks (AIDA, PAS, BAB, FAB, 4U), written to each persona's angle.

Drafts must survive the same validators the plan applies afterwards, so the copywriter runs
them itself: it renders a draft, fits every field to the validator's own length count, checks
copy and policy, and when brief text trips a rule it retries without that text.  Lengths are
fitted by switching lines to plainer alternatives and dropping optional lines first, then by
shortening brief fragments at word boundaries, and only as a last resort by cutting the body.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from adsage.checks.claims import brief_facts, opener
from adsage.checks.copy import AdCopy, check_copy
from adsage.checks.deadlines import deadline_sources
from adsage.checks.policy import check_policy
from adsage.drafting.base import DraftContext
from adsage.drafting.offline.categories import Category, category_for, line_keys
from adsage.drafting.offline.cuts import short_product
from adsage.drafting.offline.facts import Facts, gather
from adsage.drafting.offline.fitting import (
    ANGLE_LINES,
    ANGLE_SLOTS,
    fit_primary,
    fit_short,
)
from adsage.drafting.offline.focus import (
    BENEFIT_SLOTS,
    FACT_SLOTS,
    key,
    named,
    restrict,
    serving_keys,
    whole,
)
from adsage.drafting.offline.headlines import first_fit, headline_lines, product_parts
from adsage.drafting.offline.hygiene import (
    capitalise,
    clause_cut,
    decapitalise,
    sanitize_fragment,
    tidy,
    typography,
)
from adsage.drafting.offline.personas import angle_of, lead_benefits, spec_for
from adsage.drafting.offline.phrases import (
    FRAMEWORKS,
    Bank,
    fill,
    first_filled,
    load_bank,
    rotate,
)
from adsage.drafting.offline.sameness import carries, repeats
from adsage.drafting.offline.sameness import lead_fact as lead_fact
from adsage.models.plan import CopyDraft, Framework, Persona
from adsage.rules.ad_text import copy_rules

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
_FACT_LISTS = frozenset({"FAB", "4U"})  # lines of brief facts, no problem or hook of the angle


@dataclass(frozen=True)
class Recipe:
    """What one draft is made of; changing any part gives a different angle or structure."""

    framework: Framework
    variant: int
    persona: str
    angle: str
    slot: int  # the persona's position, which also picks its interest
    shift: int = 0
    # Headlines earlier drafts already use: a set of three with one headline tests nothing.
    taken: tuple[str, ...] = ()


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
    facts = _ad_safe(gather(ctx, bank))
    cat = category_for(ctx.brief, facts.objective)
    limits = limits_for(ctx.brief.placements)
    out: list[CopyDraft] = []
    openers: set[str] = set()
    leads: set[str] = set()
    brief_facts_ = [f for f in (facts.offer, *facts.benefits) if f]
    for i in range(n):
        draft: CopyDraft | None = None
        fallback: CopyDraft | None = None  # distinct, but leads with a fact already used
        first: CopyDraft | None = None
        taken = tuple(d.headline.casefold() for d in out)
        # The second draft brings the offer when the first does not: a plan none of whose
        # ads names the brief's offer never shows it (decided per draft, so prefix-stable).
        # A flight inside the offer's dates is there for the offer: every draft names it.
        shown = any(carries(d, facts.offer) for d in out)
        need = bool(facts.offer) and (facts.offer_throughout or (i == 1 and not shown))
        kept: CopyDraft | None = None  # fits every rule but the offer, if no recipe has it
        recipes = _recipes(i, personas, cat, facts.lang)
        if not serving_keys(cat, facts, recipes[0].angle):
            # nothing in the brief answers this persona: a structure with the angle's own
            # lines (a problem, a before and after) says why it matters, a list of facts not
            recipes.sort(key=lambda r: r.framework in _FACT_LISTS)
        for planned in recipes:
            recipe = dataclasses.replace(planned, taken=taken)
            candidate = _best_draft(ctx, bank, cat, facts, recipe, limits)
            # Drafts of one plan must differ in what they lead with, not only in the close:
            # each one's first brief fact is one no earlier draft led with, and none is an
            # earlier draft's sentences in another order.
            if _opener(candidate) not in openers and not repeats(candidate.primary_text, out):
                lead = lead_fact(candidate.primary_text, brief_facts_)
                if (
                    not brief_facts_
                    or len(leads) >= len(brief_facts_)
                    or (lead and lead not in leads)
                ):
                    if need and not carries(candidate, facts.offer):
                        kept = kept or candidate
                        continue
                    draft = candidate
                    break
                fallback = fallback or candidate
            first = first or candidate
        draft = draft or kept or fallback or first
        assert draft is not None
        openers.add(_opener(draft))
        leads.add(lead_fact(draft.primary_text, brief_facts_))
        out.append(draft)
    return out


def _ad_safe(facts: Facts) -> Facts:
    """The facts without a benefit that alone trips a policy check ("natural wine list"
    reads as alcohol): that one benefit stays out of the ads, the others stay in, rather
    than every benefit being dropped from a draft that mentions it."""
    keep = tuple(b for b in facts.benefits if not check_policy({"primary_text": b}, facts.lang))
    return facts if keep == facts.benefits else dataclasses.replace(facts, benefits=keep)


def _opener(draft: CopyDraft) -> str:
    return opener(draft.primary_text, copy_rules().repetition.opener_words)


def _recipes(i: int, personas: list[Persona], cat: Category, lang: str) -> list[Recipe]:
    """The planned recipe for draft ``i`` first, then near variants in case it repeats one.
    Frameworks come in the category's order (a clinic opens with the problem, a job ad with
    the offer), each persona gets its own angle, so three drafts differ in what they say."""
    count = max(1, len(personas))
    j = i % count
    persona = personas[j] if personas else None
    name = persona.name if persona else ""
    fallback = cat.personas[i % len(cat.personas)].angle
    angle = angle_of(persona, j, cat, lang) if persona else fallback
    order = [*cat.frameworks, *(f for f in FRAMEWORKS if f not in cat.frameworks)]
    framework = order[i % len(cat.frameworks)]
    variant = (i // len(cat.frameworks)) % 2
    shift = i // (2 * len(cat.frameworks))
    planned = Recipe(framework, variant, name, angle, j, shift)  # type: ignore[arg-type]
    near = [
        Recipe(fw, v, name, angle, j, shift + s)  # type: ignore[arg-type]
        for s in (0, 1, 2)
        for fw in (framework, *(f for f in order if f != framework))
        for v in (variant, 1 - variant)
    ]
    return [planned, *near[1:]]


def _best_draft(
    ctx: DraftContext, bank: Bank, cat: Category, facts: Facts, recipe: Recipe, limits: Limits
) -> CopyDraft:
    """The first candidate with no findings, else the one with the fewest errors."""
    best: tuple[tuple[int, int], CopyDraft] | None = None
    for drop in _DROPS:
        draft = _render(ctx, bank, cat, facts, recipe, limits, drop)
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
            facts=brief_facts(ctx.brief),
            deadlines=deadline_sources(ctx.brief),
        )
        for f in check_copy(copy):
            errors += f.severity == "error"
            warnings += f.severity == "warning"
    return errors, warnings


def _render(
    ctx: DraftContext,
    bank: Bank,
    cat: Category,
    facts: Facts,
    recipe: Recipe,
    limits: Limits,
    drop: frozenset[str],
) -> CopyDraft:
    variants = bank.frameworks[recipe.framework]
    lines = variants[recipe.variant % len(variants)].primary
    angle = angle_lines(bank, cat, recipe.angle, facts.lang)
    ranked = serving_keys(cat, facts, recipe.angle)
    focus = frozenset(ranked)
    levels = [_slots(bank, cat, facts, recipe, caps, drop, focus) for caps in _CAPS]
    lead = ["{offer}"] if recipe.framework == "4U" else []
    # The headline names a fact that answers the persona, or none; the bank's lines back up.
    reserve = [h for h in bank.angles[recipe.angle].headline if "{interest}" not in h]
    pool = [*lead, *angle["headline"], *reserve]
    stock = {h for a in bank.angles.values() for h in a.headline}  # lines naming no brief word
    heads, spare = headline_lines([*pool, *bank.headline_fallback], levels[0], focus, stock)
    groups = [heads, product_parts(facts.product, facts.places), *spare]
    headline = first_fit(groups, levels, limits.headline, recipe.taken, facts.brand)
    # every line of the brief is an earlier draft's headline: repeat one
    headline = headline or fit_short(heads, levels, limits.headline, avoid=())
    # The persona's best fact reaches the text unless the headline names it (else: angle lines).
    top = {k for k in FACT_SLOTS if ranked and key(whole(levels[0], k)) == ranked[0]}
    on = ANGLE_SLOTS[recipe.angle] | top | (frozenset() if focus else ANGLE_LINES)
    carried = any(
        s.get(k) and key(s[k]) in key(headline)
        for s in levels
        # an end date in the headline does not tell what the offer is
        for k in (top | ANGLE_SLOTS[recipe.angle]) - {"offer_deadline"}
    )
    # The text adds to the headline: its benefit goes last, unless the persona has no other.
    said = next((whole(levels[0], k) for k in BENEFIT_SLOTS if named(levels, k, headline)), "")
    first = levels
    if said and sum(key(b) in focus for b in facts.benefits) > 1:
        levels = [_slots(bank, cat, facts, recipe, caps, drop, focus, said) for caps in _CAPS]
    else:
        said = ""
    primary = fit_primary(
        lines, levels, limits.primary_text, frozenset(on), need=not carried, headline=said
    )
    dated = facts.offer_deadline and key(facts.offer_deadline) in key(headline)
    if dated and not lead_fact(f"{primary} {headline}", [facts.offer]):
        # an end date alone says nothing when the text could not name the offer
        heads = [h for h in heads if "{offer_deadline}" not in h]
        headline = fit_short(heads, first, limits.headline, avoid=recipe.taken)
    description = fit_short(
        [*rotate(angle["description"], recipe.shift), *bank.description_fallback],
        levels,
        limits.description,
        avoid=(headline,),
    )
    lang = facts.lang
    return CopyDraft(
        primary_text=_final(primary, lang),
        headline=_final(headline, lang).rstrip("."),
        description=_final(description, lang).rstrip("."),
        # a calls goal keeps Call now whatever the category's usual button
        cta=facts.cta
        if facts.cta == "CALL_NOW"
        else cat.button(facts.objective, f"{facts.product} {facts.offer}", facts.cta),
        framework=recipe.framework,
        persona=recipe.persona,
        link=ctx.brief.landing_url,
    )


def _final(text: str, lang: str) -> str:
    """Last pass: chat-control forms cannot be assembled from parts, spacing is tidy, and
    amounts and quotes follow the language's typography."""
    return typography(tidy(sanitize_fragment(text, drop_instructions=False)), lang)


def angle_lines(bank: Bank, cat: Category, angle: str, lang: str) -> dict[str, list[str]]:
    """The category's lines for an angle, each list falling back to the phrase bank's."""
    own = cat.lines(lang).get(angle)  # type: ignore[call-overload]
    generic = bank.angles[angle]
    return {key: list(getattr(own, key, None) or getattr(generic, key)) for key in line_keys()}


def _slots(
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
    product = capitalise(
        short_product(facts.product, caps.get("product"), facts.lang, facts.places)
    )
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
        "interest": decapitalise(interest),
        "Interest": capitalise(interest),
    }
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
    for name in ("hooks", "problem", "agitate", "before", "after"):
        slots["hook" if name == "hooks" else name] = (
            first_filled(rotate(angle[name], turn), angled) or ""
        )
    own = cat.closes(facts.lang, facts.objective, facts.tone, f"{facts.product} {facts.offer}")
    closes = own or bank.close[facts.objective][facts.tone]
    short = min(own, key=len) if own else bank.close_short[facts.objective]
    slots["close_short"] = fill(short, slots) or ""
    slots["close"] = (
        first_filled(rotate(closes, recipe.variant + recipe.shift), slots) or slots["close_short"]
    )
    return slots


def _name(brand: str, product: str, lang: str) -> str:
    """Product and brand as one label, both kept in the nominative (no declension needed)."""
    if not product or brand.casefold() in product.casefold():
        return product or brand
    return f"{brand} – {decapitalise(product)}" if lang == "pl" else f"{product} by {brand}"
