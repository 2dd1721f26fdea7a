"""``adsage analyze`` on a 1M-row per-day export: CPU and peak memory beside the floor of
the csv module reading the same file and doing nothing else, measured in the same run.

Targets (issue 17): <= 12 s CPU and <= 350 MiB peak. Knobs: ``ADSAGE_BENCH_ROWS`` (default
1,000,000), ``ADSAGE_BENCH_RUNS`` (default 3), ``ADSAGE_BENCH_SRC`` (see bench.children).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from bench.children import PYTHON, child_env, load_test_module, paired, ratio

CPU_TARGET_S = 12.0
PEAK_TARGET_MIB = 350
CSV_FLOOR = (
    "import csv, sys\n"
    "with open(sys.argv[1], encoding='utf-8-sig', newline='') as fh:\n"
    "    for _ in csv.reader(fh): pass\n"
)


def run() -> dict[str, Any]:
    rows = int(os.environ.get("ADSAGE_BENCH_ROWS", "1000000"))
    runs = int(os.environ.get("ADSAGE_BENCH_RUNS", "3"))
    gen = load_test_module("tests/analysis/export_gen.py", "adsage_bench_export_gen")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        export = gen.write_export(base / "export.csv", rows)
        env = child_env(ADSAGE_HOME=str(base / "home"))
        got = paired(
            {
                "csv_floor": [PYTHON, "-c", CSV_FLOOR, str(export)],
                "analyze": [PYTHON, "-m", "adsage", "analyze", str(export), "--json"],
            },
            env,
            runs,
        )
        size = export.stat().st_size
    floor, figure = got["csv_floor"], got["analyze"]
    return {
        "name": "analyze_rows",
        "rows": rows,
        "file_mib": round(size / 1024**2, 1),
        "runs": runs,
        "analyze": figure,
        "csv_floor": floor,
        "cpu_vs_floor": ratio(figure["cpu_s"], floor["cpu_s"]),
        "peak_vs_floor": ratio(figure["peak_mib"], floor["peak_mib"]),
        "targets": {"cpu_s": CPU_TARGET_S, "peak_mib": PEAK_TARGET_MIB},
        "target_met": figure["cpu_s"] <= CPU_TARGET_S and figure["peak_mib"] <= PEAK_TARGET_MIB,
    }


if __name__ == "__main__":
    print(run())
