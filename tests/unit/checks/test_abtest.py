"""A/B test design checks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from adsage.checks.abtest import AbTest, check_abtest, required_sample_per_variant


def sev(rule: str, **data: object) -> list[str]:
    return [f.severity for f in check_abtest(AbTest.model_validate(data)) if f.rule == rule]


def heads(*names: str) -> list[dict[str, str]]:
    return [{"headline": n, "primary_text": "Same text"} for n in names]


@pytest.mark.parametrize(("n", "expected"), [(1, ["error"]), (2, []), (5, []), (6, ["warning"])])
def test_variant_count(n: int, expected: list[str]) -> None:
    names = [f"Headline {i}" for i in range(n)]
    assert sev("abtest.variant_count", vary="headline", variants=heads(*names)) == expected


def test_single_variable_other_field_differs() -> None:
    variants = [{"headline": "A", "primary_text": "x"}, {"headline": "B", "primary_text": "y"}]
    # One variable per test is best practice, not a Meta rule (Meta runs multi-variable tests).
    assert sev("abtest.single_variable", vary="headline", variants=variants) == ["warning"]


def test_single_variable_declared_element_identical() -> None:
    assert sev("abtest.single_variable", vary="headline", variants=heads("A", "A")) == ["warning"]


def test_single_variable_ok_and_polish() -> None:
    assert (
        sev("abtest.single_variable", vary="headline", variants=heads("Kup teraz", "Sprawdź")) == []
    )


def test_creative_element_allows_several_creative_fields() -> None:
    variants = [{"headline": "A", "image": "a.jpg"}, {"headline": "B", "image": "b.jpg"}]
    assert sev("abtest.single_variable", vary="creative", variants=variants) == []
    variants[1]["audience"] = "lookalike"
    assert sev("abtest.single_variable", vary="creative", variants=variants) == ["warning"]


def test_duplicate_variants_warn() -> None:
    got = sev(
        "abtest.single_variable", vary="cta", variants=[{"cta": "A"}, {"cta": "B"}, {"cta": "A"}]
    )
    assert got == ["warning"]


def test_budget_split() -> None:
    v = heads("A", "B")
    assert sev(
        "abtest.budget_split",
        vary="headline",
        variants=[{**v[0], "budget": 10}, {**v[1], "budget": 20}],
    ) == ["warning"]
    assert (
        sev(
            "abtest.budget_split",
            vary="headline",
            variants=[{**v[0], "budget": 10}, {**v[1], "budget": 10}],
        )
        == []
    )
    assert sev("abtest.budget_split", vary="headline", variants=[{**v[0], "budget": 10}, v[1]]) == [
        "warning"
    ]


@pytest.mark.parametrize(
    ("days", "expected"), [(3, ["warning"]), (7, []), (30, []), (31, ["warning"])]
)
def test_duration_only_warns(days: int, expected: list[str]) -> None:
    assert (
        sev("abtest.duration", vary="headline", variants=heads("A", "B"), duration_days=days)
        == expected
    )


def test_sample_size_formula_matches_textbook() -> None:
    # 10% -> 12%, alpha 0.05 two-sided, power 0.8: 3,841 per group (standard tables).
    assert required_sample_per_variant(0.10, 0.02, 0.95, 0.8) == 3841


def test_sample_size_reachability() -> None:
    base = {"vary": "headline", "variants": heads("A", "B"), "baseline_rate": 0.01, "mde": 0.1}
    assert sev("abtest.sample_size", **base, daily_impressions=5_000, duration_days=14) == [
        "warning"
    ]
    assert sev("abtest.sample_size", **base, daily_impressions=100_000, duration_days=14) == []
    assert sev("abtest.sample_size", **base) == ["info"]
    assert sev("abtest.sample_size", vary="headline", variants=heads("A", "B")) == ["info"]


def test_bad_input() -> None:
    with pytest.raises(ValidationError):
        AbTest.model_validate({"vary": "colour", "variants": []})
    with pytest.raises(ValidationError):
        AbTest.model_validate({"vary": "headline", "variants": [{"headlin": "x"}]})


@settings(max_examples=100, deadline=None)
@given(
    texts=st.lists(st.text(max_size=50), max_size=8),
    vary=st.sampled_from(["headline", "primary_text", "creative", "audience"]),
    rate=st.none() | st.floats(0.0001, 0.9999),
    mde=st.none() | st.floats(0.0001, 10),
    imps=st.none() | st.integers(1, 10**9),
    days=st.none() | st.integers(1, 400),
)
def test_never_crashes(
    texts: list[str],
    vary: str,
    rate: float | None,
    mde: float | None,
    imps: int | None,
    days: int | None,
) -> None:
    check_abtest(
        AbTest(
            vary=vary,
            variants=[{"headline": t} for t in texts],
            baseline_rate=rate,
            mde=mde,
            daily_impressions=imps,
            duration_days=days,
        )
    )
