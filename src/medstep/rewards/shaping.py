"""Shaping rewards that need no gold answer: length and repetition penalties.

Both are penalties (0 is the best value), meant to be added with a small
weight beside the accuracy and format rewards, never alone: a policy trained
on a length penalty only learns to stop talking.

Words are :func:`medstep.answers.tokens`, the tokens eval compares open
answers by: a Chinese chain has no spaces, so a plain ``\\w+`` split would
count a whole sentence as one word and never see it repeat; there every
ideograph is a token.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Sequence

from medstep.answers import tokens
from medstep.rewards.columns import completion_count, completion_text
from medstep.types import MedstepError


def _lengths(completions: Sequence[Any], completion_ids: Sequence[Sequence[int]] | None) -> list[int]:
    """Token counts when TRL passes ``completion_ids`` (what generation really cost), else word counts."""
    n = completion_count(completions)
    if completion_ids is not None:
        if len(completion_ids) != n:  # word counts instead would silently mix units
            raise MedstepError(f"{len(completion_ids)} completion_ids for {len(completions)} completions; "
                               "expected one token list per completion")
        bad = next((i for i, ids in enumerate(completion_ids) if not hasattr(ids, "__len__") or isinstance(ids, str)), None)
        if bad is not None:
            raise MedstepError(f"completion_ids[{bad}] must be a list of token ids, "
                               f"got {type(completion_ids[bad]).__name__}")
        return [len(ids) for ids in completion_ids]
    return [len(tokens(completion_text(c, i))) for i, c in enumerate(completions)]


@dataclass(frozen=True)
class LengthPenalty:
    """DAPO's overlong reward shaping: no penalty up to ``max_length - window`` tokens, then a linear
    penalty down to -1 at ``max_length``, and -1 beyond it.

    Why soft: a hard cut-off punishes a sound chain that ran a few tokens too
    long exactly like a runaway one; the window tells them apart. Lengths are
    the generated tokens (TRL passes ``completion_ids``), or words when called
    without them (verl, tests).
    """

    max_length: int = 1024
    """Length at which the penalty reaches -1: set it to the generation limit (``max_completion_length``)."""
    window: int = 256
    """Width of the linear ramp before ``max_length``; shorter completions are not penalised at all."""

    __name__: ClassVar[str] = "length_penalty"  # TRL logs each reward function under its __name__

    def __post_init__(self) -> None:
        if not 0 < self.window <= self.max_length:
            raise ValueError(f"window must be in (0, max_length], got {self.window} for max_length {self.max_length}")

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], *,
                 completion_ids: Sequence[Sequence[int]] | None = None, **columns: Any) -> list[float | None]:
        start = self.max_length - self.window
        out: list[float | None] = []
        for n in _lengths(completions, completion_ids):
            if n <= start:
                out.append(0.0)
            elif n <= self.max_length:
                out.append((start - n) / self.window)
            else:
                out.append(-1.0)
        return out


@dataclass(frozen=True)
class RepetitionPenalty:
    """The n-gram repetition penalty of long chain-of-thought training (Yeo et al., 2025): minus the share
    of the completion's word n-grams that repeat an earlier one, in [-1, 0].

    Why: RL with outcome rewards drifts into loops ("the left lung is clear.
    the left lung is clear. ...") that a length penalty alone only truncates.
    A completion shorter than ``n`` words has no n-gram and no repetition (0).
    """

    n: int = 3
    """N-gram size: 1 would punish every repeated word ("the", "lung"); 3 catches repeated phrases."""

    __name__: ClassVar[str] = "repetition_penalty"

    def __post_init__(self) -> None:
        if self.n < 1:
            raise ValueError(f"n must be at least 1, got {self.n}")

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float | None]:
        out: list[float | None] = []
        n = self.n
        completion_count(completions)
        for i, c in enumerate(completions):
            words = tokens(completion_text(c, i))
            grams = [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]
            out.append(len(set(grams)) / len(grams) - 1.0 if grams else 0.0)
        return out


length_penalty = LengthPenalty()
repetition_penalty = RepetitionPenalty()
