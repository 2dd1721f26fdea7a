"""``adsage check sheet``: what a bulk sheet must hold before it is imported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sheet_support import STATUS, build_plan_for, write_rows
from test_variants_cli import run
from variant_fakes import PL_BRIEF

from adsage.checks.sheet import check_sheet
from adsage.export import SheetOptions, variant_sheet, write_xlsx
from adsage.export.plan_rows import plan_sheet
from adsage.variants import generate_variants

PAGE = SheetOptions(page="1234567890", pixel="987654321012")


def _read_on_conversions(vs: Any) -> Any:
    """The set as a test read on conversion rate: its arms optimise for the sale (a CTR
    test's arms optimise for link clicks, as the plan's test ad set does, with no pixel)."""
    return vs.model_copy(update={"ab_plan": {**vs.ab_plan, "metric": "cvr"}})


@pytest.fixture
def rows(make_brief: Any, settings: Any) -> list[dict[str, str]]:
    vs = _read_on_conversions(generate_variants(make_brief(), "headline", 3, settings=settings))
    return variant_sheet([vs], [make_brief()], PAGE).rows


def _rules(rows: list[dict[str, str]], severity: str = "error") -> list[str]:
    return [f.rule for f in check_sheet(list(rows[0]), rows) if f.severity == severity]


def test_an_exported_sheet_passes(rows: list[dict[str, str]]) -> None:
    assert check_sheet(list(rows[0]), rows) == []
    assert {r["Link Object ID"] for r in rows} == {"o:1234567890"}
    assert {r["Optimized Conversion Tracking Pixels"] for r in rows} == {"tp:987654321012"}
    assert {r["Optimized Event"] for r in rows} == {"PURCHASE"}


def test_page_and_pixel_are_warned_about_when_missing(make_brief: Any, settings: Any) -> None:
    vs = generate_variants(make_brief(), "headline", 2, settings=settings)
    bare = variant_sheet([_read_on_conversions(vs)], [make_brief()]).rows
    assert _rules(bare) == []
    assert _rules(bare, "warning") == ["sheet.page", "sheet.pixel"]
    # a Sales CTR test still optimises for purchases (the CTR is read from the report), so
    # it needs the pixel as much as the conversion-rate test does
    clicks = variant_sheet([vs], [make_brief()]).rows
    assert {r["Optimization Goal"] for r in clicks} == {"OFFSITE_CONVERSIONS"}
    assert _rules(clicks, "warning") == ["sheet.page", "sheet.pixel"]
    traffic = make_brief(objective="OUTCOME_TRAFFIC")
    vs = generate_variants(traffic, "headline", 2, settings=settings)
    rows = variant_sheet([vs], [traffic], PAGE).rows
    assert rows[0]["Optimized Conversion Tracking Pixels"] == ""  # clicks need no pixel
    assert _rules(rows, "warning") == []


@pytest.mark.parametrize("column", STATUS)
@pytest.mark.parametrize("value", ["ACTIVE", ""])
def test_anything_but_paused_is_an_error(
    rows: list[dict[str, str]], column: str, value: str
) -> None:
    rows[1][column] = value
    found = [f for f in check_sheet(list(rows[0]), rows) if f.rule == "sheet.not_paused"]
    assert found and all(f.severity == "error" and f.field == column for f in found)
    assert "PAUSED" in found[0].message and "\n" not in found[0].message


def test_paused_is_read_case_blind_and_through_the_formula_guard(
    rows: list[dict[str, str]],
) -> None:
    rows[0]["Ad Status"] = "paused"
    rows[1]["Title"] = "'=not a formula"
    assert "sheet.not_paused" not in _rules(rows)


def test_missing_columns_and_cells_per_row_type(rows: list[dict[str, str]]) -> None:
    no_goal = [{k: v for k, v in r.items() if k != "Optimization Goal"} for r in rows]
    assert _rules(no_goal) == ["sheet.column_missing"]
    for r in rows:
        r["Body"] = ""
    assert _rules(rows) == ["sheet.cell_missing"] * 3
    for r in rows:
        r["Countries"] = ""
    assert "sheet.cell_missing" in _rules(rows)
    campaign_only = [{"Campaign Name": "C", "Campaign Status": "PAUSED"}]
    found = _rules(campaign_only)
    assert found.count("sheet.column_missing") == 3  # objective, buying type, categories


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"Ad Set Daily Budget": "20"}, "use exactly one"),
        ({"Campaign Lifetime Budget": "500"}, "use exactly one"),
        ({"Ad Set Lifetime Budget": "0"}, "not a positive amount"),
        ({"Ad Set Lifetime Budget": "lots"}, "not a positive amount"),
        ({"Ad Set Lifetime Budget": ""}, "no budget"),
        ({"Ad Set Time Stop": ""}, "needs Ad Set Time Stop"),
    ],
)
def test_budgets_must_be_one_positive_amount_at_one_level(
    rows: list[dict[str, str]], change: dict[str, str], needle: str
) -> None:
    for r in rows:
        r.update(change)
    found = [f for f in check_sheet(list(rows[0]), rows) if f.rule == "sheet.budget"]
    assert found and needle in found[0].message and found[0].severity == "error"


def test_dates_must_read_and_run_forwards(rows: list[dict[str, str]]) -> None:
    for r in rows:
        r["Ad Set Time Stop"] = "11/30/2026 11:59:00 pm"
    assert "sheet.date" in _rules(rows)
    for r in rows:
        r["Ad Set Time Stop"] = "24.12.2026"
    # The date format is UNSURE rule data, so an unreadable date only warns.
    assert "sheet.date" in _rules(rows, "warning") and "sheet.date" not in _rules(rows)


def test_one_ad_set_has_one_setting(rows: list[dict[str, str]]) -> None:
    rows[2]["Age Max"] = "50"
    found = [f for f in check_sheet(list(rows[0]), rows) if f.rule == "sheet.inconsistent"]
    assert found and found[0].field == "Age Max" and "line 4" in found[0].message


def test_ages_within_meta_limits(rows: list[dict[str, str]]) -> None:
    for r in rows:
        r["Age Min"] = "12"
    assert "sheet.age" in _rules(rows)


def test_a_headline_test_that_changes_more_than_the_headline_fails(
    rows: list[dict[str, str]],
) -> None:
    rows[1]["Body"] = rows[1]["Body"] + " Extra line."
    found = [f for f in check_sheet(list(rows[0]), rows) if f.rule == "sheet.ab_single_variable"]
    assert len(found) == 1 and found[0].field == "Body" and "variant B" in found[0].message


def test_a_headline_test_with_equal_headlines_compares_nothing(
    rows: list[dict[str, str]],
) -> None:
    rows[2]["Title"] = rows[0]["Title"]
    assert _rules(rows) == ["sheet.ab_no_difference"]


def test_image_test_without_files_only_warns(make_brief: Any, settings: Any) -> None:
    vs = generate_variants(make_brief(), "image", 3, settings=settings)
    bare = variant_sheet([vs], [make_brief()], PAGE).rows
    assert _rules(bare) == [] and "sheet.ab_no_difference" in _rules(bare, "warning")
    opts = PAGE.model_copy(update={"images": ("a.jpg", "b.jpg", "c.jpg")})
    with_files = variant_sheet([vs], [make_brief()], opts).rows
    assert check_sheet(list(with_files[0]), with_files) == []


def test_audience_test_arms_may_differ_in_targeting_only(make_brief: Any, settings: Any) -> None:
    vs = generate_variants(make_brief(), "audience", 3, settings=settings)
    rows = variant_sheet([vs], [make_brief()]).rows
    assert _rules(rows) == []
    rows[1]["Age Min"] = "30"  # a real audience difference is what the test is about
    assert _rules(rows) == []
    rows[1]["Title"] = "Another headline"
    assert _rules(rows) == ["sheet.ab_single_variable"]


def test_duplicate_ad_names_in_one_ad_set(rows: list[dict[str, str]]) -> None:
    rows[2]["Ad Name"] = rows[1]["Ad Name"]
    assert "sheet.duplicate_ad" in _rules(rows)


def test_working_columns_in_the_import_sheet_warn(rows: list[dict[str, str]]) -> None:
    for r in rows:
        r["Checks"] = "ok"
    assert "sheet.working_column" in _rules(rows, "warning") and _rules(rows) == []


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_plan_sheet_passes(lang: str, make_brief: Any, settings: Any) -> None:
    b = make_brief() if lang == "en" else make_brief(**PL_BRIEF)
    rows = plan_sheet(build_plan_for(b, settings)).rows
    assert _rules(rows) == []


def test_cli_exit_codes(
    tmp_path: Path, rows: list[dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_rows(tmp_path / "good.csv", rows)
    code, out, _ = run(["check", "sheet", str(good)], capsys)
    assert code == 0 and "OK - rows: 3, ads: 3" in out
    xlsx = tmp_path / "good.xlsx"
    write_xlsx(rows, xlsx, [{"Ad Name": "x", "Checks": "ok"}])
    assert run(["check", "sheet", str(xlsx)], capsys)[0] == 0
    rows[0]["Campaign Status"] = "ACTIVE"
    bad = write_rows(tmp_path / "bad.csv", rows)
    code, out, _ = run(["check", "sheet", str(bad)], capsys)
    assert code == 1 and "sheet.not_paused" in out
    code, out, _ = run(["check", "sheet", str(bad), "--json"], capsys)
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    assert {f["rule"] for f in data["findings"]} == {"sheet.not_paused"}
    code, _, _ = run(["check", "sheet", str(bad), "--ignore", "sheet.not_paused"], capsys)
    assert code == 0


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("missing.csv", None, "no such file"),
        ("ads.txt", b"a,b\n", ".csv or .xlsx"),
        ("empty.csv", b"", "empty"),
        ("fake.xlsx", b"not a zip", "cannot read"),
        ("dup.csv", b"Ad Name,Ad Name\nx,y\n", "appears twice"),
        ("latin.csv", "Ad Name\nZażółć\n".encode("cp1250"), "cannot read"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    needle: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(["check", "sheet", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and needle in err and name in err


def test_variants_and_plan_commands_write_sheets_that_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sheet_support import NoKnowledge
    from variant_fakes import write_brief

    monkeypatch.setattr("adsage.advisor.plan.default_searcher", lambda _s: NoKnowledge())

    brief = write_brief(tmp_path / "brief.yaml")
    out_csv, out_xlsx = tmp_path / "v.csv", tmp_path / "v.xlsx"
    args = ["variants", str(brief), "--vary", "image", "--n", "2", "--image", "img/a.jpg"]
    code, _, err = run(
        [
            *args,
            "--image",
            "b.jpg",
            "--csv",
            str(out_csv),
            "--xlsx",
            str(out_xlsx),
            "--utm",
            "utm_source=fb",
        ],
        capsys,
    )
    assert code == 0, err
    assert "PAUSED" in err and "v.adsage.csv" in err
    for path in (out_csv, out_xlsx):
        code, out, _ = run(["check", "sheet", str(path)], capsys)
        assert code == 0, out
    code, _, err = run([*args, "--csv", str(tmp_path / "x.csv")], capsys)
    assert code == 2 and "needs 2 files" in err and not (tmp_path / "x.csv").exists()
    plan_csv = tmp_path / "plan.csv"
    code, _, err = run(["plan", str(brief), "--csv", str(plan_csv)], capsys)
    assert code in (0, 1), err
    code, out, _ = run(["check", "sheet", str(plan_csv)], capsys)
    assert code == 0, out
    assert (tmp_path / "plan.adsage.csv").exists()
    code, _, err = run(["plan", str(brief), "--xlsx", str(tmp_path / "plan.csv")], capsys)
    assert code == 2 and "--xlsx" in err


def test_findings_in_polish(
    tmp_path: Path, rows: list[dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    rows[1]["Ad Status"] = "ACTIVE"
    rows[2]["Body"] = rows[2]["Body"] + " Dodatek."
    found = check_sheet(list(rows[0]), rows, lang="pl")
    by_rule = {f.rule: f for f in found}
    assert "wiersz 3" in by_rule["sheet.not_paused"].message
    assert by_rule["sheet.not_paused"].suggestion == "ustaw Ad Status na PAUSED"
    assert "test jednej zmiennej" in by_rule["sheet.ab_single_variable"].message
    path = write_rows(tmp_path / "pl.csv", rows)
    code, out, _ = run(["check", "sheet", str(path), "--lang", "pl"], capsys)
    assert code == 1 and "BŁĘDY - wiersze: 3, reklamy: 3" in out
    code, _, err = run(["check", "sheet", str(path), "--lang", "de"], capsys)
    assert code == 2 and "--lang" in err
