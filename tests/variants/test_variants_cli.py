"""``adsage variants`` and ``adsage abplan`` end to end: output, files, exit codes."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from statistics import NormalDist

import pytest
from variant_fakes import write_brief

from adsage.cli import main
from adsage.planning.abplan import plan_ab_test, sample_per_variant


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    code = exc.value.code
    return (code if isinstance(code, int) else 0), out, err


def _hand(p1: float, p2: float, alpha: float, power: float) -> int:
    z = NormalDist()
    za, zb = z.inv_cdf(1 - alpha / 2), z.inv_cdf(power)
    pb = (p1 + p2) / 2
    num = (za * math.sqrt(2 * pb * (1 - pb)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2
    return math.ceil(num / (p2 - p1) ** 2)


def test_abplan_numbers_match_a_hand_computed_case(capsys: pytest.CaptureFixture[str]) -> None:
    # 1.2% CTR, +15% relative lift -> 1.38%; alpha 0.05, power 0.8: 61,693 per variant.
    n = _hand(0.012, 0.0138, 0.05, 0.8)
    assert n == 61693 == sample_per_variant(0.012, 0.15)
    code, out, _ = run(
        [
            "abplan",
            "--baseline-ctr",
            "0.012",
            "--mde",
            "0.15",
            "--cpm",
            "25",
            "--daily-budget",
            "200",
            "--json",
        ],
        capsys,
    )
    data = json.loads(out)
    assert code == 0
    assert data["sample_size_per_variant"] == n
    assert data["impressions_needed"] == 2 * n
    assert data["budget_needed"] == pytest.approx(2 * n / 1000 * 25, abs=0.01)
    assert data["days_needed"] == math.ceil(2 * n / 1000 * 25 / 200) == 16
    # three variants: each compared with the control at alpha / 2 (Bonferroni)
    n3 = _hand(0.012, 0.0138, 0.025, 0.8)
    four = plan_ab_test(0.012, 0.15, variants=4, cpm=25, daily_budget=200)
    assert sample_per_variant(0.012, 0.15, variants=3) == n3
    assert data["verdict"] == (
        f"this budget can test 2 variants in 16 days; 4 variants would take {four.days_needed} days"
    )


def test_abplan_text_polish_and_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        [
            "abplan",
            "--baseline-ctr",
            "0.05",
            "--mde",
            "0.5",
            "--cpm",
            "10",
            "--daily-budget",
            "1000",
        ],
        capsys,
    )
    assert code == 0
    assert "Sample per variant:" in out and "Days needed: 1" in out
    assert "Warning: under 7 days of data" in out
    code, out, _ = run(
        [
            "abplan",
            "--baseline-ctr",
            "0.012",
            "--mde",
            "0.15",
            "--variants",
            "5",
            "--cpm",
            "25",
            "--daily-budget",
            "200",
            "--days",
            "14",
            "--lang",
            "pl",
        ],
        capsys,
    )
    assert code == 0
    assert "Werdykt: ten budżet pozwala przetestować 5 wariantów w" in out
    assert "budżet nie osiągnie wymaganej próby dla 5 wariantów w dostępnych 14 dniach" in out
    code, out, _ = run(["abplan", "--baseline-ctr", "0.012", "--mde", "0.15"], capsys)
    assert code == 0 and "give a daily budget and CPM" in out


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--baseline-ctr", "1.2", "--mde", "0.1"], "--baseline-ctr"),
        (["--baseline-ctr", "0.01", "--mde", "0"], "--mde"),
        (["--baseline-ctr", "0.01", "--mde", "0.1", "--metric", "cpc"], "--metric"),
        (["--baseline-ctr", "0.01", "--mde", "0.1", "--variants", "6"], "--variants"),
        (["--baseline-ctr", "0.01", "--mde", "0.1", "--cpm", "-3"], "--cpm"),
        (["--baseline-ctr", "0.01", "--mde", "0.1", "--power", "1.5"], "--power"),
        (["--baseline-ctr", "0.01", "--mde", "0.1", "--lang", "de"], "--lang"),
    ],
)
def test_abplan_bad_input_exits_two_naming_the_option(
    args: list[str], option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["abplan", *args], capsys)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and option in err and err.count("\n") == 1


def test_variants_single_brief_text_json_and_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = write_brief(tmp_path / "snow.yaml")
    code, out, _ = run(["variants", str(brief), "--vary", "headline", "--n", "3"], capsys)
    assert code == 0
    assert out.startswith("snow: testing headline (3 ads, en)")
    assert "A (control)" in out and "plan: the budget cannot reach the sample" in out
    code, out, err = run(
        [
            "variants",
            str(brief),
            "--vary",
            "cta",
            "--json",
            "--csv",
            str(tmp_path / "a.csv"),
            "--xlsx",
            str(tmp_path / "a.xlsx"),
        ],
        capsys,
    )
    data = json.loads(out)
    assert code == 0 and data["vary"] == "cta" and len(data["variants"]) == 3
    assert set(data) >= {
        "brief_name",
        "vary",
        "lang",
        "variants",
        "set_report",
        "ab_plan",
        "provenance",
    }
    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["Call to Action"] for r in rows] == [v["cta"] for v in data["variants"]]
    assert (tmp_path / "a.xlsx").stat().st_size > 0
    assert "3 ads written to" in err


def test_variants_bad_input_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = write_brief(tmp_path / "snow.yaml")
    for args, needle in (
        (["--vary", "headline", "--n", "6"], "--n"),
        (["--vary", "colour"], "--vary"),
        (["--vary", "headline", "--csv", str(tmp_path / "x.txt")], "--csv"),
        (["--vary", "headline", "--llm", "claude"], "--llm"),
        (["--vary", "headline", "--llm", "openai"], "OPENAI"),
    ):
        code, _, err = run(["variants", str(brief), *args], capsys)
        assert code == 2 and needle in err, (args, err)
    code, _, err = run(["variants", str(tmp_path / "missing.yaml"), "--vary", "cta"], capsys)
    assert code == 2 and "missing.yaml" in err
    code, _, err = run(["variants", str(tmp_path / "none-*.yaml"), "--vary", "cta"], capsys)
    assert code == 2 and "no brief matches" in err


def test_variants_exit_one_when_an_ad_has_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An unusable landing link fails every ad's copy check.
    brief = write_brief(tmp_path / "bad.yaml", landing_url="http://localhost/x")
    code, out, _ = run(["variants", str(brief), "--vary", "headline", "--n", "2"], capsys)
    assert code == 1 and "errors" in out


def test_batch_glob_continues_past_a_failing_brief(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    write_brief(folder / "a.yaml")
    (folder / "b.yaml").write_text("brand: X\nbudjet: 3\n", "utf-8")
    write_brief(folder / "c.yaml", brand="Nordic Tea", product="Green tea")
    out_csv = tmp_path / "out.csv"
    code, out, err = run(
        ["variants", str(folder / "*.yaml"), "--vary", "description", "--csv", str(out_csv)], capsys
    )
    assert code == 2  # a bad brief is bad input, even when the others went through
    assert "error: " in err and err.count("b.yaml") == 1
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["Ad Name"].split(" | ")[0] for r in rows] == ["SnowPeak"] * 3 + ["Nordic Tea"] * 3
    notes = tmp_path / "out.adsage.csv"
    with notes.open(encoding="utf-8-sig", newline="") as fh:
        briefs = [r["Brief"] for r in csv.DictReader(fh)]
    assert briefs == ["a"] * 3 + ["c"] * 3
