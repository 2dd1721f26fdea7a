"""Ads Manager export: bulk-import rows, formula-safe CSV and XLSX, written atomically."""

from adsage.export.files import csv_bytes, neutralise, write_csv, write_xlsx
from adsage.export.rows import ads_manager_rows, columns

__all__ = ["ads_manager_rows", "columns", "csv_bytes", "neutralise", "write_csv", "write_xlsx"]
