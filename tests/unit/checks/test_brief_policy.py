"""Policy read from the brief's content and from the plan's own advice: aesthetic medicine,
before-and-after advice, alcohol age limits, social-issue and undeclared special categories,
and wording that excludes people from job, housing or credit ads."""

from __future__ import annotations

import pytest

from adsage.checks.policy import check_policy
from adsage.checks.restricted import (
    advice_findings,
    alcohol_findings,
    health_findings,
    neutral_advice,
)
from adsage.checks.special import (
    category_word_findings,
    neutral_wording,
    social_issue_findings,
    wording_findings,
)
from adsage.rules.ad_text import policy_rules

CLINIC = {
    "product": "Zabiegi medycyny estetycznej – kwas hialuronowy, toksyna botulinowa, mezoterapia",
    "offer": "Bezpłatna konsultacja z lekarzem",
}
PETITION = [
    "Petition asking Parliament to ban raw sewage discharges into English rivers",
    "Sign the petition in 30 seconds",
    "100,000 signatures before the parliamentary debate on 30 April 2027",
]


def test_aesthetic_medicine_warns_with_its_rules_and_the_prescription_drug() -> None:
    found = health_findings(CLINIC, 30, "pl")
    assert [(f.rule, f.severity) for f in found] == [("policy.health_appearance", "warning")]
    msg = found[0].message
    for part in ("18+", "„przed i po”", "leków na receptę", "gwarantowanych", "toksyna botulinowa"):
        assert part in msg, msg
    assert found[0].field == "product" and found[0].suggestion


def test_cosmetic_procedures_below_18_are_an_error_and_other_briefs_stay_clean() -> None:
    young = health_findings({"product": "Botox and dermal fillers in Leeds"}, 16, "en")
    assert ("policy.health_age", "error") in [(f.rule, f.severity) for f in young]
    assert health_findings({"product": "Sourdough bakery in Kraków"}, 16, "en") == []


def test_before_and_after_advice_is_an_error_with_a_neutral_replacement() -> None:
    angle = "Pokaż efekt (naturalny efekt bez przerysowania); własne zdjęcia przed i po, a nie modelka ze stocku."
    found = advice_findings({"personas[1].message_angle": angle}, CLINIC.values(), "pl")
    assert [(f.rule, f.severity, f.field) for f in found] == [
        ("policy.before_after", "error", "personas[1].message_angle")
    ]
    fixed = found[0].suggestion or ""
    assert fixed.startswith("Pokaż efekt (naturalny efekt bez przerysowania); ")
    assert "przed i po" not in fixed and fixed.endswith(".")
    # the repaired text passes the same check
    assert advice_findings({"a": fixed}, CLINIC.values(), "pl") == []


def test_an_objection_answer_keeps_its_label_when_repaired() -> None:
    text = "“Will the result be what I want?” Show: a before-and-after from the salon's own work."
    fixed = neutral_advice(text, "en")
    assert fixed.startswith("“Will the result be what I want?” Show: the treatment and the person")
    assert "before" not in fixed


def test_before_and_after_is_fine_outside_health_and_appearance() -> None:
    cleaning = ["Home cleaning in Dublin, same vetted cleaner every visit"]
    advice = {"formats[0].reason": "Show before-and-after photos of a cleaned kitchen."}
    assert advice_findings(advice, cleaning, "en") == []


@pytest.mark.parametrize(
    ("country", "age", "severity", "part"),
    [
        ("GB", 18, "info", "CAP Code"),
        ("US", 18, "warning", "21"),
        ("PL", 20, "info", "piwo"),
        ("BR", 18, "warning", "no figure"),
    ],
)
def test_alcohol_is_an_age_limit_on_targeting(
    country: str, age: int, severity: str, part: str
) -> None:
    lang = "pl" if country == "PL" else "en"
    found = alcohol_findings(True, [country], age, lang)
    assert [(f.rule, f.severity, f.field) for f in found] == [
        ("policy.alcohol_age", severity, "targeting.age_min")
    ]
    assert part in found[0].message
    assert "permission" not in found[0].message and "zgody" not in found[0].message
    assert alcohol_findings(False, [country], age, lang) == []


def test_the_alcohol_ages_are_sourced_data_that_only_warn() -> None:
    rule = policy_rules().alcohol_age
    assert rule is not None and rule.min_age["GB"] == 18 and rule.min_age["US"] == 21
    assert rule.confidence == "UNSURE" and rule.severity == "warning"
    assert "Licensing Act 2003" in rule.source and rule.as_of.year == 2026


