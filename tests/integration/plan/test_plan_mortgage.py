"""A mortgage broker's free review is booked, not applied for, and a mortgage campaign under
the financial category is asked whether HOUSING applies too (UNSURE: a question, not a
category the plan declares itself)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adsage.advisor.plan import build_plan
from adsage.checks.credit import housing_question
from adsage.models.brief import load_brief

BROKER = Path(__file__).resolve().parents[2] / "data" / "review6_briefs" / "03_mortgage_en.yaml"


def test_a_free_mortgage_review_is_booked_and_housing_is_asked(plan_settings: Any) -> None:
    brief = load_brief(BROKER)
    assert "Free 30-minute mortgage review" in (brief.offer or "")
    plan = build_plan(brief, settings=plan_settings)
    assert {d.cta for d in plan.copy_drafts} == {"BOOK_NOW"}
    assert not any("Apply online" in d.primary_text for d in plan.copy_drafts)
    [asked] = [f for f in plan.targeting.report.findings if f.rule == "policy.mortgage_housing"]
    assert asked.severity == "warning" and "UNSURE" in asked.message
    assert asked.suggestion and "also declare HOUSING" in asked.suggestion
    assert plan.targeting.special_ad_category == "FINANCIAL_PRODUCTS_SERVICES"


def test_the_housing_question_only_for_a_mortgage_under_the_financial_category() -> None:
    fin = "FINANCIAL_PRODUCTS_SERVICES"
    [pl] = housing_question({"product": "Kredyty hipoteczne dla rodzin"}, fin, "pl")
    assert "HOUSING" in pl.message and pl.suggestion and pl.suggestion.startswith("Zapytaj")
    assert housing_question({"product": "Mortgage broker"}, "HOUSING", "en") == []
    assert housing_question({"product": "Cash loans online"}, fin, "en") == []
