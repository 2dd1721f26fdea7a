"""The statistics behind "which ad won, and is the win real".

Rates (CTR = clicks / impressions, CVR = conversions / clicks) are proportions: they get the
pooled two-proportion z-test and Beta(1 + successes, 1 + failures) posteriors.

Cost and return metrics are not proportions, so they get the model that fits how the data
arises, with the assumption named:

* CPA = spend / conversions. Spend is what the advertiser chose to pay; the noise is in how
  many conversions that money bought. Conversions are Poisson with a rate per currency unit,
  and two rates are compared with the exact conditional test: given c1 + c2 conversions, c1
  is Binomial(c1 + c2, s1 / (s1 + s2)) when the rates are equal. Posteriors are
  Gamma(1 + c, rate = spend) on conversions per currency unit; the lowest CPA is the highest
  rate.
* ROAS = value / spend is compound Poisson: Poisson conversions each bringing an order value.
  An aggregated export has no per-order spread, so the order values are assumed as spread as
  an exponential distribution (coefficient of variation ``ORDER_VALUE_CV`` = 1, a deliberately
  cautious choice for retail baskets). Then Var(log ROAS) ~ (1 + CV^2) / c and two ads are
  compared with a Wald z-test on log ROAS. When one ad has no conversions at all its ROAS is
  zero and the difference is entirely in the counts, so the CPA test is used instead.

* ROAS per day. When rows are per day, the ad's days are its sample: days are resampled with
  replacement (``BOOTSTRAP_DRAWS`` times, fixed seed) and ROAS is recomputed as summed value
  over summed spend. Nothing is assumed about how order values are spread, which matters
  because one large basket can make a day; two ads are compared by where zero falls in the
  bootstrap distribution of their difference, and the probability to be best is the share of
  resamples each ad leads. Needs ``MIN_BOOTSTRAP_DAYS`` days per ad, else the model above.
* Cost per link click, per 1,000 impressions and per 1,000 people reached are the same
  counts-per-spend question as CPA, so they get the same Poisson rate test and posterior.

Several ads mean several pairwise tests; Holm's step-down correction keeps the chance of any
false "significant" at alpha without Bonferroni's loss of power.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

ALPHA = 0.05
DRAWS = 20_000
SEED = 20_240_601
ORDER_VALUE_CV = 1.0
BOOTSTRAP_DRAWS = 5_000
MIN_BOOTSTRAP_DAYS = 5
Z95 = 1.959963984540054
Z80 = 0.8416212335729143  # one-sided 80% power


def norm_sf2(z: float) -> float:
    """Two-sided normal tail probability, P(|Z| >= |z|)."""
    return math.erfc(abs(z) / math.sqrt(2.0))


def two_proportion_z(x1: float, n1: float, x2: float, n2: float) -> tuple[float, float]:
    """Pooled two-proportion z statistic and two-sided p-value; (0, 1) when undefined."""
    if n1 <= 0 or n2 <= 0:
        return 0.0, 1.0
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 0.0, 1.0
    z = (x1 / n1 - x2 / n2) / se
    return z, norm_sf2(z)


def poisson_rate_test(c1: float, s1: float, c2: float, s2: float) -> float:
    """Exact two-sided p-value that conversions per currency unit are equal (CPA)."""
    if s1 <= 0 or s2 <= 0 or c1 + c2 == 0:
        return 1.0
    from adsage.analysis.binomial import two_sided_p  # scipy.stats' test, without its import

    return two_sided_p(int(c1), int(c1 + c2), s1 / (s1 + s2))


def log_roas_test(c1: float, v1: float, s1: float, c2: float, v2: float, s2: float) -> float:
    """Two-sided p-value for equal ROAS under the compound Poisson model in the module doc."""
    if min(s1, s2) <= 0:
        return 1.0
    if c1 == 0 or c2 == 0 or v1 <= 0 or v2 <= 0:
        return poisson_rate_test(c1, s1, c2, s2)
    var = (1 + ORDER_VALUE_CV**2) * (1 / c1 + 1 / c2)
    return norm_sf2((math.log(v1 / s1) - math.log(v2 / s2)) / math.sqrt(var))


def holm(pvalues: Sequence[float]) -> list[float]:
    """Holm step-down adjusted p-values, in the input order (monotone, capped at 1)."""
    m = len(pvalues)
    order = sorted(range(m), key=lambda i: pvalues[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * pvalues[i]))
        adjusted[i] = running
    return adjusted


def wilson(x: float, n: float, z: float = Z95) -> tuple[float, float] | None:
    """Wilson score interval for a proportion: sensible at 0 clicks, unlike the Wald one."""
    if n <= 0:
        return None
    p = x / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def sample_size_per_arm(p1: float, p2: float) -> int | None:
    """Per-ad trials to detect p1 vs p2 at 5% two-sided with 80% power (normal approx)."""
    if p1 == p2 or not (0 < p1 < 1 and 0 < p2 < 1):
        return None
    n = (Z95 + Z80) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / (p1 - p2) ** 2
    return math.ceil(n)


def _winner_share(draws: Any, lower_is_better: bool) -> list[float]:
    import numpy as np

    best = np.argmin(draws, axis=0) if lower_is_better else np.argmax(draws, axis=0)
    counts = np.bincount(best, minlength=draws.shape[0])
    return [float(c) / draws.shape[1] for c in counts]


def prob_best_beta(successes: Sequence[float], trials: Sequence[float]) -> list[float]:
    """P(each proportion is the highest) under Beta(1 + x, 1 + n - x) posteriors."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    draws = np.vstack(
        [rng.beta(1 + x, 1 + max(n - x, 0), DRAWS) for x, n in zip(successes, trials, strict=True)]
    )
    return _winner_share(draws, lower_is_better=False)


