"""Closed answers that commit by a measurement or a reporting category (``extract/measured.py``, the reference
table ``extract/thresholds.py``): each probe of ``support/closedm12_probes.py`` reads out as a clinician would,
and a probe a reader must not commit on reads nothing."""

from __future__ import annotations

import math

import pytest

from medstep.extract import extract
from medstep.extract.thresholds import CATEGORIES, THRESHOLDS
from medstep.extract.thresholds_more import MORE_THRESHOLDS
from medstep.types import AnswerType, Sample
from support.closedm12_probes import PROBES

# Read by a person, not yet by medstep (none left: "Mediastinal width" is read since closedp13).
UNREAD: set[str] = set()


@pytest.mark.parametrize("probe", PROBES, ids=[p.id for p in PROBES])
def test_closedm12_probe(probe) -> None:
    sample = Sample(id=probe.id, question=probe.question, answer="yes", answer_type=AnswerType.CLOSED)
    got = extract(probe.text, sample)
    assert got.answer == (None if probe.id in UNREAD else probe.expected), got.rule


def test_closedm12_probe_ids_unique() -> None:
    assert len({p.id for p in PROBES}) == len(PROBES)


_ROWS = THRESHOLDS + MORE_THRESHOLDS + CATEGORIES


@pytest.mark.parametrize("row", _ROWS, ids=[r.name for r in _ROWS])
def test_threshold_bands_leave_a_gap_and_predicates_name_bands(row) -> None:
    """Neighbouring bands that answer a question differently never touch (a value near a cut-off reads nothing), and
    every predicate names bands of its row on both sides (a shared category predicate may name more)."""
    names = {b.name for b in row.bands}
    for predicate in row.predicates:
        assert predicate.yes & names and predicate.no & names and not predicate.yes & predicate.no
        for yes in (b for b in row.bands if b.name in predicate.yes):
            for no in (b for b in row.bands if b.name in predicate.no):
                assert yes.high < no.low or no.high < yes.low, (yes, no)
                if row.dimension.value != "category":
                    assert not math.isclose(yes.high, no.low) and not math.isclose(no.high, yes.low)
    assert row.source
