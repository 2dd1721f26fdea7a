"""Which of a category's personas the plan's ad sets reach.

Every persona gets an ad written to it, so a persona whose ages lie wholly outside the
targeting ("18-34" beside ad sets for 35-65+) would spend a draft on people who never see
it.  Such a persona stays only when the plan offers it an ad set of its own: the parents of
under-18s, for whom the targeting section suggests a separate parents' ad set.  A persona
whose ages overlap the targeting is clipped into it (``personas.clip``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from adsage.drafting.offline.categories import Category, PersonaSpec
from adsage.drafting.offline.facts import Facts
from adsage.drafting.offline.personas import answering
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
    When none of the category's personas fits the ages, they are all kept (their ages are
    then fitted into the targeting by ``fit``) rather than leaving the plan with none."""
    lo, hi = band
    k = count_for(lo, hi)
    if special:  # the whole age range: every persona is reached
        return choose_specs(cat, facts, k, text)
    second = parents_set(brief)

    def reached(p: PersonaSpec) -> bool:
        return overlaps(p.ages, lo, hi) or (second and p.ages[0] > hi)

    keep: Callable[[PersonaSpec], bool] | None = reached
    if not any(reached(p) for p in cat.personas):
        keep = None
    specs = choose_specs(cat, facts, k, text, keep)
    if k < _MAX_PERSONAS and any(not overlaps(s.ages, lo, hi) for s in specs):
        # the second audience (the parent who pays) is shown, not counted: the people the
        # ads reach still get their own personas
        specs = choose_specs(cat, facts, k + 1, text, keep)
    return specs


def overlaps(ages: tuple[int, int], lo: int, hi: int) -> bool:
    return ages[0] <= hi and ages[1] >= lo


def fit(ages: tuple[int, int], lo: int, hi: int, span: int) -> tuple[int, int]:
    """Ages wholly outside the targeting moved to its nearer edge (``span`` years wide): used
    only for a persona kept because no persona of the category fits the targeted ages."""
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
    if minors is None or brief.audience.age[0] >= minors.adult_age:
        return False
    words = {w.lower() for w in minors.adult_words}
    said = " ".join([brief.audience.description, brief.goal])
    named = any(w.lower() in words for w in re.findall(r"[^\W\d_]+", said))
    return named or (consent is not None and sells_contract(brief))
