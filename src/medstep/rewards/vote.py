"""A majority-vote pseudo reward for test-time RL, where no gold answer exists.

SPINE and TTRL train on unlabelled questions by letting the group's most
common answer stand in for the gold one: a completion is rewarded for
agreeing with it. The majority is :func:`medstep.score.rollouts.majority_answer`,
the same vote ``medstep eval --samples k`` reports as ``rollouts.majority``,
over answers read by eval's extractor, voting by meaning (a letter, a verdict, normalised text).
"""

from __future__ import annotations

from typing import Any, Sequence

from medstep.rewards import memo
from medstep.rewards.columns import column, completion_count, prompt_text, rows
from medstep.score.rollouts import majority_answer, vote_key


def majority_vote_reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float | None]:
    """Majority-vote pseudo reward (SPINE, TTRL): 1.0 when the completion's answer is its group's majority
    answer, 0.0 otherwise (no answer included). A group is the completions of one question in this call
    (same ``id`` column, else same prompt text): TRL passes each process its share of a group, whole
    groups when ``per_device_train_batch_size`` is a multiple of ``num_generations``. ``None`` for a
    group of fewer than two completions or without a strict majority (a tie names no pseudo label).
    Needs no ``answer`` column; ``answer_type`` or ``options`` tell how answers are read."""
    n = completion_count(completions)
    answers: list[str | None] = []
    kinds = []
    groups: dict[tuple, list[int]] = {}
    for i, sample, text in rows(prompts, completions, columns):
        answers.append(memo.extraction(sample, text).answer)
        kinds.append(sample.answer_type)
        ident = column(columns, "id", i, n)
        key = ("id", str(ident)) if ident is not None else ("prompt", prompt_text(prompts[i]) if prompts else "")
        groups.setdefault(key, []).append(i)
    out: list[float | None] = [None] * n
    for members in groups.values():
        if len(members) < 2:
            continue
        kind = kinds[members[0]]
        label = majority_answer([answers[i] for i in members], kind)
        if label is None:
            continue
        vote = vote_key(label, kind)
        for i in members:
            a = answers[i]
            out[i] = float(a is not None and vote_key(a, kinds[i]) == vote)
    return out
