"""Reward functions by name: the recipes' ``--rewards`` and :class:`~medstep.rewards.RewardConfig`'s fields."""

from __future__ import annotations

from typing import Any, Callable

from medstep.rewards.functions import (
    accuracy_reward, box_giou_reward, box_iou_reward, clinical_reward, format_reward, perception_reward,
    reasoning_reward,
)
from medstep.rewards.shaping import length_penalty, repetition_penalty
from medstep.rewards.vote import majority_vote_reward

REWARDS: dict[str, Callable[..., Any]] = {
    "accuracy": accuracy_reward,
    "format": format_reward,
    "reasoning": reasoning_reward,
    "clinical": clinical_reward,
    "perception": perception_reward,
    "box_iou": box_iou_reward,
    "box_giou": box_giou_reward,
    "majority_vote": majority_vote_reward,
    "length": length_penalty,
    "repetition": repetition_penalty,
}
