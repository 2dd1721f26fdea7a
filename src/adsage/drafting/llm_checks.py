"""Checks for model-drafted parts beyond the shared validators.

The copy checker judges text; these add what only makes sense for generated output (a
persona name the persona section knows, formats the brief can run, snippet numbers that
exist, a goal rewrite that passes the SMART checker).  Pure: findings in, no side effects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from adsage.drafting.base import DraftContext
from adsage.errors import AdsageError
from adsage.models.findings import Finding
from adsage.models.plan import CopyDraft, FormatPick

LANGS = ("en", "pl")


def copy_findings(
    draft: CopyDraft, lang: str, personas: Sequence[str], facts: Sequence[str] | None = None
) -> list[Finding]:
    """The copy checker's findings (the landing link is the brief's, checked elsewhere) plus
    a persona name the drafts must share with the persona section.  With ``facts`` (the
    brief's), a date, number or guarantee the brief does not give is flagged too, so the
    guard asks again instead of shipping an invented promise."""
    from adsage.checks.copy import AdCopy, check_copy

    ad = AdCopy(
        primary_text=draft.primary_text,
        headline=draft.headline,
        description=draft.description,
        cta=draft.cta,
        lang=lang if lang in LANGS else None,  # type: ignore[arg-type]
        facts=list(facts) if facts is not None else None,
    )
    out = check_copy(ad)
    if personas and draft.persona not in personas:
        out.append(
            Finding(
                rule="llm.persona_unknown",
                severity="error",
                message=f'"{draft.persona}" is not one of the personas.',
                field="persona",
                suggestion=f"Use one of: {', '.join(personas)}.",
            )
        )
    return out


def format_findings(pick: FormatPick, ctx: DraftContext) -> list[Finding]:
    brief = ctx.brief
    out: list[Finding] = []
    bad = [p for p in pick.placements if p not in brief.placements]
    if bad or not pick.placements:
        out.append(
            _err(
                "llm.format_placement",
                "placements",
                f"placements {bad} are not in the brief; use {', '.join(brief.placements)}.",
            )
        )
    known = {s.n for s in ctx.knowledge}
    unknown = [n for n in pick.sources if n not in known]
    if unknown:
        out.append(_err("llm.format_source", "sources", f"sources {unknown} are not snippets."))
    if pick.format == "dynamic" and not brief.catalog:
        out.append(_err("llm.format_unavailable", "format", "dynamic ads need a catalog."))
    if pick.format == "collection" and brief.product_count < 4:
        out.append(_err("llm.format_unavailable", "format", "collection needs four products."))
    return out


def repair_format(
    pick: FormatPick, found: list[Finding], ctx: DraftContext
) -> tuple[FormatPick, list[str]]:
    rules = {f.rule for f in found}
    update: dict[str, Any] = {}
    notes: list[str] = []
    if "llm.format_placement" in rules:
        kept = [p for p in pick.placements if p in ctx.brief.placements]
        update["placements"] = kept or list(ctx.brief.placements)
        notes.append("placements: kept the brief's placements")
    if "llm.format_source" in rules:
        known = {s.n for s in ctx.knowledge}
        update["sources"] = [n for n in pick.sources if n in known]
        notes.append("sources: dropped unknown snippet numbers")
    return pick.model_copy(update=update), notes


def goal_findings(rewrite: str, ctx: DraftContext) -> list[Finding]:
    """The SMART checker's errors for the rewrite, judged with the brief's budget and dates."""
    from adsage.checks.goal import check_goal

    brief = ctx.brief
    try:
        report = check_goal(
            rewrite,
            objective=ctx.objective,
            budget=brief.budget.amount,
            currency=brief.budget.currency,
            start=brief.schedule.start,
            end=brief.schedule.end,
            lang=ctx.lang,
        )
    except AdsageError as exc:
        return [_err("llm.goal_invalid", "rewrite", str(exc))]
    return [f for f in report.findings if f.severity == "error"]


def _err(rule: str, field: str, message: str) -> Finding:
    return Finding(rule=rule, severity="error", message=message, field=field)


def drop_unsupported(draft: CopyDraft, found: list[Finding], facts: Sequence[str]) -> CopyDraft:
    """The draft without the primary-text sentences that make an unsupported claim; a
    headline or description with one cannot be fixed by cutting and is left to the guard."""
    import re

    from adsage.checks.claims import unsupported

    if not any(f.rule == "copy.unsupported_claim" and f.field == "primary_text" for f in found):
        return draft
    sentences = re.split(r"(?<=[.!?])\s+", draft.primary_text.strip())
    kept = [s for s in sentences if not unsupported({"s": s}, facts)]
    return draft.model_copy(update={"primary_text": " ".join(kept)}) if kept else draft
