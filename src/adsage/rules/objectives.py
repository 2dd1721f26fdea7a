"""Campaign objectives and cost benchmarks, validated once and cached.

The goal checker, the plan builder and the budget checker all reason about the same two
files (``objectives.yaml`` and ``benchmarks.yaml`` under ``rules_dir()``); loading them through
one typed model keeps a typo in the data from turning into a silent wrong answer: a malformed
file fails loudly with :class:`~adsage.errors.BadInput` naming the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from adsage.errors import BadInput
from adsage.paths import rules_dir

if TYPE_CHECKING:
    from adsage.rules.fx import FxRates

Confidence = Literal["META", "COPY", "3P", "UNSURE"]
Lang = Literal["en", "pl"]

OBJECTIVES_FILE = "objectives.yaml"
BENCHMARKS_FILE = "benchmarks.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Provenance(_Strict):
    source: str = Field(min_length=1)
    as_of: str = Field(min_length=4)
    confidence: Confidence


class Objective(_Strict):
    label: dict[Lang, str]
    optimization_goals: list[str] = Field(min_length=1)
    kpis: list[str] = Field(min_length=1)
    metrics: list[str] = Field(min_length=1)
    also_fits: list[str] = []
    default_metric: str
    metric_goals: dict[str, str] = {}

    @model_validator(mode="after")
    def _default_is_primary(self) -> Objective:
        if self.default_metric not in self.metrics:
            raise ValueError(f"default_metric {self.default_metric!r} is not one of its metrics")
        bad = [g for g in self.metric_goals.values() if g not in self.optimization_goals]
        if bad:
            raise ValueError(f"metric_goals {bad} are not among its optimization_goals")
        return self

    def goal_for(self, metric: str) -> str:
        """The optimisation goal for a plan measured in ``metric`` (calls -> QUALITY_CALL)."""
        return self.metric_goals.get(metric, self.optimization_goals[0])

    def serves(self, metric: str) -> bool:
        return metric in self.metrics or metric in self.also_fits


class ObjectivesData(_Strict):
    version: int
    source: str
    as_of: str
    confidence: Confidence
    mapping: Provenance
    objectives: dict[str, Objective] = Field(min_length=1)

    @model_validator(mode="after")
    def _outcome_ids(self) -> ObjectivesData:
        bad = [k for k in self.objectives if not k.startswith("OUTCOME_")]
        if bad:
            raise ValueError(f"objective ids must start with OUTCOME_: {', '.join(bad)}")
        return self

    def primary_objective(self, metric: str) -> str | None:
        """The objective built for ``metric``; a secondary fit only when none is."""
        for oid, obj in self.objectives.items():
            if metric in obj.metrics:
                return oid
        for oid, obj in self.objectives.items():
            if metric in obj.also_fits:
                return oid
        return None


class Figure(Provenance):
    value: float = Field(ge=0)


class _Range(_Strict):
    label: dict[Lang, str]
    low: Figure
    typical: Figure
    high: Figure
    history: list[Figure] = []

    @model_validator(mode="after")
    def _ordered(self) -> _Range:
        if not self.low.value <= self.typical.value <= self.high.value:
            raise ValueError("expected low <= typical <= high")
        return self


class CostBenchmark(_Range):
    """Cost per ``per`` results in USD."""

    serves: list[str] = Field(min_length=1)
    per: int = Field(default=1, ge=1)


class RateBenchmark(_Range):
    unit: Literal["percent", "ratio"]


class MarketFigure(Provenance):
    """One figure of a market table, in the market's own currency (percent for ctr_link)."""

    low: float = Field(ge=0)
    typical: float = Field(ge=0)
    high: float = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> MarketFigure:
        if not self.low <= self.typical <= self.high:
            raise ValueError("expected low <= typical <= high")
        return self


class MarketGroup(_Strict):
    label: dict[Lang, str]
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    countries: list[str] = Field(min_length=1)
    objectives: dict[str, dict[str, MarketFigure]]


@dataclass(frozen=True)
class MarketEntry:
    """The benchmark entry a plan reads: one figure of one market group and objective."""

    market: str
    objective: str
    key: str
    figure: MarketFigure
    currency: str

    @property
    def ref(self) -> str:
        return f"benchmarks.yaml markets.{self.market}.{self.objective}.{self.key}"


