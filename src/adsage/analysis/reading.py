"""Read an Ads Manager export (CSV or XLSX) into per-ad totals, reporting every row it skips.

A broken row is the marketer's data, not a crash: it is skipped with its row number and the
reason, and only a file with nothing usable is an error. Rows may be one per ad or one per ad
per day; both end as one total per ad, in the order ads first appear.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from adsage.analysis.headers import (
    COUNT_FIELDS,
    MONEY_FIELDS,
    HeaderMap,
    RowLabels,
    match_headers,
)
from adsage.analysis.numbers import DecimalMark, NumberError, infer_decimal, parse_number
from adsage.errors import BadInput

Rows = Callable[[], Iterator[list[object]]]  # each call reads the rows again from the start
HEADER_SCAN_ROWS = 20  # exports may carry a title or filter line above the header
MAX_BYTES = 100 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
# the count that stands for "conversions" when nothing says what the campaign buys
DEFAULT_RESULT = ("purchases", "leads", "installs", "conversions", "results")


@dataclass(frozen=True)
class SkippedRow:
    row: int
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {"row": self.row, "reason": self.reason}


@dataclass
class AdTotals:
    """One ad's sums. ``conversions`` is the count of what the campaign buys (see Export)."""

    name: str
    impressions: float = 0.0
    reach: float = 0.0
    clicks: float = 0.0
    spend: float = 0.0
    conversions: float = 0.0
    value: float = 0.0
    rows: int = 0
    counts: dict[str, float] = field(default_factory=dict)
    days: dict[str, list[float]] = field(default_factory=dict)  # day -> [spend, value]
    blanks: list[str] = field(default_factory=list)  # columns written "--" or left empty
    kinds: Counter[str] = field(default_factory=Counter)  # result kinds its rows name


@dataclass
class Export:
    """Everything the analysis needs from the file, with what the headers revealed."""

    ads: list[AdTotals]
    header: HeaderMap
    skipped: list[SkippedRow] = field(default_factory=list)
    per_day: bool = False
    decimal: DecimalMark = "."
    kinds: Counter[str] = field(default_factory=Counter)
    reporting: tuple[str, str] | None = None
    attribution: list[str] = field(default_factory=list)
    totals_row: dict[str, float] | None = None
    result_field: str | None = None

    @property
    def lang(self) -> str:
        return self.header.lang

    def has(self, name: str) -> bool:
        """Whether the export carries a field; clicks count when either click column exists."""
        if name == "clicks":
            return self.header.has("link_clicks") or self.header.has("clicks_all")
        if name == "conversions":
            return self.result_field is not None
        return self.header.has(name)

    def use_result(self, count_field: str | None) -> None:
        """Count ``conversions`` from this column (what the campaign buys) for every ad."""
        if count_field == "link_clicks" and not self.header.has("link_clicks"):
            count_field = "clicks_all" if self.header.has("clicks_all") else None
        if count_field is not None and not self.header.has(count_field):
            count_field = None
        self.result_field = count_field
        for ad in self.ads:
            ad.conversions = ad.counts.get(count_field, 0.0) if count_field else 0.0


