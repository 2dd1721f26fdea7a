"""A conversion-optimised ad set needs a pixel that sends its event: without ``--pixel`` the
sheet cannot name one, so its working notes say to choose it by hand; with one, they don't,
and the plan itself says the event must reach Meta before launch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sheet_support import build_plan_for, read_csv

from adsage.export import sidecar_path, write_csv
from adsage.export.plan_rows import plan_sheet
from adsage.export.spec import SheetOptions
from adsage.models.brief import load_brief

BRIEFS = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from adsage.config import load_settings

    settings = load_settings(home=tmp_path_factory.mktemp("home"), llm="offline")
    picks = {"en": "review3_briefs/02_jewellery_en", "pl": "review5_briefs/05_meble_pl"}
    return {k: build_plan_for(load_brief(BRIEFS / f"{v}.yaml"), settings) for k, v in picks.items()}


def _notes(plan: Any, tmp_path: Path, pixel: str | None) -> list[dict[str, str]]:
    sheet = plan_sheet(plan, SheetOptions(page="1234567890", pixel=pixel))
    path = tmp_path / "plan.csv"
    write_csv(sheet.rows, path, sheet.notes)
    rows = read_csv(path)
    assert all(r["Optimization Goal"] for r in rows)
    return read_csv(sidecar_path(path))


HAND = {"en": "Pixel and event:", "pl": "Piksel i zdarzenie:"}
PLAN = {"en": "Conversion tracking comes first", "pl": "Najpierw pomiar konwersji"}


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_without_a_pixel_each_conversion_ad_set_says_to_choose_it(
    plans: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    plan = plans[lang]
    rows = read_csv_rows = plan_sheet(plan, SheetOptions(page="1234567890")).rows
    conversion = {
        r["Ad Name"]
        for r in read_csv_rows
        if r["Optimization Goal"] in ("OFFSITE_CONVERSIONS", "VALUE")
    }
    assert conversion, rows
    notes = _notes(plan, tmp_path, None)
    for n in notes:
        said = HAND[lang] in n["Set Up By Hand"]
        assert said == (n["Ad Name"] in conversion)
    assert any(n.startswith(PLAN[lang]) for n in plan.budget.schedule_notes)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_with_a_pixel_the_note_is_gone(plans: dict[str, Any], tmp_path: Path, lang: str) -> None:
    notes = _notes(plans[lang], tmp_path, "987654321")
    assert not [n for n in notes if HAND[lang] in n["Set Up By Hand"]]
