"""The plan asks the client about a date in the brief the schedule has passed, in the copy
section that shows the ads carrying the offer, in Markdown and HTML alike."""

from __future__ import annotations

from pathlib import Path

from adsage.advisor.plan import build_plan
from adsage.checks.brief_dates import brief_date_findings
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_html, plan_markdown

DATA = Path(__file__).resolve().parents[2] / "data"


def test_bakery_plan_asks_about_fat_thursday(plan_settings) -> None:  # type: ignore[no-untyped-def]
    brief = load_brief(DATA / "review_briefs" / "03_piekarnia_pl.yaml")
    plan = build_plan(brief, settings=plan_settings)
    [found] = brief_date_findings(brief)
    question = f"{found.message} {found.suggestion}"
    assert question in plan.copy_notes
    text = plan_markdown(plan)
    copy_at = text.index("## Propozycje tekstów reklam")
    assert text.index("4 lutego 2027") > copy_at
    assert "Zapytaj klienta" in plan_html(plan)


def test_plan_without_date_questions_has_none(plan_settings) -> None:  # type: ignore[no-untyped-def]
    brief = load_brief(DATA / "review_briefs" / "02_dental_en.yaml")
    plan = build_plan(brief, settings=plan_settings)
    assert not any("before the campaign starts" in n for n in plan.copy_notes)


def test_date_questions_reach_json_and_the_plan_check_by_rule(plan_settings) -> None:  # type: ignore[no-untyped-def]
    """A program reading the plan (JSON, `adsage check plan`, publishing) sees each date
    question as a finding with its rule id, not only as a sentence in the copy notes."""
    from adsage.checks.plan import check_plan
    from adsage.models.plan import CampaignPlan

    for name, rule in (
        ("review_briefs/03_piekarnia_pl.yaml", "brief.named_day_passed"),
        ("review3_briefs/10_taproom_en.yaml", "brief.offer_weekday"),
    ):
        plan = build_plan(load_brief(DATA / name), settings=plan_settings)
        dumped = plan.to_json_dict()
        assert [f["rule"] for f in dumped["brief_checks"]["findings"]] == [rule]
        assert dumped["brief_checks"]["findings"][0]["suggestion"]
        again = CampaignPlan.model_validate(dumped)  # what `check plan` reads back
        found = [f for f in check_plan(again) if f.rule == rule]
        assert len(found) == 1 and found[0].severity == "warning"


def test_plan_without_date_questions_has_no_date_findings(plan_settings) -> None:  # type: ignore[no-untyped-def]
    plan = build_plan(
        load_brief(DATA / "review_briefs" / "02_dental_en.yaml"), settings=plan_settings
    )
    assert plan.brief_checks.findings == [] and plan.brief_checks.ok
