"""Statistics against independent computations: scipy for p-values, hand arithmetic for the rest."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from adsage.analysis import stats
from adsage.analysis.compare import compare
from adsage.analysis.metrics import ad_metrics
from adsage.analysis.reading import read_export

DATA = Path(__file__).resolve().parent / "data"


def scipy_two_prop_p(x1: int, n1: int, x2: int, n2: int) -> float:
    """The textbook pooled z-test, written independently of the code under test."""
    p = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    return float(2 * norm.sf(abs(z)))


def test_z_test_matches_the_knowledge_base_example_and_scipy() -> None:
    # knowledge/en/analysis.md: 150 vs 180 clicks from 10,000 impressions: z ~ 1.67, p ~ 0.10
    z, p = stats.two_proportion_z(180, 10000, 150, 10000)
    assert z == pytest.approx(1.67, abs=0.01)
    assert p == pytest.approx(scipy_two_prop_p(180, 10000, 150, 10000), rel=1e-9)
    assert p == pytest.approx(0.095, abs=0.005)
    # twice the data: z ~ 2.36, p ~ 0.02
    z2, p2 = stats.two_proportion_z(360, 20000, 300, 20000)
    assert z2 == pytest.approx(2.36, abs=0.01) and p2 == pytest.approx(0.018, abs=0.002)


@settings(max_examples=200, deadline=None)
@given(
    n1=st.integers(50, 10**7),
    n2=st.integers(50, 10**7),
    f1=st.floats(0.001, 0.999),
    f2=st.floats(0.001, 0.999),
)
def test_z_test_p_value_equals_scipy(n1: int, n2: int, f1: float, f2: float) -> None:
    x1, x2 = int(n1 * f1), int(n2 * f2)
    if x1 + x2 == 0 or x1 + x2 == n1 + n2:
        return
    assert stats.two_proportion_z(x1, n1, x2, n2)[1] == pytest.approx(
        scipy_two_prop_p(x1, n1, x2, n2), rel=1e-7, abs=1e-300
    )


def test_z_test_degenerate_inputs() -> None:
    assert stats.two_proportion_z(0, 100, 0, 100) == (0.0, 1.0)
    assert stats.two_proportion_z(1, 0, 1, 100) == (0.0, 1.0)


def test_holm_by_hand() -> None:
    # sorted 0.01, 0.03, 0.04 -> 3*0.01 = 0.03, 2*0.03 = 0.06, max(0.06, 1*0.04) = 0.06
    assert stats.holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert stats.holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])
    assert stats.holm([]) == []


def test_poisson_rate_test_by_hand() -> None:
    # 10 conversions against 0 with equal spend: 2 * 0.5^10
    assert stats.poisson_rate_test(10, 100, 0, 100) == pytest.approx(2 * 0.5**10)
    assert stats.poisson_rate_test(0, 100, 0, 100) == 1.0


def test_log_roas_test_by_hand() -> None:
    z = (math.log(2400 / 250) - math.log(700 / 250)) / math.sqrt(2 * (1 / 40 + 1 / 12))
    expected = 2 * norm.sf(abs(z))
    assert stats.log_roas_test(40, 2400, 250, 12, 700, 250) == pytest.approx(expected)


def test_wilson_interval_by_hand() -> None:
    lo, hi = stats.wilson(0, 10) or (None, None)
    assert lo == 0.0 and hi == pytest.approx(0.2775, abs=1e-4)
    lo, hi = stats.wilson(600, 40000) or (0, 0)
    assert lo < 0.015 < hi and hi - lo == pytest.approx(0.0024, abs=2e-4)
    assert stats.wilson(1, 0) is None


def test_sample_size_matches_the_knowledge_base_example() -> None:
    # knowledge/en/testing.md: 1.5% -> 1.8% needs about 28,000 impressions per version
    assert 27_000 <= (stats.sample_size_per_arm(0.015, 0.018) or 0) <= 29_500
    assert stats.sample_size_per_arm(0.02, 0.02) is None


def test_prob_best_is_deterministic_and_sums_to_one() -> None:
    a = stats.prob_best_beta([400, 200], [20000, 20000])
    assert a == stats.prob_best_beta([400, 200], [20000, 20000])
    assert sum(a) == pytest.approx(1.0) and a[0] > 0.99
    tie = stats.prob_best_beta([150, 152], [10000, 10000])
    assert 0.3 < tie[0] < 0.7
    cpa = stats.prob_best_cpa([40, 12], [250.0, 250.0])
    assert cpa[0] > 0.99
    roas = stats.prob_best_roas([40, 12], [2400.0, 700.0], [250.0, 250.0])
    assert roas[0] > 0.99 and sum(roas) == pytest.approx(1.0)


def ads_of(name: str):  # type: ignore[no-untyped-def]
    exp = read_export(DATA / name)
    return [ad_metrics(a, exp) for a in exp.ads]


def test_metrics_match_hand_computed_numbers() -> None:
    a, b = ads_of("en_per_ad.csv")
    # the worked example of knowledge/en/analysis.md
    assert a.ctr == pytest.approx(600 / 40000) == pytest.approx(0.015)
    assert a.cpc == pytest.approx(500 / 600)
    assert a.cpm == pytest.approx(12.5)
    assert a.cvr == pytest.approx(0.05)
    assert a.cpa == pytest.approx(500 / 30)
    assert a.roas == pytest.approx(3.6)
    assert a.frequency == pytest.approx(2.5)
    assert (b.ctr, b.cpc, b.cpm, b.cvr, b.cpa) == pytest.approx((0.01, 1.25, 12.5, 0.04, 31.25))
    assert b.roas == pytest.approx(650 / 312.5) and b.frequency == pytest.approx(2.0)


def test_polish_per_day_metrics_are_computed_from_summed_counts() -> None:
    a, b = ads_of("pl_per_day.csv")
    assert a.ctr == pytest.approx(500 / 30000)
    assert a.cpc == pytest.approx(350 / 500)
    assert a.cvr == pytest.approx(18 / 500)
    assert a.cpa == pytest.approx(350 / 18)
    assert a.roas == pytest.approx(2700 / 350)
    assert b.cpa == pytest.approx(349 / 6)


def test_missing_columns_give_none_not_zero() -> None:
    a, _ = ads_of("near_tie.csv")
    assert a.conversions is None and a.cvr is None and a.cpa is None and a.roas is None
    assert a.reach is None and a.frequency is None


def test_near_tie_has_no_winner() -> None:
    cmp = compare(ads_of("near_tie.csv"), "ctr")
    assert cmp.winner is None and cmp.leader == 'Headline "Free shipping"'
    (pair,) = cmp.pairs
    assert pair.p_value == pytest.approx(scipy_two_prop_p(152, 10000, 150, 10000))
    assert not pair.significant


def test_clear_winner_is_significant_with_high_probability_to_be_best() -> None:
    ads = ads_of("clear_winner.csv")
    cmp = compare(ads, "ctr")
    assert cmp.winner is not None
    assert cmp.winner["name"] == "Bold hook" and cmp.winner["significant"] is True
    assert cmp.winner["prob_best"] > 0.95
    assert cmp.winner["p_value"] == pytest.approx(scipy_two_prop_p(400, 20000, 200, 20000))
    assert set(cmp.winner) == {"name", "metric", "significant", "p_value", "prob_best"}


def test_holm_on_three_ads_matches_a_hand_computation() -> None:
    cmp = compare(ads_of("three_ads.csv"), "ctr")
    clicks = {"Ad A": 200, "Ad B": 150, "Ad C": 120}
    raw = {(p.a, p.b): scipy_two_prop_p(clicks[p.a], 10000, clicks[p.b], 10000) for p in cmp.pairs}
    ordered = sorted(raw.items(), key=lambda kv: kv[1])
    hand, running = {}, 0.0
    for rank, (key, p) in enumerate(ordered):
        running = max(running, min(1.0, (3 - rank) * p))
        hand[key] = running
    for p in cmp.pairs:
        assert p.p_value == pytest.approx(raw[(p.a, p.b)])
        assert p.p_adjusted == pytest.approx(hand[(p.a, p.b)])
    assert cmp.winner is not None and cmp.winner["name"] == "Ad A"
    a_pairs = [hand[k] for k in hand if "Ad A" in k]
    assert cmp.winner["p_value"] == pytest.approx(max(a_pairs))
    assert sorted(cmp.worse) == ["Ad B", "Ad C"]


def test_significant_but_tiny_lift_is_a_near_tie_not_a_winner(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("Ad name,Impressions,Link clicks\nA,10000000,153000\nB,10000000,150000\n")
    exp = read_export(path)
    cmp = compare([ad_metrics(a, exp) for a in exp.ads], "ctr")
    assert cmp.pairs[0].significant  # 2% relative lift on 20M impressions is "real"...
    assert cmp.winner is None and cmp.negligible  # ...but too small to act on


def test_other_metrics() -> None:
    ads = ads_of("clear_winner.csv")
    cvr = compare(ads, "cvr")  # 40/400 vs 12/200
    assert cvr.pairs[0].p_value == pytest.approx(scipy_two_prop_p(40, 400, 12, 200))
    cpa = compare(ads_of("clear_winner.csv"), "cpa")
    assert cpa.winner is not None and cpa.winner["name"] == "Bold hook"
    roas = compare(ads_of("clear_winner.csv"), "roas")
    assert roas.winner is not None and roas.winner["name"] == "Bold hook"


def test_view_through_conversions_are_excluded_from_cvr(tmp_path: Path) -> None:
    path = tmp_path / "vt.csv"
    path.write_text("Ad name,Impressions,Link clicks,Purchases\nA,1000,5,9\nB,1000,20,2\n")
    exp = read_export(path)
    cmp = compare([ad_metrics(a, exp) for a in exp.ads], "cvr")
    assert cmp.excluded == ["A"] and cmp.winner is None and cmp.pairs == []


def test_many_ads_compare_only_those_with_most_data(tmp_path: Path) -> None:
    from adsage.analysis.core import analyze_file

    rows = "".join(f"Ad {i},{1000 + i * 100},{10 + i}\n" for i in range(35))
    path = tmp_path / "many.csv"
    path.write_text("Ad name,Impressions,Link clicks\n" + rows, "utf-8")
    result = analyze_file(path)
    assert len(result.comparison.pairs) == 30 * 29 // 2
    assert result.comparison.crowded == [f"Ad {i}" for i in range(5)]
    assert "too_many_ads" in {w["code"] for w in result.warnings}
    assert sum(a.prob_best or 0 for a in result.ads) == pytest.approx(1.0)
