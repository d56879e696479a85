"""The collector's pause while grading: nested pauses resume once, a caller's own pause is kept, survivors age."""

from __future__ import annotations

import gc

from medstep.collector import paused_collections


def test_a_pause_nests_and_resumes_once_the_last_one_leaves() -> None:
    assert gc.isenabled()
    with paused_collections():
        assert not gc.isenabled()
        with paused_collections():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block is still grading
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        frozen = gc.get_freeze_count()
        with paused_collections():
            pass
        assert not gc.isenabled() and gc.get_freeze_count() == frozen
    finally:
        gc.enable()


def test_what_survives_the_pause_is_aged_not_frozen_and_its_cycles_are_still_collected() -> None:
    import weakref

    class Record:
        other: object = None

    frozen = gc.get_freeze_count()
    with paused_collections():
        kept = Record()
        cycle = Record()
        cycle.other = Record()
        cycle.other.other = cycle  # garbage made while paused waits for a full collection
        ref_kept, ref_cycle = weakref.ref(kept), weakref.ref(cycle)
        del cycle
    assert gc.get_freeze_count() == frozen  # nothing stays frozen
    assert any(o is kept for o in gc.get_objects(generation=2))  # survivors are in the oldest generation
    assert ref_cycle() is not None
    gc.collect()
    assert ref_cycle() is None and ref_kept() is kept
    del kept  # reference counting frees a survivor as usual
    assert ref_kept() is None
