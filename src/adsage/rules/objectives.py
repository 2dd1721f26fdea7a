"""Campaign objectives and cost benchmarks, validated once and cached.

The goal checker, the plan builder and the budget checker all reason about the same two
files (``objectives.yaml`` and ``benchmarks.yaml`` under ``rules_dir()``); loading them through
one typed shape keeps a typo in the data from turning into a silent wrong answer: a malformed
file fails loudly with :class:`~adsage.errors.BadInput` naming the file.  The shapes are
plain dataclasses that pydantic validates only when a file or this module changed (see
:mod:`adsage.rules.checked`), so ``check goal`` starts without pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from adsage.errors import BadInput
from adsage.paths import rules_dir
from adsage.rules.checked import STRICT, as_float, load_checked, non_empty

if TYPE_CHECKING:
    from adsage.rules.fx import FxRates

Confidence = Literal["META", "COPY", "3P", "UNSURE"]
Lang = Literal["en", "pl"]

OBJECTIVES_FILE = "objectives.yaml"
BENCHMARKS_FILE = "benchmarks.yaml"


@dataclass(frozen=True, kw_only=True)
class Provenance:
    __pydantic_config__ = STRICT

    source: str
    as_of: str
    confidence: Confidence

    def __post_init__(self) -> None:
        if not self.source or len(self.as_of) < 4:
            raise ValueError("a figure needs a source and an as_of date")


@dataclass(frozen=True, kw_only=True)
class Objective:
    __pydantic_config__ = STRICT

    label: dict[Lang, str]
    optimization_goals: list[str]
    kpis: list[str]
    metrics: list[str]
    also_fits: list[str] = field(default_factory=list)
    default_metric: str
    metric_goals: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        non_empty(self, "optimization_goals", "kpis", "metrics")
        if self.default_metric not in self.metrics:
            raise ValueError(f"default_metric {self.default_metric!r} is not one of its metrics")
        bad = [g for g in self.metric_goals.values() if g not in self.optimization_goals]
        if bad:
            raise ValueError(f"metric_goals {bad} are not among its optimization_goals")

    def goal_for(self, metric: str) -> str:
        """The optimisation goal for a plan measured in ``metric`` (calls -> QUALITY_CALL)."""
        return self.metric_goals.get(metric, self.optimization_goals[0])

    def serves(self, metric: str) -> bool:
        return metric in self.metrics or metric in self.also_fits


@dataclass(frozen=True, kw_only=True)
class AppEvents(Provenance):
    """The app event an app plan optimises for when its goal is an in-app result."""

    by_metric: dict[str, str]
    event_words: dict[str, list[str]] = field(default_factory=dict)

    def event_for(self, metric: str, goal_text: str) -> str | None:
        """The event the goal names ("free-trial starts" -> StartTrial), else the metric's."""
        import re

        words = set(re.findall(r"[^\W\d_]+", goal_text.lower()))
        text = " ".join(goal_text.lower().split())
        for event, names in self.event_words.items():
            if any((n in text) if " " in n else (n in words) for n in names):
                return event
        return self.by_metric.get(metric)


@dataclass(frozen=True, kw_only=True)
class ObjectivesData:
    __pydantic_config__ = STRICT

    version: int
    source: str
    as_of: str
    confidence: Confidence
    mapping: Provenance
    objectives: dict[str, Objective]
    app_events: AppEvents | None = None

    def __post_init__(self) -> None:
        non_empty(self, "objectives")
        bad = [k for k in self.objectives if not k.startswith("OUTCOME_")]
        if bad:
            raise ValueError(f"objective ids must start with OUTCOME_: {', '.join(bad)}")

    @classmethod
    def build(cls, raw: dict[str, Any]) -> ObjectivesData:
        """From data pydantic accepted (see :func:`adsage.rules.checked.load_checked`)."""
        return cls(
            **{
                **raw,
                "mapping": Provenance(**raw["mapping"]),
                "app_events": AppEvents(**raw["app_events"]) if raw.get("app_events") else None,
                "objectives": {k: Objective(**v) for k, v in raw["objectives"].items()},
            }
        )

    def primary_objective(self, metric: str) -> str | None:
        """The objective built for ``metric``; a secondary fit only when none is."""
        for oid, obj in self.objectives.items():
            if metric in obj.metrics:
                return oid
        for oid, obj in self.objectives.items():
            if metric in obj.also_fits:
                return oid
        return None


