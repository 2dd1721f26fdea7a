"""How far a rendered draft is from passing the plan's copy checks, counted per placement.

The copywriter keeps the first candidate with no findings and otherwise the one with the
fewest errors, then warnings: the same validators the plan runs afterwards, so a kept draft
never fails a check the plan would show.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from adsage.checks.claims import brief_facts
from adsage.checks.copy import AdCopy, check_copy
from adsage.checks.deadlines import deadline_sources
from adsage.checks.policy import check_policy
from adsage.drafting.base import DraftContext
from adsage.drafting.offline.facts import Facts
from adsage.models.findings import Finding
from adsage.models.plan import CopyDraft

_QUOTED = re.compile(r'"[^"]*"|„[^”]*”')


def topic(finding: Finding) -> tuple[str, str]:
    """What a finding is about, whichever word raised it ('"beers" points to alcohol' and
    '"brewery" points to alcohol' are one topic)."""
    return finding.rule, _QUOTED.sub("", finding.message)


@lru_cache(maxsize=256)
def inherent(product: str, lang: str) -> frozenset[tuple[str, str]]:
    """The warning topics the product's own name raises: every ad for the business carries
    them (the plan says so once), so a draft is not the worse for naming them again."""
    found = check_policy({"primary_text": product}, lang)
    return frozenset(topic(f) for f in found if f.severity == "warning")


def findings_score(draft: CopyDraft, ctx: DraftContext) -> tuple[int, int]:
    """Errors, then warnings, over the brief's placements; a warning on a topic the
    product itself raises (a brewery's ads speak of beer) does not count against a draft."""
    errors = warnings = 0
    own = inherent(ctx.brief.product, ctx.lang)
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
            warnings += f.severity == "warning" and topic(f) not in own
    return errors, warnings


def ad_safe(facts: Facts) -> Facts:
    """The facts without a benefit that alone trips a policy check ("natural wine list"
    reads as alcohol): that one benefit stays out of the ads, the others stay in, rather
    than every benefit being dropped from a draft that mentions it.  A check the product
    itself trips is no reason: a brewery's "16 beers on tap" says what every ad for it
    says anyway, and leaving it out leaves the ads with its weakest facts."""
    own = inherent(facts.product, facts.lang)

    def safe(text: str) -> bool:
        return not {topic(f) for f in check_policy({"primary_text": text}, facts.lang)} - own

    keep = tuple(b for b in facts.benefits if safe(b))
    parts = tuple(p for p in facts.offer_parts if safe(p))
    if keep == facts.benefits and parts == facts.offer_parts:
        return facts
    return dataclasses.replace(facts, benefits=keep, offer_parts=parts)
