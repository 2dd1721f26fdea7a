"""The SMART check itself, on plain dataclasses: text and context in, a :class:`GoalResult` out.

``check goal`` on the command line prints straight from a :class:`GoalResult` (its JSON is
exactly :class:`~adsage.checks.goal.checker.GoalReport`'s), so a cold start never loads
pydantic; library, MCP and advisor callers get the pydantic report from
:func:`adsage.checks.goal.check_goal`, built from this result.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, Literal, TypedDict

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
from adsage.checks.goal.parse import MAX_CHARS, ParsedGoal, analyse, normalize_lang
from adsage.checks.goal.rewrite import build_rewrite
from adsage.checks.goal.wording import Lang, msg
from adsage.errors import BadInput
from adsage.lang.dates import today as calendar_today
from adsage.models.severity import Severity, kept
from adsage.rules.objectives import BenchmarksData, ObjectivesData, load_benchmarks, load_objectives
from adsage.rules.objectives import normalize_objective as normalize_objective

CriterionName = Literal["specific", "measurable", "achievable", "relevant", "time_bound"]
CriterionState = Literal["pass", "at_risk", "fail", "not_checked"]
CRITERIA: tuple[CriterionName, ...] = (
    "specific",
    "measurable",
    "achievable",
    "relevant",
    "time_bound",
)


class GoalOptions(TypedDict, total=False):
    """The campaign context :func:`evaluate_goal` takes besides the text."""

    objective: str | None
    budget: float | None
    currency: str | None
    start: date | None
    end: date | None
    today: date | None
    lang: str | None
    market: str | None
    category: str | None
    price: float | None


def state_of(passed: bool, checked: bool, at_risk: bool = False) -> CriterionState:
    """What a reader is shown: a criterion nobody could check is never shown as a pass, nor
    one whose own forecast falls short of the target."""
    if not passed:
        return "fail"
    if not checked:
        return "not_checked"
    return "at_risk" if at_risk else "pass"


def json_pass(passed: bool, checked: bool) -> bool | None:
    """``pass`` in JSON: null for a criterion nobody checked (it was not shown to fail, which
    is no pass), so a reader of ``pass`` alone never counts it as passed."""
    return None if state_of(passed, checked) == "not_checked" else passed


@dataclass(frozen=True)
class GoalFinding:
    """A finding of the goal check, with :class:`~adsage.models.findings.Finding`'s fields."""

    rule: str
    severity: Severity
    message: str
    field: str | None = None
    suggestion: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "field": self.field,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class GoalResult:
    findings: list[GoalFinding]
    outcomes: dict[CriterionName, Outcome]
    parsed: ParsedGoal
    rewrite: str | None = None

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    def to_json(self, ignore: tuple[str, ...] | list[str] = ()) -> dict[str, Any]:
        """``GoalReport.model_dump(mode="json", by_alias=True)`` with the findings ``ignore``
        leaves (and ``ok`` from them), key for key."""
        left, ok = kept(self.findings, ignore)
        return {
            "ok": ok,
            "findings": [f.to_json() for f in left],
            "criteria": {
                name: {
                    "pass": json_pass(o.passed, o.checked),
                    "reason": o.reason,
                    "checked": o.checked,
                    "state": state_of(o.passed, o.checked, o.at_risk),
                }
                for name, o in self.outcomes.items()
            },
            "parsed": _json(self.parsed),
            "rewrite": self.rewrite,
        }


def _json(value: Any) -> Any:
    """A dataclass as pydantic's JSON mode dumps it: dates in ISO form, tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _json(getattr(value, f.name)) for f in fields(value)}
    return value


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
    price: float | None = None,
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
        price=price if price is not None and price > 0 and not from_text else None,
    )


def _suggestion(issue: Issue, lang: Lang, rewrite: str | None, objective: str | None) -> str | None:
    if issue.kind == "flags" and issue.hint:
        return msg("suggest.flags", lang, flags=issue.hint)
    if issue.kind in ("budget", "risk") and issue.hint:
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


def evaluate_goal(
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
    category: str | None = None,
    price: float | None = None,
) -> GoalResult:
    """Judge a campaign goal against SMART (see :func:`adsage.checks.goal.check_goal`, which
    documents the arguments and the BadInput cases)."""
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
        price=price,
    )
    # the business's own nouns (a hotel's bookings) in every message and rewrite
    lex, objectives = load_lexicon().for_category(category), load_objectives()

    from adsage.checks.goal import steps

    # a step after the lead (booked calls) is named and judged on the leads before it
    step = steps.after_lead_step(parsed, lex, text or "")
    size = steps.step_size(parsed, ctx, lex, bench, step) if step else None
    outcomes: dict[CriterionName, Outcome] = {
        "specific": specific(parsed, lex),
        "measurable": measurable(_hinted(parsed, ctx.objective, objectives), lex),
        "achievable": achievable(parsed, ctx, lex, bench, size),
        "relevant": relevant(parsed, ctx, lex, objectives),
        "time_bound": time_bound(parsed, ctx),
    }
    if step is not None:
        outcomes["specific"] = steps.step_specific(parsed, lex, step, outcomes["specific"])
        outcomes["measurable"] = steps.step_measurable(parsed, lex, step, outcomes["measurable"])
        outcomes["relevant"] = steps.step_relevant(parsed, ctx, step, outcomes["relevant"])
    # money the ad account never sees, or a count of a noun no result matches: said so
    channel = steps.money_channel(parsed, lex, fold(text[:MAX_CHARS] if text else ""))
    told = (
        steps.money_outcomes(parsed, lex, channel)
        if channel
        else steps.unmapped_outcomes(parsed, lex)
    )
    if told is not None:
        outcomes["specific"], outcomes["measurable"] = told
    if parsed.share_text:
        from adsage.checks.goal.share import share_outcomes

        spec, meas, ach = share_outcomes(parsed)
        outcomes["specific"], outcomes["measurable"], outcomes["achievable"] = spec, meas, ach
    # a risk (the forecast just short, a cap above the need) is told with its own hint: the
    # goal itself stands, so no rewrite is proposed for it
    failing = any(
        i.severity != "info" and i.kind != "risk" for o in outcomes.values() for i in o.issues
    )
    rewrite = build_rewrite(parsed, ctx, lex, bench, objectives, text=text) if failing else None

    findings: list[GoalFinding] = []
    if parsed.truncated:
        note = msg("truncated", parsed.lang, n=MAX_CHARS)
        findings.append(
            GoalFinding(
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
                GoalFinding(
                    rule=f"goal.{name}",
                    severity=issue.severity,
                    message=issue.message,
                    field=issue.field,
                    suggestion=_suggestion(issue, parsed.lang, rewrite, obj),
                )
            )
    return GoalResult(findings=findings, outcomes=outcomes, parsed=parsed, rewrite=rewrite)


def _hinted(p: ParsedGoal, objective: str | None, objectives: ObjectivesData) -> ParsedGoal:
    """A vague goal ("more customers") checked against an objective that does not serve the
    vague word's usual result: the hint is the objective's own result (landing page views
    for a Traffic plan), so the check and the plan name the same thing to measure."""
    obj = objectives.objectives.get(objective or "")
    if obj is None or p.metric or not p.vague_hint or obj.serves(p.vague_hint):
        return p
    return replace(p, vague_hint=obj.default_metric)
