"""``adsage check copy`` over a long list: peak memory for 30k copies beside 1k copies (the
floor), both read as JSON Lines in the same run.

Target (issue 17): the 30k run peaks no more than 50 MiB above the 1k run. Knobs:
``ADSAGE_BENCH_RUNS`` (default 3), ``ADSAGE_BENCH_SRC`` (see bench.children).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from bench.children import PYTHON, child_env, paired, ratio

EXTRA_TARGET_MIB = 50


def write_copies(path: Path, n: int) -> Path:
    """``n`` copies cycling the checker bench's EN/PL mix, each text made distinct."""
    from bench.checks_bench import COPIES

    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            c = COPIES[i % len(COPIES)]
            fh.write(json.dumps({**c, "primary_text": f"{c['primary_text']} #{i}"}) + "\n")
    return path


def run() -> dict[str, Any]:
    runs = int(os.environ.get("ADSAGE_BENCH_RUNS", "3"))
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        small, big = write_copies(base / "1k.jsonl", 1000), write_copies(base / "30k.jsonl", 30000)
        env = child_env(ADSAGE_HOME=str(base / "home"))
        check = [PYTHON, "-m", "adsage", "check", "copy"]
        got = paired(
            {"1k": [*check, str(small), "--json"], "30k": [*check, str(big), "--json"]}, env, runs
        )
    extra = round(got["30k"]["peak_mib"] - got["1k"]["peak_mib"], 1)
    return {
        "name": "copy_list",
        "runs": runs,
        "copies_1k": got["1k"],
        "copies_30k": got["30k"],
        "extra_peak_mib": extra,
        "cpu_ratio_30k_to_1k": ratio(got["30k"]["cpu_s"], got["1k"]["cpu_s"]),
        "target_extra_mib": EXTRA_TARGET_MIB,
        "target_met": extra <= EXTRA_TARGET_MIB,
    }


if __name__ == "__main__":
    print(run())
