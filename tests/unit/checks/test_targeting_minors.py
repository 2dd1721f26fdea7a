"""Teens and small radii: an age range with under-18s may use age and location only, and a
radius Ads Manager does not offer around a city is flagged. Both rules are UNSURE in the
data, so they warn and never fail."""

from __future__ import annotations

import pytest

from adsage.checks.targeting import Targeting, check_targeting
from adsage.models.findings import Finding
from adsage.rules.campaign import targeting_rules


def _found(lang: str = "en", **data: object) -> list[Finding]:
    return check_targeting(Targeting.model_validate({"countries": ["GB"], **data}), lang)


def test_the_rules_are_data_with_a_source_and_only_warn() -> None:
    rules = targeting_rules()
    for rule in (rules.minors, rules.city_radius):
        assert rule is not None and rule.source and rule.as_of
        assert rule.confidence == "UNSURE" and rule.severity == "warning"


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [("en", "Ages 16–17 are under 18"), ("pl", "Wiek 16–17 to osoby niepełnoletnie")],
)
def test_interests_for_under_18s_warn(lang: str, phrase: str) -> None:
    found = _found(lang, age_min=16, age_max=19, interests=["university", "UCAS"])
    minors = [f for f in found if f.rule == "targeting.minors"]
    assert len(minors) == 1
    f = minors[0]
    assert f.severity == "warning" and f.field == "interests"
    assert phrase in f.message


def test_age_and_location_only_or_adults_are_fine() -> None:
    assert not [f for f in _found(age_min=16, age_max=19) if f.rule == "targeting.minors"]
    adults = _found(age_min=18, age_max=19, interests=["university"], genders=["female"])
    assert not [f for f in adults if f.rule == "targeting.minors"]
    gender = _found(age_min=16, age_max=19, genders=["female"])
    assert [f.field for f in gender if f.rule == "targeting.minors"] == ["genders"]


@pytest.mark.parametrize(("km", "warns"), [(4, True), (17, False), (50, False), (100, True)])
def test_a_city_radius_outside_what_ads_manager_offers_warns(km: float, warns: bool) -> None:
    found = _found(cities=["Wrocław"], radius=km, radius_unit="km")
    got = [f for f in found if f.rule == "targeting.city_radius"]
    assert bool(got) is warns
    assert all(f.severity == "warning" for f in got)
