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
from adsage.analysis.metrics import COSTS, AdMetrics, Metric

MIN_RELATIVE_LIFT = 0.05
MIN_TRIALS = {"ctr": 1000, "cvr": 100}
MIN_SUCCESSES = 10  # clicks (CTR, CPC) or conversions (CVR, CPA, ROAS) per ad
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
    method: str = ""
    prob_best: dict[str, float] = field(default_factory=dict)

    def behind(self, name: str) -> bool:
        """Whether ``name`` is significantly (and materially) behind the leader."""
        return name in self.worse and not self.negligible

    def pair(self, x: str, y: str) -> Pair | None:
        return next((p for p in self.pairs if {p.a, p.b} == {x, y}), None)


def _counts(ad: AdMetrics, metric: Metric) -> tuple[float, float]:
    """(successes, trials) for a rate; (what the money bought, spend) for costs and ROAS."""
    if metric == "ctr":
        return ad.clicks, ad.impressions
    if metric == "cvr":
        return float(ad.conversions or 0), ad.clicks
    if metric in COSTS:
        return ad.count(metric), ad.spend or 0.0
    return float(ad.conversions or 0), ad.spend or 0.0


def _by_day(ads: list[AdMetrics]) -> bool:
    """ROAS is bootstrapped over days when every compared ad has enough of them."""
    return all(len(a.daily) >= stats.MIN_BOOTSTRAP_DAYS for a in ads)


def _method(metric: Metric, ads: list[AdMetrics]) -> str:
    if metric in ("ctr", "cvr"):
        return "two_proportion_z"
    if metric in COSTS:
        return "poisson_rate"
    return "bootstrap_days" if _by_day(ads) else "log_roas"


def _pvalue(a: AdMetrics, b: AdMetrics, metric: Metric, method: str, boot: dict[str, Any]) -> float:
    xa, na = _counts(a, metric)
    xb, nb = _counts(b, metric)
    if method == "two_proportion_z":
        return stats.two_proportion_z(xa, na, xb, nb)[1]
    if method == "poisson_rate":
        return stats.poisson_rate_test(xa, na, xb, nb)
    if method == "bootstrap_days":
        return stats.bootstrap_p(boot[a.name], boot[b.name])
    return stats.log_roas_test(xa, a.value or 0.0, na, xb, b.value or 0.0, nb)


def _usable(ad: AdMetrics, metric: Metric) -> bool:
    x, n = _counts(ad, metric)
    if n <= 0:
        return False
    return not (metric == "cvr" and x > n)  # view-through conversions: not a proportion


def _prob_best(
    ads: list[AdMetrics], metric: Metric, method: str, boot: dict[str, Any]
) -> list[float]:
    xs = [_counts(a, metric)[0] for a in ads]
    ns = [_counts(a, metric)[1] for a in ads]
    if method == "two_proportion_z":
        return stats.prob_best_beta(xs, ns)
    if method == "poisson_rate":
        return stats.prob_best_cpa(xs, ns)
    if method == "bootstrap_days":
        return stats.prob_best_from_draws([boot[a.name] for a in ads])
    return stats.prob_best_roas(xs, [a.value or 0.0 for a in ads], ns)


def _lift(lead: float, other: float) -> float:
    return float("inf") if other <= 0 else (lead - other) / other


def compare(ads: list[AdMetrics], metric: Metric, *, fill: bool = True) -> Comparison:
    """Decide the winner, if there honestly is one; ``fill`` stores ``prob_best`` on the ads.

    A second comparison (ROAS beside cost per purchase) passes ``fill=False`` so the ads keep
    the probability to be best on the metric the campaign is judged by.
    """
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
    method = result.method = _method(metric, usable)
    boot: dict[str, Any] = {}
    if method == "bootstrap_days":  # one set of resamples per ad, shared by all its pairs
        draws = stats.bootstrap_draws([a.daily for a in usable])
        boot = dict(zip([a.name for a in usable], draws, strict=True))
    best = _prob_best(usable, metric, method, boot)
    probs = dict(zip([a.name for a in usable], best, strict=True))
    result.prob_best = probs
    if fill:
        for a in usable:
            a.prob_best = probs[a.name]
    scores = {a.name: a.score(metric) or 0.0 for a in usable}
    lead = max(usable, key=lambda a: scores[a.name])  # first listed wins an exact tie
    result.leader = lead.name
    if len(usable) < 2:
        return result

    raw = [(a, b, _pvalue(a, b, metric, method, boot)) for a, b in combinations(usable, 2)]
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
            "prob_best": result.prob_best[lead.name],
        }
    return result
