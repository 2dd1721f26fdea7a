"""Held-out goals and copies, labelled from the rule definitions by someone who did not see
the checkers; the in-repo sets were written alongside the code and flatter it."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "datasets"
CRITERIA = ("specific", "measurable", "time_bound")


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    return {
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def _goals() -> dict[str, Any]:
    from adsage.checks.goal import check_goal

    items = yaml.safe_load((DATA / "heldout_goals.yaml").read_text("utf-8"))
    counts = {c: Counter[str]() for c in CRITERIA}
    misses = []
    for item in items:
        today = item.get("today")
        today = today if isinstance(today, date) else date.fromisoformat(str(today))
        report = check_goal(item["text"], today=today, lang=item.get("lang"))
        for c in CRITERIA:
            got_fail = not report.criteria[c].passed
            want_fail = not item["expect"][c]
            key = {(True, True): "tp", (True, False): "fp", (False, True): "fn"}.get(
                (got_fail, want_fail), "tn"
            )
            counts[c][key] += 1
            if key in ("fp", "fn"):
                misses.append(f"{c} {key}: {item['text']}")
    return {
        "n": len(items),
        "failure_detection": {
            c: {
                **_prf(counts[c]["tp"], counts[c]["fp"], counts[c]["fn"]),
                "accuracy": round((counts[c]["tp"] + counts[c]["tn"]) / len(items), 4),
            }
            for c in CRITERIA
        },
        "mismatches": misses,
    }


def _copies() -> dict[str, Any]:
    from adsage.checks.copy import AdCopy, check_copy

    items = yaml.safe_load((DATA / "heldout_copies.yaml").read_text("utf-8"))
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    false_alarms = 0
    misses = []
    fields = ("primary_text", "headline", "description", "cta", "link")
    for i, item in enumerate(items):
        copy = AdCopy(**{f: item.get(f) for f in fields}, lang=item.get("lang"))
        findings = [f for f in check_copy(copy) if f.severity != "info"]
        got = {f.rule for f in findings}
        want = set(item["expect"])
        if not want and findings:
            false_alarms += 1
        for r in got & want:
            tp[r] += 1
        for r in got - want:
            fp[r] += 1
        for r in want - got:
            fn[r] += 1
        if got != want:
            misses.append(f"#{i} ({item['lang']}): expected {sorted(want)}, got {sorted(got)}")
    rules = set(tp) | set(fp) | set(fn)
    fam = {
        f: _prf(
            sum(tp[r] for r in rules if r.startswith(f + ".")),
            sum(fp[r] for r in rules if r.startswith(f + ".")),
            sum(fn[r] for r in rules if r.startswith(f + ".")),
        )
        for f in ("policy", "copy")
    }
    return {
        "n": len(items),
        "clean": sum(1 for it in items if not it["expect"]),
        "per_family": fam,
        "false_alarms_on_clean": false_alarms,
        "mismatches": misses,
    }


def run() -> dict[str, Any]:
    return {"name": "heldout", "goals": _goals(), "copies": _copies()}
