"""How far a rendered draft is from passing the plan's copy checks, counted per placement.

The copywriter keeps the first candidate with no findings and otherwise the one with the
fewest errors, then warnings: the same validators the plan runs afterwards, so a kept draft
never fails a check the plan would show.
"""

from __future__ import annotations

from adsage.checks.claims import brief_facts
from adsage.checks.copy import AdCopy, check_copy
from adsage.checks.deadlines import deadline_sources
from adsage.drafting.base import DraftContext
from adsage.models.plan import CopyDraft


def findings_score(draft: CopyDraft, ctx: DraftContext) -> tuple[int, int]:
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
