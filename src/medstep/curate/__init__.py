"""``medstep curate``: difficulty from k sampled rollouts per question, filters, easy-to-hard order, stages.

See :mod:`medstep.curate.difficulty` for the definitions and :mod:`medstep.curate.run` for the files.
"""

from medstep.curate.difficulty import Drop, Filter, ItemDifficulty, Order, drop_reason, ordered, stage
from medstep.curate.run import CurateConfig, CurateOutcome, CurateSummary, run_curate

__all__ = [
    "CurateConfig", "CurateOutcome", "CurateSummary", "Drop", "Filter", "ItemDifficulty", "Order", "drop_reason",
    "ordered", "run_curate", "stage",
]
