"""A mining run is a run: another command never takes its directory over, and says what it holds.

Why: a run that stored no generation is taken over by the next command (its model failed to
load, it defines nothing). ``medstep mine`` stores only judge replies, so a finished mining run
looked empty and ``eval``/``score`` into it silently cleared it.
"""

from __future__ import annotations

import pytest

from medstep.store import RunStore
from medstep.store.guard import RunMismatch
from medstep.store.run import RunMeta
from medstep.types import Generation, Mode


def _mined(tmp_path, model="model=openai:writer"):
    with RunStore.create(tmp_path / "run", RunMeta("radrbench", "test", model, mode=Mode.MINE)) as store:
        store.put_judge_call("k1", "writer", "s1", "prompt", Generation(text="chain"))
    return tmp_path / "run"


def test_eval_into_a_mining_run_is_refused_and_the_run_is_kept(tmp_path):
    run = _mined(tmp_path)
    with pytest.raises(RunMismatch, match=r"holds a mining run \(medstep mine\)"):
        RunStore.create(run, RunMeta("radrbench", "test", "openai:policy"))
    with RunStore.open(run) as store:
        assert store.judge_call_count() == 1


def test_mine_into_a_mining_run_of_other_models_is_refused(tmp_path):
    run = _mined(tmp_path)
    with pytest.raises(RunMismatch, match="model"):
        RunStore.create(run, RunMeta("radrbench", "test", "model=openai:other", mode=Mode.MINE))


def test_mine_into_a_graded_run_says_so(tmp_path):
    with RunStore.create(tmp_path / "run", RunMeta("radrbench", "test", "openai:policy")) as store:
        store.put_generations([("k", "s1", "p", Generation(text="A"))])
    with pytest.raises(RunMismatch, match="holds a graded run"):
        RunStore.create(tmp_path / "run", RunMeta("radrbench", "test", "model=openai:writer", mode=Mode.MINE))
