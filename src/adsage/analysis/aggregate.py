"""Sum an export's body rows per ad, one row at a time, keeping the rows it cannot use.

The usual row (every number a plain cell, the ad named) takes a fast path: the cells are
read through per-text memos and added to a flat list of floats per ad, in the order the rows
come, so each sum is the same float the general path would give. Any other row (blanks,
errors, a summary line, a first sight of an ad) takes the general path, which states the
rules once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import add, itemgetter
from typing import Any

from adsage.analysis.export import AdTotals, SkippedRow
from adsage.analysis.headers import COUNT_FIELDS, MONEY_FIELDS, HeaderMap, RowLabels
from adsage.analysis.numbers import DecimalMark, NumberError, parse_number

MEMO_LIMIT = 1 << 17  # distinct texts remembered per memo: bounded memory on any file


def _norm(cell: object) -> str:
    return "" if cell is None else " ".join(str(cell).split())


class _Memo(dict[Any, Any]):
    """Text -> what ``compute`` makes of it, remembered for strings (up to MEMO_LIMIT)."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, cell: Any) -> Any:
        value = self.compute(cell)
        if type(cell) is str and len(self) < MEMO_LIMIT:
            self[cell] = value
        return value


def _plain_value(decimal: DecimalMark, whole: bool) -> Callable[[object], float | None]:
    """A cell's value when it reads without error, is not blank and is allowed for its
    column (never negative; a whole number for counts); None sends the row the general way."""

    def read(cell: object) -> float | None:
        try:
            value = parse_number(cell, decimal)
        except NumberError:
            return None
        if value is None or value < 0 or (whole and value != int(value)):
            return None
        return value

    return read


def _getter(cols: list[int]) -> Callable[[list[object]], tuple[object, ...]]:
    if not cols:
        return lambda row: ()
    if len(cols) == 1:
        col = cols[0]
        return lambda row: (row[col],)
    return itemgetter(*cols)


def _cell(row: list[object], hm: HeaderMap, name: str) -> str:
    col = hm.columns.get(name)
    if col is None or col >= len(row):
        return ""
    return _norm(row[col])


def _label(row: list[object], hm: HeaderMap) -> str:
    for name in ("ad_name", "adset_name", "campaign_name"):
        text = _cell(row, hm, name)
        if text:
            return text
    return ""


def _day_key(row: list[object], hm: HeaderMap) -> str:
    """The row's day: a Day column, or a reporting period that starts and ends on one day."""
    day = _cell(row, hm, "day")
    if day:
        return day
    starts, ends = _cell(row, hm, "reporting_starts"), _cell(row, hm, "reporting_ends")
    return starts if starts and starts == ends else ""


def _is_sum(vals: dict[str, float], ads: list[AdTotals]) -> bool:
    """Whether a row's impressions and spend equal the ads' sums (a summary line)."""
    for key in ("impressions", "spend"):
        total = sum(getattr(a, key) for a in ads)
        if key in vals and abs(vals[key] - total) > max(0.01 * len(ads), 0.001 * total):
            return False
    return bool(ads) and vals.get("impressions", 0.0) > 0


class _Ad:
    """One ad while reading: its sums as a flat list (fields, clicks, rows) and its days."""

    __slots__ = ("sums", "days", "totals")

    def __init__(self, name: str, width: int) -> None:
        self.sums = [0.0] * width
        self.days: dict[str, list[float]] = {}
        self.totals = AdTotals(name=name, days=self.days)


