"""Run the eval suites, print a scorecard and write ``evals/results/latest.json``.

Usage: ``python -m evals [SUITE ...] [--baseline]``.  ``--baseline`` also stores each suite's
result as ``evals/results/baseline/<suite>.json``, the reference later runs are compared against.
One file per suite, so a suite's baseline can be refreshed without touching the others.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def _suites() -> list[str]:
    from evals import suites

    return sorted(
        m.name for m in pkgutil.iter_modules(suites.__path__) if not m.name.startswith("_")
    )


def _flatten(prefix: str, value: Any, out: dict[str, float]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(f"{prefix}.{k}" if prefix else str(k), v, out)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        out[prefix] = float(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals")
    parser.add_argument("suites", nargs="*", help=f"default: all of {', '.join(_suites())}")
    parser.add_argument("--baseline", action="store_true", help="also save as the baseline")
    args = parser.parse_args(argv)
    names = args.suites or _suites()
    unknown = [n for n in names if n not in _suites()]
    if unknown:
        print(
            f"error: unknown suite {unknown[0]} (choose from {', '.join(_suites())})",
            file=sys.stderr,
        )
        return 2
    results: dict[str, Any] = {}
    for name in names:
        start = time.perf_counter()
        results[name] = importlib.import_module(f"evals.suites.{name}").run()
        results[name]["seconds"] = round(time.perf_counter() - start, 2)
    baseline: dict[str, float] = {}
    base_dir = RESULTS / "baseline"
    for name in names:
        path = base_dir / f"{name}.json"
        if path.exists():
            _flatten(name, json.loads(path.read_text("utf-8")), baseline)
    current: dict[str, float] = {}
    _flatten("", results, current)
    print(f"{'metric':55} {'value':>9} {'baseline':>9}")
    for key, value in current.items():
        if key.endswith(".seconds"):
            continue
        base = baseline.get(key)
        print(f"{key:55} {value:9.4g} {base if base is not None else '-':>9}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results, ensure_ascii=False, indent=2) + "\n"
    (RESULTS / "latest.json").write_text(text, "utf-8")
    if args.baseline:
        base_dir.mkdir(parents=True, exist_ok=True)
        for name, result in results.items():
            body = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
            (base_dir / f"{name}.json").write_text(body, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
