"""A goal within reach whose own forecast falls short is "at risk", with the average cost it
needs; a cost cap above that cost is flagged with the cost to set, and a cap far above the
market's typical cost is said to be well above an all-industry average, with the business's
own past cost to compare it with: never called a ceiling that rarely binds (the benchmark
is no figure for the business), never an empty "at or above" comparison."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from adsage.checks.goal import check_goal
from adsage.checks.goal.evaluate import evaluate_goal

TODAY = date(2026, 11, 30)
FEB = {"start": date(2027, 2, 1), "end": date(2027, 2, 28)}


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _leads(goal: str, lang: str, budget: float, **kw: Any) -> Any:
    return check_goal(
        goal,
        lang=lang,
        today=TODAY,
        objective="OUTCOME_LEADS",
        budget=budget,
        currency="PLN",
        market="PL",
        **{**FEB, **kw},
    )


def test_a_forecast_short_of_the_target_is_at_risk_with_the_cost_it_needs() -> None:
    # PL benchmark 25 zł a lead: 12 000 zł buys about 480 of the 500 asked for
    report = _leads("500 leadów w lutym 2027", "pl", 12000)
    ach = report.criteria["achievable"]
    assert ach.state == "at_risk" and ach.passed
    reason = _plain(ach.reason)
    # the state carries the label ("na granicy"); the reason gives the figures
    assert reason.startswith("Przy typowym koszcie 25 zł za wynik")
    assert "ok. 480 z 500" in reason and "potrzebny średni koszt to 24 zł" in reason
    found = [f for f in report.findings if f.rule == "goal.achievable"]
    assert [f.severity for f in found] == ["warning"]
    assert found[0].suggestion and "24 zł" in _plain(found[0].suggestion)
    # the goal itself stands: no rewrite is proposed for a risk
    assert report.rewrite is None


def test_at_risk_reads_the_same_in_english_and_in_the_json() -> None:
    report = _leads("500 leads in February 2027", "en", 12000)
    reason = _plain(report.criteria["achievable"].reason)
    assert reason.startswith("At the market's typical PLN 25 per result")
    assert "about 480 of the 500" in reason and "average of PLN 24 per result" in reason
    dumped = evaluate_goal(
        "500 leads in February 2027",
        lang="en",
        today=TODAY,
        objective="OUTCOME_LEADS",
        budget=12000,
        currency="PLN",
        market="PL",
        **FEB,
    ).to_json()
    assert dumped["criteria"]["achievable"]["state"] == "at_risk"
    assert dumped["criteria"]["achievable"]["pass"] is True
    assert report.to_json()["criteria"]["achievable"]["state"] == "at_risk"


def test_a_forecast_that_meets_the_target_is_a_plain_pass() -> None:
    ach = _leads("480 leadów w lutym 2027", "pl", 12000).criteria["achievable"]
    assert ach.state == "pass", ach.reason


def test_a_cap_above_the_cost_the_goal_needs_is_flagged_with_that_cost() -> None:
    report = _leads("500 wypełnionych kalkulacji w lutym 2027 przy CPL do 25 zł", "pl", 12000)
    ach = report.criteria["achievable"]
    reason = _plain(ach.reason)
    assert ach.state == "at_risk"
    assert "Limit 25 zł (CPL; typowy koszt na tym rynku to 25 zł)" in reason
    assert "jest wyższy niż średni koszt 24 zł" in reason
    assert "O wyniku decyduje budżet, a nie limit kosztu".lower() in reason.lower()
    assert "do celu pasuje docelowy koszt wyniku 24 zł" in reason
    # the old empty comparison and the calque are gone
    assert "lub wyżej" not in reason and "wynik ogranicza budżet" not in reason
    cap = [f for f in report.findings if "Limit 25" in _plain(f.message)]
    assert cap and cap[0].severity == "warning"
    assert cap[0].suggestion and "Ustaw docelowy koszt wyniku na 24 zł" in _plain(cap[0].suggestion)


@pytest.mark.parametrize(
    ("lang", "goal", "words"),
    [
        (
            "pl",
            "80 zapisów na lekcję próbną do 15 września 2027 przy koszcie zapisu poniżej 40 zł",
            ("średnia ze wszystkich branż", "dotychczasowym kosztem wyniku"),
        ),
        (
            "en",
            "80 sign-ups by 15 September 2027 at a cost per sign-up under 40 PLN",
            ("an average over all industries", "past cost per result"),
        ),
    ],
)
def test_a_cap_far_above_the_market_asks_for_the_business_own_cost(
    lang: str, goal: str, words: tuple[str, str]
) -> None:
    report = check_goal(
        goal,
        lang=lang,
        today=TODAY,
        objective="OUTCOME_LEADS",
        budget=3500,
        currency="PLN",
        market="PL",
        start=date(2027, 8, 16),
        end=date(2027, 9, 15),
    )
    ach = report.criteria["achievable"]
    reason = _plain(ach.reason)
    assert all(w in reason for w in words), reason
    # a generic benchmark says nothing about whether the cap binds for this business
    for claim in ("rarely", "safety ceiling", "rzadko", "próg bezpieczeństwa"):
        assert claim not in reason, reason
    assert "15 zł" in reason or "PLN 15" in reason
    assert ach.state == "pass"
