"""Compare ads on one metric: pairwise tests, Holm correction, probability to be best, winner.

A winner is the leading ad only when it beats *every* other ad after the correction, and by a
margin worth acting on (``MIN_RELATIVE_LIFT``): with millions of impressions a 1% relative
difference can be "significant" and still not justify moving a budget, so a near-tie is never
called a winner however much data there is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from adsage.analysis import stats
from adsage.analysis.metrics import AdMetrics, Metric

MIN_RELATIVE_LIFT = 0.05
MIN_TRIALS = {"ctr": 1000, "cvr": 100}
MIN_SUCCESSES = 10  # clicks (CTR) or conversions (CVR, CPA, ROAS) per ad
MAX_COMPARED = 30  # 435 pairs; beyond that the Holm family is too large to find anything


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    p_value: float
    p_adjusted: float
    better: str | None

    @property
    def significant(self) -> bool:
        return self.p_adjusted <= stats.ALPHA

    def as_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "p_value": self.p_value,
            "p_adjusted": self.p_adjusted,
            "significant": self.significant,
            "better": self.better,
        }


@dataclass
class Comparison:
    metric: Metric
    pairs: list[Pair] = field(default_factory=list)
    leader: str | None = None
    winner: dict[str, Any] | None = None
    negligible: bool = False  # significant but below MIN_RELATIVE_LIFT
    excluded: list[str] = field(default_factory=list)
    low_volume: list[str] = field(default_factory=list)
    worse: list[str] = field(default_factory=list)  # significantly behind the leader
    crowded: list[str] = field(default_factory=list)  # beyond MAX_COMPARED, not tested

    def pair(self, x: str, y: str) -> Pair | None:
        return next((p for p in self.pairs if {p.a, p.b} == {x, y}), None)


def _counts(ad: AdMetrics, metric: Metric) -> tuple[float, float]:
    """(successes, trials) for a rate; (conversions, spend) for CPA/ROAS."""
    if metric == "ctr":
        return ad.clicks, ad.impressions
    if metric == "cvr":
        return float(ad.conversions or 0), ad.clicks
    return float(ad.conversions or 0), ad.spend or 0.0


def _pvalue(a: AdMetrics, b: AdMetrics, metric: Metric) -> float:
    xa, na = _counts(a, metric)
    xb, nb = _counts(b, metric)
    if metric in ("ctr", "cvr"):
        return stats.two_proportion_z(xa, na, xb, nb)[1]
    if metric == "cpa":
        return stats.poisson_rate_test(xa, na, xb, nb)
    return stats.log_roas_test(xa, a.value or 0.0, na, xb, b.value or 0.0, nb)


def _usable(ad: AdMetrics, metric: Metric) -> bool:
    x, n = _counts(ad, metric)
    if n <= 0:
        return False
    return not (metric == "cvr" and x > n)  # view-through conversions: not a proportion


def _prob_best(ads: list[AdMetrics], metric: Metric) -> list[float]:
    xs = [_counts(a, metric)[0] for a in ads]
    ns = [_counts(a, metric)[1] for a in ads]
    if metric in ("ctr", "cvr"):
        return stats.prob_best_beta(xs, ns)
    if metric == "cpa":
        return stats.prob_best_cpa(xs, ns)
    return stats.prob_best_roas(xs, [a.value or 0.0 for a in ads], ns)


def _lift(lead: float, other: float) -> float:
    return float("inf") if other <= 0 else (lead - other) / other


def compare(ads: list[AdMetrics], metric: Metric) -> Comparison:
    """Fill ``prob_best`` on the ads and decide the winner, if there honestly is one."""
    result = Comparison(metric=metric)
    usable = [a for a in ads if _usable(a, metric)]
    if len(usable) > MAX_COMPARED:  # keep the ads with the most data, in file order
        kept = {id(a) for a in sorted(usable, key=lambda a: -_counts(a, metric)[1])[:MAX_COMPARED]}
        result.crowded = [a.name for a in usable if id(a) not in kept]
        usable = [a for a in usable if id(a) in kept]
    result.excluded = [a.name for a in ads if not _usable(a, metric)]
    for a in usable:
        x, n = _counts(a, metric)
        if x < MIN_SUCCESSES or n < MIN_TRIALS.get(metric, 0):
            result.low_volume.append(a.name)
    if not usable:
        return result
    for a, p in zip(usable, _prob_best(usable, metric), strict=True):
        a.prob_best = p
    scores = {a.name: a.score(metric) or 0.0 for a in usable}
    lead = max(usable, key=lambda a: scores[a.name])  # first listed wins an exact tie
    result.leader = lead.name
    if len(usable) < 2:
        return result

    raw = [(a, b, _pvalue(a, b, metric)) for a, b in combinations(usable, 2)]
    adjusted = stats.holm([p for _, _, p in raw]) if len(usable) > 2 else [p for _, _, p in raw]
    for (a, b, p), adj in zip(raw, adjusted, strict=True):
        sa, sb = scores[a.name], scores[b.name]
        better = None if sa == sb else (a.name if sa > sb else b.name)
        result.pairs.append(Pair(a.name, b.name, p, adj, better))

    lead_pairs = [p for p in result.pairs if lead.name in (p.a, p.b)]
    result.worse = [
        (p.b if p.a == lead.name else p.a)
        for p in lead_pairs
        if p.significant and p.better == lead.name
    ]
    all_beaten = all(p.significant and p.better == lead.name for p in lead_pairs)
    margin = min(_lift(scores[lead.name], scores[o.name]) for o in usable if o is not lead)
    if all_beaten and margin < MIN_RELATIVE_LIFT:
        result.negligible = True
    elif all_beaten:
        result.winner = {
            "name": lead.name,
            "metric": metric,
            "significant": True,
            "p_value": max(p.p_adjusted for p in lead_pairs),
            "prob_best": lead.prob_best,
        }
    return result
