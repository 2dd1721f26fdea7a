"""Ad copy from five frameworks (AIDA, PAS, BAB, FAB, 4U), written to each persona's angle.

Drafts must survive the same validators the plan applies afterwards, so the copywriter runs
them itself: it renders a draft, fits every field to the validator's own length count, checks
copy and policy, and when brief text trips a rule it retries without that text.  Lengths are
fitted by switching lines to plainer alternatives and dropping optional lines first, then by
shortening brief fragments at word boundaries, and only as a last resort by cutting the body.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from adsage.checks.claims import opener
from adsage.drafting.base import DraftContext
from adsage.drafting.offline.categories import Category, category_for
from adsage.drafting.offline.cuts import goods
from adsage.drafting.offline.descriptions import brings, describe
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
    serving_keys,
    whole,
)
from adsage.drafting.offline.headlines import first_fit, headline_lines, product_parts
from adsage.drafting.offline.hygiene import (
    sanitize_fragment,
    tidy,
    typography,
)
from adsage.drafting.offline.limits import Limits
from adsage.drafting.offline.limits import limits_for as limits_for
from adsage.drafting.offline.personas import angle_of
from adsage.drafting.offline.phrases import (
    FRAMEWORKS,
    Bank,
    Line,
    load_bank,
    rotate,
    slots_of,
)
from adsage.drafting.offline.sameness import carries, repeats, sentence_set
from adsage.drafting.offline.sameness import lead_fact as lead_fact
from adsage.drafting.offline.scoring import ad_safe, findings_score
from adsage.drafting.offline.seasonal import names_occasion, occasion_for, without_echo
from adsage.drafting.offline.slots import (
    angle_lines,
    fill_slots,
    once,
    product_detail,
    role_lines,
)
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
# Recipes tried past a draft that fits every rule, for one that names an unsaid benefit.
_LOOK_AHEAD = 4
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
    season: tuple[str, ...] = ()  # the flight's season's or brief's occasion's (seasonal)
    named: tuple[str, ...] = ()  # the brief's own occasion's names (see occasion_line)
    # Earlier drafts' descriptions, and the brief facts (by ``key``) earlier drafts already
    # carry: a description is a brief fact no ad has shown yet, else one no ad repeats.
    described: tuple[str, ...] = ()
    shown: tuple[str, ...] = ()
    stock: bool = False  # the angle's stock lines may open the text (see slots)


def draft_copy(ctx: DraftContext, personas: list[Persona], n: int) -> list[CopyDraft]:
    return list(itertools.islice(iter_copy(ctx, personas), max(n, 0)))


def iter_copy(
    ctx: DraftContext, personas: list[Persona], start: Sequence[CopyDraft] = ()
) -> Iterator[CopyDraft]:
    """Drafts one at a time, each decided by the earlier ones only (so ``n`` drafts are
    the first ``n`` of any longer run): a caller that needs lines until a set is full
    drafts no more ads than it uses.  ``start``: the first drafts of this same run, made
    before (for the same brief and leading personas), yielded again, not redrafted."""
    bank = load_bank(ctx.lang)
    facts = ad_safe(gather(ctx, bank))
    cat = category_for(ctx.brief, facts.objective)
    limits = limits_for(ctx.brief.placements)
    out: list[CopyDraft] = []
    openers: set[str] = set()
    leads: set[str] = set()
    brief_facts_ = [f for f in (facts.offer, *facts.benefits) if f]
    season, named = occasion_for(ctx.brief, cat.id, facts.lang)
    # what the ad set as a whole should name at least once: the product's material or
    # make ("z litego drewna dębowego"), the offer and each benefit
    distinct = [f for f in (product_detail(facts.product, facts.lang), *brief_facts_) if f]
    for d in start:
        openers.add(_opener(d))
        leads.add(_lead(d, brief_facts_))
        out.append(d)
        yield d
    for i in itertools.count(len(start)):
        draft: CopyDraft | None = None
        fallback: CopyDraft | None = None  # distinct, but leads with a fact already used
        first: CopyDraft | None = None
        taken = tuple(d.headline.casefold() for d in out)
        described = tuple(d.description for d in out)
        seen = tuple(key(f) for f in distinct if any(carries(d, f) for d in out))
        # The second draft brings the offer when the first does not: a plan none of whose
        # ads names the brief's offer never shows it (decided per draft, so prefix-stable).
        # A flight inside the offer's dates is there for the offer: every draft names it.
        shown = any(carries(d, facts.offer) for d in out)
        need = bool(facts.offer) and (facts.offer_throughout or (i == 1 and not shown))
        kept: CopyDraft | None = None  # fits every rule but the offer, if no recipe has it
        # Every draft names the flight's season when one applies (a recipe whose text has
        # no room for the sentence is kept only in case none has): any later draft may be
        # the variant of a primary-text test, and a variant without the control's season
        # sentence would test two things at once; the first draft's form of it comes first.
        control = [s for s in season if out and _final(s, facts.lang) in out[0].primary_text]
        occasion = (*control, *(s for s in season if s not in control))
        # A benefit no earlier draft names goes into this one if a recipe close to the
        # planned one has it: each of the brief's benefits reaches at least one ad.
        unsaid = [b for b in facts.benefits if not any(carries(d, b) for d in out)]
        settled: CopyDraft | None = None  # fits every rule, names no unsaid benefit
        tries = 0
        recipes = _recipes(i, personas, cat, facts.lang)
        if not serving_keys(cat, facts, recipes[0].angle):
            # nothing in the brief answers this persona: a structure with the angle's own
            # lines (a problem, a before and after) says why it matters, a list of facts not
            recipes.sort(key=lambda r: r.framework in _FACT_LISTS)
        # A stock line that names nothing of the brief ("Interested, but still undecided.")
        # opens a draft only when no recipe without one makes a distinct draft.
        for stock in (False, True):
            if stock and (draft or settled or kept or fallback):
                break
            for planned in recipes:
                if settled is not None:
                    tries += 1
                    if tries > _LOOK_AHEAD:
                        break
                recipe = dataclasses.replace(
                    planned,
                    taken=taken,
                    season=occasion,
                    named=named,
                    described=described,
                    shown=seen,
                    stock=stock,
                )
                candidate = _best_draft(ctx, bank, cat, facts, recipe, limits)
                # Drafts of one plan must differ in what they lead with, not only in the close:
                # each one's first brief fact is one no earlier draft led with, and none is an
                # earlier draft's sentences in another order.
                again = repeats(
                    candidate.primary_text, out, [_final(s, facts.lang) for s in season]
                )
                if _opener(candidate) not in openers and not again:
                    lead = _lead(candidate, brief_facts_)
                    if (
                        not brief_facts_
                        or len(leads) >= len(brief_facts_)
                        or (lead and lead not in leads)
                    ):
                        missing = need and not carries(candidate, facts.offer)
                        if missing or not _names(candidate, occasion, facts.lang, named):
                            kept = kept or candidate
                            continue
                        said = (
                            f"{candidate.primary_text} {candidate.headline} {candidate.description}"
                        )
                        if unsaid and not brings(said, unsaid):
                            settled = settled or candidate
                            continue
                        draft = candidate
                        break
                    fallback = fallback or candidate
                first = first or candidate
        draft = draft or settled or kept or fallback or first
        assert draft is not None
        openers.add(_opener(draft))
        leads.add(_lead(draft, brief_facts_))
        out.append(draft)
        yield draft


def _lead(draft: CopyDraft, facts: Sequence[str]) -> str:
    """The fact the ad leads with: its text's first, else its headline's (a text that
    leaves the headline's one fact to the headline still leads with that fact)."""
    return lead_fact(draft.primary_text, facts) or lead_fact(draft.headline, facts)


def _names(draft: CopyDraft, occasion: tuple[str, ...], lang: str, named: Sequence[str]) -> bool:
    """Whether the draft's text has one of the season's sentences (or none is asked for)."""
    return names_occasion(draft.primary_text, [_final(s, lang) for s in occasion], named)


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
        score = findings_score(draft, ctx)
        if score == (0, 0):
            return draft
        if best is None or score < best[0]:
            best = (score, draft)
    assert best is not None
    return best[1]


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
    if recipe.season:  # before the close; kept unless the offer may name the occasion
        keep = 1 if recipe.named else 0
        lines = [*lines[:-1], Line(priority=keep, alternatives=recipe.season), lines[-1]]
    role = role_lines(cat, facts)
    if role:  # always kept, after the opener: a job ad says what the job is
        lines = [lines[0], Line(priority=0, alternatives=role), *lines[1:]]
    angle = angle_lines(bank, cat, recipe.angle, facts.lang)
    ranked = serving_keys(cat, facts, recipe.angle)
    focus = frozenset(ranked)
    levels = [fill_slots(bank, cat, facts, recipe, caps, drop, focus) for caps in _CAPS]
    lead = ["{offer}"] if recipe.framework == "4U" else []
    # The headline names a fact that answers the persona, or none; the bank's lines back up.
    reserve = [h for h in bank.angles[recipe.angle].headline if "{interest}" not in h]
    pool = [*lead, *angle["headline"], *reserve]
    stock = {h for a in bank.angles.values() for h in a.headline}  # lines naming no brief word
    heads, spare = headline_lines([*pool, *bank.headline_fallback], levels[0], focus, stock)
    # the brief's facts first, the offer's and then the others; the product's parts or its
    # name only when no fact fits; the bank's stock lines last
    offers, others, names, generic = spare
    parts = product_parts(goods(facts.product, facts.lang), facts.places)
    groups = [heads, offers, others, parts, names, generic]
    headline = first_fit(groups, levels, limits.headline, recipe.taken, facts.brand)
    # every line of the brief is an earlier draft's headline: repeat one
    headline = headline or fit_short(heads, levels, limits.headline, avoid=())
    # The persona's best fact reaches the text unless the headline names it (else: angle lines).
    top = {k for k in FACT_SLOTS if ranked and key(whole(levels[0], k)) == ranked[0]}
    on = ANGLE_SLOTS[recipe.angle] | top | (frozenset() if focus else ANGLE_LINES)
    # a flight that lasts only as long as the offer is there for it: the text names it
    # whenever some combination of lines can, whoever the persona is
    held = facts.offer_throughout
    carried = any(
        s.get(k) and key(s[k]) in key(headline)
        for s in levels
        # an end date in the headline does not tell what the offer is
        for k in (top | ANGLE_SLOTS[recipe.angle]) - {"offer_deadline", "offer_ends"}
    )
    # The text adds to the headline: its benefit goes last, unless the persona has no other.
    said = next((whole(levels[0], k) for k in BENEFIT_SLOTS if named(levels, k, headline)), "")
    first = levels

    def moved() -> list[dict[str, str]]:
        return [fill_slots(bank, cat, facts, recipe, caps, drop, focus, said) for caps in _CAPS]

    if said and sum(key(b) in focus for b in facts.benefits) > 1:
        levels = moved()

    # The text never contains its own headline: one ad saying the same words twice (the
    # persona's one fitting fact as headline and as opener) wastes a field.
    def text(ban: str) -> str:
        on_ = frozenset(on)
        size = limits.primary_text
        if held:
            on_ |= {"offer"}
        need = not carried or held
        out = fit_primary(lines, levels, size, on_, need=need, headline=said, ban=ban)
        return without_echo(out, recipe.season, recipe.named)

    primary = text(headline)
    facts_ = [f for f in (facts.offer, *facts.benefits) if f]
    if said and not lead_fact(primary, facts_):
        # the headline took the persona's one benefit: the text brings the brief's others
        levels = moved()
        primary = text(headline)
    if (facts_ and not lead_fact(primary, facts_)) or len(sentence_set(primary)) <= 1:
        # Without the headline's words the text names no brief fact (or is only the call
        # to action): the text keeps its lines and the headline says something else if the
        # brief has anything else; a thin brief keeps both rather than a bare button line.
        free = text("")
        other = fit_short(heads, levels, limits.headline, avoid=(*recipe.taken, free))
        if other.casefold() != facts.brand.casefold() and (not facts_ or lead_fact(free, facts_)):
            headline, primary = other, free
        elif len(sentence_set(primary)) <= 1:
            primary = free
    dated = facts.offer_deadline and key(facts.offer_deadline) in key(headline)
    if dated and not lead_fact(f"{primary} {headline}", [facts.offer]):
        # an end date alone says nothing when the text could not name the offer; the new
        # headline is none of the text's sentences
        heads = [h for h in heads if not {"offer_deadline", "offer_ends"} & set(slots_of(h))]
        headline = fit_short(heads, first, limits.headline, avoid=(*recipe.taken, primary))
    primary = once(primary, role)  # the role named twice ("Warehouse jobs by X ... jobs")
    description = describe(
        rotate(angle["description"], recipe.shift),
        bank.description_fallback,
        levels,
        limits.description,
        said=f"{primary} {headline}",
        headline=headline,
        shown=recipe.shown,
        described=recipe.described,
        lang=facts.lang,
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
