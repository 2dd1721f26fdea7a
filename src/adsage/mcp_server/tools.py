"""The MCP tools: each one translates its arguments into one call of the core.

The argument annotations are the published input schemas (the SDK derives them), so the core's
own models (``AdCopy``, ``Targeting``, ``Brief``, ...) are the schema an assistant fills in, and
the same validators run whichever surface the input came through.  Each tool returns what the
matching ``adsage ... --json`` command prints.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from adsage.checks.abtest import AbTest
from adsage.checks.budget import Budget
from adsage.checks.copy import AdCopy
from adsage.checks.goal import GoalReport
from adsage.checks.goal.parse import MAX_CHARS as MAX_GOAL_CHARS
from adsage.checks.targeting import Targeting
from adsage.config import Settings
from adsage.errors import AdsageError, BadInput
from adsage.mcp_server.schemas import (
    AnalysisResult,
    AnswerResult,
    DraftsResult,
    PlanResult,
    SearchHit,
    SearchResult,
)
from adsage.models.brief import Brief
from adsage.models.findings import Report
from adsage.planning.abplan import ABPlan, plan_ab_test
from adsage.security import MAX_QUESTION_CHARS
from adsage.variants.models import MAX_ADS, MIN_ADS, Element, VariantSet

Lang = Literal["en", "pl"]
Metric = Literal["ctr", "cvr", "cpa", "roas", "cpc", "cpm", "cpr"]
Ignore = Annotated[
    list[str] | None,
    Field(description="Rule ids or families to skip, e.g. ['policy', 'copy.length']."),
]
Question = Annotated[str, Field(min_length=1, max_length=MAX_QUESTION_CHARS)]

log = logging.getLogger("adsage.mcp")

# The name the CSV text of analyze_results goes by in results and messages.
CSV_TEXT = "csv_text"


class Backend:
    """What the server keeps for its whole life: settings, the allowed folder and one searcher.

    The searcher (the loaded index) is built on first use and then shared; calls that read it
    take turns, since the index's SQLite handles are not meant for concurrent threads.
    """

    def __init__(self, settings: Settings, searcher: Any | None = None) -> None:
        self.settings = settings
        self._searcher = searcher
        self._lock = threading.Lock()

    @contextmanager
    def searcher(self, notes: list[dict[str, str]] | None = None) -> Iterator[Any]:
        """The shared searcher, held for the ``with`` block.  With ``notes`` an index that
        cannot be opened yields None and a note instead of failing (citations are optional)."""
        with self._lock:
            if self._searcher is None:
                from adsage.knowledge.ingest import ready_searcher

                try:
                    self._searcher = ready_searcher(self.settings)
                except AdsageError as exc:
                    if notes is None:
                        raise
                    notes.append({"code": "no_knowledge", "message": f"no citations: {exc}"})
            yield self._searcher

    def warm(self) -> None:
        """Open (or, on first use, build) the index now, so the first search does not wait."""
        try:
            with self.searcher(notes=[]):
                pass
        except Exception:  # a failing index is reported by the call that needs it
            log.warning("the knowledge index could not be opened in advance", exc_info=True)

    def allowed_file(self, file: str) -> Path:
        """``file`` (relative to the allowed folder, or absolute inside it) with symlinks
        resolved; anything that ends up outside the folder is refused."""
        root_setting = self.settings.mcp_root
        if root_setting is None:
            raise BadInput(
                "file: this server reads no files; pass csv_text, or start it with --root DIR "
                "(or ADSAGE_MCP_ROOT) to allow one folder"
            )
        root = root_setting.expanduser().resolve()
        path = Path(file).expanduser()
        resolved = (path if path.is_absolute() else root / path).resolve()
        if not resolved.is_relative_to(root):
            raise BadInput(
                f"file {file}: outside the allowed folder {root}; copy the export there "
                "or pass its text as csv_text"
            )
        return resolved


class Tools:
    """The tool functions; a method's docstring is the description clients see."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def search_guidance(
        self,
        query: Annotated[Question, Field(description="What to look for (English or Polish).")],
        k: Annotated[int, Field(ge=1, le=50, description="Number of passages.")] = 5,
        lang: Annotated[Lang | None, Field(description="Only documents in en or pl.")] = None,
        topic: Annotated[str | None, Field(description="Only this topic, e.g. budget.")] = None,
        source: Annotated[str | None, Field(description="Only this source or doc id.")] = None,
    ) -> SearchResult:
        """Search the ad guidance (meaning plus keywords); passages carry their source for
        citation."""
        from adsage.knowledge.poison import describe, is_suspect

        _not_blank(query, "query")
        with self.backend.searcher() as searcher:
            hits = searcher.search(query, k, lang=lang, topic=topic, source=source)
        return SearchResult(
            query=query,
            results=[
                SearchHit(
                    **{key: value for key, value in h.as_dict().items() if key in _HIT_KEYS},
                    flagged=describe(h.flags) if is_suspect(h.flags) else None,
                )
                for h in hits
            ],
        )

    def ask(
        self, question: Annotated[Question, Field(description="A question, EN or PL.")]
    ) -> AnswerResult:
        """Answer a question from the guidance only, with numbered citations; an empty
        ``sentences`` list means the guidance does not answer it."""
        from adsage.knowledge.answer import answer_question

        _not_blank(question, "question")
        with self.backend.searcher() as searcher:
            answer = answer_question(searcher, question)
        return AnswerResult.model_validate(answer.as_dict())

    def check_goal(
        self,
        text: Annotated[
            str, Field(min_length=1, max_length=MAX_GOAL_CHARS, description="The goal, EN or PL.")
        ],
        objective: Annotated[str | None, Field(description="Campaign objective.")] = None,
        budget: Annotated[float | None, Field(gt=0, description="Total budget.")] = None,
        currency: Annotated[str | None, Field(description="Budget currency, e.g. PLN.")] = None,
        start: date | None = None,
        end: date | None = None,
        ignore: Ignore = None,
    ) -> GoalReport:
        """Check a campaign goal against SMART and suggest a rewrite."""
        from adsage.checks.goal import check_goal

        _not_blank(text, "text")
        report = check_goal(
            text, objective=objective, budget=budget, currency=currency, start=start, end=end
        )
        kept = Report.from_findings(report.findings, ignore or ())
        return report.model_copy(update={"ok": kept.ok, "findings": kept.findings})

    def check_copy(self, ad: AdCopy, ignore: Ignore = None) -> Report:
        """Check ad text: lengths per placement, call to action, link, policy and claims the
        given facts do not back (EN/PL)."""
        from adsage.checks.copy import check_copy

        return Report.from_findings(check_copy(ad), ignore or ())

    def check_targeting(self, targeting: Targeting, ignore: Ignore = None) -> Report:
        """Check age, locations, special ad categories and lookalikes."""
        from adsage.checks.targeting import check_targeting

        return Report.from_findings(check_targeting(targeting), ignore or ())

    def check_budget(self, budget: Budget, ignore: Ignore = None) -> Report:
        """Check budget minimums and caps, schedule and learning-phase feasibility."""
        from adsage.checks.budget import check_budget

        return Report.from_findings(check_budget(budget), ignore or ())

    def check_abtest(self, test: AbTest, ignore: Ignore = None) -> Report:
        """Check an A/B test design: variants, one variable, budgets, duration, sample size."""
        from adsage.checks.abtest import check_abtest

        return Report.from_findings(check_abtest(test), ignore or ())

    def plan_campaign(
        self,
        brief: Brief,
        copies: Annotated[int, Field(ge=3, le=10, description="Copy drafts in the plan.")] = 3,
        markdown: Annotated[bool, Field(description="Also render the plan as Markdown.")] = False,
    ) -> PlanResult:
        """A complete, checked, cited campaign plan from a brief: goal check, objective and
        KPIs, personas, targeting, formats, copy, A/B test, budget and schedule."""
        from adsage.advisor.plan import build_plan

        with self.backend.searcher() as searcher:
            plan = build_plan(
                brief, settings=self.backend.settings, searcher=searcher, n_copies=copies
            )
        text = None
        if markdown:
            from adsage.render.plan_md import plan_markdown

            text = plan_markdown(plan)
        return PlanResult(plan=plan, markdown=text)

    def draft_copy(
        self,
        brief: Brief,
        n: Annotated[int, Field(ge=1, le=10, description="Number of drafts.")] = 3,
    ) -> DraftsResult:
        """Ad copy drafts for a brief, each with its validation report."""
        from adsage.advisor.plan import draft_copy, prepare

        with self.backend.searcher() as searcher:
            ctx, engine = prepare(brief, settings=self.backend.settings, searcher=searcher)
            drafts = draft_copy(ctx, engine, n)
        return DraftsResult(drafts=drafts)

    def make_variants(
        self,
        brief: Brief,
        vary: Annotated[Element, Field(description="The one element the ads differ in.")],
        n: Annotated[
            int, Field(ge=MIN_ADS, le=MAX_ADS, description="Ads in the test, control included.")
        ] = 3,
        name: Annotated[
            str, Field(min_length=1, max_length=100, description="Name of the set.")
        ] = "brief",
    ) -> VariantSet:
        """A/B test variants that differ from a control in exactly one element, each checked,
        with the test sized."""
        from adsage.variants.generate import generate_variants

        return generate_variants(brief, vary, n, settings=self.backend.settings, name=name)

    def size_ab_test(
        self,
        baseline_rate: Annotated[float, Field(gt=0, lt=1, description="0.012 = 1.2%.")],
        mde: Annotated[float, Field(gt=0, description="Smallest relative lift, 0.15 = +15%.")],
        metric: Literal["ctr", "cvr"] = "ctr",
        alpha: Annotated[float, Field(gt=0, lt=0.5)] = 0.05,
        power: Annotated[float, Field(ge=0.5, lt=1)] = 0.8,
        variants: Annotated[int, Field(ge=2, le=5, description="Ads in the test.")] = 2,
        cpm: Annotated[float | None, Field(gt=0, description="Cost per 1,000 impressions.")] = None,
        daily_budget: Annotated[float | None, Field(gt=0)] = None,
        days: Annotated[int | None, Field(ge=1, description="Days available.")] = None,
        lang: Lang = "en",
    ) -> ABPlan:
        """Size an A/B test: sample per variant, impressions, budget and days, with a verdict."""
        if baseline_rate * (1 + mde) >= 1:
            raise BadInput(f"mde: a lift of {mde:g} takes the rate past 100%; give a smaller one")
        return plan_ab_test(
            baseline_rate,
            mde,
            metric=metric,
            variants=variants,
            alpha=alpha,
            power=power,
            cpm=cpm,
            daily_budget=daily_budget,
            lang=lang,
            available_days=days,
        )

    def analyze_results(
        self,
        file: Annotated[
            str | None,
            Field(description="Ads Manager export (.csv or .xlsx) inside the allowed folder."),
        ] = None,
        csv_text: Annotated[
            str | None, Field(description="The export's CSV text, when there is no file.")
        ] = None,
        goal: Annotated[str | None, Field(description='e.g. "CTR above 1.5%".')] = None,
        metric: Annotated[Metric | None, Field(description="Judge the ads on this.")] = None,
        objective: Annotated[
            str | None, Field(description="sales, leads, app, traffic or awareness.")
        ] = None,
        lang: Lang | None = None,
    ) -> AnalysisResult:
        """Which ad won in an Ads Manager export, whether the win is significant, and what to
        do next."""
        if (file is None) == (csv_text is None):
            raise BadInput("give either file or csv_text (one of them)")
        if file is not None:
            return self._analyze(self.backend.allowed_file(file), goal, metric, objective, lang)
        assert csv_text is not None
        with tempfile.TemporaryDirectory(prefix="adsage-mcp-") as tmp:
            path = Path(tmp) / "export.csv"
            path.write_text(csv_text, "utf-8")
            try:
                result = self._analyze(path, goal, metric, objective, lang)
            except AdsageError as exc:
                raise type(exc)(str(exc).replace(str(path), CSV_TEXT)) from None
        return result.model_copy(update={"file": CSV_TEXT})

    def _analyze(
        self,
        path: Path,
        goal: str | None,
        metric: str | None,
        objective: str | None,
        lang: str | None,
    ) -> AnalysisResult:
        from adsage.analysis.core import analyze_file, check_metric
        from adsage.analysis.primary import normalize_objective
        from adsage.analysis.reading import read_export

        objective = normalize_objective(objective, "objective")
        export = read_export(path)  # a bad file fails before the index is touched
        if metric:
            check_metric(metric, export, path)
        warnings: list[dict[str, str]] = []
        with self.backend.searcher(warnings) as searcher:
            result = analyze_file(
                path,
                metric=metric,
                objective=objective,
                goal=goal,
                lang=lang,
                searcher=searcher,
                export=export,
            )
        result.warnings.extend(warnings)
        return AnalysisResult.model_validate(result.to_json())


_HIT_KEYS = ("id", "source", "title", "section", "lang", "topic", "score", "text", "origin")

# Every public method of Tools is a tool, listed in the order it is defined.
NAMES = tuple(name for name in vars(Tools) if not name.startswith("_"))


def _not_blank(text: str, name: str) -> None:
    if not text.strip():
        raise BadInput(f"{name} is empty; give some text")
