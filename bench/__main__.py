"""Run every benchmark and print one JSON document (also saved to bench/results/latest.json).

Timings are medians over repeated runs, reported next to a baseline measured in the same run
(the embedding floor, the bare interpreter), because the machines are shared and noisy.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    import bench

    wanted = set(argv if argv is not None else sys.argv[1:])
    names = sorted(
        m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.endswith("_bench")
    )
    results: dict[str, object] = {"started": time.strftime("%Y-%m-%dT%H:%M:%S")}
    for name in names:
        short = name.removesuffix("_bench")
        if wanted and short not in wanted:
            continue
        start = time.perf_counter()
        print(f"running {short}...", file=sys.stderr, flush=True)
        data = importlib.import_module(f"bench.{name}").run()
        data["bench_seconds"] = round(time.perf_counter() - start, 2)
        results[short] = data
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(text + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
