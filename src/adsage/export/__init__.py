"""Ads Manager export: bulk-import sheets, formula-safe CSV and XLSX, written atomically."""

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
