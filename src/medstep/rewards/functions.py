"""RL reward callables built on medstep's extractor, grader and clinical verifier.

They follow TRL's reward-function convention: ``reward(prompts, completions,
**columns) -> list[float]``, where ``columns`` are the training dataset's
columns, one value per completion. The columns medstep reads:

* ``answer`` (required for accuracy): the gold answer (a letter for choice questions);
* ``answer_type``: ``closed`` / ``open`` / ``choice`` (inferred when absent,
  exactly as the eval loaders infer it: options present → choice, a yes/no
  gold → closed, a lone option letter → choice, else open);
* ``options``: letter → text mapping, a list, or their JSON string (choice
  questions). Without it, options written in the prompt ("Options:\nA) ...")
  are used; a letter gold with no options anywhere is graded by letter alone;
* ``report`` and ``reference_steps`` (a list or one string, split into steps
  as the loaders split it): evidence for the reasoning reward.

Correctness is :func:`medstep.score.outcome.grade`'s, the function eval
uses, on a :class:`~medstep.types.Sample` built by the same answer
semantics (:mod:`medstep.answers`): a completion earns accuracy reward 1.0
exactly when ``medstep score`` would count it correct.

Why deterministic rewards: the verifier needs no GPU and no judge server, so
a GRPO step of 2,048 rollouts is graded in about a second on one core, and the
same completion always gets the same reward.

Nothing is guessed here either: a completion without a usable answer
(unparsed, ambiguous, refused, truncated) gets ``RewardConfig.unparsed``
(0.0 by default), never a random or nearest-option credit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Sequence

from medstep.answers import (
    LETTERS, answer_type_named, bare_letter, infer_answer_type, options_from_value, split_options,
    split_reference_steps,
)
from medstep.extract import extract, has_think_answer_format
from medstep.score.outcome import grade
from medstep.types import NO_ANSWER, AnswerType, Generation, MedstepError, Sample


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
    try:
        return options_from_value(value)
    except ValueError as e:
        raise MedstepError(f"reward column 'options': {e}") from e


def _prompt_text(prompt: Any) -> str:
    """The last user turn of a TRL prompt (a string or a list of messages)."""
    if isinstance(prompt, str):
        return prompt
    if isinstance(prompt, list):
        for m in reversed(prompt):
            if isinstance(m, dict) and m.get("role", "user") == "user":
                return completion_text([m])
    return ""


# A letter gold whose options are nowhere to be found is graded by the letter alone.
_LETTERS_ONLY = {letter: "" for letter in LETTERS}


def sample_at(columns: dict[str, Any], i: int, n: int, prompt: Any = None) -> Sample:
    """The i-th training row as a :class:`Sample` (only the fields rewards need)."""
    raw_gold = _column(columns, "answer", i, n)
    gold = "" if raw_gold is None else str(raw_gold)
    options = _options(_column(columns, "options", i, n))
    kind = _column(columns, "answer_type", i, n)
    if kind:
        answer_type = answer_type_named(str(kind))
        if answer_type is None:
            raise MedstepError(f"reward column 'answer_type' has {kind!r}; expected closed, open or choice")
    else:
        answer_type = infer_answer_type(gold, options)
    if answer_type is AnswerType.CHOICE:
        if not options and prompt is not None:
            options = split_options(_prompt_text(prompt))[1]
        letter = bare_letter(gold)
        if not options and letter is not None:
            options = _LETTERS_ONLY
        if letter is not None:
            gold = letter
    return Sample(
        id=str(i),
        question="",
        answer=gold,
        answer_type=answer_type,
        options=options if answer_type is AnswerType.CHOICE else {},
        reference_steps=split_reference_steps(_column(columns, "reference_steps", i, n)),
        report=_column(columns, "report", i, n),
    )


def accuracy_reward(prompts: Sequence[Any], completions: Sequence[Any], *, unparsed: float = 0.0,
                    **columns: Any) -> list[float]:
    """1.0 when eval's grader counts the completion correct, 0.0 when wrong, ``unparsed`` when it has no answer."""
    if "answer" not in columns:
        raise MedstepError("accuracy_reward needs an 'answer' column in the training data")
    n = len(completions)
    out = []
    for i, c in enumerate(completions):
        prompt = prompts[i] if isinstance(prompts, (list, tuple)) and len(prompts) == n else None
        sample = sample_at(columns, i, n, prompt)
        text = completion_text(c)
        score = grade(sample, None, Generation(text=text))
        out.append(unparsed if score.status in NO_ANSWER else float(bool(score.correct)))
    return out


def format_reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float]:
    """1.0 when the completion is exactly ``<think>…</think><answer>…</answer>``, else 0.0."""
    return [float(has_think_answer_format(completion_text(c))) for c in completions]


def reasoning_reward(prompts: Sequence[Any], completions: Sequence[Any], *, no_evidence: float = 0.0,
                     **columns: Any) -> list[float]:
    """The verifier's per-sample RadRScore of the completion's reasoning against report/reference steps
    (for a choice question, the option the completion chose is one of its claims)."""
    return _verifier_reward(prompts, completions, "radrscore", no_evidence, columns)


def clinical_reward(prompts: Sequence[Any], completions: Sequence[Any], *, no_evidence: float = 0.0,
                    **columns: Any) -> list[float]:
    """The verifier's clinical error score of the completion's reasoning (1 error-free; false, missed
    and wrongly qualified findings weighted by clinical significance, see ``medstep.verify.clinical``)."""
    return _verifier_reward(prompts, completions, "clinical", no_evidence, columns)


def _verifier_reward(prompts: Sequence[Any], completions: Sequence[Any], metric: str, no_evidence: float,
                     columns: dict) -> list[float]:
    from medstep.judges.verifier import score_reasoning

    n = len(completions)
    out = []
    for i, c in enumerate(completions):
        prompt = prompts[i] if isinstance(prompts, (list, tuple)) and len(prompts) == n else None
        sample = sample_at(columns, i, n, prompt)
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

