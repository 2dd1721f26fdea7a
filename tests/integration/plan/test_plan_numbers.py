"""Plans agree with their own numbers; `plan.consistency` catches the sections that do not."""

from __future__ import annotations

from typing import Any

import pytest

from adsage.advisor.plan import build_plan
from adsage.checks.plan import check_plan
from adsage.models.brief import load_brief_data
from adsage.models.plan import CampaignPlan
from adsage.render.plan_md import plan_markdown

EMPLOYMENT: dict[str, Any] = {
    "brand": "RoadCrew",
    "product": "Truck driver jobs",
    "landing_url": "https://roadcrew.example/jobs",
    "goal": "Get 300 completed driver applications in 8 weeks",
    "objective": "OUTCOME_LEADS",
    "budget": {"amount": 20000, "currency": "PLN", "type": "lifetime"},
    "schedule": {"start": "2027-01-04", "end": "2027-02-28"},
    "special_ad_category": "EMPLOYMENT",
    "audience": {
        "locations": ["PL"],
        "age": [25, 50],
        "genders": ["male"],
        "interests": ["trucks"],
        "custom_audiences": ["past applicants"],
        "places": [
            {"type": "radius", "name": "Katowice", "radius_km": 10},
            {"type": "postal", "name": "40-001"},
        ],
    },
}


@pytest.fixture
def employment_plan(plan_settings) -> CampaignPlan:  # type: ignore[no-untyped-def]
    return build_plan(load_brief_data(EMPLOYMENT, "brief"), settings=plan_settings)


def _consistency(plan: CampaignPlan) -> list[str]:
    return [f.message for f in check_plan(plan) if f.rule == "plan.consistency"]


def test_special_category_carries_through_every_section(employment_plan: CampaignPlan) -> None:
    tg = employment_plan.targeting
    assert (tg.age_min, tg.age_max, tg.genders) == (18, 65, ["all"])
    assert not tg.interests and not tg.lookalikes
    assert [(p.kind, p.name, p.radius_km) for p in tg.places] == [("radius", "Katowice", 25.0)]
    assert not any("lookalike" in line.purpose.lower() for line in employment_plan.budget.split)
    assert _consistency(employment_plan) == []
    md = plan_markdown(employment_plan)
    assert "past applicants" in md and "Katowice (+25 km)" in md


def test_goal_window_and_numbers_agree(employment_plan: CampaignPlan) -> None:
    p = employment_plan
    assert p.goal.criteria["time_bound"]["pass"]
    assert not any(f["field"] == "end" for f in p.goal.findings)
    n = p.numbers
    assert n is not None and n.benchmark is not None and n.benchmark.market == "PL"
    assert n.total == p.budget.total and n.days == p.budget.days == 56
    assert p.ab_test.sample_size_per_variant == n.ab.sample_size_per_variant
    assert p.ab_test.duration_days <= p.budget.days
    cost = [k for k in p.objective.kpis if k.unit == "PLN" and "benchmark" in k.note]
    # 300 applications with PLN 20,000: a lead may cost at most PLN 66.67; the benchmark
    # (PLN 25) is shown beside it with the results it would buy
    assert n.goal_target == 300 and n.cost_ceiling == round(20000 / 300, 2)
    assert cost and cost[0].target == n.cost_ceiling
    assert "PLN\xa025" in cost[0].note and f"{n.results_expected}" in cost[0].note
    assert all(line.currency == "PLN" for line in p.budget.split)
    ads = p.ab_test.ads
    assert len(ads) == 2
    diff = [
        k
        for k in ("primary_text", "headline", "description", "cta", "link")
        if ads[0][k] != ads[1][k]
    ]
    assert diff == ["headline"]


def test_consistency_rule_flags_contradictions(employment_plan: CampaignPlan) -> None:
    p = employment_plan
    broken = p.model_copy(
        update={
            "ab_test": p.ab_test.model_copy(update={"duration_days": 400}),
            "targeting": p.targeting.model_copy(update={"lookalikes": True, "age_min": 25}),
        }
    )
    found = _consistency(broken)
    assert any("400 days" in m for m in found)
    assert any("lookalikes" in m for m in found)
    assert any("18–65+" in m for m in found)
    ads = [dict(a) for a in p.ab_test.ads]
    ads[1]["primary_text"] = "Something else entirely"
    also = p.model_copy(update={"ab_test": p.ab_test.model_copy(update={"ads": ads})})
    assert any("not only headline" in m for m in _consistency(also))