class Aggregator:
    """State of one pass over the body rows."""

    def __init__(self, hm: HeaderMap, decimal: DecimalMark) -> None:
        self.hm, self.decimal = hm, decimal
        self.fields = [f for f in COUNT_FIELDS + MONEY_FIELDS if f in hm.columns]
        self.ads: dict[str, _Ad] = {}
        self.skipped: list[SkippedRow] = []
        self.days: set[str] = set()
        self.starts: set[str] = set()
        self.ends: set[str] = set()
        self.attribution: list[str] = []
        self.candidates: list[tuple[int, dict[str, float], str, bool]] = []
        self.labels = RowLabels()
        self._raw_starts: set[object] = set()
        self._raw_ends: set[object] = set()

    # -- the general path -------------------------------------------------------------------

    def _values(self, row: list[object], blanks: list[str]) -> dict[str, float]:
        """The row's numbers; a "--" or empty cell is 0 and its column is added to ``blanks``.

        Raises NumberError naming the column for anything unusable.
        """
        hm = self.hm
        out: dict[str, float] = {}
        for name in self.fields:
            col = hm.columns[name]
            try:
                value = parse_number(row[col] if col < len(row) else None, self.decimal)
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

    def row(self, number: int, row: list[object]) -> None:
        hm = self.hm
        if not any(str(c).strip() for c in row if c is not None):
            return
        name = _label(row, hm)
        blanks: list[str] = []
        try:
            vals = self._values(row, blanks)
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

    def _ad(self, name: str) -> _Ad:
        ad = self.ads.get(name)
        if ad is None:
            ad = self.ads[name] = _Ad(name, len(self.fields) + 2)
        return ad

    def _keep(
        self, name: str, row: list[object], vals: dict[str, float], blanks: list[str]
    ) -> None:
        hm = self.hm
        ad = self._ad(name)
        ad.sums[:] = map(add, ad.sums, [*(vals[f] for f in self.fields), vals["clicks"], 1.0])
        day = _day_key(row, hm) if row else ""
        if day:
            acc = ad.days.setdefault(day, [0.0, 0.0])
            acc[0] += vals.get("spend", 0.0)
            acc[1] += vals.get("value", 0.0)
            self.days.add(day)
        totals = ad.totals
        totals.blanks.extend(b for b in blanks if b not in totals.blanks)
        kind = self.labels.kind(_cell(row, hm, "result_indicator")) or self.labels.kind(
            _cell(row, hm, "result_type")
        )
        if kind:
            totals.kinds[kind] += 1
        for key, bucket in (("reporting_starts", self.starts), ("reporting_ends", self.ends)):
            text = _cell(row, hm, key)
            if text:
                bucket.add(text)
        attribution = _cell(row, hm, "attribution")
        if attribution and attribution not in self.attribution:
            self.attribution.append(attribution)

    # -- the fast path ----------------------------------------------------------------------

    def read(self, rows: Iterable[list[object]], first: int) -> None:
        """Every body row, numbered from ``first``; the usual row is summed in place."""
        cols = self.hm.columns
        fields = self.fields
        counts = [cols[f] for f in fields if f in COUNT_FIELDS]
        money = [cols[f] for f in fields if f in MONEY_FIELDS]
        get_counts, get_money = _getter(counts), _getter(money)
        count_of = _Memo(_plain_value(self.decimal, True)).__getitem__
        money_of = _Memo(_plain_value(self.decimal, False)).__getitem__
        width = max(cols.values()) + 1
        imp = fields.index("impressions")
        click_field = next((f for f in ("link_clicks", "clicks_all") if f in cols), None)
        click = fields.index(click_field) if click_field else None
        reach = fields.index("reach") if "reach" in cols else None
        spend = fields.index("spend") if "spend" in cols else None
        value = fields.index("value") if "value" in cols else None
        label_field = next(f for f in ("ad_name", "adset_name", "campaign_name") if f in cols)
        label_col = cols[label_field]
        labels = self.labels
        names = _Memo(lambda c: (t := _norm(c)) and (None if labels.is_totals(t) else t) or None)
        text_of = _Memo(_norm).__getitem__
        kind_memos = [
            _Memo(lambda c: labels.kind(_norm(c))).__getitem__
            for f in ("result_indicator", "result_type")
            if f in cols
        ]
        kind_cols = [cols[f] for f in ("result_indicator", "result_type") if f in cols]
        kinds = list(zip(kind_cols, kind_memos, strict=True))
        day_col = cols.get("day")
        starts_col, ends_col = cols.get("reporting_starts"), cols.get("reporting_ends")
        attribution_col = cols.get("attribution")
        seen_attribution: set[object] = set()
        ads, all_days = self.ads, self.days
        raw_starts, raw_ends = self._raw_starts, self._raw_ends
        number = first - 1
        for row in rows:
            number += 1
            if len(row) < width:
                self.row(number, row)
                continue
            vals = [*map(count_of, get_counts(row)), *map(money_of, get_money(row))]
            if None in vals:
                self.row(number, row)
                continue
            clicks = vals[click] if click is not None else 0.0
            if clicks > vals[imp] or (reach is not None and vals[reach] > vals[imp]):
                self.row(number, row)
                continue
            name = names[row[label_col]]
            ad = ads.get(name) if name is not None else None
            if ad is None:  # a first sight of an ad, or a row for the general rules
                self.row(number, row)
                continue
            vals.append(clicks)
            vals.append(1.0)
            sums = ad.sums
            sums[:] = map(add, sums, vals)
            day = text_of(row[day_col]) if day_col is not None else ""
            if not day and starts_col is not None and ends_col is not None:
                day = text_of(row[starts_col])
                if day != text_of(row[ends_col]):
                    day = ""
            if day:
                acc = ad.days.get(day)
                if acc is None:
                    acc = ad.days[day] = [0.0, 0.0]
                    all_days.add(day)
                acc[0] += vals[spend] if spend is not None else 0.0
                acc[1] += vals[value] if value is not None else 0.0
            for col, kind_of in kinds:
                kind = kind_of(row[col])
                if kind:
                    ad.totals.kinds[kind] += 1
                    break
            if starts_col is not None:
                raw_starts.add(row[starts_col])
            if ends_col is not None:
                raw_ends.add(row[ends_col])
            if attribution_col is not None and row[attribution_col] not in seen_attribution:
                raw = row[attribution_col]
                if type(raw) is str:
                    seen_attribution.add(raw)
                text = _norm(raw)
                if text and text not in self.attribution:
                    self.attribution.append(text)

    def finish(self) -> dict[str, float] | None:
        """Sort the unnamed rows: the summary line is kept aside, the rest are skipped."""
        for raw, bucket in ((self._raw_starts, self.starts), (self._raw_ends, self.ends)):
            bucket.update(t for t in map(_norm, raw) if t)
        for ad in self.ads.values():
            self._settle(ad)
        ads = [ad.totals for ad in self.ads.values()]
        totals = None
        for number, vals, name, labelled in self.candidates:
            if totals is None and (labelled or _is_sum(vals, ads)):
                totals = {"row": float(number), **vals}
            elif name and not labelled:
                self._keep(name, [], vals, [])
                self._settle(self.ads[name])
            else:
                self.skipped.append(SkippedRow(number, "no ad name (a totals or note row?)"))
        self.skipped.sort(key=lambda s: s.row)
        return totals

    def _settle(self, ad: _Ad) -> None:
        """Copy the flat sums into the ad's totals."""
        t, sums, fields = ad.totals, ad.sums, self.fields
        t.counts = dict(zip(fields, sums, strict=False))
        t.counts["clicks"] = sums[-2]
        t.impressions = t.counts["impressions"]
        t.reach = t.counts.get("reach", 0.0)
        t.clicks = sums[-2]
        t.spend = t.counts.get("spend", 0.0)
        t.value = t.counts.get("value", 0.0)
        t.rows = int(sums[-1])

    def totals(self) -> list[AdTotals]:
        return [ad.totals for ad in self.ads.values()]
