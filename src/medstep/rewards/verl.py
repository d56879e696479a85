"""A verl custom reward function (``custom_reward_function.path`` / ``.name=compute_score``).

verl calls ``compute_score(data_source, solution_str, ground_truth, extra_info)``
once per rollout. ``ground_truth`` is the gold answer; ``extra_info`` may carry
the same columns as a TRL row (``answer_type``, ``options``, ``report``,
``reference_steps``, ``question``, ``benchmark``, ``image_size``,
``key_findings``, ``id``). The return value is a dict whose ``score`` verl uses
as the reward and whose other keys (each reward that applied) it logs.

Weights come from verl's own config, ``custom_reward_function.reward_kwargs``
(verl passes them to the function as keyword arguments), named as the fields
of :class:`~medstep.rewards.RewardConfig`: a YAML file is the only place a
verl user configures anything, so the weights must be reachable from there.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any, Mapping

from medstep.arguments import check_text
from medstep.rewards.combine import MedstepReward, RewardConfig, weighted_sum
from medstep.types import MedstepError

_COLUMNS = ("answer_type", "options", "report", "reference_steps", "question", "benchmark", "image_size",
            "key_findings", "id")
_FIELDS = tuple(f.name for f in dataclasses.fields(RewardConfig))


@lru_cache(maxsize=32)
def _reward(weights: tuple[tuple[str, float], ...]) -> MedstepReward:
    """One combiner per distinct weight setting (verl passes the same kwargs on every call)."""
    unknown = sorted(name for name, _ in weights if name not in _FIELDS)
    if unknown:
        raise MedstepError(f"unknown reward weight(s) {unknown}; expected some of {list(_FIELDS)}")
    try:
        return MedstepReward(RewardConfig(**{name: float(w) for name, w in weights}))
    except (TypeError, ValueError) as e:
        raise MedstepError(f"reward weights must be numbers: {e}") from None


def compute_score(data_source: str, solution_str: str, ground_truth: str, extra_info: dict[str, Any] | None = None,
                  reward: MedstepReward | None = None, **weights: float) -> dict[str, float]:
    """The weighted sum of the configured rewards for one rollout, and each reward's own value.

    ``weights`` (verl's ``reward_kwargs``, e.g. ``{accuracy: 1.0, format: 0.5,
    reasoning: 0.5}``) replace :class:`RewardConfig`'s defaults field by field;
    ``reward`` is for Python callers that built a :class:`MedstepReward` already.
    verl needs a number for every rollout; a rollout to which none of the
    configured rewards applies (say, only ``reasoning`` for a row without a
    report) is a configuration error and raised as one, not scored 0.
    """
    check_text("compute_score", "solution_str", solution_str)  # was "completion 0: unsupported completion type"
    if reward is None:
        reward = _reward(tuple(sorted(weights.items())))
    elif weights:
        raise MedstepError("give either a MedstepReward or reward weights, not both")
    if extra_info is not None and not isinstance(extra_info, Mapping):
        raise MedstepError(f"{data_source}: extra_info must be a mapping of reward columns, got {type(extra_info).__name__}")
    info = dict(extra_info or {})
    columns = {k: [info[k]] for k in _COLUMNS if info.get(k) is not None}
    columns["answer"] = [ground_truth]
    parts = reward.parts(None, [solution_str], **columns)
    (score,) = weighted_sum(reward.weights, parts)
    if score is None:
        raise MedstepError(f"{data_source}: none of the rewards {sorted(reward.weights)} applies to this rollout "
                           "(add format, or give the row the columns the rewards read)")
    return {"score": score, **{name: v[0] for name, v in parts.items() if v[0] is not None}}