def test_consistency_rule_reads_the_test_line_against_what_the_test_spends(
    employment_plan: CampaignPlan,
) -> None:
    p = employment_plan
    assert p.numbers is not None and p.numbers.ab.reserved
    assert not _consistency(p)
    split = [
        line.model_copy(update={"amount": line.amount + 100}) if line.key == "testing" else line
        for line in p.budget.split
    ]
    broken = p.model_copy(update={"budget": p.budget.model_copy(update={"split": split})})
    assert any("the test spends" in m for m in _consistency(broken))


def test_numbers_sections_cite_what_they_rest_on(employment_plan: CampaignPlan) -> None:
    p = employment_plan
    by_n = {c.n: c for c in p.citations}
    for claimed in (p.objective.sources, p.budget.sources, p.ab_test.sources):
        assert claimed and all(n in by_n for n in claimed)
    assert any("learning" in by_n[n].section.lower() for n in p.budget.sources)
    assert any("sample" in by_n[n].section.lower() for n in p.ab_test.sources)
    used = {n for c in p.claims for n in c.sources}
    assert set(by_n) == used  # nothing listed that no claim rests on


SAAS: dict[str, Any] = {
    "brand": "LedgerFlow",
    "product": "Accounting software for SMBs",
    "landing_url": "https://ledgerflow.example/demo",
    "objective": "OUTCOME_LEADS",
    "budget": {"amount": 15000, "currency": "USD", "type": "lifetime"},
    "schedule": {"start": "2027-01-04", "end": "2027-03-31"},
    "audience": {"locations": ["US"], "age": [28, 60], "interests": ["accounting"]},
}


@pytest.mark.parametrize(
    ("goal", "ceiling", "cap", "said"),
    [
        # the budget allows USD 125 a demo, stricter than the goal's USD 150: one KPI, 125
        ("Get 120 demo requests by 31 March 2027 at under $150 per demo", 125.0, 150.0, "below"),
        # the goal's cap (USD 100) is stricter than the budget's limit: one KPI, 100
        ("Get 120 demo requests by 31 March 2027 at under $100 per demo", 100.0, 100.0, "alone"),
        # no cap: the budget's limit only
        ("Get 120 demo requests by 31 March 2027", 125.0, None, "most a result"),
    ],
)
def test_goal_cost_cap_and_budget_limit_are_one_kpi(
    plan_settings: Any, goal: str, ceiling: float, cap: float | None, said: str
) -> None:
    plan = build_plan(load_brief_data({**SAAS, "goal": goal}, "brief"), settings=plan_settings)
    n = plan.numbers
    assert n is not None and n.cost_ceiling == ceiling and n.cost_cap == cap
    priced = [k for k in plan.objective.kpis if k.unit == "USD"]
    # one cost target only: the cap is not repeated in a row of its own
    assert [k.target for k in priced] == [ceiling], [(k.name, k.target) for k in priced]
    assert said in priced[0].note
    assert _consistency(plan) == []
    assert plan.objective.bid_strategy == ("COST_CAP" if cap else "LOWEST_COST_WITHOUT_CAP")


def test_the_sheets_test_ad_set_runs_as_long_as_the_plans_test(plan_settings: Any) -> None:
    from datetime import date, timedelta

    from adsage.export.plan_rows import plan_sheet

    goal = "Get 120 demo requests by 31 March 2027"
    plan = build_plan(load_brief_data({**SAAS, "goal": goal}, "brief"), settings=plan_settings)
    test = next(line for line in plan.budget.split if line.key == "testing")
    days = plan.ab_test.duration_days
    assert days < plan.budget.days  # an 87-day flight, a shorter test
    stop = date(2027, 1, 4) + timedelta(days=days - 1)
    rows = plan_sheet(plan).rows
    tested = [r for r in rows if test.name in r["Ad Set Name"]]
    others = [r for r in rows if test.name not in r["Ad Set Name"]]
    assert tested and others
    assert {r["Ad Set Time Stop"][:10] for r in tested} == {stop.strftime("%m/%d/%Y")}
    assert {r["Ad Set Time Stop"][:10] for r in others} == {"03/31/2027"}
    # the test's ad set holds what the plan says the test spends, not the whole flight's share
    assert {float(r["Ad Set Lifetime Budget"]) for r in tested} == {round(test.amount, 2)}
