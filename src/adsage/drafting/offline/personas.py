"""Personas from the brief and its category: who buys, the job, the trigger, the objections.

A persona is only useful if it changes the message, so each one comes from the category's
data (a dentist's postponing patient, a trucking firm's driver who wants home time, a SaaS
budget owner) with its own copy angle, and the brief fills in the rest: the benefit that
answers each objection, the offer in the message angle, the placements it runs on.  Ages are
those of the people who really buy in that category, clipped to the brief's range; under a
special ad category they stay the whole range, because Meta forbids age or gender narrowing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from adsage.checks.targeting import age_end, age_range
from adsage.drafting.base import DraftContext
from adsage.drafting.offline.answer_kinds import is_kind
from adsage.drafting.offline.categories import (
    Category,
    PersonaSpec,
    brief_places,
    category_for,
)
from adsage.drafting.offline.facts import Facts, gather
from adsage.drafting.offline.hygiene import (
    capitalise,
    clean_fragment,
    decapitalise,
    shorten,
    typography,
)
from adsage.drafting.offline.objections import (
    answers,
    brief_text,
    live_objections,
    loose_fill,
    objection_lines,
)
from adsage.drafting.offline.phrases import ANGLES, Bank, load_bank
from adsage.drafting.offline.segments import audience_words, brief_segments, segment_label
from adsage.i18n import country_name, has, plural, t
from adsage.models.brief import Brief
from adsage.models.plan import Persona

Gender = Literal["f", "m"]
_MAX_DESCRIPTION = 140
_MIN_SPAN = 7
_MAX_ITEM = 70  # the product named inside a persona's sentence
# Where a product line's head ends ("Home solar panels, fitted by ..."; "Coaching - 12 weeks").
_PRODUCT_HEAD = re.compile(r",\s|\s[-–—]\s|:\s|\s\(")


def build_personas(ctx: DraftContext, upto: int | None = None) -> list[Persona]:
    """The brief's personas; ``upto``: only the first ones (each persona depends on those
    before it alone, so they are the same as the full list's first ones): a test of one
    headline drafts its control from the lead persona, and the others cost as much again."""
    bank = load_bank(ctx.lang)
    facts = gather(ctx, bank)
    brief = ctx.brief
    cat = category_for(brief, facts.objective)
    # only a category whose lock the rule data confirms (not one it holds UNSURE) fixes ages
    special = brief.special_ad_category in _locked()
    lo, hi = special_ages() if special else brief.audience.age
    from adsage.drafting.offline.reach import parents_set, reached_specs

    sells = brief_text(brief)
    specs = reached_specs(cat, facts, brief, (lo, hi), special, sells)
    second = not special and parents_set(brief)
    segments = _segments(brief, cat, facts.lang)
    # Under a special ad category the ads reach every gender, whatever the brief names.
    genders = _genders(["all"] if special else brief.audience.genders, len(specs), facts.seed)
    used: set[str] = set()
    out: list[Persona] = []
    bands = _bands(specs, lo, hi, special, second)
    places = brief_places(brief)  # the same for every persona
    for j, (spec, gender, band) in enumerate(zip(specs, genders, bands, strict=True)):
        if upto is not None and j >= upto:
            break
        text = spec.text(facts.lang)
        label = segment_label(segments[j], gender, facts.lang) if j < len(segments) else ""
        label = label or text.label_for(gender)
        if special:
            name = capitalise(label)  # no personal name: nothing hints at a gender or age
        else:
            first = _name(bank, band, gender, facts.seed + j, used)
            used.add(first)
            name = f"{first}, {label}"
        slots = persona_slots(facts, spec)
        if cat.id == "general":
            # the fallback's stages speak of this brief: its product, offer, benefits and
            # the people it names (a category's own personas already fit the business)
            slots["audience"] = audience_words(brief, facts.lang, segments[j : j + 1])
            slots["item"] = shorten(
                _PRODUCT_HEAD.split(slots["product"], 1)[0], _MAX_ITEM, fact=False
            )
        out.append(
            Persona(
                name=name,
                demographics=_demographics(
                    ctx,
                    bank,
                    band,
                    loose_fill(text.who, slots),
                    special,
                    first=j == 0,
                    outside=band[0] > hi or band[1] < lo,
                    own_set=second,
                ),
                motivations=[loose_fill(text.job, slots), loose_fill(text.trigger, slots)],
                pains=[loose_fill(p, slots) for p in text.pains],
                objections=objection_lines(
                    bank,
                    live_objections(text.objections, brief, sells),
                    facts,
                    places,
                    slots,
                ),
                where_they_scroll=surfaces(bank, list(brief.placements), spec.surfaces),
                message_angle=typography(loose_fill(text.angle, slots), facts.lang),
            )
        )
    return out


def _bands(
    specs: Sequence[PersonaSpec], lo: int, hi: int, special: bool, second: bool
) -> list[tuple[int, int]]:
    """Each persona's ages: the whole range under a special ad category, else its own ages
    clipped to the brief's (moved inside it when it has no ad set of its own), and the range
    shared out when clipping leaves a persona only a sliver of it (``age_bands.spread``)."""
    if special:
        return [(lo, hi)] * len(specs)
    from adsage.drafting.offline.age_bands import spread
    from adsage.drafting.offline.reach import fit

    bands = []
    for spec in specs:
        band = clip(spec.ages, lo, hi)
        if not second and (band[0] > hi or band[1] < lo):
            band = fit(band, lo, hi, _MIN_SPAN)  # no ad set of its own: inside the targeting
        bands.append(band)
    return spread([s.ages for s in specs], bands, lo, hi, _MIN_SPAN)


def _segments(brief: Brief, cat: Category, lang: str) -> list[str]:
    """The people the brief itself names, for the fallback category only (a category's own
    personas already fit the business), in the brief's language and never under a special
    ad category (its personas carry no words about who people are)."""
    if cat.id != "general" or brief.special_ad_category != "NONE" or brief.language != lang:
        return []
    from adsage.checks.special import neutral_wording

    # never a segment named by body weight ("overweight adults"): the policy forbids it
    return brief_segments(neutral_wording(brief.audience.description, "NONE"))


def _locked() -> list[str]:
    """The special ad categories whose age and gender lock the rule data confirms."""
    from adsage.rules.campaign import targeting_rules

    return targeting_rules().special_categories.restricted


def special_ages() -> tuple[int, int]:
    """The fixed range of a special ad category (rule data): a persona "28-50" next to
    "the whole range" contradicts the targeting, which opens to 18-65+."""
    from adsage.rules.campaign import targeting_rules

    sc = targeting_rules().special_categories
    return sc.fixed_age_min, sc.fixed_age_max


def clip(ages: tuple[int, int], lo: int, hi: int) -> tuple[int, int]:
    """The category's buying ages inside the brief's range.  A persona who lies wholly
    outside it (the parents of 16-19-year-olds) keeps its own ages: "a parent aged 16-19"
    would be false, and the persona shows the plan a second audience.  A sliver of overlap
    ("35-35") is widened to a few years inside the brief's range."""
    a, b = max(ages[0], lo), min(ages[1], hi)
    if a > b:
        return ages
    if b - a < _MIN_SPAN:
        if a == lo:
            b = min(hi, a + _MIN_SPAN)
        else:
            a = max(lo, b - _MIN_SPAN)
    return (a, b)


