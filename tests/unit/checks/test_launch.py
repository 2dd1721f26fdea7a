"""What the brief itself implies before launch, read from what it sells rather than from the
drafted ads: the EU stop on political and social-issue ads, Polish law on alcohol, dating
permission, dietary-supplement claims, the EU beneficiary and payer, first-order discounts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adsage.checks.launch import alcohol_hit, health_claim, launch_findings
from adsage.checks.price_cut import price_cut_findings
from adsage.checks.special import social_issue_findings
from adsage.checks.targeting import Targeting, check_targeting
from adsage.drafting.offline.cuts import phrase_cut
from adsage.models.brief import Brief, load_brief

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "launch_cases"


def _brief(name: str, **update: Any) -> Brief:
    return load_brief(BRIEFS / f"{name}.yaml").model_copy(update=update)


def _rules(brief: Brief) -> dict[str, str]:
    return {f.rule: f.severity for f in launch_findings(brief)}


def test_an_eu_social_issue_brief_is_a_stop_with_organic_routes_and_no_authorisation() -> None:
    brief = _brief("03_smog_pl")
    found = {f.rule: f for f in launch_findings(brief)}
    stop = found["policy.eu_political_ban"]
    assert stop.severity == "error"
    assert "nie da się uruchomić jako płatnej kampanii" in stop.message
    assert "newsletter" in (stop.suggestion or "")
    assert "knowledge/pl/eu-transparency.md" in (stop.suggestion or "")
    assert "autoryzacj" not in (stop.suggestion or "")
    # the targeting section no longer tells the client to get authorised for Poland
    said = social_issue_findings([brief.product], brief.special_ad_category, ["PL"], "pl")
    assert not any("autoryzacj" in (f.suggestion or "") for f in said)
    # outside the EU the category still needs the authorisation
    us = _brief("03_smog_pl", audience=brief.audience.model_copy(update={"locations": ["US"]}))
    assert "policy.eu_political_ban" not in _rules(us)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sklep internetowy z polskimi winami z własnej winnicy", "other"),
        ("Wina z winnicy w Sandomierzu", "other"),
        ("Zestaw 3 win na święta", "other"),
        ("Wódka żytnia z małej destylarni", "other"),
        ("Domowa nalewka wiśniowa", "other"),
        ("Likier kawowy", "other"),
        ("Piwo rzemieślnicze z lokalnego browaru", "beer"),
        ("Craft beer taproom", "beer"),
        ("Natural wines from small growers", "other"),
        ("Kawa ziarnista z palarni", "none"),
    ],
)
def test_alcohol_is_read_from_polish_inflections(text: str, kind: str) -> None:
    assert alcohol_hit([text], "pl")[0] == kind


def test_polish_short_forms_are_not_read_in_an_english_brief() -> None:
    assert alcohol_hit(["Win more customers with a free audit"], "en")[0] == "none"


def test_wine_for_poland_is_a_stop_beer_is_the_conditions_note() -> None:
    wine = _brief("01_winnica_pl")
    assert _rules(wine)["policy.alcohol_banned"] == "warning"  # the act, not the reference
    stop = next(f for f in launch_findings(wine) if f.rule == "policy.alcohol_banned")
    assert "art. 13¹" in stop.message and "prawnikiem" in (stop.suggestion or "")
    beer = _brief(
        "01_winnica_pl",
        brand="Browar Skarpa",
        product="Sklep internetowy z piwem rzemieślniczym",
        offer="Zestaw 6 piw na święta",
        benefits=["Warzone w Sandomierzu"],
    )
    rules = _rules(beer)
    assert "policy.alcohol_beer" in rules and "policy.alcohol_banned" not in rules
    abroad = _brief(
        "01_winnica_pl", audience=wine.audience.model_copy(update={"locations": ["DE"]})
    )
    assert not {"policy.alcohol_banned", "policy.alcohol_beer"} & set(_rules(abroad))


def test_dating_is_a_before_launch_permission_read_from_the_product() -> None:
    found = next(
        f for f in launch_findings(_brief("02_dating_en")) if f.rule == "policy.dating_permission"
    )
    assert "prior written permission" in found.message and "18+" in found.message
    assert "relationship status" in found.message
    assert "ignore" not in (found.suggestion or "")


def test_a_supplement_gets_its_policy_block_and_health_claims_stay_whole() -> None:
    brief = _brief("08_suplementy_pl")
    found = next(f for f in launch_findings(brief) if f.rule == "policy.supplement")
    assert "suplementem diety" in found.message and "przed i po" in found.message
    claim = brief.benefits[0]
    assert health_claim(claim) and not health_claim(brief.benefits[1])
    assert phrase_cut(claim, 30, "pl") == ""  # never "Witamina D pomaga"
    assert (
        phrase_cut("Vitamin D contributes to the normal function of the immune system", 30, "en")
        == ""
    )


def test_every_eu_brief_says_the_dsa_beneficiary_and_payer_before_publishing() -> None:
    assert _rules(_brief("08_suplementy_pl"))["policy.dsa_fields"] == "info"
    gb = _brief("02_dating_en")
    assert "policy.dsa_fields" not in _rules(gb)


def test_a_first_order_code_discount_is_information_not_the_omnibus_warning() -> None:
    found = price_cut_findings(
        {"offer": "Rabat 20% na pierwsze zamówienie z kodem ZIMA20"}, ["PL"], "pl"
    )
    assert [f.severity for f in found] == ["info"]
    assert "pierwszego zamówienia" in found[0].message
    cut = price_cut_findings({"offer": "189 zł zamiast 237 zł"}, ["PL"], "pl")
    assert [f.severity for f in cut] == ["warning"]


def test_the_special_category_check_speaks_polish_and_skips_authorisation_in_the_eu() -> None:
    us = check_targeting(
        Targeting(countries=["US"], special_ad_category="ISSUES_ELECTIONS_POLITICS"), "pl"
    )
    assert any("wymagają przed emisją autoryzacji" in f.message for f in us)
    pl = check_targeting(
        Targeting(countries=["PL"], special_ad_category="ISSUES_ELECTIONS_POLITICS"), "pl"
    )
    assert not any(f.rule == "targeting.special_category" for f in pl)
    housing = check_targeting(
        Targeting(countries=["PL"], special_ad_category="HOUSING", age_min=25, age_max=50), "pl"
    )
    assert any("zawężanie według wieku" in f.message for f in housing)


def test_the_social_issue_age_lock_is_unsure_a_warning_only_when_narrowed() -> None:
    narrowed = check_targeting(
        Targeting(
            countries=["US"],
            special_ad_category="ISSUES_ELECTIONS_POLITICS",
            age_min=25,
            age_max=50,
        ),
        "en",
    )
    lock = [f for f in narrowed if f.rule == "targeting.special_category_lock"]
    assert [f.severity for f in lock] == ["warning"] and "UNSURE" in lock[0].message
    open_range = check_targeting(
        Targeting(countries=["US"], special_ad_category="ISSUES_ELECTIONS_POLITICS"), "en"
    )
    assert not any(f.rule == "targeting.special_category_lock" for f in open_range)


def test_a_polish_wine_brief_marked_english_is_still_read_as_wine_for_poland() -> None:
    brief = _brief("01_winnica_pl", language="en")
    found = next(f for f in launch_findings(brief) if f.rule == "policy.alcohol_banned")
    assert "Polish law bans advertising" in found.message


def test_an_audience_of_singles_does_not_make_a_restaurant_a_dating_service() -> None:
    brief = _brief(
        "02_dating_en",
        product="Neighbourhood tapas restaurant",
        offer="Free dessert on Tuesdays",
        audience=_brief("02_dating_en").audience.model_copy(
            update={"description": "Young singles and couples living nearby"}
        ),
    )
    assert "policy.dating_permission" not in _rules(brief)


def test_a_variants_sheet_for_an_eu_social_issue_brief_is_refused() -> None:
    from adsage.export.by_hand import SheetRefused
    from adsage.export.rows import variant_sheet

    with pytest.raises(SheetRefused, match="Meta nie emituje w UE"):
        variant_sheet([], [_brief("03_smog_pl")])


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Sklep z polskimi winami", True),
        ("Wina z winnicy w Sandomierzu", True),
        ("Zestaw 3 win czerwonych", True),
        ("To nie Twoja wina", False),
        ("Win a trip to Paris", False),
    ],
)
def test_the_ad_text_lexicon_reads_polish_wine_forms(text: str, hit: bool) -> None:
    from adsage.checks.policy import restricted_categories

    assert ("alcohol" in restricted_categories([text])) is hit
