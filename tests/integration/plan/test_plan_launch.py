"""The plan's "before launch" section and its bulk sheet follow what the brief sells: an EU
social-issue campaign gets a stop and no sheet, wine for Poland a stop and rows marked not
ready, dating a permission and no per-ad word warnings, a supplement its claims whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adsage.advisor.plan import build_plan
from adsage.checks.plan import check_plan
from adsage.export.plan_rows import SheetRefused, plan_sheet
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "launch_cases"


def _plan(name: str, settings: Any, **update: Any) -> Any:
    brief = load_brief(BRIEFS / f"{name}.yaml").model_copy(update=update)
    return build_plan(brief, settings=settings)


def test_an_eu_social_issue_plan_opens_with_the_stop_and_writes_no_sheet(
    plan_settings: Any,
) -> None:
    plan = _plan("03_smog_pl", plan_settings)
    md = plan_markdown(plan)
    top = md.split("## Cel")[0]
    assert "## Przed uruchomieniem" in top and "STOP" in top
    assert "nie da się uruchomić jako płatnej kampanii w Meta" in top
    assert "Przejdź autoryzację" not in md
    assert any(
        f.rule == "policy.eu_political_ban" and f.severity == "error" for f in check_plan(plan)
    )
    with pytest.raises(SheetRefused):
        plan_sheet(plan)


def test_wine_for_poland_marks_every_row_not_ready(plan_settings: Any) -> None:
    plan = _plan("01_winnica_pl", plan_settings)
    assert "art. 13¹" in plan_markdown(plan).split("## Cel")[0]
    notes = plan_sheet(plan).notes
    assert notes and all(n["Set Up By Hand"].startswith("NIEGOTOWE:") for n in notes)
    assert all("policy.alcohol_banned" in n["Checks"] for n in notes)
    assert all("beneficjenta i płatnika (DSA)" in n["Set Up By Hand"] for n in notes)


def test_dating_is_one_plan_level_prerequisite_not_a_warning_per_ad(plan_settings: Any) -> None:
    plan = _plan("02_dating_en", plan_settings)
    assert [f.rule for f in plan.launch.findings] == ["policy.dating_permission"]
    for d in plan.copy_drafts:
        assert not any("dating" in f.message for f in d.report.findings)


def test_a_supplement_health_claim_is_never_shortened_in_the_ads(plan_settings: Any) -> None:
    plan = _plan("08_suplementy_pl", plan_settings)
    claim = "Witamina D pomaga w utrzymaniu prawidłowego funkcjonowania układu odpornościowego"
    for d in plan.copy_drafts:
        for text in (d.primary_text, d.headline, d.description):
            assert "Witamina D pomaga" not in text or claim in text


def test_social_issue_personas_do_not_state_an_unconfirmed_age_lock(plan_settings: Any) -> None:
    plan = _plan("03_smog_pl", plan_settings)
    assert not any("nie można zawężać" in p.demographics for p in plan.personas)


def test_a_variants_sheet_for_poland_says_the_dsa_fields_and_marks_wine_not_ready(
    plan_settings: Any,
) -> None:
    from adsage.drafting.offline import OfflineEngine
    from adsage.export.rows import variant_sheet
    from adsage.variants.generate import generate_variants

    for name, stopped in (("08_suplementy_pl", False), ("01_winnica_pl", True)):
        brief = load_brief(BRIEFS / f"{name}.yaml")
        vs = generate_variants(brief, "headline", 2, settings=plan_settings, engine=OfflineEngine())
        notes = variant_sheet([vs], [brief]).notes
        assert notes and all("beneficjenta i płatnika (DSA)" in n["Set Up By Hand"] for n in notes)
        assert all(n["Checks"].startswith("NIEGOTOWE") == stopped for n in notes)
