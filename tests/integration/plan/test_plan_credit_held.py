"""A benefit that states a credit cost ("Raty 0%") without the representative example stays
out of the ads, so no draft carries a credit warning, and the copy notes say why; a brief
that gives the example keeps it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adsage.advisor.plan import build_plan
from adsage.checks.credit import undisclosed_benefits
from adsage.models.brief import load_brief

CLINIC = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "review3_briefs"
    / "05_medycyna_estetyczna_pl.yaml"
)


def test_an_undisclosed_credit_cost_is_left_out_of_the_ads_and_explained(
    plan_settings: Any,
) -> None:
    brief = load_brief(CLINIC)
    assert "Raty 0%" in brief.benefits
    plan = build_plan(brief, settings=plan_settings)
    for d in plan.copy_drafts:
        assert "0%" not in f"{d.primary_text} {d.headline} {d.description}"
        assert not [f for f in d.report.findings if f.rule == "copy.credit_cost_terms"]
    assert any(n.startswith("Pominięto w reklamach: „Raty 0%”") for n in plan.copy_notes)


def test_the_representative_example_keeps_the_benefit() -> None:
    shown = ["Raty 0%", "Lekarze z doświadczeniem"]
    assert undisclosed_benefits(shown, ["Bezpłatna konsultacja"], "NONE") == ["Raty 0%"]
    example = "RRSO 0%, przykład reprezentatywny: 3 000 zł na 10 rat"
    assert undisclosed_benefits(shown, [example], "NONE") == []
    assert undisclosed_benefits(["20% taniej w styczniu"], [], "NONE") == []


def test_a_no_income_proof_claim_stays_out_of_the_ads_and_the_test(plan_settings: Any) -> None:
    """The loan brief's "Bez zaświadczeń o dochodach" contradicts the plan's own persona note
    (the ad must not suggest income does not matter): no ad, no A/B variant, a copy note."""
    loan = Path(__file__).resolve().parents[2] / "data" / "review_briefs" / "19_pozyczka_pl.yaml"
    brief = load_brief(loan)
    claim = "Bez zaświadczeń o dochodach"
    assert claim in brief.benefits
    plan = build_plan(brief, settings=plan_settings)
    for d in plan.copy_drafts:
        assert "zaświadcze" not in f"{d.primary_text} {d.headline} {d.description}".lower()
        assert not [f for f in d.report.findings if f.rule == "copy.credit_income_claim"]
    tested = " ".join([*plan.ab_test.variants, *(str(a) for a in plan.ab_test.ads)])
    assert "zaświadcze" not in tested.lower()
    [note] = [n for n in plan.copy_notes if f"„{claim}”" in n]
    assert note.startswith("Pominięto w reklamach") and "dochód" in note
    assert "RRSO" not in note  # its reason is not the cost one


def test_income_claims_are_read_in_both_languages_only_for_credit() -> None:
    from adsage.checks.credit import check_income_claims, income_benefits

    fin = "FINANCIAL_PRODUCTS_SERVICES"
    shown = ["Decyzja w 15 minut", "Bez zaświadczeń o dochodach"]
    assert income_benefits(shown, fin) == ["Bez zaświadczeń o dochodach"]
    assert income_benefits(shown, "NONE") == []
    assert undisclosed_benefits(shown, ["Pożyczka do 3000 zł"], fin) == [shown[1]]
    [en] = check_income_claims({"description": "No credit check, apply today"}, fin, "en")
    assert (en.rule, en.severity, en.field) == (
        "copy.credit_income_claim",
        "warning",
        "description",
    )
    assert '"No credit check"' in en.message
    [pl] = check_income_claims({"headline": "Niezależnie od dochodów"}, "CREDIT", "pl")
    assert pl.message.startswith("„Niezależnie od dochodów” sugeruje")
    assert check_income_claims({"headline": "Decyzja w 15 minut"}, fin, "en") == []
