"""Credit ads that state a cost without the representative example get a warning (never an
error: the rule's legal reading is UNSURE): any cost term under a financial special ad
category, and in any other vertical a cost term next to the credit it prices ("Raty 0%")."""

from __future__ import annotations

import pytest

from adsage.checks.credit import check_credit_terms
from adsage.checks.inputs import brief_copy_findings
from adsage.rules.loader import load_rules

FIN = "FINANCIAL_PRODUCTS_SERVICES"


@pytest.mark.parametrize(
    ("texts", "lang", "term"),
    [
        ({"headline": "Pierwsza pożyczka bez prowizji"}, "pl", "bez prowizji"),
        ({"primary_text": "Loans at 0% for 6 months. Apply today."}, "en", "0%"),
        ({"description": "Interest-free for new customers"}, "en", "Interest-free"),
        ({"headline": "Decyzja w 15 minut", "description": "Oprocentowanie już od 7%"}, "pl", "Oprocentowanie"),
    ],
)  # fmt: skip
def test_a_cost_claim_without_the_example_warns(
    texts: dict[str, str], lang: str, term: str
) -> None:
    found = check_credit_terms(texts, FIN, lang)
    assert [f.rule for f in found] == ["copy.credit_cost_terms"]
    assert found[0].severity == "warning" and term in found[0].message
    assert found[0].suggestion
    assert check_credit_terms(texts, "CREDIT", lang)  # the older category name too


@pytest.mark.parametrize(
    ("texts", "category"),
    [
        ({"headline": "Pierwsza pożyczka bez prowizji", "description": "RRSO 0%, przykład reprezentatywny na stronie"}, FIN),
        ({"primary_text": "0% for 6 months. Representative APR 19.9%."}, FIN),
        ({"headline": "Decyzja w 15 minut"}, FIN),
        ({"headline": "20% off all boards"}, "NONE"),
        ({"headline": "Bez prowizji dla pośrednika"}, "HOUSING"),
        ({"headline": "Darmowa dostawa, 10% rabatu na pierwsze zamówienie"}, None),
    ],
)  # fmt: skip
def test_no_warning_with_the_example_no_cost_claim_or_another_category(
    texts: dict[str, str], category: str | None
) -> None:
    assert check_credit_terms(texts, category, "en") == []


def test_the_rule_is_data_with_a_source_and_only_warns() -> None:
    from adsage.checks.credit import CreditRules

    rule = load_rules("credit.yaml", CreditRules).cost_terms
    assert rule.confidence == "UNSURE" and rule.severity == "warning"
    assert "2023/2225" in rule.source and "art. 7" in rule.source and rule.as_of.year == 2026


def test_a_loan_briefs_copy_is_checked_for_it() -> None:
    brief = {
        "language": "pl",
        "special_ad_category": FIN,
        "placements": ["feed"],
        "landing_url": "https://finansa.example/wniosek",
    }
    copy = {
        "primary_text": "Pieniądze na koncie tego samego dnia. Pierwsza pożyczka bez prowizji.",
        "headline": "Decyzja w 15 minut",
        "cta": "APPLY_NOW",
        "link": "https://finansa.example/wniosek",
    }
    rules = [f.rule for f in brief_copy_findings(copy, brief)]
    assert "copy.credit_cost_terms" in rules
    # a loan is credit whatever the brief declares
    plain = brief_copy_findings(copy, {**brief, "special_ad_category": "NONE"})
    assert "copy.credit_cost_terms" in [f.rule for f in plain]


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        ({"headline": "Raty 0%", "primary_text": "Zabiegi wykonują wyłącznie lekarze."}, "pl"),
        ({"description": "0% instalments on every sofa"}, "en"),
    ],
)
def test_instalments_at_0_percent_warn_in_any_vertical(texts: dict[str, str], lang: str) -> None:
    found = check_credit_terms(texts, "NONE", lang)
    assert [(f.rule, f.severity) for f in found] == [("copy.credit_cost_terms", "warning")]
    assert "0%" in found[0].message


@pytest.mark.parametrize(
    ("en", "pl", "category"),
    [
        # the same claim in both languages gets the same verdict (EN used to slip through)
        (
            "First loan with no arrangement fee",
            "Pierwsza pożyczka bez prowizji",
            "FINANCIAL_PRODUCTS_SERVICES",
        ),
        ("Interest-free payment plans on whitening", "Raty 0% na wybielanie", "NONE"),
        (
            "Fee-free financing on every bike",
            "Finansowanie bez żadnych opłat na każdy rower",
            "NONE",
        ),
    ],
)
def test_english_and_polish_cost_claims_warn_alike(en: str, pl: str, category: str) -> None:
    for text, lang in ((en, "en"), (pl, "pl")):
        found = check_credit_terms({"headline": text}, category, lang)
        assert [f.rule for f in found] == ["copy.credit_cost_terms"], (text, lang)


@pytest.mark.parametrize(
    "text", ["No hidden fees on delivery", "Free returns within 30 days", "Bez opłat za dostawę"]
)
def test_a_fee_claim_without_credit_outside_finance_is_clean(text: str) -> None:
    assert check_credit_terms({"headline": text}, "NONE", "en") == []
