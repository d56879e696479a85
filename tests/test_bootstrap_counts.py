"""Large runs resample a mean over few distinct values as multinomial counts (score/stats.py):
the interval must match the index resampling it replaces, and stay seeded."""

from __future__ import annotations

import numpy as np
import pytest

import medstep.score.stats as stats
from medstep.score.stats import bootstrap_ci


def _by_indices(values: np.ndarray) -> tuple[float, float]:
    old = stats._COUNTS_FROM
    stats._COUNTS_FROM = 10**12
    try:
        ci = bootstrap_ci(values)
    finally:
        stats._COUNTS_FROM = old
    assert ci is not None
    return ci


@pytest.mark.parametrize("levels", [2, 11])
def test_count_resampling_matches_index_resampling(levels: int) -> None:
    values = np.random.default_rng(3).integers(0, levels, 50_000) / (levels - 1)
    fast = bootstrap_ci(values)
    assert fast is not None and fast == bootstrap_ci(values)  # seeded
    slow = _by_indices(values)
    se = values.std() / np.sqrt(values.size)
    assert fast[0] < values.mean() < fast[1]
    # both are Monte Carlo estimates of the same percentiles: they agree to a small share of the width
    assert abs(fast[0] - slow[0]) < 0.1 * 3.92 * se and abs(fast[1] - slow[1]) < 0.1 * 3.92 * se
    width = fast[1] - fast[0]
    assert width == pytest.approx(3.92 * se, rel=0.1)  # and to the normal interval


def test_many_distinct_values_and_small_runs_keep_index_resampling() -> None:
    rng = np.random.default_rng(4)
    continuous = rng.random(30_000)
    assert bootstrap_ci(continuous) == _by_indices(continuous)
    small = rng.integers(0, 2, 1_000).astype(float)
    assert bootstrap_ci(small) == _by_indices(small)


def test_mean_cis_equals_mean_ci_column_by_column() -> None:
    """Columns of one length share their index draws; every figure is still mean_ci's, bit for bit."""
    from medstep.score.stats import mean_ci, mean_cis

    rng = np.random.default_rng(7)
    n = 25_000
    cols = [rng.random(n), rng.random(n), rng.integers(0, 2, n).astype(float), rng.random(n - 1), [], rng.random(40),
            rng.random(40)]
    undefined = list(range(len(cols)))
    assert mean_cis(cols, undefined=undefined, n_boot=300) == [
        mean_ci(c, undefined=u, n_boot=300) for c, u in zip(cols, undefined)]
