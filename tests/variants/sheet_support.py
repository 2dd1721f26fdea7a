"""Helpers for the bulk-sheet tests: plans without a vector index, sheets as text rows."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from adsage.export import Sheet

STATUS = ("Campaign Status", "Ad Set Run Status", "Ad Status")


class NoKnowledge:
    """A searcher with an empty index: plans are drafted from the brief and rule data."""

    def search(self, *args: Any, **kwargs: Any) -> list[Any]:
        return []


def build_plan_for(brief: Any, settings: Any) -> Any:
    from adsage.advisor.plan import build_plan

    return build_plan(brief, settings=settings, searcher=NoKnowledge())


def errors(sheet: Sheet) -> list[Any]:
    from adsage.checks.sheet import check_sheet

    return [f for f in check_sheet(list(sheet.rows[0]), sheet.rows) if f.severity == "error"]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    from adsage.export import write_csv

    write_csv(rows, path)
    return path
