"""One weighted sum of medstep's rewards, with TRL's rule for rewards that do not apply.

Prefer TRL's own weighting: pass the functions separately
(``reward_funcs=[accuracy_reward, format_reward, ...]``) with
``GRPOConfig.reward_weights``, so each is logged under its name. This
combiner is for frameworks that take one function (verl's
``compute_score``, custom loops): it computes what TRL computes, the sum of
weight × value over the rewards that apply to the row (``None`` values are
left out, as TRL's ``nansum`` leaves out NaN), and ``None`` when none does.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from medstep.types import InvalidSetting, MedstepError


@dataclass(frozen=True)
class RewardConfig:
    """Weights of :class:`MedstepReward`, one per reward name of :data:`medstep.rewards.REWARDS`
    (0 leaves a reward out), and the accuracy reward of a completion without a usable answer.

    The defaults are the R1-style recipe the seed papers share: the outcome
    counts most, format and process keep the chain readable and grounded.
    """

    accuracy: float = 1.0
    """Outcome: eval's correctness (``accuracy_reward``)."""
    format: float = 0.5
    """Strict ``<think>…</think><answer>…</answer>`` template (``format_reward``)."""
    reasoning: float = 0.5
    """Process: the verifier's RadRScore (``reasoning_reward``); left out of rows without evidence."""
    clinical: float = 0.0
    """The verifier's significance-weighted clinical error score (``clinical_reward``)."""
    perception: float = 0.0
    """Share of the key findings the chain states (``perception_reward``)."""
    box_iou: float = 0.0
    """IoU of the answer box, box questions only (``box_iou_reward``)."""
    box_giou: float = 0.0
    """GIoU of the answer box, box questions only (``box_giou_reward``)."""
    majority_vote: float = 0.0
    """Agreement with the group's majority answer, for unlabelled data (``majority_vote_reward``)."""
    length: float = 0.0
    """DAPO's overlong penalty, in [-1, 0] (``length_penalty``)."""
    repetition: float = 0.0
    """Repeated word 3-grams penalty, in [-1, 0] (``repetition_penalty``)."""
    unparsed: float = 0.0
    """Accuracy of a completion with no usable answer (unparsed, ambiguous, refused): below 0 punishes
    evasion harder than a wrong answer; 0 treats it as wrong."""

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):  # "1.0" from a YAML file would repeat strings, not weigh rewards
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
                raise InvalidSetting(f.name, repr(value), "a number")
            if not math.isfinite(value):  # inf × a reward of 0 is NaN: a NaN advantage poisons the whole GRPO group
                raise InvalidSetting(f.name, repr(value), "finite")

    def weights(self) -> dict[str, float]:
        """Reward name → weight, for the rewards in use."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                if f.name != "unparsed" and getattr(self, f.name)}


def weighted_sum(weights: Mapping[str, float], values: Mapping[str, Sequence[float | None]]) -> list[float | None]:
    """Per row: the sum of weight × value over the rewards with a value; ``None`` when no reward has one."""
    n = len(next(iter(values.values()))) if values else 0
    out: list[float | None] = []
    for i in range(n):
        parts = [weights[name] * v[i] for name, v in values.items() if v[i] is not None]  # type: ignore[operator]
        out.append(sum(parts) if parts else None)
    return out


class MedstepReward:
    """The weighted sum of the configured rewards as one TRL-style reward function.

    ``parts(...)`` returns every reward's own values (what verl logs beside the score).
    """

    def __init__(self, config: RewardConfig = RewardConfig()) -> None:
        from medstep.rewards.registry import REWARDS

        self.config = config
        self.weights = config.weights()
        if not self.weights:  # every row would get no value at all: TRL and verl need one number per completion
            raise MedstepError("every reward weight is 0: set at least one (e.g. accuracy=1.0)")
        self._funcs: dict[str, Callable[..., list[float | None]]] = {name: REWARDS[name] for name in self.weights}
        self.__name__ = "medstep_reward"  # TRL logs each reward function under its __name__

    def parts(self, prompts: Sequence[Any] | None, completions: Sequence[Any],
              **columns: Any) -> dict[str, list[float | None]]:
        out = {}
        for name, func in self._funcs.items():
            kw = {"unparsed": self.config.unparsed} if name == "accuracy" else {}
            out[name] = func(prompts, completions, **kw, **columns)
        return out

    def __call__(self, prompts: Sequence[Any] | None, completions: Sequence[Any],
                 **columns: Any) -> list[float | None]:
        return weighted_sum(self.weights, self.parts(prompts, completions, **columns))
