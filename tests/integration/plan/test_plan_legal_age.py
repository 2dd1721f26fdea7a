"""An alcohol brief's legal drinking age is a hard floor on the targeting, the bulk sheet and
the Advantage+ note: a US taproom brief asking for 18+ gets 21+, said as a control, not a
suggestion, and the finding stays a warning because the ages are unconfirmed national law."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adsage.advisor.plan import build_plan
from adsage.export.plan_rows import plan_sheet
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

TAPROOM = Path(__file__).resolve().parents[2] / "data" / "review6_briefs" / "02_taproom_en.yaml"


def test_a_us_alcohol_brief_targets_21_plus_as_a_hard_limit(plan_settings: Any) -> None:
    brief = load_brief(TAPROOM)
    assert brief.audience.age[0] == 18 and brief.audience.locations == ["US"]
    plan = build_plan(brief, settings=plan_settings)
    assert plan.targeting.age_min == 21 and plan.targeting.age_max == 45
    assert any(
        n.startswith("Minimum age raised from 18 to 21") and "hard limit" in n
        for n in plan.targeting.notes
    )
    found = [f for f in plan.targeting.report.findings if f.rule == "policy.alcohol_age"]
    assert [f.severity for f in found] == ["warning"]
    assert "UNSURE" in found[0].message and "starts at 21" in found[0].message
    notes = " ".join(plan.budget.schedule_notes)
    assert "minimum age audience control: a hard limit, not a suggestion" in notes
    assert "as suggestions unless the brief needs strict limits" not in notes
    md = plan_markdown(plan)
    assert "age: 21–45" in md
    # the format reasons speak of the ages the targeting reaches, never the brief's 18
    assert "(aged 21–45)" in md and "18–45" not in md

    rows = plan_sheet(plan).rows
    assert rows and {r["Age Min"] for r in rows if r.get("Age Min")} == {"21"}


def test_a_brief_without_alcohol_keeps_its_age(plan_settings: Any) -> None:
    brief = load_brief(TAPROOM)
    dry = brief.model_copy(
        update={
            "product": "Neighbourhood coffee roastery in Portland, Oregon",
            "offer": "Fifth-anniversary block party on 14 August 2027 with free entry",
            # the benefits are read too: "16 beers on tap" would still sell beer
            "benefits": ["Beans roasted on site every morning", "Dog-friendly patio"],
        }
    )
    plan = build_plan(dry, settings=plan_settings)
    assert plan.targeting.age_min == 18
    assert not any("legal drinking age" in n for n in plan.targeting.notes)
    assert not any(f.rule == "policy.alcohol_age" for f in plan.targeting.report.findings)
