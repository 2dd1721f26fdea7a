import math
from statistics import NormalDist

import pytest

from adsage.planning.abplan import plan_ab_test, sample_per_variant


def _hand(p1: float, p2: float, alpha: float = 0.05, power: float = 0.8) -> int:
    z = NormalDist()
    za, zb = z.inv_cdf(1 - alpha / 2), z.inv_cdf(power)
    pb = (p1 + p2) / 2
    num = (za * math.sqrt(2 * pb * (1 - pb)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2
    return math.ceil(num / (p2 - p1) ** 2)


def test_sample_size_matches_a_hand_computed_case() -> None:
    # baseline CTR 1.2%, detect a 15% relative lift: 1.2% -> 1.38%
    assert sample_per_variant(0.012, 0.15) == _hand(0.012, 0.0138) == 61693


def test_more_variants_use_a_bonferroni_adjusted_alpha() -> None:
    assert sample_per_variant(0.02, 0.2, variants=3) == _hand(0.02, 0.024, alpha=0.025)
    assert sample_per_variant(0.02, 0.2, variants=3) > sample_per_variant(0.02, 0.2)


def test_budget_and_days_follow_from_cpm_and_daily_budget() -> None:
    plan = plan_ab_test(0.012, 0.15, cpm=25, daily_budget=200)
    assert plan.impressions_needed == 2 * 61693
    assert plan.budget_needed == pytest.approx(2 * 61693 / 1000 * 25, abs=0.01)
    assert plan.days_needed == math.ceil(2 * 61693 / 1000 * 25 / 200) == 16
    assert plan.verdict.startswith(
        "this budget can test 2 variants in 16 days; 4 variants would take"
    )
    assert [a["variants"] for a in plan.alternatives] == [2, 3, 4, 5]
    assert plan.warnings == []


def test_short_and_long_tests_are_warned() -> None:
    short = plan_ab_test(0.05, 0.5, cpm=10, daily_budget=1000)
    assert short.days_needed is not None and short.days_needed < 7
    assert any("under 7 days" in w for w in short.warnings)
    long = plan_ab_test(0.005, 0.05, cpm=30, daily_budget=20)
    assert long.days_needed is not None and long.days_needed > 30
    assert any("longer than 30" in w for w in long.warnings)


def test_cvr_converts_clicks_to_impressions_and_polish_verdict() -> None:
    plan = plan_ab_test(
        0.05, 0.2, metric="cvr", ctr_for_cvr=0.02, cpm=20, daily_budget=300, lang="pl"
    )
    n = sample_per_variant(0.05, 0.2)
    assert plan.impressions_needed == 2 * math.ceil(n / 0.02)
    assert plan.verdict.startswith("ten budżet pozwala przetestować 2 warianty")


@pytest.mark.parametrize(("baseline", "mde"), [(0.0, 0.1), (1.2, 0.1), (0.5, 1.5), (0.1, -0.2)])
def test_impossible_inputs_raise(baseline: float, mde: float) -> None:
    with pytest.raises(ValueError):
        sample_per_variant(baseline, mde)
