"""The bulk sheet, column group by column group, for variant sets and plans, EN and PL."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sheet_support import STATUS, build_plan_for, errors, read_csv
from variant_fakes import PL_BRIEF

from adsage.errors import BadInput
from adsage.export import (
    SheetOptions,
    columns,
    export_rules,
    read_sheet,
    sidecar_path,
    variant_sheet,
    write_csv,
    write_xlsx,
)
from adsage.export.frame import Frame, ad_set_cells, locations
from adsage.export.names import parse_variant
from adsage.export.plan_rows import plan_sheet
from adsage.export.spec import check_options
from adsage.variants import generate_variants


@pytest.fixture(params=["en", "pl"])
def brief(request: pytest.FixtureRequest, make_brief: Any) -> Any:
    return make_brief() if request.param == "en" else make_brief(**PL_BRIEF)


def _sheet(brief: Any, settings: Any, vary: str = "headline", n: int = 3, **opts: Any) -> Any:
    vs = generate_variants(brief, vary, n, settings=settings)
    return vs, variant_sheet([vs], [brief], SheetOptions(**opts))


def test_import_sheet_holds_only_ads_manager_columns_and_notes_join_by_ad_name(
    brief: Any, settings: Any
) -> None:
    _, sheet = _sheet(brief, settings)
    rules = export_rules()
    assert [list(r) for r in sheet.rows] == [columns()] * 3
    assert not set(columns()) & (set(rules.working) - {"Campaign Name", "Ad Set Name", "Ad Name"})
    assert [list(n) for n in sheet.notes] == [rules.working] * 3
    assert [n["Ad Name"] for n in sheet.notes] == [r["Ad Name"] for r in sheet.rows]
    assert {n["Test Variable"] for n in sheet.notes} == {"headline"}
    assert [n["Variant"] for n in sheet.notes] == ["A", "B", "C"]
    assert all(n["Image Brief"] and n["Checks"] for n in sheet.notes)


def test_status_columns_are_paused_on_every_row(brief: Any, settings: Any) -> None:
    for vary in ("headline", "audience", "image"):
        _, sheet = _sheet(brief, settings, vary)
        assert all(row[c] == "PAUSED" for row in sheet.rows for c in STATUS)


def test_campaign_columns(make_brief: Any, settings: Any) -> None:
    b = make_brief(special_ad_category="HOUSING", objective="OUTCOME_LEADS")
    _, sheet = _sheet(b, settings)
    row = sheet.rows[0]
    assert row["Campaign Objective"] == "Outcome Leads"
    assert row["Buying Type"] == "AUCTION"
    assert row["Special Ad Categories"] == "Housing"
    # Budgets sit on the ad sets (each test arm and split line has its own).
    assert row["Campaign Daily Budget"] == row["Campaign Lifetime Budget"] == ""
    assert make_brief().special_ad_category == "NONE"
    assert _sheet(make_brief(), settings)[1].rows[0]["Special Ad Categories"] == "None"


def test_ad_set_budget_is_the_testing_line_of_the_split(make_brief: Any, settings: Any) -> None:
    # 6,000 PLN lifetime over 24 days; the plan gives the test 20%: 1,200 PLN, spent at the
    # per-ad-set minimum (60 PLN a day) over 20 days.
    vs, sheet = _sheet(make_brief(), settings)
    assert vs.ab_plan["daily_budget"] == 60.0
    assert {r["Ad Set Lifetime Budget"] for r in sheet.rows} == {"1200.00"}
    assert {r["Ad Set Daily Budget"] for r in sheet.rows} == {""}
    # 100 PLN a day carries one ad set only (planning.yaml structures), so the test gets it all
    daily = make_brief(budget={"amount": 100, "currency": "PLN", "type": "daily"})
    vs, sheet = _sheet(daily, settings)
    assert {r["Ad Set Daily Budget"] for r in sheet.rows} == {"100.00"}
    assert {r["Ad Set Lifetime Budget"] for r in sheet.rows} == {""}
    # An audience test gives each arm an equal share, never more than the line in total.
    vs, sheet = _sheet(make_brief(), settings, "audience", 3)
    arms = {r["Ad Set Name"]: float(r["Ad Set Lifetime Budget"]) for r in sheet.rows}
    assert len(arms) == 3 and len(set(arms.values())) == 1
    assert sum(arms.values()) <= 1200.0 and sum(arms.values()) >= 1200.0 - 0.03


def test_ad_set_schedule_bidding_and_optimisation(brief: Any, settings: Any) -> None:
    _, sheet = _sheet(brief, settings)
    row = sheet.rows[0]
    rules = export_rules()
    assert rules.parse_time(row["Ad Set Time Start"]) == datetime(2026, 12, 1, 0, 0)
    assert rules.parse_time(row["Ad Set Time Stop"]) == datetime(2026, 12, 24, 23, 59)
    assert row["Ad Set Time Start"] == "12/01/2026 12:00:00 am"
    assert row["Ad Set Bid Strategy"] == "Highest volume or value"
    # a test arm judged on link CTR keeps the sales campaign's purchases as its goal (the
    # CTR is read from the report), as the plan's own A/B test ad set does (export.yaml
    # test_ad_set)
    assert row["Optimization Goal"] == "OFFSITE_CONVERSIONS"
    assert row["Billing Event"] == "IMPRESSIONS"


def test_ad_set_targeting_and_placements(make_brief: Any, settings: Any) -> None:
    b = make_brief(
        audience={"locations": ["PL", "DE"], "age": [25, 44], "genders": ["female"]},
        placements=["feed", "reels", "right_column"],
    )
    _, sheet = _sheet(b, settings)
    row = sheet.rows[0]
    assert (row["Countries"], row["Age Min"], row["Age Max"]) == ("PL, DE", "25", "44")
    assert row["Gender"] == "Women"
    assert row["Publisher Platforms"] == "facebook, instagram"
    assert row["Facebook Positions"] == "feed, facebook_reels, right_hand_column"
    assert row["Instagram Positions"] == "stream, reels"
    assert row["Advantage Audience"] == "1"
    fb_only = _sheet(make_brief(placements=["right_column"]), settings)[1].rows[0]
    assert (fb_only["Publisher Platforms"], fb_only["Instagram Positions"]) == ("facebook", "")


def test_audience_test_keeps_advantage_audience_off_except_on_the_broad_arm(
    make_brief: Any, settings: Any
) -> None:
    vs, sheet = _sheet(make_brief(), settings, "audience", 4)
    kinds = [(ad.audience or {}).get("kind") for ad in vs.variants]
    flags = [r["Advantage Audience"] for r in sheet.rows]
    assert flags == ["1" if k == "broad" else "0" for k in kinds]
    assert "broad" in kinds and "0" in flags


def test_cities_and_regions_with_radius_where_targeting_has_them() -> None:
    targeting = SimpleNamespace(
        regions=["Małopolskie"],
        cities=[{"name": "Kraków, Poland", "radius_km": 8}, SimpleNamespace(name="Tarnów")],
    )
    regions, cities = locations(targeting)
    assert regions == ("Małopolskie",)
    assert cities == ("Kraków, Poland +8km", "Tarnów")
    assert locations(SimpleNamespace()) == ((), ())
    frame = Frame(
        brand="B", product="P", lang="pl", objective="OUTCOME_AWARENESS", start=None, end=None
    )
    from dataclasses import replace

    from adsage.export.frame import Audience

    frame = replace(frame, audience=Audience(regions=regions, cities=cities))
    cells = ad_set_cells(frame, "set", 10.0, export_rules())
    assert cells["Cities"] == "Kraków, Poland +8km; Tarnów"
    assert cells["Regions"] == "Małopolskie"


def test_ad_columns_and_media_files(brief: Any, settings: Any) -> None:
    vs, sheet = _sheet(brief, settings, "image", 3, images=("a.jpg", "b.jpg", "c.jpg"))
    assert [r["Image File Name"] for r in sheet.rows] == ["a.jpg", "b.jpg", "c.jpg"]
    assert {r["Video File Name"] for r in sheet.rows} == {""}
    for row, ad in zip(sheet.rows, vs.variants, strict=True):
        assert (row["Title"], row["Body"], row["Link Description"]) == (
            ad.headline,
            ad.primary_text,
            ad.description,
        )
        assert (row["Call to Action"], row["Link"]) == (ad.cta, ad.link)
    _, sheet = _sheet(brief, settings, "headline", 2, videos=("clip.mp4",))
    assert [r["Video File Name"] for r in sheet.rows] == ["clip.mp4", "clip.mp4"]


def test_url_tags_from_option_then_landing_page_then_default(
    make_brief: Any, settings: Any
) -> None:
    _, sheet = _sheet(make_brief(), settings, utm="utm_source=fb&utm_medium=paid")
    assert sheet.rows[0]["URL Tags"] == "utm_source=fb&utm_medium=paid"
    b = make_brief(
        landing_url="https://snowpeak.example/sale?utm_source=meta&utm_campaign=xmas&x=1"
    )
    _, sheet = _sheet(b, settings)
    assert sheet.rows[0]["URL Tags"] == "utm_source=meta&utm_campaign=xmas"
    assert sheet.rows[0]["Link"] == "https://snowpeak.example/sale?x=1"  # tags are not sent twice
    _, sheet = _sheet(make_brief(), settings)
    assert sheet.rows[0]["URL Tags"] == export_rules().url_tags.default
    assert "{{ad.name}}" in sheet.rows[0]["URL Tags"]


def test_names_carry_brand_product_element_letter_and_date(make_brief: Any, settings: Any) -> None:
    vs = generate_variants(make_brief(), "headline", 3, settings=settings, name="brief-v2-final")
    sheet = variant_sheet([vs], [make_brief()])
    camp, ad_set = sheet.rows[0]["Campaign Name"], sheet.rows[0]["Ad Set Name"]
    assert camp == "SnowPeak | Freeride snowboards | Headline test | 2026-12-01"
    assert ad_set == camp
    assert [r["Ad Name"] for r in sheet.rows] == [
        "SnowPeak | Freeride snowboards | Headline A (control) | 2026-12-01",
        "SnowPeak | Freeride snowboards | Headline B | 2026-12-01",
        "SnowPeak | Freeride snowboards | Headline C | 2026-12-01",
    ]
    assert not any("brief-v2-final" in r[c] for r in sheet.rows for c in r)
    pl = make_brief(**PL_BRIEF)
    rows = variant_sheet([generate_variants(pl, "cta", 2, settings=settings)], [pl]).rows
    assert (
        rows[0]["Campaign Name"] == "Piekarnia Zakwas | Chleb na zakwasie | Test: cta | 2026-12-01"
    )
    assert rows[1]["Ad Name"].split(" | ")[2] == "CTA B"
    rules = export_rules()
    assert parse_variant(rules, "Piekarnia | Nagłówek A (kontrola) | 2026-12-01") == (
        "headline",
        "A",
    )
    assert parse_variant(rules, "SnowPeak | Primary text C | 2026-12-01") == ("primary_text", "C")
    assert parse_variant(rules, "SnowPeak | Prospecting | 1. AIDA") is None


def test_two_briefs_with_the_same_names_never_merge(make_brief: Any, settings: Any) -> None:
    sets = [generate_variants(make_brief(), "headline", 2, settings=settings) for _ in range(2)]
    sheet = variant_sheet(sets, [make_brief(), make_brief()])
    assert len({r["Campaign Name"] for r in sheet.rows}) == 2
    assert len({r["Ad Name"] for r in sheet.rows}) == 4
    assert sheet.rows[2]["Campaign Name"].endswith(" | #2")
    assert errors(sheet) == []


def test_without_a_brief_the_cells_it_would_fill_stay_empty_and_the_check_says_so(
    make_brief: Any, settings: Any
) -> None:
    vs = generate_variants(make_brief(), "headline", 2, settings=settings)
    sheet = variant_sheet([vs])
    assert sheet.rows[0]["Ad Set Time Start"] == ""
    assert all(r[c] == "PAUSED" for r in sheet.rows for c in STATUS)
    rules = {f.rule for f in errors(sheet)}
    assert "sheet.cell_missing" in rules


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_plan_sheet_has_an_ad_set_per_budget_line(
    lang: str, make_brief: Any, settings: Any
) -> None:
    b = make_brief() if lang == "en" else make_brief(**PL_BRIEF)
    plan = build_plan_for(b, settings)
    sheet = plan_sheet(plan)
    assert errors(sheet) == []
    assert all(r[c] == "PAUSED" for r in sheet.rows for c in STATUS)
    by_set: dict[str, str] = {r["Ad Set Name"]: r["Ad Set Lifetime Budget"] for r in sheet.rows}
    assert list(by_set) == [
        f"{plan.brand} | {plan.product} | {line.name} | 2026-12-01" for line in plan.budget.split
    ]
    assert [float(v) for v in by_set.values()] == [line.amount for line in plan.budget.split]
    assert sheet.rows[0]["Optimization Goal"] == plan.objective.optimization_goal
    assert sheet.rows[0]["Campaign Name"].endswith("| 2026-12-01")
    test_rows = [
        r for r in sheet.rows if r["Ad Set Name"].split(" | ")[2] == plan.budget.split[-1].name
    ]
    assert len(test_rows) >= 2
    element = plan.ab_test.variable
    found = [parse_variant(export_rules(), r["Ad Name"]) for r in test_rows]
    assert [f[0] if f else None for f in found] == [element] * len(test_rows)
    notes = [n for n in sheet.notes if n["Test Variable"]]
    assert len(notes) == len(test_rows)


def test_plan_sheet_daily_budget_is_the_line_per_day(make_brief: Any, settings: Any) -> None:
    b = make_brief(**{**PL_BRIEF, "budget": {"amount": 60, "currency": "PLN", "type": "daily"}})
    plan = build_plan_for(b, settings)
    sheet = plan_sheet(plan)
    days = plan.budget.days
    got = {r["Ad Set Name"]: r["Ad Set Daily Budget"] for r in sheet.rows}
    assert [float(v) for v in got.values()] == [
        int(line.amount / days * 100) / 100 for line in plan.budget.split
    ]
    assert {r["Ad Set Lifetime Budget"] for r in sheet.rows} == {""}


def test_csv_sidecar_and_xlsx_second_sheet(tmp_path: Path, brief: Any, settings: Any) -> None:
    from openpyxl import load_workbook

    _, sheet = _sheet(brief, settings)
    path = tmp_path / "ads.csv"
    write_csv(sheet.rows, path, sheet.notes)
    assert sidecar_path(path) == tmp_path / "ads.adsage.csv"
    assert read_csv(path) == sheet.rows
    assert read_csv(sidecar_path(path)) == sheet.notes
    xlsx = tmp_path / "ads.xlsx"
    write_xlsx(sheet.rows, xlsx, sheet.notes)
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Ads", "adsage"]
    assert [c.value for c in wb["adsage"][1]] == export_rules().working
    header, rows = read_sheet(xlsx)
    assert header == columns()
    assert [r["Ad Name"] for r in rows] == [r["Ad Name"] for r in sheet.rows]


@pytest.mark.parametrize(
    ("options", "vary", "ads", "needle"),
    [
        (SheetOptions(utm="utm source=x"), "headline", 3, "--utm"),
        (SheetOptions(images=("a.jpg",), videos=("b.mp4",)), "headline", 3, "not both"),
        (SheetOptions(images=("a.jpg", "b.jpg")), "image", 3, "needs 3 files"),
        (SheetOptions(images=("a.jpg", "b.jpg")), "headline", 2, "one file"),
        (SheetOptions(videos=("x\x07.mp4",)), "headline", 2, "--video"),
        (SheetOptions(page="my page"), "headline", 2, "--page"),
        (SheetOptions(pixel="12"), "headline", 2, "--pixel"),
    ],
)
def test_bad_export_options_are_one_line_errors(
    options: SheetOptions, vary: str, ads: int, needle: str
) -> None:
    with pytest.raises(BadInput, match=needle) as exc:
        check_options(options, vary, ads)
    assert "\n" not in str(exc.value)