def _head_lines(text: str) -> list[str]:
    """``text.splitlines()[:HEADER_SCAN_ROWS]`` without splitting the whole file."""
    head = text[:65536].splitlines()
    # the last line of a prefix may be cut short: trust the prefix only with lines to spare
    return (head if len(head) > HEADER_SCAN_ROWS + 1 else text.splitlines())[:HEADER_SCAN_ROWS]


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first non-empty lines into the most consistent columns."""
    lines = [ln for ln in _head_lines(text) if ln.strip()]
    best, best_score = ",", -1
    for delim in (";", ",", "\t"):
        widths = [len(r) for r in csv.reader(lines, delimiter=delim)]
        score = max(widths, default=0)
        if score > best_score:
            best, best_score = delim, score
    return best


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _lines(text: str) -> Iterator[str]:
    """Lines with their endings, split as a newline="" text stream splits them, one at a
    time: the file is parsed row by row instead of as one list of every row."""
    for m in _LINE.finditer(text):
        yield m.group()


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


def _csv_rows(path: Path, data: bytes) -> tuple[Rows, str]:
    text = _decode(path, data)
    try:  # sniffing parses too: a cell over the csv module's 128 KB limit fails there first
        delim = _sniff_delimiter(text)
    except csv.Error as exc:
        raise BadInput(f"{path}: not a readable CSV ({exc})") from None

    def rows() -> Iterator[list[object]]:
        reader = csv.reader(_lines(text), delimiter=delim)
        try:
            yield from reader  # type: ignore[misc]
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


def _load_rows(path: Path) -> tuple[Rows, str]:
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
        sheet = _xlsx_rows(path)
        return (lambda: iter(sheet)), ""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise BadInput(f"{path}: not a readable XLSX workbook (not a zip archive)")
    return _csv_rows(path, data)


def _cell(row: list[object], hm: HeaderMap, name: str) -> str:
    col = hm.columns.get(name)
    if col is None or col >= len(row) or row[col] is None:
        return ""
    return " ".join(str(row[col]).split())


def _label(row: list[object], hm: HeaderMap) -> str:
    for name in ("ad_name", "adset_name", "campaign_name"):
        text = _cell(row, hm, name)
        if text:
            return text
    return ""


def _values(
    row: list[object], hm: HeaderMap, decimal: DecimalMark, blanks: list[str]
) -> dict[str, float]:
    """The row's numbers; a "--" or empty cell is 0 and its column is added to ``blanks``.

    Raises NumberError naming the column for anything unusable.
    """
    out: dict[str, float] = {}
    for name in COUNT_FIELDS + MONEY_FIELDS:
        col = hm.columns.get(name)
        if col is None:
            continue
        try:
            value = parse_number(row[col] if col < len(row) else None, decimal)
        except NumberError as exc:
            raise NumberError(f"{hm.labels[name]}: {exc}") from None
        if value is None:
            blanks.append(hm.labels[name])
            value = 0.0
        if value < 0:
            raise NumberError(f"{hm.labels[name]}: negative value {value:g}")
        if name in COUNT_FIELDS and value != int(value):
            raise NumberError(f"{hm.labels[name]}: {value:g} is not a whole count")
        out[name] = value
    out["clicks"] = out.get("link_clicks", out.get("clicks_all", 0.0))
    if out["clicks"] > out["impressions"]:
        raise NumberError("clicks exceed impressions")
    if out.get("reach", 0.0) > out["impressions"]:
        raise NumberError("reach exceeds impressions")
    return out


def _day_key(row: list[object], hm: HeaderMap) -> str:
    """The row's day: a Day column, or a reporting period that starts and ends on one day."""
    day = _cell(row, hm, "day")
    if day:
        return day
    starts, ends = _cell(row, hm, "reporting_starts"), _cell(row, hm, "reporting_ends")
    return starts if starts and starts == ends else ""


def _add(ad: AdTotals, vals: dict[str, float], day: str) -> None:
    get = vals.get
    ad.impressions += get("impressions", 0.0)
    ad.reach += get("reach", 0.0)
    ad.clicks += get("clicks", 0.0)
    ad.spend += get("spend", 0.0)
    ad.value += get("value", 0.0)
    for k, v in vals.items():
        ad.counts[k] = ad.counts.get(k, 0.0) + v
    ad.rows += 1
    if day:
        acc = ad.days.setdefault(day, [0.0, 0.0])
        acc[0] += vals.get("spend", 0.0)
        acc[1] += vals.get("value", 0.0)


def _is_sum(vals: dict[str, float], ads: list[AdTotals]) -> bool:
    """Whether a row's impressions and spend equal the ads' sums (a summary line)."""
    for key in ("impressions", "spend"):
        total = sum(getattr(a, key) for a in ads)
        if key in vals and abs(vals[key] - total) > max(0.01 * len(ads), 0.001 * total):
            return False
    return bool(ads) and vals.get("impressions", 0.0) > 0


