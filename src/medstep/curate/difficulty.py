"""Difficulty from sampled rollouts: pass rates, the filters and orders curriculum recipes use.

Why pass rates: a question every rollout solves teaches a policy-gradient
method nothing (every reward in its group is equal, so the advantage is 0),
and one no rollout solves gives no signal either; MedVLThinker keeps the
questions solved by 1..k-1 of k rollouts. Ordering easy to hard and cutting
the set into stages follows the curricula of Infi-MMR and Vision-R1.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Callable, Sequence


@dataclass(frozen=True)
class ItemDifficulty:
    """One question over every rollout of every run read: ``passes`` correct of ``graded`` (failed excluded)."""

    sample_id: str
    passes: int
    graded: int
    failed: int = 0

    @property
    def pass_rate(self) -> float | None:
        return self.passes / self.graded if self.graded else None


class Filter(str, Enum):
    """Which questions are kept, by how many rollouts solved them."""

    LEARNABLE = "learnable"  # solved by some but not all rollouts (MedVLThinker: 1..k-1 of k)
    ALL = "all"
    UNSOLVED = "unsolved"  # solved by no rollout
    SOLVED = "solved"  # solved by every rollout


class Drop(str, Enum):
    """Why a question is not in the curated file."""

    NO_GRADED_ROLLOUT = "no_graded_rollout"  # every rollout failed: no difficulty known
    ALL_SOLVED = "all_solved"
    NONE_SOLVED = "none_solved"
    PARTLY_SOLVED = "partly_solved"  # dropped by the solved / unsolved filters
    OUTSIDE_RATE = "outside_rate"  # pass rate outside the asked bounds


def _learnable(d: ItemDifficulty) -> Drop | None:
    return Drop.NONE_SOLVED if d.passes == 0 else Drop.ALL_SOLVED if d.passes == d.graded else None


def _unsolved(d: ItemDifficulty) -> Drop | None:
    return None if d.passes == 0 else Drop.ALL_SOLVED if d.passes == d.graded else Drop.PARTLY_SOLVED


def _solved(d: ItemDifficulty) -> Drop | None:
    return None if d.passes == d.graded else Drop.NONE_SOLVED if d.passes == 0 else Drop.PARTLY_SOLVED


FILTERS: dict[Filter, Callable[[ItemDifficulty], Drop | None]] = {
    Filter.LEARNABLE: _learnable, Filter.ALL: lambda d: None, Filter.UNSOLVED: _unsolved, Filter.SOLVED: _solved,
}


class Order(str, Enum):
    EASY_TO_HARD = "easy-to-hard"  # highest pass rate first (curriculum)
    HARD_TO_EASY = "hard-to-easy"
    BENCHMARK = "benchmark"  # the benchmark's own order


def drop_reason(d: ItemDifficulty, keep: Filter, min_rate: float = 0.0, max_rate: float = 1.0) -> Drop | None:
    """Why ``d`` is left out, or ``None`` when it is kept."""
    if d.graded == 0:
        return Drop.NO_GRADED_ROLLOUT
    why = FILTERS[keep](d)
    if why is not None:
        return why
    rate = d.pass_rate
    assert rate is not None
    return None if min_rate <= rate <= max_rate else Drop.OUTSIDE_RATE


def ordered(items: Sequence[ItemDifficulty], order: Order) -> list[ItemDifficulty]:
    """Items in ``order``; ties keep the benchmark order (the sort is stable)."""
    if order is Order.BENCHMARK:
        return list(items)
    sign = -1.0 if order is Order.EASY_TO_HARD else 1.0
    return sorted(items, key=lambda d: sign * (d.pass_rate or 0.0))


def stage(d: ItemDifficulty, stages: int) -> int:
    """Curriculum stage 1..``stages`` by fixed pass-rate bands: stage s holds rates in
    ``((S-s)/S, (S-s+1)/S]`` (stage 1 the easiest, unsolved questions in the last), so a stage
    means the same whatever else the file holds. Integer arithmetic: 2 of 3 is exactly 2/3."""
    if d.graded == 0:
        raise ValueError(f"{d.sample_id}: no graded rollout, no stage")
    return min(stages, (d.graded - d.passes) * stages // d.graded + 1)
