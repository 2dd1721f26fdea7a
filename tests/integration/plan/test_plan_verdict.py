"""``adsage plan`` and ``adsage check plan`` judge a plan with one set of rules: the warnings
the plan shows (learning phase, a test that cannot finish) are what ``check plan`` reports
on the same JSON, from the same checkers and the same figures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from adsage.advisor.plan import build_plan
from adsage.checks.plan import check_plan
from adsage.cli import main
from adsage.models.brief import load_brief_data
from adsage.models.plan import CampaignPlan

ROOT = Path(__file__).resolve().parents[3]


def _brief(amount: int, lang: str = "en") -> dict[str, Any]:
    """The README's example brief with a lifetime budget of ``amount``."""
    name = "brief.yaml" if lang == "en" else "brief.pl.yaml"
    data = yaml.safe_load((ROOT / "examples" / name).read_text("utf-8"))
    data["budget"] = {"amount": amount, "currency": "PLN", "type": "lifetime"}
    return data


def _keys(findings: list[Any]) -> set[tuple[str, str, str]]:
    return {(f.rule, f.severity, f.message) for f in findings}


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_thin_budget_plan_warnings_are_what_check_plan_reports(plan_settings, lang: str) -> None:  # type: ignore[no-untyped-def]
    plan = build_plan(load_brief_data(_brief(600, lang), "brief"), settings=plan_settings)
    ab = plan.numbers.ab if plan.numbers else None
    # the sample costs more than the whole budget: numbers.ab says the plan runs no test
    assert ab is not None and not ab.fits and not ab.planned and ab.no_test == "budget"
    found = check_plan(plan)
    # the plan's own budget warnings come from the checker check plan runs
    shown = [f for f in plan.budget.report.findings if f.severity != "info"]
    assert any(f.rule == "budget.learning_phase" for f in shown)
    assert _keys(shown) <= _keys(found)
    # the test costs more than the whole budget: the plan plans none and says so plainly,
    # and check plan has no test to size (no "longer than 7-30 days" for a test not run)
    assert ab.budget_needed > plan.budget.total and not plan.ab_test.planned
    none = {"en": "No A/B test at this budget", "pl": "Bez testu A/B przy tym budżecie"}[lang]
    assert plan.ab_test.verdict.startswith(none)
    assert not [f for f in found if f.field and f.field.startswith("ab_test")]
    # no contradiction: the plan has a baseline and an mde, so "cannot estimate" is not said
    assert not any("Cannot estimate" in f.message for f in found)


def test_a_test_that_fits_gets_no_reach_warning(plan_settings) -> None:  # type: ignore[no-untyped-def]
    plan = build_plan(load_brief_data(_brief(60000), "brief"), settings=plan_settings)
    assert plan.numbers and plan.numbers.ab.fits
    found = check_plan(plan)
    assert not [f for f in found if f.rule in ("abtest.sample_size", "abtest.duration")]


def test_cli_plan_and_check_plan_agree_on_the_same_json(
    plan_settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    brief = tmp_path / "brief.yaml"  # plan_settings points ADSAGE_HOME at the built index
    brief.write_text(yaml.safe_dump(_brief(600)), "utf-8")
    out = tmp_path / "plan.json"
    with pytest.raises(SystemExit) as done:
        main(["plan", str(brief), "--out", str(out)])
    assert done.value.code in (0, None)
    capsys.readouterr()
    plan = CampaignPlan.model_validate_json(out.read_text("utf-8"))
    with pytest.raises(SystemExit) as done:
        main(["check", "plan", str(out), "--json"])
    report = json.loads(capsys.readouterr().out)
    cli = {(f["rule"], f["severity"], f["message"]) for f in report["findings"]}
    assert cli == _keys(check_plan(plan))
    rules = {rule for rule, _, _ in cli}
    assert "budget.learning_phase" in rules
    # no test at this budget, so nothing sizes one
    assert not rules & {"abtest.duration", "abtest.sample_size"}


def test_the_planner_and_the_checker_share_the_duration_rule() -> None:
    from adsage.planning.data import planning_data
    from adsage.rules.campaign import abtest_rules

    d, rule = planning_data().ab_defaults, abtest_rules().duration
    assert (d.min_days, d.max_days) == (rule.min_days, rule.max_days)
    assert "min_days" not in (ROOT / "knowledge" / "rules" / "planning.yaml").read_text("utf-8")


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_test_not_run_cites_no_testing_source(plan_settings, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The sources list is what the plan rests on: the sample-size and one-variable chunks
    support a test's sizing, so a plan that runs no test does not list them."""
    plan = build_plan(load_brief_data(_brief(600, lang), "brief"), settings=plan_settings)
    assert not plan.ab_test.planned and plan.ab_test.sources == []
    assert not [c for c in plan.citations if c.source.endswith("testing.md")]
    # a plan that runs its test still cites them
    run = build_plan(load_brief_data(_brief(60000, lang), "brief"), settings=plan_settings)
    assert run.ab_test.planned and run.ab_test.sources
    assert [c for c in run.citations if c.source.endswith("testing.md")]
