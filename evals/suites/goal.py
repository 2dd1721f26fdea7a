"""Offline evaluation of the SMART goal checker against labelled EN/PL goals.

A "positive" is a criterion that fails: the checker exists to catch weak goals, so precision
answers "when it complains, is it right?" and recall answers "does it catch the weak ones?".
Parse accuracy is reported per field so a drop points at numbers, metrics or dates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from adsage.checks.goal import check_goal
from adsage.paths import project_root

DATASET = Path("evals") / "datasets" / "goals.yaml"
CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
PARSE_FIELDS = ("metric", "target", "deadline")


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _scores(pairs: list[tuple[bool, bool]]) -> dict[str, Any]:
    """pairs of (expected_fail, predicted_fail)."""
    tp = sum(e and p for e, p in pairs)
    fp = sum(p and not e for e, p in pairs)
    fn = sum(e and not p for e, p in pairs)
    correct = sum(e == p for e, p in pairs)
    return {
        "n": len(pairs),
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "accuracy": _ratio(correct, len(pairs)),
    }


def _same(field: str, expected: object, got: object) -> bool:
    if field == "target":
        return got is not None and abs(float(got) - float(expected)) < 1e-6  # type: ignore[arg-type]
    if field == "deadline":
        return _as_date(expected) == got
    return expected == got


def run(path: Path | None = None) -> dict[str, Any]:
    data = yaml.safe_load((path or project_root() / DATASET).read_text("utf-8"))
    pairs: dict[str, list[tuple[bool, bool]]] = {c: [] for c in CRITERIA}
    parse_hits: dict[str, list[bool]] = {f: [] for f in PARSE_FIELDS}
    misses: list[dict[str, Any]] = []
    items = data["items"]
    for item in items:
        ctx = dict(item.get("context") or {})
        for key in ("start", "end"):
            if key in ctx:
                ctx[key] = _as_date(ctx[key])
        report = check_goal(item["text"], today=_as_date(item["today"]), **ctx)
        for crit, expected_pass in item["expect"].items():
            got_pass = report.criteria[crit].passed
            pairs[crit].append((not expected_pass, not got_pass))
            if got_pass != expected_pass:
                misses.append({"id": item["id"], "criterion": crit, "expected": expected_pass})
        for fld, expected in (item.get("parsed") or {}).items():
            ok = _same(fld, expected, getattr(report.parsed, fld))
            parse_hits[fld].append(ok)
            if not ok:
                misses.append({"id": item["id"], "field": fld, "expected": str(expected)})
    all_parse = [ok for hits in parse_hits.values() for ok in hits]
    parse_accuracy: dict[str, Any] = {f: _ratio(sum(h), len(h)) for f, h in parse_hits.items()}
    parse_accuracy["overall"] = _ratio(sum(all_parse), len(all_parse))
    return {
        "name": "goal",
        "n": len(items),
        "per_criterion": {c: _scores(p) for c, p in pairs.items()},
        "parse_accuracy": parse_accuracy,
        "misses": misses,
    }


if __name__ == "__main__":  # pragma: no cover - manual use
    import json

    print(json.dumps(run(), indent=2, ensure_ascii=False))
