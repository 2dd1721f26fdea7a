"""Read an Ads Manager export (CSV or XLSX) into per-ad totals, reporting every row it skips.

A broken row is the marketer's data, not a crash: it is skipped with its row number and the
reason, and only a file with nothing usable is an error. Rows may be one per ad or one per ad
per day; both end as one total per ad, in the order ads first appear.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from adsage.analysis.headers import HeaderMap, match_headers
from adsage.analysis.numbers import DecimalMark, NumberError, infer_decimal, parse_number
from adsage.errors import BadInput

HEADER_SCAN_ROWS = 20  # exports may carry a title or filter line above the header
MAX_BYTES = 100 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_COUNTS = ("impressions", "reach", "clicks", "conversions")


@dataclass(frozen=True)
class SkippedRow:
    row: int
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {"row": self.row, "reason": self.reason}


@dataclass
class AdTotals:
    name: str
    impressions: float = 0.0
    reach: float = 0.0
    clicks: float = 0.0
    spend: float = 0.0
    conversions: float = 0.0
    value: float = 0.0
    rows: int = 0


@dataclass
class Export:
    """Everything the analysis needs from the file, with what the headers revealed."""

    ads: list[AdTotals]
    header: HeaderMap
    skipped: list[SkippedRow] = field(default_factory=list)
    per_day: bool = False
    decimal: DecimalMark = "."

    @property
    def lang(self) -> str:
        return self.header.lang

    def has(self, name: str) -> bool:
        """Whether the export carries a field; clicks count when either click column exists."""
        if name == "clicks":
            return self.header.has("link_clicks") or self.header.has("clicks_all")
        return self.header.has(name)


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first non-empty lines into the most consistent columns."""
    lines = [ln for ln in text.splitlines()[:HEADER_SCAN_ROWS] if ln.strip()]
    best, best_score = ",", -1
    for delim in (";", ",", "\t"):
        widths = [len(r) for r in csv.reader(lines, delimiter=delim)]
        score = max(widths, default=0)
        if score > best_score:
            best, best_score = delim, score
    return best


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadInput(f"{path}: not a CSV or XLSX export (binary content)")
    for enc in (
        ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",)
    ):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    try:  # Excel on Polish Windows saves CSV as cp1250; it decodes any byte but one
        return data.decode("cp1250")
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not a CSV or XLSX export (unreadable text)") from None


def _csv_rows(path: Path, data: bytes) -> tuple[list[list[object]], str]:
    text = _decode(path, data)
    try:  # sniffing parses too: a cell over the csv module's 128 KB limit fails there first
        delim = _sniff_delimiter(text)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
        rows: list[list[object]] = [list(r) for r in reader]
    except csv.Error as exc:
        raise BadInput(f"{path}: not a readable CSV ({exc})") from None
    return rows, delim


def _xlsx_rows(path: Path) -> list[list[object]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise BadInput(f"{path}: not a readable XLSX workbook ({exc})") from None
    try:
        for ws in wb.worksheets:
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            if any(match_headers(_texts(r)) for r in rows[:HEADER_SCAN_ROWS]):
                return rows
        return (
            [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)] if wb.worksheets else []
        )
    finally:
        wb.close()


def _texts(row: list[object]) -> list[str]:
    return ["" if c is None else str(c) for c in row]


def _load_rows(path: Path) -> tuple[list[list[object]], str]:
    if not path.exists():
        raise BadInput(f"{path}: no such file")
    if not path.is_file():
        raise BadInput(f"{path}: not a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(f"{path}: {size // 1024**2} MB is too large; export fewer rows")
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise BadInput(f"{path}: the file is empty; export the ads report from Ads Manager")
    if data.startswith(_ZIP_MAGIC):
        return _xlsx_rows(path), ""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise BadInput(f"{path}: not a readable XLSX workbook (not a zip archive)")
    return _csv_rows(path, data)


def _label(row: list[object], hm: HeaderMap) -> str:
    for name in ("ad_name", "adset_name", "campaign_name"):
        col = hm.columns.get(name)
        if col is not None and col < len(row) and row[col] is not None:
            text = " ".join(str(row[col]).split())
            if text:
                return text
    return ""


def _values(row: list[object], hm: HeaderMap, decimal: DecimalMark) -> dict[str, float]:
    """The row's numbers; raises NumberError naming the column for anything unusable."""

    def get(name: str) -> float | None:
        col = hm.columns.get(name)
        if col is None or col >= len(row):
            return None
        try:
            value = parse_number(row[col], decimal)
        except NumberError as exc:
            raise NumberError(f"{hm.labels[name]}: {exc}") from None
        if value is not None and value < 0:
            raise NumberError(f"{hm.labels[name]}: negative value {value:g}")
        return value

    out = {
        "impressions": get("impressions"),
        "reach": get("reach"),
        "clicks": get("link_clicks") if hm.has("link_clicks") else get("clicks_all"),
        "spend": get("spend"),
        "conversions": get("conversions"),
        "value": get("value"),
    }
    if out["impressions"] is None:
        raise NumberError(f"{hm.labels['impressions']}: empty (no delivery)")
    vals = {k: (v or 0.0) for k, v in out.items()}
    for k in _COUNTS:
        if vals[k] != int(vals[k]):
            raise NumberError(f"{k}: {vals[k]:g} is not a whole count")
    if vals["clicks"] > vals["impressions"]:
        raise NumberError("clicks exceed impressions")
    if vals["reach"] > vals["impressions"]:
        raise NumberError("reach exceeds impressions")
    return vals


def read_export(path: Path) -> Export:
    """Per-ad totals from an export; BadInput when the file has no usable rows at all."""
    rows, delim = _load_rows(path)
    start, hm = next(
        ((i, m) for i, r in enumerate(rows[:HEADER_SCAN_ROWS]) if (m := match_headers(_texts(r)))),
        (-1, None),
    )
    if hm is None:
        raise BadInput(
            f"{path}: no Ads Manager header found; the first rows need an ad name column "
            "(Ad name / Nazwa reklamy) and Impressions / Wyświetlenia"
        )
    body = rows[start + 1 :]
    numeric = [hm.columns[f] for f in hm.columns if f not in ("ad_name", "adset_name", "day")]
    decimal = infer_decimal((r[c] for r in body for c in numeric if c < len(r)), delim or ",")
    ads: dict[str, AdTotals] = {}
    skipped: list[SkippedRow] = []
    days: set[str] = set()
    for offset, row in enumerate(body):
        number = start + offset + 2  # 1-based, as a spreadsheet numbers rows
        if not any(str(c).strip() for c in row if c is not None):
            continue
        name = _label(row, hm)
        if not name:
            skipped.append(SkippedRow(number, "no ad name (a totals or note row?)"))
            continue
        try:
            vals = _values(row, hm, decimal)
        except NumberError as exc:
            skipped.append(SkippedRow(number, str(exc)))
            continue
        ad = ads.setdefault(name, AdTotals(name=name))
        for k, v in vals.items():
            setattr(ad, k, getattr(ad, k) + v)
        ad.rows += 1
        day_col = hm.columns.get("day")
        if day_col is not None and day_col < len(row) and row[day_col] is not None:
            days.add(str(row[day_col]))
    if not ads:
        reasons = "; ".join(f"row {s.row}: {s.reason}" for s in skipped[:3])
        raise BadInput(f"{path}: no usable rows" + (f" ({reasons})" if reasons else ""))
    per_day = len(days) > 1 or any(a.rows > 1 for a in ads.values())
    return Export(
        ads=list(ads.values()), header=hm, skipped=skipped, per_day=per_day, decimal=decimal
    )
