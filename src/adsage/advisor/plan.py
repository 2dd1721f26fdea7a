"""Build a campaign plan from a brief: retrieve, compute, draft, validate, record.

The order matters: the numbers (objective, targeting, budget, test size) are computed from rule
data first, the engine only drafts words on top of them, and every draft is validated here,
whatever engine wrote it, so no surface can show an unchecked plan.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from adsage.advisor import sections
from adsage.advisor.grounding import citations, gather
from adsage.checks.claims import brief_facts, with_set_checks
from adsage.checks.copy import AdCopy, check_copy
from adsage.checks.goal import check_goal
from adsage.checks.goal_parse import parse_goal
from adsage.config import Settings
from adsage.drafting.base import DraftContext, Engine
from adsage.errors import BadInput
from adsage.models.brief import Brief
from adsage.models.findings import Report
from adsage.models.plan import CampaignPlan, CopyDraft, GoalSection, Provenance
from adsage.rules.objectives import infer_objective


def choose_objective(brief: Brief) -> tuple[str, bool]:
    """The brief's objective, or one inferred from the goal's metric (traffic when unclear)."""
    if brief.objective:
        return brief.objective, False
    parsed = parse_goal(brief.goal, today=brief.schedule.start, lang=brief.language)
    if parsed.metric:
        try:
            return infer_objective(parsed.metric), True
        except BadInput:
            pass
    return "OUTCOME_TRAFFIC", True


def validate_copy(draft: CopyDraft, brief: Brief) -> Report:
    copy = AdCopy(
        primary_text=draft.primary_text,
        headline=draft.headline,
        description=draft.description,
        cta=draft.cta,
        link=draft.link or brief.landing_url,
        placement=brief.placements[0],
        lang=brief.language,
        facts=brief_facts(brief),
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
    return with_set_checks(
        [
            d.model_copy(
                update={"link": d.link or brief.landing_url, "report": validate_copy(d, brief)}
            )
            for d in drafts
        ],
        brief.language,
    )


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
    report = check_goal(
        brief.goal,
        objective=objective,
        budget=sections.total_budget(brief),
        currency=brief.budget.currency,
        start=brief.schedule.start,
        end=brief.schedule.end,
        # dates resolve from the start, but a schedule already over must fail time-bound
        today=max(brief.schedule.start, date.today()),
        lang=lang,
    )
    dumped = report.model_dump(mode="json", by_alias=True)
    goal = GoalSection(
        text=brief.goal,
        ok=report.ok,
        criteria=dumped["criteria"],
        parsed=dumped["parsed"],
        findings=dumped["findings"],
        rewrite=engine.goal_rewrite(ctx, report.rewrite),
    )
    metric = sections.result_metric(parsed, objective)
    by_topic = {s.topic: s.n for s in snippets}
    obj = sections.objective_section(
        brief, parsed, objective, inferred, [by_topic[k] for k in ("goals",) if k in by_topic]
    )
    personas = engine.personas(ctx)
    drafts = with_set_checks(
        [
            d.model_copy(
                update={"link": d.link or brief.landing_url, "report": validate_copy(d, brief)}
            )
            for d in engine.copy(ctx, personas, n_copies)
        ],
        lang,
    )
    budget = sections.budget_section(brief, objective, metric)
    return CampaignPlan(
        lang=lang,
        brand=brief.brand,
        product=brief.product,
        goal=goal,
        objective=obj,
        personas=personas,
        targeting=sections.targeting_section(brief),
        formats=engine.formats(ctx),
        copy=drafts,
        ab_test=sections.ab_section(brief, drafts, budget),
        budget=budget,
        citations=citations(snippets),
        provenance=ctx.provenance,
    )
