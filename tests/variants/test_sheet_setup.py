"""The plan's bulk sheet carries what the plan promises, or says plainly what it cannot.

A ROAS goal ad set carries the goal's floor; the A/B test's ad set bids for its own metric;
catalogue ads and instant forms the sheet cannot create are named in the working notes and
in the plan; and a lead plan makes one optimisation decision that its header, budget notes,
sheet and closing lines all show. Each sheet is written to disk and parsed back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sheet_support import build_plan_for, read_csv

from adsage.checks.sheet import check_sheet
from adsage.export import read_sheet, sidecar_path, write_csv, write_xlsx
from adsage.export.plan_rows import plan_sheet
from adsage.models.brief import load_brief

BRIEFS = Path(__file__).resolve().parents[1] / "data" / "review3_briefs"


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One plan per brief, built once (no vector index: rule data and the brief only)."""
    from adsage.config import load_settings

    settings = load_settings(home=tmp_path_factory.mktemp("home"), llm="offline")
    names = ("02_jewellery_en", "04_szkola_angielskiego_pl", "06_warehouse_jobs_en")
    return {n: build_plan_for(load_brief(BRIEFS / f"{n}.yaml"), settings) for n in names}


def _written(plan: Any, tmp_path: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    sheet = plan_sheet(plan)
    path = tmp_path / "plan.csv"
    write_csv(sheet.rows, path, sheet.notes)
    return read_csv(path), read_csv(sidecar_path(path))


def test_roas_goal_ad_sets_carry_the_floor_and_the_test_bids_for_ctr(
    plans: dict[str, Any], tmp_path: Path
) -> None:
    plan = plans["02_jewellery_en"]
    assert plan.ab_test.metric == "ctr"
    rows, notes = _written(plan, tmp_path)
    main = [r for r in rows if "A/B" not in r["Ad Set Name"]]
    test = [r for r in rows if "A/B" in r["Ad Set Name"]]
    assert main and test
    for r in main:
        assert (r["Ad Set Bid Strategy"], r["Minimum ROAS"]) == ("ROAS goal", "3.00")
        assert r["Optimization Goal"] == "VALUE"
    for r in test:
        assert r["Ad Set Bid Strategy"] == "Highest volume or value"
        assert (r["Bid Amount"], r["Minimum ROAS"]) == ("", "")
        assert r["Optimization Goal"] == "VALUE"  # the main ad sets' event, CTR from the report
    by_ad = {n["Ad Name"]: n["Set Up By Hand"] for n in notes}
    for r in main:
        hand = by_ad[r["Ad Name"]]
        assert "Minimum ROAS" in hand and "3.00" in hand and "UNSURE" in hand
        assert "Catalogue ads by hand" in hand and r["Ad Set Name"] in hand
    for r in test:
        hand = by_ad[r["Ad Name"]]
        assert "link CTR" in hand and "Catalogue" not in hand and "ROAS goal:" not in hand
    # the plan says it too, naming the catalogue line
    line = plan.budget.split[0].name
    assert any("cannot attach the catalogue" in n and line in n for n in plan.budget.schedule_notes)


def test_the_sheet_check_agrees_and_warns_on_a_lost_floor(
    plans: dict[str, Any], tmp_path: Path
) -> None:
    rows, _ = _written(plans["02_jewellery_en"], tmp_path)
    header = list(rows[0])
    found = check_sheet(header, rows)
    assert not [f for f in found if f.severity == "error"]
    assert not [f for f in found if f.rule.startswith("sheet.roas")]
    lost = [{**r, "Minimum ROAS": ""} for r in rows]
    floor = [f for f in check_sheet(header, lost) if f.rule == "sheet.roas_floor"]
    assert floor and all(f.severity == "warning" for f in floor)  # UNSURE column: a warning
    assert all("A/B" not in f.message for f in floor)  # the test ad set has no ROAS goal
    wrong = [
        {**r, "Optimization Goal": "OFFSITE_CONVERSIONS"} if r["Minimum ROAS"] else r for r in rows
    ]
    assert [f.rule for f in check_sheet(header, wrong) if f.rule.startswith("sheet.roas")]


def test_xlsx_carries_the_same_cells(plans: dict[str, Any], tmp_path: Path) -> None:
    sheet = plan_sheet(plans["02_jewellery_en"])
    write_xlsx(sheet.rows, tmp_path / "plan.xlsx", sheet.notes)
    header, rows = read_sheet(tmp_path / "plan.xlsx")
    assert "Minimum ROAS" in header
    assert [r["Minimum ROAS"] for r in rows] == [r["Minimum ROAS"] for r in sheet.rows]
    assert {r["Minimum ROAS"] for r in rows} == {"3.00", ""}


def test_instant_form_ad_sets_say_the_form_is_attached_by_hand(
    plans: dict[str, Any], tmp_path: Path
) -> None:
    plan = plans["06_warehouse_jobs_en"]
    assert plan.objective.optimization_goal == "LEAD_GENERATION"
    rows, notes = _written(plan, tmp_path)
    assert {r["Optimization Goal"] for r in rows} == {"LEAD_GENERATION"}
    for r, n in zip(rows, notes, strict=True):
        assert "Instant form by hand" in n["Set Up By Hand"]
        assert r["Ad Set Name"] in n["Set Up By Hand"]
    note = next(n for n in plan.budget.schedule_notes if "cannot attach an instant form" in n)
    assert all(f"“{line.name}”" in note for line in plan.budget.split)


def test_a_booking_page_lead_plan_converts_on_the_site_everywhere(
    plans: dict[str, Any], tmp_path: Path
) -> None:
    plan = plans["04_szkola_angielskiego_pl"]
    assert plan.structure == "website_booking"
    assert plan.objective.optimization_goal == "OFFSITE_CONVERSIONS"
    assert "formularza" not in plan.objective.reason
    assert any("zamiast formularza" in n for n in plan.budget.schedule_notes)
    rows, notes = _written(plan, tmp_path)
    assert {r["Optimization Goal"] for r in rows} == {"OFFSITE_CONVERSIONS"}
    assert not any("Formularz" in n["Set Up By Hand"] for n in notes)
    texts = [d.primary_text for d in plan.copy_drafts] + [r["Body"] for r in rows]
    assert texts and not any("Zostaw dane" in x or "odezwiemy" in x for x in texts)
    # the instant-form plan is the mirror image: no line sends people to the site
    form = plans["06_warehouse_jobs_en"]
    assert not any("on our site" in d.primary_text for d in form.copy_drafts)


@pytest.mark.parametrize(
    ("url", "goal", "form"),
    [
        # the site takes the booking: no form, and the CTR test's arms optimise for link
        # clicks as the plan's own test ad set does
        ("https://example.com/book", "LINK_CLICKS", False),
        ("https://example.com/offer", "LEAD_GENERATION", True),
    ],
)
def test_a_variants_sheet_makes_the_same_lead_decision(
    make_brief: Any, settings: Any, tmp_path: Path, url: str, goal: str, form: bool
) -> None:
    from adsage.export import SheetOptions, variant_sheet
    from adsage.variants import generate_variants

    brief = make_brief(objective="OUTCOME_LEADS", landing_url=url)
    vs = generate_variants(brief, "headline", 2, settings=settings)
    sheet = variant_sheet([vs], [brief], SheetOptions())
    path = tmp_path / "variants.csv"
    write_csv(sheet.rows, path, sheet.notes)
    rows, notes = read_csv(path), read_csv(sidecar_path(path))
    assert {r["Optimization Goal"] for r in rows} == {goal}
    assert all(("Instant form by hand" in n["Set Up By Hand"]) is form for n in notes)
