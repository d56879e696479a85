"""The collector's pause while grading: nested pauses resume once, a caller's own pause is kept."""

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


def test_a_collector_the_caller_turned_off_stays_off_and_unfrozen() -> None:
    gc.disable()
    try:
        frozen = gc.get_freeze_count()
        with paused_collections():
            pass
        assert not gc.isenabled() and gc.get_freeze_count() == frozen
    finally:
        gc.enable()


def test_what_survives_the_pause_is_frozen_and_still_freed_when_dropped() -> None:
    import weakref

    class Record:
        pass

    with paused_collections():
        kept = Record()
        ref = weakref.ref(kept)
    assert gc.get_freeze_count() > 0
    del kept  # reference counting frees a frozen object as usual
    assert ref() is None
