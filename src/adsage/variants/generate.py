"""Build an A/B variant set from a brief: a control, then alternatives of one element.

Everything but the tested element is copied from the control, so the set passes the
one-variable rule by construction and ``check_abtest`` confirms it rather than hoping;
the alternatives come from the offline banks or (with a model engine) from the model under
the same guard as plan drafting, and every ad and the set are validated here, whichever
engine wrote them.
"""

from __future__ import annotations

import itertools
from typing import Any

from adsage.config import Settings
from adsage.drafting.base import DraftContext, Engine
from adsage.drafting.offline.copywriter import limits_for
from adsage.drafting.offline.cuts import phrase_cut
from adsage.drafting.offline.facts import gather as gather_facts
from adsage.drafting.offline.hygiene import capitalise
from adsage.drafting.offline.phrases import load_bank
from adsage.errors import BadInput
from adsage.models.brief import Brief
from adsage.models.plan import CopyDraft, Persona, Provenance
from adsage.rules.ad_text import copy_rules
from adsage.variants import offline as alt
from adsage.variants.bank import load_variant_bank
from adsage.variants.models import ELEMENTS, MAX_ADS, MIN_ADS, AdVariant, VariantSet, ad_name
from adsage.variants.validate import ad_findings, report, set_findings

# Offline drafts drawn for primary-text tests: enough frameworks and personas to find four
# texts that differ in idea, not just wording.
PRIMARY_POOL = 10


def check_options(vary: str, n: int) -> None:
    if vary not in ELEMENTS:
        raise BadInput(f"--vary must be one of {', '.join(ELEMENTS)}, not '{vary}'")
    if not MIN_ADS <= n <= MAX_ADS:
        raise BadInput(
            f"--n must be between {MIN_ADS} and {MAX_ADS} (ads in the test, control included), "
            f"not {n}"
        )


def generate_variants(
    brief: Brief,
    vary: str,
    n: int = 3,
    *,
    settings: Settings,
    engine: Engine | None = None,
    searcher: Any | None = None,
    name: str | None = None,
) -> VariantSet:
    """A control plus ``n - 1`` variants differing from it only in ``vary``."""
    from adsage.advisor.targeting import targeting_memo

    check_options(vary, n)
    with targeting_memo():  # the audiences and the A/B sizing read the same targeting
        return _generate(
            brief, vary, n, settings=settings, engine=engine, searcher=searcher, name=name
        )