class BenchmarksData(_Strict):
    version: int
    cost_per_result: dict[str, CostBenchmark]
    rates: dict[str, RateBenchmark]
    default_market: str = "US"
    markets: dict[str, MarketGroup] = {}

    def market_for(self, countries: list[str]) -> str:
        """The market group of the first targeted country with a table; the default otherwise."""
        for c in countries:
            for key, group in self.markets.items():
                if c.upper() in group.countries:
                    return key
        return self.default_market

    def market_for_currency(self, currency: str | None) -> str | None:
        cur = (currency or "").upper()
        return next((k for k, g in self.markets.items() if g.currency == cur), None)

    def entry(self, market: str, objective: str | None, key: str) -> MarketEntry | None:
        """``key`` for ``objective`` in ``market``; another objective's figure when the
        objective's own table lacks it (a leads goal priced under a sales campaign)."""
        group = self.markets.get(market)
        if group is None:
            return None
        order = [objective] if objective in group.objectives else []
        order += [o for o in group.objectives if o != objective]
        for obj in order:
            fig = group.objectives[obj].get(key)  # type: ignore[index]
            if fig is not None:
                return MarketEntry(market, obj, key, fig, group.currency)  # type: ignore[arg-type]
        return None

    def convert(self, amount: float, src: str, dst: str) -> float | None:
        """Money from one currency to another through the one fx table (None without a rate)."""
        if src.upper() == dst.upper():
            return amount
        fx = _fx_rates()
        a, b = fx.rate(src), fx.rate(dst)
        return None if a is None or b is None else amount / a * b

    def cost_for(self, metric: str) -> tuple[str, CostBenchmark] | None:
        """The cost benchmark for a count metric (``leads``) or a cost metric (``cpl``)."""
        if metric in self.cost_per_result:
            return metric, self.cost_per_result[metric]
        for key, bench in self.cost_per_result.items():
            if metric in bench.serves:
                return key, bench
        return None

    def from_usd(self, amount: float, currency: str) -> float | None:
        return _fx_rates().from_usd(amount, currency)


def _fx_rates() -> FxRates:
    """The one fx table, loaded with the first conversion (a goal without money needs none)."""
    from adsage.rules.fx import fx_rates

    return fx_rates()


def _read(path: Path) -> object:
    from adsage.startup_cache import rule_yaml  # parsed once, kept by content

    return rule_yaml(path)


def _invalid(path: Path, exc: ValidationError) -> BadInput:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top level)"
    return BadInput(f"{path}: invalid rule data at {where}: {first['msg']}")


@lru_cache(maxsize=8)
def _objectives_at(path: Path) -> ObjectivesData:
    try:
        return ObjectivesData.model_validate(_read(path))
    except ValidationError as exc:
        raise _invalid(path, exc) from None


@lru_cache(maxsize=8)
def _benchmarks_at(path: Path) -> BenchmarksData:
    try:
        return BenchmarksData.model_validate(_read(path))
    except ValidationError as exc:
        raise _invalid(path, exc) from None


def load_objectives() -> ObjectivesData:
    """The outcome objectives; cached per path so ``ADSAGE_KNOWLEDGE_DIR`` still applies."""
    return _objectives_at(rules_dir() / OBJECTIVES_FILE)


def load_benchmarks() -> BenchmarksData:
    """Cost and rate plausibility ranges with their FX table."""
    return _benchmarks_at(rules_dir() / BENCHMARKS_FILE)


def normalize_objective(value: str) -> str:
    """Accept ``sales`` or ``outcome_sales`` for ``OUTCOME_SALES``; anything else is BadInput.

    Legacy objectives (``CONVERSIONS``, ``LINK_CLICKS``) are rejected on purpose: Meta no
    longer accepts them for new campaigns, so guessing a mapping would hide a real mistake.
    """
    data = load_objectives()
    key = value.strip().upper().replace("-", "_").replace(" ", "_")
    for candidate in (key, f"OUTCOME_{key}"):
        if candidate in data.objectives:
            return candidate
    valid = ", ".join(data.objectives)
    raise BadInput(f"objective: unknown value {value!r}; use one of {valid}")


def infer_objective(metric: str) -> str:
    """The outcome objective whose optimisation serves a canonical goal metric.

    Raises BadInput for a metric id the objectives file does not know, so a caller that
    passes a free-text word finds out instead of silently getting a default campaign.
    """
    data = load_objectives()
    found = data.primary_objective(metric)
    if found is None:
        known = sorted({m for o in data.objectives.values() for m in (*o.metrics, *o.also_fits)})
        raise BadInput(f"metric: unknown goal metric {metric!r}; known: {', '.join(known)}")
    return found
