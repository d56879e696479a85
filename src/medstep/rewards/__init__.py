"""RL rewards (TRL reward functions, a verl ``compute_score``) built on extract + verify.

See :mod:`medstep.rewards.functions` for the dataset columns they read.
"""

from medstep.rewards.functions import (
    MedstepReward,
    RewardConfig,
    accuracy_reward,
    clinical_reward,
    completion_text,
    format_reward,
    reasoning_reward,
)
from medstep.rewards.verl import compute_score

# Reward functions by name (the training recipes' --rewards); each is a TRL reward function.
REWARDS = {"accuracy": accuracy_reward, "format": format_reward, "reasoning": reasoning_reward}

__all__ = [
    "REWARDS",
    "MedstepReward",
    "RewardConfig",
    "accuracy_reward",
    "clinical_reward",
    "completion_text",
    "compute_score",
    "format_reward",
    "reasoning_reward",
]
