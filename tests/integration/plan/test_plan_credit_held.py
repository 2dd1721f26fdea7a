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
