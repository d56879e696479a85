"""The paired statistics behind `medstep compare`, checked against scipy and hand values."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from medstep.score.paired import mcnemar_exact, paired_bootstrap_diff


def _pairs(n11: int, n10: int, n01: int, n00: int) -> tuple[np.ndarray, np.ndarray]:
    """Build paired correctness vectors from a 2x2 table (a right/b right, ...)."""
    a = np.array([True] * n11 + [True] * n10 + [False] * n01 + [False] * n00)
    b = np.array([True] * n11 + [False] * n10 + [True] * n01 + [False] * n00)
    return a, b


@pytest.mark.parametrize(
    ("b", "c", "expected"),
    [
        (1, 5, 2 * (1 + 6) / 64),  # P(X<=1 | n=6) = 7/64, doubled
        (0, 10, 2 / 1024),
        (5, 5, 1.0),
        (3, 0, 0.25),  # 2 * (1/2)^3
        (0, 0, 1.0),
    ],
)
def test_mcnemar_exact_matches_hand_values(b: int, c: int, expected: float) -> None:
    assert mcnemar_exact(b, c) == pytest.approx(expected, rel=1e-12)


def test_mcnemar_exact_matches_scipy_binomial_and_is_symmetric() -> None:
    for b, c in [(7, 19), (40, 25), (2, 11)]:
        ref = stats.binomtest(b, b + c, 0.5).pvalue
        assert mcnemar_exact(b, c) == pytest.approx(ref)
        assert mcnemar_exact(c, b) == pytest.approx(ref)


def test_mcnemar_rejects_negative_counts() -> None:
    with pytest.raises(ValueError):
        mcnemar_exact(-1, 3)


def test_bootstrap_point_estimate_is_the_accuracy_difference() -> None:
    a, b = _pairs(50, 30, 10, 10)
    diff, (lo, hi) = paired_bootstrap_diff(a, b, n_boot=500, seed=1)
    assert diff == pytest.approx(a.mean() - b.mean()) == pytest.approx(0.2)
    assert lo < diff < hi


def test_bootstrap_is_reproducible_with_a_fixed_seed() -> None:
    a, b = _pairs(40, 12, 7, 41)
    assert paired_bootstrap_diff(a, b, 1000, seed=3) == paired_bootstrap_diff(a, b, 1000, seed=3)
    assert paired_bootstrap_diff(a, b, 1000, seed=3) != paired_bootstrap_diff(a, b, 1000, seed=4)


def test_bootstrap_degenerate_tables_have_zero_width_intervals() -> None:
    a, b = _pairs(20, 0, 0, 5)
    assert paired_bootstrap_diff(a, b, 200, 0) == (0.0, (0.0, 0.0))
    a, b = _pairs(0, 9, 0, 0)
    assert paired_bootstrap_diff(a, b, 200, 0) == (1.0, (1.0, 1.0))


def test_bootstrap_interval_agrees_with_scipy_paired_percentile_bootstrap() -> None:
    a, b = _pairs(120, 45, 25, 60)
    diff, (lo, hi) = paired_bootstrap_diff(a, b, n_boot=20000, seed=0)
    ref = stats.bootstrap(
        (a.astype(float), b.astype(float)),
        lambda x, y, axis=-1: np.mean(x, axis=axis) - np.mean(y, axis=axis),
        paired=True,
        vectorized=True,
        n_resamples=20000,
        method="percentile",
        rng=np.random.default_rng(0),
    )
    # Different random streams: the two must agree to Monte-Carlo precision.
    assert lo == pytest.approx(ref.confidence_interval.low, abs=0.008)
    assert hi == pytest.approx(ref.confidence_interval.high, abs=0.008)
    # And both must match the normal approximation of a paired difference.
    n = len(a)
    p10, p01 = 45 / n, 25 / n
    se = math.sqrt((p10 + p01 - (p10 - p01) ** 2) / n)
    assert lo == pytest.approx(diff - 1.96 * se, abs=0.01)
    assert hi == pytest.approx(diff + 1.96 * se, abs=0.01)


def test_bootstrap_rejects_mismatched_or_empty_input() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        paired_bootstrap_diff(np.array([True]), np.array([True, False]))
    with pytest.raises(ValueError, match="at least one"):
        paired_bootstrap_diff(np.array([], dtype=bool), np.array([], dtype=bool))
    with pytest.raises(ValueError, match="booleans"):
        paired_bootstrap_diff(np.array([0.5]), np.array([1.0]))
