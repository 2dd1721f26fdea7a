"""The core functions a model may call during a conversation turn, and nothing else.

Each tool is a pydantic argument model plus one call into the core.  Arguments are validated
like user input (the checkers' own models, ``/set``'s validators for brief values, the A/B
sizing bounds); a file is read only inside the allowed folder or from the files shared in
the conversation.  Tools work on the conversation's working brief, so the model cannot hand
the core a brief of its own: the plan is built from what the user said and the core
validated.  Every result is data (a dict) for the model to read; the check reports, the
knowledge cited and the plan are also kept on :class:`ToolContext` so the surface shows them
exactly as the core produced them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from adsage.advisor.conversation.brief_patch import BriefPatch, PatchItem, apply_patch
from adsage.checks.abtest import AbTest
from adsage.checks.budget import Budget
from adsage.checks.targeting import Targeting
from adsage.config import Settings
from adsage.errors import AdsageError, BadInput
from adsage.models.findings import Report
from adsage.security import MAX_QUESTION_CHARS
from adsage.variants.models import MAX_ADS, MIN_ADS, Element

SNIPPET_CHARS = 600
Text = Annotated[str, Field(min_length=1, max_length=MAX_QUESTION_CHARS)]


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SearchArgs(_Args):
    query: Text
    k: int = Field(default=4, ge=1, le=6)


class AskArgs(_Args):
    question: Text


class GoalArgs(_Args):
    goal: str | None = Field(default=None, max_length=1000, description="Default: the brief's.")


class CopyArgs(_Args):
    text: Annotated[str, Field(min_length=1, max_length=3000)]


class TargetingArgs(_Args):
    targeting: Targeting


class BudgetArgs(_Args):
    budget: Budget


class AbTestArgs(_Args):
    test: AbTest


class BriefArgs(_Args):
    items: list[PatchItem] = Field(max_length=30)


class NoArgs(_Args):
    pass


class DraftArgs(_Args):
    n: int = Field(default=3, ge=1, le=10)
    field: Literal["primary_text", "headline", "description", "cta"] | None = None


class VariantArgs(_Args):
    vary: Element = "primary_text"
    n: int = Field(default=3, ge=MIN_ADS, le=MAX_ADS)


class SizeArgs(_Args):
    baseline: float = Field(gt=0, lt=1, description="0.012 = 1.2%")
    mde: float = Field(gt=0, le=5, description="relative lift, 0.15 = +15%")
    metric: Literal["ctr", "cvr"] = "ctr"
    variants: int = Field(default=2, ge=2, le=5)
    daily_budget: float | None = Field(default=None, gt=0)


class FileArgs(_Args):
    file: str = Field(min_length=1, max_length=300, description="A shared file's name or path.")
    goal: str | None = Field(default=None, max_length=300)


@dataclass
class Check:
    """One check the turn ran, as the surface shows it."""

    name: str
    report: Report


@dataclass
class ToolContext:
    """What the tools work on: the conversation's brief and language, the user's message
    (brief values must come from it), the core's pieces, and what the turn collected."""

    settings: Settings
    searcher: Callable[[], Any]
    brief: dict[str, Any]
    text: str
    lang: str
    engine: Any = None
    files_root: Path | None = None
    # Files shared in the conversation by name: a path, or a function fetching it on first use.
    attachments: dict[str, Path | Callable[[], Path]] = field(default_factory=dict)
    citations: list[dict[str, Any]] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    plan: Any = None
    changed: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)
    results: list[str] = field(default_factory=list)  # every tool result as the model saw it

    def cite(self, hit: Any) -> int:
        """The turn-wide number of a knowledge passage (one number per passage)."""
        for c in self.citations:
            if c["id"] == hit.id:
                return int(c["n"])
        n = len(self.citations) + 1
        self.citations.append(
            {"n": n, "id": hit.id, "title": hit.title, "section": hit.section, "source": hit.source}
        )
        return n

    def complete_brief(self) -> Any:
        from adsage.advisor.brief_extract import to_brief

        return to_brief(self.brief)


def _search(ctx: ToolContext, a: SearchArgs) -> dict[str, Any]:
    from adsage.knowledge.answer import model_safe

    searcher = ctx.searcher()
    hits = model_safe(searcher.search(a.query, a.k, lang=ctx.lang) or searcher.search(a.query, a.k))
    return {
        "snippets": [
            {
                "n": ctx.cite(h),
                "title": h.title,
                "section": h.section,
                "text": h.text[:SNIPPET_CHARS],
            }
            for h in hits
        ]
    }


