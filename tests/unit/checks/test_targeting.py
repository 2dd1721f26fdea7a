"""Targeting checks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from adsage.checks.targeting import Targeting, check_targeting


def rules_of(**data: object) -> set[str]:
    return {f.rule for f in check_targeting(Targeting.model_validate(data))}


@pytest.mark.parametrize(
    ("age_min", "age_max", "bad"),
    [(13, 65, False), (18, 45, False), (12, 30, True), (18, 66, True), (40, 30, True)],
)
def test_age_range(age_min: int, age_max: int, bad: bool) -> None:
    got = rules_of(age_min=age_min, age_max=age_max, countries=["PL"])
    assert ("targeting.age_range" in got) is bad


def test_location_required_unless_custom_audience() -> None:
    assert "targeting.location" in rules_of()
    assert rules_of(custom_audiences=["123"]) == set()
    assert rules_of(countries=["PL", "DE"]) == set()


def test_country_codes_and_limits() -> None:
    assert "targeting.location" in rules_of(countries=["Poland"])
    assert "targeting.location" in rules_of(countries=["PL"], cities=["x"] * 251)


def test_special_category_forbids_narrowing() -> None:
    found = check_targeting(
        Targeting(
            special_ad_category="HOUSING",
            countries=["US"],
            age_min=25,
            genders=["female"],
            postal_codes=["10001"],
            lookalike={"size_percent": 1, "source_size": 5000},
            radius=10,
        )
    )
    fields = {f.field for f in found if f.rule == "targeting.special_category"}
    assert fields == {"age_min", "genders", "postal_codes", "lookalike", "radius"}
    assert all(f.severity == "error" for f in found if f.rule == "targeting.special_category")


def test_special_category_allows_broad_targeting() -> None:
    assert (
        rules_of(
            special_ad_category="financial_products_services",
            countries=["US"],
            age_min=18,
            age_max=65,
            radius=25,
            radius_unit="km",
        )
        == set()
    )
    assert "targeting.special_category" in rules_of(
        special_ad_category="EMPLOYMENT", countries=["US"], radius=20, radius_unit="km"
    )


def test_credit_is_flagged_as_replaced_by_financial_products() -> None:
    found = check_targeting(Targeting(special_ad_category="CREDIT", countries=["US"]))
    (f,) = [f for f in found if f.rule == "targeting.special_category"]
    assert f.severity == "warning" and "FINANCIAL_PRODUCTS_SERVICES" in f.message


def test_unknown_special_category_is_bad_input() -> None:
    with pytest.raises(ValidationError):
        Targeting.model_validate({"special_ad_category": "DATING"})


@pytest.mark.parametrize(
    ("size", "source", "severity"),
    [
        (0.5, 5000, "error"),
        (11, 5000, "error"),
        (1, 50, "error"),
        (1, 500, "warning"),
        (10, 1000, None),
    ],
)
def test_lookalike(size: float, source: int, severity: str | None) -> None:
    found = [
        f
        for f in check_targeting(
            Targeting(countries=["PL"], lookalike={"size_percent": size, "source_size": source})
        )
        if f.rule == "targeting.lookalike"
    ]
    assert [f.severity for f in found] == ([severity] if severity else [])


@settings(max_examples=100, deadline=None)
@given(
    a=st.integers(-1000, 1000),
    b=st.integers(-1000, 1000),
    countries=st.lists(st.text(max_size=5), max_size=5),
    cat=st.sampled_from(["NONE", "HOUSING", "CREDIT", "ISSUES_ELECTIONS_POLITICS"]),
)
def test_never_crashes(a: int, b: int, countries: list[str], cat: str) -> None:
    check_targeting(Targeting(age_min=a, age_max=b, countries=countries, special_ad_category=cat))
