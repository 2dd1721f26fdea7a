"""`adsage insights` against the stand-in: every page, async reports, the same verdict as a CSV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from graph_standin import TOKEN, Standin
from meta_helpers import run

from adsage.analysis.core import analyze_file

ADS = [  # name, impressions, reach, link clicks, spend, purchases, value
    ("Headline A (control)", 20000, 15000, 300, 410.50, 12, 1800.0),
    ("Headline B", 21000, 15500, 420, 402.10, 60, 9300.0),
    ("Headline C", 19500, 14800, 280, 399.99, 9, 1200.0),
]


def api_rows() -> list[dict[str, Any]]:
    rows = []
    for name, imp, reach, clicks, spend, buys, value in ADS:
        rows.append(
            {
                "campaign_name": "SnowPeak | Test",
                "adset_name": f"SnowPeak | {name}",
                "ad_name": name,
                "date_start": "2026-12-01",
                "date_stop": "2026-12-24",
                "impressions": str(imp),
                "reach": str(reach),
                "inline_link_clicks": str(clicks),
                "clicks": str(clicks + 40),
                "spend": f"{spend:.2f}",
                "account_currency": "PLN",
                # overlapping types: omni_purchase repeats the pixel's count, never added twice
                "actions": [
                    {"action_type": "link_click", "value": str(clicks)},
                    {"action_type": "offsite_conversion.fb_pixel_purchase", "value": str(buys)},
                    {"action_type": "omni_purchase", "value": str(buys)},
                ],
                "action_values": [
                    {"action_type": "offsite_conversion.fb_pixel_purchase", "value": str(value)}
                ],
            }
        )
    return rows


def exported_csv(path: Path) -> Path:
    """The same numbers as Ads Manager exports them (column order of a real export)."""
    lines = [
        "Reporting starts,Reporting ends,Ad name,Amount spent (PLN),Impressions,Reach,"
        "Link clicks,Purchases,Purchases conversion value"
    ]
    for name, imp, reach, clicks, spend, buys, value in ADS:
        lines.append(f"2026-12-01,2026-12-24,{name},{spend},{imp},{reach},{clicks},{buys},{value}")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def pull(capsys: Any, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "insights", "--account", "act_1234567", *extra)


@pytest.fixture
def rows(graph: Standin) -> Standin:
    graph.insight_rows = api_rows()
    graph.page_size = 2
    return graph


def test_pages_followed_and_csv_matches_export(rows: Standin, capsys: Any, tmp_path: Path) -> None:
    out = tmp_path / "pulled.csv"
    code, _, err = pull(capsys, "--out", str(out))
    assert code == 0, err
    pages = [r for r in rows.requests if r["path"].endswith("/insights")]
    assert len(pages) == 2 and pages[1]["params"]["after"] == "2"
    assert pages[0]["params"]["level"] == "ad"
    api = analyze_file(out, searcher=None)
    csv = analyze_file(exported_csv(tmp_path / "export.csv"), searcher=None)
    assert api.verdict == csv.verdict
    assert api.metric == csv.metric == "cpa"
    assert [a.name for a in api.ads] == [a.name for a in csv.ads]
    assert [a.conversions for a in api.ads] == [12, 60, 9]
    assert TOKEN not in out.read_text() + err


def test_analyze_meta_gives_the_export_verdict(
    rows: Standin, capsys: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("adsage.cli.analyze._searcher", lambda warnings: None)
    saved = tmp_path / "pulled.json"
    days = ("--since", "2026-12-01", "--until", "2026-12-24")
    code, _, err = pull(capsys, *days, "--campaign", "120000001001", "--out", str(saved))
    assert code == 0, err
    first = next(r for r in rows.requests if r["path"].endswith("/insights"))
    assert first["params"]["time_range"] == {"since": "2026-12-01", "until": "2026-12-24"}
    assert first["params"]["filtering"][0]["value"] == ["120000001001"]
    assert len(json.loads(saved.read_text())["rows"]) == 3
    code, meta_out, err = run(capsys, "analyze", str(saved), "--meta", "--json")
    assert code == 0, err
    export = exported_csv(tmp_path / "export.csv")
    code, csv_out, err = run(capsys, "analyze", str(export), "--json")
    assert code == 0, err
    a, b = json.loads(meta_out), json.loads(csv_out)
    assert a["verdict"] == b["verdict"] and a["winner"] == b["winner"]
    assert a["winner"]["name"] == "Headline B"


def test_long_range_runs_an_async_report(rows: Standin, capsys: Any, tmp_path: Path) -> None:
    out = tmp_path / "pulled.csv"
    code, _, err = pull(capsys, "--since", "2026-01-01", "--until", "2026-06-30", "--out", str(out))
    assert code == 0, err
    posts = [r for r in rows.requests if r["method"] == "POST"]
    assert len(posts) == 1 and posts[0]["path"].endswith("act_1234567/insights")
    polls = [
        r for r in rows.requests if r["method"] == "GET" and r["path"].rstrip("/").count("/") == 2
    ]
    assert len(polls) >= 2  # polled until the report finished
    assert out.read_text().count("\n") == 4  # header + 3 ads over 2 pages


def test_insights_rate_limit_retried(rows: Standin, capsys: Any, _no_wait: list[float]) -> None:
    rows.fail("insights", 80004, "Too many calls to this ad account", times=1)
    code, out, err = pull(capsys)
    assert code == 0, err
    assert out.count("\n") == 4 and _no_wait == [2.0]


def test_bad_dates_are_one_line(graph: Standin, capsys: Any) -> None:
    code, _, err = pull(capsys, "--since", "2026-13-01", "--until", "2026-12-24")
    assert code == 2 and "--since" in err and graph.requests == []
    code, _, err = pull(capsys, "--since", "2026-12-01")
    assert code == 2 and "give both dates" in err and graph.requests == []
