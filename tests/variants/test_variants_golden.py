"""A golden file pins what an offline batch writes for a handful of briefs (EN and PL, every
objective, every tested element): the variant sets as the JSON output prints them and the
Ads Manager rows, so a speed-up that changes a byte shows up here.  A reviewed change to the
advice itself rewrites it: ``UPDATE_GOLDEN=1 pytest tests/variants/test_variants_golden.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import yaml
from bench.variants_bench import _brief

from adsage.batch import run_batch

EXPECTED = Path(__file__).parent / "expected" / "batch_sets.json"
# (brief number in the bench's generator, element under test): both languages, all three
# objectives, briefs with and without an offer, benefits and interests
CASES = [
    (0, "headline"),
    (1, "primary_text"),
    (2, "description"),
    (3, "cta"),
    (4, "image"),
    (5, "audience"),
    (7, "headline"),
    (10, "description"),
]


def _briefs(folder: Path) -> dict[str, list[Path]]:
    """The cases' briefs written as files, grouped by the element they test."""
    out: dict[str, list[Path]] = {}
    for i, vary in CASES:
        path = folder / vary / f"b{i:03d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(_brief(i)), "utf-8")
        out.setdefault(vary, []).append(path)
    return out


def _batch(groups: dict[str, list[Path]], settings: object) -> dict[str, object]:
    out: dict[str, object] = {}
    for vary, paths in groups.items():
        result = run_batch(paths, vary=vary, n=5, settings=settings)  # type: ignore[arg-type]
        assert not result.failures, result.failures
        out[vary] = {
            "sets": [s.model_dump(mode="json") for s in result.sets],
            "rows": result.rows(campaign="Golden"),
            "resumed": sum(j.resumed for j in result.jobs),
        }
    return out


def test_an_offline_batch_writes_the_pinned_sets_and_rows(tmp_path: Path, settings: object) -> None:
    got = _batch(_briefs(tmp_path), settings)
    text = json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        EXPECTED.write_text(text + "\n", "utf-8")
    assert EXPECTED.exists(), f"{EXPECTED} missing; run UPDATE_GOLDEN=1 pytest {__file__}"
    assert text + "\n" == EXPECTED.read_text("utf-8"), (
        f"{EXPECTED.name} changed; review the diff, then UPDATE_GOLDEN=1"
    )


def test_a_resumed_batch_writes_the_same(tmp_path: Path, settings: object) -> None:
    """Checkpoints restored instead of drafted give the same sets and rows."""
    groups = _briefs(tmp_path)
    first = _batch(groups, settings)
    again = _batch(groups, settings)
    for vary, got in again.items():
        assert got["resumed"] == len(groups[vary])  # type: ignore[index]
        assert {**got, "resumed": 0} == {**first[vary], "resumed": 0}  # type: ignore[dict-item]
