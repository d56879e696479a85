"""A verl custom reward function (``custom_reward_function.path`` / ``.name=compute_score``).

verl calls ``compute_score(data_source, solution_str, ground_truth, extra_info)``
once per rollout. ``ground_truth`` is the gold answer; ``extra_info`` may carry
the same optional fields as the TRL columns (``answer_type``, ``options``,
``report``, ``reference_steps``). The return value is a dict whose ``score``
verl uses as the reward and whose other keys it logs.
"""

from __future__ import annotations

from typing import Any

from medstep.rewards.functions import MedstepReward, RewardConfig

_DEFAULT = MedstepReward(RewardConfig())


def compute_score(data_source: str, solution_str: str, ground_truth: str, extra_info: dict[str, Any] | None = None,
                  reward: MedstepReward = _DEFAULT) -> dict[str, float]:
    from medstep.rewards.functions import accuracy_reward, format_reward, reasoning_reward

    info = dict(extra_info or {})
    columns = {k: [info.get(k)] for k in ("answer_type", "options", "report", "reference_steps") if info.get(k)}
    columns["answer"] = [ground_truth]
    cfg = reward.config
    acc = accuracy_reward([None], [solution_str], unparsed=cfg.unparsed, **columns)[0]
    fmt = format_reward([None], [solution_str], **columns)[0]
    rsn = reasoning_reward([None], [solution_str], no_evidence=cfg.no_evidence, **columns)[0] if cfg.reasoning else 0.0
    score = cfg.accuracy * acc + cfg.format * fmt + cfg.reasoning * rsn
    return {"score": score, "accuracy": acc, "format": fmt, "reasoning": rsn}
