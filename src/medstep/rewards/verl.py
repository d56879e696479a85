"""A verl custom reward function (``custom_reward_function.path`` / ``.name=compute_score``).

verl calls ``compute_score(data_source, solution_str, ground_truth, extra_info)``
once per rollout. ``ground_truth`` is the gold answer; ``extra_info`` may carry
the same columns as a TRL row (``answer_type``, ``options``, ``report``,
``reference_steps``, ``question``, ``benchmark``, ``image_size``,
``key_findings``). The return value is a dict whose ``score`` verl uses as the
reward and whose other keys (each reward that applied) it logs.
"""

from __future__ import annotations

from typing import Any

from medstep.rewards.combine import MedstepReward, RewardConfig, weighted_sum
from medstep.types import MedstepError

_DEFAULT = MedstepReward(RewardConfig())
_COLUMNS = ("answer_type", "options", "report", "reference_steps", "question", "benchmark", "image_size",
            "key_findings", "id")


def compute_score(data_source: str, solution_str: str, ground_truth: str, extra_info: dict[str, Any] | None = None,
                  reward: MedstepReward = _DEFAULT) -> dict[str, float]:
    """The weighted sum of the configured rewards for one rollout, and each reward's own value.

    verl needs a number for every rollout; a rollout to which none of the
    configured rewards applies (say, only ``reasoning`` for a row without a
    report) is a configuration error and raised as one, not scored 0.
    """
    info = dict(extra_info or {})
    columns = {k: [info[k]] for k in _COLUMNS if info.get(k) is not None}
    columns["answer"] = [ground_truth]
    parts = reward.parts(None, [solution_str], **columns)
    (score,) = weighted_sum(reward.weights, parts)
    if score is None:
        raise MedstepError(f"{data_source}: none of the rewards {sorted(reward.weights)} applies to this rollout "
                           "(add format, or give the row the columns the rewards read)")
    return {"score": score, **{name: v[0] for name, v in parts.items() if v[0] is not None}}
