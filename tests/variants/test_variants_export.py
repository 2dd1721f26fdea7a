"""Ads Manager export: column names, formula neutralising, BOM, string cells, atomic writes."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any

import pytest
from variant_fakes import HOSTILE

from adsage.export import ads_manager_rows, csv_bytes, neutralise, write_csv, write_xlsx
from adsage.export import files as export_files
from adsage.variants import generate_variants

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("text", HOSTILE)
def test_neutralise_prefixes_formula_starts(text: str) -> None:
    assert neutralise(text) == "'" + text
    assert neutralise("Plain text") == "Plain text"
    assert neutralise("") == "" and neutralise(None) == ""


def _hostile_rows(make_brief: Any, settings: Any) -> list[dict[str, str]]:
    brief = make_brief(brand="SnowPeak", offer='=HYPERLINK("http://x")')
    sets = [generate_variants(brief, v, 3, settings=settings) for v in ("headline", "audience")]
    rows = ads_manager_rows(sets, campaign="=cmd|' /C calc'!A0")
    # Whatever the drafting did with the hostile text, export must neutralise any cell itself.
    rows[0]["Title"] = neutralise('=HYPERLINK("http://x")')
    extra = dict(rows[0])
    for i, text in enumerate(HOSTILE):
        extra[list(extra)[i + 4]] = text  # raw, un-neutralised values straight into the writer
    rows.append(extra)
    return rows


def _no_formula(values: list[Any]) -> None:
    for v in values:
        text = "" if v is None else str(v)
        assert not text.startswith(TRIGGERS), repr(text)


def test_rows_use_ads_manager_columns_one_row_per_ad(make_brief: Any, settings: Any) -> None:
    sets = [generate_variants(make_brief(), "headline", 3, settings=settings)]
    rows = ads_manager_rows(sets)
    assert len(rows) == 3
    for col in (
        "Campaign Name",
        "Ad Set Name",
        "Ad Name",
        "Title",
        "Body",
        "Link Description",
        "Call to Action",
        "Link",
        "Age Min",
        "Age Max",
        "Countries",
    ):
        assert col in rows[0]
    assert "Image Brief" not in rows[0] and "Checks" not in rows[0]  # working notes go aside
    assert len({r["Ad Name"] for r in rows}) == 3
    assert len({r["Ad Set Name"] for r in rows}) == 1
    assert [r["Title"] for r in rows] == [v.headline for v in sets[0].variants]
    aud = ads_manager_rows([generate_variants(make_brief(), "audience", 3, settings=settings)])
    assert len({r["Ad Set Name"] for r in aud}) == 3  # audience lives on the ad set


def test_csv_round_trip_leaves_no_formula(tmp_path: Path, make_brief: Any, settings: Any) -> None:
    rows = _hostile_rows(make_brief, settings)
    path = tmp_path / "ads.csv"
    write_csv(rows, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw == csv_bytes(rows)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        read = list(csv.reader(fh))
    assert read[0][:3] == ["Campaign Name", "Campaign Status", "Campaign Objective"]
    assert len(read) == len(rows) + 1
    _no_formula([c for r in read for c in r])
    assert read[1][0] == "'=cmd|' /C calc'!A0"
    assert any(c == "'@everyone" for c in read[-1])


def test_xlsx_cells_are_strings_never_formulas(
    tmp_path: Path, make_brief: Any, settings: Any
) -> None:
    from openpyxl import load_workbook

    rows = _hostile_rows(make_brief, settings)
    rows[0]["Body"] = "#N/A"
    path = tmp_path / "ads.xlsx"
    write_xlsx(rows, path)
    ws = load_workbook(path).active
    cells = [c for row in ws.iter_rows() for c in row]
    assert all(c.data_type == "s" for c in cells if c.value is not None)
    _no_formula([c.value for c in cells])
    assert ws.cell(row=2, column=1).value == "'=cmd|' /C calc'!A0"
    assert ws.max_row == len(rows) + 1
    assert "<f>" not in _sheet_xml(path)


def _sheet_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode()


def _tmp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_failed_csv_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.csv"
    path.write_bytes(b"previous")

    def boom(fh: Any) -> None:
        fh.write(b"half a fi")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        export_files.atomic_write(path, boom)
    assert path.read_bytes() == b"previous"
    assert _tmp_files(tmp_path) == []

    rows = [{"Ad Name": "a", "Body": "b"}]
    real_replace = os.replace

    def failing_replace(src: Any, dst: Any) -> None:
        raise OSError("rename failed")

    monkeypatch.setattr(export_files.os, "replace", failing_replace)
    with pytest.raises(OSError, match="rename failed"):
        write_csv(rows, path)
    with pytest.raises(OSError, match="rename failed"):
        write_xlsx(rows, tmp_path / "out.csv")
    monkeypatch.setattr(export_files.os, "replace", real_replace)
    assert path.read_bytes() == b"previous"
    assert _tmp_files(tmp_path) == []
    write_csv(rows, path)
    assert path.read_bytes().decode("utf-8-sig").startswith('"Ad Name","Body"')


def test_failed_xlsx_save_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    path = tmp_path / "out.xlsx"
    path.write_bytes(b"previous")

    def broken_save(self: Any, target: Any) -> None:
        target.write(b"PK partial")
        raise RuntimeError("crashed mid-save")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(RuntimeError):
        write_xlsx([{"Ad Name": "a"}], path)
    assert path.read_bytes() == b"previous"
    assert _tmp_files(tmp_path) == []


def test_empty_export_still_has_the_header() -> None:
    text = csv_bytes([]).decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    assert header[:4] == ["Campaign Name", "Campaign Status", "Campaign Objective", "Buying Type"]