def lead_benefits(benefits: Sequence[str], spec: PersonaSpec | None, lang: str) -> list[str]:
    """The brief's benefits with the ones answering this persona's objections first, the
    first objection's answer leading."""
    if spec is None:
        return list(benefits)
    first: list[str] = []
    for o in spec.text(lang).objections:
        first += [b for b in answers(benefits, o) if b not in first]
    return first + [b for b in benefits if b not in first]


def persona_slots(facts: Facts, spec: PersonaSpec) -> dict[str, str]:
    """Slots for the message angle: only benefits that answer this persona's objections,
    so "lower the risk (…)" never names a benefit that has nothing to do with risk."""
    every = lead_benefits(facts.benefits, spec, facts.lang)
    fitting = {b for o in spec.text(facts.lang).objections for b in answers(facts.benefits, o)}
    # the angle's own kind of fact, when it names one: "Show a day at camp (…)" never
    # quotes who looks after the children, however well that answers another question
    benefits = [
        b
        for b in every
        if b in fitting and (not spec.angle_kinds or any(is_kind(b, k) for k in spec.angle_kinds))
    ]
    slots = {
        "brand": facts.brand,
        "product": decapitalise(facts.product),
        "offer": decapitalise(shorten(facts.offer, 90)),
    }
    for i in range(3):
        b = shorten(benefits[i], 80) if i < len(benefits) else ""
        slots[f"b{i + 1}"] = b
        slots[f"b{i + 1}l"] = decapitalise(b)
    return slots


