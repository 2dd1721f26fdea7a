"""SMART goal checker for Meta campaigns, in English and Polish, with no model in the loop.

``check_goal`` parses the goal (:mod:`.parse`), judges each SMART criterion
(:mod:`.assess`) and, when something fails, proposes a rewrite that passes
(:mod:`.rewrite`). The report is a :class:`~adsage.models.findings.Report`, so the CLI and
the drafting loop treat it like every other validator's output; the extra fields (criteria,
parsed goal, rewrite) are what the plan builder and the UI read.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, model_validator

from adsage.checks.goal.assess import (
    GoalContext,
    Issue,
    Outcome,
    achievable,
    measurable,
    relevant,
    specific,
    time_bound,
)
from adsage.checks.goal.lexicon import fold, load_lexicon
from adsage.checks.goal.numbers import normalize_currency
from adsage.checks.goal.parse import MAX_CHARS, ParsedGoal, analyse, normalize_lang, parse_goal
from adsage.checks.goal.rewrite import build_rewrite
from adsage.checks.goal.wording import Lang, msg
from adsage.errors import BadInput
from adsage.lang.dates import today as calendar_today
from adsage.models.findings import Finding, Report
from adsage.rules.objectives import (
    BenchmarksData,
    infer_objective,
    load_benchmarks,
    load_objectives,
    normalize_objective,
)

__all__ = [
    "Criterion",
    "GoalReport",
    "ParsedGoal",
    "check_goal",
    "infer_objective",
    "parse_goal",
]

CriterionName = Literal["specific", "measurable", "achievable", "relevant", "time_bound"]
CriterionState = Literal["pass", "fail", "not_checked"]
CRITERIA: tuple[CriterionName, ...] = (
    "specific",
    "measurable",
    "achievable",
    "relevant",
    "time_bound",
)


class Criterion(BaseModel):
    """One SMART criterion. ``checked`` is false when context was missing and ``pass`` is only
    "not shown to fail"; the JSON key is ``pass`` (a Python keyword, hence ``passed``).
    ``state`` is what a reader should be shown: "pass", "fail" or "not_checked" (a criterion
    nobody could check is never shown as a pass)."""

    model_config = ConfigDict(frozen=True, serialize_by_alias=True)

    passed: bool = Field(
        serialization_alias="pass", validation_alias=AliasChoices("pass", "passed")
    )
    reason: str
    checked: bool = True
    state: CriterionState | None = None

    @model_validator(mode="after")
    def _state(self) -> Criterion:
        if self.state is None:
            state = "fail" if not self.passed else "pass" if self.checked else "not_checked"
            object.__setattr__(self, "state", state)
        return self


class GoalReport(Report):
    criteria: dict[CriterionName, Criterion]
    parsed: ParsedGoal
    rewrite: str | None = None

    def to_report(self) -> Report:
        """The plain findings report shared by every validator."""
        return Report(ok=self.ok, findings=list(self.findings))

    def to_json(self) -> dict[str, object]:
        return self.model_dump(mode="json", by_alias=True)


def _currency(value: str | None) -> str | None:
    if value is None:
        return None
    code = normalize_currency(fold(value)) or value.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise BadInput(f"currency: {value!r} is not a currency code; use e.g. PLN, EUR or USD")
    return code


def _context(
    parsed: ParsedGoal,
    *,
    objective: str | None,
    budget: float | None,
    currency: str | None,
    start: date | None,
    end: date | None,
    today: date,
    anchor: date,
    market: str | None = None,
    bench: BenchmarksData | None = None,
) -> GoalContext:
    from_text = budget is None and parsed.budget is not None
    amount = parsed.budget if from_text else budget
    cur = currency or parsed.budget_currency or (parsed.currency if from_text else None)
    return GoalContext(
        today=today,
        anchor=anchor,
        lang=parsed.lang,
        objective=objective,
        budget=amount,
        currency=cur,
        budget_from_text=from_text,
        start=start,
        end=end,
        market=market or (bench or load_benchmarks()).market_for_currency(cur),
    )


def _suggestion(issue: Issue, lang: Lang, rewrite: str | None, objective: str | None) -> str | None:
    if issue.kind == "flags" and issue.hint:
        return msg("suggest.flags", lang, flags=issue.hint)
    if issue.kind == "budget" and issue.hint:
        return issue.hint
    if issue.kind == "baseline":
        return msg("suggest.baseline", lang)
    if issue.kind == "objective" and issue.hint and not rewrite:
        return msg("suggest.flags", lang, flags=f"--objective {issue.hint}")
    if issue.kind == "objective" and issue.hint and rewrite:
        return msg(
            "suggest.objective", lang, suggested=issue.hint, objective=objective, rewrite=rewrite
        )
    return msg("suggest.try", lang, rewrite=rewrite) if rewrite else None


def check_goal(
    text: str,
    *,
    objective: str | None = None,
    budget: float | None = None,
    currency: str | None = None,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
    lang: str | None = None,
    market: str | None = None,
) -> GoalReport:
    """Judge a campaign goal against SMART; context-dependent criteria report what is missing.

    ``market`` is the benchmark market group (PL, EU, UK, US) the plan reads; without it the
    market whose currency the budget is in.

    Raises BadInput for an unknown ``objective``, a non-positive ``budget``, a malformed
    ``currency``, an ``end`` before ``start`` or an unsupported ``lang``.
    """
    if budget is not None and (not math.isfinite(budget) or budget <= 0):
        raise BadInput(f"budget: must be a positive number, got {budget!r}")
    for name, value in (("today", today), ("start", start), ("end", end)):
        if value is not None and not 1900 <= value.year <= 9000:
            raise BadInput(f"{name}: {value.isoformat()} is outside the supported years 1900-9000")
    if start and end and end < start:
        raise BadInput(f"end: {end.isoformat()} is before start {start.isoformat()}")
    obj = normalize_objective(objective) if objective else None
    cur = _currency(currency)
    today = today or calendar_today()
    anchor = start if start and start > today else today
    parsed = analyse(text or "", today=today, anchor=anchor, lang=normalize_lang(lang))
    bench = load_benchmarks()
    ctx = _context(
        parsed,
        objective=obj,
        budget=budget,
        currency=cur,
        start=start,
        end=end,
        today=today,
        anchor=anchor,
        market=market,
        bench=bench,
    )
    lex, objectives = load_lexicon(), load_objectives()

    outcomes: dict[CriterionName, Outcome] = {
        "specific": specific(parsed, lex),
        "measurable": measurable(parsed, lex),
        "achievable": achievable(parsed, ctx, lex, bench),
        "relevant": relevant(parsed, ctx, lex, objectives),
        "time_bound": time_bound(parsed, ctx),
    }
    failing = any(i.severity != "info" for o in outcomes.values() for i in o.issues)
    rewrite = build_rewrite(parsed, ctx, lex, bench, objectives, text=text) if failing else None

    findings: list[Finding] = []
    if parsed.truncated:
        note = msg("truncated", parsed.lang, n=MAX_CHARS)
        findings.append(
            Finding(
                rule="goal.specific",
                severity="info",
                message=note,
                field="goal",
                suggestion=msg("suggest.shorten", parsed.lang),
            )
        )
    for name in CRITERIA:
        for issue in outcomes[name].issues:
            findings.append(
                Finding(
                    rule=f"goal.{name}",
                    severity=issue.severity,
                    message=issue.message,
                    field=issue.field,
                    suggestion=_suggestion(issue, parsed.lang, rewrite, obj),
                )
            )
    criteria = {
        name: Criterion(passed=o.passed, reason=o.reason, checked=o.checked)
        for name, o in outcomes.items()
    }
    return GoalReport(
        ok=not any(f.severity == "error" for f in findings),
        findings=findings,
        criteria=criteria,
        parsed=parsed,
        rewrite=rewrite,
    )