def prob_best_cpa(conversions: Sequence[float], spend: Sequence[float]) -> list[float]:
    """P(each ad has the lowest CPA), i.e. the highest Gamma(1 + c, spend) conversion rate."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    draws = np.vstack(
        [
            rng.gamma(1 + c, 1 / s if s > 0 else 0.0, DRAWS)
            for c, s in zip(conversions, spend, strict=True)
        ]
    )
    return _winner_share(draws, lower_is_better=False)


def prob_best_roas(
    conversions: Sequence[float], value: Sequence[float], spend: Sequence[float]
) -> list[float]:
    """P(each ad has the highest ROAS): Gamma conversion rate times a Gamma order value.

    The order value's posterior has the observed mean and the ``ORDER_VALUE_CV`` spread
    shrinking with sqrt(c); ads with no conversions borrow the pooled order value.
    """
    import numpy as np

    rng = np.random.default_rng(SEED)
    total_c = sum(conversions)
    pooled_aov = sum(value) / total_c if total_c else 0.0
    rows = []
    for c, v, s in zip(conversions, value, spend, strict=True):
        rate = rng.gamma(1 + c, 1 / s if s > 0 else 0.0, DRAWS)
        aov = v / c if c else pooled_aov
        shape = max(c, 1) / ORDER_VALUE_CV**2
        rows.append(rate * rng.gamma(shape, aov / shape, DRAWS))
    return _winner_share(np.vstack(rows), lower_is_better=False)


def poisson_ci(x: float, z: float = Z95) -> tuple[float, float]:
    """Exact (Garwood) 95% interval for a Poisson count: turns into a cost interval."""
    from scipy.stats import chi2

    alpha = math.erfc(z / math.sqrt(2.0))  # two-sided tail, 0.05 at z = 1.96
    lo = 0.0 if x <= 0 else float(chi2.ppf(alpha / 2, 2 * x) / 2)
    hi = float(chi2.ppf(1 - alpha / 2, 2 * x + 2) / 2)
    return lo, hi


def _bootstrap_roas(days: Sequence[tuple[float, float]], rng: Any) -> Any:
    """ROAS of ``BOOTSTRAP_DRAWS`` resamples of the ad's days (value summed over spend).

    Drawn in chunks so a year of days per ad stays within a few megabytes.
    """
    import numpy as np

    arr = np.asarray(days, dtype=float).reshape(-1, 2)
    n = len(arr)
    out = np.empty(BOOTSTRAP_DRAWS)
    chunk = max(1, 1_000_000 // max(n, 1))
    for start in range(0, BOOTSTRAP_DRAWS, chunk):
        size = min(chunk, BOOTSTRAP_DRAWS - start)
        idx = rng.integers(0, n, size=(size, n))
        spend = arr[idx, 0].sum(axis=1)
        value = arr[idx, 1].sum(axis=1)
        out[start : start + size] = np.divide(
            value, spend, out=np.zeros_like(value), where=spend > 0
        )
    return out


def bootstrap_draws(series: Sequence[Sequence[tuple[float, float]]]) -> list[Any]:
    """Each ad's bootstrap ROAS draws, made once and shared by every pair it is in.

    Each ad has its own stream (seed + position), so an ad's draws do not depend on
    which other ads are in the file.
    """
    import numpy as np

    return [
        _bootstrap_roas(days, np.random.default_rng([SEED, i])) for i, days in enumerate(series)
    ]


def bootstrap_p(draws_a: Any, draws_b: Any) -> float:
    """Two-sided bootstrap p-value for equal ROAS from two ads' resampled ROAS."""
    import numpy as np

    diff = draws_a - draws_b
    p = 2 * min(float(np.mean(diff <= 0)), float(np.mean(diff >= 0)))
    return min(1.0, max(p, 1 / BOOTSTRAP_DRAWS))


def bootstrap_roas_test(
    days_a: Sequence[tuple[float, float]], days_b: Sequence[tuple[float, float]]
) -> float:
    """Two-sided bootstrap p-value for equal ROAS, resampling each ad's days."""
    a, b = bootstrap_draws([days_a, days_b])
    return bootstrap_p(a, b)


def prob_best_from_draws(draws: Sequence[Any]) -> list[float]:
    """P(each ad has the highest ROAS): the share of resamples in which it leads."""
    import numpy as np

    return _winner_share(np.vstack(list(draws)), lower_is_better=False)
