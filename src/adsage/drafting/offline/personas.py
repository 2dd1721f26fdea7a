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
from functools import lru_cache
from typing import Literal

from adsage.checks.targeting import age_end, age_range
from adsage.drafting.base import DraftContext
from adsage.drafting.offline.categories import (
    Category,
    Objection,
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
from adsage.drafting.offline.phrases import ANGLES, Bank, fill, load_bank
from adsage.drafting.offline.segments import audience_words, brief_segments, segment_label
from adsage.i18n import country_name, has, plural, t
from adsage.models.brief import Brief
from adsage.models.plan import Persona

Gender = Literal["f", "m"]
_EMPTY_PARENS = re.compile(r"\s*\([^()]*\{\w+\}[^()]*\)")
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
    special = brief.special_ad_category != "NONE"
    lo, hi = special_ages() if special else brief.audience.age
    from adsage.drafting.offline.reach import fit, parents_set, reached_specs

    sells = _brief_text(brief)
    specs = reached_specs(cat, facts, brief, (lo, hi), special, sells)
    second = not special and parents_set(brief)
    segments = _segments(brief, cat, facts.lang)
    # Under a special ad category the ads reach every gender, whatever the brief names.
    genders = _genders(["all"] if special else brief.audience.genders, len(specs), facts.seed)
    used: set[str] = set()
    out: list[Persona] = []
    places = brief_places(brief)  # the same for every persona
    for j, (spec, gender) in enumerate(zip(specs, genders, strict=True)):
        if upto is not None and j >= upto:
            break
        text = spec.text(facts.lang)
        band = (lo, hi) if special else clip(spec.ages, lo, hi)
        if not second and (band[0] > hi or band[1] < lo):
            band = fit(band, lo, hi, _MIN_SPAN)  # no ad set of its own: inside the targeting
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
            slots["item"] = shorten(_PRODUCT_HEAD.split(slots["product"], 1)[0], _MAX_ITEM)
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
                objections=_objections(
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


def _segments(brief: Brief, cat: Category, lang: str) -> list[str]:
    """The people the brief itself names, for the fallback category only (a category's own
    personas already fit the business), in the brief's language and never under a special
    ad category (its personas carry no words about who people are)."""
    if cat.id != "general" or brief.special_ad_category != "NONE" or brief.language != lang:
        return []
    from adsage.checks.special import neutral_wording

    # never a segment named by body weight ("overweight adults"): the policy forbids it
    return brief_segments(neutral_wording(brief.audience.description, "NONE"))


def _brief_text(brief: Brief) -> str:
    """Everything the brief says about what it sells and how: a service a persona assumes
    must be named here (the landing page's path counts: ".../zamow", ".../order")."""
    path = re.sub(r"[/._?=&-]+", " ", brief.landing_url.split("://", 1)[-1])
    parts = [brief.product, brief.offer, *brief.benefits, brief.goal, brief.audience.description]
    return " \n ".join([*parts, path])


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


def answering(benefits: Sequence[str], words: Sequence[str]) -> list[str]:
    """Benefits that answer an objection (a word of its topic starts a word of theirs, so
    "free" is not found in "itch-free"), in brief order."""
    return list(_answering(tuple(benefits), tuple(words)))


@lru_cache(maxsize=4096)
def _answering(benefits: tuple[str, ...], words: tuple[str, ...]) -> tuple[str, ...]:
    """Cached: each persona asks it for every objection, again for its slots and its copy."""
    found = [_topic(w) for w in words if w.strip()]
    return tuple(b for b in benefits if any(p.search(b) for p in found))


@lru_cache(maxsize=1024)
def _topic(word: str) -> re.Pattern[str]:
    """A topic word where a word starts; a trailing space in the data ("bez ") asks for
    the whole word."""
    end = r"(?![^\W_])" if word.endswith(" ") else ""
    return re.compile(rf"(?<![^\W_]|-){re.escape(word.strip())}{end}", re.IGNORECASE)


def lead_benefits(benefits: Sequence[str], spec: PersonaSpec | None, lang: str) -> list[str]:
    """The brief's benefits with the ones answering this persona's objections first, the
    first objection's answer leading."""
    if spec is None:
        return list(benefits)
    first: list[str] = []
    for o in spec.text(lang).objections:
        first += [b for b in answering(benefits, o.words) if b not in first]
    return first + [b for b in benefits if b not in first]


def persona_slots(facts: Facts, spec: PersonaSpec) -> dict[str, str]:
    """Slots for the message angle: only benefits that answer this persona's objections,
    so "lower the risk (…)" never names a benefit that has nothing to do with risk."""
    every = lead_benefits(facts.benefits, spec, facts.lang)
    words = [w for o in spec.text(facts.lang).objections for w in o.words]
    benefits = [b for b in every if b in answering(facts.benefits, words)]
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


def live_objections(
    objections: Sequence[Objection], brief: Brief, sells: str | None = None
) -> list[Objection]:
    """The objections that fit this business and are still open.  One that ``needs`` words
    the brief never uses is someone else's question (a watch for a language app, a free
    version the offer never mentions) and is dropped always; one whose ``moot`` stems appear
    in the product or offer (a free event, a signature, a visit) is answered already.  At
    least one fitting objection stays, so a persona never loses every question.  ``sells``:
    the brief's text (:func:`_brief_text`) when the caller has it already."""
    text = [_brief_text(brief) if sells is None else sells]
    fitting = [o for o in objections if not o.needs or answering(text, o.needs)]
    said = [brief.product, brief.offer]
    live = [o for o in fitting if not (o.moot and answering(said, o.moot))]
    return live or (fitting or list(objections))[:1]


def _objections(
    bank: Bank,
    objections: Sequence[Objection],
    facts: Facts,
    places: Sequence[str] = (),
    slots: dict[str, str] | None = None,
) -> list[str]:
    """Each objection with its answer: the offer or a benefit from the brief that answers
    it (each used once), the places the brief gives for one about the area, else the kind
    of proof the ad should show (which may name the brief's own words, ``slots``)."""
    # A compound fact ("3400 zł in 3 instalments; summer groups") answers each question
    # with its own part only: "When are the lessons?" is answered by the summer groups,
    # never by the price that shares the sentence.
    candidates = [p for f in (facts.offer, *facts.benefits) for p in clauses(f)]
    used: set[str] = set()
    out = []
    for o in objections:
        found = [
            c
            for c in answering(candidates, o.words)
            if c not in used and not (o.unless and answering([c], o.unless))
        ]
        # the part naming the question's first topic word answers it best (the summer
        # groups before the pick-up for "When are the lessons?")
        found.sort(key=lambda c: _first_topic(c, o.words))
        if found:
            used.add(found[0])
            line = bank.personas.proof_brief.format(q=o.q, proof=decapitalise(found[0]))
        elif o.place and places:
            line = bank.personas.proof_brief.format(q=o.q, proof=", ".join(places))
        elif o.ask:
            line = bank.personas.proof_ask.format(q=o.q, proof=capitalise(o.ask))
        else:
            line = bank.personas.proof_show.format(q=o.q, proof=loose_fill(o.proof, slots or {}))
        out.append(typography(line.replace("..", "."), facts.lang))
    return out


def clauses(fact: str) -> list[str]:
    """The parts of a brief fact joined by semicolons, each a statement of its own; a fact
    without one is a single part."""
    return [p.strip() for p in fact.split(";") if p.strip()]


def _first_topic(fact: str, words: Sequence[str]) -> int:
    """The position in ``words`` of the first topic word the fact names (a large number
    when it names none)."""
    for i, w in enumerate(words):
        if w.strip() and _topic(w).search(fact):
            return i
    return len(words)


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


def loose_fill(template: str, slots: dict[str, str]) -> str:
    """Fill a template; a parenthetical whose slot is empty is left out rather than shown."""
    filled = fill(template, slots)
    if filled is not None:
        return filled
    bare = _EMPTY_PARENS.sub("", template)
    return fill(bare, slots) or bare.split("{", 1)[0].rstrip(" :(,")


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
