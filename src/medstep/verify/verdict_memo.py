"""Verdicts shared across evidence sets: what ``verdicts.judge`` decided for a claim against evidence findings of the
same shapes, whatever report they came from.

Why (issue #12): a benchmark's reports are new texts made of sentences seen before ("No pneumothorax is seen."), so
each new report's evidence set asked ``verdicts._judge`` again what an earlier set with findings of the same shapes had
answered ("no pneumothorax" against another report's "No pneumothorax is seen."): on ``bench_score_scale.py`` samples
that judging was ~14% of the verifier's time. Exact: ``_judge`` reads of the evidence about a concept only each
finding's ``SHAPE`` and rank, in ``EvidenceSet.related`` order (never its words, span, unit, role or source), and of
the claim only the fields its key holds; a hit gives the same verdict, rule and sources (by index in that order).
"""

from __future__ import annotations

from itertools import count
from operator import attrgetter

from medstep.verify.memo import bounded_put

# What ``evidence_relation.relation`` and ``verdicts._judge`` read of an evidence finding (``attr_conflicts`` and
# ``organ_words.named_generic`` included)
SHAPE = attrgetter("concept", "polarity", "laterality", "severity", "change", "location", "location2", "size",
                   "size_min", "narrow", "unlike", "organ", "other", "hedged_absence", "kind", "listed", "qualified",
                   "change_grade", "set_aside", "said")
LIMIT = 32768  # entries of each table below, oldest dropped first
_SHAPES: dict[tuple, int] = {}  # a concept's related evidence as shapes and ranks -> the number standing for it
_NUMBERS = count()  # (a number is never given twice: after the table is cleared, an old one's entries go unused)
_VERDICTS: dict[tuple, tuple] = {}  # (claim key, no prior study, shapes number) -> verdict


def shape_number(shapes: tuple) -> int:
    """The number standing for ``shapes`` (hashed once per evidence set and concept, not once per claim)."""
    hit = _SHAPES.get(shapes)
    if hit is None:
        if len(_SHAPES) >= LIMIT:
            _SHAPES.clear()
        hit = _SHAPES[shapes] = next(_NUMBERS)
    return hit


def recall(key: tuple) -> tuple | None:
    """The stored ``(concept, verdict, consistent, rule, source indices)`` of ``key``, or None."""
    return _VERDICTS.get(key)


def store(key: tuple, value: tuple) -> None:
    bounded_put(_VERDICTS, key, value, LIMIT)


__all__ = ["LIMIT", "SHAPE", "recall", "shape_number", "store"]