def _generate(
    brief: Brief,
    vary: str,
    n: int,
    *,
    settings: Settings,
    engine: Engine | None,
    searcher: Any | None,
    name: str | None,
) -> VariantSet:
    if engine is None:
        from adsage.advisor.plan import make_engine

        engine = make_engine(settings)
    ctx = _context(brief, engine, searcher)
    base = _offline(engine)
    # A test of any other element drafts one control, from the lead persona alone; every
    # persona is built only if more drafts are needed (drafting is prefix-stable).
    lead_only = vary != "primary_text"
    personas = _personas(base, ctx, 1 if lead_only else None)

    def every() -> list[Persona]:
        nonlocal personas, lead_only
        if lead_only:
            personas, lead_only = _personas(base, ctx, None), False
        return personas

    drafts = base.copy(ctx, personas, n if vary == "primary_text" else 1)
    control_draft = drafts[0]
    bank = load_variant_bank(brief.language)
    facts = gather_facts(ctx, load_bank(brief.language))
    images = alt.image_candidates(bank, facts, brief)
    audiences = alt.audience_candidates(bank, facts, brief)
    control = _control(control_draft, brief, images, audiences)

    def offline_pool() -> list[alt.Candidate]:
        if vary == "primary_text":
            return alt.primary_candidates(drafts[1:])
        if vary in ("headline", "description"):
            return alt.text_candidates(vary, bank, facts, brief)
        if vary == "cta":
            return alt.cta_candidates(bank, facts, copy_rules().cta.values)
        return images[1:] if vary == "image" else audiences[1:]

    value = getattr(control, vary)
    pool = offline_pool()
    current = alt.Candidate(value, _angle_of(vary, value, control, pool, images, audiences, bank))
    if vary == "headline":
        # a line the control's text already says would only repeat it above the button; an
        # end date alone ("Until 24 December only") means something only when the text names
        # the offer and the offer is one deal, else the line names what ends ("Rabat 300 zł
        # do 31 marca 2027"), never "the offer ends" when only a discount does
        said = " ".join(control.primary_text.casefold().split())
        offer = " ".join(facts.offer.casefold().split()[:3])
        one_deal = bool(offer) and offer in said and ";" not in facts.offer
        pool = [
            c
            for c in pool
            if " ".join(c.value.casefold().split()) not in said
            and (c.angle != "urgency" or one_deal or c.value == facts.offer_ends)
        ]
    k = n - 1
    picks = alt.pick_distinct(current, pool, k, strict=True) if vary == "primary_text" else []
    if vary == "primary_text" and len({current.angle, *(c.angle for c in picks)}) <= k:
        # Too few picks, or picks that share an angle (a draft that was a reordering gave way
        # to a second one for the same persona): drafting is prefix-stable, so a bigger pool
        # keeps the first drafts and adds more.
        drafts = base.copy(ctx, every(), PRIMARY_POOL)
        pool = offline_pool()
    # "Meet <brand>" or a bare "See the details" against a brief fact tests nothing the
    # client can use: such lines come only after every line that carries a brief fact,
    # the drafts' own headlines included.
    fields = vary in ("headline", "description")
    weak = [c for c in pool if fields and c.angle in WEAK_ANGLES]
    pool = [c for c in pool if c not in weak]
    if fields:  # the brief's own facts that fit the field whole come before drafting more
        pool = [*pool, *_fact_lines(vary, facts, brief, pool, control.primary_text)]
    # the weak lines still count towards a full set: drafting ten more ads to replace them
    # costs a thin brief ten times its drafting, for lines that repeat its few facts
    # a label in a template ("Dla fanów: ekologia", "Looking for coffee?") comes only when
    # no other line is left, even a plain one of an angle already taken
    filler = [c for c in weak if c.angle in _FILLER]
    plain = [c for c in weak if c not in filler]
    # drafting more is worth it only when the set would otherwise come out short, or end on
    # a label template while the brief has facts the drafts can turn into lines; a set
    # filled by brand or "see the details" lines is not redrafted (ten more ads per thin
    # brief made a batch of them many times slower)
    preview = alt.pick_distinct(current, [*pool, *plain, *filler], k, last=_FILLER)
    short = len(alt.pick_distinct(current, [*pool, *weak], k)) < k
    templated = any(c.angle in _FILLER for c in preview) and bool(facts.offer or facts.benefits)
    if fields and (short or templated):
        # A thin brief can run the line bank dry; the drafts' own lines (facts only, already
        # checked) are the next honest source before the set comes out short.
        lines = _draft_lines(base, ctx, every(), drafts, vary, brief, current, pool, k)
        pool = [*pool, *lines]
    pool = [*pool, *plain, *filler]
    if getattr(engine, "caller", None) is not None and engine.name != "offline":
        from adsage.variants.llm import llm_alternatives

        chosen = llm_alternatives(engine, ctx, vary, control, current, k, lambda: pool, bank)
    else:
        chosen = alt.pick_distinct(current, pool, k, last=_FILLER)
    ads = [control.model_copy(update={"angle": current.angle})]
    for i, c in enumerate(chosen, 1):
        ads.append(control.model_copy(update={"name": ad_name(i), vary: c.value, "angle": c.angle}))
    ads = [a.model_copy(update={"report": report(ad_findings(a, brief))}) for a in ads]
    from adsage.advisor.plan import ab_plan_for  # the plan's own A/B numbers

    # every text the ads carry, not only the varied one: an offer's end stated in the shared
    # text limits the test as much as one in the varied element
    texts = [str(getattr(a, k) or "") for a in ads for k in _TEXTS]
    plan = ab_plan_for(brief, len(ads), texts)
    return VariantSet(
        brief_name=name or brief.brand,
        brand=brief.brand,
        objective=ctx.objective,
        vary=vary,  # type: ignore[arg-type]
        lang=brief.language,
        variants=ads,
        set_report=report(set_findings(vary, ads, plan, brief)),
        ab_plan=plan,
        provenance=ctx.provenance,
    )


_TEXTS = ("primary_text", "headline", "description")


def _context(brief: Brief, engine: Engine, searcher: Any | None) -> DraftContext:
    from adsage.advisor.plan import choose_objective

    objective, _ = choose_objective(brief)
    knowledge = []
    if searcher is not None:
        from adsage.advisor.grounding import gather

        knowledge = gather(searcher, brief, objective)
    return DraftContext(
        brief=brief,
        lang=brief.language,
        objective=objective,
        knowledge=knowledge,
        provenance=Provenance(engine="offline" if engine.name == "offline" else "openai"),
    )


def _personas(base: Engine, ctx: DraftContext, upto: int | None) -> list[Persona]:
    """The personas drafts are written for; ``upto``: the first ones suffice (the offline
    engine then builds no more; another engine builds them all, as it always did)."""
    from adsage.drafting.offline import OfflineEngine

    if upto is not None and isinstance(base, OfflineEngine):
        return base.personas(ctx, upto)
    return base.personas(ctx)


def _offline(engine: Engine) -> Engine:
    """The engine that writes the control: the offline one, even in model mode, so the
    control is reproducible and the model's tokens go to the element under test."""
    if engine.name == "offline":
        return engine
    fallback = getattr(engine, "fallback", None)
    if callable(fallback):
        return fallback()  # type: ignore[no-any-return]
    from adsage.drafting.offline import OfflineEngine

    return OfflineEngine()  # type: ignore[no-any-return]


