"""Per-ad metrics, recomputed from the counts the export carries.

Rates are fractions (0.02 = 2%). A metric whose denominator is zero, or whose inputs the export
does not have, is None rather than 0 or infinity: "no conversions yet" must not read as a CPA
of zero, and a missing reach column must not read as a frequency of zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from adsage.analysis.reading import AdTotals, Export
from adsage.analysis.stats import wilson

Metric = Literal["ctr", "cvr", "cpa", "roas", "cpc", "cpm", "cpr"]
METRICS: tuple[Metric, ...] = ("ctr", "cvr", "cpa", "roas", "cpc", "cpm", "cpr")
# cost metrics: what one unit of money buys is the count they are tested on, per that scale
COSTS: dict[str, tuple[str, float]] = {
    "cpa": ("conversions", 1.0),
    "cpc": ("clicks", 1.0),
    "cpm": ("impressions", 1000.0),
    "cpr": ("reach", 1000.0),
}
LOWER_IS_BETTER = frozenset(COSTS)


def _div(a: float, b: float, scale: float = 1.0) -> float | None:
    return a / b * scale if b > 0 else None


@dataclass
class AdMetrics:
    name: str
    impressions: int
    reach: int | None
    clicks: int
    spend: float | None
    conversions: int | None
    value: float | None
    ctr: float | None
    cpc: float | None
    cpm: float | None
    cvr: float | None
    cpa: float | None
    roas: float | None
    frequency: float | None
    rows: int
    cpr: float | None = None
    ctr_ci: tuple[float, float] | None = None
    cvr_ci: tuple[float, float] | None = None
    prob_best: float | None = None
    blanks: list[str] = field(default_factory=list)
    daily: list[tuple[float, float]] = field(default_factory=list)  # (spend, value) per day

    def count(self, metric: str) -> float:
        """What a cost metric counts: conversions, clicks, impressions or people reached."""
        return float(getattr(self, COSTS[metric][0]) or 0)

    def score(self, metric: Metric) -> float | None:
        """The metric oriented so that higher is better (a cost becomes results per unit)."""
        if metric in COSTS:
            return _div(self.count(metric), self.spend or 0.0)
        value: float | None = getattr(self, metric)
        return value

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "impressions": self.impressions,
            "reach": self.reach,
            "clicks": self.clicks,
            "spend": self.spend,
            "conversions": self.conversions,
            "value": self.value,
            "ctr": self.ctr,
            "cpc": self.cpc,
            "cpm": self.cpm,
            "cvr": self.cvr,
            "cpa": self.cpa,
            "roas": self.roas,
            "cpr": self.cpr,
            "frequency": self.frequency,
            "rows": self.rows,
            "blank_cells": list(self.blanks),
            "ctr_ci95": list(self.ctr_ci) if self.ctr_ci else None,
            "cvr_ci95": list(self.cvr_ci) if self.cvr_ci else None,
            "prob_best": self.prob_best,
        }


def ad_metrics(ad: AdTotals, export: Export) -> AdMetrics:
    has_spend = export.has("spend")
    has_conv = export.has("conversions")
    has_value = export.has("value")
    spend = ad.spend if has_spend else None
    conv = ad.conversions if has_conv else None
    return AdMetrics(
        name=ad.name,
        impressions=int(ad.impressions),
        reach=int(ad.reach) if export.has("reach") else None,
        clicks=int(ad.clicks),
        spend=spend,
        conversions=int(conv) if conv is not None else None,
        value=ad.value if has_value else None,
        ctr=_div(ad.clicks, ad.impressions),
        cpc=_div(ad.spend, ad.clicks) if has_spend else None,
        cpm=_div(ad.spend, ad.impressions, 1000.0) if has_spend else None,
        cvr=_div(ad.conversions, ad.clicks) if has_conv else None,
        cpa=_div(ad.spend, ad.conversions) if has_spend and has_conv else None,
        roas=_div(ad.value, ad.spend) if has_value and has_spend else None,
        frequency=_div(ad.impressions, ad.reach) if export.has("reach") else None,
        rows=ad.rows,
        cpr=_div(ad.spend, ad.reach, 1000.0) if has_spend and export.has("reach") else None,
        ctr_ci=wilson(ad.clicks, ad.impressions),
        cvr_ci=wilson(min(ad.conversions, ad.clicks), ad.clicks) if has_conv else None,
        blanks=list(ad.blanks),
        daily=[(s, v) for s, v in ad.days.values()] if export.per_day else [],
    )


def totals(ads: list[AdMetrics], export: Export) -> dict[str, Any]:
    """Campaign-level figures: sums of counts and the rates those sums imply."""
    total = AdTotals(
        name="",
        impressions=sum(a.impressions for a in ads),
        reach=sum(a.reach or 0 for a in ads),
        clicks=sum(a.clicks for a in ads),
        spend=sum(a.spend or 0.0 for a in ads),
        conversions=sum(a.conversions or 0 for a in ads),
        value=sum(a.value or 0.0 for a in ads),
        rows=sum(a.rows for a in ads),
    )
    out = ad_metrics(total, export).as_dict()
    for key in ("name", "prob_best", "ctr_ci95", "cvr_ci95", "blank_cells"):
        out.pop(key)
    return out