def _ask(ctx: ToolContext, a: AskArgs) -> dict[str, Any]:
    from adsage.knowledge.answer import answer_question

    answer = answer_question(ctx.searcher(), a.question)
    renumber = {c.n: ctx.cite(c) for c in answer.citations}
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m[1]), '?')}]", answer.answer)
    return {"found": answer.found, "answer": text, "sources": sorted(renumber.values())}


def _report(ctx: ToolContext, name: str, report: Report) -> dict[str, Any]:
    ctx.checks.append(Check(name, report))
    return {"check": name, **report.model_dump(mode="json")}


def _check_goal(ctx: ToolContext, a: GoalArgs) -> dict[str, Any]:
    from adsage.advisor.conversation.calls import check_goal

    goal = a.goal or str(ctx.brief.get("goal") or "")
    report = check_goal(goal, ctx.lang, ctx.brief)
    out = _report(ctx, "goal", report)
    return {**out, "rewrite": report.rewrite}


def _check_copy(ctx: ToolContext, a: CopyArgs) -> dict[str, Any]:
    from adsage.advisor.conversation.calls import check_copy

    return _report(ctx, "copy", check_copy(a.text, ctx.brief))


def _check_targeting(ctx: ToolContext, a: TargetingArgs) -> dict[str, Any]:
    from adsage.checks.targeting import check_targeting

    return _report(ctx, "targeting", Report.from_findings(check_targeting(a.targeting)))


def _check_budget(ctx: ToolContext, a: BudgetArgs) -> dict[str, Any]:
    from adsage.checks.budget import check_budget

    return _report(ctx, "budget", Report.from_findings(check_budget(a.budget)))


def _check_abtest(ctx: ToolContext, a: AbTestArgs) -> dict[str, Any]:
    from adsage.checks.abtest import check_abtest

    return _report(ctx, "abtest", Report.from_findings(check_abtest(a.test, ctx.lang)))


def _update_brief(ctx: ToolContext, a: BriefArgs) -> dict[str, Any]:
    from adsage.advisor.brief_extract import missing_fields

    applied = apply_patch(
        ctx.brief, BriefPatch(items=a.items), ctx.text, rules=ctx.brief, lang=ctx.lang
    )
    ctx.brief = applied.brief
    ctx.changed += [c for c in applied.changed if c not in ctx.changed]
    ctx.dropped += applied.dropped
    ctx.asked += applied.asked
    return {
        "changed": applied.changed,
        "dropped": [{"field": f, "why": w} for f, w in applied.dropped],
        "invalid": [{"field": f, "why": w} for f, w in applied.asked],
        "missing": missing_fields(ctx.brief),
    }


def _build_plan(ctx: ToolContext, a: NoArgs) -> dict[str, Any]:
    from adsage.advisor.plan import build_plan

    plan = build_plan(
        ctx.complete_brief(), settings=ctx.settings, searcher=ctx.searcher(), engine=ctx.engine
    )
    ctx.plan = plan  # shown in full by the surface, its checks and sources included
    b, n = plan.budget, plan.numbers
    return {
        "brand": plan.brand,
        "goal": {"text": plan.goal.text, "ok": plan.goal.ok, "rewrite": plan.goal.rewrite},
        "objective": plan.objective.objective,
        "kpis": [k.model_dump(mode="json") for k in plan.objective.kpis],
        "budget": {"total": b.total, "currency": b.currency, "type": b.type, "days": b.days},
        "results_expected": n.results_expected if n else None,
        "copy": [
            {"headline": d.headline, "primary_text": d.primary_text, "ok": d.report.ok}
            for d in plan.copy_drafts
        ],
        "ab_test": plan.ab_test.model_dump(
            mode="json",
            include={"variable", "hypothesis", "sample_size_per_variant", "days_needed"},
        ),
        "sources": [ctx.cite(c) for c in plan.citations],
    }


def _draft_copy(ctx: ToolContext, a: DraftArgs) -> dict[str, Any]:
    from adsage.advisor.conversation.drafts import copy_drafts

    drafts = copy_drafts(
        ctx.complete_brief(),
        a.n,
        a.field,
        settings=ctx.settings,
        searcher=ctx.searcher(),
        engine=ctx.engine,
    )
    for d in drafts:
        ctx.checks.append(Check("copy", d.report))
    keep = {"headline", "primary_text", "description", "cta"}
    return {
        "drafts": [{**d.model_dump(mode="json", include=keep), "ok": d.report.ok} for d in drafts]
    }