def _control(
    draft: CopyDraft,
    brief: Brief,
    images: list[alt.Candidate],
    audiences: list[alt.Candidate],
) -> AdVariant:
    return AdVariant(
        name=ad_name(0),
        primary_text=draft.primary_text,
        headline=draft.headline,
        description=draft.description,
        cta=draft.cta,
        link=draft.link or brief.landing_url,
        image=str(images[0].value) if images else None,
        audience=dict(audiences[0].value) if audiences else None,
        angle=f"{draft.framework} · {draft.persona}",
    )


# Variant angles that carry no brief fact (the brand's name, a bare "see the details") or
# fill a template with a label ("For fans of ecology", "Looking for coffee?"): they come
# after every line from the offer, its deadline, the benefits and the proof.
WEAK_ANGLES = frozenset({"brand", "action", "explore", "interest", "question"})
_FILLER = frozenset({"interest", "question"})


def _fact_lines(
    vary: str, facts: Any, brief: Brief, pool: list[alt.Candidate], text: str
) -> list[alt.Candidate]:
    """The product, offer and benefits as lines of their own, where one fits the field
    with no finding: a thin brief's set gets them before ten more ads are drafted for their
    headlines (which say the same facts). A headline never repeats what the text says."""
    norm = lambda v: " ".join(v.casefold().split())  # noqa: E731
    have = {norm(c.value) for c in pool}
    said = norm(text)
    out = []
    # the offer's parts ("Bukiety na Dzień Matki od 89 zł") and a fact cut where its phrase
    # ends with its claim kept (see phrase_cut) fit where the whole fact does not
    whole = [facts.offer, *facts.offer_parts, *facts.benefits, facts.product]
    limit = limits_for(brief.placements).of(vary)
    cut = [phrase_cut(f, limit, facts.lang) for f in (facts.offer, *facts.benefits) if f]
    for i, v in enumerate(dict.fromkeys(capitalise(f) for f in (*whole, *cut) if f), 1):
        if norm(v) in have or (vary == "headline" and norm(v) in said):
            continue
        if _brand_only(v, brief.brand) or not alt.clean_line(vary, v, brief):
            continue
        out.append(alt.Candidate(v, f"fact {i}"))
    return out


def _draft_lines(
    base: Engine,
    ctx: DraftContext,
    personas: list[Persona],
    made: list[CopyDraft],
    vary: str,
    brief: Brief,
    current: alt.Candidate,
    pool: list[alt.Candidate],
    k: int,
) -> list[alt.Candidate]:
    """Lines from up to ``PRIMARY_POOL`` drafts, each its own idea (one that repeats the
    control must not take the angle from the others).  Drafts come one at a time and stop
    once the pool and their lines give ``k`` new ideas (a later draft's line would come
    after those and change nothing), or once a draft repeats a line or falls back on the
    brand's name (the copywriter names the brand only when every fact is taken): drafting
    ten ads per brief made a batch of thin briefs many times slower, and the drafts past
    that point (the costliest: each searches every recipe for a text not yet used) gave
    no new line."""
    drafts = getattr(base, "iter_copy", None)  # ``made``: the control's, not drafted again
    each = drafts(ctx, personas, made) if drafts else iter(base.copy(ctx, personas, PRIMARY_POOL))
    seen: dict[Any, None] = {}
    out: list[alt.Candidate] = []
    for d in itertools.islice(each, PRIMARY_POOL):
        v = getattr(d, vary)
        if v in seen:  # a draft repeats a line: the brief has no new one left
            break
        seen[v] = None
        if v and alt.clean_line(vary, v, brief) and not _brand_only(v, brief.brand):
            out.append(alt.Candidate(v, f"draft {len(seen)}"))
            if len(alt.pick_distinct(current, [*pool, *out], k, fresh=True)) >= k:
                break
        if v and brief.brand.casefold() in str(v).casefold():
            break  # the brand's name is a draft's last resort: no fact is left to draft
    return out


def _brand_only(text: str, brand: str) -> bool:
    """Whether a line is the brand and nothing more ("Przygoda Mazury")."""
    return text.strip(" .").casefold() == brand.strip().casefold()


def _angle_of(
    vary: str,
    value: Any,
    control: AdVariant,
    pool: list[alt.Candidate],
    images: list[alt.Candidate],
    audiences: list[alt.Candidate],
    bank: Any,
) -> str:
    """What idea the control's tested element carries, in the same terms as the variants."""
    if vary == "primary_text":
        return control.angle
    if vary == "cta":
        return str(bank.cta.get(value, value))
    if vary == "image":
        return images[0].angle if images else ""
    if vary == "audience":
        return audiences[0].angle if audiences else ""
    return next((c.angle for c in pool if alt.too_close(c.value, value)), "")