def test_an_alcohol_word_in_ad_text_says_age_limit_not_permission() -> None:
    found = [
        f
        for f in check_policy({"headline": "Craft brewery taproom"}, "en")
        if f.rule == "policy.restricted_category"
    ]
    assert len(found) == 1
    assert "age-restricted" in found[0].message and "permission" not in found[0].message


def test_a_petition_declared_none_needs_the_political_category() -> None:
    found = social_issue_findings(PETITION, "NONE", ["GB"], "en")
    assert [(f.rule, f.severity, f.field) for f in found] == [
        ("policy.social_issue", "warning", "special_ad_category")
    ]
    msg, fix = found[0].message, found[0].suggestion or ""
    assert "NONE" in msg and "petition" in msg
    assert "ISSUES_ELECTIONS_POLITICS" in fix and "Paid for by" in fix and "authorisation" in fix


def test_in_the_eu_meta_runs_no_social_issue_ads() -> None:
    found = social_issue_findings(["Petycja do Sejmu w sprawie zakazu"], "NONE", ["PL"], "pl")
    assert len(found) == 1 and "UE" in found[0].message and "Polska" in found[0].message


@pytest.mark.parametrize(
    "texts",
    [
        ["Ray-Ban sunglasses, summer sale"],
        ["Sourdough bakery, fresh bread every morning", "Sign up for the newsletter"],
        ["Free 14-day trial, no credit card needed"],
    ],
)
def test_ordinary_briefs_are_not_social_issues(texts: list[str]) -> None:
    assert social_issue_findings(texts, "NONE", ["GB"], "en") == []
    assert category_word_findings(texts, "NONE", "en") == []


def test_jobs_and_flats_declared_none_are_flagged_and_declared_ones_are_not() -> None:
    texts = ["Warehouse operative jobs near Northampton", "Mieszkania na wynajem od dewelopera"]
    found = category_word_findings(texts, "NONE", "pl")
    assert len(found) == 2 and all(f.rule == "policy.special_category_undeclared" for f in found)
    assert "EMPLOYMENT" in (found[0].suggestion or "") and "HOUSING" in (found[1].suggestion or "")
    assert category_word_findings(texts, "EMPLOYMENT", "pl") == []


def test_age_and_fitness_words_in_a_job_brief_warn_with_a_neutral_rewrite() -> None:
    text = "Young, fit people living within 10 miles of Northampton looking for full-time work"
    found = wording_findings({"description": text}, "EMPLOYMENT", "en")
    assert [(f.rule, f.severity) for f in found] == [("policy.discriminatory_wording", "warning")]
    assert '"Young, fit"' in found[0].message
    assert "People living within 10 miles of Northampton looking for full-time work" in (
        found[0].suggestion or ""
    )
    assert wording_findings({"description": text}, "NONE", "en") == []


@pytest.mark.parametrize(
    ("text", "neutral"),
    [
        ("Młodzi profesjonaliści i pary pracujące w Łodzi", "Profesjonaliści i pary pracujące w Łodzi"),
        ("Strong men aged 18-35 near Leeds", "People near Leeds"),
        ("Kobiety i mężczyźni w wieku 25-40 lat z Krakowa", "Osoby z Krakowa"),
        ("Flats that fit your budget", "Flats that fit your budget"),
    ],
)  # fmt: skip
def test_neutral_wording(text: str, neutral: str) -> None:
    assert neutral_wording(text, "HOUSING") == neutral


def test_a_prescription_drug_named_in_an_ad_warns() -> None:
    from adsage.checks.inputs import brief_copy_findings

    brief = {"language": "pl", "placements": ["feed"], "landing_url": "https://aurea.example/"}
    copy = {
        "primary_text": "Toksyna botulinowa i kwas hialuronowy w Warszawie.",
        "headline": "Bezpłatna konsultacja z lekarzem",
        "cta": "BOOK_NOW",
        "link": "https://aurea.example/",
    }
    found = [f for f in brief_copy_findings(copy, brief) if f.rule == "policy.prescription_drug"]
    assert [(f.severity, f.field) for f in found] == [("warning", "primary_text")]
    assert "Toksyna botulinowa" in found[0].message
    clean = {**copy, "primary_text": "Bezpłatna konsultacja z lekarzem w Warszawie."}
    assert not [
        f for f in brief_copy_findings(clean, brief) if f.rule == "policy.prescription_drug"
    ]
