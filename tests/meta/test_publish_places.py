"""Publishing mirrors the bulk sheet: a place narrows its country, retargeting needs an audience."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph_standin import Standin
from meta_helpers import copy, run

BASE = ("--account", "act_1234567", "--page", "1234567890", "--pixel", "99999999")


def _publish(capsys: Any, path: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "publish", str(path), *BASE, *extra)


def test_a_place_without_a_country_narrows_the_only_country(
    graph: Standin, tmp_path: Path, capsys: Any
) -> None:
    def edit(p: dict[str, Any]) -> None:
        p["targeting"]["places"] = [{"kind": "radius", "name": "Gdańsk", "radius_km": 30}]

    code, out, err = _publish(capsys, copy(tmp_path, "plan.json", edit), "--live")
    assert code == 0, err
    for adset in graph.of_kind("adset"):
        geo = adset["targeting"]["geo_locations"]
        assert "countries" not in geo  # PL beside Gdańsk would reach all of Poland
        assert geo["cities"][0]["radius"] == 30


def test_retargeting_without_an_audience_is_a_note(
    graph: Standin, tmp_path: Path, capsys: Any
) -> None:
    code, out, err = _publish(capsys, copy(tmp_path, "plan.json"))
    assert code == 0, err
    notes = json.loads(out)["notes"]
    assert any(n.startswith("retargeting ad set: attach a custom audience") for n in notes)
