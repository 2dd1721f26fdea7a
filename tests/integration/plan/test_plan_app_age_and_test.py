"""An app for people over 40 run as Advantage+ app campaigns: the targeting opens to 18-65+
(the campaign takes no age), yet the plan never describes the audience by those ages, says
once what that costs and what answers it, and its A/B test neither claims a measured
results-per-click baseline nor applies one store's winner to the other store as a fact."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adsage.advisor.plan import build_plan
from adsage.advisor.targeting import targeting_section
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

DATING = Path(__file__).resolve().parents[2] / "data" / "review7_briefs" / "02_dating_en.yaml"


def test_app_targeting_states_the_age_trade_off_once_and_formats_keep_the_brief_ages(
    plan_settings: Any,
) -> None:
    brief = load_brief(DATING)
    assert tuple(brief.audience.age) == (40, 65)
    plan = build_plan(brief, settings=plan_settings)
    assert (plan.targeting.age_min, plan.targeting.age_max) == (18, 65)
    trade = [n for n in plan.targeting.notes if "cannot be held to that age" in n]
    assert len(trade) == 1
    assert "aged 40–65+" in trade[0] and "first line" in trade[0]
    assert "manual app-promotion campaign with age 40–65+" in trade[0]
    md = plan_markdown(plan)
    assert "(aged 40–65+)" in md
    assert "aged 18–65+" not in md and "(aged 18" not in md


def test_an_app_brief_for_all_adult_ages_gets_no_trade_off(plan_settings: Any) -> None:
    from adsage.advisor.targeting import audience_ages

    brief = load_brief(DATING)
    open_ages = brief.model_copy(
        update={"audience": brief.audience.model_copy(update={"age": [18, 65]})}
    )
    assert audience_ages(open_ages) == (18, 65)
    notes = targeting_section(open_ages).notes
    assert not any("cannot be held to that age" in n for n in notes)


def test_app_test_baseline_is_an_estimate_and_the_other_store_a_hypothesis(
    plan_settings: Any,
) -> None:
    brief = load_brief(DATING)
    plan = build_plan(brief, settings=plan_settings)
    ab = plan.ab_test
    assert ab.metric == "cvr" and ab.planned
    text = " ".join(ab.warnings)
    assert "(iOS and Android)" not in text
    assert "copy the winner into the iOS Advantage+ app campaign" in text
    assert "App Store link only" in text and "Android campaign the winner is a hypothesis" in text
    basis = [w for w in ab.warnings if w.startswith("Baseline")]
    assert len(basis) == 1
    assert "estimate from two benchmarks" in basis[0] and "UNSURE" in basis[0]
    # the figure is the plan's one baseline, as the JSON holds it
    assert f"{ab.baseline_rate * 100:.2f}%" in basis[0]


def test_polish_app_plan_says_the_same(plan_settings: Any) -> None:
    brief = load_brief(DATING).model_copy(update={"language": "pl"})
    plan = build_plan(brief, settings=plan_settings)
    notes = " ".join(plan.targeting.notes)
    assert "nie da się ograniczyć do tego wieku" in notes and "40–65+" in notes
    text = " ".join(plan.ab_test.warnings)
    assert "na iOS" in text and "dla kampanii na Androida zwycięzca jest hipotezą" in text
    assert "szacunek z dwóch benchmarków" in text and "niepotwierdzone" in text
    assert "(wiek: 18–65+)" not in plan_markdown(plan)
