"""``medstep mine``: step-by-step reasoning chains mined from reports with any model, every chain checked.

See :mod:`medstep.mine.strategies` for the two strategies, :mod:`medstep.mine.check`
for what a kept chain must satisfy, and :mod:`medstep.mine.run` for the run directory.
"""

from medstep.mine.results import Attempt, Chain, MineResult, MineSummary, Rejection
from medstep.mine.run import MineConfig, MineOutcome, run_mine
from medstep.mine.strategies import STRATEGIES, MineSettings

__all__ = [
    "STRATEGIES",
    "Attempt",
    "Chain",
    "MineConfig",
    "MineOutcome",
    "MineResult",
    "MineSettings",
    "MineSummary",
    "Rejection",
    "run_mine",
]
