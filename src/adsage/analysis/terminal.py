"""The ``analyze`` ads table for a terminal: numbers are never cut, names wrap instead.

Rich shrinks every column of a table wider than the terminal, numbers included ("10,0…"),
and a figure with its end cut off is worse than no figure.  So the numeric columns never
wrap, the ad name folds onto more lines, and when even that does not fit (an 80-column
terminal with ROAS, CTR and CVR as well) the layout gets more compact and then drops
diagnostic columns from the right, keeping the metric the ads are judged on.  The JSON
output always has every column.
"""

from __future__ import annotations

import io
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from adsage.analysis.texts import fmt_metric, num, pct

NAME_WORD = 12  # longer words in an ad name may be folded; shorter ones stay whole


def _cells(data: dict[str, Any], cols: list[str]) -> tuple[list[str], list[list[str]]]:
    lang, pl = data["lang"], data["lang"] == "pl"
    heads = ["Reklama" if pl else "Ad", "Wyśw." if pl else "Impr.", "Klik." if pl else "Clicks"]
    heads += ["Konw." if pl else "Conv."] + [c.upper() for c in cols] + ["P(best)"]
    rows = [
        [
            ad["name"],
            num(ad["impressions"], lang, 0),
            num(ad["clicks"], lang, 0),
            "-" if ad["conversions"] is None else num(ad["conversions"], lang, 0),
            *(fmt_metric(c, ad[c], lang, None) for c in cols),
            pct(ad["prob_best"], lang, 1),
        ]
        for ad in data["ads"]
    ]
    return heads, rows


def _table(title: str, heads: list[str], rows: list[list[str]], compact: bool) -> Table:
    if compact:
        table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    else:
        table = Table(title=title)
    for i, head in enumerate(heads):
        if i == 0:
            table.add_column(head, justify="left", overflow="fold")
        else:
            width = max(len(head), *(len(r[i]) for r in rows)) if rows else len(head)
            table.add_column(head, justify="right", no_wrap=True, min_width=width)
    for row in rows:
        table.add_row(*(Text(c) for c in row))  # ad names are data, never rich markup
    return table


def _intact(table: Table, rows: list[list[str]], width: int) -> bool:
    """Rendered ``width`` wide, every number of every row appears whole and the names stay
    readable (each word of up to ``NAME_WORD`` characters on one line)."""
    probe = Console(file=io.StringIO(), width=width, color_system=None, highlight=False)
    probe.print(table)
    lines = probe.file.getvalue().splitlines()  # type: ignore[attr-defined]
    wanted = [cell for row in rows for cell in row[1:]]
    wanted += [w for row in rows for w in row[0].split() if len(w) <= NAME_WORD]
    return all(any(cell in line for line in lines) for cell in wanted)


def ads_table(data: dict[str, Any], width: int) -> Table:
    """The ads table that fits ``width`` columns with every number whole."""
    metric = data["metric"]
    title = ("Reklamy" if data["lang"] == "pl" else "Ads") + f" · {data['metric_name']}"
    # the primary metric first, then the diagnostics that explain it
    diagnostics = [
        m
        for m in ("roas", "ctr", "cvr")
        if m != metric and any(ad[m] is not None for ad in data["ads"])
    ]
    table = None
    for keep in range(len(diagnostics), -1, -1):
        heads, rows = _cells(data, [metric, *diagnostics[:keep]])
        for compact in (False, True):
            table = _table(title, heads, rows, compact)
            if _intact(table, rows, width):
                return table
    assert table is not None
    return table
