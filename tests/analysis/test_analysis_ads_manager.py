"""Exports in Ads Manager's own wording (EN and PL): ads are judged on what the campaign buys.

The fixtures in data/ads_manager/ use the column names and cell conventions of Ads Manager
exports: "Result indicator", "Results", "Amount spent (PLN)", "--" for none, a totals row.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adsage.analysis import stats
from adsage.analysis.core import analyze_file
from adsage.analysis.reading import read_export
from adsage.analysis.report_html import render_html
from adsage.cli import main

AM = Path(__file__).resolve().parent / "data" / "ads_manager"
ALL = sorted(p.name for p in AM.glob("*.csv"))


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    with pytest.raises(SystemExit) as exc:
        main(["analyze", *args, "--json"])
    out, err = capsys.readouterr()
    assert exc.value.code in (0, None), err
    return json.loads(out)  # type: ignore[no-any-return]


def _pause_names(data: dict) -> list[str]:  # type: ignore[type-arg]
    return [n for r in data["recommendations"] if r["kind"] == "pause" for n in r["ads"]]


@pytest.mark.parametrize("name", ["en_sales_issue24.csv", "pl_sales_issue24.csv"])
def test_best_seller_wins_even_with_the_lower_ctr(name: str) -> None:
    """Issue 24: A 1,400 clicks / 20 purchases / 1,200 PLN; B 800 / 70 / 1,190 PLN."""
    data = analyze_file(AM / name).to_json()
    a, b, c = data["ads"]
    assert a["ctr"] > b["ctr"]  # A is the CTR "winner"...
    assert data["metric"] == "cpa" and data["primary"]["result"] == "purchase"
    assert data["primary"]["source"] == "export"
    assert data["winner"]["name"] == b["name"]  # ...but B sells 3.5x as much per złoty
    assert b["cpa"] == pytest.approx(17.0) and a["cpa"] == pytest.approx(60.0)
    assert data["second"]["metric"] == "roas" and data["second"]["winner"]["name"] == b["name"]
    recs = {r["kind"]: r for r in data["recommendations"]}
    assert (
        b["name"] in recs["budget_shift"]["text"] and a["name"] not in recs["budget_shift"]["text"]
    )
    assert b["name"] not in _pause_names(data) and a["name"] in _pause_names(data)
    assert recs["next_test"]["ads"] == [b["name"]] and a["name"] not in recs["next_test"]["text"]
    assert recs["budget_shift"]["ads"] == [b["name"]]
    # CTR and cost per purchase disagree: said, with the conversion rates that explain it
    assert data["diagnostics"]["ctr_disagrees_with_primary"] is True
    assert "ctr_disagrees" in recs and "8" in recs["ctr_disagrees"]["text"]
    every = " ".join(r["text"] for r in data["recommendations"] if r["kind"] != "retargeting")
    assert "17" in recs["budget_shift"]["text"] and "60" in recs["budget_shift"]["text"]
    assert all(r["metric"] == "cpa" and r["figures"] for r in data["recommendations"])
    assert every
    # the "--" ad stays, with zero purchases and a note naming its blank columns
    assert c["conversions"] == 0 and c["blank_cells"]
    assert "blank_cells" in {w["code"] for w in data["warnings"]}
    assert data["reporting"] == {"starts": "2026-11-01", "ends": "2026-11-28"}
    assert len(data["attribution"]) == 1 and data["currency"] == "PLN"


def test_polish_wording_and_headers() -> None:
    data = analyze_file(AM / "pl_sales_issue24.csv").to_json()
    assert data["lang"] == "pl" and data["metric_name"] == "koszt zakupu"
    assert data["verdict"].startswith("Wygrywa Nagłówek B – bestseller")
    assert "współczynnik konwersji (8,75% wobec 1,43%)" in data["verdict"]
    assert data["attribution"] == ["7 dni od kliknięcia lub 1 dzień od wyświetlenia"]


def test_metric_option_still_overrides_but_never_pauses_the_best_seller(capsys) -> None:  # type: ignore[no-untyped-def]
    data = run_json(capsys, str(AM / "en_sales_issue24.csv"), "--metric", "ctr")
    assert data["metric"] == "ctr" and data["winner"]["name"] == "Headline A - discount"
    assert data["primary"]["source"] == "option" and data["primary"]["campaign_metric"] == "cpa"
    kinds = [r["kind"] for r in data["recommendations"]]
    assert "budget_shift" not in kinds and "Headline B - bestseller" not in _pause_names(data)
    nxt = next(r for r in data["recommendations"] if r["kind"] == "next_test")
    assert "Headline B - bestseller" in nxt["text"] and "cost per purchase" in nxt["text"]


@pytest.mark.parametrize(
    ("name", "metric", "metric_name", "winner"),
    [
        ("en_leads.csv", "cpa", "cost per lead", "Video - founder story"),
        ("pl_leads.csv", "cpa", "koszt pozyskania kontaktu (CPL)", None),
        ("en_traffic.csv", "cpc", "cost per link click (CPC)", "Image - listicle"),
        ("pl_traffic.csv", "cpc", "koszt kliknięcia linku (CPC)", None),
        ("en_awareness.csv", "cpr", "cost per 1,000 people reached", "Video - 6s bumper"),
        ("pl_awareness.csv", "cpr", "koszt dotarcia do 1000 osób", "Wideo – 6 s"),
    ],
)
def test_each_objective_is_judged_on_its_own_cost(
    name: str, metric: str, metric_name: str, winner: str | None
) -> None:
    data = analyze_file(AM / name).to_json()
    assert (data["metric"], data["metric_name"]) == (metric, metric_name)
    assert (data["winner"] or {}).get("name") == winner
    kinds = [r["kind"] for r in data["recommendations"]]
    if winner is None:
        assert "budget_shift" not in kinds and "pause" not in kinds and "more_data" in kinds
    else:
        assert winner not in _pause_names(data)


def test_leads_ctr_leader_is_not_the_cheapest_lead() -> None:
    data = analyze_file(AM / "en_leads.csv").to_json()
    assert data["diagnostics"]["ctr_leader"] == "Static - checklist"
    assert "Static - checklist" in _pause_names(data)
    assert "conversion rate (5.00% vs 0.92%)" in data["verdict"]


def test_awareness_shows_reach_and_frequency_and_dashes_are_zero() -> None:
    data = analyze_file(AM / "en_awareness.csv").to_json()
    assert "Reach and frequency" in data["diagnostics"]["text"]
    video = data["ads"][0]
    assert video["clicks"] == 0 and video["blank_cells"] == ["Link clicks"]
    # Results counts people reached here: never shown or used as conversions
    assert video["conversions"] is None and data["totals"]["conversions"] is None
    assert data["attribution"] == []  # an empty Attribution setting column shows nothing


def test_totals_row_is_recognised_not_compared() -> None:
    exp = read_export(AM / "en_totals_row.csv")
    assert [a.name for a in exp.ads] == ["Ad one", "Ad two"] and exp.skipped == []
    assert exp.totals_row is not None and exp.totals_row["row"] == 2
    data = analyze_file(AM / "en_totals_row.csv").to_json()
    assert "totals_row" in {n["code"] for n in data["notes"]}
    assert data["totals"]["impressions"] == 100000


def test_labelled_totals_row(tmp_path: Path) -> None:
    path = tmp_path / "labelled.csv"
    path.write_text(
        "Ad name,Impressions,Link clicks,Amount spent (USD)\n"
        "A,1000,10,5\nB,1000,30,5\nResults from 2 ads,2000,40,10\nTotal protection,500,5,2\n",
        "utf-8",
    )
    exp = read_export(path)
    assert [a.name for a in exp.ads] == ["A", "B", "Total protection"]
    assert exp.totals_row is not None and exp.totals_row["row"] == 4


@pytest.mark.parametrize("name", ALL)
def test_no_recommendation_ever_pauses_a_leader_or_an_ad_not_significantly_behind(
    name: str,
) -> None:
    result = analyze_file(AM / name)
    cmp = result.comparison
    paused = _pause_names(result.to_json())
    for ad in result.ads:
        if ad.name == cmp.leader or not cmp.behind(ad.name):
            assert ad.name not in paused, (name, ad.name)
    for rec in result.recommendations:
        if rec["kind"] == "budget_shift":
            assert result.winner is not None and result.winner["name"] in rec["text"]


def test_objective_option_and_plan(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = run_json(capsys, str(AM / "en_sales_issue24.csv"), "--objective", "traffic")
    assert data["metric"] == "cpc" and data["primary"]["source"] == "objective"
    assert "objective_mismatch" in {w["code"] for w in data["warnings"]}
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"objective": {"objective": "OUTCOME_SALES"}}), "utf-8")
    data = run_json(capsys, str(AM / "en_sales_issue24.csv"), "--plan", str(plan))
    assert data["primary"]["objective"] == "OUTCOME_SALES" and data["metric"] == "cpa"
    data = run_json(capsys, str(AM / "pl_leads.csv"), "--objective", "kontakty")
    assert data["primary"]["objective"] == "OUTCOME_LEADS"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--objective", "fame"], "--objective"),
        (["--plan", "missing.json"], "--plan"),
        (["--objective", "sales", "--plan", "x.json"], "use one of them"),
        (["--metric", "cpr"], "needs a column"),
    ],
)
def test_bad_options_are_one_line_exit_2(capsys, args: list[str], needle: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(AM / "en_totals_row.csv"), *args])
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and needle in err


def test_roas_is_bootstrapped_over_days(tmp_path: Path) -> None:
    rows = [
        "Day,Ad name,Impressions,Link clicks,Amount spent (EUR),Purchases,Purchases conversion value"
    ]
    a_values = [900, 150, 1200, 80, 700, 1000, 650]  # lumpy: one big basket makes a day
    for d in range(7):
        day = f"2026-11-{d + 1:02d}"
        rows.append(f"{day},Ad A,5000,100,100.00,5,{a_values[d]}.00")
        rows.append(f"{day},Ad B,5000,100,100.00,5,{150 + d * 5}.00")
    path = tmp_path / "daily.csv"
    path.write_text("\n".join(rows) + "\n", "utf-8")
    result = analyze_file(path)
    assert result.second is not None and result.second.method == "bootstrap_days"
    p = result.second.pairs[0].p_value
    assert p == analyze_file(path).second.pairs[0].p_value  # type: ignore[union-attr]  # fixed seed
    assert p < 0.05 and result.second.leader == "Ad A"


def test_bootstrap_and_poisson_interval_by_hand() -> None:
    same = [(100.0, 300.0)] * 6
    assert stats.bootstrap_roas_test(same, same) == 1.0
    lo, hi = stats.poisson_ci(0)
    assert lo == 0.0 and hi == pytest.approx(3.689, abs=1e-3)
    lo, hi = stats.poisson_ci(10)
    assert (lo, hi) == pytest.approx((4.795, 18.390), abs=1e-3)


def test_html_leads_with_the_primary_metric() -> None:
    html = render_html(analyze_file(AM / "en_sales_issue24.csv"))
    first = html.index("Cost per purchase per ad")
    assert (
        first < html.index("Campaign totals") < html.index("Diagnostics") < html.index("CTR per ad")
    )
    assert "Reporting: 2026-11-01 – 2026-11-28" in html
    assert "Attribution setting: 7-day click or 1-day view" in html


def test_header_data_is_sourced_and_marks_unsure_wording() -> None:
    from adsage.analysis.headers import header_data

    data = header_data()
    assert data.source and data.as_of and data.confidence
    assert data.fields["result_indicator"].confidence == "UNSURE"
    assert data.fields["ad_name"].confidence == "META"
    assert data.objectives is not None and data.objectives.confidence == "UNSURE"


def test_eval_suite_scores_and_can_fail(tmp_path: Path) -> None:
    import shutil

    import yaml
    from evals.suites import analysis as suite

    from adsage.paths import project_root

    result = suite.run()
    assert result["n"] >= 10 and result["protect_violations"] == 0
    assert result["winner_accuracy"] == 1.0 and result["misses"] == []
    # a wrong label is caught: the suite measures, it does not echo the analyser
    data = project_root() / "evals" / "datasets" / "analysis"
    for f in data.iterdir():
        shutil.copy(f, tmp_path / f.name)
    labels = yaml.safe_load((data / "expected.yaml").read_text("utf-8"))
    labels["items"] = labels["items"][:1]
    labels["items"][0]["winner"] = "Carousel - 30% off"
    labels["items"][0]["protect"] = ["Carousel - 30% off"]
    (tmp_path / "expected.yaml").write_text(yaml.safe_dump(labels), "utf-8")
    bad = suite.run(tmp_path)
    assert bad["winner_accuracy"] == 0.0 and bad["protect_violations"] == 1
