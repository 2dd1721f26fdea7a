"""Ads Manager export: bulk-import sheets, formula-safe CSV and XLSX, written atomically.

The names below load with their module on first use: a plan imports only the notes of
:mod:`adsage.export.by_hand` unless it writes a sheet, and the sheet modules build their
rule data and column tables at import.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from adsage.export.files import (
        csv_bytes,
        neutralise,
        read_sheet,
        sidecar_path,
        write_csv,
        write_xlsx,
    )
    from adsage.export.rows import Sheet, ads_manager_rows, variant_sheet
    from adsage.export.spec import SheetOptions, columns, export_rules

_HOME = {
    "csv_bytes": "files",
    "neutralise": "files",
    "read_sheet": "files",
    "sidecar_path": "files",
    "write_csv": "files",
    "write_xlsx": "files",
    "Sheet": "rows",
    "ads_manager_rows": "rows",
    "variant_sheet": "rows",
    "SheetOptions": "spec",
    "columns": "spec",
    "export_rules": "spec",
}

__all__ = [
    "Sheet",
    "SheetOptions",
    "ads_manager_rows",
    "columns",
    "csv_bytes",
    "export_rules",
    "neutralise",
    "read_sheet",
    "sidecar_path",
    "variant_sheet",
    "write_csv",
    "write_xlsx",
]


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
