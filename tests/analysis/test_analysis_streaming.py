"""The streaming reader gives exactly what the row-holding reader gave, and its fast path
reads every row exactly as the general rules do."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from export_gen import write_export
from hypothesis import given, settings
from hypothesis import strategies as st

from adsage.analysis.aggregate import Aggregator
from adsage.analysis.core import analyze_file
from adsage.analysis.headers import match_headers
from adsage.analysis.reading import read_export

GOLDEN = Path(__file__).resolve().parent / "data" / "generated_100k_golden.json"


def canon(value: Any) -> Any:
    """JSON-ready with every float as its repr, so equal means bit-for-bit equal."""
    if isinstance(value, dict):
        return {k if isinstance(k, str) else repr(k): canon(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canon(v) for v in value]
    if isinstance(value, float):
        return repr(value)
    return value


def digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(canon(value), sort_keys=True).encode()).hexdigest()


def rounded(value: Any) -> Any:
    """Floats to 12 significant digits: the reader must be bit-exact, but the statistics are
    computed without scipy and may differ from it in the 16th digit (bounded by 1e-12)."""
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [rounded(v) for v in value]
    if isinstance(value, float):
        return float(f"{value:.12g}")
    return value


def test_a_generated_100k_export_reads_and_analyses_as_before(tmp_path: Path) -> None:
    gold = json.loads(GOLDEN.read_text("utf-8"))
    path = write_export(tmp_path / "big.csv", 100_000)
    export = read_export(path)
    fields = ("name", "impressions", "reach", "clicks", "spend", "value", "conversions")
    ads = [
        {
            **{k: getattr(a, k) for k in fields},
            "rows": a.rows,
            "blanks": a.blanks,
            "counts": a.counts,
        }
        for a in export.ads
    ]
    assert canon(ads) == gold["ads"]
    assert [s.as_dict() for s in export.skipped] == gold["skipped"]
    assert (export.per_day, export.decimal) == (gold["per_day"], gold["decimal"])
    assert digest({a.name: a.days for a in export.ads}) == gold["days_sha256"]
    result = analyze_file(path, export=export).to_json()
    assert result["verdict"] == gold["verdict"]
    assert canon(result["totals"]) == gold["totals"]
    result.pop("file")
    assert digest(rounded(result)) == gold["analysis_sha256_12g"]


HEADER = [
    "Reporting starts",
    "Reporting ends",
    "Ad name",
    "Day",
    "Result indicator",
    "Attribution setting",
    "Impressions",
    "Reach",
    "Link clicks",
    "Amount spent (USD)",
    "Purchases",
]
NAMES = ["Ad A", " Ad  A ", "Ad B", "", "Total", "Results from 2 ads", "Suma"]
DAYS = ["2026-03-01", "2026-03-02", " 2026-03-02", ""]
INDICATORS = ["actions:offsite_conversion.fb_pixel_purchase", "reach", "", "actions:link_click"]
NUMBERS = ["0", "7", "120", "5000", "12.5", "12,5", "1,234", "--", "", "-3", "abc", "7.0", " 9"]
ROW = st.tuples(
    st.sampled_from(DAYS),
    st.sampled_from(DAYS),
    st.sampled_from(NAMES),
    st.sampled_from(DAYS),
    st.sampled_from(INDICATORS),
    st.sampled_from(["", "7-day click", "1-day click"]),
    *[st.sampled_from(NUMBERS) for _ in range(5)],
).map(list) | st.lists(st.sampled_from(NUMBERS + NAMES), max_size=12)


def _state(agg: Aggregator) -> Any:
    totals = agg.finish()
    return canon(
        {
            "ads": [dataclasses.asdict(a) for a in agg.totals()],
            "skipped": [s.as_dict() for s in agg.skipped],
            "days": sorted(agg.days),
            "starts": sorted(agg.starts),
            "ends": sorted(agg.ends),
            "attribution": agg.attribution,
            "totals": totals,
        }
    )


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(ROW, max_size=40), decimal=st.sampled_from([".", ","]))
def test_fast_path_sums_exactly_as_the_general_rules(
    rows: list[list[object]], decimal: Any
) -> None:
    hm = match_headers(HEADER)
    assert hm is not None
    fast = Aggregator(hm, decimal)
    fast.read(iter(rows), 2)
    general = Aggregator(hm, decimal)
    for number, row in enumerate(rows, 2):
        general.row(number, row)
    assert _state(fast) == _state(general)
