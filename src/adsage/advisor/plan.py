"""Build a campaign plan from a brief: retrieve, compute, draft, validate, record.

The order matters: the numbers (objective, targeting, budget, test size) are computed from rule
data first, the engine only drafts words on top of them, and every draft is validated here,
whatever engine wrote it, so no surface can show an unchecked plan.
"""

from __future__ import annotations

from typing import Any

from adsage.advisor import sections
from adsage.advisor.grounding import citations, gather
from adsage.checks.copy import AdCopy, check_copy
from adsage.checks.goal import check_goal
from adsage.checks.goal_parse import parse_goal
from adsage.config import Settings
from adsage.drafting.base import DraftContext, Engine
from adsage.models.brief import Brief
from adsage.models.findings import Report
from adsage.models.plan import CampaignPlan, CopyDraft, GoalSection, Provenance
from adsage.planning.numbers import choose_objective, plan_numbers


def validate_copy(draft: CopyDraft, brief: Brief) -> Report:
    copy = AdCopy(
        primary_text=draft.primary_text,
        headline=draft.headline,
        description=draft.description,
        cta=draft.cta,
        link=draft.link or brief.landing_url,
        placement=brief.placements[0],
        lang=brief.language,
    )
    return Report.from_findings(check_copy(copy))


def make_engine(settings: Settings, *, meter: Any = None) -> Engine:
    """Offline unless a model endpoint is configured; the model engine falls back part by part.

    ``meter`` (a :class:`~adsage.drafting.limits.TokenMeter`) is shared by every engine of a
    batch, so the batch's token budget holds across briefs.
    """
    if settings.llm == "openai":
        from adsage.drafting.llm import LLMEngine

        return LLMEngine(  # type: ignore[no-any-return]
            settings,
            timeout=settings.llm_timeout,
            max_tokens_per_plan=settings.max_tokens_per_plan,
            meter=meter,
        )
    from adsage.drafting.offline import OfflineEngine

    return OfflineEngine()  # type: ignore[no-any-return]


def default_searcher(settings: Settings) -> Any:
    from adsage.knowledge.ingest import index_paths
    from adsage.knowledge.search import Searcher

    searcher = Searcher(settings)
    if searcher.is_empty():
        index_paths(settings, store=searcher.store)
    return searcher


def prepare(
    brief: Brief,
    *,
    settings: Settings,
    searcher: Any | None = None,
    engine: Engine | None = None,
    verbose: bool = False,
) -> tuple[DraftContext, Engine]:
    """Engine plus drafting context (objective and retrieved knowledge) for one brief."""
    engine = engine or make_engine(settings)
    searcher = searcher or default_searcher(settings)
    objective, _ = choose_objective(brief)
    provenance = Provenance(engine="openai" if engine.name != "offline" else "offline")
    ctx = DraftContext(
        brief=brief,
        lang=brief.language,
        objective=objective,
        knowledge=gather(searcher, brief, objective),
        provenance=provenance,
        verbose=verbose,
    )
    return ctx, engine


def draft_copy(ctx: DraftContext, engine: Engine, n: int) -> list[CopyDraft]:
    """Copy drafts with the link filled in and each one's validation report attached."""
    brief = ctx.brief
    drafts = engine.copy(ctx, engine.personas(ctx), n)
    return [
        d.model_copy(
            update={"link": d.link or brief.landing_url, "report": validate_copy(d, brief)}
        )
        for d in drafts
    ]


def build_plan(
    brief: Brief,
    *,
    settings: Settings,
    searcher: Any | None = None,
    engine: Engine | None = None,
    n_copies: int = 3,
    verbose: bool = False,
) -> CampaignPlan:
    ctx, engine = prepare(
        brief, settings=settings, searcher=searcher, engine=engine, verbose=verbose
    )
    lang, objective, snippets = brief.language, ctx.objective, ctx.knowledge
    inferred = brief.objective is None
    parsed = parse_goal(brief.goal, today=brief.schedule.start, lang=lang)
    metric = sections.result_metric(parsed, objective)
    targeting = sections.targeting_section(brief)
    local = any(p.kind in ("radius", "city", "postal") for p in targeting.places)
    nums, lines = plan_numbers(brief, objective, metric, local=local)
    report = check_goal(
        brief.goal,
        objective=objective,
        budget=nums.total,
        currency=nums.currency,
        start=brief.schedule.start,
        end=brief.schedule.end,
        today=brief.schedule.start,
        lang=lang,
        market=nums.benchmark.market if nums.benchmark else None,
    )
    dumped = report.model_dump(mode="json", by_alias=True)
    goal = GoalSection(
        text=brief.goal,
        ok=report.ok,
        criteria=dumped["criteria"],
        parsed=dumped["parsed"],
        findings=dumped["findings"],
        rewrite=engine.goal_rewrite(ctx, report.rewrite) if report.rewrite else None,
    )
    by_topic = {s.topic: s.n for s in snippets}
    cite = {k: [by_topic[k]] if k in by_topic else [] for k in ("goals", "budget", "testing")}
    obj = sections.objective_section(brief, parsed, objective, inferred, cite["goals"], nums)
    personas = engine.personas(ctx)
    drafts = [
        d.model_copy(
            update={"link": d.link or brief.landing_url, "report": validate_copy(d, brief)}
        )
        for d in engine.copy(ctx, personas, n_copies)
    ]
    budget = sections.budget_section(
        brief, objective, metric, nums, lines, cite["budget"], obj.bid_strategy
    )
    reserved = next((b.amount for b in budget.split if b.share < 1 and b is budget.split[-1]), 0.0)
    ads = _test_ads(brief, settings, searcher)
    ab = sections.ab_section(
        brief,
        nums,
        ads,
        reserved if len(lines) > 1 else nums.total,
        len(lines) == 1,
        cite["testing"],
    )
    return CampaignPlan(
        lang=lang,
        brand=brief.brand,
        product=brief.product,
        goal=goal,
        objective=obj,
        personas=personas,
        targeting=targeting,
        formats=engine.formats(ctx),
        copy=drafts,
        ab_test=ab,
        budget=budget,
        citations=citations(snippets),
        provenance=ctx.provenance,
        numbers=nums,
        structure=nums.structure,
    )


def _test_ads(brief: Brief, settings: Settings, searcher: Any | None) -> list[dict[str, Any]]:
    """Two ads identical except the headline, built by the variants logic (offline engine,
    so the test is reproducible whichever engine drafts the rest of the plan)."""
    from adsage.drafting.offline import OfflineEngine
    from adsage.variants.generate import generate_variants

    fields = ("name", "primary_text", "headline", "description", "cta", "link", "angle")
    vs = generate_variants(brief, "headline", 2, settings=settings, engine=OfflineEngine())
    return [{k: getattr(v, k) for k in fields} for v in vs.variants]
