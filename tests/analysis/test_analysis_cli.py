"""``adsage analyze`` as a user runs it: JSON shape, languages, goals, errors, HTML output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from adsage.cli import main

DATA = Path(__file__).resolve().parent / "data"
AD_KEYS = {
    "name",
    "impressions",
    "reach",
    "clicks",
    "spend",
    "conversions",
    "value",
    "ctr",
    "cpc",
    "cpm",
    "cvr",
    "cpa",
    "roas",
    "frequency",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    captured = capsys.readouterr()
    return int(exc.value.code or 0), captured.out, captured.err


def analyze_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, "analyze", *args, "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_json_shape(capsys, kb) -> None:  # type: ignore[no-untyped-def]
    data = analyze_json(capsys, str(DATA / "en_per_ad.csv"))
    for key in ("ads", "winner", "significant", "recommendations", "skipped_rows", "warnings"):
        assert key in data
    assert [a["name"] for a in data["ads"]] == ["Video - hook A", "Carousel - hook B"]
    assert set(data["ads"][0]) >= AD_KEYS
    assert data["ads"][0]["ctr"] == pytest.approx(0.015)
    # a Purchases column makes it a sales export: judged on cost per purchase, not CTR, and
    # 30 vs 10 purchases is not yet a reliable difference (it was a CTR "winner" before)
    assert data["metric"] == "cpa" and data["metric_name"] == "cost per purchase"
    assert data["primary"]["source"] == "columns" and data["primary"]["also"] == "roas"
    assert data["winner"] is None and data["significant"] is False
    assert data["reporting"] == {"starts": "2026-03-01", "ends": "2026-03-14"}
    kinds = [r["kind"] for r in data["recommendations"]]
    assert {"more_data", "next_test", "retargeting"} <= set(kinds)
    assert "budget_shift" not in kinds and "pause" not in kinds
    data = analyze_json(capsys, str(DATA / "en_per_ad.csv"), "--metric", "ctr")
    assert data["winner"]["name"] == "Video - hook A" and data["significant"] is True
    assert set(data["winner"]) == {"name", "metric", "significant", "p_value", "prob_best"}
    kinds = [r["kind"] for r in data["recommendations"]]
    assert {"budget_shift", "next_test", "retargeting"} <= set(kinds)
    for rec in data["recommendations"]:
        assert rec["text"] and rec["citations"], rec
        for c in rec["citations"]:
            assert set(c) == {"id", "title", "section", "source"}
            assert c["source"].startswith("knowledge/en/")
    shift = next(r for r in data["recommendations"] if r["kind"] == "budget_shift")
    assert any("shifting money" in c["section"] for c in shift["citations"])
    assert data["skipped_rows"] == [] and data["lang"] == "en"


def test_polish_headers_give_polish_recommendations(capsys, kb) -> None:  # type: ignore[no-untyped-def]
    data = analyze_json(capsys, str(DATA / "pl_per_day.csv"))
    assert data["lang"] == "pl" and data["currency"] == "PLN" and data["rows_per_day"]
    assert data["winner"]["name"] == "Reklama A – wideo"
    assert "Wygrywa" in data["verdict"]
    texts = " ".join(r["text"] for r in data["recommendations"])
    assert "Przesuń budżet" in texts and "retargeting" in texts
    sources = {c["source"] for r in data["recommendations"] for c in r["citations"]}
    assert sources and all(s.startswith("knowledge/pl/") for s in sources)
    assert "reach_per_day" in {w["code"] for w in data["warnings"]}


def test_lang_option_overrides_the_headers(capsys, kb) -> None:  # type: ignore[no-untyped-def]
    data = analyze_json(capsys, str(DATA / "pl_per_day.csv"), "--lang", "en")
    assert data["lang"] == "en" and data["verdict"].startswith("Reklama A – wideo wins")
    assert all(
        c["source"].startswith("knowledge/en/")
        for r in data["recommendations"]
        for c in r["citations"]
    )


def test_near_tie_is_never_a_winner(capsys, kb) -> None:  # type: ignore[no-untyped-def]
    data = analyze_json(capsys, str(DATA / "near_tie.csv"))
    assert data["winner"] is None and data["significant"] is False
    kinds = [r["kind"] for r in data["recommendations"]]
    assert "more_data" in kinds and "budget_shift" not in kinds and "pause" not in kinds


def test_broken_rows_are_reported_not_fatal(capsys, kb) -> None:  # type: ignore[no-untyped-def]
    data = analyze_json(capsys, str(DATA / "broken_rows.csv"))
    assert [s["row"] for s in data["skipped_rows"]] == [3, 4, 5, 6]
    assert "blank_cells" in {w["code"] for w in data["warnings"]}
    assert all(s["reason"] for s in data["skipped_rows"])
    assert "skipped_rows" in {w["code"] for w in data["warnings"]}


def test_xlsx_and_three_ads(capsys, kb) -> None:  # type: ignore[no-untyped-def]
    data = analyze_json(capsys, str(DATA / "en_per_ad.xlsx"))
    assert data["ads"][1]["name"] == "Carousel - hook B"
    data = analyze_json(capsys, str(DATA / "three_ads.csv"))
    assert len(data["comparisons"]) == 3 and data["winner"]["name"] == "Ad A"
    pause = next(r for r in data["recommendations"] if r["kind"] == "pause")
    assert "Ad B" in pause["text"] and "Ad C" in pause["text"]


@pytest.mark.parametrize(
    ("goal", "met", "actual"),
    [
        ("CTR above 1.5%", False, 850 / 65000),
        ("40 purchases", True, 40),
        ("CPA below 20 USD", True, 812.5 / 40),
    ],
)
def test_goal_is_checked_with_the_smart_parser(capsys, kb, goal, met, actual) -> None:  # type: ignore[no-untyped-def]
    data = analyze_json(capsys, str(DATA / "en_per_ad.csv"), "--goal", goal)
    g = data["goal"]
    assert g["text"] == goal and g["actual"] == pytest.approx(actual)
    if goal == "CPA below 20 USD":
        met = actual <= 20
    assert g["met"] is met
    if goal.startswith("CTR"):
        assert g["target"] == pytest.approx(0.015)
        assert [a["met"] for a in g["per_ad"]] == [True, False]
        assert "goal" in [r["kind"] for r in data["recommendations"]]


def test_goal_in_polish_and_unanswerable_goals(capsys, kb) -> None:  # type: ignore[no-untyped-def]
    data = analyze_json(capsys, str(DATA / "pl_per_day.csv"), "--goal", "200 zakupów w marcu")
    assert data["goal"]["met"] is False and data["goal"]["actual"] == 24
    assert "Cel nieosiągnięty" in data["goal"]["summary"]
    data = analyze_json(capsys, str(DATA / "pl_per_day.csv"), "--goal", "CPA poniżej 40 EUR")
    assert data["goal"]["met"] is None and "EUR" in data["goal"]["reason"]
    data = analyze_json(capsys, str(DATA / "near_tie.csv"), "--goal", "more followers")
    assert data["goal"]["met"] is None and data["goal"]["reason"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["empty.csv"], "empty"),
        (["not_csv.csv"], "not a CSV or XLSX"),
        (["missing.csv"], "no such file"),
        (["near_tie.csv", "--metric", "cvr"], "needs a column"),
        (["near_tie.csv", "--metric", "bogus"], "--metric"),
        (["near_tie.csv", "--lang", "de"], "--lang"),
        (["near_tie.csv", "--html", "out.txt"], "--html"),
    ],
)
def test_bad_input_is_one_line_exit_2(capsys, args, needle) -> None:  # type: ignore[no-untyped-def]
    args = [str(DATA / args[0]), *args[1:]]
    code, out, err = run(capsys, "analyze", *args)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and needle in err


def test_human_output_has_table_and_verdict(capsys, kb) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "analyze", str(DATA / "clear_winner.csv"))
    assert code == 0
    assert "Bold hook" in out and "CTR" in out and "wins on cost per purchase" in out
    assert "Recommendations" in out


def test_html_report_is_written_atomically_and_escaped(capsys, kb, tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "sub" / "report.html"
    report.parent.mkdir()  # an output's folder must exist (never created on the user's behalf)
    code, _, err = run(capsys, "analyze", str(DATA / "xss.csv"), "--html", str(report))
    assert code == 0 and "report written" in err
    html = report.read_text("utf-8")
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot;" in html
    assert "Content-Security-Policy" in html and "<svg" in html
    assert [p.name for p in report.parent.iterdir()] == ["report.html"]  # no temp file left


def test_cli_import_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys, adsage.cli.analyze, adsage.analysis.core, adsage.analysis.report_html;"
        "print(sorted(m for m in ('numpy', 'scipy', 'openpyxl') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