@dataclass(frozen=True, kw_only=True)
class Figure(Provenance):
    value: float

    def __post_init__(self) -> None:
        super().__post_init__()
        as_float(self, "value")
        if self.value < 0:
            raise ValueError("value must be >= 0")


def _ordered(low: float, typical: float, high: float) -> None:
    if not low <= typical <= high:
        raise ValueError("expected low <= typical <= high")


@dataclass(frozen=True, kw_only=True)
class _Range:
    __pydantic_config__ = STRICT

    label: dict[Lang, str]
    low: Figure
    typical: Figure
    high: Figure
    history: list[Figure] = field(default_factory=list)

    def __post_init__(self) -> None:
        _ordered(self.low.value, self.typical.value, self.high.value)

    @classmethod
    def build(cls, raw: dict[str, Any]) -> Any:
        figs = {k: Figure(**raw[k]) for k in ("low", "typical", "high")}
        return cls(**{**raw, **figs, "history": [Figure(**f) for f in raw.get("history") or []]})


@dataclass(frozen=True, kw_only=True)
class CostBenchmark(_Range):
    """Cost per ``per`` results in USD."""

    serves: list[str]
    per: int = 1

    def __post_init__(self) -> None:
        super().__post_init__()
        non_empty(self, "serves")
        if self.per < 1:
            raise ValueError("per must be >= 1")


@dataclass(frozen=True, kw_only=True)
class RateBenchmark(_Range):
    unit: Literal["percent", "ratio"]


@dataclass(frozen=True, kw_only=True)
class MarketFigure(Provenance):
    """One figure of a market table, in the market's own currency (percent for ctr_link)."""

    low: float
    typical: float
    high: float

    def __post_init__(self) -> None:
        super().__post_init__()
        as_float(self, "low", "typical", "high")
        if self.low < 0:
            raise ValueError("low must be >= 0")
        _ordered(self.low, self.typical, self.high)


@dataclass(frozen=True, kw_only=True)
class MarketGroup:
    __pydantic_config__ = STRICT

    label: dict[Lang, str]
    currency: str
    countries: list[str]
    objectives: dict[str, dict[str, MarketFigure]]

    def __post_init__(self) -> None:
        non_empty(self, "countries")
        code = self.currency
        if len(code) != 3 or not (code.isascii() and code.isalpha() and code.isupper()):
            raise ValueError(f"currency {code!r} is not a three-letter code")

    @classmethod
    def build(cls, raw: dict[str, Any]) -> MarketGroup:
        objectives = {
            o: {k: MarketFigure(**f) for k, f in figs.items()}
            for o, figs in raw["objectives"].items()
        }
        return cls(**{**raw, "objectives": objectives})


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


@dataclass(frozen=True, kw_only=True)
class BenchmarksData:
    __pydantic_config__ = STRICT

    version: int
    cost_per_result: dict[str, CostBenchmark]
    rates: dict[str, RateBenchmark]
    default_market: str = "US"
    markets: dict[str, MarketGroup] = field(default_factory=dict)

    @classmethod
    def build(cls, raw: dict[str, Any]) -> BenchmarksData:
        """From data pydantic accepted (see :func:`adsage.rules.checked.load_checked`)."""
        return cls(
            **{
                **raw,
                "cost_per_result": {
                    k: CostBenchmark.build(v) for k, v in raw["cost_per_result"].items()
                },
                "rates": {k: RateBenchmark.build(v) for k, v in raw["rates"].items()},
                "markets": {k: MarketGroup.build(v) for k, v in (raw.get("markets") or {}).items()},
            }
        )

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


@lru_cache(maxsize=8)
def _objectives_at(path: Path) -> ObjectivesData:
    return load_checked(path, ObjectivesData, ObjectivesData.build, __file__)


@lru_cache(maxsize=8)
def _benchmarks_at(path: Path) -> BenchmarksData:
    return load_checked(path, BenchmarksData, BenchmarksData.build, __file__)


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