def _variants(ctx: ToolContext, a: VariantArgs) -> dict[str, Any]:
    from adsage.variants import generate_variants

    vs = generate_variants(
        ctx.complete_brief(), a.vary, a.n, settings=ctx.settings, searcher=ctx.searcher()
    )
    keep = {"name", a.vary}
    return {
        "vary": a.vary,
        "variants": [
            {**v.model_dump(mode="json", include=keep), "ok": v.report.ok} for v in vs.variants
        ],
    }


def _size(ctx: ToolContext, a: SizeArgs) -> dict[str, Any]:
    from adsage.advisor.conversation.calls import size_ab_test

    plan = size_ab_test(a.model_dump(), ctx.lang, ctx.brief)
    return plan.as_dict()


def resolve_file(ctx: ToolContext, name: str) -> Path:
    """A file shared in the conversation, or a path inside the allowed folder; anything else
    (another folder, ``..``, a link out of the folder) is refused."""
    shared = ctx.attachments.get(name)
    if shared is not None:
        path = shared() if callable(shared) else shared
        ctx.attachments[name] = path
        return path
    if ctx.files_root is None:
        raise BadInput(f"file {name}: no file by that name was shared here")
    root = ctx.files_root.expanduser().resolve()
    path = Path(name).expanduser()
    resolved = (path if path.is_absolute() else root / path).resolve()
    if not resolved.is_relative_to(root):
        raise BadInput(f"file {name}: outside the folder files are read from ({root})")
    if resolved.suffix.lower() not in (".csv", ".xlsx"):
        raise BadInput(f"file {name}: only .csv and .xlsx exports can be analysed")
    if not resolved.is_file():
        raise BadInput(f"file {name}: not found in {root}")
    return resolved


def _analyse(ctx: ToolContext, a: FileArgs) -> dict[str, Any]:
    from adsage.analysis.core import analyze_file

    path = resolve_file(ctx, a.file)
    result = analyze_file(path, goal=a.goal, lang=ctx.lang, searcher=ctx.searcher())
    data = result.to_json()
    data["file"] = Path(a.file).name
    return dict(data)


Run = Callable[[ToolContext, Any], dict[str, Any]]
TOOLS: dict[str, tuple[type[_Args], Run, str]] = {
    "search_knowledge": (SearchArgs, _search, "Search the ad guidance; cite snippets by n."),
    "ask_knowledge": (AskArgs, _ask, "Answer a question from the guidance, with sources."),
    "check_goal": (GoalArgs, _check_goal, "SMART check of the goal (default: the brief's)."),
    "check_copy": (CopyArgs, _check_copy, "Check an ad text on every placement of the brief."),
    "check_targeting": (TargetingArgs, _check_targeting, "Check ages, locations, categories."),
    "check_budget": (BudgetArgs, _check_budget, "Check a budget and schedule."),
    "check_abtest": (AbTestArgs, _check_abtest, "Check an A/B test design."),
    "update_brief": (BriefArgs, _update_brief, "Set brief fields from the user's own words."),
    "build_plan": (NoArgs, _build_plan, "Build the campaign plan from the working brief."),
    "draft_copy": (DraftArgs, _draft_copy, "Draft checked ad copy for the working brief."),
    "make_variants": (VariantArgs, _variants, "A/B variants differing in one element."),
    "size_ab_test": (SizeArgs, _size, "Sample size, budget and days for an A/B test."),
    "analyse_results": (FileArgs, _analyse, "Analyse an Ads Manager export (.csv/.xlsx)."),
}


def schemas() -> list[dict[str, Any]]:
    """The tools in the OpenAI function-calling format."""
    return [
        {
            "type": "function",
            "function": {"name": name, "description": desc, "parameters": args.model_json_schema()},
        }
        for name, (args, _, desc) in TOOLS.items()
    ]


def run_tool(ctx: ToolContext, name: str, args: Any) -> dict[str, Any]:
    """One tool call as data: its result, or ``{"error": ...}`` for an unknown tool, invalid
    arguments or input the core refuses.  Nothing else is ever run."""
    from adsage.models.validation import format_validation_error
    from adsage.security import redact

    spec = TOOLS.get(name)
    if spec is None:
        return {"error": f"no tool named '{name[:60]}'; tools: {', '.join(TOOLS)}"}
    model, run, _ = spec
    try:
        parsed = (
            model.model_validate_json(args) if isinstance(args, str) else model.model_validate(args)
        )
    except ValidationError as exc:
        return {"error": format_validation_error(exc, name)}
    try:
        return run(ctx, parsed)
    except AdsageError as exc:
        return {"error": redact(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)}
    except (ValueError, OSError) as exc:
        return {"error": f"{name} failed: {type(exc).__name__}"}


def as_text(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, default=str)
