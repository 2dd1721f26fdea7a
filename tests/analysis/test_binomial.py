"""The plain-Python binomial test gives scipy.stats.binomtest's p-values (to 1e-12) and
keeps scipy out of ``analyze``'s start."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
from scipy.stats import binomtest

from adsage.analysis.binomial import cdf, pmf, sf, two_sided_p


def _cases() -> list[tuple[int, int, float]]:
    rng = random.Random(17)
    out: list[tuple[int, int, float]] = []
    for n in [*range(1, 40), 100, 101, 999, 5000, 123_457, 1_234_567]:
        for _ in range(12 if n < 1000 else 4):
            p = rng.choice([rng.random(), rng.random() ** 4, 1 - rng.random() ** 4, 0.5, 1 / 3])
            k = rng.randint(0, n)
            if rng.random() < 0.5:  # near the middle, where the two tails meet
                spread = (n * p * (1 - p)) ** 0.5
                k = min(n, max(0, round(n * p + rng.gauss(0, 2 * spread))))
            out.append((k, n, p))
    return out + [(0, 1, 0.5), (1, 1, 0.5), (5, 10, 0.5), (0, 50, 0.02), (50, 50, 0.98)]


def test_p_values_equal_scipys() -> None:
    for k, n, p in _cases():
        assert two_sided_p(k, n, p) == pytest.approx(binomtest(k, n, p).pvalue, rel=0, abs=1e-12)


def test_probabilities_equal_scipys() -> None:
    from scipy.stats import binom

    for k, n, p in _cases()[::7]:
        assert pmf(k, n, p) == pytest.approx(binom.pmf(k, n, p), rel=1e-12, abs=1e-300)
        assert cdf(k, n, p) == pytest.approx(binom.cdf(k, n, p), rel=0, abs=1e-12)
        assert sf(k, n, p) == pytest.approx(binom.sf(k, n, p), rel=0, abs=1e-12)


def test_bad_arguments_are_refused_like_scipy() -> None:
    for args in ((0, 0, 0.5), (3, 2, 0.5), (-1, 2, 0.5), (1, 2, 1.5)):
        with pytest.raises(ValueError):
            two_sided_p(*args)


def test_rate_test_leaves_scipy_unimported() -> None:
    code = (
        "import sys\n"
        "from adsage.analysis.stats import poisson_rate_test\n"
        "print(poisson_rate_test(12, 300.0, 30, 310.0))\n"
        "print('scipy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    value, imported = out.stdout.split()
    assert float(value) == pytest.approx(binomtest(12, 42, 300 / 610).pvalue, abs=1e-12)
    assert imported == "False"
