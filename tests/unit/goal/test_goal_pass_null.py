"""In JSON a SMART criterion nobody checked has ``pass: null``, never ``pass: true``.

Anything reading ``pass`` alone (a script over ``--json``, an MCP client) used to count an
unchecked "achievable" as passed. The report still reads back, and renderers still label it
"not checked".
"""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal
from adsage.checks.goal.checker import GoalReport
from adsage.checks.goal.evaluate import evaluate_goal
from adsage.render.values import criterion_state

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    "goal", ["Get 100 leads by 30 June 2027", "Pozyskać 100 leadów do 30 czerwca 2027"]
)
def test_unchecked_criteria_carry_pass_null(goal: str) -> None:
    report = check_goal(goal, today=TODAY)  # no budget, no objective: two criteria unchecked
    dumped = report.model_dump(mode="json", by_alias=True)["criteria"]
    plain = evaluate_goal(goal, today=TODAY).to_json()["criteria"]
    for data in (dumped, plain):
        for name in ("achievable", "relevant"):
            assert data[name]["state"] == "not_checked"
            assert data[name]["pass"] is None
        assert data["specific"]["pass"] is True
        assert data["time_bound"]["pass"] is True
    assert dumped == plain


def test_a_failed_criterion_keeps_pass_false() -> None:
    data = check_goal("More brand love", today=TODAY).model_dump(mode="json", by_alias=True)
    assert data["criteria"]["specific"]["pass"] is False


def test_the_report_reads_back_and_its_schema_allows_null() -> None:
    report = check_goal("Get 100 leads by 30 June 2027", today=TODAY)
    again = GoalReport.model_validate(report.model_dump(mode="json", by_alias=True))
    assert again.criteria["achievable"].state == "not_checked"
    assert again.model_dump(mode="json", by_alias=True) == report.model_dump(
        mode="json", by_alias=True
    )
    for mode in ("validation", "serialization"):
        schema = GoalReport.model_json_schema(mode=mode)  # type: ignore[arg-type]
        assert "null" in schema["$defs"]["Criterion"]["properties"]["pass"]["type"]


def test_a_renderer_reads_null_as_not_checked() -> None:
    assert criterion_state({"pass": None, "reason": "x"}) == "not_checked"
    assert criterion_state({"pass": False, "reason": "x"}) == "fail"
    assert criterion_state({"pass": True, "reason": "x"}) == "pass"
