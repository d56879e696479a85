"""RL rewards with ``medstep eval``'s semantics: TRL reward functions, one combiner, a verl ``compute_score``.

Every reward is a plain TRL reward function (``(prompts, completions,
**columns) -> list[float | None]``, ``None`` where it does not apply); the
columns are described in :mod:`medstep.rewards.columns`, and
:data:`REWARDS` names them for the recipes and :class:`RewardConfig`.
"""

from medstep.rewards.columns import completion_text, sample_at
from medstep.rewards.combine import MedstepReward, RewardConfig, weighted_sum
from medstep.rewards.functions import (
    accuracy_reward, box_giou_reward, box_iou_reward, clinical_reward, format_reward, perception_reward,
    reasoning_reward,
)
from medstep.rewards.registry import REWARDS
from medstep.rewards.shaping import LengthPenalty, RepetitionPenalty, length_penalty, repetition_penalty
from medstep.rewards.verl import compute_score
from medstep.rewards.vote import majority_vote_reward

__all__ = [
    "REWARDS", "LengthPenalty", "MedstepReward", "RepetitionPenalty", "RewardConfig", "accuracy_reward",
    "box_giou_reward", "box_iou_reward", "clinical_reward", "completion_text", "compute_score", "format_reward",
    "length_penalty", "majority_vote_reward", "perception_reward", "reasoning_reward", "repetition_penalty",
    "sample_at", "weighted_sum",
]
