"""SMART goal checker for Meta campaigns, in English and Polish, with no model in the loop.

``check_goal`` parses the goal (:mod:`.parse`), judges each SMART criterion
(:mod:`.assess`) and, when something fails, proposes a rewrite that passes
(:mod:`.rewrite`); :mod:`.evaluate` does that on plain dataclasses, and this module turns
its result into the pydantic report the library, MCP and advisor callers read.  The report
is a :class:`~adsage.models.findings.Report`, so the CLI and the drafting loop treat it like
every other validator's output; the extra fields (criteria, parsed goal, rewrite) are what
the plan builder and the UI read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    WithJsonSchema,
    field_serializer,
    field_validator,
    model_validator,
)

from adsage.checks.goal.evaluate import CRITERIA as CRITERIA
from adsage.checks.goal.evaluate import (
    CriterionName,
    CriterionState,
    GoalOptions,
    GoalResult,
    evaluate_goal,
    json_pass,
    state_of,
)
from adsage.checks.goal.parse import ParsedGoal, parse_goal
from adsage.models.findings import Finding, Report
from adsage.rules.objectives import infer_objective

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = [
    "Criterion",
    "GoalReport",
    "ParsedGoal",
    "check_goal",
    "infer_objective",
    "parse_goal",
]


class Criterion(BaseModel):
    """One SMART criterion. ``checked`` is false when context was missing and ``passed`` is
    then only "not shown to fail"; the JSON key is ``pass`` (a Python keyword, hence
    ``passed``), and it is null for a criterion nobody checked, so a reader of ``pass`` never
    counts it as passed. ``state`` is what a reader should be shown: "pass", "at_risk"
    (passes, but the plan's own forecast falls short of the target), "fail" or
    "not_checked"."""

    model_config = ConfigDict(frozen=True, serialize_by_alias=True)

    passed: Annotated[bool, WithJsonSchema({"type": ["boolean", "null"], "title": "Pass"})] = Field(
        serialization_alias="pass", validation_alias=AliasChoices("pass", "passed")
    )
    reason: str
    checked: bool = True
    state: CriterionState | None = None

    @field_validator("passed", mode="before")
    @classmethod
    def _pass_read(cls, value: object) -> object:
        """A report read back from JSON: null was "not checked", which is not shown to fail."""
        return True if value is None else value

    @field_serializer("passed")
    def _pass_json(self, passed: bool) -> bool | None:
        return json_pass(passed, self.checked)

    @model_validator(mode="after")
    def _state(self) -> Criterion:
        if self.state is None:
            object.__setattr__(self, "state", state_of(self.passed, self.checked))
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

    @classmethod
    def from_result(cls, result: GoalResult) -> GoalReport:
        """The report of a :class:`~adsage.checks.goal.evaluate.GoalResult`."""
        return cls(
            ok=result.ok,
            findings=[Finding(**f.to_json()) for f in result.findings],
            criteria={
                name: Criterion(
                    passed=o.passed,
                    reason=o.reason,
                    checked=o.checked,
                    state=state_of(o.passed, o.checked, o.at_risk),
                )
                for name, o in result.outcomes.items()
            },
            parsed=result.parsed,
            rewrite=result.rewrite,
        )


def check_goal(text: str, **options: Unpack[GoalOptions]) -> GoalReport:
    """Judge a campaign goal against SMART; context-dependent criteria report what is missing.

    ``options`` (all keyword, all optional): ``objective``, ``budget``, ``currency``,
    ``start``, ``end``, ``today`` (relative dates resolve against it), ``lang`` and
    ``market``, the benchmark market group (PL, EU, UK, US) the plan reads; without it the
    market whose currency the budget is in; ``category``, the business category id
    (``knowledge/categories``) whose nouns the messages and the rewrite use; ``price``, the
    one price the brief sells at in the budget's currency, against which a count with a
    minimum ROAS is checked (the count's revenue over the budget).

    Raises BadInput for an unknown ``objective``, a non-positive ``budget``, a malformed
    ``currency``, an ``end`` before ``start`` or an unsupported ``lang``.
    """
    return GoalReport.from_result(evaluate_goal(text, **options))