class _Reader:
    """State of one pass over the body rows."""

    def __init__(self, hm: HeaderMap, decimal: DecimalMark) -> None:
        self.hm, self.decimal = hm, decimal
        self.ads: dict[str, AdTotals] = {}
        self.skipped: list[SkippedRow] = []
        self.days: set[str] = set()
        self.starts: set[str] = set()
        self.ends: set[str] = set()
        self.attribution: list[str] = []
        self.candidates: list[tuple[int, dict[str, float], str, bool]] = []
        self.labels = RowLabels()

    def row(self, number: int, row: list[object]) -> None:
        hm = self.hm
        if not any(str(c).strip() for c in row if c is not None):
            return
        name = _label(row, hm)
        blanks: list[str] = []
        try:
            vals = _values(row, hm, self.decimal, blanks)
        except NumberError as exc:
            self.skipped.append(SkippedRow(number, str(exc)))
            return
        named_ad = bool(_cell(row, hm, "ad_name")) or not hm.has("ad_name")
        totals_label = bool(name) and self.labels.is_totals(name)
        if not name or totals_label or not named_ad:
            # a summary line, or a row naming no ad: decided once all ads are summed
            self.candidates.append((number, vals, name, totals_label))
            return
        self._keep(name, row, vals, blanks)

    def _keep(
        self, name: str, row: list[object], vals: dict[str, float], blanks: list[str]
    ) -> None:
        hm = self.hm
        ad = self.ads.get(name)
        if ad is None:
            ad = self.ads[name] = AdTotals(name=name)
        day = _day_key(row, hm) if row else ""
        _add(ad, vals, day)
        if day:
            self.days.add(day)
        ad.blanks.extend(b for b in blanks if b not in ad.blanks)
        kind = self.labels.kind(_cell(row, hm, "result_indicator")) or self.labels.kind(
            _cell(row, hm, "result_type")
        )
        if kind:
            ad.kinds[kind] += 1
        for key, bucket in (("reporting_starts", self.starts), ("reporting_ends", self.ends)):
            text = _cell(row, hm, key)
            if text:
                bucket.add(text)
        attribution = _cell(row, hm, "attribution")
        if attribution and attribution not in self.attribution:
            self.attribution.append(attribution)

    def finish(self) -> dict[str, float] | None:
        """Sort the unnamed rows: the summary line is kept aside, the rest are skipped."""
        ads = list(self.ads.values())
        totals = None
        for number, vals, name, labelled in self.candidates:
            if totals is None and (labelled or _is_sum(vals, ads)):
                totals = {"row": float(number), **vals}
            elif name and not labelled:
                self._keep(name, [], vals, [])
            else:
                self.skipped.append(SkippedRow(number, "no ad name (a totals or note row?)"))
        self.skipped.sort(key=lambda s: s.row)
        return totals


def read_export(path: Path) -> Export:
    """Per-ad totals from an export; BadInput when the file has no usable rows at all.

    Two streaming passes over the rows (the decimal mark is decided from every numeric cell
    before any is read), so memory holds the per-ad sums, never the rows.
    """
    rows, delim = _load_rows(path)
    head = list(itertools.islice(rows(), HEADER_SCAN_ROWS))
    start, hm = next(
        ((i, m) for i, r in enumerate(head) if (m := match_headers(_texts(r)))),
        (-1, None),
    )
    if hm is None:
        for _ in itertools.islice(rows(), HEADER_SCAN_ROWS, None):
            pass  # an unreadable CSV says so, as it did when every row was read up front
        raise BadInput(
            f"{path}: no Ads Manager header found; the first rows need an ad name column "
            "(Ad name / Nazwa reklamy) and Impressions / Wyświetlenia"
        )
    numeric = [hm.columns[f] for f in COUNT_FIELDS + MONEY_FIELDS if f in hm.columns]
    decimal = infer_decimal(
        (r[c] for r in itertools.islice(rows(), start + 1, None) for c in numeric if c < len(r)),
        delim or ",",
    )
    reader = _Reader(hm, decimal)
    for offset, row in enumerate(itertools.islice(rows(), start + 1, None)):
        reader.row(start + 2 + offset, row)  # 1-based, as a spreadsheet numbers rows
    totals = reader.finish()
    ads = list(reader.ads.values())
    if not ads:
        skipped = reader.skipped
        reasons = "; ".join(f"row {s.row}: {s.reason}" for s in skipped[:3])
        raise BadInput(f"{path}: no usable rows" + (f" ({reasons})" if reasons else ""))
    kinds: Counter[str] = Counter()
    for ad in ads:
        kinds.update(ad.kinds)
    export = Export(
        ads=ads,
        header=hm,
        skipped=reader.skipped,
        per_day=len(reader.days) > 1 or any(a.rows > 1 for a in ads),
        decimal=decimal,
        kinds=kinds,
        reporting=(min(reader.starts), max(reader.ends)) if reader.starts and reader.ends else None,
        attribution=reader.attribution,
        totals_row=totals,
    )
    export.use_result(next((f for f in DEFAULT_RESULT if hm.has(f)), None))
    return export
