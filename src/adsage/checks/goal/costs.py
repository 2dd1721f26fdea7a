"""What a result costs in a market: the benchmark range a goal's target is judged against.

The market table (a currency's own market, or the plan's) comes first, in its own currency;
the US dollar table converted through the one fx table is the fallback.  Every figure keeps
its source, date and confidence, which the messages quote (:func:`prov`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from adsage.rules.objectives import BenchmarksData, Figure


@dataclass(frozen=True)
class CostRange:
    key: str
    per: int
    low: float
    typical: float
    high: float
    currency: str
    figure_low: Figure
    ref: str = ""


def cost_range(
    bench: BenchmarksData,
    metric: str,
    currency: str,
    market: str | None = None,
    objective: str | None = None,
) -> CostRange | None:
    """The plausible cost range for ``metric`` in ``currency``.

    The market table (``market``, or the market whose currency this is) is read in its own
    currency and only converted when the budget is in another one; the US dollar table is
    the fallback for currencies no market uses.
    """
    found = bench.cost_for(metric)
    if found is None:
        return None
    key, b = found
    mk = market or bench.market_for_currency(currency)
    entry = bench.entry(mk, objective, key) if mk else None
    if entry is not None:
        f = entry.figure
        vals = [bench.convert(v, entry.currency, currency) for v in (f.low, f.typical, f.high)]
        if None in vals:
            return None
        lo, ty, hi = (float(v) for v in vals)  # type: ignore[arg-type]
        low_fig = Figure(value=lo, source=f.source, as_of=f.as_of, confidence=f.confidence)
        return CostRange(key, b.per, lo, ty, hi, currency.upper(), low_fig, entry.ref)
    low, typ, high = (bench.from_usd(f.value, currency) for f in (b.low, b.typical, b.high))
    if low is None or typ is None or high is None:
        return None
    return CostRange(key, b.per, low, typ, high, currency.upper(), b.low)


def prov(f: Figure, lang: str = "en") -> dict[str, str]:
    """Where a figure comes from, in the message's language."""
    from adsage.i18n import source_text

    return {"source": source_text(f.source, lang), "as_of": f.as_of, "conf": f.confidence}


def nice_down(x: float) -> float:
    """Round down to two significant digits (1234 -> 1200) so the target stays affordable."""
    if x <= 0 or not math.isfinite(x):
        return 0.0
    step = 10 ** (math.floor(math.log10(x)) - 1)
    return math.floor(x / step) * step if x >= 10 else math.floor(x * 100) / 100


def nice_up(x: float) -> float:
    if x <= 0 or not math.isfinite(x):
        return 0.0
    step = 10 ** (math.floor(math.log10(x)) - 1)
    return math.ceil(x / step - 1e-9) * step


def affordable_count(budget: float, per: int, typical: float) -> int:
    """How many results ``budget`` buys at ``typical`` per ``per`` results, rounded down to
    three significant digits (128,571 -> 128,000; 116.6 -> 116). The plan's "expect about"
    figure and the rewrite's target both come from here, so a plan never suggests one count
    and expects another; three digits keep the weekly figure derived from the same count
    (116 over 34 days is about 24 a week, where 110 would not be)."""
    x = budget * per / typical
    if x <= 0 or not math.isfinite(x):
        return 1
    step = 10 ** max(0, math.floor(math.log10(x)) - 2)
    return max(1, math.floor(x / step) * step)
