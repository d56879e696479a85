"""The growth check of ``support.timing`` fails quadratic work and passes linear work, on a loaded machine too."""

from __future__ import annotations

import re

import pytest

from support.timing import grows_linearly, reads_linearly, rep


def _quadratic(n: int) -> int:
    count = 0
    for i in range(n):
        for _ in range(n):
            count += 1
    return count


def _linear(n: int) -> int:
    return sum(range(n * 150))  # about the CPU time of the quadratic loop at its large size


def test_a_quadratic_loop_fails() -> None:
    # 1,000 -> 10,000: the small run (~17 ms here) sits above the 5 ms noise floor on a fast core; at 300 it took
    # 1.5 ms, the floor counted it as 5 ms and the ratio (0.17 s / 5 ms = 35) sat on the bound
    with pytest.raises(AssertionError, match="quadratic"):
        grows_linearly(_quadratic, 1000, 10_000)


def test_a_backtracking_pattern_fails() -> None:
    # the shape of the defects these checks guard against: a match opened at each blank of a run scans the rest of it
    blanks_then_x = re.compile(r"\s*x")
    # 40,000 blanks: the tenth-size read (~15 ms here) must sit above the 5 ms noise floor on a fast machine too, or
    # the floor flattens the ratio (at 12,000 blanks a fast core read 1.3 ms vs 125 ms: ratio 25, under the bound)
    with pytest.raises(AssertionError, match="quadratic"):
        reads_linearly(blanks_then_x.search, rep(" ", 40_000))


def test_linear_work_passes() -> None:
    grows_linearly(_linear, 4000, 40_000)
    reads_linearly(re.compile(r"(?<!\s)\s*x").search, rep(" ", 12_000))


def test_a_fast_run_passes_whatever_its_ratio() -> None:
    grows_linearly(_quadratic, 10, 100)  # 100x the time, but well under the floor: noise, not growth
