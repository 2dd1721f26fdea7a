"""What reading an export yields: per-ad sums, the rows skipped and what the headers revealed.

Kept apart from the reader so the metrics, notices and reports depend on the data, not on
how a CSV or XLSX file is parsed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from adsage.analysis.headers import HeaderMap
from adsage.analysis.numbers import DecimalMark

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
