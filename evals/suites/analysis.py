"""Results analysis on labelled Ads Manager exports (EN/PL sales, leads, app, traffic, awareness).

The first thing measured is the failure that matters most to an advertiser: a recommendation
that pauses or cuts the ad that sells best (``protect_violations``, which must stay 0). Then
whether the ads were judged on what the campaign pays for, who won (or that nobody did yet),
which ads it was right to pause, and that no ad was dropped over a "--" cell.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "datasets" / "analysis"


def _ratio(hits: int, n: int) -> float | None:
    return round(hits / n, 4) if n else None


def run(data_dir: Path | None = None) -> dict[str, Any]:
    from adsage.analysis.core import analyze_file

    root = data_dir or DATA
    items = yaml.safe_load((root / "expected.yaml").read_text("utf-8"))["items"]
    hits = {"metric": 0, "result": 0, "winner": 0, "paused": 0, "ads_kept": 0}
    violations = 0
    misses: list[dict[str, Any]] = []
    for item in items:
        result = analyze_file(root / item["file"])
        data = result.to_json()
        got = {
            "metric": data["metric"],
            "result": data["primary"]["result"],
            "winner": (data["winner"] or {}).get("name"),
            "paused": sorted(
                n for r in data["recommendations"] if r["kind"] == "pause" for n in r["ads"]
            ),
            "ads_kept": len(data["ads"]),
        }
        want = {
            "metric": item["metric"],
            "result": item["result"],
            "winner": item["winner"],
            "paused": sorted(item["paused"]),
            "ads_kept": item["ads"],
        }
        for key in hits:
            if got[key] == want[key]:
                hits[key] += 1
            else:
                misses.append({"file": item["file"], key: got[key], "expected": want[key]})
        cut = [n for n in item["protect"] if n in got["paused"]]
        shifted_away = [
            r for r in data["recommendations"] if r["kind"] == "budget_shift" and r["ads"]
        ]
        if any(r["ads"][0] not in item["protect"] for r in shifted_away):
            cut.append("budget shifted away from the protected ads")
        if cut:
            violations += 1
            misses.append({"file": item["file"], "protect_violation": cut})
    n = len(items)
    return {
        "name": "analysis",
        "n": n,
        "protect_violations": violations,
        "metric_accuracy": _ratio(hits["metric"], n),
        "result_accuracy": _ratio(hits["result"], n),
        "winner_accuracy": _ratio(hits["winner"], n),
        "pause_accuracy": _ratio(hits["paused"], n),
        "ads_kept_accuracy": _ratio(hits["ads_kept"], n),
        "misses": misses,
    }


if __name__ == "__main__":  # pragma: no cover - manual use
    import json

    print(json.dumps(run(), indent=2, ensure_ascii=False))
