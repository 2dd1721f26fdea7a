"""Property: whatever the brief, test and options, every exported row is PAUSED and the sheet
passes ``check sheet`` with no error, before and after a round trip through the CSV file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sheet_support import STATUS, build_plan_for
from test_variants_property import briefs

from adsage.checks.sheet import check_sheet
from adsage.export import SheetOptions, read_sheet, variant_sheet, write_csv
from adsage.export.plan_rows import plan_sheet
from adsage.models.brief import Brief
from adsage.variants import ELEMENTS, generate_variants

UTM = st.one_of(
    st.none(),
    st.sampled_from(["utm_source=facebook&utm_medium=paid_social", "utm_campaign=xmas_2026"]),
)


def _assert_importable(rows: list[dict[str, str]], where: str) -> None:
    assert rows, where
    for row in rows:
        for col in STATUS:
            assert row[col] == "PAUSED", (where, col, row[col])
    errors = [f for f in check_sheet(list(rows[0]), rows) if f.severity == "error"]
    assert errors == [], (where, [f.message for f in errors])


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    brief=briefs(),
    vary=st.sampled_from(ELEMENTS),
    n=st.integers(2, 5),
    utm=UTM,
    media=st.sampled_from(["none", "image", "video"]),
)
def test_every_exported_row_is_paused_and_passes_check_sheet(
    brief: Brief, vary: str, n: int, utm: str | None, media: str, settings: Any, tmp_path: Path
) -> None:
    vs = generate_variants(brief, vary, n, settings=settings)
    count = len(vs.variants) if vary == "image" else 1
    files = tuple(f"creative_{i}.{'jpg' if media == 'image' else 'mp4'}" for i in range(count))
    options = SheetOptions(
        utm=utm,
        images=files if media == "image" else (),
        videos=files if media == "video" else (),
    )
    sheet = variant_sheet([vs], [brief], options)
    _assert_importable(sheet.rows, f"{vary} x{n}")
    path = tmp_path / f"{vary}-{n}.csv"
    write_csv(sheet.rows, path, sheet.notes)
    header, back = read_sheet(path)
    assert header == list(sheet.rows[0])
    _assert_importable(back, f"{vary} x{n} from CSV")


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(brief=briefs())
def test_every_plan_row_is_paused_and_passes_check_sheet(brief: Brief, settings: Any) -> None:
    _assert_importable(plan_sheet(build_plan_for(brief, settings)).rows, "plan")
