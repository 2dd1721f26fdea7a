"""Drafts a conversation keeps and works on later: regenerate one, make one shorter.

A draft set is stored with the conversation (Slack keeps it in the thread state) so that a
button pressed minutes later works on exactly what the user sees.  These are typed core calls:
surfaces load an :class:`AdRecord`/:class:`DraftSet` from their storage, call
:func:`shorten` or :func:`regenerate`, and store the result.  Every changed ad is re-checked
on every placement, because a shortened or regenerated ad must carry a fresh verdict.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from adsage.config import Settings
from adsage.models.brief import Brief
from adsage.models.findings import Report

TEXT_FIELDS = ("primary_text", "headline", "description")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
MIN_PRIMARY = 40
MIN_OTHER = 15


class AdRecord(BaseModel):
    """One ad as shown and exported: the Ads Manager fields plus its check report."""

    model_config = ConfigDict(extra="allow")

    name: str = ""
    primary_text: str | None = None
    headline: str | None = None
    description: str | None = None
    cta: str | None = None
    link: str | None = None
    angle: str = ""
    report: dict[str, Any] | None = None


class DraftSet(BaseModel):
    """Ads drafted together for one brief: a plan's copy, copy drafts or an A/B variant set."""

    model_config = ConfigDict(extra="allow")

    origin: Literal["plan", "copy", "variants"]
    brief: Brief
    variants: list[AdRecord]
    vary: str | None = None
    regen: int = 0


def draft_record(draft: Any, i: int) -> AdRecord:
    """A plan's CopyDraft as an ad record."""
    return AdRecord(
        name=f"{i + 1} · {draft.framework} · {draft.persona}",
        primary_text=draft.primary_text,
        headline=draft.headline,
        description=draft.description,
        cta=draft.cta,
        link=draft.link,
        angle=draft.framework,
        report=draft.report.model_dump(mode="json"),
    )


def variant_record(variant: Any) -> AdRecord:
    return AdRecord.model_validate(variant.model_dump(mode="json"))


def recheck(ad: AdRecord, brief: Brief) -> AdRecord:
    from adsage.checks.inputs import brief_copy_findings

    report = Report.from_findings(brief_copy_findings(ad.model_dump(), brief))
    return ad.model_copy(update={"report": report.model_dump(mode="json")})


def _shorter(text: str, target: int) -> str:
    """Whole sentences up to ``target`` characters when possible, else a cut at a word."""
    from adsage.drafting.repair import trim_to_length

    if len(text) <= target:
        return text
    kept = ""
    for sentence in _SENTENCE.split(text.strip()):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > target:
            break
        kept = candidate
    if len(kept) >= target // 2:
        return kept
    return trim_to_length(text, target)[0]


def shorten(ad: AdRecord, brief: Brief) -> AdRecord | None:
    """About a third shorter and within the recommended lengths of the tightest placement;
    None when already minimal."""
    from adsage.rules.ad_text import copy_rules

    lengths = copy_rules().lengths
    update: dict[str, str] = {}
    for name in TEXT_FIELDS:
        text = str(getattr(ad, name) or "")
        floor = MIN_PRIMARY if name == "primary_text" else MIN_OTHER
        if len(text) <= floor:
            continue
        fit = min(lengths.recommended_for(name, p) for p in dict.fromkeys(brief.placements))
        target = max(floor, min(fit, int(len(text) * 0.7)))
        short = _shorter(text, target)
        if short != text:
            update[name] = short
    if not update:
        return None
    return recheck(ad.model_copy(update=update), brief)


def regenerate(drafts: DraftSet, i: int, settings: Settings, searcher: Any) -> AdRecord | None:
    """A new ad for slot ``i`` that the set does not already contain (None when exhausted).

    Variant sets keep their one-variable design: only the tested element changes, taken
    from a larger set drafted for the same brief.  Copy drafts draw from more drafts.
    """
    brief, current = drafts.brief, drafts.variants
    if drafts.origin == "variants":
        from adsage.variants import generate_variants
        from adsage.variants.models import MAX_ADS

        vary = drafts.vary or "primary_text"
        seen = {str(getattr(v, vary, None)) for v in current}
        vs = generate_variants(brief, vary, MAX_ADS, settings=settings, searcher=searcher)
        for cand in vs.variants[1:]:
            value = getattr(cand, vary)
            if str(value) not in seen:
                new = current[i].model_copy(update={vary: value, "angle": cand.angle})
                if vary == "cta" or vary in TEXT_FIELDS:
                    return recheck(new, brief)
                return new.model_copy(update={"report": cand.report.model_dump(mode="json")})
        return None
    from adsage.advisor.plan import draft_copy, prepare

    seen = {str(v.primary_text) for v in current}
    ctx, engine = prepare(brief, settings=settings, searcher=searcher)
    for d in draft_copy(ctx, engine, 10):
        if d.primary_text not in seen:
            return draft_record(d, i).model_copy(update={"name": current[i].name or f"{i + 1}"})
    return None


def _line_key(value: Any) -> str:
    from adsage.lang.folding import fold

    return " ".join(fold(str(value or "").lower()).split()).strip(" .!")


def copy_drafts(
    brief: Brief,
    n: int,
    field: str | None,
    *,
    settings: Settings,
    searcher: Any,
    engine: Any = None,
) -> list[Any]:
    """``n`` checked copy drafts; when one field was asked for ("three headlines") every
    draft's ``field`` differs from the others'.

    Drafts for different personas can share a line (a thin brief gives one headline); the
    spare lines come from more drafts, then from the variant bank for that element, and each
    changed draft is re-checked.  Fewer than ``n`` come back only when no distinct,
    clean line is left: a repeated line is never shown as a new one.
    """
    from adsage.advisor.plan import draft_copy, prepare, validate_copy
    from adsage.checks.claims import with_set_checks

    ctx, engine = prepare(brief, settings=settings, searcher=searcher, engine=engine)
    drafts = draft_copy(ctx, engine, n)
    if field not in (*TEXT_FIELDS, "cta"):
        return drafts
    keys = [_line_key(getattr(d, field)) for d in drafts]
    if len(set(keys)) == len(keys):
        return drafts
    seen: set[str] = set()
    spares: list[str] = []
    for value in _spare_lines(ctx, engine, brief, field, settings, searcher):
        key = _line_key(value)
        if key and key not in keys and key not in seen:
            seen.add(key)
            spares.append(value)
    out: list[Any] = []
    used: set[str] = set()
    for d, key in zip(drafts, keys, strict=True):
        if key in used:
            if not spares:
                continue
            value = spares.pop(0)
            d = d.model_copy(update={field: value})
            key = _line_key(value)
        used.add(key)
        out.append(d.model_copy(update={"report": validate_copy(d, brief)}))
    return with_set_checks(out, brief.language)


def _spare_lines(
    ctx: Any, engine: Any, brief: Brief, field: str, settings: Settings, searcher: Any
) -> list[str]:
    from adsage.advisor.plan import draft_copy
    from adsage.variants import generate_variants
    from adsage.variants.models import MAX_ADS

    more = [str(getattr(d, field) or "") for d in draft_copy(ctx, engine, 10)]
    vs = generate_variants(
        brief, field, MAX_ADS, settings=settings, engine=engine, searcher=searcher
    )
    return [*more, *(str(getattr(v, field) or "") for v in vs.variants)]
