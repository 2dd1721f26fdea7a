"""The brief's location form: places finer than a country, each error one line naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from adsage.errors import BadInput
from adsage.models.brief import load_brief

ROOT = Path(__file__).resolve().parents[3]
BASE = (ROOT / "examples" / "brief.yaml").read_text("utf-8")


def _with_places(tmp_path: Path, places: str) -> Path:
    text = BASE.replace("  locations: [PL]\n", f"  locations: [PL]\n  places: {places}\n")
    p = tmp_path / "b.yaml"
    p.write_text(text, "utf-8")
    return p


def test_places_load(tmp_path: Path) -> None:
    b = load_brief(
        _with_places(
            tmp_path,
            "[{type: radius, name: Kraków, radius_km: 8}, {type: city, name: Gdańsk},"
            " {type: region, name: Silesia}, {type: postal, name: 30-001}]",
        )
    )
    kinds = [(p.type, p.name, p.radius_km) for p in b.audience.places]
    assert kinds == [
        ("radius", "Kraków", 8.0),
        ("city", "Gdańsk", None),
        ("region", "Silesia", None),
        ("postal", "30-001", None),
    ]


@pytest.mark.parametrize(
    ("places", "needle"),
    [
        ("[{type: radius, name: Kraków}]", "radius_km"),
        ("[{type: street, name: Floriańska}]", "type"),
        ("[{type: radius, name: Kraków, radius_km: 500}]", "radius_km"),
        ("[{type: city, name: Gdańsk, zoom: 3}]", "zoom"),
    ],
)
def test_bad_places_are_one_line(tmp_path: Path, places: str, needle: str) -> None:
    with pytest.raises(BadInput) as exc:
        load_brief(_with_places(tmp_path, places))
    msg = str(exc.value)
    assert "\n" not in msg and "places" in msg and needle in msg
