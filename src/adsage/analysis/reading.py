"""Read an Ads Manager export (CSV or XLSX) into per-ad totals, reporting every row it skips.

A broken row is the marketer's data, not a crash: it is skipped with its row number and the
reason, and only a file with nothing usable is an error. Rows may be one per ad or one per ad
per day; both end as one total per ad, in the order ads first appear.

The file is read in two streaming passes (the decimal mark is decided from every numeric cell
before any is read), so memory holds the per-ad sums, never the rows.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path

from adsage.analysis.aggregate import Aggregator
from adsage.analysis.export import DEFAULT_RESULT, AdTotals, Export, SkippedRow
from adsage.analysis.headers import COUNT_FIELDS, MONEY_FIELDS, match_headers
from adsage.analysis.numbers import infer_decimal
from adsage.analysis.sources import HEADER_SCAN_ROWS, MAX_BYTES, load_rows, texts
from adsage.errors import BadInput

__all__ = ["MAX_BYTES", "AdTotals", "Export", "SkippedRow", "read_export"]


def _cells(rows: Iterator[list[object]], cols: list[int], pad: object) -> Iterator[object]:
    """The cells of ``cols`` in every row, row by row; a short row pads with empty cells
    (which prove nothing). Chained in C: this pass reads every numeric cell of the file."""
    padded = map(list.__add__, rows, itertools.repeat([pad] * (max(cols) + 1)))
    if len(cols) == 1:
        return map(itemgetter(cols[0]), padded)
    return itertools.chain.from_iterable(map(itemgetter(*cols), padded))


def read_export(path: Path) -> Export:
    """Per-ad totals from an export; BadInput when the file has no usable rows at all."""
    rows, delim = load_rows(path)
    with rows() as reader:
        head = list(itertools.islice(reader, HEADER_SCAN_ROWS))
        start, hm = next(
            ((i, m) for i, r in enumerate(head) if (m := match_headers(texts(r)))),
            (-1, None),
        )
        if hm is None:
            for _ in reader:
                pass  # an unreadable CSV says so, as it did when every row was read up front
            raise BadInput(
                f"{path}: no Ads Manager header found; the first rows need an ad name column "
                "(Ad name / Nazwa reklamy) and Impressions / Wyświetlenia"
            )
    numeric = [hm.columns[f] for f in COUNT_FIELDS + MONEY_FIELDS if f in hm.columns]
    with rows() as reader:
        body = itertools.islice(reader, start + 1, None)
        decimal = infer_decimal(_cells(body, numeric, "" if delim else None), delim or ",")
    agg = Aggregator(hm, decimal)
    with rows() as reader:
        # numbered from 1, as a spreadsheet numbers rows
        agg.read(itertools.islice(reader, start + 1, None), start + 2)
    totals = agg.finish()
    ads = agg.totals()
    if not ads:
        skipped = agg.skipped
        reasons = "; ".join(f"row {s.row}: {s.reason}" for s in skipped[:3])
        raise BadInput(f"{path}: no usable rows" + (f" ({reasons})" if reasons else ""))
    kinds: Counter[str] = Counter()
    for ad in ads:
        kinds.update(ad.kinds)
    export = Export(
        ads=ads,
        header=hm,
        skipped=agg.skipped,
        per_day=len(agg.days) > 1 or any(a.rows > 1 for a in ads),
        decimal=decimal,
        kinds=kinds,
        reporting=(min(agg.starts), max(agg.ends)) if agg.starts and agg.ends else None,
        attribution=agg.attribution,
        totals_row=totals,
    )
    export.use_result(next((f for f in DEFAULT_RESULT if hm.has(f)), None))
    return export
