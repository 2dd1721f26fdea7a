"""Which of a category's personas the plan's ad sets reach.

Every persona gets an ad written to it, so a persona whose ages lie wholly outside the
targeting ("18-34" beside ad sets for 35-65+) would spend a draft on people who never see
it.  Such a persona stays only when the plan offers it an ad set of its own: the parents of
under-18s, for whom the targeting section suggests a separate parents' ad set.  Otherwise
it is left out, or, when too few of the category's personas fit, its ages are moved into the
targeting; a persona whose ages overlap the targeting is clipped into it (``personas.clip``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from adsage.drafting.offline.categories import Category, PersonaSpec
from adsage.drafting.offline.facts import Facts
from adsage.drafting.offline.objections import answering
from adsage.models.brief import Brief

_MAX_PERSONAS = 3


def count_for(lo: int, hi: int) -> int:
    return 3 if hi - lo >= 12 else 2


def choose_specs(
    cat: Category,
    facts: Facts,
    k: int,
    brief_text: str = "",
    keep: Callable[[PersonaSpec], bool] | None = None,
) -> list[PersonaSpec]:
    """The category's first ``k`` personas the brief supports (one that assumes a service,
    ``needs``, only when ``brief_text`` names it; fewer personas rather than an invented
    one) and ``keep`` allows (the ones the ad sets reach); with an offer, the one written
    to it stays in."""
    usable = [
        p
        for p in cat.personas
        if (not p.needs or answering([brief_text], p.needs)) and (keep is None or keep(p))
    ]
    specs = usable[:k]
    value = next((p for p in usable if p.angle == "value"), None)
    if facts.offer and value is not None and value not in specs and specs:
        specs[-1] = value
    return specs


def reached_specs(
    cat: Category, facts: Facts, brief: Brief, band: tuple[int, int], special: bool, text: str
) -> list[PersonaSpec]:
    """The category's personas for this plan: those the ad sets reach, plus (shown, not
    counted) one above the targeted ages when the plan offers that audience its own ad set.
    When too few fit the ages, the next ones are fitted into the targeting (``fit``): a
    "waiting for the right moment" persona is as true at 35-42 as at 18-34.  Never the
    adults beside under-18s (a parent aged 17-24 would be false): without an ad set of
    their own they are left out."""
    lo, hi = band
    k = count_for(lo, hi)
    if special:  # the whole age range: every persona is reached
        return choose_specs(cat, facts, k, text)
    second = parents_set(brief)

    def reached(p: PersonaSpec) -> bool:
        return overlaps(p.ages, lo, hi) or (second and p.ages[0] > hi)

    specs = choose_specs(cat, facts, k, text, reached)
    if k < _MAX_PERSONAS and any(not overlaps(s.ages, lo, hi) for s in specs):
        # the second audience (the parent who pays) is shown, not counted: the people the
        # ads reach still get their own personas
        specs = choose_specs(cat, facts, k + 1, text, reached)
    if len(specs) < k:
        minors = lo < _adult_age()
        spare = choose_specs(cat, facts, _MAX_PERSONAS, text, lambda p: p not in specs)
        specs += [p for p in spare if not (minors and p.ages[0] > hi)][: k - len(specs)]
    return specs


def _adult_age() -> int:
    from adsage.rules.campaign import targeting_rules

    rule = targeting_rules().minors
    return rule.adult_age if rule else 0


def overlaps(ages: tuple[int, int], lo: int, hi: int) -> bool:
    return ages[0] <= hi and ages[1] >= lo


def fit(ages: tuple[int, int], lo: int, hi: int, span: int) -> tuple[int, int]:
    """Ages wholly outside the targeting moved to its nearer edge (``span`` years wide), for a
    persona that fills a place no persona of the category's own ages could."""
    if ages[0] > hi:
        return (max(lo, hi - span), hi)
    if ages[1] < lo:
        return (lo, min(hi, lo + span))
    return ages


def parents_set(brief: Brief) -> bool:
    """Whether the plan offers the adults beside the under-18s (parents) an ad set of their
    own: its age range starts under the adult age and the brief names parents or sells a
    contract a parent may have to sign (the same test as the targeting section's option)."""
    from adsage.advisor.minors import sells_contract
    from adsage.rules.campaign import targeting_rules

    rules = targeting_rules()
    minors, consent = rules.minors, rules.minors_consent
    if minors is None or brief.audience.age[0] >= _adult_age():
        return False
    words = {w.lower() for w in minors.adult_words}
    said = " ".join([brief.audience.description, brief.goal])
    named = any(w.lower() in words for w in re.findall(r"[^\W\d_]+", said))
    return named or (consent is not None and sells_contract(brief))
