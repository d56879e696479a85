"""RL reward callables built on medstep's extractor, grader and clinical verifier.

They follow TRL's reward-function convention: ``reward(prompts, completions,
**columns) -> list[float]``, where ``columns`` are the training dataset's
columns, one value per completion. The columns medstep reads:

* ``answer`` (required for accuracy): the gold answer (a letter for choice questions);
* ``answer_type``: ``closed`` / ``open`` / ``choice`` (inferred when absent:
  options present → choice, yes/no gold → closed, else open);
* ``options``: letter → text mapping, or its JSON string (choice questions);
* ``report`` and ``reference_steps`` (a list or one newline-separated string):
  evidence for the reasoning reward.

Why deterministic rewards: the verifier needs no GPU and no judge server, so
a GRPO step of 2,048 rollouts is graded in about a second on one core, and the
same completion always gets the same reward.

Nothing is guessed here either: a completion whose answer cannot be
extracted gets ``RewardConfig.unparsed`` (0.0 by default), never a random or
nearest-option credit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Sequence

from medstep.extract import extract, has_think_answer_format
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, MedstepError, Sample


@dataclass(frozen=True)
class RewardConfig:
    """Weights and fallbacks of :class:`MedstepReward`.

    accuracy / format / reasoning: weights of the three parts (0 disables a part).
    unparsed: accuracy reward of a completion with no extractable answer.
    no_evidence: reasoning reward of a sample with neither report nor reference
        steps, or whose RadRScore is undefined (no clinical claim at all).
    """

    accuracy: float = 1.0
    format: float = 0.5
    reasoning: float = 0.5
    unparsed: float = 0.0
    no_evidence: float = 0.0


def completion_text(completion: Any) -> str:
    """TRL passes plain strings, or for conversational data a list of message dicts."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, list):
        parts = []
        for m in completion:
            content = m.get("content", "") if isinstance(m, dict) else m
            if isinstance(content, list):  # multimodal content parts
                content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
            parts.append(str(content))
        return "".join(parts)
    raise MedstepError(f"unsupported completion type {type(completion).__name__}; expected str or list of messages")


def _column(columns: dict[str, Any], name: str, i: int, n: int) -> Any:
    values = columns.get(name)
    if values is None:
        return None
    if not isinstance(values, (list, tuple)) or len(values) != n:
        raise MedstepError(f"reward column {name!r} must be a list with one value per completion ({n})")
    return values[i]


def _options(value: Any) -> dict[str, str]:
    if not value:
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as e:
            raise MedstepError(f"reward column 'options' is not JSON: {e.msg}") from e
    if isinstance(value, (list, tuple)):
        return {chr(65 + k): str(v) for k, v in enumerate(value)}
    return {str(k): str(v) for k, v in dict(value).items()}


def _steps(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return tuple(line.strip() for line in value.splitlines() if line.strip())
    return tuple(str(v) for v in value)


def sample_at(columns: dict[str, Any], i: int, n: int) -> Sample:
    """The i-th training row as a :class:`Sample` (only the fields rewards need)."""
    gold = _column(columns, "answer", i, n)
    options = _options(_column(columns, "options", i, n))
    kind = _column(columns, "answer_type", i, n)
    if kind:
        answer_type = AnswerType(str(kind).lower())
    elif options:
        answer_type = AnswerType.CHOICE
    elif str(gold or "").strip().lower() in ("yes", "no"):
        answer_type = AnswerType.CLOSED
    else:
        answer_type = AnswerType.OPEN
    return Sample(
        id=str(i),
        question="",
        answer="" if gold is None else str(gold),
        answer_type=answer_type,
        options=options,
        reference_steps=_steps(_column(columns, "reference_steps", i, n)),
        report=_column(columns, "report", i, n),
    )


def accuracy_reward(prompts: Sequence[Any], completions: Sequence[Any], *, unparsed: float = 0.0,
                    **columns: Any) -> list[float]:
    """1.0 for a correct extracted answer, 0.0 for a wrong one, ``unparsed`` when none is found."""
    if "answer" not in columns:
        raise MedstepError("accuracy_reward needs an 'answer' column in the training data")
    n = len(completions)
    out = []
    for i, c in enumerate(completions):
        sample = sample_at(columns, i, n)
        text = completion_text(c)
        ex = extract(text, sample)
        out.append(unparsed if not ex.parsed else float(bool(grade(sample, ex, Generation(text=text)).correct)))
    return out


def format_reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float]:
    """1.0 when the completion is exactly ``<think>…</think><answer>…</answer>``, else 0.0."""
    return [float(has_think_answer_format(completion_text(c))) for c in completions]


def reasoning_reward(prompts: Sequence[Any], completions: Sequence[Any], *, no_evidence: float = 0.0,
                     **columns: Any) -> list[float]:
    """The verifier's per-sample RadRScore of the completion's reasoning against report/reference steps
    (for a choice question, the option the completion chose is one of its claims)."""
    return _verifier_reward(completions, "radrscore", no_evidence, columns)


def clinical_reward(prompts: Sequence[Any], completions: Sequence[Any], *, no_evidence: float = 0.0,
                    **columns: Any) -> list[float]:
    """The verifier's clinical error score of the completion's reasoning (1 error-free; false, missed
    and wrongly qualified findings weighted by clinical significance, see ``medstep.verify.clinical``)."""
    return _verifier_reward(completions, "clinical", no_evidence, columns)


def _verifier_reward(completions: Sequence[Any], metric: str, no_evidence: float, columns: dict) -> list[float]:
    from medstep.judges.verifier import score_reasoning

    n = len(completions)
    out = []
    for i, c in enumerate(completions):
        sample = sample_at(columns, i, n)
        ex = extract(completion_text(c), sample)
        rs = score_reasoning(sample, ex.reasoning, ex.answer if ex.parsed else None)
        value = getattr(rs, metric) if rs is not None else None
        out.append(no_evidence if value is None else float(value))
    return out


class MedstepReward:
    """Weighted sum of accuracy, format and reasoning rewards, as one TRL reward function.

    Use the three functions separately instead when you want TRL to log them
    apart (``reward_funcs=[accuracy_reward, format_reward, reasoning_reward]``).
    """

    def __init__(self, config: RewardConfig = RewardConfig()):
        self.config = config
        self.__name__ = "medstep_reward"  # TRL logs each reward function under its __name__

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float]:
        cfg = self.config
        total = [0.0] * len(completions)
        parts = []
        if cfg.accuracy:
            parts.append((cfg.accuracy, accuracy_reward(prompts, completions, unparsed=cfg.unparsed, **columns)))
        if cfg.format:
            parts.append((cfg.format, format_reward(prompts, completions, **columns)))
        if cfg.reasoning:
            parts.append((cfg.reasoning, reasoning_reward(prompts, completions, no_evidence=cfg.no_evidence, **columns)))
        for weight, values in parts:
            total = [t + weight * v for t, v in zip(total, values)]
        return total

