"""The pydantic-free goal check (``evaluate_goal``) says exactly what the pydantic report says.

``check goal`` prints ``GoalResult.to_json``; library, MCP and advisor callers read
``GoalReport``.  Both must be the same report, key for key and byte for byte once printed.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adsage.checks.goal import GoalReport, check_goal
from adsage.checks.goal.evaluate import GoalFinding, evaluate_goal, state_of
from adsage.models.findings import Finding, Report

TODAY = date(2026, 11, 29)

CASES: list[tuple[str, dict[str, Any]]] = [
    ("Sell 300 snowboards by 24 December 2026", {}),
    ("Sprzedać 300 desek snowboardowych do 24 grudnia 2026", {}),
    ("Get more followers", {}),
    ("Więcej sprzedaży w grudniu", {}),
    ("Sell 300 snowboards by 24 December 2026", {"budget": 5000.0, "currency": "PLN"}),
    ("Sell 300 snowboards by 24 December 2026", {"objective": "OUTCOME_TRAFFIC"}),
    ("Get 120 demos at under $150 per demo by 31 March 2027", {"budget": 9000.0}),
    ("Revenue of 200 000 zł with ROAS of at least 4 by end of Q1 2027", {"budget": 20000.0}),
    ("Raise 15,000 GBP from 400 donors by 24 December 2026", {"currency": "GBP"}),
    ("Sprzedać 2000 pączków w przedsprzedaży do 16 lutego 2027", {"budget": 3000.0}),
    ("Double the leads within 6 weeks", {"objective": "OUTCOME_LEADS"}),
    ("CTR 9% by next month", {}),
    ("Increase reach by 500% by Friday", {"start": date(2026, 12, 1), "end": date(2026, 12, 3)}),
    ("1000 leads per month at CPL below 40 zł", {"budget": 1000.0, "currency": "PLN"}),
    ("Sell 400 orders worth 30,000 EUR by 1 March 2027", {"market": "PL"}),
    ("Get leads by 24 December 2020", {}),
    ("x" * 3000, {}),
    ("", {}),
    ("9" * 400 + " leads by 24 December 2026", {}),
]
# pieces of goals that reach the parser's and the checker's branches, glued at random
FRAGMENTS = [
    "1,000", "1 000", "1.5k", "tysiąc", "20%", "o 20%", "double", "2x", "40 PLN", "30 zł",
    "$5", "ROAS", "CPA", "koszt leada", "leads", "leadów", "fans", "sales", "sprzedaż", "reach",
    "snowboards", "pączków", "by Friday", "within 6 weeks", "Q3 2027", "24.12.2026",
    "do 24 grudnia", "soon", "per month", "budget", "at least", "under", "per demo", "worth",
    "9" * 40, "0",
]  # fmt: skip
IGNORES = [(), ("goal.achievable",), ("goal",), ("goal.specific", "goal.relevant")]


def _reference(report: GoalReport, ignore: tuple[str, ...]) -> dict[str, Any]:
    """What ``check goal --json`` printed before the core went pydantic-free."""
    kept = Report.from_findings(report.findings, ignore)
    payload = report.model_dump(mode="json", by_alias=True)
    payload["ok"] = kept.ok
    payload["findings"] = [f.model_dump(mode="json") for f in kept.findings]
    return payload


def _printed(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(("text", "context"), CASES)
@pytest.mark.parametrize("ignore", IGNORES)
def test_the_json_is_the_reports_byte_for_byte(
    text: str, context: dict[str, Any], ignore: tuple[str, ...]
) -> None:
    result = evaluate_goal(text, today=TODAY, **context)
    report = check_goal(text, today=TODAY, **context)
    assert _printed(result.to_json(ignore)) == _printed(_reference(report, ignore))
    assert result.ok == report.ok


@pytest.mark.parametrize(("text", "context"), CASES)
def test_the_report_is_built_from_the_result(text: str, context: dict[str, Any]) -> None:
    result = evaluate_goal(text, today=TODAY, **context)
    report = GoalReport.from_result(result)
    assert report.parsed is result.parsed
    assert [Finding(**f.to_json()) for f in result.findings] == report.findings
    for name, outcome in result.outcomes.items():
        criterion = report.criteria[name]
        assert (criterion.passed, criterion.reason, criterion.checked) == (
            outcome.passed,
            outcome.reason,
            outcome.checked,
        )
        assert criterion.state == state_of(outcome.passed, outcome.checked, outcome.at_risk)
    again = GoalReport.model_validate(report.model_dump(mode="json", by_alias=True))
    assert again == report  # the dataclass fields read back from JSON


def test_a_goal_finding_has_the_findings_fields() -> None:
    assert list(GoalFinding("r", "info", "m").to_json()) == list(Finding.model_fields)


def test_criterion_states() -> None:
    assert [state_of(p, c) for p, c in [(True, True), (True, False), (False, True)]] == [
        "pass",
        "not_checked",
        "fail",
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(st.text(max_size=80), st.lists(st.sampled_from(FRAGMENTS)).map(" ".join)),
    budget=st.one_of(st.none(), st.floats(min_value=0.01, max_value=1e9)),
    currency=st.sampled_from([None, "PLN", "USD", "eur", "JPY"]),
    objective=st.sampled_from([None, "OUTCOME_SALES", "leads"]),
    start=st.one_of(st.none(), st.integers(-30, 300)),
)
def test_any_goal_prints_the_same(
    text: str, budget: float | None, currency: str | None, objective: str | None, start: int | None
) -> None:
    context: dict[str, Any] = {"budget": budget, "currency": currency, "objective": objective}
    if start is not None:
        context["start"] = TODAY + timedelta(days=start)
    result = evaluate_goal(text, today=TODAY, **context)
    report = check_goal(text, today=TODAY, **context)
    assert _printed(result.to_json()) == _printed(_reference(report, ()))
