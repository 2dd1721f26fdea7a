"""The legal drinking age as a hard floor: the strictest age of the targeted countries the rule
data knows, never a guessed one; a floor the plan applied stays a warning (UNSURE ages)."""

from __future__ import annotations

from pathlib import Path

from adsage.advisor.targeting import targeting_section
from adsage.checks.restricted import alcohol_findings
from adsage.models.brief import Brief, load_brief

TAPROOM = Path(__file__).resolve().parents[2] / "data" / "review6_briefs" / "02_taproom_en.yaml"


def _in(*countries: str) -> Brief:
    brief = load_brief(TAPROOM)
    aud = brief.audience.model_copy(update={"locations": list(countries), "places": []})
    return brief.model_copy(update={"audience": aud})


def test_the_strictest_known_age_of_the_targeted_countries_is_the_floor() -> None:
    spec = targeting_section(_in("GB", "US"))
    assert spec.age_min == 21
    [note] = [n for n in spec.notes if n.startswith("Minimum age raised")]
    assert "United Kingdom: 18, United States: 21" in note and "not a suggestion" in note


def test_a_country_without_a_figure_gets_no_guessed_age() -> None:
    spec = targeting_section(_in("AU"))
    assert spec.age_min == 18
    assert not any("legal drinking age" in n for n in spec.notes)
    [f] = alcohol_findings(True, ["AU"], spec.age_min, "en", asked=18)
    assert f.severity == "warning" and "no figure" in f.message


def test_a_raised_floor_is_a_warning_and_an_own_higher_age_is_information() -> None:
    [raised] = alcohol_findings(True, ["US"], 21, "pl", asked=18)
    assert raised.severity == "warning" and "niepewne" in raised.message
    assert raised.suggestion and "Age Min" in raised.suggestion
    [kept] = alcohol_findings(True, ["US"], 25, "en", asked=25)
    assert kept.severity == "info"
