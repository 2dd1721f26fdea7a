"""A cost cap far above the all-industry benchmark prices the plan's counts: 150 EUR a lead on
about 135 EUR a day is about 6 leads a week, so the ad set stays in learning; the KPI row,
the learning note and the SMART row give the same count."""

from __future__ import annotations

from pathlib import Path

from adsage.models.brief import load_brief

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "goal_targets"


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_b2b_cap_prices_volume_and_learning() -> None:
    from adsage.advisor.plan import numbers_for
    from adsage.advisor.sections import objective_section
    from adsage.planning.numbers import choose_objective

    brief = load_brief(BRIEFS / "04_b2b_maintenance_en.yaml")
    objective, inferred = choose_objective(brief)
    parsed, _, _, (nums, _) = numbers_for(brief, objective)
    assert nums.volume_at_cap and nums.cost_cap == 150
    assert nums.results_expected == 80
    assert nums.learning_events_per_week is not None and nums.learning_events_per_week < 10
    obj = objective_section(brief, parsed, objective, inferred, [], nums)
    cpl = next(k for k in obj.kpis if "CPL" in k.name)
    assert "about 80 results" in _plain(cpl.note) and "800" not in cpl.note


def test_a_cap_near_the_benchmark_keeps_the_benchmark() -> None:
    from adsage.planning.volume import volume_cost

    assert volume_cost(2.2, 2.5) == (2.2, False)
    assert volume_cost(15.0, 150.0) == (150.0, True)
    assert volume_cost(15.0, None) == (15.0, False)


def test_unreachable_cpa_is_no_target() -> None:
    """350 bouquets on 2 550 zł is 7,29 zł an order against a 60 zł benchmark: the row says
    the goal is out of reach, with the realistic count (the SMART row's) and the budget 350
    needs, never 7,29 zł as a figure to aim at."""
    from adsage.advisor.plan import numbers_for
    from adsage.advisor.sections import objective_section
    from adsage.planning.numbers import choose_objective
    from adsage.render.values import kpi_value

    brief = load_brief(BRIEFS / "05_kwiaciarnia_pl.yaml")
    objective, inferred = choose_objective(brief)
    parsed, _, _, (nums, _) = numbers_for(brief, objective)
    obj = objective_section(brief, parsed, objective, inferred, [], nums)
    cpa = next(k for k in obj.kpis if "CPA" in k.name)
    assert (
        kpi_value(cpa.target, cpa.unit, "pl", cpa.out_of_reach) == "nieosiągalny przy tym budżecie"
    )
    # the JSON keeps the figure with its currency, flagged as out of reach
    assert cpa.out_of_reach and cpa.unit == "PLN" and cpa.target == nums.cost_ceiling
    note = _plain(cpa.note)
    assert "ok. 42 wyniki" in note and "21 000 zł" in note
    assert nums.results_expected == 42
