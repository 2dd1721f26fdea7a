"""Copy and policy checker quality on labelled EN/PL ad copies.

Precision matters as much as recall: a checker that cries wolf on ordinary copy gets
switched off, so clean items are scored separately (``false_alarms_on_clean``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "datasets" / "copies.yaml"
FAMILIES = ("policy", "copy")


def load_items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load(DATA.read_text("utf-8"))["items"]
    return items


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def run() -> dict[str, Any]:
    from adsage.checks.copy import AdCopy, check_copy

    items = load_items()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    false_alarms = 0
    misses: list[str] = []
    for item in items:
        findings = check_copy(AdCopy.model_validate({**item["copy"], "lang": item.get("lang")}))
        # Info findings are hints, not predictions that a rule is broken.
        predicted = {f.rule for f in findings if f.severity != "info"}
        expected = set(item["expect"])
        if not expected and any(
            f.severity == "error" or f.rule.startswith("policy.") for f in findings
        ):
            false_alarms += 1
        for rule in predicted & expected:
            tp[rule] += 1
        for rule in predicted - expected:
            fp[rule] += 1
        for rule in expected - predicted:
            fn[rule] += 1
        if predicted != expected:
            misses.append(f"{item['id']}: expected {sorted(expected)}, got {sorted(predicted)}")
    rules = sorted(set(tp) | set(fp) | set(fn))
    per_family = {
        fam: _prf(
            sum(tp[r] for r in rules if r.startswith(fam + ".")),
            sum(fp[r] for r in rules if r.startswith(fam + ".")),
            sum(fn[r] for r in rules if r.startswith(fam + ".")),
        )
        for fam in FAMILIES
    }
    return {
        "name": "copy",
        "n": len(items),
        "by_lang": dict(Counter(item.get("lang", "?") for item in items)),
        "clean": sum(1 for item in items if not item["expect"]),
        "per_family": per_family,
        "false_alarms_on_clean": false_alarms,
        "per_rule": {r: _prf(tp[r], fp[r], fn[r]) for r in rules},
        "mismatches": misses,
    }