def angle_of(persona: Persona, index: int, cat: Category, lang: str) -> str:
    """The angle a persona was written for; personas from elsewhere (a model) get the
    category's angle at their position, so the drafts still spread over different angles."""
    for spec in cat.personas:
        prefix = spec.text(lang).angle.split("{", 1)[0].split("(", 1)[0].strip()
        if prefix and persona.message_angle.startswith(prefix):
            return spec.angle
    angles: list[str] = [p.angle for p in cat.personas] or list(ANGLES)
    return angles[index % len(angles)]


def spec_for(cat: Category, angle: str) -> PersonaSpec | None:
    return next((p for p in cat.personas if p.angle == angle), None)


def surfaces(bank: Bank, placements: list[str], preferred: Sequence[str]) -> list[str]:
    ordered = [p for p in preferred if p in placements]
    ordered += [p for p in placements if p not in ordered and not preferred]
    return [bank.personas.surfaces[p] for p in ordered or placements]


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
    ctx: DraftContext,
    bank: Bank,
    band: tuple[int, int],
    who: str,
    special: bool,
    *,
    first: bool,
    outside: bool = False,
    own_set: bool = False,
) -> str:
    lo, hi = band
    brief = ctx.brief
    end = age_end(hi)
    # the unit agrees with the upper age ("24–34 lata", "25–40 lat", "18–65+ lat")
    upto = plural("unit.years", hi, bank.lang, shown=end)
    ages = bank.personas.ages.format(lo=lo, hi=end, upto=upto)
    if outside and not special:
        # a second audience the brief names (the parents): said, so no one expects the
        # plan's ad sets, which target the brief's ages, to reach it
        # the parents' ad set the targeting section offers (reach.parents_set) would reach it
        key = "plan.targeting.persona_own_set" if own_set else "plan.targeting.persona_outside"
        ages = f"{ages} ({t(key, bank.lang, ages=_targeted(brief))})"
    if special:
        note = bank.personas.special.format(category=_category(brief.special_ad_category, bank))
        ages = f"{ages} ({note})"
    # names from CLDR, the table every rendering uses; the codes stay in the targeting data
    countries = [country_name(c, bank.lang) for c in brief.audience.locations]
    where = ", ".join(countries[:3]) + (f" +{len(countries) - 3}" if len(countries) > 3 else "")
    genders = brief.audience.genders
    key = "all" if special or "all" in genders or len(set(genders)) > 1 else genders[0]
    parts = [ages, where, bank.personas.genders[key], who]
    if first and brief.audience.description:
        # The brief's own words about the audience, once, on the lead persona; in a job,
        # housing or credit brief without the age, sex and health words it must not use.
        from adsage.checks.special import neutral_wording

        said = neutral_wording(brief.audience.description, brief.special_ad_category)
        parts.append(shorten(clean_fragment(said), _MAX_DESCRIPTION))
    return " · ".join(p for p in parts if p)


def _targeted(brief: Brief) -> str:
    """The brief's age range as the targeting reaches it (within Meta's 13-65+)."""
    from adsage.rules.campaign import targeting_rules

    rule = targeting_rules().age
    lo, hi = brief.audience.age
    return age_range(max(rule.min, lo), min(rule.max, hi))


def _category(code: str, bank: Bank) -> str:
    """A special ad category by its name in the label catalogue ("housing", "mieszkalnictwo"),
    the code itself when the catalogue has none."""
    key = f"label.category.{code}"
    return t(key, bank.lang) if has(key) else code
