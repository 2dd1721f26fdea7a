"""A brief that sells weight loss is a restricted category, read from what it sells; an
audience described by body weight is kept out of personas, ads and the sheet; a benefit about
the seller's own insurance does not make a brief a financial product."""

from __future__ import annotations

from pathlib import Path

import pytest

from adsage.advisor.policy_section import targeting_findings
from adsage.checks.special import neutral_wording
from adsage.checks.weight import weight_findings, without_body_weight
from adsage.models.brief import load_brief
from adsage.models.plan import TargetingSpec

DATA = Path(__file__).resolve().parents[2] / "data" / "review5_briefs"

DIETITIAN = {
    "product": "Online 1:1 coaching with a registered dietitian - 12-week weight management programme",
    "description": "Overweight adults who have tried diets before and want something sustainable",
}


def test_weight_management_warns_with_its_rules_in_both_languages() -> None:
    en = weight_findings(DIETITIAN, 30, "en")
    assert [(f.rule, f.severity, f.field) for f in en] == [
        ("policy.weight_loss", "warning", "product"),
        ("policy.body_weight_wording", "warning", "description"),
    ]
    assert "18+" in en[0].message and "before-and-after" in en[0].message
    assert (
        en[1].suggestion
        == 'The plan uses: "Adults who have tried diets before and want something sustainable"'
    )
    pl = weight_findings({"product": "Program odchudzania z dietetykiem online"}, 30, "pl")
    assert [f.rule for f in pl] == ["policy.weight_loss"] and "„przed i po”" in pl[0].message


def test_a_weight_loss_audience_below_18_is_an_error() -> None:
    found = weight_findings({"product": "Slimming club for teens"}, 16, "en")
    assert [(f.rule, f.severity) for f in found] == [
        ("policy.weight_loss", "warning"),
        ("policy.weight_loss_age", "error"),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        {"product": "Family dental clinic", "description": "Parents of young children"},
        {"product": "Sklep z meblami dębowymi", "offer": "Do -30% na stoły"},
        {"product": "Gym membership", "description": "Adults who want to get stronger"},
    ],
)
def test_other_briefs_stay_clean(texts: dict[str, str]) -> None:
    assert weight_findings(texts, 18, "en") == []


@pytest.mark.parametrize(
    ("text", "neutral"),
    [
        ("Overweight adults who have tried diets before", "Adults who have tried diets before"),
        ("Adults who are overweight and busy", "Adults and busy"),
        ("Osoby z nadwagą, które próbowały diet", "Osoby, które próbowały diet"),
        ("Busy parents", "Busy parents"),
    ],
)
def test_body_weight_words_are_dropped(text: str, neutral: str) -> None:
    assert without_body_weight(text) == neutral
    assert neutral_wording(text, "NONE") == neutral  # what the persona header shows


def _targeting(brief_name: str, **change: str) -> list[str]:
    brief = load_brief(DATA / brief_name)
    brief = brief.model_copy(update=change)
    spec = TargetingSpec(
        age_min=brief.audience.age[0],
        age_max=brief.audience.age[1],
        countries=brief.audience.locations,
        special_ad_category=brief.special_ad_category,
    )
    return [f.rule for f in targeting_findings(brief, spec)]


def test_a_benefit_about_the_sellers_own_insurance_is_not_a_financial_product() -> None:
    # "Ubezpieczenie OC biura na 500 000 zł" is the accounting office's own liability cover
    assert "policy.special_category_undeclared" not in _targeting("06_biuro_rachunkowe_pl.yaml")


def test_a_brief_that_sells_insurance_is_still_flagged() -> None:
    rules = _targeting("06_biuro_rachunkowe_pl.yaml", product="Ubezpieczenie OC dla firm")
    assert "policy.special_category_undeclared" in rules
